"""A speaker who tells / assures / briefs an addressee something at a meeting met him (session
12, ``loaders/extract/meeting_told.py``): "X told Y during a meeting ...", "During a meeting,
X briefed Y", "أكد X لـY خلال لقائهما"، "وخلال اللقاء، أبلغ X Y". Not by phone, not planned or
negated, not to an unnamed addressee, not when the meeting names its own partner. Our own
sentences in both languages, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

SUD, PEZ = "person:mohammed-shia-al-sudani", "person:masoud-pezeshkian"
ARAGHCHI, FIDAN = "person:abbas-araghchi", "person:hakan-fidan"
BERRI, MIKATI = "person:nabih-berri", "person:najib-mikati"


CASES = [
 ("en_told_during_a_meeting",
  "Iraqi Prime Minister Mohammed Shia al-Sudani told Iranian President Masoud Pezeshkian "
  "during a meeting in Tehran that Iraq would not be a launch pad for attacks.", "en",
  [MW(SUD, PEZ)], []),
 ("en_assured_at_the_talks_two_addressees",
  "Hakan Fidan assured Nabih Berri and Najib Mikati at the talks that Ankara backs a truce.",
  "en", [MW(FIDAN, BERRI), MW(FIDAN, MIKATI)], [MW(BERRI, MIKATI)]),
 ("en_meeting_phrase_first",
  "During a closed-door meeting on Monday, Abbas Araghchi briefed Najib Mikati on the "
  "negotiations.", "en", [MW(ARAGHCHI, MIKATI)], []),
 ("en_by_phone_no_meeting",
  "Mohammed Shia al-Sudani told Masoud Pezeshkian by phone that Iraq would stay neutral.",
  "en", [], [MW(SUD, PEZ)]),
 ("en_unnamed_addressee",
  "Mohammed Shia al-Sudani told reporters during a meeting in Tehran that Masoud Pezeshkian "
  "had accepted an invitation.", "en", [], [MW(SUD, PEZ)]),
 ("en_meeting_with_someone_else",
  "Abbas Araghchi told Najib Mikati at a meeting with Nabih Berri that Iran wants calm.",
  "en", [], [MW(ARAGHCHI, MIKATI)]),
 ("en_negated",
  "Abbas Araghchi never told Najib Mikati at the talks that Iran would send weapons.", "en",
  [], [MW(ARAGHCHI, MIKATI)]),
 ("ar_lam_addressee_their_meeting",
  "وأكد وزير الخارجية عباس عراقجي لرئيس الحكومة نجيب ميقاتي خلال لقائهما في بيروت أن إيران "
  "تدعم وقف إطلاق النار.", "ar", [MW(ARAGHCHI, MIKATI)], []),
 ("ar_direct_object_verb",
  "وأبلغ رئيس الوزراء محمد شياع السوداني الرئيسَ الإيراني مسعود بزشكيان أثناء الاجتماع أن "
  "العراق يرفض التصعيد.", "ar", [MW(SUD, PEZ)], []),
 ("ar_phrase_first",
  "وخلال المباحثات، شدد هاكان فيدان لنبيه بري على دعم أنقرة للبنان.", "ar",
  [MW(FIDAN, BERRI)], []),
 ("ar_phone_call_no_meeting",
  "وأكد السوداني لبزشكيان في اتصال هاتفي أن العراق يرفض التصعيد.", "ar", [],
  [MW(SUD, PEZ)]),
 ("ar_meeting_with_other_partner",
  "وقال عراقجي لميقاتي خلال لقائه مع نبيه بري إن إيران تريد التهدئة.", "ar", [],
  [MW(ARAGHCHI, MIKATI)]),
 ("ar_negated",
  "ولم يبلغ عراقجي ميقاتي خلال الاجتماع بأي قرار.", "ar", [], [MW(ARAGHCHI, MIKATI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_told(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
