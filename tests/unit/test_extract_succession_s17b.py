"""Successions, session 17 second round: nominations are no successions, and whom "him"
stands for after an earlier succession in the same sentence."""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

NOMINATED = [
    ("General Michael Kurilla visited Baghdad on Monday. He took over CENTCOM from Gen. Kenneth "
     "McKenzie in April 2022, and Adm. Brad Cooper has been nominated to succeed him.", "en",
     [SO("person:brad-cooper", "person:kenneth-mckenzie"),
      SO("person:brad-cooper", "person:michael-kurilla")]),
    ("Trump nominated retired general Dan Caine to succeed Charles Brown as chairman of the "
     "Joint Chiefs.", "en", [SO("person:dan-caine", "person:charles-q-brown")]),
    ("Retired general Dan Caine was nominated to replace Charles Brown as chairman.", "en",
     [SO("person:dan-caine", "person:charles-q-brown")]),
    ("Charles Brown was fired on Friday. Trump has nominated Dan Caine to replace him.", "en",
     [SO("person:dan-caine", "person:charles-q-brown")]),
    ("Dan Caine, who was nominated to succeed Charles Brown, appeared before the Senate.", "en",
     [SO("person:dan-caine", "person:charles-q-brown")]),
    ("Hadi al-Amiri is the nominee to succeed Nouri al-Maliki.", "en",
     [SO("person:hadi-al-amiri", "person:nouri-al-maliki")]),
    ("ورشحت الكتلة فؤاد حسين ليحل محل هوشيار زيباري.", "ar",
     [SO("person:fuad-hussein", "person:hoshyar-zebari")]),
]

DONE = [
    ("Ashton Carter succeeded Chuck Hagel as defense secretary.", "en",
     [SO("person:ash-carter", "person:chuck-hagel")]),
    ("Charles Brown was fired on Friday, and Trump named Dan Caine to replace him.", "en",
     [SO("person:dan-caine", "person:charles-q-brown")]),
    ("General Michael Kurilla visited Baghdad on Monday. He took over CENTCOM from Gen. Kenneth "
     "McKenzie in April 2022, and Adm. Brad Cooper has been named to succeed him.", "en",
     [SO("person:brad-cooper", "person:michael-kurilla"),
      SO("person:michael-kurilla", "person:kenneth-mckenzie")]),
    ("Ambassador Alina Romanowski left Baghdad. She replaced Matthew Tueller in 2022, and "
     "Tracey Jacobson was appointed to replace her.", "en",
     [SO("person:tracey-jacobson", "person:alina-romanowski"),
      SO("person:alina-romanowski", "person:matthew-tueller")]),
]

NOT_AFTER_REPLACE = [
    ("Ambassador Alina Romanowski left Baghdad. She replaced Matthew Tueller in 2022, and "
     "Tracey Jacobson was appointed to replace her.", "en",
     [SO("person:tracey-jacobson", "person:matthew-tueller")]),
]


@pytest.mark.parametrize("text,lang,never", NOMINATED)
def test_nomination_is_no_succession(ex, text: str, lang: str, never: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], [], never)


@pytest.mark.parametrize("text,lang,must", DONE)
def test_completed_succession_kept(ex, text: str, lang: str, must: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, [])


@pytest.mark.parametrize("text,lang,never", NOT_AFTER_REPLACE)
def test_him_is_the_one_who_took_over(ex, text: str, lang: str, never: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], [], never)
