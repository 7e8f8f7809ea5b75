"""Blind set KH: Iraq 2022-2024 as the Iraqi state news agency writes it (INA-like), in Arabic ("بغداد -
واع", "جرت اليوم مراسم التسليم والتسلم", "وجرى خلال اللقاء", "بحضور") and in its English service
("Baghdad-INA", "received ... at Baghdad Palace", "in the presence of", titles in full, "Al-" capitalised).
Pieces: the ministers' handovers of 30 October 2022 (youth and sports, health, electricity, construction)
(Arabic); al-Mashhadani elected speaker after al-Halbousi's removal and al-Mandalawi's acting tenure, received
by the president, then the Russian ambassador and the UN envoy, October-November 2024 (English); the US drone
strike in al-Mashtal that killed Abu Baqir al-Saadi and Arkan al-Ulayawi, the summoned US charge d'affaires,
the ministerial council for national security, and the Pentagon's strike on Abu Taqwa, February 2024
(Arabic); President Rashid receives the credentials of the French and British ambassadors, their
predecessors (English); al-Sudani receives Kirkuk's new governor and council chairman, August 2024
(Arabic); four more ministries handed over on 31 October 2022 and al-Kadhimi's handover to al-Sudani
(English).
Excluded on purpose (no relation): Nazenin Wasu, abroad, did not attend her handover (KH1: succession
only); al-Mandalawi handing the chair to al-Mashhadani in the plenary is not a meeting, al-Sudani's
congratulatory phone call, Basim Khashan's boycott (KH2); Yahya Rasool's condemnation and the coalition
"a factor of instability" (KH3: no meeting, no new agent); Chevallier's farewell call, postponed (KH4);
Bafel Talabani's phone call to Rebwar Taha, Rakan al-Jabouri's absence from the handover (KH5); the
education minister's absence and the communications ministers' phone call (KH6: succession only).
Judgement calls: a handover ceremony or a meeting "held by the two ministers" pairs the incoming and the
outgoing minister; an acting holder (Hani al-Aqabi, Adil Karim, al-Mandalawi, Rakan al-Jabouri) is
succeeded by the new holder, and al-Mandalawi as acting speaker succeeds al-Halbousi; "an American drone"
gives the US as agent, the Pentagon's acknowledgement gives the US Department of Defense; a charge
d'affaires summoned and handed a protest note by an official met him; the two ambassadors received "in a
separate audience" are not paired with each other, but the foreign minister "attended both" and is paired
with each; two guests received together (Taha and al-Hafidh) are paired.
Spellings: "أبي باقر الساعدي" (genitive), "مشتاق طالب السعيدي \"أبو تقوى\"", Abdul Latif Jamal Rashid,
Naeem Al-Aboudi, Ali Hamid Mukhlif Al-Dulaimi, Dr. Mohammed Al-Hassan.
Events follow the public record as far as the writer knew it; some minor details (the days of receptions,
who attended which ceremony, the charge d'affaires' name at the time of the February summons, the joint
credentials day) are filled in for the exercise.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_kj import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, USA = "country:iraq", "country:united-states"
PARL, UNAMI, KH, PMF, NSA, MOD, DOD, IQFM, KPC, ITF, PUK = (
    "organization:iraqi-parliament", "organization:unami", "organization:kataib-hezbollah",
    "organization:popular-mobilization-forces", "organization:iraqi-national-security-advisory",
    "organization:iraqi-defense-ministry", "organization:us-department-of-defense",
    "organization:iraqi-foreign-ministry", "organization:kirkuk-provincial-council",
    "organization:iraqi-turkmen-front", "organization:patriotic-union-of-kurdistan")
YOUTH, HEALTH, ELEC, CONSTR, INDUS, HIGHER, EDU, COMMS = (
    "organization:iraqi-youth-and-sports-ministry", "organization:iraqi-health-ministry",
    "organization:iraqi-electricity-ministry", "organization:iraqi-construction-ministry",
    "organization:iraqi-industry-ministry", "organization:iraqi-higher-education-ministry",
    "organization:iraqi-education-ministry", "organization:iraqi-communications-ministry")
MASHTAL, IQG = "location:mashtal", "organization:iraqi-government"
SUDANI, KADHIMI, RASHID, FUAD, MASHHADANI, HALBOUSI, MANDALAWI, SHAKHAWAN, ISSAWI = (
    "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi", "person:abdul-latif-rashid",
    "person:fuad-hussein", "person:mahmoud-al-mashhadani", "person:mohammed-al-halbousi",
    "person:mohsen-al-mandalawi", "person:shakhawan-abdullah", "person:salem-al-issawi")
KUTRASHEV, HASSAN, ABUBAQIR, ULAYAWI, ABUTAQWA, ALAWI, ARAJI, FAYYADH, ABBASI = (
    "person:elbrus-kutrashev", "person:mohammed-al-hassan", "person:abu-baqir-al-saadi",
    "person:arkan-al-ulayawi", "person:abu-taqwa-al-saidi", "person:hisham-al-alawi",
    "person:qassim-al-araji", "person:falih-al-fayyadh", "person:thabet-al-abbasi")
DUREL, HITCHEN, TAHA, RAKAN, TURAN, IAWADI, BAFEL = (
    "person:patrick-durel", "person:stephen-hitchen", "person:rebwar-taha", "person:rakan-al-jabouri",
    "person:hassan-turan", "person:ihsan-al-awadi", "person:bafel-talabani")
HASNAWI, FADEL, REKANI, NAJM, ABOUDI, NJUBOURI, HYASIRI = (
    "person:saleh-al-hasnawi", "person:ziad-ali-fadel", "person:bangin-rekani", "person:khalid-battal-al-najm",
    "person:naim-al-aboudi", "person:ibrahim-namis-al-jubouri", "person:hiyam-al-yasiri")
# new to the tables
MUBARQA, DIRJAL, AQABI, AKARIM, WASU, KHASHAN, BURGER, CHEVALLIER, BRYSON, HAFIDH = (
    "person:ahmed-al-mubarqa", "person:adnan-dirjal", "person:hani-al-aqabi", "person:adil-karim",
    "person:nazenin-wasu", "person:basim-khashan", "person:david-burger", "person:eric-chevallier",
    "person:mark-bryson-richardson", "person:mohammed-ibrahim-al-hafidh")
KHABBAZ, NABIL, DULAIMI, SHIBANI = ("person:manhal-al-khabbaz", "person:nabil-kadhim-abdul-sahib",
                                    "person:ali-hamid-al-dulaimi", "person:arkan-al-shibani")

ARTICLES = [
    ("arKH1_ministers_handover", "ar",
     "وزراء الحكومة الجديدة يتسلمون مهامهم رسمياً\n"
     "بغداد - واع\n"
     "جرت اليوم الأحد في عدد من الوزارات مراسم التسليم والتسلم بين الوزراء الجدد في حكومة رئيس مجلس "
     "الوزراء محمد شياع السوداني وأسلافهم، بعد منح مجلس النواب الثقة للتشكيلة الوزارية الخميس الماضي.\n"
     "وتسلّم وزير الشباب والرياضة الجديد أحمد المبرقع مهام الوزارة من سلفه عدنان درجال، في مراسم حضرها "
     "الوزيران في مقر الوزارة.\n"
     "وفي وزارة الصحة، تسلّم الوزير صالح الحسناوي إدارة الوزارة من الوزير وكالةً هاني موسى العقابي، وعقد "
     "الجانبان اجتماعاً تناول ملفات المستشفيات قيد الإنشاء.\n"
     "كما باشر وزير الكهرباء زياد علي فاضل مهامه خلفاً للوزير وكالةً عادل كريم، الذي التقاه في مقر الوزارة "
     "وأطلعه على واقع المنظومة قبيل فصل الشتاء.\n"
     "أما وزارة الإعمار والإسكان والبلديات فقد تسلّمها الوزير بنكين ريكاني بدلاً من نازنين محمد وسو، التي "
     "تعذّر حضورها المراسم لوجودها خارج البلاد، وجرى التسليم عبر وكيل الوزارة.\n"
     "وكانت الحكومة قد أدّت اليمين الدستورية أمام البرلمان في السابع والعشرين من تشرين الأول، فيما يُتوقع "
     "استكمال التصويت على الوزارتين الشاغرتين في جلسة لاحقة.",
     [("SUCCESSOR_OF", MUBARQA, DIRJAL, "مهام الوزارة من سلفه عدنان درجال", "2022-10-30"),
      ("MET_WITH", MUBARQA, DIRJAL, "في مراسم حضرها", "2022-10-30"),
      ("LEADS", MUBARQA, YOUTH, "وزير الشباب والرياضة الجديد أحمد المبرقع"),
      ("SUCCESSOR_OF", HASNAWI, AQABI, "تسلّم الوزير صالح الحسناوي", "2022-10-30"),
      ("MET_WITH", HASNAWI, AQABI, "وعقد الجانبان اجتماعاً", "2022-10-30"),
      ("LEADS", HASNAWI, HEALTH, "وفي وزارة الصحة، تسلّم الوزير صالح الحسناوي"),
      ("SUCCESSOR_OF", FADEL, AKARIM, "خلفاً للوزير وكالةً عادل كريم", "2022-10-30"),
      ("MET_WITH", FADEL, AKARIM, "الذي التقاه في مقر الوزارة", "2022-10-30"),
      ("LEADS", FADEL, ELEC, "وزير الكهرباء زياد علي فاضل"),
      ("SUCCESSOR_OF", REKANI, WASU, "بدلاً من نازنين محمد وسو", "2022-10-30"),
      ("LEADS", REKANI, CONSTR, "فقد تسلّمها الوزير بنكين ريكاني"),
      ("LEADS", SUDANI, IQG, "في حكومة رئيس مجلس الوزراء محمد شياع السوداني"),
      ],
     {"source": "blind set (Iraqi state news agency, Arabic)", "published": "2022-10-30"}),

    ("enKH2_mashhadani_speaker", "en",
     "Parliament elects Al-Mashhadani as Speaker\n"
     "Baghdad-INA\n"
     "The Council of Representatives on Thursday elected Mahmoud Al-Mashhadani as its Speaker, filling"
     " a post left vacant for almost a year. Al-Mashhadani succeeds Mohammed Al-Halbousi, whose "
     "membership was terminated by the Federal Supreme Court in November 2023. First Deputy Speaker Mohsen "
     "Al-Mandalawi had run the council as acting Speaker since then and handed the chair to Al-Mashhadani at the "
     "end of the session.\n"
     "Al-Mashhadani defeated Salem Al-Issawi in the runoff. Independent MP Basim Khashan, who had challenged the "
     "session in court, did not take part in the vote.\n"
     "On Friday, the President of the Republic, Abdul Latif Jamal Rashid, received the new Speaker at Baghdad "
     "Palace, in the presence of Al-Mandalawi and Second Deputy Speaker Shakhawan Abdullah. Prime Minister "
     "Mohammed Shia Al-Sudani congratulated Al-Mashhadani in a phone call.\n"
     "On Saturday the Speaker received, separately, the Russian Ambassador to Iraq, Elbrus Kutrashev, and the "
     "Special Representative of the UN Secretary-General, Dr. Mohammed Al-Hassan.",
     [("SUCCESSOR_OF", MASHHADANI, HALBOUSI, "Al-Mashhadani succeeds Mohammed Al-Halbousi", "2024-10-31"),
      ("SUCCESSOR_OF", MANDALAWI, HALBOUSI, "had run the council as acting Speaker", "2023-11"),
      ("SUCCESSOR_OF", MASHHADANI, MANDALAWI, "handed the chair to Al-Mashhadani", "2024-10-31"),
      ("LEADS", MASHHADANI, PARL, "elected Mahmoud Al-Mashhadani as its Speaker"),
      ("MEMBER_OF", KHASHAN, PARL, "Independent MP Basim Khashan"),
      ("MET_WITH", RASHID, MASHHADANI, "received the new Speaker at Baghdad", "2024-11-01"),
      ("MET_WITH", MANDALAWI, RASHID, "in the presence of Al-Mandalawi", "2024-11-01"),
      ("MET_WITH", MANDALAWI, MASHHADANI, "in the presence of Al-Mandalawi", "2024-11-01"),
      ("MET_WITH", SHAKHAWAN, RASHID, "Second Deputy Speaker Shakhawan Abdullah", "2024-11-01"),
      ("MET_WITH", SHAKHAWAN, MASHHADANI, "Second Deputy Speaker Shakhawan Abdullah", "2024-11-01"),
      ("MET_WITH", SHAKHAWAN, MANDALAWI, "Second Deputy Speaker Shakhawan Abdullah", "2024-11-01"),
      ("LEADS", RASHID, IRAQ, "the President of the Republic, Abdul Latif Jamal Rashid"),
      ("MET_WITH", MASHHADANI, KUTRASHEV, "the Russian Ambassador to Iraq, Elbrus Kutrashev", "2024-11-02"),
      ("MET_WITH", MASHHADANI, HASSAN, "Dr. Mohammed Al-Hassan", "2024-11-02"),
      ("LEADS", HASSAN, UNAMI, "Special Representative of the UN Secretary-General"),
      ],
     {"source": "blind set (Iraqi state news agency, English service)", "published": "2024-11-02"}),

    ("arKH3_mashtal_strike_summons", "ar",
     "الحكومة تدين الاعتداء في المشتل وتستدعي القائم بالأعمال الأميركي\n"
     "بغداد - واع\n"
     "أدان الناطق باسم القائد العام للقوات المسلحة اللواء يحيى رسول، اليوم الخميس، الضربة التي نفذتها طائرة "
     "مسيّرة أميركية مساء الأربعاء على عجلة مدنية في منطقة المشتل شرقي بغداد، وأسفرت عن مقتل القيادي في كتائب "
     "حزب الله أبي باقر الساعدي ومرافقه أركان العلياوي، عادّاً إياها \"اغتيالاً سافراً\" و\"انتهاكاً للسيادة "
     "العراقية\".\n"
     "وقال رسول في بيان إن \"قوات التحالف الدولي باتت عاملاً لعدم الاستقرار\".\n"
     "وفي السياق ذاته، استدعت وزارة الخارجية القائم بالأعمال الأميركي في بغداد ديفيد بيرغر، وسلّمه وكيل الوزارة "
     "للشؤون السياسية هشام العلوي مذكرة احتجاج رسمية.\n"
     "وترأس رئيس مجلس الوزراء القائد العام للقوات المسلحة محمد شياع السوداني اجتماعاً طارئاً للمجلس الوزاري "
     "للأمن الوطني، بحضور مستشار الأمن القومي قاسم الأعرجي ورئيس هيئة الحشد الشعبي فالح الفياض ووزير الدفاع "
     "ثابت العباسي.\n"
     "وكانت وزارة الدفاع الأميركية (البنتاغون) قد أعلنت في الرابع من كانون الثاني الماضي مسؤوليتها عن ضربة "
     "استهدفت مقر الإسناد اللوجستي للحشد في شارع فلسطين، قُتل فيها المعاون مشتاق طالب السعيدي \"أبو تقوى\".",
     [("ASSASSINATED_BY", ABUBAQIR, USA, "نفذتها طائرة مسيّرة أميركية", "2024-02-07"),
      ("ASSASSINATED_BY", ULAYAWI, USA, "ومرافقه أركان العلياوي", "2024-02-07"),
      ("MEMBER_OF", ABUBAQIR, KH, "القيادي في كتائب حزب الله"),
      ("ATTACKED", USA, MASHTAL, "في منطقة المشتل شرقي بغداد", "2024-02-07"),
      ("MET_WITH", BURGER, ALAWI, "وسلّمه وكيل الوزارة", "2024-02-08"),
      ("MET_WITH", SUDANI, ARAJI, "مستشار الأمن القومي قاسم الأعرجي", "2024-02-08"),
      ("MET_WITH", FAYYADH, SUDANI, "ورئيس هيئة الحشد الشعبي فالح الفياض", "2024-02-08"),
      ("MET_WITH", FAYYADH, ARAJI, "ورئيس هيئة الحشد الشعبي فالح الفياض", "2024-02-08"),
      ("MET_WITH", ABBASI, SUDANI, "ثابت العباسي", "2024-02-08"),
      ("MET_WITH", ABBASI, ARAJI, "ثابت العباسي", "2024-02-08"),
      ("MET_WITH", ABBASI, FAYYADH, "ثابت العباسي", "2024-02-08"),
      ("LEADS", ARAJI, NSA, "مستشار الأمن القومي قاسم الأعرجي"),
      ("LEADS", FAYYADH, PMF, "ورئيس هيئة الحشد الشعبي فالح الفياض"),
      ("LEADS", ABBASI, MOD, "ووزير الدفاع"),
      ("ASSASSINATED_BY", ABUTAQWA, DOD, "مسؤوليتها عن ضربة", "2024-01-04"),
      ],
     {"source": "blind set (Iraqi state news agency, Arabic)", "published": "2024-02-08"}),

    ("enKH4_ambassadors_credentials", "en",
     "President Rashid receives credentials of new French and British ambassadors\n"
     "Baghdad-INA\n"
     "The President of the Republic, Abdul Latif Rashid, on Sunday received at Baghdad Palace the credentials of "
     "the new Ambassador of the French Republic, Patrick Durel, and, in a separate audience, those of the new "
     "Ambassador of the United Kingdom, Stephen Hitchen. Foreign Minister Fuad Hussein attended both audiences.\n"
     "The President stressed Iraq's keenness to develop its relations with Paris and London and wished the two "
     "ambassadors success in their missions.\n"
     "Durel takes over from Eric Chevallier, who headed the French embassy in Baghdad from 2019 and prepared "
     "President Emmanuel Macron's visits to Iraq. Hitchen replaces Mark Bryson-Richardson, whose posting ended "
     "this summer.\n"
     "Bryson-Richardson paid a farewell call on the President in July. A farewell meeting with Chevallier, "
     "planned for last year, was postponed and did not take place.",
     [("MET_WITH", RASHID, DUREL, "the credentials of the new Ambassador of the French", "2023-09"),
      ("MET_WITH", RASHID, HITCHEN, "in a separate audience", "2023-09"),
      ("MET_WITH", FUAD, RASHID, "attended both audiences", "2023-09"),
      ("MET_WITH", FUAD, DUREL, "attended both audiences", "2023-09"),
      ("MET_WITH", FUAD, HITCHEN, "attended both audiences", "2023-09"),
      ("LEADS", FUAD, IQFM, "Foreign Minister Fuad Hussein"),
      ("SUCCESSOR_OF", DUREL, CHEVALLIER, "Durel takes over from Eric Chevallier"),
      ("SUCCESSOR_OF", HITCHEN, BRYSON, "Hitchen replaces Mark Bryson-Richardson"),
      ("MET_WITH", RASHID, BRYSON, "paid a farewell call on the President", "2023-07"),
      ],
     {"source": "blind set (Iraqi state news agency, English service)", "published": "2023-09-17"}),

    ("arKH5_kirkuk_governor", "ar",
     "السوداني يستقبل محافظ كركوك الجديد ورئيس مجلس المحافظة\n"
     "بغداد - واع\n"
     "استقبل رئيس مجلس الوزراء محمد شياع السوداني، اليوم الأحد، محافظ كركوك الجديد ريبوار طه، ورئيس مجلس "
     "المحافظة المنتخب محمد إبراهيم الحافظ، وجرى خلال اللقاء بحث أولويات تقديم الخدمات في المحافظة.\n"
     "وحضر اللقاء مدير مكتب رئيس مجلس الوزراء إحسان العوادي.\n"
     "وكان مجلس محافظة كركوك قد انتخب، في جلسة عقدها السبت في فندق الرشيد ببغداد، ريبوار طه محافظاً خلفاً "
     "لراكان سعيد الجبوري الذي أدار المحافظة بالوكالة منذ عام 2017، فيما انتخب الحافظ رئيساً للمجلس.\n"
     "وقاطع أعضاء من الكتلتين العربية والتركمانية الجلسة، فيما تلقى طه اتصالاً هاتفياً من رئيس الاتحاد الوطني "
     "الكردستاني بافل طالباني هنأه فيه بالمنصب.\n"
     "وفي وقت سابق من اليوم، استقبل السوداني رئيس الجبهة التركمانية العراقية حسن توران، الذي أبدى اعتراضه على "
     "آلية عقد الجلسة.\n"
     "ولم يحضر الجبوري مراسم التسليم والتسلم التي جرت في مبنى المحافظة.",
     [("MET_WITH", SUDANI, TAHA, "محافظ كركوك الجديد ريبوار طه", "2024-08-11"),
      ("MET_WITH", SUDANI, HAFIDH, "المحافظة المنتخب محمد إبراهيم الحافظ", "2024-08-11"),
      ("MET_WITH", TAHA, HAFIDH, "المحافظة المنتخب محمد إبراهيم الحافظ", "2024-08-11"),
      ("MET_WITH", IAWADI, SUDANI, "وحضر اللقاء مدير مكتب", "2024-08-11"),
      ("MET_WITH", IAWADI, TAHA, "وحضر اللقاء مدير مكتب", "2024-08-11"),
      ("MET_WITH", IAWADI, HAFIDH, "وحضر اللقاء مدير مكتب", "2024-08-11"),
      ("SUCCESSOR_OF", TAHA, RAKAN, "خلفاً لراكان سعيد الجبوري", "2024-08-10"),
      ("LEADS", HAFIDH, KPC, "فيما انتخب الحافظ رئيساً للمجلس"),
      ("LEADS", BAFEL, PUK, "الكردستاني بافل طالباني"),
      ("MET_WITH", SUDANI, TURAN, "استقبل السوداني رئيس الجبهة", "2024-08-11"),
      ("LEADS", TURAN, ITF, "رئيس الجبهة التركمانية العراقية حسن توران"),
      ],
     {"source": "blind set (Iraqi state news agency, Arabic)", "published": "2024-08-11"}),

    ("enKH6_more_handovers", "en",
     "New ministers take over four more ministries\n"
     "Baghdad-INA\n"
     "Handover ceremonies were held on Monday at four more ministries of Prime Minister Mohammed Shia "
     "Al-Sudani's new government.\n"
     "At the Ministry of Industry and Minerals, Minister Khalid Battal Al-Najm received the portfolio from his "
     "predecessor, Manhal Aziz Al-Khabbaz, and the two ministers then held a meeting with its directors."
     "\n"
     "The Ministry of Higher Education and Scientific Research was handed over to Minister Naeem Al-Aboudi by the "
     "outgoing minister, Dr. Nabil Kadhim Abdul Sahib, at a ceremony at the ministry's headquarters.\n"
     "Ibrahim Namis Al-Jubouri took over the Ministry of Education from Ali Hamid Mukhlif Al-Dulaimi, who could "
     "not attend and was represented by the senior deputy minister, a ministry statement said.\n"
     "At the Ministry of Communications, Minister Hiyam Al-Yasiri was named to replace Arkan Shihab Al-Shibani. "
     "The two spoke by telephone, as Al-Shibani was abroad; no ceremony was held.\n"
     "Outgoing Prime Minister Mustafa Al-Kadhimi had handed over to Al-Sudani at the Government Palace on "
     "28 October.",
     [("SUCCESSOR_OF", NAJM, KHABBAZ, "received the portfolio from his", "2022-10-31"),
      ("MET_WITH", NAJM, KHABBAZ, "the two ministers then held a meeting", "2022-10-31"),
      ("LEADS", NAJM, INDUS, "At the Ministry of Industry and Minerals, Minister"),
      ("SUCCESSOR_OF", ABOUDI, NABIL, "handed over to Minister Naeem Al-Aboudi", "2022-10-31"),
      ("MET_WITH", ABOUDI, NABIL, "at a ceremony at the ministry's headquarters", "2022-10-31"),
      ("LEADS", ABOUDI, HIGHER, "handed over to Minister Naeem Al-Aboudi"),
      ("SUCCESSOR_OF", NJUBOURI, DULAIMI, "took over the Ministry of Education from", "2022-10-31"),
      ("LEADS", NJUBOURI, EDU, "Ibrahim Namis Al-Jubouri took over"),
      ("SUCCESSOR_OF", HYASIRI, SHIBANI, "was named to replace Arkan", "2022-10-31"),
      ("LEADS", HYASIRI, COMMS, "Minister Hiyam Al-Yasiri"),
      ("SUCCESSOR_OF", SUDANI, KADHIMI, "had handed over to Al-Sudani", "2022-10-28"),
      ("MET_WITH", SUDANI, KADHIMI, "had handed over to Al-Sudani", "2022-10-28"),
      ],
     {"source": "blind set (Iraqi state news agency, English service)", "published": "2022-10-31"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKH")
