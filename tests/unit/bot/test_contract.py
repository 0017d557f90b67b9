"""The reply contract (bot/contract.py) and everything that reads it.

Each kind of reply must be drawn by the channels and the widget, kept by the review log,
counted by the evaluation and listed in the README: these tests fail when a kind is added
to the contract and one of them is forgotten. The builders refuse a reply the contract does
not allow, even under `python -O` (which strips `assert`).
"""
import ast
import re
import subprocess
import sys

import pytest

from bot import PROJECT_ROOT, contract
from bot.channels.render import LINES_BY_KIND, render_turn
from bot.contract import REPLY_KINDS, ContractError
from bot.errors import NeedleGuideError
from bot.ops.evaluate import GROUP_OF_KIND, KIND_GROUPS, load_cases
from bot.review.store import FLAG_KINDS, TOPIC_FIELDS, build_turns

# One reply of each kind, as the actions build them, with the `topic` the review log keeps.
EXAMPLES = {
    "kb": (contract.kb(rule="kb", lang="en", entry_id="ims-sensation", topic="sensation", modalities=["ims"],
                       sources=[contract.source("s1", "IMS guide", "Clinic", "2020")],
                       followups=[contract.followup("ims-safety", "Is IMS safe?")]), "sensation"),
    "clinic": (contract.clinic(rule="clinic_answer", lang="en", topic="fees", phone="604-555-0142",
                               booking_url="https://book.example.org"), "fees"),
    "booking": (contract.booking(rule="handoff", lang="fr", booking_url="https://book.example.org",
                                 phone="604-555-0142", modality="ims"), None),
    "contact": (contract.contact(rule="clinic_unknown", lang="en", topic="ask_contact", phone="604-555-0142",
                                 address=None, hours=None, clinic_topic="parking",
                                 booking_url="https://book.example.org"), "parking"),
    "emergency": (contract.emergency(rule="red_flag", lang="en", number="911", category="medical",
                                     emergency_number="911", crisis_line="988"), "medical"),
    "fallback": (contract.not_covered(rule="not_covered", lang="en", phone="604-555-0142", subject="medication",
                                      ask="pharmacist", booking_url="https://book.example.org"), "medication"),
    "smalltalk": (contract.smalltalk(rule="smalltalk", lang="en", intent="greet"), None),
    "clarify": (contract.clarify(rule="ask_which", lang="en", topic="safety"), "safety"),
    "privacy": (contract.privacy(rule="erase", lang="en", action="confirm_erase", reference="K7QF-2M"), None),
}


def test_every_kind_has_an_example_and_a_builder():
    assert set(EXAMPLES) == set(REPLY_KINDS)
    assert set(contract.BUILDERS) == set(REPLY_KINDS)
    for kind, (built, _) in EXAMPLES.items():
        assert built["kind"] == kind
        contract.check(built)


def test_channels_have_a_renderer_for_every_kind():
    assert set(LINES_BY_KIND) == set(REPLY_KINDS)


def test_an_emergency_on_a_messaging_app_starts_with_the_number():
    built, _ = EXAMPLES["emergency"]
    turn = render_turn([{"text": "Get help now."}, {"custom": built}])
    assert turn.kind == "emergency" and turn.texts[0] == "Call 911 now."


def test_the_review_log_keeps_every_kind():
    assert set(TOPIC_FIELDS) == set(REPLY_KINDS)
    assert set(FLAG_KINDS) <= set(REPLY_KINDS)
    for kind, (built, topic) in EXAMPLES.items():
        user = {"event": "user", "text": "a question", "timestamp": 1000.0, "message_id": "m1",
                "parse_data": {"intent": {"name": "ask_sensation", "confidence": 0.9}}}
        (turn,) = build_turns("patient", [user, {"event": "bot", "text": "Reply."},
                                          {"event": "bot", "data": {"custom": built}}])
        assert (turn["kind"], turn["topic"], turn["rule"]) == (kind, topic, built["rule"])
        assert turn["lang"] == built["lang"]
        assert all(turn[flag] == int(kind == flag) for flag in FLAG_KINDS)


def test_the_evaluation_counts_every_kind_in_a_report_row():
    assert set(GROUP_OF_KIND) == set(REPLY_KINDS)
    assert set(GROUP_OF_KIND.values()) <= set(KIND_GROUPS)


