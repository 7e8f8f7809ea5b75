"""A body named after في between the host and the guest is where they met (session 18). Our
own sentences, not taken from any dev set.

- "استقبل X، الخميس في البيت الأبيض، Y" / "استقبل X، أمس في وزارة الخارجية، Y": X met Y, the
  White House / the ministry is no partner; English "X received Y at the White House" alike.
- Negative: a body named as the partner, without في, stays ("التقى X في بيروت قيادة حزب الله").
"""

import pytest

from tests.extract_support import MW, assert_relations

TRUMP, KADHIMI = "person:donald-trump", "person:mustafa-al-kadhimi"
FUAD, ARAGHCHI = "person:fuad-hussein", "person:abbas-araghchi"
QAANI, HEZBOLLAH = "person:esmail-qaani", "organization:hezbollah"
WH, MFA = "organization:white-house", "organization:foreign-ministry"

# (name, text, lang, must, must_not)
CASES = [
 ("ar_white_house", "استقبل الرئيس دونالد ترامب، الخميس في البيت الأبيض، رئيس الوزراء مصطفى "
  "الكاظمي.", "ar", [MW(TRUMP, KADHIMI)], [MW(WH, TRUMP), MW(WH, KADHIMI)]),
 ("ar_ministry", "استقبل الوزير فؤاد حسين، أمس في وزارة الخارجية، نظيره الإيراني عباس عراقجي.",
  "ar", [MW(FUAD, ARAGHCHI)], [MW(MFA, FUAD)]),
 ("en_white_house", "President Donald Trump received Prime Minister Mustafa al-Kadhimi at the "
  "White House on Thursday.", "en", [MW(TRUMP, KADHIMI)], [MW(WH, TRUMP)]),
 ("ar_body_partner", "التقى إسماعيل قاآني في بيروت قيادة حزب الله.", "ar",
  [MW(QAANI, HEZBOLLAH)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_body_seat(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
