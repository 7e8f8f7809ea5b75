"""Session 33 (succprec): the second of two coordinated appointments, and "in his place"
after the last sentence's leaver, English.

"K named A as P in place of B, and C as Q in place of D" / "K appointed A in place of B and C
in place of D" / "..., among them A as P, succeeding B, and C as Q in place of D": C succeeded
D (the base gave A -> D, the person after the verb, or nothing). Counted in the dev writers
IX-IY, JY-JZ and KE-KF. Arabic "عيّن A ... خلفاً لـB، وC ... خلفاً لـD" is read already (the
Arabic cases pass on the base and guard the same construction in the other language)."""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

MOUSAVI = "person:abdolrahim-mousavi"
BAGHERI = "person:mohammad-bagheri"
PAKPOUR = "person:mohammad-pakpour"
SALAMI = "person:hossein-salami"
ARAGHCHI = "person:abbas-araghchi"
ABDOLLAHIAN = "person:hossein-amir-abdollahian"
SUDANI = "person:mohammed-shia-al-sudani"
KADHIMI = "person:mustafa-al-kadhimi"
SOLEIMANI = "person:qasem-soleimani"
HEJAZI = "person:mohammad-hejazi"
FALLAHZADEH = "person:mohammad-reza-fallahzadeh"
BAGHERI_KANI = "person:ali-bagheri-kani"
PEZESHKIAN = "person:masoud-pezeshkian"

CASES = [
    # fail on the base: the second appointee, after "and"
    ("en", "On Friday the leader appointed Abdolrahim Mousavi in place of Mohammad Bagheri and "
     "Mohammad Pakpour in place of Hossein Salami.",
     [SO(MOUSAVI, BAGHERI), SO(PAKPOUR, SALAMI)], [SO(MOUSAVI, SALAMI)]),
    ("en", "The decree named General Abdolrahim Mousavi as armed forces chief in place of "
     "General Mohammad Bagheri, and General Mohammad Pakpour as head of the Guards in place "
     "of General Hossein Salami.", [SO(MOUSAVI, BAGHERI), SO(PAKPOUR, SALAMI)],
     [SO(MOUSAVI, SALAMI)]),
    ("en", "The new cabinet was sworn in on Tuesday, among them Abdolrahim Mousavi as defence "
     "chief, succeeding Mohammad Bagheri, and Mohammad Pakpour as commander in place of "
     "Hossein Salami.", [SO(PAKPOUR, SALAMI)], [SO(MOUSAVI, SALAMI)]),
    # negatives: one appointment only, its appointee named after the verb
    ("en", "The leader appointed Mohammad Pakpour and his deputy as commanders in place of "
     "Hossein Salami.", [SO(PAKPOUR, SALAMI)], []),
    ("en", "Officials said Abbas Araghchi and Mohammed Shia al-Sudani met in Baghdad, and "
     "Mustafa al-Kadhimi was not named in place of anyone.", [],
     [SO(KADHIMI, SUDANI), SO(KADHIMI, ARAGHCHI)]),
    # fail on the base: "in his place" after the last sentence's leaver, past a victim told
    # two sentences back, and past an apposition after the appointee
    ("en", "In January a US drone strike killed Qasem Soleimani near Baghdad airport. In April "
     "his deputy Mohammad Hejazi died of a heart condition. Mohammad Reza Fallahzadeh was "
     "named deputy commander in his place.", [SO(FALLAHZADEH, HEJAZI)],
     [SO(FALLAHZADEH, SOLEIMANI)]),
    ("en", "Foreign Minister Hossein Amir-Abdollahian died in the crash. The government named "
     "Ali Bagheri Kani, the chief negotiator, acting minister in his place.",
     [SO(BAGHERI_KANI, ABDOLLAHIAN)], []),
    # negative: an apposition, but no appointment before "in his place"
    ("en", "Abbas Araghchi met Ali Bagheri Kani, the chief negotiator, in Tehran and thanked "
     "him, saying Masoud Pezeshkian would attend in his place.", [],
     [SO(PEZESHKIAN, BAGHERI_KANI), SO(ARAGHCHI, BAGHERI_KANI)]),
    # Arabic (pass on the base too): the same coordination with "خلفاً لـ"
    ("ar", "وعيّن المرشد عبد الرحيم موسوي رئيساً للأركان خلفاً لمحمد باقري، ومحمد باكبور "
     "قائداً للحرس خلفاً لحسين سلامي.", [SO(MOUSAVI, BAGHERI), SO(PAKPOUR, SALAMI)],
     [SO(MOUSAVI, SALAMI)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_succprec_s33(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
