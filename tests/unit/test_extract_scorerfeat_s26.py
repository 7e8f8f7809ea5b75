"""Session 26 scorer features that carry across writers: where the clauses of a sentence
split a candidate pair ("A held talks in Baghdad, while B visited Tehran": B is in another
clause than the meeting cue), the candidate, accusation and attendee cue classes, and a list
of two after the cue ("met A and B"). Our own sentences, both languages."""

from loaders.extract import get_extractor
from loaders.extract.rules import RuleExtractor
from loaders.extract.scorer_candidates import doc_candidates
from loaders.extract.scorer_clauses import clause_features

QAANI, SUD = "person:esmail-qaani", "person:mohammed-shia-al-sudani"


def _pair(text, ids=(QAANI, SUD)):
    """The features of the candidate pair of *ids* in *text* (rules' pairs included)."""
    got = []
    gaz = get_extractor("rules").gaz

    class Capture(RuleExtractor):
        def more_relations(self, doc, rels, lang):
            got.extend(c for _si, c in doc_candidates(doc, rels, lang, True))
            return rels

    Capture(gazetteer=gaz).extract(text)
    return next(set(c.feats) for c in got if {c.a.eid, c.b.eid} == set(ids))


def test_one_clause_holds_the_pair_and_the_cue():
    for text in ("Esmail Qaani met Mohammed Shia al-Sudani in Baghdad on Monday.",
                 "التقى إسماعيل قاآني محمد شياع السوداني في بغداد يوم الاثنين."):
        f = _pair(text)
        assert {"clM=0", "cl:meet:AB"} <= f, text


def test_a_clause_boundary_between_the_pair():
    for text in ("Esmail Qaani held talks in Baghdad, while Mohammed Shia al-Sudani "
                 "visited Tehran.",
                 "عقد إسماعيل قاآني مباحثات في بغداد، بينما زار محمد شياع السوداني طهران."):
        f = _pair(text)
        assert {"clM=1", "cl:meet:A", "CM:clause"} <= f, text
        assert "cl:meet:AB" not in f, text


def test_clause_features_count_boundaries_and_place_each_cue():
    # a: tokens 0-2, b: 8-10, boundaries at 4 and 6, a meeting cue at 3, a killing cue at 9
    f = clause_features([4, 6], 0, 2, 8, {"meet": [3], "kill": [11]})
    assert f == ["clM=2", "cl:meet:A", "cl:kill:B"]
    assert clause_features([], 0, 2, 8, {"meet": [5]}) == ["clM=0", "cl:meet:AB"]


def test_a_potential_successor_is_a_candidate_cue():
    for text in ("Esmail Qaani, a potential successor to Mohammed Shia al-Sudani, "
                 "arrived in Baghdad.",
                 "وصل إسماعيل قاآني، الخليفة المحتمل لمحمد شياع السوداني، إلى بغداد."):
        assert any(x.endswith(":cand") for x in _pair(text)), text


def test_an_accusation_and_an_attendee_are_cue_classes():
    acc = _pair("Esmail Qaani accused Mohammed Shia al-Sudani of the killing of the "
                "commander.")
    assert any(x.endswith(":accuse") for x in acc)
    att = _pair("Esmail Qaani held talks in Baghdad in the presence of Mohammed Shia "
                "al-Sudani.")
    assert "CM:attend" in att


def test_a_list_of_two_after_the_meeting_cue():
    f = _pair("Fuad Hussein met Esmail Qaani and Mohammed Shia al-Sudani in Baghdad.")
    assert "glue:en:meet<" in f
    f = _pair("Esmail Qaani and Mohammed Shia al-Sudani met in Baghdad on Monday.")
    assert "glue:en:meet>" in f


def test_only_words_of_a_cue_class_stand_in_the_windows(monkeypatch):
    # (the window words are off since session 28, scorer_pair.WINDOW_WORDS: switched on here)
    monkeypatch.setattr("loaders.extract.scorer_pair.WINDOW_WORDS", True)
    f = _pair("Esmail Qaani warmly met Mohammed Shia al-Sudani in Baghdad on Monday.")
    assert "M:met" in f
    assert not [x for x in f if x.startswith(("M:", "L:", "T:", "R:"))
                and x.split(":", 1)[1] in {"warmly", "monday", "on"}]
