"""Questions about everyday matters, asked by their shape, with none of our treatments in them.

A patient sometimes asks the assistant something that has nothing to do with needling or the
clinic: whether their boss may make them work a split shift, which backpack or wetsuit to buy,
whether we know a good paediatrician or ski instructor, tips for revising or for sleep training a
baby, how to turn off autocorrect, what a lab value means. The classifier's best guess is then some
topic, the clinic's fees ("forfait") or a hand-off, and a wrong answer reads as our advice on it.
Such a question is declined (route rule 12: out of scope, or not covered with who can help when it
is about health), whatever the classifier guessed, and is no emergency for the classifier alone.

The shapes, English and French (accents folded where written as [eé]...):

- whether something at work is legal or allowed ("is it legal for my boss to ...", "c'est légal?",
  "mon employeur a-t-il le droit de ...");
- which thing to buy or choose, or the best / most reliable brand of one ("which backpack should I
  buy", "best brand of ...", "quel ... est le plus fiable?", "quelle ... je devrais prendre?"), and a
  phone or data plan;
- whether we know, or can recommend, someone of another trade ("vous connaissez un bon pédiatre?"),
  or an agency for work ("une agence de placement honnête, vous en connaissez une?");
- tips for studying, exams or a baby's sleep, and how many hours of sleep to get;
- how to turn off or change a setting of a phone or a computer; a setting named by what it does
  (autocorrect, the letters made bigger on a tablet named) even beside emails or letters of its own;
- a ride program for people who can't drive, to sign up for ("a volunteer driver program to get to
  appointments", "le transport adapté"): the appointments are only where the ride goes;
- what a lab value means ("what does an eGFR of 38 mean?", "ma TSH à 7, ça veut dire quoi?");
- a team or club to join ("how do I join a search and rescue team?", "s'inscrire à la FADOQ");
- whether to put a bill on a credit card or wait until work comes;
- an errand of daily life by its subject, in the question sentence: the garden, the weather on the road, a ferry, a room to rent, wine, a
  chip shop, audiobooks, a working-holiday visa, a train or a church service to catch, the price of
  one's own work to set (no complaint, none of the clinic's logistics);
- which credit card, bank or loan pays best, a site for reviews of doctors, how to spot a cult-like healer
  (these name bills, sites or therapists of their own, so only our treatments or the clinic keep them ours).

Never when the message names a treatment, needles, a session, the clinic, an appointment or a
practitioner of ours: those are our questions, answered by the other rules.
"""

import re

from bot.nlu.focus import is_question, sentences

# A disabled parking badge or permit applied for: a council's or a province's form, no clinic answer.
# Legal advice, or a pair of glasses to buy: no health question at all, whatever the story.
OTHER_ADVISERS = re.compile(
    r"\b(need|get|hire|call|see|find|recommend|talk to|speak to|consult|retain)\b (\w+ ){0,2}"
    r"(lawyers?|attorneys?|solicitors?|paralegals?|legal advice|notar(y|ies)|immigration (consultants?|lawyers?))\b|"
    r"\b(should|can|could) (i|we) (sue|take (them|him|her) to court)\b|"
    # "how do I sue the driver who rear ended me for my treatment costs?": a lawyer's question
    r"\bhow (do|can|could|would|should) (i|we) (go about )?(sue|suing|take (them|him|her|the \w+) to court)\b|"
    r"\b(lawsuit|small claims court)\b|\bpoursuivre (le|la|l'|mon|ma) (\w+ )?(conducteur|conductrice|chauffeur|automobiliste)\b|"
    r"\b(besoin d'un|prendre un|engager un|trouver un|consulter un|appeler un) (avocat|notaire|consultant en immigration)\b|"
    r"\b(recommend|suggest|best|good|which|what)\b (\w+ ){0,3}(brands?|makes?|models?|pairs?) of (\w+ ){0,2}"
    r"(glasses|sunglasses|lenses|eyewear|spectacles)\b|"
    r"\b(blue[- ]light|blue[- ]blocking|anti-?blue) (glasses|lenses|filters?|specs)\b|"
    r"\blunettes (anti[- ]?)?(lumiere|lumi[eè]re) bleue\b|\blunettes anti-?bleue?\b|"
    # a visa, a permit or citizenship to apply for, and a power of attorney or a guardianship to get: the
    # government's or a lawyer's question ("how do we apply for a super visa for my parents?", "comment
    # obtenir une procuration pour ma mère?"); having one, told beside a booking, is no question of it
    r"\b(apply\w*|application|get|getting|obtain\w*|renew\w*|extend\w*|sponsor\w*|process\w*) (for )?(a |an |my |the |her |his |"
    r"their |our )?(super ?visa|visas?|visitor visa|tourist visa|work permit|study permit|permanent residen\w*|pr card|"
    r"citizenship|green card|passport)\b|\bsponsor\w* (\w+ ){0,3}(for|to come|to immigrate)\b|\b(super ?visa|visa|work permit|study permit) (application|process|requirements?|"
    r"forms?|interview|renewals?|extensions?)\b|\b(demande|demander|obtenir|faire venir|renouveler|parrainer|parrainage|prolonger)\b (\w+ ){0,3}"
    r"(d')?(un |une |le |la |mon |ma |leur |du )?(visas?|super ?visa|permis de (travail|s[eé]jour|[eé]tudes)|r[eé]sidence "
    r"permanente|citoyennet[eé]|passeport|titre de s[eé]jour)\b|\b(demande|dossier|formulaire)s? (de |du |d')(super ?)?visa\b|"
    r"\b(how (do|can|would|should) (i|we|you) (get|obtain|set up|make|apply for|arrange|draw up)|where (do|can) (i|we) "
    r"(get|obtain)|(need|want) (a|to get a|to set up a)|(get|getting|obtain\w*|set(ting)? up|draw(ing)? up|apply\w* for) "
    r"(a |an |the )?)(\w+ )?(power of attorney|health ?care proxy|medical proxy|guardianship|legal guardian\w*)\b|"
    r"\b(comment|o[uù]) (\w+ ){0,3}(obtenir|avoir|faire|[eé]tablir|demander|r[eé]diger)\b (\w+ ){0,2}(une |un |la |le )?"
    r"(procuration|mandat (de protection|d'inaptitude)|tutelle|curatelle)\b|\b(obtenir|faire|[eé]tablir|r[eé]diger) "
    r"(une |un |la |le )?(procuration|mandat de protection|mandat d'inaptitude|tutelle|curatelle)\b|"
    # something seen on the road or at work reported to a public authority (session 24, tuner YB): "how do I report a near
    # miss at the work zone to the DOT?", "where do I report a pothole to the city?" (a practitioner reported to their
    # college stays practitioner_conduct, not covered)
    r"\b(how (do|can|could|would|should) (i|we) |where (do|can|should) (i|we) |who (do|should) (i|we) )(go about )?(report|file|flag|"
    r"lodge)\b.{0,80}\b(to|with) (the |my |our )?(dot|department of transport\w*|mto|ministry of (transport\w*|labou?r)|"
    r"transport canada|police|cops|osha|labou?r board|bylaw( officers?| office| enforcement)?|city( hall)?|council|faa|ntsb|fmcsa)\b|"
    # the airline's rules for needles or gear in the luggage ("can I bring acupuncture needles in my carry-on?")
    r"\b(bring|take|pack|carry|put|fly with|apporter|amener|mettre|emporter)\b.{0,40}\b(carry-?on|hand luggage|cabin (bag|baggage|"
    r"luggage)|checked (bag|baggage|luggage)|suitcase|through (airport )?security|on (the|a) plane|bagages? ([aà] main|en soute|"
    r"cabine)|valise|dans l'avion)\b|\b(tsa|airport security|s[eé]curit[eé] (de l'a[eé]roport|a[eé]roportuaire))\b"
)

