"""Blind set AP: Qubaisi killed in Dahiyeh (Sept 2024), the Nasrallah-Safieddine funeral and
Aoun's Iranian visitors (Feb 2025), Araghchi in Beirut after Nasrallah (Oct 2024), al-Bardawil
and Barhoum killed (March 2025), Faisal bin Farhan in Tehran (June 2023), Sultan Haitham in
Tehran (May 2023). Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAP/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout41/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AR")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
IL, IDF, HZB = "country:israel", "organization:israel-defense-forces", "organization:hezbollah"
HAM, NAS, ARA = "organization:hamas", "person:hassan-nasrallah", "person:abbas-araghchi"
AMA, RAI = "person:hossein-amir-abdollahian", "person:ebrahim-raisi"

ARTICLES = [
    ("enAP1_qubaisi_dahiyeh", "en",
     "BEIRUT, Sept 24 (Reuters) - An Israeli air strike on Beirut's southern suburbs on Tuesday "
     "killed Ibrahim Qubaisi, who commanded Hezbollah's missile and rocket force, the Israeli "
     "military said, the latest in a string of blows to the leadership of the Iran-backed group. "
     "Hezbollah later confirmed Qubaisi's death without saying how he died. Health Minister "
     "Firass Abiad said six people were killed in the raid. The strike came four days after an "
     "Israeli raid on the same area killed Ibrahim Aqeel, head of the group's elite Radwan Force, "
     "along with more than a dozen of its fighters. Hezbollah has also blamed Israel for last "
     "week's pager explosions, which Israel has not acknowledged. In New York, caretaker Prime "
     "Minister Najib Mikati met U.S. Secretary of State Antony Blinken on the sidelines of the "
     "U.N. General Assembly, a Lebanese official said. \u201cWe will not be deterred,\u201d "
     "Hezbollah lawmaker Ali Fayyad told Reuters.",
     [("ASSASSINATED_BY", "person:ibrahim-qubaisi", IL, "An Israeli air strike on Beirut",
       "2024-09-24"),
      ("ATTACKED", IL, "location:dahiyeh", "An Israeli air strike on Beirut", "2024-09-24"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "Beirut's southern suburbs"),
      ("MEMBER_OF", "person:ibrahim-qubaisi", HZB, "who commanded Hezbollah's missile"),
      ("SUPPORTS", "country:iran", HZB, "the Iran-backed group"),
      ("ASSASSINATED_BY", "person:ibrahim-aqil", IL, "Israeli raid on the same area killed",
       "2024-09-20"),
      ("LEADS", "person:ibrahim-aqil", "organization:radwan-force", "head of the group's elite"),
      ("PART_OF", "organization:radwan-force", HZB, "head of the group's elite"),
      ("MET_WITH", "person:najib-mikati", "person:antony-blinken", "met U.S. Secretary of State",
       "2024-09"),
      ("VISITED", "person:najib-mikati", "location:new-york", "In New York, caretaker"),
      ("MEMBER_OF", "person:ali-fayyad", HZB, "Hezbollah lawmaker Ali Fayyad"),
      ("REPORTED_BY", "person:ali-fayyad", "outlet:reuters", "told Reuters"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-09-24"}),

    ("arAP2_funeral_aoun_visitors", "ar",
     "بيروت - الميادين نت\n"
     "شيّع لبنان والمقاومة اليوم الأحد الأمينَ العام السابق لحزب الله السيد حسن نصر الله "
     "ورئيسَ المجلس التنفيذي في الحزب السيد هاشم صفيّ الدين، اللذين استشهدا في غارتين "
     "إسرائيليتين على الضاحية الجنوبية في أيلول وتشرين الأول الماضيين، وسط حشود غير مسبوقة في "
     "مدينة كميل شمعون الرياضية. وقبيل المراسم، استقبل الرئيس اللبناني جوزاف عون في قصر بعبدا "
     "رئيسَ مجلس الشورى الإسلامي الإيراني محمد باقر قاليباف ووزيرَ الخارجية عباس عراقجي، اللذين "
     "وصلا إلى بيروت على رأس وفد رسمي، كما التقى عراقجي نظيره اللبناني يوسف رجّي. وفي كلمة "
     "متلفزة، قال الأمين العام لحزب الله الشيخ نعيم قاسم، الذي انتُخب خلفاً لنصر الله في تشرين "
     "الأول، إن \"المقاومة باقية وإن غاب قادتها\". وحلّقت طائرات حربية إسرائيلية على علو منخفض "
     "فوق المدينة الرياضية خلال التشييع، فيما أعلن جيش الاحتلال أنه شنّ غارات على مواقع في جنوب "
     "لبنان والبقاع.",
     [("LEADS", NAS, HZB, "الأمينَ العام السابق"),
      ("LEADS", "person:hashem-safieddine", "organization:hezbollah-executive-council",
       "ورئيسَ المجلس التنفيذي"),
      ("PART_OF", "organization:hezbollah-executive-council", HZB, "ورئيسَ المجلس التنفيذي"),
      ("ASSASSINATED_BY", NAS, IL, "في غارتين"),
      ("ASSASSINATED_BY", "person:hashem-safieddine", IL, "في غارتين"),
      ("ATTACKED", IL, "location:dahiyeh", "في غارتين"),
      ("LEADS", "person:joseph-aoun", "country:lebanon", "استقبل الرئيس اللبناني"),
      ("MET_WITH", "person:joseph-aoun", "person:mohammad-bagher-ghalibaf",
       "استقبل الرئيس اللبناني", "2025-02-23"),
      ("MET_WITH", "person:joseph-aoun", ARA, "استقبل الرئيس اللبناني", "2025-02-23"),
      ("LEADS", "person:mohammad-bagher-ghalibaf", "organization:iranian-parliament",
       "رئيسَ مجلس الشورى"),
      ("VISITED", "person:mohammad-bagher-ghalibaf", "location:beirut", "وصلا إلى بيروت",
       "2025-02-23"),
      ("VISITED", ARA, "location:beirut", "وصلا إلى بيروت", "2025-02-23"),
      ("MET_WITH", ARA, "person:youssef-rajji", "كما التقى عراقجي", "2025-02-23"),
      ("LEADS", "person:naim-qassem", HZB, "قال الأمين العام لحزب الله"),
      ("SUCCESSOR_OF", "person:naim-qassem", NAS, "الذي انتُخب خلفاً", "2024-10-29"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2025-02-23"}),

    ("enAP3_araghchi_beirut", "en",
     "BEIRUT (AP) \u2014 Iran's foreign minister, Abbas Araghchi, flew into Beirut on Friday on a "
     "plane carrying medical aid and held talks with Lebanon's caretaker prime minister, Najib "
     "Mikati, and Parliament Speaker Nabih Berri, a week after Israel killed Hezbollah leader "
     "Hassan Nasrallah. Araghchi was greeted at the airport by Foreign Minister Abdallah Bou "
     "Habib. Hours before he landed, Israeli strikes pounded Beirut's southern suburbs again, in "
     "what Israeli media described as an attempt to kill Hashem Safieddine, a senior Hezbollah "
     "official widely seen as Nasrallah's likely successor. Hezbollah did not comment on his "
     "fate. Araghchi told reporters he had also met Hezbollah officials, whom he did not name. "
     "In Tehran, Iran's supreme leader, Ayatollah Ali Khamenei, praised Nasrallah in a rare "
     "Friday sermon. Araghchi was expected to travel on to Damascus, where Syrian officials said "
     "he would meet President Bashar Assad.",
     [("VISITED", ARA, "location:beirut", "flew into Beirut", "2024-10-04"),
      ("MET_WITH", ARA, "person:najib-mikati", "held talks with Lebanon", "2024-10-04"),
      ("MET_WITH", ARA, "person:nabih-berri", "held talks with Lebanon", "2024-10-04"),
      ("LEADS", "person:najib-mikati", "country:lebanon", "held talks with Lebanon"),
      ("LEADS", "person:nabih-berri", "organization:lebanese-parliament",
       "Parliament Speaker Nabih"),
      ("ASSASSINATED_BY", NAS, IL, "after Israel killed", "2024-09-27"),
      ("LEADS", NAS, HZB, "Hezbollah leader"),
      ("MET_WITH", ARA, "person:abdallah-bou-habib", "was greeted at the airport",
       "2024-10-04"),
      ("ATTACKED", IL, "location:dahiyeh", "Israeli strikes pounded"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "Israeli strikes pounded"),
      ("MEMBER_OF", "person:hashem-safieddine", HZB, "a senior Hezbollah official"),
      ("MET_WITH", ARA, HZB, "he had also met Hezbollah officials", "2024-10-04"),
      ("LEADS", "person:ali-khamenei", "country:iran", "Iran's supreme leader"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-10-04"}),

    ("arAP4_bardawil_barhoum", "ar",
     "غزة - العربي الجديد\n"
     "أعلنت حركة المقاومة الإسلامية (حماس)، فجر الأحد، استشهاد عضو مكتبها السياسي صلاح البردويل "
     "وزوجته في غارة إسرائيلية استهدفت خيمتهما في منطقة المواصي غربي خانيونس جنوبي قطاع غزة. "
     "وبعد ساعات، قصف جيش الاحتلال قسم الجراحة في مجمع ناصر الطبي في خان يونس، ما أدى إلى "
     "استشهاد القيادي في الحركة إسماعيل برهوم الذي كان يتلقى العلاج من جروح سابقة. وكان "
     "الاحتلال قد اغتال الثلاثاء الماضي رئيسَ لجنة متابعة العمل الحكومي في غزة عصام الدعاليس، "
     "الذي خلف روحي مشتهى في المنصب بعد مقتله. وتزامن ذلك مع لقاء وفد الحركة برئاسة رئيسها في "
     "القطاع خليل الحية، في القاهرة، برئيس جهاز المخابرات العامة المصرية اللواء حسن رشاد، لبحث "
     "إنقاذ اتفاق وقف إطلاق النار الذي انهار في 18 آذار/مارس. وقال القيادي في الحركة باسم نعيم "
     "لـ\"العربي الجديد\" إن \"دماء القادة لن تدفعنا إلى رفع الراية البيضاء\"، مضيفاً أن الحركة "
     "\"لم تغلق باب التفاوض\".",
     [("MEMBER_OF", "person:salah-al-bardawil", HAM, "عضو مكتبها السياسي"),
      ("ASSASSINATED_BY", "person:salah-al-bardawil", IL, "في غارة إسرائيلية استهدفت",
       "2025-03-23"),
      ("ATTACKED", IDF, "location:nasser-medical-complex", "قصف جيش الاحتلال قسم",
       "2025-03-23"),
      ("LOCATED_IN", "location:nasser-medical-complex", "location:khan-younis",
       "مجمع ناصر الطبي في خان يونس"),
      ("ASSASSINATED_BY", "person:ismail-barhoum", IDF, "قصف جيش الاحتلال قسم", "2025-03-23"),
      ("MEMBER_OF", "person:ismail-barhoum", HAM, "القيادي في الحركة إسماعيل"),
      ("ASSASSINATED_BY", "person:essam-al-daalis", IL, "وكان الاحتلال قد اغتال",
       "2025-03-18"),
      ("SUCCESSOR_OF", "person:essam-al-daalis", "person:rawhi-mushtaha", "الذي خلف روحي"),
      ("MET_WITH", "person:khalil-al-hayya", "person:hassan-rashad", "برئيس جهاز المخابرات",
       "2025-03"),
      ("MET_WITH", HAM, "person:hassan-rashad", "برئيس جهاز المخابرات", "2025-03"),
      ("MEMBER_OF", "person:khalil-al-hayya", HAM, "برئاسة رئيسها في"),
      ("VISITED", "person:khalil-al-hayya", "location:cairo", "في القاهرة، برئيس"),
      ("LEADS", "person:hassan-rashad", "organization:egyptian-general-intelligence",
       "برئيس جهاز المخابرات"),
      ("MEMBER_OF", "person:basem-naim", HAM, "وقال القيادي في الحركة باسم"),
      ("REPORTED_BY", "person:basem-naim", "outlet:al-araby-al-jadeed", "لـ\"العربي الجديد\""),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2025-03-23"}),

    ("enAP5_faisal_in_tehran", "en",
     "Saudi Foreign Minister Prince Faisal bin Farhan arrived in Tehran on Saturday, the first "
     "visit by a Saudi foreign minister to Iran since 2006, under a China-brokered deal to "
     "restore ties. Prince Faisal held talks with his Iranian "
     "counterpart Hossein Amirabdollahian before being received by President Ebrahim Raisi, Saudi "
     "state media reported. A joint press conference was moved to another room at the last "
     "minute, reportedly because of a large portrait of Qassem Suleimani, the Quds Force "
     "commander killed in a US drone strike in Baghdad in 2020, that hung in the original hall. "
     "A meeting with Supreme Leader Ali Khamenei was not on the programme. Iran has already named "
     "Alireza Enayati, a former director general for Gulf affairs at Iran's Foreign Ministry, as "
     "its ambassador to the kingdom, replacing Hossein Sadeghi, Tehran's last envoy in Riyadh "
     "before ties were cut in 2016. Mr Enayati is expected in Riyadh within weeks.",
     [("VISITED", "person:faisal-bin-farhan", "country:iran", "arrived in Tehran",
       "2023-06-17"),
      ("MET_WITH", "person:faisal-bin-farhan", AMA, "held talks with his Iranian",
       "2023-06-17"),
      ("MET_WITH", "person:faisal-bin-farhan", RAI, "being received by President",
       "2023-06-17"),
      ("LEADS", S, QF, "the Quds Force commander"),
      ("ASSASSINATED_BY", S, US, "killed in a US drone strike", "2020-01-03"),
      ("MEMBER_OF", "person:alireza-enayati", "organization:iranian-foreign-ministry",
       "a former director general"),
      ("SUCCESSOR_OF", "person:alireza-enayati", "person:hossein-sadeghi",
       "replacing Hossein Sadeghi"),
      ],
     {"source": "blind set (The National-style)", "published": "2023-06-17"}),

    ("arAP6_sultan_haitham_tehran", "ar",
     "طهران - ارنا - وصل سلطان عمان هيثم بن طارق الى طهران مساء الاحد في زيارة رسمية تستغرق "
     "يومين، هي الاولى لسلطان عماني منذ عام 2013، وكان في استقباله بمطار مهرآباد وزير النفط جواد "
     "اوجي. وعقد رئيس الجمهورية الاسلامية الايرانية آية الله السيد ابراهيم رئيسي والسلطان هيثم "
     "جلسة مباحثات في قصر سعدآباد، اعقبها التوقيع على اربع وثائق للتعاون في مجالات الطاقة والنقل. "
     "كما استقبل قائد الثورة الاسلامية آية الله العظمى السيد علي الخامنئي صباح الاثنين السلطان "
     "العماني والوفد المرافق له، الذي يضم وزير الخارجية بدر البوسعيدي، واكد سماحته ان "
     "\"الجمهورية الاسلامية لا ترى مانعا من عودة العلاقات مع مصر\". ونفى مصدر مطلع ان يكون "
     "السلطان قد حمل رسالة مكتوبة من واشنطن. يذكر ان السلطان هيثم تولى الحكم في كانون الثاني 2020 "
     "خلفا لابن عمه السلطان قابوس بن سعيد، الذي زار طهران عام 2013.",
     [("LEADS", "person:haitham-bin-tarik", "country:oman", "وصل سلطان عمان"),
      ("VISITED", "person:haitham-bin-tarik", "country:iran", "وصل سلطان عمان", "2023-05-28"),
      ("MET_WITH", "person:haitham-bin-tarik", "person:javad-owji", "وكان في استقباله",
       "2023-05-28"),
      ("LEADS", RAI, "country:iran", "رئيس الجمهورية الاسلامية الايرانية"),
      ("MET_WITH", RAI, "person:haitham-bin-tarik", "جلسة مباحثات", "2023-05-28"),
      ("MET_WITH", "person:ali-khamenei", "person:haitham-bin-tarik", "كما استقبل قائد الثورة",
       "2023-05-29"),
      ("MET_WITH", "person:ali-khamenei", "person:badr-albusaidi", "كما استقبل قائد الثورة",
       "2023-05-29"),
      ("VISITED", "person:badr-albusaidi", "country:iran", "الذي يضم وزير الخارجية",
       "2023-05-29"),
      ("SUCCESSOR_OF", "person:haitham-bin-tarik", "person:qaboos-bin-said", "خلفا لابن عمه",
       "2020-01"),
      ("LEADS", "person:qaboos-bin-said", "country:oman", "خلفا لابن عمه"),
      ("VISITED", "person:qaboos-bin-said", "country:iran", "الذي زار طهران عام 2013", "2013"),
      ],
     {"source": "blind set (IRNA Arabic-style)", "published": "2023-05-28"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAP")
