"""Blind set RR: Yemen 2011-2022 (second folder of RQ-RR): the US envoy Tim Lenderking's first meeting with the
Houthi negotiator in Muscat (February 2021), the Omani foreign minister's reception of Hans Grundberg during
the truce (August 2022), the signing of the Riyadh Agreement between Hadi's government and the Southern
Transitional Council (November 2019), Rashad al-Alimi's receptions of Grundberg and the US envoy after the
truce lapsed (November 2022), Khaled Bahah named prime minister after the Houthi takeover of Sanaa (October
2014), and the killing of Aden's governor Jaafar Mohammed Saad, claimed by the Islamic State (December 2015),
as a wire writes it in English (Reuters-like: "DUBAI, Feb 27 (Reuters) -", "two sources familiar with the
matter"), Oman's state agency in Arabic (ONA-like: "مسقط في 8 أغسطس /العُمانية/", "معالي السيد", "سعادة",
"حضر المقابلة"), a Saudi English daily (Arab News-like: "RIYADH:", "Crown Prince Mohammed bin Salman"), the
recognised government's state agency in Arabic (Saba-like, Riyadh edition: "فخامة الرئيس الدكتور", "الميليشيات
الحوثية"), a US wire in English (AP-like: "SANAA, Yemen (AP) —", "speaking on condition of anonymity") and a
Qatari TV site in Arabic (Al Jazeera Net-like: "تنظيم الدولة", "الرئيس المخلوع").
Pieces: Lenderking meets Abdulsalam in Muscat; Griffiths held talks with Zarif in Tehran (English, RR1);
Albusaidi receives Grundberg in the presence of al-Harthy; Grundberg had met Abdulsalam (Arabic, RR2); Mohammed
bin Salman, Mohamed bin Zayed, Hadi and al-Zubaidi attend the signing together; Maeen Abdulmalik replaced bin
Daghr (English, RR3); al-Alimi receives Grundberg in the presence of bin Mubarak, then Lenderking and Fagin
together (Arabic, RR4); Bahah replaces Basindawa; Hadi, Benomar and al-Mashat at the signing of the
partnership agreement; Benomar had met Abdul-Malik al-Houthi; Bahah meets Hadi (English, RR5); the Islamic
State claims the killing of Saad; Hadi names al-Zubaidi to succeed him and meets him in the presence of the
new security chief Shallal Shaye (Arabic, RR6).
Excluded on purpose (no relation): the postponed earlier meeting of Lenderking and Abdulsalam, his phone call
with Khalid bin Salman, Griffiths's Security Council briefing (RR1); Albusaidi's phone call with Faisal bin
Farhan (RR2); Khalid bin Salman's oversight of the indirect Jeddah talks, Griffiths's statement (RR3); al-
Alimi's phone call with Mohamed bin Zayed (RR4); bin Mubarak, named for the post but withdrawn (no
succession) (RR5); the local officials' accusation against the Houthis and Saleh's loyalists (a third party,
denied), the planned talks in Switzerland announced by Ould Cheikh Ahmed (RR6).
Judgement calls: a meeting reported by "two sources familiar with the matter" is stated as having happened
(RR1); "held talks with" is a meeting (RR1); an attendee ("حضر المقابلة", «بحضور») is paired with both principals
(RR2 al-Harthy, RR4 bin Mubarak, RR6 Shaye); "attended the signing ceremony ..., along with" is one meeting of
the four leaders (RR3), and the signing "in the presence of Hadi and the U.N. envoy" by the Houthis'
representative is one meeting of the three (RR5); "استقبل ... A، و B ... وبحث معهما" is one meeting of the three
(RR4); the new governor and security chief referred to by their posts only («المحافظ الجديد»، «مدير الأمن»)
are the men named in the sentence before (RR6); "خلفاً للمحافظ الراحل" after the killing is a succession
(RR6); "the Islamic State claimed" the killing is ASSASSINATED_BY the claimant (RR6); a prime minister LEADS
the country (RR3 Maeen Abdulmalik); a foreign minister LEADS his ministry where it has an id (RR2 Albusaidi).
Filled in for the exercise: the postponed meeting, the phone call with Khalid bin Salman, the Omani role (RR1);
the date of the audience, al-Harthy's presence, Grundberg's meeting with Abdulsalam the day before, the phone
call (RR2); the wording of the crown prince's speech, Maeen Abdulmalik's return (RR3); the date and place of
the receptions, bin Mubarak's presence, the phone call (RR4); the date of Benomar's meeting in Saada, Bahah's
meeting with Hadi (RR5); Hadi's meeting with the new governor and Shaye's presence, the local officials'
accusation (RR6).
Spellings: "Mohammed Abdulsalam", "Mohammad Javad Zarif" (RR1); "بدر بن حمد البوسعيدي", "هانس غروندبرغ",
"محمد عبدالسلام", "السلطان هيثم بن طارق" (RR2); "Mohammed bin Zayed", "Abed Rabbo Mansour Hadi", "Aidarous
Al-Zubaidi", "Ahmed Obaid bin Dagher" (RR3); "رشاد محمد العليمي", "تيم ليندركينغ", "ستيفن فاجن" (RR4); "Mohammed
Basindwa", "Jamal Benomar", "Abdul-Malik al-Houthi" (RR5); "جعفر محمد سعد", "عيدروس قاسم الزبيدي", "شلال علي
شائع" (RR6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rr import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN, OMAN, UAE, US, IRAN = ("country:yemen", "country:oman", "country:united-arab-emirates",
                              "country:united-states", "country:iran")
HOUTHIS, PLC, STC, ISIS, OMANI_FM, SAUDI_FM = (
    "organization:houthis", "organization:presidential-leadership-council",
    "organization:southern-transitional-council", "organization:islamic-state", "organization:omani-foreign-ministry",
    "organization:saudi-foreign-ministry")
HADI, BASINDAWA, BAHAH, BIN_MUBARAK, BIN_DAGHR, MAEEN, ALIMI, ZUBAIDI, SAAD, SHAYE = (
    "person:abdrabbuh-mansur-hadi", "person:mohammed-basindawa", "person:khaled-bahah",
    "person:ahmed-awad-bin-mubarak", "person:ahmed-obaid-bin-daghr", "person:maeen-abdulmalik",
    "person:rashad-al-alimi", "person:aidarous-al-zubaidi", "person:jaafar-mohammed-saad", "person:shallal-shaye")
ABDULMALIK, MASHAT, ABDULSALAM = ("person:abdul-malik-al-houthi", "person:mahdi-al-mashat",
                                  "person:mohammed-abdulsalam")
BENOMAR, GRIFFITHS, GRUNDBERG = "person:jamal-benomar", "person:martin-griffiths", "person:hans-grundberg"
MBS, MBZ, HAITHAM, ALBUSAIDI, HARTHY, FAISAL = (
    "person:mohammed-bin-salman", "person:mohamed-bin-zayed", "person:haitham-bin-tariq", "person:badr-albusaidi",
    "person:khalifa-al-harthy", "person:faisal-bin-farhan")
LENDERKING, FAGIN, BIDEN, ZARIF = ("person:tim-lenderking", "person:steven-fagin", "person:joe-biden",
                                   "person:mohammad-javad-zarif")

REUTERS = "blind set (international news wire, English, Reuters-like)"
ONA = "blind set (Omani state news agency, Arabic, ONA-like)"
ARAB_NEWS = "blind set (Saudi English-language daily, Arab News-like)"
SABA = "blind set (Yemeni government news agency, Arabic, Saba-like, Riyadh/Aden edition)"
AP = "blind set (US news wire, English, AP-like)"
JAZEERA = "blind set (Qatari TV news site, Arabic, Al Jazeera Net-like)"

ARTICLES = [
    ("enRR1_lenderking_muscat_reuters", "en",
     "U.S. envoy met Houthi negotiator in Oman as Washington pushes to end Yemen war - sources\n"
     "DUBAI, Feb 27 (Reuters) - U.S. special envoy for Yemen Tim Lenderking met the Houthi movement's chief "
     "negotiator, Mohammed Abdulsalam, in the Omani capital Muscat on Friday, two sources familiar with the matter "
     "told Reuters, the first direct contact between the Biden administration and the Iran-aligned group.\n"
     "The meeting, which Omani officials helped arrange, focused on a nationwide ceasefire proposal and the "
     "reopening of Sanaa airport, one of the sources said. Neither the State Department nor the Houthis commented.\n"
     "The talks come as the Houthis press an offensive on the gas-rich Marib region, the government's last "
     "northern stronghold, and days after President Joe Biden's administration revoked the group's designation as "
     "a terrorist organisation.\n"
     "Lenderking had been due to see Abdulsalam earlier this month but the session was postponed, the sources "
     "said. The U.S. envoy also spoke by phone on Thursday with Saudi Vice Minister of Defence Prince Khalid bin "
     "Salman.\n"
     "U.N. envoy Martin Griffiths, who held talks with Iranian Foreign Minister Mohammad Javad Zarif in Tehran "
     "earlier this month on his first visit to the Islamic Republic, briefed the Security Council on Thursday and "
     "warned that the Marib offensive was \"putting the prospects of peace at risk.\"",
     [("MET_WITH", LENDERKING, ABDULSALAM, "met the Houthi movement's chief", "2021-02-26"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "chief negotiator, Mohammed Abdulsalam"),
      ("LEADS", BIDEN, US, "President Joe Biden's administration"),
      ("MET_WITH", GRIFFITHS, ZARIF, "who held talks with Iranian Foreign Minister", "2021-02-07"),
      ("VISITED", GRIFFITHS, IRAN, "on his first visit to the Islamic Republic", "2021-02-07"),
      ],
     {"source": REUTERS, "published": "2021-02-27"}),

    ("arRR2_albusaidi_grundberg_ona", "ar",
     "وزير الخارجية يستقبل المبعوث الأممي الخاص إلى اليمن\n"
     "مسقط في 8 أغسطس /العُمانية/\n"
     "استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية، بديوان عام الوزارة اليوم، سعادة هانس غروندبرغ "
     "المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن.\n"
     "وجرى خلال المقابلة استعراض الجهود المبذولة لتثبيت الهدنة الإنسانية التي جرى تمديدها مطلع الشهر الجاري "
     "لشهرين إضافيين، وسبل البناء عليها للتوصل إلى تسوية سياسية شاملة.\n"
     "وأكد معاليه حرص سلطنة عُمان، انطلاقاً من توجيهات حضرة صاحب الجلالة السلطان هيثم بن طارق المعظم، على "
     "مواصلة دعم مساعي الأمم المتحدة لإحلال السلام في اليمن.\n"
     "حضر المقابلة سعادة الشيخ خليفة بن علي الحارثي وكيل وزارة الخارجية للشؤون الدبلوماسية.\n"
     "وكان المبعوث الأممي قد التقى في مسقط أمس رئيس وفد صنعاء المفاوض محمد عبدالسلام، وبحث معه ملف فتح الطرق "
     "إلى مدينة تعز.\n"
     "من جهة أخرى، تلقى معالي السيد وزير الخارجية اتصالاً هاتفياً من صاحب السمو الأمير فيصل بن فرحان آل سعود "
     "وزير خارجية المملكة العربية السعودية الشقيقة، جرى خلاله تبادل وجهات النظر حول مستجدات الملف اليمني.",
     [("MET_WITH", ALBUSAIDI, GRUNDBERG, "سعادة هانس غروندبرغ", "2022-08-08"),
      ("LEADS", ALBUSAIDI, OMANI_FM, "البوسعيدي وزير الخارجية، بديوان"),
      ("LEADS", HAITHAM, OMAN, "صاحب الجلالة السلطان هيثم"),
      ("MET_WITH", HARTHY, ALBUSAIDI, "حضر المقابلة سعادة الشيخ", "2022-08-08"),
      ("MET_WITH", HARTHY, GRUNDBERG, "خليفة بن علي الحارثي وكيل", "2022-08-08"),
      ("MEMBER_OF", HARTHY, OMANI_FM, "وكيل وزارة الخارجية للشؤون"),
      ("MET_WITH", GRUNDBERG, ABDULSALAM, "رئيس وفد صنعاء المفاوض", "2022-08-07"),
      ("LEADS", FAISAL, SAUDI_FM, "وزير خارجية المملكة العربية السعودية"),
      ],
     {"source": ONA, "published": "2022-08-08"}),

    ("enRR3_riyadh_agreement_arabnews", "en",
     "Riyadh Agreement signed in presence of Saudi, Abu Dhabi crown princes and Hadi\n"
     "RIYADH: Yemen's government and the southern separatists signed a power-sharing deal in Riyadh on Tuesday, "
     "ending months of infighting in Aden that had opened a war within the war against the Iran-backed Houthi "
     "militia.\n"
     "Crown Prince Mohammed bin Salman, Abu Dhabi Crown Prince Sheikh Mohammed bin Zayed and Yemeni President "
     "Abed Rabbo Mansour Hadi attended the signing ceremony at Al-Yamamah Palace, along with Southern Transitional "
     "Council (STC) President Aidarous Al-Zubaidi.\n"
     "\"This agreement will open, God willing, a new period of stability in Yemen,\" the crown prince said in a "
     "speech broadcast by Al-Ekhbariya.\n"
     "Under the deal, brokered during weeks of indirect talks in Jeddah overseen by Deputy Defense Minister Prince "
     "Khalid bin Salman, a new cabinet of no more than 24 ministers will be formed within 30 days, with the south "
     "given half of the portfolios. Prime Minister Maeen Abdulmalik, who replaced Ahmed Obaid bin Dagher in "
     "October last year, is expected to return to Aden within a week.\n"
     "UN envoy Martin Griffiths called the agreement \"an important step\" and said he would brief the Security "
     "Council later this month. The Houthis dismissed it as a deal \"between occupiers.\"",
     met_group({MBS: "Crown Prince Mohammed bin Salman, Abu Dhabi", MBZ: "Abu Dhabi Crown Prince Sheikh",
                HADI: "Yemeni President Abed Rabbo Mansour Hadi attended",
                ZUBAIDI: "Council (STC) President Aidarous Al-Zubaidi"}, "2019-11-05") + [
      ("LEADS", HADI, YEMEN, "Yemeni President Abed Rabbo"),
      ("LEADS", ZUBAIDI, STC, "along with Southern Transitional"),
      ("SUCCESSOR_OF", MAEEN, BIN_DAGHR, "who replaced Ahmed Obaid bin Dagher", "2018-10-15"),
      ("LEADS", MAEEN, YEMEN, "Prime Minister Maeen Abdulmalik"),
      ],
     {"source": ARAB_NEWS, "published": "2019-11-06"}),

    ("arRR4_alimi_grundberg_saba", "ar",
     "رئيس مجلس القيادة الرئاسي يستقبل المبعوث الأممي ويحمّل الميليشيات الحوثية مسؤولية إفشال الهدنة\n"
     "الرياض - سبأ\n"
     "استقبل فخامة الرئيس الدكتور رشاد محمد العليمي، رئيس مجلس القيادة الرئاسي، اليوم في الرياض، المبعوث الخاص "
     "للأمين العام للأمم المتحدة إلى اليمن هانس غروندبرغ، بحضور وزير الخارجية وشؤون المغتربين الدكتور أحمد عوض "
     "بن مبارك.\n"
     "وجرى خلال اللقاء مناقشة مستجدات الجهود الأممية لتجديد الهدنة التي انتهت في الثاني من أكتوبر الماضي دون "
     "تمديد، جراء تعنت الميليشيات الحوثية ورفضها المقترح الأممي.\n"
     "وأكد فخامة الرئيس أن الهجمات الإرهابية على موانئ تصدير النفط في حضرموت وشبوة «تتطلب موقفاً دولياً "
     "حازماً يتجاوز بيانات الإدانة».\n"
     "وفي وقت لاحق، استقبل رئيس مجلس القيادة الرئاسي المبعوث الأمريكي الخاص إلى اليمن تيم ليندركينغ، والسفير "
     "الأمريكي لدى بلادنا ستيفن فاجن، وبحث معهما العلاقات الثنائية والدعم الأمريكي لجهود إحلال السلام.\n"
     "إلى ذلك، تلقى الرئيس العليمي اتصالاً هاتفياً من أخيه صاحب السمو الشيخ محمد بن زايد آل نهيان، رئيس دولة "
     "الإمارات العربية المتحدة، أكد خلاله وقوف بلاده إلى جانب الشعب اليمني وقيادته الشرعية.",
     [("LEADS", ALIMI, PLC, "رشاد محمد العليمي، رئيس مجلس القيادة"),
      ("MET_WITH", ALIMI, GRUNDBERG, "إلى اليمن هانس غروندبرغ، بحضور", "2022-11-13"),
      ("MET_WITH", BIN_MUBARAK, ALIMI, "بحضور وزير الخارجية وشؤون المغتربين", "2022-11-13"),
      ("MET_WITH", BIN_MUBARAK, GRUNDBERG, "الدكتور أحمد عوض", "2022-11-13"),
      ] + met_group({ALIMI: "استقبل رئيس مجلس القيادة الرئاسي المبعوث", LENDERKING: "إلى اليمن تيم ليندركينغ",
                     FAGIN: "والسفير الأمريكي لدى بلادنا"}, "2022-11-13") + [
      ("LEADS", MBZ, UAE, "رئيس دولة الإمارات العربية المتحدة"),
      ],
     {"source": SABA, "published": "2022-11-13"}),

    ("enRR5_bahah_named_pm_ap", "en",
     "Yemen's president names UN envoy Bahah as new prime minister\n"
     "SANAA, Yemen (AP) \u2014 Yemen's president on Monday named the country's ambassador to the United Nations, "
     "Khaled Bahah, as the new prime minister, after the Shiite rebels who overran the capital last month "
     "endorsed the choice.\n"
     "Bahah replaces Mohammed Basindwa, who resigned on Sept. 21 as the Houthi rebels seized government buildings "
     "in Sanaa, and will form a government of technocrats under a U.N.-brokered deal signed that night.\n"
     "Last week, President Abed Rabbo Mansour Hadi had tapped his chief of staff, Ahmed Awad bin Mubarak, for the "
     "job, but bin Mubarak withdrew a day later after the Houthis rejected him.\n"
     "The peace and partnership agreement was signed at the presidential palace in the presence of Hadi and the "
     "U.N. envoy, Jamal Benomar, by representatives of the main parties, including the Houthis' Mahdi al-Mashat.\n"
     "Benomar, who met rebel leader Abdul-Malik al-Houthi in his northern stronghold of Saada earlier in September, "
     "told reporters the nomination of Bahah was \"an important step to implement the agreement.\"\n"
     "Bahah flew in from New York and met Hadi on Monday evening at his residence, an official in the president's "
     "office said, speaking on condition of anonymity because he was not authorized to brief reporters.",
     [("SUCCESSOR_OF", BAHAH, BASINDAWA, "Bahah replaces Mohammed Basindwa", "2014-10-13"),
      ("LEADS", HADI, YEMEN, "President Abed Rabbo Mansour Hadi had"),
      ] + met_group({HADI: "in the presence of Hadi and the", BENOMAR: "Jamal Benomar, by representatives",
                     MASHAT: "including the Houthis' Mahdi al-Mashat"}, "2014-09-21") + [
      ("MEMBER_OF", MASHAT, HOUTHIS, "the Houthis' Mahdi al-Mashat"),
      ("MET_WITH", BENOMAR, ABDULMALIK, "who met rebel leader Abdul-Malik al-Houthi", "2014-09"),
      ("LEADS", ABDULMALIK, HOUTHIS, "rebel leader Abdul-Malik al-Houthi"),
      ("MET_WITH", BAHAH, HADI, "met Hadi on Monday evening", "2014-10-13"),
      ],
     {"source": AP, "published": "2014-10-13"}),

    ("arRR6_aden_governor_aljazeera", "ar",
     "تنظيم الدولة يتبنى اغتيال محافظ عدن.. وهادي يعيّن الزبيدي خلفاً له\n"
     "الجزيرة نت - عدن\n"
     "أعلن تنظيم الدولة الإسلامية مسؤوليته عن تفجير سيارة مفخخة استهدف أمس الأحد موكب محافظ عدن اللواء جعفر "
     "محمد سعد في حي التواهي غربي المدينة، مما أدى إلى مقتله مع ستة من مرافقيه.\n"
     "وقال التنظيم في بيان نشرته وكالة أعماق التابعة له إن أحد عناصره فجّر السيارة لدى مرور الموكب، متوعداً "
     "بمزيد من العمليات.\n"
     "في المقابل، اتهم مسؤولون محليون في عدن الحوثيين وأنصار الرئيس المخلوع علي عبد الله صالح بالوقوف وراء "
     "العملية، وهو ما نفاه الطرفان.\n"
     "وأصدر الرئيس عبد ربه منصور هادي اليوم الاثنين قراراً جمهورياً بتعيين القيادي في الحراك الجنوبي العميد "
     "عيدروس قاسم الزبيدي محافظاً لعدن خلفاً للمحافظ الراحل، كما عيّن العميد شلال علي شائع مديراً لأمن "
     "المحافظة.\n"
     "والتقى هادي في قصر المعاشيق المحافظ الجديد بحضور مدير الأمن، وشدد على ضرورة تثبيت الأمن في العاصمة "
     "المؤقتة.\n"
     "ويأتي الاغتيال قبل أيام من انطلاق مشاورات السلام التي دعا إليها المبعوث الأممي إسماعيل ولد الشيخ أحمد في "
     "سويسرا منتصف الشهر الجاري، والتي يُنتظر أن تجمع وفدي الحكومة والحوثيين للمرة الأولى منذ بدء عمليات "
     "التحالف العربي بقيادة السعودية في مارس الماضي.",
     [("ASSASSINATED_BY", SAAD, ISIS, "أعلن تنظيم الدولة الإسلامية مسؤوليته", "2015-12-06"),
      ("SUCCESSOR_OF", ZUBAIDI, SAAD, "محافظاً لعدن خلفاً للمحافظ الراحل", "2015-12-07"),
      ("LEADS", HADI, YEMEN, "وأصدر الرئيس عبد ربه منصور هادي"),
      ("MET_WITH", HADI, ZUBAIDI, "المحافظ الجديد بحضور", "2015-12-07"),
      ("MET_WITH", SHAYE, HADI, "بحضور مدير الأمن", "2015-12-07"),
      ("MET_WITH", SHAYE, ZUBAIDI, "مدير الأمن، وشدد", "2015-12-07"),
      ],
     {"source": JAZEERA, "published": "2015-12-07"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRR")