# A government number or card, or a bank account, to get: the government's or the bank's question, whatever the
# story ("how do I apply for a health card as a new resident?", "comment obtenir mon NAS et ouvrir un compte
# bancaire?"; session 18, tuner tx)
_NOT_PARKING = r"(?!(parking|disabled|handicap\w*|accessible|blue|mobility|work|study|stationnement)\b)"
PAPERS_AND_BANK = re.compile(
    r"\b(how (do|can|would|should) (i|we|you) (get|obtain|apply for|open|set up)|where (do|can) (i|we) (get|apply for|"
    r"open)|(get|getting|obtain\w*|apply\w* for|open|opening) (a |an |my |the )?)(\w+ ){0,2}(sin|social insurance "
    r"numbers?|social security numbers?|ssn|health cards?|ohip cards?|ramq cards?|medicare cards?|driver'?s licen[cs]es?|"
    r"bank accounts?|chequing accounts?|checking accounts?)\b|"
    r"\b(comment|o[uù]) (\w+ ){0,3}(obtenir|avoir|demander|ouvrir)\b (\w+ ){0,2}(un |une |mon |ma |le |la )?(nas|num[eé]ro "
    r"d'assurance sociale|carte (d'assurance maladie|soleil|ramq)|permis de conduire|compte (bancaire|en banque|ch[eè]que))\b|"
    r"\b(obtenir|ouvrir|demander) (un |une |mon |ma )?(nas|num[eé]ro d'assurance sociale|carte d'assurance maladie|"
    r"compte (bancaire|en banque))\b|"
    # jobless benefits to apply for, and the papers for them: "how do I apply for EI? my record of employment hasn't
    # come", "should I apply for unemployment now or wait?", "faire une demande d'assurance-emploi" (session 21, tuner tr)
    r"\b(apply\w*|application|sign(ing)? up|file|filing|claim\w*) (for |on )?(ei|e\.i\.|employment insurance|unemployment( insurance|"
    r"| benefits)?|jobless benefits|welfare|social assistance|ontario works)\b|\b(record of employment|relev[eé] d'emploi)\b|"
    r"\b(demande|demander|inscri\w*|s'inscrire)\b (\w+ ){0,2}(d'|de l'|à l'|a l'|au |le |la )?(assurance[- ]emploi|assurance[- ]ch[oô]mage|"
    r"ch[oô]mage|aide sociale|france travail|p[oô]le emploi)\b|"
    # a permit of any other kind to get, and a loan on a pawned thing (session 24, tuner YB): "do you know how to get a
    # busking permit downtown?", "comment obtenir un permis de pêche ?", "combien on me prêterait au Crédit municipal pour
    # une montre?"; a pawn shop told as a workplace is no loan asked; a parking permit stays the clinic's parking, a disabled one PARKING_PERMIT's)
    rf"\b(how (do|can|would|should) (i|we|you|one) (get|obtain|apply for)|how to (get|obtain|apply for)|where (do|can) (i|we) "
    rf"(get|apply for)|(get|getting|obtain\w*|apply\w* for) (a |an |the |my )?)({_NOT_PARKING}\w+ ){{0,2}}permits?\b|"
    rf"\b(comment|o[uù]) (\w+ ){{0,3}}(obtenir|avoir|demander)\b (\w+ ){{0,2}}(un |le )?permis (de|d'|pour) (?!conduire|stationn)|"
    r"\b((comment|how|o[uù]|where|can i|puis-je|est-ce que) (\w+ ){0,4}(mettre en gage|pr[eê]ts? sur gages?|pawn (my|a|an|the|it|this))|"
    r"(combien|how much)\b.{0,60}\b(pr[eê]ter\w*|lend|loan|give me|get for|donner\w*)\b.{0,60}\b(montre|bague|bijou\w*|collier|watch|"
    r"ring|necklace|jewel\w*|guitar|bracelet|gold|en or))\b"
)

PARKING_PERMIT = re.compile(
    r"\b(apply\w*|application|renew\w*|get|obtain|qualify) (for )?(a |an |my |her |his |their |the )?"
    r"(disabled|blue|handicap\w*|accessible|accessibility|mobility) (parking )?(badge|permit|placard|sticker|tag)s?\b|"
    r"\b(vignette|macaron|carte|permis) (de )?(stationnement )?(pour )?(les )?(personnes? )?handicap[eé]\w*"
)


def asks_another_adviser(text: str) -> bool:
    """Is the question one for a lawyer, a shop, an airline or a government office (a visa, a power of
    attorney, a disabled parking permit), whatever the story? Checked on the question alone, before
    the clinic's topics: these name the clinic's words (a claim, parking) for another's business."""
    lowered = text.lower()
    return bool(
        OTHER_ADVISERS.search(lowered) or PARKING_PERMIT.search(lowered) or PAPERS_AND_BANK.search(lowered)
    )


