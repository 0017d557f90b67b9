"""Three ways patients talk about a session that the subject patterns alone misread.

- An after-effect told in a follow-up that points back at the session the conversation was
  about ("my hand has felt numb for an hour since, is that normal?"): the session is in the
  earlier turn, so the message is read as if it named it (written rule 6).
- A feeling at the needle the patient had to get through ("such a weird feeling, I had to
  breathe through it"): how needling feels (sensation), not a question out of scope.
- Why a traditional acupuncturist looked at the tongue, took the pulse or asked about sleep and
  digestion when the patient came for a pain (written rule 8): the whole-person approach
  (overview). What a tongue or pulse reading says about the patient stays not covered.

Compiled once at import; route() runs on every message.
"""

import re

# "...since, is that normal?", "ever since", "since then", "afterwards", "depuis, c'est normal?"
POINTS_BACK_TO_SESSION = re.compile(
    r"\b(since|afterwards?|depuis|apr[eè]s)\b(?=\s*([,.?!;:]|$|(is|was|normal|c'est|est-ce)\b))|"
    # ("ever since I fell off my bike" dates it from another event, not the session)
    r"\b(ever since\b(?! (i|we|he|she|they|my|his|her|our|the|a|an|j'ai)\b)|since then|after (that|it)|"
    r"depuis (ce matin|hier|ce temps-l[aà])|(apr[eè]s|depuis) (ça|ca|cela))\b"
)
# Written as if the message named the session it points back at.
AS_IF_AFTER_SESSION = "after my session, "
SESSION_PREFIX_FR = "après ma séance, "

# A feeling at the needle that was strange or had to be got through, asked about.
FELT_STRANGE = re.compile(
    r"\b(weird|strange|odd|funny|bizarre|intense|unusual|freaky|scary|wild) (feeling|sensation)s?\b|"
    r"\b(feeling|sensation|it) (was|felt) (so |really |kinda |kind of |a bit |super |very )?"
    r"(weird|strange|odd|bizarre|intense|unusual|freaky)\b|"
    r"\b(breathe|breath|breathing) (through|thru)\b|"
    r"\bsensations? (bizarre|[eé]trange|intense|inhabituelle)s?\b|\b(dr[oô]le|bizarre|[eé]trange) de sensation\b|"
    r"\bdr[oô]le d'impression\b|\brespirer (un bon coup|profond[eé]ment|pour passer)\b"
)

# Why the acupuncturist looked at the tongue, took the pulse, or asked about sleep, digestion,
# stress or the bowels (a first visit's checks, asked about).
WHY = re.compile(
    r"\b(why|how come|what for|pourquoi|[aà] quoi bon)\b|\bwhat('?s| is| was) the point\b|"
    # "whats that about", "what was all that for?", "c'était pour quoi?", "ça sert à quoi?"
    r"\bwhat('?s| is| was| were) (that|this|all that|all this|it|those|these) (all )?(about|for)\b|"
    r"\b(c'[eé]tait|c'est) pour quoi\b|\b([cç]a|cela) sert [aà] quoi\b"
)
CHECKS = re.compile(
    r"\b(tongue|tounge|tonuge|pulses?|wrists?|langue|pouls|poignets?)\b|"
    r"\b(ask\w*|question\w*|quizz\w*|grill\w*|want\w* to know|pos\w* des questions|demand\w*|"
    r"interroge\w*) ([\w,]+ ){0,6}(about |on |sur )?(my |mon |ma |mes |le |la |les )?"
    r"(sleep|digestion|bowels?|poop|stools?|appetite|periods?|stress|emotions?|diet|sommeil|"
    r"selles|app[eé]tit|r[eè]gles|alimentation)\b"
)
# A needle put in the wrist ("put a needle in my WRIST. why the wrist when my neck hurts?", "une
# aiguille dans le poignet"): where the needles went, not a pulse taken there.
NEEDLED_WRIST = re.compile(
    r"\b(needles?|needled|pins?|aiguilles?|piqu\w*)\b( \S+){0,3} (in|into|on|at|dans|sur|au|[aà]) "
    r"(my|the|her|his|both|le|les|mon|mes|ses)? ?(wrists?|poignets?)\b|\bneedled (my|her|his|both|the) wrists?\b|"
    r"\bpiqu\w* (le|les|mon|mes) poignets?\b"
)
# The wrist as where it hurts ("when the pain is in my wrist and fingers", "my wrist hurts"): no pulse
# taken there
_PAIN_IN_WRIST = re.compile(
    r"\b(pain|ache|hurt\w*|sore\w*|problem|issue|numb\w*|tingl\w*|douleur|mal)\b.{0,20}\b(in|at|into|dans|au|aux) "
    r"(my|the|both|mon|mes|le|les) (\w+ )?(wrists?|poignets?)\b|"
    r"\b(wrists?|poignets?)\b (\w+ )?(hurts?|hurting|aches?|aching|is sore|are sore|is killing|me fait mal|me font mal)\b"
)
_CHECKS_BUT_WRIST = re.compile(CHECKS.pattern.replace("wrists?|", "").replace("poignets?", "pouls"))
# What the reading says: "my pulse was 'wiry', what does that mean?", "langue chargée?"
READING_MEANS = re.compile(
    r"\bwhat (does|did|do|would|could|can) (it|that|this|they|my|the|a|her|his) (\w+ ){0,3}"
    r"(mean|tell|say|show|indicate|reveal)\b|\bmeaning\b|"
    r"\b(wiry|slippery|thready|choppy|coated|scalloped|puffy|swollen|cracked|pale|purple|yellow|"
    r"white coat\w*|deficien\w*|damp\w*|stagnat\w*|excess|yin|yang|qi|liver|spleen|kidney)\b|"
    r"\b(veut dire|signifie\w*|chargee|charg[eé]e|fil[eé]|glissant)\b"
)
# The entry that says traditional acupuncture looks at the whole person's health.
WHOLE_PERSON_ENTRY = "acu-overview-whole-person"


