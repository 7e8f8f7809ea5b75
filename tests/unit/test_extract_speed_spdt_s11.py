"""Session 11 speed steps (tokenizer, leadership rules): the fast paths give the answers of
the plain ones, and their caches stay bounded."""

from __future__ import annotations

from loaders.extract import part_of_rules
from loaders.extract.part_of_rules import AR_FACTIONS, faction_words
from loaders.extract.rule_common import forms
from loaders.extract.rules import RuleExtractor
from loaders.extract.tokens import _scan_chunk, tokenize, tokenize_sentences

_TEXTS = [
    "كتائب حزب الله أحد فصائل الحشد الشعبي، وقالت الفصائل إن الحشد سيرد.",
    "وقال قائد إحدى فصائل الحشد إن كتائب سيد الشهداء من أبرز فصائل المقاومة.",
    "Kataib Hezbollah is one of the factions of the Popular Mobilization Forces.",
    "فصائل",
]


def _plain_faction_words(toks, lo: int, hi: int) -> list[int]:
    """The per-token scan the fast path replaced."""
    return [k for k in range(lo, hi) if toks[k].ar and not forms(toks[k]).isdisjoint(
        AR_FACTIONS)]


def test_faction_words_match_the_plain_scan_cold_and_warm() -> None:
    for text in _TEXTS:
        toks = tokenize(text)
        texts = [t.text for t in toks]
        for lo, hi in ((0, len(toks)), (1, len(toks)), (0, max(1, len(toks) - 2))):
            part_of_rules.IS_FACTION.clear()
            cold = faction_words(toks, texts, lo, hi)
            warm = faction_words(toks, texts, lo, hi)
            assert cold == warm == _plain_faction_words(toks, lo, hi)
    toks = tokenize(_TEXTS[0])
    assert faction_words(toks, [t.text for t in toks], 0, len(toks))  # "فصائل" found


def test_faction_cache_is_bounded() -> None:
    part_of_rules.IS_FACTION.clear()
    part_of_rules.IS_FACTION.update((f"w{i}", False) for i in range(199_999))
    toks = tokenize("فصائل المقاومة")
    assert faction_words(toks, [t.text for t in toks], 0, len(toks)) == [0]
    assert len(part_of_rules.IS_FACTION) <= 200_000
    part_of_rules.IS_FACTION.clear()


def test_part_of_across_faction_phrase_both_languages() -> None:
    ex = RuleExtractor()
    for text in ("كتائب حزب الله أحد فصائل الحشد الشعبي.",
                 "Kataib Hezbollah is part of the Popular Mobilization Forces."):
        rels = {(r["type"], r["source"], r["target"]) for r in ex.extract(text)["relations"]}
        part = [r for r in rels if r[0] == "PART_OF"]
        assert part, text
        assert all("kataib" in src or "hezbollah" in src for _t, src, _g in part), part


def test_scan_chunk_newlines() -> None:
    # a piece without a newline: no sentence end unless a final mark
    parts, ends, nls, _step = _scan_chunk("Baghdad,")
    assert [p[2] for p in parts] == ["Baghdad", ","] and ends == () and nls == ()
    parts, ends, nls, _step = _scan_chunk("said.\nIraq")
    assert [p[2] for p in parts] == ["said", ".", "Iraq"] and ends == (1,) and nls == (1,)
    parts, ends, nls, step = _scan_chunk("\nIraq")  # a newline before the first token
    assert ends == (-1,) and nls == (-1,)


def test_sentences_split_at_newlines_without_final_mark() -> None:
    toks, sents = tokenize_sentences("Soleimani was killed\nQaani succeeded him. He met Sadr")
    assert [" ".join(t.text for t in toks[s.lo:s.hi]) for s in sents] == [
        "Soleimani was killed", "Qaani succeeded him .", "He met Sadr"]


def _sentence_starts(text: str, rtype: str) -> set[int]:
    rels = RuleExtractor().extract(text)["relations"]
    return {r["evidence"]["start"] for r in rels if r["type"] == rtype}


def test_sentence_without_mentions_referring_back_to_a_pair() -> None:
    # "The two men ..." after a sentence naming both: the second sentence's rules run
    first = "Qasem Soleimani met Abu Mahdi al-Muhandis in Baghdad. "
    assert _sentence_starts(first + "The two men discussed the situation.",
                            "MET_WITH") == {0, len(first)}
    # without a word referring back to the pair, a sentence without mentions relates nothing
    assert _sentence_starts(first + "The men discussed the situation.", "MET_WITH") == {0}
    ar = "التقى قاسم سليماني أبو مهدي المهندس في بغداد. وبحث القائدان الوضع في المنطقة."
    assert 0 in _sentence_starts(ar, "MET_WITH")
