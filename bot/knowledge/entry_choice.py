"""Which topic's entry answers a question (rule 16 of bot/knowledge/route.py): the classifier's
topic, unless the question's wording says which one (`question_topic`). Each such rule is one
row of TOPIC_RULES - a pattern, the topics it moves a question from, the topic it moves it to -
applied in order by one small loop, so a new rule is a new row, not another `if`."""

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, FrozenSet, Optional, Tuple, Union

from bot.knowledge import body, wording
from bot.knowledge.question import Question
from bot.nlu.focus import is_question

# "How long does the ache last?" is an aftercare question, whatever NLU guessed (session
# length, treatment course). So is "how long does that last?" when "that" is soreness: named
# earlier in the message, or what the last answer was about.
_SORE = r"(sore\w*|ach(e|es|y|ing|iness)|tender\w*|stiff\w*|bruis\w*)"
_LASTS = (
    r"(lasts?|lasting|linger\w*|stays?|stick around|hang around|go away|goes away|wear off|settle"
    r"|ease off|fade|clear up)"
)
_HOW_LONG = r"\bhow (long|many days) (does|do|did|will|would|should|can|is|might) "
SORENESS_LASTS = re.compile(
    _HOW_LONG
    + r"(the |this |that |my |your |any |all the )?(\w+ )?"
    + _SORE
    + r"\b.{0,30}?\b"
    + _LASTS
    + r"\b"
)
# "how long will I be sore for?", "how many days am I going to feel achy?"
SORE_FOR = re.compile(
    r"\bhow (long|many days) (will|would|might|am|are|is|do|does|can|should) (i|you|we|it|they|my \w+|the \w+)"
    r"( \w+){0,3} (be|feel|stay|remain) (\w+ )?" + _SORE + r"\b"
)
THAT_LASTS = re.compile(_HOW_LONG + r"(that|it|this|they|these|those) (\w+ )?" + _LASTS + r"\b")
SORENESS = re.compile(
    r"\b" + _SORE + r"\b|\b(courbatur\w*|raideurs?|endolori\w*|raqu[eé]\w*|bleus?|ecchymoses?)\b"
)
# French: "combien de temps dure la douleur après l'IMS?", "les courbatures, ça dure combien de jours?"
_SORE_FR = r"(courbatur\w*|douleurs?|raideurs?|endolori\w*|bleus?|ecchymoses?|mal)"
_LASTS_FR = (
    r"(dure|durent|durer|va durer|reste|restent|part|partent|partir|passe|passent|passer|dispara[iî]\w*)"
)
SORENESS_LASTS_FR = re.compile(
    r"\bcombien de (temps|jours)\b.{0,25}?\b" + _LASTS_FR + r"\b.{0,20}?\b" + _SORE_FR + r"\b|"
    r"\b" + _SORE_FR + r"\b.{0,30}?\b" + _LASTS_FR + r"\b.{0,15}?\bcombien de (temps|jours)\b|"
    r"\bcombien de (temps|jours)\b.{0,15}?\b(on a|j'ai|j'aurai|je vais avoir) mal\b"
)
# "Is it supposed to be that intense?", "is that normal?": whether what the patient felt is
# normal is never a question about what needling is, which to choose or the research.
NORMAL_OR = re.compile(
    wording.IS_IT_NORMAL.pattern + r"|\bnormal\b\W*(or|ou)\b|\b(is|was) (that|this|it) (\w+ ){0,2}normal\b"
)
# "it ached from tuesday until thursday": soreness over days is after the session
_SINCE_DAYS = re.compile(
    r"\b(until|till|til|through|for|jusqu'?(au|a)) (\w+ )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"days?|the next day|two days|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|jours?)\b"
)
# "How long do the needles stay in?" is about the technique (how long they are left in), not
# about the needles themselves; "how long till it kicks in?" is about the course of treatment.
NEEDLES_STAY = re.compile(
    r"\bhow (long|many minutes)\b.{0,30}\b(needles?|pins?|they|them)\b (\w+ ){0,2}(stay|stays|left|leave|remain|kept|sit)"
    r"\b.{0,12}\bin\b|\bhow (long|many minutes)\b.{0,20}\b(leave|keep) (the |those )?(needles?|pins?|them) in\b|"
    # the time asked last: "the needles stay in for how long?", "needles are left in how many minutes?"
    r"\b(needles?|pins?)\b (\w+ ){0,2}(stay|stays|left|remain|kept|sit)( in( there)?)? (for )?how (long|many minutes)\b"
)
TAKES_EFFECT = re.compile(
    r"\bhow (long|soon|quickly|fast|many (sessions|visits|treatments))\b.{0,40}\b(kicks? in|kick in|start(s)? "
    r"(to )?work\w*|take(s)? effect|notice (a|any) (difference|change|improvement)|see results|feel (any )?"
    r"(better|a difference))\b"
)
NEEDLES_STAY_FR = re.compile(
    r"\bcombien de (temps|minutes)\b.{0,40}\b(aiguilles?|elles)\b.{0,15}\b(restent|reste|rester|laiss\w*|gard\w*)\b|"
    r"\b(laiss\w*|gard\w*) les aiguilles\b.{0,20}\bcombien de (temps|minutes)\b|"
    # "combien de temps on garde les aiguilles ?", "combien de temps vous laissez les aiguilles?"
    r"\bcombien de (temps|minutes)\b.{0,20}\b(gard\w*|laiss\w*) (les |ces )?aiguilles\b|"
    r"\b(aiguilles?|elles) (restent|reste|sont laiss[eé]es|sont gard[eé]es)\b.{0,20}\bcombien de (temps|minutes)\b"
)
TAKES_EFFECT_FR = re.compile(
    r"\b(combien de (temps|s[eé]ances|traitements|rendez-vous|fois)|apr[eè]s combien)\b.{0,50}\b(fasse "
    r"effet|faire effet|agi(r|sse)|marche|fonctionne|voir (des|un|les) (r[eé]sultats?|diff[eé]rence|"
    r"changement)|sentir (une|un|la) (diff[eé]rence|am[eé]lioration|effet)|(aller|sentir) mieux)\b"
)
# "how many acupuncture sessions does neck pain usually take?", "combien de séances faut-il pour
# le dos?": the number of sessions is the treatment course, whatever problem is named with it (not
# what a session costs, what a plan covers, or how long one lasts)
HOW_MANY_SESSIONS = re.compile(
    r"\bhow many (more )?(\w+ ){0,2}(sess?ions|visits|treatments|appointments|appts)\b(?!.{0,40}\b(covered|cover|insurance|"
    r"plan|pay|cost|price|package|per (week|month)|a (week|month)|left)\b)|"
    # with the sessions told before it: "4 treatments in... how many do people usually need before deciding?"
    r"\bhow many (do|does|would|will|should|did) (people|patients|folks|most people|i|you|we|they) (usually |normally |"
    r"typically |generally |tend to )?(need|have|get|go for|end up (needing|having))\b|"
    r"\bcombien de (s[eé]ances|traitements|rendez-vous|visites)\b(?!.{0,40}\b(couvert\w*|rembours\w*|assurance|co[uû]t\w*|"
    r"prix|payer|forfait|par (semaine|mois))\b)"
)
# "j'ai encore des courbatures. ça dure combien de temps?": how long "that" lasts, in French
THAT_LASTS_FR = re.compile(
    r"\b(ça|ca|cela|elles?|ils?) (dure|durent|va durer|vont durer|part|partent|reste|restent)\b.{0,15}"
    r"\bcombien\b|\bcombien de (temps|jours)\b.{0,10}\b(ça|ca|cela|elles?|ils?) (dure|durent|reste|restent|"
    r"part|partent|va durer)\b"
)
# "est-ce que c'est dangereux?", "is it safe?": the question sentence asks about safety.
ASKS_SAFE = re.compile(
    r"\b(is|are) (it|this|that|they|dry needling|acupuncture|ims|needling) (\w+ ){0,2}(safe|dangerous|risky)\b|"
    r"\b(any|what are the|what're the)( real| actual| main| biggest| possible| potential)? (risks?|dangers?)\b|"
    r"\b(est-ce que c'est|est-ce|c'est|c'est-tu|est ce que c'est) (vraiment |trop |pas )?(dangereu\w*|"
    r"s[eé]curitaire|risqu[eé]\w*|sûre?)\b|\b(des|quels sont les) (risques|dangers)\b"
)
# "a buddy got a collapsed lung from needling. should I be worried about that?", "dois-je
# m'inquiéter?": whether a risk told applies to the patient
WORRIED_ABOUT = re.compile(
    r"\b(should|do|would|must|need) (i|we) (\w+ )?(need to |have to |to )?(be )?(worried|concerned|nervous|scared|afraid|worry) "
    r"(about|of) (that|this|it|the same|something like that|that happening)\b|"
    r"\b(dois|devrais|faut)(-je| je|-il|-tu)? (\w+ )?(m'|s')inqui[eé]t\w*\b"
)
# "How many needles do they use?" is about the needles, not the course of treatment.
HOW_MANY_NEEDLES = re.compile(
    r"\bhow many (needles|needels|neeldes|pins)\b|\bcombien d'aiguilles\b|"
    # the needles of the last answer by a pronoun: "vous en mettez combien?", "combien vous en plantez?",
    # "how many do you usually put in?"
    r"\ben (mettez|met|mets|mettent|plantez|plante|plantent|posez|pose|posent|utilisez|utilise|utilisent) combien\b|"
    r"\bcombien (est-ce que |est-ce qu')?(vous |tu |il |elle |ils |elles |on )?en (mettez|met|mets|mettent|plant\w*|pos\w*|utilis\w*)\b|"
    r"\bhow many (of them |of those )?(do|does|will|would|did) (you|they|she|he|the physio|the acupuncturist) "
    r"(usually |normally |typically )?(put in|stick in|insert|use)\b"
)
# "got 26 of them, how many do they usually use?", "combien ils en mettent d'habitude?": the number
# of needles, said with "how many" alone after the needles were named in the story
HOW_MANY_USED = re.compile(
    r"\bhow many (do|does|will|would|should|did|can) (they|you|acupuncturists?|physios?|practitioners?|people|most "
    r"(people|places|clinics)|she|he|the \w+) (\w+ ){0,2}(use|put in|stick in|put|place|insert)\b|"
    r"\bhow many (is|are) (normal|usual|typical|a lot|too many)\b|"
    r"\bcombien (ils|elles|vous|on) en (met|mettent|mettez|utilise\w*|pose\w*|plante\w*)\b|"
    r"\bcombien en (mettent|utilisent|posent)[- ](ils|elles)\b"
)
# "Are the needles thrown away after?", "les aiguilles sont jetées après la séance?": what happens
# to the needles is their hygiene (the safety entry), not after-care, whatever "after" suggested.
NEEDLES_DISPOSED = re.compile(
    r"\b(needles?|aiguilles?)\b.{0,30}\b(thrown (away|out)|tossed|binned|discarded|disposed|reused?|re-used|"
    r"jet[eé]e?s|jetables?|[aà] usage unique|r[eé]utilis\w*|(mises?|va|vont) [aà] la poubelle)\b|"
    r"\b(throw|toss|bin|discard|dispose of|jette[nz]?|jetez) (away |out )?(the |les |vos |your |their )?(needles?|aiguilles?)\b|"
    # cleaned and used again, or kept for the patient's next visit: "do you throw them out or clean
    # them and use them again?", "il me donnait mes aiguilles dans un sachet pour la prochaine fois"
    r"\b(clean|wash|sterili[sz]e|nettoy\w*|st[eé]rilis\w*) (them|the needles|les aiguilles|les) (\w+ )?(and|et) "
    r"(re-?use|use (them )?again|r[eé]utilis\w*)\b|"
    r"\b(needles?|aiguilles?)\b.{0,60}\b(for next time|for the next (time|session|visit)|(pour|[aà]) la prochaine "
    r"(fois|s[eé]ance)|to take home|in a (bag|baggie|pouch)|dans un (sachet|sac)|[aà] (la|ma) maison)\b|"
    r"\b(my own|mes propres) (set of )?(needles|aiguilles)\b"
)
# "will you open a fresh pack of needles in front of me?", "des aiguilles neuves à chaque fois?":
# whether the needles are new and sterile is their hygiene (the safety entry)
FRESH_NEEDLES = re.compile(
    r"\b(fresh|new|sealed|unopened|brand[- ]new|single[- ]use|sterile|unused) (pack|packet|box|set|batch)? ?(of )?"
    r"(needles?|pins?)\b|\b(open|unwrap|unseal)\w* (a |the |them |it |each |every )?(\w+ ){0,4}(in front of me|"
    r"where i can see|before my eyes)\b|"
    r"\baiguilles? (neuves?|st[eé]riles?|jamais utilis[eé]es?|sous emballage)\b|\b(nouvelles?|neuves?) aiguilles\b|"
    r"\b(ouvr\w*|d[eé]ball\w*) (le |un |les |des )?(paquet|sachet|emballage)s?\b.{0,40}\bdevant moi\b"
)
# "Is IMS done by doctors or physios?" asks who gives the treatment.
WHO_DOES = re.compile(
    # "who usually does IMS": an adverb between is the same question
    r"\b(who (usually |normally |typically |generally |actually |mostly )?(does|do|can do|performs?|is allowed to do|gives?|offers?|practi[cs]es?)|(done|performed|given) by|"
    r"(c'est |est )?(fait|faite|pratiqu[eé]e?|donn[eé]e?) par|qui (le|la|l'|en) (fait|pratique|peut faire|offre|donne))\b"
)
# "and who does it, a physio?", "pis c'est qui qui fait ça?", "qui pratique ça, un kiné?": who gives
# the treatment talked about (never "who do I talk to")
WHO_DOES_IT = re.compile(
    r"\bwho (usually |normally |typically |generally |actually |mostly )?(does|do|gives?|performs?|offers?|practi[cs]es?|would do) (it|this|that|them|ims|dry needling|acupuncture|"
    r"the (needling|treatment|needles))\b|"
    r"\b(c'est )?qui (qui )?(fait|pratique|donne|offre|fera) (ça|ca|cela|ce traitement|l'ims|l'acupuncture|le dry needling|"
    r"la puncture s[eè]che|les aiguilles)\b"
)
BECOME_ONE = re.compile(
    r"\bhow (do|can|would|could|should) (i|you|someone|one) become an? (acupuncturist|physio\w*|practitioner)\b|"
    r"\b(become|becoming|train(ing)? as|study to be) an? (acupuncturist|ims practitioner)\b|"
    r"\bdevenir (acupuncteur|acupunctrice|physioth[eé]rapeute|kin[eé])\b"
)
# "Is it even legal here? who regulates it", "do acupuncturists learn proper anatomy too?": who
# may give it and how they are trained is about the practitioners.
REGULATED = re.compile(
    r"\b(legal|illegal|legally|regulat\w*|licen[cs]\w*|scope of practice|r[eé]glement\w*|l[eé]gal\w*|"
    r"ordre professionnel)\b|\b(do|did|does|are|were|is) (they|acupuncturists?|physios?|physiotherapists?|"
    r"practitioners?|chiropractors?|doctors?|the (practitioner|acupuncturist|physio)) (\w+ ){0,2}(learn|learnt|"
    r"learned|study|studied|train\w*|taught|qualified|certified)\b"
)
# "My PT did 2 weekends of training for dry needling. Is that really enough?": whether their
# training is enough is about the practitioners.
TRAINING_ENOUGH = re.compile(
    r"\b(training|trained|course|courses|certif\w*|qualif\w*|formation|form[eé]e?)\b.{0,80}(\b(enough|"
    r"sufficient|legit|qualified|suffisant\w*|assez)\b|"
    # "a weekend course. is that allowed?", "only a short course. is that the same as a registered acupuncturist?"
    r"\b(is|was|are) (that|this|it|he|she|they) (even |really |actually )?(allowed|legal|ok|okay|regulated)\b|"
    r"\bsame (thing )?as (seeing |going to |having )?(a|an) (registered|licen[cs]ed|qualified|certified|real|proper)\b|"
    r"\b(est-ce|c'est|c'est-tu) (permis|l[eé]gal|correct)\b)"
)
# "a monthly tune-up even when nothing is wrong, do people do that?": regular sessions kept up
# with no complaint are the course of treatment (how often, how long), not how a session is done.
TUNE_UP = re.compile(
    r"\b(tune-?ups?|maintenance (sessions?|treatments?|visits?|plan|care|acupuncture|needling)|(for|as) maintenance|"
    r"(even )?(when|if) nothing('?s| is)? (really |actually |particularly )?(wrong|hurting|hurts|bothering me)|"
    r"when (i'?m|i am|you'?re|you are|they'?re|they are) not (hurt|injured|sore|in pain)|"
    # "as prevention, a few times a year?", "en prévention, régulièrement?"
    r"((as|for) (a )?(prevention|preventive|preventative)( (care|measure|thing))?|preventively|preventatively|"
    r"(en|de fa[cç]on|[aà] titre) pr[eé]venti(f|ve|on))(?! (of|for|against|de|des|du|contre|pour)\b)|"
    r"to stay (healthy|well|in shape)|keep (me|myself) (healthy|well|in shape)|"
    r"(s[eé]ances?|traitements?|visites?) d'entretien|en entretien|pour (l'|m')entretien|"
    r"(m[eê]me )?quand (tout va bien|je n'ai (rien|pas mal|aucun probl[eè]me))|m[eê]me sans (douleur|probl[eè]me|bobo)|"
    r"rester en (bonne )?sant[eé]|"
    # "regularly for wellness, like a monthly reset", "juste pour le bien-être, régulièrement"
    r"(regularly|regular(ly)? (sessions?|visits?)|every (month|few weeks)|monthly|weekly) (\w+ ){0,2}(for|as) (general |overall |my )?"
    r"(wellness|well-?being|health|self-?care)|(just |purely |only )?for (general |overall )?['\"‘’“]?(wellness|well-?being)(?!['\"‘’”]? (centre|center|clinic|spa))|"
    r"(monthly|weekly|regular) (reset|top-?ups?|recharge)|"
    # "nothing's actually hurting, im just worn down. can i get acupuncture regularly as a wellness thing?"
    r"(as|for) (a |an |my )?(general |overall )?(wellness|well-?being|self-?care) (thing|routine|habit|ritual)|"
    r"nothing('?s| is) (actually |really |particularly )?(hurting|wrong|bothering me)\b.{0,120}"
    r"\b(regularly|every (week|month|few weeks)|monthly|weekly|on a regular basis)|"
    r"(r[eé]guli[eè]rement|chaque mois|tous les mois) (\w+ ){0,2}pour (le |mon |son )?bien-[eê]tre|pour (le |mon )?bien-[eê]tre( g[eé]n[eé]ral)?)\b"
)
# Whether the sessions go on for ever or come to an end: "will I need acupuncture forever?",
# "is there an end point or do I keep going for life?", "faut-il y aller toute sa vie?" (the course)
NO_END = re.compile(
    r"\b(need|needs|have to|has to|got to|gotta|must|keep|keeps|keeping|go|going|come|coming|continue|continuing|"
    r"be doing|stuck|get|getting|doing|do)\b( \S+){0,5}? (forever|for ever|for life|for the rest of (my|your|his|her|their) "
    r"li(fe|ves)|indefinitely|endlessly|non-?stop)\b|"
    r"\b(is there|there is|there's|theres|will there be|is it|with) (ever )?(an? |any |some )?(end ?point|end date|end to (it|this|them|the \w+)|"
    r"finish line|end in sight|point where (i|you|we|they|people) (can )?stop)\b|"
    r"\b(when|will) (do|can|does|would|will|could) (i|you|we|they|people|she|he) (ever |finally )?(get to )?stop (going|coming|"
    r"needing|getting|having)\b|"
    r"\b(faut|faudra|faudrait|dois|devrai|devrais|devra|doit|continuer|aller|venir|revenir|y aller|suivre)\b( \S+){0,5}? "
    r"(pour toujours|[aà] vie|toute (ma|sa|leur|ta|votre|notre) vie|ind[eé]finiment|sans fin|[eé]ternellement|"
    r"sans arr[eê]t)\b|"
    r"\b(y a-t-il|y a t il|il y a|est-ce qu'il y a|y'a|ya|y aura-t-il) (une |un )?(fin|point final|date de fin|"
    r"moment o[uù] (on|je|j') ?(peu[xt] |pourra\w* )?arr[eê]te\w*)\b"
)
# Soreness that lasted days after a session: "c'est normal d'avoir eu mal pendant 2 jours?",
# "my neck ached for three days after", "sore for a couple of days afterwards" (after-care)
SORE_FOR_DAYS = re.compile(
    r"\b(sore\w*|stiff\w*|ach(e|ed|es|ing|y)|hurt|hurts|hurting|tender|bruised|mal|douleurs?|courbatur\w*|raides?|"
    r"endolori\w*|sensibles?)\b.{0,30}\b(for|pendant|durant|during|over) (the next |the following |les )?"
    r"(\d+|two|three|four|a couple( of)?|a few|several|deux|trois|quatre|quelques|plusieurs) (days?|jours?)\b"
)
TRADITION_WORDS = re.compile(
    r"\b(qi|chi|meridians?|chinese medicine|tcm|yin|yang|energy|[eé]nergie|m[eé]decine chinoise|"
    r"m[eé]ridiens?)\b"
)
# "what are meridians exactly?", "c'est quoi le qi?": what the traditional ideas are (origins),
# not what the treatment is nor how it feels
WHAT_TRADITION_IS = re.compile(
    r"\bwhat('?s| is| are|re)? (a |an |the |these |those |all these |all the |this |that )?(meridians?|meridans?|"
    r"meridiens?|qi|chi|yin and yang|yin[- ]yang|energy (lines|channels|pathways|meridians))\b|"
    r"\b(meridians?|meridans?|qi|chi)\b.{0,40}\b(what (are|is) (they|that|it|those)|what (does|do) (that|it|they) mean)\b|"
    r"\b(explain|tell me about) (the |these |those )?(meridians?|qi|chi)\b|"
    r"\b(c'est quoi|qu'est-ce que c'est|que sont|explique[rz]?(-moi)?) (exactement |au juste )?(les |le |la |un |une |ces |ses )?"
    r"(m[eé]ridiens?|qi|chi|yin et (le )?yang|[eé]nergie vitale)\b|"
    r"\b(les |le )?(m[eé]ridiens?|qi)\b.{0,40}\b(c'est quoi|qu'est-ce que c'est|[cç]a veut dire quoi)\b"
)
LESS_SCARY = re.compile(
    r"\b(less (scary|frightening|stressful|nerve-?wracking)|easier|calm (me )?down|cope|get through|"
    r"moins (stressant|effrayant|angoissant)|plus facile|me calmer)\b"
)
# Asked with a fear of needles: whether to try it at all, whether one would cope, what to know
# first ("should i even try this?", "could someone like me handle it?", "je devrais essayer?")
FEAR_QUESTION = re.compile(
    r"\b(should|do|would|can) (i|we) (even |really |still )?(try|do|bother|go (for|ahead)|book|give it|attempt)\b|"
    r"\b(could|would|can|will|do) (i|someone like me|people like me|a person like me) (even |ever |actually )?"
    r"(handle|cope|manage|tolerate|stand|take|get through|survive|deal with)\b|"
    r"\b(anything|what|things?) (i |we )?(should|do i need to|need to|ought to|must|to)( i| we)? know\b|"
    r"\b(someone|people|a person|folks) like me\b|"
    # "any advice for someone who's scared?", "des conseils pour quelqu'un qui a peur ?"
    r"\b(someone|somebody|anyone|people|a person|folks|those|us) (who'?s|who is|who are|who gets?|that'?s|that is|that are) "
    r"(so |really |very |super |totally )?(scared|afraid|terrified|nervous|anxious|phobic|petrified|squeamish|frightened)\b|"
    r"\b(advice|tips?|tricks?|help) (for|with) (my |the |a |this )?(fear|nerves|anxiety|phobia|panic)\b|"
    r"\b(quelqu'un|une personne|les gens|ceux|celles) qui (a|ont|avez|est|sont) (tr[eè]s |vraiment )?"
    r"(peur|la phobie|phobiques?|angoiss[eé]\w*|stress[eé]\w*|nerveu\w*)\b|"
    r"\b(conseils?|trucs?|astuces?) (pour|contre) (ma |la |cette )?(peur|phobie|angoisse|nervosit[eé])\b|\b(is|would) (it|this|that) (be )?(for me|a good idea|a bad idea)\b|"
    r"\b(devrais|dois|devrait|pourrais)(-je| je)? (quand m[eê]me |vraiment )?(essayer|tenter|y aller)\b|"
    r"\b(quelqu'un|une personne|les gens) comme moi\b|\b(je vais|je pourrais|vais-je|pourrais-je) (le )?(supporter|tenir|g[eé]rer)\b|"
    r"\b(que|qu'est-ce que|quoi) (je )?(dois|devrais|faut|faudrait)( \w+)? savoir\b"
)
# What to know before trying it, asked with a fear of needles told ("what should I know before trying
# acupuncture?", "qu'est-ce que je dois savoir avant?"); whether it is safe or risky asked is safety's
KNOW_BEFORE_TRYING = re.compile(
    r"\b(anything|what|things?) (i |we )?(should|do i need to|need to|ought to|must|to)( i| we)? know\b|"
    r"\b(que|qu'est-ce que|quoi) (je )?(dois|devrais|faut|faudrait)( \w+)? savoir\b"
)
RISK_ASKED_WITH_A_FEAR = re.compile(
    r"\b(safe\w*|risks?|risky|dangers?|dangerous|side[- ]effects?|s[eé]curitaire|s[uû]re?s?|sans danger|risqu\w*|"
    r"dangereu\w*|effets? secondaires?)\b"
)
# Where the needles go compared with where it hurts: the technique entries (needles placed
# away from the pain, around the sore spot, at the spine for a leg pain).
WHERE_NEEDLES_GO = re.compile(
    r"\b(go|goes|going|put|stuck|placed|inserted) (in )?(right )?where (it|the pain) (actually |really )?(hurts|is)\b|"
    r"\b(not|never|but not|instead of) (on |in |into |at )?the (sore|painful|bad) (spot|area|bit|part|place)\b|"
    r"\b(away from|far from|nowhere near) (the|where it|my) (pain|sore|hurts)\w*\b|"
    r"\bwhat (hurts|aches) but\b.{0,40}\bneedles?\b|\b(hurts|aches|is sore|is the issue|is the problem)\b.{0,40}\bbut\b"
    r".{0,60}\bneedle\w*\b.{0,40}\b(in|into|on) (my |her |his |the )?\w+|"
    r"\b(pas (sur|dans) (l'endroit|la zone|le point) (qui fait mal|douloureu\w*)|loin de (la douleur|l'endroit))\b|"
    # "why around it and not on it?", "a ring of them around it, why not just on it?", "autour et pas dessus?"
    r"\b(around|round|near|next to|beside|surrounding) (it|the (sore|painful|bad|tender) (spot|area|bit|part|place|point))\b"
    r".{0,25}\b(and|but|instead of|rather than|not)\b.{0,10}\b(on|in|into|at) (it|the (sore|painful|bad|tender) \w+)\b|"
    r"\bwhy (not )?(just )?(on|in|into) (it|the (sore|painful|bad) \w+) (itself|directly)?\W*(and|but|instead|rather)\b|"
    r"\b(autour|tout autour|[aà] c[oô]t[eé])\b.{0,40}\b(et|mais|au lieu de|plut[oô]t que) (pas |de )?(directement )?"
    r"(dessus|sur (le point|l'endroit|la zone))\b|"
    # "why the calf when it's my heel that hurts?", "needle my CALF not my foot", "pourquoi le
    # mollet alors que c'est le talon qui fait mal?"
    r"\bwhy (the|my|her|his|in (the|my)) \w+ (when|if|but|and not|instead of)\b.{0,40}\b(hurts?|hurting|aches?|aching|"
    r"sore|pain|problem|issue)\b|"
    r"\b(needl\w*|treat\w*|work\w* on|put (the )?needles in) (my|the|her|his) \w+,? (and |but )?(not|instead of) "
    r"(on |in )?(my|the|her|his) \w+\b|"
    r"\bpourquoi (le|la|les|mon|ma|mes|dans (le|la|mon|ma)) \w+ (alors que|quand|si|mais) c'est (mon|ma|le|la|mes|les) "
    r"\w+ qui (me )?(fait|font) mal\b|"
    # "had IMS on his back but the pain is in his leg??", "needles in my hip but the problem's in my knee",
    # "des aiguilles dans le dos mais la douleur est dans la jambe"
    r"\b(on|in|into|at) (my|his|her|their|the) \w+,? but (the |my |his |her |their )?(pain|problem|issue|ache|soreness|hurt)"
    r"( i?s|'s| was)? (all )?(in|on|down) (my|his|her|their|the) \w+|"
    r"\b(dans|sur|au) (le |la |les |mon |ma |son |sa )?\w+,? mais (la |ma |sa )?(douleur|probl[eè]me|mal) (est|[eé]tait) "
    r"(dans|sur|au) (le |la |les |mon |ma |son |sa )?\w+|"
    # "he's asking why they did his back", "why did she needle my hip?", "pourquoi ils ont piqué son dos?"
    r"\bwhy (did |do |would )?(they|she|he|the physio|the acupuncturist|the pt) (did|do|needled?|treated?|worked on|work on|"
    r"went for|go for) (my|his|her|their|the) \w+\b|"
    r"\bpourquoi (ils|elles|il|elle|on) (ont|a) (piqu[eé]|trait[eé]|travaill[eé]) (sur )?(mon|ma|son|sa|le|la|leur) \w+"
)
# "Lequel fait le plus mal, l'acupuncture ou l'IMS?" compares the treatments on one aspect: it
# asks about that aspect (pain, length, sessions, cover, research, safety), not which to choose
# nor how they differ in general. The French classifier, with fewer examples, leaned to those.
COMPARES_FR = re.compile(
    r"\b(lequel|laquelle|lesquels|lesquelles|des trois|des deux|entre les (deux|trois)|"
    r"c'est quoi (le|la) (plus|moins)|qu'est-ce qui)\b"
)
MORE_OR_LESS_FR = re.compile(
    r"\b(le|la|les) (plus|moins)\b|\b(plus|moins)\b.{0,30}\bqu(e\b|')|\b(pire|mieux)\b"
)
WORSE_THAN_FR = re.compile(
    r"\b(pire|plus douloureu\w*|moins douloureu\w*|(fait|fais|fera) (plus|moins) mal) qu(e\b|')"
)
# The same in English: "which one's more uncomfortable, dry needling or acupuncture?"; also a
# superlative asked of the named treatments ("is acupuncture, dry needling or IMS the gentlest?")
COMPARES_EN = re.compile(
    r"\b(which|what) (one|ones|of (them|these|those|the (two|three))|treatment|technique|method)?\b.{0,40}"
    r"\b(more|less|most|least|longer|longest|shorter|shortest|fewer|fewest|safer|safest|"
    r"cheaper|worse|worst)\b|"
    r"\bthe (gentlest|softest|safest|least (painful|uncomfortable|sore)|most (painful|uncomfortable|comfortable|gentle))\b|"
    r"\b(hurts?|is) (the )?(least|most)\b"
)
COMPARED_ASPECT_EN = [
    ("treatment_course", re.compile(r"\b(sessions|visits|appointments|treatments)\b")),
    (
        "sensation",
        re.compile(
            r"\b(hurts?|painful|pain|uncomfortable|comfortable|discomfort|sore|worse|worst|gentle\w*|gentlest)\b"
        ),
    ),
    (
        "session_length",
        re.compile(r"\b(longer|longest|shorter|shortest|takes? (more|less|the most|the least) time)\b"),
    ),
    ("insurance", re.compile(r"\b(covered|coverage|insurance|reimburs\w*)\b")),
    ("evidence", re.compile(r"\b(research|evidence|proven|studies|science)\b")),
    ("safety", re.compile(r"\b(safer|safest|risk\w*|dangerous)\b")),
]


