"""Session 72 (attendees72): people received or met together, and "all of whom had met X".

- "A, B and C, all / both of whom had met X" (also "held talks with X", "had been received by
  X"): each listed person met X; the list is not paired within itself ("each met X, maybe
  alone"), unless it is the company of one appearance ("flanked by A, B and C, all of whom
  had met the general": all pairs, "the general" being the general the sentence named)
  (``meeting_of_whom_en.of_whom_met_en``). "none / neither of whom had met X": no pair with X
  nor inside the list; "all of whom will meet X": nothing.
- "X, flanked by A, B and C, ..." / "X, who was flanked by A and B" / "X announced it ...,
  flanked by A and B": X and the flankers met each other in a sentence telling a meeting
  (``meeting_flanked_en``), and "talks with X, who was flanked by A" pairs A with X's partner;
  "X, flanked by A and B, held talks with Z" keeps X-Z; one flanker ("X, flanked by A, met
  Z") stays unpaired, as before; "X will appear ..., flanked by A" and a news
  conference: nothing.
- "H received / hosted / welcomed A, B and C": three or more guests listed right after the
  verb met each other (``meeting_hosted_guests.three_guests_en``); two guests ("received A and
  B") stay unpaired, as do guests received apart ("separately", "in turn", "then"), a passive
  list of hosts, a planned or negated reception, letters received, condolence visits in a
  mourning period. Arabic «استقبل H A وB وC»
  stays unpaired: the dev gold pairs such co-objects less often (bench/co_guest_shapes_count.py).
"""

import itertools

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

EKLUND, DE_WIT, VARGA = "person:lars-eklund", "person:pieter-de-wit", "person:tomas-varga"
HUSSEIN, QABOOS, HAITHAM = ("person:hussein-bin-talal", "person:qaboos-bin-said",
                            "person:haitham-bin-tariq")
LACROIX, BRATTSKAR, MENSAH = ("person:jean-pierre-lacroix", "person:hans-brattskar",
                              "person:kofi-mensah")
MANSOUR, HADDAD, KARIMI, TOUMA = ("person:khaled-mansour", "person:samir-haddad",
                                  "person:yusuf-karimi", "person:elias-touma")
KADHIMI, RIFAI = "person:mustafa-al-kadhimi", "person:zaid-al-rifai"
BLINKEN, SAFADI, SHOUKRY, FAISAL = ("person:antony-blinken", "person:ayman-safadi",
                                    "person:sameh-shoukry", "person:faisal-bin-farhan")
ABDULLAH, MIKATI, SISI = "person:abdullah-ii", "person:najib-mikati", "person:abdel-fattah-el-sisi"
ENVOYS = (EKLUND, DE_WIT, VARGA)
MBS, JUBEIR, KBS = ("person:mohammed-bin-salman", "person:adel-al-jubeir",
                    "person:khalid-bin-salman")
ALBUSAIDI, SHIHAB = "person:badr-albusaidi", "person:shihab-bin-tarik"


def _all_pairs(*ids: str) -> set[tuple[str, str]]:
    return {_pair(a, b) for a, b in itertools.combinations(ids, 2)}


# -- "all / both of whom had met X" ------------------------------------------------------

@pytest.mark.parametrize("text, listed, partner", [
    ("The foreign ministers, Lars Eklund and Pieter de Wit, both of whom had met King Hussein "
     "the previous week, left Amman on Tuesday.", (EKLUND, DE_WIT), HUSSEIN),
    ("Three envoys, Jean-Pierre Lacroix, Hans Brattskar and Kofi Mensah, all of whom had met "
     "Sultan Qaboos bin Said, left Muscat on Wednesday.", (LACROIX, BRATTSKAR, MENSAH), QABOOS),
    ("Swedish diplomat Lars Eklund and Dutch diplomat Pieter de Wit, both of whom held talks "
     "with Iraqi Prime Minister Mustafa al-Kadhimi last year, returned to Baghdad on Sunday.",
     (EKLUND, DE_WIT), KADHIMI),
    ("The mediators, Lars Eklund and Pieter de Wit, both of whom had met King Hussein "
     "separately, left Amman on Tuesday.", (EKLUND, DE_WIT), HUSSEIN),
])
def test_each_listed_met_the_partner_not_each_other(shipped, text, listed, partner):
    met = _met(shipped, text, "en")
    assert {_pair(p, partner) for p in listed} <= met
    assert not _all_pairs(*listed) & met


