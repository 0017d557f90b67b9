"""Issue 11, heldout30's classes (tuner UH), tested on other wordings in English and French.

Declined plainly, with who can help: whether a piece of gear helps when no needling is asked
about; a fever or pins and needles that lasts since a session (written rule 6); whether to come
before or after a shift or a day's work, or to shave first (written rule 9); what a tongue or
pulse reading says (written rule 8); needling with electric current or clips on the needles.
Answered: a muscle that jumped by itself under the needle (the twitch), the difference between
two treatments with a price list only told, how to reach a person when nobody picks up, and
stress or poor sleep told with teeth grinding (written rule 3)."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined

INTENTS = [("ask_aftercare", 0.6), ("ask_treatment_course", 0.5), ("out_of_scope", 0.9)]


@pytest.mark.parametrize("intent,confidence", INTENTS)
@pytest.mark.parametrize(
    "question,subject",
    [
        # gear asked whether it helps, no needling named
        ("are compression stockings worth it for standing all day at work?", "products"),
        ("do knee braces actually help when you run?", "products"),
        ("les bas de contention, ça aide vraiment pour les jambes qui enflent ?", "products"),
        ("est-ce que des semelles orthopédiques aident pour le mal de pieds ?", "products"),
        # a fever or pins and needles lasting since a session (written rule 6)
        ("running a low temperature since my acupuncture yesterday, is that from it?", "session_reaction"),
        ("feverish after my dry needling session, normal?", "session_reaction"),
        ("j'ai de la fièvre depuis ma séance d'acupuncture, c'est lié ?", "session_reaction"),
        ("encore des fourmis dans le pied depuis la séance de mardi", "session_reaction"),
        # before or after a shift or work (written rule 9)
        ("I do 12 hour shifts, is it better to get needled before or after work?", "aftercare_actions"),
        ("nurse on nights here, best to have acupuncture before my shift or after?", "aftercare_actions"),
        ("je travaille de nuit, vaut-il mieux venir avant ou après mon quart ?", "aftercare_actions"),
        ("c'est mieux de faire la séance avant le travail ou après ?", "aftercare_actions"),
        # shaving or body hair before needling
        ("do I need to shave my back before acupuncture?", "aftercare_actions"),
        ("is it a problem for needling if my legs are really hairy?", "aftercare_actions"),
        ("faut-il se raser les jambes avant la séance de puncture ?", "aftercare_actions"),
        # what a tongue or pulse reading says (written rule 8)
        ("she said I have a wiry pulse, what does it mean?", "other_tcm"),
        ("my tongue looks 'coated' says the acupuncturist. meaning?", "other_tcm"),
        ("the acupuncturist told me I have damp heat, what is that?", "other_tcm"),
        ("il dit que j'ai le pouls glissant, ça veut dire quoi ?", "other_tcm"),
        ("l'acupunctrice trouve ma langue pâteuse, c'est grave ?", "other_tcm"),
        # electric current or clips on the needles
        ("is electrical acupuncture stronger than regular acupuncture?", "electroacupuncture"),
        ("ils mettent des petites pinces sur les aiguilles, c'est mieux ?", "electroacupuncture"),
        ("l'acupuncture électrique, c'est plus efficace ?", "electroacupuncture"),
    ],
)
def test_the_subject_the_documents_do_not_cover_is_declined(store, question, subject, intent, confidence):
    declined(store, question, subject, intent, confidence)


def test_the_clinic_hours_before_or_after_work_stay_the_clinic(store):
    d = route(ask("are you open before or after work hours?", intent="ask_hours", confidence=0.8), store)
    assert d.kind != "fallback", (d.kind, d.rule)


def test_why_the_tongue_was_looked_at_stays_answered(store):
    d = route(
        ask("why did the acupuncturist look at my tongue? I came for my knee", intent="ask_overview"), store
    )
    assert d.kind == "kb" and d.entry.topic == "overview", (d.kind, d.rule)


@pytest.mark.parametrize("intent,confidence", [("ask_sensation", 0.4), ("ask_session_length", 0.5)])
@pytest.mark.parametrize(
    "question",
    [
        "ma cuisse a sursauté toute seule quand elle a piqué, normal ?",
        "le mollet a tressailli quand il a piqué, c'est normal ?",
        "during the session my calf jumped by itself, is that normal?",
    ],
)
def test_a_muscle_that_jumped_under_the_needle_is_the_twitch(store, question, intent, confidence):
    d = route(ask(question, intent=intent, confidence=confidence), store)
    assert d.kind == "kb" and d.entry.topic in ("technique", "sensation"), (d.kind, d.rule)


@pytest.mark.parametrize(
    "question,named",
    [
        (
            "what's the diff between acupuncture and dry needling? both are on the clinic's price list",
            ["acupuncture", "dry_needling"],
        ),
        ("diff between ims and dry needling? saw both on the pricing page", ["ims", "dry_needling"]),
        (
            "quelle est la différence entre l'IMS et le dry needling ? les deux sont sur la liste de prix",
            ["ims", "dry_needling"],
        ),
    ],
)
def test_the_difference_asked_with_a_price_list_told_is_the_difference(store, question, named):
    d = route(ask(question, intent="ask_fees", confidence=0.8, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "difference", (d.kind, d.rule)


def test_a_price_difference_stays_the_fees(store):
    q = ask(
        "what's the price difference between IMS and dry needling?",
        intent="ask_fees",
        named=["ims", "dry_needling"],
    )
    d = route(q, store)
    assert (d.kind, d.clinic_topic) == ("clinic", "fees"), (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "how can I reach someone at the clinic? nobody answers the phone",
        "how do I get hold of a real person, I keep getting the answering machine",
        "comment joindre quelqu'un ? ça tombe toujours sur la boîte vocale",
    ],
)
def test_how_to_reach_a_person_is_handed_to_the_clinic(store, question):
    d = route(ask(question, intent="out_of_scope", confidence=0.9), store)
    assert d.kind == "contact", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "could acupuncture help my anxiety? I'm grinding my teeth at night and sleeping badly",
        "l'acupuncture aide contre le stress ? je grince des dents et je dors mal avec le travail",
        "does acupuncture help stress? work has me gnashing my teeth",
    ],
)
def test_stress_told_with_teeth_grinding_is_answered(store, question):
    d = route(ask(question, intent="ask_conditions", confidence=0.8, named=["acupuncture"]), store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.kind, d.rule)


def test_a_toothache_stays_declined(store):
    declined(
        store, "can acupuncture help a toothache?", "dental", "ask_conditions", 0.8, named=["acupuncture"]
    )


@pytest.mark.parametrize(
    "message",
    [
        "Can dry needling help my knee if I already wear a knee brace?",
        "i wear orthotics for flat feet, would IMS help my plantar fasciitis",
        "je porte des semelles depuis un an, est-ce que l'acupuncture pourrait aider mon talon?",
    ],
)
def test_gear_told_in_the_story_of_a_needling_question_is_answered(store, message):
    """Whether needling helps is answered; the brace or insoles are only the story."""
    d = route(ask(message, intent="ask_conditions", confidence=0.8), store)
    assert d.kind == "kb", (d.kind, d.reason, d.subject and d.subject.id)
