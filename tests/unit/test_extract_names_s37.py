"""Session 37: new people's names the tagger never output.

1. A name of two or three unknown words after a title's body ("وزير الصناعة X Y،", "وزير
   الزراعة في حكومة تصريف الأعمال X Y،") is taken when it is closed off by a comma, the end
   of the sentence or "الذي/التي" (name_after_body_ar.closed_name_after_body). Counted in the
   dev writers IR, JM and KN (+4 core TP, -1 FP). Not "في وقت لاحق" nor "ثلاث مرات"."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

BERRI = "person:nabih-berri"
FUAD = "person:fuad-hussein"

CASES = [
    # fail on the base
    ("واستقبل نبيه بري وزير الصناعة سيفي غريب، وبحث معه الأوضاع.",
     [MW(BERRI, "person:sifi-gharib")], []),
    ("واستقبل نبيه بري وزير الزراعة في حكومة تصريف الأعمال عباد حمدان، وبحث معه الأوضاع.",
     [MW(BERRI, "person:abad-hamdan")], []),
]

NO_NAME = [
    # negatives: the words closed off by a comma are no name
    "والتقى فؤاد حسين وزير الخارجية الإيراني في وقت لاحق، وبحث معه العلاقات.",
    "والتقى فؤاد حسين وزير الصناعة ثلاث مرات، وبحث معه العلاقات.",
    "والتقى فؤاد حسين مستشار الأمن القومي مرة أخرى، وبحث معه العلاقات.",
]


@pytest.mark.parametrize("text,must,must_not", CASES)
def test_names_s37(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)


@pytest.mark.parametrize("text", NO_NAME)
def test_no_new_name_s37(ex, text: str) -> None:
    out = ex.extract(text, lang="ar")
    people = {e["id"] for e in out["entities"] if e["type"] == "Person"}
    assert people == {FUAD}, people
    assert not [r for r in out["relations"] if r["type"] == "MET_WITH"]
