"""Blind set OT: Iraq 2004-2010 (second folder of OS-OT): the transfer of sovereignty from Paul Bremer to the
interim government of Ayad Allawi and Ghazi al-Yawer (June 2004), the Shiite alliance dropping Ibrahim
al-Jaafari for Nouri (Jawad) al-Maliki and the re-election of Jalal Talabani (April 2006), the first talks
of ambassadors Ryan Crocker and Hassan Kazemi Qomi in Maliki's office (May 2007), the death of Abdul Aziz
al-Hakim and his son Ammar named to succeed him (August 2009), George W. Bush's farewell visit and the
thrown shoes (December 2008), and the Islamic State of Iraq naming Abu Bakr al-Baghdadi after Abu Omar
al-Baghdadi and Abu Ayyub al-Masri were killed near Tikrit (April-May 2010), as Iraq's state television writes
it in Arabic (Al-Iraqiya-like: "بغداد - العراقية", "الدكتور إياد علاوي", "الشيخ غازي عجيل الياور"), a London
daily in English (Guardian-like: "Mr Jaafari", "the foreign secretary, Jack Straw"), a Saudi-owned London
daily in Arabic (Asharq al-Awsat-like: "بغداد: «الشرق الأوسط»", "أمس"), Iran's English TV site (Press
TV-like: "Seyyed", "martyred", "the Leader of the Islamic Revolution"), an Iraqi independent agency in Arabic
(Aswat al-Iraq-like: "بغداد (أصوات العراق)", "الطالباني") and a US think-tank blog in English (Long War
Journal-like: "al Qaeda", "al Baghdadi", "emir").
Pieces: Bremer hands the sovereignty document to Midhat al-Mahmoud in the presence of Allawi, Yawer and
Barham Salih; Yawer had succeeded Izz al-Din Salim (Arabic, OT1); Maliki approved in place of Jaafari, who
took over from Allawi; Rice and Straw met Jaafari and Talabani; Mashhadani replaces Hassani (English, OT2);
Crocker and Kazemi Qomi meet in Maliki's office, Maliki opening and Rubaie attending; Crocker succeeded
Khalilzad (Arabic, OT3); Ammar al-Hakim chosen to succeed his father, who had taken over after his brother's
death; Larijani meets Ammar al-Hakim and Maliki; Khamenei had visited the dying Hakim (English, OT4); Bush
meets Talabani and his two vice presidents, then Maliki with Crocker and Odierno present; Odierno succeeded
Petraeus (Arabic, OT5); Abu Bakr replaces Abu Omar al-Baghdadi, both Abu Omar and al-Masri killed by US and
Iraqi forces, Abu Suleiman succeeds al-Masri, who had taken over after Zarqawi was killed in a US airstrike
(English, OT6).
Excluded on purpose (no relation): Izz al-Din Salim "assassinated" with no agent, Bush's phone call to
Allawi, Negroponte arriving to take up his post (no stated connection to Bremer's) (OT1); Bush's phone calls
to Maliki and Talabani, Khalilzad's welcome, the postponed meeting with the Accordance Front, Talabani asking
Maliki to form the government (OT2); Rice and Mottaki not meeting at Sharm el-Sheikh, the planned second
round, the US accusation that Qomi belongs to the Quds Force (OT3); Mohammad Baqer al-Hakim "martyred" in a
bombing "blamed on al-Qaeda" (an accusation), Ahmadinejad's message (OT4); al-Zaidi's shoes, no meeting with
Mashhadani (OT5); the false 2009 capture claim, Biden's and Odierno's statements (OT6).
Judgement calls: "handed the document to X in the presence of A, B and C" is an in-person meeting of the
two, the attendees paired with both and with each other (OT1, as they stood in one ceremony); "in place of"
and "took over from" are successions (OT2); two visitors "flew into Baghdad and met A, B and leaders" are
paired with each other and each with A and B, A and B not with each other (OT2); the prime minister who
"opened the meeting" met both ambassadors, and the adviser who "attended" is paired with all three (OT3);
"visited the ailing cleric in hospital" is a meeting (OT4); "met ... the president and his two deputies" is
one meeting of the four (OT5); the attendees of the signing are paired with both principals and with each
other (OT5); "killed by US and Iraqi forces" gives both forces as agents of both victims
(organization:us-armed-forces, organization:iraqi-security-forces; OT6), "killed in a US airstrike" gives
country:united-states (OT6, as OS2); the Islamic State of Iraq is given the gazetteer's id of the Islamic
State (organization:islamic-state), whose Arabic alias «دولة العراق الإسلامية» it carries.
Filled in for the exercise: the attendance of Barham Salih, Bush's call to Allawi (OT1); the postponed
Accordance Front meeting, the calls on Saturday night (OT2); the four hours, Rubaie's attendance and quote,
Maliki's words (OT3); Larijani's delegation and meetings, Khamenei's hospital visit (OT4); the attendance of
Crocker and Odierno, the note on Mashhadani (OT5); the wording of the statement (OT6).
Spellings: "بول بريمر", "الدكتور إياد علاوي", "الشيخ غازي عجيل الياور" (OT1); "Jawad al-Maliki", "Iyad
Allawi", "Mr Jaafari" (OT2); "رايان كروكر", "حسن كاظمي قمي", "زلماي خليل زاد" (OT3); "Seyyed Ammar al-Hakim",
"Ayatollah Seyyed Abdul-Aziz al-Hakim", "Mohammad Baqer al-Hakim" (OT4); "جلال الطالباني", "ريموند أوديرنو"
(OT5); "Abu Bakr al Baghdadi al Husseini al Qurashi", "Abu Ayyub al Masri", "Nouri al Maliki" (OT6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ot import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, US = "country:iraq", "country:iran", "country:united-states"
BAGHDAD = "location:baghdad"
IGC, CPA, SJC, ISCI, DAWA, AQI, ISI, QUDS, PARL, IRPARL = (
    "organization:iraqi-governing-council", "organization:coalition-provisional-authority",
    "organization:supreme-judicial-council", "organization:islamic-supreme-council-of-iraq",
    "organization:islamic-dawa-party", "organization:al-qaeda-in-iraq", "organization:islamic-state",
    "organization:quds-force", "organization:iraqi-parliament", "organization:iranian-parliament")
USSTATE, FCO, NSA, IRFM, USAF, ISF = (
    "organization:us-state-department", "organization:british-foreign-office",
    "organization:iraqi-national-security-adviser", "organization:iranian-foreign-ministry",
    "organization:us-armed-forces", "organization:iraqi-security-forces")
BREMER, MAHMOUD, ALLAWI, YAWER, SALIH, SALIM, BUSH = (
    "person:paul-bremer", "person:medhat-al-mahmoud", "person:ayad-allawi", "person:ghazi-al-yawer",
    "person:barham-salih", "person:izz-al-din-salim", "person:george-w-bush")
MALIKI, JAAFARI, TALABANI, RICE, STRAW, MASHHADANI, HASSANI = (
    "person:nouri-al-maliki", "person:ibrahim-al-jaafari", "person:jalal-talabani", "person:condoleezza-rice",
    "person:jack-straw", "person:mahmoud-al-mashhadani", "person:hajim-al-hassani")
CROCKER, QOMI, RUBAIE, KHALILZAD, SOLEIMANI, MOTTAKI = (
    "person:ryan-crocker", "person:hassan-kazemi-qomi", "person:mowaffak-al-rubaie", "person:zalmay-khalilzad",
    "person:qasem-soleimani", "person:manouchehr-mottaki")
AMMAR, AZIZ, BAQIR, LARIJANI, KHAMENEI, AHMADINEJAD = (
    "person:ammar-al-hakim", "person:abdul-aziz-al-hakim", "person:mohammed-baqir-al-hakim",
    "person:ali-larijani", "person:ali-khamenei", "person:mahmoud-ahmadinejad")
ABDULMAHDI, HASHIMI, ODIERNO, PETRAEUS = (
    "person:adil-abdul-mahdi", "person:tariq-al-hashimi", "person:raymond-odierno", "person:david-petraeus")
ABUBAKR, ABUOMAR, MASRI, SULEIMAN, ZARQAWI = (
    "person:abu-bakr-al-baghdadi", "person:abu-omar-al-baghdadi", "person:abu-ayyub-al-masri",
    "person:nasser-al-din-allah-abu-suleiman", "person:abu-musab-al-zarqawi")

IRAQIYA_TV = "blind set (Iraqi state TV news, Arabic, Al-Iraqiya-like)"
GUARDIAN = "blind set (London daily, English, Guardian-like)"
SHARQ = "blind set (Saudi-owned London daily, Arabic, Asharq al-Awsat-like)"
PRESSTV = "blind set (Iranian English TV news site, Press TV-like)"
ASWAT = "blind set (Iraqi independent news agency, Arabic, Aswat al-Iraq-like)"
LWJ = "blind set (US think-tank blog, English, Long War Journal-like)"

ARTICLES = [
    ("arOT1_sovereignty_handover_iraqiya", "ar",
     "نقل السيادة إلى العراقيين قبل موعده بيومين.. وبريمر يغادر بغداد\n"
     "بغداد - العراقية\n"
     "سلّم رئيس سلطة الائتلاف المؤقتة بول بريمر، صباح اليوم الاثنين، وثيقة نقل السيادة إلى رئيس مجلس القضاء الأعلى "
     "القاضي مدحت المحمود، بحضور رئيس الوزراء الدكتور إياد علاوي ورئيس الجمهورية الشيخ غازي عجيل الياور ونائب رئيس "
     "الوزراء برهم صالح، في مراسم مقتضبة جرت في المنطقة الخضراء قبل يومين من الموعد المقرر.\n"
     "وأدى علاوي وأعضاء حكومته اليمين الدستورية في وقت لاحق من اليوم، فيما غادر بريمر العراق على متن طائرة عسكرية "
     "بعد ساعتين من المراسم.\n"
     "وكان مجلس الحكم قد اختار الياور رئيساً للدولة في الأول من حزيران، وحلّ نفسه في اليوم ذاته. وتولى الياور رئاسة "
     "المجلس منتصف أيار خلفاً لعز الدين سليم، الذي اغتيل بتفجير سيارة مفخخة عند مدخل المنطقة الخضراء.\n"
     "وتلقى رئيس الوزراء اتصالاً هاتفياً من الرئيس الأميركي جورج بوش هنأه فيه بـ\"استعادة العراق لسيادته\"، فيما "
     "يصل السفير الأميركي الجديد جون نيغروبونتي إلى بغداد غداً لتسلّم مهامه.\n"
     "وأكد علاوي في كلمة متلفزة أن حكومته ستعمل على \"إعادة الأمن\" وإجراء الانتخابات في موعدها مطلع العام المقبل.",
     met_group({BREMER: "سلطة الائتلاف المؤقتة بول بريمر", MAHMOUD: "القاضي مدحت المحمود",
                ALLAWI: "بحضور رئيس الوزراء الدكتور", YAWER: "ورئيس الجمهورية الشيخ غازي",
                SALIH: "ونائب رئيس الوزراء برهم صالح"}, "2004-06-28") + [
      ("LEADS", BREMER, CPA, "رئيس سلطة الائتلاف المؤقتة"),
      ("LEADS", MAHMOUD, SJC, "رئيس مجلس القضاء الأعلى"),
      ("LEADS", ALLAWI, IRAQ, "رئيس الوزراء الدكتور إياد علاوي"),
      ("LEADS", YAWER, IRAQ, "رئيس الجمهورية الشيخ غازي عجيل"),
      ("LEADS", YAWER, IGC, "وتولى الياور رئاسة"),
      ("SUCCESSOR_OF", YAWER, SALIM, "خلفاً لعز الدين سليم", "2004-05-17"),
      ("LEADS", BUSH, US, "الرئيس الأميركي جورج بوش"),
      ],
     {"source": IRAQIYA_TV, "published": "2004-06-28"}),

    ("enOT2_maliki_replaces_jaafari_guardian", "en",
     "Shia alliance drops Jaafari as Iraq's deadlock breaks\n"
     "Baghdad, Monday April 24 2006\n"
     "Iraq's parliament ended four months of deadlock on Saturday, re-electing the Kurdish leader Jalal Talabani as "
     "president and approving Jawad al-Maliki, a hardline member of the Shia Dawa party, as prime minister-designate "
     "in place of Ibrahim al-Jaafari.\n"
     "Mr Jaafari, who took over from Iyad Allawi a year ago, had been opposed by Sunni Arab and Kurdish parties, and "
     "stood aside last week under intense pressure from Washington and London. Condoleezza Rice, the US secretary of "
     "state, and the foreign secretary, Jack Straw, flew into Baghdad earlier this month and met Mr Jaafari, Mr "
     "Talabani and Sunni leaders to urge a swift deal.\n"
     "Parliament also elected Mahmoud al-Mashhadani, a Sunni Islamist, as speaker, replacing Hajim al-Hassani. Mr "
     "Talabani immediately asked Mr Maliki to form a government within 30 days.\n"
     "Zalmay Khalilzad, the US ambassador, who had made no secret of Washington's wish to see Mr Jaafari go, welcomed "
     "the vote. George Bush telephoned Mr Maliki and Mr Talabani on Saturday night to congratulate them, the White "
     "House said.\n"
     "Mr Maliki, 55, spent years in exile in Syria and Iran. Supporters of Moqtada al-Sadr, whose bloc had backed Mr "
     "Jaafari, said they would not stand in his way. A meeting between Mr Maliki and leaders of the Sunni Accordance "
     "Front has been postponed until Tuesday.",
     [("LEADS", TALABANI, IRAQ, "re-electing the Kurdish leader"),
      ("SUCCESSOR_OF", MALIKI, JAAFARI, "as prime minister-designate", "2006-04-22"),
      ("MEMBER_OF", MALIKI, DAWA, "a hardline member of the Shia Dawa party"),
      ("SUCCESSOR_OF", JAAFARI, ALLAWI, "who took over from Iyad Allawi", "2005-04-28"),
      ("LEADS", RICE, USSTATE, "the US secretary of"),
      ("LEADS", STRAW, FCO, "the foreign secretary, Jack Straw"),
      ("MET_WITH", RICE, STRAW, "Jack Straw, flew into Baghdad", "2006-04-02"),
      ("MET_WITH", RICE, JAAFARI, "and met Mr Jaafari", "2006-04-02"),
      ("MET_WITH", STRAW, JAAFARI, "met Mr Jaafari, Mr", "2006-04-02"),
      ("MET_WITH", RICE, TALABANI, "Talabani and Sunni leaders", "2006-04-02"),
      ("MET_WITH", STRAW, TALABANI, "and Sunni leaders to urge", "2006-04-02"),
      ("SUCCESSOR_OF", MASHHADANI, HASSANI, "replacing Hajim al-Hassani", "2006-04-22"),
      ("LEADS", MASHHADANI, PARL, "as speaker, replacing"),
      ],
     {"source": GUARDIAN, "published": "2006-04-24"}),

    ("arOT3_crocker_qomi_talks_sharq", "ar",
     "كروكر وقمي في أول محادثات أميركية ـ إيرانية علنية منذ 27 عاماً.. والمالكي يفتتح الاجتماع\n"
     "بغداد: «الشرق الأوسط»\n"
     "عقد السفير الأميركي لدى العراق رايان كروكر والسفير الإيراني حسن كاظمي قمي، أمس، جولة محادثات استمرت أربع ساعات "
     "في مكتب رئيس الوزراء العراقي نوري المالكي بالمنطقة الخضراء، هي الأولى من نوعها على هذا المستوى منذ قطع "
     "العلاقات بين البلدين عام 1980.\n"
     "وافتتح المالكي الاجتماع بكلمة دعا فيها الجانبين إلى «عدم جعل العراق ساحة لتصفية الحسابات»، وحضره عن الجانب "
     "العراقي مستشار الأمن الوطني موفق الربيعي.\n"
     "وقال كروكر في مؤتمر صحافي عقب اللقاء إن الجانب الأميركي عرض «أدلة» على تورط فيلق القدس في تسليح ميليشيات "
     "عراقية، فيما نفى قمي ذلك واقترح تشكيل «آلية أمنية ثلاثية».\n"
     "وكان كروكر قد تسلّم مهامه في آذار الماضي خلفاً لزلماي خليل زاد، الذي عُيّن مندوباً لبلاده لدى الأمم المتحدة.\n"
     "وتتهم واشنطن قائد فيلق القدس الجنرال قاسم سليماني بإدارة الملف العراقي، وتقول إن قمي نفسه من ضباط الفيلق، "
     "وهو ما تنفيه طهران.\n"
     "ولم تشهد قمة شرم الشيخ مطلع الشهر الحالي أي لقاء بين وزيرة الخارجية الأميركية كوندوليزا رايس ونظيرها الإيراني "
     "منوشهر متكي، إذ غادر الأخير مأدبة العشاء قبل وصولها.\n"
     "ومن المقرر أن تُعقد جولة ثانية خلال شهر، بحسب الربيعي.",
     met_group({CROCKER: "السفير الأميركي لدى العراق رايان", QOMI: "والسفير الإيراني حسن كاظمي",
                MALIKI: "وافتتح المالكي الاجتماع", RUBAIE: "مستشار الأمن الوطني موفق"}, "2007-05-28") + [
      ("LEADS", MALIKI, IRAQ, "رئيس الوزراء العراقي نوري"),
      ("LEADS", RUBAIE, NSA, "مستشار الأمن الوطني موفق الربيعي"),
      ("SUCCESSOR_OF", CROCKER, KHALILZAD, "خلفاً لزلماي خليل زاد", "2007-03-26"),
      ("LEADS", SOLEIMANI, QUDS, "قائد فيلق القدس الجنرال"),
      ("LEADS", RICE, USSTATE, "وزيرة الخارجية الأميركية كوندوليزا"),
      ("LEADS", MOTTAKI, IRFM, "ونظيرها الإيراني منوشهر"),
      ],
     {"source": SHARQ, "published": "2007-05-29"}),

    ("enOT4_ammar_hakim_succeeds_presstv", "en",
     "Ammar Hakim named to succeed late father as ISCI leader\n"
     "Press TV - Baghdad\n"
     "The Islamic Supreme Council of Iraq (ISCI) has chosen Seyyed Ammar al-Hakim to succeed his father, Ayatollah "
     "Seyyed Abdul-Aziz al-Hakim, who passed away in a Tehran hospital on Wednesday after a two-year battle with lung "
     "cancer. The decision was announced on Monday in Baghdad after a meeting of the council's Shura body.\n"
     "The late Hakim took the helm of the party in 2003, after his brother, Ayatollah Mohammad Baqer al-Hakim, was "
     "martyred along with dozens of worshippers in a terrorist car bombing outside the Imam Ali shrine in Najaf. "
     "Iraqi officials blamed the attack on al-Qaeda.\n"
     "Iran's Parliament Speaker Ali Larijani, who led a high-ranking delegation to the funeral in Najaf on Saturday, "
     "met the young cleric and conveyed the condolences of the Iranian nation. Larijani also held talks with Iraqi "
     "Prime Minister Nouri al-Maliki in Baghdad, Press TV's correspondent reported.\n"
     "The Leader of the Islamic Revolution, Ayatollah Seyyed Ali Khamenei, had visited the ailing cleric in hospital "
     "last week, while President Mahmoud Ahmadinejad paid tribute to him in a message as \"a tireless struggler\" "
     "against Saddam's dictatorship.\n"
     "Ammar al-Hakim, 38, has headed the Shaheed al-Mihrab Foundation and was widely seen as his father's heir.",
     [("SUCCESSOR_OF", AMMAR, AZIZ, "to succeed his father, Ayatollah", "2009-08-31"),
      ("SUCCESSOR_OF", AZIZ, BAQIR, "took the helm of the party in 2003", "2003-09-01"),
      ("LEADS", AZIZ, ISCI, "The late Hakim took the helm"),
      ("LEADS", LARIJANI, IRPARL, "Iran's Parliament Speaker Ali Larijani"),
      ("MET_WITH", LARIJANI, AMMAR, "met the young cleric", "2009-08-29"),
      ("MET_WITH", LARIJANI, MALIKI, "also held talks with Iraqi", "2009-08-29"),
      ("LEADS", MALIKI, IRAQ, "Prime Minister Nouri al-Maliki in Baghdad"),
      ("LEADS", KHAMENEI, IRAN, "The Leader of the Islamic Revolution"),
      ("MET_WITH", KHAMENEI, AZIZ, "had visited the ailing cleric", "2009-08-19"),
      ("LEADS", AHMADINEJAD, IRAN, "President Mahmoud Ahmadinejad paid"),
      ],
     {"source": PRESSTV, "published": "2009-08-31"}),

    ("arOT5_bush_farewell_shoe_aswat", "ar",
     "بوش في زيارة وداعية لبغداد.. وصحفي عراقي يرشقه بحذائه\n"
     "بغداد (أصوات العراق)\n"
     "وصل الرئيس الأميركي جورج بوش، بعد ظهر الأحد، إلى بغداد في زيارة مفاجئة هي الرابعة والأخيرة له قبل انتهاء "
     "ولايته، واجتمع فور وصوله بالرئيس جلال الطالباني ونائبيه عادل عبد المهدي وطارق الهاشمي في قصر السلام.\n"
     "وقال الطالباني للصحفيين عقب اللقاء إن بوش \"صديق كبير للشعب العراقي\".\n"
     "ثم توجه بوش إلى مقر رئيس الوزراء نوري المالكي، حيث وقّع الجانبان، بحضور السفير الأميركي ريان كروكر وقائد "
     "القوات الأميركية في العراق الجنرال ريموند أوديرنو، على الصيغة الرسمية للاتفاقية الأمنية.\n"
     "وكان أوديرنو قد تسلّم قيادة القوات في أيلول الماضي خلفاً للجنرال ديفيد بترايوس.\n"
     "وخلال المؤتمر الصحفي المشترك، نهض مراسل قناة البغدادية منتظر الزيدي ورشق الرئيس الأميركي بفردتي حذائه، "
     "صائحاً \"هذه قبلة الوداع يا كلب\"، قبل أن يطرحه أفراد الحماية أرضاً.\n"
     "وأدان الناطق باسم الحكومة علي الدباغ ما وصفه بالفعل \"المشين\"، فيما طالب أنصار التيار الصدري بإطلاق سراح "
     "الزيدي.\n"
     "ولم يتضمن برنامج الزيارة لقاءً مع رئيس مجلس النواب محمود المشهداني.",
     [("VISITED", BUSH, BAGHDAD, "إلى بغداد في زيارة مفاجئة هي", "2008-12-14"),
      ("LEADS", BUSH, US, "وصل الرئيس الأميركي جورج بوش"),
      ("LEADS", TALABANI, IRAQ, "بالرئيس جلال الطالباني"),
      ] + met_group({BUSH: "وصل الرئيس الأميركي", TALABANI: "واجتمع فور وصوله بالرئيس",
                     ABDULMAHDI: "ونائبيه عادل عبد المهدي", HASHIMI: "وطارق الهاشمي في قصر السلام"},
                    "2008-12-14") + [
      ("MET_WITH", BUSH, MALIKI, "ثم توجه بوش إلى مقر", "2008-12-14"),
      ("LEADS", MALIKI, IRAQ, "مقر رئيس الوزراء نوري"),
      ] + met_group({CROCKER: "بحضور السفير الأميركي ريان", ODIERNO: "الجنرال ريموند أوديرنو"}, "2008-12-14") + [
      ("MET_WITH", CROCKER, BUSH, "السفير الأميركي ريان كروكر", "2008-12-14"),
      ("MET_WITH", CROCKER, MALIKI, "بحضور السفير", "2008-12-14"),
      ("MET_WITH", ODIERNO, BUSH, "وقائد القوات الأميركية في العراق", "2008-12-14"),
      ("MET_WITH", ODIERNO, MALIKI, "ريموند أوديرنو، على الصيغة", "2008-12-14"),
      ("SUCCESSOR_OF", ODIERNO, PETRAEUS, "خلفاً للجنرال ديفيد بترايوس", "2008-09-16"),
      ("LEADS", MASHHADANI, PARL, "رئيس مجلس النواب محمود"),
      ],
     {"source": ASWAT, "published": "2008-12-14"}),

    ("enOT6_isi_names_abu_bakr_lwj", "en",
     "Islamic State of Iraq names new emir after leaders killed near Tikrit\n"
     "May 16, 2010 | Threat Matrix\n"
     "The Islamic State of Iraq, al Qaeda's political front in the country, has named Abu Bakr al Baghdadi al Husseini "
     "al Qurashi as its new emir, replacing Abu Omar al Baghdadi, according to a statement released today on jihadist "
     "forums.\n"
     "Abu Omar and Abu Ayyub al Masri, the Islamic State's minister of war and al Qaeda in Iraq's leader, were killed "
     "by US and Iraqi forces during an April 18 raid on a safe house in the Thar Thar area southwest of Tikrit. Prime "
     "Minister Nouri al Maliki announced their deaths the following day, displaying photographs of the bodies at a "
     "press conference in Baghdad.\n"
     "The statement also named Nasser al Din Allah Abu Suleiman as minister of war to succeed al Masri.\n"
     "Al Masri, an Egyptian, took over al Qaeda in Iraq after Abu Musab al Zarqawi was killed in a US airstrike near "
     "Baqubah in June 2006.\n"
     "General Ray Odierno, the top US commander in Iraq, described the deaths as \"potentially the most significant "
     "blow to al Qaeda in Iraq since the beginning of the insurgency.\" Vice President Joe Biden called them "
     "\"potentially devastating blows.\"\n"
     "Iraqi officials had claimed to have captured Abu Omar in April 2009, a claim that proved false. Abu Bakr's real "
     "identity remains unknown; he is the third man to lead the group since Zarqawi's death.",
     [("SUCCESSOR_OF", ABUBAKR, ABUOMAR, "replacing Abu Omar al Baghdadi", "2010-05-16"),
      ("LEADS", ABUBAKR, ISI, "as its new emir"),
      ("ASSASSINATED_BY", ABUOMAR, USAF, "by US and Iraqi forces during", "2010-04-18"),
      ("ASSASSINATED_BY", ABUOMAR, ISF, "Abu Omar and Abu Ayyub al Masri, the", "2010-04-18"),
      ("ASSASSINATED_BY", MASRI, USAF, "were killed", "2010-04-18"),
      ("ASSASSINATED_BY", MASRI, ISF, "raid on a safe house", "2010-04-18"),
      ("LEADS", MASRI, AQI, "al Qaeda in Iraq's leader"),
      ("LEADS", MALIKI, IRAQ, "Minister Nouri al Maliki announced"),
      ("SUCCESSOR_OF", SULEIMAN, MASRI, "to succeed al Masri", "2010-05-16"),
      ("SUCCESSOR_OF", MASRI, ZARQAWI, "took over al Qaeda in Iraq after", "2006-06-12"),
      ("ASSASSINATED_BY", ZARQAWI, US, "was killed in a US airstrike", "2006-06-07"),
      ],
     {"source": LWJ, "published": "2010-05-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOT")