BASED_ON_FR = re.compile(
    r"\b(reposen?t? sur|bas[eé]e?s? sur|fond[eé]e?s? sur|fondements?|th[eé]ories?|"
    r"sur (quoi|quelles? (id[eé]es?|principes?|bases?)) (repos\w*|se bas\w*|est bas\w*|sont bas\w*))\b"
)
# The same in English: "what's the idea behind that?", "where did IMS even come from?"
IDEA_BEHIND = re.compile(
    r"\b(idea|theory|thinking|logic|rationale|principle|science) behind\b|\b(built|based|founded) on\b|"
    r"\bwhere (did|does|do) (it|this|that|they|\w+ )*(come|came) from\b|\bl'id[eé]e derri[eè]re\b|"
    r"\b(c'est|est) bas[eé]e? sur quoi\b|\bd'o[uù] (ça|ca|elle|il) vient\b|\b(ça|ca|il|elle) vient d'(un|une|o[uù])\b"
)
# who invented or first came up with a treatment ("who came up with dry needling?", "qui a inventé
# l'IMS ?"): where it comes from (origins), not the research
WHO_INVENTED = re.compile(
    r"\bwho (first )?(invented|came up with|created|developed|discovered|thought up|started)\b|"
    r"\b(qui (l'|les )?a (invent[eé]|cr[eé][eé]|d[eé]velopp[eé]|mis au point|d[eé]couvert)|qui est (l'inventeur|le fondateur))\b"
)
# needling asked of alongside the other care had ("can I do acupuncture alongside physio?", "could she get
# IMS on top of her rehab?", "je peux faire de l'acupuncture en plus de ma physio ?"): choosing and combining
ALONGSIDE_OTHER_CARE = re.compile(
    r"\b(can|could|may|should|is it (ok|okay|fine|possible|safe) to|would it be (ok|okay|fine) to) (i |we |you |he |she |they )?"
    r"(still )?(do|have|get|try|add|keep|combine|mix|book)\b[^.?!]{0,40}\b(alongside|along with|on top of|as well as|together with|"
    r"in addition to|at the same time as|while (i'?m |i am |he'?s |she'?s )?(doing|having|seeing|in)) (my |the |her |his |their |some |regular |a |an )?"
    r"(physio\w*|physical therap\w*|pt|chiro\w*|massage\w*|rmt|osteo\w*|rehab\w*|kin\w*|exercises?)\b|"
    r"\b(peu[xt]|puis|pourrai[st]?|pourrait|peut-on|on peut|est-ce que je peux)\b[^.?!]{0,50}\b(en plus de|avec|en m[eê]me temps que|"
    r"pendant) (la |ma |sa |mes |ses |les |mon |son )?(physio\w*|chiro\w*|massoth[eé]rap\w*|ost[eé]o\w*|kin[eé]\w*|r[eé]adaptation|exercices)\b"
)
# "... a big study says it works, but not that much. what's the verdict?": the question asks
# what to make of the study told before it.
ASKS_VERDICT = re.compile(
    r"\b(verdict|is (that|it|this) (true|right|legit|accurate)|true or|what do you (think|make of)|"
    r"c'est (vrai|quoi le verdict)|qu'en (pensez|penses)|vrai ou|est-ce (vrai|exact))\b"
)
# A study or trial the patient read about asks what the research says.
STUDY_SAYS = re.compile(
    r"\b(a|an|the|this|that|one|new|big|recent|large|une|cette|la|grosse|nouvelle)( \w+)? "
    r"(study|studies|trial|review|meta-?analysis|[eé]tude|essai)\b"
)
# A claim the patient read, saw or heard in the media that a treatment helps a problem ("an article
# says acupuncture helps knee arthritis, is that true?", "a tiktok said dry needling cures sciatica.
# can it?", "un article dans le journal disait que l'acupuncture soulage les migraines, c'est vrai?"):
# whether it helps is what the research says, whatever the claim was read in.
CLAIM_SOURCE = re.compile(
    r"\b(articles?|story|stories|news|headlines?|papers?|newspapers?|magazines?|posts?|videos?|tiktoks?|reels?|blogs?|"
    r"forums?|podcasts?|documentar(y|ies)|segment|reportages?|journal|journaux|vid[eé]os?|[eé]missions?|publications?)\b"
    r"|\b(read|saw|seen|heard|lu|vu|entendu)\b.{0,30}\b(online|on (the )?(internet|news|tv|facebook|instagram|youtube|reddit)|"
    r"en ligne|sur (internet|facebook|instagram|youtube)|[aà] la (t[eé]l[eé]|radio))\b"
)
CLAIM_HELPS = re.compile(
    r"\b(helps?|helped|helping|works?|worked|cures?|cured|fix(es|ed)?|reduces?|reduced|cuts? (them |it |those )?(down|back)|"
    r"eases?|eased|relieves?|relieved|treats?|good for|effective|aide|aident|aidait|soulage\w*|gu[eé]ri\w*|marche|"
    r"fonctionne|efficace|diminu\w*|r[eé]dui\w*)\b"
)
CLAIM_ASKED = re.compile(
    r"\b(is (that|it|this) (really |actually )?(true|right|legit|accurate|so)|true\?|really\?|"
    r"(can|does|could|will|would|do) (it|that|this|they)( (really|actually|help|work))?\W*$|"
    r"(does|do|can|could) (it|that|this|they|acupuncture|dry needling|ims|needling) (really |actually )?(help|work)|"
    r"c'est (vrai|exact|juste)|vrai\W*$|[cç]a (marche|fonctionne|aide) (vraiment|pour de vrai)|"
    r"(est-ce que )?[cç]a (peut|pourrait) (vraiment )?(aider|marcher))"
)
# whether the one who needles is trained well enough ("are they properly trained?", "is your
# acupuncturist fully qualified or is it a weekend course?", "sont-ils vraiment formés ?"): who gives it
PROPERLY_TRAINED = re.compile(
    r"\b(properly|fully|actually|really|adequately|appropriately|formally) (trained|qualified|certified|licen[cs]ed|registered)\b|"
    r"\b(a|some|one|just a|only a) (weekend|week-end|two-day|2-day|one-day|short|online) (course|workshop|certificate)\b|"
    r"\b(bien|vraiment|correctement|d[uû]ment|r[eé]ellement) (form[eé]e?s?|qualifi[eé]e?s?|certifi[eé]e?s?|dipl[oô]m[eé]e?s?)\b|"
    r"\b(formation|cours) (d'une|de quelques|d'un) (fin de semaine|week-end|weekend|jours?)\b"
)
COMPARED_ASPECT_FR = [
    ("treatment_course", re.compile(r"\b(s[eé]ances|rendez-vous|rdv|traitements|visites|fois)\b")),
    ("sensation", re.compile(r"\b(mal|douloureu\w*|douleur|pique le plus|fait le plus)\b")),
    ("session_length", re.compile(r"\b(long|longue|longs|longues|dure|durent|dur[eé]e|temps)\b")),
    ("insurance", re.compile(r"\b(rembours\w*|couvert\w*|assurances?|mutuelles?)\b")),
    (
        "evidence",
        re.compile(r"\b(recherches?|preuves?|[eé]tudes?|prouv[eé]\w*|scientifique\w*|efficace\w*)\b"),
    ),
    ("safety", re.compile(r"\b(s[eé]curitaire\w*|s[uû]re?s?|risqu\w*|dangereu\w*)\b")),
]
# "The bruise is getting bigger, should I get it looked at?" is about afterwards too.
BRUISE_GOES = re.compile(
    r"\bbruis\w*\b.{0,80}\b(go away|goes away|fade|heal|last|clear up|normal|getting (bigger|worse|darker)|"
    r"spreading|looked at|checked( out)?|see (a|my) (doctor|gp))\b|"
    # its colour changing as it heals: "the bruise has gone yellow and green, normal?", "mon bleu est devenu jaune"
    r"\bbruis\w*\b.{0,80}\b(turn\w*|gone|going|went|getting|looks?|is|now)( all| kind of| sort of| a bit)? "
    r"(yellow\w*|green\w*|purple|brown\w*|blu\w*|black)\b|"
    r"\b(bleus?|ecchymoses?)\b.{0,80}\b(jaun\w*|vert\w*|violet\w*|brun\w*|verdatre)\b|"
    r"\b(bleus?|ecchymoses?)\b.{0,80}\b(part|partir|dispara[iî]\w*|dure\w*|gu[eé]ri\w*|normal)\b"
)


