"""After-effects no document names, told with the needled place or a time (written rule 6), are
declined as not covered instead of getting a general entry: a lump under the skin days later, a
limb on the other side gone cold or hot and red, the heartbeat felt in a needle, needing to pee
more often, being exhausted all afternoon. The ones the entries name stay answered, and
tiredness alone never raises the alarm.

Also declined the same way (gathered from issue 11's held-out classes): crying, feeling faint or
anxious, itching, a rash or hives at the needle spots, a needle that fell out, a tingle or numbness
that lasts, tiredness or tears after a session, a faint told in French, and an after-effect pointing
back at the session told before; anxiety before a session or eased by it, and numbness with no
session in the conversation, are no after-effect. The named after-effects are in
test_route_after_effects.py."""

import pytest

from bot.knowledge import emergency_alone, subjects
from bot.knowledge.route import route
from tests.helpers.route_questions import (
    ask,
    assert_not_covered,
    declined,
    declined_as_aftercare,
    declined_as_safety,
    split_story,
)

UNNAMED = [
    "there's a pea sized lump under the skin on my calf since the dry needling 5 days ago. what is it?",
    "since the dry needling I have a little lump on my neck, should I get it checked",
    "j'ai une petite boule dure sous la peau là où on m'a piqué l'épaule, ça fait une semaine",
    "after acupuncture on my right knee my left knee went red and hot. why?",
    "they needled my right arm and my other hand turned ice cold for an hour, how come?",
    "après les aiguilles dans le pied gauche, ma jambe droite est devenue toute froide",
    "I could feel my pulse in the needle in my wrist, what does that mean?",
    "the needle in my chest was bobbing with my heartbeat, is that weird?",
    "depuis la séance d'IMS je dois uriner tout le temps, c'est lié?",
    "been weeing constantly since my acupuncture yesterday, is that from the needles?",
]


@pytest.mark.parametrize("message", UNNAMED)
def test_an_after_effect_no_entry_names_is_declined(store, message):
    declined(store, message, "unnamed_after_effect", "ask_aftercare")


TIRED = [
    "got acupuncture at lunch and been nodding off at my desk all afternoon, this wiped out normal?",
    "had dry needling over lunch and now I'm falling asleep at work, so exhausted",
    "j'ai eu de l'acupuncture ce matin et je m'endors au bureau toute la journée, je suis épuisée",
]


@pytest.mark.parametrize("message", TIRED)
def test_exhausted_all_afternoon_is_declined_and_never_alarms(store, message):
    declined(store, message, "session_reaction", "ask_aftercare")
    assert emergency_alone.not_an_alarm(ask(message, intent="emergency"))


@pytest.mark.parametrize(
    "message",
    [
        "after IMS I am so exhausted and now I can't breathe properly",
        "my husband had acupuncture and now he is so drowsy he won't wake up",
    ],
)
def test_tiredness_with_a_sign_still_alarms(message):
    assert not emergency_alone.not_an_alarm(ask(message, intent="emergency"))


NAMED = [
    "my shoulder felt warm where the needle went in, normal?",
    "a little bruise where they needled my calf, normal?",
    "I was so relaxed I fell asleep on the table during acupuncture, is that normal?",
    "getting bony lumps on my finger joints, osteoarthritis the doctor says. worth trying acupuncture?",
    "there's a hard knot in my trapezius, can dry needling release it?",
]


@pytest.mark.parametrize("message", NAMED)
def test_named_after_effects_and_lumps_to_treat_stay_answered(store, message):
    d = route(ask(message, intent="ask_aftercare", confidence=0.7), store)
    assert not (d.kind == "fallback" and d.reason == "not_covered"), (d.rule, d.subject)


# From heldout13's failure classes (issue 11).
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


