"""An attendee met the meeting's other side (session 18, ``meeting_sides_en``). Our own
sentences, not taken from any dev set.

- English "X received Y in the presence of C (and D)": C and D met the participant of the other
  country (C of X's country met Y, D of Y's country met X), not their own side.
- "C, D also attended the meeting." / "The meeting was attended by C" sentences after the
  meeting (not only the next one), also after an appositive "the head of Z, C, also attended".
- A meeting among one country's people: the attendee met its convener.
- Negatives: a third country's attendee at a meeting with no convener (a summit) met nobody;
  "C, who took over from D, attended the meeting": not D.
- "X was accompanied / joined at the meeting by A, <title>, and (by) B": A and B met whom X
  met (X's partners of the latest meeting), else X ("The commander was joined at the meeting
  by A" after "X chaired a meeting": A met X). Negatives: not without "at the meeting" ("X,
  accompanied by A, met Y" is another rule's), not when negated.
- Arabic "كما حضر الاجتماع C" keeps its reading (C met the convener).
"""

import pytest

from tests.extract_support import MW, assert_relations

SUDANI, QAANI, ARAJI = ("person:mohammed-shia-al-sudani", "person:esmail-qaani",
                        "person:qassim-al-araji")
SADEGH = "person:mohammad-kazem-al-e-sadegh"
AMIRI, KHAZALI, SADR = "person:hadi-al-amiri", "person:qais-al-khazali", "person:muqtada-al-sadr"
FAYYADH, MALIKI = "person:falih-al-fayyadh", "person:nouri-al-maliki"
MACRON, ABDULLAH, SISI = ("person:emmanuel-macron", "person:abdullah-ii",
                          "person:abdel-fattah-al-sisi")
MCKENZIE, BRENNAN, CALVERT = ("person:kenneth-mckenzie", "person:john-brennan",
                              "person:paul-calvert")
KADHIMI = "person:mustafa-al-kadhimi"

# (name, text, lang, must, must_not)
CASES = [
 ("en_presence_host_side", "Prime Minister Mohammed Shia al-Sudani on Monday received Quds "
  "Force commander Esmail Qaani in Baghdad, in the presence of National Security Adviser "
  "Qassim al-Araji.", "en", [MW(ARAJI, QAANI), MW(SUDANI, QAANI), MW(ARAJI, SUDANI)], []),
 ("en_presence_guest_side", "Mohammed Shia al-Sudani received Esmail Qaani in his office, in "
  "the presence of Iran's ambassador Mohammad Kazem Al-e Sadegh.", "en",
  [MW(SADEGH, SUDANI), MW(SADEGH, QAANI)], []),
 ("en_presence_list_possessive", "Mohammed Shia al-Sudani received Esmail Qaani, in the "
  "presence of Qassim al-Araji and Iran's ambassador in Baghdad, Mohammad Kazem Al-e Sadegh.",
  "en", [MW(ARAJI, QAANI), MW(SADEGH, SUDANI), MW(ARAJI, SUDANI), MW(SADEGH, QAANI)], []),
 ("en_presence_then_clause", "Mohammed Shia al-Sudani received Esmail Qaani in the presence of "
  "Qassim al-Araji, and later met with Hadi al-Amiri.", "en", [MW(ARAJI, QAANI)],
  [MW(ARAJI, AMIRI)]),
 ("en_attended_later", "Esmail Qaani held talks in Baghdad with Hadi al-Amiri and Qais "
  "al-Khazali. The talks dealt with the elections. The head of the Popular Mobilization "
  "Forces, Falih al-Fayyadh, also attended the meeting.", "en", [MW(FAYYADH, QAANI)],
  [MW(FAYYADH, AMIRI), MW(FAYYADH, KHAZALI)]),
 ("en_attended_by", "Mohammed Shia al-Sudani received Esmail Qaani on Sunday. The meeting was "
  "attended by Iran's ambassador Mohammad Kazem Al-e Sadegh.", "en", [MW(SADEGH, SUDANI), MW(SADEGH, QAANI)],
  []),
 ("en_domestic_convener", "Muqtada al-Sadr met Hadi al-Amiri and Nouri al-Maliki in Najaf. "
  "Falih al-Fayyadh also attended.", "en", [MW(FAYYADH, SADR)],
  [MW(FAYYADH, AMIRI), MW(FAYYADH, MALIKI)]),
 ("en_summit_third_country", "Emmanuel Macron received Mohammed Shia al-Sudani, and King "
  "Abdullah II held talks with Esmail Qaani. Egyptian President Abdel Fattah al-Sisi "
  "attended.", "en", [], [MW(SISI, MACRON), MW(SISI, SUDANI), MW(SISI, ABDULLAH)]),
 ("en_relative_clause_not_attendee", "Mustafa al-Kadhimi received Kenneth McKenzie in "
  "Baghdad. John Brennan, who took over from Paul Calvert, attended the meeting with "
  "Kadhimi.", "en", [], [MW(CALVERT, KADHIMI), MW(CALVERT, MCKENZIE)]),
 ("en_accompanied_at_meeting", "Mohammed Shia al-Sudani received Kenneth McKenzie on "
  "Monday. McKenzie was accompanied at the meeting by John Brennan, the coalition commander, "
  "and Paul Calvert.", "en", [MW(BRENNAN, SUDANI), MW(CALVERT, SUDANI)],
  [MW(BRENNAN, MCKENZIE), MW(CALVERT, MCKENZIE)]),
 ("en_joined_at_meeting_chair", "Esmail Qaani chaired a meeting of security officials in "
  "Baghdad. The Quds Force commander was joined at the meeting by Hadi al-Amiri, the Badr "
  "chief, and by Qais al-Khazali.", "en", [MW(AMIRI, QAANI), MW(KHAZALI, QAANI)], []),
 ("en_joined_not_negated", "Mohammed Shia al-Sudani received Kenneth McKenzie on Monday. "
  "McKenzie was not joined at the meeting by John Brennan.", "en", [],
  [MW(BRENNAN, SUDANI)]),
 ("ar_attended_kept", "التقى قاآني هادي العامري وقيس الخزعلي في بغداد، كما حضر الاجتماع فالح "
  "الفياض.", "ar", [MW(FAYYADH, QAANI)], [MW(FAYYADH, AMIRI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_sides(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
