""""X told Y that Tehran wanted calm, and later met Z" (session 17b). Our own sentences, not
taken from any dev set.

- A modal or negation inside a reported clause ("wanted", "had no hand") does not reach a
  past-tense meeting verb after ", and (later / then)": X met Z (X did not meet Y by telling).
- A bare verb after ", and" stays under the modal ("sought a meeting with Z", "wanted to meet
  Z"), and a meeting negated in its own clause stays negated.
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, BERRI, AOUN = "person:abbas-araghchi", "person:nabih-berri", "person:joseph-aoun"
QAANI, KADHIMI, FAYYADH = ("person:esmail-qaani", "person:mustafa-al-kadhimi",
                           "person:falih-al-fayyadh")
LARIJANI, SUDANI = "person:ali-larijani", "person:mohammed-shia-al-sudani"

# (name, text, lang, must, must_not)
CASES = [
 ("en_wanted_later_met", "Abbas Araghchi told Nabih Berri that Tehran wanted calm, and later met "
  "Joseph Aoun.", "en", [MW(ARAGHCHI, AOUN)], [MW(BERRI, AOUN)]),
 ("en_wanted_then_met", "Esmail Qaani told reporters that Iran wanted calm, and then met Falih "
  "al-Fayyadh.", "en", [MW(QAANI, FAYYADH)], []),
 ("en_no_hand_later_met", "Esmail Qaani told Mustafa al-Kadhimi that Tehran had no hand, and "
  "later met Falih al-Fayyadh.", "en", [MW(QAANI, FAYYADH)], [MW(KADHIMI, FAYYADH)]),
 ("en_hoped_received", "Ali Larijani said Iran hoped for calm, and was later received by Prime "
  "Minister Mohammed Shia al-Sudani.", "en", [MW(LARIJANI, SUDANI)], []),
 ("en_sought_meeting", "Abbas Araghchi told Nabih Berri that Tehran sought a meeting with Joseph "
  "Aoun.", "en", [], [MW(ARAGHCHI, AOUN)]),
 ("en_wanted_to_meet", "Abbas Araghchi said Tehran wanted to meet Joseph Aoun.", "en",
  [], [MW(ARAGHCHI, AOUN)]),
 ("en_never_met", "Abbas Araghchi never met Joseph Aoun, and later regretted it.", "en",
  [], [MW(ARAGHCHI, AOUN)]),
 ("ar_told_then_met", "وأبلغ عراقجي بري أن طهران تريد التهدئة، ثم التقى الرئيس جوزاف عون.", "ar",
  [MW(ARAGHCHI, AOUN)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_lead_in_scope(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
