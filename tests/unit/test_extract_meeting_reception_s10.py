"""Receptions told with a reception phrase (session 10): "وكان في استقباله (لدى وصوله إلى
المطار | في مطار <name>) X" -- the host X met the visitor, also when the airport carries a
person's name ("مطار الملك خالد الدولي", "مطار الإمام الخميني") that is no partner. Our own
sentences in both languages, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

FIDAN, FUAD = "person:hakan-fidan", "person:fuad-hussein"
BAGHERI, ARAGHCHI = "person:ali-bagheri-kani", "person:abbas-araghchi"
FARHAN, MASHHADANI = "person:faisal-bin-farhan", "person:mahmoud-al-mashhadani"
KHOMEINI, VAHIDI = "person:ruhollah-khomeini", "person:ahmad-vahidi"


CASES = [
 ("ar_on_his_arrival_at_airport_next_sentence",
  "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد. وكان في استقباله لدى وصوله إلى المطار "
  "نظيره العراقي فؤاد حسين.", "ar", [MW(FIDAN, FUAD)], []),
 ("ar_on_his_arrival_same_sentence",
  "وصل فيدان إلى بغداد، وكان في استقباله لدى وصوله إلى المطار وزير الخارجية فؤاد حسين "
  "ورئيس البرلمان محمود المشهداني.", "ar", [MW(FIDAN, FUAD), MW(FIDAN, MASHHADANI),
  MW(FUAD, MASHHADANI)], []),  # (the receivers together, since session 36: dev KI, GW)
 ("ar_airport_named_after_imam",
  "وصل فيدان إلى طهران، وكان في استقباله في مطار الإمام الخميني نائب وزير الخارجية علي "
  "باقري كني.", "ar", [MW(FIDAN, BAGHERI)], [MW(FIDAN, KHOMEINI)]),
 ("ar_airport_named_after_king",
  "وصل فيدان إلى الرياض مساء الأحد، وكان في استقباله في مطار الملك خالد الدولي وزير "
  "الخارجية فيصل بن فرحان.", "ar", [MW(FIDAN, FARHAN)], []),
 ("ar_reception_noun_named_guest_airport_named_after_king",
  "وكان في استقبال فيدان لدى وصوله إلى مطار الملك خالد الدولي وزير الخارجية السعودي فيصل "
  "بن فرحان.", "ar", [MW(FIDAN, FARHAN)], []),
 ("en_airport_named_after_king",
  "Fidan landed at King Khalid International Airport in Riyadh, where he was received by "
  "Foreign Minister Faisal bin Farhan.", "en", [MW(FIDAN, FARHAN)], []),
 ("ar_airport_by_name_then_bare_title",
  "وصل فيدان إلى طهران ظهر الاثنين، وكان في استقباله بمطار مهرآباد وزير الداخلية أحمد وحيدي.",
  "ar", [MW(FIDAN, VAHIDI)], []),
 # negatives
 ("ar_delegation_without_a_person_received_him",
  "وصل فيدان إلى طهران، وكان في استقباله بمطار مهرآباد وفد من وزارة الداخلية، ثم التقى وزير "
  "الخارجية عباس عراقجي.", "ar", [MW(FIDAN, ARAGHCHI)], [MW(FIDAN, VAHIDI)]),
 ("ar_nobody_received_him",
  "وصل فيدان إلى طهران، ولم يكن في استقباله في مطار الإمام الخميني وزير الخارجية عباس "
  "عراقجي.", "ar", [], [MW(FIDAN, ARAGHCHI)]),
 ("ar_reception_planned",
  "وصل فيدان إلى بغداد، ومن المقرر أن يكون في استقباله لدى وصوله إلى المطار وزير الخارجية "
  "فؤاد حسين.", "ar", [], [MW(FIDAN, FUAD)]),
 ("ar_arrival_destination_is_no_host",
  "وكان في استقباله لدى وصوله إلى بغداد وزير الخارجية فؤاد حسين.", "ar", [],
  [MW(FIDAN, FUAD)]),
]


@pytest.mark.parametrize("name, text, lang, must, must_not", CASES, ids=[c[0] for c in CASES])
def test_reception_phrase(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)


def test_no_person_from_an_airport_named_after_a_king(ex):
    doc = ex.extract("وصل فيدان إلى الرياض، وكان في استقباله في مطار الملك خالد الدولي وزير "
                     "الخارجية فيصل بن فرحان.", lang="ar")
    people = {e["id"] for e in doc["entities"] if e["type"] == "Person"}
    assert people == {FIDAN, FARHAN}