# Words that make the message one about our treatments, the clinic or a visit.
OURS = re.compile(
    r"\b(acupunct\w*|accupunct\w*|acuponct\w*|\w*needl\w*|ims|dn|aiguil\w*|puncture|piq\w*|physio\w*|kin[eé]\w*|"
    r"chiro\w*|ost[eé]o\w*|massage\w*|masseu\w*|therap\w*|th[eé]rap\w*|practitioners?|praticien\w*|acupuncteur\w*|"
    r"clinics?|cliniques?|appointments?|appts?|rendez-vous|rdv|sessions?|s[eé]ances?|treatments?|traitements?|"
    r"book\w*|r[eé]serv\w*|cupping|ventouses?|moxa\w*|tcm|qi|"
    # a bill, a claim or a receipt for one: "facturez-vous directement à la CNESST?" is the clinic's billing
    r"factur\w*|bill|bills|billed|billing|direct ?bill\w*|rembours\w*|reimburs\w*|insur\w*|assuran\w*|mutuelles?|"
    r"receipts?|re[cç]us?|claims?|r[eé]clamations?|"
    # the patient's file, account or contact details with us, the booking site or its reminders: "how do I
    # update my file with my new phone number?", "comment changer mon courriel dans mon compte?"
    # (not "à son compte", working for oneself: "fixer mes tarifs quand on débute à son compte")
    r"files?|dossiers?|records?|phone numbers?|num[eé]ros?|e-?mails?|courriels?|address|adresses?|accounts?|"
    r"(?<!son )(?<!mon )(?<!leur )comptes?|"
    r"passwords?|mots? de passe|portals?|portails?|websites?|site|app|apps|appli\w*|reminders?|rappels?|"
    r"notifications?|"
    # what the clinic sells: "which package should I buy?", "quel forfait je devrais prendre?" (not a phone's)
    r"packages?|bundles?|memberships?|vouchers?|gift|cartes?[- ]cadeaux?|forfaits?(?! (cell\w*|mobiles?|t[eé]l\w*|de t[eé]l\w*|"
    r"internet|donn[eé]es|data|texto|pour (appeler|t[eé]l[eé]phoner))))\b"
)

_WORK = (
    r"(boss|employer|manager|supervisor|company|hotel|restaurant|shifts?|split shifts?|overtime|hours|breaks?|"
    r"pay|paid|wages?|salary|work|job|schedule|chair|stand|standing|patron|employeur|g[eé]rant\w*|compagnie|"
    r"entreprise|quarts?|heures|pauses?|salaire|pay[eé]\w*|temps suppl[eé]mentaire|travail|job|horaire|chaise|"
    r"debout|semaine)"
)
# Whether something at work is legal or allowed: "are split shifts legal in california?", "is it legal
# for my boss to make me close and open?", "c'est légal?", "mon patron a-t-il le droit de ...?"
LEGAL_AT_WORK = re.compile(
    rf"^(?=.*\b{_WORK}\b)(?=.*(\b(is|are|isn'?t|aren'?t) (it|that|this|they|\w+ \w+|\w+) (even |actually |really )?"
    r"(legal|illegal|lawful|unlawful|allowed by law|against the law)\b|\b(legal|illegal|lawful|unlawful) (for|to)\b|"
    r"\b(labou?r (laws?|board|standards|code)|employment (laws?|standards)|workers'? rights)\b|"
    r"\b(c'est|c'est-tu|c'tu|est-ce|est-ce que c'est|ce serait|c'est pas) (\w+ )?(l[eé]gal|ill[eé]gal|permis)\b|"
    r"\b(l[eé]gal|ill[eé]gal)\s*\?|\b(a|ont|a-t-il|a-t-elle|ont-ils|ont-elles) (pas )?le droit (de|d')|"
    r"\b(normes du travail|droit du travail|code du travail|inspection du travail|prud'?hom\w*)\b))"
)

# Which thing to buy or choose, the best or most reliable brand: "which backpack should i buy", "what
# wetsuit would you get for winter?", "best brand of hiking boots?", "quel lecteur est le plus fiable?",
# "quelle planche je devrais prendre?", "c'est quoi la meilleure marque de ..."
_NOT_A_THING = (
    r"(?!(one|ones|of (them|those|these)|option|options|kind|type|sort|way|time|day|first|next|plan of)\b)"
)
WHICH_TO_BUY = re.compile(
    rf"\b(which|what|what kind of|what type of|what sort of)\b {_NOT_A_THING}(\w+ ){{1,4}}(should|would|do|could|shall) "
    r"(i|we|you) (buy|get|order|pick|choose|go with|go for)\b|"
    r"\b(best|good|reliable|recommended|decent|cheapest|top) (brands?|makes?|models?) (of|for)\b|"
    r"\b(which|what) (brands?|makes?|models?)\b|\bworth (buying|the money)\b|"
    r"\b(quel|quelle|quels|quelles) (\w+ ){1,5}(je devrais|devrais-je|dois-je|je dois|faut-il|il faut|"
    r"vous me conseill\w*|me conseill\w*|conseill\w*|recommand\w*) (prendre|acheter|choisir|commander)\b|"
    r"\b(quel|quelle|quels|quelles|c'est quoi|c koi|c quoi|cest quoi) (\w+ ){0,5}(est|sont|serait)? ?(le|la|les) "
    r"(plus fiables?|moins chers?|moins ch[eè]res?|meilleure?s? (marques?|mod[eè]les?|achats?))\b|"
    r"\b(meilleure?s?|bonnes?) (marques?|mod[eè]les?) (de|d')\b|\b(quelle|quelles) (marques?|mod[eè]les?)\b|"
    # a phone, a cell or a data plan: "best phone plan for unlimited texts?", "le meilleur forfait cell"
    r"\b((phone|cell|cellphone|mobile|data|wireless|internet) plans?|forfaits? (cell\w*|mobiles?|t[eé]l[eé]phone|"
    r"t[eé]l[eé]phoniques?|de t[eé]l[eé]phone|internet|donn[eé]es|data|texto))\b|"
    # a plan or card to phone abroad: "c'est quoi le meilleur forfait pour appeler Maurice?", "cheapest plan to call
    # overseas" (session 21, tuner tr)
    r"\b(forfaits?|plans?|cartes?|cards?) (\w+ ){0,2}(pour|to|for) (appeler|t[eé]l[eé]phoner|call|calling|phone|phoning)\b|"
    # a piece of gear asked which is best, or the best one under a price: "which GPS unit is best for ground
    # search", "best derby knee pads under $100??"
    r"\b(which|what) (\w+ ){0,2}(gps|units?|devices?|gadgets?|watch(es)?|headlamps?|radios?|boots|shoes|sneakers|pads|"
    r"helmets?|gear|tents?|packs?|jackets?) (is|are) (the )?(best|most accurate|most reliable|better)\b|"
    r"\b(best|good|cheap\w*|decent) (\w+ ){1,4}(under|below|for less than|less than|sous|moins de) \$ ?\d+|"
    r"\b(best|good|cheap\w*|decent) (\w+ ){1,4}(under|below|for less than|less than|sous|moins de) \d+ ?(\$|dollars|bucks|euros?|€)"
)

