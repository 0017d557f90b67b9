"""Staff labels -> data/nlu/reviewed.yml (always a temporary path here: the repo's
data/ is a training input and the model's name depends on it)."""
import io

import yaml

from bot.review.export import export, read_nlu_examples
from bot.review.store import build_turns, connect, ensure_schema, record_turns

NLU = "data/nlu"


def labelled_db(tmp_path, labels):
    """labels: (message, intent) pairs, each on its own turn, labelled in order."""
    db = connect(tmp_path / "logs.db")
    ensure_schema(db)
    events = []
    for i, (message, _) in enumerate(labels):
        events.append({"event": "user", "text": message, "timestamp": 1000.0 + i, "message_id": f"m{i}",
                       "parse_data": {"intent": {"name": "nlu_fallback", "confidence": 0.2}}})
    record_turns(db, build_turns("c1", events))
    for i, (_, intent) in enumerate(labels):
        db.execute("INSERT INTO labels (turn_id, intent, actor, time) VALUES (?, ?, 'alice', ?)",
                   [i + 1, intent, f"2024-01-01 00:00:{i:02d}"])
    db.conn.commit()
    db.close()
    return tmp_path / "logs.db"


def a_hand_written_example():
    return read_nlu_examples(__import__("pathlib").Path(NLU) / "sensation.yml")["ask_sensation"][0]


def test_labels_become_valid_deduplicated_rasa_nlu(tmp_path):
    from rasa.shared.nlu.training_data.loading import load_data
    logs = labelled_db(tmp_path, [("does the zorblax needle sting", "ask_sensation"),
                                  ("Does the  zorblax needle sting", "ask_sensation"),
                                  ("call me on [phone] about IMS", "ask_contact"),
                                  ("what is the florp method", "ask_overview"),
                                  (a_hand_written_example(), "ask_sensation"),
                                  ("make it rain", "not_an_intent"),
                                  ("/choose_entry{\"kb_id\": \"x\"}", "choose_entry")])
    out = tmp_path / "reviewed.yml"
    warn = io.StringIO()
    stats = export(logs, out, nlu_dir=NLU, warn=warn)
    assert "not_an_intent" in warn.getvalue() and stats["skipped_unknown"] == 1
    assert stats["skipped_hand_written"] == 1
    data = yaml.safe_load(out.read_text())
    assert data["version"] == "3.1"
    examples = read_nlu_examples(out)
    assert examples == {"ask_contact": ["call me on phone about IMS"],
                        "ask_overview": ["what is the florp method"],
                        "ask_sensation": ["Does the zorblax needle sting"]}
    training = load_data(str(out))
    assert {m.get("intent") for m in training.intent_examples} == {"ask_contact", "ask_overview", "ask_sensation"}
    assert not training.entity_examples


def test_export_keeps_earlier_examples_and_latest_label_wins(tmp_path):
    out = tmp_path / "reviewed.yml"
    out.write_text('version: "3.1"\nnlu:\n- intent: ask_hours\n  examples: |\n    - when do you open on the long weekend\n')
    logs = labelled_db(tmp_path, [("what is the florp method", "ask_overview"),
                                  ("what is the florp method", "ask_technique")])
    export(logs, out, nlu_dir=NLU)
    assert read_nlu_examples(out) == {"ask_hours": ["when do you open on the long weekend"],
                                      "ask_technique": ["what is the florp method"]}
    before = out.read_text()
    export(logs, out, nlu_dir=NLU)
    assert out.read_text() == before


def test_hand_written_files_are_never_touched(tmp_path):
    import pathlib
    files = {p: p.read_bytes() for p in pathlib.Path(NLU).glob("*.yml")}
    export(labelled_db(tmp_path, [("something new entirely", "ask_overview")]), tmp_path / "r.yml", nlu_dir=NLU)
    assert {p: p.read_bytes() for p in pathlib.Path(NLU).glob("*.yml")} == files
