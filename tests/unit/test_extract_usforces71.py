"""Session 71 (usforces71): the id a killing by the US armed forces takes, as the writers read
the words (``kill_state_forces``; the counts: ``bench/agent_granularity_count.py`` on dev).

- English "U.S. / US / American forces", "U.S. troops", "U.S. special forces", "Navy SEALs"
  as the killer: the United States (the country), not ``organization:us-armed-forces``.
- Arabic forces without the article («قوات أمريكية قتلت X») and special forces («قوات خاصة
  أميركية», «وحدة من القوات الخاصة الأمريكية»): the United States.
- "the U.S. military / army" and the Arabic «القوات الأميركية» (with the article) stay the body,
  as most writers keep them.
"""

import pytest

from tests.extract_support import relation_pairs

US, USAF = "country:united-states", "organization:us-armed-forces"
ZARQAWI, HAMZA = "person:abu-musab-al-zarqawi", "person:hamza-bin-laden"
QURASHI, AWLAKI = "person:abu-ibrahim-al-hashimi-al-qurashi", "person:anwar-al-awlaki"
SOLEIMANI, UDAY = "person:qasem-soleimani", "person:uday-hussein"
BAGHDADI = "person:abu-bakr-al-baghdadi"

STATE_CASES = [
    ("en", "Abu Musab al-Zarqawi was killed by U.S. forces north of Baquba in June 2006.",
     ZARQAWI),
    ("en", "American forces killed Uday Hussein in a gunfight at a villa in Mosul.", UDAY),
    ("en", "US troops killed Abu Musab al-Zarqawi near Baquba, officials said.", ZARQAWI),
    ("en", "Abu Ibrahim al-Hashimi al-Qurashi died when U.S. special forces raided his house "
           "in Atmeh; he blew himself up as they closed in.", QURASHI),
    ("en", "Uday Hussein, the dictator's elder son, was killed by US forces after a six-hour "
           "siege.", UDAY),
    ("en", "In a statement, the Pentagon said U.S. forces had killed Abu Musab al-Zarqawi.",
     ZARQAWI),
    ("ar", "أعلن مسؤولون أن قوات أمريكية قتلت أبو مصعب الزرقاوي قرب بعقوبة.", ZARQAWI),
    ("ar", "قُتل أبو إبراهيم الهاشمي القرشي في عملية نفذتها قوات خاصة أميركية في أطمة.", QURASHI),
    ("ar", "قتل أبو بكر البغدادي في عملية نفذتها وحدة من القوات الخاصة الأمريكية في ريف إدلب.",
     BAGHDADI),
    ("ar", "قُتل أبو مصعب الزرقاوي على يد قوة أمريكية خاصة في ديالى.", ZARQAWI),
]

BODY_CASES = [
    ("en", "The U.S. military killed Abu Musab al-Zarqawi in an air strike near Baquba.",
     ZARQAWI),
    ("ar", "قاسم سليماني الذي اغتالته القوات الأميركية قرب مطار بغداد مطلع 2020.", SOLEIMANI),
    ("ar", "وتتزامن الزيارة مع ذكرى اغتيال قاسم سليماني على يد القوات الأمريكية.", SOLEIMANI),
]


@pytest.mark.parametrize("lang, text, victim", STATE_CASES)
def test_forces_read_as_the_country(shipped, lang, text, victim):
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", lang)
    assert (victim, US) in pairs
    assert (victim, USAF) not in pairs


@pytest.mark.parametrize("lang, text, victim", BODY_CASES)
def test_military_and_definite_forces_stay_the_body(shipped, lang, text, victim):
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", lang)
    assert (victim, USAF) in pairs
    assert (victim, US) not in pairs


@pytest.mark.parametrize("lang, text, victim", [
    ("en", "Attacks on U.S. forces grew after Abu Musab al-Zarqawi was killed, officials said.",
     ZARQAWI),
    ("en", "U.S. forces said they had not killed Hamza bin Laden, denying the report.", HAMZA),
    ("ar", "ونفت قوات أمريكية أن تكون قتلت حمزة بن لادن.", HAMZA),
])
def test_no_killer_stays_no_killer(shipped, lang, text, victim):
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", lang)
    assert (victim, US) not in pairs and (victim, USAF) not in pairs


@pytest.mark.parametrize("lang, text, victim", [
    ("en", "Anwar al-Awlaki was killed by U.S. forces in Yemen. The U.S. military said the "
           "strike was lawful.", AWLAKI),
])
def test_country_named_once(shipped, lang, text, victim):
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", lang)
    assert (victim, US) in pairs
    assert (victim, USAF) not in pairs


ISF, IRAQ = "organization:iraqi-security-forces", "country:iraq"


@pytest.mark.parametrize("lang, text, victim", [
    ("en", "Iraqi and U.S. forces have killed Abu Musab al-Zarqawi in a raid near Baquba.",
     ZARQAWI),
    ("en", "Uday Hussein was killed in a raid by Iraqi and American forces in Mosul.", UDAY),
    ("en", "U.S. and Iraqi troops killed Abu Musab al-Zarqawi near Baquba, the army said.",
     ZARQAWI),
    ("ar", "قتل أبو مصعب الزرقاوي في عملية مشتركة نفذتها قوات عراقية وأميركية قرب بعقوبة.",
     ZARQAWI),
])
def test_joint_iraqi_and_us_forces(shipped, lang, text, victim):
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", lang)
    assert {(victim, ISF), (victim, US)} <= pairs
    assert (victim, IRAQ) not in pairs and (victim, USAF) not in pairs


@pytest.mark.parametrize("lang, text, victim", [
    ("en", "Abu Musab al-Zarqawi, who had led attacks on Iraqi and U.S. forces, was killed in "
           "a U.S. air strike near Baquba.", ZARQAWI),
])
def test_forces_as_target_are_no_agent(shipped, lang, text, victim):
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", lang)
    assert (victim, US) in pairs
    assert (victim, ISF) not in pairs


@pytest.mark.parametrize("lang, text, victim", [
    ("ar", "قتلت القوات الأمنية العراقية أبا بكر البغدادي قرب الموصل.", BAGHDADI),
    ("en", "Iraqi security forces killed Abu Bakr al-Baghdadi near Mosul, officials said.",
     BAGHDADI),
])
def test_iraqi_security_forces_named(shipped, lang, text, victim):
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", lang)
    assert (victim, ISF) in pairs
