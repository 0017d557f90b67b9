"""When the classifier alone (no red-flag phrase) may not raise the emergency alarm.

Red-flag phrases (knowledge/red_flags.yml) stay the rule. The classifier's own emergency call
is trusted from route.EMERGENCY_MIN_CONFIDENCE, except for kinds of message that read like
an emergency to it but are questions, measured on every spent set (reports/emergency-alone.md):

- whether needling may still be done with a condition or on a body part ("bad varicose veins,
  can they still needle my calves?", "peut-on quand même piquer près d'une cicatrice ?");
- metal from a surgery told as still in place ("j'ai encore la plaque pis les vis dedans");
- whether a lingering effect of a session days ago is normal or came from the needles, told with
  no sign that something is going on now or getting worse ("still numb since they needled my
  forearm 3 days ago, is that normal", "est-ce que ça vient des aiguilles ?");
- what a treatment not had yet is ("the physio keeps suggesting IMS. What is it exactly?",
  "c'est quoi l'IMS ?"): the overview. A fever, spreading redness, breathing, a collapse, "worse", "suddenly"... keep
  the alarm: "needled monday, now hot with red streaks and a 39 fever, is that normal??";
- what a treatment can do, asked with it as the subject ("can acupuncture boost my immune system?
  half my floor has the flu", "l'acupuncture peut-elle renforcer l'immunité ?"), or with "it"
  opening the message, nothing before it for "it" to stand for but the treatment ("does it help the
  swollen feet I get after long flights?", "ça aide pour les talons ?"; not whether something helps
  to do: "does it help to lie down?");
- whether to go on when treatment brings nothing ("and if i feel nothing after 3 should i just give
  up", "si je sens rien après 3 séances, j'abandonne ?"), unless the words of a wish to die are there;
- a sign told as having lasted days or weeks since a session, or whether it will go away ("numb
  thumb that's lasted 3 days since acupuncture", "a month ago... since then zaps, will this ever go
  away?"): lasting is not sudden, with nothing going on now and no spreading, hot needling site;
- whether to keep up the home exercises ("and do I still have to do my band exercises?") and tears
  at a session told as what happened ("I cried on the table during my second session"), unless
  the words of a wish to die are there;
- a booking request, a question whether treatment suits an age ("is that too young?", "c'est ok à
  son âge ?"), or a pain that keeps someone up or has lasted, told with a child's or teen's age
  ("need to book my son in, he's 16, anything thursday?", "my 9 year old, the pain keeps her up"),
  with no danger word anywhere (numb, weak, chest, breath, bleeding, swollen, fever, worst...);
- a dizzy or faint spell told as over after a session, the session named by its treatment too
  ("Dad felt dizzy after his first IMS, had to sit for a while. Is that normal?"), asked whether it
  is normal, nothing going on now;
- a faint told at a past session, asked whether it will happen again, nothing going on now
  ("j'ai perdu connaissance la dernière fois, ça peut se reproduire ?"; timeline.py);
- which product or brand to buy for a pain ("best brand of ergonomic mouse for wrist pain?"),
  whether an activity may be taken up again right after a session ("can I go straight back to
  lifting patients after needling?"), a booking naming the neck as where to treat ("Book me in.
  Neck. After 5"), or why a sign has lingered since a session days ago ("tingling on and off since
  yesterday's needling, why?"), with no danger word (a stiff neck, numb, weak, chest...).

- a story of someone else's condition with the treatment told as what might help it, the question only
  pointing back ("dad has a hernia, he reckons acupuncture will sort it. would it?"), a pregnant
  partner asked about ("elle peut-tu en avoir ?"), the body part a visit was for ("went for my neck
  after a crash, she asked about my sleep, why?") and a dizzy spell at a past session asked whether
  to worry or go back, with no danger word.

- how the treatment feels, asked with a figure of speech beside it ("does it hurt? my father says he
  didn't survive 40 winters on the farm to get stuck full of pins"), an accident or a scare told as
  past with when ("he had a fender bender last month"), and whether what someone said of a sign that
  comes back with an activity is right ("my feet get pins and needles after 10 hours in the seat. A
  guy said it's blood clots. Is he right?"), with no danger word outside the claim and nothing now.

- how many sessions a course takes ("cmb de séances ça prend"), a clinic logistics question
  (clinic_topics.yml) or a short follow-up to the clinic's own answer ("and is there a bus, i don't
  always have the truck" after "is parking free?"), with no danger word and nothing grave named;
  texting shorthand ("last wk", "cmb") is written out (bot/nlu/texting.py) where times and
  questions are read.

Such a message gets the normal reply with the one-line safety note (route rule 4); a question
sentence asking plainly how it feels or whether it is safe then decides the topic."""

import re

from bot.knowledge import body, everyday, subjects
from bot.knowledge.question import Question
from bot.knowledge.session_talk import asks_why_checked
from bot.knowledge.timeline import faint_told_past_asked_again, resolved_past
from bot.nlu import safety
from bot.nlu.focus import is_question, sentences
from bot.nlu.texting import expand

# "can they still needle my calves?", "could you needle near the scar?", "is it ok to needle over
# varicose veins?", "peut-on quand même piquer le mollet ?", "ils peuvent me piquer avec ça ?"
_MAY_NEEDLE = re.compile(
    r"\b(can|could|would|will|may|should) (they|you|he|she|the \w+|my \w+|u|i|we) (still |safely |even |ever )?"
    r"(be able to |be allowed to |be )?(needle|needled|treat|work on|put (the )?needles|use needles|do (dry )?needling|do acupuncture|do ims)\b|"
    r"\b(is it|would it be|it'?s) (still )?(ok|okay|safe|possible|fine|allowed|alright)( for (them|you|him|her))? to "
    r"(needle|treat|put needles|use needles)\b|"
    r"\b(peut-on|on peut|on pourrait|pourrait-on|peuvent-ils|ils peuvent|ils pourraient|vous pouvez|pouvez-vous|"
    r"il peut|elle peut|peut-il|peut-elle|est-ce qu'(on|ils|elle|il) (peu\w*|pourr\w*))"
    r"( quand m[eê]me| encore| toujours| sans risque)? (me |vous |lui |les |la |le )?"
    r"(piquer|poser des aiguilles|mettre des aiguilles|faire (des|les) aiguilles|faire de l'acupuncture|traiter|puncturer)\b|"
    # "can she have acupuncture?", "is dry needling an option?", "l'acupuncture est-elle possible ?"
    r"\b(can|could|may|should) (he|she|i|we|they|you|my \w+) (still |safely |even )?(have|get|try|do|go for) "
    r"(acupuncture|dry needling|needling|ims|needles)\b|"
    r"\b(is|would) (acupuncture|dry needling|needling|ims) (still |even )?(an option|possible|allowed|ok|okay)\b|"
    r"\b(l'acupuncture|l'ims|le dry needling|la puncture) (est-elle|est-il|serait-elle|serait-il|reste-t-elle) "
    r"(encore |quand m[eê]me |toujours )?(possible|envisageable|permise?|autoris[eé]e?)\b|"
    r"\b(est-ce|c'est|ce serait) (possible|envisageable) (de |d')(me |lui |vous )?(faire|piquer|traiter|poser|mettre|essayer)\b"
)

# "is that normal", "should I worry", "c'est normal ?", "dois-je m'inquiéter"; whether the session
# caused it: "is that from the needles?", "could it be the IMS?", "est-ce que ça vient des aiguilles ?"
_ASKS_NORMAL = re.compile(
    r"\b(is|are) (that|this|it|these|they) (normal|ok|okay|expected|common|usual|a problem)\b|"
    r"\b(is|was|could|might|would|can) (that|this|it|these|they)( \w+)? (be )?(from|because of|due to|caused by|related to|linked to|"
    r"a side effect of|the) (the |my |that |this |those |these )?(needl\w*|acupunct\w*|ims|dry needl\w*|sessions?|treatments?)\b|"
    r"\b(did|could|can|would) (the )?(needl\w*|acupunct\w*|ims|dry needl\w*|sessions?|treatments?) (do|cause|have caused|have done) (that|this|it)\b|"
    r"\b(est-ce que |est ce que )?([cç]a|cela) (vient|viendrait|peut venir|pourrait venir) (des|de l'|de la|du) ?(aiguilles?|acupuncture|ims|s[eé]ances?|traitements?|puncture)\b|"
    r"\b(c'est|est-ce|serait-ce) (a|à) cause (des|de l'|de la|du) ?(aiguilles?|acupuncture|ims|s[eé]ances?|traitements?|puncture)\b|"
    r"\bshould i (be )?(worr\w*|concerned)\b|\bnormal\?|"
    # the cause asked, the question ending on it: "..., why?", "how come?", "pourquoi ?"
    r"\b(why|how come|pourquoi)\W*$|"
    r"\b(if|whether|wondering) (that'?s|thats|it'?s|its|this is|that is|it is) (normal|ok|okay|expected|common)\b|"
    r"\b(c'est|est-ce|est ce|cest|c est) (que c'est |que cest )?normal\b|"
    r"\b(dois-je|je dois|devrais-je|je devrais) (m'|m )?inqui[eé]t\w*\b|"
    # whether it will pass: "will this ever go away?", "how long will it last?", "ça va partir ?"
    r"\b(will|would|is|does|should) (this|it|that|they|these|the \w+)( \w+)? (ever |eventually |just )?(go away|get better|heal|settle|"
    r"pass|wear off|fade|stop|clear up|be permanent|last)\b|\bhow long (will|does|should|can|could|might) (it|this|that|they|these)( \w+)? (last|take)\b|"
    r"\b(is|are) (it|this|that|they|the damage) (permanent|for good|forever)\b|"
    r"\b(est-ce que |est ce que )?([cç]a|cela) (va|vont|devrait|finira par|fini par) (partir|passer|dispara[iî]tre|s'en aller|gu[eé]rir|se r[eé]sorber)\b|"
    r"\bcombien de temps ([cç]a|cela) (va |peut |devrait )?dur\w*\b|\b(est-ce|c'est|ce sera) (permanent|d[eé]finitif)\b"
)

