"""Blind set L: diplomacy and leadership changes: Pezeshkian after Raisi, Araghchi in Baghdad,
McGurk in Baghdad, the Iraqi arrest warrant for Trump, Qaani with Sadr in Najaf, the Vienna
talks. Written and annotated blind (extractor neither read nor run).
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout21/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA")

Q, S, T = "person:esmail-qaani", "person:qasem-soleimani", "person:donald-trump"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
SUD, AR, BK = "person:mohammed-shia-al-sudani", "person:abbas-araghchi", "person:ali-bagheri-kani"
MUH, USF = "person:abu-mahdi-al-muhandis", "organization:us-armed-forces"

ARTICLES = [
    ("enL1_pezeshkian_sworn_in", "en",
     "DUBAI, United Arab Emirates (AP) \u2014 Reformist Masoud Pezeshkian was sworn in as Iran's "
     "president on Tuesday, replacing the late hard-liner Ebrahim Raisi, who died in a "
     "helicopter crash in May along with the country's foreign minister. Supreme Leader "
     "Ayatollah Ali Khamenei endorsed Pezeshkian's victory at a ceremony two days earlier. "
     "Pezeshkian has pledged to revive talks with the West over the 2015 nuclear deal, which "
     "then-President Donald Trump abandoned in 2018. Raisi, a protege of Khamenei, had "
     "succeeded the relatively moderate Hassan Rowhani in 2021. Iranian investigators said they "
     "found no evidence of sabotage in the crash. Hours after the inauguration, Hamas political "
     "chief Ismail Haniyeh, who had attended the ceremony, was killed in Tehran; Iran blamed "
     "Israel, which has not claimed responsibility.",
     [("LEADS", "person:masoud-pezeshkian", "country:iran", "was sworn in", "2024-07-30"),
      ("SUCCESSOR_OF", "person:masoud-pezeshkian", "person:ebrahim-raisi", "was sworn in",
       "2024-07-30"),
      ("WITHDREW_FROM", T, "agreement:jcpoa", "abandoned in 2018", "2018"),
      ("SUCCESSOR_OF", "person:ebrahim-raisi", "person:hassan-rouhani", "a protege", "2021"),
      ("LEADS", "person:ismail-haniyeh", "organization:hamas", "Hamas political"),
      ("VISITED", "person:ismail-haniyeh", "country:iran", "Hamas political"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-07-30"}),

    ("arL2_araghchi_baghdad", "ar",
     "بغداد - إرنا - وصل وزير الخارجية الإيراني عباس عراقجي، صباح الأحد، إلى بغداد في أول زيارة "
     "له إلى العراق منذ توليه منصبه خلفاً للشهيد حسين اميرعبد اللهيان. وكان في استقبال عراقجي لدى "
     "وصوله إلى مطار بغداد الدولي نظيره العراقي فؤاد حسين. وأجرى رئيس الدبلوماسية الإيرانية "
     "مباحثات مع رئيس الوزراء العراقي محمد شياع السوداني تناولت العلاقات الثنائية والتطورات في "
     "لبنان وغزة. ومن المقرر أن يلتقي عراقجي رئيس تحالف الفتح هادي العامري وعدداً من قادة الإطار "
     "التنسيقي قبل أن يتوجه إلى أربيل. وأكد السوداني خلال اللقاء أن العراق \"لن يكون ساحة "
     "لتصفية الحسابات\". وتأتي الزيارة بعد أيام من هجوم صاروخي إيراني واسع على إسرائيل.",
     [("VISITED", AR, "location:baghdad", "صباح الأحد"),
      ("SUCCESSOR_OF", AR, "person:hossein-amir-abdollahian", "صباح الأحد"),
      ("MET_WITH", AR, "person:fuad-hussein", "وكان في استقبال"),
      ("MET_WITH", AR, SUD, "وأجرى رئيس الدبلوماسية"),
      ("LEADS", SUD, "country:iraq", "وأجرى رئيس الدبلوماسية"),
      ("LEADS", "person:hadi-al-amiri", "organization:fatah-alliance", "ومن المقرر"),
      ("ATTACKED", "country:iran", "country:israel", "هجوم صاروخي إيراني", "2024-10-01"),
      ],
     {"source": "blind set (IRNA Arabic-style)", "published": "2024-10-13"}),

    ("enL3_mcgurk_baghdad", "en",
     "BAGHDAD, Feb 19 (Reuters) - White House Middle East coordinator Brett McGurk met Iraqi "
     "Prime Minister Mohammed Shia al-Sudani in Baghdad on Monday to discuss the future of the "
     "U.S.-led coalition, an Iraqi government statement said. McGurk, who arrived on Sunday, "
     "also held talks with Kurdistan Regional Government Prime Minister Masrour Barzani by video "
     "link, a Kurdish official said. Washington has about 2,500 troops in Iraq and 900 in "
     "neighbouring Syria on a mission to advise and assist local forces fighting Islamic State. "
     "Sudani has said the coalition's presence is no longer justified. U.S. Ambassador Alina "
     "Romanowski, who accompanied McGurk, was received later by parliament speaker Mohsen "
     "al-Mandalawi. The visit came two weeks after the United States struck more than 85 targets "
     "in Iraq and Syria linked to Iran's Revolutionary Guards and the militias it backs.",
     [("MET_WITH", "person:brett-mcgurk", SUD, "coordinator Brett McGurk met", "2024-02-19"),
      ("LEADS", SUD, "country:iraq", "coordinator Brett McGurk met"),
      ("VISITED", "person:brett-mcgurk", "location:baghdad", "coordinator Brett McGurk met"),
      ("LEADS", "person:masrour-barzani", "organization:kurdistan-regional-government",
       "by video"),
      ("LOCATED_IN", USF, "country:iraq", "2,500 troops"),
      ("LOCATED_IN", USF, "country:syria", "2,500 troops"),
      ("MET_WITH", "person:alina-romanowski", "person:mohsen-al-mandalawi", "was received later"),
      ("ATTACKED", US, IRGC, "struck more than 85", "2024-02-02"),
      ("SUPPORTS", IRGC, "organization:iran-backed-militias", "struck more than 85"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-02-19"}),

    ("arL4_trump_arrest_warrant", "ar",
     "أصدر القضاء العراقي، الخميس، مذكرة اعتقال بحق الرئيس الأميركي المنتهية ولايته دونالد ترامب، "
     "على خلفية مقتل نائب رئيس هيئة الحشد الشعبي أبو مهدي المُهندس. وقال مجلس القضاء الأعلى في "
     "بيان إن قاضي التحقيق في محكمة الرصافة أصدر المذكرة وفق المادة 406 من قانون العقوبات، التي "
     "تنص على الإعدام في جرائم القتل العمد. وكان المهندس قد قُتل مع قائد فيلق القدس الإيراني قاسم "
     "سُلَيماني في ضربة بطائرة مسيّرة أمر بها ترامب قرب مطار بغداد الدولي في الثالث من كانون "
     "الثاني/يناير 2020. ويأتي القرار بينما تحيي فصائل عراقية مسلحة الذكرى الأولى للاغتيال "
     "بتظاهرات في ساحة التحرير ببغداد. ولا تعدو المذكرة أن تكون رمزية، إذ يُستبعد تنفيذها بعد "
     "انتهاء ولاية ترامب في العشرين من الشهر الجاري وتسلّم جو بايدن الرئاسة.",
     [("LEADS", T, US, "مذكرة اعتقال بحق"),
      ("MEMBER_OF", MUH, "organization:popular-mobilization-forces", "مذكرة اعتقال بحق"),
      ("ASSASSINATED_BY", MUH, T, "أمر بها ترامب", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "أمر بها ترامب", "2020-01-03"),
      ("LEADS", S, QF, "أمر بها ترامب"),
      ("LOCATED_IN", "location:tahrir-square", "location:baghdad", "ساحة التحرير"),
      ],
     {"source": "blind set (Al Jazeera Arabic-style)", "published": "2021-01-07"}),

    ("enL5_qaani_sadr_najaf", "en",
     "Iranian Quds Force commander Esmaeel Ghaani paid a rare visit to the Shiite holy city of "
     "Najaf this week, where he met with Sadrist Movement leader Moqtada Sadr at his home, "
     "according to two sources close to the Sadrists. The meeting, which lasted about an hour, "
     "failed to persuade Sadr to bring pro-Iran parties into a \u201cnational majority\u201d "
     "government, the sources told Al-Monitor. Sadr's office neither confirmed nor denied the "
     "encounter. Ghaani, who took command of the elite unit after his predecessor was killed by "
     "a US drone at Baghdad airport, later flew on to Baghdad, where he was received by Hadi "
     "al-Amiri, the head of the Badr Organization. He did not meet caretaker Prime Minister "
     "Mustafa al-Kadhimi, a government source said. Sadr later wrote on Twitter: \u201cNo "
     "eastern and no western\u201d.",
     [("LEADS", Q, QF, "paid a rare visit"),
      ("VISITED", Q, "location:najaf", "paid a rare visit", "2022-02"),
      ("MET_WITH", Q, "person:muqtada-al-sadr", "paid a rare visit", "2022-02"),
      ("LEADS", "person:muqtada-al-sadr", "organization:sadrist-movement", "paid a rare visit"),
      ("VISITED", Q, "location:baghdad", "later flew on"),
      ("MET_WITH", Q, "person:hadi-al-amiri", "later flew on"),
      ("LEADS", "person:hadi-al-amiri", "organization:badr-organization", "later flew on"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2022-02-10"}),

    ("arL6_vienna_talks", "ar",
     "فيينا - «الشرق الأوسط»\n"
     "استؤنفت في فيينا، أمس، المحادثات غير المباشرة بين إيران والولايات المتحدة بشأن إحياء "
     "الاتفاق النووي لعام 2015، بعد توقف دام خمسة أشهر. وترأس الوفد الإيراني نائب وزير الخارجية "
     "علي باقري كني، الذي خلف عباس عراقجي في منصب كبير المفاوضين عقب تسلّم الرئيس إبراهيم رئيسي "
     "السلطة في آب الماضي. ولم يلتقِ باقري كني المبعوث الأميركي الخاص لإيران روبرت مالي، إذ ترفض "
     "طهران التفاوض المباشر مع واشنطن منذ انسحاب الرئيس السابق دونالد ترمب من الاتفاق عام 2018. "
     "وعقد كبير المفاوضين الإيرانيين اجتماعاً مع منسق الاتحاد الأوروبي إنريكي مورا، كما التقى "
     "ممثلي روسيا والصين. وقال مالي للصحافيين إن واشنطن \"مستعدة لبذل جهد مماثل\" إذا أبدت إيران "
     "جدية، محذراً من أن \"الوقت ينفد\".",
     [("VISITED", BK, "location:vienna", "وترأس الوفد"),
      ("SUCCESSOR_OF", BK, AR, "وترأس الوفد", "2021-08"),
      ("WITHDREW_FROM", T, "agreement:jcpoa", "منذ انسحاب", "2018"),
      ("MET_WITH", BK, "person:enrique-mora", "وعقد كبير"),
      ("MEMBER_OF", "person:enrique-mora", "organization:european-union", "وعقد كبير"),
      ("MET_WITH", BK, "country:russia", "وعقد كبير"),
      ("MET_WITH", BK, "country:china", "وعقد كبير"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2021-11-30"}),

    ("arL7_new_ambassador_masjedi", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "استقبل رئيس الجمهورية العراقية برهم صالح، أمس، السفير الإيراني الجديد لدى العراق محمد كاظم "
     "آل صادق، الذي قدّم له أوراق اعتماده خلفاً لإيرج مسجدي الذي أمضى أكثر من خمس سنوات في المنصب. "
     "وكان مسجدي، وهو جنرال في الحرس الثوري، يشغل سابقاً منصب كبير مستشاري قائد فيلق القدس الراحل "
     "قاسم سليماني، وتفرض عليه وزارة الخزانة الأميركية عقوبات منذ 2020. ويُعدّ آل صادق، الذي عمل "
     "نائباً لمسجدي، من المقربين من قائد \"فيلق القدس\" الحالي إسماعيل قااني، بحسب مصادر "
     "دبلوماسية. وقالت المصادر إن السفير الجديد التقى، بعد مراسم تقديم الأوراق، رئيس تحالف الفتح "
     "هادي العامري، فيما لم يتسنَّ له لقاء رئيس الوزراء مصطفى الكاظمي بسبب سفر الأخير إلى عمّان.",
     [("MET_WITH", "person:barham-salih", "person:mohammad-kazem-al-e-sadegh", "استقبل رئيس"),
      ("LEADS", "person:barham-salih", "country:iraq", "استقبل رئيس"),
      ("SUCCESSOR_OF", "person:mohammad-kazem-al-e-sadegh", "person:iraj-masjedi", "استقبل رئيس"),
      ("MEMBER_OF", "person:iraj-masjedi", IRGC, "وهو جنرال"),
      ("LEADS", S, QF, "وهو جنرال"),
      ("LEADS", Q, QF, "الحالي"),
      ("MET_WITH", "person:mohammad-kazem-al-e-sadegh", "person:hadi-al-amiri", "بعد مراسم"),
      ("LEADS", "person:hadi-al-amiri", "organization:fatah-alliance", "بعد مراسم"),
      ("VISITED", "person:mustafa-al-kadhimi", "country:jordan", "بعد مراسم"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2022-04"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setL")
