"""Blind set AQ: Mohammed Sinwar and Shabana (May 2025), the Mezzeh strike on Quds Force
advisers and Amir-Abdollahian in Damascus (Jan-Feb 2024), Emir Tamim in Tehran (Feb 2025),
Rawhi Mushtaha's killing announced (Oct 2024), Saeed Izadi killed in Qom (June 2025),
al-Busaidi in Baghdad. Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAQ/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout42/make_heldout.py
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
YS, MS, HAN = "person:yahya-sinwar", "person:mohammed-sinwar", "person:ismail-haniyeh"
QB = "organization:qassam-brigades"

ARTICLES = [
    ("enAQ1_mohammed_sinwar", "en",
     "JERUSALEM, May 28 (Reuters) - Israeli Prime Minister Benjamin Netanyahu said on Wednesday "
     "that Israel had killed Mohammed Sinwar, the head of Hamas's armed wing in Gaza and the "
     "younger brother of the group's slain leader Yahya Sinwar. \u201cWe eliminated Mohammed "
     "Sinwar,\u201d Netanyahu told parliament, without giving details. Israeli officials have said "
     "a May 13 Israeli air strike on an underground command centre beneath the European Hospital "
     "in Khan Younis killed Sinwar along with Mohammed Shabana, commander of Hamas's Rafah "
     "Brigade. Hamas has not confirmed his death. Sinwar had taken over Hamas's Izz el-Deen "
     "al-Qassam Brigades after its longtime chief Mohammed Deif was killed last year, and is "
     "expected to be replaced by Izz al-Din al-Haddad, the Qassam commander in northern Gaza, two "
     "sources close to the group said. Yahya Sinwar, who succeeded Ismail Haniyeh as Hamas's "
     "political leader, was killed by Israeli troops in Rafah in October.",
     [("LEADS", "person:benjamin-netanyahu", IL, "Israeli Prime Minister"),
      ("ASSASSINATED_BY", MS, IL, "that Israel had killed", "2025-05-13"),
      ("LEADS", YS, HAM, "the group's slain leader"),
      ("ASSASSINATED_BY", "person:mohammed-shabana", IL, "a May 13 Israeli air strike",
       "2025-05-13"),
      ("MEMBER_OF", "person:mohammed-shabana", HAM, "commander of Hamas's Rafah"),
      ("LEADS", MS, QB, "had taken over Hamas's Izz"),
      ("PART_OF", QB, HAM, "had taken over Hamas's Izz"),
      ("SUCCESSOR_OF", MS, "person:mohammed-deif", "had taken over Hamas's Izz"),
      ("LEADS", "person:mohammed-deif", QB, "its longtime chief"),
      ("MEMBER_OF", "person:izz-al-din-al-haddad", QB, "the Qassam commander in northern Gaza"),
      ("SUCCESSOR_OF", YS, HAN, "who succeeded Ismail Haniyeh", "2024-08-06"),
      ("LEADS", HAN, HAM, "who succeeded Ismail Haniyeh"),
      ("ASSASSINATED_BY", YS, IDF, "was killed by Israeli troops", "2024-10-16"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-05-28"}),

    ("arAQ2_mezzeh_advisers", "ar",
     "دمشق - الجزيرة نت\n"
     "أعلن الحرس الثوري الإيراني، السبت، مقتل خمسة من مستشاريه العسكريين في غارة إسرائيلية "
     "استهدفت مبنى سكنياً في حي المزة غربي دمشق، بينهم مسؤول استخبارات فيلق القدس في سوريا حجت "
     "الله أميدوار، المعروف بالحاج صادق، ونائبه علي آغا زاده. وقال الحرس في بيان نقلته وكالة "
     "تسنيم إن \"الكيان الصهيوني سيدفع ثمن جريمته\"، في حين لم يعلّق الجيش الإسرائيلي على الغارة. "
     "وتأتي الضربة بعد أقل من شهر على اغتيال المستشار البارز في الحرس رضي موسوي بغارة إسرائيلية "
     "على منطقة السيدة زينب جنوبي العاصمة السورية. وبعد ثلاثة أسابيع، وصل وزير الخارجية الإيراني "
     "حسين أمير عبد اللهيان إلى دمشق، حيث استقبله الرئيس السوري بشار الأسد، كما بحث مع نظيره "
     "فيصل المقداد \"تداعيات الاعتداءات الإسرائيلية\". وكان أمير عبد اللهيان قد التقى في بيروت، "
     "قبل يوم، الأمين العام لحزب الله حسن نصر الله.",
     [("ASSASSINATED_BY", "person:hojjatollah-omidvar", IL, "في غارة إسرائيلية استهدفت",
       "2024-01-20"),
      ("ASSASSINATED_BY", "person:ali-aghazadeh", IL, "في غارة إسرائيلية استهدفت",
       "2024-01-20"),
      ("ATTACKED", IL, "location:mezzeh", "في غارة إسرائيلية استهدفت", "2024-01-20"),
      ("LOCATED_IN", "location:mezzeh", "location:damascus", "حي المزة غربي دمشق"),
      ("MEMBER_OF", "person:hojjatollah-omidvar", IRGC, "خمسة من مستشاريه"),
      ("MEMBER_OF", "person:ali-aghazadeh", IRGC, "خمسة من مستشاريه"),
      ("MEMBER_OF", "person:hojjatollah-omidvar", QF, "مسؤول استخبارات فيلق القدس"),
      ("REPORTED_BY", IRGC, "outlet:tasnim", "في بيان نقلته وكالة"),
      ("ASSASSINATED_BY", "person:razi-mousavi", IL, "رضي موسوي بغارة إسرائيلية",
       "2023-12-25"),
      ("MEMBER_OF", "person:razi-mousavi", IRGC, "المستشار البارز في الحرس"),
      ("ATTACKED", IL, "location:sayyida-zaynab", "رضي موسوي بغارة إسرائيلية", "2023-12-25"),
      ("VISITED", AMA, "location:damascus", "إلى دمشق، حيث", "2024-02-10"),
      ("MET_WITH", "person:bashar-al-assad", AMA, "حيث استقبله الرئيس السوري", "2024-02-10"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "حيث استقبله الرئيس السوري"),
      ("MET_WITH", AMA, "person:faisal-mekdad", "كما بحث مع نظيره", "2024-02-10"),
      ("MET_WITH", AMA, NAS, "قد التقى في بيروت", "2024-02-09"),
      ("VISITED", AMA, "location:beirut", "قد التقى في بيروت", "2024-02-09"),
      ("LEADS", NAS, HZB, "الأمين العام لحزب الله"),
      ],
     {"source": "blind set (Al Jazeera Net-style)", "published": "2024-02-10"}),

    ("enAQ3_tamim_in_tehran", "en",
     "Qatar's Emir Sheikh Tamim bin Hamad Al Thani arrived in Tehran on Wednesday on his first "
     "visit since Masoud Pezeshkian took office and held talks with the Iranian president on "
     "Gaza and on Iranian funds frozen in Qatari banks. Supreme "
     "Leader Ali Khamenei later received the emir and his delegation, which included Prime "
     "Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani and Minister of State "
     "Mohammed Al-Khulaifi, Iranian state media reported. Pezeshkian became president last July, "
     "two months after his predecessor Ebrahim Raisi died in a helicopter crash. Khulaifi, Doha's "
     "point man on Iran, told Al-Monitor the trip was \u201cnot a mediation mission,\u201d although "
     "US officials say Qatar carries messages between Washington and Tehran. A Qatari source said "
     "the emir did not meet Quds Force chief Esmaeil Ghaani, contrary to reports on Iranian "
     "social media. A phone call between Tamim and President Donald Trump preceded the trip.",
     [("LEADS", "person:tamim-bin-hamad-al-thani", "country:qatar", "Qatar's Emir Sheikh"),
      ("VISITED", "person:tamim-bin-hamad-al-thani", "country:iran", "arrived in Tehran",
       "2025-02-19"),
      ("MET_WITH", "person:tamim-bin-hamad-al-thani", "person:masoud-pezeshkian",
       "held talks with the Iranian president", "2025-02-19"),
      ("LEADS", "person:masoud-pezeshkian", "country:iran", "held talks with the Iranian president"),
      ("MET_WITH", "person:ali-khamenei", "person:tamim-bin-hamad-al-thani",
       "later received the emir", "2025-02-19"),
      ("MET_WITH", "person:ali-khamenei", "person:mohammed-bin-abdulrahman-al-thani",
       "later received the emir", "2025-02-19"),
      ("MET_WITH", "person:ali-khamenei", "person:mohammed-al-khulaifi",
       "later received the emir", "2025-02-19"),
      ("VISITED", "person:mohammed-bin-abdulrahman-al-thani", "country:iran",
       "his delegation, which included"),
      ("VISITED", "person:mohammed-al-khulaifi", "country:iran", "his delegation, which included"),
      ("SUCCESSOR_OF", "person:masoud-pezeshkian", RAI, "his predecessor Ebrahim", "2024-07"),
      ("REPORTED_BY", "person:mohammed-al-khulaifi", "outlet:al-monitor", "told Al-Monitor"),
      ("LEADS", Q, QF, "Quds Force chief Esmaeil"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2025-02-19"}),

    ("arAQ4_mushtaha_announced", "ar",
     "غزة - تل أبيب: «الشرق الأوسط»\n"
     "أعلن الجيش الإسرائيلي، الخميس، أنه اغتال قبل نحو ثلاثة أشهر عضوَ المكتب السياسي لحركة "
     "«حماس» ورئيسَ حكومتها في غزة روحي مشتهى، إلى جانب القياديين في الحركة سامح السراج وسامي "
     "عودة، في غارة على مجمّع تحت الأرض شمال القطاع. وقالت الحركة إنها «لن تعلّق على ادعاءات "
     "الاحتلال». ويُعدّ مشتهى من أقرب المقربين إلى رئيس المكتب السياسي للحركة يحيى السنوار، الذي "
     "خلف إسماعيل هنية بعد اغتياله في طهران نهاية يوليو (تموز)، وقد أمضى الرجلان سنوات معاً في "
     "السجون الإسرائيلية. وكان مشتهى يتولى ملف العلاقة مع مصر، والتقى مراراً في القاهرة رئيسَ جهاز "
     "المخابرات العامة المصرية آنذاك اللواء عباس كامل. من جهته، قال وزير الدفاع الإسرائيلي يوآف "
     "غالانت إن «حماس لم تعد تملك قيادة في غزة»، فيما أكد المتحدث باسم الجيش دانيال هاغاري أن "
     "عودة كان يقود جهاز الأمن العام في الحركة.",
     [("ASSASSINATED_BY", "person:rawhi-mushtaha", IDF, "أنه اغتال قبل", "2024-07"),
      ("ASSASSINATED_BY", "person:sameh-al-siraj", IDF, "أنه اغتال قبل", "2024-07"),
      ("ASSASSINATED_BY", "person:sami-oudeh", IDF, "أنه اغتال قبل", "2024-07"),
      ("MEMBER_OF", "person:rawhi-mushtaha", HAM, "عضوَ المكتب السياسي"),
      ("MEMBER_OF", "person:sameh-al-siraj", HAM, "إلى جانب القياديين"),
      ("MEMBER_OF", "person:sami-oudeh", HAM, "إلى جانب القياديين"),
      ("LEADS", YS, HAM, "رئيس المكتب السياسي للحركة يحيى"),
      ("SUCCESSOR_OF", YS, HAN, "خلف إسماعيل هنية", "2024-08-06"),
      ("LEADS", HAN, HAM, "خلف إسماعيل هنية"),
      ("MET_WITH", "person:rawhi-mushtaha", "person:abbas-kamel", "والتقى مراراً في القاهرة"),
      ("VISITED", "person:rawhi-mushtaha", "location:cairo", "والتقى مراراً في القاهرة"),
      ("LEADS", "person:abbas-kamel", "organization:egyptian-general-intelligence",
       "رئيسَ جهاز المخابرات العامة المصرية"),
      ("MEMBER_OF", "person:daniel-hagari", IDF, "المتحدث باسم الجيش"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2024-10-03"}),

    ("enAQ5_izadi_qom", "en",
     "JERUSALEM (AP) \u2014 Israel said Saturday it had killed a senior commander of Iran's "
     "Revolutionary Guard in a strike on an apartment in the holy city of Qom, the most senior "
     "Quds Force officer targeted since the war began eight days ago. Defense Minister Israel Katz "
     "named him as Saeed Izadi, head of the Palestine Corps of the Guard's expeditionary Quds "
     "Force, and said he had helped finance and arm Hamas before its Oct. 7, 2023, attack. Izadi "
     "\u201cmet regularly\u201d with Hamas leaders, including Ismail Haniyeh, Israeli military "
     "spokesman Brig. Gen. Effie Defrin said. The military said a separate strike killed Behnam "
     "Shahriyari, who ran the Quds Force's weapons transfers to its allies. Iranian media "
     "confirmed Izadi's death without details. In Geneva on Friday, Iran's foreign minister, "
     "Abbas Araghchi, met Britain's David Lammy, France's Jean-No\u00ebl Barrot and Germany's "
     "Johann Wadephul, talks that ended without a breakthrough.",
     [("ASSASSINATED_BY", "person:saeed-izadi", IL, "Israel said Saturday it had killed",
       "2025-06-21"),
      ("MEMBER_OF", "person:saeed-izadi", IRGC, "a senior commander of Iran's"),
      ("ATTACKED", IL, "location:qom", "a strike on an apartment", "2025-06-21"),
      ("LEADS", "person:saeed-izadi", "organization:quds-force-palestine-corps",
       "head of the Palestine Corps"),
      ("PART_OF", "organization:quds-force-palestine-corps", QF, "head of the Palestine Corps"),
      ("PART_OF", QF, IRGC, "the Guard's expeditionary"),
      ("MET_WITH", "person:saeed-izadi", HAM, "met regularly"),
      ("MET_WITH", "person:saeed-izadi", "person:ismail-haniyeh", "met regularly"),
      ("MEMBER_OF", "person:effie-defrin", IDF, "Israeli military spokesman"),
      ("ASSASSINATED_BY", "person:behnam-shahriyari", IDF, "a separate strike killed",
       "2025-06-21"),
      ("MEMBER_OF", "person:behnam-shahriyari", QF, "who ran the Quds Force"),
      ("VISITED", ARA, "location:geneva", "In Geneva on Friday", "2025-06-20"),
      ("MET_WITH", ARA, "person:david-lammy", "met Britain's David", "2025-06-20"),
      ("MET_WITH", ARA, "person:jean-noel-barrot", "met Britain's David", "2025-06-20"),
      ("MET_WITH", ARA, "person:johann-wadephul", "met Britain's David", "2025-06-20"),
      ("VISITED", "person:david-lammy", "location:geneva", "In Geneva on Friday", "2025-06-20"),
      ("VISITED", "person:jean-noel-barrot", "location:geneva", "In Geneva on Friday",
       "2025-06-20"),
      ("VISITED", "person:johann-wadephul", "location:geneva", "In Geneva on Friday",
       "2025-06-20"),
      ],
     {"source": "blind set (AP-style)", "published": "2025-06-21"}),

    ("arAQ6_busaidi_baghdad", "ar",
     "بغداد/ شفق نيوز- استقبل رئيس مجلس الوزراء محمد شياع السوداني، الأحد، وزير الخارجية العُماني "
     "بدر بن حمد البوسعيدي، الذي وصل إلى بغداد في زيارة رسمية يرافقه وكيل وزارة الخارجية العمانية "
     "للشؤون السياسية الشيخ خليفة الحارثي، وبحث معه \"التطورات في المنطقة والمحادثات الإيرانية "
     "الأميركية التي تستضيفها مسقط\"، بحسب بيان لمكتبه الإعلامي. كما عقد البوسعيدي جلسة مباحثات "
     "مع نظيره العراقي فؤاد حسين تناولت ملف المياه والربط الكهربائي الخليجي. وكان الوزير العماني "
     "قد زار طهران الأسبوع الماضي، حيث التقى الرئيس الإيراني مسعود بزشكيان. ومن المقرر أن يلتقي "
     "البوسعيدي رئيس الجمهورية عبد اللطيف جمال رشيد الاثنين. وكانت بغداد قد استضافت جولات الحوار "
     "السعودي الإيراني في عهد سلف السوداني، مصطفى الكاظمى، الذي تسلّم رئاسة الحكومة خلفاً لعادل "
     "عبد المهدي. وأجرى السوداني في وقت سابق اتصالاً هاتفياً بالسلطان هيثم بن طارق.",
     [("MET_WITH", "person:mohammed-shia-al-sudani", "person:badr-albusaidi",
       "استقبل رئيس مجلس الوزراء", "2025-05"),
      ("VISITED", "person:badr-albusaidi", "location:baghdad", "الذي وصل إلى بغداد", "2025-05"),
      ("VISITED", "person:khalifa-al-harthy", "location:baghdad", "يرافقه وكيل", "2025-05"),
      ("MEMBER_OF", "person:khalifa-al-harthy", "organization:omani-foreign-ministry",
       "يرافقه وكيل"),
      ("MET_WITH", "person:badr-albusaidi", "person:fuad-hussein", "جلسة مباحثات مع نظيره",
       "2025-05"),
      ("VISITED", "person:badr-albusaidi", "country:iran", "قد زار طهران"),
      ("MET_WITH", "person:badr-albusaidi", "person:masoud-pezeshkian",
       "حيث التقى الرئيس الإيراني"),
      ("LEADS", "person:masoud-pezeshkian", "country:iran", "حيث التقى الرئيس الإيراني"),
      ("SUCCESSOR_OF", "person:mohammed-shia-al-sudani", K, "في عهد سلف السوداني"),
      ("SUCCESSOR_OF", K, "person:adil-abdul-mahdi", "خلفاً لعادل", "2020-05"),
      ("LEADS", K, "organization:iraqi-government", "تسلّم رئاسة الحكومة"),
      ("LEADS", "person:adil-abdul-mahdi", "organization:iraqi-government",
       "تسلّم رئاسة الحكومة"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2025-05"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAQ")
