"""What a patient's message asks, as the router sees it: read from the NLU's parse and the
conversation's slots by actions/context.py, and nothing Rasa-specific beyond that."""

from dataclasses import dataclass, field
from typing import FrozenSet, List, Optional, Tuple


@dataclass
class Question:
    text: str  # the question itself (the NLU's focus sentence)
    intent: str
    confidence: float
    topics: List[str]  # predicted topic first, then other likely ones
    named: List[str]  # modalities named in this message
    context: List[str]  # modalities the conversation was about
    conditions: FrozenSet[str] = field(default_factory=frozenset)
    kb_id: Optional[str] = None
    previous_topic: Optional[str] = None  # the topic of the last answer
    context_conditions: FrozenSet[str] = field(default_factory=frozenset)  # conditions it was about
    full_text: str = ""  # the whole message, story included
    others: List[str] = field(default_factory=list)  # further questions in the same message
    ranking: List[Tuple[str, float]] = field(default_factory=list)  # (intent, confidence), best first
    red_flag: str = ""  # "medical" / "self_harm" when an emergency phrase matched
    input_problem: str = ""  # empty, no_words, too_long, other_language, unknown_words
    asked_conditions: FrozenSet[str] = field(default_factory=frozenset)  # named in the question itself
    erase_asked: bool = False  # the last reply asked the patient to confirm an erasure
    previous_subject: Optional[str] = None  # the not-covered subject the last reply declined
    previous_handoff: Optional[str] = None  # the last reply's contact hand-off (ask_hours...), if it was one

    @property
    def whole(self) -> str:
        return self.full_text or self.text
