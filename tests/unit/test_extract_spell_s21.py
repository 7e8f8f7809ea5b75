"""Session 21 (known people under new spellings). Our own sentences and names, not taken
from any dev set; the generated probe is ``bench/probe_spellings.py``.

- a usual given name in a Latin spelling of its own ("Hasan", "Mohamed", "Jaaffar") opens a
  name at the start of a sentence: "Hasan Khomeini" is Hassan Khomeini, not Ruhollah Khomeini
  by the surname alone; a word that is no name ("Meanwhile") opens none.
"""

import pytest


def _people(ex, text: str, lang: str = "en") -> dict[str, list[str]]:
    doc = ex.extract(text, lang=lang)
    return {e["id"]: [text[s:t] for s, t in e.get("mentions", ())]
            for e in doc["entities"] if e["type"] == "Person"}


@pytest.mark.parametrize("text,want,not_him", [
    ("Hasan Khomeini said on Tuesday that the talks would resume.",
     "person:hassan-khomeini", "person:ruhollah-khomeini"),
    ("Mohamed Sinwar said on Tuesday that the talks would resume.",
     "person:mohammed-sinwar", "person:yahya-sinwar"),
    ("Jaaffar al-Sadr said on Tuesday that the talks would resume.",
     "person:jaafar-al-sadr", "person:muqtada-al-sadr"),
])
def test_given_name_spelt_own_way_opens_name(ex, text, want, not_him) -> None:
    people = _people(ex, text)
    assert want in people and not_him not in people


def test_non_name_word_opens_no_name(ex) -> None:
    people = _people(ex, "Meanwhile Soleimani said on Tuesday that the talks would resume.")
    assert people == {"person:qasem-soleimani": ["Soleimani"]}


@pytest.mark.parametrize("text,not_him", [
    ("وقال فادي المالكي يوم الثلاثاء إن المحادثات ستستأنف الأسبوع المقبل.",
     "person:nouri-al-maliki"),
    ("وقال فارس الصدر يوم الثلاثاء إن المحادثات ستستأنف.", "person:muqtada-al-sadr"),
    ("Faris Soleimani said on Tuesday that the talks would resume.",
     "person:qasem-soleimani"),
])
def test_other_given_name_before_known_surname(ex, text, not_him) -> None:
    """A usual given name (given_names.yaml, in Arabic also one a clitic reading would split:
    فادي = ف + ادي) before a known surname is someone else of that family name."""
    lang = "ar" if text[0] > "\u0600" else "en"
    people = _people(ex, text, lang)
    assert not_him not in people and len(people) == 1


@pytest.mark.parametrize("text,him", [
    ("وقال المالكي يوم الثلاثاء إن المحادثات ستستأنف.", "person:nouri-al-maliki"),
    ("وأكد الصدر يوم الثلاثاء أن المحادثات ستستأنف.", "person:muqtada-al-sadr"),
])
def test_known_surname_alone_still_him(ex, text, him) -> None:
    assert him in _people(ex, text, "ar")


@pytest.mark.parametrize("text,him", [
    ("Ismail Hanniyeh said on Tuesday that the talks would resume.", "person:ismail-haniyeh"),
    ("Foreign Minister Karim Dabbagh met Imad Moughniyeh in the capital.",
     "person:imad-mughniyeh"),
])
def test_feminine_relative_surname_spelt_otherwise(ex, text, him) -> None:
    """A family name of the feminine relative shape (-iyeh, -iyah) is a person's when a
    known person's own name ends so: "Hanniyeh" is Haniyeh spelt another way."""
    assert him in _people(ex, text)


def test_place_of_that_shape_is_no_person(ex) -> None:
    assert not _people(ex, "Clashes erupted in Sulaymaniyah and in Nasiriyah on Tuesday.")


@pytest.mark.parametrize("text,lang,him,not_him", [
    ("Teimour Jumblatt said on Tuesday that the talks would resume.", "en",
     "person:taymour-jumblatt", "person:walid-jumblatt"),
    ("Jeehad Mughniyeh said on Tuesday that the talks would resume.", "en",
     "person:jihad-mughniyeh", "person:imad-mughniyeh"),
    ("وقال جهاد مغنيه يوم الثلاثاء إن المحادثات ستستأنف.", "ar",
     "person:jihad-mughniyeh", "person:imad-mughniyeh"),
])
def test_sentence_start_other_of_family(ex, text, lang, him, not_him) -> None:
    """At the start of a sentence, a first word in a spelling of its own that makes the
    full name of another known person of that family name is his first name."""
    people = _people(ex, text, lang)
    assert him in people and not_him not in people


