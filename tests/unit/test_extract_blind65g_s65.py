"""Session 65 (blind65g): fixes after the first contact of blind set OM-ON (Palestinian politics and
its mediators 2017-2024, written blind: Abbas, Haniyeh, Arouri, Sinwar, the Egyptian intelligence
chiefs, the Algerian, Turkish, Jordanian and Chinese hosts), each read in several paraphrases.

- Meetings, Arabic: "وحضر القمة X" after a summit of a few leaders told in that sentence or the one
  before («قمة ثلاثية جمعت A وB وC»، «عقدوا قمة ثلاثية»، «في قمة ثنائية»): X attended that
  meeting, as "وحضر اللقاء X" (``meeting_attended_ar._few_party_summit_told``, the words in
  ``lexicon.AR_SUMMIT`` / ``AR_FEW_PARTY``); not "وحضر القمة العربية X" after a bilateral meeting.
- Meetings, English: "X and Y were (also) present at the closed-door / bilateral / hour-long
  meeting": a modifier between "the" and the meeting noun (``meeting_sides_en.were_present``,
  ``lexicon.EN_MEETING_MODS`` and the hyphenated compounds of ``hyphen_modifiers_en``); not
  "was present at the opening of the new bridge".
- Meetings, both languages: the meeting of the sentence before named at this sentence's opening
  by its count, «استقبل H A وB. وجرى اللقاء الثلاثي مغلقاً»، "H received A and B. The trilateral
  meeting was held behind closed doors": the guests met each other too, when the sentence before
  names as many people as counted (``meeting_all_sides.counted_meeting_before``; a sentence with
  no mention is read when it holds the count, ``rules._REFER_BACK_KEYS``); not a planned
  trilateral meeting, nor "will host a trilateral meeting next week".
- Meetings, English: "<agreement> was signed at the headquarters of the General Intelligence
  Service / on Thursday at the foreign ministry / at the royal palace in Jeddah by X and Y": a
  place phrase of up to thirteen tokens before "by" (``meeting_signed_en._place_phrase``; was
  five); not a clause after a comma ("signed at ..., hosted by Z and attended by W").
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

SISI, ABBAS, ABDULLAH, SAFADI = ("person:abdel-fattah-el-sisi", "person:mahmoud-abbas", "person:abdullah-ii",
                                 "person:ayman-safadi")
SHEIKH, KAMEL, TAMIM, ERDOGAN = ("person:hussein-al-sheikh", "person:abbas-kamel",
                                 "person:tamim-bin-hamad-al-thani", "person:recep-tayyip-erdogan")
KALIN, FIDAN, SUDANI = "person:ibrahim-kalin", "person:hakan-fidan", "person:mohammed-shia-al-sudani"
HANIYEH, TEBBOUNE, ALIYEV, PASHINYAN, PUTIN = (
    "person:ismail-haniyeh", "person:abdelmadjid-tebboune", "person:ilham-aliyev", "person:nikol-pashinyan",
    "person:vladimir-putin")


# --- "وحضر القمة X" after a summit of a few leaders --------------------------------------------

@pytest.mark.parametrize("text, attendee, principals", [
    ("شارك جلالة الملك عبدالله الثاني، اليوم الثلاثاء، في قمة ثلاثية جمعت جلالته والرئيس المصري "
     "عبدالفتاح السيسي والرئيس الفلسطيني محمود عباس، في قصر الاتحادية بالقاهرة.\n"
     "وحضر القمة نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي، وأمين سر اللجنة "
     "التنفيذية لمنظمة التحرير الفلسطينية حسين الشيخ.", SAFADI, (ABDULLAH, SISI, ABBAS)),
    ("عقد الرئيس عبدالفتاح السيسي والملك عبدالله الثاني والرئيس محمود عباس قمة ثلاثية في القاهرة.\n"
     "وحضر القمة الثلاثية رئيس المخابرات العامة المصرية اللواء عباس كامل.", KAMEL, (ABDULLAH, SISI, ABBAS)),
    ("التقى أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس التركي رجب طيب أردوغان في قمة ثنائية بالدوحة.\n"
     "وحضر القمة رئيس جهاز الاستخبارات التركي إبراهيم قالن، ووزير الخارجية هاكان فيدان.", KALIN,
     (TAMIM, ERDOGAN)),
    ("شارك جلالة الملك عبدالله الثاني في قمة ثلاثية جمعت جلالته والرئيس المصري عبدالفتاح السيسي والرئيس "
     "الفلسطيني محمود عباس في القاهرة.\nوأكد القادة الثلاثة ضرورة وقف الإجراءات الأحادية.\n"
     "وحضر القمة رئيس المخابرات العامة المصرية اللواء عباس كامل.", KAMEL, (ABDULLAH, SISI, ABBAS)),
    ("استضاف الرئيس رجب طيب أردوغان قمة ثنائية مع أمير قطر الشيخ تميم بن حمد آل ثاني في إسطنبول، "
     "وحضر القمة وزير الخارجية التركي هاكان فيدان.", FIDAN, (TAMIM, ERDOGAN)),
])
def test_attended_few_party_summit_ar(ex, text, attendee, principals):
    got = _met(ex, text, "ar")
    for p in principals:
        assert _pair(attendee, p) in got


def test_attended_arab_summit_is_not_the_meeting_ar(ex):
    text = ("استقبل الرئيس عبدالفتاح السيسي، اليوم، الرئيس الفلسطيني محمود عباس.\n"
            "وحضر القمة العربية في الرياض وزير الخارجية الأردني أيمن الصفدي.")
    got = _met(ex, text, "ar")
    assert _pair(SISI, ABBAS) in got
    assert _pair(SAFADI, SISI) not in got and _pair(SAFADI, ABBAS) not in got


# --- "were also present at the closed-door meeting" ---------------------------------------------

@pytest.mark.parametrize("text, attendees, principals", [
    ("President Recep Tayyip Erdogan received Palestinian President Mahmoud Abbas in Ankara on Wednesday. "
     "Foreign Minister Hakan Fidan and intelligence chief Ibrahim Kalin were also present at the closed-door "
     "meeting.", (FIDAN, KALIN), (ERDOGAN, ABBAS)),
    ("King Abdullah II hosted Iraqi Prime Minister Mohammed Shia al-Sudani in Amman on Sunday. Foreign "
     "Minister Ayman Safadi was also present at the bilateral meeting, the Royal Court said.", (SAFADI,),
     (ABDULLAH, SUDANI)),
    ("Egyptian President Abdel Fattah el-Sisi received Palestinian President Mahmoud Abbas in Cairo. "
     "Intelligence chief Abbas Kamel was present at the hour-long talks.", (KAMEL,), (SISI, ABBAS)),
    ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani met Turkish President Recep Tayyip Erdogan in Doha. "
     "Turkish intelligence chief Ibrahim Kalin was also present at the private meeting, which lasted two "
     "hours.", (KALIN,), (TAMIM, ERDOGAN)),
])
def test_present_at_modified_meeting_en(ex, text, attendees, principals):
    got = _met(ex, text, "en")
    for a in attendees:
        for p in principals:
            assert _pair(a, p) in got


def test_present_at_another_event_en(ex):
    text = ("Egyptian President Abdel Fattah el-Sisi received Palestinian President Mahmoud Abbas in Cairo. "
            "Intelligence chief Abbas Kamel was present at the opening of the new bridge.")
    got = _met(ex, text, "en")
    assert _pair(SISI, ABBAS) in got
    assert _pair(KAMEL, SISI) not in got and _pair(KAMEL, ABBAS) not in got


# --- "The trilateral meeting ..." after "H received A and B" ------------------------------------

@pytest.mark.parametrize("text, lang, guests", [
    ("استقبل الرئيس التركي رجب طيب أردوغان، الأربعاء، الرئيس الفلسطيني محمود عباس ورئيس المكتب السياسي "
     "لحركة \"حماس\" إسماعيل هنية، في المجمع الرئاسي بالعاصمة أنقرة.\n"
     "وجرى اللقاء الثلاثي مغلقاً أمام وسائل الإعلام، بحضور رئيس جهاز الاستخبارات التركي إبراهيم قالن.",
     "ar", (ABBAS, HANIYEH)),
    ("استقبل الرئيس الجزائري عبد المجيد تبون الرئيس الفلسطيني محمود عباس ورئيس المكتب السياسي لحركة حماس "
     "إسماعيل هنية.\nوتناول الاجتماع الثلاثي سبل إنهاء الانقسام.", "ar", (ABBAS, HANIYEH)),
    ("President Recep Tayyip Erdogan received Palestinian President Mahmoud Abbas and Hamas leader Ismail "
     "Haniyeh in Ankara on Wednesday. The trilateral meeting was held behind closed doors.", "en",
     (ABBAS, HANIYEH)),
    ("Russian President Vladimir Putin hosted Azerbaijani President Ilham Aliyev and Armenian Prime Minister "
     "Nikol Pashinyan in Sochi. The trilateral talks lasted three hours.", "en", (ALIYEV, PASHINYAN)),
])
def test_counted_meeting_before(ex, text, lang, guests):
    assert _pair(*guests) in _met(ex, text, lang)


@pytest.mark.parametrize("text", [
    "President Recep Tayyip Erdogan received Palestinian President Mahmoud Abbas and Hamas leader Ismail "
    "Haniyeh in Ankara on Wednesday. The trilateral summit planned for next month was called off.",
    "President Recep Tayyip Erdogan received Palestinian President Mahmoud Abbas and Hamas leader Ismail "
    "Haniyeh in Ankara on Wednesday. Erdogan will host a trilateral meeting next week.",
])
def test_counted_meeting_not_held(ex, text):
    got = _met(ex, text, "en")
    assert _pair(ERDOGAN, ABBAS) in got
    assert _pair(ABBAS, HANIYEH) not in got


# --- "was signed at the headquarters of ... by X and Y" ----------------------------------------

@pytest.mark.parametrize("text, signers", [
    ("The deal was signed at the headquarters of the General Intelligence Service by Fatah's chief negotiator "
     "Azzam al-Ahmed and Saleh al-Arouri, in the presence of Egyptian intelligence chief Khaled Fawzy.",
     ("person:azzam-al-ahmad", "person:saleh-al-arouri")),
    ("The agreement was signed at the royal palace in Jeddah by Sudanese army envoy Omar Sadiq and RSF envoy "
     "Algoney Hamdan Dagalo.", ("person:algoney-hamdan-dagalo", "person:omar-sadiq")),
    ("The accord was signed on Thursday at the headquarters of the foreign ministry by Egyptian Foreign "
     "Minister Sameh Shoukry and his Jordanian counterpart Ayman Safadi.", ("person:sameh-shoukry", SAFADI)),
])
def test_signed_by_after_place(ex, text, signers):
    assert _pair(*signers) in _met(ex, text, "en")


def test_signed_clause_after_comma_not_signers(ex):
    text = ("The deal was signed at the headquarters of the General Intelligence Service, hosted by Egyptian "
            "intelligence chief Khaled Fawzy and attended by Azzam al-Ahmed.")
    assert _pair("person:azzam-al-ahmad", "person:khaled-fawzi") not in _met(ex, text, "en")
