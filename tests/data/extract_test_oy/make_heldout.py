"""Blind set OY: the Horn of Africa and the Red Sea 2018-2022 (first folder of OY-OZ): Abiy Ahmed's first
visit to Asmara and the Eritrean delegation in Addis Ababa (June-July 2018), Ismail Omar Guelleh receiving
the foreign ministers of Ethiopia, Eritrea and Somalia after the Asmara tripartite summit (September 2018),
the Jeddah signing and the Djibouti-Eritrea meeting under King Salman (September 2018), Mariam al-Mahdi's
GERD talks in Cairo (March 2021), the US strike that killed Abdullahi Nadir and al-Shabaab's succession
since Godane (October 2022), and Hassan Sheikh Mohamud's return to the presidency and his choice of Hamza
Abdi Barre as prime minister (May-June 2022), as a French news wire writes it in English (AFP-like:
"ASMARA, Eritrea (AFP) -"), Djibouti's state broadcaster in Arabic (RTD-like: "استقبل فخامة رئيس
الجمهورية السيد"), a Saudi daily in English (Arab News-like: "JEDDAH:", "under the auspices of King
Salman"), Sudan's state agency in Arabic (SUNA-like: "القاهرة (سونا) -", "وأكد الجانبان"), a US
think-tank brief in English (Critical Threats Africa File-like: "Key takeaway:") and a Somali news site
in Arabic (al-Somal al-Jadid-like: "مقديشو – الصومال الجديد", "خلفاً لـ").
Pieces: Isaias embraces Abiy at the airport, Workneh accompanies Abiy, Abiy took office after Hailemariam
resigned, Osman Saleh and Yemane Gebreab's delegation received by Abiy in June (English, OY1); Guelleh
receives Workneh, Osman Saleh and Ahmed Isse Awad together with Mahmoud Ali Youssouf present, the Asmara
summit of Isaias, Abiy and Farmajo the day before (Arabic, OY2); Guelleh and Isaias meet under King Salman
with Mohammed bin Salman present, the Jeddah signing by Isaias and Abiy presided over by King Salman and
attended by Guterres and Abdullah bin Zayed (English, OY3); Mariam al-Mahdi holds talks with Shoukry and is
received by Sisi in Shoukry's presence (Arabic, OY4); AFRICOM's strike kills Abdullahi Nadir, a US strike
killed Godane, Diriye named emir after him, AFRICOM's strike that killed Bashir Qorgab (English, OY5);
Hassan Sheikh names Hamza Abdi Barre to succeed Roble, Hassan Sheikh succeeds Farmajo and meets him at the
handover, Roble had succeeded Khaire (Arabic, OY6).
Excluded on purpose (no relation): Yemane Gebremeskel's tweet, Guelleh's telephone call to Abiy (OY1);
Guelleh's phone call to Abiy the week before, the awaited Guelleh-Isaias meeting with no date (OY2); the
three-way meeting with Abiy and Guelleh that did not take place, Jubeir merely quoted (OY3); Burhan, who
only sent a message, Yasir Abbas's video call with Abdel Aty, Dina Mufti's statement (OY4); Nadir as a
possible successor to Diriye ("could replace"), Ali Mohamed Rage targeted but alive (a failed attempt),
Hassan Sheikh thanking Washington (OY5); the Qatari emir's congratulation call, the planned trip to Ankara
(OY6).
Judgement calls: a foreign minister who "accompanied" his leader on a visit is paired with both leaders
(OY1 Workneh, as an attendee); a delegation "led by" the foreign minister with a named adviser: both met
the host, the two delegates not paired with each other (OY1); a three-minister delegation received together
is a meeting of all four, the host's foreign minister "بحضور" is paired with the host and each guest (OY2);
"the summit held by" three leaders is a meeting of the three (OY2); a signing "presided over" by the king
is a meeting of the king and both signatories, the two who "attended" are paired with the three and with
each other (attendees of one list attend together) (OY3); "met under the auspices of King Salman, who
hosted the two leaders in the presence of" the crown prince: the king with both guests, the crown prince
with the three (OY3); the foreign minister present at the audience is paired with the host president
(OY4); "AFRICOM said its airstrike killed" gives the victim -> AFRICOM (the claimant and striker), not the
United States; "a US airstrike killed" gives -> country:united-states; the Somali government, which
"said it had been coordinated with its forces", is not an agent (OY5); "was named emir days after
a US airstrike killed his predecessor" is a succession (OY5); a handover ceremony where "the two men met"
is a meeting (OY6); a president LEADS the country, a foreign minister his ministry, an emir his group.
Filled in for the exercise: Workneh's presence, Guelleh's call, the street scenes, the talks "the next
day" in June (OY1); the hour, the
message and the wording of the ministers (OY2); Mohammed bin Salman's presence, Jubeir's quote, the
three-way meeting that did not happen (OY3); the venue, the wording of the joint statement, Shoukry's
presence, the video call (OY4); the place of the Nadir strike, the wording of the AFRICOM statements, the
claim about Ali Mohamed Rage (OY5); the wording of the ceremony, the call and the planned trip (OY6).
Spellings: "Isaias Afwerki", "Yemane G. Meskel" spelled "Yemane Gebremeskel", "Hailemariam Desalegn" (OY1);
"إسماعيل عمر جيله", "ورقنه جبيهو", "أسياس أفورقي", "محمد عبد الله فرماجو" (OY2); "Isaias Afewerki" beside
"Isaias Afwerki", "Antonio Guterres", "Sheikh Abdullah bin Zayed" (OY3); "مريم الصادق المهدي", "سامح
شكري", "السيسي" (OY4); "Abdullahi Yare", "Ahmed Umar Abu Ubaidah", "Bashir Qorgab" (OY5); "حسن شيخ
محمود", "روبلي", "فرماجو", "حسن علي خيري" (OY6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_oz import ALL  # noqa: E402

HERE = Path(__file__).parent

ETHIOPIA, ERITREA, SOMALIA, DJIBOUTI, EGYPT = (
    "country:ethiopia", "country:eritrea", "country:somalia", "country:djibouti", "country:egypt")
US = "country:united-states"
ASMARA = "location:asmara"
SHABAAB, AFRICOM, UN = "organization:al-shabaab", "organization:us-africa-command", "organization:united-nations"
SOVCOUNCIL = "organization:sudan-sovereignty-council"
ETHFM, ERIFM, SOMFM, DJIFM, SUDFM, EGYFM, SAUFM, UAEFM = (
    "organization:ethiopian-foreign-ministry", "organization:eritrean-foreign-ministry",
    "organization:somali-foreign-ministry", "organization:djiboutian-foreign-ministry",
    "organization:sudanese-foreign-ministry", "organization:egyptian-foreign-ministry",
    "organization:saudi-foreign-ministry", "organization:uae-foreign-ministry")
ABIY, HAILEMARIAM, WORKNEH = "person:abiy-ahmed", "person:hailemariam-desalegn", "person:workneh-gebeyehu"
ISAIAS, OSMAN, GEBREAB = "person:isaias-afwerki", "person:osman-saleh-mohammed", "person:yemane-gebreab"
GUELLEH, YOUSSOUF = "person:ismail-omar-guelleh", "person:mahmoud-ali-youssouf"
FARMAJO, HSM, KHAIRE, ROBLE, HAMZA, AWAD = (
    "person:mohamed-abdullahi-farmaajo", "person:hassan-sheikh-mohamud", "person:hassan-ali-khaire",
    "person:mohamed-hussein-roble", "person:hamza-abdi-barre", "person:ahmed-isse-awad")
DIRIYE, GODANE, NADIR, QORGAB = (
    "person:ahmed-diriye", "person:ahmed-abdi-godane", "person:abdullahi-nadir", "person:bashir-mohamed-mahamoud")
MARIAM, BURHAN, SISI, SHOUKRY = (
    "person:mariam-al-sadiq-al-mahdi", "person:abdel-fattah-al-burhan", "person:abdel-fattah-el-sisi",
    "person:sameh-shoukry")
SALMAN, MBS, JUBEIR, ABZ, GUTERRES = (
    "person:salman-bin-abdulaziz", "person:mohammed-bin-salman", "person:adel-al-jubeir",
    "person:abdullah-bin-zayed", "person:antonio-guterres")

AFP = "blind set (French news wire, English service, AFP-like)"
RTD = "blind set (Djibouti state broadcaster, Arabic service, RTD-like)"
ARABNEWS = "blind set (Saudi daily, English, Arab News-like)"
SUNA = "blind set (Sudanese state news agency, Arabic, SUNA-like)"
CTP = "blind set (US think-tank brief, English, Critical Threats Africa File-like)"
SOMALJADID = "blind set (Somali news site, Arabic, al-Somal al-Jadid-like)"

ARTICLES = [
    ("enOY1_abiy_asmara_afp", "en",
     "Ethiopia's Abiy lands in Eritrea for historic visit to former foe\n"
     "ASMARA, Eritrea (AFP) - Ethiopian Prime Minister Abiy Ahmed arrived in the Eritrean capital on Sunday, the "
     "first visit by an Ethiopian leader in two decades, and was embraced at the airport by President Isaias "
     "Afwerki before thousands of flag-waving residents.\n"
     "The two men then held talks at the state house, Eritrea's Information Minister Yemane Gebremeskel said on "
     "Twitter, hailing \"a new era of peace and cooperation\".\n"
     "Abiy, who took office in April after his predecessor Hailemariam Desalegn resigned amid three years of "
     "anti-government protests, was accompanied by Foreign Minister Workneh Gebeyehu.\n"
     "The visit follows a trip to Addis Ababa last month by an Eritrean delegation led by Foreign Minister Osman "
     "Saleh and Yemane Gebreab, a senior adviser to Isaias, who were received at the airport by Abiy and held "
     "talks with him the next day.\n"
     "Ethiopia and Eritrea fought a 1998-2000 border war that killed some 80,000 people, and froze relations "
     "after Addis Ababa refused to hand over the town of Badme, which an international commission awarded to "
     "Eritrea. Abiy stunned observers in June by announcing that Ethiopia would fully accept the ruling.\n"
     "Djibouti's President Ismail Omar Guelleh, whose country has its own border dispute with Asmara, telephoned "
     "Abiy on Saturday, the Ethiopian leader's chief of staff Fitsum Arega said.",
     [("MET_WITH", ABIY, ISAIAS, "was embraced at the airport by President Isaias", "2018-07-08"),
      ("LEADS", ABIY, ETHIOPIA, "Ethiopian Prime Minister Abiy Ahmed arrived"),
      ("VISITED", ABIY, ERITREA, "arrived in the Eritrean capital on Sunday", "2018-07-08"),
      ("SUCCESSOR_OF", ABIY, HAILEMARIAM, "took office in April after his predecessor", "2018-04-02"),
      ("MET_WITH", WORKNEH, ABIY, "was accompanied by Foreign Minister Workneh", "2018-07-08"),
      ("MET_WITH", WORKNEH, ISAIAS, "accompanied by Foreign Minister Workneh Gebeyehu", "2018-07-08"),
      ("LEADS", WORKNEH, ETHFM, "Foreign Minister Workneh Gebeyehu"),
      ("MET_WITH", OSMAN, ABIY, "delegation led by Foreign Minister Osman", "2018-06-26"),
      ("MET_WITH", GEBREAB, ABIY, "who were received at the airport by Abiy", "2018-06-26"),
      ("LEADS", OSMAN, ERIFM, "Foreign Minister Osman Saleh"),
      ("LEADS", GUELLEH, DJIBOUTI, "Djibouti's President Ismail Omar Guelleh"),
      ],
     {"source": AFP, "published": "2018-07-08"}),

    ("arOY2_guelleh_receives_ministers_rtd", "ar",
     "الرئيس جيله يستقبل وزراء خارجية إثيوبيا وإريتريا والصومال\n"
     "جيبوتي (الإذاعة والتلفزيون) -\n"
     "استقبل فخامة رئيس الجمهورية السيد إسماعيل عمر جيله، مساء اليوم الخميس بقصر الرئاسة، وفداً ثلاثياً رفيع "
     "المستوى ضمّ وزير الخارجية الإثيوبي الدكتور ورقنه جبيهو، ووزير الخارجية الإريتري عثمان صالح، ووزير "
     "الخارجية الصومالي أحمد عيسى عوض، وذلك بحضور وزير الشؤون الخارجية والتعاون الدولي محمود علي يوسف.\n"
     "ونقل الوزراء الثلاثة إلى فخامته رسالة من قادة بلدانهم تتعلق بتطبيع العلاقات بين جيبوتي وإريتريا، وتسوية "
     "ملف الأسرى الجيبوتيين والنزاع الحدودي في منطقة دميرة.\n"
     "وأكد رئيس الجمهورية خلال اللقاء ترحيب جيبوتي بروح المصالحة التي تشهدها المنطقة، مشدداً على ضرورة معالجة "
     "القضايا العالقة عبر الحوار والوسائل السلمية.\n"
     "من جهته، أوضح الوزير الصومالي أن الزيارة تأتي تنفيذاً لمخرجات القمة الثلاثية التي عقدها في أسمرة أمس "
     "الأربعاء الرئيس الإريتري أسياس أفورقي ورئيس الوزراء الإثيوبي آبي أحمد والرئيس الصومالي محمد عبد الله "
     "فرماجو.\n"
     "وكان رئيس الجمهورية قد أجرى الأسبوع الماضي اتصالاً هاتفياً برئيس الوزراء الإثيوبي، تناول العلاقات "
     "الثنائية ومستجدات الأوضاع في المنطقة.\n"
     "ويُنتظر أن يُعقد لقاء بين الرئيس جيله ونظيره الإريتري لم يُحدَّد موعده ولا مكانه بعد.",
     met_group({GUELLEH: "استقبل فخامة رئيس الجمهورية", WORKNEH: "الدكتور ورقنه جبيهو",
                OSMAN: "ووزير الخارجية الإريتري عثمان صالح", AWAD: "الخارجية الصومالي أحمد عيسى عوض"},
               "2018-09-06") + [
      ("MET_WITH", YOUSSOUF, GUELLEH, "بحضور وزير الشؤون الخارجية", "2018-09-06"),
      ("MET_WITH", YOUSSOUF, WORKNEH, "والتعاون الدولي محمود علي يوسف", "2018-09-06"),
      ("MET_WITH", YOUSSOUF, OSMAN, "محمود علي يوسف.", "2018-09-06"),
      ("MET_WITH", YOUSSOUF, AWAD, "وذلك بحضور وزير", "2018-09-06"),
      ("LEADS", GUELLEH, DJIBOUTI, "رئيس الجمهورية السيد إسماعيل عمر جيله"),
      ("LEADS", YOUSSOUF, DJIFM, "وزير الشؤون الخارجية والتعاون الدولي"),
      ("LEADS", WORKNEH, ETHFM, "وزير الخارجية الإثيوبي الدكتور"),
      ("LEADS", OSMAN, ERIFM, "وزير الخارجية الإريتري عثمان"),
      ("LEADS", AWAD, SOMFM, "الصومالي أحمد عيسى"),
      ] + met_group({ISAIAS: "الرئيس الإريتري أسياس أفورقي", ABIY: "ورئيس الوزراء الإثيوبي آبي أحمد",
                     FARMAJO: "والرئيس الصومالي محمد عبد الله"}, "2018-09-05") + [
      ("LEADS", ISAIAS, ERITREA, "الرئيس الإريتري أسياس"),
      ("LEADS", ABIY, ETHIOPIA, "رئيس الوزراء الإثيوبي آبي"),
      ("LEADS", FARMAJO, SOMALIA, "الرئيس الصومالي محمد"),
      ],
     {"source": RTD, "published": "2018-09-06"}),

    ("enOY3_jeddah_guelleh_isaias_arabnews", "en",
     "Djibouti and Eritrea leaders meet in Jeddah as Saudi peace push widens\n"
     "JEDDAH: The presidents of Djibouti and Eritrea held their first meeting in a decade in Jeddah on Monday, "
     "a day after Eritrea and Ethiopia signed a peace agreement in the Red Sea port city.\n"
     "Djibouti's Ismail Omar Guelleh and Eritrea's Isaias Afewerki met under the auspices of King Salman, who "
     "hosted the two leaders at Al-Salam Palace in the presence of Crown Prince Mohammed bin Salman, the Saudi "
     "Press Agency reported.\n"
     "Saudi Foreign Minister Adel Al-Jubeir said the meeting had \"opened a new page\" between the two neighbors, "
     "whose troops clashed at Ras Doumeira in 2008.\n"
     "On Sunday, King Salman presided over the signing of the Jeddah Peace Agreement by Eritrean President "
     "Isaias Afwerki and Ethiopian Prime Minister Abiy Ahmed. The ceremony was attended by UN Secretary-General "
     "Antonio Guterres and the UAE's Minister of Foreign Affairs and International Cooperation, Sheikh Abdullah "
     "bin Zayed.\n"
     "The king later awarded both leaders the Order of King Abdulaziz, the Kingdom's highest civilian honor.\n"
     "A three-way meeting that would have brought Abiy together with Guelleh did not take place, diplomats "
     "said, although officials in Addis Ababa said the idea had not been dropped.\n"
     "Qatar, whose peacekeepers withdrew from the disputed border area in 2017 after Djibouti downgraded ties "
     "with Doha, was not represented at either event.",
     [("MET_WITH", GUELLEH, ISAIAS, "Isaias Afewerki met under the auspices", "2018-09-17"),
      ("MET_WITH", SALMAN, GUELLEH, "who hosted the two leaders", "2018-09-17"),
      ("MET_WITH", SALMAN, ISAIAS, "met under the auspices of King Salman", "2018-09-17"),
      ("MET_WITH", MBS, SALMAN, "in the presence of Crown Prince", "2018-09-17"),
      ("MET_WITH", MBS, GUELLEH, "Crown Prince Mohammed bin Salman", "2018-09-17"),
      ("MET_WITH", MBS, ISAIAS, "at Al-Salam Palace in the presence", "2018-09-17"),
      ("LEADS", JUBEIR, SAUFM, "Saudi Foreign Minister Adel Al-Jubeir"),
      ("MET_WITH", SALMAN, ABIY, "King Salman presided over the signing", "2018-09-16"),
      ("MET_WITH", ISAIAS, ABIY, "Isaias Afwerki and Ethiopian Prime Minister", "2018-09-16"),
      ("LEADS", ISAIAS, ERITREA, "Eritrean President Isaias Afwerki"),
      ("LEADS", ABIY, ETHIOPIA, "Ethiopian Prime Minister Abiy Ahmed"),
      ("MET_WITH", GUTERRES, SALMAN, "The ceremony was attended by UN", "2018-09-16"),
      ("MET_WITH", GUTERRES, ISAIAS, "attended by UN Secretary-General", "2018-09-16"),
      ("MET_WITH", GUTERRES, ABIY, "Antonio Guterres and the UAE", "2018-09-16"),
      ("MET_WITH", ABZ, SALMAN, "International Cooperation, Sheikh", "2018-09-16"),
      ("MET_WITH", ABZ, ISAIAS, "Minister of Foreign Affairs and International", "2018-09-16"),
      ("MET_WITH", ABZ, ABIY, "the UAE's Minister", "2018-09-16"),
      ("MET_WITH", ABZ, GUTERRES, "Sheikh Abdullah bin Zayed", "2018-09-16"),
      ("LEADS", GUTERRES, UN, "UN Secretary-General Antonio Guterres"),
      ("LEADS", ABZ, UAEFM, "Minister of Foreign Affairs and International Cooperation, Sheikh Abdullah"),
      ],
     {"source": ARABNEWS, "published": "2018-09-18"}),

    ("arOY4_mariam_cairo_gerd_suna", "ar",
     "وزيرة الخارجية تبحث مع نظيرها المصري ملف سد النهضة وتلتقي الرئيس السيسي\n"
     "القاهرة (سونا) -\n"
     "عقدت وزيرة الخارجية الدكتورة مريم الصادق المهدي، اليوم الثلاثاء بمقر وزارة الخارجية المصرية في القاهرة، "
     "جلسة مباحثات مع نظيرها المصري سامح شكري، تناولت تطورات ملف سد النهضة الإثيوبي والعلاقات الثنائية بين "
     "البلدين.\n"
     "وأكد الجانبان، في بيان مشترك عقب المباحثات، رفضهما لأي إجراءات أحادية تتعلق بالملء الثاني للسد، "
     "ودعمهما لمقترح السودان بتوسيع مظلة الوساطة لتشمل الولايات المتحدة والاتحاد الأوروبي والأمم المتحدة "
     "إلى جانب الاتحاد الأفريقي.\n"
     "واستقبل رئيس جمهورية مصر العربية عبد الفتاح السيسي في وقت لاحق الوزيرة والوفد المرافق لها، بحضور وزير "
     "الخارجية المصري، حيث نقلت إليه رسالة من رئيس مجلس السيادة الانتقالي الفريق أول ركن عبد الفتاح البرهان "
     "تتعلق بالعلاقات الأزلية بين البلدين.\n"
     "وفي الخرطوم، أجرى وزير الري والموارد المائية البروفيسور ياسر عباس اتصالاً عبر الفيديو مع نظيره المصري "
     "محمد عبد العاطي، جرى خلاله تنسيق المواقف قبيل أي جولة تفاوض جديدة.\n"
     "في المقابل، قال المتحدث باسم الخارجية الإثيوبية السفير دينا مفتي إن بلاده ستمضي في الملء الثاني في "
     "موعده خلال موسم الأمطار المقبل، وإن الاتفاق الإطاري الموقع عام 2015 هو المرجعية الوحيدة للتفاوض.",
     [("MET_WITH", MARIAM, SHOUKRY, "جلسة مباحثات مع نظيرها المصري", "2021-03-02"),
      ("LEADS", MARIAM, SUDFM, "وزيرة الخارجية الدكتورة مريم"),
      ("LEADS", SHOUKRY, EGYFM, "نظيرها المصري سامح شكري"),
      ("MET_WITH", SISI, MARIAM, "في وقت لاحق الوزيرة", "2021-03-02"),
      ("MET_WITH", SHOUKRY, SISI, "بحضور وزير", "2021-03-02"),
      ("LEADS", SISI, EGYPT, "رئيس جمهورية مصر العربية عبد الفتاح"),
      ("LEADS", BURHAN, SOVCOUNCIL, "رئيس مجلس السيادة الانتقالي"),
      ],
     {"source": SUNA, "published": "2021-03-02"}),

    ("enOY5_abdullahi_nadir_africa_file", "en",
     "Africa File: US strike kills al-Shabaab co-founder; the group's leadership bench thins\n"
     "Critical Threats | Africa File, October 6, 2022\n"
     "Key takeaway: US Africa Command (AFRICOM) said on October 3 that its airstrike near Jilib, in Middle Juba, "
     "killed Abdullahi Nadir, also known as Abdullahi Yare, on October 1. Nadir, a senior al-Shabaab leader who "
     "headed the group's zakat collection, had been seen as a likely successor to its emir. The Somali "
     "government welcomed the strike and said it had been coordinated with its forces.\n"
     "Nadir's death removes one of the few figures who could replace Ahmed Diriye, the group's emir. Diriye, "
     "also known as Ahmed Umar Abu Ubaidah, was named emir days after a US airstrike killed his predecessor, "
     "Ahmed Abdi Godane, in Lower Shabelle in September 2014.\n"
     "The strike is the most significant AFRICOM claim since February 2020, when the command said its strike "
     "near Saakow had killed Bashir Mohamed Mahamoud, known as Bashir Qorgab, the al-Shabaab commander it "
     "blamed for the January 2020 attack on the Manda Bay airfield in Kenya.\n"
     "Somali officials also said that a strike this year targeted the group's spokesman, Ali Mohamed Rage; he "
     "has since appeared in audio messages.\n"
     "President Hassan Sheikh Mohamud, who has declared \"total war\" on al-Shabaab, thanked the United States "
     "for its support. Forecast: al-Shabaab will likely retaliate with attacks in Mogadishu.",
     [("ASSASSINATED_BY", NADIR, AFRICOM, "that its airstrike near Jilib", "2022-10-01"),
      ("MEMBER_OF", NADIR, SHABAAB, "a senior al-Shabaab leader who"),
      ("LEADS", DIRIYE, SHABAAB, "Ahmed Diriye, the group's emir"),
      ("SUCCESSOR_OF", DIRIYE, GODANE, "was named emir days after", "2014-09-06"),
      ("ASSASSINATED_BY", GODANE, US, "a US airstrike killed his predecessor", "2014-09-01"),
      ("ASSASSINATED_BY", QORGAB, AFRICOM, "the command said its strike", "2020-02-22"),
      ("MEMBER_OF", QORGAB, SHABAAB, "the al-Shabaab commander it"),
      ("MEMBER_OF", "person:ali-mohamed-rage", SHABAAB, "the group's spokesman, Ali Mohamed Rage"),
      ("LEADS", HSM, SOMALIA, "President Hassan Sheikh Mohamud, who"),
      ],
     {"source": CTP, "published": "2022-10-06"}),

    ("arOY6_hamza_barre_pm_somaljadid", "ar",
     "الرئيس حسن شيخ محمود يعيّن حمزة عبدي بري رئيساً للوزراء خلفاً لروبلي\n"
     "مقديشو – الصومال الجديد\n"
     "عيّن رئيس الجمهورية الصومالية حسن شيخ محمود، اليوم الأربعاء، النائب البرلماني حمزة عبدي بري رئيساً "
     "جديداً للوزراء، خلفاً لمحمد حسين روبلي الذي شغل المنصب منذ سبتمبر 2020.\n"
     "وجاء الإعلان في كلمة ألقاها الرئيس بالقصر الرئاسي، دعا فيها رئيس الوزراء المكلف إلى تشكيل حكومة كفاءات "
     "في أقرب وقت ونيل ثقة البرلمان.\n"
     "وكان البرلمان قد انتخب حسن شيخ محمود في 15 مايو الماضي رئيساً للبلاد للمرة الثانية، بعد فوزه في الجولة "
     "الثالثة على الرئيس المنتهية ولايته محمد عبد الله فرماجو، ليخلفه في المنصب بعد خمس سنوات من حكمه.\n"
     "وفي 23 مايو تسلّم الرئيس مقاليد الحكم في حفل أقيم بالقصر الرئاسي، حيث التقى الرجلان وتبادلا الحديث أمام "
     "عدسات الصحفيين في مشهد نادر من التداول السلمي للسلطة.\n"
     "يُذكر أن فرماجو كان قد عيّن روبلي في سبتمبر 2020 خلفاً لحسن علي خيري، الذي سحب البرلمان الثقة من حكومته "
     "في يوليو من العام نفسه.\n"
     "وتلقى الرئيس حسن شيخ مساء أمس اتصالاً هاتفياً من أمير دولة قطر الشيخ تميم بن حمد آل ثاني هنّأه فيه "
     "بانتخابه، ومن المقرر أن يتوجه إلى أنقرة في زيارة رسمية خلال الأسابيع المقبلة.",
     [("LEADS", HSM, SOMALIA, "رئيس الجمهورية الصومالية حسن"),
      ("SUCCESSOR_OF", HAMZA, ROBLE, "خلفاً لمحمد حسين روبلي", "2022-06-15"),
      ("LEADS", HAMZA, SOMALIA, "النائب البرلماني حمزة عبدي بري رئيساً"),
      ("SUCCESSOR_OF", HSM, FARMAJO, "ليخلفه في المنصب", "2022-05-15"),
      ("MET_WITH", HSM, FARMAJO, "حيث التقى الرجلان", "2022-05-23"),
      ("SUCCESSOR_OF", ROBLE, KHAIRE, "خلفاً لحسن علي خيري", "2020-09-17"),
      ],
     {"source": SOMALJADID, "published": "2022-06-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOY")
