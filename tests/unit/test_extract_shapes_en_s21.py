"""Session 21 (shapeen): English sentence shapes of the three core relations that the probe
``bench/probe_shapes_en.py`` found unread, each with a case not to read."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, MW, SO, assert_relations

OCHIENG = "person:daniel-ochieng"
KIBET = "person:robert-kibet"

# ---- an unknown outgoing holder opening a succession's sentence -----------------------------
OPENING_OLD = [
    ("Robert Kibet's successor, Daniel Ochieng, promised to continue his policies.",
     [SO(OCHIENG, KIBET)], []),
    ("Robert Kibet's replacement, Daniel Ochieng, is expected to take office next week.",
     [SO(OCHIENG, KIBET)], []),
    ("Robert Kibet stepped down on Monday and was replaced by Daniel Ochieng.",
     [SO(OCHIENG, KIBET)], []),
    ("Robert Kibet handed power to Daniel Ochieng at a ceremony on Sunday.",
     [SO(OCHIENG, KIBET)], []),
    ("Daniel Ochieng takes over from Robert Kibet, who resigned last week.",
     [SO(OCHIENG, KIBET)], []),
    ("Daniel Ochieng inherited the post from Robert Kibet in 2022.", [SO(OCHIENG, KIBET)], []),
    # a letter handed, a resignation and another man's comment: no succession
    ("Robert Kibet handed a letter to Daniel Ochieng at a ceremony on Sunday.",
     [], [SO(OCHIENG, KIBET)]),
    ("Robert Kibet stepped down on Monday; Daniel Ochieng called it a loss.",
     [], [SO(OCHIENG, KIBET)]),
]


# ---- the armed men of a named body as the subject of a phrasal killing verb ------------------
HADDAD = "person:omar-haddad"
IS = "organization:islamic-state"
ARMED_MEN = [
    ("Islamic State gunmen gunned down Omar Haddad at a checkpoint near Mosul.",
     [AB(HADDAD, IS)], []),
    ("State media reported that Islamic State gunmen had shot dead Omar Haddad in Mosul.",
     [AB(HADDAD, IS)], []),
    # the body is the object of another subject's participle, or the gunmen are unknown
    ("Soldiers fighting Islamic State militants shot dead Omar Haddad.", [], [AB(HADDAD, IS)]),
    ("Witnesses said unknown gunmen shot dead Omar Haddad, and Islamic State denied it.",
     [], [AB(HADDAD, IS)]),
]


# ---- what a speaker said after or during talks: its modal is the report's --------------------
TAMM = "person:kaarel-tamm"
CHIRWA = "person:tamanda-chirwa"
_A = "Estonian Foreign Minister Kaarel Tamm"
_B = "Malawian Finance Minister Tamanda Chirwa"
REPORTED = [
    (f"{_A} said after talks with {_B} that the two countries would reopen the border.",
     [MW(TAMM, CHIRWA)], []),
    (f"After meeting {_B} in Manama, {_A} said relations would improve.",
     [MW(TAMM, CHIRWA)], []),
    (f"{_A} told reporters after meeting {_B} that a deal could be reached soon.",
     [MW(TAMM, CHIRWA)], []),
    (f"{_A} stressed during talks with {_B} in Oslo that he would not back down.",
     [MW(TAMM, CHIRWA)], []),
    (f"Speaking to reporters after talks with {_B}, {_A} said the border would reopen.",
     [MW(TAMM, CHIRWA)], []),
    # the meeting itself is what the modal governs, or a call, or a wish
    (f"{_A} said talks with {_B} would resume next week.", [], [MW(TAMM, CHIRWA)]),
    (f"{_A} said that a meeting with {_B} could take place soon.", [], [MW(TAMM, CHIRWA)]),
    (f"{_A} said he hoped to hold talks with {_B} that would end the crisis.",
     [], [MW(TAMM, CHIRWA)]),
    (f"Speaking after a phone call with {_B}, {_A} said the two sides agreed.",
     [], [MW(TAMM, CHIRWA)]),
    (f"Speaking ahead of talks with {_B}, {_A} said the two sides would agree.",
     [], [MW(TAMM, CHIRWA)]),
]


# ---- a raid that killed: "stormed", "ambushed" as the strike verbs ----------------------------
RAHIMI = "person:abdul-wali-rahimi"
TALIBAN = "organization:taliban"
STORMED = [
    ("Abdul Wali Rahimi was killed when Taliban fighters stormed his compound in Kunduz.",
     [AB(RAHIMI, TALIBAN)], []),
    ("Taliban fighters stormed a compound in Kunduz, killing Abdul Wali Rahimi.",
     [AB(RAHIMI, TALIBAN)], []),
    ("Taliban fighters ambushed a convoy near Kunduz, killing Abdul Wali Rahimi.",
     [AB(RAHIMI, TALIBAN)], []),
    # a crowd with no side, and the Taliban as the place stormed: no agent
    ("Protesters stormed a Taliban office in Kunduz, killing Abdul Wali Rahimi.",
     [], [AB(RAHIMI, TALIBAN)]),
]


# ---- a killing told without its agent, claimed in the next clause or sentence ---------------
CLAIMED_NEXT = [
    ("Omar Haddad was killed in Mosul on Monday. Islamic State claimed responsibility for the "
     "attack.", [AB(HADDAD, IS)], []),
    ("Omar Haddad was killed in a bombing in Mosul on Monday, and Islamic State claimed "
     "responsibility.", [AB(HADDAD, IS)], []),
    ("A car bomb killed Omar Haddad in Mosul. Islamic State claimed responsibility for the "
     "attack.", [AB(HADDAD, IS)], []),
    ("Abdul Wali Rahimi was shot dead in Kunduz on Monday. The Taliban later claimed the "
     "killing.", [AB(RAHIMI, TALIBAN)], []),
    # a negated claim, another deed, a report of a claim, an agent of its own, no killing
    ("Omar Haddad was killed in Mosul on Monday. Islamic State has not claimed responsibility "
     "for the attack.", [], [AB(HADDAD, IS)]),
    ("Omar Haddad was killed in Mosul on Monday. Islamic State claimed responsibility for a "
     "separate attack in Kirkuk.", [], [AB(HADDAD, IS)]),
    ("Omar Haddad was killed by Kurdish forces in Mosul. Islamic State claimed responsibility "
     "for the attack.", [], [AB(HADDAD, IS)]),
    ("Omar Haddad condemned the killing. Islamic State claimed responsibility for the attack.",
     [], [AB(HADDAD, IS)]),
    ("Omar Haddad was killed in Mosul on Monday. Islamic State denied responsibility for the "
     "attack.", [], [AB(HADDAD, IS)]),
]


# ---- a headline's passive with neither auxiliary nor article --------------------------------
SINWAR = "person:yahya-sinwar"
ISRAEL = "country:israel"
HEADLINE = [
    ("Yahya Sinwar killed in Israeli strike on Rafah", [AB(SINWAR, ISRAEL)], []),
    ("Abdul Wali Rahimi killed in Taliban ambush near Kunduz", [AB(RAHIMI, TALIBAN)], []),
    # no strike (a death in custody); an active subject with its object
    ("Yahya Sinwar killed in Israeli custody, lawyers say", [], [AB(SINWAR, ISRAEL)]),
    ("Omar Haddad killed two Israeli soldiers in Rafah", [], [AB(HADDAD, ISRAEL)]),
]


# ---- the past progressive "was meeting (with) Y" --------------------------------------------
PROGRESSIVE = [
    (f"{_A} was meeting {_B} in Cairo when the news broke.", [MW(TAMM, CHIRWA)], []),
    (f"{_A} was meeting with {_B} in Cairo when the news broke.", [MW(TAMM, CHIRWA)], []),
    # a plan in the present, a possessive (demands met), a negation
    (f"{_A} is meeting {_B} in Cairo next week.", [], [MW(TAMM, CHIRWA)]),
    (f"The priority of {_A} was meeting {_B}'s demands.", [], [MW(TAMM, CHIRWA)]),
    (f"{_A} was not meeting {_B} in Cairo, his office said.", [], [MW(TAMM, CHIRWA)]),
]


# ---- "the meeting of X and Y" as "between" ----------------------------------------------------
MEETING_OF = [
    (f"The meeting of {_A} and {_B} came as fighting flared in the south.",
     [MW(TAMM, CHIRWA)], []),
    # called off, a body's meeting, one person named
    (f"The meeting of {_A} and {_B} was postponed.", [], [MW(TAMM, CHIRWA)]),
    (f"The meeting of {_A}'s cabinet and {_B} came as fighting flared.", [], [MW(TAMM, CHIRWA)]),
    (f"{_A} said the meeting of {_B} and the envoys would take place.", [], [MW(TAMM, CHIRWA)]),
]


# ---- a time phrase before the opening "after" -------------------------------------------------
TIME_LEAD = [
    (f"A day after meeting {_B} in Paris, {_A} flew to Berlin.", [MW(TAMM, CHIRWA)], []),
    (f"Hours after talks with {_B} in Paris, {_A} flew to Berlin.", [MW(TAMM, CHIRWA)], []),
    # before a meeting, after a call
    (f"A day before meeting {_B} in Paris, {_A} flew to Berlin.", [], [MW(TAMM, CHIRWA)]),
    (f"A day after a phone call with {_B}, {_A} flew to Berlin.", [], [MW(TAMM, CHIRWA)]),
]


# ---- "<side> said it was behind the killing of X" -------------------------------------------
BEHIND = [
    ("Islamic State said it was behind the killing of Omar Haddad.", [AB(HADDAD, IS)], []),
    ("The Taliban admitted they were behind the assassination of Abdul Wali Rahimi.",
     [AB(RAHIMI, TALIBAN)], []),
    # an accusation by a third party, a denial, a negation, someone else's killing
    ("Iraq said Islamic State was behind the killing of Omar Haddad.", [], [AB(HADDAD, IS)]),
    ("Islamic State denied it was behind the killing of Omar Haddad.", [], [AB(HADDAD, IS)]),
    ("Islamic State said it was not behind the killing of Omar Haddad.", [], [AB(HADDAD, IS)]),
    ("Islamic State said it was behind the killing of Omar Haddad's brother.",
     [], [AB(HADDAD, IS)]),
]


# ---- an unknown name opening a headline before its present or bare participle ----------------
HEADLINE_SUBJECT = [
    ("Daniel Ochieng becomes army chief, replacing Robert Kibet", [SO(OCHIENG, KIBET)], []),
    ("Daniel Ochieng sworn in as army chief, replacing Robert Kibet", [SO(OCHIENG, KIBET)], []),
    ("Kaarel Tamm holds talks with Tamanda Chirwa", [MW(TAMM, CHIRWA)], []),
    # a call is no meeting
    ("Kaarel Tamm holds phone call with Tamanda Chirwa", [], [MW(TAMM, CHIRWA)]),
]


# ---- "was dismissed" of a person is a removal, no denial of what the sentence tells ---------
DISMISSED = [
    ("Daniel Ochieng, whose predecessor Robert Kibet was dismissed in March, vowed to fight "
     "corruption.", [SO(OCHIENG, KIBET)], []),
    # reports dismissed as false: a denial
    (f"Reports that {_A} met {_B} were dismissed as false by his office.",
     [], [MW(TAMM, CHIRWA)]),
]


# ---- every table above: what must be read and what must not ------------------------------
CASES = (OPENING_OLD + ARMED_MEN + REPORTED + STORMED + CLAIMED_NEXT + HEADLINE + PROGRESSIVE +
         MEETING_OF + TIME_LEAD + BEHIND + HEADLINE_SUBJECT + DISMISSED)


@pytest.mark.parametrize(("text", "must", "must_not"), CASES)
def test_shapes_en(ex, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)


@pytest.mark.parametrize("text", [
    "Tribal Elders resigned after the vote, and Daniel Ochieng stepped in.",
    "Tribal Elders holds talks with Tamanda Chirwa"])
def test_plural_noun_run_is_no_person(ex, text) -> None:
    doc = ex.extract(text, lang="en")
    assert not any(e["id"] == "person:tribal-elders" for e in doc["entities"])
