"""Session 41, the English entity layer behind core misses.

hyphen_given_left: a compound given name joined by a hyphen stays whole before a known
surname ("Abdul-Amir Rasheed Yarallah", not "Abdul-" and "Amir Rasheed Yarallah"), and a
lower-case article glued to a hyphen inside a capitalised run ("Izz ad-Din Haddad", not
"Din Haddad") belongs to the name."""

from __future__ import annotations

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import met_pairs as _met


@pytest.fixture(scope="module")
def ex() -> RuleExtractor:
    return RuleExtractor()


def _out(ex: RuleExtractor, text: str) -> dict:
    return ex.extract(text, lang="en")


def _spans(out: dict, text: str) -> dict[str, list[str]]:
    return {e["id"]: [text[a:b] for a, b in e["mentions"]] for e in out["entities"]}


def test_hyphen_given_name_before_known_surname(ex: RuleExtractor) -> None:
    text = ("General Mark Milley sat down with Abdul-Amir Rasheed Yarallah in Baghdad on "
            "Tuesday.")
    out = _out(ex, text)
    assert frozenset(("person:mark-milley", "person:abdul-amir-yarallah")) in _met(out)
    assert "person:abdul" not in _spans(out, text)


def test_hyphen_given_name_after_title_and_headline(ex: RuleExtractor) -> None:
    text = ("Army chief hosts German envoy\n"
            "Lt. Gen. Abdul-Amir Rasheed Yarallah received the German envoy Volker Perthes "
            "at his office in Baghdad on Monday.")
    out = _out(ex, text)
    spans = _spans(out, text)
    assert "person:abdul" not in spans
    assert frozenset(("person:abdul-amir-yarallah", "person:volker-perthes")) in _met(out)


def test_article_inside_given_name_known(ex: RuleExtractor) -> None:
    text = "Israeli officials said Izz ad-Din Haddad met Mohammed Sinwar weeks before the strike."
    out = _out(ex, text)
    spans = _spans(out, text)
    assert spans.get("person:izz-al-din-al-haddad") == ["Izz ad-Din Haddad"]
    assert frozenset(("person:izz-al-din-al-haddad", "person:mohammed-sinwar")) in _met(out)


def test_article_inside_given_name_unknown(ex: RuleExtractor) -> None:
    text = "Nur ud-Din Karimov met Recep Tayyip Erdogan in Ankara on Friday."
    out = _out(ex, text)
    people = [s for eid, ss in _spans(out, text).items() if eid.startswith("person:")
              for s in ss]
    assert "Nur ud-Din Karimov" in people
    assert len(_met(out)) == 1


def test_no_meeting_near_miss(ex: RuleExtractor) -> None:
    text = ("Supporters of Abdul-Amir Rasheed Yarallah protested while Mark Milley was in "
            "Washington.")
    out = _out(ex, text)
    assert "person:abdul" not in _spans(out, text)
    assert not _met(out)


def test_no_meeting_article_near_miss(ex: RuleExtractor) -> None:
    text = ("Izz ad-Din Haddad was in Gaza while Mohammed Sinwar, his rival, stayed in "
            "Khan Younis.")
    assert not _met(_out(ex, text))


@pytest.mark.parametrize("text", ["Erdogan held talks with Abdul-", "Erdogan held talks with Izz ad-",
                                  "Erdogan held talks with Izz ad", "Talks with Abdul-Amir"])
def test_cut_after_cue(ex: RuleExtractor, text: str) -> None:
    _out(ex, text)  # no IndexError


# one_word_person: a one-word first mention (headline) before the full name


def test_headline_surname_then_full_name(ex: RuleExtractor) -> None:
    text = ("UN envoy Kessler arrives in Juba\n"
            "The UN envoy Marta Kessler arrived in Juba on Monday. Kessler later held talks "
            "with Salva Kiir at the presidential palace.")
    out = _out(ex, text)
    spans = _spans(out, text)
    kessler = next(eid for eid, ss in spans.items() if "Marta Kessler" in ss)
    assert spans[kessler].count("Kessler") >= 2
    assert frozenset((kessler, "person:salva-kiir")) in _met(out)


def test_headline_surname_two_full_names_stays_ambiguous(ex: RuleExtractor) -> None:
    text = ("Protests after Novak speech\n"
            "Marek Novak and Ilona Novak spoke in Prague on Monday. Novak later held talks "
            "with Salva Kiir at the castle.")
    assert not _met(_out(ex, text))


# guarded_title: the state's own name written after the titled ambiguous name


def test_titled_ambiguous_name_state_named_later(ex: RuleExtractor) -> None:
    text = ("Prime Minister Mohammad Mustafa met Badr Abdelatty in Cairo on Sunday to discuss "
            "aid to the State of Palestine.")
    out = _out(ex, text)
    assert frozenset(("person:mohammad-mustafa", "person:badr-abdelatty")) in _met(out)


def test_titled_ambiguous_name_other_state(ex: RuleExtractor) -> None:
    text = ("Prime Minister Mohammad Mustafa met Badr Abdelatty in Cairo on Sunday to discuss "
            "trade with the Kingdom of Morocco.")
    out = _out(ex, text)
    assert "person:mohammad-mustafa" not in _spans(out, text)



# not_person_runs_en.all_capitals: a run in capitals (dateline, heading) is no new person


def _people(out: dict, text: str) -> list[str]:
    return [s for eid, ss in _spans(out, text).items() if eid.startswith("person:") for s in ss]


def test_capitals_dateline_is_no_person(ex: RuleExtractor) -> None:
    text = ("Envoy in Darfur talks\n"
            "EL-FASHER, June 2, 2025 (SUNA) - Envoy Volker Perthes and Governor Minni Minnawi "
            "on Sunday toured a camp outside the city.")
    out = _out(ex, text)
    assert "EL-FASHER" not in _people(out, text)
    assert not any("fasher" in eid for pair in _met(out) for eid in pair)


def test_capitals_heading_is_no_person(ex: RuleExtractor) -> None:
    text = ("SUDAN MONTHLY DIGEST, JUNE EDITION\n"
            "Volker Perthes met Minni Minnawi in Port Sudan on Sunday.")
    out = _out(ex, text)
    people = _people(out, text)
    assert not any(p.isupper() for p in people)
    assert len(_met(out)) == 1


def test_capitals_no_meeting_near_miss(ex: RuleExtractor) -> None:
    text = ("EL-FASHER, June 2 - Volker Perthes stayed in Port Sudan while Minni Minnawi "
            "spoke in Tawila.")
    assert not _met(_out(ex, text))
