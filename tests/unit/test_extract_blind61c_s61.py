"""Session 61 (blind61c): fixes after the first contact of blind set MY-MZ (Gaza, Hamas and the
ceasefire talks 2024-2025, written blind: Haniyeh, the two Sinwars and Deif killed, the Doha
strike, the talks in Cairo, Doha and Sharm el-Sheikh, Abbas and Hussein al-Sheikh), each read
in several paraphrases of other outlets, people and word orders.

- Killings (Arabic): the army's own verb in scare quotes, «أن طائراته «قضت» على X», 'أن
  إسرائيل "قضت" على X', «أن جهاز الاستخبارات «حيّد» القيادي في Z X»: the subject is looked
  for past the quotation marks (``kill_quoted_verb_ar.before_quotes``, read by
  ``kill_phrasal.agent_verb_killed_ar`` and ``kill_groups_forces.its_forces_killed``); "its
  aircraft / fighters / forces" («طائراته / مقاتلاته / قواته») with «قضت على» stand for the
  body that said it; «حيّد» (neutralised) with a body before it kills only a titled name
  right after it (not «حيّد نفسه عن الخلاف», not a description «زعيم تنظيم ...»). English
  'its jets had "taken out" X', 'its aircraft had "eliminated" X' likewise.
- Meetings (English): the source of a trailing attribution joined by a bare comma, "X held
  talks with Y, his spokesman Z said", "X met Y, Israeli government spokesman Z told
  reporters": Z is no object of the meeting (``list_speaker_en``, read by ``chains.chain``),
  and the scorer's attribution veto reads "his / royal court" titles
  (``scorer_bystander._TITLE_WORDS_EN``); a list joined by "and" before the attribution is
  still read.
- Killings (English): a counted group named after the first victim, "The Israeli attack killed
  Corporal X and five members of Hamas, among them A and B", "killed commander X and two of
  his guards, among them A", "killed X and 15 members of the Radwan Force, including A": the
  members take the killing's agent (``kill_groups_forces._with_count``: a count right after
  "and" past a named victim; not "wounded five others, including A"); and a list member after
  an apposition with an article, "among them A, the son of the movement's Gaza chief K, and B,
  the director of his office": B too, K no victim (``kill_list_more_en._past_role_of``).
- Names (Arabic): a bare «الشيخ» after "حسين الشيخ" is Hussein al-Sheikh even when a Gulf royal
  titled «الشيخ» was named too ("استقبل الشيخ محمد بن زايد ... حسين الشيخ. وكان الشيخ قد التقى
  Y", «ويشغل الشيخ منصب ... خلفاً لـY») (``desc_honorific_ar.family_word_holder_ar``; other
  family words titled on someone else, «السيد», stay unread).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

AB = "ASSASSINATED_BY"
ISRAEL, IDF, CENTCOM = ("country:israel", "organization:israel-defense-forces",
                        "organization:us-central-command")
MSINWAR, TALEB, AQIL, RAED_SAAD = ("person:mohammed-sinwar", "person:taleb-abdallah",
                                   "person:ibrahim-aqil", "person:raed-saad")
QURASHI = "person:abu-al-hussein-al-husseini-al-qurashi"


def _ab(ex, text, lang):
    return relation_pairs(ex, text, AB, lang)


# --- a killing verb in scare quotes / "its aircraft" as its subject ---------------------------

@pytest.mark.parametrize("text, pair", [
    ('أعلن نتنياهو أن إسرائيل "قضت" على محمد السنوار في غارة على خان يونس.', (MSINWAR, ISRAEL)),
    ("قال نتنياهو أمام الكنيست إن إسرائيل «قضت» على محمد السنوار.", (MSINWAR, ISRAEL)),
    ("وأكد الجيش الإسرائيلي في بيان أن طائراته «قضت» على طالب عبد الله.", (TALEB, IDF)),
    ("وأعلن الجيش الإسرائيلي أن مقاتلاته قضت على القيادي في حزب الله إبراهيم عقيل.", (AQIL, IDF)),
    ("وقال الجيش الإسرائيلي إن قواته «قضت» على القيادي في حماس رائد سعد.", (RAED_SAAD, IDF)),
])
def test_quoted_finished_off_ar(shipped, text, pair):
    assert pair in _ab(shipped, text, "ar")


def test_a_body_neutralised_a_titled_name_ar(shipped):
    text = ("أعلن أردوغان أن جهاز الاستخبارات الوطنية «حيّد» القيادي في تنظيم داعش أبو الحسين "
            "الحسيني القرشي.")
    assert any(v == QURASHI for v, _a in _ab(shipped, text, "ar"))


@pytest.mark.parametrize("text, pair", [
    ('The Israeli military said its jets had "taken out" Hezbollah commander Taleb Abdallah.',
     (TALEB, IDF)),
    ('The IDF said its aircraft had "eliminated" Hamas commander Raed Saad in Gaza City.',
     (RAED_SAAD, IDF)),
    ('The Israeli army said its troops "neutralized" Hamas commander Raed Saad.', (RAED_SAAD, IDF)),
])
def test_its_forces_quoted_en(shipped, text, pair):
    assert pair in _ab(shipped, text, "en")


@pytest.mark.parametrize("text, lang", [
    ("ونفى الجيش الإسرائيلي أن تكون طائراته «قضت» على طالب عبد الله.", "ar"),
    ("ولم يؤكد الجيش الإسرائيلي أن طائراته «قضت» على طالب عبد الله.", "ar"),
    ("وأكد الجيش الإسرائيلي أن قواته قضت ليلتها في مطاردة طالب عبد الله.", "ar"),
    ("أعلن نتنياهو أن إسرائيل ستقضي على محمد السنوار.", "ar"),
    ('The Israeli army said its troops had not "eliminated" Raed Saad.', "en"),
    ("The Israeli army said its jets had taken out a weapons depot used by Raed Saad.", "en"),
])
def test_no_killing_stated(shipped, text, lang):
    assert _ab(shipped, text, lang) == set()


def test_neutralised_itself_is_no_killing(shipped):
    text = ("وأكدت تركيا أن جهاز الاستخبارات الوطنية «حيّد» نفسه عن الخلاف مع حزب العمال "
            "الكردستاني.")
    assert _ab(shipped, text, "ar") == set()


def test_neutralised_a_description_is_not_read(rules_only):
    text = ("أعلن الرئيس إيمانويل ماكرون أن القوات الفرنسية «حيّدت» زعيم تنظيم «الدولة الإسلامية "
            "في الصحراء الكبرى» عدنان أبو الوليد الصحراوي.")
    assert not any(v == "person:abu-bakr-al-baghdadi" for v, _a in _ab(rules_only, text, "ar"))


# --- a trailing attribution's source is no object of the meeting -------------------------------

SISI, ABBAS, FAHMY = ("person:abdel-fattah-el-sisi", "person:mahmoud-abbas", "person:ahmed-fahmi")
WITKOFF, NETANYAHU, ERDOGAN, SUDANI = ("person:steve-witkoff", "person:benjamin-netanyahu",
                                       "person:recep-tayyip-erdogan",
                                       "person:mohammed-shia-al-sudani")
ABDULLAH, TAMIM = "person:abdullah-ii", "person:tamim-bin-hamad-al-thani"


@pytest.mark.parametrize("text, pair, speaker_part", [
    ("On the sidelines, al-Sisi held talks with Palestinian President Mahmoud Abbas, his "
     "spokesman Ahmed Fahmy said.", (SISI, ABBAS), "fahm"),
    ("Sisi held talks with Palestinian President Mahmoud Abbas, his spokesman Mohamed "
     "El-Shennawy said.", (SISI, ABBAS), "shennawy"),
    ("Witkoff met Netanyahu, Israeli government spokesman David Mencer told reporters.",
     (WITKOFF, NETANYAHU), "mencer"),
    ("Erdogan met Iraqi Prime Minister Mohammed Shia al-Sudani, his spokesman Omer Celik said.",
     (ERDOGAN, SUDANI), "celik"),
])
def test_trailing_spokesman_is_no_party(shipped, text, pair, speaker_part):
    met = _met(shipped, text)
    assert _pair(*pair) in met
    assert not any(speaker_part in a or speaker_part in b for a, b in met)


def test_a_list_before_the_attribution_is_still_read(shipped):
    text = ("Sisi met Mahmoud Abbas, King Abdullah II and Sheikh Tamim bin Hamad Al Thani, his "
            "spokesman Ahmed Fahmy said.")
    met = _met(shipped, text)
    assert {_pair(SISI, ABBAS), _pair(SISI, ABDULLAH), _pair(SISI, TAMIM)} <= met
    assert not any(FAHMY in p for p in met)


# --- a counted group after a named victim; a list past "the son of K" -------------------------

HAMMAM, LABAD, DOSARI, KHALIL = ("person:hammam-al-hayya", "person:jihad-labad",
                                 "person:badr-al-dosari", "person:khalil-al-hayya")
SAADI, ELAYAWI, WAHBI = ("person:abu-baqir-al-saadi", "person:arkan-al-elayawi",
                         "person:ahmed-wahbi")
US = "country:united-states"


@pytest.mark.parametrize("text, pairs", [
    ("The Israeli attack killed Corporal Badr al-Dosari and five members of Hamas, among them "
     "Hammam al-Hayya and Jihad Labad.", {(DOSARI, ISRAEL), (HAMMAM, ISRAEL), (LABAD, ISRAEL)}),
    ("A US drone strike killed Kataib Hezbollah commander Abu Baqir al-Saadi and two of his "
     "guards, among them Arkan al-Elayawi.", {(SAADI, US), (ELAYAWI, US)}),
    ("Israeli jets killed Hezbollah commander Ibrahim Aqil and 15 members of the Radwan Force, "
     "including Ahmed Wahbi.", {(AQIL, ISRAEL), (WAHBI, ISRAEL)}),
])
def test_counted_group_after_a_named_victim(shipped, text, pairs):
    assert pairs <= _ab(shipped, text, "en")


def test_wounded_group_is_no_killing(shipped):
    text = "The Israeli strike killed Ibrahim Aqil and wounded five others, including Ahmed Wahbi."
    assert not any(v == WAHBI for v, _a in _ab(shipped, text, "en"))


@pytest.mark.parametrize("text", [
    "The Israeli strike killed five members of Hamas, among them Hammam al-Hayya, the son of "
    "Khalil al-Hayya, and Jihad Labad, the director of his office.",
    "Israel struck Hamas leaders in Doha on Tuesday. Five Hamas members were killed in the strike, "
    "among them Humam Al Hayya, the son of the movement's Gaza chief Khalil Al Hayya, and Jihad "
    "Lebad, the director of his office.",
    "An Israeli strike on Doha killed five members of Hamas, among them Hammam al-Hayya, the son "
    "of Khalil al-Hayya, and Jihad Labad, the head of his office.",
])
def test_list_past_the_son_of_k(shipped, text):
    got = _ab(shipped, text, "en")
    assert {(HAMMAM, ISRAEL), (LABAD, ISRAEL)} <= got
    assert not any(v == KHALIL for v, _a in got)


# --- a bare «الشيخ» is Hussein al-Sheikh, not the Gulf royal titled «الشيخ» ---------------------

SHEIKH_H, MBZ, MBAR, EREKAT, ABDELATTY, SAFADI = (
    "person:hussein-al-sheikh", "person:mohamed-bin-zayed", "person:mohammed-bin-abdulrahman-al-thani",
    "person:saeb-erekat", "person:badr-abdelatty", "person:ayman-safadi")


@pytest.mark.parametrize("text, pair, wrong", [
    ("استقبل الشيخ محمد بن زايد نائب الرئيس الفلسطيني حسين الشيخ في أبوظبي. وكان الشيخ قد التقى "
     "في القاهرة، الأسبوع الماضي، وزير الخارجية المصري بدر عبد العاطي.", (ABDELATTY, SHEIKH_H),
     (ABDELATTY, MBZ)),
    ("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة نائب الرئيس الفلسطيني حسين الشيخ. والتقى "
     "الشيخ لاحقاً وزير الخارجية الأردني أيمن الصفدي.", (SAFADI, SHEIKH_H), (SAFADI, TAMIM)),
])
def test_bare_sheikh_is_al_sheikh_meeting(shipped, text, pair, wrong):
    met = _met(shipped, text, "ar")
    assert _pair(*pair) in met
    assert _pair(*wrong) not in met


@pytest.mark.parametrize("text, royal", [
    ("استقبل رئيس الوزراء القطري الشيخ محمد بن عبدالرحمن آل ثاني حسين الشيخ نائب الرئيس الفلسطيني. "
     "ويشغل الشيخ كذلك منصب أمين سر اللجنة التنفيذية لمنظمة التحرير منذ عام 2022، خلفاً للراحل صائب "
     "عريقات.", MBAR),
    ("استقبل الشيخ محمد بن زايد في أبوظبي حسين الشيخ. وكان الشيخ قد خلف صائب عريقات في أمانة سر "
     "اللجنة التنفيذية.", MBZ),
])
def test_bare_sheikh_is_al_sheikh_succession(shipped, text, royal):
    got = relation_pairs(shipped, text, "SUCCESSOR_OF", "ar")
    assert (SHEIKH_H, EREKAT) in got
    assert (royal, EREKAT) not in got


def test_sheikh_before_a_name_is_the_royal(shipped):
    text = ("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة وزير الخارجية الأردني أيمن الصفدي. "
            "وقال الشيخ تميم إن قطر تدعم الأردن.")
    assert _pair(SAFADI, TAMIM) in _met(shipped, text, "ar")
