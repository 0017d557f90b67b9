"""A question the documents do not cover is declined plainly, never answered with a nearby entry
(issue 11): an errand far from care asked by its shape (a device's setting, the letters made bigger on
a tablet, a ride program for appointments to sign up for, an agency of another trade we might know);
the spine's nerve blocks by their names (a medial branch block, a facet injection); a baby told in
weeks or months as the one to treat; the belly muscles parted after a birth; a memory-care
unit's evening agitation; hands and feet always cold, in French; a placement agency's group plan;
and an illness told as past asked to be kept from coming back ("stop me getting more?").
Quiet controls keep answered what was answered: the clinic's own app or reminders, a parent's own
back pain beside a baby, a procedure's burn set beside how acupuncture feels, a carer's own back.

Session 21, tuner tw, from the failure class of the spent sets (vm-037, vn-063, vn-093, vo-148,
vm-146, vm-131, vm-120, vo-049, vo-067, vo-078, vo-117, vk-009); other wordings, English and French."""

import pytest

from bot.knowledge import everyday
from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined


@pytest.mark.parametrize(
    "text,intent",
    [
        (
            "how do I turn off autocorrect on my dad's ipad? it keeps wrecking his emails",
            "ask_session_length",
        ),
        ("how can I disable spell check on my phone, it changes every name in my texts", "ask_contact"),
        (
            "comment désactiver le correcteur sur la tablette de mon père? il écrit des courriels",
            "human_handoff",
        ),
        ("Comment agrandir les lettres sur la tablette de ma mère? Elle ne voit plus rien", "ask_origins"),
        ("how do I make the text bigger on grandpa's phone?", "ask_treatment_course"),
        (
            "how do I sign my mother up for a volunteer driver program to get to her appointments",
            "ask_treatment_course",
        ),
        ("can I apply for paratransit to get to my physio appointments?", "ask_location"),
        ("comment je m'inscris au transport adapté pour aller à mes rendez-vous?", "ask_location"),
        ("je cherche une agence de placement honnête à Québec, vous en connaissez une?", "nlu_fallback"),
        ("any good temp agency in Halifax?", "ask_contact"),
    ],
)
def test_an_errand_far_from_care_is_declined(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.6), store)
    assert d.kind == "fallback" and d.reason in ("out_of_scope", "not_covered"), (d.rule, d.kind, d.reason)


@pytest.mark.parametrize(
    "text",
    [
        "how do I change my email on my account",
        "can you make the letters bigger on your site",
        "how do I stop the reminder texts on my phone",
        "how do I turn off notifications from your app on my iphone",
        "do you offer rides to appointments?",
        "je cherche un acupuncteur à Québec, vous en connaissez un?",
        "can I change my appointment to friday",
    ],
)
def test_the_clinics_own_settings_rides_and_practitioners_stay_ours(text):
    assert not everyday.asks_everyday(text)


@pytest.mark.parametrize(
    "message,subject,intent,story",
    [
        ("can I get dry needling the same week as a medial branch block?", "injections", "ask_safety", ""),
        ("is IMS ok after a facet joint injection?", "injections", "ask_safety", ""),
        ("can acupuncture help colic?", "children", "ask_conditions", "our 6 week old screams every night."),
        ("could my 4 month old get it too lol she never sleeps", "children", "ask_treatment_course", ""),
        ("can you do acupuncture for diastasis recti?", "postnatal", "ask_practitioners", ""),
        ("la diastase des grands droits, ça se traite en acupuncture?", "postnatal", "ask_conditions", ""),
        (
            "can acupuncture calm that down",
            "neurological",
            "ask_technique",
            "my husband gets agitated in the evenings at the memory care.",
        ),
        ("would acupuncture help her sundowning?", "neurological", "ask_conditions", ""),
        (
            "l'acupuncture peut réchauffer le corps?",
            "heart_blood_pressure",
            "ask_choosing",
            "depuis mon premier hiver ici j'ai toujours froid aux mains et aux pieds.",
        ),
        (
            "est-ce que l'assurance collective de mon agence de placement couvre l'IMS?",
            "named_plan",
            "ask_insurance",
            "",
        ),
        ("does my temp agency's group plan cover acupuncture?", "named_plan", "ask_insurance", ""),
        (
            "can acupuncture stop me getting more?",
            "stones",
            "ask_safety",
            "had a kidney stone at camp in the spring, worst pain of my life, passed it eventually.",
        ),
        (
            "could needling prevent another one?",
            "stones",
            "ask_conditions",
            "passed a kidney stone in march.",
        ),
        (
            "c'est quoi le mieux pour le dos, l'écharpe de portage ou le porte-bébé ?",
            "products",
            "ask_technique",
            "",
        ),
        (
            "c'est quoi le mieux pour les genoux, le tapis en mousse ou la genouillère ?",
            "products",
            "ask_choosing",
            "",
        ),
    ],
)
def test_an_uncovered_subject_is_declined_not_answered_nearby(store, message, subject, intent, story):
    declined(store, message, subject, intent, story=story, named=("acupuncture",))


@pytest.mark.parametrize(
    "message,intent,story",
    [
        # a procedure's burn set beside how acupuncture feels: how it feels is asked
        (
            "does acupuncture burn like that?",
            "ask_sensation",
            "my leg felt on fire for a week after the RFA last year (all fine now).",
        ),
        # a parent's own back beside a baby
        (
            "would acupuncture help my back?",
            "ask_conditions",
            "I have a 4 month old and my back is wrecked from carrying her.",
        ),
        # a carer's own work in memory care
        (
            "would IMS help my low back?",
            "ask_conditions",
            "I work in memory care and lifting residents wrecked my back.",
        ),
        # ours, or ice and heat, set against each other stay answered
        ("c'est quoi le mieux pour le dos, l'acupuncture ou la physio?", "ask_choosing", ""),
        ("c'est quoi le mieux pour le dos, la glace ou la chaleur?", "ask_aftercare", ""),
        # a group plan without an agency named is the insurance entry's
        ("does my group insurance cover IMS?", "ask_insurance", ""),
        # more sessions asked is no illness kept from coming back
        (
            "how many sessions would my neck need to stop getting more?",
            "ask_treatment_course",
            "had a kidney stone in spring, passed it, all fine now.",
        ),
    ],
)
def test_quiet_controls_stay_answered(store, message, intent, story):
    d = route(ask(message, story=story, intent=intent, confidence=0.8, named=("acupuncture",)), store)
    assert d.kind != "fallback", (d.rule, d.reason, d.subject)
