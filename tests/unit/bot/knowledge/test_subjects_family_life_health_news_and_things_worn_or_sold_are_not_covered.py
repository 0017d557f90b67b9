"""Questions about the patient's own life or other subjects, which no document discusses, are declined
by their subject, never answered from a nearby entry (written rules 2 and 6): custody or kinship care
of a child, what a social worker will think, a home help or cleaner to find, a working or racing
animal to needle, a session the day before an event named by its size, a club's or league's
insurance, cupping's round marks named by their look, oils rubbed on with treatment, health news or
posts judged for trust, a multi-level marketing offer, a magnet or copper bracelet to buy, crying or
feeling off after a session said in everyday French, and a faint at another needle asked whether it
will happen with ours. Each is also told beside a question the entries answer, which stays answered.

Why: heldout106-108 answered these from the treatment-course, choosing, insurance, technique or
safety entries, or handed them to the front desk (session 20, tuner TK; wordings of our own)."""

import pytest

from bot.knowledge.question import Question
from bot.knowledge.route import route
from bot.knowledge.subjects import not_covered_subject

DECLINED = [
    ("how do I get legal custody of my niece? her mom can't look after her", "care_arrangements"),
    ("comment obtenir la garde de mes petits-enfants quand leur mère est malade ?", "care_arrangements"),
    ("will the caseworker think I'm failing if I tell her I'm exhausted?", "care_arrangements"),
    ("je dois dire à mon intervenante sociale que je suis épuisée ?", "care_arrangements"),
    ("do you know where to find an affordable cleaner in Halifax? I can't keep up", "care_arrangements"),
    ("vous connaissez une femme de ménage pas chère dans le coin ?", "care_arrangements"),
    ("would acupuncture on my racing greyhound help his sore shoulder?", "animals"),
    ("de l'acupuncture pour mon chien de chasse qui boite, ça se fait ?", "animals"),
    ("is it smart to get needled two days before a 50 mile trail run?", "aftercare_actions"),
    ("does our soccer club's insurance pay for physio for the players?", "other_payers"),
    ("l'assurance de la ligue couvre les entraîneurs bénévoles ?", "other_payers"),
    ("what are those purple circles on the backs of olympic swimmers?", "other_tcm"),
    ("c'est quoi les marques rondes dans le dos des nageurs ?", "other_tcm"),
    ("can I put lavender essential oil on my neck before my acupuncture session?", "other_tcm"),
    ("how can I tell which health articles online are reliable?", "consumer_matters"),
    ("comment savoir si un article santé est fiable ? ma mère croit tout", "consumer_matters"),
    ("my cousin wants me to join her MLM as a distributor, is it a pyramid scheme?", "consumer_matters"),
    ("is a copper bracelet worth buying for my wrist pain?", "products"),
    ("un bracelet magnétique pour l'arthrose, ça vaut la peine ?", "products"),
    ("j'ai chialé tout le trajet en sortant de ma séance, c'est normal ?", "session_reaction"),
    ("toute chamboulée depuis la séance d'acupuncture, ça arrive ?", "session_reaction"),
    (
        "my brother blacked out at a blood draw once. could it happen to him with the needles?",
        "session_faint",
    ),
    ("je me suis évanouie pour une prise de sang, ça peut m'arriver pendant la séance ?", "session_faint"),
]

ANSWERED = [
    "I coach minor hockey and my shoulder is wrecked. could dry needling help?",
    "I run sled dogs and my shoulders are sore all winter. is dry needling used for that?",
    "my aunt is in an MLM but I'd rather try acupuncture for my back. does it help?",
    "nearly fainted at a blood draw years ago. does acupuncture hurt much?",
    "is acupuncture covered by most insurance plans?",
    "does acupuncture leave marks?",
]


@pytest.mark.parametrize("message, subject", DECLINED)
def test_a_life_question_or_other_subject_is_declined_by_its_subject(message, subject):
    found = not_covered_subject(message)
    assert found is not None and found.id == subject, (message, found)


@pytest.mark.parametrize("message", ANSWERED)
def test_the_same_words_beside_an_answerable_question_are_not_declined(message):
    assert not_covered_subject(message) is None, message


def _question(text, intent, confidence=0.9):
    return Question(
        text=text,
        intent=intent,
        confidence=confidence,
        topics=[intent[4:]] if intent.startswith("ask_") else [],
        named=["acupuncture"],
        context=[],
        conditions=frozenset(),
        asked_conditions=frozenset(),
        full_text="",
        ranking=[(intent, confidence)],
    )


def test_oils_used_with_the_treatment_asked_with_no_allergy_are_declined_not_handed_off(store):
    q = _question(
        "a friend says oils boost acupuncture. do you use essential oils with the needles?", "human_handoff"
    )
    decision = route(q, store)
    assert decision.kind == "fallback" and decision.subject.id == "other_tcm", decision


def test_scented_oils_asked_for_an_allergy_stay_the_front_desks(store):
    q = _question("do you use essential oils? strong scents give me migraines", "human_handoff")
    decision = route(q, store)
    assert decision.subject is None and decision.kind != "fallback", decision


@pytest.mark.parametrize(
    "message",
    [
        "is dry needling just placebo? my sister says the 5 star reviews are people kidding themselves",
        "does acupuncture actually work or is it the online reviews talking",
    ],
)
def test_whether_it_works_asked_beside_reviews_is_not_a_question_about_reviews(message):
    # consumer_matters' "unless" for "placebo" / "does it work" must apply anywhere in the message
    assert not_covered_subject(message) is None
