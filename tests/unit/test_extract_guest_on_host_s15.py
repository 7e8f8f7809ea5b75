""""حلّ X ضيفاً على Y في دمشق، وأجرى مباحثات مع Z": the subject carried into the second clause
is X, the guest, not Y, named after the preposition "على" (or "لدى"). Our own sentences, not
taken from any dev set.
"""

import pytest

from tests.extract_support import met_pairs

LAMMY, SHARAA, SHAIBANI = ("person:david-lammy", "person:ahmed-al-sharaa",
                           "person:asaad-al-shaibani")
FIDAN, BERRI, MIKATI = "person:hakan-fidan", "person:nabih-berri", "person:najib-mikati"


@pytest.mark.parametrize("text,right,wrong", [
    ("حلّ وزير الخارجية البريطاني ديفيد لامي ضيفاً على الرئيس أحمد الشرع في دمشق، وأجرى "
     "مباحثات مع نظيره أسعد الشيباني.", (LAMMY, SHAIBANI), (SHARAA, SHAIBANI)),
    ("وحلّ وزير الخارجية التركي هاكان فيدان ضيفاً على رئيس مجلس النواب نبيه بري في عين "
     "التينة، وعقد اجتماعاً مع رئيس الحكومة نجيب ميقاتي.", (FIDAN, MIKATI), (BERRI, MIKATI)),
    ("نزل هاكان فيدان ضيفاً على أحمد الشرع في قصر الشعب، ثم عقد اجتماعاً مع أسعد الشيباني.",
     (FIDAN, SHAIBANI), (SHARAA, SHAIBANI)),
])
def test_guest_is_the_subject(ex, text, right, wrong):
    met = met_pairs(ex.extract(text, lang="ar"))
    assert frozenset(right) in met
    assert frozenset(wrong) not in met


@pytest.mark.parametrize("text,pair", [
    # the host still met the guest
    ("حلّ وزير الخارجية البريطاني ديفيد لامي ضيفاً على الرئيس أحمد الشرع في دمشق، وأجرى "
     "مباحثات مع نظيره أسعد الشيباني.", (LAMMY, SHARAA)),
    # no preposition: the first clause's subject, as before
    ("التقى هاكان فيدان أحمد الشرع في دمشق، وأجرى مباحثات مع أسعد الشيباني.",
     (FIDAN, SHAIBANI)),
])
def test_other_pairs_stay(ex, text, pair):
    assert frozenset(pair) in met_pairs(ex.extract(text, lang="ar"))
