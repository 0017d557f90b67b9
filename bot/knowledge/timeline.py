"""Past or now: whether an emergency sign in a message is told as long-standing, as over and
cleared, or imagined for later (rule 1 of bot/knowledge/route.py). Such a message gets the
one-line safety note instead of the emergency reply; a sign going on now still alarms."""

import re

from bot.knowledge.question import Question
from bot.knowledge.wording import AFTER_A_SESSION
from bot.nlu.focus import sentences

_LONG_STANDING = re.compile(
    r"\b(for ((a|one|two|three|four|five|\d+|several|many|a few|a couple of) )?(years|months|a year|a month)|"
    r"since (\d{4}|i was (a )?(kid|child|teen|teenager|baby)|childhood)|last (month|year)|"
    # "drooped since my stroke in 2019", "depuis mon AVC en 2018": since an event with a year
    r"since (my|his|her|their|the|a) [^.?!]{0,30}\bin (19|20)\d\d|depuis (mon|ma|son|sa|leur|l'|un|une) [^.?!]{0,30}\ben (19|20)\d\d|"
    # "a year ago", "2 years back", and with no number: "my mom collapsed years ago", "ages ago", "a while back"
    r"(((a|one|two|three|four|five|six|\d+|several|many|a few|a couple of) )(months|years|month|year)|months|years|ages|"
    r"a (long )?while|a long time|long) (ago|back)|been like (this|that) for (a|\d+) (years?|months?)|"
    # the same in French: "il y a des années", "il y a longtemps", "depuis des mois", "l'an dernier", "chronique"
    r"il y a (\d+|un|une|deux|trois|quatre|cinq|six|quelques|plusieurs|des|bien des) (mois|ans|ann[eé]es)|il y a (longtemps|un bout)|"
    r"depuis (des|plusieurs|\d+) (mois|ans|ann[eé]es)|depuis (l'enfance|que je suis (tout )?(petite?|enfant|ado)|\d{4})|"
    r"l'an (dernier|pass[eé])|l'ann[eé]e (derni[eè]re|pass[eé]e)|le mois dernier|chroniques?|diagnostiqu[eé]e? (avec|d'un|d'une)|"
    r"long covid|chronic|(doc|doctor|dr|gp) (checked|cleared|ruled out|looked at)|diagnosed with|"
    # an illness lasting by its name, or care for one near its end ("dad has end-stage COPD and is on
    # hospice", "ma mère a une BPCO"): breathlessness that belongs to it is asked about, not happening
    r"copd|emphysema|pulmonary fibrosis|heart failure|end[- ]stage|hospice|palliative|bpco|emphys[eè]me|"
    r"fibrose pulmonaire|insuffisance (cardiaque|respiratoire)|fin de vie|soins palliatifs|"
    # a lasting state, not sudden: "out of breath all the time up here", "essoufflée tout le temps"
    r"all the time|constantly|(tout|toute) le temps|constamment|en permanence|"
    # a doctor already named it and treats it ("Doctor said Bell's palsy and gave me steroids")
    r"(doc|doctor|dr|gp|neurologist|specialist|physician|the er|hospital) (said|says|told me|called it|diagnosed|confirmed)"
    r"\b[^.?!]{0,40}\b(and )?(gave|put) me (on )?(steroids|prednisone|meds|medication|pills|antivirals)|(doctor|dr|gp|neurologist|specialist|physician)('s)? (says|said|told me|thinks) (i|it'?s|its) (have|has|had)?)\b"
)
# "Had chest pain last month, turned out to be reflux and the cardiologist cleared me": a sign
# told as past and resolved (a past time, then checked, cleared or explained) is not
# happening now. Not when it is still going on or came back ("since last night", "still").
_PAST_TIME = re.compile(
    r"\b(last (week|wk|month|mth|year|yr|summer|winter|spring|fall|autumn|time)|"
    # "chest went tight during the pick last january", "en janvier dernier"
    r"last (january|february|march|april|may|june|july|august|september|october|november|december|christmas)|"
    r"(janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre) dernier|(\d+|a|one|two|three|few|couple) (wks?|yrs?|mths?) (ago|back)|(a|one|two|three|four|five|six|\d+|"
    r"several|a few|a couple of|some|many) (days?|weeks?|months?|years?) (ago|back)|(years|months|ages|a while|"
    r"a long time|long) (ago|back)|back (in|when|then)|(in|en) (19|20)\d\d|when i was|as a (kid|child|teen|teenager)|"
    r"in (high school|college|university|the past)|previously|"
    # "a rib stress fracture last season", "le cancer, c'est fini depuis 3 ans"
    r"last (season|semester|term)|(fini|finie|termin[eé]e?) depuis (\d+|un|une|deux|trois|quatre|cinq|six|quelques|"
    r"plusieurs) (ans?|ann[eé]es?|mois)|"
    r"le mois dernier|l'an dernier|l'ann[eé]e derni[eè]re|l'(été|ete|hiver|automne) dernier|"
    # "l'an passé", "la semaine passée", "l'été passé" (as often said as "dernier")
    r"l'an pass[eé]|l'ann[eé]e pass[eé]e|le mois pass[eé]|la semaine pass[eé]e|l'(été|ete|hiver|automne) pass[eé]|"
    r"(la semaine|le printemps) derni[eè]re?|il y a (\d+|un|une|deux|trois|quelques|plusieurs|longtemps)"
    r"( (jours?|semaines?|mois|ans?|années?))?|autrefois|dans le pass[eé]|quand j'[eé]tais|plus jeune)\b"
)
_RESOLVED = re.compile(
    r"\b(turned out|was (just|only|fine|nothing|ok|okay|normal)|ended up being|(checked|cleared|ruled out|tested|"
    r"looked at|examined)( me| it| out| fine)?|all clear|nothing (serious|wrong|found)|(been|was|felt) fine|"
    r"(fine|ok|okay|normal|better) (ever )?since|cleared up|went away|(went|goes|passed|wore) (away|off)|(then )?(it|that) (passed|stopped|settled|let go)|resolved|recovered|healed|"
    r"s'est av[eé]r[eé]|c'[eé]tait (juste|seulement|rien|normal|b[eé]nin)|(m'a|l'a) (examin[eé]e?|rassur[eé]e?)|"
    r"rien de grave|rien trouv[eé]|(a|ont|avait|avaient) tout (v[eé]rifi[eé]|check[eé]|examin[eé])|tout (était|etait|est) (beau|correct|normal|ok)|c'est (pass[eé]|r[eé]gl[eé])|"
    r"gu[eé]ri\w*|[cç]a va (bien |tr[eè]s bien )?depuis|(tout )?va bien depuis|(plus )?rien (eu )?depuis|"
    r"aucun probl[eè]me depuis|pas eu de probl[eè]me depuis|c'est parti|"
    # tests that found nothing, or the cause named ("every test came back clear, it was reflux",
    # "les examens étaient normaux, c'était du reflux")
    r"(came|come|were|was|all|everything) (back )?(clear|normal|negative|fine)|"
    r"it was (just |only |actually |really )?(reflux|heartburn|acid reflux|gerd|anxiety|a panic attack|panic|stress|"
    r"muscular|a (pulled|strained) muscle|costochondritis|gas|indigestion|a cramp|adrenaline|nerves|stage fright)|"
    # "went to the ER, all tests normal": the tests named before what they found
    r"(tests?|scans?|bloods?|blood work|results?|ecgs?|ekgs?|x-?rays?) (all )?(came back |were |was |are )?(all )?(normal|clear|fine|negative)|"
    r"(examens?|tests?|analyses?|r[eé]sultats?|ecg) ([eé]taient|[eé]tait|sont|est) (revenu\w* )?(normaux|normal|beaux|bons|n[eé]gatifs?)|"
    r"c'[eé]tait (du |le |de l'|une |un )?(reflux|br[uû]lures d'estomac|anxi[eé]t[eé]|crise de panique|stress|musculaire)|"
    # "c'est fini depuis 3 ans", "terminé depuis l'an dernier": the illness over
    r"(c'est |c'[eé]tait )?(fini|finie|termin[eé]e?) depuis|"
    # "it's completely gone now", "all gone", "c'est complètement parti / disparu"
    r"(it'?s|its|it is|is|was|all|completely|totally|fully) (completely |totally |fully |all )?gone|"
    r"(compl[eè]tement|totalement|tout) (parti|partie|disparu|disparue))\b"
)
# "still", "again", "since last night" keep a sign current; "now" too, except as the turn to
# what the patient wants now ("Now I'd like to try it") or in "fine now", "gone now", "healed now".
# Nor "now" turning to another body part ("what's bugging me now is my neck", "now my back").
_STILL_NOW = re.compile(
    r"\b(still|again|right now|(?<!fine )(?<!ok )(?<!okay )(?<!better )(?<!normal )(?<!gone )(?<!healed )(?<!over )(?<!resolved )now(?! (it'?s|its|it is|there'?s|theres|that'?s|thats) (just|only) (the|my|a|some|this|that)\b)(?! ((is|it'?s|its|it is) )?(my|the) (traps|neck|back|shoulders?|upper back|lower back|hips?|knees?|legs?|arms?|calf|calves|hamstrings?|glutes?|forearms?|wrists?|elbows?|jaw|feet|foot)\b)(?! i('d| would)"
    r" (like|love)| (i('m| am)?|im) (want|wanna|thinking|ready|considering|interested|curious|planning))|today|"
    r"tonight|this morning|since (last night|yesterday|this)|keeps?|getting worse|encore|toujours|maintenant|"
    r"depuis (hier|ce matin|cette nuit)|en ce moment|[cç]a empire)\b"
)
# "...turned out to be reflux, so now I'm paranoid": the worry the old scare left is what goes on
# now, not the sign itself ("maintenant je suis un peu parano", "du coup j'ai peur")
_WORRY = (
    r"(a (bit|little)( more)? |so |really |kind of |kinda |super |very |just |extra |more |pretty |a lot more )?"
    r"(paranoid|nervous|anxious|worried|scared|afraid|wary|cautious|careful|freaked( out)?|terrified|hesitant|"
    r"jumpy|on edge|overthinking|worrying|worried about \w+|nervous about \w+|scared of \w+)"
)
_NOW_WORRIED = re.compile(
    rf"\bnow (i'?m|i am|im) {_WORRY}\b|\b(i'?m|i am|im) now {_WORRY}\b|"
    r"\bnow i (worry|panic|overthink|get (nervous|anxious|scared|worried|paranoid)|freak out)\b|"
    r"\b(maintenant|du coup|depuis) (je suis|j'suis|chuis) (un peu |tr[eè]s |super |assez |hyper |plus |toujours )?"
    r"(parano\w*|anxieu\w*|inqui[eè]t\w*|stress[eé]e?|nerveu\w*|craintif|craintive|m[eé]fiante?)\b|"
    r"\b(maintenant|du coup|depuis) (j'ai|jai) (un peu |tr[eè]s |super |toujours )?peur\b|"
    r"\b(maintenant|du coup|depuis) je (stresse|m'inqui[eè]te|panique|flippe)\b"
)
# ...in the question sentence, where "can I still do it?" is no sign still going on
_BACK_NOW = re.compile(
    r"\b(right now|again|since (last night|yesterday|this morning)|today|tonight|getting worse|"
    r"en ce moment|encore|depuis (hier|ce matin|cette nuit))\b|"
    # "...it went away. now its just come back worse": the sign back ("c'est revenu")
    r"\b(it'?s|its|it has|it) (\w+ )?(come|came) back\b|\b(c'est|ça est|ca est|elle est|il est) (\w+ )?revenue?\b|"
    # "dad has COPD and suddenly can't get his breath": a sudden turn is happening, whatever lasts
    r"\b(suddenly|all of a sudden|out of nowhere|soudain\w*|tout (à|a) coup|d'un coup)\b|"
    # "...it was just reflux. But now I have chest pain, is it serious?": the sign itself, now
    r"\b(now|maintenant) (i (have|feel|get)|i'?ve got|i'?m (having|getting|feeling)|j'ai|je (sens|ressens))\b"
    r"(?! (fine|ok|okay|good|great|better|normal|no|nothing|plus|pas|aucun\w*|rien|peur)\b)"
)
_WANTS_TREATMENT = re.compile(
    r"\b(could|would|can|will|does|do|might|is)\b.{0,40}\b(acupuncture|needling|ims|it|this|that)\b"
    r".{0,30}\b(help|loosen|fix|work|treat|relieve|ease)|\bhelp (with|for) (it|this|that)\b|"
    # "would acupuncture be worth trying?", "what would you recommend?": what could be done for it
    r"\bworth (a )?(try|trying|it)\b|\bwhat (would|do|can|could) you (recommend|suggest)\b|"
    # "Should I add acupuncture to speed it up?"
    r"\b(add|adding|try|trying|start|starting) (acupuncture|needling|dry needling|ims)\b|\bspeed (it|things|recovery|healing) up\b|"
    r"\bwhat (can|could|should) (i|be done)\b|\bany (point|use) (in )?(trying|acupuncture|needling)\b|"
    # "l'acupuncture pourrait m'aider ?", "est-ce que ça vaut la peine d'essayer ?", "que me conseillez-vous ?"
    r"\b(l'acupuncture|l'ims|le dry needling|la puncture|les aiguilles|[cç]a|cela|elle|il)\b.{0,30}\b(pourrai\w*|peu\w*|va|vont|aiderai\w*)\b"
    r".{0,20}\b(aider|soulager|traiter|marcher|fonctionner|am[eé]liorer)\b|\bvaut (la peine|le coup)\b|"
    r"\b(essayer|tenter|commencer) (l'acupuncture|l'ims|le dry needling|la puncture|les aiguilles)\b|"
    # "l'acupuncture ça aide pour ça ?", "les aiguilles ça marche contre ça ?"
    r"\b(l'acupuncture|l'ims|le dry needling|la puncture|les aiguilles|[cç]a)( [cç]a)? (aide|aident|marche|marchent|soulage|soulagent)"
    r"( (pour|contre|avec))?\b|"
    r"\b(que|qu'est-ce que) (me |vous )?(recommandez|conseillez|sugg[eé]rez)(-vous)?\b"
)


