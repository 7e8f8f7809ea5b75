"""Which clause a meeting verb's subject and objects belong to (session 11,
``loaders/extract/meeting_clauses.py``): a و-verb with no comma before it continues the
first clause's subject ("وزار X طهران ... والتقى Y وZ": X met Y and Z, Y and Z did not meet);
a clause opened after a comma (فيما / بينما / في حين, "كما زارها Z", "ثم زارها Z"; English
"..., and Z visited it") holds no object of the verb before. Our own sentences in both
languages, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

FIDAN, SUD = "person:hakan-fidan", "person:mohammed-shia-al-sudani"
PEZ, ARAGHCHI = "person:masoud-pezeshkian", "person:abbas-araghchi"
ASSAD, MEKDAD = "person:bashar-al-assad", "person:faisal-mekdad"
BERRI, MIKATI = "person:nabih-berri", "person:najib-mikati"
GHALIBAF = "person:mohammad-bagher-ghalibaf"


CASES = [
 ("ar_waw_verb_continues_subject",
  "وزار وزير الخارجية التركي هاكان فيدان طهران يوم الأحد والتقى الرئيس مسعود بزشكيان ووزير "
  "الخارجية عباس عراقجي، كما زارها رئيس الوزراء محمد شياع السوداني بعد أسبوع.", "ar",
  [MW(FIDAN, PEZ), MW(FIDAN, ARAGHCHI)],
  [MW(PEZ, ARAGHCHI), MW(SUD, FIDAN), MW(SUD, PEZ), MW(SUD, ARAGHCHI)]),
 ("ar_kana_qad_waw_verb_list",
  "وكان السوداني قد زار طهران في الشتاء الماضي والتقى بزشكيان وعراقجي.", "ar",
  [MW(SUD, PEZ), MW(SUD, ARAGHCHI)], [MW(PEZ, ARAGHCHI)]),
 ("ar_negated_clause_after_bayna_ma",
  "وكان عراقجي قد زار دمشق الشهر الماضي والتقى الرئيس بشار الأسد، بينما لم يلتقِ المقداد "
  "أي مسؤول إيراني.", "ar",
  [MW(ARAGHCHI, ASSAD)], [MW(ASSAD, MEKDAD), MW(ARAGHCHI, MEKDAD)]),
 ("ar_fi_hin_clause",
  "وكان فيدان قد زار بغداد في آب والتقى رئيس الوزراء محمد شياع السوداني، في حين لم يلتق "
  "عراقجي أي مسؤول تركي.", "ar",
  [MW(FIDAN, SUD)], [MW(SUD, ARAGHCHI), MW(FIDAN, ARAGHCHI)]),
 ("ar_then_visited_it",
  "وصل فيدان إلى طهران، والتقى عراقجي، ثم زارها السوداني بعد أسبوع.", "ar",
  [MW(FIDAN, ARAGHCHI)], [MW(FIDAN, SUD), MW(ARAGHCHI, SUD)]),
 ("ar_sentence_initial_reciprocal_kept",
  "التقى رئيس مجلس النواب نبيه بري ورئيس الحكومة نجيب ميقاتي في بيروت أمس.", "ar",
  [MW(BERRI, MIKATI)], []),
 ("en_and_later_visitor_no_object",
  "Turkish Foreign Minister Hakan Fidan visited Tehran on Sunday and met President Masoud "
  "Pezeshkian and Foreign Minister Abbas Araghchi, and Iraqi Prime Minister Mohammed Shia "
  "al-Sudani visited it a week later.", "en",
  [MW(FIDAN, PEZ), MW(FIDAN, ARAGHCHI)], [MW(FIDAN, SUD), MW(PEZ, SUD)]),
 ("en_plain_list_kept",
  "Abbas Araghchi met Nabih Berri, Najib Mikati and Mohammad Bagher Ghalibaf in Beirut.",
  "en", [MW(ARAGHCHI, BERRI), MW(ARAGHCHI, MIKATI), MW(ARAGHCHI, GHALIBAF)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_clauses(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
