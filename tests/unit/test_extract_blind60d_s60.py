"""Session 60 (blind60d): misses of the blind set MS-MT (Egyptian, Jordanian, Palestinian
Authority and Gulf diplomacy 2023-2025) that recur in other writers' manners, each read in
three or more paraphrases.

- Gulf English protocol: the capitals "HH", "HRH", "HM" are the honorifics His (Royal)
  Highness / His Majesty (``tokens._HONORIFIC_ABBREV``), no person "HH" that takes a ruler's
  place in a meeting ("UAE President HH Sheikh X and Kuwait's Amir HH Sheikh Y").
- "His Highness the Amir": the title that follows names the holder; the honorific is no
  reference to the last prince named (``honorific_refs.honorific_refs_en``).
- "The meeting brought together A and B with C, D and E": everyone of the list met, over a
  "with", "as well as", long protocol titles and "Hamas negotiator X"
  (``together_list_en.together_people``, from ``meeting_frames_en.brought_together_en``); the
  list ends at a relative clause, "to discuss", a place; nothing when the meeting was only due.
- An ambiguous known full name right after his own Arabic title, «د.» / «الدكتور» allowed
  between, in an article that names his country, is the known person: «رئيس الوزراء د. محمد
  مصطفى» is the Palestinian prime minister (``guarded_title_ar``); not after another title, not
  when the article names no Palestinian cue.
- "The new government replaces that of Y" / «وتأتي الحكومة الجديدة خلفاً لحكومة Y» / «وتخلف
  الحكومة الجديدة حكومة Y» after the sentence naming the prime minister: he succeeded Y
  (``succession_new_government``); nothing when no one, or two, are titled head of government
  there, nor when negated.
- Jordan's crown prince under his regnal father's numeral, "Crown Prince (Al) Hussein bin
  Abdullah II" (gazetteer aliases): the whole name is his, no "Abdullah II" inside it.
"""

import pytest

from tests.extract_support import entity_ids, relation_pairs
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

TAMIM, MBS, MBZ = ("person:tamim-bin-hamad-al-thani", "person:mohammed-bin-salman",
                   "person:mohamed-bin-zayed")
MISHAL, SISI, KING = ("person:mishal-al-ahmad-al-jaber-al-sabah", "person:abdel-fattah-el-sisi",
                      "person:abdullah-ii")
RASHAD, HAYYA, MBAR = ("person:hassan-rashad", "person:khalil-al-hayya",
                       "person:mohammed-bin-abdulrahman-al-thani")
HAMAD, MACRON, ABBAS = ("person:hamad-bin-isa-al-khalifa", "person:emmanuel-macron",
                        "person:mahmoud-abbas")
MUSTAFA, ABDELATTY, SAFADI = "person:mohammad-mustafa", "person:badr-abdelatty", "person:ayman-safadi"
HONORIFIC_PEOPLE = {"person:hh", "person:hrh", "person:hm"}


# --- HH, HRH, HM ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, pairs", [
    ("Sheikh Tamim bin Hamad arrived in Riyadh on Friday. The Amir met UAE President HH Sheikh "
     "Mohamed bin Zayed Al Nahyan and Kuwait's Amir HH Sheikh Mishal al-Ahmad al-Jaber al-Sabah.",
     {_pair(TAMIM, MBZ), _pair(TAMIM, MISHAL)}),
    ("HH Sheikh Mohamed bin Zayed Al Nahyan received HRH Prince Mohammed bin Salman in Abu Dhabi.",
     {_pair(MBZ, MBS)}),
    ("Sheikh Tamim bin Hamad arrived in Riyadh. HH the Amir met HRH the Crown Prince Mohammed bin "
     "Salman at Al Yamamah Palace.", {_pair(TAMIM, MBS)}),
])
def test_gulf_honorific_capitals_are_no_people(shipped, text, pairs):
    assert pairs <= _met(shipped, text)
    assert not HONORIFIC_PEOPLE & entity_ids(shipped, text)


def test_hm_before_a_sultan(rules_only):
    text = "HM Sultan Haitham bin Tarik received HH Sheikh Tamim bin Hamad Al Thani in Muscat."
    assert not HONORIFIC_PEOPLE & entity_ids(rules_only, text)
    assert TAMIM in entity_ids(rules_only, text)


