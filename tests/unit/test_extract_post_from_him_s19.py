"""Session 19 (coreference): whom "him" stands for in "X takes over the <post> from him" when
the sentence before names several people: the one named closest before the same post."""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

HAYAN = "person:hayan-abdul-ghani"
IHSAN = "person:ihsan-abdul-jabbar"
TAIF = "person:taif-sami"
ALLAWI = "person:ali-allawi"

POST_FROM_HIM = [
    ("Hayan Abdul-Ghani replaced Ihsan Abdul Jabbar, who had also headed the planning ministry "
     "since Ali Allawi resigned. Taif Sami takes over the planning ministry from him.", "en",
     [SO(TAIF, IHSAN)], [SO(TAIF, ALLAWI), SO(TAIF, HAYAN)]),
    # the post is not named again before: no holder to read
    ("Hayan Abdul-Ghani replaced Ihsan Abdul Jabbar at the oil ministry. Taif Sami takes over "
     "the finance ministry from him.", "en", [SO(HAYAN, IHSAN)],
     [SO(TAIF, IHSAN), SO(TAIF, HAYAN)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), POST_FROM_HIM)
def test_post_from_him(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