# the session or the effect is days back: "3 days ago", "last week", "since monday", "hier"
_DAYS_BACK = re.compile(
    r"\b(\d+|a|an|one|two|three|four|five|six|a few|few|couple( of)?|several) (days?|weeks?|months?) (ago|back|after|later|on|since|now)\b|"
    r"\b(lasted|lasting|gone on|going on|been there|had it) (for )?(\d+|a|one|two|three|four|five|six|a few|a couple( of)?|several) (days?|weeks?|months?)\b|"
    r"\b(il y a|depuis|[cç]a fait|dure depuis) (\d+|un|une|deux|trois|quatre|cinq|quelques|plusieurs) (jours?|semaines?|mois)\b|"
    r"\b(for|since) (\d+|two|three|four|five|a few|a couple( of)?|several) (days?|weeks?)\b|"
    r"\b(yesterday|last (week|session|appointment|treatment|visit|time)|"
    r"(on |since |last )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|"
    r"\b(il y a|depuis|[cç]a fait) (\d+|deux|trois|quatre|cinq|quelques|plusieurs) (jours?|semaines?)\b|"
    r"\b(hier|la semaine derni[eè]re|la derni[eè]re s[eé]ance|(depuis |ce |le )?(lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche))\b"
)

# something going on now or getting worse, or a sign the red flags name: keeps the alarm
_GOING_ON_NOW = re.compile(
    r"\b(fever\w*|temperature|chills|shiver\w*|breath\w*|breathe|chest|collaps\w*|faint\w*|pass(ed)? out|"
    r"unconscious|respond\w*|answering|worse|worsening|more and more|sudden(ly)?|just now|right now|"
    r"(can'?t|cannot|unable to) (feel|move|lift|walk|pee|control|speak|see|breathe)|bladder|bowel\w*|"
    r"wet myself|vomit\w*|throw(ing)? up|slurr\w*|droop\w*|confus\w*|seizure|"
    r"fi[eéè]vr\w*|frissons?|respir\w*|souffle|poitrine|effondr\w*|[eé]vanoui\w*|r[eé]pond\w*|pire|empire\w*|"
    r"de plus en plus|soudain\w*|vomi\w*|grelott\w*|tremble\w*|d'un coup|tomb[eé]\w*)\b"
)
# tired or sleepy after a session, and nothing else: an after-effect (written rule 6), never an
# alarm by itself ("got acupuncture at lunch, yawning and falling asleep at my desk all afternoon")
_TIRED = re.compile(
    r"\b(tired|sleepy|drowsy|yawn\w*|wiped( out)?|exhausted|drained|knackered|zonked|wrecked|falling asleep|"
    r"nodding off|fatigu\w*|[eé]puis[eé]e?|crev[eé]e?|vid[eé]e?|endor[ms]\w*|somnol\w*|"
    # sleeping long after a session ("slept like 12 hours straight", "j'ai dormi 14 heures")
    r"slept|sleeping (for )?(\d+|ten|eleven|twelve|fourteen) hours|dormi)\b"
)
_A_SESSION = re.compile(
    r"\b(acupunct\w*|accupunct\w*|dry needl\w*|needl\w*|ims|sessions?|treatments?|appointments?|appt|"
    r"s[eé]ances?|aiguilles?|puncture)\b"
)
_NOT_ONLY_TIRED = re.compile(
    r"\b(wake|waking|woke|numb\w*|weak\w*|swell\w*|swollen|blue|grey|gray|pale|slurr\w*|dizz\w*|spinning|"
    r"heart|pound\w*|racing|vomit\w*|headache|engourdi\w*|faible\w*|vertige\w*|coeur)\b"
)
# a needling site that looks infected or bleeds: keeps the alarm on "is that normal?" from days ago
_SITE_SIGNS = re.compile(
    r"\b(streaks?|red lines?|lines? (going|running) up|tra[iî]n[eé]es?|spreading|spread\w*|swollen|swelling|hot|pus|oozing|bleed\w*|blood|"
    r"enfl\w*|gonfl\w*|chaud\w*|br[uû]l\w*|saign\w*|sang|rougeur s'[eé]tend\w*|s'[eé]tend\w*)\b"
)


# whether a session leaves its ordinary marks, asked ahead ("will I bruise?", "will it leave marks?",
# "est-ce que je vais avoir des bleus ?", "ça laisse des marques ?"): after-care, with no danger word
_ASKS_MARKS = re.compile(
    r"\b(will|would|could|might|do|does|am i going to|is it going to|are they going to|gonna) ?(i|it|they|you|the needles?|"
    r"needling|acupuncture|dry needling|ims|this|that|it all)? ?(\w+ )?(bruise|leave (any |a |big )?(marks?|bruis\w*|spots?)|"
    r"mark (me|my skin|up)|get (a |any )?(bruises?|marks?))\b|"
    r"\b(vais|va|vont|risque|peut|peuvent|pourrait)(-je|-t-il|-t-elle|-ils)? ?(\w+ )?(avoir|laisser|faire|garder) (des |un |de |une |les )?"
    r"(bleus?|marques?|ecchymoses?|traces?)\b|\blaiss\w* (des |de )?(marques?|bleus?|traces?)\b"
)
# a medicine the patient takes, told with a question ("even if I'm on blood pressure pills and a
# statin?", "je prends des pilules pour la pression, c'est ok ?"): not a call for help, unless a
# danger word is told beside it (the medicines' own names aside) or too much was taken
_ON_MEDICINES = re.compile(
    r"\b(i'?m|i am|im|if i'?m|while i'?m|since i'?m|he'?s|she'?s|i take|i'?m taking|taking|i use)\b (\w+ ){0,5}?"
    r"(pills?|meds|medications?|medicines?|statins?|tablets?|blood thinners?|anticoagulants?|metformin|insulin|"
    r"beta[- ]?blockers?|antidepressants?|ssris?|warfarin|eliquis|xarelto|aspirin)\b|"
    r"\b(je prends|j'prends|je suis sous|sous|il prend|elle prend) (\w+ ){0,4}?(pilules?|m[eé]dicaments?|m[eé]docs?|comprim[eé]s?|"
    r"statines?|anticoagulants?|b[eê]ta-?bloquants?|antid[eé]presseurs?|insuline|aspirine)\b"
)
_MEDICINE_NAMES = re.compile(
    r"\b(blood (pressure|thinners?|sugar)|high blood|pression( art[eé]rielle)?|haute pression|tension|"
    r"(pour|for) (le |la |mon |ma |the |my )?(c[oœ]ur|coeur|heart))\b"
)
_TOOK_TOO_MUCH = re.compile(
    r"\b(too many|too much|overdos\w*|whole (bottle|pack\w*)|all (my|of my|the) (pills|meds|tablets)|swallow\w*|"
    r"took (a|an|the|all|\d+|some|extra|double)|trop (de|pris)|surdos\w*|toute la bo[iî]te|aval\w*)\b"
)


# what an insurer, a claim or a compensation board allows or pays ("does the CTP insurer have to approve
# my physio after 26 weeks?", "la SAAQ doit-elle approuver mes traitements?"): a question about a payer
_ASKS_A_PAYER = re.compile(
    r"\b(insurers?|insurance|claims?|adjusters?|icbc|acc|ctp|saaq|cnesst|worksafe\w*|wsib|workers'? comp\w*|"
    r"assureurs?|assurances?|r[eé]clamations?|indemnisation)\b[^.?!]{0,80}\b(approv\w*|cover\w*|pay\w*|"
    r"reimburs\w*|funds?|authori[sz]\w*|approuv\w*|couvr\w*|couvert\w*|pai\w*|rembours\w*|autoris\w*)\b|"
    r"\b(approv\w*|cover\w*|pay|reimburs\w*|approuv\w*|rembours\w*)\b[^.?!]{0,40}\b(insurers?|insurance|icbc|acc|ctp|"
    r"saaq|cnesst|worksafe\w*|wsib|assureurs?|assurances?)\b"
)


# a benefits plan or insurer named in a question about it ("what about my wife's Manulife plan?",
# "is my extended health through work any good for this?", "et ma mutuelle, elle rembourse ?"): a
# payer asked about, never a call for help ("late" husband is a story, not a danger)
_A_PLAN_ASKED = re.compile(
    r"\b(sun ?life|manulife|blue cross|croix bleue|canada life|great[- ]west|green shield|desjardins|"
    r"(benefits?|insurance|health|group|dental|extended health|employee|pension) (plan|policy|coverage|cover)|"
    r"extended health|health benefits|mutuelle|r[eé]gime d'assurance|assurance collective|assurance (sant[eé]|maladie))\b"
)


def _why_checked_or_a_payer(whole: str) -> bool:
    """Why the acupuncturist asked about sleep or digestion (written rule 8), or what an insurer or a
    claim allows or pays ("does the CTP insurer have to approve my physio after 26 weeks?"), with no
    danger word."""
    return bool(
        (asks_why_checked(whole) or _ASKS_A_PAYER.search(whole) or _A_PLAN_ASKED.search(whole))
        and not _DANGER.search(_WHERE_TREATED.sub(" ", whole))
    )