def test_sentence_start_non_name_before_family(ex) -> None:
    people = _people(ex, "Meanwhile Jumblatt said on Tuesday that the talks would resume.")
    assert people == {"person:walid-jumblatt": ["Jumblatt"]}


@pytest.mark.parametrize("text,him", [
    ("Foreign Minister Karim Dabbagh met Aly Bapir in the capital on Monday.",
     "person:ali-bapir"),
    ("Foreign Minister Karim Dabbagh met Alli Fayyad in the capital on Monday.",
     "person:ali-fayyad"),
])
def test_short_two_word_name_spelt_otherwise(ex, text, him) -> None:
    """A two-word name of three consonants in all ("Ali Bapir") has a spelling-tolerant
    key too: "Aly Bapir" is him."""
    assert him in _people(ex, text)


def test_short_kunya_gets_no_tolerant_key(ex) -> None:
    """A kunya of three consonants ("Abu Obeida") is the by-name of many: "Abu Ubaidah",
    spelt otherwise, is not the gazetteer's Abu Obeida."""
    people = _people(ex, "Foreign Minister Karim Dabbagh met Abu Ubaidah in Mogadishu.")
    assert "person:abu-obeida" not in people


@pytest.mark.parametrize("text,him,not_it", [
    ("Foreign Minister Karim Dabbagh met Badr Albuseidi in the capital on Monday.",
     "person:badr-albusaidi", "organization:badr-organization"),
    ("Sadegh Ommidzadeh said on Tuesday that the talks would resume.",
     "person:sadegh-omidzadeh", "person:mohammad-kazem-al-e-sadegh"),
])
def test_known_prefix_then_rest_spelt_otherwise(ex, text, him, not_it) -> None:
    """A known name (a body, another person) followed by name words spelt another way that
    finish the full name of another known person is that person."""
    doc = ex.extract(text, lang="en")
    ids = {e["id"] for e in doc["entities"]}
    assert him in ids and not_it not in ids


@pytest.mark.parametrize("text,it", [
    ("The Badr Organization said on Tuesday that the talks would resume.",
     "organization:badr-organization"),
    ("Hezbollah Nasrallah loyalists said on Tuesday that the talks would resume.",
     "organization:hezbollah"),
])
def test_known_name_then_other_words_kept(ex, text, it) -> None:
    doc = ex.extract(text, lang="en")
    assert it in {e["id"] for e in doc["entities"]}


@pytest.mark.parametrize("text", [
    "وقال إبرهيم عقيل يوم الثلاثاء إن المحادثات ستستأنف.",
    "ونفى المسؤول البارز إبرهيم في تصريح للصحفيين تلك التقارير.",
])
def test_given_name_spelt_otherwise_is_no_family_name(ex, text) -> None:
    """A usual given name spelt another way (إبرهيم for إبراهيم) is not the known person
    whose family name that given name is (Jamal Jaafar Al Ibrahim, Abu Mahdi al-Muhandis)."""
    assert "person:abu-mahdi-al-muhandis" not in _people(ex, text, "ar")


def test_family_name_spelt_otherwise_still_him(ex) -> None:
    people = _people(ex, "وقال قائاني يوم الثلاثاء إن المحادثات ستستأنف.", "ar")
    assert "person:esmail-qaani" in people


@pytest.mark.parametrize("text,him,not_him", [
    ("Foreign Minister Karim Dabbagh met Khallid bin Salman in the capital on Monday.",
     "person:khalid-bin-salman", "person:mohammed-bin-salman"),
    ("Foreign Minister Karim Dabbagh met Aly Mahmoud Abbas in the capital on Monday.",
     "person:ali-mahmoud-abbas", "person:mahmoud-abbas"),
])
def test_first_name_before_known_name_of_another(ex, text, him, not_him) -> None:
    """A first name spelt its own way before a known person's name ("bin Salman", "Mahmoud
    Abbas") that makes the full name of another known person is that person."""
    people = _people(ex, text)
    assert him in people and not_him not in people


def test_first_name_of_the_same_person_kept(ex) -> None:
    people = _people(ex, "Foreign Minister Karim Dabbagh met Mohamed bin Salman in Riyadh.")
    assert "person:mohammed-bin-salman" in people
