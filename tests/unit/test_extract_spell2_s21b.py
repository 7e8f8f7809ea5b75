"""Session 21, second round (known people under spellings the first round left unresolved).
Our own sentences; the generated probe is ``bench/probe_spellings.py``.

- a Turkish or Persian form of a common given name ("Mehmet", "Ahmet", "Recep") is read as
  the other forms of that name (given_variants.py): "Mehmet Khatami" is Mohammad Khatami,
  "Mohammed Simsek" Mehmet Simsek; but only a known person whose first name is that form:
  "Mehmed Assad" is no Ahmed al-Asadi (one consonant off);
- a name, a hyphen and a lone word read apart are one known person when the whole, spelt
  another way, is one: "Reza Salehi-Ammiri" is Reza Salehi-Amiri, not Hadi al-Amiri.
"""

import pytest

_SAID = " said on Tuesday that the talks would resume."
_MET = "Foreign Minister Karim Dabbagh met {} in the capital on Monday."


def _ids(ex, text: str) -> set[str]:
    return {e["id"] for e in ex.extract(text, lang="en")["entities"] if e["type"] == "Person"}


# (case, text, the id it is or None, an id it is not)
GIVEN_FORMS = [
    ("mehmet_khatami", "Mehmet Khatami" + _SAID, "person:mohammad-khatami", None),
    ("mehmet_bagheri_met", _MET.format("Mehmet Bagheri"), "person:mohammad-bagheri", None),
    ("ahmet_yassin", "Ahmet Yassin" + _SAID, "person:ahmed-yassin", None),
    ("mohammed_simsek", _MET.format("Mohammed Simsek"), "person:mehmet-simsek", None),
    # negative: another first name one consonant off is not that person
    ("mehmed_assad_no_asadi", "Mehmed Assad" + _SAID, None, "person:ahmed-al-asadi"),
    ("mohammed_assad_no_asadi", _MET.format("Mohammed Assad"), None, "person:ahmed-al-asadi"),
]


# a name, a hyphen and a lone capitalised word read apart are one known person when the
# whole is one, spelt another way (mentions.hyphen_family_join); a hyphen between two people
# of a pair stays a pair
HYPHEN_FAMILY = [
    ("salehi_ammiri", "Reza Salehi-Ammiri" + _SAID, "person:reza-salehi-amiri",
     "person:hadi-al-amiri"),
    ("salehi_amiry_met", _MET.format("Reza Salehi-Amiry"), "person:reza-salehi-amiri",
     "person:hadi-al-amiri"),
    ("reeza_salehi_amiri", "Reeza Salehi-Amiri" + _SAID, "person:reza-salehi-amiri",
     "person:hadi-al-amiri"),
    ("new_person_hyphen_known", "Kamal Dabbouri-Amiri" + _SAID, None,
     "person:reza-salehi-amiri"),
]


CASES = GIVEN_FORMS + HYPHEN_FAMILY


@pytest.mark.parametrize(("case", "text", "want", "not_want"), CASES,
                         ids=[c[0] for c in CASES])
def test_known_person_spelt_otherwise(ex, case, text, want, not_want) -> None:
    got = _ids(ex, text)
    if want:
        assert want in got, (case, got)
    if not_want:
        assert not_want not in got, (case, got)