# the body part a visit was for, named in the story ("I went to an acupuncturist for my neck after a
# crash", "je consulte pour ma nuque depuis l'accident"): where to treat, not a sign; a stiff neck,
# "my neck hurts" or any other danger word beside it keeps the alarm
_WHERE_TREATED = re.compile(
    r"\b(for|with|about|pour|avec) (my|his|her|their|the|a|mon|ma|sa|son|la|le|leur) "
    r"(neck|head|back|nuque|cou|t[eê]te|dos)\b(?! (is |was |est |[eé]tait )?(stiff|raide|bloqu\w*|hurt\w*))"
)


def _everyday_matter(whole: str) -> bool:
    """ "best brand of ergonomic pipette to stop thumb pain?": a thing to buy, a job's legality, a phone's
    setting, asked by its shape with none of ours named and no danger word (bot/knowledge/everyday.py)."""
    return everyday.asks_everyday(whole) and not _DANGER.search(whole)


def _feel_mishap_or_claim(text: str, whole: str) -> bool:
    """How the treatment feels asked with no danger word ("does it hurt? my father says he didn't survive
    40 winters on the farm to get stuck full of pins"), an accident told as past ("he had a fender
    bender last month") or whether what someone said of a sign that comes back is right."""
    return bool(
        (_ASKS_THE_FEEL.search(text) and not _DANGER.search(whole))
        or _past_mishap_told(whole)
        or _claim_about_a_recurring_sign(text, whole)
    )


def not_an_alarm(q: Question) -> bool:
    """Is this message, read by the classifier alone as an emergency, a question instead (whether
    needling may be done with a condition; whether a lingering effect from days ago is normal)?"""
    text, whole = q.text.lower(), q.whole.lower()
    # texting shorthand read in full for the times and the questions ("last wk", "cmb de séances"):
    # the expansions only add danger words ("swellin" -> "swelling"), never take one away
    said = expand(whole)
    if _not_now(q) or _everyday_matter(whole) or _lingering_numbness(said):
        # ... or "after IMS yesterday my thumb went numb and it's still numb": lasting, not sudden
        return True
    # "felt really dizzy and faint after my first session, is that normal?": over, asked about
    if _PAST_SPELL_AT_A_SESSION.search(whole) and _ASKS_NORMAL_OR_WHY.search(text):
        return True
    if _GOING_ON_NOW.search(said):
        return False
    if (
        _course_asked(said)  # "cmb de séances ça prend"
        or _clinic_matter_asked(q, said)  # "and is there a bus, i don't always have the truck"
        or _MAY_NEEDLE.search(text)
        or _another_place_asked(text, whole)
        or _feel_or_complaint_follow_up(q)
        or _feel_mishap_or_claim(text, whole)  # "does it hurt? ...", "he had a fender bender last month"
    ):
        return True
    if not _DANGER.search(whole) and (
        _BOOKING_REQUEST.search(whole)
        or _ASKS_AGE.search(text)
        or ordinary_pain_story(whole)
        or _SLEEP_LOST.search(whole)
        or _WHAT_IS_A_THING.search(whole)
    ):
        return True  # "need to book my daughter in, anything next week?", "is that too young?", "can't sleep from pain"
    if (
        _PREGNANT.search(whole)
        and _MAY_I.search(text)
        and not (_DANGER.search(whole) or _PREGNANCY_DANGER.search(whole))
    ):
        return True  # "je suis enceinte de 5 mois, l'acupuncture c'est sans danger ?": whether, not a call for help
    if asks_what_it_is(q) or _why_checked_or_a_payer(whole):
        # "the physio keeps suggesting IMS. What is it exactly?": what a treatment is; "she asked all about
        # my sleep, I came for my back. why?", "does the insurer have to approve it?"
        return True
    if _HARDWARE_IN.search(whole) and not _SITE_SIGNS.search(whole):
        return True  # "j'ai encore la plaque pis les vis dedans": metal from a surgery, a condition
    if _TIRED.search(whole) and _A_SESSION.search(whole) and not _NOT_ONLY_TIRED.search(whole):
        return True  # "got acupuncture at lunch, falling asleep at my desk all afternoon": tiredness
    if _LONG_STANDING_PAIN.search(whole) and _ASKS_ABOUT_CARE.search(text) and not _SITE_SIGNS.search(whole):
        return True  # "achilles sore for 2 months, the physio wants to needle my calf. why the calf??"
    if _asks_a_use(text, whole):
        return True  # "can acupuncture boost my immune system? half my floor has the flu": what it can do
    if (
        _RESULTS_FOLLOW_UP.search(text)
        and (_A_SESSION.search(whole) or _AFTER_SO_MANY.search(text))
        and not _GIVE_UP_ON_LIFE.search(whole)
    ):
        return True  # "and if i feel nothing after 3 should i just give up": whether to go on with treatment
    if _LASTED.search(whole) and _A_SESSION.search(whole) and not _SITE_SIGNS.search(whole):
        return True  # "numbness in my thumb that's lasted 3 days since acupuncture": lasting, not sudden
    if _home_exercises_tears_marks_or_a_medicine(text, whole) or _an_ordinary_request(whole):
        return True  # ... or "Book me in pls. Neck.", "best brand of mouse for wrist pain?", "back to lifting after?"
    return bool(_ASKS_NORMAL.search(said) and _DAYS_BACK.search(said) and not _SITE_SIGNS.search(said))


# how many sessions a course takes, asked ("how many sessions will it take?", "combien de séances ça
# prend", texted "cmb de séances"): the course of treatment (written rule 6), not a call for help
_COURSE_ASKED = re.compile(
    r"\bhow many (more )?(sessions?|treatments?|visits?|appointments?|appts?|rounds?)\b|"
    r"\bcombien (de |d')(s[eé]ances?|traitements?|rendez-vous|rdv|visites?|fois)\b"
)
# a stroke, a heart attack or an allergic reaction named: keeps the alarm beside a clinic matter too
_GRAVE_NAMED = re.compile(
    r"\b(stroke|heart attack|allerg\w*|anaphyla\w*|er|a&e|hospital|avc|crise cardiaque|h[oô]pital|urgences?)\b"
)

# someone down or not waking: "went down in the car park and she won't open her eyes"
_DOWN_NOW = re.compile(
    r"\b(went|gone|fell|falls?|is|was) down\b|\b(won'?t|wont|will not|can'?t|cant|not|isn'?t|doesn'?t) "
    r"(open\w*|wake\w*|respond\w*|answer\w*|get up|move|moving|talk\w*)\b|\b(floor|ground|eyes)\b"
)


def _course_asked(said: str) -> bool:
    """ "j'ai halé des trappes 30 ans pis l'épaule est finie. cmb de séances ça prend": how many
    sessions, asked with no danger word (texting shorthand already written out)."""
    return bool(_COURSE_ASKED.search(said)) and not (_DANGER.search(said) or _GRAVE_NAMED.search(said))


def _clinic_matter_asked(q: Question, said: str) -> bool:
    """A clinic logistics question (clinic_topics.yml: parking or a bus, what to bring, moving a
    visit...), or a short follow-up to the clinic's own answer ("and is there a bus, i don't
    always have the truck" after "is parking free?"), with no danger word and nothing grave named:
    the clinic's answer, never a call for help."""
    if _DANGER.search(said) or _GRAVE_NAMED.search(said) or _DOWN_NOW.search(said):
        return False
    if any(is_question(p) and subjects.clinic_topic(p) for p in sentences(q.text)):
        return True  # asked, not told: "she went down in the car park" is no parking question
    prev = q.previous_topic or ""
    return prev.startswith("clinic:") and len(re.findall(r"[\w'-]+", said)) <= CLINIC_FOLLOW_UP_MAX_WORDS


CLINIC_FOLLOW_UP_MAX_WORDS = 14  # "and is there a bus, i don't always have the truck"


# An accident or a scare told as past, with when ("he had a fender bender last month", "she had a fall
# two years ago", "il a eu un accrochage le mois passé"): the story behind another question (a
# licence, a cost, a booking), never a call for help when nothing is going on now and no danger word.
_PAST_MISHAP = re.compile(
    r"\b(had|was in|were in|got into|got in|has had|'s had) (a|an|his|her|my|our|their|a little|a small|a minor) "
    r"(\w+ )?(fender[- ]?benders?|accidents?|crash|collision|fall|tumble|scare|close call|near miss|spill|prang)\b|"
    r"\b(a|avait) eu (un|une|son|sa) (petit |petite |l[eé]ger )?(accrochage|accident|chute|frousse|peur)\b"
)
_WHEN_PAST = re.compile(
    r"\b(last|this past) (week|month|year|winter|summer|spring|fall|autumn|weekend)\b|"
    r"\b(\d+|a|an|one|two|three|four|five|six|a few|a couple( of)?|several) (days?|weeks?|months?|years?) (ago|back)\b|"
    r"\b(le mois|l'ann[eé]e|la semaine|l'hiver|l'[eé]t[eé]) (pass[eé]e?|derni[eè]re?)\b|"
    r"\bil y a (\d+|un|une|deux|trois|quelques|plusieurs) (jours?|semaines?|mois|ans)\b"
)


def _past_mishap_told(whole: str) -> bool:
    """ "should my father give up his driver's licence at 87? he had a fender bender last month": an
    accident or scare told as past, with when, no danger word and nothing going on now."""
    return bool(
        _PAST_MISHAP.search(whole)
        and _WHEN_PAST.search(whole)
        and not _GOING_ON_NOW.search(whole)
        and not _DANGER.search(whole)
    )


