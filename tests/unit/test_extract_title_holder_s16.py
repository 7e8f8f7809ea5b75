"""A title, then "للرئيس / لرئيس الوزراء" and a known person, session 16. Our own sentences,
not taken from any dev set.

"النائب الأول للرئيس (الإيراني) محمد رضا عارف": the person named is the first vice
president (his gazetteer titles name no presidency), not the president the deputy serves; the
title is no description of someone named before. A president or prime minister named there
stays the office's holder ("المبعوث الخاص للرئيس الأميركي دونالد ترامب").
"""

import pytest

from tests.extract_support import MW, assert_relations

HAKIM, PEZESHKIAN, AREF, ARAGHCHI, TRUMP = (
    "person:ammar-al-hakim", "person:masoud-pezeshkian", "person:mohammad-reza-aref",
    "person:abbas-araghchi", "person:donald-trump")

AR_OPEN = "استقبل الرئيس الإيراني مسعود بزشكيان، الأحد، رئيس تيار الحكمة عمار الحكيم. "


# (name, text, lang, must, must_not)
CASES = [
 ("ar_also_first_vp", AR_OPEN + "والتقى الحكيم كذلك النائب الأول للرئيس محمد رضا عارف "
  "ووزير الخارجية عباس عراقجي.", "ar", [MW(HAKIM, AREF), MW(HAKIM, ARAGHCHI)],
  []),
 ("ar_first_vp_nationality", AR_OPEN + "كما التقى الحكيم أيضاً النائب الأول للرئيس "
  "الإيراني محمد رضا عارف.", "ar", [MW(HAKIM, AREF)], []),
 ("ar_vso_received_first_vp", "استقبل رئيس تيار الحكمة عمار الحكيم في بغداد النائب الأول "
  "للرئيس الإيراني محمد رضا عارف.", "ar", [MW(HAKIM, AREF)], []),
 # the president named after "للرئيس" is the holder: the envoy is not Trump
 ("ar_envoy_of_president", "استقبل رئيس تيار الحكمة عمار الحكيم في بغداد المبعوث الخاص "
  "للرئيس الأميركي دونالد ترامب.", "ar", [], [MW(HAKIM, TRUMP)]),
 ("en_first_vp", "Ammar al-Hakim also met first vice president Mohammad Reza Aref and "
  "Foreign Minister Abbas Araghchi.", "en", [MW(HAKIM, AREF), MW(HAKIM, ARAGHCHI)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_title_holder(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)


@pytest.mark.parametrize("text", [
    AR_OPEN + "والتقى الحكيم كذلك النائب الأول للرئيس محمد رضا عارف.",
    AR_OPEN + "والتقى الحكيم لاحقاً المبعوث الخاص للرئيس الإيراني محمد رضا عارف.",
])
def test_deputy_title_is_no_description(ex, text):
    """The deputy's title is not a mention of the guest named before."""
    doc = ex.extract(text, lang="ar")
    hakim = next(e for e in doc["entities"] if e["id"] == HAKIM)
    spans = [text[a:b] for a, b in hakim.get("mentions") or []]
    assert not any("النائب" in s or "المبعوث" in s for s in spans), spans
