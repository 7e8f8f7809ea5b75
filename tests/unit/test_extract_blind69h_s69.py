"""Session 69 (blind69h): fixes after the first contact of blind set SE-SF (Somalia and the Horn of
Africa 2008-2024, written blind), each read in several paraphrases of other outlets and people.

- Meetings, Arabic: the participants of a summit or meeting that was held or hosted, listed after
  "بمشاركة", met each other, and the person who held or hosted it met each of them: «استضاف X
  قمة ...، بمشاركة A، وB، وC», «وكان X قد استضاف في القاهرة قمة ...، بمشاركة A وB»، «وكان
  الاجتماع الخامس قد عُقد في إسلام آباد بمشاركة A وB وC»، «عقدت قوى الإطار اجتماعاً ...، بمشاركة
  A وB وC» (``meeting_held_participants_ar``, run by ``meeting_presided_ar`` when no chair is
  named). Not a planned, future or negated meeting, not a delegation's members ("وفد برئاسة X
  وبمشاركة Y"), not a conference with no meeting noun.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

HSM, GUELLEH, ABIY, RUTO = ("person:hassan-sheikh-mohamud", "person:ismail-omar-guelleh",
                            "person:abiy-ahmed", "person:william-ruto")
SISI, KIIR, MENFI = "person:abdel-fattah-el-sisi", "person:salva-kiir", "person:mohamed-al-menfi"
QIN, BILAWAL, MUTTAQI = "person:qin-gang", "person:bilawal-bhutto-zardari", "person:amir-khan-muttaqi"
SUDANI, MALIKI, AMIRI = ("person:mohammed-shia-al-sudani", "person:nouri-al-maliki",
                         "person:hadi-al-amiri")
ERDOGAN, TAMIM = "person:recep-tayyip-erdogan", "person:tamim-bin-hamad-al-thani"


# --- "بمشاركة A وB وC" after a summit or meeting held or hosted ---------------------------------

@pytest.mark.parametrize("text, people", [
    ("استضاف فخامة رئيس الجمهورية الدكتور حسن شيخ محمود، اليوم الأربعاء، في القصر الرئاسي بمقديشو، "
     "قمة رؤساء دول المواجهة بمشاركة رئيس جمهورية جيبوتي إسماعيل عمر جيله، ورئيس الوزراء الإثيوبي "
     "الدكتور آبي أحمد علي، والرئيس الكيني وليام روتو.", [HSM, GUELLEH, ABIY, RUTO]),
    ("وكان الرئيس السيسي قد استضاف في القاهرة في 13 يوليو قمة دول جوار السودان، بمشاركة رئيس "
     "الوزراء الإثيوبي آبي أحمد، ورئيس جنوب السودان سلفا كير، ورئيس المجلس الرئاسي الليبي محمد "
     "المنفي.", [SISI, ABIY, KIIR, MENFI]),
    ("احتضنت العاصمة الكينية نيروبي أمس قمة إقليمية طارئة بمشاركة الرئيس وليام روتو ورئيس الوزراء "
     "الإثيوبي آبي أحمد والرئيس الصومالي حسن شيخ محمود.", [RUTO, ABIY, HSM]),
    ("واستضاف الرئيس التركي رجب طيب أردوغان في إسطنبول اجتماعاً، بمشاركة أمير قطر الشيخ تميم بن حمد "
     "آل ثاني والرئيس المصري عبد الفتاح السيسي.", [ERDOGAN, TAMIM, SISI]),
])
def test_a_hosted_summit_pairs_its_host_and_participants(shipped, text, people):
    met = _met(shipped, text, "ar")
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            assert _pair(a, b) in met


@pytest.mark.parametrize("text, people", [
    ("وكان الاجتماع الخامس قد عقد في إسلام آباد في مايو 2023 بمشاركة تشين غانغ ووزير الخارجية "
     "الباكستاني آنذاك بيلاول بوتو زرداري.", [QIN, BILAWAL]),
    ("عقدت قوى الإطار التنسيقي مساء الاثنين اجتماعاً في مكتب رئيس تيار الحكمة عمار الحكيم، بمشاركة "
     "رئيس الوزراء محمد شياع السوداني وزعيم ائتلاف دولة القانون نوري المالكي والأمين العام لمنظمة "
     "بدر هادي العامري.", [SUDANI, MALIKI, AMIRI]),
    ("وانعقدت القمة في مقديشو بمشاركة الرئيس الكيني وليام روتو ورئيس الوزراء الإثيوبي آبي أحمد.",
     [RUTO, ABIY]),
])
def test_the_participants_of_a_held_meeting_met_each_other(rules_only, text, people):
    met = _met(rules_only, text, "ar")
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            assert _pair(a, b) in met


@pytest.mark.parametrize("text, a, b", [
    ("ومن المقرر أن يستضيف الرئيس السيسي قمة دول جوار السودان، بمشاركة رئيس الوزراء الإثيوبي آبي "
     "أحمد، ورئيس جنوب السودان سلفا كير.", ABIY, KIIR),
    ("وستعقد القمة المقبلة في نيروبي بمشاركة رئيس الوزراء الإثيوبي آبي أحمد والرئيس الصومالي حسن شيخ "
     "محمود.", ABIY, HSM),
    ("ولم تُعقد القمة بمشاركة رئيس الوزراء الإثيوبي آبي أحمد ورئيس جنوب السودان سلفا كير.", ABIY, KIIR),
    ("وافتتح الرئيس السيسي مؤتمراً اقتصادياً في القاهرة بمشاركة رئيس الوزراء الإثيوبي آبي أحمد ورئيس "
     "جنوب السودان سلفا كير.", ABIY, KIIR),
])
def test_no_participants_paired_for_a_plan_a_delegation_or_a_conference(rules_only, text, a, b):
    assert _pair(a, b) not in _met(rules_only, text, "ar")
