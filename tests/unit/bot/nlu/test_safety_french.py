"""Emergencies written in French get the emergency reply (issue 13, finding 0), and that reply
never depends on clinic.yml being readable."""
import sys

import pytest

from actions.emergency import BUILTIN_CRISIS_LINE, BUILTIN_EMERGENCY_NUMBER, ActionEmergency, emergency_reply
from bot.nlu.safety import input_problem, red_flag
from tests.helpers import contracts, texts

MEDICAL_FR = [
    # trouble breathing
    "j'arrive pas à respirer depuis l'aiguille sèche",
    "jarrive plus a respirer aidez moi",
    "Je n'arrive pas à respirer correctement depuis la séance d'acupuncture",
    "chus pu capable de respirer",
    "j'ai ben de la misère à respirer depuis à matin",
    "J'ai du mal à respirer depuis qu'on m'a piqué dans le dos",
    "ça fait mal quand je respire, à droite, depuis les aiguilles",
    "j'étouffe",
    "je manque d'air depuis le traitement",
    "mon mari respire mal depuis son IMS, il respire pu comme avant",
    "je pense que j'ai un pneumothorax après les aiguilles entre les côtes",
    # chest pain
    "j'ai mal dans la poitrine depuis la puncture seche",
    "douleur thoracique apres l'acupuncture",
    "ma poitrine serre fort depuis tantôt",
    # bleeding that won't stop
    "ça arrête pas de saigner depuis que j'ai enlevé le pansement",
    "ca saigne pis ca arrete pu",
    "le saignement s'arrête pas malgré la glace",
    "ça pisse le sang où l'aiguille est rentrée",
    "ça saigne beaucoup au point de piqûre",
    # fainting that does not pass, unconscious
    "je me suis évanoui et je suis encore tout étourdi",
    "je me suis evanouie pis j'ai encore la tete qui tourne",
    "mon père a perdu connaissance dans la salle d'attente",
    "elle est tombée dans les pommes et elle se réveille pas",
    "il est inconscient",
    # allergic reaction
    "ma langue enfle et j'ai de la difficulté à avaler",
    "mes lèvres sont en train d'enfler, c'est les aiguilles ?",
    "j'ai la gorge qui se ferme",
    "je crois que je fais une réaction allergique grave",
    "elle est en choc anaphylactique",
    # stroke, seizure, overdose, ambulance
    "il fait un AVC je pense, sa bouche est croche",
    "elle parle tout mêlé depuis tantôt",
    "mon fils fait une crise d'épilepsie",
    "il convulse sur le plancher",
    "j'ai pris trop de comprimés de tylenol",
    "il a fait une overdose",
    "appelez le 911 svp",
    "appelle une ambulance vite",
    "j'ai besoin d'une ambulance",
    # found by a second batch
    "ma respiration est difficile et j'ai mal au dos",
    "chu pu capab de respirer",
    "ça me serre dans la poitrine",
    "je me suis évanouie deux fois depuis ce matin",
    # found by a third batch
    "j'ai l'impression d'étouffer",
    "une douleur qui serre ma poitrine depuis l'IMS",
    "le trou de l'aiguille saigne encore, ça fait une heure",
    "Mon fils ne respire plus",
    "crise cardiaque je pense",
]
SELF_HARM_FR = [
    "je veux mourir",
    "j'ai envie de mourir",
    "jveux mourir",
    "je pense au suicide",
    "j'ai des pensées suicidaires",
    "je veux me tuer",
    "je vais me tuer ce soir",
    "j'ai le goût de me suicider",
    "je veux en finir",
    "je veux en finir avec la vie",
    "je ne veux plus vivre",
    "j'ai pu le goût de vivre",
    "je pense à mettre fin à mes jours",
    "je veux me faire du mal",
    "tout le monde serait mieux sans moi",
    "je veux m'enlever la vie",
    "j'ai envie d'avaler toutes mes pilules",
    "je pense me tuer",
    "je voudrais ne plus me réveiller",
    "j'ai envie de crever",
    "je me fais du mal",
    "je me coupe les bras",
]
NOT_EMERGENCY = [
    # French questions about a risk, past events and idioms
    "est-ce que l'acupuncture fait mal",
    "j'ai eu mal pendant la séance",
    "un bleu qui ne part pas",
    "combien ça coûte",
    "peut-on se perforer un poumon ?",
    "est-ce que l'aiguille sèche peut causer un pneumothorax ?",
    "est-ce normal de saigner un peu après l'acupuncture ?",
    "je prends des anticoagulants, est-ce que je vais saigner beaucoup ?",
    "le saignement s'arrête plus vite avec de la glace ?",
    "est-ce que ça va me faire mal ?",
    "est-ce qu'on peut s'évanouir pendant une séance ?",
    "j'ai peur des aiguilles, je vais m'évanouir lol",
    "l'acupuncture aide-t-elle pour l'asthme et la respiration ?",
    "je respire plus facilement depuis la séance",
    "est-ce que l'acupuncture peut causer un choc anaphylactique ?",
    "je suis allergique au latex, utilisez-vous des gants ?",
    "je suis épileptique, est-ce que je peux faire une crise pendant l'IMS ?",
    "est-ce qu'il y a un risque d'AVC avec les aiguilles dans le cou ?",
    "mon père a fait un AVC l'an passé, l'acupuncture peut-elle l'aider ?",
    "j'ai hâte d'en finir avec mon mal de dos",
    "je veux en finir avec ces douleurs au cou",
    "ce mal de dos va me tuer",
    "je meurs d'envie d'essayer l'acupuncture",
    "je parle mal anglais, vous parlez français ?",
    "la clinique ne répond pas au téléphone",
    "je suis tombée sur votre site, mais la clinique ne répond pas au téléphone",
    "est-ce que j'aurai mal à la poitrine ? je n'ai aucune douleur pour l'instant",
    "j'ai les lèvres sèches après la séance",
    "est-ce que je dois prendre tous mes médicaments avant la séance ?",
    "j'ai déjà perdu connaissance lors d'une prise de sang, est-ce un problème ?",
    "est-ce normal d'avoir la tête qui tourne après la séance ?",
    "quand faut-il appeler le 911 après une séance ?",
    "est-ce qu'on peut avoir mal à la poitrine après ?",
    "je n'ai aucune douleur à la poitrine",
    "je respire mieux depuis l'acupuncture",
    "ça me tue d'attendre",
    "je suis mort de rire",
    "je suis tombé amoureux de l'acupuncture haha",
    "ça fait pas mal du tout finalement",
    "peut-on mourir d'une séance d'acupuncture ?",
    "j'avais peur de m'évanouir mais tout s'est bien passé",
    "je me blesse encore au genou quand je cours",
    # English near-misses: French phrases must not fire on them
    "how much does a session cost",
    "my lips are dry after the session",
    "what if I faint at the sight of needles",
    "my father had a stroke last year, can IMS help",
    "is parking free at the clinic",
    "can I pay with a credit card",
]


