"""Audit of the emergency phrases against a standard list of signs that mean calling the emergency
number now (issue 11: recall must be 100% on questions never seen). Coughing, spitting or vomiting
blood; sudden weakness of one arm or leg or sudden confusion; the worst headache ever; chest pain
going down the left arm or into the jaw with sweating; hives with wheezing; a needle swallowed or
broken off under the skin; a fall or a blow to the head followed now by confusion, vomiting or drowsiness; a limb swollen rock hard with the foot or hand beyond it going cold or numb; and thoughts of suicide told without the words (not wanting to go on,
pills laid out or saved up, saying goodbye; "je veux plus continuer", "j'ai préparé mes
médicaments"), self-harm now. Each in English and French, with everyday wordings and typos.

Quiet: the same words as a question about a risk ("can it make you cough blood?"), a hypothesis
("what if I swallowed a needle?"), long past, about the treatment ("je veux plus continuer les
séances", "no point going on with the exercises"), pills got ready for an appointment, a plain
"goodbye"; a faint years ago that keeps the patient away ("depuis j'ose plus y retourner"), and
the figure "a jolt that's hard to breathe through" about how needling feels."""

import pytest

from bot.nlu.safety import red_flag

ALARM_EN = [
    "i had a collapsed lung last year and now im short of breath again after needling today",
    "2 years ago i was short of breath after IMS and still am right now",
    "my calf is swollen and rock hard since the tackle and my toes are turning numb and pale",
    "took a kick to the shin, now it's huge and hard as a rock and my foot feels cold",
    "my wife slipped on the ice and hit her head, now she's confused and keeps asking the same thing",
    "my son hit his head at hockey an hour ago and now hes throwing up",
    "i banged my head on the car door and now im really drowsy",
    "sharp stabbing pain on one side of my chest, can barely breathe",
    "my dad collapsed and isn't responding",
    "she's fitting on the floor",
    "i cant move my arm all of a sudden",
    "i'm coughing blood since this morning, had needles in my back",
    "coughing up blood after dry needling on my upper back",
    "I just coughed up blood",
    "i keep spitting up blood",
    "spitting blood when i cough",
    "there's blood when i cough",
    "I've been coughing up bright red blood",
    "caughing up blood",
    "coffing blood",
    "my husband is coughing up blood",
    "i vomited blood",
    "I'm throwing up blood",
    "threw up blood twice this morning",
    "puking blood",
    "she is vomiting blood",
    "sudden sharp pain on one side of my chest and i can't catch my breath",
    "my face is drooping on one side",
    "her speech is slurred",
    "my arm went weak all of a sudden",
    "i suddenly feel really confused and my arm is weak",
    "she's suddenly confused and doesn't know where she is",
    "worst headache of my life",
    "worst headache ever, came on suddenly",
    "crushing pain in my chest going down my left arm",
    "pain spreading to my jaw and left arm, sweating",
    "my tongue is swelling",
    "throat is swelling up",
    "i have hives all over and i'm wheezing",
    "hives and i can't breathe",
    "he is having a seizure",
    "she's having convulsions",
    "he's unconscious",
    "she won't wake up",
    "bleeding won't stop",
    "the needle site won't stop bleeding",
    "the needle broke and part of it is still in my arm",
    "a piece of the needle broke off under my skin",
    "i think i swallowed a needle",
    "my kid swallowed one of the needles",
    "the needle snapped off in my back",
    "fever and the needle spot is hot and swollen",
    "i don't want to go on anymore",
    "there's no point going on",
    "no point in going on anymore",
    "i've laid out all my pills for tonight",
    "i have all my pills lined up",
    "i've got all my pills ready",
    "everyone would be better off without me",
    "they'd be better off without me",
    "this is goodbye, thank you for everything",
    "i just wanted to say goodbye to everyone, i won't be around tomorrow",
    "i'm going to end it tonight",
    "i want to end my life",
    "i don't want to be alive anymore",
    "i can't go on like this anymore, i've saved up my pills",
    "i want to kill myself",
    "i'm cutting myself right now",
    "i just cut myself on purpose",
    "ils seraient mieux sans moi",
    "i took all my pills",
    "there's blood coming up when i cough since the session",
    "been coughing up blood for an hour",
    "my wife just vomited blood",
    "throwing up blood after my appointment",
    "spat out blood twice",
    "coughing up some blood, had IMS on my ribs yesterday",
    "he's suddenly confused and slurring",
    "my leg went weak out of nowhere",
    "worst headache i've ever had, started 10 min ago",
    "pain going down my left arm and I'm sweating buckets",
    "covered in hives and wheezing",
    "my son swallowed a needle from the kit",
    "i dont want to go on anymore",
    "i've got my pills counted out for tonight",
    "i've been stockpiling my sleeping pills",
    "this is goodbye",
    "i'm coughing up blood at the moment, had needling on my upper back earlier today",
]

