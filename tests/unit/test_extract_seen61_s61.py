"""Session 61 (seen61): misreadings session 60's helpers saw and left, each read in several
paraphrases of other outlets, people, word orders and (where the construction exists in both)
both languages.

- Names: a lone given name set off by commas after a title with a nationality, opened by a
  royal or Gulf style: "The Qatari premier, Sheikh Mohammed, met ...", "the Saudi foreign
  minister, Prince Faisal,", "The Emirati president, Sheikh Mohamed,", «رئيس الوزراء القطري،
  الشيخ محمد،», «ولي العهد السعودي، الأمير محمد،» is the state's known holder of that office
  (``titled_given_name.royal_style_after``, asked by ``title_holders.title_holder``), not a
  new person "Mohammed"; "Qatar's prime minister, Sheikh Mohammed," was read already.
- Meetings: a bare attendance told after the meeting, "A and B also sat in, a White House
  official said", "Ambassador A sat in, the embassy said", "A took part on the Russian side",
  "A sat in on the Egyptian side" (``attendee_later_en.bare_took_part_en``, read by
  ``meeting_present_more``); the meeting may be told two sentences back when one sentence
  stands between ("Erdogan joined by phone"); not negated, not after a phone call, not a
  conference of its own ("took part in a conference"), not "he sat in on the session last
  year" with no meeting told.
- Meetings: the host of a meeting named after an aside, "The roughly half-hour meeting, on the
  sidelines of a US-Gulf summit, was hosted by H", "The talks, which lasted more than four
  hours, were hosted by H", "The meeting, the first since ..., was chaired by H", "Their
  encounter, held behind closed doors ..., was brokered by H" (``meeting_host``); not "The
  summit, held in Doha in May, was hosted by H" (another event), not "will be hosted"; and
  attendees after a host sentence meet the principals of the sentence before it too
  (``meeting_present_more._principals_before_attendees``).
- Meetings: "A was in the room as well / too" after the meeting (``meeting_present_more.
  _in_the_room``); a delegation's members past a long title or an apposition, "The Iraqi
  delegation included Army Lt. Gen. A, chief of staff of the Iraqi army, and B, the KRG's
  minister for Peshmerga affairs" (``meeting_sides_en.side_included_en``); not "was in the
  room when ...".
- Meetings denied in the next sentence, the Arabic denier after the verb and the conjunction
  glued on: «ونفى مكتب بري حصول أي لقاء», «لكن نفت قوات سوريا الديمقراطية عقد أي اجتماع»,
  «فيما نفى المتحدث ... وقوع اللقاء» (``meeting_denied_next``; the English "Berri's office
  denied any meeting took place" was read); not a denial of something said about the meeting
  («أي علاقة للقاء بالانتخابات», «تقارير عن خلاف خلال اللقاء»).
"""

import pytest

from tests.extract_support import entity_ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

ARAGHCHI, QATAR_PM, TAMIM = ("person:abbas-araghchi", "person:mohammed-bin-abdulrahman-al-thani",
                             "person:tamim-bin-hamad-al-thani")
FAISAL, MBS, MBZ = ("person:faisal-bin-farhan", "person:mohammed-bin-salman",
                    "person:mohamed-bin-zayed")
SHARAA, MACRON, TRUMP = ("person:ahmed-al-sharaa", "person:emmanuel-macron",
                         "person:donald-trump")
RUBIO, SHAIBANI, PUTIN, LAVROV = ("person:marco-rubio", "person:asaad-al-shaibani",
                                  "person:vladimir-putin", "person:sergei-lavrov")
SUDANI, BLINKEN, ROMANOWSKI = ("person:mohammed-shia-al-sudani", "person:antony-blinken",
                               "person:alina-romanowski")
ABDELATTY, SAFADI, RASHAD = ("person:badr-abdelatty", "person:ayman-safadi",
                             "person:hassan-rashad")
