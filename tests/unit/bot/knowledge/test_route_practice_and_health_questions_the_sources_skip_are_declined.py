"""Health and practice questions the five documents don't cover get the not-covered decline (with
who can help), not an entry, a hand-off, small talk or the unsure reply: folk methods by name
(leeches, Dien Chan face reflexology, shiatsu, the teishin), the guide tube or a pulse reading asked
about, multiple sclerosis by its initials, a child told by age or Osgood-Schlatter, a limb in a cast
or a plate in it, eyelid twitching, sex, a fitness test or fasting around a session (written rule
9), a training plan, a practitioner's course renewals or diploma, mycobacteria, dizziness or a
headache after a session (written rule 6), post-traumatic stress by its full name (written rule 2),
herbal medicine to take asked as sold, another therapy chosen "or do acupuncture", and needling
"in between" injections told. What the entries answer (the training it takes to become an
acupuncturist, everyday stress, a product sold at the desk) is not declined.

Why: session 17 (tuner th), from the spent failures of heldout82..87 of this class; other wordings
than the spent cases."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from bot.knowledge.subjects import not_covered_subject
from tests.helpers.route_questions import ask, declined


@pytest.mark.parametrize(
    "text, subject",
    [
        ("has anyone tried hirudotherapy for knee pain? do you offer it?", "other_tcm"),
        ("est-ce que les sangsues, ça aide vraiment la circulation?", "other_tcm"),
        ("my aunt swears by dien chan, does face reflexology actually work?", "other_tcm"),
        ("la réflexologie faciale du Dien Chan, c'est efficace?", "other_tcm"),
        ("will she finish with some shiatsu once the needles are out?", "other_tcm"),
        ("is a teishin treatment any different from the regular needles?", "other_tcm"),
        ("she tapped the needle in through a tube, what is that tube for?", "other_tcm"),
        ("what does 'wiry' even mean when they talk about a pulse?", "other_tcm"),
        ("my dad has MS, would needling do anything for him?", "neurological"),
        ("it's my daughter who's 13 I'm asking for, could she get dry needling?", "children"),
        ("mon gars a la maladie d'Osgood-Schlatter, l'acupuncture ça aide?", "children"),
        ("my arm is still in a cast, is needling the shoulder ok?", "bone_healing"),
        ("j'ai la jambe dans le plâtre, je peux avoir de l'acupuncture?", "bone_healing"),
        ("my ankle has a plate in it from the fall, can you needle near the screws?", "implants"),
        ("my eye keeps twitching for a week now, could acupuncture calm it?", "other_complaints"),
        ("ma paupière saute depuis des jours, l'acupuncture peut aider?", "other_complaints"),
        ("any reason to avoid sex the night after dry needling?", "aftercare_actions"),
        ("I have my fitness test the morning after my IMS session, is that a problem?", "aftercare_actions"),
        ("should I fast before my first acupuncture appointment?", "diet_and_drink"),
        ("can you suggest a training plan for the firefighter fitness test?", "exercise_advice"),
        ("un bon plan d'entraînement pour le test physique?", "exercise_advice"),
        (
            "do acupuncturists have to renew their clean needle technique certification?",
            "practitioner_conduct",
        ),
        ("is a Chinese acupuncture degree recognised in Ontario?", "practitioner_conduct"),
        ("comment obtenir l'équivalence de mon diplôme d'acupuncteur?", "practitioner_conduct"),
        ("my cousin is deaf, could she study to become an acupuncturist?", "practitioner_conduct"),
        ("can you get a mycobacterium infection from a nail salon?", "skin"),
        ("felt woozy standing up after acupuncture, is that normal?", "session_reaction"),
        ("after she needled my neck I got dizzy in the car, should that happen?", "session_reaction"),
        ("j'ai eu mal de tête le soir après ma séance d'acupuncture, c'est connu?", "session_reaction"),
        ("woke up with a headache the day after my dry needling session, normal?", "session_reaction"),
        ("has anyone ever passed out at your clinic?", "session_reaction"),
        ("trying to lose the 15 pounds I gained, would needles help?", "weight_loss"),
    ],
)
def test_a_practice_or_health_subject_the_sources_skip_is_recognised(text, subject):
    found = not_covered_subject(text)
    assert found is not None and found.id == subject, found


@pytest.mark.parametrize(
    "text",
    [
        "how many years of training does it take to become an acupuncturist?",
        "what qualifications do your acupuncturists have?",
        "can acupuncture help with stress? my job is a lot",
        "does dry needling help a sore shoulder after painting the ceiling?",
    ],
)
def test_what_the_entries_answer_is_no_subject(text):
    assert not_covered_subject(text) is None


@pytest.mark.parametrize(
    "text, subject, intent",
    [
        ("do you sell Chinese herbs to take with the needles?", "other_tcm", "ask_contact"),
        (
            "est-ce que vous vendez des herbes chinoises à prendre avec les traitements?",
            "other_tcm",
            "ask_contact",
        ),
    ],
)
def test_a_remedy_sold_is_declined(store, text, subject, intent):
    declined(store, text, subject, intent, named=["acupuncture"])


@pytest.mark.parametrize(
    "text",
    [
        "should I see a chiropractor or do acupuncture for my neck after the crash?",
        "est-ce que je vais voir un ostéo ou faire de l'acupuncture pour mon cou?",
    ],
)
def test_another_therapy_or_doing_needling_is_a_choice_between_them(store, text):
    declined(
        store, text, "other_therapies", "ask_conditions", named=["acupuncture"], conditions=["neck_pain"]
    )


def test_needling_between_injections_told_is_declined(store):
    declined(
        store,
        "can I have acupuncture in between?",
        "injections",
        "ask_safety",
        story="I get cortisone shots in my knee every three months.",
        named=["acupuncture"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "l'acupuncture ça aide pour l'état de stress post-traumatique?",
        "can acupuncture help post-traumatic stress disorder?",
    ],
)
def test_post_traumatic_stress_by_its_full_name_is_no_everyday_stress(store, text):
    q = replace(
        ask(text, intent="ask_conditions", named=["acupuncture"], conditions=["stress"]),
        asked_conditions=frozenset({"stress"}),
    )
    d = route(q, store)
    assert (d.kind, d.reason) == ("fallback", "not_covered"), d.rule
    assert d.subject.id == "mental_health_other"


def test_everyday_stress_is_still_answered(store):
    q = replace(
        ask(
            "can acupuncture help my stress?",
            intent="ask_conditions",
            named=["acupuncture"],
            conditions=["stress"],
        ),
        asked_conditions=frozenset({"stress"}),
    )
    assert route(q, store).kind == "kb"


@pytest.mark.parametrize(
    "question, after",
    [
        ("can acupuncture help my headaches?", "I'm on amitriptyline for them."),
        ("l'acupuncture aide pour les migraines?", "je prends du topiramate pour ça."),
    ],
)
def test_a_medicine_told_after_the_question_for_the_complaint_is_asked(store, question, after):
    q = replace(
        ask(question, intent="ask_conditions", named=["acupuncture"], conditions=["migraine_headache"]),
        asked_conditions=frozenset({"migraine_headache"}),
        full_text=f"{question} {after}",
    )
    d = route(q, store)
    assert (d.kind, d.reason) == ("fallback", "not_covered"), d.rule
    assert d.subject.id == "medication"
