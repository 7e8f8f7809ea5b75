"""Session 29 (attend): attendees of a meeting, forms counted on IX-JF and IO-IW and checked
on the other writers' dev text.

English attendee sentences told after the meeting (``attendee_later_en``): the attendee
opening the sentence before a long apposition ending in a place, "attended part of the talks",
"also took part" with nothing after it, "was joined by A and B, who also sat in on the
meeting"; Arabic: a convened meeting whose attendees follow a comma past a complement or
"مع Y" ("ترأس X اجتماعاً طارئاً للمجلس ...، حضره A وB"، "عقد X جلسة مباحثات مع Y، شارك فيها
Z"): everyone met everyone (``meeting_comprised_ar``)."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

BLINKEN = "person:antony-blinken"
FAISAL = "person:faisal-bin-farhan"
LEAF = "person:barbara-leaf"
SUDANI = "person:mohammed-shia-al-sudani"
SHAMMARI = "person:abdul-amir-al-shammari"
ABBASI = "person:thabet-al-abbasi"
ARAGHCHI = "person:abbas-araghchi"
ABDELATTY = "person:badr-abdelatty"
SALAMEH = "person:hussein-al-salameh"
SHATRI = "person:hamid-al-shatri"
KHATTAB = "person:anas-khattab"

_BLINKEN_FAISAL = ("Secretary of State Antony Blinken received Saudi Foreign Minister Prince "
                   "Faisal bin Farhan at the State Department on Tuesday. ")

CASES = [
    ("en", _BLINKEN_FAISAL + "Barbara Leaf, the assistant secretary of state for the Near "
     "East, attended the meeting.", [MW(LEAF, BLINKEN), MW(LEAF, FAISAL)], []),
    ("en", _BLINKEN_FAISAL + "Barbara Leaf, the assistant secretary of state for the Near "
     "East, attended a conference in Paris.", [MW(BLINKEN, FAISAL)],
     [MW(LEAF, BLINKEN), MW(LEAF, FAISAL)]),
    ("en", "The head of Syria's General Intelligence Service, Hussein al-Salameh, received the "
     "head of Iraq's National Intelligence Service, Hamid al-Shatri, in Damascus on Sunday. "
     "Interior Minister Anas Khattab attended part of the talks, the ministry said.",
     [MW(KHATTAB, SALAMEH), MW(KHATTAB, SHATRI)], []),
    ("en", _BLINKEN_FAISAL + "Blinken was joined by Barbara Leaf and Hamid al-Shatri, who "
     "also sat in on the meeting.", [MW(LEAF, FAISAL), MW(SHATRI, FAISAL), MW(LEAF, SHATRI)],
     []),
    ("ar", "وقال المكتب الإعلامي إن رئيس الوزراء محمد شياع السوداني ترأس اجتماعاً طارئاً "
     "للمجلس الوزاري للأمن الوطني، حضره وزير الداخلية عبد الأمير الشمري ووزير الدفاع ثابت "
     "العباسي.", [MW(SUDANI, SHAMMARI), MW(SUDANI, ABBASI), MW(SHAMMARI, ABBASI)], []),
    ("ar", "وكان وزير الخارجية عباس عراقجي قد عقد جلسة مباحثات مع نظيره المصري بدر عبد العاطي، "
     "شارك فيها رئيس جهاز المخابرات العامة حسين السلامة.",
     [MW(ARAGHCHI, ABDELATTY), MW(SALAMEH, ARAGHCHI), MW(SALAMEH, ABDELATTY)], []),
    # "شارك في" with no pronoun of the meeting: not read as its attendee
    ("ar", "وكان وزير الخارجية عباس عراقجي قد عقد جلسة مباحثات مع نظيره المصري بدر عبد العاطي، "
     "شارك في الحرب رئيس جهاز المخابرات العامة حسين السلامة.",
     [MW(ARAGHCHI, ABDELATTY)], [MW(SALAMEH, ARAGHCHI), MW(SALAMEH, ABDELATTY)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_attend_s29(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
