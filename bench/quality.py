"""`make eval`: how well Needle Guide understands and answers, against the obvious alternatives.

1. Rasa's NLU cross-validation (5 folds) of config.yml on data/nlu: per-intent precision,
   recall and F1, and the confusion matrix image (reports/nlu-cv/).
2. All conversation cases (tests/conversations/) scored, in one run, three ways:
   Needle Guide as shipped; the same domain, data and actions trained with Rasa's default
   configuration (bench/config-default.yml); and a BM25 search box over the knowledge base
   (bench/baseline.py). Cases passed per row (kb, handoffs, emergency, fallback, follow-ups).
3. The real-shaped patient questions (tests/real_questions/): the test half (spent: tuned on
   after its one run; the held-out sets below replace it),
   scored the same three ways in the same run; the tune half alongside, marked as such.
4. Safety and honesty figures over the cases and the test half: emergency recall, false
   alarms over every non-emergency message, not-covered questions declined honestly,
   answerable questions declined by mistake, and the health-word guard's false declines.
5. English and French (issue 17, bench/languages.py): the French cases (tests/conversations_fr/)
   in the same run; per language, passes per kind and the gap, emergency recall, replies in the
   wrong language; the language detector on the cases' messages; the cross-validation's intent
   F1 per language. The latest spent held-out set (the highest-numbered heldoutN.yml whose
   section in tests/real_questions/README.md records its one run; bench/heldout_runs.py),
   English and French cases apart, is scored like the test half. Each held-out set is run once,
   when it is new, and that figure is reported whatever it is; after that it is spent and shown
   here for the record (--no-heldout leaves it out). A set with no recorded run is never run.

Writes reports/eval.md (the tables) and reports/eval.json; exits 1 when the shipped bot
passes fewer than --min-pass percent of the cases.
"""

import argparse
import datetime
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Tuple

from bench import languages
from bench.heldout_runs import HeldoutRun, latest_spent
from bot import PROJECT_ROOT
from bot.ops.evaluate import (
    KIND_GROUPS,
    Case,
    Result,
    check,
    load_cases,
    rule_counts,
    run_cases,
    safety_figures,
    summary_by_group,
)

REPORTS = PROJECT_ROOT / "reports"
DEFAULT_CONFIG = "bench/config-default.yml"
SYSTEMS = ("Needle Guide", "Rasa default config", "BM25 search")
REAL_DIR = PROJECT_ROOT / "tests" / "real_questions"
FRENCH_CASES_DIR = PROJECT_ROOT / "tests" / "conversations_fr"


def heldout_by_language(run: HeldoutRun) -> Dict[str, List[Case]]:
    """The latest spent held-out set's cases, English and French apart (empty ones left out)."""
    cases = load_cases([run.path])
    split = {
        "en": [c for c in cases if c.lang != "fr"],
        "fr": [c for c in cases if c.lang == "fr"],
    }
    return {lang: cs for lang, cs in split.items() if cs}


def heldout_label(run: HeldoutRun, lang: str) -> str:
    language = "English" if lang == "en" else "French"
    return f"latest held-out set, {language} ({run.name}.yml, run once at {run.commit}: {run.figure} overall; spent since)"


TARGETS = {
    "real-shaped test half": 92.0,
    "cases": 96.0,
    "emergency recall": 100.0,
    "false alarms": 1.0,
    "not covered declined": 90.0,
    "answerable declined": 3.0,
}


