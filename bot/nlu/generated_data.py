"""Write data/nlu/generated_entities.yml: synonyms and lookup tables for Rasa.

Generated from knowledge/synonyms.yml on every build, so EntitySynonymMapper maps what the
entity ruler finds ("Gunn IMS") to the canonical value ("ims"), and the RegexFeaturizer
knows the same phrases (each also without accents, as French is often typed). Do not edit
the generated file by hand.
"""
from pathlib import Path

import yaml

from bot import PROJECT_ROOT
from bot.knowledge.synonyms import SYNONYM_SECTIONS, Synonyms
from bot.nlu.language import fold

DEFAULT_PATH = PROJECT_ROOT / "data" / "nlu" / "generated_entities.yml"
HEADER = "# Generated from knowledge/synonyms.yml by `python -m bot build`. Do not edit.\n"


def nlu_entity_data(synonyms: Synonyms) -> dict:
    nlu = []
    for kind in SYNONYM_SECTIONS:
        for canonical, phrases in sorted(synonyms.table.get(kind, {}).items()):
            variants = sorted({form for p in phrases for form in (p.lower(), fold(p))} - {canonical})
            if variants:
                nlu.append({"synonym": canonical, "examples": "".join(f"- {v}\n" for v in variants)})
        lookup = sorted({form for _, p in synonyms.phrases(kind) for form in (p.lower(), fold(p))})
        if lookup:
            nlu.append({"lookup": kind, "examples": "".join(f"- {v}\n" for v in lookup)})
    return {"version": "3.1", "nlu": nlu}


class _Literal(str):
    pass


def write_nlu_entity_data(synonyms: Synonyms, path: Path = DEFAULT_PATH) -> Path:
    data = nlu_entity_data(synonyms)
    dumper = yaml.SafeDumper
    dumper.add_representer(_Literal, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s, style="|"))
    for item in data["nlu"]:
        item["examples"] = _Literal(item["examples"])
    text = HEADER + yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True)
    path = Path(path)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path
