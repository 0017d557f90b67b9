"""The classifier alone (no red-flag phrase) raising the emergency alarm (route rule 4,
bot/knowledge/emergency_alone.py): a question whether needling may still be done with a
condition, or whether a lingering effect from days ago is normal, gets the normal reply with the
safety note; an emergency told in words no red-flag phrase knows still gets the emergency reply."""

import pytest

from bot.knowledge.route import route
from bot.nlu.safety import red_flag
from tests.helpers.route_questions import ask


def _read_as_emergency(text, story="", confidence=0.97):
    """The message as the classifier would hand it over when it reads an emergency, sure of it."""
    return ask(
        text,
        story=story,
        intent="emergency",
        confidence=confidence,
        ranking=[("emergency", confidence), ("ask_safety", 0.02), ("nlu_fallback", 0.01)],
    )


MAY_STILL_BE_NEEDLED = [
    ("can they still needle my legs?", "I've got really bad varicose veins on both shins."),
    (
        "could you needle near it or is that a no go?",
        "there's a big keloid scar on my shoulder from surgery.",
    ),
    ("would they be able to needle that arm?", "my left arm has had lymphoedema since my mastectomy."),
    ("peut-on quand même piquer mes mollets ?", "j'ai des varices assez marquées sur les jambes."),
    ("est-ce qu'ils peuvent me piquer près de la cicatrice ?", "j'ai une grosse cicatrice au genou."),
    ("can she have acupuncture?", "my daughter is 12 and hurt her ankle at soccer."),
    ("is dry needling an option?", "I'm 30 weeks pregnant with sciatica."),
    ("on peut lui faire des aiguilles ?", "mon fils de 11 ans a mal au genou depuis le foot."),
    ("l'acupuncture est-elle possible ?", "je suis enceinte de 4 mois et j'ai mal au dos."),
    ("est-ce possible de lui faire de l'acupuncture ?", "ma femme est enceinte de 6 mois."),
]

LINGERING_FROM_DAYS_AGO = [
    "two fingers still tingle since my forearm was needled 4 days ago, is that normal?",
    "the back of my hand has felt a bit numb since last week's IMS session. should I worry?",
    "a needle spot on my neck from tuesday went dark and a bit hard, doesn't hurt. is this normal",
    "j'ai encore le pouce engourdi depuis ma séance il y a 3 jours, c'est normal ?",
    "mon bras est encore un peu bizarre depuis la séance de mardi, est-ce normal?",
    # "a week after", "if that's normal" (heldout35: a fading bruise read by the classifier alone)
    "there's still a greenish bruise on my calf a week after dry needling, fading slowly, wondering if that's normal",
    "shoulder blade still a bit achy two weeks after IMS, nothing else going on. just curious whether it's normal",
]

EMERGENCIES_IN_PLAIN_WORDS = [
    "my wife just went down in the car park after her session and she won't open her eyes",
    "the needle spot from monday is hot and angry now and I feel awful and feverish, is that normal?",
    "since the needles in my back this morning my legs are suddenly like jelly and I can't feel the toilet paper",
    "ma mère est tombée d'un coup dans la salle d'attente et elle n'ouvre plus les yeux",
    "le point piqué lundi est brûlant et dur, et je me sens fiévreux, c'est normal ?",
]


@pytest.mark.parametrize("question,story", MAY_STILL_BE_NEEDLED)
def test_asking_whether_needling_may_still_be_done_with_a_condition_is_no_alarm(store, question, story):
    d = route(_read_as_emergency(question, story), store)
    assert d.kind != "emergency", d.rule
    assert d.safety_note, "the patient still gets the one-line safety note"


@pytest.mark.parametrize("text", LINGERING_FROM_DAYS_AGO)
def test_a_lingering_effect_from_days_ago_asked_about_is_no_alarm(store, text):
    d = route(_read_as_emergency(text), store)
    assert d.kind != "emergency", d.rule
    assert d.safety_note, "the patient still gets the one-line safety note"


@pytest.mark.parametrize("text", EMERGENCIES_IN_PLAIN_WORDS)
def test_an_emergency_only_the_classifier_reads_still_alarms(store, text):
    d = route(_read_as_emergency(text), store)
    assert (d.rule, d.kind, d.classifier_only) == ("classifier_emergency", "emergency", True)


def test_the_plain_word_emergencies_really_escape_the_red_flag_phrases():
    """Otherwise the tests above would only repeat what rule 1 already guarantees."""
    assert [t for t in EMERGENCIES_IN_PLAIN_WORDS if red_flag(t)] == []


def test_below_the_threshold_even_a_plain_word_emergency_is_answered_with_the_safety_note(store):
    d = route(_read_as_emergency(EMERGENCIES_IN_PLAIN_WORDS[0], confidence=0.6), store)
    assert d.kind != "emergency" and d.safety_note


@pytest.mark.parametrize(
    "text",
    [
        "after my first acupuncture i went home and slept like 12 hours straight, is that a good sign?",
        "slept fourteen hours after IMS yesterday, is that normal?",
        "j'ai dormi 13 heures après ma séance d'acupuncture, c'est bon signe?",
    ],
)
def test_sleeping_long_after_a_session_read_by_the_classifier_alone_is_no_alarm(store, text):
    """A long sleep after a session is an after-effect (written rule 6), not an emergency."""
    d = route(_read_as_emergency(text), store)
    assert d.kind != "emergency", d.rule


@pytest.mark.parametrize(
    "text",
    [
        "my achilles has been sore for 3 months from running and the physio wants to needle my hip. why the hip??",
        "low back has been aching for years, they needled my leg last time. how come?",
        "j'ai mal à l'épaule depuis 4 mois et le physio veut piquer mon cou. pourquoi le cou?",
    ],
)
def test_a_long_standing_pain_and_a_question_about_the_care_is_no_alarm(store, text):
    """heldout37: a question about where the physio needles, told after months of pain, read by the
    classifier alone as an emergency."""
    d = route(_read_as_emergency(text), store)
    assert d.kind != "emergency", d.rule
    assert d.safety_note
