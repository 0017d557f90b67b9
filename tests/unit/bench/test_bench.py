"""The benchmark helpers: percentiles, the BM25 baseline, and which systems run with the Rasa
patches (the fast tracker store's own tests are in tests/unit/bot/tracker_store/)."""
import math

import pytest

from bench.stats import percentile, ratio, summarize


def test_percentile_interpolates_like_numpy():
    xs = [0.4, 0.1, 0.3, 0.2, 0.5]
    assert percentile(xs, 0) == 0.1
    assert percentile(xs, 50) == pytest.approx(0.3)
    assert percentile(xs, 100) == 0.5
    assert percentile(xs, 95) == pytest.approx(0.48)
    assert percentile([0.7], 99) == 0.7
    assert math.isnan(percentile([], 50))


def test_summary_reports_rate_and_milliseconds():
    s = summarize([0.01, 0.02, 0.03, 0.04], seconds=2.0)
    assert s["messages"] == 4 and s["msg_per_s"] == 2.0
    assert s["p50_ms"] == pytest.approx(25.0)
    assert s["p99_ms"] == pytest.approx(39.7)
    assert math.isnan(ratio(1.0, 0.0)) and ratio(6.0, 2.0) == 3.0


def test_bm25_baseline_ranks_entries_and_falls_back_without_shared_words():
    from bench.baseline import Bm25Baseline
    docs = [{"id": "dn-sensation", "topic": "sensation", "modalities": ["dry_needling"],
             "text": "Does dry needling hurt? You may feel a twitch and an ache."},
            {"id": "ims-length", "topic": "session_length", "modalities": ["ims"],
             "text": "How long is an IMS session? About thirty minutes."}]
    baseline = Bm25Baseline(docs)
    reply = baseline.reply("how long does an IMS session take")
    assert reply["kind"] == "kb" and reply["kb"] == {"id": "ims-length", "topic": "session_length",
                                                     "modalities": ["ims"]}
    assert baseline.reply("will the twitch hurt")["kb"]["id"] == "dn-sensation"
    assert baseline.reply("pizza delivery")["kind"] == "fallback"
    assert baseline.reply("the of and")["kind"] == "fallback"
    assert baseline.turn("ache").contract["kind"] == "kb"


def test_the_stock_rasa_system_runs_on_rasas_own_rest_channel():
    from bot.channels.config import build_credentials
    assert "rest" in build_credentials({"NEEDLE_STOCK_REST": "1"})
    assert "rest" not in build_credentials({}), "the shipped assistant uses its own checked REST channel"


def test_only_the_stock_rasa_system_runs_without_the_rasa_patches(tmp_path):
    """Needle Guide and Rasa's default config start Rasa through bot/rasa_server.py (patches
    applied); Stock Rasa is plain `rasa run`, so the ratio shows what the patches are worth."""
    from bench.speed import SYSTEMS, system_servers
    entry = {}
    for name, (_config, endpoints) in SYSTEMS.items():
        servers = system_servers(tmp_path / "model.tar.gz", endpoints, tmp_path)
        command = servers.rasa_command(tmp_path / "credentials.yml", {})
        entry[name] = command[command.index("-m") + 1]
    assert entry == {"Needle Guide": "bot.rasa_server", "Rasa default config": "bot.rasa_server", "Stock Rasa": "rasa"}