def long_standing(q: Question) -> bool:
    """ "Short of breath sometimes, been like this for a year. Could acupuncture help?" names an
    emergency sign, but as a long-standing condition the patient wants treated, not as
    something happening now or after a session. Such a message is answered (or declined) with
    the one-line safety note instead of the emergency reply. Thoughts of self-harm never are."""
    text = q.whole.lower()
    if q.red_flag == "medical" and resolved_past(text):
        return True
    return (
        q.red_flag == "medical"
        and bool(_LONG_STANDING.search(text))
        and bool(_WANTS_TREATMENT.search(text))
        and not AFTER_A_SESSION.search(text)
        # "asthma years ago, now I can't breathe, can acupuncture help?": the sign is back now
        and not _BACK_NOW.search(_NOW_WORRIED.sub(" ", text))
    )


# "Hypothetically, if I felt short of breath later tonight, what should I do?": a sign imagined
# for later, asking what to do then. Said as happening now ("I'm short of breath, what if it's
# serious?") it is no hypothesis.
_HYPOTHESIS = re.compile(
    r"\b(hypothetical(ly)?|in theory|theoretically|just in case|supposing|suppose|what if)\b|"
    r"\bif (i|you|someone|a patient|my \w+) (ever |later |then |happen to |were to |did )?(felt|feel|feels|got|get|gets|"
    r"start(ed|s)?|were|was|had|notice[ds]?|develop(ed|s)?|experience[ds]?)\b.{0,80}\b(later|tonight|tomorrow|ever|"
    r"(after|following|from) ((my|the|a|your) )?(\w+ )?(session|treatment|appointment|appt|visit|needling|acupuncture|ims)|"
    r"down the road|at some point|afterwards?)\b|"
    r"\b(hypoth[eé]tiquement|en th[eé]orie|au cas o[uù]|si jamais|et si (je|j'))\b"
)
_WHAT_TO_DO = re.compile(
    r"\bwhat (should|do|would|will|can|must) (i|you|we|they|someone|people) do\b|\bwhat (happens|would happen|to do)\b|"
    r"\bwho (do|should|would) (i|we) call\b|\bshould (i|we) (call|go|worry)\b|\bhow (would|do) (i|we) know\b|"
    r"\b(que|quoi) (dois-je|faut-il|devrais-je|je dois|je devrais|faire)\b|\bje fais quoi\b|"
    r"\bwhat (would|could|might) (that|it|this) (mean|be)\b|"
    r"\bwhat (should|do|would|can|must) (i|we|you) (watch|look) (out )?for\b|\bwhat are the (warning )?signs\b|"
    r"\bwhen (should|do|would) (i|we) (worry|call|go in)\b|"
    r"\b(a|à) quoi (dois-je|je dois|faut-il|il faut) (faire attention|surveiller)\b|\bquels? (sont les )?signes\b|"
    r"\b(qu'est-ce que|que) ([cç]a|cela) (voudrait|pourrait) dire\b|\b[cç]a voudrait dire quoi\b"
)
_HAPPENING_NOW = re.compile(
    r"\b(right now|currently|at the moment|already|en ce moment|maintenant|actuellement|d[eé]j[aà])\b|"
    r"\b(i'?m|i am|im) (now |still |really |so |very )?(short|having|feeling|getting|struggling|bleeding|dizzy|numb|in)\b|"
    r"(?<!if )\bi (have|feel|can'?t|cannot)\b|(?<!si )(?<!jamais )(?<!o[uù] )\b(j'ai|je suis|je me sens|je n'arrive pas)\b"
)


