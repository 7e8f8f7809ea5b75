"""Blind set QM: the jihadist leaders of Iraq, Syria and al-Qaeda (first folder of QM-QN): the US strike that
killed Abu Musab al-Zarqawi near Baqubah (June 2006), the joint Iraqi-US raid near Tikrit that killed Abu Omar
al-Baghdadi and Abu Ayyub al-Masri (April 2010) and Abu Bakr al-Baghdadi's succession (May 2010), al-Qaeda's
choice of Ayman al-Zawahiri after Osama bin Laden's death in Abbottabad (June 2011), and the Barisha raid that
killed Abu Bakr al-Baghdadi and the naming of Abu Ibrahim al-Hashimi al-Qurashi (October 2019), as a US wire
writes it in English (AP-like: "BAGHDAD, Iraq (AP) -", "al-Qaida"), Iraq's state agency in Arabic (INA-like:
"بغداد / واع", "القائد العام للقوات المسلحة"), a Washington think tank's brief in English (PolicyWatch-like),
a Saudi daily in Arabic (Asharq al-Awsat-like: "لندن: «الشرق الأوسط»", "مايو (أيار)"), a jihadist-watch site
in English (Long War Journal-like: "emir", "the so-called caliph") and a pan-Arab TV site in Arabic (Al
Arabiya-like: "العربية.نت - وكالات", "ترمب").
Pieces: a US strike kills Zarqawi; Maliki announces it with Khalilzad and Casey at his side (English, QM1);
Maliki announces the deaths of Abu Omar and al-Masri in a joint Iraqi-US operation, had received Hill and
Odierno in the presence of al-Waili; al-Masri had succeeded Zarqawi, killed by a US strike (Arabic, QM2);
the ISI names Abu Bakr to succeed Abu Omar and a war minister in place of al-Masri; Barzani hosts Hill and
Odierno (English, QM3); al-Qaeda names Zawahiri to succeed bin Laden, killed by a US special force; Kerry
meets Zardari, Gilani and Kayani together (Arabic, QM4); the IS names Abu Ibrahim to succeed Baghdadi,
killed in a US raid; its spokesman killed by a US strike and replaced (English, QM5); Trump announces
Baghdadi's death in a US operation; Masrour Barzani receives Tueller; Esper had met al-Shammari (Arabic, QM6).
Excluded on purpose (no relation): Bush's phone call to Maliki, al-Masri who "could be next in line" (QM1);
Biden's planned visit (QM2); Zarqawi "was killed in 2006" (no agent in that sentence), the postponed
Maliki-Allawi meeting (QM3); Saif al-Adel's reported interim leadership, denied, and Obama's phone call to
Zardari (QM4); Mazloum Abdi's intelligence help (no agent of the killing) (QM5); Esper's cancelled visit to
Erbil, the intelligence service's tip (QM6).
Judgement calls: "with ... at his side" at a news conference: the three met in person (QM1); "killed when
U.S. warplanes dropped two bombs" -> country:united-states (QM1); an operation "carried out by the Iraqi
security forces and the US forces": both agents, the Iraqi security forces by their id and the US forces as
country:united-states (QM2, QM3); "استقبل A وB" received together: the three met; the attendee "بحضور" is
paired with the host and both guests (QM2); "hosted A and B": the three met (QM3); "اجتماعاً مع A وB وC" in
one meeting: all four met each other (QM4); Baghdadi "was killed when U.S. special operations forces
raided his compound" (and in QM6 "مقتل ... في عملية نفذتها قوات خاصة أميركية") -> country:united-states,
even though the text adds that he detonated his vest: the outlet reports the raid as killing him (QM5,
QM6); "took over as spokesman from al-Muhajir" is a succession (QM5); "تولى زعامة التنظيم ... بعد مقتل أبو
عمر" is a succession (QM6); a named leader LEADS his group or country; the Islamic State of Iraq is the
Islamic State's id (the gazetteer lists it as an alias).
Filled in for the exercise: Bush's phone call, the ministers' approval in the same announcement (QM1);
the meeting with Hill and Odierno on the eve, al-Waili's presence, Biden's planned visit (QM2); the
postponed Maliki-Allawi meeting, Barzani's meeting with Hill and Odierno on May 12 (QM3); the denial by
former members, the joint meeting of Kerry with the three Pakistanis (QM4); the timing of the spokesman's
announcement (QM5); Masrour Barzani's meeting with Tueller, the cancelled Erbil visit (QM6).
Spellings: "al-Qaida", "Baqouba", "Gen. George Casey" (QM1); "أبو أيوب المصري", "أوديرنو", "الثرثار" (QM2);
"Abu Bakr al-Baghdadi al-Husseini al-Qurashi", "Abu Ayyub al-Masri", "Nasser li-Din Allah Abu Suleiman"
(QM3); "الدكتور أيمن الظواهري", "أبوت آباد", "أشفاق برويز كياني" (QM4); "Abu Hassan al-Muhajir", "Abu Hamza
al-Qurashi" (QM5); "ترمب", "مظلوم عبدي", "ماثيو تولر", "مسرور بارزاني" (QM6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qn import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAQ, PAKISTAN = "country:united-states", "country:iraq", "country:pakistan"
AQ, AQI, IS, SDF, ISF, KRG, PENTAGON = (
    "organization:al-qaeda", "organization:al-qaeda-in-iraq", "organization:islamic-state",
    "organization:syrian-democratic-forces", "organization:iraqi-security-forces",
    "organization:kurdistan-regional-government", "organization:us-department-of-defense")
ZARQAWI, MASRI, ABU_OMAR, ABU_BAKR, ABU_IBRAHIM, HASAN_MUHAJIR, ABU_HAMZA, ABU_SULEIMAN = (
    "person:abu-musab-al-zarqawi", "person:abu-ayyub-al-masri", "person:abu-omar-al-baghdadi",
    "person:abu-bakr-al-baghdadi", "person:abu-ibrahim-al-hashimi-al-qurashi", "person:abu-al-hasan-al-muhajir",
    "person:abu-hamza-al-qurashi", "person:abu-suleiman-al-nasser-li-din-allah")
BIN_LADEN, ZAWAHIRI, SAIF = "person:osama-bin-laden", "person:ayman-al-zawahiri", "person:saif-al-adel"
MALIKI, WAILI, BOLANI, ALLAWI, SHAMMARI = (
    "person:nouri-al-maliki", "person:shirwan-al-waili", "person:jawad-al-bolani", "person:ayad-allawi",
    "person:najah-al-shammari")
MASOUD, MASROUR, MAZLOUM = "person:masoud-barzani", "person:masrour-barzani", "person:mazloum-abdi"
BUSH, OBAMA, TRUMP, KHALILZAD, CASEY, HILL, ODIERNO, KERRY, ESPER, TUELLER = (
    "person:george-w-bush", "person:barack-obama", "person:donald-trump", "person:zalmay-khalilzad",
    "person:george-casey", "person:christopher-hill", "person:ray-odierno", "person:john-kerry", "person:mark-esper",
    "person:matthew-tueller")
ZARDARI, GILANI, KAYANI = "person:asif-ali-zardari", "person:yousaf-raza-gilani", "person:ashfaq-parvez-kayani"

AP = "blind set (US news wire, English, AP-like)"
INA = "blind set (Iraqi state news agency, Arabic, INA-like)"
PW = "blind set (Washington think-tank brief, English, PolicyWatch-like)"
AWSAT = "blind set (Saudi daily, Arabic, Asharq al-Awsat-like)"
LWJ = "blind set (jihadist-watch site, English, Long War Journal-like)"
ARABIYA = "blind set (pan-Arab TV news site, Arabic, Al Arabiya-like)"

ARTICLES = [
    ("enQM1_zarqawi_killed_ap", "en",
     "Al-Qaida in Iraq leader al-Zarqawi killed in U.S. airstrike\n"
     "BAGHDAD, Iraq (AP) - Abu Musab al-Zarqawi, the most wanted man in Iraq, was killed when U.S. warplanes dropped "
     "two 500-pound bombs on an isolated safehouse north of Baqouba, Prime Minister Nouri al-Maliki announced "
     "Thursday.\n"
     "\"Today, al-Zarqawi has been eliminated,\" al-Maliki told a news conference in Baghdad, with U.S. Ambassador "
     "Zalmay Khalilzad and Gen. George Casey, the top U.S. commander in Iraq, at his side. Reporters in the room "
     "applauded.\n"
     "The Jordanian-born militant, who had a $25 million bounty on his head, died Wednesday evening along with "
     "seven aides, among them his spiritual adviser. The military said tips from Iraqi informants and Jordanian "
     "intelligence led forces to the house.\n"
     "President Bush, speaking in the White House Rose Garden, called the death \"a severe blow to al-Qaida\" but "
     "warned that \"the difficult and necessary mission in Iraq continues.\" He had spoken by telephone with "
     "al-Maliki earlier in the day, a spokesman said.\n"
     "In the same announcement, al-Maliki said parliament had approved his nominee for interior minister, Jawad "
     "al-Bolani, filling a post left vacant since the government was sworn in May 20.\n"
     "A Web statement in the name of al-Qaida in Iraq confirmed the death. U.S. officials said an Egyptian "
     "militant known as Abu Ayyub al-Masri could be next in line to lead the group.",
     [("LEADS", ZARQAWI, AQI, "Al-Qaida in Iraq leader al-Zarqawi"),
      ("ASSASSINATED_BY", ZARQAWI, US, "was killed when U.S. warplanes dropped", "2006-06-07"),
      ("LEADS", MALIKI, IRAQ, "Prime Minister Nouri al-Maliki announced"),
      ] + met_group({MALIKI: "al-Maliki told a news conference", KHALILZAD: "U.S. Ambassador Zalmay Khalilzad",
                     CASEY: "Gen. George Casey, the top"}, "2006-06-08") + [
      ("LEADS", BUSH, US, "President Bush, speaking"),
      ],
     {"source": AP, "published": "2006-06-08"}),

    ("arQM2_maliki_abu_omar_masri_ina", "ar",
     "المالكي يعلن مقتل أبو عمر البغدادي وأبو أيوب المصري في عملية مشتركة قرب تكريت\n"
     "بغداد / واع\n"
     "أعلن رئيس الوزراء القائد العام للقوات المسلحة نوري المالكي، اليوم الاثنين، مقتل زعيم ما يسمى دولة العراق "
     "الإسلامية أبو عمر البغدادي ووزير الحرب فيها أبو أيوب المصري، في عملية عسكرية مشتركة نفذتها القوات الأمنية "
     "العراقية والقوات الأميركية في منطقة الثرثار جنوب غربي تكريت.\n"
     "وقال المالكي في مؤتمر صحفي عقده في بغداد وعرض خلاله صوراً للجثتين إن العملية \"جاءت بناءً على معلومات "
     "استخبارية دقيقة\"، مضيفاً أن القوات ضبطت حواسيب تضم مراسلات مع قيادة تنظيم القاعدة.\n"
     "وكان المالكي قد استقبل، مساء أمس، السفير الأميركي في بغداد كريستوفر هيل وقائد القوات الأميركية في العراق "
     "الجنرال راي أوديرنو، بحضور وزير الدولة لشؤون الأمن الوطني شيروان الوائلي، وجرى خلال اللقاء بحث التعاون "
     "الأمني وتطورات العملية السياسية بعد الانتخابات.\n"
     "من جهته، وصف الجنرال أوديرنو في بيان مقتل الرجلين بأنه \"ربما يكون أهم ضربة للقاعدة في العراق منذ بداية "
     "التمرد\".\n"
     "وأشار البيان إلى أن المصري تولى قيادة التنظيم خلفاً لأبي مصعب الزرقاوي، الذي قتل بغارة أميركية قرب "
     "بعقوبة في حزيران 2006.\n"
     "ومن المقرر أن يزور نائب الرئيس الأميركي جو بايدن بغداد خلال الأسابيع المقبلة للقاء القادة العراقيين.",
     [("LEADS", MALIKI, IRAQ, "أعلن رئيس الوزراء القائد العام"),
      ("LEADS", ABU_OMAR, IS, "زعيم ما يسمى دولة العراق"),
      ("ASSASSINATED_BY", ABU_OMAR, ISF, "نفذتها القوات الأمنية", "2010-04-18"),
      ("ASSASSINATED_BY", ABU_OMAR, US, "العراقية والقوات الأميركية في منطقة الثرثار", "2010-04-18"),
      ("ASSASSINATED_BY", MASRI, ISF, "ووزير الحرب فيها أبو أيوب المصري", "2010-04-18"),
      ("ASSASSINATED_BY", MASRI, US, "في عملية عسكرية مشتركة", "2010-04-18"),
      ] + met_group({MALIKI: "وكان المالكي قد استقبل", HILL: "السفير الأميركي في بغداد كريستوفر هيل",
                     ODIERNO: "الجنرال راي أوديرنو، بحضور", WAILI: "الأمن الوطني شيروان الوائلي"},
                    "2010-04-18") + [
      ("SUCCESSOR_OF", MASRI, ZARQAWI, "المصري تولى قيادة التنظيم خلفاً", "2006-06-12"),
      ("ASSASSINATED_BY", ZARQAWI, US, "الذي قتل بغارة أميركية", "2006-06-07"),
      ],
     {"source": INA, "published": "2010-04-19"}),

    ("enQM3_isi_new_emir_policywatch", "en",
     "The Islamic State of Iraq After the Tikrit Raid: A New Emir, an Old Problem\n"
     "PolicyWatch, May 20, 2010\n"
     "On May 16, the Islamic State of Iraq (ISI) announced through its Shura Council that Abu Bakr al-Baghdadi "
     "al-Husseini al-Qurashi had been chosen to succeed Abu Omar al-Baghdadi, who was killed alongside the group's "
     "\"minister of war,\" Abu Ayyub al-Masri, in an April 18 raid by Iraqi and U.S. forces near Tikrit. The same "
     "statement named Nasser li-Din Allah Abu Suleiman as war minister in place of al-Masri.\n"
     "Little is known about the new emir beyond the claim of descent from the Prophet's tribe that his name "
     "advertises. Al-Masri had himself taken over the organization after Abu Musab al-Zarqawi was killed in "
     "2006, and the ISI has survived the loss of its leaders before.\n"
     "The deaths come at a delicate moment. Iraq's March 7 elections produced no clear winner, and Prime Minister "
     "Nouri al-Maliki, whose State of Law coalition trailed Ayad Allawi's Iraqiya by two seats, has yet to sit "
     "down with his rival; a meeting announced for last week was postponed.\n"
     "In Erbil, Kurdistan Region President Masoud Barzani hosted U.S. Ambassador Christopher Hill and Gen. Ray "
     "Odierno on May 12 to discuss the disputed territories and the joint security mechanism that pairs Iraqi "
     "army, Peshmerga and U.S. units.\n"
     "Washington should resist reading the raid as a strategic turn.",
     [("SUCCESSOR_OF", ABU_BAKR, ABU_OMAR, "had been chosen to succeed", "2010-05-16"),
      ("ASSASSINATED_BY", ABU_OMAR, ISF, "in an April 18 raid by Iraqi", "2010-04-18"),
      ("ASSASSINATED_BY", ABU_OMAR, US, "and U.S. forces near Tikrit", "2010-04-18"),
      ("ASSASSINATED_BY", MASRI, ISF, "\"minister of war,\" Abu Ayyub", "2010-04-18"),
      ("ASSASSINATED_BY", MASRI, US, "Abu Ayyub al-Masri, in an April", "2010-04-18"),
      ("SUCCESSOR_OF", ABU_SULEIMAN, MASRI, "as war minister in place of al-Masri", "2010-05-16"),
      ("SUCCESSOR_OF", MASRI, ZARQAWI, "had himself taken over the organization"),
      ("LEADS", MALIKI, IRAQ, "Prime Minister Nouri al-Maliki, whose"),
      ] + met_group({MASOUD: "Kurdistan Region President Masoud Barzani", HILL: "U.S. Ambassador Christopher Hill",
                     ODIERNO: "Gen. Ray Odierno on May 12"}, "2010-05-12"),
     {"source": PW, "published": "2010-05-20"}),

    ("arQM4_zawahiri_succeeds_bin_laden_awsat", "ar",
     "«القاعدة» تعلن الظواهري أميراً لها خلفاً لبن لادن\n"
     "لندن: «الشرق الأوسط»\n"
     "أعلن تنظيم القاعدة، أمس، في بيان نشر على مواقع إلكترونية متشددة أن «القيادة العامة» للتنظيم اختارت الدكتور "
     "أيمن الظواهري أميراً للجماعة خلفاً لزعيمها السابق أسامة بن لادن، الذي قتلته قوة خاصة أميركية في مدينة أبوت "
     "آباد الباكستانية مطلع مايو (أيار) الماضي.\n"
     "ويعد الظواهري، الطبيب المصري البالغ من العمر 59 عاماً، الرجل الثاني في التنظيم منذ سنوات طويلة، وتعهد "
     "البيان بمواصلة «الجهاد» ضد الولايات المتحدة وإسرائيل.\n"
     "وكانت تقارير قد تحدثت عن تكليف المصري سيف العدل بإدارة التنظيم مؤقتاً، إلا أن قياديين سابقين في الجماعة "
     "نفوا ذلك لـ«الشرق الأوسط».\n"
     "ويأتي الإعلان فيما تتواصل تداعيات العملية على العلاقات بين واشنطن وإسلام آباد. وكان رئيس لجنة العلاقات "
     "الخارجية في مجلس الشيوخ الأميركي جون كيري قد عقد في إسلام آباد الشهر الماضي اجتماعاً مع الرئيس آصف علي "
     "زرداري ورئيس الوزراء يوسف رضا جيلاني وقائد الجيش الجنرال أشفاق برويز كياني، خصص لاحتواء الأزمة.\n"
     "وكان الرئيس الأميركي باراك أوباما قد أجرى اتصالاً هاتفياً بزرداري عقب العملية مباشرة.",
     [("SUCCESSOR_OF", ZAWAHIRI, BIN_LADEN, "أميراً للجماعة خلفاً لزعيمها السابق", "2011-06-16"),
      ("LEADS", ZAWAHIRI, AQ, "أعلن تنظيم القاعدة، أمس"),
      ("ASSASSINATED_BY", BIN_LADEN, US, "الذي قتلته قوة خاصة أميركية", "2011-05-02"),
      ] + met_group({KERRY: "جون كيري قد عقد في إسلام آباد", ZARDARI: "اجتماعاً مع الرئيس آصف علي",
                     GILANI: "ورئيس الوزراء يوسف رضا جيلاني", KAYANI: "وقائد الجيش الجنرال أشفاق"},
                    "2011-05-16") + [
      ("LEADS", ZARDARI, PAKISTAN, "زرداري ورئيس الوزراء"),
      ("LEADS", GILANI, PAKISTAN, "جيلاني وقائد الجيش"),
      ("LEADS", OBAMA, US, "الرئيس الأميركي باراك أوباما"),
      ],
     {"source": AWSAT, "published": "2011-06-17"}),

    ("enQM5_is_new_caliph_lwj", "en",
     "Islamic State names new 'caliph,' confirms Baghdadi's death\n"
     "By the Long War Journal staff | October 31, 2019\n"
     "The Islamic State confirmed today that its emir, Abu Bakr al-Baghdadi, has been killed, and named a "
     "little-known figure, Abu Ibrahim al-Hashimi al-Qurashi, as his successor. The announcement came in an audio "
     "message released by the group's new spokesman, Abu Hamza al-Qurashi.\n"
     "Baghdadi was killed in the early hours of Oct. 27 when U.S. special operations forces raided his compound "
     "in Barisha, a village in Syria's Idlib province a few miles from the Turkish border. According to President "
     "Donald Trump, the so-called caliph fled into a dead-end tunnel and detonated a suicide vest, killing himself "
     "and two of his children.\n"
     "The audio message also confirmed the death of the previous spokesman, Abu Hassan al-Muhajir, who was killed "
     "in a U.S. airstrike near Jarablus a day after the raid. Abu Hamza took over as spokesman from al-Muhajir.\n"
     "Baghdadi had led the group since 2010, when he succeeded Abu Omar al-Baghdadi, and proclaimed the "
     "caliphate from Mosul's Grand Mosque in 2014.\n"
     "The Syrian Democratic Forces, whose commander Mazloum Abdi said the SDF had supplied intelligence for "
     "the operation, warned that Islamic State cells remain active in eastern Syria.",
     [("LEADS", ABU_BAKR, IS, "its emir, Abu Bakr al-Baghdadi"),
      ("SUCCESSOR_OF", ABU_IBRAHIM, ABU_BAKR, "as his successor", "2019-10-31"),
      ("ASSASSINATED_BY", ABU_BAKR, US, "when U.S. special operations forces raided", "2019-10-27"),
      ("LEADS", TRUMP, US, "According to President"),
      ("ASSASSINATED_BY", HASAN_MUHAJIR, US, "killed in a U.S. airstrike near Jarablus", "2019-10-27"),
      ("SUCCESSOR_OF", ABU_HAMZA, HASAN_MUHAJIR, "took over as spokesman from", "2019-10-31"),
      ("SUCCESSOR_OF", ABU_BAKR, ABU_OMAR, "when he succeeded Abu Omar", "2010-05-16"),
      ("LEADS", MAZLOUM, SDF, "whose commander Mazloum Abdi"),
      ],
     {"source": LWJ, "published": "2019-10-31"}),

    ("arQM6_trump_baghdadi_barisha_arabiya", "ar",
     "ترمب يعلن مقتل البغدادي في عملية أميركية بإدلب.. وأربيل تبحث التعاون مع واشنطن\n"
     "العربية.نت - وكالات\n"
     "أعلن الرئيس الأميركي دونالد ترمب، الأحد، مقتل زعيم تنظيم داعش أبو بكر البغدادي في عملية نفذتها قوات خاصة "
     "أميركية ليل السبت في قرية باريشا بريف إدلب شمال غربي سوريا، قائلاً إن البغدادي \"مات كالكلب\" بعد أن فجّر "
     "سترته الناسفة داخل نفق.\n"
     "وشكر ترمب روسيا وتركيا وسوريا والعراق والأكراد السوريين، فيما قال القائد العام لقوات سوريا الديمقراطية "
     "مظلوم عبدي إن \"عملاً استخبارياً مشتركاً\" مع الجانب الأميركي مهّد للعملية.\n"
     "من جهتها، أعلنت خلية الإعلام الأمني في العراق أن جهاز المخابرات الوطني قدّم معلومات دقيقة عن مكان "
     "البغدادي.\n"
     "وفي أربيل، استقبل رئيس حكومة إقليم كردستان مسرور بارزاني، السفير الأميركي لدى العراق ماثيو تولر، وبحث معه "
     "نتائج العملية والتعاون في مكافحة الإرهاب، بحسب بيان لحكومة الإقليم.\n"
     "وكان وزير الدفاع الأميركي مارك إسبر قد زار بغداد الأربعاء الماضي والتقى نظيره العراقي نجاح الشمري، فيما "
     "ألغيت زيارة كانت مقررة له إلى أربيل.\n"
     "ويعد البغدادي، الذي تولى زعامة التنظيم عام 2010 بعد مقتل أبو عمر البغدادي، أكثر المطلوبين في العالم، "
     "وكانت واشنطن قد رصدت 25 مليون دولار مكافأة لمن يدلي بمعلومات عنه.",
     [("LEADS", TRUMP, US, "أعلن الرئيس الأميركي دونالد ترمب"),
      ("LEADS", ABU_BAKR, IS, "زعيم تنظيم داعش أبو بكر"),
      ("ASSASSINATED_BY", ABU_BAKR, US, "في عملية نفذتها قوات خاصة", "2019-10-26"),
      ("LEADS", MAZLOUM, SDF, "القائد العام لقوات سوريا الديمقراطية"),
      ("LEADS", MASROUR, KRG, "رئيس حكومة إقليم كردستان مسرور"),
      ("MET_WITH", MASROUR, TUELLER, "السفير الأميركي لدى العراق ماثيو تولر", "2019-10-27"),
      ("LEADS", ESPER, PENTAGON, "وزير الدفاع الأميركي مارك إسبر"),
      ("MET_WITH", ESPER, SHAMMARI, "والتقى نظيره العراقي نجاح الشمري", "2019-10-23"),
      ("SUCCESSOR_OF", ABU_BAKR, ABU_OMAR, "الذي تولى زعامة التنظيم عام 2010"),
      ],
     {"source": ARABIYA, "published": "2019-10-27"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQM")
