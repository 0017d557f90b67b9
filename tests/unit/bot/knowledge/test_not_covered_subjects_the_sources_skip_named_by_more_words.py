"""Session 22 (tuner UC): subjects the sources do not cover, named in words the subjects' terms
missed, got a nearby entry instead of the plain "no information" decline:
a broken wrist bone by its name ("broke my scaphoid... heal faster?", vq-127), a joint "had the knee
replaced" (vo-086), opioids by their short names ("im on oxy for it", vr-153), an ear that feels
full after a blast (vs-114), a child told "in a kid" or "my son's 12" (vu-053), a fog felt after a
pesticide exposure (vv-129), rings and earrings taken out for a session (vw-101), and a diagnosis
in Chinese medicine's terms ("un « vide de rate »", "pouls « en corde »", vu-088, vw-119).

Why: a nearby entry reads as an answer to a question the documents never address; the decline
says so and who can help. Quiet controls: the same words in a question the entries answer."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.subjects import not_covered_subjects
from tests.unit.bot.knowledge.test_route import ask


def _ids(text):
    return {s.id for s in not_covered_subjects(text)}


@pytest.mark.parametrize(
    "message, subject, intent, named",
    [
        (
            "broke my scaphoid, 8 weeks in a cast they said. can acupuncture make it heal faster?",
            "bone_healing",
            "ask_conditions",
            ["acupuncture"],
        ),
        (
            "fractured my metatarsal at work, would needling help it mend quicker?",
            "bone_healing",
            "ask_conditions",
            [],
        ),
        (
            "dad had the knee replaced 6 weeks ago, can they needle around the new one yet?",
            "joint_replacement",
            "ask_safety",
            [],
        ),
        (
            "mum had both hips replaced last year, is dry needling ok near them?",
            "joint_replacement",
            "ask_safety",
            ["dry_needling"],
        ),
        (
            "im on oxy for my back, is that a problem with acupuncture?",
            "medication",
            "ask_safety",
            ["acupuncture"],
        ),
        (
            "since a loud blast in my headset my ear feels full. would dry needling do anything?",
            "ear_balance",
            "ask_conditions",
            ["dry_needling"],
        ),
        (
            "fullness in my left ear for weeks, could acupuncture help?",
            "ear_balance",
            "ask_conditions",
            ["acupuncture"],
        ),
        (
            "would it help shin splints in a kid? my son's 12 and runs cross country",
            "children",
            "ask_conditions",
            [],
        ),
        (
            "does acupuncture help with pesticide exposure, feeling foggy since spraying",
            "brain_fog",
            "ask_conditions",
            ["acupuncture"],
        ),
        (
            "do i have to take my rings and earrings out for acupuncture?",
            "skin",
            "ask_safety",
            ["acupuncture"],
        ),
        (
            "mon acupuncteur dit que j'ai un « vide de rate », ça veut dire quoi ?",
            "other_tcm",
            "ask_overview",
            ["acupuncture"],
        ),
        (
            "L'acupuncteur m'a dit que mon pouls était « en corde », ça veut dire quoi ?",
            "other_tcm",
            "ask_overview",
            ["acupuncture"],
        ),
        (
            "she said I have spleen qi deficiency and damp heat, what does that mean?",
            "other_tcm",
            "ask_overview",
            [],
        ),
    ],
)
def test_a_subject_the_sources_skip_is_declined(store, message, subject, intent, named):
    assert subject in _ids(message), _ids(message)
    d = route(ask(message, intent=intent, confidence=0.9, named=named), store)
    assert d.kind == "fallback" and d.reason == "not_covered", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "Back on the dig after two years at home with my kids and my lower back is complaining. Does acupuncture do anything for that",
        "my shin hurts after running, could dry needling help?",
        "my knee feels full of fluid after a run, can dry needling help?",
        "is it foggy out there today? driving in from the shore",
        "do you take a ring binder of my records?",
        "my jaw aches when I chew, can acupuncture help?",
        "how long does soreness last after IMS",
        "what is acupuncture exactly?",
    ],
)
def test_the_same_words_elsewhere_name_none_of_them(message):
    assert not (
        _ids(message)
        & {
            "bone_healing",
            "joint_replacement",
            "medication",
            "ear_balance",
            "children",
            "brain_fog",
            "skin",
            "other_tcm",
        }
    ), _ids(message)


@pytest.mark.parametrize(
    "message, intent",
    [
        # pain left by an infection of the joints (written rule 2), asked as "can needling help the joint pain"
        (
            "I think I got Lyme from a tick in the rows last summer. can acupuncture help the joint pain",
            "ask_conditions",
        ),
        ("had lyme disease two years ago. would dry needling help my sore knees?", "ask_conditions"),
        # the cycle itself asked to be put right (written rule 2), told beside a shift change
        (
            "my periods stopped for 3 months after they put me on rotating shifts. can acupuncture get my cycle regular again",
            "ask_conditions",
        ),
        ("since the new job my cycle is a mess. could acupuncture regulate my periods?", "ask_conditions"),
        # diabetes told as "my sugar"
        ("feet r numb n burnin from my sugar, will needles help that neuropathy", "ask_conditions"),
        # a vaccine just had, how long to wait
        (
            "got a tetanus shot yesterday after cutting my hand on a cable. how long should i wait before getting needled",
            "ask_treatment_course",
        ),
        ("had my flu shot this morning, how soon can I get dry needling?", "ask_treatment_course"),
    ],
)
def test_an_illness_or_vaccine_behind_the_question_is_declined(store, message, intent):
    d = route(ask(message, intent=intent, confidence=0.9), store)
    assert d.kind == "fallback" and d.reason == "not_covered", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "I have asthma. can acupuncture help my knee pain?",
        "my period cramps are brutal every month. can acupuncture help?",
        "i cut back on sugar and my knee still aches, would dry needling help?",
        "fainted at a flu shot once. does acupuncture hurt?",
    ],
)
def test_quiet_controls_stay_answered(store, message):
    d = route(ask(message, intent="ask_conditions", confidence=0.9), store)
    assert d.kind == "kb", (d.rule, d.subject)