# "how long is an acupuncture session?", "how long does dry needling take?", "combien de temps dure une
# séance ?", "ça dure combien de temps, un rendez-vous d'IMS ?": how long a session is (session_length),
# whatever the story around it; never how long before it works, how many sessions, nor soreness lasting.
SESSION_HOW_LONG = re.compile(
    r"\bhow long (is|are|does|do|will|would) (an? |the |each |one |your |my |her |his |their |those |these )?"
    r"((acupuncture|acu|dry needling|needling|ims|physio|first|usual|typical|normal|follow-?up) )*"
    r"(sessions?|appointments?|appts?|visits?|treatments?)\b( usually| normally| typically| last| take| run| go)?\b|"
    r"\bhow long (does|do|will|would) (an? |the )?(acupuncture|acu|dry needling|needling|ims|it) "
    r"(session |appointment |treatment )?(usually |normally |typically )?(take|last)\b(?! (to|before|until|for (it|me|you) to))|"
    r"\bhow many minutes (is|are|does|do)\b|"
    r"\bcombien de (temps|minutes)\b.{0,25}\b(dure|durent|prend|prennent)\b.{0,20}\b(s[eé]ances?|rendez-vous|rdv|traitements?)\b|"
    r"\b(s[eé]ances?|rendez-vous|rdv)\b.{0,25}\b(dure|durent|prend|prennent)\b.{0,10}\bcombien de (temps|minutes)\b|"
    r"\b(dure|durent) combien de (temps|minutes)\b.{0,25}\b(s[eé]ances?|rendez-vous|rdv)\b|"
    r"\bla dur[eé]e d'une s[eé]ance\b"
)
# A bleed where a needle came out, or a bruise, asked whether it is normal, a worry or something to
# tell ("a bit of blood when the needle came out, is that a thing?", "un peu de sang quand elle a retiré
# l'aiguille, c'est normal ?"): after-care, not the course of treatment nor the technique.
_BLED = r"\b(bled|bleed\w*|blood|drops? of blood|bruis\w*|saign\w*|sang|goutte de sang|bleus?|ecchymoses?)\b"
MARK_ASKED = re.compile(
    _BLED
    + r".{0,120}\b(is (that|this|it) (a thing|ok|okay|fine|expected|common|weird|bad|usual|just normal|normal)|"
    r"should i (be )?(worr\w*|concerned|mention|tell)|(a )?cause for concern|anything to worry|"
    r"c'est (normal|grave|correct|inqui[eé]tant)|je (dois|devrais) (m'inqui[eé]ter|le dire|en parler))"
)
# its colour asked about as it heals, in a follow-up on a bruise: "it's gone yellowish green now, is that
# healing?", "il est rendu jaune-vert, c'est normal ?"
COLOUR_CHANGE = re.compile(
    r"\b(turn\w*|gone|going|went|getting|looks?|now|rendu|devenu|devient|vir[eé])( all| kind of| sort of| a bit| tout)? "
    r"(yellow\w*|green\w*|purple|brown\w*|jaun\w*|vert\w*|violet\w*|brun\w*)\b"
)


# "How thin are acupuncture needles compared to a flu shot?": the needles themselves (their
# thickness), not how the treatments differ. Length and depth in numbers are declined (rule 4).
SIZE_OF_NEEDLES = re.compile(
    r"\bhow (thin|thick|fine|big|small|wide|sharp)\b.{0,30}\b(needles?|pins?)\b|"
    r"\b(needles?|pins?)\b.{0,30}\b(thinner|thicker|thickness|diameter|gauge|finer|bigger|smaller)\b|"
    r"\b(grosseur|[eé]paisseur|diam[eè]tre|finesse) des aiguilles\b|"
    r"\baiguilles? (sont |est )?(\w+ )?(plus )?(fines?|[eé]paisses?|grosses?)\b"
)
# ...or asked of "they" with the needles told before it: "how thick are they?", "elles sont épaisses
# comment?", "c'est gros comment?", "quelle grosseur?"
SIZE_ASKED = re.compile(
    r"\bhow (thin|thick|fine|big|small|wide|long|sharp) (are|is|were) (they|them|these|those|the ones|it|theirs)\b|"
    r"\b(sont|est|c'est) (\w+ )?([eé]paisses?|grosses?|gros|fines?|longues?|grandes?|minces?) comment\b|"
    r"\b(quelle|de quelle) (taille|grosseur|[eé]paisseur|longueur|finesse)\b|"
    r"\b(grosses?|[eé]paisses?|fines?|longues?|minces?) comment\b"
)


def _size_asked(a: "Asked") -> bool:
    return bool(
        SIZE_OF_NEEDLES.search(a.text)
        or (SIZE_ASKED.search(a.text) and re.search(r"\b(needles?|needels|pins|aiguilles?)\b", a.whole))
    )


# "Western medical acupuncture or the traditional Chinese kind?": the tradition behind it
WESTERN_OR_TRADITIONAL = re.compile(
    r"\b(western|medical|modern|scientific|occidental\w*|m[eé]dical\w*)\b.{0,60}\b(traditional|chinese|tcm|"
    r"traditionnel\w*|chinois\w*)\b|\b(traditional|chinese|tcm|traditionnel\w*|chinois\w*)\b.{0,60}\b"
    r"(western|modern|scientific|occidental\w*)\b"
)


# "Why is it called dry needling? dry compared to what?", "pourquoi on dit aiguilles sèches?": the
# name is about the needles (nothing injected through them), not how the treatments differ.
WHY_CALLED_DRY = re.compile(
    r"\bwhy (is it|it'?s|is this|do (they|you|people)) (called|call it|named)\b.{0,20}\bdry\b|"
    r"\bdry compared (to|with)\b|\bwhy ['\"]?dry['\"]?\b|\bwhat (does|is) (the )?['\"]?dry['\"]? (mean|about|for)\b|"
    # "what does the 'dry' in dry needling even mean", "le « sèche » dans puncture sèche veut dire quoi?"
    r"\b(the )?['\"]?dry['\"]? (in|of) ['\"]?dry needling\b|\b(le )?[«'\"]? ?s[eè]che ?[»'\"]? (dans|de) (la )?puncture s[eè]che\b|"
    r"\bpourquoi (on dit|on l'appelle|(elle )?s'appelle|appel\w*)\b.{0,30}\bs[eè]che\b|"
    # "dry as opposed to what?", "sèche par rapport à quoi?", "what's dry about it?"
    r"\b(dry|s[eè]che?s?)\b.{0,30}\b(as opposed to|compared to|versus|vs\.?|instead of|rather than|by contrast with|"
    r"par (opposition|rapport) [aà]|au lieu de|plut[oô]t que|contrairement [aà]) ?(what|quoi)\b|"
    r"\bwhat'?s (so |actually )?dry about (it|dry needling|the needles)\b|\bqu'est-ce qui est sec\b"
)
# "it hurt like a bee sting for a sec when it went in", "un coup de poignard quand l'aiguille est
# entrée": a brief sharp pain as the needle went in is how it feels (written rule 6), told as felt
INSERTION_STING = re.compile(
    r"\b(hurt|stung|felt|was|pinched|zapped|burned|burnt)( \w+){0,2} like (a|an) (bee ?sting|sting|pinch|bite|zap|jab|"
    r"shock|electric shock|bee|wasp|hot poker|knife|stab)\b|"
    r"\b(sharp|quick|sudden|hot|stinging) (sting|jab|pain|pinch|zap|prick|stab)\b.{0,50}\b(went in|going in|inserted|"
    r"insertion|put it in|pushed in|first went|when (it|the needle|she|he) (went|got) in)\b|"
    r"\b(stung|hurt|pinched|zinged|stabbed)\b.{0,40}\b(when|as) (it|the needle|the pin|she put it|he put it) (went|got|was going) in\b|"
    r"\b(coup de poignard|piq[uû]re (vive|forte|de gu[eê]pe|d'abeille)|pincement|br[uû]lure vive|d[eé]charge)\b.{0,60}"
    r"\b(aiguille|elle|il)\b.{0,20}\b(est |a )?(entr[eé]e|rentr[eé]e|pass[eé]e|piqu[eé]|perc[eé])\b|"
    r"\bquand (l'aiguille|elle) (est |a )?(entr[eé]e|rentr[eé]e|perc[eé] la peau)\b"
)
# Dozing off or falling asleep on the table is how a session can feel (written rule 6).
DOZED_OFF = re.compile(
    r"\b(doz\w*|nodded off|nod off|fell asleep|fall(ing|s)? asleep|drift\w* off|asleep|s'est endormie?|"
    r"me suis endormie?|endormie?s?|(m'|s'|t'|me |se |nous )endor\w*|snor\w*|ronfl\w*)\b"
)
# The feeling around a needle that stays in (de qi: an ache, heaviness or pressure at the point)
# is how it feels, not the qi theory: "is that ache around the needle the 'de qi' thing?"
# (French "méridiens et de qi", "parlait de qi", "manque de qi": the preposition, the theory of qi)
_OF_QI_FR = (
    r"(?<!\bet )(?<!\bou )(?<!\bparle )(?<!\bparler )(?<!\bparlait )(?<!\bparl[eé] )(?<!\bmanque )"
    r"(?<!\bplein )(?<!\bflux )(?<!\bcirculation )(?<!\bblocage )(?<!\bpeu )(?<!\btrop )"
)
DE_QI = re.compile(r"\b(da[ -]?qi|de-qi|deqi)\b|" + _OF_QI_FR + r"\bde qi\b")
FELT_AT_NEEDLE = re.compile(
    DE_QI.pattern + r"|"
    r"\b(ache|aching|achy|heav(y|iness)|pressure|dull|tingl\w*|warmth|numb\w*)\b.{0,20}\b(around|at|near|where|under) "
    r"(the|each|a|every|that) (needle|pin|point)s?\b|"
    r"\b(lourdeur|pression|douleur sourde|picotements?|chaleur|engourdissement)s? (\w+ ){0,2}(autour de|pr[eè]s de|[aà]) "
    r"(l'aiguille|chaque aiguille|l'endroit de l'aiguille|la pointe|l'aiguille)s?\b"
)
# "is dry needling something runners actually use?", "les sportifs font ça?": whether people with
# a sport's aches use it is what it is used for (conditions), not who gives it
SPORT_USES_IT = re.compile(
    r"\bsomething (that )?(\w+ ){0,2}(runners|athletes|cyclists|lifters|climbers|golfers|dancers|players|swimmers|"
    r"sports? (people|teams)|pro teams|marathoners|triathletes) (\w+ )?(use|get|do|try|swear by|rely on)\b|"
    r"\b(do|does|would) (\w+ ){0,2}(runners|athletes|cyclists|lifters|climbers|golfers|dancers|players|swimmers|"
    r"pro teams|sports teams|marathoners|triathletes) (actually |really |even |ever )?(use|get|do|try|swear by|rely on) "
    r"(it|this|that|dry needling|acupuncture|ims|needling)\b|"
    r"\b(les )?(coureurs|sportifs|athl[eè]tes|cyclistes|joueurs|danseu\w+|nageurs|marathoniens) (\w+ ){0,2}(utilisent|font|"
    r"essaient|ont recours [aà]|se font)\b.{0,30}\b([cç]a|l'acupuncture|le dry needling|l'ims|puncture|aiguilles)\b"
)
# "acupuncture or dry needling for a sore lower back?": which treatment to choose for a problem
_TREATMENT = r"(acupuncture|acu|dry needling|ims|l'acupuncture|la puncture s[eè]che|puncture s[eè]che|l'ims|dry needle)"
OR_FOR = re.compile(
    r"\b" + _TREATMENT + r",? (or|vs\.?|versus|ou) " + _TREATMENT + r" (for|pour|against|contre)\b"
)
# What was done told, then which treatment it was: "was that dry needling or acupuncture?",
# "is what she does IMS or just acupuncture?", "c'était de l'acupuncture ou du dry needling?"
# (the difference between them, not how either is done)
WHICH_WAS_IT = re.compile(
    r"\b(was|is|were|are) (that|this|it|what (she|he|they|my \w+) (did|does|do)) (really |actually |just )?(\w+ )?"
    + _TREATMENT
    + r",? or (just |more |really )?(\w+ )?"
    + _TREATMENT
    + r"\b|\b(c'[eé]tait|c'est|est-ce que c'[eé]tait|[cç]a [eé]tait) (vraiment )?(de l'|du |de la )?"
    + _TREATMENT
    + r",? ou (bien )?(de l'|du |de la )?"
    + _TREATMENT
    + r"\b"
)
# "One of the needles bled a tiny bit when she pulled it out": a drop of blood at a needle is
# after-care's subject, not the course of treatment or the research.
BLED_AT_NEEDLE = re.compile(
    r"\b(bled|bleed|bleeds|bleeding|drops? of blood|spots? of blood|dots? of blood|beads? of blood|(little|bit|touch) of blood|"
    r"blood (came|come|comes|coming) out|saign\w*|gouttes? de sang|(un peu|goutte) de sang)\b"
)
# "will dry needling leave marks on my legs? I bruise easily": the bruises a session can leave are
# after-care's subject, not the research or the course of treatment
LEAVES_MARKS = re.compile(
    r"\b(leave|leaves|leaving|left)( me)?( \w+){0,2} (marks?|bruis\w*|bruses|spots?|dots?)\b|\bbruise (so |really |very )?(easily|like)\b"
    r"|\b(laisse|laissent|laisser|laissera|laisseront)( \S+){0,2} (des |de )?(marques?|bleus|ecchymoses?|traces?)\b"
    r"|\bje marque (tr[eè]s |vraiment )?facilement\b"
)
# "Side effects my pharmacist told me to ask about": the risks, whatever the classifier guessed
SIDE_EFFECTS_ASKED = re.compile(r"\b(side[- ]?effects?|effets? (secondaires|ind[eé]sirables))\b")


