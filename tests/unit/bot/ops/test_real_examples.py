"""The real-shaped NLU examples teach only labels the classifier should decide (issue 11)."""

from pathlib import Path

import yaml

from bot.ops import real_examples

CASES = [
    {
        "id": "a",
        "turns": ["my neck is killing me, could IMS help with that"],
        "kind": "kb",
        "topic_any": ["conditions"],
    },
    {"id": "b", "turns": ["chest tight and cant breathe since the needles an hour ago"], "kind": "emergency"},
    {
        "id": "c",
        "turns": ["is acupuncture ok while pregnant"],
        "kind": "fallback",
        "reason_any": ["not_covered"],
    },
    {
        "id": "d",
        "turns": ["who won the hockey game"],
        "kind": "fallback",
        "reason_any": ["out_of_scope", "not_covered"],
    },
    {
        "id": "e",
        "turns": ["what does dry needling do", "and for IMS?"],
        "kind": "kb",
        "topic_any": ["overview"],
    },
    {"id": "f", "turns": ["can i book for thursday"], "kind": "booking"},
    {"id": "g", "turns": ["how much is a session"], "kind": "clinic", "clinic_topic_any": ["fees"]},
    {
        "id": "h",
        "turns": ["does it work or is it all in my head"],
        "kind": "kb",
        "topic_any": ["evidence", "choosing"],
    },
    {
        "id": "j",
        "turns": ["bruised after IMS, sore and tender"],
        "kind": "kb",
        "topic_any": ["aftercare"],
        "shape": ["near_miss"],
    },
    {"id": "k", "turns": ["do you text a reminder before my visit"], "kind": "contact"},
    {
        "id": "i",
        "turns": ["l'IMS ça aide pour mon dos?"],
        "kind": "kb",
        "topic_any": ["conditions"],
        "lang": "fr",
    },
]


def _project(tmp_path: Path) -> Path:
    (tmp_path / "data" / "nlu" / "fr").mkdir(parents=True)
    (tmp_path / "data" / "nlu" / "greetings.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: greet\n  examples: |\n    - hi\n', encoding="utf-8"
    )
    real = tmp_path / "tests" / "real_questions"
    real.mkdir(parents=True)
    for name in real_examples.SPENT:
        (real / f"{name}.yml").write_text(
            yaml.safe_dump({"cases": CASES if name == "tune" else []}), encoding="utf-8"
        )
    # An unseen held-out set: reading it at all would fail on this text.
    (real / "heldout13.yml").write_text("cases: [unterminated\n  - id: secret", encoding="utf-8")
    return tmp_path


def _examples(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {b["intent"]: [x[2:] for x in b["examples"].splitlines()] for b in data["nlu"]}


def test_emergencies_not_covered_near_misses_clinic_and_unclear_cases_never_become_examples(tmp_path):
    root = _project(tmp_path)
    real_examples.write(root)
    en = _examples(root / real_examples.OUT_EN)
    assert en == {
        "ask_conditions": ["my neck is killing me, could IMS help with that"],
        "out_of_scope": ["who won the hockey game"],
        "book": ["can i book for thursday"],
        "ask_contact": ["do you text a reminder before my visit"],
    }
    assert "emergency" not in en and "nlu_fallback" not in en
    assert _examples(root / real_examples.OUT_FR) == {"ask_conditions": ["l'IMS ça aide pour mon dos?"]}
    assert "GENERATED" in (root / real_examples.OUT_EN).read_text(encoding="utf-8").splitlines()[0]


def test_a_left_out_set_teaches_nothing_and_heldout13_is_never_read(tmp_path):
    root = _project(tmp_path)
    assert "heldout13" not in real_examples.SPENT
    assert real_examples.write(root, ["tune"]) == (0, 0)
    assert real_examples.main(["--root", str(root), "--exclude", "heldout13"]) == 2
