"""bot/knowledge/entry_choice.py: the entry-choice table `question_topic` applies in order."""

from bot.knowledge import TOPICS
from bot.knowledge.entry_choice import TOPIC_RULES, question_topic
from tests.helpers.route_questions import ask


def test_every_rule_moves_between_topics_the_knowledge_base_has():
    """A topic misspelt in a row would make that rule never fire (or send the patient to no entry)."""
    known = set(TOPICS)
    for rule in TOPIC_RULES:
        named = set(rule.from_topics or ()) | set(rule.unless_from)
        if isinstance(rule.to, str):
            named.add(rule.to)
        assert named <= known, f"{rule.name}: unknown topics {sorted(named - known)}"


def test_each_rule_has_its_own_name_and_reads_a_part_of_the_message_there_is():
    names = [rule.name for rule in TOPIC_RULES]
    assert len(names) == len(set(names))
    for rule in TOPIC_RULES:
        assert rule.where in ("text", "whole", "last"), rule.name
        assert rule.either is None or rule.pattern is not None, (
            f"{rule.name}: `either` is an alternative to a pattern"
        )


def test_the_first_rule_that_applies_decides():
    """A fear of needles asked with "how many needles" is about the needles (an earlier row),
    in English and French; the fear alone is answered from how it feels."""
    assert question_topic(
        ask("i'm scared of needles, how many needles do they use?", intent="ask_overview")
    ) == ("needles")
    assert (
        question_topic(ask("j'ai peur des aiguilles, combien d'aiguilles?", intent="ask_overview"))
        == "needles"
    )
    assert (
        question_topic(ask("i'm terrified of needles, could i cope?", intent="ask_overview")) == "sensation"
    )


def test_a_question_no_rule_reads_keeps_the_classifiers_topic():
    assert question_topic(ask("tell me more about it", intent="ask_origins")) == "origins"
