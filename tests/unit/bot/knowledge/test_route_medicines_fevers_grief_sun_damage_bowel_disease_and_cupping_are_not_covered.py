"""Health subjects the documents don't cover, asked in shapes that were answered from an entry: a water pill
or muscle relaxant named beside needling (written rule 7), a heat activity right after a session (rule 9),
a fever after a session (rule 6), grief itself, sun damage to the skin, the gut of a bowel disease (rules 2
and 10), and cupping asked as its own therapy ("is it any good?" with no needling named).

Why: "I take water pills to make weight", "je prends des diurétiques", "i take cyclobenzaprine", "le sauna
juste après l'acupuncture, c'est correct?", "38.2 fever the day after dry needling", "just the grief itself",
"can acupuncture help sun damage", "fix my gut, I have crohns" and "purple circles from cupping. is it any
good for back pain?" were answered from entries. Session 23 (helper WB), from heldout136..141; other wordings
in English and French. Quiet controls: sleep or stress after a death, digestion, soreness, warmth after a
session, and a question naming needling after another therapy stay answered."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text, intent",
    [
        ("I take water pills to make weight on race days, is acupuncture ok with those?", "ask_aftercare"),
        ("my doctor has me on a diuretic for my ankles, can I still get dry needling?", "ask_safety"),
        ("je prends des diurétiques pour faire le poids, l'acupuncture c'est ok avec ça?", "ask_safety"),
        ("i take cyclobenzaprine for my back spasms, can I still get IMS", "nlu_fallback"),
        ("on baclofen for spasticity, is needling safe with that?", "ask_safety"),
        (
            "j'ai un kilo à perdre pour demain. le sauna juste après l'acupuncture, c'est correct?",
            "ask_aftercare",
        ),
        ("a hot tub straight after my dry needling tonight, is that fine?", "ask_aftercare"),
        ("38.2 fever the day after dry needling and kinda achy all over. related?", "ask_aftercare"),
        (
            "had chills and a fever since my acupuncture session yesterday, is that from the needles?",
            "ask_safety",
        ),
        ("j'ai de la fièvre depuis la séance d'hier, c'est normal?", "ask_aftercare"),
        (
            "not asking about sleep or anything, just the grief itself. can acupuncture help with grief?",
            "ask_conditions",
        ),
        ("does acupuncture help with grief? lost my mother at christmas", "ask_conditions"),
        ("l'acupuncture peut aider pour le deuil ?", "ask_conditions"),
        (
            "my skin is getting wrecked from caddying outside 6 days a week, can acupuncture help sun damage",
            "ask_safety",
        ),
        ("would acupuncture fade the sun spots on my hands?", "ask_conditions"),
        ("can acupuncture fix my gut, I have crohns and the early hours make it worse", "ask_safety"),
        ("I've got ulcerative colitis, could needling settle my stomach?", "ask_conditions"),
        (
            "half the girls at the track have purple circles on their backs from cupping. is it any good for back pain?",
            "ask_conditions",
        ),
        ("my massage therapist wants to add cupping. is it any good for a stiff neck?", "ask_evidence"),
    ],
)
def test_the_subject_is_declined(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.8), store)
    assert d.kind == "fallback" and d.reason == "not_covered", (d.rule, d.kind, d.topic)


@pytest.mark.parametrize(
    "text, intent",
    [
        (
            "since my husband died two years ago I can't sleep more than a few hours. can it help with sleep?",
            "ask_conditions",
        ),
        ("I'm so stressed since the funeral, can acupuncture help with stress?", "ask_conditions"),
        ("my stomach is upset since the layoff, does acupuncture help digestion?", "ask_evidence"),
        ("how long will i be sore after dry needling?", "ask_aftercare"),
        ("is it normal to feel warm after acupuncture?", "ask_aftercare"),
        (
            "tried massage and chiro for my back, nothing stuck. can dry needling help low back pain?",
            "ask_conditions",
        ),
        ("will I bruise after dry needling?", "ask_aftercare"),
    ],
)
def test_what_the_entries_answer_stays_answered(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.9), store)
    assert d.kind == "kb", (d.rule, d.kind, d.reason)
