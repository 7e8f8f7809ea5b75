"""Blind set BI: Iraqi government formation after the October 2021 election (Sadr meets the
Coordination Framework at al-Ameri's home, Halbousi re-elected speaker, Halbousi and Khanjar in
Erbil, the Federal Supreme Court ratifies the results, Jaafar al-Sadr's nomination and the failed
presidential vote, Zebari barred) and Iranian / Hezbollah mediation.
Written and annotated blind (extractor neither read nor run).
Run: python3 /work/team/blind/setBI/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_bi/make_heldout.py
"""

# ruff: noqa: F405  (the entity ids come from blind_common_bj)
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_common_bj import *  # noqa: E402,F401,F403

HERE = Path(__file__).parent
ISCI = "organization:islamic-supreme-council-of-iraq"
AZM, KHAN = "organization:azm-alliance", "person:khamis-al-khanjar"

ARTICLES = [
    ("enBI1_sadr_meets_framework", "en",
     "BAGHDAD, Dec 2 (Reuters) - Populist Shi'ite cleric Moqtada al-Sadr met leaders of the "
     "Iran-aligned Coordination Framework on Thursday in a meeting hosted by Hadi al-Ameri at his "
     "Baghdad home, their first since Sadr's movement won the most seats in October's election. "
     "The cleric sat down with former Prime Minister Nouri al-Maliki, whose State of Law "
     "coalition is part of the Framework, as well as Qais al-Khazali and Humam Hamoudi, head of "
     "the Islamic Supreme Council of Iraq, according to a statement from Ameri's office. Sadr "
     "later said he still wanted \u201ca national majority government\u201d. Ameri's Fatah "
     "alliance lost about two-thirds of its seats. Iranian officials, including Quds Force "
     "commander Esmail Qa'ani, who succeeded Qassem Soleimani after a U.S. strike killed him in "
     "January 2020, have pressed Shi'ite factions to close ranks, diplomats say. Sadr has "
     "refused to receive Qa'ani, a Sadrist official said.",
     [("MET_WITH", SADR, CF, "met leaders of the", "2021-12-02"),
      ("MET_WITH", SADR, AMI, "in a meeting hosted by Hadi", "2021-12-02"),
      ("MET_WITH", SADR, MAL, "The cleric sat down with", "2021-12-02"),
      ("MET_WITH", SADR, KHZ, "The cleric sat down with", "2021-12-02"),
      ("MET_WITH", SADR, "person:humam-hamoudi", "The cleric sat down with", "2021-12-02"),
      ("LEADS", MAL, SOL, "whose State of Law"),
      ("MEMBER_OF", SOL, CF, "coalition is part of the Framework"),
      ("LEADS", "person:humam-hamoudi", ISCI, "head of the Islamic Supreme Council"),
      ("LEADS", AMI, FAT, "Ameri's Fatah"),
      ("LEADS", Q, QF, "Quds Force commander Esmail"),
      ("SUCCESSOR_OF", Q, S, "who succeeded Qassem Soleimani"),
      ("ASSASSINATED_BY", S, US, "after a U.S. strike killed him", "2020-01-03"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2021-12-02"}),

    ("arBI2_halbousi_reelected", "ar",
     "شفق نيوز/ أعاد مجلس النواب العراقي، اليوم الأحد، انتخاب محمد الحلبوسي رئيساً له لدورة "
     "ثانية بـ200 صوت، في جلسة أولى صاخبة نُقل خلالها رئيس السن محمود المشهداني إلى المستشفى إثر "
     "تعرّضه لاعتداء داخل القاعة. والحلبوسي هو الذي خلف سليم الجبوري في المنصب عام 2018. وانتخب "
     "المجلس النائب عن الكتلة الصدرية حاكم الزاملي نائباً أول للرئيس، خلفاً لحسن كريم الكعبي، "
     "فيما فاز شاخوان عبد الله من الحزب الديمقراطي الكوردستاني بمنصب النائب الثاني. وقاطع نواب "
     "الإطار التنسيقي، الذي يضم ائتلاف دولة القانون بزعامة نوري المالكي وتحالف الفتح، بقية "
     "الجلسة. وكان الحلبوسي ورئيس تحالف عزم خميس الخنجر قد التقيا زعيم التيار الصدري مقتدى الصدر "
     "في مقره بالحنانة في النجف قبل أيام. وقال مصدر سياسي لشفق نيوز إن «الاتفاق حُسم هناك».",
     [("LEADS", HAL, PARL, "انتخاب محمد الحلبوسي رئيساً له", "2022-01-09"),
      ("MEMBER_OF", "person:mahmoud-al-mashhadani", PARL, "رئيس السن محمود"),
      ("SUCCESSOR_OF", HAL, "person:salim-al-jabouri", "الذي خلف سليم الجبوري", "2018"),
      ("LEADS", "person:salim-al-jabouri", PARL, "الذي خلف سليم الجبوري"),
      ("MEMBER_OF", "person:hakim-al-zamili", "organization:sadrist-bloc", "النائب عن الكتلة الصدرية"),
      ("MEMBER_OF", "person:hakim-al-zamili", PARL, "نائباً أول للرئيس"),
      ("SUCCESSOR_OF", "person:hakim-al-zamili", "person:hassan-karim-al-kaabi", "خلفاً لحسن كريم",
       "2022-01-09"),
      ("MEMBER_OF", "person:hassan-karim-al-kaabi", PARL, "خلفاً لحسن كريم"),
      ("MEMBER_OF", "person:shakhawan-abdullah", KDP, "شاخوان عبد الله من الحزب"),
      ("MEMBER_OF", "person:shakhawan-abdullah", PARL, "بمنصب النائب الثاني"),
      ("MEMBER_OF", SOL, CF, "الذي يضم ائتلاف دولة القانون"),
      ("MEMBER_OF", FAT, CF, "وتحالف الفتح"),
      ("LEADS", MAL, SOL, "بزعامة نوري المالكي"),
      ("MET_WITH", HAL, SADR, "قد التقيا زعيم"),
      ("MET_WITH", KHAN, SADR, "قد التقيا زعيم"),
      ("LEADS", KHAN, AZM, "ورئيس تحالف عزم"),
      ("LEADS", SADR, "organization:sadrist-movement", "زعيم التيار الصدري"),
      ("LOCATED_IN", "location:hanana", "location:najaf", "بالحنانة في النجف"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2022-01-09"}),

    ("enBI3_halbousi_khanjar_in_erbil", "en",
     "ERBIL (Kurdistan24) \u2013 Kurdistan Democratic Party (KDP) leader Masoud Barzani on Sunday "
     "received Iraqi Parliament Speaker Mohammed al-Halbousi and Khamis al-Khanjar, the head of "
     "the Azm Alliance, in Erbil to discuss the formation of the next federal government. The "
     "meeting, also attended by KDP politburo secretary Fazil Mirani, came a day after the Kurdish "
     "leader met a Sadrist delegation led by Hassan al-Adhari, who heads the Sadrist bloc in "
     "parliament. According to a statement from Barzani's office, the sides agreed on the need for "
     "\u201ca national majority government.\u201d Esmail Qaani, the commander of the Iranian "
     "Revolutionary Guard Corps' Quds Force, had phoned Barzani earlier in the week, Iranian media "
     "reported. Qaani replaced Qasem Soleimani after the general and Abu Mahdi al-Muhandis were "
     "killed by a US drone strike in Baghdad two years ago.",
     [("LEADS", MAS, KDP, "Kurdistan Democratic Party (KDP) leader"),
      ("MET_WITH", MAS, HAL, "received Iraqi Parliament Speaker", "2022-01"),
      ("MET_WITH", MAS, KHAN, "received Iraqi Parliament Speaker", "2022-01"),
      ("LEADS", HAL, PARL, "Iraqi Parliament Speaker Mohammed"),
      ("LEADS", KHAN, AZM, "the head of the Azm Alliance"),
      ("VISITED", HAL, "location:erbil", "in Erbil to discuss", "2022-01"),
      ("VISITED", KHAN, "location:erbil", "in Erbil to discuss", "2022-01"),
      ("MEMBER_OF", "person:fazil-mirani", KDP, "KDP politburo secretary"),
      ("MET_WITH", MAS, "person:hassan-al-adhari", "leader met a Sadrist delegation", "2022-01"),
      ("LEADS", "person:hassan-al-adhari", "organization:sadrist-bloc", "who heads the Sadrist bloc"),
      ("LEADS", Q, QF, "the commander of the Iranian"),
      ("PART_OF", QF, IRGC, "Revolutionary Guard Corps' Quds Force"),
      ("SUCCESSOR_OF", Q, S, "Qaani replaced Qasem Soleimani"),
      ("ASSASSINATED_BY", S, US, "killed by a US drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "killed by a US drone strike", "2020-01-03"),
      ],
     {"source": "blind set (Kurdistan24 English-style)", "published": "2022-01"}),

    ("arBI4_court_ratifies_results", "ar",
     "بغداد ــ العربي الجديد\n"
     "صادقت المحكمة الاتحادية العليا في العراق، اليوم الاثنين، على النتائج النهائية للانتخابات "
     "التشريعية التي جرت في العاشر من أكتوبر/تشرين الأول، بعد أن ردّت الدعوى التي أقامها رئيس "
     "تحالف \"الفتح\" هادي العامري للطعن فيها. وقال رئيس المحكمة القاضي جاسم محمد عبود، في جلسة "
     "علنية، إن قراراتها \"باتّة وملزمة للسلطات كافة\". وسارع زعيم التيار الصدري مقتدى الصدر إلى "
     "الترحيب بالقرار، فيما كتب القيادي في التيار صالح محمد العراقي، المعروف بـ\"وزير القائد\"، "
     "أن \"زمن الثلث المعطِّل قد انتهى\". وعلم \"العربي الجديد\" من مصدر مقرّب من الإطار التنسيقي "
     "أن قائد فيلق القدس إسماعيل قاآني التقى العامريَّ ونوري المالكي في بغداد الأسبوع الماضي، في "
     "محاولة لتوحيد موقف القوى الشيعية. ويشغل قاآني منصبه منذ اغتيال سلفه قاسم سليماني بغارة "
     "أميركية قرب مطار بغداد. كما بحث السفير الإيراني إيرج مسجدي مع رئيس الجمهورية برهم صالح "
     "مسار تشكيل الحكومة.",
     [("LEADS", AMI, FAT, "تحالف \"الفتح\" هادي"),
      ("LEADS", "person:jassim-mohammed-aboud", "organization:federal-supreme-court",
       "رئيس المحكمة القاضي"),
      ("LEADS", SADR, "organization:sadrist-movement", "زعيم التيار الصدري"),
      ("MEMBER_OF", "person:saleh-mohammed-al-iraqi", "organization:sadrist-movement",
       "القيادي في التيار"),
      ("LEADS", Q, QF, "قائد فيلق القدس إسماعيل"),
      ("MET_WITH", Q, AMI, "التقى العامريَّ", "2021-12"),
      ("MET_WITH", Q, MAL, "التقى العامريَّ", "2021-12"),
      ("VISITED", Q, BGD, "في بغداد الأسبوع الماضي", "2021-12"),
      ("SUCCESSOR_OF", Q, S, "منذ اغتيال سلفه"),
      ("ASSASSINATED_BY", S, US, "بغارة أميركية", "2020-01-03"),
      ("MET_WITH", "person:iraj-masjedi", SAL, "كما بحث السفير الإيراني", "2021-12"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2021-12-27"}),

    ("enBI5_jaafar_al_sadr_failed_vote", "en",
     "Baghdad (AFP) - Iraq's parliament failed for a second time on Wednesday to elect a new "
     "president, after lawmakers loyal to the Iran-aligned Coordination Framework boycotted the "
     "session and deprived it of a two-thirds quorum. The vote would have cleared the way for "
     "Jaafar al-Sadr, Iraq's ambassador to Britain and a cousin of Moqtada al-Sadr, to be named "
     "prime minister in place of Mustafa al-Kadhimi, who took over from Adel Abdul Mahdi in May "
     "2020. The influential cleric received Jaafar at his home in Najaf's Hanana district last "
     "week. His bloc, which includes Speaker Mohammed al-Halbousi's Taqaddum party and the "
     "Kurdistan Democratic Party, backs Reber Ahmed, interior minister in the Kurdish regional "
     "government, for the presidency. Hezbollah's Iraq point man Mohammed Kawtharani held talks "
     "with Framework leaders in Baghdad this month, a politician close to the alliance told AFP, "
     "but failed to broker a deal.",
     [("SUCCESSOR_OF", K, AAM, "who took over from Adel", "2020-05"),
      ("MET_WITH", SADR, "person:jaafar-al-sadr", "The influential cleric received Jaafar", "2022-03"),
      ("LOCATED_IN", "location:hanana", "location:najaf", "Najaf's Hanana district"),
      ("LEADS", HAL, "organization:taqaddum-party", "Halbousi's Taqaddum party"),
      ("MEMBER_OF", "person:reber-ahmed", "organization:kurdistan-regional-government",
       "interior minister in the Kurdish regional"),
      ("MEMBER_OF", "person:mohammad-kawtharani", HEZ, "Hezbollah's Iraq point man"),
      ("MET_WITH", "person:mohammad-kawtharani", CF, "Kawtharani held talks", "2022-03"),
      ("VISITED", "person:mohammad-kawtharani", BGD, "with Framework leaders in Baghdad", "2022-03"),
      ],
     {"source": "blind set (AFP-style)", "published": "2022-03-30"}),

    ("arBI6_zebari_barred", "ar",
     "رووداو ديجيتال\n"
     "قررت المحكمة الاتحادية العليا، اليوم الأحد، منع مرشح الحزب الديمقراطي الكوردستاني هوشيار "
     "زيباري من الترشح لمنصب رئيس الجمهورية، على خلفية قضايا فساد تعود إلى فترة توليه وزارة "
     "المالية التي أُقيل منها بتصويت برلماني عام 2016. وقال المتحدث باسم رئاسة إقليم كوردستان "
     "دلشاد شهاب لرووداو إن «القرار سياسي بامتياز». وكان رئيس إقليم كوردستان نيجيرفان بارزاني قد "
     "استقبل في أربيل، الأسبوع الماضي، السفير الإيراني لدى العراق إيرج مسجدي، الذي التقى أيضاً "
     "زعيم الحزب الديمقراطي مسعود بارزاني، وبحث معهما ملف الرئاسة. ويتنافس زيباري مع الرئيس "
     "الحالي برهم صالح، مرشح الاتحاد الوطني الكوردستاني بزعامة بافل طالباني، والذي خلف فؤاد معصوم "
     "عام 2018. ويُتوقع أن يلتقي طالباني قائد فيلق القدس إسماعيل قآني في السليمانية خلال أيام، "
     "بحسب مصادر في الاتحاد.",
     [("MEMBER_OF", "person:hoshyar-zebari", KDP, "مرشح الحزب الديمقراطي الكوردستاني هوشيار"),
      ("MEMBER_OF", "person:dilshad-shahab", "organization:kurdistan-region-presidency",
       "المتحدث باسم رئاسة إقليم"),
      ("REPORTED_BY", "person:dilshad-shahab", "outlet:rudaw", "دلشاد شهاب لرووداو"),
      ("LEADS", NECH, "location:kurdistan-region", "وكان رئيس إقليم كوردستان"),
      ("MET_WITH", NECH, "person:iraj-masjedi", "استقبل في أربيل", "2022-02"),
      ("VISITED", "person:iraj-masjedi", "location:erbil", "استقبل في أربيل", "2022-02"),
      ("MET_WITH", "person:iraj-masjedi", MAS, "الذي التقى أيضاً", "2022-02"),
      ("LEADS", MAS, KDP, "زعيم الحزب الديمقراطي مسعود"),
      ("MEMBER_OF", SAL, "organization:patriotic-union-of-kurdistan", "مرشح الاتحاد الوطني"),
      ("LEADS", "person:bafel-talabani", "organization:patriotic-union-of-kurdistan",
       "بزعامة بافل طالباني"),
      ("SUCCESSOR_OF", SAL, "person:fuad-masum", "والذي خلف فؤاد معصوم", "2018"),
      ("LEADS", Q, QF, "قائد فيلق القدس إسماعيل"),
      ],
     {"source": "blind set (Rudaw Arabic-style)", "published": "2022-02-13"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBI")
