"""Issue 11, heldout13's failure classes, tested on new wordings (EN and FR).

A visit named by its day or time is moved, not a course question; a lost receipt and a child
brought along to one's own visit are for the front desk; logistics typed fast still find their
topic; a red flag imagined for later ("what should I do if...") is answered with the safety
note; headaches or neck pain after a concussion are symptoms the entries answer; the other
therapies or injections in the story do not decline a question about needling; product advice,
balance and falls, and a complementary plan are not covered; short French messages naming
"la puncture sèche" are French."""

from dataclasses import replace

import pytest

from bot.knowledge import subjects
from bot.knowledge.route import route
from bot.nlu.language import detect
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question",
    [
        "can i shift my friday 9am to the week after? work came up",
        "I have to push my 3pm back to next week, sorry",
        "je dois décaler mon rendez-vous de mardi à la semaine prochaine",
        "could I switch my day to friday this week?",
        "est-ce possible de changer l'heure de mon rendez-vous?",
    ],
)
def test_moving_a_visit_named_by_its_day_or_time_is_a_cancellation(store, question):
    d = route(ask(question, intent="ask_treatment_course", confidence=0.5), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "cancellation"), d.rule


@pytest.mark.parametrize(
    "question,topic",
    [
        ("any parkign near you guys?", "parking"),
        ("should i just bus it or is there somewhere to leave the car", "parking"),
        ("what would I need to bring for the first one?", "what_to_bring"),
    ],
)
def test_logistics_typed_fast_find_their_topic(store, question, topic):
    d = route(ask(question, intent="ask_location", confidence=0.6), store)
    assert (d.kind, d.clinic_topic) == ("clinic", topic), d.rule


@pytest.mark.parametrize(
    "question",
    [
        "misplaced the receipt from my last appt, could you send another for my benefits claim?",
        "j'ai égaré ma facture du mois passé, vous pouvez m'en renvoyer une pour l'assurance?",
        "pourriez-vous me refaire une facture? la mienne est perdue",
    ],
)
def test_a_lost_receipt_is_for_the_front_desk(store, question):
    d = route(ask(question, intent="ask_insurance", confidence=0.7), store)
    assert d.kind == "contact", d.rule


@pytest.mark.parametrize(
    "question",
    [
        "daycare is closed friday, can I bring my 3 year old with me to my session?",
        "je peux amener mon petit de 3 ans à mon rendez-vous? pas de gardienne",
        "can my wife come with me to my appointment? she drives me",
        "ok if my 6 year old waits in the lobby during my session?",
    ],
)
def test_a_child_brought_along_to_ones_own_visit_is_for_the_front_desk(store, question):
    d = route(ask(question, intent="ask_safety", confidence=0.6), store)
    assert d.kind == "contact", (d.rule, d.subject)


def test_a_child_brought_in_for_needling_is_still_declined(store):
    d = route(ask("can I bring my 9 year old son in for acupuncture for his headaches?"), store)
    assert (d.kind, d.subject.id) == ("fallback", "children")


@pytest.mark.parametrize(
    "question",
    [
        "just in case - if I get chest pain after my appointment tomorrow, what should I do?",
        "hypothetically what would happen if i started coughing blood later after dry needling, who do i call",
        "au cas où j'aurais du mal à respirer ce soir après la séance, je fais quoi?",
        "what should I do if I get chest pain after my next treatment?",
        "si jamais j'ai de la difficulté à respirer après la séance, je fais quoi?",
        "what if my chest got tight a day after IMS next month - what would it mean?",
        "et si j'avais du mal à respirer après ma prochaine séance, qu'est-ce que ça voudrait dire?",
    ],
)
def test_a_red_flag_imagined_for_later_is_answered_with_the_safety_note(store, question):
    d = route(
        ask(
            question,
            intent="emergency",
            confidence=0.9,
            red_flag="medical",
            ranking=[("emergency", 0.9), ("ask_safety", 0.08)],
        ),
        store,
    )
    assert d.kind != "emergency" and d.safety_note, d.rule


@pytest.mark.parametrize(
    "question",
    [
        "I'm short of breath right now after my session, what should I do?",
        "what if it's serious? I have chest pain since the needles went in",
        "hypothetically, i want to kill myself, what should i do",
        "what should I do if I have chest pain right now after my treatment?",
        "j'ai de la difficulté à respirer après la séance, je fais quoi?",
        "I'm short of breath since my session, what does that mean?",
        "what if it's my lung? my chest got tight after the needles, what does it mean",
    ],
)
def test_a_red_flag_happening_now_still_alarms(store, question):
    d = route(
        ask(
            question,
            intent="emergency",
            confidence=0.9,
            red_flag="self_harm" if "kill" in question else "medical",
        ),
        store,
    )
    assert d.kind == "emergency"


