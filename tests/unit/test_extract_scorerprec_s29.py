"""Session 29, scorerprec: ``scorer_gates.person_owner`` and the veto ``taken``. A person named only as the owner of
another noun ("received Husham al-Hashimi's family", "took the post from Raisi's Mohammad
Hosseini") is no partner of another person for the scorer; the owner of a successor, a post,
a killing or a delegation stays a candidate. English only: the gate reads the possessive
"'s" (an Arabic construct state has no mark the tokens keep). And an agent the rules made
the killer of someone in a sentence gets no other victim from the scorer there (both
languages)."""

import json

import pytest

from loaders.extract import scored
from loaders.extract import scorer_candidates as sc
from loaders.extract.base import get_extractor
from loaders.extract.relation_scorer import WEIGHTS_FILE, RelationScorer
from loaders.extract.scored import ScoredExtractor
from loaders.extract.scorer_candidates import doc_candidates
from tests.extract_support import scorer_inputs

_ALL = frozenset({"title", "intitle", "types", "owner", "powner", "unreal", "taken"})
_NO_POWNER = _ALL - {"powner"}
_NO_TAKEN = _ALL - {"taken"}

FAMILY_EN = ("Prime Minister Mustafa al-Kadhimi later received Husham al-Hashimi's family at "
             "his office in the presence of Interior Minister Othman al-Ghanimi.")
POST_FROM_EN = ("Shahram Dabiri, the vice-president for parliamentary affairs, took the post "
                "from Ebrahim Raisi's Mohammad Hosseini this month.")
SUCCESSOR_EN = "Hassan Nasrallah's successor Naim Qassem met Nabih Berri in Beirut."
DELEGATION_EN = ("Mohammed Al Jaber's delegation was received at Sanaa airport by Abdulmalik "
                 "al-Ajri.")


def _doc(text: str, lang: str):
    return scorer_inputs([(text, lang)])[0]


def _pairs(text: str, gates, monkeypatch) -> set[frozenset]:
    monkeypatch.setattr(sc, "GATES", frozenset(gates))
    doc, rels, lang = _doc(text, "en")
    return {frozenset((c.a.eid, c.b.eid))
            for _si, c in doc_candidates(doc, rels, lang, include_related=True)}


@pytest.mark.parametrize(("text", "pair"), [
    (FAMILY_EN, ("person:hisham-al-hashimi", "person:mustafa-al-kadhimi")),
    (POST_FROM_EN, ("person:ebrahim-raisi", "person:shahram-dabiri")),
])
def test_owner_of_another_noun_is_no_partner(text, pair, monkeypatch):
    assert frozenset(pair) in _pairs(text, _NO_POWNER, monkeypatch)  # a candidate without
    assert frozenset(pair) not in _pairs(text, _ALL, monkeypatch)


@pytest.mark.parametrize(("text", "pair"), [
    (SUCCESSOR_EN, ("person:hassan-nasrallah", "person:naim-qassem")),
    (DELEGATION_EN, ("person:abdulmalik-al-ajri", "person:mohammed-al-jaber")),
])
def test_owner_of_a_successor_or_delegation_stays(text, pair, monkeypatch):
    assert frozenset(pair) in _pairs(text, _ALL, monkeypatch)


def test_scorer_does_not_pair_the_family_owner():
    got = get_extractor("rules+scorer").extract(FAMILY_EN, lang="en")
    pairs = {frozenset((r["source"], r["target"])) for r in got["relations"]
             if r["type"] == "MET_WITH"}
    assert frozenset(("person:hisham-al-hashimi", "person:mustafa-al-kadhimi")) not in pairs


# --- the veto "taken": a killer the rules gave a victim gets no other victim from the scorer

WREATH_EN = ("Falih al-Fayyadh laid wreaths on Friday at the memorial on Baghdad airport road "
             "where Qassem Soleimani was killed by a US drone strike in 2020.")
WREATH_AR = ("ووضع فالح الفياض إكليلا من الزهور عند النصب التذكاري على طريق المطار حيث اغتالت "
             "الولايات المتحدة قاسم سليماني عام 2020.")
COMPANION_AR = ("وكان رضي موسوي رفيقا مقربا لقاسم سليماني الذي اغتالته الولايات المتحدة بغارة قرب "
                "مطار بغداد مطلع 2020.")


def _pass_all_killings() -> RelationScorer:
    """The shipped weights with the killing classes' bias raised: every pair passes."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    for cl in ("ASSN_AB", "ASSN_BA"):
        data["classes"][cl]["bias"] = 40.0
    return RelationScorer(data)


@pytest.mark.parametrize(("text", "lang", "other"), [
    (WREATH_EN, "en", "person:falih-al-fayyadh"),
    (WREATH_AR, "ar", "person:falih-al-fayyadh"),
    (COMPANION_AR, "ar", "person:razi-mousavi"),
])
def test_a_killer_of_the_rules_gets_no_other_victim(text, lang, other, monkeypatch):
    ex = ScoredExtractor(gazetteer=get_extractor("rules").gaz, scorer=_pass_all_killings())

    def killed(gates) -> set[tuple[str, str]]:
        monkeypatch.setattr(scored, "GATES", frozenset(gates))
        out = ex.extract(text, lang=lang)
        return {(r["source"], r["target"]) for r in out["relations"]
                if r["type"] == "ASSASSINATED_BY"}

    soleimani = ("person:qasem-soleimani", "country:united-states")
    wrong = (other, "country:united-states")
    assert soleimani in killed(_NO_TAKEN) and wrong in killed(_NO_TAKEN)
    assert soleimani in killed(_ALL) and wrong not in killed(_ALL)
