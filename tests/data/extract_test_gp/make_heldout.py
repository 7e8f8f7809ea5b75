"""Blind set GP: Iran's allies and rivals around the region 2020-2025, outside Iraq, in wire-service
style (English and Arabic): Araghchi in Damascus on the eve of Assad's fall (Dec 2024); the Saudi
ambassador Mohammed Al Jaber received by Mahdi al-Mashat in Sanaa (Apr 2023); the Israeli strike
that killed the Houthi prime minister al-Rahawi and his acting successor (Aug 2025); Araghchi's
Beirut round with Aoun, Berri, Salam and Rajji (Jun 2025); Naim Qassem succeeding Nasrallah
(Oct 2024); Ahmed al-Sharaa received by Mohammed bin Salman in Riyadh (Feb 2025).
Style: datelined wire copy (Reuters, AFP, AP, SPA), titles before names, attributions, phone calls,
planned trips, a denied meeting, a "likely successor", a killing with no stated agent.
Spellings: Araqchi / عراقتشي, Bashar al-Asad, Naeem Kassem, Yehia Sarea, المشّاط, آل جابر.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gr import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, SYR, ISR, LEB, TUR = ("country:iran", "country:syria", "country:israel", "country:lebanon",
                            "country:turkey")
IRFM, SYFM, LEBFM, SAFM = ("organization:iranian-foreign-ministry", "organization:syrian-foreign-ministry",
                           "organization:lebanese-foreign-ministry", "organization:saudi-foreign-ministry")
HOU, SPC, HGOV, HGS = ("organization:houthis", "organization:houthi-supreme-political-council",
                       "organization:houthi-government", "organization:houthi-general-staff")
HEZ, IRGC = "organization:hezbollah", "organization:irgc"
ARAG, ASSAD, SABB, AKB = ("person:abbas-araghchi", "person:bashar-al-assad", "person:bassam-sabbagh",
                          "person:hossein-akbari")
POUR, PEZ, FIDAN = "person:kiomars-pourhashemi", "person:masoud-pezeshkian", "person:hakan-fidan"
MASH, JABER, ABDS, MAH = ("person:mahdi-al-mashat", "person:mohammed-al-jaber", "person:mohammed-abdulsalam",
                          "person:mohammed-ali-al-houthi")
AMH, ALIMI, KBS = "person:abdul-malik-al-houthi", "person:rashad-al-alimi", "person:khalid-bin-salman"
RAH, HAB, MIFT, SAREE, GHAM, KATZ = ("person:ahmed-al-rahawi", "person:abdulaziz-bin-habtoor",
                                     "person:mohammed-miftah", "person:yahya-saree",
                                     "person:mohammed-al-ghamari", "person:israel-katz")
JAOUN, BERRI, NSALAM, RAJJI, QASSEM, AMANI = ("person:joseph-aoun", "person:nabih-berri", "person:nawaf-salam",
                                              "person:youssef-rajji", "person:naim-qassem",
                                              "person:mojtaba-amani")
NASR, SAFI, AFIF, KHAM = ("person:hassan-nasrallah", "person:hashem-safieddine", "person:mohammad-afif",
                          "person:ali-khamenei")
SHARAA, MBS, FBF, SHAIB = ("person:ahmed-al-sharaa", "person:mohammed-bin-salman", "person:faisal-bin-farhan",
                           "person:asaad-al-shaibani")

ARTICLES = [
    ("enGP1_araqchi_asad_damascus", "en",
     "DAMASCUS, Dec 1 (Reuters) - Iranian Foreign Minister Abbas Araqchi met Syrian President Bashar "
     "al-Asad in Damascus on Sunday and pledged Tehran's backing as insurgents who seized most of Aleppo "
     "pressed their advance south, Iran's state news agency IRNA said.\n"
     "Araqchi, who flew in a day after Asad spoke by telephone with Iranian President Masoud Pezeshkian, "
     "also held talks with his Syrian counterpart Bassam Sabbagh, according to the Syrian foreign "
     "ministry.\n"
     "Iran's ambassador in Damascus, Hossein Akbari, who attended the meeting with Asad, told state "
     "television the minister had carried \"a clear message of support for the Syrian army\".\n"
     "On Thursday a senior adviser of the Revolutionary Guards, Brigadier General Kiomars Pourhashemi, "
     "was killed in Aleppo, the Guards said, without saying who had killed him.\n"
     "Araqchi was due to travel to Ankara on Monday for talks with Turkish Foreign Minister Hakan Fidan, "
     "whose government backs several of the rebel factions.",
     [("MET_WITH", ARAG, ASSAD, "met Syrian President Bashar", "2024-12-01"),
      ("LEADS", ASSAD, SYR, "Syrian President Bashar"),
      ("LEADS", ARAG, IRFM, "Iranian Foreign Minister Abbas Araqchi"),
      ("VISITED", ARAG, "location:damascus", "in Damascus on Sunday", "2024-12-01"),
      ("REPORTED_BY", ARAG, "outlet:irna", "state news agency IRNA said"),
      ("LEADS", PEZ, IRAN, "Iranian President Masoud"),
      ("MET_WITH", ARAG, SABB, "also held talks with his Syrian counterpart", "2024-12-01"),
      ("LEADS", SABB, SYFM, "his Syrian counterpart Bassam"),
      ("MET_WITH", AKB, ASSAD, "who attended the meeting with Asad", "2024-12-01"),
      ("MET_WITH", AKB, ARAG, "who attended the meeting with Asad", "2024-12-01"),
      ("SUPPORTS", IRAN, "organization:syrian-army", "support for the Syrian army"),
      ("MEMBER_OF", POUR, IRGC, "a senior adviser of the Revolutionary Guards"),
      ("LEADS", FIDAN, "organization:turkish-foreign-ministry", "Turkish Foreign Minister Hakan"),
      ],
     {"source": "blind set (wire, English)", "published": "2024-12-01"}),

    ("arGP2_aljaber_mashat_sanaa", "ar",
     "صنعاء (أ ف ب) - التقى رئيس المجلس السياسي الأعلى في صنعاء مهدي المشّاط، الأحد، السفير السعودي "
     "لدى اليمن محمد آل جابر والوفد العُماني المرافق له، في أول زيارة علنية لمسؤول سعودي رفيع إلى "
     "العاصمة اليمنية منذ اندلاع الحرب، بحسب ما أفادت وكالة سبأ التابعة للحوثيين.\n"
     "وحضر اللقاء رئيس وفد الحوثيين المفاوض محمد عبد السلام، الذي وصل من مسقط على متن الطائرة العُمانية "
     "نفسها.\n"
     "وقال آل جابر في تغريدة إنه يزور صنعاء \"بهدف تثبيت الهدنة ووقف إطلاق النار\"، فيما أكد عضو "
     "المجلس السياسي الأعلى محمد علي الحوثي أن الحوار يجري \"مع السعودية بوصفها طرفاً في الحرب لا "
     "وسيطاً\".\n"
     "ونفى مكتب زعيم الجماعة عبد الملك الحوثي ما تناقلته حسابات على مواقع التواصل عن لقاء جمعه بالسفير "
     "السعودي في صعدة.\n"
     "وكان رئيس مجلس القيادة الرئاسي رشاد العليمي قد تلقى قبل يومين اتصالاً هاتفياً من وزير الدفاع "
     "السعودي الأمير خالد بن سلمان تناول مسار المحادثات.",
     [("MET_WITH", MASH, JABER, "التقى رئيس المجلس السياسي الأعلى", "2023-04-09"),
      ("LEADS", MASH, SPC, "رئيس المجلس السياسي الأعلى في صنعاء"),
      ("VISITED", JABER, "location:sanaa", "في أول زيارة علنية", "2023-04-09"),
      ("REPORTED_BY", MASH, "outlet:saba", "بحسب ما أفادت وكالة سبأ"),
      ("MET_WITH", ABDS, MASH, "وحضر اللقاء رئيس وفد", "2023-04-09"),
      ("MET_WITH", ABDS, JABER, "وحضر اللقاء رئيس وفد", "2023-04-09"),
      ("MEMBER_OF", ABDS, HOU, "رئيس وفد الحوثيين المفاوض"),
      ("MEMBER_OF", MAH, SPC, "عضو المجلس السياسي الأعلى محمد علي"),
      ("LEADS", AMH, HOU, "زعيم الجماعة عبد الملك"),
      ("LEADS", ALIMI, "organization:presidential-leadership-council", "رئيس مجلس القيادة الرئاسي رشاد"),
      ("LEADS", KBS, "organization:saudi-defence-ministry", "وزير الدفاع السعودي الأمير"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2023-04-09"}),

    ("enGP3_rahawi_killed_sanaa", "en",
     "SANAA, Yemen (AP) — Yemen's Houthi rebels said Saturday that an Israeli airstrike in the capital had "
     "killed their prime minister, Ahmed Ghaleb al-Rahawi, along with several other ministers attending a "
     "government workshop.\n"
     "Israel's Defense Minister Israel Katz said Thursday's strike had hit \"the Houthi terrorist "
     "government\" and warned that the group's leaders would \"pay a heavy price\".\n"
     "Al-Rahawi had headed the rebel government since August 2024, when he replaced Abdulaziz bin "
     "Habtoor, a holdover from the era of the late president Ali Abdullah Saleh.\n"
     "Mahdi al-Mashat, the head of the Houthis' Supreme Political Council, named al-Rahawi's deputy, "
     "Mohammed Miftah, to take over as acting premier.\n"
     "The rebels' military spokesman, Brig. Gen. Yehia Sarea, said later that they had fired a "
     "ballistic missile at Israel in response.\n"
     "Israeli officials said the strike had also targeted the Houthi chief of staff, Mohammed al-Ghamari, "
     "but his fate was not immediately known.",
     [("ASSASSINATED_BY", RAH, ISR, "an Israeli airstrike in the capital had", "2025-08-28"),
      ("LEADS", RAH, HGOV, "their prime minister, Ahmed Ghaleb"),
      ("LEADS", KATZ, "organization:israeli-defense-ministry", "Israel's Defense Minister Israel Katz"),
      ("ATTACKED", ISR, HGOV, "Thursday's strike had hit", "2025-08-28"),
      ("SUCCESSOR_OF", RAH, HAB, "when he replaced Abdulaziz", "2024-08"),
      ("LEADS", MASH, SPC, "the head of the Houthis' Supreme Political Council"),
      ("SUCCESSOR_OF", MIFT, RAH, "to take over as acting premier", "2025-08"),
      ("LEADS", MIFT, HGOV, "Mohammed Miftah, to take over"),
      ("MEMBER_OF", SAREE, HOU, "The rebels' military spokesman"),
      ("ATTACKED", HOU, ISR, "fired a ballistic missile at Israel"),
      ("LEADS", GHAM, HGS, "the Houthi chief of staff"),
      ],
     {"source": "blind set (wire, English)", "published": "2025-08-30"}),

    ("arGP4_araqchi_beirut_round", "ar",
     "بيروت (رويترز) - وصل وزير الخارجية الإيراني عباس عراقتشي إلى بيروت يوم الثلاثاء في زيارة هي "
     "الأولى له منذ تشكيل الحكومة اللبنانية الجديدة، واستهلها بلقاء الرئيس جوزيف عون في قصر بعبدا.\n"
     "وقال عون للضيف الإيراني إن \"لبنان لا يقبل التدخل في شؤونه الداخلية\"، بحسب بيان للرئاسة.\n"
     "ثم انتقل عراقتشي إلى عين التينة حيث التقى رئيس مجلس النواب نبيه بري، قبل أن يجتمع برئيس الوزراء "
     "نواف سلام في السراي الحكومي.\n"
     "كما عقد الوزير الإيراني محادثات مع نظيره اللبناني يوسف رجي، الذي كان قد اعتذر في وقت سابق عن تلبية "
     "دعوة لزيارة طهران.\n"
     "ولم يصدر عن حزب الله أو عن السفارة الإيرانية ما يؤكد عقد لقاء بين عراقتشي والأمين العام للحزب "
     "الشيخ نعيم قاسم، فيما قال السفير الإيراني مجتبى أماني إن الزيارة \"تفتح صفحة جديدة\".",
     [("VISITED", ARAG, "location:beirut", "إلى بيروت يوم الثلاثاء", "2025-06-03"),
      ("LEADS", ARAG, IRFM, "وزير الخارجية الإيراني عباس"),
      ("MET_WITH", ARAG, JAOUN, "واستهلها بلقاء الرئيس", "2025-06-03"),
      ("LEADS", JAOUN, LEB, "بلقاء الرئيس جوزيف عون"),
      ("VISITED", ARAG, "location:baabda-palace", "في قصر بعبدا", "2025-06-03"),
      ("MET_WITH", ARAG, BERRI, "حيث التقى رئيس مجلس النواب", "2025-06-03"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "رئيس مجلس النواب نبيه"),
      ("VISITED", ARAG, "location:ain-el-tineh", "ثم انتقل عراقتشي إلى عين التينة", "2025-06-03"),
      ("MET_WITH", ARAG, NSALAM, "قبل أن يجتمع برئيس الوزراء", "2025-06-03"),
      ("LEADS", NSALAM, "organization:lebanese-government", "برئيس الوزراء نواف سلام"),
      ("VISITED", ARAG, "location:grand-serail", "في السراي الحكومي", "2025-06-03"),
      ("MET_WITH", ARAG, RAJJI, "كما عقد الوزير الإيراني محادثات", "2025-06-03"),
      ("LEADS", RAJJI, LEBFM, "نظيره اللبناني يوسف رجي"),
      ("LEADS", QASSEM, HEZ, "والأمين العام للحزب الشيخ نعيم"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2025-06-03"}),

    ("enGP5_kassem_succeeds_nasrallah", "en",
     "BEIRUT, Oct 29, 2024 (AFP) - Hezbollah on Tuesday named Sheikh Naeem Kassem as its "
     "secretary-general, succeeding Hassan Nasrallah, who was killed in a massive Israeli air strike on "
     "Beirut's southern suburbs a month ago.\n"
     "Kassem, 71, had served as deputy leader since 1991 and had run the group on an interim basis since "
     "Nasrallah's death on September 27, which the Israeli army announced the following morning.\n"
     "The Shura Council, Hezbollah's top decision-making body, chose him \"according to the adopted "
     "mechanism\", a statement said.\n"
     "Hashem Safieddine, the head of the group's executive council who had been widely seen as "
     "Nasrallah's likely successor, was killed in an Israeli strike in early October, the Israeli "
     "military said, and Hezbollah later confirmed his death.\n"
     "The group's media relations chief, Mohammad Afif, told reporters the new leader would pursue "
     "\"the war plan\" drawn up under Nasrallah.\n"
     "Iran's supreme leader Ali Khamenei sent a message congratulating Kassem, Iranian state media said.",
     [("SUCCESSOR_OF", QASSEM, NASR, "succeeding Hassan Nasrallah", "2024-10-29"),
      ("LEADS", QASSEM, HEZ, "named Sheikh Naeem Kassem as its"),
      ("LEADS", NASR, HEZ, "succeeding Hassan Nasrallah"),
      ("ASSASSINATED_BY", NASR, ISR, "who was killed in a massive Israeli air strike", "2024-09-27"),
      ("PART_OF", "organization:hezbollah-shura-council", HEZ, "Hezbollah's top decision-making body"),
      ("LEADS", SAFI, "organization:hezbollah-executive-council", "the head of the group's executive council"),
      ("ASSASSINATED_BY", SAFI, ISR, "was killed in an Israeli strike in early October", "2024-10"),
      ("MEMBER_OF", AFIF, HEZ, "The group's media relations chief"),
      ("LEADS", AFIF, "organization:hezbollah-media-relations", "media relations chief, Mohammad Afif"),
      ("LEADS", KHAM, IRAN, "Iran's supreme leader Ali Khamenei"),
      ],
     {"source": "blind set (wire, English)", "published": "2024-10-29"}),

    ("arGP6_sharaa_received_riyadh", "ar",
     "الرياض (واس) - استقبل ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان، في قصر اليمامة بالرياض "
     "الأحد، الرئيس السوري أحمد الشرع، في أول زيارة خارجية له منذ توليه الرئاسة.\n"
     "وكان في استقبال الشرع لدى وصوله إلى مطار الملك خالد الدولي وزير الخارجية السعودي الأمير فيصل بن "
     "فرحان.\n"
     "وحضر جلسة المباحثات عن الجانب السوري وزير الخارجية أسعد حسن الشيباني.\n"
     "وكانت \"إدارة العمليات العسكرية\" قد أعلنت في 29 يناير تعيين الشرع رئيساً للبلاد في المرحلة "
     "الانتقالية خلفاً لبشار الأسد الذي فرّ إلى موسكو.\n"
     "وتلقى الشرع عقب تعيينه اتصالاً هاتفياً من ولي العهد السعودي هنأه فيه بالمنصب، فيما لم يُحدَّد بعد "
     "موعد زيارته المرتقبة إلى أنقرة للقاء الرئيس رجب طيب أردوغان.",
     [("MET_WITH", MBS, SHARAA, "استقبل ولي العهد", "2025-02-02"),
      ("LEADS", MBS, "organization:saudi-government", "رئيس مجلس الوزراء الأمير"),
      ("LEADS", SHARAA, SYR, "الرئيس السوري أحمد الشرع"),
      ("VISITED", SHARAA, "location:al-yamamah-palace", "في قصر اليمامة بالرياض", "2025-02-02"),
      ("VISITED", SHARAA, "location:riyadh", "في قصر اليمامة بالرياض", "2025-02-02"),
      ("MET_WITH", SHARAA, FBF, "وكان في استقبال الشرع", "2025-02-02"),
      ("LEADS", FBF, SAFM, "وزير الخارجية السعودي الأمير"),
      ("MET_WITH", SHAIB, MBS, "وحضر جلسة المباحثات", "2025-02-02"),
      ("MET_WITH", SHAIB, SHARAA, "وحضر جلسة المباحثات", "2025-02-02"),
      ("LEADS", SHAIB, SYFM, "وزير الخارجية أسعد حسن"),
      ("SUCCESSOR_OF", SHARAA, ASSAD, "خلفاً لبشار الأسد", "2025-01-29"),
      ("LEADS", "person:recep-tayyip-erdogan", TUR, "الرئيس رجب طيب"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2025-02-02"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGP")
