"""Subjects no document covers are declined plainly with who can help, never answered from a nearby
entry: products and equipment to buy, exercise coaching, things other therapies use, needle depth
in numbers (written rule 4), nerve injury on a consent form, the voice, what another practitioner
should have done, and the like. Close wordings the entries do answer stay answered (near neighbours
of each new subject, a general nerve question, the risks asked after nobody told them).

Why: an answer from a nearby entry would read as the documents' advice on a subject they never
discuss.

The tests come from the failure classes of issue 11's held-out sets (heldout9 to heldout31, and
the session 10 logistics and session-talk classes), each tested on new wordings in English and
French; the comment above each test names the set whose failure class it covers."""

import pytest

from bot.knowledge import subjects
from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined, declined_as_aftercare, declined_as_safety


# From heldout10's failure classes (issue 11).
@pytest.mark.parametrize(
    "text",
    [
        "could acupuncture slow down my cataracts?",
        "do I have to be up to date on my tetanus before dry needling?",
        "est-ce que l'acupuncture aide pour la cataracte?",
    ],
)
def test_eye_conditions_and_tetanus_are_said_plainly_not_covered(store, text):
    d = route(ask(text, intent="ask_conditions", confidence=0.6), store)
    # the eye's own subject (other_complaints, "your doctor") or the unknown health word: said plainly
    assert (
        d.kind == "fallback"
        and d.reason == "not_covered"
        and d.rule in ("unknown_health_term", "not_covered")
    )


# From heldout13's failure classes (issue 11).
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


# From heldout13's failure classes (issue 11).
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


# From heldout14 or heldout15's failure classes (issue 11).
@pytest.mark.parametrize(
    "message,subject",
    [
        ("what gauge are your acupuncture needles?", "needle_depth"),
        ("which brand of needles does the clinic use?", "needle_depth"),
        ("do I have to tell my doctor I'm getting dry needling?", "telling_doctor"),
        ("dois-je prévenir mon médecin que je fais de l'acupuncture?", "telling_doctor"),
        (
            "diabetic for 10 years, toes tingle and burn. could acupuncture help that nerve pain?",
            "diabetic_neuropathy",
        ),
        ("can acupuncture help me get over jet lag after long flights?", "everyday_complaints"),
        ("l'acupuncture contre la gueule de bois, ça marche?", "everyday_complaints"),
        ("est-ce que la mutualité rembourse les séances d'acupuncture?", "other_payers"),
        ("my claim is with WorkCover, will they pay for dry needling?", "other_payers"),
        ("would my blue cross plan reimburce IMS sessions?", "named_plan"),
        ("is it ok to have a couple of ibuprophen before my acupuncture?", "medication"),
        ("the needles are nickel? I break out from cheap jewellery", "metal_allergy"),
        ("should I wear a knee brace as well as getting the needling?", "products"),
    ],
)
def test_subjects_the_documents_do_not_cover_are_declined(store, message, subject):
    d = route(ask(message, intent="ask_needles", confidence=0.6), store)
    assert (d.kind, d.subject.id if d.subject else None) == ("fallback", subject), d.rule


# From heldout16's failure classes (issue 11).
@pytest.mark.parametrize(
    "message, subject",
    [
        ("what are the little beads they stuck behind my ear after the session?", "ear_acupuncture"),
        ("they put glass cups on my back and now there are purple circles, what is that?", "other_tcm"),
        ("why did she burn a herb stick near my needles?", "other_tcm"),
        ("vous me conseillez quelle tisane pour me détendre le soir?", "other_tcm"),
        ("which standing desk should I get for my back?", "products"),
        ("are the needles like 3 inches long? they looked huge", "needle_depth"),
        ("the needle bent as she put it in, is that ok?", "needle_incident"),
    ],
)
def test_things_no_entry_names_are_declined(store, message, subject):
    d = route(ask(message, intent="ask_needles", confidence=0.6), store)
    assert (d.kind, d.subject.id if d.subject else None) == ("fallback", subject), d.rule