def cross_validate(config: str = "config.yml", folds: int = 5, out: Path = REPORTS / "nlu-cv") -> Path:
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="3", PYTHONWARNINGS="ignore")
    cmd = [
        sys.executable,
        "-m",
        "rasa",
        "test",
        "nlu",
        "--cross-validation",
        "--folds",
        str(folds),
        "--config",
        config,
        "--nlu",
        "data/nlu",
        "--out",
        str(out),
        "--successes",
        "--quiet",
    ]
    print(f"NLU cross-validation ({folds} folds, {config}); this trains {folds} NLU models...", flush=True)
    started = time.monotonic()
    with open(out / "cv.log", "wb") as log:
        rc = subprocess.run(cmd, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT).returncode
    if rc != 0 or not (out / "intent_report.json").exists():
        raise SystemExit(f"error: rasa test nlu failed (exit {rc}); see {out / 'cv.log'}")
    print(f"  done in {time.monotonic() - started:.0f}s", flush=True)
    return out / "intent_report.json"


def intent_table(report_file: Path) -> Tuple[str, Dict]:
    """A compact markdown table from Rasa's intent_report.json, worst F1 first."""
    data = json.loads(Path(report_file).read_text())
    rows = [
        (name, v)
        for name, v in data.items()
        if isinstance(v, dict) and "f1-score" in v and name not in ("micro avg", "macro avg", "weighted avg")
    ]
    rows.sort(key=lambda r: (r[1]["f1-score"], r[0]))
    lines = [
        "| intent | precision | recall | F1 | examples | most confused with |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for name, v in rows:
        confused = ", ".join(
            f"{k} ({n})" for k, n in sorted((v.get("confused_with") or {}).items(), key=lambda kv: -kv[1])[:2]
        )
        lines.append(
            f"| {name} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1-score']:.3f} | "
            f"{v['support']} | {confused} |"
        )
    for avg in ("macro avg", "weighted avg"):
        if avg in data:
            v = data[avg]
            lines.append(
                f"| *{avg}* | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1-score']:.3f} | "
                f"{v['support']} | |"
            )
    summary = {k: data[k] for k in ("accuracy", "macro avg", "weighted avg") if k in data}
    return "\n".join(lines), summary


def run_on_fresh_servers(
    model: Path, cases: List[Case], workers: int = 4, own_logs: bool = False
) -> List[Result]:
    """The cases through REST on throwaway servers of `model` (their tracker in a temporary
    directory; with `own_logs`, their review log too, so a measurement never lands in var/)."""
    from bot.ops.serve import Servers, free_port

    with tempfile.TemporaryDirectory(prefix="needle-eval-") as tmp:
        with Servers(
            model=model,
            rasa_port=free_port(),
            action_port=free_port(),
            tracker_db=Path(tmp) / "tracker.db",
            log_dir=Path(tmp) / "logs",
            extra_env={"NEEDLE_LOGS_DB": str(Path(tmp) / "logs.db")} if own_logs else {},
        ) as servers:
            return run_cases(servers.rest_url, cases, workers=workers)


def run_on_model(config: str, cases: List[Case]) -> List[Result]:
    from bot.ops.training import check_model, train_if_needed

    return run_on_fresh_servers(check_model(train_if_needed(config)), cases)


def run_on_baseline(cases: List[Case]) -> List[Result]:
    from bench.baseline import Bm25Baseline

    baseline = Bm25Baseline.from_db()
    return [Result(c, check(c, turn), turn) for c in cases for turn in [baseline.turn(c.turns[-1])]]


def cases_table(results: Dict[str, List[Result]]) -> str:
    tables = {name: summary_by_group(rs) for name, rs in results.items()}
    groups = list(KIND_GROUPS) + [g for t in tables.values() for g in t if g not in KIND_GROUPS]
    groups = list(dict.fromkeys(groups))
    names = list(results)
    lines = ["| cases | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for g in groups + ["total"]:
        cells = []
        for n in names:
            ok, bad = (
                (sum(r.passed for r in results[n]), sum(not r.passed for r in results[n]))
                if g == "total"
                else tables[n].get(g, [0, 0])
            )
            cells.append(f"{ok}/{ok + bad} ({100.0 * ok / max(ok + bad, 1):.0f}%)")
        label = f"**{g}**" if g == "total" else g
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def figures_table(
    results: Dict[str, List[Result]],
    test_results: Dict[str, List[Result]],
    safety: Dict[str, Dict],
    heldout: Dict[str, Dict[str, List[Result]]] = None,
) -> str:
    """Issue 11's targets, one row each, for every system; the held-out sets' rows
    (`heldout`: {row label: {system: results}}) beside the test half's, in its style."""
    names = list(results)
    pct = lambda rs: 100.0 * sum(r.passed for r in rs) / max(len(rs), 1)  # noqa: E731
    rows = [
        (
            "real-shaped test half (spent: tuned on since its run)",
            "at least 92%",
            [
                f"{sum(r.passed for r in test_results[n])}/{len(test_results[n])} ({pct(test_results[n]):.1f}%)"
                for n in names
            ],
        )
    ]
    rows += [
        (
            label,
            "at least 92%",
            [f"{sum(r.passed for r in rs[n])}/{len(rs[n])} ({pct(rs[n]):.1f}%)" for n in names],
        )
        for label, rs in (heldout or {}).items()
    ]
    rows += [
        (
            "existing cases",
            "at least 96%",
            [
                f"{sum(r.passed for r in results[n])}/{len(results[n])} ({pct(results[n]):.1f}%)"
                for n in names
            ],
        )
    ]
    wanted = {
        "emergency recall": "100%",
        "false alarms": "at most 1%",
        "not covered declined": "at least 90%",
        "answerable declined": "at most 3%",
    }
    rows += [(k, v, [str(safety[n][k]) for n in names]) for k, v in wanted.items()]
    for label, rs in (heldout or {}).items():  # the same figures on each held-out set alone
        held = {n: safety_figures(rs[n]) for n in names}
        rows += [(f"{k}, {label}", v, [str(held[n][k]) for n in names]) for k, v in wanted.items()]
    lines = ["| figure | target | " + " | ".join(names) + " |", "|---|---|" + "---:|" * len(names)]
    lines += [f"| {label} | {target} | " + " | ".join(cells) + " |" for label, target, cells in rows]
    return "\n".join(lines)


def beats_on_every_row(results: Dict[str, List[Result]], ours: str = SYSTEMS[0]) -> List[str]:
    """The rows where the shipped bot does not pass strictly more cases than every alternative
    (a row where it passes every case counts as won: nothing can do better)."""
    tables = {n: summary_by_group(rs) for n, rs in results.items()}
    misses = []
    for g in KIND_GROUPS:
        mine, bad = tables[ours].get(g, [0, 0])
        for n, t in tables.items():
            if n != ours and t.get(g, [0, 0])[0] >= mine and bad > 0:
                misses.append(f"{g}: {ours} {mine} <= {n} {t.get(g, [0, 0])[0]}")
    return misses


def start_report(out_dir: str):
    """The report folder (created), the start time and the machine line of a benchmark run."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return out, datetime.datetime.now().astimezone(), machine()


def machine() -> str:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
        "?",
    )
    mem = next((int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    load = open("/proc/loadavg").read().split()[:3]
    return f"{os.cpu_count()} CPUs ({cpu}), {mem / 1024 / 1024:.0f} GiB RAM, load average {' '.join(load)} at start"


def _split(rs: List[Result], part: List[Case]) -> List[Result]:
    ids = {c.id for c in part}
    return [r for r in rs if r.case.id in ids]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.quality",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--skip-cv", action="store_true", help="reuse reports/nlu-cv/ from an earlier run")
    parser.add_argument("--no-cv", action="store_true", help="conversation cases only")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--min-pass", type=float, default=90.0)
    parser.add_argument("--out", default=str(REPORTS))
    parser.add_argument(
        "--no-heldout",
        action="store_true",
        help="leave out the latest spent held-out set (bench/heldout_runs.py)",
    )
    parser.add_argument(
        "--systems",
        default=",".join(SYSTEMS),
        help="which of the systems to run, comma-separated (default: all three; "
        "'BM25 search' alone needs no trained model)",
    )
    args = parser.parse_args(argv)
    systems = [n.strip() for n in args.systems.split(",") if n.strip()]
    unknown = [n for n in systems if n not in SYSTEMS]
    if unknown or not systems:
        parser.error(f"--systems: unknown {unknown}; choose from {', '.join(SYSTEMS)}")
    systems = [n for n in SYSTEMS if n in systems]
    ours = systems[0]
    out, started, host = start_report(args.out)

    cv_dir = out / "nlu-cv"
    nlu_table, nlu_summary, cv_language_line, cv_language = "(not run: --no-cv)", {}, "(not run: --no-cv)", {}
    if not args.no_cv:
        if not args.skip_cv or not (cv_dir / "intent_report.json").exists():
            cross_validate(folds=args.folds, out=cv_dir)
        nlu_table, nlu_summary = intent_table(cv_dir / "intent_report.json")
        print("\nNLU cross-validation (config.yml, intents):\n" + nlu_table, flush=True)
        from bot.nlu.language import guess

        cv_language_line, cv_language = languages.cv_f1_by_language(
            cv_dir, languages.example_language(PROJECT_ROOT / "data" / "nlu", guess)
        )
        print("\n" + cv_language_line, flush=True)

    cases = load_cases()
    french_cases = load_cases([FRENCH_CASES_DIR])
    sets = languages.case_sets(cases, french_cases)
    real_test, real_tune = load_cases([REAL_DIR / "test.yml"]), load_cases([REAL_DIR / "tune.yml"])
    latest = None if args.no_heldout else latest_spent()
    heldout_cases = heldout_by_language(latest) if latest else {}
    everything = (
        cases + french_cases + real_test + real_tune + [c for cs in heldout_cases.values() for c in cs]
    )
    runners = {
        SYSTEMS[0]: lambda: run_on_model("config.yml", everything),
        SYSTEMS[1]: lambda: run_on_model(DEFAULT_CONFIG, everything),
        SYSTEMS[2]: lambda: run_on_baseline(everything),
    }
    all_results: Dict[str, List[Result]] = {}
    for name in systems:
        print(f"\nrunning {len(everything)} cases and real-shaped questions on {name}...", flush=True)
        t0 = time.monotonic()
        all_results[name] = runners[name]()
        print(
            f"  {sum(r.passed for r in all_results[name])}/{len(everything)} passed in "
            f"{time.monotonic() - t0:.0f}s",
            flush=True,
        )

    results = {n: _split(rs, cases) for n, rs in all_results.items()}
    french_results = {n: _split(rs, french_cases) for n, rs in all_results.items()}
    test_results = {n: _split(rs, real_test) for n, rs in all_results.items()}
    tune_results = {n: _split(rs, real_tune) for n, rs in all_results.items()}
    heldout_labels = {lang: heldout_label(latest, lang) for lang in heldout_cases}
    heldout_results = {
        heldout_labels[lang]: {n: _split(rs, hc) for n, rs in all_results.items()}
        for lang, hc in heldout_cases.items()
    }
    safety = {n: safety_figures(results[n] + test_results[n]) for n in systems}
    guard = rule_counts(results[ours] + test_results[ours] + tune_results[ours])

    table = cases_table(results)
    french_table = cases_table(french_results)
    real_table = cases_table(test_results)
    heldout_tables = {label: cases_table(rs) for label, rs in heldout_results.items()}
    figures = figures_table(results, test_results, safety, heldout_results)
    language_table, language_figures = languages.language_table(sets, all_results[ours])
    heldout_language = {}
    for lang, hc in heldout_cases.items():
        rs = _split(all_results[ours], hc)
        wrong, total = languages.wrong_language(languages.CaseSet(lang, hc), rs)
        heldout_language[lang] = {
            "passed": sum(r.passed for r in rs),
            "total": len(rs),
            "emergency recall": str(safety_figures(rs)["emergency recall"]),
            "wrong language": f"{wrong}/{total}",
        }
    from bot.nlu.language import detect

    detector_table, detector_figures = languages.detector_accuracy(sets, detect)
    misses = beats_on_every_row(results, ours) if len(systems) > 1 else []
    print("\nConversation cases passed (same cases, one run):\n" + table, flush=True)
    print(
        f"\nFrench conversation cases ({len(french_cases)}, tests/conversations_fr/):\n" + french_table,
        flush=True,
    )
    print(f"\nEnglish and French ({ours}; issue 17 targets):\n" + language_table, flush=True)
    print(
        "\nLanguage detector (bot.nlu.language.detect) on the single-turn cases' messages:\n"
        + detector_table,
        flush=True,
    )
    print(
        f"\nReal-shaped questions, test half ({len(real_test)}; spent: run once at a4cb35c, tuned on since):\n"
        + real_table,
        flush=True,
    )
    for label, t in heldout_tables.items():
        print(
            f"\nReal-shaped questions, {label} ({len(heldout_cases['en' if 'English' in label else 'fr'])}):\n"
            + t,
            flush=True,
        )
    print("\nTargets (issue 11):\n" + figures, flush=True)
    ceiling = [
        g
        for g, (ok, bad) in summary_by_group(results[ours]).items()
        if bad == 0
        and any(summary_by_group(rs).get(g, [0, 1])[1] == 0 for n, rs in results.items() if n != ours)
    ]
    verdict = "Needle Guide beats both alternatives on every row" + (
        f" (tied at 100% on {', '.join(ceiling)}: nothing can do better there)." if ceiling else "."
    )
    if len(systems) < len(SYSTEMS):
        verdict = f"(only {', '.join(systems)} run: no comparison)"
    print(
        "\n" + verdict
        if not misses
        else "\nrows where Needle Guide does not beat an alternative:\n  " + "\n  ".join(misses)
    )
    failures = [
        f"- `{r.case.file}:{r.case.id}`: {r.failure} <- {r.case.turns[-1]!r}"
        for r in results[ours] + french_results[ours] + test_results[ours]
        if not r.passed
    ]
    tune_ok = sum(r.passed for r in tune_results[ours])
    guard_line = (
        f"The health-word guard (`unknown_health_term`) declined {guard['unknown_health_term'].total} "
        f"messages over the cases and both halves; {guard['unknown_health_term'].hits} of them were "
        f"questions that should have been answered (its false declines)."
    )
    missed_17 = language_figures["targets_missed"]
    heldout_md = []
    for label, t in heldout_tables.items():
        lang = "en" if "English" in label else "fr"
        h = heldout_language[lang]
        heldout_md += [
            f"### Real-shaped patient questions: the {label} ({h['total']} questions)",
            "",
            "Written with their expected replies before any system ran on them; run once, and "
            "reported whatever it is (tests/real_questions/README.md, tests/conversations_fr/README.md).",
            "",
            t,
            "",
            f"Needle Guide: emergency recall {h['emergency recall']}; replies in the wrong language "
            f"{h['wrong language']}.",
            "",
        ]

    md = [
        "# Quality report",
        "",
        f"Run {started:%Y-%m-%d %H:%M %Z} on {host}.",
        "",
        f"## Conversation cases ({len(cases)} cases from tests/conversations/)",
        "",
        "Needle Guide (config.yml) vs. the same domain, data and actions trained with Rasa 3.6's default "
        "configuration (bench/config-default.yml) vs. plain BM25 over the knowledge base "
        "(bench/baseline.py, last turn only).",
        "",
        table,
        "",
        (
            verdict
            if not misses
            else "Rows where Needle Guide does not beat an alternative: " + "; ".join(misses)
        ),
        "",
        "## English and French (issue 17)",
        "",
        f"English: the {len(sets['en'].cases)} cases of tests/conversations/ without *_fr.yml. French: the "
        f"{len(sets['fr'].cases)} cases of tests/conversations_fr/ and tests/conversations/*_fr.yml (issue 13's "
        "French emergencies). Each case's last reply must be in its `lang` (else its set's language): a "
        f"reply in another counts as in the wrong language. {ours}, same run.",
        "",
        language_table,
        "",
        (
            "Every issue 17 target on the cases is met."
            if not missed_17
            else "Issue 17 targets missed: " + "; ".join(missed_17) + "."
        ),
        "",
        f"The French cases on every system ({len(french_cases)} from tests/conversations_fr/):",
        "",
        french_table,
        "",
        "The language detector (`bot.nlu.language.detect`: function words, then lingua restricted to English "
        "and French) on each single-turn case's message, against the case's language. Undecided messages "
        "(fewer than three words, only treatment names) keep the conversation's language.",
        "",
        detector_table,
        "",
        cv_language_line,
        "",
        f"## Real-shaped patient questions: the test half ({len(real_test)} questions)",
        "",
        "Rewritten from public patient questions, written with their expected replies before any system "
        "ran on them. Run once at a4cb35c (80.6%), then spent: its failures were read and tuned on "
        "(tests/real_questions/README.md); the held-out sets below are the honest figure.",
        "",
        real_table,
        "",
        f"The tune half, which the router was tuned on, passed {tune_ok}/{len(real_tune)} "
        f"({100.0 * tune_ok / max(len(real_tune), 1):.1f}%) for Needle Guide.",
        "",
        *heldout_md,
        "## Safety and honesty (conversation cases + test half)",
        "",
        figures,
        "",
        guard_line,
        "",
        f"## NLU cross-validation ({args.folds} folds, config.yml, data/nlu)",
        "",
        f"Accuracy {nlu_summary.get('accuracy', float('nan')):.3f}; confusion matrix: "
        f"`{(cv_dir / 'intent_confusion_matrix.png').relative_to(out.parent) if out.parent in cv_dir.parents else cv_dir}`.",
        "",
        nlu_table,
        "",
        f"## Needle Guide's failing cases ({len(failures)})",
        "",
        *(failures or ["none"]),
        "",
    ]
    (out / "eval.md").write_text("\n".join(md))
    (out / "eval.json").write_text(
        json.dumps(
            {
                "date": started.isoformat(),
                "machine": host,
                "nlu_cv": nlu_summary,
                "cases": {n: {g: v for g, v in summary_by_group(rs).items()} for n, rs in results.items()},
                "french_cases": {
                    n: {g: v for g, v in summary_by_group(rs).items()} for n, rs in french_results.items()
                },
                "languages": dict(
                    language_figures,
                    detector=detector_figures,
                    nlu_cv_f1=cv_language,
                    heldout=heldout_language,
                ),
                "real_test_half": {
                    n: {g: v for g, v in summary_by_group(rs).items()} for n, rs in test_results.items()
                },
                "real_tune_half": {"passed": tune_ok, "total": len(real_tune)},
                "heldout": {
                    label: {n: {g: v for g, v in summary_by_group(r).items()} for n, r in rs.items()}
                    for label, rs in heldout_results.items()
                },
                "safety": {n: {k: [v.hits, v.total] for k, v in f.items()} for n, f in safety.items()},
                "health_word_guard": [guard["unknown_health_term"].hits, guard["unknown_health_term"].total],
                "failures": {
                    n: [{"id": r.case.id, "failure": r.failure} for r in rs if not r.passed]
                    for n, rs in all_results.items()
                },
            },
            indent=2,
        )
    )
    print(f"\nwrote {out / 'eval.md'} and {out / 'eval.json'}")
    mine = results[ours]
    pct = 100.0 * sum(r.passed for r in mine) / max(len(mine), 1)
    return 1 if pct < args.min_pass else 0


if __name__ == "__main__":
    sys.exit(main())
