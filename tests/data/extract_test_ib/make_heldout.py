"""Blind set IB: Gulf mediation and Iran 2023-2025, as a broadcaster's output: a live blog with
time-stamped short entries on the first Muscat round, 12 April 2025 (English); a live blog on Khalid
bin Salman's day in Tehran, 17 April 2025 (Arabic); then ordinary news: Larijani named secretary of
the Supreme National Security Council in place of Ahmadian, with the earlier holders of the post
(English); the second Saudi-Chinese-Iranian trilateral committee meeting in Riyadh, Dec 2024
(Arabic); the fifth round in Rome, May 2025 (English); Pezeshkian in Doha for the Asia Cooperation
Dialogue summit, Oct 2024 (Arabic).
Excluded on purpose: a next round agreed but not held, a president who "has not spoken" to his envoy,
a meeting with Salami denied by Iranian sources, a candidate pushed for a post, a phone call between
the crown prince and the Iranian president, a third committee meeting not yet scheduled, indirect
talks where the two envoys "did not meet face to face", a hoped-for sixth round, a phone call after
Haniyeh's killing (no agent stated), a planned meeting with al-Sudani.
Spellings: Sayyid Badr bin Hamad Albusaidi, Hassan Rowhani, Ali Akbar Ahmadian, عراقتشي، باقري،
الخريجي، دنغ لي، محمد بن عبدالرحمن بن جاسم.
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

IRAN, USA, SAUDI, ISR, QATAR = ("country:iran", "country:united-states", "country:saudi-arabia",
                                "country:israel", "country:qatar")
TEHRAN, RIYADH, MUSCAT, DOHA, ROME = ("location:tehran", "location:riyadh", "location:muscat", "location:doha",
                                      "location:rome")
MEHRABAD, OMEMB = "location:mehrabad-airport", "location:omani-embassy-rome"
SNSC, IRFM, IRGC, IRGS, IRPARL = (
    "organization:supreme-national-security-council", "organization:iranian-foreign-ministry",
    "organization:irgc", "organization:iranian-armed-forces-general-staff", "organization:iranian-parliament")
SAFM, SADEF, CNFM, OMFM, QFM, QGOV, IQG, IAEA = (
    "organization:saudi-foreign-ministry", "organization:saudi-defence-ministry",
    "organization:chinese-foreign-ministry", "organization:omani-foreign-ministry",
    "organization:qatari-foreign-ministry", "organization:qatari-government", "organization:iraqi-government",
    "organization:iaea")
HPB = "organization:hamas-political-bureau"
IRNA, ONA, TASNIM, QNA = "outlet:irna", "outlet:oman-news-agency", "outlet:tasnim", "outlet:qatar-news-agency"

ARAGHCHI, TAKHT, BUSAIDI, WITKOFF, BAGHAEI, TRUMP, GHARIB = (
    "person:abbas-araghchi", "person:majid-takht-ravanchi", "person:badr-albusaidi", "person:steve-witkoff",
    "person:esmaeil-baghaei", "person:donald-trump", "person:kazem-gharibabadi")
KBS, BAGHERI, KHAM, SALMAN, PEZ, SALAMI = (
    "person:khalid-bin-salman", "person:mohammad-bagheri", "person:ali-khamenei", "person:salman-bin-abdulaziz",
    "person:masoud-pezeshkian", "person:hossein-salami")
LARIJANI, AHMADIAN, SHAM, ROUHANI, JALILI = ("person:ali-larijani", "person:ali-akbar-ahmadian",
                                             "person:ali-shamkhani", "person:hassan-rouhani", "person:saeed-jalili")
KHURAIJI, DENGLI, MBS = "person:waleed-al-khuraiji", "person:deng-li", "person:mohammed-bin-salman"
GROSSI = "person:rafael-grossi"
TAMIM, MBAR, KHULAIFI, HANIYEH, SUD = (
    "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani", "person:mohammed-al-khulaifi",
    "person:ismail-haniyeh", "person:mohammed-shia-al-sudani")

ARTICLES = [
    ("enIB1_live_muscat_talks", "en",
     "LIVE: US and Iran hold first round of nuclear talks in Oman\n"
     "09:40 GMT - Iran's Foreign Minister Abbas Araghchi has landed in Muscat, state news agency IRNA "
     "reports. He is accompanied to Muscat by deputy foreign minister Majid Takht-Ravanchi.\n"
     "11:15 GMT - Araghchi has been received by his Omani counterpart, Sayyid Badr bin Hamad Albusaidi, at "
     "the start of what Tehran insists are indirect talks.\n"
     "12:30 GMT - The US delegation, led by Special Envoy Steve Witkoff, has arrived at the venue, the Oman "
     "News Agency says.\n"
     "15:05 GMT - Iranian foreign ministry spokesman Esmaeil Baghaei says the Omani minister is shuttling "
     "between Araghchi and Witkoff, who are sitting in separate rooms.\n"
     "17:50 GMT - Breaking: Araghchi and Witkoff spoke directly for a few minutes in the presence of "
     "Albusaidi as the session ended, Baghaei says.\n"
     "18:20 GMT - President Donald Trump tells reporters aboard Air Force One he has not yet spoken to "
     "Witkoff but \"things are going okay\".\n"
     "18:45 GMT - Both sides have agreed to meet again next Saturday, the Iranian spokesman adds.",
     [("LEADS", ARAGHCHI, IRFM, "Iran's Foreign Minister Abbas"),
      ("VISITED", ARAGHCHI, MUSCAT, "has landed in Muscat", "2025-04-12"),
      ("REPORTED_BY", ARAGHCHI, IRNA, "state news agency IRNA"),
      ("MEMBER_OF", TAKHT, IRFM, "deputy foreign minister Majid"),
      ("VISITED", TAKHT, MUSCAT, "He is accompanied to Muscat by", "2025-04-12"),
      ("MET_WITH", ARAGHCHI, BUSAIDI, "has been received by his Omani counterpart", "2025-04-12"),
      ("LEADS", BUSAIDI, OMFM, "his Omani counterpart, Sayyid Badr"),
      ("REPORTED_BY", WITKOFF, ONA, "the Oman News Agency says"),
      ("MEMBER_OF", BAGHAEI, IRFM, "Iranian foreign ministry spokesman"),
      ("MET_WITH", BUSAIDI, WITKOFF, "the Omani minister is shuttling", "2025-04-12"),
      ("MET_WITH", ARAGHCHI, WITKOFF, "spoke directly for a few minutes", "2025-04-12"),
      ("LEADS", TRUMP, USA, "President Donald Trump tells"),
      ],
     {"source": "blind set (broadcaster live blog, English)", "published": "2025-04-12"}),

    ("arIB2_live_khalid_bin_salman_tehran", "ar",
     "مباشر | وزير الدفاع السعودي في طهران\n"
     "08:10 (غرينتش) - وصل وزير الدفاع السعودي الأمير خالد بن سلمان إلى مطار مهرآباد في طهران، وكان في "
     "استقباله رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اللواء محمد باقري، بحسب وكالة «تسنيم».\n"
     "09:30 - الأمير خالد يلتقي المرشد الإيراني آية الله علي خامنئي ويسلّمه رسالة خطية من الملك سلمان بن "
     "عبد العزيز.\n"
     "11:45 - المرشد لضيفه: «نفضّل أن يتعاون الإخوة في المنطقة»، وفق موقعه الرسمي.\n"
     "13:20 - وزير الدفاع السعودي يجتمع بالرئيس مسعود بزشكيان في مقر الرئاسة، بحضور وزير الخارجية عباس "
     "عراقتشي.\n"
     "15:00 - الأمير خالد يكتب على منصة «إكس» أنه بحث مع باقري «العلاقات الثنائية وآفاق التعاون».\n"
     "16:40 - مصادر إيرانية تنفي أن يكون الضيف السعودي قد التقى القائد العام للحرس الثوري اللواء حسين "
     "سلامي خلال الزيارة.",
     [("LEADS", KBS, SADEF, "وصل وزير الدفاع السعودي الأمير"),
      ("VISITED", KBS, MEHRABAD, "إلى مطار مهرآباد في طهران", "2025-04-17"),
      ("VISITED", KBS, TEHRAN, "إلى مطار مهرآباد في طهران", "2025-04-17"),
      ("LOCATED_IN", MEHRABAD, TEHRAN, "مطار مهرآباد في طهران"),
      ("MET_WITH", KBS, BAGHERI, "وكان في استقباله رئيس", "2025-04-17"),
      ("LEADS", BAGHERI, IRGS, "رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية"),
      ("REPORTED_BY", KBS, TASNIM, "بحسب وكالة «تسنيم»"),
      ("MET_WITH", KBS, KHAM, "الأمير خالد يلتقي المرشد", "2025-04-17"),
      ("LEADS", KHAM, IRAN, "المرشد الإيراني آية الله"),
      ("LEADS", SALMAN, SAUDI, "الملك سلمان بن"),
      ("MET_WITH", KBS, PEZ, "يجتمع بالرئيس مسعود", "2025-04-17"),
      ("LEADS", PEZ, IRAN, "بالرئيس مسعود بزشكيان"),
      ("MET_WITH", KBS, ARAGHCHI, "بحضور وزير الخارجية عباس", "2025-04-17"),
      ("MET_WITH", PEZ, ARAGHCHI, "بحضور وزير الخارجية عباس", "2025-04-17"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية عباس"),
      ("LEADS", SALAMI, IRGC, "القائد العام للحرس الثوري"),
      ],
     {"source": "blind set (broadcaster live blog, Arabic)", "published": "2025-04-17"}),

    ("enIB3_larijani_replaces_ahmadian", "en",
     "Iran names Larijani security chief, replacing Ahmadian\n"
     "TEHRAN, Aug 5 - Iran's President Masoud Pezeshkian on Tuesday appointed Ali Larijani, a former "
     "speaker of parliament, as secretary of the Supreme National Security Council, replacing Ali Akbar "
     "Ahmadian, state media said.\n"
     "Larijani returns to a post he first held in 2005, when he succeeded Hassan Rowhani as secretary and "
     "chief nuclear negotiator; he was replaced by Saeed Jalili two years later.\n"
     "Ahmadian, a former Revolutionary Guards chief of staff, had taken over in May 2023 from Ali "
     "Shamkhani, who oversaw the Beijing-brokered rapprochement with Saudi Arabia.\n"
     "He will stay on the council as one of the president's representatives, the presidency said.\n"
     "Some hardline lawmakers had pushed for Jalili to be given the job again.\n"
     "The appointment comes weeks after Israel's 12-day war on Iran, in which Israeli strikes killed senior "
     "commanders including the Guards' commander-in-chief Hossein Salami.",
     [("LEADS", PEZ, IRAN, "Iran's President Masoud"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "replacing Ali Akbar", "2025-08-05"),
      ("LEADS", LARIJANI, SNSC, "as secretary of the Supreme National Security Council"),
      ("LEADS", LARIJANI, IRPARL, "a former speaker of parliament"),
      ("SUCCESSOR_OF", LARIJANI, ROUHANI, "he succeeded Hassan Rowhani", "2005-08"),
      ("SUCCESSOR_OF", JALILI, LARIJANI, "replaced by Saeed Jalili", "2007-10"),
      ("MEMBER_OF", AHMADIAN, IRGC, "a former Revolutionary Guards chief of staff"),
      ("SUCCESSOR_OF", AHMADIAN, SHAM, "had taken over in May 2023 from", "2023-05"),
      ("MEMBER_OF", AHMADIAN, SNSC, "He will stay on the council"),
      ("ATTACKED", ISR, IRAN, "Israel's 12-day war on Iran", "2025-06"),
      ("ASSASSINATED_BY", SALAMI, ISR, "Israeli strikes killed senior", "2025-06-13"),
      ("LEADS", SALAMI, IRGC, "the Guards' commander-in-chief"),
      ],
     {"source": "blind set (broadcaster news, English)", "published": "2025-08-05"}),

    ("arIB4_trilateral_committee_riyadh", "ar",
     "الرياض تستضيف الاجتماع الثاني للجنة الثلاثية السعودية الصينية الإيرانية\n"
     "الرياض - استضافت العاصمة السعودية الاثنين الاجتماع الثاني للجنة الثلاثية المشتركة لمتابعة اتفاق "
     "بكين، برئاسة نائب وزير الخارجية السعودي وليد الخريجي، وبمشاركة نائب وزير الخارجية الصيني دنغ لي، "
     "ومساعد وزير الخارجية الإيراني للشؤون السياسية مجيد تخت روانجي.\n"
     "ورحّب الجانبان السعودي والإيراني، في بيان ختامي نشرته وكالة الأنباء السعودية (واس)، بـ«الدور "
     "الإيجابي» الذي تؤديه الصين.\n"
     "وكان الاجتماع الأول للجنة قد عُقد في بكين في كانون الأول من العام الماضي.\n"
     "ويأتي الاجتماع بعد شهرين من زيارة وزير الخارجية الإيراني عباس عراقجي للرياض، حيث استقبله ولي العهد "
     "رئيس مجلس الوزراء الأمير محمد بن سلمان.\n"
     "وكان ولي العهد قد أجرى لاحقاً اتصالاً هاتفياً بالرئيس الإيراني مسعود بزشكيان، فيما لم يُحدَّد بعد "
     "موعد الاجتماع الثالث للجنة المقرر في طهران.",
     [("MET_WITH", KHURAIJI, DENGLI, "برئاسة نائب وزير الخارجية السعودي", "2024-12-09"),
      ("MET_WITH", KHURAIJI, TAKHT, "برئاسة نائب وزير الخارجية السعودي", "2024-12-09"),
      ("MET_WITH", DENGLI, TAKHT, "برئاسة نائب وزير الخارجية السعودي", "2024-12-09"),
      ("VISITED", DENGLI, RIYADH, "استضافت العاصمة السعودية الاثنين", "2024-12-09"),
      ("VISITED", TAKHT, RIYADH, "استضافت العاصمة السعودية الاثنين", "2024-12-09"),
      ("MEMBER_OF", KHURAIJI, SAFM, "نائب وزير الخارجية السعودي وليد"),
      ("MEMBER_OF", DENGLI, CNFM, "نائب وزير الخارجية الصيني"),
      ("MEMBER_OF", TAKHT, IRFM, "ومساعد وزير الخارجية الإيراني"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني عباس"),
      ("VISITED", ARAGHCHI, RIYADH, "عراقجي للرياض", "2024-10-09"),
      ("MET_WITH", ARAGHCHI, MBS, "حيث استقبله ولي العهد", "2024-10-09"),
      ("LEADS", MBS, "organization:saudi-government", "رئيس مجلس الوزراء الأمير"),
      ("LEADS", PEZ, IRAN, "بالرئيس الإيراني مسعود"),
      ],
     {"source": "blind set (broadcaster news, Arabic)", "published": "2024-12-10"}),

    ("enIB5_rome_fifth_round", "en",
     "Fifth round of US-Iran talks ends without breakthrough\n"
     "ROME, May 23 - A fifth round of talks between Iran and the United States ended on Friday with \"some "
     "but not conclusive progress\", Oman's Foreign Minister Badr Albusaidi said.\n"
     "Iranian Foreign Minister Abbas Araghchi and U.S. envoy Steve Witkoff spent about two hours at the "
     "Omani embassy in Rome, with Albusaidi relaying proposals between them; the two men did not meet face "
     "to face this time, an Iranian official said.\n"
     "Deputy Foreign Minister Kazem Gharibabadi, who heads Iran's expert team, said uranium enrichment on "
     "Iranian soil was \"not negotiable\".\n"
     "The head of the UN nuclear watchdog, Rafael Grossi, who visited Tehran in April and held talks with "
     "Araghchi, has said his inspectors would have to verify any deal.\n"
     "Albusaidi said he hoped to convene a sixth round \"in the coming weeks\".",
     [("LEADS", BUSAIDI, OMFM, "Oman's Foreign Minister Badr"),
      ("LEADS", ARAGHCHI, IRFM, "Iranian Foreign Minister Abbas"),
      ("VISITED", ARAGHCHI, ROME, "Omani embassy in Rome, with", "2025-05-23"),
      ("VISITED", WITKOFF, ROME, "Omani embassy in Rome, with", "2025-05-23"),
      ("LOCATED_IN", OMEMB, ROME, "Omani embassy in Rome, with"),
      ("MET_WITH", BUSAIDI, ARAGHCHI, "with Albusaidi relaying proposals", "2025-05-23"),
      ("MET_WITH", BUSAIDI, WITKOFF, "with Albusaidi relaying proposals", "2025-05-23"),
      ("MEMBER_OF", GHARIB, IRFM, "Deputy Foreign Minister Kazem"),
      ("LEADS", GROSSI, IAEA, "The head of the UN nuclear watchdog"),
      ("VISITED", GROSSI, TEHRAN, "who visited Tehran in April", "2025-04-16"),
      ("MET_WITH", GROSSI, ARAGHCHI, "held talks with", "2025-04-16"),
      ],
     {"source": "blind set (broadcaster news, English)", "published": "2025-05-23"}),

    ("arIB6_pezeshkian_in_doha", "ar",
     "أمير قطر يستقبل بزشكيان على هامش قمة حوار التعاون الآسيوي\n"
     "الدوحة - استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى الرئيسَ الإيراني مسعود "
     "بزشكيان في الديوان الأميري الأربعاء، وبحثا التصعيد في المنطقة بعد الهجوم الصاروخي الإيراني على "
     "إسرائيل، بحسب وكالة الأنباء القطرية (قنا).\n"
     "وعقد رئيس مجلس الوزراء وزير الخارجية الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني جلسة مباحثات مع وزير "
     "الخارجية الإيراني عباس عراقجي الذي يرافق الرئيس، وحضرها وزير الدولة بوزارة الخارجية الدكتور محمد "
     "بن عبدالعزيز الخليفي.\n"
     "وكان بزشكيان قد تلقى اتصالاً من الشيخ تميم عقب اغتيال رئيس المكتب السياسي لحركة حماس إسماعيل هنية "
     "في طهران في 31 تموز.\n"
     "ومن المقرر أن يلتقي الرئيس الإيراني رئيسَ الوزراء العراقي محمد شياع السوداني على هامش القمة الخميس.",
     [("LEADS", TAMIM, QATAR, "أمير البلاد المفدى"),
      ("MET_WITH", TAMIM, PEZ, "استقبل حضرة صاحب السمو", "2024-10-02"),
      ("VISITED", PEZ, DOHA, "الدوحة - استقبل", "2024-10-02"),
      ("LEADS", PEZ, IRAN, "الرئيسَ الإيراني مسعود"),
      ("ATTACKED", IRAN, ISR, "الهجوم الصاروخي الإيراني على", "2024-10-01"),
      ("REPORTED_BY", TAMIM, QNA, "بحسب وكالة الأنباء القطرية"),
      ("LEADS", MBAR, QGOV, "وعقد رئيس مجلس الوزراء"),
      ("LEADS", MBAR, QFM, "رئيس مجلس الوزراء وزير الخارجية الشيخ"),
      ("MET_WITH", MBAR, ARAGHCHI, "جلسة مباحثات مع وزير", "2024-10-02"),
      ("LEADS", ARAGHCHI, IRFM, "الخارجية الإيراني عباس عراقجي"),
      ("MET_WITH", KHULAIFI, MBAR, "وحضرها وزير الدولة", "2024-10-02"),
      ("MET_WITH", KHULAIFI, ARAGHCHI, "وحضرها وزير الدولة", "2024-10-02"),
      ("MEMBER_OF", KHULAIFI, QFM, "وزير الدولة بوزارة الخارجية"),
      ("LEADS", HANIYEH, HPB, "رئيس المكتب السياسي لحركة حماس"),
      ("LEADS", SUD, IQG, "رئيسَ الوزراء العراقي محمد"),
      ],
     {"source": "blind set (broadcaster news, Arabic)", "published": "2024-10-03"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIB")
