"""Subjects the documents don't cover, in wordings their patterns missed, are declined in both
languages instead of being answered from a nearby entry: a child's age typed as "my 9 year olds",
a caesarean or "had X repair surgery" asked with "yet" or "too soon", a doctor of another
speciality or a chair to recommend, "do you guys see cats?", an allergy to cheap jewellery told
with the needles, a sport's anti-doping rules, shedding a few pounds, a province's public plan or
crime-victim compensation, hands and feet always cold or poor circulation, more energy.

Why: written rules 2, 5 and 7 and the subjects of knowledge/not_covered.yml; heldout9, 22, 38, 39,
44 and 46 had such questions answered from the conditions, needles, insurance or regulation
entries. Each case is a wording of our own. What the entries do answer (qi as the body's energy,
blood flow in a muscle knot, a doctor quoted on migraine research) stays answered."""

import pytest

from tests.helpers.route_questions import answered, declined


@pytest.mark.parametrize(
    "message, subject, intent",
    [
        ("does my 9 year olds asthma get better with acupuncture", "children", "ask_conditions"),
        ("can dry needling calm my 14 year olds nerves before exams", "children", "ask_conditions"),
        (
            "had an emergency c-section in march, is it too soon for needling on my back?",
            ("surgery", "postnatal"),
            "ask_safety",
        ),
        ("got my hip labrum repair surgery 5 weeks ago, can I get IMS there yet?", "surgery", "ask_safety"),
        (
            "j'ai eu une césarienne il y a 2 mois, c'est trop tôt pour l'acupuncture?",
            ("surgery", "postnatal"),
            "ask_safety",
        ),
        ("could you recommend a decent rheumatologist near here?", "other_trades", "out_of_scope"),
        ("vous connaissez un bon rhumatologue?", "other_trades", "out_of_scope"),
        ("what's the best recliner for a bad back?", "products", "out_of_scope"),
        ("do you guys see cats? mine has arthritis", "animals", "out_of_scope"),
        ("i'm allergic to cheap jewellery, are the needles ok for me?", "metal_allergy", "ask_safety"),
        ("does dry needling count as a prohibited method under WADA?", "drug_test", "ask_practitioners"),
        ("est-ce que l'acupuncture est interdite par l'antidopage?", "drug_test", "ask_practitioners"),
        ("can dry needling help me shed a few pounds?", "weight_loss", "ask_conditions"),
        ("je veux perdre quelques kilos, l'acupuncture peut aider?", "weight_loss", "ask_conditions"),
        ("does OHIP or the provincial plan cover IMS?", "other_payers", "ask_insurance"),
        ("la CAVAC paie-tu l'acupuncture pour les victimes?", "other_payers", "ask_insurance"),
        ("poor circulation in my legs, would acupuncture help?", "heart_blood_pressure", "ask_conditions"),
        (
            "mes mains et mes pieds sont toujours gelés, l'acupuncture peut aider?",
            "heart_blood_pressure",
            "ask_conditions",
        ),
        (
            "can acupuncture boost my energy levels? always drained lately",
            "performance_boost",
            "ask_conditions",
        ),
        ("l'acupuncture peut-elle me redonner de l'énergie?", "performance_boost", "ask_conditions"),
    ],
)
def test_subject_in_another_wording_is_declined(store, message, subject, intent):
    declined(store, message, subject, intent, confidence=0.8)


@pytest.mark.parametrize(
    "message, intent",
    [
        ("does acupuncture move energy through the meridians?", "ask_origins"),
        ("does dry needling improve circulation in the muscle knot?", "ask_technique"),
        ("my neurologist says acupuncture is good for migraine, is that true?", "ask_evidence"),
        ("is dry needling regulated, who is allowed to do it?", "ask_practitioners"),
    ],
)
def test_what_the_entries_answer_stays_answered(store, message, intent):
    answered(
        store, message, intent, 0.8, named=["dry_needling"] if "dry needling" in message else ["acupuncture"]
    )
