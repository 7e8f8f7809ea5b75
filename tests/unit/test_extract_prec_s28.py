"""Session 28 (prec): false MET_WITH of writers never seen. A tour told in one sentence ("A
received X, then X went on to B, where he met B in the presence of Z"): Z attended the later
stop, not A's reception. Cases of our own, both languages, and the relations that must stay."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

AOUN = "person:joseph-aoun"
BERRI = "person:nabih-berri"
SALAM = "person:nawaf-salam"
JABER = "person:yassine-jaber"
ABDELATTY = "person:badr-abdelatty"
MUSA = "person:alaa-musa"
BAERBOCK = "person:annalena-baerbock"
ARAGHCHI = "person:abbas-araghchi"
AMANI = "person:mojtaba-amani"

# ---- a tour's later stop: its attendee did not meet the first host --------------------------
TOUR_NEXT_STOP = [
    ("ar", "عبد العاطي في بيروت\nوصل وزير الخارجية المصري بدر عبد العاطي إلى بيروت أمس.\nفقد "
     "استقبله رئيس الجمهورية جوزاف عون في بعبدا، ثم انتقل عبد العاطي إلى عين التينة حيث التقى "
     "رئيس مجلس النواب نبيه بري في حضور السفير المصري علاء موسى.",
     [MW(ABDELATTY, AOUN), MW(ABDELATTY, BERRI), MW(MUSA, BERRI), MW(MUSA, ABDELATTY)],
     [MW(MUSA, AOUN)]),
    ("ar", "بيربوك في بيروت\nاستهلّت وزيرة الخارجية الألمانية أنالينا بيربوك جولتها في قصر بعبدا "
     "حيث استقبلها رئيس الجمهورية جوزاف عون، ثم التقت في السراي الحكومي رئيس الحكومة نواف سلام "
     "في حضور وزير المال ياسين جابر.",
     [MW(BAERBOCK, AOUN), MW(BAERBOCK, JABER)], [MW(AOUN, JABER)]),
    ("en", "Araghchi in Beirut\nBEIRUT - Iranian Foreign Minister Abbas Araghchi was received by "
     "President Joseph Aoun at Baabda, then went to Ain el-Tineh, where he met Speaker Nabih "
     "Berri in the presence of Iranian ambassador Mojtaba Amani.",
     [MW(ARAGHCHI, AOUN), MW(ARAGHCHI, BERRI)], [MW(AOUN, AMANI)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", TOUR_NEXT_STOP)
def test_prec_s28(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)

