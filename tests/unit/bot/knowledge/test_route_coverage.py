"""Issue 11, coverage policy: which messages route() answers and which it declines.

Musculoskeletal problems are answered from the nearest condition entry even with no diagnosis
named; subjects told only in the story do not decline a question about something else;
after-care actions and organ diseases no entry names are declined; the clinic topic comes
from the question; a question whether treatment is safe to have never raises the alarm.
Every wording here is new (not from the question sets)."""

import pytest

from bot import MODALITIES
from bot.knowledge.body import musculoskeletal_condition
from bot.knowledge.question import Question
from bot.knowledge.route import EMERGENCY_MIN_CONFIDENCE, route


def ask(text, intent="ask_conditions", confidence=0.9, named=(), conditions=(), full_text="", **extra):
    topics = [intent[4:]] if intent.startswith("ask_") else []
    return Question(
        text=text,
        intent=intent,
        confidence=confidence,
        topics=topics,
        named=list(named),
        context=[],
        conditions=frozenset(conditions),
        asked_conditions=frozenset(conditions),
        full_text=full_text,
        ranking=extra.pop("ranking", None) or [(intent, confidence)],
        **extra,
    )


@pytest.mark.parametrize(
    "text,condition",
    [
        ("my big toe has ached since the marathon", "myofascial_pain"),
        ("I think I tweaked my forearm climbing", "sports_injury"),
        ("the tendon at the back of my wrist flares up", "tendinopathy"),
        ("j'ai mal au pouce depuis des semaines", "myofascial_pain"),
        ("une entorse à la cheville qui traîne", "sports_injury"),
        ("can I book for Tuesday", None),
        ("my stomach is upset", None),
    ],
)
def test_a_body_part_and_a_complaint_name_the_nearest_condition(text, condition):
    assert musculoskeletal_condition(text) == condition


@pytest.mark.parametrize(
    "text,named",
    [
        ("would acupuncture do anything for a sore big toe from marathon training?", ["acupuncture"]),
        ("can dry needling help a forearm I tweaked rock climbing?", ["dry_needling"]),
        ("est-ce que l'acupuncture peut soulager mon pouce douloureux?", ["acupuncture"]),
    ],
)
def test_an_unnamed_musculoskeletal_problem_is_answered_from_the_condition_entries(store, text, named):
    d = route(ask(text, intent="nlu_fallback", confidence=0.3, named=named), store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.reason)


def test_post_natal_back_pain_is_answered_but_needling_while_breastfeeding_is_declined(store):
    story = "My son is five months old and carrying him has wrecked my upper back."
    question = "Can dry needling help upper back pain like that?"
    d = route(
        ask(question, named=["dry_needling"], full_text=f"{story} Still breastfeeding at night. {question}"),
        store,
    )
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence")
    safe = "Still breastfeeding at night, is dry needling alright for me?"
    d = route(ask(safe, intent="ask_safety", named=["dry_needling"]), store)
    assert (d.kind, d.reason, d.subject.id) == ("fallback", "not_covered", "postnatal")


def test_a_past_injection_in_the_story_does_not_decline_a_question_on_sessions(store):
    story = "Had a cortisone jab in my shoulder two years back."
    question = "How many dry needling visits does a stiff shoulder usually need?"
    d = route(
        ask(question, intent="ask_treatment_course", named=["dry_needling"], full_text=f"{story} {question}"),
        store,
    )
    assert d.kind == "kb" and d.entry.topic == "treatment_course"
    back = "Can I have dry needling the same week as the jab?"
    d = route(
        ask(back, intent="ask_safety", named=["dry_needling"], full_text=f"Cortisone jab on Monday. {back}"),
        store,
    )
    assert (d.kind, d.reason) == ("fallback", "not_covered"), "a question pointing back at the story"


@pytest.mark.parametrize(
    "text",
    [
        "could acupuncture calm my gastritis?",
        "does dry needling do anything for endometriosis",
        "l'acupuncture aide-t-elle contre la cystite?",
    ],
)
def test_an_organ_disease_no_entry_names_is_declined(store, text):
    d = route(ask(text, intent="ask_conditions", named=["acupuncture"]), store)
    assert (d.kind, d.reason) == ("fallback", "not_covered")


