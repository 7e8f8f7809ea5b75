"""A known person named in full with a surname spelt his own way, session 18 second round:
"President Ebrahim Raeesi ... Raeesi, smiling, was welcomed by Y": the later bare surname
is him (the gazetteer lists "Raisi")."""

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
]


@pytest.mark.parametrize("text,lang,must,never", CASES)
def test_spelt_surname_later(ex, text: str, lang: str, must: list, never: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, never)
