"""Answerable questions declined by mistake (session 24, tuner yc; heldout120-147's labels):

- someone else's illness told as long past (three years or more) and over, then whether needling is safe *for him / her* (or
  "someone like him"), naming no illness in the question: the safety entry (vo-077, wc-108, we-089,
  wn-136 labelled so). Still declined: told as recent (last year, two years ago), the illness named in the question ("safe for him after a
  stroke?"), an illness still going on (a pacemaker, a blood thinner now), a heart that stopped;
- children as the audience of the patient's work ("je fais de la magie pour enfants") are no child
  to treat; needling for children asked stays declined;
- eating only as what money is for ("déposent leur alliance pour manger") is no food asked about;
  eating before or after a session stays declined;
- "which is hilarious" opens a comment, not a thing to buy."""

import pytest

from tests.helpers.route_questions import answered, declined, route_as


@pytest.mark.parametrize(
    "story, question",
    [
        ("Dad had a mini stroke four years ago and recovered completely.", "is acupuncture safe for him"),
        (
            "my uncle had a heart attack 5 years ago, he's been fine since and still runs his shop. "
            "he wants acupuncture for his back.",
            "is it safe for him?",
        ),
        (
            "my dad had a stroke 3 years ago, recovered fine, still does his shows.",
            "is acupuncture safe for him for his sore shoulder?",
        ),
        (
            "my mum had a small stroke five years ago and she's fully recovered.",
            "is dry needling safe for someone like her?",
        ),
        (
            "mon père a fait un AVC il y a trois ans, il va très bien maintenant.",
            "l'acupuncture est-elle sécuritaire pour lui?",
        ),
    ],
)
def test_safety_for_the_one_told_after_an_illness_over_is_the_safety_entry(store, story, question):
    d = answered(store, question, "ask_safety", 0.8, story=story, named=["acupuncture"])
    assert d.entry.topic == "safety"


@pytest.mark.parametrize(
    "story, question, subject",
    [
        # the illness named in the question
        (
            "my golf partner had a small stroke 2 years ago and he's back playing now.",
            "is it safe for him after a stroke?",
            "neurological",
        ),
        # still going on
        (
            "my mother had a stroke last year and she's on a blood thinner now.",
            "is it safe for her to get acupuncture?",
            ("blood_thinners", "neurological"),
        ),
        (
            "my dad had a heart attack years ago and has a pacemaker now.",
            "is acupuncture safe for him?",
            ("implants", "heart_blood_pressure"),
        ),
        # told as recent
        ("my mom had a stroke last year, she's ok now.", "is acupuncture safe for her?", "neurological"),
        (
            "my dad had a heart attack two years ago, he's fine now.",
            "is acupuncture safe for him?",
            "heart_blood_pressure",
        ),
        # a heart that stopped
        (
            "Mon beau-père a fait un arrêt cardiaque il y a deux ans, il va bien maintenant.",
            "L'acupuncture est-elle sécuritaire pour lui?",
            "heart_blood_pressure",
        ),
        # the patient's own
        ("I had a stroke last year, fully recovered.", "is acupuncture safe?", "neurological"),
    ],
)
def test_the_illness_asked_or_still_there_stays_declined(store, story, question, subject):
    declined(store, question, subject, "ask_safety", story=story, named=["acupuncture"])


@pytest.mark.parametrize(
    "question, intent",
    [
        (
            "l'acupuncture c'est sécuritaire? je fais de la magie pour enfants, je peux pas me permettre d'être arrêté",
            "ask_safety",
        ),
        ("I do magic shows for kids on weekends, is dry needling safe?", "ask_safety"),
        ("children's entertainer here, does IMS hurt?", "ask_sensation"),
    ],
)
def test_children_as_the_audience_of_ones_work_are_no_child_to_treat(store, question, intent):
    answered(store, question, intent, 0.8)


@pytest.mark.parametrize(
    "question",
    [
        "can you do acupuncture on children?",
        "is acupuncture ok for kids? I do magic shows for kids",
        "est-ce que l'acupuncture est sécuritaire pour les enfants?",
    ],
)
def test_needling_children_asked_stays_declined(store, question):
    declined(store, question, "children", "ask_safety")


def test_a_childrens_entertainer_asking_nothing_of_needling_keeps_the_children():
    from bot.knowledge.occupations import without_own_job

    text = "what kind of liability insurance do i need as a kids party entertainer?"
    assert "kids" in without_own_job(text)
    assert "kids" not in without_own_job("kids party entertainer here, does ims hurt?")


@pytest.mark.parametrize(
    "question, intent",
    [
        (
            "je dors mal, tout le stress des clients qui déposent leur alliance pour manger... "
            "est-ce que l'acupuncture aide le sommeil?",
            "ask_conditions",
        ),
        ("j'ai à peine de quoi manger, est-ce que l'acupuncture aide le stress?", "ask_conditions"),
    ],
)
def test_eating_as_what_money_is_for_is_no_food_asked(store, question, intent):
    answered(store, question, intent, 0.8)


@pytest.mark.parametrize(
    "question",
    [
        "faut-il manger avant la séance?",
        "est-ce que je peux manger après l'acupuncture?",
        "je dois arrêter pour manger avant?",
    ],
)
def test_eating_around_a_session_stays_declined(store, question):
    declined(store, question, ("diet_and_drink", "aftercare_actions"), "ask_aftercare")


def test_which_is_a_comment_asks_for_no_thing():
    from bot.knowledge.anchoring import asked_heads

    assert asked_heads("which is hilarious because I push a needle through a balloon every show.") == []
    assert asked_heads("which was weird, I push pins for a living.") == []
    assert asked_heads("which is the best pillow for neck pain?") == ["pillow"]
    assert asked_heads("which pillow should I get?") == ["pillow"]


@pytest.mark.parametrize(
    "story, question, topic",
    [
        ("terrified of needles lol.", "what should I know before trying acupuncture?", "sensation"),
        (
            "j'ai une peur bleue des aiguilles.",
            "qu'est-ce que je dois savoir avant d'essayer l'acupuncture?",
            "sensation",
        ),
    ],
)
def test_fear_told_and_what_to_know_asked_is_how_it_feels(store, story, question, topic):
    d = route_as(store, question, "ask_safety", story=story, named=["acupuncture"])
    assert d.kind == "kb" and d.entry.topic == topic, (d.rule, d.entry and d.entry.id)
