"""Blind set MV: Lebanon 2024-2025 (second folder of MU-MV): Tom Barrack's July 2025 round on Lebanon's
response, the Israeli strikes on Hezbollah commanders in Beirut (September-October 2024, with the failed
attempt on Wafiq Safa), Ali Larijani's August 2025 visit, the new men of 2025 (Joseph Aoun after Michel
Aoun, Nawaf Salam after Najib Mikati, Rodolphe Haykal after Joseph Aoun at the army), the first civilian
meeting of the ceasefire mechanism in Naqoura (December 2025) and the killing of Haytham Ali Tabatabai
(November 2025), as a Lebanese TV site writes it in English (LBCI English-like, no dateline, "PM"), as a
Lebanese TV site writes it in Arabic (al-Jadeed-like: "الجديد -", "وأفادت مصادر مطلعة لـ«الجديد»"), as a
pro-resistance TV site writes it in English (Al Mayadeen English-like: "the Resistance", "martyred
leader"), as a Beirut daily writes it in Arabic (al-Joumhouria-like: "كتبت «الجمهورية»:", "اليرزة"), as
a French daily's English edition writes it (Le Monde in English-like: weekday and date, "the
'mechanism'", long sentences with dashes) and as a Lebanese news portal writes it in Arabic (Lebanon24-
like: "لبنان 24 -", a "من هو" profile).
Pieces: Barrack meets Aoun, Berri, Salam; Barrack took the Lebanon file from Ortagus (English, MV1); the
IDF killed Qubaisi and Srour; Mikati receives Hennis-Plasschaert; Safa survives (Arabic, MV2); Larijani
in Baghdad then Beirut, meets Aoun, Berri, Salam and Qassem (English, MV3); Joseph Aoun after Michel
Aoun, Raad meets Aoun, Aoun receives Salam with Berri present, Salam after Mikati at a handover that
brought them together, Haykal after Joseph Aoun (Arabic, MV4); Karam, Resnick and Ortagus at the
mechanism table, Leeney after Jeffers, Hochstein met Berri, Israel killed Tabatabai (English, MV5); the
IDF killed Tabatabai, Tabatabai after Shukr, Shukr killed by Israel (Arabic, MV6).
Excluded on purpose (no relation): a meeting with Hezbollah that Barrack ruled out, the trip to Israel
he was not expected to make, Aoun's phone call with Macron (MV1); the attempt on Wafiq Safa, who
survived, and the denied reports of his death; the 22 unnamed dead (MV2); Raggi, who did not meet
Larijani, Larijani's visit to Nasrallah's shrine (MV3); Netanyahu, who "ordered" the Tabatabai strike
(no pair, as the MM convention for "ordered by"), the denied report of a second commander wounded, the US
reward (MV6).
Judgement calls: "The US ambassador to Turkey, who also serves as special envoy for Syria, later met" is
Barrack (MV1); "took over the Lebanon file from Ortagus" is a succession (MV1); "قتل الجيش الإسرائيلي"
and "أعلن الجيش الإسرائيلي أنه اغتال" give -> organization:israel-defense-forces, "an Israeli strike ...
killed" / "قضى بغارة إسرائيلية" give -> country:israel (MV2, MV5, MV6); commanders of Hezbollah units
named in a sentence about "قادة الصف الأول في الحزب" are MEMBER_OF Hezbollah (MV2); "the top Iranian
security official met" is Larijani (MV3); "بعد لقائه عون" is Joseph Aoun (the president holding the
consultations), "خلفاً للعماد عون" at the army is Joseph Aoun (MV4); the president, the designated
prime minister and the speaker "in whose presence" he was received are one meeting of three (MV4); "a
handover ceremony that brought him together with the latter" is a meeting (MV4); the US envoy who
"attended the session" is paired with both delegations (MV5); "who succeeded him" is Leeney -> Jeffers
(MV5); "shuttled between Beirut, where he met Nabih Berri several times, and Jerusalem" is a meeting
with Berri and visits to both cities (MV5); a past Radwan commander "تولى قيادة قوة الرضوان" LEADS it
as stated (MV6).
Filled in for the exercise: the Macron call, the Israel trip (MV1); the Hennis-Plasschaert reception, the
Adraee warnings (MV2); the Qassem meeting, Raggi's reason (MV3); the handover ceremony wording (MV4);
Leeney's date, Salam's remark (MV5); Tabatabai succeeding Shukr, the denial of a second casualty (MV6).
Spellings: "Naim Kassem" (MV1); "محمد حسين سرور", "جينين هينيس-بلاسخارت" (MV2); "Youssef Raggi", "Ain
al-Tineh" (MV3); "العماد جوزاف عون", "رئيس المجلس نبيه بري" (MV4); "Haytham Ali Tabatabai" (MV5);
"هيثم علي الطبطبائي", "يسرائيل كاتس" (MV6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_mv import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, ISRAEL, FRANCE = "country:lebanon", "country:israel", "country:france"
BEIRUT, BAGHDAD, JERUSALEM = "location:beirut", "location:baghdad", "location:jerusalem"
HEZB, HEZBPOL, RADWAN, LOYALTY, LEBGOV, LEBPARL, LEBARMY, LEBFM, UN, ICJ = (
    "organization:hezbollah", "organization:hezbollah-political-council", "organization:radwan-force",
    "organization:loyalty-to-the-resistance-bloc", "organization:lebanese-government",
    "organization:lebanese-parliament", "organization:lebanese-army", "organization:lebanese-foreign-ministry",
    "organization:united-nations", "organization:international-court-of-justice")
IDF, ISRDEF, ISRNSC, SNSC = (
    "organization:israel-defense-forces", "organization:israeli-defense-ministry",
    "organization:israeli-national-security-council", "organization:supreme-national-security-council")
NASRALLAH, QASSEM, QUBAISI, SROUR, SHUKR, TABATABAI, SAFA, RAAD, QAMATI = (
    "person:hassan-nasrallah", "person:naim-qassem", "person:ibrahim-qubaisi", "person:mohammed-srour",
    "person:fuad-shukr", "person:haytham-ali-tabatabai", "person:wafiq-safa", "person:mohammad-raad",
    "person:mahmoud-qamati")
JAOUN, MAOUN, SALAM, MIKATI, BERRI, RAJJI, HAYKAL, AUDI, KARAM = (
    "person:joseph-aoun", "person:michel-aoun", "person:nawaf-salam", "person:najib-mikati", "person:nabih-berri",
    "person:youssef-rajji", "person:rodolphe-haykal", "person:hassan-audi", "person:simon-karam")
HOCHSTEIN, ORTAGUS, BARRACK, JEFFERS, LEENEY, MACRON, HENNIS = (
    "person:amos-hochstein", "person:morgan-ortagus", "person:tom-barrack", "person:jasper-jeffers",
    "person:michael-leeney", "person:emmanuel-macron", "person:jeanine-hennis-plasschaert")
NETANYAHU, KATZ, ZAMIR, ADRAEE, RESNICK = (
    "person:benjamin-netanyahu", "person:israel-katz", "person:eyal-zamir", "person:avichay-adraee",
    "person:uri-resnick")
LARIJANI = "person:ali-larijani"

LBCI = "blind set (Lebanese TV site, English, LBCI English-like)"
JADEED = "blind set (Lebanese TV site, Arabic, al-Jadeed-like)"
MAYADEEN = "blind set (pro-resistance TV site, English, Al Mayadeen English-like)"
JOUMHOURIA = "blind set (Beirut daily, Arabic, al-Joumhouria-like)"
LEMONDE = "blind set (French daily's English edition, English, Le Monde in English-like)"
LEB24 = "blind set (Lebanese news portal, Arabic, Lebanon24-like)"

_BAABDA_JAN = {JAOUN: "عاد سلام من لاهاي واستقبله الرئيس عون في بعبدا",
               SALAM: "عاد سلام من لاهاي واستقبله الرئيس عون في بعبدا",
               BERRI: "في حضور رئيس المجلس نبيه بري"}
_NAQOURA = {KARAM: "Lebanon was represented by Simon Karam", RESNICK: "and Israel by Uri Resnick",
            ORTAGUS: "The US envoy Morgan Ortagus attended the session"}

ARTICLES = [
    ("enMV1_barrack_satisfied_after_baabda", "en",
     "Barrack 'unbelievably satisfied' with Lebanon's response after Baabda meeting\n"
     "US envoy Tom Barrack said on Monday he was \"unbelievably satisfied\" with Lebanon's response to a US "
     "proposal on Hezbollah's weapons, after a meeting with President Joseph Aoun at the Baabda Palace, where "
     "he received the seven-page Lebanese paper.\n"
     "The US ambassador to Turkey, who also serves as special envoy for Syria, later met Speaker Nabih Berri "
     "in Ain el-Tineh and held talks with PM Nawaf Salam at the Grand Serail.\n"
     "Asked whether he would meet Hezbollah officials, Barrack said Washington still considers the party a "
     "terrorist organization, adding that its weapons were \"a Lebanese problem\" for the Lebanese to solve. "
     "He is not expected to travel to Israel on this trip.\n"
     "In a televised speech on Sunday, Hezbollah Secretary-General Sheikh Naim Kassem said the party would not "
     "hand over its weapons while Israel keeps occupying five hilltops in the south and its strikes continue.\n"
     "Barrack took over the Lebanon file in June from Morgan Ortagus, who had been the administration's point "
     "person on Lebanon since January. President Aoun, for his part, spoke by phone on Sunday with French "
     "President Emmanuel Macron.",
     [("MET_WITH", BARRACK, JAOUN, "after a meeting with President Joseph Aoun", "2025-07-07"),
      ("MET_WITH", BARRACK, BERRI, "later met Speaker Nabih Berri", "2025-07-07"),
      ("MET_WITH", BARRACK, SALAM, "held talks with PM Nawaf Salam", "2025-07-07"),
      ("LEADS", JAOUN, LEBANON, "after a meeting with President Joseph"),
      ("LEADS", BERRI, LEBPARL, "later met Speaker Nabih"),
      ("LEADS", SALAM, LEBGOV, "PM Nawaf Salam"),
      ("LEADS", QASSEM, HEZB, "Hezbollah Secretary-General Sheikh Naim Kassem"),
      ("SUCCESSOR_OF", BARRACK, ORTAGUS, "took over the Lebanon file in June from Morgan Ortagus", "2025-06"),
      ("LEADS", MACRON, FRANCE, "President Emmanuel Macron"),
      ],
     {"source": LBCI, "published": "2025-07-07"}),

    ("arMV2_strikes_nweiri_basta_safa_survives", "ar",
     "غارتان على النويري والبسطة: نجاة وفيق صفا من محاولة اغتيال\n"
     "الجديد - استهدفت غارتان إسرائيليتان مساء الخميس مبنيين سكنيين في منطقتي النويري والبسطة الفوقا في قلب "
     "بيروت، ما أدى إلى استشهاد 22 شخصاً وإصابة 117 آخرين بجروح، وفق الحصيلة النهائية لوزارة الصحة.\n"
     "وأفادت مصادر مطلعة لـ«الجديد» بأن إحدى الغارتين استهدفت رئيس وحدة الارتباط والتنسيق في حزب الله "
     "الحاج وفيق صفا، إلا أنه نجا، فيما نفت المصادر ما تداولته وسائل إعلام إسرائيلية عن مقتله.\n"
     "ودان رئيس حكومة تصريف الأعمال نجيب ميقاتي الغارتين، خلال استقباله في السراي المنسقة الخاصة للأمم "
     "المتحدة في لبنان جينين هينيس-بلاسخارت.\n"
     "ويأتي الاستهداف بعد أسابيع من سلسلة اغتيالات طالت قادة الصف الأول في الحزب، إذ قتل الجيش الإسرائيلي "
     "في 24 أيلول قائد منظومة الصواريخ إبراهيم قبيسي، ثم في 26 منه قائد الوحدة الجوية محمد حسين سرور، "
     "بغارتين على الضاحية الجنوبية.\n"
     "وكان المتحدث باسم الجيش الإسرائيلي للإعلام العربي أفيخاي أدرعي قد نشر صباح الخميس إنذارات بإخلاء "
     "عدد من القرى في الجنوب.",
     [("MEMBER_OF", SAFA, HEZB, "رئيس وحدة الارتباط والتنسيق في حزب الله"),
      ("LEADS", MIKATI, LEBGOV, "رئيس حكومة تصريف الأعمال نجيب ميقاتي"),
      ("MET_WITH", MIKATI, HENNIS, "خلال استقباله في السراي", "2024-10-10"),
      ("MEMBER_OF", HENNIS, UN, "المنسقة الخاصة للأمم المتحدة"),
      ("ASSASSINATED_BY", QUBAISI, IDF, "إذ قتل الجيش الإسرائيلي", "2024-09-24"),
      ("ASSASSINATED_BY", SROUR, IDF, "قائد الوحدة الجوية محمد حسين سرور", "2024-09-26"),
      ("MEMBER_OF", QUBAISI, HEZB, "قائد منظومة الصواريخ إبراهيم قبيسي"),
      ("MEMBER_OF", SROUR, HEZB, "قائد الوحدة الجوية"),
      ("MEMBER_OF", ADRAEE, IDF, "المتحدث باسم الجيش الإسرائيلي للإعلام العربي"),
      ],
     {"source": JADEED, "published": "2024-10-11"}),

    ("enMV3_larijani_beirut_aoun_berri_salam", "en",
     "Larijani in Beirut: Iran supports any decision Lebanon takes in consultation with the Resistance\n"
     "Secretary of Iran's Supreme National Security Council Ali Larijani arrived in Beirut on Wednesday, on "
     "the second leg of a regional tour that took him to Baghdad first, and was welcomed at Rafic Hariri "
     "International Airport by crowds of supporters.\n"
     "Larijani met Lebanese President Joseph Aoun at Baabda Palace, who told him that \"no group in Lebanon is "
     "allowed to bear arms\" outside the state and that Lebanon \"rejects any interference in its internal "
     "affairs.\" He later held talks with Speaker Nabih Berri in Ain al-Tineh, describing the meeting as "
     "\"excellent,\" before meeting Prime Minister Nawaf Salam, who told his guest that recent Iranian "
     "statements on Lebanon's decisions were \"unacceptable.\"\n"
     "Foreign Minister Youssef Raggi did not meet the Iranian official, saying his schedule did not allow it.\n"
     "In the evening, the top Iranian security official met Secretary-General of Hezbollah Sheikh Naim "
     "Qassem, Al Mayadeen's correspondent learned, and visited the shrine of the martyred leader Sayyed "
     "Hassan Nasrallah.",
     [("LEADS", LARIJANI, SNSC, "Secretary of Iran's Supreme National Security Council"),
      ("VISITED", LARIJANI, BEIRUT, "arrived in Beirut on Wednesday", "2025-08-13"),
      ("VISITED", LARIJANI, BAGHDAD, "took him to Baghdad first", "2025-08-11"),
      ("MET_WITH", LARIJANI, JAOUN, "Larijani met Lebanese President Joseph", "2025-08-13"),
      ("MET_WITH", LARIJANI, BERRI, "He later held talks with Speaker Nabih", "2025-08-13"),
      ("MET_WITH", LARIJANI, SALAM, "before meeting Prime Minister Nawaf Salam", "2025-08-13"),
      ("MET_WITH", LARIJANI, QASSEM, "the top Iranian security official met", "2025-08-13"),
      ("LEADS", JAOUN, LEBANON, "met Lebanese President Joseph"),
      ("LEADS", BERRI, LEBPARL, "held talks with Speaker Nabih"),
      ("LEADS", SALAM, LEBGOV, "Prime Minister Nawaf Salam"),
      ("LEADS", QASSEM, HEZB, "Secretary-General of Hezbollah Sheikh Naim"),
      ("LEADS", RAJJI, LEBFM, "Foreign Minister Youssef Raggi"),
      ],
     {"source": MAYADEEN, "published": "2025-08-13"}),

    ("arMV4_aoun_salam_haykal_new_men", "ar",
     "من بعبدا إلى السراي فاليرزة: ثلاثة أسماء طوت صفحة الفراغ\n"
     "كتبت «الجمهورية»: انتخب مجلس النواب في التاسع من كانون الثاني قائد الجيش العماد جوزاف عون رئيساً "
     "للجمهورية بـ99 صوتاً في الدورة الثانية، ليخلف الرئيس ميشال عون بعد فراغ امتد منذ انتهاء ولايته في 31 "
     "تشرين الأول 2022.\n"
     "وفي 13 كانون الثاني سمّت غالبية النواب في الاستشارات النيابية الملزمة رئيس محكمة العدل الدولية القاضي "
     "نواف سلام لتشكيل الحكومة، وقال رئيس كتلة «الوفاء للمقاومة» النائب محمد رعد بعد لقائه عون في بعبدا إن "
     "هناك من \"يسعى إلى الإقصاء\". وفي اليوم التالي، عاد سلام من لاهاي واستقبله الرئيس عون في بعبدا في "
     "حضور رئيس المجلس نبيه بري.\n"
     "وقد أبصرت حكومة سلام النور في 8 شباط، وتسلّم رئيسها مهامه من نجيب ميقاتي في حفل تسلّم وتسليم جمعه "
     "بالأخير في السراي الكبير.\n"
     "أما في اليرزة، فقد عيّن مجلس الوزراء في 13 آذار العميد رودولف هيكل قائداً للجيش خلفاً للعماد عون، بعد "
     "أشهر تولى فيها رئيس الأركان اللواء حسان عودة القيادة بالإنابة.",
     met_group(_BAABDA_JAN, "2025-01-14") + [
      ("SUCCESSOR_OF", JAOUN, MAOUN, "ليخلف الرئيس ميشال عون", "2025-01-09"),
      ("LEADS", JAOUN, LEBANON, "للجمهورية بـ99 صوتاً"),
      ("LEADS", JAOUN, LEBARMY, "قائد الجيش العماد جوزاف عون"),
      ("LEADS", MAOUN, LEBANON, "ليخلف الرئيس ميشال عون"),
      ("LEADS", SALAM, ICJ, "رئيس محكمة العدل الدولية القاضي"),
      ("LEADS", RAAD, LOYALTY, "رئيس كتلة «الوفاء للمقاومة» النائب محمد رعد"),
      ("MET_WITH", RAAD, JAOUN, "بعد لقائه عون في بعبدا", "2025-01-13"),
      ("LEADS", BERRI, LEBPARL, "رئيس المجلس نبيه بري"),
      ("LEADS", SALAM, LEBGOV, "وقد أبصرت حكومة سلام النور"),
      ("SUCCESSOR_OF", SALAM, MIKATI, "وتسلّم رئيسها مهامه من نجيب ميقاتي", "2025-02"),
      ("MET_WITH", SALAM, MIKATI, "في حفل تسلّم وتسليم جمعه", "2025-02"),
      ("SUCCESSOR_OF", HAYKAL, JAOUN, "خلفاً للعماد عون", "2025-03-13"),
      ("LEADS", HAYKAL, LEBARMY, "العميد رودولف هيكل قائداً للجيش"),
      ("MEMBER_OF", AUDI, LEBARMY, "رئيس الأركان اللواء حسان عودة"),
      ],
     {"source": JOUMHOURIA, "published": "2025-03-14"}),

    ("enMV5_naqoura_mechanism_civilians", "en",
     "In Naqoura, Lebanon and Israel send civilians to the ceasefire table\n"
     "For the first time in decades, Lebanese and Israeli civilians sat at the same table on Wednesday, "
     "December 3, at the UNIFIL headquarters in Naqoura, during a meeting of the \"mechanism\" that monitors "
     "the ceasefire of November 27, 2024. Lebanon was represented by Simon Karam, a former ambassador to "
     "Washington whom President Joseph Aoun appointed to head the delegation, and Israel by Uri Resnick, a "
     "senior official of its National Security Council. The US envoy Morgan Ortagus attended the session.\n"
     "The mechanism, chaired by an American general – first Maj. Gen. Jasper Jeffers, then Maj. Gen. Michael "
     "Leeney, who succeeded him in the spring – also includes France, UNIFIL and the two armies. The truce "
     "itself was negotiated by Amos Hochstein, then Joe Biden's envoy, who shuttled between Beirut, where he "
     "met Nabih Berri several times, and Jerusalem.\n"
     "Ten days earlier, on November 23, an Israeli strike on the southern suburbs of Beirut killed Haytham "
     "Ali Tabatabai, whom the Israeli army presented as Hezbollah's de facto chief of staff. Hezbollah's "
     "secretary general, Naim Qassem, promised a response \"at the right time,\" while Prime Minister Nawaf "
     "Salam said Lebanon was ready to negotiate.",
     met_group(_NAQOURA, "2025-12-03") + [
      ("MEMBER_OF", RESNICK, ISRNSC, "a senior official of its National Security Council"),
      ("LEADS", JAOUN, LEBANON, "whom President Joseph Aoun appointed"),
      ("SUCCESSOR_OF", LEENEY, JEFFERS, "who succeeded him in the spring", "2025"),
      ("MET_WITH", HOCHSTEIN, BERRI, "met Nabih Berri several times", "2024-11"),
      ("VISITED", HOCHSTEIN, BEIRUT, "who shuttled between Beirut", "2024-11"),
      ("VISITED", HOCHSTEIN, JERUSALEM, "several times, and Jerusalem", "2024-11"),
      ("ASSASSINATED_BY", TABATABAI, ISRAEL, "an Israeli strike on the southern suburbs of Beirut killed",
       "2025-11-23"),
      ("MEMBER_OF", TABATABAI, HEZB, "Hezbollah's de facto chief of staff"),
      ("LEADS", QASSEM, HEZB, "secretary general, Naim Qassem"),
      ("LEADS", SALAM, LEBGOV, "while Prime Minister Nawaf"),
      ],
     {"source": LEMONDE, "published": "2025-12-04"}),

    ("arMV6_who_is_tabatabai_haret_hreik", "ar",
     "من هو هيثم علي الطبطبائي الذي اغتالته إسرائيل في حارة حريك؟\n"
     "لبنان 24 - أعلن الجيش الإسرائيلي، مساء الأحد، أنه اغتال \"رئيس أركان حزب الله\" هيثم علي الطبطبائي، "
     "المعروف بـ\"أبو علي\"، بغارة استهدفت شقة في مبنى بحارة حريك في الضاحية الجنوبية لبيروت، في أول ضربة "
     "على الضاحية منذ أشهر.\n"
     "وأكد حزب الله في بيان لاحق استشهاد \"القائد الجهادي الكبير\" مع أربعة من رفاقه، فيما قال نائب رئيس "
     "المجلس السياسي في الحزب محمود قماطي إن الغارة \"تجاوزت خطاً أحمر\".\n"
     "وقال مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الضربة نُفذت بأمر منه، بناءً على توصية وزير "
     "الدفاع يسرائيل كاتس ورئيس الأركان إيال زامير.\n"
     "والطبطبائي من مواليد 1968، تولى قيادة قوة الرضوان في مراحل سابقة، ثم تسلّم المسؤولية العسكرية الأولى "
     "في الحزب بعد الحرب الأخيرة خلفاً لفؤاد شكر، الذي قضى بغارة إسرائيلية على حارة حريك في تموز 2024.\n"
     "ورصدت الخارجية الأميركية مكافأة بقيمة خمسة ملايين دولار لمن يدلي بمعلومات عنه، فيما نفى مصدر مقرب "
     "من الحزب ما أوردته وسائل إعلام إسرائيلية عن إصابة قيادي آخر في الغارة.",
     [("ASSASSINATED_BY", TABATABAI, IDF, "مساء الأحد، أنه اغتال", "2025-11-23"),
      ("MEMBER_OF", TABATABAI, HEZB, "رئيس أركان حزب الله"),
      ("MEMBER_OF", QAMATI, HEZBPOL, "نائب رئيس المجلس السياسي في الحزب"),
      ("LEADS", NETANYAHU, ISRAEL, "رئيس الوزراء الإسرائيلي بنيامين نتنياهو"),
      ("LEADS", KATZ, ISRDEF, "وزير الدفاع يسرائيل كاتس"),
      ("LEADS", ZAMIR, IDF, "ورئيس الأركان إيال زامير"),
      ("LEADS", TABATABAI, RADWAN, "تولى قيادة قوة الرضوان"),
      ("SUCCESSOR_OF", TABATABAI, SHUKR, "خلفاً لفؤاد شكر", "2024"),
      ("ASSASSINATED_BY", SHUKR, ISRAEL, "الذي قضى بغارة إسرائيلية", "2024-07-30"),
      ],
     {"source": LEB24, "published": "2025-11-24"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMV")
