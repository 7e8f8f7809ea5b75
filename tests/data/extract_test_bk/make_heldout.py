"""Blind set BK: Iranian diplomats on tour 2023-2025 - Amirabdollahian meets Haniyeh and the
emir in Doha (Oct 2023), Nasrallah receives Amir-Abdollahian in Beirut (Oct 2023), Raisi in
Damascus (May 2023), Aref meets al-Sudani at the Riyadh summit (Nov 2024), Araqchi in Beirut
with Aoun, Salam and Berri (June 2025), Araghchi received by Assad in Damascus (Oct 2024).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setBK/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_bk/make_heldout.py
"""

# ruff: noqa: F405  (the entity ids come from blind_common_bm)
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_common_bm import *  # noqa: E402,F401,F403

HERE = Path(__file__).parent

ARTICLES = [
    ("enBK1_amirabdollahian_haniyeh_doha", "en",
     "DOHA, Oct 14 (Reuters) - Iranian Foreign Minister Hossein Amirabdollahian met Hamas "
     "political chief Ismail Haniyeh in Doha on Saturday, the Iranian foreign ministry said, a "
     "week after the group's attack on southern Israel. Amirabdollahian, who arrived from Beirut, "
     "was earlier received by Qatar's Emir Sheikh Tamim bin Hamad al-Thani and also held talks "
     "with Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman al-Thani. Qatari "
     "foreign ministry spokesman Majed al-Ansari told Reuters that Doha was \u201cin constant "
     "contact\u201d with all sides over the hostages. Haniyeh, who succeeded Khaled Meshaal as "
     "head of Hamas's political bureau in 2017, has lived between Doha and Istanbul for years. "
     "Israel's military said on Saturday its aircraft had killed Ali Qadi, a commander of "
     "Hamas's elite Nukhba force, in Gaza. A meeting between Amirabdollahian and Egypt's foreign "
     "minister, which had been planned for the same trip, did not take place.",
     [("MET_WITH", AA, HAN, "met Hamas political chief", "2023-10-14"),
      ("LEADS", HAN, HAMAS, "met Hamas political chief"),
      ("VISITED", AA, "location:doha", "Ismail Haniyeh in Doha on Saturday", "2023-10-14"),
      ("ATTACKED", HAMAS, ISR, "the group's attack on southern Israel", "2023-10-07"),
      ("VISITED", AA, "location:beirut", "who arrived from Beirut"),
      ("MET_WITH", AA, TAMIM, "was earlier received by Qatar", "2023-10-14"),
      ("LEADS", TAMIM, "country:qatar", "was earlier received by Qatar"),
      ("MET_WITH", AA, MBAT, "also held talks with Prime Minister", "2023-10-14"),
      ("MEMBER_OF", "person:majed-al-ansari", "organization:qatari-foreign-ministry",
       "foreign ministry spokesman Majed"),
      ("REPORTED_BY", "person:majed-al-ansari", "outlet:reuters", "told Reuters"),
      ("SUCCESSOR_OF", HAN, "person:khaled-meshaal", "who succeeded Khaled Meshaal", "2017"),
      ("LEADS", "person:khaled-meshaal", HAMAS, "who succeeded Khaled Meshaal"),
      ("ASSASSINATED_BY", "person:ali-qadi", IDF, "its aircraft had killed Ali Qadi"),
      ("MEMBER_OF", "person:ali-qadi", HAMAS, "a commander of Hamas's elite Nukhba"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2023-10-14"}),

    ("arBK2_nasrallah_receives_amir_abdollahian", "ar",
     "بيروت – «المنار»\n"
     "استقبل الأمين العام لحزب الله سماحة السيد حسن نصرالله، مساء الجمعة، وزير خارجية "
     "الجمهورية الإسلامية في إيران حسين أمير عبداللهيان والوفد المرافق له، بحضور السفير "
     "الإيراني في لبنان مجتبى أماني، وجرى استعراض آخر التطورات في غزة وعلى الحدود الجنوبية. "
     "وكان أمير عبداللهيان قد وصل إلى بيروت قادماً من بغداد، حيث التقى رئيسَ الوزراء العراقي "
     "محمد شياع السوداني، ثم التقى في السراي الحكومي رئيس حكومة تصريف الأعمال نجيب ميقاتي، كما "
     "اجتمع بالأمين العام لحركة الجهاد الإسلامي زياد النخالة وبنائب رئيس المكتب السياسي لحركة "
     "حماس صالح العاروري. وقال المعاون السياسي للأمين العام لحزب الله الحاج حسين الخليل "
     "لـ«المنار» إن اللقاء «كان مطوّلاً وإيجابياً». وأجرى الوزير الإيراني اتصالاً هاتفياً "
     "بإسماعيل هنية. يُذكر أن السيد نصرالله تولّى الأمانة العامة للحزب عام 1992 خلفاً للسيد "
     "عباس الموسوي، الذي اغتالته مروحيات إسرائيلية في الجنوب.",
     [("LEADS", NAS, HEZ, "استقبل الأمين العام لحزب الله"),
      ("MET_WITH", NAS, AA, "استقبل الأمين العام لحزب الله", "2023-10-13"),
      ("VISITED", AA, "location:beirut", "قد وصل إلى بيروت", "2023-10-13"),
      ("VISITED", AA, "location:baghdad", "قادماً من بغداد، حيث التقى", "2023-10-12"),
      ("MET_WITH", AA, SUD, "حيث التقى رئيسَ الوزراء العراقي", "2023-10-12"),
      ("LEADS", SUD, "country:iraq", "حيث التقى رئيسَ الوزراء العراقي"),
      ("MET_WITH", AA, MIK, "ثم التقى في السراي الحكومي", "2023-10-13"),
      ("MET_WITH", AA, "person:ziad-al-nakhalah", "اجتمع بالأمين العام لحركة الجهاد"),
      ("LEADS", "person:ziad-al-nakhalah", "organization:palestinian-islamic-jihad",
       "اجتمع بالأمين العام لحركة الجهاد"),
      ("MET_WITH", AA, "person:saleh-al-arouri", "وبنائب رئيس المكتب السياسي"),
      ("MEMBER_OF", "person:saleh-al-arouri", HAMAS, "وبنائب رئيس المكتب السياسي"),
      ("MEMBER_OF", "person:hussein-khalil", HEZ, "المعاون السياسي للأمين العام"),
      ("REPORTED_BY", "person:hussein-khalil", "outlet:al-manar", "لـ«المنار» إن"),
      ("SUCCESSOR_OF", NAS, "person:abbas-al-musawi", "خلفاً للسيد", "1992"),
      ("LEADS", "person:abbas-al-musawi", HEZ, "تولّى الأمانة العامة للحزب"),
      ("ASSASSINATED_BY", "person:abbas-al-musawi", ISR, "اغتالته مروحيات إسرائيلية", "1992"),
      ],
     {"source": "blind set (Al-Manar-style)", "published": "2023-10-13"}),

    ("enBK3_raisi_in_damascus", "en",
     "DAMASCUS (AFP) - Iranian President Ebrahim Raisi arrived in Damascus on Wednesday for talks "
     "with Syrian leader Bashar al-Assad, the first visit by an Iranian head of state since the "
     "civil war erupted in 2011. Raisi was greeted at the airport by Prime Minister Hussein Arnous "
     "before heading to the presidential palace, where Assad received him and the two signed a "
     "long-term strategic cooperation plan, state news agency SANA said. The Iranian leader, who "
     "took office in 2021 after succeeding Hassan Rouhani, is accompanied by Foreign Minister "
     "Hossein Amir-Abdollahian, Oil Minister Javad Owji and Roads Minister Mehrdad Bazrpash. "
     "Tehran has been Assad's main backer throughout the war, sending military advisers under "
     "the late Quds Force commander Qassem Soleimani, who was killed in a US drone strike in "
     "Baghdad in January 2020. Israel has carried out hundreds of air strikes on Iran-linked "
     "targets in Syria.",
     [("LEADS", RAISI, "country:iran", "Iranian President Ebrahim Raisi"),
      ("VISITED", RAISI, "location:damascus", "arrived in Damascus on Wednesday", "2023-05-03"),
      ("LEADS", ASSAD, "country:syria", "Syrian leader Bashar"),
      ("MET_WITH", RAISI, ASSAD, "where Assad received him", "2023-05-03"),
      ("MET_WITH", RAISI, "person:hussein-arnous", "was greeted at the airport by", "2023-05-03"),
      ("SUCCESSOR_OF", RAISI, "person:hassan-rouhani", "after succeeding Hassan Rouhani", "2021"),
      ("VISITED", AA, "location:damascus", "is accompanied by Foreign Minister", "2023-05-03"),
      ("VISITED", "person:javad-owji", "location:damascus", "is accompanied by Foreign Minister",
       "2023-05-03"),
      ("VISITED", "person:mehrdad-bazrpash", "location:damascus",
       "is accompanied by Foreign Minister", "2023-05-03"),
      ("SUPPORTS", "country:iran", ASSAD, "Tehran has been Assad's main backer"),
      ("LEADS", S, QF, "the late Quds Force commander"),
      ("ASSASSINATED_BY", S, US, "killed in a US drone strike", "2020-01-03"),
      ],
     {"source": "blind set (AFP-style)", "published": "2023-05-03"}),

    ("arBK4_aref_sudani_riyadh_summit", "ar",
     "الرياض: «الشرق الأوسط»\n"
     "التقى رئيس مجلس الوزراء العراقي محمد شياع السوداني، الاثنين، النائبَ الأول للرئيس الإيراني "
     "محمد رضا عارف، على هامش القمة العربية الإسلامية غير العادية في الرياض، وبحث الجانبان «خطر "
     "توسع الحرب» إلى العراق. ويرأس عارف وفد بلاده إلى القمة بدلاً من الرئيس مسعود بزشكيان، وقد "
     "استقبله ولي العهد السعودي الأمير محمد بن سلمان، في أرفع لقاء من نوعه منذ استئناف العلاقات. "
     "وكان عارف قد عُيّن في منصبه في أغسطس (آب) خلفاً لمحمد مخبر، الذي تولى الرئاسة بالوكالة بعد "
     "مصرع إبراهيم رئيسي في تحطم مروحية. وقال مستشار رئيس الوزراء العراقي للعلاقات الخارجية فرهاد "
     "علاء الدين لـ«الشرق الأوسط» إن السوداني «اجتمع أيضاً برئيس حكومة تصريف الأعمال اللبنانية "
     "نجيب ميقاتي». وتنعقد القمة بعد أسابيع من اغتيال إسرائيل الأمين العام لـ«حزب الله» حسن نصر "
     "الله في الضاحية الجنوبية لبيروت، ومن تولّي نعيم قاسم الأمانة العامة خلفاً له.",
     [("LEADS", SUD, "country:iraq", "التقى رئيس مجلس الوزراء العراقي"),
      ("MET_WITH", SUD, "person:mohammad-reza-aref", "التقى رئيس مجلس الوزراء العراقي",
       "2024-11-11"),
      ("MEMBER_OF", "person:mohammad-reza-aref", "organization:iranian-government",
       "النائبَ الأول للرئيس الإيراني"),
      ("VISITED", SUD, "location:riyadh", "غير العادية في الرياض", "2024-11-11"),
      ("VISITED", "person:mohammad-reza-aref", "location:riyadh", "غير العادية في الرياض",
       "2024-11-11"),
      ("MET_WITH", "person:mohammad-reza-aref", "person:mohammed-bin-salman",
       "استقبله ولي العهد السعودي", "2024-11-11"),
      ("SUCCESSOR_OF", "person:mohammad-reza-aref", MOK, "خلفاً لمحمد مخبر", "2024-08"),
      ("MEMBER_OF", MOK, "organization:iranian-government", "خلفاً لمحمد مخبر"),
      ("SUCCESSOR_OF", MOK, RAISI, "الذي تولى الرئاسة بالوكالة", "2024-05"),
      ("REPORTED_BY", "person:farhad-alaaldin", "outlet:asharq-al-awsat", "لـ«الشرق الأوسط» إن"),
      ("MET_WITH", SUD, MIK, "«اجتمع أيضاً برئيس حكومة", "2024-11-11"),
      ("LEADS", MIK, "country:lebanon", "برئيس حكومة تصريف الأعمال اللبنانية"),
      ("ASSASSINATED_BY", NAS, ISR, "اغتيال إسرائيل الأمين العام", "2024-09-27"),
      ("LEADS", NAS, HEZ, "اغتيال إسرائيل الأمين العام"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "الضاحية الجنوبية لبيروت"),
      ("SUCCESSOR_OF", NQ, NAS, "تولّي نعيم قاسم الأمانة العامة خلفاً له", "2024-10-29"),
      ("LEADS", NQ, HEZ, "تولّي نعيم قاسم الأمانة العامة"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2024-11-11"}),

    ("enBK5_araqchi_beirut_aoun", "en",
     "BEIRUT (AFP) - Iranian Foreign Minister Abbas Araqchi held talks with Lebanese President "
     "Joseph Aoun in Beirut on Tuesday, his first visit since Aoun took office in January, the "
     "Lebanese presidency said. Araqchi, who arrived late Monday, also met Prime Minister Nawaf "
     "Salam and Parliament Speaker Nabih Berri, an ally of Hezbollah. \u201cIran supports "
     "Lebanon's sovereignty,\u201d he told reporters. Aoun, a former army chief, was elected in "
     "January to succeed Michel Aoun after more than two years of vacancy. Araqchi took over "
     "Iran's diplomacy last August from Ali Bagheri Kani, who had been acting foreign minister "
     "since Hossein Amir-Abdollahian died in a helicopter crash. Hezbollah, led since October by "
     "Naim Qassem, was badly weakened by its war with Israel, whose air strike killed its "
     "longtime chief Hassan Nasrallah in September. Lebanese Forces leader Samir Geagea said "
     "Tehran should \u201cstop interfering\u201d in Lebanon's affairs.",
     [("MET_WITH", ARQ, "person:joseph-aoun", "held talks with Lebanese President", "2025-06-03"),
      ("LEADS", "person:joseph-aoun", "country:lebanon", "held talks with Lebanese President"),
      ("VISITED", ARQ, "location:beirut", "Joseph Aoun in Beirut on Tuesday", "2025-06-03"),
      ("MET_WITH", ARQ, "person:nawaf-salam", "also met Prime Minister Nawaf", "2025-06"),
      ("MET_WITH", ARQ, BERRI, "also met Prime Minister Nawaf", "2025-06"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "Parliament Speaker Nabih Berri"),
      ("SUCCESSOR_OF", "person:joseph-aoun", "person:michel-aoun", "to succeed Michel Aoun",
       "2025-01"),
      ("SUCCESSOR_OF", ARQ, BKANI, "took over Iran's diplomacy last August", "2024-08"),
      ("SUCCESSOR_OF", BKANI, AA, "who had been acting foreign minister since", "2024-05"),
      ("LEADS", NQ, HEZ, "led since October by"),
      ("ASSASSINATED_BY", NAS, ISR, "whose air strike killed", "2024-09-27"),
      ("LEADS", NAS, HEZ, "longtime chief Hassan"),
      ("LEADS", "person:samir-geagea", "organization:lebanese-forces", "Lebanese Forces leader"),
      ],
     {"source": "blind set (AFP-style)", "published": "2025-06-03"}),

    ("arBK6_assad_receives_araghchi", "ar",
     "دمشق ــ «العربي الجديد»\n"
     "استقبل الرئيس السوري بشار الأسد، السبت، وزير الخارجية الإيراني عباس عراقجي، الذي وصل إلى "
     "دمشق في ثاني محطة من جولة إقليمية بعد اغتيال الأمين العام لحزب الله حسن نصر الله. كما "
     "التقى عراقجي المستشارةَ الخاصة للرئيس السوري بثينة شعبان، وعقد جلسة مباحثات منفصلة مع "
     "نظيره السوري بسام الصباغ. وكان عراقجي قد التقى في بيروت، الجمعة، رئيسَ مجلس النواب اللبناني "
     "نبيه بري. وتأتي الزيارة بعد أيام من غارة إسرائيلية على الضاحية الجنوبية قتلت نصر الله "
     "ومعه نائب قائد العمليات في الحرس الثوري العميد عباس نيلفروشان. ولم يُعلن عن لقاء بين "
     "الوزير الإيراني ورئيس الوزراء محمد غازي الجلالي. ويتولى عراقجي حقيبة الخارجية منذ أغسطس/آب "
     "خلفاً لعلي باقري كني، الذي أدار الوزارة بالوكالة بعد مصرع حسين أمير عبداللهيان.",
     [("LEADS", ASSAD, "country:syria", "استقبل الرئيس السوري"),
      ("MET_WITH", ASSAD, ARQ, "استقبل الرئيس السوري", "2024-10-05"),
      ("VISITED", ARQ, "location:damascus", "الذي وصل إلى", "2024-10-05"),
      ("LEADS", NAS, HEZ, "بعد اغتيال الأمين العام"),
      ("MET_WITH", ARQ, "person:bouthaina-shaaban", "التقى عراقجي المستشارةَ", "2024-10-05"),
      ("MET_WITH", ARQ, "person:bassam-al-sabbagh", "جلسة مباحثات منفصلة", "2024-10-05"),
      ("MET_WITH", ARQ, BERRI, "قد التقى في بيروت", "2024-10-04"),
      ("VISITED", ARQ, "location:beirut", "قد التقى في بيروت", "2024-10-04"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "رئيسَ مجلس النواب اللبناني"),
      ("ATTACKED", ISR, "location:dahiyeh", "غارة إسرائيلية على الضاحية", "2024-09-27"),
      ("ASSASSINATED_BY", NAS, ISR, "غارة إسرائيلية على الضاحية", "2024-09-27"),
      ("ASSASSINATED_BY", NIL, ISR, "ومعه نائب قائد العمليات", "2024-09-27"),
      ("MEMBER_OF", NIL, IRGC, "ومعه نائب قائد العمليات"),
      ("SUCCESSOR_OF", ARQ, BKANI, "خلفاً لعلي باقري كني", "2024-08"),
      ("SUCCESSOR_OF", BKANI, AA, "الذي أدار الوزارة بالوكالة", "2024-05"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2024-10-05"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBK")
