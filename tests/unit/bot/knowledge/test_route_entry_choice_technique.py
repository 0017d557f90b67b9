"""How needling is done and how it works: where the needles go compared with the pain and why they go
away from it (the technique), a named needle manipulation, how long the needles stay in, a muscle
that jumped under the needle (the twitch response), what it is and how it works (the overview,
also in French and without the qi talk), the whole-person question and a pulse taken at the wrist.

Why: these wordings were answered from the wrong entry or declined; each picks the entry that
answers what is asked.

The tests come from the failure classes of issue 11's held-out sets (heldout9 to heldout31, and
the session 10 logistics and session-talk classes), each tested on new wordings in English and
French; the comment above each test names the set whose failure class it covers."""

from dataclasses import replace

import pytest

from bot.knowledge import subjects
from bot.knowledge.route import question_topic, route
from tests.helpers.route_questions import answered, ask, route_as


# From heldout10's failure classes (issue 11).
@pytest.mark.parametrize(
    "story,question,intent",
    [
        ("", "Mon mollet a sursauté quand elle a piqué l'aiguille, c'est normal?", "ask_needles"),
        (
            "The needle went into my glute and the whole muscle jumped.",
            "Is that supposed to happen?",
            "ask_aftercare",
        ),
    ],
)
def test_a_muscle_that_jumped_under_the_needle_is_the_twitch_response(store, story, question, intent):
    d = route(ask(question, story, intent=intent, confidence=0.4), store)
    assert d.kind == "kb" and d.entry.topic == "technique"


