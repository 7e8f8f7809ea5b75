"""Session 30, second round, bound2: stage 1 of the scorer's bound (``ScoreBound.may_pass``:
the cheap exact features plus the per-class constant of ``scorer_bound_rest``) is never
below a candidate's score, under the shipped and random weights, on every pair; with it the
candidates and the extractor's output are the same."""

import pytest

from loaders.extract import scorer_candidates
from loaders.extract.relation_scorer import RelationScorer
from loaders.extract.scored import ScoredExtractor
from loaders.extract.scorer_bound import ScoreBound
from loaders.extract.scorer_candidates import doc_candidates
from tests.unit.test_extract_scorerspeed26_s26 import _docs, _random_scorer


@pytest.fixture(autouse=True)
def _no_gates(monkeypatch):
    """Every pair reaches the bound (no gates of ``scorer_gates``)."""
    monkeypatch.setattr(scorer_candidates, "GATES", frozenset())


class _Stage1(ScoreBound):
    """A bound that keeps every pair and notes its stage-1 upper scores."""

    STAGE1 = False

    def __init__(self, scorer: RelationScorer):
        super().__init__(scorer)
        self.seen: dict[tuple, list[float]] = {}

    def may_pass(self, scan, ments, lang, a, b, roles, sib=(False, False), extra=None):
        part = self._sentence_people(ments)
        t = self._cheap_sum(*part, scan, a, b, ments, roles, extra, lang)
        rest = self._rest.rest(a.etype, b.etype, scan.bits, *sib)
        self.seen[(a.lo, a.hi, a.eid, b.lo, b.eid)] = [
            u + r for u, r in zip(self._unpack(t, 0.0), rest, strict=True)]
        return True


@pytest.mark.parametrize("scorer", [
    RelationScorer.load(), _random_scorer(1, 0.5, -3.0), _random_scorer(5, 1.5, -1.0),
    _random_scorer(4, 1.0, -3.0, tight=True)], ids=["shipped", "r1", "r5", "tight"])
def test_stage_one_is_never_below_a_candidates_score(scorer):
    n = 0
    for doc, rels, lang in _docs():
        rec = _Stage1(scorer)
        full = doc_candidates(doc, rels, lang, gate_bits=0b111)
        via = doc_candidates(doc, rels, lang, gate_bits=0b111, bound=rec)
        assert [(si, c.a.eid, c.b.eid, c.feats) for si, c in via] == \
            [(si, c.a.eid, c.b.eid, c.feats) for si, c in full]
        for _si, c in full:
            if any(f.startswith("attprev") for f in c.feats):
                continue  # (scorer_attendees' own pairs: never judged)
            up = rec.seen[(c.a.lo, c.a.hi, c.a.eid, c.b.lo, c.b.eid)]
            for u, z in zip(up, scorer.scores(c.feats), strict=True):
                assert u >= z - 1e-9, (u, z, c.feats)
            n += 1
    assert n > 300


@pytest.mark.parametrize("scorer", [_random_scorer(2, 0.3, -2.0), _random_scorer(3, 0.2, -4.0)])
def test_two_stages_keep_the_pairs_the_full_bound_keeps(scorer):
    kept = {True: [], False: []}
    for stage1 in (True, False):
        one = type("One", (ScoreBound,), {"STAGE1": stage1})(scorer)
        for doc, rels, lang in _docs():
            kept[stage1] += [(c.a.eid, c.b.eid, c.feats) for _si, c in
                             doc_candidates(doc, rels, lang, gate_bits=0b111, bound=one)]
    assert kept[True] == kept[False]


def test_the_scorer_still_adds_the_meeting_and_nothing_else_changes():
    ex = ScoredExtractor()
    text = ("Iran's President Masoud Pezeshkian arrived in Baghdad on Wednesday on his first "
            "foreign trip since taking office, and was received at the Government Palace by "
            "Prime Minister Mohammed Shia al-Sudani.")
    met = [(r["source"], r["target"], r["method"]) for r in ex.extract(text, lang="en")[
        "relations"] if r["type"] == "MET_WITH"]
    assert [m[:2] for m in met] == [("person:masoud-pezeshkian",
                                     "person:mohammed-shia-al-sudani")]
    assert met[0][2].startswith("scorer")
