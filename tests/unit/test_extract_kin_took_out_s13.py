"""Misses and false relations around kin words and phrasal killings (session 13): the named
person after a kin word is the entity ("X and his brother Y", "X وشقيقه Y", "killed Y's son
X"); a title starting with the letter و is no conjunction ("استقبل X وY وزير الخارجية Z": Z
is the object, X and Y did not meet each other); "Israel took out / struck down X". Our own
sentences, not taken from any dev set.

Each case: (name, text, lang, triples that must be found, triples that must NOT be found).
"""

import pytest

from tests.extract_support import AB, MW, assert_relations

BAFEL, QUBAD, ARAGHCHI = ("person:bafel-talabani", "person:qubad-talabani",
                          "person:abbas-araghchi")
NECHIRVAN = "person:nechirvan-barzani"
HANIYEH, HAZEM = "person:ismail-haniyeh", "person:hazem-haniyeh"
NASRALLAH, AQIL, SOLEIMANI = ("person:hassan-nasrallah", "person:ibrahim-aqil",
                              "person:qasem-soleimani")
ISR, US, YEMEN = "country:israel", "country:united-states", "country:yemen"


CASES = [
 # ---- kin words before a list member
 ("en_met_x_and_his_brother_y",
  "Abbas Araghchi met Bafel Talabani and his brother Qubad Talabani in Sulaimani.", "en",
  [MW(ARAGHCHI, BAFEL), MW(ARAGHCHI, QUBAD)], [MW(BAFEL, QUBAD)]),
 ("en_subject_x_and_his_brother_y",
  "Nechirvan Barzani and his brother Qubad Talabani met Abbas Araghchi in Erbil.", "en",
  [MW(ARAGHCHI, NECHIRVAN), MW(ARAGHCHI, QUBAD)], [MW(NECHIRVAN, QUBAD)]),
 ("ar_met_x_and_his_brother_y",
  "التقى عباس عراقجي بافل طالباني وشقيقه قوباد طالباني في السليمانية.", "ar",
  [MW(ARAGHCHI, BAFEL), MW(ARAGHCHI, QUBAD)], [MW(BAFEL, QUBAD)]),
 ("ar_vso_two_subjects_kin_titled_object",
  "واستقبل بافل طالباني وشقيقه قوباد طالباني وزير الخارجية الإيراني عباس عراقجي.", "ar",
  [MW(ARAGHCHI, BAFEL), MW(ARAGHCHI, QUBAD)], [MW(BAFEL, QUBAD)]),
 ("ar_vso_two_subjects_titled_object",
  "استقبل بافل طالباني وقوباد طالباني وزير الخارجية الإيراني عباس عراقجي.", "ar",
  [MW(ARAGHCHI, BAFEL), MW(ARAGHCHI, QUBAD)], [MW(BAFEL, QUBAD)]),
 ("ar_kin_one_word_name_takes_family",
  "التقى عباس عراقجي بافل طالباني وشقيقه قوباد في السليمانية.", "ar",
  [MW(ARAGHCHI, BAFEL), MW(ARAGHCHI, QUBAD)], [MW(ARAGHCHI, "person:qubad")]),
 ("en_killed_poss_son_named",
  "Israel killed Ismail Haniyeh's son Hazem Haniyeh in Gaza.", "en", [AB(HAZEM, ISR)],
  [AB(HANIYEH, ISR)]),
 ("en_killed_poss_sons_unnamed",
  "Israel killed Ismail Haniyeh's three sons, Hazem, Amir and Mohammed, in Gaza.", "en", [],
  [AB(HANIYEH, ISR)]),
 ("en_killed_poss_son_no_name", "Israel killed Ismail Haniyeh's son in Gaza.", "en", [],
  [AB(HANIYEH, ISR)]),
 # ---- phrasal killings
 ("en_took_out", "Israel took out Hassan Nasrallah in a strike on Beirut.", "en",
  [AB(NASRALLAH, ISR)], []),
 ("en_took_out_titled", "The United States took out Quds Force commander Qassem Soleimani in "
  "Baghdad.", "en", [AB(SOLEIMANI, US)], []),
 ("en_struck_down", "Israeli jets struck down Ibrahim Aqil in Beirut.", "en",
  [AB(AQIL, ISR)], []),
 ("en_took_out_loan", "Israel took out a loan with Ibrahim Aqil.", "en", [], [AB(AQIL, ISR)]),
 ("en_struck_down_proposal", "Israel struck down a proposal by Ibrahim Aqil.", "en", [],
  [AB(AQIL, ISR)]),
 ("en_did_not_take_out", "Israel did not take out Hassan Nasrallah.", "en", [],
  [AB(NASRALLAH, ISR)]),
 ("en_pronoun_subject_not_place",
  "Israel said it would hit the Houthi leaders in Yemen as it had struck down Hassan "
  "Nasrallah.", "en", [], [AB(NASRALLAH, YEMEN)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_kin_and_phrasal(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
