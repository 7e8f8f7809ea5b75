"""After "X replaced / succeeded Y as prime minister", "the prime minister" is X, who holds
the office now, not Y named last (session 17b)."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

SUDANI = "person:mohammed-shia-al-sudani"
KADHIMI = "person:mustafa-al-kadhimi"
RAISI = "person:ebrahim-raisi"

CASES = [
    ("replaced_as_pm",
     "Mohammed Shia al-Sudani replaced Mustafa al-Kadhimi as prime minister in October 2022. "
     "The prime minister met Iranian President Ebrahim Raisi in Tehran.",
     [MW(SUDANI, RAISI)], [MW(KADHIMI, RAISI)]),
    ("succeeded_as_commander",
     "Esmail Qaani succeeded Qasem Soleimani as commander of the Quds Force. The commander "
     "met Hadi al-Amiri in Baghdad.",
     [MW("person:esmail-qaani", "person:hadi-al-amiri")],
     [MW("person:qasem-soleimani", "person:hadi-al-amiri")]),
    ("replacing_participle",
     "Iraq's parliament elected Mohammed Shia al-Sudani as prime minister, replacing Mustafa "
     "al-Kadhimi. The prime minister met Raisi in Tehran.",
     [MW(SUDANI, RAISI)], [MW(KADHIMI, RAISI)]),
    # negative: no replacement told, the prime minister named last stays
    ("no_replacement",
     "Mustafa al-Kadhimi visited Tehran in June. The prime minister met Iranian President "
     "Ebrahim Raisi.",
     [MW(KADHIMI, RAISI)], [MW(SUDANI, RAISI)]),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_office_after_replacement_en(ex, name: str, text: str, must: list,
                                     must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