# a sign that comes back with an activity ("after 10 hours in the plow seat my feet get pins and
# needles", "my hands go numb whenever I ride", "j'ai des fourmis dans les pieds après des heures
# assis"), asked whether what someone said of it is right ("a guy said it's blood clots. is he
# right?", "c'est-tu vrai ?"): a claim asked about, not a sign going on now. The danger words told
# only inside the claim do not count; any other one, or anything now, keeps the alarm.
_RECURRING_SIGN = re.compile(
    r"\b(get|gets|go|goes|getting|going) (pins and needles|numb|tingly|tingling|dead|to sleep)\b"
    r"(?=[^.?!]{0,60}\b(when(ever)?|after|if|every time|each time)\b)|"
    r"\b(after|when(ever)?|every time|each time)\b[^.?!]{0,60}\b(get|gets|go|goes) (pins and needles|numb|tingly|tingling|dead|to sleep)\b|"
    r"\b(j'ai|il a|elle a) (des fourmis|des picotements|les (pieds|mains|jambes) engourdi\w*)\b[^.?!]{0,40}\b(apr[eè]s|quand|chaque fois)\b"
)
_A_CLAIM = re.compile(
    r"\b(said|says|told me|tells me|reckons|thinks|swears|claims|dit|disait|pense)\b[^.?!]*"
)
_CLAIM_ASKED = re.compile(
    r"\b(is|was|are) (he|she|they|that|this|it) (right|true|correct|wrong)\b|\bis (that|this|it) a myth\b|"
    r"\b(c'est|est-ce) (vrai|tu vrai|-tu vrai)|\b(a-t-il|a-t-elle|il a|elle a) raison\b"
)


def _claim_about_a_recurring_sign(text: str, whole: str) -> bool:
    """ "After 10 hours in the plow seat my feet get pins and needles. A guy at the yard said it's
    blood clots. Is he right?": whether what someone said of a sign that comes back is right."""
    if not (_RECURRING_SIGN.search(whole) and _CLAIM_ASKED.search(text)) or _GOING_ON_NOW.search(whole):
        return False
    rest = _RECURRING_SIGN.sub(" ", _A_CLAIM.sub(" ", whole))
    return not _DANGER.search(rest)


# a follow-up asking the question before again for another place ("and my hip from kneeling all
# day?", "what about her shoulders?", "et pour mon épaule à force de porter les caisses ?")
_ANOTHER_PLACE_FOLLOW_UP = re.compile(
    r"^\W*(and|also|plus|what about|how about|et|puis|et aussi|qu'en est-il de)( also| aussi)?( (for|with|pour|avec|de))?"
    r" (my|his|her|their|our|the|\w+'s|mon|ma|mes|son|sa|ses|leur|leurs|le|la|les)\b"
)


# numbness or tingling at a spot that began at a session on a past day and is still there ("after IMS
# yesterday my thumb went numb and it's still numb", "depuis la séance de lundi j'ai le doigt encore
# engourdi"): written rule 6, an after-effect the documents do not cover, not a sudden sign. Numbness
# spreading, sudden, of the face or a whole side, weakness or any other danger word keeps the alarm.
_NUMB = re.compile(r"\b(numb\w*|tingl\w*|pins and needles|engourdi\w*|fourmi\w*|picote\w*)\b")
_WIDE_NUMB = re.compile(
    r"\b(face|lips?|tongue|mouth|side|whole|entire|both|all over|spread\w*|visage|l[eè]vres?|langue|bouche|"
    r"c[oô]t[eé]|tout(e|es)? (le|la|les|mon|ma|mes)|les deux|s'[eé]tend\w*)\b"
)


def _lingering_numbness(whole: str) -> bool:
    """A numb or tingling spot since a session on a past day, nothing sudden, spreading or else."""
    return bool(
        _NUMB.search(whole)
        and _A_SESSION.search(whole)
        and _DAYS_BACK.search(whole)
        and not _GOING_ON_NOW.search(whole)
        and not _WIDE_NUMB.search(whole)
        and not _DANGER.search(_NUMB.sub(" ", whole))
    )


# "her back is killing her", "my knees are killing me": a figure of speech for an ordinary pain of a
# body part (the head, the chest or the neck killing one are danger words of their own)
_KILLING_PAIN = re.compile(
    r"\b(is|are|'s|'re|been) (just |absolutely |really )?killing (me|her|him|them|us)\b|\bme tue\b|\bla tue\b|\ble tue\b"
)


def _another_place_asked(text: str, whole: str) -> bool:
    """ "and my hip from kneeling on the shop floor?", "what about my sister? her back is killing her":
    the question before asked again for another place or person, with no danger word."""
    return bool(
        _ANOTHER_PLACE_FOLLOW_UP.search(text)
        and body.names_body_part(text)
        and not _DANGER.search(_KILLING_PAIN.sub(" ", whole))
    )


# a short follow-up after an answer, asking how the treatment feels ("and does it hurt? I'm not great
# with needles anymore after all the nerve blocks", "et ça fait mal ?") or about another complaint
# ("and headaches? I get both since all this started", "what about migraines?", "et pour l'insomnie ?")
_FOLLOW_UP_OPENING = re.compile(r"^\W*(and|also|plus|what about|how about|et|puis|pis)\b")
_ASKS_THE_FEEL = re.compile(
    r"\b(does|do|will|would|is|are|can) (it|that|this|they|the needles?|the needling|acupuncture|dry needling|ims)"
    r"( \w+)? (hurt|sting|ache|painful|sore|uncomfortable)\b|"
    r"\b([cç]a|cela|elles|les aiguilles|l'acupuncture|le dry needling) (fait|font|va faire|vont faire|fera|feront) mal\b|"
    r"\b(c'est|est-ce|est-ce que c'est|ce sera) (douloureux|souffrant)\b"
)
FOLLOW_UP_COMPLAINT_MAX_WORDS = 4  # "and headaches?", "what about the migraines?", "et pour l'insomnie ?"


def _feel_or_complaint_follow_up(q: Question) -> bool:
    """A short follow-up after an answer (not the clinic's) asking how the treatment feels or naming
    another complaint ("and does it hurt? not great with needles after all the nerve blocks", "and
    headaches? I get both since all this started"), with no danger word and nothing going on now:
    the question before, asked on, never a call for help. A headache, numbness, the chest... keep it."""
    if not q.previous_topic or q.previous_topic.startswith("clinic:"):
        return False
    whole = q.whole.lower()
    first = (sentences(whole) or [""])[0]
    if not _FOLLOW_UP_OPENING.search(first) or _DANGER.search(whole) or _GOING_ON_NOW.search(whole):
        return False
    short_complaint = (
        bool(q.conditions) and len(re.findall(r"[\w'-]+", first)) <= FOLLOW_UP_COMPLAINT_MAX_WORDS
    )
    return short_complaint or bool(_ASKS_THE_FEEL.search(first))


def _an_ordinary_request(whole: str) -> bool:
    """A booking request naming the neck as where to treat ("Book me in pls. Neck. Any time after
    5"), which product or brand to buy for a pain ("what's the best brand of ergonomic mouse for
    wrist pain?"), or whether an activity may be taken up again right after a session ("can I go
    straight back to lifting patients after needling?"), with no danger word (a stiff neck keeps one)."""
    if _BOOKING_REQUEST.search(whole) and not _DANGER.search(_A_PLACE_TO_TREAT.sub(" ", whole)):
        return True
    return not _DANGER.search(whole) and bool(
        _ASKS_A_PRODUCT.search(whole) or _ACTIVITY_AFTER_A_SESSION.search(whole)
    )


def _home_exercises_tears_marks_or_a_medicine(text: str, whole: str) -> bool:
    """Whether to keep up the home exercises ("and do I still have to do my band exercises?": the
    course of treatment) or tears told at a session ("I cried on the table during my second
    session": an after-effect, written rule 6), without the words of a wish to die; whether a
    session will leave its ordinary marks, asked ahead ("will I bruise? wedding in 3 days"), or a
    medicine taken, told with a question ("even if I'm on blood pressure pills and a statin?"), with
    no danger word beside them and not too much of a medicine taken."""
    if not _GIVE_UP_ON_LIFE.search(whole) and (
        _HOME_EXERCISES.search(text) or (_TEARS.search(whole) and _A_SESSION.search(whole))
    ):
        return True
    if _ASKS_MARKS.search(text) and not _DANGER.search(whole):
        return True
    return bool(
        _ON_MEDICINES.search(whole)
        and not _TOOK_TOO_MUCH.search(whole)
        and not _DANGER.search(_MEDICINE_NAMES.sub(" ", whole))
    )


# a dizzy or faint spell told as over, at or after a session, with nothing going on now ("felt
# really dizzy and faint after my first session, is that normal?", "je me suis sentie étourdie après
# ma séance, c'est normal ?"): a question about an after-effect (written rule 6), not a call for help
_PAST_SPELL_AT_A_SESSION = re.compile(
    r"^(?!.*\b(now|still|right now|again|keeps?|worse|worsening|can'?t|cannot|unable|chest|breath\w*|numb\w*|weak\w*|"
    r"vomit\w*|throw\w* up|fever\w*|collaps\w*|passed out|pass out|unconscious|respond\w*|answering|"
    r"maintenant|encore|toujours|pire|empire\w*|poitrine|respir\w*|souffle|engourdi\w*|vomi\w*|fi[eè]vre|connaissance|r[eé]pond\w*)\b)"
    r"(?=.*\b(felt|was|got|went|became|je me suis senti\w*|j'ai eu|j'[eé]tais|(s'est|se sont) senti\w*|a eu|avait|[eé]tait)\b "
    r"(really |very |so |a bit |kind of |kinda |a little |super |vraiment |un peu |tout |toute |des |un )?"
    r"(dizzy|faint|light-?headed|woozy|[eé]tourdi\w*|vertiges?|malaise)\b)"
    # the session named by its treatment too: "after his first IMS", "après sa première puncture"
    r"(?=.*\b(after|during|at the end of|apr[eè]s|pendant|[aà] la fin de) (my|the|a|his|her|their|our|ma|la|une|sa|son|mon|leur|l') ?"
    r"(\w+ ){0,3}?(session|treatment|acupuncture|needling|ims|appointment|visit|s[eé]ance|traitement|rendez-vous|"
    r"puncture|aiguilles)\b)"
)
_ASKS_NORMAL_OR_WHY = re.compile(
    r"\b(normal|usual|common|expected|why|ok|okay|happen\w*|c'est normal|est-ce normal|pourquoi|courant|fr[eé]quent)\b|"
    # whether to worry or go back: "should I worry about going back?", "je peux y retourner ?"
    r"\b(worr\w*|concerned|safe to|go back|going back|inqui[eé]t\w*|y retourner|retourner)\b"
)