def compared_aspect(q: Question, text: str) -> Optional[str]:
    """The aspect a French comparison of the treatments asks about ("lequel demande le plus de
    séances?" is about the course of treatment), or None."""
    if WORSE_THAN_FR.search(text):  # "c'est pire que chez le dentiste?": how much it hurts
        return "sensation"
    if not ((len(q.named) >= 2 or COMPARES_FR.search(text)) and MORE_OR_LESS_FR.search(text)):
        return None
    if q.topics and q.topics[0] in ("aftercare", "practitioners"):
        return None
    return next((topic for topic, words in COMPARED_ASPECT_FR if words.search(text)), None)


def compared_aspect_en(q: Question, text: str) -> Optional[str]:
    """The aspect an English comparison of two or more treatments asks about ("which one's
    more uncomfortable?" is about how it feels), or None. The treatments may be the
    conversation's: "and which one hurts more?" after how IMS and dry needling differ."""
    if (
        len(set(q.named) | set(q.context)) < 2
        or not COMPARES_EN.search(text)
        or (q.topics and q.topics[0] in ("aftercare", "practitioners"))
    ):
        return None
    return next((topic for topic, words in COMPARED_ASPECT_EN if words.search(text)), None)


# "How much research is behind IMS compared to acupuncture?", "is there more evidence for one
# than the other?", "y a-t-il plus d'études sur l'acupuncture que sur l'IMS?": the research,
# compared between treatments, is the research's subject (not how they differ in general).
RESEARCH_COMPARED = re.compile(
    r"\b(more|less|better|stronger|weaker|as much|how much|most|least|the best|bigger|solid\w*) (\w+ )?(research|evidence|"
    r"studies|science|proof|data)\b|"
    r"\b(research|evidence|studies|science|proof)\b.{0,40}\b(compared (to|with)|versus|vs\.?|than|or)\b|"
    r"\b(plus|moins|autant) (de |d')(preuves|recherches|[eé]tudes|donn[eé]es)\b|"
    r"\b(preuves|recherches|[eé]tudes)\b.{0,40}\b(compar[eé]\w*|que pour|par rapport)\b"
)
# "What does 'reset' mean in normal English?", "ça veut dire quoi, relâcher le muscle?": the
# meaning of a word the clinic uses is what the treatment does (overview: how it works).
WHAT_DOES_MEAN = re.compile(
    r"\bwhat (does|do|did|would) (\S+ ){1,4}(mean|means|stand for)\b|\bwhat('?s| is) meant by\b|"
    r"\bwhat (they|he|she|you|people) means? by\b|"
    r"\bin (normal|plain|simple|layman'?s?|regular|everyday|real) (english|terms|words|language|speak)\b|"
    r"\b(veut|veulent) dire quoi\b|\bque veu(t|lent) dire\b|\bqu'est-ce que (ça|ca|cela) veut dire\b|"
    r"\ben (termes|mots) (simples|clairs)\b|\ben langage (courant|simple)\b|\b(ça|ca) signifie quoi\b"
)
# Our needles compared with other needles the patient knows ("how are acupuncture needles
# different from the ones for blood tests?", "pareilles que les aiguilles des vaccins?"): the
# needles themselves, not how the treatments differ.
_OTHER_NEEDLES = (
    r"(blood (tests?|draws?|work)|bloodwork|flu (shots?|jabs?)|vaccin\w*|injections?|shots?|jabs?|ivs?|insulin|"
    r"syringes?|hypodermic|sewing|tattoo\w*|(regular|normal|hospital|medical|ordinary|doctor'?s?|nurse'?s?) (needles?|ones)|"
    r"prises? de sang|piq[uû]res?|seringues?|tatouages?|couture)"
)
OTHER_NEEDLES_COMPARED = re.compile(
    r"\b(needles?|pins?|aiguilles?|ones)\b.{0,50}\b(different|differ|difference|compare\w*|same as|like|similar|vs\.?|"
    r"versus|than|que|comme|pareil\w*|diff[eé]ren\w*|par rapport)\b.{0,50}\b" + _OTHER_NEEDLES + r"\b|"
    r"\b(difference|compare\w*|diff[eé]rence)\b.{0,30}\b"
    + _OTHER_NEEDLES
    + r"\b.{0,40}\b(needles?|aiguilles?)\b|"
    # the other needle after the comparison: "r they the same as the needles for shots?", "how thick are they
    # compared to a blood test needle", "pareilles que celles des prises de sang?"
    r"\b(the same as|same as|like|compared (to|with)|than|vs\.?|versus|different (from|than|to)|similar to|"
    r"pareil\w* (que|[aà])|comme|par rapport (aux?|[aà] (la|une|un|les))|que) (the |a |an |those |les |la |le |une |un |celles? )?"
    r"(needles? |ones |aiguilles? )?((for|at|used (for|in|at)|from|they use for|you get (for|at)|de|des|pour|d'une|d'un|du) "
    r"(a |an |the |la |les |une |un |my )?)?" + _OTHER_NEEDLES + r"\b"
)
# "are the needles in dry needling the same as acupuncture needles?", "les aiguilles de l'IMS sont-elles
# pareilles à celles de l'acupuncture ?", read by the classifier as about the needles: the needles of
# the two treatments compared are the needles entry's (it tells both), not how the treatments differ;
# never whether the same needle is used again
NEEDLES_OF_BOTH = re.compile(
    r"\b(needles?|aiguilles?)\b.{0,45}\b(the same|same|identical|different|differ|similar|like|m[eê]mes?|pareil\w*|"
    r"identiques?|diff[eé]rent\w*|semblables?)\b.{0,45}\b(needles?|ones|aiguilles?|celles)\b|"
    r"\b(same|different|similar|m[eê]mes|autres) (kind of |type of |sort of |sortes? d'|types? d')?(needles|aiguilles)\b"
)
_REUSED = re.compile(
    r"\b(reus\w*|re-us\w*|again|used before|sterili\w*|clean\w*|r[eé]utilis\w*|st[eé]ril\w*|propres?)\b"
)
# "Are acupuncture points and the trigger points my physio talks about the same thing?": the
# points of one treatment compared with the other's are how the treatments differ.
TRIGGER_POINTS = re.compile(r"\btrigger ?points?\b|\bpoints? (g[aâ]chettes?|trigger|d[eé]clencheurs?)\b")
ACUPOINTS = re.compile(
    r"\b(acupuncture points?|acupoints?|acu-?points?|meridian points?|points d'acupuncture|points? sur les m[eé]ridiens)\b"
)
POINTS_COMPARED = re.compile(
    wording.SAME_AS.pattern
    + r"|\b(differ\w*|same|similar|diff[eé]ren\w*|pareil\w*|m[eê]mes?|overlap\w*|related|"
    r"correspond\w*|line up|match)\b"
)
# "Do I have to do the home exercises too, or is the needling enough?": needling with or
# without exercise is the course of treatment, whatever body part is named with it.
NEEDLING_ALONE = re.compile(
    r"\b(needl\w*|acupuncture|ims|it|that|this|the treatment|sessions?) (alone |on (its|their) own |by itself )?"
    r"(is |be |are |will be |would be )?(enough|sufficient)\b|"
    r"\b(needl\w*|acupuncture|ims|dry needling) (alone|on (its|their) own|by itself)\b|"
    r"\b(exercises?|rehab|stretch\w*|home (program|programme)|homework|strengthening)\b.{0,40}\b(too|as well|also|along with|as well as|besides|together with|"
    r"on top|alongside|in addition)\b.{0,60}\b(needl\w*|acupuncture|ims)\b|"
    r"\b(needl\w*|acupuncture|ims)\b.{0,60}\b(exercises?|rehab|stretch\w*|home (program|programme)|homework)\b"
    r".{0,20}\b(too|as well|also|on top|alongside)\b|"
    r"\b(exercices?|r[eé]ducation|[eé]tirements?|renforcement)\b.{0,60}\b(aussi|en plus|[eé]galement)\b|"
    r"\b(aiguilles|acupuncture|ims|dry needling|s[eé]ances?)\b.{0,30}\b(suffi\w*|seule?s?|[aà] (elles?|lui) seule?s?)\b|"
    # "do i still have to do my calf raises if i'm getting needled?", "or does the needling do the job?"
    r"\b(still |even )?(need|have|got|supposed) to (do|keep (doing|up( with)?)|bother with|continue( with)?) (my |the |those |these |all "
    r"(my|the|those) )?(\w+ ){0,2}(exercises?|raises|stretch\w*|squats|lunges|bridges|planks|band work|homework|rehab|"
    r"home (program|programme)|strengthening)\b|"
    r"\b(does|will|would|can|could) (the )?(needling|needles|acupuncture|ims|dry needling|sessions?) (just |alone )?do "
    r"(the|all the) (job|work|trick)\b|"
    # ...also with the Québécois question "-tu" ("je dois-tu quand même faire mes exercices?", "faut-tu que
    # je fasse mes étirements?")
    r"\b(dois|faut|devrais|dois-je|faut-il)(-tu)?( je| il)?( que je)? (encore |quand m[eê]me |toujours |continuer [aà] )?"
    r"(faire|continuer|fasse|continue) (mes|les|ces) (\w+ )?(exercices|[eé]tirements|mouvements)\b|"
    # "should I keep doing the wrist stretches while I'm getting needling?", "can I stop my exercises now
    # that I'm having IMS?", "je continue mes étirements pendant l'acupuncture ?"
    r"\b(should|do|must|can|could|may) i (still |also |just )?(keep (doing|up( with)?|at)|continue( with| doing)?|carry on( with| doing)?|"
    r"stop( doing)?|skip|drop|quit( doing)?) (my |the |those |these |all (my|the) )?(\w+ ){0,3}(exercises?|stretch\w*|rehab|"
    r"home (program|programme)|strengthening|homework)\b.{0,70}\b(needl\w*|acupuncture|ims)\b|"
    r"\b(continu\w*|arr[eê]t\w*|gard\w*|laiss\w* tomber)( [aà] faire| de faire)? (mes|les|ces) (\w+ )?(exercices|[eé]tirements|"
    r"mouvements)\b.{0,70}\b(aiguilles?|acupuncture|ims|puncture|dry needling|s[eé]ances?)\b"
)
# the exercises told in the story, then asked of: "my physio gave me stretches for my desk. do I still
# have to do them if I'm getting needled?", "elle m'a donné des exercices. je dois encore les faire ?"
EXERCISES_TOLD = re.compile(
    r"\b(exercises?|stretch(es|ing)?|rehab|home (program|programme)|strengthening|homework|exercices|[eé]tirements)\b"
)
STILL_DO_THEM = re.compile(
    r"\b(still|even|also|really) (need|have|got|supposed) to (do|keep (doing|up( with)?)|bother( with)?|continue( with)?) "
    r"(them|those|these|that|it|all that)\b|"
    r"\b(should|do|must) i (still |also |really )?(keep (doing|up( with)?|at)|continue( with| doing)?|bother( with)?|do) "
    r"(them|those|these|that)\b|"
    r"\b(dois|faut|devrais)(-je| je| il)? (encore |quand m[eê]me |toujours |continuer [aà] )?(les )?(faire|continuer)\b"
)


# A muscle that jumped or twitched under the needle: the twitch response (technique).
# A muscle that jumped under the needle, told as having happened: the twitch response
# (technique), whichever of these neighbouring topics the classifier guessed.
# ...but never the patient's own start at the pain: "i almost jumped off the table", "nearly jumped
# out of my skin" says how it felt (sensation), not that the muscle twitched.
_STARTLED = (
    r"(?<!\bi )(?<!\balmost )(?<!\bnearly )(?<!\bliterally )(?<!\bpractically )(?<!\bbasically )"
    r"(?<!\bjust about )(?<!\bi actually )(?<!\bi kinda )(?<!\bi kind of )(?<!\bi'd have )(?<!\bi could have )"
)
_NOT_STARTLED = r"(?! (out of my skin|a mile|through the roof)\b)"
TWITCH_WORDS = re.compile(
    r"\b(twitched|twitchy|"
    + _STARTLED
    + r"(jumped|jolted|jerked)"
    + _NOT_STARTLED
    + r"|spasmed|kicked(?! (by|in|me|him|her|us|them)\b))\b|\bthe (jumping|twitching|jerking|jolting) (thing|bit|stuff)\b|"
    r"\b(was|were|kept|started|went) (\w+ )?(jumping|twitching|jerking|spasming|jolting)\b|"
    r"\b(a|ont|avait) (\w+ )?(saut[eé]|sursaut[eé]|tressailli|tressaut[eé])\b|\bce tic\b|\bun tic\b|"
    # the needle as the cause: "l'aiguille a fait sauter mon muscle"
    r"\b(fait|faisait|faire|font) (sauter|sursauter|tressauter|bondir|tressaillir) (mon|ma|mes|le|la|les)\b|"
    # the muscle as the subject, in the present ("the muscle literally jumps off the table", "le muscle
    # saute tout seul"): what the patient saw or was told of the twitch, not their own start
    r"\b(muscles?|legs?|calf|calves|thighs?|hamstrings?|glutes?|arms?|traps?|quads?|shoulders?) (\w+ ){0,2}"
    r"(jumps|twitches|jerks|kicks|jolts|spasms|leaps|flinches)\b(?! (out of my skin|a mile)\b)|"
    r"\b(muscles?|jambes?|mollets?|cuisses?|bras|trap[eè]zes?|fesses?) (\w+ ){0,2}(saute|sautent|tressaute\w*|sursaute\w*|"
    r"se contracte\w*|bouge tout seul|bougent tout seuls)\b"
)
# A brief electric zap down a limb as the needle went in (session 12): the same nerve/muscle
# response, but a sensation too, so it moves no question the classifier read as one about the
# feeling (rule `zap`).
ZAP_UNDER_NEEDLE = re.compile(
    r"\b(zap|zaps|zapped|zing|zinged)\b|\belectric(al)? (shock|zap|jolt|jab|feeling|sensation|buzz)\b|"
    r"\b(une|la|des|petite|grosse) d[eé]charges?\b(?! (de|d'|du) (responsabilit|document|dossier))"
)
TWITCHED_UNDER_NEEDLE = re.compile(TWITCH_WORDS.pattern + "|" + ZAP_UNDER_NEEDLE.pattern)
# Soreness or stiffness told for the days after: "two days later my back is stiff and sore",
# "still achy today", "j'ai encore mal le lendemain" (after-care, whatever zap came before)
SORE_LATER = re.compile(
    r"\b(days? later|the (next|following) (day|morning)|next (day|morning)|the day after|since( then)?|today|still|"
    r"this morning|le lendemain|depuis|jours? (plus tard|apr[eè]s)|aujourd'hui|encore|ce matin)\b"
    r".{0,40}\b(sore\w*|stiff\w*|ach(e|es|ing|y)|bruis\w*|tender|hurts?|painful|raides?|courbatur\w*|"
    r"douleurs?|mal|endolori\w*|sensibles?|ankylos\w*)\b|"
    r"\b(sore\w*|stiff\w*|ach(e|es|ing|y)|bruis\w*|tender|raides?|courbatur\w*|endolori\w*)\b.{0,30}"
    r"\b(days?|since|for (two|three|a couple|2|3) days|le lendemain|depuis|jours?)\b"
)


# ---------------------------------------------------------------------------------------------
# The table. Each rule: when the classifier's topic is one of `from_topics` (any topic when
# None, never one of `unless_from`) and the question's words match `pattern` in `where` (the
# question sentence "text", the whole message "whole", or its "last" sentence) - or `either`
# holds instead - and `also` holds, the entry comes from topic `to` (a topic, or a function of
# the question that may give none). The first rule that applies decides; the order is the
# order below, and it matters.


class Asked:
    """The question as the rules read it: its topic guess and its lower-cased texts, each
    worked out once per message (the last sentence only when a rule asks for it)."""

    __slots__ = ("q", "topic", "text", "whole", "_last")

    def __init__(self, q: Question):
        self.q, self.topic = q, q.topics[0]
        self.text, self.whole = q.text.lower(), q.whole.lower()
        self._last: Optional[str] = None

    @property
    def last(self) -> str:
        if self._last is None:
            self._last = wording.last_sentence(self.q.text).lower()
        return self._last


Test = Callable[[Asked], bool]


