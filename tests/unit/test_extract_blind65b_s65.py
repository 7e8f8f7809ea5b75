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
