"""Session 71 (blind71h): fixes after the first contact of blind set UA-UB (Russia, Turkey and
Iran over Syria's war, written blind), each read here in other words, other people and both
languages where the pattern exists in both.

- "..., and Chief of the General Staff X takes over the ministry from Y": the "of" inside X's
  own title does not make X an object of the clause before (``subjects._object_marked``).
- "X died after being shot by a gunman ..., the Interior Ministry said": the body telling the
  killing is not its agent when the agent stated is an unnamed gunman
  (``scorer_speaker.trailing_teller``).
- «وقدّم X تعازيه لنظيره ... خلال لقاء ثنائي جمعهما»: the dual stands for X and the unnamed
  counterpart, not for another man named in the sentence (``meetings_ar._brought_together``).
- «استقبل X المبعوث الخاص ... إلى سوريا Y»: the guest is the person named after the place the
  envoy is sent to (``meetings.envoy_to_place_ar``).
- "H hosted A, B and C ... and said the four had agreed": the guests counted with the host met
  each other (``meeting_hosted_guests._all_counted``).
- Gazetteer: Fahd Jassem al-Freij, Syria's defence minister 2012-2018; Abdulrahman Al-Fadley,
  Saudi minister of environment, water and agriculture.
"""

import pytest

from tests.extract_support import entity_ids, relation_pairs
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

BAGHERI, HATAMI, NASIRZADEH = "person:mohammad-bagheri", "person:amir-hatami", "person:aziz-nasirzadeh"
PEDERSEN, GRUNDBERG, LE_DRIAN = "person:geir-pedersen", "person:hans-grundberg", "person:jean-yves-le-drian"
JAAFARI, MUALLEM, MIKATI = "person:bashar-al-jaafari", "person:walid-muallem", "person:najib-mikati"
HASHIMI, IRAQ_MOI = "person:hisham-al-hashimi", "organization:iraqi-interior-ministry"
FREIJ, AYYOUB = "person:fahd-jassem-al-freij", "person:ali-abdullah-ayyoub"
JEFFREY, FADLEY = "person:james-jeffrey", "person:abdulrahman-al-fadley"


@pytest.mark.parametrize("text", [
    "Nasirzadeh will stay on as adviser, and Chief of the General Staff Mohammad Bagheri takes over "
    "the Defence Ministry from Amir Hatami, the list showed.",
    "The decree keeps Aziz Nasirzadeh as deputy, while Chief of the Armed Forces General Staff "
    "Mohammad Bagheri took over the ministry from Amir Hatami on Sunday.",
])
def test_titled_subject_with_of_after_a_clause_takes_over(shipped, text):
    pairs = relation_pairs(shipped, text, "SUCCESSOR_OF", "en")
    assert (BAGHERI, HATAMI) in pairs
    assert (NASIRZADEH, HATAMI) not in pairs


def test_title_with_of_after_a_meeting_verb_stays_an_object(shipped):
    text = ("Hatami met the Chief of the General Staff Mohammad Bagheri on Monday, and later "
            "received Aziz Nasirzadeh.")
    pairs = _met(shipped, text)
    assert _pair(HATAMI, BAGHERI) in pairs
    assert _pair(HATAMI, NASIRZADEH) in pairs


@pytest.mark.parametrize("text", [
    "Iraqi researcher Hisham al-Hashimi died after being shot by a gunman outside his home in "
    "Baghdad on Monday evening, the Iraqi Interior Ministry said.",
    "Hisham al-Hashimi was killed by an unidentified attacker in front of his house, the Iraqi "
    "Interior Ministry said on Tuesday.",
])
def test_body_telling_a_killing_by_an_unnamed_gunman_is_no_agent(shipped, text):
    assert (HASHIMI, IRAQ_MOI) not in relation_pairs(shipped, text, "ASSASSINATED_BY", "en")