ALARM_FR = [
    "sa cuisse est énorme et dure comme de la pierre depuis le match, son pied devient froid",
    "mon fils est tombé sur la tête en vélo, il vomit et il est confus",
    "ma mère s'est cogné la tête ce matin, elle est toute désorientée",
    "je vais prendre tous mes cachets ce soir",
    "je pense avaler toutes mes pilules d'un coup",
    "je viens de perdre connaissance sur la table, ça peut recommencer?",
    "il vient de perdre connaissance",
    "je crache du sang",
    "j'ai craché du sang ce matin",
    "je tousse du sang depuis ce matin",
    "quand je tousse il y a du sang",
    "je vomis du sang",
    "j'ai vomi du sang",
    "il crache du sang",
    "le pire mal de tête de ma vie",
    "il a le visage qui tombe d'un côté",
    "elle parle tout croche",
    "mon bras est tout faible d'un coup",
    "elle est soudainement confuse",
    "j'ai une douleur qui descend dans le bras gauche et je transpire",
    "j'ai la langue qui enfle",
    "ma gorge enfle",
    "j'ai des plaques partout et j'ai du mal à respirer",
    "urticaire partout et je respire mal",
    "il fait une crise de convulsions",
    "elle convulse",
    "il ne se réveille pas",
    "elle est inconsciente",
    "ça saigne et ça arrête pas",
    "l'aiguille s'est cassée sous ma peau",
    "un bout d'aiguille est resté dans mon dos",
    "j'ai avalé une aiguille",
    "mon fils a avalé une aiguille",
    "j'ai de la fièvre et le point de piqûre est rouge et enflé",
    "je veux plus continuer",
    "j'veux pu continuer",
    "je ne veux plus continuer à vivre",
    "je veux en finir",
    "j'ai préparé mes médicaments",
    "j'ai préparé tous mes médicaments pour ce soir",
    "j'ai sorti toutes mes pilules",
    "plus envie de vivre",
    "j'ai plus envie de vivre",
    "je n'ai plus envie de vivre",
    "tout le monde serait mieux sans moi",
    "je voulais vous dire adieu",
    "c'est un adieu",
    "je me coupe en ce moment",
    "je viens de me couper exprès",
    "je me suis fait du mal",
    "je veux mourir",
    "ma femme vomit du sang",
    "je viens de tousser du sang",
    "j'ai toussé du sang deux fois depuis la séance",
    "elle crache du sang depuis tantôt",
    "mon bras droit est devenu tout mou tout d'un coup",
    "il est tout d'un coup désorienté",
    "j'ai mal qui irradie dans la mâchoire et le bras gauche",
    "je ne veux plus continuer.",
    "j'ai mis de côté tous mes somniferes",
    "j'ai aligné toutes mes pilules sur la table",
    "je voulais juste vous dire adieu",
    "j'en peux plus, je veux plus continuer. j'ai préparé toutes mes pilules pour cette nuit",
    "ma fille a avalé une aiguille",
]

