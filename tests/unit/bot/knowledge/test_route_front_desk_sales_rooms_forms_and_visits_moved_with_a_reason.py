"""Issue 11, clinic logistics by their general causes (session 15, tuner tc), on new wordings in
English and French.

Something the clinic may sell, asked of the clinic, is the front desk's (never the decline for the
thing sold, nor an unknown health word), and so is a gift card with a subject told only in the
story; the room and its senses (shared or private, quiet, dim lights), the forms in another format
and the clinic's fax number go to the front desk too. A table that lowers or help to transfer, and a
guide dog, are the access answer. A visit moved with a reason told after it stays a cancellation,
whatever the reason names; direct billing names any plan, a possessive one too. Health questions
stay out: someone else selling herbs, a product bought online or for a complaint, getting a guide
dog, wearing a tape after a session."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def _contact(store, question, intent, confidence, story=""):
    d = route(ask(question, story=story, intent=intent, confidence=confidence), store)
    assert d.kind == "contact", (d.kind, d.rule, d.subject and d.subject.id, d.clinic_topic)


@pytest.mark.parametrize(
    "question,intent,confidence",
    [
        ("do you guys stock cupping sets at reception?", "ask_contact", 0.5),
        ("can I buy a couple of those moxa sticks from you?", "ask_technique", 0.45),
        ("do you also sell TENS machines?", "ask_treatment_course", 0.4),
        ("vendez-vous des ventouses à la réception?", "ask_contact", 0.4),
        ("est-ce que je peux acheter une attelle à la clinique?", "nlu_fallback", 0.3),
    ],
)
def test_something_sold_at_the_clinic_is_the_front_desks(store, question, intent, confidence):
    _contact(store, question, intent, confidence)


def test_a_gift_card_with_a_subject_told_in_the_story_is_the_front_desks(store):
    _contact(
        store,
        "do you do gift certificates?",
        "ask_contact",
        0.45,
        story="my brother just finished chemo and wants to try acupuncture.",
    )


@pytest.mark.parametrize(
    "question,intent,confidence",
    [
        ("are the treatment rooms shared or does everyone get their own room?", "ask_evidence", 0.4),
        ("is there a darker room I could use? bright lights trigger my headaches", "bot_identity", 0.5),
        ("could you turn down the music during my session?", "ask_sensation", 0.45),
        ("les salles de traitement sont-elles privées?", "nlu_fallback", 0.3),
        ("est-ce possible d'avoir une lumière tamisée pendant la séance?", "greet", 0.4),
    ],
)
def test_the_room_and_its_senses_are_the_front_desks(store, question, intent, confidence):
    _contact(store, question, intent, confidence)


@pytest.mark.parametrize(
    "question",
    [
        "is your paperwork available in braille?",
        "could you send the forms as something my screen reader can handle?",
        "avez-vous les formulaires en gros caractères?",
    ],
)
def test_the_forms_in_another_format_are_the_front_desks(store, question):
    _contact(store, question, "ask_contact", 0.6)


@pytest.mark.parametrize(
    "question,story",
    [
        ("what's the clinic's fax number?", "my workers comp adjuster has to send over an approval."),
        ("c'est quoi votre numéro de fax?", "la SAAQ doit vous envoyer un formulaire."),
    ],
)
def test_the_fax_number_with_a_payer_in_the_story_is_the_front_desks(store, question, story):
    _contact(store, question, "ask_contact", 0.7, story=story)


@pytest.mark.parametrize(
    "question",
    [
        "is there a treatment bed that lowers? my legs don't lift well",
        "will someone assist me getting onto the table from my chair?",
        "avez-vous une table réglable? je suis en fauteuil",
        "my seeing-eye dog comes everywhere with me, ok at your clinic?",
        "mon chien-guide peut-il rester à côté de moi pendant le traitement?",
    ],
)
def test_getting_onto_the_table_and_a_guide_dog_are_the_access_answer(store, question):
    d = route(ask(question, intent="out_of_scope", confidence=0.55), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "accessibility"), (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "have to push Tuesday's session, my daughter's wedding got moved",
        "can we change tomorrow's appt? my scooter battery died",
        "could I switch it to next thursday? the roads are closed",
        "je dois déplacer mon rendez-vous de mercredi, mon fils est hospitalisé",
    ],
)
def test_moving_a_visit_with_a_reason_is_a_cancellation(store, question):
    d = route(ask(question, intent="ask_treatment_course", confidence=0.5), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "cancellation"), (d.kind, d.rule, d.clinic_topic)


@pytest.mark.parametrize(
    "question",
    [
        "can you bill my wife's union plan directly?",
        "do you direct-bill my partner's employer's benefits?",
        "facturez-vous directement mon régime d'assurance collective?",
    ],
)
def test_direct_billing_names_any_plan(store, question):
    d = route(ask(question, intent="ask_insurance", confidence=0.95), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "direct_billing"), (d.kind, d.rule)


def test_what_to_bring_in_the_order_of_a_statement(store):
    d = route(
        ask("what we should bring to the first visit? our passports?", intent="ask_session_length"), store
    )
    assert (d.kind, d.clinic_topic) == ("clinic", "what_to_bring"), (d.kind, d.rule, d.clinic_topic)


def test_booking_two_people_together_is_a_booking(store):
    d = route(
        ask("I'd like to book acupuncture for myself and my sister back to back", intent="ask_choosing"),
        store,
    )
    assert d.kind == "booking", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question,intent",
    [
        ("my naturopath wants to sell me a tincture for sleep, is it safe with acupuncture?", "ask_safety"),
        ("how long is the wait to get a guide dog?", "nlu_fallback"),
        ("do I keep the kinesio tape on after my needling?", "ask_aftercare"),
        ("do you sell moxa kits I could order online?", "ask_treatment_course"),
        ("do you sell a rub for aching shoulders?", "nlu_fallback"),
    ],
)
def test_health_questions_stay_out_of_logistics(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.5), store)
    assert d.kind not in ("clinic", "contact"), (d.kind, d.rule, d.clinic_topic)
