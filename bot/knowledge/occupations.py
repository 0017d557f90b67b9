"""The patient's own job, told as the background of a question, is no health subject.

"I'm a dentist, leaning over patients all day, and my shoulder is a mess: any research on
dry needling for shoulder pain?" asks about shoulder pain. Yet "dentist" is a word of the
dental subject (knowledge/not_covered.yml), "vet" of the animals one, "sage-femme" of
pregnancy, "osteopath" and "tattoo" are health words the knowledge base never uses
(knowledge/health_words.txt): read as the subject, the job would decline an answerable
question. So a job named as the patient's own ("I'm a nurse", "as a vet", "dental hygienist,
neck tight 24/7", "je suis coiffeuse depuis 15 ans", "en tant que vétérinaire") is replaced by
a neutral word before those two guards look. A job named as someone else ("my dentist says",
"ma sage-femme", "at the vet's") is untouched: that one can still be the subject.

Works on lower-case text with or without accents (the subjects are matched on folded text,
the health-word guard on text with its accents). Compiled at import.
"""

import re

# Jobs whose name is, or holds, a health word. English, then French (both accent forms).
_JOBS_EN = (
    r"dentists?|dental (?:hyg\w*|assistants?|nurses?|techs?|technicians?|surgeons?|therapists?)"
    r"|hyg\w*ists?|orthodontists?|oral surgeons?|periodontists?"
    r"|vets?|veterinarians?|vet (?:techs?|nurses?|assistants?|techn?icians?)"
    r"|veterinary (?:nurses?|techs?|technicians?|surgeons?|assistants?|receptionists?)"
    r"|(?:registered |practical |psych |psychiatric |icu |er |a&e |theatre |theater |scrub |school "
    r"|home care |community |night |agency |travel |student |trainee )?nurses?"
    r"|nursing (?:students?|assistants?|aides?)|nurse practitioners?|rns?|lpns?|cnas?"
    r"|pharmacists?|pharmacy (?:techs?|technicians?|assistants?)"
    r"|(?:orthopa?edic |general |cardiac |vascular |plastic |eye |tree )?surgeons?"
    r"|surgical (?:techs?|technicians?|nurses?)|an(?:a)?esthetists?|an(?:a)?esthesiologists?"
    r"|midwi(?:fe|ves)|doulas?|sonographers?|ultrasound (?:techs?|technicians?)|radiographers?"
    r"|x-?ray (?:techs?|technicians?)|phlebotomists?|paramedics?|emts?"
    r"|(?:registered )?massage therapists?|rmts?|masseuses?|masseurs?"
    r"|chiropractors?|osteopaths?|physiotherapists?|physical therapists?|occupational therapists?"
    r"|hairdressers?|hair ?stylists?|hair ?dressers?|barbers?|nail (?:techs?|technicians?)"
    r"|estheticians?|aestheticians?|beauticians?|cosmetologists?|tattoo artists?|tattooists?"
    r"|opticians?|optometrists?|dietitians?|dieticians?|nutritionists?"
    r"|(?:lab|laboratory) (?:techs?|technicians?)|care aides?|personal support workers?|care workers?"
)
_JOBS_FR = (
    r"dentistes?|chirurgien(?:ne)?s?(?:[ -]dentistes?)?|hygi[eé]nistes?(?: dentaires?)?"
    r"|assistante?s? dentaires?|orthodontistes?"
    r"|v[eé]t[eé]rinaires?|v[eé]tos?|auxiliaires? v[eé]t[eé]rinaires?|asv"
    r"|infirmi[eè]re?s?|aides?[- ]soignante?s?|pharmacien(?:ne)?s?|pr[eé]paratr(?:ice|eur)s? en pharmacie"
    r"|sages?[- ]femmes?|doulas?|ambulanci[eè]re?s?|param[eé]dics?"
    r"|massoth[eé]rapeutes?|masseu(?:r|se)s?|kin[eé]sith[eé]rapeutes?|physioth[eé]rapeutes?"
    r"|ost[eé]opathes?|chiropraticien(?:ne)?s?|ergoth[eé]rapeutes?"
    r"|coiffeu(?:r|se)s?|barbiers?|esth[eé]ticienne?s?|tatoueu(?:r|se)s?|proth[eé]sistes? ongulaires?"
    r"|[eé]chographistes?|manipulat(?:eur|rice)s? (?:radio|en radiologie)|opticien(?:ne)?s?"
    r"|di[eé]t[eé]ticien(?:ne)?s?|nutritionnistes?"
)
_JOB = rf"(?:{_JOBS_EN}|{_JOBS_FR})"
NEUTRAL = "worker"

