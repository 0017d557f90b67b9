"""bench/ab.py: the side-by-side comparison reports each figure's median and its change."""
from bench.ab import report


def run(cpu: float, rate: float) -> dict:
    return {"10": {"msg_per_s": rate, "p95_ms": 100.0, "cpu_ms_per_msg_rasa": cpu, "cpu_ms_per_msg_actions": 2.0},
            "1": {"p50_ms": 12.0}}


def test_the_report_shows_medians_and_the_change_against_the_base():
    runs = {"abc1234": [run(7.0, 100), run(9.0, 90), run(8.0, 95)],
            "HEAD": [run(8.0, 80), run(8.8, 85), run(30.0, 10)]}  # one wild round: the median ignores it
    text = report(["abc1234"], "def5678", runs, seconds=10)
    assert "| 10 conv: Rasa server CPU ms per message | 8.0 | 8.8 | +10% |" in text
    assert "| 10 conv: msg/s | 95.0 | 80.0 | -16% |" in text
    assert "7.0 / 8.0, 9.0 / 8.8, 8.0 / 30.0" in text  # every round shown, for the noise


def test_several_earlier_versions_each_get_a_column_and_a_change():
    runs = {"old": [run(10.0, 50)], "mid": [run(8.0, 80)], "HEAD": [run(8.0, 100)]}
    text = report(["old", "mid"], "def5678", runs, seconds=10)
    assert "| old | mid | HEAD | HEAD vs. old | HEAD vs. mid |" in text
    assert "| 10 conv: msg/s | 50.0 | 80.0 | 100.0 | +100% | +25% |" in text
    assert "10.0 / 8.0 / 8.0" in text
