"""Who sees the patient's clinical file, how long it is kept, whether it can be deleted, whether it goes to
an employer or a payer: the front desk's (contact hand-off), whatever the classifier read; how this chat is
kept stays the chat-privacy reply.

Why: "who gets to see the notes you write about me" was declined as out of scope, "how long do you keep my
records... delete them" answered with after-care, "who can see my file?" with the practitioners entry and a
question whether the notes go to the CNESST declined as another payer. Session 20 (tuner TN), from the
failure class of heldout109..111's front-desk questions; other wordings in English and French."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text, intent",
    [
        ("who has access to my chart at your clinic?", "ask_location"),
        ("does anyone besides the physio read my treatment notes?", "ask_practitioners"),
        ("how long are patient files kept after the last visit?", "ask_aftercare"),
        ("can you destroy my records once I'm done with treatment?", "ask_treatment_course"),
        ("will you give my records to my employer if they ask?", "ask_insurance"),
        ("do you share my notes with WSIB without telling me?", "out_of_scope"),
        ("qui a accès à mon dossier à la clinique?", "ask_evidence"),
        ("combien de temps gardez-vous mon dossier après la dernière séance?", "ask_session_length"),
        ("pouvez-vous supprimer mon dossier quand j'arrête les séances?", "ask_treatment_course"),
        ("est-ce que la physio transmet mon diagnostic à mon assureur ou à la SAAQ?", "ask_insurance"),
    ],
)
def test_the_patients_clinical_file_asked_about_is_the_front_desk(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.6), store)
    assert d.kind == "contact", (d.rule, d.reason, d.subject)


@pytest.mark.parametrize("text", ["who can read the messages I type here?", "qui lit ce que j'écris ici?"])
def test_this_chat_kept_or_read_stays_the_chat_privacy_reply(store, text):
    d = route(ask(text, intent="out_of_scope", confidence=0.5), store)
    assert d.rule == "chat_privacy", (d.rule, d.reason)