# From heldout17's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "do they put a numbing cream on before the needles go in?",
        "can i get a local anaesthetic before dry needling? i hate the prick",
        "why did my acupuncturist put a red heat lamp over my feet during the session?",
        "est-ce qu'on met une crème anesthésiante avant les aiguilles?",
        "à quoi sert la lampe infrarouge pendant l'acupuncture?",
    ],
)
def test_things_used_with_needling_that_no_entry_names_are_declined(store, message):
    d = route(ask(message, intent="ask_technique", confidence=0.7), store)
    assert d.kind == "fallback" and d.subject.id == "other_tcm", (d.rule, d.subject)


# From heldout17's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "combien de cm ça rentre une aiguille d'acupuncture?",
        "l'aiguille entre de combien de mm dans la peau?",
        "elle s'enfonce de 5 cm l'aiguille?",
    ],
)
def test_needle_depth_in_numbers_in_french_is_declined_rule_4(store, message):
    d = route(ask(message, intent="ask_needles", confidence=0.8), store)
    assert d.kind == "fallback" and d.subject.id == "needle_depth", (d.rule, d.subject)


# From heldout18's failure classes (issue 11).
@pytest.mark.parametrize(
    "message, subject",
    [
        ("which steel toe boots are best for standing all day?", "products"),
        ("quelles bottes de travail sont les meilleures pour mes pieds?", "products"),
        ("how can i improve my deadlift technique?", "exercise_advice"),
        ("how do i stop my knees caving in when i squat?", "exercise_advice"),
        ("comment corriger ma technique de squat?", "exercise_advice"),
    ],
)
def test_product_advice_and_exercise_coaching_are_declined(message, subject):
    assert subject in {s.id for s in subjects.not_covered_subjects(message)}


# From heldout18's failure classes (issue 11).
@pytest.mark.parametrize(
    "message, subject",
    [
        ("felt an electric zap down my leg when the needle went in, is that normal?", "electroacupuncture"),
        (
            "ça fait comme une décharge électrique quand l'aiguille rentre, c'est normal?",
            "electroacupuncture",
        ),
        ("my current physio uses needles on my back, is that acupuncture?", "electroacupuncture"),
        ("i'm sleepy all day and drive for work, would acupuncture help?", "driving_after"),
        ("i feel anxious after my therapy appointments, can acupuncture help with that?", "session_mood"),
        ("do the needles inject anything? like cortisone or vitamins?", "medication"),
        ("fractured my wrist last year, it healed but still aches, would needling help?", "bone_healing"),
    ],
)
def test_near_neighbours_of_the_new_subjects_are_not_declined_by_them(message, subject):
    assert subject not in {s.id for s in subjects.not_covered_subjects(message)}


# From heldout19's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "can acupuncture help a hoarse voice?",
        "i'm a teacher and keep losing my voice, would acupuncture help?",
        "does acupuncture help vocal cord nodules?",
        "l'acupuncture peut aider pour une extinction de voix?",
    ],
)
def test_the_voice_is_declined_as_not_covered(store, message):
    declined_as_safety(store, message, "respiratory_immune", intent="ask_conditions")


# From heldout19's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "vous conseillez quel coussin pour dormir sans mal au cou?",
        "quelle chaise de bureau pour mon dos?",
        "vous recommandez quelle ceinture lombaire?",
    ],
)
def test_a_product_to_buy_asked_in_french_is_declined(store, message):
    declined_as_safety(store, message, "products", intent="ask_conditions")


# From heldout21's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "the consent form says nerve injury is a risk, can dry needling damage a nerve?",
        "can acupuncture injure a nerve? the form i signed mentions nerve injury",
    ],
)
def test_nerve_injury_named_on_a_consent_form_is_declined(store, message):
    declined_as_aftercare(store, message, "other_reactions", intent="ask_safety")


# From heldout21's failure classes (issue 11).
def test_a_general_nerve_question_stays_answered(store):
    d = route(ask("can dry needling damage a nerve?", intent="ask_safety", named=["dry_needling"]), store)
    assert d.kind == "kb", d.rule


