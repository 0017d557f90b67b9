"""Issue 11, heldout17's failure classes and written rule 6, tested on new wordings (EN and FR).

Written rule 6: an after-effect no document names (tiredness or feeling wiped out, tears, a tingle
that lasts, fainting spells when pricked) is declined with the practitioner to ask; one they name
(feeling relaxed, soreness) stays answered. Things used with needling that no entry names (a
numbing cream, a heat lamp) are declined. An illness word typed with one slip is read as meant;
needle depth in numbers in French is declined (rule 4); a story's operation or a dentist who
mentioned needling does not decline "what does it do?"; a receipt for taxes asked for in French
and a lost appointment email go to the front desk (rule 5)."""

import re

import pytest

from bot.knowledge import typos
from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "message",
    [
        "so drained after my acupuncture yesterday i could barely get off the couch, is that a thing?",
        "after IMS on tuesday i was exhausted and napped all afternoon, why?",
        "totally knackered since my dry needling session, is that normal?",
        "i teared up on the table during acupuncture, does that happen?",
        "does dry needling make you emotional? i welled up during my session",
        "je suis épuisée depuis ma séance d'acupuncture hier, c'est normal?",
        "j'ai pleuré sur la table pendant ma séance, c'est normal?",
    ],
)
def test_tiredness_or_tears_after_a_session_are_declined_rule_6(store, message):
    d = route(ask(message, intent="ask_aftercare", confidence=0.7), store)
    assert d.kind == "fallback" and d.subject.id == "session_reaction", (d.rule, d.subject)
    assert d.subject.ask == "clinic"


@pytest.mark.parametrize(
    "message",
    [
        "felt so relaxed after acupuncture i nearly dozed off, is that normal?",
        "i fell asleep on the table during my acupuncture, is that ok?",
        "my calf is sore the day after dry needling, is that normal?",
    ],
)
def test_after_effects_the_entries_name_stay_answered(store, message):
    d = route(ask(message, intent="ask_aftercare", confidence=0.8), store)
    assert d.kind == "kb", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "had IMS in my glute last week and my leg still tingles on and off, will that stop?",
        "the tingling in my hand hasn't gone away since my dry needling session, should i worry?",
        "depuis ma séance de puncture sèche j'ai encore des fourmillements dans le pied",
    ],
)
def test_a_tingle_that_lasts_after_the_visit_is_declined(store, message):
    d = route(ask(message, intent="ask_aftercare", confidence=0.7), store)
    assert d.kind == "fallback" and d.reason == "not_covered", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "i get vasovagal with needles, will that happen with dry needling?",
        "je fais des malaises vagaux avec les prises de sang, est-ce risqué avec l'acupuncture?",
        "j'ai tendance à faire des malaises quand on me pique, ça arrive avec les aiguilles?",
    ],
)
def test_fainting_spells_when_pricked_are_declined(store, message):
    d = route(ask(message, intent="ask_safety", confidence=0.7), store)
    assert d.kind == "fallback" and d.subject.id == "session_faint", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "do they put a numbing cream on before the needles go in?",
        "can i get a local anaesthetic before dry needling? i hate the prick",
        "why did my acupuncturist put a red heat lamp over my feet during the session?",
        "est-ce qu'on met une crème anesthésiante avant les aiguilles?",
        "à quoi sert la lampe infrarouge pendant l'acupuncture?",
    ],
)
def test_things_used_with_needling_that_no_entry_names_are_declined(store, message):
    d = route(ask(message, intent="ask_technique", confidence=0.7), store)
    assert d.kind == "fallback" and d.subject.id == "other_tcm", (d.rule, d.subject)


def test_what_to_put_on_at_home_afterwards_stays_with_aftercare_actions(store):
    d = route(ask("can i put a cream on the needle spots after dry needling?", intent="ask_aftercare"), store)
    assert d.kind == "fallback" and d.subject.id == "aftercare_actions", (d.rule, d.subject)


@pytest.mark.parametrize(
    ("message", "subject"),
    [
        ("can acupunture bring down high blood presure?", "heart_blood_pressure"),
        ("my mum had a strok last spring, could acupuncture help her walk better", "neurological"),
        ("would dry needling help with my hypertention", "heart_blood_pressure"),
    ],
)
def test_an_illness_typed_with_one_slip_is_read_as_meant(store, message, subject):
    d = route(ask(message, intent="ask_conditions", confidence=0.8), store)
    assert d.kind == "fallback" and d.subject.id == subject, (d.rule, d.subject)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("i'm a dancer, would acupuncture help my hips", "dancer"),  # never "cancer"
        ("does the needle pressure feel strong?", "pressure"),
        ("my physio stroked the muscle first", "stroked"),
    ],
)
def test_ordinary_words_are_never_read_as_an_illness(store, typed, kept):
    assert kept in re.findall(r"[a-z]+", typos.corrected(typed))


@pytest.mark.parametrize(
    "message",
    [
        "combien de cm ça rentre une aiguille d'acupuncture?",
        "l'aiguille entre de combien de mm dans la peau?",
        "elle s'enfonce de 5 cm l'aiguille?",
    ],
)
def test_needle_depth_in_numbers_in_french_is_declined_rule_4(store, message):
    d = route(ask(message, intent="ask_needles", confidence=0.8), store)
    assert d.kind == "fallback" and d.subject.id == "needle_depth", (d.rule, d.subject)


