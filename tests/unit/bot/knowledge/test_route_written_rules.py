"""The five written rules of session 7 (tests/real_questions/README.md), on fresh wordings in
English and French: what a patient gets for a named one-area musculoskeletal problem, a
whole-body illness, a symptom caused by an illness, needle depth, and a named insurer."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def asked(q, *conditions):
    """The conditions the NLU found in the question sentence itself."""
    return replace(q, conditions=frozenset(conditions), asked_conditions=frozenset(conditions))


# Rule 1: "can needling help my <named one-area problem>?" is answered from the condition and
# evidence entries, in general, even though no entry names the diagnosis.
@pytest.mark.parametrize(
    "question,story,named,intent",
    [
        ("can acupuncture help carpal tunnel?", "", ["acupuncture"], "ask_conditions"),
        ("does dry needling work for gout in my big toe", "", ["dry_needling"], "ask_evidence"),
        (
            "would IMS do anything for it?",
            "TMJ, my jaw clicks and aches when I chew.",
            ["ims"],
            "ask_conditions",
        ),
        ("could needling help my plantar fasciitis?", "", [], "ask_conditions"),
        ("is dry needling worth trying for a hamstring strain?", "", ["dry_needling"], "ask_conditions"),
        ("herniated disc at L5 and sciatica down my leg, could IMS help?", "", ["ims"], "ask_conditions"),
        ("est-ce que l'acupuncture peut aider le canal carpien?", "", ["acupuncture"], "ask_conditions"),
        (
            "la puncture sèche, ça peut aider une crise de goutte au gros orteil?",
            "",
            ["dry_needling"],
            "ask_conditions",
        ),
        ("est-ce que l'IMS peut soulager ma fasciite plantaire?", "", ["ims"], "ask_evidence"),
    ],
)
def test_a_named_one_area_problem_is_answered_from_conditions_or_evidence(
    store, question, story, named, intent
):
    d = route(ask(question, story, intent=intent, named=named), store)
    assert d.kind == "kb", (d.rule, d.reason, d.subject)
    assert d.entry.topic in ("conditions", "evidence")


@pytest.mark.parametrize(
    "question",
    [
        "is it normal for carpal tunnel to be worse at night?",
        "is GTPS the same as hip bursitis? my MRI says both",
    ],
)
def test_a_named_problem_not_asked_as_can_needling_help_is_still_declined(store, question):
    d = route(ask(question, intent="ask_conditions", confidence=0.7), store)
    assert (d.kind, d.reason) == ("fallback", "not_covered")


# Rule 2: a whole-body illness, its treatment or its complications is not covered, even a
# symptom of it that is asked about with whether it is safe.
@pytest.mark.parametrize(
    "question,named,conditions",
    [
        ("can acupuncture help my diabetes?", ["acupuncture"], ()),
        ("does acupuncture help hot flushes from menopause?", ["acupuncture"], ()),
        ("is acupuncture safe while I'm on chemo?", ["acupuncture"], ()),
        ("est-ce que l'acupuncture peut guérir la sclérose en plaques?", ["acupuncture"], ()),
        (
            "en chimio pour un cancer du sein, l'acupuncture pourrait aider les nausées? c'est permis?",
            ["acupuncture"],
            ("nausea",),
        ),
    ],
)
def test_a_whole_body_illness_is_declined(store, question, named, conditions):
    d = route(asked(ask(question, intent="ask_conditions", named=named), *conditions), store)
    assert (d.kind, d.reason) == ("fallback", "not_covered")


# Rule 3: a symptom the entries name, caused by an illness they don't, is answered.
@pytest.mark.parametrize(
    "question,story,condition",
    [
        ("can acupuncture help with nausea from chemo?", "", "nausea"),
        ("Can acupuncture help with the nausea?", "Chemo is making me so nauseous.", "nausea"),
        ("would acupuncture help my sleep?", "My MS keeps me up at night.", "insomnia"),
        (
            "is there research on acupuncture for stress like that?",
            "Since my cancer diagnosis I'm so stressed.",
            "stress",
        ),
        ("l'acupuncture aide-t-elle contre les nausées de la chimio?", "", "nausea"),
        ("l'acupuncture peut aider le sommeil?", "Je dors mal depuis ma ménopause.", "insomnia"),
    ],
)
def test_a_symptom_caused_by_an_illness_is_answered(store, question, story, condition):
    q = asked(ask(question, story, intent="ask_conditions", named=["acupuncture"]), condition)
    d = route(q, store)
    assert d.kind == "kb", (d.rule, d.reason, d.subject, d.term)
    assert d.entry.topic in ("conditions", "evidence")


# Rule 4: needle depth in numbers is not in the documents.
@pytest.mark.parametrize(
    "question", ["how deep do the needles go, like in cm?", "à quelle profondeur vont les aiguilles?"]
)
def test_needle_depth_is_declined(store, question):
    d = route(ask(question, intent="ask_needles"), store)
    assert (d.kind, d.reason, d.subject.id) == ("fallback", "not_covered", "needle_depth")


# Rule 5: what one named insurer or plan pays is declined, saying only that plan can tell.
@pytest.mark.parametrize(
    "question,named",
    [
        ("does blue cross cover acupuncture", ["acupuncture"]),
        ("Is IMS covered under my Sun Life plan?", ["ims"]),
        ("will my mutuelle reimburse acupuncture?", ["acupuncture"]),
        ("does my HSA cover dry needling?", ["dry_needling"]),
        ("ma mutuelle rembourse combien pour l'IMS?", ["ims"]),
        ("la Croix Bleue couvre-t-elle la puncture sèche?", ["dry_needling"]),
        ("la RAMQ paie l'acupuncture?", ["acupuncture"]),
    ],
)
def test_a_named_insurer_is_declined_with_the_plan_to_ask(store, question, named):
    d = route(ask(question, intent="ask_insurance", named=named), store)
    assert (d.kind, d.reason) == ("fallback", "not_covered")
    assert d.subject.ask == "plan"


def test_insurance_in_general_is_still_answered(store):
    d = route(
        ask("is acupuncture covered by insurance?", intent="ask_insurance", named=["acupuncture"]), store
    )
    assert d.kind == "kb" and d.entry.topic == "insurance"


def test_billing_a_named_insurer_directly_is_the_clinics_answer(store):
    d = route(ask("do you bill Blue Cross directly?", intent="ask_insurance"), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "direct_billing")


@pytest.mark.parametrize(
    "question",
    [
        "can I pay with my HSA card?",
        "i have an HSA, can i use it to pay for my sessions",
        "can you give me an itemized receipt for my insurer?",
        "can I get a receipt so I can send it in myself?",
        "do you sell gift certificates?",
        "est-ce que vous pouvez me donner un reçu pour mon assurance?",
        "je peux payer par virement Interac?",
    ],
)
def test_paying_receipts_and_gift_certificates_go_to_the_front_desk(store, question):
    d = route(ask(question, intent="ask_insurance", confidence=0.6), store)
    assert d.kind == "contact", (d.rule, d.reason)


@pytest.mark.parametrize(
    "question,story",
    [
        ("dry needling, yes or no?", "Shin splints since I started running."),
        ("IMS?", "Tennis elbow for six months."),
        ("l'acupuncture?", "Fasciite plantaire depuis l'été."),
    ],
)
def test_a_first_message_naming_a_problem_and_a_treatment_asks_whether_it_helps(store, question, story):
    # read by the classifier as only naming a treatment, at the start of a conversation (rule 1)
    named = {"d": ["dry_needling"], "I": ["ims"], "l": ["acupuncture"]}[question[0]]
    d = route(ask(question, story, intent="inform_modality", named=named), store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.entry)


def test_tips_for_after_a_session_named_with_a_sore_leg_stay_after_care(store):
    q = ask(
        "any tips for after IMS?", "My leg feels heavy and achy.", intent="inform_modality", named=["ims"]
    )
    d = route(q, store)
    assert not (d.kind == "kb" and d.entry.topic in ("conditions", "evidence"))


@pytest.mark.parametrize(
    "question",
    [
        "how long are the needles?",
        "what's the needle length for IMS, in cm?",
        "les aiguilles sont de quelle longueur?",
    ],
)
def test_needle_length_is_declined(store, question):
    d = route(ask(question, intent="ask_needles"), store)
    assert (d.kind, d.reason, d.subject.id) == ("fallback", "not_covered", "needle_depth")


def test_how_long_the_needles_stay_in_is_not_their_length(store):
    d = route(ask("how long are the needles in for?", intent="ask_technique", named=["acupuncture"]), store)
    assert d.kind == "kb"


def test_nausea_from_radiation_is_answered(store):
    q = asked(
        ask("radiation is making me nauseous, does acupuncture help nausea?", named=["acupuncture"]), "nausea"
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence")


def test_a_symptom_caused_by_an_illness_is_not_read_as_caused_by_the_treatment(store):
    q = asked(
        ask("does acupuncture help with migraines caused by my lupus?", named=["acupuncture"]),
        "migraine_headache",
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.entry)


def test_whether_the_treatment_causes_a_symptom_is_still_safety(store):
    q = asked(ask("can acupuncture set off a migraine?", named=["acupuncture"]), "migraine_headache")
    assert route(q, store).entry.topic == "safety"


def test_paying_cash_after_an_hsa_card_was_declined_goes_to_the_front_desk(store):
    d = route(
        ask("my HSA card got declined, can I pay cash instead?", intent="ask_insurance", confidence=0.6),
        store,
    )
    assert d.kind == "contact"


@pytest.mark.parametrize(
    "question",
    [
        "slipped disc in my lower back, could acupuncture help the pain?",
        "frozen shoulder since spring, can IMS help?",
    ],
)
def test_a_named_diagnosis_the_health_word_list_knows_is_answered_when_asked_as_can_it_help(store, question):
    d = route(ask(question, named=["acupuncture"]), store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.term)
