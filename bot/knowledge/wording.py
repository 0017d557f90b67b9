"""What a message says, as precompiled patterns and small tests shared by the router
(bot/knowledge/route.py) and its entry-choice table (bot/knowledge/entry_choice.py): its last
sentence, whether it asks if needling helps, a fear of needles, soreness, a session that made
things worse... No decision is made here; the rules that use them are in route.py's docstring.
Compiled at import: route() runs on every message."""

import re

from bot.knowledge.question import Question
from bot.nlu.focus import sentences

# "What do you recommend?" for a problem of one's own is a question about what could help,
# not a request for a diagnosis ("is it a torn rotator cuff?", "do I have sciatica?").
ASKS_ADVICE = re.compile(
    r"\b(recommend|suggest|advise|what (should|would|could|can) (i|you)|what do you think|"
    r"any (advice|ideas|suggestions)|what('s| is) (best|good) for|(would|could|can|will) "
    r"(needling|needles|it|this|that|something|anything) help)\b|"
    # French: "vous me conseillez quoi?", "qu'est-ce que je devrais faire?", "ça pourrait m'aider?"
    r"\b(recommand\w*|conseill\w*|sugg[eé]r\w*|qu'est-ce que (je|j') (devrais|dois|pourrais)|"
    r"qu'est ce que (je|j') (devrais|dois|pourrais)|(que|quoi) faire\b|(vous|tu) en pens\w+|"
    r"qu'en pens\w+|(ça|ca|cela|les aiguilles|l'acupuncture|l'ims|le dry needling|quelque chose) "
    r"(pourrai(en)?t|peu(ven)?t|va|vont|pourra) (m'|l'|me |nous )?aider)",
    re.IGNORECASE,
)
# "Would IMS help with that?", "can dry needling fix my sciatica?": a condition named with a
# treatment and one of these verbs asks what needling does for it, whatever aspect the
# classifier guessed ("how many sessions would it take to help?" stays a course question).
_ASKS_HELP = re.compile(
    r"\b(would|will|could|can|does|do|might|may|is)\b( \w+){1,4} (help|work|fix|treat|reduce|ease|relieve|lessen|"
    r"do (anything|much|something)|worth (it|trying)|(used|good|effective|any good) for|"
    r"make (it|things|this|that|them|me) (any )?better|worth (a )?(shot|go|try|trying)|sort (it|this|that|them)( out)?|"
    # "will needles sort out my tennis elbow?", "could it clear up my plantar fasciitis?", "can acupuncture be part of
    # managing chronic pain?": the verb says what needling does for a problem, whatever follows it
    r"sort out|clear up|knock out|be (a |any )?part of (managing|treating|the treatment|the plan|(my|the) (treatment|care|recovery|rehab))|"
    # "could acupuncture take the edge off?", "would it calm the flare-ups down?", "cut them down"
    r"take the (edge|sting) off|get rid of|"
    r"(be )?(for|meant for|aimed at) (people|someone|folks|a person|patients) like me|(calm|settle|cut|knock|dial|turn) (it|things|this|that|them|those|these|the \w+( \w+)?) "
    r"(down|back)|"
    r"speed (things|it|this|that|recovery|healing|(my|the) (recovery|healing|rehab))( \w+)? up)\b|"
    # "worth trying acupuncture on my hands?", "is it worth a shot for my knees?"
    r"^\W*(is it |would it be |it'?s |is (acupuncture|dry needling|ims|needling) )?worth (it|trying|a (try|shot|go))\b|"
    # "is this something IMS treats?", "is that the kind of thing acupuncture helps?"
    r"\b(is|are) (this|that|it|these|those) (something|the (kind|sort|type) of (thing|pain|problem)|a thing|what) "
    r"(\w+ ){0,3}(helps?|treats?|fix(es)?|works? (on|for))\b|"
    # "do people actually get relief from acupuncture for this?"
    r"\b(get|got|find|found|see) (any |some |real |lasting )?(relief|results?|benefits?) (from|with)\b|"
    # "is there any point trying needles for chronic pain?"
    r"\bany (point|use) (in )?(trying|getting|having|doing)\b|"
    # French: "est-ce que l'IMS pourrait aider?", "ça vaut la peine pour mon dos?"
    r"\b(est-ce que|est ce que|peut|peuvent|pourrait|pourraient|va|vont|ça|ca)\b( \S+){0,4} (m'|l'|nous |vous |me |le |la |les )?(aider|marcher|"
    r"fonctionner|traiter|soulager|r[eé]gler|gu[eé]rir|diminuer|r[eé]duire|att[eé]nuer|espacer|calmer|apaiser)\b|\bvaut (la peine|le coup)\b|"
    # "ça se soigne avec l'acupuncture ?", "est-ce que ça se traite par l'IMS?", "can that be treated with
    # acupuncture?", "is it treatable with dry needling?": whether needling treats the problem told
    r"\b(se|s')(-t-il|-t-elle)? ?(soign\w*|trait\w*|gu[eé]ri\w*|soulag\w*)([- ]tu|-t-ils?|-t-elles?)?( bien| vraiment)? (avec|par|[aà] l'|gr[aâ]ce [aà])|"
    r"\b(be|being|get|gets|getting) (treated|helped|fixed|cured|relieved|sorted) (with|by|using)\b|\btreatable (with|by)\b|"
    # "l'acupuncture aide-t-elle contre les nausées?", "ça soulage pour le sommeil?"
    r"\b(aide|aident|soulage|soulagent|marche|fonctionne)(-t-(il|elle|on)|-(ils|elles))?\b( \S+){0,2} "
    r"(contre|pour|avec|sur|[aà])\b|"
    # "les aiguilles, ça détend les muscles noués ?", "l'IMS ça soulage une tendinite ?", "c'est utile pour ça ?",
    # "c'est-tu bon pour les genoux ?": what needling does for a problem, the verb conjugated
    r"\b(ça|ca)\b( \S+){0,2} (soulage|soulagent|aide|aident|d[eé]tend|d[eé]tendent|rel[aâ]che|rel[aâ]chent|d[eé]noue|"
    r"d[eé]nouent|r[eé]gle|r[eè]gle|gu[eé]rit|traite|enl[eè]ve|diminue|calme)\b|"
    r"\b(c'est|c'est-tu|est-ce|est-ce que c'est|ce serait) (\S+ )?(utile|efficace|bon|bonne|recommand[eé]e?|indiqu[eé]e?) "
    r"(pour|contre|dans)\b|"
    # "can dry needling even get at the piriformis?", "could needles reach something that deep?", "will it loosen
    # the knots?": what needling can do to the muscle told
    r"\b(can|could|will|would|does|do) (the |dry |some )?(acupuncture|needling|needles|ims|it) (even |actually |really )?"
    r"(get at|reach|get (in)?to|loosen|release|relax|untie|undo|break up)\b|"
    # Quebec French asks with "-tu": "ça aide-tu pour le bas du dos?", "ça marche-tu, l'acupuncture?"
    r"\b(aide|aident|soulage|soulagent|marche|marchent|fonctionne|fonctionnent|vaut)[- ]tu\b|"
    # "l'acupuncture peut-elle faire partie du traitement de ma douleur chronique?", "ça pourrait-tu régler mon coude?"
    r"\bfaire partie (du|de mon|de la) (traitement|prise en charge|gestion|plan)\b|"
    # "dry needling help or nah", "would it work or not?"
    r"\b(help|helps|work|works)( \w+)? or (nah|naw|not|no)\b|"
    # "is needling a thing for that?", "would needling the jaw muscles be a thing?"
    r"\b(is|are|would|could|will) (\w+ ){1,4}(be )?an? (thing|option|treatment|fix|solution) (for|with) (that|this|it|those|these|"
    r"my|a|an|the|people|someone)\b|\b(would|could|will|is) (\w+ ){1,5}be a thing\W*$|"
    # "do people get dry needling for a lifting strain like this?", "is it something people use for whiplash?",
    # "is that something acupuncture gets used for?"
    r"\b(do|does|would|will) (people|folks|athletes|lifters|runners|patients|physios|doctors)( \w+)? (get|use|try|do|have) "
    r"(\w+ ){1,3}for (a|an|this|that|these|those|my|their|old|chronic|\w+ like)\b|"
    r"\bsomething (that )?(\w+ )?(people|folks|athletes|runners|physios|doctors) (\w+ )?(use|get|do|try|have)( \w+)? for\b|"
    r"\bgets? used for\b|"
    # "is that the kind of thing IMS is used for?", "is dry needling something people with fibro do?"
    r"\b(kind|sort|type) of (thing|problem|pain|issue|condition|injury)s? (that )?(\w+ ){0,3}(is |are )?"
    r"(used for|good for|treats?|helps?|for)\b|\b(something|a thing) (that )?people with (\w+ ){1,3}(do|get|use|try)\b|"
    # a tight or stiff muscle: "could dry needling loosen them?", "would needling loosen it up";
    # "is IMS something that works for that?"; "l'IMS pourrait les détendre?"
    r"\b(would|will|could|can|does|do|might|may)\b( \w+){1,4} (loosen|release|relax|free)( (it|them|this|that|things|me|my \w+))?( up)?\b|"
    r"\b(something|a thing|anything) (that )?(works?|helps?) (for|with|on)\b|"
    r"\b(peut|peuvent|pourrait|pourraient|va|vont)\b( \S+){0,4} (d[eé]tendre|rel[aâ]cher|d[eé]nouer|assouplir|d[eé]coincer|d[eé]bloquer)\b|"
    # "is acupuncture something that helps stress?", "is there anything needling does for sore feet?",
    # "ask them if acupuncture helps migraines", "les aiguilles ça fait quoi pour des mollets durs?"
    r"\b(something|a thing|anything) (that )?(helps?|works?|treats?|eases?|relieves?)\b|"
    r"\b(anything|something|much) (\w+ ){0,2}(does|do|can do|could do|would do|will do) (for|about)\b|"
    r"\b(if|whether) (acupuncture|dry needling|needling|ims|it|the needles|needles) (really |actually |even )?"
    r"(helps?|works? (for|on)|treats?|eases?|relieves?|is good for)\b|"
    r"\b(ça|ca|les aiguilles|l'acupuncture|l'ims|le dry needling|la puncture s[eè]che|les piq[uû]res) "
    r"(fait|font|ferait|feraient|peut faire|peuvent faire) quoi pour\b|\b(si|est-ce que) (ça|ca|l'acupuncture|l'ims|le dry needling|"
    r"les aiguilles) (aide|aident|marche|fonctionne|soulage)\b"
)
ASKS_HOW_MUCH = re.compile(
    r"\bhow (many|long|often|soon|quickly|much)\b|\bcombien\b|\b[aà] quelle fr[eé]quence\b"
)
NEEDLING_WORDS = re.compile(r"\b(needl\w*|needles?|aiguilles?|piq[uû]res?|piquer)\b")
CONDITION_TOPICS = ["evidence", "conditions"]
# A cover question says so; "acupuncture for IBS?" guessed as insurance says nothing of it.
PAYMENT_WORDS = re.compile(
    r"\b(cover\w*|insur\w*|benefits?|claims?|reimburs\w*|pay|pays|paid|paying|cost\w*|price\w*|"
    r"plans?|extended health|hsa|fsa|ohip|msp|wcb|icbc|rembours\w*|assuran\w*|mutuelle\w*|couvert\w*|"
    r"co[uû]t\w*|prix|payer|ramq|cnesst|saaq)\b"
)
# "Can acupuncture set off a migraine?" asks whether the treatment causes the condition: a
# side effect (safety), not what the research says about treating it.
# ("à cause du tricot" is "because of the knitting": nothing caused by the treatment)
CAUSES_IT = re.compile(
    r"\b(?<![aà] )(cause|causes|caused|causing|trigger(s|ed|ing)?(?![- ]?points?)|set off|sets off|setting off|"
    r"bring on|brings on|brought on|give (you|me|people) (a |an )?|gave me (a |an )?)\b"
    # "migraines caused by my lupus": the cause is an illness, not the treatment (written rule 3)
    r"(?! by (my|his|her|their|the|a|an) (?!(acupunct|needl|dry|ims|session|treatment))\w)"
    # never "à cause de la souris": the problem's own cause ("et pour la tendinite à cause de la souris?")
    r"(?<!à cause)(?! (de|du)\b| d')|"
    r"\b(?<![aà] )(cause|causent|causer|provoque\w*|d[eé]clench\w*|donner) (?!(de|du)\b|d')"
)
IS_IT_NORMAL = re.compile(
    r"\b(is|was) (it|that|this)( \w+)? (normal|ok|okay|common|expected|usual|supposed|meant)\b|"
    r"\b(supposed|meant) to (be|happen|feel|hurt)\b|\bnormal\W*$|"
    r"\b(c'est|c est|cest|c'est-tu|est-ce|est ce que c'est|est-ce que c'est|ce n'est pas|c'est pas) "
    r"(normal|correct|habituel|attendu|fr[eé]quent|courant)\b|"
    # "is dry needling always that intense?", "is that how dry needling normally feels?"
    r"\b(is|was|does|do) (it|that|this|dry needling|acupuncture|ims|needling) (always|usually|normally|often|typically) "
    r"((that|this|so) )?(intense|painful|sore|bad|strong|sharp|hurt\w*)\b|"
    r"\b(is|was) (that|this|it) how (\w+ ){0,3}(normally |usually |always |is supposed to |should )?feels?\b|"
    r"\b(c'est|est-ce) (toujours|normalement) (comme (ça|ca)|aussi (intense|douloureux|fort))\b"
)
# The same, asked of how strong it felt: answered from sensation, whatever part was needled
# ("she hit the knot in my shoulder... is dry needling always that intense?")
ALWAYS_THAT_INTENSE = re.compile(
    r"\b(is|was|does|do) (it|that|this|dry needling|acupuncture|ims|needling) (always|usually|normally|often|typically) "
    r"((that|this|so) )?(intense|painful|sore|bad|strong|sharp|hurt\w*)\b|"
    r"\b(is|was) (that|this|it) how (\w+ ){0,3}(normally |usually |always |is supposed to |should )?feels?\b|"
    r"\b(c'est|est-ce) (toujours|normalement) (comme (ça|ca)|aussi (intense|douloureux|fort))\b"
)
AFTERWARDS = re.compile(
    r"\b(after|afterwards|since|the day after|next day|yesterday|days? later|later that|"
    r"apr[eè]s|depuis|le lendemain|hier|jours? plus tard)\b"
)
SORENESS_TOPICS = {"aftercare", "sensation"}
# Training for a sport, not a practitioner's training: "training for my first marathon", "in
# training for the season", "strength training", "mes entraînements de course". Masked before a
# word of the practitioner-training entry is read as the topic.
SPORT_TRAINING = re.compile(
    r"\b(training|train|trains|trained) (for|toward|towards) (a |an |my |the |our |this |next |her |his )?(first |next |big |upcoming |"
    r"local |spring |fall |summer |\w+ )?(marathon|half|race|triathlon|tri|ironman|season|game|match|competition|meet|event|"
    r"tournament|fight|10k|5k|ultra|century|hike|climb|trip|tryouts?|playoffs?|championships?)s?\b|"
    r"\b(in|during|after|from|with|my|our|her|his|the) (\w+ )?training (season|block|camp|runs?|rides?|load|plan|schedule|"
    r"sessions?|program|programme|week|cycle)\b|\b(in|during|off|back in) (hard |heavy |full )?training\b|"
    r"\b(marathon|race|running|run|strength|weight|weights|resistance|interval|endurance|altitude|soccer|football|hockey|"
    r"rugby|basketball|volleyball|tennis|boxing|crossfit|gym|sport|sports|athletic|preseason|pre-season|spring|track|swim|"
    r"cycling|bike|triathlon|ironman|hiit|circuit|cardio|climbing|dance|ballet) training\b|"
    r"\b(i'?m|i am|been|was|we'?re|she'?s|he'?s|they'?re|i'?ve been) (\w+ )?training\b(?! (to (be|become)|as an?|in (acupuncture|dry needling|ims|needling)))|"
    r"\bentra[iî]n\w*\b"
)
# "acupuncture or dry needling, which one makes more sense for a lifting injury?": a choice
# between named treatments.
WHICH_ONE = re.compile(
    r"\bwhich (one|of (them|the two|these|those)|is (better|best)|would you|should i|makes (more )?sense|"
    r"to (choose|pick|go for|try))\b|\b(better|best) (option|choice|for me)\b|"
    # "is trigger point needling a better fit than acupuncture for me?"
    r"\b(a )?(better|best|smarter) (fit|bet|pick|match) (than|for)\b|"
    r"\b(lequel|laquelle) (choisir|est (le )?mieux|me conseillez|serait (le )?mieux)\b"
)
# "can i do acupuncture and dry needling in the same week?", "can you have both in the same plan?",
# "like alternate weeks?", "on peut combiner les deux?": whether two treatments can be had in one
# plan, asked of two treatments named (or talked about), is the choosing entry on having both, not
# how they differ. Said as having or mixing them over a time, never "are both regulated?".
HAVE_BOTH = re.compile(
    r"\b(can|could|may|should|shall|is it (ok|okay|fine|safe|possible|allowed|a (good|bad) idea|smart|wise)( to)?|"
    r"would it be (ok|okay|fine|possible)( to)?|do (people|patients|you|clinics)|any (harm|problem|issue) (in|with))\b"
    r"[^.?!]{0,70}\b(both|together|at (the same time|once)|(in|during|as part of|part of) the same (week|day|month|plan|treatment plan|"
    r"care plan|care|course|period|visit|session|treatment|program|programme)|the same (week|day|month)|same (week|day|month|plan)|alternat\w*|"
    r"every other (week|day)|one week (the other|each)|back to back|in parallel|side by side|"
    r"(combine|combining|mix|mixing)( them| the two| both)?)\b|"
    r"\b(i|we|you|me|people) (\w+ ){0,2}(have|do|get|try|use|book|see|combine|mix) (\w+ )?(both|the two of them)\b|"
    r"\b(peu[tx]|puis|pourrai[st]?|pourrait|peut-on|on peut|est-ce correct|c'est correct|est-ce possible|"
    r"est-ce que je peux|est-ce qu'on peut|devrais|faut-il)\b[^.?!]{0,70}\b(les deux|en m[eê]me temps|"
    r"(la|le|dans la|dans le) m[eê]me (semaine|journ[eé]e|jour|mois|plan|suivi|traitement)|en alternance|"
    r"une semaine sur deux|en parall[eè]le|combiner|m[eé]langer|ensemble)\b|"
    r"\b(faire|avoir|recevoir|essayer|combiner|m[eé]langer) les deux\b"
)
# "Will the physio assess me first or just start needling?": how a session is done (technique).
# Also "will she check my shoulder first or just start sticking needles in on day one?",
# "il va regarder mon épaule avant de piquer?".
ASSESSED_FIRST = re.compile(
    r"\b(assess\w*|examin\w*|evaluat\w*|[eé]valu\w*|check (me|my \w+|it|things)( over| out)?|look (at|over) (me|my \w+|it)|"
    r"test (me|my \w+)|(v[eé]rifi|regard|examin|test)\w* (mon|ma|mes|l'[eé]paule|le|la) ?\w*)\b.{0,40}\b(first|before|beforehand|"
    r"avant|d'abord|en premier)\b|"
    r"\b(or|ou) (just |simply |straight |directly |right away |juste |directement )?(start|go straight|jump (straight |right )?in|"
    r"get (straight|right) (in|to it|into it)|dive (straight |right )?in|commencer|piquer)\b.{0,40}\b(needl\w*|sticking|poking|"
    r"pins|aiguilles|piquer|day one|right away|straight away|first (visit|session|day|appointment)|tout de suite|"
    r"premi[eè]re s[eé]ance|d[eè]s le (d[eé]but|premier))\b"
)
# "Is it the same thing as dry needling?", "et c'est pareil que le dry needling?": whether one
# treatment is another asks how they differ, even as a short follow-up.
SAME_AS = re.compile(
    r"\b(the )?same (thing )?as\b|\bdifferent (from|than|to)\b|"
    # "one clinic says IMS, another dry needling. same thing or not?", "are they the same?"
    r"\b(the )?same (thing|treatment|technique|method|stuff|therapy)\b(?! (for|with|week|day|time|session|plan|course|"
    r"program|programme|visit|appointment|building|place|clinic)\b)(?<!part of the same treatment)(?<!part of the same therapy)|"
    r"\bsame or (not|different)\b|\b(are|is) (they|these|those|both|the two|them|it|that|this) (\w+ )?(the )?same\b"
    r"(?! (for|with|week|day|time|session|price|cost|person|practitioner|clinic))|"
    r"\b(c'est|est-ce|est-ce que c'est|c'est-tu) (la m[eê]me chose|pareil)\b(?! pour)|\bpareils? ou (pas|non|diff[eé]rent\w*)\b|"
    r"\b(pareil|la m[eê]me chose|diff[eé]rente?s?) (que|qu'|de|du)|\bpareil qu|"
    # "is IMS just a fancier name for dry needling?"
    r"\b(another|other|fancy|fancier|different|new|just a) (\w+ )?name for\b|"
    r"\b(un autre|juste un|un) nom (plus \w+ )?pour\b|"
    # "isn't dry needling just acupuncture?", "le dry needling c'est pas de l'acupuncture"
    r"\b(isn'?t|is not|is (just|really|basically|simply|only)|just|c'est (pas|juste|seulement)|n'est (pas|que)) "
    r"(just |really |basically |simply |only )?(de |du |de la |de l'|l'|le |la |les |an? )?"
    r"(form of |type of |kind of |version of )?(acupuncture|dry needling|ims|aiguilles s[eè]ches|puncture s[eè]che)\b"
)
# Fear of needles ("I pass out at blood tests", "j'ai peur des aiguilles") is answered by how it
# feels (the entry on being afraid), not by what needling is or how it is done.
FEAR_OF_NEEDLES = re.compile(
    r"\b(hate|scared of|afraid of|terrified of|fear of|phobia of|petrified of) (needles|needels)\b|"
    # "scared stiff of needles", "terrified of the needle", "afraid to death of needles"
    r"\b(scared|afraid|terrified|petrified|frightened)( stiff| to death| silly| witless)? of (the |a )?"
    r"(needles?|needels)\b|"
    # the word typed with a slip: "terified of needles", "terrifed of the needle"
    r"\bter+i?fi?e?d of (the |a )?(needles?|needels)\b|"
    # "I go white as a sheet at the sight of a needle", "i turn green at the mere sight of needles"
    r"\b(at|by) the (mere |very )?sight of (a |the |any )?(needles?|syringes?|shots?|injections?)\b|"
    # "les aiguilles me terrifient", "les aiguilles, ça me fait vraiment peur", "terrorisée par les aiguilles"
    r"\b(aiguilles|piq[uû]res)\b,? (ça |ca )?(me (font|fait) (tr[eè]s |vraiment |tellement |tr[eè]s tr[eè]s )?peur|"
    r"me (terrifient|terrorisent|angoissent|paniquent))\b|\b(terrifi[eé]e?|terroris[eé]e?|angoiss[eé]e?) "
    r"(par|devant) les (aiguilles|piq[uû]res)\b|"
    r"\bneedle[- ]?(phobia|phobic|fear)\b|\b(pass|passed|passing|black|blacked) out (at|during|when|from|with) "
    r"(the sight of |seeing )?(blood( tests?| draws?| work)?|needles|shots|injections|jabs|vaccines?)\b|"
    # "needles still freak me out", "needles really scare me", "les aiguilles m'angoissent encore"
    r"\bneedles (still |really |totally |kinda |kind of |just |honestly |always )?(freak(s|ed)? me out|scare(s|d)? me|"
    r"terrif(y|ies|ied) me|give(s)? me the (creeps|heebie[- ]jeebies))\b|"
    r"\baiguilles (me |m')(font encore peur|angoissent encore|stressent|effraient)\b|"
    # "I faint at needles", "I get woozy around needles": a fear of fainting is how it feels
    r"\b(faint|fainted|faints|fainting|get (woozy|lightheaded|light-headed)) (at|with|around|from|when i see|"
    r"at the sight of) (the )?(needles|blood|shots|injections|jabs)\b|"
    r"\b(peur|phobie|terreur) (bleue |panique |terrible |maladive )?(des|que les) (aiguilles|piq[uû]res)\b|"
    r"\b(tombe|tomber|perds|perdre) "
    r"(dans les pommes|connaissance) (aux|lors des|pendant les|devant les|quand je vois les) "
    r"(prises de sang|piq[uû]res|aiguilles)\b|"
    r"\b(m'[eé]vanoui\w*|je m'[eé]vanouis|tomber dans les pommes|tombe dans les pommes|perdre connaissance)\b"
    r".{0,40}\b(aiguilles?|piq[uû]res?|prises? de sang|vue du sang)\b|"
    # shaking or in tears at the thought of a needle: "i get shaky just thinking about needles",
    # "cried at my last blood test", "a total needle coward", "je tremble rien qu'à penser aux aiguilles"
    r"\b(shaky|shaking|shake|tremble|trembling|sweaty|sweating|queasy|panic\w*|freak(ing)? out|cry|cried)\b "
    r"(\w+ ){0,2}(thinking (about|of)|at the (thought|sight) of|when i see|around) (the |a )?(needles|shots|injections|jabs)\b|"
    r"\b(cried|cry|cries|crying|panicked|freaked out|bawled|sobbed) (\w+ ){0,2}(at|during|through|before|for) (my |a |the |every |each |last |\w+ ){0,3}"
    r"(blood (tests?|draws?|work)|flu shots?|shots?|jabs?|injections?|vaccin\w*)\b|"
    r"\bneedle (coward|wimp|chicken|baby)\b|"
    # the needles named, then "terrified of them"; a pounding heart at the sight of them
    r"\b(needles|aiguilles)\b.{0,80}\b(terrified|scared|afraid|petrified|frightened|freaked out) (of|by) (them|those|"
    r"these)\b|\b(heart|pulse) (was |is |starts? |started |goes |went )?(pounding|racing|going crazy)\b.{0,60}"
    r"\b(seeing|sight of|saw|look(ing)? at|think(ing)? (about|of)) (the |a |those |these )?(needles|shots|injections)\b|"
    r"\b(aiguilles)\b.{0,80}\b(j'en ai|en avoir) (tr[eè]s |vraiment )?peur\b|\bc(oe|œ)ur (qui )?(battait|bat|s'emball\w*)\b"
    r".{0,60}\b(voir|vue des|vu les) (les |des )?aiguilles\b|"
    r"\b(tremble|panique|pleure|pleur[eé])\b (\w+ |qu'[aà] ){0,3}(penser|pense|vois|voir) (aux|les|des) (aiguilles|piq[uû]res)\b|"
    r"\b(pleur[eé]|paniqu[eé]) (\w+ ){0,2}([aà] ma|[aà] la|pendant (ma|la)|lors de (ma|la)) (derni[eè]re )?(prise de sang|piq[uû]re|vaccin\w*)\b"
)
# "Why is my physio doing IMS on my lower back when it's my calf that hurts?": why the needles go
# somewhere other than the pain is how the treatment is done (technique), not the research.
NEEDLED_ELSEWHERE = re.compile(
    r"\bwhy (is|are|did|does|do|would|was|were) (my |the |she |he |they )?(\w+ ){0,3}(doing|do|needl\w*|put\w*|stick\w*|"
    r"insert\w*|treat\w*|work\w*|go\w*)\b.{0,60}\b(when|if|but|while|even though) (it'?s|its|the pain is|my pain is|"
    r"the problem is|it hurts|the (pain|problem|issue) is)\b|"
    r"\bpourquoi (il|elle|mon physio|ma physio|le physio) (\w+ )?(pique|traite|met|travaille|fait)\b.{0,60}\balors que\b"
)
# "What about infections, are the needles actually clean?", "went white and nearly passed out at
# my last acupuncture, will that happen again?": infection and fainting are side effects (safety).
SIDE_EFFECT_WORDS = re.compile(
    r"\b(infections?|infected|sterile|steril\w*|clean|reused?|re-used|faint\w*|pass(ed)? out|"
    r"passing out|black(ed)? out|light-?headed|went (white|pale|grey|gray)|"
    r"st[eé]riles?|s'[eé]vanou\w*|[eé]vanoui\w*)\b"
)
# A collapsed lung, whatever it is asked with (how it would feel, how often, what to watch for
# afterwards), is the safety entries' subject.
LUNG_RISK = re.compile(
    r"\b(collapsed? (a |my |the |your )?lungs?|lungs? (collaps\w*|punctur\w*)|punctur\w* (a |my |the |your )?lungs?|"
    r"pneumothorax|poumons? (perfor[eé]\w*|affaiss[eé]\w*|collab\w*|crev[eé]\w*|perc[eé]\w*)|perfor\w* (le |un |mon )?poumon)\b|"
    # "le poumon de ma tante s'est affaissé", "un poumon qui s'est dégonflé": the French word order
    r"\bpoumons? ([\w'-]+ ){0,4}(s'est |se sont |qui s'est |qui a |a )(affaiss|perfor|collab|d[eé]gonfl|crev)\w*|"
    # "what if the needle went into my lung?", "et si l'aiguille allait jusqu'au poumon?"
    r"\b(go|goes|went|gone|going|get|gets|got|slip\w*|end\w* up|poke\w*) (right |all the way )?(in|into|through|"
    r"in to) (a |my |the |your |her |his )?lungs?\b|"
    r"\b(dans|jusqu'au|jusqu'[aà] mon|jusque dans (le|mon)) (le |mon )?poumon|"
    # "should i worry about my lung next time?", "je risque le poumon ?" (not a worry about the
    # lungs the patient wants needling to help with: "a smoker worried about my lungs, can it help me quit?")
    r"^(?!.*\b(help|helps|aider|aide|soulager|quit|smok\w*|asthma\w*|copd|fum\w*|cancer)\b).*\b(worr\w*|concern\w*|scared|afraid|risk\w*|risqu\w*|danger\w*|peur|inqui[eè]t\w*)\b (\w+ ){0,3}(about |for |to |of |pour |au |du )?"
    r"(my |the |a |your |le |mon |les |mes )?(lungs?|poumons?)\b|\b(lungs?|poumons?) (at risk|in danger|en danger)\b|"
    # "what would it feel like if a needle touched my lung?", "si l'aiguille touchait le poumon?"
    r"\b(touch\w*|hit|hits|hitting|nick\w*|reach\w*|prick\w*) (a |my |the |your |her |his )?lungs?\b|"
    r"\b(touch\w*|atteint|atteign\w*|atteindr\w*|piqu\w*|perc\w*|perfor\w*) (le |un |mon |les |mes )?poumons?\b"
)
# ... and hitting a nerve, an artery or an organ ("can dry needling in the neck hit an artery?")
HITS_SOMETHING = re.compile(
    r"\b(hit|hits|hitting|nick|pierce|puncture|damage)\w* (a |an |the |my |your )?(nerve|artery|arteries|vein|"
    r"blood vessel|organ|spinal cord|kidney)s?\b|\b(toucher|piquer|percer|atteindre) (un|une|le|la) "
    r"(nerf|art[eè]re|veine|organe)\b"
)
# "Had acupuncture for my back yesterday and today the pain is worse. Did something go wrong?":
# feeling worse after a session is about the after-effects, not the research on backs.
_WORSE = re.compile(
    r"\b(worse|more (sore|painful)|hurts? more|hurting more|flared? up|pire|plus mal|empir\w*)\b"
)
_HAD_SESSION = re.compile(
    r"\b(had|got|did|after|since|following|apr[eè]s|depuis|eu)\b (\w+ ){0,2}(acupuncture|accupuncture|"
    r"dry needl\w*|needl\w*|ims|sessions?|treatments?|appointments?|appt|s[eé]ances?|traitements?|"
    r"puncture s[eè]che)\b"
)
# "Is that the kind of thing IMS is used for?": what it is used for (conditions), whatever the
# classifier guessed from "needles" or "technique".
USED_FOR = re.compile(
    r"\b(used for|good for|something people with|(kind|sort|type) of (thing|problem|pain|issue|condition)s?)\b"
)
# "ran a marathon, legs are dead. does dry needling help with that kind of post-race soreness?":
# soreness from exercise, asked whether needling helps, is a problem it is used for
# (conditions), not the soreness a session leaves (after-care).
EXERCISE_SORENESS = re.compile(
    r"\b(post[- ]?(race|run|marathon|workout|game|match|training|exercise)|marathons?|half[- ]marathon|ultra|"
    r"(after|from) (a |the |my |that |this )?(\w+ )?(race|run|workout|game|match|training|gym|hike|leg day|long run|"
    r"ride|triathlon)|doms|courbatures? (apr[eè]s|de|du) (la |le |mon |ma )?(course|marathon|entra[iî]nement|sport|"
    r"match|gym)|apr[eè]s (mon|ma|le|la) (marathon|course|entra[iî]nement|match))\b"
)
# "she put needles in my hand for it", "il m'a mis des aiguilles dans l'oreille": needles placed
# in a named part, asked how or why (with only a treatment named otherwise)
NEEDLES_PUT_THERE = re.compile(
    r"\b(put|puts|stuck|sticks|placed|places|inserted|inserts|stuck|used) (the |some |a few |\w+ )?(needles?|pins|them) "
    r"(in|into|on|at) (my|her|his|the|their|your) \w+|"
    r"\b(mis|met|plant[eé]|piqu[eé]|pos[eé]) (des |les |ses |\w+ )?(aiguilles?|les) (dans|sur|[aà]) (mon|ma|mes|le|la|les|l') ?\w+|"
    # "the acupuncturist needled my hand", "il a piqué mes mains"
    r"\bneedled (my|her|his|the|their|your|both) \w+|\b(a|ont|m'a|lui a) piqu[eé]e?s? (mes|mon|ma|les|le|la|l'|sur (mes|mon|ma)) ?\w+"
)
# "how does that make sense?", "what's the logic?": the place of a needle questioned
MAKES_SENSE = re.compile(
    r"\b(how|why) (does|would|could|is) (that|this|it) (even |actually |supposed to )?make (any )?sense\b|"
    r"\bwhat('?s| is) the (logic|link|connection|idea|point)\b|\bquel (est le )?(rapport|lien)\b"
)
WHY = re.compile(r"\bwhy\b|\bpourquoi\b")
# "Does acupuncture look at your whole body or just the sore spot?": what the treatment is and
# how it looks at a patient (overview), not the research on the conditions named around it.
HOLISTIC = re.compile(
    r"\b(whole (body|person|health|self|picture)|holistic\w*|(just|only) (at )?the (sore|painful|bad) (spot|area|bit|part)|"
    # "does it look at my whole health or just my sore knee?", "seulement mon genou qui fait mal?"
    r"(just|only) (at |on |treat )?(my|your|the|her|his) (sore|painful|bad|aching|achy|hurting) \w+|"
    r"(sant[eé]|personne) (en g[eé]n[eé]ral|globale|enti[eè]re)|"
    r"more than (just )?(the )?(pain|sore spot|symptoms?|problem)|tout le corps|la personne (enti[eè]re|dans son ensemble)|"
    r"dans (sa|son) (globalit[eé]|ensemble)|holistique|globalement)\b|"
    # "does it only look at the pain or at everything?", "juste la douleur ou tout le reste ?"
    r"\b(just|only|juste|seulement|uniquement) (look(s|ing)? at |treat(s|ing)? |focus(es|ing)? on |regarde[rz]? |traite[rz]? )?"
    r"(the |my |la |le |ma |mon )?(pain|symptoms?|problem|sore \w+|douleur|sympt[oô]mes?|probl[eè]me|bobo)"
    r",? (or|ou) (at |on )?(everything|the rest|all of me|me as a whole|tout|tout le reste|le reste)\b"
)
# Of those, the ones that ask about the approach itself, whatever else is told: "does acupuncture
# look at my whole health or just my sore knee?", "ma santé en général ou juste mon genou?"
WHOLE_PERSON = re.compile(
    r"\b(whole (person|health|self)|overall health|holistic\w*|holistique|(sant[eé]|personne) (en g[eé]n[eé]ral|globale|"
    r"enti[eè]re)|la personne dans son ensemble)\b"
)
# "Do they inject anything?", "ils injectent un produit?": whether anything goes in through the
# needle is answered by the needles entries (solid needles, nothing injected).
ASKS_INJECTED = re.compile(
    r"\b(inject|injects|injected|injecting|injecte|injectent|injecter|inject[eé]e?s?)\b"
)
# "Comment ça marche, l'IMS?" asks how it works (overview), "sur quoi repose l'acupuncture?"
# what it is based on (origins): wordings the French classifier pulled to nearby topics.
HOW_IT_WORKS_FR = re.compile(
    r"\b(comment (ça|ca|cela|il|elle|ils|elles) (marche|marchent|fonctionne\w*|agi\w*|aide)|"
    r"(ça|ca) (marche|fonctionne|agit|aide) comment)\b|"
    # "comment l'IMS agit sur le muscle?", "ça fait quoi au muscle, l'aiguille?"
    r"\bcomment (l'ims|l'acupuncture|le dry needling|la puncture s[eè]che|l'aiguille|les aiguilles|une aiguille) "
    r"(\w+ )?(agi\w*|marche\w*|fonctionne\w*)\b(?! (pour|contre|avec) )|"
    r"\b(ça|ca|l'aiguille|les aiguilles|une aiguille) (fait|font) quoi (au|aux|dans le|dans les|sur le|sur les) muscles?\b"
)
# The same in English: "how is it supposed to work?", "i dont get how needles would help at all";
# not how it helps something named after it ("how does it help with sciatica?")
# the tissue it works on, never a problem or a body part of the patient's: "how does it work on a muscle?"
_ON_TISSUE = (
    r"on (a |the |my |your )?(tight |sore |knotted |stiff |tense |short |shortened |locked )?"
    r"(muscles?|tissues?|nerves?|fascia|knots?|trigger points?|body|brain)\b"
)
HOW_IT_WORKS_EN = re.compile(
    r"\bhow (is|does|do|would|could|can|will) (it|this|that|they|these|those|acupuncture|accupuncture|dry needling|needling|ims|"
    r"(the |a |those |these )?needles?|sticking needles in (me|you)) (even |actually |really |supposed to |meant to |"
    r"exactly |possibly )*(work|works|help)\b(?! (for|with|on(?! " + _ON_TISSUE[3:] + r")|my|your|me|"
    r"in(?! (plain|simple|layman'?s?|lay|normal|everyday|western|scientific|medical|physiological|biological|science) )|the)\b)|"
    # "what does dry needling actually do?", "what does the needle do to the muscle?" (ending there)
    r"\bwhat (does|do|would|will) (it|this|that|acupuncture|dry needling|needling|ims|the needles?|a needle|needles) (actually |really |"
    r"even |exactly )?do( to (a|the|my|your) (muscles?|body|nerves?|tissues?))?\W*$|"
    r"\bhow (the |a )?(needles?|it|acupuncture|dry needling|ims|needling) (would|could|can|is supposed to|"
    r"are supposed to|is meant to|actually|even) (work|help)\b(?! (for|with|on|my|your|me|in|the)\b)"
)