def _not_now(q: Question) -> bool:
    """The sign is a figure of speech, or over: told as past and cleared, or a faint at a past
    session asked whether it will happen again."""
    whole = q.whole.lower()
    return (
        figure_of_speech(q.whole)  # "plié de rire, je pouvais plus respirer quand le mollet a sauté"
        # "collapsed two years ago, turned out to be low blood pressure, fine since": rule 1's past
        or resolved_past(whole)
        # "je me suis évanouie la dernière fois, ça va recommencer ?": the next session
        or faint_told_past_asked_again(whole)
    )


# Pregnant and asking whether needling is safe or allowed ("I'm 20 weeks pregnant, is acupuncture
# ok?", "et je peux la faire si je suis enceinte de 4 mois ?", "c'est possible pour moi ?"): a question (declined as not
# covered), not an emergency, unless a sign of danger to the pregnancy is told
_PREGNANT = re.compile(r"\b(pregnan\w*|expecting|enceinte|grossesse)\b")
_MAY_I = re.compile(
    r"\b(safe|ok|okay|alright|allowed|risk\w*|dangerous|can i|could i|may i|should i|is it|sans danger|"
    r"what if|and if|if i'?m|if i am|et si|si je suis|si j'suis|"
    r"s[uû]r|dangereu\w*|risqu\w*|je peux|j'peux|puis-je|est-ce que je peux|c'est ok|c'est correct|permis|d[eé]conseill\w*)\b|"
    # whether it is possible ("c'est possible pour moi?", "est-ce possible?", "is that possible for me?")
    r"\b(c'est|cest|est-ce|ce serait|serait-ce|is that|is this|would that be|would it be|still) (encore |quand m[eê]me |even )?possible\b|"
    r"\bpossible (pour moi|for me|dans mon cas|in my case)\b|"
    # asked of the partner or a relative: "can she have it?", "elle peut-tu en avoir ?", "peut-elle en faire ?"
    r"\b(can|could|may|should) (she|he|my (wife|partner|girlfriend|daughter|sister))\b|"
    r"\b(elle|il|ma blonde|ma femme|ma conjointe) (peut|pourrait)(-tu| aussi| quand m[eê]me)?\b|\b(peut|pourrait)-(elle|il)\b"
)
_PREGNANCY_DANGER = re.compile(
    r"\b(contractions?|cramp\w*|crampe\w*|(water|waters) (just |has |have |'s )?(broke|broken|breaking|gone)|leak\w*|fluid|spotting|"
    r"baby (isn'?t|is not|not|stopped|hasn'?t) (moving|kicking|moved)|perte des eaux|perdu les eaux|perdre les eaux|bleed\w*|saign\w*|liquide|"
    r"b[eé]b[eé] (ne )?(bouge|remue) (plus|pas|pu))\b"
)


# A booking request, a question about age or suitability, an ordinary pain story: read as an
# emergency by the classifier alone for the words of a child's age or a pain, none with a sign
# of danger now ("need to book my daughter in for her knee, she's 16. anything friday?", "je
# voudrais un rdv pour un deuxième avis", "he's 9, is that too young for needles?", "mon fils de
# 11 ans, c'est ok à son âge ?", "my 8 yr old has arthritis, the pain keeps her up at night").
# A danger word anywhere keeps the classifier's alarm.
_DANGER = re.compile(
    r"\b(numb\w*|weak\w*|paraly\w*|bleed\w*|blood\w*|swollen|swelling|hot|streaks?|pus|chest|breath\w*|heart|"
    r"faint\w*|pass(ed|ing)? out|black(ed|ing)? out|collaps\w*|unconscious|dizz\w*|vomit\w*|seizure|"
    r"headache|head|neck|stiff neck|vision|speech|slurr\w*|droop\w*|confus\w*|fever\w*|rash|hives|throat|"
    r"worst|unbearable|excruciating|agony|screaming|severe|emergency|911|ambulance|"
    r"die|dying|dead|kill\w*|suicid\w*|hurt (myself|herself|himself)|end it|"
    r"can'?t (feel|move|walk|pee|stand|lift|see|speak|talk|wake)|bladder|bowel\w*|"
    r"engourdi\w*|faible\w*|paralys\w*|saign\w*|sang|gonfl\w*|enfl\w*|chaud\w*|poitrine|respir\w*|souffle|"
    r"coeur|c[oœ]ur|[eé]vanoui\w*|malaise|vertige\w*|[eé]tourdi\w*|vomi\w*|t[eê]te|nuque|fi[eè]vre|urgence|"
    r"insupportable|atroce|pire|hurl\w*|mourir|mort\w*|tuer|suicid\w*|"
    r"(peu[xt]|arrive) (pas|plus|pu) (a |à )?(marcher|bouger|sentir|uriner|parler|voir))\b"
)
# a body part named in a booking request is where to treat ("Book me in pls. Neck. Any time after 5",
# "un rdv pour ma nuque jeudi ?"); a stiff neck, the head or any other danger word keeps the alarm
_A_PLACE_TO_TREAT = re.compile(
    r"(?<!stiff )(?<!raide )\b(neck|nuque|cou)\b(?! (is |est )?(stiff|raide|bloqu\w*))"
)
# which product or brand to buy, or is best, for a complaint ("what's the best brand of ergonomic
# mouse for wrist pain?", "which insoles should I buy for sore feet?", "quelle marque de coussin pour
# le dos ?"): a thing to buy (not covered), never a call for help
_ASKS_A_PRODUCT = re.compile(
    r"\b(best|good|better|recommended|cheapest|which|what) (brand|make|model|kind|type)s? of\b|"
    r"\b(which|what) (\w+ ){0,3}(should|would|do) (i|you|we) (buy|get|order|recommend)\b|"
    r"\b(should|do) i (buy|get|order) (a|an|the|one of)\b|\b(electronic|electric|manual) (vs|versus|or) (electronic|electric|manual)\b|"
    r"\b(quelle|quel|quelles|quels) (marque|mod[eè]le|sorte|genre)s? (de|d')|"
    r"\b(quel|quelle|lequel|laquelle) (\w+ ){0,3}(acheter|commander|je devrais prendre)\b|\bo[uù] (acheter|commander)\b"
)
# whether an ordinary activity may be taken up again around a session ("if I get needled on my
# break can I go straight back to lifting patients?", "can I go back to work after IMS?", "est-ce que
# je peux retourner travailler après la séance ?"): permission asked (not covered), not a call for help
_ACTIVITY_AFTER_A_SESSION = re.compile(
    r"^(?=.*\b(needled|needling|acupunct\w*|ims|session|treatment|appointment|s[eé]ance|aiguilles|puncture)\b)"
    r"(?=.*\b(can|could|may|should|is it (ok|okay|fine|safe) to|am i (ok|okay|allowed) to|peux|pourrai\w*|puis|est-ce que je peux)\b)"
    r".*\b((go|get|head|come) (right |straight |directly )?back to|go (right |straight )?(back )?to work|return to|resume|"
    r"(retourner|reprendre|retourne|reprends|recommencer)( (au|le|la|les|mon|ma|mes|a|à))?)\b"
)
_BOOKING_REQUEST = re.compile(
    r"\b((need|want|like|wanna|trying|looking|hoping) to (book|schedule|make an appointment|get (an |a )?(appointment|appt|slot))|"
    r"(can|could|may) (i|we|you) (book|schedule|get (an |a )?(appointment|appt|slot))|book (me|him|her|them|my \w+|in)\b|"
    r"(any|anything|a slot|an opening|openings|availability|spots?|room) (free |open |available )?(next|this|on|tomorrow|today|after|before|in the)\b|"
    r"(je voudrais|j'aimerais|je veux|j'voudrais|je souhaite|je souhaiterais|je cherche [aà]|je peux|puis-je|on peut|pourrais-je) "
    r"(prendre |avoir |r[eé]server |booker |un )*(un )?(rdv|rendez-vous|rendez vous|cr[eé]neau|place|consultation)|"
    r"(prendre|r[eé]server|booker) (un )?(rdv|rendez-vous|cr[eé]neau)|"
    r"(des |une )?(disponibilit[eé]s?|place|cr[eé]neau) (libre )?(la semaine prochaine|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|apr[eè]s)\b)"
)
# how old, or for whom, treatment is suitable ("is that too young?", "at his age", "à son âge")
_ASKS_AGE = re.compile(
    r"\b(too (young|old|little|small)|old enough|(at|for) (his|her|their|my|your|that|this) age|minimum age|age limit|"
    r"how (young|old) (can|do|does|should|is too)|(ok|okay|safe|suitable|fine|appropriate|allowed) (for|with) (kids|children|a (child|kid|minor|teen|teenager)|"
    r"minors|teens|teenagers|a \d+[ -]?(year|yr)[ -]?old)|"
    r"trop (jeune|vieux|vieille|petite?)|assez (vieux|vieille|grande?|[aâ]g[eé]e?)|(a|à) (son|leur|mon|ton|cet|cette) [aâ]ge|"
    r"[aâ]ge (minimum|limite)|(ok|correct|s[uû]r|sans danger|permis|adapt[eé]) pour (les |un |une )?(enfants?|ados?|adolescent\w*|mineur\w*|petite?s?)|"
    # whether the clinic treats children at all ("do you needle kids?", "vous piquez les enfants ?")
    r"(do|can|will|would) you (guys |folks )?(needle|treat|do|see|take|work on) (kids|children|minors|teens|teenagers)|"
    r"(piquez|traitez|soignez|prenez|acceptez|faites)(-vous)? (aussi |les |des |aussi les )*(enfants|ados|adolescents|jeunes|mineurs))\b"
)
# pain told with how it keeps someone from sleeping or how long it has lasted, nothing sudden
_PAIN = re.compile(r"\b(pain\w*|sore|hurts?|hurting|aches?|aching|achy|mal|douleurs?|douloureu\w*)\b")
_SLEEP_OR_LASTING = re.compile(
    r"\b((can'?t|cannot|cant|couldn'?t|unable to|hard to|trouble|struggl\w*( to)?) (get to |fall )?sleep\w*|"
    r"keeps? (me|her|him|them) (up|awake)|wakes? (me|her|him|them) up|up all night|"
    r"(dort|dors|dormir|sommeil)|r[eé]veill\w*|"
    r"since (the|my|her|his|a|last) \w+|for (\d+|two|three|four|five|six|a few|several|many) (weeks|months|years)|"
    r"depuis (le|la|les|l'|son|sa|ses|mon|ma|mes|\d+|deux|trois|quatre|quelques|plusieurs|des) ?\w*)\b"
)


