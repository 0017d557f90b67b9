"""Issue 11, heldout12's failure classes, tested on new wordings (EN and FR).

A medicine told by its class is a medicines question; after-care the entries don't give (a
drink the night after, a sauna, with the session told first) is not covered; rehab after an
operation is surgery; a fear of fainting at needles is how it feels; "do people get relief
from it?" asks whether needling helps."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question,story,subject",
    [
        (
            "does that change anything for dry needling?",
            "I've been on antidepressants for two years.",
            "medication",
        ),
        ("i'm on birth control, is IMS ok?", "", "medication"),
        ("je prends des antidépresseurs, l'acupuncture c'est correct?", "", "medication"),
        ("would a glass of wine the evening after dry needling be a problem?", "", "diet_and_drink"),
        ("is it ok to hit the hot tub the night after IMS?", "", "aftercare_actions"),
        ("after my acupuncture session, can I go for a swim?", "", "aftercare_actions"),
        (
            "après ma séance de puncture sèche, est-ce que je peux prendre un bain chaud?",
            "",
            "aftercare_actions",
        ),
        ("could IMS help my rehab?", "Eight weeks out from rotator cuff repair.", "surgery"),
        ("ma rééducation après la chirurgie du genou irait plus vite avec l'acupuncture?", "", "surgery"),
    ],
)
def test_what_the_entries_do_not_give_is_declined(store, question, story, subject):
    d = route(ask(question, story, intent="ask_aftercare", confidence=0.8), store)
    assert (d.kind, d.reason) == ("fallback", "not_covered"), (d.rule, d.entry)
    assert d.subject.id == subject


@pytest.mark.parametrize(
    "question",
    [
        "after the session what should I expect?",
        "after dry needling can I expect to be sore?",
        "après la séance, je peux m'attendre à quoi?",
    ],
)
def test_what_to_expect_afterwards_is_still_answered(store, question):
    d = route(ask(question, intent="ask_aftercare"), store)
    assert d.kind == "kb" and d.entry.topic == "aftercare"


@pytest.mark.parametrize(
    "question,story,intent",
    [
        ("Should I skip acupuncture then?", "I faint at the sight of needles.", "inform_modality"),
        ("would I even cope with IMS?", "I get woozy around needles.", "ask_overview"),
        ("vous avez des trucs?", "J'ai une peur bleue des piqûres, je tombe dans les pommes.", "ask_contact"),
        ("l'acupuncture c'est pour moi?", "Je m'évanouis à la vue des aiguilles.", "ask_needles"),
    ],
)
def test_a_fear_of_fainting_at_needles_is_how_it_feels(store, question, story, intent):
    d = route(ask(question, story, intent=intent, confidence=0.85, named=["acupuncture"]), store)
    assert d.kind == "kb" and d.entry.topic in ("sensation", "safety"), (d.rule, d.kind)


@pytest.mark.parametrize(
    "question,story,condition",
    [
        (
            "do people actually get relief from dry needling for it?",
            "Tennis elbow for a year.",
            "tendinopathy",
        ),
        ("would IMS make it better or worse?", "Fibro for 5 years.", "fibromyalgia"),
    ],
)
def test_asking_whether_people_get_relief_is_about_the_research(store, question, story, condition):
    q = ask(question, story, intent="ask_choosing", named=["dry_needling"], conditions=[condition])
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.entry)


@pytest.mark.parametrize(
    "question,story,intent",
    [
        ("how would I even know if a needle collapsed my lung?", "", "ask_sensation"),
        (
            "how often do people get a punctured lung from it?",
            "Getting IMS between my shoulder blades.",
            "ask_aftercare",
        ),
        ("c'est quoi le risque de perforer le poumon avec l'acupuncture dans le dos?", "", "ask_technique"),
    ],
)
def test_a_collapsed_lung_is_a_safety_question(store, question, story, intent):
    d = route(ask(question, story, intent=intent, named=["ims"]), store)
    assert d.kind == "kb" and d.entry.topic == "safety"


def test_asking_which_treatment_is_gentlest_is_how_it_feels(store):
    q = ask(
        "out of acupuncture and dry needling, which is the gentlest?",
        intent="ask_difference",
        named=["acupuncture", "dry_needling"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "sensation"


def test_tips_to_make_it_less_scary_for_someone_who_faints_are_how_it_feels(store):
    q = ask(
        "any way to make it less scary for someone like me?",
        "Needles make me pass out at blood tests.",
        intent="ask_aftercare",
        named=["acupuncture"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "sensation"


@pytest.mark.parametrize(
    "question,story",
    [
        ("could IMS relax the jaw muscles?", "I grind and clench so hard my dentist gave me a night guard."),
        ("l'acupuncture pourrait détendre ma mâchoire?", "Mon dentiste dit que je serre les dents la nuit."),
    ],
)
def test_a_clenched_jaw_the_dentist_noticed_is_musculoskeletal(store, question, story):
    d = route(ask(question, story, intent="ask_conditions", named=["ims"]), store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.reason)


@pytest.mark.parametrize(
    "question",
    [
        "my wisdom tooth aches, would acupuncture help the toothache?",
        "can they needle inside my mouth for jaw pain?",
    ],
)
def test_teeth_and_needling_inside_the_mouth_stay_declined(store, question):
    d = route(ask(question, intent="ask_conditions", named=["acupuncture"]), store)
    assert (d.kind, d.reason, d.subject.id) == ("fallback", "not_covered", "dental")


@pytest.mark.parametrize(
    "question,story,intent,named",
    [
        (
            "honestly no idea what that even is?",
            "My chiro brought up dry needling for my hip.",
            "ask_evidence",
            ["dry_needling"],
        ),
        (
            "l'IMS, c'est quoi au juste?",
            "Mon physio veut essayer l'IMS pour mon épaule.",
            "ask_evidence",
            ["ims"],
        ),
        (
            "does acupuncture treat the whole person or only the sore area?",
            "",
            "ask_evidence",
            ["acupuncture"],
        ),
        (
            "l'acupuncture regarde tout le corps?",
            "On m'a posé des questions sur mon sommeil pour un mal de dos.",
            "ask_session_length",
            ["acupuncture"],
        ),
    ],
)
def test_what_it_is_and_how_it_looks_at_a_patient_is_the_overview(store, question, story, intent, named):
    d = route(ask(question, story, intent=intent, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "overview", (d.rule, d.entry)


@pytest.mark.parametrize(
    "question,story",
    [
        ("pourquoi ça fait ça?", "Mon mollet a sursauté pendant la séance, comme un choc électrique."),
        ("why does that happen?", "My calf jumped during the session like a jolt."),
    ],
)
def test_a_muscle_that_jumped_in_a_session_is_the_twitch(store, question, story):
    d = route(ask(question, story, intent="ask_sensation"), store)
    assert d.kind == "kb" and d.entry.topic == "technique"


@pytest.mark.parametrize(
    "question,story,intent,named",
    [
        (
            "why would she do that?",
            "My foot is what aches but the physio put needles in my calf.",
            "ask_sensation",
            ["dry_needling"],
        ),
        ("do the needles go in right where it hurts?", "", "ask_sensation", ["acupuncture"]),
        (
            "pourquoi pas sur l'endroit qui fait mal?",
            "Il a piqué autour de mon genou.",
            "ask_overview",
            ["dry_needling"],
        ),
    ],
)
def test_where_the_needles_go_compared_with_the_pain_is_the_technique(store, question, story, intent, named):
    d = route(ask(question, story, intent=intent, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "technique", (d.rule, d.entry)


@pytest.mark.parametrize(
    "question",
    [
        "could a needle in my back hit a nerve or a blood vessel?",
        "est-ce que l'aiguille peut toucher un nerf?",
    ],
)
def test_hitting_a_nerve_or_an_artery_is_a_safety_question(store, question):
    d = route(ask(question, intent="ask_sensation", named=["dry_needling"]), store)
    assert d.kind == "kb" and d.entry.topic == "safety"


def test_a_muscle_that_kept_jumping_under_the_needle_is_not_the_research(store):
    q = ask(
        "is that supposed to happen?",
        "First dry needling today and my calf kept twitching under the needle.",
        intent="ask_evidence",
        named=["dry_needling"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("technique", "sensation")


def test_normal_or_should_i_stop_asks_about_the_reaction_first(store):
    q = ask(
        "Normal, or should I stop going?",
        "The needle in my hip made my foot tingle for a moment.",
        intent="ask_sensation",
        named=["acupuncture"],
    )
    d = route(q, store)
    assert not (d.kind == "fallback" and d.subject and d.subject.id == "own_treatment_plan")


@pytest.mark.parametrize(
    "question,named",
    [
        ("j'ai peur de m'évanouir pendant la séance, ça arrive souvent?", []),
        ("worried I might pass out during IMS, is that a thing?", ["ims"]),
    ],
)
def test_a_fear_of_fainting_the_classifier_is_unsure_of_is_answered(store, question, named):
    d = route(ask(question, intent="nlu_fallback", confidence=0.3, named=named), store)
    assert d.kind == "kb" and d.entry.topic in ("safety", "sensation"), (d.rule, d.reason)


def test_billing_a_named_insurer_directly_in_french_is_the_clinics_answer(store):
    d = route(
        ask("Vous facturez directement à la Croix Bleue?", intent="nlu_fallback", confidence=0.3), store
    )
    assert (d.kind, d.clinic_topic) == ("clinic", "direct_billing")


@pytest.mark.parametrize(
    "question,story",
    [
        ("is that true?", "I read a recent study saying IMS barely beats fake needling."),
        ("qu'en pensez-vous?", "Une nouvelle étude dit que l'acupuncture ne marche pas pour le dos."),
    ],
)
def test_what_to_make_of_a_study_told_before_is_the_research(store, question, story):
    d = route(ask(question, story, intent="ask_origins", named=["ims"]), store)
    assert d.kind == "kb" and d.entry.topic == "evidence"


@pytest.mark.parametrize(
    "question",
    [
        "Est-ce que je peux venir avec mon bébé?",
        "Ma mutuelle me demande une facture détaillée, vous pouvez faire ça?",
        "can I come along with my husband to the session?",
    ],
)
def test_french_and_english_front_desk_logistics_get_the_contact_hand_off(store, question):
    d = route(ask(question, intent="out_of_scope", confidence=0.5), store)
    assert d.kind == "contact", (d.rule, d.reason)


def test_asking_whether_needling_would_speed_things_up_is_about_the_research(store):
    q = ask(
        "would dry needling speed things up?",
        "Golfer's elbow for 3 months.",
        intent="ask_treatment_course",
        named=["dry_needling"],
        conditions=["tendinopathy"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.entry)


@pytest.mark.parametrize(
    "question,story",
    [
        (
            "should I be nervous about my next one?",
            "Had dry needling last week, fine now, but I read about someone whose lung collapsed.",
        ),
        ("ça arrive souvent?", "Ma voisine a eu un poumon perforé après de l'acupuncture."),
    ],
)
def test_worry_about_a_collapsed_lung_read_as_out_of_scope_is_answered_from_safety(store, question, story):
    d = route(ask(question, story, intent="out_of_scope", confidence=0.6, named=["dry_needling"]), store)
    assert d.kind == "kb" and d.entry.topic == "safety", (d.rule, d.reason)
