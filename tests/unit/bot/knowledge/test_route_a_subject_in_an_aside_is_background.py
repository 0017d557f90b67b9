"""The question decides (tests/real_questions/README.md, written rules 2, 3 and 6): a subject the
documents don't cover, told only in an aside beside a question about needling that neither names it
nor points back at it, is background. Someone else's (a sister, a neighbour, the kids minded, a
stranger at the club), or the patient's own trait (autism, menopause, a voice job, needing to drive
home) when the question asks neither whether needling is safe for them nor whether it helps
anything but a muscle or joint complaint it names. A fright told as a figure of speech ("nearly gave
me a heart attack"), another needle balked at, and a tendency to bruise told before asking whether
needling bruises name no illness. Asked about, pointed at, or asked whether it is safe, the subject
is still declined."""

import pytest

from bot.knowledge.question import Question
from bot.knowledge.route import route


def _question(whole, asked, intent, named, confidence=0.9):
    topics = [intent[4:]] if intent.startswith("ask_") else []
    return Question(
        text=asked,
        intent=intent,
        confidence=confidence,
        topics=topics,
        named=list(named),
        context=[],
        conditions=frozenset(),
        asked_conditions=frozenset(),
        full_text=whole if whole != asked else "",
        ranking=[(intent, confidence)],
    )


@pytest.mark.parametrize(
    "whole, asked, intent, named",
    [
        # the patient's own trait, beside a question about how it feels or what follows
        (
            "does dry needling sting much? I have ADHD and lying still for long is hard for me",
            "does dry needling sting much?",
            "ask_sensation",
            ["dry_needling"],
        ),
        (
            "est-ce que le dry needling fait mal? je suis autiste et le toucher léger me dérange",
            "est-ce que le dry needling fait mal?",
            "ask_sensation",
            ["dry_needling"],
        ),
        # the patient's own condition as the cause of a muscle or joint complaint the question names
        (
            "since menopause my hips ache every time I climb stairs. would acupuncture help hip pain?",
            "would acupuncture help hip pain?",
            "ask_conditions",
            ["acupuncture"],
        ),
        # someone else's, told before or after
        (
            "my aunt had acupuncture for her hot flushes. what's the difference between IMS and acupuncture?",
            "what's the difference between IMS and acupuncture?",
            "ask_difference",
            ["ims", "acupuncture"],
        ),
        (
            "ma soeur a fait de l'acupuncture pour sa ménopause. c'est quoi la différence avec le dry needling?",
            "c'est quoi la différence avec le dry needling?",
            "ask_difference",
            ["acupuncture", "dry_needling"],
        ),
        (
            "what should I expect after IMS? I promised to help my daughter paint her flat on Saturday",
            "what should I expect after IMS?",
            "ask_aftercare",
            ["ims"],
        ),
        # someone else's past, told as over, before a question of the patient's own (a "ça aide" asks)
        (
            "mon voisin a fait un AVC il y a deux ans, il va bien maintenant. moi j'ai mal au genou, ça aide-tu le dry needling?",
            "moi j'ai mal au genou, ça aide-tu le dry needling?",
            "ask_conditions",
            ["dry_needling"],
        ),
    ],
)
def test_a_subject_in_an_aside_is_background(store, whole, asked, intent, named):
    d = route(_question(whole, asked, intent, named), store)
    assert d.kind == "kb", (d.rule, d.reason, getattr(d.subject, "id", None))


@pytest.mark.parametrize(
    "whole, asked, intent, named",
    [
        (
            "that needle in my calf almost gave me a heart attack haha. is the jump normal with IMS?",
            "is the jump normal with IMS?",
            "ask_technique",
            ["ims"],
        ),
        (
            "I bruise so easily. will acupuncture leave bruises?",
            "will acupuncture leave bruises?",
            "ask_aftercare",
            ["acupuncture"],
        ),
        (
            "je fais des bleus facilement. est-ce que l'acupuncture laisse des bleus?",
            "est-ce que l'acupuncture laisse des bleus?",
            "ask_aftercare",
            ["acupuncture"],
        ),
    ],
)
def test_a_figure_of_speech_or_a_bruise_asked_names_no_illness(store, whole, asked, intent, named):
    d = route(_question(whole, whole, intent, named), store)
    assert d.kind == "kb", (d.rule, d.reason, getattr(d.subject, "id", None))


@pytest.mark.parametrize(
    "whole, asked, intent, named",
    [
        # the subject asked about, pointed at, or asked whether it is safe with it
        (
            "I'm autistic. is acupuncture safe for me?",
            "is acupuncture safe for me?",
            "ask_safety",
            ["acupuncture"],
        ),
        (
            "my knees ache a bit. does acupuncture help menopause symptoms?",
            "does acupuncture help menopause symptoms?",
            "ask_conditions",
            ["acupuncture"],
        ),
        (
            "I'm 52 and the night sweats are awful. would acupuncture help with them?",
            "would acupuncture help with them?",
            "ask_conditions",
            ["acupuncture"],
        ),
        # a child's question asked for the child
        (
            "my son is 8 and gets tummy aches. does acupuncture hurt?",
            "does acupuncture hurt?",
            "ask_sensation",
            ["acupuncture"],
        ),
        # the patient's own pregnancy counts wherever told (written rule 7)
        (
            "I'm 14 weeks pregnant. what should I expect after IMS?",
            "what should I expect after IMS?",
            "ask_aftercare",
            ["ims"],
        ),
        # a real heart attack told, not a figure of speech
        (
            "I had a heart attack in March. does acupuncture hurt?",
            "does acupuncture hurt?",
            "ask_sensation",
            ["acupuncture"],
        ),
    ],
)
def test_still_declined_when_the_question_is_about_it(store, whole, asked, intent, named):
    d = route(_question(whole, asked, intent, named), store)
    assert (d.kind, d.reason) == ("fallback", "not_covered"), (d.rule, getattr(d.entry, "id", None))
