"""Non-health questions the clinic's sources cannot answer, declined rather than answered from a nearby
entry, the booking link or the front desk: which of two things is kinder to a body part ("which stool is
easier on your back, the saddle one or a regular one?", "quel tabouret est le moins dur pour le dos?"),
anything ergonomic to buy, the right height of a screen or a bench; switching tasks or jobs to spare the
body; a coach or tradesperson to recommend ("know a good vocal coach?", "un bon déménageur?"); a
visitor's or Super Visa insurance and France's AME; applying for a visa and getting a power of attorney
(out of scope). The twin treatments compared, "which one?" after them, a visit booked by someone holding
a power of attorney and a job told beside a pain asked about are not these subjects.

Why: no document speaks of gear, jobs, other trades, visitors' plans, immigration or legal papers; a
nearby choosing, conditions or insurance entry, or a hand-off, pretended to answer. Session 16 (tuner
tb), from heldout69-71's drawing tablet, loupes, creeper, forklift, vocal coach, Super Visa, AME and
procuration; new wordings in English and French."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.subjects import not_covered_subject
from tests.helpers.route_questions import ask, declined

DECLINED = [
    ("which stool is easier on your back, the saddle one or a regular one?", "products", "ask_choosing"),
    ("tablet or pen display - which one is kinder to my wrist?", "products", "ask_choosing"),
    ("which mouse is better for my wrist, vertical or trackball?", "products", "ask_choosing"),
    ("are steeper loupes better for your neck? thinking of new ones", "products", "ask_conditions"),
    ("quel tabouret est le moins dur pour le dos?", "products", "ask_conditions"),
    ("are ergonomic pliers worth it?", "products", "ask_contact"),
    ("vous connaissez un bon fauteuil ergonomique?", "products", "ask_contact"),
    ("what height should my monitor be for my neck?", "products", "ask_conditions"),
    ("worth moving from the line to driving a forklift for my back?", "activity_change", "ask_choosing"),
    (
        "is switching from framing to finishing carpentry worth it for my knees or just trading one problem for another",
        "activity_change",
        "ask_choosing",
    ),
    ("passer de la caisse au plancher pour mon dos, ça vaut la peine?", "activity_change", "ask_choosing"),
    ("know a good vocal coach around here? my voice is shot after gigs", "other_trades", "ask_contact"),
    ("can you suggest a singing teacher who works on strain?", "other_trades", "ask_contact"),
    ("vous connaissez un bon déménageur?", "other_trades", "ask_fees"),
    ("je cherche un bon coach vocal à Montréal", "other_trades", "ask_location"),
    (
        "my dad is here on a visitor visa, does his visitors insurance pay for IMS?",
        "named_plan",
        "ask_insurance",
    ),
    ("l'assurance visiteurs de mes parents couvre-t-elle la physio?", "named_plan", "ask_insurance"),
    ("can I claim acupuncture on my travel insurance?", "named_plan", "ask_insurance"),
    ("avec l'AME je peux me faire rembourser les séances?", "other_payers", "ask_insurance"),
    ("la C2S rembourse l'acupuncture?", "other_payers", "ask_insurance"),
    ("where can I buy orthotic insoles in Calgary?", "products", "ask_contact"),
    ("où acheter une bonne chaise de bureau à Montréal?", "products", "ask_location"),
    ("quelle est la bonne distance de l'écran pour mes yeux?", "products", "ask_conditions"),
    ("is it worth moving to part-time hours for my wrists?", "activity_change", "ask_choosing"),
    ("where can I find a yoga teacher?", "other_trades", "ask_location"),
    ("tu connais un bon prof de piano?", "other_trades", "ask_contact"),
    ("which energy drink is least bad for a night shift?", "diet_and_drink", "ask_choosing"),
    ("where can I buy a footrest?", "products", "ask_location"),
    ("où acheter un repose-pieds ?", "products", "ask_conditions"),
    ("which footrest do you recommend?", "products", "ask_conditions"),
    ("quel repose-poignet conseillez-vous ?", "products", "ask_conditions"),
    ("quel marchepied acheter pour la cuisine ?", "products", "ask_conditions"),
    ("tu me suggères un support lombaire pour l'auto ?", "products", "ask_conditions"),
    ("can you recommend a wrist rest?", "products", "ask_conditions"),
    ("tu me conseilles un bon dentiste ?", "other_trades", "ask_conditions"),
    ("can you recommend a specialist for my knee?", "other_trades", "ask_conditions"),
    ("does a footrest help on long drives?", "products", "ask_conditions"),
    ("a vertical mouse, worth it for my wrist?", "products", "ask_conditions"),
    ("une souris verticale, ça aide pour le poignet ?", "products", "ask_conditions"),
]


@pytest.mark.parametrize(("text", "subject", "intent"), DECLINED)
def test_gear_a_job_swap_a_coach_or_a_visitors_plan_is_declined(store, text, subject, intent):
    declined(store, text, subject, intent)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how do we apply for a super visa for my parents?", "ask_contact"),
        ("comment obtenir une procuration pour ma mère?", "book"),
        ("how do I get power of attorney for my dad's health decisions?", "human_handoff"),
        ("on fait comment la demande de visa pour mon frère?", "ask_contact"),
        ("how do I sponsor my parents for permanent residence?", "ask_treatment_course"),
        ("can I get a notary to sign my mom's forms?", "nlu_fallback"),
        ("can I pack my needle kit in my checked suitcase?", "ask_needles"),
        ("est-ce que je peux apporter des aiguilles dans mon bagage à main?", "ask_needles"),
    ],
)
def test_a_visa_a_power_of_attorney_a_notary_or_the_luggage_is_out_of_scope(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.8), store)
    assert (d.kind, d.reason) == ("fallback", "out_of_scope"), (d.rule, d.kind)


@pytest.mark.parametrize(
    "text",
    [
        "which one is better for my wrist?",
        "which is better for my back, acupuncture or dry needling?",
        "acupunture vs dry neeedling which one is better for a sore shoulder",
        "which treatment is better for my neck?",
        "are the thinner needles better for my neck?",
        "do you know if contractors get a discount?",
        "I'm a singing teacher and my neck is tight, can acupuncture help?",
        "my vocal coach says my jaw is tight, could needling help?",
        "is the treatment table adjustable in height?",
        "mon âme est en paix après l'acupuncture",
        "where can I buy a gift card?",
        "can you recommend a good acupuncturist?",
        "could you suggest a time on friday?",
        "vous me conseillez quel type de séance ?",
        "my dentist recommended acupuncture for my jaw, does it help?",
        "would an assessment help?",
        "does a pinched nerve get better with IMS?",
        "a frozen shoulder, does it help?",
        "est-ce qu'un genou arthrosique, ça aide ?",
    ],
)
def test_treatments_compared_or_a_job_told_are_no_such_subject(text):
    s = not_covered_subject(text)
    assert s is None or s.id not in (
        "products",
        "activity_change",
        "other_trades",
        "named_plan",
        "other_payers",
    ), s


@pytest.mark.parametrize(
    "text",
    [
        "I have power of attorney for my dad, can I book his appointments?",
        "j'ai une procuration pour mon père, je peux prendre ses rendez-vous?",
    ],
)
def test_booking_for_someone_with_a_power_of_attorney_stays_a_booking(store, text):
    d = route(ask(text, intent="book", confidence=0.99), store)
    assert d.kind == "booking", (d.kind, d.rule)
