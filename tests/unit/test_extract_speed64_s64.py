"""Session 64 (speed64): fewer instructions per article, the same output.

- ``known_names._known_names`` skips the gazetteer walk at a word where no known name can
  end and the next word continues none (``walk_gate.py``: the candidates' trie nodes list
  no name of one word, and the next token's article-less stem is no child of theirs; about
  a third of the walks): "President" before "said", «الرئيس» before a verb. Names of two
  words or more whose first word is no name alone still read ("Hadi al-Amiri", «هادي
  العامري»), as do names with "al"/"el" glued on ("Abu Mahdi Almuhandis") and Arabic
  names whose next word has the article or a clitic («أبو مهدي المهندس», «وأبو مهدي
  المهندس»). ``_gaz_walk`` reads the next word's key as ``stems[0][1]`` (no cached call).
- ``sentence_cues._range_cues`` looks the cue flags of a range's tokens up in C and reads
  only the tokens with a rare flag (negation, "was", a hypothetical) in Python: negated
  and hypothetical meetings, "ما زال / لا يزال" and "was (later) dismissed" read as before.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from loaders.extract.known_names import _gaz_walk
from loaders.extract.live_leads_ar import arabic_leads
from loaders.extract.mention_core import _units
from loaders.extract.mentions import Doc
from loaders.extract.tokens import tokenize_sentences
from loaders.extract.walk_gate import continuation_cache, continuations, may_continue
from loaders.textnorm import strip_article_ar
from tests.extract_support import met_sorted, sorted_pair

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import bench_extract as be  # noqa: E402

KADHIMI = "person:mustafa-al-kadhimi"
AMIRI = "person:hadi-al-amiri"
SALIH = "person:barham-salih"
KHAZALI = "person:qais-al-khazali"
MUHANDIS = "person:abu-mahdi-al-muhandis"
SOLEIMANI = "person:qasem-soleimani"
US = "country:united-states"


def _texts() -> list[str]:
    """Real text (the benchmark's pieces of the seed and corpus files) and synthetic
    articles of both languages."""
    rng = random.Random(7)
    return be.corpus_articles(30) + [be.make_article(rng) for _ in range(30)]


# --- the walk gate: a walk it skips finds nothing ------------------------------------------

def test_a_skipped_walk_never_finds_a_name(ex):
    gaz = ex.gaz
    trie = gaz.name_trie()
    known = continuation_cache(gaz)
    skipped = walked = 0
    for text in _texts():
        toks, sents = tokenize_sentences(text)
        arabic_leads(toks, sents)
        doc = Doc(text, toks, sents, gaz, {})
        for s in sents:
            units = _units(doc, s)
            for u, k in enumerate(units):
                cands = doc.gaz_start[k]
                if not cands:
                    continue
                kids = known.get(doc.texts[k])
                if kids is None:
                    kids = continuations(gaz, known, doc.texts[k], cands)
                if kids is False or (u + 1 < len(units) and kids and
                                     may_continue(kids, toks[units[u + 1]])):  # (as
                    # _known_names tests it)
                    walked += 1
                    continue
                skipped += 1
                assert _gaz_walk(doc, units, u, cands, trie) is None, (text, k, toks[k].text)
    assert skipped > 100 and walked > 100  # (both kinds met)


def test_the_first_stem_is_the_key_without_its_article():
    for text in _texts():
        toks, sents = tokenize_sentences(text)
        arabic_leads(toks, sents)  # (figures opening an Arabic line are read as Arabic)
        for t in toks:
            assert t.stems[0][1] == (strip_article_ar(t.key) if t.ar else t.key), t.text


def test_the_next_word_is_read_without_its_article_or_a_glued_al():
    toks, _sents = tokenize_sentences("Abu Mahdi Almuhandis والمهندس almost Alamo")
    assert may_continue({"muhandis"}, toks[2])  # "Almuhandis": al- glued on
    assert may_continue({"almuhandis"}, toks[2])
    assert not may_continue({"muhandis"}, toks[4])  # "almost": lower case
    assert not may_continue({"mo"}, toks[5])  # "Alamo": too short for a glued al-
    assert may_continue({strip_article_ar(toks[3].key)}, toks[3])  # «والمهندس»
    assert not may_continue({toks[3].key}, toks[3])  # (its key keeps the article)


# --- names whose first word is no name alone still read ------------------------------------

@pytest.mark.parametrize("text, lang, pair", [
    ("Iraqi Prime Minister Mustafa al-Kadhimi met Hadi al-Amiri in Baghdad on Monday.", "en",
     (KADHIMI, AMIRI)),
    ("Hadi al-Amiri, the head of the Badr Organization, met Prime Minister Mustafa "
     "al-Kadhimi.", "en", (KADHIMI, AMIRI)),
    ("التقى رئيس الوزراء مصطفى الكاظمي زعيم منظمة بدر هادي العامري في بغداد.", "ar",
     (KADHIMI, AMIRI)),
    ("واجتمع رئيس الجمهورية برهم صالح مع هادي العامري.", "ar", (SALIH, AMIRI)),
    ("President Barham Saleh met Qais al-Khazali on Sunday.", "en", (SALIH, KHAZALI)),
])
def test_names_of_several_words_still_meet(shipped, text, lang, pair):
    assert sorted_pair(*pair) in met_sorted(shipped, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Qassem Soleimani was killed alongside Abu Mahdi Almuhandis in a U.S. strike.", "en"),
    ("The United States killed Qasem Soleimani and Abu Mahdi al-Muhandis near Baghdad "
     "airport.", "en"),
    ("اغتالت الولايات المتحدة قاسم سليماني وأبو مهدي المهندس قرب مطار بغداد.", "ar"),
    ("اغتالت الولايات المتحدة الجنرال قاسم سليماني ونائب رئيس هيئة الحشد الشعبي أبو مهدي "
     "المهندس بغارة جوية قرب مطار بغداد الدولي.", "ar"),
])
def test_a_name_with_the_article_glued_or_on_its_next_word_still_reads(ex, text, lang):
    got = {(r["type"], r["source"], r["target"])
           for r in ex.extract(text, lang=lang)["relations"]}
    assert ("ASSASSINATED_BY", MUHANDIS, US) in got
    assert ("ASSASSINATED_BY", SOLEIMANI, US) in got


# --- the cue flags of a range: negation, "still", "was dismissed" ---------------------------

@pytest.mark.parametrize("text, lang", [
    ("Iraqi President Barham Saleh did not meet Qais al-Khazali on Sunday.", "en"),
    ("Iraqi President Barham Saleh never met Qais al-Khazali.", "en"),
    ("ولم يلتق رئيس الجمهورية برهم صالح بقيس الخزعلي.", "ar"),
    ("لم يجتمع الرئيس برهم صالح مع قيس الخزعلي أمس.", "ar"),
])
def test_a_negated_meeting_is_still_no_meeting(shipped, text, lang):
    assert sorted_pair(SALIH, KHAZALI) not in met_sorted(shipped, text, lang)


@pytest.mark.parametrize("text", [
    "لا يزال رئيس الجمهورية برهم صالح يلتقي قيس الخزعلي.",
    "ما زال الرئيس برهم صالح يلتقي قيس الخزعلي كل أسبوع.",
])
def test_still_is_no_negation(ex, text):
    assert sorted_pair(SALIH, KHAZALI) in met_sorted(ex, text, "ar")


@pytest.mark.parametrize("text", [
    "Defense Minister Juma Inad was later dismissed and replaced by Thabet al-Abbasi.",
    "Defense Minister Juma Inad was dismissed and replaced by Thabet al-Abbasi.",
])
def test_was_dismissed_is_a_removal_not_a_denial(ex, text):
    got = {(r["type"], r["source"], r["target"]) for r in ex.extract(text, lang="en")["relations"]}
    assert ("SUCCESSOR_OF", "person:thabet-al-abbasi", "person:juma-inad") in got

