"""Blind set LS: Iraq and Iran, 2020-2025 (the Quds Force's commander and his deputies, a US strike on a
Nujaba commander in Baghdad, the Iranian president in Erbil and Sulaymaniyah, the security secretaries
who signed agreements in Baghdad, a new US envoy and a new CENTCOM commander, the Iranian foreign
minister in Baghdad), as a US think-tank's profile series writes it in English (USIP Iran Primer-like,
no dateline, "also spelled"), as an Iranian Arabic-language TV site writes it (Al-Alam-like: "بغداد -
العالم", "استشهاد", "الحاج"), as a London-based pro-Palestinian site writes it in English (Middle East
Monitor-like), as an Iraqi agency writes it in Arabic (Alforat News-like: "بغداد/ الفرات نيوز",
"رئيس مجلس الوزراء"), as a Washington political paper writes it in English (The Hill-like) and as an
Iranian agency's Arabic service writes it (Tasnim-like: "بغداد - تسنيم", "عراقچي" with the Persian che).
Pieces: Qaani appointed after Soleimani, killed by a US strike ordered by Trump, Fallahzadeh after Hejazi,
Qaani's meeting with al-Kadhimi in Baghdad (English, profile); a US strike kills Abu Taqwa, al-Kaabi
leads al-Nujaba, Ahmadian receives al-Araji in Tehran (Arabic, Iranian TV site); Pezeshkian in Erbil
with Nechirvan and Masrour Barzani (Araghchi accompanying) and in Sulaymaniyah with Bafel Talabani, the
inauguration meeting with Nechirvan, Araghchi after Bagheri Kani after Amir-Abdollahian (English, MEMO-
like); Larijani and al-Araji sign in Baghdad with al-Sudani present, Larijani after Ahmadian after
Shamkhani, Shamkhani and al-Araji's signing of 2023 with al-Sudani (Arabic, Iraqi agency); Savaya named
envoy, Cooper after Kurilla, Kurilla's meetings with al-Sudani and Nechirvan Barzani (English, The
Hill-like); Araghchi meets al-Sudani with the ambassador present, meets Fuad Hussein, Al-e Sadegh after
Masjedi (Arabic, Tasnim-like).
Excluded on purpose (no relation): the October 2024 reports that Qaani had been killed, denied by Iran,
and Hejazi's death of a heart condition (LS1); the three Kataib Hezbollah members who died in a depot
blast claimed by no one (no names, no agent) (LS2); Masoud Barzani, who "was not among" those who
received Pezeshkian, and Raisi's and Amir-Abdollahian's deaths in the helicopter crash (LS3); Larijani's
planned meetings in Beirut and Fuad Hussein's phone call with Araghchi (LS4); Savaya's first meeting
with al-Sudani, not yet scheduled, and Rubio's phone call with al-Sudani (LS5); Araghchi's planned
talks in Muscat with Albusaidi (LS6).
Judgement calls: "killed in a U.S. drone strike ... ordered by President Donald Trump" gives the victim
-> the United States and -> Trump (LS1); "الغارة الأمريكية" and "القوات الأمريكية نفذت الضربة" give
the victim -> the United States and -> the US armed forces (LS2); a minister "accompanied by" is paired
with both hosts of separate meetings (LS3); a memorandum signed by two officials "in the presence of" the
prime minister pairs all three (LS4, and the 2023 signing); an acting minister who "stood in since"
his predecessor's death succeeds him, and the minister who "took over from" the acting one succeeds
him (LS3); "شغل المنصب ... بعد علي شمخاني" is a succession (LS4); an admiral who "took over ... from"
a general at CENTCOM succeeds him (LS5); an ambassador in post "خلفاً للسفير" succeeds him (LS6).
Pairs repeated within a piece are stored once: the Tehran meeting of July 30 repeats the
Nechirvan-Pezeshkian pair (LS3), the 2023 signing repeats the al-Sudani-al-Araji pair (LS4).
Filled in for the exercise: Qaani's meeting with al-Kadhimi (LS1), the depot blast and the
Ahmadian-al-Araji meeting (LS2), Masoud Barzani's absence (LS3), Fuad Hussein's call (LS4), the
timing of Kurilla's meetings (LS5), the ambassador's presence (LS6).
Spellings: "Esmail Ghaani", "Qassem Suleimani", "Mohammad Reza Fallahzadeh" (LS1); "مشتاق طالب
السعيدي «أبو تقوى»", "اكرم الكعبي" without hamza, "علي اكبر احمديان" (LS2); "Abbas Araqchi", "Nechirvan
Barzani", "Bafel Talabani" (LS3); "علي لاريجاني", "قاسم الأعرجي" (LS4); "Mohammed Shiaa al-Sudani",
"Erik Kurilla" (LS5); "عباس عراقچي", "محمد كاظم آل صادق", "إيرج مسجدي" (LS6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ls import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, US = "country:iran", "country:united-states"
BAGHDAD, ERBIL, SULAY, TEHRAN, KURDREG = (
    "location:baghdad", "location:erbil", "location:sulaymaniyah", "location:tehran",
    "location:kurdistan-region")
QUDS, PMF, KH, NUJABA, USAF, CENTCOM, IRQGOV, IRQFM, IRQNSA, IRFM, SNSC, KRG, PUK = (
    "organization:quds-force", "organization:popular-mobilization-forces", "organization:kataib-hezbollah",
    "organization:harakat-al-nujaba", "organization:us-armed-forces", "organization:us-central-command",
    "organization:iraqi-government", "organization:iraqi-foreign-ministry",
    "organization:iraqi-national-security-adviser", "organization:iranian-foreign-ministry",
    "organization:supreme-national-security-council", "organization:kurdistan-regional-government",
    "organization:patriotic-union-of-kurdistan")
QAANI, SOLEIMANI, TRUMP, KHAMENEI, HEJAZI, FALLAHZADEH, KADHIMI = (
    "person:esmail-qaani", "person:qasem-soleimani", "person:donald-trump", "person:ali-khamenei",
    "person:mohammad-hejazi", "person:mohammad-reza-fallahzadeh", "person:mustafa-al-kadhimi")
SAIDI, KAABI, RASOOL, SUDANI, AHMADIAN, ARAJI = (
    "person:mushtaq-taleb-al-saidi", "person:akram-al-kaabi", "person:yahya-rasool",
    "person:mohammed-shia-al-sudani", "person:ali-akbar-ahmadian", "person:qassim-al-araji")
PEZ, NECHIRVAN, MASROUR, MASOUD, BAFEL, ARAGHCHI, BAGHERI, AMIRAB, RAISI = (
    "person:masoud-pezeshkian", "person:nechirvan-barzani", "person:masrour-barzani",
    "person:masoud-barzani", "person:bafel-talabani", "person:abbas-araghchi", "person:ali-bagheri-kani",
    "person:hossein-amir-abdollahian", "person:ebrahim-raisi")
LARIJANI, SHAMKHANI, HUSSEIN = "person:ali-larijani", "person:ali-shamkhani", "person:fuad-hussein"
SAVAYA, COOPER, KURILLA, RUBIO, ASKARI = (
    "person:mark-savaya", "person:brad-cooper", "person:michael-kurilla", "person:marco-rubio",
    "person:abu-ali-al-askari")
ALESADEGH, MASJEDI, BUSAIDI = (
    "person:mohammad-kazem-al-e-sadegh", "person:iraj-masjedi", "person:badr-albusaidi")

USIP = "blind set (US think-tank profile, USIP Iran Primer-like)"
ALALAM = "blind set (Iranian Arabic-language TV site, Al-Alam-like)"
MEMO = "blind set (London-based English news site, Middle East Monitor-like)"
FURAT = "blind set (Iraqi news agency, Alforat News-like)"
HILL = "blind set (Washington political paper, The Hill-like)"
TASNIM = "blind set (Iranian agency, Arabic service, Tasnim-like)"


_ERBIL_N = {PEZ: "holding separate talks in Erbil with the region's president",
            NECHIRVAN: "holding separate talks in Erbil with the region's president",
            ARAGHCHI: "He was accompanied by Foreign Minister Abbas Araqchi"}
_LARIJANI = {LARIJANI: "وقّع أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني",
             ARAJI: "ومستشار الأمن القومي العراقي قاسم الأعرجي",
             SUDANI: "بحضور رئيس مجلس الوزراء محمد شياع السوداني"}
_SHAMKHANI = {SHAMKHANI: "وكان شمخاني قد وقّع مع الأعرجي", ARAJI: "وكان شمخاني قد وقّع مع الأعرجي",
              SUDANI: "وبحضور السوداني أيضاً"}
_ARAGHCHI_SUDANI = {ARAGHCHI: "التقى وزير الخارجية عباس عراقچي", SUDANI: "رئيس الوزراء العراقي محمد شياع السوداني",
                    ALESADEGH: "بحضور سفير الجمهورية الإسلامية لدى العراق"}

ARTICLES = [
    ("enLS1_profile_esmail_ghaani", "en",
     "Profile: Esmail Ghaani, the Quds Force's low-profile commander\n"
     "Brigadier General Esmail Ghaani (also spelled Qaani) was named commander of the Revolutionary Guards' "
     "Quds Force by Supreme Leader Ali Khamenei on January 3, 2020, hours after his predecessor, Qassem "
     "Suleimani, was killed in a U.S. drone strike at Baghdad International Airport ordered by President "
     "Donald Trump.\n"
     "Born in Mashhad in 1957, Ghaani had served as Suleimani's deputy since 1997, overseeing the force's "
     "operations to the east, in Afghanistan and Pakistan.\n"
     "His own deputy, Brig. Gen. Mohammad Hejazi, died of a heart condition in April 2021 and was succeeded "
     "by Mohammad Reza Fallahzadeh, a veteran of the Syrian war.\n"
     "Unlike his predecessor, Ghaani speaks little Arabic. He has travelled repeatedly to Baghdad; in November "
     "2021, days after a drone attack on the residence of Prime Minister Mustafa al-Kadhimi, he met Kadhimi "
     "and the leaders of Iran-aligned factions, according to Iraqi officials.\n"
     "In October 2024, after he dropped out of sight during Israeli strikes on Beirut, several outlets "
     "reported that he had been killed or wounded. Iranian officials denied the reports, and he appeared in "
     "public in mid-October.",
     [("LEADS", QAANI, QUDS, "was named commander of the Revolutionary Guards"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "hours after his predecessor", "2020-01-03"),
      ("LEADS", KHAMENEI, IRAN, "by Supreme Leader Ali Khamenei"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "was killed in a U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, TRUMP, "ordered by President", "2020-01-03"),
      ("SUCCESSOR_OF", FALLAHZADEH, HEJAZI, "was succeeded by Mohammad Reza Fallahzadeh", "2021-04"),
      ("VISITED", QAANI, BAGHDAD, "He has travelled repeatedly to Baghdad"),
      ("MET_WITH", QAANI, KADHIMI, "he met Kadhimi and the leaders", "2021-11"),
      ("LEADS", KADHIMI, IRQGOV, "the residence of Prime Minister Mustafa al-Kadhimi"),
      ],
     {"source": USIP, "published": "2024-11-01"}),

    ("arLS2_abu_taqwa_baghdad_strike", "ar",
     "«النجباء» تتوعد بالرد على اغتيال معاون قائد عملياتها في بغداد\n"
     "بغداد - العالم\n"
     "توعدت حركة النجباء العراقية، الخميس، بالرد على الغارة الأمريكية التي استهدفت مقر الإسناد اللوجستي "
     "التابع للحشد الشعبي في شارع فلسطين شرقي بغداد، وأسفرت عن استشهاد الحاج مشتاق طالب السعيدي «أبو تقوى» "
     "ومرافقه.\n"
     "وقال الأمين العام للحركة الشيخ اكرم الكعبي في بيان إن «الرد آت لا محالة».\n"
     "وأقر البنتاغون بأن القوات الأمريكية نفذت الضربة «دفاعاً عن النفس»، فيما وصفها الناطق باسم القائد "
     "العام للقوات المسلحة اللواء يحيى رسول بأنها «اعتداء سافر على السيادة العراقية».\n"
     "وأعلن رئيس الوزراء محمد شياع السوداني أن حكومته ماضية في إنهاء وجود التحالف الدولي.\n"
     "وفي حادث منفصل، قُتل ثلاثة من منتسبي كتائب حزب الله بانفجار في مخزن للعتاد جنوبي بغداد، ولم تتبنَّ "
     "أي جهة الحادث.\n"
     "وفي طهران، استقبل أمين المجلس الأعلى للأمن القومي علي اكبر احمديان مستشار الأمن القومي العراقي قاسم "
     "الأعرجي، وبحثا تنفيذ الاتفاق الأمني بين البلدين.",
     [("ASSASSINATED_BY", SAIDI, US, "بالرد على الغارة الأمريكية", "2024-01-04"),
      ("ASSASSINATED_BY", SAIDI, USAF, "وأقر البنتاغون بأن القوات الأمريكية نفذت الضربة", "2024-01-04"),
      ("MEMBER_OF", SAIDI, NUJABA, "على اغتيال معاون قائد عملياتها"),
      ("LEADS", KAABI, NUJABA, "وقال الأمين العام للحركة الشيخ اكرم الكعبي"),
      ("LEADS", SUDANI, IRQGOV, "وأعلن رئيس الوزراء محمد شياع السوداني"),
      ("MET_WITH", AHMADIAN, ARAJI, "استقبل أمين المجلس الأعلى للأمن القومي", "2024-01"),
      ("VISITED", ARAJI, TEHRAN, "وفي طهران، استقبل", "2024-01"),
      ("LEADS", AHMADIAN, SNSC, "علي اكبر احمديان"),
      ("LEADS", ARAJI, IRQNSA, "مستشار الأمن القومي العراقي قاسم"),
      ],
     {"source": ALALAM, "published": "2024-01-04"}),

    ("enLS3_pezeshkian_erbil_sulaimani", "en",
     "Iran's Pezeshkian makes first visit by an Iranian president to Iraqi Kurdistan\n"
     "Iranian President Masoud Pezeshkian on Thursday became the first Iranian head of state to visit the "
     "Kurdistan Region of Iraq, holding separate talks in Erbil with the region's president, Nechirvan "
     "Barzani, and its prime minister, Masrour Barzani. He was accompanied by Foreign Minister Abbas Araqchi.\n"
     "Pezeshkian, whose mother is Kurdish, addressed his hosts partly in Kurdish. Later in the day he travelled "
     "to Sulaimani, where Bafel Talabani, the leader of the Patriotic Union of Kurdistan, received him.\n"
     "Masoud Barzani, the leader of the Kurdistan Democratic Party, was not among those who received him.\n"
     "Nechirvan Barzani had already met Pezeshkian in Tehran on July 30, when he attended his inauguration.\n"
     "Araqchi took over the foreign ministry in August from acting minister Ali Bagheri Kani, who had stood "
     "in since Hossein Amir-Abdollahian died in the May helicopter crash that also killed President Ebrahim "
     "Raisi.",
     met_group(_ERBIL_N, "2024-09-12") + [
      ("MET_WITH", PEZ, MASROUR, "and its prime minister, Masrour Barzani", "2024-09-12"),
      ("MET_WITH", MASROUR, ARAGHCHI, "He was accompanied by Foreign Minister Abbas Araqchi", "2024-09-12"),
      ("VISITED", PEZ, ERBIL, "holding separate talks in Erbil", "2024-09-12"),
      ("VISITED", PEZ, KURDREG, "the first Iranian head of state to visit the", "2024-09-12"),
      ("LEADS", NECHIRVAN, KURDREG, "with the region's president, Nechirvan"),
      ("LEADS", MASROUR, KRG, "and its prime minister, Masrour Barzani"),
      ("LEADS", PEZ, IRAN, "Iranian President Masoud Pezeshkian"),
      ("LEADS", ARAGHCHI, IRFM, "He was accompanied by Foreign Minister Abbas Araqchi"),
      ("VISITED", PEZ, SULAY, "he travelled to Sulaimani", "2024-09-12"),
      ("MET_WITH", PEZ, BAFEL, "where Bafel Talabani, the leader", "2024-09-12"),
      ("LEADS", BAFEL, PUK, "the leader of the Patriotic Union of Kurdistan"),
      ("VISITED", NECHIRVAN, TEHRAN, "had already met Pezeshkian in Tehran on July 30", "2024-07-30"),
      ("SUCCESSOR_OF", ARAGHCHI, BAGHERI, "took over the foreign ministry in August", "2024-08"),
      ("SUCCESSOR_OF", BAGHERI, AMIRAB, "who had stood in since", "2024-05"),
      ],
     {"source": MEMO, "published": "2024-09-12"}),

    ("arLS4_larijani_araji_baghdad", "ar",
     "لاريجاني في بغداد: توقيع مذكرة أمنية مع الأعرجي بحضور السوداني\n"
     "بغداد/ الفرات نيوز\n"
     "وقّع أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني ومستشار الأمن القومي العراقي قاسم الأعرجي، "
     "اليوم الاثنين، مذكرة تفاهم أمنية في بغداد، بحضور رئيس مجلس الوزراء محمد شياع السوداني.\n"
     "وبحث السوداني مع الضيف الإيراني العلاقات الثنائية وتطورات المنطقة بعد الحرب الأخيرة بين إيران "
     "وإسرائيل.\n"
     "وهذه أول زيارة خارجية للاريجاني منذ تعيينه مطلع الشهر الجاري خلفاً لعلي أكبر أحمديان، الذي شغل المنصب "
     "منذ أيار 2023 بعد علي شمخاني.\n"
     "وكان شمخاني قد وقّع مع الأعرجي في آذار 2023 الاتفاق الأمني الخاص بضبط الحدود المشتركة ونزع سلاح "
     "جماعات المعارضة الكردية الإيرانية، في بغداد وبحضور السوداني أيضاً.\n"
     "ومن المقرر أن يتوجه لاريجاني من بغداد إلى بيروت للقاء الرئيس جوزاف عون ورئيس مجلس النواب نبيه بري.\n"
     "وفي سياق متصل، أكد وزير الخارجية فؤاد حسين في اتصال هاتفي مع نظيره الإيراني عباس عراقجي أهمية "
     "التنسيق الإقليمي.",
     met_group(_LARIJANI, "2025-08-11") + met_group(_SHAMKHANI, "2023-03-19")[:2] + [
      ("VISITED", LARIJANI, BAGHDAD, "مذكرة تفاهم أمنية في بغداد", "2025-08-11"),
      ("LEADS", LARIJANI, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني"),
      ("LEADS", ARAJI, IRQNSA, "ومستشار الأمن القومي العراقي"),
      ("LEADS", SUDANI, IRQGOV, "بحضور رئيس مجلس الوزراء"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "خلفاً لعلي أكبر أحمديان", "2025-08"),
      ("SUCCESSOR_OF", AHMADIAN, SHAMKHANI, "بعد علي شمخاني", "2023-05"),
      ("VISITED", SHAMKHANI, BAGHDAD, "في بغداد وبحضور السوداني", "2023-03-19"),
      ("LEADS", HUSSEIN, IRQFM, "أكد وزير الخارجية فؤاد حسين"),
      ("LEADS", ARAGHCHI, IRFM, "نظيره الإيراني عباس عراقجي"),
      ],
     {"source": FURAT, "published": "2025-08-11"}),

    ("enLS5_savaya_envoy_cooper_centcom", "en",
     "Trump taps Michigan businessman Mark Savaya as special envoy to Iraq\n"
     "President Trump on Sunday named Mark Savaya, a Detroit-area businessman of Iraqi Chaldean descent who "
     "helped rally Arab American voters for him last year, as special envoy to Iraq.\n"
     "Savaya has not yet travelled to Baghdad, and no date has been set for a first meeting with Prime "
     "Minister Mohammed Shiaa al-Sudani, whose government faces parliamentary elections on Nov. 11.\n"
     "Washington has pressed Baghdad to rein in the Iran-aligned militias of the Popular Mobilization Forces. "
     "Secretary of State Marco Rubio raised the issue in a phone call with al-Sudani this month, the State "
     "Department said.\n"
     "At U.S. Central Command, Adm. Brad Cooper took over in August from Gen. Erik Kurilla, who visited Iraq "
     "repeatedly during his three years in the post, meeting al-Sudani in Baghdad and Kurdistan Region "
     "President Nechirvan Barzani in Erbil.\n"
     "Kataib Hezbollah's security official, Abu Ali al-Askari, mocked the appointment in a post on Telegram.",
     [("LEADS", SUDANI, IRQGOV, "Minister Mohammed Shiaa al-Sudani"),
      ("SUCCESSOR_OF", COOPER, KURILLA, "Adm. Brad Cooper took over in August", "2025-08-08"),
      ("LEADS", COOPER, CENTCOM, "At U.S. Central Command, Adm"),
      ("MET_WITH", KURILLA, SUDANI, "meeting al-Sudani in Baghdad"),
      ("VISITED", KURILLA, BAGHDAD, "meeting al-Sudani in Baghdad"),
      ("MET_WITH", KURILLA, NECHIRVAN, "President Nechirvan Barzani in Erbil"),
      ("VISITED", KURILLA, ERBIL, "President Nechirvan Barzani in Erbil"),
      ("LEADS", NECHIRVAN, KURDREG, "Kurdistan Region President Nechirvan"),
      ("MEMBER_OF", ASKARI, KH, "Kataib Hezbollah's security official"),
      ("LEADS", TRUMP, US, "President Trump on Sunday"),
      ],
     {"source": HILL, "published": "2025-10-20"}),

    ("arLS6_araghchi_baghdad_sudani", "ar",
     "عراقچي يلتقي السوداني في بغداد ويبحث معه التطورات الإقليمية\n"
     "بغداد - تسنيم\n"
     "التقى وزير الخارجية عباس عراقچي، الأحد، رئيس الوزراء العراقي محمد شياع السوداني في بغداد، وبحث معه "
     "آخر التطورات في المنطقة والعدوان الصهيوني على لبنان وغزة، بحضور سفير الجمهورية الإسلامية لدى العراق "
     "محمد كاظم آل صادق.\n"
     "وكان عراقچي قد عقد في وقت سابق جلسة مباحثات مع نظيره العراقي فؤاد حسين في مقر وزارة الخارجية العراقية، "
     "أعقبها مؤتمر صحفي مشترك.\n"
     "وحذّر وزير الخارجية من أن أي اعتداء على المنشآت الإيرانية سيواجه برد حازم.\n"
     "ويتولى آل صادق منصبه في بغداد منذ عام 2022 خلفاً للسفير إيرج مسجدي، أحد قادة فيلق القدس.\n"
     "ومن المقرر أن يتوجه عراقچي من بغداد إلى مسقط لإجراء مباحثات مع نظيره العماني بدر البوسعيدي، في إطار "
     "جولة إقليمية بدأها الشهر الجاري.",
     met_group(_ARAGHCHI_SUDANI, "2024-10-13") + [
      ("VISITED", ARAGHCHI, BAGHDAD, "محمد شياع السوداني في بغداد", "2024-10-13"),
      ("LEADS", ARAGHCHI, IRFM, "التقى وزير الخارجية عباس عراقچي"),
      ("LEADS", SUDANI, IRQGOV, "رئيس الوزراء العراقي محمد شياع السوداني"),
      ("MET_WITH", ARAGHCHI, HUSSEIN, "جلسة مباحثات مع نظيره العراقي فؤاد حسين", "2024-10-13"),
      ("LEADS", HUSSEIN, IRQFM, "نظيره العراقي فؤاد حسين"),
      ("SUCCESSOR_OF", ALESADEGH, MASJEDI, "خلفاً للسفير إيرج مسجدي", "2022"),
      ("MEMBER_OF", MASJEDI, QUDS, "أحد قادة فيلق القدس"),
      ],
     {"source": TASNIM, "published": "2024-10-13"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLS")
