"""Blind set M: Qaani's first Baghdad trip (2020), Qaani received after the drone attack on
Kadhimi's home, the Iraqi warrant for Trump, Raisi (judiciary chief) in Baghdad, Kerman burial
and the Ain al-Asad missiles, the second anniversary at Baghdad airport.
Written and annotated blind (extractor neither read nor run).
Held out: do not tune on it (see ../extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_m/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
MUH, TR = "person:abu-mahdi-al-muhandis", "person:donald-trump"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, KH = "organization:popular-mobilization-forces", "organization:kataib-hezbollah"
AAH, BADR = "organization:asaib-ahl-al-haq", "organization:badr-organization"
AMIRI, KHAZ = "person:hadi-al-amiri", "person:qais-al-khazali"
FADAK = "person:abdul-aziz-al-muhammadawi"
CF, ARABY = "organization:coordination-framework", "outlet:al-araby-al-jadeed"
BGD = "location:baghdad"

ARTICLES = [
    ("enM1_ghaani_first_trip", "en",
     "BAGHDAD, March 31 (Reuters) - Esmail Ghaani, the Iranian general who succeeded Qassem "
     "Suleimani as head of the Revolutionary Guards' Quds Force, arrived in Baghdad on Monday on "
     "his first known visit since taking the post, two Iraqi political sources said. Ghaani met "
     "Badr Organisation chief Hadi al-Amiri and Asaib Ahl al-Haq leader Qais al-Khazali at a "
     "house in the fortified Green Zone and urged them to unite behind a single candidate for "
     "prime minister, the sources said. Prime minister-designate Adnan al-Zurfi, a former "
     "governor of Najaf, was not invited to the talks and has not met the Iranian commander, "
     "one of the sources added. Suleimani was killed along with Iraqi militia leader Abu Mahdi "
     "al-Muhandis in a U.S. drone strike at Baghdad airport on Jan. 3. A spokesman for the "
     "Iranian embassy declined to comment.",
     [("SUCCESSOR_OF", Q, S, "who succeeded Qassem"),
      ("LEADS", Q, QF, "who succeeded Qassem"),
      ("LEADS", S, QF, "who succeeded Qassem"),
      ("PART_OF", QF, IRGC, "who succeeded Qassem"),
      ("VISITED", Q, BGD, "arrived in Baghdad", "2020-03-30"),
      ("MET_WITH", Q, AMIRI, "Ghaani met", "2020-03-30"),
      ("MET_WITH", Q, KHAZ, "Ghaani met", "2020-03-30"),
      ("LEADS", AMIRI, BADR, "Ghaani met"),
      ("LEADS", KHAZ, AAH, "Ghaani met"),
      ("LEADS", "person:adnan-al-zurfi", "location:najaf", "a former governor of Najaf"),
      ("ASSASSINATED_BY", S, US, "in a U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "in a U.S. drone strike", "2020-01-03"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-03-31"}),

    ("arM2_qaani_after_drone_attack", "ar",
     "بغداد ــ العربي الجديد\n"
     "كشف مسؤول عراقي رفيع لـ\"العربي الجديد\" أن قائد فيلق القدس في الحرس الثوري الإيراني، "
     "العميد إسماعيل قآني، وصل إلى بغداد مساء الأحد، بعد ساعات من محاولة اغتيال رئيس الوزراء "
     "مصطفى الكاظمي بطائرات مسيّرة مفخخة استهدفت منزله داخل المنطقة الخضراء. وأوضح المسؤول، "
     "الذي طلب عدم ذكر اسمه، أن الكاظمي استقبل قآني في مقر إقامته، وأن الضيف الإيراني أكد \"رفض "
     "طهران أي مساس بأمن العراق\". وأضاف أن قآني اجتمع في وقت لاحق بقادة في الإطار التنسيقي، "
     "بينهم الأمين العام لعصائب أهل الحق قيس الخزعلي. في المقابل، قال المتحدث باسم المكتب "
     "السياسي للعصائب محمود الربيعي لـ\"العربي الجديد\" إن \"الحديث عن تورط الفصائل في الهجوم "
     "اتهامات سياسية هدفها التغطية على نتائج الانتخابات\". ولم تتبنَّ أي جهة الهجوم حتى الآن، "
     "فيما أعلنت خلية الإعلام الأمني إصابة عدد من أفراد حماية الكاظمي.",
     [("LEADS", Q, QF, "قائد فيلق القدس في"),
      ("PART_OF", QF, IRGC, "قائد فيلق القدس في"),
      ("VISITED", Q, BGD, "وصل إلى بغداد", "2021-11-07"),
      ("MET_WITH", K, Q, "استقبل قآني", "2021-11-07"),
      ("MET_WITH", Q, CF, "اجتمع في وقت لاحق"),
      ("MET_WITH", Q, KHAZ, "اجتمع في وقت لاحق"),
      ("LEADS", KHAZ, AAH, "اجتمع في وقت لاحق"),
      ("MEMBER_OF", KHAZ, CF, "اجتمع في وقت لاحق"),
      ("MEMBER_OF", "person:mahmoud-al-rubaie", AAH, "محمود الربيعي"),
      ("REPORTED_BY", "person:mahmoud-al-rubaie", ARABY, "محمود الربيعي"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2021-11-08"}),

    ("enM3_trump_warrant", "en",
     "BAGHDAD (AFP) - An Iraqi court on Thursday issued an arrest warrant for outgoing US "
     "President Donald Trump over the killing of Iraqi commander Abu Mahdi al-Muhandis, who died "
     "alongside Iranian general Qasem Soleimani in a drone strike ordered by Trump at Baghdad "
     "airport a year ago. The warrant, issued by a judge of the Rusafa investigative court, is "
     "for premeditated murder, the Supreme Judicial "
     "Council said. Muhandis was deputy head of the Hashed al-Shaabi, a state-sponsored umbrella "
     "of armed groups, and had led the hardline Kataib Hezbollah faction. The warrant is largely "
     "symbolic as Trump leaves office on January 20. On Sunday, thousands of Hashed supporters "
     "rallied in Baghdad to mark the anniversary. \"We will not forget,\" Hashed chief of staff "
     "Abdel Aziz al-Mohammedawi, who replaced Muhandis in the post last February, told the "
     "crowd, while Mohannad al-Aqabi, head of the Hashed's media directorate, said the force "
     "would \"keep pressing\" for US troops to leave.",
     [("LEADS", TR, US, "outgoing US"),
      ("ASSASSINATED_BY", MUH, TR, "a drone strike ordered by Trump", "2020-01-03"),
      ("ASSASSINATED_BY", S, TR, "a drone strike ordered by Trump", "2020-01-03"),
      ("MEMBER_OF", MUH, PMF, "deputy head of the Hashed"),
      ("LEADS", MUH, KH, "had led the hardline"),
      ("SUCCESSOR_OF", FADAK, MUH, "who replaced Muhandis", "2020-02"),
      ("MEMBER_OF", FADAK, PMF, "who replaced Muhandis"),
      ("MEMBER_OF", "person:mohannad-al-aqabi", PMF, "media directorate"),
      ],
     {"source": "blind set (AFP-style)", "published": "2021-01-07"}),

    ("arM4_raisi_judiciary_baghdad", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "استقبل الرئيس العراقي برهم صالح، أمس، رئيسَ السلطة القضائية في إيران إبراهيم رئيسي، الذي "
     "وصل إلى بغداد في زيارة رسمية يرافقه فيها وفد يضم معاون رئيس السلطة القضائية للشؤون الدولية "
     "كاظم غريب آبادي. وذكر بيان للرئاسة العراقية أن اللقاء تناول \"تعزيز التعاون القضائي\" بين "
     "البلدين. كما التقى رئيسي كلاً من رئيس الوزراء مصطفى الكاظمي ورئيس مجلس القضاء الأعلى فائق "
     "زيدان، وتركزت المباحثات على التحقيق في اغتيال القائد السابق لفيلق القدس قاسم سليماني ونائب "
     "رئيس هيئة الحشد الشعبي أبو مهدي المهندس بضربة أميركية قرب مطار بغداد مطلع العام الماضي. "
     "وقال غريب آبادي للصحافيين إن طهران تنتظر \"محاكمة الآمرين والمنفذين\"، مضيفاً أن الملف "
     "سيُبحث أيضاً في لقاء مرتقب مع وزير الخارجية فؤاد حسين. ومن المقرر أن يزور رئيسي مدينة "
     "كربلاء قبل عودته إلى طهران.",
     [("LEADS", "person:barham-salih", "country:iraq", "استقبل الرئيس العراقي"),
      ("MET_WITH", "person:barham-salih", "person:ebrahim-raisi", "استقبل الرئيس العراقي",
       "2021-02-08"),
      ("LEADS", "person:ebrahim-raisi", "organization:iranian-judiciary", "استقبل الرئيس العراقي"),
      ("VISITED", "person:ebrahim-raisi", BGD, "استقبل الرئيس العراقي", "2021-02-08"),
      ("VISITED", "person:kazem-gharibabadi", BGD, "استقبل الرئيس العراقي", "2021-02-08"),
      ("MEMBER_OF", "person:kazem-gharibabadi", "organization:iranian-judiciary",
       "استقبل الرئيس العراقي"),
      ("MET_WITH", "person:ebrahim-raisi", K, "كما التقى رئيسي"),
      ("MET_WITH", "person:ebrahim-raisi", "person:faiq-zaidan", "كما التقى رئيسي"),
      ("LEADS", "person:faiq-zaidan", "organization:supreme-judicial-council", "كما التقى رئيسي"),
      ("LEADS", S, QF, "القائد السابق لفيلق"),
      ("MEMBER_OF", MUH, PMF, "القائد السابق لفيلق"),
      ("ASSASSINATED_BY", S, US, "بضربة أميركية", "2020-01"),
      ("ASSASSINATED_BY", MUH, US, "بضربة أميركية", "2020-01"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2021-02-09"}),

    ("enM5_kerman_ain_al_asad", "en",
     "KERMAN, Iran (AP) \u2014 Iran's Revolutionary Guard fired more than a dozen ballistic "
     "missiles early Wednesday at the Ain al-Asad air base in Iraq's western Anbar province, "
     "which hosts U.S. troops, hours after the burial of Gen. Qassem Solaimani in his hometown of "
     "Kerman. The Guard claimed the attack in a statement carried by the state-run IRNA news "
     "agency, calling it revenge for Solaimani, who was killed in a U.S. airstrike in Baghdad "
     "last week. President Donald Trump has said he ordered the strike to stop \u201cimminent "
     "and sinister attacks\u201d on Americans. Earlier, a stampede at the funeral procession "
     "killed at least 56 people. Gen. Gholamali Abuhamzeh, the Guard commander in Kerman "
     "province, told mourners that Solaimani's successor, Brig. Gen. Esmail Qa'ani, would "
     "\u201ccontinue his path.\u201d There was no immediate word on casualties at the base.",
     [("ATTACKED", IRGC, "location:ain-al-asad-air-base", "fired more than a dozen",
       "2020-01-08"),
      ("LOCATED_IN", "location:ain-al-asad-air-base", "location:anbar", "fired more than a dozen"),
      ("LOCATED_IN", "organization:us-armed-forces", "location:ain-al-asad-air-base",
       "fired more than a dozen"),
      ("REPORTED_BY", IRGC, "outlet:irna", "The Guard claimed"),
      ("ASSASSINATED_BY", S, US, "who was killed in a U.S. airstrike", "2020-01-03"),
      ("ASSASSINATED_BY", S, TR, "he ordered the strike", "2020-01-03"),
      ("MEMBER_OF", "person:gholamali-abuhamzeh", IRGC, "the Guard commander in Kerman"),
      ("SUCCESSOR_OF", Q, S, "successor, Brig"),
      ],
     {"source": "blind set (AP-style)", "published": "2020-01-08"}),

    ("arM6_airport_anniversary", "ar",
     "بغداد ــ العربي الجديد\n"
     "أحيت هيئة الحشد الشعبي، مساء الاثنين، الذكرى السنوية الثانية لمقتل نائب رئيس الهيئة أبو "
     "مهدي المهندس وقائد فيلق القدس الإيراني قاسم سليماني، بمهرجان أقيم قرب موقع الضربة على "
     "طريق مطار بغداد الدولي، بحضور رئيس الهيئة فالح الفياض والأمين العام لمنظمة بدر هادي "
     "العامري. وقال رئيس أركان الحشد عبد العزيز المحمداوي \"أبو فدك\"، الذي تولى المنصب خلفاً "
     "للمهندس، في كلمة خلال المهرجان، إن \"دماء القادة لن تذهب سدى\". من جهته، قال المتحدث باسم "
     "حركة النجباء نصر الشمري لـ\"العربي الجديد\" إن \"الرد الحقيقي هو إخراج القوات الأجنبية من "
     "العراق\". وكان سليماني والمهندس قد قُتلا مع ثمانية من مرافقيهما فجر الثالث من كانون "
     "الثاني/يناير 2020، بضربة أعلنت وزارة الدفاع الأميركية أنها نُفّذت بأمر مباشر من الرئيس "
     "دونالد ترامب. ولم يحضر المهرجان رئيس الوزراء مصطفى الكاظمي، الذي تتهمه فصائل مسلحة "
     "بـ\"التواطؤ\" في عملية الاغتيال.",
     [("MEMBER_OF", MUH, PMF, "أحيت هيئة"),
      ("LEADS", S, QF, "أحيت هيئة"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "أحيت هيئة"),
      ("LEADS", AMIRI, BADR, "أحيت هيئة"),
      ("MEMBER_OF", FADAK, PMF, "رئيس أركان الحشد"),
      ("SUCCESSOR_OF", FADAK, MUH, "خلفاً للمهندس"),
      ("MEMBER_OF", "person:nasr-al-shammari", "organization:harakat-al-nujaba", "نصر الشمري"),
      ("REPORTED_BY", "person:nasr-al-shammari", ARABY, "نصر الشمري"),
      ("ASSASSINATED_BY", S, TR, "بأمر مباشر", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TR, "بأمر مباشر", "2020-01-03"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2022-01-03"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setM")