# sleep lost told as the complaint, or asked about as a follow-up ("and sleep? haven't slept right
# since my shoulder went", "I can barely sleep since the fall", "et le sommeil ? je dors mal depuis
# mon dos"): an ordinary complaint, a danger word anywhere keeps the alarm
_SLEEP_LOST = re.compile(
    r"\b((haven'?t|have not|hasn'?t|has not|not|can'?t|cannot|cant|couldn'?t|barely|hardly|never) (been )?"
    r"(slept|sleeping|sleep|get(ting)? (any |much |good |proper )?sleep)|sleep(ing)? (badly|poorly|terribly)|insomnia|"
    r"(je dors|il dort|elle dort|on dort) (mal|pas|plus|presque pas)|(pas|plus|mal) dormi|insomnie\w*)\b|"
    r"^\W*(and|what about|how about|et|puis)( (the|my|le|mon|du))? (sleep|sommeil)\b"
)
# what a single thing is, asked in a sentence of its own ("what's moxibustion?", "what is a tens
# machine? my aunt swears by it", "c'est quoi le gua sha ?"): a definition asked, not a call for help
_WHAT_IS_A_THING = re.compile(
    r"(^|[.?!]\s*)(so |ok |okay |and )?(what('?s| is| are)|c'est quoi|qu'est-ce que c'est que?) "
    r"(?!(happening|wrong|going|up|this|that|it|[cç]a)\b)(a |an |the |this |that |le |la |les |l'|un |une |du )?[\w'-]+( [\w'-]+)?\s*\?"
)


def ordinary_pain_story(text: str) -> bool:
    """A pain told with how long it has lasted or how it keeps someone up, no sign of danger now
    ("my 10 yr old with arthritis, she can't sleep from the pain", "ma fille a mal au genou
    depuis le basket"): an ordinary complaint, not an emergency. The caller checks for danger."""
    text = text.lower()
    return bool(_PAIN.search(text) and _SLEEP_OR_LASTING.search(text) and not _GOING_ON_NOW.search(text))


# what a treatment can do, asked with it as the subject ("can acupuncture boost my immune system?",
# "does dry needling also help sleep?", "l'acupuncture peut-elle renforcer l'immunité ?", "est-ce que
# l'IMS peut prévenir les blessures ?"): a question about a use, not a call for help
_TREATMENT_NAME = r"(acupuncture|acupunture|accupuncture|dry needling|needling|ims|the needles|needles|cupping|electro-?acupuncture)"
_ASKS_A_USE = re.compile(
    r"\b(can|could|does|do|will|would|might|may|is|should) "
    + _TREATMENT_NAME
    + r"( also| really| actually| even| ever| maybe| possibly)? "
    r"(\w+)\b(?<!\bcause)(?<!\bgive)(?<!\btrigger)|"
    r"\b(l'acupuncture|l'ims|le dry needling|la puncture|les aiguilles) (peut|pourrait|va|aide|renforce|am[eé]liore|pr[eé]vient)"
    r"(-t-elle|-t-il|-elle|-il|-ils|-elles)? |"
    r"\b(est-ce que|est ce que) (l'acupuncture|l'ims|le dry needling|la puncture|les aiguilles) (peut|peuvent|pourrait|va|aide|renforce|am[eé]liore|pr[eé]vient)\b"
)

# the same asked of "it" opening the message, nothing before it for "it" to stand for but the
# treatment the patient came to ask about ("does it help the shin splints I get every season?",
# "is it any good for plantar fasciitis? my heels burn every morning", "est-ce que ça aide pour les
# talons ?"): a question about a use, not a call for help. Not whether something helps to do, or if
# done ("does it help to lie down?", "does it help if I breathe slower?").
_IT_HELPS = re.compile(
    r"^\W*((and|so|ok|okay|hi|hey|hello|also|but|quick question|question)\W+)?(does|do|can|could|would|will|might|is) "
    r"(it|this|that|they|these|this treatment|that treatment)( also| really| actually| even| ever| maybe| possibly| any)? "
    r"(help\w*|work (for|on|with)|do (anything|much|something) (for|about|with)|fix|ease|relieve|treat|cure|reduce|improve|"
    r"get rid of|(be )?(any )?(good|use|useful|helpful|effective) (for|with|against))\b"
    r"(?! (to|if|when|while|me (to )?breathe|(with )?(my |the )?breath\w*)\b)(?!\W*$)|"
    r"^\W*((et|alors|ok|bonjour|salut|aussi|mais)\W+)?(est-ce que |est ce que )?([cç]a|cela) (peut |pourrait |va )?"
    r"(aide\w*|marche\w*|fonctionne\w*|soulage\w*|traite\w*|est bon|est efficace|serait bon|serait efficace) "
    r"(pour|contre|avec|sur|les|la|le|l'|mes|ma|mon)\b"
)

# the use told in the story, the question only pointing back at it ("my dad's got a hernia and he
# reckons acupuncture will sort it. would it?", "ma soeur pense que les aiguilles vont régler son
# reflux, c'est vrai ?"): whether a treatment helps someone's condition, not a call for help
_A_USE_TOLD = re.compile(
    r"\b" + _TREATMENT_NAME + r" (will|would|can|could|might|may|is going to|are going to|gonna) (\w+ )?"
    r"(fix|help|cure|sort|treat|heal|work|get rid of|take care of)\b|"
    r"\b(l'acupuncture|l'ims|le dry needling|la puncture|les aiguilles) (va|vont|peut|peuvent|pourrait|pourraient) "
    r"(\w+ )?(r[eé]gler|gu[eé]rir|aider|soigner|traiter|arranger|marcher|fonctionner)\b"
)
_POINTS_BACK = re.compile(
    r"^\W*(and |so |but |well )?(will|would|can|could|do|does|is|are) (they|it|that|he|she)( really| actually)?"
    r"( (work|help|be right|true))?\W*$|"
    r"^\W*(et |mais )?(est-ce (que )?)?(c'est|[cç]a) (vrai|le cas|possible)\b|"
    r"^\W*(et |mais )?([cç]a|elles?|ils?) (marche|fonctionne|aide|peut|peuvent|vont)(-tu|-t-il|-elle|-ils)?\W*\??\W*$"
)


# whether a treatment named in the message is worth having ("saw a study saying acupuncture doesn't help
# knee pain over 50. should I not bother?", "is dry needling even worth it for that?", "ça vaut la peine ?")
_WORTH_IT = re.compile(
    r"\b(should|shall) (i|we|she|he|they) (even |still |just |not |really )*(bother|try it|give it a (go|try|shot))\b|"
    r"\b(is|would|will) (it|that|this|acupuncture|needling|ims|dry needling) (even |still |really |actually )?(be )?worth "
    r"(it|trying|a (try|go|shot)|the (money|time|effort))\b|\b([cç]a|cela) (vaut|vaudrait)[- ]?(t-il |il )?(vraiment |m[eê]me )?"
    r"(la peine|le coup)\b"
)


def _asks_a_use(text: str, whole: str) -> bool:
    """What a treatment can do ("can acupuncture boost my immune system?", "does it help the swollen
    feet I get after flights?"), or whether one named is worth it ("a study says acupuncture doesn't
    help knees over 50... should i not bother?"): a question about a use, not a call for help."""
    return bool(
        _ASKS_A_USE.search(text)
        or _IT_HELPS.search(whole)
        or (
            _A_USE_TOLD.search(whole)
            and any(_POINTS_BACK.search(s) for s in sentences(whole)[-1:])
            and not _DANGER.search(whole)
        )
        or (_WORTH_IT.search(text) and _TREATMENT.search(whole))
    )


