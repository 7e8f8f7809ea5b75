""""التقى X Y ...، ثم انتقل إلى عين التينة حيث استقبله W": the pronoun of "استقبله" after a
subjectless "(ثم) انتقل / توجه إلى <place> حيث" means the traveller X, the sentence's first
subject, not Y whom he met before moving on. Our own sentences, not from any dev set.
"""

import pytest

from tests.extract_support import met_pairs

AMIR, MIKATI, BERRI = ("person:hossein-amir-abdollahian", "person:najib-mikati",
                       "person:nabih-berri")
ARAGHCHI, AOUN, SALAM = "person:abbas-araghchi", "person:joseph-aoun", "person:nawaf-salam"


@pytest.mark.parametrize("text,right,wrong", [
    ("وفي بيروت، التقى حسين أمير عبد اللهيان رئيس حكومة تصريف الأعمال نجيب ميقاتي في "
     "السراي الحكومي، ثم انتقل إلى عين التينة حيث استقبله رئيس مجلس النواب نبيه بري.",
     (AMIR, BERRI), (MIKATI, BERRI)),
    ("التقى عباس عراقجي الرئيس جوزاف عون في بعبدا، ثم توجه إلى السراي حيث استقبله رئيس "
     "الحكومة نواف سلام.", (ARAGHCHI, SALAM), (AOUN, SALAM)),
    ("عباس عراقجي التقى الرئيس جوزاف عون في بعبدا، ثم انتقل إلى السراي الحكومي حيث استقبله "
     "رئيس الحكومة نواف سلام.", (ARAGHCHI, SALAM), (AOUN, SALAM)),
])
def test_traveller_is_received(ex, text, right, wrong):
    met = met_pairs(ex.extract(text, lang="ar"))
    assert frozenset(right) in met
    assert frozenset(wrong) not in met


@pytest.mark.parametrize("text,pair", [
    # the first meeting stays
    ("التقى عباس عراقجي الرئيس جوزاف عون في بعبدا، ثم توجه إلى السراي حيث استقبله رئيس "
     "الحكومة نواف سلام.", (ARAGHCHI, AOUN)),
    # an arrival with its own subject, as before
    ("وصل عباس عراقجي إلى بيروت حيث استقبله رئيس الحكومة نواف سلام.", (ARAGHCHI, SALAM)),
])
def test_other_pairs_stay(ex, text, pair):
    assert frozenset(pair) in met_pairs(ex.extract(text, lang="ar"))
