"""Arabic credentials from both sides (session 18). Our own sentences, not from any dev set.

- "قدّم سفير خادم الحرمين الشريفين X أوراق اعتماده إلى Y": X met Y, not the king of the title.
- "وكانت X، التي ...، قد سلّمت نسخة من أوراق اعتمادها إلى Y": the subject of كان met Y.
- "تسلّم X (في مقره) نسخة من أوراق اعتماد السفير Y": X met Y.
- Negatives: "أوراق اعتماده ليحلّ محلّ سلفه Z" (Z is no host); a negated reception.
(The English "X presented his credentials to Y" is session 15's.)
"""

import pytest

from tests.extract_support import MW, assert_relations

ANZI, RAISI, SALMAN = ("person:abdullah-al-anzi", "person:ebrahim-raisi",
                       "person:salman-bin-abdulaziz")
ROMANOWSKI, FUAD = "person:alina-romanowski", "person:fuad-hussein"
KHURAIJI, ENAYATI = "person:waleed-al-khuraiji", "person:alireza-enayati"
SADEGH, MASJEDI, SALIH = ("person:mohammad-kazem-al-e-sadegh", "person:iraj-masjedi",
                          "person:barham-salih")

# (name, text, must, must_not)
CASES = [
 ("envoy_after_sovereign", "وقدّم سفير خادم الحرمين الشريفين عبدالله بن سعود العنزي صباح اليوم "
  "أوراق اعتماده إلى الرئيس إبراهيم رئيسي في قصر سعد آباد.", [MW(ANZI, RAISI)],
  [MW(SALMAN, RAISI)]),
 ("was_subject", "وكانت ألينا رومانوسكي، التي وصلت بغداد الشهر الماضي، قد سلّمت نسخة من أوراق "
  "اعتمادها إلى وزير الخارجية فؤاد حسين.", [MW(ROMANOWSKI, FUAD)], []),
 ("received_copy", "تسلّم نائب وزير الخارجية وليد الخريجي، في مكتبه بالرياض، نسخة من أوراق "
  "اعتماد السفير الإيراني علي رضا عنايتي.", [MW(KHURAIJI, ENAYATI)], []),
 ("replaces_not_host", "استقبل الرئيس برهم صالح السفير محمد كاظم آل صادق، الذي قدّم أوراق "
  "اعتماده ليحلّ محلّ سلفه إيرج مسجدي.", [MW(SALIH, SADEGH)], [MW(SADEGH, MASJEDI)]),
 ("received_negated", "لم يتسلّم وزير الخارجية فؤاد حسين حتى الآن نسخة من أوراق اعتماد السفير "
  "علي رضا عنايتي.", [], [MW(FUAD, ENAYATI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_credentials_ar(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
