"""A sign told as long ago or long-standing with no number ("years ago", "ages back", "il y a
longtemps", "depuis des années"), asking whether needling would help, is a long-standing
condition (route rule 1, bot/knowledge/timeline.long_standing), in English and in French: answered
with the safety note. Told as back now ("now I can't breathe"), it is not."""

import pytest

from bot.knowledge.timeline import long_standing
from tests.helpers.route_questions import ask


def _flagged(text):
    q = ask(text, intent="emergency", confidence=1.0)
    q.red_flag = "medical"
    return q


@pytest.mark.parametrize(
    "text",
    [
        "I got chest tightness years ago that never fully went away. would acupuncture help with it?",
        "my breathing went funny ages back and the pulmonologist called it mild asthma. could needling help?",
        "j'ai des douleurs à la poitrine qui reviennent depuis des années. l'acupuncture pourrait m'aider ?",
        "il y a longtemps que j'ai le souffle court dans les escaliers, est-ce que ça vaut la peine d'essayer l'acupuncture ?",
    ],
)
def test_a_sign_from_long_ago_without_a_number_is_long_standing(text):
    assert long_standing(_flagged(text))


@pytest.mark.parametrize(
    "text",
    [
        "I had asthma years ago, and now I have trouble breathing again. could acupuncture help?",
        "chest pain since this morning, would acupuncture help?",
        "il y a des années j'avais de l'asthme, maintenant j'ai du mal à respirer, l'acupuncture pourrait m'aider ?",
    ],
)
def test_a_sign_back_now_is_not_long_standing(text):
    assert not long_standing(_flagged(text))
