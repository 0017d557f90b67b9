"""Words in the story that look like a not-covered subject but are not one: the weather's cold,
a busy tax season, helping one's daughter move house, a faint at a blood test long ago, a
reaction over within a minute, a wheelchair at the clinic door, a worry about infection asked as
whether the needles are new. The question asked is answered; the real subjects stay declined."""

import pytest

from bot.knowledge import subjects as subject_rules
from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined


def _ids(text):
    return {s.id for s in subject_rules.not_covered_subjects(text)}


@pytest.mark.parametrize(
    "text",
    [
        "my lower back is wrecked after clearing snow off the roof out in the cold all day. could dry needling help?",
        "calves numb from the cold on my morning run, fine now. does acupuncture help tight calves?",
        "my neck is stiff since I worked outside in the cold air fixing the fence. would needling help?",
        "neck and shoulders aching after the whole tax season bent over my desk. can acupuncture help?",
        "mal au dos depuis la période des impôts penché sur mon bureau. l'acupuncture peut aider?",
        "j'ai mal au dos depuis que j'ai aidé mon fils à déménager samedi. les aiguilles peuvent aider?",
        "mon épaule me fait souffrir, j'ai aidé ma fille à peinturer tout son condo. l'acupuncture aide?",
    ],
)
def test_an_ordinary_strain_told_with_its_activity_is_no_subject(text):
    assert not _ids(text) & {"respiratory_immune", "children", "other_payers"}, _ids(text)


@pytest.mark.parametrize(
    "text, subject",
    [
        ("can acupuncture help with a head cold?", "respiratory_immune"),
        ("should I still come in if I have the cold that's going around?", "unwell"),
        ("ma fille a 12 ans, peut-elle avoir de l'acupuncture?", "children"),
        ("ma fille a une tendinite, est-ce que l'acupuncture est bonne pour elle?", "children"),
        ("can I claim acupuncture on my taxes?", "other_payers"),
        ("est-ce que je peux déduire l'acupuncture de mes impôts?", "other_payers"),
    ],
)
def test_the_real_subjects_stay_declined(text, subject):
    assert subject in _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "got a bit woozy on the way out after IMS last spring but it cleared up within a minute, fine ever since. how long is a visit?",
        "felt dizzy after my session once, it passed after a few seconds and I've been totally fine ever since. how often should I go?",
    ],
)
def test_a_reaction_over_in_a_minute_and_fine_since_is_background(text):
    assert "other_reactions" not in _ids(text)


def test_a_reaction_still_going_is_still_declined():
    assert "other_reactions" in _ids("I've been dizzy since my IMS session yesterday, is that normal?")


@pytest.mark.parametrize(
    "text",
    [
        "blacked out at a blood test when I was a kid, all fine since. do acupuncture needles feel like that?",
        "got dizzy after my flu shot years ago. is a dry needle the same kind of needle?",
        "I passed out once having bloodwork done at 17, fine ever since. are your needles like that?",
    ],
)
def test_a_faint_at_another_needle_long_ago_is_background(store, text):
    d = route(ask(text, intent="ask_sensation", confidence=0.6, named=["acupuncture"]), store)
    assert d.kind == "kb", (d.rule, d.subject, d.term)


def test_a_faint_at_a_session_is_still_declined(store):
    declined(
        store,
        "I passed out after my acupuncture session last week. is that normal?",
        "session_faint",
        "ask_safety",
    )


@pytest.mark.parametrize(
    "text",
    [
        "my wife is in a wheelchair since her MS got worse. are there stairs to get to your treatment rooms?",
        "Dad uses a walker since his stroke, is there a ramp at the door?",
        "mon père est en fauteuil roulant depuis son AVC, est-ce que la clinique est accessible?",
    ],
)
def test_getting_in_with_a_wheelchair_is_the_clinic_accessibility_answer(store, text):
    assert "neurological" not in _ids(text)
    d = route(ask(text, intent="ask_location", confidence=0.5), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "accessibility"), (d.rule, d.subject)


def test_needling_for_the_stroke_itself_is_still_declined():
    assert "neurological" in _ids(
        "my dad had a stroke and uses a walker, can acupuncture help him walk again?"
    )


@pytest.mark.parametrize(
    "text",
    [
        "do you use the same needles on everyone? I'm nervous about HIV",
        "are the needles thrown out after each person? hep C scares me",
        "les aiguilles sont-elles neuves à chaque fois? j'ai peur de l'hépatite",
    ],
)
def test_whether_the_needles_are_new_is_a_safety_question_not_an_infection(text):
    assert "blood_borne_infections" not in _ids(text)


def test_needling_with_hepatitis_is_still_declined():
    assert "blood_borne_infections" in _ids("I have hepatitis C, is acupuncture safe for me?")


def test_a_faint_at_another_needle_with_a_fear_of_fainting_here_is_still_declined(store):
    d = route(
        ask(
            "I went light headed at my last blood test. what if I pass out on the table too?",
            intent="ask_safety",
            confidence=0.6,
            named=["acupuncture"],
        ),
        store,
    )
    assert (d.kind, d.reason) == ("fallback", "not_covered"), (d.rule, d.subject)


@pytest.mark.parametrize(
    "text",
    [
        "what if I totally forget and never come?",
        "ok and if we forgot and didn't show?",
        "et si j'oublie pis je me présente pas?",
        "et si je l'oublie et que je viens pas?",
    ],
)
def test_forgetting_and_not_showing_is_the_cancellation_policy(store, text):
    d = route(
        ask(text, intent="nlu_fallback", confidence=0.4, previous_topic="clinic:cancellation"),
        store,
    )
    assert (d.kind, d.clinic_topic) == ("clinic", "cancellation"), (d.rule, d.subject)
