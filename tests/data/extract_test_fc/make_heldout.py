"""Blind set FC: Lebanon 2024-2025 in wire copy: Hezbollah names Naim Qassem to replace Nasrallah,
with Safieddine's death given without an agent (Reuters-style, Oct 2024); Joseph Aoun elected
president after the vacancy left by Michel Aoun, Hassan Audi acting army chief (AFP-style Arabic, Jan
2025); Morgan Ortagus at Baabda, the Grand Serail and Ain el-Tineh, the day after the Sidon strike on
Hassan Farhat (AP-style, Apr 2025); Hochstein received by Berri with Ali Hamdan, and by Mikati, after
Mohammad Afif's killing (Reuters-style Arabic, Nov 2024); Barrack and Ortagus at Baabda, Larijani's
talks and a denied meeting with Qassem (AFP-style, Aug 2025); the Israeli claim of Tabatabai's killing
in Haret Hreik and Aoun receiving Haykal (AFP-style Arabic, Nov 2025).
Style: wire agency: short and dense, datelines, "said a source", "a Lebanese official said";
en/ar alternating; phone calls (Macron-Aoun, Aoun-Salam), a postponed meeting (Ortagus-Haykal),
a reported and denied meeting (Hochstein-Qassem, Larijani-Qassem), a withdrawn candidate (Frangieh),
a killing with no stated agent (Safieddine) and unnamed victims of drone strikes.
Spellings: Naim Qassem / نعيم قاسم, Safieddine, Baabda / بعبدا, Ain el-Tineh / عين التينة,
هوكشتاين, Tabatabai / الطبطبائي, Hassan Audi / حسان عودة.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run:
    python tests/data/extract_test_fc/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fe import ALL  # noqa: E402

HERE = Path(__file__).parent

LEB, ISR, US = "country:lebanon", "country:israel", "country:united-states"
HEZ, IDF, LAF = "organization:hezbollah", "organization:israel-defense-forces", "organization:lebanese-army"
LGOV, PARL, HAMAS = "organization:lebanese-government", "organization:lebanese-parliament", "organization:hamas"
IDM, SNSC = "organization:israeli-defense-ministry", "organization:supreme-national-security-council"
BAABDA, AIN, SERAIL = "location:baabda-palace", "location:ain-el-tineh", "location:grand-serail"
BEIRUT, HH, DAH = "location:beirut", "location:haret-hreik", "location:dahiyeh"
QASSEM, NASR, SAFI = "person:naim-qassem", "person:hassan-nasrallah", "person:hashem-safieddine"
KARAKI, GALL = "person:ali-karaki", "person:yoav-gallant"
JAOUN, MAOUN, BERRI = "person:joseph-aoun", "person:michel-aoun", "person:nabih-berri"
YAZID, AUDI = "person:yazid-bin-farhan", "person:hassan-audi"
ORT, SALAM, HAYKAL, FARHAT = ("person:morgan-ortagus", "person:nawaf-salam", "person:rodolphe-haykal",
                              "person:hassan-farhat")
HOCH, HAMDAN, MIKATI, AFIF = ("person:amos-hochstein", "person:ali-hamdan", "person:najib-mikati",
                              "person:mohammad-afif")
BARRACK, LARI, TABA, KATZ = ("person:tom-barrack", "person:ali-larijani", "person:haytham-ali-tabatabai",
                             "person:israel-katz")

ARTICLES = [
    ("enFC1_qassem_named_hezbollah_leader", "en",
     "BEIRUT, Oct 29 (Reuters) - Lebanon's Hezbollah on Tuesday named its deputy leader Naim Qassem as "
     "secretary-general, replacing Hassan Nasrallah, who was killed in an Israeli air strike on "
     "Beirut's southern suburbs last month.\n"
     "The group's Shura Council chose Qassem, 71, in line with its internal procedures, it said in a "
     "statement.\n"
     "Hashem Safieddine, head of the group's executive council and widely seen as Nasrallah's likely "
     "successor, died in a strike in early October, a source close to the group said, without "
     "saying who carried it out.\n"
     "Nasrallah died on Sept. 27 when bombs hit the group's headquarters in Haret Hreik; the Israeli "
     "military said its jets had also killed southern front commander Ali Karaki in that raid.\n"
     "Israeli Defence Minister Yoav Gallant wrote on X that Qassem's appointment was \"temporary "
     "and not for long\".\n"
     "A Lebanese security source said Qassem was in Tehran, a report the group denied.",
     [("SUCCESSOR_OF", QASSEM, NASR, "replacing Hassan Nasrallah", "2024-10-29"),
      ("LEADS", QASSEM, HEZ, "named its deputy leader Naim Qassem"),
      ("ASSASSINATED_BY", NASR, ISR, "killed in an Israeli air strike", "2024-09-27"),
      ("LEADS", SAFI, "organization:hezbollah-executive-council", "head of the group's executive council"),
      ("ASSASSINATED_BY", KARAKI, IDF, "its jets had also killed", "2024-09-27"),
      ("MEMBER_OF", KARAKI, HEZ, "southern front commander Ali Karaki"),
      ("LEADS", GALL, IDM, "Israeli Defence Minister Yoav Gallant"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-10-29"}),

    ("arFC2_joseph_aoun_elected_president", "ar",
     "بيروت (أ ف ب) - انتخب البرلمان اللبناني الخميس قائد الجيش العماد جوزاف عون رئيساً للجمهورية، "
     "ليخلف الرئيس السابق ميشال عون الذي انتهت ولايته في تشرين الأول/أكتوبر 2022 وسط شغور استمر أكثر "
     "من عامين.\n"
     "ونال عون 99 صوتاً في الدورة الثانية من جلسة ترأسها رئيس مجلس النواب نبيه بري.\n"
     "وكان الموفد السعودي يزيد بن فرحان قد التقى بري في عين التينة عشية الجلسة، بحسب مصدر نيابي، "
     "فيما انسحب المرشح سليمان فرنجية من السباق ودعا مؤيديه إلى التصويت لعون.\n"
     "وتلقى الرئيس المنتخب اتصالاً هاتفياً من نظيره الفرنسي إيمانويل ماكرون الذي هنأه وأعلن أنه سيزور "
     "بيروت قريباً.\n"
     "وتسلّم رئيس الأركان اللواء حسان عودة قيادة الجيش بالوكالة خلفاً لعون، وفق ما أفاد مصدر عسكري، "
     "إلى حين تعيين قائد جديد في مجلس الوزراء.",
     [("SUCCESSOR_OF", JAOUN, MAOUN, "ليخلف الرئيس السابق ميشال عون", "2025-01-09"),
      ("LEADS", JAOUN, LAF, "قائد الجيش العماد جوزاف عون"),
      ("LEADS", JAOUN, LEB, "رئيساً للجمهورية"),
      ("LEADS", BERRI, PARL, "رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", YAZID, BERRI, "يزيد بن فرحان قد التقى بري", "2025-01-08"),
      ("VISITED", YAZID, AIN, "بري في عين التينة"),
      ("SUCCESSOR_OF", AUDI, JAOUN, "قيادة الجيش بالوكالة خلفاً لعون"),
      ("MEMBER_OF", AUDI, LAF, "رئيس الأركان اللواء حسان عودة"),
      ],
     {"source": "blind set (AFP-style Arabic)", "published": "2025-01-09"}),

    ("enFC3_ortagus_baabda_serail_ain_el_tineh", "en",
     "BEIRUT (AP) — U.S. deputy Middle East envoy Morgan Ortagus met Lebanese President Joseph Aoun "
     "at the Baabda presidential palace on Saturday and pressed for faster disarmament of Hezbollah, "
     "Aoun's office said.\n"
     "She later held separate talks with Prime Minister Nawaf Salam at the Grand Serail and with "
     "Parliament Speaker Nabih Berri, a Hezbollah ally, at his residence in Ain el-Tineh, officials said.\n"
     "A planned session with army commander Gen. Rodolphe Haykal was postponed, a Lebanese official "
     "said, speaking on condition of anonymity.\n"
     "Haykal was appointed last month to replace Aoun at the head of the military.\n"
     "The visit came a day after a strike on an apartment in the southern city of Sidon killed Hamas "
     "commander Hassan Farhat along with his son and daughter; the Israeli military said it carried "
     "out the strike.",
     [("MET_WITH", ORT, JAOUN, "Morgan Ortagus met Lebanese President", "2025-04-05"),
      ("VISITED", ORT, BAABDA, "at the Baabda presidential palace"),
      ("LEADS", JAOUN, LEB, "Lebanese President Joseph Aoun"),
      ("MET_WITH", ORT, SALAM, "with Prime Minister Nawaf Salam", "2025-04-05"),
      ("VISITED", ORT, SERAIL, "at the Grand Serail"),
      ("LEADS", SALAM, LGOV, "Prime Minister Nawaf Salam"),
      ("MET_WITH", ORT, BERRI, "Parliament Speaker Nabih Berri", "2025-04-05"),
      ("VISITED", ORT, AIN, "at his residence in Ain el-Tineh"),
      ("LEADS", BERRI, PARL, "Speaker Nabih Berri, a Hezbollah ally"),
      ("SUPPORTS", BERRI, HEZ, "a Hezbollah ally"),
      ("LEADS", HAYKAL, LAF, "army commander Gen. Rodolphe Haykal"),
      ("SUCCESSOR_OF", HAYKAL, JAOUN, "appointed last month to replace Aoun", "2025-03"),
      ("ASSASSINATED_BY", FARHAT, IDF, "the Israeli military said it carried", "2025-04-04"),
      ("MEMBER_OF", FARHAT, HAMAS, "Hamas commander Hassan Farhat"),
      ],
     {"source": "blind set (AP-style)", "published": "2025-04-05"}),

    ("arFC4_hochstein_berri_mikati_afif", "ar",
     "بيروت (رويترز) - التقى المبعوث الأميركي آموس هوكشتاين رئيس مجلس النواب نبيه بري في عين التينة "
     "الثلاثاء، في إطار مساعي التوصل إلى وقف لإطلاق النار بين إسرائيل وحزب الله، وفق ما أفاد مصدر "
     "سياسي.\n"
     "وحضر اللقاء المستشار الإعلامي لبري علي حمدان، الذي وصف المحادثات بأنها «إيجابية».\n"
     "ثم انتقل هوكشتاين إلى السراي الحكومي حيث اجتمع برئيس حكومة تصريف الأعمال نجيب ميقاتي.\n"
     "ونفى مصدر مقرب من الحزب تقارير عن لقاء غير مباشر بين الموفد الأميركي والأمين العام نعيم قاسم.\n"
     "وجاءت الزيارة بعد يومين من مقتل مسؤول العلاقات الإعلامية في الحزب محمد عفيف بغارة إسرائيلية على "
     "مبنى في منطقة رأس النبع في بيروت.\n"
     "وقُتل شخصان بضربة مسيّرة على دراجة نارية قرب النبطية، بحسب مصدر أمني لم يحدد الجهة المنفذة.",
     [("MET_WITH", HOCH, BERRI, "التقى المبعوث الأميركي آموس هوكشتاين", "2024-11-19"),
      ("VISITED", HOCH, AIN, "نبيه بري في عين التينة"),
      ("LEADS", BERRI, PARL, "رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", HAMDAN, HOCH, "وحضر اللقاء المستشار الإعلامي", "2024-11-19"),
      ("MET_WITH", HAMDAN, BERRI, "المستشار الإعلامي لبري علي حمدان", "2024-11-19"),
      ("VISITED", HOCH, SERAIL, "ثم انتقل هوكشتاين إلى السراي"),
      ("MET_WITH", HOCH, MIKATI, "اجتمع برئيس حكومة تصريف الأعمال", "2024-11-19"),
      ("LEADS", MIKATI, LGOV, "رئيس حكومة تصريف الأعمال نجيب ميقاتي"),
      ("LEADS", QASSEM, HEZ, "والأمين العام نعيم قاسم"),
      ("ASSASSINATED_BY", AFIF, ISR, "محمد عفيف بغارة إسرائيلية", "2024-11-17"),
      ("LEADS", AFIF, "organization:hezbollah-media-relations", "مسؤول العلاقات الإعلامية في الحزب"),
      ("LOCATED_IN", "location:ras-al-nabaa", BEIRUT, "منطقة رأس النبع في بيروت"),
      ],
     {"source": "blind set (Reuters-style Arabic)", "published": "2024-11-19"}),

    ("enFC5_barrack_ortagus_baabda_larijani", "en",
     "BEIRUT (AFP) - US envoy Tom Barrack and his deputy Morgan Ortagus were received by President "
     "Joseph Aoun at Baabda on Monday, a week after the government of Prime Minister Nawaf Salam tasked "
     "the army with drawing up a plan to disarm Hezbollah.\n"
     "The two envoys then met Salam and, in a separate meeting, Speaker Nabih Berri, whose office "
     "described the talks as \"calm\".\n"
     "Last week Iran's top security official Ali Larijani held talks in Beirut with Aoun and with Berri; "
     "Iranian media said he had also met Hezbollah chief Naim Qassem, a report the group's media "
     "office denied.\n"
     "Qassem said in a televised speech that the group would not hand over its weapons.\n"
     "Aoun later spoke by telephone with French President Emmanuel Macron, the presidency said.",
     [("MET_WITH", BARRACK, JAOUN, "were received by President", "2025-08-18"),
      ("MET_WITH", ORT, JAOUN, "his deputy Morgan Ortagus", "2025-08-18"),
      ("MET_WITH", BARRACK, ORT, "US envoy Tom Barrack and his deputy", "2025-08-18"),
      ("VISITED", BARRACK, BAABDA, "Joseph Aoun at Baabda on Monday"),
      ("VISITED", ORT, BAABDA, "Aoun at Baabda on Monday"),
      ("LEADS", SALAM, LGOV, "Prime Minister Nawaf Salam tasked"),
      ("MET_WITH", BARRACK, SALAM, "The two envoys then met Salam", "2025-08-18"),
      ("MET_WITH", ORT, SALAM, "envoys then met Salam", "2025-08-18"),
      ("MET_WITH", BARRACK, BERRI, "in a separate meeting, Speaker Nabih Berri", "2025-08-18"),
      ("MET_WITH", ORT, BERRI, "separate meeting, Speaker", "2025-08-18"),
      ("MET_WITH", LARI, JAOUN, "held talks in Beirut with Aoun", "2025-08-13"),
      ("MET_WITH", LARI, BERRI, "and with Berri", "2025-08-13"),
      ("VISITED", LARI, BEIRUT, "Ali Larijani held talks in Beirut"),
      ("LEADS", LARI, SNSC, "top security official Ali Larijani"),
      ("LEADS", QASSEM, HEZ, "Hezbollah chief Naim Qassem"),
      ],
     {"source": "blind set (AFP-style)", "published": "2025-08-18"}),

    ("arFC6_tabatabai_haret_hreik", "ar",
     "بيروت (أ ف ب) - أعلن الجيش الإسرائيلي الأحد أنه قتل رئيس أركان حزب الله هيثم علي الطبطبائي "
     "بغارة على شقة في حارة حريك بالضاحية الجنوبية لبيروت، في أول ضربة على العاصمة منذ أشهر.\n"
     "ونعى الحزب في بيان «القائد الجهادي الكبير» المعروف بـ«أبو علي»، من دون أن يعلن اسم من سيخلفه.\n"
     "وقال وزير الدفاع الإسرائيلي يسرائيل كاتس إن الدولة العبرية «ستواصل العمل بقوة» ضد الحزب.\n"
     "وفي وقت سابق الأحد، قُتل شخصان بضربة مسيّرة استهدفت سيارة في قضاء صور، وفق مصدر أمني لم يحدد "
     "الجهة المنفذة.\n"
     "واستقبل الرئيس جوزاف عون في بعبدا قائد الجيش العماد رودولف هيكل وبحث معه الوضع الأمني، فيما "
     "أجرى اتصالاً هاتفياً برئيس الحكومة نواف سلام.",
     [("ASSASSINATED_BY", TABA, IDF, "أعلن الجيش الإسرائيلي الأحد أنه قتل", "2025-11-23"),
      ("MEMBER_OF", TABA, HEZ, "رئيس أركان حزب الله"),
      ("LOCATED_IN", HH, DAH, "حارة حريك بالضاحية الجنوبية"),
      ("LEADS", KATZ, IDM, "وزير الدفاع الإسرائيلي يسرائيل كاتس"),
      ("MET_WITH", JAOUN, HAYKAL, "واستقبل الرئيس جوزاف عون في بعبدا", "2025-11-23"),
      ("VISITED", HAYKAL, BAABDA, "عون في بعبدا قائد الجيش"),
      ("LEADS", HAYKAL, LAF, "قائد الجيش العماد رودولف هيكل"),
      ("LEADS", SALAM, LGOV, "برئيس الحكومة نواف سلام"),
      ],
     {"source": "blind set (AFP-style Arabic)", "published": "2025-11-23"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFC")
