"""Find the question in a patient's message.

Real patients tell a story before they ask: "I coach volleyball and my knee has ached all
season. My physio mentioned IMS. No idea what that even is?" The condition words in the
story pulled the intent classifier towards "evidence for a condition", while the question
asks what IMS is. So the classifier reads only the question (`focus`), and the actions read
the whole message for treatments, conditions and context.

The rules, in order:
1. A message of one sentence is its own focus.
2. The focus is the first sentence that reads as a question: it ends with "?", starts with a
   question word ("what", "does", "can", "is"...) and does not end with "." or "!" (a "why",
   "what" or "who" sentence always counts), or says "I wonder / I want to know / tell me /
   any advice" (not "my GP had no idea what it is", "I have to explain it to my mum": told).
3. A short question that points back ("Is that normal?", "Does it hurt?", "Thoughts?", "did
   something go wrong?", "should I still go back?"), or one of three words or fewer ("True?",
   "Will I bruise??"), needs its story: the sentence before it is added (two when that one is
   short: "...can barely lift my arm. day 2. is this how its meant to be"), or, when it comes
   first, the one after it.
4. No sentence reads as a question ("I'd like to book IMS. Tuesday works."): the whole message.
Other question sentences are kept in `others` (a message with several questions).
"""

import re
from dataclasses import dataclass, field
from typing import List

# A sentence ends at . ! ? or a line break; "?!" and "..." stay with their sentence.
_SPLIT = re.compile(r"(?<=[.!?])\s+|\s*\n+\s*")
_QUESTION_START = re.compile(
    r"^(\W*)(and |but |so |ok |okay |also |then |hi |hey |hello |just )*"
    r"(what|what's|whats|how|how's|why|when|where|who|whom|whose|which|is|are|was|were|am|do|does|did|"
    r"can|could|will|would|should|shall|may|might|must|has|have|had|isn't|aren't|doesn't|don't|didn't|"
    r"won't|wouldn't|can't|cant|shouldn't|any|anyone|anybody|is there|are there|wat|wht|hw|wuld|shld|"
    r"cn|r)\b",
    re.IGNORECASE,
)
_ASKING = re.compile(
    # "curious" only with what it is curious about after it: "skeptical but curious." tells, the question follows
    r"\b(wonder(ing)?|want(ed)? to know|like to know|curious(?=\W*\s+\w)|tell me|explain|any (advice|tips|thoughts|"
    r"idea|ideas|experience)|thoughts|not sure (if|whether|what|how)|no idea (what|how|if|whether)|"
    r"don'?t (know|understand) (what|how|if|whether|why))\b",
    re.IGNORECASE,
)
# Keys of the NLU's parse that carry the story to the actions (bot/nlu/components.py sets them).
FULL_TEXT = "needle_full_text"  # the whole message, cleaned and redacted
OTHER_QUESTIONS = "needle_questions"  # further questions in the same message
SHORT_QUESTION_WORDS = 6
# "is this how its meant to be", "is it supposed to be that intense?": asking whether what
# happened is normal always needs the story, up to a few more words.
JUDGING_QUESTION_WORDS = 8
_JUDGING = re.compile(
    r"\b(normal|wrong|bad|worry|worried|supposed|meant|common|usual|side effects?|"
    r"something|anything|still)\b",
    re.IGNORECASE,
)
# "Why is it called DRY needling." is still a question: a question word can't start a story.
_WH_START = re.compile(
    r"^\W*(why|how come|what|what's|whats|which|who)\b(?! (a|an|the)? ?(great|nice|lovely|relief)\b)",
    re.IGNORECASE,
)
TINY_QUESTION_WORDS = 3  # "True?", "Will I bruise??": a question of three words or fewer
_POINTS_BACK = re.compile(
    r"\b(that|this|it|its|it's|these|those|they|them|normal|thoughts|advice|ideas?|ok|okay|"
    r"worth it|a thing|so|same)\b",
    re.IGNORECASE,
)
STORY_MIN_WORDS = 5  # a shorter sentence before the question ("day 2.") brings the one before it too


@dataclass
class Focus:
    text: str  # what the intent classifier reads
    sentences: int = 1  # how many sentences the message had
    others: List[str] = field(default_factory=list)  # further questions in the same message


def sentences(text: str) -> List[str]:
    return [s.strip() for s in _SPLIT.split(text or "") if s and s.strip()]


# ...unless those words tell of someone else, or of the past, or of the patient explaining to someone
# else: "last physio had no idea what an ayesha even is.", "I had no idea what to expect.", "I need to
# explain IMS to my dad and I don't get it myself." tell; the question comes after them.
_TOLD_NOT_ASKED = re.compile(
    r"\b(had|has) no idea\b|\b(didn'?t|did not|doesn'?t|does not|never) (know|understand)\b|"
    r"\b(i|we)('ll| will| need to| have to| must| want to| wanna| gotta| got to| had to| tried to| try to| can'?t| "
    r"couldn'?t| could not| cannot)( \w+)? explain\b|\bexplain\w* (\w+ ){0,3}to (my|his|her|their|our|the) \w+",
    re.IGNORECASE,
)


def _asking(s: str) -> bool:
    found = _ASKING.search(s)
    if not found:
        return False
    return not (_TOLD_NOT_ASKED.search(s) and not _ASKING.search(_TOLD_NOT_ASKED.sub(" ", s)))


def is_question(sentence: str) -> bool:
    s = sentence.strip()
    if s.endswith("?") or _asking(s) or _WH_START.match(s):
        return True
    return bool(_QUESTION_START.match(s)) and not s.endswith((".", "!"))  # "Had IMS last week." is a story


def _words(sentence: str) -> int:
    return len(re.findall(r"[^\W_]+", sentence))


def question_focus(text: str) -> Focus:
    parts = sentences(text)
    if len(parts) <= 1:
        return Focus(text=(text or "").strip())
    asked = [i for i, s in enumerate(parts) if is_question(s)]
    if not asked:
        return Focus(text=" ".join(parts), sentences=len(parts))
    first = asked[0]
    focus = [parts[first]]
    words = _words(parts[first])
    if (
        words <= TINY_QUESTION_WORDS
        or words <= SHORT_QUESTION_WORDS
        and _POINTS_BACK.search(parts[first])
        or words <= JUDGING_QUESTION_WORDS
        and _JUDGING.search(parts[first])
    ):
        if first > 0:
            focus.insert(0, parts[first - 1])
            if first > 1 and _words(parts[first - 1]) < STORY_MIN_WORDS:
                focus.insert(0, parts[first - 2])
        elif first + 1 < len(parts):
            focus.append(parts[first + 1])
    others = [parts[i] for i in asked[1:] if parts[i] not in focus and _words(parts[i]) > TINY_QUESTION_WORDS]
    return Focus(text=" ".join(focus), sentences=len(parts), others=others)
