"""Clinic logistics from the spent sets (heldout53-58), tested on other wordings: in French, the
one language a relative speaks asked of the staff ("quelqu'un le parle ?"), the steps at the door
(not "je marche"), "faut-il une ordonnance ?"; a thing told in the story pointed back at ("uses a
wheelchair... can she get in with it?"); kept away by the weather with a charge asked, the
cancellation policy (the clinic closing itself stays the front desk's); and stairs told only as
where a pain shows, the message asking whether needling helps, is no question about access."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, read_as_emergency


@pytest.mark.parametrize(
    "question,topic",
    [
        ("mon père ne parle que l'espagnol, quelqu'un le parle à la clinique ?", "languages"),
        ("combien de marches pour entrer dans l'immeuble ? je marche mal depuis ma chute", "accessibility"),
        ("faut-il une ordonnance pour venir ?", "referral"),
        ("if the highway is shut from the snow and I can't make it in, will I be billed?", "cancellation"),
    ],
)
@pytest.mark.parametrize("intent", ["ask_overview", "nlu_fallback", "book"])
def test_the_clinic_topic_is_read_in_these_wordings(store, question, topic, intent):
    d = route(ask(question, intent=intent, confidence=0.5), store)
    assert (d.kind, d.clinic_topic) == ("clinic", topic), (d.kind, d.rule, d.clinic_topic)


def test_the_clinic_closing_for_snow_stays_the_front_desks(store):
    d = route(ask("are you closed when it snows? do you call me?", intent="ask_hours"), store)
    assert (d.kind, d.rule) == ("contact", "handoff")


@pytest.mark.parametrize(
    "question,story",
    [
        ("Will he fit through the door with it?", "Dad gets around on a mobility scooter since his stroke."),
        ("Can she get into the treatment room in it?", "My aunt has used a wheelchair for years."),
    ],
)
def test_a_thing_told_in_the_story_pointed_back_at_takes_its_topic(store, question, story):
    d = route(ask(question, story=story, intent="ask_treatment_course", confidence=0.5), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "accessibility"), (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "my hips hurt climbing stairs. can acupuncture help that?",
        "mes genoux me font mal dans les escaliers, l'acupuncture peut aider ?",
    ],
)
def test_stairs_told_with_a_pain_asking_whether_needling_helps_is_no_access_question(store, question):
    d = route(ask(question, intent="ask_conditions", confidence=0.7, named=["acupuncture"]), store)
    assert d.kind == "kb", (d.kind, d.rule, d.clinic_topic)


def test_stairs_asked_about_at_the_clinic_stay_the_access_answer(store):
    d = route(
        ask("my knees hurt on stairs, is there an elevator at your clinic?", intent="ask_location"), store
    )
    assert (d.kind, d.clinic_topic) == ("clinic", "accessibility")


@pytest.mark.parametrize(
    "message",
    [
        "read that acupuncture doesn't help arthritic hips. mine ache on every stair. should I even bother?",
        "j'ai lu que l'acupuncture n'aide pas pour les genoux. ça vaut la peine quand même ?",
    ],
)
def test_whether_a_treatment_is_worth_it_is_no_alarm(message):
    from bot.knowledge.store import get_store

    d = route(read_as_emergency(message), get_store())
    assert d.kind != "emergency", d.rule
