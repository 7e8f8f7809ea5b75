"""Session 63 (desc63): a title, a description or an honorific pronoun standing for a person
named elsewhere in the article, each read in several paraphrases of other outlets and people.

- «سيادته» (the agency's principal, one person for the article) is the first person the article
  titles president / head by his *own* title: a headline's unnamed subject before a verb («الرئيس
  يستقبل X»، «رئيس الوزراء يستقبل X»، «الرئيس يكلّف X»، «سيادة الرئيس يصدر قراراً بتعيين X»)
  titles the one who acts, not X, so X is no bearer of «سيادته» and the later «واستقبل سيادته
  Y» / «ثم التقى سيادته Y» is the president named in the body (``honorific_refs._own_titled``).
- "the two men" as the sides of a meeting noun: "a meeting between the two men", «اجتماع /
  لقاء جمع الرجلين»، «لقاء بين الرجلين»: the two people the sentence named before it (no list
  needed: "X took over from Y after a meeting between the two men", «تسلّم X مهامه من Y بعد
  اجتماع جمع الرجلين»), else the two of the sentence before, met each other
  (``plural_refs._members``, ``plural_refs.member_pairs`` in ``meetings.met_with``; a
  sentence naming nobody but "the two men" now reaches ``met_with``, ``relations.run``); a
  planned, denied meeting or a call between the two men stays none, and so does one told
  "ruled out" / «أي لقاء ... لم يُعقد» after the noun in a sentence naming nobody else
  (``plural_refs.unheld_ref_meeting``). A name after «بحضور» is no apposition of the dual: «بعد
  اجتماع جمع الرجلين بحضور X» (``plural_refs._names_follow``), X attended.
- "he" / "she" of a "where" clause after a description led by a short time phrase ("Last week
  the UN envoy was in Tripoli, where she discussed ... with Y", "On Tuesday the UN envoy flew
  to Riyadh, where he held talks with Y", "Later the UN envoy went to D, where she met Y") is
  the description's person, not the man named last in the sentence before
  (``subjects._opens_sentence``, ``_EN_TIME_OPENER``); a call there stays none.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

ABBAS, SHEIKH, MUSTAFA = "person:mahmoud-abbas", "person:hussein-al-sheikh", "person:mohammad-mustafa"
SAFADI, WITKOFF = "person:ayman-safadi", "person:steve-witkoff"
SUDANI, HASSAN, ROMANOWSKI = ("person:mohammed-shia-al-sudani", "person:mohamed-al-hassan",
                              "person:alina-romanowski")
ABDELATTY = "person:badr-abdelatty"
ARAGHCHI = "person:abbas-araghchi"
BASHIR, JALALI = "person:mohammed-al-bashir", "person:mohammad-ghazi-al-jalali"
TETTEH, DBEIBAH, KHALED = ("person:hanna-tetteh", "person:abdul-hamid-dbeibah",
                           "person:khaled-haftar")
GRUNDBERG, JABER, HOUTHI = ("person:hans-grundberg", "person:mohammed-al-jaber",
                            "person:abdul-malik-al-houthi")
SHARAA, BURHAN, DAGALO = ("person:ahmed-al-sharaa", "person:abdel-fattah-al-burhan",
                          "person:mohamed-hamdan-dagalo")


# --- «سيادته» after a headline whose subject is an unnamed title ----------------------------------

@pytest.mark.parametrize("text, host, guest, wrong", [
    ("سيادة الرئيس يصدر قراراً بتعيين حسين الشيخ نائباً لرئيس دولة فلسطين\n"
     "رام الله - «الحياة الجديدة» - أصدر سيادة الرئيس محمود عباس «أبو مازن»، اليوم السبت، قراراً "
     "بتعيين أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية حسين الشيخ نائباً لرئيس دولة "
     "فلسطين.\nواستقبل سيادته الشيخ في مقر الرئاسة بمدينة رام الله، بحضور رئيس الوزراء محمد "
     "مصطفى.", ABBAS, SHEIKH, None),
    ("الرئيس يستقبل وزير الخارجية الأردني أيمن الصفدي في رام الله. استقبل سيادة الرئيس محمود "
     "عباس، اليوم الأحد، في مقر الرئاسة الصفدي. ثم التقى سيادته المبعوث الأمريكي ستيف ويتكوف.",
     ABBAS, WITKOFF, _pair(SAFADI, WITKOFF)),
    ("رئيس الوزراء يستقبل ممثل الأمين العام محمد الحسان. استقبل رئيس مجلس الوزراء محمد شياع "
     "السوداني، اليوم، الحسان في بغداد. كما استقبل سيادته السفيرة الأمريكية ألينا رومانوسكي.",
     SUDANI, ROMANOWSKI, _pair(HASSAN, ROMANOWSKI)),
    ("الرئيس يكلّف محمد مصطفى بتشكيل الحكومة الجديدة. أصدر الرئيس محمود عباس مرسوماً بتكليف "
     "مصطفى. والتقى سيادته في المقاطعة وزير الخارجية المصري بدر عبد العاطي.",
     ABBAS, ABDELATTY, None),
])
def test_siyada_is_the_president_of_the_body_not_the_headline_object(shipped, text, host, guest,
                                                                     wrong):
    met = _met(shipped, text, "ar")
    assert _pair(host, guest) in met
    if wrong is not None:
        assert wrong not in met


def test_siyada_still_goes_to_the_first_titled_head(shipped):
    text = ("وصل رئيس مجلس الوزراء محمد شياع السوداني إلى عمّان. والتقى سيادته وزير الخارجية "
            "الأردني أيمن الصفدي.")
    assert _pair(SUDANI, SAFADI) in _met(shipped, text, "ar")


# --- "the two men" as the sides of a meeting noun ---------------------------------------------

@pytest.mark.parametrize("text, lang, a, b", [
    ("كُلّف محمد البشير بتشكيل الحكومة، وتسلّم مهامه من رئيس الحكومة السابق محمد غازي الجلالي، "
     "بعد اجتماع جمع الرجلين في دمشق.", "ar", BASHIR, JALALI),
    ("Mohammed al-Bashir took over from Mohammad Ghazi al-Jalali after a meeting between the two "
     "men in Damascus.", "en", BASHIR, JALALI),
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط حيث ينتظره المبعوث الأمريكي ستيف ويتكوف. "
     "وعُقد لقاء جمع الرجلين في مقر الخارجية العمانية.", "ar", ARAGHCHI, WITKOFF),
    ("وصل عراقجي إلى مسقط، كما وصل ويتكوف. وجرى لقاء بين الرجلين استمر ساعتين.", "ar",
     ARAGHCHI, WITKOFF),
    ("Araghchi flew to Muscat, where Witkoff had arrived a day earlier. A meeting between the two "
     "men lasted about two hours.", "en", ARAGHCHI, WITKOFF),
])
def test_a_meeting_between_the_two_men_pairs_them(shipped, text, lang, a, b):
    assert _pair(a, b) in _met(shipped, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Araghchi flew to Muscat, where Witkoff had arrived a day earlier. A meeting between the two "
     "men is expected next week.", "en"),
    ("Araghchi flew to Muscat, where Witkoff had arrived a day earlier. No meeting between the two "
     "men took place.", "en"),
    ("وصل عراقجي إلى مسقط، كما وصل ويتكوف. ومن المقرر أن يُعقد لقاء بين الرجلين الأسبوع المقبل.",
     "ar"),
    ("وصل عراقجي إلى مسقط، كما وصل ويتكوف. ولم يُعقد أي لقاء بين الرجلين.", "ar"),
    ("Araghchi spoke by phone with Witkoff on Monday. A call between the two men lasted an hour.",
     "en"),
])
def test_a_planned_denied_or_phoned_meeting_of_the_two_men_is_none(shipped, text, lang):
    assert _pair(ARAGHCHI, WITKOFF) not in _met(shipped, text, lang)


def test_a_meeting_of_the_two_men_ruled_out_after_the_noun_is_none(shipped):
    text = ("Burhan and Dagalo sent envoys to Jeddah. A face-to-face meeting between the two "
            "generals, floated by mediators, was ruled out by both camps.")
    assert _pair(BURHAN, DAGALO) not in _met(shipped, text)


def test_a_name_after_bihudur_is_no_apposition_of_the_two_men(shipped):
    text = ("فقد كُلّف محمد البشير، رئيس \"حكومة الإنقاذ\" في إدلب، بتشكيل حكومة لتصريف الأعمال، "
            "وتسلّم مهامه من رئيس حكومة النظام محمد غازي الجلالي، بعد اجتماع جمع الرجلين بحضور "
            "أحمد الشرع في التاسع من كانون الأول.")
    met = _met(shipped, text, "ar")
    assert _pair(BASHIR, JALALI) in met
    assert _pair(SHARAA, BASHIR) in met


def test_the_two_delegations_of_a_meeting_not_held_are_no_pair(shipped):
    text = ("وصل عراقجي إلى مسقط، كما وصل ويتكوف. وأعلن وزير الخارجية العماني بدر البوسعيدي "
            "انتهاء الجولة، فيما تؤكد مسقط أن أي لقاء مباشر بين الرجلين لم يُعقد.")
    assert _pair(ARAGHCHI, WITKOFF) not in _met(shipped, text, "ar")



_LIBYA = "Hanna Tetteh met Khalifa Hafter in Benghazi. A meeting with Khaled Hafter was postponed. "


@pytest.mark.parametrize("text, who, partner, wrong", [
    (_LIBYA + "Last week the UN envoy was in Tripoli, where she discussed the roadmap with Prime "
     "Minister Abdul Hamid Dbaiba.", TETTEH, DBEIBAH, KHALED),
    (_LIBYA + "On Monday the UN envoy travelled to Tripoli, where she held talks with Prime "
     "Minister Abdul Hamid Dbaiba.", TETTEH, DBEIBAH, KHALED),
    (_LIBYA + "Later the UN envoy went to Tripoli, where she met Prime Minister Abdul Hamid "
     "Dbaiba.", TETTEH, DBEIBAH, KHALED),
    ("Hans Grundberg met Mahdi al-Mashat in Sanaa. A meeting with Abdulmalik al-Houthi was not "
     "held. On Tuesday the UN envoy flew to Riyadh, where he held talks with Saudi ambassador "
     "Mohammed Al Jaber.", GRUNDBERG, JABER, HOUTHI),
])
def test_where_pronoun_after_a_time_led_description_is_its_person(shipped, text, who, partner,
                                                                   wrong):
    met = _met(shipped, text)
    assert _pair(who, partner) in met
    assert _pair(wrong, partner) not in met


def test_where_she_phoned_is_no_meeting(shipped):
    text = _LIBYA + ("Last week the UN envoy was in Tripoli, where she phoned Prime Minister Abdul "
                     "Hamid Dbaiba.")
    assert _pair(TETTEH, DBEIBAH) not in _met(shipped, text)
