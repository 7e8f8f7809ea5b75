"""Session 57 (names57): the same people under new spellings and new people introduced by
title, in short English and Arabic pieces (Enab Baladi, North Press, Kuwait Times, Yemen
Monitor styles) and single sentences.

- Spellings: French-style and other romanisations (Souleimani, Nasrallâh, Ben Salmane, Raïssi,
  Pezeshkiyan, al-Soudani, Erdoğan) and Arabic renderings (سليمانى، الكاظمى، برى، إردوغان،
  بيزشكيان) resolve to the one known id (these already read right; kept as guards).
- Names: a form-IV verbal noun written with its hamza after a bare title is no new person:
  «وأكد الرئيس تمسكه بإجراء الانتخابات»، «رفضه لإجراء»، «ضرورة إجراء الانتخابات»
  (``arabic_name_words.form_iv_masdar``: after ب / ل no name word, no bare inner word, no first
  word; with its object after a name word, a verbal noun).
- Names: a lone family name a rule reads as a person, the ambiguous short name of a known
  person of a state the article names, is he: "Sudanese army chief Burhan", "Burhan met Sisi
  ... the war in Sudan", "Larijani held talks with Berri" (Ali Larijani; Sadegh goes by
  "Amoli Larijani") (``guarded_family_alone``, called by ``person_ids._resolve_name``).
- Names: a bare English surname opens its sentence after a short label and a colon ("Sudan
  Tribune: Burhan met ..."), and "X held talks / a meeting with" makes X a subject
  (``person_names._en_bare_surnames``).
- Names: «بري ولودريان»: و and a known family name end a foreign-shaped name, no one person
  "Berri Weludryan" (``foreign_names_ar._and_known_name``).
- Names: a spaced compound first name before the known family name of another person is a
  new person: «عبد الله العاطفي» when the known al-Atifi is Mohammed, «عبد الرحمن الصفدي»
  (``person_names._first_names_before_surnames``).
- Names: an adverb after a title's participle is no name word («المعين حديثا X»,
  ``arabic_name_words._AR_ADVERBS_A``); the appointing body after it is inside the title and
  meets no one («محافظ الحديدة المعين من (قبل) الحوثيين X», ``title_agent_ar``); a given
  name written with the article opens a name after a title («السفير العراقي المنهل الصافي»,
  ``definite_given_ar.DEFINITE_GIVEN``).
"""

import pytest

from tests.extract_support import entity_ids as _ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

SOLEIMANI, NASRALLAH = "person:qasem-soleimani", "person:hassan-nasrallah"
KADHIMI, MBS = "person:mustafa-al-kadhimi", "person:mohammed-bin-salman"
RAISI, SUDANI = "person:ebrahim-raisi", "person:mohammed-shia-al-sudani"
ERDOGAN, PEZESHKIAN = "person:recep-tayyip-erdogan", "person:masoud-pezeshkian"
BURHAN, SISI = "person:abdel-fattah-al-burhan", "person:abdel-fattah-el-sisi"
LARIJANI, BERRI = "person:ali-larijani", "person:nabih-berri"
LE_DRIAN, ATIFI = "person:jean-yves-le-drian", "person:mohammed-nasser-al-atifi"
AOUN, SAFADI = "person:joseph-aoun", "person:ayman-safadi"


# --- spellings across scripts -------------------------------------------------------------

@pytest.mark.parametrize("text, lang, pair", [
    ("General Qassem Souleimani met Hasan Nasrullah in Beirut in 2019.", "en",
     (SOLEIMANI, NASRALLAH)),
    ("Iraqi Prime Minister Mustafa Al-Kazimi met Saudi Crown Prince Mohammed Ben Salmane in "
     "Riyadh.", "en", (KADHIMI, MBS)),
    ("President Ebrahim Raïssi met Iraqi Prime Minister Mohammed Shia al-Soudani in Tehran.",
     "en", (RAISI, SUDANI)),
    ("Masoud Pezeshkiyan met Recep Tayyip Erdoğan in Ankara on Tuesday.", "en",
     (ERDOGAN, PEZESHKIAN)),
    ("استقبل الأمين العام لحزب الله حسن نصرالله قائد فيلق القدس قاسم سليمانى في بيروت.", "ar",
     (SOLEIMANI, NASRALLAH)),
    ("التقى مصطفى الكاظمى ولي العهد السعودي الأمير محمد بن سلمان في الرياض.", "ar",
     (KADHIMI, MBS)),
    ("التقى الرئيس أردوغان نظيره الإيراني بيزشكيان.", "ar", (ERDOGAN, PEZESHKIAN)),
    ("التقى الموفد الفرنسي جان إيف لودريان رئيس البرلمان نبيه برى.", "ar", (LE_DRIAN, BERRI)),
])
def test_spellings_meet_as_one_id(shipped, text, lang, pair):
    assert _pair(*pair) in _met(shipped, text, lang)


