"""Blind set AT: Qaani's meetings and the strike's anniversaries: Qaani receives the Houthi
negotiator in Tehran (Mehr, 2023), drones over Baghdad airport on the second anniversary and
the coalition commander (AFP, Jan 2022), Qaani's meetings at Raisi's funeral (Al-Alam, May
2024), the third anniversary in Tehran (Tasnim English, Jan 2023), Qa'ani in Baghdad after the
2025 elections (Al-Monitor), the first anniversary of Abu Baqir al-Saadi's killing (Asharq
Al-Awsat, Feb 2025). Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAT/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_at/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AU")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M, T, SUD = "person:abu-mahdi-al-muhandis", "person:donald-trump", "person:mohammed-shia-al-sudani"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, KH = "organization:popular-mobilization-forces", "organization:kataib-hezbollah"
USAF, PARL = "organization:us-armed-forces", "organization:iraqi-parliament"
BGD, IRN, IRQ = "location:baghdad", "country:iran", "country:iraq"
HOU, ABS = "organization:houthis", "person:mohammed-abdulsalam"
PIJ, NAKH = "organization:palestinian-islamic-jihad", "person:ziad-al-nakhalah"

ARTICLES = [
    ("arAT1_qaani_receives_abdulsalam", "ar",
     "طهران - وكالة مهر للأنباء\n"
     "استقبل قائد قوة القدس في حرس الثورة الإسلامية العميد إسماعيل قاآنى، مساء الأحد في طهران، "
     "الناطقَ الرسمي لحركة أنصار الله اليمنية ورئيس وفدها المفاوض محمد عبد السلام، يرافقه سفير "
     "حكومة صنعاء لدى طهران القيادي في الحركة إبراهيم الديلمي، وبحث الجانبان آخر تطورات الملف "
     "اليمني ومسار المفاوضات مع الرياض. وأكد قاآنى أن «محور المقاومة سيبقى إلى جانب الشعب "
     "اليمني»، مستذكراً أن الشهيد الحاج قاسم سليماني، الذي اغتالته القوات الأمريكية بأمر من "
     "الرئيس الأمريكي آنذاك دونالد ترامب، «كان يتابع شؤون اليمن بنفسه». ونقل عبد السلام إليه "
     "تحيات قائد الحركة السيد عبد الملك الحوثي. وكان عبد السلام قد التقى في وقت سابق من اليوم "
     "وزير الخارجية حسين أمير عبد اللهيان، فيما لم يُعقد لقاء كان مرتقباً مع أمين المجلس الأعلى "
     "للأمن القومي علي شمخاني، الذي غادر إلى بكين.",
     [("LEADS", Q, QF, "استقبل قائد قوة القدس"),
      ("PART_OF", QF, IRGC, "استقبل قائد قوة القدس"),
      ("MET_WITH", Q, ABS, "استقبل قائد قوة القدس", "2023-03-05"),
      ("VISITED", ABS, IRN, "استقبل قائد قوة القدس", "2023-03-05"),
      ("MEMBER_OF", ABS, HOU, "الناطقَ الرسمي لحركة"),
      ("MET_WITH", Q, "person:ibrahim-al-dailami", "يرافقه سفير", "2023-03-05"),
      ("MEMBER_OF", "person:ibrahim-al-dailami", HOU, "القيادي في الحركة"),
      ("ASSASSINATED_BY", S, USAF, "الذي اغتالته القوات الأمريكية", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "بأمر من", "2020-01-03"),
      ("LEADS", T, US, "الرئيس الأمريكي آنذاك"),
      ("LEADS", "person:abdul-malik-al-houthi", HOU, "قائد الحركة السيد"),
      ("MET_WITH", ABS, "person:hossein-amir-abdollahian", "قد التقى في وقت سابق", "2023-03-05"),
      ("MEMBER_OF", "person:ali-shamkhani", "organization:supreme-national-security-council", "أمين المجلس الأعلى"),
      ("VISITED", "person:ali-shamkhani", "location:beijing", "الذي غادر إلى بكين"),
      ],
     {"source": "blind set (Mehr Arabic-style)", "published": "2023-03-05"}),

    ("enAT2_second_anniversary_drones", "en",
     "Baghdad (AFP) - Two armed drones were shot down early Monday as they approached Baghdad "
     "international airport, the US-led coalition said, as Iraq marked the second anniversary of "
     "the killing of Iranian general Qasem Suleimani there. One of the drones bore the words "
     "\"Soleimani's revenge\" and no group claimed the attack. "
     "Suleimani, who headed the Quds Force, the foreign operations arm of Iran's Revolutionary "
     "Guards, and his Iraqi lieutenant Abu Mahdi al-Muhandis were killed on January 3, 2020 by a "
     "US drone strike ordered by then-president Donald Trump. Iran's President Ebrahim "
     "Raisi told a rally that Trump must face trial \"or Muslims will take revenge\". The "
     "coalition's commander, Major General John Brennan, who took over from Lieutenant General "
     "Paul Calvert in September, met the deputy commander of Iraq's Joint Operations Command, "
     "Lieutenant General Abdul Amir al-Shammari, to discuss the end of the coalition's "
     "combat mission.",
     [("LEADS", S, QF, "who headed the Quds Force"),
      ("PART_OF", QF, IRGC, "the foreign operations arm"),
      ("ASSASSINATED_BY", S, US, "by a US drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "by a US drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "ordered by then-president", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "ordered by then-president", "2020-01-03"),
      ("LEADS", "person:ebrahim-raisi", IRN, "Iran's President Ebrahim"),
      ("LEADS", "person:john-brennan", "organization:international-coalition", "coalition's commander, Major"),
      ("SUCCESSOR_OF", "person:john-brennan", "person:paul-calvert", "who took over from"),
      ("LEADS", "person:paul-calvert", "organization:international-coalition", "who took over from"),
      ("MET_WITH", "person:john-brennan", "person:abdul-amir-al-shammari", "met the deputy commander", "2022-01-02"),
      ("MEMBER_OF", "person:abdul-amir-al-shammari", "organization:joint-operations-command", "met the deputy commander"),
      ],
     {"source": "blind set (AFP-style)", "published": "2022-01-03"}),

    ("arAT3_qaani_raisi_funeral_meetings", "ar",
     "طهران ــ العالم\n"
     "على هامش مراسم تشييع الرئيس الإيراني إبراهيم رئيسي ورفاقه الذين قضوا في تحطم مروحيتهم شمال "
     "غربي البلاد، التقى قائد فيلق القدس اللواء اسماعيل قاآني، الذي خلف الفريق قاسم سليماني بعد "
     "اغتياله بغارة أميركية في بغداد مطلع 2020، الأمينَ العام لحركة الجهاد الإسلامي زياد النخالة "
     "ورئيسَ الدائرة السياسية في الحركة محمد الهندي. وبحسب مصادر مطلعة، التقى قاآني أيضاً نائب "
     "الأمين العام لحزب الله الشيخ نعيم قاسم ورئيس المكتب السياسي لحركة حماس إسماعيل هنية، "
     "اللذين وصلا إلى طهران للمشاركة في التشييع. وفي السياق، استقبل القائم بأعمال الرئيس "
     "الإيراني محمد مخبر، الذي تولى مهام الرئاسة بعد وفاة رئيسي، الوفودَ العربية المشاركة. ولم "
     "يُعرف ما إذا كان قاآني قد التقى وفد حركة أنصار الله اليمنية.",
     [("LEADS", "person:ebrahim-raisi", IRN, "الرئيس الإيراني إبراهيم"),
      ("LEADS", Q, QF, "قائد فيلق القدس اللواء"),
      ("SUCCESSOR_OF", Q, S, "الذي خلف الفريق"),
      ("ASSASSINATED_BY", S, US, "بغارة أميركية", "2020-01-03"),
      ("MET_WITH", Q, NAKH, "الأمينَ العام لحركة", "2024-05-22"),
      ("LEADS", NAKH, PIJ, "الأمينَ العام لحركة"),
      ("MET_WITH", Q, "person:mohammed-al-hindi", "ورئيسَ الدائرة", "2024-05-22"),
      ("MEMBER_OF", "person:mohammed-al-hindi", PIJ, "ورئيسَ الدائرة"),
      ("MET_WITH", Q, "person:naim-qassem", "التقى قاآني أيضاً", "2024-05-22"),
      ("MET_WITH", Q, "person:ismail-haniyeh", "التقى قاآني أيضاً", "2024-05-22"),
      ("MEMBER_OF", "person:naim-qassem", "organization:hezbollah", "نائب الأمين العام لحزب"),
      ("LEADS", "person:ismail-haniyeh", "organization:hamas", "ورئيس المكتب السياسي"),
      ("VISITED", "person:naim-qassem", IRN, "اللذين وصلا إلى طهران", "2024-05-22"),
      ("VISITED", "person:ismail-haniyeh", IRN, "اللذين وصلا إلى طهران", "2024-05-22"),
      ("LEADS", "person:mohammad-mokhber", IRN, "القائم بأعمال الرئيس"),
      ("SUCCESSOR_OF", "person:mohammad-mokhber", "person:ebrahim-raisi", "تولى مهام الرئاسة"),
      ],
     {"source": "blind set (Al-Alam-style)", "published": "2024-05-22"}),

    ("enAT4_third_anniversary_tehran", "en",
     "TEHRAN (Tasnim) \u2013 Commander of the IRGC Quds Force Brigadier General Esmaeil Ghaani "
     "said on Tuesday that the Resistance Front is \u201cstronger than ever\u201d three years after "
     "the martyrdom of Lieutenant General Qassem Soleimani, who was assassinated in a US terrorist "
     "attack near Baghdad airport on the orders of former US President Donald Trump. Ghaani, who "
     "succeeded the martyred commander in January 2020, addressed a ceremony at Tehran\u2019s Imam "
     "Khomeini Mosalla. Head of Iraq\u2019s Popular Mobilization Forces Faleh al-Fayyadh and "
     "Lebanese Hezbollah\u2019s representative in Tehran Abdullah Safieddine were among the guests, "
     "and Ghaani received the two men on the sidelines of the event. President Ebrahim Raisi, who "
     "also addressed the gathering, said Trump and then-Secretary of State Mike Pompeo \u201cmust be "
     "tried and punished.\u201d On Monday, Ghaani held talks with a delegation from Iraq\u2019s "
     "Badr Organization headed by its Secretary General Hadi al-Ameri.",
     [("LEADS", Q, QF, "Commander of the IRGC"),
      ("PART_OF", QF, IRGC, "Commander of the IRGC"),
      ("ASSASSINATED_BY", S, US, "in a US terrorist attack", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "on the orders of", "2020-01-03"),
      ("LEADS", T, US, "former US President"),
      ("SUCCESSOR_OF", Q, S, "succeeded the martyred commander"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "Head of Iraq\u2019s Popular"),
      ("MEMBER_OF", "person:abdullah-safieddine", "organization:hezbollah", "Hezbollah\u2019s representative in Tehran"),
      ("MET_WITH", Q, "person:falih-al-fayyadh", "received the two men", "2023-01-03"),
      ("MET_WITH", Q, "person:abdullah-safieddine", "received the two men", "2023-01-03"),
      ("VISITED", "person:falih-al-fayyadh", IRN, "were among the guests", "2023-01-03"),
      ("MET_WITH", Q, "person:hadi-al-amiri", "held talks with a delegation", "2023-01-02"),
      ("MET_WITH", Q, "organization:badr-organization", "held talks with a delegation", "2023-01-02"),
      ("LEADS", "person:hadi-al-amiri", "organization:badr-organization", "headed by its Secretary General"),
      ],
     {"source": "blind set (Tasnim English-style)", "published": "2023-01-03"}),

    ("enAT5_qaani_baghdad_after_elections", "en",
     "Iran's Quds Force chief Esmail Qa'ani arrived in Baghdad last week for the first time since "
     "Iraq's Nov. 11 parliamentary elections, according to two Iraqi political sources, as the "
     "Shiite parties of the Coordination Framework began haggling over the next prime minister. "
     "Qa'ani met former Prime Minister Nouri al-Maliki, head of the State of Law Coalition, and "
     "Asaib Ahl al-Haq leader Qais al-Khaz'ali, the sources said, while a meeting with caretaker "
     "Prime Minister Mohammed Shia al-Sudani did not take place. The "
     "visit came weeks after Mark Savaya, President Donald Trump's special envoy to Iraq, held "
     "talks with al-Sudani in Baghdad and warned that Washington would not accept \"armed groups "
     "in government.\" \"Tehran wants a premier who keeps the factions inside the tent,\" "
     "Mowaffak al-Rubaie, a former national security adviser, told Al-Monitor. Qa'ani replaced "
     "Qasem Soleimani after his killing in a US strike in January 2020.",
     [("LEADS", Q, QF, "Quds Force chief"),
      ("VISITED", Q, BGD, "arrived in Baghdad last week", "2025-11-20"),
      ("MET_WITH", Q, "person:nouri-al-maliki", "met former Prime Minister", "2025-11-20"),
      ("LEADS", "person:nouri-al-maliki", "organization:state-of-law-coalition", "head of the State of Law"),
      ("MET_WITH", Q, "person:qais-al-khazali", "met former Prime Minister", "2025-11-20"),
      ("LEADS", "person:qais-al-khazali", "organization:asaib-ahl-al-haq", "Asaib Ahl al-Haq leader"),
      ("MET_WITH", "person:mark-savaya", SUD, "held talks with al-Sudani"),
      ("VISITED", "person:mark-savaya", BGD, "held talks with al-Sudani"),
      ("REPORTED_BY", "person:mowaffak-al-rubaie", "outlet:al-monitor", "told Al-Monitor"),
      ("SUCCESSOR_OF", Q, S, "replaced"),
      ("ASSASSINATED_BY", S, US, "in a US strike", "2020-01-03"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2025-11-25"}),

    ("arAT6_abu_baqir_first_anniversary", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "أحيت «كتائب حزب الله» العراقية، الجمعة، الذكرى الأولى لمقتل القيادي فيها وسام محمد صابر، "
     "المعروف بـ«أبو باقر الساعدي»، الذي قتلته ضربة نفّذتها طائرة مسيّرة أميركية على سيارته في حي "
     "المشتل شرقي بغداد في فبراير (شباط) 2024، بعد أيام من هجوم «البرج 22» الذي حمّلت واشنطن "
     "الفصائل العراقية مسؤوليته. وحضر المراسم رئيس أركان «الحشد الشعبي» عبد العزيز المحمداوي "
     "(أبو فدك)، الذي خلف أبا مهدي المهندس في المنصب بعد مقتله مع قاسم سليماني بضربة أميركية "
     "قرب مطار بغداد. وقال المتحدث باسم القائد العام للقوات المسلحة اللواء صباح النعمان، الذي "
     "خلف اللواء يحيى رسول في المنصب الصيف الماضي، لـ«الشرق الأوسط» إن الحكومة «لن تسمح بتكرار "
     "الاعتداءات». وكان رئيس الوزراء محمد شياع السوداني قد استقبل الأسبوع الماضي رئيس هيئة الحشد "
     "فالح الفياض، وبحث معه «تنظيم السلاح».",
     [("MEMBER_OF", "person:abu-baqir-al-saadi", KH, "لمقتل القيادي فيها"),
      ("ASSASSINATED_BY", "person:abu-baqir-al-saadi", US, "طائرة مسيّرة أميركية", "2024-02-07"),
      ("LOCATED_IN", "location:mashtal", BGD, "المشتل شرقي بغداد"),
      ("MEMBER_OF", "person:abdul-aziz-al-muhammadawi", PMF, "رئيس أركان «الحشد"),
      ("SUCCESSOR_OF", "person:abdul-aziz-al-muhammadawi", M, "الذي خلف أبا مهدي"),
      ("MEMBER_OF", M, PMF, "الذي خلف أبا مهدي"),
      ("ASSASSINATED_BY", M, US, "بضربة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "بضربة أميركية", "2020-01-03"),
      ("SUCCESSOR_OF", "person:sabah-al-numan", "person:yahya-rasool", "خلف اللواء يحيى"),
      ("REPORTED_BY", "person:sabah-al-numan", "outlet:asharq-al-awsat", "لـ«الشرق الأوسط» إن"),
      ("MET_WITH", SUD, "person:falih-al-fayyadh", "قد استقبل الأسبوع"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "رئيس هيئة الحشد"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2025-02-07"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAT")
    for a in ARTICLES:
        print(a[0], len(a[2]))
