"""Session 16: how to check a practitioner is legit or find one to trust, who is supposed to give the
treatment, whether a practitioner has the right or is recognised (in French too), and a short course
told then "is that allowed?" are the practitioners entries, whatever topic the classifier guessed; a
cash payment told of someone else in the story is no question for the front desk. "On a le droit de
boire après?" (the patient may do something) and "is acupuncture legit?" (the treatment) are not."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def practitioners(d):
    assert d.kind == "kb" and d.entry.topic == "practitioners", (d.kind, d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "question, story, intent, named",
    [
        (
            "how would I know if a dry needling physio is legit?",
            "a guy at my gym does it for cash.",
            "ask_practitioners",
            ("dry_needling",),
        ),
        ("how do I make sure an acupuncturist is the real deal?", "", "human_handoff", ("acupuncture",)),
        (
            "how do I find a practitioner I can trust?",
            "the last place felt dodgy.",
            "ask_origins",
            ("acupuncture",),
        ),
        ("comment trouver une acupunctrice sérieuse?", "", "ask_choosing", ("acupuncture",)),
        ("le kiné a-t-il le droit de faire de l'IMS?", "", "ask_technique", ("ims",)),
        ("les physios sont-ils reconnus pour faire ça?", "", "ask_safety", ("dry_needling",)),
        (
            "who's actually meant to be doing IMS, a doctor?",
            "my trainer offered to do it.",
            "ask_evidence",
            ("ims",),
        ),
    ],
)
def test_checking_or_finding_a_proper_practitioner(store, question, story, intent, named):
    practitioners(route(ask(question, story=story, intent=intent, named=named), store))


@pytest.mark.parametrize(
    "question, story, intent",
    [
        (
            "is that even allowed?",
            "my chiro did a two-day course in dry needling and wants to try it on me.",
            "ask_aftercare",
        ),
        (
            "is that the same as a licensed acupuncturist?",
            "she only did an online course in acupuncture.",
            "ask_difference",
        ),
    ],
)
def test_a_short_course_told_then_asked_about(store, question, story, intent):
    named = ("dry_needling",) if "dry" in story else ("acupuncture",)
    practitioners(route(ask(question, story=story, intent=intent, named=named), store))


@pytest.mark.parametrize(
    "question, intent, named",
    [
        ("on a le droit de boire de l'alcool après l'acupuncture?", "ask_aftercare", ("acupuncture",)),
        ("is acupuncture legit or just a placebo?", "ask_evidence", ("acupuncture",)),
    ],
)
def test_the_patients_own_permission_or_the_treatment_itself_is_not(store, question, intent, named):
    d = route(ask(question, intent=intent, named=named), store)
    assert not (d.kind == "kb" and d.entry.topic == "practitioners"), (d.rule, d.entry and d.entry.id)