@pytest.mark.parametrize(
    "question,story,condition",
    [
        (
            "should I try acupuncture?",
            "Since my concussion in March I get headaches nearly every day.",
            "migraine_headache",
        ),
        (
            "could dry needling do anything for the neck pain?",
            "Got concussed playing rugby, neck stiff ever since.",
            "neck_pain",
        ),
    ],
)
def test_headaches_or_neck_pain_after_a_concussion_are_answered(store, question, story, condition):
    q = ask(question, story, intent="ask_conditions", named=["acupuncture"], conditions=[condition])
    d = route(replace(q, asked_conditions=frozenset([condition])), store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.subject)


def test_recovery_from_a_concussion_itself_is_still_declined(store):
    d = route(
        ask("is acupuncture safe while I'm still recovering from a concussion?", intent="ask_safety"), store
    )
    assert (d.kind, d.subject.id) == ("fallback", "head_injury")


def test_an_injection_offered_in_the_story_does_not_decline_whether_needling_helps(store):
    q = ask(
        "could dry needling sort it out instead?",
        "Golfer's elbow for five months. My doctor offered a steroid shot.",
        named=["dry_needling"],
        conditions=["tendinopathy"],
    )
    d = route(replace(q, asked_conditions=frozenset(["tendinopathy"])), store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.subject)