DERMER, BARRACK = "person:ron-dermer", "person:tom-barrack"
BURHAN, SISI = "person:abdel-fattah-al-burhan", "person:abdel-fattah-el-sisi"
MOHAMUD, ABIY, ERDOGAN = ("person:hassan-sheikh-mohamud", "person:abiy-ahmed",
                          "person:recep-tayyip-erdogan")
WITKOFF, FIDAN = "person:steve-witkoff", "person:hakan-fidan"


# --- "the Qatari premier, Sheikh Mohammed,": the state's known holder -------------------------

@pytest.mark.parametrize("text, lang, pair", [
    ("The Qatari premier, Sheikh Mohammed, met Iranian Foreign Minister Abbas Araghchi in Doha.",
     "en", (ARAGHCHI, QATAR_PM)),
    ("Abbas Araghchi met the Qatari prime minister, Sheikh Mohammed, in Doha on Monday.", "en",
     (ARAGHCHI, QATAR_PM)),
    ("The Saudi foreign minister, Prince Faisal, met Iranian Foreign Minister Abbas Araghchi in "
     "Riyadh.", "en", (ARAGHCHI, FAISAL)),
    ("The Saudi crown prince, Prince Mohammed, received Syrian President Ahmed al-Sharaa in "
     "Riyadh.", "en", (SHARAA, MBS)),
    ("The Emirati president, Sheikh Mohamed, met French President Emmanuel Macron in Abu Dhabi.",
     "en", (MACRON, MBZ)),
    ("والتقى عراقجي رئيس الوزراء القطري، الشيخ محمد، في الدوحة.", "ar", (ARAGHCHI, QATAR_PM)),
    ("واستقبل ولي العهد السعودي، الأمير محمد، الرئيس السوري أحمد الشرع في الرياض.", "ar",
     (SHARAA, MBS)),
    ("واستقبل أمير قطر، الشيخ تميم، وزير الخارجية الإيراني عباس عراقجي في الدوحة.", "ar",
     (ARAGHCHI, TAMIM)),
])
def test_an_apposed_royal_given_name_is_the_known_holder(rules_only, text, lang, pair):
    assert _pair(*pair) in _met(rules_only, text, lang)


def test_the_apposed_given_name_makes_no_new_person(rules_only):
    ids = entity_ids(rules_only, "The Qatari premier, Sheikh Mohammed, met Iranian Foreign "
                                 "Minister Abbas Araghchi in Doha.")
    assert QATAR_PM in ids and "person:mohammed" not in ids


# --- a bare attendance after the meeting: "also sat in", "took part on the Russian side" -------

@pytest.mark.parametrize("text, pairs", [
    ("US President Donald Trump met Syrian President Ahmed al-Sharaa in Riyadh on Wednesday. "
     "Secretary of State Marco Rubio and Syrian Foreign Minister Asaad al-Shaybani also sat in, "
     "a White House official said.", [(RUBIO, SHARAA), (SHAIBANI, TRUMP)]),
    ("US President Donald Trump met Syrian President Ahmed al-Sharaa in Riyadh on Wednesday. "
     "Turkish President Recep Tayyip Erdogan joined by phone. Secretary of State Marco Rubio "
     "and Syrian Foreign Minister Asaad al-Shaybani also sat in.",
     [(RUBIO, SHARAA), (SHAIBANI, TRUMP)]),
    ("Russian President Vladimir Putin met Syrian President Ahmed al-Sharaa in the Kremlin on "
     "Wednesday. Foreign Minister Sergey Lavrov took part on the Russian side.",
     [(LAVROV, SHARAA)]),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani received U.S. Secretary of State Antony "
     "Blinken in Baghdad on Sunday. Ambassador Alina Romanowski sat in, the embassy said.",
     [(ROMANOWSKI, SUDANI)]),
    ("Egyptian Foreign Minister Badr Abdelatty met his Jordanian counterpart Ayman Safadi in "
     "Cairo. Intelligence chief Hassan Rashad sat in on the Egyptian side.",
     [(RASHAD, SAFADI)]),
])
def test_a_bare_attendance_after_the_meeting(rules_only, text, pairs):
    met = _met(rules_only, text)
    for pair in pairs:
        assert _pair(*pair) in met


