"""bot/settings.py: every NEEDLE_* variable is listed in one place, and the files every
process must agree on are resolved there, as the environment is when asked."""

import re

from bot import PROJECT_ROOT, settings

USED = re.compile(r"NEEDLE_[A-Z_]+")


def names_in_code():
    files = [
        p
        for folder in ("bot", "actions", "bench", "deploy", "review", "tests")
        for p in (PROJECT_ROOT / folder).rglob("*")
        if p.suffix in (".py", ".yml", ".cfg") and p.is_file()
    ]
    files += [PROJECT_ROOT / "endpoints.yml", PROJECT_ROOT / "Makefile"]
    found = {}
    for path in files:
        if path.name == "test_settings.py":
            continue
        for name in USED.findall(path.read_text(encoding="utf-8", errors="replace")):
            if not name.endswith("_"):  # a prefix (NEEDLE_PG_*), in a comment
                found.setdefault(name, path.relative_to(PROJECT_ROOT))
    return found


def test_every_variable_the_code_reads_is_listed_in_settings():
    listed = set(settings.VARIABLES)
    missing = {
        name: str(where)
        for name, where in names_in_code().items()
        if name not in listed and not any(name.startswith(p) for p in listed if p.endswith("_"))
    }
    assert missing == {}, "add these to bot/settings.py VARIABLES"


def test_every_listed_variable_is_documented_in_the_readme_or_used():
    readme = (PROJECT_ROOT / "README.md").read_text()
    code = names_in_code()
    unused = [n for n in settings.VARIABLES if n not in code and n not in readme]
    assert unused == []


def test_paths_follow_the_environment_as_it_is_now(monkeypatch, tmp_path):
    """bot serve, the tests and the evaluation set these after import, for child processes too."""
    monkeypatch.delenv("NEEDLE_LOGS_DB", raising=False)
    assert settings.logs_db() == PROJECT_ROOT / "var" / "logs.db"
    monkeypatch.setenv("NEEDLE_LOGS_DB", str(tmp_path / "eval-logs.db"))
    assert settings.logs_db() == tmp_path / "eval-logs.db"
    assert settings.audit_db(settings.logs_db(), {}) == tmp_path / "review" / "audit.db"
    assert settings.channel_db({"NEEDLE_CHANNEL_DB": " "}) == PROJECT_ROOT / "var" / "channels.db"


def test_the_tools_and_the_servers_find_the_same_files(monkeypatch, tmp_path):
    """The purge (bot serve, python -m bot logs purge) and privacy requests (widget, review,
    python -m bot privacy) must clean the same databases the servers write."""
    from bot.privacy import stores
    from bot.review.retention import Stores

    env = {
        "NEEDLE_TRACKER_DB": str(tmp_path / "t.db"),
        "NEEDLE_LOGS_DB": str(tmp_path / "l.db"),
        "NEEDLE_CHANNEL_DB": str(tmp_path / "c.db"),
    }
    purge, privacy = Stores.from_env(env), stores(env)
    assert (purge.tracker_db, purge.logs_db, purge.channels_db) == (
        privacy.tracker,
        privacy.logs,
        privacy.channels,
    )
    assert purge.tracker_url is None and settings.postgres(env) is None
    pg = settings.postgres({"NEEDLE_PG_HOST": "db", "NEEDLE_PG_PASSWORD": "s3cret"})
    assert pg == {
        "host": "db",
        "port": 5432,
        "database": "needle",
        "username": "needle",
        "password": "s3cret",
    }


def test_an_unknown_variable_is_a_mistake_not_a_silent_default():
    import pytest

    with pytest.raises(KeyError, match="VARIABLES"):
        settings.value("NEEDLE_TYPO")
