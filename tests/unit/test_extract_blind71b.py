"""Session 71 (blind71b): Gulf courts and successions, read from blind set TO-TP's errors.

- English "Y named him (as) his successor": "him" is the successor, the namer Y the one
  succeeded (``succession_named_him_en``; was the other way round).
- A bare "King Abdullah" is the Saudi king in an article naming a Saudi king who reigned
  before him or writing it after a Saudi royal's kin word ("his half-brother, King Abdullah"),
  when nothing names Jordan (``saudi_king_abdullah``).
- The Saudi king's honorific alone «خادم الحرمين الشريفين» in an article where it titled
  another king named in full, and whose owner (King Salman) the article never names, is that
  king (``honorific_alias_title``).
- «أدى X اليمين ... في جلسة ترأسها Z، وذلك خلفاً لـY»: the chair Z of the session is no
  successor (``succession_side_person_ar``).
- «ونقل الوزير تحيات صاحب الجلالة الملك X»: "صاحب" before a style word opens an address, no
  new person "Tahiat Sahib al-Jalala" (``title_holders``).
- The gazetteer knows King Faisal of Saudi Arabia and his assassin Faisal bin Musaid.
Our own sentences, not taken from any set.
"""

import pytest

from tests.extract_support import relation_pairs

ABDULLAH2, HUSSEIN = "person:abdullah-ii", "person:hussein-bin-talal"
SAUDI_ABDULLAH, SALMAN = "person:abdullah-bin-abdulaziz", "person:salman-bin-abdulaziz"
MUSHARRAF, ERDOGAN = "person:pervez-musharraf", "person:recep-tayyip-erdogan"
MUBARAK, SISI, ABBAS = "person:hosni-mubarak", "person:abdel-fattah-el-sisi", "person:mahmoud-abbas"
MISHAL, NAWAF, SAADOUN = ("person:mishal-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah",
                          "person:ahmad-al-saadoun")
MIKATI, DIAB = "person:najib-mikati", "person:hassan-diab"
FAISAL, MUSAID = "person:faisal-bin-abdulaziz", "person:faisal-bin-musaid"
HAMAD = "person:hamad-bin-isa-al-khalifa"


def _succ(ex, text, lang):
    return relation_pairs(ex, text, "SUCCESSOR_OF", lang)


def _met(ex, text, lang):
    return {frozenset(p) for p in relation_pairs(ex, text, "MET_WITH", lang)}


NAMED_HIM = [
    ("King Abdullah II was crowned in 1999, weeks after King Hussein named him as his successor.",
     ABDULLAH2, HUSSEIN),
    ("Abdullah II became king in February 1999. Days before he died, King Hussein named him his "
     "successor.", ABDULLAH2, HUSSEIN),
]


@pytest.mark.parametrize("text,new,old", NAMED_HIM)
def test_named_him_successor(shipped, text, new, old):
    got = _succ(shipped, text, "en")
    assert (new, old) in got and (old, new) not in got, got


def test_named_him_pronoun_namer_gives_nothing(shipped):
    got = _succ(shipped, "He named him as his successor before the vote.", "en")
    assert not got, got


SAUDI_BARE = [
    ("Pakistan's President Pervez Musharraf was received by King Abdullah in Riyadh on Wednesday, "
     "a day after the burial of King Fahd.", "en", MUSHARRAF),
    ("استقبل الملك عبدالله في الرياض اليوم الرئيس الباكستاني برويز مشرف، غداة تشييع الملك فهد بن "
     "عبدالعزيز.", "ar", MUSHARRAF),
]


@pytest.mark.parametrize("text,lang,guest", SAUDI_BARE)
def test_bare_king_abdullah_beside_fahd_is_saudi(shipped, text, lang, guest):
    got = _met(shipped, text, lang)
    assert frozenset({SAUDI_ABDULLAH, guest}) in got and frozenset({ABDULLAH2, guest}) not in got, got


def test_half_brother_king_abdullah_is_saudi(shipped):
    text = ("Recep Tayyip Erdogan was received by King Salman, who took the throne last month after the "
            "death of his half-brother, King Abdullah.")
    got = _succ(shipped, text, "en")
    assert (SALMAN, SAUDI_ABDULLAH) in got and (SALMAN, ABDULLAH2) not in got, got


@pytest.mark.parametrize("text", [
    "King Abdullah received Mahmoud Abbas in Amman, a day after the funeral of King Fahd.",
    "King Salman received King Abdullah in Riyadh on Monday.",
])
def test_bare_king_abdullah_stays_jordanian(shipped, text):
    ids = {e["id"] for e in shipped.extract(text, lang="en")["entities"]}
    assert ABDULLAH2 in ids and SAUDI_ABDULLAH not in ids, ids


def test_bare_custodian_is_the_king_it_titled(shipped):
    text = ("بايع المواطنون خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز ملكاً للبلاد. وفي المساء "
            "استقبل خادم الحرمين الشريفين الرئيس المصري حسني مبارك.")
    got = _met(shipped, text, "ar")
    assert frozenset({SAUDI_ABDULLAH, MUBARAK}) in got and frozenset({SALMAN, MUBARAK}) not in got, got