@dataclass(frozen=True)
class TopicRule:
    """One entry-choice rule of `question_topic` (see the table's header comment)."""

    name: str
    to: Union[str, Callable[[Asked], Optional[str]]]
    pattern: Optional[re.Pattern] = None
    where: str = "text"
    from_topics: Optional[FrozenSet[str]] = None
    unless_from: FrozenSet[str] = frozenset()
    either: Optional[Test] = None
    also: Optional[Test] = None
    note: str = ""

    def moves_from(self, topic: str) -> bool:
        """Whether this rule may move a question the classifier gave `topic`."""
        return (self.from_topics is None or topic in self.from_topics) and topic not in self.unless_from

    def topic_for(self, a: Asked) -> Optional[str]:
        """The topic this rule gives a question it may move (`moves_from`), or None when its
        words do not match."""
        if (
            self.pattern is not None
            and not self.pattern.search(getattr(a, self.where))
            and (self.either is None or not self.either(a))
        ):
            return None
        if self.also is not None and not self.also(a):
            return None
        return self.to if isinstance(self.to, str) else self.to(a)


# the question sentence is only a treatment's name, maybe "for" a problem ("dry needling?", "acupuncture
# for TMJ?", "what about IMS?", "et l'acupuncture, pour ça?")
TREATMENT_ALONE_ASKED = re.compile(
    r"^\W*(and |or |so |what about |how about |maybe |et |ou |alors |peut-[eê]tre )?(some |de la |de l'|l'|la |le |du |de )?"
    r"(acupuncture|acu|dry needling|needling|ims|puncture s[eè]che|dry needle|aiguilles)"
    r"( (for|pour) (it|this|that|[cç]a|cela|(my |the |mon |ma |mes |le |la |les )?[\w'-]+( [\w'-]+)?))?"
    r"\s*(then|maybe|alors|peut-[eê]tre)?\s*\?+\W*$"
)


def _in(place: str, pattern: re.Pattern) -> Test:
    return lambda a: bool(pattern.search(getattr(a, place)))


def _not_in(place: str, pattern: re.Pattern) -> Test:
    return lambda a: not pattern.search(getattr(a, place))


def _fewer_than_two_treatments(a: Asked) -> bool:
    return len(set(a.q.named) | set(a.q.context)) < 2


# how long the complaint has gone on, from something in the patient's life ("a back that's been sore
# ever since they put me on nights", "stiff since I started the new job"), not since a session
SORE_SINCE_LIFE = re.compile(
    r"\b(ever )?since (they|i|i've|we|my|the|starting|started|last|a|an|moving|working)\b"
    r"(?!.{0,30}\b(sessions?|treatments?|appointments?|appts?|visits?|needl\w*|ims|acupuncture|dry needling)\b)"
)


def _stiff_part_treated(a: Asked) -> bool:
    """A sore or stiff body part named as the complaint the sessions are for ("how many sessions
    does a stiff neck usually take?", "a back that's been sore ever since they put me on nights"),
    not soreness a session left ("how many days will I be sore?", "sore since the session")."""
    return bool(
        body.musculoskeletal_condition(a.text)
        and not wording.AFTER_A_SESSION.search(a.whole)
        and not SORENESS_LASTS.search(a.text)
        and not wording.AFTERWARDS.search(SORE_SINCE_LIFE.sub(" ", a.text))
    )


def sessions_for_a_sore_part(q: Question) -> bool:
    """How many sessions a sore or stiff body part will take ("how many IMS sessions would it take for
    a back that's been sore ever since they put me on nights"): the soreness is the complaint, so
    no after-care entry for the soreness a session leaves answers it."""
    return bool(HOW_MANY_SESSIONS.search(q.text.lower()) and _stiff_part_treated(Asked(q)))


def _topics(*names: str) -> FrozenSet[str]:
    return frozenset(names)


def _asked_sentences(a: Asked) -> list:
    """The sentences of the message that ask: those of the question the classifier read, and the
    further questions."""
    return [s for s in wording.sentences(a.q.text) if is_question(s)] + list(a.q.others)


def _helps_problem(a: Asked) -> bool:
    """Whether needling helps a pain or problem told (a condition found, or a sore body part),
    asked with nothing about a session had: the problem, not the soreness a session leaves."""
    return bool(
        (wording.asks_help(a.q) or wording.asks_help(replace(a.q, text=a.whole)))
        and (a.q.conditions or body.musculoskeletal_condition(a.whole))
        and not wording.AFTER_A_SESSION.search(a.whole)
        and not wording.worse_after_session(a.q)
        and not wording.NEEDLES_PUT_THERE.search(a.whole)
    )


def _asks_what_it_is(a: Asked) -> bool:
    """Whether a sentence that asks (not the first) is only what the treatment is ("my physio said
    she might try IMS. what is IMS?", "mon physio en a parlé. c'est quoi l'IMS?"), read with the
    sentences after it (a later "where does it come from?" asks its origins)."""
    for s in wording.sentences(a.q.text)[1:]:
        if is_question(s):
            at = a.text.find(s.lower())
            if at > 0 and WHAT_IS_IT_ALONE.search(a.text[at:]):
                return True
    return False


def _asks_safe_cover_only_told(a: Asked) -> bool:
    """Whether a sentence asked ("...?") asks if it is safe and none asked says anything of cover or
    payment: the plan or claim is only told ("is acupuncture safe? my claim covers some visits",
    "c'est dangereux? la CNESST paie mes séances"): written rule 5's insurance in passing."""
    asked = [s for s in wording.sentences(a.text) if is_question(s)]
    return any(ASKS_SAFE.search(s.lower()) for s in asked) and not any(
        wording.PAYMENT_WORDS.search(s.lower()) for s in asked
    )


# "a zap down my leg during IMS": the treatment named as when it happened
_DURING_TREATMENT = re.compile(
    r"\b(during|in the middle of|pendant|durant) (the |my |l'|la |le )?" + _TREATMENT
)


# How it feels, asked in the question sentence ("does it hurt?", "ça fait mal?")
_FEELS_ASKED = re.compile(
    r"\b(hurts?|hurting|painful|pain|feels?|feeling|sting\w*|sore|ache|uncomfortable|fait mal|douloureu\w*|"
    r"sent(ir|ira|irai)|sensation)\b"
)


def _twitch(a: Asked) -> bool:
    return (
        (a.topic not in ("evidence", "conditions") or not wording.asks_help(a.q))
        and bool(
            wording.NEEDLING_WORDS.search(a.whole)
            or wording.IN_A_SESSION.search(a.whole)
            or _DURING_TREATMENT.search(a.whole)
            # "vidéos de puncture sèche où le muscle saute": the treatment named is where it happened
            or (a.q.named and not wording.asks_help(a.q))
        )
        and not (a.topic == "sensation" and wording.ALWAYS_THAT_INTENSE.search(a.text))
    )


def _normal_or_sore(a: Asked) -> str:
    return "aftercare" if wording.AFTERWARDS.search(a.whole) or SORENESS.search(a.whole) else "sensation"


def _ached_afterwards(a: Asked) -> str:
    return "aftercare" if wording.AFTERWARDS.search(a.whole) or _SINCE_DAYS.search(a.whole) else "sensation"


# "does acupuncture have any research behind it or is it all qi?": whether studies back it up is the
# research's subject, even with the idea behind it (qi, meridians) named beside it
RESEARCH_BEHIND = re.compile(
    r"\b(research|evidence|science|scientific|studies|proof|data)\b( \w+){0,2} (behind|backing|to back|for it|support)"
    r"|\b(backed|supported|proven) (up )?by (any )?(research|science|studies|evidence)\b"
    r"|\b(any|real|actual|some|hard) (research|evidence|science|studies|proof)\b"
    r"|\b(des |les )?([eé]tudes|recherches|preuves)( \w+){0,2} (derri[eè]re|qui (le |la |les )?(prouv|soutien|appui)\w*|s[eé]rieuses?|scientifiques?)"
    r"|\bprouv[eé]e?s? scientifiquement\b|\bscientifiquement prouv[eé]\w*"
)

# "the WHO approved acupuncture", "approuvée par l'OMS": a health body's word on it is the research's subject
WHO_APPROVED = re.compile(
    r"\b(the who|w\.h\.o\.?|world health organi[sz]ation|l'oms|oms)\b( [\w()]+){0,4} (approv\w*|recogni[sz]\w*|endors\w*|"
    r"reconna\w*|approuv\w*)|\b(approved|recogni[sz]ed|endorsed|reconnue?|approuv[eé]e?) (by|par) (the who|l'oms|"
    r"the world health organi[sz]ation|w\.h\.o)\b"
)

# "what even is a trigger point?", "c'est quoi un point gâchette?": what a trigger point is (the
# knot dry needling aims at) is how the treatment is done, whatever story came before it
WHAT_TRIGGER_POINT = re.compile(
    r"\bwhat('?s| is| are|re)? (even |exactly |actually |really )?(is |are )?(a |an |the |these |those |this |that )?"
    r"(trigger[- ]?points?|muscle knots?|myofascial trigger points?)\b|"
    r"\b(c'est quoi|qu'est-ce que c'est|qu'est-ce qu'un|que sont)( exactement| au juste)? (un |une |les |le |la |des )?"
    r"(points? (g[aâ]chettes?|trigger|d[eé]clencheurs?)|trigger ?points?|n[oœ]euds? musculaires?)\b"
)
# "how is IMS done?", "how do they actually do dry needling?", "comment ça se passe, l'IMS?": how a
# session is carried out (technique), not what the treatment is in general
HOW_DONE = re.compile(
    # what was done told, then "is that how dry needling normally goes?", "is that how it's usually done?"
    r"\b(is|was) (that|this|it) how (\w+ ){0,3}(normally |usually |always |typically )?(goes|go|is done|gets done|works|"
    r"is supposed to go|should go)\b|"
    r"\bhow (is|are) (it|this|that|they|ims|dry needling|acupuncture|needling|the (treatment|needling|needles?))"
    r" (actually |really |usually |typically )?(done|performed|carried out|given|put in|inserted|applied)\b|"
    r"\bhow (do|does|would|will) (they|you|the (physio|acupuncturist|practitioner)|she|he) (actually |really |usually )?"
    r"(do|perform|give) (it|this|that|ims|dry needling|acupuncture|the needling)\b|"
    r"\bcomment (est-ce que )?(ça|ca|cela|l'ims|l'acupuncture|le dry needling|la puncture s[eè]che) (se )?"
    r"(fait|passe|pratique|d[eé]roule)\b|\bcomment (on|ils|elles) (le |la |l')?(fait|font|pratique\w*)\b|"
    r"\bcomment se (fait|passe|pratique|d[eé]roule) (l'|le |la |une )"
)
# "can you explain the difference between acupuncture and dry needling?", "how do IMS and dry
# needling differ?", "quelle est la différence entre l'IMS et le dry needling?": how two treatments differ
DIFFERENCE_BETWEEN = re.compile(
    r"\b(the |a |any |big |real |main )?differences? (is there )?between\b|\bhow (is|are|does|do) .{0,50}\bdiffer\b|"
    r"\b(la |une |les |des )?diff[eé]rences? (\w+ )?entre\b|\ben quoi .{0,50}\b(diff[eè]re\w*|se distingu\w*)\b"
)
# "whats IMS? my physio brought it up": what the treatment is, asked first and alone in its sentence
WHAT_IS_IT_ALONE = re.compile(
    r"^\W*(so |ok |okay |and |hi,? |hey,? )?(what('?s| is) (ims|dry needling|acupuncture)|c'est quoi (l'ims|le dry needling|"
    r"l'acupuncture|la puncture s[eè]che))( exactly| even| actually| au juste| exactement)?\s*\?"
    # not when a later sentence asks where it comes from ("what is acupuncture? where did it come from?")
    r"(?!.*\b(come from|came from|originat\w*|origins?|history|invented|vient d'o[uù]|origines?|histoire|invent[eé]e?)\b)"
)
# "does dry needling work?", "does acupuncture even work??", "est-ce que l'IMS marche vraiment?":
# whether it works at all, with no problem named, is the research's subject (not what it is)
DOES_IT_WORK = re.compile(
    r"^\W*(but |so |and |like )?(does|do|can) (it|this|that|dry needling|acupuncture|ims|needling|any of (it|this)|"
    r"they|these) (even |actually |really |truly |honestly )?work\b(?! (on|for|with|by|like)\b)|"
    r"\b(is|are) (it|this|that|dry needling|acupuncture|ims|needling) (even |actually |really )?(effective|legit|a scam)\b|"
    # "is acupuncture a real thing backed by the WHO or just hype?"
    r"\b(is|are) (dry needling|acupuncture|ims|needling) (even |actually |really )?(a )?(real thing|real medicine|"
    r"legit thing)\b|\b(just|all) (hype|a fad|placebo|woo)\b|\bbacked (up )?by (the who|the world health organi[sz]ation|"
    r"science|doctors|research|evidence|studies)\b|"
    r"^\W*(est-ce que |est ce que )?(ça|ca|l'ims|l'acupuncture|le dry needling|la puncture s[eè]che) (marche|fonctionne)"
    r"( vraiment| r[eé]ellement| pour de vrai)?\W*$"
)
# "would acupuncture or dry needling make more sense?", "is IMS or dry needling the better bet?":
# a choice between two treatments asked without "which"
OR_MAKES_SENSE = re.compile(
    r"\b"
    + _TREATMENT
    + r",? (or|vs\.?|versus|ou) "
    + _TREATMENT
    + r"\b.{0,40}\b(make[s]? (more |the most )?sense|"
    r"(be |is )?(the )?(better|best|smarter|wiser) (bet|choice|option|pick|idea|fit)|be better|work better|"
    r"(serait|est|serait-il|est-il) (le )?(meilleur|mieux)|plus (adapt|logique|indiqu)\w*)"
)


# Infection and hygiene: "like infection wise", "with all the germs at work?", "et pour les infections?"
INFECTION_WORDS = re.compile(
    r"\b(infect\w*|st[eé]ril\w*|germs?|germy|bacteria\w*|bact[eé]ri\w*|microbes?|hygien\w*|unhygienic)\b"
)