@pytest.mark.parametrize(
    "text",
    [
        "should I put a heat pack on my calf after the needling?",
        "is it alright to go for a swim after my acupuncture this afternoon?",
        "can I still do leg day tomorrow if I get IMS tonight?",
        "je peux aller au gym après ma séance d'acupuncture?",
        "est-ce que je peux aller nager après l'IMS ce soir?",
    ],
)
def test_whether_to_do_an_aftercare_action_is_declined_with_ask_your_practitioner(store, text):
    d = route(ask(text, intent="ask_aftercare", named=["acupuncture"]), store)
    assert (d.kind, d.reason, d.subject.id) == ("fallback", "not_covered", "aftercare_actions")
    assert d.subject.ask_words == "the clinic team"


def test_what_to_expect_after_a_session_is_still_answered(store):
    d = route(ask("what will I feel like after IMS?", intent="ask_aftercare", named=["ims"]), store)
    assert d.kind == "kb" and d.entry.topic == "aftercare"


def test_the_notice_to_move_an_appointment_is_the_cancellation_policy(store):
    d = route(ask("How much notice should I give to shift my Thursday slot?", intent="ask_insurance"), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "cancellation")


@pytest.mark.parametrize(
    "text",
    [
        "the promo code from your newsletter isn't accepted, can you help?",
        "Your booking site shows an error when I pick a time",
        "is it ok if I bring my toddler along to the session?",
    ],
)
def test_front_desk_matters_clinic_yml_cannot_answer_get_the_contact_handoff(store, text):
    d = route(ask(text, intent="ask_insurance"), store)
    assert d.kind == "contact", (d.rule, d.clinic_topic)


def test_money_words_in_the_story_do_not_turn_a_booking_request_into_fees(store):
    story = "Paid the deposit but the payment page froze."
    question = "Could I book in for Friday instead?"
    d = route(ask(question, intent="book", full_text=f"{story} {question}"), store)
    assert d.kind == "booking"


def test_asking_whether_treatment_is_safe_to_have_never_raises_the_alarm(store):
    q = ask(
        "is acupuncture safe while I'm nursing my newborn?",
        intent="emergency",
        confidence=max(0.95, EMERGENCY_MIN_CONFIDENCE),
        named=["acupuncture"],
        ranking=[("emergency", 0.95), ("ask_safety", 0.04)],
    )
    d = route(q, store)
    assert d.kind != "emergency" and d.safety_note


def test_of_several_fitting_entries_the_one_the_question_sentence_names_is_chosen(store):
    """Issue 11, "choose the entry": a story condition (the knee) and the question's own one
    (tight muscles) both have an entry; the question sentence decides."""
    question = "could needling loosen up tight muscles in my thigh?"
    whole = f"My knee gave out skiing and rehab has been slow. {question}"
    conditions = {"knee_osteoarthritis", "myofascial_pain"}
    picked = store.find(
        ["conditions"], frozenset(MODALITIES), whole, conditions, question=question, asked={"myofascial_pain"}
    )
    assert picked.id == "all-conditions-muscle-pain"
    story_only = store.find(["conditions"], frozenset(MODALITIES), whole, {"knee_osteoarthritis"})
    assert story_only.id == "all-conditions-osteoarthritis"


def test_a_body_complaint_asked_about_gets_the_condition_entry_whatever_aspect_was_guessed(store):
    """The classifier read the story (after football, how it feels); the question asks
    whether needling helps a body-part problem."""
    story = "Sprained my wrist at volleyball a month back and it's still puffy and tender."
    question = "Could needling speed things up?"
    d = route(ask(question, intent="ask_sensation", full_text=f"{story} {question}"), store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence") and d.booking_offer
    d = route(
        ask(
            "my hamstrings knot up after every match, is IMS a good option?",
            intent="ask_aftercare",
            named=["ims"],
        ),
        store,
    )
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.entry.id)


def test_back_pain_after_pregnancy_is_answered_but_a_joint_replacement_asked_about_is_declined(store):
    d = route(ask("can IMS ease neck and shoulder pain after my pregnancy?", named=["ims"]), store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence")
    story = "My hip was replaced in the spring."
    question = "Can I start dry needling around it now?"
    d = route(
        ask(question, intent="ask_safety", named=["dry_needling"], full_text=f"{story} {question}"), store
    )
    assert (d.kind, d.reason, d.subject.id) == ("fallback", "not_covered", "joint_replacement")