def test_bare_custodian_stays_salman_when_named(shipped):
    text = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الرئيس التركي رجب طيب أردوغان. "
            "ثم استقبل خادم الحرمين الشريفين الرئيس المصري عبد الفتاح السيسي.")
    got = _met(shipped, text, "ar")
    assert frozenset({SALMAN, SISI}) in got, got


def test_chair_of_the_session_is_no_successor(shipped):
    text = ("أدى الشيخ مشعل الأحمد اليمين الدستورية أمام مجلس الأمة اليوم في جلسة خاصة ترأسها رئيس "
            "المجلس أحمد السعدون، وذلك خلفاً للشيخ نواف الأحمد.")
    got = _succ(shipped, text, "ar")
    assert (MISHAL, NAWAF) in got and (SAADOUN, NAWAF) not in got, got


def test_government_he_heads_keeps_its_head(shipped):
    text = "ونالت الحكومة التي يرأسها نجيب ميقاتي ثقة البرلمان، خلفاً لحكومة حسان دياب."
    assert (MIKATI, DIAB) in _succ(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    "ونقل وزير الخارجية تحيات صاحب الجلالة الملك حمد بن عيسى آل خليفة إلى الرئيس.",
    "وسلّم الوزير رسالة صاحب الجلالة الملك حمد بن عيسى آل خليفة إلى الرئيس الفرنسي.",
])
def test_sahib_style_opens_no_name(shipped, text):
    people = {e["id"] for e in shipped.extract(text, lang="ar")["entities"] if e["type"] == "Person"}
    assert people == {HAMAD}, people


def test_king_faisal_and_his_assassin(shipped):
    text = "King Faisal was shot dead in Riyadh in March 1975 by his nephew, Prince Faisal bin Musaid."
    assert (FAISAL, MUSAID) in relation_pairs(shipped, text, "ASSASSINATED_BY", "en")


# session 71, second round: more readings from the same errors
BLINKEN, AUSTIN, HARRIS = "person:antony-blinken", "person:lloyd-austin", "person:kamala-harris"
MBZ, TAHNOUN, MARAR = "person:mohamed-bin-zayed", "person:tahnoun-bin-zayed", "person:khalifa-shaheen-al-marar"
SBH, KBS = "person:salman-bin-hamad-al-khalifa", "person:khalifa-bin-salman-al-khalifa"
HBJ, A_NASSER = "person:hamad-bin-jassim-al-thani", "person:abdullah-bin-nasser-al-thani"
QABOOS, HAITHAM = "person:qaboos-bin-said", "person:haitham-bin-tariq"


def test_accompanied_at_the_meeting_by_two(shipped):
    text = ("Sheikh Mohamed bin Zayed received Kamala Harris in Abu Dhabi on Monday. Harris was "
            "accompanied at the talks at the presidential palace by Antony Blinken and Lloyd Austin.")
    got = _met(shipped, text, "en")
    for pair in ({MBZ, AUSTIN}, {MBZ, BLINKEN}, {MBZ, HARRIS}):
        assert frozenset(pair) in got, got


def test_honorific_title_apposed_after_the_name(shipped):
    text = ("استقبل الرئيس الإيراني سمو الشيخ طحنون بن زايد آل نهيان، مستشار الأمن الوطني، في طهران. "
            "كما التقى الوزير معالي خليفة شاهين المرر وزير دولة. "
            "وكان سمو مستشار الأمن الوطني قد زار أنقرة، حيث استقبله الرئيس رجب طيب أردوغان.")
    got = _met(shipped, text, "ar")
    assert frozenset({TAHNOUN, ERDOGAN}) in got and frozenset({MARAR, ERDOGAN}) not in got, got


@pytest.mark.parametrize("text", [
    "عيّن الملك حمد بن عيسى آل خليفة الأمير سلمان بن حمد رئيساً لمجلس الوزراء، خلفاً للمغفور له "
    "بإذن الله تعالى صاحب السمو الملكي الأمير خليفة بن سلمان آل خليفة.",
    "وأصدر الملك حمد بن عيسى أمراً بتعيين الأمير سلمان بن حمد رئيساً للوزراء خلفاً للمغفور له صاحب "
    "السمو الأمير خليفة بن سلمان آل خليفة.",
])
def test_forgiven_formula_then_royal_style(shipped, text):
    assert (SBH, KBS) in _succ(shipped, text, "ar")


def test_hamad_bin_jassim_bin_jabr(shipped):
    text = ("The Emir named Sheikh Abdullah bin Nasser bin Khalifa al-Thani prime minister on Wednesday, "
            "and Sheikh Hamad bin Jassim bin Jabr al-Thani left the government.")
    ids = {e["id"] for e in shipped.extract(text, lang="en")["entities"]}
    assert HBJ in ids and A_NASSER in ids, ids
