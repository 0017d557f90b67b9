"""Red flags win over the classifier; odd input is recognised before NLU guesses."""

import pytest

from bot.nlu.safety import _red_flags, clean_text, input_problem, red_flag, red_flag_match

MEDICAL = [
    "I can't breathe properly since my dry needling this morning",
    "having trouble breathing after acupuncture on my back",
    "its hard to breathe and my chest hurts",
    "sharp pain in my chest after IMS yesterday",
    "chest feels tight after the needles went in near my shoulder blade",
    "i'm short of breath after the session",
    "I think I have a collapsed lung from dry needling",
    "the needle spot is bleeding and it won't stop",
    "bleeding wont stop after acupuncture",
    "can't stop the bleeding where the needle was",
    "my mom fainted after acupuncture and she's still not responding",
    "he passed out during IMS and won't wake up",
    "I fainted after dry needling and I'm still dizzy and confused",
    "I keep passing out",
    "my throat is swelling after the treatment",
    "CHEST PAIN AFTER NEEDLING HELP",
    "after my appointment i feel like i cant get enough air",
    "cnt breath properly",
    "every breath is sharp since the needling near my collarbone",
    "my lips are puffing up after the needles",
    "i think i'm having an anaphylactic reaction",
    "she's going into anaphylactic shock",
    "his face looks lopsided and he's slurring his words",
    "she took way too many of her sleeping pills",
    "i think i overdosed on my painkillers",
    "my son is convulsing on the floor",
]
SELF_HARM = [
    "i want to kill myself",
    "I've been thinking about ending my life",
    "sometimes i want to hurt myself",
    "I feel suicidal",
    "i dont want to live anymore",
    "everyone would be better off without me",
    "i'm going to overdose tonight",
    "i just want to end it all",
    "thinking of taking all my pills",
]
NOT_EMERGENCY = [
    "can dry needling puncture a lung?",
    "is there a risk of pneumothorax with IMS",
    "does acupuncture hurt?",
    "will I bleed a little after dry needling",
    "is it normal to feel a bit faint during acupuncture",
    "how long does the soreness last after IMS",
    "does acupuncture help with breathing problems like asthma",
    "I'm dying to try acupuncture",
    "can acupuncture cause anaphylaxis?",
    "i'm anaphylactic to latex, do you use latex gloves",
    "i've had anaphylaxis before, is dry needling ok for me",
    "can you overdose on acupuncture",
    "is there any risk of a stroke from needling the neck",
    "i have epilepsy, could i have a seizure during IMS",
    "that's odd, does IMS always feel like that",
    "i'm on blood thinners, will i bleed a lot after dry needling",
]


@pytest.mark.parametrize("text", MEDICAL)
def test_medical_red_flags(text):
    assert red_flag(text) == "medical"


@pytest.mark.parametrize("text", SELF_HARM)
def test_self_harm_red_flags(text):
    assert red_flag(text) == "self_harm"


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_ordinary_questions_are_not_emergencies(text):
    assert red_flag(text) is None


def test_curly_apostrophes_and_accents_do_not_hide_an_english_red_flag():
    assert red_flag("I can\u2019t breathe after the néedles") == "medical"
    assert red_flag_match("i want to kill myself") == ("self_harm", "en")


def test_capitals_and_a_turkish_keyboard_do_not_hide_a_red_flag():
    """Red flags are matched without IGNORECASE (faster): shouting, a title-case word, and the
    dotless ı a Turkish keyboard types for i must still get the crisis and emergency replies."""
    assert red_flag("I WANT TO KILL MYSELF") == "self_harm"
    assert red_flag("ı want to kıll myself") == "self_harm"
    assert red_flag("My Chest Hurts And My Arm Is Numb") == "medical"
    assert red_flag("J'AI UNE DOULEUR À LA POITRINE") == red_flag("j'ai une douleur a la poitrine")


def test_a_red_flag_pattern_with_capitals_still_matches_any_case(tmp_path):
    flags = tmp_path / "flags.yml"
    flags.write_text(r"medical: ['\bChest \S+ pain']" + "\n", encoding="utf-8")
    assert _red_flags(flags)["medical"]["en"][0].search("chest wall pain")


def test_red_flag_file_may_list_patterns_per_language_or_as_one_list(tmp_path):
    """A file kept in the older one-list layout still loads; accents in a pattern are ignored."""
    per_language = tmp_path / "per_language.yml"
    per_language.write_text(
        'medical:\n  en: ["chest pain"]\n  fr: ["je me suis évanoui"]\n', encoding="utf-8"
    )
    one_list = tmp_path / "one_list.yml"
    one_list.write_text('medical: ["chest pain"]\nself_harm: ["kill myself"]\n', encoding="utf-8")
    flags = _red_flags(per_language)
    assert flags["medical"]["fr"][0].search("je me suis evanoui")
    assert set(_red_flags(one_list)) == {"medical", "self_harm"}
    assert _red_flags(one_list)["self_harm"]["en"][0].search("i want to kill myself")


def test_red_flag_found_inside_a_long_message():
    text = "I had my first session and the physio was lovely. " * 40 + "Now I can't breathe well."
    assert red_flag(text) == "medical"


@pytest.mark.parametrize(
    "text,problem",
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("👍🙂", "no_words"),
        ("???!!", "no_words"),
        ("<img src=x onerror=alert(1)>", "empty"),
        ("a" * 5000, "too_long"),
        ("¿Duele la acupuntura? Me da miedo", "other_language"),
        ("针灸疼吗", "other_language"),
        ("Wie viel kostet eine Akupunktur und tut es weh", "other_language"),
    ],
)
def test_input_problems(text, problem):
    assert input_problem(text) == problem


@pytest.mark.parametrize(
    "text",
    [
        "does it hurt?",
        "IMS?",
        "hola, does acupuncture hurt",
        "2 sessions?",
        "est-ce que l'acupuncture fait mal pour le dos",
        "la puncture sèche, ça dure combien?",
    ],
)
def test_normal_messages_have_no_input_problem(text):
    assert input_problem(text) is None


def test_html_is_reduced_to_text():
    assert clean_text("<b>does IMS</b> hurt &amp; bruise?") == "does IMS hurt & bruise?"


def test_message_with_no_known_word_is_not_guessed_at():
    vocab = frozenset({"does", "acupuncture", "hurt", "hi"})
    assert input_problem("asdfgh qwerty", vocab) == "unknown_words"
    assert input_problem("does acupunture hurt", vocab) is None
    assert input_problem("hi", vocab) is None
    assert input_problem("asdfgh") is None  # no vocabulary built: nothing is rejected
    assert input_problem("séance?", frozenset({"seance"})) is None  # accents or not, a known word


@pytest.mark.parametrize(
    "text",
    [
        "cant catch my breth after accupunture wat do i do",
        "i hav a rly bad chest pian after dry neddling",
        "the spot on my leg keeps bleeding through the bandaid, been pressing 20 mins and it wont stop",
        "blood keeps soaking through the bandage where they did IMS",
        "he started shaking and jerking all over after his session",
        "my wife suddenly cant lift her arm and shes talking funny",
        "my mum took a double dose of her painkillers and now shes drowsy and confused",
        "the needle site is gushing blood",
        "my throat feels tight right after the session",
    ],
)
def test_typos_and_long_stories_of_emergency_signs_are_red_flags(text):
    assert red_flag(text) == "medical"


@pytest.mark.parametrize(
    "text",
    ["i just took the whole bottle of my pain pills", "she swallowed all of her sleeping pills an hour ago"],
)
def test_an_overdose_that_has_happened_is_a_red_flag(text):
    assert red_flag(text) == "medical"