# From heldout21's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "can you recommend a decent compression sleeve for arthritic knees?",
        "which knee support should i get for my arthritis?",
        "any good compression socks for sore calves?",
        "quel manchon de compression pour mon genou?",
        "vous me conseillez des bas de contention?",
    ],
)
def test_compression_sleeves_and_supports_are_products(store, message):
    declined_as_aftercare(store, message, "products", intent="ask_conditions")


DECLINED = [
    ("my physio does integrative dry needling, is that any different from the usual kind?", "named_method"),
    ("is the trigenics approach to dry needling better than regular needling?", "named_method"),
    ("mon physio utilise la méthode Dommerholt pour le dry needling, c'est mieux?", "named_method"),
    (
        "passed out at my acupuncture session in the spring but was fine after, could that happen again?",
        "session_faint",
    ),
    (
        "i fainted at dry needling once, felt fine a minute later. will i faint again next time?",
        "session_faint",
    ),
    ("my knee keeps popping out of place, would dry needling help keep it stable?", "joint_instability"),
    ("I have hypermobile joints, is IMS ok for me?", "joint_instability"),
    ("mon épaule se déboîte souvent, est-ce que l'acupuncture peut aider?", "joint_instability"),
    ("I teach all day, would needles in my throat area change my voice?", "voice"),
    ("can dry needling near the neck affect the vocal cords?", ("voice", "respiratory_immune")),
    ("je suis chanteuse, des aiguilles dans le cou ça peut toucher ma voix?", "voice"),
    ("does acupuncture do anything for my MS fatigue?", "neurological"),
    ("my wife's MS makes her legs spasm, could dry needling calm them?", "neurological"),
    ("l'IMS peut aider avec ma SEP?", "neurological"),
    ("what is the plastic guide tube they tap the needle through?", "other_tcm"),
    ("why do they use a little tube before the acupuncture needle goes in?", "other_tcm"),
    ("à quoi sert le tube guide pendant l'acupuncture?", "other_tcm"),
    ("any good lumbar cushion for my office chair? my back aches", "products"),
    ("which seat cushions help with tailbone pain on long drives?", "products"),
    ("is it ok to put on compression stockings after dry needling my legs?", "aftercare_actions"),
    ("je peux porter mes bas de compression après la séance d'IMS?", "aftercare_actions"),
    ("do you know a hearing aid shop near the clinic?", "other_trades"),
    ("can you recommend an optometrist nearby?", "other_trades"),
    ("vous avez un bon opticien à me conseiller près de la clinique?", "other_trades"),
    (
        "after acupuncture my toes had pins and needles that lingered until the evening, ok?",
        "session_reaction",
    ),
    (
        "des fourmillements dans la main pendant la séance qui ont duré jusqu'au soir, c'est normal?",
        "session_reaction",
    ),
]


# From heldout25's failure classes (issue 11).
@pytest.mark.parametrize("message,subject", DECLINED)
def test_subject_no_document_covers_is_declined(store, message, subject):
    declined(store, message, subject, "ask_conditions")


ANSWERED = [
    "what is Gunn IMS and how is it different from dry needling?",
    "i'm nervous about fainting at my first dry needling session, any tips?",
    "my shoulder is stiff and sore, can acupuncture help?",
    "i felt a tingle at the needle during dry needling, is that normal?",
    "how long are the needles in for?",
    "what should I bring to my first appointment?",
    "do podiatrists ever do dry needling, or only physios?",
    "c'est comment une première séance d'acupuncture? on regarde la langue, c'est ça?",
]


# From heldout25's failure classes (issue 11).
@pytest.mark.parametrize("message", ANSWERED)
def test_close_wordings_the_entries_answer_are_not_declined(store, message):
    d = route(ask(message, intent="ask_conditions", confidence=0.7), store)
    assert not (d.kind == "fallback" and d.reason == "not_covered"), (d.rule, d.subject)


