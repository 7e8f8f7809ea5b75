"""Blind set QO: Iran in 2024 (first folder of QO-QP): Ebrahim Raisi's death in the helicopter crash near
Varzaqan (May 19-20, 2024), Mohammad Mokhber made interim president and Ali Bagheri Kani acting foreign
minister after Hossein Amir-Abdollahian, Bagheri Kani's first trip to Beirut and Damascus (June 2024),
Masoud Pezeshkian's inauguration before parliament (July 30, 2024), the killing of Ismail Haniyeh in
Tehran (July 31, 2024), Pezeshkian's talks with Emir Tamim in Doha at the Asia Cooperation Dialogue
summit (October 2024) and his first foreign trip, to Baghdad (September 2024), as a US wire writes it in
English (AP-like: "DUBAI, United Arab Emirates (AP) -", "state media reported"), Iran's state agency in
Arabic (IRNA Arabic-like: "طهران - إرنا", "الشهيد"), an Iranian agency's English service (Tasnim-like:
"TEHRAN (Tasnim) -", "Leader of the Islamic Revolution"), a pro-resistance TV site in Arabic (Al Mayadeen-
like: "الميادين نت", "الاحتلال", "الشهيد القائد"), a Qatari daily in English (Gulf Times-like: "HH the
Amir", "HE the President") and Iraq's state agency in Arabic (INA-like: "بغداد - واع", "استقبل رئيس
مجلس الوزراء").
Pieces: Raisi, killed in the crash, had met Aliyev at the dam; Khamenei approves Mokhber to take over as
interim president; Bagheri Kani acting foreign minister in place of Amir-Abdollahian (English, QO1);
Bagheri Kani received by Assad with Mekdad present, after meeting Berri (ambassador Amani present), Mikati,
Bou Habib and al-Nakhalah in Beirut (Arabic, QO2); Pezeshkian sworn in to succeed Raisi, receives
Haniyeh, al-Nakhalah and Qassem together, talks with Pashinyan; Aref replaces Mokhber as first vice
president (English, QO3); Haniyeh killed by Israel in Tehran, after Khamenei received him with
al-Nakhalah (Arabic, QO4); Tamim and Pezeshkian hold talks attended by Sheikh Mohammed bin Abdulrahman
and Araghchi, who took over from Bagheri Kani; Araghchi meets al-Khulaifi (English, QO5); al-Sudani
receives Pezeshkian with Fuad Hussein and Araghchi present; Rashid receives him; Soleimani and
al-Muhandis killed in an American strike (Arabic, QO6).
Excluded on purpose (no relation): the crash (no agent), the governor and imam killed with Raisi (unnamed
in the gold), Khamenei's condolences (QO1); the phone call to al-Khulaifi and the planned trip to Baghdad
(QO2); the dignitaries who merely attended the ceremony (Ghalibaf, Mohseni-Ejei), Putin's phone call, Jalili
who lost the runoff (QO3); the strike that "targeted" Fuad Shukr in Beirut (no death stated), Khaled
Mashal named as a possible successor, the IRGC's investigation (QO4); Tamim's phone call to Biden,
Araghchi's planned trip to Riyadh (QO5); the planned trip to Erbil to meet Nechirvan Barzani (QO6).
Judgement calls: "approved ... Mokhber to take over as interim president" is a succession of Raisi (QO1);
"in place of Amir-Abdollahian" and «خلفاً للشهيد حسين أمير عبداللهيان» are successions (QO1, QO2); an
attendee («بحضور», «في حضور», "attended by") is paired with both principals, and two attendees of one list
with each other (QO5: Sheikh Mohammed and Araghchi, named together as attending one session); the
ambassador «بحضور» only the Berri meeting is paired with Berri and Bagheri Kani (QO2); "received A, B and
C" at one place is a meeting of the four (QO3), «استقبل ... هنية و... النخالة» a meeting of the three
(QO4); "held separate talks with" is a meeting (QO3); attending an inauguration is not a meeting; the
outlet's own «اغتال الاحتلال الإسرائيلي» gives Haniyeh -> country:israel (QO4, the occupation being
Israel); «قُتلا بغارة أميركية» gives both victims -> country:united-states (QO6); "took over the ministry
from caretaker minister Ali Bagheri Kani" is a succession (QO5); a minister LEADS his ministry only where
it has an id; a president or prime minister LEADS his country.
Filled in for the exercise: the length of the cabinet meeting and Mokhber's age wording (QO1); Amani's
presence at the Berri meeting, the meeting with al-Nakhalah, the day of the Damascus leg, the al-Khulaifi
call (QO2); Pashinyan's talks and Volodin's presence, the wording of the Aref appointment (QO3); the
al-Nakhalah presence at the Khamenei meeting, al-Hayya's wording, the Mashal speculation (QO4); the
attendees of the Lusail session, the al-Khulaifi meeting, Tamim's call with Biden (QO5); the attendees of
the Baghdad talks and the number of memoranda (QO6).
Spellings: "Ebrahim Raisi", "Hossein Amir-Abdollahian", "Ali Bagheri Kani" (QO1); «علي باقري كني»،
«حسين أمير عبداللهيان»، «عبد الله بوحبيب»، «زياد النخالة» (QO2); "Masoud Pezeshkian", "Mohammad Baqer
Qalibaf", "Ziyad al-Nakhalah", "Sheikh Naim Qassem", "Seyed Ebrahim Raisi" (QO3); «إسماعيل هنية»، «مسعود
بزشكيان»، «السيد علي الخامنئي» (QO4); "Sheikh Tamim bin Hamad Al-Thani", "Dr Masoud Pezeshkian", "Seyed
Abbas Araghchi" (QO5); «مسعود پزشكيان»، «عباس عراقچي»، «عبد اللطيف جمال رشيد» (QO6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qp import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, US, LEBANON, SYRIA, IRAQ, QATAR, AZERBAIJAN, ARMENIA = (
    "country:iran", "country:israel", "country:united-states", "country:lebanon", "country:syria",
    "country:iraq", "country:qatar", "country:azerbaijan", "country:armenia")
HAMAS, PIJ, HEZ, IRPARL, IRFM, SYFM, IQFM, LBPARL = (
    "organization:hamas", "organization:palestinian-islamic-jihad", "organization:hezbollah",
    "organization:iranian-parliament", "organization:iranian-foreign-ministry", "organization:syrian-foreign-ministry",
    "organization:iraqi-foreign-ministry", "organization:lebanese-parliament")
RAISI, MOKHBER, PEZESHKIAN, AREF, ABDOLLAHIAN, BAGHERI, ARAGHCHI, KHAMENEI, GHALIBAF = (
    "person:ebrahim-raisi", "person:mohammad-mokhber", "person:masoud-pezeshkian", "person:mohammad-reza-aref",
    "person:hossein-amir-abdollahian", "person:ali-bagheri-kani", "person:abbas-araghchi", "person:ali-khamenei",
    "person:mohammad-bagher-ghalibaf")
AMANI, SOLEIMANI = "person:mojtaba-amani", "person:qasem-soleimani"
HANIYEH, HAYYA, NAKHALAH, QASSEM = (
    "person:ismail-haniyeh", "person:khalil-al-hayya", "person:ziyad-al-nakhalah", "person:naim-qassem")
MIKATI, BERRI, BOUHABIB = "person:najib-mikati", "person:nabih-berri", "person:abdallah-bou-habib"
ASSAD, MEKDAD = "person:bashar-al-assad", "person:faisal-mekdad"
SUDANI, RASHID, FUAD, MUHANDIS = (
    "person:mohammed-shia-al-sudani", "person:abdul-latif-rashid", "person:fuad-hussein",
    "person:abu-mahdi-al-muhandis")
TAMIM, MBA, KHULAIFI, ALIYEV, PASHINYAN = (
    "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani", "person:mohammed-al-khulaifi",
    "person:ilham-aliyev", "person:nikol-pashinyan")

AP = "blind set (US news wire, English, AP-like)"
IRNA = "blind set (Iranian state news agency, Arabic service, IRNA-like)"
TASNIM = "blind set (Iranian news agency, English service, Tasnim-like)"
MAYADEEN = "blind set (pro-resistance Lebanese TV news site, Arabic, Al Mayadeen-like)"
GULFTIMES = "blind set (Qatari daily, English, Gulf Times-like)"
INA = "blind set (Iraqi state news agency, Arabic, INA-like)"

ARTICLES = [
    ("enQO1_raisi_crash_mokhber_ap", "en",
     "Iran's president dies in helicopter crash; vice president Mokhber to run the country until election\n"
     "DUBAI, United Arab Emirates (AP) — Iranian President Ebrahim Raisi, the country's foreign minister and "
     "several other officials were found dead Monday at the site of a helicopter crash in the fog-shrouded "
     "mountains of northwestern Iran, state media reported.\n"
     "The helicopter went down Sunday near Varzaqan in East Azerbaijan province as Raisi was returning from the "
     "border, where he had met Azerbaijani President Ilham Aliyev to inaugurate a dam on the Aras River.\n"
     "Foreign Minister Hossein Amir-Abdollahian, the provincial governor and a senior Tabriz cleric were also "
     "on board. Iranian officials offered no cause for the crash, which came amid heavy fog.\n"
     "Supreme Leader Ayatollah Ali Khamenei approved First Vice President Mohammad Mokhber to take over as "
     "interim president under the constitution, which requires a new election within 50 days. Khamenei "
     "declared five days of public mourning and sent condolences to the families.\n"
     "The Cabinet later named Ali Bagheri Kani, the country's top nuclear negotiator, as acting foreign minister "
     "in place of Amir-Abdollahian.\n"
     "Mokhber, a little-known former head of a powerful state-linked foundation, chaired an emergency Cabinet "
     "meeting within hours, the state-run IRNA news agency said. The election was later set for June 28.",
     [("LEADS", RAISI, IRAN, "Iranian President Ebrahim Raisi, the country"),
      ("MET_WITH", RAISI, ALIYEV, "where he had met Azerbaijani President", "2024-05-19"),
      ("LEADS", ALIYEV, AZERBAIJAN, "Azerbaijani President Ilham Aliyev"),
      ("LEADS", ABDOLLAHIAN, IRFM, "Foreign Minister Hossein Amir-Abdollahian"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ayatollah Ali Khamenei"),
      ("SUCCESSOR_OF", MOKHBER, RAISI, "to take over as interim president", "2024-05-20"),
      ("SUCCESSOR_OF", BAGHERI, ABDOLLAHIAN, "in place of Amir-Abdollahian", "2024-05-20"),
      ],
     {"source": AP, "published": "2024-05-20"}),

    ("arQO2_bagheri_kani_beirut_damascus_irna", "ar",
     "باقري كني من دمشق: محور المقاومة أقوى من أي وقت مضى\n"
     "طهران - إرنا\n"
     "استقبل الرئيس السوري بشار الأسد، اليوم الثلاثاء في دمشق، القائم بأعمال وزير الخارجية الإيرانية علي "
     "باقري كني والوفد المرافق له، في حضور وزير الخارجية والمغتربين فيصل المقداد، وبحث معه العلاقات "
     "الثنائية والعدوان الصهيوني على غزة.\n"
     "وتأتي الزيارة في إطار أول جولة خارجية يقوم بها باقري كني منذ تكليفه بمهام الوزارة خلفاً للشهيد حسين "
     "أمير عبداللهيان، الذي ارتقى مع رئيس الجمهورية في حادث المروحية.\n"
     "وكان باقري كني قد وصل إلى دمشق قادماً من بيروت، حيث التقى أمس رئيس مجلس النواب اللبناني نبيه بري في "
     "عين التينة، بحضور السفير الإيراني لدى لبنان مجتبى أماني.\n"
     "كما التقى رئيس حكومة تصريف الأعمال نجيب ميقاتي في السراي الكبير، ثم عقد اجتماعاً مع نظيره اللبناني "
     "عبد الله بوحبيب، وأكد الجانبان ضرورة وقف الاعتداءات على جنوب لبنان.\n"
     "والتقى الدبلوماسي الإيراني في مقر السفارة الأمين العام لحركة الجهاد الإسلامي زياد النخالة، واطّلع منه "
     "على آخر التطورات الميدانية في القطاع.\n"
     "وكان باقري كني قد أجرى يوم الأحد اتصالاً هاتفياً بوزير الدولة القطري للشؤون الخارجية محمد الخليفي، "
     "تناول جهود الوساطة.\n"
     "ومن المقرر أن يزور بغداد في وقت لاحق، وفق مصادر دبلوماسية.",
     [("MET_WITH", ASSAD, BAGHERI, "القائم بأعمال وزير الخارجية الإيرانية علي", "2024-06-04"),
      ("MET_WITH", MEKDAD, ASSAD, "في حضور وزير الخارجية والمغتربين", "2024-06-04"),
      ("MET_WITH", MEKDAD, BAGHERI, "فيصل المقداد، وبحث معه", "2024-06-04"),
      ("LEADS", ASSAD, SYRIA, "استقبل الرئيس السوري بشار الأسد"),
      ("LEADS", MEKDAD, SYFM, "وزير الخارجية والمغتربين فيصل المقداد"),
      ("SUCCESSOR_OF", BAGHERI, ABDOLLAHIAN, "خلفاً للشهيد حسين", "2024-05-20"),
      ("MET_WITH", BAGHERI, BERRI, "حيث التقى أمس رئيس مجلس النواب", "2024-06-03"),
      ("MET_WITH", AMANI, BERRI, "بحضور السفير الإيراني لدى لبنان", "2024-06-03"),
      ("MET_WITH", AMANI, BAGHERI, "مجتبى أماني", "2024-06-03"),
      ("LEADS", BERRI, LBPARL, "رئيس مجلس النواب اللبناني نبيه بري"),
      ("MET_WITH", BAGHERI, MIKATI, "كما التقى رئيس حكومة تصريف الأعمال", "2024-06-03"),
      ("LEADS", MIKATI, LEBANON, "رئيس حكومة تصريف الأعمال نجيب ميقاتي"),
      ("MET_WITH", BAGHERI, BOUHABIB, "ثم عقد اجتماعاً مع نظيره اللبناني", "2024-06-03"),
      ("MET_WITH", BAGHERI, NAKHALAH, "والتقى الدبلوماسي الإيراني في مقر السفارة", "2024-06-03"),
      ("LEADS", NAKHALAH, PIJ, "الأمين العام لحركة الجهاد الإسلامي زياد النخالة"),
      ],
     {"source": IRNA, "published": "2024-06-04"}),

    ("enQO3_pezeshkian_sworn_in_tasnim", "en",
     "Pezeshkian Sworn In as Iran's Ninth President, Vows 'Constructive Engagement'\n"
     "TEHRAN (Tasnim) – Masoud Pezeshkian was sworn in as the ninth president of the Islamic Republic of Iran "
     "on Tuesday in a ceremony at the Majlis attended by Parliament Speaker Mohammad Baqer Qalibaf, Judiciary "
     "Chief Gholamhossein Mohseni Ejei and dozens of foreign delegations.\n"
     "The heart surgeon and former health minister, who defeated Saeed Jalili in the July 5 runoff, succeeds "
     "Ayatollah Seyed Ebrahim Raisi, who was martyred in a helicopter crash in May.\n"
     "On the sidelines of the ceremony, President Pezeshkian received Hamas political bureau chief Ismail "
     "Haniyeh, Palestinian Islamic Jihad Secretary-General Ziyad al-Nakhalah and Hezbollah Deputy "
     "Secretary-General Sheikh Naim Qassem at the parliament building, stressing the Islamic Republic's "
     "support for the Axis of Resistance.\n"
     "He also held separate talks with Armenian Prime Minister Nikol Pashinyan on transit routes in the South "
     "Caucasus.\n"
     "Russian President Vladimir Putin, who congratulated Pezeshkian by phone after the runoff, was "
     "represented by the speaker of the State Duma.\n"
     "Pezeshkian has named former vice president Mohammad Reza Aref as his first vice president, replacing "
     "Mohammad Mokhber, who ran the government as acting president after Raisi's death.",
     met_group({PEZESHKIAN: "President Pezeshkian received Hamas", HANIYEH: "Haniyeh, Palestinian Islamic Jihad",
                NAKHALAH: "Secretary-General Ziyad al-Nakhalah and",
                QASSEM: "Sheikh Naim Qassem at the parliament"}, "2024-07-30") + [
      ("LEADS", PEZESHKIAN, IRAN, "ninth president of the Islamic Republic of Iran"),
      ("LEADS", GHALIBAF, IRPARL, "Parliament Speaker Mohammad Baqer Qalibaf"),
      ("SUCCESSOR_OF", PEZESHKIAN, RAISI, "succeeds Ayatollah Seyed Ebrahim Raisi", "2024-07-30"),
      ("LEADS", HANIYEH, HAMAS, "Hamas political bureau chief Ismail"),
      ("LEADS", NAKHALAH, PIJ, "Palestinian Islamic Jihad Secretary-General"),
      ("MEMBER_OF", QASSEM, HEZ, "Hezbollah Deputy Secretary-General"),
      ("MET_WITH", PEZESHKIAN, PASHINYAN, "He also held separate talks with", "2024-07-30"),
      ("LEADS", PASHINYAN, ARMENIA, "Armenian Prime Minister Nikol Pashinyan"),
      ("SUCCESSOR_OF", AREF, MOKHBER, "replacing Mohammad Mokhber"),
      ],
     {"source": TASNIM, "published": "2024-07-30"}),

    ("arQO4_haniyeh_tehran_mayadeen", "ar",
     "استشهاد القائد إسماعيل هنية في طهران.. و\"حماس\": الاغتيال لن يمرّ دون عقاب\n"
     "الميادين نت\n"
     "أعلنت حركة المقاومة الإسلامية \"حماس\"، فجر اليوم الأربعاء، استشهاد رئيس مكتبها السياسي القائد "
     "إسماعيل هنية ومرافقه، في العاصمة الإيرانية طهران، بعد ساعات من مشاركته في مراسم أداء الرئيس الإيراني "
     "الجديد مسعود بزشكيان اليمين الدستورية أمام مجلس الشورى.\n"
     "واغتال الاحتلال الإسرائيلي الشهيد هنية بصاروخ أصاب مقر إقامته في شمال العاصمة، بحسب ما أفادت "
     "مصادر الميادين.\n"
     "وكان قائد الثورة الإسلامية السيد علي الخامنئي قد استقبل مساء الثلاثاء هنية والأمين العام لحركة "
     "الجهاد الإسلامي زياد النخالة، مؤكداً استمرار دعم الجمهورية الإسلامية للمقاومة الفلسطينية.\n"
     "وأعلن حرس الثورة الإسلامية في بيان أن التحقيقات جارية لتحديد ملابسات الحادث، فيما توعّد الخامنئي "
     "الكيان بـ\"عقاب شديد\".\n"
     "من جهته، قال عضو المكتب السياسي للحركة خليل الحية إن \"دماء القائد لن تذهب هدراً\"، مؤكداً أن "
     "الحركة ستواصل طريقها.\n"
     "وتأتي عملية الاغتيال بعد ساعات من غارة للاحتلال على الضاحية الجنوبية لبيروت استهدفت القيادي في "
     "حزب الله فؤاد شكر، من دون أن يصدر عن الحزب ما يؤكد مصيره حتى الآن.\n"
     "وتتداول أوساط فلسطينية اسم رئيس الحركة في الخارج خالد مشعل كأحد المرشحين لخلافة هنية.",
     [("LEADS", HANIYEH, HAMAS, "استشهاد رئيس مكتبها السياسي القائد"),
      ("ASSASSINATED_BY", HANIYEH, ISRAEL, "واغتال الاحتلال الإسرائيلي الشهيد هنية", "2024-07-31"),
      ("LEADS", PEZESHKIAN, IRAN, "الرئيس الإيراني الجديد مسعود بزشكيان"),
      ] + met_group({KHAMENEI: "قائد الثورة الإسلامية السيد علي الخامنئي", HANIYEH: "مساء الثلاثاء هنية",
                     NAKHALAH: "الجهاد الإسلامي زياد النخالة، مؤكداً"}, "2024-07-30") + [
      ("LEADS", NAKHALAH, PIJ, "والأمين العام لحركة"),
      ("MEMBER_OF", HAYYA, HAMAS, "عضو المكتب السياسي للحركة خليل الحية"),
      ],
     {"source": MAYADEEN, "published": "2024-07-31"}),

    ("enQO5_tamim_pezeshkian_doha_gulftimes", "en",
     "HH the Amir, Iranian President hold official talks\n"
     "DOHA: His Highness the Amir Sheikh Tamim bin Hamad Al-Thani and HE President of the Islamic Republic of "
     "Iran Dr Masoud Pezeshkian held a session of official talks at Lusail Palace yesterday, on the sidelines of "
     "the third Asia Cooperation Dialogue summit.\n"
     "The session was attended by HE the Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin "
     "Abdulrahman bin Jassim Al-Thani and HE the Iranian Minister of Foreign Affairs Seyed Abbas Araghchi.\n"
     "During the session, they reviewed bilateral relations and the dangerous escalation in Lebanon, and "
     "stressed the need for an immediate ceasefire in Gaza. HH the Amir had discussed the same developments "
     "with US President Joe Biden in a phone call earlier in the week.\n"
     "The Iranian President is making his first visit to Qatar since taking office in July. Araghchi, a veteran "
     "diplomat who took over the ministry in August from caretaker minister Ali Bagheri Kani, later met HE the "
     "Minister of State at the Ministry of Foreign Affairs Dr Mohammed bin Abdulaziz Al-Khulaifi.\n"
     "Araghchi is expected to travel to Riyadh next week for talks with Saudi officials, Iranian media said.",
     met_group({TAMIM: "His Highness the Amir Sheikh Tamim", PEZESHKIAN: "Iran Dr Masoud Pezeshkian held",
                MBA: "Abdulrahman bin Jassim Al-Thani", ARAGHCHI: "Minister of Foreign Affairs Seyed Abbas"},
               "2024-10-02") + [
      ("LEADS", PEZESHKIAN, IRAN, "HE President of the Islamic Republic of Iran"),
      ("LEADS", ARAGHCHI, IRFM, "the Iranian Minister of Foreign Affairs"),
      ("SUCCESSOR_OF", ARAGHCHI, BAGHERI, "took over the ministry in August", "2024-08-21"),
      ("MET_WITH", ARAGHCHI, KHULAIFI, "later met HE the", "2024-10-02"),
      ],
     {"source": GULFTIMES, "published": "2024-10-03"}),

    ("arQO6_sudani_pezeshkian_baghdad_ina", "ar",
     "رئيس مجلس الوزراء يستقبل الرئيس الإيراني في بغداد\n"
     "بغداد - واع\n"
     "استقبل رئيس مجلس الوزراء محمد شياع السوداني، اليوم الأربعاء، رئيس الجمهورية الإسلامية الإيرانية مسعود "
     "پزشكيان والوفد المرافق له، الذي يزور العراق في أول زيارة خارجية له منذ توليه مهامه.\n"
     "وعقد الجانبان جلسة مباحثات رسمية في القصر الحكومي، بحضور نائب رئيس مجلس الوزراء وزير الخارجية فؤاد "
     "حسين ووزير الخارجية الإيراني عباس عراقچي، جرى خلالها بحث العلاقات الثنائية والتطورات في المنطقة، "
     "وشهدت توقيع 14 مذكرة تفاهم في مجالات مختلفة.\n"
     "وأكد السوداني أن العراق \"لن يكون منطلقاً للاعتداء على أي من دول الجوار\".\n"
     "ثم استقبل رئيس الجمهورية عبد اللطيف جمال رشيد، في قصر بغداد، الرئيس الإيراني، وجرى التأكيد على "
     "تعزيز التعاون الاقتصادي.\n"
     "وكان پزشكيان قد زار في وقت سابق من اليوم النصب التذكاري قرب مطار بغداد الدولي، حيث قُتل قائد فيلق "
     "القدس الفريق قاسم سليماني ونائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس بغارة أميركية مطلع عام "
     "2020.\n"
     "ومن المقرر أن يتوجه الرئيس الإيراني غداً إلى أربيل للقاء رئيس إقليم كوردستان نيجيرفان بارزاني، ثم "
     "إلى البصرة.",
     [("MET_WITH", SUDANI, PEZESHKIAN, "رئيس الجمهورية الإسلامية الإيرانية مسعود", "2024-09-11"),
      ("LEADS", SUDANI, IRAQ, "استقبل رئيس مجلس الوزراء محمد شياع"),
      ("LEADS", PEZESHKIAN, IRAN, "پزشكيان والوفد المرافق"),
      ("MET_WITH", FUAD, SUDANI, "بحضور نائب رئيس مجلس الوزراء", "2024-09-11"),
      ("MET_WITH", FUAD, PEZESHKIAN, "وزير الخارجية فؤاد", "2024-09-11"),
      ("MET_WITH", ARAGHCHI, SUDANI, "ووزير الخارجية الإيراني عباس", "2024-09-11"),
      ("MET_WITH", ARAGHCHI, PEZESHKIAN, "عراقچي، جرى خلالها", "2024-09-11"),
      ("MET_WITH", ARAGHCHI, FUAD, "حسين ووزير الخارجية", "2024-09-11"),
      ("LEADS", FUAD, IQFM, "مجلس الوزراء وزير الخارجية فؤاد"),
      ("LEADS", ARAGHCHI, IRFM, "الخارجية الإيراني عباس عراقچي"),
      ("MET_WITH", RASHID, PEZESHKIAN, "ثم استقبل رئيس الجمهورية عبد اللطيف", "2024-09-11"),
      ("LEADS", RASHID, IRAQ, "رئيس الجمهورية عبد اللطيف جمال رشيد"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "حيث قُتل قائد فيلق", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "أبو مهدي المهندس بغارة أميركية", "2020-01-03"),
      ("LEADS", SOLEIMANI, "organization:quds-force", "القدس الفريق قاسم سليماني"),
      ],
     {"source": INA, "published": "2024-09-11"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQO")