def asks_how_it_works(text: str) -> bool:
    low = text.lower()
    return bool(HOW_IT_WORKS_FR.search(low) or HOW_IT_WORKS_EN.search(low) or HOW_NEEDLING_FIXES.search(low))


# ...unless the question asks for the research ("is it based on studies?")
RESEARCH_WORDS = re.compile(
    r"\b(research|studies|study|evidence|proof|proven|trials?|[eé]tudes?|preuves?|recherches?)\b"
)
# "what even is IMS?", "what the heck is dry needling", "what is acupuncture exactly", "c'est quoi ça
# l'IMS?": what the treatment is, the name said with a word of surprise or doubt
WHAT_EVEN_IS = re.compile(
    r"\bwhat (even|exactly|actually|really|the heck|the hell|on earth|in the world) is (ims|dry needling|acupuncture|"
    r"needling|intramuscular stimulation)\b|\bwhat('?s| is) (ims|dry needling|acupuncture) (even|exactly|actually|anyway)\b|"
    r"\bc'est quoi (m[eê]me |ça,? |ca,? |cette affaire-l[aà],? )(l'ims|l'acupuncture|le dry needling|la puncture s[eè]che)\b"
)
# "What is it?" asks what the treatment is, even with a condition the classifier took for the
# question ("dry needling - what is it and how is it supposed to help tight muscles?").
WHAT_IS_IT = re.compile(
    r"\bwhat('?s| is) (it|this|dry needling|acupuncture|ims)\b(?!'| (used|good|for|like|the|do|does|doing|going|gonna|worth|supposed to do))|"
    # "no clue what that even is?", "what even is that?", "c'est quoi au juste?"
    r"\b(no (clue|idea)|not sure|don'?t (really )?know|wondering) what (that|it|this|ims|dry needling|acupuncture) "
    r"(even |actually |really |exactly )?is\b|\bwhat (even|exactly) is (it|that|this)\b|"
    r"\bc'est quoi (au juste|exactement|donc|ce truc(-l[aà])?)\b|\bqu'est-ce que c'est (au juste|exactement)\b|"
    r"\b(le dry needling|l'ims|l'acupuncture|la puncture s[eè]che) c'est quoi\b|"
    r"\bc'est quoi (le dry needling|l'ims|l'acupuncture|la puncture s[eè]che)\b|"
    # "c'est quoi la puncture physiothérapique avec aiguilles sèches?", "c'est quoi les aiguilles sèches?"
    r"\bc'est quoi (exactement |au juste |donc )?(la |les |le )?(puncture (physioth[eé]rapique|s[eè]che|intramusculaire)"
    r"( (avec|aux|par) (des |les )?aiguilles s[eè]ches)?|aiguilles s[eè]ches|poncture s[eè]che)\b|"
    # "what even is IMS?", "what exactly is dry needling", "c'est quoi ça, l'IMS?", "c'est quoi même l'acupuncture"
    + WHAT_EVEN_IS.pattern
)
AFTER_A_SESSION = re.compile(
    r"\b(after|since|following|during) (my |the |a |an |last |this |that |today'?s |yesterday'?s )*"
    r"(acupuncture|accupuncture|dry needl\w*|needl\w*|ims|sessions?|treatments?|appointments?|appt)\b|"
    # the same in French: "le lendemain de l'acupuncture", "depuis ma séance", "après l'IMS"
    r"\b(apr[eè]s|depuis|suite [aà]|(le )?lendemain d[e'u]|pendant|durant) ?(ma |la |une |l'|mon |le |cette |des |mes |les |du |de l')*"
    r"(derni[eè]re |premi[eè]re )?(acupuncture|acuponcture|s[eé]ances?|traitements?|rendez-vous|rdv|ims|puncture s[eè]che|"
    r"poncture|dry needling|aiguilles)\b"
)


