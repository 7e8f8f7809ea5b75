"""Blind set AR: Araqchi received by the Saudi crown prince (Oct 2024), Pourhashemi killed in
Aleppo and Araghchi in Damascus and Ankara (Nov-Dec 2024), the Saudi ambassador in Sanaa
(April 2023), Taleb Abdallah killed in Jouaiya (June 2024), Wissam al-Tawil killed (Jan 2024),
the new Saudi ambassador presents credentials to Raisi (Sept 2023).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAR/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout43/make_heldout.py
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
HOU, SPC = "organization:houthis", "organization:houthi-supreme-political-council"
SNSC = "organization:supreme-national-security-council"

ARTICLES = [
    ("enAR1_araqchi_riyadh", "en",
     "RIYADH, Oct 9 (Reuters) - Saudi Crown Prince Mohammed bin Salman received Iranian Foreign "
     "Minister Abbas Araqchi in Riyadh on Wednesday, Saudi state media said, as Tehran sought to "
     "reassure Gulf states ahead of a possible Israeli response to its Oct. 1 missile attack on "
     "Israel. Araqchi, who was welcomed at the airport by Deputy Foreign Minister Waleed "
     "Elkhereiji, also held talks with his Saudi counterpart Prince Faisal bin Farhan. It was his "
     "first trip to the kingdom since he succeeded Ali Bagheri Kani, who had served as acting "
     "foreign minister after Hossein Amirabdollahian died in a helicopter crash in May. Iran's "
     "missile barrage followed Israel's killing of Hezbollah leader Hassan Nasrallah in Beirut and "
     "the assassination of Hamas leader Ismail Haniyeh in Tehran, which Iran blamed on Israel. A "
     "planned stop in Kuwait was dropped, an Iranian diplomat said.",
     [("MET_WITH", "person:mohammed-bin-salman", ARA, "received Iranian Foreign", "2024-10-09"),
      ("VISITED", ARA, "location:riyadh", "in Riyadh on Wednesday", "2024-10-09"),
      ("ATTACKED", "country:iran", IL, "its Oct. 1 missile attack", "2024-10-01"),
      ("MET_WITH", ARA, "person:waleed-elkhereiji", "was welcomed at the airport", "2024-10-09"),
      ("MET_WITH", ARA, "person:faisal-bin-farhan", "also held talks with his Saudi",
       "2024-10-09"),
      ("SUCCESSOR_OF", ARA, "person:ali-bagheri-kani", "since he succeeded Ali", "2024-08"),
      ("SUCCESSOR_OF", "person:ali-bagheri-kani", AMA, "had served as acting", "2024-05"),
      ("ASSASSINATED_BY", NAS, IL, "followed Israel's killing", "2024-09-27"),
      ("LEADS", NAS, HZB, "Hezbollah leader Hassan"),
      ("LEADS", "person:ismail-haniyeh", HAM, "Hamas leader Ismail"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-10-09"}),

    ("arAR2_pourhashemi_araghchi_damascus", "ar",
     "طهران - تسنيم\n"
     "أعلن حرس الثورة الإسلامية، الخميس، استشهاد العميد كيومرث بورهاشمي، أحد مستشاري الحرس في "
     "سوريا والمعروف بـ«الحاج هاشم»، في مدينة حلب على أيدي الإرهابيين التكفيريين. وجاء ذلك بعد "
     "يوم من هجوم واسع شنّته جماعة «هيئة تحرير الشام» الإرهابية على مدينة حلب وريفها. وكان الشهيد "
     "بورهاشمي من رفاق الشهيد الفريق قاسم سليماني، الذي اغتالته القوات الأمريكية قرب مطار بغداد "
     "بأمر من الرئيس الأمريكي السابق دونالد ترامب. وفي هذا السياق، وصل وزير الخارجية عباس عراقجي "
     "إلى دمشق الأحد، حيث استقبله الرئيس السوري بشار الأسد، ثم التقى نظيره السوري بسام الصباغ، "
     "الذي تولى حقيبة الخارجية في أيلول الماضي خلفاً لفيصل المقداد. وتوجه عراقجي بعد ذلك إلى "
     "أنقرة، حيث أجرى مباحثات مع نظيره التركي هاكان فيدان. وكان قائد قوة القدس في حرس الثورة "
     "العميد إسماعيل قآني قد أكد أن «محور المقاومة سيقف إلى جانب سوريا».",
     [("MEMBER_OF", "person:kiomars-pourhashemi", IRGC, "أحد مستشاري الحرس"),
      ("ATTACKED", "organization:hayat-tahrir-al-sham", "location:aleppo", "هجوم واسع شنّته",
       "2024-11-27"),
      ("ASSASSINATED_BY", S, "organization:us-armed-forces", "الذي اغتالته القوات الأمريكية",
       "2020-01-03"),
      ("ASSASSINATED_BY", S, "person:donald-trump", "بأمر من الرئيس الأمريكي السابق",
       "2020-01-03"),
      ("LEADS", "person:donald-trump", US, "بأمر من الرئيس الأمريكي السابق"),
      ("VISITED", ARA, "location:damascus", "إلى دمشق الأحد", "2024-12-01"),
      ("MET_WITH", "person:bashar-al-assad", ARA, "حيث استقبله الرئيس السوري", "2024-12-01"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "حيث استقبله الرئيس السوري"),
      ("MET_WITH", ARA, "person:bassam-sabbagh", "ثم التقى نظيره السوري", "2024-12-01"),
      ("SUCCESSOR_OF", "person:bassam-sabbagh", "person:faisal-mekdad", "خلفاً لفيصل المقداد",
       "2024-09"),
      ("VISITED", ARA, "location:ankara", "وتوجه عراقجي بعد ذلك", "2024-12-02"),
      ("MET_WITH", ARA, "person:hakan-fidan", "حيث أجرى مباحثات مع نظيره التركي", "2024-12-02"),
      ("LEADS", Q, QF, "وكان قائد قوة القدس"),
      ("PART_OF", QF, IRGC, "وكان قائد قوة القدس"),
      ],
     {"source": "blind set (Tasnim Arabic-style)", "published": "2024-12-02"}),

    ("enAR3_al_jaber_sanaa", "en",
     "SANAA (AFP) - Saudi Arabia's ambassador to Yemen, Mohammed Al Jaber, held talks in Sanaa on "
     "Sunday with Mahdi al-Mashat, head of the Huthi rebels' Supreme Political Council, in the "
     "kingdom's most public contact with the Iran-backed group since the war began, Huthi media "
     "said. Al Jaber's delegation, which travelled with Omani mediators, was received at Sanaa "
     "airport by Huthi officials including Abdulmalik al-Ajri, a member of the rebels' political "
     "bureau. Mashat, who took over the council after Saleh al-Sammad was killed in a Saudi-led "
     "coalition air strike in 2018, told the envoy the rebels wanted \"an honourable peace\". The "
     "Huthis' chief negotiator Mohammed Abdulsalam, who lives in Muscat, did not attend. Huthi "
     "leader Abdulmalik al-Huthi has not met the Saudi envoy, and no such meeting is planned, a "
     "rebel source told AFP. The visit follows the China-brokered deal of March 10 under which "
     "Riyadh and Tehran agreed to restore ties.",
     [("MET_WITH", "person:mohammed-al-jaber", "person:mahdi-al-mashat", "held talks in Sanaa",
       "2023-04-09"),
      ("VISITED", "person:mohammed-al-jaber", "location:sanaa", "held talks in Sanaa",
       "2023-04-09"),
      ("LEADS", "person:mahdi-al-mashat", SPC, "head of the Huthi rebels"),
      ("PART_OF", SPC, HOU, "head of the Huthi rebels"),
      ("SUPPORTS", "country:iran", HOU, "the Iran-backed group"),
      ("MET_WITH", "person:mohammed-al-jaber", "person:abdulmalik-al-ajri",
       "was received at Sanaa airport", "2023-04-09"),
      ("MEMBER_OF", "person:abdulmalik-al-ajri", HOU, "a member of the rebels"),
      ("SUCCESSOR_OF", "person:mahdi-al-mashat", "person:saleh-al-sammad",
       "who took over the council after", "2018-04"),
      ("LEADS", "person:saleh-al-sammad", SPC, "who took over the council after"),
      ("ASSASSINATED_BY", "person:saleh-al-sammad", "organization:saudi-led-coalition",
       "killed in a Saudi-led coalition", "2018-04-19"),
      ("MEMBER_OF", "person:mohammed-abdulsalam", HOU, "chief negotiator Mohammed"),
      ("LEADS", "person:abdul-malik-al-houthi", HOU, "Huthi leader Abdulmalik"),
      ],
     {"source": "blind set (AFP-style)", "published": "2023-04-09"}),

    ("arAR4_taleb_abdallah_jouaiya", "ar",
     "بيروت - «النهار»\n"
     "نعى «حزب الله» القيادي طالب سامي عبد الله، المعروف بـ«الحاج أبو طالب»، قائد «وحدة نصر» "
     "المسؤولة عن القطاع الأوسط من الجبهة الجنوبية، الذي اغتالته مسيّرة إسرائيلية ليل الثلاثاء في "
     "بلدة جويا في قضاء صور مع ثلاثة من مرافقيه. وأكد الجيش الإسرائيلي في بيان أن طائراته «قضت» "
     "على عبد الله، واصفاً إياه بأنه «من أرفع قادة الحزب في جنوب لبنان». وردّ الحزب الأربعاء "
     "بإطلاق أكثر من مئتي صاروخ على شمال إسرائيل، معلناً مسؤوليته عن قصف قاعدة ميرون للمراقبة "
     "الجوية. وشارك رئيس المجلس التنفيذي في الحزب هاشم صفي الدين في التشييع في الضاحية الجنوبية، "
     "متوعداً بـ«زيادة العمليات شدةً وبأساً». وفي وقت لاحق، استقبل رئيس مجلس النواب نبيه بري في "
     "عين التينة الموفد الأميركي آموس هوكشتاين، الذي وصل إلى بيروت في مسعى لاحتواء التصعيد، بعدما "
     "التقى رئيس حكومة تصريف الأعمال نجيب ميقاتي في السراي.",
     [("MEMBER_OF", "person:taleb-abdallah", HZB, "نعى «حزب الله» القيادي"),
      ("LEADS", "person:taleb-abdallah", "organization:hezbollah-nasr-unit", "قائد «وحدة نصر»"),
      ("ASSASSINATED_BY", "person:taleb-abdallah", IL, "الذي اغتالته مسيّرة إسرائيلية",
       "2024-06-11"),
      ("ATTACKED", IL, "location:jouaiya", "الذي اغتالته مسيّرة إسرائيلية", "2024-06-11"),
      ("LOCATED_IN", "location:jouaiya", "location:tyre-district", "بلدة جويا في قضاء صور"),
      ("ASSASSINATED_BY", "person:taleb-abdallah", IDF, "أن طائراته «قضت»", "2024-06-11"),
      ("ATTACKED", HZB, IL, "بإطلاق أكثر من مئتي صاروخ", "2024-06-12"),
      ("ATTACKED", HZB, "location:meron-base", "معلناً مسؤوليته عن قصف", "2024-06-12"),
      ("LEADS", "person:hashem-safieddine", "organization:hezbollah-executive-council",
       "رئيس المجلس التنفيذي في الحزب"),
      ("PART_OF", "organization:hezbollah-executive-council", HZB,
       "رئيس المجلس التنفيذي في الحزب"),
      ("MET_WITH", "person:nabih-berri", "person:amos-hochstein", "استقبل رئيس مجلس النواب",
       "2024-06-18"),
      ("VISITED", "person:amos-hochstein", "location:beirut", "الذي وصل إلى بيروت",
       "2024-06-18"),
      ("MET_WITH", "person:amos-hochstein", "person:najib-mikati", "بعدما التقى رئيس حكومة",
       "2024-06-18"),
      ],
     {"source": "blind set (Annahar-style)", "published": "2024-06-18"}),

    ("enAR5_wissam_al_tawil", "en",
     "A senior commander of Hezbollah's elite Radwan Force has been killed in an Israeli strike on "
     "his car in southern Lebanon, the most senior figure of the Lebanese group to be killed since "
     "cross-border hostilities began in October. Wissam al-Tawil, also known as al-Hajj Jawad, "
     "died when a drone hit his vehicle in the village of Khirbet Selm, Lebanese security sources "
     "told Al Jazeera. Hezbollah mourned him as a \u201cmartyr\u201d and released photographs of him "
     "with Qasim Soleimani, the Iranian general killed by the US in Baghdad in 2020. The strike "
     "came six days after Hamas deputy leader Saleh al-Arouri was killed in an explosion in "
     "Beirut's southern suburbs that Lebanon blamed on Israel. EU foreign policy chief Josep "
     "Borrell, who met Lebanon's caretaker Prime Minister Najib Mikati and Speaker Nabih Berri in "
     "Beirut on Saturday, warned against dragging the country into a regional war.",
     [("MEMBER_OF", "person:wissam-al-tawil", "organization:radwan-force",
       "A senior commander of Hezbollah"),
      ("PART_OF", "organization:radwan-force", HZB, "A senior commander of Hezbollah"),
      ("ASSASSINATED_BY", "person:wissam-al-tawil", IL, "killed in an Israeli strike on",
       "2024-01-08"),
      ("ASSASSINATED_BY", S, US, "killed by the US in Baghdad", "2020-01-03"),
      ("MEMBER_OF", "person:saleh-al-arouri", HAM, "Hamas deputy leader"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "Beirut's southern suburbs"),
      ("MEMBER_OF", "person:josep-borrell", "organization:european-union",
       "EU foreign policy chief"),
      ("MET_WITH", "person:josep-borrell", "person:najib-mikati", "who met Lebanon's caretaker",
       "2024-01-06"),
      ("MET_WITH", "person:josep-borrell", "person:nabih-berri", "who met Lebanon's caretaker",
       "2024-01-06"),
      ("LEADS", "person:najib-mikati", "country:lebanon", "who met Lebanon's caretaker"),
      ("VISITED", "person:josep-borrell", "location:beirut", "in Beirut on Saturday",
       "2024-01-06"),
      ],
     {"source": "blind set (Al Jazeera English-style)", "published": "2024-01-08"}),

    ("arAR6_saudi_ambassador_credentials", "ar",
     "طهران - مهر\n"
     "قدّم السفير السعودي الجديد لدى طهران عبدالله بن سعود العنزي، اليوم الثلاثاء، أوراق اعتماده "
     "إلى رئيس الجمهورية الإسلامية الإيرانية آية الله السيد إبراهيم رئيسي، ليكون أول سفير للمملكة "
     "في إيران منذ قطع العلاقات عام 2016. وأكد رئيسي خلال استقباله العنزي أن \"تنمية العلاقات مع "
     "دول الجوار أولوية لحكومته\". وكان العنزي قد وصل إلى طهران مطلع الشهر، فيما باشر السفير "
     "الإيراني علي رضا عنايتي مهامه في الرياض. وتأتي هذه الخطوة بعد زيارة وزير الخارجية حسين أمير "
     "عبداللهيان إلى الرياض في آب الماضي، التي التقى خلالها في جدة وليَّ العهد السعودي الأمير محمد "
     "بن سلمان. ويُنفَّذ بذلك الاتفاق الذي وقّعه في بكين أمين المجلس الأعلى للأمن القومي آنذاك علي "
     "شمخاني ومستشار الأمن الوطني السعودي مساعد العيبان، قبل أن يخلف علي أكبر أحمديان شمخانيَ في "
     "المنصب في أيار. ولم يُحدَّد بعد موعد زيارة رئيسي إلى الرياض، التي دعاه إليها الملك سلمان.",
     [("LEADS", RAI, "country:iran", "إلى رئيس الجمهورية الإسلامية الإيرانية"),
      ("MET_WITH", RAI, "person:abdullah-al-anzi", "خلال استقباله العنزي", "2023-09-05"),
      ("VISITED", "person:abdullah-al-anzi", "country:iran", "وكان العنزي قد وصل إلى طهران",
       "2023-09"),
      ("VISITED", AMA, "location:riyadh", "عبداللهيان إلى الرياض", "2023-08-17"),
      ("MET_WITH", AMA, "person:mohammed-bin-salman", "التقى خلالها في جدة", "2023-08-18"),
      ("VISITED", AMA, "location:jeddah", "التقى خلالها في جدة", "2023-08-18"),
      ("MEMBER_OF", "person:ali-shamkhani", SNSC, "أمين المجلس الأعلى للأمن القومي آنذاك"),
      ("SUCCESSOR_OF", "person:ali-akbar-ahmadian", "person:ali-shamkhani",
       "قبل أن يخلف علي أكبر", "2023-05"),
      ("MEMBER_OF", "person:ali-akbar-ahmadian", SNSC, "قبل أن يخلف علي أكبر"),
      ],
     {"source": "blind set (Mehr Arabic-style)", "published": "2023-09-05"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAR")
