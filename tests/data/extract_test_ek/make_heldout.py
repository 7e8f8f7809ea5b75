"""Blind set EK: the Quds Force, Iraq and Iran under al-Kadhimi, 2020-2022, in the style of state
news agencies and official readouts: the first anniversary of the 'martyrs of victory' in Tehran,
where Qaani receives al-Fayyadh and Abu Fadak (IRNA-style, Jan 2021); al-Kadhimi receives
ambassador Masjedi before his Tehran trip (INA-style Arabic, Jul 2020); al-Kazemi received by
Khamenei and Rouhani, with a denied meeting with Ghaani (PressTV-style, Jul 2020); Qaani in
Baghdad after the drone attack on al-Kadhimi's residence, an unclaimed attack and a denied
accusation (Tasnim-style Arabic, Nov 2021); Nechirvan Barzani receives Masjidi in Erbil, a phone
call, a denial carried by Kurdistan24 (Kurdistan Region Presidency readout, Mar 2021); al-Fayyadh
receives the new ambassador Al Sadeq, Masjedi's successor (Al-Sabah-style Arabic, May 2022).
Style: protocol-heavy ('received in his office', 'in the presence of', 'on the sidelines of'),
long titles before names, official anniversaries; a planned visit, a phone call, a meeting denied.
Spellings: Qaani / Ghaani / قاآني, Suleimani / Soleimani, al-Mohandes, Kazemi / Kadhimi, Masjidi.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ek/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_em import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, US = "country:iran", "country:iraq", "country:united-states"
QF, IRGC, PMF = "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces"
IFM, IQFM = "organization:iranian-foreign-ministry", "organization:iraqi-foreign-ministry"
IQGOV, KRP = "organization:iraqi-government", "organization:kurdistan-region-presidency"
Q, SOL, MUH = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
FAY, AFK, TRUMP = "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi", "person:donald-trump"
ZAR, KHA, ROU = "person:mohammad-javad-zarif", "person:ali-khamenei", "person:hassan-rouhani"
KAD, AAM, FUH = "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi", "person:fuad-hussein"
MAS, ALS = "person:iraj-masjedi", "person:mohammad-kazem-al-e-sadegh"
GOLP, KHAIR = "person:mohammad-mohammadi-golpayegani", "person:nizar-al-khairallah"
AMI, MAL, KHZ = "person:hadi-al-amiri", "person:nouri-al-maliki", "person:qais-al-khazali"
SALIH, NECH = "person:barham-salih", "person:nechirvan-barzani"
QADIR, RASHN, KILD = "person:mustafa-said-qadir", "person:nasrollah-rashnoudi", "person:rayan-al-kildani"

ARTICLES = [
    ("enEK1_qaani_fayyadh_anniversary", "en",
     "TEHRAN, Jan. 1 (IRNA) -- The Commander of the Quds Force of the Islamic Revolution Guards "
     "Corps (IRGC), Brigadier General Esmail Qaani, received the Chairman of Iraq's Popular "
     "Mobilization Forces (PMF), Falih al-Fayyadh, in Tehran on Friday on the sidelines of the "
     "ceremony marking the first anniversary of the martyrdom of the 'martyrs of victory'.\n"
     "The PMF Chief of Staff, Abdul-Aziz al-Mohammadawi, known as Abu Fadak, also attended the "
     "meeting, in which the two sides discussed the latest developments in Iraq and the region.\n"
     "Lieutenant General Qassem Soleimani and the deputy head of the PMF, Abu Mahdi al-Mohandes, "
     "were martyred along with eight companions on January 3, 2020, in a U.S. drone strike at "
     "Baghdad International Airport ordered by then President Donald Trump.\n"
     "Abu Fadak was named chief of staff of the PMF in February 2020, replacing al-Mohandes.\n"
     "Addressing the ceremony at the Imam Khomeini Mosalla, General Qaani said the 'criminal act' "
     "would not go unanswered. The head of the Office of the Leader of the Islamic Revolution, "
     "Hojatoleslam Mohammad Mohammadi Golpayegani, read a message to the gathering.\n"
     "During his two-day visit, al-Fayyadh also held talks with Foreign Minister Mohammad Javad "
     "Zarif, the ministry said.",
     [("LEADS", Q, QF, "Brigadier General Esmail Qaani"),
      ("PART_OF", QF, IRGC, "The Commander of the Quds Force of the Islamic"),
      ("LEADS", FAY, PMF, "received the Chairman of Iraq's"),
      ("MET_WITH", Q, FAY, "received the Chairman of Iraq's", "2021-01-01"),
      ("VISITED", FAY, "location:tehran", "in Tehran on Friday", "2021-01-01"),
      ("MEMBER_OF", AFK, PMF, "The PMF Chief of Staff"),
      ("MET_WITH", Q, AFK, "also attended the meeting", "2021-01-01"),
      ("MEMBER_OF", MUH, PMF, "the deputy head of the PMF"),
      ("ASSASSINATED_BY", SOL, US, "in a U.S. drone strike at", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "in a U.S. drone strike at", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "ordered by then President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "ordered by then President Donald Trump", "2020-01-03"),
      ("LEADS", TRUMP, US, "ordered by then President Donald Trump"),
      ("SUCCESSOR_OF", AFK, MUH, "replacing al-Mohandes", "2020-02"),
      ("LEADS", GOLP, "organization:office-of-the-supreme-leader", "The head of the Office of the Leader"),
      ("MET_WITH", FAY, ZAR, "held talks with Foreign Minister", "2021-01"),
      ("LEADS", ZAR, IFM, "Foreign Minister Mohammad Javad"),
      ],
     {"source": "blind set (IRNA-style)", "published": "2021-01-01"}),

    ("arEK2_kadhimi_masjedi_office", "ar",
     "بغداد – واع\n"
     "استقبل رئيس مجلس الوزراء مصطفى الكاظمي، في مكتبه اليوم الثلاثاء، سفير الجمهورية الإسلامية "
     "الإيرانية لدى العراق إيرج مسجدي، وبحث معه العلاقات الثنائية بين البلدين الجارين وسبل تعزيزها.\n"
     "وذكر بيان للمكتب الإعلامي لرئيس الوزراء، تلقت وكالة الأنباء العراقية (واع) نسخة منه، أن اللقاء "
     "تناول ملف الطاقة وتسديد مستحقات الغاز الإيراني، فضلاً عن التحضيرات لزيارة الكاظمي المرتقبة إلى طهران.\n"
     "ونقل السفير مسجدي إلى الكاظمي تحيات الرئيس حسن روحاني ودعوته لزيارة الجمهورية الإسلامية، فيما "
     "أكد رئيس الوزراء أن العراق لن يكون منطلقاً للاعتداء على أي من جيرانه.\n"
     "وفي وقت لاحق، التقى السفير الإيراني وكيل وزارة الخارجية نزار الخير الله، بحضور عدد من مديري "
     "الدوائر، وجرى بحث التحضيرات للزيارة ذاتها. وكان وزير الخارجية فؤاد حسين قد أجرى اتصالاً هاتفياً "
     "بنظيره الإيراني محمد جواد ظريف مطلع الأسبوع.\n"
     "يذكر أن الكاظمي تسلم رئاسة الحكومة في أيار الماضي خلفاً لعادل عبد المهدي، الذي استقال تحت ضغط "
     "الاحتجاجات الشعبية، وكان من المقرر أن يزور الرياض قبل طهران قبل أن تُرجأ الزيارة بسبب الوضع "
     "الصحي للعاهل السعودي.",
     [("LEADS", KAD, IQGOV, "رئيس مجلس الوزراء مصطفى"),
      ("MET_WITH", KAD, MAS, "استقبل رئيس مجلس الوزراء", "2020-07-14"),
      ("LEADS", ROU, IRAN, "الرئيس حسن روحاني"),
      ("MET_WITH", MAS, KHAIR, "التقى السفير الإيراني وكيل", "2020-07-14"),
      ("MEMBER_OF", KHAIR, IQFM, "وكيل وزارة الخارجية نزار"),
      ("LEADS", FUH, IQFM, "وزير الخارجية فؤاد حسين"),
      ("LEADS", ZAR, IFM, "بنظيره الإيراني محمد جواد"),
      ("SUCCESSOR_OF", KAD, AAM, "خلفاً لعادل عبد المهدي", "2020-05-07"),
      ("LEADS", AAM, IQGOV, "خلفاً لعادل عبد المهدي"),
      ],
     {"source": "blind set (INA-style Arabic)", "published": "2020-07-14"}),

    ("enEK3_kazemi_received_by_leader", "en",
     "TEHRAN (PressTV) - Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei has received "
     "visiting Iraqi Prime Minister Mustafa al-Kazemi and his accompanying delegation in Tehran, "
     "telling the guest that Iran will never forget the assassination of General Qassem Suleimani "
     "by the United States.\n"
     "'They killed your guest in your home and blatantly confessed to the crime,' the Leader said on "
     "Tuesday, adding that the Islamic Republic would 'definitely deal a reciprocal blow to the "
     "Americans.'\n"
     "Earlier in the day, Kazemi held talks with President Hassan Rouhani at the Sa'dabad Palace, "
     "where the two sides reviewed bilateral trade, electricity exports and the situation of Iraqi "
     "pilgrims.\n"
     "The Iraqi delegation included Foreign Minister Fuad Hussein, who met his Iranian counterpart "
     "Mohammad Javad Zarif, and Finance Minister Ali Allawi.\n"
     "Asked whether the premier had met Quds Force Commander Esmaeil Ghaani during the trip, "
     "government spokesman Ali Rabiei told reporters that no such meeting was on the agenda.\n"
     "Kazemi arrived in Tehran from Baghdad on Tuesday morning, on his first foreign trip since "
     "taking office in May. A planned visit to Saudi Arabia, which had been scheduled as his first "
     "stop, was postponed after King Salman was admitted to hospital.",
     [("LEADS", KHA, IRAN, "Leader of the Islamic Revolution Ayatollah"),
      ("MET_WITH", KHA, KAD, "has received visiting Iraqi Prime Minister", "2020-07-21"),
      ("LEADS", KAD, IQGOV, "visiting Iraqi Prime Minister Mustafa"),
      ("ASSASSINATED_BY", SOL, US, "Qassem Suleimani by the United States", "2020-01-03"),
      ("MET_WITH", KAD, ROU, "Kazemi held talks with President Hassan", "2020-07-21"),
      ("LEADS", ROU, IRAN, "with President Hassan Rouhani"),
      ("LEADS", FUH, IQFM, "Foreign Minister Fuad Hussein"),
      ("MET_WITH", FUH, ZAR, "who met his Iranian counterpart", "2020-07-21"),
      ("LEADS", ZAR, IFM, "Iranian counterpart Mohammad Javad Zarif"),
      ("LEADS", "person:ali-allawi", "organization:iraqi-finance-ministry", "Finance Minister Ali Allawi"),
      ("LEADS", Q, QF, "Quds Force Commander Esmaeil Ghaani"),
      ("MEMBER_OF", "person:ali-rabiei", "organization:iranian-government", "government spokesman Ali Rabiei"),
      ("VISITED", KAD, "location:tehran", "Kazemi arrived in Tehran from Baghdad", "2020-07-21"),
      ("LEADS", "person:salman-bin-abdulaziz", "country:saudi-arabia", "after King Salman"),
      ],
     {"source": "blind set (PressTV-style)", "published": "2020-07-21"}),

    ("arEK4_qaani_baghdad_after_drone_attack", "ar",
     "طهران – تسنيم\n"
     "وصل قائد قوة القدس في حرس الثورة الإسلامية العميد إسماعيل قاآني إلى بغداد مساء الأحد، في زيارة "
     "لم يُعلن عنها مسبقاً، عقب محاولة الاغتيال الفاشلة التي استهدفت منزل رئيس الوزراء العراقي مصطفى "
     "الكاظمي بطائرات مسيّرة.\n"
     "وأفادت مصادر مطلعة لمراسل تسنيم بأن العميد قاآني التقى الكاظمي في مكتبه بالمنطقة الخضراء، وأبلغه "
     "إدانة الجمهورية الإسلامية للهجوم، مؤكداً حرص طهران على أمن العراق واستقراره.\n"
     "كما اجتمع قاآني بقادة الإطار التنسيقي، ومنهم الأمين العام لمنظمة بدر هادي العامري ورئيس ائتلاف "
     "دولة القانون نوري المالكي، ودعاهم إلى التهدئة وضبط النفس وعدم التصعيد في الشارع.\n"
     "ولم تتبنَّ أي جهة الهجوم الذي أسفر عن إصابة عدد من أفراد الحماية، فيما اتهم مسؤولون أمنيون "
     "عراقيون فصائل مسلحة بالوقوف وراءه، وهو ما نفاه الأمين العام لعصائب أهل الحق قيس الخزعلي، الذي "
     "وصف الاتهامات بأنها \"محاولة لخلط الأوراق\".\n"
     "وكان المتحدث باسم القائد العام للقوات المسلحة اللواء يحيى رسول قد أعلن أن الكاظمي لم يصب بأذى. "
     "وفي أول ظهور له بعد الهجوم، استقبل الكاظمي رئيس الجمهورية برهم صالح الذي زاره للاطمئنان عليه.",
     [("LEADS", Q, QF, "قائد قوة القدس في حرس الثورة"),
      ("PART_OF", QF, IRGC, "قوة القدس في حرس الثورة الإسلامية"),
      ("VISITED", Q, "location:baghdad", "إلى بغداد مساء الأحد", "2021-11-07"),
      ("LEADS", KAD, IQGOV, "رئيس الوزراء العراقي مصطفى"),
      ("MET_WITH", Q, KAD, "التقى الكاظمي في مكتبه", "2021-11-07"),
      ("MET_WITH", Q, AMI, "كما اجتمع قاآني بقادة", "2021-11-07"),
      ("MET_WITH", Q, MAL, "ورئيس ائتلاف دولة القانون نوري", "2021-11-07"),
      ("MEMBER_OF", AMI, "organization:coordination-framework", "الأمين العام لمنظمة بدر"),
      ("MEMBER_OF", MAL, "organization:coordination-framework", "ورئيس ائتلاف دولة القانون نوري"),
      ("LEADS", AMI, "organization:badr-organization", "الأمين العام لمنظمة بدر"),
      ("LEADS", MAL, "organization:state-of-law-coalition", "ورئيس ائتلاف دولة القانون نوري"),
      ("LEADS", KHZ, "organization:asaib-ahl-al-haq", "الأمين العام لعصائب أهل الحق"),
      ("MET_WITH", KAD, SALIH, "استقبل الكاظمي رئيس الجمهورية", "2021-11-07"),
      ("LEADS", SALIH, IRAQ, "رئيس الجمهورية برهم"),
      ],
     {"source": "blind set (Tasnim-style Arabic)", "published": "2021-11-08"}),

    ("enEK5_nechirvan_masjidi_erbil", "en",
     "ERBIL - Kurdistan Region President Nechirvan Barzani received the Ambassador of the Islamic "
     "Republic of Iran to Iraq, Iraj Masjidi, in Erbil on Sunday, in the presence of Kurdistan "
     "Region Vice President Mustafa Said Qadir and Iran's Consul General in Erbil, Nasrollah "
     "Rashnoudi.\n"
     "According to a readout issued by the Kurdistan Region Presidency, the meeting discussed "
     "relations between the Kurdistan Region and the Islamic Republic, the situation along the "
     "border, and trade through the Haji Omaran and Bashmakh crossings.\n"
     "Both sides stressed that the territory of the Kurdistan Region must not be used as a "
     "launchpad for threats against neighbouring countries. President Barzani thanked Iran for its "
     "support to the Region during the war against ISIS.\n"
     "Last month's rocket attack on Erbil airport, which killed a foreign contractor, was also "
     "discussed. A little-known group claimed it, and Ambassador Masjidi told Kurdistan24 that the "
     "Islamic Republic 'had nothing to do' with the attack and that Tehran condemned it.\n"
     "Separately, the President held a phone call with Iraqi Prime Minister Mustafa al-Kadhimi on "
     "the investigation into the attack.\n"
     "Masjidi, a former senior adviser to the late Quds Force commander Qassem Soleimani, has "
     "served in Baghdad since 2017.",
     [("LEADS", NECH, KRP, "Kurdistan Region President Nechirvan"),
      ("MET_WITH", NECH, MAS, "received the Ambassador of the Islamic", "2021-03-14"),
      ("VISITED", MAS, "location:erbil", "in Erbil on Sunday", "2021-03-14"),
      ("MEMBER_OF", QADIR, KRP, "Region Vice President Mustafa Said Qadir"),
      ("MET_WITH", QADIR, MAS, "Region Vice President Mustafa Said Qadir", "2021-03-14"),
      ("MET_WITH", NECH, RASHN, "Consul General in Erbil, Nasrollah", "2021-03-14"),
      ("REPORTED_BY", MAS, "outlet:kurdistan24", "told Kurdistan24"),
      ("LEADS", KAD, IQGOV, "Iraqi Prime Minister Mustafa al-Kadhimi"),
      ("LEADS", SOL, QF, "the late Quds Force commander Qassem"),
      ],
     {"source": "blind set (Kurdistan Region Presidency readout)", "published": "2021-03-14"}),

    ("arEK6_fayyadh_receives_al_sadeq", "ar",
     "بغداد ـ الصباح\n"
     "استقبل رئيس هيئة الحشد الشعبي فالح الفياض، في مقر الهيئة ببغداد أمس الاثنين، السفير الإيراني "
     "الجديد لدى العراق محمد كاظم آل صادق، بحضور رئيس أركان الهيئة عبد العزيز المحمداوي (أبو فدك).\n"
     "وذكر بيان لإعلام الحشد أن الجانبين بحثا \"العلاقات الأخوية بين البلدين وسبل تعزيز التعاون في مجال "
     "مكافحة الإرهاب\"، وأن الفياض هنأ السفير بتسلّم مهامه متمنياً له التوفيق.\n"
     "ويأتي ذلك بعد أيام من تسليم آل صادق نسخة من أوراق اعتماده إلى وزير الخارجية فؤاد حسين. وكان آل "
     "صادق قد عُيّن سفيراً خلفاً لإيرج مسجدي، الذي شغل المنصب منذ عام 2017 وعمل سابقاً مستشاراً للشهيد "
     "الفريق قاسم سليماني.\n"
     "وأكد آل صادق، بحسب البيان، أن بلاده \"لن تنسى دماء قادة النصر\"، في إشارة إلى سليماني ونائب رئيس "
     "هيئة الحشد أبو مهدي المهندس، اللذين اغتيلا بضربة أميركية قرب مطار بغداد الدولي مطلع عام 2020.\n"
     "والتقى السفير في اليوم ذاته الأمين العام لحركة بابليون ريان الكلداني، ومن المقرر أن يلتقي رئيس "
     "تحالف الفتح هادي العامري خلال الأيام المقبلة.",
     [("LEADS", FAY, PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ("MET_WITH", FAY, ALS, "استقبل رئيس هيئة الحشد", "2022-05-09"),
      ("MET_WITH", ALS, AFK, "بحضور رئيس أركان الهيئة", "2022-05-09"),
      ("MEMBER_OF", AFK, PMF, "رئيس أركان الهيئة عبد العزيز"),
      ("MET_WITH", ALS, FUH, "تسليم آل صادق نسخة من أوراق اعتماده", "2022-05"),
      ("LEADS", FUH, IQFM, "إلى وزير الخارجية فؤاد"),
      ("SUCCESSOR_OF", ALS, MAS, "خلفاً لإيرج مسجدي"),
      ("ASSASSINATED_BY", SOL, US, "اللذين اغتيلا بضربة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "اللذين اغتيلا بضربة أميركية", "2020-01-03"),
      ("MEMBER_OF", MUH, PMF, "ونائب رئيس هيئة الحشد أبو"),
      ("MET_WITH", ALS, KILD, "والتقى السفير في اليوم ذاته", "2022-05-09"),
      ("LEADS", KILD, "organization:babylon-movement", "الأمين العام لحركة بابليون"),
      ("LEADS", AMI, "organization:fatah-alliance", "تحالف الفتح هادي العامري"),
      ],
     {"source": "blind set (Al-Sabah-style Arabic)", "published": "2022-05-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEK")
