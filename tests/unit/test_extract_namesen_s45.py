"""Session 45, English person names (namesen).

named_parts: a Latin two-word name that is the leading words (given name and father's name) of
one person the article named in full is he ("Sheikh Ahmad Abdullah" after "Ahmad Abdullah
Al-Ahmad Al-Sabah"). mention_runs_en / bodies: an honorific written as a family name with
"al-" and no name after it ("Later, al-Sheikh met ...") is the one person named in full with
it; "Sayyed" / "Seyyed" go on inside a name ("Jamil al-Sayyed"); "of <Place>" after a title
and a name is his place, not his name ("Representative Cory Mills of Florida"); two-word
particles "van der", "van den", "de la" go on inside a name ("Jan van der Berg").

After the review (review45 sections 4, 5): the given and father's names only after an
honorific or title and with no apposition of their own ("Mohammed Ahmed, a spokesman for ..."
is another man); no lone "al-Sheikh" after "the" / "Al" or before a group noun ("the al-Sheikh
family", "al-Sheikh family members")."""

from __future__ import annotations

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import met_pairs


@pytest.fixture(scope="module")
def ex() -> RuleExtractor:
    return RuleExtractor()


def _out(ex: RuleExtractor, text: str) -> dict:
    return ex.extract(text, lang="en")


def _surfaces(out: dict, text: str) -> dict[str, set[str]]:
    """Person id -> the texts of its mentions."""
    res: dict[str, set[str]] = {}
    for e in out["entities"]:
        if e["id"].startswith("person:"):
            res[e["id"]] = {text[a:b] for a, b in e.get("mentions") or []}
    return res


def _id_of(out: dict, text: str, surface: str) -> set[str]:
    return {eid for eid, ss in _surfaces(out, text).items() if surface in ss}


# --- given name and father's name of a person named in full -------------------------------

def test_given_and_father_name_of_named_person(ex: RuleExtractor) -> None:
    text = ("Kuwaiti official Sheikh Hamad Nasser Al-Mutairi Al-Sabah visited Doha on Monday. "
            "Later, Sheikh Hamad Nasser met Qatari official Khalid Saeed Al-Kuwari.")
    out = _out(ex, text)
    full = _id_of(out, text, "Hamad Nasser Al-Mutairi Al-Sabah")
    assert full and _id_of(out, text, "Hamad Nasser") == full


def test_given_and_father_name_two_candidates_is_nobody(ex: RuleExtractor) -> None:
    text = ("Kuwaiti official Hamad Nasser Al-Mutairi met Hamad Nasser Al-Azmi in Kuwait. "
            "Later, Hamad Nasser met Qatari official Khalid Saeed Al-Kuwari.")
    out = _out(ex, text)
    short = _id_of(out, text, "Hamad Nasser")
    assert not short & (_id_of(out, text, "Hamad Nasser Al-Mutairi") |
                        _id_of(out, text, "Hamad Nasser Al-Azmi"))


def test_given_and_family_of_other_person_is_not_linked(ex: RuleExtractor) -> None:
    # "Hamad Fawzi" (another father) is no leading words of "Hamad Nasser Al-Mutairi ..."
    text = ("Kuwaiti official Hamad Nasser Al-Mutairi Al-Sabah visited Doha on Monday. "
            "Later, Hamad Fawzi met Qatari official Khalid Saeed Al-Kuwari.")
    out = _out(ex, text)
    assert not _id_of(out, text, "Hamad Fawzi") & \
        _id_of(out, text, "Hamad Nasser Al-Mutairi Al-Sabah")


# --- an honorific as a family name, alone ------------------------------------------------

def test_lone_al_sheikh_is_the_named_person(ex: RuleExtractor) -> None:
    text = ("Palestinian official Karim al-Sheikh met Egyptian envoy Hassan Rashad in Cairo. "
            "Later, al-Sheikh met Jordanian Foreign Minister Ayman Safadi.")
    out = _out(ex, text)
    karim = _id_of(out, text, "Karim al-Sheikh")
    assert karim and _id_of(out, text, "Sheikh") == karim
    safadi = _id_of(out, text, "Ayman Safadi")
    assert frozenset(karim | safadi) in met_pairs(out)


def test_lone_al_sheikh_two_candidates_is_nobody(ex: RuleExtractor) -> None:
    text = ("Karim al-Sheikh met Majed Faraj. Walid al-Sheikh met Hassan Rashad. "
            "Later, al-Sheikh met Ayman Safadi.")
    out = _out(ex, text)
    assert not _id_of(out, text, "Sheikh")


