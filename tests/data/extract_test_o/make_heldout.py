"""Blind set O: the militias. US strikes on Kataib Hezbollah (Dec 2019), the killing of Abu
Baqir al-Saadi (2024), Khazaali on Soleimani and Qaani, Kaabi in Tehran, the coalition leaving
K1, Amiri receives Araji. Written and annotated blind (extractor neither read nor run).
Held out: do not tune on it (see ../extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_o/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP")

Q, S = "person:esmail-qaani", "person:qasem-soleimani"
MUH = "person:abu-mahdi-al-muhandis"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, KH = "organization:popular-mobilization-forces", "organization:kataib-hezbollah"
AAH, BADR = "organization:asaib-ahl-al-haq", "organization:badr-organization"
NUJ, KAABI = "organization:harakat-al-nujaba", "person:akram-al-kaabi"
KHAZ, AMIRI, ARAJI = "person:qais-al-khazali", "person:hadi-al-amiri", "person:qassim-al-araji"
COAL, IQ, IR = "organization:international-coalition", "country:iraq", "country:iran"
SAADI = "person:abu-baqir-al-saadi"

ARTICLES = [
    ("enO1_strikes_on_kataib", "en",
     "BAGHDAD/WASHINGTON (Reuters) - U.S. military strikes on Kataib Hezbollah bases in western "
     "Iraq and eastern Syria killed at least 25 militia fighters on Sunday, Iraqi security "
     "sources said, two days after a rocket attack on a military base near Kirkuk killed a U.S. "
     "civilian contractor. F-15E jets hit five sites belonging to the Iran-backed group, "
     "including three in the Qaim area near the Syrian border, the Pentagon said. \"These are "
     "defensive strikes,\" chief Pentagon spokesman Jonathan Hoffman said. Washington has accused "
     "Kataib Hezbollah of carrying out the Kirkuk attack, which the group has not claimed. Abu "
     "Mahdi al-Muhandis, deputy head of the Popular Mobilisation Forces, vowed a \"very tough\" "
     "response. Iraqi caretaker Prime Minister Adel Abdul Mahdi, who had spoken by phone with "
     "U.S. Defense Secretary Mark Esper before the strikes, received U.S. Ambassador Matthew "
     "Tueller on Monday and told him the raids were \"unacceptable,\" his office said.",
     [("ATTACKED", US, KH, "U.S. military strikes", "2019-12-29"),
      ("SUPPORTS", IR, KH, "the Iran-backed group"),
      ("MEMBER_OF", "person:jonathan-hoffman", "organization:us-department-of-defense",
       "chief Pentagon spokesman"),
      ("MEMBER_OF", MUH, PMF, "deputy head of the Popular"),
      ("LEADS", "person:adil-abdul-mahdi", IQ, "Iraqi caretaker Prime Minister"),
      ("MET_WITH", "person:adil-abdul-mahdi", "person:matthew-tueller", "received U.S. Ambassador",
       "2019-12-30"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2019-12-30"}),

    ("arO2_abu_baqir_strike", "ar",
     "بغداد ــ العربي الجديد\n"
     "قُتل القيادي في كتائب حزب الله أبو باقر الساعدي واثنان من مرافقيه، مساء الأربعاء، بضربة "
     "نفذتها طائرة مسيّرة أميركية استهدفت سيارتهم في منطقة المشتل ببغداد، بحسب مصادر أمنية "
     "عراقية. وأعلنت القيادة المركزية الأميركية في بيان أن قواتها نفذت الضربة \"رداً على الهجمات "
     "على الجنود الأميركيين\"، في إشارة إلى هجوم البرج 22 في الأردن الذي تبنّته \"المقاومة "
     "الإسلامية في العراق\" أواخر الشهر الماضي وأسفر عن مقتل ثلاثة جنود أميركيين. وقال الناطق "
     "باسم الحكومة العراقية باسم العوادي إن الضربة \"اعتداء سافر على السيادة العراقية\"، محذراً "
     "من أنها \"تدفع الحكومة إلى إنهاء مهمة التحالف الدولي\". وفي وقت سابق من الأسبوع، قُتل "
     "عنصران من الحشد الشعبي بقصف جوي مجهول قرب الحدود السورية، بعد أسابيع من مقتل القيادي في "
     "حركة النجباء مشتاق طالب السعيدي بطائرة مسيّرة في الرابع من كانون الثاني/يناير. وكانت كتائب حزب الله قد أعلنت "
     "بعد هجوم البرج 22 تعليق عملياتها ضد القوات الأميركية في العراق \"لتجنب إحراج الحكومة\".",
     [("MEMBER_OF", SAADI, KH, "قُتل القيادي"),
      ("ASSASSINATED_BY", SAADI, US, "قُتل القيادي", "2024-02-07"),
      ("LOCATED_IN", "location:mashtal", "location:baghdad", "منطقة المشتل"),
      ("ASSASSINATED_BY", SAADI, "organization:us-central-command", "أن قواتها نفذت",
       "2024-02-07"),
      ("ATTACKED", "organization:islamic-resistance-in-iraq", "location:tower-22", "الذي تبنّته",
       "2024-01-28"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "الذي تبنّته"),
      ("MEMBER_OF", "person:basim-al-awadi", "organization:iraqi-government", "باسم العوادي"),
      ("MEMBER_OF", "person:mushtaq-taleb-al-saidi", NUJ, "مشتاق طالب"),
      ("LOCATED_IN", "organization:us-armed-forces", IQ, "تعليق عملياتها"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2024-02-08"}),

    ("enO3_khazaali_interview", "en",
     "BAGHDAD (AP) \u2014 Qais al-Khazaali, the leader of the Iran-backed militia Asaib Ahl "
     "al-Haq, says he last met Iranian Gen. Qassem Soleimani in Tehran a few weeks before the "
     "commander was killed in a U.S. drone strike near Baghdad's airport. \u201cHe came to "
     "listen, not to give orders,\u201d al-Khazaali told The Associated Press in an interview at "
     "his office in Baghdad, disputing U.S. claims that Soleimani directed Iraq's militias. "
     "Soleimani's successor at the head of the Quds Force, Esmail Qaani, has \u201ca different "
     "style,\u201d he said, adding that he had not met Qaani in months. Al-Khazaali and his "
     "brother Laith, a senior commander of the group, were placed on a U.S. terrorism blacklist "
     "in early 2020. Brian Hook, the State Department's special representative for Iran, called "
     "the brothers \u201cproxies of the Iranian regime\u201d at the time. Asaib Ahl al-Haq, "
     "which has 15 seats in parliament, denies involvement in recent rocket attacks on the U.S. "
     "Embassy.",
     [("LEADS", KHAZ, AAH, "the leader of the Iran-backed"),
      ("SUPPORTS", IR, AAH, "the leader of the Iran-backed"),
      ("MET_WITH", KHAZ, S, "he last met"),
      ("VISITED", KHAZ, IR, "he last met"),
      ("ASSASSINATED_BY", S, US, "he last met", "2020-01-03"),
      ("REPORTED_BY", KHAZ, "outlet:ap", "told The Associated Press"),
      ("SUCCESSOR_OF", Q, S, "successor at the head"),
      ("LEADS", Q, QF, "successor at the head"),
      ("LEADS", S, QF, "successor at the head"),
      ("MEMBER_OF", "person:laith-al-khazali", AAH, "brother Laith"),
      ("MEMBER_OF", "person:brian-hook", "organization:us-state-department",
       "special representative for Iran"),
      ],
     {"source": "blind set (AP-style)", "published": "2020-10"}),

    ("arO4_kaabi_tehran", "ar",
     "طهران - «الشرق الأوسط»\n"
     "وصل الأمين العام لحركة النجباء العراقية أكرم الكعبي إلى طهران، أمس، في زيارة لم يُعلن عنها "
     "مسبقاً، التقى خلالها قائد فيلق القدس في الحرس الثوري اسماعيل قاني، ورئيس مجلس الشورى "
     "الإيراني محمد باقر قاليباف. ونقلت وكالة «تسنيم» عن الكعبي قوله إن \"المقاومة في العراق لن "
     "تسمح ببقاء القوات الأميركية\". وبحسب مصادر عراقية مطلعة، فإن اللقاء مع قاني، الذي تولى "
     "قيادة الفيلق خلفاً لقاسم سليماني مطلع 2020، تناول \"التنسيق بين الفصائل\" بعد الضربات "
     "الأميركية الأخيرة. وحركة النجباء فصيل منضوٍ في هيئة الحشد الشعبي، غير أنها أعلنت مراراً "
     "رفضها قرارات الحكومة بشأن \"التهدئة\". ولم يُدرج على جدول الزيارة لقاء مع المرشد الإيراني "
     "علي خامنئي، وفق المصادر ذاتها. وكان الكعبي قد زار بيروت العام الماضي والتقى الأمين العام "
     "لحزب الله حسن نصر الله.",
     [("LEADS", KAABI, NUJ, "وصل الأمين العام"),
      ("VISITED", KAABI, IR, "وصل الأمين العام", "2024-02-19"),
      ("MET_WITH", KAABI, Q, "وصل الأمين العام", "2024-02-19"),
      ("MET_WITH", KAABI, "person:mohammad-bagher-ghalibaf", "وصل الأمين العام", "2024-02-19"),
      ("LEADS", Q, QF, "وصل الأمين العام"),
      ("PART_OF", QF, IRGC, "وصل الأمين العام"),
      ("LEADS", "person:mohammad-bagher-ghalibaf", "organization:iranian-parliament",
       "وصل الأمين العام"),
      ("REPORTED_BY", KAABI, "outlet:tasnim", "ونقلت وكالة"),
      ("SUCCESSOR_OF", Q, S, "خلفاً لقاسم", "2020-01"),
      ("LEADS", S, QF, "خلفاً لقاسم"),
      ("PART_OF", NUJ, PMF, "فصيل منضوٍ"),
      ("LEADS", "person:ali-khamenei", IR, "المرشد الإيراني"),
      ("VISITED", KAABI, "location:beirut", "زار بيروت", "2023"),
      ("MET_WITH", KAABI, "person:hassan-nasrallah", "زار بيروت", "2023"),
      ("LEADS", "person:hassan-nasrallah", "organization:hezbollah", "زار بيروت"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2024-02-20"}),

    ("enO5_coalition_leaves_k1", "en",
     "BAGHDAD (AFP) - The US-led coalition fighting the Islamic State group on Sunday withdrew "
     "from the K1 air base near Kirkuk, the third site it has handed over to Iraqi forces this "
     "month, as rocket attacks on bases hosting its troops intensified. A ceremony marked the "
     "handover of equipment worth $1.1 million, coalition spokesman Colonel Myles Caggins said. "
     "The coalition earlier left Al-Qaim on the Syrian border and the Qayyarah airfield south of "
     "Mosul. \"Iraqi forces are capable of securing these sites,\" Major General Tahsin "
     "al-Khafaji, spokesman for Iraq's Joint Operations Command, told AFP. The pullback comes "
     "after Iraq's parliament voted in January to expel foreign troops, days after a drone "
     "strike in Baghdad killed Iranian commander Qasem Soleimani and Iraqi paramilitary chief "
     "Abu Mahdi al-Muhandis. Kataib Hezbollah, an Iran-backed faction that Washington blames for "
     "many of the rocket attacks, welcomed the move.",
     [("WITHDREW_FROM", COAL, "location:k1-air-base", "on Sunday withdrew", "2020-03-29"),
      ("MEMBER_OF", "person:myles-caggins", COAL, "coalition spokesman"),
      ("WITHDREW_FROM", COAL, "location:al-qaim", "The coalition earlier left", "2020-03"),
      ("WITHDREW_FROM", COAL, "location:qayyarah-airfield", "The coalition earlier left",
       "2020-03"),
      ("MEMBER_OF", "person:tahsin-al-khafaji", "organization:joint-operations-command",
       "Tahsin"),
      ("REPORTED_BY", "person:tahsin-al-khafaji", "outlet:afp", "Tahsin"),
      ("SUPPORTS", IR, KH, "an Iran-backed faction"),
      ],
     {"source": "blind set (AFP-style)", "published": "2020-03-29"}),

    ("arO6_amiri_receives_araji", "ar",
     "بغداد ــ العربي الجديد\n"
     "استقبل زعيم منظمة بدر هادي العامري، مساء الثلاثاء، في مكتبه ببغداد مستشار الأمن القومي "
     "قاسم الأعرجي، الذي تولى المنصب خلفاً لفالح الفياض في يوليو/تموز الماضي، وبحث الجانبان "
     "\"ملف السلاح المنفلت\" والهجمات على أرتال الدعم اللوجستي للتحالف الدولي، بحسب بيان لمكتب "
     "العامري. وحضر اللقاء وزير الداخلية الأسبق والقيادي في المنظمة محمد الغبان، الذي قال "
     "لـ\"العربي الجديد\" إن بدر \"لا علاقة لها بأي هجوم\"، مؤكداً أن \"إخراج القوات الأجنبية "
     "يجب أن يتم عبر الحكومة\". ويأتي اللقاء بعد أسبوع من مقتل اثنين من عناصر الحشد الشعبي بضربة "
     "جوية قرب القائم لم تتبنها أي جهة. وكان العامري قد دعا، في الذكرى الأولى لاغتيال نائب رئيس "
     "هيئة الحشد أبو مهدي المهندس وقائد فيلق القدس السابق قاسم سليماني بغارة أميركية قرب مطار "
     "بغداد، إلى \"إخراج آخر جندي أجنبي من البلاد\". وكان الأعرجي قد زار طهران مطلع الشهر الجاري.",
     [("LEADS", AMIRI, BADR, "استقبل زعيم"),
      ("MET_WITH", AMIRI, ARAJI, "استقبل زعيم", "2021-02-16"),
      ("SUCCESSOR_OF", ARAJI, "person:falih-al-fayyadh", "خلفاً لفالح", "2020-07"),
      ("MEMBER_OF", "person:mohammed-al-ghabban", BADR, "محمد الغبان"),
      ("REPORTED_BY", "person:mohammed-al-ghabban", "outlet:al-araby-al-jadeed", "محمد الغبان"),
      ("MEMBER_OF", MUH, PMF, "في الذكرى الأولى"),
      ("LEADS", S, QF, "في الذكرى الأولى"),
      ("ASSASSINATED_BY", MUH, US, "بغارة أميركية قرب", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "بغارة أميركية قرب", "2020-01-03"),
      ("VISITED", ARAJI, IR, "زار طهران", "2021-02"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2021-02-17"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setO")
