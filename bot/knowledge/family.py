"""A child the patient lifts, carries or holds, told as the cause of the patient's own pain ("sore
back from lifting my toddler", "wrist pain from picking up the baby", "j'ai mal au dos à force de
porter mon bébé"): the pain is the patient's, the child no one to treat (written rules 1 and 3).
The child's words then name no health word (rule 13) and no `children` subject (rule 5); a
question about needling the child ("can acupuncture help my toddler's colic?") still does."""

import re

# the child: "my toddler", "the baby", "my sleeping 6 yr old", "our 18-month-old", "two kids"
_CHILD = (
    r"(?:(?:my|the|our|a|her|his|their|two|both|\d+|mon|ma|mes|le|la|les|notre|nos|un|une|deux) )?"
    r"(?:(?:sleeping|little|heavy|big|chunky|squirmy|wriggly|youngest|oldest|new|newborn|twin|"
    r"\d+[- ]?(?:yrs?|years?|months?|mos?|m)[- ]?old|\d+ ?(?:yo|y/o)|petite?|gros|grosse) ){0,2}"
    r"(?:toddlers?|bab(?:y|ies)|newborns?|infants?|kids?|child(?:ren)?|little ones?|sons?|daughters?|twins|"
    r"\d+[- ]?(?:yrs?|years?|months?|mos?)[- ]?olds?|b[eé]b[eé]s?|enfants?|petite?s?|p'tite?s?|fils|filles?|jumeaux|jumelles)"
)
# lifting, carrying or holding the child, or a pain "from" the child: told as the pain's cause
CHILD_CARRIED = re.compile(
    r"\b(?:lift\w*|carr(?:y|ies|ied|ying)|pick(?:ing|ed|s)? up|"
    r"hold(?:ing|s)?|held|rock(?:ing|ed)?|bounc(?:e|es|ed|ing)|wrangl\w*|chas(?:e|es|ed|ing)(?: after)?|"
    r"lugg?(?:ing|ed)?(?: around)?|hauling|haul(?:ed)?|nursing|breastfeed\w*|from|"
    r"port(?:er|ant|e|é|ais)|soulev\w*)"
    r" (?:" + _CHILD + r")\b(?!'s|')|\bpick(?:ing|ed|s)? (?:" + _CHILD + r") up\b"
)


def without_child_carried(text: str) -> str:
    """The text with a child told only as what the patient lifts or carries taken out."""
    return CHILD_CARRIED.sub(" ", text)
