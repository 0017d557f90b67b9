"""Session 16: a session told in French ("le lendemain de l'acupuncture", "depuis ma séance", "après
l'IMS") is a session had, as "after acupuncture" is in English: whether it is normal to hurt then is
after-care, even when the story names a problem and a word like "aide" ("aide à domicile", "j'aide ma
mère à la maison") reads as asking whether needling helps."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question, story, named, conditions",
    [
        (
            "C'est normal d'être courbaturée le lendemain de la séance ?",
            "Aide à domicile, 58 ans, tendinite au poignet.",
            ("acupuncture",),
            ("tendinopathy",),
        ),
        (
            "Est-ce normal d'avoir plus mal depuis ma séance d'IMS ?",
            "J'aide ma mère à la maison, lombalgie depuis des années.",
            ("ims",),
            ("low_back_pain",),
        ),
        (
            "c'est normal d'avoir mal après la puncture sèche?",
            "aide de cuisine à temps plein, mon cou me fait souffrir.",
            ("dry_needling",),
            ("neck_pain",),
        ),
    ],
)
def test_sore_after_a_session_told_in_french_is_aftercare(store, question, story, named, conditions):
    q = ask(question, story=story, intent="ask_aftercare", named=named, conditions=conditions)
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "aftercare", (d.rule, d.entry and d.entry.id)
