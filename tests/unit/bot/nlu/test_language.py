"""English or French, per conversation (issue 17): which language a reply is in, and that
every text a patient can read exists in French."""
import re

import pytest

from actions.knowledge_answer import ActionAnswerFromKnowledge
from actions.smalltalk import ActionSmalltalk
from actions.texts import CLINIC_TOPIC_LABELS_FR, NOT_COVERED_FR, TEXTS, TOPIC_WORDS
from bot.clinic import ClinicConfigError, read_clinic
from bot.nlu.language import conversation_language, detect, third_language
from tests.helpers import contracts, make_tracker, texts

DN = [{"entity": "modality", "value": "dry_needling"}]


def tracker(text, intent, lang_detected=None, metadata=None, slots=None, entities=None):
    t = make_tracker(text, intent, entities=entities, slots=slots)
    if lang_detected:
        t.latest_message["needle_lang"] = lang_detected
    if metadata is not None:
        next(e for e in t.events if e["event"] == "user")["metadata"] = metadata
    return t


def slot_events(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


@pytest.fixture(autouse=True)
def _store(fixture_store):
    return fixture_store


# ------------------------------------------------------------------ the detector

@pytest.mark.parametrize("text", [
    "est-ce que l'acupuncture fait mal?", "c'est quoi le dry needling", "combien de seances faut il",
    "j'ai mal au dos depuis 3 semaines, est-ce que ca peut aider?", "la puncture sèche, ça dure combien?",
    "Je voudrais prendre rendez-vous", "dry needling pour mon epaule"])
def test_clear_french_is_french(text):
    assert detect(text) == "fr"


@pytest.mark.parametrize("text", ["does IMS hurt?", "how long is a session", "is dry needling the same as IMS",
                                  "I don't know if it's safe", "what about acupuncture for my back?"])
def test_clear_english_is_english(text):
    assert detect(text) == "en"


@pytest.mark.parametrize("text", ["ok", "IMS", "merci", "merci beaucoup", "oui", "thanks!", "IMS?", "dry needling"])
def test_one_or_two_words_never_decide(text):
    assert detect(text) is None


@pytest.mark.parametrize("text", ["¿Duele la acupuntura? Me da miedo", "cuanto cuesta una sesion de acupuntura",
                                  "Wie viel kostet eine Akupunktur"])
def test_spanish_or_german_is_neither(text):
    assert third_language(text) and detect(text) is None


# ------------------------------------------------------------------ the choice

def test_order_of_the_choice():
    assert conversation_language("fr", "en", "en") == "fr"      # the channel's explicit choice wins
    assert conversation_language(None, "fr", "en") == "fr"      # a clear message switches
    assert conversation_language(None, None, "fr") == "fr"      # else the conversation keeps its language
    assert conversation_language(None, None, None, "fr") == "fr"  # else the clinic's default
    assert conversation_language("fr-CA", None, None) == "fr" and conversation_language("es", None, "en") == "en"


def test_metadata_lang_wins_over_an_english_message(dispatcher):
    t = tracker("does dry needling hurt?", "ask_sensation", lang_detected="en", metadata={"lang": "fr"},
                entities=DN)
    events = ActionAnswerFromKnowledge().run(dispatcher, t, {})
    assert contracts(dispatcher)[0]["lang"] == "fr"
    assert slot_events(events)["language"] == "fr"
    assert texts(dispatcher)[0].startswith("Je suis Needle Guide")  # the introduction in French


def test_a_clear_french_message_switches_an_english_conversation(dispatcher):
    t = tracker("bonjour, je voudrais des informations", "greet", lang_detected="fr", slots={"language": "en"})
    events = ActionSmalltalk().run(dispatcher, t, {})
    assert contracts(dispatcher)[0]["lang"] == "fr"
    assert any(x.startswith("Bonjour!") for x in texts(dispatcher))
    assert slot_events(events)["language"] == "fr"


@pytest.mark.parametrize("text", ["ok", "merci", "thanks!"])
def test_a_short_message_keeps_the_conversation_french(dispatcher, text):
    t = tracker(text, "thanks", slots={"language": "fr"})
    events = ActionSmalltalk().run(dispatcher, t, {})
    assert contracts(dispatcher)[0]["lang"] == "fr"
    assert "Avec plaisir" in " ".join(texts(dispatcher))
    assert "language" not in slot_events(events)  # unchanged: no event


def test_a_treatment_name_alone_keeps_the_conversation_french(dispatcher):
    ActionAnswerFromKnowledge().run(dispatcher, tracker("IMS?", "ask_overview", slots={"language": "fr"}), {})
    assert contracts(dispatcher)[0]["lang"] == "fr"


def test_english_conversations_stay_english_and_set_no_slot(dispatcher):
    events = ActionSmalltalk().run(dispatcher, tracker("thanks", "thanks"), {})
    assert contracts(dispatcher)[0]["lang"] == "en" and "You're welcome" in " ".join(texts(dispatcher))
    assert "language" not in slot_events(events)


def test_clinic_default_language_starts_conversations_in_french(dispatcher, tmp_path, monkeypatch):
    path = tmp_path / "clinic.yml"
    path.write_text("name: Clinique Test\nphone: 514-555-0100\nbooking_url: https://booking.example.org\n"
                    "default_language: fr\n", encoding="utf-8")
    monkeypatch.setenv("NEEDLE_CLINIC", str(path))
    ActionSmalltalk().run(dispatcher, tracker("IMS?", "greet"), {})
    assert contracts(dispatcher)[0]["lang"] == "fr"
    assert texts(dispatcher)[0].startswith("Je suis Needle Guide, un assistant automatisé de Clinique Test")


def test_default_language_is_checked_with_its_line(tmp_path):
    path = tmp_path / "clinic.yml"
    path.write_text("name: Clinique Test\nphone: 514-555-0100\nbooking_url: https://booking.example.org\n"
                    "default_language: es\n", encoding="utf-8")
    with pytest.raises(ClinicConfigError) as err:
        read_clinic(path)
    assert "line 4" in str(err.value) and "default_language" in str(err.value)
    path.write_text("name: A\nphone: 514-555-0100\nbooking_url: https://booking.example.org\n", encoding="utf-8")
    assert read_clinic(path).default_language == "en"


# ------------------------------------------------------------------ French answers

@pytest.fixture
def french_answers(tmp_path, monkeypatch):
    """Answer files where dn-sensation has a French version and nothing else has."""
    folder = tmp_path / "knowledge"
    (folder / "answers").mkdir(parents=True)
    (folder / "answers" / "main.yml").write_text(
        "entries:\n  - id: dn-sensation\n    question_fr: \"La puncture sèche fait-elle mal?\"\n"
        "    answer_fr: \"Souvent, on sent une petite secousse du muscle. Appelez le {clinic.phone}.\"\n",
        encoding="utf-8")
    monkeypatch.setattr("actions.entry_text.KNOWLEDGE_DIR", folder)
    return folder


def test_french_answer_with_the_clinic_filled_in(dispatcher, french_answers):
    t = tracker("est-ce que le dry needling fait mal?", "ask_sensation", lang_detected="fr", entities=DN)
    ActionAnswerFromKnowledge().run(dispatcher, t, {})
    contract = contracts(dispatcher)[0]
    assert contract["kb"]["id"] == "dn-sensation" and contract["lang"] == "fr"
    said = texts(dispatcher)
    assert "Souvent, on sent une petite secousse du muscle. Appelez le 604-555-0142." in said
    assert "n'existe qu'en anglais" not in " ".join(said)


def test_an_answer_without_french_goes_out_in_english_and_says_so_once(dispatcher, french_answers):
    t = tracker("et après, je vais avoir mal combien de temps?", "ask_aftercare", lang_detected="fr",
                slots={"topic": "sensation", "modalities": ["dry_needling"]})
    ActionAnswerFromKnowledge().run(dispatcher, t, {})
    contract = contracts(dispatcher)[0]
    assert contract["kb"]["id"] == "dn-aftercare" and contract["lang"] == "fr" and contract["untranslated"]
    said = " ".join(texts(dispatcher))
    assert said.count("Cette réponse n'existe qu'en anglais pour l'instant.") == 1


def test_clinic_answers_and_hours_in_french():
    from bot.clinic import load_clinic
    c = load_clinic()
    assert c.answer_in("fees", "fr")[1] == "fr" and "$" in c.answer_in("fees", "fr")[0]
    assert c.hours_in("fr")[1] == "fr"
    assert c.answer_in("parking", "en") == (c.answer("parking"), "en")


# ------------------------------------------------------------------ every text in French

def test_every_english_text_has_a_french_one():
    assert set(TEXTS["en"]) == set(TEXTS["fr"])
    for key, english in TEXTS["en"].items():
        assert TEXTS["fr"][key].strip(), key
        # the same placeholders, so no French text drops the phone or the number
        assert set(re.findall(r"{(\w+)}", english)) == set(re.findall(r"{(\w+)}", TEXTS["fr"][key])), key
    assert set(TOPIC_WORDS["en"]) == set(TOPIC_WORDS["fr"])


def test_every_not_covered_subject_and_clinic_topic_has_french_words():
    from bot.knowledge.subjects import load_clinic_topics, load_not_covered
    assert {r.name for r in load_not_covered()} <= set(NOT_COVERED_FR)
    assert {r.name for r in load_clinic_topics()} <= set(CLINIC_TOPIC_LABELS_FR)


# ------------------------------------------------------------------ the evaluation checks the language

def test_a_case_fails_when_the_last_reply_is_in_the_wrong_language():
    from bot.ops.client import Turn
    from bot.ops.evaluate import Case, Result, check, report, wrong_language
    case = Case(id="fr-1", turns=["ça fait mal?"], kind="smalltalk", topic_any=[], modalities_all=[],
                file="f.yml", kinds=["smalltalk"], lang="fr")
    english = Turn(contracts=[{"kind": "smalltalk", "lang": "en"}])
    french = Turn(contracts=[{"kind": "smalltalk", "lang": "fr"}])
    assert "expected 'fr'" in check(case, english)
    assert check(case, french) is None
    results = [Result(case, check(case, english), english), Result(case, check(case, french), french)]
    assert wrong_language(results[0]) and not wrong_language(results[1])
    assert "wrong language: 1/2 (50.0%)" in report(results)


def test_a_french_greeting_starts_a_new_conversation_in_french_but_never_switches_one(dispatcher):
    from bot.nlu.language import hint
    assert hint("bonjour") == hint("salut!") == "fr" and hint("ok") is None and hint("IMS") is None
    new = tracker("bonjour", "greet")
    new.latest_message["needle_lang_hint"] = "fr"
    ActionSmalltalk().run(dispatcher, new, {})
    assert contracts(dispatcher)[0]["lang"] == "fr"
    english = tracker("merci", "thanks")  # after an English message: no slot, as English is the default
    english.events.insert(2, {"event": "user", "text": "what is IMS", "parse_data": {"needle_lang": "en"}})
    english.latest_message["needle_lang_hint"] = "fr"
    later = type(dispatcher)()
    ActionSmalltalk().run(later, english, {})
    assert contracts(later)[0]["lang"] == "en"
