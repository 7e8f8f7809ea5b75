"""Blind set KY: Iran's security establishment and its foreign visitors, 2021-2025: the secretaries of the
Supreme National Security Council, police, army, IRGC-intelligence and ministerial command changes, and the
Iraqi, Omani, Qatari, Russian, Chinese and IAEA visitors received in Tehran, as an Iranian Arabic-language
channel's site writes it (Al-Alam-like: "طهران – العالم", "قائد الثورة الإسلامية"), a London-based Arabic
daily (Asharq Al-Awsat-like: "لندن - «الشرق»", "المرشد"), a wire service (Reuters-like: "DUBAI, Jan 7
(wire) -") and a think-tank brief.
Pieces: Larijani after Ahmadian after Shamkhani, Larijani receives Grigoryan, signs a memorandum with
al-Araji in the presence of al-Sudani in Baghdad (Arabic channel); Radan after Ashtari at the police
(handover with Vahidi), Kazemi after Taeb, Khatib after Alavi, Ashtiani after Amir Hatami, Vahedi after
Nasirzadeh, Irani after Khanzadi (English wire); al-Sudani received by Khamenei with Pezeshkian, talks with
Pezeshkian, Araghchi and Fuad Hussein (Arabic daily); Russian and Chinese visitors: Putin with Khamenei and
Raisi, Patrushev with Shamkhani, Shoigu after Patrushev received by Pezeshkian and Ahmadian, Mishustin with
Pezeshkian and Aref, Hu Chunhua with Raisi, Wang Yi with Zarif (English brief); the Qatari prime minister with
Pezeshkian and Araghchi, Sultan Haitham received by Khamenei with Raisi in 2023, Tamim's 2022 visit, Badr
Albusaidi receives Farhang in Muscat (Arabic channel); the Cairo agreement of Araghchi and Grossi hosted by
Abdelatty, Grossi's 2024 talks in Tehran, Najafi after Naziri Asl (English wire).
Excluded on purpose (no relation): Larijani "is scheduled to" visit Beirut (KY1); al-Sudani "did not meet"
Qaani, contrary to reports, and the Iraqi ambassador's statement (KY3); Xi Jinping "has not returned" since
2016 (KY4); Araghchi's "phone call" with Albusaidi (KY5); Grossi "hopes to meet" Pezeshkian and "has not
been to Iran since" (KY6).
Judgement calls: an audience of a visiting leader with the Leader "in the presence of" the president pairs
all three (KY3, KY5); a memorandum signed "in the presence of" the prime minister pairs all three (KY1);
a police handover "attended by" the interior minister pairs the three (KY2); talks "attended by" the two
foreign ministers pair every participant (KY3); a news conference "with" the AEOI spokesman beside the two
principals is a meeting of the three (KY6); Shoigu "replaced Patrushev" as Security Council secretary is a
succession (KY4); "received" by one and "held talks" with another are separate meetings, the two hosts not
paired (KY4, KY5). Filled in for the exercise: Grigoryan's visit date and Larijani's reception of him, who
attended the police handover, Fuad Hussein's and Araghchi's presence at the Sudani talks, Aref's presence at
the Mishustin talks, Farhang's audience in Muscat, Kamalvandi at the Grossi news conference, the year of
Najafi's appointment.
Spellings: "قاسم الأعرجي", "علي أكبر أحمديان" (KY1); "Ahmadreza Radan", "Hosein Ashtari" (KY2); "السيد علي
خامنئي", "فؤاد حسين" (KY3); "Javad Zarif" (KY4); "هيثم بن طارق" with "السلطان", "محمد بن عبدالرحمن"
without Al Thani (KY5); "Rafael Mariano Grossi" (KY6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ky import ALL  # noqa: E402

HERE = Path(__file__).parent

SNSC, IRAQNSA, IRPOLICE, IRGCINT, IRDEF, AEOI, ARMYAF, ARMYNAVY, RUSSC, ARMSC, IAEA, IRFM, IQFM, OMFM = (
    "organization:supreme-national-security-council", "organization:iraqi-national-security-advisory",
    "organization:iranian-police", "organization:irgc-intelligence-organization",
    "organization:iranian-defence-ministry", "organization:atomic-energy-organization-of-iran",
    "organization:iranian-army-air-force", "organization:iranian-army-navy", "organization:russian-security-council",
    "organization:armenian-security-council", "organization:iaea", "organization:iranian-foreign-ministry",
    "organization:iraqi-foreign-ministry", "organization:omani-foreign-ministry")
TEHRAN, BAGHDAD, MUSCAT, CAIRO = "location:tehran", "location:baghdad", "location:muscat", "location:cairo"
LARIJANI, AHMADIAN, SHAMKHANI, ARAJI, SUDANI, QAANI = (
    "person:ali-larijani", "person:ali-akbar-ahmadian", "person:ali-shamkhani", "person:qassim-al-araji",
    "person:mohammed-shia-al-sudani", "person:esmail-qaani")
RADAN, ASHTARI, VAHIDI, KAZEMI, TAEB, KHATIB, ALAVI, ASHTIANI, HATAMI, NASIRZADEH, IRANI = (
    "person:ahmad-reza-radan", "person:hossein-ashtari", "person:ahmad-vahidi", "person:mohammad-kazemi",
    "person:hossein-taeb", "person:esmail-khatib", "person:mahmoud-alavi", "person:mohammad-reza-ashtiani",
    "person:amir-hatami", "person:aziz-nasirzadeh", "person:shahram-irani")
KHAMENEI, PEZESHKIAN, ARAGHCHI, FUAD = ("person:ali-khamenei", "person:masoud-pezeshkian",
                                        "person:abbas-araghchi", "person:fuad-hussein")
PUTIN, RAISI, PATRUSHEV, SHOIGU, AREF, WANGYI, ZARIF, XI = (
    "person:vladimir-putin", "person:ebrahim-raisi", "person:nikolai-patrushev", "person:sergei-shoigu",
    "person:mohammad-reza-aref", "person:wang-yi", "person:mohammad-javad-zarif", "person:xi-jinping")
HAITHAM, TAMIM, MBAR, BADR = ("person:haitham-bin-tarik", "person:tamim-bin-hamad-al-thani",
                              "person:mohammed-bin-abdulrahman-al-thani", "person:badr-albusaidi")
GROSSI, ABDELATTY, ESLAMI, KAMALVANDI, NAJAFI = ("person:rafael-grossi", "person:badr-abdelatty",
                                                 "person:mohammad-eslami", "person:behrouz-kamalvandi",
                                                 "person:reza-najafi")
# new to the tables
GRIGORYAN, VAHEDI, KHANZADI, NASIR, MISHUSTIN, HU, FARHANG, NAZIRI = (
    "person:armen-grigoryan", "person:hamid-vahedi", "person:hossein-khanzadi", "person:nasir-abdul-mohsen",
    "person:mikhail-mishustin", "person:hu-chunhua", "person:mousa-farhang", "person:mohsen-naziri-asl")

ARTICLES = [
    ("arKY1_larijani_snsc_baghdad", "ar",
     "لاريجاني يوقع في بغداد مذكرة تفاهم أمنية بعد أسبوع من تعيينه\n"
     "طهران – العالم: وقّع أمين المجلس الأعلى للأمن القومي علي لاريجاني، الاثنين في بغداد، مذكرة تفاهم "
     "أمنية مع مستشار الأمن القومي العراقي قاسم الأعرجي، بحضور رئيس الوزراء محمد شياع السوداني.\n"
     "وكان الرئيس مسعود بزشكيان قد عيّن لاريجاني في الخامس من أغسطس أميناً للمجلس خلفاً لعلي أكبر "
     "أحمديان، الذي شغل المنصب منذ مايو 2023 حين حلّ محل الأدميرال علي شمخاني بعد عشر سنوات قضاها في "
     "الأمانة.\n"
     "وقبيل توجهه إلى العراق، استقبل لاريجاني في طهران أمين مجلس الأمن الأرميني أرمين غريغوريان، وبحثا "
     "أمن الحدود وممر زنغزور.\n"
     "ومن المقرر أن يزور لاريجاني بيروت الأربعاء في إطار جولته الإقليمية الأولى.\n"
     "ويرى مراقبون أن عودة لاريجاني، رئيس البرلمان الأسبق، تعكس رغبة في تعزيز الدبلوماسية الأمنية بعد "
     "الحرب.",
     [("MET_WITH", LARIJANI, ARAJI, "مستشار الأمن القومي العراقي قاسم الأعرجي", "2025-08-11"),
      ("MET_WITH", LARIJANI, SUDANI, "بحضور رئيس الوزراء محمد شياع السوداني", "2025-08-11"),
      ("MET_WITH", ARAJI, SUDANI, "بحضور رئيس الوزراء محمد شياع السوداني", "2025-08-11"),
      ("VISITED", LARIJANI, BAGHDAD, "الاثنين في بغداد", "2025-08-11"),
      ("LEADS", LARIJANI, SNSC, "وقّع أمين المجلس الأعلى للأمن القومي علي لاريجاني"),
      ("LEADS", ARAJI, IRAQNSA, "مستشار الأمن القومي العراقي قاسم الأعرجي"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "أميناً للمجلس خلفاً لعلي أكبر", "2025-08-05"),
      ("SUCCESSOR_OF", AHMADIAN, SHAMKHANI, "حين حلّ محل الأدميرال علي شمخاني", "2023-05"),
      ("MET_WITH", LARIJANI, GRIGORYAN, "أمين مجلس الأمن الأرميني أرمين غريغوريان", "2025-08"),
      ("LEADS", GRIGORYAN, ARMSC, "أمين مجلس الأمن الأرميني أرمين غريغوريان"),
      ],
     {"source": "blind set (Iranian Arabic-language channel's site)", "published": "2025-08-11"}),

    ("enKY2_radan_police_chief", "en",
     "Iran's supreme leader names hardliner Radan as police chief\n"
     "DUBAI, Jan 7 (wire) - Iran's Supreme Leader Ayatollah Ali Khamenei on Saturday appointed Ahmadreza "
     "Radan, a former deputy police chief under EU sanctions, as commander of the national police, replacing "
     "Hosein Ashtari.\n"
     "Radan was introduced at a handover ceremony in Tehran attended by Ashtari and Interior Minister Ahmad "
     "Vahidi, state media said.\n"
     "The change follows a reshuffle of the security establishment since President Ebrahim Raisi took office "
     "in 2021. Esmail Khatib succeeded Mahmoud Alavi as intelligence minister, and Mohammad Reza Ashtiani "
     "replaced Amir Hatami at defence. In June 2022 Mohammad Kazemi took over the Revolutionary Guards' "
     "intelligence organisation from Hossein Taeb.\n"
     "In the regular army, Hamid Vahedi, named the new air force commander in 2021, succeeded Aziz "
     "Nasirzadeh, and Shahram Irani replaced Hossein Khanzadi as navy commander.",
     [("SUCCESSOR_OF", RADAN, ASHTARI, "replacing Hosein Ashtari", "2023-01-07"),
      ("LEADS", RADAN, IRPOLICE, "as commander of the national police"),
      ("MET_WITH", RADAN, ASHTARI, "attended by Ashtari and Interior", "2023-01"),
      ("MET_WITH", RADAN, VAHIDI, "attended by Ashtari and Interior", "2023-01"),
      ("MET_WITH", ASHTARI, VAHIDI, "attended by Ashtari and Interior", "2023-01"),
      ("SUCCESSOR_OF", KHATIB, ALAVI, "Esmail Khatib succeeded Mahmoud Alavi", "2021-08"),
      ("SUCCESSOR_OF", ASHTIANI, HATAMI, "replaced Amir Hatami at defence", "2021-08"),
      ("LEADS", ASHTIANI, IRDEF, "replaced Amir Hatami at defence"),
      ("SUCCESSOR_OF", KAZEMI, TAEB, "from Hossein Taeb", "2022-06"),
      ("LEADS", KAZEMI, IRGCINT, "intelligence organisation from Hossein Taeb"),
      ("SUCCESSOR_OF", VAHEDI, NASIRZADEH, "succeeded Aziz", "2021"),
      ("LEADS", VAHEDI, ARMYAF, "named the new air force commander in 2021"),
      ("SUCCESSOR_OF", IRANI, KHANZADI, "Shahram Irani replaced Hossein Khanzadi", "2021"),
      ("LEADS", IRANI, ARMYNAVY, "Shahram Irani replaced Hossein Khanzadi"),
      ],
     {"source": "blind set (wire service, English)", "published": "2023-01-07"}),

    ("arKY3_sudani_khamenei_tehran", "ar",
     "خامنئي للسوداني: بقاء القوات الأمريكية في العراق غير مقبول\n"
     "لندن - «الشرق»: استقبل المرشد الإيراني السيد علي خامنئي، الأربعاء، رئيس الوزراء العراقي محمد شياع "
     "السوداني في طهران، بحضور الرئيس مسعود بزشكيان، في أول زيارة للسوداني منذ سقوط نظام الأسد.\n"
     "وكان السوداني قد عقد جولة محادثات مع بزشكيان في قصر سعد آباد، شارك فيها وزيرا خارجية البلدين عباس "
     "عراقجي وفؤاد حسين، وتناولت الأوضاع في سوريا وأمن الحدود.\n"
     "وقال السفير العراقي لدى طهران نصير عبد المحسن إن الزيارة «تعزز التنسيق السياسي والأمني».\n"
     "ولم يلتقِ السوداني قائد «فيلق القدس» إسماعيل قاآني، خلافاً لما تداولته وسائل إعلام عراقية.\n"
     "وتأتي الزيارة فيما تتعرض بغداد لضغوط أمريكية لحلّ «الحشد الشعبي» ووقف واردات الغاز الإيراني.",
     [("MET_WITH", KHAMENEI, SUDANI, "رئيس الوزراء العراقي محمد شياع", "2025-01-08"),
      ("MET_WITH", KHAMENEI, PEZESHKIAN, "بحضور الرئيس مسعود بزشكيان، في أول", "2025-01-08"),
      ("MET_WITH", SUDANI, PEZESHKIAN, "بحضور الرئيس مسعود بزشكيان، في أول", "2025-01-08"),
      ("VISITED", SUDANI, TEHRAN, "السوداني في طهران", "2025-01-08"),
      ("MET_WITH", SUDANI, ARAGHCHI, "عراقجي وفؤاد حسين", "2025-01-08"),
      ("MET_WITH", SUDANI, FUAD, "عراقجي وفؤاد حسين", "2025-01-08"),
      ("MET_WITH", PEZESHKIAN, ARAGHCHI, "عراقجي وفؤاد حسين", "2025-01-08"),
      ("MET_WITH", PEZESHKIAN, FUAD, "عراقجي وفؤاد حسين", "2025-01-08"),
      ("MET_WITH", ARAGHCHI, FUAD, "عراقجي وفؤاد حسين", "2025-01-08"),
      ("MEMBER_OF", NASIR, IQFM, "السفير العراقي لدى طهران نصير عبد المحسن"),
      ],
     {"source": "blind set (London-based Arabic daily)", "published": "2025-01-09"}),

    ("enKY4_brief_russia_china_tehran", "en",
     "Brief: Moscow's and Beijing's Men in Tehran\n"
     "Vladimir Putin's July 2022 trip to Tehran, his first outside the former Soviet space since the "
     "invasion of Ukraine, included a long audience with Khamenei and separate talks with Raisi.\n"
     "The security channel runs through the two councils. Nikolai Patrushev met his counterpart Ali "
     "Shamkhani in Tehran in November 2022. Sergei Shoigu, who replaced Patrushev as secretary of Russia's "
     "Security Council in May 2024, was received by President Pezeshkian in August 2024 and held talks with "
     "Ali Akbar Ahmadian. In September, Prime Minister Mikhail Mishustin met Pezeshkian in talks also "
     "attended by First Vice-President Aref.\n"
     "China sends fewer senior visitors. Vice Premier Hu Chunhua, received by Raisi in December 2022, was "
     "the most senior in years; Wang Yi signed the 25-year cooperation accord with Javad Zarif in Tehran in "
     "March 2021. Xi Jinping has not returned since 2016.",
     [("MET_WITH", PUTIN, KHAMENEI, "included a long audience with Khamenei", "2022-07-19"),
      ("MET_WITH", PUTIN, RAISI, "separate talks with Raisi", "2022-07-19"),
      ("VISITED", PUTIN, TEHRAN, "July 2022 trip to Tehran", "2022-07-19"),
      ("MET_WITH", PATRUSHEV, SHAMKHANI, "met his counterpart Ali", "2022-11"),
      ("SUCCESSOR_OF", SHOIGU, PATRUSHEV, "who replaced Patrushev as secretary", "2024-05"),
      ("LEADS", SHOIGU, RUSSC, "who replaced Patrushev as secretary"),
      ("MET_WITH", SHOIGU, PEZESHKIAN, "was received by President Pezeshkian", "2024-08-05"),
      ("MET_WITH", SHOIGU, AHMADIAN, "held talks with", "2024-08-05"),
      ("MET_WITH", MISHUSTIN, PEZESHKIAN, "Mikhail Mishustin met Pezeshkian", "2024-09-30"),
      ("MET_WITH", MISHUSTIN, AREF, "attended by First Vice-President Aref", "2024-09-30"),
      ("MET_WITH", PEZESHKIAN, AREF, "attended by First Vice-President Aref", "2024-09-30"),
      ("MET_WITH", HU, RAISI, "received by Raisi in December 2022", "2022-12"),
      ("MET_WITH", WANGYI, ZARIF, "accord with Javad Zarif", "2021-03-27"),
      ],
     {"source": "blind set (think-tank brief, English)", "published": "2025-02-10"}),

    ("arKY5_qatar_pm_tehran", "ar",
     "رئيس الوزراء القطري في طهران... وزيارات خليجية متواصلة\n"
     "طهران – العالم: أجرى رئيس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن، الأربعاء في طهران، "
     "محادثات مع الرئيس مسعود بزشكيان، ثم التقى وزير الخارجية عباس عراقجي، وتناولت المباحثات غزة وسوريا "
     "والملف النووي.\n"
     "وكان قائد الثورة الإسلامية آية الله خامنئي قد استقبل في مايو 2023 السلطان هيثم بن طارق سلطان عُمان، "
     "بحضور رئيس الجمهورية الشهيد إبراهيم رئيسي، في أول زيارة للسلطان إلى إيران.\n"
     "كما زار أمير قطر الشيخ تميم بن حمد طهران في مايو 2022، والتقى خلالها الرئيس رئيسي.\n"
     "وفي مسقط، استقبل وزير الخارجية العُماني بدر بن حمد البوسعيدي هذا الأسبوع السفير الإيراني موسى "
     "فرهنك، الذي سلّمه رسالة من طهران، فيما أجرى الوزير العُماني اتصالاً هاتفياً مع عراقجي.",
     [("MET_WITH", MBAR, PEZESHKIAN, "محادثات مع الرئيس مسعود بزشكيان", "2025-02-19"),
      ("MET_WITH", MBAR, ARAGHCHI, "ثم التقى وزير الخارجية عباس عراقجي", "2025-02-19"),
      ("VISITED", MBAR, TEHRAN, "الأربعاء في طهران", "2025-02-19"),
      ("MET_WITH", KHAMENEI, HAITHAM, "السلطان هيثم بن طارق سلطان", "2023-05-29"),
      ("MET_WITH", KHAMENEI, RAISI, "بحضور رئيس الجمهورية الشهيد", "2023-05-29"),
      ("MET_WITH", HAITHAM, RAISI, "بحضور رئيس الجمهورية الشهيد", "2023-05-29"),
      ("VISITED", HAITHAM, TEHRAN, "في أول زيارة للسلطان إلى", "2023-05-29"),
      ("MET_WITH", TAMIM, RAISI, "والتقى خلالها الرئيس رئيسي", "2022-05-12"),
      ("VISITED", TAMIM, TEHRAN, "الشيخ تميم بن حمد طهران", "2022-05-12"),
      ("MET_WITH", BADR, FARHANG, "السفير الإيراني موسى", "2025-02"),
      ("MEMBER_OF", FARHANG, IRFM, "السفير الإيراني موسى"),
      ],
     {"source": "blind set (Iranian Arabic-language channel's site)", "published": "2025-02-19"}),

    ("enKY6_grossi_cairo_agreement", "en",
     "Iran and IAEA agree on framework to resume inspections\n"
     "CAIRO, Sept 9 (wire) - Iranian Foreign Minister Abbas Araghchi and IAEA chief Rafael Mariano Grossi "
     "signed an agreement in Cairo on Tuesday on resuming inspections, at a ceremony hosted by Egyptian "
     "Foreign Minister Badr Abdelatty.\n"
     "Iran suspended cooperation with the agency after Israeli and U.S. strikes on its nuclear sites in June. "
     "Grossi has not been to Iran since, though he said he hopes to meet President Masoud Pezeshkian soon.\n"
     "On his last visit to Tehran, in November 2024, Grossi held talks with Araghchi and then gave a news "
     "conference with Mohammad Eslami, head of the Atomic Energy Organization of Iran, and its spokesman "
     "Behrouz Kamalvandi.\n"
     "Iran's envoy to the agency in Vienna, Reza Najafi, who replaced Mohsen Naziri Asl in 2022, said "
     "implementation would depend on the E3 not triggering snapback sanctions.",
     [("MET_WITH", ARAGHCHI, GROSSI, "signed an agreement in Cairo on Tuesday", "2025-09-09"),
      ("MET_WITH", ARAGHCHI, ABDELATTY, "Foreign Minister Badr Abdelatty", "2025-09-09"),
      ("MET_WITH", GROSSI, ABDELATTY, "Foreign Minister Badr Abdelatty", "2025-09-09"),
      ("VISITED", ARAGHCHI, CAIRO, "signed an agreement in Cairo on Tuesday", "2025-09-09"),
      ("LEADS", GROSSI, IAEA, "IAEA chief Rafael Mariano Grossi"),
      ("MET_WITH", GROSSI, ESLAMI, "conference with Mohammad Eslami", "2024-11-14"),
      ("MET_WITH", GROSSI, KAMALVANDI, "Behrouz Kamalvandi", "2024-11-14"),
      ("MET_WITH", ESLAMI, KAMALVANDI, "Behrouz Kamalvandi", "2024-11-14"),
      ("VISITED", GROSSI, TEHRAN, "On his last visit to Tehran", "2024-11-14"),
      ("LEADS", ESLAMI, AEOI, "head of the Atomic Energy Organization of Iran"),
      ("SUCCESSOR_OF", NAJAFI, NAZIRI, "who replaced Mohsen Naziri Asl in 2022", "2022"),
      ],
     {"source": "blind set (wire service, English)", "published": "2025-09-09"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKY")
