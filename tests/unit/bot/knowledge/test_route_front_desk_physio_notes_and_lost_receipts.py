"""Paperwork only the front desk handles: whether the clinic's physio or acupuncturist writes a note or
letter for an employer or a school, and copies of lost receipts (in the plural, any word order), get
the contact hand-off. Asking the assistant itself to write a note stays declined (notes_for_others).

Why: a patient asking for the clinic's paperwork needs the front desk, not "I have no information";
receipts for taxes are no question about what the tax office pays. Session 13 (tuner TF), from the
failure classes of a spent set's note for an employer and lost receipts emailed again; new wordings."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined


@pytest.mark.parametrize(
    "text",
    [
        "would my acupuncturist be able to write a letter for work about my desk setup?",
        "does your physio give notes for school if my son has to miss gym class?",
        "est-ce que le kiné peut me faire une lettre pour mon employeur?",
    ],
)
def test_the_practitioner_writing_a_note_for_work_or_school_is_the_front_desk(store, text):
    assert route(ask(text, intent="out_of_scope", confidence=0.8), store).kind == "contact"


def test_the_assistant_asked_to_write_a_note_stays_declined(store):
    declined(
        store,
        "can you write a letter to my boss saying i need friday off?",
        "notes_for_others",
        "out_of_scope",
    )


@pytest.mark.parametrize(
    "text",
    [
        "i misplaced all my receipts from 2025, could you send me copies for my tax return?",
        "my receipts for the year are gone, can someone email me copies for the taxes?",
        "j'ai égaré mes reçus de l'année, vous pouvez me les renvoyer pour mes impôts?",
    ],
)
def test_copies_of_lost_receipts_for_taxes_are_the_front_desk(store, text):
    assert route(ask(text, intent="ask_insurance", confidence=0.5), store).kind == "contact"
