"""A title phrase opening the clause with the rank and name set off by commas, session 18
second round: "TEHRAN -- The Commander of the Quds Force, Brigadier General
X, received Y": X is the subject (not a place of the dateline before it)."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

CASES = [
    ("TEHRAN -- The Commander of the Quds Force, Brigadier General Esmail Qaani, received "
     "Hadi al-Amiri on Tuesday.", "en",
     [MW("person:esmail-qaani", "person:hadi-al-amiri")],
     [MW("country:iran", "person:hadi-al-amiri")]),
    ("BEIRUT: The Secretary-General of Hezbollah, Sheikh Naim Qassem, received Abbas "
     "Araghchi on Friday.", "en",
     [MW("person:naim-qassem", "person:abbas-araghchi")],
     [MW("organization:hezbollah", "person:abbas-araghchi")]),
    # the title phrase is an object, not the opening of the clause: no meeting of its holder
    ("Kurilla held talks with Prime Minister Mohammed Shia al-Sudani and the army's chief of "
     "staff, Lt. Gen. Abdul-Amir Yarallah, before flying to Erbil, where he met Masrour "
     "Barzani.", "en", [],
     [MW("person:abdul-amir-yarallah", "person:masrour-barzani")]),
]


@pytest.mark.parametrize("text,lang,must,never", CASES)
def test_title_opening_clause_subject(ex, text: str, lang: str, must: list,
                                      never: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, never)
