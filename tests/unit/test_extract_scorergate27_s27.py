"""Session 27, scorergate27: the gates of ``scorer_gates`` on the scorer's candidate pairs. A
body or country of a person's title ("Quds Force commander X", "قائد فيلق القدس X", "Iran's
foreign minister X") is not paired with him; without a killing cue, a body named in anyone's
title is not paired with another person ("Quds Force commander Qaani met Kadhimi"); a country
pairs with a person only in a sentence with a killing cue, a body only with a killing or
meeting cue. A gated pair yields nothing
even under weights that pass every pair; a kept pair has the features it had without the
gates, so it scores the same."""

import json

import pytest

from loaders.extract import scorer_candidates as sc
from loaders.extract.base import get_extractor
from loaders.extract.relation_scorer import WEIGHTS_FILE, RelationScorer
from loaders.extract.scored import ScoredExtractor
from loaders.extract.scorer_candidates import doc_candidates
from tests.extract_support import scorer_inputs

QAANI_EN = "Quds Force commander Esmail Qaani met Hassan Nasrallah in Beirut on Monday."
QAANI_AR = "التقى قائد فيلق القدس إسماعيل قاآني حسن نصر الله في بيروت يوم الاثنين."
ARAGHCHI_EN = "Iran's foreign minister Abbas Araghchi met Hassan Nasrallah in Beirut."
HANIYEH_EN = "Hamas political bureau chief Ismail Haniyeh met Hassan Nasrallah."
MEET_COUNTRY_EN = "Hassan Nasrallah met Nabih Berri in Beirut, Lebanon's state media said."
KILL_COUNTRY_EN = ("Hassan Nasrallah was killed in Beirut, and Lebanon's state media said "
                   "Israel carried out the strike.")

QAANI_KADHIMI_EN = ("Quds Force commander Esmail Qaani met Iraqi Prime Minister Mustafa "
                    "al-Kadhimi in Baghdad.")
QAANI_KADHIMI_AR = "التقى قائد فيلق القدس إسماعيل قاآني رئيس الوزراء العراقي مصطفى الكاظمي في بغداد."
KARAKI_EN = ("Israeli military spokesman Daniel Hagari said the strike also killed Ali Karaki, a "
             "Hezbollah commander.")
KARAKI_AR = "وقال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي إن الغارة قتلت أيضاً القيادي علي كركي."

_ALL = frozenset({"title", "intitle", "types", "owner"})  # (owner: session 28, kill)


def _doc(text: str, lang: str):
    return scorer_inputs([(text, lang)])[0]


def _cands(text: str, lang: str, gates, monkeypatch, training: bool = True):
    monkeypatch.setattr(sc, "GATES", frozenset(gates))
    doc, rels, lang = _doc(text, lang)
    return {(c.a.eid, c.b.eid): c.feats
            for _si, c in doc_candidates(doc, rels, lang, include_related=training)}


@pytest.mark.parametrize(("text", "lang", "pair"), [
    (QAANI_EN, "en", ("organization:quds-force", "person:esmail-qaani")),
    (QAANI_AR, "ar", ("organization:quds-force", "person:esmail-qaani")),
    (ARAGHCHI_EN, "en", ("country:iran", "person:abbas-araghchi")),
    (HANIYEH_EN, "en", ("organization:hamas", "person:ismail-haniyeh")),
])
def test_the_body_or_country_of_a_persons_title_is_not_his_partner(text, lang, pair,
                                                                   monkeypatch):
    without = _cands(text, lang, (), monkeypatch)
    gated = _cands(text, lang, _ALL, monkeypatch)
    assert pair in without
    assert pair not in gated
    # every pair kept has the features it had without the gates: it scores the same
    assert gated
    for key, feats in gated.items():
        assert without[key] == feats


