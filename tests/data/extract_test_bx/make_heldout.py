"""Blind set BX: Iraqi ministers, governors and commanders with neighbours' envoys: the Turkish
water envoy in Baghdad (Reuters, Jan 2023), the Jordanian energy minister and the power link
(Shafaq News, 2023), the Arar crossing reopened (Rudaw Arabic, Nov 2020), Barham Saleh received by
Sultan Haitham (AFP, Jan 2020), Yarallah receives the Jordanian army chief (The National, 2021),
the Basra governor and the Kuwaiti ambassador (Asharq Al-Awsat, 2024).
Written and annotated blind (extractor neither read nor run).
Run: python3 /work/team/blind/setBX/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_bx/make_heldout.py
"""

# ruff: noqa: F405  (the entity ids come from blind_common_by)
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_common_by import *  # noqa: E402,F401,F403

HERE = Path(__file__).parent

SAL, YAR = "person:barham-salih", "person:abdul-amir-yarallah"
GHA, EID = "person:othman-al-ghanimi", "person:asaad-al-eidani"

ARTICLES = [
    ("enBX1_eroglu_water_talks", "en",
     "BAGHDAD, Jan 17 (Reuters) - Turkey's special envoy for water affairs, Veysel Eroglu, held "
     "talks in Baghdad on Tuesday with Iraqi Water Resources Minister Aoun Dhiab Abdullah on "
     "water releases down the Tigris and Euphrates, the ministry "
     "said. Dhiab, who took over the ministry from Mahdi Rashid al-Hamdani when Prime Minister "
     "Mohammed Shia al-Sudani formed his government in October, has warned that Iraq's "
     "reserves are at their lowest level in decades. Eroglu, a former Turkish forestry and "
     "water minister, was later received by Sudani, who urged Ankara to guarantee Iraq \u201ca "
     "fair share\u201d, the premier's office said. Turkey's ambassador Ali Riza Guney was present "
     "at both meetings. \u201cWe asked for a permanent mechanism, not seasonal promises,\u201d "
     "ministry spokesman Khaled Shamal told Reuters. Sudani and Turkish President Tayyip "
     "Erdogan discussed the water file by phone last month, and Sudani is expected to visit "
     "Ankara in the spring.",
     [("MET_WITH", "person:veysel-eroglu", "person:aoun-dhiab-abdullah", "Veysel Eroglu, held",
       "2023-01-17"),
      ("VISITED", "person:veysel-eroglu", "location:baghdad", "talks in Baghdad on Tuesday",
       "2023-01-17"),
      ("SUCCESSOR_OF", "person:aoun-dhiab-abdullah", "person:mahdi-rashid-al-hamdani",
       "took over the ministry from", "2022-10"),
      ("LEADS", SUD, GOV, "formed his government"),
      ("MEMBER_OF", "person:aoun-dhiab-abdullah", GOV, "formed his government"),
      ("MET_WITH", "person:veysel-eroglu", SUD, "was later received by Sudani", "2023-01-17"),
      ("REPORTED_BY", "person:khaled-shamal", "outlet:reuters", "Shamal told Reuters"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2023-01-17"}),

    ("arBX2_kharabsheh_power_link", "ar",
     "بغداد/ شفق نيوز- استقبل وزير الكهرباء العراقي زياد علي فاضل، اليوم الأربعاء في بغداد، "
     "وزيرَ الطاقة والثروة المعدنية الأردني صالح الخرابشة والوفد المرافق له، لبحث المراحل "
     "الأخيرة من مشروع الربط الكهربائي بين البلدين، الذي يبدأ بخط يصل إلى مدينة الرطبة في "
     "محافظة الأنبار. وكان فاضل قد تسلّم حقيبة الكهرباء في حكومة محمد شياع السوداني خلفاً لعادل "
     "كريم، وتعهّد بتقليص ساعات القطع قبل الصيف. والتقى الوزير الأردني في وقت لاحق رئيسَ مجلس "
     "الوزراء، الذي أكد أن «تنويع مصادر الطاقة خيار استراتيجي للعراق». وقال المتحدث باسم "
     "الوزارة أحمد موسى العبادي لشفق نيوز إن «الخط سيزوّد المنطقة الغربية بنحو 40 ميغاواط في "
     "المرحلة الأولى». ومن المنتظر أن يلتقي الخرابشة وزير النفط حيان عبد الغني غداً لبحث ملف "
     "أنبوب البصرة – العقبة. ويأتي ذلك فيما تواجه بغداد صعوبات في سداد مستحقات الغاز الإيراني "
     "بسبب العقوبات الأميركية.",
     [("MET_WITH", "person:ziad-ali-fadel", "person:saleh-al-kharabsheh", "استقبل وزير الكهرباء",
       "2023"),
      ("VISITED", "person:saleh-al-kharabsheh", "location:baghdad", "اليوم الأربعاء في بغداد",
       "2023"),
      ("LOCATED_IN", "location:al-rutba", "location:anbar", "مدينة الرطبة في"),
      ("SUCCESSOR_OF", "person:ziad-ali-fadel", "person:adel-karim", "خلفاً لعادل", "2022-10"),
      ("MEMBER_OF", "person:ziad-ali-fadel", GOV, "في حكومة محمد شياع"),
      ("LEADS", SUD, GOV, "في حكومة محمد شياع"),
      ("MET_WITH", "person:saleh-al-kharabsheh", SUD, "والتقى الوزير الأردني", "2023"),
      ("REPORTED_BY", "person:ahmed-moussa-al-abadi", "outlet:shafaq-news", "العبادي لشفق نيوز"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2023"}),

    ("arBX3_arar_crossing_reopened", "ar",
     "الأنبار - روداو\n"
     "أُعيد، الأربعاء، فتح منفذ عرعر الحدودي بين العراق والسعودية أمام حركة البضائع والمسافرين "
     "للمرة الأولى منذ ثلاثين عاماً، في حفل حضره وزير الداخلية العراقي عثمان الغانمي ومحافظ "
     "الأنبار علي فرحان الدليمي ورئيس هيئة المنافذ الحدودية عمر الوائلي. واجتمع الغانمي على "
     "هامش الافتتاح بسفير خادم الحرمين الشريفين لدى العراق عبد العزيز الشمري والوفد السعودي "
     "المرافق له. والغانمي، الذي خلف ياسين الياسري في حقيبة الداخلية ضمن حكومة مصطفى الكاظمي، "
     "كان قد شغل منصب رئيس أركان الجيش العراقي قبل أن يخلفه فيه الفريق أول ركن عبد الأمير "
     "يارالله. وقال محافظ الأنبار لروداو إن «المنفذ سيوفر آلاف فرص العمل لأبناء المحافظة». "
     "ويقع المنفذ في صحراء الأنبار الغربية، على بعد نحو 400 كيلومتر من الرمادي. وكانت زيارة "
     "متوقعة لنظيره السعودي الأمير عبد العزيز بن سعود لحضور الافتتاح قد أُلغيت في اللحظة الأخيرة.",
     [("LEADS", "person:ali-farhan-al-dulaimi", "location:anbar", "ومحافظ الأنبار علي"),
      ("LEADS", "person:omar-al-waeli", "organization:iraqi-border-ports-authority",
       "ورئيس هيئة المنافذ"),
      ("MET_WITH", GHA, "person:abdulaziz-al-shammari", "واجتمع الغانمي", "2020-11-18"),
      ("SUCCESSOR_OF", GHA, "person:yassin-al-yasiri", "الذي خلف ياسين", "2020-05"),
      ("MEMBER_OF", GHA, GOV, "ضمن حكومة مصطفى"),
      ("LEADS", K, GOV, "ضمن حكومة مصطفى"),
      ("LEADS", GHA, "organization:iraqi-army", "منصب رئيس أركان الجيش"),
      ("SUCCESSOR_OF", YAR, GHA, "قبل أن يخلفه فيه"),
      ("LEADS", YAR, "organization:iraqi-army", "قبل أن يخلفه فيه"),
      ("REPORTED_BY", "person:ali-farhan-al-dulaimi", "outlet:rudaw", "وقال محافظ الأنبار لروداو"),
      ("LOCATED_IN", "location:arar-crossing", "location:anbar", "ويقع المنفذ في صحراء"),
      ],
     {"source": "blind set (Rudaw Arabic-style)", "published": "2020-11-18"}),

    ("enBX4_saleh_muscat_haitham", "en",
     "MUSCAT (AFP) - Iraqi President Barham Saleh was received on Monday by Oman's new ruler, "
     "Sultan Haitham bin Tariq, in Muscat, joining a stream of leaders who flew in to offer "
     "condolences after the death of Sultan Qaboos bin Said. Haitham, a former culture minister "
     "and cousin of the late sultan, was sworn in on Saturday to succeed Qaboos, who ruled Oman "
     "for nearly half a century. Saleh, who was accompanied by Foreign Minister Mohamed Ali "
     "Alhakim, also met Oman's minister responsible for foreign affairs, Yusuf bin Alawi, "
     "according to the Oman News Agency. The visit came less than two weeks after a US drone "
     "strike in Baghdad killed Iranian commander Qassem Soleimani and Iraqi paramilitary chief "
     "Abu Mahdi al-Mohandes, and as Muscat, long a discreet channel between Tehran and "
     "Washington, urged restraint. Iran's Foreign Minister Mohammad Javad Zarif was also in "
     "the Omani capital on Monday, but there was no word of a meeting with Saleh.",
     [("LEADS", SAL, IRAQ, "Iraqi President Barham"),
      ("MET_WITH", SAL, "person:haitham-bin-tarik", "was received on Monday", "2020-01-13"),
      ("LEADS", "person:haitham-bin-tarik", "country:oman", "Oman's new ruler"),
      ("VISITED", SAL, "location:muscat", "Sultan Haitham bin Tariq, in Muscat", "2020-01-13"),
      ("SUCCESSOR_OF", "person:haitham-bin-tarik", "person:qaboos-bin-said", "to succeed Qaboos",
       "2020-01-11"),
      ("LEADS", "person:qaboos-bin-said", "country:oman", "who ruled Oman"),
      ("VISITED", "person:mohamed-ali-alhakim", "location:muscat", "who was accompanied by",
       "2020-01-13"),
      ("MET_WITH", SAL, "person:yusuf-bin-alawi", "also met Oman's minister", "2020-01-13"),
      ("ASSASSINATED_BY", S, US, "a US drone", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "a US drone", "2020-01-03"),
      ("VISITED", "person:mohammad-javad-zarif", "location:muscat", "was also in", "2020-01-13"),
      ],
     {"source": "blind set (AFP-style)", "published": "2020-01-13"}),

    ("enBX5_yarallah_huneiti", "en",
     "Iraq's army chief of staff, Lt Gen Abdul Amir Yarallah, received his Jordanian "
     "counterpart, Maj Gen Yousef Al Huneiti, in Baghdad on Sunday for talks on border security "
     "and intelligence sharing against ISIS remnants in the western desert, the Iraqi Ministry "
     "of Defence said. Gen Yarallah, who replaced Lt Gen Othman Al Ghanimi as chief of staff "
     "when the latter was named interior minister last year, said the two armies would hold "
     "joint exercises. Gen Al Huneiti, chairman of the Joint Chiefs of Staff of the Jordan "
     "Armed Forces, also met Defence Minister Juma Inad and was received by Prime Minister "
     "Mustafa Al Kadhimi. The visit comes weeks after a tripartite summit in Baghdad at which "
     "Mr Al Kadhimi hosted King Abdullah II of Jordan and Egypt's President Abdel Fattah El "
     "Sisi, the first visit to Iraq by an Egyptian head of state in three decades. A planned "
     "stop by Gen Al Huneiti in Erbil was dropped.",
     [("LEADS", YAR, "organization:iraqi-army", "Iraq's army chief of staff"),
      ("MET_WITH", YAR, "person:yousef-huneiti", "received his Jordanian", "2021"),
      ("VISITED", "person:yousef-huneiti", "location:baghdad", "in Baghdad on Sunday", "2021"),
      ("SUCCESSOR_OF", YAR, GHA, "who replaced Lt Gen Othman", "2020"),
      ("LEADS", GHA, "organization:iraqi-army", "who replaced Lt Gen Othman"),
      ("LEADS", "person:yousef-huneiti", "organization:jordan-armed-forces", "chairman of the Joint"),
      ("MET_WITH", "person:yousef-huneiti", "person:juma-inad", "also met Defence Minister", "2021"),
      ("MET_WITH", "person:yousef-huneiti", K, "was received by Prime Minister", "2021"),
      ("MET_WITH", K, "person:abdullah-ii", "hosted King Abdullah", "2021-06-27"),
      ("MET_WITH", K, "person:abdel-fattah-al-sisi", "hosted King Abdullah", "2021-06-27"),
      ("LEADS", "person:abdullah-ii", "country:jordan", "King Abdullah II of Jordan"),
      ("LEADS", "person:abdel-fattah-al-sisi", "country:egypt", "Egypt's President"),
      ("VISITED", "person:abdullah-ii", "location:baghdad", "a tripartite summit in Baghdad",
       "2021-06-27"),
      ("VISITED", "person:abdel-fattah-al-sisi", "location:baghdad",
       "a tripartite summit in Baghdad", "2021-06-27"),
      ("VISITED", "person:abdel-fattah-al-sisi", IRAQ, "the first visit to Iraq", "2021-06-27"),
      ],
     {"source": "blind set (The National-style)", "published": "2021"}),

    ("arBX6_eidani_kuwaiti_ambassador", "ar",
     "البصرة: «الشرق الأوسط»\n"
     "بحث محافظ البصرة أسعد العيداني مع سفير دولة الكويت لدى العراق سالم غصاب الزمانان، خلال "
     "لقاء جمعهما في مبنى المحافظة، ملفَّ الملاحة في خور عبد الله وحركة الشاحنات عبر منفذ "
     "سفوان الحدودي. وقال العيداني لـ«الشرق الأوسط» إن «البصرة هي الأكثر تضرراً من أي توتر بين "
     "البلدين، ومصلحتها في التهدئة». ونقل الزمانان، الذي يزور البصرة للمرة الثانية هذا العام، "
     "تحيات أمير الكويت الشيخ مشعل الأحمد الجابر الصباح، الذي تولى مقاليد الحكم خلفاً للأمير "
     "الراحل الشيخ نواف الأحمد في ديسمبر/كانون الأول الماضي. وكان السفير قد التقى في بغداد، "
     "الأسبوع الماضي، وزيرَ الخارجية فؤاد حسين. وأثار قرار المحكمة الاتحادية العليا إبطال قانون "
     "التصديق على اتفاقية خور عبد الله غضباً في الكويت، فيما دعا رئيس الوزراء محمد شياع السوداني "
     "إلى «حل قانوني» للأزمة، من دون أن يُعلن عن اتصال بينه وبين الجانب الكويتي.",
     [("LEADS", EID, "location:basra", "محافظ البصرة أسعد"),
      ("MET_WITH", EID, "person:salem-al-zamanan", "بحث محافظ البصرة", "2024"),
      ("REPORTED_BY", EID, "outlet:asharq-al-awsat", "العيداني لـ«الشرق الأوسط»"),
      ("VISITED", "person:salem-al-zamanan", "location:basra", "الذي يزور البصرة", "2024"),
      ("LEADS", "person:meshal-al-ahmad-al-jaber-al-sabah", "country:kuwait", "أمير الكويت الشيخ"),
      ("SUCCESSOR_OF", "person:meshal-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah",
       "خلفاً للأمير", "2023-12"),
      ("MET_WITH", "person:salem-al-zamanan", "person:fuad-hussein", "وكان السفير قد التقى",
       "2024"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2024"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBX")
