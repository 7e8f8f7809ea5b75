"""A description "the new X" ("رئيس الحكومة الجديد") is the person the article named as
taking the post, never the one it said was replaced ("خلفاً لـY", "بدلاً من Y"); "السابق"
(former) still is the outgoing one. Our own sentences, not taken from any dev set."""

import pytest

from tests.extract_support import norm, rels

SALAM, MIKATI = "person:nawaf-salam", "person:najib-mikati"
AOUN, BARRACK = "person:joseph-aoun", "person:tom-barrack"


def _met(ex, text):
    return {r for r in rels(ex.extract(text, lang="ar")) if r[0] == "MET_WITH"}


@pytest.mark.parametrize("text,new,partner", [
    ("كلف الرئيس جوزاف عون نواف سلام تشكيل الحكومة خلفا لنجيب ميقاتي. والتقى رئيس الحكومة "
     "الجديد الرئيس عون.", SALAM, AOUN),
    ("عين نواف سلام رئيسا للحكومة بدلا من نجيب ميقاتي. والتقى رئيس الحكومة الجديد الرئيس "
     "جوزاف عون.", SALAM, AOUN),
    ("انتخب البرلمان نواف سلام رئيسا للحكومة خلفا لنجيب ميقاتي. واستقبل رئيس الحكومة الجديد "
     "أمس الموفد الأمريكي توم باراك.", SALAM, BARRACK),
])
def test_new_holder_is_the_incoming(ex, text, new, partner):
    met = _met(ex, text)
    assert norm(("MET_WITH", new, partner)) in met
    assert norm(("MET_WITH", MIKATI, partner)) not in met


def test_former_holder_is_the_outgoing(ex):
    text = ("عين الرئيس جوزاف عون نواف سلام خلفا لنجيب ميقاتي. والتقى رئيس الحكومة السابق "
            "الرئيس عون.")
    assert norm(("MET_WITH", MIKATI, AOUN)) in _met(ex, text)
