"""Blind set UH: Iraq 2004-2006 (second folder of UG-UH): Iyad Allawi at the White House (September 2004),
Allawi and Colin Powell received by Crown Prince Abdullah in Jeddah (July 2004), Nouri (Jawad) al-Maliki
named to replace Ibrahim al-Jaafari and Mahmoud al-Mashhadani elected speaker (April 2006), Jalal
Talabani elected president in Ghazi al-Yawar's place and Jaafari asked to form the government in Allawi's
place (April 2005), Jaafari in Tehran (July 2005), and Lakhdar Brahimi's meetings with Ayatollah Sistani in
Najaf and with the Governing Council's president (February 2004), as a US daily writes it in English
(Washington Post-like: "By a Washington Post Staff Writer"), Saudi Arabia's state agency in Arabic (SPA-like:
"جدة ... واس"), a British broadcaster's website in English (BBC News-like: "Mr Maliki"), a Baghdad state
daily in Arabic (Al-Sabah-like: "بغداد – الصباح"), an Iranian English daily (Tehran Times-like: "TEHRAN --")
and a London-based Arab daily in Arabic (Al-Hayat-like: "النجف، بغداد - «الحياة»").
Pieces: Allawi meets Bush; Kerry did not meet him; a planned meeting with Rumsfeld (English, UH1); Crown
Prince Abdullah receives Allawi, then Powell, with Saud al-Faisal present each time (Arabic, UH2); Maliki
named to replace Jaafari, Mashhadani succeeds Hassani as speaker, Rice and Straw met Jaafari together
(English, UH3); Talabani elected to succeed Yawar, Jaafari named in Allawi's place, Talabani meets Allawi
(Arabic, UH4); Jaafari received by Khatami, welcomed by Aref, received by Khamenei; Ahmadinejad Khatami's
successor (English, UH5); Brahimi meets Sistani, and Abdul Hamid and Bremer together (Arabic, UH6).
Excluded on purpose (no relation): Kerry who did not meet Allawi, the meeting never scheduled, the planned
Pentagon meeting, Bremer's handover of sovereignty (no succession in a post stated) (UH1); Yawar's phone call
to the Crown Prince (UH2); the denied demand that Jaafari stand down, Bush's phone call to Maliki (UH3);
Bush's phone call to Talabani (UH4); the expected meeting with Ahmadinejad (UH5); the denied reports of a
coming Sistani-Bremer meeting (UH6).
Judgement calls: "Bremer ... handed sovereignty to his interim government" is not a succession of Allawi to
Bremer (a government replaces an occupation authority) (UH1); "حضر الاستقبال" Saud al-Faisal: paired with
both principals; the two receptions are separate meetings, Allawi and Powell not paired, Saud present at both
(UH2); "flew into Baghdad together and held talks with Mr Jaafari": a meeting of the three (UH3); "elected
speaker of parliament, succeeding Hajim al-Hassani" is a succession (UH3); "خلفاً لحكومة الدكتور اياد علاوي"
is a succession of Jaafari to Allawi at the government's head (UH4); "welcomed ... at Mehrabad airport" is a
meeting in person (UH5); "who takes office in August as Khatami's successor" is a succession (elected, as
SQ1) (UH5); "اجتمع ... مع رئيس مجلس الحكم ... والحاكم المدني" in one sitting: a meeting of the three (UH6).
Filled in for the exercise: the wording of the news conference and of Kerry's campaign (UH1); the Hijri date,
Saud al-Faisal's presence, Yawar's call (UH2); the day of the Rice-Straw visit, the denial (UH3); the
meeting between Talabani and Allawi, Bush's call (UH4); the palace, the airport welcome, the embassy
official's wording (UH5); the length of the meeting, the sources' denial (UH6).
Spellings: "Ayad Allawi", "John F. Kerry", "L. Paul Bremer III" (UH1); «إياد علاوي»، «الأمير عبدالله بن
عبدالعزيز»، «كولن باول» (UH2); "Jawad al-Maliki", "Ibrahim al-Jaafari", "Hajim al-Hassani" (UH3); «مام جلال»،
«غازي عجيل الياور»، «اياد علاوي»، «حاجم الحسني» (UH4); "Ibrahim al-Jafari", "Seyed Ali Khamenei",
"Mohammad-Reza Aref" (UH5); «الأخضر الإبراهيمي»، «علي السيستاني»، «محسن عبد الحميد» (UH6).
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

IRAQ, IRAN, US = "country:iraq", "country:iran", "country:united-states"
IGC, PARL, DAWA, PUK, IIP, SANG, UN = (
    "organization:iraqi-governing-council", "organization:iraqi-parliament", "organization:islamic-dawa-party",
    "organization:patriotic-union-of-kurdistan", "organization:iraqi-islamic-party",
    "organization:saudi-arabian-national-guard", "organization:united-nations")
YAWAR, ALLAWI, JAAFARI, MALIKI, TALABANI, MAHDI, MASHHADANI, HASSANI, SISTANI, ABDULHAMID = (
    "person:ghazi-al-yawar", "person:ayad-allawi", "person:ibrahim-al-jaafari", "person:nouri-al-maliki",
    "person:jalal-talabani", "person:adil-abdul-mahdi", "person:mahmoud-al-mashhadani",
    "person:hajim-al-hassani", "person:ali-al-sistani", "person:mohsen-abdul-hamid")
BUSH, KERRY, RUMSFELD, POWELL, RICE, STRAW, BREMER, BRAHIMI, ANNAN = (
    "person:george-w-bush", "person:john-kerry", "person:donald-rumsfeld", "person:colin-powell",
    "person:condoleezza-rice", "person:jack-straw", "person:paul-bremer", "person:lakhdar-brahimi",
    "person:kofi-annan")
CROWN_PRINCE, SAUD, KHATAMI, KHAMENEI, AREF, AHMADINEJAD = (
    "person:abdullah-bin-abdulaziz", "person:saud-al-faisal", "person:mohammad-khatami", "person:ali-khamenei",
    "person:mohammad-reza-aref", "person:mahmoud-ahmadinejad")

WAPO = "blind set (US daily, English, Washington Post-like)"
SPA = "blind set (Saudi state news agency, Arabic, SPA-like)"
BBC = "blind set (British broadcaster's website, English, BBC News-like)"
SABAH = "blind set (Baghdad state daily, Arabic, Al-Sabah-like)"
TT = "blind set (Iranian English-language daily, Tehran Times-like)"
HAYAT = "blind set (London-based Arab daily, Arabic, Al-Hayat-like)"

ARTICLES = [
    ("enUH1_allawi_white_house_wapo", "en",
     "Allawi, Bush Present United Front on Iraq\n"
     "By a Washington Post Staff Writer\n"
     "Friday, September 24, 2004\n"
     "Iraqi interim Prime Minister Ayad Allawi met President Bush at the White House yesterday, and the two "
     "leaders insisted at a Rose Garden news conference that elections would go ahead in January despite a "
     "spreading insurgency.\n"
     "Earlier in the day, Allawi told a joint meeting of Congress that Iraq was \"succeeding\" and thanked "
     "Americans for their sacrifices.\n"
     "Democratic nominee John F. Kerry, who did not meet the Iraqi leader, accused the administration of "
     "painting a rosy picture of the war. Kerry's campaign said a meeting had been discussed but was never "
     "scheduled.\n"
     "Allawi, a former Baathist who became a leading exile opponent of Saddam Hussein, took office on June 28, "
     "when L. Paul Bremer III handed sovereignty to his interim government two days early and left the "
     "country. He is to meet Defense Secretary Donald H. Rumsfeld at the Pentagon today before flying to New "
     "York, aides said.",
     [("MET_WITH", ALLAWI, BUSH, "met President Bush at the White House", "2004-09-23"),
      ("LEADS", ALLAWI, IRAQ, "Iraqi interim Prime Minister Ayad"),
      ("LEADS", BUSH, US, "President Bush at the White House"),
      ],
     {"source": WAPO, "published": "2004-09-24"}),

    ("arUH2_allawi_powell_jeddah_spa", "ar",
     "سمو ولي العهد يستقبل رئيس الوزراء العراقي ووزير الخارجية الأمريكي\n"
     "جدة 11 جمادى الآخرة 1425 هـ الموافق 29 يوليو 2004 م واس\n"
     "استقبل صاحب السمو الملكي الأمير عبدالله بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء رئيس الحرس "
     "الوطني في قصره بجدة اليوم دولة رئيس الوزراء العراقي الدكتور إياد علاوي والوفد المرافق له.\n"
     "وجرى خلال الاستقبال استعراض الأوضاع في العراق الشقيق والجهود المبذولة لإعادة الأمن والاستقرار إليه.\n"
     "حضر الاستقبال صاحب السمو الملكي الأمير سعود الفيصل وزير الخارجية.\n"
     "كما استقبل سموه في وقت لاحق معالي وزير خارجية الولايات المتحدة الأمريكية كولن باول، وجرى خلال "
     "الاستقبال بحث العلاقات الثنائية وتطورات الأوضاع في المنطقة، بحضور سمو وزير الخارجية.\n"
     "وكان سمو ولي العهد قد تلقى اتصالاً هاتفياً أمس من فخامة الرئيس العراقي الشيخ غازي الياور.",
     [("MET_WITH", CROWN_PRINCE, ALLAWI, "الدكتور إياد علاوي والوفد", "2004-07-29"),
      ("LEADS", CROWN_PRINCE, SANG, "رئيس الحرس الوطني"),
      ("LEADS", ALLAWI, IRAQ, "رئيس الوزراء العراقي الدكتور"),
      ("MET_WITH", SAUD, CROWN_PRINCE, "حضر الاستقبال صاحب السمو", "2004-07-29"),
      ("MET_WITH", SAUD, ALLAWI, "الأمير سعود الفيصل وزير", "2004-07-29"),
      ("MET_WITH", CROWN_PRINCE, POWELL, "كولن باول،", "2004-07-29"),
      ("MET_WITH", SAUD, POWELL, "بحضور سمو وزير الخارجية", "2004-07-29"),
      ("LEADS", YAWAR, IRAQ, "الرئيس العراقي الشيخ غازي"),
      ],
     {"source": SPA, "published": "2004-07-29"}),

    ("enUH3_maliki_named_bbc", "en",
     "Iraq's parliament backs new leaders\n"
     "Iraq's parliament has re-elected Jalal Talabani as president and approved Jawad al-Maliki, a senior "
     "figure in the Shia Dawa party, as the new prime minister-designate, ending four months of deadlock.\n"
     "Mr Maliki was nominated by the Shia-led United Iraqi Alliance to replace Ibrahim al-Jaafari, who stepped "
     "aside on Thursday after Sunni Arab and Kurdish leaders refused to accept him for a second term.\n"
     "Mr Talabani, a Kurd, immediately asked Mr Maliki to form a government within 30 days. The Sunni Arab "
     "politician Mahmoud al-Mashhadani was elected speaker of parliament, succeeding Hajim al-Hassani.\n"
     "Earlier this month US Secretary of State Condoleezza Rice and her British counterpart Jack Straw flew "
     "into Baghdad together and held talks with Mr Jaafari, urging Iraq's leaders to end the stalemate. "
     "Officials denied reports that the two had demanded that he stand down.\n"
     "In Washington, President George W Bush telephoned Mr Maliki to congratulate him, the White House said.",
     [("LEADS", TALABANI, IRAQ, "re-elected Jalal Talabani as president"),
      ("MEMBER_OF", MALIKI, DAWA, "a senior figure in the Shia Dawa party"),
      ("SUCCESSOR_OF", MALIKI, JAAFARI, "to replace Ibrahim al-Jaafari", "2006-04-22"),
      ("SUCCESSOR_OF", MASHHADANI, HASSANI, "succeeding Hajim al-Hassani", "2006-04-22"),
      ("LEADS", MASHHADANI, PARL, "was elected speaker of parliament"),
      ("LEADS", BUSH, US, "President George W Bush"),
      ]
     + met_group({RICE: "Condoleezza Rice and her British", STRAW: "counterpart Jack Straw",
                  JAAFARI: "held talks with Mr Jaafari"}, "2006-04-02"),
     {"source": BBC, "published": "2006-04-22"}),
]

ARTICLES += [
    ("arUH4_talabani_elected_jaafari_named_sabah", "ar",
     "الجمعية الوطنية تنتخب مام جلال رئيساً للجمهورية والجعفري يُكلَّف بتشكيل الحكومة\n"
     "بغداد – الصباح\n"
     "انتخبت الجمعية الوطنية العراقية في جلستها أول أمس الأربعاء الأمين العام للاتحاد الوطني الكردستاني "
     "جلال طالباني رئيساً لجمهورية العراق خلفاً للشيخ غازي عجيل الياور، فيما انتُخب الياور والدكتور عادل "
     "عبد المهدي نائبين له.\n"
     "وأدى طالباني ونائباه اليمين الدستورية أمام الجمعية في الجلسة التي ترأسها رئيسها حاجم الحسني.\n"
     "والتقى مام جلال عقب أداء اليمين رئيس الوزراء المنتهية ولايته الدكتور اياد علاوي في قصر المؤتمرات، "
     "حيث بحث الجانبان ترتيبات انتقال السلطة.\n"
     "وفي أول قرار لمجلس الرئاسة، كلّف طالباني أمس الدكتور ابراهيم الجعفري، مرشح قائمة الائتلاف العراقي "
     "الموحد، بتشكيل الحكومة الانتقالية خلفاً لحكومة الدكتور اياد علاوي.\n"
     "وتلقى الرئيس طالباني اتصالاً هاتفياً من الرئيس الأميركي جورج بوش هنأه فيه بانتخابه.",
     [("SUCCESSOR_OF", TALABANI, YAWAR, "خلفاً للشيخ غازي عجيل الياور", "2005-04-06"),
      ("LEADS", TALABANI, PUK, "الأمين العام للاتحاد الوطني"),
      ("LEADS", TALABANI, IRAQ, "جلال طالباني رئيساً لجمهورية العراق"),
      ("LEADS", HASSANI, PARL, "ترأسها رئيسها حاجم"),
      ("MET_WITH", TALABANI, ALLAWI, "والتقى مام جلال", "2005-04-06"),
      ("SUCCESSOR_OF", JAAFARI, ALLAWI, "خلفاً لحكومة الدكتور", "2005-04-07"),
      ("LEADS", BUSH, US, "الرئيس الأميركي جورج بوش"),
      ],
     {"source": SABAH, "published": "2005-04-08"}),

    ("enUH5_jaafari_tehran_tehrantimes", "en",
     "Jafari meets Khatami, Leader; calls visit 'a new chapter'\n"
     "TEHRAN -- Iraqi Prime Minister Ibrahim al-Jafari, heading a large delegation including ten ministers, "
     "was received by President Mohammad Khatami at the Sa'dabad Palace on Saturday, in the first visit to "
     "Tehran by an Iraqi premier since the fall of Saddam Hussein.\n"
     "First Vice President Mohammad-Reza Aref had welcomed al-Jafari at Mehrabad airport earlier in the day. "
     "The two sides signed memorandums of understanding on oil, trade and border security.\n"
     "On Sunday, the Supreme Leader of the Islamic Revolution, Ayatollah Seyed Ali Khamenei, received the "
     "Iraqi prime minister and his entourage and said the occupiers must leave Iraq.\n"
     "Al-Jafari was also expected to meet President-elect Mahmoud Ahmadinejad, who takes office in August as "
     "Khatami's successor, before returning to Baghdad on Monday, an Iraqi embassy official said.",
     [("LEADS", JAAFARI, IRAQ, "Iraqi Prime Minister Ibrahim al-Jafari"),
      ("MET_WITH", KHATAMI, JAAFARI, "received by President Mohammad Khatami", "2005-07-16"),
      ("LEADS", KHATAMI, IRAN, "President Mohammad Khatami at"),
      ("MET_WITH", AREF, JAAFARI, "Aref had welcomed al-Jafari", "2005-07-16"),
      ("MET_WITH", KHAMENEI, JAAFARI, "received the Iraqi prime minister", "2005-07-17"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader of the Islamic Revolution, Ayatollah"),
      ("SUCCESSOR_OF", AHMADINEJAD, KHATAMI, "Khatami's successor"),
      ],
     {"source": TT, "published": "2005-07-17"}),

    ("arUH6_brahimi_sistani_hayat", "ar",
     "الإبراهيمي يلتقي السيستاني في النجف ويعود إلى بغداد\n"
     "النجف، بغداد - «الحياة»\n"
     "التقى المبعوث الخاص للأمين العام للأمم المتحدة الأخضر الإبراهيمي أمس في النجف المرجع الشيعي الأعلى آية "
     "الله العظمى السيد علي السيستاني، في لقاء دام نحو ساعة ونصف الساعة تناول موقف المرجعية من إجراء "
     "انتخابات مباشرة قبل نقل السلطة إلى العراقيين.\n"
     "وكان الإبراهيمي اجتمع فور وصوله إلى بغداد مطلع الأسبوع مع رئيس مجلس الحكم الانتقالي الدكتور محسن عبد "
     "الحميد، الأمين العام للحزب الإسلامي العراقي، والحاكم المدني الأميركي بول بريمر في مقر المجلس.\n"
     "وقالت مصادر في النجف إن السيستاني لم يستقبل أي مسؤول في سلطة الائتلاف منذ سقوط النظام السابق، ونفت "
     "تقارير تحدثت عن لقاء مرتقب بينه وبين بريمر.\n"
     "وكان الأمين العام للمنظمة الدولية كوفي أنان قد أوفد الإبراهيمي إلى العراق بطلب من مجلس الحكم وسلطة "
     "الائتلاف، لتقييم إمكان إجراء الانتخابات قبل نهاية حزيران (يونيو).",
     [("MET_WITH", BRAHIMI, SISTANI, "السيد علي السيستاني، في لقاء", "2004-02-12"),
      ("LEADS", ANNAN, UN, "الأمين العام للمنظمة الدولية كوفي"),
      ("LEADS", ABDULHAMID, IGC, "رئيس مجلس الحكم الانتقالي الدكتور محسن"),
      ("LEADS", ABDULHAMID, IIP, "الأمين العام للحزب الإسلامي"),
      ]
     + met_group({BRAHIMI: "وكان الإبراهيمي اجتمع", ABDULHAMID: "الدكتور محسن عبد",
                  BREMER: "والحاكم المدني الأميركي بول"}),
     {"source": HAYAT, "published": "2004-02-13"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUH")
