""""وانتقل X إلى دمشق، حيث استقبله Y، ثم بحث مع Z": X moved on to the next stop of a tour, Y
received him, and the meeting after it (no subject of its own) is X's: X met Z, not Y.
"انتقل" now counts as an arrival for the visitor's meetings, as "وصل" and "توجه" did. Our own
sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import met_pairs

BAGHERI, ASSAD, ARNOUS, MEKDAD = ("person:ali-bagheri-kani", "person:bashar-al-assad",
                                  "person:hussein-arnous", "person:faisal-mekdad")
ARAGHCHI, ERDOGAN, FIDAN = ("person:abbas-araghchi", "person:recep-tayyip-erdogan",
                            "person:hakan-fidan")
GHALIBAF, BERRI, MIKATI = ("person:mohammad-bagher-ghalibaf", "person:nabih-berri",
                           "person:najib-mikati")


@pytest.mark.parametrize("text,right,wrong", [
    ("وانتقل علي باقري كني إلى دمشق حيث استقبله الرئيس السوري بشار الأسد، كما بحث مع رئيس "
     "الوزراء حسين عرنوس العلاقات الثنائية.", (BAGHERI, ARNOUS), (ASSAD, ARNOUS)),
    ("وانتقل علي باقري كني صباح السبت إلى دمشق، فاستقبله الرئيس بشار الأسد، ثم بحث مع وزير "
     "الخارجية فيصل المقداد الملفات العالقة.", (BAGHERI, MEKDAD), (ASSAD, MEKDAD)),
    ("ثم انتقل عباس عراقجي إلى أنقرة، حيث استقبله الرئيس رجب طيب أردوغان، ثم التقى وزير "
     "الخارجية هاكان فيدان.", (ARAGHCHI, FIDAN), (ERDOGAN, FIDAN)),
    ("وانتقل محمد باقر قاليباف إلى بيروت حيث استقبله رئيس مجلس النواب نبيه بري، كما التقى "
     "رئيس الحكومة نجيب ميقاتي.", (GHALIBAF, MIKATI), (BERRI, MIKATI)),
])
def test_moved_on_visitor_meets(ex, text, right, wrong):
    met = met_pairs(ex.extract(text, lang="ar"))
    assert frozenset(right) in met
    assert frozenset(wrong) not in met


@pytest.mark.parametrize("text,pair", [
    # the host still met the visitor
    ("وانتقل علي باقري كني إلى دمشق حيث استقبله الرئيس السوري بشار الأسد، كما بحث مع رئيس "
     "الوزراء حسين عرنوس العلاقات الثنائية.", (BAGHERI, ASSAD)),
    # no one moved on: the named subject's meeting stays
    ("وانتقلت المفاوضات إلى دمشق، حيث التقى الرئيس بشار الأسد وزير الخارجية فيصل المقداد.",
     (ASSAD, MEKDAD)),
])
def test_other_meetings_stay(ex, text, pair):
    assert frozenset(pair) in met_pairs(ex.extract(text, lang="ar"))
