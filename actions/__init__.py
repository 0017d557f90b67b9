"""Custom actions of the Needle Guide action server (`rasa run actions --actions actions`).

Every action ends its turn with exactly one reply-contract message (built by bot/contract.py).
"""

from actions.emergency import ActionEmergency  # noqa: F401
from actions.fallback import ActionClarify, ActionOutOfScope, ActionUnclearInput  # noqa: F401
from actions.handoff import ActionBook, ActionContact  # noqa: F401
from actions.knowledge_answer import ActionAnswerFromKnowledge  # noqa: F401
from actions.smalltalk import ActionSmalltalk  # noqa: F401