QUIET_EN = [
    "my sister had IMS on her upper back last year and was short of breath for a minute after, fine since. does that happen a lot?",
    "a few years ago i got a bit breathless after acupuncture, nothing since. is that common?",
    "my hands go numb at night when i sleep, could IMS help?",
    "my arms go numb from my elbows down and my palms go a bit purple, been like that for months. can acupuncture help?",
    "my calf was swollen and rock hard after a tear two years ago, foot went numb. can IMS help the scar?",
    "the knot in my calf feels rock hard, would dry needling help?",
    "i hit my head on the cupboard this morning lol, anyway does IMS hurt",
    "fell and hit my head 2 years ago, was confused for weeks. can acupuncture help the headaches that are left?",
    "what if i pass out and hit my head during dry needling",
    "had a concussion last year playing rugby, i fell on my head and threw up after. is needling ok near the neck?",
    "i don't want to keep going anymore, the sessions are too expensive",
    "honestly i dont want to continue anymore with the needling, it hurts",
    "I can barely breathe through my nose with this cold, can acupuncture help sinuses?",
    "the new shoes are fitting well, she's fitting in at work",
    "what if I coughed up blood",
    "can acupuncture make you cough blood?",
    "can dry needling cause you to cough up blood?",
    "is coughing up blood a risk of dry needling?",
    "i coughed up blood years ago with pneumonia, is acupuncture ok now?",
    "I'm coughing a lot lately, could acupuncture help my cough?",
    "my nose bled last year",
    "I fainted at the acupuncturist three years ago and haven't dared go back since",
    "the twitch is so intense it's hard to breathe through it",
    "it feels like an electric shock, hard to breathe through the pain",
    "what does the local twitch response feel like? people say it takes your breath away",
    "the first needle was a jolt, i had to breathe through it",
    "can you swallow a needle during treatment?",
    "what if the needle breaks?",
    "can the needle break off under the skin?",
    "I'd rather die than go back to the dentist",
    "this back pain is killing me",
    "i'm dying to try cupping",
    "I'm done with physio, no point going on with it",
    "no point in going on with the exercises if they don't help",
    "I laid out all my pills to bring to my appointment, do I need to list them?",
    "goodbye and thanks!",
    "ok thanks, bye",
    "au revoir et merci",
    "my friends said I'd be better off without the needles",
    "is it normal to have hives after acupuncture? had them last week, gone now",
    "can acupuncture cause a stroke?",
    "can needles cause a seizure?",
    "what are the signs of a collapsed lung?",
    "my arm feels heavy after the session, is that normal?",
    "i get a headache after sessions",
    "i'm sore and tired after the session",
    "I want to end my treatment",
    "I want to end it with my acupuncturist",
    "is it possible to cough up blood after dry needling near the lungs?",
    "could you vomit blood from acupuncture?",
    "what would happen if i swallowed a needle?",
    "should i worry if i ever spit blood after a session?",
    "can acupuncture help with a sudden weakness in my arm from a stroke last year?",
    "my arm was weak for months after my stroke in 2019, can needling help?",
    "i've been very confused about which treatment to pick",
    "what's the worst headache you've ever seen after acupuncture?",
    "my nephew spat out his food",
    "i have all my meds ready for my appointment, should i bring them?",
    "goodbye!",
    "this is goodbye to my back pain I hope",
    "it hits like a jolt, you have to breathe through it",
    "breathe through the needle, she said",
    "some needles give this crazy jolt that's hard to breathe through, is that normal?",
    "my friend says the twitch is so strong it's hard to breathe through, does it hurt that much?",
]

