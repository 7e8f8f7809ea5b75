"""Session 21 (known people under new spellings, both scripts). Our own sentences and names,
not taken from any dev set; the generated probe is ``bench/probe_spellings.py``.

- a usual given name in a Latin spelling of its own ("Hasan", "Mohamed", "Jaaffar") or an
  Arabic usual given name (فادي، فارس) opens a name before a known surname: "Hasan Khomeini"
  is Hassan Khomeini, not Ruhollah Khomeini by the surname alone; a word that is no name
  ("Meanwhile") opens none;
- a first word that makes the full name of another known person of that family name is his
  first name ("Teimour Jumblatt said", "met Khallid bin Salman");
- a known name followed by words that finish another known person's name is that person
  ("met Badr Albuseidi", "Sadegh Ommidzadeh");
- a surname of the feminine relative shape spelt otherwise ("Hanniyeh"), a two-word name of
  three consonants ("Aly Bapir") still find the person; a kunya of three consonants ("Abu
  Ubaidah") and a given name spelt otherwise (إبرهيم) find nobody.
"""

import pytest

_SAID = " said on Tuesday that the talks would resume."
_MET = "Foreign Minister Karim Dabbagh met {} in the capital on Monday."


def _people(ex, text: str) -> dict[str, list[str]]:
    lang = "ar" if "\u0600" <= text[0] <= "\u06ff" else "en"
    doc = ex.extract(text, lang=lang)
    return {e["id"]: [text[s:t] for s, t in e.get("mentions", ())]
            for e in doc["entities"] if e["type"] == "Person"}


def _ids(ex, text: str) -> set[str]:
    lang = "ar" if "\u0600" <= text[0] <= "\u06ff" else "en"
    return {e["id"] for e in ex.extract(text, lang=lang)["entities"]}


# (case, text, the id it is, an id it is not)
HIM_NOT_OTHER = [
    ("given_spelt_hasan", "Hasan Khomeini" + _SAID, "person:hassan-khomeini",
     "person:ruhollah-khomeini"),
    ("given_spelt_mohamed", "Mohamed Sinwar" + _SAID, "person:mohammed-sinwar",
     "person:yahya-sinwar"),
    ("given_spelt_jaaffar", "Jaaffar al-Sadr" + _SAID, "person:jaafar-al-sadr",
     "person:muqtada-al-sadr"),
    ("start_other_of_family", "Teimour Jumblatt" + _SAID, "person:taymour-jumblatt",
     "person:walid-jumblatt"),
    ("start_other_of_family_2", "Jeehad Mughniyeh" + _SAID, "person:jihad-mughniyeh",
     "person:imad-mughniyeh"),
    ("start_other_of_family_ar", "وقال جهاد مغنيه يوم الثلاثاء إن المحادثات ستستأنف.",
     "person:jihad-mughniyeh", "person:imad-mughniyeh"),
    ("before_bin_chain", _MET.format("Khallid bin Salman"), "person:khalid-bin-salman",
     "person:mohammed-bin-salman"),
    ("before_two_words", _MET.format("Aly Mahmoud Abbas"), "person:ali-mahmoud-abbas",
     "person:mahmoud-abbas"),
    ("prefix_is_body", _MET.format("Badr Albuseidi"), "person:badr-albusaidi",
     "organization:badr-organization"),
    ("prefix_is_person", "Sadegh Ommidzadeh" + _SAID, "person:sadegh-omidzadeh",
     "person:mohammad-kazem-al-e-sadegh"),
    ("feminine_relative", "Ismail Hanniyeh" + _SAID, "person:ismail-haniyeh", "-"),
    ("feminine_relative_2", _MET.format("Imad Moughniyeh"), "person:imad-mughniyeh", "-"),
    ("three_consonants", _MET.format("Aly Bapir"), "person:ali-bapir", "-"),
    ("three_consonants_2", _MET.format("Alli Fayyad"), "person:ali-fayyad", "-"),
    ("same_person_kept", _MET.format("Mohamed bin Salman"), "person:mohammed-bin-salman", "-"),
    ("surname_alone_ar", "وقال المالكي يوم الثلاثاء إن المحادثات ستستأنف.",
     "person:nouri-al-maliki", "-"),
    ("surname_after_verb_ar", "وأكد الصدر يوم الثلاثاء أن المحادثات ستستأنف.",
     "person:muqtada-al-sadr", "-"),
    ("family_spelt_ar", "وقال قائاني يوم الثلاثاء إن المحادثات ستستأنف.",
     "person:esmail-qaani", "-"),
    ("body_kept", "The Badr Organization" + _SAID, "organization:badr-organization", "-"),
    ("body_before_surname_kept", "Hezbollah Nasrallah loyalists" + _SAID,
     "organization:hezbollah", "-"),
]


@pytest.mark.parametrize("case,text,him,other", HIM_NOT_OTHER,
                         ids=[c[0] for c in HIM_NOT_OTHER])
def test_spelling_resolves(ex, case, text, him, other) -> None:
    ids = _ids(ex, text)
    assert him in ids and other not in ids, case


# (case, text, the known person it must not be): someone else, or nobody
NOT_HIM = [
    ("other_given_ar", "وقال فادي المالكي يوم الثلاثاء إن المحادثات ستستأنف الأسبوع المقبل.",
     "person:nouri-al-maliki"),
    ("other_given_ar_2", "وقال فارس الصدر يوم الثلاثاء إن المحادثات ستستأنف.",
     "person:muqtada-al-sadr"),
    ("other_given_en", "Faris Soleimani" + _SAID, "person:qasem-soleimani"),
    ("short_kunya", "Foreign Minister Karim Dabbagh met Abu Ubaidah in Mogadishu.",
     "person:abu-obeida"),
    ("given_spelt_ar", "وقال إبرهيم عقيل يوم الثلاثاء إن المحادثات ستستأنف.",
     "person:abu-mahdi-al-muhandis"),
    ("given_spelt_ar_alone", "ونفى المسؤول البارز إبرهيم في تصريح للصحفيين تلك التقارير.",
     "person:abu-mahdi-al-muhandis"),
]


@pytest.mark.parametrize("case,text,not_him", NOT_HIM, ids=[c[0] for c in NOT_HIM])
def test_not_the_known_person(ex, case, text, not_him) -> None:
    assert not_him not in _ids(ex, text), case


@pytest.mark.parametrize("text,people", [
    ("Meanwhile Soleimani" + _SAID, {"person:qasem-soleimani": ["Soleimani"]}),
    ("Meanwhile Jumblatt" + _SAID, {"person:walid-jumblatt": ["Jumblatt"]}),
    ("Clashes erupted in Sulaymaniyah and in Nasiriyah on Tuesday.", {}),
])
def test_no_name_opened(ex, text, people) -> None:
    """A word that is no name opens none; a place of the feminine relative shape is none."""
    assert _people(ex, text) == people
