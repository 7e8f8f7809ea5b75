"""Session 23 (meetargs): who met whom inside one meeting sentence: a second meeting verb
with no subject of its own after a VSO meeting clause, trilaterals and summits, "received by
A together with B", the verbal noun with subject and object, coordinated objects."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

FIDAN = "person:hakan-fidan"
BERRI = "person:nabih-berri"
AOUN = "person:michel-aoun"
SISI = "person:abdel-fattah-el-sisi"
ABDULLAH = "person:abdullah-ii"
SUDANI = "person:mohammed-shia-al-sudani"
FUAD = "person:fuad-hussein"
ROUHANI = "person:hassan-rouhani"
ALTHANI = "person:mohammed-bin-abdulrahman-al-thani"

# ---- "كما التقى X Y، وزار / ثم اجتمع بـZ": X met Z, not Y (the first verb's VSO object) ------
CHAIN_VSO = [
    ("كما التقى وزير الخارجية التركي هاكان فيدان رئيس مجلس النواب نبيه بري، وزار الرئيس السابق "
     "ميشال عون في منزله بالرابية.",
     [MW(FIDAN, BERRI), MW(FIDAN, AOUN)], [MW(BERRI, AOUN)]),
    ("التقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني، ثم اجتمع برئيس "
     "الوزراء العراقي محمد شياع السوداني بحضور وزير الخارجية العراقي فؤاد حسين.",
     [MW(SISI, ABDULLAH), MW(SISI, SUDANI)], [MW(ABDULLAH, SUDANI)]),
    # a relative clause: its subject is the antecedent, the object of the main verb
    ("استقبل الرئيس الإيراني حسن روحاني وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني، "
     "الذي التقى أيضاً وزير الخارجية العراقي فؤاد حسين.",
     [MW(ROUHANI, ALTHANI), MW(ALTHANI, FUAD)], [MW(ROUHANI, FUAD)]),
    # a call is no meeting, whoever its subject
    ("التقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني، وأجرى اتصالاً "
     "هاتفياً مع رئيس الوزراء العراقي محمد شياع السوداني.",
     [MW(SISI, ABDULLAH)], [MW(SISI, SUDANI), MW(ABDULLAH, SUDANI)]),
]


@pytest.mark.parametrize("text,must,must_not", CHAIN_VSO)
def test_second_verb_subject_after_vso_ar(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)
