"""Which entry answers which question."""
from bot.knowledge.store import KnowledgeStore

ALL = frozenset({"acupuncture", "dry_needling", "ims"})


def test_general_entry_for_plain_question(fixture_store: KnowledgeStore):
    assert fixture_store.find(["sensation"], frozenset({"dry_needling"}), "does dry needling hurt").id == "dn-sensation"


def test_keyword_picks_the_specific_entry(fixture_store):
    found = fixture_store.find(["sensation"], frozenset({"dry_needling"}), "why did my muscle twitch?")
    assert found.id == "dn-sensation-twitch"


def test_keyword_must_be_a_whole_word(fixture_store):
    found = fixture_store.find(["sensation"], frozenset({"dry_needling"}), "it was a bit jumpy")
    assert found.id == "dn-sensation"


def test_condition_picks_research_entry_even_from_the_sibling_topic(fixture_store):
    found = fixture_store.find(["conditions"], frozenset({"acupuncture"}), "", {"migraine_headache"})
    assert found.id == "acu-evidence-migraine"


def test_pair_question_gets_the_smallest_covering_comparison(fixture_store):
    assert fixture_store.find(["sensation"], frozenset({"acupuncture", "ims"})).id == "all-sensation"
    assert fixture_store.find(["difference"], frozenset({"acupuncture", "dry_needling"})).id == "acu-dn-difference"


def test_single_modality_without_own_entry_falls_back_to_comparison(fixture_store):
    assert fixture_store.find(["sensation"], frozenset({"ims"})).id == "all-sensation"


def test_nothing_for_a_topic_with_no_entries(fixture_store):
    assert fixture_store.find(["insurance"], frozenset({"ims"})) is None


def test_full_text_search_ranks_relevant_entries(fixture_store):
    hits = fixture_store.search("twitch jump muscle")
    assert hits[0].id == "dn-sensation-twitch"
    assert fixture_store.search("the and of") == []
    # FTS query syntax typed by a patient is treated as words, never as a query
    assert isinstance(fixture_store.search('"; NEAR( OR * drop table entries; --'), list)
    assert fixture_store.search('twitch" OR "') [0].id == "dn-sensation-twitch"


def test_term_identifies_an_entry_whatever_topic_nlu_guessed(tmp_path, kb_dir):
    import yaml
    from bot.knowledge.build import build
    path = kb_dir / "answers" / "main.yml"
    data = yaml.safe_load(path.read_text())
    data["entries"][1]["terms"] = ["twitch response"]
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    build(kb_dir, tmp_path / "t.db")
    store = KnowledgeStore(tmp_path / "t.db")
    found = store.find(["evidence"], frozenset({"dry_needling"}), "is the twitch response with dry needling good?")
    assert found.id == "dn-sensation-twitch"
    assert store.mentions_term("what is a Twitch Response") and not store.mentions_term("my car light")
