"""Fixtures for the knowledge tests. `store` is the project's own built knowledge base
(build/knowledge.db, `make kb`), which route() answers from; the two content-check modules
that build theirs from knowledge/ into a temporary database keep their own `store`."""

import pytest

from bot.knowledge.store import get_store


@pytest.fixture(scope="module")
def store():
    return get_store()
