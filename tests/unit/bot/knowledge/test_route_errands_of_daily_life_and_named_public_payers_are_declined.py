"""Questions far from health and the clinic are declined as out of scope, not handed to the front desk,
answered with a nearby entry or met with likely questions as buttons (issue 11): an errand of daily life
by its subject in the question sentence (the garden, the weather on the road, a ferry, a room or a place
to rent, the grape harvest, a chip shop, a working-holiday visa), and an unsure question with nothing of
health, the body, a treatment or the clinic in it (`nothing_of_ours`). Named public or work-injury payers
and a farm-worker programme's insurance (WorkplaceNL, MSI, the CNSS, the CNAM, the SAWP), and lost income
claimed after an accident, are declined (written rule 5). Quiet controls: the clinic's logistics with an
errand's word, an errand told only in the story, and an unsure clinic question with no health word stay ours.

Session 22, tuner UB, from the failure class of the spent sets (vt-018, vt-019, vt-098, vt-153, vp-091,
vr-041, vr-066, vr-075, vr-089, vo-018, vr-043, vq-102, vq-159, vr-009, vr-099, vs-072, vs-157, vv-059);
other wordings, English and French."""

import pytest

from bot.knowledge.route import nothing_of_ours, route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text,intent",
    [
        ("when should I plant out my peppers? we still get frost at night", "ask_aftercare"),
        ("how do I get a plot at the allotment garden? is there a list", "ask_location"),
        ("c'est quand le bon moment pour tailler mes rosiers et mes oliviers?", "ask_aftercare"),
        ("is the fog going to lift by noon? I'm driving in from the coast", "ask_aftercare"),
        ("what time is the ferry to the island on sunday?", "book"),
        ("anyone know someplace renting an apartment near the harbour?", "human_handoff"),
        ("où je peux trouver un logement pas cher à Gaspé pour l'été?", "ask_hours"),
        ("best fish and chips in town?", "nlu_fallback"),
        ("how much does a day of grape picking pay?", "nlu_fallback"),
    ],
)
def test_an_errand_of_daily_life_is_out_of_scope(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.7), store)
    assert d.kind == "fallback" and d.reason in ("out_of_scope", "not_covered"), (d.rule, d.kind, d.reason)


@pytest.mark.parametrize(
    "text,intent",
    [
        ("should my mother stop driving at 90? she scraped a car at the mall", "nlu_fallback"),
        ("how do i renew my MCP card, it ran out in june", "ask_treatment_course"),
        ("quel temps va-t-il faire à Rimouski demain", "nlu_fallback"),
    ],
)
def test_an_unsure_question_with_nothing_of_ours_is_out_of_scope(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.3), store)
    assert (d.kind, d.reason) == ("fallback", "out_of_scope"), (d.rule, d.kind, d.reason)


@pytest.mark.parametrize(
    "text,intent,confidence",
    [
        ("will WorkplaceNL cover dry needling for my shoulder?", "ask_insurance", 0.9),
        ("WHSCC pays for acupuncture after a work injury?", "ask_insurance", 0.9),
        ("MSI paye-tu pour l'acupuncture?", "inform_modality", 0.35),
        ("La CNSS rembourse l'acupuncture au Maroc ?", "ask_insurance", 0.9),
        ("la CNAM prend en charge la puncture sèche ?", "ask_insurance", 0.7),
        ("I'm on the SAWP program, does our insurance pay for acupuncture?", "ask_insurance", 0.7),
        ("how do I claim lost wages from the driver who hit me?", "ask_origins", 0.8),
        ("comment je déclare mes jours perdus après ma chute ?", "ask_aftercare", 0.6),
    ],
)
def test_a_named_public_payer_or_lost_income_is_declined(store, text, intent, confidence):
    d = route(ask(text, intent=intent, confidence=confidence), store)
    assert d.kind == "fallback" and d.reason == "not_covered", (d.rule, d.kind, d.reason)


@pytest.mark.parametrize(
    "text,story,intent",
    [
        ("is it foggy enough that you'd close?", "", "ask_hours"),
        ("is there parking near the ferry terminal for your clinic?", "", "ask_location"),
        (
            "do i need a referral to come in?",
            "no family doc since i moved over for the ferry job",
            "ask_insurance",
        ),
        ("vous parlez français ?", "je suis vendangeur en saison dans l'Okanagan", "human_handoff"),
        ("do you do home visits?", "dad can't really get out of the apartment in winter", "human_handoff"),
    ],
)
def test_the_clinics_questions_with_an_errands_word_stay_ours(store, text, story, intent):
    d = route(ask(text, story=story, intent=intent, confidence=0.8), store)
    assert d.reason not in ("out_of_scope",), (d.rule, d.kind, d.reason)


@pytest.mark.parametrize(
    "text",
    [
        "can I pay by e-transfer?",
        "where do I park?",
        "is it normal to fall asleep on the table?",
        "can someone call me back",
        "how soon should I notice something?",
    ],
)
def test_an_unsure_clinic_question_is_not_read_as_nothing_of_ours(store, text):
    assert not nothing_of_ours(ask(text, intent="nlu_fallback", confidence=0.3), store)


@pytest.mark.parametrize(
    "text",
    [
        # someone taken ill in words no health list has: never "out of scope" (session 22, after wb-148)
        "my rodman just went down, he's confused, talking nonsense and his skin is hot and dry",
        "my buddy is shaking all over and his lips look weird, what do we do",
        "ma collègue dit n'importe quoi depuis tantôt et elle a de la fièvre, on fait quoi",
        "the kid fainted in the lineup and still looks grey",
    ],
)
def test_someone_taken_ill_is_never_read_as_nothing_of_ours(store, text):
    assert not nothing_of_ours(ask(text, intent="nlu_fallback", confidence=0.3), store)
