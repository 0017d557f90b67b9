"""Entry choice from the question's own words: when the classifier is unsure or guessed another topic,
the plain words of the question sentence choose the entry (which one to choose, why "dry", falling
asleep on the table, side effects to ask about, needles thicker than a sewing needle, one style
against another).

Why: the classifier's guess is often wrong on short or unusual wordings; the question's words are
the better witness of what is asked.

The tests come from the failure classes of issue 11's held-out sets (heldout9 to heldout31, and
the session 10 logistics and session-talk classes), each tested on new wordings in English and
French; the comment above each test names the set whose failure class it covers."""

import pytest

from bot.knowledge.route import question_topic, route
from tests.helpers.route_questions import ask


# From heldout13's failure classes (issue 11).
@pytest.mark.parametrize(
    "question,story,intent,topic",
    [
        (
            "is that normal or was it too much?",
            "Had dry needling in my calf monday, it ached until wednesday.",
            "ask_treatment_course",
            "aftercare",
        ),
        (
            "how long am I going to be sore?",
            "Getting IMS on my shoulder before a tournament.",
            "ask_treatment_course",
            "aftercare",
        ),
        ("are the needles thicker than a sewing needle?", "", "ask_difference", "needles"),
        (
            "is medical acupuncture different from the traditional chinese style?",
            "",
            "ask_difference",
            "origins",
        ),
    ],
)
def test_the_entry_follows_what_the_question_asks(store, question, story, intent, topic):
    named = ["ims"] if "IMS" in story else ["dry_needling"] if "dry needling" in story else ["acupuncture"]
    d = route(ask(question, story, intent=intent, confidence=0.6, named=named), store)
    assert d.kind == "kb" and d.entry.topic == topic, (d.rule, d.entry and d.entry.id)


# From heldout19's failure classes (issue 11).
@pytest.mark.parametrize(
    "message, story, named, topic",
    [
        (
            "isn't the physio supposed to assess you first?",
            "the last dry needling guy just started jabbing.",
            ("dry_needling",),
            "technique",
        ),
        (
            "shouldn't they examine you before?",
            "my acupuncturist never asked me anything.",
            ("acupuncture",),
            "technique",
        ),
        (
            "il ne doit pas m'évaluer avant?",
            "le dernier physio a fait l'IMS sans rien m'expliquer.",
            ("ims",),
            "technique",
        ),
        (
            "which one should i go for?",
            "acupuncture or dry needling for my sore wrist.",
            ("acupuncture", "dry_needling"),
            "choosing",
        ),
        ("lequel choisir?", "IMS ou acupuncture pour mon dos.", ("ims", "acupuncture"), "choosing"),
    ],
)
def test_plain_words_answer_when_the_classifier_is_unsure(store, message, story, named, topic):
    d = route(ask(message, story=story, intent="nlu_fallback", confidence=0.3, named=named), store)
    assert d.kind == "kb" and d.entry.topic == topic, (d.rule, d.entry and d.entry.id)


# From heldout21's failure classes (issue 11).
@pytest.mark.parametrize(
    "message, intent, topic",
    [
        ("do you throw them out after or clean them and use them again?", "ask_aftercare", "safety"),
        (
            "my last acupuncturist kept my own needles in a bag for next time, is that ok?",
            "ask_evidence",
            "safety",
        ),
        (
            "il me donnait mes aiguilles dans un sachet pour la prochaine fois, c'est normal?",
            "ask_practitioners",
            "safety",
        ),
        ("one needle bled a little when he took it out, is that ok?", "ask_treatment_course", "aftercare"),
        ("there was a drop of blood where the needle came out", "ask_overview", "aftercare"),
        ("why do they call it dry needling?", "ask_difference", "needles"),
        ("dry compared to what? why is it called dry", "ask_difference", "needles"),
        ("pourquoi on l'appelle puncture sèche?", "ask_difference", "needles"),
        ("i fell asleep on the table with the needles in, is that weird?", "ask_technique", "sensation"),
        ("he nodded off during acupuncture, normal?", "ask_overview", "sensation"),
        ("je me suis endormie pendant la séance, c'est normal?", "ask_technique", "sensation"),
        ("what side effects should I ask about before acupuncture?", "ask_overview", "safety"),
        ("quels sont les effets secondaires de l'acupuncture?", "ask_overview", "safety"),
    ],
)
def test_entry_choice(message, intent, topic):
    assert question_topic(ask(message, intent=intent, confidence=0.6)) == topic
