"""Session 67 (blind67f): fixes after the first contact of blind set PS-PT (the Gulf 2011-2017,
written blind: the Saudi successions, Bahrain 2011, Nimr al-Nimr, the Qatari and Kuwaiti
successions, the Gulf leaders' visitors), each read in several paraphrases of other outlets and
people.

- Successions, English: the new holder after a kin phrase of the passive's "by", "X died and
  was succeeded by his half-brother Y", "... by his younger half-brother Y", "... by his
  half-brother, Y," (``succession_by_kin_en.past_kin_phrase``, read by
  ``succession_rules_en._succeeded_en``); not a negated one.
- Meetings, English: an "attended by" list whose members each carry a comma-closed title,
  "attended by A, deputy premier and minister of interior, and B, second deputy premier ...,
  as well as C" (``meeting_audiences_attended.apposed_more_en``, read by
  ``meeting_attended._attendees_en``; blind67a's reading, which blind67f had written again and
  the lead kept once at the merge, with ", as well as"); the list goes on past a relative clause
  after A ("A, who met Z last week, and B").
- Names, Arabic: "وولي العهد" and "ولي ولي العهد" (deputy crown prince) are titles, no name word
  (``arabic_name_span._heir_title_at``): "بحضور ولي العهد وولي ولي العهد" made a person "Wuli"
  met by host and guest.
- Names: a guarded one-word short form followed by "بن X" / "bin X" opens another man's
  patronymic name (``known_names._patronym_after``): "الشيخ خليفة بن أحمد آل خليفة" is no longer
  read as Salman bin Hamad Al Khalifa (whose guarded short form is "خليفة") once he is named.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

ABDULLAH, SALMAN = "person:abdullah-bin-abdulaziz", "person:salman-bin-abdulaziz"
QABOOS, HAITHAM = "person:qaboos-bin-said", "person:haitham-bin-tariq"
SABAH, NAWAF = "person:sabah-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah"
KHALIFA, MBZ = "person:khalifa-bin-zayed", "person:mohamed-bin-zayed"
MBN, MBS, OBAMA, KERRY = ("person:mohammed-bin-nayef", "person:mohammed-bin-salman",
                          "person:barack-obama", "person:john-kerry")
JABER, SKHALID, ROUHANI = ("person:jaber-al-mubarak-al-hamad-al-sabah",
                           "person:sabah-al-khalid-al-hamad-al-sabah", "person:hassan-rouhani")
ABDULLAH2, SISI, HUSSEIN, SAFADI = ("person:abdullah-ii", "person:abdel-fattah-el-sisi",
                                    "person:hussein-bin-abdullah", "person:ayman-safadi")
NETANYAHU = "person:benjamin-netanyahu"


# --- "was succeeded by his half-brother Y" -----------------------------------------------------

@pytest.mark.parametrize("text, new, old", [
    ("King Abdullah bin Abdulaziz died on Friday and was succeeded by his half-brother Salman bin "
     "Abdulaziz, the royal court said.", SALMAN, ABDULLAH),
    ("Oman's Sultan Qaboos bin Said died on Friday and was succeeded by his half-brother Haitham bin "
     "Tariq.", HAITHAM, QABOOS),
    ("Sheikh Sabah al-Ahmad al-Sabah died on Tuesday and was succeeded by his younger half-brother "
     "Sheikh Nawaf al-Ahmad al-Sabah.", NAWAF, SABAH),
    ("Sheikh Khalifa bin Zayed, who had been ill for years, was succeeded by his half-brother, Sheikh "
     "Mohamed bin Zayed, on Saturday.", MBZ, KHALIFA),
])
def test_the_successor_after_a_kin_phrase_of_by(shipped, text, new, old):
    assert (new, old) in relation_pairs(shipped, text, "SUCCESSOR_OF", "en")


def test_a_negated_succession_by_a_half_brother_stays_none(shipped):
    text = ("Sheikh Khalifa bin Zayed was not succeeded by his half-brother Sheikh Mohamed bin Zayed, "
            "the court said.")
    assert (MBZ, KHALIFA) not in relation_pairs(shipped, text, "SUCCESSOR_OF", "en")


# --- "attended by A, <title>, and B, <title>, as well as C" ------------------------------------

def test_a_list_of_titled_attendees_are_all_met(rules_only):
    text = ("King Salman bin Abdulaziz received U.S. President Barack Obama at Erga Palace in Riyadh on "
            "Wednesday. The talks were attended by Crown Prince Mohammed bin Naif, deputy premier and "
            "minister of interior, and Deputy Crown Prince Mohammed bin Salman, second deputy premier "
            "and minister of defense, as well as U.S. Secretary of State John Kerry.")
    got = _met(rules_only, text)
    for a in (MBN, MBS, KERRY):
        assert _pair(a, SALMAN) in got and _pair(a, OBAMA) in got
    assert {_pair(MBN, MBS), _pair(MBN, KERRY), _pair(MBS, KERRY)} <= got


def test_a_titled_attendee_then_a_titled_name(rules_only):
    text = ("His Highness the Amir Sheikh Sabah Al-Ahmad received Iranian President Hassan Rouhani at "
            "Bayan Palace. The meeting was attended by Sheikh Jaber Al-Mubarak Al-Hamad Al-Sabah, the "
            "Prime Minister, and Foreign Minister Sheikh Sabah Khalid Al-Hamad Al-Sabah.")
    got = _met(rules_only, text)
    assert _pair(SKHALID, SABAH) in got and _pair(SKHALID, ROUHANI) in got
    assert _pair(JABER, SKHALID) in got


def test_a_titled_attendee_in_another_court(rules_only):
    text = ("King Abdullah II received Egyptian President Abdel Fattah el-Sisi in Amman on Sunday. The "
            "talks were attended by Crown Prince Hussein bin Abdullah, the King's eldest son, and "
            "Foreign Minister Ayman Safadi.")
    got = _met(rules_only, text)
    assert _pair(SAFADI, ABDULLAH2) in got and _pair(SAFADI, SISI) in got


def test_a_relative_clause_after_an_attendee_does_not_end_the_list(rules_only):
    # the lead (session 67): the list goes on past "who ...", as past a title (apposed_more_en)
    text = ("King Abdullah II received Egyptian President Abdel Fattah el-Sisi in Amman on Sunday. The "
            "talks were attended by Crown Prince Hussein bin Abdullah, who had visited Cairo last "
            "week, and Foreign Minister Ayman Safadi.")
    got = _met(rules_only, text)
    assert _pair(SAFADI, SISI) in got and _pair(SAFADI, ABDULLAH2) in got


# --- "وولي ولي العهد" is a title ----------------------------------------------------------------

def _people(ex, text):
    return {e["id"] for e in ex.extract(text, lang="ar")["entities"] if e["id"].startswith("person:")}


@pytest.mark.parametrize("text, host, guest", [
    ("واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر اليمامة اليوم وزير الخارجية "
     "الأمريكي جون كيري، بحضور ولي العهد وولي ولي العهد.", SALMAN, KERRY),
    ("واستقبل الملك سلمان بن عبدالعزيز، مساء أمس، الرئيس الأمريكي باراك أوباما بحضور ولي العهد وولي "
     "ولي العهد وعدد من الأمراء.", SALMAN, OBAMA),
    ("واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر العوجا مساء اليوم صاحب "
     "السمو الملكي الأمير مقرن بن عبدالعزيز، الذي قدّم السلام عليه، بحضور ولي العهد وولي ولي العهد.",
     SALMAN, "person:muqrin-bin-abdulaziz"),
])
def test_the_deputy_crown_prince_title_is_no_person(shipped, text, host, guest):
    assert _people(shipped, text) == {host, guest}
    assert _met(shipped, text) == {_pair(host, guest)}


def test_the_deputy_crown_prince_named_after_his_title(rules_only):
    text = ("استقبل الملك سلمان بن عبدالعزيز الأمير مقرن بن عبدالعزيز بحضور ولي العهد وولي ولي العهد "
            "الأمير محمد بن سلمان.")
    assert _people(rules_only, text) == {SALMAN, MBS, "person:muqrin-bin-abdulaziz"}
    assert _pair(MBS, SALMAN) in _met(rules_only, text)


# --- "خليفة بن X" after Salman bin Hamad Al Khalifa is another man ---------------------------------

SBH, HAMAD, JUBEIR = ("person:salman-bin-hamad-al-khalifa", "person:hamad-bin-isa-al-khalifa",
                      "person:adel-al-jubeir")


@pytest.mark.parametrize("text, new", [
    ("استقبل ولي العهد الأمير سلمان بن حمد آل خليفة اليوم السفير الأمريكي، بحضور الشيخ خليفة بن "
     "عبدالله آل خليفة.", "person:khalifa-bin-abdullah-al-khalifa"),
    ("استقبل الملك حمد بن عيسى آل خليفة بقصر الصخير وزير الخارجية السعودي عادل الجبير، بحضور ولي "
     "العهد الأمير سلمان بن حمد آل خليفة، والمشير الشيخ خليفة بن أحمد آل خليفة.",
     "person:khalifa-bin-ahmed-al-khalifa"),
    ("التقى الأمير سلمان بن حمد آل خليفة وزير الدفاع الأمريكي آشتون كارتر، وحضر اللقاء الشيخ خليفة بن "
     "أحمد آل خليفة.", "person:khalifa-bin-ahmed-al-khalifa"),
])
def test_khalifa_bin_x_is_a_man_of_his_own(shipped, text, new):
    assert {SBH, new} <= _people(shipped, text)


def test_khalifa_bin_x_attends_with_the_crown_prince(rules_only):
    text = ("استقبل الملك حمد بن عيسى آل خليفة بقصر الصخير وزير الخارجية السعودي عادل الجبير، بحضور ولي "
            "العهد الأمير سلمان بن حمد آل خليفة، والمشير الشيخ خليفة بن أحمد آل خليفة.")
    kba = "person:khalifa-bin-ahmed-al-khalifa"
    got = _met(rules_only, text)
    assert {_pair(kba, HAMAD), _pair(kba, JUBEIR), _pair(kba, SBH)} <= got
