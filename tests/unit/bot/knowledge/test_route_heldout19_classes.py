"""Issue 11, heldout19's failure classes, tested on new wordings (EN and FR).

Subjects no document covers are declined with who can help, not answered from a nearby entry:
what the practitioner was checking (pulse, tongue) asked about the story, movement disorders
(dystonia, tremor) and circulation disorders (Raynaud's), wires or clips from a machine on the
needles, needles in the ear, supplements sold by a practitioner (not the clinic's fees), a long
break in one's treatment, hives or a rash around the needles, flying the day before or after a
session and the cabin pressure, the voice. Answerable ones stay answered: how long the needles
stay in after the practitioner left the room, a tattoo artist's carpal tunnel. Bringing a baby
along is for the front desk.
"""

import pytest

from bot.knowledge import subjects
from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined


def _declined(store, message, subject, intent="ask_safety", **kw):
    return declined(store, message, subject, intent, **kw)


@pytest.mark.parametrize(
    "question, story",
    [
        ("what was he checking?", "she looked at my tongue and then took my pulse on both wrists."),
        ("what was she feeling for?", "the acupuncturist took my pulse for a long time."),
        ("what were they looking for?", "they checked my pulse on each wrist before the needles."),
        (
            "qu'est-ce qu'elle vérifiait?",
            "l'acupunctrice a pris mon pouls longtemps, pulse diagnosis je crois.",
        ),
    ],
)
def test_what_the_practitioner_checked_in_the_story_is_declined(store, question, story):
    _declined(store, question, "other_tcm", intent="ask_technique", story=story)


@pytest.mark.parametrize(
    "message, subject",
    [
        ("can IMS help focal dystonia in my hand?", "neurological"),
        ("would acupuncture do anything for essential tremor?", "neurological"),
        ("est-ce que l'acupuncture aide la dystonie?", "neurological"),
        ("does dry needling help writer's cramp? my hand seizes when i write", "neurological"),
        ("can acupuncture help raynaud's? my toes go white in winter", "heart_blood_pressure"),
        ("is acupuncture good for chilblains?", "heart_blood_pressure"),
        ("l'acupuncture peut aider le syndrome de raynaud?", "heart_blood_pressure"),
    ],
)
def test_movement_and_circulation_disorders_are_declined(store, message, subject):
    _declined(store, message, subject, intent="ask_conditions")


@pytest.mark.parametrize(
    "message, subject",
    [
        (
            "he put little clips on the needles with wires going to a machine, what was that?",
            "electroacupuncture",
        ),
        ("there was a machine with wires attached to my needles, is that normal?", "electroacupuncture"),
        ("elle a mis des pinces sur les aiguilles reliées à un appareil, c'est quoi?", "electroacupuncture"),
        ("can you put needles in my ear for cravings?", "ear_acupuncture"),
        ("do you do needles in the ear for stress?", "ear_acupuncture"),
        ("vous mettez des aiguilles dans l'oreille pour l'anxiété?", "ear_acupuncture"),
    ],
)
def test_estim_wires_and_ear_needles_are_declined(store, message, subject):
    _declined(store, message, subject, intent="ask_technique")


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
    _declined(store, message, "products", intent="ask_fees")


@pytest.mark.parametrize(
    "message",
    [
        "i'm away for 6 weeks mid-treatment, will i lose my progress with IMS?",
        "if i take a break from dry needling over the summer will the benefits wear off? will i lose the gains?",
        "is a pause of two months in my acupuncture treatment a problem?",
        "est-ce que je vais perdre mes progrès si j'arrête l'IMS pendant mes vacances?",
    ],
)
def test_a_long_break_in_treatment_is_declined(store, message):
    _declined(store, message, "own_treatment_plan", intent="ask_treatment_course")


@pytest.mark.parametrize(
    "message",
    [
        "i came up in hives after my last acupuncture session, can i still do dry needling?",
        "got a rash around the needles last time, should i try IMS?",
        "i broke out in welts after dry needling once, is acupuncture different?",
        "j'ai fait de l'urticaire après ma séance d'acupuncture, je peux essayer l'IMS?",
    ],
)
def test_hives_around_the_needles_are_declined(store, message):
    # told with the session it followed, it is a session reaction (written rule 6); either declines
    _declined(store, message, ("metal_allergy", "session_reaction"))


