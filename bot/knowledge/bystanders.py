"""A child told of only as part of the patient's own life, never as the one to be needled.

"my 9 yr old stepson asked me why it's called dry needling", "can I book for myself while my kid
is at practice?", "will I bruise? I look beaten up thanks to toddler headbutts", "can I bring my 3
kids to the appointment?", "mon fils m'a demandé...": the child asked, is elsewhere, is minded or
brought along, or did something to the patient. The question is the patient's own (written rules 2
and 3), so the child names neither the not-covered children subject nor an unknown health word.
A child the question points at ("would it help him?", "can she have it?", "for my son") stays."""

import re

_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six)"
_CHILD = (
    r"(?:kids?|kiddos?|children|child|toddlers?|babies|baby|infants?|(?:step|grand)?(?:sons?|daughters?)"
    r"|grand(?:kids?|children|child)|boys|girls|teens?|teenagers?|(?:yr|year)[- ]olds"
    r"|enfants?|petits?-enfants|petite?-fils|petites?-filles|fils|filles?|b[eé]b[eé]s?|ados?)"
)
# "my", "our 3 foster", "my 9 yr old", "mes deux", "toddler" alone
_CHILD_PHRASE = (
    r"(?:(?:my|our|the|his|her|mes|mon|ma|nos|notre|les)\s+)?(?:" + _NUMBER + r"\s+)?"
    r"(?:(?:\d{1,2}|" + _NUMBER + r")\s*(?:yo|y/o|-?(?:yrs?|years?)[- ]old|ans)\s+)?"
    r"(?:(?:little|young|small|foster|adopted|autistic|teenage|twin|petits?|petites?|jeunes?)\s+)?"
    + _CHILD
    + r"\b"
)
_ROLES = re.compile(
    # the child asked or told
    r"\b"
    + _CHILD_PHRASE
    + r"\s+(?:who\s+)?(?:asked|asks|was asking|keeps asking|kept asking|wanted to know|wants to know"
    r"|told me|m'a demand[eé]|me demande|voulait savoir|veut savoir|m'a pos[eé])\b"
    # the child is elsewhere while the patient is seen
    r"|\b(?:while|whilst|when|pendant que|quand)\s+"
    + _CHILD_PHRASE
    + r"\s+(?:is|are|'s|est|sont)\s+(?:at|in|à|a|au|aux|chez)\b"
    # the children the patient teaches, coaches or minds at work (session 22, tuner UA): "the 5 year
    # olds I teach are braver than me", "the kids I coach"
    r"|\b"
    + _CHILD_PHRASE
    + r"\s+(?:that\s+|who\s+)?(?:i|we)\s+(?:teach|taught|coach|coached|tutor|babysit|nanny|look after|care for|work with)\b"
    # the child minded or brought along
    r"|\b(?:bring|brings|brought|bringing|watch|watching|mind|minding|babysit\w*|look after|looking after"
    r"|pick up|picking up|drop off|dropping off|emmener|amener|garder|garde)\s+"
    + _CHILD_PHRASE
    + r"(?!\s+(?:to (?:get|have|be|try|see if)|for (?:his|her|their|a|treatment|acupuncture|needling|dry|ims|it)|in for)\b)"
    # the child did something to the patient, or is the patient's load
    r"|\b(?:thanks to|because of|chasing|chasing after|lifting|carrying|holding|picking up|(?:mom|mum|mother|dad|father|parent"
    r"|m[eè]re|p[eè]re|maman|papa) of|only adult (?:home )?with|[àa] cause de|gr[aâ]ce [àa])\s+"
    + _CHILD_PHRASE
    # the patient laughed at the child, or the child is asleep while the patient types (session 21,
    # tuner tx): "laughed so hard at my kid i couldn't breathe", "baby finally asleep on my chest"
    + r"|\b(?:laugh\w*|giggl\w*|cracking up|cracked up)\s+(?:so hard\s+)?(?:at|with)\s+"
    + _CHILD_PHRASE
    + r"|\b"
    + _CHILD_PHRASE
    + r"\s+(?:is\s+|'s\s+|are\s+|est\s+)?(?:finally\s+|just\s+|now\s+|enfin\s+)?(?:asleep|napping|down for (?:a|the|his|her) nap"
    r"|in bed|endormie?s?)\b"
    # a thing for babies, the patient's load: "shoulders wrecked by a baby carrier", "le porte-bébé"
    + r"|\b(?:by|from|with|wearing|carrying)\s+(?:(?:a|the|my|our)\s+)?baby\s+(?:carriers?|wraps?|slings?|gates?|monitors?|bags?|seats?|strollers?|bottles?|baths?|swings?|bjorn)\b"
    r"|\b(?:par|avec|du|de mon|de ma)\s+(?:le\s+|la\s+)?(?:porte-b[eé]b[eé]s?|[eé]charpe de portage)\b",
    re.IGNORECASE,
)
# the question points at a child: "would it help him?", "can she have it?", "pour lui"
_CHILD_ASKED_OF = re.compile(
    r"\b(?:help|treat|needle|for|on|safe for|ok for)\s+(?:him|her|them)\b(?!\s+(?:to|and))"
    r"|\b(?:can|could|would|should|is|does|will|may)\s+(?:he|she|they)\b"
    r"|\b(?:pour|sur|aider)\s+(?:lui|eux)\b|-(?:il|elle|ils|elles)\b",
    re.IGNORECASE,
)


def without_child_bystander(text: str) -> str:
    """`text` with a child told only as the patient's life (see the module) replaced by a space."""
    if not text or not _ROLES.search(text) or _CHILD_ASKED_OF.search(text):
        return text
    return _ROLES.sub(" ", text)
