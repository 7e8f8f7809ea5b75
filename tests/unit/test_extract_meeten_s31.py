"""Session 31 (meeten): the holders of a meeting "attended by" a list, and a list "attended
by A and by B", in English.

"X held a consultation attended by A and B", "X welcomed Y, and the two then held a session
attended by A and B", "X and Y held talks attended by A": the attendees met the holders and
each other (``meeting_held_attended_en``, read by ``core_recall_meetings.attended_meeting``).
Counted on JP-JX (JU) and on the other writers' dev text (IG, IS, IZ); "and by" in JD-JF,
JM-JO and JS-JU. Arabic keeps its own
rule (``ترأس X اجتماعاً حضره Y وZ``): the Arabic case below passes on the base too and is a
guard that the change stays English."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

RAISI = "person:ebrahim-raisi"
KADHIMI = "person:mustafa-al-kadhimi"
FUAD = "person:fuad-hussein"
ABDOLLAHIAN = "person:hossein-amir-abdollahian"
AUSTIN = "person:lloyd-austin"
BLINKEN = "person:antony-blinken"
SUDANI = "person:mohammed-shia-al-sudani"
BARNEA = "person:david-barnea"
DERMER = "person:ron-dermer"
ZINI = "person:david-zini"
BEDROSIAN = "person:shosh-bedrosian"
KHAIRALLAH = "person:nizar-khairallah"

CASES = [
    # a meeting noun the rule did not read ("consultation"), the attendees met each other
    ("en", "On Monday Ron Dermer held a consultation in his office attended by David Zini and "
     "David Barnea.", [MW(DERMER, ZINI), MW(DERMER, BARNEA), MW(ZINI, BARNEA)], []),
    # "the two": both persons named before in the sentence held it
    ("en", "Raisi received al-Kadhimi in Tehran, and the two later held a session attended "
     "by Fuad Hussein and Hossein Amir-Abdollahian.",
     [MW(RAISI, FUAD), MW(RAISI, ABDOLLAHIAN), MW(FUAD, ABDOLLAHIAN)], []),
    # negative: a person before a verb of saying is not an attendee
    ("en", "Dermer held a consultation attended by Zini and Barnea, spokeswoman Shosh "
     "Bedrosian told reporters.", [MW(DERMER, BARNEA)], [MW(DERMER, BEDROSIAN),
                                                           MW(BARNEA, BEDROSIAN)]),
    # negative: no meeting noun ("a rally"), nothing read
    ("en", "Sudani held a rally in Baghdad attended by Fuad Hussein.", [],
     [MW(SUDANI, FUAD)]),
    # "attended by A and by B": the list goes on after "and by"
    ("en", "Fuad Hussein met Antony Blinken in Baghdad. The talks were attended by Lloyd "
     "Austin and by the Iraqi ambassador Nizar Khairallah.",
     [MW(BLINKEN, KHAIRALLAH), MW(FUAD, KHAIRALLAH), MW(AUSTIN, KHAIRALLAH)], []),
    ("en", "Fuad Hussein met Antony Blinken in Baghdad. The talks were attended by Lloyd "
     "Austin, the defense secretary, and, from the Iraqi side, by Nizar Khairallah.",
     [MW(BLINKEN, KHAIRALLAH), MW(FUAD, KHAIRALLAH)], []),
    # negative: a second "by" of another clause is not the list's ("and was praised by")
    ("en", "Fuad Hussein met Antony Blinken in Baghdad. The talks were attended by Lloyd "
     "Austin. The visit was welcomed by Nizar Khairallah.", [MW(BLINKEN, AUSTIN)],
     [MW(BLINKEN, KHAIRALLAH), MW(FUAD, KHAIRALLAH)]),
    # Arabic (unchanged: passes on the base too)
    ("ar", "ترأس رئيس الوزراء محمد شياع السوداني اجتماعاً حضره وزير الخارجية فؤاد حسين.",
     [MW(SUDANI, FUAD)], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_meeten_s31(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
