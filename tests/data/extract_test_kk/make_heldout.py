"""Blind set KK: Lebanon 2024-2025 as a Lebanese Arabic daily writes it (An-Nahar-like: "بيروت - «النهار» -",
"علمت «النهار»", "مصادر مطلعة", the three presidents' residences by name) and as a Lebanese English daily
writes it (L'Orient Today / Daily Star-like: "BEIRUT -", a background paragraph, officials quoted unnamed).
Pieces: Naim Qassem elected Hezbollah secretary-general after Nasrallah, the commanders Israel killed in
September-October 2024, Ghalibaf at Ain el-Tineh (Arabic); Joseph Aoun elected, Salam designated, Haykal
army commander, a ministry handover (English); Ortagus's round of the three presidents, the Qatari and Saudi
envoys (Arabic); Tabatabai, Afif, Bdeir and Qasir killed, the army commander and the ceasefire committee
(English); the Banque du Liban governor and the security chiefs appointed, two handovers (Arabic); Salam in
Damascus and the Jumblatts' earlier visit to al-Sharaa (English).
Excluded on purpose (no relation): Mikati's phone call with Ghalibaf and a "Qassem will meet no Western
envoy" remark (KK1); Mikati's congratulatory phone call to Salam (KK2); the denied meeting of Ortagus with
Hezbollah officials and Le Drian's expected visit (KK3); Hezbollah naming no successor to Tabatabai and Aoun
saying he would not meet Israeli officials (KK4); Salam's planned meeting with the new governor (KK5); Aoun's
expected visit to Damascus and Salam's phone call with the Qatari prime minister (KK6).
Judgement calls: "killed with Nasrallah" gives the same agent as Nasrallah's killing (Israel); "an Israeli
raid killed X" states the agent (Israel); acting holders are succeeded by the ones named in their place
(Mansouri, Baissari, Audi); a handover ceremony is a meeting of the outgoing and incoming holders (and of
a minister "in whose presence" it took place); a swearing-in "before the president in the presence of" the
defence minister pairs all three; Menassa, who held separate talks with Abu Qasra, is paired with him only,
not with al-Sharaa; Taymour Jumblatt "took over from his father" as party chief is a succession. Who sat in
on meetings (Lisa Johnson at Baabda, Bukhari with Prince Yazid, al-Shibani at the talks, Ponchin at Yarze)
and some days are filled in for the exercise.
Spellings: "نصرالله" joined (KK1), "Rudolph Haykal" and "Hassan Odeh" (KK2), "اورتاغوس" without hamza,
"جوزيف عون", "وليد بخاري" without al-, "جان ايف لودريان" (KK3), "Haitham Ali Tabatabai", "Mohammed Afif"
(KK4), "الياس البيسري" without hamza, "رائد عبد الله" (KK5), "Youssef Raggi", "Ahmad al-Sharaa", "Assaad
al-Shibani" (KK6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_km import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IDF, HEZ, IRGC = ("country:israel", "organization:israel-defense-forces", "organization:hezbollah",
                       "organization:irgc")
HEZEXEC, HEZMEDIA, UNIT4400 = ("organization:hezbollah-executive-council",
                               "organization:hezbollah-media-relations", "organization:hezbollah-unit-4400")
LAF, LDEF, PARL, BDL, GENSEC, ISF, STATESEC, MECH, PSP = (
    "organization:lebanese-army", "organization:lebanese-defence-ministry", "organization:lebanese-parliament",
    "organization:banque-du-liban", "organization:lebanese-general-security",
    "organization:lebanese-internal-security-forces", "organization:lebanese-state-security",
    "organization:ceasefire-mechanism", "organization:progressive-socialist-party")
HARETHREIK, BAABDA, AINTINEH, RASNABAA, DAMASCUS = ("location:haret-hreik", "location:baabda-palace",
                                                    "location:ain-el-tineh", "location:ras-al-nabaa",
                                                    "location:damascus")
NASRALLAH, QASSEM, KARAKI, NILFOROUSHAN, SAFIEDDINE, HAZIMA, BERRI, GHALIBAF = (
    "person:hassan-nasrallah", "person:naim-qassem", "person:ali-karaki", "person:abbas-nilforoushan",
    "person:hashem-safieddine", "person:ali-hussein-hazima", "person:nabih-berri",
    "person:mohammad-bagher-ghalibaf")
JAOUN, MAOUN, SALAM, MIKATI, HAYKAL, AUDI, MENASSA = (
    "person:joseph-aoun", "person:michel-aoun", "person:nawaf-salam", "person:najib-mikati",
    "person:rodolphe-haykal", "person:hassan-audi", "person:michel-menassa")
ORTAGUS, LJOHNSON, YAZID, BUKHARI = ("person:morgan-ortagus", "person:lisa-johnson", "person:yazid-bin-farhan",
                                     "person:walid-bukhari")
TABATABAI, AFIF, BDEIR, JEFFERS, LEENEY, PONCHIN = (
    "person:haytham-ali-tabatabai", "person:mohammad-afif", "person:hassan-bdeir", "person:jasper-jeffers",
    "person:michael-leeney", "person:guillaume-ponchin")
SOUAID, MANSOURI, CHOUCAIR, BAISSARI, RABDALLAH, OTHMAN, LAWANDOS, SALIBA, HAJJAR = (
    "person:karim-souaid", "person:wassim-mansouri", "person:hassan-choucair", "person:elias-baissari",
    "person:raed-abdallah", "person:imad-othman", "person:edgar-lawandos", "person:tony-saliba",
    "person:ahmad-al-hajjar")
SHARAA, SHAIBANI, ABUQASRA, RAJJI, WJUMBLATT = ("person:ahmed-al-sharaa", "person:asaad-al-shaibani",
                                                "person:murhaf-abu-qasra", "person:youssef-rajji",
                                                "person:walid-jumblatt")
# new to the tables
YASSIN, LAHOUD, NASSAR, JASSIM, QASIR, HAGE, CORM, TJUMBLATT = (
    "person:hassan-khalil-yassin", "person:laura-lahoud", "person:walid-nassar",
    "person:jassim-bin-fahad-al-thani", "person:mohammed-jaafar-qasir", "person:charles-al-hage",
    "person:johnny-corm", "person:taymour-jumblatt")

AR, EN = "blind set (Lebanese Arabic daily)", "blind set (Lebanese English daily)"

ARTICLES = [
    ("arKK1_qassem_succeeds_nasrallah", "ar",
     "الشيخ نعيم قاسم أميناً عاماً لـ«حزب الله» خلفاً لنصرالله\n"
     "بيروت - «النهار» - أعلن «حزب الله» أمس أن مجلس شوراه انتخب الشيخ نعيم قاسم أميناً عاماً للحزب خلفاً "
     "للسيد حسن نصرالله، الذي اغتالته إسرائيل في غارة على مقر القيادة في حارة حريك في 27 أيلول الماضي.\n"
     "وقُتل مع نصرالله قائد الجبهة الجنوبية علي كركي ونائب قائد العمليات في الحرس الثوري الإيراني العميد "
     "عباس نيلفروشان.\n"
     "وكان الجيش الإسرائيلي قد أعلن أنه قتل رئيس المجلس التنفيذي السيد هاشم صفي الدين، الذي كان يُرجَّح أن "
     "يخلف نصرالله، ومعه رئيس مقر الاستخبارات علي حسين هزيمة، في غارة على الضاحية الجنوبية مطلع تشرين الأول.\n"
     "كما أعلن أنه اغتال مسؤول وحدة الاستخبارات المكلفة بالأهداف في الحزب حسن خليل ياسين.\n"
     "وعلى الصعيد السياسي، استقبل رئيس مجلس النواب نبيه بري في عين التينة رئيس البرلمان الإيراني محمد باقر "
     "قاليباف، فيما اكتفى رئيس حكومة تصريف الأعمال نجيب ميقاتي باتصال هاتفي مع الضيف الإيراني.\n"
     "وتقول مصادر مطلعة إن قاسم لن يلتقي أي موفد غربي في المرحلة الراهنة.",
     [("SUCCESSOR_OF", QASSEM, NASRALLAH, "انتخب الشيخ نعيم قاسم", "2024-10-29"),
      ("LEADS", QASSEM, HEZ, "أميناً عاماً للحزب"),
      ("ASSASSINATED_BY", NASRALLAH, ISR, "الذي اغتالته إسرائيل", "2024-09-27"),
      ("ATTACKED", ISR, HARETHREIK, "في غارة على مقر القيادة في حارة حريك", "2024-09-27"),
      ("ASSASSINATED_BY", KARAKI, ISR, "قائد الجبهة الجنوبية علي كركي", "2024-09-27"),
      ("MEMBER_OF", KARAKI, HEZ, "قائد الجبهة الجنوبية علي كركي"),
      ("ASSASSINATED_BY", NILFOROUSHAN, ISR, "العميد عباس نيلفروشان", "2024-09-27"),
      ("MEMBER_OF", NILFOROUSHAN, IRGC, "في الحرس الثوري الإيراني"),
      ("ASSASSINATED_BY", SAFIEDDINE, IDF, "أنه قتل رئيس المجلس التنفيذي", "2024-10"),
      ("LEADS", SAFIEDDINE, HEZEXEC, "رئيس المجلس التنفيذي السيد هاشم صفي الدين"),
      ("ASSASSINATED_BY", HAZIMA, IDF, "ومعه رئيس مقر الاستخبارات", "2024-10"),
      ("ASSASSINATED_BY", YASSIN, IDF, "حسن خليل ياسين", "2024-10"),
      ("MEMBER_OF", YASSIN, HEZ, "مسؤول وحدة الاستخبارات المكلفة بالأهداف"),
      ("MET_WITH", BERRI, GHALIBAF, "محمد باقر", "2024-10-12"),
      ("LEADS", BERRI, PARL, "رئيس مجلس النواب نبيه بري"),
      ("VISITED", GHALIBAF, AINTINEH, "في عين التينة", "2024-10-12"),
      ],
     {"source": AR, "published": "2024-10-30"}),

    ("enKK2_aoun_salam_haykal", "en",
     "Army chief Joseph Aoun elected president, ending a 26-month vacancy\n"
     "BEIRUT - Parliament on Thursday elected the army commander, Gen. Joseph Aoun, as Lebanon's 14th "
     "president in a second round of voting, filling the post left empty since Michel Aoun's term ended in "
     "October 2022. The new head of state succeeds Michel Aoun, to whom he is not related.\n"
     "Four days later Aoun designated Nawaf Salam, the president of the International Court of Justice, to "
     "form a government, replacing caretaker Prime Minister Najib Mikati. Salam was received at Baabda Palace "
     "by Aoun the next day. Mikati congratulated Salam in a phone call.\n"
     "In March the cabinet appointed Brig. Gen. Rudolph Haykal as army commander, taking over from Maj. Gen. "
     "Hassan Odeh, who had led the army in an acting capacity since Aoun's election. Haykal was sworn in "
     "before the president at Baabda in the presence of Defense Minister Michel Menassa.\n"
     "At the Tourism Ministry, the new minister, Laura Lahoud, took over from her predecessor Walid Nassar "
     "at a handover ceremony on Monday.",
     [("SUCCESSOR_OF", JAOUN, MAOUN, "The new head of state succeeds Michel Aoun", "2025-01-09"),
      ("LEADS", JAOUN, LAF, "the army commander, Gen."),
      ("SUCCESSOR_OF", SALAM, MIKATI, "replacing caretaker Prime Minister Najib Mikati", "2025-01-13"),
      ("MET_WITH", JAOUN, SALAM, "Salam was received at Baabda Palace", "2025-01-14"),
      ("VISITED", SALAM, BAABDA, "Salam was received at Baabda Palace", "2025-01-14"),
      ("SUCCESSOR_OF", HAYKAL, AUDI, "taking over from Maj.", "2025-03"),
      ("LEADS", HAYKAL, LAF, "Rudolph Haykal as army commander"),
      ("MET_WITH", HAYKAL, JAOUN, "Haykal was sworn in before the president", "2025-03"),
      ("MET_WITH", HAYKAL, MENASSA, "in the presence of Defense Minister Michel Menassa", "2025-03"),
      ("MET_WITH", JAOUN, MENASSA, "in the presence of Defense Minister Michel Menassa", "2025-03"),
      ("LEADS", MENASSA, LDEF, "Defense Minister Michel Menassa"),
      ("SUCCESSOR_OF", LAHOUD, NASSAR, "took over from her predecessor Walid Nassar", "2025-02"),
      ("MET_WITH", LAHOUD, NASSAR, "took over from her predecessor Walid Nassar", "2025-02"),
      ],
     {"source": EN, "published": "2025-03-15"}),

    ("arKK3_ortagus_envoys_beirut", "ar",
     "جولة اورتاغوس على الرؤساء: حصرية السلاح أولاً\n"
     "بيروت - «النهار» - جالت نائبة المبعوث الأميركي إلى الشرق الأوسط مورغان اورتاغوس أمس على الرؤساء "
     "الثلاثة. فقد استقبلها رئيس الجمهورية العماد جوزيف عون في قصر بعبدا في حضور السفيرة الأميركية ليزا "
     "جونسون، ثم انتقلت إلى السراي حيث التقت رئيس الحكومة نواف سلام، واختتمت جولتها في عين التينة مع رئيس "
     "مجلس النواب نبيه بري.\n"
     "وعلمت «النهار» أن اورتاغوس لم تلتقِ أي مسؤول في «حزب الله»، خلافاً لما أشيع.\n"
     "وفي السياق نفسه، زار الموفد القطري الشيخ جاسم بن فهد آل ثاني، المعروف بـ«أبو فهد»، قصر بعبدا والتقى "
     "الرئيس عون، ناقلاً رسالة دعم من الدوحة.\n"
     "كذلك استقبل الرئيس سلام الموفد السعودي الأمير يزيد بن فرحان يرافقه السفير وليد بخاري، وجرى عرض "
     "للإصلاحات المطلوبة.\n"
     "ويُنتظر أن يصل الموفد الفرنسي جان ايف لودريان إلى بيروت الأسبوع المقبل.",
     [("MET_WITH", ORTAGUS, JAOUN, "فقد استقبلها رئيس الجمهورية", "2025-04-05"),
      ("MET_WITH", ORTAGUS, LJOHNSON, "في حضور السفيرة الأميركية ليزا", "2025-04-05"),
      ("MET_WITH", JAOUN, LJOHNSON, "في حضور السفيرة الأميركية ليزا", "2025-04-05"),
      ("VISITED", ORTAGUS, BAABDA, "العماد جوزيف عون في قصر بعبدا", "2025-04-05"),
      ("MET_WITH", ORTAGUS, SALAM, "حيث التقت رئيس الحكومة نواف سلام", "2025-04-05"),
      ("MET_WITH", ORTAGUS, BERRI, "مع رئيس مجلس النواب نبيه بري", "2025-04-05"),
      ("MET_WITH", JASSIM, JAOUN, "والتقى الرئيس عون", "2025-04"),
      ("VISITED", JASSIM, BAABDA, "زار الموفد القطري", "2025-04"),
      ("MET_WITH", SALAM, YAZID, "الموفد السعودي الأمير يزيد بن فرحان", "2025-04"),
      ("MET_WITH", SALAM, BUKHARI, "يرافقه السفير وليد بخاري", "2025-04"),
      ("MET_WITH", YAZID, BUKHARI, "يرافقه السفير وليد بخاري", "2025-04"),
      ],
     {"source": AR, "published": "2025-04-06"}),

    ("enKK4_tabatabai_killings_mechanism", "en",
     "Israel kills Hezbollah's top military commander in Dahiyeh strike\n"
     "BEIRUT - Israel on Sunday killed Haitham Ali Tabatabai, Hezbollah's chief of staff, in a strike on an "
     "apartment in Haret Hreik, the most senior Hezbollah figure killed since the November 2024 ceasefire. "
     "Hezbollah confirmed his death but did not name a successor.\n"
     "The strike capped a year of targeted killings. In November 2024 an Israeli raid on Ras al-Nabaa killed "
     "Mohammed Afif, head of the party's media relations office. In April the Israeli army said it had killed "
     "Hassan Bdeir, a Hezbollah official it accused of working with Hamas. The army had earlier said it "
     "killed Mohammed Jaafar Qasir, the head of Hezbollah's Unit 4400, which smuggles Iranian weapons.\n"
     "Lebanon's army commander, Gen. Rudolphe Haykal, met U.S. Lt. Gen. Michael Leeney, who replaced Jasper "
     "Jeffers as chair of the ceasefire monitoring committee, at Yarze last week. The French officer on the "
     "committee, Gen. Guillaume Ponchin, was also present.\n"
     "President Joseph Aoun has said he will not meet Israeli officials.",
     [("ASSASSINATED_BY", TABATABAI, ISR, "Israel on Sunday killed Haitham Ali Tabatabai", "2025-11-23"),
      ("MEMBER_OF", TABATABAI, HEZ, "Hezbollah's chief of staff"),
      ("ATTACKED", ISR, HARETHREIK, "apartment in Haret Hreik", "2025-11-23"),
      ("ASSASSINATED_BY", AFIF, ISR, "an Israeli raid on Ras al-Nabaa killed", "2024-11-17"),
      ("LEADS", AFIF, HEZMEDIA, "head of the party's media relations office"),
      ("ASSASSINATED_BY", BDEIR, IDF, "the Israeli army said it had killed", "2025-04-01"),
      ("MEMBER_OF", BDEIR, HEZ, "a Hezbollah official it accused"),
      ("ASSASSINATED_BY", QASIR, IDF, "killed Mohammed Jaafar Qasir", "2024-10"),
      ("LEADS", QASIR, UNIT4400, "the head of Hezbollah's Unit 4400"),
      ("MET_WITH", HAYKAL, LEENEY, "Haykal, met U.S.", "2025-11"),
      ("SUCCESSOR_OF", LEENEY, JEFFERS, "who replaced Jasper", "2025-04"),
      ("LEADS", LEENEY, MECH, "as chair of the ceasefire monitoring committee"),
      ("MET_WITH", HAYKAL, PONCHIN, "Gen. Guillaume Ponchin, was also present", "2025-11"),
      ("MET_WITH", LEENEY, PONCHIN, "Gen. Guillaume Ponchin, was also present", "2025-11"),
      ("LEADS", HAYKAL, LAF, "Lebanon's army commander"),
      ],
     {"source": EN, "published": "2025-11-24"}),

    ("arKK5_bdl_security_appointments", "ar",
     "مجلس الوزراء يملأ الشغور في الحاكمية والأجهزة الأمنية\n"
     "بيروت - «النهار» - عيّن مجلس الوزراء كريم سعيد حاكماً لمصرف لبنان خلفاً للحاكم بالإنابة وسيم منصوري، "
     "وأقرّ لاحقاً سلة تعيينات أمنية طال انتظارها.\n"
     "فقد عُيّن العميد حسن شقير مديراً عاماً للأمن العام بدلاً من اللواء الياس البيسري الذي كان يتولى المنصب "
     "بالإنابة، والعميد رائد عبد الله مديراً عاماً لقوى الأمن الداخلي خلفاً للواء عماد عثمان، فيما حلّ العميد "
     "إدغار لاوندس مكان اللواء طوني صليبا على رأس المديرية العامة لأمن الدولة.\n"
     "وأمس، سلّم البيسري شقير مهامه في مقر المديرية، في حضور وزير الداخلية أحمد الحجار.\n"
     "وفي وزارة الاتصالات، تسلّم الوزير الجديد شارل الحاج مهامه من سلفه جوني القرم، الذي تمنى له التوفيق.\n"
     "وتشير مصادر وزارية إلى أن رئيس الحكومة نواف سلام سيلتقي الحاكم الجديد مطلع الأسبوع المقبل.",
     [("SUCCESSOR_OF", SOUAID, MANSOURI, "خلفاً للحاكم بالإنابة وسيم منصوري", "2025-03-27"),
      ("LEADS", SOUAID, BDL, "حاكماً لمصرف لبنان"),
      ("SUCCESSOR_OF", CHOUCAIR, BAISSARI, "بدلاً من اللواء الياس البيسري"),
      ("LEADS", CHOUCAIR, GENSEC, "مديراً عاماً للأمن العام"),
      ("SUCCESSOR_OF", RABDALLAH, OTHMAN, "خلفاً للواء عماد عثمان"),
      ("LEADS", RABDALLAH, ISF, "مديراً عاماً لقوى الأمن الداخلي"),
      ("SUCCESSOR_OF", LAWANDOS, SALIBA, "مكان اللواء طوني صليبا"),
      ("LEADS", LAWANDOS, STATESEC, "على رأس المديرية العامة لأمن الدولة"),
      ("MET_WITH", BAISSARI, CHOUCAIR, "سلّم البيسري شقير مهامه"),
      ("MET_WITH", CHOUCAIR, HAJJAR, "في حضور وزير الداخلية أحمد الحجار"),
      ("MET_WITH", BAISSARI, HAJJAR, "في حضور وزير الداخلية أحمد الحجار"),
      ("SUCCESSOR_OF", HAGE, CORM, "من سلفه جوني القرم", "2025-02"),
      ("MET_WITH", HAGE, CORM, "من سلفه جوني القرم", "2025-02"),
      ],
     {"source": AR, "published": "2025-04-12"}),

    ("enKK6_salam_damascus_jumblatt", "en",
     "Salam in Damascus on first visit by a Lebanese premier since Assad's fall\n"
     "BEIRUT - Prime Minister Nawaf Salam held talks in Damascus on Monday with Syria's interim president, "
     "Ahmad al-Sharaa, on border demarcation, smuggling and the return of refugees. Foreign Minister Youssef "
     "Raggi accompanied Salam, while Syria's top diplomat, Assaad al-Shibani, sat in on the talks.\n"
     "Defense Minister Michel Menassa, who travelled with the delegation, held separate talks with his Syrian "
     "counterpart, Murhaf Abu Qasra.\n"
     "The trip follows the December visit of Druze leader Walid Jumblatt, the first Lebanese politician to "
     "meet al-Sharaa, alongside his son Taymour Jumblatt, head of the Progressive Socialist Party. Taymour "
     "took over from his father as party chief in 2023.\n"
     "President Joseph Aoun is expected to visit Damascus later this year, officials said. Salam later spoke "
     "by phone with Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani.",
     [("MET_WITH", SALAM, SHARAA, "held talks in Damascus on Monday", "2025-04-14"),
      ("VISITED", SALAM, DAMASCUS, "held talks in Damascus on Monday", "2025-04-14"),
      ("MET_WITH", RAJJI, SALAM, "Raggi accompanied Salam", "2025-04-14"),
      ("MET_WITH", RAJJI, SHARAA, "Raggi accompanied Salam", "2025-04-14"),
      ("MET_WITH", SHAIBANI, SALAM, "Assaad al-Shibani, sat in", "2025-04-14"),
      ("MET_WITH", SHAIBANI, SHARAA, "Assaad al-Shibani, sat in", "2025-04-14"),
      ("MET_WITH", SHAIBANI, RAJJI, "Assaad al-Shibani, sat in", "2025-04-14"),
      ("MET_WITH", MENASSA, ABUQASRA, "held separate talks with his Syrian", "2025-04-14"),
      ("MET_WITH", WJUMBLATT, SHARAA, "meet al-Sharaa, alongside his son", "2024-12-22"),
      ("MET_WITH", TJUMBLATT, SHARAA, "alongside his son Taymour Jumblatt", "2024-12-22"),
      ("MET_WITH", TJUMBLATT, WJUMBLATT, "alongside his son Taymour Jumblatt", "2024-12-22"),
      ("SUCCESSOR_OF", TJUMBLATT, WJUMBLATT, "took over from his father as party chief", "2023"),
      ("LEADS", TJUMBLATT, PSP, "head of the Progressive Socialist Party"),
      ],
     {"source": EN, "published": "2025-04-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKK")
