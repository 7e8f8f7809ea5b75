"""Session 42 (speed): ``SentenceBase.triggers`` returns the sentence's own index lists (no
copy per call) and ``given_named_before.name_words`` reads the cached name-word tuples; both give
what the code they replace gave."""

from __future__ import annotations

import pytest

from loaders.extract import lexicon as L
from loaders.extract.given_named_before import name_words as _name_words
from loaders.extract.mentions import find_mentions
from loaders.extract.relations import SentenceRules
from loaders.extract.rule_common import EMPTY, forms
from loaders.extract.rules import RuleExtractor
from loaders.textnorm import core_tokens
from tests.extract_support import doc_of

_EX = RuleExtractor()

_TEXTS = [
    "Iraqi Prime Minister Mohammed Shia al-Sudani met Iranian Foreign Minister Hossein "
    "Amir-Abdollahian in Baghdad on Monday. The two men met again later and held talks.",
    "التقى رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية الإيراني في بغداد، "
    "ثم اجتمع مع وفد met talks.",
    "He met. They met and met again",  # the text ends right after a cue word
    "No cue word here at all.",
]


def _sentence_rules(text: str) -> list[SentenceRules]:
    doc = doc_of(text, _EX.gaz)
    for si in range(len(doc.sents)):
        find_mentions(doc, si)
    return [SentenceRules(doc, si) for si in range(len(doc.sents))]


def _expected(sr: SentenceRules, ar: frozenset[str], en: frozenset[str]) -> list[int]:
    """The positions as the definition says: tokens outside names, not punctuation, with a
    form in the set of their script."""
    out = []
    for k in range(sr.lo, sr.hi):
        t = sr.toks[k]
        m = sr._names_at.get(k)
        if t.punct or (m is not None and m.kind == "name"):
            continue
        if not forms(t).isdisjoint(ar if t.ar else en):
            out.append(k)
    return out


@pytest.mark.parametrize("text", _TEXTS)
def test_triggers_are_the_positions_of_the_word_sets(text: str) -> None:
    for sr in _sentence_rules(text):
        for ar, en in ((L.AR_MEET, L.EN_MEET), (L.AR_MEET, EMPTY), (EMPTY, L.EN_MEET),
                       (EMPTY, EMPTY)):
            got = sr.triggers(ar, en)
            assert isinstance(got, list)
            assert got == _expected(sr, ar, en)


def test_triggers_of_both_scripts_are_merged_in_order() -> None:
    (sr,) = _sentence_rules("التقى الوزير نظيره ثم met talks اجتمع")[:1]
    got = sr.triggers(L.AR_MEET, L.EN_MEET)
    assert got == sorted(got)
    assert {sr.toks[k].ar for k in got} == {True, False}
    assert got == _expected(sr, L.AR_MEET, L.EN_MEET)


def test_a_list_returned_before_a_new_word_set_stays_as_it_was() -> None:
    sr = _sentence_rules("He met Ali and then met Omar and talked.")[0]
    before = sr.triggers(EMPTY, L.EN_MEET)
    kept = list(before)
    new_set = frozenset({"talked", "s42_unused_word"})  # registered on first use: re-index
    assert sr.triggers(EMPTY, new_set) == _expected(sr, EMPTY, new_set)
    assert before == kept
    assert sr.triggers(EMPTY, L.EN_MEET) == kept


def test_no_hit_gives_an_empty_list() -> None:
    sr = _sentence_rules("No cue word here at all.")[0]
    assert sr.triggers(L.AR_MEET, L.EN_MEET) == []


def test_name_words_are_the_core_tokens_of_the_person_names() -> None:
    text = ("Druze leader Walid Jumblatt came with his son Taymour Jumblatt. "
            "Gen. Esmail Qaani met al-Kadhimi.")
    doc = doc_of(text, _EX.gaz)
    for si in range(len(doc.sents)):
        find_mentions(doc, si)
    first, words = _name_words(doc)
    exp_first: dict[str, set[str]] = {}
    exp_words: dict[str, set[str]] = {}
    for m in doc.ments:
        if m.etype != "Person" or m.kind != "name" or doc.toks[m.lo].ar:
            continue
        ct = core_tokens(text[m.start:m.end])
        for w in ct:
            exp_words.setdefault(w, set()).add(m.eid)
        if len(ct) >= 2:
            exp_first.setdefault(ct[0], set()).add(m.eid)
    assert first == exp_first
    assert words == exp_words
    assert "walid" in first and "taymour" in first


def test_lone_given_name_still_links_after_the_change() -> None:
    out = _EX.extract("Walid Jumblatt came with his son Taymour Jumblatt, who heads the "
                      "party. Taymour took over from his father as party chief.", lang="en")
    assert ("SUCCESSOR_OF", "person:taymour-jumblatt", "person:walid-jumblatt") in {
        (r["type"], r["source"], r["target"]) for r in out["relations"]}


def test_text_cut_after_lone_given_name() -> None:
    _EX.extract("Walid Jumblatt came with Taymour Jumblatt. Signed by Taymour", lang="en")