def last_sentence(text: str) -> str:
    """The message's last sentence; "" for a message of blanks or punctuation only (a focus
    sentence can be empty even when the story is not), never an IndexError."""
    return (sentences(text) or [""])[-1]


def worse_after_session(q: Question) -> bool:
    """ "Pain felt worse the day after dry needling", "had acupuncture yesterday and today it's
    worse": the patient tells how they felt after a session they had."""
    whole = q.whole.lower()
    return bool(_WORSE.search(whole) and _HAD_SESSION.search(whole) and AFTERWARDS.search(whole))


def asks_same_as(q: Question) -> bool:
    """Does the question ask whether a named treatment is the same as another one (named too,
    or the one the conversation is about)?"""
    return bool(q.named) and len(set(q.named) | set(q.context)) >= 2 and bool(SAME_AS.search(q.text.lower()))


# Told as happening in a session, with no word for the needle: "ma cuisse a sursauté pendant la
# séance", "mon kiné m'a piqué le trapèze et le muscle a sauté".
IN_A_SESSION = re.compile(
    r"\b(during|in|mid) (the|my|a|this|that) (session|treatment|appointment)\b|"
    r"\b(pendant|durant|en) (la|ma|une|cette) (s[eé]ance|traitement)\b|\b(m'a|l'a|a) piqu[eé]e?\b|\bneedled\b"
)