# From heldout12's failure classes (issue 11).
@pytest.mark.parametrize(
    "question,story,intent,named",
    [
        (
            "honestly no idea what that even is?",
            "My chiro brought up dry needling for my hip.",
            "ask_evidence",
            ["dry_needling"],
        ),
        (
            "l'IMS, c'est quoi au juste?",
            "Mon physio veut essayer l'IMS pour mon épaule.",
            "ask_evidence",
            ["ims"],
        ),
        (
            "does acupuncture treat the whole person or only the sore area?",
            "",
            "ask_evidence",
            ["acupuncture"],
        ),
        (
            "l'acupuncture regarde tout le corps?",
            "On m'a posé des questions sur mon sommeil pour un mal de dos.",
            "ask_session_length",
            ["acupuncture"],
        ),
    ],
)
def test_what_it_is_and_how_it_looks_at_a_patient_is_the_overview(store, question, story, intent, named):
    d = route(ask(question, story, intent=intent, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "overview", (d.rule, d.entry)


# From heldout12's failure classes (issue 11).
@pytest.mark.parametrize(
    "question,story",
    [
        ("pourquoi ça fait ça?", "Mon mollet a sursauté pendant la séance, comme un choc électrique."),
        ("why does that happen?", "My calf jumped during the session like a jolt."),
    ],
)
def test_a_muscle_that_jumped_in_a_session_is_the_twitch(store, question, story):
    d = route(ask(question, story, intent="ask_sensation"), store)
    assert d.kind == "kb" and d.entry.topic == "technique"


# From heldout12's failure classes (issue 11).
@pytest.mark.parametrize(
    "question,story,intent,named",
    [
        (
            "why would she do that?",
            "My foot is what aches but the physio put needles in my calf.",
            "ask_sensation",
            ["dry_needling"],
        ),
        ("do the needles go in right where it hurts?", "", "ask_sensation", ["acupuncture"]),
        (
            "pourquoi pas sur l'endroit qui fait mal?",
            "Il a piqué autour de mon genou.",
            "ask_overview",
            ["dry_needling"],
        ),
    ],
)
def test_where_the_needles_go_compared_with_the_pain_is_the_technique(store, question, story, intent, named):
    d = route(ask(question, story, intent=intent, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "technique", (d.rule, d.entry)


# From heldout12's failure classes (issue 11).
def test_a_muscle_that_kept_jumping_under_the_needle_is_not_the_research(store):
    q = ask(
        "is that supposed to happen?",
        "First dry needling today and my calf kept twitching under the needle.",
        intent="ask_evidence",
        named=["dry_needling"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("technique", "sensation")


# From heldout14 or heldout15's failure classes (issue 11).
def test_how_long_the_needles_stay_in_is_not_a_question_about_their_length(store):
    d = route(ask("how long are the needles supposed to stay in for?", intent="ask_session_length"), store)
    assert d.kind == "kb" and d.entry.topic in ("technique", "session_length"), (d.rule, d.subject)


# From heldout17's failure classes (issue 11).
@pytest.mark.parametrize(
    ("story", "question", "intent", "named", "conditions"),
    [
        (
            "my sister wants me to try dry needling for my neck. i dont see how needles could help.",
            "how is it supposed to work?",
            "ask_overview",
            ["dry_needling"],
            {"neck_pain"},
        ),
        (
            "everyone at work swears by acupuncture for back pain.",
            "but how does acupuncture actually work?",
            "ask_evidence",
            ["acupuncture"],
            {"low_back_pain"},
        ),
        ("", "comment ça marche, l'IMS?", "ask_sensation", ["ims"], set()),
    ],
)
def test_how_it_is_supposed_to_work_is_the_overview(store, story, question, intent, named, conditions):
    q = ask(question, story=story, intent=intent, confidence=0.8, named=named, conditions=conditions)
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "overview", (d.rule, d.entry.id if d.entry else None)


# From heldout17's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "c'est quoi les aiguilles sèches? ma physio veut m'en faire pour mon tendon",
        "c'est quoi exactement la puncture physiothérapique avec aiguilles sèches?",
        "c'est quoi au juste la puncture sèche? mon kiné m'en a parlé",
    ],
)
def test_what_dry_needling_is_in_french_is_the_overview(store, message):
    d = route(ask(message, intent="ask_needles", confidence=0.7, named=["dry_needling"]), store)
    assert d.kind == "kb" and d.entry.topic == "overview", (d.rule, d.entry.id if d.entry else None)


# From heldout19's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "she left me alone in the room with the needles in. how long are the needles left in usually?",
        "he left the room after putting the needles in, how long do they stay in?",
        "on m'a laissée seule avec les aiguilles, combien de temps les aiguilles restent en place normalement?",
    ],
)
def test_how_long_needles_stay_in_is_not_declined(store, message):
    assert subjects.not_covered_subject(message) is None
    d = route(ask(message, intent="ask_session_length", confidence=0.8), store)
    assert not (d.kind == "fallback" and d.reason == "not_covered"), (d.rule, d.subject)


# From heldout19's failure classes (issue 11).
@pytest.mark.parametrize(
    "message, named, conditions",
    [
        ("whats IMS? my physio brought it up for my sciatica", ("ims",), ("sciatica",)),
        (
            "what's dry needling? my chiro mentioned it for my tennis elbow",
            ("dry_needling",),
            ("tennis_elbow",),
        ),
        ("c'est quoi l'IMS? mon physio en a parlé pour ma sciatique", ("ims",), ("sciatica",)),
    ],
)
def test_what_it_is_asked_with_a_condition_is_the_overview(store, message, named, conditions):
    from dataclasses import replace

    q = ask(message, intent="out_of_scope", confidence=0.6, named=named, conditions=conditions)
    d = route(replace(q, asked_conditions=frozenset(conditions)), store)
    assert d.kind == "kb" and d.entry.topic == "overview", (d.rule, d.entry and d.entry.id)


# From heldout19's failure classes (issue 11).
@pytest.mark.parametrize(
    "message, named, intent",
    [
        ("why is my physio doing IMS on my neck when it's my arm that hurts?", ("ims",), "ask_evidence"),
        (
            "why did the acupuncturist put needles in my hand when it's my shoulder that's sore?",
            ("acupuncture",),
            "ask_conditions",
        ),
        ("pourquoi mon physio pique dans le dos alors que j'ai mal au mollet?", ("ims",), "ask_origins"),
    ],
)
def test_needled_away_from_the_pain_is_technique(store, message, named, intent):
    from bot.knowledge.route import question_topic

    assert question_topic(ask(message, intent=intent, named=named)) == "technique"


# From heldout20's failure classes (issue 11).
@pytest.mark.parametrize(
    "story, question",
    [
        ("my physio wants to dry needle my calf not my foot.", "why the calf when it's my heel that hurts?"),
        ("she needled my hip, not my knee.", "why the hip if it's my knee that hurts?"),
        ("il pique le mollet.", "pourquoi le mollet alors que c'est le talon qui me fait mal?"),
    ],
)
def test_needles_away_from_the_pain_asked_why_is_technique(story, question):
    q = ask(question, story=story, intent="ask_sensation", confidence=0.5, named=["dry_needling"])
    assert question_topic(q) == "technique"


# From heldout20's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "sore foot. the acupuncturist put needles in my hand for it?? how is that supposed to work",
        "my knee hurts and he stuck needles in my wrist for it, why?",
    ],
)
def test_needles_put_elsewhere_after_naming_a_treatment_is_technique(store, message):
    story, question = message.rsplit(". ", 1) if ". " in message else ("", message)
    d = route(
        ask(question, story=story, intent="inform_modality", confidence=0.8, named=["acupuncture"]), store
    )
    assert d.kind == "kb" and d.entry.topic in ("technique", "overview"), (d.rule, d.entry and d.entry.id)


# From heldout21's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "how does acupuncture work in plain english? no qi talk please",
        "explain how acupuncture works without the qi or meridian stuff",
        "how does acupuncture work in simple terms, skip the energy talk",
    ],
)
def test_how_it_works_without_the_qi_talk_is_the_overview(store, message):
    d = route(ask(message, intent="ask_overview", named=["acupuncture"]), store)
    assert d.kind == "kb" and d.entry.topic == "overview" and "qi" not in d.entry.id, d.entry.id


# From heldout24's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "does acupuncture look at my whole health or just my sore knee?",
        "will the acupuncturist treat the whole person or just my bad shoulder?",
        "is acupuncture holistic or does it only fix the sore hip?",
        "est-ce que l'acupuncture s'occupe de ma santé en général ou juste de mon dos?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_evidence", "out_of_scope", "ask_conditions"])