# Whether we know or can recommend someone: "do you know a good pediatrician?", "vous connaissez un bon
# moniteur de ski?", "can you recommend a tutor?", "tu connais une bonne gardienne?"
KNOW_SOMEONE = re.compile(
    r"\b((do|would) (you|u|y'?all) (guys )?know|you (guys )?know|can (you|u) (recommend|suggest)|"
    r"could (you|u) (recommend|suggest)|any (recommendations?|suggestions?) for)\b (of )?(a|an|any|some)\b|"
    r"\b(vous conn?ai?ss?[ae]i?s?[sz]|conn?ai?ss?[ae]i?[sz]-vous|tu connais|connais-tu|vous conna[iî]triez|vous auriez|"
    r"pouvez-vous me (recommander|conseiller|sugg[eé]rer)|vous pouvez me (recommander|conseiller|sugg[eé]rer)) "
    r"(pas )?(un|une|des|quelqu'un)\b|"
    # the kind told first, then asked whether we know one: "je cherche une agence honnête, vous en connaissez une?"
    r"\b(vous|tu) en conn?ai?ss?[ae]i?[sz] (pas )?(un|une|des)\b|\ben (connaissez|connais)-(vous|tu) (pas )?(un|une|des)\b"
)

# Tips for studying, exams or a baby's sleep; how many hours of sleep to get: "any tips for revising
# for finals?", "des trucs pour organiser mes révisions?", "tips for getting my toddler to sleep through"
_STUDY_OR_BABY = (
    r"(stud(y|ying|ies)|revis\w*|r[eé]vis\w*|exams?|examens?|finals|midterms?|homework|devoirs?|blocus|bac|"
    r"memori[sz]\w*|m[eé]moris\w*|remember (stuff|things|more)|concentrat\w*|focus(ing)?|procrastinat\w*|"
    r"sleep[- ]train\w*|sleep through( the night)?|faire (ses|leurs|sa) nuits?|potty[- ]train\w*|propret[eé]|"
    r"tantrums?|crises?|toddlers?|newborns?|babies|baby|b[eé]b[eé]s?|\d+ ?(month|mo|mois)[- ]old)"
)
# a pain or an ache told beside the tips is the patient's complaint, for the other rules
_COMPLAINT = re.compile(
    r"\b(pain\w*|hurt\w*|aches?|aching|sore\w*|stiff\w*|injur\w*|strain\w*|back|neck|shoulders?|wrists?|knees?|"
    r"hips?|douleurs?|mal|bless\w*|dos|cou|nuque|[eé]paules?|poignets?|genoux?|hanches?)\b"
)
TIPS_FOR_LIFE = re.compile(
    rf"^(?=.*\b{_STUDY_OR_BABY}\b).*(\b(tips?|tricks?|advice|hacks?|strateg\w*|ideas?|how (do|can|should) (i|we)|"
    r"best way to|trucs?|conseils?|astuces?|comment|strat[eé]gies?)\b|"
    r"\bhow (many|much) (hours of )?(sleep|hours)\b|\bcombien d'heures\b)|"
    r"\bhow (many|much) hours of sleep\b|\bcombien d'heures de sommeil\b"
)

# How to turn off or change a setting of a phone or a computer: "how do i turn off autocorrect on
# iphone", "comment désactiver le correcteur sur mon android?"
_DEVICE = (
    r"(i ?phones?|android|samsung|pixel|ipad|tablets?|laptops?|computers?|pc|mac|windows|phone|cell ?phone|"
    r"autocorrect\w*|auto-correct\w*|spell ?check\w*|keyboard|wi-?fi|bluetooth|ringtone|dark mode|"
    r"t[eé]l[eé]phone|cellulaire|cell|tablette|ordi\w*|correcteur|correction automatique|clavier|sonnerie)"
)
DEVICE_HELP = re.compile(
    rf"^(?=.*\b{_DEVICE}\b).*\b(how (do|can|would) (i|you|we)|how to|comment|where do i)\b (\w+ ){{0,2}}"
    r"(turn (off|on)|switch (off|on)|disable|enable|change|reset|fix|set up|setup|update|get rid of|stop|"
    r"d[eé]sactiv\w*|activ\w*|enlev\w*|[oô]ter|changer|r[eé]initialis\w*|arr[eê]ter|mettre [aà] jour|configur\w*)\b"
)

# What a lab value means: "what does an eGFR of 38 mean?", "my A1c came back 6.8, is that bad?",
# "ma TSH est à 7, ça veut dire quoi?"
_LAB = (
    r"(e?gfr|dfge|tsh|t4|a1c|hba1c|creatinine|cr[eé]atinine|ferritin\w*|ldl|hdl|cholesterol|cholest[eé]rol|"
    r"triglycerides?|triglyc[eé]rides?|inr|crp|esr|psa|b12|vitamin d|vitamine d|hemoglobin|h[eé]moglobine|"
    r"platelets?|plaquettes|white (blood )?count|wbc|glyc[eé]mie|blood sugar|fasting glucose|potassium|sodium|"
    r"bilirubin\w*|albumin\w*|uric acid|acide urique)"
)
LAB_VALUE = re.compile(
    rf"\b{_LAB}\b.{{0,40}}\b\d+([.,]\d+)?\b.{{0,40}}\b(mean|means|meaning|normal|bad|good|high|low|serious|worried|"
    r"veut dire|signifie|normal|normale|grave|[eé]lev[eé]e?|bas|basse|inqui[eé]t\w*)\b|"
    rf"\b(what does|what do|c'est quoi|que veut dire|qu'est-ce que) (\w+ ){{0,3}}{_LAB}\b.{{0,30}}\b(mean|veut dire|"
    r"signifie)?"
)