# --- a form-IV verbal noun after a bare title -----------------------------------------------

@pytest.mark.parametrize("tail", [
    "وأكد الرئيس تمسكه بإجراء الانتخابات في موعدها.",
    "وجدد الرئيس رفضه لإجراء الانتخابات.",
    "وأكد الوزير ضرورة إجراء الانتخابات.",
    "وأكد الرئيس تأييده لإقرار القانون.",
    "وأكد الرئيس دعمه لإطلاق الحوار.",
])
def test_verbal_noun_after_title_is_no_person(shipped, tail):
    text = "التقى الرئيس جوزاف عون السفير الأمريكي، " + tail
    people = {i for i in _ids(shipped, text, "ar") if i.startswith("person:")}
    assert people == {AOUN}


# --- a lone ambiguous family name read as a person ------------------------------------------

@pytest.mark.parametrize("text", [
    "Sudan Tribune: Sudanese army chief Burhan met Egyptian President Abdel Fattah al-Sisi in "
    "Cairo on Monday.",
    "Burhan met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday to discuss the war "
    "in Sudan.",
    "Sudan Tribune: Burhan met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday to "
    "discuss the war in Sudan.",
    "Sudan Tribune: Burhan held talks with Egyptian President Abdel Fattah al-Sisi in Cairo on "
    "Monday about the war in Sudan.",
])
def test_lone_burhan_is_the_army_chief(shipped, text):
    assert _pair(BURHAN, SISI) in _met(shipped, text)
    assert "person:burhan" not in _ids(shipped, text)


@pytest.mark.parametrize("text", [
    "Larijani held talks with Lebanese Parliament Speaker Nabih Berri in Beirut on Friday, "
    "Iranian media said.",
    "Iran's top security official Larijani held talks with Berri in Beirut on Friday.",
])
def test_lone_larijani_is_ali_larijani(shipped, text):
    assert _pair(LARIJANI, BERRI) in _met(shipped, text)


def test_held_ceremonies_names_no_one(shipped):
    text = "Iraqi Shiites held Ashura ceremonies in Karbala on Tuesday."
    assert not {i for i in _ids(shipped, text) if i.startswith("person:")}


# --- two coordinated family names, one compound first name ---------------------------------

@pytest.mark.parametrize("text", [
    "التقى بري ولودريان في عين التينة أمس.",
    "عقد بري ولودريان اجتماعا في عين التينة.",
])
def test_two_family_names_are_no_one_person(shipped, text):
    assert "person:berri-weludryan" not in _ids(shipped, text, "ar")


def test_two_family_names_after_full_names(shipped):
    text = ("بيروت - استقبل رئيس مجلس النواب نبيه بري في عين التينة أمس الموفد الفرنسي جان إيف "
            "لودريان.\nوعقد بري ولودريان اجتماعا استمر ساعة.")
    assert _pair(LE_DRIAN, BERRI) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text, new", [
    ("التقى عبد الله العاطفي اللواء مايكل بيري.", "person:abdullah-al-atifi"),
    ("التقى محافظ الحديدة المعين من الحوثيين عبد الله عطيفي اللواء مايكل بيري.",
     "person:abdullah-al-atifi"),
])
def test_compound_first_name_before_anothers_family_name(shipped, text, new):
    ids = _ids(shipped, text, "ar")
    assert new in ids and ATIFI not in ids and "person:abdullah" not in ids


def test_compound_first_name_before_safadi(shipped):
    ids = _ids(shipped, "التقى عبد الرحمن الصفدي رئيس الحكومة.", "ar")
    assert SAFADI not in ids and "person:abdul-rahman" not in ids


# --- a title's participle with an adverb or an agent ---------------------------------------

@pytest.mark.parametrize("adverb", ["حديثا", "مؤخرا", "رسميا", "حاليا"])
def test_adverb_after_title_participle_is_no_name(shipped, adverb):
    text = f"استقبل محافظ دير الزور المعين {adverb} غسان أحمد وفدا أمميا."
    people = {i for i in _ids(shipped, text, "ar") if i.startswith("person:")}
    assert people == {"person:ghassan-ahmed"}


@pytest.mark.parametrize("agent", ["من الحوثيين", "من قبل الحوثيين"])
def test_appointing_body_inside_the_title_meets_no_one(shipped, agent):
    text = f"التقى محافظ الحديدة المعين {agent} محمد قحيم اللواء مايكل بيري."
    pairs = _met(shipped, text, "ar")
    assert _pair("person:mohammed-qahim", "person:michael-biri") in pairs
    assert not any("houthis" in a or "houthis" in b for a, b in pairs)


# --- a given name written with the article after a title -----------------------------------

def test_definite_given_name_after_ambassador(shipped):
    text = "التقى السفير العراقي لدى الكويت المنهل الصافي وزير الخارجية عبد الله اليحيا."
    assert _pair("person:manhal-al-safi", "person:abdullah-al-yahya") in _met(shipped, text, "ar")
