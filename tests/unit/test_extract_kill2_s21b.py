"""ASSASSINATED_BY vocabulary of news style (session 21, second round, kill2; probe
``bench/probe_killings_vocab.py``). Our own sentences, not taken from any dev set.

- "X lost his life in an Israeli strike" (``killing_rules_en.lost_life_en``): "lost his / her /
  their life / lives" is read as "died", the agent after it as after "died"; no agent when the
  strike has none ("lost his life in a strike, Israel said"), and "life" elsewhere is no death.
- "سقط X شهيداً بغارة إسرائيلية" (``kill_martyr_ar``, the predicate شهيداً now a cue word of the
  killing rules): as "ارتقى X شهيداً"; not without a strike, not negated. English has no such
  verb (its "X fell a martyr" is rare; "X was martyred in" is read).
- "لقي X مصرعه / حتفه برصاص Y"، "برصاص مسلحين من Y"، "بنيران إسرائيلية" (``kill_agents_ar.
  by_fire_of_ar``, the death noun after the victim now a trigger as "قتل"): not a stray bullet
  ("برصاص طائش") with a body named later. English: "X was shot dead by Y's snipers" was read.
- "X was killed / died / lost his life when Y gunmen opened fire on his car" (``kill_when_en``):
  the subject of the "when" clause (a body or a nationality adjective, with an armed noun) of a
  verb of firing or striking; not "when suspected Y gunmen" (hedged), not "when his car
  overturned, Y police said". Arabic tells the fire with a noun ("برصاص Y", read).
"""

import pytest

from tests.extract_support import AB, assert_relations

KHOURY, NASSER = "person:samir-khoury", "person:ali-nasser"
ISRAEL, USA = "country:israel", "country:united-states"
KHOURY_AR = "person:samir-al-khoury"
IDF, ISIS, HAMAS = ("organization:israel-defense-forces", "organization:islamic-state",
                    "organization:hamas")

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
 ("death_by_fire_ar", "ar", "لقي القيادي سمير الخوري مصرعه برصاص الجيش الإسرائيلي قرب "
  "منزله.", [AB(KHOURY_AR, IDF)], []),
 ("death_by_gunmen_of_ar", "ar", "لقي القيادي سمير الخوري مصرعه برصاص مسلحين من تنظيم داعش.",
  [AB(KHOURY_AR, ISIS)], []),
 ("death_stray_bullet_ar", "ar", "لقي القيادي سمير الخوري مصرعه برصاص طائش خلال حفل زفاف "
  "نظمته حركة حماس.", [], [AB(KHOURY_AR, HAMAS)]),
 ("shot_by_snipers_en", "en", "Commander Samir Khoury was shot dead by Israel's snipers on "
  "Monday.", [AB(KHOURY, ISRAEL)], []),
 ("when_gunmen_fired", "en", "Commander Samir Khoury lost his life when Israeli gunmen opened "
  "fire on his car.", [AB(KHOURY, ISRAEL)], []),
 ("when_drone_struck", "en", "Commander Samir Khoury died when a Taliban drone struck his convoy.",
  [AB(KHOURY, "organization:taliban")], []),
 ("when_suspected_gunmen", "en", "Commander Samir Khoury was killed when suspected Taliban "
  "gunmen opened fire on his car.", [], [AB(KHOURY, "organization:taliban")]),
 ("when_no_fire", "en", "Commander Samir Khoury was killed when his car overturned, Israeli "
  "police said.", [], [AB(KHOURY, ISRAEL), AB(KHOURY, "organization:israeli-police")]),
 ("life_no_death", "en", "Commander Samir Khoury spent his life fighting Israel.", [],
  [AB(KHOURY, ISRAEL)]),
]


@pytest.mark.parametrize(("name", "lang", "text", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_kill_vocab(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
