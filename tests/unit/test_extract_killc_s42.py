"""Session 42 (killc): the object of a preposition is no subject of a coordinated killing
verb (kill_prep_object): "شنّت إسرائيل حرباً على لبنان واغتالت X" / "Israel waged war on Lebanon
and killed X" gave X -> Lebanon; the killer is the first verb's subject (kill_coordinated,
now also "waged" and the relative "التي شنّتها Y ... واغتالت X"). Dev: +1 TP, -1 FP (arKD4).
The active perfect "A US drone strike on ... has martyred X" (martyred_active_en; the Iranian
outlets' active "martyred" is read after a strike noun): dev +1 TP (enJY6).

Not read: the main clause's verb past a comma after an indefinite relative ("لهجوم شنّته Y على
المدينة، وقتلت خلاله X" is not Y's act), a strike noun without an agent ("the war on Lebanon
... killed X" names no killer); a text cut right after the cue word."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

ISRAEL = "country:israel"
LEBANON = "country:lebanon"
IRAN = "country:iran"
SHUKR = "person:fuad-shukr"
NASRALLAH = "person:hassan-nasrallah"
SHADMANI = "person:ali-shadmani"
RSF = "organization:rapid-support-forces"
KARAKI = "person:ali-karaki"
HEZBOLLAH = "organization:hezbollah"

CASES = [
    # the preposition's object before "and killed": fail on main (-> Lebanon / Iran)
    ("ar", "شنّت إسرائيل حرباً واسعة على لبنان واغتالت القيادي فؤاد شكر في الضاحية.",
     [AB(SHUKR, ISRAEL)], [AB(SHUKR, LEBANON)]),
    ("ar", "تذكّر الجميع الحرب التي شنّتها إسرائيل على إيران واغتالت خلالها القائد علي "
     "شادماني.", [AB(SHADMANI, ISRAEL)], [AB(SHADMANI, IRAN)]),
    ("en", "Israel waged war on Lebanon and killed Hassan Nasrallah.",
     [AB(NASRALLAH, ISRAEL)], [AB(NASRALLAH, LEBANON)]),
    ("en", "Israel waged a long war against Iran and then killed Ali Shadmani.",
     [AB(SHADMANI, ISRAEL)], [AB(SHADMANI, IRAN)]),
    # negatives: no killer named, or the main clause's verb past a comma
    ("ar", "تصدت القوات لهجوم شنّته مليشيا الدعم السريع على المدينة، وقتلت خلاله القائد "
     "علي يعقوب جبريل.", [], [AB("person:ali-yaqub", RSF),
                             AB("person:ali-yagoub-gibril", RSF)]),
    ("ar", "استمرت الحرب على لبنان واغتالت حسن نصر الله.", [], [AB(NASRALLAH, LEBANON)]),
    ("en", "The war on Lebanon dragged on and killed Hassan Nasrallah.", [],
     [AB(NASRALLAH, LEBANON)]),
    ("en", "Mourners gathered in Lebanon and recalled Hassan Nasrallah.", [],
     [AB(NASRALLAH, LEBANON)]),
    # "has martyred X": fails on main
    ("en", "An Israeli drone strike on a house in southern Lebanon has martyred senior "
     "commander Ali Karaki.", [AB(KARAKI, ISRAEL)], [AB(KARAKI, LEBANON)]),
    # negatives: "has martyred <plural noun>" (an adjective), a passive perfect
    ("en", "Hezbollah has martyred commanders such as Ali Karaki, Hassan Nasrallah said.", [],
     [AB(KARAKI, HEZBOLLAH), AB(KARAKI, NASRALLAH)]),
    ("en", "Hassan Nasrallah said Ali Karaki has been martyred.", [], [AB(KARAKI, NASRALLAH)]),
    # the text cut right after the cue words: no crash
    ("en", "A US drone strike has martyred", [], []),
    ("en", "A US drone strike has martyred Ali", [], []),
    ("ar", "شنت إسرائيل حرباً على لبنان واغتالت", [], []),
    ("ar", "الحرب التي شنتها إسرائيل على لبنان واغتالت", [], []),
    ("en", "Israel waged war on Lebanon and killed", [], []),
    ("en", "Israel waged war on Lebanon and", [], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_killc_s42(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