# Which card, bank or loan pays best: "which credit card gives the best cashback on medical bills?", "quelle
# carte de crédit donne le plus de remises?" (a bill named here is no bill of ours)
MONEY_PRODUCT = re.compile(
    r"^(?=.*\b(credit cards?|debit cards?|cards?|bank accounts?|banks?|savings accounts?|loans?|lines? of credit|"
    r"mortgages?|cartes? de cr[eé]dit|cartes?|comptes? bancaires?|banques?|pr[eê]ts?|marges? de cr[eé]dit)\b)"
    r".*\b(cash ?back|rewards?|reward points|air ?miles|interest rates?|apr|annual fees?|best rate|remises?|"
    r"ristournes?|r[eé]compenses?|taux d'int[eé]r[eê]ts?|frais annuels)\b"
)
# Where to read reviews or ratings of doctors or other trades: "best site to read reviews of dentists?", "quel
# est le meilleur site pour lire des avis sur les médecins?"
REVIEW_SITE = re.compile(
    r"\b(sites?|websites?|apps?|places?|where)\b.{0,40}\b(reviews?|ratings?|rated|avis|commentaires|critiques|"
    r"[eé]valuations|cotes?)\b.{0,20}\b(of|on|for|about|sur|des|de) (the |les |la |le )?(doctors?|physicians?|"
    r"dentists?|surgeons?|specialists?|therapists?|m[eé]decins?|docteurs?|dentistes?|chirurgiens?|sp[eé]cialistes?|"
    r"th[eé]rapeutes?|professionnels?|praticiens?)\b"
)
# How to spot a cult-like or fraudulent healer in general: "comment reconnaître une dérive sectaire chez un
# thérapeute?", "how can you tell if a wellness coach is running a cult?"
CULT_HEALER = re.compile(
    r"\b(d[eé]rives? sectaires?|sectes?|sectaires?|gourous?|cults?|cult-like|cultish|cult leaders?)\b"
)
# None of our treatments or the clinic named (the card, site or therapist shapes name bills, sites and
# therapists of their own)
_OUR_TREATMENT_OR_CLINIC = re.compile(
    r"\b(acupunct\w*|accupunct\w*|acuponct\w*|\w*needl\w*|ims|aiguil\w*|puncture|clinics?|cliniques?|"
    r"your (office|staff|practitioners?|physios?)|vos (praticiens|physios?|th[eé]rapeutes))\b"
)

# Someone known or recommended who drives people, to visits too: "do you know a driver who takes seniors to
# appointments?", "can you suggest a ride service for my mum's sessions?", "connaissez-vous quelqu'un qui conduit
# les patients à leurs rendez-vous ?" (the visit named is only where the ride goes)
KNOW_A_DRIVER = re.compile(
    rf"(?:{KNOW_SOMEONE.pattern}|\b(do|would|can) (you|u|y'?all) (guys )?(know|recommend|suggest) (anyone|anybody|someone|somebody)\b)"
    r".{0,40}\b(drivers?|drives|driving|rides?|lifts|taxis?|cabs?|chauffeurs?|"
    r"conduit|conduire|conducteurs?|conductrices?|covoiturage|navettes?|transport (adapt[eé]|b[eé]n[eé]vole))\b"
)
# A thing to buy asked for by what we would recommend: "which crochet hook or thumb splint would you recommend?",
# "what kind of knee brace do you suggest?", "quelle attelle vous me conseillez ?" (not an exercise, a stretch or
# a treatment: those are ours)
_NOT_OURS_TO_RECOMMEND = (
    r"(?!(\w+ ){0,5}(exercises?|stretch\w*|positions?|postures?|[eé]tirements?|routines?))"
)
RECOMMENDED_THING = re.compile(
    rf"\b(which|what|what kind of|what type of|what sort of)\b {_NOT_A_THING}{_NOT_OURS_TO_RECOMMEND}(\w+ ){{1,5}}"
    r"(would|do|could|can) (you|u|y'?all) (recommend|suggest)\b|"
    rf"\b(quel|quelle|quels|quelles) {_NOT_OURS_TO_RECOMMEND}(\w+ ){{1,5}}(vous me |tu me |me )?(conseillez|recommandez|"
    r"conseilles|recommandes|conseilleriez|recommanderiez|sugg[eé]rez)\b"
)

