"""Blind set OA: Iraq 2014-2019, the war on the Islamic State and after (first folder of OA-OB): the Islamic
State's confirmation of Abu Bakr al-Baghdadi's death in the US raid in Idlib and the naming of Abu Ibrahim
al-Hashimi al-Qurashi (October 2019), Haider al-Abadi's meetings with Brett McGurk and with the heads of the
Popular Mobilization Commission after Kirkuk (October 2017), Qasem Soleimani at the Iraqi fronts from Amerli to
Kirkuk (2014-2017), the international envoys' alternative to the Kurdish referendum put to Masoud Barzani in
Erbil (September 2017), Hassan Rouhani's visit to Baghdad and Najaf (March 2019), and parliament's acceptance
of Adil Abdul-Mahdi's resignation with Soleimani in Baghdad (December 2019), as a Western wire writes it in
English (Reuters-like: "BEIRUT/WASHINGTON (Reuters) -"), Iraq's state agency in Arabic (INA-like: "بغداد - واع",
"عصابات داعش الإرهابية", "بيان لمكتب رئيس الوزراء تلقته (واع)"), a Washington think-tank brief in English
(Washington Institute PolicyWatch-like), a Kurdish TV site in Arabic (Rudaw Arabic-like: "كوردستان",
"أربيل - روداو"), Iran's English-language TV site (Press TV-like: "has met with", "the Islamic Republic") and a
pan-Arab Gulf-owned daily in Arabic (Asharq al-Awsat-like: "بغداد: «الشرق الأوسط»", "وعلمت «الشرق الأوسط»").
Pieces: IS names al-Qurashi as Baghdadi's successor, US special forces killed Baghdadi (English, OA1); Abadi
receives McGurk in the presence of Ambassador Silliman, then receives al-Fayyadh and al-Muhandis together
(Arabic, OA2); Soleimani met al-Muhandis and al-Amiri at Amerli, met Bafel Talabani in Sulaymaniyah (English,
OA3); Barzani receives McGurk, Silliman, Kubis and Baker together (Arabic, OA4); Rouhani meets Sistani, is
welcomed by Salih, holds talks with Abdul-Mahdi in the presence of Zarif and al-Hakim (English, OA5);
Abdul-Mahdi, who succeeded Abadi, resigns; Soleimani meets al-Muhandis and al-Amiri at al-Amiri's house (Arabic,
OA6).
Excluded on purpose (no relation): Baghdadi's suicide vest (the outlet gives the killing to US forces), Trump who
"watched" the raid and thanked Russia, Turkey, Syria and Iraq, al-Muhajir "was killed ... the SDF said" (no
agent) (OA1); Macron's phone call to Abadi, Nechirvan Barzani's postponed visit to Baghdad (OA2); the message
Soleimani sent to Khamenei, McGurk who "said" the campaign was not over, the US denial of coordination (OA3);
Nechirvan Barzani's phone call to Yildirim, the denied Barzani-Soleimani meeting, Karim's dismissal by
parliament (OA4); Pompeo, who "visited Baghdad in January" (no one met), Rouhani's criticism of the US (OA5);
al-Suhail and al-Eidani who "could succeed" Abdul-Mahdi, Sadr's denial of any meeting with an Iranian official,
Halbousi's request to Salih (a letter, not a meeting) (OA6).
Judgement calls: "U.S. special forces killed Baghdadi" gives Baghdadi -> country:united-states (no id for the
special forces) (OA1); "named ... as his successor" is a succession (OA1); "استقبل ... بحضور السفير" pairs the
ambassador with both principals (OA2); "استقبل ... الفياض ونائبه المهندس" together is a meeting of the three
(OA2); "ونائبه" (deputy chairman) is MEMBER_OF the PMF (OA2, OA3, OA6); "he met A and B" at Amerli in one list:
Soleimani with each, A and B not with each other (OA3); "was reported to have visited Sulaymaniyah, where he
met" is a meeting (the outlet reports it, no denial) (OA3); "the late President Jalal Talabani" LEADS Iraq (as
NK's "who once led") (OA3); "استقبل ... وفداً دولياً ضم" four envoys: all five paired (received together)
(OA4); "was officially welcomed by" Salih is a meeting (OA5); the two attendees Zarif and al-Hakim are paired
with each other (present at the same talks) (OA5); "اجتمع بـA وB في منزل الأخير" is one meeting of the three
(OA6); "الذي خلف حيدر العبادي في رئاسة الحكومة" is a succession (OA6).
Filled in for the exercise: Abadi's quotes, McGurk's visit on 22 October 2017 and Silliman's presence, the
Fayyadh-Muhandis meeting, Macron's call, Nechirvan Barzani's postponed visit (OA2); the wording of the brief,
the Bafel Talabani meeting (reported at the time in the press, details uncertain) (OA3); the source's quotes,
the phone call to Yildirim and the denial (OA4); al-Hakim's presence, the quotes (OA5); the Soleimani meeting at
al-Amiri's house, the sources, Sadr's denial (OA6).
Spellings: "Abu Ibrahim al-Hashimi al-Qurashi", "Mazloum Abdi" (OA1); "بريت ماكغورك"، "دوغلاس سيليمان"،
"فالح الفياض" (OA2); "Hadi al-Ameri", "Popular Mobilization Commission" (OA3); "كوردستان"، "يان كوبيش"، "بن
علي يلدريم" (OA4); "Adel Abdul-Mahdi", "Mohamed Ali al-Hakim", "Ali al-Sistani" (OA5); "عبد المهدي"، "الجنرال
قاسم سليماني" (OA6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ob import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, US, TURKEY, FRANCE = ("country:iraq", "country:iran", "country:united-states", "country:turkey",
                                  "country:france")
IS, PMF, BADR, FATAH, SADRISTS, QUDS = (
    "organization:islamic-state", "organization:popular-mobilization-forces", "organization:badr-organization",
    "organization:fatah-alliance", "organization:sadrist-movement", "organization:quds-force")
IQPARL, IQFM, KRP, KRG, KDP, PUK, SDF, UNAMI, IRFM, USSD = (
    "organization:iraqi-parliament", "organization:iraqi-foreign-ministry", "organization:kurdistan-region-presidency",
    "organization:kurdistan-regional-government", "organization:kurdistan-democratic-party",
    "organization:patriotic-union-of-kurdistan", "organization:syrian-democratic-forces", "organization:unami",
    "organization:iranian-foreign-ministry", "organization:us-state-department")
ABADI, ABDULMAHDI, SALIH, HALBOUSI, HAKIM, SISTANI, SADR = (
    "person:haider-al-abadi", "person:adil-abdul-mahdi", "person:barham-salih", "person:mohammed-al-halbousi",
    "person:mohammed-ali-al-hakim", "person:ali-al-sistani", "person:muqtada-al-sadr")
MUHANDIS, FAYYADH, AMIRI = "person:abu-mahdi-al-muhandis", "person:falih-al-fayyadh", "person:hadi-al-amiri"
MASOUD, NECHIRVAN, JALAL, BAFEL, MAZLOUM = (
    "person:masoud-barzani", "person:nechirvan-barzani", "person:jalal-talabani", "person:bafel-talabani",
    "person:mazloum-abdi")
BAGHDADI, QURASHI, MUHAJIR = ("person:abu-bakr-al-baghdadi", "person:abu-ibrahim-al-hashimi-al-qurashi",
                              "person:abu-al-hasan-al-muhajir")
SOLEIMANI, KHAMENEI, ROUHANI, ZARIF = ("person:qasem-soleimani", "person:ali-khamenei", "person:hassan-rouhani",
                                       "person:mohammad-javad-zarif")
TRUMP, MCGURK, SILLIMAN, POMPEO, KUBIS, BAKER, YILDIRIM, MACRON = (
    "person:donald-trump", "person:brett-mcgurk", "person:douglas-silliman", "person:mike-pompeo",
    "person:jan-kubis", "person:frank-baker", "person:binali-yildirim", "person:emmanuel-macron")

REUTERS = "blind set (Western news wire, English, Reuters-like)"
INA = "blind set (Iraqi state news agency, Arabic, INA-like)"
WINEP = "blind set (Washington think-tank brief, English, Washington Institute PolicyWatch-like)"
RUDAW = "blind set (Kurdish TV news site, Arabic service, Rudaw-like)"
PRESSTV = "blind set (Iranian state TV news site, English, Press TV-like)"
ASHARQ = "blind set (pan-Arab Gulf-owned daily, Arabic, Asharq al-Awsat-like)"

ARTICLES = [
    ("enOA1_is_names_baghdadi_successor_reuters", "en",
     "Islamic State confirms Baghdadi's death, names new leader\n"
     "BEIRUT/WASHINGTON (Reuters) - Islamic State on Thursday confirmed the death of its leader Abu Bakr "
     "al-Baghdadi and named Abu Ibrahim al-Hashimi al-Qurashi as his successor, four days after U.S. special "
     "forces killed Baghdadi in a nighttime raid in northwestern Syria.\n"
     "In an audio message released on its Telegram channels, the group called the new leader \"the emir of the "
     "believers\" and urged its followers to pledge allegiance to him. Little is known about al-Qurashi, and U.S. "
     "officials said they were working to establish his identity.\n"
     "The message also confirmed the death of the group's spokesman, Abu al-Hasan al-Muhajir, who was killed a day "
     "after the raid near the town of Jarablus, according to the Kurdish-led Syrian Democratic Forces.\n"
     "President Donald Trump said on Sunday that Baghdadi had fled into a dead-end tunnel at the compound in the "
     "village of Barisha, in Idlib province, and detonated a suicide vest as the U.S. commandos closed in. Trump, "
     "who said he had watched the operation from the White House Situation Room, thanked Russia, Turkey, Syria and "
     "Iraq for their help.\n"
     "Mazloum Abdi, commander of the Syrian Democratic Forces, said the SDF's intelligence had helped locate the "
     "militant leader.\n"
     "Iraqi Prime Minister Adil Abdul-Mahdi's office said on Sunday that Iraqi intelligence had provided "
     "information about Baghdadi's whereabouts.",
     [("SUCCESSOR_OF", QURASHI, BAGHDADI, "named Abu Ibrahim al-Hashimi al-Qurashi as his successor", "2019-10-31"),
      ("LEADS", BAGHDADI, IS, "its leader Abu Bakr"),
      ("ASSASSINATED_BY", BAGHDADI, US, "forces killed Baghdadi in a nighttime raid", "2019-10-27"),
      ("MEMBER_OF", MUHAJIR, IS, "the group's spokesman, Abu al-Hasan"),
      ("LEADS", TRUMP, US, "President Donald Trump said on Sunday"),
      ("LEADS", MAZLOUM, SDF, "commander of the Syrian Democratic Forces"),
      ("LEADS", ABDULMAHDI, IRAQ, "Iraqi Prime Minister Adil Abdul-Mahdi"),
      ],
     {"source": REUTERS, "published": "2019-10-31"}),

    ("arOA2_abadi_receives_mcgurk_ina", "ar",
     "العبادي يستقبل ماكغورك ويؤكد: لا حوار على أساس الاستفتاء\n"
     "بغداد - واع\n"
     "استقبل رئيس مجلس الوزراء القائد العام للقوات المسلحة الدكتور حيدر العبادي، اليوم الأحد، في مكتبه الرسمي، "
     "المبعوث الخاص للرئيس الأميركي للتحالف الدولي ضد عصابات داعش الإرهابية بريت ماكغورك، بحضور السفير الأميركي "
     "في بغداد دوغلاس سيليمان.\n"
     "وذكر بيان لمكتب رئيس الوزراء تلقته (واع) أنه \"جرى خلال اللقاء بحث الحرب على عصابات داعش الإرهابية وبسط "
     "السلطة الاتحادية في كركوك والمناطق المتنازع عليها\".\n"
     "وأكد العبادي أن \"الحكومة الاتحادية لن تتحاور على أساس الاستفتاء غير الدستوري\"، فيما جدد ماكغورك دعم "
     "بلاده لوحدة العراق وسيادته.\n"
     "كما استقبل رئيس الوزراء رئيس هيئة الحشد الشعبي فالح الفياض ونائبه أبو مهدي المهندس، وبحث معهما "
     "الاستعدادات لتحرير القائم وراوة.\n"
     "من جهة أخرى، تلقى العبادي اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون، جرى خلاله بحث الأوضاع في "
     "إقليم كردستان.\n"
     "وكان من المقرر أن يزور رئيس حكومة الإقليم نيجيرفان بارزاني بغداد خلال الأسبوع الجاري، إلا أن الزيارة "
     "أُرجئت إلى موعد لاحق.",
     met_group({ABADI: "الدكتور حيدر العبادي، اليوم الأحد", MCGURK: "ضد عصابات داعش الإرهابية بريت ماكغورك",
                SILLIMAN: "بحضور السفير الأميركي"}, "2017-10-22") +
     met_group({ABADI: "كما استقبل رئيس الوزراء", FAYYADH: "رئيس هيئة الحشد الشعبي فالح الفياض",
                MUHANDIS: "ونائبه أبو مهدي المهندس"}, "2017-10-22") + [
      ("LEADS", ABADI, IRAQ, "استقبل رئيس مجلس الوزراء القائد العام"),
      ("LEADS", FAYYADH, PMF, "هيئة الحشد الشعبي فالح"),
      ("MEMBER_OF", MUHANDIS, PMF, "ونائبه أبو مهدي"),
      ("LEADS", MACRON, FRANCE, "الرئيس الفرنسي إيمانويل ماكرون"),
      ("LEADS", NECHIRVAN, KRG, "رئيس حكومة الإقليم نيجيرفان"),
      ],
     {"source": INA, "published": "2017-10-22"}),

    ("enOA3_soleimani_amerli_to_kirkuk_winep", "en",
     "Soleimani's Iraq: From Amerli to Kirkuk\n"
     "PolicyWatch | November 2017\n"
     "By the time Iraqi forces retook Rawa, the Islamic State's last town in Iraq, on November 17, Maj. Gen. Qasem "
     "Soleimani, the commander of the Islamic Revolutionary Guard Corps' Quds Force, had turned Iraq's war into a "
     "showcase of Iranian influence.\n"
     "The Iranian general first appeared in photographs at the front in Amerli in September 2014, where he met Abu "
     "Mahdi al-Muhandis and Badr Organization leader Hadi al-Ameri after the siege of the Turkmen town was broken. "
     "Muhandis, whom Washington designated a terrorist in 2009, was then deputy chairman of the Popular "
     "Mobilization Commission.\n"
     "U.S. officials have long denied any coordination with Soleimani; the U.S.-led coalition instead worked "
     "through Prime Minister Haider al-Abadi's government and the Counter Terrorism Service.\n"
     "In mid-October, Soleimani was reported to have visited Sulaymaniyah, where he met senior Patriotic Union of "
     "Kurdistan officials, among them Bafel Talabani, a son of the late President Jalal Talabani, days before "
     "Iraqi forces and the PMF took Kirkuk almost without a fight. Masoud Barzani's Kurdistan Democratic Party "
     "accused the PUK faction of \"treason.\"\n"
     "On November 21, Soleimani sent a message to Supreme Leader Ali Khamenei declaring the end of the Islamic "
     "State's rule. Brett McGurk, the presidential envoy to the coalition, said the campaign was not over.",
     [("LEADS", SOLEIMANI, QUDS, "the commander of the Islamic Revolutionary Guard Corps' Quds Force"),
      ("MET_WITH", SOLEIMANI, MUHANDIS, "where he met Abu", "2014-09"),
      ("MET_WITH", SOLEIMANI, AMIRI, "Badr Organization leader Hadi al-Ameri after", "2014-09"),
      ("LEADS", AMIRI, BADR, "Badr Organization leader Hadi"),
      ("MEMBER_OF", MUHANDIS, PMF, "deputy chairman of the Popular"),
      ("LEADS", ABADI, IRAQ, "Prime Minister Haider al-Abadi's government"),
      ("MET_WITH", SOLEIMANI, BAFEL, "where he met senior Patriotic Union", "2017-10"),
      ("MEMBER_OF", BAFEL, PUK, "among them Bafel Talabani"),
      ("LEADS", JALAL, IRAQ, "the late President Jalal Talabani"),
      ("LEADS", MASOUD, KDP, "Masoud Barzani's Kurdistan Democratic Party"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ali Khamenei"),
      ],
     {"source": WINEP, "published": "2017-11-22"}),

    ("arOA4_barzani_receives_envoys_rudaw", "ar",
     "بارزاني للمبعوثين الدوليين: البديل جاء متأخراً والاستفتاء في موعده\n"
     "أربيل - روداو\n"
     "استقبل رئيس إقليم كوردستان مسعود بارزاني، مساء الخميس، في أربيل، وفداً دولياً ضم المبعوث الأميركي للتحالف "
     "الدولي بريت ماكغورك والسفير الأميركي لدى العراق دوغلاس سيليمان والممثل الخاص للأمين العام للأمم المتحدة "
     "في العراق يان كوبيش والسفير البريطاني فرانك بيكر.\n"
     "وقدّم الوفد لرئيس الإقليم مقترحاً بديلاً يقضي بتأجيل الاستفتاء مقابل مفاوضات مع بغداد برعاية دولية خلال "
     "عامين.\n"
     "وقال مصدر في رئاسة الإقليم لروداو إن \"الرئيس بارزاني أبلغ الوفد أن المقترح جاء متأخراً\"، مضيفاً أن "
     "القيادة الكوردستانية ستدرس الورقة قبل الرد عليها.\n"
     "وفي وقت سابق من اليوم، صوّت مجلس النواب العراقي على إقالة محافظ كركوك نجم الدين كريم، فيما حذّر رئيس "
     "الوزراء حيدر العبادي من أنه سيتدخل عسكرياً إذا أدى الاستفتاء إلى العنف.\n"
     "من جانبه، أجرى رئيس حكومة الإقليم نيجيرفان بارزاني اتصالاً هاتفياً برئيس الوزراء التركي بن علي يلدريم، "
     "فيما نفت مصادر كوردية أنباء عن لقاء جمع بارزاني بقائد فيلق القدس الإيراني قاسم سليماني في أربيل.",
     met_group({MASOUD: "رئيس إقليم كوردستان مسعود بارزاني", MCGURK: "الدولي بريت ماكغورك",
                SILLIMAN: "لدى العراق دوغلاس سيليمان", KUBIS: "في العراق يان كوبيش",
                BAKER: "والسفير البريطاني فرانك بيكر"}, "2017-09-14") + [
      ("LEADS", MASOUD, KRP, "رئيس إقليم كوردستان مسعود"),
      ("LEADS", KUBIS, UNAMI, "والممثل الخاص للأمين العام للأمم المتحدة"),
      ("LEADS", ABADI, IRAQ, "رئيس الوزراء حيدر العبادي"),
      ("LEADS", NECHIRVAN, KRG, "رئيس حكومة الإقليم نيجيرفان"),
      ("LEADS", YILDIRIM, TURKEY, "برئيس الوزراء التركي بن علي"),
      ("LEADS", SOLEIMANI, QUDS, "بقائد فيلق القدس الإيراني"),
      ],
     {"source": RUDAW, "published": "2017-09-14"}),

    ("enOA5_rouhani_meets_sistani_presstv", "en",
     "Rouhani meets Ayatollah Sistani in Najaf on last day of Iraq visit\n"
     "Press TV - Iranian President Hassan Rouhani has met with Iraq's top Shia cleric, Grand Ayatollah Ali "
     "al-Sistani, in the holy city of Najaf on the final day of his three-day official visit to Iraq.\n"
     "During the meeting on Wednesday, the senior cleric welcomed any steps that strengthen Iraq's relations with "
     "its neighbors on the basis of mutual respect, according to a statement by his office.\n"
     "Rouhani arrived in Baghdad on Monday, where he was officially welcomed by Iraqi President Barham Salih at "
     "the Salam Palace. He later held talks with Prime Minister Adel Abdul-Mahdi, in the presence of Iranian "
     "Foreign Minister Mohammad Javad Zarif and his Iraqi counterpart Mohamed Ali al-Hakim.\n"
     "The two sides signed several memoranda of understanding on oil, trade, health and a railway linking the "
     "Iranian border town of Shalamcheh to Basra.\n"
     "It is Rouhani's first visit to Iraq since he took office in 2013, and comes as the US is pressing Baghdad to "
     "cut its energy ties with the Islamic Republic.\n"
     "US Secretary of State Mike Pompeo, who visited Baghdad in January, had urged Iraqi leaders to reduce their "
     "dependence on Iranian gas and electricity. Speaking to reporters, Rouhani said the US was \"hated\" in the "
     "region because of its policies.",
     [("MET_WITH", ROUHANI, SISTANI, "has met with Iraq's top Shia cleric", "2019-03-13"),
      ("LEADS", ROUHANI, IRAN, "Iranian President Hassan Rouhani"),
      ("MET_WITH", ROUHANI, SALIH, "officially welcomed by Iraqi President", "2019-03-11"),
      ("LEADS", SALIH, IRAQ, "Iraqi President Barham Salih"),
      ] + met_group({ROUHANI: "He later held talks", ABDULMAHDI: "with Prime Minister Adel Abdul-Mahdi",
                     ZARIF: "Foreign Minister Mohammad Javad Zarif", HAKIM: "counterpart Mohamed Ali al-Hakim"},
                    "2019-03-11") + [
      ("LEADS", ABDULMAHDI, IRAQ, "Prime Minister Adel Abdul-Mahdi"),
      ("LEADS", ZARIF, IRFM, "Iranian Foreign Minister Mohammad"),
      ("LEADS", HAKIM, IQFM, "his Iraqi counterpart Mohamed"),
      ("LEADS", POMPEO, USSD, "US Secretary of State Mike Pompeo"),
      ],
     {"source": PRESSTV, "published": "2019-03-13"}),

    ("arOA6_parliament_accepts_resignation_asharq", "ar",
     "البرلمان العراقي يقبل استقالة عبد المهدي... وسليماني في بغداد لترتيب البديل\n"
     "بغداد: «الشرق الأوسط»\n"
     "صوّت مجلس النواب العراقي، أمس الأحد، على قبول استقالة رئيس الوزراء عادل عبد المهدي، بعد يومين من إعلانه "
     "عزمه التنحي استجابة لخطبة المرجع الديني الأعلى علي السيستاني التي دعت البرلمان إلى \"إعادة النظر في "
     "خياراته\".\n"
     "وطلب رئيس البرلمان محمد الحلبوسي من رئيس الجمهورية برهم صالح تكليف مرشح جديد لتشكيل الحكومة خلال 15 "
     "يوماً، وفق الدستور.\n"
     "وعبد المهدي، الذي خلف حيدر العبادي في رئاسة الحكومة في أكتوبر (تشرين الأول) 2018، هو أول رئيس وزراء "
     "يستقيل منذ عام 2003، بعد شهرين من احتجاجات قُتل فيها أكثر من 400 متظاهر.\n"
     "وعلمت «الشرق الأوسط» من مصادر سياسية أن قائد «فيلق القدس» في «الحرس الثوري» الإيراني الجنرال قاسم "
     "سليماني وصل إلى بغداد، واجتمع بنائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس وزعيم تحالف «الفتح» هادي "
     "العامري في منزل الأخير، لبحث اسم البديل.\n"
     "وتتداول الأوساط السياسية أسماء عدة قد تخلف عبد المهدي، بينها وزير التعليم العالي قصي السهيل ومحافظ البصرة "
     "أسعد العيداني.\n"
     "في المقابل، نفى مكتب زعيم التيار الصدري مقتدى الصدر أن يكون الصدر قد التقى أي مسؤول إيراني خلال الأيام "
     "الماضية.",
     [("LEADS", ABDULMAHDI, IRAQ, "رئيس الوزراء عادل عبد المهدي"),
      ("LEADS", HALBOUSI, IQPARL, "رئيس البرلمان محمد الحلبوسي"),
      ("LEADS", SALIH, IRAQ, "رئيس الجمهورية برهم صالح"),
      ("SUCCESSOR_OF", ABDULMAHDI, ABADI, "الذي خلف حيدر العبادي في رئاسة الحكومة", "2018-10"),
      ("LEADS", SOLEIMANI, QUDS, "قائد «فيلق القدس»"),
      ] + met_group({SOLEIMANI: "سليماني وصل إلى بغداد", MUHANDIS: "بنائب رئيس هيئة الحشد الشعبي",
                     AMIRI: "العامري في منزل الأخير"}, "2019-12") + [
      ("MEMBER_OF", MUHANDIS, PMF, "واجتمع بنائب رئيس هيئة"),
      ("LEADS", AMIRI, FATAH, "وزعيم تحالف «الفتح» هادي"),
      ("LEADS", SADR, SADRISTS, "زعيم التيار الصدري مقتدى الصدر"),
      ],
     {"source": ASHARQ, "published": "2019-12-02"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOA")
