"""Session 29 (multi): the joined subjects of one meeting met each other (meeting_co_subjects).

"A and B met Y" / "وعاد A وB من الدوحة، حيث التقيا Y" / "A and his deputy B were received by Y":
A-B as well as A-Y and B-Y; an object list ("X met A and B", "استقبل X A وB") stays unpaired,
and so do subjects of "also" (one more reception in a list) and of talks held apart or through
a mediator."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

BARNEA = "person:david-barnea"
BAR = "person:ronen-bar"
QATAR_PM = "person:mohammed-bin-abdulrahman-al-thani"
BARRACK = "person:tom-barrack"
ORTAGUS = "person:morgan-ortagus"
AOUN = "person:joseph-aoun"
ARAGHCHI = "person:abbas-araghchi"
WITKOFF = "person:steve-witkoff"
BUSAIDI = "person:badr-albusaidi"

CASES = [
    ("en", "Mossad chief David Barnea and Shin Bet chief Ronen Bar met Qatari Prime Minister "
     "Mohammed bin Abdulrahman Al Thani in Doha on Monday.",
     [MW(BARNEA, BAR), MW(BARNEA, QATAR_PM), MW(BAR, QATAR_PM)], []),
    ("ar", "وجاءت المصادقة بعد عودة رئيس الموساد ديفيد برنياع ورئيس الشاباك رونين بار من الدوحة، "
     "حيث التقيا رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني.",
     [MW(BARNEA, BAR), MW(BARNEA, QATAR_PM), MW(BAR, QATAR_PM)], []),
    ("en", "US envoy Tom Barrack and his deputy Morgan Ortagus were received by President Joseph "
     "Aoun at Baabda on Monday.", [MW(BARRACK, ORTAGUS), MW(AOUN, BARRACK)], []),
    # an object list: the partners met the subject, not each other
    ("en", "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Mossad chief David "
     "Barnea and Shin Bet chief Ronen Bar in Doha on Monday.",
     [MW(QATAR_PM, BARNEA), MW(QATAR_PM, BAR)], [MW(BARNEA, BAR)]),
    ("ar", "استقبل رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني رئيس الموساد ديفيد "
     "برنياع ورئيس الشاباك رونين بار في الدوحة.",
     [MW(QATAR_PM, BARNEA), MW(QATAR_PM, BAR)], [MW(BARNEA, BAR)]),
    # one more reception in a list ("also"): each guest maybe alone
    ("en", "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Badr Albusaidi. Mossad "
     "chief David Barnea and Shin Bet chief Ronen Bar were also received by the prime minister "
     "Mohammed bin Abdulrahman Al Thani.", [], [MW(BARNEA, BAR)]),
    # companions after "with" are no subject list
    ("en", "Tom Barrack flew to Beirut with David Barnea and Ronen Bar; the two were received "
     "by Joseph Aoun.", [], [MW(BARNEA, BAR)]),
    # talks through a mediator
    ("en", "Iranian Foreign Minister Abbas Araghchi and U.S. envoy Steve Witkoff held talks "
     "with Omani Foreign Minister Badr Albusaidi in Rome, who relayed proposals between them; "
     "the two men did not meet face to face.", [], [MW(ARAGHCHI, WITKOFF)]),
    # fellow guests of a summit
    ("en", "Abbas Araghchi and Steve Witkoff joined Badr Albusaidi for a summit in Muscat.", [],
     [MW(ARAGHCHI, WITKOFF)]),
    ("ar", "والتقى وزير الخارجية الإيراني عباس عراقجي والمبعوث الأميركي ستيف ويتكوف وزير "
     "الخارجية العُماني بدر البوسعيدي في روما، في محادثات غير مباشرة.",
     [], [MW(ARAGHCHI, WITKOFF)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_multi_s29(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
