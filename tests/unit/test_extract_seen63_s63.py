"""Session 63 (seen63): misreadings session 62's helpers saw and left, each read in several
paraphrases of other outlets and people, kept where dev pieces of other writers state them too.

- Meetings, Arabic: «عقد / أجرى X مشاورات (أمنية) مع Y وZ» is talks held, as «محادثات» was
  (``lexicon.AR_MEET``; dev arNH4: Netanyahu with Katz and Zamir); a dual title that leads one
  side of the talks («مشاورات ... قاد الجانب الإيراني فيها نائبا الوزير A وB») is no pair of
  the two (``meeting_dual_title_ar``).
- Killings: the victims listed after "Among the dead / «ومن بين القتلى / الشهداء»" past a
  source set off by commas («، بحسب مصادر في الجماعة،», ", according to Hamas,", ", officials
  said,") were killed by the agent of the strike told before (``strike_refs.among_the_dead``,
  dev arNH4); a strike told by a relative clause naming its agent («في العدوان الذي شنّه
  الكيان الصهيوني», «في الغارة التي نفذتها الطائرات الإسرائيلية») is remembered for them
  (``strike_refs.note_strike_agents``, dev arFF4: four commanders); a strike with no agent
  gives them none.
- Meetings: the guests listed in the sentence after a host received a group ("H hosted Arab
  leaders / a meeting with the leaders of .... Among them were A and B", "Among those attending
  were", "They included", «استقبل H القادة العرب. ومن بين هؤلاء A وB», «وكان من بينهم») met
  H, and each other when the sentence before speaks of one meeting or summit
  (``meeting_among_them_next``, dev enNJ6); not after a planned, negated or remote meeting, nor
  after a verb of no meeting.
- Names: a monarch named by his state only ("the Jordanian monarch", "Jordan's king", "the Saudi
  king", "Qatar's emir", "the Omani sultan", «العاهل الأردني», «الملك الأردني», «السلطان
  العماني») is the monarch of that state the article named before (a past one too), else the
  reigning one of the gazetteer (``monarch_state_refs``, called from ``mentions``); nobody
  when a name follows as his title or apposition, for "the late Saudi king", or when the article
  gives a year before the holder's accession.
- Killings, English: "X succumbed (on Thursday) to (his) wounds / injuries sustained in an
  Israeli strike" is a death as "died" (``killing_rules_en``, ``lexicon.EN_KILL``,
  ``kill_cues``); "succumbed to pressure from Y" and "succumbed to his wounds" with no agent
  give no killer. (No dev piece says "succumbed"; the Arabic «توفي / استشهد متأثراً بجراحه
  ... في غارة إسرائيلية» was read already.)
- Killings, English: "a Houthi drone / missile killed X", "killed in a Houthi drone attack":
  the group's adjective before a weapon or attack noun names the Houthis as a "Hezbollah
  drone" names Hezbollah (``group_adjective_en``, called from ``mentions``); not before a title
  ("Houthi chief negotiator X"); "Houthi" after Hodeidah is no misspelt port (dev enNG5).
"""

import pytest

from tests.extract_support import entity_ids, relation_pairs
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

AB = "ASSASSINATED_BY"
ISRAEL = "country:israel"
NETANYAHU, KATZ, ZAMIR = "person:benjamin-netanyahu", "person:israel-katz", "person:eyal-zamir"
FAISAL, SAFADI, SHOUKRY = "person:faisal-bin-farhan", "person:ayman-safadi", "person:sameh-shoukry"
AOUN, BERRI, SALAM = "person:joseph-aoun", "person:nabih-berri", "person:nawaf-salam"
RAVANCHI, GHARIBABADI = "person:majid-takht-ravanchi", "person:kazem-gharibabadi"
AROURI, FANDI = "person:saleh-al-arouri", "person:samir-fandi"
AQIL, WAHBI = "person:ibrahim-aqil", "person:ahmed-wahbi"
SISI, ABDULLAH, ABBAS = "person:abdel-fattah-el-sisi", "person:abdullah-ii", "person:mahmoud-abbas"
MBS, TAMIM, MISHAL = ("person:mohammed-bin-salman", "person:tamim-bin-hamad-al-thani",
                      "person:mishal-al-ahmad-al-jaber-al-sabah")
MIKATI, PEZESHKIAN, HAITHAM = ("person:najib-mikati", "person:masoud-pezeshkian",
                               "person:haitham-bin-tariq")
SALMAN, KING_ABDULLAH = "person:salman-bin-abdulaziz", "person:abdullah-bin-abdulaziz"
HAMAD = "person:hamad-bin-isa-al-khalifa"
SHUKR, GHAMARI, HANIYEH = "person:fuad-shukr", "person:mohammed-al-ghamari", "person:ismail-haniyeh"
HOUTHIS, FERDER, FAHD = "organization:houthis", "person:yevgeny-ferder", "person:fahd-bin-turki"
SUDANI, MALIKI, AMIRI = "person:mohammed-shia-al-sudani", "person:nouri-al-maliki", "person:hadi-al-amiri"


