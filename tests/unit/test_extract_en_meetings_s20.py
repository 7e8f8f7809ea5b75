"""English MET_WITH, session 20 (``enm``). Our own sentences, not taken from any dev set.

- A body named as the adjective of a group met under its named head ("received a Hezbollah
  delegation headed by X", "met Hamas leaders led by X"): X was met, not the body
  (``meetings_en`` delegation phrase, ``meeting_clauses_en.named_group_members_en``); "a
  delegation from <body> headed by X" still names the body as a side.
- A second partner after the first one's day or an aside: "met A on Sunday and <body> chairman
  B on Monday", "received A and, in a separate meeting, B" (``meeting_after_place``: "on"
  opens the phrase, a title may hold a body, ``partner_after_aside_en``), unless B's own verb
  follows ("... and B told reporters").
- A body with its acronym in the object's title, past a day: "received on Monday the
  International Atomic Energy Agency (IAEA) Director General X" met X, not the body
  (``meetings._met_svo``).
- "sat with Y" reads as "sat down with Y" did (``meetings.met_with``).
- "the two men" / "both ministers" stand for two people of one list (``plural_refs._joined``):
  a comma with lower-case words and no "and" between two names is no list ("X at Baabda on
  Monday, a week after the cabinet of Y"); "X, together with Y" is one.
- "Adm." / "Vice Adm." / "Rear Adm." are titles (``lexicon.EN_TITLES``): "X and Adm. Y" is
  one object list.
- A meeting of several sides ("trilateral talks with A and B", "joined four-way talks with A,
  B and C", "in a three-way meeting with Z"): every two of its people met
  (``meeting_multiparty_en``); not a summit of others, not a cancelled one.
- A trailing denial past a ';' denies only the clause after it: "X held talks with A and B;
  media said he also met C, a report Z denied": X-A and X-B stay (``meeting_denied``).
- A meeting noun whose clause says it "was not confirmed" did not take place as told, also
  past "Mr." / a middle initial and a ", which ...," clause (``meeting_checks._unheld_en``).
- "the designated / new premier" is not someone named as outgoing or former
  (``coreference._resolve_description``; "designated" / "designate" are new-words).
"""

import pytest

from tests.extract_support import MW, assert_relations

SUDANI, QASSEM = "person:mohammed-shia-al-sudani", "person:naim-qassem"
RASHAD, HAYYA = "person:hassan-rashad", "person:khalil-al-hayya"
HEZBOLLAH, HAMAS = "organization:hezbollah", "organization:hamas"
ARAGHCHI, LARIJANI = "person:abbas-araghchi", "person:ali-larijani"
SALAM, BERRI, AOUN = "person:nawaf-salam", "person:nabih-berri", "person:joseph-aoun"
BARRACK, COOPER = "person:tom-barrack", "person:brad-cooper"
MIKATI = "person:najib-mikati"
MALIKI, BUSH = "person:nouri-al-maliki", "person:george-w-bush"
GROSSI, IAEA = "person:rafael-grossi", "organization:iaea"
FIDAN, FAYYADH = "person:hakan-fidan", "person:falih-al-fayyadh"
HUSSEIN, NECHIRVAN = "person:fuad-hussein", "person:nechirvan-barzani"

