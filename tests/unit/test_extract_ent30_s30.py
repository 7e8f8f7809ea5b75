"""Session 30 (ent30): English title words that ran into a new person's name, counted on
JG-JO, IX-JF and IO-IW and checked on the other writers' dev text.

"FM Fidan" (a wire's short form of a foreign minister), "Representative Joe Wilson" (a US
House member) and a plural title before a list of names ("Colonels A and B", "Generals A and
B") made people named "Fm Fidan", "Representative Joe Wilson", "Colonels Ihsan
Karbalaipour". Arabic writes these titles as words the rules already take (وزير الخارجية،
النائب، العقيدان), so the cases are English only."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, SO, assert_relations

FIDAN = "person:hakan-fidan"
SUDANI = "person:mohammed-shia-al-sudani"
NECHIRVAN = "person:nechirvan-barzani"
GRAHAM = "person:lindsey-graham"
WILSON = "person:joe-wilson"
ISRAEL = "country:israel"

ZINDANI = "person:shaya-al-zindani"
BIN_MUBARAK = "person:ahmed-awad-bin-mubarak"

CASES = [
    # "FM <surname>" in a headline, the full name in the text: one person, who met both
    ("en", "PM Sudani, Turkish FM Fidan discuss water, PKK presence BAGHDAD (Agency) - Iraqi "
     "Prime Minister Mohammed Shia al-Sudani on Tuesday received Turkish Foreign Minister Hakan "
     "Fidan in Baghdad. Later in the day, Kurdistan Region President Nechirvan Barzani met "
     "Fidan in Erbil.", [MW(FIDAN, SUDANI), MW(FIDAN, NECHIRVAN)], []),
    ("en", "FM Al-Zindani meets Saudi ambassador - Foreign Minister Shaya Mohsen Al-Zindani on "
     "Sunday received the Saudi ambassador Mohammed Al Jaber. Al-Zindani took over the foreign "
     "ministry this month from Ahmed Awad bin Mubarak.", [SO(ZINDANI, BIN_MUBARAK)], []),
    # "Representative" before a name in a list of joint subjects ("A and B and C sat down
    # together with Y": they met each other)
    ("en", "A week later Barrack was back, leading a delegation: Senators Lindsey Graham and "
     "Jeanne Shaheen and Representative Joe Wilson sat down together with President Joseph "
     "Aoun at Baabda.", [MW(GRAHAM, WILSON)], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_ent30_s30(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


@pytest.mark.parametrize("text,title", [
    ("The IRGC vowed revenge after two of its officers, Colonels Ehsan Karbalaipour and "
     "Morteza Saeidnejad, were killed in an Israeli strike near Damascus.", "colonels"),
    ("A week later Barrack was back, leading a delegation: Senators Lindsey Graham and Jeanne "
     "Shaheen and Representative Joe Wilson sat down together with President Joseph Aoun.",
     "representative"),
    ("PM Sudani, Turkish FM Fidan discuss water BAGHDAD (Agency) - Iraqi Prime Minister "
     "Mohammed Shia al-Sudani received Turkish Foreign Minister Hakan Fidan.", "fm"),
])
def test_title_not_in_name_s30(ex, text: str, title: str) -> None:
    people = [e["id"] for e in ex.extract(text, lang="en")["entities"]
              if e["id"].startswith("person:")]
    assert people and not any(p.startswith(f"person:{title}-") for p in people), people


def test_plural_rank_victims_s30(ex) -> None:
    text = ("The IRGC had vowed revenge after two of its officers, Colonels Ehsan Karbalaipour "
            "and Morteza Saeidnejad, were killed in an Israeli strike near Damascus on March 7.")
    doc = ex.extract(text, lang="en")
    killed = {r["source"] for r in doc["relations"]
              if r["type"] == "ASSASSINATED_BY" and r["target"] == ISRAEL}
    assert killed == {"person:ihsan-karbalaipour", "person:morteza-saeidnejad"}, killed