@pytest.mark.parametrize(("text", "lang"), [(QAANI_KADHIMI_EN, "en"), (QAANI_KADHIMI_AR, "ar")])
def test_a_body_in_someone_elses_title_is_no_meeting_partner(text, lang, monkeypatch):
    pair = ("organization:quds-force", "person:mustafa-al-kadhimi")
    without = _cands(text, lang, (), monkeypatch)
    gated = _cands(text, lang, _ALL, monkeypatch)
    assert pair in without
    assert pair not in gated
    assert gated == {k: f for k, f in without.items() if k in gated}
    assert ("person:esmail-qaani", "person:mustafa-al-kadhimi") in gated


@pytest.mark.parametrize(("text", "lang"), [(KARAKI_EN, "en"), (KARAKI_AR, "ar")])
def test_a_spokesmans_body_stays_a_candidate_agent_of_a_killing(text, lang, monkeypatch):
    pair = ("organization:israel-defense-forces", "person:ali-karaki")
    without = _cands(text, lang, (), monkeypatch)
    gated = _cands(text, lang, _ALL, monkeypatch)
    assert gated[pair] == without[pair]


def test_a_country_pairs_with_a_person_only_in_a_killing_sentence(monkeypatch):
    pair = ("person:hassan-nasrallah", "country:lebanon")
    assert pair in _cands(MEET_COUNTRY_EN, "en", (), monkeypatch)
    gated = _cands(MEET_COUNTRY_EN, "en", _ALL, monkeypatch)
    assert pair not in gated
    assert ("person:hassan-nasrallah", "person:nabih-berri") in gated
    # with a killing cue the country may be the agent ("Israel carried out the strike")
    without = _cands(KILL_COUNTRY_EN, "en", (), monkeypatch)
    gated = _cands(KILL_COUNTRY_EN, "en", _ALL, monkeypatch)
    assert ("person:hassan-nasrallah", "country:israel") in gated
    assert gated == without


def _pass_all() -> RelationScorer:
    """The shipped weights with MET's bias raised so that every pair passes MET_WITH."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    data["classes"]["MET"]["bias"] = 40.0
    return RelationScorer(data)


@pytest.mark.parametrize(("text", "lang", "src", "tgt"), [
    (QAANI_AR, "ar", "organization:quds-force", "person:esmail-qaani"),
    (HANIYEH_EN, "en", "organization:hamas", "person:ismail-haniyeh"),
    (MEET_COUNTRY_EN, "en", "country:lebanon", "person:nabih-berri"),
    (QAANI_KADHIMI_EN, "en", "organization:quds-force", "person:mustafa-al-kadhimi"),
])
def test_a_gated_pair_gets_no_relation_even_when_every_pair_would_pass(text, lang, src, tgt,
                                                                      monkeypatch):
    ex = ScoredExtractor(gazetteer=get_extractor("rules").gaz, scorer=_pass_all())

    def met(gates) -> set[frozenset[str]]:
        monkeypatch.setattr(sc, "GATES", frozenset(gates))
        out = ex.extract(text, lang=lang)
        return {frozenset((r["source"], r["target"])) for r in out["relations"]
                if r["type"] == "MET_WITH"}

    assert frozenset((src, tgt)) in met(())
    assert frozenset((src, tgt)) not in met(_ALL)


def test_the_three_gates_are_on_by_default():
    import os

    from loaders.extract import scorer_gates

    if "SCORER_GATES" not in os.environ:
        assert scorer_gates.GATES == _ALL | {"unreal", "powner", "taken", "desc", "principal",
                                             "unshaped", "speaker", "hedged", "relative",
                                             "place", "bystander", "attendee", "twohosts",
                                             "requester", "unit", "notkiller", "nexthost",
                                             "indirect", "appointer", "funeral", "atbody",
                                             "relaside"}
        # (s28: unreal; s29: powner, taken; s30: desc; s31: principal, unshaped;
        # s46: speaker, hedged, relative; s50: place; s53: bystander; s61: twohosts;
        # s64: requester; s65: notkiller, nexthost, indirect; s66: appointer, funeral;
        # s72: atbody, relaside)
        assert sc.GATES is scorer_gates.GATES