# Whether those checks were normal: "she spent ages asking about my sleep and my digestion. Is that
# normal?", "elle m'a posé des questions sur mon sommeil, c'est normal?". Only the questions about the
# patient's health beyond the pain, or the tongue or pulse looked at, never a wrist told alone (a
# sore wrist "normal?" is after-care); and only with nothing told as after a session or still
# felt, where "normal?" asks about what was felt (the pain the visit was for is no such thing).
ASKED_ABOUT_HEALTH = re.compile(
    r"\b(ask\w*|question\w*|quizz\w*|grill\w*|want\w* to know|pos\w* (\w+ ){0,2}(des |de )?questions|demand\w*|"
    r"interroge\w*)\b.{0,60}?\b(sleep|digestion|digestive|bowels?|poop|stools?|appetite|periods?|cycle|stress|emotions?|"
    r"mood|diet|eating|what (i|she|he) eats?|sommeil|selles|transit|app[eé]tit|r[eè]gles|cycle|alimentation|humeur)\b|"
    r"\b(look\w*|check\w*|took|take|taking|felt|feel\w*|examin\w*|regard\w*|pris|prend\w*|v[eé]rifi\w*|tât\w*) (at |on )?"
    r"(my |mon |ma |his |her |son |sa |le |la )?(tongue|tounge|pulses?|langue|pouls)\b"
)
_IS_THAT_NORMAL = re.compile(
    r"\b(is|was|are) (it|that|this|all that|any of that)( \w+)? (normal|usual|standard|common|typical|expected|a thing)\b|"
    r"\bnormal\W*(or|ou)\b|\bnormal\W*$|\b(c'est|c est|est-ce|est-ce que c'est|c'est-tu) (\w+ )?(normal|habituel|courant)\b"
)
_AFTER_OR_FELT = re.compile(
    r"\b(after|afterwards|since|yesterday|today|still|next day|the day after|later|apr[eè]s|depuis|hier|le lendemain|"
    r"aujourd'hui|encore|bruis\w*|numb\w*|tingl\w*|dizzy|courbatur\w*|bleus?|engourdi\w*)\b"
)


# Whether they will ask about more than the problem, asked before a visit: "will the acupuncturist only
# deal with my anxiety or ask about other stuff like my digestion too?", "est-ce qu'elle va me poser des
# questions sur mon sommeil?"
WILL_THEY_ASK = re.compile(
    r"\b(will|would|do|does|are|is|should i expect)\b[^.?!]{0,60}\b(ask\w*|quizz\w*|want\w* to know|question\w*|"
    r"look\w* at|check\w*) (me )?(about |at |into |on )?[^.?!]{0,40}\b(sleep|digestion|digestive|bowels?|periods?|cycle|diet|"
    r"appetite|mood|emotions?|tongue|pulse|other (stuff|things|health|problems|issues))\b|"
    r"\b(va|vont|est-ce qu'(il|elle|ils|elles|on) va)\b[^.?!]{0,40}\b(poser des questions|demander|questionner|regarder|"
    r"v[eé]rifier|prendre) [^.?!]{0,40}\b(sommeil|digestion|r[eè]gles|cycle|alimentation|humeur|langue|pouls|autres? (choses|probl[eè]mes))\b"
)


def asks_why_checked(text: str) -> bool:
    """A question why the acupuncturist checked the tongue, the pulse, sleep or digestion, or
    whether that was normal, not what a reading means (lower-case text)."""
    checks = _CHECKS_BUT_WRIST if NEEDLED_WRIST.search(text) or _PAIN_IN_WRIST.search(text) else CHECKS
    if READING_MEANS.search(text):
        return False
    if WHY.search(text) and checks.search(text):
        return True
    if WILL_THEY_ASK.search(text) and re.search(r"\bacupunct\w*", text):
        return True
    return bool(
        ASKED_ABOUT_HEALTH.search(text) and _IS_THAT_NORMAL.search(text) and not _AFTER_OR_FELT.search(text)
    )
