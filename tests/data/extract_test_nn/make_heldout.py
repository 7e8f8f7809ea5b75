"""Blind set NN: Iran in 2025 (second folder of NM-NN): Masoud Pezeshkian's visit to Yerevan (August 2025)
after the White House meeting of Trump, Aliyev and Pashinyan; the Israeli strike that killed the IRGC
intelligence chief Mohammad Kazemi and his deputy (15 June 2025) and Majid Khademi's appointment; Pezeshkian
in Lahore and Islamabad (August 2025); Ali Larijani, Ahmadian's successor at the Supreme National Security
Council, in Baghdad and Beirut (August 2025); Abbas Araghchi's wartime diplomacy in Geneva with the E3 and
the EU, in Istanbul and in Moscow (June 2025); the Cairo agreement of Araghchi and Rafael Grossi hosted by
Egypt (September 2025), as Armenia's state agency writes it in English (Armenpress-like: "YEREVAN, AUGUST
19, ARMENPRESS.", "held a private conversation", "expanded-format meeting"), a London-based Persian
broadcaster's Arabic site (Iran International-like: "إيران إنترناشيونال", "اعترف", "قادة الحرس"),
Pakistan's state agency in English (APP-like: "ISLAMABAD, Aug 3 (APP):", "called on", "Field Marshal"),
a Lebanese news site in Arabic (an-Nashra-like: "النشرة", "عين التينة", "السراي الحكومي"), a Swiss
agency's English service (Keystone-SDA/swissinfo-like: "GENEVA (Keystone-SDA) –", "FDFA") and an Egyptian
state-linked TV site in Arabic (Al Qahera News-like: "القاهرة الإخبارية", "وزير الخارجية والهجرة وشؤون
المصريين بالخارج").
Pieces: Pashinyan and Pezeshkian talk in Yerevan, Khachaturyan receives him, Mirzoyan meets Araghchi, the
White House meeting of Trump, Aliyev and Pashinyan (English, NN1); the IRGC admits Kazemi, Mohaqeq and
Mohsen Bagheri killed, Pakpour names Khademi in Kazemi's place (Arabic, NN2); Shehbaz Sharif receives
Pezeshkian with Ishaq Dar and Asim Munir present, Pezeshkian calls on Zardari, Maryam Nawaz receives him
in Lahore (English, NN3); Aoun receives Larijani with the Iranian ambassador present, Larijani meets Berri,
Salam and Qassem, and in Baghdad al-Sudani and al-Araji; Larijani after Ahmadian (Arabic, NN4); Araghchi
meets Barrot, Wadephul, Lammy and Kallas in Geneva, Erdogan in Istanbul and Putin in Moscow (English, NN5);
Abdelatty hosts Araghchi and Grossi, al-Sisi receives them (Arabic, NN6).
Excluded on purpose (no relation): Lukashenko, whom Pezeshkian "is scheduled" to meet (NN1); Qaani,
whose killing was reported and denied, the sixth round of Araghchi-Witkoff talks that was cancelled,
Katz's threat (NN2); Shehbaz's June phone call with Pezeshkian (NN3); Nasrallah, whose tomb Larijani
visited (NN4); Witkoff, who spoke with Araghchi by phone and did not attend, the Swiss, who were not
involved, the US strikes on Fordow, Natanz and Isfahan (no one named killed) (NN5); Abdelatty's phone call
with Witkoff, Grossi's planned report to the Board in Vienna, Ghalibaf's law (NN6).
Judgement calls: "held a private conversation ... followed by an expanded-format meeting" is a meeting
of the two leaders; the foreign ministers "on the sidelines" meet (NN1); "أقرّ الحرس بمقتل ... في غارة
إسرائيلية" gives each named victim -> country:israel (NN2); in a meeting "in the presence of" / "were also
present", the attendees are paired with the other side, not with their own (NN3, NN4, NN6, as NC2/NG2);
"called on" is a meeting (NN3); "received by" a chief minister on arrival is a meeting (NN3); signing a
memorandum with al-Araji is a meeting (NN4); "يشغل منصبه ... خلفاً لـ" is a succession (NN4); "held talks
... with his French, German and British counterparts ... and the EU's foreign policy chief" is a meeting
of the five (NN5); "شهد ... توقيع" Abdelatty hosting the signing of Araghchi and Grossi after a
trilateral meeting is a meeting of the three (NN6).
Filled in for the exercise: Araghchi in Yerevan and his meeting with Mirzoyan (NN1); the third officer's
rank, the Israeli claim about Qaani (NN2); the number of memoranda, Maryam Nawaz at the airport, the June
phone call (NN3); the ambassador's presence, Qassem's meeting as reported by al-Manar (NN4); the hotel,
the length of the Geneva talks, the day of the Erdogan meeting (NN5); al-Sisi's reception, the phone call
with Witkoff (NN6).
Spellings: "Masoud Pezeshkian", "Abbas Araghchi" (NN1); "محمد كاظمي", "محمد پاکپور", "اسماعيل قاآني"
(NN2); "Dr Masoud Pezeshkian", "Muhammad Shehbaz Sharif", "Syed Asim Munir" (NN3); "علي لاريجاني", "علي
أكبر أحمديان", "الرئيس جوزاف عون" (NN4); "Jean-Noël Barrot", "Seyed Abbas Araghchi" (NN5); "رافائيل
جروسي", "غروسي", "عباس عراقجي" (NN6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_nn import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, US, ARMENIA, AZERBAIJAN, BELARUS, PAKISTAN, LEBANON, IRAQ, EGYPT, TURKEY, RUSSIA = (
    "country:iran", "country:israel", "country:united-states", "country:armenia", "country:azerbaijan",
    "country:belarus", "country:pakistan", "country:lebanon", "country:iraq", "country:egypt", "country:turkey",
    "country:russia")
YEREVAN, WASHINGTON, ISLAMABAD, LAHORE, BEIRUT, BAGHDAD, GENEVA, ISTANBUL, MOSCOW, CAIRO = (
    "location:yerevan", "location:washington", "location:islamabad", "location:lahore", "location:beirut",
    "location:baghdad", "location:geneva", "location:istanbul", "location:moscow", "location:cairo")
IRGC, IRGCINTEL, IRGCPROT, QUDS, IRFM, SNSC, MAJLIS, IAEA = (
    "organization:irgc", "organization:irgc-intelligence-organization",
    "organization:irgc-intelligence-protection-organization", "organization:quds-force",
    "organization:iranian-foreign-ministry", "organization:supreme-national-security-council",
    "organization:iranian-parliament", "organization:iaea")
ARMFM, PAKFM, PAKARMY, PUNJAB, LEBPARL, LEBGOV, HEZBOLLAH, IRQGOV, IRQNSA, EGYFM = (
    "organization:armenian-foreign-ministry", "organization:pakistani-foreign-ministry",
    "organization:pakistan-army", "organization:punjab-government", "organization:lebanese-parliament",
    "organization:lebanese-government", "organization:hezbollah", "organization:iraqi-government",
    "organization:iraqi-national-security-adviser", "organization:egyptian-foreign-ministry")
FRFM, GERFM, UKFM, EU, ISRMOD = (
    "organization:french-foreign-ministry", "organization:german-foreign-ministry",
    "organization:british-foreign-office", "organization:european-union", "organization:israeli-defense-ministry")
PEZESHKIAN, ARAGHCHI, KAZEMI, MOHAQEQ, MBAGHERI, KHADEMI, PAKPOUR, QAANI = (
    "person:masoud-pezeshkian", "person:abbas-araghchi", "person:mohammad-kazemi", "person:hassan-mohaqeq",
    "person:mohsen-bagheri", "person:majid-khademi", "person:mohammad-pakpour", "person:esmail-qaani")
LARIJANI, AHMADIAN, AMANI, GHALIBAF = ("person:ali-larijani", "person:ali-akbar-ahmadian",
                                       "person:mojtaba-amani", "person:mohammad-bagher-ghalibaf")
WITKOFF, TRUMP, KATZ, GROSSI = ("person:steve-witkoff", "person:donald-trump", "person:israel-katz",
                                "person:rafael-grossi")
PASHINYAN, KHACHATURYAN, MIRZOYAN, ALIYEV, LUKASHENKO = (
    "person:nikol-pashinyan", "person:vahagn-khachaturyan", "person:ararat-mirzoyan", "person:ilham-aliyev",
    "person:alexander-lukashenko")
SHEHBAZ, DAR, MUNIR, ZARDARI, MARYAM = ("person:shehbaz-sharif", "person:ishaq-dar", "person:asim-munir",
                                        "person:asif-ali-zardari", "person:maryam-nawaz")
AOUN, BERRI, SALAM, QASSEM, NASRALLAH, SUDANI, ARAJI = (
    "person:joseph-aoun", "person:nabih-berri", "person:nawaf-salam", "person:naim-qassem",
    "person:hassan-nasrallah", "person:mohammed-shia-al-sudani", "person:qassim-al-araji")
BARROT, WADEPHUL, LAMMY, KALLAS, ERDOGAN, PUTIN, ABDELATTY, SISI = (
    "person:jean-noel-barrot", "person:johann-wadephul", "person:david-lammy", "person:kaja-kallas",
    "person:recep-tayyip-erdogan", "person:vladimir-putin", "person:badr-abdelatty", "person:abdel-fattah-el-sisi")

ARMENPRESS = "blind set (Armenian state news agency, English, Armenpress-like)"
IINTL = "blind set (London-based Persian broadcaster's Arabic site, Iran International-like)"
APP = "blind set (Pakistan's state news agency, English, APP-like)"
NASHRA = "blind set (Lebanese news site, Arabic, an-Nashra-like)"
SDA = "blind set (Swiss news agency's English service, Keystone-SDA/swissinfo-like)"
QAHERA = "blind set (Egyptian TV news site, Arabic, Al Qahera News-like)"

ARTICLES = [
    ("enNN1_pashinyan_pezeshkian_yerevan_armenpress", "en",
     "Pashinyan, Pezeshkian discuss regional communications in Yerevan\n"
     "YEREVAN, AUGUST 19, ARMENPRESS. Prime Minister of Armenia Nikol Pashinyan and President of the Islamic "
     "Republic of Iran Masoud Pezeshkian held a private conversation at the Government of Armenia, followed by "
     "an expanded-format meeting with the participation of the two delegations.\n"
     "The Iranian President, who arrived in Yerevan on an official visit on August 18, was also received by "
     "President of Armenia Vahagn Khachaturyan at the Presidential Palace.\n"
     "Foreign Minister Ararat Mirzoyan met with his Iranian counterpart Abbas Araghchi on the sidelines of the "
     "visit.\n"
     "Pezeshkian said Tehran's concerns over the transit route through Syunik, agreed by Pashinyan and "
     "President of Azerbaijan Ilham Aliyev at a trilateral meeting with US President Donald Trump at the White "
     "House on August 8, had been addressed during the talks. \"Armenia's sovereignty over its territory is a "
     "red line for us,\" he said.\n"
     "From Yerevan, the Iranian leader is scheduled to travel to Minsk for talks with Belarusian President "
     "Alexander Lukashenko.",
     [("MET_WITH", PASHINYAN, PEZESHKIAN, "held a private conversation at", "2025-08-19"),
      ("MET_WITH", PEZESHKIAN, KHACHATURYAN, "was also received by", "2025-08-18"),
      ("MET_WITH", MIRZOYAN, ARAGHCHI, "met with his Iranian counterpart", "2025-08-19"),
      ] + met_group({PASHINYAN: "agreed by Pashinyan and", ALIYEV: "President of Azerbaijan Ilham Aliyev",
                     TRUMP: "at a trilateral meeting with US President"}, "2025-08-08") + [
      ("VISITED", PEZESHKIAN, YEREVAN, "who arrived in Yerevan on an official visit", "2025-08-18"),
      ("VISITED", PASHINYAN, WASHINGTON, "at the White House on August 8", "2025-08-08"),
      ("VISITED", ALIYEV, WASHINGTON, "White House on August 8, had been", "2025-08-08"),
      ("LEADS", PASHINYAN, ARMENIA, "Prime Minister of Armenia Nikol"),
      ("LEADS", PEZESHKIAN, IRAN, "President of the Islamic Republic of Iran"),
      ("LEADS", KHACHATURYAN, ARMENIA, "President of Armenia Vahagn"),
      ("LEADS", MIRZOYAN, ARMFM, "Foreign Minister Ararat Mirzoyan"),
      ("LEADS", ARAGHCHI, IRFM, "his Iranian counterpart Abbas Araghchi"),
      ("LEADS", ALIYEV, AZERBAIJAN, "President of Azerbaijan Ilham"),
      ("LEADS", TRUMP, US, "US President Donald Trump"),
      ("LEADS", LUKASHENKO, BELARUS, "Belarusian President"),
      ],
     {"source": ARMENPRESS, "published": "2025-08-19"}),

    ("arNN2_irgc_admits_kazemi_killed_iranintl", "ar",
     "الحرس الثوري يعترف بمقتل رئيس استخباراته محمد كاظمي ونائبه في غارة إسرائيلية\n"
     "إيران إنترناشيونال\n"
     "أقرّ الحرس الثوري الإيراني، الأحد، بمقتل رئيس منظمة استخباراته العميد محمد كاظمي ونائبه العميد حسن محقق، "
     "إضافة إلى ضابط ثالث يُدعى محسن باقري، في غارة إسرائيلية استهدفت طهران مساء السبت.\n"
     "وعيّن القائد العام للحرس محمد پاکپور العميد مجيد خادمي، الذي كان يرأس منظمة حماية الاستخبارات في الحرس، "
     "رئيساً لمنظمة الاستخبارات خلفاً لكاظمي.\n"
     "في المقابل، نفت وكالة تسنيم المقربة من الحرس تقارير إسرائيلية عن مقتل قائد فيلق القدس اسماعيل قاآني، "
     "مؤكدة أنه \"بصحة جيدة\".\n"
     "وكان وزير الدفاع الإسرائيلي يسرائيل كاتس قد توعّد بأن \"طهران ستحترق\" إذا واصلت إيران إطلاق الصواريخ على "
     "المدن الإسرائيلية.\n"
     "وتأتي هذه التطورات فيما أُلغيت الجولة السادسة من المحادثات بين وزير الخارجية عباس عراقجي والمبعوث "
     "الأميركي ستيف ويتكوف، التي كانت مقررة في مسقط اليوم.",
     [("ASSASSINATED_BY", KAZEMI, ISRAEL, "بمقتل رئيس منظمة استخباراته", "2025-06-14"),
      ("ASSASSINATED_BY", MOHAQEQ, ISRAEL, "ونائبه العميد حسن محقق", "2025-06-14"),
      ("ASSASSINATED_BY", MBAGHERI, ISRAEL, "ضابط ثالث يُدعى محسن باقري", "2025-06-14"),
      ("SUCCESSOR_OF", KHADEMI, KAZEMI, "خلفاً لكاظمي", "2025-06-15"),
      ("LEADS", KAZEMI, IRGCINTEL, "رئيس منظمة استخباراته العميد"),
      ("MEMBER_OF", MOHAQEQ, IRGCINTEL, "ونائبه العميد"),
      ("MEMBER_OF", MBAGHERI, IRGC, "إضافة إلى ضابط ثالث"),
      ("LEADS", PAKPOUR, IRGC, "وعيّن القائد العام للحرس"),
      ("LEADS", KHADEMI, IRGCPROT, "الذي كان يرأس منظمة حماية"),
      ("LEADS", KHADEMI, IRGCINTEL, "رئيساً لمنظمة الاستخبارات"),
      ("LEADS", QAANI, QUDS, "قائد فيلق القدس"),
      ("LEADS", KATZ, ISRMOD, "وزير الدفاع الإسرائيلي يسرائيل"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية عباس عراقجي"),
      ],
     {"source": IINTL, "published": "2025-06-15"}),

    ("enNN3_shehbaz_receives_pezeshkian_app", "en",
     "PM Shehbaz, Iranian President agree to raise bilateral trade to $10 billion\n"
     "ISLAMABAD, Aug 3 (APP): Prime Minister Muhammad Shehbaz Sharif on Sunday received Iranian President Dr "
     "Masoud Pezeshkian at the PM House, where the two leaders held a one-on-one meeting followed by "
     "delegation-level talks.\n"
     "Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar and Chief of Army Staff Field "
     "Marshal Syed Asim Munir were also present. The two sides signed twelve memoranda of understanding.\n"
     "The Prime Minister said Pakistan had stood with the brotherly Iranian people during the Israeli "
     "aggression in June, recalling that he had spoken to President Pezeshkian on telephone at the time.\n"
     "Later, the Iranian President called on President Asif Ali Zardari at the Aiwan-e-Sadr.\n"
     "Dr Pezeshkian began his two-day visit in Lahore on Saturday, where he was received at the airport by "
     "Punjab Chief Minister Maryam Nawaz Sharif before paying homage at the mausoleum of Allama Iqbal.",
     [("MET_WITH", SHEHBAZ, PEZESHKIAN, "on Sunday received Iranian President Dr", "2025-08-03"),
      ("MET_WITH", DAR, PEZESHKIAN, "Senator Mohammad Ishaq Dar", "2025-08-03"),
      ("MET_WITH", MUNIR, PEZESHKIAN, "Marshal Syed Asim Munir were also present", "2025-08-03"),
      ("MET_WITH", PEZESHKIAN, ZARDARI, "called on President Asif Ali Zardari", "2025-08-03"),
      ("MET_WITH", PEZESHKIAN, MARYAM, "he was received at the airport by", "2025-08-02"),
      ("VISITED", PEZESHKIAN, ISLAMABAD, "ISLAMABAD, Aug 3 (APP)", "2025-08-03"),
      ("VISITED", PEZESHKIAN, LAHORE, "began his two-day visit in Lahore", "2025-08-02"),
      ("LEADS", SHEHBAZ, PAKISTAN, "Prime Minister Muhammad Shehbaz Sharif"),
      ("LEADS", PEZESHKIAN, IRAN, "Iranian President Dr"),
      ("LEADS", DAR, PAKFM, "Deputy Prime Minister and Foreign Minister"),
      ("LEADS", MUNIR, PAKARMY, "Chief of Army Staff Field"),
      ("LEADS", ZARDARI, PAKISTAN, "President Asif Ali Zardari at"),
      ("LEADS", MARYAM, PUNJAB, "Punjab Chief Minister Maryam"),
      ],
     {"source": APP, "published": "2025-08-03"}),

    ("arNN4_larijani_baabda_ain_el_tineh_nashra", "ar",
     "لاريجاني من بعبدا: إيران لا تتدخل في الشؤون الداخلية للبنان\n"
     "النشرة\n"
     "استقبل رئيس الجمهورية العماد جوزاف عون، في قصر بعبدا، أمين المجلس الأعلى للأمن القومي الإيراني علي "
     "لاريجاني والوفد المرافق، في حضور السفير الإيراني في بيروت مجتبى أماني.\n"
     "وأبلغ الرئيس عون ضيفه أن لبنان \"لا يقبل أي تدخل في شؤونه الداخلية\"، وأن قرار حصر السلاح بيد الدولة "
     "\"لا رجوع عنه\".\n"
     "ثم انتقل لاريجاني إلى عين التينة حيث التقى رئيس مجلس النواب نبيه بري، ومنها إلى السراي الحكومي حيث "
     "اجتمع برئيس الحكومة نواف سلام. كما التقى لاحقاً الأمين العام لـ\"حزب الله\" الشيخ نعيم قاسم، بحسب ما "
     "أفادت قناة المنار، وزار ضريح الأمين العام السابق السيد حسن نصرالله.\n"
     "وكان الضيف الإيراني قد وصل إلى بيروت آتياً من بغداد، حيث استقبله رئيس الوزراء محمد شياع السوداني، ووقّع "
     "مع مستشار الأمن القومي قاسم الأعرجي مذكرة تفاهم أمنية.\n"
     "ويشغل لاريجاني منصبه منذ مطلع آب، خلفاً لعلي أكبر أحمديان الذي عيّنه الرئيس مسعود بزشكيان ممثلاً له "
     "في المجلس.",
     [("MET_WITH", AOUN, LARIJANI, "استقبل رئيس الجمهورية العماد جوزاف", "2025-08-13"),
      ("MET_WITH", AOUN, AMANI, "في حضور السفير الإيراني", "2025-08-13"),
      ("MET_WITH", LARIJANI, BERRI, "حيث التقى رئيس مجلس النواب", "2025-08-13"),
      ("MET_WITH", LARIJANI, SALAM, "حيث اجتمع برئيس الحكومة", "2025-08-13"),
      ("MET_WITH", LARIJANI, QASSEM, "كما التقى لاحقاً الأمين العام", "2025-08-13"),
      ("MET_WITH", LARIJANI, SUDANI, "حيث استقبله رئيس الوزراء", "2025-08-11"),
      ("MET_WITH", LARIJANI, ARAJI, "ووقّع مع مستشار الأمن القومي", "2025-08-11"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "خلفاً لعلي أكبر أحمديان", "2025-08"),
      ("VISITED", LARIJANI, BEIRUT, "قد وصل إلى بيروت", "2025-08-13"),
      ("VISITED", LARIJANI, BAGHDAD, "آتياً من بغداد", "2025-08-11"),
      ("LEADS", AOUN, LEBANON, "رئيس الجمهورية العماد"),
      ("LEADS", LARIJANI, SNSC, "أمين المجلس الأعلى للأمن القومي"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه"),
      ("LEADS", SALAM, LEBGOV, "برئيس الحكومة نواف"),
      ("LEADS", QASSEM, HEZBOLLAH, "الشيخ نعيم قاسم"),
      ("LEADS", SUDANI, IRQGOV, "رئيس الوزراء محمد شياع"),
      ("LEADS", ARAJI, IRQNSA, "مستشار الأمن القومي قاسم"),
      ("LEADS", PEZESHKIAN, IRAN, "الرئيس مسعود بزشكيان"),
      ],
     {"source": NASHRA, "published": "2025-08-13"}),

    ("enNN5_araghchi_geneva_e3_swissinfo", "en",
     "Iran's foreign minister meets European counterparts in Geneva as war enters second week\n"
     "GENEVA (Keystone-SDA) – Iranian Foreign Minister Seyed Abbas Araghchi held talks in Geneva on Friday with "
     "his French, German and British counterparts, Jean-Noël Barrot, Johann Wadephul and David Lammy, and the "
     "EU's foreign policy chief Kaja Kallas, the first face-to-face contact between Tehran and the West since "
     "Israel launched its attacks on June 13.\n"
     "The meeting at a hotel on the lakeside lasted about three and a half hours. Switzerland, which represents "
     "US interests in Iran, was not involved, a spokesman for the Federal Department of Foreign Affairs (FDFA) "
     "said.\n"
     "Wadephul said the Europeans had urged Tehran to resume negotiations with Washington. US envoy Steve "
     "Witkoff, who has spoken with Araghchi by phone several times since the war began, did not attend.\n"
     "From Geneva, Araghchi flew to Istanbul for a meeting of the Organisation of Islamic Cooperation, where "
     "Turkish President Recep Tayyip Erdogan received him on Sunday, hours after US bombers struck the Fordow, "
     "Natanz and Isfahan nuclear sites. On Monday he was in Moscow for talks with President Vladimir Putin.",
     met_group({ARAGHCHI: "Seyed Abbas Araghchi held talks in Geneva", BARROT: "Jean-Noël Barrot",
                WADEPHUL: "Johann Wadephul and David", LAMMY: "and David Lammy",
                KALLAS: "foreign policy chief Kaja Kallas"}, "2025-06-20") + [
      ("MET_WITH", ERDOGAN, ARAGHCHI, "Erdogan received him on Sunday", "2025-06-22"),
      ("MET_WITH", ARAGHCHI, PUTIN, "for talks with President Vladimir Putin", "2025-06-23"),
      ("VISITED", ARAGHCHI, GENEVA, "GENEVA (Keystone-SDA)", "2025-06-20"),
      ("VISITED", ARAGHCHI, ISTANBUL, "Araghchi flew to Istanbul", "2025-06-21"),
      ("VISITED", ARAGHCHI, MOSCOW, "he was in Moscow", "2025-06-23"),
      ("LEADS", ARAGHCHI, IRFM, "Iranian Foreign Minister Seyed"),
      ("LEADS", BARROT, FRFM, "his French, German"),
      ("LEADS", WADEPHUL, GERFM, "German and British counterparts"),
      ("LEADS", LAMMY, UKFM, "British counterparts, Jean"),
      ("LEADS", KALLAS, EU, "the EU's foreign policy chief"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan"),
      ("LEADS", PUTIN, RUSSIA, "President Vladimir Putin."),
      ],
     {"source": SDA, "published": "2025-06-23"}),

    ("arNN6_cairo_agreement_araghchi_grossi_qahera", "ar",
     "برعاية مصرية.. إيران والوكالة الذرية توقعان في القاهرة اتفاقاً لاستئناف التعاون\n"
     "القاهرة الإخبارية\n"
     "شهد الدكتور بدر عبد العاطي، وزير الخارجية والهجرة وشؤون المصريين بالخارج، اليوم الثلاثاء، توقيع وزير "
     "الخارجية الإيراني عباس عراقجي والمدير العام للوكالة الدولية للطاقة الذرية رافائيل جروسي على اتفاق "
     "لاستئناف التعاون بين الجانبين، عقب اجتماع ثلاثي بقصر التحرير في القاهرة.\n"
     "وكان الرئيس عبد الفتاح السيسي قد استقبل عراقجي وجروسي في وقت سابق اليوم بقصر الاتحادية، بحضور الوزير "
     "عبد العاطي، مؤكداً دعم مصر للحلول الدبلوماسية.\n"
     "وأجرى عبد العاطي مساء أمس اتصالاً هاتفياً بالمبعوث الأميركي الخاص ستيف ويتكوف، تناول ترتيبات الاجتماع.\n"
     "ومن المقرر أن يعرض غروسي نص الاتفاق على مجلس محافظي الوكالة في فيينا الأسبوع المقبل.\n"
     "وكانت طهران قد علّقت تعاونها مع الوكالة في يوليو بموجب قانون أقرّه مجلس الشورى الإسلامي برئاسة محمد "
     "باقر قاليباف عقب الحرب مع إسرائيل.",
     met_group({ABDELATTY: "شهد الدكتور بدر عبد العاطي", ARAGHCHI: "الخارجية الإيراني عباس عراقجي",
                GROSSI: "عقب اجتماع ثلاثي بقصر التحرير"}, "2025-09-09") + [
      ("MET_WITH", SISI, ARAGHCHI, "قد استقبل عراقجي وجروسي", "2025-09-09"),
      ("MET_WITH", SISI, GROSSI, "بقصر الاتحادية، بحضور الوزير", "2025-09-09"),
      ("VISITED", ARAGHCHI, CAIRO, "بقصر التحرير في القاهرة", "2025-09-09"),
      ("VISITED", GROSSI, CAIRO, "في وقت سابق اليوم بقصر الاتحادية", "2025-09-09"),
      ("LEADS", ABDELATTY, EGYFM, "وزير الخارجية والهجرة وشؤون المصريين"),
      ("LEADS", ARAGHCHI, IRFM, "توقيع وزير"),
      ("LEADS", GROSSI, IAEA, "والمدير العام للوكالة الدولية"),
      ("LEADS", SISI, EGYPT, "الرئيس عبد الفتاح السيسي"),
      ("LEADS", GHALIBAF, MAJLIS, "برئاسة محمد"),
      ],
     {"source": QAHERA, "published": "2025-09-09"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNN")
