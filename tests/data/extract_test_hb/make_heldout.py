"""Blind set HB: North Africa, the Horn and the Sahel 2023-2025, wire-agency style: Hemeti's regional
tour (Kampala, Addis Ababa; the IGAD meeting with Burhan that was postponed, a Taqaddum meeting still
expected) (English); Yevkurov received by Haftar in Benghazi the day before Prigozhin's plane crash
(killing with no stated agent, Western accusations denied by the Kremlin) (Arabic); the
Egypt-Eritrea-Somalia summit in Asmara and the Ethiopia-Somaliland memorandum, a phone call (English);
the first summit of the Sahel juntas in Niamey, withdrawal from ECOWAS, a phone call with Putin
(Arabic); Tunisia's prime ministers Bouden -> Hachani -> Maddouri -> Zenzri, a possible successor
(English); Burhan received by the Emir of Qatar, a denied Burhan-Hemedti meeting (Arabic).
Style: datelines, agency credits, short paragraphs, officials introduced by title.
Spellings: Hemeti / Dagalo, el-Sissi, al-Shabab, آسيمي غويتا, ديمتري أوتكين, حميدتي.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hd import ALL  # noqa: E402

HERE = Path(__file__).parent

SUD, ETH, UGA, EGY, ERI, SOM = ("country:sudan", "country:ethiopia", "country:uganda", "country:egypt",
                                "country:eritrea", "country:somalia")
MLI, BFA, NER, TUN, QAT, RUS = ("country:mali", "country:burkina-faso", "country:niger", "country:tunisia",
                                "country:qatar", "country:russia")
RSF, SAF, TAQ, LNA = ("organization:rapid-support-forces", "organization:sudanese-armed-forces",
                      "organization:taqaddum", "organization:libyan-national-army")
HEM, ABIY, MUS, REDWAN = ("person:mohamed-hamdan-dagalo", "person:abiy-ahmed", "person:yoweri-museveni",
                          "person:redwan-hussien")
BUR, HAMDOK = "person:abdel-fattah-al-burhan", "person:abdalla-hamdok"
HAF, YEV, MISM, PUT = ("person:khalifa-haftar", "person:yunus-bek-yevkurov", "person:ahmed-al-mismari",
                       "person:vladimir-putin")
PRIG, UTK, PESK = "person:yevgeny-prigozhin", "person:dmitry-utkin", "person:dmitry-peskov"
SISI, HSM, ISA, YEM, BIHI = ("person:abdel-fattah-al-sisi", "person:hassan-sheikh-mohamud",
                             "person:isaias-afwerki", "person:yemane-gebremeskel", "person:muse-bihi-abdi")
TIANI, GOITA, TRAORE, SANG = ("person:abdourahamane-tiani", "person:assimi-goita", "person:ibrahim-traore",
                              "person:bakary-yaou-sangare")
SAIED, ZENZ, MADD, HACH, BOUD, NAFTI = ("person:kais-saied", "person:sarra-zaafrani-zenzri",
                                        "person:kamel-maddouri", "person:ahmed-hachani", "person:najla-bouden",
                                        "person:mohamed-ali-nafti")
TUNGOV = "organization:tunisian-government"
TAMIM, SADIQ = "person:tamim-bin-hamad-al-thani", "person:ali-al-sadiq"

ARTICLES = [
    ("enHB1_hemeti_tour_addis_ababa", "en",
     "ADDIS ABABA, Dec 28 (Reuters) - The commander of Sudan's paramilitary Rapid Support Forces, Mohamed "
     "Hamdan Dagalo, better known as Hemeti, held talks with Ethiopian Prime Minister Abiy Ahmed in Addis "
     "Ababa on Thursday, Abiy's office said.\n"
     "The visit was the second leg of a regional tour that began on Wednesday in Kampala, where Dagalo was "
     "received by Ugandan President Yoweri Museveni.\n"
     "Ethiopia's intelligence chief, Redwan Hussien, also took part in the Addis Ababa talks, according to "
     "photographs released by the prime minister's office.\n"
     "A face-to-face meeting between Hemeti and army chief Abdel Fattah al-Burhan, which the regional bloc "
     "IGAD had said would take place in Djibouti before the end of the year, has been postponed; the army "
     "said it had received no invitation.\n"
     "The RSF leader is expected to meet leaders of Sudan's civilian Taqaddum coalition, led by former "
     "prime minister Abdalla Hamdok, in the Ethiopian capital in the coming days.\n"
     "It is Dagalo's first public appearance abroad since his forces went to war with the army in April.",
     [("LEADS", HEM, RSF, "The commander of Sudan's paramilitary"),
      ("MET_WITH", HEM, ABIY, "held talks with Ethiopian Prime Minister", "2023-12-28"),
      ("LEADS", ABIY, ETH, "Ethiopian Prime Minister Abiy"),
      ("VISITED", HEM, "location:addis-ababa", "held talks with Ethiopian Prime Minister", "2023-12-28"),
      ("VISITED", HEM, "location:kampala", "began on Wednesday in Kampala", "2023-12-27"),
      ("MET_WITH", HEM, MUS, "where Dagalo was received by", "2023-12-27"),
      ("LEADS", MUS, UGA, "Ugandan President Yoweri"),
      ("MET_WITH", REDWAN, HEM, "also took part in the Addis Ababa talks", "2023-12-28"),
      ("MET_WITH", REDWAN, ABIY, "also took part in the Addis Ababa talks", "2023-12-28"),
      ("LEADS", REDWAN, "organization:ethiopian-niss", "Ethiopia's intelligence chief"),
      ("LEADS", BUR, SAF, "army chief Abdel Fattah"),
      ("LEADS", HAMDOK, TAQ, "led by former"),
      ],
     {"source": "blind set (wire, English)", "published": "2023-12-28"}),

    ("arHB2_yevkurov_haftar_benghazi", "ar",
     "بنغازي (ليبيا) - (أ ف ب): استقبل القائد العام لـ«الجيش الوطني الليبي» المشير خليفة حفتر، الثلاثاء، "
     "في مقر القيادة العامة بالرجمة شرق بنغازي، نائبَ وزير الدفاع الروسي يونس بك يفكوروف والوفد المرافق له.\n"
     "وقال الناطق باسم القيادة العامة اللواء أحمد المسماري إن اللقاء تناول «التعاون في مكافحة الإرهاب»، من "
     "دون أن يتطرق إلى مستقبل عناصر «فاغنر».\n"
     "وهي أول زيارة رسمية لوفد عسكري روسي إلى شرق ليبيا، وتأتي بعد دعوة وجهها الرئيس الروسي فلاديمير بوتين "
     "لحفتر لزيارة موسكو.\n"
     "وفي اليوم التالي، تحطمت طائرة خاصة شمال موسكو كان على متنها مؤسس «فاغنر» يفغيني بريغوجين وقائدها "
     "الميداني ديمتري أوتكين، ولقي ركابها العشرة حتفهم.\n"
     "ووجهت عواصم غربية أصابع الاتهام إلى الكرملين، غير أن المتحدث باسمه دميتري بيسكوف وصف تلك "
     "الاتهامات بأنها «كذب مطلق».\n"
     "ومنذ ذلك الحين يتولى «الفيلق الأفريقي» التابع لوزارة الدفاع الروسية إدارة معظم الوجود العسكري الروسي "
     "في أفريقيا.",
     [("LEADS", HAF, LNA, "استقبل القائد العام"),
      ("MET_WITH", HAF, YEV, "استقبل القائد العام", "2023-08-22"),
      ("VISITED", YEV, "location:benghazi", "في مقر القيادة العامة بالرجمة", "2023-08-22"),
      ("MEMBER_OF", YEV, "organization:russian-defence-ministry", "نائبَ وزير الدفاع الروسي"),
      ("MEMBER_OF", MISM, LNA, "الناطق باسم القيادة العامة"),
      ("LEADS", PUT, RUS, "الرئيس الروسي فلاديمير"),
      ("LEADS", PRIG, "organization:wagner-group", "مؤسس «فاغنر»"),
      ("MEMBER_OF", UTK, "organization:wagner-group", "وقائدها"),
      ("MEMBER_OF", PESK, "organization:kremlin", "المتحدث باسمه"),
      ("PART_OF", "organization:africa-corps", "organization:russian-defence-ministry",
       "التابع لوزارة الدفاع الروسية"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2023-08-22"}),

    ("enHB3_asmara_tripartite_summit", "en",
     "ASMARA, Eritrea (AP) - Egyptian President Abdel-Fattah el-Sissi and Somali President Hassan Sheikh "
     "Mohamud held a summit with Eritrean President Isaias Afwerki in Asmara on Thursday, drawing a sharp "
     "reaction from neighboring Ethiopia.\n"
     "The three leaders agreed to deepen security cooperation, Eritrea's Information Minister Yemane "
     "Gebremeskel said in a post on X.\n"
     "El-Sissi and Mohamud had arrived in the Eritrean capital on Wednesday evening.\n"
     "Ethiopia's Prime Minister Abiy Ahmed was not invited.\n"
     "Addis Ababa has been at odds with Mogadishu since Abiy and Muse Bihi Abdi, the leader of the "
     "breakaway region of Somaliland, signed a memorandum of understanding at a ceremony in Addis Ababa on "
     "Jan. 1 that would give landlocked Ethiopia access to the sea.\n"
     "Mohamud spoke by phone with Abiy last week, a Somali official said, but no meeting between the two "
     "has been scheduled.\n"
     "Egypt has pledged troops to a new African Union force in Somalia, where al-Shabab militants still "
     "control large rural areas.",
     [("MET_WITH", SISI, HSM, "held a summit with Eritrean", "2024-10-10"),
      ("MET_WITH", SISI, ISA, "held a summit with Eritrean", "2024-10-10"),
      ("MET_WITH", HSM, ISA, "held a summit with Eritrean", "2024-10-10"),
      ("LEADS", SISI, EGY, "Egyptian President Abdel-Fattah"),
      ("LEADS", HSM, SOM, "Somali President Hassan"),
      ("LEADS", ISA, ERI, "Eritrean President Isaias"),
      ("VISITED", SISI, "location:asmara", "had arrived in the Eritrean capital", "2024-10-09"),
      ("VISITED", HSM, "location:asmara", "had arrived in the Eritrean capital", "2024-10-09"),
      ("LEADS", YEM, "organization:eritrean-information-ministry", "Eritrea's Information Minister"),
      ("LEADS", ABIY, ETH, "Ethiopia's Prime Minister Abiy"),
      ("MET_WITH", ABIY, BIHI, "signed a memorandum of understanding at a ceremony", "2024-01-01"),
      ("LEADS", BIHI, "location:somaliland", "the leader of the"),
      ("VISITED", BIHI, "location:addis-ababa", "signed a memorandum of understanding at a ceremony",
       "2024-01-01"),
      ],
     {"source": "blind set (wire, English)", "published": "2024-10-10"}),

    ("arHB4_niamey_sahel_juntas_summit", "ar",
     "نيامي - (رويترز): عقد قادة المجالس العسكرية الحاكمة في مالي وبوركينا فاسو والنيجر، السبت، أول قمة "
     "لهم في العاصمة النيجرية نيامي، أعلنوا خلالها تأسيس «كونفدرالية دول الساحل».\n"
     "واستقبل رئيس المجلس الوطني لحماية الوطن الجنرال عبد الرحمن تياني نظيريه المالي العقيد آسيمي غويتا "
     "والبوركيني النقيب إبراهيم تراوري في مطار نيامي، قبل أن يعقد الثلاثة اجتماعاً مغلقاً.\n"
     "وقال وزير خارجية النيجر بكاري ياو سانغاري للصحافيين إن القمة اختارت غويتا رئيساً للكونفدرالية "
     "لمدة عام.\n"
     "وتأتي القمة عشية اجتماع لقادة المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) في أبوجا، بعد أن أعلنت "
     "الدول الثلاث في يناير انسحابها من المنظمة.\n"
     "وكان تياني قد بحث التعاون الأمني مع الرئيس الروسي فلاديمير بوتين في اتصال هاتفي في مارس.\n"
     "ولا يزال الرئيس المعزول محمد بازوم محتجزاً منذ انقلاب يوليو 2023.",
     [("MET_WITH", TIANI, GOITA, "نظيريه المالي", "2024-07-06"),
      ("MET_WITH", TIANI, TRAORE, "والبوركيني النقيب", "2024-07-06"),
      ("MET_WITH", GOITA, TRAORE, "قبل أن يعقد الثلاثة اجتماعاً", "2024-07-06"),
      ("VISITED", GOITA, "location:niamey", "أول قمة", "2024-07-06"),
      ("VISITED", TRAORE, "location:niamey", "أول قمة", "2024-07-06"),
      ("LEADS", TIANI, "organization:niger-cnsp", "رئيس المجلس الوطني لحماية الوطن"),
      ("LEADS", GOITA, MLI, "نظيريه المالي"),
      ("LEADS", TRAORE, BFA, "والبوركيني النقيب"),
      ("LEADS", SANG, "organization:niger-foreign-ministry", "وزير خارجية النيجر"),
      ("LEADS", GOITA, "organization:alliance-of-sahel-states", "اختارت غويتا رئيساً"),
      ("MEMBER_OF", MLI, "organization:alliance-of-sahel-states", "أعلنوا خلالها تأسيس"),
      ("MEMBER_OF", BFA, "organization:alliance-of-sahel-states", "أعلنوا خلالها تأسيس"),
      ("MEMBER_OF", NER, "organization:alliance-of-sahel-states", "أعلنوا خلالها تأسيس"),
      ("WITHDREW_FROM", MLI, "organization:ecowas", "انسحابها من المنظمة", "2024-01-28"),
      ("WITHDREW_FROM", BFA, "organization:ecowas", "انسحابها من المنظمة", "2024-01-28"),
      ("WITHDREW_FROM", NER, "organization:ecowas", "انسحابها من المنظمة", "2024-01-28"),
      ("LEADS", PUT, RUS, "الرئيس الروسي فلاديمير"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2024-07-06"}),

    ("enHB5_tunisia_zenzri_replaces_maddouri", "en",
     "TUNIS, March 21 (Reuters) - Tunisian President Kais Saied sacked Prime Minister Kamel Maddouri late "
     "on Thursday and appointed Equipment and Housing Minister Sarra Zaafrani Zenzri to replace him, the "
     "presidency said in a statement.\n"
     "No reason was given for the dismissal, the latest in a string of reshuffles since Saied seized broad "
     "powers in 2021.\n"
     "Zenzri, an engineer who has served in the government since 2021, becomes Tunisia's second woman "
     "prime minister.\n"
     "Saied received her at Carthage Palace shortly after the announcement, according to a video "
     "published by the presidency.\n"
     "Maddouri, a former social affairs minister, had replaced Ahmed Hachani as head of government in "
     "August 2024, less than a year after Hachani himself succeeded Najla Bouden.\n"
     "Local media had listed Foreign Minister Mohamed Ali Nafti among possible successors.",
     [("LEADS", SAIED, TUN, "Tunisian President Kais"),
      ("LEADS", MADD, TUNGOV, "sacked Prime Minister Kamel"),
      ("SUCCESSOR_OF", ZENZ, MADD, "to replace him", "2025-03-20"),
      ("LEADS", ZENZ, TUNGOV, "becomes Tunisia's second woman"),
      ("MET_WITH", SAIED, ZENZ, "Saied received her", "2025-03-21"),
      ("VISITED", ZENZ, "location:carthage-palace", "Saied received her", "2025-03-21"),
      ("SUCCESSOR_OF", MADD, HACH, "had replaced Ahmed Hachani", "2024-08-07"),
      ("SUCCESSOR_OF", HACH, BOUD, "Hachani himself succeeded", "2023-08-01"),
      ("LEADS", NAFTI, "organization:tunisian-foreign-ministry", "Foreign Minister Mohamed Ali"),
      ],
     {"source": "blind set (wire, English)", "published": "2025-03-21"}),

    ("arHB6_tamim_receives_burhan_doha", "ar",
     "الدوحة - (قنا): استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، بمكتبه في "
     "الديوان الأميري صباح اليوم الخميس، رئيسَ مجلس السيادة الانتقالي القائد العام للقوات المسلحة "
     "السودانية الفريق أول عبد الفتاح البرهان والوفد المرافق له.\n"
     "وجرى خلال المقابلة استعراض تطورات الأوضاع في السودان والجهود المبذولة لوقف إطلاق النار.\n"
     "ويرافق البرهانَ في زيارته وزيرُ الخارجية المكلف علي الصادق.\n"
     "وكان رئيس مجلس السيادة قد وصل إلى الدوحة مساء الأربعاء في ثالث جولة خارجية له منذ اندلاع الحرب مع "
     "قوات الدعم السريع في أبريل الماضي، بعد زيارتين إلى مصر وجنوب السودان.\n"
     "ونفى مصدر مسؤول في وزارة الخارجية القطرية ما تردد عن ترتيب لقاء في الدوحة بين البرهان وقائد الدعم "
     "السريع محمد حمدان دقلو «حميدتي».",
     [("MET_WITH", TAMIM, BUR, "استقبل حضرة صاحب السمو", "2023-09-07"),
      ("LEADS", TAMIM, QAT, "أمير البلاد المفدى"),
      ("VISITED", BUR, "location:doha", "قد وصل إلى الدوحة", "2023-09-06"),
      ("LEADS", BUR, "organization:sudan-sovereignty-council", "رئيسَ مجلس السيادة الانتقالي"),
      ("LEADS", BUR, SAF, "القائد العام للقوات المسلحة"),
      ("VISITED", SADIQ, "location:doha", "ويرافق البرهانَ", "2023-09-07"),
      ("LEADS", SADIQ, "organization:sudanese-foreign-ministry", "وزيرُ الخارجية المكلف"),
      ("LEADS", HEM, RSF, "وقائد الدعم"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2023-09-07"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHB")
