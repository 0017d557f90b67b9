"""What a patient asks about after a session: the after-effects the entries name (soreness, bruising,
a drop of blood, the twitch, feeling relaxed or sleeping well, a bruise changing colour) and the
after-care they give (exercises, what to expect, what to put on at home) are answered, while an
activity or after-care the entries never advise on (a drink, driving when drowsy, the gym, a run
the next day, flying, things to avoid around a session) is declined as not covered (written rule 9).
The after-effects no entry names are in test_route_after_effects_unnamed.py.

Why: a nearby after-care entry would read as advice the documents never give.

The tests come from the failure classes of issue 11's held-out sets (heldout9 to heldout31, and
the session 10 logistics and session-talk classes), each tested on new wordings in English and
French; the comment above each test names the set whose failure class it covers."""

import pytest

from bot.knowledge.route import question_topic, route
from bot.knowledge.subjects import not_covered_subject
from tests.helpers.route_questions import (
    ask,
    assert_not_covered,
    declined,
    declined_as_aftercare,
    declined_as_safety,
)


# From heldout9's failure classes (issue 11).
@pytest.mark.parametrize(
    "text",
    [
        "can I have a glass of wine the same night as my IMS?",
        "is a steam room ok after dry needling or should I skip it",
        "can I read on my phone while the needles are in?",
        "est-ce que je peux aller danser le soir même de ma séance?",
    ],
)
def test_permission_for_an_activity_around_a_session_is_not_covered(store, text):
    d = route(ask(text, intent="ask_aftercare", named=("dry_needling",)), store)
    assert d.kind == "fallback" and d.reason == "not_covered"


# From heldout9's failure classes (issue 11).
def test_the_exercises_after_dry_needling_are_still_answered(store):
    d = route(
        ask(
            "can I do my home exercises after dry needling?", intent="ask_aftercare", named=("dry_needling",)
        ),
        store,
    )
    assert d.kind == "kb"


# From heldout10's failure classes (issue 11).
@pytest.mark.parametrize(
    "text,subject",
    [
        ("should I be drinking extra water after IMS?", "diet_and_drink"),
        ("do I need to hydrate a lot after acupuncture?", "diet_and_drink"),
        ("is it safe to drive home aftr dry needling?", "driving_after"),
        ("is it ok for me to drive straight after the appointment", "driving_after"),
        ("Dois-je boire beaucoup d'eau après la puncture sèche?", "diet_and_drink"),
        ("is a gluten-free diet worth trying alongside IMS for my knee?", "diet_and_drink"),
        (
            "my GP offered a steroid shot for my elbow. could dry needling be used instead of the injection?",
            "injections",
        ),
    ],
)
def test_what_to_drink_and_driving_after_a_session_are_not_covered(text, subject):
    assert not_covered_subject(text).id == subject


# From heldout12's failure classes (issue 11).
@pytest.mark.parametrize(
    "question,story,subject",
    [
        (
            "does that change anything for dry needling?",
            "I've been on antidepressants for two years.",
            "medication",
        ),
        ("i'm on birth control, is IMS ok?", "", "medication"),
        ("je prends des antidépresseurs, l'acupuncture c'est correct?", "", "medication"),
        ("would a glass of wine the evening after dry needling be a problem?", "", "diet_and_drink"),
        ("is it ok to hit the hot tub the night after IMS?", "", "aftercare_actions"),
        ("after my acupuncture session, can I go for a swim?", "", "aftercare_actions"),
        (
            "après ma séance de puncture sèche, est-ce que je peux prendre un bain chaud?",
            "",
            "aftercare_actions",
        ),
        ("could IMS help my rehab?", "Eight weeks out from rotator cuff repair.", "surgery"),
        ("ma rééducation après la chirurgie du genou irait plus vite avec l'acupuncture?", "", "surgery"),
    ],
)
def test_what_the_entries_do_not_give_is_declined(store, question, story, subject):
    d = route(ask(question, story, intent="ask_aftercare", confidence=0.8), store)
    assert (d.kind, d.reason) == ("fallback", "not_covered"), (d.rule, d.entry)
    assert d.subject.id == subject


# From heldout12's failure classes (issue 11).
@pytest.mark.parametrize(
    "question",
    [
        "after the session what should I expect?",
        "after dry needling can I expect to be sore?",
        "après la séance, je peux m'attendre à quoi?",
    ],
)
def test_what_to_expect_afterwards_is_still_answered(store, question):
    d = route(ask(question, intent="ask_aftercare"), store)
    assert d.kind == "kb" and d.entry.topic == "aftercare"


