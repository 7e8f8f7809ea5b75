"""Blind set CS: Tehran's leaders, their guests and their dead, 2019-2025: two Supreme Court
judges shot dead in Tehran by an unnamed gunman, with Mohseni-Ejei's succession to Raisi at the
judiciary (AP-style, Jan 2025); Assad's surprise visit to Tehran and Zarif's resignation over his
absence from the talks (Asharq Al-Awsat-style Arabic, Feb 2019); Araqchi received by Mohammed
bin Salman in Jeddah after the June war (Reuters-style, July 2025); the arrest of Lahur Sheikh
Jangi in Sulaymaniyah and Nechirvan Barzani's talks with Qubad Talabani (Shafaq-style Arabic, Aug
2025); Sulaimani's last journey, the meeting with Abdul Mahdi that never took place, and Ghaani's
appointment (AFP-style, Jan 2020); Raisi in Muscat the day after Colonel Sayyad Khodaei was shot
in Tehran (Al Jazeera-style Arabic, May 2022).
Style: en/ar alternating; killings with no agent, with a vague accusation, with a stated agent
and a person who said he ordered it; "had been due to meet" (no meeting); "in the presence of";
a reported meeting in a speech; phone calls; "did not meet"; "had not been rescheduled".
Spellings: Sulaimani, Ghaani, Araqchi, Amirabdollahian, Adel Abdul Mahdi.
Written and annotated blind (extractor neither read nor run).
A DEV set since session 12 (measured once blind, then opened; see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cs/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ct import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISR, SYR, US, OMAN = ("country:iran", "country:israel", "country:syria",
                            "country:united-states", "country:oman")
IFM, JUD, IRGC, QF = ("organization:iranian-foreign-ministry", "organization:iranian-judiciary",
                      "organization:irgc", "organization:quds-force")
PUK, KRG, KRP = ("organization:patriotic-union-of-kurdistan", "organization:kurdistan-regional-government",
                 "organization:kurdistan-region-presidency")
MOG, RAZ, JAH, EJEI = ("person:mohammad-moghiseh", "person:ali-razini", "person:asghar-jahangir",
                       "person:gholamhossein-mohseni-ejei")
PEZ, RAI, AMA, ARA = ("person:masoud-pezeshkian", "person:ebrahim-raisi",
                      "person:hossein-amir-abdollahian", "person:abbas-araghchi")
ZAR, ASSAD, HAFEZ, KHAM = ("person:mohammad-javad-zarif", "person:bashar-al-assad",
                           "person:hafez-al-assad", "person:ali-khamenei")
SOL, ROU, Q, MUH = ("person:qasem-soleimani", "person:hassan-rouhani", "person:esmail-qaani",
                    "person:abu-mahdi-al-muhandis")
MBS, KBS, FBF = "person:mohammed-bin-salman", "person:khalid-bin-salman", "person:faisal-bin-farhan"
LAHUR, BAFEL, JALAL, QUBAD, NECH = ("person:lahur-sheikh-jangi", "person:bafel-talabani",
                                    "person:jalal-talabani", "person:qubad-talabani",
                                    "person:nechirvan-barzani")
AAM, TRUMP, NAS, POMP = ("person:adil-abdul-mahdi", "person:donald-trump", "person:hassan-nasrallah",
                         "person:mike-pompeo")
HAI, QAB, BUS, KHOD = ("person:haitham-bin-tarik", "person:qaboos-bin-said", "person:badr-albusaidi",
                       "person:hassan-sayyad-khodaei")

ARTICLES = [
    ("enCS1_tehran_judges_shot", "en",
     "TEHRAN, Iran (AP) - A gunman shot dead two senior Supreme Court judges inside Iran's Palace "
     "of Justice in central Tehran on Saturday and then killed himself, the country's judiciary "
     "said.\n"
     "The judges, Mohammad Moghiseh and Ali Razini, were both clerics who had presided over "
     "high-profile national security cases. A bodyguard was wounded. The judiciary's Mizan news "
     "agency said the attacker had no case pending before the court, but it did not name him or "
     "give a motive.\n"
     "Judiciary spokesman Asghar Jahangir told state television that the investigation was ongoing "
     "and that no group had claimed responsibility.\n"
     "Judiciary chief Gholamhossein Mohseni-Ejei visited the wounded guard in hospital and later "
     "met the judges' families, his office said. President Masoud Pezeshkian called the killings "
     "\"cowardly\" and ordered the interior minister to assist the inquiry.\n"
     "Razini survived a bomb attack on his car in 1999, when he headed the judiciary in Tehran "
     "province. Moghiseh was sanctioned by the United States in 2019 over the trials of activists "
     "and journalists.\n"
     "Mohseni-Ejei has led the judiciary since 2021, when he took over from Ebrahim Raisi after "
     "Raisi was elected president. Raisi died in a helicopter crash in May 2024.",
     [("MEMBER_OF", MOG, "organization:iranian-supreme-court", "two senior Supreme Court judges"),
      ("MEMBER_OF", RAZ, "organization:iranian-supreme-court", "two senior Supreme Court judges"),
      ("MEMBER_OF", JAH, JUD, "Judiciary spokesman Asghar"),
      ("LEADS", EJEI, JUD, "Judiciary chief Gholamhossein"),
      ("LEADS", PEZ, IRAN, "President Masoud Pezeshkian"),
      ("SUCCESSOR_OF", EJEI, RAI, "took over from Ebrahim Raisi", "2021-07-01"),
      ("LEADS", RAI, IRAN, "Raisi was elected president"),
      ],
     {"source": "blind set (AP-style)", "published": "2025-01-18"}),

    ("arCS2_assad_tehran_zarif_resigns", "ar",
     "طهران - «الشرق الأوسط» - أعلن وزير الخارجية الإيراني محمد جواد ظريف استقالته ليل الاثنين عبر "
     "حسابه على «إنستغرام»، بعد ساعات من زيارة مفاجئة قام بها الرئيس السوري بشار الأسد إلى طهران، "
     "لم يُبلَّغ بها ظريف ولم يشارك في أي من لقاءاتها.\n"
     "واستقبل المرشد الإيراني علي خامنئي الأسد في مكتبه بحضور قائد فيلق القدس قاسم سليماني، ثم "
     "أجرى الرئيس السوري مباحثات مع الرئيس حسن روحاني. وأظهرت الصور الرسمية سليماني جالساً إلى "
     "جانب الأسد، فيما غاب ظريف عن اللقاءين.\n"
     "وقال مصدر مقرب من الوزير إن غيابه «كان إهانة للخارجية». لكن روحاني رفض الأربعاء الاستقالة، "
     "وأكد في رسالة إلى ظريف أنه «الأمين على السياسة الخارجية»، فيما قال سليماني في بيان إن ظريف "
     "«هو المسؤول الأول عن السياسة الخارجية» وإن عدم دعوته «لم يكن مقصوداً».\n"
     "وتُعد هذه أول زيارة للأسد إلى إيران منذ اندلاع الحرب السورية عام 2011. وكان الأسد قد تولى "
     "الرئاسة عام 2000 خلفاً لوالده حافظ الأسد.",
     [("LEADS", ZAR, IFM, "وزير الخارجية الإيراني محمد جواد"),
      ("LEADS", ASSAD, SYR, "الرئيس السوري بشار"),
      ("VISITED", ASSAD, "location:tehran", "زيارة مفاجئة قام بها", "2019-02-25"),
      ("MET_WITH", KHAM, ASSAD, "واستقبل المرشد الإيراني", "2019-02-25"),
      ("LEADS", KHAM, IRAN, "واستقبل المرشد الإيراني علي"),
      ("MET_WITH", SOL, ASSAD, "بحضور قائد فيلق القدس", "2019-02-25"),
      ("LEADS", SOL, QF, "قائد فيلق القدس قاسم"),
      ("MET_WITH", ROU, ASSAD, "أجرى الرئيس السوري مباحثات", "2019-02-25"),
      ("LEADS", ROU, IRAN, "الرئيس حسن روحاني"),
      ("SUCCESSOR_OF", ASSAD, HAFEZ, "خلفاً لوالده حافظ", "2000-07-17"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style Arabic)", "published": "2019-02-27"}),

    ("enCS3_araqchi_jeddah_crown_prince", "en",
     "JEDDAH, July 8 (Reuters) - Saudi Crown Prince Mohammed bin Salman received Iranian Foreign "
     "Minister Abbas Araqchi in Jeddah on Tuesday, the first visit by a senior Iranian official to "
     "the kingdom since Israel and the United States struck Iran's nuclear facilities last month.\n"
     "Araqchi also met Defence Minister Prince Khalid bin Salman and Foreign Minister Prince Faisal "
     "bin Farhan, the Saudi Press Agency said. The crown prince told his guest the kingdom hoped "
     "the ceasefire would hold and that disputes would be settled through dialogue.\n"
     "Araqchi, who came from Rio de Janeiro, where he stood in for President Masoud Pezeshkian at a "
     "BRICS summit, did not meet any U.S. officials on the trip. A sixth round of indirect talks "
     "with U.S. envoy Steve Witkoff, which had been due in Muscat in June, has not been "
     "rescheduled.\n"
     "Iran's ambassador in Riyadh, Alireza Enayati, said the visit showed that the China-brokered "
     "deal of March 2023 restoring ties had \"survived the war\".\n"
     "Araqchi took office in August 2024, succeeding Hossein Amirabdollahian, who died with "
     "President Ebrahim Raisi when their helicopter crashed in May that year.",
     [("MET_WITH", MBS, ARA, "Mohammed bin Salman received Iranian", "2025-07-08"),
      ("LEADS", ARA, IFM, "Minister Abbas Araqchi in Jeddah"),
      ("VISITED", ARA, "location:jeddah", "Minister Abbas Araqchi in Jeddah", "2025-07-08"),
      ("ATTACKED", ISR, IRAN, "struck Iran's nuclear facilities", "2025-06"),
      ("ATTACKED", US, IRAN, "struck Iran's nuclear facilities", "2025-06-22"),
      ("MET_WITH", ARA, KBS, "Araqchi also met Defence Minister", "2025-07-08"),
      ("LEADS", KBS, "organization:saudi-defence-ministry", "Defence Minister Prince Khalid"),
      ("MET_WITH", ARA, FBF, "and Foreign Minister Prince Faisal", "2025-07-08"),
      ("LEADS", FBF, "organization:saudi-foreign-ministry", "and Foreign Minister Prince Faisal"),
      ("VISITED", ARA, "location:rio-de-janeiro", "who came from Rio de Janeiro", "2025-07"),
      ("LEADS", PEZ, IRAN, "President Masoud Pezeshkian"),
      ("SUCCESSOR_OF", ARA, AMA, "succeeding Hossein Amirabdollahian", "2024-08-21"),
      ("LEADS", RAI, IRAN, "President Ebrahim Raisi"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-07-08"}),

    ("arCS4_lahur_arrest_sulaymaniyah", "ar",
     "السليمانية - «شفق نيوز» - اعتقلت قوات أمنية تابعة للاتحاد الوطني الكردستاني، فجر الجمعة، "
     "الرئيس المشترك السابق للحزب لاهور شيخ جنكي وشقيقه بولاد، بعد اشتباكات استمرت ساعات حول "
     "فندق «لالەزار» في السليمانية قُتل فيها ثلاثة من عناصر الأمن، بحسب بيان رسمي.\n"
     "وقالت محكمة في السليمانية إنها أصدرت مذكرة قبض بحقه بتهمة «التآمر لزعزعة الأمن»، فيما نفى "
     "مقربون من شيخ جنكي التهمة ووصفوا العملية بأنها «تصفية حسابات».\n"
     "ويقود بافل طالباني، نجل مؤسس الحزب الراحل جلال طالباني، الاتحاد الوطني منفرداً منذ أن أقصى "
     "ابن عمه لاهور عن الرئاسة المشتركة صيف 2021.\n"
     "وفي أربيل، استقبل رئيس إقليم كردستان نيجيرفان بارزاني، السبت، نائب رئيس حكومة الإقليم قوباد "
     "طالباني، وبحث معه تداعيات الأحداث، ودعا الأطراف كافة إلى «ضبط النفس». ولم يلتقِ بارزاني "
     "بافل طالباني، واكتفى باتصال هاتفي معه.\n"
     "وأعربت القنصلية الإيرانية في السليمانية عن «قلقها»، ودعت إلى الحوار، فيما قال مسؤول في حكومة "
     "الإقليم إن طهران «تتابع الأمر عن كثب».",
     [("LEADS", LAHUR, PUK, "الرئيس المشترك السابق للحزب"),
      ("LEADS", BAFEL, PUK, "ويقود بافل طالباني"),
      ("LEADS", JALAL, PUK, "نجل مؤسس الحزب الراحل"),
      ("MET_WITH", NECH, QUBAD, "استقبل رئيس إقليم كردستان", "2025-08-23"),
      ("LEADS", NECH, KRP, "استقبل رئيس إقليم كردستان"),
      ("MEMBER_OF", QUBAD, KRG, "نائب رئيس حكومة الإقليم قوباد"),
      ],
     {"source": "blind set (Shafaq News-style Arabic)", "published": "2025-08-23"}),

    ("enCS5_sulaimani_last_journey", "en",
     "BAGHDAD, Jan 6 (AFP) - Iraq's caretaker prime minister Adel Abdul Mahdi told parliament on "
     "Sunday that he had been due to meet Qassem Sulaimani on the morning the Iranian general was "
     "killed, to receive Tehran's reply to a Saudi message aimed at easing regional tensions.\n"
     "That meeting never took place. Sulaimani, commander of the Revolutionary Guards' foreign "
     "operations arm, the Quds Force, landed at Baghdad airport shortly after midnight on Friday on "
     "a flight from Damascus and was met on the tarmac by Abu Mahdi al-Muhandis, the deputy head of "
     "the Hashed al-Shaabi paramilitary force. Minutes later both men were killed when their convoy "
     "was hit by missiles fired from a U.S. drone, in a strike President Donald Trump said he had "
     "ordered.\n"
     "In a televised speech on Sunday, Hezbollah chief Hassan Nasrallah said Sulaimani had visited "
     "him in Beirut days earlier and that the two had discussed the risk of a U.S. attack.\n"
     "Supreme Leader Ayatollah Ali Khamenei named Sulaimani's deputy, Brigadier General Esmaeil "
     "Ghaani, to head the force within hours. Ghaani, 62, has mostly handled the Quds Force's "
     "affairs in Afghanistan and Pakistan.\n"
     "Lawmakers on Sunday voted for the departure of foreign troops. Abdul Mahdi said he had spoken "
     "by telephone with U.S. Secretary of State Mike Pompeo, but gave no details.",
     [("LEADS", AAM, "organization:iraqi-government", "caretaker prime minister Adel"),
      ("LEADS", SOL, QF, "commander of the Revolutionary Guards' foreign"),
      ("VISITED", SOL, "location:baghdad-international-airport", "landed at Baghdad airport", "2020-01-03"),
      ("MET_WITH", SOL, MUH, "was met on the tarmac by", "2020-01-03"),
      ("MEMBER_OF", MUH, "organization:popular-mobilization-forces", "the deputy head of the Hashed"),
      ("ASSASSINATED_BY", SOL, US, "fired from a U.S. drone", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "fired from a U.S. drone", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "President Donald Trump said he had", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "President Donald Trump said he had", "2020-01-03"),
      ("LEADS", TRUMP, US, "President Donald Trump said he had"),
      ("MET_WITH", NAS, SOL, "Sulaimani had visited him in Beirut"),
      ("VISITED", SOL, "location:beirut", "Sulaimani had visited him in Beirut"),
      ("LEADS", NAS, "organization:hezbollah", "Hezbollah chief Hassan"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ayatollah Ali Khamenei"),
      ("SUCCESSOR_OF", Q, SOL, "to head the force within hours", "2020-01-03"),
      ("LEADS", Q, QF, "to head the force within hours"),
      ("LEADS", POMP, "organization:us-state-department", "U.S. Secretary of State Mike"),
      ],
     {"source": "blind set (AFP-style)", "published": "2020-01-06"}),

    ("arCS6_raisi_muscat_khodaei", "ar",
     "مسقط - «الجزيرة نت» - استقبل السلطان هيثم بن طارق، الاثنين، الرئيس الإيراني إبراهيم رئيسي في "
     "قصر العلم العامر بمسقط، في أول زيارة له إلى سلطنة عمان منذ توليه الرئاسة، وشهد الجانبان "
     "توقيع 12 مذكرة تفاهم في مجالات الطاقة والنقل والتجارة.\n"
     "وأجرى وزير الخارجية الإيراني حسين أمير عبد اللهيان مباحثات مع نظيره العماني بدر البوسعيدي، "
     "تناولت مفاوضات فيينا المتعثرة، وقال إن مسقط «شريك موثوق».\n"
     "وكان رئيسي قد غادر طهران صباحاً متوعداً بالثأر لمقتل العقيد في الحرس الثوري حسن صياد خدائي، "
     "الذي قُتل بالرصاص أمام منزله في طهران الأحد على يد مسلحَين يستقلان دراجة نارية. واتهم الحرس "
     "الثوري «عناصر مرتبطة بالاستكبار العالمي» بتنفيذ العملية، ولم تعلق إسرائيل على تقارير نسبت "
     "إليها الاغتيال.\n"
     "ويتولى السلطان هيثم الحكم منذ كانون الثاني 2020 خلفاً لابن عمه السلطان الراحل قابوس بن سعيد، "
     "الذي حكم البلاد نحو خمسين عاماً.",
     [("MET_WITH", HAI, RAI, "استقبل السلطان هيثم بن طارق", "2022-05-23"),
      ("LEADS", RAI, IRAN, "الرئيس الإيراني إبراهيم"),
      ("VISITED", RAI, "location:muscat", "قصر العلم العامر بمسقط", "2022-05-23"),
      ("MET_WITH", AMA, BUS, "مباحثات مع نظيره العماني", "2022-05-23"),
      ("LEADS", AMA, IFM, "وزير الخارجية الإيراني حسين"),
      ("LEADS", BUS, "organization:omani-foreign-ministry", "نظيره العماني بدر"),
      ("MEMBER_OF", KHOD, IRGC, "العقيد في الحرس الثوري حسن"),
      ("LEADS", HAI, OMAN, "ويتولى السلطان هيثم الحكم"),
      ("SUCCESSOR_OF", HAI, QAB, "خلفاً لابن عمه السلطان الراحل", "2020-01-11"),
      ("LEADS", QAB, OMAN, "الذي حكم البلاد نحو خمسين عاماً"),
      ],
     {"source": "blind set (Al Jazeera-style Arabic)", "published": "2022-05-23"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setCS")
