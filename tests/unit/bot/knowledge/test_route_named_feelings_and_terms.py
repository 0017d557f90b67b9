"""Answerable questions that were declined or answered from the wrong entry (session 12):
a brief electric zap down a limb as the needle went in (the twitch/nerve response the entries
name), feeling relaxed or mellow all evening after a session (the deep relaxation the entries
name; written rule 6), what a word of the documents means (a trigger point, qi and meridians),
a faint long ago at the dentist told before "does it hurt?", the French verb "allait" read as
breastfeeding, "how much does it actually hurt" read as a fees question, and "like a horse kicked
me" read as the twitch.

Why: each of these is answered by an entry; a decline or the wrong entry leaves the patient
without what the documents say."""

import pytest

from bot.knowledge.entry_choice import question_topic
from bot.knowledge.route import route
from bot.knowledge.subjects import not_covered_subject
from tests.helpers.route_questions import ask, split_story


def _route(store, message, intent, confidence=0.8, **kw):
    question, story = split_story(message)
    return route(ask(question, story=story, intent=intent, confidence=confidence, **kw), store)


@pytest.mark.parametrize(
    "text,intent",
    [
        (
            "got this weird zing down to my fingers when she needled my shoulder, over in a second. is that a nerve?",
            "ask_safety",
        ),
        (
            "had a jolt like an electric shock in my calf during dry needling, it stopped right away, what causes that",
            "ask_aftercare",
        ),
        (
            "something zapped down my leg during IMS last week and was gone at once. is that normal?",
            "ask_aftercare",
        ),
        (
            "j'ai senti comme une petite décharge dans le bras quand l'aiguille est entrée, puis plus rien. c'est quoi?",
            "ask_safety",
        ),
        (
            "une décharge électrique jusqu'au pied pendant l'IMS, ça a duré une seconde. c'est normal?",
            "ask_safety",
        ),
    ],
)
def test_a_brief_zap_under_the_needle_is_the_twitch_entry(store, text, intent):
    d = _route(store, text, intent)
    assert d.kind == "kb", (d.rule, d.reason, getattr(d.subject, "id", None))
    assert d.entry.id == "all-technique-twitch"


@pytest.mark.parametrize(
    "text",
    [
        "after my acupuncture i was super mellow and a bit floaty all night, normal?",
        "so calm and spacey for hours after my session yesterday, is that common",
        "j'étais toute détendue et calme le reste de la soirée après l'acupuncture, c'est normal?",
    ],
)
def test_feeling_relaxed_all_evening_is_no_unnamed_reaction(text):
    subject = not_covered_subject(text)
    assert subject is None or subject.id != "session_reaction", subject


def test_relaxed_but_wiped_out_stays_the_tiredness_decline():
    subject = not_covered_subject(
        "felt relaxed but totally wiped out the whole evening after acupuncture, normal?"
    )
    assert subject is not None and subject.id == "session_reaction"


@pytest.mark.parametrize(
    "text,intent,entry",
    [
        (
            "what's a trigger point anyway, my physio says my shoulders are full of them",
            "out_of_scope",
            "all-technique-trigger-points",
        ),
        ("whats a trigger point", "ask_technique", "all-technique-trigger-points"),
        (
            "c'est quoi au juste un point gâchette? ma physio en trouve partout dans mes épaules",
            "ask_technique",
            "all-technique-trigger-points",
        ),
        ("is qi real or made up lol", "out_of_scope", "acu-origins-qi-meridians"),
        (
            "meridians... are they actual anatomy or just a theory?",
            "nlu_fallback",
            "acu-origins-qi-meridians",
        ),
    ],
)
def test_what_a_word_of_the_documents_means_is_its_entry(store, text, intent, entry):
    d = route(ask(text, intent=intent, confidence=0.6), store)
    assert d.kind == "kb", (d.rule, d.reason)
    assert d.entry.id == entry


def test_a_faint_at_the_dentist_long_ago_keeps_how_it_feels_answered():
    assert (
        not_covered_subject("j'ai fait un malaise au dentiste l'an dernier. l'acupuncture ça fait mal?")
        is None
    )
    assert (
        not_covered_subject("tombée dans les pommes chez le dentiste une fois. la puncture sèche fait mal?")
        is None
    )


@pytest.mark.parametrize(
    "text",
    [
        "mon physio m'a dit qu'il allait me piquer le dos, c'est quoi la différence avec l'acupuncture?",
        "la kiné allait commencer les aiguilles, c'est pareil que l'acupuncture?",
    ],
)
def test_the_verb_allait_is_no_breastfeeding(text):
    subject = not_covered_subject(text)
    assert subject is None or subject.id != "postnatal", subject


def test_breastfeeding_in_french_is_still_declined():
    subject = not_covered_subject("j'allaite mon bébé de 3 mois, l'acupuncture est-ce ok?")
    assert subject is not None and subject.id == "postnatal"


@pytest.mark.parametrize(
    "text",
    [
        "how much does dry needling really hurt? i'm a total wimp",
        "how much does acupuncture actually hurt, honestly",
    ],
)
def test_how_much_it_actually_hurts_is_no_fees_question(store, text):
    d = route(ask(text, intent="ask_sensation", confidence=0.85), store)
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.kind, d.rule)


@pytest.mark.parametrize(
    "text",
    [
        "sore for a couple days after dry needling my hip, like a mule kicked me. is that normal?",
        "my calf has been achy for two days after IMS, like a horse kicked me, is that normal?",
    ],
)
def test_kicked_me_as_a_figure_of_speech_is_no_twitch(text):
    question, story = split_story(text)
    assert question_topic(ask(question, story=story, intent="ask_aftercare")) == "aftercare"


@pytest.mark.parametrize(
    "text,intent",
    [
        ("what should my dad wear to his first acupuncture visit? he's 77", "out_of_scope"),
        ("what does my husband need to bring to his IMS appointment?", "out_of_scope"),
        ("qu'est-ce que ma mère devrait porter pour son rendez-vous d'acupuncture?", "out_of_scope"),
    ],
)
def test_what_someone_else_should_wear_is_the_clinic_answer(store, text, intent):
    question, story = split_story(text)
    d = route(ask(question, story=story, intent=intent, confidence=0.8), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "what_to_bring"), (d.kind, d.rule)