TIPS = re.compile(ASKS_ADVICE.pattern + r"|\b(conseils?|tips?|advice|astuces?|trucs?)\b", re.IGNORECASE)


def exercise_soreness(q: Question) -> bool:
    """Soreness from a race or a workout (no session told), asked whether needling helps it."""
    whole = q.whole.lower()
    return bool(EXERCISE_SORENESS.search(whole)) and asks_help(q) and not _HAD_SESSION.search(whole)


def asks_help(q: Question) -> bool:
    """ "Would IMS help with that?" (not "how many sessions would it take to help?")."""
    text = q.text.lower()
    return bool(_ASKS_HELP.search(text)) and not ASKS_HOW_MUCH.search(text)


# A named way of moving the needle ("sparrow pecking", pistoning, winding or twirling it, "needle
# manipulation", "le picorage", "faire tourner l'aiguille") is how a treatment is done (technique),
# whatever the classifier made of the unfamiliar words.
MOVED_NEEDLE = re.compile(
    r"\b(sparrow[- ]?peck\w*|pecking|piston\w*|picorage|pistonnage|lift(ing)?[- ]and[- ]thrust\w*|"
    r"needle (manipulation|twirl\w*|winding|rotation|stimulation|technique)s?|"
    r"(twirl|twist|rotat|turn|spin|wind|wound|wiggl|flick|manipulat|jiggl|tapp|tap)\w* (the |my |a |each |those |these |"
    r"that |one )?(needles?|pins?)|"
    r"manipulation (de l'|des |d'une )aiguilles?|"
    r"(tourn|vrill|manipul|bouge|agit|tapot)\w* (l'|les |une |mon |mes )aiguilles?|aiguilles? (qu'(il|elle) )?"
    r"(tourn|vrill|bouge|manipul)\w*)\b"
)
# "What does that mean?", "what's that about?", "why?", "ça veut dire quoi?", "c'est quoi?": the
# patient asks what a thing told is, or what it is for.
ASKS_MEANING = re.compile(
    r"\bwhat (does|do|did|would) (\S+ ){0,4}(mean|means|do|does|stand for)\b|"
    r"\bwhat('?s| is| was| are| were) (that|this|it|those|these|they)( (even|about|for|all about|doing))?\b|"
    r"\bwhat('?s| is| was) (a |an )?(\w+ )?(pistoning|pecking|sparrow pecking|winding|twirling|manipulation)\b|"
    r"\b(why|how come|what for|meaning|point of)\b|"
    r"\b(veut|veulent) dire quoi\b|\bque veu(t|lent) dire\b|\bqu'est-ce que (ça|ca|cela|c'est)\b|\bc'est quoi\b|"
    r"\bpourquoi\b|\b[aà] quoi (ça|ca|cela) sert\b|\b(ça|ca) sert [aà] quoi\b|\b(ça|ca) signifie\b"
)
# Breathing asked about as a risk of needling the chest, the ribs or the upper back ("could that
# mess with my breathing?", "ça peut gêner ma respiration?"): the lung risk (safety), never an
# alarm and never the research.
BREATHING_RISK = re.compile(
    r"\b(mess|messes|messing|interfere\w*|affect\w*|impact\w*|harm\w*|damage\w*|hurt\w*|screw\w*|stop\w*|block\w*|"
    r"compromis\w*|restrict\w*|do (something|anything) to|cause (\w+ ){0,2}(problems?|issues?|trouble) (with|for))"
    r"( up)?( with| to)? (my |the |your |her |his |their |someone'?s )?(breathing|breath|lungs?|ability to breathe)\b|"
    r"\b(make|making|leave|leaving) (it |me )?(hard(er)?|difficult) to breathe\b|"
    r"\b(g[eê]n\w*|affect\w*|nui\w*|bloqu\w*|couper|coupe|emp[eê]ch\w*|perturb\w*|toucher|touche) "
    r"(\w+ ){0,2}(ma |la |sa |leur |mes |les |le )?(respiration|souffle|poumons?)\b"
)
# "I couldn't even tell where the needles were... is it normal to feel nothing?", "j'ai rien
# senti quand elle a mis les aiguilles": nothing felt of the needles is how needling feels, not
# the course of treatment (unlike nothing felt of any change after some sessions).
FELT_NOTHING = re.compile(
    r"\b(couldn'?t|could not|can'?t|cannot|didn'?t|did not|don'?t|do not|barely|hardly|never|not) (even |really |actually |"
    r"ever )?(feel|felt|tell|notice|noticed|sense)\b (\w+ ){0,3}(the needles?|the pins?|them go in|them going in|"
    r"where (the needles?|they|the pins?) (were|went|are)|any (of the )?needles?|(a|any) needles?)\b|"
    r"\b(feel|felt|feeling|sentir|senti|sens|sentais)\b (absolutely |literally |basically |really |just |quasiment |"
    r"vraiment |m[eê]me )?(nothing|rien|zero|zilch|a thing|pas les aiguilles)\b|"
    r"\b(rien|pas|m[eê]me pas|presque rien|quasiment rien) (\w+ )?(senti|sentir|sentais|sens)\b"
)
# ...but not when nothing changed over sessions: "I feel nothing after 4 sessions, should I give up?"
NO_CHANGE_YET = re.compile(
    r"\b(after|apr[eè]s|in|into) (\d+|a few|few|several|two|three|four|five|six|many|deux|trois|quatre|cinq|plusieurs)"
    r" (\w+ )?(sessions?|treatments?|visits?|appointments?|weeks?|months?|s[eé]ances?|traitements?|semaines?|mois)\b|"
    r"\b\d+ (\w+ )?(sessions?|treatments?|visits?|s[eé]ances?) (in|later|deep)\b|"
    # whether to go on at all: "if i feel nothing after 3 should i just give up"
    r"\b(give up|giving up|stop going|abandonner|laisser tomber)\b|"
    r"\b(better|worse|difference|improv\w*|results?|change|relief|working|work|effect|mieux|diff[eé]rence|"
    r"am[eé]lioration|r[eé]sultats?|effets?|soulag\w*)\b"
)
# "How does sticking a needle in a short muscle actually fix it?": how needling a muscle works
# (overview), not how it feels or the research.
HOW_NEEDLING_FIXES = re.compile(
    r"\bhow (is|does|do|would|could|can|will|is it that) (\w+ ){0,2}(sticking|putting|poking|pushing|jabbing|inserting|"
    r"placing|needling|a needle|needles|the needles|one needle)\b.{0,50}\b(fix|fixes|heal|heals|release|releases|"
    r"loosen|loosens|lengthen|lengthens|reset|resets|relax|relaxes|help|helps|work|works|solve|cure|sort)\b"
    r"(?! (for|with|on|my|your|me|the)\b)|"
    r"\bcomment (une |des |les |l')?(aiguilles?|piquer|le fait de piquer|piqu\w+)\b.{0,50}\b(r[eé]gler|r[eé]pare\w*|"
    r"gu[eé]ri\w*|arrange\w*|d[eé]tend\w*|rel[aâ]ch\w*|allonge\w*|aide\w*|marche\w*|fonctionne\w*|soigne\w*)\b"
)
