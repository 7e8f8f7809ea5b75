"""Session 69 (blind69m): fix after the first contact of blind set SO-SP (Saddam Hussein's Iraq,
1979-2003, written blind), read in several paraphrases of other outlets, people and states.

- Killings, Arabic: the state whose regime's apparatus or men carried a killing out, named after
  «نفذه / نفذته» of an attack or bombing: «في هجوم نفذته أجهزة النظام السوري»، «إثر هجوم مسلح
  نفذه عناصر من أجهزة النظام العراقي»، «بتفجير نفذه عناصر من النظام الإيراني» -> the country
  (``killing_agents.regime_state_ar``). Before, only «نفذه النظام السوري» was read (the adjective
  within three words of the attack noun). Not read: a negated killing, an accusation («واتهمت
  حماس أجهزة النظام السوري بقتل X»), a denial.
"""

import pytest

from tests.extract_support import relation_pairs

AROURI, HANIYEH, SADR = "person:saleh-al-arouri", "person:ismail-haniyeh", "person:mohammed-sadiq-al-sadr"
SYRIA, IRAQ, IRAN = "country:syria", "country:iraq", "country:iran"


@pytest.mark.parametrize("text,victim,state", [
    ("قتل صالح العاروري مساء أمس في هجوم نفذته أجهزة النظام السوري على سيارته في ريف دمشق.",
     AROURI, SYRIA),
    ("استشهد المرجع آية الله العظمى السيد محمد محمد صادق الصدر مساء الجمعة في النجف، إثر هجوم مسلح "
     "نفذه عناصر من أجهزة النظام العراقي على سيارته.", SADR, IRAQ),
    ("اغتيل إسماعيل هنية بتفجير نفذه عناصر من النظام الإيراني، بحسب ما أوردت الصحيفة.", HANIYEH, IRAN),
    ("وسقط القيادي صالح العاروري شهيداً في هجوم نفذه أفراد من جهاز النظام السوري في حي المزة.",
     AROURI, SYRIA),
])
def test_the_regime_whose_apparatus_carried_the_killing_out_is_the_agent(shipped, text, victim, state):
    assert (victim, state) in relation_pairs(shipped, text, "ASSASSINATED_BY", "ar")


@pytest.mark.parametrize("text,victim", [
    ("لم يقتل صالح العاروري في هجوم نفذته أجهزة النظام السوري، بل أصيب بجروح طفيفة.", AROURI),
    ("واتهمت حماس أجهزة النظام السوري بقتل صالح العاروري في هجوم مسلح على سيارته.", AROURI),
    ("نفت بغداد أن يكون السيد محمد محمد صادق الصدر قد قتل في هجوم نفذته أجهزة النظام العراقي.", SADR),
])
def test_no_regime_agent_when_the_killing_is_denied_negated_or_only_alleged(shipped, text, victim):
    assert not {p for p in relation_pairs(shipped, text, "ASSASSINATED_BY", "ar") if p[0] == victim
                and p[1] in (SYRIA, IRAQ)}
