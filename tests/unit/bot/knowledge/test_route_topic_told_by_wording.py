"""Questions whose wording says which topic answers them, whatever neighbouring topic the
classifier guessed: a brief zap under the needle asked as a feeling stays how it feels (and
soreness told for the days after is after-care); "de qi" is the needle sensation, not qi;
training for a sport and "my physio brought it up" name no practitioner question; whether the
sessions go on for ever, and whether the home exercises are needed on top of the needling, are
the course of treatment; soreness that lasted days after a session is after-care; a needle put
far from the pain, asked why, is how the points are chosen (technique); which treatment was
done, asked after telling it, is the difference between them.

Why: each of these was answered from the wrong entry, so the patient read about something else
than what they asked."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, split_story


def _route(store, message, intent, confidence=0.8, **kw):
    question, story = split_story(message)
    return route(ask(question, story=story, intent=intent, confidence=confidence, **kw), store)


@pytest.mark.parametrize(
    "text,named",
    [
        (
            "got a quick zap down my forearm while she was needling my elbow, what is that feeling?",
            ["dry_needling"],
        ),
        (
            "is the feeling like a little electric shock or more like a pinch? trying to prepare myself",
            ["acupuncture"],
        ),
        (
            "comme une petite décharge dans la cuisse pendant l'acupuncture, c'est ça la sensation normale?",
            ["acupuncture"],
        ),
    ],
)
def test_a_zap_asked_as_a_feeling_stays_how_it_feels(store, text, named):
    d = _route(store, text, "ask_sensation", named=named)
    assert d.kind == "kb" and d.topic == "sensation", (d.rule, d.topic, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "text",
    [
        "she needled near my hip and I got a zing into my thigh. three days later it's still stiff and achy, is that ok?",
        "il y a eu une petite décharge dans la jambe pendant la séance, et le lendemain j'avais encore mal au dos. normal?",
        "zapped down my arm during the needling, and my shoulder has been sore since then. is that expected?",
    ],
)
def test_a_zap_then_soreness_for_days_is_after_care(store, text):
    d = _route(store, text, "ask_aftercare", named=["dry_needling"])
    assert d.kind == "kb" and d.topic == "aftercare", (d.rule, d.topic, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "text",
    [
        "what does de qi mean? my acupuncturist asked if I felt it",
        "is de-qi that dull heavy feeling around the needle?",
        "what's de qi supposed to feel like",
    ],
)
def test_de_qi_is_not_the_qi_and_meridians_entry(store, text):
    d = _route(store, text, "ask_origins", confidence=0.7, named=["acupuncture"])
    assert not (d.entry and d.entry.id == "acu-origins-qi-meridians"), d.rule


@pytest.mark.parametrize(
    "text",
    [
        "in training for a half marathon and my shin flares up past 8 km. my physio suggested dry needling, does it work for that?",
        "strength training has left my shoulder aching for weeks. my PT mentioned dry needling, would it help with that?",
        "je m'entraîne pour un triathlon et mon genou me fait souffrir. ma physio m'a proposé des aiguilles, ça aide vraiment?",
    ],
)
def test_training_for_a_sport_is_no_practitioner_question(store, text):
    d = _route(store, text, "nlu_fallback", confidence=0.3, named=["dry_needling"])
    assert d.topic != "practitioners", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "text,intent",
    [
        (
            "will I have to keep getting dry needling for life for my back or does it stop at some point?",
            "ask_technique",
        ),
        ("is there an end date to all this acupuncture or do people just go indefinitely", "ask_overview"),
        ("faut-il continuer l'acupuncture toute sa vie pour l'arthrose?", "ask_evidence"),
        ("do I need to keep coming for IMS forever", "ask_choosing"),
    ],
)
def test_whether_the_sessions_ever_end_is_the_course(store, text, intent):
    d = _route(store, text, intent, confidence=0.6, named=["acupuncture"])
    assert d.kind == "kb" and d.topic == "treatment_course", (d.rule, d.topic, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "text",
    [
        "the physio gave me band exercises to do at home along with the dry needling. are they really necessary?",
        "my acupuncturist wants me stretching every night on top of the needles. do i honestly need both?",
        "ma physio veut que je fasse mes exercices à la maison en plus des aiguilles. les deux, vraiment?",
    ],
)
def test_home_exercises_on_top_of_needling_is_the_course(store, text):
    d = _route(store, text, "nlu_fallback", confidence=0.3)
    assert d.kind == "kb" and d.topic == "treatment_course", (d.rule, d.topic, d.reason)


@pytest.mark.parametrize(
    "text",
    [
        "j'ai eu des courbatures pendant trois jours après l'IMS. c'est normal?",
        "my calf was sore for a couple of days after dry needling, then fine. is that usual?",
        "elle m'a dit que ça passerait, mais j'ai eu mal pendant deux jours après la séance. est-ce normal?",
    ],
)
def test_soreness_for_days_after_a_session_is_after_care(store, text):
    d = _route(store, text, "ask_sensation", confidence=0.75, named=["dry_needling"])
    assert d.kind == "kb" and d.topic == "aftercare", (d.rule, d.topic, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "text,intent",
    [
        (
            "the physio stuck needles in my glute for my hamstring problem. why there of all places?",
            "ask_needles",
        ),
        ("she put needles in my neck but it's my hand that aches. why would she do that", "ask_sensation"),
        ("il a piqué ma fesse pour soigner mon genou, pourquoi?", "ask_sensation"),
        ("needles in my lower back when the pain is in my calf?? how does that make sense", "ask_evidence"),
    ],
)
def test_a_needle_far_from_the_pain_asked_why_is_technique(store, text, intent):
    d = _route(store, text, intent, confidence=0.85)
    assert d.kind == "kb" and d.topic == "technique", (d.rule, d.topic, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "text,intent",
    [
        (
            "she stuck needles in my calf and wiggled them around. was that ims or dry needling?",
            "ask_technique",
        ),
        (
            "the needles went into my shoulder knots for a few seconds each. is what she did acupuncture or dry needling?",
            "ask_sensation",
        ),
        (
            "il a piqué mon épaule et tourné les aiguilles. c'était de l'acupuncture ou du dry needling?",
            "ask_technique",
        ),
    ],
)
def test_which_treatment_was_done_is_the_difference(store, text, intent):
    d = _route(store, text, intent, confidence=0.9, named=["dry_needling", "acupuncture"])
    assert d.kind == "kb" and d.topic == "difference", (d.rule, d.topic, d.entry and d.entry.id)