@pytest.mark.parametrize("text", [
    "وقبيل الجلسة، وقف الوزير وليد المعلم دقيقة صمت على روح المندوب بشار الجعفري، الذي توفي أمس، "
    "وقدّم تعازيه لنظيره اللبناني خلال لقاء ثنائي جمعهما في الفندق.",
    "ووضع وليد المعلم إكليلاً أمام صورة بشار الجعفري الذي قُتل الأسبوع الماضي، ثم عبّر لنظيره "
    "الإيراني عن شكره خلال لقاء جمعهما.",
])
def test_dual_after_a_bare_counterpart_is_not_the_other_named_man(rules_only, text):
    assert _pair(MUALLEM, JAAFARI) not in _met(rules_only, text, "ar")


def test_dual_with_two_named_people_still_met(shipped):
    text = "وأوصل وليد المعلم رسالة إلى نجيب ميقاتي خلال لقاء جمعهما في بيروت أمس."
    assert _pair(MUALLEM, MIKATI) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text,host,guest", [
    ("استقبل رئيس الحكومة نجيب ميقاتي اليوم المبعوث الأممي الخاص إلى سوريا غير بيدرسن والوفد "
     "المرافق له، وجرى البحث في ملف النازحين.", MIKATI, PEDERSEN),
    ("واستقبل وزير الخارجية وليد المعلم في دمشق المبعوث الخاص للأمين العام إلى اليمن هانس "
     "غروندبرغ، بحضور نائبه.", MUALLEM, GRUNDBERG),
    ("استقبل الرئيس نجيب ميقاتي أمس موفد الرئيس الفرنسي إلى لبنان جان إيف لودريان.", MIKATI, LE_DRIAN),
    ("استقبل الرئيس نجيب ميقاتي أمس المبعوث الخاص للرئيس الأميركي إلى سوريا جيمس جيفري.", MIKATI, JEFFREY),
    ("واستقبل وزير الخارجية والمغتربين الدكتور وليد المعلم اليوم المبعوث الخاص للرئيس الأميركي إلى "
     "سورية جيمس جيفري والوفد المرافق له.", MUALLEM, JEFFREY),
])
def test_envoy_to_a_country_received_is_the_guest(shipped, text, host, guest):
    assert _pair(host, guest) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text,lang", [
    ("أصدر الرئيس مرسوماً بتعيين العماد علي عبد الله أيوب وزيراً للدفاع خلفاً للعماد فهد جاسم "
     "الفريج.", "ar"),
    ("Assad named General Ali Abdullah Ayyoub defence minister, replacing General Fahd Jassem "
     "al-Freij.", "en"),
])
def test_freij_known_and_succeeded(shipped, text, lang):
    assert (AYYOUB, FREIJ) in relation_pairs(shipped, text, "SUCCESSOR_OF", lang)


@pytest.mark.parametrize("text,lang", [
    ("In Riyadh, Jordan's agriculture minister Khaled Hneifat held talks with Saudi Minister of "
     "Environment, Water and Agriculture Abdulrahman Al-Fadley on food security.", "en"),
    ("والتقى وزير الزراعة الأردني خالد الحنيفات في الرياض وزير البيئة والمياه والزراعة السعودي "
     "عبد الرحمن الفضلي.", "ar"),
])
def test_fadley_known(shipped, text, lang):
    assert FADLEY in entity_ids(shipped, text, lang)


SAFADI, SHOUKRY, FARHAN, FUAD = ("person:ayman-safadi", "person:sameh-shoukry", "person:faisal-bin-farhan",
                                 "person:fuad-hussein")


def test_hosted_guests_counted_with_the_host_met_each_other(shipped):
    text = ("Iraqi Foreign Minister Fuad Hussein hosted Jordan's Ayman Safadi, Egypt's Sameh Shoukry "
            "and Saudi Arabia's Faisal bin Farhan in Baghdad and said the four had agreed to meet again.")
    pairs = _met(shipped, text)
    assert {_pair(SAFADI, SHOUKRY), _pair(SAFADI, FARHAN), _pair(SHOUKRY, FARHAN)} <= pairs


def test_hosted_guests_counted_at_a_photo_are_not_paired(rules_only):
    text = "Fuad Hussein hosted Ayman Safadi and Sameh Shoukry at a dinner, and the three posed for photos."
    assert _pair(SAFADI, SHOUKRY) not in _met(rules_only, text)