def test_flanked_by_those_who_had_met_the_general(shipped):
    text = ("Army chief General Khalid Mansour announced the decision on television on "
            "Monday, flanked by opposition leader Samir Haddad, the Grand Mufti Yusuf Karimi "
            "and Archbishop Elias Touma, all of whom had met the general earlier in the day.")
    assert _all_pairs(MANSOUR, HADDAD, KARIMI, TOUMA) <= _met(shipped, text, "en")


def test_none_of_whom_had_met(shipped):
    text = ("The mediators, Lars Eklund, Pieter de Wit and Tomas Varga, none of whom had met "
            "Sultan Qaboos bin Said, left Muscat on Wednesday.")
    assert not _met(shipped, text, "en")


def test_neither_of_whom_keeps_the_main_meeting(shipped):
    text = ("The mediators, Lars Eklund and Pieter de Wit, neither of whom had met King "
            "Hussein, held talks with Prime Minister Zaid al-Rifai on Tuesday.")
    met = _met(shipped, text, "en")
    assert {_pair(EKLUND, RIFAI), _pair(DE_WIT, RIFAI)} <= met
    assert not {_pair(EKLUND, HUSSEIN), _pair(DE_WIT, HUSSEIN), _pair(EKLUND, DE_WIT)} & met


def test_two_of_three_not_said_which(rules_only):
    text = ("The mediators, Lars Eklund, Pieter de Wit and Tomas Varga, two of whom had met "
            "King Hussein before, arrived in Amman on Tuesday.")
    met = _met(rules_only, text, "en")
    assert _pair(EKLUND, HUSSEIN) not in met
    assert not _all_pairs(*ENVOYS) & met


def test_all_of_whom_will_meet(shipped):
    text = ("The mediators, Lars Eklund and Pieter de Wit, both of whom will meet King Hussein "
            "next week, arrived in Amman on Tuesday.")
    assert not _met(shipped, text, "en")


# -- flanked by ------------------------------------------------------------------------

@pytest.mark.parametrize("text, people", [
    ("Army chief General Khalid Mansour announced the decision after a meeting on Monday, "
     "flanked by opposition leader Samir Haddad, the Grand Mufti Yusuf Karimi and Archbishop "
     "Elias Touma.", (MANSOUR, HADDAD, KARIMI, TOUMA)),
    ("Pompeo then held talks with Crown Prince Mohammed bin Salman, who was flanked by Foreign "
     "Minister Adel al-Jubeir and Prince Khalid bin Salman, the Saudi ambassador to "
     "Washington.", (MBS, JUBEIR, KBS)),
    ("Sultan Haitham bin Tariq, flanked by Sayyid Badr Albusaidi and Sayyid Shihab bin Tarik, "
     "received Swedish envoy Lars Eklund on Monday.", (HAITHAM, ALBUSAIDI, SHIHAB)),
])
def test_flanked_met_each_other(shipped, text, people):
    assert _all_pairs(*people) <= _met(shipped, text, "en")


def test_flanked_subject_keeps_his_talks(shipped):
    text = ("President Adly Mansour, flanked by the Grand Imam of al-Azhar Ahmed al-Tayeb and "
            "Coptic Pope Tawadros II, held talks with Sudanese President Omar al-Bashir at the "
            "Ittihadiya palace.")
    tayeb, pope = "person:ahmed-al-tayeb", "person:tawadros-ii"
    assert _all_pairs("person:adly-mansour", tayeb, pope) | {
        _pair("person:adly-mansour", "person:omar-al-bashir")} <= _met(shipped, text, "en")


def test_one_flanker_stays_apart(rules_only):
    text = ("Prime Minister Lars Eklund, flanked by his deputy Pieter de Wit, met President "
            "Tomas Varga in Budapest.")
    met = _met(rules_only, text, "en")
    assert _pair(EKLUND, VARGA) in met
    assert not {_pair(EKLUND, DE_WIT), _pair(DE_WIT, VARGA)} & met


def test_flanked_at_a_news_conference(shipped):
    text = ("Prime Minister Lars Eklund announced the agreement at a news conference in "
            "Stockholm, flanked by his deputy Pieter de Wit and Interior Minister Tomas Varga.")
    assert not _all_pairs(*ENVOYS) & _met(shipped, text, "en")


