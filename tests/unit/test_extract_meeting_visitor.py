"""The visitor is the subject of the meetings that follow a visit
(``loaders/extract/meeting_visitor.py``): "وصل X ...، حيث استقبله Y، ثم التقى Z", "وكان X، الذي
...، قد وصل ...، والتقى Z وW", "زيارة X ...، التي التقى خلالها Z", "X arrived in ... and held
talks with Z" -- and what must not come out: the receiver, a person of a relative clause, or
two list members as each other's partners; negation and plans still block. Our own sentences
in both languages, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

FIDAN, SUD = "person:hakan-fidan", "person:mohammed-shia-al-sudani"
FUAD, NECH = "person:fuad-hussein", "person:nechirvan-barzani"
MASROUR, ALBU = "person:masrour-barzani", "person:badr-albusaidi"
PEZ, ARAGHCHI = "person:masoud-pezeshkian", "person:abbas-araghchi"
ALAWI, HAITHAM = "person:yusuf-bin-alawi", "person:haitham-bin-tariq"
ASSAD, MEKDAD = "person:bashar-al-assad", "person:faisal-mekdad"


CASES = [
 ("ar_received_then_met",
  "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد، حيث استقبله رئيس الوزراء محمد شياع "
  "السوداني، ثم التقى نظيره العراقي فؤاد حسين.", "ar",
  [MW(FIDAN, SUD), MW(FIDAN, FUAD)], [MW(SUD, FUAD)]),
 ("ar_received_also_discussed_with",
  "وصل عراقجي إلى دمشق مساء الأحد، حيث استقبله الرئيس بشار الأسد، كما بحث مع نظيره فيصل "
  "المقداد العلاقات الثنائية.", "ar", [MW(ARAGHCHI, ASSAD), MW(ARAGHCHI, MEKDAD)],
  [MW(ASSAD, MEKDAD)]),
 ("ar_kana_qad_relative_clause",
  "وكان البوسعيدي، الذي خلف يوسف بن علوي في المنصب، قد وصل إلى طهران مساء الأحد، والتقى "
  "الرئيس مسعود بزشكيان، ونقل إليه رسالة من السلطان هيثم بن طارق.", "ar",
  [MW(ALBU, PEZ)], [MW(HAITHAM, PEZ), MW(ALAWI, PEZ)]),
 ("ar_waw_list_not_subject_object",
  "وصل فيدان إلى أربيل صباح الاثنين، والتقى رئيس الإقليم نيجيرفان بارزاني ورئيس الحكومة مسرور "
  "بارزاني.", "ar", [MW(FIDAN, NECH), MW(FIDAN, MASROUR)], [MW(NECH, MASROUR)]),
 ("ar_visit_noun_during_it",
  "وجاءت زيارة فيدان إلى بغداد، التي التقى خلالها في القصر الحكومي رئيس الوزراء محمد شياع "
  "السوداني، بعد أسبوع من التصعيد.", "ar", [MW(FIDAN, SUD)], []),
 ("ar_then_met_bi",
  "زار فيدان أربيل، حيث التقى رئيس الإقليم نيجيرفان بارزاني، ثم اجتمع برئيس الحكومة مسرور "
  "بارزاني في مكتبه.", "ar", [MW(FIDAN, NECH), MW(FIDAN, MASROUR)], [MW(NECH, MASROUR)]),
 # negatives
 ("ar_negated", "وصل فيدان إلى بغداد، ولم يلتق رئيس الوزراء محمد شياع السوداني.", "ar", [],
  [MW(FIDAN, SUD)]),
 ("ar_planned", "وصل فيدان إلى بغداد، ومن المقرر أن يلتقي رئيس الوزراء محمد شياع السوداني.",
  "ar", [], [MW(FIDAN, SUD)]),
 ("ar_own_subject_vso",
  "وصل فيدان إلى بغداد، ثم استقبل السوداني وزيرَ الخارجية فؤاد حسين في مكتبه.", "ar",
  [MW(SUD, FUAD)], [MW(FIDAN, FUAD)]),
 ("ar_phone", "وصل فيدان إلى بغداد، ثم بحث في اتصال هاتفي مع نظيره الإيراني عباس عراقجي "
  "الأوضاع.", "ar", [], [MW(FIDAN, ARAGHCHI)]),
 # "زاره X": X visited him (a person) -- a meeting with the clause's subject
 ("ar_visited_him",
  "وكان الحلبوسي قد عاد إلى بغداد، فيما زاره مساء الثلاثاء رئيس الوزراء محمد شياع السوداني في "
  "منزله.", "ar", [MW("person:mohammed-al-halbousi", SUD)], []),
 ("ar_visited_him_after_object",
  "وكان الحلبوسي قد استقبل قبل يومين وزير الخارجية التركي هاكان فيدان، فيما زاره أمس رئيس "
  "الوزراء محمد شياع السوداني.", "ar",
  [MW("person:mohammed-al-halbousi", SUD), MW("person:mohammed-al-halbousi", FIDAN)],
  [MW(FIDAN, SUD)]),
 ("ar_visited_him_negated",
  "وكان الحلبوسي قد عاد إلى بغداد، ولم يزره رئيس الوزراء محمد شياع السوداني.", "ar", [],
  [MW("person:mohammed-al-halbousi", SUD)]),
 ("ar_ministry_not_visited_him",
  "وقالت وزارة الخارجية التركية إن الوزير هاكان فيدان سيزور بغداد، ونقلت وزاره الإعلام عن "
  "السوداني ترحيبه.", "ar", [], [MW(FIDAN, SUD)]),
 ("en_arrived_and_held_talks",
  "Omani Foreign Minister Badr Albusaidi arrived in Tehran on Sunday, his first trip since "
  "Masoud Pezeshkian took office, and held talks with Foreign Minister Abbas Araghchi.", "en",
  [MW(ALBU, ARAGHCHI)], [MW(PEZ, ARAGHCHI)]),
 ("en_arrived_and_met_list",
  "Fidan arrived in Baghdad on Monday and met Prime Minister Mohammed Shia al-Sudani and "
  "Foreign Minister Fuad Hussein.", "en", [MW(FIDAN, SUD), MW(FIDAN, FUAD)], [MW(SUD, FUAD)]),
 ("en_arrived_and_did_not_meet",
  "Fidan arrived in Baghdad on Monday and did not meet Prime Minister Mohammed Shia "
  "al-Sudani.", "en", [], [MW(FIDAN, SUD)]),
 ("en_own_subject",
  "Fidan arrived in Baghdad on Monday, and Sudani met Foreign Minister Fuad Hussein.", "en",
  [MW(SUD, FUAD)], [MW(FIDAN, FUAD)]),
]


@pytest.mark.parametrize("name, text, lang, must, must_not", CASES, ids=[c[0] for c in CASES])
def test_visitor_meetings(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)


def test_every_case_cut_short_extracts_without_error(ex):
    for _name, text, lang, _must, _must_not in CASES:
        words = text.split(" ")
        for n in range(1, len(words)):
            ex.extract(" ".join(words[:n]), lang=lang)