def hypothetical(q: Question) -> bool:
    """A medical red flag imagined for later ("hypothetically, if I felt short of breath later
    tonight after my session, what should I do?") asks what to do then: answered, with the
    safety note. Nothing told as happening now; thoughts of self-harm never count."""
    text = q.whole.lower()
    return (
        q.red_flag == "medical"
        and bool(_HYPOTHESIS.search(text) and _WHAT_TO_DO.search(text))
        and not _HAPPENING_NOW.search(text)
    )


# "yesterday on the plane my chest went tight, it passed after 10 min and the airport doctor said
# it was anxiety": yesterday counts as past only with a doctor's check or explanation told
_RECENT_PAST = re.compile(r"\b(yesterday|last night|hier|hier soir|la nuit derni[eè]re)\b")
_DOCTOR_EXPLAINED = re.compile(
    r"\b(doctor|doc|dr|gp|er|a&e|hospital|paramedics?|nurse|m[eé]decin|docteur|urgences?|urgentologue|infirmi[eè]re?)\b"
    r"[^.?!]{0,40}\b(said|says|told me|called it|thinks|checked|cleared|ruled out|diagnosed|a dit|disait|dit que|m'a check[eé]e?|check[eé]e?|"
    r"pense|m'a (examin[eé]e?|rassur[eé]e?|dit)|examin\w*|rassur\w*)\b"
)


