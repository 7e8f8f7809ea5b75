"""Session 45 (kill): ASSASSINATED_BY victim lists and a dual verb on new writers.

- "أعلن الجيش أنه قتل تسعة علماء، أبرزهم X، وY": "أبرزهم" opens the named members of a
  counted group killed, as "بينهم" does; the agent of "أعلن K أنه قتل <group>، بينهم X" is
  the speaker K (kill_groups_forces.killed_among, kill_claims_verdicts.it_killed_speaker_ar).
  Dev: arIH2 (2 TP); arCR4 moves to the force where its writer gives the country (2 FP).
- "..., إضافة إلى العالمين النوويين X وY" / "..., as well as nuclear scientist X": a victim
  list continued past a word of addition (kill_victim_lists.added_victims). Dev: arKG3 (2 TP).
- "استقبل X ... Y، وبعد دقائق قُتلا معاً بغارة أمريكية أمر بها Z": the dual passive verb with
  no victim after it stands for the exactly two people named before (kill_dual_ar). Dev: arJZ4
  (4 TP).
- "بعد مقتله مع Y بضربة أميركية": Y too (killing_nominal, his_killing_ar). Dev: arAT6 (1 TP).
- Fereydoun Abbasi-Davani, the scientist's full name (gazetteer alias), and the Islamic Azad
  University (no person "آزاد الإسلامية"). Dev: enHU1 (1 TP).
"""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

IDF = "organization:israel-defense-forces"
ISRAEL = "country:israel"
US = "country:united-states"
TRUMP = "person:donald-trump"
ABBASI = "person:fereydoun-abbasi"
TEHRANCHI = "person:mohammad-mehdi-tehranchi"
RASHID = "person:gholam-ali-rashid"
MEHRABI = "person:gholamreza-mehrabi"
SOLEIMANI = "person:qasem-soleimani"
MUHANDIS = "person:abu-mahdi-al-muhandis"
AMIRI = "person:hadi-al-amiri"
SUDANI = "person:mohammed-shia-al-sudani"
ARAGHCHI = "person:abbas-araghchi"
KHAZALI = "person:qais-al-khazali"
QASSEM = "person:naim-qassem"
SAFIEDDINE = "person:hashem-safieddine"
AROURI = "person:saleh-al-arouri"
NASRALLAH = "person:hassan-nasrallah"
SHUKR = "person:fuad-shukr"
AQIL = "person:ibrahim-aqil"

