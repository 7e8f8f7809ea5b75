"""Session 40, the entity layer of English pieces (and one lead in both languages).

generic_group_bodies: a generic group word ("armed factions", "militia leaders",
"الفصائل") is no side of a meeting without a country word qualifying it."""

from __future__ import annotations

import pytest

from loaders.extract.rules import RuleExtractor

BODY = "organization:iran-backed-militias"


@pytest.fixture(scope="module")
def ex() -> RuleExtractor:
    return RuleExtractor()


def _met(ex: RuleExtractor, text: str, lang: str) -> set[tuple[str, str]]:
    out = ex.extract(text, lang=lang)
    return {(r["source"], r["target"]) for r in out["relations"] if r["type"] == "MET_WITH"}


def _with_body(pairs: set[tuple[str, str]]) -> bool:
    return any(BODY in p for p in pairs)


def test_unqualified_factions_no_meeting_en(ex: RuleExtractor) -> None:
    text = ("Iran's Quds Force commander Esmail Qaani travelled to Baghdad on Friday and held "
            "talks with leaders of Shiite factions that fared badly in the vote.")
    assert not _with_body(_met(ex, text, "en"))


def test_quantified_factions_no_meeting_en(ex: RuleExtractor) -> None:
    text = ("Iraqi Prime Minister Mohammed Shia al-Sudani met leaders of several Iraqi armed "
            "factions at his office on Monday.")
    assert not _with_body(_met(ex, text, "en"))


def test_militia_leaders_no_meeting_en(ex: RuleExtractor) -> None:
    text = ("Days before the raid, Esmail Qaani met in Baghdad with militia leaders, two "
            "officials said.")
    assert not _with_body(_met(ex, text, "en"))


def test_unqualified_factions_no_meeting_ar(ex: RuleExtractor) -> None:
    text = "وعقد إسماعيل قاآني في بغداد سلسلة لقاءات مع قادة فصائل المقاومة يوم الأحد."
    assert not _with_body(_met(ex, text, "ar"))


def test_qualified_factions_still_met_en(ex: RuleExtractor) -> None:
    text = ("Esmail Qaani made a surprise trip to Baghdad on Wednesday and met leaders of "
            "Iran-backed armed factions, officials said.")
    assert _with_body(_met(ex, text, "en"))


def test_qualified_factions_still_met_ar(ex: RuleExtractor) -> None:
    text = "والتقى إسماعيل قاآني في بغداد قادة فصائل مسلحة موالية لإيران مساء الثلاثاء."
    assert _with_body(_met(ex, text, "ar"))


def test_table_after_unqualified_factions_keeps_people(ex: RuleExtractor) -> None:
    text = ("Iraqi Prime Minister Mohammed Shia al-Sudani met leaders of several armed factions "
            "in Baghdad on Sunday. Around the table were Hadi al-Amiri, who heads the Badr "
            "Organization, and Qais al-Khazali, the officials said.")
    pairs = _met(ex, text, "en")
    assert not _with_body(pairs)
    assert ("person:hadi-al-amiri", "person:mohammed-shia-al-sudani") in pairs


def test_text_ends_after_group_word(ex: RuleExtractor) -> None:
    for text, lang in (("Esmail Qaani met several armed factions", "en"),
                       ("Esmail Qaani met factions", "en"),
                       ("التقى إسماعيل قاآني الفصائل", "ar")):
        ex.extract(text, lang=lang)


def test_qualifier_after_adjectives_ar(ex: RuleExtractor) -> None:
    text = "وقال المصدر إن قاآني اجتمع في بغداد بزعماء مليشيات مسلحة مختلفة مدعومة من إيران."
    assert _with_body(_met(ex, text, "ar"))
