"""A red flag found only inside the name of an illness ("glandular fever", "fièvre de la griffe du chat")
is a diagnosis told, not a fever going on: no alarm. Another red flag in the message keeps it."""

import pytest

from bot.knowledge.emergency_alone import illness_named_only


@pytest.mark.parametrize(
    "message",
    [
        "my son had glandular fever last year and is still wiped out, could acupuncture help his energy?",
        "j'ai attrapé la fièvre de la griffe du chat, les ganglions sont encore enflés. l'acupuncture peut aider?",
    ],
)
def test_a_fever_only_in_an_illness_name_is_no_red_flag(message):
    assert illness_named_only(message)


@pytest.mark.parametrize(
    "message",
    [
        "I have cat scratch fever and now I can't breathe and my chest hurts",
        "I have a fever of 40 and chills",
    ],
)
def test_another_red_flag_keeps_the_alarm(message):
    assert not illness_named_only(message)


def test_numbness_lingering_since_a_past_session_asked_if_normal_is_no_alarm():
    from bot.knowledge.emergency_alone import numbness_lingering_asked
    from tests.helpers.route_questions import read_as_emergency

    assert numbness_lingering_asked(
        read_as_emergency("since tuesday's needling my thumb tingles on and off, is that normal?")
    )
    assert not numbness_lingering_asked(
        read_as_emergency("since yesterday's needling my face went numb suddenly, is that normal?")
    )