# (name, lang, text, must, must_not)
CASES = [
 ("delegation_headed_by", "en", "Iraqi Prime Minister Mohammed Shia al-Sudani on Sunday "
  "received a senior Hezbollah delegation headed by Naim Qassem in Baghdad.",
  [MW(SUDANI, QASSEM)], [MW(SUDANI, HEZBOLLAH)]),
 ("leaders_led_by", "en", "In Cairo, Egypt's intelligence chief Hassan Rashad has met Hamas "
  "leaders led by Khalil al-Hayya, two Egyptian officials said.",
  [MW(RASHAD, HAYYA)], [MW(RASHAD, HAMAS)]),
 ("round_led_by_elsewhere", "en", "Egypt's intelligence chief Hassan Rashad met Hamas "
  "officials on Monday, days after a round led by Khalil al-Hayya ended in Doha.",
  [], [MW(RASHAD, HAYYA)]),
 ("day_then_titled_body", "en", "Turkish Foreign Minister Hakan Fidan met Iraqi Prime "
  "Minister Mohammed Shia al-Sudani on Sunday and Popular Mobilization Forces chairman Falih "
  "al-Fayyadh on Monday.", [MW(FIDAN, FAYYADH), MW(FIDAN, SUDANI)], []),
 ("aside_then_partner", "en", "Hakan Fidan received Fuad Hussein and, in a separate meeting "
  "later, Kurdistan Region President Nechirvan Barzani.", [MW(FIDAN, NECHIRVAN)],
  [MW(HUSSEIN, NECHIRVAN)]),
 ("day_then_own_clause", "en", "Hakan Fidan met Fuad Hussein on Sunday and Nechirvan Barzani "
  "told reporters the visit went well.", [MW(FIDAN, HUSSEIN)], [MW(FIDAN, NECHIRVAN)]),
 ("aside_then_own_clause", "en", "Hakan Fidan met Fuad Hussein and, in a statement, Nechirvan "
  "Barzani welcomed the talks.", [MW(FIDAN, HUSSEIN)], [MW(FIDAN, NECHIRVAN)]),
 ("acronym_title_object", "en", "Iraqi Prime Minister Mohammed Shia al-Sudani received on "
  "Monday International Atomic Energy Agency (IAEA) Director General Rafael Grossi in Baghdad.",
  [MW(SUDANI, GROSSI)], [MW(SUDANI, IAEA)]),
 ("acronym_body_then_clause", "en", "Iraqi Prime Minister Mohammed Shia al-Sudani met in "
  "Baghdad on Monday an International Atomic Energy Agency (IAEA) team, and Rafael Grossi "
  "said the visit went well.", [], [MW(SUDANI, GROSSI)]),
 ("sat_with", "en", "On Sunday Hakan Fidan sat with his Iraqi counterpart Fuad Hussein for "
  "two hours in Ankara.", [MW(FIDAN, HUSSEIN)], []),
 ("sat_with_nobody_named", "en", "Fuad Hussein sat with reporters after Hakan Fidan left.",
  [], [MW(FIDAN, HUSSEIN)]),
 ("two_men_not_comma_clause", "en", "Abbas Araghchi and Ali Larijani arrived in Beirut on "
  "Monday, a week after Prime Minister Nawaf Salam approved the plan. Speaker Nabih Berri "
  "received the two officials at Ain el-Tineh.",
  [MW(ARAGHCHI, BERRI), MW(LARIJANI, BERRI)], [MW(SALAM, BERRI)]),
 ("both_together_with", "en", "Abbas Araghchi visited Beirut in May together with Ali "
  "Larijani, weeks after the election of President Joseph Aoun. Speaker Nabih Berri received "
  "both ministers at Ain el-Tineh.", [MW(ARAGHCHI, BERRI), MW(LARIJANI, BERRI)],
  [MW(AOUN, BERRI)]),
 ("adm_title_in_list", "en", "Iraqi Prime Minister Mohammed Shia al-Sudani received Tom "
  "Barrack and Vice Adm. Brad Cooper in Baghdad on Sunday.",
  [MW(SUDANI, BARRACK), MW(SUDANI, COOPER)], []),
 ("adm_title_own_clause", "en", "Mohammed Shia al-Sudani met Tom Barrack in Baghdad, and Adm. "
  "Brad Cooper said later that the talks went well.", [MW(SUDANI, BARRACK)],
  [MW(SUDANI, COOPER)]),
 ("trilateral_talks_with", "en", "Iraqi Foreign Minister Fuad Hussein held trilateral talks "
  "in Baghdad with Hakan Fidan and Abbas Araghchi on Monday.",
  [MW(HUSSEIN, FIDAN), MW(HUSSEIN, ARAGHCHI), MW(FIDAN, ARAGHCHI)], []),
 ("three_way_cancelled", "en", "Fuad Hussein met Hakan Fidan in Ankara on Monday; a planned "
  "three-way meeting with Abbas Araghchi was cancelled.", [MW(HUSSEIN, FIDAN)],
  [MW(FIDAN, ARAGHCHI), MW(HUSSEIN, ARAGHCHI)]),
 ("four_way_summit_of_others", "en", "Fuad Hussein met Hakan Fidan and Abbas Araghchi in Ankara "
  "on Monday, days before a four-way summit that Qatar will host.",
  [MW(HUSSEIN, FIDAN), MW(HUSSEIN, ARAGHCHI)], [MW(FIDAN, ARAGHCHI)]),
 ("denial_after_semicolon", "en", "On Monday Ali Larijani held talks in Beirut with Joseph "
  "Aoun and with Nawaf Salam; local media said he also met Nabih Berri, a report the speaker's "
  "office denied.", [MW(LARIJANI, AOUN), MW(LARIJANI, SALAM)], [MW(LARIJANI, BERRI)]),
 ("denial_whole_clause", "en", "Local media said Ali Larijani met Joseph Aoun and Nabih Berri "
  "in Beirut, a report the presidency denied.", [],
  [MW(LARIJANI, AOUN), MW(LARIJANI, BERRI)]),
 ("talks_not_confirmed", "en", "Talks between Abbas Araghchi and Mr. Fidan, which Turkish "
  "officials had announced for Sunday in Istanbul, were not confirmed by Tehran.", [],
  [MW(ARAGHCHI, FIDAN)]),
 ("initial_then_cancelled", "en", "A meeting between Nouri al-Maliki and President George W. "
  "Bush was cancelled at short notice.", [], [MW(MALIKI, BUSH)]),
 ("met_confirmed", "en", "Hakan Fidan met Abbas Araghchi in Ankara, the Turkish ministry "
  "confirmed.", [MW(FIDAN, ARAGHCHI)], []),
 ("designated_not_outgoing", "en", "Newly designated Prime Minister Nawaf Salam flew in from "
  "The Hague on Monday and met outgoing Prime Minister Najib Mikati at the Grand Serail. On "
  "Tuesday President Joseph Aoun received the designated premier at Baabda.",
  [MW(AOUN, SALAM)], [MW(AOUN, MIKATI)]),
 ("new_not_former", "en", "Former Prime Minister Najib Mikati met President Joseph Aoun on "
  "Monday. On Tuesday Speaker Nabih Berri received the new premier at Ain el-Tineh.", [],
  [MW(BERRI, MIKATI)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_en_meetings_s20(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
