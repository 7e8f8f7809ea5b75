"""Session 71 (blind71j): fixes after the first contact of blind set UE-UF (Bahrain and Yemen
2011-2012, written blind: the Peninsula Shield force, the Bassiouni commission, Saleh in Riyadh,
Benomar's talks, Hadi and Basindawa), each read here in other words, other people and both
languages where the form exists in both.

- A reception's guest written as an aide's title whose possessor is a body's head, then the
  aide's name: «استقبل X المنسق الخاص للأمين العام للأمم المتحدة Y» is X with Y, not with the
  Secretary-General the headline named by title (``aide_title_object_ar``).
- Gazetteer: «جمال بن عمر» is Jamal Benomar (Saba's spelling); Cherif Bassiouni, chairman of the
  Bahrain Independent Commission of Inquiry, and the commission.
"""

import pytest

from tests.extract_support import entity_ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

AOUN, KUBIS, GUTERRES = "person:michel-aoun", "person:jan-kubis", "person:antonio-guterres"
HAFTAR, SALAME, ALIMI, GRUNDBERG = ("person:khalifa-haftar", "person:ghassan-salame",
                                    "person:rashad-al-alimi", "person:hans-grundberg")
HADI, BENOMAR, BASSIOUNI = ("person:abdrabbuh-mansur-hadi", "person:jamal-benomar",
                            "person:cherif-bassiouni")
HAMAD = "person:hamad-bin-isa-al-khalifa"


@pytest.mark.parametrize("text,host,guest", [
    ("الرئيس عون يستقبل مبعوث الأمين العام للأمم المتحدة\n"
     "استقبل رئيس الجمهورية العماد ميشال عون ظهر اليوم في قصر بعبدا المنسق الخاص للأمين العام "
     "للأمم المتحدة يان كوبيش، وعرض معه الأوضاع العامة.", AOUN, KUBIS),
    ("المشير حفتر يلتقي موفد الأمين العام للأمم المتحدة\n"
     "والتقى القائد العام المشير خليفة حفتر في الرجمة أمس الممثل الخاص للأمين العام للأمم المتحدة "
     "غسان سلامة، وتناول اللقاء مسار العملية السياسية.", HAFTAR, SALAME),
    ("رئيس مجلس القيادة يستقبل مبعوث الأمين العام للأمم المتحدة\n"
     "عدن - سبأ: استقبل رئيس مجلس القيادة الرئاسي الدكتور رشاد العليمي، اليوم، المبعوث الخاص للأمين "
     "العام للأمم المتحدة إلى اليمن هانس غروندبرغ، وبحث معه جهود إحلال السلام.", ALIMI, GRUNDBERG),
])
def test_aide_title_before_the_name_is_the_guest_not_the_head(shipped, text, host, guest):
    pairs = _met(shipped, text, "ar")
    assert _pair(host, guest) in pairs
    assert _pair(host, GUTERRES) not in pairs


def test_head_named_himself_is_still_the_guest(shipped):
    text = ("استقبل رئيس الجمهورية العماد ميشال عون اليوم في بعبدا الأمين العام للأمم المتحدة "
            "أنطونيو غوتيريش، وعرض معه الأوضاع.")
    assert _pair(AOUN, GUTERRES) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text,lang", [
    ("استقبل نائب الرئيس عبدربه منصور هادي في صنعاء أمس جمال بن عمر، مبعوث الأمم المتحدة.", "ar"),
    ("Vice President Abd Rabbuh Mansur Hadi received Jamal Benomar, the U.N. envoy, in Sanaa.", "en"),
])
def test_benomar_under_both_spellings(shipped, text, lang):
    assert _pair(HADI, BENOMAR) in _met(shipped, text, lang)


@pytest.mark.parametrize("text,lang", [
    ("استقبل الملك حمد بن عيسى آل خليفة في قصر الصخير البروفيسور محمود شريف بسيوني وتسلم منه "
     "التقرير.", "ar"),
    ("King Hamad bin Isa al-Khalifa received Cherif Bassiouni at Sakhir Palace on Wednesday.", "en"),
])
def test_bassiouni_is_known(shipped, text, lang):
    assert BASSIOUNI in entity_ids(shipped, text, lang)
    assert _pair(HAMAD, BASSIOUNI) in _met(shipped, text, lang)


def test_two_titles_joined_by_wa_are_two_guests(shipped):
    # no possessor «لل...» right after the first title: the rule leaves the object list alone
    text = ("استقبل الرئيس الإيراني حسن روحاني اليوم في طهران رئيس مجلس الشورى علي لاريجاني ووزير "
            "الخارجية محمد جواد ظريف، وبحث معهما نتائج المفاوضات.")
    pairs = _met(shipped, text, "ar")
    assert _pair("person:hassan-rouhani", "person:mohammad-javad-zarif") in pairs
    assert _pair("person:hassan-rouhani", "person:ali-larijani") in pairs
