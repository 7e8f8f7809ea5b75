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
