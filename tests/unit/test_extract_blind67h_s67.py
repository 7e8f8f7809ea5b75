"""Session 67 (blind67h): fixes after the first contact of blind set PW-PX (Lebanon 2019-2025,
written blind: Hariri, Diab, Mikati, the port blast, the envoys Le Drian and Hochstein, the
Hezbollah commanders killed in 2024, Joseph Aoun and Nawaf Salam), each read in several
paraphrases of other outlets, people and titles.

- Meetings, Arabic: the agencies' reception whose guest comes past a time / place aside and whose
  title opens with a definite agent noun governing another's office, «استقبل H، ظهر اليوم في
  عين التينة، الممثل الشخصي للرئيس الفرنسي وزير الخارجية السابق Y» / «...، المبعوث الخاص للرئيس
  الأميركي إلى الشرق الأوسط Y»: Y, the name that closes the part, is the guest
  (``reception_agent_guest_ar``, called by ``reception_aside_ar``); not the one the agent acts for
  when he closes the part with only his ل-title («المبعوث الخاص للرئيس الأميركي دونالد ترامب،»).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

LEDRIAN, JAOUN, BERRI, MIKATI = ("person:jean-yves-le-drian", "person:joseph-aoun", "person:nabih-berri",
                                 "person:najib-mikati")
WITKOFF, TRUMP, JOHNSON, KHALIL = ("person:steve-witkoff", "person:donald-trump", "person:lisa-johnson",
                                   "person:ali-hassan-khalil")
SUDANI, GRUNDBERG, ALIMI = ("person:mohammed-shia-al-sudani", "person:hans-grundberg",
                            "person:rashad-al-alimi")
MACRON = "person:emmanuel-macron"


# --- a reception's guest past an aside, titled as another's envoy or representative ---------

@pytest.mark.parametrize("text, host, guest", [
    ("استقبل رئيس مجلس النواب نبيه بري، ظهر اليوم في مقر الرئاسة الثانية في عين التينة، الممثل "
     "الشخصي للرئيس الفرنسي وزير الخارجية السابق جان إيف لودريان، وجرى عرض للأوضاع العامة.",
     BERRI, LEDRIAN),
    ("استقبل رئيس الجمهورية جوزاف عون، قبل ظهر اليوم في قصر بعبدا، المبعوث الخاص للرئيس الأميركي "
     "إلى الشرق الأوسط ستيف ويتكوف، وعرض معه التطورات.", JAOUN, WITKOFF),
    ("استقبل رئيس حكومة تصريف الأعمال نجيب ميقاتي، بعد ظهر اليوم في السراي الحكومي، الموفد الشخصي "
     "للرئيس الفرنسي وزير الخارجية السابق جان إيف لودريان.", MIKATI, LEDRIAN),
    ("التقى رئيس مجلس القيادة الرئاسي الدكتور رشاد محمد العليمي، اليوم الأحد، في العاصمة السعودية "
     "الرياض، المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن هانس جروندبرج.", ALIMI, GRUNDBERG),
])
def test_a_guest_titled_as_an_envoy_past_an_aside_is_met(shipped, text, host, guest):
    assert _pair(host, guest) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text, host, guest, attendee", [
    ("استقبل رئيس مجلس النواب نبيه بري، ظهر اليوم في عين التينة، الممثل الشخصي للرئيس الفرنسي "
     "وزير الخارجية السابق جان إيف لودريان، في حضور النائب علي حسن خليل.", BERRI, LEDRIAN, KHALIL),
    ("استقبل الرئيس جوزاف عون، قبل ظهر اليوم في قصر بعبدا، المبعوث الخاص للرئيس الأميركي إلى الشرق "
     "الأوسط ستيف ويتكوف، في حضور السفيرة الأميركية ليزا جونسون.", JAOUN, WITKOFF, JOHNSON),
])
def test_the_attendee_of_such_a_reception_meets_both(shipped, text, host, guest, attendee):
    met = _met(shipped, text, "ar")
    assert _pair(host, guest) in met
    assert _pair(attendee, host) in met
    assert _pair(attendee, guest) in met


@pytest.mark.parametrize("text, host, principal", [
    ("استقبل رئيس الجمهورية جوزاف عون، قبل ظهر اليوم في قصر بعبدا، المبعوث الخاص للرئيس الأميركي "
     "دونالد ترامب، وبحث معه في الأوضاع.", JAOUN, TRUMP),
])
def test_the_one_the_unnamed_envoy_acts_for_is_not_met(shipped, text, host, principal):
    assert _pair(host, principal) not in _met(shipped, text, "ar")


def test_the_president_an_unnamed_envoy_acts_for_is_not_met_by_the_rules(rules_only):
    # (the scorer pairs Berri and Macron here on the start code too: seen, not fixed)
    text = ("استقبل رئيس مجلس النواب نبيه بري، ظهر اليوم في عين التينة، الموفد الشخصي للرئيس الفرنسي "
            "إيمانويل ماكرون، وجرى عرض للأوضاع.")
    assert _pair(BERRI, MACRON) not in _met(rules_only, text, "ar")


def test_a_planned_reception_past_an_aside_is_no_meeting(shipped):
    text = ("ومن المقرر أن يستقبل رئيس مجلس النواب نبيه بري، غداً في عين التينة، الممثل الشخصي للرئيس "
            "الفرنسي وزير الخارجية السابق جان إيف لودريان.")
    assert _pair(BERRI, LEDRIAN) not in _met(shipped, text, "ar")


# --- killings, Arabic: a nom de guerre in quotes between the victim and a passive death verb ---

SHUKR, AQIL, TAWIL, ISRAEL = ("person:fuad-shukr", "person:ibrahim-aqil", "person:wissam-al-tawil",
                              "country:israel")
NASSER, TALEB = "person:mohammed-nasser", "person:taleb-abdallah"


def _killed(extractor, text):
    return {(r["source"], r["target"]) for r in extractor.extract(text, lang="ar")["relations"]
            if r["type"] == "ASSASSINATED_BY"}


@pytest.mark.parametrize("text, victim", [
    ("وكان القائد فؤاد شكر «الحاج محسن» قد استشهد بغارة إسرائيلية على حارة حريك.", SHUKR),
    ("وكان القائد الجهادي الحاج إبراهيم عقيل «الحاج عبد القادر» قد استشهد في غارة إسرائيلية على "
     "الضاحية الجنوبية.", AQIL),
    ("وكان القيادي في قوة الرضوان وسام الطويل «الحاج جواد» قد قتل بغارة إسرائيلية على خربة سلم.", TAWIL),
    ("وكان القائد طالب عبد الله «الحاج سامي» قد استشهد بغارة إسرائيلية على جويا.", TALEB),
])
def test_the_named_victim_not_his_quoted_nom_de_guerre_is_killed(shipped, text, victim):
    got = _killed(shipped, text)
    assert (victim, ISRAEL) in got
    assert all(v == victim for v, _ in got)


def test_a_nom_de_guerre_victim_with_no_agent_is_no_killing(shipped):
    text = "وكان القائد فؤاد شكر «الحاج محسن» قد استشهد في غارة على حارة حريك."
    assert not _killed(shipped, text)


# --- killings, Arabic: «ارتقى / قضى» with a date before the strike ----------------------------

@pytest.mark.parametrize("text, victim", [
    ("وكان القائد فؤاد شكر قد ارتقى في 30 تموز بغارة إسرائيلية على حارة حريك.", SHUKR),
    ("وكان القائد وسام الطويل قد ارتقى يوم الاثنين بغارة إسرائيلية على خربة سلم.", TAWIL),
    ("وكان القائد إبراهيم عقيل قد قضى في 20 أيلول بغارة إسرائيلية على الضاحية الجنوبية.", AQIL),
    ("وكان القائد محمد ناصر قد ارتقى في 3 تموز بغارة إسرائيلية قرب صور.", NASSER),
])
def test_a_death_verb_with_a_date_before_the_strike_is_a_killing(shipped, text, victim):
    assert (victim, ISRAEL) in _killed(shipped, text)


@pytest.mark.parametrize("text", [
    "وكان إبراهيم عقيل قد ارتقى في 2008 إلى قيادة قوة الرضوان قبل غارة إسرائيلية.",
    "وكان فؤاد شكر قد قضى في 1985 سنوات في الجنوب.",
])
def test_rose_or_spent_with_a_date_is_no_killing(shipped, text):
    assert not _killed(shipped, text)


# --- meetings, Arabic: a visit opened with a meeting, by a visitor with a long title and name ---

GHALIBAF, BARRACK, SHARAA = "person:mohammad-bagher-ghalibaf", "person:tom-barrack", "person:ahmed-al-sharaa"
SHAIBANI, FIDAN = "person:asaad-al-shaibani", "person:hakan-fidan"


@pytest.mark.parametrize("text, visitor, met", [
    ("واستهل رئيس مجلس الشورى الإسلامي الإيراني محمد باقر قاليباف زيارته إلى بيروت بلقاء رئيس مجلس "
     "النواب نبيه بري في عين التينة.", GHALIBAF, BERRI),
    ("وبدأ المبعوث الأميركي الخاص إلى سوريا توم باراك جولته بلقاء الرئيس أحمد الشرع في قصر الشعب.",
     BARRACK, SHARAA),
    ("بدأ الموفد الرئاسي الفرنسي جان إيف لو دريان جولته الثالثة على المسؤولين اللبنانيين بلقاء رئيس "
     "البرلمان نبيه برّي في عين التينة.", LEDRIAN, BERRI),
    ("واختتم وزير الخارجية والمغتربين السوري أسعد حسن الشيباني زيارته إلى أنقرة باجتماع مع نظيره "
     "التركي هاكان فيدان.", SHAIBANI, FIDAN),
])
def test_a_visit_opened_with_a_meeting_by_a_long_titled_visitor(shipped, text, visitor, met):
    assert _pair(visitor, met) in _met(shipped, text, "ar")


def test_a_visit_to_be_opened_with_a_meeting_is_no_meeting(shipped):
    text = ("ومن المقرر أن يستهل رئيس مجلس الشورى الإسلامي الإيراني محمد باقر قاليباف زيارته إلى بيروت "
            "غداً بلقاء رئيس مجلس النواب نبيه بري.")
    assert _pair(GHALIBAF, BERRI) not in _met(shipped, text, "ar")
