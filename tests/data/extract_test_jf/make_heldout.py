"""Blind set JF: Iran and its allies, October-November 2024, after Operation True Promise II: the
Iranian tours of Beirut, Damascus, Doha, Muscat and Riyadh, Naim Qassem in Nasrallah's place and the
Saudi chief of staff in Tehran, as three kinds of outlet write it: an Iranian semi-official agency's
English and Arabic services (Tasnim / Mehr-like: "the Zionist regime", "martyrdom", "the top Iranian
diplomat", "سماحة القائد"), an Omani and a Qatari official agency (ONA / QNA protocol: "received at
the Ministry's General Office", "The session was attended by ...", "حضر الجلسة ... وحضرها من الجانب
الإيراني ...") and a Western English daily's analysis-tinged news.
Pieces: Araghchi in Beirut and Damascus, 4-5 October (Tasnim, English); Larijani in Damascus and
Beirut, 14-15 November (Tasnim, Arabic); the Emir and Pezeshkian hold official talks at Lusail Palace
before the Asia Cooperation Dialogue summit (QNA, Arabic); Hezbollah names Naim Qassem after
Nasrallah and Safieddine, with Israel's strike on Iran in the background (Western daily, English);
Albusaidi holds talks with Araghchi in Muscat (ONA, English); the Saudi chief of staff in Tehran,
with Araghchi's October call on the Crown Prince in Riyadh (Mehr, Arabic).
Excluded on purpose: Hezbollah not yet naming Nasrallah's successor (JF1); a meeting between
Larijani and Hezbollah's leadership that "was not announced"; the Emir's welcome dinner and the
summit Pezeshkian "is to attend"; Iran's missile barrage of 1 October (no target stated in the
Western piece); Albusaidi's phone call with Safadi and Araghchi's planned onward trip; Aref's
forthcoming participation in the Riyadh summit and a phone call between the Crown Prince and
Pezeshkian. The agent of a killing is annotated where the text states it (an Israeli strike, the
Israeli military's own claim).
Spellings: Seyed Abbas Araqchi, Bashar Assad, Bassam Sabbagh, Sheikh Naim Kassem,
عباس عراقتشي, فياض بن حامد الرويلي, "the top Iranian diplomat", سماحة القائد.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_jf import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISR, SYRIA, QATAR, OMAN = "country:iran", "country:israel", "country:syria", "country:qatar", "country:oman"
IRFM, IRGOV, IRPARL, STAFF = ("organization:iranian-foreign-ministry", "organization:iranian-government",
                              "organization:iranian-parliament", "organization:iranian-armed-forces-general-staff")
HEZ, HEZEXEC, LOYALTY, IDF = ("organization:hezbollah", "organization:hezbollah-executive-council",
                              "organization:loyalty-to-the-resistance-bloc", "organization:israel-defense-forces")
LEBGOV, LEBPARL, SYRFM, QGOV, OMFM, CARNEGIE = (
    "organization:lebanese-government", "organization:lebanese-parliament", "organization:syrian-foreign-ministry",
    "organization:qatari-government", "organization:omani-foreign-ministry", "organization:carnegie-middle-east-center")
SAUDIGOV, SAUDIFM, SAUDISTAFF = ("organization:saudi-government", "organization:saudi-foreign-ministry",
                                 "organization:saudi-armed-forces-general-staff")
BEIRUT, DAMASCUS, DAHIYEH, AINTINEH, SERAIL, DOHA, LUSAIL, RIYADH, TEHRAN = (
    "location:beirut", "location:damascus", "location:dahiyeh", "location:ain-el-tineh", "location:grand-serail",
    "location:doha", "location:lusail-palace", "location:riyadh", "location:tehran")
ARAGHCHI, PEZ, AREF, LARIJANI, GHALIBAF, BAGHERI, NAJAFI = (
    "person:abbas-araghchi", "person:masoud-pezeshkian", "person:mohammad-reza-aref", "person:ali-larijani",
    "person:mohammad-bagher-ghalibaf", "person:mohammad-bagheri", "person:ali-najafi-khoshroudi")
BERRI, MIKATI, HAMIEH, ASSAD, SABBAGH, MEKDAD = (
    "person:nabih-berri", "person:najib-mikati", "person:ali-hamieh", "person:bashar-al-assad",
    "person:bassam-al-sabbagh", "person:faisal-mekdad")
NASRALLAH, QASSEM, HSAFIEDDINE, KARAKI, HAGEALI = (
    "person:hassan-nasrallah", "person:naim-qassem", "person:hashem-safieddine", "person:ali-karaki",
    "person:mohanad-hage-ali")
TAMIM, MBAR, ALBUSAIDI, HARTHY, MBS, FAISAL, RUWAILI = (
    "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani", "person:badr-albusaidi",
    "person:khalifa-al-harthy", "person:mohammed-bin-salman", "person:faisal-bin-farhan", "person:fayyad-al-ruwaili")
# new to the tables
MOUSSAWI, SHERRI, FBTHANI, JAZINI, GHANBARI, TURKI = (
    "person:ammar-al-moussawi", "person:amin-sherri", "person:faisal-bin-thani-al-thani", "person:ibrahim-jazini",
    "person:hamid-ghanbari", "person:turki-bin-mohammed-bin-fahd")

ARTICLES = [
    ("enJF1_araqchi_beirut_damascus", "en",
     "Araqchi in Beirut, Damascus: Iran will stand by Lebanon\n"
     "TEHRAN (Tasnim) - Iranian Foreign Minister Seyed Abbas Araqchi arrived in Beirut on Friday in a show of "
     "solidarity with Lebanon, days after Operation True Promise II and despite the Zionist regime's "
     "relentless airstrikes on the capital's southern suburb.\n"
     "Upon arrival at the airport, the top Iranian diplomat was received by Lebanon's Minister of Public Works "
     "and Transport Ali Hamieh, who briefed him on the Israeli threats against the facility.\n"
     "Araqchi later held talks with Parliament Speaker Nabih Berri at his residence in Ain el-Tineh and with "
     "caretaker Prime Minister Najib Mikati at the Grand Serail. He also met a Hezbollah delegation headed by "
     "Ammar al-Moussawi, the head of the movement's Arab and international relations.\n"
     "On Saturday, the Iranian minister travelled to Damascus, where he met President Bashar Assad and held "
     "talks with his Syrian counterpart Bassam Sabbagh, who took over the foreign ministry from Faisal Mekdad "
     "last month.\n"
     "The visit came a week after the martyrdom of Hezbollah Secretary-General Seyyed Hassan Nasrallah in an "
     "Israeli airstrike on Beirut. Hezbollah has yet to name his successor.",
     [("LEADS", ARAGHCHI, IRFM, "Iranian Foreign Minister Seyed Abbas"),
      ("VISITED", ARAGHCHI, BEIRUT, "arrived in Beirut on Friday", "2024-10-04"),
      ("ATTACKED", ISR, DAHIYEH, "relentless airstrikes on the capital's southern suburb", "2024-10"),
      ("MET_WITH", ARAGHCHI, HAMIEH, "the top Iranian diplomat was received by", "2024-10-04"),
      ("MEMBER_OF", HAMIEH, LEBGOV, "Minister of Public Works"),
      ("MET_WITH", ARAGHCHI, BERRI, "held talks with Parliament Speaker", "2024-10-04"),
      ("LEADS", BERRI, LEBPARL, "Parliament Speaker Nabih Berri"),
      ("VISITED", ARAGHCHI, AINTINEH, "at his residence in Ain el-Tineh", "2024-10-04"),
      ("MET_WITH", ARAGHCHI, MIKATI, "and with caretaker Prime Minister", "2024-10-04"),
      ("LEADS", MIKATI, LEBGOV, "caretaker Prime Minister Najib Mikati"),
      ("VISITED", ARAGHCHI, SERAIL, "at the Grand Serail", "2024-10-04"),
      ("MET_WITH", ARAGHCHI, MOUSSAWI, "He also met a Hezbollah delegation headed by", "2024-10-04"),
      ("MEMBER_OF", MOUSSAWI, HEZ, "a Hezbollah delegation headed by"),
      ("VISITED", ARAGHCHI, DAMASCUS, "travelled to Damascus", "2024-10-05"),
      ("MET_WITH", ARAGHCHI, ASSAD, "where he met President Bashar Assad", "2024-10-05"),
      ("LEADS", ASSAD, SYRIA, "President Bashar Assad"),
      ("MET_WITH", ARAGHCHI, SABBAGH, "held talks with his Syrian counterpart", "2024-10-05"),
      ("LEADS", SABBAGH, SYRFM, "his Syrian counterpart Bassam Sabbagh"),
      ("SUCCESSOR_OF", SABBAGH, MEKDAD, "took over the foreign ministry from Faisal Mekdad", "2024-09"),
      ("LEADS", NASRALLAH, HEZ, "Hezbollah Secretary-General Seyyed Hassan"),
      ("ASSASSINATED_BY", NASRALLAH, ISR, "in an Israeli airstrike on Beirut", "2024-09-27"),
      ],
     {"source": "blind set (Iranian semi-official agency, English service)", "published": "2024-10-05"}),

    ("arJF2_larijani_damascus_beirut", "ar",
     "لاريجاني من بيروت: جئنا لندعم لبنان والمقاومة في كل الظروف\n"
     "بيروت – تسنيم: وصل كبير مستشاري قائد الثورة الإسلامية علي لاريجاني، صباح الجمعة، إلى بيروت قادماً من "
     "دمشق، حاملاً رسالة من سماحة القائد إلى رئيس مجلس النواب نبيه بري.\n"
     "والتقى لاريجاني الرئيس بري في مقر الرئاسة الثانية في عين التينة، بحضور عضو كتلة الوفاء للمقاومة النائب "
     "أمين شري، وجرى البحث في مسار المفاوضات الجارية لوقف العدوان الصهيوني على لبنان.\n"
     "ثم انتقل المسؤول الإيراني إلى السراي الحكومي حيث التقى رئيس حكومة تصريف الأعمال نجيب ميقاتي.\n"
     "وكان لاريجاني قد التقى في دمشق، الخميس، الرئيس السوري بشار الأسد، وبحث معه التطورات الإقليمية "
     "والعلاقات الثنائية.\n"
     "وتأتي الزيارة بعد نحو أسبوعين ونصف من انتخاب الشيخ نعيم قاسم أميناً عاماً لحزب الله خلفاً للشهيد "
     "السيد حسن نصر الله.\n"
     "ولم يُعلن عن لقاء بين لاريجاني وقيادة حزب الله، فيما قال لاريجاني للصحفيين في عين التينة إن إيران "
     "«تدعم أي قرار تتخذه الحكومة اللبنانية والمقاومة».",
     [("VISITED", LARIJANI, BEIRUT, "إلى بيروت قادماً من", "2024-11-15"),
      ("MET_WITH", LARIJANI, BERRI, "والتقى لاريجاني الرئيس بري", "2024-11-15"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه بري"),
      ("VISITED", LARIJANI, AINTINEH, "في مقر الرئاسة الثانية في عين التينة", "2024-11-15"),
      ("MET_WITH", SHERRI, LARIJANI, "بحضور عضو كتلة الوفاء للمقاومة النائب", "2024-11-15"),
      ("MET_WITH", SHERRI, BERRI, "بحضور عضو كتلة الوفاء للمقاومة النائب", "2024-11-15"),
      ("MEMBER_OF", SHERRI, LOYALTY, "عضو كتلة الوفاء للمقاومة النائب"),
      ("VISITED", LARIJANI, SERAIL, "ثم انتقل المسؤول الإيراني إلى السراي الحكومي", "2024-11-15"),
      ("MET_WITH", LARIJANI, MIKATI, "حيث التقى رئيس حكومة تصريف الأعمال", "2024-11-15"),
      ("LEADS", MIKATI, LEBGOV, "رئيس حكومة تصريف الأعمال نجيب"),
      ("VISITED", LARIJANI, DAMASCUS, "وكان لاريجاني قد التقى في دمشق", "2024-11-14"),
      ("MET_WITH", LARIJANI, ASSAD, "وكان لاريجاني قد التقى في دمشق", "2024-11-14"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار الأسد"),
      ("LEADS", QASSEM, HEZ, "انتخاب الشيخ نعيم قاسم أميناً عاماً"),
      ("SUCCESSOR_OF", QASSEM, NASRALLAH, "خلفاً للشهيد", "2024-10-29"),
      ],
     {"source": "blind set (Iranian semi-official agency, Arabic service)", "published": "2024-11-15"}),

    ("arJF3_amir_pezeshkian_lusail_talks", "ar",
     "سمو الأمير وفخامة الرئيس الإيراني يعقدان جلسة مباحثات رسمية\n"
     "الدوحة في 2 أكتوبر /قنا/ عقد حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، وفخامة "
     "الدكتور مسعود بزشكيان رئيس الجمهورية الإسلامية الإيرانية، جلسة مباحثات رسمية بقصر لوسيل مساء اليوم.\n"
     "في بداية الجلسة، رحب سمو الأمير بفخامة الرئيس الإيراني والوفد المرافق، في أول زيارة له إلى البلاد منذ "
     "توليه مهام منصبه، متمنياً للعلاقات الثنائية مزيداً من التطور والنماء.\n"
     "وجرى خلال الجلسة استعراض علاقات التعاون بين البلدين، لا سيما في مجالات الاقتصاد والتجارة والطاقة، "
     "إضافة إلى مناقشة تطورات الأوضاع في المنطقة، خاصة في قطاع غزة ولبنان.\n"
     "حضر الجلسة معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، وسعادة "
     "الشيخ فيصل بن ثاني بن فيصل آل ثاني وزير التجارة والصناعة. وحضرها من الجانب الإيراني معالي السيد "
     "عباس عراقجي وزير الخارجية.\n"
     "وكان فخامة الرئيس الإيراني قد وصل إلى الدوحة في وقت سابق اليوم، ومن المقرر أن يشارك غداً في القمة "
     "الثالثة لحوار التعاون الآسيوي.\n"
     "وأقام سمو الأمير مأدبة عشاء تكريماً لفخامته والوفد المرافق.",
     [("MET_WITH", TAMIM, PEZ, "عقد حضرة صاحب السمو الشيخ تميم", "2024-10-02"),
      ("LEADS", TAMIM, QATAR, "تميم بن حمد آل ثاني أمير البلاد"),
      ("LEADS", PEZ, IRAN, "مسعود بزشكيان رئيس الجمهورية"),
      ("VISITED", PEZ, LUSAIL, "جلسة مباحثات رسمية بقصر لوسيل", "2024-10-02"),
      ("MET_WITH", MBAR, TAMIM, "حضر الجلسة معالي الشيخ محمد", "2024-10-02"),
      ("MET_WITH", MBAR, PEZ, "حضر الجلسة معالي الشيخ محمد", "2024-10-02"),
      ("LEADS", MBAR, QGOV, "بن جاسم آل ثاني رئيس مجلس الوزراء"),
      ("MET_WITH", FBTHANI, TAMIM, "الشيخ فيصل بن ثاني بن فيصل", "2024-10-02"),
      ("MET_WITH", FBTHANI, PEZ, "الشيخ فيصل بن ثاني بن فيصل", "2024-10-02"),
      ("MET_WITH", FBTHANI, MBAR, "الشيخ فيصل بن ثاني بن فيصل", "2024-10-02"),
      ("MEMBER_OF", FBTHANI, QGOV, "آل ثاني وزير التجارة والصناعة"),
      ("MET_WITH", ARAGHCHI, TAMIM, "وحضرها من الجانب الإيراني", "2024-10-02"),
      ("MET_WITH", ARAGHCHI, PEZ, "وحضرها من الجانب الإيراني", "2024-10-02"),
      ("MET_WITH", ARAGHCHI, MBAR, "وحضرها من الجانب الإيراني", "2024-10-02"),
      ("MET_WITH", ARAGHCHI, FBTHANI, "وحضرها من الجانب الإيراني", "2024-10-02"),
      ("LEADS", ARAGHCHI, IRFM, "عباس عراقجي وزير الخارجية"),
      ("VISITED", PEZ, DOHA, "قد وصل إلى الدوحة", "2024-10-02"),
      ],
     {"source": "blind set (Qatari official news agency, Arabic)", "published": "2024-10-02"}),

    ("enJF4_hezbollah_names_kassem", "en",
     "Hezbollah names Naim Kassem leader as Israel presses its war in Lebanon\n"
     "Hezbollah on Tuesday named Sheikh Naim Kassem, its long-serving deputy, as secretary-general, more than "
     "a month after his predecessor, Hassan Nasrallah, was killed in an Israeli strike on the group's "
     "headquarters in Beirut's southern suburbs.\n"
     "The Israeli military said the Sept. 27 strike also killed Ali Karaki, the commander of Hezbollah's "
     "southern front, and Ibrahim Jazini, the head of Nasrallah's security unit.\n"
     "The obvious heir, Hashem Safieddine, the head of Hezbollah's executive council, was killed in an "
     "Israeli strike in early October; the group confirmed his death only last week.\n"
     "Kassem, 71, a cleric who has been deputy leader since 1991, has given televised speeches from an "
     "undisclosed location. \"He is a caretaker in all but name,\" said Mohanad Hage Ali of the Carnegie "
     "Middle East Center.\n"
     "His elevation comes days after Israel struck military sites in Iran on Oct. 26 in retaliation for "
     "Tehran's Oct. 1 missile barrage.\n"
     "Iranian officials have kept up a steady stream of visits to Beirut. Foreign Minister Abbas Araghchi "
     "met Nabih Berri, the parliament speaker, on Oct. 4, and Mohammad Bagher Ghalibaf, the speaker of Iran's "
     "parliament, flew in on Oct. 12 and met Berri and Prime Minister Najib Mikati.",
     [("LEADS", QASSEM, HEZ, "named Sheikh Naim Kassem"),
      ("SUCCESSOR_OF", QASSEM, NASRALLAH, "his predecessor, Hassan Nasrallah", "2024-10-29"),
      ("ASSASSINATED_BY", NASRALLAH, ISR, "was killed in an Israeli strike on the group's", "2024-09-27"),
      ("ATTACKED", ISR, DAHIYEH, "headquarters in Beirut's southern suburbs", "2024-09-27"),
      ("ASSASSINATED_BY", KARAKI, IDF, "strike also killed Ali Karaki", "2024-09-27"),
      ("MEMBER_OF", KARAKI, HEZ, "the commander of Hezbollah's"),
      ("ASSASSINATED_BY", JAZINI, IDF, "and Ibrahim Jazini", "2024-09-27"),
      ("LEADS", HSAFIEDDINE, HEZEXEC, "the head of Hezbollah's executive council"),
      ("ASSASSINATED_BY", HSAFIEDDINE, ISR, "was killed in an Israeli strike in early October", "2024-10"),
      ("MEMBER_OF", HAGEALI, CARNEGIE, "said Mohanad Hage Ali of the Carnegie"),
      ("ATTACKED", ISR, IRAN, "Israel struck military sites in Iran", "2024-10-26"),
      ("LEADS", ARAGHCHI, IRFM, "Foreign Minister Abbas Araghchi"),
      ("MET_WITH", ARAGHCHI, BERRI, "met Nabih Berri, the parliament speaker", "2024-10-04"),
      ("LEADS", BERRI, LEBPARL, "Nabih Berri, the parliament speaker"),
      ("LEADS", GHALIBAF, IRPARL, "the speaker of Iran's"),
      ("VISITED", GHALIBAF, BEIRUT, "flew in on Oct", "2024-10-12"),
      ("MET_WITH", GHALIBAF, BERRI, "and met Berri and Prime Minister", "2024-10-12"),
      ("MET_WITH", GHALIBAF, MIKATI, "and met Berri and Prime Minister", "2024-10-12"),
      ("LEADS", MIKATI, LEBGOV, "Prime Minister Najib Mikati"),
      ],
     {"source": "blind set (Western English daily, English)", "published": "2024-10-30"}),

    ("enJF5_albusaidi_araghchi_muscat", "en",
     "Sayyid Badr holds official talks with Iranian Foreign Minister\n"
     "Muscat, Oct 14 (ONA) - Sayyid Badr bin Hamad Albusaidi, Minister of Foreign Affairs, today received at "
     "the Ministry's General Office Abbas Araghchi, Foreign Minister of the Islamic Republic of Iran, who is "
     "currently on a visit to the Sultanate of Oman.\n"
     "The two sides held official talks in which they reviewed the bilateral relations and ways of enhancing "
     "them in various fields, and exchanged views on the dangerous escalation in the region. They stressed "
     "the need to stop the aggression on Gaza and Lebanon and to spare the region the consequences of a wider "
     "war.\n"
     "The session was attended by Sheikh Khalifa bin Ali Al Harthy, Undersecretary of the Ministry of Foreign "
     "Affairs for Political Affairs, and, from the Iranian side, by Hamid Ghanbari, Deputy Foreign Minister "
     "for Economic Diplomacy.\n"
     "Separately, Sayyid Badr received a phone call from Ayman Safadi, Deputy Prime Minister and Minister of "
     "Foreign Affairs of Jordan, in which they discussed regional developments.\n"
     "The Iranian Foreign Minister is expected to continue his regional tour after Muscat.",
     [("MET_WITH", ALBUSAIDI, ARAGHCHI, "today received at", "2024-10-14"),
      ("LEADS", ALBUSAIDI, OMFM, "Sayyid Badr bin Hamad Albusaidi, Minister of Foreign Affairs"),
      ("LEADS", ARAGHCHI, IRFM, "Abbas Araghchi, Foreign Minister of the Islamic Republic"),
      ("VISITED", ARAGHCHI, OMAN, "currently on a visit to the Sultanate of Oman", "2024-10-14"),
      ("MET_WITH", HARTHY, ALBUSAIDI, "The session was attended by Sheikh Khalifa", "2024-10-14"),
      ("MET_WITH", HARTHY, ARAGHCHI, "The session was attended by Sheikh Khalifa", "2024-10-14"),
      ("MEMBER_OF", HARTHY, OMFM, "Undersecretary of the Ministry of Foreign"),
      ("MET_WITH", GHANBARI, ALBUSAIDI, "by Hamid Ghanbari", "2024-10-14"),
      ("MET_WITH", GHANBARI, ARAGHCHI, "by Hamid Ghanbari", "2024-10-14"),
      ("MET_WITH", GHANBARI, HARTHY, "by Hamid Ghanbari", "2024-10-14"),
      ("MEMBER_OF", GHANBARI, IRFM, "Deputy Foreign Minister"),
      ],
     {"source": "blind set (Omani official news agency, English)", "published": "2024-10-14"}),

    ("arJF6_saudi_chief_of_staff_tehran", "ar",
     "رئيس الأركان السعودي في طهران.. واللواء باقري: نتطلع إلى تعاون دفاعي أوسع\n"
     "طهران – مهر: التقى رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اللواء محمد باقري، اليوم الأحد، "
     "رئيسَ هيئة الأركان العامة للقوات المسلحة السعودية الفريق الأول الركن فياض بن حامد الرويلي، الذي يزور "
     "طهران في أرفع زيارة عسكرية سعودية منذ سنوات طويلة.\n"
     "وبحث الجانبان تطوير الدبلوماسية الدفاعية وتوسيع التعاون الثنائي.\n"
     "وتأتي الزيارة عشية توجه النائب الأول للرئيس الإيراني محمد رضا عارف إلى الرياض للمشاركة في القمة "
     "العربية الإسلامية غير العادية، بدلاً من الرئيس مسعود بزشكيان.\n"
     "وكان وزير الخارجية عباس عراقتشي قد زار الرياض في التاسع من تشرين الأول/أكتوبر، حيث استقبله ولي العهد "
     "رئيس مجلس الوزراء السعودي الأمير محمد بن سلمان، بحضور وزير الخارجية الأمير فيصل بن فرحان ووزير الدولة "
     "عضو مجلس الوزراء الأمير تركي بن محمد بن فهد.\n"
     "وكان ولي العهد السعودي قد تلقى اتصالاً هاتفياً من الرئيس بزشكيان بحثا فيه التصعيد في المنطقة.\n"
     "يُذكر أن طهران والرياض استأنفتا علاقاتهما الدبلوماسية في آذار/مارس 2023.",
     [("MET_WITH", BAGHERI, RUWAILI, "التقى رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية", "2024-11-10"),
      ("LEADS", BAGHERI, STAFF, "للقوات المسلحة الإيرانية اللواء محمد"),
      ("LEADS", RUWAILI, SAUDISTAFF, "للقوات المسلحة السعودية الفريق الأول"),
      ("VISITED", RUWAILI, TEHRAN, "الذي يزور", "2024-11-10"),
      ("MEMBER_OF", AREF, IRGOV, "النائب الأول للرئيس الإيراني محمد"),
      ("LEADS", PEZ, IRAN, "بدلاً من الرئيس مسعود"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية عباس عراقتشي"),
      ("VISITED", ARAGHCHI, RIYADH, "قد زار الرياض", "2024-10-09"),
      ("MET_WITH", MBS, ARAGHCHI, "حيث استقبله ولي العهد", "2024-10-09"),
      ("LEADS", MBS, SAUDIGOV, "رئيس مجلس الوزراء السعودي الأمير"),
      ("MET_WITH", FAISAL, MBS, "بحضور وزير الخارجية الأمير فيصل", "2024-10-09"),
      ("MET_WITH", FAISAL, ARAGHCHI, "بحضور وزير الخارجية الأمير فيصل", "2024-10-09"),
      ("LEADS", FAISAL, SAUDIFM, "وزير الخارجية الأمير فيصل بن فرحان"),
      ("MET_WITH", TURKI, MBS, "الأمير تركي بن محمد بن فهد", "2024-10-09"),
      ("MET_WITH", TURKI, ARAGHCHI, "الأمير تركي بن محمد بن فهد", "2024-10-09"),
      ("MET_WITH", TURKI, FAISAL, "الأمير تركي بن محمد بن فهد", "2024-10-09"),
      ("MEMBER_OF", TURKI, SAUDIGOV, "عضو مجلس الوزراء الأمير تركي"),
      ],
     {"source": "blind set (Iranian semi-official agency, Arabic service)", "published": "2024-11-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJF")
