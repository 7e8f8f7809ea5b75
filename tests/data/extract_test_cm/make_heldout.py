"""Blind set CM: the U.S. strikes of 2024 on Iraqi factions and the Iraqi-Iranian-American triangle:
the drone strike that killed Kataib Hezbollah's Abu Baqir al-Saadi in Baghdad (Reuters-style,
Feb 2024), Qaani's airport meeting with faction leaders after Tower 22 as reported by Reuters
(Arabic daily, Feb 2024), Araghchi received by al-Sudani and the Amir-Abdollahian -> Bagheri Kani
-> Araghchi chain (AFP-style, Oct 2024), Iraqi Defence Minister al-Abbasi at the Pentagon (Arabic
site, July 2024), Iran's first direct attack on Israel and the unclaimed Damascus consulate
strike that killed Zahedi (AP-style, Apr 2024), al-Sudani received by Biden at the White House
(Arabic daily, Apr 2024).
Style: en/ar alternating; killings with a claimed agent (CENTCOM) next to unclaimed ones (Israel
"has not acknowledged"; a January Damascus strike with no comment), a second victim "also killed
in the strike", planned meetings and phone calls, "did not meet", acting holders after a crash
(no agent), a host's past meeting in a negated sentence ("has not hosted ... since receiving X"),
Qa'ani / Esmaeil / Suleimani spellings.
Written and annotated blind (extractor neither read nor run).
A DEV set since session 11 (measured once blind, then opened; see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cm/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_cn import ALL  # noqa: E402

HERE = Path(__file__).parent

KAD, SUD = "person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani"
Q, S = "person:esmail-qaani", "person:qasem-soleimani"
QF, IRGC, PMF = "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces"
KH, NUJ = "organization:kataib-hezbollah", "organization:harakat-al-nujaba"
US, IRAQ, IRAN, ISR = "country:united-states", "country:iraq", "country:iran", "country:israel"
SAADI, ELA = "person:abu-baqir-al-saadi", "person:arkan-al-elayawi"
ARA, FH, BK, AA = ("person:abbas-araghchi", "person:fuad-hussein", "person:ali-bagheri-kani",
                   "person:hossein-amir-abdollahian")
IFM = "organization:iranian-foreign-ministry"
ABB, AUS = "person:thabet-al-abbasi", "person:lloyd-austin"
BID, BLI = "person:joe-biden", "person:antony-blinken"

ARTICLES = [
    ("enCM1_abu_baqir_saadi_strike", "en",
     "BAGHDAD, Feb 8 (Reuters) - A U.S. drone strike on a car in eastern Baghdad on Wednesday night "
     "killed Abu Baqir al-Saadi, a senior commander of Kataib Hezbollah in charge of the group's "
     "operations in Syria, the Iran-aligned faction said. U.S. Central Command said it had carried "
     "out the strike \u201cin response to the attacks on U.S. service members\u201d and that the "
     "commander had been directly responsible for planning them.\n"
     "A second Kataib Hezbollah official, Arkan al-Elayawi, was also killed in the strike in the "
     "Mashtal district, two security sources said. The faction's secretary-general, Ahmad "
     "al-Hamidawi, had announced on Jan. 30 a suspension of attacks on U.S. forces, days after a "
     "drone struck the Tower 22 outpost in Jordan and killed three American soldiers.\n"
     "Iraq's military spokesman Yahya Rasool called the strike \u201ca blatant assassination\u201d. "
     "Pentagon press secretary Maj. Gen. Pat Ryder declined to say whether Washington had informed "
     "Baghdad in advance.\n"
     "It was the second such strike in the capital in five weeks. On Jan. 4 an American strike "
     "killed Mushtaq Taleb al-Saidi, known as Abu Taqwa, a commander of Harakat al-Nujaba, whose "
     "leader Akram al-Kaabi vowed revenge. Saadi's funeral was attended by Popular Mobilisation "
     "Forces chairman Faleh al-Fayyadh.",
     [("ASSASSINATED_BY", SAADI, US, "A U.S. drone strike on a car", "2024-02-07"),
      ("MEMBER_OF", SAADI, KH, "a senior commander of Kataib"),
      ("ASSASSINATED_BY", ELA, US, "was also killed in the strike", "2024-02-07"),
      ("MEMBER_OF", ELA, KH, "A second Kataib Hezbollah official"),
      ("LOCATED_IN", "location:mashtal", "location:baghdad", "Mashtal district"),
      ("LEADS", "person:ahmad-al-hamidawi", KH, "The faction's secretary-general"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "Tower 22 outpost in Jordan"),
      ("MEMBER_OF", "person:yahya-rasool", "organization:iraqi-security-forces",
       "Iraq's military spokesman Yahya"),
      ("MEMBER_OF", "person:pat-ryder", "organization:us-department-of-defense",
       "Pentagon press secretary"),
      ("ASSASSINATED_BY", "person:mushtaq-taleb-al-saidi", US, "an American strike killed Mushtaq",
       "2024-01-04"),
      ("MEMBER_OF", "person:mushtaq-taleb-al-saidi", NUJ, "a commander of Harakat"),
      ("LEADS", "person:akram-al-kaabi", NUJ, "leader Akram al-Kaabi"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "Forces chairman Faleh"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-02-08"}),

    ("arCM2_qaani_airport_meeting", "ar",
     "بغداد - «العربي الجديد» - نقلت وكالة «رويترز» عن مصادر عراقية وإيرانية أن قائد «فيلق القدس» "
     "إسماعيل قآني زار بغداد في 29 كانون الثاني، بعد يوم واحد من مقتل ثلاثة جنود أميركيين في الأردن، "
     "وعقد في مطار بغداد الدولي اجتماعاً مع ممثلين عن فصائل مسلحة عدة، دعاها فيه إلى التهدئة لتجنب "
     "رد أميركي واسع. وقال أحد المصادر إن «كتائب حزب الله» لم تكن راضية عن الطلب، لكنها أعلنت في "
     "اليوم التالي تعليق عملياتها.\n"
     "وبحسب قيادي في أحد الفصائل، اجتمع قآني بزعيم «حركة النجباء» أكرم الكعبي وبالأمين العام لكتائب "
     "سيد الشهداء أبو آلاء الولائي، فيما غاب عن اللقاء ممثل «عصائب أهل الحق». ولم يرد المكتب "
     "الإعلامي للحرس الثوري على طلب للتعليق.\n"
     "ويرى الباحث في «معهد واشنطن» حمدي مالك أن الزيارة تكشف «حدود نفوذ طهران» على الفصائل. وتولى "
     "قآني قيادة الفيلق بعد مقتل سلفه قاسم سليماني بضربة أميركية في العاصمة العراقية مطلع 2020، لكنه "
     "لم يكتسب النفوذ الشخصي نفسه لدى قادة الفصائل. وشنت الولايات المتحدة في الثاني من شباط ضربات "
     "على 85 هدفاً في العراق وسوريا قالت إنها مرتبطة بالحرس الثوري.",
     [("LEADS", Q, QF, "قائد «فيلق القدس»"),
      ("VISITED", Q, "location:baghdad", "زار بغداد في 29", "2024-01-29"),
      ("MET_WITH", Q, "person:akram-al-kaabi", "اجتمع قآني بزعيم", "2024-01-29"),
      ("MET_WITH", Q, "person:abu-alaa-al-walai", "اجتمع قآني بزعيم", "2024-01-29"),
      ("LEADS", "person:akram-al-kaabi", NUJ, "بزعيم «حركة النجباء»"),
      ("LEADS", "person:abu-alaa-al-walai", "organization:kataib-sayyid-al-shuhada",
       "وبالأمين العام لكتائب"),
      ("MEMBER_OF", "person:hamdi-malik", "organization:washington-institute", "الباحث في «معهد واشنطن»"),
      ("SUCCESSOR_OF", Q, S, "وتولى قآني قيادة الفيلق بعد", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "بضربة أميركية في العاصمة", "2020-01-03"),
      ],
     {"source": "blind set (Arabic daily-style)", "published": "2024-02-19"}),

    ("enCM3_araghchi_received_by_sudani", "en",
     "BAGHDAD (AFP) - Iranian Foreign Minister Abbas Araghchi held talks in Baghdad on Sunday with "
     "Prime Minister Mohammed Shia al-Sudani, the latest stop of a regional tour aimed at heading "
     "off an Israeli retaliation against Iran. Araghchi, accompanied by his deputy for political "
     "affairs Majid Takht-Ravanchi, also met his Iraqi counterpart Fuad Hussein and was expected to "
     "see leaders of the ruling Coordination Framework later in the day.\n"
     "\u201cWe have no red lines in defending our people,\u201d Araghchi told a joint news conference. "
     "Hussein said Iraq would not allow its airspace to be used to attack a neighbour.\n"
     "Earlier this month Araghchi visited Beirut and Damascus, where he was received by President "
     "Bashar al-Assad. He took over the ministry in August from Ali Bagheri Kani, who had served as "
     "acting minister after Hossein Amir-Abdollahian was killed with President Ebrahim Raisi in a "
     "helicopter crash in May.\n"
     "The Islamic Resistance in Iraq, an umbrella of armed factions, has launched dozens of drone "
     "attacks on Israel since last October. Sudani spoke by phone on Saturday with U.S. Secretary of "
     "State Antony Blinken, his office said.",
     [("LEADS", ARA, IFM, "Iranian Foreign Minister Abbas"),
      ("MET_WITH", ARA, SUD, "held talks in Baghdad on Sunday", "2024-10-13"),
      ("VISITED", ARA, "location:baghdad", "held talks in Baghdad on Sunday", "2024-10-13"),
      ("LEADS", SUD, IRAQ, "Prime Minister Mohammed Shia"),
      ("MEMBER_OF", "person:majid-takht-ravanchi", IFM, "his deputy for political"),
      ("MET_WITH", ARA, FH, "also met his Iraqi counterpart", "2024-10-13"),
      ("LEADS", FH, "organization:iraqi-foreign-ministry", "also met his Iraqi counterpart"),
      ("VISITED", ARA, "location:beirut", "visited Beirut and Damascus", "2024-10-04"),
      ("VISITED", ARA, "location:damascus", "visited Beirut and Damascus", "2024-10"),
      ("MET_WITH", ARA, "person:bashar-al-assad", "he was received by President", "2024-10"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "he was received by President"),
      ("SUCCESSOR_OF", ARA, BK, "He took over the ministry in August", "2024-08-21"),
      ("SUCCESSOR_OF", BK, AA, "who had served as acting minister", "2024-05-20"),
      ("LEADS", "person:ebrahim-raisi", IRAN, "with President Ebrahim"),
      ("ATTACKED", "organization:islamic-resistance-in-iraq", ISR, "drone attacks on Israel"),
      ("LEADS", BLI, "organization:us-state-department", "Secretary of State Antony"),
      ],
     {"source": "blind set (AFP-style)", "published": "2024-10-13"}),

    ("arCM4_abbasi_pentagon_talks", "ar",
     "واشنطن - «شفق نيوز» - عقد وزير الدفاع العراقي ثابت العباسي، الثلاثاء، اجتماعاً مع نظيره الأميركي "
     "لويد أوستن في مقر البنتاغون، في ختام جولة من الحوار الأمني المشترك بحثت جدولاً زمنياً لإنهاء مهمة "
     "التحالف الدولي في العراق. وضم الوفد العراقي رئيس أركان الجيش الفريق أول ركن عبد الأمير يار الله، "
     "ونائب قائد العمليات المشتركة الفريق أول قيس المحمداوي.\n"
     "وقال العباسي في تصريح لـ«شفق نيوز» إن بغداد «لا تريد قطيعة مع واشنطن بل علاقة ثنائية طبيعية». "
     "ولم يلتقِ الوفد أي مسؤول في البيت الأبيض، بحسب مصدر في السفارة العراقية.\n"
     "وتأتي المحادثات بعد أشهر من الضربة الأميركية في بغداد التي قتلت القيادي في كتائب حزب الله أبو "
     "باقر الساعدي في شباط. واستهدفت طائرة مسيّرة قاعدة عين الأسد الأسبوع الماضي من دون أن تتبنى أي "
     "جهة الهجوم. ومن المقرر أن يستقبل السوداني قائد القيادة المركزية الأميركية الجنرال مايكل كوريلا "
     "الشهر المقبل.\n"
     "ويشغل العباسي منصبه منذ تشرين الأول 2022 خلفاً لجمعة عناد، وهو من الوجوه السنية البارزة في "
     "محافظة نينوى.",
     [("MET_WITH", ABB, AUS, "اجتماعاً مع نظيره الأميركي", "2024-07-23"),
      ("LEADS", ABB, "organization:iraqi-defense-ministry", "وزير الدفاع العراقي ثابت"),
      ("LEADS", AUS, "organization:us-department-of-defense", "اجتماعاً مع نظيره الأميركي"),
      ("VISITED", ABB, "location:washington", "في مقر البنتاغون", "2024-07-23"),
      ("LEADS", "person:abdul-amir-yarallah", "organization:iraqi-army", "رئيس أركان الجيش"),
      ("MEMBER_OF", "person:qais-al-muhammadawi", "organization:joint-operations-command",
       "ونائب قائد العمليات المشتركة"),
      ("REPORTED_BY", ABB, "outlet:shafaq-news", "في تصريح لـ«شفق نيوز»"),
      ("ASSASSINATED_BY", SAADI, US, "التي قتلت القيادي", "2024-02-07"),
      ("MEMBER_OF", SAADI, KH, "التي قتلت القيادي"),
      ("LEADS", "person:michael-kurilla", "organization:us-central-command",
       "قائد القيادة المركزية الأميركية"),
      ("SUCCESSOR_OF", ABB, "person:juma-inad", "خلفاً لجمعة عناد", "2022-10-27"),
      ],
     {"source": "blind set (Arabic news site-style)", "published": "2024-07-23"}),

    ("enCM5_iran_attack_after_consulate_strike", "en",
     "JERUSALEM/DUBAI (AP) - Iran launched more than 300 drones and missiles at Israel overnight in "
     "its first direct attack on Israeli territory, calling it punishment for the April 1 strike on "
     "Iran's consulate in Damascus. Israel's military said nearly all were intercepted with help "
     "from the United States, Britain and Jordan.\n"
     "The consulate strike killed Brig. Gen. Mohammad Reza Zahedi, the top Quds Force commander in "
     "Syria and Lebanon, his deputy Mohammad Hadi Haji Rahimi and five other Guards officers. Iran "
     "blamed Israel, which has not acknowledged carrying it out. Zahedi was among the most senior "
     "Iranian officers killed since Qassem Suleimani died in a U.S. drone strike in Baghdad in 2020.\n"
     "In January, another strike in the Syrian capital killed Hojatollah Omidvar, the force's "
     "intelligence chief in Syria, and four other Guards members; Israel did not comment then either. "
     "After the consulate attack, Foreign Minister Hossein Amir-Abdollahian visited Damascus, where "
     "he met President Bashar al-Assad and his counterpart Faisal Mekdad.\n"
     "Guards commander Hossein Salami warned on Sunday that any Israeli response would meet a "
     "\u201cmuch larger\u201d attack, while Quds Force chief Esmaeil Qa'ani has not appeared in public.",
     [("ATTACKED", IRAN, ISR, "launched more than 300 drones", "2024-04-13"),
      ("LOCATED_IN", "location:iranian-consulate-damascus", "location:damascus",
       "Iran's consulate in Damascus"),
      ("MEMBER_OF", "person:mohammad-reza-zahedi", QF, "the top Quds Force commander"),
      ("MEMBER_OF", "person:mohammad-hadi-haji-rahimi", QF, "his deputy Mohammad Hadi"),
      ("ASSASSINATED_BY", S, US, "died in a U.S. drone strike", "2020-01-03"),
      ("MEMBER_OF", "person:hojjatollah-omidvar", QF, "the force's intelligence chief"),
      ("VISITED", AA, "location:damascus", "visited Damascus", "2024-04-08"),
      ("LEADS", AA, IFM, "Foreign Minister Hossein"),
      ("MET_WITH", AA, "person:bashar-al-assad", "he met President Bashar", "2024-04-08"),
      ("MET_WITH", AA, "person:faisal-mekdad", "his counterpart Faisal", "2024-04-08"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "he met President Bashar"),
      ("LEADS", "person:hossein-salami", IRGC, "Guards commander Hossein"),
      ("LEADS", Q, QF, "Quds Force chief Esmaeil"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-04-14"}),

    ("arCM6_sudani_white_house", "ar",
     "واشنطن - «العربي الجديد» - استقبل الرئيس الأميركي جو بايدن، الاثنين، رئيس الوزراء العراقي محمد "
     "شياع السوداني في البيت الأبيض، في أول زيارة رسمية للسوداني إلى واشنطن منذ توليه منصبه، طغى "
     "عليها الهجوم الإيراني على إسرائيل قبل يومين. وقال بايدن في مستهل اللقاء إن الولايات المتحدة "
     "«ملتزمة بأمن إسرائيل»، فيما شدد السوداني على «الانتقال إلى علاقة ثنائية شاملة».\n"
     "وكان السوداني قد التقى صباحاً وزير الخارجية أنتوني بلينكن في مقر الوزارة، وبحث مع وزيرة الخزانة "
     "جانيت يلين ملف الدولار والعقوبات على المصارف العراقية. ومن المقرر أن يلتقي رئيس مجلس النواب "
     "مايك جونسون الثلاثاء، قبل أن يتوجه إلى ميشيغان للقاء الجالية العراقية.\n"
     "وانتقدت «كتائب حزب الله» الزيارة، وهي الفصيل الذي قتلت ضربة أميركية أحد أبرز قادته أبو باقر "
     "الساعدي في شباط. ولم يستقبل بايدن أي رئيس وزراء عراقي في البيت الأبيض منذ لقائه مصطفى "
     "الكاظمي في تموز 2021، حين اتفقا على إنهاء المهمة القتالية الأميركية بنهاية ذلك العام.",
     [("MET_WITH", BID, SUD, "استقبل الرئيس الأميركي جو بايدن", "2024-04-15"),
      ("LEADS", BID, US, "استقبل الرئيس الأميركي جو بايدن"),
      ("LEADS", SUD, IRAQ, "رئيس الوزراء العراقي محمد"),
      ("VISITED", SUD, "location:washington", "للسوداني إلى واشنطن", "2024-04-15"),
      ("ATTACKED", IRAN, ISR, "الهجوم الإيراني على إسرائيل", "2024-04-13"),
      ("MET_WITH", SUD, BLI, "قد التقى صباحاً", "2024-04-15"),
      ("LEADS", BLI, "organization:us-state-department", "وزير الخارجية أنتوني"),
      ("MET_WITH", SUD, "person:janet-yellen", "وبحث مع وزيرة الخزانة", "2024-04-15"),
      ("LEADS", "person:janet-yellen", "organization:us-treasury-department", "وبحث مع وزيرة الخزانة"),
      ("LEADS", "person:mike-johnson", "organization:us-house-of-representatives",
       "رئيس مجلس النواب مايك"),
      ("ASSASSINATED_BY", SAADI, US, "قتلت ضربة أميركية", "2024-02-07"),
      ("MEMBER_OF", SAADI, KH, "أحد أبرز قادته"),
      ("MET_WITH", BID, KAD, "منذ لقائه مصطفى", "2021-07-26"),
      ],
     {"source": "blind set (Arabic daily-style)", "published": "2024-04-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setCM")
