"""One deployment, English and French (issue 17), through the real servers and the REST channel:
a French conversation is answered in French, it switches when the patient clearly writes in
English, the channel's language choice wins, and a third language is still refused politely."""

import json
import urllib.request
import uuid

import pytest

from actions.entry_text import entry_answer
from bot.clinic import load_clinic
from bot.knowledge.fill import fill_answer
from bot.knowledge.store import get_store
from bot.ops.client import Turn, parse_turn

pytestmark = pytest.mark.e2e
CLINIC = load_clinic()


class Patient:
    def __init__(self, servers):
        self.url = servers.rest_url
        self.sender = f"test-fr-{uuid.uuid4().hex[:10]}"

    def say(self, text: str, lang: str = None) -> Turn:
        body = {"sender": self.sender, "message": text}
        if lang:
            body["metadata"] = {"lang": lang}
        req = urllib.request.Request(
            self.url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(req, timeout=30) as r:
            turn = parse_turn(json.loads(r.read().decode() or "[]"))
        assert len(turn.contracts) == 1, f"{text!r}: expected one contract, got {turn.contracts}"
        return turn


@pytest.fixture
def patient(servers):
    return Patient(servers)


def french_answer_of(turn: Turn) -> str:
    entry = get_store().get(turn.contract["kb"]["id"])
    text, lang = entry_answer(entry, "fr")
    assert lang == "fr", f"{entry.id} has no French answer"
    return fill_answer(text, CLINIC, "fr")


def test_a_french_conversation_is_answered_in_french_then_switches_to_english(patient):
    turn = patient.say("Bonjour, est-ce que la puncture sèche fait mal?")
    assert turn.kind == "kb" and turn.contract["lang"] == "fr"
    assert "dry_needling" in turn.contract["kb"]["modalities"]
    assert turn.texts[0].startswith("Je suis Needle Guide") and CLINIC.phone in turn.texts[0]
    assert french_answer_of(turn) in turn.texts and not turn.contract.get("untranslated")

    turn = patient.say("et combien de séances faut-il en général?")  # a follow-up, still French
    assert turn.contract["lang"] == "fr"

    turn = patient.say("ok")  # too short to tell: the conversation keeps French
    assert turn.contract["lang"] == "fr"

    turn = patient.say("Sorry, could you tell me how long an IMS session lasts?")
    assert turn.kind == "kb" and turn.contract["lang"] == "en"
    entry = get_store().get(turn.contract["kb"]["id"])
    assert fill_answer(entry.answer, CLINIC) in turn.texts


def test_the_channel_language_choice_wins(patient):
    turn = patient.say("how long does an acupuncture session last?", lang="fr")  # the widget's toggle
    assert turn.contract["lang"] == "fr" and turn.kind == "kb"
    assert french_answer_of(turn) in turn.texts


def test_french_handoffs_use_the_clinic_french_texts(patient):
    turn = patient.say("Combien coûte une séance chez vous?")
    assert turn.kind == "clinic" and turn.contract["topic"] == "fees" and turn.contract["lang"] == "fr"
    assert CLINIC.answers_fr["fees"] in turn.texts and not turn.contract.get("untranslated")
    turn = patient.say("je voudrais prendre un rendez-vous pour de l'acupuncture")
    assert turn.kind == "booking" and turn.contract["lang"] == "fr"
    assert turn.text.startswith("Vous pouvez prendre rendez-vous") and CLINIC.phone in turn.text


def test_a_spanish_message_gets_the_other_language_reply_in_the_conversation_language(patient):
    patient.say("Bonjour, c'est quoi l'IMS exactement?")
    turn = patient.say("¿Duele la acupuntura? Me da miedo")
    assert turn.kind == "fallback" and turn.contract["reason"] == "other_language"
    assert turn.contract["lang"] == "fr"
    assert "je ne peux répondre qu'en français ou en anglais" in turn.text and CLINIC.phone in turn.text


def test_a_french_question_on_a_subject_not_covered_is_declined_in_french(patient):
    turn = patient.say("je suis enceinte de 5 mois, est-ce que je peux avoir de l'acupuncture?")
    assert turn.kind == "fallback" and turn.contract["reason"] == "not_covered"
    assert turn.contract["subject"] == "pregnancy" and turn.contract["lang"] == "fr"
    assert "Je n'ai pas d'information sur les aiguilles pendant la grossesse" in turn.text
    assert "votre médecin ou votre sage-femme" in turn.text


def test_a_french_emergency_gets_the_number_first_in_french(patient):
    turn = patient.say("je n'arrive plus à respirer depuis la séance d'acupuncture")
    assert turn.kind == "emergency" and turn.contract["lang"] == "fr"
    assert turn.texts[0].startswith(f"Appelez le {CLINIC.emergency_number} maintenant")
