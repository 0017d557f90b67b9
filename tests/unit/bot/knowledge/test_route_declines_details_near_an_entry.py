"""Questions near an entry that the documents do not answer are declined, not answered from the
nearby entry: what a symptom or a test number means, what sets a condition off, whether to come
during an attack or between, sleep apnoea and snoring (written rule 10 keeps "can acupuncture
help my migraines / my sleep?" answered); a medicine told in passing or in a short follow-up
(written rule 7); a shot or a needle-free version compared with needling; an animal's complaint,
a gag reflex, a note for a boss or a teacher; the room spinning after a session (written rule 6).

Why: a nearby entry answering such a question tells the patient something the documents never
said; the honest answer is that the assistant has no information, and who can help.

The tests are session 12 failure classes, on new wordings in English and French."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined


@pytest.mark.parametrize(
    "text",
    [
        "what does a migraine aura mean",
        "c'est quoi une aura avant la migraine?",
        "what triggers a migraine, is it cheese or wine?",
        "quels aliments déclenchent les migraines?",
        "is it better to get needled during a headache or wait till it's gone?",
        "faut-il faire l'acupuncture pendant une crise de migraine ou entre les crises",
        "can acupuncture help sleep apnoea",
        "i snore really loud, would needles stop the snoring?",
        "est-ce que l'acupuncture aide pour l'apnée du sommeil?",
        "my grip test was 18 kg, is that low for a 70 year old man?",
    ],
)
def test_condition_details_are_declined(store, text):
    declined(store, text, "condition_details", "ask_conditions")


@pytest.mark.parametrize(
    "text",
    [
        "my inr is 2.9 today, ok to get needled tomorrow?",
        "my blood clotting number was 3.1, is that too high for needles?",
        "mon RNI est à 3, je peux garder mon rendez-vous?",
    ],
)
def test_a_clotting_number_is_the_blood_thinner_subject(store, text):
    declined(store, text, "blood_thinners", "ask_safety")


@pytest.mark.parametrize(
    "text",
    [
        "can acupuncture help my migraines?",
        "can acupuncture help my insomnia?",
        "l'acupuncture aide-t-elle pour le sommeil?",
    ],
)
def test_a_named_use_stays_answered(store, text):
    d = route(ask(text, intent="ask_evidence", named=["acupuncture"]), store)
    assert d.kind == "kb", (d.rule, d.subject)


@pytest.mark.parametrize(
    "text",
    [
        "even if i take quetiapine every night?",
        "what if she takes seroquel at bedtime?",
        "she's on birth control, does that matter?",
        "elle prend la pilule, ça change quelque chose?",
        "is it ok to take a lorazepam before my session so i'm less nervous",
        "je peux prendre un ativan avant mon rendez-vous pour me calmer?",
    ],
)
def test_a_medicine_told_in_passing_is_declined(store, text):
    declined(store, text, "medication", "ask_safety")


@pytest.mark.parametrize(
    "text, subject",
    [
        ("could they put some emla on first?", "other_tcm"),
        ("can you numb my skin before the needles go in", "other_tcm"),
        ("is there a kind of acupuncture with no needles?", "other_tcm"),
        ("l'acupuncture au laser, vous faites ça?", "other_tcm"),
        ("a steroid jab or dry needling for my elbow, which one should i go for?", "injections"),
        ("infiltration de cortisone ou puncture sèche, lequel choisir?", "injections"),
        ("had cortisone in my shoulder 4 days ago, can they needle the same shoulder?", "injections"),
    ],
)
def test_other_treatments_compared_or_combined_are_declined(store, text, subject):
    declined(store, text, subject, "ask_technique")


@pytest.mark.parametrize(
    "text, subject",
    [
        ("can my dog get acupuncture for his bad hips", "animals"),
        ("my mare has a stiff neck, do you know an acupuncturist who does horses", "animals"),
        ("i have a really bad gag reflex at the dentist, can needles help with that", "everyday_complaints"),
        ("j'ai des haut-le-coeur chez le dentiste, l'acupuncture peut aider?", "everyday_complaints"),
        ("could you write a letter for my manager saying i need monday off", "notes_for_others"),
        ("pouvez-vous me faire un mot pour mon prof pour manquer l'examen?", "notes_for_others"),
    ],
)
def test_things_the_documents_never_name_are_declined(store, text, subject):
    declined(store, text, subject, "human_handoff")


def test_proof_of_a_visit_stays_with_the_front_desk(store):
    d = route(ask("can you give me a note for work showing i attended today?", intent="human_handoff"), store)
    assert d.kind == "contact", (d.rule, d.subject)


@pytest.mark.parametrize(
    "text",
    [
        "the room was spinning for a minute after my acupuncture yesterday, why?",
        "everything was spinning a bit after my dry needling, gone after a few minutes. normal?",
        "tout tournait autour de moi quelques minutes après l'acupuncture hier, c'est normal?",
    ],
)
def test_the_room_spinning_after_a_session_is_declined(store, text):
    declined(store, text, "session_reaction", "ask_aftercare")


@pytest.mark.parametrize(
    "text, intent",
    [
        ("do i need an attorney after the crash or can i handle the claim alone?", "ask_insurance"),
        ("est-ce que je devrais prendre un avocat après mon accident de vélo?", "nlu_fallback"),
        ("can you suggest a good brand of blue-blocking glasses for my eye strain?", "ask_conditions"),
        ("des lunettes anti-lumière bleue, lesquelles acheter?", "nlu_fallback"),
    ],
)
def test_a_lawyer_or_glasses_to_buy_is_out_of_scope(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.6), store)
    assert (d.kind, d.reason) == ("fallback", "out_of_scope"), (d.rule, d.subject)


@pytest.mark.parametrize(
    "story, question",
    [
        (
            "the sports doc offered a steroid jab for my tennis elbow, my physio prefers dry needling.",
            "which should i go with?",
        ),
        (
            "mon médecin propose une infiltration pour mon épaule et ma physio parle de puncture sèche.",
            "laquelle choisir?",
        ),
    ],
)
def test_a_choice_between_a_shot_told_and_needling_is_declined(store, story, question):
    declined(store, question, "injections", "ask_choosing", story=story)
