"""Blind set V: strikes and successions: the airport strike (Jan 2020), Sinwar after Haniyeh,
Pezeshkian after Raisi, Naim Qassem after Nasrallah, the Damascus consulate strike, al-Arouri
killed in Dahiyeh. Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setV/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout27/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW")

Q, S = "person:esmail-qaani", "person:qasem-soleimani"
M = "person:abu-mahdi-al-muhandis"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, T = "organization:popular-mobilization-forces", "person:donald-trump"
HZ, NQ, HN = "organization:hezbollah", "person:naim-qassem", "person:hassan-nasrallah"
IL, IDF, HAM = "country:israel", "organization:israel-defense-forces", "organization:hamas"
HAN, SIN = "person:ismail-haniyeh", "person:yahya-sinwar"

ARTICLES = [
    ("enV1_soleimany_airport_strike", "en",
     "BAGHDAD, Jan 3 (Reuters) - A U.S. air strike at Baghdad International Airport early on "
     "Friday killed Major General Qassem Soleimany, head of Iran's elite Quds Force, and Iraqi "
     "militia commander Abu Mahdi al-Muhandes, the Pentagon said, adding that the strike had "
     "been carried out on the orders of President Donald Trump. Also killed was Mohammed Ridha "
     "al-Jabri, the Popular Mobilization Forces' head of protocol, who had met Soleimany at the "
     "foot of the aircraft steps, a PMF official said. Muhandes, deputy chief of the Iran-backed "
     "PMF, once led Kataib Hezbollah. Iraq's caretaker Prime Minister Adel Abdul Mahdi condemned "
     "the killing. Iran's Supreme Leader Ayatollah Ali Khamenei vowed \u201charsh revenge\u201d "
     "and hours later named Soleimany's deputy, Esmail Qaani, to replace him. Two Katyusha "
     "rockets later landed near the airport; nobody claimed responsibility.",
     [("ASSASSINATED_BY", S, US, "A U.S. air strike", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "A U.S. air strike", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "on the orders of", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "on the orders of", "2020-01-03"),
      ("LEADS", S, QF, "head of Iran's elite"),
      ("ASSASSINATED_BY", "person:mohammed-ridha-al-jabri", US, "Also killed was",
       "2020-01-03"),
      ("ASSASSINATED_BY", "person:mohammed-ridha-al-jabri", T, "Also killed was",
       "2020-01-03"),
      ("MEMBER_OF", "person:mohammed-ridha-al-jabri", PMF, "head of protocol"),
      ("MET_WITH", "person:mohammed-ridha-al-jabri", S, "who had met Soleimany", "2020-01-03"),
      ("MEMBER_OF", M, PMF, "deputy chief of the Iran-backed"),
      ("SUPPORTS", "country:iran", PMF, "deputy chief of the Iran-backed"),
      ("LEADS", M, "organization:kataib-hezbollah", "once led"),
      ("LEADS", "person:adil-abdul-mahdi", "country:iraq", "caretaker Prime Minister"),
      ("LEADS", "person:ali-khamenei", "country:iran", "Iran's Supreme Leader"),
      ("SUCCESSOR_OF", Q, S, "to replace him", "2020-01-03"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-01-03"}),

    ("arV2_sinwar_after_haniyeh", "ar",
     "غزة ــ العربي الجديد\n"
     "أكد الجيش الإسرائيلي، مساء الخميس، أن قواته قتلت رئيس المكتب السياسي لحركة حماس يحيى "
     "السنوار في اشتباك بمدينة رفح جنوبي قطاع غزة. وكان السنوار قد اختير في أغسطس/آب الماضي "
     "خلفاً لإسماعيل هنية، الذي اغتيل في مقر إقامته بطهران بعد ساعات من لقائه المرشد الإيراني "
     "علي خامنئي. وحمّلت الحركة وطهران إسرائيل مسؤولية اغتيال هنية، من دون أن تعلن تل أبيب "
     "ذلك رسمياً. وقال القيادي في الحركة خليل الحية لـ\"العربي الجديد\" إن \"الاحتلال واهمٌ إن "
     "ظنّ أن المقاومة تنتهي باستشهاد قادتها\". وكان الحية قد التقى الأسبوع الماضي رئيس الوزراء "
     "القطري محمد بن عبد الرحمن آل ثاني لبحث مسار التهدئة، بحسب مصادر مطلعة. ولم تعلن الحركة "
     "بعد اسم خليفة السنوار، وسط ترجيحات بتشكيل مجلس قيادي مؤقت.",
     [("ASSASSINATED_BY", SIN, IDF, "أن قواته قتلت"),
      ("LEADS", SIN, HAM, "رئيس المكتب السياسي لحركة حماس"),
      ("SUCCESSOR_OF", SIN, HAN, "خلفاً لإسماعيل هنية", "2024-08"),
      ("VISITED", HAN, "country:iran", "في مقر إقامته بطهران"),
      ("MET_WITH", HAN, "person:ali-khamenei", "بعد ساعات من لقائه"),
      ("LEADS", "person:ali-khamenei", "country:iran", "المرشد الإيراني"),
      ("MEMBER_OF", "person:khalil-al-hayya", HAM, "القيادي في الحركة"),
      ("REPORTED_BY", "person:khalil-al-hayya", "outlet:al-araby-al-jadeed",
       "لـ\"العربي الجديد\""),
      ("MET_WITH", "person:khalil-al-hayya", "person:mohammed-bin-abdulrahman-al-thani",
       "وكان الحية قد التقى"),
      ("LEADS", "person:mohammed-bin-abdulrahman-al-thani", "country:qatar",
       "رئيس الوزراء القطري"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2024-10-17"}),

    ("enV3_pezeshkian_after_raisi", "en",
     "TEHRAN, Iran (AP) \u2014 Masoud Pezeshkian was sworn in as Iran's president on Tuesday, "
     "succeeding Ebrahim Raisi, the hard-line cleric who died in a helicopter crash in May along "
     "with Foreign Minister Hossein Amirabdollahian. Mohammad Mokhber, Iran's first vice "
     "president, had served as acting president after the crash, which officials blamed on "
     "bad weather. After the ceremony at parliament, Pezeshkian received Hamas political chief "
     "Ismail Haniyeh and Naim Kassem, the deputy leader of Lebanon's Hezbollah, state TV "
     "reported. Hours later, Haniyeh was killed in the guesthouse where he was staying in "
     "Tehran; Iran's Revolutionary Guard accused Israel. Ali Bagheri Kani, who took over from "
     "Amirabdollahian as acting foreign minister, is expected to be replaced by veteran "
     "negotiator Abbas Araghchi if lawmakers approve him.",
     [("LEADS", "person:masoud-pezeshkian", "country:iran", "sworn in as Iran's president",
       "2024-07-30"),
      ("SUCCESSOR_OF", "person:masoud-pezeshkian", "person:ebrahim-raisi", "succeeding Ebrahim",
       "2024-07-30"),
      ("LEADS", "person:ebrahim-raisi", "country:iran", "succeeding Ebrahim"),
      ("MEMBER_OF", "person:mohammad-mokhber", "organization:iranian-government",
       "Iran's first vice"),
      # acting holder after a death: a succession by the annotation convention (added in
      # session 10; enBM1 annotates the same fact)
      ("SUCCESSOR_OF", "person:mohammad-mokhber", "person:ebrahim-raisi",
       "had served as acting president", "2024-05"),
      ("MET_WITH", "person:masoud-pezeshkian", HAN, "Pezeshkian received Hamas", "2024-07-30"),
      ("LEADS", HAN, HAM, "Hamas political chief"),
      ("MET_WITH", "person:masoud-pezeshkian", NQ, "Pezeshkian received Hamas", "2024-07-30"),
      ("MEMBER_OF", NQ, HZ, "the deputy leader of"),
      ("VISITED", HAN, "country:iran", "where he was staying", "2024-07-30"),
      ("SUCCESSOR_OF", "person:ali-bagheri-kani", "person:hossein-amir-abdollahian",
       "took over from Amirabdollahian", "2024-05"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-07-30"}),

    ("arV4_qassem_after_nasrallah", "ar",
     "بيروت: «الشرق الأوسط»\n"
     "انتخب مجلس شورى «حزب الله» الشيخ نعيم قاسم أميناً عاماً للحزب، خلفاً لحسن نصر الله الذي "
     "اغتيل بغارة إسرائيلية على الضاحية الجنوبية في 27 سبتمبر (أيلول). وقُتل في الغارة نفسها "
     "نائب قائد العمليات في الحرس الثوري الإيراني العميد عباس نيلفروشان، وقائد الجبهة الجنوبية "
     "في الحزب علي كركي. كما أعلن الجيش الإسرائيلي أنه قتل رئيس المجلس التنفيذي للحزب هاشم صفي "
     "الدين في غارة مطلع أكتوبر (تشرين الأول)، وهو الذي كان يُنظر إليه بوصفه الخليفة المرجّح "
     "لنصر الله. وكان وزير الخارجية الإيراني عباس عراقجي قد وصل إلى بيروت في الرابع من أكتوبر، "
     "والتقى رئيس مجلس النواب نبيه بري ورئيس حكومة تصريف الأعمال نجيب ميقاتي. وقال مسؤول "
     "العلاقات الإعلامية في الحزب محمد عفيف إن قاسم \"سيواصل نهج السيد\".",
     [("LEADS", NQ, HZ, "أميناً عاماً للحزب", "2024-10-29"),
      ("SUCCESSOR_OF", NQ, HN, "خلفاً لحسن نصر الله", "2024-10-29"),
      ("LEADS", HN, HZ, "خلفاً لحسن نصر الله"),
      ("ASSASSINATED_BY", HN, IL, "اغتيل بغارة إسرائيلية", "2024-09-27"),
      ("ASSASSINATED_BY", "person:abbas-nilforoushan", IL, "في الغارة نفسها", "2024-09-27"),
      ("MEMBER_OF", "person:abbas-nilforoushan", IRGC, "نائب قائد العمليات"),
      ("ASSASSINATED_BY", "person:ali-karaki", IL, "في الغارة نفسها", "2024-09-27"),
      ("MEMBER_OF", "person:ali-karaki", HZ, "قائد الجبهة الجنوبية"),
      ("ASSASSINATED_BY", "person:hashem-safieddine", IDF, "أنه قتل رئيس", "2024-10"),
      ("MEMBER_OF", "person:hashem-safieddine", HZ, "أنه قتل رئيس"),
      ("VISITED", "person:abbas-araghchi", "location:beirut", "قد وصل إلى بيروت", "2024-10-04"),
      ("MET_WITH", "person:abbas-araghchi", "person:nabih-berri", "والتقى رئيس مجلس النواب",
       "2024-10-04"),
      ("MET_WITH", "person:abbas-araghchi", "person:najib-mikati", "والتقى رئيس مجلس النواب",
       "2024-10-04"),
      ("LEADS", "person:nabih-berri", "organization:lebanese-parliament",
       "والتقى رئيس مجلس النواب"),
      ("MEMBER_OF", "person:mohammad-afif", HZ, "مسؤول العلاقات الإعلامية"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2024-10-29"}),

    ("enV5_damascus_consulate_strike", "en",
     "DAMASCUS (Al Jazeera) - Israeli air strikes on Iran's consulate in Damascus on Monday "
     "killed Brigadier General Mohammad Reza Zahedi, a senior Quds Force commander in charge "
     "of Syria and Lebanon, and his deputy Mohammad Hadi Haji Rahimi, according to an IRGC "
     "statement carried by IRNA. The statement said five other officers died in the attack. "
     "Hossein Akbari, Iran's ambassador to Syria, told Al Jazeera that F-35 jets had fired six "
     "missiles at the building. A week later, Iran's Foreign Minister Hossein Amir-Abdollahian "
     "flew to Damascus, where he met President Bashar al-Assad and his Syrian counterpart "
     "Faisal Mekdad and reopened the consular section in a new building. Zahedi, a veteran of "
     "the Iran-Iraq war, had reportedly met Qassem Soleimani's successor, Esmail Qaani, weeks "
     "before he was killed.",
     [("ASSASSINATED_BY", "person:mohammad-reza-zahedi", IL, "Israeli air strikes",
       "2024-04-01"),
      ("ASSASSINATED_BY", "person:mohammad-hadi-haji-rahimi", IL, "Israeli air strikes",
       "2024-04-01"),
      ("ATTACKED", IL, "location:iranian-consulate-damascus", "Israeli air strikes",
       "2024-04-01"),
      ("LOCATED_IN", "location:iranian-consulate-damascus", "location:damascus",
       "Israeli air strikes"),
      ("MEMBER_OF", "person:mohammad-reza-zahedi", QF, "a senior Quds Force"),
      ("REPORTED_BY", IRGC, "outlet:irna", "carried by IRNA"),
      ("REPORTED_BY", "person:hossein-akbari", "outlet:al-jazeera", "told Al Jazeera"),
      ("VISITED", "person:hossein-amir-abdollahian", "location:damascus", "flew to Damascus",
       "2024-04-08"),
      ("MET_WITH", "person:hossein-amir-abdollahian", "person:bashar-al-assad",
       "flew to Damascus", "2024-04-08"),
      ("MET_WITH", "person:hossein-amir-abdollahian", "person:faisal-mekdad",
       "flew to Damascus", "2024-04-08"),
      ("MET_WITH", "person:mohammad-reza-zahedi", Q, "had reportedly met"),
      ("SUCCESSOR_OF", Q, S, "Soleimani's successor"),
      ],
     {"source": "blind set (Al Jazeera-style)", "published": "2024-04-08"}),

    ("arV6_arouri_dahiyeh", "ar",
     "بيروت (أ ف ب) - اغتيل نائب رئيس المكتب السياسي لحركة حماس صالح العاروري، مساء الثلاثاء، "
     "بضربة نفّذتها مسيّرة إسرائيلية على شقة في الضاحية الجنوبية لبيروت، بحسب ما أفاد مصدر أمني "
     "لبناني وكالة فرانس برس. وقُتل معه القياديان في كتائب القسام سمير فندي وعزام الأقرع. ولم "
     "يتبنَّ الجيش الإسرائيلي الضربة، لكن المتحدث باسمه دانيال هاغاري قال إن قواته \"في حالة "
     "جهوزية عالية\". وكان العاروري قد التقى في أكتوبر الماضي الأمين العام لحزب الله حسن نصر "
     "الله والأمين العام لحركة الجهاد الإسلامي زياد النخالة، في اجتماع بثّ الحزب صورته. ودان "
     "رئيس حكومة تصريف الأعمال اللبنانية نجيب ميقاتي الاغتيال، معتبراً إياه \"جريمة إسرائيلية "
     "جديدة\". من جهته، اتهم رئيس المكتب السياسي للحركة إسماعيل هنية إسرائيل بتنفيذ \"عمل "
     "إرهابي\".",
     [("ASSASSINATED_BY", "person:saleh-al-arouri", IL, "بضربة نفّذتها مسيّرة إسرائيلية",
       "2024-01-02"),
      ("MEMBER_OF", "person:saleh-al-arouri", HAM, "نائب رئيس المكتب السياسي"),
      ("ASSASSINATED_BY", "person:samir-fandi", IL, "وقُتل معه", "2024-01-02"),
      ("ASSASSINATED_BY", "person:azzam-al-aqraa", IL, "وقُتل معه", "2024-01-02"),
      ("MEMBER_OF", "person:samir-fandi", "organization:qassam-brigades", "وقُتل معه"),
      ("MEMBER_OF", "person:azzam-al-aqraa", "organization:qassam-brigades", "وقُتل معه"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "الضاحية الجنوبية لبيروت"),
      ("MEMBER_OF", "person:daniel-hagari", IDF, "المتحدث باسمه"),
      ("MET_WITH", "person:saleh-al-arouri", HN, "قد التقى في أكتوبر", "2023-10"),
      ("MET_WITH", "person:saleh-al-arouri", "person:ziad-al-nakhalah", "قد التقى في أكتوبر",
       "2023-10"),
      ("LEADS", HN, HZ, "قد التقى في أكتوبر"),
      ("LEADS", "person:ziad-al-nakhalah", "organization:palestinian-islamic-jihad",
       "الأمين العام لحركة الجهاد"),
      ("LEADS", "person:najib-mikati", "country:lebanon", "رئيس حكومة تصريف الأعمال"),
      ("LEADS", HAN, HAM, "رئيس المكتب السياسي للحركة"),
      ],
     {"source": "blind set (AFP-style)", "published": "2024-01-02"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setV")
