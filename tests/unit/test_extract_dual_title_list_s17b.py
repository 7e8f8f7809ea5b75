"""One dual or plural title before a list whose members are told apart by a nationality or
a US party: "الرئيسين الإيراني X والتركي Y", "السيناتورين الجمهوري X والديموقراطية Y",
"the senators, Republican X and Democrat Y": every member is a person met (session 17b)."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations, met_pairs

CASES = [
    ("ar_presidents_nationalities",
     "التقى بوتين الرئيسين الإيراني مسعود بزشكيان والتركي رجب طيب أردوغان في قازان.", "ar",
     [MW("person:vladimir-putin", "person:masoud-pezeshkian"),
      MW("person:vladimir-putin", "person:recep-tayyip-erdogan")], []),
    ("ar_senators_parties_new_names",
     "التقى الرئيس اللبناني جوزاف عون السيناتورين الجمهوري ليندسي غراهام والديموقراطية جين "
     "شاهين في بعبدا.", "ar",
     [MW("person:joseph-aoun", "person:lindsey-graham"),
      MW("person:joseph-aoun", "person:jeanne-shaheen")], []),
    ("en_senators_parties",
     "Netanyahu met Democrat Chris Murphy and Republican Lindsey Graham in Jerusalem.", "en",
     [MW("person:benjamin-netanyahu", "person:chris-murphy"),
      MW("person:benjamin-netanyahu", "person:lindsey-graham")],
     [MW("person:benjamin-netanyahu", "person:democrat-chris-murphy")]),
    # negative: a country after و is no list member, and nobody meets it
    ("ar_country_after_waw",
     "التقى عراقجي وزير الخارجية التركي هاكان فيدان والسعودية تدعم الحوار.", "ar",
     [MW("person:abbas-araghchi", "person:hakan-fidan")], []),
]


@pytest.mark.parametrize(("name", "text", "lang", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_dual_title_list(ex, name: str, text: str, lang: str, must: list,
                         must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)


@pytest.mark.parametrize(("text", "host", "n"), [
    ("استقبل رئيس الحكومة نواف سلام السيناتورين الجمهوري ليندسي غراهام والديمقراطي كريس "
     "مورفي في السراي.", "person:nawaf-salam", 2),
    ("التقى نتنياهو السيناتور الديمقراطي كريس مورفي في القدس.", "person:benjamin-netanyahu",
     1),
], ids=["two_senators", "one_senator"])
def test_senators_new_to_gazetteer_ar(ex, text: str, host: str, n: int) -> None:
    """Senators the gazetteer does not know: each is a person the host met."""
    pairs = met_pairs(ex.extract(text, lang="ar"))
    assert len({p for p in pairs if host in p}) == n


def test_party_word_is_no_name(ex) -> None:
    doc = ex.extract("Araghchi met Democrat Chris Murphy in Washington.", lang="en")
    names = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert "Chris Murphy" in names and "Democrat Chris Murphy" not in names
