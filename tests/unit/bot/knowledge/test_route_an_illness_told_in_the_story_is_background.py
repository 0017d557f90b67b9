"""An illness still present (MS, diabetes, a weak immune system, hypermobile joints, a cancer
operation years ago), told only in the story, is the background of a question about something
else: the question sentence decides the subject (written rules 2 and 3). Asked whether needling
is safe or allowed with it, whether needling helps it (no muscle or joint complaint of the
question's own, or the joint pain of an illness of the joints), or pointing at it ("for me",
"make them more stable"), the illness is still what is asked, and declined."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "story, question, named, intent",
    [
        (
            "I have Parkinson's and my shoulders are knotted up from the tremor.",
            "would dry needling help loosen the knots in my shoulders?",
            ["dry_needling"],
            "ask_conditions",
        ),
        (
            "I was diagnosed with multiple sclerosis in 2019.",
            "what does an IMS session actually involve?",
            ["ims"],
            "ask_technique",
        ),
        (
            "j'ai le diabète de type 1 depuis l'enfance.",
            "combien de séances de dry needling faut-il en général?",
            ["dry_needling"],
            "ask_treatment_course",
        ),
        (
            "I have Ehlers-Danlos and my physio wants to start dry needling my neck.",
            "how long does each session usually take?",
            ["dry_needling"],
            "ask_session_length",
        ),
    ],
)
def test_an_illness_told_only_in_the_story_is_background(store, story, question, named, intent):
    d = route(ask(question, story=story, intent=intent, confidence=0.8, named=named), store)
    assert d.kind == "kb", (d.rule, d.reason, getattr(d.subject, "id", None))


@pytest.mark.parametrize(
    "question, after",
    [
        (
            "do the acupuncture needles get thrown out after one use?",
            "I have asthma and pick up every cold going.",
        ),
        (
            "les aiguilles d'acupuncture sont-elles jetées après chaque patient?",
            "j'ai de l'asthme et j'attrape tout.",
        ),
    ],
)
def test_an_illness_told_after_the_question_is_background(store, question, after):
    q = ask(question, intent="ask_needles", confidence=0.8, named=["acupuncture"])
    d = route(replace(q, full_text=f"{question} {after}"), store)
    assert d.kind == "kb", (d.rule, d.reason, getattr(d.subject, "id", None))


@pytest.mark.parametrize(
    "story, question, named, intent",
    [
        # whether it is safe or allowed with the illness
        ("I have Parkinson's disease.", "is dry needling safe for me?", ["dry_needling"], "ask_safety"),
        ("j'ai la sclérose en plaques.", "est-ce que l'IMS est sans danger?", ["ims"], "ask_safety"),
        # whether needling helps, naming no complaint of its own: the illness is asked about
        ("I have lupus.", "should I try acupuncture?", ["acupuncture"], "ask_conditions"),
        ("j'ai le parkinson.", "est-ce que l'acupuncture peut m'aider?", ["acupuncture"], "ask_conditions"),
        # the joint pain of an illness of the joints is that illness
        (
            "I have rheumatoid arthritis in both wrists.",
            "would dry needling help the pain in my wrists?",
            ["dry_needling"],
            "ask_conditions",
        ),
        # the nerve pain an illness leaves is that illness (written rule 2)
        (
            "had shingles in the spring and my side still burns.",
            "could acupuncture help nerve pain like this?",
            ["acupuncture"],
            "ask_conditions",
        ),
        # what needling would do to the thing told
        (
            "my knees are hypermobile and keep giving way.",
            "could dry needling make them more stable?",
            ["dry_needling"],
            "ask_conditions",
        ),
        # someone else's illness, or a question asked for them
        (
            "mon père a le diabète depuis longtemps.",
            "l'acupuncture peut-elle aider son dos?",
            ["acupuncture"],
            "ask_conditions",
        ),
        # a risk of needling with it, or a sign of it asked to go away
        (
            "I have COPD and use an inhaler every day.",
            "is needling the upper back riskier for people like that?",
            ["dry_needling"],
            "ask_safety",
        ),
        (
            "I have MS and the skin on my shin prickles all day.",
            "will acupuncture make the prickling go away?",
            ["acupuncture"],
            "ask_conditions",
        ),
        # cancer with its treatment going on
        (
            "I'm halfway through chemo and my neck is so stiff.",
            "can needling help a stiff neck?",
            ["acupuncture"],
            "ask_conditions",
        ),
    ],
)
def test_the_illness_asked_about_is_still_declined(store, story, question, named, intent):
    d = route(ask(question, story=story, intent=intent, confidence=0.8, named=named), store)
    assert d.kind == "fallback" and d.reason == "not_covered", (d.rule, d.kind)


@pytest.mark.parametrize(
    "story, question",
    [
        # the patient's own insulin needles and an old faint at a blood test say how afraid they are
        (
            "I do my own insulin shots every day but other people's needles scare me stiff.",
            "any tips for the nerves before my first acupuncture?",
        ),
        (
            "I passed out at my yearly blood test once and I'm dreading needles.",
            "what does an acupuncture needle feel like going in?",
        ),
    ],
)
def test_a_fear_of_needles_with_insulin_or_an_old_faint_told_is_how_it_feels(store, story, question):
    d = route(
        ask(question, story=story, intent="ask_sensation", confidence=0.8, named=["acupuncture"]), store
    )
    assert d.kind == "kb", (d.rule, d.reason, getattr(d.subject, "id", None), d.term)