# From heldout14 or heldout15's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "got teary and couldn't stop crying on the table during my acupuncture. is something wrong?",
        "I feel really emotional the evening after every session, is that a known thing?",
        "went all dizzy and spinning after my dry needling this morning. why would that be?",
        "my skin got itchy around the needle spots the day after, should I worry?",
        "came out in hives where the needles were, am I allergic to them?",
        "one needle popped out on its own while I was lying there, does that matter?",
        "I sneezed and moved my arm while the needles were in, could that have done damage?",
        "the acupuncturist left me alone for ages with needles in, is that how it's done?",
        "can't sleep since my IMS session on monday, could it be from that?",
        "broke out in a cold sweat and got the shivers during my acupuncture, why?",
        "j'ai pleuré pendant la séance sans raison, c'est grave?",
        "des boutons rouges sont apparus autour des points après l'acupuncture, c'est une allergie?",
        "j'avais la tête qui tourne après ma séance de puncture sèche, pourquoi?",
    ],
)
def test_a_reaction_the_entries_never_name_is_declined_with_the_clinic_to_ask(store, message):
    text, story = split_story(message)
    d = route(ask(text, story=story, intent="ask_aftercare", confidence=0.7), store)
    assert d.kind == "fallback" and d.subject.id == "session_reaction", (d.rule, d.subject)
    assert d.subject.ask == "clinic"


# From heldout14 or heldout15's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "what if I faint while the needles are in? it happens to me at the dentist",
        "nearly passed out at my last acupuncture appointment, does that happen a lot?",
        "j'ai fait un malaise à ma dernière séance d'acupuncture, ça arrive souvent?",
    ],
)
def test_fainting_at_a_session_is_declined(store, message):
    d = route(ask(message, intent="ask_safety", confidence=0.7), store)
    assert d.kind == "fallback" and d.subject.id == "session_faint", (d.rule, d.subject)


# From heldout16's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "après ma séance de puncture sèche j'ai eu des fourmillements dans le pied toute la soirée, pourquoi?",
        "a small red bump came up where a needle went in on my calf, should i worry?",
        "my fingers stayed numb most of the evening after acupuncture. is that normal?",
        "had IMS on my back today and now i feel foggy and out of it, why?",
        "had dry needling in my neck this morning and feel totally spaced out",
        "cried the whole way home after my treatment, is that a thing?",
        "afterwards my thigh felt numb for a couple of hours, why would that be?",
        "depuis ma séance d'acupuncture j'ai la main engourdie, c'est normal?",
    ],
)
def test_an_after_effect_off_the_whitelist_is_declined(store, message):
    d = route(ask(message, intent="ask_aftercare", confidence=0.7), store)
    assert d.kind == "fallback" and d.subject.id == "session_reaction", (d.rule, d.subject)
    assert d.subject.ask == "clinic"


# From heldout17's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "so drained after my acupuncture yesterday i could barely get off the couch, is that a thing?",
        "after IMS on tuesday i was exhausted and napped all afternoon, why?",
        "totally knackered since my dry needling session, is that normal?",
        "i teared up on the table during acupuncture, does that happen?",
        "does dry needling make you emotional? i welled up during my session",
        "je suis épuisée depuis ma séance d'acupuncture hier, c'est normal?",
        "j'ai pleuré sur la table pendant ma séance, c'est normal?",
    ],
)
def test_tiredness_or_tears_after_a_session_are_declined_rule_6(store, message):
    d = route(ask(message, intent="ask_aftercare", confidence=0.7), store)
    assert d.kind == "fallback" and d.subject.id == "session_reaction", (d.rule, d.subject)
    assert d.subject.ask == "clinic"


# From heldout17's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "had IMS in my glute last week and my leg still tingles on and off, will that stop?",
        "the tingling in my hand hasn't gone away since my dry needling session, should i worry?",
        "depuis ma séance de puncture sèche j'ai encore des fourmillements dans le pied",
    ],
)
def test_a_tingle_that_lasts_after_the_visit_is_declined(store, message):
    d = route(ask(message, intent="ask_aftercare", confidence=0.7), store)
    assert d.kind == "fallback" and d.reason == "not_covered", (d.rule, d.subject)


