"""MET_WITH of courtesy phrases: credentials presented, "called on" (a visit, not an appeal),
an audience granted, and a pronoun partner with a second one ("held talks with him and with
Z", "أجرى Y محادثات معه"). Our own sentences, not taken from any dev set."""

import pytest

from tests.extract_support import norm, rels

AOUN, BARRACK = "person:joseph-aoun", "person:tom-barrack"
FUAD, MIKATI, BERRI = "person:fuad-hussein", "person:najib-mikati", "person:nabih-berri"
HOCHSTEIN, SALMAN = "person:amos-hochstein", "person:salman-bin-abdulaziz"
SUDANI = "person:mohammed-shia-al-sudani"


def _met(ex, text):
    lang = "en" if text.isascii() else "ar"
    return {r for r in rels(ex.extract(text, lang=lang)) if r[0] == "MET_WITH"}


@pytest.mark.parametrize("text,pairs", [
    ("The new US ambassador Tom Barrack presented his credentials to President Joseph Aoun "
     "on Monday.", [(BARRACK, AOUN)]),
    ("On Monday, Tom Barrack presented a copy of his credentials to Foreign Minister Fuad "
     "Hussein.", [(BARRACK, FUAD)]),
    ("Fuad Hussein called on Najib Mikati at the Grand Serail.", [(FUAD, MIKATI)]),
    ("Hochstein called on Speaker Nabih Berri in Ain al-Tineh on Tuesday.",
     [(HOCHSTEIN, BERRI)]),
    ("King Salman granted Fuad Hussein an audience on Monday.", [(SALMAN, FUAD)]),
    ("Mohammed Shia al-Sudani was granted an audience by King Salman.", [(SUDANI, SALMAN)]),
    ("Fuad Hussein arrived in Beirut. Najib Mikati held talks with him.", [(FUAD, MIKATI)]),
    ("Fuad Hussein arrived in Beirut. Najib Mikati held talks with him and with President "
     "Joseph Aoun.", [(FUAD, MIKATI), (MIKATI, AOUN)]),
    ("Fuad Hussein arrived in Beirut. Najib Mikati met him and Speaker Nabih Berri.",
     [(FUAD, MIKATI), (MIKATI, BERRI)]),
    ("وصل فؤاد حسين إلى بيروت. وأجرى نجيب ميقاتي محادثات معه ومع الرئيس جوزاف عون.",
     [(FUAD, MIKATI), (MIKATI, AOUN)]),
    ("وصل فؤاد حسين إلى بيروت. وأجرى نجيب ميقاتي محادثات معه.", [(FUAD, MIKATI)]),
])
def test_courtesy_meetings(ex, text, pairs):
    met = _met(ex, text)
    for a, b in pairs:
        assert norm(("MET_WITH", a, b)) in met


@pytest.mark.parametrize("text", [
    "The ambassador called on Joseph Aoun to speed up reforms.",
    "Fuad Hussein called on Joseph Aoun and Nabih Berri not to delay the vote.",
    "Fuad Hussein called on Joseph Aoun for restraint.",
    "Tom Barrack did not present his credentials to Joseph Aoun.",
    "Joseph Aoun called Najib Mikati on Monday.",
    "Fuad Hussein and Najib Mikati also attended the meeting.",
])
def test_not_a_meeting(ex, text):
    assert not _met(ex, text)
