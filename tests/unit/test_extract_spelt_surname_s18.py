"""A known person named in full with a surname spelt his own way, session 18 second round:
"President Ebrahim Raeesi ... Raeesi, smiling, was welcomed by Y": the later bare surname
is him (the gazetteer lists "Raisi"). Third round: that alias is made only when the word
is written again; and a known "X bin Y" followed by "bin Z" (no word of his names) is
someone else."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

CASES = [
    ("Iranian President Ebrahim Raeesi flew to Riyadh on Saturday for an emergency summit. "
     "Raeesi, smiling broadly, was welcomed on the tarmac by Prince Faisal bin Farhan.", "en",
     [MW("person:ebrahim-raisi", "person:faisal-bin-farhan")], []),
    # no full name before: the bare spelling alone is no one known
    ("Raeesi, smiling broadly, was welcomed on the tarmac by Prince Faisal bin Farhan.", "en",
     [], [MW("person:ebrahim-raisi", "person:faisal-bin-farhan")]),
    # a longer chain: not Mohammed bin Abdulrahman Al Thani
    ("Deputy governor Prince Mohammed bin Abdulrahman bin Abdulaziz greeted Prince Faisal "
     "bin Farhan at the airport.", "en",
     [], [MW("person:mohammed-bin-abdulrahman-al-thani", "person:faisal-bin-farhan")]),
    # his own name: still him
    ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani greeted Prince Faisal bin "
     "Farhan at the airport.", "en",
     [MW("person:mohammed-bin-abdulrahman-al-thani", "person:faisal-bin-farhan")], []),
]


@pytest.mark.parametrize("text,lang,must,never", CASES)
def test_spelt_surname_later(ex, text: str, lang: str, must: list, never: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, never)
