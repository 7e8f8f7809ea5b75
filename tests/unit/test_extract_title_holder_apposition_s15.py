"""MET_WITH (Arabic): "التقى X رئيس هيئة الأركان العامة للقوات المسلحة، اللواء Y" -- a title with
its body, then the holder in apposition after one comma: X met Y; the body is no partner.
A list member after "، و" is still a partner. Our own sentences, not from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, BAGHERI = "person:abbas-araghchi", "person:mohammad-bagheri"
STAFF = "organization:iranian-armed-forces-general-staff"
PEZESHKIAN, SALAMI, IRGC = "person:masoud-pezeshkian", "person:hossein-salami", "organization:irgc"
SUDANI, FAYYADH = "person:mohammed-shia-al-sudani", "person:falih-al-fayyadh"
SHAMKHANI = "person:ali-shamkhani"


# (name, text, must, must_not)
CASES = [
 ("general_staff", "والتقى عباس عراقجي رئيس هيئة الأركان العامة للقوات المسلحة، اللواء محمد "
  "باقري.", [MW(ARAGHCHI, BAGHERI)], [MW(ARAGHCHI, STAFF)]),
 ("irgc_commander", "واستقبل مسعود بزشكيان قائد الحرس الثوري، اللواء حسين سلامي.",
  [MW(PEZESHKIAN, SALAMI)], [MW(PEZESHKIAN, IRGC)]),
 ("pmf_head_no_rank", "والتقى محمد شياع السوداني رئيس هيئة الحشد الشعبي، فالح الفياض.",
  [MW(SUDANI, FAYYADH)], []),
 ("no_comma", "والتقى عباس عراقجي رئيس هيئة الأركان العامة للقوات المسلحة اللواء محمد باقري.",
  [MW(ARAGHCHI, BAGHERI)], [MW(ARAGHCHI, STAFF)]),
 # negative: "، و" joins another partner
 ("list_member", "واستقبل مسعود بزشكيان قائد الحرس الثوري اللواء حسين سلامي، وعلي شمخاني.",
  [MW(PEZESHKIAN, SALAMI), MW(PEZESHKIAN, SHAMKHANI)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_title_holder_in_apposition(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
