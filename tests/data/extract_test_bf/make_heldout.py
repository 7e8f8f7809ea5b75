"""Blind set BF: strikes and killings: Fouad Shukr and the IRGC adviser Milad Bidi killed in Haret
Hreik (July 2024), the US strikes on al-Qaim and Akashat after Tower 22 (Feb 2024), the US strike in
Jurf al-Sakhar (July 2024), IRGC adviser Saeed Abyar killed near Aleppo (June 2024), the AC-130
strike near Abu Ghraib (Nov 2023), the Kalsu base explosion (April 2024).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setBF/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_bf/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "extract_test_be"))
from blind_builder import build  # noqa: E402
from make_heldout import E  # noqa: E402  (the same merged entity table as set BE)

HERE = Path(__file__).parent

Q, S = "person:esmail-qaani", "person:qasem-soleimani"
M, T = "person:abu-mahdi-al-muhandis", "person:donald-trump"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, USAF = "organization:popular-mobilization-forces", "organization:us-armed-forces"
KH, NUJ = "organization:kataib-hezbollah", "organization:harakat-al-nujaba"
SUD, FAY = "person:mohammed-shia-al-sudani", "person:falih-al-fayyadh"
HEZ, ISR, NAS = "organization:hezbollah", "country:israel", "person:hassan-nasrallah"
BID, NET = "person:joe-biden", "person:benjamin-netanyahu"

ARTICLES = [
    ("enBF1_shukr_bidi_haret_hreik", "en",
     "BEIRUT (AP) \u2014 Hezbollah confirmed Wednesday that its top military commander, Fouad Shukr, "
     "was killed in an Israeli airstrike on a building in Haret Hreik, in Beirut's southern suburbs. "
     "An Iranian military adviser with the Revolutionary Guard, Milad Bidi, also died in Tuesday "
     "evening's strike, Iranian state media reported. Prime Minister Benjamin Netanyahu's office "
     "said he had personally ordered the strike, which Israel says was retaliation for a rocket "
     "that killed 12 children in Majdal Shams. Israeli military spokesman Lt. Col. Nadav "
     "Shoshani said Shukr had been \u201cthe right-hand man\u201d of Hezbollah leader Hassan Nasrallah. "
     "Hours later, Hamas' political leader Ismail Haniyeh was killed in Tehran, where he had "
     "attended the swearing-in of Iran's new president. Hamas and Iran blamed Israel, which did "
     "not comment. In Baghdad, Kataib Hezbollah's security official Abu Ali al-Askari said the "
     "\u201caxis\u201d would respond.",
     [("MEMBER_OF", "person:fouad-shukr", HEZ, "its top military commander"),
      ("ASSASSINATED_BY", "person:fouad-shukr", ISR, "was killed in an Israeli airstrike",
       "2024-07-30"),
      ("ATTACKED", ISR, "location:haret-hreik", "airstrike on a building in Haret Hreik",
       "2024-07-30"),
      ("LOCATED_IN", "location:haret-hreik", "location:dahiyeh", "in Haret Hreik, in Beirut's"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "Beirut's southern suburbs"),
      ("MEMBER_OF", "person:milad-bidi", IRGC, "An Iranian military adviser with"),
      ("ASSASSINATED_BY", "person:milad-bidi", ISR, "also died in Tuesday", "2024-07-30"),
      ("ASSASSINATED_BY", "person:fouad-shukr", NET, "had personally ordered the strike",
       "2024-07-30"),
      ("ASSASSINATED_BY", "person:milad-bidi", NET, "had personally ordered the strike",
       "2024-07-30"),
      ("MEMBER_OF", "person:nadav-shoshani", "organization:israel-defense-forces",
       "Israeli military spokesman"),
      ("LEADS", NAS, HEZ, "of Hezbollah leader Hassan"),
      ("LEADS", "person:ismail-haniyeh", "organization:hamas", "Hamas' political leader"),
      ("VISITED", "person:ismail-haniyeh", "country:iran", "was killed in Tehran, where",
       "2024-07-31"),
      ("MEMBER_OF", "person:abu-ali-al-askari", KH, "Kataib Hezbollah's security official"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-07-31"}),

    ("arBF2_us_strikes_qaim_akashat", "ar",
     "بغداد ــ العربي الجديد\n"
     "شنّت القوات الأميركية، فجر السبت، غارات جوية على مواقع لـ«الحشد الشعبي» في مدينة القائم ومنطقة "
     "عكاشات غربي الأنبار، قالت هيئة الحشد إنها أسفرت عن مقتل 16 شخصاً. وأعلن الرئيس الأميركي جو بايدن "
     "أن الضربات التي أمر بها جاءت رداً على هجوم البرج 22 في الأردن، الذي حمّلت واشنطن مسؤوليته لفصائل "
     "مدعومة من إيران. وقال المتحدث باسم الحكومة العراقية باسم العوادي إن الضربات «انتهاك صريح "
     "للسيادة». واستقبل رئيس مجلس الوزراء محمد شياع السوداني، مساء السبت، رئيسَ هيئة الحشد فالح "
     "الفياض ورئيس أركانها عبد العزيز المحمداوي (أبو فدك)، الذي خلف أبا مهدي المهندس بعد اغتياله بضربة "
     "أمر بها الرئيس السابق دونالد ترامب. وتأتي الغارات بعد شهر من اغتيال القيادي في حركة النجباء "
     "مشتاق طالب السعيدي بضربة أميركية في بغداد. وقال النائب عن ائتلاف دولة القانون محمد الصيهود "
     "لـ«العربي الجديد» إن «على الحكومة حسم ملف الانسحاب».",
     [("ATTACKED", USAF, "location:al-qaim", "شنّت القوات الأميركية", "2024-02-03"),
      ("ATTACKED", USAF, "location:akashat", "شنّت القوات الأميركية", "2024-02-03"),
      ("LEADS", BID, US, "وأعلن الرئيس الأميركي جو بايدن"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "هجوم البرج 22 في الأردن"),
      ("MEMBER_OF", "person:basim-al-awadi", "organization:iraqi-government",
       "المتحدث باسم الحكومة العراقية"),
      ("MET_WITH", SUD, FAY, "واستقبل رئيس مجلس الوزراء", "2024-02-03"),
      ("MET_WITH", SUD, "person:abdul-aziz-al-muhammadawi", "واستقبل رئيس مجلس الوزراء",
       "2024-02-03"),
      ("LEADS", FAY, PMF, "رئيسَ هيئة الحشد فالح"),
      ("MEMBER_OF", "person:abdul-aziz-al-muhammadawi", PMF, "ورئيس أركانها"),
      ("SUCCESSOR_OF", "person:abdul-aziz-al-muhammadawi", M, "الذي خلف أبا مهدي المهندس"),
      ("ASSASSINATED_BY", M, T, "أمر بها الرئيس السابق دونالد ترامب", "2020-01-03"),
      ("LEADS", T, US, "أمر بها الرئيس السابق دونالد ترامب"),
      ("MEMBER_OF", "person:mushtaq-taleb-al-saidi", NUJ, "القيادي في حركة النجباء"),
      ("ASSASSINATED_BY", "person:mushtaq-taleb-al-saidi", US, "بضربة أميركية في بغداد",
       "2024-01-04"),
      ("MEMBER_OF", "person:mohammed-al-sayhoud", "organization:state-of-law-coalition",
       "النائب عن ائتلاف دولة القانون"),
      ("REPORTED_BY", "person:mohammed-al-sayhoud", "outlet:al-araby-al-jadeed",
       "لـ«العربي الجديد»"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2024-02-03"}),

    ("enBF3_jurf_al_sakhar_strike", "en",
     "BAGHDAD, July 31 (Reuters) - A U.S. strike on Jurf al-Sakhar, south of Baghdad, killed four "
     "members of Kataib Hezbollah late on Tuesday, the Iran-backed group and two security sources "
     "said. Deputy Pentagon Press Secretary Sabrina Singh said the strike hit militants "
     "\u201cattempting to launch one-way attack drones\u201d that posed a threat to U.S. and coalition "
     "forces. It followed a rocket attack on Ain al-Asad air base in Anbar that wounded U.S. "
     "personnel; no group claimed it. Government spokesman Basim al-Awadi called the strike \u201ca "
     "heinous crime.\u201d It was the first U.S. strike in Iraq since February, when a drone strike "
     "carried out by U.S. forces in Baghdad killed Abu Baqir al-Saadi, a senior Kataib Hezbollah "
     "commander. Kataib Hezbollah was founded by Abu Mahdi al-Muhandis, who was killed alongside "
     "Iran's Qassem Soleimani in a 2020 U.S. strike ordered by then-President Donald Trump.",
     [("ATTACKED", US, "location:jurf-al-sakhar", "A U.S. strike on Jurf", "2024-07-30"),
      ("SUPPORTS", "country:iran", KH, "the Iran-backed group"),
      ("MEMBER_OF", "person:sabrina-singh", "organization:us-department-of-defense",
       "Deputy Pentagon Press Secretary"),
      ("LOCATED_IN", "location:ain-al-asad-air-base", "location:anbar",
       "Ain al-Asad air base in Anbar"),
      ("ASSASSINATED_BY", "person:abu-baqir-al-saadi", USAF, "carried out by U.S. forces",
       "2024-02-07"),
      ("MEMBER_OF", "person:abu-baqir-al-saadi", KH, "a senior Kataib Hezbollah"),
      ("LEADS", M, KH, "Kataib Hezbollah was founded by"),
      ("ASSASSINATED_BY", M, US, "in a 2020 U.S. strike", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "in a 2020 U.S. strike", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "ordered by then-President", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "ordered by then-President", "2020-01-03"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-07-31"}),

    ("arBF4_abyar_aleppo", "ar",
     "بيروت: «الشرق الأوسط»\n"
     "أعلن الحرس الثوري الإيراني، الإثنين، مقتل مستشاره العسكري في سوريا سعيد آبيار، في غارة "
     "إسرائيلية استهدفت فجراً مواقع في محيط مدينة حلب. وقال مدير «المرصد السوري لحقوق الإنسان» رامي "
     "عبد الرحمن لـ«الشرق الأوسط» إن الغارة قتلت أيضاً عناصر من فصائل عراقية موالية لطهران. ويأتي "
     "مقتل آبيار بعد شهرين من الغارة الإسرائيلية على القنصلية الإيرانية في دمشق التي قتلت العميد "
     "محمد رضا زاهدي، وبعد نحو نصف عام من اغتيال إسرائيل المستشار رضي موسوي في منطقة السيدة زينب. "
     "وكان القائم بأعمال وزير الخارجية الإيراني علي باقري كني، الذي تولى المنصب بعد مصرع حسين أمير "
     "عبداللهيان في تحطم مروحية، قد زار دمشق الأسبوع الماضي والتقى الرئيس بشار الأسد. ولم تعلّق "
     "إسرائيل على الغارة، فيما توعّد الحرس الثوري بأن «الكيان الصهيوني سيدفع الثمن».",
     [("MEMBER_OF", "person:saeed-abyar", IRGC, "مقتل مستشاره العسكري"),
      ("ASSASSINATED_BY", "person:saeed-abyar", ISR, "في غارة إسرائيلية",
       "2024-06-03"),
      ("LEADS", "person:rami-abdulrahman", "organization:syrian-observatory-for-human-rights",
       "وقال مدير"),
      ("REPORTED_BY", "person:rami-abdulrahman", "outlet:asharq-al-awsat",
       "عبد الرحمن لـ«الشرق الأوسط»"),
      ("ATTACKED", ISR, "location:iranian-consulate-damascus", "الغارة الإسرائيلية على القنصلية",
       "2024-04-01"),
      ("LOCATED_IN", "location:iranian-consulate-damascus", "location:damascus",
       "القنصلية الإيرانية في دمشق"),
      ("ASSASSINATED_BY", "person:mohammad-reza-zahedi", ISR, "الغارة الإسرائيلية على القنصلية",
       "2024-04-01"),
      ("ASSASSINATED_BY", "person:razi-mousavi", ISR, "اغتيال إسرائيل المستشار", "2023-12-25"),
      ("SUCCESSOR_OF", "person:ali-bagheri-kani", "person:hossein-amir-abdollahian",
       "الذي تولى المنصب بعد مصرع", "2024-05"),
      ("VISITED", "person:ali-bagheri-kani", "location:damascus", "قد زار دمشق"),
      ("MET_WITH", "person:ali-bagheri-kani", "person:bashar-al-assad", "والتقى الرئيس بشار"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2024-06-03"}),

    ("enBF5_abu_ghraib_ac130", "en",
     "BAGHDAD (AFP) - A US AC-130 gunship struck a vehicle near Abu Ghraib, west of Baghdad, "
     "killing eight members of Kataib Hezbollah, the group said Wednesday, hours after ballistic "
     "missiles hit Ain al-Asad air base. The Islamic Resistance in Iraq, an umbrella of "
     "Tehran-aligned factions that includes Kataib Hezbollah, claimed the missile attack. "
     "Lt. Gen. Alexus Grynkewich, commander of U.S. Air Forces Central, said the gunship had acted "
     "\u201cin self-defence\u201d. "
     "Iraqi government spokesman Basim al-Awadi called it \u201ca clear violation\u201d, weeks after "
     "Prime Minister Mohammed Shia al-Sudani received US Secretary of State Antony Blinken in "
     "Baghdad. Blinken, who flew in unannounced, also met Kurdistan Region Prime Minister Masrour "
     "Barzani in Erbil. Sudani had been due to meet US officials again in December. Kataib "
     "Hezbollah's spokesman Jaafar al-Husseini told AFP the group would \u201cnot stop\u201d while the "
     "Gaza war continued.",
     [("ATTACKED", US, "location:abu-ghraib", "A US AC-130 gunship struck", "2023-11-21"),
      ("ATTACKED", "organization:islamic-resistance-in-iraq", "location:ain-al-asad-air-base",
       "claimed the missile attack", "2023-11-21"),
      ("PART_OF", KH, "organization:islamic-resistance-in-iraq", "an umbrella of"),
      ("LEADS", "person:alexus-grynkewich", "organization:us-air-forces-central",
       "commander of U.S. Air Forces Central"),
      ("PART_OF", "organization:us-air-forces-central", "organization:us-central-command",
       "Air Forces Central, said"),
      ("MEMBER_OF", "person:basim-al-awadi", "organization:iraqi-government",
       "Iraqi government spokesman"),
      ("MET_WITH", SUD, "person:antony-blinken", "received US Secretary of State", "2023-11-05"),
      ("VISITED", "person:antony-blinken", "location:baghdad", "received US Secretary of State",
       "2023-11-05"),
      ("MET_WITH", "person:antony-blinken", "person:masrour-barzani", "also met Kurdistan Region",
       "2023-11-05"),
      ("VISITED", "person:antony-blinken", "location:erbil", "also met Kurdistan Region",
       "2023-11-05"),
      ("LEADS", "person:masrour-barzani", "organization:kurdistan-regional-government",
       "Kurdistan Region Prime Minister"),
      ("MEMBER_OF", "person:jaafar-al-husseini", KH, "Hezbollah's spokesman Jaafar"),
      ("REPORTED_BY", "person:jaafar-al-husseini", "outlet:afp", "told AFP"),
      ],
     {"source": "blind set (AFP-style)", "published": "2023-11-22"}),

    ("arBF6_kalsu_explosion", "ar",
     "بابل/ شفق نيوز- قُتل أحد منتسبي «الحشد الشعبي» وأصيب ثمانية آخرون، ليل الجمعة، بانفجار ضخم في "
     "قاعدة كالسو العسكرية في محافظة بابل، من دون أن تعلن أي جهة مسؤوليتها. ونفت القيادة المركزية "
     "الأميركية (سنتكوم) أن تكون قواتها نفّذت أي غارة في العراق، فيما لم يعلّق الجيش الإسرائيلي. وقال "
     "المتحدث باسم وزارة الداخلية العميد مقداد ميري إن لجنة فنية تحقق في أسباب الانفجار. ويأتي ذلك بعد "
     "أيام من عودة رئيس مجلس الوزراء محمد شياع السوداني من واشنطن، حيث التقى الرئيس جو بايدن في "
     "البيت الأبيض، وبعد الهجوم الذي شنّه الحرس الثوري بالصواريخ والمسيّرات على إسرائيل رداً على "
     "الغارة التي قتلت العميد محمد رضا زاهدي في دمشق، والتي اتهمت طهران إسرائيل بتنفيذها. وكان "
     "رئيس هيئة الحشد فالح الفياض قد اجتمع صباح السبت بقادة الألوية في بابل.",
     [("LOCATED_IN", "location:kalsu-base", "location:babil", "قاعدة كالسو العسكرية في محافظة بابل"),
      ("MEMBER_OF", "person:miqdad-miri", "organization:iraqi-interior-ministry",
       "المتحدث باسم وزارة الداخلية"),
      ("VISITED", SUD, US, "من واشنطن، حيث التقى", "2024-04-15"),
      ("MET_WITH", SUD, BID, "من واشنطن، حيث التقى", "2024-04-15"),
      ("ATTACKED", IRGC, ISR, "الذي شنّه الحرس الثوري", "2024-04-13"),
      ("LEADS", FAY, PMF, "رئيس هيئة الحشد فالح"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2024-04-20"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBF")
