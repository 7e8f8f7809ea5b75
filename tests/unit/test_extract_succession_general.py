"""SUCCESSOR_OF: general constructions of succession, our own sentences in both languages
(written for the construction class, not taken from an evaluation set):

- a take-over verb with a post ("took the helm of", "took command of", "inherited", "took
  office", "had taken over as", "became ... leader") followed by the death or removal of the
  predecessor ("after Y was killed", "after the (US) assassination of Y", "following Y's
  killing", "after a strike killed Y");
- relative clauses: the head of "who" is the subject of a verb deeper in the clause ("X, who
  took office after replacing Y"), "X، الذي خلفه (في المنصب) Y" (Y succeeded X: the object
  pronoun is the relative's head), "X، الذي ...، ليخلف بذلك Y";
- and what must stay without a relation: no post ("took a flight after ..."), "before" instead
  of "after", negation, "became angry after", the main clause's subject for a relative clause's
  verb, "وقف خلفه" (behind him).

Each case: (name, text, relations that must be found, relations that must NOT be found).
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import SO, assert_relations

SOL, QAANI = "person:qasem-soleimani", "person:esmail-qaani"
NAS, QASSEM = "person:hassan-nasrallah", "person:naim-qassem"
HAN, YSINWAR = "person:ismail-haniyeh", "person:yahya-sinwar"
SUDANI, KADHIMI = "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi"
AMIRI, BARZANI = "person:hadi-al-amiri", "person:masoud-barzani"
SHAMKHANI, AHMADIAN = "person:ali-shamkhani", "person:ali-akbar-ahmadian"
ABDOLLAHIAN, ARAGHCHI = "person:hossein-amir-abdollahian", "person:abbas-araghchi"
RAISI, PEZESHKIAN = "person:ebrahim-raisi", "person:masoud-pezeshkian"
MASJEDI, ALESADEGH = "person:iraj-masjedi", "person:mohammad-kazem-al-e-sadegh"
SALIH, RASHID = "person:barham-salih", "person:abdul-latif-rashid"

CASES = [
 # ---- take-over verb + post + "after" the predecessor's death --------------------------
 ("took_helm_after_was_killed_en",
  "Esmail Qaani took the helm of the Quds Force after Qasem Soleimani was killed in Baghdad.",
  [SO(QAANI, SOL)], [SO(SOL, QAANI)]),
 ("who_took_command_after_us_assassination_of_title_en",
  "Ghaani, who took command of the force after the U.S. assassination of General Qassem "
  "Suleimani in 2020, has kept a low profile.",
  [SO(QAANI, SOL)], []),
 ("inherited_after_killing_of_en",
  "Naim Qassem inherited the movement after the killing of Hassan Nasrallah.",
  [SO(QASSEM, NAS)], []),
 ("had_taken_over_as_after_assassinated_en",
  "Yahya Sinwar had taken over as the group's political chief after Ismail Haniyeh was "
  "assassinated in Tehran.",
  [SO(YSINWAR, HAN)], []),
 ("took_office_following_possessive_death_en",
  "Masoud Pezeshkian took office following Ebrahim Raisi's death in a helicopter crash.",
  [SO(PEZESHKIAN, RAISI)], []),
 ("became_leader_after_strike_killed_en",
  "Naim Qassem became the leader of Hezbollah after an Israeli strike killed Hassan Nasrallah.",
  [SO(QASSEM, NAS)], []),
 ("took_flight_after_no_post_en",
  "Esmail Qaani took a flight to Baghdad after Qasem Soleimani was killed.",
  [], [SO(QAANI, SOL)]),
 ("took_helm_before_en",
  "Esmail Qaani took the helm of the Quds Force before Qasem Soleimani was killed.",
  [], [SO(QAANI, SOL)]),
 ("did_not_take_over_en",
  "Esmail Qaani did not take over the Quds Force after Qasem Soleimani was killed.",
  [], [SO(QAANI, SOL)]),
 ("became_angry_no_post_en",
  "Hadi al-Amiri met Masoud Barzani, who became angry after Qasem Soleimani was killed.",
  [], [SO(BARZANI, SOL), SO(AMIRI, SOL)]),
 # ---- "who" clauses: the relative's head is the subject ---------------------------------
 ("who_took_office_after_replacing_en",
  "Hadi al-Amiri, who arrived on Sunday, also held talks with Prime Minister Mohammed Shia "
  "al-Sudani, who took office in 2022 after replacing Mustafa al-Kadhimi.",
  [SO(SUDANI, KADHIMI)], [SO(AMIRI, KADHIMI)]),
 ("who_was_sworn_in_replacing_en",
  "Masoud Barzani, who spoke in Erbil, praised Mohammed Shia al-Sudani, who was sworn in last "
  "year replacing Mustafa al-Kadhimi.",
  [SO(SUDANI, KADHIMI)], [SO(BARZANI, KADHIMI)]),
 ("who_said_named_subject_en",
  "Hadi al-Amiri, who said Naim Qassem replaced Hassan Nasrallah, spoke in Baghdad.",
  [SO(QASSEM, NAS)], [SO(AMIRI, NAS)]),
 # ---- Arabic relative clauses ---------------------------------------------------------
 ("alladhi_khalafahu_fi_almansib_ar",
  "التقى الرئيس العراقي برهم صالح بالأدميرال علي شمخاني، الذي خلفه في المنصب علي أكبر "
  "أحمديان العام الماضي.",
  [SO(AHMADIAN, SHAMKHANI)], [SO(SHAMKHANI, AHMADIAN), SO(SALIH, SHAMKHANI)]),
 ("alladhi_khalafahu_direct_ar",
  "قال وزير الخارجية حسين أمير عبد اللهيان، الذي خلفه عباس عراقجي، إن الوضع خطير.",
  [SO(ARAGHCHI, ABDOLLAHIAN)], [SO(ABDOLLAHIAN, ARAGHCHI)]),
 ("alladhi_khalafa_subject_ar",
  "وكان عباس عراقجي، الذي خلف حسين أمير عبد اللهيان في المنصب، قد زار بغداد.",
  [SO(ARAGHCHI, ABDOLLAHIAN)], [SO(ABDOLLAHIAN, ARAGHCHI)]),
 ("liyakhlufa_bidhalika_after_relative_ar",
  "استقبل الرئيس عبد اللطيف رشيد السفير الإيراني الجديد محمد كاظم آل صادق، الذي قدّم أوراق "
  "اعتماده، ليخلف بذلك السفير إيرج مسجدي.",
  [SO(ALESADEGH, MASJEDI)], [SO(RASHID, MASJEDI), SO(MASJEDI, ALESADEGH)]),
 ("waqafa_khalfahu_behind_ar",
  "وقف هادي العامري خلفه في القاعة بينما تحدث مسعود بارزاني.",
  [], [SO(AMIRI, BARZANI), SO(BARZANI, AMIRI)]),
 ("lam_yakhlufhu_negated_ar",
  "قال هادي العامري إن نعيم قاسم لم يخلف حسن نصر الله بعد.",
  [], [SO(QASSEM, NAS)]),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_succession_general(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)
