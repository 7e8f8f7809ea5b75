"""Session 25, second round (agents): ASSASSINATED_BY victims and agents the newest writers
lose; each construction with cases of our own, in both languages where it exists in both, and
a case not to read."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

ISRAEL = "country:israel"
HOUTHIS = "organization:houthis"
SALEH = "person:ali-abdullah-saleh"
DEIF = "person:mohammed-deif"
OBEIDA = "person:abu-obeida"
ISSA = "person:marwan-issa"
NASRALLAH = "person:hassan-nasrallah"
KARAKI = "person:ali-karaki"
SHUKR = "person:fuad-shukr"
HUSSEIN_HOUTHI = "person:hussein-badreddin-al-houthi"
SAADI = "person:abu-baqir-al-saadi"
PENTAGON = "organization:us-department-of-defense"
FRANCE = "country:france"
GERMANY = "country:germany"
IRAN = "country:iran"
USA = "country:united-states"
IRGC = "organization:irgc"
IDF = "organization:israel-defense-forces"
FAMA = "organization:malian-armed-forces"

# ---- a victim list past a title premodified by a service: "armed forces chief of staff Y" --
PREMODIFIED = [
    ("en", "Israel said on Monday it had killed Mohammed Deif, armed forces spokesman Abu "
     "Obeida and senior commander Marwan Issa in strikes on Gaza.",
     [AB(DEIF, ISRAEL), AB(OBEIDA, ISRAEL), AB(ISSA, ISRAEL)], []),
    ("en", "Israeli jets killed Fuad Shukr, air force chief Ali Karaki and elite unit commander "
     "Marwan Issa, the army said.",
     [AB(SHUKR, ISRAEL), AB(KARAKI, ISRAEL), AB(ISSA, ISRAEL)], []),
    # the name after "and" opens its own clause: no victim
    ("en", "Israel said it killed Hassan Nasrallah, and air force chief Ali Karaki said the "
     "strike was a success.", [AB(NASRALLAH, ISRAEL)], [AB(KARAKI, ISRAEL)]),
]

# ---- "Houthi fighters / gunmen": the group named by its adjective, not a person al-Houthi --
GROUP_ADJECTIVE = [
    ("en", "In 2017 Houthi fighters killed former president Ali Abdullah Saleh.",
     [AB(SALEH, HOUTHIS)], []),
    ("en", "The movement is named after Hussein Badreddin al-Houthi. In December 2017 Houthi "
     "gunmen shot dead former president Ali Abdullah Saleh in Sanaa.",
     [AB(SALEH, HOUTHIS)], [AB(SALEH, HUSSEIN_HOUTHI)]),
    ("ar", "وفي 2017 قتل مسلحون حوثيون الرئيس السابق علي عبد الله صالح.",
     [AB(SALEH, HOUTHIS)], []),
    # a nationality is no group
    ("en", "Iraqi fighters killed former president Ali Abdullah Saleh.", [],
     [AB(SALEH, HOUTHIS)]),
]

# ---- a feminine claimant: "أعلنت الوزارة / إسرائيل أنها قتلته / اغتالته" ------------------
FEMININE_CLAIM = [
    ("ar", "قُتل القيادي أبو باقر الساعدي في بغداد، وأعلنت وزارة الدفاع الأميركية أنها قتلته.",
     [AB(SAADI, PENTAGON)], []),
    ("ar", "قُتل القيادي فؤاد شكر في بيروت، وأعلنت إسرائيل الخميس أنها اغتالته في غارة.",
     [AB(SHUKR, ISRAEL)], []),
    # a denial is no claim
    ("ar", "قُتل القيادي أبو باقر الساعدي في بغداد، ونفت وزارة الدفاع الأميركية أنها قتلته.",
     [], [AB(SAADI, PENTAGON)]),
]

# ---- a capital standing for its state as the claimant ("أعلنت باريس أن قواتها قتلت X") ---
CAPITAL_CLAIMANT = [
    ("ar", "وفي نوفمبر أعلنت باريس أن قواتها قتلت القيادي فؤاد شكر قرب ميناكا.",
     [AB(SHUKR, FRANCE)], []),
    ("ar", "أكدت برلين أن قواتها قتلت القيادي فؤاد شكر.", [AB(SHUKR, GERMANY)], []),
    ("en", "Paris said its forces had killed the commander Fuad Shukr near Menaka.",
     [AB(SHUKR, FRANCE)], []),
    # the capital as a place
    ("ar", "قُتل القيادي فؤاد شكر في باريس.", [], [AB(SHUKR, FRANCE)]),
]

# ---- a claimed / done strike whose death comes later: "تبنّى Y قصفاً ...، وأدى إلى مقتله" ----
STRIKE_THEN_DEATH = [
    ("ar", "بعد أن تبنّى الحرس الثوري الإيراني قصفاً بالصواريخ استهدف منزل القيادي فؤاد شكر "
     "في بيروت، وأدى إلى مقتله مع ابنته.", [AB(SHUKR, IRGC)], [AB(SHUKR, IRAN)]),
    ("ar", "شنت إسرائيل غارة استهدفت سيارة القيادي فؤاد شكر في بيروت، وأدت إلى مقتله.",
     [AB(SHUKR, ISRAEL)], []),
    ("ar", "وكان الجيش المالي قد أعلن أن غارة بمسيّرة نفذها قرب الحدود أسفرت عن مقتل القيادي "
     "فؤاد شكر.", [AB(SHUKR, FAMA)], []),
    ("ar", "أعلن الجيش الإسرائيلي أن غارة نفذتها طائراته أدت إلى مقتل القيادي فؤاد شكر.",
     [AB(SHUKR, IDF)], []),
    # no claimer, a denial, an accusation
    ("ar", "قصف صاروخي استهدف منزل القيادي فؤاد شكر في بيروت، وأدى إلى مقتله.", [],
     [AB(SHUKR, IRGC), AB(SHUKR, IRAN)]),
    ("ar", "نفى الحرس الثوري الإيراني أن يكون قد نفذ قصفاً استهدف منزل القيادي فؤاد شكر، وأدى "
     "إلى مقتله.", [], [AB(SHUKR, IRGC)]),
    ("ar", "اتهمت بغداد الحرس الثوري الإيراني بشن قصف استهدف منزل القيادي فؤاد شكر، وأدى إلى "
     "مقتله.", [], [AB(SHUKR, IRGC)]),
]

# ---- English "a strike led to / resulted in / caused the killing of X (and Y)" -------------
LED_TO_KILLING = [
    ("en", "A US drone strike led to the killing of Abu Baqir al-Saadi and commander Fuad "
     "Shukr.", [AB(SAADI, USA), AB(SHUKR, USA)], []),
    ("en", "An Israeli raid on Beirut, which resulted in the killing of Hezbollah commander "
     "Fuad Shukr, drew condemnation.", [AB(SHUKR, ISRAEL)], []),
    ("en", "The IRGC carried out a missile strike on Erbil that caused the killing of "
     "commander Fuad Shukr.", [AB(SHUKR, IRGC)], []),
    # no agent, another result, a hedge
    ("en", "A strike led to the killing of Hezbollah commander Fuad Shukr.", [],
     [AB(SHUKR, ISRAEL)]),
    ("en", "The Israeli raid led to the arrest of Hezbollah commander Fuad Shukr, and a "
     "killing was denied.", [], [AB(SHUKR, ISRAEL)]),
    ("en", "Iran said an Israeli strike may have led to the killing of Hezbollah commander "
     "Fuad Shukr.", [], [AB(SHUKR, ISRAEL)]),
]

# ---- a claim in a later clause covers every victim of the list, past "<title> في <body>" -----
CLAIM_WHOLE_LIST = [
    ("ar", "غارة إسرائيلية استهدفت سيارة في بيروت، وأسفرت عن مقتل القيادي في الحزب فؤاد شكر "
     "والقيادي الآخر علي كركي، وأعلن الجيش الإسرائيلي (تساحال) مسؤوليته عن الضربة.",
     [AB(SHUKR, IDF), AB(KARAKI, IDF)], []),
    ("ar", "قُتل المسؤول في الحركة فؤاد شكر ومرافقه علي كركي بغارة في بيروت، وأعلن الجيش "
     "الإسرائيلي مسؤوليته عنها.", [AB(SHUKR, IDF), AB(KARAKI, IDF)], []),
    # a mourner after the claim is no victim; no claim, no claimer
    ("ar", "قُتل القيادي في الحزب فؤاد شكر بغارة في بيروت، وتبنى الجيش الإسرائيلي العملية، "
     "فيما نعى حسن نصرالله القيادي.", [AB(SHUKR, IDF)], [AB(NASRALLAH, IDF)]),
    ("ar", "قُتل القيادي في الحزب فؤاد شكر والقيادي الآخر علي كركي بغارة في بيروت، ولم تعلن أي "
     "جهة مسؤوليتها عنها.", [], [AB(KARAKI, IDF)]),
]

# ---- "also killed in the strike": the strike's own agent, not a claimer of a later sentence --
CENTCOM = "organization:us-central-command"
IN_THE_STRIKE = [
    ("en", "A U.S. drone strike in Baghdad on Wednesday killed Fuad Shukr, a senior commander. "
     "U.S. Central Command said that its forces had carried out the strike. A second official, "
     "Ali Karaki, was also killed in the strike, the group said.",
     [AB(SHUKR, USA), AB(SHUKR, CENTCOM), AB(KARAKI, USA)], [AB(KARAKI, CENTCOM)]),
    ("ar", "قُتل القيادي فؤاد شكر بضربة أميركية في بغداد. وأعلنت القيادة المركزية الأميركية "
     "أنها نفذت الضربة. وقُتل في الضربة أيضاً علي كركي، وهو مسؤول آخر في الفصيل.",
     [AB(SHUKR, USA), AB(SHUKR, CENTCOM), AB(KARAKI, USA)], [AB(KARAKI, CENTCOM)]),
    # (nor a claimer in the killing's own sentence: kill_claim_next_ar); a companion "with
    # him" keeps the claimer
    ("ar", "قُتل القيادي فؤاد شكر بضربة أميركية في بغداد، وأعلنت القيادة المركزية الأميركية "
     "مسؤوليتها عنها. وقُتل في الضربة أيضاً علي كركي.",
     [AB(KARAKI, USA)], [AB(KARAKI, CENTCOM)]),
    ("ar", "قُتل القيادي فؤاد شكر بضربة أميركية في بغداد. وقالت القيادة المركزية الأميركية إن "
     "قواتها نفذت الضربة. وقُتل معه القيادي علي كركي.", [AB(KARAKI, CENTCOM)], []),
]

# ---- "X said in a (written) statement that its forces had carried out the strike" ---------
IN_A_STATEMENT = [
    ("en", "Fuad Shukr was killed in a U.S. drone strike in Baghdad on Wednesday. U.S. Central "
     "Command said in a statement that its forces had carried out the strike.",
     [AB(SHUKR, CENTCOM)], []),
    ("en", "Fuad Shukr was killed in a U.S. drone strike in Baghdad on Wednesday. U.S. Central "
     "Command said in a written statement on Thursday that its forces had carried out the "
     "strike.", [AB(SHUKR, CENTCOM)], []),
    ("en", "Fuad Shukr was killed in a U.S. drone strike in Baghdad on Wednesday. U.S. Central "
     "Command denied in a statement that its forces had carried out the strike.", [],
     [AB(SHUKR, CENTCOM)]),
]

# ---- a strike subject past an auxiliary: "Israeli jets had (also) killed six ..., among them X" --
STRIKE_SUBJECT_AUX = [
    ("en", "The army said Israeli jets had killed at least six senior commanders, among them "
     "Fuad Shukr and Ali Karaki.", [AB(SHUKR, ISRAEL), AB(KARAKI, ISRAEL)], []),
    ("en", "A U.S. drone strike had also killed Fuad Shukr, officials said.", [AB(SHUKR, USA)],
     []),
    # negated; another subject of the killing
    ("en", "Hezbollah said Israeli jets had not killed six senior commanders, among them Fuad "
     "Shukr.", [], [AB(SHUKR, ISRAEL)]),
    ("en", "Israeli jets had struck the building before gunmen killed Fuad Shukr.", [],
     [AB(SHUKR, ISRAEL)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", PREMODIFIED + GROUP_ADJECTIVE +
                         FEMININE_CLAIM + CAPITAL_CLAIMANT + STRIKE_THEN_DEATH +
                         LED_TO_KILLING + CLAIM_WHOLE_LIST + IN_THE_STRIKE + IN_A_STATEMENT +
                         STRIKE_SUBJECT_AUX)
def test_agents(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
