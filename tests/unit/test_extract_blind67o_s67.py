"""Session 67 (blind67o): fixes after the first contact of blind set QK-QL (the Red Sea and Yemen
2023-2025, written blind: the Houthi negotiators in Muscat and Riyadh, Grundberg's and Lenderking's
rounds, the Israeli strikes that killed the Houthi prime minister and chief of staff), each read in
several paraphrases of other outlets, people and clitics.

- Titles, Arabic: «كبير مفاوضي <body> X» (the chief negotiator of a body named in the construct) is
  a title (``lexicon.AR_TITLES``): X is the one met, not the body («التقى غروندبرغ كبير مفاوضي
  الحوثيين محمد عبد السلام», «استقبل ... كبير مفاوضي حماس خليل الحية»).
- Titles, Arabic: the official press's honorific «الأخ» ("brother") before a name or a title
  (Saba, WAFA: «فخامة الأخ المشير الركن X», «استشهاد رئيس الحكومة الأخ X», «استقبل الأخ أبو
  مازن») is read like «السيد» (``lexicon.AR_TITLES``), and «الأخ الرئيس» is the president, so a
  killing or a meeting of the name after it is read. (Not yet: «استشهاد الأخ X» with no
  title between the killing noun and the honorific.)
- Titles, Arabic: a posted title followed by "our country", as a state agency writes its own
  country («السفير الأمريكي لدى بلادنا X», Saba Aden): the name after it is the ambassador, in a
  list of guests too (``titles``, ``title_modifiers.AR_OUR_COUNTRY``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

GRUNDBERG, ABDULSALAM, HOUTHIS = ("person:hans-grundberg", "person:mohammed-abdulsalam",
                                  "organization:houthis")
HAYYA, HAMAS, QATAR_PM = ("person:khalil-al-hayya", "organization:hamas",
                          "person:mohammed-bin-abdulrahman-al-thani")
BUSAIDI, ARAGHCHI, WITKOFF = "person:badr-albusaidi", "person:abbas-araghchi", "person:steve-witkoff"
RAHAWI, ISRAEL, MASHAT, JABER = ("person:ahmed-al-rahawi", "country:israel", "person:mahdi-al-mashat",
                                 "person:mohammed-al-jaber")
HADI, HAMDAN, ABBAS, SHOUKRY = ("person:abdrabbuh-mansur-hadi", "person:ali-al-hamdan",
                                "person:mahmoud-abbas", "person:sameh-shoukry")


# --- «كبير مفاوضي <body> X» ----------------------------------------------------------------------

@pytest.mark.parametrize("text, host, guest, body", [
    ("التقى المبعوث الأممي هانس غروندبرغ في مسقط كبير مفاوضي الحوثيين محمد عبد السلام.",
     GRUNDBERG, ABDULSALAM, HOUTHIS),
    ("التقى المبعوث الأممي هانس غروندبرغ في مسقط كبير مفاوضي حركة حماس خليل الحية.",
     GRUNDBERG, HAYYA, HAMAS),
    ("استقبل رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني في الدوحة كبير مفاوضي حماس خليل الحية.",
     QATAR_PM, HAYYA, HAMAS),
    ("التقى وزير الخارجية العماني بدر البوسعيدي كبير مفاوضي جماعة أنصار الله محمد عبدالسلام في مسقط.",
     BUSAIDI, ABDULSALAM, HOUTHIS),
    ("وصل المبعوث الأممي هانس غروندبرغ إلى مسقط حيث اجتمع بكبير مفاوضي الحوثيين محمد عبد السلام.",
     GRUNDBERG, ABDULSALAM, HOUTHIS),
])
def test_the_chief_negotiator_of_a_body_is_the_one_met(shipped, text, host, guest, body):
    met = _met(shipped, text, "ar")
    assert _pair(host, guest) in met
    assert _pair(host, body) not in met


def test_the_chief_negotiator_of_a_state_is_the_one_met(shipped):
    met = _met(shipped, "واجتمع ويتكوف مع كبير مفاوضي إيران عباس عراقجي في مسقط.", "ar")
    assert _pair(WITKOFF, ARAGHCHI) in met


@pytest.mark.parametrize("text", [
    "أجرى المبعوث الأممي هانس غروندبرغ اتصالاً هاتفياً بكبير مفاوضي الحوثيين محمد عبد السلام.",
    "ولم يلتقِ المبعوث الأممي هانس غروندبرغ كبير مفاوضي الحوثيين محمد عبد السلام خلال زيارته.",
])
def test_no_meeting_with_the_chief_negotiator_or_his_body_on_a_call_or_a_denial(rules_only, text):
    met = _met(rules_only, text, "ar")
    assert _pair(GRUNDBERG, ABDULSALAM) not in met
    assert _pair(GRUNDBERG, HOUTHIS) not in met


# --- the honorific «الأخ» ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "أعلن الرئيس مهدي المشاط استشهاد رئيس الحكومة الأخ أحمد غالب الرهوي إثر غارة إسرائيلية يوم الخميس.",
    "نعت صنعاء رئيس الحكومة الأخ أحمد الرهوي الذي استشهد إثر غارة إسرائيلية على العاصمة.",
    "وأعلنت الرئاسة استشهاد رئيس الوزراء الأخ أحمد الرهوي جراء غارة إسرائيلية استهدفت صنعاء.",
])
def test_a_killing_of_the_brother_named_after_the_honorific(shipped, text):
    assert (RAHAWI, ISRAEL) in relation_pairs(shipped, text, "ASSASSINATED_BY", "ar")


def test_no_killing_without_an_agent_after_the_honorific(rules_only):
    text = "أعلن الرئيس مهدي المشاط وفاة رئيس الحكومة الأخ أحمد غالب الرهوي يوم الخميس."
    assert not relation_pairs(rules_only, text, "ASSASSINATED_BY", "ar")


@pytest.mark.parametrize("text, a, b", [
    ("استقبل فخامة الأخ المشير الركن مهدي المشاط رئيس المجلس السياسي الأعلى، اليوم بصنعاء، السفير "
     "محمد آل جابر.", MASHAT, JABER),
    ("واستقبل الأخ أبو مازن، عقب الاجتماع، وزير الخارجية المصري سامح شكري.", ABBAS, SHOUKRY),
    ("التقى الأخ الرئيس عبدربه منصور هادي رئيس الجمهورية اليوم بصنعاء السفير علي الحمدان.\n"
     "إلى ذلك، استقبل الأخ الرئيس في وقت لاحق وزير الخارجية المصري سامح شكري.", HADI, SHOUKRY),
])
def test_a_meeting_of_the_brother_president_is_kept(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "ar")


# --- «لدى بلادنا» ------------------------------------------------------------------------------------

ALIMI, LENDERKING, FAGIN = "person:rashad-al-alimi", "person:tim-lenderking", "person:steven-fagin"
BINBREIK, ZINDANI = "person:salem-bin-breik", "person:shaya-al-zindani"


@pytest.mark.parametrize("text, host, first, second", [
    ("استقبل رئيس مجلس القيادة الرئاسي الدكتور رشاد محمد العليمي، اليوم في الرياض، المبعوث الأمريكي "
     "الخاص إلى اليمن تيم ليندركينغ، والسفير الأمريكي لدى بلادنا ستيفن فاجن.", ALIMI, LENDERKING, FAGIN),
    ("استقبل رئيس الوزراء سالم بن بريك اليوم في عدن المبعوث الأمريكي تيم ليندركينغ، والسفير الأمريكي "
     "لدى بلادنا ستيفن فاجن.", BINBREIK, LENDERKING, FAGIN),
    ("التقى وزير الخارجية شائع الزنداني، اليوم في عدن، السفير الأمريكي لدى بلادنا ستيفن فاجن، "
     "والمبعوث الأمريكي تيم ليندركينغ.", ZINDANI, FAGIN, LENDERKING),
])
def test_the_ambassador_to_our_country_in_a_list_of_guests(rules_only, text, host, first, second):
    met = _met(rules_only, text, "ar")
    assert _pair(host, first) in met
    assert _pair(host, second) in met


def test_no_meeting_with_the_ambassador_to_our_country_on_a_call(rules_only):
    text = ("تلقى رئيس مجلس القيادة الرئاسي رشاد العليمي اتصالاً هاتفياً من السفير الأمريكي لدى بلادنا "
            "ستيفن فاجن.")
    assert _pair(ALIMI, FAGIN) not in _met(rules_only, text, "ar")
