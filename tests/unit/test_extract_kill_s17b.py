"""Session 17, second round: killings whose agent the writer states but the extractor did
not read (co-victims, the killing as a noun, a strike clause after the agent)."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

US = "country:united-states"
ISRAEL = "country:israel"
IDF = "organization:israel-defense-forces"
CENTCOM = "organization:us-central-command"

# ---- 1. co-victims -----------------------------------------------------------------------
COMPANION_DESCRIBED = [
    ("Qassem Soleimani was killed in a U.S. drone strike near Baghdad airport, along with "
     "Iraqi militia commander Abu Mahdi al-Muhandis.", "en",
     [AB("person:abu-mahdi-al-muhandis", US), AB("person:qasem-soleimani", US)], []),
    ("Hezbollah commander Fuad Shukr was killed in an Israeli strike in Beirut along with "
     "his aide Ali Hazima.", "en",
     [AB("person:ali-hazima", ISRAEL), AB("person:fuad-shukr", ISRAEL)], []),
    ("Fuad Shukr died in an Israeli air raid on Tuesday together with senior Hezbollah "
     "official Ali Karaki, the group said.", "en",
     [AB("person:ali-karaki", ISRAEL)], []),
    # no agent stated: no relation for anyone
    ("Soleimani was killed in a drone strike near Baghdad airport, along with Iraqi militia "
     "commander Abu Mahdi al-Muhandis.", "en",
     [], [AB("person:abu-mahdi-al-muhandis", US)]),
    # an accusation is no killing
    ("Iran accused Israel of killing Fuad Shukr in Beirut, along with his aide Ali Karaki.",
     "en", [], [AB("person:ali-karaki", ISRAEL), AB("person:fuad-shukr", ISRAEL)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), COMPANION_DESCRIBED)
def test_companion_after_description(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


WITH_HIM_ALL_AGENTS = [
    ("قُتل القيادي في حركة حماس صالح العاروري بغارة نفذتها طائرة مسيّرة إسرائيلية على مكتب "
     "في الضاحية الجنوبية لبيروت.\nوأعلن الجيش الإسرائيلي في بيان أنه نفذ الضربة رداً على "
     "هجمات الحركة، موضحاً أن العاروري كان مسؤولاً عنها. وقُتل معه مرافقه سمير فندي، وهو "
     "قيادي آخر في الحركة.", "ar",
     [AB("person:samir-fandi", ISRAEL), AB("person:samir-fandi", IDF)]),
    ("قُتل القيادي في كتائب حزب الله وسام محمد الساعدي بضربة نفذتها طائرة أميركية في "
     "بغداد.\nوأعلنت القيادة المركزية الأميركية في بيان أنها نفذت الضربة، مؤكدة أن الساعدي "
     "خطط للهجمات. وقُتل معه مرافقه حسين العبودي.", "ar",
     [AB("person:hussein-al-aboudi", US), AB("person:hussein-al-aboudi", CENTCOM)]),
]


@pytest.mark.parametrize(("text", "lang", "must"), WITH_HIM_ALL_AGENTS)
def test_with_him_takes_every_agent_of_the_victim(ex, text, lang, must) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, [])


def test_with_him_without_agent_stays_without(ex) -> None:
    text = ("قُتل القيادي في حركة حماس صالح العاروري بغارة على مكتب في الضاحية الجنوبية "
            "لبيروت. وقُتل معه مرافقه سمير فندي.")
    doc = ex.extract(text, lang="ar")
    assert not [r for r in doc["relations"] if r["type"] == "ASSASSINATED_BY"]


# ---- 2. a killing as a noun -----------------------------------------------------------------
KILLING_NOUN = [
    ("Iran-backed factions have accused him of complicity in the U.S. killing of Quds Force "
     "commander Qassem Soleimani, a charge he rejects.", "en",
     [AB("person:qasem-soleimani", US)], []),
    ("Iraqi groups accused the prime minister of a role in the American assassination of Abu "
     "Mahdi al-Muhandis.", "en", [AB("person:abu-mahdi-al-muhandis", US)], []),
    ("اتهمت الفصائل الكاظمي بالتواطؤ في اغتيال الولايات المتحدة لقاسم سليماني.", "ar",
     [AB("person:qasem-soleimani", US)], []),
    ("وجاء ذلك بعد اغتيال إسرائيل للقيادي في حماس صالح العاروري في بيروت.", "ar",
     [AB("person:saleh-al-arouri", ISRAEL)], []),
    ("أدان العراق الاغتيال الأميركي لأبي مهدي المهندس.", "ar",
     [AB("person:abu-mahdi-al-muhandis", US)], []),
    ("توعد الحزب بالرد على الاغتيال الإسرائيلي للقيادي فؤاد شكر.", "ar",
     [AB("person:fuad-shukr", ISRAEL)], []),
    # accusations of the killing itself stay dropped
    ("Iran accused Israel of killing Fuad Shukr.", "en", [], [AB("person:fuad-shukr", ISRAEL)]),
    ("Iran accused Israel of complicity in the killing of Fuad Shukr.", "en", [],
     [AB("person:fuad-shukr", ISRAEL)]),
    ("اتهمت إيران إسرائيل باغتيال فؤاد شكر.", "ar", [], [AB("person:fuad-shukr", ISRAEL)]),
    ("اتهمت إيران إسرائيل بالتورط في اغتيال فؤاد شكر.", "ar", [],
     [AB("person:fuad-shukr", ISRAEL)]),
    # no agent: nothing
    ("أدان العراق الاغتيال الغادر لأبي مهدي المهندس.", "ar", [],
     [AB("person:abu-mahdi-al-muhandis", US)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), KILLING_NOUN)
def test_killing_noun_with_its_agent(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- 3. a strike clause after the agent -------------------------------------------------------
IRGC = "organization:irgc"
STRIKE_CLAUSE = [
    ("Iran's Revolutionary Guards said they fired ballistic missiles at a building in Erbil "
     "late on Monday, in a strike that killed Kurdish businessman Peshraw Dizayee.", "en",
     [AB("person:peshraw-dizayee", IRGC)], []),
    ("Israel launched a wave of strikes on Tehran on Friday, in an attack that killed "
     "Hossein Salami.", "en", [AB("person:hossein-salami", ISRAEL)], []),
    ("Rockets were fired at a building in Erbil on Monday, in a strike that killed "
     "businessman Peshraw Dizayee.", "en", [], [AB("person:peshraw-dizayee", IRGC)]),
    ("Iran accused Israel of firing missiles at the building, in a strike that killed "
     "Hossein Salami.", "en", [], [AB("person:hossein-salami", ISRAEL)]),
    # the same strike, its subject before the verb of result after "قال ... إن"
    ("أكد الجيش الإسرائيلي أنه قتل هاشم صفي الدين في غارة على الضاحية. وقال الجيش في بيان "
     "إن الغارة نفسها أسفرت عن مقتل علي كركي، قائد مقر استخبارات الحزب.", "ar",
     [AB("person:ali-karaki", IDF)], []),
    ("أكد الجيش الإسرائيلي أنه قتل هاشم صفي الدين في غارة على الضاحية. وأعلن الجيش أن "
     "الضربة ذاتها أدت إلى مقتل علي كركي.", "ar",
     [AB("person:ali-karaki", IDF)], []),
    ("قُتل هاشم صفي الدين في غارة على الضاحية. وقال حزب الله إن الغارة نفسها أسفرت عن مقتل "
     "علي كركي.", "ar", [], [AB("person:ali-karaki", IDF),
                                  AB("person:ali-karaki", ISRAEL)]),
    # "على مقتله في غارة إسرائيلية": the one person named before the pronoun
    ("شيّع عشرات الآلاف من مناصري حزب الله الأمين العام السابق للحزب حسن نصرالله في مدينة "
     "كميل شمعون الرياضية في بيروت، بعد نحو خمسة أشهر على مقتله في غارة إسرائيلية.", "ar",
     [AB("person:hassan-nasrallah", ISRAEL)], []),
    ("أحيا أنصار الحشد الشعبي في بغداد الذكرى الرابعة لأبي مهدي المهندس أمس الجمعة، بعد "
     "أربع سنوات على مقتله بضربة أميركية قرب المطار.", "ar",
     [AB("person:abu-mahdi-al-muhandis", US)], []),
    ("شيّع أنصار الحزب حسن نصرالله في بيروت، بعد خمسة أشهر على مقتله في غارة على الضاحية.",
     "ar", [], [AB("person:hassan-nasrallah", ISRAEL)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), STRIKE_CLAUSE)
def test_strike_clause_after_agent(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


def test_no_person_from_headquarters_title(ex) -> None:
    text = "قُتل علي كركي، قائد مقر استخبارات الحزب، في غارة إسرائيلية."
    doc = ex.extract(text, lang="ar")
    assert not any("maqr" in e["id"] for e in doc["entities"])


# ---- 3b. a death in a strike, then the side that says it struck -------------------------------
SAID_IT_TARGETED = [
    ("IRGC Aerospace Force commander Amir Ali Hajizadeh died in a strike on an underground "
     "command post; Israel said it had targeted a meeting of the force's senior staff there.",
     [AB("person:amir-ali-hajizadeh", ISRAEL)], []),
    ("Hezbollah commander Fuad Shukr was killed in an air raid on Beirut on Tuesday, and the "
     "Israeli military said it had struck him in response to the Majdal Shams attack.",
     [AB("person:fuad-shukr", IDF)], []),
    ("Hossein Salami died in a strike on his home in Tehran; Israel denied it had targeted him.",
     [], [AB("person:hossein-salami", ISRAEL)]),
    ("Hossein Salami died in a strike on his home in Tehran; Iran said Israel had targeted him.",
     [], [AB("person:hossein-salami", "country:iran")]),
    ("Hossein Salami died in a car accident in Tehran; Israel said it had targeted a depot.",
     [], [AB("person:hossein-salami", ISRAEL)]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), SAID_IT_TARGETED)
def test_said_it_targeted_after_agentless_death(ex, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)


# ---- 4. negatives: an agent named only in an accusation after the killing ---------------------
ACCUSED_AFTER = [
    ("Hours later, Hamas leader Ismail Haniyeh was assassinated in Tehran, and Iran accused "
     "Israel of being behind the operation.", "en", [], [AB("person:ismail-haniyeh", ISRAEL)]),
    ("وبعد ساعات، اغتيل إسماعيل هنية في طهران، واتهمت إيران إسرائيل بالوقوف وراء العملية.",
     "ar", [], [AB("person:ismail-haniyeh", ISRAEL)]),
    # the agent stated before the accusation stays
    ("Ismail Haniyeh was killed in an Israeli strike in Tehran, and Iran accused Israel of a "
     "cowardly crime.", "en", [AB("person:ismail-haniyeh", ISRAEL)], []),
    ("Israel killed Ismail Haniyeh in Tehran, and Iran accused Israel of violating its "
     "sovereignty.", "en", [AB("person:ismail-haniyeh", ISRAEL)], []),
    ("اغتالت إسرائيل إسماعيل هنية في طهران، واتهمتها إيران بانتهاك سيادتها.", "ar",
     [AB("person:ismail-haniyeh", ISRAEL)], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), ACCUSED_AFTER)
def test_agent_only_in_later_accusation(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
