"""Session 24 (helper XB): questions the sources do not cover got a nearby entry or the unsure reply:
an activity asked "ok to ...?" right after a session with no "is it" before it ("ok to go for a run
after dry needling?", wk-126; "ok to go straight back to the loom after dry needling?", wl-067:
written rule 9; so is going right back to a task after being needled, tx-124, or keeping a back
harness on after, ts-158), gout medicines named (allopurinol, colchicine, wl-106), a supplement taken
instead of a painkiller ("turmeric pills instead of advil", wl-128), lead in the blood to be
taken out (wm-107), and how one becomes a worker of another trade, asked in French with "devient"
("comment on devient agent recenseur ?", wk-027), the height of a weaver's bench (wl-101), and a
trade offering the clinic a quote for its work (wm-070).

Why: a nearby entry (the dry-needling after-care, the origins) reads as an answer to a question the
documents never address; the decline says so and who can help. Quiet controls: the same words in
questions the entries answer (what to feel after, the exercises, becoming an acupuncturist)."""

import pytest

from bot.knowledge.subjects import not_covered_subjects


def _ids(text):
    return {s.id for s in not_covered_subjects(text)}


@pytest.mark.parametrize(
    "message, subject",
    [
        ("ok to go for a run after dry needeling?", "aftercare_actions"),
        ("okay to hit the gym after acupuncture?", "aftercare_actions"),
        ("alright to take a hot bath after my ims session?", "aftercare_actions"),
        (
            "ok to go straight back to the loom after dry needling? i've got a deadline",
            "aftercare_actions",
        ),
        ("first time tomorrow. fine to play hockey after my treatment?", "aftercare_actions"),
        ("if I get needled on my lunch break can I go right back to lifting patients?", "aftercare_actions"),
        ("having IMS at noon, could I head straight back to the site?", "aftercare_actions"),
        ("I wear a back harness at work. should i keep wearing it after dry needling?", "aftercare_actions"),
        ("I'm on allopurinol and colchicine for gout. still ok?", "medication"),
        ("i take febuxostat, is needling ok with that?", "medication"),
        ("do turmeric pills help the inflammation? i take them instead of advil", "medication"),
        ("curcumin capsules, worth taking with acupuncture?", "medication"),
        ("my lead levels came back high, can acupuncture help get the lead out?", "diet_and_drink"),
        ("worried about heavy metals from work, can needling help clear them?", "diet_and_drink"),
        ("comment on devient agent recenseur ? il faut postuler à la mairie ?", "other_trades"),
        ("comment je deviens électricien ?", "other_trades"),
        ("quelle hauteur de banc pour un métier à tisser quand on a mal au dos?", "products"),
        ("what height should the bench at my loom be, my back aches?", "products"),
        ("your clinic window sign is looking tired. I do hand lettering, want a quote?", "consumer_matters"),
        ("I clean windows, would you like a free estimate for the clinic?", "consumer_matters"),
        ("je refais les enseignes, voulez-vous une soumission ?", "consumer_matters"),
    ],
)
def test_the_subject_is_declined(message, subject):
    assert subject in _ids(message)


@pytest.mark.parametrize(
    "message",
    [
        "ok to feel sore after dry needling?",
        "ok to do my exercises after dry needling?",
        "ok to book another session after this one?",
        "lead me through what happens after acupuncture",
        "comment on devient acupuncteur ?",
        "je deviens fou avec ce mal de dos, l'acupuncture aide ?",
        "can acupuncture help me take fewer painkillers instead of more pills?",
        "what height of table for acupuncture?",
        "if I have acupuncture can I go back to see the same practitioner next time?",
        "I want a quote for 6 sessions of IMS",
        "can I get a quote before booking?",
    ],
)
def test_questions_the_entries_answer_stay_answered(message):
    declined = {
        "aftercare_actions",
        "medication",
        "diet_and_drink",
        "other_trades",
        "products",
        "consumer_matters",
    }
    assert not _ids(message) & declined
