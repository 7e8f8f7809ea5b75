"""Attendees of a meeting, session 45 (``attend``): the newest dev writers' convention (JG-KP,
KZ-LE). Our own sentences, not taken from any dev set.

- The two guests received together in one clause met each other when someone attended ("استقبل
  H A وB، بحضور Z", "H received A and B ..., in the presence of Z";
  ``rule_common.meet_each_other``, ``meeting_host_aide_ar.received_together_ar``,
  ``meeting_sides_en.present_partners``).
- The list after "بحضور" goes on after a name with no comma: "X ووزير الطاقة والموارد الطبيعية
  السيد Y" (``meeting_attend_forms.titled_list_ar``).
- Not: a talk with two guests ("بحث H مع A وB"), guests received separately, a clause after
  "بحضور X و<verb>" (the attendee pairs of these stay as they were).
- After review 45c: not guests told received apart anywhere in the sentence ("in separate
  meetings", "one after the other", "in turn", "on successive days", "in three meetings";
  "كلاً على حدة", "في لقاءين منفصلين", "على التوالي", "تباعاً", "في وقت لاحق"); not the possessor
  of a title told with no comma ("ونائب رئيس الوزراء في عهد حافظ الأسد", "ووزير خارجية حكومة
  الرئيس السابق بشار الأسد"), nor a clause with a verb ("ورئيس البرلمان يعلن Y ...").
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
    # three guests of one reception, someone present (session 45 after review: co_guests_en)
    ("President Joseph Aoun received French Foreign Minister Jean-Noel Barrot, Italian Foreign "
     "Minister Antonio Tajani and German Foreign Minister Annalena Baerbock at Baabda Palace on "
     "Friday, in the presence of Foreign Minister Youssef Rajji.", "en", "antonio-tajani",
     "annalena-baerbock"),
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
    # a clause after "بحضور X و<verb>": no list
    ("استقبل رئيس الوزراء محمد شياع السوداني في بغداد وزير الخارجية التركي هاكان فيدان، بحضور "
     "وزير الخارجية فؤاد حسين وبحث معه رئيس البرلمان محمود المشهداني ملف المياه.", "ar",
     "fuad-hussein", "mahmoud-al-mashhadani"),
]


@pytest.mark.parametrize("text,lang,a,b", NOT_MET)
def test_not_met(ex, text, lang, a, b):
    assert _pair(a, b) not in _met(ex, text, lang)


# ---- after review 45c: guests told received apart (sentence-wide), in both languages ----
_EN_FRAME = ("President Joseph Aoun received French Foreign Minister Jean-Noel Barrot and German "
             "Foreign Minister Annalena Baerbock {}, in the presence of Foreign Minister Youssef "
             "Rajji.")
_AR_HEAD = "استقبل الرئيس اللبناني جوزيف عون "
_AR_A = "وزير الخارجية الفرنسي جان نويل بارو"
_AR_B = "ووزيرة الخارجية الألمانية أنالينا بيربوك"
_AR_TAIL = "، بحضور وزير الخارجية اللبناني يوسف رجي."

APART = [(_EN_FRAME.format(x), "en", "jean-noel-barrot", "annalena-baerbock") for x in (
    "in separate meetings at Baabda Palace", "in two separate audiences", "one after the other",
    "on successive days", "on different days", "at separate times", "in back-to-back meetings",
    ", both at Baabda Palace but at different hours")] + [
    ("President Joseph Aoun received in turn French Foreign Minister Jean-Noel Barrot and German "
     "Foreign Minister Annalena Baerbock, in the presence of Foreign Minister Youssef Rajji.",
     "en", "jean-noel-barrot", "annalena-baerbock"),
    ("President Joseph Aoun received French Foreign Minister Jean-Noel Barrot, Italian Foreign "
     "Minister Antonio Tajani and German Foreign Minister Annalena Baerbock in three meetings on "
     "Friday, in the presence of Foreign Minister Youssef Rajji.", "en", "antonio-tajani",
     "annalena-baerbock"),
    (_AR_HEAD + "في قصر بعبدا، كلاً على حدة، " + _AR_A + " " + _AR_B + _AR_TAIL, "ar",
     "jean-noel-barrot", "annalena-baerbock"),
    (_AR_HEAD + "في لقاءين منفصلين " + _AR_A + " " + _AR_B + _AR_TAIL, "ar",
     "jean-noel-barrot", "annalena-baerbock"),
    (_AR_HEAD + "على التوالي " + _AR_A + " " + _AR_B + _AR_TAIL, "ar",
     "jean-noel-barrot", "annalena-baerbock"),
    (_AR_HEAD + "تباعاً " + _AR_A + " " + _AR_B + _AR_TAIL, "ar",
     "jean-noel-barrot", "annalena-baerbock"),
    (_AR_HEAD + _AR_A + "، " + _AR_B + " في وقت لاحق من اليوم" + _AR_TAIL, "ar",
     "jean-noel-barrot", "annalena-baerbock"),
    # the possessor of a title told after a name with no comma, a verb in the "title"
    ("استقبل الرئيس السوري أحمد الشرع في دمشق وزير الخارجية التركي هاكان فيدان، بحضور وزير "
     "الخارجية أسعد الشيباني ونائب رئيس الوزراء في عهد حافظ الأسد.", "ar", "hafez-al-assad",
     "hakan-fidan"),
    ("استقبل الرئيس التركي رجب طيب أردوغان في أنقرة رئيس الوزراء العراقي محمد شياع السوداني، "
     "بحضور وزير الخارجية هاكان فيدان ووزير خارجية حكومة الرئيس السابق بشار الأسد.", "ar",
     "bashar-al-assad", "mohammed-shia-al-sudani"),
    ("استقبل رئيس الوزراء العراقي محمد شياع السوداني في بغداد وزير الخارجية التركي هاكان فيدان، "
     "بحضور وزير الخارجية فؤاد حسين ورئيس البرلمان يعلن محمود المشهداني تأجيل الجلسة.", "ar",
     "mahmoud-al-mashhadani", "hakan-fidan"),
]


@pytest.mark.parametrize("text,lang,a,b", APART)
def test_not_met_apart_or_possessor(ex, text, lang, a, b):
    assert _pair(a, b) not in _met(ex, text, lang)