@pytest.mark.parametrize("text", MEDICAL_FR)
def test_french_medical_emergencies_are_red_flags(text):
    assert red_flag(text) == "medical"


@pytest.mark.parametrize("text", SELF_HARM_FR)
def test_french_self_harm_gets_the_crisis_line(text):
    assert red_flag(text) == "self_harm"


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_questions_about_risk_and_idioms_are_not_emergencies(text):
    assert red_flag(text) is None


def test_accents_curly_apostrophes_and_capitals_do_not_matter():
    for text in ("je me suis évanouie et je suis encore confuse", "JE ME SUIS EVANOUIE ET JE SUIS ENCORE CONFUSE",
                 "j’arrive pas à respirer", "j´arrive pas a respirer"):
        assert red_flag(text) == "medical", text


def test_french_red_flag_found_at_the_end_of_a_long_message():
    text = "J'ai eu ma première séance et la physio était très gentille. " * 15 + "Là j'arrive pu à respirer."
    assert red_flag(text) == "medical"


def test_french_emergency_is_read_as_french_and_as_an_emergency():
    """French is answered (issue 17), not refused as another language; the red flag still wins."""
    text = "j'ai de la misère à respirer depuis l'acupuncture pis j'ai mal dans la poitrine"
    assert input_problem(text) is None
    assert red_flag(text) == "medical"


