"""English: the subject set off by commas after a title phrase that ends with a place ("The
top U.S. commander for the Middle East, Gen. X, met Y") is X, not the country in the title.
Our own sentences, not taken from any dev set."""

import pytest

from tests.extract_support import MW, assert_relations

KURILLA, BARZANI = "person:michael-kurilla", "person:masoud-barzani"
MCKENZIE, KADHIMI = "person:kenneth-mckenzie", "person:mustafa-al-kadhimi"
SADEGH, HUSSEIN = "person:mohammad-kazem-al-e-sadegh", "person:fuad-hussein"


# (name, text, lang, must, must_not)
CASES = [
 ("en_in_region", "The top U.S. commander in the Middle East, Gen. Michael Kurilla, met "
  "Masoud Barzani on Sunday.", "en", [MW(KURILLA, BARZANI)], []),
 ("en_dateline_for", "BAGHDAD (Reuters) - The top U.S. commander for the Middle East, "
  "Gen. Kenneth McKenzie, held talks with Prime Minister Mustafa al-Kadhimi on Monday.", "en",
  [MW(MCKENZIE, KADHIMI)], []),
 ("en_received", "The senior U.S. general for the Middle East, Gen. Michael Kurilla, was "
  "received by Masoud Barzani in Erbil.", "en", [MW(KURILLA, BARZANI)], []),
 # still read as before: a country in the title, a fronted place, Arabic order
 ("en_ambassador_in", "The Iranian ambassador in Baghdad, Mohammad Kazem Al-e Sadegh, met "
  "Iraqi Foreign Minister Fuad Hussein.", "en", [MW(SADEGH, HUSSEIN)], []),
 ("ar_apposition", "وكان القائد الأعلى للقوات الأميركية في الشرق الأوسط، الجنرال مايكل "
  "كوريلا، قد التقى الزعيم الكردي مسعود بارزاني يوم الأحد.", "ar", [MW(KURILLA, BARZANI)], []),
 # a negated meeting stays unread
 ("en_negated", "The top U.S. commander for the Middle East, Gen. Michael Kurilla, did not "
  "meet Masoud Barzani during the visit.", "en", [], [MW(KURILLA, BARZANI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_subject_after_titled_place(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