# Whether it is safe or how it differs, asked in so many words (a tune-up asked that way keeps its topic)
_SAFETY_OR_DIFFERENCE_ASKED = re.compile(
    r"\b(safe\w*|risk\w*|danger\w*|harm\w*|side[- ]effects?|s[eé]curitaire|risqu\w*|s[uû]re?|differen\w*|diff[eé]ren\w*|"
    r"versus|vs)\b|" + wording.SAME_AS.pattern
)
# one session or several asked of the course: "is one session even worth it or do you need a bunch of them?"
SESSIONS_COUNT_ASKED = re.compile(
    r"\b(one|a single|1|just one) (\w+ )?(sessions?|visits?|treatments?|appointments?)\b|"
    r"\b(a bunch|lots|a lot|several|many|multiple|a few|a series|loads|plusieurs|beaucoup) (of )?(them|those|sessions|visits|"
    r"treatments|de s[eé]ances)\b|\bune (seule )?s[eé]ance\b"
)
# "is it going to be agony?", "how much does it hurt really", "ça va faire mal?": how it feels, asked
HURTS_ASKED = re.compile(
    r"\b(does|do|will|would|is|are|did) (it|this|that|they|acupuncture|dry needling|ims|needling|the needles?|needles)"
    r"( \w+){0,3} (hurt|sting|be (agony|painful|sore|uncomfortable|torture|excruciating))\b|"
    r"\b(is|are) (it|this|that|they) going to (hurt|sting|be (agony|painful|torture))\b|"
    r"\bhow (much|bad|badly) (does|do|will|would|did) (it|this|that|they|the needles?) (really |actually |even )?hurt\b|"
    r"\b(ça|ca|l'ims|l'acupuncture|le dry needling|la puncture s[eè]che) (va |peut |doit )?(fait|faire|fera)(-tu| tu)? mal\b|"
    r"\b(c'est|est-ce que c'est|est-ce) (tr[eè]s |vraiment )?douloureux\b|"
    # "will the hand points hurt more?", "do the needles in the feet sting worse?", "les points aux mains font-tu plus mal?"
    r"\b(does|do|will|would|is|are) (the |those |these )?(\w+ )?(points?|spots?|pins|needles? (in|on|at) (the |my |your )?\w+)"
    r"( \w+){0,3} (hurt|sting)\b|"
    r"\b(les |ces )?(points?|aiguilles?) (\w+ ){0,3}(font|vont faire|feront|fait|va faire)(-tu| tu|-ils|-elles)? (plus |moins |autant |pas )?mal\b"
)
# a fear asked about in the question sentence: "if I'm scared", "si j'ai peur"
_SCARED_ASKED = re.compile(
    r"\b(scared|afraid|terrified|nervous|anxious|panic\w*|phobi\w*|peur|angoiss\w*|stress[eé]e?|paniqu\w*)\b"
)
_RISK_ASKED = re.compile(
    r"\b(safe\w*|unsafe|risk\w*|danger\w*|harm\w*|side[- ]?effects?|interact\w*|s[eé]curitaire|s[uû]r|dangereu\w*|risqu\w*)\b"
)
# Whether a session on one day leaves the patient fit for something later: "so if I get it monday am I good
# for a friday double", "if I have IMS tomorrow will I be ok to race saturday?", "si je le fais lundi, je
# vais-tu être correct pour mon match vendredi?": how long the after-effects last (after-care)
_DAY = (
    r"(mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|tmrw|the day before|this (week|morning|afternoon)|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd'hui|ce soir|la veille"
)
FIT_LATER = re.compile(
    r"\bif (i|we|he|she) (get|gets|have|has|do|does|book|books|go for|goes for) (it|this|that|them|needled|dry needling|"
    r"acupuncture|ims|a session|the needling|the session|an appointment)( done)? (on )?("
    + _DAY
    + r")\b.{0,40}"
    r"\b(am i|will i be|would i be|i'?ll be|should i be|is (he|she)|will (he|she) be|be) (good|ok|okay|fine|ready|"
    r"recovered|all right|alright|set|back to normal)\b|"
    r"\bsi (je|il|elle|on) (le |la |l')?(fai[st]|re[cç]oi[st]|prend[s]?|a|ai) (\w+ ){0,2}("
    + _DAY
    + r")\b.{0,50}"
    r"\b(correcte?|ok|pr[eê]te?|en forme|r[eé]tablie?|remise?|d'attaque)\b"
)
# soreness asked of the days after a session ahead ("if she gets needled friday will she be stiff at the
# wedding?", "will I be sore at work after?", "il va-tu avoir des courbatures au chalet ?"): after-care,
# not how the needles feel while in (never "during" or "while")
WILL_BE_SORE = re.compile(
    r"^(?!.*\b(during|while|when (it|they|the needles?) (go|goes|are) in|pendant|durant)\b)(?=.*("
    r"\b(will|would) (i|he|she|we|they|my \w+|you) (be|feel|get|end up) (\w+ )?(sore|stiff|achy|tender|bruised)\b|"
    # "how sore will I be wednesday?", "how stiff am I going to be after?"
    r"\bhow (sore|stiff|achy|tender|bruised|bad) (will|would|am|is|are) (i|he|she|we|they|my \w+|you) (\w+ )?"
    r"(be|feel|get|going to (be|feel)|gonna (be|feel))\b|"
    r"\b(je|il|elle|on) (va|vais|vas|sera|serai)(-tu|-t-il|-t-elle)? (\w+ )?(avoir (des |de la )?|[eê]tre )"
    r"(courbatur\w*|raides?|endolori\w*|ankylos\w*)\b))"
)
# "what's acupuncture for exactly?", "what is IMS for anyway", "à quoi sert la puncture sèche?", "l'IMS,
# ça sert à quoi?": what a treatment is for is the problems it is used for (conditions), not how it
# is done or how it feels.
_NAMED_OR_IT = (
    r"(acupuncture|acu|dry needling|needling|ims|intramuscular stimulation|it|that|this|the needles)"
)
WHAT_IT_IS_FOR = re.compile(
    r"\bwhat('?s| is| are)( \w+){0,2} "
    + _NAMED_OR_IT
    + r"( (even|really|actually|usually|mostly|normally))?( used| good| useful| best)? for\b"
    r"(?=\s*(exactly|anyway|really|actually|then)?\s*([?,.!]|$|\b(is|just|only|other)\b))|"
    r"\b[àa] quoi (ça |ca |cela )?(sert|servent|servirait|peut servir)\b|\b(sert|servent) [àa] quoi\b|"
    r"\bc'est pour quoi\b|\b[àa] quoi (c'est|ça|ca) (bon|utile)\b"
)
# "my heel hurts after every run. needles for that?", "les aiguilles pour ça ?", "l'acupuncture
# pour ça, ça vaut la peine ?": a treatment asked for a problem just told is the problems it helps
# (conditions), whatever the word "needles" made the classifier guess.
TREATMENT_FOR_THAT = re.compile(
    # the treatment opens the sentence: "where do they put the needles for that?" asks where (technique)
    r"^\W*((and|so|ok|okay|maybe|et|alors|donc|pis|peut-[êe]tre)\W+)*(the |some |les |l'|la |le |des |du )?"
    r"(needles?|needling|pins|acupuncture|acu|dry needling|ims|aiguilles?|puncture s[eè]che|l'ims)\b,? (for|pour) "
    r"(that|this|it|ça|ca|cela|this kind of thing|ce genre de (chose|douleur|probl[eè]me)s?)\b(?!\s*\w)"
)
# "should I try needling or just rest it", "should i get dry needling or wait it out", "je devrais
# essayer l'acupuncture ou juste me reposer ?": needling or doing nothing is choosing a treatment.
TRY_OR_REST = re.compile(
    r"\bshould (i|we|he|she) (try|get|do|go for|book|have)\b.{0,40}\bor (just |simply |maybe )?"
    r"(rest|wait|leave it|let it (heal|settle|be)|ice it|give it time|tough it out|stretch)\b|"
    r"\b(je devrais|devrais-je|est-ce que je devrais|je dois|faut-il|vaut mieux)\b.{0,50}\bou (juste |simplement |"
    r"plutôt |bien )?(me reposer|reposer|attendre|laisser (faire|passer|guérir|reposer)|du repos|rien faire)\b"
)
# "could it help me sleep?", "est-ce que ça peut m'aider à dormir ?": sleep helped is a problem
# needling is used for (conditions), not how a session feels (dozing off on the table is).
HELPS_SLEEP = re.compile(
    r"\b(help|helps|helped|helping)\b (me |you |him |her |them |us |people )?(to )?(sleep|fall asleep|stay asleep|"
    r"get to sleep|get (some |more |better )?sleep|with (my |his |her |their )?(sleep\w*|insomnia))\b|"
    r"\baider?\b (\w+ ){0,2}(à|a|pour) (mieux )?(dormir|m'endormir|s'endormir|le sommeil|mon sommeil|l'insomnie)\b"
)
# dozing during a session (not "I can't fall asleep at night")
_DOZED_ON_THE_TABLE = re.compile(
    r"\b(fell asleep|dozed|dozing|nodded off|drifted off|snor\w*|me suis endormie?|s'est endormie?|"
    r"(during|in) (the |my |a |her |his )?(session|treatment|needling|appointment)|on the table|pendant la s[ée]ance)\b"
)
# falling asleep on the table (DOZED_OFF, told on the table: _DOZED_ON_THE_TABLE), asked whether it is
# normal ("I nodded off with the needles in, is that weird?", "je me suis endormie sur la table, c'est
# normal ?"): how a session feels (sensation)
DOZE_NORMAL = re.compile(
    wording.IS_IT_NORMAL.pattern
    + r"|\b(is|was) (that|this|it) (\w+ ){0,2}(weird|odd|strange|normal|ok|okay|bad|rude|common|a thing)\b|"
    r"\b(c'est|est-ce) (\w+ ){0,2}(normal|bizarre|grave|correct|[eé]trange)\b|\bdo (people|others) (usually )?(do that|fall asleep)\b"
)
# whether to go back after a session that changed nothing ("nothing changed after the first one, do I
# keep going?", "rien de différent après la première, j'y retourne ?"): the course of treatment
GO_BACK = re.compile(
    # "if i feel nothing after 3 should i just give up?": giving up is whether to go back too
    r"\b(go back|going back|keep going|come back|coming back|return|continue|carry on|stick with it|book (another|a second|more)|"
    r"give up|giving up|stop going|stop coming|abandonner|laisser tomber|"
    r"retourne\w*|y retourner|continue[rz]?|persister|reprendre (un|une) (autre )?(rdv|rendez-vous|s[eé]ance))\b"
)
NO_CHANGE_YET = re.compile(
    r"\b(nothing (changed|different|happened)|no (change|difference|improvement)|(didn'?t|did not|haven'?t|have not) "
    r"(notice|feel|see)\w* (any|a|much)? ?(thing|change|difference|improvement)|not (any )?(better|different) (yet|at all)|"
    r"rien (senti|chang[eé]|remarqu[eé]|vu)( de (diff[eé]rent|plus|mieux))?|(aucun|pas de) (changement|diff[eé]rence|am[eé]lioration)|"
    r"pas (encore )?(mieux|diff[eé]rent))\b|"
    # nothing felt counted in sessions: "if i feel nothing after 3", "don't feel anything after 4 sessions"
    r"\b((feel|felt|notice|see) (nothing|no (change|difference|improvement))|(don'?t|do not|didn'?t|did not) "
    r"(feel|notice|see) anything)\b(?=.{0,20}\b(after|by|in) (\d+|two|three|four|five|six|a few|a couple|several)\b)"
)
# "it may get worse before it gets better": the flare after a session (after-care), how long it lasts too
WORSE_BEFORE_BETTER = re.compile(
    r"\bworse before (it |they |you |things |symptoms )?(gets?|feel|improves?|better)\b|"
    r"\bempir\w* avant (de|d')\s?(s'am[eé]liorer|aller mieux)\b|\bpire avant (d'aller mieux|de s'am[eé]liorer)\b"
)
# "do health plans usually pay for acupuncture?", "is it mostly out of pocket?", "les mutuelles
# remboursent l'IMS ?": who pays for it is cover (insurance), whatever else the message tells.
PAYER_ASKED = re.compile(
    r"\b(health plans?|insurance|insurers?|benefits?|extended health|(my|the|your|our) plan|mutuelles?|assurances?|"
    r"la s[ée]cu|s[ée]curit[ée] sociale|ramq|ohip|msp)\b.{0,30}\b(pay|pays|cover|covers|reimburs\w*|rembours\w*|"
    r"prend\w* en charge)\b|\bout of pocket\b|\bde (ma|ta|sa|notre|votre|leur) poche\b|"
    r"\b(is|are) (it|acupuncture|dry needling|ims|needling|the sessions|sessions|treatments?) (usually |normally |"
    r"generally |ever )?(covered|reimbursed)\b"
)
_WHO_GIVES_IT_FROM = _topics("difference", "overview", "technique", "choosing", "origins")
_ACHED = re.compile(r"\b(ached|hurt|stung|throbbed)\b")

