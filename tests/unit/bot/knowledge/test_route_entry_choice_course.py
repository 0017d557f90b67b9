"""The course of treatment: how many sessions, needling kept up to stay well, a tune-up with nothing
wrong and nothing felt after some sessions are the course-of-treatment entry (a condition told does
not make them a research question), while how many sessions a plan covers is not, and a long break
in treatment is declined as not covered; booking a tune-up stays a booking.

The tests come from the failure classes of issue 11's held-out sets (heldout9 to heldout31, and
the session 10 logistics and session-talk classes), each tested on new wordings in English and
French; the comment above each test names the set whose failure class it covers."""

import pytest

from bot.knowledge.route import question_topic, route
from tests.helpers.route_questions import answered, ask, declined_as_safety


# From heldout19's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "i'm away for 6 weeks mid-treatment, will i lose my progress with IMS?",
        "if i take a break from dry needling over the summer will the benefits wear off? will i lose the gains?",
        "is a pause of two months in my acupuncture treatment a problem?",
        "est-ce que je vais perdre mes progrès si j'arrête l'IMS pendant mes vacances?",
    ],
)
def test_a_long_break_in_treatment_is_declined(store, message):
    declined_as_safety(store, message, "own_treatment_plan", intent="ask_treatment_course")


# From heldout19's failure classes (issue 11).
@pytest.mark.parametrize(
    "message, conditions",
    [
        (
            "my neck is killing me from the baby carrier. how many acupuncture sessions does neck pain take?",
            ("neck_pain",),
        ),
        ("how many dry needling visits will my shoulder need?", ("shoulder_pain",)),
        ("how many IMS treatments does sciatica usually take?", ("sciatica",)),
        ("combien de séances d'acupuncture pour un mal de cou?", ("neck_pain",)),
    ],
)
def test_how_many_sessions_is_the_treatment_course_even_with_a_condition(store, message, conditions):
    from bot.knowledge.route import question_topic

    q = ask(message, intent="ask_session_length", conditions=conditions)
    assert question_topic(q) == "treatment_course"


# From heldout19's failure classes (issue 11).
@pytest.mark.parametrize(
    "message, intent",
    [
        ("how many sessions are covered by my insurance?", "ask_insurance"),
        ("combien de séances sont remboursées par mon assurance?", "ask_insurance"),
    ],
)
def test_how_many_sessions_a_plan_covers_is_not_the_course(store, message, intent):
    from bot.knowledge.route import question_topic

    assert question_topic(ask(message, intent=intent)) != "treatment_course"


# From heldout20's failure classes (issue 11).
@pytest.mark.parametrize(
    "story, question",
    [
        ("I'd like acupuncture once a month as a tune-up.", "do people do that?"),
        ("nothing hurts right now.", "can I do acupuncture for maintenance when I'm not injured?"),
        ("tout va bien en ce moment.", "est-ce que je peux faire des séances d'entretien même sans douleur?"),
    ],
)
def test_a_tune_up_with_nothing_wrong_is_the_treatment_course(story, question):
    q = ask(question, story=story, intent="ask_technique", confidence=0.5, named=["acupuncture"])
    assert question_topic(q) == "treatment_course"


# From heldout29's failure classes (issue 11, tuner UG).
def test_nothing_felt_after_some_sessions_stays_the_course_of_treatment(store):
    d = answered(
        store,
        "I feel nothing after 5 sessions of acupuncture, is it working?",
        "ask_treatment_course",
        0.6,
        named=["acupuncture"],
    )
    assert d.entry.topic == "treatment_course"


# From the session 10 clinic logistics classes (issue 11).
@pytest.mark.parametrize(
    "question",
    [
        "is it worth doing acupuncture as maintenance once my back is better?",
        "do people get acupuncture regularly just to keep well?",
        "est-ce que je peux faire de l'acupuncture juste pour rester en forme?",
    ],
)
@pytest.mark.parametrize("intent", ["book", "nlu_fallback"])
def test_needling_kept_up_to_stay_well_is_a_course_of_treatment(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.6, named=["acupuncture"]), store)
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.kind, d.rule)


# From the session 10 clinic logistics classes (issue 11).
def test_booking_a_tune_up_is_still_a_booking(store):
    d = route(
        ask("i'd like to book a monthly tune up acupuncture session", intent="book", named=["acupuncture"]),
        store,
    )
    assert d.kind == "booking"
