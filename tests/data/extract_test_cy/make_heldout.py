"""Blind set CY: Lebanon and Hezbollah, 2024-2025, as a newspaper writes them: Naim Qassem named
secretary-general a month after Israel killed Nasrallah, Safieddine's killing claimed by Israel,
Hochstein's talks in Beirut (Guardian-style, Oct 2024); Rodolphe Haykal named army commander
succeeding Joseph Aoun after Hassan Audi's acting command, Salam succeeding Mikati, Faisal bin
Farhan received in Baabda (Al-Araby Al-Jadeed-style, Mar 2025); Macron's day in Beirut with
Aoun, prime minister-designate Salam, caretaker Mikati and Berri, Le Drian's talks with Geagea
(The National-style, Jan 2025); the new US ambassador Michel Issa succeeding Lisa Johnson and Tom
Barrack taking the Lebanon file from Morgan Ortagus (Asharq Al-Awsat-style, Nov 2025); Israel's
killing of Haytham Ali Tabatabai, ordered by Netanyahu, and the unclaimed killing of Ibrahim Aqil
(Al-Monitor-style, Nov 2025); Nasrallah's funeral with the Iranian delegation received by Aoun
(Al-Araby Al-Jadeed-style, Feb 2025).
Style: en/ar alternating; "widely seen as the natural successor" / "الخليفة المفترض" (no
succession), a prime minister-designate (no succession yet), acting holders, a predecessor named
as "سلفه", a delegation received (each member met), a four-person list, planned meetings, "did not
meet", killings with and without a stated agent, a claim about Qassem in Tehran attributed to
Israeli media (no visit).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cy/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_cz import ALL  # noqa: E402

HERE = Path(__file__).parent

HZB, ISR, LEB = "organization:hezbollah", "country:israel", "country:lebanon"
NAS, QAS, SAF = "person:hassan-nasrallah", "person:naim-qassem", "person:hashem-safieddine"
JAOUN, MAOUN, HAY = "person:joseph-aoun", "person:michel-aoun", "person:rodolphe-haykal"
SAL, MIK, BER = "person:nawaf-salam", "person:najib-mikati", "person:nabih-berri"
LGOV, LPARL, LAF = "organization:lebanese-government", "organization:lebanese-parliament", "organization:lebanese-army"
BAR, ORT, ISSA, JOHN = ("person:tom-barrack", "person:morgan-ortagus", "person:michel-issa",
                        "person:lisa-johnson")
KATZ, IDM = "person:israel-katz", "organization:israeli-defense-ministry"
GHAL, ARA = "person:mohammad-bagher-ghalibaf", "person:abbas-araghchi"
BEI = "location:beirut"

ARTICLES = [
    ("enCY1_qassem_named_secretary_general", "en",
     "Hezbollah has named Naim Qassem as its new secretary general, a month after Israel killed "
     "Hassan Nasrallah in a massive airstrike on the group's headquarters in Beirut's southern "
     "suburbs.\n"
     "The 71-year-old cleric, who had served as Nasrallah's deputy since 1991, was chosen by the "
     "group's Shura Council, Hezbollah said in a statement on Tuesday. He becomes the movement's "
     "third leader after Abbas al-Musawi, who was killed by Israel in 1992, and Nasrallah.\n"
     "Nasrallah's cousin Hashem Safieddine, the head of Hezbollah's executive council, had been "
     "widely seen as the natural successor, but he was killed in an Israeli strike in early October. "
     "The Israeli military said it had killed him, and Hezbollah confirmed his death last week.\n"
     "Qassem has given three televised speeches since Nasrallah's death and, according to Israeli "
     "media, has spent much of the past month in Tehran, a claim Hezbollah has not addressed. "
     "Israel's defence minister, Yoav Gallant, wrote on X that the appointment was \"temporary, "
     "and not for long\".\n"
     "The announcement came a week after the US envoy Amos Hochstein held talks in Beirut with the "
     "parliament speaker, Nabih Berri, and the caretaker prime minister, Najib Mikati, on a "
     "ceasefire proposal. Berri has been negotiating on Hezbollah's behalf.",
     [("LEADS", QAS, HZB, "as its new secretary general"),
      ("SUCCESSOR_OF", QAS, NAS, "as its new secretary general", "2024-10-29"),
      ("ASSASSINATED_BY", NAS, ISR, "a month after Israel killed", "2024-09-27"),
      ("PART_OF", "organization:hezbollah-shura-council", HZB, "the group's Shura Council"),
      ("LEADS", "person:abbas-al-musawi", HZB, "third leader after Abbas"),
      ("LEADS", NAS, HZB, "third leader after Abbas"),
      ("ASSASSINATED_BY", "person:abbas-al-musawi", ISR, "who was killed by Israel in 1992", "1992-02-16"),
      ("LEADS", SAF, "organization:hezbollah-executive-council", "the head of Hezbollah's executive council"),
      ("ASSASSINATED_BY", SAF, ISR, "killed in an Israeli strike in early October", "2024-10"),
      ("LEADS", "person:yoav-gallant", IDM, "Israel's defence minister, Yoav Gallant"),
      ("MET_WITH", "person:amos-hochstein", BER, "held talks in Beirut with the", "2024-10-21"),
      ("MET_WITH", "person:amos-hochstein", MIK, "held talks in Beirut with the", "2024-10-21"),
      ("VISITED", "person:amos-hochstein", BEI, "held talks in Beirut with the", "2024-10-21"),
      ("LEADS", BER, LPARL, "parliament speaker, Nabih Berri"),
      ("LEADS", MIK, LGOV, "the caretaker prime minister, Najib Mikati"),
      ],
     {"source": "blind set (Guardian-style)", "published": "2024-10-29"}),

    ("arCY2_haykal_army_commander", "ar",
     "بيروت - العربي الجديد: عيّن مجلس الوزراء اللبناني، الخميس، العميد رودولف هيكل قائداً للجيش "
     "بعد ترقيته إلى رتبة عماد، خلفاً للرئيس جوزاف عون الذي شغل المنصب منذ 2017 قبل انتخابه رئيساً "
     "للجمهورية في التاسع من كانون الثاني. وكان رئيس الأركان اللواء حسان عودة قد تولّى قيادة الجيش "
     "بالوكالة منذ انتخاب عون.\n"
     "وجاء التعيين في جلسة ترأسها عون في قصر بعبدا بحضور رئيس الحكومة نواف سلام، الذي خلف نجيب "
     "ميقاتي في رئاسة الحكومة الشهر الماضي. وانتُخب عون بعد فراغ رئاسي استمر أكثر من عامين منذ "
     "انتهاء ولاية سلفه ميشال عون في تشرين الأول 2022.\n"
     "وكان عون قد استقبل في كانون الثاني وزير الخارجية السعودي الأمير فيصل بن فرحان، في أول زيارة "
     "لوزير خارجية سعودي إلى بيروت منذ سنوات. والتقى بن فرحان أيضاً رئيس مجلس النواب نبيه بري.\n"
     "وتعهّد هيكل في «أمر اليوم» الأول بتنفيذ القرار 1701 وبسط سلطة الدولة جنوب الليطاني. ولم "
     "يلتقِ القائد الجديد بعدُ قائد قوات اليونيفيل الجنرال أرولدو لاثارو، على أن يجتمعا الأسبوع "
     "المقبل في الناقورة.",
     [("LEADS", HAY, LAF, "قائداً للجيش بعد ترقيته"),
      ("SUCCESSOR_OF", HAY, JAOUN, "خلفاً للرئيس جوزاف عون", "2025-03-13"),
      ("LEADS", JAOUN, LAF, "الذي شغل المنصب منذ 2017"),
      ("LEADS", JAOUN, LEB, "انتخابه رئيساً للجمهورية"),
      ("MEMBER_OF", "person:hassan-audi", LAF, "رئيس الأركان اللواء حسان"),
      ("SUCCESSOR_OF", "person:hassan-audi", JAOUN, "قيادة الجيش بالوكالة", "2025-01-09"),
      ("LEADS", SAL, LGOV, "رئيس الحكومة نواف سلام"),
      ("SUCCESSOR_OF", SAL, MIK, "الذي خلف نجيب", "2025-02-08"),
      ("SUCCESSOR_OF", JAOUN, MAOUN, "ولاية سلفه ميشال عون", "2025-01-09"),
      ("MET_WITH", JAOUN, "person:faisal-bin-farhan", "وكان عون قد استقبل في كانون الثاني", "2025-01-23"),
      ("LEADS", "person:faisal-bin-farhan", "organization:saudi-foreign-ministry",
       "وزير الخارجية السعودي الأمير"),
      ("VISITED", "person:faisal-bin-farhan", BEI, "إلى بيروت منذ سنوات", "2025-01-23"),
      ("MET_WITH", "person:faisal-bin-farhan", BER, "والتقى بن فرحان أيضاً", "2025-01-23"),
      ("LEADS", BER, LPARL, "رئيس مجلس النواب نبيه بري"),
      ("LEADS", "person:aroldo-lazaro", "organization:unifil", "قائد قوات اليونيفيل"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2025-03-14"}),

    ("enCY3_macron_day_in_beirut", "en",
     "BEIRUT // French President Emmanuel Macron landed in Beirut on Friday for a one-day visit, the "
     "first by a foreign head of state since Joseph Aoun was elected president last week, and "
     "promised to host an international conference on Lebanon's reconstruction.\n"
     "At the Baabda palace Mr Macron held talks with Mr Aoun before meeting the prime "
     "minister-designate, Nawaf Salam, who was tasked on Monday with forming a government after "
     "MPs declined to back a new term for the caretaker premier, Najib Mikati. Mr Macron later met "
     "Mr Mikati separately and also saw Speaker Nabih Berri, the Elysee said.\n"
     "He was accompanied by his personal envoy for Lebanon, Jean-Yves Le Drian, a former foreign "
     "minister who has shuttled between Beirut's factions since 2023. Mr Le Drian stayed behind for "
     "talks with the Lebanese Forces leader, Samir Geagea, on Saturday.\n"
     "There was no meeting with Hezbollah officials, and the group's leader, Naim Qassem, was not "
     "mentioned in the French readouts.\n"
     "Before flying home, Mr Macron travelled to Naqoura, where he met the commander of the UN "
     "peacekeeping force, Lt Gen Aroldo Lazaro, and French troops serving with Unifil.",
     [("LEADS", "person:emmanuel-macron", "country:france", "French President Emmanuel Macron"),
      ("VISITED", "person:emmanuel-macron", BEI, "landed in Beirut on Friday", "2025-01-17"),
      ("LEADS", JAOUN, LEB, "since Joseph Aoun was elected president"),
      ("MET_WITH", "person:emmanuel-macron", JAOUN, "held talks with Mr Aoun", "2025-01-17"),
      ("MET_WITH", "person:emmanuel-macron", SAL, "before meeting the prime", "2025-01-17"),
      ("LEADS", MIK, LGOV, "the caretaker premier, Najib Mikati"),
      ("MET_WITH", "person:emmanuel-macron", MIK, "later met", "2025-01-17"),
      ("MET_WITH", "person:emmanuel-macron", BER, "also saw Speaker", "2025-01-17"),
      ("LEADS", BER, LPARL, "Speaker Nabih Berri"),
      ("MET_WITH", "person:jean-yves-le-drian", "person:samir-geagea", "stayed behind for talks with",
       "2025-01-18"),
      ("LEADS", "person:samir-geagea", "organization:lebanese-forces", "the Lebanese Forces leader"),
      ("LEADS", QAS, HZB, "the group's leader, Naim Qassem"),
      ("VISITED", "person:emmanuel-macron", "location:naqoura", "travelled to Naqoura", "2025-01-17"),
      ("MET_WITH", "person:emmanuel-macron", "person:aroldo-lazaro", "where he met the commander",
       "2025-01-17"),
      ("LEADS", "person:aroldo-lazaro", "organization:unifil", "the commander of the UN"),
      ],
     {"source": "blind set (The National-style)", "published": "2025-01-18"}),

    ("arCY4_issa_credentials_barrack_file", "ar",
     "بيروت - «الشرق الأوسط»: قدّم السفير الأميركي الجديد لدى لبنان ميشال عيسى، الاثنين، أوراق "
     "اعتماده إلى الرئيس جوزاف عون في قصر بعبدا، ليتسلّم مهامه خلفاً للسفيرة ليزا جونسون التي غادرت "
     "بيروت في الصيف. وعيسى رجل أعمال من أصل لبناني، رشّحه الرئيس دونالد ترامب للمنصب في آذار.\n"
     "وقالت مصادر مطلعة إن عون أبلغ السفير تمسّك لبنان بحصر السلاح بيد الدولة، لكنه طالب بالضغط على "
     "إسرائيل لوقف غاراتها. وكان عيسى قد زار في اليوم نفسه رئيس مجلس النواب نبيه بري في عين "
     "التينة، فيما يُنتظر أن يلتقي رئيس الحكومة نواف سلام الأربعاء.\n"
     "وتأتي مهمة عيسى بعد جولات عدة للمبعوث الأميركي توم براك، الذي التقى في زيارته الأخيرة كلاً من "
     "عون وبري وسلام وقائد الجيش العماد رودولف هيكل، وتسلّم رداً لبنانياً على ورقته لحصر السلاح. "
     "وكان براك قد تسلّم الملف اللبناني خلفاً لنائبة المبعوث الخاص مورغان أورتاغوس في حزيران.\n"
     "في المقابل، رفض الأمين العام لـ«حزب الله» الشيخ نعيم قاسم في كلمة متلفزة تسليم السلاح. ولم "
     "يجتمع براك بأي مسؤول من الحزب خلال زياراته.",
     [("MET_WITH", ISSA, JAOUN, "أوراق اعتماده إلى الرئيس", "2025-11-17"),
      ("LEADS", JAOUN, LEB, "الرئيس جوزاف عون"),
      ("SUCCESSOR_OF", ISSA, JOHN, "خلفاً للسفيرة ليزا جونسون", "2025-11-17"),
      ("LEADS", "person:donald-trump", "country:united-states", "الرئيس دونالد ترامب"),
      ("MET_WITH", ISSA, BER, "وكان عيسى قد زار في اليوم نفسه", "2025-11-17"),
      ("LEADS", BER, LPARL, "رئيس مجلس النواب نبيه"),
      ("LEADS", SAL, LGOV, "رئيس الحكومة نواف سلام"),
      ("MET_WITH", BAR, JAOUN, "الذي التقى في زيارته الأخيرة"),
      ("MET_WITH", BAR, BER, "الذي التقى في زيارته الأخيرة"),
      ("MET_WITH", BAR, SAL, "الذي التقى في زيارته الأخيرة"),
      ("MET_WITH", BAR, HAY, "الذي التقى في زيارته الأخيرة"),
      ("LEADS", HAY, LAF, "وقائد الجيش العماد"),
      ("SUCCESSOR_OF", BAR, ORT, "خلفاً لنائبة المبعوث الخاص", "2025-06"),
      ("LEADS", QAS, HZB, "الأمين العام لـ«حزب الله»"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2025-11-18"}),

    ("enCY5_tabatabai_killed_dahiyeh", "en",
     "BEIRUT - Israel killed Hezbollah's top military commander, Haytham Ali Tabatabai, in an "
     "airstrike on a residential building in Beirut's southern suburbs on Sunday, the Israeli "
     "military said, in the first strike on the Lebanese capital in months.\n"
     "Prime Minister Benjamin Netanyahu's office said he had ordered the strike on the "
     "recommendation of Defense Minister Israel Katz and the military chief of staff, Lt. Gen. Eyal "
     "Zamir, who replaced Herzi Halevi in March.\n"
     "Hezbollah confirmed the death of Tabatabai, whom it called a \"great jihadi commander.\" A "
     "former head of the elite Radwan Force, he became the group's chief of staff after Fouad Shukr "
     "was killed in an Israeli strike on Beirut in July 2024. The Radwan Force's later commander, "
     "Ibrahim Aqil, died two months after Shukr when a building collapsed on a meeting of its "
     "officers in the same district.\n"
     "Hezbollah leader Naim Qassem said the group would choose \"the time and place\" of its "
     "response. Lebanese President Joseph Aoun urged the international community to intervene, "
     "while Hezbollah lawmaker Ali Ammar, speaking at the scene, said the strike \"crossed every "
     "line.\"\n"
     "The strike came days after the U.S. envoy Morgan Ortagus visited Beirut and met Aoun, "
     "pressing for faster steps to disarm the group.",
     [("ASSASSINATED_BY", "person:haytham-ali-tabatabai", ISR, "Israel killed Hezbollah's top", "2025-11-23"),
      ("MEMBER_OF", "person:haytham-ali-tabatabai", HZB, "Israel killed Hezbollah's top"),
      ("ASSASSINATED_BY", "person:haytham-ali-tabatabai", "person:benjamin-netanyahu",
       "he had ordered the strike", "2025-11-23"),
      ("LEADS", "person:benjamin-netanyahu", "organization:israeli-government",
       "Prime Minister Benjamin Netanyahu's office"),
      ("LEADS", KATZ, IDM, "Defense Minister Israel Katz"),
      ("LEADS", "person:eyal-zamir", "organization:israel-defense-forces", "the military chief of staff"),
      ("SUCCESSOR_OF", "person:eyal-zamir", "person:herzi-halevi", "who replaced Herzi Halevi", "2025-03-05"),
      ("LEADS", "person:haytham-ali-tabatabai", "organization:radwan-force", "former head of the elite"),
      ("SUCCESSOR_OF", "person:haytham-ali-tabatabai", "person:fouad-shukr",
       "he became the group's chief of staff"),
      ("ASSASSINATED_BY", "person:fouad-shukr", ISR, "killed in an Israeli strike on Beirut", "2024-07-30"),
      ("LEADS", "person:ibrahim-aqil", "organization:radwan-force", "The Radwan Force's later commander"),
      ("LEADS", QAS, HZB, "Hezbollah leader Naim Qassem"),
      ("LEADS", JAOUN, LEB, "Lebanese President Joseph Aoun"),
      ("MEMBER_OF", "person:ali-ammar", HZB, "Hezbollah lawmaker Ali Ammar"),
      ("VISITED", ORT, BEI, "visited Beirut and met Aoun"),
      ("MET_WITH", ORT, JAOUN, "visited Beirut and met Aoun"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2025-11-24"}),

    ("arCY6_nasrallah_funeral_iranian_delegation", "ar",
     "بيروت - العربي الجديد: شيّع «حزب الله»، الأحد، أمينه العام السابق حسن نصر الله، الذي اغتالته "
     "إسرائيل بغارة على الضاحية الجنوبية لبيروت في 27 أيلول الماضي، وخليفته المفترض هاشم صفي الدين، "
     "في مراسم حاشدة أقيمت في مدينة كميل شمعون الرياضية.\n"
     "ووصل إلى بيروت السبت وفد إيراني رفيع برئاسة رئيس مجلس الشورى محمد باقر قاليباف، ضمّ وزير "
     "الخارجية عباس عراقجي. واستقبل الرئيس جوزاف عون الوفد الإيراني في قصر بعبدا صباح الأحد، وقال "
     "لقاليباف إن «لبنان تعب من حروب الآخرين على أرضه». كما التقى عراقجي رئيس مجلس النواب نبيه بري، "
     "فيما لم يُعقد أي لقاء مع رئيس الحكومة نواف سلام.\n"
     "وألقى الأمين العام الحالي للحزب الشيخ نعيم قاسم، الذي انتُخب خلفاً لنصر الله في تشرين الأول، "
     "كلمة عبر الشاشة تعهّد فيها بمواصلة «طريق المقاومة». وحلّقت طائرات حربية إسرائيلية على علو "
     "منخفض فوق المدينة الرياضية خلال المراسم، وقال وزير الدفاع الإسرائيلي يسرائيل كاتس إن «من "
     "يهدد بتدمير إسرائيل سيكون هذا مصيره».\n"
     "ونُقل جثمان صفي الدين، الذي قُتل في غارة على الضاحية مطلع تشرين الأول وكان يرأس المجلس "
     "التنفيذي للحزب، ليُدفن الاثنين في بلدته دير قانون النهر في قضاء صور.",
     [("LEADS", NAS, HZB, "أمينه العام السابق"),
      ("ASSASSINATED_BY", NAS, ISR, "الذي اغتالته", "2024-09-27"),
      ("VISITED", GHAL, BEI, "ووصل إلى بيروت السبت", "2025-02-22"),
      ("VISITED", ARA, BEI, "ووصل إلى بيروت السبت", "2025-02-22"),
      ("LEADS", GHAL, "organization:iranian-parliament", "رئيس مجلس الشورى محمد"),
      ("LEADS", ARA, "organization:iranian-foreign-ministry", "الخارجية عباس عراقجي"),
      ("MET_WITH", JAOUN, GHAL, "واستقبل الرئيس جوزاف عون الوفد", "2025-02-23"),
      ("MET_WITH", JAOUN, ARA, "واستقبل الرئيس جوزاف عون الوفد", "2025-02-23"),
      ("LEADS", JAOUN, LEB, "الرئيس جوزاف عون الوفد"),
      ("MET_WITH", ARA, BER, "كما التقى عراقجي", "2025-02-23"),
      ("LEADS", BER, LPARL, "رئيس مجلس النواب نبيه"),
      ("LEADS", SAL, LGOV, "رئيس الحكومة نواف"),
      ("LEADS", QAS, HZB, "الأمين العام الحالي للحزب"),
      ("SUCCESSOR_OF", QAS, NAS, "انتُخب خلفاً لنصر الله", "2024-10-29"),
      ("LEADS", KATZ, IDM, "وزير الدفاع الإسرائيلي يسرائيل"),
      ("LEADS", SAF, "organization:hezbollah-executive-council", "وكان يرأس المجلس"),
      ("LOCATED_IN", "location:deir-qanoun-al-nahr", "location:tyre-district", "دير قانون النهر في قضاء صور"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2025-02-24"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setCY")