def test_the_whole_person_question_is_the_whole_person_entry(store, message, intent):
    d = route_as(store, message, intent, named=["acupuncture"], conditions=["knee_pain"])
    assert d.kind == "kb" and d.entry.id == "acu-overview-whole-person", (d.rule, d.entry and d.entry.id)


# From heldout25's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "why would my IMS physio needle my spine when the pain is in my shoulder?",
        "why did my IMS doctor needle my back when the pain is in my knee?",
        "pourquoi mon physio pique dans le dos alors que j'ai mal au mollet?",
    ],
)
def test_needled_away_from_the_pain_is_the_technique(store, message):
    """Why the needles go somewhere else than where it hurts is how it is done (the nerve-root idea)."""
    d = route(ask(message, intent="ask_evidence", confidence=0.7, named=["ims"]), store)
    assert d.kind == "kb" and d.entry is not None and "technique" in d.entry.topic, (d.rule, d.entry)


# From heldout29's failure classes (issue 11, tuner UG).
@pytest.mark.parametrize(
    "intent,confidence", [("out_of_scope", 0.95), ("ask_overview", 0.7), ("nlu_fallback", 0.3)]
)
@pytest.mark.parametrize(
    "question,named",
    [
        ("my physio wants to try sparrow pecking on my hamstring next week, what's that?", ["dry_needling"]),
        ("the chart says pistoning for my upper back. what does that even mean?", []),
        ("my acupuncturist kept twirling the needles, what's that for?", ["acupuncture"]),
        ("the notes from my visit say needle manipulation, what does that mean?", []),
        ("ma physio a fait du picorage dans ma cuisse, ça veut dire quoi?", []),
        ("il faisait tourner l'aiguille dans mon dos, c'est quoi?", []),
    ],
)
def test_a_named_needle_manipulation_asked_what_it_means_is_the_technique(
    store, question, named, intent, confidence
):
    d = answered(store, question, intent, confidence, named=named)
    assert d.entry.topic == "technique", d.entry.id


# From heldout29's failure classes (issue 11, tuner UG).
@pytest.mark.parametrize(
    "question",
    [
        "my physio wants to try sparrow pecking on my hamstring next week, what's that?",
        "mon physio parle de picorage pour mon mollet, ça veut dire quoi?",
    ],
)
def test_the_named_technique_gets_its_own_entry(store, question):
    d = answered(store, question, "out_of_scope", 0.95, named=["dry_needling"])
    assert d.entry.id == "dn-technique-pistoning"


ELSEWHERE_RANKING = [("nlu_fallback", 0.3), ("out_of_scope", 0.42), ("ask_technique", 0.4)]


# From heldout29's failure classes (issue 11, tuner UG).
@pytest.mark.parametrize(
    "question,story,conditions",
    [
        (
            "why the wrist when my back hurts?",
            "came in for my lower back and she put a needle in my wrist.",
            ["low_back_pain"],
        ),
        (
            "why the hand when it's my shoulder?",
            "my shoulder hurts but the acupuncturist needled my hand.",
            [],
        ),
        (
            "how does that make sense?",
            "came in for neck pain and he stuck needles in my ankles.",
            ["neck_pain"],
        ),
        (
            "pourquoi le poignet alors que j'ai mal au cou?",
            "l'acupunctrice m'a mis une aiguille dans le poignet.",
            ["neck_pain"],
        ),
        ("pourquoi les mains?", "j'ai mal au dos mais il a piqué mes mains.", ["low_back_pain"]),
    ],
)
def test_a_needle_put_away_from_the_pain_asked_why_is_the_technique(store, question, story, conditions):
    q = ask(
        question,
        story=story,
        intent="nlu_fallback",
        confidence=0.3,
        named=["acupuncture"],
        conditions=conditions,
        ranking=ELSEWHERE_RANKING,
    )
    q = replace(q, asked_conditions=frozenset(conditions), topics=["technique"])
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "technique", (d.rule, d.entry and d.entry.id)
    assert d.entry.id != "acu-overview-whole-person"  # no pulse was taken at that wrist


# From heldout29's failure classes (issue 11, tuner UG).
def test_a_pulse_taken_at_the_wrist_is_still_the_whole_person(store):
    q = ask(
        "why did she hold my wrist for so long? I came in for my knee", intent="ask_technique", confidence=0.6
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.id == "acu-overview-whole-person"


# From heldout29's failure classes (issue 11, tuner UG).
@pytest.mark.parametrize(
    "question,named",
    [
        ("how would putting a needle in a tight muscle actually loosen it?", ["dry_needling"]),
        ("how does sticking needles into a shortened muscle fix anything?", ["ims"]),
        ("comment une aiguille dans un muscle trop court peut régler ça?", ["ims"]),
    ],
)
def test_how_needling_a_muscle_fixes_it_is_how_it_works(store, question, named):
    d = answered(store, question, "ask_sensation", 0.53, named=named)
    assert d.entry.topic == "overview", d.entry.id


# From heldout30's failure classes (issue 11, tuner UH).
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