# An all-clear said of the sign ("doc ... said its fine", "just a pulled muscle"): read only for a red-flag sign
# told as over (resolved_past), not for any story (told_as_over), where "the acupuncturist said it's fine"
# is an opinion on the treatment, not an end to an event.
_ALL_CLEAR_SAID = re.compile(
    r"\b(said|says|told me) (it'?s|its|it is|it was|i'?m|i was) (fine|nothing|ok|okay|normal|all good)\b|"
    r"\b(just|only) (a )?(pulled|strained) muscle\b"
)


# "...ECG normal, a strained muscle. the shoulder's still sore": "still" said of another body part
# than the chest keeps that part current, not the scare (session 24, heldout149)
_OTHER_PART_STILL = re.compile(
    r"\b(my |the |his |her )?(shoulders?|neck|back|upper back|lower back|knees?|hips?|elbows?|wrists?|ankles?|"
    r"legs?|arms?|hands?|feet|foot|calf|calves|hamstrings?|glutes?|traps|jaw|head|epaule|cou|dos|genou|hanche|"
    r"coude|poignet|cheville|jambe|bras|main|pied|mollet)('s|s| is| are| feels?| est| sont) (still|encore|toujours)\b"
)


def resolved_past(text: str) -> bool:
    """The sign is told as over: a past time and a doctor's all-clear or explanation in the
    story, nothing in it still going on, and no "again" or "right now" in the question."""
    story = sentences(_OTHER_PART_STILL.sub(" ", text))
    told = " ".join(story[:-1]) if len(story) > 1 else text
    last = story[-1] if story else text
    return bool(
        (_PAST_TIME.search(told) or (_RECENT_PAST.search(told) and _DOCTOR_EXPLAINED.search(told)))
        and (_RESOLVED.search(told) or _ALL_CLEAR_SAID.search(told))
        and not _STILL_NOW.search(_NOW_WORRIED.sub(" ", told))
        and not _BACK_NOW.search(_NOW_WORRIED.sub(" ", last))
    )


