"""Session 62 (blind62c): fixes after the first contact of blind set NG-NH (Yemen and the Red Sea
2024-2025, written blind: the Houthis and their Sanaa government, the Israeli strike that killed
Ahmed al-Rahawi, the UN envoy, Oman's and Saudi Arabia's talks, the Presidential Leadership
Council), each read in several paraphrases of other outlets and people.

- Meetings: the one whose envoy or ambassador an attendee or a guest is, named right after the
  agent noun, is no party: «حضر الاستقبال سفير خادم الحرمين الشريفين لدى اليمن X»، «وحضر
  اللقاء مبعوث الرئيس الأمريكي دونالد ترامب ... X»، «وشارك في الاجتماع ممثل الرئيس التركي ...
  X» (``meeting_attend_forms.attendee_mention_ar``), and «استقبل X، <time, place>، سفير خادم
  الحرمين الشريفين لدى بلادنا (السفير) Y» (``meeting_fallback._partner_ar``); the agent is the
  party (``principal_named.envoy_of``); not «ممثل الحزب في إيران الشيخ Y», whose own title it is.
- Killings: a death "of wounds (he suffered) in <strike>" told after the victim's name and its
  title, apposition or relative clause: «أعلنت الجماعة مقتل رئيس هيئة الأركان ... X، متأثراً
  بجروح أصيب بها في غارات إسرائيلية»، «X، الذي ارتقى شهيداً متأثراً بجراحه التي أصيب بها جراء
  العدوان الصهيوني»، «X، الذي استشهد متأثراً بجروح ... في قصف إسرائيلي»، «استشهاد القيادي X
  متأثراً بجراحه جراء ضربة أمريكية» (``kill_wounds_after_ar``); not when the death told is
  others' («مقتل ثلاثة ...، فيما يرقد X في المستشفى متأثراً بجروح»), nor with no death («ما زال
  متأثراً بجروحه»); the successor appointed after that clause is no fellow victim
  (``kill_victim_lists._AR_APPOS_STOP``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

KING_SALMAN, TRUMP, ERDOGAN = ("person:salman-bin-abdulaziz", "person:donald-trump",
                               "person:recep-tayyip-erdogan")
KBS, ALIMI, JABER, ARADA = ("person:khalid-bin-salman", "person:rashad-al-alimi",
                            "person:mohammed-al-jaber", "person:sultan-al-arada")
MBS, BISHI, ZELENSKY = ("person:mohammed-bin-salman", "person:mohammed-al-bishi",
                        "person:volodymyr-zelensky")
AOUN, BARRACK, WITKOFF = "person:joseph-aoun", "person:tom-barrack", "person:steve-witkoff"
SHARAA, FIDAN, YILMAZ = "person:ahmed-al-sharaa", "person:hakan-fidan", "person:nuhu-yilmaz"
AB = "ASSASSINATED_BY"
ISRAEL, US = "country:israel", "country:united-states"
GHAMARI, MADANI, AQIL = ("person:mohammed-al-ghamari", "person:yousef-al-madani",
                         "person:ibrahim-aqil")
SALAMA, SAADI = "person:rafa-salama", "person:abu-baqir-al-saadi"
PEZESHKIAN, A_SAFIEDDINE = "person:masoud-pezeshkian", "person:abdullah-safi-al-din"


# --- the one whose envoy or ambassador is named is no party ----------------------------------

@pytest.mark.parametrize("text, principal, pairs", [
    ("استقبل الأمير خالد بن سلمان وزير الدفاع، في الرياض اليوم، الدكتور رشاد العليمي رئيس مجلس "
     "القيادة الرئاسي. حضر الاستقبال سفير خادم الحرمين الشريفين لدى اليمن محمد آل جابر، وعضو "
     "مجلس القيادة الرئاسي اللواء سلطان العرادة.", KING_SALMAN,
     [(KBS, ALIMI), (JABER, ALIMI), (KBS, ARADA), (JABER, ARADA)]),
    ("استقبل ولي العهد السعودي الأمير محمد بن سلمان في جدة الرئيس الأوكراني فولوديمير زيلينسكي، "
     "وحضر الاستقبال سفير خادم الحرمين الشريفين لدى أوكرانيا محمد البيشي.", KING_SALMAN,
     [(MBS, ZELENSKY), (BISHI, ZELENSKY)]),
    ("استقبل الرئيس اللبناني جوزاف عون في بعبدا الموفد الأمريكي توم براك. وحضر اللقاء مبعوث "
     "الرئيس الأمريكي دونالد ترامب إلى الشرق الأوسط ستيف ويتكوف.", TRUMP,
     [(AOUN, BARRACK), (AOUN, WITKOFF)]),
    ("التقى الرئيس السوري أحمد الشرع في دمشق وزير الخارجية التركي هاكان فيدان، وشارك في الاجتماع "
     "ممثل الرئيس التركي رجب طيب أردوغان السفير نوح يلماز.", ERDOGAN,
     [(SHARAA, FIDAN), (SHARAA, YILMAZ)]),
])
def test_the_attendee_is_the_envoy_not_his_principal(rules_only, text, principal, pairs):
    met = _met(rules_only, text, "ar")
    for a, b in pairs:
        assert _pair(a, b) in met
    assert not any(principal in pair for pair in met)


@pytest.mark.parametrize("text", [
    "استقبل فخامة الرئيس الدكتور رشاد محمد العليمى، رئيس مجلس القيادة الرئاسي، اليوم في العاصمة "
    "السعودية الرياض، سفير خادم الحرمين الشريفين لدى بلادنا السفير محمد بن سعيد آل جابر.",
    "استقبل فخامة الرئيس رشاد العليمي، رئيس مجلس القيادة الرئاسي، مساء اليوم في عدن، سفير خادم "
    "الحرمين الشريفين لدى اليمن محمد آل جابر.",
    "استقبل الرئيس رشاد العليمي اليوم سفير خادم الحرمين الشريفين لدى اليمن السفير محمد آل جابر.",
])
def test_the_guest_is_the_ambassador_not_his_king(shipped, text):
    met = _met(shipped, text, "ar")
    assert _pair(ALIMI, JABER) in met
    assert not any(KING_SALMAN in pair for pair in met)


def test_a_partys_representative_keeps_his_own_meeting(shipped):
    text = ("وفي طهران، زار رئيس الجمهورية مسعود بزشكيان مكتب تمثيل حزب الله، والتقى ممثل الحزب "
            "في إيران الشيخ عبد الله صفي الدين معزّياً.")
    assert _pair(PEZESHKIAN, A_SAFIEDDINE) in _met(shipped, text, "ar")


# --- a death of wounds told after the victim's name and title --------------------------------

@pytest.mark.parametrize("text, victim, agent", [
    ("أعلنت الجماعة مقتل رئيس هيئة الأركان العامة في قواتها اللواء محمد عبدالكريم الغماري، "
     "متأثراً بجروح أصيب بها في غارات إسرائيلية على صنعاء.", GHAMARI, ISRAEL),
    ("زفّت القوات المسلحة اليمنية رئيس هيئة الأركان العامة الفريق الركن محمد عبدالكريم الغماري، "
     "الذي ارتقى شهيداً متأثراً بجراحه التي أصيب بها جراء العدوان الصهيوني الغادر على صنعاء.",
     GHAMARI, ISRAEL),
    ("نعت حركة حماس القيادي في كتائب القسام رافع سلامة، الذي استشهد متأثراً بجروح أصيب بها في "
     "قصف إسرائيلي على خان يونس.", SALAMA, ISRAEL),
    ("أعلن حزب الله مقتل القيادي فيه إبراهيم عقيل، متأثراً بإصابته في غارة إسرائيلية على الضاحية "
     "الجنوبية.", AQIL, ISRAEL),
    ("أعلنت الفصائل استشهاد القيادي أبو باقر الساعدي متأثراً بجراحه جراء ضربة أمريكية في بغداد.",
     SAADI, US),
])
def test_a_death_of_wounds_after_the_victims_title(rules_only, text, victim, agent):
    assert (victim, agent) in relation_pairs(rules_only, text, AB, "ar")


def test_the_successor_named_after_the_wounds_is_no_victim(shipped):
    text = ("وتأتي جولة غروندبرغ بعد أيام من إعلان الجماعة مقتل رئيس هيئة الأركان العامة في "
            "قواتها اللواء محمد عبدالكريم الغماري، متأثراً بجروح أصيب بها في غارات إسرائيلية على "
            "صنعاء، وتعيين اللواء يوسف حسن المداني خلفاً له.")
    ab = relation_pairs(shipped, text, AB, "ar")
    assert (GHAMARI, ISRAEL) in ab
    assert not any(v == MADANI for v, _a in ab)


@pytest.mark.parametrize("text", [
    "أعلن حزب الله مقتل ثلاثة من عناصره، فيما يرقد القيادي إبراهيم عقيل في المستشفى متأثراً "
    "بجروح أصيب بها في غارة إسرائيلية.",
    "أصيب إبراهيم عقيل بجروح في غارة إسرائيلية على الضاحية، وقال مسؤول إنه ما زال متأثراً "
    "بجروحه.",
])
def test_wounds_with_no_death_of_his_are_no_killing(shipped, text):
    assert not any(v == AQIL for v, _a in relation_pairs(shipped, text, AB, "ar"))
