"""A meeting "ahead of" / "on the eve of" which something happens has not taken place yet
(session 17): "X arrived in Moscow ahead of talks with Y", "comes on the eve of the second
round of talks with Y", "عشية الجولة الثانية من المحادثات مع Y", "عشية لقائه Y". Our own
sentences, not taken from any dev set. A meeting held on the eve of something else stays."""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, WITKOFF = "person:abbas-araghchi", "person:steve-witkoff"
SUDANI, BIDEN = "person:mohammed-shia-al-sudani", "person:joe-biden"

# (name, text, lang, must, must_not)
CASES = [
 ("en_ahead_of_talks", "Abbas Araghchi arrived in Moscow ahead of talks with U.S. envoy Steve "
  "Witkoff.", "en", [], [MW(ARAGHCHI, WITKOFF)]),
 ("en_eve_of_round", "Araghchi's visit to Moscow comes on the eve of the second round of talks "
  "with U.S. envoy Steve Witkoff.", "en", [], [MW(ARAGHCHI, WITKOFF)]),
 ("en_ahead_of_his_meeting", "Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Washington "
  "on Sunday ahead of his meeting with President Joe Biden.", "en", [], [MW(SUDANI, BIDEN)]),
 ("ar_eve_of_round", "وتأتي زيارة عراقجي إلى موسكو عشية الجولة الثانية من المحادثات مع المبعوث "
  "الأميركي ستيف ويتكوف.", "ar", [], [MW(ARAGHCHI, WITKOFF)]),
 ("ar_eve_of_his_meeting", "وصل رئيس الوزراء محمد شياع السوداني إلى واشنطن عشية لقائه الرئيس "
  "جو بايدن.", "ar", [], [MW(SUDANI, BIDEN)]),
 ("ar_arrived_eve_talks", "وصل عباس عراقجي إلى مسقط عشية محادثات مع المبعوث الأميركي ستيف "
  "ويتكوف.", "ar", [], [MW(ARAGHCHI, WITKOFF)]),
 # negatives: the meeting itself is reported
 ("en_met_ahead_of_other", "Abbas Araghchi met Steve Witkoff on the eve of the election.", "en",
  [MW(ARAGHCHI, WITKOFF)], []),
 ("en_met_ahead_of_talks", "Abbas Araghchi met Steve Witkoff in Muscat ahead of the talks.",
  "en", [MW(ARAGHCHI, WITKOFF)], []),
 ("ar_met_eve_of_other", "والتقى عباس عراقجي ستيف ويتكوف عشية الانتخابات.", "ar",
  [MW(ARAGHCHI, WITKOFF)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_ahead_of_talks(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
