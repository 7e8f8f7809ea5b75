"""Session 28 (meet): MET_WITH recall on new writers, by construction in both languages.

An attendee named after "بحضور / في حضور Z" or "in the presence of Z" whose country the text
does not give met every participant of the meeting (the brief pairs an attendee with all of
them, his own side too): "استقبل X الضيفَ Y بحضور المستشار Z", "X received Y in the presence
of adviser Z" (not the spokesman who closes the sentence: "..., Spokesman W said"). A
capitalised title word before "of" after "met" is no bare surname ("met Speaker of Parliament
X": X, not a person "Speaker"). English, the attendee told after the meeting ("in a meeting
also attended by Z", "The meeting was also attended by Z"), named in full and of no known
country, met both people of a meeting of two. Who joined "the two men" / "الرئيسين" of
the meeting told before met both ("Z later joined the two men", "with Z joining the two
men", "وانضم إلى الرئيسين Z")."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

SUDANI = "person:mohammed-shia-al-sudani"
ARAGHCHI = "person:abbas-araghchi"
BERRI = "person:nabih-berri"
SALAM = "person:nawaf-salam"
AOUN = "person:joseph-aoun"
NEW_AR = "person:karim-al-dabbagh"  # (a new man: no country known)
NEW_EN = "person:walid-haddad"

PRESENCE_ANY_SIDE = [
    ("ar", "استقبل رئيس مجلس النواب نبيه بري، ظهر اليوم، وزير الخارجية الإيراني عباس عراقجي، "
     "بحضور المستشار كريم الدباغ.",
     [MW(BERRI, ARAGHCHI), MW(NEW_AR, BERRI), MW(NEW_AR, ARAGHCHI)], []),
    ("ar", "والتقى السوداني عراقجي في بغداد في حضور مدير المكتب كريم الدباغ، وبحث الجانبان "
     "العلاقات الثنائية.", [MW(SUDANI, ARAGHCHI), MW(NEW_AR, SUDANI), MW(NEW_AR, ARAGHCHI)], []),
    ("en", "Prime Minister Nawaf Salam received Iranian Foreign Minister Abbas Araghchi at the "
     "Grand Serail on Tuesday, in the presence of adviser Walid Haddad.",
     [MW(SALAM, ARAGHCHI), MW(NEW_EN, SALAM), MW(NEW_EN, ARAGHCHI)], []),
    # the one who reports the meeting is not in it
    ("en", "President Joseph Aoun received Abbas Araghchi at Baabda on Monday, in the presence "
     "of the Iranian ambassador, presidential spokesman Walid Haddad said.",
     [MW(AOUN, ARAGHCHI)], [MW(NEW_EN, AOUN), MW(NEW_EN, ARAGHCHI)]),
]

TITLE_OF_EN = [
    # "Speaker of Parliament" is a title, not a bare surname "Speaker" met in Berri's place
    ("en", "Araghchi then met Speaker of Parliament Nabih Berri at Ain el-Tineh.",
     [MW(ARAGHCHI, BERRI)], [MW(ARAGHCHI, "person:speaker")]),
    ("en", "Later that day, Nawaf Salam met Speaker of Parliament Nabih Berri.",
     [MW(SALAM, BERRI)], [MW(SALAM, "person:speaker")]),
]

ATTENDED_ANY_SIDE_EN = [
    # an attendee of no known country of a meeting of two, told after it, met both
    ("en", "Nawaf Salam received Abbas Araghchi at the Grand Serail on Tuesday, in a meeting "
     "also attended by adviser Walid Haddad.",
     [MW(SALAM, ARAGHCHI), MW(NEW_EN, SALAM), MW(NEW_EN, ARAGHCHI)], []),
    ("en", "Nawaf Salam received Abbas Araghchi at the Grand Serail on Tuesday. The meeting was "
     "also attended by Walid Haddad.",
     [MW(SALAM, ARAGHCHI), MW(NEW_EN, SALAM), MW(NEW_EN, ARAGHCHI)], []),
]

JOINED_THE_TWO = [
    # who joined the pair of the meeting told before met both
    ("en", "President Joseph Aoun received Nawaf Salam at Baabda on Tuesday. Speaker Nabih Berri "
     "later joined the two men.", [MW(AOUN, SALAM), MW(BERRI, AOUN), MW(BERRI, SALAM)], []),
    ("en", "President Joseph Aoun received Nawaf Salam at Baabda on Tuesday, with Speaker Nabih "
     "Berri joining the two men.", [MW(AOUN, SALAM), MW(BERRI, AOUN), MW(BERRI, SALAM)], []),
    ("ar", "استقبل الرئيس جوزاف عون الرئيس نواف سلام في بعبدا. وبعد ساعة، انضم إلى الرئيسين "
     "رئيس مجلس النواب نبيه بري.", [MW(AOUN, SALAM), MW(BERRI, AOUN), MW(BERRI, SALAM)], []),
    # two meetings told one by one: whom he joined is not said
    ("en", "Nawaf Salam received Abbas Araghchi and, separately, Joseph Aoun received him. "
     "Nabih Berri later joined the two men for a photograph.", [], [MW(BERRI, SALAM)]),
]

CASES = PRESENCE_ANY_SIDE + TITLE_OF_EN + ATTENDED_ANY_SIDE_EN + JOINED_THE_TWO


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_meet_s28(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
