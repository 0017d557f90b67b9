"""Building knowledge.db and rejecting broken knowledge files with useful messages."""
import json
import subprocess
import sys

import pytest
import sqlite_utils
import yaml

from bot import PROJECT_ROOT
from bot.errors import NeedleGuideError
from bot.knowledge.build import build
from bot.knowledge.loader import load_knowledge


def _edit_entries(kb_dir, change):
    path = kb_dir / "answers" / "main.yml"
    data = yaml.safe_load(path.read_text())
    change(data["entries"])
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def _problems(kb_dir):
    return [str(p) for p in load_knowledge(kb_dir).problems]


def test_fixture_builds_into_sqlite_with_full_text_search(kb_dir, tmp_path):
    db_file = tmp_path / "kb.db"
    kb = build(kb_dir, db_file)
    db = sqlite_utils.Database(db_file)
    assert db["entries"].count == len(kb.entries) == 9
    row = db["entries"].get("acu-sensation")
    assert json.loads(row["sources"]) == ["src-a", "src-b"]
    assert {r["source_id"] for r in db["entry_sources"].rows_where("entry_id = ?", ["acu-sensation"])} == {"src-a", "src-b"}
    hits = [r["id"] for r in db["entries"].search("twitch")]
    assert hits and hits[0] == "dn-sensation-twitch"


def test_unknown_topic_names_file_entry_and_the_fix(kb_dir):
    _edit_entries(kb_dir, lambda es: es[0].update(topic="pricing"))
    problems = _problems(kb_dir)
    assert any("answers/main.yml [dn-sensation]" in p and "unknown topic 'pricing'" in p for p in problems)


def test_unknown_source_is_rejected(kb_dir):
    _edit_entries(kb_dir, lambda es: es[1].update(sources=["nowhere"]))
    assert any("[dn-sensation-twitch]" in p and "unknown source 'nowhere'" in p for p in _problems(kb_dir))


def test_missing_sources_field_is_rejected(kb_dir):
    _edit_entries(kb_dir, lambda es: es[2].pop("sources"))
    assert any("[dn-aftercare]" in p and "must cite at least one source" in p for p in _problems(kb_dir))


def test_duplicate_id_is_rejected(kb_dir):
    _edit_entries(kb_dir, lambda es: es.append(dict(es[0], question="Another question about needles?")))
    assert any("[dn-sensation]" in p and "duplicate id" in p for p in _problems(kb_dir))


def test_empty_answer_is_rejected(kb_dir):
    _edit_entries(kb_dir, lambda es: es[3].update(answer="  "))
    assert any("[acu-sensation]" in p and "missing or empty 'answer'" in p for p in _problems(kb_dir))


def test_answer_length_and_followups_are_checked(kb_dir):
    def change(es):
        es[0]["answer"] = "Too short."
        es[1]["followups"] = ["no-such-entry"]
    _edit_entries(kb_dir, change)
    problems = _problems(kb_dir)
    assert any("[dn-sensation]" in p and "answer has 2 words" in p for p in problems)
    assert any("[dn-sensation-twitch]" in p and "follow-up 'no-such-entry'" in p for p in problems)


def test_two_general_entries_for_one_cell_are_rejected(kb_dir):
    _edit_entries(kb_dir, lambda es: es[1].pop("keywords"))
    assert any("second general entry for sensation/dry_needling" in p for p in _problems(kb_dir))


def test_malformed_yaml_names_the_file_and_line(kb_dir):
    (kb_dir / "answers" / "broken.yml").write_text("entries:\n  - id: x\n    topic: [unclosed\n")
    problems = _problems(kb_dir)
    assert any(p.startswith("broken.yml") and "malformed YAML at line" in p for p in problems)


def test_every_problem_is_reported_not_just_the_first(kb_dir):
    def change(es):
        es[0]["topic"] = "pricing"
        es[3]["sources"] = ["nowhere"]
    _edit_entries(kb_dir, change)
    with pytest.raises(NeedleGuideError) as err:
        build(kb_dir, kb_dir / "out.db")
    assert "2 problem(s)" in str(err.value)
    assert not (kb_dir / "out.db").exists()


def test_cli_reports_a_broken_file_in_one_line_without_traceback(kb_dir):
    _edit_entries(kb_dir, lambda es: es[0].update(topic="pricing"))
    result = subprocess.run([sys.executable, "-m", "bot", "build", "--knowledge", str(kb_dir)],
                            cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "answers/main.yml [dn-sensation]: unknown topic 'pricing'" in result.stderr


def test_duplicate_synonym_phrase_is_rejected(kb_dir):
    (kb_dir / "synonyms.yml").write_text("modality:\n  ims: [ims]\n  dry_needling: [ims]\n")
    assert any("phrase 'ims' is also listed under modality:ims" in p for p in _problems(kb_dir))