@pytest.mark.parametrize(
    "message",
    [
        "can i have dry needling the day before a flight?",
        "is IMS ok two days before flying overseas?",
        "does cabin pressure affect you after acupuncture?",
        "je peux faire de l'acupuncture la veille avant mon vol?",
    ],
)
def test_flying_around_a_session_is_declined(store, message):
    _declined(store, message, "travel_after", intent="ask_aftercare")


@pytest.mark.parametrize(
    "message",
    [
        "can acupuncture help a hoarse voice?",
        "i'm a teacher and keep losing my voice, would acupuncture help?",
        "does acupuncture help vocal cord nodules?",
        "l'acupuncture peut aider pour une extinction de voix?",
    ],
)
def test_the_voice_is_declined_as_not_covered(store, message):
    _declined(store, message, "respiratory_immune", intent="ask_conditions")


@pytest.mark.parametrize(
    "message",
    [
        "she left me alone in the room with the needles in. how long are the needles left in usually?",
        "he left the room after putting the needles in, how long do they stay in?",
        "on m'a laissée seule avec les aiguilles, combien de temps les aiguilles restent en place normalement?",
    ],
)
def test_how_long_needles_stay_in_is_not_declined(store, message):
    assert subjects.not_covered_subject(message) is None
    d = route(ask(message, intent="ask_session_length", confidence=0.8), store)
    assert not (d.kind == "fallback" and d.reason == "not_covered"), (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "tattoo artist here, carpal tunnel in my wrist. can dry needling help?",
        "i work in a tattoo shop and my thumb aches, can acupuncture help?",
        "tattoo apprentice with a sore neck from leaning over, would IMS help?",
    ],
)
def test_a_tattoo_job_is_not_a_tattoo(store, message):
    assert all(s.id != "skin" for s in subjects.not_covered_subjects(message))


@pytest.mark.parametrize(
    "message",
    [
        "can i bring the baby along to my appointment?",
        "is it ok to bring the kids with me to the session?",
        "je peux venir avec le bébé au rendez-vous?",
        "can i bring my newborn along to my appt?",
    ],
)
def test_bringing_a_baby_along_goes_to_the_front_desk(store, message):
    d = route(ask(message, intent="ask_contact", confidence=0.6), store)
    assert d.kind == "contact", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "lol i needle people all day, are dry needling needles thinner than a tattoo needle?",
        "is an acupuncture needle smaller than a tattoo needle?",
        "are IMS needles like tattoo needles?",
    ],
)
def test_a_tattoo_needle_compared_is_not_a_tattoo(store, message):
    assert all(s.id != "skin" for s in subjects.not_covered_subjects(message))


@pytest.mark.parametrize(
    "message, story",
    [
        ("cool, can i get one thursday evening", ""),
        ("ok could i get one on friday morning?", ""),
        ("do you have anything saturday?", ""),
        ("parfait, je peux en avoir une jeudi?", ""),
    ],
)
def test_a_day_asked_for_after_an_answer_is_a_booking(store, message, story):
    d = route(ask(message, intent="ask_session_length", confidence=0.5, context=("acupuncture",)), store)
    assert d.kind == "booking", (d.rule, d.kind)


@pytest.mark.parametrize(
    "message, conditions",
    [
        (
            "my neck is killing me from the baby carrier. how many acupuncture sessions does neck pain take?",
            ("neck_pain",),
        ),
        ("how many dry needling visits will my shoulder need?", ("shoulder_pain",)),
        ("how many IMS treatments does sciatica usually take?", ("sciatica",)),
        ("combien de séances d'acupuncture pour un mal de cou?", ("neck_pain",)),
    ],
)
def test_how_many_sessions_is_the_treatment_course_even_with_a_condition(store, message, conditions):
    from bot.knowledge.route import question_topic

    q = ask(message, intent="ask_session_length", conditions=conditions)
    assert question_topic(q) == "treatment_course"


