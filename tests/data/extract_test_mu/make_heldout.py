"""Blind set MU: Lebanon 2024-2025 (first folder of MU-MV): Naim Qassem's election after the killings of
Hassan Nasrallah and Hashem Safieddine (October 2024), Abbas Araghchi's Beirut visit (June 2025), the
Israeli strikes of September 2024 that killed Nasrallah, Ibrahim Aqil and their commanders, Larijani at
the first anniversary of Nasrallah's death (September 2025), Morgan Ortagus's April 2025 visit, and Amos
Hochstein's ceasefire round of November 2024, as Lebanon's state agency writes it in English (NNA-like:
"NNA -", "His Eminence", "the martyr"), as the same agency writes it in Arabic (الوكالة الوطنية-like:
"وطنية -", "والوفد المرافق"), as a pro-Israel wire writes it (JNS-like: "JERUSALEM —", "eliminated",
"terrorist organization"), as a Hezbollah news site writes it in Arabic (al-Ahed-like: "سماحة الشيخ",
"السيد الهاشمي", "العدو الصهيوني"), as a Lebanese francophone-owned site writes it in English (This Is
Beirut-like: "sources close to Baabda") and as a Beirut daily writes it in Arabic (Nidaa al-Watan-like:
"وعلمت «نداء الوطن»").
Pieces: Qassem after Nasrallah, Nasrallah and Safieddine killed by Israeli strikes, Mikati receives Raad
(English, MU1); Aoun receives Araghchi with the Iranian ambassador present, Araghchi meets Berri, then
Salam (Arabic, MU2); the IDF kills Nasrallah, Karaki and Nilforoushan, the air force kills Aqil and
Wahbi (English, MU3); Qassem after "the martyred Sayyed", Larijani in Beirut meets Berri with Ali Hassan
Khalil present (Arabic, MU4); Ortagus meets Aoun, then Salam with Johnson and Jaber at the talks, then
Berri (English, MU5); Hochstein meets Berri with Khalil and Johnson at the talks, then Mikati; Israel
kills Afif (Arabic, MU6).
Excluded on purpose (no relation): Berri's meeting with Raad that was postponed, Mikati's phone call
with Barrot (MU1); Qassem, whom Araghchi's programme did not include, Rajji's phone call with his
Iranian counterpart (MU2); the denied reports that Safieddine was killed in the Nasrallah strike,
Netanyahu's approval of the operation (MU3); Qassem's televised speech to the gathering Larijani
attended (not a meeting), Salam's planned reception of Larijani that was not held (MU4); a meeting
with Hezbollah that was not planned, Ortagus's February remarks "from Baabda" (no meeting stated)
(MU5); Hochstein's planned second round with Berri and his planned meeting with Netanyahu, Berri's
phone contacts with Hezbollah, Joseph Aoun, whom Hochstein did not visit this time (MU6).
Judgement calls: "an Israeli airstrike" / "an Israeli raid" / "غارتين للعدو الصهيوني" / "اغتالت
إسرائيل" give the victim -> country:israel; "the Israel Defense Forces said it had eliminated X" gives
-> organization:israel-defense-forces (and those "eliminated in the strike" / "killed alongside" X
too); "Israeli Air Force jets killed" gives organization:israeli-air-force (MU3); in a meeting of two
sides, a person "in the presence of" whom / "accompanied by" / "with the participation of" whom it was
held is paired with the other side, not with his own (MU2 Amani, MU4 Khalil, MU5 Johnson and Jaber, MU6
Khalil and Johnson); "خلفاً للسيد الشهيد" refers back to Nasrallah (MU4); a past Radwan commander
"among its commanders" is MEMBER_OF the Radwan Force (MU3); "the head of its Executive Council" LEADS
Hezbollah's Executive Council (MU1).
Filled in for the exercise: Mikati's reception of Raad, the postponed Berri meeting, the phone call
(MU1); the ambassador's presence, the Rajji call (MU2); the wording of the denial (MU3); Larijani's
meeting with Berri and Khalil, the cancelled Salam meeting (MU4); Jaber at the Serail meeting, the
embassy spokesperson (MU5); Johnson at the Ain el-Tineh meeting, the phone contacts (MU6).
Spellings: "Sayyed Hassan Nasrallah", "Sayyed Hashem Safieddine" (MU1); "عباس عراقجي", "جوزاف عون" (MU2);
"Nasrullah" (MU3); "السيد الهاشمي هاشم صفي الدين", "الدكتور علي لاريجاني" (MU4); "Lisa Johnson", "Ain
el-Tineh" (MU5); "آموس هوكشتاين", "الرئيس نبيه بري" (MU6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_mv import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, ISRAEL, BEIRUT = "country:lebanon", "country:israel", "location:beirut"
HEZB, HEZBEXEC, HEZBPOL, RADWAN, LOYALTY, LEBGOV, LEBPARL, LEBARMY, LEBFM, LEBFIN = (
    "organization:hezbollah", "organization:hezbollah-executive-council", "organization:hezbollah-political-council",
    "organization:radwan-force", "organization:loyalty-to-the-resistance-bloc", "organization:lebanese-government",
    "organization:lebanese-parliament", "organization:lebanese-army", "organization:lebanese-foreign-ministry",
    "organization:lebanese-finance-ministry")
IDF, IAF, IRGC, IRFM, SNSC, FRFM = (
    "organization:israel-defense-forces", "organization:israeli-air-force", "organization:irgc",
    "organization:iranian-foreign-ministry", "organization:supreme-national-security-council",
    "organization:french-foreign-ministry")
NASRALLAH, SAFIEDDINE, QASSEM, KARAKI, AQIL, WAHBI, AFIF, RAAD, FADLALLAH = (
    "person:hassan-nasrallah", "person:hashem-safieddine", "person:naim-qassem", "person:ali-karaki",
    "person:ibrahim-aqil", "person:ahmed-wahbi", "person:mohammad-afif", "person:mohammad-raad",
    "person:hassan-fadlallah")
JAOUN, SALAM, MIKATI, BERRI, KHALIL, RAJJI, JABER = (
    "person:joseph-aoun", "person:nawaf-salam", "person:najib-mikati", "person:nabih-berri",
    "person:ali-hassan-khalil", "person:youssef-rajji", "person:yassine-jaber")
HOCHSTEIN, ORTAGUS, JOHNSON, BARROT = (
    "person:amos-hochstein", "person:morgan-ortagus", "person:lisa-johnson", "person:jean-noel-barrot")
NETANYAHU, HAGARI = "person:benjamin-netanyahu", "person:daniel-hagari"
ARAGHCHI, LARIJANI, AMANI, NILFOROUSHAN = (
    "person:abbas-araghchi", "person:ali-larijani", "person:mojtaba-amani", "person:abbas-nilforoushan")

NNA_EN = "blind set (Lebanese state agency, English, NNA-like)"
NNA_AR = "blind set (Lebanese state agency, Arabic, National News Agency-like)"
JNS = "blind set (pro-Israel news wire, English, JNS-like)"
AHED = "blind set (Hezbollah news site, Arabic, al-Ahed-like)"
TIB = "blind set (Lebanese francophone-owned site, English, This Is Beirut-like)"
NIDAA = "blind set (Beirut daily, Arabic, Nidaa al-Watan-like)"


def _pairs(pairs: list, date: str) -> list:
    """MET_WITH for listed cross-side pairs (a, b, needle)."""
    return [("MET_WITH", a, b, needle, date) for a, b, needle in pairs]


_BAABDA_JUNE = [(JAOUN, ARAGHCHI, "استقبل رئيس الجمهورية العماد جوزاف عون"),
                (JAOUN, AMANI, "في حضور السفير الإيراني في لبنان مجتبى أماني")]
_AIN_TINEH_SEPT = [(LARIJANI, BERRI, "والتقى رئيس مجلس النواب الأستاذ نبيه بري"),
                   (LARIJANI, KHALIL, "بحضور المعاون السياسي للرئيس بري")]
_SERAIL_APRIL = [(ORTAGUS, SALAM, "then met Prime Minister Nawaf Salam"),
                 (JOHNSON, SALAM, "accompanied by US Ambassador Lisa Johnson"),
                 (ORTAGUS, JABER, "where Finance Minister Yassine Jaber joined"),
                 (JOHNSON, JABER, "joined the discussion")]
_AIN_TINEH_NOV = [(HOCHSTEIN, BERRI, "عقد اجتماعاً استمر ساعتين مع الرئيس نبيه بري"),
                  (HOCHSTEIN, KHALIL, "بمشاركة معاونه السياسي النائب علي حسن خليل"),
                  (JOHNSON, BERRI, "والسفيرة الأميركية ليزا جونسون"),
                  (JOHNSON, KHALIL, "والسفيرة الأميركية ليزا جونسون")]

ARTICLES = [
    ("enMU1_qassem_elected_secretary_general", "en",
     "Hezbollah Shura Council elects Sheikh Naim Qassem Secretary-General\n"
     "NNA - Hezbollah announced on Tuesday that its Shura Council has elected His Eminence Sheikh Naim Qassem "
     "as the party's Secretary-General, succeeding the martyr Sayyed Hassan Nasrallah, who was killed in an "
     "Israeli airstrike on Haret Hreik on September 27.\n"
     "In a statement, the party said the choice was made \"in accordance with the approved mechanism for "
     "electing the Secretary-General.\" Sheikh Qassem had served as deputy secretary-general since 1991.\n"
     "The announcement came six days after Hezbollah confirmed that Sayyed Hashem Safieddine, the head of its "
     "Executive Council, who had been widely tipped to take the post, was killed by an Israeli raid on the "
     "southern suburbs earlier this month.\n"
     "Caretaker Prime Minister Najib Mikati, meanwhile, received at the Grand Serail the head of the Loyalty "
     "to the Resistance parliamentary bloc, MP Mohammad Raad, with whom he discussed the latest developments. "
     "Speaker Nabih Berri was scheduled to receive MP Raad in the afternoon, but the meeting was postponed.\n"
     "Mikati also had a phone call with French Foreign Minister Jean-Noel Barrot, in which they discussed the "
     "Paris conference in support of Lebanon.",
     [("SUCCESSOR_OF", QASSEM, NASRALLAH, "succeeding the martyr Sayyed Hassan Nasrallah", "2024-10-29"),
      ("LEADS", QASSEM, HEZB, "as the party's Secretary-General"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "Israeli airstrike on Haret Hreik", "2024-09-27"),
      ("LEADS", NASRALLAH, HEZB, "succeeding the martyr Sayyed"),
      ("ASSASSINATED_BY", SAFIEDDINE, ISRAEL, "was killed by an Israeli raid", "2024-10-03"),
      ("LEADS", SAFIEDDINE, HEZBEXEC, "the head of its Executive Council"),
      ("LEADS", MIKATI, LEBGOV, "Caretaker Prime Minister Najib Mikati"),
      ("MET_WITH", MIKATI, RAAD, "received at the Grand Serail the head", "2024-10-29"),
      ("LEADS", RAAD, LOYALTY, "the head of the Loyalty to the Resistance parliamentary bloc"),
      ("LEADS", BERRI, LEBPARL, "Speaker Nabih Berri was scheduled"),
      ("LEADS", BARROT, FRFM, "French Foreign Minister Jean-Noel Barrot"),
      ],
     {"source": NNA_EN, "published": "2024-10-29"}),

    ("arMU2_aoun_receives_araghchi_baabda", "ar",
     "عون استقبل عراقجي: لبنان يرفض أي تدخل في شؤونه الداخلية\n"
     "وطنية - استقبل رئيس الجمهورية العماد جوزاف عون قبل ظهر اليوم في قصر بعبدا، وزير خارجية الجمهورية "
     "الإسلامية الإيرانية عباس عراقجي والوفد المرافق، في حضور السفير الإيراني في لبنان مجتبى أماني، وجرى عرض "
     "للعلاقات الثنائية والتطورات في المنطقة.\n"
     "وأكد الرئيس عون للضيف الإيراني أن \"لبنان يرفض أي تدخل في شؤونه الداخلية\"، وأن \"قرار حصر السلاح "
     "بيد الدولة قد اتُّخذ\".\n"
     "ثم انتقل عراقجي إلى عين التينة حيث التقاه رئيس مجلس النواب نبيه بري، وبعدها زار السراي الكبير واجتمع "
     "إلى رئيس مجلس الوزراء نواف سلام.\n"
     "وكان عراقجي قد وصل إلى بيروت مساء أمس آتياً من القاهرة، في أول زيارة له منذ انتخاب عون رئيساً.\n"
     "ولم يتضمن برنامج الزيارة لقاءً مع الأمين العام لحزب الله الشيخ نعيم قاسم، بحسب مصادر دبلوماسية.\n"
     "من جهة أخرى، تلقى وزير الخارجية والمغتربين يوسف رجي اتصالاً هاتفياً من نظيره الإيراني تناول ترتيبات "
     "الزيارة.",
     _pairs(_BAABDA_JUNE, "2025-06-03") + [
      ("MET_WITH", BERRI, ARAGHCHI, "حيث التقاه رئيس مجلس النواب", "2025-06-03"),
      ("MET_WITH", SALAM, ARAGHCHI, "واجتمع إلى رئيس مجلس الوزراء", "2025-06-03"),
      ("VISITED", ARAGHCHI, BEIRUT, "وصل إلى بيروت مساء أمس", "2025-06-02"),
      ("LEADS", JAOUN, LEBANON, "رئيس الجمهورية العماد"),
      ("LEADS", ARAGHCHI, IRFM, "وزير خارجية الجمهورية"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه بري"),
      ("LEADS", SALAM, LEBGOV, "رئيس مجلس الوزراء نواف سلام"),
      ("LEADS", QASSEM, HEZB, "الأمين العام لحزب الله الشيخ نعيم قاسم"),
      ("LEADS", RAJJI, LEBFM, "وزير الخارجية والمغتربين يوسف رجي"),
      ],
     {"source": NNA_AR, "published": "2025-06-03"}),

    ("enMU3_idf_eliminates_nasrallah_karaki", "en",
     "IDF confirms elimination of Hassan Nasrallah, southern front commander Ali Karaki\n"
     "JERUSALEM — The Israel Defense Forces said on Saturday it had eliminated Hezbollah Secretary-General "
     "Hassan Nasrallah in a precision strike on the terrorist organization's central headquarters, located "
     "underground beneath residential buildings in Dahiyeh, Beirut's southern suburb, on Friday evening.\n"
     "Ali Karaki, commander of Hezbollah's Southern Front, and additional commanders were also eliminated in "
     "the strike, the IDF said. Iranian media later reported that Brig. Gen. Abbas Nilforoushan, deputy "
     "commander for operations of the Islamic Revolutionary Guard Corps, was killed alongside Nasrullah.\n"
     "\"Nasrallah will no longer be able to terrorize the world,\" IDF spokesman Rear Adm. Daniel Hagari said. "
     "Prime Minister Benjamin Netanyahu, who approved the operation, called it \"a historic turning point.\"\n"
     "Last week, Israeli Air Force jets killed Ibrahim Aqil, the head of Hezbollah's elite Radwan Force, in a "
     "strike on a building in Beirut's Jamous area, together with more than a dozen of the unit's commanders, "
     "including Ahmed Wahbi.\n"
     "Hezbollah said on Saturday its leader had \"joined his fellow martyrs\" but has not named a successor. An "
     "official of the terror group denied reports that Hashem Safieddine had been killed in the same strike.",
     [("ASSASSINATED_BY", NASRALLAH, IDF, "it had eliminated Hezbollah Secretary-General", "2024-09-27"),
      ("LEADS", NASRALLAH, HEZB, "Secretary-General Hassan Nasrallah in a precision"),
      ("ASSASSINATED_BY", KARAKI, IDF, "and additional commanders were also eliminated", "2024-09-27"),
      ("MEMBER_OF", KARAKI, HEZB, "commander of Hezbollah's Southern Front"),
      ("ASSASSINATED_BY", NILFOROUSHAN, IDF, "was killed alongside Nasrullah", "2024-09-27"),
      ("MEMBER_OF", NILFOROUSHAN, IRGC, "deputy commander for operations of the Islamic Revolutionary Guard"),
      ("MEMBER_OF", HAGARI, IDF, "IDF spokesman Rear Adm. Daniel Hagari"),
      ("LEADS", NETANYAHU, ISRAEL, "Prime Minister Benjamin Netanyahu, who approved"),
      ("ASSASSINATED_BY", AQIL, IAF, "Israeli Air Force jets killed Ibrahim Aqil", "2024-09-20"),
      ("LEADS", AQIL, RADWAN, "the head of Hezbollah's elite Radwan Force"),
      ("ASSASSINATED_BY", WAHBI, IAF, "including Ahmed Wahbi", "2024-09-20"),
      ("MEMBER_OF", WAHBI, RADWAN, "more than a dozen of the unit's commanders"),
      ],
     {"source": JNS, "published": "2024-09-28"}),

    ("arMU4_qassem_anniversary_larijani", "ar",
     "الشيخ قاسم في الذكرى السنوية الأولى: المقاومة لن تسلّم سلاحها\n"
     "موقع العهد الإخباري\n"
     "أحيا حزب الله مساء السبت الذكرى السنوية الأولى لاستشهاد سيد شهداء الأمة السيد حسن نصر الله والسيد "
     "الهاشمي هاشم صفي الدين، اللذين ارتقيا في غارتين للعدو الصهيوني على الضاحية الجنوبية في أيلول وتشرين "
     "الأول من العام الماضي، بحشد جماهيري حاشد عند الضريح على طريق المطار.\n"
     "وفي كلمة متلفزة، قال الأمين العام لحزب الله سماحة الشيخ نعيم قاسم، الذي انتخبه مجلس الشورى خلفاً "
     "للسيد الشهيد، إن \"المقاومة لن تسلّم سلاحها لإسرائيل، ولن نقبل بأن يُنزع تحت أي ضغط\".\n"
     "وشارك في الاحتفال أمين المجلس الأعلى للأمن القومي في الجمهورية الإسلامية الدكتور علي لاريجاني، الذي "
     "وصل إلى بيروت صباحاً على رأس وفد، والتقى رئيس مجلس النواب الأستاذ نبيه بري في عين التينة، بحضور "
     "المعاون السياسي للرئيس بري النائب علي حسن خليل.\n"
     "وكان مقرراً أن يستقبل رئيس الحكومة نواف سلام الضيف الإيراني بعد الظهر، إلا أن اللقاء لم يُعقد "
     "\"لأسباب تتعلق بالمواعيد\"، وفق مصادر السراي.\n"
     "كما حضر الاحتفال رئيس كتلة الوفاء للمقاومة النائب محمد رعد وحشد من العلماء والشخصيات.",
     _pairs(_AIN_TINEH_SEPT, "2025-09-27") + [
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "في غارتين للعدو الصهيوني", "2024-09-27"),
      ("ASSASSINATED_BY", SAFIEDDINE, ISRAEL, "اللذين ارتقيا في غارتين", "2024-10-03"),
      ("LEADS", QASSEM, HEZB, "قال الأمين العام لحزب الله سماحة"),
      ("SUCCESSOR_OF", QASSEM, NASRALLAH, "خلفاً للسيد الشهيد", "2024-10-29"),
      ("VISITED", LARIJANI, BEIRUT, "وصل إلى بيروت صباحاً", "2025-09-27"),
      ("LEADS", LARIJANI, SNSC, "أمين المجلس الأعلى للأمن القومي"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب الأستاذ"),
      ("LEADS", SALAM, LEBGOV, "رئيس الحكومة نواف سلام"),
      ("LEADS", RAAD, LOYALTY, "رئيس كتلة الوفاء للمقاومة النائب محمد رعد"),
      ],
     {"source": AHED, "published": "2025-09-27"}),

    ("enMU5_ortagus_baabda_serail_ain_el_tineh", "en",
     "Ortagus in Beirut: Disarmament and Reforms Top the Agenda\n"
     "US Deputy Special Envoy for the Middle East Morgan Ortagus held talks on Saturday with President Joseph "
     "Aoun at the Baabda Palace, on her second visit to Lebanon since taking over the Lebanese file.\n"
     "Ortagus, accompanied by US Ambassador Lisa Johnson, then met Prime Minister Nawaf Salam at the Grand "
     "Serail, where Finance Minister Yassine Jaber joined the discussion on the reform agenda and the IMF "
     "program. The envoy later headed to Ain el-Tineh for a meeting with Parliament Speaker Nabih Berri, "
     "which his office described as \"constructive.\"\n"
     "According to sources close to Baabda, the US official pressed for a timetable to disarm Hezbollah and "
     "other armed groups, north and south of the Litani. The presidency's statement did not mention the "
     "issue.\n"
     "Hezbollah MP Hassan Fadlallah said the party was \"not concerned\" by the visit. No meeting between "
     "Ortagus and Hezbollah officials was planned, a US embassy spokesperson said.\n"
     "Her first visit, in February, drew an official rebuke after she declared from Baabda that Hezbollah "
     "\"has been defeated militarily\" by Israel.",
     _pairs(_SERAIL_APRIL, "2025-04-05") + [
      ("MET_WITH", ORTAGUS, JAOUN, "held talks on Saturday with President Joseph", "2025-04-05"),
      ("MET_WITH", ORTAGUS, BERRI, "for a meeting with Parliament Speaker Nabih Berri", "2025-04-05"),
      ("VISITED", ORTAGUS, LEBANON, "on her second visit to Lebanon", "2025-04-05"),
      ("VISITED", ORTAGUS, BEIRUT, "Ortagus in Beirut:", "2025-04-05"),
      ("LEADS", JAOUN, LEBANON, "with President Joseph"),
      ("LEADS", SALAM, LEBGOV, "then met Prime Minister Nawaf Salam"),
      ("LEADS", JABER, LEBFIN, "where Finance Minister Yassine Jaber"),
      ("LEADS", BERRI, LEBPARL, "for a meeting with Parliament Speaker Nabih Berri"),
      ("MEMBER_OF", FADLALLAH, HEZB, "Hezbollah MP Hassan Fadlallah"),
      ],
     {"source": TIB, "published": "2025-04-05"}),

    ("arMU6_hochstein_ain_el_tineh_mikati", "ar",
     "هوكشتاين في عين التينة: «فرصة حقيقية» لوقف النار\n"
     "حطّ الموفد الأميركي آموس هوكشتاين في بيروت أمس، حاملاً الملاحظات الإسرائيلية على المسودة الأميركية "
     "لوقف إطلاق النار، وتوجّه فور وصوله إلى عين التينة حيث عقد اجتماعاً استمر ساعتين مع الرئيس نبيه بري، "
     "بمشاركة معاونه السياسي النائب علي حسن خليل والسفيرة الأميركية ليزا جونسون.\n"
     "وقال هوكشتاين بعد اللقاء إن \"هناك فرصة حقيقية\" للتوصل إلى اتفاق، مضيفاً أن \"القرار في يد الأطراف\".\n"
     "وانتقل بعدها إلى السراي حيث التقى رئيس حكومة تصريف الأعمال نجيب ميقاتي، على أن يعود اليوم إلى عين "
     "التينة لجولة ثانية، قبل أن يتوجه إلى تل أبيب للقاء رئيس الوزراء الإسرائيلي بنيامين نتنياهو.\n"
     "وعلمت «نداء الوطن» أن بري، الذي يفاوض باسم «الثنائي»، بقي على تواصل هاتفي مع قيادة حزب الله طوال "
     "الليل.\n"
     "ولم يزر هوكشتاين هذه المرة قائد الجيش العماد جوزاف عون، خلافاً لزياراته السابقة.\n"
     "في الأثناء، كانت إسرائيل قد اغتالت الأحد مسؤول العلاقات الإعلامية في حزب الله محمد عفيف بغارة على "
     "مبنى في رأس النبع.",
     _pairs(_AIN_TINEH_NOV, "2024-11-19") + [
      ("MET_WITH", HOCHSTEIN, MIKATI, "حيث التقى رئيس حكومة تصريف الأعمال", "2024-11-19"),
      ("VISITED", HOCHSTEIN, BEIRUT, "في بيروت أمس", "2024-11-19"),
      ("LEADS", MIKATI, LEBGOV, "رئيس حكومة تصريف الأعمال نجيب ميقاتي"),
      ("LEADS", JAOUN, LEBARMY, "قائد الجيش العماد جوزاف عون"),
      ("LEADS", NETANYAHU, ISRAEL, "رئيس الوزراء الإسرائيلي بنيامين نتنياهو"),
      ("ASSASSINATED_BY", AFIF, ISRAEL, "كانت إسرائيل قد اغتالت الأحد", "2024-11-17"),
      ("MEMBER_OF", AFIF, HEZB, "مسؤول العلاقات الإعلامية في حزب الله"),
      ],
     {"source": NIDAA, "published": "2024-11-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMU")
