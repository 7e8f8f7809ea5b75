"""Session 58 (spell58): the people most often in the dev gold under spellings the gazetteer
does not list (``bench/probe_spelling_variants.py``), met by a second known person; each case
asserts the pair with the known ids, or that two people of one family stay apart.

- Names: an Arabic given name and the family name of a known person whose Arabic name has
  three words, the middle left out ("محمد قاليباف" for محمد باقر قاليباف, "علي أحمديان" for
  علي أكبر أحمديان), is he, as in English already (``person_ids._first_of_known_ar``); a
  compound's first half ("عبد", "أبو") is no given name alone.
- Names: "Kassim" / "Ghassim" are Qasem / قاسم, not the foreign given name "Kashim" that
  sounds the same (``latin_ids._given_of_tie``), so "Kassim al-Araji" is the known man.
- Names: a one-word known place that is a usual given name in another spelling, before
  "al-X", is a man's given name ("Qassim al-Arajy": not the Saudi province;
  ``given_name_places.given_name_before_family``); "Ain al-Asad", "Ras al-Ain" stay places.
- Names: of two known people about as close to a respelt name, the one whose family name is
  written so wins ("Husayn Salami": Hossein Salami, not Hussein al-Salameh;
  ``FuzzyNames.fuzzy_person``).
- Names: a Latin family name written as one word with its "Abdul-" ("Adil Abdelmahdi") is
  the known "Abdul-Mahdi" (``FuzzyNames._abd_split``).
- Names: a given name and a family name written as one known person's only, the middle of
  his three-word name left out ("Mushtaq al-Saidi" for Mushtaq Taleb al-Saidi), is he
  (``FuzzyNames.middle_left_out``, from ``person_ids._resolve_name``); a longer name with a
  middle of its own ("Ali Hamid Mukhlif al-Dulaimi") is not Ali Farhan al-Dulaimi.
- Names: a lower-case "ben" in a name chain is "bin" ("Emir Tamim ben Hamad Al Thani": the
  emir, not his father Hamad; ``tokens._make_token``, ``mentions.find_mentions``); "Itamar
  Ben-Gvir", "Ben Wallace" keep their "Ben".
- Names: a person's given name in the Latin spelling of his Arabic given name is his
  ("Hameed Karzai": «حامد كرزاي», Hamed; ``GivenNames._latin_firsts``); "Mohammed Vaezi" is
  still no Mahmoud Vaezi.
- Names: a Latin family name with its article glued on, the given name not listed with it
  ("Kadim Alfartousi", "Mohamed Aljassem") is the known "al-X" (``FuzzyNames._glued_article``).
- Precision: two people of one family stay two (the Sadrs, Michel / Joseph Aoun).
"""

import pytest

from tests.extract_support import entity_ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

SUDANI, GHALIBAF = "person:mohammed-shia-al-sudani", "person:mohammad-bagher-ghalibaf"
AHMADIAN, ARAJI = "person:ali-akbar-ahmadian", "person:qassim-al-araji"
ARAGHCHI, LARIJANI = "person:abbas-araghchi", "person:ali-larijani"
SALAMI, SALAMEH = "person:hossein-salami", "person:hussein-al-salameh"
SAFIEDDINE, HAYKAL = "person:hashem-safieddine", "person:rodolphe-haykal"
ABDUL_MAHDI, HAKIM = "person:adil-abdul-mahdi", "person:ammar-al-hakim"
MUQTADA = "person:muqtada-al-sadr"
JOSEPH_AOUN, MICHEL_AOUN = "person:joseph-aoun", "person:michel-aoun"
SAIDI, MIFTAH = "person:mushtaq-taleb-al-saidi", "person:mohammed-miftah"
TAMIM, HAMAD = "person:tamim-bin-hamad-al-thani", "person:hamad-al-thani"
BUSAIDI, SMOTRICH = "person:badr-albusaidi", "person:bezalel-smotrich"


