"""Issue 11, heldout24's clinic-logistics and entry-choice classes, tested on new wordings.

Clinic: a charge for not turning up is the cancellation policy, not the fees; moving a visit to
another day is the cancellation policy too (its notice, the booking link, the phone); reserved hours for people at
risk and the same practitioner every visit go to the front desk (no clinic.yml answer covers
them); whether plans cover a treatment at all is the insurance entry (written rule 5), billing
the plan directly stays the clinic's. Entries: the ache or heaviness around a needle ("de qi")
is how it feels; whether acupuncture looks at the whole person is the whole-person entry;
dozing off or snoring on the table is how it feels; a needle touching the lung is safety; "A or
B for my back?" is choosing between them.
"""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def _route(store, message, intent, **kw):
    return route(ask(message, intent=intent, confidence=kw.pop("confidence", 0.8), **kw), store)


# --- clinic logistics ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "will I be charged if I don't show up?",
        "what happens if i just dont turn up to my appointment, do i still pay?",
        "is there a fee if I never show up for my session?",
        "si je ne me présente pas au rendez-vous, est-ce que je dois payer?",
        "est-ce que je paie quand même si je ne viens pas au rendez-vous?",
        "des frais si on ne se présente pas?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_fees", "ask_contact", "nlu_fallback"])
def test_a_charge_for_not_turning_up_is_the_cancellation_policy(store, message, intent):
    d = _route(store, message, intent)
    assert (d.kind, d.clinic_topic) == ("clinic", "cancellation"), d.rule


def test_bruises_that_do_not_show_up_are_no_missed_visit(store):
    d = _route(store, "the bruises don't show up until the next day, is that normal?", "ask_aftercare")
    assert d.kind == "kb", d.rule


@pytest.mark.parametrize(
    "message",
    [
        "need to move my appointment from tuesday to friday",
        "can i push my friday session back to next week?",
        "i need to reschedule my appt tomorrow, something came up",
        "je voudrais déplacer mon rendez-vous de mardi à jeudi",
        "je dois reporter mon rdv de lundi à la semaine prochaine",
    ],
)
@pytest.mark.parametrize("intent", ["book", "ask_contact", "nlu_fallback"])
def test_moving_a_visit_gets_the_cancellation_policy_with_its_notice(store, message, intent):
    # the clinic's cancellation reply carries the notice needed, the booking link and the phone
    d = _route(store, message, intent)
    assert (d.kind, d.clinic_topic) == ("clinic", "cancellation"), d.rule


@pytest.mark.parametrize(
    "message",
    [
        "need to move tomorrow's appt, will i be charged?",
        "how much notice do I need to give to move my thursday appointment?",
        "je dois déplacer mon rendez-vous de lundi, est-ce possible sans frais?",
        "i need to cancel tomorrow's appointment",
    ],
)
def test_moving_with_the_policy_asked_is_the_cancellation_policy(store, message):
    d = _route(store, message, "book")
    assert (d.kind, d.clinic_topic) == ("clinic", "cancellation"), d.rule


@pytest.mark.parametrize(
    "message",
    [
        "do you have reserved hours for immunocompromised patients?",
        "are there special times set aside for people with a weak immune system?",
        "avez-vous des plages horaires réservées pour les personnes âgées?",
        "des créneaux réservés aux personnes immunodéprimées?",
        "will i see the same physio every time or does it change?",
        "can I have the same acupuncturist each visit?",
        "is it the same person each visit?",
        "c'est toujours la même acupunctrice à chaque séance?",
        "est-ce que je vais voir le même physio à chaque fois?",
    ],
)
@pytest.mark.parametrize("intent", ["book", "ask_hours", "nlu_fallback"])
def test_special_arrangements_go_to_the_front_desk(store, message, intent):
    d = _route(store, message, intent)
    assert d.kind == "contact", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message, named",
    [
        ("do insurance plans cover dry needling or do people pay out of pocket", ["dry_needling"]),
        ("does insurance usually cover acupuncture or do most people pay themselves?", ["acupuncture"]),
        ("are IMS treatments covered by benefits plans, or is it out of pocket?", ["ims"]),
        ("les assurances couvrent-elles la puncture sèche ou on paie de sa poche?", ["dry_needling"]),
    ],
)
def test_whether_plans_cover_it_at_all_is_the_insurance_entry(store, message, named):
    d = _route(store, message, "ask_insurance", named=named)
    assert (d.kind, d.entry.topic if d.entry else None) == ("kb", "insurance"), (d.rule, d.clinic_topic)


