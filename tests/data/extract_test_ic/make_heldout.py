"""Blind set IC: Iraq after January 2020 as told by Iranian state outlets (IRNA, Tasnim, Al-Alam
style): the Leader's appointment of Qaani after the "martyrdom" of Soleimani and al-Muhandis, Jan 2020
(English); Qaani in Baghdad with al-Kadhimi, al-Fayyadh and al-Amiri, June 2020 (Arabic); the US
strike that killed Nujaba's Abu Taqwa, Jan 2024 (English); the killing of Kataib Hezbollah's Abu Baqir
al-Saadi and Qaani's late-January trip to Baghdad, Feb 2024 (Arabic); al-Kadhimi received by Khamenei
and Rouhani in Tehran, July 2020 (English); the third anniversary at Baghdad airport, Abu Fadak and
ambassador Al-e Sadegh, Jan 2023 (Arabic).
Style: honorifics ("martyr", "Sheikh", "الحاج"), long official titles before names, datelines, quotes
of the Leader; excluded on purpose: a phone call (Abdul-Mahdi to Rouhani; Rouhani to al-Kadhimi), a
postponed meeting with Sadr, a bombing with no claimant (Kerman), a successor "to be announced", a
successor only rumoured (candidate), an attack Washington blamed and Tehran denied (Tower 22), a
postponed trip to Riyadh, a letter read out in Qaani's absence.
Spellings: Esmaeil Qaani, Qassem Soleimani, al-Mohandes, قآني, قاآنى, Mostafa al-Kazemi, Mushtaq
Taleb al-Saeedi, وسام محمد صابر الساعدي.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ie import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, JOR, KSA = ("country:iran", "country:iraq", "country:united-states", "country:jordan",
                             "country:saudi-arabia")
QF, IRGC, PMF, KH, AAH, NUJ, BADR = (
    "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
    "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq", "organization:harakat-al-nujaba",
    "organization:badr-organization")
IQG, IQFM, IQFIN, IRFM, DOD, CENTCOM = (
    "organization:iraqi-government", "organization:iraqi-foreign-ministry", "organization:iraqi-finance-ministry",
    "organization:iranian-foreign-ministry", "organization:us-department-of-defense",
    "organization:us-central-command")
FATAH, SOL_COAL, SADRISTS = ("organization:fatah-alliance", "organization:state-of-law-coalition",
                             "organization:sadrist-movement")
BAGHDAD, TEHRAN, MASHTAL, PALST, TOWER22, MEHRABAD, SAADABAD = (
    "location:baghdad", "location:tehran", "location:mashtal", "location:palestine-street", "location:tower-22",
    "location:mehrabad-airport", "location:saadabad-palace")
QAANI, SOL, MUH, KHAM, TRUMP = ("person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis",
                                "person:ali-khamenei", "person:donald-trump")
KAD, SUD, FAY, AMIRI, MALIKI, KHAZ = (
    "person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani", "person:falih-al-fayyadh",
    "person:hadi-al-amiri", "person:nouri-al-maliki", "person:qais-al-khazali")
MAHDI, ROUHANI, ZARIF, MOUSAVI, KANAANI = (
    "person:adil-abdul-mahdi", "person:hassan-rouhani", "person:mohammad-javad-zarif", "person:abbas-mousavi",
    "person:nasser-kanaani")
MASJEDI, SADEGH, SADR, FUAD, ALLAWI, SALMAN = (
    "person:iraj-masjedi", "person:mohammad-kazem-al-e-sadegh", "person:muqtada-al-sadr", "person:fuad-hussein",
    "person:ali-allawi", "person:salman-bin-abdulaziz")
TAQWA, BAQIR, ELAYAWI, KAABI, HAMIDAWI, FADAK, RYDER, AWADI = (
    "person:abu-taqwa-al-saidi", "person:abu-baqir-al-saadi", "person:arkan-al-elayawi", "person:akram-al-kaabi",
    "person:ahmad-al-hamidawi", "person:abdul-aziz-al-muhammadawi", "person:pat-ryder", "person:basim-al-awadi")

ARTICLES = [
    ("enIC1_qaani_appointed_quds_force", "en",
     "Leader appoints Brigadier General Qaani as new commander of Quds Force\n"
     "TEHRAN (Tasnim) - Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei on Friday appointed "
     "Brigadier General Esmaeil Qaani as the new commander of the Quds Force of the Islamic Revolution Guards "
     "Corps (IRGC), succeeding the martyred Lieutenant General Qassem Soleimani.\n"
     "General Soleimani and Abu Mahdi al-Mohandes, the deputy head of Iraq's Popular Mobilization Units "
     "(Hashd al-Shaabi), were martyred in a US terrorist drone strike near Baghdad International Airport "
     "early on Friday, an attack which the Pentagon said had been carried out at the direction of "
     "President Donald Trump.\n"
     "In his decree, the Leader described General Qaani, who served for two decades as the deputy of the "
     "martyred commander, as \"one of the most distinguished commanders\" of the Sacred Defense.\n"
     "\"The program of the Force will remain unchanged from the time of his predecessor,\" the decree read.\n"
     "Later in the day, Foreign Ministry Spokesman Abbas Mousavi said the Swiss charge d'affaires, who "
     "represents US interests in Tehran, had been summoned to receive Iran's strong protest; Mousavi "
     "called the strike \"an act of state terrorism\".\n"
     "Iraq's caretaker Prime Minister Adel Abdul-Mahdi, in a telephone conversation with President Hassan "
     "Rouhani, offered condolences and described the assassination as a flagrant violation of Iraq's "
     "sovereignty.",
     [("LEADS", KHAM, IRAN, "Leader of the Islamic Revolution Ayatollah"),
      ("LEADS", QAANI, QF, "as the new commander of the Quds Force", "2020-01-03"),
      ("SUCCESSOR_OF", QAANI, SOL, "succeeding the martyred Lieutenant General", "2020-01-03"),
      ("PART_OF", QF, IRGC, "Quds Force of the Islamic Revolution Guards"),
      ("MEMBER_OF", MUH, PMF, "the deputy head of Iraq's Popular Mobilization Units"),
      ("ASSASSINATED_BY", SOL, USA, "martyred in a US terrorist drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "martyred in a US terrorist drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "at the direction of President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "at the direction of President Donald Trump", "2020-01-03"),
      ("LEADS", TRUMP, USA, "President Donald Trump"),
      ("MEMBER_OF", MOUSAVI, IRFM, "Foreign Ministry Spokesman Abbas Mousavi"),
      ("LEADS", MAHDI, IQG, "caretaker Prime Minister Adel Abdul-Mahdi"),
      ("LEADS", ROUHANI, IRAN, "President Hassan Rouhani"),
      ],
     {"source": "blind set (Iranian state agency, English)", "published": "2020-01-03"}),

    ("arIC2_qaani_kadhimi_baghdad", "ar",
     "قائد قوة القدس يبحث مع رئيس الوزراء العراقي العلاقات الثنائية وسيادة العراق\n"
     "بغداد (العالم) - التقى قائد قوة القدس في حرس الثورة الإسلامية العميد إسماعيل قآني، رئيسَ مجلس "
     "الوزراء العراقي مصطفى الكاظمي في بغداد، في أول لقاء بين الجانبين منذ تسلّم الكاظمي مهامه في أيار "
     "الماضي خلفاً لعادل عبد المهدي.\n"
     "وحضر اللقاء سفير الجمهورية الإسلامية الإيرانية لدى العراق إيرج مسجدي، وجرى خلاله بحث العلاقات "
     "الثنائية وخروج القوات الأجنبية من الأراضي العراقية، وفق مصادر مطلعة.\n"
     "وكان العميد قآني قد اجتمع قبل ذلك برئيس هيئة الحشد الشعبي فالح الفياض ورئيس تحالف الفتح هادي "
     "العامري، مؤكداً لهما أن دماء الشهيدين الحاج قاسم سليماني والحاج أبي مهدي المهندس «لن تذهب هدراً».\n"
     "وأفادت المصادر بأن لقاءً كان مقرراً مع زعيم التيار الصدري السيد مقتدى الصدر في النجف تأجّل لأسباب "
     "لم تُعلن.\n"
     "وتأتي الزيارة بعد أسابيع من اتصال هاتفي أجراه الرئيس الإيراني الشيخ حسن روحاني بالكاظمي، هنّأه فيه "
     "بنيل ثقة مجلس النواب.\n"
     "وأكد السفير مسجدي في تصريح للقناة أن طهران «تقف إلى جانب الحكومة العراقية الجديدة».",
     [("LEADS", QAANI, QF, "التقى قائد قوة القدس"),
      ("PART_OF", QF, IRGC, "في حرس الثورة الإسلامية العميد"),
      ("MET_WITH", QAANI, KAD, "التقى قائد قوة القدس", "2020-06"),
      ("VISITED", QAANI, BAGHDAD, "مصطفى الكاظمي في بغداد", "2020-06"),
      ("LEADS", KAD, IQG, "رئيسَ مجلس الوزراء العراقي"),
      ("SUCCESSOR_OF", KAD, MAHDI, "خلفاً لعادل عبد المهدي", "2020-05"),
      ("MET_WITH", MASJEDI, QAANI, "وحضر اللقاء سفير", "2020-06"),
      ("MET_WITH", MASJEDI, KAD, "وحضر اللقاء سفير", "2020-06"),
      ("MET_WITH", QAANI, FAY, "قد اجتمع قبل ذلك برئيس", "2020-06"),
      ("MET_WITH", QAANI, AMIRI, "قد اجتمع قبل ذلك برئيس", "2020-06"),
      ("MET_WITH", FAY, AMIRI, "قد اجتمع قبل ذلك برئيس", "2020-06"),
      ("LEADS", FAY, PMF, "برئيس هيئة الحشد الشعبي فالح"),
      ("LEADS", AMIRI, FATAH, "ورئيس تحالف الفتح هادي"),
      ("LEADS", SADR, SADRISTS, "زعيم التيار الصدري السيد"),
      ("LEADS", ROUHANI, IRAN, "الرئيس الإيراني الشيخ حسن"),
      ],
     {"source": "blind set (Iranian state TV, Arabic)", "published": "2020-06-04"}),

    ("enIC3_abu_taqwa_martyred", "en",
     "Iran condemns US assassination of Nujaba commander in Baghdad\n"
     "TEHRAN, IRNA - Iran's Foreign Ministry Spokesman Nasser Kanaani on Thursday strongly condemned the US "
     "terrorist attack in Baghdad which martyred Mushtaq Taleb al-Saeedi, known as Abu Taqwa, a senior "
     "commander of the Harakat al-Nujaba resistance movement.\n"
     "The martyr, who served as deputy commander of the Baghdad Belt Operations of the Popular Mobilization "
     "Forces (Hashd al-Shaabi), was targeted along with a companion when a US drone struck a PMF "
     "headquarters on Palestine Street.\n"
     "The Pentagon's press secretary, Major General Pat Ryder, admitted that American forces had carried out "
     "the strike, claiming it was \"in self-defense\".\n"
     "Kanaani noted that the crime came a day after twin terrorist bombings in Kerman near the shrine of "
     "martyr Lieutenant General Qassem Soleimani, which killed scores of mourners and for which no group had "
     "yet claimed responsibility.\n"
     "The spokesman of the Iraqi government, Basim al-Awadi, described the attack as a flagrant violation of "
     "Iraq's sovereignty and held the international coalition responsible.\n"
     "Nujaba's Secretary-General Sheikh Akram al-Kaabi vowed revenge, saying the movement would name the "
     "martyr's successor \"at the appropriate time\".",
     [("MEMBER_OF", KANAANI, IRFM, "Iran's Foreign Ministry Spokesman Nasser"),
      ("ASSASSINATED_BY", TAQWA, USA, "condemned the US terrorist attack", "2024-01-04"),
      ("MEMBER_OF", TAQWA, NUJ, "commander of the Harakat al-Nujaba"),
      ("MEMBER_OF", TAQWA, PMF, "deputy commander of the Baghdad Belt Operations"),
      ("ATTACKED", USA, PALST, "a US drone struck a PMF headquarters", "2024-01-04"),
      ("MEMBER_OF", RYDER, DOD, "The Pentagon's press secretary"),
      ("ASSASSINATED_BY", TAQWA, "organization:us-armed-forces", "admitted that American forces had carried out",
       "2024-01-04"),
      ("MEMBER_OF", AWADI, IQG, "The spokesman of the Iraqi government"),
      ("LEADS", KAABI, NUJ, "Nujaba's Secretary-General Sheikh"),
      ],
     {"source": "blind set (Iranian state agency, English)", "published": "2024-01-04"}),

    ("arIC4_abu_baqir_al_saadi_martyred", "ar",
     "المقاومة الإسلامية في العراق تنعى القائد الشهيد أبو باقر الساعدي\n"
     "بغداد - تسنيم: استُشهد القائد في كتائب حزب الله العراقية وسام محمد صابر الساعدي، المعروف بـ«أبو "
     "باقر الساعدي»، مساء الأربعاء إثر غارة شنّتها طائرة مسيّرة أمريكية على سيارته في منطقة المشتل شرقي "
     "بغداد.\n"
     "واعترفت القيادة المركزية الأمريكية «سنتكوم» في بيان بأنها نفّذت الضربة، مدّعيةً أن الشهيد كان مسؤولاً "
     "عن التخطيط لهجمات على القوات الأمريكية في المنطقة.\n"
     "واستُشهد معه القيادي في الكتائب أركان العلياوي، فيما دان رئيس الوزراء العراقي محمد شياع السوداني "
     "«الاعتداء السافر».\n"
     "وكان قائد قوة القدس العميد إسماعيل قاآنى قد زار بغداد أواخر كانون الثاني، والتقى في مقر منظمة بدر "
     "أمينَها العام هادي العامري وزعيمَ ائتلاف دولة القانون نوري المالكي، بحسب مصادر عراقية.\n"
     "وفي اليوم التالي أعلن الأمين العام للكتائب أحمد الحميداوي تعليق العمليات ضد القوات الأمريكية، فيما "
     "نفت طهران أي صلة لها بهجوم «البرج 22» في الأردن الذي حمّلت واشنطن فصائل المقاومة مسؤوليته.\n"
     "ولم تعلن الكتائب بعد اسم خليفة الشهيد، فيما يتداول ناشطون اسم أحد قادة الصف الثاني مرشحاً لتولي "
     "موقعه.",
     [("MEMBER_OF", BAQIR, KH, "القائد في كتائب حزب الله العراقية"),
      ("ASSASSINATED_BY", BAQIR, USA, "غارة شنّتها طائرة مسيّرة أمريكية", "2024-02-07"),
      ("ATTACKED", USA, MASHTAL, "في منطقة المشتل شرقي", "2024-02-07"),
      ("LOCATED_IN", MASHTAL, BAGHDAD, "في منطقة المشتل شرقي"),
      ("ASSASSINATED_BY", BAQIR, CENTCOM, "واعترفت القيادة المركزية الأمريكية", "2024-02-07"),
      ("ASSASSINATED_BY", ELAYAWI, USA, "واستُشهد معه القيادي", "2024-02-07"),
      ("MEMBER_OF", ELAYAWI, KH, "القيادي في الكتائب أركان"),
      ("LEADS", SUD, IQG, "رئيس الوزراء العراقي محمد"),
      ("LEADS", QAANI, QF, "قائد قوة القدس العميد"),
      ("VISITED", QAANI, BAGHDAD, "قد زار بغداد أواخر", "2024-01"),
      ("MET_WITH", QAANI, AMIRI, "والتقى في مقر منظمة بدر", "2024-01"),
      ("MET_WITH", QAANI, MALIKI, "والتقى في مقر منظمة بدر", "2024-01"),
      ("MET_WITH", AMIRI, MALIKI, "والتقى في مقر منظمة بدر", "2024-01"),
      ("LEADS", AMIRI, BADR, "أمينَها العام هادي"),
      ("LEADS", MALIKI, SOL_COAL, "وزعيمَ ائتلاف دولة القانون"),
      ("LEADS", HAMIDAWI, KH, "الأمين العام للكتائب أحمد"),
      ("LOCATED_IN", TOWER22, JOR, "«البرج 22» في الأردن"),
      ],
     {"source": "blind set (Iranian agency, Arabic)", "published": "2024-02-08"}),

    ("enIC5_kazemi_received_by_leader", "en",
     "Leader receives Iraqi PM: Iran will never forget martyrdom of General Soleimani\n"
     "TEHRAN, IRNA - Leader of the Islamic Revolution Ayatollah Khamenei on Tuesday received visiting Iraqi "
     "Prime Minister Mostafa al-Kazemi and his accompanying delegation, telling him that Iran \"will never "
     "forget\" the assassination of Lieutenant General Qasem Soleimani.\n"
     "\"They killed your guest in your home and brazenly confessed to the crime,\" the Leader said, referring "
     "to the US drone strike ordered by Donald Trump that martyred General Soleimani and Abu Mahdi "
     "al-Muhandis near Baghdad airport on January 3.\n"
     "Earlier in the day, al-Kazemi held talks with President Hassan Rouhani at the Sa'dabad Palace, where "
     "the two sides stressed raising bilateral trade to 20 billion dollars.\n"
     "The Iraqi premier, whose delegation included Foreign Minister Fuad Hussein and Finance Minister Ali "
     "Allawi, had been welcomed at Mehrabad Airport by Foreign Minister Mohammad Javad Zarif.\n"
     "Al-Kazemi, who took office in May succeeding Adel Abdul-Mahdi, had been due to travel first to Riyadh, "
     "but that trip was postponed after Saudi King Salman bin Abdulaziz was admitted to hospital.",
     [("LEADS", KHAM, IRAN, "Leader of the Islamic Revolution Ayatollah Khamenei"),
      ("MET_WITH", KHAM, KAD, "received visiting Iraqi", "2020-07-21"),
      ("LEADS", KAD, IQG, "Prime Minister Mostafa al-Kazemi"),
      ("VISITED", KAD, TEHRAN, "TEHRAN, IRNA", "2020-07-21"),
      ("ASSASSINATED_BY", SOL, USA, "the US drone strike ordered by", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "the US drone strike ordered by", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "ordered by Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "ordered by Donald Trump", "2020-01-03"),
      ("MET_WITH", KAD, ROUHANI, "held talks with President Hassan Rouhani", "2020-07-21"),
      ("LEADS", ROUHANI, IRAN, "President Hassan Rouhani at"),
      ("VISITED", KAD, SAADABAD, "at the Sa'dabad Palace", "2020-07-21"),
      ("LEADS", FUAD, IQFM, "Foreign Minister Fuad Hussein"),
      ("LEADS", ALLAWI, IQFIN, "Finance Minister Ali"),
      ("MET_WITH", KAD, ZARIF, "had been welcomed at Mehrabad Airport by", "2020-07-21"),
      ("VISITED", KAD, MEHRABAD, "had been welcomed at Mehrabad Airport by", "2020-07-21"),
      ("LEADS", ZARIF, IRFM, "Foreign Minister Mohammad Javad Zarif"),
      ("SUCCESSOR_OF", KAD, MAHDI, "took office in May succeeding", "2020-05-07"),
      ("LEADS", SALMAN, KSA, "Saudi King Salman"),
      ],
     {"source": "blind set (Iranian state agency, English)", "published": "2020-07-21"}),

    ("arIC6_anniversary_baghdad_airport", "ar",
     "بالصور.. الحشد الشعبي يحيي الذكرى الثالثة لاستشهاد قادة النصر قرب مطار بغداد\n"
     "بغداد (العالم) - أحيت هيئة الحشد الشعبي، مساء الاثنين، الذكرى السنوية الثالثة لاستشهاد قائد قوة القدس "
     "الفريق الحاج قاسم سليمانى ونائب رئيس الهيئة الحاج أبو مهدي المهندس ورفاقهما، الذين ارتقوا بغارة "
     "أمريكية غادرة قرب مطار بغداد الدولي.\n"
     "وشارك في المراسم رئيس هيئة الحشد فالح الفياض ورئيس أركانها عبد العزيز المحمداوي (أبو فدك)، الذي خلف "
     "الشهيد المهندس في موقعه مطلع عام 2020، إلى جانب الأمين العام لعصائب أهل الحق الشيخ قيس الخزعلي.\n"
     "وعلى هامش المراسم، استقبل الفياض سفيرَ الجمهورية الإسلامية الإيرانية في بغداد محمد كاظم آل صادق، الذي "
     "تسلّم مهامه في نيسان من العام الماضي خلفاً للسفير إيرج مسجدي.\n"
     "وتُليت خلال الحفل رسالة من قائد قوة القدس العميد إسماعيل قاآني، الذي غاب عن المراسم، حيّا فيها "
     "«رجال الحشد المقاوم».\n"
     "ووصف الخزعلي في كلمته الرئيسَ الأمريكي السابق دونالد ترامب، الذي أمر بالضربة وتبنّاها علناً، بأنه "
     "«القاتل الذي اعترف بجريمته».\n"
     "وأكد آل صادق للعالم أن «دماء الشهداء أسّست لمرحلة جديدة من العلاقات بين البلدين».",
     [("LEADS", SOL, QF, "قائد قوة القدس الفريق الحاج"),
      ("MEMBER_OF", MUH, PMF, "ونائب رئيس الهيئة الحاج"),
      ("ASSASSINATED_BY", SOL, USA, "بغارة أمريكية غادرة", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "بغارة أمريكية غادرة", "2020-01-03"),
      ("LEADS", FAY, PMF, "رئيس هيئة الحشد فالح"),
      ("MEMBER_OF", FADAK, PMF, "ورئيس أركانها عبد العزيز"),
      ("SUCCESSOR_OF", FADAK, MUH, "الذي خلف الشهيد المهندس", "2020-02"),
      ("LEADS", KHAZ, AAH, "الأمين العام لعصائب أهل الحق"),
      ("MET_WITH", FAY, SADEGH, "استقبل الفياض سفيرَ", "2023-01-02"),
      ("SUCCESSOR_OF", SADEGH, MASJEDI, "خلفاً للسفير إيرج", "2022-04"),
      ("LEADS", QAANI, QF, "من قائد قوة القدس العميد"),
      ("LEADS", TRUMP, USA, "الرئيسَ الأمريكي السابق دونالد"),
      ("ASSASSINATED_BY", SOL, TRUMP, "الذي أمر بالضربة وتبنّاها علناً", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "الذي أمر بالضربة وتبنّاها علناً", "2020-01-03"),
      ],
     {"source": "blind set (Iranian state TV, Arabic)", "published": "2023-01-02"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIC")
