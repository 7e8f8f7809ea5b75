"""Blind set HO: Iraq and Iran 2020-2024 as wire copy: Kataib Hezbollah suspends attacks after
Ghaani's meeting at Baghdad airport, Jan 2024 (English); the U.S. strike in Mashtal that killed Abu
Baqir al-Saadi and Arkan al-Ulayawi, Feb 2024 (Arabic); the strike on Nujaba's Palestine Street
headquarters that killed Abu Taqwa, Jan 2024 (English); the killing of Hisham al-Hashimi after the
CTS raid on Kataib Hezbollah, July 2020 (Arabic); al-Kadhimi in Tehran with Rouhani and Khamenei,
July 2020 (English); Shamkhani and al-Araji sign the border security agreement, March 2023 (Arabic).
Style: wire (Reuters/AFP-like): datelines, short paragraphs, "sources said", anonymous officials;
excluded on purpose: an attack blamed by Washington and a denial by Tehran, a bombing
in Kerman with no claimant, a killing by unknown gunmen, a postponed visit to Riyadh, a planned
meeting with Masrour Barzani that did not take place, accusations denied by Kurdish parties.
Spellings: Esmail Ghaani, Ahmed al-Hamidawi, Abu Taqwa al-Saeedi, Mustafa al-Kadhimi, الكاظمى,
أركان العلياوي, Qassem Soleimani, شمخانى.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hp import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, SAUDI = "country:iran", "country:iraq", "country:united-states", "country:saudi-arabia"
QF, IRGC, PMF, KH, NUJ, IRI = ("organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
                               "organization:kataib-hezbollah", "organization:harakat-al-nujaba",
                               "organization:islamic-resistance-in-iraq")
IQG, IQFM, IQFIN, IQINT, NSA, CTS, ISF = (
    "organization:iraqi-government", "organization:iraqi-foreign-ministry", "organization:iraqi-finance-ministry",
    "organization:iraqi-interior-ministry", "organization:iraqi-national-security-advisory",
    "organization:counter-terrorism-service", "organization:iraqi-security-forces")
SNSC, IRFM, IRPARL, DOD, CENTCOM, USAF = (
    "organization:supreme-national-security-council", "organization:iranian-foreign-ministry",
    "organization:iranian-parliament", "organization:us-department-of-defense", "organization:us-central-command",
    "organization:us-armed-forces")
KDPI, KOMALA = "organization:kdpi", "organization:komala"
BAGHDAD, TEHRAN, BIAP, MASHTAL, DORA, KOYA = ("location:baghdad", "location:tehran",
                                              "location:baghdad-international-airport", "location:mashtal",
                                              "location:dora", "location:koya")

QAANI, HAMIDAWI, MOUSSAWI, RYDER, KAABI = ("person:esmail-qaani", "person:ahmad-al-hamidawi",
                                           "person:hussein-al-moussawi", "person:pat-ryder", "person:akram-al-kaabi")
ABUBAQIR, ULAYAWI, RASOOL, FAY = ("person:abu-baqir-al-saadi", "person:arkan-al-ulayawi", "person:yahya-rasool",
                                  "person:falih-al-fayyadh")
TAQWA, SUD, BAWADI = "person:abu-taqwa-al-saidi", "person:mohammed-shia-al-sudani", "person:basim-al-awadi"
HASHIMI, KAD, GHANIMI = "person:hisham-al-hashimi", "person:mustafa-al-kadhimi", "person:othman-al-ghanimi"
ROUHANI, KHAM, FUAD, ALLAWI, GHALIBAF, ZARIF, SALMAN, SOL = (
    "person:hassan-rouhani", "person:ali-khamenei", "person:fuad-hussein", "person:ali-allawi",
    "person:mohammad-bagher-ghalibaf", "person:mohammad-javad-zarif", "person:salman-bin-abdulaziz",
    "person:qasem-soleimani")
SHAMKHANI, ARAJI, RASHID, MASROUR = ("person:ali-shamkhani", "person:qassim-al-araji", "person:abdul-latif-rashid",
                                     "person:masrour-barzani")

ARTICLES = [
    ("enHO1_kataib_hezbollah_suspends_attacks", "en",
     "Iraq's Kataib Hezbollah suspends attacks on U.S. forces after Iranian commander's visit - sources\n"
     "BAGHDAD, Jan 30 - Kataib Hezbollah, the most powerful of Iraq's Iran-aligned armed groups, said on Tuesday "
     "it was suspending military operations against U.S. troops, two days after a drone attack killed three "
     "American soldiers at a base in Jordan.\n"
     "The announcement came after Quds Force commander Esmail Ghaani met representatives of several factions, "
     "including Kataib Hezbollah, at Baghdad airport on Monday, two Iraqi sources and an Iranian source said.\n"
     "\"He told them that spilling American blood could bring a response that hits Iran itself,\" one of the "
     "Iraqi sources said, declining to be named.\n"
     "Washington has blamed the attack on the Islamic Resistance in Iraq, an umbrella of hardline factions that "
     "includes Kataib Hezbollah; Tehran denied any role.\n"
     "In a statement signed by its secretary-general, Ahmed al-Hamidawi, the group said it had acted \"to avoid "
     "embarrassing the Iraqi government\".\n"
     "Harakat al-Nujaba said it would press on, and its spokesman, Hussein al-Moussawi, told reporters the operations "
     "would continue \"until the occupation leaves\".\n"
     "Asked about the statement, Pentagon press secretary Major General Pat Ryder said: \"Actions speak louder "
     "than words.\"",
     [("LEADS", QAANI, QF, "Quds Force commander Esmail Ghaani"),
      ("MET_WITH", QAANI, KH, "met representatives of several factions", "2024-01-29"),
      ("VISITED", QAANI, BIAP, "at Baghdad airport on Monday", "2024-01-29"),
      ("PART_OF", KH, IRI, "an umbrella of hardline factions"),
      ("LEADS", HAMIDAWI, KH, "signed by its secretary-general"),
      ("MEMBER_OF", MOUSSAWI, NUJ, "its spokesman, Hussein"),
      ("MEMBER_OF", RYDER, DOD, "Pentagon press secretary"),
      ],
     {"source": "blind set (wire, English)", "published": "2024-01-30"}),

    ("arHO2_mashtal_strike_abu_baqir", "ar",
     "مقتل قيادي في «كتائب حزب الله» بضربة أميركية في بغداد\n"
     "بغداد (أ ف ب) - قُتل القيادي البارز في «كتائب حزب الله» العراقية أبو باقر الساعدي، مساء الأربعاء، بضربة "
     "أميركية بطائرة مسيّرة استهدفت سيارته في حي المشتل شرقي بغداد، بحسب ما أفاد مسؤولان أمنيان.\n"
     "وأعلنت القيادة المركزية الأميركية (سنتكوم) في بيان أنها نفّذت الضربة «رداً على الهجمات على القوات "
     "الأميركية»، وأنها قتلت «قائداً في الكتائب مسؤولاً عن التخطيط المباشر» لتلك الهجمات.\n"
     "وقُتل في الضربة أيضاً أركان العلياوي، وهو مسؤول آخر في الفصيل، وفق مصدر في الحشد الشعبي.\n"
     "وقال الناطق باسم القائد العام للقوات المسلحة اللواء يحيى رسول إن الضربة «اغتيال سافر في حي سكني»، "
     "محذّراً من أنها تدفع الحكومة إلى «إنهاء مهمة التحالف».\n"
     "وشارك رئيس هيئة الحشد الشعبي فالح الفياض الخميس في تشييع الساعدي، وسط هتافات تطالب بالثأر.\n"
     "وتأتي الضربة بعد أسبوع من إعلان الكتائب تعليق عملياتها ضد القوات الأميركية.",
     [("MEMBER_OF", ABUBAQIR, KH, "القيادي البارز في «كتائب حزب الله»"),
      ("ASSASSINATED_BY", ABUBAQIR, USA, "الساعدي، مساء الأربعاء، بضربة", "2024-02-07"),
      ("ASSASSINATED_BY", ABUBAQIR, CENTCOM, "أنها نفّذت الضربة", "2024-02-07"),
      ("LOCATED_IN", MASHTAL, BAGHDAD, "في حي المشتل شرقي بغداد"),
      ("ASSASSINATED_BY", ULAYAWI, USA, "وقُتل في الضربة أيضاً", "2024-02-07"),
      ("MEMBER_OF", ULAYAWI, KH, "وهو مسؤول آخر في الفصيل"),
      ("MEMBER_OF", RASOOL, ISF, "الناطق باسم القائد العام للقوات المسلحة"),
      ("LEADS", FAY, PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2024-02-08"}),

    ("enHO3_nujaba_commander_killed_baghdad", "en",
     "Strike on Iraqi faction's Baghdad base kills commander, U.S. says it acted in self-defence\n"
     "BAGHDAD, Jan 4 - A drone strike on the headquarters of an Iran-backed armed group in eastern Baghdad on "
     "Thursday killed one of its commanders and another member, Iraqi security sources and the group said.\n"
     "Abu Taqwa al-Saeedi, a senior commander of Harakat al-Nujaba, was killed along with a companion when their "
     "vehicle was hit inside the compound on Palestine Street, the Popular Mobilisation Forces said.\n"
     "A U.S. official, speaking on condition of anonymity, said U.S. forces had carried out the strike. Pentagon "
     "spokesman Pat Ryder later said Abu Taqwa had been \"actively involved in planning\" attacks on Americans.\n"
     "The office of Prime Minister Mohammed Shia al-Sudani called the strike \"a dangerous escalation\" and said "
     "it held the U.S.-led coalition responsible.\n"
     "Nujaba's leader, Akram al-Kaabi, vowed revenge.\n"
     "The strike came a day after twin blasts in the Iranian city of Kerman killed more than 80 people at a "
     "memorial for Qassem Soleimani, though no group had claimed that attack by Thursday morning.",
     [("MEMBER_OF", TAQWA, NUJ, "a senior commander of Harakat al-Nujaba"),
      ("ASSASSINATED_BY", TAQWA, USAF, "U.S. forces had carried out the strike", "2024-01-04"),
      ("ATTACKED", USAF, NUJ, "U.S. forces had carried out the strike", "2024-01-04"),
      ("MEMBER_OF", RYDER, DOD, "spokesman Pat Ryder"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Sudani"),
      ("LEADS", KAABI, NUJ, "Nujaba's leader, Akram"),
      ],
     {"source": "blind set (wire, English)", "published": "2024-01-04"}),

    ("arHO4_hashimi_killed_after_dora_raid", "ar",
     "اغتيال الخبير الأمني هشام الهاشمي أمام منزله في بغداد\n"
     "بغداد (أ ف ب) - قُتل الخبير الأمني العراقي البارز هشام الهاشمي، مساء الإثنين، برصاص مسلحين مجهولين أمام "
     "منزله في حي زيونة شرقي بغداد، بحسب مصادر أمنية وطبية.\n"
     "وقال مصدر في وزارة الداخلية إن مسلحين على دراجتين ناريتين أطلقوا النار على الهاشمي (47 عاماً) وهو في "
     "سيارته، قبل أن يلوذوا بالفرار. ولم تتبنّ أي جهة العملية حتى الآن.\n"
     "ونعى رئيس الوزراء مصطفى الكاظمى الهاشمي، متعهداً «ملاحقة القتلة»، فيما أعلن وزير الداخلية الفريق أول "
     "ركن عثمان الغانمي تشكيل لجنة تحقيق، وأمر الوزير بإعفاء قائد الفوج المسؤول عن أمن المنطقة.\n"
     "وكان الهاشمي، الذي قدّم المشورة لعدد من المسؤولين، قد انتقد علناً فصائل مسلحة موالية لإيران، بينها كتائب "
     "حزب الله.\n"
     "وفي أواخر حزيران، داهم جهاز مكافحة الإرهاب مقراً للكتائب في منطقة الدورة جنوبي بغداد واعتقل 14 من "
     "عناصرها للاشتباه بتخطيطهم لهجمات صاروخية، قبل أن يُفرج القضاء عن معظمهم بعد أيام.\n"
     "ونفت الكتائب حينها أي علاقة لعناصرها بالهجمات.",
     [("LEADS", KAD, IQG, "رئيس الوزراء مصطفى الكاظمى"),
      ("LEADS", GHANIMI, IQINT, "وزير الداخلية الفريق أول"),
      ("ATTACKED", CTS, KH, "داهم جهاز مكافحة الإرهاب مقراً للكتائب", "2020-06-25"),
      ("LOCATED_IN", DORA, BAGHDAD, "في منطقة الدورة جنوبي بغداد"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2020-07-07"}),

    ("enHO5_kadhimi_tehran_rouhani_khamenei", "en",
     "Iraq's Kadhimi in Tehran on first foreign trip as Saudi visit postponed\n"
     "TEHRAN, July 21 - Iraqi Prime Minister Mustafa al-Kadhimi held talks with Iranian President Hassan Rouhani "
     "in Tehran on Tuesday, on a trip that was meant to follow a visit to Saudi Arabia, which was postponed when "
     "King Salman was admitted to hospital.\n"
     "Kadhimi, accompanied by Foreign Minister Fuad Hussein and Finance Minister Ali Allawi, was received at the "
     "Saadabad palace by Rouhani, who said Iran would \"not interfere in Iraq's internal affairs\".\n"
     "Supreme Leader Ayatollah Ali Khamenei, who received Kadhimi later in the day, told him Iran expected the "
     "Iraqi parliament's vote to expel U.S. forces to be implemented, his website said.\n"
     "Qassem Soleimani, the Quds Force commander, was killed in a U.S. drone strike at Baghdad airport in January.\n"
     "Kadhimi also met Parliament Speaker Mohammad Bagher Ghalibaf, his office said.\n"
     "Iranian Foreign Minister Mohammad Javad Zarif had visited Baghdad on Sunday to prepare the trip. Iraqi "
     "officials said the visit to Riyadh would be rescheduled but gave no date.",
     [("LEADS", KAD, IQG, "Iraqi Prime Minister Mustafa al-Kadhimi"),
      ("MET_WITH", KAD, ROUHANI, "held talks with Iranian President", "2020-07-21"),
      ("LEADS", ROUHANI, IRAN, "Iranian President Hassan Rouhani"),
      ("VISITED", KAD, TEHRAN, "Hassan Rouhani in Tehran on Tuesday", "2020-07-21"),
      ("LEADS", SALMAN, SAUDI, "King Salman was admitted"),
      ("MET_WITH", FUAD, ROUHANI, "was received at the Saadabad palace by Rouhani", "2020-07-21"),
      ("MET_WITH", ALLAWI, ROUHANI, "was received at the Saadabad palace by Rouhani", "2020-07-21"),
      ("MET_WITH", KAD, FUAD, "accompanied by Foreign Minister Fuad Hussein", "2020-07-21"),
      ("MET_WITH", KAD, ALLAWI, "and Finance Minister Ali Allawi", "2020-07-21"),
      ("MET_WITH", FUAD, ALLAWI, "and Finance Minister Ali Allawi", "2020-07-21"),
      ("LEADS", FUAD, IQFM, "accompanied by Foreign Minister Fuad Hussein"),
      ("LEADS", ALLAWI, IQFIN, "and Finance Minister Ali Allawi"),
      ("MET_WITH", KHAM, KAD, "who received Kadhimi later in the day", "2020-07-21"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ayatollah Ali Khamenei"),
      ("LEADS", SOL, QF, "the Quds Force commander, was killed"),
      ("ASSASSINATED_BY", SOL, USA, "was killed in a U.S. drone strike", "2020-01-03"),
      ("MET_WITH", KAD, GHALIBAF, "Kadhimi also met Parliament Speaker", "2020-07-21"),
      ("LEADS", GHALIBAF, IRPARL, "Parliament Speaker Mohammad Bagher Ghalibaf"),
      ("LEADS", ZARIF, IRFM, "Iranian Foreign Minister Mohammad Javad Zarif"),
      ("VISITED", ZARIF, BAGHDAD, "had visited Baghdad on Sunday", "2020-07-19"),
      ],
     {"source": "blind set (wire, English)", "published": "2020-07-21"}),

    ("arHO6_shamkhani_araji_border_agreement", "ar",
     "العراق وإيران يوقّعان اتفاقاً أمنياً بشأن الجماعات الكردية المعارضة\n"
     "بغداد (رويترز) - وقّع العراق وإيران، الأحد، اتفاقاً أمنياً لضبط الحدود المشتركة، خلال زيارة يقوم بها "
     "أمين المجلس الأعلى للأمن القومي الإيراني علي شمخانى إلى العاصمة العراقية.\n"
     "ووقّع الاتفاقَ شمخانى ومستشار الأمن القومي العراقي قاسم الأعرجي، بحضور رئيس الوزراء محمد شياع السوداني، "
     "بحسب بيان لمكتب الأخير.\n"
     "وقال مصدران أمنيان عراقيان إن الاتفاق يُلزم بغداد بنزع سلاح جماعات كردية إيرانية معارضة تتخذ من إقليم "
     "كردستان مقراً لها، مثل الحزب الديمقراطي الكردستاني الإيراني وحزب كومله، وإبعادها عن الحدود.\n"
     "وكان الحرس الثوري قد قصف مقرات للجماعتين قرب كويسنجق مراراً في الخريف الماضي، متهماً إياهما بتأجيج "
     "الاحتجاجات في إيران، وهو ما نفتاه.\n"
     "والتقى المسؤول الإيراني في وقت لاحق رئيس الجمهورية عبد اللطيف رشيد.\n"
     "وقال مصدر كردي إن لقاءً كان مقرراً بين شمخانى ورئيس حكومة الإقليم مسرور بارزاني لم يُعقد.",
     [("VISITED", SHAMKHANI, BAGHDAD, "خلال زيارة يقوم بها", "2023-03-19"),
      ("LEADS", SHAMKHANI, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني"),
      ("MET_WITH", SHAMKHANI, ARAJI, "ووقّع الاتفاقَ شمخانى ومستشار", "2023-03-19"),
      ("MET_WITH", SHAMKHANI, SUD, "بحضور رئيس الوزراء محمد", "2023-03-19"),
      ("MET_WITH", ARAJI, SUD, "بحضور رئيس الوزراء محمد", "2023-03-19"),
      ("LEADS", ARAJI, NSA, "ومستشار الأمن القومي العراقي"),
      ("LEADS", SUD, IQG, "بحضور رئيس الوزراء محمد"),
      ("ATTACKED", IRGC, KDPI, "قد قصف مقرات للجماعتين", "2022"),
      ("ATTACKED", IRGC, KOMALA, "قد قصف مقرات للجماعتين", "2022"),
      ("ATTACKED", IRGC, KOYA, "قرب كويسنجق", "2022"),
      ("MET_WITH", SHAMKHANI, RASHID, "رئيس الجمهورية عبد اللطيف", "2023-03-19"),
      ("LEADS", RASHID, IRAQ, "رئيس الجمهورية عبد اللطيف"),
      ("LEADS", MASROUR, "organization:kurdistan-regional-government", "ورئيس حكومة الإقليم مسرور"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2023-03-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHO")
