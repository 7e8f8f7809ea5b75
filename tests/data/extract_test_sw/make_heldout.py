"""Blind set SW: the Islamic State's leaders and their killers, 2006-2016 (first folder of SW-SX): Abu Musab
al-Zarqawi killed by a US air strike near Baqubah (7 June 2006) and Abu Hamza al-Muhajir named in his place,
whom the US military took to be Abu Ayyub al-Masri (June 2006), Abu Omar al-Baghdadi and Abu Ayyub al-Masri
killed in a joint Iraqi-US raid near Tikrit (18 April 2010) and Abu Bakr al-Baghdadi named in Abu Omar's place
(May 2010), the spokesman Abu Mohammed al-Adnani killed near al-Bab (30 August 2016) and Abu al-Hasan
al-Muhajir named in his place (December 2016), with the meetings of Iraqi, Kurdish and US officials around
these operations, as a US wire writes it in English (AP-like: "BAGHDAD, Iraq (AP) _"), a Baghdad daily in
Arabic (Al-Sabah-like: "بغداد - «الصباح»"), a British wire in English (Reuters-like: "BAGHDAD, April 19
(Reuters) -"), an Iraqi independent agency in Arabic (Aswat al-Iraq-like: "أربيل/ أصوات العراق -"), a US daily
in English (New York Times-like: "Mr. Adnani") and a Syrian opposition site in Arabic (Enab Baladi-like:
"عنب بلدي -").
Pieces: Zarqawi killed in a US air strike; Maliki had met Khalilzad and Casey before announcing it (English,
SW1); Abu Hamza al-Muhajir named to succeed Zarqawi; Maliki meets Rubaie and Bolani (Arabic, SW2); Abu Omar
al-Baghdadi and al-Masri killed by Iraqi and US forces; Maliki meets Odierno and Hill (English, SW3); Abu Bakr
al-Baghdadi named in Abu Omar's place, Abu Suleiman in al-Masri's; Masoud Barzani receives Odierno with Barham
Salih present (Arabic, SW4); the Pentagon confirms that a US strike killed Adnani; Carter met Obeidi (English,
SW5); Abu al-Hasan al-Muhajir named spokesman in Adnani's place; McGurk met Ilham Ahmed (Arabic, SW6).
Excluded on purpose (no relation): Bush's phone call to Maliki and their expected meeting, the Jordanian role
the US would not confirm (SW1); the US spokesman's hedge on the identity of al-Muhajir, the Defence Ministry's
denial (SW2); the earlier, disproved announcements of Abu Omar's death, Biden's phone call (SW3); the statement
not independently verified (for the succession it is what the group announced: annotated), Odierno's planned
visit to Kirkuk, the Peshmerga's denial of a part in the Tikrit raid (SW4); the Russian claim that the US
dismissed, Carter's phone call to Isik (SW5); Amaq's obituary with no agent, the Russian claim denied by
Washington, the planned meeting with a Turkish delegation (SW6).
Judgement calls: "killed in a U.S. airstrike" / "بغارة أميركية" names the agent: victim -> United States (SW1,
SW2, SW3); "with whom he had met at his office earlier": the three met together (SW1); "اجتمع ... بمستشار
الأمن القومي ... ووزير الداخلية" is a meeting of the three (SW2); "Iraqi and U.S. forces have killed" gives two
agents, each victim -> Iraqi Security Forces and -> United States (SW3, SW4); "took over al Qaeda in Iraq after
Abu Musab al-Zarqawi was killed" is a succession (SW3); "بايع ... أميراً للتنظيم خلفاً لـ" is a succession,
announced by the group itself (SW4); "استقبل ... بحضور" one attendee: paired with both principals (SW4); the
Pentagon's confirmation "an American airstrike killed" is a killing with a named agent (SW5, SW6); a
spokesman is a MEMBER_OF his group, a caliph / "زعيم" LEADS it; "متحدثاً رسمياً ... خلفاً لـ" is a succession
(SW6); receptions and in-person talks are meetings (SQ/SR), phone calls are not.
Filled in for the exercise: the morning meeting of Maliki, Khalilzad and Casey, the expected Bush visit
(SW1); the meeting with Rubaie and Bolani and the denial (SW2); the meeting with Odierno and Hill (SW3);
Barzani's reception of Odierno and Salih's presence, the planned Kirkuk visit, Yawar's denial (SW4); Carter's
meeting with Obeidi and his call to Isik (SW5); McGurk's meeting with Ilham Ahmed and the planned meeting (SW6).
Spellings: "Abu Musab al-Zarqawi", "al-Qaida in Iraq", "Gen. George Casey" (SW1); «أبي حمزة المهاجر»، «أبي
أيوب المصري»، «تنظيم القاعدة في بلاد الرافدين» (SW2); "Nuri al-Maliki", "al Qaeda", "Abu Omar al-Baghdadi",
"General Ray Odierno" (SW3); «أبا بكر البغدادي الحسيني القرشي»، «الجنرال راي أوديرنو»، «برهم صالح» (SW4);
"Abu Muhammad al-Adnani", "Ashton B. Carter", "Khaled al-Obeidi" (SW5); «أبو الحسن المهاجر»، «بريت
ماكغورك»، «إلهام أحمد» (SW6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_sx import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, US = "country:iraq", "country:united-states"
IS, AQI, ISF, IQ_DEF, IQ_INT, KRG, KRP, DOD, SDC = (
    "organization:islamic-state", "organization:al-qaeda-in-iraq", "organization:iraqi-security-forces",
    "organization:iraqi-defense-ministry", "organization:iraqi-interior-ministry",
    "organization:kurdistan-regional-government", "organization:kurdistan-region-presidency",
    "organization:us-department-of-defense", "organization:syrian-democratic-council")
ZARQAWI, MASRI, ABU_OMAR, ABU_BAKR, ABU_SULEIMAN, ADNANI, HASAN_MUHAJIR = (
    "person:abu-musab-al-zarqawi", "person:abu-ayyub-al-masri", "person:abu-omar-al-baghdadi",
    "person:abu-bakr-al-baghdadi", "person:abu-suleiman-al-nasser", "person:abu-mohammad-al-adnani",
    "person:abu-al-hasan-al-muhajir")
MALIKI, RUBAIE, BOLANI, SALIH, OBEIDI, MASOUD, ILHAM = (
    "person:nouri-al-maliki", "person:mowaffak-al-rubaie", "person:jawad-al-bolani", "person:barham-salih",
    "person:khaled-al-obeidi", "person:masoud-barzani", "person:ilham-ahmed")
BUSH, KHALILZAD, CASEY, ODIERNO, HILL, CARTER, MCGURK = (
    "person:george-w-bush", "person:zalmay-khalilzad", "person:george-casey", "person:ray-odierno",
    "person:christopher-hill", "person:ash-carter", "person:brett-mcgurk")

AP = "blind set (US news wire, English, AP-like)"
SABAH = "blind set (Baghdad daily, Arabic, Al-Sabah-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
ASWAT = "blind set (Iraqi independent news agency, Arabic, Aswat al-Iraq-like)"
NYT = "blind set (US daily, English, New York Times-like)"
ENAB = "blind set (Syrian opposition news site, Arabic, Enab Baladi-like)"

ARTICLES = [
    ("enSW1_zarqawi_killed_ap", "en",
     "Al-Qaida in Iraq leader al-Zarqawi killed in U.S. airstrike\n"
     "BAGHDAD, Iraq (AP) _ Abu Musab al-Zarqawi, the leader of al-Qaida in Iraq who waged a campaign of suicide "
     "bombings, kidnappings and beheadings, was killed in a U.S. airstrike on an isolated safehouse north of "
     "Baghdad, Prime Minister Nouri al-Maliki announced Thursday.\n"
     "Two 500-pound bombs were dropped on the house near Baqouba on Wednesday evening, killing al-Zarqawi and "
     "seven others, among them his spiritual adviser, the U.S. military said.\n"
     "Al-Maliki made the announcement at a news conference alongside U.S. Ambassador Zalmay Khalilzad and Gen. "
     "George Casey, the top American commander in Iraq, with whom he had met at his office earlier in the "
     "morning to review the identification of the body.\n"
     "\"Today, al-Zarqawi has been terminated,\" al-Maliki said to applause from Iraqi reporters.\n"
     "President Bush telephoned al-Maliki from the White House to congratulate him, and the two leaders are "
     "expected to meet in the coming weeks, a spokesman said.\n"
     "Jordanian officials said their intelligence services had provided information that led to the strike, "
     "but U.S. officials would not confirm any Jordanian role.\n"
     "An Internet statement attributed to al-Qaida in Iraq confirmed the death of its leader and vowed to "
     "continue \"holy war.\" It did not name a successor.",
     [("ASSASSINATED_BY", ZARQAWI, US, "was killed in a U.S. airstrike on an isolated", "2006-06-07"),
      ("LEADS", ZARQAWI, AQI, "the leader of al-Qaida in Iraq who waged"),
      ("LEADS", MALIKI, IRAQ, "Prime Minister Nouri al-Maliki announced"),
      ("LEADS", BUSH, US, "President Bush telephoned"),
      ]
     + met_group({MALIKI: "Al-Maliki made the announcement", KHALILZAD: "U.S. Ambassador Zalmay Khalilzad",
                  CASEY: "with whom he had met at his office"}, "2006-06-08"),
     {"source": AP, "published": "2006-06-08"}),

    ("arSW2_muhajir_succeeds_zarqawi_sabah", "ar",
     "«مجلس شورى المجاهدين» يعلن اختيار «أبي حمزة المهاجر» خلفاً للزرقاوي\n"
     "بغداد - «الصباح»\n"
     "أعلن ما يسمى «مجلس شورى المجاهدين في العراق»، في بيان نُشر أمس الاثنين على موقع إلكتروني تستخدمه "
     "الجماعات المسلحة عادة، اختيار المدعو أبي حمزة المهاجر أميراً جديداً لتنظيم القاعدة في بلاد الرافدين، "
     "خلفاً للإرهابي أبي مصعب الزرقاوي الذي قُتل بغارة أميركية قرب بعقوبة مساء الأربعاء الماضي.\n"
     "ولم يتضمن البيان أي معلومات عن المهاجر، فيما رجّح متحدث باسم القوات متعددة الجنسيات أن يكون الاسم كنية "
     "لمقاتل مصري يُعرف بأبي أيوب المصري، مؤكداً أن لا دليل قاطعاً على ذلك حتى الآن.\n"
     "إلى ذلك، اجتمع رئيس مجلس الوزراء نوري المالكي، أمس، بمستشار الأمن القومي الدكتور موفق الربيعي ووزير "
     "الداخلية جواد البولاني، وبحث معهما الاستعدادات لإطلاق الخطة الأمنية الجديدة للعاصمة.\n"
     "وقال الربيعي للصحفيين عقب الاجتماع إن القوات العراقية والأميركية عثرت في المنزل المستهدف على وثائق "
     "وصفها بـ\"الكنز\"، تكشف عن شبكة التنظيم وأماكن تخزين أسلحته.\n"
     "ونفت وزارة الدفاع ما تناقلته وسائل إعلام عن اعتقال عدد من مساعدي الزرقاوي في ديالى، مشيرة إلى أن "
     "التحقيقات ما زالت جارية.",
     [("SUCCESSOR_OF", MASRI, ZARQAWI, "خلفاً للإرهابي أبي مصعب", "2006-06-12"),
      ("LEADS", MASRI, AQI, "أميراً جديداً لتنظيم القاعدة"),
      ("ASSASSINATED_BY", ZARQAWI, US, "الذي قُتل بغارة أميركية", "2006-06-07"),
      ("LEADS", MALIKI, IRAQ, "رئيس مجلس الوزراء نوري المالكي"),
      ("LEADS", BOLANI, IQ_INT, "الداخلية جواد البولاني"),
      ]
     + met_group({MALIKI: "اجتمع رئيس مجلس الوزراء", RUBAIE: "الدكتور موفق الربيعي ووزير",
                  BOLANI: "جواد البولاني، وبحث"}, "2006-06-12"),
     {"source": SABAH, "published": "2006-06-13"}),

    ("enSW3_abu_omar_masri_killed_reuters", "en",
     "Iraq says top al Qaeda leaders killed in raid near Tikrit\n"
     "BAGHDAD, April 19 (Reuters) - Iraqi and U.S. forces have killed the two top leaders of al Qaeda in Iraq, "
     "Abu Ayyub al-Masri and Abu Omar al-Baghdadi, in a raid on a safe house near the northern city of Tikrit, "
     "Prime Minister Nuri al-Maliki said on Monday.\n"
     "Maliki showed reporters photographs of the two bodies at a news conference in Baghdad. The operation was "
     "carried out on Sunday in the Thar Thar area, about 80 km (50 miles) from the capital, after an arrest last "
     "month yielded intelligence on their whereabouts, he said.\n"
     "Earlier on Monday, Maliki met the U.S. military commander in Iraq, General Ray Odierno, and U.S. Ambassador "
     "Christopher Hill at his office, aides said.\n"
     "Odierno later confirmed the deaths in a statement, calling them \"potentially the most significant blow "
     "to al Qaeda in Iraq since the beginning of the insurgency.\"\n"
     "Masri, an Egyptian also known as Abu Hamza al-Muhajir, took over al Qaeda in Iraq after Abu Musab "
     "al-Zarqawi was killed by a U.S. air strike in June 2006. Baghdadi headed the Islamic State of Iraq, an "
     "umbrella group formed by al Qaeda that year.\n"
     "Iraqi officials have announced Baghdadi's capture or death several times before, including in 2007 and "
     "2009, only for the claims to be disproved.\n"
     "U.S. Vice President Joe Biden telephoned Maliki to congratulate him, the premier's office said.",
     [("ASSASSINATED_BY", MASRI, ISF, "Iraqi and U.S. forces have killed", "2010-04-18"),
      ("ASSASSINATED_BY", MASRI, US, "Abu Ayyub al-Masri and Abu Omar", "2010-04-18"),
      ("ASSASSINATED_BY", ABU_OMAR, ISF, "in a raid on a safe house near", "2010-04-18"),
      ("ASSASSINATED_BY", ABU_OMAR, US, "the two top leaders of al Qaeda in Iraq,", "2010-04-18"),
      ("LEADS", MALIKI, IRAQ, "Prime Minister Nuri al-Maliki said"),
      ("SUCCESSOR_OF", MASRI, ZARQAWI, "took over al Qaeda in Iraq after", "2006-06"),
      ("LEADS", MASRI, AQI, "an Egyptian also known as"),
      ("ASSASSINATED_BY", ZARQAWI, US, "was killed by a U.S. air strike in June 2006", "2006-06-07"),
      ("LEADS", ABU_OMAR, IS, "Baghdadi headed the Islamic State of Iraq"),
      ]
     + met_group({MALIKI: "Earlier on Monday, Maliki met", ODIERNO: "General Ray Odierno, and",
                  HILL: "Christopher Hill at his office"}, "2010-04-19"),
     {"source": REUTERS, "published": "2010-04-19"}),

    ("arSW4_abu_bakr_named_aswat", "ar",
     "«دولة العراق الإسلامية» تعلن تنصيب «أبي بكر البغدادي» أميراً لها خلفاً لأبي عمر\n"
     "أربيل/ أصوات العراق - أعلن تنظيم «دولة العراق الإسلامية»، المرتبط بالقاعدة، في بيان نُشر على مواقع "
     "إسلامية أمس الأحد، أن «مجلس الشورى» في التنظيم بايع أبا بكر البغدادي الحسيني القرشي أميراً للتنظيم "
     "خلفاً لأبي عمر البغدادي، الذي قُتل مع «وزير الحرب» أبي أيوب المصري في عملية مشتركة للقوات العراقية "
     "والأميركية قرب تكريت الشهر الماضي.\n"
     "وأضاف البيان أن «الناصر لدين الله أبا سليمان» عُيّن وزيراً للحرب خلفاً للمصري. ولم يتسنّ لـ«أصوات "
     "العراق» التحقق من صحة البيان من مصدر مستقل.\n"
     "وفي أربيل، استقبل رئيس إقليم كردستان مسعود بارزاني، أمس، قائد القوات الأميركية في العراق الجنرال راي "
     "أوديرنو، بحضور رئيس حكومة الإقليم برهم صالح، وجرى خلال اللقاء بحث الأوضاع الأمنية في المناطق المتنازع "
     "عليها والتنسيق بين قوات البيشمركة والقوات الاتحادية.\n"
     "وقال صالح للصحفيين إن الجانبين اتفقا على استمرار عمل الآلية الأمنية المشتركة، فيما أشار مصدر كردي إلى "
     "أن من المقرر أن يزور أوديرنو كركوك الأسبوع المقبل.\n"
     "من جهته، نفى الأمين العام لوزارة البيشمركة جبار ياور ما ذكرته تقارير عن مشاركة قوات كردية في عملية "
     "تكريت.",
     [("SUCCESSOR_OF", ABU_BAKR, ABU_OMAR, "أميراً للتنظيم خلفاً لأبي عمر", "2010-05-16"),
      ("LEADS", ABU_BAKR, IS, "بايع أبا بكر البغدادي الحسيني"),
      ("ASSASSINATED_BY", ABU_OMAR, ISF, "في عملية مشتركة للقوات العراقية", "2010-04-18"),
      ("ASSASSINATED_BY", ABU_OMAR, US, "والأميركية قرب تكريت", "2010-04-18"),
      ("ASSASSINATED_BY", MASRI, ISF, "مع «وزير الحرب» أبي أيوب", "2010-04-18"),
      ("ASSASSINATED_BY", MASRI, US, "قرب تكريت الشهر الماضي", "2010-04-18"),
      ("SUCCESSOR_OF", ABU_SULEIMAN, MASRI, "عُيّن وزيراً للحرب خلفاً للمصري", "2010-05-16"),
      ("LEADS", MASOUD, KRP, "رئيس إقليم كردستان مسعود"),
      ("LEADS", SALIH, KRG, "رئيس حكومة الإقليم برهم"),
      ]
     + met_group({MASOUD: "استقبل رئيس إقليم كردستان", ODIERNO: "الجنرال راي",
                  SALIH: "بحضور رئيس حكومة الإقليم"}, "2010-05-16"),
     {"source": ASWAT, "published": "2010-05-17"}),
]

ARTICLES += [
    ("enSW5_adnani_killed_nyt", "en",
     "Pentagon Confirms ISIS Spokesman Was Killed in U.S. Airstrike\n"
     "WASHINGTON - The Pentagon confirmed on Monday that an American airstrike killed Abu Muhammad al-Adnani, "
     "the Islamic State's chief spokesman and the architect of its terrorist attacks abroad, near the Syrian "
     "town of Al Bab on Aug. 30.\n"
     "\"Adnani's death further degrades ISIL's ability to conduct external operations,\" the Pentagon press "
     "secretary, Peter Cook, said in a statement.\n"
     "The Islamic State's news agency, Amaq, had announced his death on the day of the strike, saying only that "
     "he was \"martyred while surveying the operations to repel the military campaigns against Aleppo.\"\n"
     "The Russian Defense Ministry claimed at the time that one of its Su-34 bombers had killed Mr. Adnani in "
     "Aleppo Province, a claim that American officials dismissed as \"a joke.\"\n"
     "Mr. Adnani, a Syrian whose real name was Taha Subhi Falaha, was among the group's earliest leaders and a "
     "close aide to its self-proclaimed caliph, Abu Bakr al-Baghdadi.\n"
     "Defense Secretary Ashton B. Carter, who met Iraq's defense minister, Khaled al-Obeidi, at the Pentagon "
     "last week to discuss the coming offensive on Mosul, spoke by telephone on Sunday with his Turkish "
     "counterpart, Fikri Isik. The Islamic State has not named a new spokesman.",
     [("ASSASSINATED_BY", ADNANI, US, "an American airstrike killed Abu Muhammad", "2016-08-30"),
      ("MEMBER_OF", ADNANI, IS, "the Islamic State's chief spokesman"),
      ("LEADS", ABU_BAKR, IS, "its self-proclaimed caliph"),
      ("LEADS", CARTER, DOD, "Defense Secretary Ashton B. Carter"),
      ("MET_WITH", CARTER, OBEIDI, "who met Iraq's defense minister", "2016-09"),
      ("LEADS", OBEIDI, IQ_DEF, "Khaled al-Obeidi, at the Pentagon"),
      ],
     {"source": NYT, "published": "2016-09-13"}),

    ("arSW6_muhajir_succeeds_adnani_enab", "ar",
     "تنظيم «الدولة» يعيّن متحدثاً جديداً خلفاً للعدناني\n"
     "عنب بلدي - عيّن تنظيم «الدولة الإسلامية» المدعو أبو الحسن المهاجر متحدثاً رسمياً باسمه، خلفاً لأبي "
     "محمد العدناني، الذي قُتل بغارة جوية قرب مدينة الباب في ريف حلب الشرقي، نهاية آب الماضي.\n"
     "وظهر المهاجر في تسجيل صوتي بثته مؤسسة «الفرقان» التابعة للتنظيم، الاثنين 5 كانون الأول، هو الأول له "
     "منذ تعيينه، دعا فيه مقاتلي التنظيم إلى «الثبات» في الموصل، من دون أن يأتي على ذكر زعيم التنظيم أبي بكر "
     "البغدادي.\n"
     "ولا تتوفر معلومات عن المهاجر، باستثناء كنيته التي تشير إلى أنه ليس عراقياً أو سورياً.\n"
     "وكانت وكالة «أعماق» قد نعت العدناني دون أن تحدد الجهة التي قتلته، قبل أن تؤكد وزارة الدفاع الأميركية "
     "(البنتاغون) في أيلول أن غارة أميركية قتلته، بينما ادّعت موسكو أن طائراتها نفذت الضربة، وهو ما نفته "
     "واشنطن.\n"
     "في سياق منفصل، التقى المبعوث الرئاسي الأميركي للتحالف الدولي، بريت ماكغورك، الرئيسة المشتركة لمجلس سوريا "
     "الديمقراطية إلهام أحمد في بلدة عين عيسى بريف الرقة، وبحثا التحضيرات لمعركة الرقة. ومن المقرر أن يلتقي "
     "ماكغورك وفداً تركياً في أنقرة الأسبوع المقبل، بحسب مصادر مطلعة.",
     [("SUCCESSOR_OF", HASAN_MUHAJIR, ADNANI, "متحدثاً رسمياً باسمه، خلفاً لأبي", "2016-12"),
      ("MEMBER_OF", HASAN_MUHAJIR, IS, "المدعو أبو الحسن المهاجر"),
      ("LEADS", ABU_BAKR, IS, "زعيم التنظيم أبي بكر"),
      ("ASSASSINATED_BY", ADNANI, US, "أن غارة أميركية قتلته", "2016-08-30"),
      ("MET_WITH", MCGURK, ILHAM, "التقى المبعوث الرئاسي الأميركي", "2016-12"),
      ("LEADS", ILHAM, SDC, "الرئيسة المشتركة لمجلس سوريا"),
      ],
     {"source": ENAB, "published": "2016-12-06"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSW")
