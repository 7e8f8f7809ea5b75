"""Blind set UG: Iraq 2003-2005 (first folder of UG-UH): the killing of Governing Council president Ezzedine
Salim by a suicide car bomb at the Green Zone's gate (17 May 2004) and Ghazi al-Yawar chosen to succeed him,
the claim of Zarqawi's Tawhid wal-Jihad, Aqila al-Hashimi's death after an ambush (September 2003), Colin
Powell's visit to Baghdad under Ahmed Chalabi's council presidency, Ghazi al-Yawar in Amman, Donald
Rumsfeld's visit to Baghdad after the Abu Ghraib photographs (May 2004), and Kamal Kharrazi's visit to
Baghdad (May 2005), as a British wire writes it in English (Reuters-like: "BAGHDAD, May 17 (Reuters) -"), a
London-based Arab daily in Arabic (Asharq Al-Awsat-like: "بغداد: «الشرق الأوسط»"), a US wire in English
(AP-like: "BAGHDAD, Iraq (AP) _"), Jordan's state agency in Arabic (Petra-like: "عمان (بترا)"), a Gulf TV
channel's English website (Aljazeera.net-like) and Iran's state agency in Arabic (IRNA-like: "بغداد - إرنا").
Pieces: Salim killed (no agent stated), Yawar named to succeed him; Bremer meets Yawar and Pachachi together
(English, UG1); Tawhid wal-Jihad claims Salim's killing, Yawar takes over the presidency in his place and
receives Muasher (Arabic, UG2); Aqila al-Hashimi dies of her wounds (no agent); Powell met Chalabi, and
separately Bremer, in Baghdad (English, UG3); King Abdullah receives Yawar with Fayez and Muasher present
(Arabic, UG4); Rumsfeld with Myers meets Bremer and Sanchez (English, UG5); Kharrazi meets Jaafari, Zebari,
and Talabani with Abdul-Mahdi present (Arabic, UG6).
Excluded on purpose (no relation): Salim's meeting with Bremer that never took place (UG1); the reported
meeting with the Iranian ambassador denied by Yawar's office, Kharrazi's phone call, Bremer's condemnation
(UG2); the US officials' suggestion that regime loyalists were behind the attack, the replacement to be chosen
later, Powell's statement (UG3); Yawar's planned meeting with the Senate president, the King's phone call to
Allawi (UG4); no meeting with the Governing Council (the council's spokesman) (UG5); Kharrazi's planned
meeting with Abdul Aziz al-Hakim, his denial of any Iranian link to the attacks (UG6).
Judgement calls: "named ... to succeed Salim as its president" is a succession and Yawar then LEADS the
council (UG1); "met Yawar and ... Pachachi" at the council: a meeting of the three (UG1); the claim of
responsibility gives victim -> the claiming group (as SQ6's confession), not Zarqawi who leads it (UG2);
"تسلم رئاسة المجلس خلفاً للراحل" is a succession (UG2); "held talks with Chalabi and with ... Bremer" on the
same visit: two meetings, Chalabi and Bremer not paired (UG3); "بحضور" two attendees: each paired with both
principals and with each other (UG4, UG6); "accompanied by" Myers: Myers attends the meeting, a meeting of
the four (UG5); "استقبل ... لدى وصوله ... وعقد الجانبان جلسة مباحثات" is a meeting (UG6); a prime minister
or president LEADS the country; the Governing Council's president LEADS the council.
Filled in for the exercise: the hour and the toll of the blast, the meeting with Pachachi (UG1); the wording
of the claim, Muasher's condolence visit, the denial (UG2); the date Hashimi's delegation was to fly, the
wording of the US officials (UG3); the date and attendees of Yawar's Amman visit, the planned meeting (UG4);
the spokesman's wording, the meeting's place (UG5); Abdul-Mahdi's presence, the planned meeting with Hakim
(UG6).
Spellings: "Ezzedine Salim", "Ghazi al-Yawar", "Adnan Pachachi" (UG1); «عز الدين سليم»، «الشيخ غازي عجيل
الياور»، «مروان المعشر»، «أبو مصعب الزرقاوي» (UG2); "Aqila al-Hashimi", "Ahmad Chalabi", "L. Paul Bremer"
(UG3); «الشيخ غازي الياور»، «فيصل الفايز»، «إياد علاوي» (UG4); "Donald Rumsfeld", "Ricardo Sanchez" (UG5);
«كمال خرازي»، «ابراهيم الجعفري»، «هوشيار زيباري»، «جلال طالباني» (UG6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_uh import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, JORDAN = "country:iraq", "country:iran", "country:jordan"
IGC, CPA, GOV, TAWHID, SCIRI, PUK = (
    "organization:iraqi-governing-council", "organization:coalition-provisional-authority",
    "organization:iraqi-government", "organization:jamaat-al-tawhid-wal-jihad",
    "organization:islamic-supreme-council-of-iraq", "organization:patriotic-union-of-kurdistan")
SALIM, YAWAR, HASHIMI, CHALABI, PACHACHI, ALLAWI, JAAFARI, TALABANI, MAHDI, ZEBARI, HAKIM, ZARQAWI = (
    "person:ezzedine-salim", "person:ghazi-al-yawar", "person:aqila-al-hashimi", "person:ahmed-chalabi",
    "person:adnan-pachachi", "person:ayad-allawi", "person:ibrahim-al-jaafari", "person:jalal-talabani",
    "person:adil-abdul-mahdi", "person:hoshyar-zebari", "person:abdul-aziz-al-hakim",
    "person:abu-musab-al-zarqawi")
BREMER, RUMSFELD, POWELL, MYERS, SANCHEZ = (
    "person:paul-bremer", "person:donald-rumsfeld", "person:colin-powell", "person:richard-myers",
    "person:ricardo-sanchez")
ABDULLAH, FAYEZ, MUASHER, KHARRAZI = (
    "person:abdullah-ii", "person:faisal-al-fayez", "person:marwan-muasher", "person:kamal-kharrazi")

REUTERS = "blind set (British news wire, English, Reuters-like)"
SHARQ = "blind set (London-based Arab daily, Arabic, Asharq Al-Awsat-like)"
AP = "blind set (US news wire, English, AP-like)"
PETRA = "blind set (Jordanian state news agency, Arabic, Petra-like)"
AJE = "blind set (Gulf TV channel's English website, Aljazeera.net-like)"
IRNA = "blind set (Iranian state news agency, Arabic service, IRNA-like)"

ARTICLES = [
    ("enUG1_salim_killed_yawar_named_reuters", "en",
     "Head of Iraq's Governing Council killed in Baghdad suicide blast\n"
     "BAGHDAD, May 17 (Reuters) - The president of Iraq's U.S.-appointed Governing Council, Ezzedine Salim, was "
     "killed on Monday when a suicide car bomb exploded at a checkpoint outside the fortified compound that "
     "houses the U.S.-led occupation authority, officials said.\n"
     "At least six other people died in the blast, which tore through a line of cars waiting to enter the "
     "so-called Green Zone at around 9:30 a.m. (0530 GMT).\n"
     "Salim, a Shi'ite writer and politician from the southern city of Basra, had taken over the council's "
     "rotating presidency on May 1. He was on his way to a meeting with U.S. administrator Paul Bremer that "
     "never took place. There was no immediate claim of responsibility.\n"
     "Hours later the 25-member council named Ghazi al-Yawar, a Sunni tribal chief from Mosul who had been due "
     "to hold the post in June, to succeed Salim as its president for the rest of May.\n"
     "Bremer, who heads the Coalition Provisional Authority, met Yawar and veteran council member Adnan "
     "Pachachi at the council's headquarters in the afternoon and said the killers would not derail the "
     "handover of sovereignty to Iraqis on June 30.",
     [("LEADS", SALIM, IGC, "Governing Council, Ezzedine Salim"),
      ("SUCCESSOR_OF", YAWAR, SALIM, "to succeed Salim as its president", "2004-05-17"),
      ("LEADS", YAWAR, IGC, "named Ghazi al-Yawar, a Sunni"),
      ("LEADS", BREMER, CPA, "Bremer, who heads the Coalition"),
      ("MEMBER_OF", PACHACHI, IGC, "council member Adnan"),
      ]
     + met_group({BREMER: "Bremer, who heads the Coalition", YAWAR: "met Yawar and veteran",
                  PACHACHI: "council member Adnan"}, "2004-05-17"),
     {"source": REUTERS, "published": "2004-05-17"}),

    ("arUG2_tawhid_claims_salim_sharq", "ar",
     "«التوحيد والجهاد» تتبنى اغتيال عز الدين سليم.. والياور يتسلم رئاسة مجلس الحكم\n"
     "بغداد: «الشرق الأوسط»\n"
     "تبنّت جماعة «التوحيد والجهاد»، التي يتزعمها الأردني أبو مصعب الزرقاوي، في بيان نُشر أمس على موقع "
     "إسلامي على شبكة الإنترنت، اغتيال رئيس مجلس الحكم الانتقالي العراقي عز الدين سليم، الذي قُتل صباح "
     "الاثنين بتفجير سيارة مفخخة قرب مدخل المنطقة الخضراء في بغداد.\n"
     "وشُيّع جثمان سليم، واسمه الحقيقي عبد الزهرة عثمان محمد، في البصرة أمس وسط إجراءات أمنية مشددة.\n"
     "وفي بغداد، تسلّم الشيخ غازي عجيل الياور رئاسة المجلس خلفاً للراحل حتى نهاية الشهر الجاري. واستقبل "
     "الياور في مقر المجلس وزير الخارجية الأردني مروان المعشر، الذي نقل إليه تعازي العاهل الأردني الملك "
     "عبد الله الثاني، وبحث معه الأوضاع الأمنية والتحضيرات لنقل السلطة إلى العراقيين.\n"
     "ونفى مصدر في مكتب الياور ما تناقلته وسائل إعلام عن لقاء جمعه بالسفير الإيراني في بغداد، مؤكداً أن "
     "الرئيس الجديد تلقى اتصالاً هاتفياً من وزير الخارجية الإيراني كمال خرازي قدّم فيه التعازي.\n"
     "وكان الحاكم المدني الأميركي بول بريمر قد دان الاغتيال ووصفه بأنه «عمل جبان».",
     [("ASSASSINATED_BY", SALIM, TAWHID, "تبنّت جماعة «التوحيد والجهاد»", "2004-05-17"),
      ("LEADS", ZARQAWI, TAWHID, "التي يتزعمها الأردني أبو مصعب"),
      ("LEADS", SALIM, IGC, "رئيس مجلس الحكم الانتقالي العراقي عز الدين"),
      ("SUCCESSOR_OF", YAWAR, SALIM, "رئاسة المجلس خلفاً للراحل", "2004-05-17"),
      ("LEADS", YAWAR, IGC, "تسلّم الشيخ غازي عجيل الياور"),
      ("MET_WITH", YAWAR, MUASHER, "وزير الخارجية الأردني مروان المعشر", "2004-05-18"),
      ("LEADS", ABDULLAH, JORDAN, "العاهل الأردني الملك"),
      ],
     {"source": SHARQ, "published": "2004-05-19"}),

    ("enUG3_aqila_hashimi_dies_ap", "en",
     "Iraqi Council Member Dies of Wounds\n"
     "BAGHDAD, Iraq (AP) _ Aqila al-Hashimi, one of three women on Iraq's U.S.-appointed Governing Council, "
     "died Thursday, five days after gunmen in a pickup truck ambushed her car near her home in western Baghdad, "
     "council officials said.\n"
     "Al-Hashimi, a career diplomat who served in Saddam Hussein's foreign ministry, was to have flown to New "
     "York this week with the council's delegation to the U.N. General Assembly. Her attackers escaped, and no "
     "group claimed responsibility. U.S. officials have suggested that loyalists of the ousted regime were "
     "behind the attack, but no arrests have been made.\n"
     "Council members said a replacement would be chosen later from among Shiite candidates.\n"
     "The council's president for September, Ahmad Chalabi, had appealed for better protection for members "
     "after Secretary of State Colin Powell's visit to Baghdad on Sept. 14, when Powell held talks with Chalabi "
     "and, separately, with the U.S. administrator, L. Paul Bremer.\n"
     "Powell, in New York for the General Assembly, called al-Hashimi's death \"a cowardly act\" in a statement "
     "released by the State Department.",
     [("MEMBER_OF", HASHIMI, IGC, "one of three women on Iraq's U.S.-appointed Governing Council"),
      ("LEADS", CHALABI, IGC, "president for September, Ahmad Chalabi"),
      ("MET_WITH", POWELL, CHALABI, "Powell held talks with Chalabi", "2003-09-14"),
      ("MET_WITH", POWELL, BREMER, "L. Paul Bremer", "2003-09-14"),
      ],
     {"source": AP, "published": "2003-09-25"}),
]

ARTICLES += [
    ("arUG4_yawar_amman_petra", "ar",
     "جلالة الملك يستقبل الرئيس العراقي\n"
     "عمان 12 آب (بترا)- استقبل جلالة الملك عبدالله الثاني في قصر الحسينية اليوم الخميس رئيس الجمهورية "
     "العراقية الشيخ غازي الياور والوفد المرافق له، بحضور رئيس الوزراء فيصل الفايز ووزير الخارجية مروان "
     "المعشر.\n"
     "وجرى خلال اللقاء بحث العلاقات الأخوية بين البلدين الشقيقين وسبل تعزيزها، والتطورات على الساحة "
     "العراقية.\n"
     "وأكد جلالته دعم الأردن الكامل للحكومة العراقية المؤقتة برئاسة الدكتور إياد علاوي في جهودها لإعادة "
     "الأمن والاستقرار، مشيراً إلى استعداد المملكة لتدريب عناصر من الشرطة والجيش العراقيين.\n"
     "ومن المقرر أن يلتقي الرئيس العراقي غداً رئيس مجلس الأعيان، قبل أن يغادر المملكة مساء السبت.\n"
     "وكان جلالة الملك قد أجرى الأسبوع الماضي اتصالاً هاتفياً بالدكتور علاوي هنأه فيه بتسلم الحكومة "
     "العراقية المؤقتة السلطة.",
     met_group({ABDULLAH: "استقبل جلالة الملك عبدالله الثاني", YAWAR: "العراقية الشيخ غازي الياور",
                FAYEZ: "بحضور رئيس الوزراء فيصل", MUASHER: "ووزير الخارجية مروان"}, "2004-08-12")
     + [("LEADS", YAWAR, IRAQ, "رئيس الجمهورية العراقية الشيخ"),
        ("LEADS", FAYEZ, JORDAN, "رئيس الوزراء فيصل الفايز"),
        ("LEADS", ALLAWI, GOV, "المؤقتة برئاسة الدكتور إياد"),
        ],
     {"source": PETRA, "published": "2004-08-12"}),

    ("enUG5_rumsfeld_baghdad_aje", "en",
     "Rumsfeld makes surprise Iraq visit\n"
     "Thursday 13 May 2004\n"
     "US Defence Secretary Donald Rumsfeld has arrived in Iraq on an unannounced visit, a week after "
     "photographs of prisoner abuse at Abu Ghraib jail caused outrage across the Arab and Muslim world.\n"
     "Rumsfeld toured the prison, west of the capital, and told soldiers that those responsible for the abuse "
     "would be brought to justice.\n"
     "In Baghdad, the defence secretary, accompanied by the chairman of the Joint Chiefs of Staff, General "
     "Richard Myers, met the US civil administrator Paul Bremer and the commander of coalition ground forces, "
     "Lieutenant-General Ricardo Sanchez, at the occupation authority's headquarters.\n"
     "A spokesman for the Iraqi Governing Council said Rumsfeld had not met any of its members and that no such "
     "meeting had been requested.\n"
     "Rumsfeld, who has faced calls to resign in Washington, left Iraq after about eight hours.",
     met_group({RUMSFELD: "the defence secretary, accompanied", MYERS: "Staff, General Richard Myers",
                BREMER: "met the US civil administrator Paul Bremer",
                SANCHEZ: "Lieutenant-General Ricardo Sanchez"}, "2004-05-13"),
     {"source": AJE, "published": "2004-05-13"}),

    ("arUG6_kharrazi_baghdad_irna", "ar",
     "خرازي يلتقي كبار المسؤولين العراقيين في بغداد\n"
     "بغداد - إرنا - التقى وزير الخارجية كمال خرازي اليوم الثلاثاء في بغداد رئيس الوزراء العراقي الدكتور "
     "ابراهيم الجعفري، وبحث معه سبل تعزيز العلاقات الثنائية والتعاون في مجالي الأمن وإعادة الإعمار.\n"
     "وكان نظيره العراقي هوشيار زيباري قد استقبل خرازي لدى وصوله إلى بغداد صباحاً، وعقد الجانبان جلسة "
     "مباحثات رسمية في مقر وزارة الخارجية العراقية.\n"
     "كما استقبل رئيس الجمهورية العراقي جلال طالباني رئيس الدبلوماسية الإيرانية في القصر الجمهوري، بحضور "
     "نائب الرئيس الدكتور عادل عبد المهدي.\n"
     "ومن المقرر أن يلتقي خرازي غداً رئيس المجلس الأعلى للثورة الإسلامية في العراق السيد عبد العزيز الحكيم.\n"
     "ونفى خرازي في مؤتمر صحفي مشترك مع زيباري أن تكون لطهران أي علاقة بالهجمات التي تشهدها المدن "
     "العراقية، واصفاً الزيارة، وهي الأولى لوزير خارجية إيراني منذ سقوط النظام السابق، بأنها «تاريخية».",
     [("MET_WITH", KHARRAZI, JAAFARI, "رئيس الوزراء العراقي الدكتور", "2005-05-17"),
      ("LEADS", JAAFARI, IRAQ, "رئيس الوزراء العراقي الدكتور"),
      ("MET_WITH", KHARRAZI, ZEBARI, "نظيره العراقي هوشيار زيباري", "2005-05-17"),
      ("LEADS", TALABANI, IRAQ, "رئيس الجمهورية العراقي جلال"),
      ("LEADS", HAKIM, SCIRI, "رئيس المجلس الأعلى للثورة"),
      ]
     + met_group({TALABANI: "رئيس الجمهورية العراقي جلال", KHARRAZI: "رئيس الدبلوماسية الإيرانية",
                  MAHDI: "نائب الرئيس الدكتور عادل"}, "2005-05-17"),
     {"source": IRNA, "published": "2005-05-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUG")
