"""People named in a meeting sentence who were NOT met (``loaders/extract/meeting_checks.py``):
a meeting noun whose status comes after it ("did not take place", "was not on the agenda",
"أُرجئ", "لم يُعقد"), the one whose envoy / son / letter came ("مبعوثَ الرئيس X", "رسالة من
X"), someone only present ("بحضور X", "in the presence of X") -- and the meetings in the same
sentences that must stay. Our own sentences, in both languages, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, FIDAN = "person:abbas-araghchi", "person:hakan-fidan"
SUD, ERDOGAN = "person:mohammed-shia-al-sudani", "person:recep-tayyip-erdogan"
RASHID, PUTIN = "person:abdul-latif-rashid", "person:vladimir-putin"
FUAD, PEZ = "person:fuad-hussein", "person:masoud-pezeshkian"
LAVROV, WITKOFF = "person:sergei-lavrov", "person:steve-witkoff"
MIKATI, BERRI = "person:najib-mikati", "person:nabih-berri"


CASES = [
 # ---- English: the meeting noun's status after it
 ("en_did_not_take_place",
  "Araghchi met Iraqi Foreign Minister Fuad Hussein, but a meeting with Prime Minister "
  "Mohammed Shia al-Sudani did not take place.", "en", [MW(ARAGHCHI, FUAD)],
  [MW(FUAD, SUD), MW(ARAGHCHI, SUD)]),
 ("en_between_not_on_agenda",
  "A meeting between Fidan and Iraqi Prime Minister Mohammed Shia al-Sudani, requested by "
  "Baghdad, was not on the agenda, a diplomat said.", "en", [], [MW(FIDAN, SUD)]),
 ("en_talks_postponed_after",
  "Lavrov received Fidan in Moscow, while talks with Iranian President Masoud Pezeshkian "
  "were postponed to next week.", "en", [MW(LAVROV, FIDAN)], [MW(LAVROV, PEZ), MW(FIDAN, PEZ)]),
 ("en_never_happened",
  "The meeting between Berri and Mikati that aides had promised never happened.", "en", [],
  [MW(BERRI, MIKATI)]),
 # positives: another negation, a meeting that took place
 ("en_took_place",
  "A meeting between Fidan and Iraqi Prime Minister Mohammed Shia al-Sudani took place in "
  "Baghdad on Monday.", "en", [MW(FIDAN, SUD)], []),
 ("en_meeting_other_negation",
  "A meeting between Fidan and Prime Minister Mohammed Shia al-Sudani in Baghdad produced "
  "no agreement on water, officials said.", "en", [MW(FIDAN, SUD)], []),
 # session 18 (meeting_sides_en): the one present met the other side, not his own
 ("en_presence_of",
  "Sudani received Fidan in Baghdad in the presence of Foreign Minister Fuad Hussein.", "en",
  [MW(SUD, FIDAN), MW(FIDAN, FUAD), MW(SUD, FUAD)], []),
 # ---- Arabic: status after the noun
 ("ar_postponed_after_noun",
  "التقى عراقجي نظيره العراقي فؤاد حسين، فيما قالت مصادر إن لقاءً مع رئيس الوزراء محمد شياع "
  "السوداني أُرجئ.", "ar", [MW(ARAGHCHI, FUAD)], [MW(FUAD, SUD), MW(ARAGHCHI, SUD)]),
 ("ar_quoted_postponed",
  "وأضاف أن اللقاء مع رئيس الوزراء محمد شياع السوداني «أُرجئ لأسباب فنية».", "ar", [], []),
 ("ar_not_held_after_noun",
  "اجتمع فيدان بالرئيس العراقي عبد اللطيف رشيد، لكن الاجتماع مع السوداني لم يُعقد بسبب "
  "انشغاله.", "ar", [MW(FIDAN, RASHID)], [MW(FIDAN, SUD), MW(RASHID, SUD)]),
 ("ar_meeting_held",
  "وعُقد الاجتماع بين فيدان والسوداني في قصر الحكومة ببغداد.", "ar", [MW(FIDAN, SUD)], []),
 # ---- Arabic: whose envoy / letter was received
 ("ar_envoy_of_president",
  "استقبل رئيس الوزراء العراقي محمد شياع السوداني، اليوم الأحد، مبعوثَ الرئيس التركي رجب طيب "
  "أردوغان.", "ar", [], [MW(SUD, ERDOGAN)]),
 ("ar_special_envoy_of",
  "واستقبل الرئيس العراقي عبد اللطيف رشيد المبعوثَ الخاص للرئيس الروسي فلاديمير بوتين إلى "
  "الشرق الأوسط.", "ar", [], [MW(RASHID, PUTIN)]),
 ("ar_letter_from",
  "استقبل الرئيس الإيراني مسعود بزشكيان رسالة خطية من الرئيس الروسي فلاديمير بوتين.", "ar",
  [], [MW(PEZ, PUTIN)]),
 ("ar_met_then_letter",
  "والتقى وزير الخارجية التركي هاكان فيدان رئيسَ الوزراء محمد شياع السوداني، ونقل إليه رسالة "
  "من الرئيس رجب طيب أردوغان.", "ar", [MW(FIDAN, SUD)], [MW(SUD, ERDOGAN), MW(FIDAN, ERDOGAN)]),
 # positive: the envoy named after the principal's title is the envoy, and is met
 ("ar_envoy_named",
  "استقبل الرئيس العراقي عبد اللطيف رشيد، مبعوثَ الرئيس الأمريكي إلى الشرق الأوسط ستيف "
  "ويتكوف.", "ar", [MW(RASHID, WITKOFF)], []),
 # positive: the president himself, met, with a letter from someone else
 ("ar_met_president_letter_other",
  "استقبل الرئيس التركي رجب طيب أردوغان وزير الخارجية الروسي سيرغي لافروف، الذي سلّمه رسالة "
  "من الرئيس فلاديمير بوتين.", "ar", [MW(ERDOGAN, LAVROV)], [MW(ERDOGAN, PUTIN)]),
 # ---- Arabic: only present
 # session 19 (meeting_attended_ar.present_ar): as in English, the other side, not his own
 ("ar_presence",
  "استقبل رئيس الوزراء محمد شياع السوداني وزير الخارجية التركي هاكان فيدان بحضور وزير "
  "الخارجية فؤاد حسين.", "ar", [MW(SUD, FIDAN), MW(FIDAN, FUAD), MW(SUD, FUAD)], []),
 ("ar_presence_list",
  "واستقبل السوداني الوفد التركي بحضور وزير الخارجية فؤاد حسين والرئيس عبد اللطيف رشيد.",
  "ar", [], [MW(SUD, FUAD), MW(SUD, RASHID)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_unmet_partners(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)
