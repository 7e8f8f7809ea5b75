"""ASSASSINATED_BY vocabulary of news style (session 21, second round, kill2; probe
``bench/probe_killings_vocab.py``). Our own sentences, not taken from any dev set.

- "X lost his life in an Israeli strike" (``killing_rules_en.lost_life_en``): "lost his / her /
  their life / lives" is read as "died", the agent after it as after "died"; no agent when the
  strike has none ("lost his life in a strike, Israel said"), and "life" elsewhere is no death.
- "سقط X شهيداً بغارة إسرائيلية" (``kill_martyr_ar``, the predicate شهيداً now a cue word of the
  killing rules): as "ارتقى X شهيداً"; not without a strike, not negated. English has no such
  verb (its "X fell a martyr" is rare; "X was martyred in" is read).
"""

import pytest

from tests.extract_support import AB, assert_relations

KHOURY, NASSER = "person:samir-khoury", "person:ali-nasser"
ISRAEL, USA = "country:israel", "country:united-states"
KHOURY_AR = "person:samir-al-khoury"

# (name, lang, text, must, must_not)
CASES = [
 ("lost_life_strike", "en", "Commander Samir Khoury lost his life in an Israeli strike on "
  "Tuesday.", [AB(KHOURY, ISRAEL)], []),
 ("lost_lives_two", "en", "Two commanders, Samir Khoury and Ali Nasser, lost their lives in a "
  "US drone strike.", [AB(KHOURY, USA), AB(NASSER, USA)], []),
 ("lost_life_no_agent", "en", "Commander Samir Khoury lost his life in a strike on Tuesday, "
  "Israel said.", [], [AB(KHOURY, ISRAEL)]),
 ("fell_martyr_ar", "ar", "سقط القيادي سمير الخوري شهيداً بغارة إسرائيلية على بلدته.",
  [AB(KHOURY_AR, ISRAEL)], []),
 ("fell_martyr_no_strike_ar", "ar", "سقط القيادي سمير الخوري شهيداً في جنوب لبنان، بحسب ما "
  "أعلنت إسرائيل.",
  [], [AB(KHOURY_AR, ISRAEL)]),
 ("fell_martyr_negated_ar", "ar", "لم يسقط القيادي سمير الخوري شهيداً بغارة إسرائيلية كما "
  "أشيع.", [], [AB(KHOURY_AR, ISRAEL)]),
 ("life_no_death", "en", "Commander Samir Khoury spent his life fighting Israel.", [],
  [AB(KHOURY, ISRAEL)]),
]


@pytest.mark.parametrize(("name", "lang", "text", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_kill_vocab(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
