"""Descriptions and pronouns in place of a name, session 21 (``coref``). Our own sentences
(the probe set ``bench/probe_coref.py``), not taken from any dev set.

- A description is nobody when two people introduced with its title were named together and
  as often ("Iranian General A and Iranian General B arrived. The Iranian general met C";
  "Foreign Ministers A and B ... The minister met C"; ``coref_offices.tied_pair``, also in
  ``meetings_en.described_subject_en``); one such person still resolves.
- "والتقى الأخير Z" in a sentence naming no one before the verb: the last person named in the
  sentences before, not the earlier subject (``meetings_ar._latter_met``).
- "والتقى المبعوث الزائر Y" with no envoy named: the verb has a subject of its own, not the
  previous sentence's (``doc.unnamed``, ``meetings._met_svo``).
- A sentence whose only person is "He" / "She" / "him" / "her" is read: "X lived in Beirut.
  He was killed by an Israeli drone strike", "In January he was killed in an Israeli strike",
  "An Israeli strike killed him" (``pronoun_refs.he_refs``, ``rules._REFER_BACK_KEYS``); not
  "He said Israel killed Y".
- Arabic: a killing verb with an object pronoun opening the sentence ("واغتالته إسرائيل") and
  "خلفه" after a time opener ("وفي آذار خلفه Y"): the previous sentence's subject
  (``pronoun_clause_ar``).
- "his Omani counterpart" for a person the gazetteer does not know, introduced as "Omani
  Foreign Minister X" (the title's nationality counts), also when the subject is named bare
  in that sentence and titled before ("Oboth received his Kenyan counterpart";
  ``coref_peers._counterpart``); not a counterpart of another office (a president).
- "Iran's top diplomat" (a possessive country before a lower-case title) is a definite
  description: the Iranian named with that title before (``titles._titles``); not an Iraqi
  named before, not a title before a name ("Iran's Minister of Petroleum X").
- "رئيس الحكومة" alone is the head of government introduced as "رئيس الحكومة العراقية X" (the
  lead of a government body, ``coref_offices._heads_government``); not a president.
- A verb before "the" is no qualifier of the description after it: "Israel killed the Hamas
  official" is the Hamas official named before, not a former holder (``titles._titles``).
- A singular description after two names under one plural title ("Hamas officials A and B
  ... the Hamas official") may be either: nobody (``coref_offices._plural_titled_pair``).
- Arabic "وهو" / "وهي" opening a sentence is the previous sentence's subject ("تسلم العقيد X
  القيادة. وهو يخلف اللواء Y": X succeeds Y; ``subjects._pronoun``), not "وهو ما ...".
- "وصل خليفة سليماني إلى بغداد والتقى Y": the subject carried to "والتقى" is the description
  (Soleimani's successor), not the name inside it (``meetings._met_svo`` asks for an
  independent mention).
"""

import pytest

from tests.extract_support import AB, MW, SO, assert_relations

QAANI, SUDANI = "person:esmail-qaani", "person:mohammed-shia-al-sudani"
KHAZALI, FIDAN = "person:qais-al-khazali", "person:hakan-fidan"
LARIJANI, BERRI, QASSEM = "person:ali-larijani", "person:nabih-berri", "person:naim-qassem"
REZAEI, SOLBERG = "person:hossein-rezaei", "person:eirik-solberg"
AROURI, ISRAEL = "person:saleh-al-arouri", "country:israel"
MANSA, KONATE = "person:idris-mansa", "person:baba-konate"

