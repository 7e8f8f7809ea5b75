"""Mention finding, session 11 speed work: the steps that used to scan every token of a
sentence now read the article's per-bit position lists (``mention_core._positions``); the
positions equal the plain definitions, and the mentions those steps find are unchanged."""

from functools import lru_cache

from loaders.extract import arabic_names as AN
from loaders.extract import bodies_ar as B
from loaders.extract import given_names as GN
from loaders.extract import person_names as PN
from loaders.extract.mention_base import (
    _B_AR_AKA,
    _B_AR_GIVEN,
    _B_AR_HEAD,
    _B_AR_ORG_HEAD,
    _B_EN_BARE_VERB,
    _org_head,
    _positions,
    _positions_in,
)
from loaders.extract.mentions import Doc
from loaders.extract.rules import RuleExtractor
from tests.extract_support import doc_of, named_surfaces

AR = ("التقى عباس عراقجي، المعروف بأبي حسن العراقي، وفدا من حركة النجباء وكتائب سيد الشهداء "
      "في قاعدة حرير ومطار أربيل الدولي، وقالت وكالة تسنيم إن الصحيفة ذاتها نقلت ذلك.")
EN = ("Araghchi met Pakpour in Tehran; Nilforoushan succeeded Pakpour, and the agency "
      "received Hadi al-Amiri, who welcomed Sepah News.")


@lru_cache(maxsize=1)
def _extractor() -> RuleExtractor:
    return RuleExtractor()


def _doc(text: str) -> Doc:
    return doc_of(text, _extractor().gaz)


def _named(text: str) -> dict[str, list[str]]:
    """Entity id -> the surfaces that name it in *text*."""
    return named_surfaces(text, _extractor().extract(text))


def test_bit_positions_equal_the_plain_definitions_per_token():
    for text in (AR, EN, AR + " " + EN):
        doc = _doc(text)
        toks = doc.toks
        n = len(toks)
        heads = [k for k, t in enumerate(toks)
                 if t.ar and not t.punct and t.stems and t.stems[0][1] in B.ALL_AR_HEADS]
        org_heads = [k for k, t in enumerate(toks) if t.ar and _org_head(t.stems) is not None]
        aka = [k for k, t in enumerate(toks) if t.ar and t.key in AN._AR_AKA]
        verbs = [k for k, t in enumerate(toks) if not t.ar and t.key in PN._EN_BARE_NAME_VERBS]
        given = [k for k, t in enumerate(toks) if t.ar and any(
            st in GN.ALL or st in AN._AR_KUNYA_WORDS for _o, st in t.stems)]
        assert _positions(doc, 0, n, _B_AR_HEAD) == heads
        assert _positions(doc, 0, n, _B_AR_ORG_HEAD) == org_heads
        assert _positions(doc, 0, n, _B_AR_AKA) == aka
        assert _positions(doc, 0, n, _B_EN_BARE_VERB) == verbs
        assert _positions(doc, 0, n, _B_AR_GIVEN) == given
        # a slice of a sentence: the same positions, cut
        assert _positions(doc, 3, n - 2, _B_AR_HEAD) == [k for k in heads if 3 <= k < n - 2]
    ar = _doc(AR)
    assert len(_positions(ar, 0, len(ar.toks), _B_AR_AKA)) == 1  # المعروف
    assert _positions(ar, 0, len(ar.toks), _B_AR_HEAD)  # قاعدة، مطار، وكالة ...
    en = _doc(EN)
    assert [en.toks[k].key for k in _positions(en, 0, len(en.toks), _B_EN_BARE_VERB)] == [
        "met", "succeeded", "received", "welcomed"]


def test_sentence_positions_equal_the_article_list_slices():
    for text in (AR, EN, AR + " " + EN):
        doc = _doc(text)
        n = len(doc.toks)
        for mask in (_B_AR_AKA, _B_AR_GIVEN, _B_AR_HEAD, _B_AR_ORG_HEAD, _B_EN_BARE_VERB,
                     _B_AR_HEAD | _B_EN_BARE_VERB):
            for lo, hi in ((0, n), (0, 0), (2, n - 3), (n // 2, n), (n - 1, n)):
                assert _positions_in(doc, lo, hi, mask) == _positions(doc, lo, hi, mask)


def test_head_positions_of_an_english_sentence_are_none():
    doc = _doc(EN)
    assert B.head_positions(doc, doc.sents[0]) == []


def test_arabic_bodies_sites_and_kunya_alias_are_found():
    named = _named(AR)
    surfaces = [x for xs in named.values() for x in xs]
    assert "حركة النجباء" in surfaces or "النجباء" in " ".join(surfaces)
    assert any("كتائب سيد الشهداء" in x for x in surfaces)
    assert any("تسنيم" in x for x in surfaces)
    assert any("حرير" in x for x in surfaces)
    # "عباس عراقجي، المعروف بأبي حسن": the kunya is the same person (one id)
    person = next(i for i, xs in named.items() if "عباس عراقجي" in xs)
    assert any(x.startswith("أبي حسن") for x in named[person])


def test_two_arabic_named_bodies_in_one_sentence_are_two_entities():
    named = _named("وقالت حركة النجباء وحركة الأوفياء إنهما ترفضان القرار.")
    bodies = [i for i in named if i.startswith("organization:")]
    assert len(bodies) == 2, named


def test_english_bare_surnames_next_to_meeting_and_succession_verbs():
    res = _extractor().extract("Araghchi met Dehbashi in Tehran. Dehbashi succeeded Tavakoli "
                               "as governor.")
    ids = {e["id"] for e in res["entities"]}
    assert {"person:dehbashi", "person:tavakoli"} <= ids
    rels = {(r["type"], r["source"], r["target"]) for r in res["relations"]}
    assert ("MET_WITH", "person:abbas-araghchi", "person:dehbashi") in rels
    assert ("SUCCESSOR_OF", "person:dehbashi", "person:tavakoli") in rels
    # no such verb next to it: an unknown bare capitalised word is no person
    for text in ("Officials in Tehran said Dehbashi spoke on Monday.",
                 "The talks in Tehran with Dehbashi went well."):
        assert "person:dehbashi" not in _named(text)


def test_arabic_given_name_people_with_and_without_a_person_before():
    named = _named("التقى عباس عراقجي وعلي باقري كني في طهران.")
    surfaces = sorted(x for xs in named.values() for x in xs)
    assert "عباس عراقجي" in surfaces
    assert any("باقري" in x for x in surfaces)
    # a usual given name that is also an ordinary word, with no name word after it
    assert not any(i.startswith("person:") for i in _named("قال سعيد إن الاجتماع انتهى."))
