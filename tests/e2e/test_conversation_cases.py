"""The conversation cases in tests/conversations/, run against the real servers."""

import pytest

from bot.ops.evaluate import load_cases, report, run_cases

pytestmark = pytest.mark.e2e
MIN_PASS_RATE = 90.0


def test_conversation_cases_pass_rate(servers, capsys):
    cases = load_cases()
    results = run_cases(servers.rest_url, cases)
    text = report(results)
    with capsys.disabled():
        print("\n" + text)
    rate = 100.0 * sum(r.passed for r in results) / len(results)
    assert rate >= MIN_PASS_RATE, f"conversation cases: {rate:.1f}% passed (need {MIN_PASS_RATE}%)\n{text}"