@pytest.mark.parametrize(
    "message",
    [
        "do you bill my insurance directly or do i pay out of pocket?",
        "est-ce que vous facturez directement mon assurance?",
    ],
)
def test_billing_the_plan_directly_stays_the_clinics(store, message):
    d = _route(store, message, "ask_insurance")
    assert (d.kind, d.clinic_topic) == ("clinic", "direct_billing"), d.rule


# --- entry choice -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message, intent",
    [
        ("my acupuncturist said i'd feel an ache around the needle, is that the de qi thing?", "ask_origins"),
        ("a dull ache at the point where the needle is, does it mean it's working?", "ask_evidence"),
        ("is the heavy feeling around the needle a good sign?", "ask_overview"),
        ("la lourdeur autour de l'aiguille, c'est le de qi?", "ask_origins"),
        ("une pression près de l'aiguille, ça veut dire que ça marche?", "ask_evidence"),
    ],
)
def test_the_feeling_around_a_needle_is_how_it_feels(store, message, intent):
    d = _route(store, message, intent, named=["acupuncture"])
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "message",
    [
        "does acupuncture look at my whole health or just my sore knee?",
        "will the acupuncturist treat the whole person or just my bad shoulder?",
        "is acupuncture holistic or does it only fix the sore hip?",
        "est-ce que l'acupuncture s'occupe de ma santé en général ou juste de mon dos?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_evidence", "out_of_scope", "ask_conditions"])
def test_the_whole_person_question_is_the_whole_person_entry(store, message, intent):
    d = _route(store, message, intent, named=["acupuncture"], conditions=["knee_pain"])
    assert d.kind == "kb" and d.entry.id == "acu-overview-whole-person", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "message, intent",
    [
        ("what if i fall asleep and snore during acupuncture? so embarrassing", "ask_choosing"),
        ("my husband snores, what if he falls asleep on the table?", "ask_treatment_course"),
        ("je vais mourir de honte si je m'endors et que je ronfle sur la table", "ask_treatment_course"),
        ("et si je ronfle pendant la séance?", "ask_technique"),
    ],
)
def test_dozing_off_or_snoring_on_the_table_is_how_it_feels(store, message, intent):
    d = _route(store, message, intent, named=["acupuncture"])
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "message, intent",
    [
        ("what would it feel like if the needle touched my lung?", "ask_sensation"),
        ("if the needle hit my lung would i even notice?", "ask_technique"),
        ("si jamais l'aiguille touchait le poumon, je le sentirais comment?", "ask_technique"),
        ("et si l'aiguille atteignait le poumon, ça ferait quoi?", "ask_sensation"),
    ],
)
def test_a_needle_touching_the_lung_is_safety(store, message, intent):
    d = _route(store, message, intent, named=["dry_needling"])
    assert d.kind == "kb" and d.entry.topic == "safety", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "message, intent",
    [
        ("acupuncture or dry needling for a sore lower back from lifting boxes all day?", "ask_aftercare"),
        ("dry needling or acupuncture for my neck? i'm a hairdresser and stand all day", "ask_technique"),
        ("l'acupuncture ou la puncture sèche pour mon dos? je suis infirmière", "ask_sensation"),
        ("IMS vs dry needling for a stiff back from driving a truck?", "ask_overview"),
    ],
)
def test_a_or_b_for_a_complaint_is_choosing(store, message, intent):
    named = ["ims", "dry_needling"] if message.startswith("IMS") else ["acupuncture", "dry_needling"]
    d = _route(store, message, intent, named=named)
    assert d.kind == "kb" and d.entry.topic == "choosing", (d.rule, d.entry and d.entry.id)
