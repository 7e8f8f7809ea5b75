"""Blind set OB: Iraq 2014-2019, the war on the Islamic State and after (second folder of OA-OB): Barham Salih's
election and his naming of Adil Abdul-Mahdi to replace Haider al-Abadi (October 2018), Qasem Soleimani with the
Popular Mobilization commanders at the Tikrit front (March 2015), Abadi's talks in Ankara after the Kurdish
referendum and the fall of Kirkuk (October 2017), Nechirvan Barzani's swearing-in as President of the Kurdistan
Region (June 2019), Donald Trump's visit to Ain al-Asad after the resignations of Jim Mattis and Brett McGurk
(December 2018), and the drone strike near al-Qaim that the PMF blamed on Israel (August 2019), as a US wire
writes it in English (AP-like: "BAGHDAD (AP) -", "the Islamic State group"), Iran's Arabic-language TV site
(Al-Alam-like: "الحاج قاسم سليماني", "عصابات داعش التكفيرية", "حرس الثورة الإسلامية"), Turkey's state agency in
English (Anadolu-like: "presidential sources, who spoke on condition of anonymity due to restrictions on talking
to the media"), a KDP-aligned Kurdish TV site in Arabic (Kurdistan24-like: "أربيل - كوردستان 24", "الرئيس
نيجيرفان بارزاني"), a London daily in English (Guardian-like: "the defence secretary, Jim Mattis", "Guardian
staff and agencies") and a Beirut pan-Arab TV site in Arabic (Al Mayadeen-like: "الاعتداءات الصهيونية").
Pieces: Salih elected, succeeds Masum; Abdul-Mahdi replaces Abadi (English, OB1); Soleimani meets the PMF
commanders al-Muhandis and al-Amiri near Tikrit, Abadi meets the governor of Salahuddin in Samarra, Taqavi
killed by an IS sniper (Arabic, OB2); Erdogan receives Abadi, Abadi holds talks with Yildirim (English, OB3);
Nechirvan Barzani sworn in to succeed Masoud Barzani, meets Zarif, then al-Halbousi in the presence of Qubad
Talabani (Arabic, OB4); Shanahan to take over from Mattis, McGurk quits (English, OB5); Abdul-Mahdi receives
al-Fayyadh and al-Muhandis together, Kadhim Mohsen killed in a drone strike (Arabic, OB6).
Excluded on purpose (no relation): Pompeo's congratulation call to Abdul-Mahdi, Sadr and al-Amiri who "led" the
two blocs (no entity for the blocs) (OB1); the coalition's denial of coordination, Dempsey-like statements left
out (OB2); Abadi's expected meeting with Rouhani in Tehran (planned), the Kirkuk takeover (OB3); the guests at
the swearing-in ceremony (a ceremony, not a meeting), Masrour Barzani's designation, which is only scheduled
("من المقرر أن يكلف ... خلفاً له"), Abdul-Mahdi's absence (OB4); the called-off Trump-Abdul-Mahdi meeting and
their phone call, Trump "met troops and senior military commanders" (no names), Bolton who "accompanied"
Trump, Jeffrey who is "expected" to take on McGurk's duties (OB5); Kadhim Mohsen's killing, which the PMF
"accused" Israel of (no agent stated by the outlet), Muhandis's accusation against the US forces, Pompeo's
phone call, Netanyahu's refusal to comment (OB6).
Judgement calls: "He succeeds Fuad Masum" and "He replaces Haider al-Abadi" (a premier-designate) are
successions (OB1); "a former prime minister of the Kurdistan Regional Government" LEADS the KRG (OB1);
"اجتمع بقادة فصائل الحشد الشعبي، وفي مقدمتهم A وB" is one meeting of the three (OB2); "استشهد ... برصاص قناص
من داعش" gives Taqavi -> the Islamic State (the outlet states the agent) (OB2); a prime minister LEADS the
country (Yildirim, Abadi) (OB3); "خلفاً للرئيس مسعود بارزاني" is a succession although the post was vacant
in between (OB4); "التقى ... بالحلبوسي، بحضور ... قوباد طالباني" pairs Qubad Talabani with both principals (OB4);
"would take over from him as acting secretary" (announced by Trump) is a succession (OB5); "استقبل الفياض
والمهندس" together is a meeting of the three (OB6); "ونائبه"/"نائب رئيس هيئة الحشد" is MEMBER_OF the PMF.
Filled in for the exercise: Pompeo's call (OB1); the sources, the meeting's place, al-Amiri's quote, Abadi's
meeting with the governor (OB2); the length of the Erdogan meeting, Yildirim's quote, the Habur statement
(OB3); al-Halbousi's presence and meeting, Qubad Talabani's presence, the Gorran boycott (OB4); the wording
(OB5); the Thursday meeting of Abdul-Mahdi with al-Fayyadh and al-Muhandis, Pompeo's call (OB6).
Spellings: "Adil Abdul-Mahdi", "Fuad Masum", "Mohammed al-Halbousi" (OB1); "الحاج أبو مهدي المهندس"، "حميد
تقوي" (OB2); "Binali Yildirim", "Mevlut Cavusoglu" (OB3); "نيجيرفان بارزاني"، "قوباد طالباني"، "مسرور بارزاني"
(OB4); "Jim Mattis", "Adil Abdul-Mahdi", "Al Asad airbase" (OB5); "كاظم محسن" / "أبي علي الدبي"، "فالح
الفياض" (OB6).
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

IRAQ, TURKEY, ISRAEL = "country:iraq", "country:turkey", "country:israel"
AIN_AL_ASAD = "location:ain-al-asad-air-base"
IS, PMF, BADR, QUDS = ("organization:islamic-state", "organization:popular-mobilization-forces",
                       "organization:badr-organization", "organization:quds-force")
IQPARL, KRP, KRG, KRSC, KDP, IRFM, TRFM, USSD, DOD = (
    "organization:iraqi-parliament", "organization:kurdistan-region-presidency",
    "organization:kurdistan-regional-government", "organization:kurdistan-region-security-council",
    "organization:kurdistan-democratic-party", "organization:iranian-foreign-ministry",
    "organization:turkish-foreign-ministry", "organization:us-state-department",
    "organization:us-department-of-defense")
ABADI, ABDULMAHDI, SALIH, MASUM, HALBOUSI, FUAD_HUSSEIN, JUBOURI = (
    "person:haider-al-abadi", "person:adil-abdul-mahdi", "person:barham-salih", "person:fuad-masum",
    "person:mohammed-al-halbousi", "person:fuad-hussein", "person:raed-al-jubouri")
MUHANDIS, FAYYADH, AMIRI, MOHSEN = ("person:abu-mahdi-al-muhandis", "person:falih-al-fayyadh",
                                    "person:hadi-al-amiri", "person:kadhim-mohsen")
MASOUD, NECHIRVAN, MASROUR, QUBAD = ("person:masoud-barzani", "person:nechirvan-barzani", "person:masrour-barzani",
                                     "person:qubad-talabani")
SOLEIMANI, TAQAVI, ZARIF = "person:qasem-soleimani", "person:hamid-taqavi", "person:mohammad-javad-zarif"
TRUMP, MCGURK, JEFFREY, POMPEO, MATTIS, SHANAHAN = (
    "person:donald-trump", "person:brett-mcgurk", "person:james-jeffrey", "person:mike-pompeo",
    "person:james-mattis", "person:patrick-shanahan")
ERDOGAN, YILDIRIM, CAVUSOGLU, NETANYAHU = ("person:recep-tayyip-erdogan", "person:binali-yildirim",
                                           "person:mevlut-cavusoglu", "person:benjamin-netanyahu")

AP = "blind set (US news wire, English, AP-like)"
ALALAM = "blind set (Iranian Arabic-language TV news site, Al-Alam-like)"
ANADOLU = "blind set (Turkish state news agency, English service, Anadolu-like)"
K24 = "blind set (KDP-aligned Kurdish TV news site, Arabic, Kurdistan24-like)"
GUARDIAN = "blind set (London daily, English, Guardian-like)"
MAYADEEN = "blind set (Beirut pan-Arab TV news site, Arabic, Al Mayadeen-like)"

ARTICLES = [
    ("enOB1_salih_names_abdul_mahdi_ap", "en",
     "Iraq's new president names veteran Shiite politician as premier\n"
     "BAGHDAD (AP) - Iraq's parliament elected Kurdish politician Barham Salih as the country's new president on "
     "Tuesday, and within hours he named Adil Abdul-Mahdi, a former vice president and oil minister, as prime "
     "minister-designate, ending months of political deadlock after the May elections.\n"
     "Salih, a former prime minister of the Kurdistan Regional Government, won 219 votes in the second round "
     "against Fuad Hussein, the candidate of the Kurdistan Democratic Party. He succeeds Fuad Masum, who held the "
     "largely ceremonial post since 2014.\n"
     "Abdul-Mahdi, 76, now has 30 days to form a Cabinet. He replaces Haider al-Abadi, who led the country through "
     "the three-year war against the Islamic State group but failed to secure a second term after his bloc came "
     "third in the vote.\n"
     "Abdul-Mahdi is seen as a consensus candidate agreed upon by the two largest blocs in parliament, one led by "
     "the populist Shiite cleric Muqtada al-Sadr and the other by Hadi al-Amiri, a leader of the Iranian-backed "
     "militias that fought the extremists.\n"
     "Parliament Speaker Mohammed al-Halbousi, a Sunni, was elected last month. U.S. Secretary of State Mike "
     "Pompeo called Abdul-Mahdi to congratulate him, the State Department said.",
     [("SUCCESSOR_OF", SALIH, MASUM, "He succeeds Fuad Masum", "2018-10-02"),
      ("LEADS", SALIH, KRG, "a former prime minister of the Kurdistan Regional Government"),
      ("MEMBER_OF", FUAD_HUSSEIN, KDP, "the candidate of the Kurdistan Democratic Party"),
      ("SUCCESSOR_OF", ABDULMAHDI, ABADI, "He replaces Haider al-Abadi", "2018-10-02"),
      ("LEADS", ABADI, IRAQ, "who led the country through"),
      ("LEADS", HALBOUSI, IQPARL, "Parliament Speaker Mohammed al-Halbousi"),
      ("LEADS", POMPEO, USSD, "U.S. Secretary of State Mike"),
      ],
     {"source": AP, "published": "2018-10-02"}),

    ("arOB2_soleimani_tikrit_front_alalam", "ar",
     "الحاج قاسم سليماني في خطوط المواجهة الأولى بمحيط تكريت\n"
     "العالم - العراق\n"
     "أفادت مصادر ميدانية لقناة العالم، اليوم الخميس، بأن قائد قوة القدس في حرس الثورة الإسلامية اللواء الحاج "
     "قاسم سليماني يشرف ميدانياً على عمليات تحرير مدينة تكريت من عصابات داعش التكفيرية.\n"
     "وأضافت المصادر أن اللواء سليماني اجتمع في مقر العمليات شرقي صلاح الدين بقادة فصائل الحشد الشعبي، وفي "
     "مقدمتهم نائب رئيس هيئة الحشد الحاج أبو مهدي المهندس والأمين العام لمنظمة بدر هادي العامري، واطلع منهم على "
     "سير المعارك.\n"
     "من جهته، أكد العامري في تصريح للعالم أن القوات العراقية والحشد \"لا تحتاج إلى غطاء جوي من التحالف "
     "الأميركي\"، وأن تحرير تكريت \"مسألة أيام\".\n"
     "وكان رئيس الوزراء العراقي حيدر العبادي قد وصل إلى سامراء مطلع الأسبوع، حيث التقى محافظ صلاح الدين رائد "
     "الجبوري وقادة الجيش والحشد، وأعلن انطلاق العمليات.\n"
     "ويأتي ذلك بعد أكثر من شهرين على استشهاد العميد في حرس الثورة الإسلامية حميد تقوي في سامراء برصاص قناص من "
     "داعش، أثناء قيامه بمهمة استشارية.\n"
     "في المقابل، نفى متحدث باسم التحالف الدولي وجود أي تنسيق مع المستشارين الإيرانيين في العراق.",
     [("LEADS", SOLEIMANI, QUDS, "قائد قوة القدس في حرس الثورة"),
      ] + met_group({SOLEIMANI: "وأضافت المصادر أن اللواء سليماني", MUHANDIS: "الحاج أبو مهدي المهندس",
                     AMIRI: "بدر هادي العامري، واطلع"}, "2015-03-05") + [
      ("MEMBER_OF", MUHANDIS, PMF, "نائب رئيس هيئة الحشد الحاج"),
      ("LEADS", AMIRI, BADR, "والأمين العام لمنظمة بدر"),
      ("LEADS", ABADI, IRAQ, "رئيس الوزراء العراقي حيدر العبادي"),
      ("MET_WITH", ABADI, JUBOURI, "حيث التقى محافظ صلاح الدين", "2015-03-01"),
      ("ASSASSINATED_BY", TAQAVI, IS, "برصاص قناص من", "2014-12-28"),
      ],
     {"source": ALALAM, "published": "2015-03-05"}),

    ("enOB3_erdogan_receives_abadi_anadolu", "en",
     "Erdogan, Iraqi premier discuss KRG referendum in Ankara\n"
     "ANKARA - Turkish President Recep Tayyip Erdogan on Wednesday received Iraqi Prime Minister Haider al-Abadi "
     "at the Presidential Complex in the capital Ankara.\n"
     "The meeting, closed to the press, lasted around two and a half hours, according to presidential sources, who "
     "spoke on condition of anonymity due to restrictions on talking to the media.\n"
     "Earlier in the day, Abadi held talks with Prime Minister Binali Yildirim, who told a joint news conference "
     "that Turkey would hand over the Habur border gate to the central government in Baghdad.\n"
     "\"We have taken decisive steps together against the illegitimate referendum,\" Yildirim said.\n"
     "The Iraqi premier later flew to Tehran, where he is expected to meet President Hassan Rouhani.\n"
     "The visit came after Iraqi forces took control of Kirkuk from Peshmerga forces on Oct. 16, weeks after the "
     "Kurdish Regional Government held the non-binding independence vote on Sept. 25 despite warnings from Ankara, "
     "Baghdad and Tehran.\n"
     "KRG President Masoud Barzani, who organized the vote, on Wednesday offered to \"freeze\" its results. "
     "Turkey's Foreign Minister Mevlut Cavusoglu dismissed the offer, saying the results must be annulled.",
     [("MET_WITH", ERDOGAN, ABADI, "received Iraqi Prime Minister Haider al-Abadi", "2017-10-25"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan"),
      ("LEADS", ABADI, IRAQ, "Iraqi Prime Minister Haider"),
      ("MET_WITH", ABADI, YILDIRIM, "Abadi held talks with Prime Minister", "2017-10-25"),
      ("LEADS", YILDIRIM, TURKEY, "Prime Minister Binali Yildirim"),
      ("LEADS", MASOUD, KRP, "KRG President Masoud Barzani"),
      ("LEADS", CAVUSOGLU, TRFM, "Foreign Minister Mevlut Cavusoglu"),
      ],
     {"source": ANADOLU, "published": "2017-10-25"}),

    ("arOB4_nechirvan_sworn_in_k24", "ar",
     "نيجيرفان بارزاني يؤدي اليمين رئيساً لإقليم كوردستان بحضور إقليمي ودولي\n"
     "أربيل - كوردستان 24\n"
     "أدى نيجيرفان بارزاني، اليوم الاثنين، اليمين الدستورية أمام برلمان كوردستان رئيساً لإقليم كوردستان، خلفاً "
     "للرئيس مسعود بارزاني الذي تنحى عن المنصب في تشرين الثاني 2017 عقب الاستفتاء على الاستقلال.\n"
     "وحضر مراسم التنصيب رئيس مجلس النواب العراقي محمد الحلبوسي ووزير الخارجية الإيراني محمد جواد ظريف، إلى "
     "جانب عدد من السفراء والقناصل.\n"
     "وعلى هامش المراسم، اجتمع الرئيس نيجيرفان بارزاني بالوزير ظريف، وبحث الجانبان العلاقات بين الإقليم "
     "والجمهورية الإسلامية والتوتر بين طهران وواشنطن.\n"
     "كما التقى رئيس الإقليم الحلبوسي، بحضور نائب رئيس حكومة الإقليم قوباد طالباني.\n"
     "وفي كلمته، تعهد بارزاني بأن يكون \"رئيساً لجميع المكونات\"، مؤكداً أن حل المشكلات مع بغداد يجب أن يتم "
     "عبر الدستور.\n"
     "ومن المقرر أن يكلف الرئيس الجديد مستشار مجلس أمن الإقليم مسرور بارزاني بتشكيل الكابينة التاسعة خلفاً له.\n"
     "في المقابل، قاطع نواب حركة التغيير جلسة أداء اليمين، فيما غاب عن المراسم رئيس الوزراء العراقي عادل عبد "
     "المهدي الذي أوفد ممثلاً عنه.",
     [("SUCCESSOR_OF", NECHIRVAN, MASOUD, "للرئيس مسعود بارزاني الذي تنحى", "2019-06-10"),
      ("LEADS", NECHIRVAN, KRP, "رئيساً لإقليم كوردستان، خلفاً"),
      ("LEADS", HALBOUSI, IQPARL, "رئيس مجلس النواب العراقي محمد"),
      ("LEADS", ZARIF, IRFM, "ووزير الخارجية الإيراني محمد"),
      ("MET_WITH", NECHIRVAN, ZARIF, "بالوزير ظريف", "2019-06-10"),
      ] + met_group({NECHIRVAN: "كما التقى رئيس الإقليم", HALBOUSI: "رئيس الإقليم الحلبوسي",
                     QUBAD: "حكومة الإقليم قوباد طالباني"}, "2019-06-10") + [
      ("MEMBER_OF", QUBAD, KRG, "نائب رئيس حكومة الإقليم قوباد"),
      ("LEADS", MASROUR, KRSC, "مستشار مجلس أمن الإقليم مسرور"),
      ("LEADS", ABDULMAHDI, IRAQ, "رئيس الوزراء العراقي عادل"),
      ],
     {"source": K24, "published": "2019-06-10"}),

    ("enOB5_trump_al_asad_guardian", "en",
     "Trump makes surprise visit to US troops in Iraq but no meeting with PM\n"
     "Guardian staff and agencies\n"
     "Donald Trump has made a surprise visit to American troops in Iraq, his first trip to a conflict zone since "
     "taking office, a week after announcing the withdrawal of US forces from neighbouring Syria.\n"
     "The president and the first lady, Melania Trump, landed at the Al Asad airbase west of Baghdad on Wednesday "
     "evening under cover of darkness and spent about three hours on the ground, where Trump met troops and senior "
     "military commanders.\n"
     "A planned meeting with the Iraqi prime minister, Adil Abdul-Mahdi, was called off after the two sides "
     "disagreed over the venue; instead the two men spoke by phone, the prime minister's office said. Several Iraqi "
     "politicians condemned the visit as a violation of sovereignty.\n"
     "The trip came after a turbulent week in Washington. The defence secretary, Jim Mattis, resigned in protest at "
     "the Syria decision, and Trump said the deputy defence secretary, Patrick Shanahan, would take over from him as "
     "acting secretary on 1 January.\n"
     "Brett McGurk, the special presidential envoy to the anti-Islamic State coalition, also quit, reportedly "
     "calling the withdrawal reckless. His duties are expected to be taken on by James Jeffrey, the state "
     "department's special representative for Syria engagement.\n"
     "Trump was accompanied by his national security adviser, John Bolton.",
     [("VISITED", TRUMP, AIN_AL_ASAD, "landed at the Al Asad airbase"),
      ("VISITED", TRUMP, IRAQ, "American troops in Iraq, his first trip"),
      ("LEADS", ABDULMAHDI, IRAQ, "the Iraqi prime minister, Adil Abdul-Mahdi"),
      ("LEADS", MATTIS, DOD, "The defence secretary, Jim Mattis"),
      ("SUCCESSOR_OF", SHANAHAN, MATTIS, "would take over from him as acting secretary", "2019-01-01"),
      ("MEMBER_OF", SHANAHAN, DOD, "the deputy defence secretary, Patrick Shanahan"),
      ("MEMBER_OF", JEFFREY, USSD, "the state department's special representative"),
      ],
     {"source": GUARDIAN, "published": "2018-12-26"}),

    ("arOB6_drone_strike_qaim_mayadeen", "ar",
     "قيادي في الحشد يسقط بغارة مسيّرة قرب القائم... والحشد يتهم إسرائيل\n"
     "الميادين نت\n"
     "قُتل القيادي في اللواء 45 بالحشد الشعبي كاظم محسن، المعروف بأبي علي الدبي، مساء الأحد، بغارة نفذتها طائرة "
     "مسيّرة استهدفت عجلتين للحشد قرب مدينة القائم على الحدود العراقية السورية.\n"
     "واتهم الحشد في بيان إسرائيل بتنفيذ الهجوم، معتبراً إياه \"استمراراً للاعتداءات الصهيونية\" على مقاره.\n"
     "وكان نائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس قد حمّل القوات الأميركية الأربعاء الماضي \"المسؤولية "
     "الأولى والأخيرة\" عن سلسلة التفجيرات التي طالت مخازن أسلحة الحشد، مؤكداً أن لديه \"معلومات دقيقة\" عن "
     "إدخال طائرات مسيّرة إسرائيلية إلى العراق.\n"
     "من جهته، قال رئيس هيئة الحشد فالح الفياض إن تصريحات نائبه \"لا تمثل الموقف الرسمي\" للهيئة.\n"
     "وكان رئيس مجلس الوزراء عادل عبد المهدي قد استقبل الخميس الفياض والمهندس، وبحث معهما نتائج التحقيق في "
     "انفجار معسكر الصقر جنوبي بغداد.\n"
     "إلى ذلك، أجرى وزير الخارجية الأميركي مايك بومبيو اتصالاً هاتفياً برئيس الوزراء العراقي، أكد خلاله أن "
     "واشنطن لم تكن طرفاً في الهجمات، فيما رفض رئيس الوزراء الإسرائيلي بنيامين نتنياهو التعليق على الاتهامات، "
     "مكتفياً بالقول إن إيران \"لا تتمتع بالحصانة في أي مكان\".",
     [("MEMBER_OF", MOHSEN, PMF, "القيادي في اللواء 45 بالحشد الشعبي"),
      ("MEMBER_OF", MUHANDIS, PMF, "نائب رئيس هيئة الحشد الشعبي أبو"),
      ("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد فالح"),
      ("LEADS", ABDULMAHDI, IRAQ, "رئيس مجلس الوزراء عادل"),
      ] + met_group({ABDULMAHDI: "قد استقبل الخميس", FAYYADH: "الخميس الفياض",
                     MUHANDIS: "الفياض والمهندس، وبحث"}, "2019-08-22") + [
      ("LEADS", POMPEO, USSD, "وزير الخارجية الأميركي مايك"),
      ("LEADS", NETANYAHU, ISRAEL, "رئيس الوزراء الإسرائيلي بنيامين"),
      ],
     {"source": MAYADEEN, "published": "2019-08-26"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOB")