# From heldout12's failure classes (issue 11).
def test_normal_or_should_i_stop_asks_about_the_reaction_first(store):
    q = ask(
        "Normal, or should I stop going?",
        "The needle in my hip made my foot tingle for a moment.",
        intent="ask_sensation",
        named=["acupuncture"],
    )
    d = route(q, store)
    assert not (d.kind == "fallback" and d.subject and d.subject.id == "own_treatment_plan")


# From heldout14 or heldout15's failure classes (issue 11).
@pytest.mark.parametrize(
    "message,topics",
    [
        (
            "really sore and a bit bruised where the needles went in after dry needling, normal?",
            ("aftercare",),
        ),
        (
            "I'm terrified of needles, I pass out at blood tests. can I even do acupuncture?",
            ("sensation", "safety"),
        ),
        ("my muscle twitched hard during dry needling, why?", ("technique", "sensation")),
    ],
)
def test_reactions_the_entries_name_are_still_answered(store, message, topics):
    intent = "ask_" + topics[0]
    d = route(ask(message, intent=intent, confidence=0.8), store)
    assert d.kind == "kb" and d.entry.topic in topics + ("technique", "sensation", "safety", "aftercare"), (
        d.rule,
        d.subject,
    )


# From heldout16's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "my shoulder is sore and a bit bruised after dry needling yesterday, is that normal?",
        "felt super relaxed and sleepy after my acupuncture, is that normal?",
        "j'ai des courbatures depuis ma séance d'hier, c'est normal?",
    ],
)
def test_after_effects_the_entries_name_stay_answered(store, message):
    d = route(ask(message, intent="ask_aftercare", confidence=0.8), store)
    assert d.kind == "kb", (d.rule, d.subject)


# From heldout16's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "had acupuncture on my hips today, is it bad to go bouldering tonight?",
        "can i play a full hockey game the next day?",
        "had dry needling this afternoon, should i skip my spin class tonight?",
        "is it ok to have a couple of glasses of wine after acupuncture?",
    ],
)
def test_an_activity_after_a_session_the_entries_never_advise_on_is_declined(store, message):
    d = route(ask(message, intent="ask_aftercare", confidence=0.7), store)
    assert d.kind == "fallback" and d.subject is not None, (d.rule, d.subject)


# From heldout17's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "felt so relaxed after acupuncture i nearly dozed off, is that normal?",
        "i fell asleep on the table during my acupuncture, is that ok?",
        "my calf is sore the day after dry needling, is that normal?",
    ],
)
def test_after_effects_the_entries_name_stay_answered_beside_rule_6(store, message):
    d = route(ask(message, intent="ask_aftercare", confidence=0.8), store)
    assert d.kind == "kb", (d.rule, d.subject)


# From heldout17's failure classes (issue 11).
def test_what_to_put_on_at_home_afterwards_stays_with_aftercare_actions(store):
    d = route(ask("can i put a cream on the needle spots after dry needling?", intent="ask_aftercare"), store)
    assert d.kind == "fallback" and d.subject.id == "aftercare_actions", (d.rule, d.subject)


# From heldout18's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "will acupuncture make me too sleepy to drive safely?",
        "i have to drive a forklift straight after my session, will dry needling make me drowsy?",
        "est-ce que je vais être trop somnolente pour conduire après l'acupuncture?",
        "will IMS leave me groggy behind the wheel?",
    ],
)
def test_drowsy_before_driving_is_declined(store, message):
    declined_as_safety(store, message, "driving_after")


# From heldout19's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "can i have dry needling the day before a flight?",
        "is IMS ok two days before flying overseas?",
        "does cabin pressure affect you after acupuncture?",
        "je peux faire de l'acupuncture la veille avant mon vol?",
    ],
)
def test_flying_around_a_session_is_declined(store, message):
    declined_as_safety(store, message, "travel_after", intent="ask_aftercare")


# From heldout20's failure classes (issue 11).
@pytest.mark.parametrize(
    "story, question, intent",
    [
        ("ran a half marathon saturday, quads are shot.", "would IMS help with that?", "ask_aftercare"),
        ("legs are dead after leg day.", "can dry needling help that kind of soreness?", "ask_sensation"),
        ("courbatures après mon marathon.", "est-ce que la puncture sèche peut aider?", "ask_aftercare"),
    ],
)
def test_soreness_from_exercise_asked_whether_needling_helps_is_conditions(story, question, intent):
    q = ask(question, story=story, intent=intent, confidence=0.5, named=["dry_needling"])
    assert question_topic(q) == "conditions"


# From heldout20's failure classes (issue 11).
def test_soreness_after_a_session_stays_after_care():
    q = ask(
        "does ice help with that soreness?",
        story="had dry needling after my run yesterday.",
        intent="ask_aftercare",
        confidence=0.6,
        named=["dry_needling"],
    )
    assert question_topic(q) == "aftercare"


