"""Session 13 scorer changes: the article's main actor as a candidate partner of a sentence
naming one person ("He held talks with X"), the cue-verb subject feature, the gate on the
switched-on types' cue words, and nothing computed when every type is switched off. Our own
sentences, both languages."""

from loaders.extract import get_extractor
from loaders.extract.relation_scorer import RelationScorer
from loaders.extract.rules import RuleExtractor
from loaders.extract.scorer_candidates import doc_candidates

QAANI, SUD = "person:esmail-qaani", "person:mohammed-shia-al-sudani"
EN_ACTOR = ("Esmail Qaani arrived in Baghdad on Monday. Qaani is the commander of the Quds "
            "Force. He held talks with Mohammed Shia al-Sudani on the security situation.")
AR_ACTOR = ("وصل إسماعيل قاآني إلى بغداد يوم الاثنين. وقاآني هو قائد فيلق القدس. "
            "والتقى محمد شياع السوداني وبحث معه الوضع الأمني.")


def _cands(text, gate_bits=0b111):
    got = []
    gaz = get_extractor("rules").gaz

    class Capture(RuleExtractor):
        def more_relations(self, doc, rels, lang):
            got.extend(c for _si, c in doc_candidates(doc, rels, lang, True, gate_bits))
            return rels

    Capture(gazetteer=gaz).extract(text)
    return got


def test_main_actor_is_the_partner_of_a_lone_person_after_a_cue():
    for text in (EN_ACTOR, AR_ACTOR):
        actor = [c for c in _cands(text) if "actorPair" in c.feats]
        assert [(c.a.eid, c.b.eid) for c in actor] == [(QAANI, SUD)]


def test_no_actor_pair_when_the_actor_is_named_in_the_sentence_or_never_before():
    named = "Esmail Qaani held talks with Mohammed Shia al-Sudani in Baghdad on Monday."
    first = "He held talks with Mohammed Shia al-Sudani on the security situation."
    for text in (named, first):
        assert not [c for c in _cands(text) if "actorPair" in c.feats]


def test_subject_of_the_cue_verb():
    c = next(c for c in _cands("Esmail Qaani met Mohammed Shia al-Sudani in Baghdad.")
             if {c.a.eid, c.b.eid} == {QAANI, SUD})
    assert "subjA:meet" in c.feats and "objB:meet" in c.feats


def test_gate_follows_the_switched_on_types():
    text = "Esmail Qaani was appointed to succeed Mohammed Shia al-Sudani in Baghdad."
    assert _cands(text, gate_bits=0b111)
    assert not _cands(text, gate_bits=0b001)  # only MET_WITH on: no meeting cue, no pair


def test_every_type_switched_off_leaves_the_rules_output():
    sc = get_extractor("rules+scorer")
    data = {"classes": {c: {"bias": 0.0, "weights": {}} for c in sc.scorer.classes},
            "thresholds": {"MET_WITH": 1.01, "SUCCESSOR_OF": 1.01, "ASSASSINATED_BY": 1.01}}
    off = type(sc)(gazetteer=sc.gaz, scorer=RelationScorer(data))
    assert off.scorer.gate_bits == 0
    rules = RuleExtractor(gazetteer=sc.gaz)
    for text in (EN_ACTOR, AR_ACTOR):
        assert off.extract(text)["relations"] == rules.extract(text)["relations"]


def test_pairs_whose_both_mentions_the_rules_related_elsewhere_are_not_scored():
    text = ("Esmail Qaani met Mohammed Shia al-Sudani in Baghdad, and Abbas Araghchi met "
            "Fuad Hussein in Tehran.")
    gaz = get_extractor("rules").gaz
    got = {}

    class Capture(RuleExtractor):
        def more_relations(self, doc, rels, lang):
            got["rels"] = {frozenset((r.source, r.target)) for r in rels}
            got["train"] = [c for _si, c in doc_candidates(doc, rels, lang, True)]
            got["infer"] = [c for _si, c in doc_candidates(doc, rels, lang, False)]
            return rels

    Capture(gazetteer=gaz).extract(text)
    assert frozenset((QAANI, SUD)) in got["rels"]
    cross = {frozenset((SUD, "person:abbas-araghchi")), frozenset((QAANI, "person:fuad-hussein"))}
    assert cross <= {frozenset((c.a.eid, c.b.eid)) for c in got["train"]}
    assert not cross & {frozenset((c.a.eid, c.b.eid)) for c in got["infer"]}