def _ab(ex, text, lang):
    return relation_pairs(ex, text, AB, lang)


# --- «عقد مشاورات مع X وY» ----------------------------------------------------------------------

@pytest.mark.parametrize("text, pairs", [
    ("عقد وزير الخارجية السعودي فيصل بن فرحان مشاورات مع وزير الخارجية الأردني أيمن الصفدي "
     "ووزير الخارجية المصري سامح شكري في الرياض.", [(FAISAL, SAFADI), (FAISAL, SHOUKRY)]),
    ("وكان رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، قد عقد مشاورات أمنية مع وزير الدفاع "
     "يسرائيل كاتس ورئيس الأركان إيال زامير في مقر وزارة الدفاع بتل أبيب.",
     [(NETANYAHU, KATZ), (NETANYAHU, ZAMIR)]),
    ("أجرى الرئيس اللبناني جوزاف عون مشاورات مع رئيس مجلس النواب نبيه بري ورئيس الحكومة نواف "
     "سلام في قصر بعبدا.", [(AOUN, BERRI), (AOUN, SALAM)]),
])
def test_consultations_held_with_people_are_a_meeting(shipped, text, pairs):
    met = _met(shipped, text, "ar")
    for a, b in pairs:
        assert _pair(a, b) in met


@pytest.mark.parametrize("text", [
    "ومن المقرر أن يعقد وزير الخارجية السعودي فيصل بن فرحان مشاورات مع وزير الخارجية الأردني "
    "أيمن الصفدي في الرياض الأسبوع المقبل.",
    "نفى مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو أن يكون قد عقد مشاورات مع وزير الدفاع "
    "يسرائيل كاتس.",
])
def test_planned_or_denied_consultations_are_no_meeting(rules_only, text):
    met = _met(rules_only, text, "ar")
    assert _pair(FAISAL, SAFADI) not in met
    assert _pair(NETANYAHU, KATZ) not in met


def test_two_deputies_leading_one_side_of_consultations_did_not_meet_each_other(shipped):
    text = ("وجرت بالتوازي مشاورات فنية غير مباشرة قاد الجانب الإيراني فيها نائبا وزير الخارجية "
            "مجيد تخت روانجي وكاظم غريب آبادي.")
    assert _pair(RAVANCHI, GHARIBABADI) not in _met(shipped, text, "ar")


# --- the dead listed after a source between commas ------------------------------------------

@pytest.mark.parametrize("text, lang, victims", [
    ("شنت إسرائيل غارة على مبنى في بيروت. ومن بين القتلى، بحسب مصادر في الحزب، القيادي سمير "
     "فندي.", "ar", [FANDI]),
    ("شنت إسرائيل غارة على مبنى في بيروت. وكان من بين الشهداء، وفقاً لبيان الحركة، نائب رئيس "
     "حركة حماس صالح العاروري.", "ar", [AROURI]),
    ("Israeli jets struck a building in Beirut on Tuesday. Among the dead, according to Hamas, "
     "were deputy leader Saleh al-Arouri and commander Samir Fendi.", "en", [AROURI, FANDI]),
    ("Israeli jets struck a building in Beirut on Tuesday. Among the dead, officials said, were "
     "deputy leader Saleh al-Arouri and commander Samir Fendi.", "en", [AROURI, FANDI]),
])
def test_victims_after_a_source_between_commas_share_the_strike_agent(shipped, text, lang,
                                                                       victims):
    ab = _ab(shipped, text, lang)
    for v in victims:
        assert (v, ISRAEL) in ab


# --- a strike whose agent a relative clause names ---------------------------------------------

@pytest.mark.parametrize("text, victims", [
    ("نعى حزب الله عدداً من قادته الذين استشهدوا في الهجوم الذي شنته إسرائيل على الضاحية "
     "الجنوبية. ومن بين الشهداء القيادي إبراهيم عقيل والقيادي أحمد وهبي.", [AQIL, WAHBI]),
    ("أعلنت الحركة استشهاد عدد من كوادرها في الغارة التي نفذتها الطائرات الإسرائيلية على بيروت. "
     "ومن بين الشهداء نائب رئيس المكتب السياسي صالح العاروري.", [AROURI]),
    ("نعت الحركة كوكبة من قادتها الذين ارتقوا شهداء فجر الجمعة في العدوان الذي شنّه الكيان "
     "الصهيوني على بيروت. ومن بين الشهداء القيادي سمير فندي والقيادي صالح العاروري.",
     [FANDI, AROURI]),
])
def test_the_dead_of_a_strike_named_by_its_relative_clause(shipped, text, victims):
    ab = _ab(shipped, text, "ar")
    for v in victims:
        assert (v, ISRAEL) in ab