def test_a_conversation_case_expecting_an_unknown_kind_is_refused(tmp_path):
    cases = tmp_path / "cases.yml"
    cases.write_text("cases:\n  - id: typo\n    turns: ['does it hurt?']\n    kind: [kb, answer]\n", encoding="utf-8")
    with pytest.raises(NeedleGuideError, match="answer"):
        load_cases([cases])


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start:end if end >= 0 else None]


def test_the_readme_table_lists_exactly_the_kinds():
    section = _section((PROJECT_ROOT / "README.md").read_text(encoding="utf-8"), "## The reply contract")
    listed = re.findall(r"^\| `(\w+)` \|", section, re.MULTILINE)
    assert sorted(listed) == sorted(REPLY_KINDS) and len(listed) == len(set(listed))


def widget_renderer_kinds() -> list:
    source = (PROJECT_ROOT / "web" / "widget" / "needle-guide.js").read_text(encoding="utf-8")
    table = re.search(r"var RENDERERS = \{(.*?)\n\s*\};", source, re.DOTALL)
    assert table, "the widget has no RENDERERS table"
    return re.findall(r"^\s*(\w+):", table.group(1), re.MULTILINE)


def test_the_widget_has_a_renderer_for_exactly_the_kinds():
    kinds = widget_renderer_kinds()
    assert sorted(kinds) == sorted(REPLY_KINDS) and len(kinds) == len(set(kinds))


def test_the_widget_renders_no_reply_text_as_html():
    source = (PROJECT_ROOT / "web" / "widget" / "needle-guide.js").read_text(encoding="utf-8")
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write", source)


@pytest.mark.parametrize("build, complaint", [
    (lambda: contract.clarify(rule="", lang="en", topic="safety"), "rule"),
    (lambda: contract.smalltalk(rule="smalltalk", lang="de", intent="greet"), "'de'"),
    (lambda: contract.fallback(rule="guess", lang="en", reason="guessing", phone="1"), "guessing"),
    (lambda: contract.emergency(rule="red_flag", lang="en", number="911", category="stroke",
                                emergency_number="911", crisis_line="988"), "stroke"),
    (lambda: contract.privacy(rule="erase", lang="en", action="shred", reference="K7"), "shred"),
    (lambda: contract.check({"kind": "answer", "rule": "kb", "lang": "en"}), "unknown reply kind"),
    (lambda: contract.check({"kind": "booking", "rule": "handoff", "lang": "en", "phone": "1"}), "booking_url"),
    (lambda: contract.check(dict(EXAMPLES["smalltalk"][0], secret="x")), "secret"),
])
def test_a_reply_the_contract_does_not_allow_is_refused(build, complaint):
    with pytest.raises(ContractError, match=complaint):
        build()


def test_the_builders_refuse_under_python_O_too():
    code = ("from bot import contract\n"
            "try:\n    contract.clarify(rule='', lang='en', topic='safety')\n"
            "except contract.ContractError:\n    print('refused')\n")
    out = subprocess.run([sys.executable, "-O", "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True,
                         timeout=60)
    assert out.stdout.strip() == "refused", out.stderr


def _writes_a_contract(path) -> bool:
    """Does the module hold a dict literal like {"kind": "kb", ...}?"""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if (isinstance(key, ast.Constant) and key.value == "kind" and isinstance(value, ast.Constant)
                        and value.value in REPLY_KINDS):
                    return True
    return False


def test_only_bot_contract_writes_a_reply_contract_by_hand():
    """Every reply is built by bot/contract.py: no action or server module writes one as a dict."""
    offenders = [str(p.relative_to(PROJECT_ROOT)) for folder in ("actions", "bot") for p in
                 (PROJECT_ROOT / folder).rglob("*.py") if p.name != "contract.py" and _writes_a_contract(p)]
    assert offenders == []


def test_no_assert_guards_the_code():
    """`python -O` strips assert: bot/ and actions/ check with exceptions."""
    offenders = [str(p.relative_to(PROJECT_ROOT)) for folder in ("actions", "bot") for p in
                 (PROJECT_ROOT / folder).rglob("*.py") if re.search(r"^\s*assert\b", p.read_text(), re.MULTILINE)]
    assert offenders == []
