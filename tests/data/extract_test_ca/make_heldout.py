"""Blind set CA: governments formed after predecessors quit or fell. Diab's cabinet after Hariri
(Reuters, Jan 2020), Amir-Abdollahian in Beirut after Mikati's cabinet (Al Mayadeen, Oct 2021),
al-Bashir takes over from al-Jalali after Assad's fall (AFP, Dec 2024), Mekdad in Tehran after
succeeding al-Muallem (Asharq Al-Awsat, Dec 2020), bin Mubarak replaces Abdulmalik in Yemen
(The National, Feb 2024), Abbas Ibrahim and the fuel deal with al-Kadhimi (Al-Araby Al-Jadeed,
July 2021). Written and annotated blind (extractor neither read nor run).
Run: python3 /work/team/blind/setCA/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ca/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_cb import ALL  # noqa: E402

HERE = Path(__file__).parent
E = ALL

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M, AAM = "person:abu-mahdi-al-muhandis", "person:adil-abdul-mahdi"
US, PMF = "country:united-states", "organization:popular-mobilization-forces"
HZB, NAS = "organization:hezbollah", "person:hassan-nasrallah"
LG, DIAB, BERRI = "organization:lebanese-government", "person:hassan-diab", "person:nabih-berri"
MAOUN, MIK = "person:michel-aoun", "person:najib-mikati"
LPARL, HAR = "organization:lebanese-parliament", "person:saad-al-hariri"
AMIR = "person:hossein-amir-abdollahian"
BASH, JAL, SHA = "person:mohammed-al-bashir", "person:mohammed-ghazi-al-jalali", "person:ahmed-al-sharaa"
MEK, MUA = "person:faisal-mekdad", "person:walid-al-muallem"
BM, ALI = "person:ahmed-awad-bin-mubarak", "person:rashad-al-alimi"
ABI = "person:abbas-ibrahim"

ARTICLES = [
    ("enCA1_diab_cabinet", "en",
     "BEIRUT, Jan 21 (Reuters) - Lebanon formed a new government on Tuesday headed by Hassan "
     "Diab, a university professor backed by Hezbollah and its allies, nearly three months after "
     "Saad al-Hariri quit as prime minister in the face of mass protests. "
     "Diab met President Michel Aoun and Parliament Speaker Nabih Berri at the Baabda "
     "palace before the cabinet decree was read out. Ghazi Wazni, a former "
     "adviser to Berri, was named finance minister and Nassif Hitti "
     "foreign minister. \u201cThis is a government that expresses the aspirations of the "
     "demonstrators,\u201d Diab told reporters. Hariri's Future Movement refused to take part. "
     "The cabinet takes office as Hezbollah weighs its response to the killing of Iranian "
     "commander Qasim Soleimani, who died in a U.S. drone strike in Baghdad on Jan. 3 along with "
     "Iraqi militia chief Abu Mahdi Al-Mohandes. Hezbollah leader Sayyed Hassan Nasrallah has "
     "said American forces in the region will pay the price.",
     [("LEADS", DIAB, LG, "headed by Hassan", "2020-01-21"),
      ("SUPPORTS", HZB, DIAB, "a university professor backed by"),
      ("SUCCESSOR_OF", DIAB, HAR, "Saad al-Hariri quit as prime minister", "2020-01-21"),
      ("MET_WITH", DIAB, MAOUN, "Diab met President Michel", "2020-01-21"),
      ("MET_WITH", DIAB, BERRI, "Diab met President Michel", "2020-01-21"),
      ("LEADS", BERRI, LPARL, "Parliament Speaker Nabih"),
      ("MEMBER_OF", "person:ghazi-wazni", LG, "was named finance minister"),
      ("MEMBER_OF", "person:nassif-hitti", LG, "and Nassif Hitti"),
      ("LEADS", HAR, "organization:future-movement", "Hariri's Future Movement"),
      ("ASSASSINATED_BY", S, US, "who died in a U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "who died in a U.S. drone strike", "2020-01-03"),
      ("LEADS", NAS, HZB, "Hezbollah leader Sayyed"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-01-21"}),

    ("arCA2_amirabdollahian_mikati", "ar",
     "بيروت ـ الميادين\n"
     "وصل وزير الخارجية الإيراني حسين أمير عبد اللهيان إلى بيروت مساء الأربعاء، في أول زيارة له "
     "منذ تشكيل حكومة الرئيس نجيب ميقاتي، التي نالت الثقة الشهر الماضي بعد ثلاثة عشر شهراً من "
     "استقالة حكومة حسان دياب إثر انفجار المرفأ. والتقى عبد اللهيان صباح الخميس الرئيسَ ميشال عون "
     "في قصر بعبدا، ثم رئيسَ مجلس النواب نبيه بري في عين التينة، قبل أن يجتمع بميقاتي في السراي "
     "الحكومي. كما استقبله الأمين العام لحزب الله السيد حسن نصر الله مساءً، وجرى استعراض آخر "
     "التطورات. وعرض الضيف الإيراني استعداد شركات بلاده لبناء محطتين لتوليد الكهرباء، فيما قال "
     "وزير الطاقة في الحكومة اللبنانية وليد فياض للميادين إن «لبنان يرحب بأي مساعدة لا تعرّضه "
     "للعقوبات». ولم يُعقد لقاء كان مقرراً مع قائد الجيش العماد جوزاف عون. وكان عبد اللهيان قد "
     "عمل لسنوات إلى جانب الحاج قاسم سليماني، الذي اغتالته القوات الأميركية في بغداد مطلع 2020.",
     [("VISITED", AMIR, "location:beirut", "وصل وزير الخارجية الإيراني", "2021-10-06"),
      ("LEADS", MIK, LG, "تشكيل حكومة الرئيس نجيب"),
      ("SUCCESSOR_OF", MIK, DIAB, "استقالة حكومة حسان", "2021-09"),
      ("LEADS", DIAB, LG, "استقالة حكومة حسان"),
      ("MET_WITH", AMIR, MAOUN, "والتقى عبد اللهيان صباح", "2021-10-07"),
      ("MET_WITH", AMIR, BERRI, "ثم رئيسَ مجلس النواب", "2021-10-07"),
      ("LEADS", BERRI, LPARL, "ثم رئيسَ مجلس النواب"),
      ("MET_WITH", AMIR, MIK, "قبل أن يجتمع بميقاتي", "2021-10-07"),
      ("MET_WITH", AMIR, NAS, "كما استقبله الأمين العام", "2021-10-07"),
      ("LEADS", NAS, HZB, "كما استقبله الأمين العام"),
      ("MEMBER_OF", "person:walid-fayad", LG, "وزير الطاقة في الحكومة اللبنانية"),
      ("REPORTED_BY", "person:walid-fayad", "outlet:al-mayadeen", "وليد فياض للميادين"),
      ("LEADS", "person:joseph-aoun", "organization:lebanese-army", "قائد الجيش العماد جوزاف"),
      ("ASSASSINATED_BY", S, "organization:us-armed-forces", "الذي اغتالته القوات الأميركية",
       "2020-01-03"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2021-10-07"}),

    ("enCA3_bashir_caretaker", "en",
     "DAMASCUS (AFP) - Syria's new rulers on Tuesday named Mohammed al-Bashir, who headed the "
     "rebel \u201cSalvation Government\u201d in Idlib, as caretaker prime minister until March 1, "
     "taking over from Mohammed Ghazi al-Jalali, the last premier appointed by ousted president "
     "Bashar al-Assad. The announcement came a day after Hayat Tahrir al-Sham (HTS) leader Ahmed "
     "al-Sharaa, better known as Abu Mohammed al-Jolani, met al-Jalali and al-Bashir to "
     "coordinate the handover, according to a video released by the new authorities. Al-Jalali "
     "had himself replaced Hussein Arnous only in September. Assad fled to Moscow on Sunday as "
     "HTS-led fighters swept into the capital. HTS military commander Murhaf Abu Qasra said the "
     "old army would be dissolved. Tehran, "
     "which had backed Assad through 13 years of war, said its diplomats had left safely. "
     "\u201cIt is time for this people to enjoy stability and calm,\u201d al-Bashir told Al "
     "Jazeera.",
     [("LEADS", BASH, "organization:syrian-salvation-government", "who headed the"),
      ("SUCCESSOR_OF", BASH, JAL, "taking over from Mohammed", "2024-12-10"),
      ("LEADS", SHA, "organization:hayat-tahrir-al-sham", "(HTS) leader Ahmed"),
      ("MET_WITH", SHA, JAL, "met al-Jalali and al-Bashir", "2024-12-09"),
      ("MET_WITH", SHA, BASH, "met al-Jalali and al-Bashir", "2024-12-09"),
      ("SUCCESSOR_OF", JAL, "person:hussein-arnous", "had himself replaced Hussein", "2024-09"),
      ("MEMBER_OF", "person:murhaf-abu-qasra", "organization:hayat-tahrir-al-sham",
       "HTS military commander Murhaf"),
      ("VISITED", "person:bashar-al-assad", "location:moscow", "Assad fled to Moscow",
       "2024-12-08"),
      ("SUPPORTS", "country:iran", "person:bashar-al-assad", "which had backed Assad"),
      ("REPORTED_BY", BASH, "outlet:al-jazeera", "al-Bashir told Al"),
      ],
     {"source": "blind set (AFP-style)", "published": "2024-12-10"}),

    ("arCA4_mekdad_tehran", "ar",
     "لندن: «الشرق الأوسط»\n"
     "بدأ وزير الخارجية السوري فيصل المقداد، أمس، زيارة إلى طهران هي الأولى له منذ تعيينه في "
     "منصبه خلفاً للوزير الراحل وليد المعلم، الذي توفي في 16 نوفمبر (تشرين الثاني) الماضي. والتقى "
     "المقداد نظيره الإيراني محمد جواد ظريف، ثم استقبله الرئيس الإيراني حسن روحاني الذي أكد أن "
     "«العلاقات بين البلدين استراتيجية». كما اجتمع المقداد بأمين المجلس الأعلى للأمن القومي علي "
     "شمخاني، بحسب ما أوردته وكالة «إرنا». وتأتي الزيارة بعد أيام من اغتيال العالم النووي محسن "
     "فخري زاده قرب طهران، في عملية حمّلت السلطات الإيرانية إسرائيل مسؤوليتها، وتوعّدت بالرد "
     "عليها. وفي دمشق، عُيّن المندوب السوري السابق لدى الأمم المتحدة بشار الجعفري نائباً لوزير "
     "الخارجية خلفاً للمقداد. ولم يُعلن عن لقاء بين المقداد والمرشد علي خامنئي، خلافاً لزيارات "
     "سابقة لمسؤولين سوريين.",
     [("SUCCESSOR_OF", MEK, MUA, "خلفاً للوزير الراحل", "2020-11-22"),
      ("VISITED", MEK, "country:iran", "زيارة إلى طهران", "2020-12-07"),
      ("MET_WITH", MEK, "person:mohammad-javad-zarif", "المقداد نظيره الإيراني", "2020-12-07"),
      ("MET_WITH", MEK, "person:hassan-rouhani", "ثم استقبله الرئيس الإيراني", "2020-12-07"),
      ("LEADS", "person:hassan-rouhani", "country:iran", "ثم استقبله الرئيس الإيراني"),
      ("MET_WITH", MEK, "person:ali-shamkhani", "كما اجتمع المقداد", "2020-12-07"),
      ("MEMBER_OF", "person:ali-shamkhani", "organization:supreme-national-security-council",
       "بأمين المجلس الأعلى"),
      ("MEMBER_OF", "person:bashar-al-jaafari", "organization:united-nations",
       "المندوب السوري السابق لدى الأمم المتحدة"),
      ("SUCCESSOR_OF", "person:bashar-al-jaafari", MEK, "الخارجية خلفاً للمقداد", "2020-12"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2020-12-08"}),

    ("enCA5_yemen_bin_mubarak", "en",
     "Yemen's Presidential Leadership Council on Monday appointed Foreign Minister Ahmed Awad bin "
     "Mubarak as prime minister, replacing Maeen Abdulmalik, who had held the post since 2018. "
     "Council chairman Rashad Al Alimi, who took over from Abdrabbuh Mansour Hadi in April 2022 "
     "when the former president handed his powers to the eight-member body, received the new "
     "premier in Aden on Tuesday, state media said. Mr Bin Mubarak, a former ambassador to "
     "Washington, held talks in Riyadh last week with the Saudi ambassador to Yemen, Mohammed Al "
     "Jaber, officials said. The reshuffle comes weeks after US and British strikes on Houthi "
     "targets, which President Joe Biden ordered in response to the group's attacks on Red Sea "
     "shipping. The Houthis, who are backed by Iran, control Sanaa and much of the north. "
     "\u201cThe new government's priority is the economy,\u201d a council adviser told The "
     "National. A Saudi-Houthi road map announced in December has stalled.",
     [("LEADS", ALI, "organization:presidential-leadership-council", "Council chairman Rashad"),
      ("SUCCESSOR_OF", BM, "person:maeen-abdulmalik", "replacing Maeen Abdulmalik", "2024-02-05"),
      ("SUCCESSOR_OF", ALI, "person:abdrabbuh-mansour-hadi", "who took over from Abdrabbuh",
       "2022-04-07"),
      ("MET_WITH", ALI, BM, "received the new premier", "2024-02-06"),
      ("VISITED", BM, "location:aden", "received the new premier"),
      ("MET_WITH", BM, "person:mohammed-al-jaber", "held talks in Riyadh"),
      ("VISITED", BM, "location:riyadh", "held talks in Riyadh"),
      ("ATTACKED", US, "organization:houthis", "US and British strikes on Houthi"),
      ("ATTACKED", "country:united-kingdom", "organization:houthis",
       "US and British strikes on Houthi"),
      ("SUPPORTS", "country:iran", "organization:houthis", "who are backed by Iran"),
      ],
     {"source": "blind set (The National-style)", "published": "2024-02-06"}),

    ("arCA6_abbas_ibrahim_baghdad", "ar",
     "بغداد ــ العربي الجديد\n"
     "استقبل رئيس الوزراء العراقي مصطفى الكاظمي، اليوم السبت، المدير العام للأمن العام اللبناني "
     "اللواء عباس إبراهيم ووزير الطاقة في حكومة تصريف الأعمال ريمون غجر، اللذين وصلا إلى بغداد "
     "صباحاً، وجرى توقيع اتفاق يزوّد العراق بموجبه لبنان بمليون طن من زيت الوقود سنوياً مقابل "
     "خدمات. وتأتي الزيارة فيما لا يزال لبنان بلا حكومة منذ استقالة حكومة حسان دياب في آب/أغسطس "
     "الماضي إثر انفجار مرفأ بيروت، بعد اعتذار الرئيس المكلّف سعد الحريري الأسبوع الماضي. ويُعدّ "
     "إبراهيم، الذي التقى مراراً قادة في الحشد الشعبي بينهم رئيس الهيئة فالح الفيّاض، قناة تواصل "
     "بين بيروت وبغداد. وكان الكاظمي قد تولى رئاسة الحكومة في أيار/مايو 2020 خلفاً لعادل عبد "
     "المهدي، الذي استقال تحت ضغط الاحتجاجات، بعد أشهر من اغتيال سليماني والمهندس بغارة أميركية "
     "قرب مطار بغداد.",
     [("LEADS", K, "country:iraq", "رئيس الوزراء العراقي مصطفى"),
      ("MET_WITH", K, ABI, "استقبل رئيس الوزراء العراقي", "2021-07-17"),
      ("MET_WITH", K, "person:raymond-ghajar", "استقبل رئيس الوزراء العراقي", "2021-07-17"),
      ("LEADS", ABI, "organization:lebanese-general-security", "المدير العام للأمن العام"),
      ("MEMBER_OF", "person:raymond-ghajar", LG, "ووزير الطاقة في حكومة تصريف"),
      ("VISITED", ABI, "location:baghdad", "اللذين وصلا إلى بغداد", "2021-07-17"),
      ("VISITED", "person:raymond-ghajar", "location:baghdad", "اللذين وصلا إلى بغداد",
       "2021-07-17"),
      ("LEADS", DIAB, LG, "استقالة حكومة حسان"),
      ("MET_WITH", ABI, "person:falih-al-fayyadh", "الذي التقى مراراً"),
      ("MET_WITH", ABI, PMF, "الذي التقى مراراً"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "رئيس الهيئة فالح"),
      ("LEADS", K, "organization:iraqi-government", "تولى رئاسة الحكومة"),
      ("SUCCESSOR_OF", K, AAM, "خلفاً لعادل", "2020-05-07"),
      ("LEADS", AAM, "organization:iraqi-government", "خلفاً لعادل"),
      ("ASSASSINATED_BY", S, US, "بغارة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "بغارة أميركية", "2020-01-03"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2021-07-17"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setCA")