# Told as one's own: "I'm a (retired) nurse", "I work as a vet tech", "as a dentist",
# "been a hairdresser for 20 years", "je suis (une) coiffeuse", "en tant que vétérinaire",
# "je travaille comme infirmière", "ancienne sage-femme". The article keeps "I'm at the
# dentist" out; at most two words between it and the job ("a busy school nurse").
_OWN = re.compile(
    r"(\b(?:i'?m|i am|i was|i've been|i have been|ive been|been|we'?re|we are|i work(?:ed)? as"
    r"|i'?m working as|working as|work as|worked as|job as|career as|trained as|training as"
    r"|training to be|studying to be|as|being|retired|former|ex-?)\s+(?:an?\s+(?:[\w-]+\s+){0,2}?)?)"
    rf"({_JOB})\b"
    r"|(\b(?:je suis|j'suis|chui|suis|j'[eé]tais|en tant que|je travaille comme|je bosse comme"
    r"|travaille comme|comme|ancien(?:ne)?|moi-m[eê]me|moi m[eê]me)\s+(?:(?:une?|l')\s*)?(?:[\w-]+\s+)?)"
    rf"({_JOB})\b"
)
# Told first, as who is writing: "dental hygienist, neck is tight", "hairstylist 15 yrs.",
# "retired nurse here", "coiffeuse depuis 20 ans".
_OPENING = re.compile(
    rf"^(\W*(?:[\w-]+\s+){{0,2}}?)({_JOB})(?=\s*(?:[,:;.!-]|\(|here\b|by trade\b|by profession\b"
    r"|for (?:over |about |almost |nearly )?\w+ (?:years?|yrs?)\b|\d+\s*(?:years?|yrs?|y|ans)\b"
    r"|depuis\b|de m[eé]tier\b|de profession\b|ici\b))"
)
# Anywhere: "nurse here", "hairdresser by trade", "coiffeuse de métier".
_TAGGED = re.compile(rf"\b({_JOB})(?=\s+(?:here|by trade|by profession|de m[eé]tier|de profession)\b)")
# Where one works: "I work in a dental office", "work at a vet clinic", "je travaille dans
# une clinique vétérinaire": the workplace, not the patient's health.
_WORKPLACE = re.compile(
    r"(\b(?:work|working|worked|job|shifts?|travaille|travaillais|bosse)\s+(?:in|at|for|dans|en|chez)"
    r"\s+(?:an?\s+|the\s+|une?\s+|la\s+|le\s+)?(?:[\w-]+\s+)?)"
    r"(dentistry|nursing|dental (?:office|clinic|practice|surgery)|vet(?:erinary)? (?:clinic|hospital|office|practice)"
    r"|animal hospital|pharmacy|(?:hair )?salon|barbershop|tattoo (?:shop|studio|parlou?r)"
    r"|cabinet dentaire|clinique v[eé]t[eé]rinaire|pharmacie|salon de coiffure|salon de tatouage)\b"
)
# The work itself told as the patient's own, the job unnamed: "I tattoo for a living", "after long
# tattoo sessions", "years of tattoo work", "après 8h de tatouage", "je fais du tatouage depuis 10
# ans", "I do 8 massages a day", "je fais des massages toute la journée". The tattoo or the massage
# is the work that wears the patient's body out, no tattoo on their skin nor a massage they get:
# the word is replaced by "work" / "travail". Not when the message tells a tattoo on the body
# (_ON_THE_SKIN): "a fresh tattoo", "over my tattoo", "got inked", "un nouveau tatouage".
# Each alternative: what comes before (group 1, kept) and the word of the work (replaced).
_ACTIVITY_EN = re.compile(
    r"(\b(?:i|we) (?:\w+ )?)tattoo(?= (?:people|clients|folks|customers|for a living|for work|for money"
    r"|professionally|full[- ]?time|part[- ]?time|all day|every day|daily|\d+ (?:hours|hrs|days)"
    r"|for (?:\d+|a few|many|\w+) years)\b)"
    r"|(\b)tattoo(?:ing)?(?= (?:sessions|clients|customers|work|days|shifts|career|business|industry|trade|station"
    r"|chair|stool)\b)"
    r"|(\b(?:long|all[- ]day|marathon|full[- ]day|back[- ]to[- ]back) )tattoo(?= sessions?\b)"
    r"|(\b(?:hours|hrs|days|years|yrs|decades|months) of )tattoo(?:s|ing)?\b"
    r"|(\b)massages(?= (?:a|per|each) (?:day|shift|week)\b| all day\b| for a living\b)"
    r"|(\b(?:i|we) )(?:do|give) (?:\d+ |\w+ )?massages(?= (?:all day|for a living|for work|at work)\b)"
)
_ACTIVITY_FR = re.compile(
    r"(\b(?:\d ?h|\d heures|des heures|heures|journ[eé]es?|ann[eé]es|\d ans|mois|s[eé]ances) de )tatouages?\b"
    r"|(\b(?:fais|fait|faire|faisais) du )tatouage\b"
    r"|(\b(?:dans le|en|du) )tatouage(?= (?:depuis|toute|pendant|\d))"
    r"|(\b(?:travaille|bosse|travaillais|bossais) (?:dans le|en) )tatouage\b"
    r"|(\b)massages(?= (?:toute la journ[eé]e|par jour|[aà] longueur de journ[eé]e|au travail|pour gagner ma vie)\b)"
)
_ON_THE_SKIN = re.compile(
    r"\b(?:fresh|new|healing|peeling|recent|scabb\w*|nouveau|nouvel|r[eé]cent|frais)\b[^.?!]{0,20}\b(?:tattoo|tatouage|ink)"
    r"|\b(?:tattoo|tatouage)s? (?:is |was |still |est |encore )?(?:healing|fresh|new|peeling|r[eé]cent|frais)\b"
    r"|\b(?:over|through|near|around|next to|under|on|into|sur|dans|pr[eè]s d[eu']?|autour d[eu']?|[aà] c[oô]t[eé] d[eu']?)"
    r" (?:my |the |a |an |this |that |mon |ma |le |la |un |une |ce )?(?:\w+ )?(?:tattoo|tatouage)s?\b"
    r"|\binked\b|\bgot (?:my|a|the) \w+ (?:done|tattooed)\b|\b(?:me suis fait|s'est fait) (?:faire )?(?:un|le|mon) tatouage"
)
# A trade or a workplace that holds a subject's word but is never the patient's health: "back in
# college for dental lab technology", "on my feet in a cold store all day", "je travaille dans une
# chambre froide", "my kinesiology prof mentioned IMS", "cours de kinésiologie"; wax worked as a material
# ("carving wax all day", "wax models", "sculpter la cire") is no waxing of the skin.
_TRADE = re.compile(
    r"\b(?:carv\w*|melt\w*|mou?ld\w*|sculpt\w*|model+ing|pour\w*) (?:the |hot )?wax\b|\bwax (?:carv\w*|models?|patterns?|ups?|sculpt\w*)\b"
    r"|\bcandle wax\b|\b(?:sculpter|modeler|couler|fondre) (?:la |de la )?cire\b|"
    r"\bdental (?:lab(?:oratory|oratories|s)?|technology)\b|\b(?:laboratoire|labo|technicien(?:ne)?|proth[eé]siste)s? dentaires?\b"
    r"|\bcold (?:stores?|storage|rooms?|warehouses?)\b|\bwalk-in (?:freezers?|coolers?)\b"
    r"|\bchambres? froides?\b|\bentrep[oô]ts? frigorifiques?\b"
    r"|\bkinesiology (?:prof(?:essor)?s?|class(?:es)?|courses?|degrees?|programs?|programmes?|students?|majors?"
    r"|lecturers?|instructors?|teachers?|lectures?)\b|\b(?:degree|major|class|course|studies|prof) (?:in|of) kinesiology\b"
    r"|\b(?:cours|prof|professeure?|[eé]tudes|bac|dipl[oô]me) (?:de|en) kin[eé]siologie\b"
)
# Those cared for at work, with their illness: "kicked by clients with dementia", "residents with
# Alzheimer's", "des résidents atteints de démence". Not when the question asks for them ("would it
# help them?").
_CARED_FOR = re.compile(
    r"\b(clients|residents|service users)\b (?:with|who have|living with) (?:severe |advanced |early )?"
    r"(?:dementia|alzheimer'?s?|autism|parkinson'?s?|brain injur(?:y|ies))\b"
    r"|\b(r[eé]sidents|client[eè]?s|b[eé]n[eé]ficiaires)\b (?:atteints? (?:de|d'|du)|avec (?:de la |la |l')?)\s*"
    r"(?:d[eé]mence|alzheimer|autisme|parkinson)\b"
)
_FOR_THEM = re.compile(
    r"\b(?:help|treat|work for|needle|safe for)\w* (?:them|my clients|my residents|those clients|these residents)\b"
    r"|\b(?:les|pour (?:eux|mes clients|mes r[eé]sidents)) (?:aider|soigner|traiter)\b|\bpour eux\b"
)