# Where to find, or a good one of, a doctor of another kind or a place for a sport or a class: "where can I find a
# GP who takes new patients?", "a good climbing gym near downtown?", "un bon dojo de karaté à Laval?", "où trouver
# un médecin de famille qui parle anglais?" (session 18, tuner tx; ours and the clinic are named with OURS)
_ELSEWHERE = (
    r"(family (doctor|physician|dr)s?|gps?|general practitioners?|doctors?|physicians?|pediatricians?|paediatricians?|"
    r"dentists?|optometrists?|walk-?in( clinic)?|dojos?|gyms?|climbing gyms?|boxing gyms?|yoga studios?|pools?|"
    r"swimming pools?|martial arts? (schools?|clubs?|classes)|(judo|karate|karat[eé]|bjj|jiu-?jitsu|boxing|boxe|taekwondo|"
    r"muay thai|mma|dance|danse|swim\w*|tennis|badminton|running|course) (clubs?|schools?|classes|gyms?|dojos?|"
    r"coach\w*|teachers?)|m[eé]decins? (de famille|g[eé]n[eé]ralistes?)|m[eé]decins?|omnipraticiens?|p[eé]diatres?|"
    r"dentistes?|salles? (de sport|d'entra[iî]nement|d'escalade|de boxe)|piscines?|clubs? (de \w+)|"
    r"[eé]coles? (de \w+)|cours (de \w+)|studios? (de \w+)|"
    # an agency for work (session 21, tuner tw): "je cherche une agence de placement honnête à Québec"
    r"(placement|staffing|temp|employment|recruitment|recruiting|nanny|home care|homecare) agenc(y|ies)|agences? (de placement|"
    r"d'emploi|de recrutement|d'int[eé]rim|de soins \w+))"
)
ELSEWHERE_TO_FIND = re.compile(
    rf"\b(where (can|could|do|should|would) (i|we|you|one) (find|get|go to|look for)|where (i|we) (can|could) (find|get)|"
    r"where to (find|get|look for)|"
    r"how (do|can|could) (i|we) find|looking for|any (good|decent)|(a|an|un|une) (good|decent|nice|bon|bonne)|"
    r"o[uù] (trouver|puis-je trouver|je peux trouver|est-ce que je peux trouver)|comment trouver|je cherche)\b "
    # one word may tell which kind: "where I could find a francophone family doctor in Ottawa?"
    rf"(a |an |un |une |des |some |de )?(good |bon |bonne )?(\w+ )?{_ELSEWHERE}\b"
    r"(?!'?s? (notes?|letters?|referrals?|forms?|orders?|signatures?)\b)"
)

# A team, club or association to join or volunteer with: "how do I join a search and rescue team in northern
# ontario?", "comment on fait pour s'inscrire à la FADOQ?" (session 21, tuner tr; the clinic's own waiting list,
# memberships or portal are named with OURS)
JOIN_A_GROUP = re.compile(
    r"\b(how (do|can|could|would|should) (i|we|you|one)|how to|where (do|can) (i|we)|want to|wanna|thinking of|"
    r"should i) (go about )?(join|joining|sign up (for|with)|become a member of|volunteer (for|with))\b (a |an |the |my |our )?"
    r"(\w+ ){0,4}(teams?|clubs?|leagues?|crews?|squads?|brigades?|associations?|unions?|choirs?|bands?|reserves?|militia|"
    r"army|navy|air force|fire department|firefighters?)\b|"
    r"\b(comment|o[uù]) (\w+ ){0,3}(s'inscrire|m'inscrire|adh[eé]rer|rejoindre|devenir membre)\b (\w+ ){0,2}(à |a |au |aux |de |d')?"
    r"(la |le |l'|une |un )?(fadoq|[eé]quipes?|clubs?|ligues?|associations?|syndicats?|chorales?|brigades?|pompiers|"
    r"b[eé]n[eé]voles?|arm[eé]e|r[eé]serve)\b"
)

# Whether to put a bill on credit or wait until work comes: "should I put treatment on my credit card or wait until
# I find work? be honest" (session 21, tuner tr): a money decision of the patient's own, not the clinic's payments
CREDIT_OR_WAIT = re.compile(
    r"\b(put|charge|pay for|finance|mettre|payer)\b.{0,40}\b(credit card|line of credit|loan|carte de cr[eé]dit|marge de "
    r"cr[eé]dit|pr[eê]t)\b.{0,40}\b(or|ou) (should i |je devrais |devrais-je )?(wait|attendre)\b"
)

# A setting of a phone, a tablet or a computer named by what it does (autocorrect, the size of the letters), to
# turn off or change: "how do I turn off autocorrect on mom's ipad? it's making a mess of her emails", "comment
# agrandir les lettres sur la tablette de ma mère?" (session 21, tuner tw): the emails or the letters are the
# device's, so only our treatments or the clinic named keep it ours; the size of the letters needs a device named
_SETTING = (
    r"(autocorrect\w*|auto-correct\w*|auto ?correction|spell ?check\w*|predictive text|dark mode|night mode|"
    r"ringtones?|correcteur( orthographique| automatique)?|correction automatique|mode sombre|sonneries?)"
)
_SIZE_ON_A_DEVICE = re.compile(
    r"\b(i ?pads?|tablets?|tablettes?|i ?phones?|phones?|cell ?phones?|smartphones?|t[eé]l[eé]phones?|cellulaires?|"
    r"computers?|laptops?|ordi\w*|kindles?|screens?|[eé]crans?|androids?|samsungs?)\b"
)
DEVICE_SETTING = re.compile(
    rf"\b(turn(ing)? (off|on)|switch(ing)? (off|on)|disabl\w*|enabl\w*|get rid of|stop|change|d[eé]sactiv\w*|activ\w*|"
    rf"enlev\w*|[oô]ter|arr[eê]ter|changer)\b (\w+ ){{0,2}}{_SETTING}\b"
)
BIGGER_LETTERS = re.compile(
    r"\b(make|get|making|set|turn) (\w+ ){0,2}(letters|text|font|print|writing|words|icons)( size)? (bigger|larger|"
    r"easier to (read|see))\b|\b(bigger|larger|enlarge|increase) (the )?(letters|text|font|print|text size|font size)\b|"
    r"\b(agrandir|grossir|augmenter|grandir)\b (la taille (des|du|de la) )?(les |des |le |la |l')?(lettres|texte|"
    r"caract[eè]res|police|[eé]criture|ic[oô]nes)\b|\b(lettres|texte|caract[eè]res|police|[eé]criture) plus (grosses?|"
    r"grandes?|gros|grand)\b"
)


def _device_setting(text: str) -> bool:
    """A setting of a device asked to be turned off or changed, or its letters made bigger on a device named."""
    return bool(
        DEVICE_SETTING.search(text) or (BIGGER_LETTERS.search(text) and _SIZE_ON_A_DEVICE.search(text))
    )


