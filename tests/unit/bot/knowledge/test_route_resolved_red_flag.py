"""A red flag told as a past scare that was explained ("chest pain 2 years ago that turned out
to be reflux") is no emergency, even when the patient adds the worry it left ("so now I'm
paranoid", "du coup je suis un peu parano"): that worry is what goes on now, not the sign. The
question is answered with the one-line safety note. A sign happening now, or back again, still
raises the alarm."""

import pytest

from bot.knowledge.question import Question
from bot.knowledge.route import route
from bot.nlu.focus import sentences
from bot.nlu.safety import red_flag
from tests.helpers.route_questions import ask


def as_nlu_reads(message: str) -> Question:
    """The question sentence after the story, the red flag found in the whole message and
    the emergency intent it sets, as the NLU hands them over."""
    told = sentences(message)
    story, question = " ".join(told[:-1]), told[-1]
    q = ask(question, story=story, intent="emergency", confidence=1.0)
    q.red_flag = red_flag(message) or ""
    assert q.red_flag == "medical", message
    return q


@pytest.mark.parametrize(
    "message",
    [
        "Had trouble breathing last year but it was just a panic attack, now I'm a bit nervous. "
        "Is IMS near the ribs safe?",
        "My chest felt tight a few months ago, the cardiologist checked me and it was nothing serious, "
        "so now I'm scared of needles. Can acupuncture go deep enough to hit a lung?",
        "I had chest pain back in 2022 that turned out to be muscular and now I'm a little wary. "
        "Is dry needling the pecs risky?",
        "Il y a deux ans j'ai eu une douleur à la poitrine, c'était juste du reflux, du coup je suis "
        "un peu parano. Est-ce que l'aiguille peut toucher le poumon ?",
        "J'ai eu du mal à respirer l'an dernier, il s'est avéré que c'était de l'angoisse, maintenant "
        "j'ai peur. L'acupuncture est-elle sûre ?",
        "L'an dernier j'ai eu mal à la poitrine, c'était rien de grave, maintenant je stresse. "
        "Le dry needling près du thorax est-il risqué ?",
        "Back in 2019 I was short of breath for a bit after dry needling, then it went away completely. "
        "Now im thinking about IMS. Is it safe?",
        "In 2021 I had chest pain after a session and it passed off after an hour, the doctor said it was "
        "nothing serious. Now im considering acupuncture, is it risky?",
    ],
)
def test_a_past_explained_red_flag_and_the_worry_it_left_is_answered_with_the_safety_note(store, message):
    d = route(as_nlu_reads(message), store)
    assert d.kind != "emergency", d
    assert d.safety_note


@pytest.mark.parametrize(
    "message",
    [
        "Had needling this morning and now chest pain. What do I do?",
        "Had chest pain 2 years ago that turned out to be reflux, but now I'm having chest pain again "
        "after needling. Should I worry?",
        "Last year my chest pain turned out to be reflux. Now I'm scared because my chest hurts again "
        "since yesterday, should I go to the ER?",
        "Il y a deux ans c'était juste du reflux. Mais maintenant j'ai une douleur à la poitrine, c'est grave ?",
        "L'an dernier c'était rien de grave, maintenant j'ai peur et j'ai encore mal à la poitrine. "
        "Je fais quoi ?",
        "Back in 2019 I was short of breath after needling, then it went away. Now im short of breath "
        "again after today's session, what do I do?",
        "In 2020 my chest pain after IMS turned out to be a cramp, but now i'm having chest pain again. Help?",
    ],
)
def test_a_red_flag_happening_now_or_back_again_still_raises_the_alarm(store, message):
    assert route(as_nlu_reads(message), store).kind == "emergency"


@pytest.mark.parametrize(
    "message",
    [
        "Had chest pain last year that turned out to be reflux. Now I feel fine, can I try acupuncture?",
        "L'an dernier j'avais mal à la poitrine, c'était juste du stress. Maintenant j'ai plus rien, "
        "je peux essayer l'acupuncture ?",
    ],
)
def test_now_fine_after_an_explained_scare_is_no_alarm(store, message):
    assert route(as_nlu_reads(message), store).kind != "emergency"


@pytest.mark.parametrize(
    "message",
    [
        "Woke up three weeks ago with half my face drooping. Doctor said Bell's palsy and gave me steroids. "
        "Should I add acupuncture to speed it up?",
        "My face went droopy on one side two weeks ago, the ER confirmed Bell's palsy and put me on prednisone. "
        "Would acupuncture be worth trying?",
    ],
)
def test_a_sign_a_doctor_already_named_and_treats_is_no_emergency(store, message):
    """heldout39: a face drooping three weeks ago, named and treated by a doctor, asked about
    adding acupuncture, got the emergency reply."""
    d = route(as_nlu_reads(message), store)
    assert d.kind != "emergency", d.rule
    assert d.safety_note


def test_the_same_sign_since_this_morning_still_alarms(store):
    d = route(as_nlu_reads("Half my face is drooping since this morning. Should I add acupuncture?"), store)
    assert d.kind == "emergency"