# Children as the audience of the patient's work, the performer or entertainer ("je fais de la magie pour
# enfants", "I do magic shows for kids", "children's entertainer", "clown aux fêtes d'enfants"): those
# the patient works for, no child to treat (session 24, tuner yc: wn-018). Not when the question asks for
# them (_FOR_THEM), nor the patient's own children ("my kids' party").
_AUDIENCE = re.compile(
    r"(\b(?:magic|magie|magicien(?:ne)?|magician|shows?|spectacles?|clowns?|clowning|puppet\w*|marionnett\w*"
    r"|entertain\w*|animat\w*|perform\w*|parties|party|f[eê]tes?|anniversaires?|birthday parties|contes?"
    r"|storytelling|face painting|maquillage)(?: \w+)? (?:for|pour|d'|de|with|avec)(?: les| des| the)? ?)"
    r"(kids|children|enfants|jeunes enfants|little ones|tout-petits)\b"
    r"|(\b)(?:children'?s|kids'?|kid|enfants?) (?=(?:entertainer|magician|party magician|party entertainer|clown"
    r"|performer|show|shows|party performer)s?\b)"
)
# ...only beside a question about needling: with none ("what liability insurance do I need as a kids party
# entertainer?", wn-063) the children stay a subject to decline with
_OUR_TREATMENT = re.compile(r"\b(needl\w*|acupunct\w*|ims|dry needling|aiguilles?|puncture)\b")
# A cheap first look: most messages name no job at all.
_ANY = re.compile(
    rf"\b{_JOB}\b|\b(?:dentistry|nursing|pharmac\w*|salon|vet\w*|cabinet dentaire|tattoo\w*|tatouage\w*|massages)\b"
)


