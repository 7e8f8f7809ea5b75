"""Session 71 (seen71): linking slips the session's helpers saw and left.

- A ruler's styled name with his realm ("Hassan II of Morocco", «الحسن الثاني ملك المغرب») made
  the realm a family-name key of his: «وزير الخارجية المغربي» linked «المغربي» to the king.
  The realm after "of" / «ملك» / «حاكم» is no family-name key (``gazetteer``).
- The Latin spelling of a new name's word: ش is no س ("Shaimaa" is no Sameh, though the
  skeletons meet; ``latin_ids._respell``).
- An Arabic family name opening with «بو» (Maghrebi: «بوزيني») is no «بـ» + a misspelt
  known name without that «و» (``arabic_names._arabic_misspellings``).
"""

import pytest

HASSAN_II, MOHAMMED_VI = "person:hassan-ii", "person:mohammed-vi"
BOURITA, ZAYANI = "person:nasser-bourita", "person:abdullatif-al-zayani"
ABDULLAH_II, QAANI = "person:abdullah-ii", "person:esmail-qaani"


def _ids(ex, text: str) -> set[str]:
    return {e["id"] for e in ex.extract(text)["entities"]}


@pytest.mark.parametrize("text", [
    "التقى وزير الخارجية المغربي ناصر بوريطة نظيره الإسباني في الرباط.",
    "قال وزير الخارجية المغربي ناصر بوريطة إن المحادثات مع الوفد الإسباني كانت مثمرة.",
    "وصل الوفد المغربي إلى الرباط بعد أن أعلن الملك محمد السادس موعد القمة.",
    "استقبل رئيس الحكومة المغربي عزيز أخنوش السفير الفرنسي.",
])
def test_moroccan_adjective_is_no_past_king(ex, text):
    assert HASSAN_II not in _ids(ex, text)


@pytest.mark.parametrize("text", [
    "Jordanian officials said the talks in Amman went well, Foreign Minister Ayman Safadi said.",
    "وقال مسؤول أردني إن المحادثات في عمّان كانت جيدة.",
])
def test_jordanian_adjective_is_no_king(ex, text):
    assert ABDULLAH_II not in _ids(ex, text)


@pytest.mark.parametrize("text", [
    "توفي الحسن الثاني ملك المغرب عام 1999 وخلفه ابنه محمد السادس.",
    "Hassan II of Morocco died in 1999.",
])
def test_styled_king_still_found(ex, text):
    assert HASSAN_II in _ids(ex, text)


@pytest.mark.parametrize("text, bad, good", [
    ("Activist Shaimaa el-Sabbagh was shot dead at a march in Cairo.",
     "person:sameh-al-sabbagh", "person:shaimaa-al-sabbagh"),
    ("The lawyer, Shaimaa Hassan, told reporters the trial was adjourned.",
     "person:sameh-hassan", "person:shaimaa-hassan"),
])
def test_shin_is_no_sin_in_new_ids(ex, text, bad, good):
    ids = _ids(ex, text)
    assert bad not in ids and good in ids


@pytest.mark.parametrize("text, want", [
    ("Sameh Hassan spoke to reporters in Cairo.", "person:sameh-hassan"),
    ("Hesham al-Masri spoke to reporters in Cairo.", "person:hisham-al-masri"),
])
def test_latin_respelling_kept(ex, text, want):
    assert want in _ids(ex, text)


@pytest.mark.parametrize("text", [
    "التقى ماركو بوزيني وزير الخارجية البحريني في المنامة.",
    "وقال الباحث كريم بوزيني إن الاتفاق يحتاج إلى وقت.",
])
def test_bu_family_name_is_no_misspelt_zayani(ex, text):
    assert ZAYANI not in _ids(ex, text)


def test_misspelt_name_after_bi_still_found(ex):
    assert QAANI in _ids(ex, "التقى محمد بقائاني في طهران.")


@pytest.mark.parametrize("text, want", [
    ("وتضم المجموعة مالي والنيجر وبوركينا فاسو وتشاد وموريتانيا.",
     {"country:mali", "country:chad"}),
    ("زار الوزير النيجر وتشاد الأسبوع الماضي.", {"country:chad"}),
    ("زار الوزير مالي وتشاد الأسبوع الماضي.", {"country:mali", "country:chad"}),
    ("شاركت في القمة ليبيا، تشاد، والسودان.", {"country:chad"}),
])
def test_ambiguous_country_in_country_list_ar(ex, text, want):
    assert want <= _ids(ex, text)


@pytest.mark.parametrize("text", [
    "وقال إن مالي وحياتي فداء للوطن.",
    "قدمت فرنسا دعماً مالياً، وقالت إن الدعم المالي مهم.",
])
def test_ambiguous_country_word_alone_ar(ex, text):
    assert "country:mali" not in _ids(ex, text)


def test_country_list_is_no_person_ar(ex):
    ids = _ids(ex, "زار الوزير مالي وتشاد الأسبوع الماضي.")
    assert not any(i.startswith("person:") for i in ids)


@pytest.mark.parametrize("text", [
    "The minister visited Niger and Chad last week.",
    "The bloc groups Mali, Niger, Chad and Mauritania.",
    "Chad, Niger and Mali signed the accord in Niamey.",
])
def test_ambiguous_country_in_country_list_en(ex, text):
    assert "country:chad" in _ids(ex, text)


def test_chad_as_given_name_en(ex):
    ids = _ids(ex, "Chad Daniels and Mark Smith met in Niger on Monday.")
    assert "country:chad" not in ids