def test_the_dead_of_a_strike_without_an_agent_have_no_killer(shipped):
    text = ("أعلنت الحركة استشهاد عدد من كوادرها في غارة على بيروت. ومن بين الشهداء نائب رئيس "
            "المكتب السياسي صالح العاروري.")
    assert not _ab(shipped, text, "ar")


# --- "Among them were A and B" after a host received a group ----------------------------------

@pytest.mark.parametrize("text, lang, host, guests", [
    ("Egyptian President Abdel Fattah al-Sisi hosted Arab leaders in Cairo on Saturday. Among "
     "them were Jordan's King Abdullah II and Palestinian President Mahmoud Abbas.", "en", SISI,
     [ABDULLAH, ABBAS]),
    ("Saudi Crown Prince Mohammed bin Salman received Gulf leaders in Riyadh on Friday. They "
     "included Qatar's Emir Tamim bin Hamad Al Thani and Kuwait's Emir Mishal al-Ahmad al-Sabah.",
     "en", MBS, [TAMIM, MISHAL]),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani met leaders of the Coordination Framework in "
     "Baghdad on Monday. Among those attending were Nouri al-Maliki and Hadi al-Amiri.", "en",
     SUDANI, [MALIKI, AMIRI]),
    ("استقبل الرئيس المصري عبد الفتاح السيسي القادة العرب في القاهرة. ومن بين هؤلاء العاهل "
     "الأردني الملك عبد الله الثاني والرئيس الفلسطيني محمود عباس.", "ar", SISI, [ABDULLAH, ABBAS]),
    ("استقبل ولي العهد السعودي الأمير محمد بن سلمان قادة دول الخليج في الرياض. وكان من بينهم "
     "أمير قطر الشيخ تميم بن حمد آل ثاني وأمير الكويت الشيخ مشعل الأحمد الجابر الصباح.", "ar", MBS,
     [TAMIM, MISHAL]),
])
def test_guests_listed_after_a_hosted_group_met_the_host(shipped, text, lang, host, guests):
    met = _met(shipped, text, lang)
    for g in guests:
        assert _pair(host, g) in met


def test_guests_of_one_meeting_listed_after_it_met_each_other(shipped):
    text = ("Saudi Crown Prince Mohammed bin Salman hosted an informal meeting in Riyadh on Friday "
            "with the leaders of Gulf states, Egypt and Jordan. Among them were Egyptian President "
            "Abdel Fattah al-Sisi and Jordan's King Abdullah II.")
    met = _met(shipped, text)
    assert {_pair(MBS, SISI), _pair(MBS, ABDULLAH), _pair(SISI, ABDULLAH)} <= met


@pytest.mark.parametrize("text, lang", [
    ("Egyptian President Abdel Fattah al-Sisi will host Arab leaders in Cairo next week. Among "
     "them will be Jordan's King Abdullah II and Palestinian President Mahmoud Abbas.", "en"),
    ("Egyptian President Abdel Fattah al-Sisi held a video call with Arab leaders on Saturday. "
     "Among them were Jordan's King Abdullah II and Palestinian President Mahmoud Abbas.", "en"),
    ("Egyptian President Abdel Fattah al-Sisi did not meet Arab leaders in Cairo on Saturday. "
     "Among them were Jordan's King Abdullah II and Palestinian President Mahmoud Abbas.", "en"),
    ("Egyptian President Abdel Fattah al-Sisi criticised Arab leaders on Saturday. Among them "
     "were Jordan's King Abdullah II and Palestinian President Mahmoud Abbas.", "en"),
    ("أجرى الرئيس المصري عبد الفتاح السيسي اتصالات هاتفية مع القادة العرب. ومن بينهم العاهل "
     "الأردني الملك عبد الله الثاني والرئيس الفلسطيني محمود عباس.", "ar"),
    ("لم يستقبل الرئيس المصري عبد الفتاح السيسي القادة العرب. ومن بينهم العاهل الأردني الملك عبد "
     "الله الثاني والرئيس الفلسطيني محمود عباس.", "ar"),
])
def test_no_guests_after_a_planned_remote_negated_or_no_meeting(rules_only, text, lang):
    met = _met(rules_only, text, lang)
    assert _pair(SISI, ABDULLAH) not in met and _pair(SISI, ABBAS) not in met


# --- a monarch named by his state only --------------------------------------------------------