# A ride service for people who can't drive, to sign up for: "how do I sign mom up for a volunteer driver program to
# get to appointments", "comment je m'inscris au transport adapté du RTC pour aller à mes rendez-vous?" (session 21,
# tuner tw): the transit agency's or the program's forms; the appointments named are only where the ride goes
RIDE_PROGRAM = re.compile(
    r"\b(sign(ing)? (\w+ ){0,2}up|register\w*|apply\w*|application|enrol\w*|qualify\w*|eligib\w*|join\w*|inscri\w*|"
    r"s'inscrire|m'inscrire|admissib\w*|demande)\b.{0,50}\b(volunteer (driv\w*|ride\w*|transport\w*)|(driver|drivers|ride|"
    r"rides|transportation|transport) (programs?|services?) for (seniors?|the elderly|elders|disabled|people)|paratransit|"
    r"para-transit|handydart|handy ?dart|wheel-?trans|access-a-ride|dial-a-ride|mobility (bus|transit|service)|adapted "
    r"(transit|transport\w*)|accessible (transit|transport\w*)|transport (adapt[eé]|b[eé]n[eé]vole|accompagnement)|"
    r"accompagnement[- ]transport|chauffeurs? b[eé]n[eé]voles?)\b"
)

# An errand of daily life far from health and the clinic, by its subject: the garden (a plot, planting out, pruning,
# the frost), the weather on the road (fog, rain), a ferry or a flight, a room or a place to rent, wine and the grape
# harvest, a chip shop, audiobooks, a working-holiday visa ("is it too early to plant out my tomatoes?", "wats the
# ferry schedule to argentia", "anyone renting a room near the lake?", "où trouver un logement à Tremblant?", "c'est
# quand le bon moment pour tailler les oliviers?"; session 22, tuner UB). Read only with no complaint and none of the
# clinic's logistics in the message (asks_everyday): "foggy, will you still be open?" is the clinic's.
ERRANDS = re.compile(
    r"\b(gardens?|gardening|jardins? communautaires?|jardinage|potagers?|plant(ing)? out|tomato(es)?|tomates?|seedlings?|"
    r"semis|pruners?|pruning|s[eé]cateurs?|tailler|oliviers?|olive trees?|frost|gel[eé]es?|fog|foggy|brouillard|"
    r"ferry|ferries|traversiers?|flights?|vols? (vers|pour|de)|renting|rent (a|out)|for rent|sublet\w*|"
    r"apartments?|logements?|appartements?|housing|colocs?|colocation|roommates?|wines?|vins?|vendang\w*|grape picking|"
    r"fish (n|and|&|'n') chips|chip (shop|stand|truck)|audio ?books?|livres? audio|podcasts?|"
    r"(second|2nd|third|working holiday|work and holiday) (year )?visa|"
    # a train or a church service to catch (session 23, tuner VA): "à quelle heure part le premier train pour Namur?",
    # "what time is midnight mass at the cathedral?"
    r"(first|last|next|early|morning|premier|dernier|prochain) trains?|trains? (pour|to|for|vers|from|times?|schedules?)|"
    r"horaires? (des |du )?trains?|train stations?|messes?|mass times?|midnight mass|church services?|"
    # the price of one's own work to set (session 23, tuner VA): "how do I price a reupholstery job?", "comment fixer
    # mes tarifs de tapissière ?" (the clinic's fees are asked of "you", never "I")
    r"how (do|should|can|would) (i|we) (price|charge for)|pric(e|ing) (a|my|our|the|each) (\w+ ){0,2}(jobs?|projects?|"
    r"commissions?|work)|(fixer|[eé]tablir|calculer|d[eé]cider) (mes|ses|nos|son|ma|leurs) (\w+ )?(prix|tarifs))\b"
)
# What keeps an errand's words the clinic's: a complaint, or the clinic's logistics (open, hours, parking, the
# bus, a price, cancelling, being late, a person to talk to). route.nothing_of_ours reads them too: a question
# with nothing of health in it that asks these is still ours.
CLINIC_LOGISTICS = re.compile(
    r"\b(open\w*|ouv\w*|clos\w*|ferm\w*|hours?|heures? d'ouverture|park\w*|stationn\w*|bus|buses|transit|directions?|"
    r"fees?|frais|charg\w*|cancel\w*|annul\w*|late|retard\w*|"
    r"reschedul\w*|call|phone|t[eé]l[eé]phone|someone|quelqu'un)\b"
)


def asks_errand(question: str, whole: str) -> bool:
    """The question sentence asks an errand of daily life by its subject (ERRANDS; told only in the story, "no family
    doc since I moved for the ferry job", it is no errand), none of ours, no complaint, none of the clinic's logistics."""
    lowered = whole.lower()
    # only the sentences that ask ("vous parlez français ? je suis vendangeur en saison": the grape harvest is told)
    asked = " ".join(s for s in sentences(question) if is_question(s)).lower() or question.lower()
    return bool(
        ERRANDS.search(asked)
        and not OURS.search(lowered)
        and not _COMPLAINT.search(lowered)
        and not CLINIC_LOGISTICS.search(lowered)
    )


