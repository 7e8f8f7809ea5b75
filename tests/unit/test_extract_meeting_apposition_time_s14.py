"""An English apposition that opens with a time word ("X, for years Y's deputy at the embassy,
met Z", "X, long Y's deputy in the Quds Force, later met Z") leaves X the subject: the
possessive Y and a body a preposition governs are no subject (session 14, batch DA-DC). Our own
sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

QAANI, SOLEIMANI, AMIRI = "person:esmail-qaani", "person:qasem-soleimani", "person:hadi-al-amiri"
KADHIMI, FUAD = "person:mustafa-al-kadhimi", "person:fuad-hussein"
SADEGH, MASJEDI = "person:mohammad-kazem-al-e-sadegh", "person:iraj-masjedi"


# (name, text, must, must_not)
CASES = [
 ("for_years_poss_deputy_at",
  "Iran's new ambassador Mohammad Kazem Al-e Sadegh arrived on Monday. Al-e Sadegh, for years "
  "Iraj Masjedi's deputy at the embassy, later held talks with Prime Minister Mustafa Kadhimi.",
  [MW(SADEGH, KADHIMI)], [MW(MASJEDI, KADHIMI)]),
 ("long_poss_deputy_in_body",
  "Esmail Qaani, long Soleimani's deputy in the Quds Force, later met Hadi al-Amiri.",
  [MW(QAANI, AMIRI)], [MW(SOLEIMANI, AMIRI)]),
 ("formerly_poss_aide",
  "Esmail Qaani, formerly Qasem Soleimani's deputy, met Fuad Hussein in Baghdad.",
  [MW(QAANI, FUAD)], [MW(SOLEIMANI, FUAD)]),
 # unchanged: a plain possessive apposition, and a subject named after the comma
 ("plain_poss", "Esmail Qaani, Soleimani's successor, met Hadi al-Amiri on Monday.",
  [MW(QAANI, AMIRI)], [MW(SOLEIMANI, AMIRI)]),
 ("subject_after_comma",
  "After the funeral of Qasem Soleimani, Esmail Qaani met Hadi al-Amiri.",
  [MW(QAANI, AMIRI)], [MW(SOLEIMANI, AMIRI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_apposition_with_time_word(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)


# Arabic writes the same apposition; it already kept the head as the subject
AR_CASES = [
 ("ar_apposition_for_years",
  "إسماعيل قاآني، نائب قاسم سليماني لسنوات في فيلق القدس، التقى هادي العامري في بغداد.",
  [MW(QAANI, AMIRI)], [MW(SOLEIMANI, AMIRI)]),
 ("ar_relative_for_years",
  "وكان آل صادق، الذي عمل لسنوات نائباً لإيرج مسجدي في السفارة، قد التقى رئيس الوزراء مصطفى "
  "الكاظمي.", [MW(SADEGH, KADHIMI)], [MW(MASJEDI, KADHIMI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", AR_CASES, ids=[c[0] for c in AR_CASES])
def test_apposition_with_time_word_ar(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