@pytest.mark.parametrize("text, lang, a, b", [
    ("The Jordanian monarch met Palestinian President Mahmoud Abbas in Amman on Monday.", "en",
     ABDULLAH, ABBAS),
    ("Jordan's king met Palestinian President Mahmoud Abbas in Amman on Monday.", "en", ABDULLAH,
     ABBAS),
    ("The Saudi king received Lebanese Prime Minister Najib Mikati in Jeddah on Monday.", "en",
     SALMAN, MIKATI),
    ("Qatar's emir received Iraqi Prime Minister Mohammed Shia al-Sudani in Doha.", "en", TAMIM,
     SUDANI),
    ("The Omani sultan received Iranian President Masoud Pezeshkian in Muscat.", "en", HAITHAM,
     PEZESHKIAN),
    ("The Bahraini king received Saudi Crown Prince Mohammed bin Salman in Manama.", "en", HAMAD,
     MBS),
    ("استقبل العاهل الأردني الرئيس الفلسطيني محمود عباس في عمان.", "ar", ABDULLAH, ABBAS),
    ("التقى الملك الأردني الرئيس الفلسطيني محمود عباس في عمان.", "ar", ABDULLAH, ABBAS),
    ("استقبل العاهل السعودي رئيس الوزراء اللبناني نجيب ميقاتي في جدة.", "ar", SALMAN, MIKATI),
    ("استقبل السلطان العماني الرئيس الإيراني مسعود بزشكيان في مسقط.", "ar", HAITHAM, PEZESHKIAN),
    ("King Abdullah bin Abdulaziz ruled until 2015. The Saudi king received Lebanese Prime "
     "Minister Najib Mikati in Jeddah.", "en", KING_ABDULLAH, MIKATI),
])
def test_a_monarch_named_by_his_state_is_its_monarch(shipped, text, lang, a, b):
    assert _pair(a, b) in _met(shipped, text, lang)


@pytest.mark.parametrize("text", [
    "In 2012, the Saudi king received Lebanese Prime Minister Najib Mikati in Jeddah.",
    "The late Saudi king received Lebanese Prime Minister Najib Mikati in Jeddah.",
])
def test_no_reigning_monarch_for_an_earlier_time_or_a_late_king(rules_only, text):
    assert _pair(SALMAN, MIKATI) not in _met(rules_only, text)


@pytest.mark.parametrize("text, lang", [
    ("Qatar's Emir, Sheikh Tamim bin Hamad Al Thani, received Iraqi Prime Minister Mohammed "
     "Shia al-Sudani in Doha.", "en"),
    ("استقبل العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس في عمان.", "ar"),
])
def test_a_named_monarch_keeps_his_own_name(shipped, text, lang):
    ids = entity_ids(shipped, text, lang)
    assert ids & {TAMIM, ABDULLAH}


# --- "succumbed to his wounds" ----------------------------------------------------------------

@pytest.mark.parametrize("text, victim", [
    ("Saleh al-Arouri succumbed to wounds sustained in an Israeli strike on Beirut.", AROURI),
    ("Hezbollah commander Fuad Shukr succumbed to his wounds after an Israeli strike on Beirut's "
     "southern suburbs.", SHUKR),
    ("Yemeni general Mohammed al-Ghamari succumbed on Thursday to injuries he sustained in an "
     "Israeli air strike on Sanaa.", GHAMARI),
])
def test_succumbed_to_wounds_of_a_strike_is_a_killing_by_its_agent(shipped, text, victim):
    assert (victim, ISRAEL) in _ab(shipped, text, "en")


@pytest.mark.parametrize("text", [
    "Ismail Haniyeh succumbed to pressure from Egyptian President Abdel Fattah al-Sisi.",
    "Saleh al-Arouri succumbed to his wounds.",
])
def test_succumbed_without_a_strike_agent_names_no_killer(shipped, text):
    assert not _ab(shipped, text, "en")


# --- "a Houthi drone killed X" -----------------------------------------------------------------

@pytest.mark.parametrize("text, victim", [
    ("In July, a Houthi drone killed Yevgeny Ferder, 50, in an apartment building in central "
     "Tel Aviv.", FERDER),
    ("A Houthi missile killed Saudi general Fahd bin Turki in Marib on Sunday.", FAHD),
    ("Saudi general Fahd bin Turki was killed in a Houthi drone attack on Marib.", FAHD),
])
def test_a_houthi_weapon_names_the_houthis_as_killer(shipped, text, victim):
    assert (victim, HOUTHIS) in _ab(shipped, text, "en")


def test_a_houthi_drone_after_hodeidah_is_no_misspelt_port(shipped):
    text = ("Israel struck the port of Hodeidah on Sunday. A day earlier a Houthi drone killed "
            "Yevgeny Ferder in Tel Aviv.")
    assert (FERDER, HOUTHIS) in _ab(shipped, text, "en")


def test_houthi_before_a_title_is_no_group_mention(shipped):
    text = ("Houthi chief negotiator Mohammed Abdulsalam met Omani Foreign Minister Badr "
            "Albusaidi in Muscat.")
    assert HOUTHIS not in entity_ids(shipped, text)
