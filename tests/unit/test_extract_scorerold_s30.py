"""Session 30, scorerold: the benches score only the pairs the scorer sees at inference.

``sentence_candidates`` leaves out at inference a pair both of whose mentions the rules
related by a core type to someone else in the sentence ("Sadr sat down with Amiri, Maliki
and Khazali": not Amiri - Maliki); the benches collect every pair for training and scored
these too, counting relations ``rules+scorer`` never gives (on the older-era writers held
out, 17 of the 47 wrong ones it added). ``skipped_at_inference`` reads that condition from a
candidate's features: the pairs it keeps are exactly those of inference (both languages).
"""

import pytest

from loaders.extract.scorer_candidates import doc_candidates, skipped_at_inference
from tests.extract_support import scorer_inputs

LIST_EN = ("Sadr sat down with Hadi al-Amiri, former prime minister Nouri al-Maliki and Asaib "
           "Ahl al-Haq leader Qais al-Khazali in Baghdad on Sunday.")
LIST_AR = ("والتقى علي لاريجاني في بغداد رئيس هيئة الحشد الشعبي فالح الفياض ورئيس تحالف الفتح "
           "هادي العامري.")
TWO_MEETINGS_EN = ("Turkish President Tayyip Erdogan received Ismail Haniyeh in Istanbul, and "
                   "Foreign Minister Hakan Fidan met Khalil al-Hayya in Doha days earlier.")


def _keys(cands) -> set[tuple[int, frozenset]]:
    return {(si, frozenset((c.a.eid, c.b.eid))) for si, c in cands}


@pytest.mark.parametrize(("text", "lang"), [(LIST_EN, "en"), (LIST_AR, "ar"),
                                            (TWO_MEETINGS_EN, "en")])
def test_the_benches_keep_exactly_the_pairs_of_inference(text, lang):
    doc, rels, lang = scorer_inputs([(text, lang)])[0]
    related = {frozenset((r.source, r.target)) for r in rels
               if r.type in ("MET_WITH", "SUCCESSOR_OF", "ASSASSINATED_BY")}
    every = doc_candidates(doc, rels, lang, include_related=True)
    kept = [(si, c) for si, c in every if frozenset((c.a.eid, c.b.eid)) not in related
            and not skipped_at_inference(c.feats)]
    assert _keys(kept) == _keys(doc_candidates(doc, rels, lang))
    assert len(kept) < len([1 for _si, c in every
                            if frozenset((c.a.eid, c.b.eid)) not in related])  # some left out


@pytest.mark.parametrize(("text", "lang", "pair"), [
    (LIST_EN, "en", ("person:hadi-al-amiri", "person:nouri-al-maliki")),
    (LIST_AR, "ar", ("person:falih-al-fayyadh", "person:hadi-al-amiri")),
])
def test_two_partners_of_a_plain_list_are_not_scored(text, lang, pair):
    doc, rels, lang = scorer_inputs([(text, lang)])[0]
    assert frozenset(pair) in {frozenset((c.a.eid, c.b.eid)) for _si, c in
                               doc_candidates(doc, rels, lang, include_related=True)
                               if skipped_at_inference(c.feats)}
    assert frozenset(pair) not in {frozenset((c.a.eid, c.b.eid)) for _si, c in
                                   doc_candidates(doc, rels, lang)}


# The veto "desc" (scored.py, scorer_gates.described_ar): in Arabic the scorer gives nothing
# to a pair with a description the extractor resolved to a person ("الأمين العام" -> Qassem);
# in English it still scores it. Held out, such Arabic pairs were wrong 10 times in 12 (the
# description resolved to someone else); here the resolution is right, and the relation is
# lost: the veto is blunt on purpose, and the test shows what it does either way.
DESC_AR = ("زار الأمين العام لحزب الله نعيم قاسم طهران. وكان الأمين العام قد التقى في بيروت "
           "وزير الخارجية الإيراني عباس عراقجي، وحضر اللقاء السفير مجتبى أماني.")
DESC_EN = ("Hezbollah Secretary-General Naim Qassem visited Tehran on Monday. The Hezbollah "
           "leader had met Iranian Foreign Minister Abbas Araghchi in Beirut, with ambassador "
           "Mojtaba Amani also in the room.")  # (not "with ... attending": a rule since meet30)
DESC_PAIR = frozenset(("person:naim-qassem", "person:mojtaba-amani"))


def _scorer_pairs(text: str, lang: str, gates: frozenset, monkeypatch) -> set[frozenset]:
    """The MET_WITH pairs the scorer adds at a threshold every candidate passes."""
    from loaders.extract import scored
    from loaders.extract.base import get_extractor
    from loaders.extract.relation_scorer import RelationScorer

    shipped = RelationScorer.load()
    low = RelationScorer({"classes": {c: {"bias": b, "weights": w}
                                      for c, (b, w) in shipped.classes.items()},
                          "thresholds": {**shipped.thresholds, "MET_WITH": 0.0001}})
    monkeypatch.setattr(scored, "GATES", gates)
    ex = scored.ScoredExtractor(gazetteer=get_extractor("rules").gaz, scorer=low)
    out = ex.extract(text, lang=lang)
    return {frozenset((r["source"], r["target"])) for r in out["relations"]
            if r["type"] == "MET_WITH" and r.get("method") == "scorer"}


def test_an_arabic_description_gets_nothing_from_the_scorer(monkeypatch):
    from loaders.extract.scorer_gates import GATES

    assert "desc" in GATES  # on by default
    assert DESC_PAIR in _scorer_pairs(DESC_AR, "ar", GATES - {"desc"}, monkeypatch)
    assert DESC_PAIR not in _scorer_pairs(DESC_AR, "ar", GATES, monkeypatch)


def test_an_english_description_is_still_scored(monkeypatch):
    from loaders.extract.scorer_gates import GATES

    assert DESC_PAIR in _scorer_pairs(DESC_EN, "en", GATES, monkeypatch)