# --- "brought together A and B with C ..." --------------------------------------------------
_RIYADH = ("Sheikh Tamim bin Hamad and Prince Mohammed bin Salman were in Riyadh on Friday. The "
           "informal meeting brought together HH the Amir and HRH the Crown Prince with UAE President "
           "HH Sheikh Mohamed bin Zayed al-Nahyan, Kuwait's Amir HH Sheikh Mishal al-Ahmad al-Jaber "
           "al-Sabah, Egyptian President Abdel Fattah el-Sisi and King Abdullah II of Jordan, as well "
           "as Bahrain's Crown Prince.")


def test_brought_together_two_halves_of_a_list(rules_only):
    people = [TAMIM, MBS, MBZ, MISHAL, SISI, KING]
    want = {_pair(a, b) for i, a in enumerate(people) for b in people[i + 1:]}
    assert want <= _met(rules_only, _RIYADH)


@pytest.mark.parametrize("text, pairs", [
    ("The Cairo talks brought together Egypt's intelligence chief Hassan Rashad with Hamas "
     "negotiator Khalil al-Hayya and Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani.",
     {_pair(RASHAD, HAYYA), _pair(RASHAD, MBAR), _pair(HAYYA, MBAR)}),
    ("Sunday's dinner at the Elysee brought together French President Emmanuel Macron and Saudi Crown "
     "Prince Mohammed bin Salman, as well as Jordan's King Abdullah II.",
     {_pair(MACRON, MBS), _pair(MACRON, KING), _pair(MBS, KING)}),
    ("A gathering in Abu Dhabi on Monday brought together UAE President Sheikh Mohamed bin Zayed, "
     "Bahrain's King Hamad bin Isa Al Khalifa and Egyptian President Abdel Fattah el-Sisi, the "
     "presidency said.", {_pair(MBZ, HAMAD), _pair(MBZ, SISI), _pair(HAMAD, SISI)}),
    ("Sheikh Tamim bin Hamad and Prince Mohammed bin Salman were in Riyadh on Friday. The meeting "
     "brought together His Highness the Amir and His Royal Highness the Crown Prince.",
     {_pair(TAMIM, MBS)}),
])
def test_brought_together_list_paraphrases(rules_only, text, pairs):
    assert pairs <= _met(rules_only, text)


@pytest.mark.parametrize("text, outsider", [
    ("The meeting brought together Egyptian President Abdel Fattah el-Sisi and King Abdullah II, who "
     "later called US President Joe Biden.", "person:joe-biden"),
    ("The meeting brought together Egyptian President Abdel Fattah el-Sisi and King Abdullah II to "
     "discuss a plan put forward by US President Donald Trump.", "person:donald-trump"),
    ("The meeting brought together Egyptian President Abdel Fattah el-Sisi and King Abdullah II in "
     "Amman, where Mahmoud Abbas had spoken a day earlier.", ABBAS),
])
def test_brought_together_list_ends_at_the_clause(shipped, text, outsider):
    met = _met(shipped, text)
    assert _pair(SISI, KING) in met
    assert not any(outsider in p for p in met)


def test_a_gathering_only_due_pairs_no_one(shipped):
    text = ("The summit, which was due to bring together Egyptian President Abdel Fattah el-Sisi and "
            "King Abdullah II with Mahmoud Abbas, was postponed.")
    assert not _met(shipped, text)


# --- an ambiguous known name after his own Arabic title --------------------------------------
@pytest.mark.parametrize("text", [
    "أدى رئيس الوزراء د. محمد مصطفى وأعضاء حكومته، اليوم الأحد، اليمين القانونية أمام سيادة الرئيس "
    "محمود عباس. وكان مصطفى يرأس صندوق الاستثمار الفلسطيني.",
    "رام الله - استقبل رئيس الوزراء الدكتور محمد مصطفى في مكتبه وفداً من الاتحاد الأوروبي، وبحث معه "
    "الدعم المالي للحكومة الفلسطينية.",
    "قال رئيس الحكومة محمد مصطفى إن السلطة الفلسطينية مستعدة لتولي إدارة قطاع غزة.",
])
def test_palestinian_premier_after_his_arabic_title(shipped, text):
    ids = entity_ids(shipped, text, "ar")
    assert MUSTAFA in ids
    assert "person:mohammed-mustafa" not in ids


