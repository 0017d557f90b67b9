"""Three edges of the emergency phrases (knowledge/red_flags.yml), in English and French:

- a question about a risk ("could acupuncture make it painful to breathe?") is a safety question,
  not an emergency; the same sign told as happening ("it hurts to breathe since my session, could
  the needles cause that?") still alarms;
- a faint or a collapse told long ago, even with no number ("my dad blacked out ages ago and still
  won't go near needles"), is a story, not an emergency; one today or right now still alarms;
- chest muscles tight from a workout, asked about with a price or a treatment ("what would you
  charge to needle my pecs? chest is tight from push-ups"), are a sore muscle; with pressure, the
  arm, the jaw, sweating, the breath or "right now" they still alarm."""

import pytest

from bot.nlu.safety import red_flag

RISK_QUESTIONS = [
    "could acupuncture make it painful to breathe?",
    "does IMS ever cause trouble breathing?",
    "can needling near the shoulder blade make you struggle to breathe?",
    "would dry needling my upper back give me shortness of breath?",
    "can acupuncture make your breathing shallow?",
]

BREATH_TOLD_NOW = [
    "it hurts to breathe since my session, could the needles cause that?",
    "my wife is struggling to breathe, can acupuncture cause this?",
    "short of breath after my dry needling today, can that cause it?",
    "I've been struggling to breathe since IMS this morning, can it do that?",
    "can't breathe properly, can needles do that",
]

OLD_FAINTS = [
    "my dad blacked out ages ago at the dentist and still won't go near needles, would acupuncture be ok for him?",
    "I fainted a long time ago giving blood and I'm still not keen on needles. does dry needling hurt?",
    "my sister passed out years back at a vaccine and is still nervous, can she try IMS?",
    "mon père s'est évanoui il y a longtemps chez le dentiste et il a encore peur des aiguilles, l'acupuncture ça pique ?",
    "je suis tombée dans les pommes il y a des années à une prise de sang et je stresse encore, l'IMS fait mal ?",
]

FAINTS_NOW = [
    "my dad collapsed years ago too, and today he collapsed again and he's still not answering",
    "she fainted a few minutes ago in the waiting room and still won't open her eyes",
    "my husband just passed out and is not waking up",
    "il s'est évanoui ce matin après sa séance et il ne répond pas",
]

GYM_CHESTS = [
    "what would you charge to needle my pecs? chest is tight from push-ups",
    "my chest is sore and tight from all the bench pressing, could dry needling loosen it?",
    "pain in my chest muscles after the gym, how much for an IMS session?",
    "tight chest from heavy lifting all week, do you do acupuncture for that?",
    "combien pour des aiguilles dans les pectoraux ? j'ai mal à la poitrine à cause de la musculation",
    "ma poitrine est toute serrée depuis les pompes, le dry needling peut aider ?",
]

CHESTS_THAT_ALARM = [
    "chest tight from lifting and now it's going down my left arm, how much is a session?",
    "my chest hurts after the gym and I'm sweating and short of breath, does acupuncture help?",
    "crushing chest pain since the gym, how much is needling?",
    "chest pressure right now after bench press spreading into my jaw, what do you charge for IMS?",
    "douleur à la poitrine depuis la musculation qui va dans la mâchoire, combien pour l'acupuncture ?",
    "j'ai la poitrine serrée à cause du gym et je respire mal, le dry needling peut aider ?",
    "my chest is tight and heavy, I can't catch my breath",
]


@pytest.mark.parametrize("text", RISK_QUESTIONS)
def test_a_question_about_a_breathing_risk_is_no_red_flag(text):
    assert red_flag(text) is None


@pytest.mark.parametrize("text", BREATH_TOLD_NOW)
def test_a_breathing_sign_told_as_happening_still_alarms_with_a_question_about_its_cause(text):
    assert red_flag(text) == "medical"


@pytest.mark.parametrize("text", OLD_FAINTS)
def test_a_faint_told_long_ago_without_a_number_is_no_red_flag(text):
    assert red_flag(text) is None


@pytest.mark.parametrize("text", FAINTS_NOW)
def test_a_faint_today_or_now_still_alarms(text):
    assert red_flag(text) == "medical"


@pytest.mark.parametrize("text", GYM_CHESTS)
def test_chest_muscles_tight_from_a_workout_asked_with_a_price_or_a_treatment_are_no_red_flag(text):
    assert red_flag(text) is None


@pytest.mark.parametrize("text", CHESTS_THAT_ALARM)
def test_a_chest_with_the_arm_the_jaw_sweating_the_breath_or_right_now_still_alarms(text):
    assert red_flag(text) == "medical"
