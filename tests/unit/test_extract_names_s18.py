"""Entities behind core relations (session 18): a person's name bounded, spelt and linked
right, so that the meeting, succession or killing read lands on the right id. Each case
names the construction; the negatives say what must not be read."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations


def _people(doc: dict) -> set[str]:
    return {e["id"] for e in doc["entities"] if e["id"].startswith("person:")}


# "Amir" (the emir's title, spelt so) before "Sheikh X": a title, no first name of X
AMIR_CASES = [
    ("amir_before_known_sheikh", "en",
     "On Monday the Amir Sheikh Tamim bin Hamad Al-Thani received Turkish President Recep "
     "Tayyip Erdogan in Doha.",
     [MW("person:tamim-bin-hamad-al-thani", "person:recep-tayyip-erdogan")], []),
    ("amir_before_unknown_sheikh", "en",
     "Amir Sheikh Salem bin Rashid Al-Nuaimi met Iraqi Prime Minister Mohammed Shia al-Sudani "
     "in Baghdad.",
     [], []),
]


@pytest.mark.parametrize(("name", "lang", "text", "must", "must_not"), AMIR_CASES,
                         ids=[c[0] for c in AMIR_CASES])
def test_amir_title_before_honorific(ex, name: str, lang: str, text: str, must: list,
                                     must_not: list) -> None:
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)
    assert not any(p.startswith("person:amir") for p in _people(doc)), _people(doc)


def test_amir_given_name_kept(ex) -> None:
    # negative: "Amir" as a first name (no honorific after it) stays part of the name
    doc = ex.extract("Iranian Deputy Minister Amir Saeed Tavakoli met Fuad Hussein in Baghdad.",
                     lang="en")
    assert any(p.startswith("person:amir-") for p in _people(doc)), _people(doc)


# "Sheikh Nawaf" after the full "Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah": the given name
# alone is the one person named in full with it (Arabic already read so)
GIVEN_CASES = [
    ("sheikh_given_after_full_en", "en",
     "Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah received the Iranian president Hassan Rouhani. "
     "Sheikh Nawaf had succeeded Sheikh Sabah Al-Ahmad in 2020.",
     [("SUCCESSOR_OF", "person:nawaf-al-ahmad-al-sabah",
       "person:sabah-al-ahmad-al-jaber-al-sabah")],
     [("SUCCESSOR_OF", "person:nawaf", "person:sabah-al-ahmad-al-jaber-al-sabah")]),
    ("sheikh_given_after_full_ar", "ar",
     "استقبل الشيخ نواف الأحمد الجابر الصباح الرئيس الإيراني حسن روحاني. وكان الشيخ نواف "
     "قد خلف الشيخ صباح الأحمد.",
     [("SUCCESSOR_OF", "person:nawaf-al-ahmad-al-sabah",
       "person:sabah-al-ahmad-al-jaber-al-sabah")], []),
]


@pytest.mark.parametrize(("name", "lang", "text", "must", "must_not"), GIVEN_CASES,
                         ids=[c[0] for c in GIVEN_CASES])
def test_given_name_after_full_name(ex, name: str, lang: str, text: str, must: list,
                                    must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)


def test_given_name_of_two_people_not_linked(ex) -> None:
    # negative: two people named in full with the same given name: "Sheikh Khalid" is
    # neither of them
    doc = ex.extract("Sheikh Khalid Al-Harbi met Fuad Hussein in Baghdad. Sheikh Khalid "
                     "Al-Otaibi met Qassim al-Araji in Kuwait. Sheikh Khalid later succeeded "
                     "Sheikh Fahad Al-Salem as minister.", lang="en")
    succ = {(r["source"], r["target"]) for r in doc["relations"] if r["type"] == "SUCCESSOR_OF"}
    assert not any(s in ("person:khaled-al-harbi", "person:khaled-al-otaibi") for s, _ in succ)


# "عبد + X" written joined where the gazetteer has it spaced (and the other way round)
ABD_CASES = [
    ("joined_abdullah_chain",
     "تسلم الشيخ خالد بن خليفة آل ثاني رئاسة الحكومة خلفاً للشيخ عبدالله بن ناصر بن خليفة "
     "آل ثاني.",
     [("SUCCESSOR_OF", "person:khalid-bin-khalifa-al-thani",
       "person:abdullah-bin-nasser-al-thani")], []),
    ("joined_abdulrahman_chain",
     "التقى وزير الخارجية حسين أمير عبداللهيان في الدوحة الشيخ محمد بن عبدالرحمن بن جاسم "
     "آل ثاني.",
     [MW("person:hossein-amir-abdollahian", "person:mohammed-bin-abdulrahman-al-thani")], []),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), ABD_CASES,
                         ids=[c[0] for c in ABD_CASES])
def test_abd_compound_joined(ex, name: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)


def test_abd_compound_other_name_not_linked(ex) -> None:
    # negative: another عبد compound ("عبدالرحمن بن ناصر") is no Abdullah bin Nasser
    doc = ex.extract("التقى الوزير عباس عراقجي في الدوحة الشيخ عبدالرحمن بن ناصر آل ثاني.",
                     lang="ar")
    assert "person:abdullah-bin-nasser-al-thani" not in _people(doc), _people(doc)


def test_al_family_name_with_allah(ex) -> None:
    # "الX الله" after a first name is one compound family name (al-Fadlallah), not cut
    doc = ex.extract("التقى الوزير فؤاد حسين وكيل وزارة النفط كريم الفضل الله في بغداد.",
                     lang="ar")
    assert "person:karim-al-fadlallah" in _people(doc), _people(doc)
    assert_relations(doc, "al_family_allah",
                     [MW("person:fuad-hussein", "person:karim-al-fadlallah")], [])


def test_nisba_then_allah_not_joined(ex) -> None:
    # negative: a nisba ("الحسيني") ends the name; "الله" after it opens the quoted words
    doc = ex.extract("وقال رئيس التيار علي الحسيني الله يحمي العراق من الفتنة.", lang="ar")
    assert "person:ali-al-husseini" in _people(doc), _people(doc)


# a known person by the leading words of his full Arabic name (the dynasty name left out)
def test_leading_words_of_known_name(ex) -> None:
    doc = ex.extract("وتسلم عبدالله اليحيا حقيبة الخارجية الكويتية العام الماضي خلفاً للشيخ سالم "
                     "عبدالله الجابر.", lang="ar")
    assert "person:salem-abdullah-al-jaber-al-sabah" in _people(doc), _people(doc)
    assert "person:salim-al-jabouri" not in _people(doc), _people(doc)


def test_leading_words_two_names_not_linked(ex) -> None:
    # negative: "محمد عبد الرحمن" (a given name and a compound father's name) is a common
    # pair, no known "محمد عبد الرحمن X"
    doc = ex.extract("وعُيّن أنس خطاب وزيراً للداخلية السورية خلفاً لمحمد عبد الرحمن.", lang="ar")
    assert "person:mohammad-abdul-rahman-turko" not in _people(doc), _people(doc)


# "G الF" (the father's name with the article, Gulf style) after the full "G F X Y"
FATHER_CASES = [
    ("father_short_ar", "ar",
     "حضر اللقاء رئيس الوزراء الكويتي الشيخ ناصر محمد الأحمد الصباح. وكان الأمير قد كلف "
     "الشيخ ناصر المحمد برئاسة الحكومة خلفاً للشيخ صباح الخالد الحمد الصباح."),
    ("father_short_en", "en",
     "The talks were attended by Kuwaiti Prime Minister Sheikh Nasser Mohammad Al-Ahmad "
     "Al-Sabah. Sheikh Nasser Al-Mohammad had succeeded Sheikh Sabah Al-Khalid Al-Hamad "
     "Al-Sabah."),
]


@pytest.mark.parametrize(("name", "lang", "text"), FATHER_CASES, ids=[c[0] for c in FATHER_CASES])
def test_father_short_form_is_the_named_person(ex, name: str, lang: str, text: str) -> None:
    doc = ex.extract(text, lang=lang)
    succ = [r for r in doc["relations"] if r["type"] == "SUCCESSOR_OF"]
    people = _people(doc)
    assert succ and all(r["source"] in people for r in succ), (succ, people)
    # one person for "Nasser Mohammad ..." and "Nasser al-Mohammad"
    assert len([p for p in people if p.startswith("person:nasser")]) == 1, people


def test_father_short_form_without_article_not_linked(ex) -> None:
    # negative: no article on the second word ("Nasser Mohammad" alone is a plain pair,
    # not the Gulf short form): left to the other rules, and two full names with the same
    # first words make no link
    doc = ex.extract("Sheikh Nasser Mohammad Al-Ahmad Al-Sabah and Sheikh Nasser Mohammad "
                     "Al-Khalid met in Kuwait. Sheikh Nasser Al-Mohammad later succeeded Sheikh "
                     "Sabah Al-Khalid Al-Hamad Al-Sabah.", lang="en")
    succ = [r["source"] for r in doc["relations"] if r["type"] == "SUCCESSOR_OF"]
    assert not any(s.endswith(("al-sabah", "al-khalid")) and s.startswith("person:nasser")
                   for s in succ), succ


# "رئيس منظمة X وY <name>": the coordinated word is part of the body's name, the title is
# the person's (not the body met the name)
def test_title_body_with_coordinated_word(ex) -> None:
    doc = ex.extract("وبحث رئيس منظمة الإحصاء والمعلومات سامر منصوري مع وزير المالية العراقي "
                     "علي علاوي سبل التعاون.", lang="ar")
    mw = [(r["source"], r["target"]) for r in doc["relations"] if r["type"] == "MET_WITH"]
    assert mw and all(s.startswith("person:") and t.startswith("person:") for s, t in mw), mw


def test_title_body_then_delegation_not_skipped(ex) -> None:
    # negative: "والوفد المرافق" after the body is no part of its name (no given name next)
    doc = ex.extract("التقى رئيس منظمة الطاقة الذرية والوفد المرافق له الوزير فؤاد حسين في "
                     "بغداد.", lang="ar")
    assert not any("wafd" in p or "المرافق" in p for p in _people(doc)), _people(doc)


# "صاحب السمو الملكي الأمير X": "الملكي" (royal) is no misspelt surname (المالكي)
def test_royal_highness_adjective_no_person(ex) -> None:
    doc = ex.extract("استقبل الرئيس التركي رجب طيب أردوغان في أنقرة صاحب السمو الملكي الأمير "
                     "فيصل بن فرحان وزير الخارجية.", lang="ar")
    assert "person:nouri-al-maliki" not in _people(doc), _people(doc)
    assert_relations(doc, "royal_highness",
                     [MW("person:recep-tayyip-erdogan", "person:faisal-bin-farhan")], [])


def test_maliki_still_read(ex) -> None:
    # negative: the surname itself, written right, is still the person
    doc = ex.extract("والتقى الوزير فؤاد حسين في بغداد رئيس ائتلاف دولة القانون نوري المالكي.",
                     lang="ar")
    assert "person:nouri-al-maliki" in _people(doc), _people(doc)


# "سمو وزير الدفاع سيلتقي X": "سـ" + an imperfect verb after a title is no name
def test_future_verb_after_title_no_person(ex) -> None:
    doc = ex.extract("ولم يُعرف إن كان وزير الخارجية السعودي سيلتقي الرئيس الإيراني مسعود "
                     "بزشكيان.", lang="ar")
    people = _people(doc)
    assert people <= {"person:masoud-pezeshkian", "person:faisal-bin-farhan"}, people


def test_name_starting_with_sin_kept(ex) -> None:
    # negative: a name that begins with "سي" (سيروان) after a title stays a name
    doc = ex.extract("والتقى رئيس الإقليم نيجيرفان بارزاني في أربيل القيادي سيروان بارزاني.",
                     lang="ar")
    assert "person:sirwan-barzani" in _people(doc), _people(doc)


# "Hossein Abdollahian": a known person's given name and surname, the middle part left out
def test_given_and_surname_of_known_three_word_name(ex) -> None:
    doc = ex.extract("Iran's top diplomat, Hossein Abdollahian, held talks with Turkish Foreign "
                     "Minister Hakan Fidan in Ankara.", lang="en")
    assert_relations(doc, "middle_left_out",
                     [MW("person:hossein-amir-abdollahian", "person:hakan-fidan")], [])


def test_other_given_name_with_known_surname_not_linked(ex) -> None:
    # negative: another given name before the surname is another person
    doc = ex.extract("Iranian diplomat Reza Abdollahian held talks with Turkish Foreign "
                     "Minister Hakan Fidan in Ankara.", lang="en")
    assert "person:hossein-amir-abdollahian" not in _people(doc), _people(doc)
