"""Session 26, scorercand: the scorer's candidates whose one side the sentence refers to
without naming (``scorer_context``: a pronoun, the subject an Arabic verb carries, the victim
of a killing told before). Off by default (they did not pay on the held-out newest writers);
switched on here one kind at a time, as ``SCORER_CONTEXT_KINDS`` does for training. Our own
sentences, both languages."""

import pytest

from loaders.extract import get_extractor, scorer_candidates, scorer_context
from loaders.extract.rules import RuleExtractor
from loaders.extract.scorer_candidates import doc_candidates

QAANI, SUD = "person:esmail-qaani", "person:mohammed-shia-al-sudani"
AMIRI = "person:hadi-al-amiri"
SAIDI, US_FORCES = "person:mushtaq-taleb-al-saidi", "organization:us-armed-forces"


def _cands(text, kinds, monkeypatch):
    monkeypatch.setattr(scorer_context, "KINDS", frozenset(kinds))
    monkeypatch.setattr(scorer_candidates, "KINDS", frozenset(kinds))
    got = []

    class Capture(RuleExtractor):
        def more_relations(self, doc, rels, lang):
            got.extend((doc, c) for _si, c in doc_candidates(doc, rels, lang, True))
            return rels

    Capture(gazetteer=get_extractor("rules").gaz).extract(text)
    return got


def _kind(c):
    return next((x[5:] for x in c.feats if x.startswith("cand:")), None)


def test_off_by_default(monkeypatch):
    assert scorer_context.KINDS == frozenset()
    text = ("Esmail Qaani arrived in Baghdad on Monday. Later that day he held talks with "
            "Mohammed Shia al-Sudani and Hadi al-Amiri.")
    got = _cands(text, scorer_context.KINDS, monkeypatch)
    assert got and not [c for _d, c in got if _kind(c)]


def _partners_of_qaani(text, kind, monkeypatch):
    """The *kind* candidates of *text*, checked to pair Qaani with Sudani and Amiri; the
    first one and its article."""
    got = [(d, c) for d, c in _cands(text, {kind}, monkeypatch) if _kind(c) == kind]
    assert [(c.a.eid, c.b.eid) for _d, c in got] == [(QAANI, SUD), (QAANI, AMIRI)]
    return got[0]


def test_pronoun_stands_for_the_previous_subject_where_the_text_has_it(monkeypatch):
    doc, c = _partners_of_qaani(
        "Esmail Qaani arrived in Baghdad on Monday. Later that day he held talks with "
        "Mohammed Shia al-Sudani and Hadi al-Amiri.", "pron", monkeypatch)
    assert doc.text[c.a.start:c.a.end] == "he"
    assert "subjA:meet" in c.feats and "K=pron|name" in c.feats


def test_pronoun_after_a_person_named_in_the_sentence_is_not_a_reference(monkeypatch):
    text = ("Hadi al-Amiri spoke to reporters on Sunday. Esmail Qaani arrived in Baghdad, "
            "where he held talks with Mohammed Shia al-Sudani.")
    assert not [c for _d, c in _cands(text, {"pron", "drop", "prev"}, monkeypatch)
                if _kind(c)]


def test_arabic_verb_carries_the_previous_subject(monkeypatch):
    doc, c = _partners_of_qaani(
        "وصل إسماعيل قاآني إلى بغداد يوم الاثنين. "
        "والتقى محمد شياع السوداني وهادي العامري في القصر الحكومي.", "drop", monkeypatch)
    assert c.a.lo == c.a.hi and doc.toks[c.a.lo - 1].text == "والتقى"
    assert "subjA:meet" in c.feats


@pytest.mark.parametrize("kinds", [{"pron"}, {"drop"}, {"victim"}])
def test_a_kind_switched_off_makes_no_candidate_of_its_own(kinds, monkeypatch):
    text = ("وصل إسماعيل قاآني إلى بغداد يوم الاثنين. "
            "والتقى محمد شياع السوداني في القصر الحكومي.")
    assert {_kind(c) for _d, c in _cands(text, kinds, monkeypatch)} <= kinds | {None}


def test_victim_of_a_killing_told_before_pairs_with_the_agent(monkeypatch):
    text = ("Abu Taqwa al-Saidi was killed in a drone strike in Baghdad on Thursday. "
            "A U.S. official said U.S. forces had carried out the strike.")
    got = [c for _d, c in _cands(text, {"victim"}, monkeypatch) if _kind(c) == "victim"]
    assert (SAIDI, US_FORCES) in {(c.a.eid, c.b.eid) for c in got}
    # a sentence naming no person is read only for the victim of a killing
    assert not [c for _d, c in _cands(text, {"pron", "drop", "prev"}, monkeypatch)
                if US_FORCES in (c.a.eid, c.b.eid)]
