"""ASSASSINATED_BY (session 12): a strike named without its agent, claimed in the same
sentence (`strike_claimed.py`); our own sentences in both languages.

- the claim after the strike and its place phrase: "killed in a strike on P that Y (later)
  said it (had) carried out", "..., which Y later claimed", "في غارة على P تبنّتها Y", "في غارة
  ... أعلنت Y مسؤوليتها عنها", "...، وتبنّت Y العملية (لاحقاً)", "...، وأعلن Y مسؤوليته عنها";
- the claim before "the strike that killed X": "Y claimed responsibility for the strike that
  killed X", "أعلنت Y مسؤوليتها عن الغارة التي قتلت X", "تبنّت Y الغارة التي أودت بحياة X".

Negatives: a denial ("that Y denied carrying out", "ونفت Y مسؤوليتها عنها"), a negated claim
("that Y never claimed", "ولم تتبنّ أي جهة العملية", "Y did not claim responsibility for the
strike that killed X"), a speaker who says the strike "was carried out" (no own act), and a
claim told in its own clause of saying ("وقالت Y إن ...").
"""

import pytest

from tests.extract_support import AB, assert_relations

NASR, KARAKI = "person:hassan-nasrallah", "person:ali-karaki"
ISR, IDF = "country:israel", "organization:israel-defense-forces"
US, SOL = "country:united-states", "person:qasem-soleimani"


CASES = [
 # ---- the claim after the strike's place phrase
 ("en_strike_on_place_that_said_it_carried_out",
  "Hassan Nasrallah was killed on Friday in an air strike on a bunker in Beirut that Israel "
  "later said it had carried out.", "en", [AB(NASR, ISR)], []),
 ("en_which_later_claimed",
  "Ali Karaki died in a strike near Tyre, which Israel later claimed.", "en",
  [AB(KARAKI, ISR)], []),
 ("en_said_its_jets_conducted",
  "Qassem Soleimani was killed in a drone strike at Baghdad airport that the United States "
  "said its forces conducted.", "en", [AB(SOL, US)], []),
 ("en_list_of_victims_claimed",
  "Hassan Nasrallah and Ali Karaki were killed in a strike on Beirut that Israel says it "
  "carried out.", "en", [AB(NASR, ISR), AB(KARAKI, ISR)], []),
 ("ar_adopted_it_relative",
  "قُتل حسن نصر الله في غارة على الضاحية الجنوبية تبنّتها إسرائيل.", "ar",
  [AB(NASR, ISR)], []),
 ("ar_announced_responsibility_for_it",
  "واستشهد علي كركي في ضربة على صور أعلنت إسرائيل مسؤوليتها عنها.", "ar",
  [AB(KARAKI, ISR)], []),
 ("ar_comma_adopted_the_operation_later",
  "واغتيل حسن نصر الله في غارة على بيروت مساء الجمعة، وتبنّت إسرائيل العملية لاحقاً.", "ar",
  [AB(NASR, ISR)], []),
 ("ar_comma_army_responsibility",
  "قتل علي كركي في غارة على الضاحية، وأعلن الجيش الإسرائيلي مسؤوليته عنها.", "ar",
  [AB(KARAKI, IDF)], []),
 # ---- the claim before "the strike that killed X"
 ("en_claimed_responsibility_for_strike_that_killed",
  "Israel claimed responsibility for the air strike that killed Ali Karaki.", "en",
  [AB(KARAKI, ISR)], []),
 ("en_said_it_carried_out_strike_that_killed",
  "The United States said it carried out the drone strike that killed Qassem Soleimani.",
  "en", [AB(SOL, US)], []),
 ("ar_responsibility_for_strike_that_killed",
  "وأعلنت إسرائيل مسؤوليتها عن الغارة التي قتلت علي كركي.", "ar", [AB(KARAKI, ISR)], []),
 ("ar_adopted_strike_that_took_life",
  "وتبنّت إسرائيل الضربة التي أودت بحياة حسن نصر الله.", "ar", [AB(NASR, ISR)], []),
 # ---- negatives
 ("en_denied_carrying_out",
  "Hassan Nasrallah was killed in a strike on Beirut that Israel denied carrying out.", "en",
  [], [AB(NASR, ISR)]),
 ("en_never_claimed",
  "Ali Karaki was killed in a strike near Tyre that Israel never claimed.", "en",
  [], [AB(KARAKI, ISR)]),
 ("en_speaker_said_was_carried_out",
  "Ali Karaki died in the attack, which the Pentagon said was carried out by unknown "
  "gunmen.", "en", [], [AB(KARAKI, "organization:us-department-of-defense")]),
 ("en_did_not_claim_strike_that_killed",
  "Israel did not claim responsibility for the strike that killed Ali Karaki.", "en",
  [], [AB(KARAKI, ISR)]),
 ("en_comma_reporting_claimed",
  "Ali Karaki died in an air strike on Tyre, Hezbollah claimed.", "en",
  [], [AB(KARAKI, "organization:hezbollah")]),
 ("en_comma_reporting_said",
  "Ali Karaki died in an air strike on Tyre, Israel said.", "en", [], [AB(KARAKI, ISR)]),
 ("en_claimed_was_someone_elses",
  "Ali Karaki died in a strike on Tyre that Hezbollah claimed was Israeli.", "en",
  [], [AB(KARAKI, "organization:hezbollah")]),
 ("ar_denied_responsibility",
  "قُتل حسن نصر الله في غارة على بيروت، ونفت إسرائيل مسؤوليتها عنها.", "ar",
  [], [AB(NASR, ISR)]),
 ("ar_nobody_claimed",
  "قُتل علي كركي في غارة على صور، ولم تتبنّ أي جهة العملية.", "ar", [], [AB(KARAKI, ISR)]),
 ("ar_no_strike_said_clause",
  "قُتل علي كركي في غارة على صور، وقالت إسرائيل إنها تراقب الوضع.", "ar",
  [], [AB(KARAKI, ISR)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_kill_claimed_s12(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
