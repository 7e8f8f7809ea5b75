"""Blind set SE: Somalia 2008-2024 (first folder of SE-SF): Sharif Sheikh Ahmed's election in Djibouti to
succeed Abdullahi Yusuf Ahmed (January 2009), the US air strike that killed Aden Hashi Ayro in Dhusamareb
(May 2008), al-Shabaab's naming of Ahmad Umar Abu Ubaidah after the US strike that killed Ahmed Abdi Godane
(September 2014), Erdogan's visit to famine-struck Mogadishu (August 2011), Hassan Sheikh Mohamud's return
in place of Farmaajo (May 2022) and the Ethiopia-Somaliland memorandum and Hassan Sheikh's trips to Asmara
and Cairo (January 2024), as a wire in English (Reuters-like: "DJIBOUTI, Jan 31 (Reuters) -"), a Gulf TV
news site in Arabic (Al Jazeera Net-like: "الجزيرة نت - مقديشو", «فجر اليوم»), a British broadcaster's site
in English (BBC-like: "Somalia's militant Islamist group al-Shabab", "correspondents say"), a Turkish
state agency's Arabic service (Anadolu-like: "أنقرة/ الأناضول", «وأكد الجانبان»), a Somali news site in
English (Garowe Online-like: "Garowe Online understands", "HSM") and a pan-Arab daily (Asharq al-Awsat-like:
"مقديشو: «الشرق الأوسط»", «الإقليم الانفصالي»).
Pieces: parliament elects Sharif, who succeeds Abdullahi Yusuf and then meets Ould-Abdallah and Guelleh
(English, SE1); a US air strike kills Ayro, Robow confirms (Arabic, SE2); Godane killed in a US air strike,
Abu Ubaidah named his successor, Ayro killed by an earlier US strike (English, SE3); Erdogan meets Sharif in
the presence of Abdiweli, with Davutoglu in his delegation (Arabic, SE4); Hassan Sheikh succeeds Farmaajo,
who meets him in the presence of Roble (English, SE5); Abiy and Muse Bihi hold talks in the presence of
Birhanu Jula, Hassan Sheikh meets Isaias in Asmara and then Sisi in Cairo (Arabic, SE6).
Excluded on purpose (no relation): Maslah Siad Barre, who withdrew; the unconfirmed Sharif-Meles meeting at
the AU summit (SE1); Sharif's accusation that the government gave the Americans the coordinates, the
unnamed civilian dead (SE2); the accusation that Godane ordered al-Afghani's death (SE3); Emine Erdogan, who
toured the camps, the called-off meeting with the AMISOM commander Fred Mugisha (SE4); Kenyatta's
congratulation call, Hamza Abdi Barre who "could replace" Roble, James Swan's statement (SE5); Tamim's phone
call, Moussa Faki's appeal (SE6).
Judgement calls: "the new president then met A and B" is two meetings, A and B not paired (SE1); "the
military commander of al-Shabaab" is MEMBER_OF, not LEADS (SE2, SE3); "named ... as its new leader, days
after its emir ... was killed" is a succession (SE3); "يرافقه وزير الخارجية" a delegation member is paired
with the host only, "بحضور رئيس الوزراء" the attendee with both principals (SE4); Davutoglu and Abdiweli
not paired with each other (different sides, the text does not say they sat together); the handover
meeting "in the presence of" the prime minister pairs him with both men (SE5); «وعقد الزعيمان جلسة مباحثات»
after the signing is the meeting, the army chief «بحضور» with both (SE6); «استقبله الرئيس» is a meeting.
Filled in for the exercise: the meetings with Ould-Abdallah and Guelleh after the oath, the AU official's
remark (SE1); the time of the strike, Robow's wording, the number of civilians (SE2); the wording of the
statements (SE3); Abdiweli's presence, the called-off Mugisha meeting (SE4); the handover meeting at Villa
Somalia and Roble's presence, Farmaajo's plan to skip it (SE5); Birhanu Jula's presence, Tamim's call (SE6).
Spellings: "Sheikh Sharif Sheikh Ahmed", "Sharif", "al Shabaab" (SE1); «آدم حاشي عيرو»، «مختار روبو أبو منصور»
(SE2); "Ahmad Umar", "Abu Ubaidah", "Mukhtar Abu Zubeyr", "al-Shabab" (SE3); «شيخ شريف شيخ أحمد»، «أحمد داود
أوغلو»، «عبد الولي محمد علي» (SE4); "Farmaajo", "HSM" (SE5); «موسى بيحي عبدي»، «حسن شيخ»، «أسياس أفورقي» (SE6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_sf import ALL  # noqa: E402

HERE = Path(__file__).parent

SOMALIA, ETHIOPIA, DJIBOUTI, ERITREA, EGYPT, TURKEY, US = (
    "country:somalia", "country:ethiopia", "country:djibouti", "country:eritrea", "country:egypt",
    "country:turkey", "country:united-states")
SOMALILAND, MOGADISHU, ASMARA = "location:somaliland", "location:mogadishu", "location:asmara"
SHABAAB, ICU, TRFM = "organization:al-shabaab", "organization:islamic-courts-union", "organization:turkish-foreign-ministry"
SHARIF, YUSUF, HSM, FARMAAJO, ROBLE, ABDIWELI = (
    "person:sharif-sheikh-ahmed", "person:abdullahi-yusuf-ahmed", "person:hassan-sheikh-mohamud",
    "person:mohamed-abdullahi-farmaajo", "person:mohamed-hussein-roble", "person:abdiweli-mohamed-ali")
AYRO, GODANE, DIRIYE, ROBOW = (
    "person:aden-hashi-ayro", "person:ahmed-abdi-godane", "person:ahmed-diriye", "person:mukhtar-robow")
OULD, GUELLEH, MELES, ABIY, BIHI, JULA, ISAIAS, SISI = (
    "person:ahmedou-ould-abdallah", "person:ismail-omar-guelleh", "person:meles-zenawi", "person:abiy-ahmed",
    "person:muse-bihi-abdi", "person:birhanu-jula", "person:isaias-afwerki", "person:abdel-fattah-el-sisi")
ERDOGAN, DAVUTOGLU = "person:recep-tayyip-erdogan", "person:ahmet-davutoglu"

REUTERS = "blind set (international news wire, English, Reuters-like)"
JAZEERA = "blind set (Gulf TV news site, Arabic, Al Jazeera Net-like)"
BBC = "blind set (British broadcaster's news site, English, BBC-like)"
ANADOLU = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"
GAROWE = "blind set (Somali news site, English, Garowe Online-like)"
ASHARQ = "blind set (pan-Arab daily, Arabic, Asharq al-Awsat-like)"

ARTICLES = [
    ("enSE1_sharif_elected_djibouti_reuters", "en",
     "Somali parliament elects Islamist Sharif Ahmed as president\n"
     "DJIBOUTI, Jan 31 (Reuters) - Somalia's parliament, meeting in neighbouring Djibouti, elected moderate "
     "Islamist leader Sheikh Sharif Sheikh Ahmed as president early on Saturday, succeeding Abdullahi Yusuf "
     "Ahmed, who resigned last month under heavy international pressure.\n"
     "Sharif, a former geography teacher who headed the Islamic Courts Union that ruled much of southern Somalia "
     "for six months in 2006 until Ethiopian troops drove it out, won 293 votes in a second round after his "
     "rival Maslah Mohamed Siad Barre, son of the former dictator, withdrew.\n"
     "He was sworn in hours later at a Djibouti hotel. The new president then met U.N. special envoy Ahmedou "
     "Ould-Abdallah, who brokered the Djibouti peace process, and Djibouti's President Ismail Omar Guelleh, "
     "diplomats said.\n"
     "Ethiopia completed the withdrawal of its troops from Mogadishu this month. Hardline al Shabaab "
     "insurgents, who control much of the south, rejected the vote and said they would fight on.\n"
     "Ould-Abdallah told reporters the election \"opens a new page\" for Somalia. A meeting between Sharif and "
     "Ethiopian Prime Minister Meles Zenawi on the sidelines of next week's African Union summit in Addis Ababa "
     "has not been confirmed, an AU official said.",
     [("SUCCESSOR_OF", SHARIF, YUSUF, "succeeding Abdullahi Yusuf", "2009-01-31"),
      ("LEADS", SHARIF, ICU, "who headed the Islamic Courts Union"),
      ("MET_WITH", SHARIF, OULD, "The new president then met U.N. special envoy", "2009-01-31"),
      ("MET_WITH", SHARIF, GUELLEH, "Djibouti's President Ismail Omar Guelleh", "2009-01-31"),
      ("LEADS", GUELLEH, DJIBOUTI, "and Djibouti's President"),
      ("LEADS", MELES, ETHIOPIA, "Ethiopian Prime Minister Meles Zenawi"),
      ],
     {"source": REUTERS, "published": "2009-01-31"}),

    ("arSE2_ayro_killed_us_strike_jazeera", "ar",
     "مقتل القائد العسكري لحركة الشباب المجاهدين في غارة أميركية وسط الصومال\n"
     "الجزيرة نت - مقديشو\n"
     "قُتل القائد العسكري لحركة الشباب المجاهدين الصومالية آدم حاشي عيرو مع عدد من مساعديه، فجر اليوم الخميس، "
     "في غارة جوية أميركية استهدفت منزلاً في بلدة طوسمريب بإقليم جلجدود وسط البلاد.\n"
     "وأكد المتحدث باسم الحركة الشيخ مختار روبو أبو منصور مقتل عيرو، متوعداً بالانتقام من \"الصليبيين "
     "وأعوانهم\"، فيما قال متحدث باسم وزارة الدفاع الأميركية (البنتاغون) إن القوات الأميركية ضربت \"هدفاً "
     "معروفاً لتنظيم القاعدة\" في الصومال، دون أن يسمّي المستهدف.\n"
     "ويُعد عيرو، الذي تلقى تدريبه في أفغانستان، من أبرز قادة الجناح المسلح لاتحاد المحاكم الإسلامية قبل أن "
     "تطرده القوات الإثيوبية من مقديشو أواخر عام 2006، وتتهمه واشنطن بالمسؤولية عن قتل عمال إغاثة أجانب.\n"
     "من جهته، اتهم الرئيس السابق للمجلس التنفيذي للمحاكم الشيخ شريف شيخ أحمد الحكومة الانتقالية بتزويد "
     "الأميركيين بإحداثيات الموقع، وهو ما نفته الحكومة.\n"
     "وقال شهود عيان للجزيرة نت إن الغارة أسفرت أيضاً عن مقتل عشرة مدنيين على الأقل، بينهم أطفال.",
     [("ASSASSINATED_BY", AYRO, US, "في غارة جوية أميركية استهدفت", "2008-05-01"),
      ("MEMBER_OF", AYRO, SHABAAB, "قُتل القائد العسكري لحركة الشباب"),
      ("MEMBER_OF", ROBOW, SHABAAB, "المتحدث باسم الحركة الشيخ مختار"),
      ("MEMBER_OF", AYRO, ICU, "من أبرز قادة الجناح المسلح"),
      ("LEADS", SHARIF, ICU, "الرئيس السابق للمجلس التنفيذي للمحاكم"),
      ],
     {"source": JAZEERA, "published": "2008-05-01"}),

    ("enSE3_godane_successor_bbc", "en",
     "Al-Shabab names Abu Ubaidah as new leader after Godane's death\n"
     "BBC News, 6 September 2014\n"
     "Somalia's militant Islamist group al-Shabab has named Ahmad Umar, also known as Abu Ubaidah, as its new "
     "leader, days after its emir Ahmed Abdi Godane was killed in a US air strike.\n"
     "The Pentagon confirmed on Friday that Godane, who also went by the name Mukhtar Abu Zubeyr, died in "
     "Monday's attack on a gathering of militants near the coastal town of Barawe.\n"
     "In a statement, al-Shabab said its leaders had unanimously pledged allegiance to Abu Ubaidah, described by "
     "analysts as a close aide of Godane, and vowed to avenge the death of \"our emir\".\n"
     "Godane had led the group since 2008, the year an earlier US strike killed its military commander, Aden "
     "Hashi Ayro. He purged rivals in 2013, and his critics accused him of ordering the death of the veteran "
     "jihadist Ibrahim al-Afghani.\n"
     "Somalia's President Hassan Sheikh Mohamud said the death was \"a major blow\" and offered a 45-day "
     "amnesty to al-Shabab fighters who renounce violence.\n"
     "Correspondents say Abu Ubaidah, little known outside the group, is unlikely to change its course.",
     [("SUCCESSOR_OF", DIRIYE, GODANE, "has named Ahmad Umar", "2014-09-06"),
      ("ASSASSINATED_BY", GODANE, US, "was killed in a US air strike", "2014-09-01"),
      ("LEADS", DIRIYE, SHABAAB, "as its new"),
      ("LEADS", GODANE, SHABAAB, "Godane had led the group since 2008"),
      ("ASSASSINATED_BY", AYRO, US, "an earlier US strike killed its military commander", "2008-05-01"),
      ("MEMBER_OF", AYRO, SHABAAB, "its military commander, Aden"),
      ("LEADS", HSM, SOMALIA, "Somalia's President Hassan Sheikh Mohamud said"),
      ],
     {"source": BBC, "published": "2014-09-06"}),

    ("arSE4_erdogan_mogadishu_anadolu", "ar",
     "أردوغان في مقديشو.. أول زيارة لزعيم من خارج أفريقيا منذ عقدين\n"
     "مقديشو/ الأناضول\n"
     "وصل رئيس الوزراء التركي رجب طيب أردوغان، اليوم الجمعة، إلى العاصمة الصومالية مقديشو، في زيارة تهدف إلى "
     "لفت أنظار العالم إلى المجاعة التي تضرب البلاد، يرافقه وزير الخارجية أحمد داود أوغلو وعدد من الوزراء.\n"
     "والتقى أردوغان رئيسَ الحكومة الانتقالية الصومالية شيخ شريف شيخ أحمد، بحضور رئيس الوزراء عبد الولي محمد "
     "علي، وبحث معه سبل إيصال المساعدات الإنسانية وإعادة فتح السفارة التركية في مقديشو.\n"
     "وأكد الجانبان أهمية تنسيق جهود الإغاثة، فيما أعلن أردوغان أن بلاده ستفتح سفارتها \"في أقرب وقت\".\n"
     "في الأثناء، زارت عقيلته أمينة أردوغان مخيمات النازحين في ضواحي العاصمة، ووزعت مساعدات غذائية على "
     "العائلات الفارّة من الجفاف.\n"
     "وكان من المقرر أن يلتقي رئيس الوزراء التركي قائد قوات بعثة الاتحاد الأفريقي اللواء فريد موغيشا، إلا أن "
     "اللقاء أُلغي لدواعٍ أمنية.\n"
     "من جهتها، نددت حركة الشباب بالزيارة، ووصفتها بأنها \"غطاء لأجندة غربية\".",
     [("MET_WITH", ERDOGAN, SHARIF, "والتقى أردوغان رئيسَ الحكومة", "2011-08-19"),
      ("MET_WITH", ABDIWELI, ERDOGAN, "بحضور رئيس الوزراء عبد الولي", "2011-08-19"),
      ("MET_WITH", ABDIWELI, SHARIF, "محمد علي، وبحث معه", "2011-08-19"),
      ("MET_WITH", DAVUTOGLU, SHARIF, "يرافقه وزير الخارجية أحمد داود أوغلو", "2011-08-19"),
      ("LEADS", ERDOGAN, TURKEY, "وصل رئيس الوزراء التركي"),
      ("LEADS", DAVUTOGLU, TRFM, "وزير الخارجية أحمد داود"),
      ("LEADS", SHARIF, SOMALIA, "الحكومة الانتقالية الصومالية شيخ شريف"),
      ("VISITED", ERDOGAN, MOGADISHU, "إلى العاصمة الصومالية مقديشو، في زيارة", "2011-08-19"),
      ],
     {"source": ANADOLU, "published": "2011-08-19"}),

    ("enSE5_hsm_farmaajo_handover_garowe", "en",
     "Hassan Sheikh sworn in as Farmaajo concedes defeat\n"
     "Garowe Online\n"
     "MOGADISHU, Somalia - Newly elected President Hassan Sheikh Mohamud was sworn in late on Sunday, hours after "
     "beating incumbent Mohamed Abdullahi Farmaajo in a parliamentary vote held inside the heavily guarded Halane "
     "airport compound.\n"
     "HSM, who previously served as president between 2012 and 2017, becomes the first Somali leader to win a "
     "second term. He succeeds Farmaajo, whose four-year mandate expired in February 2021 and was extended amid "
     "a bitter standoff with the opposition.\n"
     "On Monday, the outgoing leader met his successor at Villa Somalia, where the two men held a brief handover "
     "meeting in the presence of Prime Minister Mohamed Hussein Roble.\n"
     "Garowe Online understands that Farmaajo had initially planned to skip the ceremony.\n"
     "Kenya's President Uhuru Kenyatta phoned the new president to congratulate him, while UN Special "
     "Representative James Swan welcomed the \"peaceful transfer of power\" in a statement.\n"
     "Sources told Garowe Online that the new president is expected to name a prime minister within weeks, and "
     "that Hamza Abdi Barre, a lawmaker from Jubaland, could replace Roble.",
     [("SUCCESSOR_OF", HSM, FARMAAJO, "He succeeds Farmaajo", "2022-05-15"),
      ("MET_WITH", FARMAAJO, HSM, "the outgoing leader met his successor", "2022-05-16"),
      ("MET_WITH", ROBLE, HSM, "in the presence of Prime Minister", "2022-05-16"),
      ("MET_WITH", ROBLE, FARMAAJO, "Prime Minister Mohamed Hussein Roble", "2022-05-16"),
      ("LEADS", HSM, SOMALIA, "Newly elected President Hassan Sheikh Mohamud"),
      ],
     {"source": GAROWE, "published": "2022-05-16"}),

    ("arSE6_ethiopia_somaliland_mou_asharq", "ar",
     "مذكرة تفاهم بين إثيوبيا و«أرض الصومال» تشعل أزمة في القرن الأفريقي\n"
     "مقديشو: «الشرق الأوسط»\n"
     "وقّع رئيس الوزراء الإثيوبي آبي أحمد ورئيس إقليم «أرض الصومال» الانفصالي موسى بيحي عبدي، في الأول من "
     "يناير الحالي في أديس أبابا، مذكرة تفاهم تتيح لإثيوبيا استئجار شريط ساحلي بطول 20 كيلومتراً على خليج عدن "
     "لمدة 50 عاماً، مقابل دراسة الاعتراف بالإقليم.\n"
     "وعقد الزعيمان جلسة مباحثات قبل التوقيع بحضور رئيس أركان الجيش الإثيوبي المشير برهانو جولا.\n"
     "في المقابل، رفضت الحكومة الصومالية المذكرة ووصفتها بأنها \"باطلة ولاغية\"، واستدعت سفيرها في أديس أبابا "
     "للتشاور.\n"
     "وقام الرئيس الصومالي حسن شيخ محمود بجولة قادته إلى أسمرة، حيث التقى الرئيس الإريتري أسياس أفورقي، ثم "
     "إلى القاهرة حيث استقبله الرئيس عبد الفتاح السيسي، الذي أكد أن مصر \"لن تسمح لأحد بتهديد الصومال\".\n"
     "وتلقى حسن شيخ اتصالاً هاتفياً من أمير قطر الشيخ تميم بن حمد آل ثاني أكد فيه دعم الدوحة لوحدة الصومال.\n"
     "ودعا رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد البلدين إلى \"التهدئة والحوار\".",
     [("MET_WITH", ABIY, BIHI, "وعقد الزعيمان جلسة مباحثات", "2024-01-01"),
      ("MET_WITH", JULA, ABIY, "بحضور رئيس أركان الجيش", "2024-01-01"),
      ("MET_WITH", JULA, BIHI, "الإثيوبي المشير برهانو جولا", "2024-01-01"),
      ("MET_WITH", HSM, ISAIAS, "حيث التقى الرئيس الإريتري", "2024-01-08"),
      ("MET_WITH", HSM, SISI, "حيث استقبله الرئيس عبد الفتاح", "2024-01-21"),
      ("LEADS", ABIY, ETHIOPIA, "وقّع رئيس الوزراء الإثيوبي آبي"),
      ("LEADS", BIHI, SOMALILAND, "ورئيس إقليم «أرض الصومال» الانفصالي"),
      ("LEADS", HSM, SOMALIA, "وقام الرئيس الصومالي حسن"),
      ("LEADS", ISAIAS, ERITREA, "الرئيس الإريتري أسياس"),
      ("LEADS", SISI, EGYPT, "الرئيس عبد الفتاح السيسي، الذي"),
      ("VISITED", HSM, ASMARA, "بجولة قادته إلى أسمرة", "2024-01-08"),
      ],
     {"source": ASHARQ, "published": "2024-01-22"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSE")
