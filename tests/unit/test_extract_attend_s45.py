"""Attendees of a meeting, session 45 (``attend``): the newest dev writers' convention (JG-KP,
KZ-LE). Our own sentences, not taken from any dev set.

- The two guests received together in one clause met each other when someone attended ("استقبل
  H A وB، بحضور Z", "H received A and B ..., in the presence of Z";
  ``meeting_own_side.met_each_other``, ``meeting_host_aide_ar.received_together_ar``,
  ``meeting_sides_en.present_partners``).
- The list after "بحضور" goes on after a name with no comma: "X ووزير الطاقة والموارد الطبيعية
  السيد Y" (``meeting_attend_forms.titled_list_ar``).
- Not: a talk with two guests ("بحث H مع A وB"), guests received separately, a planned meeting,
  "did not attend", an attendee of another event, the attendees of a summit of many, a clause
  after "بحضور X و<verb>" (the attendee pairs of these stay as they were).
"""

from __future__ import annotations

import pytest

from tests.extract_support import met_pairs


def _met(ex, text: str, lang: str) -> set[frozenset[str]]:
    return met_pairs(ex.extract(text, lang=lang))


def _pair(a: str, b: str) -> frozenset[str]:
    return frozenset((f"person:{a}", f"person:{b}"))


MET = [
    # the two guests of one reception, someone present
    ("استقبل الرئيس السوري أحمد الشرع في دمشق وزير الخارجية الفرنسي جان نويل بارو ووزيرة "
     "الخارجية الألمانية أنالينا بيربوك، بحضور وزير الخارجية أسعد الشيباني.", "ar",
     "jean-noel-barrot", "annalena-baerbock"),
    ("استقبل الرئيس اللبناني جوزيف عون في قصر بعبدا وزير الخارجية الفرنسي جان نويل بارو، "
     "ووزيرة الخارجية الألمانية أنالينا بيربوك، بحضور وزير الخارجية اللبناني يوسف رجي.", "ar",
     "jean-noel-barrot", "annalena-baerbock"),
    ("President Joseph Aoun received French Foreign Minister Jean-Noel Barrot and German Foreign "
     "Minister Annalena Baerbock at Baabda Palace on Friday, in the presence of Foreign Minister "
     "Youssef Rajji.", "en", "jean-noel-barrot", "annalena-baerbock"),
    # the list after "بحضور" past a name with no comma
    ("استقبل الرئيس التركي رجب طيب أردوغان في أنقرة رئيس الوزراء العراقي محمد شياع السوداني، "
     "بحضور وزير الخارجية هاكان فيدان ووزير الطاقة والموارد الطبيعية السيد ألب أرسلان بيرقدار.",
     "ar", "alparslan-bayraktar", "mohammed-shia-al-sudani"),
    ("استقبل الرئيس التركي رجب طيب أردوغان في أنقرة رئيس الوزراء العراقي محمد شياع السوداني، "
     "بحضور وزير الخارجية هاكان فيدان ووزير الطاقة والموارد الطبيعية السيد ألب أرسلان بيرقدار.",
     "ar", "alparslan-bayraktar", "hakan-fidan"),
]


@pytest.mark.parametrize("text,lang,a,b", MET)
def test_met(ex, text, lang, a, b):
    assert _pair(a, b) in _met(ex, text, lang)


NOT_MET = [
    # a talk with two guests, not a reception: the guests are not paired (dev arBH2's reading)
    ("بحث الرئيس السوري أحمد الشرع مع وزير الخارجية الفرنسي جان نويل بارو ووزيرة الخارجية "
     "الألمانية أنالينا بيربوك العلاقات الثنائية، بحضور وزير الخارجية أسعد الشيباني.", "ar",
     "jean-noel-barrot", "annalena-baerbock"),
    # guests received separately
    ("President Joseph Aoun received French Foreign Minister Jean-Noel Barrot at Baabda Palace on "
     "Friday, and separately German Foreign Minister Annalena Baerbock, in the presence of "
     "Foreign Minister Youssef Rajji.", "en", "jean-noel-barrot", "annalena-baerbock"),
    # did not attend
    ("استقبل الرئيس اللبناني جوزيف عون في قصر بعبدا وزير الخارجية الفرنسي جان نويل بارو. ولم "
     "يحضر اللقاء وزير الخارجية يوسف رجي ووزير الدفاع ميشال منسى.", "ar",
     "youssef-rajji", "michel-menassa"),
    ("Prime Minister Shehbaz Sharif received Iranian President Masoud Pezeshkian in Islamabad on "
     "Sunday. Finance Minister Muhammad Aurangzeb and Interior Minister Mohsin Naqvi did not "
     "attend the meeting.", "en", "muhammad-aurangzeb", "mohsin-naqvi"),
    # a planned meeting
    ("سيستقبل الرئيس اللبناني جوزيف عون الأسبوع المقبل وزير الخارجية الفرنسي جان نويل بارو، "
     "بحضور وزير الخارجية يوسف رجي ووزير الدفاع ميشال منسى.", "ar",
     "youssef-rajji", "michel-menassa"),
    ("Prime Minister Shehbaz Sharif will receive Iranian President Masoud Pezeshkian in Islamabad "
     "next week. Finance Minister Muhammad Aurangzeb and Interior Minister Mohsin Naqvi are "
     "expected to attend the meeting.", "en", "muhammad-aurangzeb", "mohsin-naqvi"),
    # attendees of another event
    ("التقى الرئيس المصري عبد الفتاح السيسي رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني. وفي "
     "سياق آخر، حضر وزير الخارجية بدر عبد العاطي ورئيس المخابرات حسن رشاد مؤتمراً في جنيف.", "ar",
     "badr-abdelatty", "hassan-rashad"),
    ("President Abdel Fattah el-Sisi received Qatari Prime Minister Mohammed bin Abdulrahman Al "
     "Thani in Cairo on Monday. Separately, Turkish Foreign Minister Hakan Fidan and Egyptian "
     "Foreign Minister Badr Abdelatty attended a conference on Sudan in Geneva.", "en",
     "hakan-fidan", "badr-abdelatty"),
    # the attendees of a summit of many
    ("Arab leaders met in Cairo on Saturday for an emergency summit on Gaza. Egyptian President "
     "Abdel Fattah el-Sisi and Qatar's Emir Sheikh Tamim bin Hamad Al Thani attended, as did "
     "Turkish President Recep Tayyip Erdogan.", "en", "abdel-fattah-el-sisi",
     "tamim-bin-hamad-al-thani"),
    # a clause after "بحضور X و<verb>": no list
    ("استقبل رئيس الوزراء محمد شياع السوداني في بغداد وزير الخارجية التركي هاكان فيدان، بحضور "
     "وزير الخارجية فؤاد حسين وبحث معه رئيس البرلمان محمود المشهداني ملف المياه.", "ar",
     "fuad-hussein", "mahmoud-al-mashhadani"),
]


@pytest.mark.parametrize("text,lang,a,b", NOT_MET)
def test_not_met(ex, text, lang, a, b):
    assert _pair(a, b) not in _met(ex, text, lang)
