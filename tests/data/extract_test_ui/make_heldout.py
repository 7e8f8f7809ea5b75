"""Blind set UI: Iraqi Kurdistan 2005-2020 (first folder of UI-UJ): Jalal Talabani's visit to Tehran as
President of Iraq (November 2005), his stroke after talks with Nouri al-Maliki (December 2012), Fuad Masum
elected to succeed him (July 2014), Talabani's funeral in Sulaymaniyah (October 2017), Qasem Soleimani's
visit to Sulaymaniyah before the fall of Kirkuk (October 2017) and the PUK's first co-chairs after Talabani
(February 2020), as a US wire writes it in English (AP-like: "BAGHDAD (AP) —"), a Kurdish broadcaster's
Arabic site (Rudaw-like: "أربيل - روداو"), a British wire in English (Reuters-like: "TEHRAN, Nov 21
(Reuters) -"), a London-based Saudi daily in Arabic (Asharq Al-Awsat-like: "السليمانية: «الشرق الأوسط»"), a
Kurdish broadcaster's English site (Kurdistan 24-like: "SULAIMANI, Kurdistan Region (Kurdistan 24) –") and a
London-based pan-Arab site in Arabic (Al-Araby Al-Jadeed-like: "كشفت مصادر ... لـ«العربي الجديد»").
Pieces: Talabani meets Ahmadinejad, then Khamenei; with Zebari meets Larijani; Talabani had replaced al-Yawar
(English, UI1); Masum elected to succeed Talabani, then visits him with Hero Ibrahim Ahmed present (Arabic, UI2); Talabani
meets al-Maliki before his stroke (English, UI3); the funeral: Hero, Bafel and Qubad receive Zarif's
condolences, Zarif meets Masoud Barzani (Arabic, UI4); Bafel and Lahur elected co-chairs, received by
Nechirvan Barzani (English, UI5); Soleimani meets Bafel and Lahur with Hero present, had met Masoud Barzani
before the referendum (Arabic, UI6).
Excluded on purpose (no relation): Rafsanjani's meeting "scheduled for Tuesday", Washington's accusation of
Tehran (UI1); Barham Salih, who lost the PUK's internal vote and withdrew (UI2); the Maliki-Barzani meeting
that "had not been set", Barzani's phone call to Hero, Nujaifi who "did not see" Talabani at the hospital
(UI3); Abadi's government delegation that was called off, the leaders who only attended the same funeral
(UI4); the denied report that Qubad would replace Kosrat, the postponed meeting with Masoud Barzani (UI5);
Kosrat Rasul's denial that he met Soleimani, the KDP's accusation of "treason" (UI6).
Judgement calls: "elected ... to replace interim president Ghazi al-Yawar" is a succession (UI1); "The Iraqi
leader, accompanied by Foreign Minister Hoshyar Zebari, also met Ali Larijani": a meeting of the three (as
SQ3's "Mr. Habib and his deputy ... met") (UI1); "بحضور عقيلته" at the visit: Hero paired with both Masum and
Talabani (UI2); "قبل أن يخلفه معصوم" is a succession (UI4); the family receiving condolences together from
Zarif: a meeting of the four; attending the same funeral is no meeting (UI4); "received ... the two new
co-chairs": a meeting of the three (UI5); Soleimani "اجتمع بـ" Bafel and Lahur "بحضور" Hero: a meeting of
the four (UI6); the earlier Soleimani-Barzani meeting, confirmed by Kurdish officials, is a meeting (UI6); a
president or a prime minister LEADS the country, the regional president LEADS the Kurdistan Region, a
founder or secretary-general LEADS the party, a speaker LEADS the parliament, a deputy secretary-general is
a MEMBER_OF the party.
Filled in for the exercise: Zebari's presence at the Larijani meeting, the Rafsanjani appointment (UI1); the
vote figures, the day of Masum's visit to Talabani and Hero's presence (UI2); the place of the Maliki
meeting, the wording of the statements, Nujaifi's visit to the hospital (UI3); the condolence room, the
Zarif-Barzani meeting and its length, the wording of Kosrat's speech (UI4); the day and place of the
meeting with Nechirvan Barzani, the denied report, the postponed meeting (UI5); the day of Soleimani's
arrival, Hero's presence, Kosrat's statement (UI6).
Spellings: "Jalal Talabani", "Mahmoud Ahmadinejad", "Ayatollah Ali Khamenei", "Hoshyar Zebari", "Ghazi
al-Yawar" (UI1); «فؤاد معصوم»، «مام جلال»، «سليم الجبوري»، «هيرو إبراهيم أحمد» (UI2); "Nouri al-Maliki",
"Massoud Barzani", "Osama al-Nujaifi" (UI3); «محمد جواد ظريف»، «بافل وقباد»، «كوسرت رسول علي» (UI4); "Bafel
Talabani", "Lahur Sheikh Jangi", "Kosrat Rasul Ali", "Nechirvan Barzani" (UI5); «اللواء قاسم سليماني»، «لاهور
شيخ جنكي»، «مسعود البارزاني» (UI6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_uj import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, KREGION = "country:iraq", "country:iran", "location:kurdistan-region"
SULAY = "location:sulaymaniyah"
PUK, KDP, KRG, IQPARL, QUDS, SNSC, EXPED, CTG = (
    "organization:patriotic-union-of-kurdistan", "organization:kurdistan-democratic-party",
    "organization:kurdistan-regional-government", "organization:iraqi-parliament", "organization:quds-force",
    "organization:supreme-national-security-council", "organization:expediency-discernment-council",
    "organization:sulaymaniyah-counter-terrorism-group")
TALABANI, MASUM, SALIH, YAWAR, MALIKI, ABADI, NUJAIFI, JUBOURI, ZEBARI = (
    "person:jalal-talabani", "person:fuad-masum", "person:barham-salih", "person:ghazi-al-yawar",
    "person:nouri-al-maliki", "person:haider-al-abadi", "person:osama-al-nujaifi", "person:salim-al-jubouri",
    "person:hoshyar-zebari")
MASOUD, NECHIRVAN, QUBAD, BAFEL, LAHUR, HERO, KOSRAT = (
    "person:masoud-barzani", "person:nechirvan-barzani", "person:qubad-talabani", "person:bafel-talabani",
    "person:lahur-sheikh-jangi", "person:hero-ibrahim-ahmed", "person:kosrat-rasul")
KHAMENEI, AHMADINEJAD, LARIJANI, RAFSANJANI, ZARIF, SOLEIMANI = (
    "person:ali-khamenei", "person:mahmoud-ahmadinejad", "person:ali-larijani",
    "person:ali-akbar-hashemi-rafsanjani", "person:mohammad-javad-zarif", "person:qasem-soleimani")

AP = "blind set (US news wire, English, AP-like)"
RUDAW = "blind set (Kurdish broadcaster's Arabic site, Rudaw-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
AWSAT = "blind set (London-based Saudi daily, Arabic, Asharq Al-Awsat-like)"
K24 = "blind set (Kurdish broadcaster's English site, Kurdistan 24-like)"
ARABY = "blind set (London-based pan-Arab site, Arabic, Al-Araby Al-Jadeed-like)"

ARTICLES = [
    ("enUI1_talabani_in_tehran_reuters", "en",
     "Iraq's Talabani meets Khamenei, Ahmadinejad on landmark Iran visit\n"
     "TEHRAN, Nov 21 (Reuters) - Jalal Talabani on Monday became the first Iraqi head of state to visit Iran "
     "in nearly four decades, holding talks with President Mahmoud Ahmadinejad on security, trade and the "
     "presence of foreign troops in Iraq.\n"
     "Ahmadinejad welcomed the Iraqi president with a military band at the Saadabad palace in northern "
     "Tehran before the two leaders held a closed meeting, Iranian state television said.\n"
     "Later in the day Talabani was received by Supreme Leader Ayatollah Ali Khamenei, who told him that "
     "\"the occupiers\" were the main cause of Iraq's insecurity, according to Khamenei's office.\n"
     "The Iraqi leader, accompanied by Foreign Minister Hoshyar Zebari, also met Ali Larijani, secretary of "
     "the Supreme National Security Council and Iran's top nuclear negotiator.\n"
     "A meeting with former president Akbar Hashemi Rafsanjani, head of the Expediency Council, was "
     "scheduled for Tuesday, an official in Talabani's delegation said.\n"
     "Washington has accused Tehran of arming Shi'ite militias in southern Iraq, a charge Iran denies.\n"
     "Talabani, a veteran Kurdish guerrilla leader who spent years in exile in Iran and Syria, was elected by "
     "the National Assembly in April to replace interim president Ghazi al-Yawar, a Sunni Arab tribal "
     "leader who became one of his two deputies.",
     [("MET_WITH", TALABANI, AHMADINEJAD, "holding talks with President Mahmoud Ahmadinejad", "2005-11-21"),
      ("MET_WITH", TALABANI, KHAMENEI, "Talabani was received by Supreme Leader", "2005-11-21"),
      ]
     + met_group({TALABANI: "The Iraqi leader, accompanied", ZEBARI: "Foreign Minister Hoshyar Zebari, also",
                  LARIJANI: "also met Ali Larijani"}, "2005-11-21")
     + [("LEADS", AHMADINEJAD, IRAN, "President Mahmoud Ahmadinejad on security"),
        ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ayatollah Ali Khamenei, who"),
        ("LEADS", TALABANI, IRAQ, "the first Iraqi head of state"),
        ("LEADS", LARIJANI, SNSC, "secretary of the Supreme National Security Council"),
        ("LEADS", RAFSANJANI, EXPED, "head of the Expediency Council"),
        ("VISITED", TALABANI, IRAN, "to visit Iran in nearly four decades", "2005-11-21"),
        ("SUCCESSOR_OF", TALABANI, YAWAR, "to replace interim president Ghazi al-Yawar", "2005-04"),
        ],
     {"source": REUTERS, "published": "2005-11-21"}),

    ("arUI2_masum_elected_rudaw", "ar",
     "البرلمان العراقي ينتخب فؤاد معصوم رئيساً للجمهورية خلفاً لمام جلال\n"
     "أربيل - روداو\n"
     "انتخب مجلس النواب العراقي، الخميس الماضي، القيادي في الاتحاد الوطني الكردستاني فؤاد معصوم رئيساً "
     "لجمهورية العراق خلفاً للرئيس جلال طالباني، بعد حصوله على 211 صوتاً في جولة الاقتراع الثانية، في "
     "الجلسة التي ترأسها رئيس المجلس سليم الجبوري.\n"
     "وأدى معصوم اليمين الدستورية فور إعلان النتيجة، ليصبح ثاني رئيس كردي للعراق بعد طالباني الذي غاب عن "
     "مهامه منذ إصابته بجلطة دماغية أواخر عام 2012، وعاد إلى السليمانية قبل أسبوع بعد رحلة علاج في ألمانيا "
     "استمرت نحو عام ونصف.\n"
     "وكان المكتب السياسي للاتحاد الوطني قد اختار معصوم مرشحاً للمنصب في تصويت داخلي جرى ليل الأربعاء، بعد "
     "منافسة مع نائب الأمين العام للاتحاد برهم صالح، الذي أعلن لاحقاً انسحابه وهنّأ معصوم.\n"
     "وفي أول نشاط له خارج بغداد، توجّه الرئيس الجديد أمس السبت إلى السليمانية، حيث زار الرئيس طالباني في "
     "منزله بمنطقة دباشان، بحضور عقيلته هيرو إبراهيم أحمد، وأطلعه على مجريات جلسة الانتخاب، بحسب مصدر في "
     "المكتب الإعلامي للاتحاد الوطني.\n"
     "ومن المنتظر أن يكلّف معصوم مرشح الكتلة النيابية الأكبر بتشكيل الحكومة الجديدة خلال خمسة عشر يوماً، "
     "فيما لم يحسم التحالف الوطني موقفه بعد من ترشيح نوري المالكي لولاية ثالثة.",
     [("SUCCESSOR_OF", MASUM, TALABANI, "خلفاً للرئيس جلال طالباني", "2014-07-24"),
      ("MEMBER_OF", MASUM, PUK, "القيادي في الاتحاد الوطني الكردستاني فؤاد"),
      ("LEADS", MASUM, IRAQ, "فؤاد معصوم رئيساً لجمهورية العراق"),
      ("LEADS", JUBOURI, IQPARL, "ترأسها رئيس المجلس سليم الجبوري"),
      ("MEMBER_OF", SALIH, PUK, "نائب الأمين العام للاتحاد برهم صالح"),
      ("VISITED", MASUM, SULAY, "توجّه الرئيس الجديد أمس السبت إلى السليمانية", "2014-07-26"),
      ("MET_WITH", MASUM, TALABANI, "حيث زار الرئيس طالباني", "2014-07-26"),
      ("MET_WITH", HERO, MASUM, "بحضور عقيلته هيرو", "2014-07-26"),
      ("MET_WITH", HERO, TALABANI, "إبراهيم أحمد، وأطلعه", "2014-07-26"),
      ],
     {"source": RUDAW, "published": "2014-07-27"}),

    ("enUI3_talabani_stroke_ap", "en",
     "Iraq's president in hospital after stroke, hours after talks with al-Maliki\n"
     "BAGHDAD (AP) — Iraqi President Jalal Talabani was rushed to a Baghdad hospital late Monday after "
     "suffering a stroke, officials said, at a time of rising tension between the central government and the "
     "country's self-ruled Kurdish north.\n"
     "The 79-year-old Kurdish leader had met Prime Minister Nouri al-Maliki at his residence in the Jadriya "
     "district on Monday evening, a meeting his office described as \"positive and frank,\" and the two men "
     "agreed on the need for dialogue over the disputed territories.\n"
     "Talabani, a founder of the Patriotic Union of Kurdistan, had been trying for weeks to bring al-Maliki "
     "together with Massoud Barzani, the president of the Kurdish region, but a meeting between the two rivals "
     "had not been set, a Kurdish official said on condition of anonymity because he was not authorized to "
     "brief reporters.\n"
     "Barzani spoke by telephone on Tuesday with Talabani's wife, Hero Ibrahim Ahmed, and was told the "
     "president's condition was stable, the regional presidency said.\n"
     "Parliament Speaker Osama al-Nujaifi went to the Medical City hospital on Tuesday morning but did not "
     "see the president, who was in intensive care, a spokesman for the speaker said.\n"
     "Doctors from Germany were expected in Baghdad to decide whether Talabani, who has had heart surgery in "
     "the past, could be flown abroad for treatment.",
     [("MET_WITH", TALABANI, MALIKI, "had met Prime Minister Nouri al-Maliki", "2012-12-17"),
      ("LEADS", TALABANI, IRAQ, "Iraqi President Jalal Talabani was rushed"),
      ("LEADS", MALIKI, IRAQ, "Prime Minister Nouri al-Maliki at his residence"),
      ("LEADS", TALABANI, PUK, "a founder of the Patriotic Union of Kurdistan"),
      ("LEADS", MASOUD, KREGION, "the president of the Kurdish region"),
      ("LEADS", NUJAIFI, IQPARL, "Parliament Speaker Osama al-Nujaifi"),
      ],
     {"source": AP, "published": "2012-12-18"}),
]

ARTICLES += [
    ("arUI4_talabani_funeral_awsat", "ar",
     "السليمانية تودّع «مام جلال» بحضور إقليمي وغياب حكومي لبغداد\n"
     "السليمانية: «الشرق الأوسط»\n"
     "ووري جثمان الرئيس العراقي السابق جلال طالباني الثرى، أمس، في تلة دباشان المطلة على مدينة السليمانية، "
     "بعد أن نُقل على متن طائرة خاصة من برلين حيث توفي الثلاثاء الماضي عن 83 عاماً، ولُفّ نعشه بعلم إقليم "
     "كردستان.\n"
     "وشارك في مراسم التشييع رئيس الجمهورية فؤاد معصوم، ورئيس مجلس النواب سليم الجبوري، ورئيس الإقليم مسعود "
     "بارزاني، إلى جانب وزير الخارجية الإيراني محمد جواد ظريف الذي وصل على رأس وفد رسمي.\n"
     "وتقبّلت عقيلة الراحل هيرو إبراهيم أحمد ونجلاه بافل وقباد التعازي من ظريف في قاعة ملحقة بالمقبرة، فيما "
     "التقى الوزير الإيراني بعد ذلك بارزاني على انفراد لنحو نصف ساعة، بحسب مصدر كردي مطلع.\n"
     "في المقابل، غاب رئيس الوزراء حيدر العبادي عن المراسم، وكان مكتبه قد أعلن أن وفداً حكومياً رفيعاً "
     "سيشارك، قبل أن يُلغى ذلك احتجاجاً على عدم لفّ النعش بالعلم العراقي، وفق نواب في ائتلاف دولة القانون.\n"
     "وكان طالباني، مؤسس الاتحاد الوطني الكردستاني وأمينه العام، قد تولى رئاسة العراق بين عامي 2005 و2014 "
     "قبل أن يخلفه معصوم.\n"
     "وقال كوسرت رسول علي، النائب الأول للأمين العام للاتحاد، في كلمة خلال المراسم إن «مام جلال كان جسراً "
     "بين العرب والكرد، ورحيله خسارة للعراق كله».",
     met_group({HERO: "وتقبّلت عقيلة الراحل هيرو", BAFEL: "ونجلاه بافل وقباد",
                QUBAD: "وقباد التعازي", ZARIF: "التعازي من ظريف"}, "2017-10-06")
     + [("MET_WITH", ZARIF, MASOUD, "التقى الوزير الإيراني بعد ذلك بارزاني", "2017-10-06"),
        ("LEADS", MASUM, IRAQ, "رئيس الجمهورية فؤاد معصوم"),
        ("LEADS", JUBOURI, IQPARL, "ورئيس مجلس النواب سليم الجبوري"),
        ("LEADS", MASOUD, KREGION, "ورئيس الإقليم مسعود"),
        ("LEADS", ABADI, IRAQ, "رئيس الوزراء حيدر العبادي"),
        ("LEADS", TALABANI, PUK, "مؤسس الاتحاد الوطني الكردستاني وأمينه العام"),
        ("LEADS", TALABANI, IRAQ, "قد تولى رئاسة العراق"),
        ("SUCCESSOR_OF", MASUM, TALABANI, "قبل أن يخلفه معصوم", "2014"),
        ("MEMBER_OF", KOSRAT, PUK, "النائب الأول للأمين العام للاتحاد"),
        ],
     {"source": AWSAT, "published": "2017-10-07"}),

    ("enUI5_puk_co_chairs_k24", "en",
     "PUK picks Bafel Talabani, Lahur Sheikh Jangi as co-chairs\n"
     "SULAIMANI, Kurdistan Region (Kurdistan 24) – The Patriotic Union of Kurdistan (PUK) on Saturday chose "
     "Bafel Talabani and his cousin Lahur Sheikh Jangi as co-chairs, the first leadership the party has "
     "elected since the death of its founder and longtime secretary-general, Jalal Talabani, in October 2017.\n"
     "The party's leadership council voted for the two men at a meeting in Dabashan, according to a "
     "statement carried by the party's media. Kosrat Rasul Ali, the first deputy secretary-general "
     "who had run the party's affairs since Talabani's death, was named head of its High Political Council.\n"
     "On Monday, Kurdistan Region President Nechirvan Barzani received the two new co-chairs at his office "
     "in Erbil, where they discussed relations between the PUK and the Kurdistan Democratic Party (KDP) and "
     "the region's share of the federal budget, the presidency said in a readout.\n"
     "A planned meeting between the co-chairs and KDP leader Masoud Barzani was postponed, a KDP official told "
     "Kurdistan 24, without giving a reason.\n"
     "The PUK's spokesperson also denied media reports that Deputy Prime Minister Qubad Talabani, Bafel's "
     "younger brother, would take over Kosrat Rasul's role in the party, calling them \"baseless.\"",
     [("LEADS", BAFEL, PUK, "Bafel Talabani and his cousin"),
      ("LEADS", LAHUR, PUK, "Lahur Sheikh Jangi as co-chairs, the first"),
      ("LEADS", TALABANI, PUK, "its founder and longtime secretary-general"),
      ("MEMBER_OF", KOSRAT, PUK, "Kosrat Rasul Ali, the first deputy secretary-general"),
      ("LEADS", NECHIRVAN, KREGION, "Kurdistan Region President Nechirvan Barzani received"),
      ]
     + met_group({NECHIRVAN: "Nechirvan Barzani received the two", BAFEL: "received the two new co-chairs",
                  LAHUR: "the two new co-chairs at his office"}, "2020-02-24")
     + [("LEADS", MASOUD, KDP, "KDP leader Masoud Barzani"),
        ],
     {"source": K24, "published": "2020-02-25"}),

    ("arUI6_soleimani_in_sulaymaniyah_araby", "ar",
     "سليماني في السليمانية: زيارة لضريح طالباني ولقاءات قبل معركة كركوك\n"
     "كشفت مصادر كردية مطلعة لـ«العربي الجديد» أن قائد «فيلق القدس» في الحرس الثوري الإيراني، اللواء قاسم "
     "سليماني، وصل إلى السليمانية يوم السبت، وزار ضريح الرئيس العراقي الراحل جلال طالباني في تلة دباشان، "
     "قبل أن يجتمع بنجله بافل طالباني وابن شقيقه لاهور شيخ جنكي، رئيس جهاز مكافحة الإرهاب في السليمانية، "
     "بحضور عقيلة الراحل هيرو إبراهيم أحمد.\n"
     "وأضافت المصادر أن المسؤول الإيراني طالب بانسحاب قوات البيشمركة التابعة للاتحاد الوطني الكردستاني من "
     "مواقعها جنوب كركوك لتجنّب مواجهة مع القوات العراقية والحشد الشعبي.\n"
     "في المقابل، نفى النائب الأول للأمين العام للاتحاد كوسرت رسول علي أن يكون قد التقى سليماني، مؤكداً في "
     "بيان أنه «لم يُستشر» في أي تفاهم بشأن كركوك.\n"
     "واتهم الحزب الديمقراطي الكردستاني، بزعامة مسعود البارزاني، «جناحاً في الاتحاد الوطني» بـ«الخيانة» "
     "بعد انسحاب البيشمركة من المدينة فجر الاثنين.\n"
     "وكان سليماني قد التقى البارزاني في أربيل قبل أسابيع من استفتاء الاستقلال الذي جرى في 25 أيلول، "
     "محذّراً إياه من تبعاته، وفق ما أكده مسؤولون في الإقليم للصحيفة.",
     met_group({SOLEIMANI: "اللواء قاسم سليماني، وصل", BAFEL: "بنجله بافل طالباني", LAHUR: "وابن شقيقه لاهور",
                HERO: "بحضور عقيلة الراحل هيرو"}, "2017-10-14")
     + [("LEADS", SOLEIMANI, QUDS, "قائد «فيلق القدس» في الحرس"),
        ("VISITED", SOLEIMANI, SULAY, "وصل إلى السليمانية يوم السبت", "2017-10-14"),
        ("LEADS", LAHUR, CTG, "رئيس جهاز مكافحة الإرهاب في السليمانية"),
        ("MEMBER_OF", KOSRAT, PUK, "نفى النائب الأول للأمين العام للاتحاد"),
        ("LEADS", MASOUD, KDP, "بزعامة مسعود البارزاني"),
        ("MET_WITH", SOLEIMANI, MASOUD, "وكان سليماني قد التقى البارزاني", "2017-09"),
        ],
     {"source": ARABY, "published": "2017-10-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUI")
