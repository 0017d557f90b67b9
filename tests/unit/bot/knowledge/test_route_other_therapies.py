"""Other therapies: another therapy compared with needling or asked "what is it?" after the story
told it, electricity or clips on the needles, ear needles, what a tongue or pulse reading means:
declined as not covered. Another therapy, injection or painkiller tried or offered in the story
does not decline a question about needling, a needling question that mentions a massage is
answered, and why an acupuncturist checks more than the pain is the whole-person entry.

Why: the documents cover dry needling, acupuncture and IMS only; a patient comparing with another
therapy must hear so, while one who only mentions it still gets the answer about needling.

The tests come from the failure classes of issue 11's held-out sets (heldout9 to heldout31, and
the session 10 logistics and session-talk classes), each tested on new wordings in English and
French; the comment above each test names the set whose failure class it covers."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from bot.knowledge.subjects import not_covered_subject
from tests.helpers.route_questions import ask, assert_not_covered, declined_as_safety


# From heldout9's failure classes (issue 11).
@pytest.mark.parametrize(
    "text",
    [
        "is cupping better than acupuncture for a stiff back?",
        "mieux vaut un massothérapeute ou la puncture sèche pour une tendinite?",
    ],
)
def test_another_therapy_compared_with_needling_is_not_covered(store, text):
    d = route(ask(text, intent="ask_choosing", named=("acupuncture",)), store)
    assert d.kind == "fallback" and d.reason == "not_covered"


# From heldout9's failure classes (issue 11).
def test_a_needling_question_that_mentions_a_massage_is_answered(store):
    d = route(
        ask(
            "my massage therapist found a knot in my calf. does dry needling help calf knots?",
            intent="ask_conditions",
            named=("dry_needling",),
        ),
        store,
    )
    assert d.kind == "kb"


# From heldout10's failure classes (issue 11).
def test_a_therapy_already_tried_in_the_story_does_not_decline_a_question_about_needling():
    text = "Sore low back for a year, chiro only helps for a few days. Is IMS for someone like me?"
    assert not_covered_subject(text) is None
    assert not_covered_subject("is massage better than dry needling for my back?").id == "other_therapies"


# From heldout11's failure classes (issue 11).
@pytest.mark.parametrize(
    "story,question",
    [
        (
            "The physio said she'd like to try moxibustion on my back next week.",
            "What's it, and does it burn?",
        ),
        ("My acupuncturist suggested gua sha after the needles.", "What is it exactly?"),
    ],
)
def test_what_is_it_after_another_therapy_in_the_story_is_not_covered(store, story, question):
    d = route(ask(question, story, intent="ask_overview", named=["acupuncture"]), store)
    assert d.rule == "not_covered" and d.subject.id == "other_tcm"


# From heldout11's failure classes (issue 11).
def test_what_is_it_naming_our_treatment_is_still_answered(store):
    q = ask(
        "I have no clue what dry needling is, though.",
        "My physio does cupping and wants to add dry needling.",
        intent="ask_overview",
        named=["dry_needling"],
    )
    assert route(q, store).kind == "kb"


# From heldout13's failure classes (issue 11).
def test_an_injection_offered_in_the_story_does_not_decline_whether_needling_helps(store):
    q = ask(
        "could dry needling sort it out instead?",
        "Golfer's elbow for five months. My doctor offered a steroid shot.",
        named=["dry_needling"],
        conditions=["tendinopathy"],
    )
    d = route(replace(q, asked_conditions=frozenset(["tendinopathy"])), store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.subject)


# From heldout13's failure classes (issue 11).
def test_only_the_needles_of_what_was_offered_is_asked_about(store):
    q = ask(
        "I only want the needles part, is that safe?",
        "My acupuncturist also offered cupping and herbs.",
        intent="ask_safety",
        named=["acupuncture"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "safety", (d.rule, d.subject)


# From heldout13's failure classes (issue 11).
def test_other_therapies_tried_in_the_story_do_not_decline_a_needling_question(store):
    q = ask(
        "how many IMS sessions does it usually take?",
        "Tried a chiropractor, kinesio tape and a massage gun since spring. My physio suggests IMS.",
        intent="ask_treatment_course",
        named=["ims"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.rule, d.subject)


# From heldout13's failure classes (issue 11).
def test_comparing_another_therapy_with_needling_is_still_declined(store):
    d = route(
        ask(
            "is dry needling better than a chiropractor for my back?",
            intent="ask_choosing",
            named=["dry_needling"],
        ),
        store,
    )
    assert (d.kind, d.subject.id) == ("fallback", "other_therapies")


# From heldout13's failure classes (issue 11).
def test_another_therapy_compared_in_a_short_question_is_still_declined(store):
    q = ask(
        "which is better?",
        "My neck has been stiff for a month. Should I see a chiropractor or try acupuncture?",
        intent="ask_choosing",
        named=["acupuncture"],
    )
    d = route(q, store)
    assert (d.kind, d.subject.id) == ("fallback", "other_therapies"), d.rule


# From heldout18's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "et avec l'électricité sur les aiguilles, ça donne quoi?",
        "what does running a current through the needles do?",
        "le courant branché aux aiguilles, c'est pour quoi?",
    ],
)
def test_electricity_on_the_needles_is_declined(store, message):
    declined_as_safety(store, message, "electroacupuncture", intent="ask_technique")


# From heldout19's failure classes (issue 11).
@pytest.mark.parametrize(
    "message, subject",
    [
        (
            "he put little clips on the needles with wires going to a machine, what was that?",
            "electroacupuncture",
        ),
        ("there was a machine with wires attached to my needles, is that normal?", "electroacupuncture"),
        ("elle a mis des pinces sur les aiguilles reliées à un appareil, c'est quoi?", "electroacupuncture"),
        ("can you put needles in my ear for cravings?", "ear_acupuncture"),
        ("do you do needles in the ear for stress?", "ear_acupuncture"),
        ("vous mettez des aiguilles dans l'oreille pour l'anxiété?", "ear_acupuncture"),
    ],
)
def test_estim_wires_and_ear_needles_are_declined(store, message, subject):
    declined_as_safety(store, message, subject, intent="ask_technique")


# From heldout30's failure classes (issue 11, tuner UH).
def test_why_the_tongue_was_looked_at_stays_answered(store):
    d = route(
        ask("why did the acupuncturist look at my tongue? I came for my knee", intent="ask_overview"), store
    )
    assert d.kind == "kb" and d.entry.topic == "overview", (d.kind, d.rule)


# From the session 10 session-talk classes (issue 11).
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


# From the session 10 session-talk classes (issue 11).
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


# From the session 10 session-talk classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "why does the acupuncturist check your tongue? the form says not to brush it before",
        "pourquoi on ne doit pas se brosser la langue avant l'acupuncture? elle va la regarder?",
    ],
)
def test_brushing_the_tongue_before_a_visit_stays_declined_even_asked_why(store, message):
    d = route(ask(message, intent="ask_technique", confidence=0.6), store)
    assert_not_covered(store, d, {"aftercare_actions"})
