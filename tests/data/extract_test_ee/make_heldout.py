"""Blind set EE: Iran after the Varzaqan crash, May-October 2024, in daily-briefing style: the crash
killing Raisi and Amir-Abdollahian with no agent stated, Mokhber acting president and Bagheri Kani
caretaker (think-tank 'Iran Update' bullets, May 2024), funeral visitors received by Mokhber and
Khamenei with a phone call from Putin (IRNA Arabic-style), the Pezeshkiyan-Jalili runoff with a
meeting that did not happen and a planned one (Amwaj-style), Haniyeh killed in Tehran with Israel's
December admission and Sinwar's succession (Arabic brief), the Pezeshkian cabinet vote with a chain
of replacements (bulleted English brief), Araghchi received in Riyadh and Doha with a denied meeting
and a phone call (SPA Arabic-style).
Style: en/ar alternating; bullets and datelines; titles before names; lists; clitics (وبحث، والتقى،
خلفاً لـ، تولى ... بعد). Spellings: Baqeri, Mokhbir, Pezeshkiyan, Araqchi.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ee/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_common_eg import (  # noqa: E402
    AMA,
    ARA,
    BAG,
    BKN,
    FBF,
    HAMAS,
    HAN,
    IFM,
    IRN,
    ISR,
    KHA,
    KSA,
    MBAR,
    MBS,
    MOK,
    PEZ,
    PUT,
    QAT,
    RAI,
    RUS,
    SIN,
    SNSC,
    TAM,
    TEH,
)
from blind_entities_eg import ALL  # noqa: E402

HERE = Path(__file__).parent

GS = "organization:iranian-armed-forces-general-staff"
KOL, RC, IRIB = "person:pir-hossein-kolivand", "organization:iranian-red-crescent", "outlet:irib"
SUD, SHK, EFM = "person:mohammed-shia-al-sudani", "person:sameh-shoukry", "organization:egyptian-foreign-ministry"
JAL, POU, GHA, ZAR = ("person:saeed-jalili", "person:mostafa-pourmohammadi", "person:mohammad-bagher-ghalibaf",
                      "person:mohammad-javad-zarif")
PARL = "organization:iranian-parliament"
ABU, KATZ, QAD = "person:wasim-abu-shaaban", "person:israel-katz", "person:khaled-qaddoumi"
NAS, ASH, MOM, VAH = ("person:aziz-nasirzadeh", "person:mohammad-reza-ashtiani", "person:eskandar-momeni",
                      "person:ahmad-vahidi")
ATA, GPN, GOV = "person:mohammad-atabak", "person:mohammad-jafar-ghaempanah", "organization:iranian-government"
ALZ = "person:abdullah-alanazi"

ARTICLES = [
    ("enEE1_varzaqan_crash_brief", "en",
     "IRAN UPDATE, MAY 20, 2024\n"
     "Iranian President Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian were killed when "
     "their helicopter crashed in heavy fog near Varzaqan, East Azerbaijan province, on May 19. Rescue "
     "teams reached the wreckage at dawn, Red Crescent chief Pir-Hossein Kolivand told state TV.\n"
     "- Also on board were the provincial governor, Malek Rahmati, and Tabriz Friday prayer leader "
     "Mohammad Ali Al-e Hashem. None of the eight people on board survived.\n"
     "- Supreme Leader Ali Khamenei named First Vice President Mohammad Mokhber acting president and "
     "set an election within 50 days. Mokhber chaired an emergency cabinet session hours later.\n"
     "- Deputy foreign minister Ali Bagheri Kani was appointed caretaker foreign minister in place of "
     "Amir-Abdollahian.\n"
     "- Armed Forces General Staff chief Mohammad Baqeri ordered a high-level inquiry. No official has "
     "blamed a foreign country; a senior official told Reuters the crash was not being treated as sabotage.\n"
     "Assessment: Tehran is signalling continuity. Mokhber, a former head of the Setad foundation, is "
     "not expected to run for the presidency.",
     [("LEADS", RAI, IRN, "Iranian President Ebrahim Raisi"),
      ("LEADS", AMA, IFM, "Foreign Minister Hossein Amir-Abdollahian were"),
      ("LOCATED_IN", "location:varzaqan", "location:east-azerbaijan-province", "near Varzaqan, East Azerbaijan"),
      ("LEADS", KOL, RC, "Red Crescent chief Pir-Hossein"),
      ("REPORTED_BY", KOL, IRIB, "told state TV"),
      ("LEADS", KHA, IRN, "Supreme Leader Ali Khamenei named"),
      ("SUCCESSOR_OF", MOK, RAI, "Mohammad Mokhber acting president", "2024-05-20"),
      ("LEADS", MOK, IRN, "Mohammad Mokhber acting president"),
      ("MEMBER_OF", MOK, GOV, "First Vice President Mohammad Mokhber"),
      ("SUCCESSOR_OF", BKN, AMA, "caretaker foreign minister in place of", "2024-05-20"),
      ("LEADS", BAG, GS, "Armed Forces General Staff chief Mohammad Baqeri")],
     {"source": "blind set (think-tank brief-style)", "published": "2024-05-20"}),

    ("arEE2_funeral_visitors_mokhber", "ar",
     "طهران - 22 أيار/مايو 2024 (إرنا) - استقبل الرئيس الإيراني بالوكالة محمد مخبر، اليوم الأربعاء، "
     "أمير قطر الشيخ تميم بن حمد آل ثاني ورئيس الوزراء العراقي محمد شياع السوداني، على هامش مراسم "
     "تشييع الرئيس الراحل إبراهيم رئيسي ورفاقه.\n"
     "وبحث مخبر مع الضيفين العلاقات الثنائية، وشكر لهما مشاركتهما في العزاء.\n"
     "كما التقى قائد الثورة الإسلامية آية الله علي خامنئي رئيس المكتب السياسي لحركة حماس إسماعيل "
     "هنية، الذي ألقى كلمة في مراسم التأبين في طهران وتعهّد بأن يبقى محور المقاومة وفياً لنهج رئيسي.\n"
     "وأجرى القائم بأعمال وزير الخارجية علي باقري كني مباحثات مع وزير الخارجية المصري سامح شكري، "
     "في أول زيارة لوزير خارجية مصري إلى طهران منذ سنوات.\n"
     "وفي المقابل، تلقى مخبر اتصالاً هاتفياً من الرئيس الروسي فلاديمير بوتين قدّم خلاله التعازي، "
     "فيما أوفد الكرملين رئيس مجلس الدوما لتمثيله في التشييع.\n"
     "يُذكر أن مخبر، الذي كان نائباً أول للرئيس، تولى مهام الرئاسة بعد مقتل رئيسي في تحطم المروحية "
     "قرب ورزقان، على أن تُجرى الانتخابات الرئاسية في 28 حزيران/يونيو.",
     [("MET_WITH", MOK, TAM, "استقبل الرئيس الإيراني بالوكالة", "2024-05-22"),
      ("MET_WITH", MOK, SUD, "استقبل الرئيس الإيراني بالوكالة", "2024-05-22"),
      ("LEADS", MOK, IRN, "الرئيس الإيراني بالوكالة محمد"),
      ("LEADS", TAM, QAT, "أمير قطر الشيخ"),
      ("LEADS", SUD, "country:iraq", "ورئيس الوزراء العراقي"),
      ("MET_WITH", KHA, HAN, "كما التقى قائد الثورة", "2024-05-22"),
      ("LEADS", KHA, IRN, "قائد الثورة الإسلامية آية الله"),
      ("LEADS", HAN, HAMAS, "رئيس المكتب السياسي لحركة حماس"),
      ("VISITED", HAN, TEH, "مراسم التأبين في طهران", "2024-05-22"),
      ("MET_WITH", BKN, SHK, "مباحثات مع وزير الخارجية المصري", "2024-05-22"),
      ("LEADS", SHK, EFM, "وزير الخارجية المصري سامح"),
      ("VISITED", SHK, TEH, "أول زيارة لوزير خارجية مصري", "2024-05-22"),
      ("LEADS", PUT, RUS, "الرئيس الروسي فلاديمير"),
      ("SUCCESSOR_OF", MOK, RAI, "تولى مهام الرئاسة بعد مقتل")],
     {"source": "blind set (IRNA Arabic-style)", "published": "2024-05-22"}),

    ("enEE3_runoff_pezeshkiyan_jalili", "en",
     "TEHRAN, July 6, 2024 (Amwaj) - Reformist lawmaker Masoud Pezeshkiyan has won Iran's snap "
     "presidential runoff, defeating hardline former nuclear negotiator Saeed Jalili by nearly three "
     "million votes, the interior ministry announced on Saturday.\n"
     "Pezeshkiyan, a heart surgeon and former health minister, thus becomes the successor of the late "
     "Ebrahim Raisi, taking over from acting president Mohammad Mokhbir once Supreme Leader Ali Khamenei "
     "endorses his mandate.\n"
     "In the first round on June 28, parliament speaker Mohammad Bagher Ghalibaf and former interior "
     "minister Mostafa Pourmohammadi were eliminated. Ghalibaf then backed Jalili, while Pourmohammadi "
     "told ISNA he would endorse neither finalist. Jalili, who sits on the Supreme National Security "
     "Council as the leader's representative, conceded and congratulated the winner.\n"
     "Pezeshkiyan was received by Khamenei on Sunday, state media said. He also met former foreign "
     "minister Mohammad Javad Zarif, the public face of his campaign, at his headquarters. He did not "
     "meet Jalili, aides said, though the two men spoke by phone.\n"
     "The inauguration before parliament is set for July 30, when Pezeshkiyan is expected to meet "
     "foreign delegations, including Hamas leader Ismail Haniyeh.",
     [("SUCCESSOR_OF", PEZ, RAI, "thus becomes the successor of the late"),
      ("SUCCESSOR_OF", PEZ, MOK, "taking over from acting president"),
      ("LEADS", MOK, IRN, "acting president Mohammad Mokhbir"),
      ("LEADS", KHA, IRN, "Supreme Leader Ali Khamenei endorses"),
      ("LEADS", GHA, PARL, "parliament speaker Mohammad Bagher Ghalibaf"),
      ("SUPPORTS", GHA, JAL, "Ghalibaf then backed Jalili"),
      ("REPORTED_BY", POU, "outlet:isna", "told ISNA"),
      ("MEMBER_OF", JAL, SNSC, "who sits on the Supreme National Security"),
      ("MET_WITH", PEZ, KHA, "was received by Khamenei on Sunday", "2024-07-07"),
      ("MET_WITH", PEZ, ZAR, "He also met former foreign", "2024-07-07"),
      ("LEADS", HAN, HAMAS, "Hamas leader Ismail Haniyeh")],
     {"source": "blind set (Amwaj-style)", "published": "2024-07-06"}),

    ("arEE4_haniyeh_tehran_admission", "ar",
     "طهران - تموز/يوليو 2024 - اغتيل رئيس المكتب السياسي لحركة حماس إسماعيل هنية، فجر الحادي "
     "والثلاثين من تموز/يوليو، في مقر إقامته بطهران، بعد ساعات من مشاركته في مراسم أداء الرئيس مسعود "
     "بزشكيان اليمين الدستورية. وقُتل معه مرافقه وسيم أبو شعبان.\n"
     "وكان هنية قد التقى بزشكيان ثم استقبله المرشد علي خامنئي مساء الثلاثين من الشهر نفسه.\n"
     "واتهم الحرس الثوري إسرائيل بتنفيذ العملية بدعم أميركي، فيما التزمت تل أبيب الصمت آنذاك، "
     "ونفت واشنطن أي علم مسبق بها.\n"
     "وفي 23 كانون الأول/ديسمبر 2024، أقرّ وزير الدفاع الإسرائيلي يسرائيل كاتس للمرة الأولى بأن "
     "إسرائيل هي التي قتلت هنية في طهران، متوعداً قادة الحوثيين بالمصير ذاته.\n"
     "وأمّ خامنئي صلاة الجنازة على هنية في جامعة طهران، قبل نقل جثمانه إلى الدوحة حيث وُري الثرى.\n"
     "وانتخبت حماس يحيى السنوار خلفاً لهنية على رأس مكتبها السياسي في السادس من آب/أغسطس، فيما قال "
     "ممثل الحركة في طهران خالد القدومي لوكالة تسنيم إن الرد الإيراني قادم لا محالة.",
     [("LEADS", HAN, HAMAS, "رئيس المكتب السياسي لحركة حماس"),
      ("VISITED", HAN, TEH, "في مقر إقامته بطهران", "2024-07"),
      ("LEADS", PEZ, IRN, "أداء الرئيس مسعود"),
      ("MET_WITH", HAN, PEZ, "قد التقى بزشكيان", "2024-07-30"),
      ("MET_WITH", KHA, HAN, "ثم استقبله المرشد", "2024-07-30"),
      ("LEADS", KHA, IRN, "ثم استقبله المرشد"),
      ("LEADS", KATZ, "organization:israeli-defense-ministry", "وزير الدفاع الإسرائيلي يسرائيل"),
      ("ASSASSINATED_BY", HAN, ISR, "هي التي قتلت هنية", "2024-07-31"),
      ("SUCCESSOR_OF", SIN, HAN, "خلفاً لهنية", "2024-08-06"),
      ("LEADS", SIN, HAMAS, "على رأس مكتبها السياسي"),
      ("MEMBER_OF", QAD, HAMAS, "ممثل الحركة في طهران"),
      ("REPORTED_BY", QAD, "outlet:tasnim", "لوكالة تسنيم")],
     {"source": "blind set (Arabic brief-style)", "published": "2024-12-24"}),

    ("enEE5_cabinet_vote_replacements", "en",
     "TEHRAN, Aug 21, 2024 - Parliament on Wednesday approved all 19 of President Masoud Pezeshkian's "
     "cabinet nominees, the first full endorsement of a cabinet in more than two decades.\n"
     "- Foreign ministry: veteran negotiator Abbas Araqchi replaces the late Hossein Amir-Abdollahian "
     "and takes over from Ali Bagheri Kani, who had served as caretaker since May. Bagheri Kani moves "
     "to the Supreme National Security Council as a deputy secretary.\n"
     "- Defence: Brig. Gen. Aziz Nasirzadeh, a former air force commander, takes over from Mohammad "
     "Reza Ashtiani.\n"
     "- Interior: Eskandar Momeni, a police general, succeeds Ahmad Vahidi.\n"
     "- Industry: Mohammad Atabak keeps the portfolio he was nominated for despite objections from "
     "hardline deputies.\n"
     "- Executive Vice President Mohammad Jafar Ghaempanah, a longtime aide, did not require a vote.\n"
     "Araqchi told IRNA after the vote that his priority was the lifting of sanctions through "
     "\"honourable negotiation\". Speaker Mohammad Bagher Ghalibaf congratulated the new ministers.",
     [("LEADS", PEZ, IRN, "President Masoud Pezeshkian's cabinet"),
      ("SUCCESSOR_OF", ARA, AMA, "replaces the late Hossein", "2024-08-21"),
      ("SUCCESSOR_OF", ARA, BKN, "takes over from Ali Bagheri Kani", "2024-08-21"),
      ("LEADS", ARA, IFM, "Foreign ministry: veteran"),
      ("MEMBER_OF", ARA, GOV, "Foreign ministry: veteran"),
      ("MEMBER_OF", BKN, SNSC, "moves to the Supreme National Security"),
      ("SUCCESSOR_OF", NAS, ASH, "takes over from Mohammad", "2024-08-21"),
      ("LEADS", NAS, "organization:iranian-defence-ministry", "Defence: Brig."),
      ("MEMBER_OF", NAS, GOV, "Defence: Brig."),
      ("SUCCESSOR_OF", MOM, VAH, "Eskandar Momeni, a police general, succeeds", "2024-08-21"),
      ("LEADS", MOM, "organization:iranian-interior-ministry", "Interior: Eskandar"),
      ("MEMBER_OF", MOM, GOV, "Interior: Eskandar"),
      ("MEMBER_OF", ATA, GOV, "Industry: Mohammad Atabak"),
      ("MEMBER_OF", GPN, GOV, "Executive Vice President Mohammad Jafar"),
      ("REPORTED_BY", ARA, "outlet:irna", "Araqchi told IRNA"),
      ("LEADS", GHA, PARL, "Speaker Mohammad Bagher")],
     {"source": "blind set (English brief-style)", "published": "2024-08-21"}),

    ("arEE6_araghchi_riyadh_doha", "ar",
     "الرياض - 9 تشرين الأول/أكتوبر 2024 (واس) - استقبل ولي العهد السعودي رئيس مجلس الوزراء الأمير "
     "محمد بن سلمان، في قصر اليمامة، وزير الخارجية الإيراني عباس عراقجي، وجرى خلال الاستقبال استعراض "
     "العلاقات الثنائية وتطورات الأوضاع في المنطقة.\n"
     "وكان عراقجي قد عقد قبل ذلك جلسة مباحثات مع نظيره السعودي الأمير فيصل بن فرحان، بعدما استقبله "
     "في المطار سفير المملكة لدى طهران عبد الله بن سعود العنزي.\n"
     "وتأتي الزيارة، وهي الأولى لعراقجي إلى المملكة منذ توليه منصبه خلفاً لحسين أمير عبد اللهيان، بعد "
     "أسبوع من الهجوم الصاروخي الإيراني على إسرائيل.\n"
     "وانتقل عراقجي لاحقاً إلى الدوحة حيث التقى رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن "
     "عبد الرحمن آل ثاني. ولم يلتقِ عراقجي أمير قطر خلال هذه المحطة، بحسب مصادر دبلوماسية.\n"
     "وفي اتصال هاتفي مساء الأربعاء، أطلع عراقجي نظيره الروسي سيرغي لافروف على نتائج جولته، فيما نقلت "
     "وكالة إرنا عنه قوله إن أمن الخليج كلٌّ لا يتجزأ.",
     [("MET_WITH", MBS, ARA, "استقبل ولي العهد السعودي", "2024-10-09"),
      ("LEADS", MBS, KSA, "ولي العهد السعودي رئيس مجلس الوزراء"),
      ("LEADS", ARA, IFM, "وزير الخارجية الإيراني عباس"),
      ("MET_WITH", ARA, FBF, "جلسة مباحثات مع نظيره السعودي", "2024-10-09"),
      ("MET_WITH", ARA, ALZ, "بعدما استقبله", "2024-10-09"),
      ("VISITED", ARA, KSA, "الأولى لعراقجي إلى المملكة", "2024-10-09"),
      ("SUCCESSOR_OF", ARA, AMA, "خلفاً لحسين"),
      ("ATTACKED", IRN, ISR, "الهجوم الصاروخي الإيراني على إسرائيل", "2024-10-01"),
      ("VISITED", ARA, "location:doha", "إلى الدوحة حيث", "2024-10"),
      ("MET_WITH", ARA, MBAR, "حيث التقى رئيس مجلس الوزراء", "2024-10"),
      ("LEADS", MBAR, QAT, "حيث التقى رئيس مجلس الوزراء"),
      ("LEADS", MBAR, "organization:qatari-foreign-ministry", "وزير الخارجية القطري الشيخ"),
      ("REPORTED_BY", ARA, "outlet:irna", "وكالة إرنا عنه")],
     {"source": "blind set (SPA Arabic-style)", "published": "2024-10-09"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEE")
