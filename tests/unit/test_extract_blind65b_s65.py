"""Session 65 (blind65b): fixes after the first contact of blind set OC-OD (Syria with Russia, Iran
and Turkey 2015-2020, written blind: the Astana and Sochi rounds, the trilateral summits, Assad's
visits, the envoys, the Israeli strikes, the ministerial successions), each read in several
paraphrases of other outlets and people.

- Meetings, Arabic: agency copy says what two people agreed, then, in a sentence that names
  nobody, where: "اتفق الرئيس التركي X ونظيره الروسي Y على ... . جاء ذلك في مؤتمر صحفي مشترك عقب
  لقائهما في الكرملين" / "وجاء ذلك خلال لقاء جمعهما" / "خلال مباحثاتهما": the dual meeting word
  stands for the previous sentence's two joined subjects, who met
  (``meeting_came_during_ar.came_during_dual_ar``, called from ``meetings_ar`` and, for a
  sentence with no mention at all, from ``relations.SentenceRules.run``; such a sentence is read
  because of its dual word: ``rules._REFER_BACK_KEYS``). Not "قبيل لقائهما" nor "عقب لقائهما
  المرتقب" (a meeting to come: ``lexicon.AR_PLANNED_ADJ``, now shared with ``meetings_ar``), nor a
  phone call.
- Successions, English: "X took command of ORG after the 2008 assassination of his cousin and
  brother-in-law, Y" / "after the death of his father and predecessor, Y": two kin words joined
  by "and", "brother-in-law" among them, and the longer phrase before the name
  (``succession_post_after_death_en._kin_before``, ``_kin_word_back``, ``_gone_after``'s window
  of 18 tokens). Not "took a flight", not "was expected to take over".
- Successions, Arabic: the decree's verbal noun "مرسوم بتسمية X نائباً ...، ليشغل المنصب الذي كان
  يشغله Y" is an appointment as "بتعيين" was (``succession_handover.post_held_by``); not when a
  demand or refusal heads it ("طالب نواب بتسمية X ...": ``_AR_UNDONE_HEAD``).
- Meetings, English: the attendee told in a clause of his own, "Z was (also) present / in the
  room / on hand when H received G": Z met H and G, whom the "when" clause pairs
  (``meeting_present_when_en``, run in ``relations.SentenceRules.run`` after the meeting rules);
  not "was not present", "will be present", nor a phone call.
- Meetings, English: the participle "(Photographs showed) Z sitting in on the meeting between X
  and Y" is read as "Z sat in on the meeting" was (``meeting_present_more._sat_in``); not "will
  be sitting in", and ", with Z sitting in" stays ``meeting_sat_in_en``'s.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

ERDOGAN, PUTIN = "person:recep-tayyip-erdogan", "person:vladimir-putin"
CAVUSOGLU, ZARIF = "person:mevlut-cavusoglu", "person:mohammad-javad-zarif"
FAISAL, BLINKEN = "person:faisal-bin-farhan", "person:antony-blinken"
SUDANI, PEZESHKIAN = "person:mohammed-shia-al-sudani", "person:masoud-pezeshkian"
SAFADI, SHOUKRY = "person:ayman-safadi", "person:sameh-shoukry"


@pytest.mark.parametrize("text, a, b", [
    ("اتفق الرئيس التركي رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين، الخميس، على وقف إطلاق النار في "
     "إدلب. جاء ذلك في مؤتمر صحفي مشترك عقب لقائهما في الكرملين.", ERDOGAN, PUTIN),
    ("أكد وزير الخارجية التركي مولود جاويش أوغلو ونظيره الإيراني محمد جواد ظريف أهمية مسار أستانا. "
     "وجاء ذلك خلال لقاء جمعهما في أنقرة.", CAVUSOGLU, ZARIF),
    ("شدد وزير الخارجية السعودي الأمير فيصل بن فرحان ونظيره الأميركي أنتوني بلينكن على ضرورة وقف "
     "التصعيد. جاء ذلك خلال مباحثاتهما في الرياض اليوم.", FAISAL, BLINKEN),
    ("أعرب رئيس الوزراء العراقي محمد شياع السوداني والرئيس الإيراني مسعود بزشكيان عن ارتياحهما لتطور "
     "العلاقات. وجاء ذلك لدى اجتماعهما في بغداد.", SUDANI, PEZESHKIAN),
    ("دعا وزير الخارجية الأردني أيمن الصفدي ونظيره المصري سامح شكري إلى وقف فوري لإطلاق النار. جاء "
     "ذلك في ختام محادثاتهما في عمّان.", SAFADI, SHOUKRY),
])
def test_came_during_their_meeting_pairs_the_two_subjects_before(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text, a, b", [
    ("اتفق الرئيس التركي رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين على تمديد الهدنة. جاء ذلك قبيل "
     "لقائهما في سوتشي.", ERDOGAN, PUTIN),
    ("أكد وزير الخارجية التركي مولود جاويش أوغلو ونظيره الإيراني محمد جواد ظريف أهمية مسار أستانا. "
     "وجاء ذلك في بيان مشترك صدر عقب لقائهما المرتقب.", CAVUSOGLU, ZARIF),
    ("شدد وزير الخارجية السعودي الأمير فيصل بن فرحان ونظيره الأميركي أنتوني بلينكن على ضرورة وقف "
     "التصعيد. جاء ذلك خلال اتصال هاتفي بينهما.", FAISAL, BLINKEN),
])
def test_no_meeting_before_it_or_to_come_or_by_phone(shipped, text, a, b):
    assert _pair(a, b) not in _met(shipped, text, "ar")


BADREDDINE, IMAD = "person:mustafa-badreddine", "person:imad-mughniyeh"
BASHAR, HAFEZ = "person:bashar-al-assad", "person:hafez-al-assad"
MBR, MAKTOUM = "person:mohammed-bin-rashid", "person:maktoum-bin-rashid"
HAITHAM, QABOOS = "person:haitham-bin-tariq", "person:qaboos-bin-said"
JAAFARI, MEKDAD, SABBAGH = "person:bashar-al-jaafari", "person:faisal-mekdad", "person:bassam-al-sabbagh"
ARNOUS, KHAMIS = "person:hussein-arnous", "person:imad-khamis"


def _succ(extractor, text, lang):
    return {(r["source"], r["target"]) for r in extractor.extract(text, lang=lang)["relations"]
            if r["type"] == "SUCCESSOR_OF"}


@pytest.mark.parametrize("text, new, old", [
    ("Mustafa Badreddine took command of Hezbollah's forces after the 2008 assassination of his cousin "
     "and brother-in-law, Imad Mughniyeh.", BADREDDINE, IMAD),
    ("Badreddine took over Hezbollah's military wing after the February 2008 killing of his cousin and "
     "brother-in-law, Imad Mughniyeh, by a car bomb in Damascus.", BADREDDINE, IMAD),
    ("Bashar al-Assad became president after the death of his father and predecessor, Hafez al-Assad, "
     "in 2000.", BASHAR, HAFEZ),
    ("Sheikh Mohammed bin Rashid became ruler of Dubai in 2006 after the death of his brother and "
     "predecessor, Sheikh Maktoum bin Rashid.", MBR, MAKTOUM),
    ("Sultan Haitham bin Tariq took office after the January 2020 death of his cousin and predecessor, "
     "Sultan Qaboos bin Said.", HAITHAM, QABOOS),
])
def test_took_over_after_the_death_of_his_two_kin_words(rules_only, text, new, old):
    assert (new, old) in _succ(rules_only, text, "en")


@pytest.mark.parametrize("text", [
    "Mustafa Badreddine took a flight to Tehran after the 2008 assassination of his cousin and "
    "brother-in-law, Imad Mughniyeh.",
    "Mustafa Badreddine was expected to take over the military wing after the 2008 assassination of his "
    "cousin and brother-in-law, Imad Mughniyeh.",
])
def test_no_post_or_a_hedged_one_after_a_death(shipped, text):
    assert (BADREDDINE, IMAD) not in _succ(shipped, text, "en")


@pytest.mark.parametrize("text, new, old", [
    ("صدر مرسوم بتسمية بشار الجعفري نائباً لوزير الخارجية، ليشغل المنصب الذي كان يشغله فيصل المقداد.",
     JAAFARI, MEKDAD),
    ("أصدر الرئيس بشار الأسد مرسوماً بتسمية حسين عرنوس رئيساً لمجلس الوزراء، ليشغل المنصب الذي كان "
     "يشغله عماد خميس.", ARNOUS, KHAMIS),
    ("وافق مجلس الوزراء على تسمية بسام صباغ مندوباً دائماً لدى الأمم المتحدة، في المنصب الذي كان يشغله "
     "بشار الجعفري.", SABBAGH, JAAFARI),
    ("أصدر الرئيس بشار الأسد المرسوم القاضي بتسمية فيصل المقداد وزيراً للخارجية. كما صدر مرسوم بتسمية "
     "مندوب سورية الدائم لدى الأمم المتحدة الدكتور بشار الجعفري نائباً لوزير الخارجية والمغتربين، ليشغل "
     "المنصب الذي كان يشغله المقداد منذ عام 2006.", JAAFARI, MEKDAD),
])
def test_decree_naming_to_the_post_another_held(shipped, text, new, old):
    assert (new, old) in _succ(shipped, text, "ar")


@pytest.mark.parametrize("text, new, old", [
    ("طالب نواب بتسمية بسام صباغ مندوباً دائماً لدى الأمم المتحدة، في المنصب الذي كان يشغله بشار "
     "الجعفري.", SABBAGH, JAAFARI),
    ("رفض البرلمان تعيين حسين عرنوس رئيساً لمجلس الوزراء، في المنصب الذي كان يشغله عماد خميس.",
     ARNOUS, KHAMIS),
])
def test_a_demanded_or_refused_naming_is_none(shipped, text, new, old):
    assert (new, old) not in _succ(shipped, text, "ar")


SOLEIMANI, ROUHANI, KHAMENEI, ASSAD = ("person:qasem-soleimani", "person:hassan-rouhani",
                                       "person:ali-khamenei", "person:bashar-al-assad")
LAVROV, SHAMKHANI = "person:sergei-lavrov", "person:ali-shamkhani"


@pytest.mark.parametrize("text, z, h, g", [
    ("Qassem Soleimani was also present when Hassan Rouhani received Bashar al-Assad at the presidential "
     "compound.", SOLEIMANI, ROUHANI, ASSAD),
    ("Syrian President Bashar al-Assad met Supreme Leader Ali Khamenei on Monday. Major General Qassem "
     "Soleimani was also present when President Hassan Rouhani received the Syrian leader.",
     SOLEIMANI, ROUHANI, ASSAD),
    ("Foreign Minister Sergei Lavrov was present when Vladimir Putin met Recep Tayyip Erdogan in the "
     "Kremlin.", LAVROV, PUTIN, ERDOGAN),
    ("Ali Shamkhani was in the room when Ali Khamenei received Vladimir Putin in Tehran.",
     SHAMKHANI, KHAMENEI, PUTIN),
    ("Qassem Soleimani was on hand as Ali Khamenei received Bashar al-Assad.", SOLEIMANI, KHAMENEI,
     ASSAD),
])
def test_present_when_they_met_is_an_attendee(rules_only, text, z, h, g):
    met = _met(rules_only, text, "en")
    assert _pair(h, g) in met
    assert _pair(z, h) in met
    assert _pair(z, g) in met


@pytest.mark.parametrize("text", [
    "Sergei Lavrov was not present when Vladimir Putin met Recep Tayyip Erdogan in the Kremlin.",
    "Sergei Lavrov will be present when Vladimir Putin meets Recep Tayyip Erdogan in Sochi next week.",
    "Sergei Lavrov was present when Vladimir Putin spoke by phone with Recep Tayyip Erdogan.",
])
def test_absent_to_come_or_by_phone_is_no_attendee(shipped, text):
    met = _met(shipped, text, "en")
    assert _pair(LAVROV, PUTIN) not in met
    assert _pair(LAVROV, ERDOGAN) not in met


@pytest.mark.parametrize("text, z, h, g", [
    ("Photographs showed Qassem Soleimani sitting in on the meeting between Ali Khamenei and Bashar "
     "al-Assad.", SOLEIMANI, KHAMENEI, ASSAD),
    ("Photographs released by the Kremlin showed Sergei Lavrov sitting in on the meeting between "
     "Vladimir Putin and Recep Tayyip Erdogan.", LAVROV, PUTIN, ERDOGAN),
    ("Video footage showed Ali Shamkhani sitting in on the talks between Ali Khamenei and Vladimir "
     "Putin.", SHAMKHANI, KHAMENEI, PUTIN),
    ("Ali Khamenei met Bashar al-Assad on Monday. Photographs showed Qassem Soleimani sitting in on "
     "the meeting.", SOLEIMANI, KHAMENEI, ASSAD),
])
def test_sitting_in_on_the_meeting_is_an_attendee(rules_only, text, z, h, g):
    met = _met(rules_only, text, "en")
    assert _pair(z, h) in met
    assert _pair(z, g) in met


def test_will_be_sitting_in_is_no_attendee(shipped):
    met = _met(shipped, "Sergei Lavrov will be sitting in on the meeting between Vladimir Putin and "
               "Recep Tayyip Erdogan next week.", "en")
    assert _pair(LAVROV, PUTIN) not in met
    assert _pair(LAVROV, ERDOGAN) not in met
