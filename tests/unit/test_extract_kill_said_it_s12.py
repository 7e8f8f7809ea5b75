"""ASSASSINATED_BY (session 12): the killer's own statement far from its subject or in a
relative clause (`kill_said_it.py`), and a strike's orderer after it (`strike_claimed.py`);
our own sentences in both languages.

- "Y publicly acknowledged for the first time on Monday that it killed X";
- "X, whom Y said it had killed", "X, who Y says it killed", "X, who Y had killed", "X، الذي
  قالت / أعلنت Y إنها / أنها قتلته";
- "killed in a strike Z said he had ordered", "died in a drone strike at P, an attack Z
  ordered";
- "ما أدى إلى مقتله، وأعلن Y مسؤوليته عنه".

Negatives: a denial ("denied that it killed"), another subject after "that" ("said that
gunmen killed"), "whom Y accused of killing", "الذي نفت Y أنها قتلته", a strike Z "opposed",
a strike Z "said was ordered by others".
"""

import pytest

from tests.extract_support import AB, assert_relations

HANIYEH, ISSA, DEIF = "person:ismail-haniyeh", "person:marwan-issa", "person:mohammed-deif"
SOL, MUH, TRUMP = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis", "person:donald-trump"
ISR, US, IRGC = "country:israel", "country:united-states", "organization:irgc"


CASES = [
 ("en_acknowledged_far_that_it_killed",
  "Israel publicly acknowledged for the first time on Monday that it killed Ismail Haniyeh in "
  "Tehran.", "en", [AB(HANIYEH, ISR)], []),
 ("en_admitted_last_week_that_they_had_killed",
  "The United States admitted last week in a statement that it had killed Qassem Soleimani.",
  "en", [AB(SOL, US)], []),
 ("en_whom_said_it_had_killed",
  "Hamas confirmed the death of Marwan Issa, whom Israel said it had killed in a strike on "
  "Nuseirat.", "en", [AB(ISSA, ISR)], []),
 ("en_who_says_it_killed",
  "Hamas mourned Mohammed Deif, who Israel says it killed in July.", "en", [AB(DEIF, ISR)], []),
 ("en_who_agent_killed_no_saying",
  "Hamas mourned Mohammed Deif, who Israel had killed in July.", "en", [AB(DEIF, ISR)], []),
 ("ar_alladhi_qalat_innaha_qatalathu",
  "ونعت الحركة مروان عيسى، الذي قالت إسرائيل إنها قتلته في غارة على النصيرات.", "ar",
  [AB(ISSA, ISR)], []),
 ("ar_alladhi_aalanat_annaha_ightalathu",
  "وتولى القيادة بعد محمد الضيف، الذي أعلنت إسرائيل أنها اغتالته في تموز.", "ar",
  [AB(DEIF, ISR)], []),
 ("en_strike_person_said_he_had_ordered",
  "Qassem Soleimani and Abu Mahdi al-Muhandis were killed in a strike President Donald Trump "
  "said he had ordered.", "en", [AB(SOL, TRUMP), AB(MUH, TRUMP)], []),
 ("en_apposition_an_attack_ordered",
  "Qassem Soleimani died in a drone strike at Baghdad airport in January, an attack Donald "
  "Trump ordered.", "en", [AB(SOL, TRUMP)], []),
 ("ar_result_then_claimed",
  "واستهدف قصف صاروخي منزل قاسم سليماني، ما أدى إلى مقتله، وأعلن الحرس الثوري مسؤوليته عنه.",
  "ar", [AB(SOL, IRGC)], []),
 # negatives
 ("en_denied_that_it_killed",
  "Israel denied on Monday that it killed Ismail Haniyeh.", "en", [], [AB(HANIYEH, ISR)]),
 ("en_said_other_subject",
  "Israel said on Monday that gunmen killed Ismail Haniyeh.", "en", [], [AB(HANIYEH, ISR)]),
 ("en_whom_accused",
  "Hamas mourned Marwan Issa, whom Israel accused of planning attacks.", "en",
  [], [AB(ISSA, ISR)]),
 ("en_who_killed_someone_else",
  "Hamas mourned Mohammed Deif, who Israel's army killed along with Marwan Issa.", "en",
  [], [AB(DEIF, "person:marwan-issa")]),
 ("ar_alladhi_nafat",
  "ونعت الحركة مروان عيسى، الذي نفت إسرائيل أنها قتلته.", "ar", [], [AB(ISSA, ISR)]),
 ("en_strike_person_opposed",
  "Qassem Soleimani was killed in a strike Donald Trump opposed.", "en", [], [AB(SOL, TRUMP)]),
 ("en_strike_said_was_ordered_by_others",
  "Qassem Soleimani was killed in a strike Donald Trump said was ordered by commanders.", "en",
  [], [AB(SOL, TRUMP)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_kill_said_it_s12(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
