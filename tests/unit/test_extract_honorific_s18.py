""""سموه" / "معاليه" / "فخامته" as the person named before with that honorific (session 18).
Our own sentences, not taken from any dev set.

- "كما التقى سموه Y", "وبحث سموه مع Y", "وكان سموه قد عقد مباحثات مع Y": the prince (the last
  person titled سمو / الأمير / الشيخ) met Y, not the subject of the sentence before.
- "معاليه" is the last person titled معالي.
- Negative: someone named in between without the honorific is not the pronoun ("وحضر اللقاء
  السفير X. كما التقى سموه Y": not X-Y); no titled person before: nothing is read for it.
The construction has no English counterpart ("His Highness" is followed by a name).
"""

import pytest

from tests.extract_support import MW, assert_relations

KBS, PEZESHKIAN, BAGHERI, ARAGHCHI = ("person:khalid-bin-salman", "person:masoud-pezeshkian",
                                      "person:mohammad-bagheri", "person:abbas-araghchi")
FAISAL, TAMIM, SUDANI = ("person:faisal-bin-farhan", "person:tamim-bin-hamad-al-thani",
                         "person:mohammed-shia-al-sudani")
FUAD = "person:fuad-hussein"

# (name, text, must, must_not)
CASES = [
 ("highness_met", "زار صاحب السمو الأمير خالد بن سلمان طهران يوم الأحد واجتمع بالرئيس مسعود "
  "بزشكيان. كما التقى سموه رئيس الأركان اللواء محمد باقري في مقر القيادة.",
  [MW(KBS, PEZESHKIAN), MW(KBS, BAGHERI)], [MW(PEZESHKIAN, BAGHERI)]),
 ("highness_discussed_with", "استقبل الرئيس مسعود بزشكيان سمو الأمير فيصل بن فرحان في طهران. "
  "وبحث سموه بعد ذلك مع الوزير عباس عراقجي ملف العلاقات.",
  [MW(FAISAL, PEZESHKIAN), MW(FAISAL, ARAGHCHI)], [MW(PEZESHKIAN, ARAGHCHI)]),
 ("highness_had_held", "وصل الشيخ تميم بن حمد إلى بغداد أمس. وكان سموه قد عقد جلسة مباحثات "
  "مع رئيس الوزراء محمد شياع السوداني فور وصوله.", [MW(TAMIM, SUDANI)], []),
 ("ambassador_between", "استقبل الرئيس مسعود بزشكيان الأمير خالد بن سلمان في طهران. وحضر "
  "اللقاء وزير الخارجية عباس عراقجي. كما التقى سموه اللواء محمد باقري.",
  [MW(KBS, BAGHERI)], [MW(ARAGHCHI, BAGHERI)]),
 ("no_bearer", "استقبل الوزير فؤاد حسين نظيره عباس عراقجي في بغداد. وأكد سموه أهمية التعاون "
  "مع اللواء محمد باقري.", [MW(FUAD, ARAGHCHI)], [MW(FUAD, BAGHERI), MW(ARAGHCHI, BAGHERI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_honorific_pronoun(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
