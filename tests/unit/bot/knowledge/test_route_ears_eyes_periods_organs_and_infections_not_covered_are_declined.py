"""Health subjects the five documents never cover, asked as "can needling help?" or "is it ok
with...?", are declined plainly with who can help, never answered from the nearest condition,
safety or technique entry: the ears (blocked, infected, the hearing going), the eyesight,
periods gone irregular, the kidneys or the liver failing, tuberculosis, malaria, chronic
fatigue, hair grown back, an allergy of the skin or to a food, an animal bite or a sunburn
where the needles would go, metal left in the body by an injury, needles heated in a flame,
"points for energy", MS asked by its initials, the milk supply, hands gone purple, a stress
fracture, a named style of acupuncture. Written rules 2 and 10 (session 16, the class of
heldout68-71's misses, on wordings of our own in both languages).

The near neighbours the entries do answer stay answered: period cramps, hay fever, "une douleur
sourde" (a dull ache), "mal aux reins" (French for a low back ache), hearing good things about
needling, a deaf patient asking whether it is safe, qi as the body's energy, warmth felt at the
point, a deaf patient asking how to reach the clinic."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import answered, ask, declined


@pytest.mark.parametrize(
    "message, intent, subject",
    [
        # the ears
        (
            "my left ear has felt plugged ever since an ear infection in the fall, could acupuncture clear it?",
            "ask_conditions",
            "ear_balance",
        ),
        (
            "will acupuncture help my mum's hearing? she misses half of what we say",
            "ask_conditions",
            "ear_balance",
        ),
        (
            "je fais des otites à répétition depuis l'hiver, l'acupuncture peut aider?",
            "ask_conditions",
            "ear_balance",
        ),
        (
            "j'ai l'oreille droite bouchée depuis un mois, est-ce que les aiguilles aident?",
            "ask_conditions",
            "ear_balance",
        ),
        ("mon grand-père devient sourd, l'acupuncture peut l'aider?", "ask_conditions", "ear_balance"),
        # the eyes
        (
            "could needling improve my vision? I'm getting more near-sighted every year",
            "ask_conditions",
            "other_complaints",
        ),
        (
            "my eyesight has been failing since my forties, would acupuncture do anything?",
            "ask_evidence",
            "other_complaints",
        ),
        (
            "ma vue baisse beaucoup depuis un an, l'acupuncture peut-elle aider?",
            "ask_conditions",
            "other_complaints",
        ),
        # periods gone irregular or stopped (cramps are answered)
        (
            "my cycle has been all over the place since I came off the pill, can acupuncture sort it out?",
            "ask_conditions",
            "menopause_hormones",
        ),
        (
            "haven't had a period in four months, would acupuncture help bring it back?",
            "ask_conditions",
            "menopause_hormones",
        ),
        (
            "mes règles sont devenues irrégulières, l'acupuncture peut régulariser mon cycle?",
            "ask_conditions",
            "menopause_hormones",
        ),
        # the kidneys or the liver
        ("my uncle has end stage kidney disease, is acupuncture ok for him?", "ask_safety", "stones"),
        (
            "my husband goes to dialysis twice a week, could needling help his cramps?",
            "ask_conditions",
            "stones",
        ),
        ("ma mère est en dialyse, elle peut avoir de l'acupuncture pour son dos?", "ask_safety", "stones"),
        ("I have cirrhosis, would acupuncture be safe?", "ask_safety", "stones"),
        # infections and chronic fatigue
        (
            "I was treated for tuberculosis two years ago, is acupuncture safe for me now?",
            "ask_safety",
            "respiratory_immune",
        ),
        (
            "j'ai eu le paludisme au Mali, l'acupuncture peut aider la fatigue qui reste?",
            "ask_conditions",
            "respiratory_immune",
        ),
        (
            "ma femme a le syndrome de fatigue chronique, est-ce que l'acupuncture l'aiderait?",
            "ask_conditions",
            "respiratory_immune",
        ),
        # hair, skin, a bite, a sunburn
        ("can acupuncture regrow hair on my temples?", "ask_conditions", "cosmetic"),
        ("est-ce que l'acupuncture fait repousser les cheveux?", "ask_conditions", "cosmetic"),
        (
            "I'm allergic to the dye in hair colour, my neck breaks out. would acupuncture calm that down?",
            "ask_conditions",
            "skin",
        ),
        (
            "j'ai une allergie au parfum, ma peau réagit, l'acupuncture peut aider?",
            "ask_conditions",
            "skin",
        ),
        (
            "my neighbour's dog bit my forearm last week, can they still needle that arm?",
            "ask_safety",
            "skin",
        ),
        ("badly sunburnt shoulders from the weekend, should they skip needling there?", "ask_safety", "skin"),
        ("j'ai un gros coup de soleil sur le dos, on peut quand même me piquer?", "ask_safety", "skin"),
        # a food allergy (hay fever is answered)
        ("can acupuncture get rid of my shellfish allergy?", "ask_conditions", "other_complaints"),
        # metal left in the body by an injury
        (
            "I still carry bits of shrapnel in my leg from my army days, can they needle my calf?",
            "ask_safety",
            "implants",
        ),
        (
            "il me reste des éclats de métal dans l'épaule depuis un accident, c'est risqué avec les aiguilles?",
            "ask_safety",
            "implants",
        ),
        # needles heated in a flame, a named style
        ("does anyone here do fire needling? my aunt swears by it", "ask_technique", "other_tcm"),
        ("vous faites l'acupuncture avec des aiguilles de feu?", "ask_technique", "other_tcm"),
        ("l'acupuncture manuelle coréenne, c'est pareil que la vôtre?", "ask_difference", "named_method"),
        # energy, staying awake
        (
            "which acupuncture points are good for energy? I'm always dragging by 3pm",
            "ask_technique",
            "performance_boost",
        ),
        ("could needles help me stay awake through my night shifts?", "ask_conditions", "performance_boost"),
        # MS by its initials, the milk supply, purple hands, a stress fracture
        ("will dry needling help MS? mine is the relapsing remitting kind", "ask_conditions", "neurological"),
        ("my milk supply dropped at 6 weeks, could acupuncture increase it?", "ask_conditions", "postnatal"),
        ("est-ce que l'acupuncture aide la production de lait maternel?", "ask_conditions", "postnatal"),
        (
            "my toes go purplish when I'm cold, would acupuncture help?",
            "ask_conditions",
            "heart_blood_pressure",
        ),
        (
            "my runner daughter has a stress fracture in her shin, would dry needling help it?",
            "ask_conditions",
            "bone_healing",
        ),
    ],
)
def test_uncovered_health_subjects_are_declined(store, message, intent, subject):
    declined(store, message, subject, intent, named=["acupuncture"])


@pytest.mark.parametrize(
    "message, intent",
    [
        ("my periods are brutal, cramps for two days every month. would acupuncture help?", "ask_conditions"),
        ("does acupuncture help hay fever? my allergies are terrible every May", "ask_conditions"),
        (
            "j'ai une douleur sourde dans la nuque depuis des semaines, l'acupuncture peut aider?",
            "ask_conditions",
        ),
        ("j'ai mal aux reins à force de porter des caisses, l'acupuncture peut aider?", "ask_conditions"),
        ("I keep hearing great things about acupuncture for neck pain, does it work?", "ask_evidence"),
        ("je suis malentendante, est-ce que l'acupuncture est dangereuse?", "ask_safety"),
        ("is there a point for energy flow, like the qi in the meridians?", "ask_origins"),
        ("felt warmth spreading from the needle, is that normal?", "ask_sensation"),
    ],
)
def test_near_neighbours_the_entries_answer_stay_answered(store, message, intent):
    answered(store, message, intent, 0.8, named=["acupuncture"])


def test_a_deaf_patient_asking_how_to_reach_the_clinic_is_not_declined(store):
    d = route(
        ask(
            "I'm hard of hearing, can I message you instead of calling to book?",
            intent="book",
            confidence=0.8,
        ),
        store,
    )
    assert d.kind != "fallback", (d.rule, d.subject)
