"""Blind set HX: Lebanon and Hezbollah 2024-2025 as wire-agency copy (datelines, terse sentences,
"said in a statement", attribution to officials and sources): Hezbollah confirms Nasrallah's death,
Sept 2024 (English); Naim Qassem elected secretary-general, Oct 2024 (Arabic); Hochstein and Birri
close in on a ceasefire, Nov 2024 (English); Ortagus at Baabda and Salam's government, Feb 2025
(Arabic); Araqchi meets Aoun, Berri, Salam and Rajji, June 2025 (English); civilians join the
ceasefire mechanism in Naqoura, Dec 2025 (Arabic).
Excluded on purpose: a "likely successor" (Safieddine), a congratulatory phone call (Araghchi to
Qassem), an envoy "due to travel" (Hochstein to Israel), a presidential candidate (Joseph Aoun in
Nov 2024), a scheduled meeting never confirmed (Ortagus-Berri), a planned withdrawal, a meeting that
did not happen plus a phone call (Araqchi-Qassem), a cancelled visit (Haykal to Washington), a
denial by Hezbollah.
Spellings: Hasan Nasrallah, Hashim Safieddine, Nabih Birri, Najib Miqati, Mohammed Afif, Abbas
Araqchi, جوزيف عون, مورجان أورتاجوس, عراقتشي, نصرالله.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hy import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, LEBANON, ISR, USA, FRANCE, SYRIA = ("country:iran", "country:lebanon", "country:israel",
                                          "country:united-states", "country:france", "country:syria")
HEZ, AMAL, HEZEXEC, HEZMEDIA, RADWAN, LOYALTY = (
    "organization:hezbollah", "organization:amal-movement", "organization:hezbollah-executive-council",
    "organization:hezbollah-media-relations", "organization:radwan-force",
    "organization:loyalty-to-the-resistance-bloc")
LEBGOV, LEBPARL, LEBARMY, LEBFM, LEBPRES, MARADA = (
    "organization:lebanese-government", "organization:lebanese-parliament", "organization:lebanese-army",
    "organization:lebanese-foreign-ministry", "organization:lebanese-presidency", "organization:marada-movement")
IDF, ISRGOV, ISRDEF, ISRNSC = ("organization:israel-defense-forces", "organization:israeli-government",
                               "organization:israeli-defense-ministry",
                               "organization:israeli-national-security-council")
IRFM, SNSC, IRPARL, IRGC, IRNSCOM = ("organization:iranian-foreign-ministry",
                                     "organization:supreme-national-security-council",
                                     "organization:iranian-parliament", "organization:irgc",
                                     "organization:iranian-parliament-national-security-committee")
MECH, UNIFIL, CENTCOM, ICJ, PMF, EGFM = (
    "organization:ceasefire-mechanism", "organization:unifil", "organization:us-central-command",
    "organization:international-court-of-justice", "organization:popular-mobilization-forces",
    "organization:egyptian-foreign-ministry")
BEIRUT, DAHIYEH, HARETHREIK, RASNABAA, BAABDA, SERAIL, AINTINEH = (
    "location:beirut", "location:dahiyeh", "location:haret-hreik", "location:ras-al-nabaa",
    "location:baabda-palace", "location:grand-serail", "location:ain-el-tineh")
AIRPORT, NAQOURA, YARZE, SOUTHLEB, SHEBAA, DAMASCUS, CAIRO, CCSC = (
    "location:beirut-airport", "location:naqoura", "location:yarze", "location:south-lebanon",
    "location:shebaa-farms", "location:damascus", "location:cairo", "location:camille-chamoun-sports-city")
NAHAR, REUTERS, AFP, AP, IRNA, MANAR, FIGARO = ("outlet:an-nahar", "outlet:reuters", "outlet:afp", "outlet:ap",
                                               "outlet:irna", "outlet:al-manar", "outlet:le-figaro")

NASR, SAFI, NQASSEM, KARAKI, NILF, AQIL, AFIF, TABA = (
    "person:hassan-nasrallah", "person:hashem-safieddine", "person:naim-qassem", "person:ali-karaki",
    "person:abbas-nilforoushan", "person:ibrahim-aqil", "person:mohammad-afif", "person:haytham-ali-tabatabai")
RAAD, HFADL, KHALIL, HAIDAR = ("person:mohammad-raad", "person:hassan-fadlallah", "person:ali-hassan-khalil",
                               "person:mohammad-haidar")
BERRI, MIKATI, JAOUN, MAOUN, SALAM, HAYKAL, RAJJI, BOUHABIB = (
    "person:nabih-berri", "person:najib-mikati", "person:joseph-aoun", "person:michel-aoun", "person:nawaf-salam",
    "person:rodolphe-haykal", "person:youssef-rajji", "person:abdallah-bou-habib")
MORCOS, NAJAT, RAHAL, KARAM, FRANGIEH, AZOUR = (
    "person:paul-morcos", "person:najat-charafeddine", "person:andre-rahal", "person:simon-karam",
    "person:suleiman-frangieh", "person:jihad-azour")
ARAGHCHI, LARIJANI, GHALIBAF, KHAM, VELAYATI, AMANI, BAGHAEI, AZIZI = (
    "person:abbas-araghchi", "person:ali-larijani", "person:mohammad-bagher-ghalibaf", "person:ali-khamenei",
    "person:ali-akbar-velayati", "person:mojtaba-amani", "person:esmaeil-baghaei", "person:ebrahim-azizi")
HOCHSTEIN, ORTAGUS, BARRACK, JOHNSON, JEFFERS, LEENEY, COOPER, KURILLA, TRUMP = (
    "person:amos-hochstein", "person:morgan-ortagus", "person:tom-barrack", "person:lisa-johnson",
    "person:jasper-jeffers", "person:michael-leeney", "person:brad-cooper", "person:michael-kurilla",
    "person:donald-trump")
LEDRIAN, MACRON, PONCHIN, YAZID, ABDELATTY, ASSAD, FAYYADH = (
    "person:jean-yves-le-drian", "person:emmanuel-macron", "person:guillaume-ponchin", "person:yazid-bin-farhan",
    "person:badr-abdelatty", "person:bashar-al-assad", "person:falih-al-fayyadh")
NETANYAHU, GALLANT, HAGARI, RESNICK = ("person:benjamin-netanyahu", "person:yoav-gallant", "person:daniel-hagari",
                                       "person:uri-resnick")

ARTICLES = [
    ("enHX1_hezbollah_confirms_nasrallah_killed", "en",
     "Hezbollah confirms leader Nasrallah killed in Israeli strike\n"
     "BEIRUT, Sept 28 (Reuters) - Lebanon's Hezbollah confirmed on Saturday that its leader Sayyed Hasan "
     "Nasrallah had been killed, hours after the Israeli military said it had eliminated him in an air strike "
     "on the group's central headquarters in Beirut's southern suburbs.\n"
     "Israeli military spokesman Rear Adm. Daniel Hagari said the strike on Friday evening also killed Ali "
     "Karaki, commander of Hezbollah's southern front, and other commanders.\n"
     "Iran said Brigadier General Abbas Nilforoushan, a deputy commander of the Revolutionary Guards, died "
     "in the same attack.\n"
     "\"The leadership of Hezbollah will continue its jihad,\" the group said in a statement, without naming "
     "a successor.\n"
     "Hashim Safieddine, a cousin of Nasrallah who heads the group's executive council, is widely seen as the "
     "likely successor, sources close to the group said.\n"
     "Iran's Supreme Leader Ayatollah Ali Khamenei was moved to a secure location inside the country, two "
     "regional officials told Reuters.",
     [("ASSASSINATED_BY", NASR, ISR, "Nasrallah killed in Israeli strike", "2024-09-27"),
      ("LEADS", NASR, HEZ, "its leader Sayyed Hasan"),
      ("ASSASSINATED_BY", NASR, IDF, "the Israeli military said it had eliminated him", "2024-09-27"),
      ("ATTACKED", IDF, DAHIYEH, "in Beirut's southern suburbs", "2024-09-27"),
      ("MEMBER_OF", HAGARI, IDF, "Israeli military spokesman Rear Adm."),
      ("ASSASSINATED_BY", KARAKI, IDF, "also killed Ali", "2024-09-27"),
      ("MEMBER_OF", KARAKI, HEZ, "commander of Hezbollah's southern front"),
      ("ASSASSINATED_BY", NILF, IDF, "died in the same attack", "2024-09-27"),
      ("MEMBER_OF", NILF, IRGC, "a deputy commander of the Revolutionary Guards"),
      ("LEADS", SAFI, HEZEXEC, "heads the group's executive council"),
      ("LEADS", KHAM, IRAN, "Iran's Supreme Leader Ayatollah"),
      ("REPORTED_BY", KHAM, REUTERS, "two regional officials told Reuters"),
      ],
     {"source": "blind set (wire, English)", "published": "2024-09-28"}),

    ("arHX2_qassem_elected_secretary_general", "ar",
     "«حزب الله» ينتخب نعيم قاسم أميناً عاماً بعد شهر على مقتل نصرالله\n"
     "بيروت 29-10-2024 (أ ف ب) - أعلن «حزب الله» اللبناني الثلاثاء أن مجلس شوراه انتخب الشيخ نعيم قاسم "
     "أميناً عاماً له خلفاً للسيد حسن نصرالله الذي قُتل بضربة إسرائيلية في 27 أيلول/سبتمبر.\n"
     "وقال الحزب في بيان إن قاسم، الذي شغل منصب نائب الأمين العام منذ العام 1991، «سيحمل راية المسيرة».\n"
     "ويأتي انتخابه بعد أسبوع من إعلان الجيش الإسرائيلي أنه قتل رئيس المجلس التنفيذي هاشم صفي الدين، الذي "
     "كان يُعدّ المرشح الأوفر حظاً للمنصب، في غارة على الضاحية الجنوبية مطلع الشهر.\n"
     "وكتب وزير الدفاع الإسرائيلي يوآف غالانت على منصة «إكس» أن التعيين «مؤقت ولن يدوم طويلاً».\n"
     "من جهته، قال رئيس لجنة الأمن القومي في البرلمان الإيراني إبراهيم عزيزي إن «المقاومة باقية»، فيما "
     "اتصل وزير الخارجية الإيراني عباس عراقتشي بقاسم مهنئاً، بحسب وكالة «إرنا».",
     [("LEADS", NQASSEM, HEZ, "انتخب الشيخ نعيم قاسم", "2024-10-29"),
      ("SUCCESSOR_OF", NQASSEM, NASR, "أميناً عاماً له خلفاً للسيد", "2024-10-29"),
      ("ASSASSINATED_BY", NASR, ISR, "الذي قُتل بضربة إسرائيلية", "2024-09-27"),
      ("MEMBER_OF", NQASSEM, HEZ, "الذي شغل منصب نائب الأمين العام"),
      ("ASSASSINATED_BY", SAFI, IDF, "إعلان الجيش الإسرائيلي أنه قتل", "2024-10-03"),
      ("LEADS", SAFI, HEZEXEC, "رئيس المجلس التنفيذي هاشم"),
      ("ATTACKED", IDF, DAHIYEH, "في غارة على الضاحية الجنوبية", "2024-10-03"),
      ("LEADS", GALLANT, ISRDEF, "وزير الدفاع الإسرائيلي يوآف"),
      ("LEADS", AZIZI, IRNSCOM, "رئيس لجنة الأمن القومي في البرلمان"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني عباس"),
      ("REPORTED_BY", ARAGHCHI, IRNA, "بحسب وكالة «إرنا»"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2024-10-29"}),

    ("enHX3_hochstein_birri_ceasefire_talks", "en",
     "U.S. envoy reports \"further progress\" after second day of talks with Lebanon's Birri\n"
     "BEIRUT, Nov 20 (AP) - U.S. envoy Amos Hochstein met Lebanon's parliament speaker Nabih Birri for a "
     "second straight day on Wednesday, saying talks on a ceasefire between Israel and Hezbollah had made "
     "\"further progress\".\n"
     "Hochstein, who had also held talks with caretaker Prime Minister Najib Miqati in Beirut on Tuesday, "
     "was due to travel to Israel on Thursday, the U.S. Embassy said in a statement.\n"
     "Birri, a Hezbollah ally who heads the Amal movement, has been mandated by the militant group to "
     "negotiate on its behalf.\n"
     "Ali Hassan Khalil, a lawmaker and Birri's top aide who attended both meetings with the envoy, told The "
     "Associated Press that \"the remaining gaps are technical\".\n"
     "Israeli strikes continued overnight; on Sunday a strike killed Hezbollah's chief spokesman Mohammed "
     "Afif in Beirut's Ras al-Nabaa district, and the Israeli military later said it had carried it out.\n"
     "Lebanese army commander Gen. Joseph Aoun, whose troops would deploy in the south under a deal, is "
     "widely touted as a presidential candidate.",
     [("MET_WITH", HOCHSTEIN, BERRI, "met Lebanon's parliament speaker", "2024-11-20"),
      ("LEADS", BERRI, LEBPARL, "Lebanon's parliament speaker Nabih"),
      ("MET_WITH", HOCHSTEIN, MIKATI, "had also held talks with caretaker", "2024-11-19"),
      ("VISITED", HOCHSTEIN, BEIRUT, "in Beirut on Tuesday", "2024-11-19"),
      ("LEADS", MIKATI, LEBGOV, "caretaker Prime Minister Najib"),
      ("LEADS", BERRI, AMAL, "heads the Amal movement"),
      ("MEMBER_OF", KHALIL, LEBPARL, "a lawmaker and Birri's top aide"),
      ("MET_WITH", KHALIL, HOCHSTEIN, "attended both meetings with the envoy", "2024-11-19"),
      ("MET_WITH", KHALIL, BERRI, "attended both meetings with the envoy", "2024-11-19"),
      ("REPORTED_BY", KHALIL, AP, "told The Associated Press"),
      ("MEMBER_OF", AFIF, HEZ, "Hezbollah's chief spokesman Mohammed"),
      ("ASSASSINATED_BY", AFIF, IDF, "the Israeli military later said it had carried it out", "2024-11-17"),
      ("ATTACKED", IDF, RASNABAA, "in Beirut's Ras al-Nabaa district", "2024-11-17"),
      ("LEADS", JAOUN, LEBARMY, "Lebanese army commander Gen. Joseph"),
      ],
     {"source": "blind set (wire, English)", "published": "2024-11-20"}),

    ("arHX4_ortagus_baabda_salam_government", "ar",
     "الرئيس اللبناني يستقبل أورتاجوس... وسلام يعلن حكومته\n"
     "بيروت (رويترز) - استقبل الرئيس اللبناني جوزيف عون في قصر بعبدا يوم الجمعة نائبة المبعوث الأميركي "
     "الخاص إلى الشرق الأوسط مورجان أورتاجوس، في أول زيارة لمسؤول في إدارة الرئيس دونالد ترامب إلى لبنان.\n"
     "وقالت الرئاسة اللبنانية في بيان إن اللقاء تناول انسحاب القوات الإسرائيلية من الجنوب المقرر في 18 "
     "شباط/فبراير.\n"
     "وأثارت أورتاجوس غضب «حزب الله» حين قالت للصحفيين بعد اللقاء إن الحزب «هُزم عسكرياً» وإن واشنطن لن "
     "تقبل بمشاركته في الحكومة، فردّت المتحدثة باسم الرئاسة نجاة شرف الدين بأن بعض ما قيل «يعبّر عن وجهة "
     "نظرها» ولا يُلزم بعبدا.\n"
     "وكان من المقرر أن تلتقي المبعوثة رئيس مجلس النواب نبيه بري، لكن مكتبه لم يؤكد حصول اللقاء.\n"
     "وفي وقت لاحق السبت، أعلن رئيس الوزراء نواف سلام تشكيل حكومة من 24 وزيراً خلفاً لحكومة نجيب ميقاتي "
     "التي كانت تصرّف الأعمال منذ أيار/مايو 2022.",
     [("LEADS", JAOUN, LEBANON, "استقبل الرئيس اللبناني جوزيف"),
      ("MET_WITH", JAOUN, ORTAGUS, "استقبل الرئيس اللبناني جوزيف", "2025-02-07"),
      ("VISITED", ORTAGUS, BAABDA, "في قصر بعبدا يوم الجمعة", "2025-02-07"),
      ("VISITED", ORTAGUS, LEBANON, "في أول زيارة لمسؤول", "2025-02-07"),
      ("LEADS", TRUMP, USA, "إدارة الرئيس دونالد ترامب"),
      ("MEMBER_OF", NAJAT, LEBPRES, "المتحدثة باسم الرئاسة نجاة"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه"),
      ("LEADS", SALAM, LEBGOV, "أعلن رئيس الوزراء نواف", "2025-02-08"),
      ("SUCCESSOR_OF", SALAM, MIKATI, "خلفاً لحكومة نجيب", "2025-02-08"),
      ("LEADS", MIKATI, LEBGOV, "لحكومة نجيب ميقاتي"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2025-02-08"}),

    ("enHX5_araqchi_meets_aoun", "en",
     "Iran's Araqchi meets Lebanon's Aoun, offers help with reconstruction\n"
     "BEIRUT, June 3 (AFP) - Iranian Foreign Minister Abbas Araqchi met Lebanese President Joseph Aoun on "
     "Tuesday, on his first visit to Beirut since the country's new leadership took office, the presidency "
     "said in a statement.\n"
     "Aoun told his guest that Lebanon wanted relations with Iran based on \"mutual respect and "
     "non-interference\", the statement said.\n"
     "Araqchi also held talks with Parliament Speaker Nabih Berri and Prime Minister Nawaf Salam, and met "
     "his Lebanese counterpart Youssef Rajji at the foreign ministry, where the two men gave a joint news "
     "conference.\n"
     "He arrived from Cairo, where he held talks on Monday with Egyptian Foreign Minister Badr Abdelatty, "
     "foreign ministry spokesman Esmaeil Baghaei said.\n"
     "Araqchi did not meet Hezbollah chief Naim Qassem during the visit, a source close to the group said, "
     "adding that the two men had spoken by phone.",
     [("LEADS", ARAGHCHI, IRFM, "Iranian Foreign Minister Abbas"),
      ("MET_WITH", ARAGHCHI, JAOUN, "met Lebanese President Joseph Aoun", "2025-06-03"),
      ("LEADS", JAOUN, LEBANON, "Lebanese President Joseph"),
      ("VISITED", ARAGHCHI, BEIRUT, "his first visit to Beirut", "2025-06-03"),
      ("MET_WITH", ARAGHCHI, BERRI, "also held talks with Parliament Speaker", "2025-06-03"),
      ("LEADS", BERRI, LEBPARL, "Parliament Speaker Nabih"),
      ("MET_WITH", ARAGHCHI, SALAM, "and Prime Minister Nawaf", "2025-06-03"),
      ("LEADS", SALAM, LEBGOV, "Prime Minister Nawaf Salam"),
      ("MET_WITH", ARAGHCHI, RAJJI, "met his Lebanese counterpart", "2025-06-03"),
      ("LEADS", RAJJI, LEBFM, "his Lebanese counterpart Youssef"),
      ("VISITED", ARAGHCHI, CAIRO, "He arrived from Cairo", "2025-06-02"),
      ("MET_WITH", ARAGHCHI, ABDELATTY, "held talks on Monday with Egyptian", "2025-06-02"),
      ("LEADS", ABDELATTY, EGFM, "Egyptian Foreign Minister Badr"),
      ("MEMBER_OF", BAGHAEI, IRFM, "foreign ministry spokesman Esmaeil"),
      ("LEADS", NQASSEM, HEZ, "Hezbollah chief Naim"),
      ],
     {"source": "blind set (wire, English)", "published": "2025-06-03"}),

    ("arHX6_mechanism_naqoura_civilians", "ar",
     "مدنيون للمرة الأولى في لجنة «الميكانيزم» في الناقورة\n"
     "الناقورة (لبنان) 3 كانون الأول (رويترز) - عقدت لجنة مراقبة وقف إطلاق النار في جنوب لبنان، المعروفة "
     "بـ«الميكانيزم»، اجتماعها الأربعاء في مقر قوة الأمم المتحدة المؤقتة في الناقورة بمشاركة مدنيين للمرة "
     "الأولى، إذ ترأس الوفد اللبناني السفير السابق لدى واشنطن سيمون كرم، فيما مثّل إسرائيل المسؤول في "
     "مجلس الأمن القومي أوري ريسنيك.\n"
     "وحضرت المبعوثة الأميركية مورغان أورتاغوس الاجتماع مع كرم وريسنيك، وفق بيان للسفارة الأميركية.\n"
     "وكان الرئيس اللبناني جوزاف عون قد استقبل كرم في بعبدا الثلاثاء وزوّده «بتوجيهات واضحة»، بحسب بيان "
     "للرئاسة.\n"
     "ويأتي الاجتماع بعد عشرة أيام من مقتل القيادي العسكري في «حزب الله» هيثم علي الطبطبائي بغارة على حارة "
     "حريك قال الجيش الإسرائيلي إنه نفّذها.\n"
     "وكانت زيارة مقررة لقائد الجيش العماد رودولف هيكل إلى واشنطن قد أُلغيت الشهر الماضي بعد انتقادات "
     "مشرّعين أميركيين لبيان صادر عن الجيش.\n"
     "وقال النائب حسن فضل الله إن إشراك مدنيين «تنازل مجاني»، نافياً أن يكون الحزب قد وافق عليه مسبقاً.",
     [("LOCATED_IN", UNIFIL, NAQOURA, "مقر قوة الأمم المتحدة المؤقتة في الناقورة"),
      ("MEMBER_OF", KARAM, MECH, "ترأس الوفد اللبناني السفير"),
      ("MEMBER_OF", RESNICK, ISRNSC, "المسؤول في مجلس الأمن القومي أوري"),
      ("MET_WITH", KARAM, RESNICK, "ترأس الوفد اللبناني السفير", "2025-12-03"),
      ("MET_WITH", ORTAGUS, KARAM, "الاجتماع مع كرم وريسنيك", "2025-12-03"),
      ("MET_WITH", ORTAGUS, RESNICK, "الاجتماع مع كرم وريسنيك", "2025-12-03"),
      ("LEADS", JAOUN, LEBANON, "الرئيس اللبناني جوزاف"),
      ("MET_WITH", JAOUN, KARAM, "قد استقبل كرم في بعبدا", "2025-12-02"),
      ("VISITED", KARAM, BAABDA, "قد استقبل كرم في بعبدا", "2025-12-02"),
      ("MEMBER_OF", TABA, HEZ, "القيادي العسكري في «حزب الله»"),
      ("ASSASSINATED_BY", TABA, IDF, "قال الجيش الإسرائيلي إنه نفّذها", "2025-11-23"),
      ("ATTACKED", IDF, HARETHREIK, "بغارة على حارة", "2025-11-23"),
      ("LEADS", HAYKAL, LEBARMY, "لقائد الجيش العماد رودولف"),
      ("MEMBER_OF", HFADL, LEBPARL, "وقال النائب حسن"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2025-12-03"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHX")
