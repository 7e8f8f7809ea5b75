"""Blind set U: Qaani's visits (Baghdad with al-Sudani, the factions, Damascus, Kerman
anniversary), Larijani in Beirut after Nasrallah, al-Kazimi hosts Qa'ani and Kurilla.
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setU/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout26/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M = "person:abu-mahdi-al-muhandis"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, T = "organization:popular-mobilization-forces", "person:donald-trump"
HZ, NQ, HN = "organization:hezbollah", "person:naim-qassem", "person:hassan-nasrallah"
SUD = "person:mohammed-shia-al-sudani"

ARTICLES = [
    ("enU1_qaani_sudani_araji", "en",
     "BAGHDAD, March 14 (Reuters) - The head of Iran's Quds Force, Esmaeel Qaani, held talks "
     "in Baghdad on Tuesday with Prime Minister Mohammed Shia al-Sudani and National Security "
     "Adviser Qassim al-Araji, two Iraqi officials said, days after Tehran and Riyadh agreed to "
     "restore ties. Qaani, who took over the Revolutionary Guards' foreign operations arm after "
     "Qassem Soleimany was killed by a U.S. drone in January 2020, also met former prime "
     "minister Nouri Maliki and the deputy commander of Iraq's Joint Operations Command, Lt. "
     "Gen. Qais al-Muhammadawi, the officials said. A third official said the Iranian general "
     "had asked to see Kurdish leader Masoud Barzani, but that no meeting took place. Sudani's "
     "office did not comment. The visit came a day after Qaani spoke by telephone with Qais "
     "al-Khazaali, the leader of Asaib Ahl al-Haq.",
     [("LEADS", Q, QF, "The head of Iran's Quds Force"),
      ("VISITED", Q, "location:baghdad", "held talks", "2023-03-14"),
      ("MET_WITH", Q, SUD, "held talks", "2023-03-14"),
      ("MET_WITH", Q, "person:qassim-al-araji", "held talks", "2023-03-14"),
      ("SUCCESSOR_OF", Q, S, "took over the Revolutionary"),
      ("PART_OF", QF, IRGC, "foreign operations arm"),
      ("ASSASSINATED_BY", S, US, "killed by a U.S. drone", "2020-01"),
      ("MET_WITH", Q, "person:nouri-al-maliki", "also met former"),
      ("MET_WITH", Q, "person:qais-al-muhammadawi", "also met former"),
      ("MEMBER_OF", "person:qais-al-muhammadawi", "organization:joint-operations-command",
       "deputy commander of Iraq"),
      ("LEADS", "person:qais-al-khazali", "organization:asaib-ahl-al-haq", "the leader of Asaib"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2023-03-14"}),

    ("arU2_qaani_factions", "ar",
     "بغداد/ شفق نيوز- كشف مصدر سياسي مطلع، اليوم الأحد، أن قائد فيلق القدس الإيراني إسماعيل "
     "قاءاني التقى في بغداد قادة فصائل مسلحة، بينهم الأمين العام لكتائب سيد الشهداء أبو آلاء "
     "الولائي ورئيس أركان الحشد الشعبي عبد العزيز المحمداوي (أبو فدك). وأوضح المصدر لوكالة شفق "
     "نيوز أن خليفة سليماني حثّ الفصائل على وقف الهجمات على القوات الأميركية \"في هذه المرحلة\". "
     "كما استقبل رئيس تحالف الفتح هادي العامري الضيفَ الإيراني في منزله، بحضور النائب عن كتلة "
     "بدر النيابية مهدي تقي الآمرلي. في المقابل، اكتفى المسؤول الأمني لكتائب حزب الله أبو علي "
     "العسكري باتصال هاتفي مع قاءاني، بحسب المصدر. وكان المهندس قد قُتل إلى جانب سليماني في "
     "الضربة التي أمر بها الرئيس الأميركي السابق دونالد ترامب مطلع عام 2020.",
     [("LEADS", Q, QF, "قائد فيلق القدس الإيراني"),
      ("VISITED", Q, "location:baghdad", "التقى في بغداد"),
      ("MET_WITH", Q, "person:abu-alaa-al-walai", "التقى في بغداد"),
      ("LEADS", "person:abu-alaa-al-walai", "organization:kataib-sayyid-al-shuhada",
       "الأمين العام لكتائب سيد الشهداء"),
      ("MET_WITH", Q, "person:abdul-aziz-al-muhammadawi", "التقى في بغداد"),
      ("MEMBER_OF", "person:abdul-aziz-al-muhammadawi", PMF, "رئيس أركان الحشد"),
      ("SUCCESSOR_OF", Q, S, "خليفة سليماني"),
      ("MET_WITH", "person:hadi-al-amiri", Q, "كما استقبل رئيس"),
      ("LEADS", "person:hadi-al-amiri", "organization:fatah-alliance", "كما استقبل رئيس"),
      ("MEMBER_OF", "person:mahdi-taqi-al-amerli", "organization:badr-organization",
       "مهدي تقي الآمرلي"),
      ("MEMBER_OF", "person:abu-ali-al-askari", "organization:kataib-hezbollah",
       "المسؤول الأمني لكتائب"),
      ("ASSASSINATED_BY", M, T, "الضربة التي أمر بها", "2020-01"),
      ("ASSASSINATED_BY", S, T, "الضربة التي أمر بها", "2020-01"),
      ("LEADS", T, US, "الرئيس الأميركي السابق"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2021-02"}),

    ("enU3_larijani_beirut", "en",
     "BEIRUT (AP) \u2014 Ali Larijani, a senior adviser to Iran's Supreme Leader Ayatollah Ali "
     "Khamenei, arrived in Beirut on Friday and was received by Lebanese Parliament Speaker "
     "Nabih Berri, the latest Iranian official to visit since Israel killed Hezbollah leader "
     "Hassan Nasrallah in a massive airstrike in September. He later met caretaker Prime "
     "Minister Najib Mikati, whose office said the two discussed a U.S.-brokered cease-fire "
     "proposal. Asked whether he would also see Naim Kassem, who was chosen to replace "
     "Nasrallah as the group's secretary-general in late October, Larijani declined to "
     "answer. The commander of the Revolutionary Guard's Quds Force, Ismail Ghaani, was "
     "reported to have visited Beirut in early October, weeks after an Israeli strike killed "
     "Ibrahim Akil, the head of Hezbollah's elite Radwan Force.",
     [("LEADS", "person:ali-khamenei", "country:iran", "Iran's Supreme Leader"),
      ("VISITED", "person:ali-larijani", "location:beirut", "arrived in Beirut", "2024-11-15"),
      ("MET_WITH", "person:ali-larijani", "person:nabih-berri", "was received by",
       "2024-11-15"),
      ("LEADS", "person:nabih-berri", "organization:lebanese-parliament",
       "Lebanese Parliament Speaker"),
      ("ASSASSINATED_BY", HN, "country:israel", "since Israel killed", "2024-09-27"),
      ("LEADS", HN, HZ, "Hezbollah leader Hassan"),
      ("MET_WITH", "person:ali-larijani", "person:najib-mikati", "He later met", "2024-11-15"),
      ("SUCCESSOR_OF", NQ, HN, "chosen to replace", "2024-10"),
      ("LEADS", NQ, HZ, "chosen to replace", "2024-10"),
      ("LEADS", Q, QF, "The commander of the Revolutionary"),
      ("PART_OF", QF, IRGC, "The commander of the Revolutionary"),
      ("VISITED", Q, "location:beirut", "reported to have visited", "2024-10"),
      ("ASSASSINATED_BY", "person:ibrahim-aqil", "country:israel", "an Israeli strike killed",
       "2024-09-20"),
      ("LEADS", "person:ibrahim-aqil", "organization:radwan-force", "an Israeli strike killed"),
      ("PART_OF", "organization:radwan-force", HZ, "elite Radwan Force"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-11-15"}),

    ("arU4_qaani_damascus", "ar",
     "دمشق – الجزيرة نت\n"
     "قالت وسائل إعلام إيرانية إن قائد فيلق القدس إسماعيل قاآني زار دمشق الأسبوع الماضي، "
     "واجتمع بالرئيس السوري بشار الأسد، بعد أيام من اغتيال المستشار في الحرس الثوري رضي موسوي "
     "بغارة إسرائيلية على منطقة السيدة زينب جنوبي العاصمة السورية. وكان موسوي، الذي وصفته "
     "وكالة تسنيم بأنه \"من أقدم رفاق الحاج قاسم\"، مسؤولاً عن تنسيق الدعم اللوجستي في سوريا. "
     "ونقلت تسنيم عن القائد العام للحرس الثوري اللواء حسين سلامي قوله إن إسرائيل \"ستدفع ثمن "
     "هذه الجريمة\". ولم يُعلن عن لقاء بين قاآني ووزير الخارجية السوري فيصل المقداد، بينما أفادت "
     "مصادر سورية بأن الأخير التقى السفير الإيراني حسين أكبري في اليوم نفسه. يُذكر أن قاآني "
     "تسلّم قيادة الفيلق بعد مقتل سليماني بضربة أميركية في بغداد مطلع 2020.",
     [("LEADS", Q, QF, "قائد فيلق القدس إسماعيل"),
      ("VISITED", Q, "location:damascus", "زار دمشق"),
      ("MET_WITH", Q, "person:bashar-al-assad", "واجتمع بالرئيس السوري"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "واجتمع بالرئيس السوري"),
      ("ASSASSINATED_BY", "person:razi-mousavi", "country:israel", "بغارة إسرائيلية",
       "2023-12-25"),
      ("MEMBER_OF", "person:razi-mousavi", IRGC, "المستشار في الحرس الثوري"),
      ("REPORTED_BY", "person:hossein-salami", "outlet:tasnim", "ونقلت تسنيم"),
      ("LEADS", "person:hossein-salami", IRGC, "القائد العام للحرس"),
      ("MET_WITH", "person:faisal-mekdad", "person:hossein-akbari", "بأن الأخير التقى"),
      ("SUCCESSOR_OF", Q, S, "تسلّم قيادة الفيلق"),
      ("ASSASSINATED_BY", S, US, "بضربة أميركية", "2020-01"),
      ],
     {"source": "blind set (Al Jazeera-style)", "published": "2024-01"}),

    ("enU5_kazimi_hosts_qaani", "en",
     "BAGHDAD (AFP) - Iraqi Prime Minister Mustafa al-Kazimi received Ismail Qa'ani, the "
     "Iranian general who succeeded Qassem Suleymani at the helm of the Quds Force, in Baghdad "
     "on Sunday, a government source told AFP. Qa'ani urged the premier to keep Tehran's allies "
     "informed of any security arrangement with Washington, the source said. Two days earlier, "
     "Kazimi had hosted the new commander of US Central Command, General Michael Kurilla, who "
     "took over from General Kenneth McKenzie in April. Kurilla also held talks with Defence "
     "Minister Juma Inad. A planned meeting between the American general and Fatah leader Hadi "
     "Amiri was called off, an Amiri aide said. Suleymani and Abu Mahdi al-Muhandis were killed "
     "by a US strike near Baghdad airport in January 2020, an attack that Kazimi's predecessor "
     "Adel Abdul Mahdi called a violation of Iraqi sovereignty.",
     [("LEADS", K, "country:iraq", "Iraqi Prime Minister Mustafa"),
      ("MET_WITH", K, Q, "received Ismail", "2022-06-12"),
      ("VISITED", Q, "location:baghdad", "received Ismail", "2022-06-12"),
      ("SUCCESSOR_OF", Q, S, "who succeeded Qassem"),
      ("LEADS", S, QF, "at the helm of the Quds Force"),
      ("LEADS", Q, QF, "at the helm of the Quds Force"),
      ("MET_WITH", K, "person:michael-kurilla", "had hosted the new commander", "2022-06-10"),
      ("LEADS", "person:michael-kurilla", "organization:us-central-command",
       "had hosted the new commander"),
      ("SUCCESSOR_OF", "person:michael-kurilla", "person:kenneth-mckenzie", "took over from",
       "2022-04"),
      ("LEADS", "person:kenneth-mckenzie", "organization:us-central-command", "took over from"),
      ("MET_WITH", "person:michael-kurilla", "person:juma-inad", "also held talks"),
      ("LEADS", "person:hadi-al-amiri", "organization:fatah-alliance", "Fatah leader"),
      ("ASSASSINATED_BY", S, US, "by a US strike", "2020-01"),
      ("ASSASSINATED_BY", M, US, "by a US strike", "2020-01"),
      ("SUCCESSOR_OF", K, "person:adil-abdul-mahdi", "predecessor"),
      ],
     {"source": "blind set (AFP-style)", "published": "2022-06-12"}),

    ("arU6_qaani_kerman_anniversary", "ar",
     "طهران – إرنا\n"
     "أكد قائد قوة القدس التابعة لحرس الثورة الإسلامية العميد إسماعيل قاآني أن \"مدرسة الحاج "
     "قاسم باقية\"، وذلك في كلمة ألقاها مساء الخميس في مراسم الذكرى السنوية الخامسة لاستشهاد "
     "الفريق قاسم سُلَيماني بمدينة كرمان. وكشف قاآني أنه التقى الشهر الماضي في بيروت الأمين "
     "العام لحزب الله الشيخ نعيم قاسم، الذي اختاره الحزب خلفاً للشهيد السيد حسن نصر الله. "
     "وكان سُلَيماني ورفيقه أبو مهدي المُهَنْدِس قد استشهدا فجر الثالث من كانون الثاني 2020 قرب "
     "مطار بغداد، في غارة نفذتها طائرة مسيّرة أميركية بأمر مباشر من الرئيس الأميركي آنذاك دونالد "
     "ترامب. وعلى هامش المراسم، استقبل رئيس السلطة القضائية غلام حسين محسني إجئي في طهران "
     "وفداً عراقياً برئاسة رئيس هيئة الحشد الشعبي فالح الفياض.",
     [("LEADS", Q, QF, "أكد قائد قوة القدس"),
      ("PART_OF", QF, IRGC, "التابعة لحرس الثورة"),
      ("MET_WITH", Q, NQ, "أنه التقى الشهر الماضي", "2024-12"),
      ("VISITED", Q, "location:beirut", "أنه التقى الشهر الماضي", "2024-12"),
      ("LEADS", NQ, HZ, "العام لحزب الله الشيخ"),
      ("SUCCESSOR_OF", NQ, HN, "خلفاً للشهيد"),
      ("ASSASSINATED_BY", S, US, "طائرة مسيّرة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "طائرة مسيّرة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "بأمر مباشر", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "بأمر مباشر", "2020-01-03"),
      ("LEADS", T, US, "الرئيس الأميركي آنذاك"),
      ("MET_WITH", "person:gholamhossein-mohseni-ejei", "person:falih-al-fayyadh",
       "استقبل رئيس السلطة", "2025-01"),
      ("LEADS", "person:gholamhossein-mohseni-ejei", "organization:iranian-judiciary",
       "استقبل رئيس السلطة"),
      ("VISITED", "person:falih-al-fayyadh", "country:iran", "استقبل رئيس السلطة", "2025-01"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "برئاسة رئيس هيئة"),
      ],
     {"source": "blind set (IRNA-style)", "published": "2025-01-02"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setU")
