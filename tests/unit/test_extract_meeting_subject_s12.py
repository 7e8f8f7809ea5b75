"""MET_WITH: the subject of a meeting verb that has none of its own (session 12, precision).

- after a reception told from the guest's side ("وكان في استقبال X لدى وصوله Y، قبل أن يجري
  مباحثات مع Z", "حيث استقبله Y، ثم توجه إلى ... والتقى Z") the guest goes on: X met Z, not
  the host Y (read where the verb's subject is picked: ``meeting_guest_then.py``,
  ``core_recall_objects.received_him_before``);
- ``meeting_unnamed_subject.py``: "X met A and B ..., and then held talks with Z" / "received
  A and later met Z": X met Z, never A or B (a body of the second meeting is not moved to X);
- ``meeting_coordination.py``: Arabic "التقى A وB، (بحضور C)، والتقى أيضاً Z": A and B did not
  meet Z;
- ``meeting_side_subjects.py``: "استقبل X Y، الذي التقى (أيضاً) Z" (Y met Z, not X) and "A met
  the new president, as did Z" (Z did not meet A);
- ``meetings._met_svo``: the antecedent of "وبحث معه" is the clause's subject carried on, not
  a companion named last ("استقبل X Y، الذي وصل ... يرافقه Z، وبحث معه ...": not Y-Z).

Our own sentences, not taken from any dev set. Each case: (name, text, lang, MET_WITH that
must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

SUD, FIDAN = "person:mohammed-shia-al-sudani", "person:hakan-fidan"
FUAD, HALBOUSI = "person:fuad-hussein", "person:mohammed-al-halbousi"
BARZANI, MOKHBER = "person:masrour-barzani", "person:mohammad-mokhber"
ABDOLLAHIAN = "person:hossein-amir-abdollahian"
SHARAA, MBS = "person:ahmed-al-sharaa", "person:mohammed-bin-salman"
ERDOGAN, BARNEA = "person:recep-tayyip-erdogan", "person:david-barnea"
BAR, HAYYA = "person:ronen-bar", "person:khalil-al-hayya"
ARAGHCHI = "person:abbas-araghchi"
ROUHANI, ZARIF = "person:hassan-rouhani", "person:mohammad-javad-zarif"
RASHID, HAMAS = "person:abdul-latif-rashid", "organization:hamas"
QATAR_FM = "person:mohammed-bin-abdulrahman-al-thani"
BAYRAKTAR, ARAJI = "person:alparslan-bayraktar", "person:qassim-al-araji"
PEZ = "person:masoud-pezeshkian"


CASES = [
 # ---- the guest goes on after a reception told from his side
 ("ar_in_his_reception_before_talks",
  "وصل رئيس حكومة إقليم كردستان مسرور بارزاني إلى طهران. وكان في استقبال بارزاني لدى وصوله "
  "النائب الأول للرئيس محمد مخبر، قبل أن يجري مباحثات مع وزير الخارجية حسين أمير عبد "
  "اللهيان.", "ar", [MW(BARZANI, ABDOLLAHIAN)], [MW(MOKHBER, ABDOLLAHIAN)]),
 ("ar_received_him_then_went_on",
  "وصل الرئيس السوري أحمد الشرع إلى الدوحة. وهذه ثالث زيارة خارجية للشرع، إذ بدأ جولاته "
  "بالرياض حيث استقبله ولي العهد الأمير محمد بن سلمان، ثم توجه إلى أنقرة والتقى الرئيس رجب "
  "طيب أردوغان.", "ar", [MW(SHARAA, MBS), MW(SHARAA, ERDOGAN)], [MW(MBS, ERDOGAN)]),
 # positive: the host named as the verb's subject with the guest as object goes on
 ("ar_host_subject_then_met",
  "استقبل رئيس الوزراء محمد شياع السوداني وزير الخارجية التركي هاكان فيدان، ثم التقى رئيس "
  "البرلمان محمد الحلبوسي.", "ar", [MW(SUD, FIDAN), MW(SUD, HALBOUSI)], [MW(FIDAN, HALBOUSI)]),
 # ---- a second predicate joined by "and" keeps the first verb's subject
 ("en_met_two_then_held_talks_delegation",
  "Sudani met David Barnea and Ronen Bar at his office on Tuesday, and then held separate talks "
  "with a Hamas delegation led by Khalil al-Hayya.", "en",
  [MW(SUD, BARNEA), MW(SUD, BAR), MW(SUD, HAYYA)], [MW(BARNEA, HAYYA), MW(BAR, HAYYA)]),
 ("en_unnamed_subject_later_held_talks",
  "The Iraqi premier met David Barnea at his office on Tuesday, and later held talks with Hakan "
  "Fidan.", "en", [], [MW(BARNEA, FIDAN)]),
 ("en_received_and_then_met",
  "The Turkish president received Abbas Araghchi on Tuesday and then met Fuad Hussein.", "en",
  [], [MW(ARAGHCHI, FUAD)]),
 ("en_body_of_second_meeting_not_moved",
  "Sudani met David Barnea on Tuesday, and then held talks with a Hamas delegation.", "en",
  [MW(SUD, BARNEA)], [MW(BARNEA, HAMAS)]),
 # positive: the second clause names its own subject
 ("en_second_clause_own_subject",
  "Sudani met Hakan Fidan on Tuesday, and Fuad Hussein held talks with Abbas Araghchi.", "en",
  [MW(SUD, FIDAN), MW(FUAD, ARAGHCHI)], [MW(FIDAN, ARAGHCHI)]),
 ("ar_second_verb_also_after_presence",
  "وكان وزير الطاقة التركي قد وصل إلى البصرة، حيث التقى محافظَ البصرة أسعد العيداني ووزيرَ "
  "النفط حيان عبد الغني، بحضور القنصل التركي، والتقى أيضاً المديرَ العام لشركة نفط البصرة باسم "
  "عبد الكريم.", "ar", [], [MW("person:hayan-abdul-ghani", "person:basim-abdul-karim")]),
 ("ar_second_verb_also_vso_subject_kept",
  "التقى وزير الخارجية التركي هاكان فيدان رئيس الوزراء محمد شياع السوداني ووزير الخارجية فؤاد "
  "حسين، والتقى أيضاً رئيس البرلمان محمد الحلبوسي.", "ar",
  [MW(FIDAN, SUD), MW(FIDAN, FUAD), MW(FIDAN, HALBOUSI)], [MW(SUD, HALBOUSI)]),
 ("ar_second_reception_also",
  "استقبل رئيس الوزراء محمد شياع السوداني وزير الخارجية التركي هاكان فيدان، واستقبل أيضاً وزير "
  "الخارجية الإيراني عباس عراقجي.", "ar", [MW(SUD, FIDAN), MW(SUD, ARAGHCHI)],
  [MW(FIDAN, ARAGHCHI)]),
 # ---- the subject of a side clause
 ("ar_relative_clause_met_also",
  "استقبل الرئيس الإيراني حسن روحاني وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني، "
  "الذي التقى أيضاً نظيره محمد جواد ظريف.", "ar", [MW(ROUHANI, QATAR_FM), MW(QATAR_FM, ZARIF)],
  [MW(ROUHANI, ZARIF)]),
 ("ar_relative_clause_had_met",
  "استقبل رئيس الوزراء محمد شياع السوداني وزير الخارجية التركي هاكان فيدان، الذي كان قد التقى "
  "الرئيس عبد اللطيف رشيد.", "ar", [MW(SUD, FIDAN), MW(FIDAN, RASHID)], [MW(SUD, RASHID)]),
 ("en_as_did",
  "Hakan Fidan flew to Erbil for the ceremony and met the new president afterwards, as did "
  "Iraqi Foreign Minister Fuad Hussein.", "en", [], [MW(FIDAN, FUAD)]),
 ("en_as_did_named_object",
  "Hakan Fidan met Abbas Araghchi in Baghdad, as did Fuad Hussein a week later.", "en",
  [MW(FIDAN, ARAGHCHI)], [MW(FIDAN, FUAD)]),
 # ---- the antecedent of "معه" is the subject carried on, not a companion named last
 ("ar_with_him_not_companion",
  "استقبل رئيس الوزراء محمد شياع السوداني، الاثنين، وزير الخارجية التركي هاكان فيدان، الذي وصل "
  "إلى بغداد في زيارة رسمية يرافقه وزير الطاقة ألب أرسلان بيرقدار، وبحث معه ملف المياه.", "ar",
  [MW(SUD, FIDAN)], [MW(FIDAN, BAYRAKTAR)]),
 ("ar_received_him_not_companion",
  "استقبل الرئيس الإيراني مسعود بزشكيان وزير الخارجية العراقي فؤاد حسين، الذي وصل إلى طهران "
  "برفقة مستشار الأمن القومي قاسم الأعرجي، واستقبله أيضاً المرشد علي خامنئي.", "ar",
  [MW(PEZ, FUAD)], [MW(FUAD, ARAJI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_subject_s12(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)
