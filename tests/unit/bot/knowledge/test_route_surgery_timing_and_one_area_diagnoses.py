"""Two shapes of question about needling with something told in the story:
- an operation told, asked whether it is too soon for needling there ("had shoulder surgery 6 weeks
  ago, can I get needling there yet?") is declined: what is safe after an operation is the
  surgeon's question (the `surgery` subject), even though the question names a covered body part;
- a named one-area diagnosis (frozen shoulder, bursitis: knowledge/body_words.yml `diagnoses`)
  asked how many sessions it takes, or which of our treatments is better for it, is answered
  (written rule 1), not declined as an unknown health word;
- a car stopped "at a red light" in the story is no red-light lamp used with needling.

Why: tests/real_questions/README.md written rules 1 and 2; each case is our own wording."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined


@pytest.mark.parametrize(
    "message",
    [
        "had my hip operation 5 weeks ago. is it too soon for acupuncture on that side?",
        "had knee surgery in march, can i have IMS on it yet?",
        "had my acl fixed 2 months ago, too early for needling on that knee?",
        "opérée de l'épaule il y a 5 semaines, c'est trop tôt pour la puncture sèche?",
    ],
)
def test_too_soon_after_an_operation_is_declined(store, message):
    declined(store, message, "surgery", "ask_treatment_course", named=["dry_needling"])


@pytest.mark.parametrize(
    "message,intent,named",
    [
        (
            "frozen shoulder for 4 months, how often would I need dry needling?",
            "ask_treatment_course",
            ["dry_needling"],
        ),
        ("how many IMS visits does a frozen shoulder normally need", "ask_treatment_course", ["ims"]),
        ("combien de séances d'IMS pour une capsulite?", "ask_treatment_course", ["ims"]),
        (
            "bursitis in my hip, which is better, acupuncture or dry needling?",
            "ask_choosing",
            ["acupuncture", "dry_needling"],
        ),
        (
            "bursite à l'épaule, acupuncture ou puncture sèche, lequel est mieux?",
            "ask_choosing",
            ["acupuncture", "dry_needling"],
        ),
    ],
)
def test_sessions_or_choice_for_a_one_area_diagnosis_are_answered(store, message, intent, named):
    d = route(ask(message, intent=intent, named=named), store)
    assert d.kind == "kb", (d.rule, d.reason, d.term)
    assert d.entry.topic in ("treatment_course", "choosing"), d.entry.id


def test_an_unknown_illness_asked_how_many_sessions_stays_declined(store):
    d = route(
        ask(
            "how many acupuncture sessions for scoliosis?",
            intent="ask_treatment_course",
            named=["acupuncture"],
        ),
        store,
    )
    assert (d.kind, d.reason) == ("fallback", "not_covered")


@pytest.mark.parametrize(
    "story,message",
    [
        ("someone ran a red light and hit me, my back's been sore since.", "what's IMS?"),
        (
            "stopped at a red light and got rear ended, neck is stiff. physio mentioned dry needling.",
            "what is that?",
        ),
    ],
)
def test_a_red_light_on_the_road_is_no_lamp(store, story, message):
    d = route(
        ask(message, intent="ask_overview", named=["ims"] if "IMS" in message else ["dry_needling"]), store
    )
    assert d.subject is None or d.subject.id != "other_tcm", d.subject
    assert d.kind == "kb" and d.entry.topic == "overview", (d.rule, d.entry)


def test_a_red_light_lamp_at_a_session_stays_declined(store):
    declined(
        store,
        "does the red light they shine during acupuncture do anything?",
        "other_tcm",
        "ask_technique",
        named=["acupuncture"],
    )


def test_a_splint_or_an_operation_against_needling_for_a_diagnosis_stays_declined(store):
    d = route(
        ask("for my bursitis, is a brace or an operation better than needles?", intent="ask_choosing"),
        store,
    )
    assert (d.kind, d.reason) == ("fallback", "not_covered"), (d.rule, d.entry)


@pytest.mark.parametrize(
    "message",
    [
        "sprained my ankle saturday, too early for dry needling?",
        "hurt my back lifting boxes on monday. is it too soon for IMS?",
        "petit accident d'auto hier, le cou raide. c'est trop tôt pour l'acupuncture?",
    ],
)
def test_too_soon_after_a_fresh_injury_is_declined(store, message):
    declined(store, message, "fresh_injury", "ask_treatment_course")
