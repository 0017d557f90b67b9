"""The custom actions, run with Rasa SDK trackers and a collecting dispatcher."""

import json

import pytest

from actions.emergency import ActionEmergency
from actions.fallback import ActionClarify, ActionOutOfScope, ActionUnclearInput
from actions.handoff import ActionBook, ActionContact
from actions.knowledge_answer import ActionAnswerFromKnowledge
from actions.smalltalk import ActionSmalltalk
from tests.helpers import contracts, texts

DN = [{"entity": "modality", "value": "dry_needling"}]


def run(action, dispatcher, tracker):
    events = action.run(dispatcher, tracker, {})
    assert len(contracts(dispatcher)) == 1, "every turn carries exactly one reply contract"
    return events, contracts(dispatcher)[0]


@pytest.fixture(autouse=True)
def _store(fixture_store):
    return fixture_store


def slots(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def test_answer_with_sources_followups_and_context(dispatcher, tracker_factory):
    tracker = tracker_factory("does dry needling hurt?", "ask_sensation", entities=DN)
    events, contract = run(ActionAnswerFromKnowledge(), dispatcher, tracker)
    assert contract["kind"] == "kb"
    assert contract["kb"]["id"] == "dn-sensation"
    assert contract["kb"]["sources"] == [
        {"id": "src-a", "title": "Test source A", "publisher": "Test publisher", "date": ""}
    ]
    answer = [m for m in dispatcher.messages if m.get("buttons")][0]
    assert answer["text"].startswith("Does dry needling hurt?")
    assert answer["buttons"][0]["payload"] == '/choose_entry{"kb_id": "dn-aftercare"}'
    assert slots(events) == {"topic": "sensation", "modalities": ["dry_needling"]}


def test_first_reply_carries_the_disclaimer_once(dispatcher, tracker_factory):
    run(ActionAnswerFromKnowledge(), dispatcher, tracker_factory("does IMS hurt", "ask_sensation"))
    assert "automated assistant" in texts(dispatcher)[0] and "not medical advice" in texts(dispatcher)[0]
    later = type(dispatcher)()
    run(ActionAnswerFromKnowledge(), later, tracker_factory("does IMS hurt", "ask_sensation", bot_spoke=True))
    assert not any("not medical advice" in t for t in texts(later))


def test_modality_found_in_text_even_without_entity(dispatcher, tracker_factory):
    _, contract = run(
        ActionAnswerFromKnowledge(),
        dispatcher,
        tracker_factory("is tcm acupuncture painful", "ask_sensation"),
    )
    assert contract["kb"]["id"] == "acu-sensation"


def test_follow_up_uses_the_conversation_modality(dispatcher, tracker_factory):
    tracker = tracker_factory(
        "how long will i be sore",
        "ask_aftercare",
        slots={"topic": "sensation", "modalities": ["dry_needling"]},
    )
    _, contract = run(ActionAnswerFromKnowledge(), dispatcher, tracker)
    assert contract["kb"]["id"] == "dn-aftercare"


def test_and_modality_keeps_the_topic(dispatcher, tracker_factory):
    tracker = tracker_factory(
        "and acupuncture?",
        "inform_modality",
        entities=[{"entity": "modality", "value": "acupuncture"}],
        slots={"topic": "sensation", "modalities": ["dry_needling"]},
    )
    events, contract = run(ActionAnswerFromKnowledge(), dispatcher, tracker)
    assert contract["kb"]["id"] == "acu-sensation"
    assert slots(events)["modalities"] == ["acupuncture"]


def test_and_modality_keeps_the_conditions_of_the_last_answer(dispatcher, tracker_factory):
    first = tracker_factory("is acupuncture any good for migraines", "ask_conditions")
    events, contract = run(ActionAnswerFromKnowledge(), dispatcher, first)
    assert contract["kb"]["id"] == "acu-evidence-migraine"
    assert slots(events)["conditions"] == ["migraine_headache"]
    later = type(dispatcher)()
    tracker = tracker_factory(
        "and acupuncture?",
        "inform_modality",
        entities=[{"entity": "modality", "value": "acupuncture"}],
        slots={"topic": "evidence", "modalities": ["dry_needling"], "conditions": ["migraine_headache"]},
    )
    _, contract = run(ActionAnswerFromKnowledge(), later, tracker)
    assert contract["kb"]["id"] == "acu-evidence-migraine"


def test_a_question_naming_no_condition_clears_them(dispatcher, tracker_factory):
    tracker = tracker_factory(
        "does acupuncture work", "ask_evidence", slots={"conditions": ["migraine_headache"]}
    )
    events, contract = run(ActionAnswerFromKnowledge(), dispatcher, tracker)
    assert contract["kb"]["id"] == "acu-evidence"
    assert slots(events)["conditions"] == []


def test_how_long_that_lasts_after_soreness_is_about_the_soreness(dispatcher, tracker_factory):
    tracker = tracker_factory(
        "how long does that last usually?",
        "ask_session_length",
        slots={"topic": "aftercare", "modalities": ["dry_needling"]},
    )
    _, contract = run(ActionAnswerFromKnowledge(), dispatcher, tracker)
    assert contract["kb"]["id"] == "dn-aftercare"
    other = type(dispatcher)()  # after an overview, "how long does it last?" is the session
    tracker = tracker_factory(
        "how long does it last?",
        "ask_session_length",
        slots={"topic": "overview", "modalities": ["dry_needling"]},
    )
    _, contract = run(ActionAnswerFromKnowledge(), other, tracker)
    assert contract["kind"] == "fallback" and contract["topic"] == "session_length"


def test_how_long_the_ache_lasts_is_aftercare_whatever_nlu_guessed(dispatcher, tracker_factory):
    tracker = tracker_factory(
        "how many days does the ache from dry needling stick around", "ask_treatment_course"
    )
    _, contract = run(ActionAnswerFromKnowledge(), dispatcher, tracker)
    assert contract["kb"]["id"] == "dn-aftercare"


def test_two_modalities_get_the_comparison(dispatcher, tracker_factory):
    tracker = tracker_factory("is dry needling just acupuncture?", "ask_difference")
    _, contract = run(ActionAnswerFromKnowledge(), dispatcher, tracker)
    assert contract["kb"]["id"] == "acu-dn-difference"
    assert set(contract["kb"]["modalities"]) == {"acupuncture", "dry_needling"}


def test_no_modality_gets_general_answer_or_a_question_back(dispatcher, tracker_factory):
    _, contract = run(
        ActionAnswerFromKnowledge(), dispatcher, tracker_factory("does it hurt", "ask_sensation")
    )
    assert contract["kb"]["id"] == "all-sensation"
    asked = type(dispatcher)()
    events, contract = run(
        ActionAnswerFromKnowledge(), asked, tracker_factory("how sore after", "ask_aftercare")
    )
    assert contract == {"kind": "clarify", "topic": "aftercare", "rule": "ask_which", "lang": "en"}
    payloads = [b["payload"] for m in asked.messages for b in m.get("buttons") or []]
    assert payloads == [
        '/inform_modality{"modality": "%s"}' % m for m in ("acupuncture", "dry_needling", "ims")
    ]
    assert slots(events) == {"topic": "aftercare"}


def test_button_payload_answers_that_exact_entry(dispatcher, tracker_factory):
    tracker = tracker_factory(
        '/choose_entry{"kb_id":"acu-evidence-migraine"}',
        "choose_entry",
        entities=[{"entity": "kb_id", "value": "acu-evidence-migraine"}],
    )
    _, contract = run(ActionAnswerFromKnowledge(), dispatcher, tracker)
    assert contract["kb"]["id"] == "acu-evidence-migraine"


def test_unknown_topic_for_modality_is_honest_and_gives_the_phone(dispatcher, tracker_factory):
    _, contract = run(
        ActionAnswerFromKnowledge(),
        dispatcher,
        tracker_factory("is IMS covered by insurance", "ask_insurance"),
    )
    assert contract["kind"] == "fallback" and contract["reason"] == "no_entry"
    assert "604-555-0142" in " ".join(texts(dispatcher))


def test_medical_emergency_number_comes_first(dispatcher, tracker_factory):
    tracker = tracker_factory(
        "my chest hurts", "emergency", entities=[{"entity": "emergency_type", "value": "medical"}]
    )
    _, contract = run(ActionEmergency(), dispatcher, tracker)
    assert contract["kind"] == "emergency" and contract["number"] == "911"
    assert texts(dispatcher)[0].startswith("Call 911 now")


def test_self_harm_gets_the_crisis_line(dispatcher, tracker_factory):
    tracker = tracker_factory(
        "i want to hurt myself", "emergency", entities=[{"entity": "emergency_type", "value": "self_harm"}]
    )
    _, contract = run(ActionEmergency(), dispatcher, tracker)
    assert contract["number"] == "988"
    assert "988" in texts(dispatcher)[0] and "911" in texts(dispatcher)[0]


def test_an_emergency_only_the_classifier_saw_gets_the_number_and_the_crisis_line(
    dispatcher, tracker_factory
):
    """No red-flag phrase, so nobody knows if it is medical or self-harm: 911 first, then 988."""
    _, contract = run(ActionEmergency(), dispatcher, tracker_factory("i can't go on anymore", "emergency"))
    said = texts(dispatcher)
    assert contract["kind"] == "emergency" and contract["number"] == "911"
    assert said[0].startswith("Call 911 now") and "988" in said[1]


def test_a_red_flag_emergency_is_not_padded_with_the_crisis_line(dispatcher, tracker_factory):
    tracker = tracker_factory(
        "my chest hurts", "emergency", entities=[{"entity": "emergency_type", "value": "medical"}]
    )
    run(ActionEmergency(), dispatcher, tracker)
    assert "988" not in " ".join(texts(dispatcher))


def test_booking_uses_the_modality_booking_page(dispatcher, tracker_factory):
    _, contract = run(ActionBook(), dispatcher, tracker_factory("book me for IMS", "book"))
    assert contract == {
        "kind": "booking",
        "booking_url": "https://booking.example.org/maple-grove/ims",
        "phone": "604-555-0142",
        "modality": "ims",
        "rule": "handoff",
        "lang": "en",
    }
    assert "https://booking.example.org/maple-grove/ims" in " ".join(texts(dispatcher))


def test_clinic_details_come_from_clinic_yml(dispatcher, tracker_factory, tmp_path, monkeypatch):
    clinic = tmp_path / "clinic.yml"
    clinic.write_text(
        "name: Other Clinic\nphone: 555-0199\nbooking_url: https://example.org/book\n"
        "modalities: [acupuncture]\nhours: [Mon 9-5]\naddress: 1 Test Road\n"
    )
    monkeypatch.setenv("NEEDLE_CLINIC", str(clinic))
    _, contract = run(ActionBook(), dispatcher, tracker_factory("can i book dry needling", "book"))
    assert contract["booking_url"] == "https://example.org/book" and contract["phone"] == "555-0199"
    assert any("does not currently offer dry needling" in t for t in texts(dispatcher))
    hours = type(dispatcher)()
    run(ActionContact(), hours, tracker_factory("when are you open", "ask_hours", bot_spoke=True))
    assert "Mon 9-5" in " ".join(texts(hours))


@pytest.mark.parametrize(
    "intent,expected",
    [
        ("ask_location", "100 Example Avenue"),
        ("ask_contact", "604-555-0142"),
        ("human_handoff", "604-555-0142"),
        ("ask_hours", "Saturday"),
    ],
)
def test_contact_replies(dispatcher, tracker_factory, intent, expected):
    _, contract = run(ActionContact(), dispatcher, tracker_factory("?", intent))
    assert contract["kind"] == "contact" and contract["phone"] == "604-555-0142"
    assert expected in " ".join(texts(dispatcher))


def test_low_confidence_offers_likely_questions_and_phone(dispatcher, tracker_factory):
    tracker = tracker_factory(
        "that jump thing in the muscle",
        "nlu_fallback",
        confidence=0.3,
        ranking=[{"name": "ask_technique", "confidence": 0.3}],
    )
    _, contract = run(ActionClarify(), dispatcher, tracker)
    assert contract["kind"] == "fallback" and "dn-sensation-twitch" in contract["suggestions"]
    assert len(contract["suggestions"]) <= 3
    assert "604-555-0142" in " ".join(texts(dispatcher))


def test_clarifying_still_remembers_the_treatment_named(dispatcher, tracker_factory):
    tracker = tracker_factory(
        "so that dry needling thing",
        "nlu_fallback",
        confidence=0.3,
        entities=DN,
        ranking=[{"name": "ask_overview", "confidence": 0.3}],
    )
    events, contract = run(ActionClarify(), dispatcher, tracker)
    assert contract["kind"] == "fallback"
    assert slots(events) == {"modalities": ["dry_needling"]}


def test_out_of_scope_says_what_it_can_do(dispatcher, tracker_factory):
    _, contract = run(
        ActionOutOfScope(), dispatcher, tracker_factory("will it rain in vancouver tomorrow", "out_of_scope")
    )
    assert contract["kind"] == "fallback" and contract["reason"] == "out_of_scope"
    assert "medication" in " ".join(texts(dispatcher))


def test_unclear_input_reply_never_echoes_the_message(dispatcher, tracker_factory):
    tracker = tracker_factory(
        "<script>x</script>", "unclear_input", entities=[{"entity": "input_problem", "value": "empty"}]
    )
    _, contract = run(ActionUnclearInput(), dispatcher, tracker)
    assert contract["reason"] == "empty"
    assert "<script>" not in json.dumps(dispatcher.messages)


def test_greeting_offers_starter_questions(dispatcher, tracker_factory):
    _, contract = run(ActionSmalltalk(), dispatcher, tracker_factory("hi", "greet"))
    assert contract["kind"] == "smalltalk"
    assert any(m.get("buttons") for m in dispatcher.messages)


def test_unanchored_low_confidence_topic_guess_is_not_answered(dispatcher, tracker_factory):
    tracker = tracker_factory("how do i fix the light on the table", "ask_origins", confidence=0.46)
    _, contract = run(ActionAnswerFromKnowledge(), dispatcher, tracker)
    assert contract["kind"] == "fallback" and contract["reason"] == "low_confidence"


def test_unsure_guess_with_nothing_of_ours_is_out_of_scope(dispatcher, tracker_factory):
    # nothing of ours in it at all (no health, treatment or clinic word): out of scope (session 22)
    tracker = tracker_factory("how do i fix the light on my car", "ask_origins", confidence=0.46)
    _, contract = run(ActionAnswerFromKnowledge(), dispatcher, tracker)
    assert contract["kind"] == "fallback" and contract["reason"] == "out_of_scope"


def test_same_confidence_is_answered_when_a_treatment_is_named(dispatcher, tracker_factory):
    tracker = tracker_factory("is acupuncture sore", "ask_sensation", confidence=0.46)
    _, contract = run(ActionAnswerFromKnowledge(), dispatcher, tracker)
    assert contract["kind"] == "kb" and contract["kb"]["id"] == "acu-sensation"


@pytest.mark.parametrize(
    "text,lang,says",
    [
        ("does blue cross cover acupuncture", None, "Only that plan or payer can tell you what it pays"),
        ("ma mutuelle rembourse l'acupuncture?", "fr", "Seul ce régime ou cet assureur peut vous dire"),
    ],
)
def test_a_named_insurer_is_declined_saying_only_that_plan_can_tell(
    dispatcher, tracker_factory, text, lang, says
):
    # written rule 5 (session 7): what one named insurer or plan pays, only that plan can say
    tracker = tracker_factory(
        text,
        "ask_insurance",
        entities=[{"entity": "modality", "value": "acupuncture"}],
        slots={"language": lang} if lang else None,
    )
    _, contract = run(ActionAnswerFromKnowledge(), dispatcher, tracker)
    assert (contract["kind"], contract["reason"], contract["subject"], contract["ask"]) == (
        "fallback",
        "not_covered",
        "named_plan",
        "plan",
    )
    assert any(says in t for t in texts(dispatcher)), texts(dispatcher)


@pytest.mark.parametrize(
    "text, lang, says",
    [
        ("after my acupuncture yesterday my whole forearm went numb for hours, is that normal?", None, "911"),
        ("après ma séance d'hier j'ai la jambe engourdie depuis des heures, c'est normal?", "fr", "911"),
    ],
)
def test_an_after_effect_no_entry_names_says_tell_the_practitioner_and_the_emergency_number(
    dispatcher, tracker_factory, text, lang, says
):
    # issue 11: a reaction outside the entries' whitelist is declined; the patient is told to
    # tell the practitioner (the clinic's phone) and to call the emergency number if it is severe
    tracker = tracker_factory(text, "ask_aftercare", slots={"language": lang} if lang else None)
    _, contract = run(ActionAnswerFromKnowledge(), dispatcher, tracker)
    assert (contract["kind"], contract["reason"], contract["subject"]) == (
        "fallback",
        "not_covered",
        "session_reaction",
    )
    said = " ".join(texts(dispatcher))
    assert says in said and ("practitioner" in said or "praticien" in said), said


def test_a_follow_up_on_the_marks_of_a_declined_subject_stays_declined(tracker_factory):
    # issue 11: "les ventouses font mal?" is declined (cupping); "et les marques violettes,
    # c'est grave?" next is about the cupping marks, not the entry on needle bruises
    from rasa_sdk.executor import CollectingDispatcher

    first = CollectingDispatcher()
    _, declined = run(
        ActionAnswerFromKnowledge(), first, tracker_factory("les ventouses font mal?", "ask_sensation")
    )
    assert (declined["reason"], declined["subject"]) == ("not_covered", "other_tcm")
    tracker = tracker_factory("et les marques violettes sur le dos, c'est grave?", "ask_aftercare")
    tracker.events.insert(-1, {"event": "bot", "text": texts(first)[0], "data": {"custom": declined}})
    _, contract = run(ActionAnswerFromKnowledge(), CollectingDispatcher(), tracker)
    assert (contract["kind"], contract["reason"], contract["subject"]) == (
        "fallback",
        "not_covered",
        "other_tcm",
    )
    # the same words with no declined subject before are read on their own
    _, alone = run(
        ActionAnswerFromKnowledge(),
        CollectingDispatcher(),
        tracker_factory("et les marques violettes sur le dos, c'est grave?", "ask_aftercare"),
    )
    assert alone.get("subject") != "other_tcm"


def test_a_problem_told_alone_is_remembered_for_the_question_after_it(dispatcher, tracker_factory):
    tracker = tracker_factory(
        "my knee arthritis is pretty bad",
        "out_of_scope",
        entities=[{"entity": "condition", "value": "knee_osteoarthritis"}],
    )
    events, contract = run(ActionOutOfScope(), dispatcher, tracker)
    assert contract["reason"] == "out_of_scope"
    assert slots(events)["conditions"] == ["knee_osteoarthritis"]


@pytest.mark.parametrize(
    "told",
    [
        "my wrists are killing me from stacking shelves all day",
        "my lower back is wrecked after a week of moving house",
    ],
)
def test_a_body_complaint_told_alone_is_remembered_for_the_question_after_it(
    dispatcher, tracker_factory, told
):
    # "would acupuncture do anything for that?" next points back at the nearest condition
    events, contract = run(ActionOutOfScope(), dispatcher, tracker_factory(told, "out_of_scope"))
    assert contract["reason"] == "out_of_scope"
    assert slots(events).get("conditions"), events