CASES = [
    # ---- "أبرزهم" / "بينهم" after a counted group; the speaker of "أنه قتل" the agent
    ("ar", "أعلن الجيش الإسرائيلي أنه قتل في ضربات 13 حزيران ما لا يقل عن تسعة علماء "
     "نوويين، أبرزهم الفيزيائي محمد مهدي طهرانجي، رئيس جامعة آزاد الإسلامية، وفريدون عباسي "
     "دوانى، الرئيس الأسبق لمنظمة الطاقة الذرية.", [AB(TEHRANCHI, IDF), AB(ABBASI, IDF)], []),
    ("ar", "أعلن الجيش الإسرائيلي، الجمعة، أنه قتل تسعة من كبار العلماء في ضرباته على "
     "إيران، بينهم فريدون عباسي.", [AB(ABBASI, IDF)], []),
    # a passive killing whose only victim is named after "أبرزهم" (the base finds none; the
    # active "قتلت إسرائيل خمسة من القادة، أبرزهم X" was read before session 45 already)
    ("ar", "قُتل خمسة من القادة بغارة إسرائيلية، أبرزهم غلام علي رشيد.",
     [AB(RASHID, ISRAEL)], []),
    # negatives: denied, a future or attempted killing, "أبرزهم" past another clause
    ("ar", "نفى الجيش الإسرائيلي أنه قتل تسعة علماء، بينهم فريدون عباسي.", [],
     [AB(ABBASI, IDF)]),
    ("ar", "أعلن الجيش الإسرائيلي أنه سيقتل تسعة علماء، أبرزهم فريدون عباسي.", [],
     [AB(ABBASI, IDF)]),
    ("ar", "أعلن الجيش الإسرائيلي أنه حاول قتل تسعة علماء، بينهم فريدون عباسي.", [],
     [AB(ABBASI, IDF)]),
    ("ar", "عقد الرئيس اجتماعاً حضره تسعة وزراء، أبرزهم فريدون عباسي.", [],
     [AB(ABBASI, IDF)]),
    ("ar", "قُتل تسعة علماء بضربات لم يعلن أحد مسؤوليته عنها، أبرزهم فريدون عباسي.", [],
     [AB(ABBASI, IDF), AB(ABBASI, ISRAEL)]),
    # review negatives: "أبرزهم" after a group that attended a meeting, not the one killed
    ("ar", "قُتل خمسة أشخاص في الغارة الإسرائيلية على مبنى قرب مقر اجتماع حضره عدد من "
     "القادة، أبرزهم نعيم قاسم وهاشم صفي الدين.", [],
     [AB(QASSEM, ISRAEL), AB(SAFIEDDINE, ISRAEL)]),
    ("ar", "قتلت إسرائيل خمسة من عناصر الحزب في غارة على مؤتمر شارك فيه عشرات القادة، أبرزهم "
     "نعيم قاسم.", [], [AB(QASSEM, ISRAEL)]),
    # ---- "إضافة إلى" / "as well as" continuing a victim list
    ("ar", "أعلن الجيش الإسرائيلي أنه قتل في غاراته قائد مقر خاتم الأنبياء غلام علي رشيد، "
     "والعميد غلام رضا مهرابي، إضافة إلى العالمين النوويين محمد مهدي طهرانجي وفريدون "
     "عباسي.", [AB(RASHID, IDF), AB(MEHRABI, IDF), AB(TEHRANCHI, IDF), AB(ABBASI, IDF)], []),
    ("ar", "قتلت إسرائيل غلام علي رشيد، بالإضافة إلى العالم النووي محمد مهدي طهرانجي.",
     [AB(TEHRANCHI, ISRAEL)], []),
    ("en", "Israel killed Gholam Ali Rashid and Gholamreza Mehrabi, as well as nuclear "
     "scientist Mohammad Mehdi Tehranchi.", [AB(TEHRANCHI, ISRAEL)], []),
    ("en", "Israeli jets killed six scientists, among them Fereydoun Abbasi-Davani, a former "
     "head of the agency, and physicist Mohammad Mehdi Tehranchi.",
     [AB(ABBASI, ISRAEL), AB(TEHRANCHI, ISRAEL)], []),
    # negatives: the added person was wounded or arrested; a threat; a denial
    ("ar", "قتلت إسرائيل غلام علي رشيد، إضافة إلى إصابة محمد مهدي طهرانجي.",
     [AB(RASHID, ISRAEL)], [AB(TEHRANCHI, ISRAEL)]),
    ("ar", "قتلت إسرائيل غلام علي رشيد، إضافة إلى اعتقال العالم محمد مهدي طهرانجي.",
     [AB(RASHID, ISRAEL)], [AB(TEHRANCHI, ISRAEL)]),
    ("en", "Israel killed Gholam Ali Rashid, as well as wounding Mohammad Mehdi Tehranchi.",
     [AB(RASHID, ISRAEL)], [AB(TEHRANCHI, ISRAEL)]),
    ("ar", "اغتالت إسرائيل غلام علي رشيد، إضافة إلى القيادي محمد مهدي طهرانجي الذي نجا من "
     "الغارة.", [AB(RASHID, ISRAEL)], [AB(TEHRANCHI, ISRAEL)]),
    ("en", "Israel killed Gholam Ali Rashid, as well as scientist Mohammad Mehdi Tehranchi, who "
     "survived the strike.", [AB(RASHID, ISRAEL)], [AB(TEHRANCHI, ISRAEL)]),
    ("en", "Israel killed Gholam Ali Rashid, as well as Mohammad Mehdi Tehranchi survived the "
     "strike.", [AB(RASHID, ISRAEL)], [AB(TEHRANCHI, ISRAEL)]),
    ("en", "Israel killed Gholam Ali Rashid, as well as scientist Mohammad Mehdi Tehranchi, "
     "Hossein Salami said.", [AB(TEHRANCHI, ISRAEL)], [AB("person:hossein-salami", ISRAEL)]),
    ("en", "Israel vowed to kill Gholam Ali Rashid, as well as nuclear scientist Mohammad "
     "Mehdi Tehranchi.", [], [AB(RASHID, ISRAEL), AB(TEHRANCHI, ISRAEL)]),
    ("en", "Israel denied that it killed Gholam Ali Rashid, as well as nuclear scientist "
     "Mohammad Mehdi Tehranchi.", [], [AB(RASHID, ISRAEL), AB(TEHRANCHI, ISRAEL)]),
    # review negatives: a relative clause about the added person says something else
    ("ar", "اغتالت إسرائيل القيادي في حماس صالح العاروري، فضلاً عن الأمين العام حسن نصر الله "
     "الذي هدد بالرد.", [AB(AROURI, ISRAEL)], [AB(NASRALLAH, ISRAEL)]),
    ("ar", "اغتالت إسرائيل القيادي في حزب الله فؤاد شكر، إضافة إلى القيادي إبراهيم عقيل الذي "
     "لا يزال مصيره مجهولاً.", [AB(SHUKR, ISRAEL)], [AB(AQIL, ISRAEL)]),
    ("en", "Israel killed Gholam Ali Rashid, as well as scientist Mohammad Mehdi Tehranchi, who "
     "vowed revenge.", [AB(RASHID, ISRAEL)], [AB(TEHRANCHI, ISRAEL)]),
    # a relative clause whose verb is a killing one still adds the person
    ("ar", "اغتالت إسرائيل القيادي في حماس صالح العاروري، فضلاً عن القيادي محمد مهدي طهرانجي "
     "الذي قتل في الغارة نفسها.", [AB(AROURI, ISRAEL), AB(TEHRANCHI, ISRAEL)], []),
    # ---- the dual "قُتلا" with the two people named before
    ("ar", "استقبل المهندس في مطار بغداد الدولي قائد فيلق القدس الفريق قاسم سليماني القادم "
     "من دمشق، وبعد دقائق قُتلا معاً بغارة أمريكية بطائرة مسيّرة أمر بها الرئيس الأمريكي "
     "دونالد ترامب.", [AB(MUHANDIS, US), AB(SOLEIMANI, US), AB(MUHANDIS, TRUMP),
                       AB(SOLEIMANI, TRUMP)], [AB(TRUMP, US)]),
    ("ar", "استقبل أبو مهدي المهندس قاسم سليماني في المطار، وبعد دقائق قُتلا بغارة أمريكية.",
     [AB(MUHANDIS, US), AB(SOLEIMANI, US)], []),
    # negatives: three people before; no agent; survived; an attempt
    ("ar", "التقى أبو مهدي المهندس وقاسم سليماني وهادي العامري في المطار، ثم قُتلا بغارة "
     "أمريكية.", [], [AB(AMIRI, US), AB(MUHANDIS, US), AB(SOLEIMANI, US)]),
    ("ar", "استقبل أبو مهدي المهندس قاسم سليماني في المطار، وبعد دقائق قُتلا بطائرة مسيّرة.",
     [], [AB(MUHANDIS, US), AB(SOLEIMANI, US)]),
    ("ar", "استقبل أبو مهدي المهندس قاسم سليماني في المطار، وبعد دقائق نجوا من غارة أمريكية.",
     [], [AB(MUHANDIS, US), AB(SOLEIMANI, US)]),
    ("ar", "استقبل أبو مهدي المهندس قاسم سليماني، وكادا أن يُقتلا بغارة أمريكية.", [],
     [AB(MUHANDIS, US), AB(SOLEIMANI, US)]),
    # review negatives: the dual's subject is a dual noun after the two people, or a clause
    # opener (إن / أن) stands between them and the verb
    ("ar", "قال رئيس الوزراء العراقي محمد شياع السوداني خلال مؤتمر صحفي مع وزير الخارجية "
     "الإيراني عباس عراقجي إن الجنديين قتلا بغارة أمريكية قرب الحدود.", [],
     [AB(SUDANI, US), AB(ARAGHCHI, US)]),
    ("ar", "أكد هادي العامري وقيس الخزعلي أن مرافقيهما قتلا بغارة أمريكية على طريق المطار.",
     [], [AB(AMIRI, US), AB(KHAZALI, US)]),
    ("ar", "زار هادي العامري قيس الخزعلي في بغداد، وبعد ساعات الحارسان قتلا بغارة أمريكية.",
     [], [AB(AMIRI, US), AB(KHAZALI, US)]),
    ("ar", "زار هادي العامري قيس الخزعلي في بغداد، فيما قال مسؤول إن مرافقيهما قتلا بغارة "
     "أمريكية.", [], [AB(AMIRI, US), AB(KHAZALI, US)]),
    # ---- "بعد مقتله مع Y": Y killed too; not one past a comma and another verb
    ("ar", "خلف هادي العامري أبا مهدي المهندس بعد مقتله مع قاسم سليماني بضربة أميركية.",
     [AB(MUHANDIS, US), AB(SOLEIMANI, US)], []),
    ("ar", "خلف هادي العامري أبا مهدي المهندس بعد مقتله بضربة أميركية، وتحدث مع قاسم "
     "سليماني.", [AB(MUHANDIS, US)], [AB(SOLEIMANI, US)]),
    # the text cut right after the cue words: guards against an index error only (they
    # assert no relation beyond the first victim's, and pass before session 45 as well)
    ("ar", "قتلت إسرائيل غلام علي رشيد، إضافة إلى", [AB(RASHID, ISRAEL)], []),
    ("en", "Israel killed Gholam Ali Rashid, as well", [AB(RASHID, ISRAEL)], []),
    ("ar", "استقبل أبو مهدي المهندس قاسم سليماني، وبعد دقائق قُتلا", [], []),
    ("ar", "أعلن الجيش أنه قتل تسعة، أبرزهم", [], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_kill_s45(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