@pytest.mark.parametrize("text, pair", [
    ("Trump met Sharaa in Riyadh. Marco Rubio and Asaad al-Shaibani did not sit in, a White "
     "House official said.", (RUBIO, SHARAA)),
    ("Trump spoke with Sharaa by phone. Asaad al-Shaibani also sat in, a White House official "
     "said.", (SHAIBANI, TRUMP)),
    ("Erdogan received Sharaa in Ankara. Fidan took part in a conference in Doha.",
     (FIDAN, SHARAA)),
    ("Trump met Sharaa in Riyadh. Rubio spoke to reporters later. The administration said "
     "Fidan held separate talks. Asaad al-Shaibani also sat in.", (SHAIBANI, TRUMP)),
])
def test_no_attendance_negated_called_or_far(rules_only, text, pair):
    # (rules: after a call the scorer of the start code already paired an attendee)
    assert _pair(*pair) not in _met(rules_only, text)


# --- the host named after an aside: "The meeting, <aside>, was hosted by H" --------------------

@pytest.mark.parametrize("text, host, principals", [
    ("US President Donald Trump met Syrian President Ahmed al-Shara'a in Riyadh on Wednesday. "
     "The roughly half-hour meeting, on the sidelines of a US-Gulf summit, was hosted by Saudi "
     "Crown Prince Mohammed bin Salman.", MBS, (TRUMP, SHARAA)),
    ("Israeli envoy Ron Dermer met Syrian Foreign Minister Asaad al-Shaibani in Paris on "
     "Thursday. The talks, which lasted more than four hours, were hosted by US envoy Tom "
     "Barrack.", BARRACK, (DERMER, SHAIBANI)),
    ("Sudanese army chief Abdel Fattah al-Burhan met Egyptian intelligence chief Hassan Rashad "
     "in Cairo. The meeting, the first since the fall of El Fasher, was chaired by Egyptian "
     "President Abdel Fattah al-Sisi.", SISI, (BURHAN, RASHAD)),
    ("Somali President Hassan Sheikh Mohamud met Ethiopian Prime Minister Abiy Ahmed in Ankara. "
     "Their encounter, held behind closed doors at the Cankaya palace, was brokered by Turkish "
     "President Recep Tayyip Erdogan.", ERDOGAN, (MOHAMUD, ABIY)),
])
def test_the_host_after_an_aside(rules_only, text, host, principals):
    met = _met(rules_only, text)
    for p in principals:
        assert _pair(host, p) in met


@pytest.mark.parametrize("text, host, guest", [
    ("Araghchi met Witkoff in Muscat. The summit, held in Doha in May, was hosted by Qatar's "
     "emir Tamim bin Hamad.", TAMIM, WITKOFF),
    ("Trump met Sharaa in Riyadh. The meeting, expected to last an hour, will be hosted by "
     "Saudi Crown Prince Mohammed bin Salman.", MBS, SHARAA),
])
def test_no_host_of_another_event_or_a_future_one(shipped, text, host, guest):
    assert _pair(host, guest) not in _met(shipped, text)


def test_attendees_after_a_host_sentence_meet_the_principals(rules_only):
    text = ("Trump met Sharaa in Riyadh. The roughly half-hour meeting, on the sidelines of a "
            "US-Gulf summit, was hosted by Saudi Crown Prince Mohammed bin Salman. Turkish "
            "President Recep Tayyip Erdogan joined by phone. Secretary of State Marco Rubio and "
            "Syrian Foreign Minister Asaad al-Shaybani also sat in, a White House official said.")
    met = _met(rules_only, text)
    for pair in ((RUBIO, MBS), (SHAIBANI, MBS), (RUBIO, SHARAA), (SHAIBANI, TRUMP)):
        assert _pair(*pair) in met


# --- a meeting denied in the next sentence (Arabic VSO) -----------------------------------------

