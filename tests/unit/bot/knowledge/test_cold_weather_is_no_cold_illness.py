"""Weather is no illness (knowledge/not_covered.yml, respiratory_immune): "a cold front", "a cold
spell", "a cold snap" tell what sets a complaint off, so a question about needling for the complaint
is not declined as one about colds and flu. A cold caught is still that subject."""

import pytest

from bot.knowledge import subjects as subject_rules


def _ids(text):
    return {s.id for s in subject_rules.not_covered_subjects(text)}


@pytest.mark.parametrize(
    "text",
    [
        "my neck seizes up whenever a cold spell hits. would dry needling help?",
        "does acupuncture help headaches? they come on with a cold wind off the lake",
        "mes genoux font mal à chaque vague de froid, l'acupuncture peut aider?",
        # the cold acting on the body, or "the cold here" (session 16)
        "the cold up here is brutal on my hip, would dry needling help?",
        "the cold really gets into my fingers, can acupuncture help?",
        "the cold makes my old knee injury ache, is IMS any good for that?",
    ],
)
def test_cold_weather_names_no_respiratory_illness(text):
    assert "respiratory_immune" not in _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've caught a chest cold, should I skip my IMS appointment?",
        "got a head cold, can I still have acupuncture?",
        "I caught the cold going around the office, should I skip my session?",
        "the cold in my chest won't clear, would acupuncture help?",
    ],
)
def test_a_cold_caught_is_still_the_subject(text):
    assert "respiratory_immune" in _ids(text)
