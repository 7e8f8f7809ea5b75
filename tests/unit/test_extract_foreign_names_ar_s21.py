"""Session 21 (``arforeign``): people with non-Arab names written in Arabic script. Our own
sentences and names (written for bench/probe_foreign_names_ar.py), not taken from any dev set.

- ``foreign_given_names.yaml``: given names of many cultures in Arabic script open a name
  with no title ("وقال غوستافو بيترو إن ..."، "التقى خافيير ميلي ...") and give the id its
  Latin spelling (Gustavo); one written with a hamza أل / إل is no al- word ("ألبرتو").
  After "قال", a ل-word after a lone foreign given name is the surname ("وقال كريستوفر لوكسون
  إن"), not whom it was said to. Negatives: an Arabic name before "لروداو إن" (said to), words
  that only look like given names.
"""

import pytest

from tests.extract_support import person_surfaces


@pytest.mark.parametrize("text,surface", [
    ("وقال غوستافو بيترو إن الحكومة ستواصل الإصلاحات.", "غوستافو بيترو"),
    ("والتقى خافيير ميلي وزير الخارجية فؤاد حسين في بغداد أمس.", "خافيير ميلي"),
    ("وأدان المجلس اغتيال يوليا سفيريدينكو في العاصمة.", "يوليا سفيريدينكو"),
    ("وقال ألبرتو فرنانديز إن البلاد تواجه أزمة.", "ألبرتو فرنانديز"),
    ("وخلف فريدريش ميرتس سلفه في رئاسة الحكومة.", "فريدريش ميرتس"),
    ("وقال كريستوفر لوكسون إن الحكومة ستواصل الإصلاحات.", "كريستوفر لوكسون"),
    ("وقال فاليري زالوجني إن الجيش سيواصل القتال.", "فاليري زالوجني"),
    # after a title too, a ل-word after a lone foreign given name is the surname
    ("وقال الرئيس ألكسندر لوكاشينكو إن بلاده مستعدة.", "ألكسندر لوكاشينكو"),
    ("وقال الرئيس غييرمو لاسو إن الحكومة ستواصل الإصلاحات.", "غييرمو لاسو"),
    ("وقال رئيس الوزراء كريستوفر لوكسون إن الحكومة مستعدة.", "كريستوفر لوكسون"),
])
def test_foreign_given_name_opens_name(ex, text, surface) -> None:
    found = person_surfaces(ex.extract(text, lang="ar"), text)
    assert surface in found, found


def test_foreign_given_name_latin_id(ex) -> None:
    """The given name's id part is its usual Latin spelling, not a letter-by-letter one."""
    text = "وقال غوستافو بيترو إن الحكومة ستواصل الإصلاحات."
    found = person_surfaces(ex.extract(text, lang="ar"), text)
    assert found["غوستافو بيترو"].startswith("person:gustavo-"), found


def test_said_to_stays_after_arabic_name(ex) -> None:
    """"قال محمد الحلبوسي لروداو إن": لروداو is whom it was said to, no name word."""
    text = "وقال محمد الحلبوسي لروداو إن الحكومة ستواصل الإصلاحات."
    found = person_surfaces(ex.extract(text, lang="ar"), text)
    assert not any("لروداو" in s for s in found), found


@pytest.mark.parametrize("text", [
    "ودفعت الحكومة المبلغ سلفاً قبل أسابيع من الموعد.",
    "وقال الوزير إن الآلاف شاركوا في المسيرة أمس.",
    "وشهدت كاراكاس احتجاجات واسعة خلال الأسبوع الماضي."])
def test_no_foreign_given_person(ex, text) -> None:
    doc = ex.extract(text, lang="ar")
    assert not [e["id"] for e in doc["entities"] if e["type"] == "Person"]


@pytest.mark.parametrize("text,surface", [
    ("وأدى الرئيس الجديد اليمين خلفاً لـغوستافو بيترو في المنصب.", "غوستافو بيترو"),
    ("وأدى الرئيس الجديد اليمين خلفاً لـكلاوديا شينباوم في المنصب.", "كلاوديا شينباوم"),
    ("وعيّن الوزير خلفاً لغوستافو بيترو في المنصب.", "غوستافو بيترو")])
def test_glued_l_tatweel_not_in_span(ex, text, surface) -> None:
    """"خلفاً لـX": the tatweel after the glued ل is no part of the name's span."""
    found = person_surfaces(ex.extract(text, lang="ar"), text)
    assert surface in found, found


@pytest.mark.parametrize("text,surface,eid", [
    ("وقال الرئيس إيراكلي كوباخيدزه إن بلاده مستعدة.", "إيراكلي كوباخيدزه",
     "person:irakli-kubakhidze"),
    ("وقال رئيس الوزراء كير ستارمر إن بلاده مستعدة.", "كير ستارمر", "person:keir-starmer"),
    ("وقال الرئيس غوستافو بيترو إن بلاده مستعدة.", "غوستافو بيترو", "person:gustavo-petro"),
    ("وقال الجنرال أولكسندر سيرسكي إن بلاده مستعدة.", "أولكسندر سيرسكي",
     "person:oleksandr-sirsky")])  # (Zelensky, the example of session 21, is known since
# session 50)
def test_foreign_name_latin_id(ex, text, surface, eid) -> None:
    """A foreign name's words are spelt back as Latin writes them (foreign_latin: ـينكو
    -enko, ـيدزه -idze, ـسكي -sky, a final و as o, غ as g), not as Arabic names ("زيلينسكي"
    was Zilinsaki)."""
    found = person_surfaces(ex.extract(text, lang="ar"), text)
    assert found.get(surface) == eid, found


def test_arabic_name_keeps_arabic_spelling(ex) -> None:
    """A name with no foreign word keeps the Arabic transliteration."""
    text = "وقال الوزير جاسم محمد الحلبوسي إن الحكومة مستعدة."
    found = person_surfaces(ex.extract(text, lang="ar"), text)
    assert found.get("جاسم محمد الحلبوسي", "").startswith("person:jassim-"), found


@pytest.mark.parametrize("latin,eid", [
    ("Mauricio Macri", "person:mauricio-macri"), ("Rafael Correa", "person:rafael-correa"),
    ("Antonio Costa", "person:antonio-costa")])
def test_english_foreign_name_kept(ex, latin, eid) -> None:
    """English: a name opening with a given name of another culture is not respelt as an
    Arabic one ("Macri" is no Makary, "Costa" no Gustavo)."""
    text = f"President {latin} said on Monday that the talks would continue."
    assert person_surfaces(ex.extract(text, lang="en"), text).get(latin) == eid


def test_title_said_to_stays(ex) -> None:
    """"قال الوزير فؤاد حسين لروداو إن": after a full name, ل + word is whom it was said to."""
    text = "وقال الوزير فؤاد حسين لروداو إن الحكومة مستعدة."
    found = person_surfaces(ex.extract(text, lang="ar"), text)
    assert not any("لروداو" in s for s in found), found


def test_madda_abi_is_no_kunya(ex) -> None:
    """"شينزو آبي إن": آبي with a madda is the name Abe, no "أبي" (father of) joining the next
    word; "أبي أحمد" without a madda is still read as before."""
    text = "وقال شينزو آبي إن الحكومة ستواصل الإصلاحات الاقتصادية."
    found = person_surfaces(ex.extract(text, lang="ar"), text)
    assert "شينزو آبي" in found, found
