"""MET_WITH partner lists that go on past a relative clause or an apposition, groups named
by their members, parallel prepositions and plural references (session 7):

- "met X, the negotiator, who lives in Muscat, and Minister Y" / "met X, who had arrived from
  Baghdad, and Prime Minister Y" / "met X, head of Z, and Asaib Ahl al-Haq leader Y";
- Arabic "التقى X، الذي خلف Z ...، ووزير الطاقة Y";
- "after meeting (repeatedly) with his security team, including X and Y";
- "اجتمع X بـY، ثم بـZ";
- "X and Y were among the guests, and Z received the two men" (not Z himself).

Our own sentences, in both languages, with negatives. Each case: (name, text, lang, MET_WITH
that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, FIDAN = "person:abbas-araghchi", "person:hakan-fidan"
SUD, FUAD = "person:mohammed-shia-al-sudani", "person:fuad-hussein"
ABDULSALAM, ALBU = "person:mohammed-abdulsalam", "person:badr-albusaidi"
MALIKI, KHAZALI = "person:nouri-al-maliki", "person:qais-al-khazali"
AMIRI, PEZ = "person:hadi-al-amiri", "person:masoud-pezeshkian"
MASROUR, BAYRAKTAR = "person:masrour-barzani", "person:alparslan-bayraktar"
BIDEN, BURNS = "person:joe-biden", "person:william-burns"
SULLIVAN = "person:jake-sullivan"


CASES = [
 # ---- English: the list goes on after a relative clause / an apposition
 ("en_list_after_apposition_and_relative",
  "Araghchi also met Mohammed Abdulsalam, the Houthi negotiator, who lives in Muscat, and "
  "Foreign Minister Badr Albusaidi.", "en", [MW(ARAGHCHI, ABDULSALAM), MW(ARAGHCHI, ALBU)],
  [MW(ABDULSALAM, ALBU)]),
 ("en_list_after_relative",
  "Araghchi met Fuad Hussein, who had arrived from Baghdad, and Prime Minister Mohammed Shia "
  "al-Sudani.", "en", [MW(ARAGHCHI, FUAD), MW(ARAGHCHI, SUD)], [MW(FUAD, SUD)]),
 ("en_relative_saying_no_list",
  "Araghchi met Fuad Hussein, who said the talks went well, and Sudani later flew to Tehran.",
  "en", [MW(ARAGHCHI, FUAD)], [MW(ARAGHCHI, SUD)]),
 ("en_list_org_title_member",
  "Araghchi met former Prime Minister Nouri al-Maliki, head of the State of Law Coalition, and "
  "Asaib Ahl al-Haq leader Qais al-Khazali in Baghdad.", "en",
  [MW(ARAGHCHI, MALIKI), MW(ARAGHCHI, KHAZALI)], [MW(MALIKI, KHAZALI)]),
 # ---- Arabic: the list goes on after a relative clause
 ("ar_list_after_relative",
  "والتقى عراقجي وزير الخارجية العراقي فؤاد حسين، الذي وصل من بغداد، ورئيس الوزراء محمد شياع "
  "السوداني.", "ar", [MW(ARAGHCHI, FUAD), MW(ARAGHCHI, SUD)], [MW(FUAD, SUD)]),
 ("ar_list_after_relative_title_outside",
  "كما التقى مسرور بارزاني وزير الخارجية التركي هاكان فيدان، الذي خلف مولود تشاووش أوغلو في "
  "المنصب، ووزير الطاقة ألب أرسلان بيرقدار.", "ar", [MW(MASROUR, FIDAN), MW(MASROUR, BAYRAKTAR)],
  []),
 ("ar_relative_then_new_clause",
  "والتقى عراقجي وزير الخارجية العراقي فؤاد حسين، الذي وصل من بغداد، ووصل رئيس الوزراء محمد "
  "شياع السوداني إلى طهران.", "ar", [MW(ARAGHCHI, FUAD)], [MW(ARAGHCHI, SUD)]),
 ("ar_relative_then_subject_of_verb",
  "والتقى عراقجي وزير الخارجية العراقي فؤاد حسين، الذي وصل من بغداد، ورئيس الوزراء محمد شياع "
  "السوداني أعلن لاحقاً دعمه للاتفاق.", "ar", [MW(ARAGHCHI, FUAD)], [MW(ARAGHCHI, SUD)]),
 # ---- English: a group met, named by its members
 ("en_gerund_group_including",
  "Biden said he approved the strike after meeting with his national security team, including "
  "CIA Director William Burns and Jake Sullivan.", "en",
  [MW(BIDEN, BURNS), MW(BIDEN, SULLIVAN), MW(BURNS, SULLIVAN)], []),  # (session 24b: one meeting)
 ("en_gerund_group_video",
  "Sudani spoke to reporters after meeting with his cabinet, including Fuad Hussein, by video "
  "link.", "en", [], [MW(SUD, FUAD)]),
 ("en_call_group_including",
  "Sudani spoke to reporters after a call with the faction leaders, including Hadi al-Amiri.",
  "en", [], [MW(SUD, AMIRI)]),
 # ---- Arabic: "ثم بـZ" after "اجتمع X بـY"
 ("ar_then_same_preposition",
  "واجتمع عراقجي بوزير الخارجية التركي هاكان فيدان، ثم برئيس الوزراء العراقي محمد شياع "
  "السوداني.", "ar", [MW(ARAGHCHI, FIDAN), MW(ARAGHCHI, SUD)], [MW(FIDAN, SUD)]),
 ("ar_then_other_preposition",
  "والتقى عراقجي نظيره التركي هاكان فيدان، ثم توجه إلى أنقرة للقاء السوداني.", "ar",
  [MW(ARAGHCHI, FIDAN)], [MW(ARAGHCHI, SUD)]),
 # ---- plural reference in a clause of its own
 ("en_two_men_not_the_subject",
  "Hadi al-Amiri and Iraqi Foreign Minister Fuad Hussein were among the guests, and Araghchi "
  "received the two men after the ceremony.", "en", [MW(ARAGHCHI, AMIRI), MW(ARAGHCHI, FUAD)],
  [MW(AMIRI, FUAD)]),
 ("ar_two_men_not_the_subject",
  "وحضر المراسم هادي العامري ووزير الخارجية فؤاد حسين، واستقبل عراقجي الرجلين على هامش الحفل.",
  "ar", [MW(ARAGHCHI, AMIRI), MW(ARAGHCHI, FUAD)], []),
 ("en_two_men_as_subject",
  "Araghchi received Hadi al-Amiri and Fuad Hussein, and the two men later met Pezeshkian.",
  "en", [MW(AMIRI, PEZ), MW(FUAD, PEZ)], [MW(ARAGHCHI, PEZ)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_lists(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)
