"""Tokens and trigger lookup of the extractor: the cached fast paths give the same answers as
the plain definitions (whole-text regex scan; forms of every token)."""

from loaders.extract.mentions import Doc, find_mentions
from loaders.extract.relations import SentenceRules
from loaders.extract.rule_common import forms
from loaders.extract.rules import RuleExtractor
from loaders.extract.tokens import _TOKEN_RE, split_sentences, tokenize
from loaders.textnorm import detect_lang

TRICKY = (
    "U.S.\u00a0officials said\u2028Qaani\tmet al-Kadhimi's aide;\u3000\u200bالتقى قاآني "
    "بالكاظمي\x1cفي بغداد. " + "x" * 70 + "-" + "ب" * 70 + "\r\n\u2019s 'quoted' \u064b"
)


def test_tokens_equal_a_whole_text_scan_with_offsets_into_the_text():
    toks = tokenize(TRICKY)
    expected = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(TRICKY)]
    assert [(t.start, t.end, t.text) for t in toks] == expected
    assert [t.i for t in toks] == list(range(len(toks)))
    assert all(TRICKY[t.start:t.end] == t.text for t in toks)
    # the same word at another offset gets its own offsets (the word analysis is cached)
    again = tokenize("  " + TRICKY)
    assert [t.start for t in again] == [t.start + 2 for t in toks]


def test_trigger_positions_match_token_forms_also_for_a_word_set_used_for_the_first_time():
    ex = RuleExtractor()
    text = "Rockets hit the Green Zone and rockets hit the embassy, officials said."
    toks = tokenize(text)
    doc = Doc(text, toks, split_sentences(text, toks), ex.gaz)
    find_mentions(doc, 0)
    rules = SentenceRules(doc, 0)
    new_set = frozenset({"rockets", "hit"})
    expected = [k for k, t in enumerate(toks) if not t.punct and forms(t) & new_set]
    assert rules.triggers(frozenset(), new_set) == expected
    assert len(expected) == 4
    assert rules.triggers(frozenset({"rockets"}), frozenset()) == []  # no Arabic token


def test_language_detection_counts_letters():
    assert detect_lang("التقى قاآني بالكاظمي in Baghdad") == "ar"
    assert detect_lang("Qaani met al-Kadhimi في بغداد") == "en"
    assert detect_lang("12345 ... !!!") == "en"
