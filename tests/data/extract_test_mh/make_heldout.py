"""Blind set MH: Iran 2023-2025 (second folder of MG-MH): Grossi's Tehran talks before the Rome round
(April 2025), Araghchi with the E3 ministers in Geneva and then in Istanbul and Moscow (June 2025), the
Iranian foreign minister received by the Saudi crown prince in Jeddah (August 2023) and the Beijing
deal's signatories, Pezeshkian sworn in and his guests on the eve of Haniyeh's killing (July 2024), the
new IRGC commanders after the June 2025 strikes, and Larijani's Baghdad and Beirut trip (August 2025),
as an Indian news agency writes it in English (PTI-like: "Tehran, Apr 17 (PTI)"), as a Saudi-owned TV
site writes it in Arabic (Al Arabiya.net-like: "دبي - العربية.نت"), as a Saudi broadcaster's English
site writes it (Al Arabiya English-like, "the Kingdom"), as a Kuwaiti daily writes it in Arabic
(al-Qabas-like: "طهران - القبس"), as an American weekly's profile (Newsweek-like: "Who Is ...?") and as a
Lebanese TV site writes it in Arabic (al-Jadeed-like: "الرؤساء الثلاثة", "الضيف الإيراني").
Pieces: Grossi with Eslami and, the day before, with Araghchi (English, MH1); Araghchi with Wadephul,
Barrot, Lammy and Kallas in Geneva, his trips to Istanbul and Moscow and his meeting with Putin (Arabic,
MH2); Mohammed bin Salman with Amir-Abdollahian and Faisal bin Farhan in Jeddah, Faisal bin Farhan with
Raisi in Tehran, Shamkhani and al-Aiban signing in Beijing, Ahmadian after Shamkhani (English, MH3);
Pezeshkian after Raisi, Mokhber acting in between, Pezeshkian with Haniyeh, al-Nakhalah and Naim Qassem,
Aref after Mokhber (Arabic, MH4); Pakpour after Salami, Majid Mousavi after Hajizadeh, Khademi after
Kazemi, Salami, Hajizadeh, Kazemi and Mohaqeq killed by Israel (English, MH5); Larijani after Ahmadian,
with al-Araji and al-Sudani in Baghdad, with Joseph Aoun, Berri and Nawaf Salam in Beirut (Arabic, MH6).
Excluded on purpose (no relation): the Rome round only announced, Witkoff's Paris meeting with Dermer and
Barnea only "due", Pezeshkian who "did not receive" Grossi (MH1); Araghchi's denied phone calls with
Witkoff, talks with Washington refused (MH2); Raisi's accepted invitation with no date, the ambassadors
Enayati and al-Anazi only named / "due" (MH3); Bagheri Kani, who "did not attend" the meeting with
Haniyeh, Haniyeh's killing announced by the IRGC "without naming" who carried it out, Jalili beaten in the
run-off (MH4); Katz's threat against Khamenei, Pakpour not seen with Abdolrahim Mousavi (MH5); a meeting
with Naim Qassem that no statement announced (MH6).
Judgement calls: the meeting of several ministers pairs every two of them (MH2, MH6: the signing with
al-Araji "in the presence of" al-Sudani pairs all three); a minister "who attended the meeting" is
paired with both sides (MH3); "had hosted his counterpart for talks" is a meeting already counted by the
Jeddah triple (MH3); signing an agreement together in Beijing is a meeting (MH3); "after taking over as
acting president" gives Mokhber after Raisi as in MG3 (MH4); "killed his predecessor" gives both the
killing and the succession (MH5); "now heads X after Israel killed the organisation's chief" is a
succession (MH5). Filled in for the exercise: Pezeshkian not receiving Grossi (MH1), Faisal bin Farhan's presence in Jeddah (MH3), Bagheri
Kani's absence (MH4), al-Sudani's presence at the signing (MH6).
Spellings: "Rafael Mariano Grossi" (MH1); "عراقجي", "يوهان فاديفول", "جان نويل بارو" (MH2); "Prince Faisal",
"Hossein Amir-Abdollahian" (MH3); "مسعود پزشكيان", "إسماعيل هنيّة", "نعيم قاسم" (MH4); "Amirali Hajizadeh"
(MH5); "جوزاف عون", "قاسم الأعرجي" (MH6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_mh import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, US, LEBANON = "country:iran", "country:israel", "country:united-states", "country:lebanon"
IRFM, SAFM, IAEA, AEOI, SNSC, IRGC, AERO, GROUND, IRGCINT, GENSTAFF, HAMAS, PIJ, HEZB, LEBPARL, LEBGOV = (
    "organization:iranian-foreign-ministry", "organization:saudi-foreign-ministry", "organization:iaea",
    "organization:atomic-energy-organization-of-iran", "organization:supreme-national-security-council",
    "organization:irgc", "organization:irgc-aerospace-force", "organization:irgc-ground-forces",
    "organization:irgc-intelligence-organization", "organization:iranian-armed-forces-general-staff",
    "organization:hamas", "organization:palestinian-islamic-jihad", "organization:hezbollah",
    "organization:lebanese-parliament", "organization:lebanese-government")
IRQGOV, IRQNSA = "organization:iraqi-government", "organization:iraqi-national-security-adviser"
TEHRAN, GENEVA, ISTANBUL, MOSCOW, JEDDAH, RIYADH, BAGHDAD, BEIRUT = (
    "location:tehran", "location:geneva", "location:istanbul", "location:moscow", "location:jeddah",
    "location:riyadh", "location:baghdad", "location:beirut")
GROSSI, ESLAMI, ARAGHCHI, WITKOFF, DERMER, BARNEA, PEZ = (
    "person:rafael-grossi", "person:mohammad-eslami", "person:abbas-araghchi", "person:steve-witkoff",
    "person:ron-dermer", "person:david-barnea", "person:masoud-pezeshkian")
WADEPHUL, BARROT, LAMMY, KALLAS, PUTIN, TRUMP = (
    "person:johann-wadephul", "person:jean-noel-barrot", "person:david-lammy", "person:kaja-kallas",
    "person:vladimir-putin", "person:donald-trump")
MBS, AMIRAB, FBF, RAISI, SHAMKHANI, AIBAN, AHMADIAN = (
    "person:mohammed-bin-salman", "person:hossein-amir-abdollahian", "person:faisal-bin-farhan",
    "person:ebrahim-raisi", "person:ali-shamkhani", "person:musaed-al-aiban", "person:ali-akbar-ahmadian")
MOKHBER, HANIYEH, NAKHALAH, QASSEM, AREF, BKANI = (
    "person:mohammad-mokhber", "person:ismail-haniyeh", "person:ziyad-al-nakhalah", "person:naim-qassem",
    "person:mohammad-reza-aref", "person:ali-bagheri-kani")
PAKPOUR, SALAMI, KHAMENEI, MMOUSAVI, HAJIZADEH, KHADEMI, KAZEMI, MOHAQEQ, AMOUSAVI = (
    "person:mohammad-pakpour", "person:hossein-salami", "person:ali-khamenei", "person:majid-mousavi",
    "person:amir-ali-hajizadeh", "person:majid-khademi", "person:mohammad-kazemi", "person:hassan-mohaqeq",
    "person:abdolrahim-mousavi")
LARIJANI, ARAJI, SUDANI, JAOUN, BERRI, NSALAM = (
    "person:ali-larijani", "person:qassim-al-araji", "person:mohammed-shia-al-sudani", "person:joseph-aoun",
    "person:nabih-berri", "person:nawaf-salam")

PTI = "blind set (Indian news agency, English, PTI-like)"
ARABIYA = "blind set (Saudi-owned TV site, Arabic, Al Arabiya.net-like)"
ARABIYAEN = "blind set (Saudi-owned broadcaster, English site, Al Arabiya English-like)"
QABAS = "blind set (Kuwaiti daily, Arabic, al-Qabas-like)"
NEWSWEEK = "blind set (American weekly, English profile, Newsweek-like)"
JADEED = "blind set (Lebanese TV site, Arabic, al-Jadeed-like)"


_GENEVA = {ARAGHCHI: "التقى وزير الخارجية الإيراني عباس عراقجي", WADEPHUL: "نظراءه الألماني يوهان فاديفول",
           BARROT: "والفرنسي جان نويل بارو", LAMMY: "والبريطاني ديفيد لامي",
           KALLAS: "بمشاركة مسؤولة السياسة الخارجية في الاتحاد الأوروبي كايا كالاس"}
_JEDDAH = {MBS: "received Iranian Foreign Minister Hossein Amir-Abdollahian in Jeddah",
           AMIRAB: "received Iranian Foreign Minister Hossein Amir-Abdollahian in Jeddah",
           FBF: "attended the meeting"}
_PEZ_GUESTS = {PEZ: "استقبل پزشكيان", HANIYEH: "رئيس المكتب السياسي لحركة حماس إسماعيل هنيّة"}
_BAGHDAD = {LARIJANI: "وقّع خلالها مذكرة تفاهم أمنية", ARAJI: "مع مستشار الأمن القومي العراقي قاسم الأعرجي",
            SUDANI: "بحضور رئيس الوزراء محمد شياع السوداني"}

ARTICLES = [
    ("enMH1_grossi_tehran_before_rome", "en",
     "IAEA chief Grossi holds talks in Tehran ahead of second Iran-US round\n"
     "Tehran, Apr 17 (PTI) The head of the UN nuclear watchdog, Rafael Mariano Grossi, met Iran's atomic energy "
     "chief Mohammad Eslami in Tehran on Thursday, a day after holding talks with Foreign Minister Abbas "
     "Araghchi, as Tehran and Washington prepared for a second round of nuclear negotiations.\n"
     "Grossi, director general of the International Atomic Energy Agency, told reporters that the agency's "
     "cooperation would be \"indispensable\" to any agreement.\n"
     "Araghchi described his meeting with the Argentine diplomat as \"useful\".\n"
     "The second round of indirect talks between Araghchi and US special envoy Steve Witkoff will take place in "
     "Rome on Saturday, again mediated by Oman, officials said.\n"
     "Witkoff is due to meet Israel's strategic affairs minister Ron Dermer and Mossad director David Barnea in "
     "Paris on Friday to discuss Iran, according to a report in Axios.\n"
     "Iranian President Masoud Pezeshkian did not receive the IAEA chief, state media said. (PTI)",
     [("MET_WITH", GROSSI, ESLAMI, "met Iran's atomic energy chief Mohammad Eslami", "2025-04-17"),
      ("MET_WITH", GROSSI, ARAGHCHI, "a day after holding talks with Foreign Minister", "2025-04-16"),
      ("VISITED", GROSSI, TEHRAN, "Mohammad Eslami in Tehran on Thursday", "2025-04-16"),
      ("LEADS", GROSSI, IAEA, "director general of the International Atomic Energy Agency"),
      ("LEADS", ESLAMI, AEOI, "Iran's atomic energy chief"),
      ("LEADS", ARAGHCHI, IRFM, "with Foreign Minister Abbas"),
      ("LEADS", BARNEA, "organization:mossad", "Mossad director David Barnea"),
      ("LEADS", PEZ, IRAN, "Iranian President Masoud Pezeshkian"),
      ],
     {"source": PTI, "published": "2025-04-17"}),

    ("arMH2_araghchi_geneva_moscow", "ar",
     "من جنيف إلى موسكو.. عراقجي يرفض التفاوض مع واشنطن تحت النار\n"
     "دبي - العربية.نت\n"
     "التقى وزير الخارجية الإيراني عباس عراقجي، يوم الجمعة الماضي في جنيف، نظراءه الألماني يوهان فاديفول "
     "والفرنسي جان نويل بارو والبريطاني ديفيد لامي، بمشاركة مسؤولة السياسة الخارجية في الاتحاد الأوروبي كايا "
     "كالاس، في أول لقاء مباشر بين الجانبين منذ بدء الهجمات الإسرائيلية على إيران في 13 يونيو.\n"
     "واستمرت المحادثات قرابة أربع ساعات، وقال بارو بعدها إن الأوروبيين دعوا طهران إلى استئناف التفاوض مع "
     "الولايات المتحدة.\n"
     "في المقابل، أكد عراقجي أن بلاده \"لن تتفاوض مع واشنطن ما دامت الاعتداءات مستمرة\"، نافياً تقارير عن "
     "اتصالات هاتفية مباشرة مع المبعوث الأميركي ستيف ويتكوف.\n"
     "ومن جنيف، توجه عراقجي إلى إسطنبول للمشاركة في اجتماع وزراء خارجية منظمة التعاون الإسلامي، ثم إلى موسكو "
     "حيث استقبله الرئيس فلاديمير بوتين في الكرملين اليوم الاثنين، غداة الضربات الأميركية على منشآت فوردو "
     "ونطنز وأصفهان التي أمر بها الرئيس دونالد ترامب.\n"
     "ووصف بوتين تلك الضربات بأنها \"عدوان غير مبرر\".",
     met_group(_GENEVA, "2025-06-20") + [
      ("VISITED", ARAGHCHI, GENEVA, "يوم الجمعة الماضي في جنيف", "2025-06-20"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني عباس عراقجي"),
      ("VISITED", ARAGHCHI, ISTANBUL, "توجه عراقجي إلى إسطنبول", "2025-06-21"),
      ("VISITED", ARAGHCHI, MOSCOW, "ثم إلى موسكو", "2025-06-23"),
      ("MET_WITH", ARAGHCHI, PUTIN, "حيث استقبله الرئيس فلاديمير بوتين", "2025-06-23"),
      ("LEADS", TRUMP, US, "التي أمر بها الرئيس دونالد ترامب"),
      ],
     {"source": ARABIYA, "published": "2025-06-23"}),

    ("enMH3_crown_prince_receives_amir_abdollahian", "en",
     "Saudi Crown Prince receives Iran's foreign minister in Jeddah\n"
     "Saudi Crown Prince and Prime Minister Mohammed bin Salman received Iranian Foreign Minister Hossein "
     "Amir-Abdollahian in Jeddah on Friday, the Saudi Press Agency reported, in the first visit to the Kingdom "
     "by Iran's top diplomat since the two countries restored ties in March.\n"
     "Prince Faisal bin Farhan, the Saudi foreign minister, attended the meeting. He had hosted his Iranian "
     "counterpart for talks in Riyadh a day earlier.\n"
     "Amir-Abdollahian conveyed greetings from President Ebrahim Raisi, who has accepted an invitation to visit "
     "the Kingdom. No date has been set for the trip.\n"
     "Prince Faisal had traveled to Tehran in June, when he met Raisi. Iran's new ambassador, Alireza Enayati, "
     "is due to take up his post in Riyadh in the coming weeks, while the Kingdom has named Abdullah bin Saud "
     "al-Anazi as its envoy to Tehran.\n"
     "The rapprochement was brokered by China. The agreement was signed in Beijing by Ali Shamkhani, then "
     "secretary of Iran's Supreme National Security Council, and Saudi national security adviser Musaed "
     "al-Aiban. Shamkhani was replaced in May by Ali Akbar Ahmadian, a former Revolutionary Guards commander.",
     met_group(_JEDDAH, "2023-08-18") + [
      ("VISITED", AMIRAB, JEDDAH, "in Jeddah on Friday", "2023-08-18"),
      ("VISITED", AMIRAB, RIYADH, "for talks in Riyadh a day earlier", "2023-08-17"),
      ("LEADS", AMIRAB, IRFM, "Iranian Foreign Minister Hossein"),
      ("LEADS", FBF, SAFM, "the Saudi foreign minister, attended"),
      ("LEADS", RAISI, IRAN, "greetings from President Ebrahim Raisi"),
      ("VISITED", FBF, TEHRAN, "Prince Faisal had traveled to Tehran in June", "2023-06-17"),
      ("MET_WITH", FBF, RAISI, "when he met Raisi", "2023-06-17"),
      ("MET_WITH", SHAMKHANI, AIBAN, "The agreement was signed in Beijing by", "2023-03-10"),
      ("SUCCESSOR_OF", AHMADIAN, SHAMKHANI, "Shamkhani was replaced in May by", "2023-05-22"),
      ],
     {"source": ARABIYAEN, "published": "2023-08-18"}),

    ("arMH4_pezeshkian_sworn_in_haniyeh", "ar",
     "پزشكيان يؤدي اليمين.. وهنيّة يغتال في طهران بعد ساعات من لقائه\n"
     "طهران - القبس\n"
     "أدى الرئيس الإيراني الجديد مسعود پزشكيان، أمس الثلاثاء، اليمين الدستورية أمام مجلس الشورى بحضور وفود "
     "أجنبية رفيعة، ليصبح الرئيس التاسع للجمهورية الإسلامية خلفاً لإبراهيم رئيسي الذي قضى في تحطم مروحية في "
     "مايو الماضي.\n"
     "وكان پزشكيان، الجراح والنائب الإصلاحي، قد فاز في الجولة الثانية من الانتخابات على المرشح المحافظ سعيد "
     "جليلي، بعدما تولى النائب الأول للرئيس محمد مخبر الرئاسة بالوكالة خلال المرحلة الانتقالية.\n"
     "وعلى هامش المراسم، استقبل پزشكيان رئيس المكتب السياسي لحركة حماس إسماعيل هنيّة، ثم الأمين العام لحركة "
     "الجهاد الإسلامي زياد النخالة، ونائب الأمين العام لحزب الله الشيخ نعيم قاسم.\n"
     "ولم يحضر وزير الخارجية بالوكالة علي باقري كني لقاء الرئيس مع هنيّة، بحسب مصدر مطلع.\n"
     "وفجر اليوم الأربعاء، أعلن الحرس الثوري اغتيال هنيّة وأحد مرافقيه في مقر إقامته في طهران، من دون أن "
     "يحدد الجهة المنفذة.\n"
     "وكان الرئيس الجديد قد عيّن محمد رضا عارف نائباً أول له بدلاً من مخبر.",
     met_group(_PEZ_GUESTS, "2024-07-30") + [
      ("MET_WITH", PEZ, NAKHALAH, "ثم الأمين العام لحركة", "2024-07-30"),
      ("MET_WITH", PEZ, QASSEM, "ونائب الأمين العام لحزب الله الشيخ نعيم قاسم", "2024-07-30"),
      ("SUCCESSOR_OF", PEZ, RAISI, "خلفاً لإبراهيم رئيسي", "2024-07-30"),
      ("SUCCESSOR_OF", MOKHBER, RAISI, "الرئاسة بالوكالة", "2024-05-20"),
      ("SUCCESSOR_OF", AREF, MOKHBER, "بدلاً من مخبر", "2024-07"),
      ("LEADS", HANIYEH, HAMAS, "رئيس المكتب السياسي لحركة حماس"),
      ("LEADS", NAKHALAH, PIJ, "الجهاد الإسلامي زياد النخالة"),
      ("MEMBER_OF", QASSEM, HEZB, "ونائب الأمين العام"),
      ("LEADS", PEZ, IRAN, "أدى الرئيس الإيراني الجديد مسعود"),
      ],
     {"source": QABAS, "published": "2024-07-31"}),

    ("enMH5_who_is_pakpour", "en",
     "Who Is Mohammad Pakpour? Iran's New Revolutionary Guards Chief\n"
     "Maj. Gen. Mohammad Pakpour was named commander-in-chief of Iran's Islamic Revolutionary Guard Corps on "
     "June 13, hours after an Israeli airstrike in Tehran killed his predecessor, Hossein Salami.\n"
     "Pakpour, 64, had led the IRGC Ground Force since 2009, overseeing operations against Kurdish and Baluch "
     "militants along Iran's borders. In a letter to Supreme Leader Ali Khamenei published by state media, he "
     "vowed that \"the gates of hell\" would open for Israel.\n"
     "He is not the only new face. Brig. Gen. Majid Mousavi took over the Guards' Aerospace Force from Amirali "
     "Hajizadeh, who died in an Israeli strike on an underground command center, and Brig. Gen. Majid Khademi "
     "now heads IRGC intelligence after Israel killed the organization's chief, Mohammad Kazemi, and his "
     "deputy, Hassan Mohaqeq, in Tehran on June 15.\n"
     "Israeli Defense Minister Israel Katz said this week that Khamenei could \"meet the same fate\" as Saddam "
     "Hussein.\n"
     "Pakpour has kept a low profile since his appointment and has not appeared in public alongside armed "
     "forces Chief of Staff Abdolrahim Mousavi, state television said.",
     [("SUCCESSOR_OF", PAKPOUR, SALAMI, "killed his predecessor, Hossein Salami", "2025-06-13"),
      ("ASSASSINATED_BY", SALAMI, ISRAEL, "hours after an Israeli airstrike in Tehran", "2025-06-13"),
      ("LEADS", PAKPOUR, IRGC, "was named commander-in-chief of Iran's Islamic Revolutionary Guard Corps"),
      ("LEADS", PAKPOUR, GROUND, "had led the IRGC Ground Force since 2009"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ali Khamenei published"),
      ("SUCCESSOR_OF", MMOUSAVI, HAJIZADEH, "took over the Guards' Aerospace Force from", "2025-06"),
      ("LEADS", MMOUSAVI, AERO, "Brig. Gen. Majid Mousavi took over"),
      ("ASSASSINATED_BY", HAJIZADEH, ISRAEL, "who died in an Israeli strike", "2025-06-13"),
      ("SUCCESSOR_OF", KHADEMI, KAZEMI, "now heads IRGC intelligence after", "2025-06"),
      ("LEADS", KHADEMI, IRGCINT, "Brig. Gen. Majid Khademi"),
      ("LEADS", KAZEMI, IRGCINT, "the organization's chief, Mohammad Kazemi"),
      ("ASSASSINATED_BY", KAZEMI, ISRAEL, "after Israel killed the organization's chief", "2025-06-15"),
      ("ASSASSINATED_BY", MOHAQEQ, ISRAEL, "deputy, Hassan Mohaqeq", "2025-06-15"),
      ("MEMBER_OF", MOHAQEQ, IRGCINT, "and his deputy"),
      ("LEADS", AMOUSAVI, GENSTAFF, "Chief of Staff Abdolrahim Mousavi"),
      ],
     {"source": NEWSWEEK, "published": "2025-06-18"}),

    ("arMH6_larijani_beirut_after_baghdad", "ar",
     "لاريجاني في بيروت آتياً من بغداد: جولة على الرؤساء الثلاثة\n"
     "وصل أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني إلى بيروت ظهر اليوم الأربعاء، في أول زيارة له "
     "منذ تعيينه في منصبه مطلع الشهر الجاري خلفاً لعلي أكبر أحمديان، وذلك بعد محطة في العاصمة العراقية وقّع "
     "خلالها مذكرة تفاهم أمنية مع مستشار الأمن القومي العراقي قاسم الأعرجي، بحضور رئيس الوزراء محمد شياع "
     "السوداني.\n"
     "واستقبل رئيس الجمهورية العماد جوزاف عون الضيف الإيراني في قصر بعبدا، وأبلغه أن \"لبنان لا يقبل أي تدخل "
     "في شؤونه الداخلية\" وأن قرار حصر السلاح بيد الدولة \"لا رجعة عنه\".\n"
     "وانتقل لاريجاني بعدها إلى عين التينة حيث التقى رئيس مجلس النواب نبيه بري، ثم إلى السراي حيث اجتمع "
     "برئيس الحكومة نواف سلام.\n"
     "ولم يصدر حتى المساء أي بيان عن لقاء بين المسؤول الإيراني والأمين العام لحزب الله الشيخ نعيم قاسم.",
     met_group(_BAGHDAD, "2025-08-11") + [
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "خلفاً لعلي أكبر أحمديان", "2025-08-05"),
      ("LEADS", LARIJANI, SNSC, "وصل أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني"),
      ("VISITED", LARIJANI, BEIRUT, "إلى بيروت ظهر اليوم الأربعاء", "2025-08-13"),
      ("VISITED", LARIJANI, BAGHDAD, "بعد محطة في العاصمة العراقية", "2025-08-11"),
      ("LEADS", ARAJI, IRQNSA, "مستشار الأمن القومي العراقي"),
      ("LEADS", SUDANI, IRQGOV, "رئيس الوزراء محمد شياع"),
      ("MET_WITH", LARIJANI, JAOUN, "الضيف الإيراني في قصر بعبدا", "2025-08-13"),
      ("LEADS", JAOUN, LEBANON, "واستقبل رئيس الجمهورية العماد جوزاف عون"),
      ("MET_WITH", LARIJANI, BERRI, "حيث التقى رئيس مجلس النواب نبيه بري", "2025-08-13"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه"),
      ("MET_WITH", LARIJANI, NSALAM, "حيث اجتمع", "2025-08-13"),
      ("LEADS", NSALAM, LEBGOV, "برئيس الحكومة نواف سلام"),
      ("LEADS", QASSEM, HEZB, "والأمين العام لحزب الله الشيخ نعيم قاسم"),
      ],
     {"source": JADEED, "published": "2025-08-13"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMH")