# A scare for the lung or the breath told of someone else or as past ("my friend's lung collapsed after
# acupuncture years ago", "ma soeur a manqué de souffle pendant l'IMS"), then a question how likely it is ("how likely is
# that?", "should I be worried about that?", "ça arrive souvent ?"): a safety question.
_A_SCARE = re.compile(
    r"\b(lungs?|pneumothorax|breath\w*|breathe|winded|poumons?|souffle|respir\w*|essouffl\w*)\b"
)
_HOW_LIKELY = re.compile(
    r"\bhow (likely|common|often|rare|frequent|frequently|big a risk|risky)\b|"
    r"\b(what are|what'?s|whats) (the )?(odds|chances?|risk)\b|"
    r"\b(should|do|would) i (be )?(worried|worry|concerned|scared|nervous|afraid)( about (that|this|it|the same))?\b|"
    r"\b(could|can|would|will) (that|this|it|the same( thing)?) happen (to me|again|with mine)?\b|"
    r"\b(is|was) (that|this|it) (common|rare|usual|likely|a (common|real|big) risk)\b|\bam i at risk\b|\b(is|are) my lungs? at risk\b|"
    r"\b([cç]a|cela) (arrive|peut arriver) (souvent|fr[eé]quemment|[aà] tout le monde)\b|\bc'est (fr[eé]quent|courant|rare)\b|"
    r"\b(est-ce que|est ce que) (c'est|[cç]a (arrive|peut (m'arriver|arriver))) ?(fr[eé]quent|courant|rare|souvent)?\b|"
    r"\b(dois-je|je dois|devrais-je|je devrais) (m'|m )?inqui[eé]t\w*\b|\bquel(le)?s? (sont les |est le )?(chances|risques?)\b|\bje risque\b|"
    r"\b(c'est|est-ce|est-ce que c'est|est ce que c'est|c'est-tu) (\w+ )?(probable|possible|un risque)\b|\b(quel|c'est quoi) le risque\b|"
    # the spoken "-tu" question: "c'est-tu fréquent ?", "ça arrive-tu souvent ?", "ça peut-tu m'arriver ?"
    r"\bc'est-tu (fr[eé]quent|courant|rare|commun)\b|\b([cç]a|cela) (arrive|peut)-tu\b"
)


