"""`make eval` per language (bench/languages.py) on made-up results: the English and French
sets, the gap per kind, emergency recall, replies in the wrong language, the detector and the
cross-validation F1 per language, each as issue 17 defines them."""

import json

import pytest

from bench import languages
from bench.quality import FRENCH_CASES_DIR
from bot.ops.client import Turn
from bot.ops.evaluate import Case, Result, check, load_cases


def case(id, kind, file="kb.yml", lang=None, turns=("x",)):
    return Case(
        id=id,
        turns=list(turns),
        kind=kind,
        topic_any=[],
        modalities_all=[],
        file=file,
        kinds=[kind],
        lang=lang,
    )


def result(c, kind, lang):
    turn = Turn(contracts=[{"kind": kind, "kb": {}, "lang": lang}])
    return Result(c, check(c, turn), turn)


ENGLISH = [
    case("e1", "kb"),
    case("e2", "kb"),
    case("e3", "emergency", "emergency.yml"),
    case("e4", "kb", turns=("hi", "does it hurt")),
    case("ef1", "emergency", "emergency_fr.yml", turns=("je respire mal",)),
]  # issue 13's French emergencies
FRENCH = [
    case("f1", "kb", lang="fr"),
    case("f2", "kb", lang="fr"),
    case("f3", "emergency", lang="fr"),
    case("f4", "kb", lang="en", turns=("ça fait mal?", "and does it hurt a lot after?")),
]  # switched


def test_the_french_emergencies_kept_among_the_english_cases_count_as_french():
    sets = languages.case_sets(ENGLISH, FRENCH)
    assert [c.id for c in sets["en"].cases] == ["e1", "e2", "e3", "e4"]
    assert [c.id for c in sets["fr"].cases] == ["ef1", "f1", "f2", "f3", "f4"]
    assert sets["fr"].expected(ENGLISH[-1]) == "fr" and sets["fr"].expected(FRENCH[-1]) == "en"
    with pytest.raises(ValueError):
        languages.case_sets(ENGLISH, [case("e1", "kb")])


def test_the_table_gives_each_kind_per_language_the_gap_recall_and_wrong_language():
    sets = languages.case_sets(ENGLISH, FRENCH)
    results = [
        result(ENGLISH[0], "kb", "en"),
        result(ENGLISH[1], "kb", "en"),
        result(ENGLISH[2], "emergency", "en"),
        result(ENGLISH[3], "kb", "en"),
        result(ENGLISH[4], "emergency", "en"),  # right kind, English reply
        result(FRENCH[0], "kb", "fr"),
        result(FRENCH[1], "fallback", "fr"),  # a French miss
        result(FRENCH[2], "emergency", "fr"),
        result(FRENCH[3], "kb", "en"),
    ]
    table, figures = languages.language_table(sets, results)
    rows = {line.split(" | ")[0].strip("| *"): line for line in table.splitlines()[2:]}
    assert "| 2/2 (100.0%) | 1/2 (50.0%) | -50.0 | within 3 (missed) |" in rows["kb"]
    assert "| 1/1 (100.0%) | 2/2 (100.0%) | +0.0 |" in rows["emergency"]
    assert "1/1 (100.0%) | 1/1 (100.0%)" in rows["follow-ups"]
    assert "| 4/4 (100.0%) | 4/5 (80.0%) | -20.0 |" in rows["total"]
    assert figures["emergency_recall"] == {"en": [1, 1], "fr": [2, 2]}
    # ef1 passed (its case sets no lang) but its reply was English: the French set counts it
    assert figures["wrong_language"] == {"en": [0, 4], "fr": [1, 5]}
    assert "replies in the wrong language | 0/4 (0.0%) | 1/5 (20.0%)" in table
    assert "kb: French -50.0 points" in figures["targets_missed"]
    assert any(m.startswith("wrong language (French)") for m in figures["targets_missed"])


def test_the_detector_is_measured_on_single_turn_cases_and_undecided_is_not_wrong():
    sets = languages.case_sets(ENGLISH, FRENCH)
    said = {"x": "en", "je respire mal": None}
    table, figures = languages.detector_accuracy(sets, lambda text: said.get(text))
    assert figures["en"] == {"cases": 3, "decided": 3, "right": 3}
    assert figures["fr"] == {"cases": 4, "decided": 3, "right": 0}  # "x" read as English in French cases
    assert "| French set | 4 | 3/4 (75.0%) | 0/3 (0.0%) | 3 |" in table


def test_cross_validation_f1_per_language_from_rasa_predictions(tmp_path):
    def ex(text, intent, predicted):
        return {"text": text, "intent": intent, "intent_prediction": {"name": predicted, "confidence": 0.9}}

    (tmp_path / "intent_successes.json").write_text(
        json.dumps(
            [
                ex("does it hurt", "ask_sensation", "ask_sensation"),
                ex("is it safe", "ask_safety", "ask_safety"),
                ex("ça fait mal", "ask_sensation", "ask_sensation"),
            ]
        )
    )
    (tmp_path / "intent_errors.json").write_text(
        json.dumps([ex("c'est sécuritaire", "ask_safety", "ask_sensation")])
    )
    line, figures = languages.cv_f1_by_language(tmp_path, lambda t: "fr" if "ç" in t or "é" in t else "en")
    assert figures["en"] == {"examples": 2, "macro_f1": 1.0}
    # French: ask_sensation F1 2/3 (one right, one wrongly predicted), ask_safety 0
    assert figures["fr"]["examples"] == 2 and figures["fr"]["macro_f1"] == pytest.approx(1 / 3)
    assert "gap -66.7 points" in line and "missed" in line
    assert "--successes" in languages.cv_f1_by_language(tmp_path / "none", lambda t: "en")[0]


def test_the_real_case_sets_split_with_no_id_in_both():
    sets = languages.case_sets(load_cases(), load_cases([FRENCH_CASES_DIR]))
    assert len(sets["fr"].cases) >= 200 and all(sets["en"].expected(c) == "en" for c in sets["en"].cases)
    assert {c.lang for c in sets["fr"].cases} <= {"fr", "en", None}


def test_a_training_example_is_french_when_it_comes_from_the_french_folder(tmp_path):
    (tmp_path / "fr").mkdir()
    (tmp_path / "sensation.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: ask_sensation\n  examples: |\n    - does [IMS](modality) hurt\n'
        "    - IMS?\n"
    )
    (tmp_path / "fr" / "sensation.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: ask_sensation\n  examples: |\n    - est-ce que l\'[IMS]{"entity": "modality"} fait mal\n'
        "    - IMS?\n"
    )
    language_of = languages.example_language(tmp_path, lambda text: "words")
    assert language_of("does IMS hurt") == "en"
    assert language_of("est-ce que l'IMS fait mal") == "fr"
    assert language_of("IMS?") == "words"  # in both: the words decide
    assert language_of("never seen") == "words"