@pytest.mark.parametrize(
    ("story", "question"),
    [
        (
            "had a fusion in my lower back two years ago and my physio now suggests dry needling.",
            "what does it actually do?",
        ),
        ("knee replacement last year, physio mentioned IMS for my thigh.", "what does it do exactly?"),
        (
            "j'ai été opéré du dos l'an dernier, ma physio propose des aiguilles sèches.",
            "ça fait quoi exactement?",
        ),
    ],
)
def test_what_it_does_after_an_operation_in_the_story_is_answered(store, story, question):
    d = route(ask(question, story=story, intent="ask_overview", confidence=0.7), store)
    assert d.kind == "kb" and d.entry.topic == "overview", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "is acupuncture the same as dry needling? my dentist brought it up",
        "my dentist recommended dry needling, how is it different from acupuncture?",
        "c'est quoi la différence entre acupuncture et dry needling? mon dentiste m'a parlé des deux",
    ],
)
def test_a_dentist_who_mentioned_needling_is_no_subject(store, message):
    d = route(ask(message, intent="ask_difference", confidence=0.8), store)
    assert d.kind == "kb", (d.rule, d.subject)


def test_a_toothache_is_still_declined(store):
    d = route(ask("my dentist said acupuncture might help my toothache, does it?"), store)
    assert d.kind == "fallback" and d.subject.id == "dental"


@pytest.mark.parametrize(
    "message",
    [
        "je voudrais un reçu pour mes impôts pour mes séances de l'an passé",
        "j'aimerais des factures pour toutes mes séances, c'est pour les impôts",
        "i lost the email with my appointment time, when is it?",
        "j'ai perdu le courriel avec l'heure de mon rendez-vous",
        "deleted the confirmation text by accident, what time is my appointment on friday?",
    ],
)
def test_receipts_and_a_lost_appointment_email_go_to_the_front_desk(store, message):
    d = route(ask(message, intent="ask_insurance", confidence=0.5), store)
    assert d.kind == "contact", (d.rule, d.subject)


@pytest.mark.parametrize(
    ("story", "question", "intent", "named", "conditions"),
    [
        (
            "my sister wants me to try dry needling for my neck. i dont see how needles could help.",
            "how is it supposed to work?",
            "ask_overview",
            ["dry_needling"],
            {"neck_pain"},
        ),
        (
            "everyone at work swears by acupuncture for back pain.",
            "but how does acupuncture actually work?",
            "ask_evidence",
            ["acupuncture"],
            {"low_back_pain"},
        ),
        ("", "comment ça marche, l'IMS?", "ask_sensation", ["ims"], set()),
    ],
)
def test_how_it_is_supposed_to_work_is_the_overview(store, story, question, intent, named, conditions):
    q = ask(question, story=story, intent=intent, confidence=0.8, named=named, conditions=conditions)
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "overview", (d.rule, d.entry.id if d.entry else None)


@pytest.mark.parametrize(
    ("story", "question", "intent", "named"),
    [
        (
            "she needled a knot in my shoulder and i nearly jumped off the table.",
            "is dry needling always that intense?",
            "ask_technique",
            ["dry_needling"],
        ),
        (
            "my calf twitched hard and it hurt for a second, then it was fine.",
            "is that how IMS normally feels?",
            "ask_sensation",
            ["ims"],
        ),
        (
            "the needle in my hip made the muscle jump and it stung.",
            "does acupuncture usually hurt like that?",
            "ask_overview",
            ["acupuncture"],
        ),
    ],
)
def test_how_strong_it_felt_is_answered_from_sensation(store, story, question, intent, named):
    q = ask(question, story=story, intent=intent, confidence=0.5, named=named)
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.rule, d.entry.id if d.entry else None)


@pytest.mark.parametrize(
    "message",
    [
        "c'est quoi les aiguilles sèches? ma physio veut m'en faire pour mon tendon",
        "c'est quoi exactement la puncture physiothérapique avec aiguilles sèches?",
        "c'est quoi au juste la puncture sèche? mon kiné m'en a parlé",
    ],
)
def test_what_dry_needling_is_in_french_is_the_overview(store, message):
    d = route(ask(message, intent="ask_needles", confidence=0.7, named=["dry_needling"]), store)
    assert d.kind == "kb" and d.entry.topic == "overview", (d.rule, d.entry.id if d.entry else None)


@pytest.mark.parametrize("message", ["how do they find them", "where do they put them", "do they hurt"])
def test_a_short_follow_up_pointing_back_stays_on_the_last_topic(store, message):
    q = ask(message, intent="ask_technique", confidence=0.4, previous_topic="technique")
    d = route(q, store)
    assert d.kind == "kb", (d.rule, d.reason)


@pytest.mark.parametrize(
    "message", ["does dry needling help shingels pain?", "can acupuncture help with vertgo"]
)
def test_a_health_word_the_documents_never_use_typed_with_one_slip_is_declined(store, message):
    d = route(ask(message, intent="ask_conditions", confidence=0.8), store)
    assert d.kind == "fallback" and d.reason == "not_covered", (d.rule, d.subject)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("can dry needling puncture a lung? i read scary stories online", "scary"),  # never "scars"
        ("the big ones scare me a lot", "scare"),
        ("everything cramped after 100 miles on the bike, would needling help", "miles"),  # never "moles"
        ("j'ai peur des aiguilles, est-ce que la présure du lait...", "presure"),  # French, in French
    ],
)
def test_everyday_english_and_french_words_are_never_read_as_an_illness(typed, kept):
    assert kept in re.findall(r"[a-z]+", typos.corrected(typed).replace("é", "e"))


@pytest.mark.parametrize(
    "message",
    [
        "Can dry needling puncture a lung? I've read scary stories online and my appointment is Monday",
        "are acupuncture needles like the ones for a flu shot? the big ones scare me",
    ],
)
def test_a_worry_told_with_everyday_words_is_answered_not_declined(store, message):
    d = route(ask(message, intent="ask_safety", confidence=0.8), store)
    assert d.kind == "kb", (d.rule, d.subject)