def risk_of_a_past_scare(q: Question) -> bool:
    """ "My friend's lung collapsed after acupuncture a few years ago... how likely is that?": a
    scare for the lung or the breath told of someone else or as over, asked how likely it is, is a
    safety question (a faint is a subject of its own, `session_faint`). Only
    asked when no alarm was raised, so a sign told as happening now never gets here."""
    return bool(_A_SCARE.search(q.whole.lower()) and _HOW_LIKELY.search(q.text.lower()))


# "(totally fine now)", "she's ok now", "healing fine", "all healed up": a past event told as over
# by how the person is now, not by a doctor's all-clear (told_as_over)
_FINE_NOW = re.compile(
    r"(\b((totally|completely|perfectly|all|fully|doing|much) )?(fine|ok|okay|good|great|better|normal) now\b|"
    r"\bhealing (up )?(fine|well|nicely|ok|okay|great|good)\b|\b(all |fully )?healed( up)?\b|\ball clear\b|"
    r"\b(totally|completely|perfectly) fine\b|\b(fully |completely )?recovered\b|"
    r"\b([cç]a|tout) va (tr[eè]s |super |vraiment |beaucoup )?(bien|mieux)\b|"
    r"\b(elle|il|lui|eux|elles|ils) (va|vont) (tr[eè]s |super |vraiment |beaucoup )?(bien|mieux)\b|"
    r"\bje vais (tr[eè]s |super |vraiment |beaucoup )?(bien|mieux)\b|\b(bien )?gu[eé]ri\w*\b|\bcicatris\w*\b|"
    # back at what the patient did before: "I'm back on the erg now", "my PT has me back in the boat"
    r"\b(i'?m|im|i am|i'?ve been|been|got|gets|has|had|have) (me )?back (on|in|to|at|into) (the |my )?\w+( \w+)?\b)"
    r"( (now|maintenant|aujourd'hui))?"
)
# "2 yrs ago", "3 wks back": the short forms _PAST_TIME does not read
_PAST_SHORT = re.compile(r"\b(\d+|a|one|two|three|few|couple) (yrs?|mos?|wks?|mths?) (ago|back)\b")


# Someone who keeps saying something ("he keeps telling me acupuncture is dangerous", "she keeps
# warning me"): the talk goes on, not the event told (session 22, tuner UA)
_KEEPS_SAYING = re.compile(
    r"\bkeeps? (on )?(telling|saying|asking|warning|nagging|insisting|reminding|going on)\b"
)


