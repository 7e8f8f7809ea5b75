"""Pronouns as arguments of the core relations, session 24 second round (``pronoun``).
Our own sentences, not taken from any dev set.

- "he" with no person named as a subject in its sentence before it nor in the previous one
  stands for the piece's subject, the one person its headline names, when the body named him
  before (``pronoun_topic``), no longer for the last person named: "In 2023 he became
  minister, working with X. In 2024 he met Y"; "a year after Erdogan's first stop, during
  which he met Y". Not when the headline names two people (the nearest person, as before),
  not over a subject the previous sentence names ("Fidan arrived a day earlier. He met Y").
  Arabic the same for a clitic on a verb opening its sentence ("استقبله الرئيس Y" in a profile
  of X: X, not the object of the sentence before, "وفي 2023 عيّن Z مستشاراً"); not when the
  topic is the verb's own subject (the visitor of the sentence before then).
- "A met X on Monday, and Y held talks with him / received him": X, the person the first
  clause of the same sentence met, before a visitor of the sentences before
  (``pronoun_topic.met_before_and_en``); not when X was only praised, not across a full stop.
"""

import pytest

from tests.extract_support import MW, assert_relations

FIDAN, GULER, WANG = "person:hakan-fidan", "person:yasar-guler", "person:wang-yi"
XI, GUL, CAVUSOGLU = "person:xi-jinping", "person:abdullah-gul", "person:mevlut-cavusoglu"
SUDANI, ARAGHCHI, TAMIM = "person:mohammed-shia-al-sudani", "person:abbas-araghchi", \
    "person:tamim-bin-hamad-al-thani"
ERDOGAN, RASHID = "person:recep-tayyip-erdogan", "person:abdul-latif-rashid"

CASES = [
 ("profile_he_after_object_en", "en", "Profile: Who is Hakan Fidan?\nHakan Fidan was born in "
  "Ankara in 1968. In 2023 he became foreign minister, working closely with Defence Minister "
  "Yasar Guler. In June 2024 he met Chinese Foreign Minister Wang Yi in Beijing.",
  [MW(FIDAN, WANG)], [MW(GULER, WANG)]),
 ("possessor_then_he_en", "en", "Erdogan returns to Iraq\nTurkish Foreign Minister Hakan Fidan "
  "prepared the ground for the trip. The visit came a year after Erdogan's first stop in "
  "Baghdad, during which he met President Abdul Latif Rashid.",
  [MW(ERDOGAN, RASHID)], [MW(FIDAN, RASHID)]),
 ("two_in_headline_no_topic_en", "en", "Erdogan and Fidan in Iraq\nTurkish Foreign Minister "
  "Hakan Fidan prepared the trip with Recep Tayyip Erdogan. The visit came a year after a "
  "stop in Baghdad, during which he met President Abdul Latif Rashid.",
  [], [MW(ERDOGAN, RASHID)]),
 ("previous_subject_wins_en", "en", "Erdogan returns to Iraq\nThe Turkish president, Recep "
  "Tayyip Erdogan, landed on Monday. Hakan Fidan arrived in Baghdad a day earlier. He met "
  "President Abdul Latif Rashid.", [MW(FIDAN, RASHID)], [MW(ERDOGAN, RASHID)]),
 ("profile_clitic_after_object_ar", "ar", "بطاقة: هاكان فيدان\nوُلد هاكان فيدان في أنقرة "
  "عام 1968، وتولى فيدان رئاسة الاستخبارات التركية عام 2010. وفي عام 2023 عيّن عبد الله غول "
  "مستشاراً خاصاً في الوزارة.\nاستقبله الرئيس الصيني شي جينبينغ في بكين مرات عدة.",
  [MW(FIDAN, XI)], [MW(GUL, XI)]),
 ("profile_clitic_named_ar", "ar", "بطاقة: هاكان فيدان\nوُلد هاكان فيدان في أنقرة عام 1968، "
  "وتولى فيدان رئاسة الاستخبارات التركية عام 2010. وفي عام 2023 سمّى مولود جاويش أوغلو "
  "مستشاراً له في الملف السوري.\nواستقبله شي جينبينغ في بكين لاحقاً.",
  [MW(FIDAN, XI)], [MW(CAVUSOGLU, XI)]),
 ("topic_is_host_ar", "ar", "بطاقة: شي جينبينغ\nيحكم شي جينبينغ الصين منذ 2012. وفي عام 2024 "
  "زار وزير الخارجية التركي هاكان فيدان بكين.\nواستقبله الرئيس الصيني في قصر الشعب.",
  [MW(FIDAN, XI)], []),
 ("met_before_and_talks_en", "en", "Iraq's prime minister, Mohammed Shia al-Sudani, "
  "arrived in Ankara on Sunday. Iranian Foreign Minister Abbas Araghchi met Recep Tayyip "
  "Erdogan on Monday, and Qatari Emir Sheikh Tamim bin Hamad Al Thani held talks with him on "
  "Tuesday.", [MW(ERDOGAN, TAMIM), MW(ARAGHCHI, ERDOGAN)], [MW(SUDANI, TAMIM)]),
 ("received_before_and_received_en", "en", "Iraq's prime minister, Mohammed Shia al-Sudani, "
  "arrived in Ankara on Sunday. Iranian Foreign Minister Abbas Araghchi received Hakan Fidan "
  "in Tehran, and Qatari Emir Tamim bin Hamad Al Thani received him in Doha a week later.",
  [MW(FIDAN, TAMIM)], [MW(SUDANI, TAMIM)]),
 ("praised_not_met_en", "en", "Iraq's prime minister, Mohammed Shia al-Sudani, arrived in "
  "Ankara on Sunday. Iranian Foreign Minister Abbas Araghchi praised Recep Tayyip Erdogan on "
  "Monday, and Qatari Emir Sheikh Tamim bin Hamad Al Thani held talks with him on Tuesday.",
  [], [MW(ERDOGAN, TAMIM)]),
 ("full_stop_between_en", "en", "Iraq's prime minister, Mohammed Shia al-Sudani, arrived in "
  "Ankara on Sunday. Iranian Foreign Minister Abbas Araghchi met Recep Tayyip Erdogan on "
  "Monday. Qatari Emir Sheikh Tamim bin Hamad Al Thani held talks with him on Tuesday.",
  [], [MW(ERDOGAN, TAMIM)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_pronoun(ex, name, lang, text, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
