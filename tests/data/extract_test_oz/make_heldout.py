"""Blind set OZ: the Horn of Africa and the Red Sea 2022-2024 (second folder of OY-OZ): the Pretoria
agreement between the Ethiopian government and the TPLF (November 2022), Abiy Ahmed's appointment of
Getachew Reda to head Tigray's interim administration and his first meeting with the TPLF leaders (February-
March 2023), the Asmara tripartite summit of Isaias Afwerki, Abdel Fattah el-Sisi and Hassan Sheikh Mohamud
(October 2024), Sisi's reception of Hassan Sheikh after the Ethiopia-Somaliland memorandum (January 2024),
the Ankara declaration brokered by Erdogan between Somalia and Ethiopia (December 2024), and the US raid
that killed Bilal al-Sudani in northern Somalia with a Qatari envoy in Mogadishu (January 2023), as a US
news wire writes it in English (AP-like: "PRETORIA, South Africa (AP) —"), an Emirati news site in Arabic
(Al-Ain-like: "أديس أبابا - العين الإخبارية"), Eritrea's information ministry in English (Shabait-like:
"Asmara, 10 October 2024 –", "were accorded warm welcome"), a Cairo daily in Arabic (Al-Ahram-like:
"استقبل الرئيس عبد الفتاح السيسي، أمس، بقصر الاتحادية", "وصرّح المستشار"), a Turkish state agency in
English (Anadolu-like: "ANKARA (AA) -", "Türkiye") and a Gulf TV news site in Arabic (Al Jazeera Net-like:
"أعلنت وزارة الدفاع الأمريكية (البنتاغون)", "كلاً على حدة").
Pieces: Redwan and Getachew sign in Pretoria with Obasanjo, Kenyatta and Mlambo-Ngcuka attending (English,
OZ1); Abiy names Getachew to succeed Debretsion, Abiy had met the TPLF delegation headed by Debretsion with
Getachew and Tadesse, in the presence of Demeke and Redwan (Arabic, OZ2); the Asmara summit of the three
presidents, Osman Saleh meets Abdelatty (English, OZ3); Sisi receives Hassan Sheikh with Shoukry and Abbas
Kamel present, Abiy and Muse Bihi sign the MoU, Hassan Sheikh had met Isaias in Asmara and Tamim in Doha
(Arabic, OZ4); Erdogan receives Hassan Sheikh and Abiy separately and then together, with Fidan present,
Fidan had met Fiqi and Taye separately, Irro succeeds Muse Bihi (English, OZ5); US forces kill Bilal
al-Sudani on Biden's order, AFRICOM's strike had killed Abdullahi Nadir, Khulaifi meets Hassan Sheikh and
Hamza Abdi Barre each separately (Arabic, OZ6).
Excluded on purpose (no relation): Abiy, who did not attend the signing, Blinken's statement, the commanders'
meeting planned in Nairobi, Debretsion merely quoted (OZ1); Abiy's postponed visit to Mekelle, Mike Hammer
only welcoming (OZ2); Sisi's earlier telephone call to Isaias, Ethiopia not invited (OZ3); the meeting with
Prime Minister Madbouly that was called off, the Ethiopian spokesman's denial (OZ4); Fiqi and Taye, "who
did not meet face to face", the third round that was called off (OZ5); Mumin, targeted with his fate
unknown (a failed attempt), Hamza and Hassan Sheikh, met separately by the envoy (OZ6).
Judgement calls: a signing ceremony of the two heads of delegation is a meeting of the two; the three AU
panellists who "attended" it are paired with both signatories and with each other (attendees of one list
attend together) (OZ1); a delegation "headed by" Debretsion: Debretsion met Abiy, its named members each
with Abiy; the two attendees "بحضور" with both principals (Abiy and Debretsion) and with each other, not
with the other delegates (OZ2); "Getachew ... to succeed Debretsion" at the head of the region is a
succession, Getachew LEADS the interim administration (OZ2); "the three Heads of State held discussions"
is a meeting of the three (OZ3); "جلسة موسعة بحضور" two named officials: each with both presidents and
with each other (OZ4); "Erdogan first received the two leaders separately ... then brought them together":
a meeting of the three; Fidan "also attended" it: paired with the three (OZ5); "Fidan met separately with"
Fiqi and Taye: Fidan with each, not the two ministers (OZ5); "US forces killed X on Biden's order" gives
X -> country:united-states and X -> Biden; the Pentagon that announced it is not the agent (OZ6); "AFRICOM
announced that an airstrike it carried out killed X" gives X -> AFRICOM (OZ6); "كلاً على حدة" two separate
meetings (OZ6); a president LEADS the country, a foreign minister his ministry, a group leader his group.
Filled in for the exercise: the Nairobi meeting date, Abiy's speech venue (OZ1); the venue of the February
meeting and its attendees, the postponed Mekelle visit (OZ2); the airport welcome wording, the earlier call,
the bilateral of the two foreign ministers (OZ3); Shoukry's and Kamel's presence, the Doha stop, the
called-off Madbouly meeting, the spokesman's wording (OZ4); Fidan's presence at the trilateral (OZ5); the
Mumin strike claim, Khulaifi's visit and its date (OZ6).
Spellings: "Redwan Hussien", "Getachew Reda", "Olusegun Obasanjo", "Phumzile Mlambo-Ngcuka" (OZ1); "آبي
أحمد", "غيتاتشو رضا", "دبرصيون جبرميكائيل", "تادسي ورد", "دمقي مكونن", "رضوان حسين" (OZ2); "President
Abdel Fattah Al-Sisi", "Isaias Afwerki", "Badr Abdelatty" (OZ3); "حسن شيخ محمود", "موسى بيحي عبدي",
"أسياس أفورقي", "عباس كامل" (OZ4); "Türkiye", "Hassan Sheikh Mohamud", "Ahmed Moalim Fiqi", "Taye Atske
Selassie", "Abdirahman Mohamed Abdullahi Irro" (OZ5); "بلال السوداني", "لويد أوستن", "عبد القادر مؤمن",
"محمد بن عبد العزيز الخليفي" (OZ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_oz import ALL  # noqa: E402

HERE = Path(__file__).parent

ETHIOPIA, ERITREA, SOMALIA, EGYPT, TURKEY, US, QATAR = (
    "country:ethiopia", "country:eritrea", "country:somalia", "country:egypt", "country:turkey",
    "country:united-states", "country:qatar")
SOMALILAND = "location:somaliland"
TPLF, TIA, TDF = ("organization:tplf", "organization:tigray-interim-administration",
                  "organization:tigray-defense-forces")
SHABAAB, AFRICOM, ISIS, ISSOM, DOD = (
    "organization:al-shabaab", "organization:us-africa-command", "organization:islamic-state",
    "organization:islamic-state-somalia", "organization:us-department-of-defense")
ETHFM, ERIFM, SOMFM, EGYFM, TURFM, QATFM = (
    "organization:ethiopian-foreign-ministry", "organization:eritrean-foreign-ministry",
    "organization:somali-foreign-ministry", "organization:egyptian-foreign-ministry",
    "organization:turkish-foreign-ministry", "organization:qatari-foreign-ministry")
ABIY, REDWAN, DEMEKE, TAYE = ("person:abiy-ahmed", "person:redwan-hussein", "person:demeke-mekonnen",
                              "person:taye-atske-selassie")
GETACHEW, DEBRETSION, TADESSE = ("person:getachew-reda", "person:debretsion-gebremichael",
                                 "person:tadesse-werede")
OBASANJO, KENYATTA, MLAMBO = ("person:olusegun-obasanjo", "person:uhuru-kenyatta",
                              "person:phumzile-mlambo-ngcuka")
ISAIAS, OSMAN = "person:isaias-afwerki", "person:osman-saleh-mohammed"
SISI, SHOUKRY, ABDELATTY, KAMEL = ("person:abdel-fattah-el-sisi", "person:sameh-shoukry",
                                   "person:badr-abdelatty", "person:abbas-kamel")
HSM, HAMZA, FIQI, BIHI, IRRO = ("person:hassan-sheikh-mohamud", "person:hamza-abdi-barre",
                                "person:ahmed-moallim-fiqi", "person:muse-bihi-abdi",
                                "person:abdirahman-mohamed-abdullahi-irro")
ERDOGAN, FIDAN, TAMIM, KHULAIFI = ("person:recep-tayyip-erdogan", "person:hakan-fidan",
                                   "person:tamim-bin-hamad-al-thani", "person:mohammed-al-khulaifi")
BIDEN, AUSTIN, SUDANI, MUMIN, NADIR = ("person:joe-biden", "person:lloyd-austin", "person:bilal-al-sudani",
                                       "person:abdulqadir-mumin", "person:abdullahi-nadir")

AP = "blind set (US news wire, English, AP-like)"
AIN = "blind set (Emirati news site, Arabic, Al-Ain News-like)"
SHABAIT = "blind set (Eritrean Ministry of Information, English, Shabait-like)"
AHRAM = "blind set (Cairo daily, Arabic, Al-Ahram-like)"
AA = "blind set (Turkish state news agency, English service, Anadolu-like)"
AJNET = "blind set (Gulf TV news site, Arabic, Al Jazeera Net-like)"

ARTICLES = [
    ("enOZ1_pretoria_agreement_ap", "en",
     "Ethiopia's warring sides agree to 'permanent cessation of hostilities'\n"
     "PRETORIA, South Africa (AP) — Ethiopia's warring sides on Wednesday agreed to a permanent cessation of "
     "hostilities in a two-year war that has killed hundreds of thousands of people in the northern Tigray "
     "region, the African Union's envoy announced.\n"
     "The agreement was signed by Redwan Hussien, national security adviser to Prime Minister Abiy Ahmed, who "
     "headed the federal government's delegation, and Getachew Reda, the spokesman of the Tigray People's "
     "Liberation Front, after ten days of talks in the South African capital.\n"
     "\"The two parties have agreed to permanently silence the guns,\" said former Nigerian President Olusegun "
     "Obasanjo, the AU's high representative for the Horn of Africa, at the signing ceremony, which was also "
     "attended by former Kenyan President Uhuru Kenyatta and former South African Deputy President Phumzile "
     "Mlambo-Ngcuka, the other members of the AU panel.\n"
     "Getachew said his side had made \"painful concessions\" to build trust. Abiy, who did not attend, "
     "told a rally in the southern town of Arba Minch that Ethiopia's proposal had been \"100% accepted.\"\n"
     "Military commanders of both sides are expected to meet in Nairobi in the coming days to work out how "
     "Tigray forces will be disarmed. The TPLF's leader, Debretsion Gebremichael, said in a letter that the "
     "deal had stopped \"a genocide.\"\n"
     "U.S. Secretary of State Antony Blinken welcomed the agreement as \"an important step toward peace.\"",
     [("MET_WITH", REDWAN, GETACHEW, "The agreement was signed by Redwan Hussien", "2022-11-02"),
      ("LEADS", ABIY, ETHIOPIA, "national security adviser to Prime Minister Abiy Ahmed"),
      ("MEMBER_OF", GETACHEW, TPLF, "the spokesman of the Tigray People's"),
      ("MET_WITH", OBASANJO, REDWAN, "said former Nigerian President Olusegun", "2022-11-02"),
      ("MET_WITH", OBASANJO, GETACHEW, "at the signing ceremony", "2022-11-02"),
      ("MET_WITH", KENYATTA, REDWAN, "attended by former Kenyan President", "2022-11-02"),
      ("MET_WITH", KENYATTA, GETACHEW, "Uhuru Kenyatta and former", "2022-11-02"),
      ("MET_WITH", MLAMBO, REDWAN, "South African Deputy President Phumzile", "2022-11-02"),
      ("MET_WITH", MLAMBO, GETACHEW, "Mlambo-Ngcuka, the other members", "2022-11-02"),
      ("MET_WITH", KENYATTA, OBASANJO, "which was also", "2022-11-02"),
      ("MET_WITH", MLAMBO, OBASANJO, "the other members of the AU panel", "2022-11-02"),
      ("MET_WITH", MLAMBO, KENYATTA, "Kenyatta and former South African", "2022-11-02"),
      ("LEADS", DEBRETSION, TPLF, "The TPLF's leader, Debretsion"),
      ],
     {"source": AP, "published": "2022-11-02"}),

    ("arOZ2_getachew_interim_ain", "ar",
     "آبي أحمد يعيّن غيتاتشو رضا رئيساً لإدارة تيغراي المؤقتة\n"
     "أديس أبابا - العين الإخبارية\n"
     "عيّن رئيس الوزراء الإثيوبي آبي أحمد، الخميس، القيادي في الجبهة الشعبية لتحرير تيغراي غيتاتشو رضا رئيساً "
     "للإدارة الإقليمية المؤقتة في تيغراي، في خطوة نصّ عليها اتفاق بريتوريا للسلام الموقع في نوفمبر الماضي.\n"
     "وقال مكتب رئيس الوزراء في بيان إن التعيين جاء بعد مشاورات مع الجبهة التي رشّحت غيتاتشو للمنصب، ليخلف بذلك "
     "رئيس الجبهة دبرصيون جبرميكائيل الذي قاد الإقليم منذ عام 2018.\n"
     "وكان آبي أحمد قد التقى مطلع فبراير الماضي، للمرة الأولى منذ اندلاع الحرب، وفداً من قادة الجبهة برئاسة "
     "دبرصيون، ضمّ غيتاتشو رضا وقائد قوات تيغراي الفريق تادسي ورد، وذلك في منتجع هلالا كيلا جنوبي البلاد، "
     "بحضور نائب رئيس الوزراء وزير الخارجية دمقي مكونن ومستشار الأمن القومي رضوان حسين.\n"
     "وبحث الجانبان خلال اللقاء تنفيذ بنود الاتفاق، ولا سيما استعادة الخدمات الأساسية وإعادة فتح البنوك في "
     "الإقليم.\n"
     "وكان مقرراً أن يزور آبي أحمد مدينة مقلي عاصمة الإقليم الشهر الماضي، غير أن الزيارة أُرجئت لأسباب لم "
     "يُكشف عنها.\n"
     "من جهته، رحّب المبعوث الأميركي الخاص للقرن الأفريقي مايك هامر بالتعيين، واصفاً إياه بأنه \"خطوة مهمة\"، "
     "فيما يُنتظر أن يؤدي غيتاتشو اليمين خلال أيام.",
     [("LEADS", ABIY, ETHIOPIA, "رئيس الوزراء الإثيوبي آبي أحمد، الخميس"),
      ("LEADS", GETACHEW, TIA, "للإدارة الإقليمية المؤقتة في تيغراي"),
      ("MEMBER_OF", GETACHEW, TPLF, "القيادي في الجبهة الشعبية"),
      ("SUCCESSOR_OF", GETACHEW, DEBRETSION, "ليخلف بذلك", "2023-03-23"),
      ("LEADS", DEBRETSION, TPLF, "رئيس الجبهة دبرصيون"),
      ("MET_WITH", ABIY, DEBRETSION, "وفداً من قادة الجبهة برئاسة", "2023-02-03"),
      ("MET_WITH", ABIY, GETACHEW, "ضمّ غيتاتشو رضا", "2023-02-03"),
      ("MET_WITH", ABIY, TADESSE, "وقائد قوات تيغراي الفريق", "2023-02-03"),
      ("LEADS", TADESSE, TDF, "قائد قوات تيغراي الفريق تادسي"),
      ("MET_WITH", DEMEKE, ABIY, "بحضور نائب رئيس الوزراء", "2023-02-03"),
      ("MET_WITH", DEMEKE, DEBRETSION, "وزير الخارجية دمقي مكونن", "2023-02-03"),
      ("MET_WITH", REDWAN, ABIY, "ومستشار الأمن القومي رضوان", "2023-02-03"),
      ("MET_WITH", REDWAN, DEBRETSION, "رضوان حسين.", "2023-02-03"),
      ("MET_WITH", DEMEKE, REDWAN, "دمقي مكونن ومستشار", "2023-02-03"),
      ("LEADS", DEMEKE, ETHFM, "وزير الخارجية دمقي"),
      ],
     {"source": AIN, "published": "2023-03-23"}),

    ("enOZ3_asmara_tripartite_shabait", "en",
     "Tripartite Summit of Eritrea, Egypt and Somalia concludes in Asmara\n"
     "Asmara, 10 October 2024 – The Tripartite Summit of President Isaias Afwerki, President Abdel Fattah "
     "Al-Sisi of the Arab Republic of Egypt and President Hassan Sheikh Mohamud of the Federal Republic of "
     "Somalia concluded today in Asmara with the issuance of a Joint Statement.\n"
     "President Al-Sisi and President Hassan Sheikh Mohamud arrived in Asmara yesterday afternoon and were "
     "accorded warm welcome at the Asmara International Airport by President Isaias and senior Government "
     "officials.\n"
     "The three Heads of State held extensive discussions on regional developments, the situation in the Red "
     "Sea and the strengthening of the capacity of the Somali National Army to protect the country's land and "
     "maritime borders.\n"
     "In the Joint Statement, the three leaders underlined their full respect for the sovereignty, "
     "independence and territorial integrity of the countries of the region, and rejected interference in "
     "their internal affairs under any pretext.\n"
     "On the sidelines of the Summit, Foreign Minister Osman Saleh held a meeting with his Egyptian counterpart, "
     "Dr. Badr Abdelatty, on bilateral cooperation.\n"
     "President Al-Sisi had earlier conferred with President Isaias in a telephone conversation last month on "
     "the preparations for the Summit.",
     [("LEADS", SISI, EGYPT, "Al-Sisi of the Arab Republic of Egypt"),
      ("LEADS", HSM, SOMALIA, "Mohamud of the Federal Republic of"),
      ] + met_group({ISAIAS: "The Tripartite Summit of President Isaias", SISI: "accorded warm welcome",
                 HSM: "The three Heads of State held"}, "2024-10-09") + [
      ("MET_WITH", OSMAN, ABDELATTY, "held a meeting with his Egyptian counterpart", "2024-10-10"),
      ("LEADS", OSMAN, ERIFM, "Foreign Minister Osman Saleh held"),
      ],
     {"source": SHABAIT, "published": "2024-10-10"}),

    ("arOZ4_sisi_receives_hassan_sheikh_ahram", "ar",
     "السيسي للرئيس الصومالي: مصر لن تسمح لأحد بتهديد الصومال أو المساس بأمنه\n"
     "الأهرام\n"
     "استقبل الرئيس عبد الفتاح السيسي، أمس، بقصر الاتحادية الرئيس الصومالي حسن شيخ محمود، حيث أقيمت له مراسم "
     "الاستقبال الرسمي، وعقد الرئيسان جلسة مباحثات ثنائية أعقبتها جلسة موسعة بحضور وزير الخارجية سامح شكري "
     "ورئيس المخابرات العامة اللواء عباس كامل.\n"
     "وصرّح المستشار أحمد فهمي، المتحدث الرسمي باسم رئاسة الجمهورية، بأن الرئيس أكد موقف مصر الثابت الداعم "
     "لوحدة الصومال وسيادته على كامل أراضيه.\n"
     "وقال السيسي في مؤتمر صحفي مشترك مع ضيفه: \"مصر لن تسمح لأحد بتهديد الصومال أو المساس بأمنه\"، في إشارة "
     "إلى مذكرة التفاهم التي وقّعها رئيس الوزراء الإثيوبي آبي أحمد ورئيس إقليم أرض الصومال الانفصالي موسى "
     "بيحي عبدي في أديس أبابا مطلع الشهر الجاري، وتمنح إثيوبيا منفذاً بحرياً مقابل اعتراف محتمل بالإقليم.\n"
     "وتأتي زيارة الرئيس الصومالي إلى القاهرة ضمن جولة إقليمية شملت أسمرة، حيث التقى الرئيس الإريتري أسياس "
     "أفورقي، والدوحة التي بحث فيها مع أمير قطر الشيخ تميم بن حمد آل ثاني تطورات الأزمة.\n"
     "وكان من المقرر أن يلتقي الرئيس الصومالي رئيس مجلس الوزراء الدكتور مصطفى مدبولي، غير أن اللقاء أُلغي "
     "لضيق الوقت.\n"
     "في المقابل، نفى المتحدث باسم الخارجية الإثيوبية السفير ملس ألم أن تكون بلاده تسعى إلى المساس بسيادة أي "
     "دولة، مؤكداً أن المذكرة \"لا تنتهك أي قانون\".",
     [("MET_WITH", SISI, HSM, "بقصر الاتحادية الرئيس الصومالي", "2024-01-21"),
      ("LEADS", SISI, EGYPT, "استقبل الرئيس عبد الفتاح السيسي"),
      ("MET_WITH", SHOUKRY, SISI, "جلسة موسعة بحضور وزير الخارجية", "2024-01-21"),
      ("MET_WITH", SHOUKRY, HSM, "وزير الخارجية سامح شكري", "2024-01-21"),
      ("MET_WITH", KAMEL, SISI, "ورئيس المخابرات العامة اللواء", "2024-01-21"),
      ("MET_WITH", KAMEL, HSM, "اللواء عباس كامل", "2024-01-21"),
      ("MET_WITH", KAMEL, SHOUKRY, "سامح شكري ورئيس المخابرات", "2024-01-21"),
      ("LEADS", SHOUKRY, EGYFM, "بحضور وزير الخارجية سامح"),
      ("MET_WITH", ABIY, BIHI, "مذكرة التفاهم التي وقّعها", "2024-01-01"),
      ("LEADS", ABIY, ETHIOPIA, "رئيس الوزراء الإثيوبي آبي"),
      ("LEADS", BIHI, SOMALILAND, "ورئيس إقليم أرض الصومال الانفصالي"),
      ("MET_WITH", HSM, ISAIAS, "حيث التقى الرئيس الإريتري", "2024-01-08"),
      ("LEADS", ISAIAS, ERITREA, "الرئيس الإريتري أسياس"),
      ("MET_WITH", HSM, TAMIM, "والدوحة التي بحث فيها مع أمير قطر", "2024-01-16"),
      ("LEADS", TAMIM, QATAR, "أمير قطر الشيخ تميم"),
      ],
     {"source": AHRAM, "published": "2024-01-22"}),

    ("enOZ5_ankara_declaration_aa", "en",
     "Türkiye brokers 'historic' reconciliation between Somalia, Ethiopia in Ankara\n"
     "ANKARA (AA) - Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed agreed late "
     "Wednesday to work together to settle their dispute over Ethiopia's access to the sea, after talks in "
     "Ankara hosted by Turkish President Recep Tayyip Erdogan.\n"
     "Erdogan first received the two leaders separately at the Presidential Complex and then brought them "
     "together for a trilateral meeting that lasted into the night, before the three leaders announced the "
     "\"Ankara Declaration\" at a joint news conference.\n"
     "Foreign Minister Hakan Fidan also attended the trilateral meeting.\n"
     "Fidan had led two earlier rounds of talks in Ankara in July and August, in which he met separately with "
     "Somali Foreign Minister Ahmed Moalim Fiqi and Ethiopian Foreign Minister Taye Atske Selassie, who did not "
     "meet face to face. A third round, scheduled for September, was called off.\n"
     "The dispute erupted in January when Ethiopia signed a memorandum of understanding with the breakaway "
     "region of Somaliland that would give it a naval base in return for possible recognition.\n"
     "Somaliland's new president, Abdirahman Mohamed Abdullahi Irro, who succeeded Muse Bihi Abdi on Thursday, "
     "has said he would review the deal.\n"
     "\"I believe the two brotherly countries have taken the first step toward a new beginning,\" Erdogan said.",
     [("LEADS", HSM, SOMALIA, "Somali President Hassan Sheikh Mohamud"),
      ("LEADS", ABIY, ETHIOPIA, "Ethiopian Prime Minister Abiy Ahmed"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan"),
      ] + met_group({ERDOGAN: "Erdogan first received the two leaders", HSM: "then brought them",
                     ABIY: "together for a trilateral meeting"}, "2024-12-11") + [
      ("MET_WITH", FIDAN, ERDOGAN, "Foreign Minister Hakan Fidan also attended", "2024-12-11"),
      ("MET_WITH", FIDAN, HSM, "also attended the trilateral", "2024-12-11"),
      ("MET_WITH", FIDAN, ABIY, "attended the trilateral meeting.", "2024-12-11"),
      ("LEADS", FIDAN, TURFM, "Foreign Minister Hakan Fidan"),
      ("MET_WITH", FIDAN, FIQI, "in which he met separately with", "2024-07-01"),
      ("MET_WITH", FIDAN, TAYE, "and Ethiopian Foreign Minister Taye", "2024-07-01"),
      ("LEADS", FIQI, SOMFM, "Somali Foreign Minister Ahmed"),
      ("LEADS", TAYE, ETHFM, "Ethiopian Foreign Minister Taye Atske"),
      ("SUCCESSOR_OF", IRRO, BIHI, "who succeeded Muse Bihi Abdi", "2024-12-12"),
      ("LEADS", IRRO, SOMALILAND, "Somaliland's new president"),
      ],
     {"source": AA, "published": "2024-12-12"}),

    ("arOZ6_bilal_sudani_raid_ajnet", "ar",
     "مقتل قيادي بارز في تنظيم الدولة بعملية أمريكية شمالي الصومال\n"
     "الجزيرة نت - مقديشو\n"
     "أعلنت وزارة الدفاع الأمريكية (البنتاغون) أن قوات أمريكية قتلت القيادي البارز في تنظيم الدولة الإسلامية "
     "بلال السوداني، في عملية خاصة نفذتها في منطقة جبلية بشمال الصومال، بأمر من الرئيس الأمريكي جو بايدن.\n"
     "وقال وزير الدفاع الأمريكي لويد أوستن في بيان إن العملية أسفرت أيضاً عن مقتل نحو عشرة من عناصر التنظيم، "
     "دون أن يُصاب أي من الجنود الأمريكيين، مشيراً إلى أن السوداني كان مسؤولاً عن تمويل فروع التنظيم في أفريقيا "
     "وأفغانستان.\n"
     "وكانت مصادر أمنية صومالية قد أفادت العام الماضي بأن غارة استهدفت زعيم فرع التنظيم في الصومال عبد القادر "
     "مؤمن في جبال كال مسكاد، دون أن يتأكد مصيره حتى الآن.\n"
     "وفي سياق متصل، كانت القيادة العسكرية الأمريكية في أفريقيا (أفريكوم) قد أعلنت في أكتوبر الماضي أن غارة "
     "جوية نفذتها قرب بلدة جلب قتلت عبد الله نادر، أحد مؤسسي حركة الشباب وأبرز قادتها.\n"
     "وتزامن الإعلان مع زيارة وزير الدولة بوزارة الخارجية القطرية محمد بن عبد العزيز الخليفي إلى مقديشو، حيث "
     "التقى الرئيس حسن شيخ محمود ورئيس الوزراء حمزة عبدي بري كلاً على حدة، وسلّم الرئيس رسالة خطية من أمير "
     "قطر.\n"
     "وأشاد الرئيس الصومالي بالعملية، مؤكداً أن حكومته ماضية في حربها على \"الخوارج\".",
     [("ASSASSINATED_BY", SUDANI, US, "أن قوات أمريكية قتلت", "2023-01-25"),
      ("ASSASSINATED_BY", SUDANI, BIDEN, "بأمر من الرئيس الأمريكي", "2023-01-25"),
      ("MEMBER_OF", SUDANI, ISIS, "القيادي البارز في تنظيم الدولة الإسلامية"),
      ("LEADS", BIDEN, US, "الرئيس الأمريكي جو بايدن"),
      ("LEADS", AUSTIN, DOD, "وزير الدفاع الأمريكي لويد"),
      ("LEADS", MUMIN, ISSOM, "زعيم فرع التنظيم في الصومال"),
      ("ASSASSINATED_BY", NADIR, AFRICOM, "جوية نفذتها قرب بلدة جلب", "2022-10-01"),
      ("MEMBER_OF", NADIR, SHABAAB, "أحد مؤسسي حركة الشباب"),
      ("MET_WITH", KHULAIFI, HSM, "التقى الرئيس حسن شيخ محمود", "2023-01-27"),
      ("MET_WITH", KHULAIFI, HAMZA, "ورئيس الوزراء حمزة عبدي بري", "2023-01-27"),
      ("MEMBER_OF", KHULAIFI, QATFM, "وزير الدولة بوزارة الخارجية القطرية"),
      ("LEADS", HAMZA, SOMALIA, "رئيس الوزراء حمزة"),
      ],
     {"source": AJNET, "published": "2023-01-27"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOZ")
