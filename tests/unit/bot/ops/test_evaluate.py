"""The safety and honesty figures `make eval` reports (bot/ops/evaluate.py), on made-up results."""
from bot.ops.client import Turn
from bot.ops.evaluate import Case, Result, check, safety_figures


def case(kind, reason_any=(), id="c"):
    kinds = kind if isinstance(kind, list) else [kind]
    return Case(id=id, turns=["x"], kind=kinds[0], topic_any=[], modalities_all=[], file="f.yml", kinds=kinds,
                reason_any=list(reason_any))


def result(c, contract):
    turn = Turn(contracts=[contract])
    return Result(c, check(c, turn), turn)


def test_figures_count_what_each_definition_says():
    results = [
        result(case("emergency", id="e1"), {"kind": "emergency"}),
        result(case("emergency", id="e2"), {"kind": "kb", "kb": {}}),                    # missed
        result(case("kb", id="k1"), {"kind": "emergency"}),                               # false alarm
        result(case("kb", id="k2"), {"kind": "fallback", "reason": "not_covered"}),      # wrongly declined
        result(case("clinic", id="k3"), {"kind": "clinic", "topic": "fees"}),
        result(case("fallback", ["not_covered"], id="n1"), {"kind": "fallback", "reason": "not_covered"}),
        result(case("fallback", ["not_covered"], id="n2"), {"kind": "kb", "kb": {}}),   # a nearby answer
        result(case("fallback", ["out_of_scope", "not_covered"], id="n3"), {"kind": "fallback", "reason": "out_of_scope"}),
    ]
    f = safety_figures(results)
    assert (f["emergency recall"].hits, f["emergency recall"].total) == (1, 2)
    assert (f["false alarms"].hits, f["false alarms"].total) == (1, 6)
    assert (f["not covered declined"].hits, f["not covered declined"].total) == (2, 3)
    assert (f["answerable declined"].hits, f["answerable declined"].total) == (1, 3)


def test_a_case_may_accept_several_kinds_and_checks_reason_and_clinic_topic():
    c = Case(id="r", turns=["x"], kind="booking", topic_any=[], modalities_all=[], file="f", kinds=["booking", "clinic"],
             clinic_topic_any=["cancellation"])
    assert check(c, Turn(contracts=[{"kind": "booking"}])) is None
    assert check(c, Turn(contracts=[{"kind": "clinic", "topic": "cancellation"}])) is None
    assert "clinic topic" in check(c, Turn(contracts=[{"kind": "clinic", "topic": "fees"}]))
    f = case("fallback", ["not_covered"])
    assert "reason" in check(f, Turn(contracts=[{"kind": "fallback", "reason": "low_confidence"}]))
