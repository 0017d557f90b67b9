"""Every answer is easy to read: a median Flesch-Kincaid grade of 7 or lower, none above 9,
none much over 70 words (textstat 0.7.3; NIH asks grade 8 or below, AMA 6 or below)."""
from importlib.metadata import version

import yaml

from bot.knowledge import KNOWLEDGE_DIR
from bot.knowledge.build import validate
from bot.knowledge.loader import load_knowledge
from bot.knowledge.readability import (MAX_GRADE, MAX_WORDS, MEDIAN_GRADE, format_readability, grade,
                                       median_grade, readings, word_count)

KB = load_knowledge(KNOWLEDGE_DIR)
READINGS = readings(KB.entries.values())
HARD = ("Interdisciplinary musculoskeletal rehabilitation programmes, which physiotherapists, acupuncturists "
        "and psychologists frequently coordinate collaboratively, demonstrate considerable heterogeneity "
        "regarding methodological characteristics.")


def test_textstat_is_the_pinned_offline_version():
    assert version("textstat") == "0.7.3"  # later versions download a dictionary: fails offline


def test_the_median_answer_is_at_grade_7_or_lower():
    assert median_grade(READINGS) <= MEDIAN_GRADE, format_readability(KB.entries.values())


def test_no_answer_is_above_grade_9():
    assert [(r.entry_id, r.grade) for r in READINGS if r.grade > MAX_GRADE] == []


def test_no_answer_runs_much_over_70_words():
    assert [(r.entry_id, r.words) for r in READINGS if r.words > MAX_WORDS] == []


def test_a_placeholder_counts_as_one_short_word_whatever_the_clinic_fills_in():
    plain = "If breathing is hard after needling, call it now."
    assert grade("If breathing is hard after needling, call {clinic.emergency_number} now.") == grade(plain)
    assert word_count("Ask us on {clinic.phone} today.") == 5


def test_a_hard_answer_is_warned_about_by_name_but_still_builds(kb_dir, capsys):
    assert grade(HARD) > MAX_GRADE
    path = kb_dir / "answers" / "main.yml"
    data = yaml.safe_load(path.read_text())
    data["entries"][0]["answer"] = HARD + " " + HARD
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    kb = validate(kb_dir)
    eid = data["entries"][0]["id"]
    assert any(f"[{eid}]: reading grade" in w and "above 9" in w for w in kb.warnings)
    assert f"[{eid}]: reading grade" in capsys.readouterr().err


def test_the_report_lists_each_answer_hardest_first_with_the_median(kb_dir):
    kb = load_knowledge(kb_dir)
    report = format_readability(kb.entries.values()).splitlines()
    assert report[0].split() == ["grade", "words", "entry"]
    grades = [float(line.split()[0]) for line in report[1:-1]]
    assert len(grades) == len(kb.entries) and grades == sorted(grades, reverse=True)
    assert report[-1].startswith("median grade ") and "above grade 9" in report[-1]
