"""The guard for health words the knowledge base never mentions.

A patient asks "does acupuncture help tinnitus?". The five documents say nothing about
tinnitus, yet the nearest entry ("what is acupuncture used for?") would read as an answer.
knowledge/not_covered.yml lists the subjects we know patients raise; this guard catches the
rest: a word from knowledge/health_words.txt in the question, that no entry, keyword or
synonym uses, means the assistant has no information on it, and says so.
"""

import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, List, Optional, Tuple

from bot.knowledge import KNOWLEDGE_DIR
from bot.knowledge.bystanders import without_child_bystander
from bot.knowledge.occupations import without_own_job

HEALTH_WORDS_FILE = KNOWLEDGE_DIR / "health_words.txt"
_WORD = re.compile(r"[a-z0-9']+")


@lru_cache(maxsize=2)
def _health_phrases(path: Path = HEALTH_WORDS_FILE) -> Tuple[Tuple[str, re.Pattern], ...]:
    phrases = [
        line.strip().lower()
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return tuple(
        (p, re.compile(r"(?<![\w-])" + re.escape(p) + r"s?(?![\w-])")) for p in dict.fromkeys(phrases)
    )


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").lower().replace("\u2019", "'"))


@lru_cache(maxsize=4)
def _kb_text(store_id: int, store) -> str:
    """Everything the knowledge base says, as one lower-case text (entries, keywords, terms,
    synonyms), to tell whether it ever uses a word."""
    parts: List[str] = []
    for e in store.entries.values():
        parts += [e.question, e.answer, *e.keywords, *e.terms, *e.conditions]
    for groups in store.synonyms.table.values():
        for canonical, phrases in groups.items():
            parts += [canonical.replace("_", " "), *phrases]
    return " " + _normal(" \n ".join(parts)) + " "


def kb_mentions(store, phrase: str) -> bool:
    text = _kb_text(id(store), store)
    return re.search(r"(?<![\w-])" + re.escape(phrase) + r"(s|es)?(?![\w-])", text) is not None


@lru_cache(maxsize=4)
def _unknown_phrases(store_id: int, store) -> FrozenSet[str]:
    return frozenset(p for p, _ in _health_phrases() if not kb_mentions(store, p))


# Disease names by their form, for the ones no list can keep up with ("interstitial
# cystitis", "endometriosis", "retinopathy", "une cystite"): an inflammation, a condition,
# a tumour or a disease of an organ. The musculoskeletal ones the condition entries cover
# (arthritis, tendinitis, bursitis, a tendinopathy...) are not diseases of this kind, and
# everyday words of the same shape are not diseases at all.
_DISEASE_FORM = re.compile(r"\b[a-zà-ÿ]{2,}(itis|osis|emia|aemia|pathy|pathies|omas?)\b")
# The French forms (une cystite, l'endométriose) only in a French message: in English, words
# of that shape are everyday words (website, purpose).
_DISEASE_FORM_FR = re.compile(r"\b[a-zà-ÿ]{3,}(ites?|ose)\b")
_FRENCH = re.compile(r"\b(le|la|les|une|des|est|je|j'|mon|ma|mes|pour|avec|c'est|que|qui|du|au)\b")
_NOT_A_DISEASE = frozenset(
    """arthritis osteoarthritis tendinitis tendonitis bursitis fasciitis fascitis epicondylitis
capsulitis synovitis tenosynovitis costochondritis myositis tendinosis spondylosis stenosis
tendinopathy tendinopathies radiculopathy radiculopathies myopathy neuritis radiculitis diagnosis diagnoses prognosis
hypnosis osmosis symbiosis sympathy empathy apathy telepathy homeopathy osteopathy naturopathy
hematoma haematoma hematomas haematomas diploma diplomas aroma aromas stoma coma comas soma
arthrite arthrites tendinite tendinites bursite capsulite epicondylite épicondylite fasciite
arthrose arthroses tendinose petite petites suite suites ensuite vite site sites limite limites
visite visites gratuite gratuites faite faites dite dites conduite poursuite réussite reussite
élite elite favorite maudite interdite écrite ecrite produite réduite reduite cuite fuite
subite subites quite white write site invite favourite opposite composite granite satellite
kite bite bites polite excite despite elite rite spite unite ignite appetite graphite termite
dose doses rose roses chose choses pose poses cause causes close hose nose prose those whose
expose suppose propose compose oppose impose purpose dispose glucose lactose fructose sucrose
overdose diagnose morose verbose grandiose comatose adipose
traite traites retraite retraites habite habites évite évites evite evites profite profites hésite hésite hesite
hesites mérite mérites merite merites invite médite medite imite cite cites débite debite milite quitte
frite frites truite truites marmite dynamite termite rite rites
ose propose proposes repose reposes suppose impose expose arrose compose oppose explose""".split()
)


# ...also misspelt ("oestoarthritis", "tendonitus"): a root of theirs keeps the word out.
_MUSCULOSKELETAL_ROOT = re.compile(
    r"arthrit|tendin|tendon|bursit|fasci|capsul|synov|myosit|epicondyl|website"
)


# Health words that name no illness, drug or after-effect of the patient's, removed before the
# guard looks: tiredness as a figure of speech ("sick and tired of this back pain", "fatiguée
# de mes douleurs", "I've exhausted every option"); another needle the patient compares ours
# with ("as thin as the ones for a flu shot?", "comme une prise de sang"); tears that only
# say how much a session hurt ("it hurt so much I was in tears", "so sore I teared up"), a
# question about the pain; and an operation the patient hopes to avoid or put off ("could
# it help her put off the surgery?"), a question about the condition.
_FILLER = (
    r"(the|a|an|those|ones?|for|at|used|in|getting|having|receiving|get|une?|les?|la|des|pour|aux?"
    r"|d'une?|de|celles?|ceux|recevoir|faire|they|you|use|uses|stick|in)"
)
_OTHER_NEEDLE = (
    r"(flu shots?|flu jabs?|vaccines?|vaccinations?|covid shots?|covid jabs?|blood tests?|blood draws?|blood ?work"
    r"|blood samples?|(the )?labs?"
    r"|tattoos?|insulin needles?|(vaccine|flu shot|blood test) needles?|injections?|vaccins?"
    r"|prises? de sang|tatouages?|piqûres?|piqures?|aiguilles? (de|à|a|pour les?) (vaccins?|prises? de sang"
    r"|insuline|tatouage))\b"
)
_FIGURES_OF_SPEECH = (
    # a pain named by the one place it is felt (written rule 1; a headache is the entries' whatever sets it off,
    # rule 3): "sinus headaches", "trigeminal neuralgia", "occipital neuralgia", "la névralgie du trijumeau";
    # no illness of its own. A sinus infection or sinusitis told with it is still an illness word.
    re.compile(
        r"\bsinus (headaches?|migraines?|head pain)\b|\b(trigeminal|occipital) (neuralgia|nerve pain)s?\b"
        r"|\bn[ée]vralgies? (du trijumeau|d'arnold|occipitales?|faciales?)\b"
    ),
    # "the twitch nearly gave me a heart attack lol", "j'ai failli faire une crise cardiaque": a fright
    # told as a figure of speech; and another needle the patient dreaded or balked at ("I nearly bailed
    # on my covid shot", "j'ai failli me sauver pendant mon vaccin"): how afraid they are, not an illness
    re.compile(
        r"\b(nearly|almost|practically|about to|basically|half|like to)( \w+)? (gave|give|giving|had|have|having|got|get)"
        r" (me |him |her |us )?(a |an )?(heart attack|stroke|coronary)s?\b|\b(gave|give|gives|giving) (me|him|her|us)"
        r" (a |an )?(heart attack|stroke|coronary)s?( lol| haha| lmao)\b|\b(j'ai |il a |elle a )?(failli|presque|quasiment|pratiquement)"
        r" (faire|fait|eu|avoir) (une )?(crise cardiaque|crise de c(oe|œ)ur|attaque cardiaque)\b"
        # a fright at a sight (session 21, tuner tx): "j'ai cru faire une crise cardiaque en voyant la facture"
        r"|\b(j'ai cru|je croyais|je pensais)( que)? (faire|avoir|j'allais faire|je faisais) (une )?(crise cardiaque"
        r"|crise de c(oe|œ)ur|attaque cardiaque|infarctus)\b(?= (en voyant|quand j'ai vu|[aà] la vue|en lisant|en recevant)\b)"
    ),
    re.compile(
        rf"\b(bailed|chickened out|backed out|ran away|ran off|walked out|freaked out|panicked|flinched|cried|screamed"
        rf"|fainted|bolted|me sauver|paniqu\w*|pleur\w*)( \w+)? (on|at|during|over|from|for|before|pendant|avant|devant)"
        rf" (my |the |a |his |her |mon |ma |le |la |un |une )?(last |next |first |dernier |derni[eè]re )?{_OTHER_NEEDLE}"
    ),
    # a heart attack "had" at a sight, told with a laugh (session 24, tuner xd): "had a heart attack when i
    # saw what they charge 😂" is a fright at a price, as not_covered.yml's heart subject reads it (the
    # patient's own: at the message's start or after "I")
    re.compile(
        r"(?:^|(?<=\bi )|(?<=\bi just )|(?<=\bi literally ))(had|have|having|got) (a |an )?"
        r"(heart attack|coronary)\b(?=.{0,15}\b(when|as soon as|the moment) (i|we) (saw|seen|see|opened|read"
        r"|looked at|got)\b.{0,140}(\b(lol|lmao|haha\w*|jk)\b|😂|🤣|😅|😭|💀))"
    ),
    # fainting at the mere sight of another needle (session 24, tuner xd): "I go pale and faint at the sight
    # of a blood test", "je tombe dans les pommes à la vue d'une prise de sang": how afraid, not an illness
    re.compile(
        rf"\b(faint\w*|pass(es|ed|ing)? out|black(s|ed|ing)? out|keel(s|ed)? over|go(es)? (pale|white|green)"
        rf"|[eé]vanoui\w*|tomb\w* dans les pommes)( \w+){{0,3}} (at|from) the (mere |very )?(sight|thought) of"
        rf" (a |an |the |my |any )?{_OTHER_NEEDLE}|\b([eé]vanoui\w*|tomb\w* dans les pommes|malaise)( \w+){{0,3}}"
        rf" [aà] la (seule )?(vue|pens[eé]e) d(e |')(une |la |les |des )?{_OTHER_NEEDLE}"
    ),
    re.compile(
        r"\b(sick and tired|tired of|exhausted (all|every|my)\b|fatiguée? de\b|fatiguee? de\b"
        r"|épuisée? de\b|epuisee? de\b)"
    ),
    re.compile(
        rf"(\b(like|than|as|vs|versus|compa\w* to|compa\w* with|comme|que)\s+|\bqu')({_FILLER}\s+)*{_OTHER_NEEDLE}"
        rf"(\s*(,|or|and|ou|et)\s+({_FILLER}\s+)*{_OTHER_NEEDLE})*"
    ),
    re.compile(
        r"(\b(hurt|hurts|hurting|sore|painful|pain|fait mal|douleur)\b[^.?!]{0,15}?\b(so much|so bad"
        r"|so badly|enough|that much|tellement|au point)\b|\bso (sore|painful)\b|\bsi mal\b)"
        r"[^.?!]{0,30}?\b(in tears|teared up|tearing up|cried|crying|en larmes|pleuré|pleurer)"
    ),
    # "worried I might pass out during IMS", "peur de m'évanouir": the fear of fainting is
    # how the patient feels about needles, answered the same way.
    re.compile(
        r"\b(worried|worry|scared|afraid|nervous|terrified|anxious|fear|frightened|peur|crainte"
        r"|inquiète?|inquiet)\b[^.?!]{0,25}?\b(pass out|passing out|faint|fainting|black out"
        r"|blacking out|get dizzy|getting dizzy|m'évanouir|tomber dans les pommes|faire un malaise)\b"
    ),
    # "I get woozy just looking at needles", "je tombe dans les pommes rien qu'à voir une
    # aiguille": a fear of needles, which the sensation entries answer.
    re.compile(
        r"\b(woozy|faint|fainty|dizzy|light-?headed|light headed|pass(ed)? out|queasy|squeamish"
        r"|tomber dans les pommes|tombe dans les pommes|m'évanouir|m'évanouis|malaise|tête qui tourne)\b[^.?!]{0,25}?"
        r"\b(looking at|look at|seeing|see|sees|sight of|watching|watch|thinking about|think about|thought of|voir|vois"
        r"|voit|vue|regarder|regardant"
        r"|penser)\b[^.?!]{0,20}?\b(needles?|blood|aiguilles?|sang|piqûres?|photos?|pictures?|pics?|videos?|images?"
        r"|vidéos?)\b"
    ),
    # "I nearly cried when she found the knot", "j'ai presque pleuré quand il a trouvé le point": tears
    # at the moment a needle found the sore spot, a question about how it feels (sensation).
    re.compile(
        r"\b(cried|cry|crying|in tears|teared up|tearing up|tears (in|to) my eyes|pleuré|pleurer|larmes aux yeux)\b"
        r"[^.?!]{0,25}?\b(when|as|once|the moment|quand|lorsqu'?|au moment où)\b[^.?!]{0,40}?\b(found|hit|hits"
        r"|touched|got|reached|went in|trouvé|touché|atteint|piqué)\b[^.?!]{0,25}?\b(knots?|spots?|points?|muscles?"
        r"|trigger|nœuds?|noeuds?|it|the needle|l'aiguille|le point|le nœud|le noeud)\b"
    ),
    # "passed out at a blood test once as a teen", "je suis tombée dans les pommes lors d'une prise
    # de sang": a faint at another needle, told as the reason for a fear of ours (sensation
    # answers it), and the time of life it happened at, which is no age of the patient's now.
    re.compile(
        r"\b(faint|fainted|fainting|pass(ed)? out|passing out|black(ed)? out|woozy|dizzy|light-?headed"
        r"|tomb\w* dans les pommes|évanoui\w*|evanoui\w*|fait un malaise)\b[^.?!]{0,25}?\b(at|during|for"
        r"|getting|having|after|with|lors d'une?|pendant (une|la)|à (une|la)|a (une|la)|pour (une|la)) "
        rf"(a |an |the |my |my last |une |la |ma )?{_OTHER_NEEDLE}"
    ),
    # "does it leave marks like cupping does?", "des marques comme les ventouses": cupping's marks as the
    # yardstick of a question about needling's (knowledge/not_covered.yml other_therapies says when)
    re.compile(
        r"\b(marks?|bruis\w*|circles?|rings?|hickeys?|traces?|bleus?|marques?|ronds?|cercles?)\b (\w+ ){0,3}(like|as|comme|que)"
        r" (the |les |des |avec les |from |from the |de la |du )?(cupp?ing|ventouses?|hijama)\b"
    ),
    # "ma fille dit que l'acupuncture ça fait pas mal", "my kids keep telling me to try it", "according
    # to my son": a child who only says, advises or reports something is no child to treat (the
    # relative is the one who speaks, the question is the patient's own)
    re.compile(
        r"\b(my|our|mon|ma|mes|notre|nos) (\w+ )?(son|daughter|kids?|child|children|teens?|teenager|fils|fille|filles"
        r"|enfants?|ado|ados)( \w+){0,2}? (says?|said|tells? me|told (me|us)|keeps? (telling|saying|nagging|bugging)|thinks?"
        r"|swears?|reckons?|recommended|suggested|insists?|dit|disent|me dit|m'a dit|m'ont dit|me disent|pense|pensent"
        r"|trouve|croit|affirme|jure|insiste|m'a (conseill|recommand|parl|sugg[eé]r)\w*|m'ont (conseill|recommand|parl)\w*)\b"
        r"|\b(according to|selon) (my|our|mon|ma|mes) (son|daughter|kids?|child|fils|fille|enfants?)\b"
    ),
    re.compile(
        r"\b(as a|when i was a|when i was an?|back when i was a) (teen|teenager|kid|child|young girl|young boy)\b"
        r"|\b(quand j'étais|quand j'etais|à l'|a l') ?(ado|adolescente?|enfant|jeune|petite?)\b"
    ),
    # "can I bring the baby along to the appointment?", "j'amène mon bébé au rendez-vous?": a
    # person brought along is a question for the clinic, not a health word
    re.compile(
        r"\b(bring|bringing|brought|take|taking|have|having|come with|amener|emmener|venir avec|j'amène"
        r"|j'emmène)( (the|my|our|a|mon|ma|mes|le|la|les|notre|nos))? (baby|babies|bébé|bebe|bébés|kids?"
        r"|child|children|toddlers?|infant|newborn|enfants?|petits?)\b(?=[^.?!]{0,40}\b(along|with me|with us"
        r"|in the room|to (the|my|an|your) (appointment|appt|session|visit|clinic)|avec moi|au rendez-vous"
        r"|à la séance|a la seance|au rdv|à la clinique|a la clinique|while i|pendant (la|ma) séance))"
    ),
    # "something came up with the baby, can I move Tuesday's visit?", "je dois annuler, mon bébé est
    # malade": a child given as the reason to move or cancel a visit is a booking, not a health word
    re.compile(
        r"\b(baby|babies|bébé|bebe|bébés|kids?|toddlers?|infant|newborn|enfants?|petite?s?)\b(?=[^?!]{0,80}"
        r"\b(move|moving|reschedul\w*|cancel\w*|change|switch|push|postpone|bump|rebook\w*|déplacer|deplacer"
        r"|annuler|changer|reporter|décaler|decaler)\b)|\b(move|moving|reschedul\w*|cancel\w*|change|switch|push"
        r"|postpone|bump|rebook\w*|déplacer|deplacer|annuler|changer|reporter|décaler|decaler)\b[^?!]{0,80}"
        r"\b(baby|babies|bébé|bebe|bébés|kids?|toddlers?|infant|newborn|enfants?|petite?s?)\b"
    ),
    re.compile(
        r"\b(avoid|avoiding|put off|putting off|delay|delaying|postpone|instead of|alternative to"
        r"|rather than|don'?t want|do not want|not ready for|éviter|eviter|repousser|retarder"
        r"|au lieu d'?|plutôt que|plutot que)( (the|a|an|my|her|his|having|getting|going for|une?|la|l'|"
        r"de la|d'une?))* ?(surgery|surgeries|operation|an operation|op|knee replacement|hip replacement"
        r"|joint replacement|chirurgie|opération|operation|une opération)\b"
    ),
)
# "not swollen or anything", "no swelling", "pas de fièvre", "I don't have diabetes": a
# health word the patient says they do not have.
_NEGATED = re.compile(
    r"(\b(no|not|without|never|nor|sans|pas|aucune?|ni|don'?t have|do not have|never had"
    r"|haven'?t had|n'ai pas|n'ai jamais eu)( (de|d'|any|a|an|much|real|really|at all|been|more"
    r"|even|vraiment|du tout))*\s*|\b(pas|sans) d')$"
)


# After-effects and health problems by their shape, for wordings no list keeps up with: a
# tendency to bleed or bruise ("I bruise super easy", "je saigne facilement") and a tingle or
# numbness that outlasts the visit ("my foot still tingles", "engourdi depuis trois jours").
_HEALTH_SHAPES = re.compile(
    r"\b(bruise|bruises|bleed|bleeds|bruising|bleeding) (so |super |really |very |too |quite )?"
    r"(easily|easy)\b|\b(saigne|saigner|bleus?) (très |trop |super )?facilement\b"
    r"|\bstill (tingl\w*|numb\w*|pins and needles)|\b(tingl\w*|numb\w*|engourdie?s?|fourmillements?)"
    r" (for|since|depuis) (days|weeks|a week|\d+ days|deux|trois|plusieurs|des) ?(jours|semaines)?"
)


_RUN = re.compile(r"\w+")


@lru_cache(maxsize=2)
def _phrases_by_first_word(path: Path = HEALTH_WORDS_FILE) -> Dict[str, Tuple[int, ...]]:
    """{the first word of a phrase: the phrases' positions in the file}. A phrase's pattern
    only matches where no word character or hyphen comes before it, so a match starts a word
    of the message; that word is the phrase's first word (or, for a one-word phrase, it with
    its plural "s"). Words as runs of \\w, in the phrase and in the message alike."""
    index: Dict[str, List[int]] = {}
    for k, (phrase, _) in enumerate(_health_phrases(path)):
        first = _RUN.match(phrase)
        index.setdefault(first.group() if first else "", []).append(k)
    return {word: tuple(ks) for word, ks in index.items()}


def _phrases_in(norm: str) -> List[Tuple[str, re.Pattern]]:
    """The (phrase, pattern) pairs of _health_phrases(), in file order, that could match the
    text: those whose first word is a word of it (every other one cannot). A phrase with no
    word character at its start is always kept."""
    index, phrases = _phrases_by_first_word(), _health_phrases()
    keep = set(index.get("", ()))
    for word in set(_RUN.findall(norm)):
        keep.update(index.get(word, ()))
        if word.endswith("s"):
            keep.update(index.get(word[:-1], ()))
    return [phrases[k] for k in sorted(keep)]


def _negated(norm: str, start: int) -> bool:
    return _NEGATED.search(norm[max(0, start - 40) : start]) is not None


# "she keeps saying 'kidney meridian'", "the liver channel", "le méridien du rein": an organ named as an
# acupuncture meridian is a word of the method (the entries on meridians answer it), and the same organ
# asked after it ("... is that about my actual kidneys?") no illness of its own
_ORGAN = (
    r"(kidneys?|liver|lungs?|heart|spleen|stomach|bladder|gall ?bladder|large intestine|small intestine|"
    r"pericardium|reins?|foie|poumons?|c(oe|œ)ur|rate|estomac|vessie)"
)
_ORGAN_MERIDIAN = re.compile(
    rf"(\b{_ORGAN} (meridians?|channels?)\b|\bm[ée]ridiens? (du |de la |des |de l')?{_ORGAN}\b)"
    rf"((?P<gap>[^|]{{0,120}}?)\b(actual|real|physical|vrais?|vraie?s?) {_ORGAN}\b)?"
)


# Written rule 10 (tests/real_questions/README.md): digestive complaints and allergies are uses the
# entries name by their general word ("digestion", "allergies"), so "could acupuncture help his
# constipation?", "l'acupuncture aide pour le reflux ?", or the itchy eyes and runny nose of an
# allergy or hay fever asked with it, are the conditions entries, not a health word they never use;
# only when the message asks whether treatment helps (an itch or a reflux after a session stays
# an after-effect the entries don't give).
_ASKS_IF_IT_HELPS = re.compile(
    r"\b(help|helps|helped|helping|treat|treats|treated|ease|eases|relieve|relieves|fix|sort out|good for"
    r"|work for|works for|do (anything|something|much) for|any good for|aide|aider|aiderait|aident|soulager|soulage|soulagerait|traiter|bon pour|efficace)\b"
)
_DIGESTIVE_COMPLAINT = re.compile(
    r"\b(constipation|constipated|constipée?|acid reflux|reflux acide|reflux|heartburn|indigestion"
    r"|brûlures? d'estomac|brulures? d'estomac)\b"
)
_ALLERGY_NAMED = re.compile(
    r"\b(allergies|allergy|allergic rhinitis|hay ?fever|seasonal allerg\w*|rhume des foins|allergies? saisonni\w*)\b"
)
_ALLERGY_SIGNS = re.compile(
    r"\b(itch\w*|runny nose|nose runs|nose running|sneez\w*|watery eyes|eyes water\w*|stuffy nose"
    r"|d[ée]mang\w*|nez qui coule|le nez coule|[ée]ternu\w*|yeux qui (pleurent|piquent|grattent))\b"
)


def _uses_the_entries_name(norm: str) -> str:
    """The text without the complaints written rule 10 counts as uses the entries name, when it
    asks whether treatment helps."""
    if not _ASKS_IF_IT_HELPS.search(norm):
        return norm
    norm = _DIGESTIVE_COMPLAINT.sub(" ", norm)
    if _ALLERGY_NAMED.search(norm):
        norm = _ALLERGY_SIGNS.sub(" ", norm)
    return norm


def unknown_health_term(text: str, store) -> Optional[str]:
    """The first health word or phrase in `text` that the knowledge base never uses: one
    from knowledge/health_words.txt, or a disease name by its form (_DISEASE_FORM)."""
    norm = without_child_bystander(without_own_job(_normal(text)))
    for figure in _FIGURES_OF_SPEECH:
        norm = figure.sub(" ", norm)
    norm = _ORGAN_MERIDIAN.sub(r" \g<gap> ", norm)
    norm = _uses_the_entries_name(norm)
    unknown = _unknown_phrases(id(store), store)
    for phrase, pattern in _phrases_in(norm):
        # The substring test first: the pattern can only match where the phrase is (same result,
        # a fraction of the regex searches per message).
        if phrase in unknown and phrase in norm:
            if any(not _negated(norm, m.start()) for m in pattern.finditer(norm)):
                return phrase
    shape = _HEALTH_SHAPES.search(norm)
    if shape and not _negated(norm, shape.start()):
        return shape.group()
    forms = [_DISEASE_FORM] + ([_DISEASE_FORM_FR] if _FRENCH.search(norm) else [])
    for match in (m for form in forms for m in form.finditer(norm)):
        word = match.group()
        if (
            word not in _NOT_A_DISEASE
            and not _negated(norm, match.start())
            and not _MUSCULOSKELETAL_ROOT.search(word)
            and not kb_mentions(store, word)
        ):
            return word
    return None
