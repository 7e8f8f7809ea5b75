"""Session 30 (meet30): MET_WITH recall of the rules on new writers, kinds counted on JG-JO
and checked on the other writers' dev text.

An Arabic attendee list going on past "، و" and a title the tagger did not join to the next
name ("وحضر اللقاء وزير الخارجية X، ووزير الزراعة Y"، "، وقائد القوات المشتركة للتحالف
الفريق الركن Y": ``meeting_attend_forms._title_run_ar``). English "A and B held official
talks" (as "formal talks"; Arabic "مباحثات رسمية" was already read). An Arabic "<title>
<body> الجديد" with no name: the incoming holder of a replacement told before whose post
names that body ("عيّن X قائداً للجيش خلفاً لـY ... استقبل الرئيس قائد الجيش الجديد":
``desc_new_construct_ar``). English "..., with <title>, X, and Y also present" / "with
<title>, X, attending": the attendees apposed to their titles (``meeting_with_present_en``)."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

SUDANI = "person:mohammed-shia-al-sudani"
RAISI = "person:ebrahim-raisi"
FUAD = "person:fuad-hussein"
MALIKI = "person:abbas-jabr-al-maliki"
KBS = "person:khalid-bin-salman"
ALIMI = "person:rashad-al-alimi"
AZIMA = "person:mutlaq-al-azima"
ERDOGAN = "person:recep-tayyip-erdogan"
FIDAN = "person:hakan-fidan"
AOUN = "person:joseph-aoun"
HAYKAL = "person:rodolphe-haykal"
MENASSA = "person:michel-menassa"
TAMIMI = "person:karim-aboud-al-tamimi"
ARAJI = "person:qassim-al-araji"
ABBAS = "person:mahmoud-abbas"
SALAM = "person:nawaf-salam"
DIMASHKIEH = "person:ramiz-dimashkieh"
DABBOUR = "person:ashraf-dabbour"

_SUDANI_RAISI = ("التقى رئيس مجلس الوزراء محمد شياع السوداني، اليوم الأحد، الرئيس الإيراني "
                 "إبراهيم رئيسي في طهران. ")
_HAYKAL = "عيّن مجلس الوزراء العميد رودولف هيكل قائداً للجيش، خلفاً للواء حسان عودة. "
_ABBAS_SALAM = ("Palestinian President Mahmoud Abbas met Prime Minister Nawaf Salam at the "
                "Grand Serail, ")
_KBS_ALIMI = ("استقبل وزير الدفاع الأمير خالد بن سلمان، أمس في الرياض، رئيس مجلس القيادة "
              "الرئاسي رشاد العليمي. ")

CASES = [
    ("ar", _SUDANI_RAISI + "وحضر اللقاء وزير الخارجية فؤاد حسين، ووزير الزراعة عباس جبر "
     "المالكي.", [MW(MALIKI, SUDANI), MW(MALIKI, RAISI), MW(MALIKI, FUAD)], []),
    ("ar", _KBS_ALIMI + "وحضر اللقاء رئيس هيئة الأركان العامة الفريق الأول الركن فياض "
     "الرويلي، وقائد القوات المشتركة للتحالف الفريق الركن مطلق الأزيمع.",
     [MW(AZIMA, KBS), MW(AZIMA, ALIMI)], []),
    # a clause of its own after "، و": not an attendee
    ("ar", _SUDANI_RAISI + "وحضر اللقاء وزير الخارجية فؤاد حسين، وكان وزير الزراعة عباس جبر "
     "المالكي قد وصل إلى طهران أمس.", [MW(FUAD, SUDANI)],
     [MW(MALIKI, SUDANI), MW(MALIKI, RAISI)]),
    # "held official talks" as "held formal talks" (meeting_phrases._EN_NOUN_MODIFIERS), and
    # its attendees told after it
    ("en", "Prime Minister Mohammed Shia al-Sudani and President Recep Tayyip Erdogan held "
     "official talks in Baghdad on Monday. The talks were attended by Turkish Foreign Minister "
     "Hakan Fidan.", [MW(SUDANI, ERDOGAN), MW(FIDAN, SUDANI), MW(FIDAN, ERDOGAN)], []),
    # "قائد الجيش الجديد": the incoming holder of the replacement told before, whose post
    # after his name holds the body (desc_new_construct_ar)
    ("ar", _HAYKAL + "وبعد الجلسة استقبل الرئيس جوزاف عون قائد الجيش الجديد في حضور وزير "
     "الدفاع ميشال منسى.", [MW(AOUN, HAYKAL), MW(MENASSA, HAYKAL), MW(AOUN, MENASSA)], []),
    ("ar", "أصدر القائد العام للقوات المسلحة أمراً بتكليف الفريق الركن كريم عبود التميمي برئاسة "
     "جهاز مكافحة الإرهاب، خلفاً للفريق الركن عبد الوهاب الساعدي. واستقبل السوداني في وقت "
     "لاحق رئيس جهاز مكافحة الإرهاب الجديد، بحضور مستشار الأمن القومي قاسم الأعرجي.",
     [MW(TAMIMI, SUDANI), MW(TAMIMI, ARAJI)], []),
    # "with <title>, X, and Y also present": both attended, and met everyone there
    # (meeting_with_present_en)
    ("en", _ABBAS_SALAM + "with the head of the Lebanese-Palestinian Dialogue Committee, Ramez "
     "Dimashkieh, and Palestinian Ambassador Ashraf Dabbour also present.",
     [MW(DABBOUR, ABBAS), MW(DABBOUR, SALAM), MW(DIMASHKIEH, ABBAS), MW(DIMASHKIEH, SALAM),
      MW(DABBOUR, DIMASHKIEH)], []),
    ("en", _ABBAS_SALAM + "with the head of the Lebanese-Palestinian Dialogue Committee, Ramez "
     "Dimashkieh, attending.", [MW(DIMASHKIEH, ABBAS), MW(DIMASHKIEH, SALAM)], []),
    # another body than the one the replacement named: nobody
    ("ar", _HAYKAL + "وبعد الجلسة استقبل الرئيس جوزاف عون مدير المخابرات الجديد.", [],
     [MW(AOUN, HAYKAL)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_meet30_s30(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
