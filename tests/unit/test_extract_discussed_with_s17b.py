""""X discussed <topic> with Y" (session 17b). Our own sentences, not taken from any dev set.

- English "X discussed <topic> (there) with Y (and Z)": X met Y (and Z), whatever the topic and
  wherever X was named before (also past a relative clause and a first predicate).
- Not when the sentence tells a phone call, a video call or a letter, nor when the call was
  told in the sentence before; not when denied.
- Arabic "بحث X مع Y <topic>" / "بحث X <topic> مع Y" was already read; kept here as the same
  construction (and its phone-call negative).
"""

import pytest

from tests.extract_support import MW, assert_relations

SUDANI, BARRACK = "person:mohammed-shia-al-sudani", "person:tom-barrack"
ARAGHCHI, BUSAIDI, FAISAL = ("person:abbas-araghchi", "person:badr-albusaidi",
                             "person:faisal-bin-farhan")
BERRI, HOCHSTEIN, AOUN, MACRON = ("person:nabih-berri", "person:amos-hochstein",
                                  "person:joseph-aoun", "person:emmanuel-macron")
JOHNSON = "person:lisa-johnson"

# (name, text, lang, must, must_not)
CASES = [
 ("en_topic_between", "Iraqi Prime Minister Mohammed Shia al-Sudani discussed the withdrawal of "
  "coalition forces with US envoy Tom Barrack in Baghdad on Monday.", "en",
  [MW(SUDANI, BARRACK)], []),
 ("en_short_topic", "Abbas Araghchi discussed the nuclear file with Omani Foreign Minister Badr "
  "Albusaidi.", "en", [MW(ARAGHCHI, BUSAIDI)], []),
 ("en_two_partners", "On Friday Joseph Aoun discussed the border file with Amos Hochstein and "
  "Lisa Johnson.", "en", [MW(AOUN, HOCHSTEIN), MW(AOUN, JOHNSON)], []),
 ("en_second_predicate", "Nabih Berri, who had returned from the south, called the strike a "
  "crime and discussed it there with Amos Hochstein.", "en", [MW(BERRI, HOCHSTEIN)], []),
 ("en_by_phone", "Abbas Araghchi discussed the nuclear file by phone with Omani Foreign "
  "Minister Badr Albusaidi.", "en", [], [MW(ARAGHCHI, BUSAIDI)]),
 ("en_phone_call_opener", "In a phone call, Abbas Araghchi discussed regional developments "
  "with Saudi Foreign Minister Faisal bin Farhan.", "en", [], [MW(ARAGHCHI, FAISAL)]),
 ("en_video_call", "Emmanuel Macron discussed Lebanon's reform plan in a video call with Joseph "
  "Aoun.", "en", [], [MW(MACRON, AOUN)]),
 ("en_denied", "Abbas Araghchi said he had not discussed the nuclear file with Omani Foreign "
  "Minister Badr Albusaidi.", "en", [], [MW(ARAGHCHI, BUSAIDI)]),
 ("ar_partner_first", "بحث رئيس الوزراء محمد شياع السوداني مع المبعوث الأميركي توم باراك انسحاب "
  "قوات التحالف.", "ar", [MW(SUDANI, BARRACK)], []),
 ("ar_topic_first", "بحث الرئيس جوزاف عون ملف الحدود مع الموفد الأميركي آموس هوكشتاين.", "ar",
  [MW(AOUN, HOCHSTEIN)], []),
 ("ar_by_phone", "بحث عراقجي هاتفياً مع نظيره العماني بدر البوسعيدي الملف النووي.", "ar",
  [], [MW(ARAGHCHI, BUSAIDI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_discussed_with(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