# From heldout21's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "how long should i wait before driving after ims?",
        "if i feel drowsy after acupuncture how long before i can drive?",
        "the sheet says not to drive when sleepy. how would i know?",
        "si je suis somnolente après la séance, combien de temps avant de conduire?",
    ],
)
def test_waiting_to_drive_when_drowsy_is_declined(store, message):
    declined_as_aftercare(store, message, "driving_after")


# From heldout25's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "my bruise from dry needling last week is turning yellow now, is that ok?",
        "the bruise on my shoulder after acupuncture went all green, should I worry?",
        "mon bleu après l'IMS est devenu jaune et vert, c'est normal?",
    ],
)
def test_a_bruise_changing_colour_is_the_aftercare_answer(store, message):
    """A bruise turning yellow or green as it heals is about the after-effect, not how it feels."""
    d = route(ask(message, intent="ask_sensation", confidence=0.7, named=["acupuncture"]), store)
    assert d.kind == "kb" and d.entry is not None and d.entry.topic == "aftercare", (d.rule, d.entry)


# From heldout29's failure classes (issue 11, tuner UE).
@pytest.mark.parametrize(
    "question",
    [
        # written rule 9: a run or a workout the day after, or how long to wait
        "je peux faire du vélo le lendemain d'une séance d'acupuncture?",
        "est-ce qu'on peut aller à la gym juste après les aiguilles ou il faut attendre?",
        "combien de temps faut-il attendre avant de courir après la puncture sèche?",
        "do I need to wait before going running after IMS?",
        "is a long run the day after dry needling a bad idea?",
    ],
)
def test_an_activity_the_next_day_is_declined(store, question):
    declined(store, question, ("aftercare_actions",), "ask_aftercare", 0.7)


# From the session 10 session-talk classes (issue 11).
def test_sleeping_well_after_a_session_stays_answered(store):
    message = "slept like a log the night after my acupuncture, best sleep in ages. is that normal?"
    d = route(ask(message, intent="ask_aftercare", confidence=0.7), store)
    assert d.kind == "kb", (d.rule, d.subject)


# From the session 10 session-talk classes (issue 11).
@pytest.mark.parametrize(
    "message,subjects",
    [
        ("should I skip breakfast before my acupuncture appointment?", {"diet_and_drink"}),
        ("is it ok to have a coffee beforehand or should i avoid it before IMS?", {"diet_and_drink"}),
        ("can I go to the gym right before my dry needling session?", {"aftercare_actions"}),
        ("should i avoid brushing my teeth before the acupuncture visit?", {"aftercare_actions", "dental"}),
        ("is it smart to get dry needling on my calves the day before a marathon?", {"aftercare_actions"}),
        ("est-ce que je peux aller courir juste avant ma séance d'acupuncture?", {"aftercare_actions"}),
        ("une séance d'aiguilles la veille d'un concert, c'est une bonne idée?", {"aftercare_actions"}),
        ("told no lifting for a week after the IMS. is swimming ok in the meantime?", {"aftercare_actions"}),
        ("pas de course pendant 10 jours après la puncture. le vélo en attendant?", {"aftercare_actions"}),
    ],
)
def test_what_to_do_or_avoid_around_a_session_is_declined(store, message, subjects):
    d = route(ask(message, intent="ask_aftercare", confidence=0.7), store)
    assert_not_covered(store, d, subjects)


# From the session 10 session-talk classes (issue 11).
def test_soreness_after_a_session_before_a_race_stays_answered(store):
    message = "if I get dry needling the week before my race, how long will I be sore?"
    d = route(ask(message, intent="ask_aftercare", confidence=0.7), store)
    assert d.kind == "kb", (d.rule, d.subject)


# From the session 10 session-talk classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "my home strengthening exercises really hurt, should I stop or push through?",
        "mes étirements à la maison me font mal, je devrais arrêter?",
    ],
)
def test_painful_home_exercises_are_declined(store, message):
    d = route(ask(message, intent="ask_treatment_course", confidence=0.7), store)
    assert_not_covered(store, d, {"exercise_advice"})


# From the session 10 session-talk classes (issue 11).
@pytest.mark.parametrize(
    "message,intent",
    [
        (
            "should I keep doing the exercises my physio gave me between dry needling sessions?",
            "ask_treatment_course",
        ),
        ("je continue les exercices du physio entre les séances d'IMS?", "ask_treatment_course"),
        ("what should I expect after my first acupuncture session?", "ask_aftercare"),
    ],
)
def test_keeping_up_the_exercises_and_what_to_expect_stay_answered(store, message, intent):
    d = route(ask(message, intent=intent, confidence=0.8), store)
    assert d.kind == "kb", (d.rule, d.subject)
