"""Blind set IA: Gulf mediation and Iran 2023-2025, as think-tank briefs (analysis, "sources told
us", background paragraphs recalling past meetings): from the Baghdad rounds to the Beijing
agreement (English); Iraqi mediation under al-Sudani, Shamkhani in Baghdad, March 2023 (Arabic);
Oman's channel, the Rome round of April 2025 and the technical talks in Muscat (English); the
Saudi-Iranian defence track, al-Ruwaili and Khalid bin Salman in Tehran, Bagheri killed and
replaced, Araghchi in Jeddah (Arabic); Qatar's prisoner deal of 2023 and the Doha channel
(English); the succession at Iran's Supreme National Security Council and Larijani in Riyadh, 2025
(Arabic).
Excluded on purpose: a sixth Baghdad round announced but never held, phone calls by al-Sudani, a
proposed summit in Baghdad, indirect talks where the parties "never met face to face", a fifth round
expected but not scheduled, a phone call to Khalid bin Salman, an expected Saudi-Iranian summit, a
restriction denied by Tehran, a meeting in Muscat that Ahmadian denied.
Spellings: Mostafa al-Kazemi, Musaed Al-Aiban, Abbas Araqchi, Steven Witkoff, Badr al-Busaidi,
Mohammed bin Abdul Rahman Al Thani, السودانى، الأعرجى، باقرى، الرويلى.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ib import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, CHINA, ISR, QATAR = "country:iran", "country:china", "country:israel", "country:qatar"
TEHRAN, RIYADH, BEIJING, BAGHDAD, MUSCAT, DOHA, ROME, JEDDAH = (
    "location:tehran", "location:riyadh", "location:beijing", "location:baghdad", "location:muscat",
    "location:doha", "location:rome", "location:jeddah")
OMAN = "country:oman"
SNSC, IRFM, IRGS, OSL = ("organization:supreme-national-security-council", "organization:iranian-foreign-ministry",
                         "organization:iranian-armed-forces-general-staff", "organization:office-of-the-supreme-leader")
SAGIP, SADEF, SAGS = ("organization:saudi-general-intelligence-presidency", "organization:saudi-defence-ministry",
                      "organization:saudi-armed-forces-general-staff")
OMFM, QFM, QGOV, IQG, IQNSA, IQFM = (
    "organization:omani-foreign-ministry", "organization:qatari-foreign-ministry", "organization:qatari-government",
    "organization:iraqi-government", "organization:iraqi-national-security-advisory",
    "organization:iraqi-foreign-ministry")
ICG, IISS, GRC, ECFR = ("organization:international-crisis-group", "organization:iiss",
                        "organization:gulf-research-center", "organization:ecfr")
STATE, WH = "organization:us-state-department", "organization:white-house"
OMEMB = "location:omani-embassy-rome"

SHAM, AIBAN, WANG, XI, MBS = ("person:ali-shamkhani", "person:musaed-al-aiban", "person:wang-yi",
                              "person:xi-jinping", "person:mohammed-bin-salman")
FAISAL, AMIRABD, KAD, HUMAIDAN, IRAVANI, VAEZ = (
    "person:faisal-bin-farhan", "person:hossein-amir-abdollahian", "person:mustafa-al-kadhimi",
    "person:khalid-al-humaidan", "person:saeed-iravani", "person:ali-vaez")
SUD, ARAJI, FUAD, ARAGHCHI, AWADI, PEZ, ALHASAN = (
    "person:mohammed-shia-al-sudani", "person:qassim-al-araji", "person:fuad-hussein", "person:abbas-araghchi",
    "person:basim-al-awadi", "person:masoud-pezeshkian", "person:hasan-alhasan")
WITKOFF, BUSAIDI, TAJANI, ANTON, TAKHT, GHARIB, MCGURK, BKANI = (
    "person:steve-witkoff", "person:badr-albusaidi", "person:antonio-tajani", "person:michael-anton",
    "person:majid-takht-ravanchi", "person:kazem-gharibabadi", "person:brett-mcgurk", "person:ali-bagheri-kani")
RUWAILI, BAGHERI, KBS, KHAM, MOUSAVI, SAGER = (
    "person:fayyad-al-ruwaili", "person:mohammad-bagheri", "person:khalid-bin-salman", "person:ali-khamenei",
    "person:abdolrahim-mousavi", "person:abdulaziz-sager")
MBAR, KHULAIFI, MALLEY, TAMIM = ("person:mohammed-bin-abdulrahman-al-thani", "person:mohammed-al-khulaifi",
                                 "person:robert-malley", "person:tamim-bin-hamad-al-thani")
LARIJANI, AHMADIAN, GERAN = "person:ali-larijani", "person:ali-akbar-ahmadian", "person:ellie-geranmayeh"

ARTICLES = [
    ("enIA1_from_baghdad_to_beijing", "en",
     "BRIEF | From Baghdad to Beijing: how the Saudi-Iranian channel was built\n"
     "The agreement signed in Beijing on 10 March 2023 was the product of two years of quieter diplomacy, "
     "officials involved in the process told us.\n"
     "Background: the first round was hosted in Baghdad in April 2021 by the then Iraqi prime minister, "
     "Mostafa al-Kazemi, whose office brought together the head of Saudi General Intelligence, Khalid "
     "al-Humaidan, and Saeed Iravani, deputy secretary of Iran's Supreme National Security Council.\n"
     "Four further rounds followed there, the last in April 2022; a sixth, announced by Iraqi officials for "
     "later that year, never took place.\n"
     "When Chinese President Xi Jinping visited Riyadh in December 2022, Saudi officials, sources said, "
     "asked him to act as guarantor.\n"
     "In Beijing, Wang Yi, China's top diplomat, then chaired four days of talks between Ali Shamkhani and "
     "the Saudi national security adviser, Musaed Al-Aiban.\n"
     "\"China brought what Baghdad could not: a guarantor both sides feared to disappoint,\" said Ali Vaez, "
     "Iran project director at the International Crisis Group.\n"
     "The two foreign ministers, Faisal bin Farhan and Hossein Amir-Abdollahian, met in Beijing on 6 April "
     "to seal the deal.",
     [("LEADS", KAD, IQG, "the then Iraqi prime minister"),
      ("MET_WITH", HUMAIDAN, IRAVANI, "whose office brought together", "2021-04"),
      ("VISITED", HUMAIDAN, BAGHDAD, "hosted in Baghdad in April 2021", "2021-04"),
      ("VISITED", IRAVANI, BAGHDAD, "hosted in Baghdad in April 2021", "2021-04"),
      ("LEADS", HUMAIDAN, SAGIP, "the head of Saudi General Intelligence"),
      ("MEMBER_OF", IRAVANI, SNSC, "deputy secretary of Iran's Supreme"),
      ("LEADS", XI, CHINA, "Chinese President Xi Jinping"),
      ("VISITED", XI, RIYADH, "visited Riyadh in December 2022", "2022-12"),
      ("MET_WITH", WANG, SHAM, "chaired four days of talks", "2023-03"),
      ("MET_WITH", WANG, AIBAN, "chaired four days of talks", "2023-03"),
      ("MET_WITH", SHAM, AIBAN, "chaired four days of talks", "2023-03"),
      ("VISITED", SHAM, BEIJING, "In Beijing, Wang Yi", "2023-03"),
      ("VISITED", AIBAN, BEIJING, "In Beijing, Wang Yi", "2023-03"),
      ("MEMBER_OF", VAEZ, ICG, "Iran project director at the International Crisis Group"),
      ("MET_WITH", FAISAL, AMIRABD, "met in Beijing on 6 April", "2023-04-06"),
      ("VISITED", FAISAL, BEIJING, "met in Beijing on 6 April", "2023-04-06"),
      ("VISITED", AMIRABD, BEIJING, "met in Beijing on 6 April", "2023-04-06"),
      ],
     {"source": "blind set (think-tank brief, English)", "published": "2023-04-20"}),

    ("arIA2_iraqi_mediation_sudani", "ar",
     "تقدير موقف | الوساطة العراقية في عهد السودانى: قناة بلا أضواء\n"
     "يسعى رئيس الوزراء العراقي محمد شياع السودانى منذ تسلّمه منصبه إلى تقديم بغداد وسيطاً بين طهران "
     "وجيرانها، وإن كان اتفاق بكين قد سحب منها دور المضيف الرئيسي.\n"
     "خلفية: بعد تسعة أيام فقط من توقيع الاتفاق، حلّ أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني "
     "في بغداد في 19 آذار 2023، فالتقى السودانى، ووقّع مع مستشار الأمن القومي قاسم الأعرجى اتفاقاً أمنياً "
     "لضبط الحدود مع إقليم كردستان.\n"
     "وفي كانون الثاني 2025 زار وزير الخارجية فؤاد حسين طهران، حيث أجرى مباحثات مع نظيره الإيراني عباس "
     "عراقجي تناولت، بحسب مصادر دبلوماسية تحدثت إلينا، رسائل أمريكية.\n"
     "ويؤكد المتحدث باسم الحكومة باسم العوادي أن بغداد «لا تنافس مسقط»، مشيراً إلى أن السودانى نقل رسائل "
     "بين واشنطن وطهران عبر اتصالات هاتفية مع الرئيس مسعود بزشكيان.\n"
     "أما القمة السعودية-الإيرانية التي اقترح السودانى استضافتها في بغداد فلم تُعقد حتى الآن.\n"
     "ويرى الباحث في المعهد الدولي للدراسات الاستراتيجية حسن الحسن أن بغداد «وسيط مفيد لكنه ليس محايداً».",
     [("LEADS", SUD, IQG, "رئيس الوزراء العراقي محمد شياع"),
      ("LEADS", SHAM, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني علي"),
      ("VISITED", SHAM, BAGHDAD, "حلّ أمين المجلس", "2023-03-19"),
      ("MET_WITH", SHAM, SUD, "فالتقى السودانى", "2023-03-19"),
      ("MET_WITH", SHAM, ARAJI, "ووقّع مع مستشار الأمن القومي", "2023-03-19"),
      ("LEADS", ARAJI, IQNSA, "مستشار الأمن القومي قاسم"),
      ("LEADS", FUAD, IQFM, "وزير الخارجية فؤاد حسين"),
      ("VISITED", FUAD, TEHRAN, "فؤاد حسين طهران", "2025-01"),
      ("MET_WITH", FUAD, ARAGHCHI, "حيث أجرى مباحثات مع نظيره", "2025-01"),
      ("LEADS", ARAGHCHI, IRFM, "نظيره الإيراني عباس"),
      ("MEMBER_OF", AWADI, IQG, "المتحدث باسم الحكومة باسم"),
      ("LEADS", PEZ, IRAN, "الرئيس مسعود بزشكيان"),
      ("MEMBER_OF", ALHASAN, IISS, "الباحث في المعهد الدولي للدراسات الاستراتيجية"),
      ],
     {"source": "blind set (think-tank brief, Arabic)", "published": "2025-05-05"}),

    ("enIA3_oman_channel_rome_round", "en",
     "BRIEF | Oman's channel, from Muscat to Rome\n"
     "On 19 April 2025 the second round between Abbas Araqchi and Steven Witkoff was held at the Omani "
     "embassy in Rome, with Foreign Minister Badr al-Busaidi carrying messages between the two rooms.\n"
     "Sources familiar with the talks told us that Araqchi and Witkoff also spoke face to face at the end "
     "of the session, as they had in Muscat a week earlier.\n"
     "Araqchi separately met his Italian counterpart, Antonio Tajani.\n"
     "A week later, expert teams led by Michael Anton, the State Department's director of policy planning, "
     "and by the deputy foreign ministers Majid Takht-Ravanchi and Kazem Gharibabadi met in Muscat.\n"
     "Background: Oman hosted indirect talks in May 2023 between Brett McGurk, then the White House Middle "
     "East coordinator, and Iran's chief negotiator Ali Bagheri Kani; the two never met face to face.\n"
     "A fifth round, expected in Rome in May, had not been scheduled at the time of writing.",
     [("VISITED", ARAGHCHI, ROME, "held at the Omani embassy in Rome", "2025-04-19"),
      ("VISITED", WITKOFF, ROME, "held at the Omani embassy in Rome", "2025-04-19"),
      ("LOCATED_IN", OMEMB, ROME, "embassy in Rome, with"),
      ("LEADS", BUSAIDI, OMFM, "Foreign Minister Badr al-Busaidi"),
      ("MET_WITH", BUSAIDI, ARAGHCHI, "carrying messages between the two rooms", "2025-04-19"),
      ("MET_WITH", BUSAIDI, WITKOFF, "carrying messages between the two rooms", "2025-04-19"),
      ("MET_WITH", ARAGHCHI, WITKOFF, "also spoke face to face", "2025-04-19"),
      ("MET_WITH", ARAGHCHI, TAJANI, "separately met his Italian counterpart", "2025-04-19"),
      ("MEMBER_OF", ANTON, STATE, "the State Department's director of policy planning"),
      ("MET_WITH", ANTON, TAKHT, "expert teams led by Michael Anton", "2025-04-26"),
      ("MET_WITH", ANTON, GHARIB, "expert teams led by Michael Anton", "2025-04-26"),
      ("MET_WITH", TAKHT, GHARIB, "expert teams led by Michael Anton", "2025-04-26"),
      ("VISITED", ANTON, MUSCAT, "Gharibabadi met in Muscat", "2025-04-26"),
      ("VISITED", TAKHT, MUSCAT, "Gharibabadi met in Muscat", "2025-04-26"),
      ("VISITED", GHARIB, MUSCAT, "Gharibabadi met in Muscat", "2025-04-26"),
      ("MEMBER_OF", TAKHT, IRFM, "the deputy foreign ministers Majid"),
      ("MEMBER_OF", GHARIB, IRFM, "and Kazem Gharibabadi"),
      ("VISITED", MCGURK, OMAN, "Oman hosted indirect talks", "2023-05"),
      ("VISITED", BKANI, OMAN, "Oman hosted indirect talks", "2023-05"),
      ("MEMBER_OF", MCGURK, WH, "then the White House Middle"),
      ],
     {"source": "blind set (think-tank brief, English)", "published": "2025-05-01"}),

    ("arIA4_saudi_iran_defence_track", "ar",
     "تقدير موقف | المسار الدفاعي السعودي-الإيراني بعد حرب الأيام الاثني عشر\n"
     "خلفية: في 10 تشرين الثاني 2024 زار رئيس هيئة الأركان العامة السعودي الفريق الأول الركن فياض الرويلى "
     "طهران، والتقى نظيره الإيراني اللواء محمد باقرى، في أرفع زيارة عسكرية سعودية منذ عقود.\n"
     "وتبعتها في نيسان 2025 زيارة وزير الدفاع الأمير خالد بن سلمان إلى طهران، حيث استقبله المرشد علي "
     "خامنئي.\n"
     "وقُتل باقرى في 13 حزيران في الضربات الإسرائيلية الأولى على طهران، وعُيّن اللواء عبد الرحيم موسوي "
     "رئيساً للأركان خلفاً له.\n"
     "وفي 8 تموز استقبل ولي العهد الأمير محمد بن سلمان في جدة وزير الخارجية الإيراني عباس عراقجي، بحضور "
     "الأمير خالد، وفق مصادر سعودية تحدثت إلينا.\n"
     "وكان الأمير خالد قد تلقى اتصالاً هاتفياً من باقرى قبل أسابيع من الحرب، فيما يجري الحديث عن قمة مرتقبة "
     "بين ولي العهد والرئيس الإيراني لم يُحدَّد موعدها.\n"
     "ويقول رئيس مركز الخليج للأبحاث عبد العزيز صقر إن الرياض «تريد ضمانات لا وساطات».",
     [("LEADS", RUWAILI, SAGS, "رئيس هيئة الأركان العامة السعودي"),
      ("VISITED", RUWAILI, TEHRAN, "الرويلى طهران", "2024-11-10"),
      ("MET_WITH", RUWAILI, BAGHERI, "والتقى نظيره الإيراني", "2024-11-10"),
      ("LEADS", BAGHERI, IRGS, "نظيره الإيراني اللواء محمد"),
      ("LEADS", KBS, SADEF, "زيارة وزير الدفاع الأمير"),
      ("VISITED", KBS, TEHRAN, "خالد بن سلمان إلى طهران", "2025-04-17"),
      ("MET_WITH", KBS, KHAM, "حيث استقبله المرشد", "2025-04-17"),
      ("LEADS", KHAM, IRAN, "المرشد علي"),
      ("ASSASSINATED_BY", BAGHERI, ISR, "في الضربات الإسرائيلية الأولى", "2025-06-13"),
      ("ATTACKED", ISR, TEHRAN, "في الضربات الإسرائيلية الأولى", "2025-06-13"),
      ("SUCCESSOR_OF", MOUSAVI, BAGHERI, "رئيساً للأركان خلفاً له", "2025-06"),
      ("LEADS", MOUSAVI, IRGS, "وعُيّن اللواء عبد الرحيم"),
      ("MET_WITH", MBS, ARAGHCHI, "استقبل ولي العهد الأمير محمد", "2025-07-08"),
      ("MET_WITH", KBS, ARAGHCHI, "الأمير خالد، وفق", "2025-07-08"),
      ("MET_WITH", MBS, KBS, "الأمير خالد، وفق", "2025-07-08"),
      ("VISITED", ARAGHCHI, JEDDAH, "في جدة وزير الخارجية", "2025-07-08"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني عباس"),
      ("LEADS", SAGER, GRC, "رئيس مركز الخليج للأبحاث"),
      ],
     {"source": "blind set (think-tank brief, Arabic)", "published": "2025-07-15"}),

    ("enIA5_qatar_prisoner_deal", "en",
     "BRIEF | Qatar's prisoner deal and the limits of Doha's mediation\n"
     "The release on 18 September of five US citizens held in Iran, flown to Doha on a Qatari jet, capped "
     "months of shuttle diplomacy by Qatar's Prime Minister and Foreign Minister, Sheikh Mohammed bin Abdul "
     "Rahman Al Thani.\n"
     "According to officials briefed on the talks, the Qatari minister of state at the foreign ministry, "
     "Mohammed Al-Khulaifi, met Iran's chief negotiator Ali Bagheri Kani in Doha several times while the US "
     "team sat in a separate building.\n"
     "Background: in June 2022 Doha hosted indirect talks between Bagheri Kani and the US special envoy "
     "Robert Malley, who never sat in the same room.\n"
     "In August 2023 Iran's Foreign Minister Hossein Amir-Abdollahian travelled to Doha, where he was "
     "received by the Amir, Sheikh Tamim bin Hamad Al Thani.\n"
     "Washington insists that the $6 billion of Iranian funds moved to Qatari banks can be spent only on "
     "humanitarian goods; Tehran denies any such restriction.\n"
     "\"Qatar is the only Gulf state both Washington and Tehran trust to hold money,\" said Hasan Alhasan, "
     "a senior fellow at the IISS.",
     [("LEADS", MBAR, QGOV, "Qatar's Prime Minister and Foreign Minister"),
      ("LEADS", MBAR, QFM, "and Foreign Minister, Sheikh"),
      ("MEMBER_OF", KHULAIFI, QFM, "the Qatari minister of state at the foreign ministry"),
      ("MET_WITH", KHULAIFI, BKANI, "met Iran's chief negotiator", "2023"),
      ("VISITED", BKANI, DOHA, "Bagheri Kani in Doha several times", "2023"),
      ("VISITED", MALLEY, DOHA, "Doha hosted indirect talks", "2022-06"),
      ("LEADS", AMIRABD, IRFM, "Iran's Foreign Minister Hossein"),
      ("VISITED", AMIRABD, DOHA, "travelled to Doha", "2023-08"),
      ("MET_WITH", AMIRABD, TAMIM, "where he was received by the Amir", "2023-08"),
      ("LEADS", TAMIM, QATAR, "the Amir, Sheikh Tamim"),
      ("MEMBER_OF", ALHASAN, IISS, "a senior fellow at the IISS"),
      ],
     {"source": "blind set (think-tank brief, English)", "published": "2023-09-25"}),

    ("arIA6_snsc_succession_larijani_riyadh", "ar",
     "تقدير موقف | من شمخاني إلى لاريجاني: ماذا يعني تبدّل أمناء الأمن القومي الإيراني للخليج؟\n"
     "لم يكن تعيين علي لاريجاني أميناً للمجلس الأعلى للأمن القومي في آب 2025 خلفاً لعلي أكبر أحمديان مجرد "
     "تبديل إداري، بحسب مصادر إيرانية تحدثت إلينا.\n"
     "خلفية: شغل الأدميرال علي شمخاني المنصب عشر سنوات، وقاد الوفد الإيراني إلى بكين في آذار 2023، قبل أن "
     "يحلّ محله أحمديان في أيار من العام نفسه.\n"
     "وانتقل شمخاني بعدها إلى منصب مستشار المرشد للشؤون السياسية، وأصيب بجروح في الضربات الإسرائيلية على "
     "طهران في حزيران 2025.\n"
     "وفي 16 أيلول حطّ لاريجاني في الرياض، حيث استقبله ولي العهد الأمير محمد بن سلمان، ثم التقى وزير الدفاع "
     "الأمير خالد بن سلمان، غداة مشاركته في القمة العربية-الإسلامية الطارئة في الدوحة.\n"
     "وكان أحمديان قد نفى العام الماضي تقارير عن لقائه مسؤولين سعوديين في مسقط.\n"
     "وتقول الباحثة في المجلس الأوروبي للعلاقات الخارجية إيلي جيرانمايه إن لاريجاني «يتحدث لغة يفهمها "
     "الخليج».",
     [("LEADS", LARIJANI, SNSC, "أميناً للمجلس الأعلى للأمن القومي"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "خلفاً لعلي أكبر أحمديان", "2025-08-05"),
      ("LEADS", SHAM, SNSC, "شغل الأدميرال علي شمخاني المنصب"),
      ("VISITED", SHAM, BEIJING, "وقاد الوفد الإيراني إلى بكين", "2023-03"),
      ("SUCCESSOR_OF", AHMADIAN, SHAM, "يحلّ محله أحمديان", "2023-05"),
      ("MEMBER_OF", SHAM, OSL, "منصب مستشار المرشد"),
      ("ATTACKED", ISR, TEHRAN, "الضربات الإسرائيلية على", "2025-06"),
      ("VISITED", LARIJANI, RIYADH, "حطّ لاريجاني في الرياض", "2025-09-16"),
      ("MET_WITH", LARIJANI, MBS, "حيث استقبله ولي العهد", "2025-09-16"),
      ("MET_WITH", LARIJANI, KBS, "ثم التقى وزير الدفاع", "2025-09-16"),
      ("LEADS", KBS, SADEF, "التقى وزير الدفاع الأمير خالد"),
      ("VISITED", LARIJANI, DOHA, "الطارئة في الدوحة", "2025-09-15"),
      ("MEMBER_OF", GERAN, ECFR, "الباحثة في المجلس الأوروبي للعلاقات الخارجية"),
      ],
     {"source": "blind set (think-tank brief, Arabic)", "published": "2025-09-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIA")