# whether to go on with treatment when it brings nothing ("and if i feel nothing after 3 should i
# just give up", "no change after 4 sessions, time to quit?", "si je sens rien après 3 séances,
# j'abandonne ?"): about results, not a wish to die
_RESULTS_FOLLOW_UP = re.compile(
    r"^(?=.*\b(give up|quit|stop|keep going|keep at it|continue|carry on|bother|move on|try something else|abandonner|arr[eê]ter|"
    r"laisser tomber|l[aâ]cher|continuer|pers[eé]v[eé]rer|insister|abandonne|arr[eê]te|l[aâ]che)\b)"
    r".*\b((feel|see|notice|get|felt|saw|noticed|got) (nothing|no (change|difference|improvement|results?|relief|benefit))|"
    r"(doesn'?t|does not|don'?t|didn'?t|isn'?t|hasn'?t|not|nothing'?s) (work|help|change|improv|working|helping|changing|improving|worked|helped|changed|improved)\w*|"
    r"(no|zero) (change|difference|improvement|results?|relief|benefit)|"
    r"(sens|ressens|vois|remarque|sent|voit|ai senti|ai vu) (rien|aucun\w* (changement|diff[eé]rence|effet|am[eé]lioration))|"
    r"(marche|fonctionne|aide|change) (pas|pu|plus|rien)|(aucun|pas d') ?(effet|r[eé]sultat|am[eé]lioration|changement))\b"
)
# the results counted in sessions: "after 3", "by the fifth", "après 3 séances"
_AFTER_SO_MANY = re.compile(
    r"\b(after|by|in|apr[eè]s|au bout de) (\d+|two|three|four|five|six|a few|a couple( of)?|several|the (\w+th|third|second)|"
    r"deux|trois|quatre|cinq|six|quelques|plusieurs)\b"
)
# the words of a wish to die beside it keep the alarm ("should i give up? i feel nothing anymore")
_GIVE_UP_ON_LIFE = re.compile(
    r"\b(on|with) (life|living|everything|myself|it all)\b|\b(any ?more|any longer|pills|tablets|meds|die|dead|end it|no point|"
    r"la vie|de vivre|sur moi|tout l[aâ]cher|plus rien|pu rien|mourir|en finir|cachets|pilules|m[eé]dicaments)\b"
)

# whether to keep up the exercises the physio gave ("and do I still have to do my band exercises?",
# "should I keep doing the stretches?", "faut-il continuer mes exercices ?"): the course of treatment
_HOME_EXERCISES = re.compile(
    r"\b(do|doing|keep up|keep doing|continue|still|carry on|faire|continuer|garder)\b[^.?!]{0,30}"
    r"\b(exercises?|stretch(es|ing)?|band work|exercices?|[eé]tirements?)\b"
)
# tears at a session, told as what happened ("I cried on the table during my second session",
# "j'ai pleuré pendant la séance"): an after-effect no document names, not a call for help
_TEARS = re.compile(
    r"\b(cried|crying|cry|burst into tears|tears|teared up|tearing up|wept|weepy|sobbed|sobbing|"
    r"pleur[eé]\w*|pleure\w*|larmes?|sanglot\w*)\b"
)

# a sign told as having lasted days or more since a session ("numbness that's lasted 3 days since
# acupuncture", "since then (a month ago) zaps and an ache", "engourdi depuis 4 jours"): not sudden
_LASTED = re.compile(
    r"\b(lasted|lasting|been going on|gone on|there|persisted|persisting|stuck around|hung around|hanging around) (for |about |like |almost |over )*"
    r"(\d+|a|an|one|two|three|four|five|six|a few|a couple( of)?|several) (days?|weeks?|months?)\b|"
    r"\b(\d+|a|an|one|two|three|four|five|six|a few|a couple( of)?|several) (days?|weeks?|months?) (ago|back)\b[^?!]{0,20}\bsince then\b|"
    r"\b(depuis|[cç]a fait|dure depuis|a dur[eé]) (\d+|deux|trois|quatre|cinq|six|quelques|plusieurs|un|une) (jours?|semaines?|mois)\b"
)


# what a treatment is or how it works, asked of one not had yet ("the physio keeps suggesting IMS.
# What is it exactly?", "c'est quoi l'IMS ?"): the question sentence asks nothing else
_WHAT_IS = re.compile(
    r"\bwhat('?s| is| are)( it| that| this| ims| dry needling| acupuncture| needling| intramuscular stimulation| the \w+)?"
    r"( exactly| actually| anyway| even| all about| about| like)?\s*[?.!]*\s*$|"
    r"\b(what (does|would|will) (it|that|this|ims|dry needling|acupuncture|needling) (involve|entail|consist of|look like)|"
    r"how (does|would) (it|that|this|ims|dry needling|acupuncture|needling) (work|help))\s*[?.!]*\s*$|"
    r"\b(c'est quoi|qu'est-ce que c'est|qu'est ce que c'est|[cç]a consiste en quoi|en quoi ([cç]a|cela) consiste|"
    r"comment ([cç]a|cela) (marche|fonctionne))( exactement| au juste| au fait| donc)?( l'ims| le dry needling| l'acupuncture| la puncture| [cç]a)?\s*[?.!]*\s*$"
)
_TREATMENT = re.compile(
    r"\b(acupunct\w*|accupunct\w*|dry needl\w*|needling|ims|intramuscular stimulation|puncture)\b"
)
_AFTER_A_SESSION = re.compile(
    r"\b(after|since|following|during|apr[eè]s|depuis|pendant) (my |the |a |an |last |this |that |today'?s |yesterday'?s |"
    r"ma |mon |la |le |l'|une |un |cette |ce )*(acupunct\w*|dry needl\w*|needl\w*|ims|sessions?|treatments?|appointments?|appt|"
    r"s[eé]ances?|aiguilles?|traitements?|rendez-vous|puncture)\b|\b(got|had|have had|j'ai eu|j'ai fait) (my |a |an |some |de l'|du |une )?"
    r"(acupunct\w*|dry needl\w*|needl\w*|ims|s[eé]ance)\b"
)


def asks_what_it_is(q: Question) -> bool:
    """Does the question sentence only ask what a treatment is or how it works, one the patient
    has not had yet ("I'm a nurse... the physio keeps suggesting IMS. What is it exactly?")? Then
    it is the overview, whatever alarm the classifier read in the story."""
    text, whole = q.text.lower().strip(), q.whole.lower()
    return bool(
        _WHAT_IS.search(text)
        and _TREATMENT.search(whole)
        and not _AFTER_A_SESSION.search(whole)
        and not _GOING_ON_NOW.search(whole)
    )


# the question sentence asks plainly whether the treatment is safe ("Is it safe? I literally cannot
# afford to end up in the ER", "c'est dangereux ?")
_ASKS_SAFE = re.compile(
    r"\b(is|are) (it|this|that|they|dry needling|acupuncture|ims|needling) (\w+ ){0,2}(safe|dangerous|risky)\b|"
    r"\b(est-ce que c'est|est-ce|c'est|c'est-tu) (vraiment |trop )?(dangereu\w*|s[eé]curitaire|risqu[eé]\w*|sans danger)\b"
)

# below this, the classifier's second guess behind its emergency reading is too weak to name the topic
WEAK_SECOND_GUESS = 0.2
_HOW_LONG = re.compile(r"\bhow long\b|\bcombien de temps\b")


def topic_plainly_asked(q: Question):
    """The topic the question sentence asks plainly, when the classifier's emergency reading was let
    through: how the treatment feels ("does it hurt? my father says he didn't survive 40 winters to
    be stuck full of pins") or whether it is safe ("Is it safe? I cannot afford to end up in the ER");
    None otherwise, or when `q` (its second guess in place) is sure enough of itself."""
    text = q.text.lower()
    if q.confidence >= WEAK_SECOND_GUESS or _HOW_LONG.search(text):
        return None  # a second guess worth its name decides; "how long will it ache for?" is after-care
    if _ASKS_THE_FEEL.search(text):
        return "sensation"
    if _ASKS_SAFE.search(text):
        return "safety"
    return None


# metal from a surgery told as still in place ("I still have the plate and screws in", "j'ai encore
# la plaque pis les vis dedans", "there's a rod in my spine"): a condition to needle around, not a sign
_HARDWARE_IN = re.compile(
    r"\b(still (have|got)|i have|i'?ve got|there'?s|there is|with|(j'ai|jai|j'?\s?ai) (encore|toujours)|il y a (encore |toujours )?|"
    r"y'?a (encore |toujours )?|avec)\b[^.?!]{0,25}\b(a |the |my |une |la |les |des |mes |un |le )?(metal )?(plates?|screws?|rods?|pins?(?! and needles)|"
    r"hardware|plaques?|vis|tiges?|broches?)\b(?![^.?!]{0,40}\b(came|coming|poking|sticking|sort\w*|depass\w*|perc\w*)\b)"
)

# a pain told as long-standing ("sore for 2 months", "depuis des années") with a question about
# the care planned or given ("why the calf?", "pourquoi le mollet?"): an ordinary question
_LONG_STANDING_PAIN = re.compile(
    r"\b(sore|hurt\w*|aching|ached|achy|pain\w*|stiff|tight|bothering me|killing me|mal|douleur\w*|raide)\b"
    r"[^.?!]{0,40}\b(for|since|depuis|ca fait|[cç]a fait) (\d+|two|three|four|five|six|a few|several|many|"
    r"a couple( of)?|deux|trois|quatre|cinq|six|quelques|plusieurs|des) (weeks|months|years|semaines|mois|ans|annees|ann[eé]es)\b|"
    r"\bfor (months|years|ages)\b|\bdepuis des (mois|ann[eé]es)\b"
)
_ASKS_ABOUT_CARE = re.compile(r"\b(why|how come|what for|pourquoi|how many|how long|how often|combien)\b")