def told_as_over(story: str) -> bool:
    """A story tells an event as past and over: a past time ("2 yrs ago", "last week", "il y a
    longtemps") and an end to it (an all-clear, "healing fine", "she's ok now", "ça va bien
    maintenant"), with nothing in it still going on ("still", "again", "since last night"; not
    someone who "keeps telling me" about it)."""
    told = _KEEPS_SAYING.sub(" ", story.lower())
    return bool(
        (_PAST_TIME.search(told) or _PAST_SHORT.search(told))
        and (_RESOLVED.search(told) or _FINE_NOW.search(told))
        and not _STILL_NOW.search(_NOW_WORRIED.sub(" ", _FINE_NOW.sub(" ", told)))
    )


# A faint told at a past session and a question whether it will happen again ("i passed out last
# time at another clinic, will that happen again?", "je suis tombée dans les pommes la dernière
# fois, ça va recommencer ?"): a worry about the next session, nothing happening now.
_A_FAINT = re.compile(
    r"\b(fainted|fainting|passed out|blacked out|keeled over|went down|"
    r"[eé]vanoui\w*|tomb[eé]e? dans les pommes|perdu connaissance|fait un malaise|tourn[eé] de l'[oœ]il)\b"
)
_LAST_TIME = re.compile(
    r"\b(last time|the last time|the time before|at (my|the) (last|previous|first) (session|appointment|appt|visit|treatment)|"
    r"(my|the) (last|previous|first) (session|appointment|appt|visit|treatment)|once before|once at|"
    r"la derni[eè]re fois|la fois (d'avant|pass[eé]e|pr[eé]c[eé]dente)|(à|a|lors de|pendant) (ma|la) (derni[eè]re|premi[eè]re|pr[eé]c[eé]dente) "
    r"(s[eé]ance|visite|fois)|une fois (à|a|chez|dans|pendant))\b"
)
_HAPPEN_AGAIN = re.compile(
    r"\b(will|would|could|can|might|is|does) (that|it|this|the same( thing)?|i|it all)( \w+)? (happen|occur|faint|pass out|"
    r"black out|going to happen|gonna happen|happens?) (again|to me again)\b|"
    r"\b(am i|is it) (likely|going|gonna) to (happen |faint |pass out )?again\b|\bhappen again\b\s*\?|"
    r"\b([cç]a|cela|[cç]a me) (va|peut|risque de|pourrait) (recommencer|se reproduire|arriver (encore|de nouveau|[aà] nouveau)|"
    r"me (re)?faire [cç]a)\b|\b(est-ce que |est ce que )?je (vais|risque de) (encore |de nouveau )?(m'[eé]vanouir|tomber dans les pommes)\b"
)
_FAINT_NOW = re.compile(
    r"\b(right now|just now|today|tonight|this (morning|afternoon|evening)|currently|at the moment|still|"
    r"(i'?m|i am|im|she'?s|he'?s|feel|feeling) (faint|dizzy|light-?headed|woozy)|not (waking|responding|breathing)|"
    r"(i'?m|i am|im|i feel like i'?m|feel like i'?ll|i think i'?m) (about to|going to|gonna) (faint|pass out|black out)|"
    r"en ce moment|maintenant|là|aujourd'hui|ce (matin|soir)|vient de|viens de|toujours|encore (dans les vapes|inconscient)|"
    r"je (me )?sens (partir|mal|faible|[eé]tourdi\w*)|je vais (m'[eé]vanouir|tomber|perdre connaissance)|"
    r"(r[eé]pond|respire|se r[eé]veille) (pas|plus|pu))\b"
)


def past_faint_asked_again(q: Question) -> bool:
    """ "i fainted last time at another clinic, will that happen again?": a faint told at a past
    session, asking whether it will happen again, is a safety question about the next one, not a
    faint now. Anything told as going on now keeps the alarm; thoughts of self-harm never count."""
    return q.red_flag == "medical" and faint_told_past_asked_again(q.whole)


def faint_told_past_asked_again(text: str) -> bool:
    """A faint told at a past session and asked whether it will happen again, nothing now (the
    classifier alone reads "je me suis évanouie la dernière fois, ça va recommencer ?" so too)."""
    text = text.lower()
    return bool(
        _A_FAINT.search(text)
        and _LAST_TIME.search(text)
        and _HAPPEN_AGAIN.search(text)
        and not _FAINT_NOW.search(_HAPPEN_AGAIN.sub(" ", text))
    )
