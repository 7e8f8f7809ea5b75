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


@pytest.mark.parametrize("text,must,must_not", HOSTED_GUESTS_EN)
def test_hosted_guests_en(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:60], must, must_not)