QUIET_FR = [
    "je suis tombée sur la tête il y a 3 ans et j'ai vomi, j'ai encore des migraines, l'acupuncture peut aider?",
    "et si je tombe dans les pommes et que je me cogne la tête, je serai confuse?",
    "je vais prendre tous mes médicaments ce matin comme d'habitude, est-ce que ça pose problème?",
    "l'an passé j'ai perdu connaissance pendant une prise de sang, est-ce que ça pourrait m'arriver avec l'acupuncture?",
    "l'an dernier j'ai perdu connaissance chez le dentiste, ça peut arriver avec les aiguilles?",
    "peut-on cracher du sang après de l'acupuncture?",
    "est-ce que l'aiguille peut faire cracher du sang?",
    "j'ai fait un malaise il y a deux ans pendant une séance et depuis j'ai peur d'y retourner",
    "une secousse tellement forte que j'ai du mal à respirer à travers",
    "est-ce qu'une aiguille peut casser?",
    "je veux plus continuer la physio",
    "je veux plus continuer les séances, c'est trop cher",
    "j'veux pu continuer l'acupuncture",
    "j'ai préparé mes questions pour la séance",
    "j'ai sorti mes médicaments pour les montrer à l'acupuncteur, lesquels sont ok?",
    "bonne soirée, adieu les douleurs j'espère",
    "mon bras est lourd après la séance, c'est normal?",
    "je veux en finir avec mon mal de dos",
    "plus envie de continuer la physio",
    "est-ce qu'on peut tousser du sang après des aiguilles dans le dos?",
    "si je crache du sang, je fais quoi?",
    "je veux plus continuer les aiguilles, ça fait trop mal",
    "je ne veux plus continuer avec cette clinique",
    "je veux plus continuer, c'est trop cher",
    "j'veux pu continuer, les aiguilles me font trop mal",
    "je ne veux plus continuer, 6 séances et rien n'a changé",
    "j'ai préparé mes médicaments pour la semaine, est-ce que je peux les prendre avant la séance?",
    "j'ai sorti tous mes médicaments pour les apporter au rendez-vous",
    "je me suis coupé en cuisinant hier, est-ce grave pour l'acupuncture?",
    "il y a quatre ans j'ai fait un malaise pendant une séance, depuis j'ose plus y aller",
    "j'ai fait un malaise chez le physio il y a longtemps et depuis j'y vais plus, est-ce que ça peut recommencer?",
]


@pytest.mark.parametrize("message", ALARM_EN + ALARM_FR)
def test_a_sign_told_as_happening_now_gets_the_emergency_reply(message):
    assert red_flag(message) is not None


@pytest.mark.parametrize("message", QUIET_EN + QUIET_FR)
def test_a_risk_question_a_hypothesis_the_past_or_a_figure_is_no_alarm(message):
    assert red_flag(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "i don't want to go on anymore",
        "i've laid out all my pills for tonight",
        "this is goodbye, thank you for everything",
        "je veux plus continuer",
        "j'ai préparé tous mes médicaments pour ce soir",
        "je voulais vous dire adieu",
        "je viens de me couper exprès",
    ],
)
def test_suicide_told_without_the_words_gets_the_crisis_line(message):
    assert red_flag(message) == "self_harm"


# A bad fall happening now: someone who can't get up, a limb out of shape, a bone through the skin
# (heldout34 missed "fell in the bathroom, can't get up, leg looks twisted"). Quiet: a fall long
# past, a fear of falling, a slipped disc, a knee "twisted and stiff", a toe bent by a bunion.
FALL_NOW = [
    "grandpa tripped over the dog and can't get up off the floor",
    "mum slipped on the stairs and cant get up, shes in a lot of pain",
    "my wife fell off a ladder and her arm is bent the wrong way",
    "i fell and my ankle is at a weird angle",
    "there's a bone sticking out of his shin after he crashed his bike",
    "she fell down the stairs and her wrist is all deformed",
    "ma mère a glissé dans la douche, elle est pas capable de se relever",
    "mon fils est tombé en ski, sa jambe est toute tordue",
    "je suis tombé de vélo et il y a un os qui sort de mon bras",
]
FALL_QUIET = [
    "I fell last year and can't put weight on my knee without pain, can dry needling help?",
    "my mom fell 2 years ago and couldnt get up for hours, now shes scared to walk. would acupuncture help her hip?",
    "what if i fall and can't get up after the session",
    "i slipped a disc and can't stand up straight for long, would acupuncture help",
    "my knee is twisted and stiff since the marathon, any help from needling?",
    "my leg looks twisted in photos, is that my hip?",
    "my big toe is pointing sideways from a bunion, can acupuncture help",
    "i fell on my bum skiing and can't stand for long without my tailbone aching, acupuncture?",
    "tombée l'an passé, mon genou est croche depuis, l'acupuncture peut aider?",
    "j'ai peur de tomber et de pas pouvoir me relever",
]


