"""Blind set TJ: Syria from the fall of Bashar al-Assad to mid-2025 (second folder of TI-TJ): Ahmed al-Sharaa's
first trip abroad as transitional president, to Riyadh (February 2025), his talks with Erdogan in Ankara,
Najib Mikati received in Damascus (January 2025), Macron receiving al-Sharaa at the Elysee (May 2025) after
Barrot's and Baerbock's January visit, Trump's meeting with al-Sharaa in Riyadh hosted by Mohammed bin Salman
(May 2025), and the killings during the coastal violence (March 2025), as a Qatari TV channel's website writes
it in Arabic (Al Jazeera-like: "الرياض – الجزيرة نت"), an Abu Dhabi daily in English (The National-like: "Mr
Erdogan", "Al Shara"), a London-based Saudi daily in Arabic (Asharq Al-Awsat-like: "باريس: «الشرق الأوسط»"),
a French wire in English (AFP-like: "RIYADH (AFP) -"), the new Syrian state agency in Arabic (SANA-like:
"دمشق-سانا") and a British wire in English (Reuters-like: "DAMASCUS, March 10 (Reuters) -").
Pieces: Mohammed bin Salman receives al-Sharaa with Faisal bin Farhan and al-Shaibani attending (Arabic, TJ1);
Erdogan and al-Sharaa meet in Ankara, Fidan, Kalin and al-Shaibani join (English, TJ2); Sharaa receives Mikati
with al-Shaibani present (Arabic, TJ3); Macron receives al-Sharaa with al-Shaibani attending; Barrot and
Baerbock had met al-Sharaa in Damascus (Arabic, TJ4); Trump meets al-Sharaa in a meeting hosted by Mohammed bin
Salman; Trump received by Tamim in Doha (English, TJ5); an officer of General Security killed, claimed by the
Coastal Shield Brigade; Sharaa receives Yasser al-Farhan; Ali Nasser shot dead (no agent) (English, TJ6).
Excluded on purpose (no relation): the expected trip to Ankara to meet Erdogan, the unnamed officials at the
airport (TJ1); Bahceli, whom al-Sharaa was not expected to meet, the December phone call (TJ2); Joseph Aoun's
phone call and invitation (TJ3); the denied meeting with Bayrou (TJ4); Erdogan, who took part by phone;
Rubio's planned meeting with al-Shaibani in Antalya (TJ5); the unnamed dead, the gunmen nobody could
identify, Ali Nasser killed by unknown men, the activists' accusation (TJ6).
Judgement calls: "استقبل ... وحضر الجلسة" two ministers: each paired with both principals and with each other
(TJ1, as SR6); "joined the second part of the talks": the five in one meeting, each pair (TJ2); "بحضور" one
attendee: paired with both principals (TJ3); "وحضر المباحثات" the foreign minister: paired with both presidents
(TJ4); Barrot and Baerbock who "met al-Sharaa" together: a meeting of the three (TJ4); "hosted by" the crown
prince: the host paired with both leaders (TJ5); "الرئيس السوري" LEADS Syria; "claimed the killing" names the
agent (the claiming group, as SQ6's confession) (TJ6); "received ... spokesman" is a meeting (TJ6).
Filled in for the exercise: the attendees of the Riyadh session, the wording of the statement (TJ1); the
length of the talks, the attendees, the remark on Bahceli (TJ2); the route, Aoun's call (TJ3); the attendees,
the denial about Bayrou (TJ4); the wording of the remark on Rubio's meeting (TJ5); Hussam Darwish, the claim,
Ali Nasser and the activists, the reception of Farhan (TJ6).
Spellings: «الأمير محمد بن سلمان»، «الأمير فيصل بن فرحان» (TJ1); "Ahmad Al Shara", "Asaad Al Shaibani",
"Ibrahim Kalin" (TJ2); «نجيب ميقاتي»، «أسعد حسن الشيباني» (TJ3); «إيمانويل ماكرون»، «جان نويل بارو»،
«أنالينا بيربوك» (TJ4); "Ahmed al-Sharaa", "Mohammed bin Salman", "Sheikh Tamim" (TJ5); "Miqdad Fteiha",
"Yasser al-Farhan" (TJ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_tj import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, TURKEY, QATAR, SAUDI, FRANCE, US, LEBANON = (
    "country:syria", "country:turkey", "country:qatar", "country:saudi-arabia", "country:france",
    "country:united-states", "country:lebanon")
DAMASCUS, RIYADH, ANKARA, PARIS, DOHA = (
    "location:damascus", "location:riyadh", "location:ankara", "location:paris", "location:doha")
GENSEC, SHIELD, COMMITTEE, MIT = (
    "organization:syrian-general-security", "organization:coastal-shield-brigade",
    "organization:syrian-national-inquiry-committee-coast", "organization:turkish-national-intelligence-organization")
SHARAA, SHAIBANI, DARWISH, FTEIHA, FARHAN = (
    "person:ahmed-al-sharaa", "person:asaad-al-shaibani", "person:hussam-darwish-tj", "person:miqdad-fteiha",
    "person:yasser-al-farhan")
MBS, FAISAL, ERDOGAN, FIDAN, KALIN, MIKATI, MACRON, BARROT, BAERBOCK, TRUMP, TAMIM = (
    "person:mohammed-bin-salman", "person:faisal-bin-farhan", "person:recep-tayyip-erdogan",
    "person:hakan-fidan", "person:ibrahim-kalin", "person:najib-mikati", "person:emmanuel-macron",
    "person:jean-noel-barrot", "person:annalena-baerbock", "person:donald-trump",
    "person:tamim-bin-hamad-al-thani")

JAZEERA = "blind set (Qatari TV channel's website, Arabic, Al Jazeera-like)"
NATIONAL = "blind set (Abu Dhabi daily, English, The National-like)"
ASHARQ = "blind set (London-based Saudi daily, Arabic, Asharq Al-Awsat-like)"
AFP = "blind set (French news wire, English, AFP-like)"
SANA = "blind set (Syrian state news agency after December 2024, Arabic, SANA-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"

ARTICLES = [
    ("arTJ1_sharaa_riyadh_jazeera", "ar",
     "الشرع في الرياض في أول زيارة خارجية منذ توليه الرئاسة\n"
     "الرياض – الجزيرة نت\n"
     "استقبل ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان، اليوم الأحد، في قصر اليمامة "
     "بالرياض، الرئيس السوري في المرحلة الانتقالية أحمد الشرع، في أول زيارة خارجية يجريها منذ تسميته "
     "رئيساً للبلاد الأسبوع الماضي.\n"
     "وذكرت وكالة الأنباء السعودية (واس) أن الجانبين عقدا جلسة مباحثات رسمية استعرضت العلاقات بين البلدين "
     "ومستجدات الأوضاع في سوريا، وسبل دعم أمنها واستقرارها. وحضر الجلسة وزير الخارجية الأمير فيصل بن فرحان، "
     "ووزير الخارجية السوري أسعد الشيباني.\n"
     "ووصل الشرع إلى الرياض مساء السبت على متن طائرة سعودية، وكان في استقباله بمطار الملك خالد الدولي عدد "
     "من المسؤولين السعوديين.\n"
     "وقال الشرع في بيان نشرته الرئاسة السورية إنه لمس \"رغبة حقيقية\" لدى المملكة في دعم سوريا في بناء "
     "مستقبلها، مضيفاً أن المباحثات تناولت ملفات الطاقة والاستثمار والإغاثة.\n"
     "ومن المتوقع أن يتوجه الشرع بعد الرياض إلى أنقرة للقاء الرئيس التركي رجب طيب أردوغان، بحسب مصادر "
     "تركية لم تحدد موعد الزيارة.",
     met_group({MBS: "الأمير محمد بن سلمان، اليوم", SHARAA: "المرحلة الانتقالية أحمد الشرع، في أول",
                FAISAL: "وزير الخارجية الأمير فيصل بن فرحان", SHAIBANI: "ووزير الخارجية السوري أسعد"},
               "2025-02-02")
     + [("LEADS", MBS, SAUDI, "رئيس مجلس الوزراء الأمير محمد"),
        ("LEADS", SHARAA, SYRIA, "الرئيس السوري في المرحلة الانتقالية"),
        ("VISITED", SHARAA, RIYADH, "ووصل الشرع إلى الرياض", "2025-02-01"),
        ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب"),
        ],
     {"source": JAZEERA, "published": "2025-02-02"}),

    ("enTJ2_sharaa_ankara_national", "en",
     "Erdogan hosts Syria's Al Shara in Ankara and pledges help against ISIS\n"
     "Ahmad Al Shara, Syria's interim President, held talks with Turkish President Recep Tayyip Erdogan in "
     "Ankara on Tuesday, on his second trip abroad since taking office and two days after visiting Saudi "
     "Arabia.\n"
     "Mr Erdogan received his guest with an official ceremony at the presidential complex, before the two men "
     "met behind closed doors for more than three hours, Turkish officials said. Foreign Minister Hakan Fidan "
     "and intelligence chief Ibrahim Kalin joined the second part of the talks, along with Syria's Foreign "
     "Minister Asaad Al Shaibani.\n"
     "At a joint news conference, Mr Erdogan said Turkey was ready to help Syria fight ISIS and the Kurdish "
     "militants of the PKK, and to support reconstruction. Mr Al Shara said he had invited Mr Erdogan to visit "
     "Syria \"soon\".\n"
     "The two leaders first spoke by phone in December, weeks after the fall of Bashar Al Assad. Mr Al Shara "
     "was not expected to meet Devlet Bahceli, the nationalist ally of Mr Erdogan, during the visit, a Turkish "
     "official said.",
     met_group({SHARAA: "Ahmad Al Shara, Syria's interim President", ERDOGAN: "Turkish President Recep Tayyip",
                FIDAN: "Foreign Minister Hakan Fidan", KALIN: "intelligence chief Ibrahim Kalin",
                SHAIBANI: "Minister Asaad Al Shaibani"}, "2025-02-04")
     + [("LEADS", SHARAA, SYRIA, "Syria's interim President"),
        ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep"),
        ("VISITED", SHARAA, ANKARA, "Ankara on Tuesday, on his second trip", "2025-02-04"),
        ("LEADS", KALIN, MIT, "intelligence chief Ibrahim"),
        ],
     {"source": NATIONAL, "published": "2025-02-04"}),

    ("arTJ3_mikati_damascus_sana", "ar",
     "الشرع يستقبل رئيس الحكومة اللبنانية نجيب ميقاتي في دمشق\n"
     "دمشق-سانا\n"
     "استقبل قائد الإدارة السورية الجديدة أحمد الشرع اليوم في قصر الشعب بدمشق رئيس حكومة تصريف الأعمال "
     "اللبنانية نجيب ميقاتي والوفد المرافق له، بحضور وزير الخارجية والمغتربين أسعد حسن الشيباني.\n"
     "وتناول اللقاء العلاقات الثنائية بين البلدين، وضبط الحدود ومكافحة التهريب، وملف المودعين السوريين في "
     "المصارف اللبنانية، إضافة إلى عودة اللاجئين.\n"
     "وأكد الشرع أن سوريا لن تمارس بعد اليوم أي تدخل سلبي في لبنان، وأنها ستقف على مسافة واحدة من جميع "
     "اللبنانيين، فيما أعرب ميقاتي عن أمله في فتح صفحة جديدة بين البلدين.\n"
     "ووصل ميقاتي إلى دمشق صباح اليوم براً عبر معبر جديدة يابوس، في أول زيارة لرئيس حكومة لبناني إلى سوريا "
     "منذ نحو خمسة عشر عاماً.\n"
     "وكان الشرع قد تلقى اتصالاً هاتفياً من الرئيس اللبناني المنتخب جوزيف عون هنأه فيه بانتخابه ودعاه إلى "
     "زيارة بيروت.",
     met_group({SHARAA: "قائد الإدارة السورية الجديدة أحمد الشرع", MIKATI: "اللبنانية نجيب ميقاتي والوفد",
                SHAIBANI: "بحضور وزير الخارجية والمغتربين"}, "2025-01-11")
     + [("LEADS", SHARAA, SYRIA, "استقبل قائد الإدارة السورية الجديدة"),
        ("LEADS", MIKATI, LEBANON, "رئيس حكومة تصريف الأعمال اللبنانية"),
        ("VISITED", MIKATI, DAMASCUS, "ووصل ميقاتي إلى دمشق", "2025-01-11"),
        ],
     {"source": SANA, "published": "2025-01-11"}),
]

ARTICLES += [
    ("arTJ4_sharaa_elysee_asharq", "ar",
     "ماكرون يستقبل الشرع في الإليزيه ويلوّح بتخفيف العقوبات الأوروبية\n"
     "باريس: «الشرق الأوسط»\n"
     "استقبل الرئيس الفرنسي إيمانويل ماكرون، مساء الأربعاء في قصر الإليزيه، الرئيس السوري أحمد الشرع، في "
     "أول زيارة يقوم بها الأخير إلى دولة أوروبية منذ توليه السلطة. وحضر المباحثات وزير الخارجية السوري "
     "أسعد الشيباني.\n"
     "وقال ماكرون في مؤتمر صحافي مشترك إن باريس ستدعو إلى رفع تدريجي للعقوبات الأوروبية إذا واصلت السلطات "
     "السورية الجديدة مسارها، وحضّ الشرع على حماية جميع مكونات الشعب السوري ومحاسبة مرتكبي أعمال العنف في "
     "الساحل.\n"
     "وكان وزير الخارجية الفرنسي جان نويل بارو قد زار دمشق في الثالث من يناير (كانون الثاني) برفقة نظيرته "
     "الألمانية أنالينا بيربوك، والتقيا الشرع في قصر الشعب، في زيارة أثارت جدلاً بعد امتناعه عن مصافحة "
     "الوزيرة الألمانية.\n"
     "ونفت مصادر في الإليزيه ما أوردته وسائل إعلام فرنسية عن لقاء جمع الشرع برئيس الحكومة فرنسوا بايرو، "
     "مؤكدة أن برنامج الزيارة اقتصر على القصر الرئاسي.",
     [("MET_WITH", MACRON, SHARAA, "الرئيس السوري أحمد الشرع، في", "2025-05-07"),
      ("MET_WITH", SHAIBANI, MACRON, "وحضر المباحثات وزير الخارجية", "2025-05-07"),
      ("MET_WITH", SHAIBANI, SHARAA, "السوري أسعد الشيباني.", "2025-05-07"),
      ("LEADS", MACRON, FRANCE, "الرئيس الفرنسي إيمانويل"),
      ("LEADS", SHARAA, SYRIA, "الرئيس السوري أحمد الشرع، في"),
      ("VISITED", SHARAA, PARIS, "أول زيارة يقوم بها الأخير إلى دولة أوروبية"),
      ("VISITED", BARROT, DAMASCUS, "جان نويل بارو قد زار دمشق", "2025-01-03"),
      ("VISITED", BAERBOCK, DAMASCUS, "برفقة نظيرته", "2025-01-03"),
      ]
     + met_group({BARROT: "جان نويل بارو قد زار", BAERBOCK: "الألمانية أنالينا بيربوك",
                  SHARAA: "والتقيا الشرع في قصر الشعب"}, "2025-01-03"),
     {"source": ASHARQ, "published": "2025-05-08"}),

    ("enTJ5_trump_sharaa_riyadh_afp", "en",
     "Trump meets Syria's Sharaa in Riyadh, urges him to join Abraham Accords\n"
     "RIYADH (AFP) - US President Donald Trump met Syria's interim leader Ahmed al-Sharaa in Riyadh on "
     "Wednesday, the first encounter between the leaders of the two countries in 25 years, a day after "
     "announcing he would lift sanctions on Damascus.\n"
     "The meeting, which lasted just over half an hour, was hosted by Saudi Crown Prince Mohammed bin Salman, "
     "the White House said, while Turkish President Recep Tayyip Erdogan took part by phone.\n"
     "Trump, who arrived in Riyadh on Tuesday on the first leg of a Gulf tour, told reporters aboard Air Force "
     "One that Sharaa was a \"young, attractive guy. Tough guy. Strong past.\"\n"
     "Secretary of State Marco Rubio was to meet his Syrian counterpart Asaad al-Shaibani on Thursday on the "
     "sidelines of a NATO meeting in Antalya, a State Department official said.\n"
     "Trump flew on to Doha later on Wednesday, where he was received at the airport by the emir, Sheikh Tamim "
     "bin Hamad Al Thani.",
     [("MET_WITH", TRUMP, SHARAA, "US President Donald Trump met", "2025-05-14"),
      ("MET_WITH", MBS, TRUMP, "was hosted by Saudi Crown Prince", "2025-05-14"),
      ("MET_WITH", MBS, SHARAA, "Crown Prince Mohammed bin Salman, the White", "2025-05-14"),
      ("LEADS", TRUMP, US, "US President Donald"),
      ("LEADS", SHARAA, SYRIA, "Syria's interim leader"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan took"),
      ("VISITED", TRUMP, RIYADH, "who arrived in Riyadh on Tuesday", "2025-05-13"),
      ("VISITED", TRUMP, DOHA, "Trump flew on to Doha", "2025-05-14"),
      ("MET_WITH", TAMIM, TRUMP, "where he was received at the airport", "2025-05-14"),
      ("LEADS", TAMIM, QATAR, "the emir, Sheikh Tamim"),
      ],
     {"source": AFP, "published": "2025-05-14"}),

    ("enTJ6_coastal_killings_reuters", "en",
     "Syria's Sharaa vows to punish coastal killings as inquiry starts work\n"
     "DAMASCUS, March 10 (Reuters) - Syrian President Ahmed al-Sharaa vowed on Monday to hold accountable "
     "anyone involved in the killing of civilians, after a monitoring group said more than 1,000 people, most "
     "of them Alawites, had been killed in four days of violence in the coastal provinces of Latakia and "
     "Tartus.\n"
     "The violence erupted on Thursday when gunmen loyal to the former government ambushed security forces "
     "near Jableh. The Coastal Shield Brigade, led by former Republican Guard officer Miqdad Fteiha, claimed "
     "the killing of Hussam Darwish, a General Security officer, in the ambush.\n"
     "Residents of Baniyas told Reuters by phone that armed men had gone from house to house shooting men of "
     "military age. Reuters could not establish who the gunmen were.\n"
     "Among the dead in Baniyas was Ali Nasser, a former military judge, who was shot dead outside his home on "
     "Friday, his son said. Alawite activists blamed factions allied with the government, which denied it.\n"
     "Sharaa received the spokesman of the national committee formed to investigate the coastal events, "
     "Yasser al-Farhan, at the presidential palace on Monday, the presidency said.",
     [("LEADS", SHARAA, SYRIA, "Syrian President Ahmed al-Sharaa vowed"),
      ("LEADS", FTEIHA, SHIELD, "led by former Republican Guard officer"),
      ("ASSASSINATED_BY", DARWISH, SHIELD, "claimed the killing of Hussam", "2025-03-06"),
      ("MEMBER_OF", DARWISH, GENSEC, "a General Security officer"),
      ("MET_WITH", SHARAA, FARHAN, "Sharaa received the spokesman", "2025-03-10"),
      ("MEMBER_OF", FARHAN, COMMITTEE, "the spokesman of the national committee"),
      ],
     {"source": REUTERS, "published": "2025-03-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTJ")