def test_safety_override_turns_a_french_emergency_into_the_emergency_intent():
    from rasa.shared.nlu.constants import INTENT, TEXT
    from rasa.shared.nlu.training_data.message import Message
    from bot.nlu.components import SafetyOverride
    message = Message(data={TEXT: "ça saigne pis ça arrête pas là où l'aiguille est rentrée"})
    SafetyOverride().process([message])
    assert message.get(INTENT)["name"] == "emergency"
    assert {"entity": "emergency_type", "value": "medical"}.items() <= message.get("entities")[0].items()


# The reply: the number and one line in each language, whatever state clinic.yml is in.

def test_medical_reply_gives_the_number_in_english_and_french():
    said, contract = emergency_reply("medical", classifier_only=False)
    assert said[0].startswith("Call 911 now")
    assert any(t.startswith("Appelez le 911") for t in said)
    assert contract == {"kind": "emergency", "number": "911", "category": "medical",
                        "emergency_number": "911", "crisis_line": "988", "rule": "red_flag", "lang": "en"}


def test_self_harm_reply_gives_the_crisis_line_in_english_and_french():
    said, contract = emergency_reply("self_harm", classifier_only=False)
    assert contract["number"] == "988" and contract["category"] == "self_harm"
    assert "988" in said[0] and "911" in said[0]
    assert any("988" in t and "Appelez" in t for t in said)


def test_classifier_only_reply_gives_both_numbers_in_french_too():
    said, contract = emergency_reply("", classifier_only=True)
    assert contract["number"] == "911" and contract["category"] == "medical"
    french = [t for t in said if t.startswith("Appelez")]
    assert len(french) == 1 and "911" in french[0] and "988" in french[0]


@pytest.fixture(params=["syntax_error", "missing"])
def broken_clinic(request, tmp_path, monkeypatch):
    path = tmp_path / "clinic.yml"
    if request.param == "syntax_error":
        path.write_text("name: Maple Grove\nphone: 604-555-0142\nparking: Free: behind the building\n"
                        "  hours: [Mon\n", encoding="utf-8")
    monkeypatch.setenv("NEEDLE_CLINIC", str(path))
    return path


@pytest.mark.parametrize("category,number", [("medical", "911"), ("self_harm", "988")])
def test_reply_still_goes_out_when_clinic_yml_is_broken_or_missing(broken_clinic, category, number):
    said, contract = emergency_reply(category, classifier_only=False)
    assert contract["number"] == number
    assert contract["emergency_number"] == BUILTIN_EMERGENCY_NUMBER == "911"
    assert contract["crisis_line"] == BUILTIN_CRISIS_LINE == "988"
    assert number in said[0] and any(t.startswith("Appel") for t in said)


def test_reply_uses_builtins_whatever_the_clinic_loader_raises(monkeypatch):
    def broken():
        raise RuntimeError("clinic.yml is not what we expected")
    monkeypatch.setattr(sys.modules[emergency_reply.__module__], "clinic", broken)
    said, contract = emergency_reply("medical", classifier_only=True)
    assert said[0].startswith("Call 911 now") and "988" in " ".join(said)
    assert contract["number"] == "911"
    assert "604-555-0142" not in " ".join(said)  # the built-in texts, not the clinic's


def test_a_mistyped_emergency_number_falls_back_to_911(tmp_path, monkeypatch):
    path = tmp_path / "clinic.yml"
    path.write_text("name: Maple Grove\nphone: 604-555-0142\nbooking_url: https://booking.example.org\n"
                    "emergency_number: ''\ncrisis_line: call us\n", encoding="utf-8")
    monkeypatch.setenv("NEEDLE_CLINIC", str(path))
    said, contract = emergency_reply("self_harm", classifier_only=False)
    assert contract["emergency_number"] == "911" and contract["crisis_line"] == "988"
    assert "988" in said[0] and "911" in said[0]


def test_action_answers_a_french_emergency_in_french_with_a_broken_clinic_yml(broken_clinic, dispatcher,
                                                                              tracker_factory):
    tracker = tracker_factory("j'arrive pas à respirer", "emergency",
                              entities=[{"entity": "emergency_type", "value": "medical"}])
    ActionEmergency().run(dispatcher, tracker, {})
    said = texts(dispatcher)
    assert said[0].startswith("Appelez le 911 maintenant") and any(t.startswith("Call 911 now") for t in said)
    assert contracts(dispatcher)[0]["lang"] == "fr"
    assert [c["kind"] for c in contracts(dispatcher)] == ["emergency"]
