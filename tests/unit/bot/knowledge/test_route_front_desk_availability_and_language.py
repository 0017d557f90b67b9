"""Issue 11, front-desk questions told apart (session 11), tested on new wordings in English and French.

Availability asked without a day ("anything this week with the acupuncturist?", "des disponibilités
avec la physio?") is a booking; a change on the clinic's side (the practitioner sick or away on the
day, the clinic closed for snow or a holiday, whether they call the patient), a waitlist, a
chaperone, and a woman or a man asked to treat go to the front desk; someone to interpret, or the
patient's English said to be weak, is the clinic's languages answer; moving "tomorrow's 10am" is a
cancellation."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.subjects import clinic_topic
from tests.helpers.route_questions import ask

UNSURE = ("nlu_fallback", "ask_conditions", "ask_safety", "ask_hours", "greet")


@pytest.mark.parametrize(
    "question",
    [
        "do you guys have anything open tomorrow with the physio?",
        "you have any availability this week?",
        "anything free on saturday?",
        "got any openings with the IMS physio",
        "whats your next available appointment",
        "how soon can i get in, my neck is killing me",
        "is there anything sooner with an acupuncturist?",
        "avez-vous des disponibilités avec l'acupunctrice?",
        "y a-t-il des places libres cette semaine?",
        "auriez-vous une place demain matin?",
        "c'est quoi votre prochaine disponibilité?",
        "as-tu quelque chose de libre jeudi?",
    ],
)
@pytest.mark.parametrize("intent", ["nlu_fallback", "ask_conditions"])
def test_availability_asked_without_booking_words_is_a_booking(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.4), store)
    assert d.kind == "booking", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "if the acupuncturist is off sick that day do you phone me?",
        "what if my physio gets sick the morning of my appt",
        "my therapist is on vacation next week, will someone text me?",
        "if the physio cancels on me do i get rebooked?",
        "are you guys open on stat holidays?",
        "do you close when there's a big snowstorm?",
        "whats the holiday schedule over christmas",
        "can you put me on the waitlist for the ims guy",
        "can i have a chaperone in the room during treatment?",
        "is it a private room or just curtains?",
        "si ma physio est malade, est-ce que vous m'appelez?",
        "et si l'acupuncteur tombe malade la journée même?",
        "êtes-vous ouverts les jours fériés?",
        "vous fermez quand il y a une tempête de neige?",
        "pouvez-vous me mettre sur la liste d'attente?",
    ],
)
@pytest.mark.parametrize("intent", UNSURE)
def test_a_change_on_the_clinic_side_or_an_arrangement_goes_to_the_front_desk(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.4), store)
    assert (d.kind, d.rule) == ("contact", "handoff"), (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "can i ask for a female acupuncturist?",
        "i'd prefer a woman for the needling if possible",
        "is the physio a man or a woman?",
        "do you have female only practitioners",
        "je préfère une praticienne, c'est possible?",
        "est-ce que je pourrais avoir un physio homme?",
        "est-ce que je peux choisir une femme pour mes traitements?",
        "c'est un homme ou une femme l'acupuncteur?",
    ],
)
@pytest.mark.parametrize("intent", UNSURE)
def test_a_woman_or_a_man_asked_to_treat_goes_to_the_front_desk(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.4), store)
    assert (d.kind, d.rule) == ("contact", "handoff"), (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "my mum's english is not very good, can my sister come to translate?",
        "can my son interpret for me during the appointment?",
        "my grandpa doesnt speak much english, is that a problem?",
        "does anyone there speak another language?",
        "est-ce que ma fille peut venir traduire pour moi?",
        "mon père comprend pas bien le français, quelqu'un pour interpréter?",
        "ma mère parle pas très bien anglais, c'est correct?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_safety", "nlu_fallback", "human_handoff"])
def test_someone_to_interpret_or_weak_english_is_the_languages_answer(store, question, intent):
    assert clinic_topic(question) == "languages"
    d = route(ask(question, intent=intent, confidence=0.5), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "languages"), (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "the baby's sick, can i move tomorrow's 10am to friday?",
        "need to push thursday's 3pm back a week",
        "can you put me on the cancellation list in case something opens?",
    ],
)
def test_moving_a_named_slot_is_cancelling_but_a_cancellation_list_is_the_front_desk(store, question):
    d = route(ask(question, intent="nlu_fallback", confidence=0.4), store)
    if "list" in question:
        assert (d.kind, d.rule) == ("contact", "handoff"), (d.kind, d.rule)
    else:
        assert d.kind == "clinic" and d.clinic_topic == "cancellation", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "can you let me know if acupuncture helps back pain?",
        "do you have anything for back pain?",
        "i'm flying home for christmas, can i fly the day after acupuncture?",
        "is a woman more likely to bruise from dry needling?",
    ],
)
def test_look_alikes_are_no_front_desk_question(store, question):
    d = route(ask(question, intent="ask_conditions", confidence=0.8), store)
    assert d.rule != "handoff" and d.kind != "booking", (d.kind, d.rule)
