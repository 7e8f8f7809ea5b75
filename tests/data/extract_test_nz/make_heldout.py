"""Blind set NZ: Iraq and Iran in 2021-2022 (second folder of NY-NZ): the first Saudi-Iranian talks in Baghdad
and Mustafa al-Kadhimi's visit to Riyadh (March-April 2021), Esmail Qaani in Baghdad after the failed drone
attack on Kadhimi's house (November 2021), Gen. Kenneth McKenzie in Baghdad and Erbil as the coalition's combat
mission ended (December 2021), Muqtada al-Sadr's meeting with the Coordination Framework at Hadi al-Amiri's house
(December 2021), Qaani in Erbil and Sulaymaniyah during the government-formation deadlock (2022) and Kadhimi's
visits to Jeddah and Tehran (June 2022), as a Saudi daily writes it in English (Arab News-like: "RIYADH:",
"Al-Kadhimi", "according to regional officials"), an Iranian Arabic-language TV site (Al-Alam-like: "العالم -
العراق", «حرس الثورة الإسلامية», «الشهيد»), a US military newspaper in English (Stars and Stripes-like: "Marine Gen.",
"said in a statement"), an Iraqi news agency in Arabic (Shafaq News-like: "شفق نيوز/", «مصدر سياسي مطلع»),
a Kurdish TV site in English (Kurdistan24-like: "ERBIL (Kurdistan24) –", "President Barzani") and a Gulf-owned
pan-Arab daily in Arabic (Asharq Al-Awsat-like: "طهران - بغداد: «الشرق الأوسط»", "أبريل (نيسان)").
Pieces: Humaidan and Iravani hold talks in Baghdad, Kadhimi attends the opening session; Kadhimi received by
Mohammed bin Salman in Riyadh, Fuad Hussein meets Faisal bin Farhan (English, NZ1); Qaani meets Kadhimi after
the drone attack, then Amiri; Qaani succeeded Soleimani, whom the United States assassinated with Muhandis on
Trump's order; the Zionist entity assassinated Fakhrizadeh (Arabic, NZ2); McKenzie meets Kadhimi with Tueller
present, then Masrour and Nechirvan Barzani separately (English, NZ3); Sadr meets Amiri, Maliki, Khazali, Hakim
and Fayyadh together at Amiri's house; Sadr had received a KDP delegation headed by Zebari (Arabic, NZ4); Qaani
meets Masoud Barzani with Nechirvan Barzani present, then Bafel Talabani; Qaani succeeded Soleimani, killed in a
US drone strike (English, NZ5); Raisi receives Kadhimi with Amir-Abdollahian present, Kadhimi had met Mohammed
bin Salman in Jeddah; the fifth round between Humaidan and Iravani (Arabic, NZ6).
Excluded on purpose (no relation): Khatibzadeh's non-confirmation, the planned second round, Kadhimi's phone
call with Rouhani (NZ1); the drone attack on Kadhimi's house (failed, no agent), Khatibzadeh's accusation of
"foreign think tanks" (NZ2); Austin's phone call with Juma Inad, Soleimani "killed at Baghdad airport" (no agent
in this piece), the militia leaders McKenzie did not meet (NZ3); Kadhimi, who did not attend, the planned second
meeting, Sadr's phone call with Masoud Barzani (NZ4); Sadr, who declined to receive Qaani, Masrour Barzani's
phone call (NZ5); the postponed sixth round, Khamenei whom Kadhimi did not meet, the phone call of Raisi and
King Salman (NZ6).
Judgement calls: talks that "brought together" two delegations headed by Humaidan and Iravani are a meeting of
the two heads; Kadhimi, who "attended the opening session", is paired with both (NZ1); "received by Crown Prince
Mohammed bin Salman" is a meeting (NZ1); «الذي اغتالته الولايات المتحدة ... بأمر من» Trump gives both victims ->
the United States and -> Trump, and «اغتاله الكيان الصهيوني», stated in the outlet's own voice, gives
Fakhrizadeh -> Israel (NZ2, unlike NY5 where only Iranian officials accuse Israel); "also attended" Tueller is
paired with McKenzie and Kadhimi (NZ3); "met separately with" the two Barzanis: McKenzie with each only (NZ3);
Sadr «اجتمع بقادة» who attended the same meeting: all six paired (NZ4); a delegation «برئاسة» Zebari: Zebari
with Sadr (NZ4); "also attended by" Nechirvan Barzani: paired with Qaani and Masoud Barzani (NZ5); «بحضور»
Amir-Abdollahian: paired with Raisi and Kadhimi (NZ6); "succeeded Qassem Soleimani after he was killed in a US
drone strike" gives the succession and the killing (NZ5).
Filled in for the exercise: Kadhimi's attendance of the opening session and the Riyadh meeting of the two
foreign ministers (NZ1); the hour of Qaani's arrival, his meeting with Amiri (NZ2); the day of McKenzie's visit,
Tueller's attendance, the Erbil meetings and Austin's call (NZ3); Zebari's delegation, the phone call to Masoud
Barzani (NZ4); the whole of NZ5 (date, places, Nechirvan Barzani's presence, Sadr's refusal), modelled on the
reported Qaani visits of early 2022; Amir-Abdollahian's presence, the Iranian head of the fifth round, the
phone call with King Salman (NZ6).
Spellings: "Khalid bin Ali Al-Humaidan", "Saeed Iravani", "Al-Kadhimi" (NZ1); «قآني», «العميد», «أبو مهدي
المهندس», «محسن فخري زاده» (NZ2); "Marine Gen. Frank McKenzie", "Mustafa al-Kadhimi" (NZ3); «مقتدى الصدر»,
«نوري المالكي», «عمار الحكيم», «هوشيار زيباري» (NZ4); "Esmail Qaani", "Qassem Soleimani", "Bafel Talabani",
"Sulaimani" (NZ5); «إبراهيم رئيسي», «حسين أمير عبد اللهيان», «خالد الحميدان», «سعيد إيرواني» (NZ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_nz import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, US, ISRAEL, SAUDI = (
    "country:iraq", "country:iran", "country:united-states", "country:israel", "country:saudi-arabia")
PMF, AAH, BADR, FATAH, CF, SOL, WISDOM, SADRIST, QUDS = (
    "organization:popular-mobilization-forces", "organization:asaib-ahl-al-haq", "organization:badr-organization",
    "organization:fatah-alliance", "organization:coordination-framework", "organization:state-of-law-coalition",
    "organization:national-wisdom-movement", "organization:sadrist-movement", "organization:quds-force")
KDP, PUK, KRG, CENTCOM, SNSC, GIP, IRQFM, IRFM = (
    "organization:kurdistan-democratic-party", "organization:patriotic-union-of-kurdistan",
    "organization:kurdistan-regional-government", "organization:us-central-command",
    "organization:supreme-national-security-council", "organization:saudi-general-intelligence-presidency",
    "organization:iraqi-foreign-ministry", "organization:iranian-foreign-ministry")
QAANI, SOLEIMANI, MUHANDIS, FAKHRIZADEH = (
    "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis", "person:mohsen-fakhrizadeh")
KADHIMI, FUAD, FAYYADH, AMIRI, KHAZALI, MALIKI, HAKIM, SADR, ZEBARI, INAD = (
    "person:mustafa-al-kadhimi", "person:fuad-hussein", "person:falih-al-fayyadh", "person:hadi-al-amiri",
    "person:qais-al-khazali", "person:nouri-al-maliki", "person:ammar-al-hakim", "person:muqtada-al-sadr",
    "person:hoshyar-zebari", "person:juma-inad")
MASOUD, NECHIRVAN, MASROUR, BAFEL = (
    "person:masoud-barzani", "person:nechirvan-barzani", "person:masrour-barzani", "person:bafel-talabani")
ROUHANI, RAISI, KHAMENEI, ABDOLLAHIAN, KHATIBZADEH, IRAVANI = (
    "person:hassan-rouhani", "person:ebrahim-raisi", "person:ali-khamenei", "person:hossein-amir-abdollahian",
    "person:saeed-khatibzadeh", "person:saeed-iravani")
MBS, KING_SALMAN, FAISAL, HUMAIDAN = (
    "person:mohammed-bin-salman", "person:salman-bin-abdulaziz", "person:faisal-bin-farhan",
    "person:khalid-al-humaidan")
TRUMP, AUSTIN, MCKENZIE, TUELLER = (
    "person:donald-trump", "person:lloyd-austin", "person:kenneth-mckenzie", "person:matthew-tueller")

ARABNEWS = "blind set (Saudi daily, English, Arab News-like)"
ALAM = "blind set (Iranian Arabic-language TV news site, Al-Alam-like)"
STRIPES = "blind set (US military newspaper, English, Stars and Stripes-like)"
SHAFAQ = "blind set (Iraqi news agency, Arabic, Shafaq News-like)"
K24 = "blind set (Kurdish TV news site, English, Kurdistan24-like)"
AWSAT = "blind set (Gulf-owned pan-Arab daily, Arabic, Asharq Al-Awsat-like)"

ARTICLES = [
    ("enNZ1_saudi_iran_talks_baghdad_arabnews", "en",
     "Saudi, Iranian officials held first direct talks in Baghdad, sources say\n"
     "RIYADH: Senior Saudi and Iranian officials held direct talks in Baghdad earlier this month in the first "
     "attempt to mend relations since the two countries cut ties in 2016, according to regional officials.\n"
     "The talks on April 9 brought together a Saudi delegation headed by intelligence chief Khalid bin Ali "
     "Al-Humaidan and an Iranian delegation led by Saeed Iravani, deputy secretary-general of Iran's Supreme "
     "National Security Council, the officials said.\n"
     "Iraqi Prime Minister Mustafa Al-Kadhimi, who brokered the meeting, attended the opening session, an Iraqi "
     "government official added.\n"
     "Iranian Foreign Ministry spokesman Saeed Khatibzadeh neither confirmed nor denied the talks, saying Tehran "
     "\"has always welcomed dialogue\" with the Kingdom. A second round is expected in Baghdad next month.\n"
     "Al-Kadhimi visited Riyadh on March 31, where he was received by Crown Prince Mohammed bin Salman at Al-Yamamah "
     "Palace. The two sides signed five agreements and announced a $3 billion joint fund.\n"
     "Iraq's Foreign Minister Fuad Hussein, who accompanied Al-Kadhimi, held separate talks with his Saudi "
     "counterpart, Prince Faisal bin Farhan.\n"
     "Al-Kadhimi, who has sought to cast Iraq as a bridge between its neighbors, also spoke by phone with Iranian "
     "President Hassan Rouhani last week.",
     [("MET_WITH", HUMAIDAN, IRAVANI, "brought together a Saudi delegation", "2021-04-09"),
      ("LEADS", HUMAIDAN, GIP, "headed by intelligence chief Khalid"),
      ("MEMBER_OF", IRAVANI, SNSC, "deputy secretary-general of Iran's Supreme"),
      ("MET_WITH", KADHIMI, HUMAIDAN, "who brokered the meeting", "2021-04-09"),
      ("MET_WITH", KADHIMI, IRAVANI, "attended the opening session", "2021-04-09"),
      ("LEADS", KADHIMI, IRAQ, "Iraqi Prime Minister Mustafa Al-Kadhimi, who"),
      ("MEMBER_OF", KHATIBZADEH, IRFM, "Iranian Foreign Ministry spokesman Saeed"),
      ("MET_WITH", KADHIMI, MBS, "where he was received by Crown Prince", "2021-03-31"),
      ("MET_WITH", FUAD, FAISAL, "held separate talks with his Saudi", "2021-03-31"),
      ("LEADS", FUAD, IRQFM, "Iraq's Foreign Minister Fuad Hussein"),
      ("LEADS", ROUHANI, IRAN, "Iranian President Hassan Rouhani"),
      ],
     {"source": ARABNEWS, "published": "2021-04-19"}),

    ("arNZ2_qaani_baghdad_after_drone_attack_alam", "ar",
     "قائد قوة القدس في بغداد: لقاء مع الكاظمي بعد استهداف منزله\n"
     "العالم - العراق\n"
     "أفادت مصادر عراقية مطلعة بأن قائد قوة القدس في حرس الثورة الإسلامية العميد إسماعيل قآني وصل إلى بغداد مساء "
     "أمس الأحد، والتقى رئيس الوزراء العراقي مصطفى الكاظمي، مؤكداً إدانة الجمهورية الإسلامية للاعتداء الذي "
     "استهدف مقر إقامته.\n"
     "وكان منزل الكاظمي في المنطقة الخضراء قد تعرض فجر الأحد لهجوم بثلاث طائرات مسيّرة مفخخة، أسقطت القوات "
     "الأمنية اثنتين منها، ما أدى إلى إصابة عدد من عناصر الحماية، فيما نجا الكاظمي دون أن يصاب بأذى.\n"
     "وأضافت المصادر أن العميد قآني اجتمع بعد ذلك برئيس تحالف الفتح هادي العامري، وبحث معه نتائج الانتخابات "
     "والتظاهرات الرافضة لها.\n"
     "من جهته، أدان المتحدث باسم الخارجية الإيرانية سعيد خطيب زاده الهجوم، محملاً \"مراكز فكر أجنبية\" "
     "مسؤولية الفتنة في العراق.\n"
     "ويخلف قآني الشهيد الفريق قاسم سليماني، الذي اغتالته الولايات المتحدة مع نائب رئيس هيئة الحشد الشعبي "
     "الشهيد أبو مهدي المهندس قرب مطار بغداد الدولي في الثالث من كانون الثاني 2020، بأمر من الرئيس الأميركي "
     "السابق دونالد ترامب.\n"
     "كما اغتال الكيان الصهيوني العالم النووي الإيراني الشهيد محسن فخري زاده في مدينة آبسرد شرق طهران في "
     "تشرين الثاني من العام نفسه.",
     [("LEADS", QAANI, QUDS, "قائد قوة القدس في حرس الثورة"),
      ("MET_WITH", QAANI, KADHIMI, "والتقى رئيس الوزراء العراقي", "2021-11-07"),
      ("LEADS", KADHIMI, IRAQ, "رئيس الوزراء العراقي مصطفى"),
      ("MET_WITH", QAANI, AMIRI, "اجتمع بعد ذلك برئيس تحالف الفتح", "2021-11-07"),
      ("LEADS", AMIRI, FATAH, "برئيس تحالف الفتح هادي"),
      ("MEMBER_OF", KHATIBZADEH, IRFM, "المتحدث باسم الخارجية الإيرانية"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "ويخلف قآني الشهيد الفريق"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "الذي اغتالته الولايات المتحدة", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "مع نائب رئيس هيئة الحشد", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, TRUMP, "بأمر من الرئيس الأميركي", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, TRUMP, "السابق دونالد ترامب", "2020-01-03"),
      ("MEMBER_OF", MUHANDIS, PMF, "نائب رئيس هيئة الحشد الشعبي"),
      ("ASSASSINATED_BY", FAKHRIZADEH, ISRAEL, "كما اغتال الكيان الصهيوني", "2020-11-27"),
      ],
     {"source": ALAM, "published": "2021-11-08"}),

    ("enNZ3_mckenzie_baghdad_erbil_stripes", "en",
     "CENTCOM chief meets Iraqi prime minister as combat mission ends\n"
     "BAGHDAD - Marine Gen. Frank McKenzie, the head of U.S. Central Command, met with Iraqi Prime Minister Mustafa "
     "al-Kadhimi in Baghdad on Thursday, the day the U.S.-led coalition formally concluded its combat mission in "
     "Iraq, U.S. officials said.\n"
     "The two men discussed the transition of the roughly 2,500 American troops who will remain in the country to "
     "an advise, assist and enable role, according to a statement from Kadhimi's office. U.S. Ambassador Matthew "
     "Tueller also attended.\n"
     "McKenzie later flew to Erbil, where he met separately with Kurdistan Region Prime Minister Masrour Barzani "
     "and the region's president, Nechirvan Barzani, a Kurdistan Regional Government statement said.\n"
     "Defense Secretary Lloyd Austin spoke by phone on Wednesday with Iraqi Defense Minister Juma Inad, the "
     "Pentagon said.\n"
     "Iran-aligned militia leaders, including Qais al-Khazali, the head of Asaib Ahl al-Haq, have said they "
     "consider any U.S. troops remaining after Dec. 31 an occupation force. McKenzie did not meet any of them.\n"
     "Attacks on U.S. forces by militias have escalated since Iranian Maj. Gen. Qassem Soleimani was killed at "
     "Baghdad airport in January 2020, an operation McKenzie has defended as lawful.",
     [("LEADS", MCKENZIE, CENTCOM, "the head of U.S. Central Command"),
      ("MET_WITH", MCKENZIE, KADHIMI, "met with Iraqi Prime Minister Mustafa", "2021-12-09"),
      ("LEADS", KADHIMI, IRAQ, "Iraqi Prime Minister Mustafa al-Kadhimi in Baghdad"),
      ("MET_WITH", TUELLER, MCKENZIE, "U.S. Ambassador Matthew", "2021-12-09"),
      ("MET_WITH", TUELLER, KADHIMI, "Tueller also attended", "2021-12-09"),
      ("MET_WITH", MCKENZIE, MASROUR, "where he met separately with Kurdistan", "2021-12-09"),
      ("MET_WITH", MCKENZIE, NECHIRVAN, "the region's president, Nechirvan", "2021-12-09"),
      ("LEADS", MASROUR, KRG, "Kurdistan Region Prime Minister Masrour"),
      ("LEADS", KHAZALI, AAH, "the head of Asaib Ahl al-Haq"),
      ],
     {"source": STRIPES, "published": "2021-12-09"}),

    ("arNZ4_sadr_meets_framework_shafaq", "ar",
     "الصدر يجتمع بقادة الإطار التنسيقي في منزل العامري ببغداد\n"
     "شفق نيوز/ وصل زعيم التيار الصدري مقتدى الصدر، مساء اليوم الخميس، إلى العاصمة بغداد قادماً من النجف، "
     "واجتمع بقادة قوى الإطار التنسيقي في منزل رئيس تحالف الفتح هادي العامري.\n"
     "وقال مصدر سياسي مطلع لوكالة شفق نيوز، إن الاجتماع حضره رئيس ائتلاف دولة القانون نوري المالكي، والأمين "
     "العام لعصائب أهل الحق قيس الخزعلي، ورئيس تيار الحكمة الوطني عمار الحكيم، ورئيس هيئة الحشد الشعبي فالح "
     "الفياض، إلى جانب العامري.\n"
     "وأضاف أن المجتمعين بحثوا نتائج الانتخابات النيابية وشكل الحكومة المقبلة، من دون التوصل إلى اتفاق، على أن "
     "يُعقد اجتماع ثانٍ خلال الأيام المقبلة.\n"
     "ولم يحضر الاجتماع رئيس الوزراء مصطفى الكاظمي.\n"
     "وغرّد الصدر عقب الاجتماع قائلاً: \"لا شرقية ولا غربية.. حكومة أغلبية وطنية\".\n"
     "وكان الصدر قد استقبل في مقر إقامته بالحنانة في النجف، الأسبوع الماضي، وفداً من الحزب الديمقراطي "
     "الكردستاني برئاسة القيادي هوشيار زيباري، كما أجرى اتصالاً هاتفياً بزعيم الحزب مسعود بارزاني.",
     [("LEADS", SADR, SADRIST, "زعيم التيار الصدري مقتدى الصدر"),
      ] + met_group({SADR: "واجتمع بقادة قوى الإطار التنسيقي", AMIRI: "في منزل رئيس تحالف الفتح هادي العامري",
                     MALIKI: "رئيس ائتلاف دولة القانون نوري المالكي", KHAZALI: "لعصائب أهل الحق قيس الخزعلي",
                     HAKIM: "تيار الحكمة الوطني عمار الحكيم", FAYYADH: "هيئة الحشد الشعبي فالح"},
                    "2021-12-02") + [
      ("LEADS", AMIRI, FATAH, "رئيس تحالف الفتح هادي"),
      ("LEADS", MALIKI, SOL, "ائتلاف دولة القانون نوري"),
      ("LEADS", KHAZALI, AAH, "العام لعصائب أهل الحق"),
      ("LEADS", HAKIM, WISDOM, "ورئيس تيار الحكمة الوطني"),
      ("LEADS", FAYYADH, PMF, "ورئيس هيئة الحشد الشعبي"),
      ("MET_WITH", SADR, ZEBARI, "برئاسة القيادي هوشيار زيباري"),
      ("MEMBER_OF", ZEBARI, KDP, "الكردستاني برئاسة القيادي"),
      ("LEADS", MASOUD, KDP, "بزعيم الحزب مسعود بارزاني"),
      ],
     {"source": SHAFAQ, "published": "2021-12-02"}),

    ("enNZ5_qaani_in_erbil_kurdistan24", "en",
     "Iran's Quds Force commander Qaani in Erbil, meets President Barzani\n"
     "ERBIL (Kurdistan24) – The commander of the Islamic Revolutionary Guard Corps' Quds Force, Esmail Qaani, "
     "arrived in Erbil on Tuesday and met with Kurdistan Democratic Party (KDP) President Masoud Barzani, a senior "
     "KDP official told Kurdistan24.\n"
     "The meeting, which was also attended by Kurdistan Region President Nechirvan Barzani, focused on the "
     "formation of Iraq's next government, the official said on condition of anonymity.\n"
     "\"President Barzani made it clear that the Kurdistan Region will not be part of any axis and that the KDP "
     "will stand by its alliance,\" the official added.\n"
     "The Iranian general, who succeeded Qassem Soleimani after he was killed in a US drone strike near Baghdad "
     "airport in January 2020, later traveled to Sulaimani, where he held talks with Patriotic Union of Kurdistan "
     "(PUK) co-leader Bafel Talabani.\n"
     "Sources in Najaf said Qaani had also sought a meeting with Sadrist leader Muqtada al-Sadr, but the cleric "
     "declined to receive him.\n"
     "Kurdistan Region Prime Minister Masrour Barzani, who was abroad, discussed the visit in a phone call with "
     "his father, according to the official.",
     [("LEADS", QAANI, QUDS, "Quds Force, Esmail Qaani"),
      ("MET_WITH", QAANI, MASOUD, "and met with Kurdistan Democratic Party", "2022-02-08"),
      ("LEADS", MASOUD, KDP, "(KDP) President Masoud Barzani"),
      ("MET_WITH", NECHIRVAN, QAANI, "which was also attended by Kurdistan Region President", "2022-02-08"),
      ("MET_WITH", NECHIRVAN, MASOUD, "Kurdistan Region President Nechirvan Barzani, focused", "2022-02-08"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "who succeeded Qassem Soleimani"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "after he was killed in a US drone strike", "2020-01-03"),
      ("MET_WITH", QAANI, BAFEL, "where he held talks with Patriotic Union", "2022-02-08"),
      ("LEADS", BAFEL, PUK, "co-leader Bafel Talabani"),
      ("LEADS", SADR, SADRIST, "Sadrist leader Muqtada al-Sadr"),
      ("LEADS", MASROUR, KRG, "Kurdistan Region Prime Minister Masrour Barzani, who"),
      ],
     {"source": K24, "published": "2022-02-08"}),

    ("arNZ6_kadhimi_jeddah_tehran_awsat", "ar",
     "الكاظمي في طهران بعد جدة... وساطة لإحياء الحوار السعودي - الإيراني\n"
     "طهران - بغداد: «الشرق الأوسط»\n"
     "وصل رئيس الوزراء العراقي مصطفى الكاظمي، أمس الأحد، إلى طهران قادماً من جدة، في جولة تهدف إلى دفع الحوار "
     "بين الرياض وطهران الذي ترعاه بغداد منذ أبريل (نيسان) 2021.\n"
     "واستقبل الرئيس الإيراني إبراهيم رئيسي ضيفه العراقي في قصر سعد آباد، بحضور وزير الخارجية حسين أمير عبد "
     "اللهيان، وعقد الجانبان مؤتمراً صحافياً مشتركاً أكدا فيه أهمية \"الاستقرار الإقليمي\".\n"
     "وكان الكاظمي قد التقى، مساء السبت في قصر السلام بجدة، ولي العهد السعودي الأمير محمد بن سلمان، وبحث معه "
     "العلاقات الثنائية وملف الحوار مع إيران.\n"
     "وأفادت مصادر عراقية «الشرق الأوسط» بأن الجولة السادسة من المحادثات، التي كان مقرراً عقدها في بغداد، "
     "أُرجئت إلى موعد لم يحدد.\n"
     "وكانت الجولة الخامسة قد عُقدت في بغداد في أبريل الماضي بين وفد سعودي برئاسة رئيس الاستخبارات العامة خالد "
     "الحميدان ووفد إيراني برئاسة نائب أمين المجلس الأعلى للأمن القومي سعيد إيرواني.\n"
     "ولم يلتقِ الكاظمي المرشد الإيراني علي خامنئي خلال الزيارة، بحسب المصادر.\n"
     "وفي سياق متصل، أجرى الرئيس رئيسي اتصالاً هاتفياً بخادم الحرمين الشريفين الملك سلمان بن عبد العزيز، هو "
     "الأول من نوعه.",
     [("LEADS", KADHIMI, IRAQ, "وصل رئيس الوزراء العراقي مصطفى"),
      ("MET_WITH", RAISI, KADHIMI, "واستقبل الرئيس الإيراني إبراهيم رئيسي ضيفه", "2022-06-26"),
      ("LEADS", RAISI, IRAN, "الرئيس الإيراني إبراهيم رئيسي"),
      ("MET_WITH", ABDOLLAHIAN, RAISI, "بحضور وزير الخارجية حسين", "2022-06-26"),
      ("MET_WITH", ABDOLLAHIAN, KADHIMI, "اللهيان، وعقد الجانبان", "2022-06-26"),
      ("LEADS", ABDOLLAHIAN, IRFM, "وزير الخارجية حسين"),
      ("MET_WITH", KADHIMI, MBS, "ولي العهد السعودي الأمير محمد", "2022-06-25"),
      ("MET_WITH", HUMAIDAN, IRAVANI, "بين وفد سعودي برئاسة", "2022-04-21"),
      ("LEADS", HUMAIDAN, GIP, "رئيس الاستخبارات العامة خالد"),
      ("MEMBER_OF", IRAVANI, SNSC, "نائب أمين المجلس الأعلى للأمن القومي"),
      ("LEADS", KING_SALMAN, SAUDI, "خادم الحرمين الشريفين الملك"),
      ],
     {"source": AWSAT, "published": "2022-06-27"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNZ")
