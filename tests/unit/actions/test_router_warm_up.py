"""The action server builds the router's lazily made tables when it registers the answer action,
before it takes requests: on a fresh server the first patient used to wait 5 to 7 s for them
(issue 11's routing rules; seen as a 7.5 s first answer in tests/e2e/test_tracker_faults.py)."""

from actions.knowledge_answer import ActionAnswerFromKnowledge
from bot.knowledge import anchoring, health_words


def test_creating_the_answer_action_builds_the_routers_tables():
    health_words._unknown_phrases.cache_clear()
    anchoring._kb_known.cache_clear()
    anchoring._topic_examples.cache_clear()
    ActionAnswerFromKnowledge()
    assert health_words._unknown_phrases.cache_info().currsize == 1
    assert anchoring._kb_known.cache_info().currsize == 1
    assert anchoring._topic_examples.cache_info().currsize == 1
