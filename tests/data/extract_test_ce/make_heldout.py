"""Blind set CE: London, Washington's envoys, Moscow and the Gulf: Lammy received by al-Sharaa
(Al-Monitor, July 2025), Barrack received by Joseph Aoun after taking over the Lebanon file
(Asharq Al-Awsat, June 2025), al-Sudani hosted by Starmer (Reuters, Jan 2025), Patrushev
received by Raisi and Shamkhani (Mehr Arabic, Nov 2022), Sullivan hosted by the Saudi crown
prince in Jeddah (AP, May 2023), al-Amiri and al-Khazali receive the Russian ambassador
(Shafaq News, 2023).
Written and annotated blind (extractor neither read nor run).
Run: python3 /work/team/blind/setCE/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ce/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ce import ALL  # noqa: E402

HERE = Path(__file__).parent
E = ALL

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M, US, QF = "person:abu-mahdi-al-muhandis", "country:united-states", "organization:quds-force"
SUD, SHA = "person:mohammed-shia-al-sudani", "person:ahmed-al-sharaa"
LAM, FCDO = "person:david-lammy", "organization:uk-foreign-office"
BRK, HZB = "person:tom-barrack", "organization:hezbollah"
PAT, RSC = "person:nikolai-patrushev", "organization:russian-security-council"
MBS, SUL = "person:mohammed-bin-salman", "person:jake-sullivan"
AMI, KUT = "person:hadi-al-amiri", "person:elbrus-kutrashev"

ARTICLES = [
    ("enCE1_lammy_damascus", "en",
     "British Foreign Secretary David Lammy met Syrian President Ahmed al-Sharaa in Damascus on "
     "Saturday, the first visit by a UK foreign secretary to Syria in 14 years, as London "
     "restored diplomatic relations. Lammy, who took over the Foreign "
     "Office from David Cameron after Labour's election win last July, also held talks with "
     "Foreign Minister Asaad al-Shaibani and announced 94.5 million pounds in aid. The UK's "
     "special representative for Syria, Ann Snow, who accompanied him, had met Sharaa in "
     "Damascus in December, days after Bashar al-Assad fled. Sharaa headed Hayat Tahrir al-Sham "
     "before the group dissolved itself in January. For Tehran the trip is another sign of lost "
     "ground: Iran's presence in Syria was built by Quds Force commander Qassim Sulaimani, who "
     "was killed in a US drone strike in Baghdad in 2020, and his successor Esmaeil Qa'ani has "
     "not been seen in Damascus since Assad's fall, an Iranian source told Al-Monitor.",
     [("MET_WITH", LAM, SHA, "met Syrian President", "2025-07-05"),
      ("LEADS", SHA, "country:syria", "met Syrian President"),
      ("VISITED", LAM, "location:damascus", "al-Sharaa in Damascus on", "2025-07-05"),
      ("VISITED", LAM, "country:syria", "foreign secretary to Syria", "2025-07-05"),
      ("SUCCESSOR_OF", LAM, "person:david-cameron", "who took over the Foreign", "2024-07"),
      ("LEADS", LAM, FCDO, "who took over the Foreign"),
      ("LEADS", "person:david-cameron", FCDO, "who took over the Foreign"),
      ("MET_WITH", LAM, "person:asaad-al-shaibani", "also held talks with", "2025-07-05"),
      ("MET_WITH", "person:ann-snow", SHA, "had met Sharaa", "2024-12"),
      ("VISITED", "person:ann-snow", "location:damascus", "had met Sharaa", "2024-12"),
      ("LEADS", SHA, "organization:hayat-tahrir-al-sham", "Sharaa headed Hayat"),
      ("LEADS", S, QF, "built by Quds Force commander"),
      ("ASSASSINATED_BY", S, US, "killed in a US drone strike", "2020-01-03"),
      ("SUCCESSOR_OF", Q, S, "his successor Esmaeil"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2025-07-05"}),

    ("arCE2_barrack_baabda", "ar",
     "بيروت: «الشرق الأوسط»\n"
     "استقبل الرئيس اللبناني جوزيف عون في قصر بعبدا، الخميس، السفيرَ الأميركي لدى تركيا "
     "والمبعوثَ الخاص إلى سوريا توماس برّاك، الذي تسلّم الملف اللبناني من مورغان أورتاغوس، "
     "وتسلّم منه ورقة أميركية تتضمن جدولاً زمنياً لحصر السلاح بيد الدولة. وكان برّاك قد وصل إلى "
     "بيروت مساء الأربعاء، والتقى صباح الخميس رئيس الحكومة اللبنانية نواف سلام، قبل أن ينتقل "
     "إلى عين التينة حيث اجتمع برئيس مجلس النواب نبيه بري. وقال مصدر مقرّب من «حزب الله» "
     "لـ«الشرق الأوسط» إن المبعوث لم يلتقِ أي مسؤول في الحزب. واكتفى برّاك باتصال هاتفي مع قائد "
     "الجيش اللبناني العماد رودولف هيكل. وتأتي الزيارة بعد أشهر على انتخاب عون رئيساً خلفاً "
     "لميشال عون إثر فراغ استمر أكثر من عامين، وتولّي الشيخ نعيم قاسم الأمانة العامة للحزب "
     "خلفاً لحسن نصر الله الذي اغتالته إسرائيل بغارة على الضاحية الجنوبية في أيلول 2024.",
     [("LEADS", "person:joseph-aoun", "country:lebanon", "استقبل الرئيس اللبناني"),
      ("MET_WITH", "person:joseph-aoun", BRK, "استقبل الرئيس اللبناني", "2025-06-19"),
      ("SUCCESSOR_OF", BRK, "person:morgan-ortagus", "الذي تسلّم الملف اللبناني", "2025-06"),
      ("VISITED", BRK, "location:beirut", "قد وصل إلى بيروت", "2025-06-18"),
      ("MET_WITH", BRK, "person:nawaf-salam", "والتقى صباح الخميس", "2025-06-19"),
      ("LEADS", "person:nawaf-salam", "organization:lebanese-government", "رئيس الحكومة اللبنانية"),
      ("MET_WITH", BRK, "person:nabih-berri", "حيث اجتمع برئيس", "2025-06-19"),
      ("LEADS", "person:nabih-berri", "organization:lebanese-parliament", "حيث اجتمع برئيس"),
      ("LEADS", "person:rodolphe-haykal", "organization:lebanese-army", "قائد الجيش اللبناني"),
      ("SUCCESSOR_OF", "person:joseph-aoun", "person:michel-aoun", "خلفاً لميشال", "2025-01-09"),
      ("SUCCESSOR_OF", "person:naim-qassem", "person:hassan-nasrallah", "خلفاً لحسن نصر الله",
       "2024-10"),
      ("LEADS", "person:naim-qassem", HZB, "الأمانة العامة للحزب"),
      ("LEADS", "person:hassan-nasrallah", HZB, "خلفاً لحسن نصر الله"),
      ("ASSASSINATED_BY", "person:hassan-nasrallah", "country:israel", "الذي اغتالته إسرائيل",
       "2024-09-27"),
      ("ATTACKED", "country:israel", "location:dahiyeh", "بغارة على الضاحية", "2024-09-27"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2025-06-20"}),

    ("enCE3_sudani_starmer_london", "en",
     "LONDON, Jan 14 (Reuters) - British Prime Minister Keir Starmer hosted Iraqi Prime Minister "
     "Mohammed Shia al-Sudani at Downing Street on Tuesday, where the two signed a partnership "
     "agreement worth up to 12.3 billion pounds for British firms. "
     "Sudani, on his first official visit to Britain, also met Defence Secretary John Healey to "
     "discuss security cooperation after the U.S.-led coalition, in which Britain has played a "
     "leading role since 2014, winds down its mission in Iraq. \u201cIraq is open for business,"
     "\u201d Sudani said. Britain's ambassador to Baghdad, Stephen Hitchen, told Reuters the deal "
     "was the largest of its kind. Sudani took office in October 2022, succeeding Mostafa "
     "al-Kazemi. Relations between Baghdad and Western capitals were tested after a U.S. drone "
     "strike at Baghdad airport killed Iran's Qasem Suleimani and Iraqi commander Abu Mahdi "
     "Al-Mohandes in January 2020, after which Iraq's parliament voted to expel foreign troops.",
     [("LEADS", "person:keir-starmer", "country:united-kingdom", "British Prime Minister Keir"),
      ("MET_WITH", "person:keir-starmer", SUD, "hosted Iraqi Prime Minister", "2025-01-14"),
      ("LEADS", SUD, "country:iraq", "hosted Iraqi Prime Minister"),
      ("VISITED", SUD, "country:united-kingdom", "first official visit to Britain", "2025-01-14"),
      ("MET_WITH", SUD, "person:john-healey", "also met Defence Secretary", "2025-01-14"),
      ("REPORTED_BY", "person:stephen-hitchen", "outlet:reuters", "told Reuters"),
      ("SUCCESSOR_OF", SUD, K, "succeeding Mostafa", "2022-10-27"),
      ("ASSASSINATED_BY", S, US, "a U.S. drone", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "a U.S. drone", "2020-01-03"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-01-14"}),

    ("arCE4_patrushev_tehran", "ar",
     "طهران - مهر - استقبل رئيس الجمهورية الإسلامية الإيرانية آية الله السيد إبراهيم رئيسي، "
     "مساء الأربعاء، أمين مجلس الأمن الروسي نيكولاي باتروشيف ونائبه ألكسندر فينيديكتوف، وأكد "
     "أن «العلاقات بين طهران وموسكو استراتيجية ولا تتأثر بالعقوبات». وكان باتروشيف، الذي وصل "
     "إلى طهران صباح الثلاثاء في زيارة تستغرق يومين، قد عقد جلسة مباحثات مطوّلة مع نظيره أمين "
     "المجلس الأعلى للأمن القومي الأدميرال علي شمخاني، تناولت التطورات في سوريا والقوقاز "
     "و«الاضطرابات التي تغذيها أجهزة استخبارات غربية» في إيران. وبحسب مراسل مهر، حضر قائد "
     "فيلق القدس العميد إسماعيل قاآني جانباً من المحادثات. وقال شمخاني إن «الحاج قاسم "
     "سليماني، الذي اغتاله الأميركيون، كان نموذجاً للتعاون الميداني مع روسيا في مكافحة "
     "الإرهاب». وكان الرئيس فلاديمير بوتين قد أجرى اتصالاً هاتفياً برئيسي الشهر الماضي.",
     [("LEADS", "person:ebrahim-raisi", "country:iran", "استقبل رئيس الجمهورية الإسلامية"),
      ("MET_WITH", "person:ebrahim-raisi", PAT, "استقبل رئيس الجمهورية الإسلامية", "2022-11-09"),
      ("MET_WITH", "person:ebrahim-raisi", "person:alexander-venediktov",
       "استقبل رئيس الجمهورية الإسلامية", "2022-11-09"),
      ("MEMBER_OF", PAT, RSC, "أمين مجلس الأمن الروسي"),
      ("MEMBER_OF", "person:alexander-venediktov", RSC, "ونائبه ألكسندر"),
      ("VISITED", PAT, "country:iran", "الذي وصل إلى طهران", "2022-11-08"),
      ("MET_WITH", PAT, "person:ali-shamkhani", "قد عقد جلسة مباحثات", "2022-11-08"),
      ("MEMBER_OF", "person:ali-shamkhani", "organization:supreme-national-security-council",
       "المجلس الأعلى للأمن القومي الأدميرال"),
      ("LEADS", Q, QF, "فيلق القدس العميد"),
      ("ASSASSINATED_BY", S, US, "الذي اغتاله الأميركيون", "2020-01-03"),
      ],
     {"source": "blind set (Mehr Arabic-style)", "published": "2022-11-09"}),

    ("enCE5_sullivan_jeddah", "en",
     "JEDDAH, Saudi Arabia (AP) \u2014 Saudi Crown Prince Mohammed bin Salman hosted White House "
     "national security adviser Jake Sullivan in the Red Sea city of Jeddah on Sunday, along with "
     "the national security advisers of the United Arab Emirates and India, Sheikh Tahnoun bin Zayed and Ajit "
     "Doval, the White House said. The talks focused on a rail and port network linking the "
     "Gulf to South Asia and on Yemen's truce. Sullivan also held a separate session with Doval. "
     "Sudanese army and paramilitary envoys were in the same city for U.S.-Saudi-brokered talks, "
     "but Sullivan did not meet them, officials said. The visit is the latest sign of a thaw "
     "after President Joe Biden's 2020 campaign vow to make the kingdom a \u201cpariah\u201d over "
     "the killing of journalist Jamal Khashoggi, who was murdered by a team of Saudi agents in "
     "the Saudi consulate in Istanbul in 2018. U.S. intelligence concluded that the crown prince "
     "approved the operation, which he denies.",
     [("MET_WITH", MBS, SUL, "hosted White House", "2023-05-07"),
      ("MEMBER_OF", SUL, "organization:white-house", "hosted White House"),
      ("VISITED", SUL, "location:jeddah", "in the Red Sea city of Jeddah", "2023-05-07"),
      ("MET_WITH", MBS, "person:tahnoun-bin-zayed", "along with", "2023-05-07"),
      ("MET_WITH", MBS, "person:ajit-doval", "along with", "2023-05-07"),
      ("VISITED", "person:tahnoun-bin-zayed", "location:jeddah", "along with", "2023-05-07"),
      ("VISITED", "person:ajit-doval", "location:jeddah", "along with", "2023-05-07"),
      ("MET_WITH", SUL, "person:ajit-doval", "a separate session with Doval", "2023-05-07"),
      ("ASSASSINATED_BY", "person:jamal-khashoggi", "country:saudi-arabia",
       "murdered by a team of Saudi agents", "2018-10-02"),
      ("LOCATED_IN", "location:saudi-consulate-istanbul", "location:istanbul",
       "the Saudi consulate in Istanbul"),
      ],
     {"source": "blind set (AP-style)", "published": "2023-05-07"}),

    ("arCE6_amiri_russian_ambassador", "ar",
     "شفق نيوز/ استقبل رئيس تحالف الفتح هادي العامري، اليوم الأحد، في مكتبه ببغداد السفيرَ "
     "الروسي لدى العراق إلبروس كوتراشيف، وبحث معه «تطورات الأوضاع في المنطقة وسبل تعزيز "
     "العلاقات الثنائية»، بحسب بيان لمكتب العامري الذي يتزعم منظمة بدر. والتقى السفير في اليوم "
     "ذاته الأمين العام لحركة عصائب أهل الحق قيس الخزعلي. وكان كوتراشيف قد قدّم أوراق اعتماده "
     "إلى الرئيس العراقي السابق برهم صالح خلفاً للسفير ماكسيم ماكسيموف. وقال كوتراشيف في حديث "
     "لوكالة شفق نيوز إن موسكو «تحترم سيادة العراق وقراره بشأن وجود القوات الأجنبية»، مضيفاً "
     "أن «اغتيال قاسم سليماني وأبي مهدي المهندس بضربة أمريكية قرب مطار بغداد كان انتهاكاً "
     "صارخاً للقانون الدولي». ويُذكر أن العامري لم يلتقِ السفير الأمريكي منذ سنوات، فيما اتهمت "
     "واشنطن فصائل مسلحة بالوقوف وراء هجمات على قواعد تضم قوات أمريكية.",
     [("LEADS", AMI, "organization:fatah-alliance", "استقبل رئيس تحالف الفتح"),
      ("MET_WITH", AMI, KUT, "استقبل رئيس تحالف الفتح", "2023"),
      ("LEADS", AMI, "organization:badr-organization", "الذي يتزعم منظمة بدر"),
      ("MET_WITH", KUT, "person:qais-al-khazali", "والتقى السفير في اليوم", "2023"),
      ("LEADS", "person:qais-al-khazali", "organization:asaib-ahl-al-haq", "الأمين العام لحركة"),
      ("MET_WITH", KUT, "person:barham-salih", "قد قدّم أوراق اعتماده"),
      ("LEADS", "person:barham-salih", "country:iraq", "الرئيس العراقي السابق"),
      ("SUCCESSOR_OF", KUT, "person:maxim-maksimov", "خلفاً للسفير ماكسيم"),
      ("REPORTED_BY", KUT, "outlet:shafaq-news", "لوكالة شفق نيوز"),
      ("ASSASSINATED_BY", S, US, "بضربة أمريكية", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "بضربة أمريكية", "2020-01-03"),
      ],
     {"source": "blind set (Shafaq News Arabic-style)", "published": "2023"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setCE")
