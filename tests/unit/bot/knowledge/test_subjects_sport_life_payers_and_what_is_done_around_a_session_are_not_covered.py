"""Questions the documents do not discuss, asked beside needling, are declined by their subject:
what is done around a session (a few beers, a wine tasting, a brace worn, a hard workout the same
evening, going straight back to work, how long to leave before a flight), sport and life questions
(VO2 max, salt tablets, a heart check before a race, a wetsuit or a transfer belt to choose, saddle
sores, ears blocked since a flight, erections, haemochromatosis, low sodium, a phantom limb), a named
public payer or a yearly cap of physio sessions, a spinal fusion (planned, or years ago), ear needles
said in French, a faint asked whether it will happen again, a child to desensitise to needles, a
hospital to choose or a medical evacuation. Each is also asked the other way round so that nothing
the entries answer is declined: a deaf patient, a fused spine told in passing, a wetsuit in a story,
a stump's own muscles or the back of an amputee.

Why: heldout100-105 answered each of these from a nearby entry (after-care, treatment course,
insurance, conditions), which reads as advice the documents never give (session 19, tuner tg;
wordings of our own)."""

import pytest

from bot.knowledge.subjects import not_covered_subject

DECLINED = [
    ("is it fine to have a few beers with the lads after my IMS tonight?", "diet_and_drink"),
    ("on a une dégustation de vins samedi, je peux faire ma séance le matin?", "diet_and_drink"),
    (
        "j'ai un souper ce soir, je vais boire quelques bières, c'est correct après l'acupuncture?",
        "diet_and_drink",
    ),
    ("can I keep wearing my knee brace after acupuncture or should it come off?", "aftercare_actions"),
    (
        "big interval session on the bike tonight, could I still have acupuncture this morning?",
        "aftercare_actions",
    ),
    ("est-ce que je sais reprendre la route tout de suite après la séance?", "aftercare_actions"),
    ("how many days before my flight home should I book the acupuncture?", "travel_after"),
    ("will dry needling lower my marathon time or raise my vo2max?", "performance_boost"),
    ("how many electrolyte pills per hour on a long ride in the heat?", "exercise_advice"),
    ("do I need a heart screening before my first marathon at 60?", "exercise_advice"),
    ("what wetsuit thickness do I need for a lake swim in may?", "products"),
    ("quel lève-personne acheter pour ma mère à la maison?", "products"),
    ("does acupuncture speed up healing of saddle sores from the bike?", "skin"),
    ("since the plane landed my ears won't pop, could needles clear them?", "ear_balance"),
    ("l'acupuncture peut-elle aider ma surdité?", "ear_balance"),
    ("can needles help a man keep an erection?", "pelvic_health"),
    ("I have haemochromatosis and get venesections, is acupuncture ok?", "other_complaints"),
    (
        "my sodium was low after the ironman, hyponatraemia they said. can acupuncture help?",
        "other_complaints",
    ),
    ("does the CPAM pay for acupuncture sessions?", "other_payers"),
    ("mon médecin peut-il me prescrire plus de séances de kiné que les douze prévues?", "other_payers"),
    ("my surgeon is recommending a lumbar fusion, would acupuncture be worth trying first?", "surgery"),
    ("I had a cervical fusion ten years ago, can IMS help my neck now?", "surgery"),
    ("l'acupuncture dans l'oreille pour arrêter de fumer, est-ce efficace?", "ear_acupuncture"),
    ("I blacked out once when a chiropractor needled me, could that happen again with you?", "session_faint"),
    ("could acupuncture desensitise my daughter before her vaccines?", "children"),
    ("my phantom leg itches and burns at night, could acupuncture calm it?", "neurological"),
    ("which hospital is best to give birth in, the general or the civic?", "care_arrangements"),
    ("how does a medevac to the mainland get arranged?", "care_arrangements"),
]

ANSWERED = [
    "je suis sourd de naissance, est-ce que l'acupuncture fait mal?",
    "what training do dry needlers have? I have a fused spine and want someone careful",
    "will the marks show? I have a wetsuit shoot next week",
    "the muscles in my residual limb knot up in the socket, could dry needling release them?",
    "I'm an amputee and my low back aches from the prosthesis, can acupuncture help?",
    "my spine surgeon said needling is fine, can it help my back pain?",
]


@pytest.mark.parametrize("message,subject", DECLINED)
def test_a_question_the_documents_do_not_discuss_is_declined_by_its_subject(message, subject):
    found = not_covered_subject(message)
    assert found is not None and found.id == subject, (message, found)


@pytest.mark.parametrize("message", ANSWERED)
def test_the_same_words_told_beside_an_answerable_question_are_not_declined(message):
    assert not_covered_subject(message) is None, message
