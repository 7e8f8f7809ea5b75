"""Session 41, light coreference of descriptions (topic desc): a title used in place of a name
is the one person the article gave that title, with sentences written for these tests
(invented people and bodies)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import MW, assert_relations

# ---- "رئيس مجلس X" in construct with an unknown body, no name: the one person titled so
# before (desc_construct_titled_ar) ---------------------------------------------------------
CONSTRUCT = [
    ("وكان رئيس مجلس الإنقاذ الفريق نزار العبدالله قد أعلن تشكيل الحكومة الجديدة. وعقب ذلك "
     "عقد رئيس مجلس الإنقاذ اجتماعاً مع سامر الخليل.",
     [MW("person:nizar-al-abdullah", "person:samer-al-khalil")], []),
    # another council's head named between: still the one titled with these words
    ("وكان رئيس مجلس الإنقاذ الفريق نزار العبدالله قد أعلن تشكيل الحكومة الجديدة، وقال رئيس "
     "مجلس الأمناء الدكتور عادل المراد إن الحكومة جاهزة. وعقب ذلك عقد رئيس مجلس الإنقاذ "
     "اجتماعاً مع سامر الخليل.",
     [MW("person:nizar-al-abdullah", "person:samer-al-khalil")],
     [MW("person:adil-al-murat", "person:samer-al-khalil")]),
]

CONSTRUCT_NOT = [
    # two people titled with the same words: either of them, so nobody
    ("وكان رئيس مجلس الإنقاذ الفريق نزار العبدالله قد أعلن تشكيل الحكومة، وكان رئيس مجلس "
     "الإنقاذ السابق عادل المراد قد استقال. وعقب ذلك عقد رئيس مجلس الإنقاذ اجتماعاً مع سامر "
     "الخليل.",
     [MW("person:nizar-al-abdullah", "person:samer-al-khalil"),
      MW("person:adil-al-murat", "person:samer-al-khalil")]),
]

# ---- "رئيس الوزراء" / "the premier": the one person the article gave the office in a
# predicate ("رئيساً لمجلس الوزراء", "as prime minister"; desc_office_predicate) -------------
PM = [
    ("أدى سامر الخليل اليمين الدستورية رئيساً لمجلس الوزراء أمام نزار العبدالله. وعقد رئيس "
     "الوزراء اجتماعاً مع وزير المالية كريم النوري.", "ar",
     [MW("person:karim-al-nouri", "person:samer-al-khalil")],
     [MW("person:karim-al-nouri", "person:nizar-al-abdullah")]),
    ("Salim Haddad was sworn in as prime minister before Nizar Karam on Monday. Analyst Omar "
     "Fadel said the choice was expected. Later the premier met Finance Minister Karim Nouri.",
     "en",
     [MW("person:karim-nouri", "person:salim-haddad")],
     [MW("person:karim-nouri", "person:nizar-karam")]),
]

PM_NOT = [
    # two people given the office: no guess between them
    ("أدى سامر الخليل اليمين الدستورية رئيساً لمجلس الوزراء أمام نزار العبدالله، بعد أن تولى "
     "عادل المراد رئاسة الحكومة عاماً. وعقد رئيس الوزراء اجتماعاً مع وزير المالية كريم "
     "النوري.", "ar",
     [MW("person:karim-al-nouri", "person:samer-al-khalil")]),
]

# ---- Arabic "الرئيس الإيراني": a president, not the minister of that country named last
# (desc_office_predicate.ar_president_office; "نظيره الإيراني X" may be him) ----------------
PRESIDENT = [
    ("استقبل الرئيس التركي رجب طيب أردوغان في أنقرة نظيره الإيراني مسعود بزشكيان. وحضر "
     "المحادثات وزير الخارجية الإيراني عباس عراقجي. وفي المساء استقبل رئيس البرلمان التركي "
     "نعمان قورتولموش الرئيس الإيراني في مكتبه.",
     [MW("person:masoud-pezeshkian", "person:numan-kurtulmus")],
     [MW("person:abbas-araghchi", "person:numan-kurtulmus")]),
]

PRESIDENT_NOT = [
    # only the foreign minister named before: no president to refer to
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى أنقرة صباح اليوم. وفي المساء استقبل رئيس "
     "البرلمان التركي نعمان قورتولموش الرئيس الإيراني في مكتبه.",
     [MW("person:abbas-araghchi", "person:numan-kurtulmus")]),
]

# ---- English "the top Iranian diplomat": a rank and a nationality between "the" and the title
# (desc_top_national_en: only a person known to be of that nationality) -------------------
TOP_NATIONAL = [
    ("Iranian Foreign Minister Abbas Araghchi arrived in Beirut on Friday. At the airport, the "
     "top Iranian diplomat was received by Lebanese Labor Minister Salim Haddad.",
     [MW("person:abbas-araghchi", "person:salim-haddad")], []),
]

TOP_NATIONAL_NOT = [
    # another nationality: not the Iranian named before
    ("Iranian Foreign Minister Abbas Araghchi arrived in Beirut on Friday. At the airport, the "
     "top Turkish diplomat was received by Lebanese Labor Minister Salim Haddad.",
     [MW("person:abbas-araghchi", "person:salim-haddad")]),
]

# texts cut right after the cue words (no index past the end)
CUT = [
    ("وكان رئيس مجلس الإنقاذ الفريق نزار العبدالله قد أعلن تشكيل الحكومة. وعقد رئيس مجلس "
     "الإنقاذ", "ar"),
    ("وكان رئيس مجلس الإنقاذ الفريق نزار العبدالله قد أعلن. وعقد رئيس", "ar"),
    ("أدى سامر الخليل اليمين رئيساً", "ar"),
    ("أدى سامر الخليل اليمين رئيساً لمجلس", "ar"),
    ("أدى سامر الخليل اليمين رئيساً للوزراء. والتقى رئيس الوزراء", "ar"),
    ("سامر الخليل، رئيس", "ar"),
    ("استقبل نعمان قورتولموش الرئيس", "ar"),
    ("استقبل نعمان قورتولموش نظيره", "ar"),
    ("Salim Haddad was sworn in as", "en"),
    ("Abbas Araghchi arrived. Later the top Iranian", "en"),
    ("Abbas Araghchi met the Minister of Public Works", "en"),
    ("Salim Haddad was sworn in as the new", "en"),
    ("Salim Haddad was sworn in as prime. The premier", "en"),
]


@pytest.mark.parametrize(("text", "must", "must_not"), CONSTRUCT)
def test_construct_title(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), CONSTRUCT_NOT)
def test_construct_title_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), PM)
def test_pm_predicate(ex: Any, text: str, lang: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "lang", "must_not"), PM_NOT)
def test_pm_predicate_negative(ex: Any, text: str, lang: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:50], [], must_not)


@pytest.mark.parametrize(("text", "must", "must_not"), PRESIDENT)
def test_ar_president(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), PRESIDENT_NOT)
def test_ar_president_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)


@pytest.mark.parametrize(("text", "lang"), CUT)
def test_cut_after_cue(ex: Any, text: str, lang: str) -> None:
    ex.extract(text, lang=lang)


@pytest.mark.parametrize(("text", "must", "must_not"), TOP_NATIONAL)
def test_top_national(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), TOP_NATIONAL_NOT)
def test_top_national_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:50], [], must_not)


def test_portfolio_run_no_person(ex: Any) -> None:
    """"Minister of Public Works and Transport X": the portfolio's words make no person."""
    text = "Abbas Araghchi met Lebanon's Minister of Public Works and Transport Salim Haddad."
    out = ex.extract(text, lang="en")
    assert "person:public-works" not in {e["id"] for e in out["entities"]}
    assert_relations(out, text[:50], [], [MW("person:abbas-araghchi", "person:public-works")])
