"""Blind set NR: Sudan and Libya, 2024-2025 (second folder of NQ-NR): Prime Minister Kamil Idris in New York
with Massad Boulos and Antonio Guterres after the Washington "Quad" statement (September 2025), the Libyan
Presidential Council's meetings on the Tripoli truce after the clashes of May 2025, Idris's visit to Cairo,
Khalifa Haftar's appointment of his sons Saddam and Khaled (August 2025) with the Moscow and Ankara visits
before it, a profile of Abdel Fattah al-Burhan (2019-2025) and Hanna Tetteh's briefing to the Security
Council on her meetings (August 2025), as a US news site's Africa newsletter writes it (Semafor Africa-like:
"NEW YORK —", short paragraphs, "people familiar with"), as Libya's state news agency writes it in Arabic
(LANA-like: "طرابلس 25 مايو 2025 (وال) -", "السيد", "بحضور نائبه"), as an Egyptian English daily writes
it (Egypt Today-like: "CAIRO –", "the New Administrative Capital", "Al-Sisi"), as a pan-African Arabic
portal writes it (Africa Gate-like: "بوابة إفريقيا الإخبارية", "القوات المسلحة العربية الليبية"), as a
public broadcaster's profile paragraph (BBC-like: "Profile:", the general's career) and as the UN's
Arabic news service writes it (UN News-like: "أخبار الأمم المتحدة", "إحاطتها أمام مجلس الأمن").
Pieces: Idris meets Boulos and then Guterres in New York, Rubio hosts Faisal bin Farhan, Abdelatty and
Shakhbout bin Nahyan for the Quad in Washington (English, NR1); al-Menfi receives Tetteh with al-Lafi
present, chairs a meeting with al-Haddad and Zoubi (Arabic, NR2); Madbouly receives Idris, al-Sisi
receives him, his meeting with al-Burhan before leaving (English, NR3); Khaled Haftar chief of staff after
al-Nadhuri, Khalifa and Saddam Haftar met Putin in Moscow, Saddam met Guler in Ankara (Arabic, NR4);
al-Burhan after Ibn Auf, Ibn Auf after al-Bashir, al-Burhan meets Netanyahu in Entebbe hosted by Museveni
(English, NR5); Tetteh met al-Menfi and Dbeibah in Tripoli, Khalifa Haftar with his deputy Saddam in
Benghazi and Aguila Saleh (Arabic, NR6).
Excluded on purpose (no relation): the reported Boulos-Burhan meeting in Switzerland that al-Burhan's
office denied, Dagalo's statement (NR1); Fidan's phone call to al-Menfi, the planned meeting with Aguila
Saleh (NR2); the cancelled meeting with Aboul Gheit, the RSF's parallel government (NR3); Lavrov, whom
Haftar did not meet (NR4); the Gebeit drone attack on al-Burhan (no agent stated), al-Burhan's break with
Hemedti (no meeting) (NR5); Takala, whom Tetteh could not meet, the killing of al-Kikli (no agent
stated), the deputy's meetings with unnamed party representatives (NR6).
Judgement calls: "Rubio hosted ... at the State Department" is a meeting of the four (NR1); a deputy
"بحضور نائبه" is paired with the guest only; "ترأس اجتماعاً ... بمشاركة" X and Y is a meeting of the three
(NR2); ministers at "talks between the two delegations" are paired with the other side (NR3); "خلفاً لـ"
gives Khaled -> al-Nadhuri; "حيث التقيا الرئيس الروسي" (father and son) is a meeting of the three, as NC3
(NR4); "became head of the Transitional Military Council ... after his predecessor ... stepped down" is a
succession; "had himself replaced" al-Bashir is Ibn Auf -> al-Bashir; a meeting "hosted by" Museveni includes
him (NR5); "قالت إنها التقت" in reported speech is a meeting; "كلاً من X وY" are two separate meetings, not
a meeting of X and Y; "اجتمعت بالمشير خليفة حفتر ونائبه صدام" is one meeting of three, and father and son
are not paired (same side, as NQ5) (NR6).
Filled in for the exercise: the Boulos and Guterres meetings in New York, the Quad meeting in person (NR1);
the date, al-Lafi's presence, the committee meeting, Fidan's call, the planned Aguila Saleh meeting (NR2);
the whole Cairo visit and its date, the Aboul Gheit cancellation (NR3); the day of the decrees, the Lavrov
sentence (NR4); the wording of the Gebeit sentence (NR5); the list of meetings in the briefing, Takala
(NR6).
Spellings: "Kamil Eltayeb Idris", "Mohammed Hamdan Dagalo", "Abdel-Fattah Burhan", "Prince Faisal bin
Farhan" (NR1); "محمد يونس المنفي", "هانا سيروا تيتيه", "عبد الله اللافي" (NR2); "Kamel Idris", "Abdel Fattah
Al-Burhan", "Moustafa Madbouly" (NR3); "المشير خليفة حفتر", "صدام حفتر", "عبد الرازق الناظوري", "يشار
غولر" (NR4); "Abdel Fattah Abdelrahman al-Burhan", "Awad Ibn Auf", "Omar al-Bashir", "Hemedti" (NR5);
"هانا تيتيه", "عبد الحميد الدبيبة", "عقيلة صالح" (NR6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_nr import ALL  # noqa: E402

HERE = Path(__file__).parent

SUDAN, RUSSIA, ISRAEL, UGANDA = "country:sudan", "country:russia", "country:israel", "country:uganda"
PORTSUDAN, CAIRO, WASHINGTON, NEWYORK, TRIPOLI, BENGHAZI, QUBBA, MOSCOW, ANKARA, ENTEBBE = (
    "location:port-sudan", "location:cairo", "location:washington", "location:new-york", "location:tripoli",
    "location:benghazi", "location:al-qubba", "location:moscow", "location:ankara", "location:entebbe")
SAF, RSF, SOVC, SUDGOV, TMC = (
    "organization:sudanese-armed-forces", "organization:rapid-support-forces",
    "organization:sudan-sovereignty-council", "organization:sudanese-government",
    "organization:sudan-transitional-military-council")
LNA, GNU, PC, HOR, UNSMIL = (
    "organization:libyan-national-army", "organization:government-of-national-unity-libya",
    "organization:libyan-presidential-council", "organization:libyan-house-of-representatives",
    "organization:unsmil")
EGFM, EGGOV, SAUDIFM, STATE, UN, TRDEF = (
    "organization:egyptian-foreign-ministry", "organization:egyptian-government",
    "organization:saudi-foreign-ministry", "organization:us-state-department", "organization:united-nations",
    "organization:turkish-defence-ministry")
BURHAN, HEMEDTI, IDRIS, HAMDOK, IBNAUF, BASHIR = (
    "person:abdel-fattah-al-burhan", "person:mohamed-hamdan-dagalo", "person:kamil-idris",
    "person:abdalla-hamdok", "person:awad-ibn-auf", "person:omar-al-bashir")
KHALIFA, SADDAM, KHALED, NADHURI, DBEIBAH, MENFI, AGUILA, TETTEH = (
    "person:khalifa-haftar", "person:saddam-haftar", "person:khaled-haftar", "person:abdulrazek-al-nadhuri",
    "person:abdul-hamid-dbeibah", "person:mohamed-al-menfi", "person:aguila-saleh", "person:hanna-tetteh")
LAFI, HADDAD, ZOUBI = ("person:abdullah-al-lafi", "person:mohammed-al-haddad", "person:abdulsalam-zoubi")
SISI, MADBOULY, ABDELATTY, FAISAL, RUBIO, BOULOS, GUTERRES, SHAKHBOUT = (
    "person:abdel-fattah-el-sisi", "person:mostafa-madbouly", "person:badr-abdelatty", "person:faisal-bin-farhan",
    "person:marco-rubio", "person:massad-boulos", "person:antonio-guterres", "person:shakhbout-bin-nahyan")
PUTIN, GULER, NETANYAHU, MUSEVENI = ("person:vladimir-putin", "person:yasar-guler", "person:benjamin-netanyahu",
                                     "person:yoweri-museveni")

SEMAFOR = "blind set (US news site's Africa newsletter, English, Semafor Africa-like)"
LANA = "blind set (Libyan state news agency, Arabic, LANA-like)"
EGTODAY = "blind set (Egyptian English daily, Egypt Today-like)"
AFRGATE = "blind set (pan-African Arabic news portal, Africa Gate-like)"
PROFILE = "blind set (public broadcaster's profile, English, BBC-like)"
UNNEWS = "blind set (UN news service, Arabic, UN News-like)"

ARTICLES = [
    ("enNR1_idris_boulos_new_york", "en",
     "Sudan's prime minister meets Trump's Africa envoy as Quad pushes truce\n"
     "NEW YORK — Sudan's Prime Minister Kamil Eltayeb Idris met Massad Boulos, President Donald Trump's senior "
     "adviser for Africa, on the sidelines of the UN General Assembly on Wednesday, two people familiar with "
     "the meeting said. Idris later sat down with UN Secretary-General Antonio Guterres.\n"
     "The talks came less than two weeks after the so-called Quad — the US, Saudi Arabia, the UAE and Egypt — "
     "called for a three-month humanitarian truce. Secretary of State Marco Rubio hosted Saudi Foreign "
     "Minister Prince Faisal bin Farhan, Egypt's top diplomat Badr Abdelatty and the UAE's minister of state "
     "Sheikh Shakhbout bin Nahyan at the State Department in Washington before the statement was issued.\n"
     "In August, Boulos was reported to have held a secret meeting with army chief Abdel-Fattah Burhan in "
     "Switzerland. Burhan's office denied that any such meeting took place.\n"
     "The Rapid Support Forces, led by Mohammed Hamdan Dagalo, welcomed the Quad's statement; the army-aligned "
     "government in Port Sudan called it interference.",
     [("MET_WITH", IDRIS, BOULOS, "Kamil Eltayeb Idris met Massad Boulos", "2025-09-24"),
      ("MET_WITH", IDRIS, GUTERRES, "Idris later sat down with", "2025-09-24"),
      ("VISITED", IDRIS, NEWYORK, "NEW YORK — Sudan's Prime Minister", "2025-09-24"),
      ("LEADS", IDRIS, SUDGOV, "Sudan's Prime Minister Kamil"),
      ("LEADS", GUTERRES, UN, "UN Secretary-General Antonio Guterres"),
      ] + met_group({RUBIO: "Secretary of State Marco Rubio hosted",
                     FAISAL: "Prince Faisal bin Farhan, Egypt's",
                     ABDELATTY: "top diplomat Badr Abdelatty",
                     SHAKHBOUT: "Sheikh Shakhbout bin Nahyan at the State"}, "2025-09-12") + [
      ("VISITED", FAISAL, WASHINGTON, "the State Department in Washington", "2025-09-12"),
      ("VISITED", ABDELATTY, WASHINGTON, "top diplomat Badr Abdelatty", "2025-09-12"),
      ("VISITED", SHAKHBOUT, WASHINGTON, "Sheikh Shakhbout bin Nahyan at the State", "2025-09-12"),
      ("LEADS", RUBIO, STATE, "Secretary of State Marco"),
      ("LEADS", FAISAL, SAUDIFM, "Saudi Foreign Minister Prince"),
      ("LEADS", ABDELATTY, EGFM, "Egypt's top diplomat"),
      ("LEADS", BURHAN, SAF, "army chief Abdel-Fattah Burhan"),
      ("LEADS", HEMEDTI, RSF, "led by Mohammed Hamdan Dagalo"),
      ],
     {"source": SEMAFOR, "published": "2025-09-25"}),

    ("arNR2_menfi_receives_tetteh_truce", "ar",
     "المنفي يبحث مع المبعوثة الأممية تثبيت الهدنة في طرابلس\n"
     "طرابلس 25 مايو 2025 (وال) - استقبل رئيس المجلس الرئاسي، السيد محمد يونس المنفي، اليوم الأحد بديوان "
     "المجلس، الممثلة الخاصة للأمين العام للأمم المتحدة رئيسة بعثة الدعم في ليبيا، السيدة هانا سيروا تيتيه، "
     "بحضور نائبه عبد الله اللافي.\n"
     "وتناول اللقاء سبل تثبيت الهدنة في العاصمة بعد الاشتباكات التي شهدتها منتصف الشهر الجاري، وأهمية "
     "حماية المدنيين، وفق المكتب الإعلامي للمجلس.\n"
     "وفي وقت لاحق، ترأس المنفي اجتماعاً للجنة الترتيبات الأمنية والعسكرية، بمشاركة رئيس الأركان العامة "
     "الفريق أول محمد الحداد ووكيل وزارة الدفاع عبد السلام زوبي، خُصص لمتابعة انسحاب التشكيلات المسلحة من "
     "الأحياء السكنية.\n"
     "وكان المنفي قد تلقى، مساء أمس، اتصالاً هاتفياً من وزير الخارجية التركي هاكان فيدان، أكد خلاله دعم "
     "بلاده للتهدئة.\n"
     "ومن المقرر أن يلتقي رئيس المجلس الرئاسي رئيس مجلس النواب عقيلة صالح الأسبوع المقبل.",
     [("MET_WITH", MENFI, TETTEH, "السيدة هانا سيروا تيتيه", "2025-05-25"),
      ("MET_WITH", LAFI, TETTEH, "بحضور نائبه عبد الله اللافي", "2025-05-25"),
      ("LEADS", MENFI, PC, "استقبل رئيس المجلس الرئاسي"),
      ("MEMBER_OF", LAFI, PC, "نائبه عبد الله اللافي"),
      ("LEADS", TETTEH, UNSMIL, "رئيسة بعثة الدعم في ليبيا"),
      ] + met_group({MENFI: "ترأس المنفي اجتماعاً", HADDAD: "الفريق أول محمد الحداد",
                     ZOUBI: "ووكيل وزارة الدفاع عبد السلام زوبي"}, "2025-05-25") + [
      ("LEADS", AGUILA, HOR, "رئيس مجلس النواب عقيلة صالح"),
      ],
     {"source": LANA, "published": "2025-05-25"}),

    ("enNR3_idris_cairo_visit", "en",
     "Madbouly, Sudan's Idris discuss reconstruction, return of government to Khartoum\n"
     "CAIRO – Prime Minister Moustafa Madbouly received on Tuesday his Sudanese counterpart Kamel Idris at the "
     "government headquarters in the New Administrative Capital, at the start of Idris's first official visit "
     "abroad since taking office.\n"
     "The two premiers then chaired talks between the two delegations, attended by Foreign Minister Badr "
     "Abdelatty, on electricity links, reconstruction and the return of Sudanese refugees.\n"
     "President Abdel Fattah Al-Sisi later received the Sudanese premier at Al-Ittihadiya Palace, stressing "
     "Egypt's rejection of any \"parallel entities\" in Sudan — a reference to the government the Rapid Support "
     "Forces announced in Nyala.\n"
     "Idris had met Sovereignty Council chairman Abdel Fattah Al-Burhan in Port Sudan before flying to Cairo, "
     "a Sudanese official told Egypt Today.\n"
     "A planned meeting with Arab League Secretary-General Ahmed Aboul Gheit was called off at the last "
     "minute.",
     [("MET_WITH", MADBOULY, IDRIS, "Prime Minister Moustafa Madbouly received", "2025-08-19"),
      ("MET_WITH", ABDELATTY, IDRIS, "attended by Foreign Minister Badr", "2025-08-19"),
      ("MET_WITH", SISI, IDRIS, "President Abdel Fattah Al-Sisi later received", "2025-08-19"),
      ("MET_WITH", IDRIS, BURHAN, "Idris had met Sovereignty Council chairman", "2025-08-18"),
      ("VISITED", IDRIS, CAIRO, "before flying to Cairo", "2025-08-19"),
      ("LEADS", ABDELATTY, EGFM, "Foreign Minister Badr"),
      ("LEADS", MADBOULY, EGGOV, "Prime Minister Moustafa Madbouly received"),
      ("LEADS", IDRIS, SUDGOV, "his Sudanese counterpart Kamel Idris"),
      ("LEADS", SISI, "country:egypt", "President Abdel Fattah Al-Sisi later"),
      ("LEADS", BURHAN, SOVC, "Sovereignty Council chairman Abdel Fattah"),
      ],
     {"source": EGTODAY, "published": "2025-08-19"}),

    ("arNR4_haftar_sons_appointments", "ar",
     "حفتر يعيّن صدام نائباً للقائد العام وخالد رئيساً للأركان\n"
     "بنغازي - بوابة إفريقيا الإخبارية\n"
     "أصدر القائد العام للقوات المسلحة العربية الليبية المشير خليفة حفتر، الاثنين، قراراً بتعيين نجله الفريق "
     "أول صدام حفتر نائباً للقائد العام، وقراراً آخر بتكليف الفريق أول خالد حفتر رئيساً للأركان العامة خلفاً "
     "للفريق أول عبد الرازق الناظوري.\n"
     "ويُعد صدام، الذي كان يشغل منصب رئيس أركان القوات البرية، الأكثر حضوراً في الملفات الخارجية، إذ رافق "
     "والده إلى موسكو في مايو الماضي، حيث التقيا الرئيس الروسي فلاديمير بوتين في الكرملين على هامش "
     "احتفالات عيد النصر.\n"
     "ولم يلتقِ الوفد خلال تلك الزيارة وزير الخارجية سيرغي لافروف، خلافاً لما أوردته وسائل إعلام روسية.\n"
     "وكان صدام قد زار أنقرة في أبريل، وأجرى مباحثات مع وزير الدفاع التركي يشار غولر تناولت التعاون "
     "العسكري والتدريب.\n"
     "ولم يصدر أي تعليق من المجلس الرئاسي في طرابلس على القرارين حتى مساء الاثنين.",
     [("SUCCESSOR_OF", KHALED, NADHURI, "خلفاً للفريق أول عبد الرازق", "2025-08-18"),
      ("LEADS", KHALIFA, LNA, "القائد العام للقوات المسلحة العربية الليبية"),
      ("MEMBER_OF", SADDAM, LNA, "أول صدام حفتر نائباً للقائد العام"),
      ("MEMBER_OF", KHALED, LNA, "وقراراً آخر بتكليف الفريق أول خالد"),
      ] + met_group({KHALIFA: "رافق والده إلى موسكو", SADDAM: "حيث التقيا الرئيس",
                     PUTIN: "الروسي فلاديمير بوتين في الكرملين"}, "2025-05-09") + [
      ("VISITED", KHALIFA, MOSCOW, "والده إلى موسكو في مايو", "2025-05-09"),
      ("VISITED", SADDAM, MOSCOW, "إلى موسكو في مايو الماضي", "2025-05-09"),
      ("LEADS", PUTIN, RUSSIA, "الرئيس الروسي فلاديمير"),
      ("MET_WITH", SADDAM, GULER, "وأجرى مباحثات مع وزير الدفاع التركي", "2025-04"),
      ("VISITED", SADDAM, ANKARA, "وكان صدام قد زار أنقرة", "2025-04"),
      ("LEADS", GULER, TRDEF, "وزير الدفاع التركي يشار"),
      ],
     {"source": AFRGATE, "published": "2025-08-18"}),

    ("enNR5_profile_burhan", "en",
     "Profile: Abdel Fattah al-Burhan, Sudan's general at war\n"
     "Gen Abdel Fattah Abdelrahman al-Burhan was little known outside the army when he became head of the "
     "Transitional Military Council in April 2019, a day after his predecessor, Gen Awad Ibn Auf, stepped down "
     "amid protests. Ibn Auf had himself replaced long-time ruler Omar al-Bashir only the day before.\n"
     "In February 2020 Burhan met Israeli Prime Minister Benjamin Netanyahu in Entebbe, in talks hosted by "
     "Ugandan President Yoweri Museveni that opened the way to normalisation with Israel.\n"
     "In October 2021 he dissolved the civilian-led cabinet of Prime Minister Abdalla Hamdok, with the backing "
     "of his then deputy, Mohamed Hamdan Dagalo, known as Hemedti. The two men later fell out over plans to "
     "merge Hemedti's Rapid Support Forces into the army, and their forces have fought since April 2023.\n"
     "Burhan, who now governs from Port Sudan, survived a drone attack on a graduation ceremony at the Gebeit "
     "military base in July 2024 in which five people were killed.\n"
     "In May 2025 he named the former UN official Kamil Idris prime minister.",
     [("SUCCESSOR_OF", BURHAN, IBNAUF, "a day after his predecessor", "2019-04-12"),
      ("SUCCESSOR_OF", IBNAUF, BASHIR, "Ibn Auf had himself replaced", "2019-04-11"),
      ("LEADS", BURHAN, TMC, "he became head of the"),
      ] + met_group({BURHAN: "In February 2020 Burhan met", NETANYAHU: "Prime Minister Benjamin Netanyahu",
                     MUSEVENI: "Ugandan President Yoweri Museveni"}, "2020-02-03") + [
      ("VISITED", BURHAN, ENTEBBE, "Netanyahu in Entebbe", "2020-02-03"),
      ("VISITED", NETANYAHU, ENTEBBE, "in Entebbe, in talks hosted", "2020-02-03"),
      ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin"),
      ("LEADS", MUSEVENI, UGANDA, "Ugandan President Yoweri"),
      ("LEADS", HAMDOK, SUDGOV, "cabinet of Prime Minister Abdalla Hamdok"),
      ("LEADS", HEMEDTI, RSF, "merge Hemedti's Rapid Support Forces"),
      ],
     {"source": PROFILE, "published": "2025-06-01"}),

    ("arNR6_tetteh_briefing_security_council", "ar",
     "تيتيه أمام مجلس الأمن: خارطة طريق لإنهاء الجمود السياسي في ليبيا خلال 12 إلى 18 شهراً\n"
     "أخبار الأمم المتحدة\n"
     "عرضت الممثلة الخاصة للأمين العام رئيسة بعثة الأمم المتحدة للدعم في ليبيا، هانا تيتيه، خلال إحاطتها "
     "أمام مجلس الأمن يوم الخميس، خارطة طريق سياسية تقوم على إطار انتخابي قابل للتطبيق وتوحيد المؤسسات.\n"
     "وقالت تيتيه إنها التقت في طرابلس كلاً من رئيس المجلس الرئاسي محمد المنفي ورئيس حكومة الوحدة الوطنية "
     "عبد الحميد الدبيبة، كما اجتمعت في بنغازي بالمشير خليفة حفتر ونائبه صدام حفتر، وناقشت الخارطة مع "
     "رئيس مجلس النواب عقيلة صالح.\n"
     "وأضافت أنها لم تتمكن من لقاء رئيس المجلس الأعلى للدولة محمد تكالة بسبب النزاع القائم على رئاسة "
     "المجلس.\n"
     "وحذرت المبعوثة من هشاشة الوضع الأمني في العاصمة منذ مقتل عبد الغني الككلي في مايو، وقالت إن نائبتها "
     "ستيفاني خوري عقدت لقاءات مع ممثلين عن الأحزاب والبلديات.",
     [("MET_WITH", TETTEH, MENFI, "وقالت تيتيه إنها التقت في طرابلس", "2025-08"),
      ("MET_WITH", TETTEH, DBEIBAH, "ورئيس حكومة الوحدة الوطنية", "2025-08"),
      ("MET_WITH", TETTEH, KHALIFA, "اجتمعت في بنغازي بالمشير", "2025-08"),
      ("MET_WITH", TETTEH, SADDAM, "ونائبه صدام حفتر", "2025-08"),
      ("MET_WITH", TETTEH, AGUILA, "وناقشت الخارطة مع", "2025-08"),
      ("VISITED", TETTEH, TRIPOLI, "إنها التقت في طرابلس", "2025-08"),
      ("VISITED", TETTEH, BENGHAZI, "كما اجتمعت في بنغازي", "2025-08"),
      ("LEADS", TETTEH, UNSMIL, "رئيسة بعثة الأمم المتحدة للدعم في ليبيا"),
      ("LEADS", MENFI, PC, "رئيس المجلس الرئاسي محمد المنفي"),
      ("LEADS", DBEIBAH, GNU, "ورئيس حكومة الوحدة الوطنية"),
      ("LEADS", AGUILA, HOR, "رئيس مجلس النواب عقيلة"),
      ("MEMBER_OF", "person:stephanie-koury", UNSMIL, "نائبتها ستيفاني خوري"),
      ],
     {"source": UNNEWS, "published": "2025-08-21"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNR")
