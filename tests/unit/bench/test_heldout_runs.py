"""bench/heldout_runs.py: `make eval` shows the newest spent held-out set, and never one that
has not had its one run recorded."""

from bench import quality
from bench.heldout_runs import latest_spent, recorded_runs

README = """# sets

## heldout11.yml: the fourth

**Run once, at commit `1313577` (2026-11-30 09:02 UTC): 128/160 (80.0%); English 100/120.**

## heldout12.yml: the fifth

**Rules.** Run once, at the end; report the figure whatever it is.

**Run once, at commit `6abc5c6` (2026-11-30 09:24 UTC, after tuning): 141/160 (88.1%).**

## heldout13.yml: being written

Run once, at the end, by its writer.
"""


def _sets(tmp_path, names):
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    for name in names:
        (tmp_path / f"{name}.yml").write_text("cases: []\n", encoding="utf-8")
    return tmp_path / "README.md"


def test_the_newest_set_with_a_recorded_run_is_the_latest(tmp_path):
    readme = _sets(tmp_path, ["heldout11", "heldout12", "heldout13"])
    latest = latest_spent(readme)
    assert (latest.name, latest.commit, latest.figure) == ("heldout12", "6abc5c6", "141/160 (88.1%)")
    assert [r.name for r in recorded_runs(readme)] == ["heldout11", "heldout12"]


def test_a_set_with_no_recorded_run_is_never_picked(tmp_path):
    readme = _sets(tmp_path, ["heldout13"])
    assert latest_spent(readme) is None


def test_once_its_run_is_recorded_the_new_set_becomes_the_latest(tmp_path):
    readme = _sets(tmp_path, ["heldout12", "heldout13"])
    readme.write_text(
        README + "\n**Run once, at commit `abcdef1` (12:30 UTC): 150/160 (93.8%).**\n", encoding="utf-8"
    )
    assert latest_spent(readme).name == "heldout13"


def test_the_project_reports_heldout12_with_its_french_cases_apart():
    latest = latest_spent()
    assert latest.name != "heldout7" and latest.name.startswith("heldout")
    split = quality.heldout_by_language(latest)
    assert set(split) == {"en", "fr"} and all(c.lang == "fr" for c in split["fr"])
    assert latest.name + ".yml" in quality.heldout_label(latest, "fr") and "French" in quality.heldout_label(
        latest, "fr"
    )


def test_run_once_refuses_a_spent_set_and_one_not_written_up(tmp_path):
    from bench.run_once import refusal

    readme = _sets(tmp_path, ["heldout12", "heldout13"])
    assert "spent" in refusal("heldout12", readme)
    assert "no section" in refusal("heldout14", readme)
    assert refusal("heldout13", readme) == ""
    (tmp_path / "heldout13.yml").unlink()
    assert "not in" in refusal("heldout13", readme)


def test_a_set_becomes_spent_for_the_tuning_runs_once_its_run_is_recorded():
    from bench.spent_sets import SPENT

    recorded = [r.name for r in recorded_runs()]
    assert {"tune", "test", "fresh"} <= set(SPENT) and set(recorded) <= set(SPENT)
    unrecorded = [p.stem for p in quality.REAL_DIR.glob("heldout?*.yml") if p.stem not in recorded]
    assert not set(unrecorded) & set(SPENT), "an unseen set must never be run by bench.spent_sets"
