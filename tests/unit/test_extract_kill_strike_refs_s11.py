"""ASSASSINATED_BY and the strike noun (session 11), our own sentences in both languages:

- step 2a: a strike that only dates the death is not its means: "X was killed days after the
  Israeli strike on Gaza", "a week after the U.S. strike", "استشهد X بعد أيام من الغارة
  الإسرائيلية على غزة", "قتل X بعد يومين من الغارة الأمريكية" give no killer (they gave
  Israel / the US). Kept: the strike that is the means ("في الغارة الإسرائيلية", "killed in
  an Israeli strike, days after the U.S. strike"), and a strike after the killing it dates
  ("بعد أيام من اغتيال X بغارة إسرائيلية").
- step 2b: the strike that killed X with its agent told after X: "The strike that killed X,
  which Israel said it carried out, ...", "... was carried out by Israel", ", carried out by
  Israel,", "الغارة التي قتلت X نفذتها إسرائيل", "الغارة التي أودت بحياة X، والتي نفذتها
  إسرائيل". Negatives: "was not carried out by", "which Israel denied it carried out", a
  later clause with its own raids ("and Israel carried out more raids"), "لم تتبنها أي جهة".

Each case: (name, text, lang, relations that must be found, and that must NOT be found).
"""

import pytest

from tests.extract_support import AB, assert_relations

SHUKR, ISR, USA = "person:fuad-shukr", "country:israel", "country:united-states"
MOUSAVI, NASRALLAH = "person:razi-mousavi", "person:hassan-nasrallah"


CASES = [
 # ---- step 2a: a strike that dates the death
 ("ar_martyred_days_after_strike",
  "استشهد فؤاد شكر بعد أيام من الغارة الإسرائيلية على غزة.", "ar", [], [AB(SHUKR, ISR)]),
 ("ar_killed_two_days_after_strike",
  "قتل فؤاد شكر بعد يومين من الغارة الأمريكية على بغداد.", "ar", [], [AB(SHUKR, USA)]),
 ("en_killed_days_after_strike",
  "Fuad Shukr was killed days after the Israeli strike on Gaza.", "en", [], [AB(SHUKR, ISR)]),
 ("en_killed_a_week_after_strike",
  "Fuad Shukr was killed a week after the U.S. strike on Baghdad.", "en", [], [AB(SHUKR, USA)]),
 ("ar_in_the_strike_kept",
  "استشهد فؤاد شكر في الغارة الإسرائيلية على الضاحية.", "ar", [AB(SHUKR, ISR)], []),
 ("en_means_then_date_kept",
  "Fuad Shukr was killed in an Israeli strike, days after the U.S. strike on Baghdad.", "en",
  [AB(SHUKR, ISR)], [AB(SHUKR, USA)]),
 ("ar_days_after_killing_by_strike_kept",
  "زار قاآني دمشق، بعد أيام من اغتيال المستشار رضي موسوي بغارة إسرائيلية.", "ar",
  [AB(MOUSAVI, ISR)], []),
 # ---- step 2b: the strike that killed X, done by Y
 ("en_which_said_it_carried_out",
  "The drone strike that killed Fuad Shukr, which Israel said it carried out, hit Beirut.",
  "en", [AB(SHUKR, ISR)], []),
 ("en_was_carried_out_by",
  "The strike that killed Fuad Shukr was carried out by Israel.", "en", [AB(SHUKR, ISR)], []),
 ("en_participle_carried_out_by",
  "The strike that killed Fuad Shukr, carried out by Israel, hit a building.", "en",
  [AB(SHUKR, ISR)], []),
 ("en_list_carried_out_by",
  "The strike that killed Fuad Shukr and Hassan Nasrallah was carried out by Israel.", "en",
  [AB(SHUKR, ISR), AB(NASRALLAH, ISR)], []),
 ("ar_which_killed_executed_by",
  "الغارة التي قتلت فؤاد شكر نفذتها إسرائيل.", "ar", [AB(SHUKR, ISR)], []),
 ("ar_which_claimed_life_and_which_executed",
  "الغارة التي أودت بحياة فؤاد شكر، والتي نفذتها إسرائيل، استهدفت مبنى.", "ar",
  [AB(SHUKR, ISR)], []),
 # negatives
 ("en_not_carried_out_by",
  "The strike that killed Fuad Shukr was not carried out by Israel, Hezbollah said.", "en",
  [], [AB(SHUKR, ISR)]),
 ("en_denied_it_carried_out",
  "The strike that killed Fuad Shukr, which Israel denied it carried out, hit a building.",
  "en", [], [AB(SHUKR, ISR)]),
 ("en_other_raids",
  "The strike that killed Fuad Shukr shocked Lebanon, and Israel carried out more raids.",
  "en", [], [AB(SHUKR, ISR)]),
 ("ar_nobody_claimed",
  "الغارة التي قتلت فؤاد شكر لم تتبنها أي جهة.", "ar", [], [AB(SHUKR, ISR)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_kill_strike_refs_s11(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
