"""Blind set HU: Iran, Israel and the "axis" 2022-2025 in opposite framings: an Israeli English daily
(claims, acknowledgements, "the IDF said") and a Lebanese Arabic channel's website close to the axis
("العدوان", "الاحتلال", "استشهد"). Israel says it killed Salami, Bagheri, Hajizadeh and nuclear
scientists, Pakpour and Mousavi named, June 2025 (English); Amir-Abdollahian opens the new consulate
in Damascus a week after Zahedi's killing, April 2024 (Arabic); Katz acknowledges Israel killed
Haniyeh, Dec 2024 (English); Araghchi in Beirut a week after Nasrallah's killing, Oct 2024 (Arabic);
Kazemi replaces Taeb at IRGC intelligence as Lapid visits Ankara, June 2022 (English);
Amir-Abdollahian's tour of Baghdad, Beirut, Damascus and Doha, Oct 2023 (Arabic).
Excluded on purpose: an unconfirmed report of a wounded official and a denied US role, a phone call
of condolence and an Israeli claim denied by Damascus and Tehran, an Iranian and Hamas accusation
Israel long refused to confirm and a threat to Houthi leaders, a meeting that did not take place, a
"likely successor" and an unconfirmed strike, a planned trip to Damascus, a killing Iran blamed on
Israel with only a newspaper report of Israeli responsibility, a death with no named suspect, a
denied accusation of IRGC help to Hamas, a first phone call between Raisi and the Saudi crown prince.
Spellings: Mohammad Hossein Bagheri, Gholamali Rashid, Fereydoun Abbasi-Davani, أمير عبداللهيان (and
أمير عبد اللهيان), نصرالله, هنيّة, Mevlut Cavusoglu.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hv import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISR, SYRIA, IRAQ, QATAR = ("country:iran", "country:israel", "country:syria", "country:iraq",
                                 "country:qatar")
IRGC, QF, AERO, IRGCGF, GENSTAFF, KHATAM = (
    "organization:irgc", "organization:quds-force", "organization:irgc-aerospace-force",
    "organization:irgc-ground-forces", "organization:iranian-armed-forces-general-staff",
    "organization:khatam-al-anbiya-central-headquarters")
IRGCINT, IRGCIPO, AEOI, IRFM = ("organization:irgc-intelligence-organization",
                                "organization:irgc-intelligence-protection-organization",
                                "organization:atomic-energy-organization-of-iran",
                                "organization:iranian-foreign-ministry")
IDF, ISRDEF, ISRFM, TRFM = ("organization:israel-defense-forces", "organization:israeli-defense-ministry",
                            "organization:israeli-foreign-ministry", "organization:turkish-foreign-ministry")
HEZ, HEZEXEC, HAMASPB = ("organization:hezbollah", "organization:hezbollah-executive-council",
                         "organization:hamas-political-bureau")
SYFM, LEBPARL, LEBGOV, IQGOV, IQFM = ("organization:syrian-foreign-ministry", "organization:lebanese-parliament",
                                      "organization:lebanese-government", "organization:iraqi-government",
                                      "organization:iraqi-foreign-ministry")
TEHRAN, DAMASCUS, MEZZEH, CONSULATE = ("location:tehran", "location:damascus", "location:mezzeh",
                                       "location:iranian-consulate-damascus")
BEIRUT, AINTINEH, SERAIL, BAGHDAD, DOHA, ANKARA, RAFAH = (
    "location:beirut", "location:ain-el-tineh", "location:grand-serail", "location:baghdad", "location:doha",
    "location:ankara", "location:rafah")

SALAMI, BAGHERI, HAJIZADEH, RASHID = ("person:hossein-salami", "person:mohammad-bagheri",
                                      "person:amir-ali-hajizadeh", "person:gholam-ali-rashid")
ABBASI, TEHRANCHI, PAKPOUR, AMOUSAVI = ("person:fereydoun-abbasi", "person:mohammad-mehdi-tehranchi",
                                        "person:mohammad-pakpour", "person:abdolrahim-mousavi")
KHAM, DEFRIN, AMIRABD, ZAHEDI, HAJIRAHIMI, AKBARI = (
    "person:ali-khamenei", "person:effie-defrin", "person:hossein-amir-abdollahian",
    "person:mohammad-reza-zahedi", "person:mohammad-hadi-haji-rahimi", "person:hossein-akbari")
ASSAD, MEKDAD, RAISI, KATZ, HANIYEH = ("person:bashar-al-assad", "person:faisal-mekdad", "person:ebrahim-raisi",
                                       "person:israel-katz", "person:ismail-haniyeh")
SINWAR, NASR, PEZ, BAGHAEI, ARAGHCHI = ("person:yahya-sinwar", "person:hassan-nasrallah",
                                        "person:masoud-pezeshkian", "person:esmaeil-baghaei",
                                        "person:abbas-araghchi")
BERRI, MIKATI, ADRAEE, NILF, SAFI = ("person:nabih-berri", "person:najib-mikati", "person:avichay-adraee",
                                     "person:abbas-nilforoushan", "person:hashem-safieddine")
TAEB, KAZEMI, SAYYAD, LAPID, CAVUS = ("person:hossein-taeb", "person:mohammad-kazemi",
                                      "person:hassan-sayyad-khodaei", "person:yair-lapid",
                                      "person:mevlut-cavusoglu")
SUDANI, FUAD, TAMIM, MBS = ("person:mohammed-shia-al-sudani", "person:fuad-hussein",
                            "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-salman")

ARTICLES = [
    ("enHU1_israel_kills_iran_top_brass", "en",
     "Israel says it killed Iran's top brass and nuclear scientists in opening wave of strikes\n"
     "Israel said Friday it had killed the commander of Iran's Islamic Revolutionary Guard Corps, Hossein "
     "Salami, armed forces chief of staff Mohammad Hossein Bagheri and IRGC Aerospace Force chief Amir Ali "
     "Hajizadeh in a wave of predawn strikes on Tehran and on nuclear sites across the country.\n"
     "\"We have eliminated the heads of the Iranian war machine,\" IDF spokesman Brig. Gen. Effie Defrin told "
     "reporters, adding that Israeli jets had also killed at least six senior nuclear scientists, among them "
     "Fereydoun Abbasi-Davani, a former head of the Atomic Energy Organization of Iran, and physicist Mohammad "
     "Mehdi Tehranchi.\n"
     "Iranian state media confirmed the deaths and said Gholamali Rashid, commander of the Khatam al-Anbiya "
     "Central Headquarters, was also killed in the Israeli strikes.\n"
     "Within hours Supreme Leader Ali Khamenei named Mohammad Pakpour, the head of the IRGC ground forces, to "
     "replace Salami, and appointed Maj. Gen. Abdolrahim Mousavi as chief of staff in Bagheri's place.\n"
     "Former national security chief Ali Shamkhani was reported to have been seriously wounded; Tehran did not "
     "confirm the report.\n"
     "Prime Minister Benjamin Netanyahu, who said the operation would last \"as many days as it takes,\" denied "
     "reports that Washington had taken part in the strikes.",
     [("ASSASSINATED_BY", SALAMI, ISR, "Israel said Friday it had killed", "2025-06-13"),
      ("ASSASSINATED_BY", BAGHERI, ISR, "Israel said Friday it had killed", "2025-06-13"),
      ("ASSASSINATED_BY", HAJIZADEH, ISR, "Israel said Friday it had killed", "2025-06-13"),
      ("LEADS", SALAMI, IRGC, "the commander of Iran's Islamic Revolutionary Guard Corps"),
      ("LEADS", BAGHERI, GENSTAFF, "armed forces chief of staff Mohammad"),
      ("LEADS", HAJIZADEH, AERO, "IRGC Aerospace Force chief"),
      ("ATTACKED", ISR, TEHRAN, "predawn strikes on Tehran", "2025-06-13"),
      ("MEMBER_OF", DEFRIN, IDF, "IDF spokesman Brig. Gen. Effie"),
      ("ASSASSINATED_BY", ABBASI, ISR, "Israeli jets had also killed", "2025-06-13"),
      ("ASSASSINATED_BY", TEHRANCHI, ISR, "Israeli jets had also killed", "2025-06-13"),
      ("LEADS", ABBASI, AEOI, "a former head of the Atomic Energy"),
      ("ASSASSINATED_BY", RASHID, ISR, "was also killed in the Israeli strikes", "2025-06-13"),
      ("LEADS", RASHID, KHATAM, "commander of the Khatam al-Anbiya"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ali Khamenei"),
      ("SUCCESSOR_OF", PAKPOUR, SALAMI, "replace Salami", "2025-06-13"),
      ("LEADS", PAKPOUR, IRGC, "replace Salami"),
      ("LEADS", PAKPOUR, IRGCGF, "the head of the IRGC ground forces"),
      ("SUCCESSOR_OF", AMOUSAVI, BAGHERI, "as chief of staff in Bagheri's place", "2025-06-13"),
      ("LEADS", AMOUSAVI, GENSTAFF, "as chief of staff in Bagheri's place"),
      ("LEADS", "person:benjamin-netanyahu", "organization:israeli-government", "Prime Minister Benjamin"),
      ],
     {"source": "blind set (Israeli daily, English)", "published": "2025-06-13"}),

    ("arHU2_amirabdollahian_damascus_consulate", "ar",
     "أمير عبداللهيان يفتتح مقر القنصلية الجديد في دمشق: الرد على العدوان آتٍ\n"
     "الميادين نت - افتتح وزير الخارجية الإيراني حسين أمير عبداللهيان، اليوم الإثنين، المقر الجديد للقنصلية "
     "الإيرانية في دمشق، بعد أسبوع على الغارة الإسرائيلية التي دمّرت مبنى القنصلية الملاصق للسفارة في حي "
     "المزة.\n"
     "واستشهد في العدوان الإسرائيلي، في الأول من نيسان/أبريل، قائد فيلق القدس في سوريا ولبنان العميد محمد "
     "رضا زاهدي ونائبه العميد محمد هادي حاجي رحيمي وخمسة ضباط آخرين من الحرس الثوري.\n"
     "وكان في استقبال أمير عبداللهيان لدى وصوله السفير الإيراني في دمشق حسين أكبري، الذي نجا من الغارة، ثم "
     "التقى الوزير الإيراني الرئيس السوري بشار الأسد، قبل أن يعقد جلسة مباحثات مع نظيره فيصل المقداد.\n"
     "وقال أمير عبداللهيان في مؤتمر صحفي إن «الكيان الصهيوني سيُعاقَب على جريمته».\n"
     "ولم يعلن جيش الاحتلال رسمياً مسؤوليته عن الغارة، فيما زعمت وسائل إعلام إسرائيلية أن المبنى لم يكن "
     "منشأة دبلوماسية، وهو ما نفته دمشق وطهران.\n"
     "وكان الأسد قد أجرى اتصالاً هاتفياً بنظيره الإيراني إبراهيم رئيسي، معزّياً بالشهداء.",
     [("LEADS", AMIRABD, IRFM, "وزير الخارجية الإيراني حسين"),
      ("VISITED", AMIRABD, DAMASCUS, "المقر الجديد للقنصلية", "2024-04-08"),
      ("ATTACKED", ISR, CONSULATE, "التي دمّرت مبنى القنصلية", "2024-04-01"),
      ("LOCATED_IN", CONSULATE, MEZZEH, "الملاصق للسفارة في حي"),
      ("ASSASSINATED_BY", ZAHEDI, ISR, "واستشهد في العدوان الإسرائيلي", "2024-04-01"),
      ("ASSASSINATED_BY", HAJIRAHIMI, ISR, "واستشهد في العدوان الإسرائيلي", "2024-04-01"),
      ("MEMBER_OF", ZAHEDI, QF, "قائد فيلق القدس في سوريا"),
      ("MEMBER_OF", HAJIRAHIMI, QF, "ونائبه العميد محمد هادي"),
      ("MET_WITH", AMIRABD, AKBARI, "وكان في استقبال أمير عبداللهيان", "2024-04-08"),
      ("MET_WITH", AMIRABD, ASSAD, "التقى الوزير الإيراني الرئيس السوري", "2024-04-08"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار"),
      ("MET_WITH", AMIRABD, MEKDAD, "جلسة مباحثات مع نظيره", "2024-04-08"),
      ("LEADS", MEKDAD, SYFM, "مع نظيره فيصل"),
      ("LEADS", RAISI, IRAN, "بنظيره الإيراني إبراهيم"),
      ],
     {"source": "blind set (Lebanese channel website, Arabic)", "published": "2024-04-08"}),

    ("enHU3_katz_acknowledges_haniyeh", "en",
     "Katz acknowledges for first time that Israel killed Hamas leader Haniyeh in Tehran\n"
     "Defense Minister Israel Katz on Monday publicly acknowledged for the first time that Israel was behind the "
     "assassination of Hamas political chief Ismail Haniyeh in Tehran in July, and threatened to deal the same "
     "fate to the leaders of Yemen's Houthis.\n"
     "\"We will strike their strategic infrastructure and cut off the heads of their leaders, just as we did to "
     "Haniyeh, Sinwar and Nasrallah in Tehran, Gaza and Lebanon,\" Katz said.\n"
     "Haniyeh was killed on July 31 in a Revolutionary Guards guesthouse in the north of the Iranian capital, "
     "hours after he attended the swearing-in of President Masoud Pezeshkian and met with Supreme Leader "
     "Ayatollah Ali Khamenei.\n"
     "Until now Israel had refused to comment on the blast, which Iran and Hamas immediately blamed on it.\n"
     "Haniyeh was succeeded in August by Yahya Sinwar, the mastermind of the October 7 onslaught, who was "
     "killed by IDF troops in Rafah in October.\n"
     "Iranian Foreign Ministry spokesman Esmaeil Baghaei called the remarks \"a shameless confession to a "
     "terrorist crime.\"",
     [("LEADS", KATZ, ISRDEF, "Defense Minister Israel Katz"),
      ("ASSASSINATED_BY", HANIYEH, ISR, "Israel was behind the", "2024-07-31"),
      ("LEADS", HANIYEH, HAMASPB, "Hamas political chief Ismail"),
      ("VISITED", HANIYEH, TEHRAN, "in Tehran in July", "2024-07"),
      ("ASSASSINATED_BY", NASR, ISR, "just as we did to", "2024-09-27"),
      ("ASSASSINATED_BY", SINWAR, ISR, "just as we did to", "2024-10-16"),
      ("LEADS", PEZ, IRAN, "swearing-in of President Masoud"),
      ("MET_WITH", HANIYEH, KHAM, "met with Supreme Leader", "2024-07-30"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ayatollah Ali"),
      ("SUCCESSOR_OF", SINWAR, HANIYEH, "Haniyeh was succeeded in August by", "2024-08"),
      ("LEADS", SINWAR, HAMASPB, "Haniyeh was succeeded in August by"),
      ("ASSASSINATED_BY", SINWAR, IDF, "killed by IDF troops in Rafah", "2024-10-16"),
      ("MEMBER_OF", BAGHAEI, IRFM, "Iranian Foreign Ministry spokesman"),
      ],
     {"source": "blind set (Israeli daily, English)", "published": "2024-12-23"}),

    ("arHU4_araghchi_beirut_after_nasrallah", "ar",
     "عراقجي من بيروت: نقف إلى جانب لبنان ومقاومته\n"
     "الميادين نت - وصل وزير الخارجية الإيراني عباس عراقجي، اليوم الجمعة، إلى مطار رفيق الحريري الدولي في "
     "بيروت على متن طائرة ركاب إيرانية، متحدّياً الحظر الذي يحاول الاحتلال فرضه على الرحلات الإيرانية إلى "
     "لبنان.\n"
     "والتقى عراقجي في عين التينة رئيس مجلس النواب نبيه بري، ثم انتقل إلى السراي الحكومي حيث استقبله رئيس "
     "حكومة تصريف الأعمال نجيب ميقاتي.\n"
     "ونفى الوزير الإيراني في مؤتمر صحفي ما زعمه المتحدث باسم جيش الاحتلال أفيخاي أدرعي عن أن الطائرات "
     "الإيرانية تنقل أموالاً وأسلحة إلى حزب الله.\n"
     "وتأتي الزيارة بعد أسبوع على استشهاد الأمين العام لحزب الله السيد حسن نصرالله في غارة إسرائيلية على "
     "الضاحية الجنوبية، استشهد فيها أيضاً نائب قائد العمليات في الحرس الثوري اللواء عباس نيلفروشان.\n"
     "ولم يلتقِ عراقجي خلال الزيارة رئيسَ المجلس التنفيذي في الحزب السيد هاشم صفي الدين، الذي يُتداول اسمه "
     "خليفةً محتملاً لنصرالله، فيما قالت وسائل إعلام إسرائيلية إنه كان هدفاً لغارة ليل الخميس، من دون تأكيد "
     "رسمي.\n"
     "ومن المقرر أن ينتقل عراقجي غداً إلى دمشق للقاء الرئيس بشار الأسد.",
     [("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني عباس"),
      ("VISITED", ARAGHCHI, BEIRUT, "وصل وزير الخارجية الإيراني", "2024-10-04"),
      ("MET_WITH", ARAGHCHI, BERRI, "والتقى عراقجي في عين التينة", "2024-10-04"),
      ("VISITED", ARAGHCHI, AINTINEH, "والتقى عراقجي في عين التينة", "2024-10-04"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه"),
      ("VISITED", ARAGHCHI, SERAIL, "ثم انتقل إلى السراي الحكومي", "2024-10-04"),
      ("MET_WITH", ARAGHCHI, MIKATI, "حيث استقبله رئيس", "2024-10-04"),
      ("LEADS", MIKATI, LEBGOV, "حكومة تصريف الأعمال نجيب"),
      ("MEMBER_OF", ADRAEE, IDF, "المتحدث باسم جيش الاحتلال أفيخاي"),
      ("LEADS", NASR, HEZ, "الأمين العام لحزب الله السيد"),
      ("ASSASSINATED_BY", NASR, ISR, "في غارة إسرائيلية على", "2024-09-27"),
      ("ASSASSINATED_BY", NILF, ISR, "في غارة إسرائيلية على", "2024-09-27"),
      ("MEMBER_OF", NILF, IRGC, "نائب قائد العمليات في الحرس"),
      ("LEADS", SAFI, HEZEXEC, "رئيسَ المجلس التنفيذي في الحزب"),
      ("LEADS", ASSAD, SYRIA, "للقاء الرئيس بشار"),
      ],
     {"source": "blind set (Lebanese channel website, Arabic)", "published": "2024-10-04"}),

    ("enHU5_kazemi_replaces_taeb", "en",
     "Iran replaces powerful Revolutionary Guards intel chief Taeb amid tensions with Israel\n"
     "Iran's Revolutionary Guards on Thursday removed Hossein Taeb, the longtime head of the force's "
     "Intelligence Organization, naming Mohammad Kazemi, until now chief of the IRGC's Intelligence Protection "
     "Organization, to succeed him.\n"
     "Official Iranian media gave no reason for the move, which came as Israel warned its citizens to avoid "
     "Istanbul, alleging that Iranian operatives were plotting to kidnap or kill Israelis in Turkey, a charge "
     "Tehran has dismissed as \"ridiculous.\"\n"
     "The shake-up also followed the May 22 killing of IRGC Col. Hassan Sayyad Khodaei, who was shot five "
     "times outside his Tehran home by two gunmen on a motorcycle.\n"
     "Iran blamed Israel for that killing; Israel has not commented, though The New York Times reported that "
     "Israeli officials had told Washington they were behind it.\n"
     "Days earlier, Ayoub Entezari, an aerospace engineer at a military research center, died in the city of "
     "Yazd after a dinner party; Iranian media hinted at poisoning but named no suspect.\n"
     "Foreign Minister Yair Lapid, who met his Turkish counterpart Mevlut Cavusoglu in Ankara on Thursday, "
     "thanked Turkey for foiling what he called an Iranian terror plot.",
     [("LEADS", TAEB, IRGCINT, "the longtime head of the force's Intelligence"),
      ("PART_OF", IRGCINT, IRGC, "the force's Intelligence Organization"),
      ("SUCCESSOR_OF", KAZEMI, TAEB, "to succeed him", "2022-06-23"),
      ("LEADS", KAZEMI, IRGCINT, "naming Mohammad Kazemi"),
      ("LEADS", KAZEMI, IRGCIPO, "chief of the IRGC's Intelligence Protection"),
      ("PART_OF", IRGCIPO, IRGC, "the IRGC's Intelligence Protection"),
      ("MEMBER_OF", SAYYAD, IRGC, "IRGC Col. Hassan"),
      ("LEADS", LAPID, ISRFM, "Foreign Minister Yair"),
      ("MET_WITH", LAPID, CAVUS, "who met his Turkish counterpart", "2022-06-23"),
      ("LEADS", CAVUS, TRFM, "his Turkish counterpart Mevlut"),
      ("VISITED", LAPID, ANKARA, "in Ankara on Thursday", "2022-06-23"),
      ],
     {"source": "blind set (Israeli daily, English)", "published": "2022-06-23"}),

    ("arHU6_amirabdollahian_regional_tour", "ar",
     "جولة أمير عبد اللهيان من بغداد إلى الدوحة: رسائل محور المقاومة\n"
     "الميادين نت - اختتم وزير الخارجية الإيراني حسين أمير عبد اللهيان، اليوم السبت، جولة إقليمية قادته إلى "
     "بغداد وبيروت ودمشق والدوحة، على وقع العدوان الإسرائيلي المتواصل على قطاع غزة.\n"
     "ففي بغداد عقد مباحثات مع رئيس الوزراء محمد شياع السوداني، ثم مع نظيره فؤاد حسين، قبل أن يصل مساء "
     "الخميس إلى بيروت حيث استقبله الأمين العام لحزب الله السيد حسن نصرالله، وجرى خلال اللقاء استعراض "
     "التطورات في فلسطين وعلى الجبهة الجنوبية.\n"
     "وفي الدوحة، التقى الوزير الإيراني رئيس المكتب السياسي لحركة حماس إسماعيل هنيّة، كما استقبله أمير "
     "قطر الشيخ تميم بن حمد آل ثاني.\n"
     "وحذّر أمير عبد اللهيان في مؤتمر صحفي من أن «استمرار جرائم الحرب سيقابَل بردّ من أطراف المحور».\n"
     "في المقابل، نفت طهران ما أوردته صحيفة «وول ستريت جورنال» عن أن ضباطاً في الحرس الثوري ساعدوا «حماس» "
     "في التخطيط لعملية «طوفان الأقصى».\n"
     "وكان الرئيس إبراهيم رئيسي قد أجرى الأربعاء أول اتصال هاتفي مع ولي العهد السعودي الأمير محمد بن سلمان، "
     "تناول الحرب على غزة.",
     [("LEADS", AMIRABD, IRFM, "وزير الخارجية الإيراني حسين"),
      ("VISITED", AMIRABD, BAGHDAD, "جولة إقليمية قادته إلى", "2023-10-12"),
      ("VISITED", AMIRABD, BEIRUT, "جولة إقليمية قادته إلى", "2023-10-12"),
      ("VISITED", AMIRABD, DAMASCUS, "جولة إقليمية قادته إلى", "2023-10"),
      ("VISITED", AMIRABD, DOHA, "جولة إقليمية قادته إلى", "2023-10-14"),
      ("MET_WITH", AMIRABD, SUDANI, "ففي بغداد عقد مباحثات", "2023-10-12"),
      ("LEADS", SUDANI, IQGOV, "رئيس الوزراء محمد شياع"),
      ("MET_WITH", AMIRABD, FUAD, "ثم مع نظيره فؤاد", "2023-10-12"),
      ("LEADS", FUAD, IQFM, "نظيره فؤاد حسين"),
      ("MET_WITH", AMIRABD, NASR, "حيث استقبله الأمين العام", "2023-10"),
      ("LEADS", NASR, HEZ, "الأمين العام لحزب الله السيد"),
      ("MET_WITH", AMIRABD, HANIYEH, "التقى الوزير الإيراني رئيس المكتب", "2023-10-14"),
      ("LEADS", HANIYEH, HAMASPB, "رئيس المكتب السياسي لحركة حماس"),
      ("MET_WITH", AMIRABD, TAMIM, "كما استقبله أمير", "2023-10-14"),
      ("LEADS", TAMIM, QATAR, "قطر الشيخ تميم"),
      ("LEADS", RAISI, IRAN, "الرئيس إبراهيم رئيسي"),
      ],
     {"source": "blind set (Lebanese channel website, Arabic)", "published": "2023-10-14"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHU")
