""""Y was himself / later / then succeeded (as X in 2020) by Z", session 16: a word between
the passive auxiliary and the verb keeps the passive (Z succeeded Y). Our own sentences, not
taken from any dev set."""

import pytest

from tests.extract_support import MW, SO, assert_relations

GHANIMI, YARALLAH = "person:othman-al-ghanmi", "person:abdul-amir-yarallah"


# (name, text, lang, must, must_not)
CASES = [
 ("himself_as_in_by", "Othman al-Ghanimi was himself succeeded as chief of staff in 2020 by "
  "Lt. Gen. Abdul Amir Yarallah.", "en", [SO(YARALLAH, GHANIMI)], [SO(GHANIMI, YARALLAH)]),
 ("later_replaced_as", "Othman al-Ghanimi was later replaced as army chief by Abdul Amir "
  "Yarallah.", "en", [SO(YARALLAH, GHANIMI)], [SO(GHANIMI, YARALLAH)]),
 ("subsequently_by", "Othman al-Ghanimi was subsequently succeeded by Abdul Amir Yarallah, "
  "officials said.", "en", [SO(YARALLAH, GHANIMI)], []),
 # not a passive: a relative clause, then another verb
 ("who_was_later_replaced", "Othman al-Ghanimi, who was later replaced, met Abdul Amir "
  "Yarallah.", "en", [MW(GHANIMI, YARALLAH)], [SO(YARALLAH, GHANIMI), SO(GHANIMI, YARALLAH)]),
 ("arabic_active", "وخلف الفريق عبد الأمير يار الله بدوره عثمان الغانمي في رئاسة الأركان عام "
  "2020.", "ar", [SO(YARALLAH, GHANIMI)], [SO(GHANIMI, YARALLAH)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_passive_aside(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