# From heldout17's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "i get vasovagal with needles, will that happen with dry needling?",
        "je fais des malaises vagaux avec les prises de sang, est-ce risqué avec l'acupuncture?",
        "j'ai tendance à faire des malaises quand on me pique, ça arrive avec les aiguilles?",
    ],
)
def test_fainting_spells_when_pricked_are_declined(store, message):
    d = route(ask(message, intent="ask_safety", confidence=0.7), store)
    assert d.kind == "fallback" and d.subject.id == "session_faint", (d.rule, d.subject)


# From heldout18's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "i was jittery and wired all night after my acupuncture session, is that normal?",
        "felt really on edge after IMS yesterday, why?",
        "je me sentais anxieuse toute la soirée après ma séance, c'est normal?",
    ],
)
def test_feeling_anxious_after_a_session_is_declined_rule_6(store, message):
    d = declined_as_safety(store, message, "session_mood", intent="ask_aftercare")
    assert d.subject.ask == "clinic"


# From heldout18's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "i'm anxious about needles before my first session, what does it feel like?",
        "i felt calmer and less anxious after acupuncture, is that common?",
    ],
)
def test_anxiety_before_or_eased_is_not_an_after_effect(message):
    assert "session_mood" not in {s.id for s in subjects.not_covered_subjects(message)}


# From heldout19's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "i came up in hives after my last acupuncture session, can i still do dry needling?",
        "got a rash around the needles last time, should i try IMS?",
        "i broke out in welts after dry needling once, is acupuncture different?",
        "j'ai fait de l'urticaire après ma séance d'acupuncture, je peux essayer l'IMS?",
    ],
)
def test_hives_around_the_needles_are_declined(store, message):
    # told with the session it followed, it is a session reaction (written rule 6); either declines
    declined_as_safety(store, message, ("metal_allergy", "session_reaction"))


# From heldout21's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "tingling in my hand all evening after acupuncture, is that normal?",
        "my leg had pins and needles for hours after the dry needling session",
        "pins and needles in my fingers the whole day after IMS on my neck, why?",
        "des fourmillements toute la journée après ma séance d'acupuncture, c'est normal?",
    ],
)
def test_a_tingle_lasting_the_day_after_needling_is_declined(store, message):
    declined_as_aftercare(store, message, "session_reaction")


# From heldout29's failure classes (issue 11, tuner UE).
@pytest.mark.parametrize(
    "question",
    [
        # written rule 6: itching or spots where the needle went, told in French without the word "séance"
        "ça gratte là où elle a piqué et j'ai des rougeurs",
        "j'ai des petits boutons aux endroits piqués depuis ce matin",
        "itchy little bumps where he stuck the needles yesterday, what is that?",
    ],
)
def test_a_rash_where_the_needle_went_is_declined(store, question):
    declined(store, question, ("session_reaction",), "ask_aftercare", 0.5)


# From the session 10 session-talk classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "every time after my IMS session i'm completely wiped out, why does it do that",
        "fourth acupuncture session and each time I'm exhausted the whole evening. why does it make me so tired?",
        "felt giggly and a bit loopy after acupuncture this morning, all fine now. is that normal?",
        "slept fourteen hours straight after dry needling on friday. is that a thing?",
        "après ma séance d'acupuncture j'étais euphorique, comme sur un nuage. c'est normal?",
        "j'ai dormi 12 heures après ma séance de puncture sèche, c'est normal?",
    ],
)
def test_after_effects_no_entry_names_are_declined(store, message):
    d = route(ask(message, intent="ask_aftercare", confidence=0.7), store)
    assert_not_covered(store, d, {"session_reaction"})


# From the session 10 session-talk classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "my arm has been kind of numb since, is that normal?",
        "ma main est engourdie depuis, c'est normal?",
    ],
)
def test_an_after_effect_pointing_back_at_the_session_told_before_is_declined(store, message):
    d = route(ask(message, intent="out_of_scope", confidence=0.6, context=["dry_needling"]), store)
    assert_not_covered(store, d, {"session_reaction"})


# From the session 10 session-talk classes (issue 11).
def test_numb_since_with_no_session_in_the_conversation_is_not_an_after_effect(store):
    d = route(ask("my arm has been kind of numb since, is that normal?", intent="out_of_scope"), store)
    assert d.subject is None or d.subject.id != "session_reaction"
