"""Blind set DY: Syria's transition and Turkey, Dec 2024 - Mar 2025, as Turkish, Syrian and Gulf
outlets write it: Hakan Fidan received by al-Sharaa in Damascus with Kalin's earlier visit and the
2023 MIT/foreign-ministry reshuffle (Anadolu-style, Dec 2024); Mohammed al-Bashir's caretaker
government taking over from Mohammed Ghazi al-Jalali (Enab Baladi-style, Dec 2024); Erdogan
hosting al-Shara in Ankara after Riyadh, a planned meeting with Mazlum Kobani that has not taken
place (Daily Sabah-style, Feb 2025); al-Shaibani's delegation in Riyadh, received by Faisal bin
Farhan and Khalid bin Salman, successors of Sabbagh and Louka (Al Arabiya-style, Jan 2025);
Israel's strikes on Iranian and Hezbollah figures in Syria, agent stated / claimed / only blamed /
absent (TRT World-style, Dec 2024); the al-Sharaa - Mazloum Abdi agreement and Turkish strikes on
YPJ commanders, one claimed by MIT, one with no agent (Syria TV-style, Mar 2025).
Style: en/ar alternating; titles before names, title-only first mentions; lists; planned and
negated meetings; a meeting chaired by a third person; spellings al-Shara, al-Shibani, Jolani,
Mazlum Kobani, Kalın, Güler.
Written and annotated blind (extractor neither read nor run). A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_dy/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ea import ALL  # noqa: E402

HERE = Path(__file__).parent

SHA, SHB, FID, KAL, ERD = ("person:ahmed-al-sharaa", "person:asaad-al-shaibani", "person:hakan-fidan",
                           "person:ibrahim-kalin", "person:recep-tayyip-erdogan")
MBS, ASD, BAS, JAL, SAB = ("person:mohammed-bin-salman", "person:bashar-al-assad", "person:mohammed-al-bashir",
                           "person:mohammed-ghazi-al-jalali", "person:bassam-sabbagh")
ABDI, CAV, GUL, AQ, KHT = ("person:mazloum-abdi", "person:mevlut-cavusoglu", "person:yasar-guler",
                           "person:murhaf-abu-qasra", "person:anas-khattab")
FBF, KBS, LOU = "person:faisal-bin-farhan", "person:khalid-bin-salman", "person:hussam-louka"
ZAH, RAZ, ABY, HJQ, NAS, ARA = ("person:mohammad-reza-zahedi", "person:razi-mousavi", "person:saeed-abyar",
                                "person:hassan-jaafar-qasir", "person:hassan-nasrallah", "person:abbas-araghchi")
OZK, TOL, YUS = "person:omer-ozkizilcik", "person:jiyan-tolhildan", "person:salwa-yusuk"
SYR, TUR, ISR = "country:syria", "country:turkey", "country:israel"
TFM, SFM, MIT, SDF = ("organization:turkish-foreign-ministry", "organization:syrian-foreign-ministry",
                      "organization:turkish-national-intelligence-organization",
                      "organization:syrian-democratic-forces")
DAM, RIY, ANK = "location:damascus", "location:riyadh", "location:ankara"

ARTICLES = [
    ("enDY1_fidan_in_damascus", "en",
     "DAMASCUS (AA) - Turkish Foreign Minister Hakan Fidan met Syria's new leader Ahmed al-Sharaa in "
     "Damascus on Sunday, the first visit by a Turkish foreign minister to the Syrian capital in more "
     "than a decade.\n"
     "Al-Sharaa, the head of Hayat Tahrir al-Sham who until this month went by the nom de guerre Abu "
     "Mohammed al-Jolani, hosted the talks at the People's Palace, where the two discussed the return "
     "of refugees, a new constitution and the future of the Kurdish-led forces in the north-east. "
     "Fidan also held talks with Asaad al-Shaibani, named foreign minister of the caretaker "
     "government a day earlier.\n"
     "\"We will stand by the Syrian people,\" Fidan told a joint news conference, adding that the "
     "YPG had no place in Syria's future.\n"
     "The visit came ten days after intelligence chief Ibrahim Kalin toured Damascus and prayed at "
     "the Umayyad Mosque. Kalin took over the National Intelligence Organization (MIT) from Fidan in "
     "June 2023, when Fidan replaced Mevlut Cavusoglu at the foreign ministry.\n"
     "Fidan did not meet Mazloum Abdi, the commander of the Syrian Democratic Forces, whose fighters "
     "still hold most of the oil fields east of the Euphrates.",
     [("LEADS", FID, TFM, "Turkish Foreign Minister Hakan"),
      ("MET_WITH", FID, SHA, "met Syria's new leader", "2024-12-22"),
      ("LEADS", SHA, SYR, "Syria's new leader Ahmed"),
      ("VISITED", FID, DAM, "Damascus on Sunday", "2024-12-22"),
      ("LEADS", SHA, "organization:hayat-tahrir-al-sham", "the head of Hayat Tahrir al-Sham"),
      ("MET_WITH", FID, SHB, "Fidan also held talks with Asaad", "2024-12-22"),
      ("LEADS", SHB, SFM, "named foreign minister of the caretaker"),
      ("LEADS", KAL, MIT, "intelligence chief Ibrahim Kalin"),
      ("VISITED", KAL, DAM, "toured Damascus", "2024-12-12"),
      ("SUCCESSOR_OF", KAL, FID, "took over the National Intelligence Organization (MIT) from Fidan",
       "2023-06"),
      ("SUCCESSOR_OF", FID, CAV, "when Fidan replaced Mevlut Cavusoglu", "2023-06"),
      ("LEADS", ABDI, SDF, "the commander of the Syrian Democratic Forces"),
      ],
     {"source": "blind set (Anadolu-style)", "published": "2024-12-22"}),

    ("arDY2_bashir_caretaker_government", "ar",
     "إدلب - عنب بلدي\n"
     "كلّفت القيادة العامة في سوريا محمد البشير، رئيس «حكومة الإنقاذ» في إدلب، بتشكيل حكومة انتقالية "
     "لتصريف الأعمال حتى الأول من آذار المقبل، خلفاً لحكومة محمد غازي الجلالي، آخر رئيس وزراء في عهد "
     "بشار الأسد.\n"
     "واجتمع البشير والجلالي، الاثنين، في دمشق، في لقاء ترأسه قائد إدارة العمليات العسكرية أحمد الشرع، "
     "المعروف بأبي محمد الجولاني، لبحث آلية تسليم الملفات والمؤسسات.\n"
     "وقال البشير في كلمة بثها التلفزيون الرسمي إن «الوقت حان لينعم الشعب بالاستقرار والهدوء».\n"
     "وكان الجلالي قد أعلن استعداده للتعاون مع «أي قيادة يختارها الشعب»، مؤكداً أنه بقي في منزله ولم "
     "يغادر البلاد، فيما فرّ الأسد إلى موسكو حيث منحه الكرملين حق اللجوء.\n"
     "ويتحدر البشير من جبل الزاوية في ريف إدلب، وشغل منصب وزير التنمية في حكومة الإنقاذ قبل أن يتولى "
     "رئاستها مطلع 2024. ولم يلتقِ البشير بعد بقائد «قسد» مظلوم عبدي، رغم دعوات متبادلة إلى الحوار.",
     [("LEADS", BAS, "organization:syrian-salvation-government", "رئيس «حكومة الإنقاذ» في إدلب"),
      ("LEADS", BAS, "organization:syrian-government", "بتشكيل حكومة انتقالية"),
      ("SUCCESSOR_OF", BAS, JAL, "خلفاً لحكومة محمد غازي", "2024-12-10"),
      ("LEADS", JAL, "organization:syrian-government", "آخر رئيس وزراء في عهد"),
      ("MET_WITH", BAS, JAL, "واجتمع البشير والجلالي", "2024-12-09"),
      ("MET_WITH", SHA, BAS, "في لقاء ترأسه قائد", "2024-12-09"),
      ("MET_WITH", SHA, JAL, "في لقاء ترأسه قائد", "2024-12-09"),
      ("LEADS", SHA, "organization:military-operations-command", "قائد إدارة العمليات العسكرية"),
      ("VISITED", ASD, "location:moscow", "فرّ الأسد إلى موسكو", "2024-12-08"),
      ("LEADS", ABDI, SDF, "بقائد «قسد» مظلوم"),
      ],
     {"source": "blind set (Enab Baladi-style)", "published": "2024-12-10"}),

    ("enDY3_erdogan_hosts_shara", "en",
     "ANKARA - President Recep Tayyip Erdogan hosted Syria's interim President Ahmad al-Shara at the "
     "presidential complex in Ankara on Tuesday, in the Syrian leader's second trip abroad since "
     "taking office. Erdogan told a joint press conference that Türkiye would help Syria fight \"all "
     "terrorist organizations, including Daesh and the PKK/YPG.\"\n"
     "Al-Shara was accompanied by Foreign Minister Asaad al-Shibani, who held talks with his Turkish "
     "counterpart Hakan Fidan. Intelligence chief Ibrahim Kalın also met al-Shibani separately, "
     "diplomatic sources said, while National Defense Minister Yaşar Güler is expected to receive "
     "Syrian military officials next week to discuss training and a possible defense pact.\n"
     "Al-Shara was named president last week by the commanders who toppled Bashar Assad, replacing "
     "the ousted leader. He flew to Ankara from Riyadh, where Crown Prince Mohammed bin Salman "
     "received him on Sunday.\n"
     "A meeting between al-Shara and SDF commander Mazlum Kobani, which Kurdish officials had "
     "floated, has not taken place. Ankara considers the Kurdish-led force an extension of the PKK "
     "and has demanded that its foreign fighters leave Syria.",
     [("LEADS", ERD, TUR, "President Recep Tayyip"),
      ("MET_WITH", ERD, SHA, "hosted Syria's interim President", "2025-02-04"),
      ("LEADS", SHA, SYR, "Syria's interim President Ahmad"),
      ("VISITED", SHA, ANK, "presidential complex in Ankara", "2025-02-04"),
      ("LEADS", SHB, SFM, "Foreign Minister Asaad al-Shibani"),
      ("VISITED", SHB, ANK, "was accompanied by Foreign Minister", "2025-02-04"),
      ("MET_WITH", SHB, FID, "held talks with his Turkish", "2025-02-04"),
      ("LEADS", FID, TFM, "counterpart Hakan Fidan"),
      ("LEADS", KAL, MIT, "Intelligence chief Ibrahim"),
      ("MET_WITH", KAL, SHB, "also met al-Shibani separately", "2025-02-04"),
      ("LEADS", GUL, "organization:turkish-defence-ministry", "National Defense Minister Yaşar"),
      ("SUCCESSOR_OF", SHA, ASD, "replacing the ousted leader", "2025-01-29"),
      ("VISITED", SHA, RIY, "flew to Ankara from Riyadh", "2025-02-02"),
      ("MET_WITH", MBS, SHA, "Crown Prince Mohammed bin Salman received him", "2025-02-02"),
      ("LEADS", ABDI, SDF, "SDF commander Mazlum"),
      ],
     {"source": "blind set (Daily Sabah-style)", "published": "2025-02-04"}),

    ("arDY4_shaibani_delegation_riyadh", "ar",
     "الرياض - العربية.نت\n"
     "استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان، الخميس، في الرياض وزير الخارجية في الإدارة "
     "السورية الجديدة أسعد الشيباني، في أول زيارة خارجية رسمية له منذ سقوط نظام الأسد.\n"
     "وضم الوفد السوري وزير الدفاع مرهف أبو قصرة ورئيس جهاز الاستخبارات العامة أنس خطاب. والتقى وزير "
     "الدفاع السعودي الأمير خالد بن سلمان كلاً من الشيباني وأبو قصرة وخطاب، وجرى بحث دعم المرحلة "
     "الانتقالية وإعادة بناء المؤسسة العسكرية.\n"
     "وكتب الشيباني على منصة إكس أنه يتطلع إلى «شراكة استراتيجية» مع المملكة.\n"
     "وكان الشيباني قد عُيّن وزيراً للخارجية في حكومة تصريف الأعمال في 21 كانون الأول خلفاً لبسام "
     "صباغ، آخر وزير خارجية في عهد بشار الأسد. أما خطاب، القيادي السابق في هيئة تحرير الشام، فتولى "
     "الاستخبارات بعد حل الأجهزة الأمنية للنظام السابق، خلفاً لحسام لوقا.\n"
     "ولم يلتقِ الوفد ولي العهد الأمير محمد بن سلمان خلال الزيارة، لكن مصادر رجّحت أن يستقبل ولي "
     "العهد قائد الإدارة الجديدة أحمد الشرع في الرياض خلال الأسابيع المقبلة.",
     [("LEADS", FBF, "organization:saudi-foreign-ministry", "وزير الخارجية السعودي الأمير"),
      ("MET_WITH", FBF, SHB, "استقبل وزير الخارجية السعودي", "2025-01-02"),
      ("VISITED", SHB, RIY, "، الخميس، في الرياض", "2025-01-02"),
      ("LEADS", SHB, SFM, "وزير الخارجية في الإدارة السورية الجديدة"),
      ("LEADS", AQ, "organization:syrian-defence-ministry", "وزير الدفاع مرهف"),
      ("LEADS", KHT, "organization:syrian-general-intelligence", "ورئيس جهاز الاستخبارات العامة"),
      ("VISITED", AQ, RIY, "وضم الوفد السوري", "2025-01-02"),
      ("VISITED", KHT, RIY, "وضم الوفد السوري", "2025-01-02"),
      ("LEADS", KBS, "organization:saudi-defence-ministry", "الأمير خالد بن سلمان"),
      ("MET_WITH", KBS, SHB, "كلاً من الشيباني", "2025-01-02"),
      ("MET_WITH", KBS, AQ, "كلاً من الشيباني", "2025-01-02"),
      ("MET_WITH", KBS, KHT, "كلاً من الشيباني", "2025-01-02"),
      ("SUCCESSOR_OF", SHB, SAB, "خلفاً لبسام", "2024-12-21"),
      ("LEADS", SAB, SFM, "آخر وزير خارجية في عهد"),
      ("MEMBER_OF", KHT, "organization:hayat-tahrir-al-sham", "القيادي السابق في هيئة تحرير الشام"),
      ("SUCCESSOR_OF", KHT, LOU, "خلفاً لحسام لوقا"),
      ("LEADS", SHA, "organization:syrian-government", "قائد الإدارة الجديدة أحمد"),
      ],
     {"source": "blind set (Al Arabiya-style)", "published": "2025-01-02"}),

    ("enDY5_israel_shadow_war_syria", "en",
     "ISTANBUL (TRT World) - In the year before Bashar al-Assad's fall, Israel's air campaign in Syria "
     "cut through the ranks of the Iranian commanders and Hezbollah operatives who had propped up his "
     "government, a review of the strikes shows.\n"
     "On April 1, 2024, an Israeli strike flattened the consular annex of Iran's embassy in Damascus, "
     "killing Brig. Gen. Mohammad Reza Zahedi, the senior Quds Force commander for Syria and Lebanon. "
     "Months earlier, Razi Mousavi, a veteran IRGC adviser, was killed at his home in Sayyida Zaynab; "
     "Tehran blamed Israel, which did not comment.\n"
     "In June, IRGC adviser Saeed Abyar died in an air strike near Aleppo. In October, Israel said it "
     "had killed Hassan Jaafar Qasir, a Hezbollah operative and relative of the group's slain leader "
     "Hassan Nasrallah, in a strike on the Mezzeh district of the capital.\n"
     "Iranian Foreign Minister Abbas Araghchi flew to Damascus days before the collapse and met "
     "Assad, promising support that never came.\n"
     "\"By the end, Assad had become a liability for Tehran, and Israel knew it,\" Omer Ozkizilcik, a "
     "Syria analyst, told TRT World.",
     [("ASSASSINATED_BY", ZAH, ISR, "an Israeli strike flattened", "2024-04-01"),
      ("ATTACKED", ISR, "location:iranian-consulate-damascus", "an Israeli strike flattened", "2024-04-01"),
      ("LOCATED_IN", "location:iranian-consulate-damascus", DAM, "embassy in Damascus"),
      ("MEMBER_OF", ZAH, "organization:quds-force", "the senior Quds Force commander"),
      ("MEMBER_OF", RAZ, "organization:irgc", "a veteran IRGC adviser"),
      ("MEMBER_OF", ABY, "organization:irgc", "IRGC adviser Saeed"),
      ("ASSASSINATED_BY", HJQ, ISR, "Israel said it had killed", "2024-10-02"),
      ("MEMBER_OF", HJQ, "organization:hezbollah", "a Hezbollah operative"),
      ("LEADS", NAS, "organization:hezbollah", "slain leader"),
      ("LEADS", ARA, "organization:iranian-foreign-ministry", "Iranian Foreign Minister Abbas"),
      ("VISITED", ARA, DAM, "flew to Damascus days before", "2024-12-01"),
      ("MET_WITH", ARA, ASD, "the collapse and met", "2024-12-01"),
      ("REPORTED_BY", OZK, "outlet:trt-world", "told TRT World"),
      ],
     {"source": "blind set (TRT World-style)", "published": "2024-12-20"}),

    ("arDY6_sharaa_abdi_agreement", "ar",
     "دمشق - تلفزيون سوريا\n"
     "وقّع رئيس الجمهورية في المرحلة الانتقالية أحمد الشرع، مساء الاثنين، اتفاقاً مع القائد العام "
     "لقوات سوريا الديمقراطية (قسد) مظلوم عبدي، يقضي بدمج المؤسسات المدنية والعسكرية في شمال شرقي "
     "سوريا ضمن إدارة الدولة، بما فيها المعابر الحدودية والمطار وحقول النفط والغاز.\n"
     "واستقبل الشرع عبدي في قصر الشعب بدمشق، بعد أن نقلته إلى العاصمة طائرة أميركية من الحسكة، بحسب "
     "مصادر مطلعة. وكان عبدي قد رفض دعوات أنقرة لحل «قسد»، وقال لتلفزيون سوريا إن «الحوار مع دمشق هو "
     "الطريق الوحيد».\n"
     "ويأتي الاتفاق بعد أشهر من التصعيد في الشمال. وكان جهاز الاستخبارات التركي قد أعلن أنه قتل "
     "القيادية في وحدات حماية المرأة جيان تولهلدان بضربة قرب القامشلي، بينما قُتلت القيادية سلوى يوسك "
     "بغارة لطائرة مسيّرة في المنطقة نفسها دون أن تتبنّاها أي جهة. واتهمت «قسد» تركيا باستهداف مدنيين "
     "قرب سد تشرين، وهو ما نفته أنقرة.\n"
     "ورحّب وزير الخارجية التركي هاكان فيدان بالاتفاق، معتبراً أنه «خطوة نحو وحدة سوريا».",
     [("LEADS", SHA, SYR, "رئيس الجمهورية في المرحلة الانتقالية"),
      ("LEADS", ABDI, SDF, "القائد العام لقوات سوريا"),
      ("MET_WITH", SHA, ABDI, "واستقبل الشرع عبدي", "2025-03-10"),
      ("VISITED", ABDI, DAM, "في قصر الشعب بدمشق", "2025-03-10"),
      ("LOCATED_IN", "location:peoples-palace", DAM, "في قصر الشعب بدمشق"),
      ("REPORTED_BY", ABDI, "outlet:syria-tv", "وقال لتلفزيون سوريا"),
      ("ASSASSINATED_BY", TOL, MIT, "قد أعلن أنه قتل"),
      ("MEMBER_OF", TOL, "organization:ypj", "القيادية في وحدات حماية المرأة"),
      ("MEMBER_OF", YUS, "organization:ypj", "بينما قُتلت القيادية سلوى"),
      ("LEADS", FID, TFM, "وزير الخارجية التركي هاكان"),
      ],
     {"source": "blind set (Syria TV-style)", "published": "2025-03-11"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDY")