def _without_own_work(text: str) -> str:
    """`text` with the patient's own work (tattooing, massaging) told as such replaced by "work"."""
    if _ON_THE_SKIN.search(text):
        return text
    text = _ACTIVITY_EN.sub(lambda m: next(g for g in m.groups() if g is not None) + "work", text)
    return _ACTIVITY_FR.sub(lambda m: next(g for g in m.groups() if g is not None) + "travail", text)


def without_own_job(text: str) -> str:
    """`text` (lower case) with a job told as the patient's own replaced by a neutral word."""
    if not text:
        return text
    text = _TRADE.sub(NEUTRAL, text)
    if not _FOR_THEM.search(text) and _OUR_TREATMENT.search(text):
        text = _AUDIENCE.sub(
            lambda m: (m.group(1) + "people") if m.group(1) is not None else m.group(3), text
        )
        text = _CARED_FOR.sub(lambda m: m.group(1) or m.group(2), text)
    if not _ANY.search(text):
        return text
    text = _OWN.sub(lambda m: (m.group(1) or m.group(3)) + NEUTRAL, text)
    text = _OPENING.sub(lambda m: m.group(1) + NEUTRAL, text)
    text = _TAGGED.sub(NEUTRAL, text)
    text = _WORKPLACE.sub(lambda m: m.group(1) + NEUTRAL, text)
    return _without_own_work(text)