GUESSES_CONDITIONS_OR_SAFETY = [
    ("ask_conditions", 0.8),
    ("ask_evidence", 0.5),
    ("ask_safety", 0.4),
    ("out_of_scope", 0.4),
]


# From heldout28's failure classes (issue 11, tuner UD).
@pytest.mark.parametrize("intent,confidence", GUESSES_CONDITIONS_OR_SAFETY)
@pytest.mark.parametrize(
    "question,subject",
    [
        # written rule 2: a circulation or nerve illness told in work words
        (
            "my fingers go white and dead after a day on the jackhammer, can acupuncture help?",
            "heart_blood_pressure",
        ),
        (
            "doc says it's hand-arm vibration from the chainsaw. would dry needling do anything?",
            "heart_blood_pressure",
        ),
        (
            "mes doigts deviennent blancs et engourdis après la scie à chaîne, l'acupuncture aide?",
            "heart_blood_pressure",
        ),
        # performance claims
        ("my coach swears acupuncture makes you react faster in games, legit?", "performance_boost"),
        ("will dry needling improve my sprint performance?", "performance_boost"),
        ("l'acupuncture peut-elle améliorer ma concentration pour les examens?", "performance_boost"),
        # the electric device on the needles
        ("what's the box with wires they connected to my needles?", "electroacupuncture"),
        ("the machine that made my leg muscle jump during IMS, what was it?", "electroacupuncture"),
        ("il a branché des fils sur mes aiguilles, c'était quoi?", "electroacupuncture"),
        # seats, carriers and lifting, no needling asked
        ("what's the comfiest office chair seat for sciatica?", "products"),
        ("quelle poussette est la meilleure pour ne pas avoir mal au dos?", "products"),
        ("how should i lift feed bags without hurting my back?", "exercise_advice"),
        ("comment porter mes courses sans me faire mal au dos?", "exercise_advice"),
    ],
)
def test_classes_the_documents_do_not_cover_are_declined(store, question, subject, intent, confidence):
    declined(store, question, subject, intent, confidence)


GUESSES_CONDITIONS_OR_DIFFERENCE = [
    ("ask_conditions", 0.8),
    ("ask_evidence", 0.5),
    ("ask_difference", 0.5),
    ("out_of_scope", 0.4),
]


# From heldout29's failure classes (issue 11, tuner UE).
@pytest.mark.parametrize("intent,confidence", GUESSES_CONDITIONS_OR_DIFFERENCE)
@pytest.mark.parametrize(
    "question,subjects",
    [
        # one exercise method against another, no needling asked
        ("yoga or pilates for a stiff upper back, which one?", ("other_therapies",)),
        ("tai chi vs swimming for bad knees?", ("other_therapies",)),
        ("le pilates ou le yoga, c'est mieux pour la posture?", ("other_therapies",)),
        ("la natation ou le yoga pour mon dos, vous conseillez quoi?", ("other_therapies",)),
        # soft-tissue techniques no entry describes
        ("my chiro does active release technique, is that better than dry needling?", ("other_therapies",)),
        ("ims vs ART for a tight hamstring?", ("other_therapies",)),
        ("what is instrument-assisted soft tissue work, does it beat needling?", ("other_therapies",)),
        ("ma kiné veut faire de la fibrolyse sur mon coude, c'est quoi?", ("other_therapies",)),
        (
            "il m'a fait la technique du crochet sur le mollet, c'est normal d'avoir si mal?",
            ("other_therapies",),
        ),
        # styles of acupuncture no entry names
        ("is japanese style acupuncture gentler than the chinese kind?", ("named_method",)),
        ("what's five element acupuncture and is it different from what you do?", ("named_method",)),
        ("l'acupuncture japonaise, c'est vraiment différent?", ("named_method",)),
        ("c'est quoi l'acupuncture des cinq éléments?", ("named_method",)),
        # home remedies
        ("does a green clay poultice actually help tendinitis?", ("other_tcm",)),
        ("would a castor oil pack on my sore wrist do anything?", ("other_tcm",)),
        ("un cataplasme d'argile sur le genou, ça aide vraiment?", ("other_tcm",)),
        ("les remèdes de grand-mère pour une tendinite, ça vaut quoi?", ("other_tcm",)),
        # equipment worth buying
        ("are posture correctors worth it or a waste of money?", ("products",)),
        ("sit-stand desk for my neck, legit or just a gadget?", ("products",)),
        ("un bureau assis-debout pour le mal de dos, ça vaut la peine?", ("products",)),
        ("les correcteurs de posture, c'est une arnaque?", ("products",)),
        # a test or machine that measures pain
        (
            "is there any device that measures pain objectively before and after needling?",
            ("pain_measurement",),
        ),
        ("can a scan measure how bad my pain is?", ("pain_measurement",)),
        (
            "existe-t-il un appareil qui mesure la douleur avant et après l'acupuncture?",
            ("pain_measurement",),
        ),
        ("comment mesurer objectivement ma douleur?", ("pain_measurement",)),
        # brain fog and memory with a whole-body illness (written rule 2)
        ("could acupuncture clear up the brain fog i've had since covid?", ("brain_fog",)),
        ("my fibromyalgia wrecks my concentration, would needling help?", ("brain_fog",)),
        ("l'acupuncture aide-t-elle pour le brouillard mental de la fibromyalgie?", ("brain_fog",)),
        ("j'ai des pertes de mémoire depuis ma fibro, les aiguilles peuvent aider?", ("brain_fog",)),
    ],
)
def test_methods_remedies_and_gear_the_documents_do_not_cover_are_declined(
    store, question, subjects, intent, confidence
):
    declined(store, question, subjects, intent, confidence)


