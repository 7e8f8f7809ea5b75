"""Session 43 (scorer): the four feature families of ``scorer_extra`` that name no word are
shipped (``SHIPPED``): the two people's shared or different affiliations (``aff``), two
participants of one meeting the rules found (``copart``), the commas between the pair
(``punct``) and where each stands among the sentence's people (``pos``, new). Held out across
writers (``bench/scorer_generalisation.py --variant base --c 0.1 --groups``) the scorer's gain
over the rules rose from +0.0120 to +0.0133, (B) +0.0002 -> +0.0003, thresholds chosen there
(MET_WITH 0.6, SUCCESSOR_OF 0.8, ASSASSINATED_BY 0.55)."""

import json

from loaders.extract import get_extractor, scorer_extra
from loaders.extract.relation_scorer import WEIGHTS_FILE
from loaders.extract.rules import RuleExtractor
from loaders.extract.scorer_candidates import doc_candidates

SISI, BURHAN, ABIY = ("person:abdel-fattah-el-sisi", "person:abdel-fattah-al-burhan",
                      "person:abiy-ahmed")


def _feats(text: str, x: str, y: str) -> set[str]:
    got = []

    class Capture(RuleExtractor):
        def more_relations(self, doc, rels, lang):  # type: ignore[no-untyped-def]
            got.extend(c for _si, c in doc_candidates(doc, rels, lang, True))
            return rels

    Capture(gazetteer=get_extractor("rules").gaz).extract(text)
    return next(set(c.feats) for c in got if {c.a.eid, c.b.eid} == {x, y})


def test_the_four_families_are_shipped():
    assert scorer_extra.FAMILIES == {"aff", "copart", "punct", "pos"}
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert data["thresholds"] == {"MET_WITH": 0.6, "SUCCESSOR_OF": 0.8, "ASSASSINATED_BY": 0.55}
    met = data["classes"]["MET"]["weights"]
    assert [x for x in met if x.startswith("pos")]
    assert [x for x in met if x.startswith(("aff:", "copart", "cm="))]


def test_where_each_stands_among_the_people():
    f = _feats("Abdel Fattah al-Sisi sat down with Abdel Fattah al-Burhan in Cairo, while "
               "Abiy Ahmed visited Asmara.", SISI, ABIY)
    assert {"posA=0", "posB=2", "posB=last", "cm=1"} <= f
    f = _feats("Abdel Fattah al-Sisi sat down with Abdel Fattah al-Burhan in Cairo, while "
               "Abiy Ahmed visited Asmara.", SISI, BURHAN)
    assert {"posA=0", "posB=1", "cm=0"} <= f
    assert "posB=last" not in f


def _met(text: str) -> set[tuple[str, str]]:
    out = get_extractor("rules+scorer").extract(text, lang="en")
    return {tuple(sorted((r["source"], r["target"]))) for r in out["relations"]
            if r["type"] == "MET_WITH"}


def test_the_host_of_a_summit_met_each_guest():
    """The host named after a list of guests met each of them: main's scorer found two of the
    three (the first guest, farthest from the host, scored below 0.65); now all three."""
    got = _met("The summit in Cairo brought together Abdel Fattah al-Burhan, Isaias Afwerki "
               "and Abiy Ahmed, hosted by Abdel Fattah al-Sisi.")
    for guest in (BURHAN, ABIY, "person:isaias-afwerki"):
        assert tuple(sorted((SISI, guest))) in got, guest


def test_a_third_person_outside_the_meeting_is_no_partner():
    for text in ("Abdel Fattah al-Sisi received Abdel Fattah al-Burhan in Cairo on Sunday, a "
                 "week after Abiy Ahmed had declined an invitation.",
                 "Abdel Fattah al-Sisi met Abdel Fattah al-Burhan in Cairo on Sunday, an aide to "
                 "Abiy Ahmed said."):
        got = _met(text)
        assert tuple(sorted((SISI, BURHAN))) in got, text
        assert tuple(sorted((SISI, ABIY))) not in got, text
        assert tuple(sorted((BURHAN, ABIY))) not in got, text