# heldout35 missed two: a skier who fell and can't move his legs (French), and pills taken in a
# quantity ("a whole bunch of my mom's pills"). Other wordings of both; quiet: a daily routine,
# a hypothesis, a fall long past, a stiff neck after an accident.
MORE_NOW = [
    "my brother just came off his bike and he can't move his legs",
    "she fell from the horse and says she can't feel her feet",
    "ma blonde est tombée dans les marches, elle bouge pu ses jambes",
    "il a chuté du toit et il sent rien dans les jambes",
    "i swallowed a handful of sleeping pills",
    "my son took a whole box of his dad's tablets",
    "j'ai pris une poignée de cachets",
    "elle a avalé toute une boîte de somnifères",
]
MORE_QUIET = [
    "I take a bunch of pills every day for my heart, can i have acupuncture?",
    "what if i took a handful of advil before my session",
    "fell skiing last year and couldn't move my arm for a week, now it's stiff, ims?",
    "after my car accident i cant move my neck much, does dry needling help?",
    "j'ai peur de tomber et de plus pouvoir bouger mes jambes",
]


# heldout36/37: a child choking and turning blue; breathing "de plus en plus de misère" after
# upper-back needling. Quiet: the chest muscles tight from the gym or a laptop, asked with a price.
CHOKING_AND_BREATHING_NOW = [
    "my toddler is choking on a grape",
    "help my husband is choking and can't talk",
    "her lips are going blue",
    "the baby is turning blue",
    "mon fils s'étouffe avec un bonbon",
    "ses lèvres deviennent bleues",
    "j'ai de plus en plus de misère à respirer depuis l'IMS",
    "il a de plus en plus de difficulté à respirer",
]
CHEST_MUSCLES_QUIET = [
    "chest and shoulders are super tight from bench pressing, how much is a session",
    "my chest and back are so tight from hunching at my desk, would dry needling help?",
    "pecs feel tight from push-ups all week, chest is sore from the gym. does IMS help?",
    "i choked on my coffee when i saw the price lol",
    "the needle spot went blue like a bruise, normal?",
    "as a kid i was choking on a candy, now im scared of things in my throat",
]


# heldout42 (session 12): a throat getting tight with lips swelling after food, and "je vois l'os"
# after a skateboard fall. Other wordings of both; quiet: a risk question, an allergy long past, a
# bone seen in a fracture last year.
AIRWAY_AND_BONE_NOW = [
    "throat's closing up, i just ate something with peanuts in it",
    "my throat feels like its closing and my tongue is huge",
    "her lips r swelling and she's wheezing after the bee sting",
    "broke out in hives and my throat is tightening",
    "ma fille a mangé des noix pis a enfle de la face",
    "ma gorge se serre depuis que j'ai mangé des crevettes",
    "my son fell off the trampoline and i can see the bone in his arm",
    "je vois l'os de mon doigt, je me suis coupé avec la scie",
    "chu tombé en vélo, mon bras est tout croche",
]
AIRWAY_AND_BONE_QUIET = [
    "what if my throat swells up, are people allergic to needles?",
    "i broke my arm last year and you could see the bone, it healed fine. can ims help the stiffness?",
    "can you see bones on an ultrasound?",
    "il y a deux ans on voyait l'os de ma cheville, c'est guéri. l'acupuncture aide-t-elle la raideur?",
    "my throat is a bit dry after the session, is that normal?",
]


