"""Blind set SP: Saddam Hussein's Iraq, 1979-2003 (second folder of SO-SP): the attempt on Uday Hussein in
al-Mansour (December 1996), Richard Butler's broken-off talks with Tariq Aziz (August 1998), King Hussein's
audiences for Yasser Arafat and Tariq Aziz in Amman (January 1998), George Galloway's audience with Saddam
(August 2002), the killing of Grand Ayatollah Mohammed Sadiq al-Sadr and his two sons in Najaf (February 1999)
and Saddam's capture near Tikrit (December 2003), as Uday's own daily writes it in Arabic (Babil-like: "الأستاذ
عدي صدام حسين", "السيد الرئيس القائد ... حفظه الله ورعاه"), a French wire in English (AFP-like: "BAGHDAD, Aug 4
(AFP) -", "the Australian diplomat"), Jordan's state agency in Arabic (Petra-like: "عمان 25 كانون الثاني
(بترا) -", "جلالة الملك الحسين"), a British daily in English (Guardian-like: "Mr Galloway", "Downing Street"),
Iran's state agency in Arabic (IRNA-like: "طهران - إرنا", "أزلام النظام البعثي", "الشهيد") and a US wire in
English (AP-like: "BAGHDAD, Iraq (AP) -", "Lt. Gen. Ricardo Sanchez").
Pieces: Saddam visits Uday in hospital in the presence of Qusay (Arabic, SP1); Butler and Aziz meet in the
presence of the oil minister, Butler had taken over UNSCOM from Ekeus (English, SP2); King Hussein receives
Arafat in the presence of al-Majali, then receives Aziz (Arabic, SP3); Galloway meets Saddam with Aziz
attending, had earlier met Ramadan (English, SP4); al-Sadr and his sons Mustafa and Muammal killed by men of
the Iraqi regime's services; Khamenei receives al-Hakim (Arabic, SP5); four Governing Council members meet the
captured Saddam; Uday and Qusay killed by US troops (English, SP6).
Excluded on purpose (no relation): the attack on Uday (failed attempt, no agent; "agents of Iran" is an
accusation), Izzat Ibrahim's phone call to Uday (SP1); Butler's called-off meeting with al-Sahhaf, Annan's
phone call to Aziz, Aziz's planned talks with Primakov (SP2); Arafat's planned meeting with Mubarak, the King's
phone call to Annan (SP3); the requested meeting with Uday that did not take place, Downing Street (SP4);
Kharrazi's phone call to Annan, Baghdad's denial (SP5); Saddam's capture (no killing), Ramadan captured by
Kurdish fighters, Izzat al-Douri at large (SP6).
Judgement calls: «زار ... نجله في مستشفى» is a meeting of Saddam and Uday, Qusay «بحضور» paired with both
(SP1); the oil minister present is paired with both Butler and Aziz (SP2); al-Majali «حضر اللقاء» is paired
with the King and Arafat, but not with Aziz, received separately afterwards; Arafat and Aziz not paired (SP3);
Aziz "attended" the audience: paired with Galloway and Saddam; "first met Saddam in 1994" repeats the same pair
(SP4); «نفذه عناصر من أجهزة النظام العراقي», stated by the outlet, gives ASSASSINATED_BY -> country:iraq for
the father and each son (SP5); the four council members who met Saddam together are paired with each other;
"killed by U.S. troops" gives -> country:united-states (SP6).
Filled in for the exercise: the hospital visit, Qusay's presence and the calls (SP1); Rashid's presence, the
called-off al-Sahhaf meeting, the Annan call (SP2); the date, Majali's presence, Arafat's onward trip, the Annan
call (SP3); Aziz's presence, the Ramadan meeting, the Uday request, the date (SP4); Kharrazi's call, the
Khamenei audience for al-Hakim (SP5); al-Rubaie's wording (SP6).
Spellings: «الأستاذ عدي»، «السيد قصي صدام حسين» (SP1); "Tarek Aziz", "Rolf Ekeus" (SP2); «طارق عزيز»،
«عبد السلام المجالي» (SP3); "Saddam", "Tariq Aziz", "Taha Yassin Ramadan" (SP4); «محمد محمد صادق الصدر»،
«كمال خرازي»، «محمد باقر الحكيم» (SP5); "Adel Abdul-Mahdi", "Mouwafak al-Rubaie", "L. Paul Bremer" (SP6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_sp import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, JORDAN, PALESTINE, IRAN, US = (
    "country:iraq", "country:jordan", "country:palestine", "country:iran", "country:united-states")
RCC, UN, UNSCOM, OLYMPIC, LABOUR, IGC, SCIRI, IRANFM = (
    "organization:revolutionary-command-council", "organization:united-nations", "organization:unscom",
    "organization:iraqi-national-olympic-committee", "organization:uk-labour-party",
    "organization:iraqi-governing-council", "organization:islamic-supreme-council-of-iraq",
    "organization:iranian-foreign-ministry")
SADDAM, UDAY, QUSAY, IZZAT, RAMADAN, AZIZ, RASHID = (
    "person:saddam-hussein", "person:uday-hussein", "person:qusay-hussein", "person:izzat-ibrahim-al-douri",
    "person:taha-yassin-ramadan", "person:tariq-aziz", "person:amer-mohammed-rashid")
SADR, MUSTAFA, MUAMMAL = "person:mohammed-sadiq-al-sadr", "person:mustafa-al-sadr", "person:muammal-al-sadr"
BUTLER, EKEUS, ANNAN, KING, ARAFAT, MAJALI, GALLOWAY = (
    "person:richard-butler", "person:rolf-ekeus", "person:kofi-annan", "person:hussein-bin-talal",
    "person:yasser-arafat", "person:abdul-salam-al-majali", "person:george-galloway")
KHATAMI, KHARRAZI, KHAMENEI, HAKIM = (
    "person:mohammad-khatami", "person:kamal-kharrazi", "person:ali-khamenei", "person:mohammed-baqir-al-hakim")
BREMER, SANCHEZ, CHALABI, PACHACHI, RUBAIE, ABDULMAHDI = (
    "person:paul-bremer", "person:ricardo-sanchez", "person:ahmed-chalabi", "person:adnan-pachachi",
    "person:mowaffak-al-rubaie", "person:adil-abdul-mahdi")

BABIL = "blind set (Iraqi daily owned by Uday Hussein, Arabic, Babil-like)"
AFP = "blind set (French news wire, English, AFP-like)"
PETRA = "blind set (Jordanian state news agency, Arabic, Petra-like)"
GUARDIAN = "blind set (British daily, English, Guardian-like)"
IRNA = "blind set (Iranian state news agency, Arabic service, IRNA-like)"
AP = "blind set (US news wire, English, AP-like)"

ARTICLES = [
    ("arSP1_uday_attack_babil", "ar",
     "الأستاذ عدي صدام حسين بخير بعد تعرضه لاعتداء غادر\n"
     "بغداد - «بابل»\n"
     "تعرض الأستاذ عدي صدام حسين، رئيس اللجنة الأولمبية الوطنية العراقية ونقيب الصحفيين، مساء الخميس لاعتداء "
     "غادر جبان، إذ أطلق مسلحون مجهولون النار على سيارته في حي المنصور ببغداد، فأصيب بجروح وصفها الأطباء "
     "بأنها غير خطيرة.\n"
     "وزار السيد الرئيس القائد صدام حسين، حفظه الله ورعاه، نجله في مستشفى ابن سينا واطمأن على صحته، بحضور "
     "السيد قصي صدام حسين.\n"
     "وأكدت مصادر مطلعة لـ«بابل» أن الاعتداء من تدبير عملاء النظام الإيراني وأذنابهم، وأن الأجهزة المختصة "
     "تلاحق الجناة.\n"
     "وتلقى الأستاذ عدي اتصالاً هاتفياً من الرفيق عزة إبراهيم، نائب رئيس مجلس قيادة الثورة، اطمأن فيه على "
     "صحته، كما تلقى برقيات تهنئة بالسلامة من الوزراء وشيوخ العشائر والرياضيين.\n"
     "وتتقدم أسرة تحرير «بابل» إلى أستاذها وراعيها بأصدق التهاني بالسلامة، سائلة المولى أن يحفظه ذخراً "
     "للعراق.",
     [("MET_WITH", SADDAM, UDAY, "نجله في مستشفى ابن سينا", "1996-12-13"),
      ("MET_WITH", QUSAY, SADDAM, "بحضور السيد قصي", "1996-12-13"),
      ("MET_WITH", QUSAY, UDAY, "السيد قصي صدام حسين", "1996-12-13"),
      ("LEADS", UDAY, OLYMPIC, "رئيس اللجنة الأولمبية الوطنية العراقية"),
      ("MEMBER_OF", IZZAT, RCC, "نائب رئيس مجلس قيادة الثورة"),
      ],
     {"source": BABIL, "published": "1996-12-14"}),

    ("enSP2_butler_aziz_talks_afp", "en",
     "UN arms chief Butler leaves Baghdad after talks with Aziz collapse\n"
     "BAGHDAD, Aug 4 (AFP) - Richard Butler, the chief UN weapons inspector, flew out of Baghdad on Tuesday after "
     "Iraqi Deputy Prime Minister Tarek Aziz broke off their talks, branding the Australian diplomat's report on "
     "Iraq's disarmament \"a lie\".\n"
     "The two men met for barely three hours on Monday at the foreign ministry, in the presence of Oil Minister "
     "Amer Mohammed Rashid, diplomats said.\n"
     "Butler, who took over the UN Special Commission (UNSCOM) from Swedish diplomat Rolf Ekeus in July 1997, had "
     "hoped to present a \"road map\" for closing the missile and chemical files.\n"
     "\"Iraq will not cooperate with this commission as long as it serves Washington,\" Aziz told reporters.\n"
     "Butler had been due to meet Foreign Minister Mohammed Saeed al-Sahhaf on Tuesday, but the appointment was "
     "cancelled, an Iraqi official said.\n"
     "In New York, UN Secretary-General Kofi Annan spoke by telephone with Aziz and urged him to reconsider. Aziz "
     "is expected in Moscow next week for talks with Russian Foreign Minister Yevgeny Primakov.",
     [("MET_WITH", BUTLER, AZIZ, "The two men met for barely three hours", "1998-08-03"),
      ("MET_WITH", RASHID, BUTLER, "in the presence of Oil Minister", "1998-08-03"),
      ("MET_WITH", RASHID, AZIZ, "Amer Mohammed Rashid, diplomats said", "1998-08-03"),
      ("SUCCESSOR_OF", BUTLER, EKEUS, "who took over the UN Special Commission", "1997-07-01"),
      ("LEADS", BUTLER, UNSCOM, "from Swedish diplomat Rolf Ekeus"),
      ("LEADS", ANNAN, UN, "UN Secretary-General Kofi Annan"),
      ],
     {"source": AFP, "published": "1998-08-04"}),

    ("arSP3_king_receives_arafat_aziz_petra", "ar",
     "جلالة الملك يستقبل الرئيس عرفات ونائب رئيس الوزراء العراقي\n"
     "عمان 25 كانون الثاني (بترا) - استقبل جلالة الملك الحسين في قصر الندوة اليوم الأحد الرئيس الفلسطيني "
     "ياسر عرفات والوفد المرافق له، وجرى خلال اللقاء بحث آخر مستجدات عملية السلام والجمود الذي يعتريها.\n"
     "وحضر اللقاء رئيس الوزراء الدكتور عبد السلام المجالي.\n"
     "وأكد جلالته وقوف الأردن إلى جانب الأشقاء الفلسطينيين حتى يستعيدوا حقوقهم المشروعة.\n"
     "ثم استقبل جلالته نائب رئيس الوزراء العراقي طارق عزيز الذي نقل إليه رسالة من الرئيس صدام حسين تتعلق "
     "بالأزمة مع اللجنة الخاصة، وأكد جلالة الملك حرص الأردن على تجنيب الشعب العراقي الشقيق مزيداً من "
     "المعاناة والحل بالطرق السلمية.\n"
     "وكان الرئيس عرفات قد وصل إلى عمان قادماً من غزة، ومن المقرر أن يتوجه مساء اليوم إلى القاهرة للقاء الرئيس "
     "المصري حسني مبارك.\n"
     "وأجرى جلالة الملك في وقت لاحق اتصالاً هاتفياً بالأمين العام للأمم المتحدة كوفي عنان تناول تطورات الأزمة.",
     [("MET_WITH", KING, ARAFAT, "الرئيس الفلسطيني ", "1998-01-25"),
      ("MET_WITH", MAJALI, KING, "وحضر اللقاء رئيس الوزراء", "1998-01-25"),
      ("MET_WITH", MAJALI, ARAFAT, "الدكتور عبد السلام المجالي", "1998-01-25"),
      ("MET_WITH", KING, AZIZ, "ثم استقبل جلالته نائب رئيس الوزراء العراقي", "1998-01-25"),
      ("LEADS", ARAFAT, PALESTINE, "ياسر عرفات والوفد"),
      ("LEADS", MAJALI, JORDAN, "رئيس الوزراء الدكتور"),
      ("LEADS", SADDAM, IRAQ, "رسالة من الرئيس صدام حسين"),
      ("LEADS", ANNAN, UN, "بالأمين العام للأمم المتحدة"),
      ],
     {"source": PETRA, "published": "1998-01-25"}),

    ("enSP4_galloway_meets_saddam_guardian", "en",
     "Galloway meets Saddam and warns war 'would set the region ablaze'\n"
     "Baghdad\n"
     "George Galloway, the Labour MP for Glasgow Kelvin, met President Saddam Hussein in Baghdad yesterday, his "
     "second audience with the Iraqi leader, and said afterwards that an American attack would \"set the whole "
     "region ablaze\".\n"
     "The meeting, held in one of the presidential palaces, lasted ninety minutes and was attended by the deputy "
     "prime minister, Tariq Aziz, according to Iraqi officials.\n"
     "Mr Galloway first met Saddam in 1994, when he told him: \"Sir, I salute your courage, your strength, your "
     "indefatigability\" - remarks he has since said were addressed to the Iraqi people.\n"
     "The MP had earlier held talks with Taha Yassin Ramadan, Iraq's vice-president, on the humanitarian "
     "situation under sanctions.\n"
     "A request for a meeting with Uday Hussein, Saddam's elder son, was made but the meeting did not take "
     "place, an Iraqi official said.\n"
     "Downing Street dismissed the visit as \"a stunt\", and several Labour backbenchers called for the whip to "
     "be withdrawn from him.",
     [("MET_WITH", GALLOWAY, SADDAM, "met President Saddam Hussein in Baghdad", "2002-08-11"),
      ("MEMBER_OF", GALLOWAY, LABOUR, "the Labour MP for Glasgow Kelvin"),
      ("MET_WITH", AZIZ, GALLOWAY, "was attended by the deputy", "2002-08-11"),
      ("MET_WITH", AZIZ, SADDAM, "prime minister, Tariq Aziz, according", "2002-08-11"),
      ("MET_WITH", GALLOWAY, RAMADAN, "held talks with Taha Yassin Ramadan"),
      ],
     {"source": GUARDIAN, "published": "2002-08-12"}),

    ("arSP5_sadr_killed_najaf_irna", "ar",
     "استشهاد آية الله العظمى السيد محمد صادق الصدر ونجليه برصاص أزلام النظام البعثي\n"
     "طهران - إرنا\n"
     "استشهد المرجع الديني آية الله العظمى السيد محمد محمد صادق الصدر ونجلاه السيد مصطفى والسيد مؤمل مساء "
     "الجمعة في مدينة النجف الأشرف، إثر هجوم مسلح نفذه عناصر من أجهزة النظام العراقي على سيارتهم لدى "
     "عودتهم من صلاة الجمعة.\n"
     "وأدان رئيس الجمهورية الإسلامية الإيرانية حجة الإسلام والمسلمين السيد محمد خاتمي الجريمة النكراء، معتبراً "
     "أنها «تكشف الطبيعة الدموية لنظام صدام».\n"
     "وأجرى وزير الخارجية كمال خرازي اتصالاً هاتفياً بالأمين العام للأمم المتحدة كوفي عنان، طالبه فيه بإدانة "
     "الجريمة.\n"
     "وفي طهران، استقبل قائد الثورة الإسلامية آية الله العظمى السيد علي خامنئي، اليوم السبت، وفداً من علماء "
     "العراق برئاسة آية الله السيد محمد باقر الحكيم رئيس المجلس الأعلى للثورة الإسلامية في العراق، وقدم إليهم "
     "التعازي باستشهاد الصدر.\n"
     "من جهتها، نفت بغداد أي علاقة لها بالحادث، وزعمت أنها اعتقلت عدداً من المشتبه بهم.",
     [("ASSASSINATED_BY", SADR, IRAQ, "نفذه عناصر من أجهزة النظام العراقي", "1999-02-19"),
      ("ASSASSINATED_BY", MUSTAFA, IRAQ, "ونجلاه السيد مصطفى", "1999-02-19"),
      ("ASSASSINATED_BY", MUAMMAL, IRAQ, "والسيد مؤمل", "1999-02-19"),
      ("LEADS", KHATAMI, IRAN, "رئيس الجمهورية الإسلامية الإيرانية"),
      ("LEADS", KHARRAZI, IRANFM, "وزير الخارجية كمال خرازي"),
      ("MET_WITH", KHAMENEI, HAKIM, "برئاسة آية الله السيد محمد باقر الحكيم", "1999-02-20"),
      ("LEADS", HAKIM, SCIRI, "رئيس المجلس الأعلى للثورة الإسلامية"),
      ("LEADS", KHAMENEI, IRAN, "قائد الثورة الإسلامية آية الله"),
      ],
     {"source": IRNA, "published": "1999-02-20"}),

    ("enSP6_saddam_captured_ap", "en",
     "'We got him': U.S. troops capture Saddam Hussein near Tikrit\n"
     "BAGHDAD, Iraq (AP) - U.S. forces captured Saddam Hussein, bearded and disheveled, in a hole at a farmhouse "
     "near his hometown of Tikrit, ending an eight-month manhunt, the top American administrator in Iraq, L. Paul "
     "Bremer, announced Sunday. \"Ladies and gentlemen, we got him,\" Bremer told a news conference.\n"
     "The raid, by about 600 soldiers of the 4th Infantry Division, met no resistance, said Lt. Gen. Ricardo "
     "Sanchez, the commander of coalition ground forces.\n"
     "Four members of the Iraqi Governing Council - Ahmed Chalabi, Adnan Pachachi, Mouwafak al-Rubaie and Adel "
     "Abdul-Mahdi - met the former president together after his capture and said he was unrepentant.\n"
     "\"He was defiant and sarcastic,\" al-Rubaie told reporters.\n"
     "Saddam's sons Uday and Qusay were killed by U.S. troops in a gunbattle in Mosul in July. His vice president, "
     "Taha Yassin Ramadan, was captured by Kurdish fighters in August, while Izzat Ibrahim al-Douri, the most "
     "senior figure of the old regime still at large, carries a $10 million bounty.",
     met_group({CHALABI: "Ahmed Chalabi, Adnan", PACHACHI: "Adnan Pachachi, Mouwafak",
                RUBAIE: "Mouwafak al-Rubaie and Adel", ABDULMAHDI: "Abdul-Mahdi - met",
                SADDAM: "met the former president together"}, "2003-12-14") + [
      ("MEMBER_OF", CHALABI, IGC, "Four members of the Iraqi Governing Council"),
      ("ASSASSINATED_BY", UDAY, US, "Saddam's sons Uday", "2003-07-22"),
      ("ASSASSINATED_BY", QUSAY, US, "were killed by U.S. troops", "2003-07-22"),
      ],
     {"source": AP, "published": "2003-12-14"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSP")
