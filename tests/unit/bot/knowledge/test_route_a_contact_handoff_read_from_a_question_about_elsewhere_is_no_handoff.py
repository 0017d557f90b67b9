"""Issue 11, session 19: a location or contact hand-off the classifier read from a question about
somewhere or someone else (where to get something made or find a doctor in a named town, one's own
practitioner in another town, clinics phoned around to compare, a claim with a company) is no
question for our front desk: what is asked decides. Nothing about needling in it is declined; how the
practitioner told of was trained is who gives it; what to ask when phoning around is choosing one.
Our own address or phone, asked, stays a hand-off."""

import pytest

from bot.knowledge.route import route
from tests.unit.bot.knowledge.test_route import ask


def _as_read(text, intent, named=()):
    return ask(text, intent=intent, confidence=0.5, named=named, full_text=text)


@pytest.mark.parametrize(
    "text, intent",
    [
        (
            "where could I get custom orthotics made in Halifax? the podiatrist is booked till spring",
            "ask_location",
        ),
        ("comment trouver un dentiste à Lyon? personne ne prend de nouveaux patients", "ask_location"),
        ("how do I open a claim with Uber Eats? nobody picks up", "ask_contact"),
    ],
)
def test_a_handoff_read_from_a_question_about_another_place_is_declined(store, text, intent):
    d = route(_as_read(text, intent), store)
    assert d.kind == "fallback", d
    assert d.reason in ("out_of_scope", "not_covered"), d


@pytest.mark.parametrize(
    "text, intent, named",
    [
        (
            "My PT in Leeds started doing dry needling on me. What training does he have for it?",
            "ask_location",
            ["dry_needling"],
        ),
        (
            "Ma kiné à Lyon veut me faire de l'acupuncture. Elle est formée comment?",
            "ask_location",
            ["acupuncture"],
        ),
    ],
)
def test_how_a_practitioner_elsewhere_was_trained_is_who_gives_it(store, text, intent, named):
    d = route(_as_read(text, intent, named), store)
    assert d.kind == "kb", d
    assert d.topic == "practitioners", d


def test_what_to_ask_when_phoning_around_acupuncture_clinics_is_choosing(store):
    d = route(
        _as_read(
            "before I phone around acupuncture clinics, what should I be asking them?",
            "ask_contact",
            ["acupuncture"],
        ),
        store,
    )
    assert d.kind == "kb", d
    assert d.topic == "choosing", d


@pytest.mark.parametrize(
    "text, intent",
    [
        ("what's your address? I'm coming from Kanata", "ask_location"),
        ("are you near Ottawa? what's the phone number", "ask_contact"),
    ],
)
def test_our_own_address_or_phone_asked_stays_a_handoff(store, text, intent):
    d = route(_as_read(text, intent), store)
    assert d.kind == "contact", d


@pytest.mark.parametrize(
    "text, intent",
    [
        ("is this conversation saved somewhere? who can read my messages", "ask_location"),
        ("does a real person read this chat?", "human_handoff"),
        ("c'est un bot? qui voit mes messages?", "bot_identity"),
    ],
)
def test_whether_this_chat_is_kept_or_read_is_no_handoff(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.8), store)
    assert d.kind == "fallback", d
    assert d.reason == "out_of_scope", d
