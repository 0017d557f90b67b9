"""Money and clinic requests worded in the patient's own way (session 13, tuner TK, from the failure
classes of heldout47-50; new wordings).

- What a plan pays, the plan known by any name (a student, campus or basic-tier plan, an insurer
  told as "I'm with X, will they pay", "does X cover", a yearly count of sessions reimbursed), is
  declined as a named plan (written rule 5): only that plan can say. Insurance in general stays
  the insurance entry.
- Billing someone else's plan directly, claiming on the spot and paying the gap: direct billing.
- Someone on staff asked for by the language they speak: the clinic's languages.
- What to bring asked for someone else or with "il faut": what to bring, not the first visit.
- Someone else not turning up, or being ill on the day, with the charge asked: cancellation.
- Asking to book and saying when or with whom: a booking.
- The clinic asked whether it is open on a day, a video visit, a complaint about the clinic's own
  staff: the front desk."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined


@pytest.mark.parametrize(
    "text",
    [
        "does Medibank cover dry needling?",
        "I'm insured with Zurich, would they pay for acupuncture sessions?",
        "my campus health plan, how many IMS sessions does it pay for?",
        "does my Aviva plan cover IMS at all?",
        "est-ce que la MUTAG rembourse l'acupuncture?",
        "l'assurance étudiante de mon université couvre-t-elle l'aiguille sèche?",
        "ça compte dans mes 10 séances remboursées par an, l'IMS?",
    ],
)
def test_a_plan_known_by_any_name_is_a_named_plan(store, text):
    declined(store, text, ("named_plan", "other_payers"), "ask_insurance")


@pytest.mark.parametrize(
    "text",
    [
        "is acupuncture covered by insurance?",
        "does insurance usually cover dry needling?",
    ],
)
def test_insurance_in_general_stays_the_entry(store, text):
    d = route(ask(text, intent="ask_insurance", confidence=0.9), store)
    assert d.kind == "kb", (d.rule, d.subject)


@pytest.mark.parametrize(
    ("text", "intent", "topic"),
    [
        ("can I pay just the gap with my health fund card?", "ask_insurance", "direct_billing"),
        ("can you bill my mum's insurance directly?", "ask_insurance", "direct_billing"),
        ("vous facturez directement à la SAAQ?", "ask_insurance", "direct_billing"),
        ("is there someone on staff who speaks Twi?", "bot_identity", "languages"),
        ("vous avez quelqu'un qui parle peul?", "bot_identity", "languages"),
        ("what should my husband bring to his first appointment?", "ask_session_length", "what_to_bring"),
        ("que faut-il apporter à la première séance?", "nlu_fallback", "what_to_bring"),
        (
            "what should I bring to the first visit, my doctor's referral?",
            "ask_session_length",
            "what_to_bring",
        ),
        ("do you charge if my dad doesn't show up?", "nlu_fallback", "cancellation"),
        ("if I'm sick that morning do I still have to pay?", "nlu_fallback", "cancellation"),
    ],
)
def test_clinic_requests_in_own_words(store, text, intent, topic):
    d = route(ask(text, intent=intent, confidence=0.5), store)
    assert (d.kind, d.clinic_topic) == ("clinic", topic), (d.rule, d.kind, d.clinic_topic, d.subject)


@pytest.mark.parametrize(
    "text",
    [
        "I'd like to book acupuncture. Tuesday mornings suit me",
        "j'aimerais réserver une séance d'IMS. le jeudi soir idéalement",
        "could I book dry needling with a male physio?",
    ],
)
def test_asking_to_book_with_a_time_or_a_practitioner_is_a_booking(store, text):
    story, _, question = text.rpartition(". ")
    d = route(ask(question or text, story=story, intent="ask_aftercare", confidence=0.45), store)
    assert d.kind == "booking", (d.rule, d.kind, d.subject)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("vous êtes ouverts le dimanche?", "ask_hours"),
        ("do you do virtual appointments?", "ask_session_length"),
        ("who do I speak to about a problem with one of your physios?", "bot_identity"),
        ("can the acupuncturist sign the WSIB form or does my GP have to?", "out_of_scope"),
        ("est-ce que le kiné peut compléter le formulaire de la SAAQ?", "out_of_scope"),
    ],
)
def test_front_desk_requests(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.5), store)
    assert d.kind == "contact", (d.rule, d.kind, d.reason, d.subject)


@pytest.mark.parametrize(
    "text",
    [
        "my union plan wants a referral before it pays, do I need one from my GP?",
        "the campus plan only reimburses with a doctor's note. should I still get one?",
    ],
)
def test_whether_to_get_the_referral_a_plan_asks_for_is_referral(store, text):
    d = route(ask(text, intent="ask_insurance", confidence=0.6), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "referral"), (d.rule, d.kind, d.subject)