@pytest.mark.parametrize("text, pair", [
    ("استقبل رئيس الوزراء العراقي محمد شياع السوداني في بغداد، الأحد، رئيس مجلس الشورى "
     "الإيراني محمد قاليباف والوفد المرافق له.", (SUDANI, GHALIBAF)),
    ("التقى أمين المجلس الأعلى للأمن القومي الإيراني علي أحمديان في طهران مستشار الأمن "
     "الوطني العراقي قاسم الأعرجي.", (AHMADIAN, ARAJI)),
])
def test_arabic_middle_name_left_out(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text, pair", [
    ("Iraqi Interior Minister Kassim al-Araji met Iranian Foreign Minister Abbas Araghchi "
     "in Baghdad on Sunday.", (ARAJI, ARAGHCHI)),
    ("National Security Adviser Qassim al-Arajy held talks with Ali Larijani in Tehran, the "
     "adviser's office said.", (ARAJI, LARIJANI)),
    ("IRGC commander Husayn Salami met Hezbollah's Hashem Safieddine in Beirut, Tasnim "
     "reported.", (SALAMI, SAFIEDDINE)),
    ("Former prime minister Adil Abdelmahdi met Ammar al-Hakim in Baghdad on Monday.",
     (ABDUL_MAHDI, HAKIM)),
])
def test_english_respelt_known_person(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text)


def test_a_family_name_as_listed_keeps_its_man(shipped):
    text = ("Syrian intelligence chief Hussein al-Salameh met Lebanese army commander "
            "Rodolphe Haykal on Tuesday.")
    assert _pair(SALAMEH, HAYKAL) in _met(shipped, text)
    assert SALAMI not in entity_ids(shipped, text)


@pytest.mark.parametrize("text, place", [
    ("Fighters attacked Ain al-Asad air base on Monday.", "location:ain-al-asad-air-base"),
    ("Turkish-backed fighters shelled Ras al-Ain on Monday.", "location:ras-al-ain"),
])
def test_places_with_al_stay_places(shipped, text, place):
    ids = entity_ids(shipped, text)
    assert place in ids
    assert not any(i.startswith("person:") for i in ids)


@pytest.mark.parametrize("text, lang, one, other", [
    ("التقى رجل الدين محمد الصدر بزعيم التيار الصدري مقتدى الصدر في النجف.", "ar",
     "person:mohammed-al-sadr", MUQTADA),
    ("استقبل الرئيس جوزاف عون الرئيس السابق ميشال عون في بعبدا.", "ar",
     JOSEPH_AOUN, MICHEL_AOUN),
])
def test_one_family_two_people(shipped, text, lang, one, other):
    pairs = _met(shipped, text, lang)
    assert _pair(one, other) in pairs


def test_middle_left_out_of_a_known_family_name(shipped):
    text = "Mushtaq al-Saidi met Mohammed Miftah in Baghdad on Monday, the group said."
    assert _pair(SAIDI, MIFTAH) in _met(shipped, text)


def test_a_longer_name_with_its_own_middle_is_someone_else(shipped):
    text = ("Ibrahim Namis Al-Jubouri took over the Ministry of Education from Ali Hamid "
            "Mukhlif Al-Dulaimi, who could not attend.")
    assert "person:ali-farhan-al-dulaimi" not in entity_ids(shipped, text)


@pytest.mark.parametrize("text", [
    "Emir Tamim ben Hamad Al Thani received Badr Albusaidi in Doha on Monday.",
    "Sheikh Tamim ben Hamad Al-Thani received Badr Albusaidi in Doha on Monday.",
])
def test_ben_in_a_name_chain(shipped, text):
    pairs = _met(shipped, text)
    assert _pair(TAMIM, BUSAIDI) in pairs
    assert HAMAD not in entity_ids(shipped, text)


@pytest.mark.parametrize("text, pair", [
    ("Israeli minister Itamar Ben-Gvir met Bezalel Smotrich on Monday.",
     ("person:itamar-ben-gvir", SMOTRICH)),
    ("Former British defence secretary Ben Wallace met Mohammed bin Salman.",
     ("person:ben-wallace", "person:mohammed-bin-salman")),
])
def test_a_capital_ben_stays(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text)


def test_given_name_spelt_as_his_arabic_one(shipped):
    text = "Former Afghan president Hameed Karzai met Zalmay Khalilzad in Kabul on Monday."
    assert _pair("person:hamid-karzai", "person:zalmay-khalilzad") in _met(shipped, text)


def test_another_given_name_is_another_man(shipped):
    text = "Mohammed Vaezi met Zalmay Khalilzad in Kabul on Monday."
    assert "person:mahmoud-vaezi" not in entity_ids(shipped, text)


@pytest.mark.parametrize("text, pair", [
    ("Kadim Alfartousi met Qais al-Khazali in Baghdad on Monday.",
     ("person:kadhim-al-fartousi", "person:qais-al-khazali")),
    ("Hussain Alsheikh met Antony Blinken in Ramallah on Monday.",
     ("person:hussein-al-sheikh", "person:antony-blinken")),
])
def test_glued_article_on_a_respelt_name(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text)