def test_only_the_needles_of_what_was_offered_is_asked_about(store):
    q = ask(
        "I only want the needles part, is that safe?",
        "My acupuncturist also offered cupping and herbs.",
        intent="ask_safety",
        named=["acupuncture"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "safety", (d.rule, d.subject)


def test_other_therapies_tried_in_the_story_do_not_decline_a_needling_question(store):
    q = ask(
        "how many IMS sessions does it usually take?",
        "Tried a chiropractor, kinesio tape and a massage gun since spring. My physio suggests IMS.",
        intent="ask_treatment_course",
        named=["ims"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.rule, d.subject)


def test_comparing_another_therapy_with_needling_is_still_declined(store):
    d = route(
        ask(
            "is dry needling better than a chiropractor for my back?",
            intent="ask_choosing",
            named=["dry_needling"],
        ),
        store,
    )
    assert (d.kind, d.subject.id) == ("fallback", "other_therapies")


@pytest.mark.parametrize(
    "message,subject",
    [
        ("which trail shoe would you suggest for my plantar fasciitis?", "products"),
        ("grandpa keeps falling lately, would acupuncture improve his balance?", "ear_balance"),
        ("mon père a des problèmes d'équilibre, l'acupuncture peut-elle l'aider?", "ear_balance"),
        ("my aunt keeps losing her balance, could needles help?", "ear_balance"),
        ("est-ce que mon assurance complémentaire couvre l'acupuncture?", "named_plan"),
        ("does my supplemental insurance cover IMS?", "named_plan"),
    ],
)
def test_what_the_documents_do_not_cover_is_recognised(message, subject):
    assert subject in [s.id for s in subjects.not_covered_subjects(message)]


@pytest.mark.parametrize(
    "message",
    [
        "can acupuncture restore balance in my body?",
        "is acupuncture covered by insurance?",
        "i fell asleep on the table",
    ],
)
def test_ordinary_questions_are_not_declined_for_these_words(message):
    found = [s.id for s in subjects.not_covered_subjects(message)]
    assert not {"ear_balance", "named_plan", "products"} & set(found)


@pytest.mark.parametrize(
    "message", ["et la puncture sèche?", "La RAMQ couvre-t-elle la puncture sèche?", "ça soulage vraiment?"]
)
def test_short_french_messages_about_puncture_seche_are_french(message):
    assert detect(message) == "fr"


@pytest.mark.parametrize(
    "message,previous,intent",
    [
        ("and the sessions after that?", "clinic:fees", "ask_aftercare"),
        ("et les suivantes?", "clinic:fees", "ask_treatment_course"),
        ("and Tagalog?", "clinic:languages", "inform_modality"),
        ("et le vietnamien?", "clinic:languages", "inform_modality"),
    ],
)
def test_a_short_follow_up_to_a_clinic_answer_keeps_its_topic(store, message, previous, intent):
    d = route(ask(message, intent=intent, confidence=0.6, previous_topic=previous), store)
    assert (d.kind, d.clinic_topic) == ("clinic", previous.split(":")[1]), d.rule


def test_a_needling_question_after_a_clinic_answer_is_answered(store):
    d = route(
        ask(
            "and does it hurt?",
            intent="ask_sensation",
            confidence=0.9,
            previous_topic="clinic:fees",
            context=["ims"],
        ),
        store,
    )
    assert d.kind == "kb" and d.entry.topic == "sensation"


@pytest.mark.parametrize(
    "question,story,intent,topic",
    [
        (
            "is that normal or was it too much?",
            "Had dry needling in my calf monday, it ached until wednesday.",
            "ask_treatment_course",
            "aftercare",
        ),
        (
            "how long am I going to be sore?",
            "Getting IMS on my shoulder before a tournament.",
            "ask_treatment_course",
            "aftercare",
        ),
        ("are the needles thicker than a sewing needle?", "", "ask_difference", "needles"),
        (
            "is medical acupuncture different from the traditional chinese style?",
            "",
            "ask_difference",
            "origins",
        ),
    ],
)
def test_the_entry_follows_what_the_question_asks(store, question, story, intent, topic):
    named = ["ims"] if "IMS" in story else ["dry_needling"] if "dry needling" in story else ["acupuncture"]
    d = route(ask(question, story, intent=intent, confidence=0.6, named=named), store)
    assert d.kind == "kb" and d.entry.topic == topic, (d.rule, d.entry and d.entry.id)


def test_a_question_prefaced_with_before_i_book_is_answered(store):
    q = ask(
        "before I book, is it normal to bruise?",
        intent="book",
        confidence=0.6,
        named=["dry_needling"],
        ranking=[("book", 0.6), ("ask_aftercare", 0.3)],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "aftercare", d.rule


def test_asking_to_book_is_still_a_booking(store):
    q = ask("before I forget, can I book a session for friday?", intent="book", confidence=0.9)
    assert route(q, store).kind == "booking"


def test_which_one_after_the_difference_between_two_treatments_is_choosing(store):
    q = ask(
        "alright which one for a cyclist with a grumpy hip",
        intent="out_of_scope",
        confidence=0.5,
        context=["acupuncture", "dry_needling"],
        previous_topic="difference",
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "choosing", d.rule


@pytest.mark.parametrize(
    "message,declined",
    [
        ("je me suis presque évanouie pendant ma séance hier, est-ce que ça va recommencer?", True),
        ("étourdi depuis la séance de ce matin, c'est normal?", True),
        ("j'ai peur de m'évanouir pendant la séance, des conseils?", False),
    ],
)
def test_a_faint_in_a_session_told_in_french_is_another_reaction(message, declined):
    assert ("other_reactions" in [s.id for s in subjects.not_covered_subjects(message)]) is declined


def test_a_lung_risk_question_read_as_a_hand_off_is_safety(store):
    q = ask(
        "is that the spot where a lung could get hit?",
        "My physio wants to needle between my shoulder blades.",
        intent="ask_location",
        confidence=0.5,
        named=["dry_needling"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "safety", d.rule


def test_another_therapy_compared_in_a_short_question_is_still_declined(store):
    q = ask(
        "which is better?",
        "My neck has been stiff for a month. Should I see a chiropractor or try acupuncture?",
        intent="ask_choosing",
        named=["acupuncture"],
    )
    d = route(q, store)
    assert (d.kind, d.subject.id) == ("fallback", "other_therapies"), d.rule


@pytest.mark.parametrize(
    "question,story,condition",
    [
        (
            "should I give acupuncture a go?",
            "Ever since my concussion last fall I get pounding headaches.",
            "migraine_headache",
        ),
        (
            "would dry needling sort it instead?",
            "Achilles tendon sore for months, the doctor suggested a PRP shot.",
            "tendinopathy",
        ),
    ],
)
def test_one_treatment_tried_for_the_problem_told_asks_whether_it_helps(store, question, story, condition):
    named = ["dry_needling"] if "dry needling" in question else ["acupuncture"]
    q = ask(question, story, intent="ask_choosing", confidence=0.6, named=named, conditions=[condition])
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (
        d.rule,
        d.subject,
        d.entry and d.entry.id,
    )


def test_is_that_at_least_safe_asks_about_safety(store):
    q = ask("ok but is that at least safe?", intent="ask_sensation", confidence=0.6, named=["acupuncture"])
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "safety"
