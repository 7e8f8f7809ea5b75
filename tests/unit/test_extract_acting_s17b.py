"""Acting holders, session 17 second round: "K named X acting president" after the holder's
death, and a chain of acting holders ("X, ..., who has been acting commander since Y's
election")."""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

CASES = [
    ("Iranian President Ebrahim Raisi was killed when his helicopter crashed on Sunday. Supreme "
     "Leader Ali Khamenei named First Vice President Mohammad Mokhber acting president.", "en",
     [SO("person:mohammad-mokhber", "person:ebrahim-raisi")], []),
    ("Foreign Minister Hossein Amir-Abdollahian was killed in the crash. The cabinet appointed "
     "Ali Bagheri Kani acting foreign minister.", "en",
     [SO("person:ali-bagheri-kani", "person:hossein-amir-abdollahian")], []),
    ("Iranian President Ebrahim Raisi met Mohammad Mokhber on Sunday. Khamenei named Ali "
     "Bagheri Kani acting foreign minister.", "en", [],
     [SO("person:ali-bagheri-kani", "person:ebrahim-raisi")]),
    ("Iranian President Ebrahim Raisi died in a helicopter crash. Khamenei did not name "
     "Mohammad Mokhber acting president.", "en", [],
     [SO("person:mohammad-mokhber", "person:ebrahim-raisi")]),
    ("Joseph Aoun was elected president in January. Haykal takes over from Maj. Gen. Hassan "
     "Audi, the army chief of staff, who has been acting commander since Aoun's election.", "en",
     [SO("person:hassan-awadi", "person:joseph-aoun")], []),
    ("Riad Salameh left the central bank in 2023. The cabinet named Karim Souaid governor, "
     "replacing Wassim Mansouri, who had run the bank in an acting capacity since Salameh's "
     "term ended.", "en",
     [SO("person:wassim-mansouri", "person:riad-salameh"),
      SO("person:karim-souaid", "person:wassim-mansouri")], []),
    ("Ali Abdollahi took over from Ahmad Vahidi, who had been acting commander since the end of "
     "Hossein Salami's term.", "en",
     [SO("person:ahmad-vahidi", "person:hossein-salami"),
      SO("person:ali-abdollahi", "person:ahmad-vahidi")], []),
]


@pytest.mark.parametrize("text,lang,must,never", CASES)
def test_acting_holder(ex, text: str, lang: str, must: list, never: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, never)
