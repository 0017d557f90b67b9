"""An event at a session the entries name, the classifier unsure: dozing off or snoring on the
table (how it feels), a muscle that jumped under the needle (the twitch), a bruise or a drop of
blood at the needle spot (after-care) is answered from that entry, never the buttons; a reaction
no entry names beside it (tiredness, a faint, numbness: written rule 6), a bleed that will not
stop, or a real not-covered subject stays declined.

Why: spent sets (sj-143, su-098, sj-061, vu-061, sl-095, tc-073, wc-123, ui-108) asked these in
words the classifier had not seen, and got the likely-question buttons (session 23)."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask

ANSWERING_TOPICS = ("sensation", "technique", "aftercare")


def _unsure(text, named=()):
    return ask(text, intent="nlu_fallback", confidence=0.3, named=named)


@pytest.mark.parametrize(
    "text,named,topic",
    [
        (
            "my uncle fell asleep during his acupuncture and snored the whole time, is that normal",
            ("acupuncture",),
            "sensation",
        ),
        ("is it weird that I keep nodding off on the table? woke myself up snoring", (), "sensation"),
        ("je me suis endormie pendant la séance et j'ai ronflé, c'est normal?", (), "sensation"),
        ("my hamstring jolted hard when she put the needle in, is that ok", (), "technique"),
        ("my shoulder twitched like crazy under the needle, is that what should happen", (), "technique"),
        ("first dry needling next week, will I bleed much?", ("dry_needling",), "aftercare"),
        ("got a bruise where the needle went in, how long till it goes?", (), "aftercare"),
        ("j'ai un petit bleu au point depuis la séance, ça part tout seul?", (), "aftercare"),
    ],
)
def test_an_event_the_entries_name_is_answered(store, text, named, topic):
    d = route(_unsure(text, named), store)
    assert d.kind == "kb", (d.rule, d.reason)
    assert d.entry is not None and d.entry.topic == topic, d.entry and d.entry.id


@pytest.mark.parametrize(
    "text,named",
    [
        ("felt wiped out and weepy after acupuncture and then fell asleep at 7, normal?", ("acupuncture",)),
        ("nearly passed out on the table and then dozed off, is that ok", ()),
        ("my calf jumped and now my foot is numb since the session, normal?", ()),
        ("the needle spot keeps bleeding since the session this morning", ()),
        ("does acupuncture make you sleep better with diabetes?", ("acupuncture",)),
        ("will acupuncture make me jump higher for volleyball tryouts?", ("acupuncture",)),
    ],
)
def test_a_reaction_no_entry_names_or_no_event_stays_unanswered(store, text, named):
    d = route(_unsure(text, named), store)
    answered_from_the_event = d.kind == "kb" and d.entry is not None and d.entry.topic in ANSWERING_TOPICS
    assert not answered_from_the_event, (d.rule, d.entry and d.entry.id)
