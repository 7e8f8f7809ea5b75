"""Session 22, second round (meet2en): English meetings whose two people are found but whose
construction was not read, each form with a case not to read."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

MACRON = "person:emmanuel-macron"
SCHOLZ = "person:olaf-scholz"
MELONI = "person:giorgia-meloni"

# ---- "H hosted A and B for talks": the guests met each other (meeting_hosted_guests) ------
HOSTED_GUESTS_EN = [
    ("French President Emmanuel Macron hosted German Chancellor Olaf Scholz and Italian Prime "
     "Minister Giorgia Meloni in Paris on Sunday for three hours of talks.",
     [MW(SCHOLZ, MELONI), MW(MACRON, SCHOLZ), MW(MACRON, MELONI)], []),
    ("Macron hosted Germany's Olaf Scholz and Italy's Giorgia Meloni at a chateau outside "
     "Paris, and the two leaders also negotiated without French officials in the room.",
     [MW(SCHOLZ, MELONI)], []),
    ("French President Emmanuel Macron hosted German Chancellor Olaf Scholz, Italian Prime "
     "Minister Giorgia Meloni and other European leaders at Versailles for a summit on Ukraine.",
     [MW(SCHOLZ, MELONI)], []),
    # no talks named, talks of another day, a planned or denied hosting: the guests did not meet
    ("French President Emmanuel Macron hosted German Chancellor Olaf Scholz and Italian Prime "
     "Minister Giorgia Meloni at the Elysee Palace.", [MW(MACRON, SCHOLZ)], [MW(SCHOLZ, MELONI)]),
    ("French President Emmanuel Macron hosted German Chancellor Olaf Scholz and Italian Prime "
     "Minister Giorgia Meloni for a dinner, a day after talks in Rome.", [],
     [MW(SCHOLZ, MELONI)]),
    ("French President Emmanuel Macron will host German Chancellor Olaf Scholz and Italian Prime "
     "Minister Giorgia Meloni in Paris next week for talks.", [], [MW(SCHOLZ, MELONI)]),
    ("French President Emmanuel Macron did not host German Chancellor Olaf Scholz and Italian "
     "Prime Minister Giorgia Meloni for talks.", [], [MW(SCHOLZ, MELONI)]),
]


RUTO = "person:william-ruto"
MUDAVADI = "person:musalia-mudavadi"
MUSEVENI = "person:yoweri-museveni"
TRIP = "Kenyan President William Ruto travelled to Kampala with Foreign Minister Musalia Mudavadi"

# ---- "X travelled to D with W, and the two were received by Y": both met Y (plural_refs) --
TRAVELLED_WITH_EN = [
    (TRIP + ", and the two were received by Ugandan President Yoweri Museveni at State House.",
     [MW(RUTO, MUSEVENI), MW(MUDAVADI, MUSEVENI)], []),
    (TRIP + ", and the two held talks with Ugandan President Yoweri Museveni.",
     [MW(RUTO, MUSEVENI), MW(MUDAVADI, MUSEVENI)], []),
    ("Kenyan President William Ruto flew to Kampala on Monday with Foreign Minister Musalia "
     "Mudavadi. The two then met Ugandan President Yoweri Museveni at State House.",
     [MW(RUTO, MUSEVENI), MW(MUDAVADI, MUSEVENI)], []),
    # a planned meeting, a call: nobody met
    (TRIP + ", and the two will meet Ugandan President Yoweri Museveni on Tuesday.", [],
     [MW(RUTO, MUSEVENI), MW(MUDAVADI, MUSEVENI)]),
    (TRIP + ", and the two spoke by phone with Ugandan President Yoweri Museveni.", [],
     [MW(RUTO, MUSEVENI), MW(MUDAVADI, MUSEVENI)]),
    # a relative clause between the traveller and "with": not read as one list
    ("Kenyan Foreign Minister Musalia Mudavadi met President William Ruto in March, then "
     "travelled to Kampala with aides, and the two were received by Ugandan President Yoweri "
     "Museveni.", [], [MW(RUTO, MUSEVENI)]),
]


# ---- "X sat across the table from Y", "X came face to face with Y" (meeting_face_en) -------
ACROSS_EN = [
    ("Kenyan President William Ruto sat across the table from Ugandan President Yoweri Museveni "
     "in Kampala on Monday.", [MW(RUTO, MUSEVENI)], []),
    ("Kenyan Foreign Minister Musalia Mudavadi led the delegation at the talks in Kampala, where "
     "he sat across from Ugandan President Yoweri Museveni.", [MW(MUDAVADI, MUSEVENI)], []),
    ("Kenyan President William Ruto came face to face with Ugandan President Yoweri Museveni in "
     "Kampala on Monday.", [MW(RUTO, MUSEVENI)], []),
    # planned, refused, a neighbour: no meeting
    ("Kenyan President William Ruto will sit across the table from Ugandan President Yoweri "
     "Museveni next week.", [], [MW(RUTO, MUSEVENI)]),
    ("Kenyan President William Ruto refused to sit across the table from Ugandan President "
     "Yoweri Museveni.", [], [MW(RUTO, MUSEVENI)]),
    ("Kenyan President William Ruto lives across the street from Ugandan President Yoweri "
     "Museveni.", [], [MW(RUTO, MUSEVENI)]),
]


@pytest.mark.parametrize("text,must,must_not", HOSTED_GUESTS_EN + TRAVELLED_WITH_EN + ACROSS_EN)
def test_meet2en(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:60], must, must_not)
