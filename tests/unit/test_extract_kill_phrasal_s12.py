"""ASSASSINATED_BY (session 12, `kill_phrasal.py`): killings told by a phrasal verb or an
"operation" noun; our own sentences in both languages.

- "Y shot dead X", "Y shot X dead", "Y gunned down X" (the subject, a body or its
  nationality, is the killer);
- "نفّذت Y عملية اغتيال X", "نفّذ Y عملية تصفية X", "عملية اغتيال X قد نفّذتها Y", "أطلق Y
  النار على X فأرداه قتيلاً".

Negatives: no killer named ("Gunmen shot dead X", "مسلحون مجهولون"), "shot down a drone",
a negated act, an infinitive ("tried to gun down"), a planned operation ("خططت لتنفيذ").
"""

import pytest

from tests.extract_support import AB, assert_relations

ISSA, DEIF = "person:marwan-issa", "person:mohammed-deif"
ISR, IDF = "country:israel", "organization:israel-defense-forces"


CASES = [
 ("en_troops_shot_dead", "Israeli troops shot dead Marwan Issa near Rafah.", "en",
  [AB(ISSA, IDF)], []),
 ("en_soldiers_shot_x_dead", "Israeli soldiers shot Mohammed Deif dead in Khan Younis.", "en",
  [AB(DEIF, ISR)], []),
 ("en_forces_gunned_down", "Israeli forces gunned down Marwan Issa and Mohammed Deif.", "en",
  [AB(ISSA, IDF), AB(DEIF, IDF)], []),
 ("ar_executed_operation_of_assassination",
  "ونفذت إسرائيل عملية اغتيال مروان عيسى في النصيرات.", "ar", [AB(ISSA, ISR)], []),
 ("ar_army_executed_liquidation",
  "ونفذ الجيش الإسرائيلي عملية تصفية القيادي مروان عيسى.", "ar", [AB(ISSA, IDF)], []),
 ("ar_operation_then_executed_it",
  "وكانت عملية اغتيال محمد الضيف قد نفذتها إسرائيل في تموز.", "ar", [AB(DEIF, ISR)], []),
 ("ar_opened_fire_shot_dead",
  "وأطلق جنود إسرائيليون النار على مروان عيسى فأردوه قتيلاً.", "ar", [AB(ISSA, IDF)], []),
 # negatives
 ("en_gunmen_no_agent", "Gunmen shot dead Marwan Issa near Rafah.", "en",
  [], [AB(ISSA, ISR), AB(ISSA, IDF)]),
 ("en_shot_down_drone", "Israeli jets shot down a drone launched by Marwan Issa.", "en",
  [], [AB(ISSA, ISR), AB(ISSA, IDF)]),
 ("en_did_not_shoot_dead", "Israeli troops did not shoot dead Marwan Issa, the army said.",
  "en", [], [AB(ISSA, IDF)]),
 ("en_tried_to_gun_down", "Israeli forces tried to gun down Marwan Issa.", "en",
  [], [AB(ISSA, IDF)]),
 ("ar_unknown_gunmen",
  "وأطلق مسلحون مجهولون النار على مروان عيسى فأردوه قتيلاً.", "ar", [], [AB(ISSA, ISR)]),
 ("ar_planned_operation",
  "وخططت إسرائيل لتنفيذ عملية اغتيال مروان عيسى لكنها فشلت.", "ar", [], [AB(ISSA, ISR)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_kill_phrasal_s12(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
