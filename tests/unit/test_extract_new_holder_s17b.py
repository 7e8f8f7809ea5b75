""""The new premier" after a replacement told by a verb, session 17 second round: the
incoming holder ("Y was replaced by X", "X replaces Y"), never the outgoing one."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

SUDANI, KADHIMI, RAISI = ("person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi",
                          "person:ebrahim-raisi")

CASES = [
    ("Mustafa al-Kadhimi was replaced by Mohammed Shia al-Sudani in October. The new premier "
     "met Ebrahim Raisi on Sunday.", [MW(SUDANI, RAISI)], [MW(KADHIMI, RAISI)]),
    ("Mustafa al-Kadhimi was succeeded by Mohammed Shia al-Sudani in October. The new prime "
     "minister met Ebrahim Raisi on Sunday.", [], [MW(KADHIMI, RAISI)]),
    ("Mohammed Shia al-Sudani replaces Mustafa al-Kadhimi. The new premier met Ebrahim Raisi "
     "on Sunday.", [], [MW(KADHIMI, RAISI)]),
]


@pytest.mark.parametrize("text,must,never", CASES)
def test_new_holder_is_incoming(ex, text: str, must: list, never: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, never)
