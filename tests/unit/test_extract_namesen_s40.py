"""Session 40, the entity layer of English pieces (and one lead in both languages).

generic_group_bodies: a generic group word ("armed factions", "militia leaders",
"الفصائل") is no side of a meeting without a country word qualifying it."""

from __future__ import annotations

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import relation_pairs

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


# lone_given_en: a lone given name of a person named in full before


def _rels(ex: RuleExtractor, text: str, typ: str) -> set[tuple[str, str]]:
    return relation_pairs(ex, text, typ, "en")


def _ids_of(ex: RuleExtractor, text: str, word: str) -> set[str]:
    out = ex.extract(text, lang="en")
    return {e["id"] for e in out["entities"]
            if any(text[p:q] == word for p, q in e.get("mentions", []))}


def test_lone_given_name_opens_sentence(ex: RuleExtractor) -> None:
    text = ("Druze leader Walid Jumblatt came with his son Taymour Jumblatt, who heads the "
            "party. Taymour took over from his father as party chief in 2023.")
    assert ("person:taymour-jumblatt", "person:walid-jumblatt") in _rels(ex, text, "SUCCESSOR_OF")


def test_lone_given_name_after_by(ex: RuleExtractor) -> None:
    text = ("Ethiopian Prime Minister Abiy Ahmed flew to the coast on Monday. The deal was "
            "signed by Abiy and Muse Bihi Abdi in Addis Ababa.")
    pairs = _rels(ex, text, "MET_WITH")
    assert any("person:abiy-ahmed" in p and any("bihi" in x for x in p) for p in pairs)


def test_lone_given_name_after_from(ex: RuleExtractor) -> None:
    text = ("The first envoy was Brunei's minister Erywan Yusof. A year later Prak Sokhonn "
            "took over the envoy's role from Erywan.")
    assert _ids_of(ex, text, "Erywan") == {"person:erywan-yusof"}


def test_given_name_of_two_people_stays_unlinked(ex: RuleExtractor) -> None:
    text = ("Taymour Jumblatt and Taymour Kassem spoke in Beirut. The deal was signed by "
            "Taymour and Nabih Berri.")
    assert not _ids_of(ex, text, "Taymour") & {"person:taymour-jumblatt", "person:timur-qasem"}


def test_given_name_that_is_another_persons_surname(ex: RuleExtractor) -> None:
    text = ("Erywan Yusof was the first envoy. Hamid Erywan, a lawyer, then met Prak Sokhonn, "
            "and Erywan said the talks went well.")
    assert "person:erywan-yusof" not in _ids_of(ex, text, "Erywan")


def test_text_ends_after_lone_given_name(ex: RuleExtractor) -> None:
    ex.extract("Walid Jumblatt came with Taymour Jumblatt. The deal was signed by Taymour",
               lang="en")


# succession_apposed_en: "K picks X, <apposition naming Z>, to succeed Y"


def test_to_succeed_after_apposition_naming_someone(ex: RuleExtractor) -> None:
    text = ("Hakimullah Mehsud was killed in a drone strike. The council then chose Mullah "
            "Fazlullah, the commander behind the 2012 attack on Malala Yousafzai, to succeed "
            "Hakimullah.")
    pairs = _rels(ex, text, "SUCCESSOR_OF")
    assert not any("malala" in s for s, _ in pairs)
    assert any("fazlullah" in s and o == "person:hakimullah-mehsud" for s, o in pairs)


def test_to_succeed_after_a_clause_keeps_nearest(ex: RuleExtractor) -> None:
    text = ("The council met Mullah Fazlullah, and Malala Yousafzai was chosen, to succeed "
            "Hakimullah Mehsud.")
    pairs = _rels(ex, text, "SUCCESSOR_OF")
    assert not any("fazlullah" in s for s, _ in pairs)


def test_text_ends_after_apposition_comma(ex: RuleExtractor) -> None:
    ex.extract("The council chose Mullah Fazlullah, the commander behind the attack on "
               "Malala Yousafzai, to", lang="en")


# person_names._en_full_name: a hyphenated given name is one word


def test_bare_surname_after_hyphenated_given_name(ex: RuleExtractor) -> None:
    text = ("Senate speaker Kassym-Jomart Tokayev was sworn in as president; Dariga "
            "Nazarbayeva succeeds Tokayev as speaker of the Senate.")
    pairs = _rels(ex, text, "SUCCESSOR_OF")
    assert any("nazarbayeva" in s and o == "person:kassym-jomart-tokayev" for s, o in pairs)
    assert "person:jomart-tokayev" not in {e["id"] for e in ex.extract(text, lang="en")["entities"]}


def test_lower_case_compound_is_no_given_name(ex: RuleExtractor) -> None:
    text = ("Crowds at a pro-government Tokayev rally cheered in Astana; Dariga Nazarbayeva "
            "later succeeded Tokayev as speaker.")
    ids = {e["id"] for e in ex.extract(text, lang="en")["entities"]}
    assert not any("pro-" in x or "government" in x for x in ids if x.startswith("person:"))


def test_definite_title_word_is_no_given_name(ex: RuleExtractor) -> None:
    text = ("Commander Sultan Hashim Ahmad met the envoy in Mosul on Monday. The delegation "
            "later met the Sultan of Oman.")
    assert "person:sultan-hashem-ahmad" not in _ids_of(ex, text, "Sultan")
