"""Session 67 (blind67k): fixes after the first contact of blind set QC-QD (Sudan 2019-2024, written
blind: Bashir's ouster, Burhan and Hemedti, Hamdok, the October 2021 coup, the UN envoys Perthes and
Lamamra, the Jeddah talks, Burhan's trips abroad, the RSF's commanders).

- Meetings, Arabic: a host told by stacked titles and then his name, with a place-and-day aside
  closed by a comma before his guest, as the Sudanese and Syrian state agencies write it
  («استقبل رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول ركن X بمكتبه
  ببورتسودان اليوم، المبعوث الشخصي ... Y»): Y is the guest, as he was without the comma
  (``meeting_titled_subject_ar.past_subject_name_ar``, ``_aside_comma_ar``); the comma must close
  the aside (no one named in it) and open the guest's name or title, so a و-clause after it
  («اليوم، وأكد في اتصال هاتفي مع Y») gives nothing.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

BURHAN, LAMAMRA, PERTHES, HAMMER = ("person:abdel-fattah-al-burhan", "person:ramtane-lamamra",
                                    "person:volker-perthes", "person:mike-hammer")
ASSAD, ARAGHCHI, ABIY, RUTO = ("person:bashar-al-assad", "person:abbas-araghchi", "person:abiy-ahmed",
                               "person:william-ruto")

_SOV = "رئيس مجلس السيادة القائد العام للقوات المسلحة الفريق أول عبد الفتاح البرهان"


@pytest.mark.parametrize("text, host, guest", [
    ("استقبل رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول ركن عبد الفتاح البرهان "
     "بمكتبه ببورتسودان اليوم، المبعوث الشخصي للأمين العام للأمم المتحدة للسودان رمطان لعمامرة.", BURHAN, LAMAMRA),
    ("استقبل رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول ركن عبد الفتاح البرهان "
     "بمكتبه بالقصر الجمهوري اليوم، رئيس بعثة يونيتامس فولكر بيرتس.", BURHAN, PERTHES),
    (f"التقى {_SOV} ببورتسودان أمس، المبعوث الأمريكي الخاص للقرن الأفريقي مايك هامر.", BURHAN, HAMMER),
    ("استقبل رئيس الجمهورية العربية السورية القائد العام للجيش والقوات المسلحة بشار الأسد بقصر الشعب "
     "اليوم، وزير الخارجية الإيراني عباس عراقجي.", ASSAD, ARAGHCHI),
    (f"استقبل {_SOV} بمكتبه اليوم الأحد، رئيس الوزراء الإثيوبي آبي أحمد.", BURHAN, ABIY),
])
def test_the_guest_after_the_aside_comma_of_a_host_told_by_stacked_titles(shipped, text, host, guest):
    assert _pair(host, guest) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    f"استقبل {_SOV} بمكتبه اليوم، وأكد في اتصال هاتفي مع الرئيس الكيني ويليام روتو دعم الحوار.",
    f"استقبل {_SOV} بمكتبه اليوم، وذلك قبل أن يجري اتصالاً هاتفياً بالرئيس الكيني ويليام روتو.",
    f"لم يستقبل {_SOV} بمكتبه اليوم، المبعوث الأممي رمطان لعمامرة.",
    f"ومن المقرر أن يستقبل {_SOV} بمكتبه غداً، المبعوث الأممي رمطان لعمامرة.",
])
def test_no_guest_after_the_aside_comma_when_none_is_received(shipped, text):
    assert not {_pair(BURHAN, RUTO), _pair(BURHAN, LAMAMRA)} & _met(shipped, text, "ar")