@pytest.mark.parametrize(
    "message, intent",
    [
        ("how many sessions are covered by my insurance?", "ask_insurance"),
        ("combien de séances sont remboursées par mon assurance?", "ask_insurance"),
    ],
)
def test_how_many_sessions_a_plan_covers_is_not_the_course(store, message, intent):
    from bot.knowledge.route import question_topic

    assert question_topic(ask(message, intent=intent)) != "treatment_course"


@pytest.mark.parametrize(
    "message, intent",
    [
        ("are the needles thrown away after? kinda scared of infections", "ask_aftercare"),
        ("do you throw the needles out after each person?", "ask_technique"),
        ("les aiguilles sont jetées à la poubelle après la séance?", "ask_aftercare"),
        ("vous jetez les aiguilles après?", "ask_session_length"),
    ],
)
def test_what_happens_to_the_needles_is_safety(store, message, intent):
    from bot.knowledge.route import question_topic

    assert question_topic(ask(message, intent=intent)) == "safety"


@pytest.mark.parametrize(
    "message, named, conditions",
    [
        ("whats IMS? my physio brought it up for my sciatica", ("ims",), ("sciatica",)),
        (
            "what's dry needling? my chiro mentioned it for my tennis elbow",
            ("dry_needling",),
            ("tennis_elbow",),
        ),
        ("c'est quoi l'IMS? mon physio en a parlé pour ma sciatique", ("ims",), ("sciatica",)),
    ],
)
def test_what_it_is_asked_with_a_condition_is_the_overview(store, message, named, conditions):
    from dataclasses import replace

    q = ask(message, intent="out_of_scope", confidence=0.6, named=named, conditions=conditions)
    d = route(replace(q, asked_conditions=frozenset(conditions)), store)
    assert d.kind == "kb" and d.entry.topic == "overview", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "message, story, named, topic",
    [
        (
            "isn't the physio supposed to assess you first?",
            "the last dry needling guy just started jabbing.",
            ("dry_needling",),
            "technique",
        ),
        (
            "shouldn't they examine you before?",
            "my acupuncturist never asked me anything.",
            ("acupuncture",),
            "technique",
        ),
        (
            "il ne doit pas m'évaluer avant?",
            "le dernier physio a fait l'IMS sans rien m'expliquer.",
            ("ims",),
            "technique",
        ),
        (
            "which one should i go for?",
            "acupuncture or dry needling for my sore wrist.",
            ("acupuncture", "dry_needling"),
            "choosing",
        ),
        ("lequel choisir?", "IMS ou acupuncture pour mon dos.", ("ims", "acupuncture"), "choosing"),
    ],
)
def test_plain_words_answer_when_the_classifier_is_unsure(store, message, story, named, topic):
    d = route(ask(message, story=story, intent="nlu_fallback", confidence=0.3, named=named), store)
    assert d.kind == "kb" and d.entry.topic == topic, (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "message, named, intent",
    [
        ("why is my physio doing IMS on my neck when it's my arm that hurts?", ("ims",), "ask_evidence"),
        (
            "why did the acupuncturist put needles in my hand when it's my shoulder that's sore?",
            ("acupuncture",),
            "ask_conditions",
        ),
        ("pourquoi mon physio pique dans le dos alors que j'ai mal au mollet?", ("ims",), "ask_origins"),
    ],
)
def test_needled_away_from_the_pain_is_technique(store, message, named, intent):
    from bot.knowledge.route import question_topic

    assert question_topic(ask(message, intent=intent, named=named)) == "technique"


@pytest.mark.parametrize(
    "message",
    [
        "vous conseillez quel coussin pour dormir sans mal au cou?",
        "quelle chaise de bureau pour mon dos?",
        "vous recommandez quelle ceinture lombaire?",
    ],
)
def test_a_product_to_buy_asked_in_french_is_declined(store, message):
    _declined(store, message, "products", intent="ask_conditions")
