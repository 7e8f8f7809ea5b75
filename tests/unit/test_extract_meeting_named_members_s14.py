"""A meeting with a body's members named right after it ("met Coordination Framework figures X
and Y", "التقى قادة الإطار التنسيقي X وY"): the people named are the partners, not the body
(session 14, batch DA-DC). Without names the body stays the partner. Our own sentences.
"""

import pytest

from tests.extract_support import MW, assert_relations

MASROUR, AMIRI, HAKIM = "person:masrour-barzani", "person:hadi-al-amiri", "person:ammar-al-hakim"
HAYYA, HAMDAN = "person:khalil-al-hayya", "person:osama-hamdan"
CF, HAMAS = "organization:coordination-framework", "organization:hamas"


# (name, text, lang, must, must_not)
CASES = [
 ("en_figures",
  "Masrour Barzani also met Coordination Framework figures Hadi al-Amiri and Ammar al-Hakim "
  "at their offices.", "en", [MW(MASROUR, AMIRI), MW(MASROUR, HAKIM)], [MW(MASROUR, CF)]),
 ("en_officials",
  "Masrour Barzani met Hamas officials Khalil al-Hayya and Osama Hamdan in Doha.", "en",
  [MW(MASROUR, HAYYA), MW(MASROUR, HAMDAN)], [MW(MASROUR, HAMAS)]),
 ("en_leaders_after_subject_clause",
  "Barzani, who arrived on Sunday, met Coordination Framework leaders Hadi al-Amiri and "
  "Ammar al-Hakim.", "en", [MW(MASROUR, AMIRI)], [MW(MASROUR, CF)]),
 ("ar_leaders",
  "والتقى مسرور بارزاني قادة الإطار التنسيقي هادي العامري وعمار الحكيم في مكاتبهم.", "ar",
  [MW(MASROUR, AMIRI), MW(MASROUR, HAKIM)], [MW(MASROUR, CF)]),
 # negatives: no one named after the body, which stays the partner
 ("en_unnamed_leaders", "Masrour Barzani met Coordination Framework leaders in Baghdad.", "en",
  [MW(MASROUR, CF)], []),
 ("ar_unnamed_leaders", "والتقى مسرور بارزاني قادة الإطار التنسيقي في بغداد.", "ar",
  [MW(MASROUR, CF)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_named_members_are_the_partners(ex, name, text, lang, must, must_not):
    text = text if not text.startswith("Barzani,") else \
        "Prime Minister Masrour Barzani flew to Baghdad. " + text
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
