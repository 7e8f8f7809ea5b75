"""Blind set QV: Afghanistan and Pakistan 2020-2024 (second folder of QU-QV): the trilateral meeting of the
Afghan, Chinese and Pakistani foreign ministers in Islamabad (May 2023), Amir Khan Muttaqi's visit to Tehran
and his meeting there with Ahmad Massoud and Ismail Khan (January 2022), the killing of Omar Khalid Khorasani
and the Pakistan-TTP talks in Kabul (2022), Sirajuddin Haqqani's reception by the UAE president (June 2024),
the CIA director's secret meeting with Abdul Ghani Baradar in Kabul and the first days of Taliban rule (August
2021), and the Taliban's killing of Islamic State Khorasan leaders (2023), as an Afghan TV news site writes it
in English (TOLOnews-like: "the Islamic Emirate", "Mawlawi"), Iran's state agency in Arabic (IRNA Arabic-like:
"طهران - ارنا -", "الجمهورية الإسلامية"), a regional think-tank brief in English (a security desk in Islamabad,
dated heading, analytic tone), the UAE state agency in Arabic (WAM-like: "أبوظبي في 4 يونيو/ وام/", "صاحب
السمو", "حفظه الله", "معالي"), a Gulf daily in English (The National-like: "ABU DHABI", "the group's de facto
leader") and a pan-Arab news site in Arabic (Independent Arabia-like: "إندبندنت عربية", "فبراير (شباط)").
Pieces: Muttaqi, Qin Gang and Bilawal Bhutto meet together, Muttaqi had met Bilawal separately, Qin had met
Asim Munir (English, QV1); Amir-Abdollahian receives Muttaqi with Kazemi Qomi present; Muttaqi meets Massoud and
Ismail Khan together (Arabic, QV2); a Pakistani delegation headed by Faiz Hameed meets Noor Wali Mehsud with
Sirajuddin Haqqani mediating; Mehsud took over after Fazlullah, killed in a US drone strike (English, QV3);
Mohamed bin Zayed receives Sirajuddin Haqqani with Tahnoun and Al Shamsi present and Wasiq in the delegation;
Haqqani meets Saif bin Zayed (Arabic, QV4); Burns meets Baradar in Kabul; Baradar had met Wang Yi in Tianjin;
Anas Haqqani meets Karzai and Abdullah (English, QV5); the Taliban kill Qari Fateh and, in the same raid,
Ijaz Ahangar; al-Muhajir succeeded Farooqi; Muttaqi meets the Chinese envoy Yue Xiaoyong (Arabic, QV6).
Excluded on purpose (no relation): Muttaqi's postponed meeting with Shehbaz Sharif, Sanaullah's accusation
(QV1); the planned meeting with Shamkhani that did not take place (QV2); Omar Khalid Khorasani and Khalid
Balti, killed with no stated agent, the TTP's accusation against Pakistani intelligence, the elders' jirga
(no one named) (QV3); Shehbaz Sharif's phone call to Mohamed bin Zayed (QV4); Ghani who fled, Saleh who
"declared himself" caretaker president (a claim, not a stated succession), Biden's video call with the G7
leaders (QV5); the unnamed planner of the Kabul airport bombing, Kurilla's testimony, the unconfirmed reports
of al-Muhajir's death (QV6).
Judgement calls: "met with A and B ... in the fifth trilateral dialogue" is one meeting of three (QV1);
"Before the trilateral meeting, Muttaqi held a separate meeting with Bilawal" adds nothing new (the pair is
already there) but is the clearer evidence only for the trilateral (QV1, one triple per article); the
attendee «بحضور» is paired with both principals (QV2); "في لقاء" with two named guests is one meeting of three
(QV2); Haqqani "acting as mediator" at the talks is an attendee, paired with both principals (QV3); "took
over the group after his predecessor ... was killed" is a succession (QV3); "killed in a US drone strike" names
the United States as the agent (QV3); «حضر اللقاء» attendees paired with both principals and with each other,
the delegation member «ضم الوفد» with the host only (QV4, as the brief's delegation rule); "held talks with A
and B at Karzai's residence" is one meeting of three (QV5); "قُتل معه ... في العملية نفسها" gives the raid's
agent for the second victim too (QV6); an ISIS-K emir LEADS ISIS-K; a president LEADS the country.
Filled in for the exercise: the postponed Shehbaz meeting, the date of the Munir meeting (QV1); the Shamkhani
meeting and its cancellation, the Khatibzadeh wording (QV2); the desk's name, the number of elders (QV3);
Al Shamsi's presence, Wasiq in the delegation, the Saif bin Zayed meeting, Shehbaz's call (QV4); the hour of
the Burns meeting, the residence (QV5); Muttaqi's meeting with Yue Xiaoyong, the district of the raid (QV6).
Spellings: "Mawlawi Amir Khan Muttaqi", "Bilawal Bhutto", "Qin Gang" (QV1); "حسين أمير عبداللهيان", "المولوي
أمير خان متقي", "حسن كاظمي قمي", "محمد إسماعيل خان" (QV2); "Mufti Noor Wali Mehsud", "Lt Gen Faiz Hameed",
"Mullah Fazlullah", "Muhammad Khurasani" (QV3); "سراج الدين حقاني", "طحنون بن زايد آل نهيان", "الملا عبد الحق
واثق" (QV4); "Mullah Baradar", "Abdul Ghani Baradar", "Anas Haqqani" (QV5); "قاري فاتح", "ثناء الله غفاري",
"شهاب المهاجر", "أسلم فاروقي", "يوي شياو يونغ" (QV6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qv import ALL  # noqa: E402

HERE = Path(__file__).parent

AFG, PAK, US, UAE = "country:afghanistan", "country:pakistan", "country:united-states", "country:united-arab-emirates"
TALIBAN, TTP, JUA, ISISK, HAQNET, NRF = (
    "organization:taliban", "organization:ttp", "organization:jamaat-ul-ahrar", "organization:islamic-state-khorasan",
    "organization:haqqani-network", "organization:national-resistance-front-of-afghanistan")
AFGFM, AFGINT, PAKFM, PAKINT, PAKARMY = (
    "organization:afghan-foreign-ministry", "organization:afghan-interior-ministry",
    "organization:pakistani-foreign-ministry", "organization:pakistani-interior-ministry", "organization:pakistan-army")
CNFM, IRFM, UAEINT, CIA = ("organization:chinese-foreign-ministry", "organization:iranian-foreign-ministry",
                           "organization:uae-interior-ministry", "organization:cia")
MUTTAQI, BALKHI, SIRAJ, ANAS, WASIQ, BARADAR, MUJAHID = (
    "person:amir-khan-muttaqi", "person:abdul-qahar-balkhi", "person:sirajuddin-haqqani", "person:anas-haqqani",
    "person:abdul-haq-wasiq", "person:abdul-ghani-baradar", "person:zabihullah-mujahid")
KARZAI, ABDULLAH, MASSOUD, ISMAIL = ("person:hamid-karzai", "person:abdullah-abdullah", "person:ahmad-massoud",
                                     "person:ismail-khan")
MUHAJIR, FAROOQI, FATEH, AHANGAR = ("person:shahab-al-muhajir", "person:aslam-farooqi", "person:qari-fateh",
                                    "person:ijaz-amin-ahangar")
MEHSUD, FAZLULLAH, KHORASANI, BALTI = ("person:noor-wali-mehsud", "person:mullah-fazlullah",
                                       "person:omar-khalid-khorasani", "person:khalid-balti")
SHEHBAZ, BILAWAL, SANAULLAH, MUNIR, FAIZ = ("person:shehbaz-sharif", "person:bilawal-bhutto-zardari",
                                            "person:rana-sanaullah", "person:asim-munir", "person:faiz-hameed")
MBZ, TAHNOUN, SAIF, SHAMSI = ("person:mohamed-bin-zayed", "person:tahnoun-bin-zayed", "person:saif-bin-zayed",
                              "person:ali-bin-hammad-al-shamsi")
WANG, QIN, YUE = "person:wang-yi", "person:qin-gang", "person:yue-xiaoyong"
AMIRABDOLLAHIAN, KAZEMI, KHATIBZADEH = ("person:hossein-amir-abdollahian", "person:hassan-kazemi-qomi",
                                        "person:saeed-khatibzadeh")
BURNS, BIDEN = "person:william-burns", "person:joe-biden"

TOLO = "blind set (Afghan TV news site, English, TOLOnews-like)"
IRNA = "blind set (Iranian state news agency, Arabic service, IRNA-like)"
BRIEF = "blind set (regional think-tank security brief, English, Islamabad)"
WAM = "blind set (UAE state news agency, Arabic, WAM-like)"
NATIONAL = "blind set (Gulf daily, English, The National-like)"
INDEPENDENT = "blind set (pan-Arab news site, Arabic, Independent Arabia-like)"

ARTICLES = [
    ("enQV1_trilateral_islamabad_tolo", "en",
     "Muttaqi, Chinese and Pakistani FMs hold trilateral talks in Islamabad\n"
     "TOLOnews\n"
     "Acting Foreign Minister of the Islamic Emirate, Mawlawi Amir Khan Muttaqi, met with Chinese Foreign "
     "Minister Qin Gang and Pakistan's Foreign Minister Bilawal Bhutto Zardari in Islamabad on Saturday in the "
     "fifth trilateral foreign ministers' dialogue, the Ministry of Foreign Affairs said.\n"
     "The three ministers discussed security, trade and the extension of the China-Pakistan Economic Corridor to "
     "Afghanistan, according to Abdul Qahar Balkhi, spokesman for the ministry.\n"
     "Before the trilateral meeting, Muttaqi held a separate meeting with Bilawal Bhutto, in which the two sides "
     "discussed the situation of Afghan refugees in Pakistan and the Torkham crossing.\n"
     "On Friday, Qin Gang met Pakistan's Chief of Army Staff General Asim Munir at the General Headquarters in "
     "Rawalpindi, the Pakistani military said.\n"
     "Muttaqi was also expected to meet Prime Minister Shehbaz Sharif, but the meeting was postponed, a source "
     "said.\n"
     "The visit comes days after Pakistan's Interior Minister Rana Sanaullah said that the Tehrik-i-Taliban "
     "Pakistan (TTP) was operating from Afghan soil, an accusation the Islamic Emirate rejected.",
     met_group({MUTTAQI: "Mawlawi Amir Khan Muttaqi, met with", QIN: "Minister Qin Gang and",
                BILAWAL: "Minister Bilawal Bhutto Zardari in Islamabad"}, "2023-05-06") + [
      ("MET_WITH", QIN, MUNIR, "Qin Gang met Pakistan's", "2023-05-05"),
      ("LEADS", MUTTAQI, AFGFM, "Acting Foreign Minister of the Islamic Emirate"),
      ("LEADS", QIN, CNFM, "with Chinese Foreign"),
      ("LEADS", BILAWAL, PAKFM, "Pakistan's Foreign Minister Bilawal"),
      ("MEMBER_OF", BALKHI, AFGFM, "spokesman for the ministry"),
      ("LEADS", MUNIR, PAKARMY, "Chief of Army Staff General Asim Munir"),
      ("LEADS", SHEHBAZ, PAK, "Prime Minister Shehbaz Sharif"),
      ("LEADS", SANAULLAH, PAKINT, "Interior Minister Rana Sanaullah"),
      ],
     {"source": TOLO, "published": "2023-05-06"}),

    ("arQV2_muttaqi_tehran_irna", "ar",
     "أمير عبداللهيان يستقبل متقي ويؤكد ضرورة تشكيل حكومة شاملة في أفغانستان\n"
     "طهران - ارنا - استقبل وزير الخارجية حسين أمير عبداللهيان، اليوم الأحد، القائم بأعمال وزير خارجية "
     "حكومة طالبان المولوي أمير خان متقي والوفد المرافق له، بحضور الممثل الخاص لرئيس الجمهورية في الشؤون "
     "الأفغانية حسن كاظمي قمي.\n"
     "وأكد أمير عبداللهيان خلال اللقاء أن الجمهورية الإسلامية الإيرانية تعتبر تشكيل حكومة شاملة تمثل جميع "
     "الأطياف السبيل الوحيد لتحقيق الاستقرار، مشيراً إلى أن طهران لم تعترف بعد بالحكومة المؤقتة.\n"
     "من جهته، أعرب متقي عن شكره لاستضافة إيران ملايين اللاجئين الأفغان، وأضاف أن \"الإمارة الإسلامية لن تسمح "
     "باستخدام الأراضي الأفغانية ضد أي دولة من دول الجوار\".\n"
     "وعلى هامش الزيارة، التقى متقي في طهران زعيم جبهة المقاومة الوطنية أحمد مسعود والقائد الجهادي السابق محمد "
     "إسماعيل خان، في لقاء رتّبته الخارجية الإيرانية، وفق ما أعلنه المتحدث باسم الوزارة سعيد خطيب زاده.\n"
     "وكان من المقرر أن يلتقي الوزير الأفغاني أمين المجلس الأعلى للأمن القومي علي شمخاني، إلا أن مصادر مطلعة "
     "أفادت بأن اللقاء لم يُعقد.",
     [("MET_WITH", AMIRABDOLLAHIAN, MUTTAQI, "المولوي أمير خان متقي والوفد", "2022-01-09"),
      ("MET_WITH", KAZEMI, AMIRABDOLLAHIAN, "الممثل الخاص لرئيس الجمهورية", "2022-01-09"),
      ("MET_WITH", KAZEMI, MUTTAQI, "حسن كاظمي قمي", "2022-01-09"),
      ("LEADS", AMIRABDOLLAHIAN, IRFM, "وزير الخارجية حسين أمير"),
      ("LEADS", MUTTAQI, AFGFM, "القائم بأعمال وزير خارجية"),
      ("LEADS", MASSOUD, NRF, "زعيم جبهة المقاومة الوطنية"),
      ("MEMBER_OF", KHATIBZADEH, IRFM, "المتحدث باسم الوزارة"),
      ] + met_group({MUTTAQI: "التقى متقي في طهران", MASSOUD: "أحمد مسعود والقائد", ISMAIL: "القائد الجهادي "
                     "السابق محمد"}, "2022-01-09"),
     {"source": IRNA, "published": "2022-01-09"}),

    ("enQV3_ttp_leadership_brief", "en",
     "Security Brief: The killing of Omar Khalid Khorasani and the TTP's leadership after the Kabul talks\n"
     "South Asia Conflict Monitor, Islamabad | 10 August 2022\n"
     "Omar Khalid Khorasani, the founder of Jamaat-ul-Ahrar and one of the most senior commanders of the "
     "Tehrik-i-Taliban Pakistan (TTP), was killed on 7 August when his vehicle struck a roadside bomb in the Barmal "
     "district of Afghanistan's Paktika province. Two other commanders died with him. No group has claimed the "
     "attack; the TTP has accused Pakistani intelligence, and Islamabad has not commented.\n"
     "The killing comes as the talks between Pakistan and the TTP hosted in Kabul have stalled. In May, a "
     "Pakistani delegation led by Lt Gen Faiz Hameed, then the Peshawar corps commander, met the TTP's emir Mufti "
     "Noor Wali Mehsud in Kabul, with the Taliban's interior minister Sirajuddin Haqqani acting as mediator. In "
     "June, a jirga of some fifty tribal elders from Khyber Pakhtunkhwa travelled to Kabul for a further round.\n"
     "Mehsud, who took over the group after his predecessor Mullah Fazlullah was killed in a US drone strike in "
     "Kunar in June 2018, has since brought several splinter factions, Jamaat-ul-Ahrar among them, back into the "
     "TTP.\n"
     "In January, the TTP's former spokesman Muhammad Khurasani, whose real name was Khalid Balti, was shot dead in "
     "Nangarhar. Taken together, the two killings suggest that Afghan soil is no longer a safe haven for the "
     "group's leadership.",
     [("LEADS", KHORASANI, JUA, "the founder of Jamaat-ul-Ahrar"),
      ("MEMBER_OF", KHORASANI, TTP, "most senior commanders of the"),
      ("MET_WITH", FAIZ, MEHSUD, "met the TTP's emir Mufti"),
      ("MET_WITH", SIRAJ, FAIZ, "acting as mediator"),
      ("MET_WITH", SIRAJ, MEHSUD, "the Taliban's interior minister Sirajuddin"),
      ("LEADS", MEHSUD, TTP, "the TTP's emir"),
      ("LEADS", SIRAJ, AFGINT, "interior minister Sirajuddin Haqqani acting"),
      ("SUCCESSOR_OF", MEHSUD, FAZLULLAH, "took over the group after his predecessor", "2018-06-23"),
      ("ASSASSINATED_BY", FAZLULLAH, US, "was killed in a US drone strike", "2018-06-13"),
      ("MEMBER_OF", BALTI, TTP, "the TTP's former spokesman"),
      ],
     {"source": BRIEF, "published": "2022-08-10"}),

    ("arQV4_haqqani_mbz_wam", "ar",
     "رئيس الدولة يستقبل وزير الداخلية الأفغاني\n"
     "أبوظبي في 4 يونيو/ وام/ استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة \"حفظه الله\"، اليوم "
     "في قصر الشاطئ، سراج الدين حقاني وزير الداخلية في حكومة تصريف الأعمال الأفغانية والوفد المرافق له.\n"
     "وتبادل سموه والضيف الأحاديث حول علاقات التعاون بين البلدين، وبحث الجانبان عدداً من القضايا ذات الاهتمام "
     "المشترك، وفي مقدمتها العمل الإنساني ودعم جهود الاستقرار والتنمية في أفغانستان.\n"
     "حضر اللقاء سمو الشيخ طحنون بن زايد آل نهيان نائب حاكم إمارة أبوظبي مستشار الأمن الوطني، ومعالي علي بن "
     "حماد الشامسي الأمين العام للمجلس الأعلى للأمن الوطني.\n"
     "وضم الوفد الأفغاني الملا عبد الحق واثق رئيس المديرية العامة للاستخبارات.\n"
     "وكان حقاني قد التقى في وقت سابق اليوم سمو الفريق الشيخ سيف بن زايد آل نهيان نائب رئيس مجلس الوزراء وزير "
     "الداخلية، وبحث معه سبل تعزيز التعاون الأمني.\n"
     "وفي سياق آخر، تلقى صاحب السمو رئيس الدولة اتصالاً هاتفياً من دولة السيد محمد شهباز شريف رئيس وزراء "
     "جمهورية باكستان الإسلامية، بحثا خلاله العلاقات الأخوية بين البلدين.",
     [("MET_WITH", MBZ, SIRAJ, "في قصر الشاطئ، سراج الدين حقاني", "2024-06-04"),
      ("MET_WITH", TAHNOUN, MBZ, "حضر اللقاء سمو الشيخ", "2024-06-04"),
      ("MET_WITH", TAHNOUN, SIRAJ, "نائب حاكم إمارة أبوظبي", "2024-06-04"),
      ("MET_WITH", SHAMSI, MBZ, "ومعالي علي بن", "2024-06-04"),
      ("MET_WITH", SHAMSI, SIRAJ, "الأمين العام للمجلس الأعلى للأمن الوطني", "2024-06-04"),
      ("MET_WITH", SHAMSI, TAHNOUN, "مستشار الأمن الوطني، ومعالي", "2024-06-04"),
      ("MET_WITH", WASIQ, MBZ, "وضم الوفد الأفغاني", "2024-06-04"),
      ("MET_WITH", SIRAJ, SAIF, "وكان حقاني قد التقى", "2024-06-04"),
      ("LEADS", MBZ, UAE, "آل نهيان رئيس الدولة"),
      ("LEADS", SIRAJ, AFGINT, "سراج الدين حقاني وزير الداخلية"),
      ("LEADS", SAIF, UAEINT, "نائب رئيس مجلس الوزراء وزير"),
      ("LEADS", SHEHBAZ, PAK, "محمد شهباز شريف رئيس وزراء"),
      ],
     {"source": WAM, "published": "2024-06-04"}),

    ("enQV5_burns_baradar_national", "en",
     "CIA chief Burns held secret meeting with Taliban's Baradar in Kabul, officials say\n"
     "ABU DHABI // CIA director William Burns held a secret meeting in Kabul on Monday with Abdul Ghani Baradar, the "
     "Taliban's de facto leader, US officials said, as the Biden administration weighs whether to keep troops at "
     "the city's airport beyond August 31.\n"
     "The CIA declined to comment. It was the highest-level encounter between the Biden administration and the "
     "group since it seized the Afghan capital on August 15, when President Ashraf Ghani fled the country.\n"
     "Mullah Baradar, who returned to Afghanistan last week after years in exile, landing in Kandahar on a Qatari "
     "air force plane, is widely tipped to lead the new government. Last month he led a Taliban delegation to "
     "the northern Chinese city of Tianjin, where he met Foreign Minister Wang Yi.\n"
     "In Kabul, Anas Haqqani, a senior figure in the Haqqani network, held talks with former president Hamid Karzai "
     "and Abdullah Abdullah, the head of the country's peace council, at Karzai's residence.\n"
     "Amrullah Saleh, Mr Ghani's first vice president, has declared himself the country's caretaker president "
     "from the Panjshir valley.\n"
     "On Tuesday, President Joe Biden was to join a video call with the leaders of the G7, who have pressed "
     "Washington to extend the deadline.",
     [("MET_WITH", BURNS, BARADAR, "held a secret meeting in Kabul", "2021-08-23"),
      ("LEADS", BURNS, CIA, "CIA director William Burns"),
      ("MEMBER_OF", BARADAR, TALIBAN, "Taliban's de facto leader"),
      ("LEADS", "person:ashraf-ghani", AFG, "President Ashraf Ghani fled"),
      ("MET_WITH", BARADAR, WANG, "where he met Foreign Minister", "2021-07-28"),
      ("LEADS", WANG, CNFM, "Foreign Minister Wang Yi"),
      ("MEMBER_OF", ANAS, HAQNET, "a senior figure in the Haqqani network"),
      ("LEADS", ABDULLAH, "organization:high-council-for-national-reconciliation", "the head of the country's "
       "peace council"),
      ("LEADS", BIDEN, US, "President Joe Biden was"),
      ] + met_group({ANAS: "Anas Haqqani", KARZAI: "held talks with former president Hamid Karzai",
                     ABDULLAH: "and Abdullah Abdullah, the head"}, "2021-08-18"),
     {"source": NATIONAL, "published": "2021-08-24"}),

    ("arQV6_isisk_leaders_independent", "ar",
     "\"طالبان\" تقتل العقل المدبر لتفجير مطار كابل.. وواشنطن تؤكد\n"
     "إندبندنت عربية\n"
     "أكد مسؤولون أميركيون، الثلاثاء، أن حركة \"طالبان\" قتلت قيادياً في تنظيم \"داعش - خراسان\" يُعتقد أنه خطط "
     "للتفجير الانتحاري الذي استهدف بوابة آبي في مطار كابل في أغسطس (آب) 2021، وأسفر عن مقتل 13 جندياً أميركياً "
     "ونحو 170 أفغانياً، من دون أن يكشفوا عن اسمه.\n"
     "وكانت قوات \"طالبان\" قد قتلت في فبراير (شباط) الماضي قاري فاتح، المسؤول العسكري والاستخباراتي للتنظيم في "
     "أفغانستان، في عملية دهم نفذتها في حي خير خانه بكابل، وقُتل معه في العملية نفسها إعجاز أمين أهنكر، المعروف "
     "بأبي عثمان الكشميري، وفق ما أعلن المتحدث باسم الحكومة ذبيح الله مجاهد.\n"
     "ويقود التنظيم منذ عام 2020 ثناء الله غفاري، المعروف بشهاب المهاجر، الذي خلف أسلم فاروقي بعد اعتقال الأخير "
     "على يد القوات الأفغانية في قندهار، وتتداول حسابات على مواقع التواصل أنباء عن مقتله لم تتأكد.\n"
     "وكان قائد القيادة المركزية الأميركية الجنرال مايكل كوريلا قد قال أمام الكونغرس في مارس (آذار) إن التنظيم "
     "قادر على مهاجمة مصالح غربية خارج أفغانستان خلال أقل من ستة أشهر.\n"
     "وفي كابل، التقى وزير الخارجية في حكومة \"طالبان\" أمير خان متقي المبعوث الصيني الخاص إلى أفغانستان يوي شياو "
     "يونغ، وبحث معه الوضع الأمني وحماية المواطنين الصينيين.",
     [("ASSASSINATED_BY", FATEH, TALIBAN, "قد قتلت في فبراير", "2023-02-27"),
      ("ASSASSINATED_BY", AHANGAR, TALIBAN, "وقُتل معه في العملية نفسها", "2023-02-27"),
      ("LEADS", MUHAJIR, ISISK, "ويقود التنظيم منذ عام 2020"),
      ("SUCCESSOR_OF", MUHAJIR, FAROOQI, "الذي خلف أسلم فاروقي"),
      ("LEADS", MUTTAQI, AFGFM, "وزير الخارجية في حكومة"),
      ("MET_WITH", MUTTAQI, YUE, "المبعوث الصيني الخاص إلى أفغانستان"),
      ],
     {"source": INDEPENDENT, "published": "2023-04-25"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQV")