# Far-afield shapes (session 23, tuner WC), read only with none of ours named and no conversation about ours
# (route rule 12, `asks_far_afield`):
# the best thing for a purpose, by its shape ("whats the best yeast for a belgian tripel?", "best respirator for
# limestone dust?", "c'est quoi le meilleur bois pour un escalier?"); not the best time, day or way to reach us, nor
# "which one works best" (no thing named)
BEST_THING = re.compile(
    r"(?:^\W*|\b(?:the|whats|what'?s|what is|what are|which|c'est quoi|c koi|c quoi|cest quoi|c'est o[uù]|quel est|"
    r"quelle est|quels sont|quelles sont) (?:the |le |la |les |l')?)(?:best|meilleure?s?) "
    r"(?!(way to (reach|contact|get in touch|call|get (to|there|here|in)|book|pay)|time|times|days?|moment|heures?|"
    r"jours?|one|ones|option|options|choice|thing|things|approach|fit|bet|for|of|to|in|at|on|and|or|pour|de|d'|"
    r"fa[cç]on de (vous|joindre|r[eé]server)|moyen de (vous|joindre|r[eé]server))\b)[\w'-]+"
)
# the difference between two things, neither ours nor about health ("c'est quoi la différence entre un géomètre et
# un géomaticien?", "the difference between heads and hearts in distilling"); route reads it only when nothing in
# the message is about health
DIFFERENCE_BETWEEN = re.compile(r"\b(diff[eé]rences?|diff) (between|entre)\b")
# a tip or a pick for a race or a game to bet on ("who do you like in the Queen's Plate this year?", "vos
# pronostics pour le Prix de Diane?", "any tips for the derby?")
BETTING = re.compile(
    r"\b(who|which horse|which team|what horse|qui|quel cheval) (do|would|are) (you|u|y'?all) (guys )?(like|liking|pick|"
    r"picking|fancy|backing|bet(ting)? on|take|taking)\b (\w+ ){0,2}(in|for|to win|at)\b|\bpronos?(tics?)?\b|"
    r"\b(tiercé|tierce|quart[eé]|quint[eé]\+?|paris? (hippiques?|sportifs?)|parier|pari mutuel|betting|bet on|wager\w*|"
    r"long ?shots?|exacta|trifecta|superfecta|odds (on|for))\b"
)
# a trade to train for or a career to get into ("how do I get into a stonemasonry apprenticeship?", "comment devenir
# physiothérapeute au Nouveau-Brunswick, la formation se donne où?", "how do I become a line judge?"): a school's or
# the trade's question, even for a trade of ours (practitioners' own training, "quelle formation ils ont?", stays ours)
CAREER = re.compile(
    r"\bhow (do|can|could|would|should|does) (i|you|one|we|someone|a \w+( \w+)?) (go about |ever )?(become|becoming|"
    r"get into|getting into|train (to be(come)?|as)|qualify as|get (certified|licensed|qualified) as)\b|"
    r"\bhow to (become|get into|train as|qualify as)\b|\b(train\w*|study\w*|school|courses?|programs?) to become\b|"
    r"\b(get into|find|apply (for|to)|start) (a |an |the )?(\w+ ){0,3}apprenticeships?\b|"
    r"\b(what|which) school should i\b|\bnew career\b|"
    r"\b(comment|pour|faut-il faire quoi pour|on fait comment pour|comment (on )?fai(t|re) pour) (\w+ ){0,2}devenir\b|"
    r"\bs'inscrire (à|a) une formation\b|\bla formation se (donne|fait)\b|\bformation\b.{0,40}\bse donne o[uù]\b|"
    r"\b(entrer|rentrer) en apprentissage\b"
)
# a stall or a spot at a market to get ("comment avoir un emplacement au marché Jean-Talon?", "how do I get a stall at
# the farmers market?")
MARKET_STALL = re.compile(
    r"\b(stall|booth|stand|spot|table|space|emplacement|kiosque|place|étal|etal)s? (at|in|au|à|a|dans) (the |a |le |la |"
    r"un )?(\w+ )?(farmers'? |christmas |craft |night |flea |public )?(markets?|march[eé]s?)\b|"
    r"\b(market|march[eé]) (stall|booth|stand|vendor|kiosque|emplacement)s?\b"
)
# A visit, a booking or a bill of ours, or the clinic or its staff addressed, which keeps a career question ours
# ("can I book with a student physio?", "how do your physios become IMS-certified?")
_VISIT_BILL_OR_CLINIC = re.compile(
    r"\b(appointments?|appts?|rendez-vous|rdv|sessions?|s[eé]ances?|treatments?|traitements?|book\w*|r[eé]serv\w*|"
    r"insur\w*|assuran\w*|bill\w*|factur\w*|rembours\w*|receipts?|re[cç]us?|clinics?|cliniques?|your|vos|votre|"
    r"you guys|y'?all)\b"
)


def _asked(question: str) -> str:
    """The sentences of the question that ask (the whole question when none is marked as asking)."""
    return " ".join(s for s in sentences(question) if is_question(s)).lower() or question.lower()


# Whether needling helps or is safe, asked beside a career told ("I'm training to become a nurse, can acupuncture
# help my back?"): ours
_HELPS_OR_SAFE = re.compile(
    r"\b(help\w*|aider|aide|safe|s[eé]curitaire|dangereu\w*|hurt\w*|work for|marche)\b"
)


def asks_career(question: str, whole: str) -> bool:
    """The question sentence asks how to train for a trade or get into one, a trade of ours too (becoming a
    physiotherapist is a school's question; one naming our treatments, "how do I become an acupuncturist?", is left
    to the practitioners entry), with no visit, bill or the clinic named, nor help or safety asked."""
    asked = _asked(question)
    return bool(
        CAREER.search(asked)
        and not _VISIT_BILL_OR_CLINIC.search(whole.lower())
        and not _OUR_TREATMENT_OR_CLINIC.search(whole.lower())
        and not _HELPS_OR_SAFE.search(asked)
    )


def asks_far_afield(question: str, whole: str) -> bool:
    """Does the message ask for the best thing for a purpose, or its question sentence a bet or a market stall,
    naming none of ours? ("can I pay cash? my money comes from the market stall" is the clinic's)"""
    text = whole.lower()
    asked = _asked(question)
    return not OURS.search(text) and bool(
        BEST_THING.search(text) or BETTING.search(asked) or MARKET_STALL.search(asked)
    )


def asks_difference_afield(whole: str) -> bool:
    """The difference between two things, none of ours named (route reads it only with nothing of health)."""
    text = whole.lower()
    return bool(DIFFERENCE_BETWEEN.search(text)) and not OURS.search(text)


# Shapes that name bills, sites, therapists or visits of their own (a card's cashback on medical bills, reviews
# of therapists, a driver to appointments): only our treatments or the clinic named keep these ours, not OURS.
SHAPES_OF_THEIR_OWN = (MONEY_PRODUCT, REVIEW_SITE, CULT_HEALER, KNOW_A_DRIVER, CREDIT_OR_WAIT, RIDE_PROGRAM)

SHAPES = (
    ELSEWHERE_TO_FIND,
    LEGAL_AT_WORK,
    WHICH_TO_BUY,
    KNOW_SOMEONE,
    DEVICE_HELP,
    LAB_VALUE,
    RECOMMENDED_THING,
    JOIN_A_GROUP,
)


def asks_everyday(whole: str) -> bool:
    """Does the message ask an everyday matter by its shape, naming none of our treatments, the
    clinic, a visit or a practitioner?"""
    text = whole.lower()
    if not _OUR_TREATMENT_OR_CLINIC.search(text) and (
        any(shape.search(text) for shape in SHAPES_OF_THEIR_OWN) or _device_setting(text)
    ):
        return True
    if OURS.search(text):
        return False
    if TIPS_FOR_LIFE.search(text) and not _COMPLAINT.search(text):
        return True
    return any(shape.search(text) for shape in SHAPES)