@pytest.mark.parametrize("message", AIRWAY_AND_BONE_NOW)
def test_an_airway_closing_or_a_bone_seen_now_alarms(message):
    assert red_flag(message) is not None


@pytest.mark.parametrize("message", AIRWAY_AND_BONE_QUIET)
def test_an_airway_or_bone_look_alike_stays_quiet(message):
    assert red_flag(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "mon père vient de tomber dans la cuisine pis y respire pu",
        "y respire mal depuis tantôt, qu'est-ce que je fais",
    ],
)
def test_quebec_y_for_il_with_breathing_stopped_alarms(message):
    """heldout39: "y respire pu" (Québec "y" for "il") was no red flag."""
    assert red_flag(message) is not None


def test_breathing_better_with_quebec_y_is_quiet():
    assert red_flag("y respire mieux depuis l'acupuncture, est-ce que ça va durer?") is None


@pytest.mark.parametrize("message", FALL_NOW + MORE_NOW + CHOKING_AND_BREATHING_NOW)
def test_signs_first_missed_on_unseen_sets_alarm_in_other_wordings(message):
    assert red_flag(message) is not None


@pytest.mark.parametrize("message", FALL_QUIET + MORE_QUIET + CHEST_MUSCLES_QUIET)
def test_their_look_alikes_past_feared_routine_or_muscular_stay_quiet(message):
    assert red_flag(message) is None


# heldout43/44 (session 12): three emergencies only the classifier caught (a fall onto the neck
# with no feeling in the hands; pills "out" to be taken tonight; sight lost in one eye with a limp
# arm, in French) and one false alarm (a chest "tight with stress", then a price question).
# Other wordings of each; quiet: lifelong or long-past sight loss, a chest tight from anxiety asked
# about as a use of acupuncture.
SEEN_LATE_NOW = [
    "he came off the trampoline onto his head and can't feel his hands",
    "i've got all my sleeping pills out and i'm gonna take them tonight",
    "je vois plus rien de mon oeil gauche depuis dix minutes",
    "son bras droit est tout mou tout d'un coup",
    "i suddenly can't see out of my right eye and my face feels weird",
    "my chest is tight with stress and it hurts down my left arm",
]
SEEN_LATE_QUIET = [
    "i can't see out of one eye since birth, does that change anything for acupuncture?",
    "je vois pas d'un oeil depuis l'enfance, l'acupuncture c'est correct pour moi?",
    "my chest gets tight with stress at work, can acupuncture help with that?",
    "exams have my chest all tight with nerves haha, anyway how long is a session?",
]


@pytest.mark.parametrize("message", SEEN_LATE_NOW)
def test_signs_caught_only_by_the_classifier_on_heldout43_44_are_phrases_now(message):
    assert red_flag(message) is not None


@pytest.mark.parametrize("message", SEEN_LATE_QUIET)
def test_their_lifelong_or_stress_look_alikes_stay_quiet(message):
    assert red_flag(message) is None


# heldout46 (session 12): a son confused and throwing up after a big hit in a game was no phrase.
@pytest.mark.parametrize(
    "message",
    [
        "she got a hard check into the boards and now shes dazed and puking",
        "my boy took a nasty tackle at rugby and he's confused, keeps asking what happened",
    ],
)
def test_confusion_or_vomiting_after_a_hit_in_a_game_alarms(message):
    assert red_flag(message) is not None


def test_a_hit_told_long_past_or_as_a_figure_is_quiet():
    assert (
        red_flag("took a big hit last season and was confused for a day, fine now. can ims help my neck?")
        is None
    )
    assert red_flag("i took a big hit financially lol, are sessions covered?") is None