# From heldout29's failure classes (issue 11, tuner UE).
@pytest.mark.parametrize(
    "question,topic",
    [
        # what needling is for stays answered: the words above only in passing
        ("can acupuncture help my knee pain? i do yoga twice a week", "conditions"),
        ("could dry needling help my shoulder pain, or is it a gimmick?", "evidence"),
        ("can't focus at work because my neck hurts so much, would dry needling help?", "conditions"),
        ("is acupuncture covered by insurance?", "insurance"),
        ("est-ce que l'acupuncture est remboursée?", "insurance"),
    ],
)
def test_answerable_questions_stay_answered(store, question, topic):
    d = route(ask(question, intent=f"ask_{topic}", confidence=0.8), store)
    assert d.kind == "kb", (d.kind, d.rule, d.subject and d.subject.id)


GUESSES_AFTERCARE_OR_OUT_OF_SCOPE = [
    ("ask_aftercare", 0.6),
    ("ask_treatment_course", 0.5),
    ("out_of_scope", 0.9),
]


# From heldout30's failure classes (issue 11, tuner UH).
@pytest.mark.parametrize("intent,confidence", GUESSES_AFTERCARE_OR_OUT_OF_SCOPE)
@pytest.mark.parametrize(
    "question,subject",
    [
        # gear asked whether it helps, no needling named
        ("are compression stockings worth it for standing all day at work?", "products"),
        ("do knee braces actually help when you run?", "products"),
        ("les bas de contention, ça aide vraiment pour les jambes qui enflent ?", "products"),
        ("est-ce que des semelles orthopédiques aident pour le mal de pieds ?", "products"),
        # a fever or pins and needles lasting since a session (written rule 6)
        ("running a low temperature since my acupuncture yesterday, is that from it?", "session_reaction"),
        ("feverish after my dry needling session, normal?", "session_reaction"),
        ("j'ai de la fièvre depuis ma séance d'acupuncture, c'est lié ?", "session_reaction"),
        ("encore des fourmis dans le pied depuis la séance de mardi", "session_reaction"),
        # before or after a shift or work (written rule 9)
        ("I do 12 hour shifts, is it better to get needled before or after work?", "aftercare_actions"),
        ("nurse on nights here, best to have acupuncture before my shift or after?", "aftercare_actions"),
        ("je travaille de nuit, vaut-il mieux venir avant ou après mon quart ?", "aftercare_actions"),
        ("c'est mieux de faire la séance avant le travail ou après ?", "aftercare_actions"),
        # shaving or body hair before needling
        ("do I need to shave my back before acupuncture?", "aftercare_actions"),
        ("is it a problem for needling if my legs are really hairy?", "aftercare_actions"),
        ("faut-il se raser les jambes avant la séance de puncture ?", "aftercare_actions"),
        # what a tongue or pulse reading says (written rule 8)
        ("she said I have a wiry pulse, what does it mean?", "other_tcm"),
        ("my tongue looks 'coated' says the acupuncturist. meaning?", "other_tcm"),
        ("the acupuncturist told me I have damp heat, what is that?", "other_tcm"),
        ("il dit que j'ai le pouls glissant, ça veut dire quoi ?", "other_tcm"),
        ("l'acupunctrice trouve ma langue pâteuse, c'est grave ?", "other_tcm"),
        # electric current or clips on the needles
        ("is electrical acupuncture stronger than regular acupuncture?", "electroacupuncture"),
        ("ils mettent des petites pinces sur les aiguilles, c'est mieux ?", "electroacupuncture"),
        ("l'acupuncture électrique, c'est plus efficace ?", "electroacupuncture"),
    ],
)
def test_the_subject_the_documents_do_not_cover_is_declined(store, question, subject, intent, confidence):
    declined(store, question, subject, intent, confidence)


