"""Session 67 (blind67g): fixes after the first contact of blind set PU-PV (Iraq 2020-2022 under
Mustafa al-Kadhimi, written blind), each read in several paraphrases of other outlets and people.

- Meetings, Arabic: the attendees of a convened meeting listed with a comma before each و-word,
  «ترأس X اجتماعاً بحضور A، ورئيس مجلس النواب B، ورئيس تحالف الفتح C»: every one is an
  attendee (``meeting_convened_ar.titled_more_ar``, ``_comma_next``: the و-word must open the
  next person's title or name; «، وأكد X» opens a clause, not a list).
- Meetings, Arabic: the person visited named past a day or place aside, «زار X، ظهر اليوم، Y في
  منزله» / «زار X مساء أمس Y» (``context_meetings.host_past_aside_ar``, reusing
  ``meeting_asides_ar``); "ظهر" / "عصر" / "فجر" / "ظهيرة" / "ليلة" now open such an aside
  (``meeting_asides_ar._AR_WHEN``). A place visited names no host.
- Counterparts, Arabic: a rank word's feminine or dual form holds the rank's office, «وزيرة
  الخارجية الفرنسية X ... مع نظيرها العراقي» and «بحضور وزيري خارجية البلدين A وB»
  (``coref_peers._office_of``, ``_RANK_FORMS``); "الشؤون" of "وزير الشؤون الخارجية" is no
  portfolio word.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

KADHIMI, SALIH, HALBOUSI, AMIRI = ("person:mustafa-al-kadhimi", "person:barham-salih",
                                   "person:mohammed-al-halbousi", "person:hadi-al-amiri")
HUSSEIN, FAYYADH, ZARIF = "person:fuad-hussein", "person:falih-al-fayyadh", "person:mohammad-javad-zarif"
SHARAA, SHAIBANI, ABU_QASRA = "person:ahmed-al-sharaa", "person:asaad-al-shaibani", "person:murhaf-abu-qasra"
SUDANI, ABBAS, ABDULLAH = "person:mohammed-shia-al-sudani", "person:mahmoud-abbas", "person:abdullah-ii"
COLONNA, SAFADI, SHOUKRY, SISI = ("person:catherine-colonna", "person:ayman-safadi", "person:sameh-shoukry",
                                  "person:abdel-fattah-el-sisi")


# --- «بحضور A، وB، وC» after a convened meeting ------------------------------------------------

@pytest.mark.parametrize("text, people", [
    ("ترأس رئيس مجلس الوزراء مصطفى الكاظمي اجتماعاً أمنياً بحضور وزير الخارجية فؤاد حسين، ورئيس "
     "هيئة الحشد الشعبي فالح الفياض.", [KADHIMI, HUSSEIN, FAYYADH]),
    ("عقد رئيس مجلس الوزراء مصطفى الكاظمي اجتماعاً موسعاً بحضور رئيس الجمهورية برهم صالح، ورئيس "
     "مجلس النواب محمد الحلبوسي، ورئيس تحالف الفتح هادي العامري.", [KADHIMI, SALIH, HALBOUSI, AMIRI]),
    ("ترأس رئيس مجلس الوزراء مصطفى الكاظمي، اليوم الأربعاء، في القصر الحكومي، اجتماع الحوار الوطني "
     "بحضور رئيس الجمهورية برهم صالح، ورئيس مجلس النواب محمد الحلبوسي.", [KADHIMI, SALIH, HALBOUSI]),
    ("وعقد الرئيس أحمد الشرع اجتماعاً موسعاً بحضور وزير الخارجية أسعد الشيباني، ووزير الدفاع مرهف "
     "أبو قصرة.", [SHARAA, SHAIBANI, ABU_QASRA]),
])
def test_a_comma_before_each_wa_keeps_the_attendee_list(shipped, text, people):
    met = _met(shipped, text, "ar")
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            assert _pair(a, b) in met, (a, b)


@pytest.mark.parametrize("text, attendee, other", [
    ("ترأس الرئيس أحمد الشرع اجتماعاً بحضور وزير الخارجية أسعد الشيباني، وأكد الشرع ضرورة وحدة "
     "الصف في حديث لاحق مع وزير الدفاع مرهف أبو قصرة.", SHAIBANI, ABU_QASRA),
    ("ترأس رئيس مجلس الوزراء مصطفى الكاظمي اجتماعاً أمنياً بحضور وزير الخارجية فؤاد حسين، وانتقد "
     "رئيس تحالف الفتح هادي العامري الاجتماع.", HUSSEIN, AMIRI),
])
def test_a_clause_after_the_comma_is_no_attendee(rules_only, text, attendee, other):
    # (rules only: the scorer already paired such a later person at the start, seen not fixed)
    met = _met(rules_only, text, "ar")
    assert _pair(attendee, other) not in met


# --- «زار X، ظهر اليوم، Y» ----------------------------------------------------------------------

@pytest.mark.parametrize("text, visitor, host", [
    ("وزار رئيس الجمهورية برهم صالح، ظهر اليوم، الكاظمي في منزله للاطمئنان عليه.", SALIH, KADHIMI),
    ("زار رئيس الجمهورية برهم صالح، اليوم الأحد، رئيس الوزراء مصطفى الكاظمي في منزله.", SALIH, KADHIMI),
    ("زار الرئيس محمود عباس، مساء أمس، العاهل الأردني الملك عبد الله الثاني في قصره.", ABBAS, ABDULLAH),
    ("وزار رئيس مجلس الوزراء محمد شياع السوداني مساء أمس رئيس هيئة الحشد الشعبي فالح الفياض في "
     "مكتبه.", SUDANI, FAYYADH),
])
def test_the_person_visited_past_a_time_aside(shipped, text, visitor, host):
    assert _pair(visitor, host) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text, visitor, other", [
    ("لم يزر رئيس الجمهورية برهم صالح، ظهر اليوم، رئيس الوزراء مصطفى الكاظمي.", SALIH, KADHIMI),
    ("زار رئيس مجلس الوزراء محمد شياع السوداني، اليوم الخميس، مدينة النجف، وأشاد بجهود رئيس هيئة "
     "الحشد الشعبي فالح الفياض.", SUDANI, FAYYADH),
])
def test_no_visit_no_person_visited(shipped, text, visitor, other):
    assert _pair(visitor, other) not in _met(shipped, text, "ar")


# --- «وزيرة الخارجية ... نظيرها العراقي», «وزيري خارجية البلدين» ---------------------------------

@pytest.mark.parametrize("text, guest, peer", [
    ("وحضر اللقاء وزير الخارجية فؤاد حسين. وأجرت وزيرة الخارجية الفرنسية كاترين كولونا مباحثات مع "
     "نظيرها العراقي.", COLONNA, HUSSEIN),
    ("وعلى هامش القمة، عقد الكاظمي لقاءً ثنائياً مع الرئيس السيسي بحضور وزيري خارجية البلدين فؤاد "
     "حسين وسامح شكري. كما أجرى وزير الخارجية الأردني أيمن الصفدي مباحثات مع نظيره العراقي في مقر "
     "الوزارة.", SAFADI, HUSSEIN),
    ("واستقبل السيسي وزيري خارجية البلدين أيمن الصفدي وفؤاد حسين. وكانت وزيرة الخارجية الفرنسية "
     "كاترين كولونا قد عقدت مباحثات مع نظيرها الأردني في عمّان.", COLONNA, SAFADI),
])
def test_a_feminine_or_dual_title_holds_the_office(shipped, text, guest, peer):
    assert _pair(guest, peer) in _met(shipped, text, "ar")


def test_a_counterpart_of_another_office_is_not_read(shipped):
    text = ("وحضر اللقاء رئيس الجمهورية برهم صالح. وأجرت وزيرة الخارجية الفرنسية كاترين كولونا "
            "مباحثات مع نظيرها العراقي.")
    assert _pair(COLONNA, SALIH) not in _met(shipped, text, "ar")
