"""More health subjects the documents never cover, declined plainly instead of answered from the
after-care, safety or research entries (written rules 2, 6 and 9; session 16, on wordings of our
own for spent misses of heldout9-60): feeling lost or a part gone numb after a needle, something a
needle damaged that still hurts weeks on, a lamp used with the needles, eating before a visit,
and needling asked for the time before an operation the surgeon proposes.

Soreness for a day or two, whether needling can damage a nerve (nothing happened), a lamp that is
only the room's, and needling tried first instead of the operation stay answered."""

import pytest

from tests.helpers.route_questions import answered, declined


@pytest.mark.parametrize(
    "message, intent, subject",
    [
        (
            "my fingertips went numb after shoulder needling and it lasted till dinner, worth mentioning?",
            "ask_aftercare",
            ("other_reactions", "session_reaction"),
        ),
        (
            "there's still a patch on my thigh I can't feel properly since the needle went in 3 weeks ago, will it come back?",
            "ask_safety",
            ("other_reactions", "session_reaction"),
        ),
        (
            "two months after IMS in my neck I still have a burning ache down the arm, my doctor thinks she hit a nerve. will it heal?",
            "ask_safety",
            "other_reactions",
        ),
        (
            "my calf still aches weeks after the acupuncturist needled it, could the needle have damaged a tendon?",
            "ask_safety",
            "other_reactions",
        ),
        (
            "he put some sort of lamp over my back with the needles in, what is that for?",
            "ask_technique",
            "other_tcm",
        ),
        ("do I have to eat first? my appointment is at 8 in the morning", "ask_aftercare", "diet_and_drink"),
        ("should I grab a snack first? I come straight from work", "ask_first_visit", "diet_and_drink"),
        (
            "my surgeon wants to operate on my hip in the spring. could acupuncture help the pain while I wait?",
            "ask_conditions",
            "surgery",
        ),
        (
            "l'orthopédiste veut m'opérer du genou en juin, l'acupuncture peut aider d'ici l'opération?",
            "ask_conditions",
            "surgery",
        ),
    ],
)
def test_declined_as_not_covered(store, message, intent, subject):
    declined(store, message, subject, intent, named=["acupuncture"])


@pytest.mark.parametrize(
    "message, intent",
    [
        ("my calf was sore for two days after IMS, is that normal?", "ask_aftercare"),
        ("can dry needling damage a nerve?", "ask_safety"),
        ("the physio turned off the lamp in the room before the needles, is that normal?", "ask_technique"),
        (
            "the surgeon wants to operate on my knee but I'd rather try acupuncture first, does it help knee arthritis?",
            "ask_conditions",
        ),
    ],
)
def test_near_neighbours_stay_answered(store, message, intent):
    answered(store, message, intent, 0.8, named=["acupuncture"])
