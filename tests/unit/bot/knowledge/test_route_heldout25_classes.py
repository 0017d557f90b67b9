"""Subjects no document covers that were answered from a nearby entry (heldout25's classes):
a named method or brand of needling compared with the usual kinds, a faint at a past session
and whether it will happen again (written rule 6), a joint that slips out of place, a singer's
voice after neck needling, multiple sclerosis by its initials (written rule 2), the guide
tube, tongue and pulse reading, a seat cushion, compression socks after a session, a shop of
another trade, and a tingle that lingered after the visit (rule 6). Each is declined with who
can help; close wordings the entries answer stay answered."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from tests.helpers.route_questions import ask, declined


@pytest.fixture(scope="module")
def store():
    return get_store()


DECLINED = [
    ("my physio does integrative dry needling, is that any different from the usual kind?", "named_method"),
    ("is the trigenics approach to dry needling better than regular needling?", "named_method"),
    ("mon physio utilise la méthode Dommerholt pour le dry needling, c'est mieux?", "named_method"),
    (
        "passed out at my acupuncture session in the spring but was fine after, could that happen again?",
        "session_faint",
    ),
    (
        "i fainted at dry needling once, felt fine a minute later. will i faint again next time?",
        "session_faint",
    ),
    ("my knee keeps popping out of place, would dry needling help keep it stable?", "joint_instability"),
    ("I have hypermobile joints, is IMS ok for me?", "joint_instability"),
    ("mon épaule se déboîte souvent, est-ce que l'acupuncture peut aider?", "joint_instability"),
    ("I teach all day, would needles in my throat area change my voice?", "voice"),
    ("can dry needling near the neck affect the vocal cords?", ("voice", "respiratory_immune")),
    ("je suis chanteuse, des aiguilles dans le cou ça peut toucher ma voix?", "voice"),
    ("does acupuncture do anything for my MS fatigue?", "neurological"),
    ("my wife's MS makes her legs spasm, could dry needling calm them?", "neurological"),
    ("l'IMS peut aider avec ma SEP?", "neurological"),
    ("what is the plastic guide tube they tap the needle through?", "other_tcm"),
    ("why do they use a little tube before the acupuncture needle goes in?", "other_tcm"),
    ("à quoi sert le tube guide pendant l'acupuncture?", "other_tcm"),
    ("any good lumbar cushion for my office chair? my back aches", "products"),
    ("which seat cushions help with tailbone pain on long drives?", "products"),
    ("is it ok to put on compression stockings after dry needling my legs?", "aftercare_actions"),
    ("je peux porter mes bas de compression après la séance d'IMS?", "aftercare_actions"),
    ("do you know a hearing aid shop near the clinic?", "other_trades"),
    ("can you recommend an optometrist nearby?", "other_trades"),
    ("vous avez un bon opticien à me conseiller près de la clinique?", "other_trades"),
    (
        "after acupuncture my toes had pins and needles that lingered until the evening, ok?",
        "session_reaction",
    ),
    (
        "des fourmillements dans la main pendant la séance qui ont duré jusqu'au soir, c'est normal?",
        "session_reaction",
    ),
]


@pytest.mark.parametrize("message,subject", DECLINED)
def test_subject_no_document_covers_is_declined(store, message, subject):
    declined(store, message, subject, "ask_conditions")


ANSWERED = [
    "what is Gunn IMS and how is it different from dry needling?",
    "i'm nervous about fainting at my first dry needling session, any tips?",
    "my shoulder is stiff and sore, can acupuncture help?",
    "i felt a tingle at the needle during dry needling, is that normal?",
    "how long are the needles in for?",
    "what should I bring to my first appointment?",
    "do podiatrists ever do dry needling, or only physios?",
    "c'est comment une première séance d'acupuncture? on regarde la langue, c'est ça?",
]


TATTOOS_TOLD_AS_NO_FEAR = [
    (
        "my lower back has ached for months. lots of tattoos so needles don't bother me.",
        "is IMS the same as dry needling?",
    ),
    (
        "mal au dos depuis des mois, j'ai des tatouages donc les aiguilles me font pas peur.",
        "l'IMS c'est pareil que le dry needling?",
    ),
    (
        "sore neck for weeks. i have a nose ring and tattoos, not scared of needles at all.",
        "how is acupuncture different from IMS?",
    ),
]


@pytest.mark.parametrize("story,message", TATTOOS_TOLD_AS_NO_FEAR)
def test_tattoos_told_as_no_fear_of_needles_leave_the_question_answered(store, story, message):
    """Tattoos or a piercing told as why needles don't bother the patient are no question about
    needling over them: the difference asked is answered."""
    d = route(ask(message, story=story, intent="ask_difference", confidence=0.7, named=["ims"]), store)
    assert not (d.kind == "fallback" and d.reason == "not_covered"), (d.rule, d.subject)


@pytest.mark.parametrize("message", ANSWERED)
def test_close_wordings_the_entries_answer_are_not_declined(store, message):
    d = route(ask(message, intent="ask_conditions", confidence=0.7), store)
    assert not (d.kind == "fallback" and d.reason == "not_covered"), (d.rule, d.subject)


NEEDLES_FRESH_EACH_TIME = [
    "are the needles brand new for every patient or reused after cleaning?",
    "do they throw the needles away or are they cleaned and used again?",
    "les aiguilles sont-elles neuves à chaque séance ou réutilisées?",
]


@pytest.mark.parametrize("message", NEEDLES_FRESH_EACH_TIME)
def test_fresh_or_reused_needles_is_answered_not_declined(store, message):
    """Whether needles are single-use is in the safety entries; "brand new" is no needle brand."""
    d = route(ask(message, intent="ask_safety", confidence=0.7), store)
    assert not (d.kind == "fallback" and d.reason == "not_covered"), (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "could you set me up for my first dry needling appointment next week?",
        "I want to schedule my first acupuncture session",
        "j'aimerais fixer mon premier rendez-vous d'IMS",
    ],
)
def test_setting_up_the_first_visit_is_a_booking_not_first_visit_info(message):
    from bot.knowledge.subjects import clinic_topic

    assert clinic_topic(message) != "first_visit"


@pytest.mark.parametrize(
    "message",
    [
        "can i park a big camper van near the clinic?",
        "is there a bus that goes close to you?",
        "est-ce que je peux stationner mon pick-up près de chez vous?",
    ],
)
def test_a_large_vehicle_or_a_bus_is_the_parking_answer(message):
    from bot.knowledge.subjects import clinic_topic

    assert clinic_topic(message) == "parking"


@pytest.mark.parametrize(
    "message",
    [
        "can I buy a package of 10 sessions and pay up front?",
        "do you let people pay for a bundle of 6 treatments in advance?",
        "je voudrais acheter un forfait de 5 séances, c'est possible?",
    ],
)
def test_a_package_of_sessions_paid_ahead_goes_to_the_front_desk(store, message):
    d = route(ask(message, intent="ask_contact", confidence=0.7), store)
    assert d.kind == "contact", (d.rule, d.kind, d.clinic_topic)


@pytest.mark.parametrize(
    "message",
    [
        "why would my IMS physio needle my spine when the pain is in my shoulder?",
        "why did my IMS doctor needle my back when the pain is in my knee?",
        "pourquoi mon physio pique dans le dos alors que j'ai mal au mollet?",
    ],
)
def test_needled_away_from_the_pain_is_the_technique(store, message):
    """Why the needles go somewhere else than where it hurts is how it is done (the nerve-root idea)."""
    d = route(ask(message, intent="ask_evidence", confidence=0.7, named=["ims"]), store)
    assert d.kind == "kb" and d.entry is not None and "technique" in d.entry.topic, (d.rule, d.entry)


@pytest.mark.parametrize(
    "message",
    [
        "my bruise from dry needling last week is turning yellow now, is that ok?",
        "the bruise on my shoulder after acupuncture went all green, should I worry?",
        "mon bleu après l'IMS est devenu jaune et vert, c'est normal?",
    ],
)
def test_a_bruise_changing_colour_is_the_aftercare_answer(store, message):
    """A bruise turning yellow or green as it heals is about the after-effect, not how it feels."""
    d = route(ask(message, intent="ask_sensation", confidence=0.7, named=["acupuncture"]), store)
    assert d.kind == "kb" and d.entry is not None and d.entry.topic == "aftercare", (d.rule, d.entry)
