"""Session 27, scorercost27: the bound of ``scorer_bound`` scores a pair's exact features as
packed integers and decides every class at once (``ScoreBound.pair_may_pass``), and reads a
sentence's cue tokens once (``SentScan``), only when a pair needs them. The decision never
drops a pair whose per-class bound (``pair_upper``) reaches its class's threshold, with the
shipped and with random weights, and the packed scores are never below the scorer's."""

import json
import random

import pytest

from loaders.extract import scorer_candidates
from loaders.extract.relation_scorer import WEIGHTS_FILE, RelationScorer
from loaders.extract.scored import ScoredExtractor
from loaders.extract.scorer_bound import ScoreBound
from loaders.extract.scorer_candidates import doc_candidates
from loaders.extract.scorer_features import SentScan
from loaders.extract.tokens import tokenize
from tests.unit.test_extract_scorerspeed26_s26 import _docs, _random_scorer


@pytest.fixture(autouse=True)
def _no_gates(monkeypatch):
    """The bound is checked on every pair: without the gates of ``scorer_gates`` (session
    27, scorergate27), which leave it fewer."""
    monkeypatch.setattr(scorer_candidates, "GATES", frozenset())


class _Both(ScoreBound):
    """A bound that keeps every pair and notes its decision and its per-class bound."""

    def __init__(self, scorer: RelationScorer):
        super().__init__(scorer)
        self.seen: list[tuple[bool, list[float] | None]] = []

    def pair_may_pass(self, sb, a, b, ments, roles, sib=(False, False), extra=None):
        self.seen.append((super().pair_may_pass(sb, a, b, ments, roles, sib, extra),
                          self.pair_upper(sb, a, b, ments, roles, sib, extra)))
        return True


def _decisions(scorer: RelationScorer) -> list[tuple[bool, list[float] | None]]:
    out = []
    for doc, rels, lang in _docs():
        rec = _Both(scorer)
        doc_candidates(doc, rels, lang, gate_bits=0b111, bound=rec)
        out += rec.seen
    return out


def test_all_classes_at_once_never_drops_a_pair_whose_bound_reaches_a_threshold():
    for i, scorer in enumerate((RelationScorer.load(), _random_scorer(1, 0.5, -3.0),
                                _random_scorer(5, 1.5, -1.0),
                                _random_scorer(4, 1.0, -3.0, tight=True))):
        zmin = ScoreBound(scorer).zmin
        got = _decisions(scorer)
        assert len(got) > 300
        kept = 0
        for passes, up in got:
            reaches = up is None or any(u >= z for u, z in zip(up, zmin, strict=True))
            if reaches:
                assert passes, up
            # (rounded up to 2**-24 per feature: at most a hair more is kept)
            elif passes:
                assert max(u - z for u, z in zip(up, zmin, strict=True)) > -1e-4
            kept += passes
        if i == 0:  # (the shipped weights drop most pairs)
            assert kept < len(got) // 4


def test_packed_scores_are_at_least_the_scorers_and_within_a_hair():
    scorer = RelationScorer.load()
    bound = ScoreBound(scorer)
    feats = sorted(scorer._vec)
    rng = random.Random(7)
    for _ in range(500):
        fs = rng.sample(feats, rng.randint(0, 60)) + ["not-a-feature"]
        for u, z in zip(bound.exact_scores(fs), scorer.scores(fs), strict=True):
            assert z - 1e-12 <= u <= z + 1e-4


def test_a_weight_file_with_large_weights_still_bounds_exactly():
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    data["classes"]["MET"]["weights"]["A<meet<B|T=Person|Person"] = 900.0
    scorer = RelationScorer(data)
    bound = ScoreBound(scorer)
    z = scorer.scores(["A<meet<B|T=Person|Person", "lang=en"])
    u = bound.exact_scores(["A<meet<B|T=Person|Person", "lang=en"])
    assert all(zz <= uu <= zz + 1e-4 for zz, uu in zip(z, u, strict=True))


def test_the_scan_reads_the_tokens_once_and_only_when_asked():
    toks = tokenize("Amiri met Maliki in Baghdad; Sadr stayed home while Hakim called.")
    scan = SentScan(toks, 0, len(toks))
    assert scan.cues is None  # (not read yet: a sentence whose pairs need no bound)
    assert scan.read() is scan and scan.read().cues is scan.cues
    assert [toks[k].text for k in scan.marks] == [";", "while"]
    assert {toks[k].text for k, _b, _w in scan.cues} >= {"met", "called"}


def test_the_scorer_still_adds_the_meeting_the_rules_miss_with_the_same_confidence():
    ex = ScoredExtractor()
    off = ScoredExtractor(gazetteer=ex.gaz, scorer=ex.scorer)
    off.use_bound = False
    for text, lang, method in (
            # ("toured": "arrived ..., and was received by Y" is the rules' own since
            # session 38, meeting_arrival_passive_en)
            ("Iran's President Masoud Pezeshkian toured Baghdad on Wednesday on his first "
             "foreign trip since taking office, and was received at the Government Palace by "
             "Prime Minister Mohammed Shia al-Sudani.", "en", "scorer"),
            ("وصل الرئيس الإيراني مسعود بزشكيان إلى بغداد يوم الأربعاء، واستقبله في القصر "
             "الحكومي رئيس الوزراء محمد شياع السوداني.", "ar", "rule")):
        got = sorted((r["type"], r["source"], r["target"], r["method"], r["confidence"])
                     for r in ex.extract(text, lang=lang)["relations"])
        met = [r for r in got if r[0] == "MET_WITH"]
        assert [r[1:3] for r in met] == [("person:masoud-pezeshkian",
                                          "person:mohammed-shia-al-sudani")]
        assert met[0][3].startswith(method)
        # (the bound only skips work: the same relations and confidences without it)
        assert got == sorted((r["type"], r["source"], r["target"], r["method"],
                              r["confidence"])
                             for r in off.extract(text, lang=lang)["relations"])
