"""SUCCESSOR_OF: "in place of / instead of Y" after a verb by which the subject took the post
himself ("X was sworn in as acting premier in place of Y", "X became prime minister instead
of Y", "X took the oath as president in place of Y"; "أصبح X رئيساً للحكومة بدلاً من Y"),
as after "was appointed". No post taken ("took part in the talks in place of Y", "أصبح X
أكثر نفوذاً بدلاً من Y"): no succession. Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import SO, assert_relations

MIFTAH, RAHAWI = "person:mohammed-miftah", "person:ahmed-al-rahawi"
BREIK, MUBARAK = "person:salem-bin-breik", "person:ahmed-awad-bin-mubarak"


# (name, text, lang, must, must_not)
CASES = [
 ("en_sworn_in_place", "Mohammed Miftah, the first deputy prime minister, was sworn in as "
  "acting premier in place of Ahmed al-Rahawi on Sunday.", "en", [SO(MIFTAH, RAHAWI)], []),
 ("en_became_instead", "Salem bin Breik became prime minister instead of Ahmed Awad bin "
  "Mubarak, who resigned.", "en", [SO(BREIK, MUBARAK)], []),
 ("en_took_oath_in_place", "In Aden, Salem bin Breik took the oath as prime minister in "
  "place of Ahmed Awad bin Mubarak.", "en", [SO(BREIK, MUBARAK)], []),
 ("en_who_was_sworn", "The council chose Salem bin Breik, who was sworn in as premier in "
  "place of Ahmed Awad bin Mubarak.", "en", [SO(BREIK, MUBARAK)], []),
 ("ar_became_instead", "أصبح محمد مفتاح رئيساً للحكومة بدلاً من أحمد غالب الرهوي.", "ar",
  [SO(MIFTAH, RAHAWI)], []),
 ("ar_and_became_successor", "وأصبح سالم بن بريك رئيساً للوزراء خلفاً لأحمد عوض بن مبارك.",
  "ar", [SO(BREIK, MUBARAK)], []),
 # negatives: no post taken
 ("en_took_part", "Mohammed Miftah took part in the talks in place of Ahmed al-Rahawi.", "en",
  [], [SO(MIFTAH, RAHAWI)]),
 ("en_became_face", "Mohammed Miftah became the face of the government in place of Ahmed "
  "al-Rahawi.", "en", [], [SO(MIFTAH, RAHAWI)]),
 ("ar_became_adjective", "أصبح محمد مفتاح أكثر نفوذاً بدلاً من أحمد غالب الرهوي.", "ar", [],
  [SO(MIFTAH, RAHAWI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_took_post_instead(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
