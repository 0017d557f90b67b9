"""Issue 11, session 10: after-effects no document names (written rule 6), what to do or avoid
just before or after a session (rule 9), and why an acupuncturist checks the tongue or pulse
(rule 8), on new wordings in English and French."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def _declined(store, d, subjects):
    assert (d.kind, d.reason) == ("fallback", "not_covered"), (d.rule, d.entry and d.entry.id)
    assert d.subject is not None and d.subject.id in subjects, d.subject


@pytest.mark.parametrize(
    "message",
    [
        "every time after my IMS session i'm completely wiped out, why does it do that",
        "fourth acupuncture session and each time I'm exhausted the whole evening. why does it make me so tired?",
        "felt giggly and a bit loopy after acupuncture this morning, all fine now. is that normal?",
        "slept fourteen hours straight after dry needling on friday. is that a thing?",
        "après ma séance d'acupuncture j'étais euphorique, comme sur un nuage. c'est normal?",
        "j'ai dormi 12 heures après ma séance de puncture sèche, c'est normal?",
    ],
)
def test_after_effects_no_entry_names_are_declined(store, message):
    d = route(ask(message, intent="ask_aftercare", confidence=0.7), store)
    _declined(store, d, {"session_reaction"})


@pytest.mark.parametrize(
    "message",
    [
        "my arm has been kind of numb since, is that normal?",
        "ma main est engourdie depuis, c'est normal?",
    ],
)
def test_an_after_effect_pointing_back_at_the_session_told_before_is_declined(store, message):
    d = route(ask(message, intent="out_of_scope", confidence=0.6, context=["dry_needling"]), store)
    _declined(store, d, {"session_reaction"})


def test_numb_since_with_no_session_in_the_conversation_is_not_an_after_effect(store):
    d = route(ask("my arm has been kind of numb since, is that normal?", intent="out_of_scope"), store)
    assert d.subject is None or d.subject.id != "session_reaction"


def test_sleeping_well_after_a_session_stays_answered(store):
    message = "slept like a log the night after my acupuncture, best sleep in ages. is that normal?"
    d = route(ask(message, intent="ask_aftercare", confidence=0.7), store)
    assert d.kind == "kb", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "acupuncture on my back was such a strange sensation, i had to breathe through it. is that normal?",
        "the dry needling felt so intense for a second, had to breathe thru it. did she do it wrong?",
    ],
)
def test_a_strange_feeling_at_the_needle_is_how_it_feels(store, message):
    d = route(ask(message, intent="out_of_scope", confidence=0.6), store)
    assert d.kind == "kb" and d.topic in ("sensation", "safety"), (d.rule, d.subject)


@pytest.mark.parametrize(
    "message,subjects",
    [
        ("should I skip breakfast before my acupuncture appointment?", {"diet_and_drink"}),
        ("is it ok to have a coffee beforehand or should i avoid it before IMS?", {"diet_and_drink"}),
        ("can I go to the gym right before my dry needling session?", {"aftercare_actions"}),
        ("should i avoid brushing my teeth before the acupuncture visit?", {"aftercare_actions", "dental"}),
        ("is it smart to get dry needling on my calves the day before a marathon?", {"aftercare_actions"}),
        ("est-ce que je peux aller courir juste avant ma séance d'acupuncture?", {"aftercare_actions"}),
        ("une séance d'aiguilles la veille d'un concert, c'est une bonne idée?", {"aftercare_actions"}),
        ("told no lifting for a week after the IMS. is swimming ok in the meantime?", {"aftercare_actions"}),
        ("pas de course pendant 10 jours après la puncture. le vélo en attendant?", {"aftercare_actions"}),
    ],
)
def test_what_to_do_or_avoid_around_a_session_is_declined(store, message, subjects):
    d = route(ask(message, intent="ask_aftercare", confidence=0.7), store)
    _declined(store, d, subjects)


def test_soreness_after_a_session_before_a_race_stays_answered(store):
    message = "if I get dry needling the week before my race, how long will I be sore?"
    d = route(ask(message, intent="ask_aftercare", confidence=0.7), store)
    assert d.kind == "kb", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "my home strengthening exercises really hurt, should I stop or push through?",
        "mes étirements à la maison me font mal, je devrais arrêter?",
    ],
)
def test_painful_home_exercises_are_declined(store, message):
    d = route(ask(message, intent="ask_treatment_course", confidence=0.7), store)
    _declined(store, d, {"exercise_advice"})


def test_waiting_after_a_cortisone_shot_in_the_shoulder_is_declined(store):
    message = "got a steroid injection in my shoulder last week. how long should i wait before dry needling?"
    d = route(ask(message, intent="ask_treatment_course", confidence=0.7), store)
    _declined(store, d, {"injections"})


@pytest.mark.parametrize(
    "message",
    [
        "why did my acupuncturist keep checking my pulse and looking at my tongue? I'm there for my hip",
        "how come she asked so much about my sleep and digestion when i came for neck pain?",
        "pourquoi l'acupuncteur a regardé ma langue et pris mon pouls? je viens pour mon genou",
        # asked as declined before written rule 8 (session 10)
        "she made me stick out my tongue at my acupuncture visit, why?",
        "l'acupunctrice a pris mon pouls longtemps, pourquoi?",
    ],
)
def test_why_an_acupuncturist_checks_more_than_the_pain_is_the_whole_person_entry(store, message):
    d = route(ask(message, intent="ask_technique", confidence=0.6), store)
    assert d.kind == "kb" and d.topic == "overview", (d.rule, d.subject)
    assert "acupuncture" in d.entry.modalities


@pytest.mark.parametrize(
    "message",
    [
        "my acupuncturist said my pulse was wiry, why? what does that mean?",
        "pourquoi ma langue est chargée selon l'acupunctrice? ça veut dire quoi?",
    ],
)
def test_what_a_tongue_or_pulse_reading_means_stays_declined(store, message):
    d = route(ask(message, intent="ask_technique", confidence=0.6), store)
    assert d.kind == "fallback", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "message",
    [
        "why does the acupuncturist check your tongue? the form says not to brush it before",
        "pourquoi on ne doit pas se brosser la langue avant l'acupuncture? elle va la regarder?",
    ],
)
def test_brushing_the_tongue_before_a_visit_stays_declined_even_asked_why(store, message):
    d = route(ask(message, intent="ask_technique", confidence=0.6), store)
    _declined(store, d, {"aftercare_actions"})


@pytest.mark.parametrize(
    "message,intent",
    [
        (
            "should I keep doing the exercises my physio gave me between dry needling sessions?",
            "ask_treatment_course",
        ),
        ("je continue les exercices du physio entre les séances d'IMS?", "ask_treatment_course"),
        ("what should I expect after my first acupuncture session?", "ask_aftercare"),
    ],
)
def test_keeping_up_the_exercises_and_what_to_expect_stay_answered(store, message, intent):
    d = route(ask(message, intent=intent, confidence=0.8), store)
    assert d.kind == "kb", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message, intent, topic",
    [
        ("do i need to fill in an intake form before my first visit?", "ask_what_to_bring", "what_to_bring"),
        ("do I need to arrive early before my appointment", "ask_first_visit", "first_visit"),
        ("do i need a referral before my first session", "ask_referral", "referral"),
        ("do I need to bring anything before my first appointment", "ask_what_to_bring", "what_to_bring"),
    ],
)
def test_logistics_asked_before_a_visit_stay_the_clinics_answer(store, message, intent, topic):
    """Rule 9 declines what to do or avoid just before a session; paperwork, arriving early or
    a referral before the first visit are the clinic's own answers, not that subject."""
    d = route(ask(message, intent=intent, confidence=0.8), store)
    assert d.subject is None, d.subject
    assert (d.kind, d.clinic_topic) == ("clinic", topic), (d.kind, d.clinic_topic, d.rule)