# (name, lang, text, must, must_not)
CASES = [
 ("two_generals_en", "en", "Iranian General Esmail Qaani and Iranian General Hossein Rezaei "
  "arrived in Baghdad on Monday. The Iranian general met Qais al-Khazali.", [],
  [MW(QAANI, KHAZALI), MW(REZAEI, KHAZALI)]),
 ("one_general_en", "en", "Iranian Brigadier General Esmail Qaani arrived in Baghdad on "
  "Monday. The Iranian general met Prime Minister Mohammed Shia al-Sudani.",
  [MW(QAANI, SUDANI)], []),
 ("two_generals_ar", "ar", "وصل الجنرال الإيراني إسماعيل قاآني والجنرال الإيراني حسين رضائي "
  "إلى بغداد الاثنين. واجتمع الجنرال الإيراني مع قيس الخزعلي.", [],
  [MW(QAANI, KHAZALI), MW(REZAEI, KHAZALI)]),
 ("one_general_ar", "ar", "وصل قائد فيلق القدس الإيراني إسماعيل قاآني إلى بغداد الاثنين. "
  "والتقى الجنرال الإيراني رئيس الوزراء محمد شياع السوداني في مكتبه.", [MW(QAANI, SUDANI)], []),
 ("two_ministers_en", "en", "Turkish Foreign Minister Hakan Fidan and Norwegian Foreign "
  "Minister Eirik Solberg arrived in Baghdad. The minister met Mohammed Shia al-Sudani.", [],
  [MW(FIDAN, SUDANI), MW(SOLBERG, SUDANI)]),
 ("visiting_minister_en", "en", "Turkish Foreign Minister Hakan Fidan arrived in Baghdad on "
  "Wednesday. The minister met Mohammed Shia al-Sudani.", [MW(FIDAN, SUDANI)], []),
 ("latter_next_sentence_ar", "ar", "اتصل علي لاريجاني هاتفياً بنبيه بري الجمعة. والتقى "
  "الأخير نعيم قاسم في بيروت.", [MW(BERRI, QASSEM)], [MW(LARIJANI, QASSEM)]),
 ("latter_same_sentence_ar", "ar", "استقبل علي لاريجاني نبيه بري، قبل أن يلتقي الأخير نعيم "
  "قاسم.", [MW(BERRI, QASSEM)], [MW(LARIJANI, QASSEM)]),
 ("unnamed_envoy_ar", "ar", "عاد قيس الخزعلي إلى بغداد الجمعة. والتقى المبعوث الزائر رئيس "
  "الوزراء محمد شياع السوداني.", [], [MW(KHAZALI, SUDANI)]),
 ("dropped_subject_ar", "ar", "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد الثلاثاء في "
  "زيارة رسمية. والتقى خلال زيارته رئيس الوزراء محمد شياع السوداني.", [MW(FIDAN, SUDANI)], []),
 ("he_killed_by_strike_en", "en", "Hamas official Saleh Arouri lived in Beirut for years. He "
  "was killed by an Israeli drone strike in January.", [AB(AROURI, ISRAEL)], []),
 ("time_he_killed_en", "en", "Hamas official Saleh Arouri lived in Beirut for years. In "
  "January he was killed in an Israeli strike.", [AB(AROURI, ISRAEL)], []),
 ("strike_killed_him_en", "en", "Hamas official Saleh Arouri lived in Beirut for years. An "
  "Israeli drone strike killed him in January.", [AB(AROURI, ISRAEL)], []),
 ("he_said_en", "en", "Hamas official Saleh Arouri lived in Beirut for years. He said an "
  "Israeli strike had killed his brother.", [], [AB(AROURI, ISRAEL)]),
 ("killed_him_next_ar", "ar", "عاش القيادي في حماس صالح العاروري في بيروت سنوات. واغتالته "
  "إسرائيل بغارة بطائرة مسيرة في كانون الثاني.", [AB(AROURI, ISRAEL)], []),
 ("time_khalafahu_ar", "ar", "قاد اللواء إدريس منسى الحرس الرئاسي ست سنوات. وفي آذار خلفه "
  "العقيد بابا كوناتي.", [SO(KONATE, MANSA)], []),
 ("behind_him_ar", "ar", "قاد اللواء إدريس منسى الحرس الرئاسي ست سنوات. ووقف خلفه العقيد "
  "بابا كوناتي في الصورة.", [], [SO(KONATE, MANSA)]),
 ("counterpart_new_en", "en", "Omani Foreign Minister Salim al-Harthy arrived in Copenhagen on "
  "Monday. Danish Foreign Minister Lars Kjeldsen received his Omani counterpart at the "
  "ministry.", [MW("person:salim-al-harthy", "person:lars-kjeldsen")], []),
 ("counterpart_bare_subject_en", "en", "Kenyan Defence Minister Aden Duale flew to Kampala on "
  "Sunday. His Ugandan host, Defence Minister Jacob Oboth, had invited him. On Monday Oboth "
  "received his Kenyan counterpart at the ministry.",
  [MW("person:aden-duale", "person:jacob-oboth")], []),
 ("counterpart_other_office_en", "en", "Ghanaian President Kwame Asante spoke in Accra on "
  "Friday. Togolese Foreign Minister Kossi Adjavon later met his Ghanaian counterpart in "
  "Lome.", [], [MW("person:kwame-asante", "person:kossi-adjavon")]),
 ("country_possessive_en", "en", "Iranian Foreign Minister Abbas Araghchi landed in Beirut on "
  "Friday. Iran's top diplomat then met Parliament Speaker Nabih Berri.",
  [MW("person:abbas-araghchi", "person:nabih-berri")], []),
 ("country_possessive_other_en", "en", "Qais al-Khazali returned to Baghdad on Friday. Iran's "
  "top diplomat met Mohammed Shia al-Sudani on Saturday.", [], [MW(KHAZALI, SUDANI)]),
 ("head_of_government_ar", "ar", "وصل رئيس الحكومة العراقية محمد شياع السوداني إلى أنقرة "
  "الثلاثاء. واجتمع رئيس الحكومة مع وزير الخارجية التركي هاكان فيدان.", [MW(SUDANI, FIDAN)],
  []),
 ("head_of_government_not_president_ar", "ar", "وصل الرئيس العراقي عبد اللطيف رشيد إلى أنقرة "
  "الثلاثاء. واجتمع رئيس الحكومة مع وزير الخارجية التركي هاكان فيدان.", [],
  [MW("person:abdul-latif-rashid", FIDAN)]),
 ("killed_the_official_en", "en", "Hamas official Saleh Arouri lived in Beirut for years. "
  "Israel killed the Hamas official in a drone strike in January.", [AB(AROURI, ISRAEL)], []),
 ("killed_the_general_en", "en", "Qasem Soleimani landed at Baghdad airport shortly after "
  "midnight. Minutes later a U.S. drone strike killed the Iranian general.",
  [AB("person:qasem-soleimani", "country:united-states")], []),
 ("plural_title_pair_en", "en", "Hamas officials Saleh Arouri and Zaher Jabarin met in Beirut "
  "on Monday. Israel later killed the Hamas official in a drone strike.", [],
  [AB(AROURI, ISRAEL), AB("person:zaher-jabarin", ISRAEL)]),
 ("huwa_opening_ar", "ar", "تسلم العقيد بابا كوناتي قيادة الحرس الرئاسي الاثنين. وهو يخلف "
  "اللواء إدريس منسى الذي تقاعد.", [SO(KONATE, MANSA)], []),
 ("huwa_ma_ar", "ar", "تسلم العقيد بابا كوناتي قيادة الحرس الرئاسي الاثنين. وهو ما يخلف "
  "قلقاً لدى اللواء إدريس منسى.", [], [SO(KONATE, MANSA)]),
 ("successor_of_subject_ar", "ar", "وصل خليفة سليماني إلى بغداد الاثنين والتقى قيس الخزعلي، "
  "بحسب مصدرين.", [MW(QAANI, KHAZALI)], [MW("person:qasem-soleimani", KHAZALI)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_coref(ex, name, lang, text, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
