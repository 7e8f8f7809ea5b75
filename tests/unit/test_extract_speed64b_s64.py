"""Session 64 (speed64b): fewer Python calls per article, the same output.

- ``SentenceBase.with_forms(words, lo, hi)``: the positions of a range whose token forms meet
  a cue set, read from the forms cache in one call (no ``f()`` call per token). The scans
  of ``meeting_dual_later_ar`` («التقيا» after an opening pair), ``meeting_dual_ref_verb_ar``,
  ``meeting_counterpart_side._record_hosts_ar`` («نظيره») and
  ``meeting_future_adjunct_ar._planned_visit_around`` («خلال زيارته المرتقبة») use it.
- ``title_phrase_en.title_phrase_en`` reads ``toks[y].key`` (every token it reads is in the
  sentence) instead of ``key()`` calls.
- ``known_names._gaz_walk``: the ambiguous one-word path (common Arabic words that are also
  guarded names: «على», «لا», «وكان») calls ``_ruled_country`` / ``_org_cue_before`` only
  after a ruler word / an organisation cue, and ``state_named_otherwise`` /
  ``body_state_named`` only for a country's / an organisation's id (their own first tests).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from loaders.extract import lexicon as L
from loaders.extract.mentions import Doc, find_mentions
from loaders.extract.relations import SentenceRules
from loaders.extract.tokens import split_sentences, tokenize
from tests.extract_support import met_sorted, sorted_pair

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import bench_extract as be  # noqa: E402

KADHIMI = "person:mustafa-al-kadhimi"
AMIRI = "person:hadi-al-amiri"
SALIH = "person:barham-salih"
KHAZALI = "person:qais-al-khazali"
FUAD = "person:fuad-hussein"

_CUE_SETS = [L.AR_MEET, L.EN_MEET, L.AR_VISIT, L.EN_VISIT, L.AR_MEET | L.EN_MEET,
             frozenset(), frozenset({"the", "في"})]


def _sentences(ex) -> list[SentenceRules]:
    rng = random.Random(11)
    out = []
    for text in be.corpus_articles(12) + [be.make_article(rng) for _ in range(12)]:
        toks = tokenize(text)
        doc = Doc(text, toks, split_sentences(text, toks), ex.gaz)
        for si in range(len(doc.sents)):
            find_mentions(doc, si)
            out.append(SentenceRules(doc, si))
    return out


def test_with_forms_is_the_scan_with_f(ex):
    """The positions are those a loop with ``f()`` finds, ranges past either end included."""
    checked = 0
    for sr in _sentences(ex):
        n = len(sr.toks)
        for words in _CUE_SETS:
            for lo, hi in ((sr.lo, sr.hi), (sr.lo + 2, sr.hi - 1), (sr.lo - 3, sr.hi + 3),
                           (-5, n + 5), (sr.hi, sr.lo)):
                want = [k for k in range(max(lo, 0), min(hi, n)) if sr.f(k) & words]
                assert sr.with_forms(words, lo, hi) == want
                checked += 1
    assert checked > 1000


@pytest.mark.parametrize("text, words, found", [
    ("ثم التقى الوزير نظيره واجتمع معه.", L.AR_MEET, ["التقى", "واجتمع"]),
    ("The minister met his counterpart and held talks with him.", L.EN_MEET, ["met", "talks"]),
    ("The minister spoke to reporters.", L.EN_MEET, []),
])
def test_with_forms_finds_the_cue_words(ex, text, words, found):
    toks = tokenize(text)
    doc = Doc(text, toks, split_sentences(text, toks), ex.gaz)
    find_mentions(doc, 0)
    sr = SentenceRules(doc, 0)
    assert [toks[k].text for k in sr.with_forms(words, sr.lo, sr.hi)] == found


# --- the rules that scan with it read as before ---------------------------------------------

@pytest.mark.parametrize("text, pairs", [
    ("وكان برهم صالح وهادي العامري قد زارا القاهرة، والتقيا مصطفى الكاظمي.",
     {(SALIH, AMIRI), (SALIH, KADHIMI), (AMIRI, KADHIMI)}),
    ("ووصل برهم صالح وقيس الخزعلي إلى أنقرة أمس، والتقيا مصطفى الكاظمي.",
     {(SALIH, KHAZALI), (SALIH, KADHIMI), (KHAZALI, KADHIMI)}),
])
def test_a_pair_that_met_later_in_the_sentence(shipped, text, pairs):
    assert met_sorted(shipped, text, "ar") == {sorted_pair(*p) for p in pairs}


@pytest.mark.parametrize("text", [
    "وكان برهم صالح وهادي العامري قد زارا القاهرة، ولم يلتقيا مصطفى الكاظمي.",
    "ويبحث مصطفى الكاظمي خلال زيارته المرتقبة مع برهم صالح ملف المياه.",
    "يلتقي مصطفى الكاظمي في زيارته المقبلة هادي العامري.",
])
def test_negated_and_planned_meetings_stay_unmet(shipped, text):
    assert met_sorted(shipped, text, "ar") == set()


def test_a_meeting_during_a_visit_held_is_met(shipped):
    text = "بحث مصطفى الكاظمي مع برهم صالح خلال زيارته إلى بغداد ملف المياه."
    assert met_sorted(shipped, text, "ar") == {sorted_pair(KADHIMI, SALIH)}


def test_a_title_phrase_in_a_list_keeps_its_member(shipped):
    text = ("Mustafa al-Kadhimi met Barham Salih, Hadi al-Amiri and Minister of Foreign "
            "Affairs Fuad Hussein on Monday.")
    assert met_sorted(shipped, text, "en") == {
        sorted_pair(KADHIMI, SALIH), sorted_pair(KADHIMI, AMIRI), sorted_pair(KADHIMI, FUAD)}


@pytest.mark.parametrize("text", [
    "التقى مصطفى الكاظمي على هامش القمة برهم صالح.",
    "وقال علي إن الكاظمي التقى على هامش القمة برهم صالح.",
])
def test_the_preposition_ala_names_nobody(shipped, text):
    assert met_sorted(shipped, text, "ar") == {sorted_pair(KADHIMI, SALIH)}
