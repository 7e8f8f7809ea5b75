"""Trigger dispatch of the sentence rules (loaders/extract/dispatch.py): a rule declared with
@needs is skipped on a sentence without its cue words or entity types, and skipping never
changes what the extractor produces."""

import dataclasses
import json
from pathlib import Path

import pytest

from loaders.extract.dispatch import all_rules_run, needs
from loaders.extract.mentions import Doc, find_mentions
from loaders.extract.relations import SentenceRules
from loaders.extract.rules import RuleExtractor
from loaders.extract.tokens import split_sentences, tokenize

DATA = Path(__file__).resolve().parents[1] / "data"

calls: list[str] = []


@needs((frozenset({"قصف"}), frozenset({"shelled"})))
def _shelling_rule(sr: SentenceRules) -> None:
    calls.append("shelling")


@needs(types=("Outlet",))
def _outlet_rule(sr: SentenceRules) -> None:
    calls.append("outlet")


def _sentence(text: str) -> SentenceRules:
    ex = RuleExtractor()
    toks = tokenize(text)
    doc = Doc(text, toks, split_sentences(text, toks), ex.gaz)
    find_mentions(doc, 0)
    return SentenceRules(doc, 0)


@pytest.mark.parametrize("text, fired", [
    ("Militants shelled the base near Erbil on Monday.", ["shelling"]),
    ("قصف مسلحون القاعدة قرب أربيل.", ["shelling"]),
    ("Qaani met al-Kadhimi in Baghdad.", []),                   # no cue word, no outlet
    ("Qaani told Reuters that the militias shelled nothing.", ["shelling", "outlet"]),
    ("Reuters reported the visit of Qaani.", ["outlet"]),
])
def test_a_declared_rule_runs_only_where_its_cue_word_or_entity_type_occurs(text, fired):
    calls.clear()
    sr = _sentence(text)
    _shelling_rule(sr)
    _outlet_rule(sr)
    assert calls == fired


def test_a_cue_word_inside_a_name_does_not_fire_the_rule_but_every_rule_runs_when_asked():
    sr = _sentence("Rockets hit the Shelled Hills Base near Erbil.")
    assert "location:shelled-hills-base" in {m.eid for m in sr.args}
    calls.clear()
    _shelling_rule(sr)  # "Shelled" is a name word here, as triggers() sees it
    assert calls == []
    with all_rules_run():
        _shelling_rule(sr)
    assert calls[-1:] == ["shelling"]


def test_needs_rejects_anything_but_pairs_of_word_sets():
    with pytest.raises(TypeError):
        needs(({"met"}, frozenset()))  # type: ignore[arg-type]


# Sentences of our own in both languages: meetings, phone calls, planned meetings, negation,
# killings with and without an agent, accusations, successions, visits, leadership, support.
OWN_SENTENCES = [
    "Iranian Quds Force commander Esmail Qaani met Iraqi Prime Minister Mustafa al-Kadhimi "
    "in Baghdad on Monday. He did not meet President Barham Salih.",
    "Qaani spoke by phone with Hadi al-Amiri, the head of the Badr Organization.",
    "Qaani will meet militia leaders next week, officials said.",
    "Soleimani was killed in a drone strike near Baghdad airport. The strike was ordered by "
    "President Donald Trump.",
    "Iran accused Israel of killing the scientist; Israel denied it.",
    "Two commanders were killed in an explosion in Diyala.",
    "Qaani, Soleimani's successor, visited Beirut, where he held talks with Hassan Nasrallah.",
    "Kataib Hezbollah, an Iran-backed militia, is part of the Popular Mobilization Forces.",
    "The United States withdrew from the nuclear deal in 2018, Reuters reported.",
    "التقى قائد فيلق القدس إسماعيل قاآني رئيس الوزراء العراقي مصطفى الكاظمي في بغداد.",
    "ولم يلتق قاآني برئيس الجمهورية برهم صالح، بل اتصل به هاتفيا.",
    "ومن المقرر أن يلتقي قاآني قادة الفصائل الأسبوع المقبل.",
    "اغتالت الولايات المتحدة الجنرال قاسم سليماني بغارة قرب مطار بغداد.",
    "قتل ثلاثة أشخاص في انفجار عبوة ناسفة في ديالى.",
    "واتهمت طهران إسرائيل باغتيال العالم النووي.",
    "وخلف قاآني سليماني في قيادة فيلق القدس بعد مقتله.",
    "وقال زعيم منظمة بدر هادي العامري لوكالة الأنباء العراقية إن الزيارة ناجحة.",
]


def _texts() -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = [(t, None) for t in OWN_SENTENCES]
    for d in sorted(DATA.glob("extract_heldout*")):
        for f in sorted(d.glob("*.json")):
            doc = json.loads(f.read_text(encoding="utf-8"))
            out.append((doc["text"], doc["article"].get("lang")))
    return out


def test_dispatch_gives_the_same_output_as_running_every_rule_on_every_sentence():
    texts = _texts()
    assert len(texts) > 100
    dispatched = [RuleExtractor().extract(t, lang=lang) for t, lang in texts]
    with all_rules_run():
        plain = [RuleExtractor().extract(t, lang=lang) for t, lang in texts]
    assert dispatched == plain
    assert sum(len(d["relations"]) for d in plain) > 300


def test_mention_types_follow_mentions_added_by_a_rule():
    # successor() may add a description mention to the sentence; refresh() then runs
    sr = _sentence("Qaani met Amiri.")
    assert "Outlet" not in sr.mention_types
    sr.doc.by_sent[0].append(dataclasses.replace(sr.ments[0], etype="Outlet"))
    sr.refresh()
    assert "Outlet" in sr.mention_types
    calls.clear()
    _outlet_rule(sr)
    assert calls == ["outlet"]
