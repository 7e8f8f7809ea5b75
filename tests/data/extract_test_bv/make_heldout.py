"""Blind set BV: killings and strikes with a named side, 2019-2024 (the Hisham al-Hashimi
verdict, the IRGC missiles on Erbil in March 2022, the drone from Iraq that killed two soldiers
in the Golan, the June 2021 US strikes on the border, the Erbil verdict on the killing of a
Turkish diplomat, two IRGC advisers killed near Damascus). Written and annotated blind
(extractor neither read nor run).
Run: python /work/team/blind/setBV/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_bv/make_heldout.py
"""

# ruff: noqa: F405  (the entity ids come from blind_common_bv)
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_common_bv import *  # noqa: E402,F401,F403

HERE = Path(__file__).parent

IRI = "organization:islamic-resistance-in-iraq"
MAS, NECH = "person:masrour-barzani", "person:nechirvan-barzani"
KRG = "organization:kurdistan-regional-government"
MOI = "organization:iraqi-interior-ministry"
SISI, ABD = "person:abdel-fattah-al-sisi", "person:abdullah-ii"
SHO, TAG = "person:mohammad-ali-ataei-shourcheh", "person:panah-taghizadeh"

ARTICLES = [
    ("enBV1_hashimi_verdict", "en",
     "BAGHDAD (AP) \u2014 An Iraqi criminal court on Sunday sentenced to death a police officer "
     "convicted of killing Hisham al-Hashimi, a prominent security analyst who was gunned down "
     "outside his home in Baghdad's Zayouna district in July 2020, the Supreme Judicial Council "
     "said. Ahmed Hamdawi Owaid, a lieutenant in the Interior Ministry, fired the shots from a "
     "motorcycle, according to the verdict. Owaid had "
     "confessed in a video broadcast on state television in July 2021, when Prime Minister "
     "Mustafa al-Kadhimi said his government had kept its promise to catch the killers. "
     "Interior Ministry spokesman Brig. Gen. Khalid al-Muhanna told The Associated Press that "
     "Owaid had been in custody since his arrest. Rights groups have long blamed Iran-backed "
     "militias for the killings of dozens of activists since 2019, accusations the groups deny. "
     "Al-Kadhimi's successor, Mohammed Shia al-Sudani, has promised to reopen those files.",
     [("ASSASSINATED_BY", "person:hisham-al-hashimi", "person:ahmed-hamdawi-owaid",
       "convicted of killing", "2020-07-06"),
      ("LOCATED_IN", "location:zayouna", BGD, "Baghdad's Zayouna district"),
      ("MEMBER_OF", "person:ahmed-hamdawi-owaid", MOI, "a lieutenant in the Interior Ministry"),
      ("MEMBER_OF", "person:khalid-al-muhanna", MOI, "Interior Ministry spokesman Brig"),
      ("REPORTED_BY", "person:khalid-al-muhanna", "outlet:ap", "told The Associated Press"),
      ("SUCCESSOR_OF", SUD, K, "successor, Mohammed", "2022-10"),
      ],
     {"source": "blind set (AP-style)", "published": "2023-05-07"}),

    ("arBV2_irgc_missiles_erbil", "ar",
     "أربيل (كوردستان24)- أعلن الحرس الثوري الإيراني، الأحد، مسؤوليته عن القصف الصاروخي الذي "
     "استهدف مدينة أربيل فجراً بـ12 صاروخاً باليستياً، زاعماً في بيان نشره موقع «سباه نيوز» "
     "التابع له أنه ضرب «مركزاً استراتيجياً للتآمر الصهيوني». وأصابت الصواريخ منزل رجل الأعمال "
     "الشيخ باز كريم البرزنجي، الرئيس التنفيذي لمجموعة «كار» النفطية، من دون أن تسفر عن قتلى. "
     "وتفقّد رئيس حكومة إقليم كوردستان مسرور بارزاني موقع القصف، فيما استقبل رئيس الإقليم "
     "نيجيرفان بارزاني في أربيل، الإثنين، وفداً من الحكومة الاتحادية برئاسة مستشار الأمن الوطني "
     "قاسم الأعرجي، الذي قال إن الوفد «لم يجد أي دليل» على وجود مقار إسرائيلية. وقال وزير "
     "الداخلية في حكومة الإقليم ريبر أحمد لكوردستان24 إن «الادعاءات الإيرانية لا أساس لها». "
     "واستدعت الخارجية العراقية السفير الإيراني إيرج مسجدي احتجاجاً. وكان الحرس الثوري قد قصف "
     "قاعدة عين الأسد في يناير 2020 رداً على اغتيال قائد فيلق القدس قاسم سليماني بغارة أميركية "
     "قرب مطار بغداد.",
     [("ATTACKED", IRGC, "location:erbil", "مسؤوليته عن القصف", "2022-03-13"),
      ("REPORTED_BY", IRGC, "outlet:sepah-news", "في بيان نشره موقع"),
      ("LEADS", "person:baz-karim-barzinji", "organization:kar-group", "الرئيس التنفيذي لمجموعة"),
      ("LEADS", MAS, KRG, "رئيس حكومة إقليم"),
      ("LEADS", NECH, "location:kurdistan-region", "استقبل رئيس الإقليم"),
      ("MET_WITH", NECH, "person:qassim-al-araji", "استقبل رئيس الإقليم", "2022-03-14"),
      ("MET_WITH", NECH, GOV, "وفداً من الحكومة الاتحادية", "2022-03-14"),
      ("VISITED", "person:qassim-al-araji", "location:erbil", "نيجيرفان بارزاني في أربيل",
       "2022-03-14"),
      ("MEMBER_OF", "person:reber-ahmed", KRG, "الداخلية في حكومة الإقليم"),
      ("REPORTED_BY", "person:reber-ahmed", "outlet:kurdistan24", "أحمد لكوردستان24"),
      ("ATTACKED", IRGC, "location:ain-al-asad-air-base", "قاعدة عين الأسد في يناير",
       "2020-01-08"),
      ("LEADS", S, QF, "قائد فيلق القدس"),
      ("ASSASSINATED_BY", S, US, "بغارة أميركية", "2020-01-03"),
      ],
     {"source": "blind set (Kurdistan24 Arabic-style)", "published": "2022-03-14"}),

    ("enBV3_golan_drone_from_iraq", "en",
     "JERUSALEM (AFP) - Two Israeli soldiers were killed when a drone launched from "
     "Iraq slammed into a military base in the northern Golan Heights on Friday, the "
     "army said, in an attack claimed by the Iran-backed Islamic Resistance in Iraq. The military "
     "named the dead as Sergeant Daniel Aviv Haim Sofer and Staff Sergeant Tal Dror, "
     "both of the Golani Brigade. The Islamic Resistance in Iraq, an umbrella of armed groups that "
     "includes Kataib Hezbollah and Harakat al-Nujaba, said it had struck a target "
     "in the occupied Golan. Army spokesman Rear Admiral Daniel Hagari said the drone had not been "
     "intercepted. The attack came a week after Israel killed Hezbollah chief Hassan Nasrallah in "
     "a strike on Beirut's southern suburbs, and three days after the Revolutionary Guards fired "
     "some 200 missiles at Israel. Iraqi Prime Minister Mohammed Shia al-Sudani, who hosted "
     "Iranian President Masoud Pezeshkian in Baghdad last month, has called for a ceasefire.",
     [("ATTACKED", IRI, "location:golan-heights", "slammed into a military base", "2024-10-04"),
      ("SUPPORTS", IRN, IRI, "the Iran-backed Islamic Resistance"),
      ("ASSASSINATED_BY", "person:daniel-aviv-haim-sofer", IRI, "named the dead as",
       "2024-10-04"),
      ("ASSASSINATED_BY", "person:tal-dror", IRI, "named the dead as", "2024-10-04"),
      ("MEMBER_OF", "person:daniel-aviv-haim-sofer", "organization:golani-brigade",
       "both of the Golani Brigade"),
      ("MEMBER_OF", "person:tal-dror", "organization:golani-brigade", "both of the Golani Brigade"),
      ("PART_OF", KH, IRI, "includes Kataib Hezbollah"),
      ("PART_OF", "organization:harakat-al-nujaba", IRI, "includes Kataib Hezbollah"),
      ("MEMBER_OF", "person:daniel-hagari", "organization:israel-defense-forces",
       "Army spokesman Rear Admiral"),
      ("ASSASSINATED_BY", "person:hassan-nasrallah", "country:israel", "Israel killed Hezbollah",
       "2024-09-27"),
      ("LEADS", "person:hassan-nasrallah", "organization:hezbollah", "Hezbollah chief Hassan"),
      ("ATTACKED", "country:israel", "location:dahiyeh", "Beirut's southern suburbs",
       "2024-09-27"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "Beirut's southern suburbs"),
      ("ATTACKED", IRGC, "country:israel", "the Revolutionary Guards fired", "2024-10-01"),
      ("LEADS", SUD, IRQ, "Iraqi Prime Minister Mohammed"),
      ("MET_WITH", SUD, "person:masoud-pezeshkian", "who hosted", "2024-09"),
      ("LEADS", "person:masoud-pezeshkian", IRN, "Iranian President Masoud"),
      ("VISITED", "person:masoud-pezeshkian", BGD, "Pezeshkian in Baghdad", "2024-09"),
      ],
     {"source": "blind set (AFP-style)", "published": "2024-10-04"}),

    ("arBV4_us_strikes_border_june2021", "ar",
     "بغداد – الميادين\n"
     "نعت «كتائب سيد الشهداء»، اليوم الإثنين، أربعة من مقاتليها قالت إنهم ارتقوا في الغارات "
     "الأميركية التي استهدفت فجراً مواقع للحشد الشعبي على الحدود العراقية السورية قرب القائم، "
     "متوعدة بالرد. وكانت وزارة الدفاع الأميركية (البنتاغون) قد أعلنت أن الضربات نُفّذت بأمر من "
     "الرئيس جو بايدن، واستهدفت «منشآت تستخدمها كتائب حزب الله وكتائب سيد الشهداء»، رداً على "
     "هجمات بطائرات مسيّرة على القوات الأميركية في العراق. وقال النائب عن تحالف الفتح محمد "
     "البلداوي للميادين إن «الدماء لن تذهب هدراً». ودان رئيس الوزراء مصطفى الكاظمي الغارات "
     "ووصفها بأنها «انتهاك سافر للسيادة العراقية»، وذلك بعد يوم من استضافته في بغداد الرئيسَ "
     "المصري عبد الفتاح السيسي والعاهلَ الأردني الملك عبد الله الثاني في قمة ثلاثية. وتعيد الغارات "
     "إلى الأذهان الضربة التي نفذتها القوات الأميركية قرب مطار بغداد مطلع 2020، واغتالت قائد فيلق "
     "القدس الفريق قاسم سليماني ونائب رئيس هيئة الحشد أبو مهدي المهندس.",
     [("ATTACKED", US, PMF, "الأميركية التي استهدفت فجراً", "2021-06-28"),
      ("ATTACKED", US, KH, "منشآت تستخدمها", "2021-06-28"),
      ("ATTACKED", US, "organization:kataib-sayyid-al-shuhada", "منشآت تستخدمها", "2021-06-28"),
      ("LOCATED_IN", USAF, IRQ, "على القوات الأميركية في العراق"),
      ("MEMBER_OF", "person:mohammed-al-baldawi", "organization:fatah-alliance",
       "النائب عن تحالف الفتح"),
      ("REPORTED_BY", "person:mohammed-al-baldawi", "outlet:al-mayadeen", "البلداوي للميادين"),
      ("MET_WITH", K, SISI, "استضافته في بغداد", "2021-06-27"),
      ("MET_WITH", K, ABD, "استضافته في بغداد", "2021-06-27"),
      ("VISITED", SISI, BGD, "استضافته في بغداد", "2021-06-27"),
      ("VISITED", ABD, BGD, "استضافته في بغداد", "2021-06-27"),
      ("LEADS", SISI, "country:egypt", "الرئيسَ المصري"),
      ("LEADS", ABD, "country:jordan", "والعاهلَ الأردني"),
      ("ASSASSINATED_BY", S, USAF, "الضربة التي نفذتها القوات الأميركية", "2020-01-03"),
      ("ASSASSINATED_BY", M, USAF, "الضربة التي نفذتها القوات الأميركية", "2020-01-03"),
      ("LEADS", S, QF, "واغتالت قائد فيلق"),
      ("MEMBER_OF", M, PMF, "ونائب رئيس هيئة الحشد"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2021-06-28"}),

    ("enBV5_erbil_verdict_turkish_diplomat", "en",
     "ERBIL, Kurdistan Region \u2014 An Erbil criminal court on Thursday sentenced Mazlum Dag to "
     "death for the killing of Turkish diplomat Osman Kose, who was shot dead at a restaurant in "
     "the Kurdistan Region capital in July 2019. Kose, the deputy consul general at Turkey's "
     "consulate in Erbil, was killed along with an Iraqi civilian when a gunman opened fire inside "
     "the Huqqabaz restaurant in the city's Ainkawa district. Dag, 27, was "
     "arrested by Kurdistan Region security forces days later; two men "
     "accused of helping him received prison terms. Turkey's Consul General in Erbil Hakan "
     "Karacay, who attended the hearing, told Rudaw that the verdict showed \u201cthe strength of "
     "cooperation\u201d between Ankara and Erbil. Ankara blamed the Kurdistan Workers' Party (PKK) "
     "for the attack, an accusation the group denied. Turkey's ambassador to Iraq, Fatih Yildiz, "
     "met Kurdistan Region Prime Minister Masrour Barzani in Erbil the day after the shooting.",
     [("ASSASSINATED_BY", "person:osman-kose", "person:mazlum-dag", "sentenced Mazlum Dag",
       "2019-07-17"),
      ("LOCATED_IN", "location:turkish-consulate-erbil", "location:erbil",
       "Turkey's consulate in Erbil"),
      ("LOCATED_IN", "location:ainkawa", "location:erbil", "the city's Ainkawa district"),
      ("REPORTED_BY", "person:hakan-karacay", "outlet:rudaw", "told Rudaw"),
      ("MET_WITH", "person:fatih-yildiz", MAS, "met Kurdistan Region Prime Minister", "2019-07-18"),
      ("LEADS", MAS, KRG, "Kurdistan Region Prime Minister Masrour"),
      ("VISITED", "person:fatih-yildiz", "location:erbil", "Masrour Barzani in Erbil",
       "2019-07-18"),
      ],
     {"source": "blind set (Rudaw English-style)", "published": "2020-02"}),

    ("arBV6_irgc_advisers_sayyida_zaynab", "ar",
     "طهران - تسنيم\n"
     "أعلن حرس الثورة الإسلامية، في بيان، استشهاد اثنين من مستشاريه العسكريين في سوريا، هما محمد "
     "علي عطائي شورجه وبناه تقي زاده، في غارة شنّها الكيان الصهيوني فجر السبت على منطقة السيدة "
     "زينب قرب دمشق. وقال المتحدث باسم الحرس العميد رمضان شريف لتسنيم إن «الكيان الصهيوني سيدفع "
     "ثمن هذه الجريمة في الوقت المناسب». ويأتي ذلك فيما أعلنت «المقاومة الإسلامية في العراق» "
     "استهداف قاعدة حرير شمال أربيل بطائرة مسيّرة، بينما قالت القيادة المركزية الأمريكية إن "
     "قواتها قتلت خمسة مسلحين كانوا يستعدون لإطلاق طائرات مسيّرة قرب كركوك. وكان قائد قوة القدس "
     "العميد اسماعيل قاآني، الذي خلف الشهيد الحاج قاسم سليماني بعد اغتياله بغارة امريكية قرب "
     "مطار بغداد، قد أكد في كلمة الشهر الماضي أن «محور المقاومة لن يترك غزة وحيدة».",
     [("MEMBER_OF", SHO, IRGC, "استشهاد اثنين من مستشاريه"),
      ("MEMBER_OF", TAG, IRGC, "استشهاد اثنين من مستشاريه"),
      ("ASSASSINATED_BY", SHO, "country:israel", "في غارة شنّها الكيان الصهيوني", "2023-12-02"),
      ("ASSASSINATED_BY", TAG, "country:israel", "في غارة شنّها الكيان الصهيوني", "2023-12-02"),
      ("ATTACKED", "country:israel", "location:sayyida-zaynab", "على منطقة السيدة", "2023-12-02"),
      ("MEMBER_OF", "person:ramezan-sharif", IRGC, "المتحدث باسم الحرس"),
      ("REPORTED_BY", "person:ramezan-sharif", "outlet:tasnim", "شريف لتسنيم"),
      ("ATTACKED", IRI, "location:harir-base", "استهداف قاعدة حرير", "2023-12"),
      ("LOCATED_IN", "location:harir-base", "location:erbil", "قاعدة حرير شمال أربيل"),
      ("LEADS", Q, QF, "قائد قوة القدس"),
      ("SUCCESSOR_OF", Q, S, "الذي خلف الشهيد"),
      ("LEADS", S, QF, "الذي خلف الشهيد"),
      ("ASSASSINATED_BY", S, US, "بعد اغتياله بغارة امريكية", "2020-01-03"),
      ],
     {"source": "blind set (Tasnim Arabic-style)", "published": "2023-12-02"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBV")
