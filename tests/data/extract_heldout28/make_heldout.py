"""Blind set W: negotiations and Iraqi politics: Bagheri Kani in Vienna (2021), Araghchi and
Witkoff in Muscat (2025), the Saudi-Iranian talks in Baghdad and Beijing, al-Sudani in Tehran,
al-Sudani at the White House, Qaani in Sulaymaniyah. Written and annotated blind (extractor
neither read nor run).
Run: python /work/team/blind/setW/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout28/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M = "person:abu-mahdi-al-muhandis"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
SUD, BK, AR = "person:mohammed-shia-al-sudani", "person:ali-bagheri-kani", "person:abbas-araghchi"
SNSC = "organization:supreme-national-security-council"

ARTICLES = [
    ("enW1_bagheri_kani_vienna", "en",
     "VIENNA, Nov 29 (Reuters) - Talks to revive the 2015 Iran nuclear deal resumed in Vienna "
     "on Monday after a five-month pause, with Iran's new chief negotiator Ali Bagheri Kani "
     "meeting envoys of Britain, France, Germany, Russia and China. Bagheri Kani, a hardliner "
     "who replaced Abbas Araqchi as head of the delegation after Ebrahim Raisi's election, "
     "first held talks with the European Union's Enrique Mora, who chairs the meetings. "
     "Russia's ambassador to international organisations in Vienna, Mikhail Ulyanov, said he "
     "had met the Iranian delegation on Sunday. U.S. Special Envoy Robert Malley did not meet "
     "the Iranians, who refuse direct contact, and was briefed by European diplomats instead. "
     "The head of the International Atomic Energy Agency, Rafael Grossi, who visited Tehran "
     "last week, said he had failed to win access to a centrifuge workshop.",
     [("VISITED", BK, "location:vienna", "resumed in Vienna", "2021-11-29"),
      ("MET_WITH", BK, "country:united-kingdom", "meeting envoys of", "2021-11-29"),
      ("MET_WITH", BK, "country:france", "meeting envoys of", "2021-11-29"),
      ("MET_WITH", BK, "country:germany", "meeting envoys of", "2021-11-29"),
      ("MET_WITH", BK, "country:russia", "meeting envoys of", "2021-11-29"),
      ("MET_WITH", BK, "country:china", "meeting envoys of", "2021-11-29"),
      ("SUCCESSOR_OF", BK, AR, "who replaced Abbas Araqchi", "2021"),
      ("MET_WITH", BK, "person:enrique-mora", "first held talks", "2021-11-29"),
      ("MEMBER_OF", "person:enrique-mora", "organization:european-union", "first held talks"),
      ("MET_WITH", "person:mikhail-ulyanov", "country:iran", "had met the Iranian delegation",
       "2021-11-28"),
      ("LEADS", "person:rafael-grossi", "organization:iaea", "The head of the International"),
      ("VISITED", "person:rafael-grossi", "country:iran", "visited Tehran", "2021-11"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2021-11-29"}),

    ("arW2_araghchi_witkoff_muscat", "ar",
     "مسقط – تسنيم\n"
     "اختُتمت في العاصمة العُمانية مسقط، مساء السبت، الجولة الأولى من المحادثات غير المباشرة بين "
     "إيران والولايات المتحدة، بمشاركة وزير الخارجية عباس عراقجي والمبعوث الأميركي الخاص إلى "
     "الشرق الأوسط ستيف ويتكوف. ووصل عراقجي إلى مسقط صباحاً على رأس وفد ضمّ مساعده للشؤون "
     "السياسية مجيد تخت روانجي، واستقبله وزير الخارجية العُماني بدر البوسعيدي فور وصوله، قبل أن "
     "يتنقّل الأخير بين القاعتين ناقلاً الرسائل. كما التقى البوسعيدي ويتكوف في جلسة منفصلة. ونفى "
     "المتحدث باسم وزارة الخارجية الإيرانية إسماعيل بقائي أن يكون عراقجي قد اجتمع مباشرة "
     "بالمبعوث الأميركي. وأشار بقائي إلى أن عراقجي، الذي خلف علي باقري كني على رأس الدبلوماسية "
     "الإيرانية في أغسطس الماضي، التقى قبيل مغادرته طهران المرشد علي خامنئي.",
     [("VISITED", "person:steve-witkoff", "location:muscat", "ستيف ويتكوف", "2025-04-12"),
      ("VISITED", AR, "location:muscat", "ووصل عراقجي إلى مسقط", "2025-04-12"),
      ("VISITED", "person:majid-takht-ravanchi", "location:muscat", "ووصل عراقجي إلى مسقط",
       "2025-04-12"),
      ("MET_WITH", "person:badr-albusaidi", AR, "واستقبله وزير", "2025-04-12"),
      ("MET_WITH", "person:badr-albusaidi", "person:steve-witkoff", "كما التقى البوسعيدي",
       "2025-04-12"),
      ("MEMBER_OF", "person:esmaeil-baghaei", "organization:iranian-foreign-ministry",
       "المتحدث باسم وزارة الخارجية الإيرانية"),
      ("SUCCESSOR_OF", AR, BK, "الذي خلف علي باقري كني", "2024-08"),
      ("MET_WITH", AR, "person:ali-khamenei", "قبيل مغادرته", "2025-04"),
      ],
     {"source": "blind set (Tasnim-style)", "published": "2025-04-12"}),

    ("enW3_saudi_iran_baghdad_talks", "en",
     "BAGHDAD (Asharq Al-Awsat) - Iraqi Prime Minister Mustafa Kadhemi hosted a first round of "
     "direct talks between Saudi Arabia and Iran on April 9, an Iraqi official said, the "
     "highest-level contact between the rivals since they cut ties in 2016. The Saudi "
     "delegation that came to Baghdad was led by the head of the General Intelligence "
     "Presidency, Khalid al-Humaidan, who met Saeed Iravani, deputy secretary of Iran's Supreme "
     "National Security Council. Kadhemi received Humaidan and Iravani separately before the "
     "session. Riyadh at first denied that any meeting had taken place. Two years later, Ali "
     "Shamkhani, then secretary of the Iranian council, held four days of talks in Beijing with "
     "Saudi national security adviser Musaed al-Aiban, in a process hosted by China's top "
     "diplomat Wang Yi, and the two sides agreed to restore ties. Shamkhani was replaced months "
     "later by Ali Akbar Ahmadian.",
     [("LEADS", K, "country:iraq", "Iraqi Prime Minister Mustafa"),
      ("VISITED", "person:khalid-al-humaidan", "location:baghdad", "delegation that came to",
       "2021-04-09"),
      ("LEADS", "person:khalid-al-humaidan", "organization:saudi-general-intelligence-presidency",
       "led by the head of"),
      ("MET_WITH", "person:khalid-al-humaidan", "person:saeed-iravani", "who met Saeed",
       "2021-04-09"),
      ("VISITED", "person:saeed-iravani", "location:baghdad", "who met Saeed", "2021-04-09"),
      ("MEMBER_OF", "person:saeed-iravani", SNSC, "deputy secretary of Iran"),
      ("MET_WITH", K, "person:khalid-al-humaidan", "Kadhemi received Humaidan", "2021-04-09"),
      ("MET_WITH", K, "person:saeed-iravani", "Kadhemi received Humaidan", "2021-04-09"),
      ("MEMBER_OF", "person:ali-shamkhani", SNSC, "then secretary of the Iranian council"),
      ("MET_WITH", "person:ali-shamkhani", "person:musaed-al-aiban", "four days of talks",
       "2023-03"),
      ("VISITED", "person:ali-shamkhani", "location:beijing", "four days of talks", "2023-03"),
      ("VISITED", "person:musaed-al-aiban", "location:beijing", "four days of talks", "2023-03"),
      ("MET_WITH", "person:wang-yi", "person:ali-shamkhani", "hosted by China", "2023-03"),
      ("MET_WITH", "person:wang-yi", "person:musaed-al-aiban", "hosted by China", "2023-03"),
      ("SUCCESSOR_OF", "person:ali-akbar-ahmadian", "person:ali-shamkhani",
       "was replaced months", "2023-05"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2023-04"}),

    ("arW4_sudani_tehran", "ar",
     "أربيل (روداو) – أجرى رئيس مجلس الوزراء العراقي محمد شياع السوداني، يوم الثلاثاء، زيارة "
     "رسمية إلى طهران هي الأولى له منذ تسلّمه المنصب خلفاً لمصطفى الكاظمي، التقى خلالها المرشد "
     "الإيراني علي خامنئي والرئيس إبراهيم رئيسي. وضمّ الوفد المرافق للسوداني وزير الخارجية فؤاد "
     "حسين ومستشار الأمن القومي قاسم الأعرجي. ونقل بيان لمكتب السوداني أن الجانبين بحثا ملف "
     "الجماعات الكردية الإيرانية المعارضة، بعد أسابيع من قصف الحرس الثوري مقارّها في كويسنجق. "
     "وقال ممثل حكومة إقليم كردستان في بغداد فارس عيسى لروداو إن أربيل \"لن تسمح باستخدام "
     "أراضيها لتهديد أي دولة جارة\". ومن المقرر أن يزور السوداني برلين في يناير المقبل، في "
     "أول جولة أوروبية له، على أن يلتقي المستشار الألماني أولاف شولتس.",
     [("LEADS", SUD, "country:iraq", "رئيس مجلس الوزراء العراقي"),
      ("VISITED", SUD, "country:iran", "رسمية إلى طهران",
       "2022-11-29"),
      ("SUCCESSOR_OF", SUD, K, "خلفاً لمصطفى الكاظمي", "2022-10"),
      ("MET_WITH", SUD, "person:ali-khamenei", "التقى خلالها المرشد", "2022-11-29"),
      ("MET_WITH", SUD, "person:ebrahim-raisi", "التقى خلالها المرشد", "2022-11-29"),
      ("LEADS", "person:ali-khamenei", "country:iran", "التقى خلالها المرشد"),
      ("VISITED", "person:fuad-hussein", "country:iran", "وضمّ الوفد المرافق", "2022-11-29"),
      ("VISITED", "person:qassim-al-araji", "country:iran", "وضمّ الوفد المرافق", "2022-11-29"),
      ("ATTACKED", IRGC, "location:koya", "قصف الحرس الثوري", "2022"),
      ("MEMBER_OF", "person:faris-issa", "organization:kurdistan-regional-government",
       "ممثل حكومة إقليم كردستان"),
      ("REPORTED_BY", "person:faris-issa", "outlet:rudaw", "فارس عيسى لروداو"),
      ("LEADS", "person:olaf-scholz", "country:germany", "المستشار الألماني"),
      ],
     {"source": "blind set (Rudaw-style)", "published": "2022-11-29"}),

    ("enW5_sudani_white_house", "en",
     "WASHINGTON (AFP) - US President Joe Biden hosted Iraqi Prime Minister Mohammed Shia "
     "al-Sudani at the White House on Monday, the first such visit since his predecessor, "
     "Mustafa Kadhimi, met Biden in the Oval Office in July 2021. Sudani, who came to power in "
     "2022 with the backing of the Coordination Framework, also held talks with Secretary of "
     "State Antony Blinken and Defense Secretary Lloyd Austin. Iraqi Finance Minister Taif "
     "Sami, part of the delegation, met officials of the Treasury Department. The visit came "
     "two months after a US drone strike in Baghdad killed senior Kataib Hezbollah commander "
     "Abu Baqir al-Saadi, whom Washington blamed for a drone attack that killed three US "
     "soldiers at Tower 22 in Jordan. Sudani had been expected to meet House Speaker Mike "
     "Johnson, but the meeting was dropped from his schedule.",
     [("LEADS", "person:joe-biden", US, "US President Joe Biden"),
      ("LEADS", SUD, "country:iraq", "US President Joe Biden"),
      ("MET_WITH", "person:joe-biden", SUD, "hosted Iraqi Prime Minister", "2024-04-15"),
      ("VISITED", SUD, US, "hosted Iraqi Prime Minister", "2024-04-15"),
      ("SUCCESSOR_OF", SUD, K, "his predecessor"),
      ("MET_WITH", K, "person:joe-biden", "met Biden in the Oval Office", "2021-07"),
      ("SUPPORTS", "organization:coordination-framework", SUD, "with the backing of"),
      ("MET_WITH", SUD, "person:antony-blinken", "also held talks", "2024-04-15"),
      ("MET_WITH", SUD, "person:lloyd-austin", "also held talks", "2024-04-15"),
      ("VISITED", "person:taif-sami", US, "part of the delegation", "2024-04"),
      ("MET_WITH", "person:taif-sami", "organization:us-treasury-department",
       "part of the delegation", "2024-04"),
      ("ASSASSINATED_BY", "person:abu-baqir-al-saadi", US, "a US drone strike in Baghdad",
       "2024-02"),
      ("MEMBER_OF", "person:abu-baqir-al-saadi", "organization:kataib-hezbollah",
       "senior Kataib Hezbollah commander"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "at Tower 22 in Jordan"),
      ("LEADS", "person:mike-johnson", "organization:us-house-of-representatives",
       "House Speaker"),
      ],
     {"source": "blind set (AFP-style)", "published": "2024-04-15"}),

    ("arW6_qaani_sulaymaniyah", "ar",
     "السليمانية ــ العربي الجديد\n"
     "أفادت مصادر كردية مطلعة بأن قائد فيلق القدس في الحرس الثوري الإيراني إسماعيل قاآني وصل، "
     "مساء الأحد، إلى السليمانية قادماً من بغداد، حيث استقبله زعيم الاتحاد الوطني الكردستاني "
     "بافل طالباني. وبحسب المصادر، حمل خليفة سليماني رسالة بشأن نشاط المعارضة الكردية "
     "الإيرانية قرب الحدود. كما التقى قاآني محافظ السليمانية هفال أبو بكر. وأضافت المصادر أن "
     "رئيس حكومة الإقليم مسرور بارزاني رفض طلباً إيرانياً للقاء الجنرال في أربيل، مكتفياً "
     "باتصال هاتفي مع السفير الإيراني. وكان قاآني قد اجتمع في بغداد، يوم السبت، برئيس الوزراء "
     "محمد شياع السوداني وبزعيم ائتلاف دولة القانون نوري المالكي. وتتزامن الزيارة مع الذكرى "
     "الثالثة لاغتيال سليماني والمهندس على يد القوات الأميركية قرب مطار بغداد.",
     [("LEADS", Q, QF, "قائد فيلق القدس في الحرس"),
      ("PART_OF", QF, IRGC, "قائد فيلق القدس في الحرس"),
      ("VISITED", Q, "location:sulaymaniyah", "إلى السليمانية قادماً", "2023-01"),
      ("MET_WITH", "person:bafel-talabani", Q, "حيث استقبله زعيم", "2023-01"),
      ("LEADS", "person:bafel-talabani", "organization:patriotic-union-of-kurdistan",
       "حيث استقبله زعيم"),
      ("SUCCESSOR_OF", Q, S, "خليفة سليماني"),
      ("MET_WITH", Q, "person:havel-abu-bakr", "كما التقى قاآني", "2023-01"),
      ("LEADS", "person:havel-abu-bakr", "location:sulaymaniyah", "محافظ السليمانية"),
      ("LEADS", "person:masrour-barzani", "organization:kurdistan-regional-government",
       "رئيس حكومة الإقليم"),
      ("VISITED", Q, "location:baghdad", "قد اجتمع في بغداد", "2023-01"),
      ("MET_WITH", Q, SUD, "قد اجتمع في بغداد", "2023-01"),
      ("MET_WITH", Q, "person:nouri-al-maliki", "قد اجتمع في بغداد", "2023-01"),
      ("LEADS", "person:nouri-al-maliki", "organization:state-of-law-coalition",
       "وبزعيم ائتلاف دولة القانون"),
      ("ASSASSINATED_BY", S, "organization:us-armed-forces", "على يد القوات الأميركية",
       "2020-01"),
      ("ASSASSINATED_BY", M, "organization:us-armed-forces", "على يد القوات الأميركية",
       "2020-01"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2023-01"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setW")