def test_premier_after_title_meets(shipped):
    text = ("استقبل رئيس الوزراء د. محمد مصطفى في رام الله وزير الخارجية المصري بدر عبد العاطي، "
            "وبحثا جهود وقف الحرب على الشعب الفلسطيني.")
    assert _pair(MUSTAFA, ABDELATTY) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    "أعلنت السلطة الفلسطينية أن وزير الصحة د. محمد مصطفى التقى وفداً طبياً.",
    "التقى رئيس الوزراء محمد مصطفى في الخرطوم وزير الخارجية السوداني.",
])
def test_another_title_or_no_palestinian_cue_is_someone_else(shipped, text):
    assert MUSTAFA not in entity_ids(shipped, text, "ar")


# --- "the new government replaces that of Y" ------------------------------------------------
SHTAYYEH, SALAM, MIKATI = ("person:mohammad-shtayyeh", "person:nawaf-salam", "person:najib-mikati")
SUDANI, KADHIMI = "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi"


@pytest.mark.parametrize("text, lang, pair", [
    ("Palestinian Prime Minister Mohammad Mustafa and his ministers were sworn in on Sunday. The new "
     "government replaces that of Mohammad Shtayyeh, who resigned in February.", "en", (MUSTAFA, SHTAYYEH)),
    ("Lebanese Prime Minister Nawaf Salam unveiled his cabinet on Saturday. The new government "
     "succeeds the caretaker cabinet of Najib Mikati.", "en", (SALAM, MIKATI)),
    ("رام الله - أدى رئيس الوزراء د. محمد مصطفى وأعضاء حكومته، اليوم الأحد، اليمين القانونية أمام سيادة "
     "الرئيس محمود عباس. وتأتي الحكومة الجديدة خلفاً لحكومة الدكتور محمد اشتية، التي قدمت استقالتها أواخر "
     "شباط الماضي.", "ar", (MUSTAFA, SHTAYYEH)),
    ("أعلن رئيس الحكومة اللبنانية نواف سلام تشكيلته الوزارية السبت. وتأتي الحكومة الجديدة خلفاً لحكومة "
     "تصريف الأعمال برئاسة نجيب ميقاتي.", "ar", (SALAM, MIKATI)),
    ("أدى رئيس الوزراء العراقي محمد شياع السوداني وأعضاء حكومته اليمين الدستورية أمس. وتخلف الحكومة "
     "الجديدة حكومة مصطفى الكاظمي.", "ar", (SUDANI, KADHIMI)),
])
def test_the_new_government_succeeds_the_old(shipped, text, lang, pair):
    assert pair in relation_pairs(shipped, text, "SUCCESSOR_OF", lang)


@pytest.mark.parametrize("text", [
    "President Joseph Aoun signed the decree on Saturday. The new government replaces that of Najib Mikati.",
    "Prime Minister Nawaf Salam met former Prime Minister Fouad Siniora on Saturday. The new government "
    "replaces that of Najib Mikati.",
    "Prime Minister Nawaf Salam unveiled his line-up on Saturday. The new government does not replace "
    "that of Najib Mikati until parliament votes.",
])
def test_no_single_premier_or_a_negation_gives_no_successor(rules_only, text):
    assert not relation_pairs(rules_only, text, "SUCCESSOR_OF", "en")


# --- "Crown Prince Al Hussein bin Abdullah II" ------------------------------------------------
CP, TRUMP = "person:hussein-bin-abdullah", "person:donald-trump"


@pytest.mark.parametrize("text, pairs", [
    ("King Abdullah II met US President Donald Trump at the White House on Tuesday. Crown Prince Al "
     "Hussein bin Abdullah II attended the talks in the Oval Office.", {_pair(KING, CP), _pair(TRUMP, CP)}),
    ("King Abdullah II met US President Donald Trump at the White House on Tuesday. His Royal Highness "
     "Crown Prince Al Hussein bin Abdullah II and Foreign Minister Ayman Safadi attended the talks.",
     {_pair(KING, CP), _pair(TRUMP, CP), _pair(SAFADI, CP)}),
    ("King Abdullah II received Egyptian President Abdel Fattah el-Sisi in Amman on Sunday, with Crown "
     "Prince Hussein bin Abdullah II present.", {_pair(KING, CP), _pair(SISI, CP)}),
])
def test_the_crown_prince_with_his_fathers_numeral(rules_only, text, pairs):
    assert pairs <= _met(rules_only, text)