QASSEM, BERRI = "person:naim-qassem", "person:nabih-berri"
ABDI = "person:mazloum-abdi"
_QB = "التقى الأمين العام لحزب الله نعيم قاسم رئيس مجلس النواب نبيه بري، بحسب الوكالة. "


@pytest.mark.parametrize("text, lang, pair", [
    (_QB + "ونفى مكتب بري حصول أي لقاء.", "ar", (QASSEM, BERRI)),
    ("التقى المبعوث الأميركي توم باراك قائد قوات سوريا الديمقراطية مظلوم عبدي في عمّان، وفق "
     "مصادر إعلامية. لكن نفت قوات سوريا الديمقراطية عقد أي اجتماع.", "ar", (BARRACK, ABDI)),
    ("ذكرت وسائل إعلام أن وزير الخارجية الإيراني عباس عراقجي اجتمع بالمبعوث الأميركي ستيف ويتكوف "
     "في مسقط. فيما نفى المتحدث باسم الخارجية الإيرانية إسماعيل بقائي وقوع اللقاء.", "ar",
     (ARAGHCHI, WITKOFF)),
    ("Hezbollah leader Naim Qassem met Lebanese Speaker Nabih Berri, the agency said. Berri's "
     "office denied any meeting took place.", "en", (QASSEM, BERRI)),
])
def test_a_meeting_denied_in_the_next_sentence(shipped, text, lang, pair):
    assert _pair(*pair) not in _met(shipped, text, lang)


@pytest.mark.parametrize("denial", ["ونفى مكتب بري أي علاقة للقاء بالانتخابات.",
                                    "ونفى مكتب بري تقارير عن خلاف خلال اللقاء."])
def test_a_denial_of_something_said_of_the_meeting_keeps_it(rules_only, denial):
    assert _pair(QASSEM, BERRI) in _met(rules_only, _QB + denial, "ar")


# --- "was in the room as well"; a delegation listed with appositions ----------------------------

_BS = ("Secretary Antony Blinken met Prime Minister Mohammed Shia al-Sudani at the Government "
       "Palace. ")


@pytest.mark.parametrize("tail", ["Ambassador Alina Romanowski was in the room as well.",
                                  "Ambassador Alina Romanowski was in the room too.",
                                  "Ambassador Alina Romanowski was also in the room."])
def test_in_the_room_as_well(rules_only, tail):
    assert _pair(ROMANOWSKI, SUDANI) in _met(rules_only, _BS + tail)


def test_in_the_room_when_is_no_attendance(rules_only):
    text = _BS + "Ambassador Alina Romanowski was in the room when the news broke last year."
    assert _pair(ROMANOWSKI, SUDANI) not in _met(rules_only, text)


AUSTIN, ABBASI = "person:lloyd-austin", "person:thabet-al-abbasi"
YARALLAH, ISMAIL = "person:abdul-amir-yarallah", "person:shoresh-ismail"
_AA = ("Secretary of Defense Lloyd Austin hosted Iraqi Defense Minister Thabet al-Abbasi at the "
       "Pentagon today. ")


@pytest.mark.parametrize("tail", [
    "The Iraqi delegation included Army Lt. Gen. Abdul Amir Rashid Yarallah, chief of staff of "
    "the Iraqi army, and Shorish Ismail, the Kurdistan Regional Government's minister for "
    "Peshmerga affairs.",
    "The Iraqi delegation included Army Lt. Gen. Abdul Amir Rashid Yarallah and Peshmerga "
    "minister Shorish Ismail.",
    "The Iraqi delegation included Army Lt. Gen. Abdul Amir Rashid Yarallah, the army's chief "
    "of staff, and Shorish Ismail, a Kurdish minister. Both sat in on the talks.",
])
def test_a_delegation_past_titles_and_appositions(rules_only, tail):
    met = _met(rules_only, _AA + tail)
    for pair in ((YARALLAH, AUSTIN), (ISMAIL, AUSTIN), (YARALLAH, ABBASI), (YARALLAH, ISMAIL)):
        assert _pair(*pair) in met
