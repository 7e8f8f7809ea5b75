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


# --- a claim whose claimer's apposition holds an accusation --------------------------------------

_HASHI = "person:omar-hashi-aden"


@pytest.mark.parametrize("text, victim, agent", [
    ("Security Minister Omar Hashi Aden was killed in a suicide bombing in Beledweyne on Thursday. "
     "Al-Shabab, the Islamist insurgent group that Washington accuses of links to al-Qaida, claimed "
     "responsibility for the attack.", _HASHI, "organization:al-shabaab"),
    ("Security Minister Omar Hashi Aden was killed in a suicide bombing in Beledweyne on Thursday. "
     "Al-Shabaab, which the United States accuses of links to al-Qaeda, later claimed responsibility.",
     _HASHI, "organization:al-shabaab"),
    ("Iraqi General Mohammed al-Karawi was killed in an ambush near Ramadi on Monday. The Islamic "
     "State, which Baghdad accuses of massacres across Anbar, claimed responsibility for the attack.",
     "person:mohammed-al-karawi", "organization:islamic-state"),
])
def test_an_accusation_inside_the_claimers_apposition_does_not_block_the_claim(rules_only, text,
                                                                               victim, agent):
    rels = {(r["source"], r["target"]) for r in rules_only.extract(text, lang="en")["relations"]
            if r["type"] == "ASSASSINATED_BY"}
    assert (victim, agent) in rels


@pytest.mark.parametrize("text", [
    "Security Minister Omar Hashi Aden was killed in a suicide bombing in Beledweyne on Thursday. "
    "Al-Shabab, the militant group, allegedly claimed responsibility for the attack.",
    "Security Minister Omar Hashi Aden was killed in a suicide bombing in Beledweyne on Thursday. "
    "Al-Shabab, which Washington accuses of links to al-Qaida, has not claimed responsibility.",
    "Security Minister Omar Hashi Aden was killed in a suicide bombing in Beledweyne on Thursday. "
    "Officials accused Al-Shabab, which they say claimed responsibility for the attack.",
])
def test_an_alleged_negated_or_reported_claim_stays_unread(rules_only, text):
    rels = {(r["source"], r["target"]) for r in rules_only.extract(text, lang="en")["relations"]
            if r["type"] == "ASSASSINATED_BY"}
    assert (_HASHI, "organization:al-shabaab") not in rels


# --- "held discussions / consultations with Y", as "held talks with Y" ---------------------------

ABIY_ID, BURHAN, GRUNDBERG, ALIMI = ("person:abiy-ahmed", "person:abdel-fattah-al-burhan",
                                     "person:hans-grundberg", "person:rashad-al-alimi")
BASHIR = "person:omar-al-bashir"


@pytest.mark.parametrize("text, a, b", [
    ("Prime Minister Abiy Ahmed arrived in Port Sudan today for a working visit and held discussions "
     "with Chairman of the Transitional Sovereignty Council of Sudan, General Abdel Fattah al-Burhan.",
     ABIY_ID, BURHAN),
    ("Grundberg travelled to Riyadh, where he held discussions with the Chairman of the Presidential "
     "Leadership Council, Rashad al-Alimi.", GRUNDBERG, ALIMI),
    ("Abiy Ahmed held discussions with President Ismail Omar Guelleh and President Omar al-Bashir.",
     ABIY_ID, BASHIR),
    ("UN envoy Hans Grundberg held consultations with Rashad al-Alimi in Aden on Tuesday.",
     GRUNDBERG, ALIMI),
])
def test_held_discussions_or_consultations_with_is_a_meeting(rules_only, text, a, b):
    assert _pair(a, b) in _met(rules_only, text, "en")


@pytest.mark.parametrize("text, a, b", [
    ("UN envoy Hans Grundberg will hold consultations with Rashad al-Alimi in Riyadh next week.",
     GRUNDBERG, ALIMI),
    ("UN envoy Hans Grundberg did not hold discussions with Rashad al-Alimi during his visit.",
     GRUNDBERG, ALIMI),
    ("Abiy Ahmed is expected to hold discussions with General Abdel Fattah al-Burhan in Port Sudan.",
     ABIY_ID, BURHAN),
])
def test_planned_or_negated_discussions_are_no_meeting(rules_only, text, a, b):
    assert _pair(a, b) not in _met(rules_only, text, "en")


# --- "were also present at the discussion(s) / consultations" ------------------------------------

FARMAJO, KHAIRE, WORKNEH = ("person:mohamed-abdullahi-farmaajo", "person:hassan-ali-khaire",
                            "person:workneh-gebeyehu")
ABDULLAH, BLINKEN, SAFADI = "person:abdullah-ii", "person:antony-blinken", "person:ayman-safadi"


@pytest.mark.parametrize("text, host, guest, attendee", [
    ("Prime Minister Abiy Ahmed held talks with Somali President Mohamed Abdullahi Farmajo at Villa "
     "Somalia. Somali Prime Minister Hassan Ali Khaire and Foreign Minister Workneh Gebeyehu were also "
     "present at the discussion.", ABIY_ID, FARMAJO, WORKNEH),
    ("King Abdullah II received Secretary of State Antony Blinken in Amman. Foreign Minister Ayman "
     "Safadi was also present at the discussions.", ABDULLAH, BLINKEN, SAFADI),
    ("King Abdullah II received Secretary of State Antony Blinken in Amman on Tuesday. Foreign "
     "Minister Ayman Safadi was present at the consultations.", ABDULLAH, BLINKEN, SAFADI),
])
def test_present_at_the_discussion_is_an_attendee(rules_only, text, host, guest, attendee):
    met = _met(rules_only, text, "en")
    assert _pair(attendee, host) in met
    assert _pair(attendee, guest) in met


@pytest.mark.parametrize("text, attendee", [
    ("Prime Minister Abiy Ahmed held talks with President Farmajo at Villa Somalia. Foreign Minister "
     "Workneh Gebeyehu was present at the session of parliament later.", WORKNEH),
    ("King Abdullah II received Secretary of State Antony Blinken in Amman. Foreign Minister Ayman "
     "Safadi was present at the economic conference in the Dead Sea.", SAFADI),
])
def test_present_at_another_event_is_no_attendee(rules_only, text, attendee):
    met = _met(rules_only, text, "en")
    assert not any(attendee in pair for pair in met)
