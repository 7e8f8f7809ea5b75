"""Blind set CI: Iran's presidents and foreign ministers, 2019-2025, beyond Iraq: Mokhber named
acting president after the Varzaqan helicopter crash (Reuters, May 2024), Pezeshkian's
inauguration guests and Haniyeh's killing (IRNA Arabic, July 2024), Araqchi in Cairo and Amman
(AP, Oct 2024), the first Muscat round with Witkoff run through Albusaidi (Arabic wire, Apr 2025),
Larijani, new SNSC secretary, in Beirut (Reuters, Aug 2025), Khalid bin Salman received by
Khamenei and the June 2025 killings of Bagheri and Salami (Arabic wire, Apr 2025).
Style: wire copy, en/ar alternating; acting holders after a death, passive "was received by",
negation ("did not meet", لم يلتقِ), planned meetings, indirect talks, phone calls, a denied
involvement in the crash, killings with a stated and an acknowledged agent.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ci/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ck import ALL  # noqa: E402

HERE = Path(__file__).parent
E = ALL

Q, S, M = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
K, QF, US = "person:mustafa-al-kadhimi", "organization:quds-force", "country:united-states"
IRAN, ISR = "country:iran", "country:israel"
KHA, RAI, MOK = "person:ali-khamenei", "person:ebrahim-raisi", "person:mohammad-mokhber"
PEZ, ARA = "person:masoud-pezeshkian", "person:abbas-araghchi"
AAB, BGK = "person:hossein-amir-abdollahian", "person:ali-bagheri-kani"
IFM, HZB = "organization:iranian-foreign-ministry", "organization:hezbollah"
HAN, QAS, ABS = "person:ismail-haniyeh", "person:naim-qassem", "person:mohammed-abdulsalam"
LAR, JAO = "person:ali-larijani", "person:joseph-aoun"
BERRI, SALAM = "person:nabih-berri", "person:nawaf-salam"
NAS = "person:hassan-nasrallah"
KBS, BAG, SLM = "person:khalid-bin-salman", "person:mohammad-bagheri", "person:hossein-salami"

ARTICLES = [
    ("enCI1_mokhber_acting_president", "en",
     "TEHRAN, May 20 (Reuters) - Iran's Supreme Leader Ayatollah Ali Khamenei named First Vice "
     "President Mohammad Mokhber acting president on Monday, hours after rescuers reached the "
     "wreckage of the helicopter carrying President Ebrahim Raisi on a fog-bound mountainside "
     "near Varzaqan. Raisi, Foreign Minister Hossein Amir-Abdollahian, East Azerbaijan governor "
     "Malek Rahmati and Tabriz Friday prayer leader Mohammad Ali Al-e Hashem were all killed. "
     "The cabinet appointed chief nuclear negotiator Ali Bagheri Kani as caretaker foreign "
     "minister in place of Amir-Abdollahian. An election must be held within 50 days.\n"
     "On Wednesday Mokhber received Qatar's Emir Sheikh Tamim bin Hamad al-Thani, who flew to "
     "Tehran for the funeral, and held talks with Hamas political chief Ismail Haniyeh. A senior "
     "Israeli official said Israel had no involvement in the crash, and military investigators "
     "later reported no sign of sabotage.\n"
     "The procession drew crowds not seen since January 2020, when Quds Force commander Ghasem "
     "Soleimani and Iraqi militia leader Abu Mahdi al-Mohandes were killed by a U.S. drone "
     "strike at Baghdad airport.",
     [("LEADS", KHA, IRAN, "Iran's Supreme Leader Ayatollah"),
      ("SUCCESSOR_OF", MOK, RAI, "acting president on Monday", "2024-05-20"),
      ("LEADS", RAI, IRAN, "carrying President Ebrahim Raisi"),
      ("LEADS", AAB, IFM, "Foreign Minister Hossein Amir-Abdollahian"),
      ("SUCCESSOR_OF", BGK, AAB, "in place of Amir-Abdollahian", "2024-05-20"),
      ("MET_WITH", MOK, "person:tamim-bin-hamad-al-thani", "Mokhber received Qatar's Emir",
       "2024-05-22"),
      ("LEADS", "person:tamim-bin-hamad-al-thani", "country:qatar", "Qatar's Emir Sheikh"),
      ("VISITED", "person:tamim-bin-hamad-al-thani", IRAN, "who flew to", "2024-05-22"),
      ("MET_WITH", MOK, HAN, "held talks with Hamas", "2024-05-22"),
      ("LEADS", HAN, "organization:hamas", "Hamas political chief"),
      ("LEADS", S, QF, "Quds Force commander Ghasem"),
      ("ASSASSINATED_BY", S, US, "killed by a U.S. drone", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "strike at Baghdad airport", "2020-01-03"),
      ("ATTACKED", US, "location:baghdad-international-airport", "at Baghdad airport",
       "2020-01-03"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-05-20"}),

    ("arCI2_pezeshkian_inauguration", "ar",
     "طهران - إرنا - أدى الرئيس الإيراني الجديد مسعود بزشكيان، الثلاثاء، اليمين الدستورية أمام "
     "مجلس الشورى الإسلامي، بعد فوزه في الجولة الثانية من الانتخابات المبكرة. وعلى هامش المراسم، "
     "استقبل بزشكيان رئيس المكتب السياسي لحركة حماس إسماعيل هنية، ونائب الأمين العام لحزب الله "
     "الشيخ نعيم قاسم، والمتحدث باسم جماعة أنصار الله محمد عبد السلام، كلاً على حدة. كما التقى "
     "رئيس الوزراء الأرميني نيكول باشينيان، أرفع مسؤول أجنبي حضر المراسم.\n"
     "وبعد ساعات، اغتيل هنية في مقر إقامته شمالي طهران. واتهمت طهران وحماس إسرائيل بالوقوف وراء "
     "العملية، قبل أن يقرّ وزير الدفاع الإسرائيلي يسرائيل كاتس في كانون الأول بأن إسرائيل هي التي "
     "قتلت هنية. وقالت المتحدثة باسم الحكومة فاطمة مهاجراني إن الرئيس «لم يلتقِ أي مسؤول أميركي، "
     "ولن يفعل قبل أن تغيّر واشنطن سلوكها».\n"
     "ويخلف بزشكيان الرئيس إبراهيم رئيسي الذي قضى مع وزير خارجيته في تحطم مروحية في أيار، فيما "
     "تولى محمد مخبر الرئاسة بالوكالة خلال المرحلة الانتقالية. واختار بزشكيان لاحقاً محمد رضا "
     "عارف نائباً أول للرئيس خلفاً لمخبر، ورشّح عباس عراقجي لحقيبة الخارجية.",
     [("LEADS", PEZ, IRAN, "أدى الرئيس الإيراني الجديد"),
      ("MET_WITH", PEZ, HAN, "استقبل بزشكيان رئيس المكتب", "2024-07-30"),
      ("MET_WITH", PEZ, QAS, "استقبل بزشكيان رئيس المكتب", "2024-07-30"),
      ("MET_WITH", PEZ, ABS, "استقبل بزشكيان رئيس المكتب", "2024-07-30"),
      ("LEADS", HAN, "organization:hamas", "رئيس المكتب السياسي لحركة"),
      ("MEMBER_OF", QAS, HZB, "ونائب الأمين العام لحزب الله"),
      ("MEMBER_OF", ABS, "organization:houthis", "والمتحدث باسم جماعة"),
      ("MET_WITH", PEZ, "person:nikol-pashinyan", "كما التقى رئيس الوزراء الأرميني",
       "2024-07-30"),
      ("LEADS", "person:nikol-pashinyan", "country:armenia", "كما التقى رئيس الوزراء الأرميني"),
      ("ASSASSINATED_BY", HAN, ISR, "بأن إسرائيل هي التي", "2024-07-31"),
      ("MEMBER_OF", "person:fatemeh-mohajerani", "organization:iranian-government",
       "المتحدثة باسم الحكومة"),
      ("SUCCESSOR_OF", PEZ, RAI, "ويخلف بزشكيان الرئيس", "2024-07-28"),
      ("LEADS", RAI, IRAN, "ويخلف بزشكيان الرئيس"),
      ("SUCCESSOR_OF", MOK, RAI, "تولى محمد مخبر الرئاسة", "2024-05-20"),
      ("SUCCESSOR_OF", "person:mohammad-reza-aref", MOK, "نائباً أول للرئيس خلفاً لمخبر",
       "2024-07"),
      ],
     {"source": "blind set (IRNA Arabic-style)", "published": "2024-07-30"}),

    ("enCI3_araqchi_cairo_amman", "en",
     "CAIRO (AP) \u2014 Iran's Foreign Minister Abbas Araqchi held talks with Egyptian President "
     "Abdel Fattah el-Sissi in Cairo on Thursday, the first visit by Iran's top diplomat to Egypt "
     "in more than a decade. Araqchi also met his Egyptian counterpart, Badr Abdelatty, who "
     "replaced Sameh Shoukry in a July reshuffle. \u201cWe discussed how to stop the war on "
     "Gaza and Lebanon,\u201d Abdelatty told reporters.\n"
     "Araqchi arrived from Amman, where Jordanian Foreign Minister Ayman Safadi received him on "
     "Wednesday, though he was not received by King Abdullah II. He is expected to travel to "
     "Ankara next week to meet Turkish Foreign Minister Hakan Fidan. Earlier this month he was "
     "in Riyadh, where he met Saudi Crown Prince Mohammed bin Salman.\n"
     "Araqchi took office in August, succeeding acting minister Ali Bagheri Kani, who had stepped "
     "in after Hossein Amirabdollahian died in a helicopter crash in May along with President "
     "Ebrahim Raisi. Egypt and Iran have lacked full ties since 1980, though officials of the two "
     "countries held quiet talks in Baghdad in 2021 under then-Iraqi Prime Minister Mustafa "
     "al-Kazemi.",
     [("LEADS", ARA, IFM, "Iran's Foreign Minister Abbas"),
      ("MET_WITH", ARA, "person:abdel-fattah-al-sisi", "held talks with Egyptian President",
       "2024-10-17"),
      ("LEADS", "person:abdel-fattah-al-sisi", "country:egypt", "held talks with Egyptian President"),
      ("VISITED", ARA, "location:cairo", "el-Sissi in Cairo", "2024-10-17"),
      ("VISITED", ARA, "country:egypt", "top diplomat to Egypt", "2024-10-17"),
      ("MET_WITH", ARA, "person:badr-abdelatty", "also met his Egyptian counterpart", "2024-10-17"),
      ("SUCCESSOR_OF", "person:badr-abdelatty", "person:sameh-shoukry", "replaced Sameh Shoukry",
       "2024-07"),
      ("VISITED", ARA, "location:amman", "Araqchi arrived from Amman", "2024-10-16"),
      ("MET_WITH", ARA, "person:ayman-safadi", "Ayman Safadi received him", "2024-10-16"),
      ("VISITED", ARA, "location:riyadh", "in Riyadh, where he met", "2024-10"),
      ("MET_WITH", ARA, "person:mohammed-bin-salman", "where he met Saudi Crown Prince", "2024-10"),
      ("SUCCESSOR_OF", ARA, BGK, "succeeding acting minister", "2024-08"),
      ("SUCCESSOR_OF", BGK, AAB, "who had stepped in after", "2024-05"),
      ("LEADS", RAI, IRAN, "along with President Ebrahim"),
      ("LEADS", K, "country:iraq", "then-Iraqi Prime Minister"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-10-17"}),

    ("arCI4_muscat_indirect_round", "ar",
     "مسقط - أجرى وزير الخارجية الإيراني عباس عراقجي والمبعوث الأميركي الخاص ستيف ويتكوف، "
     "السبت، جولة أولى من المحادثات غير المباشرة في العاصمة العُمانية، تنقّل خلالها وزير الخارجية "
     "العُماني بدر البوسعيدي بين قاعتين منفصلتين لنقل الرسائل. واجتمع البوسعيدي بعراقجي أولاً ثم "
     "بويتكوف. وقال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن عراقجي «لم يلتقِ ويتكوف في "
     "جلسة تفاوض مباشرة». وضم الوفد الإيراني نائب الوزير مجيد تخت روانجي، فيما رافق ويتكوف "
     "مدير التخطيط السياسي في الخارجية الأميركية مايكل أنتون.\n"
     "وقبل المحادثات، استقبل سلطان عُمان هيثم بن طارق عراقجي في قصر العلم. وعلى هامش الزيارة، "
     "بحث عراقجي مع رئيس الوفد المفاوض لجماعة الحوثي محمد عبد السلام تطورات اليمن بعد الغارات "
     "الأميركية على مواقع الحوثيين التي أمر بها الرئيس دونالد ترامب في آذار. ومن المقرر أن يلتقي "
     "عراقجي نظيره العُماني مجدداً في روما الأسبوع المقبل.\n"
     "ويقول مسؤولون إيرانيون إن ملف الفصائل الحليفة، الذي أداره الفريق قاسم سليماني قبل أن تقتله "
     "الولايات المتحدة عام 2020 وخلفه العميد إسماعيل قاآني، ليس مطروحاً على الطاولة.",
     [("LEADS", ARA, IFM, "أجرى وزير الخارجية الإيراني"),
      ("VISITED", ARA, "location:muscat", "في العاصمة العُمانية", "2025-04-12"),
      ("VISITED", "person:steve-witkoff", "location:muscat", "في العاصمة العُمانية", "2025-04-12"),
      ("LEADS", "person:badr-albusaidi", "organization:omani-foreign-ministry",
       "وزير الخارجية العُماني بدر"),
      ("MET_WITH", "person:badr-albusaidi", ARA, "واجتمع البوسعيدي بعراقجي", "2025-04-12"),
      ("MET_WITH", "person:badr-albusaidi", "person:steve-witkoff", "ثم بويتكوف", "2025-04-12"),
      ("MEMBER_OF", "person:esmaeil-baghaei", IFM, "المتحدث باسم الخارجية الإيرانية"),
      ("MEMBER_OF", "person:majid-takht-ravanchi", IFM, "نائب الوزير مجيد"),
      ("MEMBER_OF", "person:michael-anton", "organization:us-state-department",
       "مدير التخطيط السياسي"),
      ("MET_WITH", "person:haitham-bin-tarik", ARA, "استقبل سلطان عُمان", "2025-04-12"),
      ("LEADS", "person:haitham-bin-tarik", "country:oman", "استقبل سلطان عُمان"),
      ("MET_WITH", ARA, ABS, "بحث عراقجي مع رئيس الوفد", "2025-04-12"),
      ("MEMBER_OF", ABS, "organization:houthis", "المفاوض لجماعة الحوثي"),
      ("ATTACKED", US, "organization:houthis", "الأميركية على مواقع الحوثيين", "2025-03"),
      ("LEADS", "person:donald-trump", US, "أمر بها الرئيس دونالد"),
      ("ASSASSINATED_BY", S, US, "قبل أن تقتله", "2020-01-03"),
      ("SUCCESSOR_OF", Q, S, "وخلفه العميد إسماعيل"),
      ],
     {"source": "blind set (Arabic wire-style)", "published": "2025-04-12"}),

    ("enCI5_larijani_beirut", "en",
     "BEIRUT, Aug 13 (Reuters) - Ali Larijani, the newly appointed secretary of Iran's Supreme "
     "National Security Council, held talks with Lebanese President Joseph Aoun in Beirut on "
     "Wednesday and was told that no Lebanese group may carry arms \u201cwith foreign backing\u201d. "
     "Larijani, who replaced Ali Akbar Ahmadian this month, also met Parliament Speaker Nabih "
     "Berri and Prime Minister Nawaf Salam. Foreign Minister Youssef Rajji did not meet the "
     "Iranian official, citing a full schedule.\n"
     "Larijani later visited the grave of Hassan Nasrallah, the Hezbollah leader killed in an "
     "Israeli air strike in September 2024, and was received by the group's secretary-general, "
     "Naim Qassem, who succeeded Nasrallah weeks after the strike. Hashem Safieddine, long seen "
     "as Nasrallah's heir, was killed in October; the Israeli military said it had eliminated him.\n"
     "Larijani arrived from Baghdad, where he met Iraqi national security adviser Qassim al-Araji "
     "and signed a border security memorandum. Quds Force commander Esmaeel Ghaani did not travel "
     "with him, an Iranian source said.",
     [("MEMBER_OF", LAR, "organization:supreme-national-security-council",
       "secretary of Iran's Supreme"),
      ("MET_WITH", LAR, JAO, "held talks with Lebanese President", "2025-08-13"),
      ("LEADS", JAO, "country:lebanon", "held talks with Lebanese President"),
      ("VISITED", LAR, "location:beirut", "Joseph Aoun in Beirut", "2025-08-13"),
      ("SUCCESSOR_OF", LAR, "person:ali-akbar-ahmadian", "who replaced Ali Akbar", "2025-08"),
      ("MET_WITH", LAR, BERRI, "also met Parliament Speaker", "2025-08-13"),
      ("MET_WITH", LAR, SALAM, "also met Parliament Speaker", "2025-08-13"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "Parliament Speaker Nabih"),
      ("LEADS", SALAM, "organization:lebanese-government", "Prime Minister Nawaf Salam"),
      ("LEADS", NAS, HZB, "the Hezbollah leader killed"),
      ("ASSASSINATED_BY", NAS, ISR, "Israeli air strike in September", "2024-09-27"),
      ("MET_WITH", LAR, QAS, "was received by the group's", "2025-08-13"),
      ("LEADS", QAS, HZB, "the group's secretary-general"),
      ("SUCCESSOR_OF", QAS, NAS, "who succeeded Nasrallah", "2024-10-29"),
      ("ASSASSINATED_BY", "person:hashem-safieddine", "organization:israel-defense-forces",
       "the Israeli military said it had eliminated him", "2024-10"),
      ("VISITED", LAR, "location:baghdad", "Larijani arrived from Baghdad", "2025-08"),
      ("MET_WITH", LAR, "person:qassim-al-araji", "where he met Iraqi national security", "2025-08"),
      ("LEADS", Q, QF, "Quds Force commander Esmaeel"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-08-13"}),

    ("arCI6_khalid_bin_salman_tehran", "ar",
     "طهران - وكالات - استقبل المرشد الإيراني علي خامنئي، الخميس، وزير الدفاع السعودي الأمير "
     "خالد بن سلمان، الذي سلّمه رسالة خطية من الملك سلمان بن عبد العزيز، في أرفع زيارة لمسؤول "
     "سعودي إلى طهران منذ عقود. وكان الأمير خالد قد التقى في وقت سابق الرئيس مسعود بزشكيان، "
     "وأجرى مباحثات مع رئيس هيئة الأركان العامة للقوات المسلحة اللواء محمد باقري تناولت أمن "
     "الخليج. ولم يلتقِ الوزير السعودي قائد الحرس الثوري اللواء حسين سلامي.\n"
     "وبعد أقل من شهرين، قُتل باقري وسلامي في الضربات الإسرائيلية التي استهدفت طهران فجر 13 "
     "حزيران، وأعلنت إسرائيل مسؤوليتها عن العملية. وعُيّن اللواء عبد الرحيم موسوي رئيساً للأركان "
     "خلفاً لباقري، فيما حلّ اللواء محمد باكبور محل سلامي على رأس الحرس.\n"
     "ويعود التقارب بين البلدين إلى جولات حوار استضافتها بغداد عام 2021 برعاية رئيس الوزراء "
     "العراقي الأسبق مصطفى الكاظمي، قبل إعلان استئناف العلاقات بوساطة صينية في آذار 2023.",
     [("LEADS", KHA, IRAN, "استقبل المرشد الإيراني"),
      ("MET_WITH", KHA, KBS, "استقبل المرشد الإيراني", "2025-04-17"),
      ("VISITED", KBS, IRAN, "أرفع زيارة لمسؤول", "2025-04-17"),
      ("LEADS", "person:salman-bin-abdulaziz", "country:saudi-arabia", "من الملك سلمان"),
      ("MET_WITH", KBS, PEZ, "قد التقى في وقت سابق الرئيس", "2025-04-17"),
      ("LEADS", PEZ, IRAN, "قد التقى في وقت سابق الرئيس"),
      ("MET_WITH", KBS, BAG, "وأجرى مباحثات مع رئيس هيئة", "2025-04-17"),
      ("LEADS", BAG, "organization:iranian-armed-forces-general-staff", "رئيس هيئة الأركان العامة"),
      ("LEADS", SLM, "organization:irgc", "قائد الحرس الثوري"),
      ("ASSASSINATED_BY", BAG, ISR, "في الضربات الإسرائيلية", "2025-06-13"),
      ("ASSASSINATED_BY", SLM, ISR, "قُتل باقري وسلامي", "2025-06-13"),
      ("ATTACKED", ISR, IRAN, "التي استهدفت طهران", "2025-06-13"),
      ("SUCCESSOR_OF", "person:abdolrahim-mousavi", BAG, "خلفاً لباقري", "2025-06"),
      ("LEADS", "person:abdolrahim-mousavi", "organization:iranian-armed-forces-general-staff",
       "رئيساً للأركان"),
      ("SUCCESSOR_OF", "person:mohammad-pakpour", SLM, "محل سلامي", "2025-06"),
      ("LEADS", "person:mohammad-pakpour", "organization:irgc", "على رأس الحرس"),
      ("LEADS", K, "country:iraq", "العراقي الأسبق مصطفى"),
      ],
     {"source": "blind set (Arabic wire-style)", "published": "2025-04-17"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setCI")
