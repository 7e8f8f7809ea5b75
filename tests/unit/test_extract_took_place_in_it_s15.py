"""Arabic "حلّ X محلّ Y" inside a relative clause with its resumptive pronoun ("الحكومة التي
حلّ فيها X محلّ Y"): X succeeded Y. Our own sentences, not taken from any dev set."""

import pytest

from tests.extract_support import SO, assert_relations

ABBASI, INAD = "person:thabet-al-abbasi", "person:juma-inad"
HUSSEIN, HAKIM = "person:fuad-hussein", "person:mohammed-ali-al-hakim"


# (name, text, lang, must, must_not)
CASES = [
 ("ar_fiha", "وذلك ضمن الحكومة الجديدة التي حل فيها ثابت العباسي محل جمعة عناد في وزارة "
  "الدفاع.", "ar", [SO(ABBASI, INAD)], [SO(INAD, ABBASI)]),
 ("ar_fihi", "شهدت الحكومة تعديلاً وزارياً حلّ فيه فؤاد حسين محل محمد علي الحكيم في وزارة "
  "الخارجية.", "ar", [SO(HUSSEIN, HAKIM)], [SO(HAKIM, HUSSEIN)]),
 ("ar_negated", "وهي الحكومة التي لم يحل فيها ثابت العباسي محل جمعة عناد.", "ar",
  [], [SO(ABBASI, INAD)]),
 # the English order keeps working
 ("en_took_place", "In the reshuffle, Fuad Hussein took the place of Mohammed Ali al-Hakim "
  "at the foreign ministry.", "en", [SO(HUSSEIN, HAKIM)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_took_place_in_relative(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
