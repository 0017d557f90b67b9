"""Medicines and pregnancy: a medicine told by its class or shape, kept up alongside treatment,
a supplement or sleep aid, a painkiller among the things tried, a drug test, coming off a medicine
or waiting after a cortisone shot: the medicine questions go to the pharmacist or are declined as
not covered, never answered from a nearby entry. Pregnancy and being postnatal stay declined,
while "not pregnant" is no pregnancy question and a symptom the entries answer that began when a
baby came is answered (written rule 3).

Why: advice on medicines and pregnancy belongs to the patient's pharmacist or doctor.

The tests come from the failure classes of issue 11's held-out sets (heldout9 to heldout31, and
the session 10 logistics and session-talk classes), each tested on new wordings in English and
French; the comment above each test names the set whose failure class it covers."""

from dataclasses import replace

import pytest

from bot.knowledge import subjects
from bot.knowledge.route import route
from tests.helpers.route_questions import ask, assert_not_covered, declined_as_safety


# From heldout9's failure classes (issue 11).
@pytest.mark.parametrize(
    "text",
    [
        "can I carry on taking my sumatriptan while I get acupuncture?",
        "est-ce que je peux continuer à prendre mes bêtabloquants pendant les séances?",
    ],
)
def test_a_medicine_kept_up_alongside_treatment_is_for_the_pharmacist(store, text):
    d = route(ask(text, intent="book", named=("acupuncture",)), store)
    assert d.kind == "fallback" and d.subject.id == "medication"


# From heldout14 or heldout15's failure classes (issue 11).
def test_a_painkiller_among_the_things_tried_before_does_not_decline_a_question_about_needling(store):
    q = ask(
        "does it hurt much?",
        story="neck's been stiff since march, tried yoga, advil, a heat pack. my physio now suggests dry needling.",
        intent="ask_sensation",
        confidence=0.7,
        named=["dry_needling"],
    )
    d = route(q, store)
    assert d.kind == "kb", (d.rule, d.subject)


# From heldout18's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "i take melatonin every night, is that fine with acupuncture?",
        "can i keep taking my magnesium supplements while doing dry needling?",
        "je prends de la mélatonine pour dormir, c'est correct avec l'acupuncture?",
        "is it ok to use a sleep aid the night after IMS?",
    ],
)
def test_a_supplement_or_sleep_aid_with_treatment_goes_to_the_pharmacist(store, message):
    d = declined_as_safety(store, message, "medication")
    assert d.subject.ask == "pharmacist"


# From heldout18's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "will tylenol cancel out the dry needling?",
        "does ibuprofen cancel the benefits of acupuncture?",
        "est-ce que l'advil annule les effets de l'IMS?",
    ],
)
def test_a_medicine_cancelling_out_treatment_is_no_cancelled_visit(store, message):
    assert subjects.clinic_topic(message) is None
    d = declined_as_safety(store, message, "medication", intent="ask_aftercare")
    assert d.kind != "clinic"


# From heldout18's failure classes (issue 11).
def test_cancelling_a_visit_is_still_a_cancellation():
    assert subjects.clinic_topic("i need to cancel my appointment tomorrow") == "cancellation"
    assert subjects.clinic_topic("je dois annuler mon rendez-vous") == "cancellation"


# From heldout18's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "could acupuncture make me fail a drug test?",
        "will IMS show up on a urine screen at work?",
        "l'acupuncture peut-elle fausser un test de dépistage de drogues?",
        "on a des tests antidrogue au travail, l'acupuncture peut-elle poser problème?",
    ],
)
def test_a_drug_test_is_declined(store, message):
    declined_as_safety(store, message, "drug_test")


# From heldout19's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "my acupuncturist sold me a bag of supplements for $150, is that legit?",
        "the last practitioner kept pushing vitamins on me. is that normal?",
        "are the supplements my acupuncturist recommended a scam?",
        "mon acupuncteur m'a vendu des compléments alimentaires à 100$, c'est sérieux?",
    ],
)
def test_supplements_sold_by_a_practitioner_are_declined_not_fees(store, message):
    declined_as_safety(store, message, "products", intent="ask_fees")


# From heldout21a's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "my doctor just put me on bisoprolol, is it ok to have IMS next week?",
        "I'm taking ramipril for my blood pressure, any issue with the needles?",
        "started on atorvastatin last month, does that affect dry needling?",
        "je prends du losartan, est-ce que l'acupuncture pose problème?",
        "if acupuncture works could I wean off my painkillers?",
        "on tramadol and gabapentin, could I come off them if needling works?",
    ],
)
def test_medicines_by_shape_and_coming_off(store, message):
    d = route(ask(message, intent="ask_safety", confidence=0.6), store)
    assert d.kind == "fallback" and d.subject is not None and d.subject.id == "medication", (
        d.rule,
        d.subject,
    )


# From heldout21a's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "does acupuncture help morning nausea? I'm not pregnant, it's from my reflux",
        "je ne suis pas enceinte mais j'ai souvent la nausée, l'acupuncture peut aider?",
        "not pregnant btw, but can needling help with nausea from motion sickness?",
    ],
)
def test_not_pregnant_is_not_pregnancy(store, message):
    d = route(ask(message, intent="ask_conditions", confidence=0.6), store)
    assert d.subject is None or d.subject.id != "pregnancy", d.subject


# From heldout21a's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    ["not pregnant yet but trying, can acupuncture help fertility?", "I'm pregnant, is acupuncture safe?"],
)
def test_pregnancy_still_declined(store, message):
    d = route(ask(message, intent="ask_safety", confidence=0.6), store)
    assert d.subject is not None and d.subject.id == "pregnancy", d.subject


# From heldout28's failure classes (issue 11, tuner UD).
@pytest.mark.parametrize(
    "question,condition",
    [
        ("headaches every day since our daughter was born, would acupuncture help?", "migraine_headache"),
        ("can't sleep since having my baby, could acupuncture help my sleep?", "insomnia"),
        ("je suis stressée depuis l'arrivée du bébé, l'acupuncture peut aider le stress?", "stress"),
        ("migraines since we moved to the city, would acupuncture help?", "migraine_headache"),
    ],
)
def test_a_symptom_since_a_life_event_is_answered(store, question, condition):
    q = ask(question, intent="ask_conditions", named=["acupuncture"])
    q = replace(q, conditions=frozenset([condition]), asked_conditions=frozenset([condition]))
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.subject)


# From heldout28's failure classes (issue 11, tuner UD).
@pytest.mark.parametrize(
    "question,condition,subject",
    [
        (
            "still breastfeeding and my migraines are back, would acupuncture help?",
            "migraine_headache",
            "postnatal",
        ),
        ("j'allaite et je dors mal, l'acupuncture est-elle sans danger?", "insomnia", "postnatal"),
        ("since the baby came, is acupuncture safe for my headaches?", "migraine_headache", "after_birth"),
    ],
)
def test_being_postnatal_itself_stays_declined(store, question, condition, subject):
    q = ask(question, intent="ask_safety", named=["acupuncture"])
    q = replace(q, conditions=frozenset([condition]), asked_conditions=frozenset([condition]))
    d = route(q, store)
    assert (d.kind, d.reason, d.subject.id) == ("fallback", "not_covered", subject), d.rule


# From the session 10 session-talk classes (issue 11).
def test_waiting_after_a_cortisone_shot_in_the_shoulder_is_declined(store):
    message = "got a steroid injection in my shoulder last week. how long should i wait before dry needling?"
    d = route(ask(message, intent="ask_treatment_course", confidence=0.7), store)
    assert_not_covered(store, d, {"injections"})