def test_talks_with_the_flanked(shipped):
    text = ("Pompeo then held talks with Crown Prince Mohammed bin Salman, who was flanked by "
            "Foreign Minister Adel al-Jubeir and Prince Khalid bin Salman.")
    pompeo = "person:mike-pompeo"
    assert {_pair(pompeo, MBS), _pair(pompeo, JUBEIR), _pair(pompeo, KBS)} <= _met(
        shipped, text, "en")


def test_flanked_planned_appearance(shipped):
    text = ("Prime Minister Lars Eklund will appear on television on Monday, flanked by his "
            "deputy Pieter de Wit and Interior Minister Tomas Varga.")
    assert not _met(shipped, text, "en")


# -- three guests received together ------------------------------------------------------

@pytest.mark.parametrize("text, guests, host", [
    ("Sultan Haitham bin Tariq received Swedish envoy Lars Eklund, Dutch envoy Pieter de Wit "
     "and Hungarian envoy Tomas Varga at Al Alam Palace on Monday.", ENVOYS, HAITHAM),
    ("Secretary of State Antony Blinken hosted Jordan's Ayman Safadi, Egypt's Sameh Shoukry "
     "and Saudi Foreign Minister Prince Faisal bin Farhan at the State Department on "
     "Thursday.", (SAFADI, SHOUKRY, FAISAL), BLINKEN),
    ("King Abdullah II welcomed Lebanese Prime Minister Najib Mikati, Iraqi Prime Minister "
     "Mustafa al-Kadhimi and Egyptian President Abdel Fattah al-Sisi to the palace in Amman "
     "on Sunday.", (MIKATI, KADHIMI, SISI), ABDULLAH),
])
def test_three_guests_received_together(shipped, text, guests, host):
    assert _all_pairs(host, *guests) <= _met(shipped, text, "en")


@pytest.mark.parametrize("text", [
    "Sultan Haitham bin Tariq received Swedish envoy Lars Eklund, Dutch envoy Pieter de Wit "
    "and Hungarian envoy Tomas Varga separately at Al Alam Palace on Monday.",
    "Sultan Haitham bin Tariq received Swedish envoy Lars Eklund, Dutch envoy Pieter de Wit "
    "and Hungarian envoy Tomas Varga in turn at Al Alam Palace on Monday.",
    "Sultan Haitham bin Tariq received Swedish envoy Lars Eklund, then Dutch envoy Pieter de "
    "Wit and Hungarian envoy Tomas Varga at Al Alam Palace on Monday.",
    "Sultan Haitham bin Tariq received Swedish envoy Lars Eklund and Dutch envoy Pieter de Wit "
    "at Al Alam Palace on Monday.",
    "Sultan Haitham bin Tariq will receive Swedish envoy Lars Eklund, Dutch envoy Pieter de "
    "Wit and Hungarian envoy Tomas Varga at Al Alam Palace next week.",
    "Sultan Haitham bin Tariq did not receive Swedish envoy Lars Eklund, Dutch envoy Pieter de "
    "Wit or Hungarian envoy Tomas Varga on Monday.",
    "Sultan Haitham bin Tariq received letters from Swedish envoy Lars Eklund, Dutch envoy "
    "Pieter de Wit and Hungarian envoy Tomas Varga on Monday.",
    "During the mourning period Sultan Haitham bin Tariq received Swedish envoy Lars Eklund, "
    "Dutch envoy Pieter de Wit and Hungarian envoy Tomas Varga at Al Alam Palace.",
])
def test_guests_not_received_together(shipped, text):
    assert not _all_pairs(*ENVOYS) & _met(shipped, text, "en")


def test_passive_hosts_not_paired(shipped):
    text = ("Swedish envoy Lars Eklund was received by Sultan Haitham bin Tariq, Sayyid Badr "
            "Albusaidi and Sayyid Shihab bin Tarik at Al Alam Palace on Monday.")
    met = _met(shipped, text, "en")
    assert _pair(EKLUND, HAITHAM) in met
    assert _pair(HAITHAM, "person:badr-albusaidi") not in met


def test_arabic_co_objects_stay_apart(shipped):
    text = ("استقبل السلطان هيثم بن طارق المبعوث السويدي لارس إكلوند والمبعوث الهولندي بيتر "
            "دي فيت والمبعوث المجري توماس فارغا في قصر العلم.")
    met = _met(shipped, text, "ar")
    assert _pair(HAITHAM, EKLUND) in met
    assert _pair(EKLUND, "person:thomas-farga") not in met
