"""Issue 11, session 22 (tuner UA): what the story tells is not the question.

Online reviews or ratings told in a story sentence, as where the question came from ("is there parking?
every google review is people complaining about parking"), are background: the question is answered on
its own. Asked about themselves ("how do I tell if google reviews are fake?"), they stay consumer_matters,
and so do a prepaid package, a refund or a clinic closed, wherever told. Someone else's illness told as
past and over ("my boss had a stroke last season and he's fine now but he keeps telling me...") before a
question whether needling is safe in general is background too; the patient's own is not. The children
the patient teaches name no child to treat; watering the garden is no drink."""

import pytest

from bot.knowledge import subjects as subject_rules
from bot.knowledge.bystanders import without_child_bystander
from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def _route(store, message, intent, named=()):
    return route(ask(message, intent=intent, confidence=0.8, named=named), store)


@pytest.mark.parametrize(
    "message, intent, named",
    [
        (
            "google reviews keep complaining the sessions are too short. how long is an acupuncture session normally?",
            "ask_session_length",
            ["acupuncture"],
        ),
        (
            "ça fait-tu mal le dry needling? les avis sur google disent toute pis son contraire",
            "ask_sensation",
            ["dry_needling"],
        ),
        (
            "a 1 star yelp review says she had bruises for a week after acupuncture. is bruising normal or was that practitioner bad",
            "ask_aftercare",
            ["acupuncture"],
        ),
        (
            "Est-ce qu'une aiguille peut perforer le poumon ? J'ai lu ça dans un avis Google sur un cabinet",
            "ask_safety",
            [],
        ),
        ("does IMS hurt? the reviews on yelp are all over the place", "ask_sensation", ["ims"]),
    ],
)
def test_reviews_told_in_the_story_are_background(store, message, intent, named):
    d = _route(store, message, intent, named)
    assert not (d.subject is not None and d.subject.id == "consumer_matters"), (d.rule, d.subject)
    assert d.kind == "kb", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "comment repérer les faux avis google sur une clinique? y en a qui ont juste des 5 étoiles",
        "Comment on signale un faux avis sur Google ? Un cabinet a 150 avis tous postés le même mois",
        "are online reviews of acupuncturists fake? one place has 500 five star reviews and nothing else",
        "which is more trustworthy for finding a physio, google reviews or yelp?",
        "the clinic closed and I'd prepaid 10 sessions, saw the google reviews. can I get a refund?",
        "my old clinic shut down. they had great google reviews and I paid for a package up front. what can I do?",
    ],
)
def test_reviews_asked_about_or_money_told_stay_declined(store, message):
    found = {s.id for s in subject_rules.not_covered_subjects(message)}
    assert "consumer_matters" in found
    d = _route(store, message, "out_of_scope")
    assert d.kind == "fallback", d.rule


@pytest.mark.parametrize(
    "message",
    [
        "my boss had a stroke last season and he's fine now but he keeps telling me acupuncture is dangerous and I shouldn't go. is it actually safe?",
        "my roommate had a seizure two years ago, she's fine now, and she keeps saying needling is risky. is dry needling safe?",
    ],
)
def test_someone_elses_illness_told_as_over_before_a_general_safety_question(store, message):
    d = _route(store, message, "ask_safety", ["acupuncture"])
    assert d.kind == "kb", (d.rule, d.subject, d.term)


@pytest.mark.parametrize(
    "message",
    [
        "I had a stroke last year, fully recovered. is acupuncture safe?",
        "my boss had a stroke last season, he's fine now. is acupuncture safe for him?",
        "my boss had a stroke last week and he still can't move his arm. is acupuncture safe?",
    ],
)
def test_own_or_still_present_or_asked_for_them_stays_declined(store, message):
    d = _route(store, message, "ask_safety", ["acupuncture"])
    assert d.kind == "fallback", d.rule


def test_the_children_the_patient_teaches_are_no_child_to_treat(store):
    message = "I'm scared of needles like properly scared. the 5 year olds I teach are braver than me. what should I know before I book?"
    assert "year olds" not in without_child_bystander(message)
    for treated in (
        "can my 5 year olds have acupuncture?",
        "the kids I coach have shin splints, would needling help them?",
    ):
        assert without_child_bystander(treated) == treated


@pytest.mark.parametrize(
    "message, subject",
    [
        ("how long does a dry needling session take? I need to be back to water the seedlings before", None),
        ("should I drink lots of water after?", "diet_and_drink"),
        ("water before or after dry needling?", "diet_and_drink"),
    ],
)
def test_watering_the_garden_is_no_drink(message, subject):
    found = {s.id for s in subject_rules.not_covered_subjects(message)}
    assert ("diet_and_drink" in found) == (subject is not None), found