# A figure of speech about a moment that is over: pain or a laugh told with the words of an
# emergency ("thought I was going to die when she hit the knot", "laughed so hard I couldn't
# breathe", "j'ai cru mourir", "mort de rire", "plié de rire, je pouvais plus respirer").
# Matched on safety.normalise()'d text (lowercase, no accents, straight apostrophes).
_FIGURE = re.compile(
    # "thought I was going to die", "felt like I was gonna die", "swear I was about to die"
    r"\b(thought|felt like|swore|swear|was sure|was convinced|figured)( that)? (i|i'd|id|i was|i would)( was)? "
    r"(going to|gonna|about to|would|'d)? ?die\b|"
    # "I could have died", "I nearly died", "almost died laughing"
    # "thought I was having a heart attack lol ... turned out it was a cramp": over and explained
    r"\b(thought|felt like|swore|was sure|was convinced)( that)? (i was|i'd|id|i would)( be)? (having|about to have|"
    r"going to have|gonna have) a (heart attack|stroke)\b[^?!]{0,120}?\b(turned out|it was (just|only)|lol|haha|lmao)\b|"
    r"\b(j'ai cru|j ai cru|je pensais|j'etais sur\w*)( que)? (je faisais|j'allais faire|j'avais|faire|avoir fait|avoir) (une crise cardiaque|"
    r"un infarctus|un avc)\b[^?!]{0,120}?\b(en fait|finalement|c'etait (juste|seulement)|mdr|lol)\b|"
    r"\b(i|we) (could|could've|coulda|nearly|almost|practically|literally)( have| of)? (died|die)\b|"
    r"\b(died|dying|die|dead) (of |from |with )?(laugh\w*|embarrassment|shame|boredom)\b|"
    # "laughed so hard I couldn't breathe", "was crying so hard I could barely breathe"
    r"\b(laugh\w*|cried|crying|giggl\w*|cracking up|cracked up|lol)\b[^.?!]{0,40}\b(couldn'?t|could not|could barely|"
    r"could hardly|wasn'?t able to)( even)? (breathe|catch (my|a) breath|get (my )?breath)\b|"
    # "couldn't breathe from laughing", "could barely breathe i was laughing so hard"
    r"\b(couldn'?t|could not|could barely|could hardly|wasn'?t able to)( even)? (breathe|catch (my|a) breath|get (my )?breath)"
    r"\b[^.?!]{0,25}\b(laugh\w*|giggl\w*|cracking up|crying|lol)\b|"
    # said now of a laugh: "can't breathe from laughing at him", "laughing so hard i can't breathe"
    r"\b(can'?t|cannot|cant)( even)? (breathe|catch (my|a) breath)\b[^.?!]{0,10}\b(from|with|for|i'?m|im) "
    r"(laugh\w*|giggl\w*|cracking up)\b|"
    r"\b(laugh\w*|giggl\w*|cracking up)\b[^.?!]{0,25}\b(can'?t|cannot|cant)( even)? (breathe|catch (my|a) breath)\b|"
    # a wish to die said of needles or the fear of them, with a laugh or a question whether it hurts
    # ("needles make me wanna die lol, does it hurt?", "so scared of shots i want to die haha",
    # "les aiguilles me donnent envie de mourir mdr, ca fait mal ?"): a fear told, no wish to die
    # each lookahead after a cheap one for the words that must follow: the `.*` scans run only
    # where those words start, not at every position (the same matches, far less time)
    r"(?=\b(?:the |needle|shot|injection|jab|getting needled))"
    r"(?=.*\b(lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|mdr|ptdr|xd)\b|.*\b(does|do|will|would|is|does it|will it) "
    r"(it|that|this|acupuncture|needling|dry needling|ims|the needles?|they|needles|getting needled)( really| actually| even)? "
    r"(hurt|sting|painful|be painful)\b|.*\b(est-ce que |est ce que )?([cç]a|cela|l'acupuncture|les aiguilles|elles|la puncture) "
    r"(fait|font|va faire|vont faire) (vraiment |tres |super )?mal\b)"
    r"\b((the )?(needles?|shots?|injections?|jabs?)|the thought of (needles?|shots?|injections?|getting needled)|getting needled)"
    r" (just |literally |honestly |seriously )?(make|makes|made) me (want to|wanna) die\b|"
    r"(?=\b(?:so |really |super |too |scared|afraid|terrified|frightened|phobic))"
    r"(?=.*\b(lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|mdr|ptdr|xd)\b|.*\b(does|do|will|would|is|does it|will it) "
    r"(it|that|this|acupuncture|needling|dry needling|ims|the needles?|they|needles|getting needled)( really| actually| even)? "
    r"(hurt|sting|painful|be painful)\b|.*\b(est-ce que |est ce que )?([cç]a|cela|l'acupuncture|les aiguilles|elles|la puncture) "
    r"(fait|font|va faire|vont faire) (vraiment |tres |super )?mal\b)"
    r"\b(so |really |super |too )?(scared|afraid|terrified|frightened|phobic) of (needles?|shots?|injections?)( that)?,? "
    r"(i )?(just )?(want to|wanna) die\b|"
    r"(?=\b(?:les |des |aiguilles|piqures|injections|tellement |trop |peur des ))"
    r"(?=.*\b(lol|mdr|ptdr|xd|haha\w*)\b|.*\b(est-ce que |est ce que )?([cç]a|cela|l'acupuncture|les aiguilles|elles|la puncture) "
    r"(fait|font|va faire|vont faire) (vraiment |tres |super )?mal\b)"
    r"\b((les |des )?(aiguilles|piqures|injections)( [cç]a)? me (donnent|donne|donnaient|donnait) (juste )?envie de mourir|"
    r"(tellement |trop )?peur des (aiguilles|piqures)( que)? (j'ai |j'en ai )?(envie de|je veux) mourir)\b|"
    # "j'ai cru mourir", "je pensais que j'allais mourir", "j'ai cru crever"
    r"\b(j'ai cru|j ai cru|je pensais|j'etais sur\w*|j'ai pense)( que)? (j'allais |je vais |que j'allais )?(mourir|crever|y passer)\b|"
    r"\b(mort|morte|morts|mortes|mourir|mourru|crever|creve|crevee) de (rire|honte)\b|"
    # "plié de rire, je pouvais plus respirer", "je riais tellement que j'arrivais plus à respirer"
    r"\b(ri|rire|riais|riait|rigol\w*|pleur\w*|plie\w*|fou rire)\b[^.?!]{0,50}\b(je |j')?(pouvais|arrivais|pouvait|arrivait)"
    r" (pas|plus|pu)( a)? (respirer|reprendre (mon )?souffle)\b|"
    # "je pouvais plus respirer tellement je riais"
    r"\b(je |j')?(pouvais|arrivais) (pas|plus|pu)( a)? (respirer|reprendre (mon )?souffle)\b[^.?!]{0,30}\b(ri|rire|riais|rigol\w*|fou rire)\b"
)

# told as going on now, or a real sign beside the figure: keeps the alarm
_STILL_GOING = re.compile(
    r"\b(right now|i'?m dying|i am dying|i think i'?m|can'?t breathe|cannot breathe|"
    r"en ce moment|je meurs|je vais mourir|je vais crever)\b"
)


def figure_of_speech(text: str) -> bool:
    """Is every emergency phrase in the message a figure of speech about a moment that is over
    ("thought I was going to die when the muscle grabbed, but I'm walking fine now", "laughed so
    hard I couldn't breathe when my calf jumped", "j'ai cru mourir", "mort de rire")? The
    message then gets the normal reply with the safety note. A wish to die, a sign told as
    going on now ("I can't breathe right now", "I think I'm dying"), or another red flag in the
    rest of the message keeps the alarm."""

    norm = safety.normalise(safety.clean_text(text))
    if not _FIGURE.search(norm):
        return False
    rest = _FIGURE.sub(" ; ", norm)
    return not _STILL_GOING.search(rest) and safety.red_flag(rest) is None


# an illness whose name holds a danger word ("cat scratch fever", "glandular fever", "fièvre de la griffe
# du chat"): a diagnosis told, not a fever going on; any other red flag in the message keeps the alarm
_FEVER_BY_NAME = re.compile(
    r"\b(cat[- ]scratch|glandular|scarlet|rheumatic|yellow|typhoid|dengue|valley|hay) fever\b|"
    r"\bfi[eè]vre (de la griffe du chat|des griffes du chat|glandulaire|scarlatine|rhumatismale|jaune|typho[iï]de|des foins)\b"
)


def illness_named_only(text: str) -> bool:
    """Is every red-flag phrase in the message inside the name of an illness ("ended up with cat scratch
    fever, can acupuncture help me get over it?")? Another red flag in the rest keeps the alarm."""
    norm = safety.normalise(safety.clean_text(text))
    if not _FEVER_BY_NAME.search(norm):
        return False
    return safety.red_flag(_FEVER_BY_NAME.sub(" ; ", norm)) is None


def numbness_lingering_asked(q: Question) -> bool:
    """A numb or tingling spot since a session on a past day, asked whether it is normal ("since
    tuesday's needling my thumb tingles on and off, is that normal?"): written rule 6, an after-effect,
    nothing sudden, spreading or of a whole side."""
    whole = q.whole.lower()
    return _lingering_numbness(whole) and bool(_ASKS_NORMAL.search(whole))
