"""Session 19 (coreference): a participant referred to, not named, in the sentence that tells
a killing (this file: a title phrase that swallows the first word of the name after it, and
the companions killed with a victim named before)."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, MW, assert_relations

SAADI = "person:abu-baqir-al-saadi"
ARKAN = "person:arkan-al-elayawi"
AMIRI = "person:hadi-al-amiri"
FAYYADH = "person:falih-al-fayyadh"
US = "country:united-states"

# ---- a title phrase ending inside the name after it is that name's title ------------------
SWALLOWED = [
    # "أركان" (staff) read into "القيادي في الكتائب": the phrase titles Arkan, not al-Saadi
    ("اغتالت طائرة أميركية القيادي في كتائب حزب الله أبو باقر الساعدي مساء الأربعاء شرقي "
     "بغداد. وقُتل معه القيادي في الكتائب أركان العلياوي.", "ar",
     [AB(SAADI, US), AB(ARKAN, US)], []),
    # a description with no name after it is still the person named before
    ("التقى هادي العامري القيادي في كتائب حزب الله أبو باقر الساعدي في بغداد. وكان القيادي "
     "في كتائب حزب الله قد التقى فالح الفياض الأسبوع الماضي.", "ar",
     [MW(SAADI, FAYYADH)], [MW(ARKAN, FAYYADH)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), SWALLOWED)
def test_title_swallowing_name(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
