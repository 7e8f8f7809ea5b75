""""التقى X Y (، لبحث ...) (،) ثم اجتمع بـZ": the verb after ثم keeps the subject X of the clause
before, past a purpose noun (لبحث، لمناقشة) and without a comma; "كما التقى W بـZ" has a
subject of its own (session 16). Our own sentences."""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, HUSSEIN, SUDANI = "person:abbas-araghchi", "person:fuad-hussein", \
    "person:mohammed-shia-al-sudani"
BARRACK, ABDI, SHAIBANI = "person:tom-barrack", "person:mazloum-abdi", "person:asaad-al-shaibani"
RASHID = "person:abdul-latif-rashid"


@pytest.mark.parametrize("text,must,must_not", [
    ("التقى عراقجي نظيره العراقي فؤاد حسين ثم اجتمع مع السوداني.",
     [MW(ARAGHCHI, HUSSEIN), MW(ARAGHCHI, SUDANI)], [MW(HUSSEIN, SUDANI)]),
    ("التقى المبعوث الأميركي توم باراك، الأربعاء، قائد قسد مظلوم عبدي، لبحث تنفيذ الاتفاق، "
     "ثم اجتمع بوزير الخارجية أسعد الشيباني.",
     [MW(BARRACK, ABDI), MW(BARRACK, SHAIBANI)], [MW(ABDI, SHAIBANI)]),
    ("استقبل الرئيس العراقي عبد اللطيف رشيد وزير الخارجية الإيراني عباس عراقجي لمناقشة "
     "العلاقات الثنائية ثم التقى رئيس الوزراء محمد شياع السوداني.",
     [MW(RASHID, ARAGHCHI), MW(RASHID, SUDANI)], [MW(ARAGHCHI, SUDANI)]),
    ("وصل مظلوم عبدي إلى دمشق، والتقى توم باراك لمناقشة الاندماج، ثم اجتمع بالشيباني.",
     [MW(ABDI, BARRACK), MW(ABDI, SHAIBANI)], [MW(BARRACK, SHAIBANI)]),
])
def test_then_met_keeps_the_subject(ex, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), text, must, must_not)


def test_objects_with_bi_after_then(ex):
    text = ("والتقى عراقجي نظيره فؤاد حسين في بغداد، ثم اجتمع برئيس الجمهورية عبد اللطيف رشيد "
            "وبالسوداني.")
    assert_relations(ex.extract(text, lang="ar"), text,
                     [MW(ARAGHCHI, RASHID), MW(ARAGHCHI, SUDANI)], [MW(HUSSEIN, RASHID)])


def test_english_then_met(ex):
    text = ("Tom Barrack met SDF commander Mazloum Abdi in Damascus to discuss the deal, then met "
            "Foreign Minister Asaad al-Shaibani.")
    assert_relations(ex.extract(text, lang="en"), text,
                     [MW(BARRACK, ABDI), MW(BARRACK, SHAIBANI)], [MW(ABDI, SHAIBANI)])