# From heldout31's failure classes (issue 11, tuner UI).
@pytest.mark.parametrize("intent,confidence", GUESSES_AFTERCARE_OR_OUT_OF_SCOPE)
@pytest.mark.parametrize(
    "question,subject",
    [
        # sport the same evening, asked as "peut-on" / "pourrait-on" (written rule 9)
        ("peut-on nager le soir même après l'acupuncture ?", "aftercare_actions"),
        ("pourrait-on jouer au soccer le même jour après une séance d'IMS ?", "aftercare_actions"),
        ("est-il possible de faire du vélo le soir même après la puncture ?", "aftercare_actions"),
        # wired or buzzy after a session (written rule 6)
        ("after my dry needling I was buzzing all evening, does that happen?", "session_reaction"),
        (
            "felt odd after acupuncture today, like I'd downed three coffees, weird?",
            "session_reaction",
        ),
        (
            "après ma séance d'acupuncture j'étais survoltée toute la soirée, c'est connu ?",
            "session_reaction",
        ),
        # needling oneself, at home or with a kit
        ("could I practice needling on myself if I watch videos?", "self_treatment"),
        ("there are dry needling kits on amazon, are they safe to use?", "self_treatment"),
        ("j'ai vu des kits en ligne, est-ce que je peux me piquer à la maison ?", "self_treatment"),
        ("j'ai vu ça sur amazon, je peux me piquer chez moi ?", "self_treatment"),
    ],
)
def test_self_needling_and_evening_sport_the_documents_do_not_cover_are_declined(
    store, question, subject, intent, confidence
):
    d = route(ask(question, intent=intent, confidence=confidence), store)
    assert (d.kind, d.reason) == ("fallback", "not_covered"), (d.kind, d.rule, d.entry and d.entry.id)
    assert d.subject.id == subject, d.subject.id


# From the session 10 clinic logistics classes (issue 11).
@pytest.mark.parametrize(
    "question",
    [
        "the physio who did my dry needling didn't explain any side effects, is that even allowed?",
        "how do i file a complaint about an acupuncturist?",
        "mon acupuncteur ne m'a jamais parlé des risques, il n'était pas censé avoir mon consentement écrit?",
    ],
)
def test_what_another_practitioner_should_have_done_is_not_covered(store, question):
    declined(store, question, "practitioner_conduct", "ask_safety")


# From the session 10 clinic logistics classes (issue 11).
def test_the_risks_asked_after_nobody_told_them_are_answered(store):
    d = route(ask("nobody told me the risks of dry needling, what are they?", intent="ask_safety"), store)
    assert d.kind == "kb", (d.kind, d.rule)
