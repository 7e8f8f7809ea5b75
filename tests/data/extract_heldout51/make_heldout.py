"""Blind set BO: US strikes in Iraq and the people who ordered them, US officials and Iraqi
leaders. Kirby on Biden's order to kill Abu Baqir al-Saadi, the funeral in Baghdad, Kurilla
received by Nechirvan Barzani, al-Sudani receives Romanowski after Abu Taqwa's killing, the
December 2023 strikes on Kataib Hezbollah after the Erbil drone attack, Romanowski meets
al-Amiri.
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setBO/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout51/make_heldout.py
"""

# ruff: noqa: F405  (the entity ids come from blind_common_bp)
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_common_bp import *  # noqa: E402,F401,F403

HERE = Path(__file__).parent

ARTICLES = [
    ("enBO1_kirby_biden_order_saadi", "en",
     "WASHINGTON (AP) \u2014 President Joe Biden ordered the drone strike that killed a senior "
     "militia commander in Baghdad on Wednesday night, White House national security spokesman "
     "John Kirby said Thursday, calling it part of the response to the Jan. 28 attack that killed "
     "three U.S. soldiers at Tower 22, a base in Jordan. U.S. Central Command said its forces "
     "killed Abu Baqir al-Saadi, a commander of Kataib Hezbollah who it said directed attacks on "
     "American troops, in a strike on his vehicle in the Mashtal neighborhood of eastern Baghdad. "
     "Lt. Gen. Douglas Sims, director of the Joint Staff, had warned days earlier that more "
     "strikes were possible. In Baghdad, Prime Minister Mohammed Shia al-Sudani met U.S. "
     "Ambassador Alina Romanowski on Thursday, his office said, without giving details. Kataib "
     "Hezbollah, which Washington blamed for the Tower 22 attack, had said last week it was "
     "suspending operations against U.S. forces.",
     [("ASSASSINATED_BY", ABQ, BID, "President Joe Biden ordered the drone strike", "2024-02-07"),
      ("MEMBER_OF", "person:john-kirby", "organization:white-house",
       "White House national security spokesman"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "a base in Jordan"),
      ("ASSASSINATED_BY", ABQ, CENTCOM, "said its forces killed", "2024-02-07"),
      ("MEMBER_OF", ABQ, KH, "a commander of Kataib Hezbollah"),
      ("LOCATED_IN", "location:mashtal", BGD, "Mashtal neighborhood of eastern Baghdad"),
      ("MEMBER_OF", "person:douglas-sims", "organization:joint-chiefs-of-staff",
       "director of the Joint Staff"),
      ("MET_WITH", SUD, ROM, "al-Sudani met U.S. Ambassador", "2024-02-08"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-02-08"}),

    ("arBO2_saadi_funeral", "ar",
     "بغداد ــ العربي الجديد\n"
     "شيّع آلاف من أنصار «كتائب حزب الله» في بغداد، اليوم الخميس، القيادي في الكتائب وسام محمد "
     "صابر الساعدي «أبو باقر»، الذي اغتالته غارة أميركية بطائرة مسيّرة استهدفت سيارته في حي "
     "المشتل شرقي بغداد مساء الأربعاء. وتقدّم المشيعين رئيس هيئة الحشد الشعبي فالح الفيّاض "
     "ورئيس أركانها أبو فدك المحمداوي، فيما حاول عدد من المشاركين التوجه نحو المنطقة الخضراء حيث "
     "مقر السفارة الأميركية، قبل أن تمنعهم القوات الأمنية. وزار السفير الإيراني محمد كاظم آل صادق "
     "مجلس العزاء، حيث التقى قادة في الكتائب، بحسب ما أفاد مصدر مطلع «العربي الجديد». وأدان "
     "رئيس «تحالف عزم» مثنى السامرائي الضربة، معتبراً في بيان أنها «انتهاك صريح للسيادة»، بينما "
     "أعلنت القيادة المركزية الأميركية (سنتكوم) أن قواتها نفّذت العملية رداً على هجوم البرج 22 "
     "الذي أودى بثلاثة جنود أميركيين.",
     [("MEMBER_OF", ABQ, KH, "القيادي في الكتائب"),
      ("ASSASSINATED_BY", ABQ, US, "اغتالته غارة أميركية", "2024-02-07"),
      ("LOCATED_IN", "location:mashtal", BGD, "حي المشتل شرقي بغداد"),
      ("LEADS", FAY, PMF, "رئيس هيئة الحشد"),
      ("MEMBER_OF", FADAK, PMF, "ورئيس أركانها"),
      ("LOCATED_IN", "location:us-embassy-baghdad", "location:green-zone",
       "المنطقة الخضراء حيث مقر السفارة"),
      ("MET_WITH", SADEGH, KH, "حيث التقى قادة في الكتائب", "2024-02-08"),
      ("LEADS", "person:muthanna-al-samarrai", "organization:azm-alliance", "رئيس «تحالف عزم»"),
      ("ASSASSINATED_BY", ABQ, CENTCOM, "أن قواتها نفّذت العملية", "2024-02-07"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2024-02-08"}),

    ("enBO3_kurilla_nechirvan_erbil", "en",
     "ERBIL, Kurdistan Region - Kurdistan Region President Nechirvan Barzani on Wednesday "
     "received the commander of US Central Command (CENTCOM), General Michael Erik Kurilla, and "
     "his accompanying delegation, the Kurdistan Region Presidency said in a statement. The "
     "meeting, also attended by Maj. Gen. Joel Vowell, who took over command of the US-led "
     "coalition against ISIS from Maj. Gen. Matthew McFarlane in September, discussed the drone "
     "and rocket attacks on bases hosting coalition forces in the Kurdistan Region. \u201cThe "
     "coalition's presence is still needed,\u201d Dilshad Shahab, spokesperson for the Kurdistan "
     "Region Presidency, told Rudaw. Kurilla arrived in Erbil after talks in Baghdad with Iraqi "
     "Prime Minister Mohammed Shia al-Sudani. A planned visit to Sulaimani was cancelled because "
     "of bad weather, a US official said.",
     [("LEADS", NECH, KREG, "Kurdistan Region President Nechirvan"),
      ("MET_WITH", NECH, "person:erik-kurilla", "received the commander of US Central",
       "2023-11"),
      ("LEADS", "person:erik-kurilla", CENTCOM, "received the commander of US Central"),
      ("LEADS", "person:joel-vowell", COAL, "took over command of the US-led"),
      ("SUCCESSOR_OF", "person:joel-vowell", "person:matthew-mcfarlane", "from Maj. Gen. Matthew",
       "2023-09"),
      ("LEADS", "person:matthew-mcfarlane", COAL, "from Maj. Gen. Matthew"),
      ("LOCATED_IN", COAL, KREG, "hosting coalition forces in the Kurdistan Region"),
      ("MEMBER_OF", "person:dilshad-shahab", "organization:kurdistan-region-presidency",
       "spokesperson for the Kurdistan"),
      ("REPORTED_BY", "person:dilshad-shahab", "outlet:rudaw", "told Rudaw"),
      ("VISITED", "person:erik-kurilla", ERB, "Kurilla arrived in Erbil", "2023-11"),
      ("MET_WITH", "person:erik-kurilla", SUD, "after talks in Baghdad", "2023-11"),
      ("VISITED", "person:erik-kurilla", BGD, "after talks in Baghdad", "2023-11"),
      ("LEADS", SUD, "country:iraq", "with Iraqi Prime Minister"),
      ],
     {"source": "blind set (Rudaw English-style)", "published": "2023-11"}),

    ("arBO4_sudani_romanowski_abu_taqwa", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "استقبل رئيس الوزراء العراقي محمد شياع السوداني، الأحد، السفيرة الأميركية لدى بغداد ألينا "
     "رومانوسكي، بعد ثلاثة أيام من الضربة الأميركية التي قتلت القيادي في «حركة النجباء» مشتاق "
     "طالب السعيدي (أبو تقوى) في شارع فلسطين ببغداد. وأبلغ السوداني ضيفته، بحسب بيان لمكتبه، أن "
     "«الاعتداء تجاوزٌ على السيادة». ورومانوسكي دبلوماسية مخضرمة تولت منصبها عام 2022 خلفاً "
     "لماثيو تولر. وكان المتحدث باسم وزارة الدفاع الأميركية (البنتاغون) اللواء بات رايدر قد "
     "أعلن أن القوات الأميركية نفّذت الضربة «دفاعاً عن النفس». وقال مستشار رئيس الوزراء للشؤون "
     "الخارجية فرهاد علاء الدين لـ«الشرق الأوسط» إن بغداد «ماضية في إنهاء مهمة التحالف». ولم "
     "يُعقد لقاء كان مقرراً الأسبوع الماضي بين السوداني وقائد التحالف الدولي الجنرال جويل فاويل.",
     [("LEADS", SUD, "country:iraq", "استقبل رئيس الوزراء العراقي"),
      ("MET_WITH", SUD, ROM, "استقبل رئيس الوزراء العراقي", "2024-01-07"),
      ("ASSASSINATED_BY", ABT, US, "الضربة الأميركية التي قتلت", "2024-01-04"),
      ("MEMBER_OF", ABT, NUJ, "القيادي في «حركة النجباء»"),
      ("LOCATED_IN", "location:palestine-street", BGD, "شارع فلسطين ببغداد"),
      ("SUCCESSOR_OF", ROM, "person:matthew-tueller", "تولت منصبها عام 2022"),
      ("MEMBER_OF", "person:pat-ryder", "organization:us-department-of-defense",
       "المتحدث باسم وزارة الدفاع"),
      ("ASSASSINATED_BY", ABT, USAF, "أن القوات الأميركية نفّذت", "2024-01-04"),
      ("REPORTED_BY", "person:farhad-alaaldin", "outlet:asharq-al-awsat", "لـ«الشرق الأوسط» إن"),
      ("LEADS", "person:joel-vowell", COAL, "وقائد التحالف الدولي"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2024-01-07"}),

    ("enBO5_strikes_on_kh_hilla", "en",
     "WASHINGTON, Dec 26 (Reuters) - U.S. military aircraft struck three facilities used by "
     "Kataib Hezbollah in Iraq on Monday after a drone attack by the Iran-backed militia wounded "
     "three American service members at Erbil air base, Defense Secretary Lloyd Austin said. "
     "President Joe Biden directed the strikes during a call with his national security team on "
     "Christmas Day, a U.S. official said. Gen. Charles Q. Brown, who succeeded Gen. Mark Milley "
     "as chairman of the Joint Chiefs of Staff in October, had presented the options. Austin met "
     "Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad in March. Iraq's government condemned the strikes, which it said killed one "
     "member of the security forces in Hilla, and government spokesman Basim al-Awadi called them "
     "\u201ca clear hostile act.\u201d Kataib Hezbollah is part of the Islamic Resistance in Iraq, "
     "which has claimed more than 100 attacks on U.S. forces in Iraq and Syria since Oct. 17.",
     [("ATTACKED", US, KH, "struck three facilities used by", "2023-12-25"),
      ("ATTACKED", KH, "location:erbil-air-base", "a drone attack by the Iran-backed militia",
       "2023-12-25"),
      ("SUPPORTS", "country:iran", KH, "a drone attack by the Iran-backed militia"),
      ("LEADS", "person:charles-q-brown", "organization:joint-chiefs-of-staff",
       "who succeeded Gen. Mark"),
      ("SUCCESSOR_OF", "person:charles-q-brown", "person:mark-milley", "who succeeded Gen. Mark",
       "2023-10"),
      ("LEADS", "person:mark-milley", "organization:joint-chiefs-of-staff",
       "as chairman of the Joint Chiefs"),
      ("MET_WITH", "person:lloyd-austin", SUD, "Austin met Iraqi Prime Minister", "2023-03"),
      ("LEADS", SUD, "country:iraq", "Austin met Iraqi Prime Minister"),
      ("VISITED", "person:lloyd-austin", BGD, "al-Sudani in Baghdad in March", "2023-03"),
      ("MEMBER_OF", "person:basim-al-awadi", "organization:iraqi-government",
       "government spokesman Basim"),
      ("PART_OF", KH, "organization:islamic-resistance-in-iraq", "Kataib Hezbollah is part of"),
      ("ATTACKED", "organization:islamic-resistance-in-iraq", USAF, "has claimed more than 100"),
      ("LOCATED_IN", USAF, "country:iraq", "attacks on U.S. forces in Iraq and Syria"),
      ("LOCATED_IN", USAF, "country:syria", "attacks on U.S. forces in Iraq and Syria"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2023-12-26"}),

    ("arBO6_romanowski_meets_amiri", "ar",
     "بغداد/ شفق نيوز- التقى زعيم منظمة بدر هادي العامري، يوم الثلاثاء، السفيرة الأميركية لدى "
     "العراق ألينا رومانوسكي في مكتبه، في أول لقاء معلن بين الجانبين منذ وصولها إلى بغداد. وقال "
     "عضو المكتب السياسي للمنظمة كريم النوري لشفق نيوز إن اللقاء تناول «ملف الوجود العسكري "
     "الأميركي والعلاقة مع الحكومة الجديدة». وجاء اللقاء بعد أيام من زيارة المسؤولة الرفيعة في "
     "وزارة الخارجية الأميركية باربرا ليف إلى بغداد، حيث التقت رئيس الوزراء محمد شياع السوداني. "
     "والعامري، الذي يتزعم أيضاً تحالف الفتح، كان قد التقى قائد فيلق القدس الراحل قاسم سُليماني "
     "مرات عدة قبل أن يُقتل الأخير بغارة أميركية مطلع عام 2020. في المقابل، انتقد المسؤول الأمني "
     "لكتائب حزب الله أبو علي العسكري اللقاء، قائلاً إن «لا لقاء مع المحتل».",
     [("LEADS", "person:hadi-al-amiri", BADR, "زعيم منظمة بدر"),
      ("MET_WITH", "person:hadi-al-amiri", ROM, "التقى زعيم منظمة", "2022-11"),
      ("MEMBER_OF", "person:karim-al-nouri", BADR, "عضو المكتب السياسي للمنظمة"),
      ("REPORTED_BY", "person:karim-al-nouri", "outlet:shafaq-news", "كريم النوري لشفق نيوز"),
      ("MEMBER_OF", "person:barbara-leaf", "organization:us-state-department",
       "المسؤولة الرفيعة في"),
      ("VISITED", "person:barbara-leaf", BGD, "باربرا ليف إلى بغداد", "2022-11"),
      ("MET_WITH", "person:barbara-leaf", SUD, "حيث التقت رئيس الوزراء", "2022-11"),
      ("LEADS", "person:hadi-al-amiri", "organization:fatah-alliance", "الذي يتزعم أيضاً"),
      ("MET_WITH", "person:hadi-al-amiri", S, "كان قد التقى قائد فيلق"),
      ("LEADS", S, QF, "قائد فيلق القدس الراحل"),
      ("ASSASSINATED_BY", S, US, "يُقتل الأخير بغارة أميركية", "2020-01-03"),
      ("MEMBER_OF", "person:abu-ali-al-askari", KH, "المسؤول الأمني"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2022-11"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBO")