# fmt: off
TOPIC_RULES: Tuple[TopicRule, ...] = (
    TopicRule(
        "twitch", "technique", TWITCH_WORDS, "whole",
        from_topics=_topics(
            "needles", "sensation", "aftercare", "safety", "evidence", "treatment_course", "overview", "session_length",
            "choosing",
        ),
        also=_twitch,
        note="mon muscle a sauté quand l'aiguille est entrée, c'est normal?",
    ),
    TopicRule(
        "zap", "technique", ZAP_UNDER_NEEDLE, "whole",
        from_topics=_topics(
            "needles", "aftercare", "safety", "evidence", "treatment_course", "overview", "session_length"
        ),
        also=lambda a: _twitch(a) and not SORE_LATER.search(a.whole),
        note="a zap down my arm when the needle went in, gone at once, what was that?",
    ),
    TopicRule(
        "which_was_it", "difference", WHICH_WAS_IT,
        from_topics=_topics("technique", "overview", "choosing", "sensation", "needles", "evidence", "origins"),
        note="she put needles in my back and turned them. was that dry needling or acupuncture?",
    ),
    TopicRule(
        "needle_moves", "technique", wording.MOVED_NEEDLE, "whole",
        from_topics=_topics(
            "overview", "needles", "evidence", "conditions", "origins", "treatment_course", "difference", "choosing",
            "session_length",
        ),
        also=_in("text", wording.ASKS_MEANING),
        note="my acupuncturist kept winding the needle, what's that about?; elle faisait tourner l'aiguille, pourquoi?",
    ),
    TopicRule(
        "compared_aspect", lambda a: compared_aspect(a.q, a.text) or compared_aspect_en(a.q, a.text),
        note="lequel fait le plus mal?; which one's more uncomfortable?",
    ),
    TopicRule(
        "have_both", "choosing", wording.HAVE_BOTH,
        from_topics=_topics(
            "difference", "overview", "technique", "evidence", "conditions", "treatment_course", "session_length",
            "needles", "origins", "safety",
        ),
        # read as safety, only when no risk is asked ("is it ok to have both as part of the same care?"; "is it
        # safe to combine them?" stays safety)
        also=lambda a: not _fewer_than_two_treatments(a) and (a.topic != "safety" or not _RISK_ASKED.search(a.text)),
        note="can i do acupuncture and dry needling the same week, like alternate weeks?; on peut combiner les deux?",
    ),
    TopicRule(
        "alongside_other_care", "choosing", ALONGSIDE_OTHER_CARE,
        from_topics=_topics("session_length", "technique", "overview", "treatment_course", "needles", "difference", "origins"),
        note="can I do acupuncture alongside physio?; je peux faire de l'IMS en plus de ma physio ?",
    ),
    TopicRule(
        "needles_of_both", "needles", NEEDLES_OF_BOTH,
        # the classifier's difference guess stays the difference ("is IMS basically acupuncture? do they
        # use the same needles?"): the difference entry tells the needles too
        from_topics=_topics("needles", "technique", "overview", "choosing"),
        also=lambda a: not _REUSED.search(a.text),
        note="do dry needling and acupuncture use the same needles?",
    ),
    TopicRule(
        "same_as", "difference", also=lambda a: wording.asks_same_as(a.q),
        note="is it the same thing as dry needling? (after a question on IMS)",
    ),
    TopicRule(
        "difference_between", "difference", DIFFERENCE_BETWEEN,
        unless_from=_topics("difference", "choosing", "insurance"),
        also=lambda a: len(set(a.q.named) | set(a.q.context)) >= 2 and not wording.PAYMENT_WORDS.search(a.text),
        note="explain the difference between acupuncture and dry needling in plain words, it's for my dad",
    ),
    TopicRule(
        "what_is_it_alone", "overview", WHAT_IS_IT_ALONE,
        # "what's IMS? the pain clinic after my fusion mentioned it" read as after-care, "what is IMS?? never
        # heard of it back home" as where it comes from
        from_topics=_topics("technique", "treatment_course", "session_length", "aftercare", "origins"),
        # asked last, after what was told ("she mentioned she might do IMS. what is IMS?"): the sentence
        # that asks decides, read with what follows it
        either=_asks_what_it_is,
        note="what's IMS? my physio brought it up for my neck",
    ),
    TopicRule(
        # where the people around the patient come from is no question of where it comes from
        "what_is_it_alone_not_its_origins", "overview", WHAT_IS_IT_ALONE,
        from_topics=_topics("origins"),
        also=lambda a: not IDEA_BEHIND.search(a.whole) and not BASED_ON_FR.search(a.whole),
        note="what is acupuncture? my husband's family back home has never heard of it",
    ),
    TopicRule(
        # the name said with a word of doubt, after a story: "my back's been tight from skiing, what even is
        # IMS?" read as where it comes from or the research for the back
        "what_even_is", "overview", wording.WHAT_EVEN_IS,
        from_topics=_topics("origins", "technique", "treatment_course", "session_length", "aftercare", "evidence", "conditions"),
        also=lambda a: not IDEA_BEHIND.search(a.whole) and not BASED_ON_FR.search(a.whole),
        note="a physio at the ski hill offered it, what exactly is dry needling?; c'est quoi ça, l'IMS?",
    ),
    TopicRule("how_many_needles", "needles", HOW_MANY_NEEDLES),
    TopicRule(
        "how_many_used", "needles", HOW_MANY_USED, "whole",
        from_topics=_topics("sensation", "technique", "overview", "treatment_course", "choosing", "evidence", "safety"),
        also=lambda a: bool(re.search(r"\b(needles?|needels|pins|aiguilles?)\b", a.whole)),
        note="got 26 needles at my first visit, apparently that's a lot?? how many do they usually use",
    ),
    TopicRule(
        "points_compared", "difference", TRIGGER_POINTS,
        also=lambda a: bool(ACUPOINTS.search(a.text) and POINTS_COMPARED.search(a.text)),
        note="are acupuncture points and the trigger points my physio talks about the same thing?",
    ),
    TopicRule(
        "other_needles_compared", "needles", OTHER_NEEDLES_COMPARED,
        from_topics=_topics("difference", "overview", "choosing", "technique", "origins", "safety", "aftercare"),
        also=lambda a: _fewer_than_two_treatments(a)
        and bool(re.search(r"\b(needles?|needels|pins?|aiguilles?)\b", a.whole))
        # a bruise or soreness asked of a session ("will it bruise like after a blood test?") stays after-care
        and (a.topic != "aftercare" or not SORENESS.search(a.text)),
        note="how are acupuncture needles different from the ones for blood tests?",
    ),
    TopicRule(
        "research_compared", "evidence", RESEARCH_COMPARED,
        from_topics=_topics("difference", "choosing", "overview", "origins"),
        note="how much research is behind IMS compared to acupuncture?",
    ),
    TopicRule(
        "research_behind", "evidence", RESEARCH_BEHIND, from_topics=_topics("origins", "overview"),
        note="any real science behind acupuncture or is it just energy stuff?; y a-t-il des études sérieuses derrière?",
    ),
    TopicRule(
        "bled_at_needle", "aftercare", BLED_AT_NEEDLE,
        from_topics=_topics(
            "treatment_course", "overview", "evidence", "choosing", "conditions", "session_length", "sensation", "needles"
        ),
        # how it felt asked beside it ("it bled a bit, does it always hurt that much?") stays how it feels
        also=lambda a: bool(wording.NEEDLING_WORDS.search(a.whole))
        and (a.topic != "sensation" or not _FEELS_ASKED.search(a.text)),
        note="one of the needles bled a tiny bit when she pulled it out",
    ),
    TopicRule(
        "leaves_marks", "aftercare", LEAVES_MARKS, "whole",
        from_topics=_topics("treatment_course", "overview", "evidence", "choosing", "conditions", "session_length", "technique"),
        also=lambda a: bool(a.q.named or a.q.context or wording.NEEDLING_WORDS.search(a.whole)),
        note="i bruise easily, will dry needling leave marks? wedding soon; l'aiguille va laisser des bleus?",
    ),
    TopicRule("why_called_dry", "needles", WHY_CALLED_DRY, note="why is it called 'dry' needling?"),
    TopicRule(
        "felt_at_needle", "sensation", FELT_AT_NEEDLE,
        from_topics=_topics(
            "origins", "overview", "evidence", "treatment_course", "difference", "conditions", "needles", "technique"
        ),
        note="is that ache around the needle the 'de qi' thing? does it mean it's working?",
    ),
    TopicRule(
        "insertion_sting", "sensation", INSERTION_STING, "whole",
        from_topics=_topics(
            "sensation", "safety", "treatment_course", "evidence", "overview", "choosing", "conditions", "technique", "needles"
        ),
        also=lambda a: not wording.asks_help(a.q),
        note="the needle in my hand hurt like a bee sting for a sec, normal or did she hit a nerve?",
    ),
    TopicRule(
        "dozed_off", "sensation", DOZED_OFF,
        from_topics=_topics(
            "technique", "overview", "aftercare", "session_length", "treatment_course", "evidence", "choosing",
            "difference", "safety",
        ),
        # read as safety, only when whether it is normal is asked and no risk ("c'est normal de s'endormir
        # pendant la séance ?"; "is it dangerous to fall asleep with needles in?" stays safety)
        also=lambda a: (a.topic != "safety" or (bool(NORMAL_OR.search(a.text)) and not _RISK_ASKED.search(a.text)))
        and not SORENESS.search(a.whole)
        and (a.topic != "difference" or _fewer_than_two_treatments(a))
        # "could it help me sleep? I can't fall asleep after night shifts": sleep asked for (conditions)
        and not (HELPS_SLEEP.search(a.text) and not _DOZED_ON_THE_TABLE.search(a.whole)),
        note="my wife dozed off on the table with the needles in, is that normal?",
    ),
    TopicRule(
        "felt_nothing", "sensation", wording.FELT_NOTHING, "whole",
        from_topics=_topics(
            "treatment_course", "overview", "evidence", "technique", "needles", "choosing", "origins", "session_length",
        ),
        also=_not_in("whole", wording.NO_CHANGE_YET),
        note="couldn't even tell where the needles were. normal to feel nothing?; j'ai rien senti, c'est normal?",
    ),
    TopicRule(
        "needled_elsewhere", "technique", wording.NEEDLED_ELSEWHERE,
        from_topics=_topics(
            "evidence", "conditions", "overview", "treatment_course", "session_length", "choosing", "origins",
            "sensation", "needles",
        ),
        # "she'd needle my butt for my knee pain. why there?": a needle far from the pain, asked why
        either=lambda a: bool(
            wording.WHY.search(a.whole) or wording.MAKES_SENSE.search(a.whole)
        ) and body.needled_away_from_pain(a.whole) and not wording.asks_help(a.q),
        note="why is my physio doing IMS on my back when it's my calf that hurts",
    ),
    TopicRule(
        "needles_disposed", "safety", NEEDLES_DISPOSED,
        from_topics=_topics(
            "aftercare", "session_length", "technique", "overview", "sensation", "evidence", "practitioners"
        ),
        note="are the needles thrown away after? worried about infection",
    ),
    TopicRule(
        "fresh_needles", "safety", FRESH_NEEDLES,
        from_topics=_topics(
            "treatment_course", "session_length", "technique", "overview", "aftercare", "choosing", "needles", "evidence",
            "practitioners",
        ),
        note="before i book: will you open a new packet of needles while i watch? scared of infections",
    ),
    TopicRule(
        "size_of_needles", "needles",
        from_topics=_topics("difference", "sensation", "overview", "choosing", "technique"),
        also=_size_asked,
        note="how thin are the needles compared to a flu shot?",
    ),
    TopicRule(
        "western_or_traditional", "origins", WESTERN_OR_TRADITIONAL,
        from_topics=_topics("difference"),
        also=_fewer_than_two_treatments,
        note="western medical acupuncture vs the traditional chinese kind?",
    ),
    TopicRule(
        "which_one", "choosing", wording.WHICH_ONE,
        from_topics=_topics(
            "needles", "technique", "overview", "sensation", "evidence", "conditions", "insurance", "difference"
        ),
        # also asked in a further question ("Acupuncture, dry needling or IMS for a stiff back? Which is best?")
        either=lambda a: any(
            wording.WHICH_ONE.search(s.lower()) for s in [*a.q.others, wording.last_sentence(a.q.whole)]
        ),
        also=lambda a: (a.topic != "insurance" or not wording.PAYMENT_WORDS.search(a.whole))
        and len(a.q.named) >= 2
        and (a.topic != "difference" or not DIFFERENCE_BETWEEN.search(a.text)),
        note="acupuncture or dry needling, which one makes more sense for me?",
    ),
    TopicRule(
        "or_makes_sense", "choosing", OR_MAKES_SENSE,
        from_topics=_topics(
            "aftercare", "sensation", "technique", "overview", "needles", "evidence", "conditions",
            "treatment_course", "session_length", "practitioners",
        ),
        also=lambda a: len(set(a.q.named)) >= 2,
        note="desk job, forearm burns by 3pm. would acupuncture or dry needling make more sense?",
    ),
    TopicRule(
        "what_trigger_point", "technique", WHAT_TRIGGER_POINT,
        from_topics=_topics("overview", "conditions", "evidence", "origins", "difference", "choosing", "needles", "sensation"),
        note="my teacher reckons knots in my forearm cause the wrist pain. what even is a trigger point?",
    ),
    TopicRule(
        "how_done", "technique", HOW_DONE,
        from_topics=_topics("overview", "origins", "choosing", "evidence", "difference", "needles", "conditions"),
        # "comment ça se passe si j'ai peur?": how it goes for someone scared is how it feels
        also=lambda a: not (wording.FEAR_OF_NEEDLES.search(a.whole) and _SCARED_ASKED.search(a.text)),
        note="how is IMS done? does the needle go in and out or stay?",
    ),
    TopicRule(
        # "my aunt says the WHO approved acupuncture. is that true?", "l'OMS reconnaît l'acupuncture, c'est vrai?":
        # what the research and health bodies say, told in the story and asked whether true
        "who_approved", "evidence", WHO_APPROVED, "whole",
        from_topics=_topics(
            "overview", "origins", "technique", "session_length", "sensation", "treatment_course", "needles", "aftercare"
        ),
        note="the WHO approves acupuncture, my aunty says. is that actually true?",
    ),
    TopicRule(
        "does_it_work", "evidence", DOES_IT_WORK,
        from_topics=_topics("overview", "origins", "difference", "technique", "choosing"),
        also=lambda a: not a.q.conditions and not wording.asks_how_it_works(a.text),
        note="does dry needling work?? and is it covered by insurance usually",
    ),
    TopicRule(
        "or_for", "choosing", OR_FOR,
        from_topics=_topics(
            "aftercare", "sensation", "technique", "overview", "needles", "evidence", "conditions",
            "treatment_course", "session_length",
        ),
        also=lambda a: len(set(a.q.named)) >= 2,
        note="acupuncture or dry needling for a sore lower back from lifting all day?",
    ),
    TopicRule(
        "safe_asked_cover_told", "safety", ASKS_SAFE,
        from_topics=_topics("insurance"),
        also=_asks_safe_cover_only_told,
        note="is acupuncture safe? never had it, apparently my ICBC claim covers some visits",
    ),
    TopicRule(
        "asks_safe", "safety", ASKS_SAFE, "last",
        from_topics=_topics(
            "choosing", "overview", "evidence", "conditions", "difference", "sensation", "treatment_course",
            "session_length", "practitioners",
        ),
        # in any question sentence of the message ("Is IMS safe? Reviews of the clinic are mixed.",
        # "...if the person is trained. is that true? what are the real risks")
        either=lambda a: any(ASKS_SAFE.search(s.lower()) for s in _asked_sentences(a)),
        note="le kiné me propose la puncture sèche, est-ce que c'est dangereux?",
    ),
    TopicRule(
        "risk_asked", "safety", wording.HITS_SOMETHING,
        from_topics=_topics(
            "choosing", "overview", "evidence", "conditions", "difference", "treatment_course", "session_length",
            "technique",
        ),
        either=lambda a: bool(
            WORRIED_ABOUT.search(a.text)
            and (wording.LUNG_RISK.search(a.whole) or wording.HITS_SOMETHING.search(a.whole)
                 or wording.SIDE_EFFECT_WORDS.search(a.whole))
        ),
        also=lambda a: not wording.asks_help(a.q),
        note="my friend's lung collapsed after needling. should I be worried about that for my shoulder?",
    ),
    TopicRule(
        "assessed_first", "technique", wording.ASSESSED_FIRST,
        from_topics=_topics("treatment_course", "overview", "session_length", "choosing", "sensation"),
        # asked in another sentence than the one the classifier read ("I rely on what people tell me.
        # Will the physio assess me before needling or just start?")
        either=lambda a: any(
            wording.ASSESSED_FIRST.search(s.lower()) and is_question(s) for s in wording.sentences(a.whole)
        ),
        # a nerve told beside it ("I'm nervous, will they examine me first?") asks how a visit goes;
        # "will they check me first, and does it hurt?" still asks how it feels
        also=lambda a: a.topic != "sensation" or not _FEELS_ASKED.search(a.text),
        note="will the physio assess me first or just start needling?; I'm nervous, will she examine me first?",
    ),
    TopicRule("become_one", "practitioners", BECOME_ONE, note="how do i become an acupuncturist?"),
    TopicRule(
        "who_does", "practitioners", WHO_DOES,
        from_topics=_WHO_GIVES_IT_FROM,
        note="l'IMS c'est fait par des médecins ou des physios?",
    ),
    TopicRule(
        "who_does_it", "practitioners", WHO_DOES_IT,
        unless_from=_topics("practitioners"),
        also=lambda a: bool(a.q.named or a.q.context),
        note="and who does it, a physio? (after a question on IMS)",
    ),
    TopicRule(
        "regulated", "practitioners", REGULATED,
        from_topics=_WHO_GIVES_IT_FROM,
        note="is it even legal here in canada? who regulates it",
    ),
    TopicRule(
        "what_it_is_for", "conditions", WHAT_IT_IS_FOR,
        from_topics=_topics("technique", "needles", "sensation", "origins", "aftercare", "session_length"),
        also=lambda a: _fewer_than_two_treatments(a) and not wording.MOVED_NEEDLE.search(a.whole),
        note="what is dry needling for, only muscles?; à quoi sert l'acupuncture, juste la douleur ?",
    ),
    TopicRule(
        "treatment_for_that", "conditions", TREATMENT_FOR_THAT, "last",
        from_topics=_topics("needles", "technique", "sensation", "aftercare", "overview", "session_length", "origins"),
        also=lambda a: bool(a.q.conditions or body.musculoskeletal_condition(a.whole) or body.names_body_part(a.whole))
        and not wording.AFTER_A_SESSION.search(a.whole),
        note="my heel hurts after every run. needles for that?; genou en compote. l'acupuncture pour ça ?",
    ),
    TopicRule(
        "try_or_rest", "choosing", TRY_OR_REST,
        from_topics=_topics("evidence", "treatment_course", "technique", "overview", "sensation", "needles", "aftercare"),
        also=lambda a: not wording.AFTER_A_SESSION.search(a.whole),
        note="calf still tight a week on. should i get dry needling or just rest it?",
    ),
    TopicRule(
        "sport_uses_it", "conditions", SPORT_USES_IT,
        from_topics=_topics("practitioners", "overview", "choosing", "technique", "origins", "sensation", "needles"),
        note="training for a half marathon, hamstring locks up. is dry needling something runners use?",
    ),
    TopicRule(
        "used_for", "conditions", wording.USED_FOR,
        from_topics=_topics("needles", "technique", "origins", "difference", "sensation", "overview"),
        also=lambda a: wording.asks_help(a.q),
        note="a deep ache in my glute... is that the kind of thing IMS is used for?",
    ),
    TopicRule(
        "exercise_soreness", "conditions",
        from_topics=wording.SORENESS_TOPICS,
        also=lambda a: wording.exercise_soreness(a.q),
        note="legs are dead after the marathon. does dry needling help with that?",
    ),
    TopicRule(
        "needling_alone", "treatment_course", NEEDLING_ALONE,
        from_topics=_topics("conditions", "evidence", "choosing", "overview", "technique", "aftercare", "sensation"),
        note="do i have to do the home exercises too or is the needling enough?",
    ),
    TopicRule(
        "exercises_told_still_asked", "treatment_course", STILL_DO_THEM,
        from_topics=_topics("conditions", "evidence", "choosing", "overview", "technique", "aftercare", "sensation"),
        also=lambda a: bool(
            EXERCISES_TOLD.search(a.whole) and (a.q.named or a.q.context or wording.NEEDLING_WORDS.search(a.whole))
        ),
        note="my physio gave me stretches for work. do I still have to do those if I'm getting needled?",
    ),
    TopicRule(
        "sore_for_days", "aftercare", SORE_FOR_DAYS, "whole",
        from_topics=_topics("sensation", "technique", "session_length", "treatment_course"),
        also=lambda a: bool(wording.AFTER_A_SESSION.search(a.whole) or wording.AFTERWARDS.search(a.whole)),
        note="c'est normal d'avoir eu mal pendant 2 jours après le dry needling?",
    ),
    TopicRule(
        "no_end", "treatment_course", NO_END,
        from_topics=_topics(
            "technique", "overview", "evidence", "conditions", "choosing", "origins", "sensation", "session_length", "needles"
        ),
        note="will i need acupuncture forever or is there an end point?; faut-il y aller toute sa vie?",
    ),
    TopicRule(
        "tune_up", "treatment_course", TUNE_UP, "whole",
        from_topics=_topics(
            "technique", "overview", "evidence", "conditions", "choosing", "origins", "sensation", "session_length"
        ),
        note="acupuncture every month as a tune-up, even when nothing is wrong?",
    ),
    TopicRule(
        # "can my parents get acupuncture regularly just to stay healthy?" read as how treatments differ
        # or as whether it is safe: neither is asked unless the words say so
        "tune_up_not_safety_or_difference", "treatment_course", TUNE_UP, "whole",
        from_topics=_topics("difference", "safety"),
        also=lambda a: _fewer_than_two_treatments(a)
        and not ASKS_SAFE.search(a.text)
        and not _SAFETY_OR_DIFFERENCE_ASKED.search(a.text)
        and not DIFFERENCE_BETWEEN.search(a.text),
        note="can you have acupuncture regularly just to stay well, even when nothing's really wrong?",
    ),
    TopicRule(
        "tune_up_not_who", "treatment_course", TUNE_UP,
        from_topics=_topics("practitioners"),
        also=lambda a: not re.search(
            r"\b(who|acupuncturists?|physios?|physiotherapists?|practitioners?|doctors?|qualif\w*|licen\w*|regulat\w*|"
            r"train\w*|certif\w*|acupuncteur\w*|kin[eé]\w*|physioth[eé]rapeute\w*|qui)\b",
            a.whole,
        ),
        note="can I do acupuncture regularly just for general wellness?",
    ),
    TopicRule(
        "training_enough", "practitioners", TRAINING_ENOUGH, "whole",
        unless_from=_topics("practitioners", "safety"),
        also=_not_in("whole", wording.SPORT_TRAINING),
        note="he did 2 weekends of training. is that really enough?",
    ),
    TopicRule(
        "properly_trained", "practitioners", PROPERLY_TRAINED,
        # or as a further question of the message: "who does it at your place? are they properly trained"
        either=lambda a: any(PROPERLY_TRAINED.search(s.lower()) for s in a.q.others),
        from_topics=_topics("evidence", "overview", "technique", "choosing", "sensation", "conditions", "origins"),
        also=_not_in("whole", wording.SPORT_TRAINING),
        note="is the person who does it at your clinic properly trained, or is it some weekend thing?",
    ),
    TopicRule(
        "worse_after_session", "aftercare",
        unless_from=_topics("aftercare", "safety", "treatment_course"),
        also=lambda a: wording.worse_after_session(a.q),
        note="had acupuncture yesterday and today the pain is worse",
    ),
    TopicRule(
        "what_tradition_is", "origins", WHAT_TRADITION_IS,
        from_topics=_topics("overview", "technique", "evidence", "conditions", "difference", "choosing", "needles"),
        also=lambda a: not DE_QI.search(a.text) and not wording.RESEARCH_WORDS.search(a.text),
        note="what are meridians exactly? the acupuncturist kept talking about them",
    ),
    TopicRule(
        "tradition", "origins", TRADITION_WORDS,
        from_topics=_topics("difference"),
        also=_fewer_than_two_treatments,
        note="is acupuncture the same thing as traditional chinese medicine?",
    ),
    TopicRule(
        "fear_of_needles", "sensation", wording.FEAR_OF_NEEDLES, "whole",
        from_topics=_topics("overview", "technique", "choosing", "evidence", "conditions", "needles", "difference"),
        # "needle phobia... how thick are they?": the needles' size, asked, is the needles entry's
        also=lambda a: (a.topic != "needles" or not _size_asked(a))
        # "...but I panic around needles. Does acupuncture actually help migraines?": the fear only told,
        # the question asks whether it helps a problem it names
        and not (
            a.topic in wording.CONDITION_TOPICS
            and a.q.asked_conditions
            and wording.asks_help(a.q)
            and not wording.FEAR_OF_NEEDLES.search(a.text)
        ),
        note="i pass out at blood tests. would i even handle dry needling?",
    ),
    TopicRule(
        "fear_tips", "sensation", wording.FEAR_OF_NEEDLES, "whole",
        from_topics=_topics("aftercare"),
        also=lambda a: bool(wording.TIPS.search(a.text) or LESS_SCARY.search(a.text)),
        note="terrified of needles... is there anything that would make it less scary?",
    ),
    TopicRule(
        "fear_try", "sensation", wording.FEAR_OF_NEEDLES, "whole",
        from_topics=_topics("aftercare", "treatment_course", "session_length"),
        also=_in("text", FEAR_QUESTION),
        note="terrified of needles, i sweat through my shirt at blood tests. should i even try this?",
    ),
    TopicRule(
        # guessed as safety, a fear of needles told and what to know before trying asked, no risk asked
        # ("terrified of needles... what should I know before trying acupuncture?": session 24, tuner yc, wn-089)
        "fear_know", "sensation", wording.FEAR_OF_NEEDLES, "whole",
        from_topics=_topics("safety"),
        also=lambda a: bool(KNOW_BEFORE_TRYING.search(a.text)) and not RISK_ASKED_WITH_A_FEAR.search(a.text),
        note="terrified of needles lol. what should I know before trying acupuncture?",
    ),
    TopicRule(
        "lung_risk", "safety", wording.LUNG_RISK, "whole",
        from_topics=_topics("sensation", "aftercare", "overview", "technique", "needles", "evidence"),
        either=_in("text", wording.HITS_SOMETHING),
        note="what would it feel like if a needle punctured my lung?",
    ),
    TopicRule(
        "breathing_risk", "safety", wording.BREATHING_RISK,
        from_topics=_topics(
            "sensation", "aftercare", "overview", "technique", "needles", "evidence", "conditions", "treatment_course",
            "choosing",
        ),
        also=lambda a: not wording.asks_help(a.q),
        note="if they needle around my chest, could that mess with my breathing?; ça peut gêner ma respiration?",
    ),
    TopicRule(
        "where_needles_go", "technique", WHERE_NEEDLES_GO, "whole",
        from_topics=_topics("sensation", "overview", "evidence", "conditions", "aftercare", "needles", "origins"),
        either=lambda a: bool(
            wording.NEEDLES_PUT_THERE.search(a.whole) and wording.WHY.search(a.text) and not SORENESS.search(a.whole)
        ),
        note="my leg hurts but he put needles in my lower back?? why?",
    ),
    TopicRule(
        "side_effects", "safety", wording.SIDE_EFFECT_WORDS, "whole",
        from_topics=_topics("overview", "technique", "origins", "difference", "choosing", "evidence", "conditions"),
        either=_in("text", SIDE_EFFECTS_ASKED),
        note="what about infections, are the needles clean?; a faint at the last session",
    ),
    TopicRule(
        "infection_asked", "safety", INFECTION_WORDS, "whole",
        from_topics=_topics("treatment_course", "session_length"),
        # in the question sentence, or anywhere in a follow-up to the safety answer ("is acupuncture
        # safe?" then "even for someone sweaty and dusty all day? like infection wise")
        also=lambda a: bool(INFECTION_WORDS.search(a.text) or a.q.previous_topic == "safety")
        and not HOW_MANY_SESSIONS.search(a.text)
        and not TAKES_EFFECT.search(a.text),
        note="is acupuncture safe? / even for someone sweaty and dusty all day? like infection wise",
    ),
    TopicRule(
        "hurts_asked", "sensation", HURTS_ASKED,
        from_topics=_topics("choosing", "overview", "technique", "treatment_course", "evidence", "conditions", "origins"),
        # not afterwards ("will it hurt the next day?"), nor whether it helps a pain
        also=lambda a: not wording.AFTERWARDS.search(a.text)
        and not wording.asks_help(a.q)
        and _fewer_than_two_treatments(a)
        and bool(a.q.named or a.q.context or wording.NEEDLING_WORDS.search(a.whole)),
        note="my skin hurts to be touched (fibromyalgia). if I try acupuncture is it going to be agony?",
    ),
    TopicRule(
        "injected", "needles", wording.ASKS_INJECTED,
        from_topics=_topics("technique", "overview", "difference", "sensation", "choosing"),
    ),
    TopicRule(
        "how_it_works", "overview",
        from_topics=_topics("sensation", "evidence", "origins", "conditions", "choosing", "overview", "treatment_course"),
        also=lambda a: wording.asks_how_it_works(a.text),
        note="a friend keeps nagging me to try it for my back. how is it supposed to work?",
    ),
    TopicRule(
        "what_does_mean", "overview", WHAT_DOES_MEAN,
        from_topics=_topics("evidence", "conditions", "treatment_course", "choosing", "difference"),
        also=lambda a: not wording.RESEARCH_WORDS.search(a.text) and _fewer_than_two_treatments(a),
        note="everyone says IMS will 'reset' my muscle. what does reset mean in normal english?",
    ),
    TopicRule(
        "who_invented", "origins", WHO_INVENTED,
        from_topics=_topics("evidence", "overview", "technique", "difference", "choosing", "practitioners", "conditions"),
        also=lambda a: not wording.RESEARCH_WORDS.search(a.text),
        note="who came up with dry needling in the first place?; qui a inventé l'IMS ?",
    ),
    TopicRule("based_on", "origins", BASED_ON_FR, from_topics=_topics("difference", "choosing", "overview")),
    TopicRule(
        "idea_behind", "origins", IDEA_BEHIND,
        from_topics=_topics("difference", "choosing", "practitioners", "technique", "evidence"),
        # or a further question of the message, or its last words: "IMS treats the nerve roots?? what's the
        # idea behind that", "was gunn a doctor? like where did gunn IMS even come from"
        either=lambda a: any(IDEA_BEHIND.search(s.lower()) for s in [*a.q.others, wording.last_sentence(a.q.whole)]),
        also=lambda a: a.topic != "evidence" or not wording.RESEARCH_WORDS.search(a.text),
        note="IMS treats the nerve roots?? what's the idea behind that",
    ),
    TopicRule(
        "study_says", "evidence", STUDY_SAYS,
        from_topics=_topics("origins", "overview"),
        either=lambda a: bool(STUDY_SAYS.search(a.whole) and ASKS_VERDICT.search(a.text)),
        note="a big study says dry needling works, but not that much. what's the verdict?",
    ),
    TopicRule(
        "claim_read", "evidence", CLAIM_SOURCE, "whole",
        from_topics=_topics(
            "sensation", "safety", "choosing", "overview", "technique", "aftercare", "needles", "origins",
            "treatment_course", "session_length", "practitioners",
        ),
        also=lambda a: bool(CLAIM_HELPS.search(a.whole))
        and bool(CLAIM_ASKED.search(a.text) or ASKS_VERDICT.search(a.text))
        and bool(a.q.asked_conditions or a.q.conditions or body.musculoskeletal_condition(a.whole))
        and not wording.SIDE_EFFECT_WORDS.search(a.whole)
        and not wording.LUNG_RISK.search(a.whole)
        and not wording.FEAR_OF_NEEDLES.search(a.whole),
        note="a piece in the news said IMS helps tennis elbow. does it really?",
    ),
    TopicRule(
        "what_is_it", "overview", wording.WHAT_IS_IT,
        from_topics=frozenset(wording.CONDITION_TOPICS) | _topics("needles", "choosing"),
        also=lambda a: (a.topic != "needles" or not HOW_MANY_NEEDLES.search(a.text))
        and (a.topic != "choosing" or (not wording.WHICH_ONE.search(a.text) and _fewer_than_two_treatments(a))),
        note="dry needling - what is it and how is it supposed to help tight muscles?",
    ),
    TopicRule(
        "holistic", "overview", wording.HOLISTIC,
        from_topics=_topics(
            "evidence", "conditions", "session_length", "technique", "sensation", "choosing", "origins", "aftercare"
        ),
        # read as after-care ("she asked about my sleep. does acupuncture look at more than the sore spot?"),
        # only when nothing of a session had is asked
        also=lambda a: a.topic != "aftercare" or not wording.AFTER_A_SESSION.search(a.text),
        note="does acupuncture treat the whole person or just the sore spot?",
    ),
    TopicRule(
        "needles_stay", "technique", NEEDLES_STAY,
        # asked in the question sentence, or as a further question of the message ("would she have to lie
        # still the whole time? how long do the needles stay in")
        either=lambda a: any(
            NEEDLES_STAY.search(s.lower()) or NEEDLES_STAY_FR.search(s.lower()) for s in [a.text, *a.q.others]
        ),
        note="combien de temps on garde les aiguilles ?; the needles stay in for how long?",
    ),
    TopicRule(
        "always_that_intense", "sensation", wording.ALWAYS_THAT_INTENSE,
        unless_from=_topics("sensation", "aftercare", "safety"),
        note="she hit the knot in my shoulder... is dry needling always that intense?",
    ),
    TopicRule(
        "is_it_normal", _normal_or_sore, wording.IS_IT_NORMAL, "whole",
        from_topics=_topics("overview", "choosing", "evidence", "origins"),
        # "is it ok to get acupuncture and dry needling in the same programme?": having both, no feeling
        also=lambda a: _fewer_than_two_treatments(a) or not wording.HAVE_BOTH.search(a.text),
        note="i was biting the pillow during IMS. is it supposed to be that intense?",
    ),
    TopicRule(
        "normal_or_overdone", _ached_afterwards, NORMAL_OR,
        from_topics=_topics("treatment_course", "session_length"),
        also=lambda a: bool(SORENESS.search(a.whole) or _ACHED.search(a.whole)),
        note="it ached like crazy until thursday. normal or did she overdo it?",
    ),
    TopicRule(
        "session_how_long", "session_length", SESSION_HOW_LONG,
        from_topics=_topics("treatment_course", "aftercare", "overview", "technique", "choosing", "evidence", "sensation"),
        # in the question sentence only: "does IMS hurt? and how long is a session?" is answered on how it
        # feels, the session length offered as a button
        also=lambda a: not TAKES_EFFECT.search(a.text) and not HOW_MANY_SESSIONS.search(a.text) and not SORENESS.search(a.text),
        note="how long is an acupuncture appointment? i work nights; combien de temps dure une séance ?",
    ),
    TopicRule(
        "takes_effect", "treatment_course", TAKES_EFFECT,
        either=_in("text", TAKES_EFFECT_FR),
        also=_not_in("text", SORENESS),
    ),
    TopicRule(
        "how_many_sessions", "treatment_course", HOW_MANY_SESSIONS,
        # or as a further question: "...3 visits and my headaches should be gone. is that realistic? how many
        # sessions does it normally take"
        either=lambda a: any(HOW_MANY_SESSIONS.search(s.lower()) for s in a.q.others),
        also=lambda a: not SORENESS.search(a.text) or _stiff_part_treated(a),
        note="how many acupuncture sessions does a stiff neck usually take? (the stiffness the complaint)",
    ),
    TopicRule(
        "causes_it", "safety", wording.CAUSES_IT,
        from_topics=frozenset(wording.CONDITION_TOPICS),
        also=lambda a: bool(a.q.asked_conditions),
        note="can acupuncture set off a migraine? asks about a side effect",
    ),
    TopicRule(
        "bruise_goes", "aftercare", BRUISE_GOES, "whole",
        from_topics=_topics(
            "sensation", "evidence", "overview", "treatment_course", "conditions", "choosing", "technique", "session_length"
        ),
        note="the bruise is huge, will it go away?",
    ),
    TopicRule(
        "mark_asked", "aftercare", MARK_ASKED, "whole",
        from_topics=_topics("evidence", "overview", "treatment_course", "conditions", "choosing", "technique", "session_length"),
        also=lambda a: bool(a.q.named or a.q.context or wording.NEEDLING_WORDS.search(a.whole) or re.search(r"\b(needl\w*|aiguilles?|piqu\w*)\b", a.whole)),
        note="a bit of blood when the needle came out, is that a thing?",
    ),
    TopicRule(
        "colour_followed_up", "aftercare", COLOUR_CHANGE,
        from_topics=_topics("treatment_course", "session_length", "technique", "overview", "choosing", "evidence", "conditions"),
        also=lambda a: a.q.previous_topic in ("aftercare", "safety"),
        note="(a bruise answered) / it turned a yellowy green, healing or should I worry?",
    ),
    TopicRule(
        "fit_later", "aftercare", FIT_LATER,
        from_topics=_topics(
            "choosing", "treatment_course", "session_length", "technique", "overview", "conditions", "evidence", "safety"
        ),
        note="if I have IMS tomorrow will I be ok to race saturday?; si je le fais lundi, je vais-tu être correct vendredi?",
    ),
    TopicRule(
        "will_be_sore", "aftercare", WILL_BE_SORE,
        from_topics=_topics("sensation", "technique", "session_length", "overview", "choosing", "needles"),
        also=lambda a: bool(a.q.named or a.q.context or wording.NEEDLING_WORDS.search(a.whole)),
        note="if she gets needled friday will she be stiff at the wedding?; il va-tu avoir des courbatures au chalet ?",
    ),
    TopicRule(
        "dozed_on_the_table", "sensation", DOZED_OFF, "whole",
        from_topics=_topics("session_length", "treatment_course", "aftercare", "technique", "overview", "choosing", "evidence"),
        also=lambda a: bool(_DOZED_ON_THE_TABLE.search(a.whole) and DOZE_NORMAL.search(a.text))
        and not HELPS_SLEEP.search(a.text),
        note="I nodded off with the needles in, is that weird?",
    ),
    TopicRule(
        "go_back_no_change", "treatment_course", GO_BACK,
        from_topics=_topics("aftercare", "choosing", "sensation", "technique", "overview", "session_length"),
        also=lambda a: bool(NO_CHANGE_YET.search(a.whole)) and not SORENESS.search(a.whole),
        note="nothing different after the first one, should I keep going?",
    ),
    TopicRule(
        "worse_before_better", "aftercare", WORSE_BEFORE_BETTER, "whole",
        from_topics=_topics("session_length", "treatment_course", "overview", "technique", "choosing", "evidence", "conditions"),
        note="she said it could get worse before it gets better, how long would that go on?",
    ),
    TopicRule(
        "helps_sleep", "conditions", HELPS_SLEEP,
        from_topics=_topics("sensation", "aftercare", "technique", "needles", "session_length", "overview", "origins"),
        also=lambda a: any(HELPS_SLEEP.search(s.lower()) for s in _asked_sentences(a))
        and not _DOZED_ON_THE_TABLE.search(a.whole),
        note="could it help me sleep? i wake at 3 every night; ça peut m'aider à mieux dormir ?",
    ),
    TopicRule(
        "payer_asked", "insurance", PAYER_ASKED,
        from_topics=_topics("evidence", "overview", "conditions", "technique", "origins", "treatment_course"),
        also=lambda a: any(PAYER_ASKED.search(s.lower()) for s in _asked_sentences(a))
        and not DOES_IT_WORK.search(a.text)
        and not wording.RESEARCH_WORDS.search(a.text),  # "proof it works before the plan pays": the research
        note="do benefit plans normally cover dry needling, or do people pay out of pocket?",
    ),
    TopicRule(
        # a problem told, then only the treatment asked ("tennis elbow for months. dry needling?", "my jaw
        # clicks. acupuncture for TMJ?", "tendinite au coude. l'acupuncture pour ça?"): whether it helps
        "treatment_alone_asked", "conditions", TREATMENT_ALONE_ASKED, "last",
        from_topics=_topics(
            "treatment_course", "session_length", "aftercare", "sensation", "technique", "overview", "needles",
            "origins", "safety", "difference",
        ),
        also=lambda a: bool(a.q.conditions or body.musculoskeletal_condition(a.whole))
        and _fewer_than_two_treatments(a)
        and not wording.AFTER_A_SESSION.search(a.whole)
        and not wording.NEEDLES_PUT_THERE.search(a.whole),
        note="plantar fasciitis since the summer. IMS?",
    ),
    TopicRule(
        "helps_problem", "conditions",
        from_topics=wording.SORENESS_TOPICS,
        also=_helps_problem,
        note="my elbow hurts lifting the bucket. is that tennis elbow? and can needling fix it?",
    ),
    TopicRule(
        "helps_problem_elsewhere", "conditions",
        from_topics=_topics(
            "safety", "needles", "treatment_course", "origins", "practitioners", "session_length", "choosing", "technique"
        ),
        also=lambda a: _helps_problem(a)
        # "why the back when my leg hurts? will that help?": where the needles go (technique)
        and not (a.topic == "technique" and (WHERE_NEEDLES_GO.search(a.whole) or wording.NEEDLED_ELSEWHERE.search(a.whole)))
        and not ASKS_SAFE.search(a.text)
        and not NEEDLING_ALONE.search(a.text)
        and not (a.topic == "treatment_course" and SESSIONS_COUNT_ASKED.search(a.text))
        and _fewer_than_two_treatments(a),
        note="my arthritic hip is killing me after the walk. could acupuncture take the edge off?",
    ),
    TopicRule("soreness_topic_kept", lambda a: a.topic, from_topics=wording.SORENESS_TOPICS),
    TopicRule(
        "soreness_lasts", "aftercare", SORENESS_LASTS,
        # sentence by sentence: "ça fait mal? ça dure combien de temps?" asks how it feels and how long a
        # session is, no soreness lasting
        either=lambda a: any(
            SORENESS_LASTS_FR.search(s) or SORE_FOR.search(s) for s in wording.sentences(a.text) or [a.text]
        ),
    ),
    TopicRule(
        "that_lasts_fr", "aftercare", THAT_LASTS_FR,
        also=_in("whole", SORENESS),
        note="j'ai encore des courbatures. ça dure combien de temps?",
    ),
    TopicRule(
        "that_lasts", "aftercare", THAT_LASTS,
        also=lambda a: bool(
            SORENESS.search(a.whole) or (a.q.previous_topic in wording.SORENESS_TOPICS and not a.q.named)
        ),
    ),
)
# fmt: on


def question_topic(q: Question) -> str:
    """The predicted topic, unless the question's wording says which entry answers it (the
    first rule of TOPIC_RULES that applies): how long soreness lasts, how long the
    needles stay in, or how long before the treatment starts to work; whether one treatment
    is the same as another (difference), how many needles (needles), who gives it
    or becomes one (practitioners), or said with a fear of needles (sensation); the idea behind it (origins),
    what it is (overview, not the research for a condition named with it), a study read
    about (evidence)."""
    asked = Asked(q)
    for rule in _rules_from(asked.topic):
        topic = rule.topic_for(asked)
        if topic:
            return topic
    return asked.topic


@lru_cache(maxsize=64)
def _rules_from(topic: str) -> Tuple[TopicRule, ...]:
    """The rules that may move a question from `topic`, in the table's order: worked out once
    per topic, so a message only tries the rows that concern its topic."""
    return tuple(rule for rule in TOPIC_RULES if rule.moves_from(topic))
