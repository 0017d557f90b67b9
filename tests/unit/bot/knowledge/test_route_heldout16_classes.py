"""Issue 11, heldout16's failure classes, tested on new wordings (EN and FR).

After-effects are judged against a whitelist: the entries answer soreness, bruising, a drop of
blood, the twitch and feeling relaxed; any other thing felt or seen after a session (numbness,
a bump, feeling spaced out, crying) is declined with the practitioner to tell.
An activity after a session that the entries never advise on (the gym, a run, a few drinks) is
declined; so are things other therapies use (ear seeds, cups, a burning herb stick, herbal tea),
products to buy (a standing desk), needle length in inches and a bent needle."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "message",
    [
        "après ma séance de puncture sèche j'ai eu des fourmillements dans le pied toute la soirée, pourquoi?",
        "a small red bump came up where a needle went in on my calf, should i worry?",
        "my fingers stayed numb most of the evening after acupuncture. is that normal?",
        "had IMS on my back today and now i feel foggy and out of it, why?",
        "had dry needling in my neck this morning and feel totally spaced out",
        "cried the whole way home after my treatment, is that a thing?",
        "afterwards my thigh felt numb for a couple of hours, why would that be?",
        "depuis ma séance d'acupuncture j'ai la main engourdie, c'est normal?",
    ],
)
def test_an_after_effect_off_the_whitelist_is_declined(store, message):
    d = route(ask(message, intent="ask_aftercare", confidence=0.7), store)
    assert d.kind == "fallback" and d.subject.id == "session_reaction", (d.rule, d.subject)
    assert d.subject.ask == "clinic"


@pytest.mark.parametrize(
    "message",
    [
        "my shoulder is sore and a bit bruised after dry needling yesterday, is that normal?",
        "felt super relaxed and sleepy after my acupuncture, is that normal?",
        "j'ai des courbatures depuis ma séance d'hier, c'est normal?",
    ],
)
def test_after_effects_the_entries_name_stay_answered(store, message):
    d = route(ask(message, intent="ask_aftercare", confidence=0.8), store)
    assert d.kind == "kb", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "had acupuncture on my hips today, is it bad to go bouldering tonight?",
        "can i play a full hockey game the next day?",
        "had dry needling this afternoon, should i skip my spin class tonight?",
        "is it ok to have a couple of glasses of wine after acupuncture?",
    ],
)
def test_an_activity_after_a_session_the_entries_never_advise_on_is_declined(store, message):
    d = route(ask(message, intent="ask_aftercare", confidence=0.7), store)
    assert d.kind == "fallback" and d.subject is not None, (d.rule, d.subject)


@pytest.mark.parametrize(
    "message, subject",
    [
        ("what are the little beads they stuck behind my ear after the session?", "ear_acupuncture"),
        ("they put glass cups on my back and now there are purple circles, what is that?", "other_tcm"),
        ("why did she burn a herb stick near my needles?", "other_tcm"),
        ("vous me conseillez quelle tisane pour me détendre le soir?", "other_tcm"),
        ("which standing desk should I get for my back?", "products"),
        ("are the needles like 3 inches long? they looked huge", "needle_depth"),
        ("the needle bent as she put it in, is that ok?", "needle_incident"),
    ],
)
def test_things_no_entry_names_are_declined(store, message, subject):
    d = route(ask(message, intent="ask_needles", confidence=0.6), store)
    assert (d.kind, d.subject.id if d.subject else None) == ("fallback", subject), d.rule


def test_a_desk_job_in_the_story_is_no_product_question(store):
    d = route(
        ask(
            "I work a desk job. which is better for my neck, acupuncture or dry needling?",
            intent="ask_difference",
            confidence=0.8,
        ),
        store,
    )
    assert d.kind == "kb", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "j'ai besoin d'un reçu pour mes impôts de cette année, vous pouvez me le faire parvenir?",
        "I need an invoice for my tax return for last year's sessions",
    ],
)
def test_a_receipt_for_taxes_is_for_the_front_desk(store, message):
    d = route(ask(message, intent="ask_insurance", confidence=0.7), store)
    assert d.kind in ("contact", "clinic"), (d.rule, d.subject)


@pytest.mark.parametrize(
    "message", ["can i get another session tomorrow?", "can i come in tomorrow morning?"]
)
def test_a_visit_tomorrow_is_no_activity_after_a_session(store, message):
    d = route(ask(message, intent="book", confidence=0.8), store)
    assert d.kind == "booking", (d.rule, d.subject)
