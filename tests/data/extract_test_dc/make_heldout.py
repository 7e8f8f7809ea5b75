"""Blind set DC: envoys and commanders received in Baghdad and Erbil, and militia commanders
killed by drones, 2019-2025: Erdogan's Baghdad and Erbil visit with Kalin as Fidan's successor
(AP-style, Apr 2024); Pezeshkian's first trip abroad, with planned Erbil meetings, Raisi's death
and an acting president (Al-Sumaria Arabic-style, Sep 2024); the al-Qaim drone strike that killed
Abu Ali al-Dabi with no agent stated, al-Mohandes's accusation and the Pentagon's denial
(Reuters-style, Aug 2019); the U.S. strike in Mashtal killing Abu Baqir al-Saadi and Arkan
al-Elayawi, claimed by CENTCOM, and Abu Taqwa's killing with no successor named (Baghdad Today
Arabic-style, Feb 2024); Ghaani in Baghdad after the drone attack on al-Kazemi's house, with a
denied accusation and Suleimani's killing (Rudaw-style, Nov 2021); CENTCOM's Kurilla received in
Erbil and Baghdad, with a nominated (not yet) successor (Rudaw Arabic-style, 2025).
Style: en/ar alternating; airport receptions; "accompanied by" delegations (not counted as
meetings); planned meetings; killings with and without a stated or claimed agent; denials.
Spellings: Barazani, al-Sudani, al-Mohandes / al-Muhandis, Esmaeil Ghaani, Qassem Suleimani,
al-Kazemi.
Written and annotated blind (extractor neither read nor run).
A DEV set since session 13 (measured once blind; in session 13 used only to choose the learned scorer's settings; see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_dc/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_dc import ALL  # noqa: E402

HERE = Path(__file__).parent

IRQ, IRN, TUR, US, ISR = ("country:iraq", "country:iran", "country:turkey", "country:united-states",
                          "country:israel")
ERD, SUD, RASH, FID, GUL, KAL, BOL = ("person:recep-tayyip-erdogan", "person:mohammed-shia-al-sudani",
                                      "person:abdul-latif-rashid", "person:hakan-fidan", "person:yasar-guler",
                                      "person:ibrahim-kalin", "person:omer-bolat")
NECH, MAS = "person:nechirvan-barzani", "person:masrour-barzani"
PEZ, ARG, RAI, AMA, MOK = ("person:masoud-pezeshkian", "person:abbas-araghchi", "person:ebrahim-raisi",
                           "person:hossein-amir-abdollahian", "person:mohammad-mokhber")
DABI, MUH, FAY, NET, AAM = ("person:kazim-mohsen", "person:abu-mahdi-al-muhandis", "person:falih-al-fayyadh",
                            "person:benjamin-netanyahu", "person:adil-abdul-mahdi")
BAQ, ELA, HAM, TAQ, KAA, YRS = ("person:abu-baqir-al-saadi", "person:arkan-al-elayawi",
                                "person:ahmad-al-hamidawi", "person:mushtaq-taleb-al-saidi",
                                "person:akram-al-kaabi", "person:yahya-rasool")
QAA, KAD, SALIH, KHT, KHZ, SOL = ("person:esmail-qaani", "person:mustafa-al-kadhimi", "person:barham-salih",
                                  "person:saeed-khatibzadeh", "person:qais-al-khazali",
                                  "person:qasem-soleimani")
KUR, STR, SHO, ABB, MCK, HIC = ("person:michael-kurilla", "person:mark-stroh", "person:shoresh-ismail",
                                "person:thabet-al-abbasi", "person:kenneth-mckenzie", "person:irvin-hicks")
KRG, KRP, PMF, KH = ("organization:kurdistan-regional-government", "organization:kurdistan-region-presidency",
                     "organization:popular-mobilization-forces", "organization:kataib-hezbollah")
CENTCOM, MIT = "organization:us-central-command", "organization:turkish-national-intelligence-organization"

ARTICLES = [
    ("enDC1_erdogan_baghdad_erbil", "en",
     "BAGHDAD (AP) - Turkish President Recep Tayyip Erdogan arrived in Baghdad on Monday on his first "
     "official visit to Iraq in more than a decade, seeking cooperation against Kurdish militants and a "
     "share in a planned road-and-rail corridor to the Gulf.\n"
     "Erdogan was received at the airport by Prime Minister Mohammed Shia al-Sudani, then held talks "
     "with him and with President Abdul Latif Rashid. The two governments signed more than 20 "
     "agreements, including a memorandum on the $17 billion Development Road project, which Qatar and "
     "the United Arab Emirates also joined.\n"
     "Iraq's National Security Council had last month banned the Kurdistan Workers' Party, or PKK, a "
     "move Ankara had long sought. Erdogan was accompanied by Foreign Minister Hakan Fidan, Defense "
     "Minister Yasar Guler, Trade Minister Omer Bolat and intelligence chief Ibrahim Kalin, who succeeded "
     "Fidan at the MIT spy agency last year.\n"
     "Later on Monday Erdogan flew to Erbil, where he met Kurdistan Region President Nechirvan Barazani "
     "and Prime Minister Masrour Barazani. Turkish troops have carried out repeated operations against "
     "the PKK in the region's mountains.",
     [("LEADS", ERD, TUR, "Turkish President Recep"),
      ("VISITED", ERD, "location:baghdad", "arrived in Baghdad on Monday", "2024-04-22"),
      ("MET_WITH", ERD, SUD, "was received at the airport by", "2024-04-22"),
      ("LEADS", SUD, IRQ, "by Prime Minister Mohammed Shia"),
      ("MET_WITH", ERD, RASH, "and with President Abdul Latif Rashid", "2024-04-22"),
      ("LEADS", RASH, IRQ, "and with President Abdul Latif Rashid"),
      ("LEADS", FID, "organization:turkish-foreign-ministry", "Foreign Minister Hakan Fidan"),
      ("LEADS", GUL, "organization:turkish-defence-ministry", "Minister Yasar Guler"),
      ("LEADS", KAL, MIT, "intelligence chief Ibrahim Kalin"),
      ("SUCCESSOR_OF", KAL, FID, "who succeeded Fidan at the MIT", "2023-06"),
      ("VISITED", ERD, "location:erbil", "flew to Erbil", "2024-04-22"),
      ("MET_WITH", ERD, NECH, "where he met Kurdistan Region President", "2024-04-22"),
      ("MET_WITH", ERD, MAS, "where he met Kurdistan Region President", "2024-04-22"),
      ("LEADS", NECH, KRP, "where he met Kurdistan Region President"),
      ("LEADS", MAS, KRG, "and Prime Minister Masrour Barazani"),
      ("ATTACKED", "organization:turkish-armed-forces", "organization:pkk",
       "Turkish troops have carried out repeated operations"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-04-22"}),

    ("arDC2_pezeshkian_iraq_tour", "ar",
     "بغداد/ السومرية نيوز: وصل الرئيس الإيراني مسعود بزشكيان، الأربعاء، إلى بغداد في أول زيارة خارجية له "
     "منذ توليه منصبه، وكان في استقباله في مطار بغداد الدولي رئيس الوزراء محمد شياع السوداني.\n"
     "وأجرى بزشكيان مباحثات موسعة مع السوداني في القصر الحكومي، شهدت توقيع 14 مذكرة تفاهم، قبل أن يستقبله "
     "رئيس الجمهورية عبد اللطيف رشيد في قصر بغداد. ورافق الرئيسَ الإيراني وزيرُ الخارجية عباس عراقجي.\n"
     "ويزور بزشكيان خلال جولته التي تستمر ثلاثة أيام كربلاء والنجف، ثم أربيل حيث من المقرر أن يلتقي رئيس "
     "الإقليم نيجيرفان بارزاني ورئيس الحكومة مسرور بارزاني، قبل أن يختتمها في البصرة.\n"
     "وانتُخب بزشكيان في تموز الماضي خلفاً لإبراهيم رئيسي، الذي لقي حتفه مع وزير خارجيته حسين أمير "
     "عبد اللهيان في تحطم مروحية في أيار. وكان النائب الأول للرئيس محمد مخبر قد تولى مهام الرئاسة بالوكالة "
     "بعد وفاة رئيسي.\n"
     "ولم يلتقِ بزشكيان خلال يومه الأول أياً من قادة الفصائل المسلحة، بحسب مصدر حكومي تحدث للسومرية نيوز.",
     [("LEADS", PEZ, IRN, "الرئيس الإيراني مسعود"),
      ("VISITED", PEZ, "location:baghdad", "إلى بغداد في أول زيارة", "2024-09-11"),
      ("LEADS", SUD, IRQ, "رئيس الوزراء محمد شياع"),
      ("MET_WITH", PEZ, SUD, "وأجرى بزشكيان مباحثات موسعة", "2024-09-11"),
      ("MET_WITH", PEZ, RASH, "قبل أن يستقبله", "2024-09-11"),
      ("LEADS", RASH, IRQ, "قبل أن يستقبله"),
      ("LEADS", ARG, "organization:iranian-foreign-ministry", "وزيرُ الخارجية عباس"),
      ("LEADS", NECH, KRP, "الإقليم نيجيرفان بارزاني"),
      ("LEADS", MAS, KRG, "ورئيس الحكومة مسرور"),
      ("SUCCESSOR_OF", PEZ, RAI, "خلفاً لإبراهيم رئيسي", "2024-07"),
      ("LEADS", RAI, IRN, "خلفاً لإبراهيم رئيسي"),
      ("LEADS", AMA, "organization:iranian-foreign-ministry", "مع وزير خارجيته حسين"),
      ("SUCCESSOR_OF", MOK, RAI, "تولى مهام الرئاسة بالوكالة", "2024-05"),
      ],
     {"source": "blind set (Al-Sumaria Arabic-style)", "published": "2024-09-11"}),

    ("enDC3_alqaim_drone_abu_ali_dabi", "en",
     "BAGHDAD (Reuters) - A drone strike near Iraq's border with Syria killed a senior commander of an "
     "Iran-backed militia on Sunday, the Popular Mobilization Forces said, the latest in a string of "
     "unexplained attacks on the paramilitary umbrella group.\n"
     "Kazim Mohsen, a Kataib Hezbollah commander known as Abu Ali al-Dabi, was killed along with another "
     "fighter when two drones hit their vehicle near al-Qaim, the PMF said in a statement. It did not "
     "say who carried out the strike.\n"
     "Abu Mahdi al-Mohandes, the PMF's deputy chairman, last week blamed the United States for allowing "
     "Israeli drones into Iraqi airspace and vowed a response. The Pentagon denied any role, and Israel "
     "neither confirmed nor denied responsibility, although Prime Minister Benjamin Netanyahu hinted that "
     "it could be behind the attacks.\n"
     "PMF chairman Falih al-Fayyadh, who is also the national security adviser, distanced himself from "
     "al-Mohandes' statement, saying it did not reflect the official position. Prime Minister Adil "
     "Abdul-Mahdi met Fayyadh and army commanders on Sunday evening to discuss the attacks, his office "
     "said.\n"
     "Blasts have hit at least four PMF weapons depots and bases since July, including one south of "
     "Baghdad.",
     [("MEMBER_OF", DABI, KH, "a Kataib Hezbollah commander known as"),
      ("MEMBER_OF", MUH, PMF, "the PMF's deputy chairman"),
      ("LEADS", NET, ISR, "Prime Minister Benjamin Netanyahu"),
      ("LEADS", FAY, PMF, "PMF chairman Falih"),
      ("MET_WITH", AAM, FAY, "met Fayyadh and army commanders", "2019-08-25"),
      ("LEADS", AAM, IRQ, "Prime Minister Adil"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2019-08-25"}),

    ("arDC4_mashtal_strike_abu_baqir", "ar",
     "بغداد - بغداد اليوم: شيّع الآلاف في بغداد، الخميس، القيادي في كتائب حزب الله أبو باقر الساعدي، الذي "
     "قُتل مساء الأربعاء بغارة لطائرة مسيّرة أميركية استهدفت سيارته في منطقة المشتل شرقي العاصمة.\n"
     "وقالت القيادة المركزية الأميركية (سنتكوم) في بيان إن قواتها نفذت الضربة \"رداً على الهجمات على "
     "القوات الأميركية\"، مؤكدة أن الساعدي كان مسؤولاً عن التخطيط المباشر لهجمات في المنطقة. وقُتل معه "
     "القيادي في الكتائب أركان العلياوي.\n"
     "ووصف الناطق باسم القائد العام للقوات المسلحة اللواء يحيى رسول الضربة بأنها \"اعتداء سافر على السيادة "
     "العراقية\"، فيما لم يعلّق الأمين العام للكتائب أبو حسين الحميداوي.\n"
     "وتأتي الضربة بعد نحو شهر على غارة أميركية مماثلة قرب شارع فلسطين قتلت مشتاق طالب السعيدي \"أبو "
     "تقوى\"، القيادي في حركة النجباء، والتي تبنّاها البنتاغون حينها. وتوعد الأمين العام للنجباء أكرم "
     "الكعبي بالرد، من دون أن تعلن الحركة اسم خليفة لأبي تقوى حتى الآن.\n"
     "وكانت الكتائب قد أعلنت تعليق عملياتها ضد القوات الأميركية أواخر كانون الثاني، عقب هجوم أودى بحياة "
     "ثلاثة جنود أميركيين في الأردن.",
     [("MEMBER_OF", BAQ, KH, "القيادي في كتائب حزب الله أبو"),
      ("ASSASSINATED_BY", BAQ, US, "بغارة لطائرة مسيّرة أميركية", "2024-02-07"),
      ("LOCATED_IN", "location:mashtal", "location:baghdad", "في منطقة المشتل شرقي العاصمة"),
      ("ASSASSINATED_BY", BAQ, CENTCOM, "إن قواتها نفذت الضربة", "2024-02-07"),
      ("ASSASSINATED_BY", ELA, US, "وقُتل معه", "2024-02-07"),
      ("ASSASSINATED_BY", ELA, CENTCOM, "وقُتل معه", "2024-02-07"),
      ("MEMBER_OF", ELA, KH, "القيادي في الكتائب أركان"),
      ("LEADS", HAM, KH, "الأمين العام للكتائب أبو"),
      ("ASSASSINATED_BY", TAQ, US, "على غارة أميركية مماثلة", "2024-01-04"),
      ("ASSASSINATED_BY", TAQ, "organization:us-department-of-defense", "والتي تبنّاها البنتاغون", "2024-01-04"),
      ("MEMBER_OF", TAQ, "organization:harakat-al-nujaba", "القيادي في حركة النجباء"),
      ("LOCATED_IN", "location:palestine-street", "location:baghdad", "قرب شارع فلسطين"),
      ("LEADS", KAA, "organization:harakat-al-nujaba", "الأمين العام للنجباء أكرم"),
      ],
     {"source": "blind set (Baghdad Today Arabic-style)", "published": "2024-02-08"}),

    ("enDC5_ghaani_after_kazemi_drone", "en",
     "ERBIL, Kurdistan Region (Rudaw) - The commander of Iran's Quds Force, Esmaeil Ghaani, arrived in "
     "Baghdad on Monday, a day after an explosives-laden drone struck the residence of Iraqi Prime "
     "Minister Mustafa al-Kazemi, who escaped unhurt.\n"
     "Ghaani met al-Kazemi and President Barham Salih and urged calm, according to two Iraqi officials, "
     "who said the Iranian general also held talks with leaders of Shiite factions that lost ground in "
     "last month's election. Iran's foreign ministry spokesman Saeed Khatibzadeh condemned the attack "
     "and blamed \"foreign think tanks\".\n"
     "No group has claimed the attack. Iraqi security officials said Kataib Hezbollah and Asaib Ahl "
     "al-Haq were behind it, an accusation both groups denied. Asaib's leader Qais al-Khazali called "
     "for an investigation and denied any role.\n"
     "Ghaani took command of the Quds Force in January 2020 after his predecessor Qassem Suleimani was "
     "killed in a U.S. drone strike outside Baghdad airport, alongside PMF deputy chief Abu Mahdi "
     "al-Muhandis. Unlike Suleimani, who often appeared in public in Iraq, Ghaani rarely announces his "
     "trips.",
     [("LEADS", QAA, "organization:quds-force", "The commander of Iran's Quds Force"),
      ("VISITED", QAA, "location:baghdad", "arrived in Baghdad on Monday", "2021-11-08"),
      ("LEADS", KAD, IRQ, "Minister Mustafa al-Kazemi"),
      ("MET_WITH", QAA, KAD, "Ghaani met al-Kazemi", "2021-11-08"),
      ("MET_WITH", QAA, SALIH, "Ghaani met al-Kazemi", "2021-11-08"),
      ("LEADS", SALIH, IRQ, "President Barham Salih"),
      ("MEMBER_OF", KHT, "organization:iranian-foreign-ministry", "foreign ministry spokesman Saeed"),
      ("LEADS", KHZ, "organization:asaib-ahl-al-haq", "Asaib's leader Qais"),
      ("SUCCESSOR_OF", QAA, SOL, "after his predecessor Qassem Suleimani", "2020-01"),
      ("ASSASSINATED_BY", SOL, US, "killed in a U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "killed in a U.S. drone strike", "2020-01-03"),
      ("MEMBER_OF", MUH, PMF, "PMF deputy chief Abu"),
      ("LOCATED_IN", "location:baghdad-international-airport", "location:baghdad",
       "outside Baghdad airport"),
      ],
     {"source": "blind set (Rudaw-style)", "published": "2021-11-08"}),

    ("arDC6_kurilla_erbil_baghdad", "ar",
     "أربيل (روداو) - استقبل رئيس حكومة إقليم كوردستان مسرور بارزاني، الأحد، قائد القيادة المركزية الأميركية "
     "الجنرال مايكل إريك كوريلا، وبحث معه مستقبل مهمة التحالف الدولي في العراق والتنسيق مع قوات البيشمركة.\n"
     "كما التقى كوريلا رئيس إقليم كوردستان نيجيرفان بارزاني ووزير شؤون البيشمركة شورش إسماعيل، وزار قاعدة "
     "حرير الجوية شمال أربيل.\n"
     "وكان الجنرال الأميركي قد وصل إلى بغداد السبت، حيث اجتمع برئيس الوزراء محمد شياع السوداني ووزير الدفاع "
     "ثابت العباسي، وفق بيان لسنتكوم.\n"
     "وقال القنصل العام الأميركي في أربيل مارك سترو لروداو إن واشنطن \"ملتزمة بأمن الإقليم\" بعد اتفاق "
     "بغداد وواشنطن على إنهاء مهمة التحالف في المناطق الاتحادية بحلول أيلول 2025، وفي الإقليم بحلول أيلول "
     "2026.\n"
     "وتولى كوريلا قيادة سنتكوم في نيسان 2022 خلفاً للجنرال كينيث ماكنزي، فيما رشّحت الإدارة الأميركية "
     "الأدميرال براد كوبر لخلافته. أما سترو فقد حلّ محل إيرفن هيكس قنصلاً عاماً في أربيل العام الماضي.",
     [("MET_WITH", MAS, KUR, "استقبل رئيس حكومة إقليم كوردستان", "2025-04"),
      ("LEADS", MAS, KRG, "استقبل رئيس حكومة إقليم كوردستان"),
      ("LEADS", KUR, CENTCOM, "قائد القيادة المركزية الأميركية"),
      ("MET_WITH", KUR, NECH, "كما التقى كوريلا", "2025-04"),
      ("MET_WITH", KUR, SHO, "كما التقى كوريلا", "2025-04"),
      ("LEADS", NECH, KRP, "كما التقى كوريلا"),
      ("LEADS", SHO, "organization:peshmerga-ministry", "ووزير شؤون البيشمركة شورش"),
      ("VISITED", KUR, "location:harir-base", "وزار قاعدة", "2025-04"),
      ("VISITED", KUR, "location:baghdad", "قد وصل إلى بغداد السبت", "2025-04"),
      ("MET_WITH", KUR, SUD, "حيث اجتمع برئيس الوزراء", "2025-04"),
      ("MET_WITH", KUR, ABB, "حيث اجتمع برئيس الوزراء", "2025-04"),
      ("LEADS", SUD, IRQ, "حيث اجتمع برئيس الوزراء"),
      ("LEADS", ABB, "organization:iraqi-defense-ministry", "ووزير الدفاع ثابت"),
      ("REPORTED_BY", STR, "outlet:rudaw", "سترو لروداو"),
      ("SUCCESSOR_OF", KUR, MCK, "خلفاً للجنرال كينيث", "2022-04"),
      ("SUCCESSOR_OF", STR, HIC, "فقد حلّ محل إيرفن", "2024"),
      ],
     {"source": "blind set (Rudaw Arabic-style)", "published": "2025-04-13"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDC")
