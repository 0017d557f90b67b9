"""Health questions the sources do not cover, which were answered from the nearest entry, are
declined as not covered (written rules 2, 4, 5, 6 and 7): a daily medicine named beside needling
(a thyroid hormone, a migraine or arthritis medicine, a hormone blocker, an inhaler, treatment
after an exposure to HIV), asked whether it goes with needling; an illness no entry names
(ankylosing spondylitis, motion sickness, the lungs cleared, surfer's ear, a thyroid test, a germ
carried on the skin, a chemotherapy port, someone else's MS, a fresh burn); and what happens
during or after a session that no entry names (tears at every session, a tingle lasting since a
"DN" session, cannabis the night before, ear pins in the shower, the practitioner's gloves, the
needles' length for one treatment, holding the breath longer).

Why: heldout76..81 answered such questions from the nearest entry (the evidence, after-care,
technique or safety entry). Each case is a wording of our own, in English and French."""

import pytest

from tests.helpers.route_questions import declined


@pytest.mark.parametrize(
    "message, intent",
    [
        ("I'm on Synthroid every morning. does acupuncture interfere with it?", "ask_safety"),
        ("on methotrexate for my RA, can I have dry needling on top of it?", "ask_conditions"),
        ("je suis sous Levothyrox depuis 10 ans, l'acupuncture c'est compatible?", "ask_safety"),
        (
            "My husband is on Zoladex for prostate cancer. would acupuncture be safe alongside it?",
            "ask_safety",
        ),
        ("je prends du Topamax, est-ce que l'acupuncture peut interférer?", "ask_safety"),
        ("I use a preventer puffer every day. any problem with IMS?", "ask_safety"),
        ("started PEP last week after a condom broke, can I keep my acupuncture appointments?", "ask_safety"),
        ("je suis sous hormonothérapie, je peux faire de l'acupuncture?", "ask_safety"),
        ("I take hydroxychloroquine, is acupuncture compatible with that?", "ask_safety"),
    ],
)
def test_a_daily_medicine_named_beside_needling_is_declined(store, message, intent):
    declined(store, message, "medication", intent, named=["acupuncture"])


@pytest.mark.parametrize(
    "message, subject",
    [
        ("can dry needling do anything for my ankylosing spondylitis flares?", "autoimmune"),
        ("j'ai une spondylarthrite, est-ce que les aiguilles peuvent soulager?", "autoimmune"),
        ("my AS is killing me in the mornings, is acupuncture worth a try?", "autoimmune"),
        ("does acupuncture work for car sickness? my kid gets it too", ("other_complaints", "children")),
        ("l'acupuncture marche pour le mal des transports?", "other_complaints"),
        ("can acupuncture help clean out my lungs after years of smoking?", "respiratory_immune"),
        ("est-ce que l'acupuncture aide à nettoyer les poumons?", "respiratory_immune"),
        ("would acupuncture shrink my swimmer's ear growths? I'd rather not have surgery", "ear_balance"),
        ("l'acupuncture peut soigner l'oreille du surfeur?", "ear_balance"),
        ("my thyroid antibodies are high, can acupuncture bring them down?", "menopause_hormones"),
        ("est-ce que l'acupuncture peut faire baisser ma TSH?", "menopause_hormones"),
        ("I carry MRSA in my nose, is it risky to get needled?", "blood_borne_infections"),
        ("je suis porteur du SARM, est-ce que je peux avoir de l'acupuncture?", "blood_borne_infections"),
        ("I still have my portacath from chemo, can they needle my upper back?", ("implants", "cancer")),
        ("j'ai une chambre implantable sous la clavicule, on peut piquer autour?", "implants"),
        ("burned my hand on the grill yesterday and it blistered, can they needle the other side?", "skin"),
        ("je me suis brûlée la main avec de l'huile, est-ce qu'on peut piquer quand même?", "skin"),
    ],
)
def test_an_illness_no_entry_names_is_declined(store, message, subject):
    declined(store, message, subject, "ask_conditions", confidence=0.6, named=["acupuncture"])


def test_someone_elses_ms_asked_after_an_answer_is_declined(store):
    declined(
        store,
        "what about my sister's MS then?",
        "neurological",
        "ask_conditions",
        confidence=0.5,
        context=["acupuncture"],
        previous_topic="conditions",
    )


@pytest.mark.parametrize(
    "message, subject, intent",
    [
        (
            "I always tear up during acupuncture sessions, is something wrong?",
            "session_reaction",
            "ask_sensation",
        ),
        ("je pleure à chaque séance d'acupuncture, c'est normal?", "session_reaction", "ask_sensation"),
        (
            "my calf has been numb since my DN appointment on Monday, should I worry?",
            "session_reaction",
            "ask_aftercare",
        ),
        (
            "had some edibles the night before my session, does that matter?",
            "diet_and_drink",
            "ask_aftercare",
        ),
        ("j'ai fumé du pot hier soir, c'est grave pour ma séance?", "diet_and_drink", "ask_aftercare"),
        ("the ear seeds she taped on my ear, can I swim with them?", "ear_acupuncture", "ask_aftercare"),
        ("does the acupuncturist wear gloves when needling?", "practitioner_conduct", "ask_safety"),
        ("est-ce que vos thérapeutes portent des gants?", "practitioner_conduct", "ask_safety"),
        ("how long are the needles used for dry needling the hamstrings?", "needle_depth", "ask_technique"),
        (
            "can acupuncture help me hold my breath for longer when freediving?",
            "performance_boost",
            "ask_conditions",
        ),
        (
            "l'acupuncture peut m'aider à retenir mon souffle plus longtemps?",
            "performance_boost",
            "ask_conditions",
        ),
    ],
)
def test_what_happens_around_a_session_that_no_entry_names_is_declined(store, message, subject, intent):
    declined(store, message, subject, intent, confidence=0.6, named=["acupuncture"])


def test_gloves_of_a_material_for_an_allergy_stay_the_front_desks(store):
    from bot.knowledge.route import route
    from tests.helpers.route_questions import ask

    d = route(ask("I'm allergic to latex, do your physios wear latex gloves?", intent="ask_safety"), store)
    assert d.kind != "kb" and (d.subject is None or d.subject.id != "practitioner_conduct"), (
        d.rule,
        d.subject,
    )


@pytest.mark.parametrize(
    "message, topic",
    [
        ("pis je peux-tu aller jouer au soccer après?", "session_length"),
        ("and can I go surfing after?", "sensation"),
        ("ok pis on peut-tu faire du ski ensuite?", "overview"),
    ],
)
def test_an_activity_asked_after_an_answer_about_a_session_is_declined(store, message, topic):
    declined(
        store,
        message,
        "aftercare_actions",
        "ask_aftercare",
        confidence=0.6,
        context=["acupuncture"],
        previous_topic=topic,
    )
