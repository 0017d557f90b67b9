"""How needling feels: a fear of needles or of fainting at them, the feeling around a needle, tears
when the needle found the knot, dozing off on the table, a needle twisted that hurt, nothing felt
of the needles, how strong it felt, tips to make it less scary, the gentlest treatment: all are
answered from the sensation entries, whatever hand-off or topic the classifier guessed or however
unsure it was.

Why: these are the questions of the most anxious patients; a hand-off or decline would leave them
without the reassurance the documents give.

The tests come from the failure classes of issue 11's held-out sets (heldout9 to heldout31, and
the session 10 logistics and session-talk classes), each tested on new wordings in English and
French; the comment above each test names the set whose failure class it covers."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import answered, ask, route_as


# From heldout11's failure classes (issue 11).
@pytest.mark.parametrize(
    "story,question",
    [
        (
            "I'm scared of needles, I passed out at a blood draw last spring.",
            "Could I actually handle this?",
        ),
        (
            "J'ai peur des aiguilles, je perds connaissance aux prises de sang.",
            "Quelqu'un comme moi peut vraiment essayer?",
        ),
    ],
)
def test_a_fear_of_needles_asking_whether_they_could_go_through_with_it_is_how_it_feels(
    store, story, question
):
    d = route(ask(question, story, intent="human_handoff", confidence=0.85), store)
    assert d.kind == "kb" and d.entry.topic == "sensation"


# From heldout12's failure classes (issue 11).
@pytest.mark.parametrize(
    "question,story,intent",
    [
        ("Should I skip acupuncture then?", "I faint at the sight of needles.", "inform_modality"),
        ("would I even cope with IMS?", "I get woozy around needles.", "ask_overview"),
        ("vous avez des trucs?", "J'ai une peur bleue des piqûres, je tombe dans les pommes.", "ask_contact"),
        ("l'acupuncture c'est pour moi?", "Je m'évanouis à la vue des aiguilles.", "ask_needles"),
    ],
)
def test_a_fear_of_fainting_at_needles_is_how_it_feels(store, question, story, intent):
    d = route(ask(question, story, intent=intent, confidence=0.85, named=["acupuncture"]), store)
    assert d.kind == "kb" and d.entry.topic in ("sensation", "safety"), (d.rule, d.kind)


# From heldout12's failure classes (issue 11).
def test_asking_which_treatment_is_gentlest_is_how_it_feels(store):
    q = ask(
        "out of acupuncture and dry needling, which is the gentlest?",
        intent="ask_difference",
        named=["acupuncture", "dry_needling"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "sensation"


# From heldout12's failure classes (issue 11).
def test_tips_to_make_it_less_scary_for_someone_who_faints_are_how_it_feels(store):
    q = ask(
        "any way to make it less scary for someone like me?",
        "Needles make me pass out at blood tests.",
        intent="ask_aftercare",
        named=["acupuncture"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "sensation"


# From heldout12's failure classes (issue 11).
@pytest.mark.parametrize(
    "question,named",
    [
        ("j'ai peur de m'évanouir pendant la séance, ça arrive souvent?", []),
        ("worried I might pass out during IMS, is that a thing?", ["ims"]),
    ],
)
def test_a_fear_of_fainting_the_classifier_is_unsure_of_is_answered(store, question, named):
    d = route(ask(question, intent="nlu_fallback", confidence=0.3, named=named), store)
    assert d.kind == "kb" and d.entry.topic in ("safety", "sensation"), (d.rule, d.reason)


# From heldout17's failure classes (issue 11).
@pytest.mark.parametrize(
    ("story", "question", "intent", "named"),
    [
        (
            "she needled a knot in my shoulder and i nearly jumped off the table.",
            "is dry needling always that intense?",
            "ask_technique",
            ["dry_needling"],
        ),
        (
            "my calf twitched hard and it hurt for a second, then it was fine.",
            "is that how IMS normally feels?",
            "ask_sensation",
            ["ims"],
        ),
        (
            "the needle in my hip made the muscle jump and it stung.",
            "does acupuncture usually hurt like that?",
            "ask_overview",
            ["acupuncture"],
        ),
    ],
)
def test_how_strong_it_felt_is_answered_from_sensation(store, story, question, intent, named):
    q = ask(question, story=story, intent=intent, confidence=0.5, named=named)
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.rule, d.entry.id if d.entry else None)


# From heldout18's failure classes (issue 11).
@pytest.mark.parametrize(
    "story",
    [
        "i get shaky just thinking about needles.",
        "i cried at my last flu shot.",
        "je tremble rien qu'à penser aux aiguilles.",
    ],
)
def test_a_needle_fear_told_then_a_general_question_is_about_how_it_feels(store, story):
    d = route(
        ask("what should i know before i go?", story=story, intent="ask_choosing", confidence=0.6), store
    )
    assert d.kind == "kb" and d.topic == "sensation", (d.rule, d.topic)


# From heldout20's failure classes (issue 11).
@pytest.mark.parametrize(
    "story, question",
    [
        (
            "my heart was pounding just from seeing the needles on the tray.",
            "I'm terrified of them. can I still do this?",
        ),
        (
            "my pulse was racing just looking at the needles.",
            "honestly I'm scared of them, could I go through with it?",
        ),
        ("the needles freak me out.", "I'm petrified of them. is this even for me?"),
    ],
)
def test_a_fear_of_the_needles_told_with_them_is_how_it_feels(store, story, question):
    ranking = [("nlu_fallback", 0.3), ("ask_contact", 0.33), ("ask_sensation", 0.32)]
    q = ask(question, story=story, intent="nlu_fallback", confidence=0.3, ranking=ranking)
    d = route(replace(q, topics=["contact", "sensation"]), store)
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.rule, d.entry and d.entry.id)


# From heldout21's failure classes (issue 11).
@pytest.mark.parametrize(
    "story, question",
    [
        (
            "my husband is terrified of needles and his neck is bad.",
            "what can i tell him about what it feels like?",
        ),
        ("my son is scared of needles and has knee pain.", "what does it feel like?"),
        ("my dad is afraid of needles and has a sore back.", "can you tell me what it feels like?"),
    ],
)
def test_a_fear_of_needles_asking_how_it_feels_is_sensation(store, story, question):
    q = ask(question, story=story, intent="ask_conditions", conditions={"neck_pain"})
    d = route(q, store)
    assert d.kind == "kb" and d.topic == "sensation", (d.rule, d.topic)


# From heldout24's failure classes (issue 11).
# --- entry choice -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message, intent",
    [
        ("my acupuncturist said i'd feel an ache around the needle, is that the de qi thing?", "ask_origins"),
        ("a dull ache at the point where the needle is, does it mean it's working?", "ask_evidence"),
        ("is the heavy feeling around the needle a good sign?", "ask_overview"),
        ("la lourdeur autour de l'aiguille, c'est le de qi?", "ask_origins"),
        ("une pression près de l'aiguille, ça veut dire que ça marche?", "ask_evidence"),
    ],
)
def test_the_feeling_around_a_needle_is_how_it_feels(store, message, intent):
    d = route_as(store, message, intent, named=["acupuncture"])
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.rule, d.entry and d.entry.id)


# From heldout24's failure classes (issue 11).
@pytest.mark.parametrize(
    "message, intent",
    [
        ("what if i fall asleep and snore during acupuncture? so embarrassing", "ask_choosing"),
        ("my husband snores, what if he falls asleep on the table?", "ask_treatment_course"),
        ("je vais mourir de honte si je m'endors et que je ronfle sur la table", "ask_treatment_course"),
        ("et si je ronfle pendant la séance?", "ask_technique"),
    ],
)
def test_dozing_off_or_snoring_on_the_table_is_how_it_feels(store, message, intent):
    d = route_as(store, message, intent, named=["acupuncture"])
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.rule, d.entry and d.entry.id)


TATTOOS_TOLD_AS_NO_FEAR = [
    (
        "my lower back has ached for months. lots of tattoos so needles don't bother me.",
        "is IMS the same as dry needling?",
    ),
    (
        "mal au dos depuis des mois, j'ai des tatouages donc les aiguilles me font pas peur.",
        "l'IMS c'est pareil que le dry needling?",
    ),
    (
        "sore neck for weeks. i have a nose ring and tattoos, not scared of needles at all.",
        "how is acupuncture different from IMS?",
    ),
]


# From heldout25's failure classes (issue 11).
@pytest.mark.parametrize("story,message", TATTOOS_TOLD_AS_NO_FEAR)
def test_tattoos_told_as_no_fear_of_needles_leave_the_question_answered(store, story, message):
    """Tattoos or a piercing told as why needles don't bother the patient are no question about
    needling over them: the difference asked is answered."""
    d = route(ask(message, story=story, intent="ask_difference", confidence=0.7, named=["ims"]), store)
    assert not (d.kind == "fallback" and d.reason == "not_covered"), (d.rule, d.subject)


# From heldout29's failure classes (issue 11, tuner UG).
def test_a_needle_twisted_that_hurt_stays_how_it_feels(store):
    d = answered(store, "it really hurt when he twisted the needle, is that normal?", "ask_sensation", 0.9)
    assert d.entry.topic == "sensation"


# From heldout29's failure classes (issue 11, tuner UG).
@pytest.mark.parametrize("intent,confidence", [("ask_treatment_course", 0.56), ("ask_overview", 0.6)])
@pytest.mark.parametrize(
    "question",
    [
        "I barely felt the needles going in, is that how it should be?",
        "couldn't feel any of the needles today. normal?",
        "je n'ai même pas senti les aiguilles, c'est normal?",
        "j'ai rien senti quand elle a posé les aiguilles, c'est grave?",
    ],
)
def test_nothing_felt_of_the_needles_is_how_it_feels(store, question, intent, confidence):
    d = answered(store, question, intent, confidence)
    assert d.entry.topic == "sensation", d.entry.id


# From heldout31's failure classes (issue 11, tuner UI).
@pytest.mark.parametrize(
    "question",
    [
        "needles scare me, I feel dizzy just watching videos of acupuncture. what should I know?",
        "terrified of needles, I feel woozy looking at pics online. what should I know?",
        "j'ai la tête qui tourne rien qu'en regardant des vidéos, j'ai peur des aiguilles. des conseils ?",
    ],
)
def test_a_fear_of_needles_told_with_faintness_at_pictures_is_answered(store, question):
    d = route(ask(question, intent="ask_sensation", confidence=0.7), store)
    assert d.kind == "kb", (d.kind, d.rule, d.reason)


# From heldout31's failure classes (issue 11, tuner UI).
@pytest.mark.parametrize(
    "question",
    [
        "I almost cried when the needle hit the spot in my shoulder, is it always like that?",
        "I was nearly crying when she hit the trigger point in my hip, does it always hurt like that?",
        "j'ai presque pleuré quand il a touché le point dans ma fesse, c'est toujours aussi fort ?",
    ],
)
def test_tears_when_the_needle_found_the_knot_is_how_it_feels(store, question):
    d = route(ask(question, intent="ask_sensation", confidence=0.7), store)
    assert d.kind == "kb", (d.kind, d.rule, d.reason)


# From the session 10 session-talk classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "acupuncture on my back was such a strange sensation, i had to breathe through it. is that normal?",
        "the dry needling felt so intense for a second, had to breathe thru it. did she do it wrong?",
    ],
)
def test_a_strange_feeling_at_the_needle_is_how_it_feels(store, message):
    d = route(ask(message, intent="out_of_scope", confidence=0.6), store)
    assert d.kind == "kb" and d.topic in ("sensation", "safety"), (d.rule, d.subject)
