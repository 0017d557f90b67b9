"""Subjects no entry answers, asked by a relative or an older patient, are declined as not covered
with who can help, never a nearby entry (written rules 2, 5, 7 and 9). Session 18 (tuner tk),
heldout91-93's misses, on wordings of our own, in both languages:

- a public programme by name or kind: Luxembourg's CNS, Canada's NIHB, a medical travel or
  transportation benefit and its forms (written rule 5: only that plan can say);
- arranging care for a relative: respite, a care home (whatever language is spoken there: no
  question about the clinic's languages), a practitioner at a hospital or hospice bedside, a
  driver to appointments, being recognised as a family carer and its allowance;
- care of old age the documents never mention: straightening a hunched back, stronger bones,
  a medical alarm worn during a session or which one to buy;
- a medicine's dose changed once needling starts (the pharmacist's question), a bath after a
  session asked for a parent (written rule 9), learning to press the points or to needle at
  home, the electric kind of needling, rheumatoid arthritis told before "ça aide ?".

Answerable questions near them stay answered."""

import pytest

from tests.helpers.route_questions import answered, declined


@pytest.mark.parametrize(
    "message, intent, subject",
    [
        # public programmes by name or kind
        (
            "does Luxembourg's health insurance pay back acupuncture sessions?",
            "ask_insurance",
            "other_payers",
        ),
        (
            "est-ce que la Caisse nationale de santé prend en charge les séances d'IMS ?",
            "ask_insurance",
            "other_payers",
        ),
        ("sa CNS paie combien par séance ?", "ask_insurance", "other_payers"),
        (
            "does non-insured health benefits cover dry needling for first nations?",
            "ask_insurance",
            "other_payers",
        ),
        (
            "my band office says NIHB might cover it, is acupuncture on the list?",
            "ask_insurance",
            "other_payers",
        ),
        ("le PSSNA couvre-t-il l'acupuncture ?", "ask_insurance", "other_payers"),
        (
            "is there a travel grant for patients who live far from the clinic?",
            "ask_insurance",
            "other_payers",
        ),
        (
            "est-ce qu'il existe une aide pour les frais de transport médical ?",
            "ask_insurance",
            "other_payers",
        ),
        # arranging care for a relative
        (
            "where can we find short break care for grandma while we go on holiday?",
            "ask_aftercare",
            "care_arrangements",
        ),
        (
            "comment organiser un répit pour souffler un peu, je m'occupe de ma mère ?",
            "ask_overview",
            "care_arrangements",
        ),
        (
            "how do i get recognised as a family caregiver, is there an allowance?",
            "ask_insurance",
            "care_arrangements",
        ),
        ("comment obtenir l'allocation journalière du proche aidant ?", "ask_insurance", "care_arrangements"),
        (
            "how do I find a care home where the staff speak Polish for my nan?",
            "ask_overview",
            "care_arrangements",
        ),
        ("je cherche un EHPAD où on parle portugais pour mon père", "ask_overview", "care_arrangements"),
        (
            "can you recommend a volunteer driver to bring seniors to their appointments?",
            "ask_overview",
            "care_arrangements",
        ),
        (
            "dad is on the palliative ward, could someone needle him at his bedside?",
            "ask_practitioners",
            "care_arrangements",
        ),
        # care of old age no entry speaks of
        ("can needling fix a curved upper back in old age, kyphosis?", "ask_conditions", "spine_shape"),
        (
            "est-ce que l'acupuncture peut redresser le dos voûté de ma grand-mère ?",
            "ask_conditions",
            "spine_shape",
        ),
        ("could acupuncture straighten my grandfather's stoop?", "ask_conditions", "spine_shape"),
        (
            "would needling make gran's bones stronger? her scan showed thinning",
            "ask_conditions",
            "bone_disease",
        ),
        ("can he wear his emergency call button during the needling?", "ask_safety", "implants"),
        (
            "peut-elle garder son bracelet d'alerte pendant la séance d'acupuncture ?",
            "ask_safety",
            "implants",
        ),
        ("what's the best fall alarm for dad living on his own?", "ask_choosing", "products"),
        # a medicine, a bath, doing it at home, the electric kind, a joint illness
        (
            "can my dad reduce his painkillers after a few acupuncture sessions?",
            "ask_treatment_course",
            "medication",
        ),
        (
            "should she lower her pain meds now that she's having acupuncture?",
            "ask_treatment_course",
            "medication",
        ),
        ("can dad take a warm shower after his IMS?", "ask_aftercare", "aftercare_actions"),
        ("could you teach me to put the needles in my husband at home?", "ask_technique", "self_treatment"),
        ("can I press the points on dad myself between sessions?", "ask_technique", "self_treatment"),
        ("pourriez-vous m'apprendre à masser les points de ma mère ?", "ask_technique", "self_treatment"),
        ("and the electrical type, is it stronger?", "ask_technique", "electroacupuncture"),
        ("et la sorte électrique avec les fils, c'est mieux ?", "ask_technique", "electroacupuncture"),
        (
            "lupus depuis 10 ans, mes poignets sont enflés le matin. les aiguilles, ça marche ?",
            "ask_conditions",
            "autoimmune",
        ),
    ],
)
def test_a_subject_no_entry_answers_is_declined(store, message, intent, subject):
    declined(store, message, subject, intent)


@pytest.mark.parametrize(
    "message, intent",
    [
        ("my mom is in a nursing home, can acupuncture help her knee pain?", "ask_conditions"),
        (
            "my grandad walks stooped and his lower back hurts, would dry needling ease the pain?",
            "ask_conditions",
        ),
        ("does acupuncture affect the CNS?", "ask_overview"),
        ("does the acupuncturist press on the points before putting the needles in?", "ask_technique"),
        ("j'ai mal aux genoux, l'acupuncture ça aide ?", "ask_conditions"),
        ("is dry needling covered by insurance in general?", "ask_insurance"),
    ],
)
def test_answerable_questions_near_them_stay_answered(store, message, intent):
    answered(store, message, intent, 0.8)


@pytest.mark.parametrize(
    "message",
    [
        "where do physios learn to do dry needling?",
        "are all acupuncturists taught how to put the needles in safely?",
    ],
)
def test_a_practitioner_trained_to_needle_is_no_needling_at_home(store, message):
    answered(store, message, "ask_practitioners", 0.8)
