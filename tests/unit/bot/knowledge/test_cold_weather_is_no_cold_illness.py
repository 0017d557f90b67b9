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
    ],
)
def test_cold_weather_names_no_respiratory_illness(text):
    assert "respiratory_immune" not in _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've caught a chest cold, should I skip my IMS appointment?",
        "got a head cold, can I still have acupuncture?",
    ],
)
def test_a_cold_caught_is_still_the_subject(text):
    assert "respiratory_immune" in _ids(text)
