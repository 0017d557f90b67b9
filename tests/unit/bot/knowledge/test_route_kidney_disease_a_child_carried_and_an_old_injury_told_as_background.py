"""Background told before a general question the entries answer (written rules 1-3: the question
decides): kidney or liver disease or dialysis still present, a child the patient lifts or carries as
the cause of their own pain, an organ named as a meridian, an injury or illness told as over ("back
on the erg now", "c'est fini depuis 2 ans") and an old faint at a blood test with words between.
A question about needling FOR the illness, or about the child, is still declined."""

import pytest

from bot.knowledge.family import without_child_carried
from bot.knowledge.route import route
from bot.knowledge.timeline import told_as_over
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "story, question, named, intent",
    [
        # kidney disease or dialysis, still present, told only in the story
        (
            "I've been on haemodialysis three times a week since the spring.",
            "how long does an acupuncture appointment usually take?",
            ["acupuncture"],
            "ask_session_length",
        ),
        (
            "j'ai une insuffisance rénale chronique.",
            "est-ce que les aiguilles d'acupuncture sont jetées après usage?",
            ["acupuncture"],
            "ask_needles",
        ),
        (
            "Kidney disease stage 3 and my lower back is tight from sitting all day.",
            "would dry needling help a tight lower back?",
            ["dry_needling"],
            "ask_conditions",
        ),
        # a child lifted or carried: the pain is the patient's own
        (
            "My shoulder has ached for weeks from carrying my 2 year old on one hip.",
            "would acupuncture help shoulder pain?",
            ["acupuncture"],
            "ask_conditions",
        ),
        (
            "",
            "how many IMS visits for a stiff neck from holding the newborn all night?",
            ["ims"],
            "ask_treatment_course",
        ),
        (
            "j'ai mal au dos à force de porter mon enfant de 4 ans.",
            "combien de séances d'acupuncture faut-il pour le dos?",
            ["acupuncture"],
            "ask_treatment_course",
        ),
        # an injury or an illness told as over
        (
            "Broke my collarbone last season mountain biking, it's fully healed and I'm back on the bike now.",
            "does dry needling hurt?",
            ["dry_needling"],
            "ask_sensation",
        ),
        (
            "on m'a soigné un cancer du sein, c'est terminé depuis deux ans. j'ai juste mal à la nuque.",
            "combien de séances en général pour la nuque?",
            [],
            "ask_treatment_course",
        ),
        (
            "Dislocated my kneecap last year, all healed and my physio has me back on the court.",
            "who is actually allowed to do dry needling where I live?",
            ["dry_needling"],
            "ask_practitioners",
        ),
        # a weak immune system told after a question on checking a licence: a body system, no method
        (
            "",
            "where can I look up whether a dry needling physio is registered? my nervous system is a mess, I only want a legit one",
            ["dry_needling"],
            "ask_practitioners",
        ),
        # an old faint at another needle, told with words between
        (
            "I almost passed out at my yearly routine blood work once.",
            "will the acupuncture needles feel like that?",
            ["acupuncture"],
            "ask_sensation",
        ),
    ],
)
def test_background_before_a_general_question_is_answered(store, story, question, named, intent):
    d = route(ask(question, story=story, intent=intent, confidence=0.8, named=named), store)
    assert d.kind == "kb", (d.rule, d.reason, getattr(d.subject, "id", None), getattr(d, "term", None))


@pytest.mark.parametrize(
    "story, question, named, intent",
    [
        # needling for the kidneys or dialysis itself
        (
            "I'm on dialysis three times a week.",
            "can acupuncture help my kidneys?",
            ["acupuncture"],
            "ask_conditions",
        ),
        ("I have chronic kidney disease.", "is dry needling safe for me?", ["dry_needling"], "ask_safety"),
        # the child is the one to treat
        ("", "can acupuncture help my toddler's colic?", ["acupuncture"], "ask_conditions"),
        (
            "I hurt my back lifting my son, he's 8.",
            "could acupuncture help him?",
            ["acupuncture"],
            "ask_conditions",
        ),
        # the illness told as over, asked whether needling is safe after it
        (
            "had breast cancer, it's been over for three years now, fully recovered.",
            "is acupuncture safe for me?",
            ["acupuncture"],
            "ask_safety",
        ),
    ],
)
def test_the_illness_or_the_child_asked_about_is_still_declined(store, story, question, named, intent):
    d = route(ask(question, story=story, intent=intent, confidence=0.8, named=named), store)
    assert d.kind == "fallback" and d.reason == "not_covered", (d.rule, d.kind)


def test_stress_told_with_kidney_disease_is_the_stress_asked():
    from bot.knowledge import subjects

    stones = next(r.subject for r in subjects.load_not_covered() if r.subject.id == "stones")
    assert "stress" in stones.symptoms_answered


@pytest.mark.parametrize(
    "text, gone",
    [
        ("sore wrists from lifting the baby", "baby"),
        ("back pain from picking my twins up", "twins"),
        ("mal au dos en soulevant ma petite", "petite"),
    ],
)
def test_a_child_carried_is_taken_out(text, gone):
    assert gone not in without_child_carried(text)


def test_a_childs_own_complaint_stays():
    assert "toddler" in without_child_carried("my toddler's eczema")


@pytest.mark.parametrize(
    "story",
    [
        "tore my hamstring last season, healed up and I'm back on the pitch now.",
        "le cancer, c'est fini depuis 4 ans.",
    ],
)
def test_an_injury_or_illness_told_over_with_the_patient_back_at_it(story):
    assert told_as_over(story)