def test_lone_al_sheikh_nobody_named_is_nobody(ex: RuleExtractor) -> None:
    text = "Later, al-Sheikh met Jordanian Foreign Minister Ayman Safadi."
    out = _out(ex, text)
    assert not _id_of(out, text, "Sheikh")


def test_sharm_el_sheikh_stays_a_place(ex: RuleExtractor) -> None:
    text = ("Karim al-Sheikh met Hassan Rashad. The summit in Sharm el-Sheikh was attended by "
            "Ayman Safadi.")
    out = _out(ex, text)
    assert not _id_of(out, text, "Sheikh")


def test_sheikh_before_a_name_stays_a_style(ex: RuleExtractor) -> None:
    text = ("Karim al-Sheikh met Hassan Rashad. Later, Sheikh Tamim bin Hamad Al Thani "
            "received Ayman Safadi.")
    out = _out(ex, text)
    karim = _id_of(out, text, "Karim al-Sheikh")
    assert not any(karim & _id_of(out, text, s) for s in ("Sheikh", "Tamim bin Hamad Al Thani"))


def test_sayyed_inside_a_name(ex: RuleExtractor) -> None:
    text = "Syrian envoy Ali Abdul Karim met Lebanese official Jamil al-Sayyed in Beirut."
    out = _out(ex, text)
    assert _id_of(out, text, "Jamil al-Sayyed")


# --- "of <Place>" after a title and a name -------------------------------------------------

def test_of_place_after_title_and_name(ex: RuleExtractor) -> None:
    text = "Representative Cory Mills of Florida met Syrian President Ahmed al-Sharaa."
    out = _out(ex, text)
    assert _id_of(out, text, "Cory Mills")
    assert not any("Florida" in s for ss in _surfaces(out, text).values() for s in ss)


def test_of_place_after_plural_and_short_titles(ex: RuleExtractor) -> None:
    text = ("Republican Representatives Cory Mills of Florida and Marlin Stutzman of Indiana "
            "met Ahmed al-Sharaa. Mayor Halima Aden of Minneapolis met Hassan Sheikh Mohamud. "
            "Rep. Kathy Castor of Florida met Nawaf Salam.")
    out = _out(ex, text)
    for s in ("Cory Mills", "Halima Aden", "Kathy Castor"):
        assert _id_of(out, text, s), s
    assert not any(" of " in s for ss in _surfaces(out, text).values() for s in ss)


def test_body_with_of_after_title_is_kept(ex: RuleExtractor) -> None:
    text = "Chairman Joint Chiefs of Staff Mark Milley met Mohammed Shia al-Sudani."
    out = _out(ex, text)
    assert any(e["id"].startswith("organization:") and "Joint Chiefs of Staff" in
               {text[a:b] for a, b in e.get("mentions") or []} for e in out["entities"])


# --- two-word particles -------------------------------------------------------------------

def test_van_der_inside_a_name(ex: RuleExtractor) -> None:
    text = "Dutch envoy Jan van der Berg met Libyan strongman Khalifa Haftar in Benghazi."
    out = _out(ex, text)
    berg = _id_of(out, text, "Jan van der Berg")
    assert berg and not _id_of(out, text, "Jan")


def test_de_la_and_van_den_inside_names(ex: RuleExtractor) -> None:
    text = ("Spanish envoy Ana de la Torre met Moroccan minister Nasser Bourita in Rabat. "
            "Belgian general Marc van den Broeck met Khalifa Haftar in Benghazi.")
    out = _out(ex, text)
    assert _id_of(out, text, "Ana de la Torre") and _id_of(out, text, "Marc van den Broeck")


def test_lower_case_particles_without_a_name_after(ex: RuleExtractor) -> None:
    text = "Dutch envoy Jan van der said nothing. Khalifa Haftar met Nasser Bourita."
    out = _out(ex, text)
    assert not any("van der said" in s for ss in _surfaces(out, text).values() for s in ss)


# --- no first name before a known name opened by a title word ----------------------------

def test_title_words_before_ayatollah_and_surname_are_no_name(ex: RuleExtractor) -> None:
    text = ("Leader of the Islamic Revolution Ayatollah Khamenei received Iraqi Prime Minister "
            "Mohammed Shia al-Sudani in Tehran.")
    out = _out(ex, text)
    assert not any("Revolution" in s for ss in _surfaces(out, text).values() for s in ss)
    kh = _id_of(out, text, "Ayatollah Khamenei")
    assert kh and frozenset(kh | _id_of(out, text, "Mohammed Shia al-Sudani")) in met_pairs(out)


