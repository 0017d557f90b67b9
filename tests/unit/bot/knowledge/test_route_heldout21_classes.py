"""Issue 11, heldout21's after-effect, not-covered and entry-choice classes, tested on new wordings.

Declined as not covered: a tingle that lasted the rest of the day or for hours after needling
(written rule 6), nerve injury named on a consent form, how long to wait before driving when
drowsy, compression sleeves and supports to buy, an illness whose name holds the only body part
("restless legs ... does it help with that?"). Answered from the right entry: needles cleaned and
used again or kept for the patient (safety), a drop of blood at a needle (after-care), why it is
called "dry" (needles), dozing off on the table (sensation), side effects asked (safety), "which
makes more sense" between two named treatments (choosing), how it works without the qi talk.
"""

import pytest

from bot.knowledge.route import _condition_only_inside, asked_modalities, question_topic, route
from tests.helpers.route_questions import ask, declined


def _declined(store, message, subject, intent="ask_aftercare", **kw):
    return declined(store, message, subject, intent, **kw)


@pytest.mark.parametrize(
    "message",
    [
        "tingling in my hand all evening after acupuncture, is that normal?",
        "my leg had pins and needles for hours after the dry needling session",
        "pins and needles in my fingers the whole day after IMS on my neck, why?",
        "des fourmillements toute la journée après ma séance d'acupuncture, c'est normal?",
    ],
)
def test_a_tingle_lasting_the_day_after_needling_is_declined(store, message):
    _declined(store, message, "session_reaction")


@pytest.mark.parametrize(
    "message",
    [
        "the consent form says nerve injury is a risk, can dry needling damage a nerve?",
        "can acupuncture injure a nerve? the form i signed mentions nerve injury",
    ],
)
def test_nerve_injury_named_on_a_consent_form_is_declined(store, message):
    _declined(store, message, "other_reactions", intent="ask_safety")


def test_a_general_nerve_question_stays_answered(store):
    d = route(ask("can dry needling damage a nerve?", intent="ask_safety", named=["dry_needling"]), store)
    assert d.kind == "kb", d.rule


@pytest.mark.parametrize(
    "message",
    [
        "how long should i wait before driving after ims?",
        "if i feel drowsy after acupuncture how long before i can drive?",
        "the sheet says not to drive when sleepy. how would i know?",
        "si je suis somnolente après la séance, combien de temps avant de conduire?",
    ],
)
def test_waiting_to_drive_when_drowsy_is_declined(store, message):
    _declined(store, message, "driving_after")


@pytest.mark.parametrize(
    "message",
    [
        "can you recommend a decent compression sleeve for arthritic knees?",
        "which knee support should i get for my arthritis?",
        "any good compression socks for sore calves?",
        "quel manchon de compression pour mon genou?",
        "vous me conseillez des bas de contention?",
    ],
)
def test_compression_sleeves_and_supports_are_products(store, message):
    _declined(store, message, "products", intent="ask_conditions")


@pytest.mark.parametrize(
    "story, question, only_inside",
    [
        ("restless legs every night, drives me mad.", "does acupuncture help with that?", True),
        ("j'ai le syndrome des jambes sans repos.", "ça peut aider?", False),
        ("my calves ache and i have restless legs.", "can it help with that?", False),
        ("nearly passed out at a blood test once.", "how do i get past the fear for my back?", False),
    ],
)
def test_an_illness_holding_the_only_body_part(story, question, only_inside):
    q = ask(question, story=story)
    term = "restless legs" if "restless" in story else "blood test"
    assert _condition_only_inside(q, term) is only_inside


@pytest.mark.parametrize(
    "message, intent, topic",
    [
        ("do you throw them out after or clean them and use them again?", "ask_aftercare", "safety"),
        (
            "my last acupuncturist kept my own needles in a bag for next time, is that ok?",
            "ask_evidence",
            "safety",
        ),
        (
            "il me donnait mes aiguilles dans un sachet pour la prochaine fois, c'est normal?",
            "ask_practitioners",
            "safety",
        ),
        ("one needle bled a little when he took it out, is that ok?", "ask_treatment_course", "aftercare"),
        ("there was a drop of blood where the needle came out", "ask_overview", "aftercare"),
        ("why do they call it dry needling?", "ask_difference", "needles"),
        ("dry compared to what? why is it called dry", "ask_difference", "needles"),
        ("pourquoi on l'appelle puncture sèche?", "ask_difference", "needles"),
        ("i fell asleep on the table with the needles in, is that weird?", "ask_technique", "sensation"),
        ("he nodded off during acupuncture, normal?", "ask_overview", "sensation"),
        ("je me suis endormie pendant la séance, c'est normal?", "ask_technique", "sensation"),
        ("what side effects should I ask about before acupuncture?", "ask_overview", "safety"),
        ("quels sont les effets secondaires de l'acupuncture?", "ask_overview", "safety"),
    ],
)
def test_entry_choice(message, intent, topic):
    assert question_topic(ask(message, intent=intent, confidence=0.6)) == topic


@pytest.mark.parametrize(
    "message",
    [
        "tennis elbow. dry needling or acupuncture, which makes more sense?",
        "acupuncture or IMS for my hip, which one should i pick?",
    ],
)
def test_which_makes_more_sense_is_choosing_not_insurance(message):
    q = ask(message, intent="ask_insurance", confidence=0.5, named=["acupuncture", "ims"])
    assert question_topic(q) == "choosing"


@pytest.mark.parametrize(
    "message",
    [
        "how does acupuncture work in plain english? no qi talk please",
        "explain how acupuncture works without the qi or meridian stuff",
        "how does acupuncture work in simple terms, skip the energy talk",
    ],
)
def test_how_it_works_without_the_qi_talk_is_the_overview(store, message):
    d = route(ask(message, intent="ask_overview", named=["acupuncture"]), store)
    assert d.kind == "kb" and d.entry.topic == "overview" and "qi" not in d.entry.id, d.entry.id


@pytest.mark.parametrize(
    "story, question",
    [
        (
            "my husband is terrified of needles and his neck is bad.",
            "what can i tell him about what it feels like?",
        ),
        ("my son is scared of needles and has knee pain.", "what does it feel like?"),
        ("my dad is afraid of needles and has a sore back.", "can you tell me what it feels like?"),
    ],
)
def test_a_fear_of_needles_asking_how_it_feels_is_sensation(store, story, question):
    q = ask(question, story=story, intent="ask_conditions", conditions={"neck_pain"})
    d = route(q, store)
    assert d.kind == "kb" and d.topic == "sensation", (d.rule, d.topic)


@pytest.mark.parametrize(
    "message, named, context",
    [
        ("does it hurt more than normal dry needling?", ["dry_needling"], ["ims"]),
        ("is it worse than acupuncture?", ["acupuncture"], ["ims"]),
        ("c'est plus douloureux que l'acupuncture?", ["acupuncture"], ["dry_needling"]),
    ],
)
def test_compared_with_the_one_talked_about_keeps_both(message, named, context):
    q = ask(message, intent="ask_sensation", named=named, context=context)
    assert set(asked_modalities(q, "sensation")) == set(named) | set(context)
