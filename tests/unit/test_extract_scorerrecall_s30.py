"""Session 30, scorerrecall: the scorer's candidates for attendees named in a sentence after
the meeting (``scorer_attendees``): the attendee with each participant of the meeting the
rules found just before. On by default since the session 30 merge (``$SCORER_ATTENDEES=0`` switches them off);
the tests switch them per case. Our own sentences, both languages."""

from loaders.extract import get_extractor, scorer_attendees, scorer_candidates
from loaders.extract.relation_scorer import RelationScorer
from loaders.extract.rules import RuleExtractor
from loaders.extract.scorer_bound import ScoreBound
from loaders.extract.scorer_candidates import doc_candidates

SUD, ERD = "person:mohammed-shia-al-sudani", "person:recep-tayyip-erdogan"
FIDAN = "person:hakan-fidan"


def _cands(text, on, monkeypatch):
    monkeypatch.setattr(scorer_candidates, "ATTENDEES", on)
    got = []

    class Capture(RuleExtractor):
        def more_relations(self, doc, rels, lang):
            got.extend((si, c) for si, c in doc_candidates(doc, rels, lang, True))
            return rels

    Capture(gazetteer=get_extractor("rules").gaz).extract(text)
    return got


def _attendee_pairs(text, monkeypatch, on=True):
    return {(si, c.a.eid, c.b.eid) for si, c in _cands(text, on, monkeypatch)
            if "attprev" in c.feats}


EN = ("Iraqi Prime Minister Mohammed Shia al-Sudani met Turkish President Recep Tayyip "
      "Erdogan in Baghdad on Monday. The talks were attended by Turkish Foreign Minister "
      "Hakan Fidan.")
AR = ("التقى رئيس الوزراء العراقي محمد شياع السوداني الرئيس التركي رجب طيب أردوغان في "
      "بغداد يوم الاثنين. وحضر اللقاء وزير الخارجية التركي هاكان فيدان.")


def test_on_by_default():
    assert scorer_attendees.ON is True and scorer_candidates.ATTENDEES is True


def test_no_attendee_candidates_unless_switched_on(monkeypatch):
    assert _attendee_pairs(EN, monkeypatch, on=False) == set()


def test_english_attendee_pairs_with_both_sides_of_the_meeting_before(monkeypatch):
    assert _attendee_pairs(EN, monkeypatch) == {(1, SUD, FIDAN), (1, ERD, FIDAN)}


def test_arabic_attendee_pairs_with_both_sides_of_the_meeting_before(monkeypatch):
    assert _attendee_pairs(AR, monkeypatch) == {(1, SUD, FIDAN), (1, ERD, FIDAN)}


def test_attendee_features_name_the_kind_and_the_gap(monkeypatch):
    got = [c for _si, c in _cands(EN, True, monkeypatch) if "attprev" in c.feats]
    assert got
    for c in got:
        assert "attprev:gap=1" in c.feats and "attprev:near" in c.feats
        assert "K=prior|name" in c.feats and c.a.lo == c.a.hi  # the participant: empty


def test_no_attendee_pair_without_an_attendance_word(monkeypatch):
    text = ("Iraqi Prime Minister Mohammed Shia al-Sudani met Turkish President Recep Tayyip "
            "Erdogan in Baghdad on Monday. Turkish Foreign Minister Hakan Fidan praised the "
            "talks.")
    assert _attendee_pairs(text, monkeypatch) == set()


def test_no_attendee_pair_when_no_meeting_was_told_before(monkeypatch):
    text = ("Turkish President Recep Tayyip Erdogan arrived in Baghdad on Monday. The "
            "ceremony was attended by Turkish Foreign Minister Hakan Fidan.")
    assert _attendee_pairs(text, monkeypatch) == set()


def test_owner_of_an_attendees_title_is_no_attendee(monkeypatch):
    text = ("Iraqi Prime Minister Mohammed Shia al-Sudani met Turkish President Recep Tayyip "
            "Erdogan in Baghdad on Monday. U.S. President Donald Trump's envoy Steve Witkoff "
            "also attended the talks.")
    got = _attendee_pairs(text, monkeypatch)
    assert got and {b for _si, _a, b in got} == {"person:steve-witkoff"}


def test_bound_scores_the_attendee_features_as_exact():
    """Weights on the attendee features do not loosen the bound of the other pairs."""
    scorer = RelationScorer.load()
    base = ScoreBound(scorer).always
    data = {"classes": {c: {"bias": b, "weights": {**w, "attprev": 5.0, "attprev:near": 3.0}}
                        for c, (b, w) in scorer.classes.items()},
            "thresholds": scorer.thresholds}
    assert ScoreBound(RelationScorer(data)).always == base