def test_full_name_after_ayatollah_unchanged(ex: RuleExtractor) -> None:
    text = ("Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei received Iraqi "
            "Prime Minister Mohammed Shia al-Sudani in Tehran.")
    out = _out(ex, text)
    assert _id_of(out, text, "Seyyed Ali Khamenei")
    assert not any("Revolution" in s for ss in _surfaces(out, text).values() for s in ss)


# --- religious styles before a name -----------------------------------------------------

@pytest.mark.parametrize("style,name", [("Cardinal", "Pietro Parolin"),
                                        ("Archbishop", "Paul Gallagher"),
                                        ("Pastor", "Ezekiel Odero"), ("Rabbi", "David Lau"),
                                        ("Reverend", "Jesse Jackson")])
def test_religious_style_is_no_name_word(ex: RuleExtractor, style: str, name: str) -> None:
    text = f"{style} {name} met Lebanese President Joseph Aoun in Beirut."
    out = _out(ex, text)
    got = _id_of(out, text, name)
    assert got and frozenset(got | _id_of(out, text, "Joseph Aoun")) in met_pairs(out)
    assert not any(style in s for ss in _surfaces(out, text).values() for s in ss)


def test_bishop_as_family_name_stays(ex: RuleExtractor) -> None:
    text = "Australian Foreign Minister Julie Bishop met Iraqi Prime Minister Haider al-Abadi."
    out = _out(ex, text)
    assert _id_of(out, text, "Julie Bishop")


# --- after the review (review45 sections 4 and 5): the reviewer's sentences -------------------

@pytest.mark.parametrize("text", [
    ("Hussein al-Sheikh, secretary general of the PLO executive committee, met Jordanian "
     "officials in Amman. Later, members of the al-Sheikh family met Abdullah II in the "
     "capital."),
    ("Saudi Grand Mufti Abdulaziz Al al-Sheikh died on Tuesday. Later, al-Sheikh family "
     "members met King Salman in Riyadh."),
])
def test_al_sheikh_family_is_no_person(ex: RuleExtractor, text: str) -> None:
    # "the al-Sheikh family", "al-Sheikh family members": the family, not the one person
    # named in full with that name; no meeting of his
    out = _out(ex, text)
    assert not _id_of(out, text, "Sheikh")
    assert not met_pairs(out)


def test_al_al_sheikh_is_no_lone_honorific(ex: RuleExtractor) -> None:
    # "Al al-Sheikh" (the house of the Sheikh): "the al-..." / "Al al-..." is no lone family name
    text = ("Karim al-Sheikh met Hassan Rashad in Cairo. Later, the al-Sheikh delegation "
            "met Ayman Safadi.")
    out = _out(ex, text)
    karim = _id_of(out, text, "Karim al-Sheikh")
    assert karim and not karim & _id_of(out, text, "Sheikh")


@pytest.mark.parametrize("text, short, full", [
    ("Mohammed Ahmed Al-Hassan, head of the Sudanese delegation, met Egyptian officials in "
     "Cairo. Separately, Mohammed Ahmed, a spokesman for the Rapid Support Forces, met the UN "
     "envoy Ramtane Lamamra in Nairobi.", "Mohammed Ahmed", "Mohammed Ahmed Al-Hassan"),
    ("Mohammed Ahmed Al-Hassan, head of the Sudanese delegation, arrived in Cairo on Monday. "
     "Mohammed Ahmed, a Sudanese farmer, told Reuters he met the UN envoy Ramtane Lamamra.",
     "Mohammed Ahmed", "Mohammed Ahmed Al-Hassan"),
    ("Hamad Jassim Al Thani, the former premier, spoke on Monday. Hamad Jassim, a Kuwaiti "
     "businessman, met Emir Tamim in Doha.", "Hamad Jassim", "Hamad Jassim Al Thani"),
    # an honorific before it, but its own apposition: another man
    ("Hamad Jassim Al Thani, the former premier, spoke on Monday. Sheikh Hamad Jassim, a "
     "Kuwaiti businessman, met Emir Tamim in Doha.", "Hamad Jassim", "Hamad Jassim Al Thani"),
])
def test_given_and_father_without_style_or_with_apposition(
        ex: RuleExtractor, text: str, short: str, full: str) -> None:
    # the two words alone (no honorific or title before them), or with a description of
    # their own, may be another man: not the person named in full
    out = _out(ex, text)
    full_id = _id_of(out, text, full)
    assert full_id and not full_id & _id_of(out, text, short)
    # (nor a meeting of the man named in full with Lamamra)
    assert not any(full_id & p and _id_of(out, text, "Ramtane Lamamra") & p for p in met_pairs(out))
