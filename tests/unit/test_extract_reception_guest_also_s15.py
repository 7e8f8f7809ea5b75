"""MET_WITH (Arabic): after "حيث استقبله Y" / "التقاه Y" the guest goes on: in "وانتقل X
إلى دمشق حيث استقبله Y، كما بحث مع Z" / "كما التقى Z" it is X who met Z, not the host Y.
A verb with a subject of its own after كما keeps it. Our own sentences, not taken from any
dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, ASSAD, MEKDAD = ("person:abbas-araghchi", "person:bashar-al-assad",
                           "person:faisal-mekdad")
ARNOUS, AOUN, SALAM = "person:hussein-arnous", "person:joseph-aoun", "person:nawaf-salam"
SUDANI, KHAMENEI, PEZESHKIAN = ("person:mohammed-shia-al-sudani", "person:ali-khamenei",
                                "person:masoud-pezeshkian")


# (name, text, must, must_not)
CASES = [
 ("discussed_with",
  "وانتقل عراقجي إلى دمشق حيث استقبله الرئيس السوري بشار الأسد، كما بحث مع وزير الخارجية "
  "فيصل المقداد العلاقات الثنائية.", [MW(ARAGHCHI, ASSAD), MW(ARAGHCHI, MEKDAD)],
  [MW(ASSAD, MEKDAD)]),
 ("also_met_list",
  "وانتقل عراقجي إلى دمشق حيث استقبله الرئيس السوري بشار الأسد، كما التقى رئيس الوزراء حسين "
  "عرنوس ووزير الخارجية فيصل المقداد.", [MW(ARAGHCHI, ARNOUS), MW(ARAGHCHI, MEKDAD)],
  [MW(ASSAD, MEKDAD), MW(ASSAD, ARNOUS)]),
 ("met_him_then",
  "وصل رئيس الوزراء العراقي محمد شياع السوداني إلى طهران حيث التقاه المرشد علي خامنئي، كما "
  "اجتمع بالرئيس مسعود بزشكيان.", [MW(SUDANI, KHAMENEI), MW(SUDANI, PEZESHKIAN)],
  [MW(KHAMENEI, PEZESHKIAN)]),
 ("feminine_host_order",
  "زار عراقجي بيروت حيث استقبله الرئيس جوزاف عون في بعبدا، كما بحث مع رئيس الحكومة نواف سلام "
  "الوضع في الجنوب.", [MW(ARAGHCHI, AOUN), MW(ARAGHCHI, SALAM)], [MW(AOUN, SALAM)]),
 # negatives: not held; a subject of its own after كما
 ("not_met",
  "وانتقل عراقجي إلى دمشق حيث استقبله الرئيس السوري بشار الأسد، كما لم يلتق وزير الخارجية "
  "فيصل المقداد.", [MW(ARAGHCHI, ASSAD)], [MW(ARAGHCHI, MEKDAD), MW(ASSAD, MEKDAD)]),
 ("own_subject",
  "وانتقل عراقجي إلى دمشق حيث استقبله الرئيس السوري بشار الأسد، كما التقى رئيس الوزراء حسين "
  "عرنوس وزير الخارجية فيصل المقداد.", [MW(ARAGHCHI, ASSAD)], [MW(ARAGHCHI, MEKDAD)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_guest_goes_on_after_reception(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)


EN_CASES = [
 ("en_received_also",
  "Araghchi travelled to Damascus, where he was received by President Bashar al-Assad, and "
  "also held talks with Foreign Minister Faisal Mekdad.",
  [MW(ARAGHCHI, ASSAD), MW(ARAGHCHI, MEKDAD)], [MW(ASSAD, MEKDAD)]),
]


@pytest.mark.parametrize("name,text,must,must_not", EN_CASES, ids=[c[0] for c in EN_CASES])
def test_guest_goes_on_after_reception_en(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
