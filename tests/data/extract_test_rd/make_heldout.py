"""Blind set RD: Iraq 2005-2010 (second folder of RC-RD): the bomb that killed Sheikh Abdul Sattar Abu Risha
ten days after he met George W. Bush at al-Asad, claimed by the Islamic State of Iraq, and his brother Ahmed's
succession at the head of the Awakening (September 2007), the execution of Saddam Hussein (December 2006),
Mahmoud Ahmadinejad's visit to Baghdad (March 2008), Condoleezza Rice's visit to Ibrahim al-Jaafari's new
government (May 2005), Ayad Allawi's meeting with Muqtada al-Sadr in Damascus (July 2010), and Masoud
Barzani's reception of Ray Odierno and Christopher Hill (2009), as a US wire writes it in English
(Reuters-like: "RAMADI, Iraq, Sept 13 (Reuters) -"), a Beirut daily in Arabic (As-Safir-like: "بغداد -
«السفير»", "في مشهد"), an Iranian state agency in English (IRNA-like: "Baghdad, March 2, IRNA -- President
Mahmoud Ahmadinejad"), an Iraqi daily in Arabic (Al-Mada-like: "المدى - بغداد"), a Saudi daily in English
(Arab News-like: "By a staff reporter, DAMASCUS") and a Kurdish party site in Arabic (KDP-like: "استقبل
الرئيس مسعود بارزاني", "كوردستان").
Pieces: a roadside bomb kills Abu Risha, the Islamic State of Iraq claims it, Ahmed Abu Risha takes over,
Bush had met Abu Risha with Petraeus and Crocker present (English, RD1); Saddam Hussein hanged after
Maliki signed the order, Maliki had received Khalilzad, Talabani did not sign (Arabic, RD2); Talabani
receives Ahmadinejad with Abdul Mahdi present, Ahmadinejad then meets Maliki, and Abdul Aziz al-Hakim
visits him at his residence (English, RD3); Rice meets Jaafari, then Talabani with Zebari present;
Jaafari took over from Allawi (Arabic, RD4); Allawi meets Sadr in Damascus, Assad had received Allawi;
King Abdullah had received Allawi with Saud al-Faisal present (English, RD5); Barzani receives Odierno and
Hill with Fuad Hussein present; Odierno succeeded Petraeus; Barzani meets Talabani in Dukan; a Biden call
(Arabic, RD6).
Excluded on purpose (no relation): the bodyguards killed with Abu Risha (unnamed), the Anbar police's
habit of blaming al Qaeda (an accusation; the relation rests on the group's claim) (RD1); Saddam's execution
(a judicial execution by the Iraqi state, not an assassination, under this set's reading), Talabani's
refusal to sign (RD2); Ahmadinejad's trip to Najaf that did not take place and Sistani, who did not
receive him (RD3); Rice's planned visit to Mosul called off for weather (RD4); the Allawi-Maliki meeting
"yet to take place" (RD5); Biden's phone call to Barzani (RD6).
Judgement calls: "met Bush ... ten days before", "also present" Petraeus and Crocker: each paired with Bush
and Abu Risha (RD1, attendees with each other too, as they attended together); "the Islamic State of Iraq
... claimed responsibility" gives the victim -> the claiming group (RD1; the group's id is the gazetteer's
organization:islamic-state, whose Arabic alias is this ISI); "took over the leadership of the Awakening"
is a succession (RD1); "استقبل المالكي ... خليل زاد" two days before the execution is a meeting (RD2);
"بحضور" the vice president: Abdul Mahdi paired with Talabani and Ahmadinejad (RD3); "visited the Iranian
president at his residence" is a meeting (RD3); "ثم اجتمعت ... بحضور وزير الخارجية": Zebari paired with
Rice and Talabani (RD4); "تسلم ... خلفاً لـ" is a succession (RD4); "had received Allawi ... in the
presence of": Saud al-Faisal paired with King Abdullah and Allawi (RD5); "بحضور رئيس ديوان رئاسة
الإقليم": Fuad Hussein paired with Barzani and both guests, the two guests received together are paired
(RD6); the head of the presidency's office is MEMBER_OF the presidency, not its leader (RD6); "الذي خلف الجنرال ديفيد بترايوس" is a succession (RD6).
Filled in for the exercise: the hour of the bomb, the number of bodyguards killed (RD1); Khalilzad's meeting
two days before (RD2); Abdul Mahdi's presence, Hakim's visit to the residence (RD3); Zebari's presence and
the called-off Mosul visit (RD4); Assad's reception of Allawi that morning, the date of the Riyadh audience
and Saud al-Faisal's presence (RD5); the date of Odierno's and Hill's visit, Fuad Hussein's presence, the
Dukan meeting, Biden's call (RD6).
Spellings: "Sheikh Abdul-Sattar Abu Risha", "Sheikh Ahmed Abu Risha", "Ryan Crocker" (RD1); "صدام حسين",
"زلماي خليل زاد", "مقتدى الصدر" (RD2); "Jalal Talebani", "Adel Abdul-Mahdi", "Nouri al-Maleki", "Abdulaziz
Hakim" (RD3); "كوندوليزا رايس", "الدكتور إبراهيم الجعفري", "هوشيار زيباري", "إياد علاوي" (RD4); "Iyad
Allawi", "Moqtada al-Sadr", "King Abdullah" (RD5); "راي أوديرنو", "كريستوفر هيل", "مام جلال" (RD6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rd import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, US, SAUDI, SYRIA = ("country:iraq", "country:iran", "country:united-states", "country:saudi-arabia",
                                "country:syria")
AWAKENING, ISI, SADRISTS, IRAQIYA, KDP, KRP, PUK = (
    "organization:anbar-awakening", "organization:islamic-state", "organization:sadrist-movement",
    "organization:iraqiya", "organization:kurdistan-democratic-party", "organization:kurdistan-region-presidency",
    "organization:patriotic-union-of-kurdistan")
SCIRI = "organization:islamic-supreme-council-of-iraq"
ABURISHA, AHMED, SADDAM, MALIKI, TALABANI, JAAFARI, ALLAWI, SADR, AAH = (
    "person:abdul-sattar-abu-risha", "person:ahmed-abu-risha", "person:saddam-hussein", "person:nouri-al-maliki",
    "person:jalal-talabani", "person:ibrahim-al-jaafari", "person:ayad-allawi", "person:muqtada-al-sadr",
    "person:abdul-aziz-al-hakim")
ABDULMAHDI, ZEBARI, BARZANI, FUAD = ("person:adil-abdul-mahdi", "person:hoshyar-zebari", "person:masoud-barzani",
                                     "person:fuad-hussein")
BUSH, PETRAEUS, CROCKER, KHALILZAD, RICE, ODIERNO, HILL, BIDEN = (
    "person:george-w-bush", "person:david-petraeus", "person:ryan-crocker", "person:zalmay-khalilzad",
    "person:condoleezza-rice", "person:ray-odierno", "person:christopher-hill", "person:joe-biden")
AHMADINEJAD, ABDULLAH, SAUD, ASSAD = ("person:mahmoud-ahmadinejad", "person:abdullah-bin-abdulaziz",
                                      "person:saud-al-faisal", "person:bashar-al-assad")

REUTERS = "blind set (international news wire, English, Reuters-like)"
SAFIR = "blind set (Beirut daily, Arabic, As-Safir-like)"
IRNA = "blind set (Iranian state news agency, English service, IRNA-like)"
MADA = "blind set (Iraqi daily, Arabic, Al-Mada-like)"
ARABNEWS = "blind set (Saudi daily, English, Arab News-like)"
KDPSITE = "blind set (Kurdish party news site, Arabic, KDP-like)"

ARTICLES = [
    ("enRD1_abu_risha_killed_reuters", "en",
     "Bomb kills Sunni sheikh who allied with U.S. in Anbar\n"
     "RAMADI, Iraq, Sept 13 (Reuters) - Sheikh Abdul-Sattar Abu Risha, the leader of the Anbar Awakening "
     "council of Sunni tribes that turned against al Qaeda, was killed on Thursday by a roadside bomb near "
     "his home in Ramadi, police said.\n"
     "Two of his bodyguards also died in the blast. Abu Risha met U.S. President George W. Bush at the al-Asad "
     "air base in Anbar ten days ago, in a meeting that Washington held up as a symbol of its new strategy. "
     "General David Petraeus, the top U.S. commander in Iraq, and Ambassador Ryan Crocker were also present.\n"
     "On Friday the Islamic State of Iraq, an umbrella group led by al Qaeda, claimed responsibility for the "
     "killing in a statement posted on an Islamist website, calling the sheikh \"one of the dogs of Bush\".\n"
     "Tribal leaders said his brother, Sheikh Ahmed Abu Risha, had taken over the leadership of the "
     "Awakening and vowed to keep fighting the militants. Thousands of tribesmen attended the funeral, "
     "firing shots into the air.\n"
     "Police in Anbar have often blamed al Qaeda for attacks on tribal leaders.",
     [("LEADS", ABURISHA, AWAKENING, "the leader of the Anbar Awakening"),
      ("MET_WITH", ABURISHA, BUSH, "Abu Risha met U.S. President George W. Bush", "2007-09-03"),
      ("MET_WITH", PETRAEUS, BUSH, "General David Petraeus, the top U.S. commander", "2007-09-03"),
      ("MET_WITH", PETRAEUS, ABURISHA, "were also present", "2007-09-03"),
      ("MET_WITH", CROCKER, BUSH, "and Ambassador Ryan Crocker were", "2007-09-03"),
      ("MET_WITH", CROCKER, ABURISHA, "Ambassador Ryan Crocker were also", "2007-09-03"),
      ("MET_WITH", CROCKER, PETRAEUS, "Crocker were also present", "2007-09-03"),
      ("LEADS", BUSH, US, "U.S. President George W. Bush"),
      ("ASSASSINATED_BY", ABURISHA, ISI, "claimed responsibility for the killing", "2007-09-13"),
      ("SUCCESSOR_OF", AHMED, ABURISHA, "had taken over the leadership", "2007-09-14"),
      ("LEADS", AHMED, AWAKENING, "leadership of the Awakening"),
      ],
     {"source": REUTERS, "published": "2007-09-14"}),

    ("arRD2_saddam_execution_safir", "ar",
     "إعدام صدام حسين فجر العيد... والمالكي: لا عودة إلى الوراء\n"
     "بغداد - «السفير»\n"
     "نُفّذ فجر أمس حكم الإعدام شنقاً بالرئيس العراقي السابق صدام حسين في مقر للاستخبارات العسكرية في حي "
     "الكاظمية شمالي بغداد، بعد أربعة أيام من تصديق محكمة التمييز على الحكم الصادر بحقه في قضية الدجيل.\n"
     "وكان رئيس الوزراء نوري المالكي قد وقّع ليل الجمعة أمر التنفيذ، فيما امتنع رئيس الجمهورية جلال "
     "الطالباني عن التوقيع بسبب معارضته عقوبة الإعدام.\n"
     "وأظهر شريط مصوّر بالهاتف الخلوي بعض الحاضرين وهم يهتفون باسم مقتدى الصدر، زعيم التيار الصدري، في "
     "مشهد أثار غضباً واسعاً في الشارع السني.\n"
     "وكان المالكي قد استقبل قبل يومين السفير الأميركي زلماي خليل زاد، وبحث معه موعد تسليم صدام إلى "
     "السلطات العراقية، بحسب مصدر في مكتب رئيس الوزراء.\n"
     "وقال المالكي في بيان إن \"إعدام الطاغية يغلق صفحة سوداء\"، داعياً البعثيين إلى \"مراجعة مواقفهم\".",
     [("LEADS", MALIKI, IRAQ, "وكان رئيس الوزراء نوري المالكي"),
      ("LEADS", TALABANI, IRAQ, "رئيس الجمهورية جلال"),
      ("LEADS", SADR, SADRISTS, "زعيم التيار الصدري"),
      ("MET_WITH", MALIKI, KHALILZAD, "قد استقبل قبل يومين السفير", "2006-12-28"),
      ],
     {"source": SAFIR, "published": "2006-12-31"}),

    ("enRD3_ahmadinejad_baghdad_irna", "en",
     "President Ahmadinejad in Baghdad: Iran, Iraq to open new chapter\n"
     "Baghdad, March 2, IRNA -- President Mahmoud Ahmadinejad, who arrived in Baghdad on Sunday on the first "
     "visit by an Iranian head of state to Iraq, was officially welcomed by Iraqi President Jalal Talebani at "
     "the presidential palace.\n"
     "The two presidents held talks in the presence of Iraqi Vice President Adel Abdul-Mahdi and signed seven "
     "cooperation agreements.\n"
     "Ahmadinejad later met Iraqi Prime Minister Nouri al-Maleki and said at a joint press conference that "
     "\"the presence of foreigners in the region has brought nothing but humiliation\".\n"
     "In the evening, the head of the Supreme Islamic Iraqi Council, Abdulaziz Hakim, visited the Iranian "
     "president at his residence and conveyed the greetings of the Iraqi people.\n"
     "The Iranian president was initially expected to travel to the holy city of Najaf, but the trip was "
     "dropped from the programme; Grand Ayatollah Ali al-Sistani, who rarely receives politicians, did not "
     "meet him.\n"
     "Ahmadinejad is due to return to Tehran on Monday.",
     [("MET_WITH", AHMADINEJAD, TALABANI, "was officially welcomed by Iraqi President", "2008-03-02"),
      ("MET_WITH", ABDULMAHDI, TALABANI, "in the presence of Iraqi Vice President", "2008-03-02"),
      ("MET_WITH", ABDULMAHDI, AHMADINEJAD, "Adel Abdul-Mahdi and signed", "2008-03-02"),
      ("MET_WITH", AHMADINEJAD, MALIKI, "Ahmadinejad later met Iraqi Prime Minister", "2008-03-02"),
      ("MET_WITH", AAH, AHMADINEJAD, "visited the Iranian president at his residence", "2008-03-02"),
      ("LEADS", AHMADINEJAD, IRAN, "President Mahmoud Ahmadinejad, who arrived"),
      ("LEADS", TALABANI, IRAQ, "Iraqi President Jalal Talebani"),
      ("LEADS", MALIKI, IRAQ, "Iraqi Prime Minister Nouri al-Maleki"),
      ("LEADS", AAH, SCIRI, "the head of the Supreme Islamic Iraqi Council"),
      ],
     {"source": IRNA, "published": "2008-03-02"}),

    ("arRD4_rice_jaafari_baghdad_mada", "ar",
     "رايس في زيارة مفاجئة لبغداد: ندعم الحكومة المنتخبة\n"
     "المدى - بغداد\n"
     "وصلت وزيرة الخارجية الأميركية كوندوليزا رايس إلى بغداد أمس في زيارة لم يعلن عنها مسبقاً لأسباب "
     "أمنية، هي الأولى لها منذ تشكيل الحكومة العراقية الجديدة.\n"
     "والتقت رايس رئيس الوزراء الدكتور إبراهيم الجعفري في مكتبه بالمنطقة الخضراء، وبحثت معه خطط الحكومة "
     "لمواجهة الإرهاب وإشراك العرب السنة في كتابة الدستور.\n"
     "ثم اجتمعت برئيس الجمهورية جلال طالباني بحضور وزير الخارجية هوشيار زيباري، وأكد الجانبان أهمية الالتزام "
     "بالجدول الزمني للعملية السياسية.\n"
     "وكان مقرراً أن تتوجه رايس إلى الموصل للقاء قادة عسكريين، غير أن الزيارة ألغيت بسبب سوء الأحوال الجوية.\n"
     "يذكر أن الجعفري، القيادي في حزب الدعوة الإسلامية، تسلم مهامه مطلع الشهر الجاري خلفاً للدكتور إياد "
     "علاوي، رئيس الحكومة المؤقتة.",
     [("MET_WITH", RICE, JAAFARI, "والتقت رايس رئيس الوزراء", "2005-05-15"),
      ("MET_WITH", RICE, TALABANI, "ثم اجتمعت برئيس الجمهورية", "2005-05-15"),
      ("MET_WITH", ZEBARI, RICE, "بحضور وزير الخارجية هوشيار", "2005-05-15"),
      ("MET_WITH", ZEBARI, TALABANI, "زيباري، وأكد الجانبان", "2005-05-15"),
      ("LEADS", TALABANI, IRAQ, "برئيس الجمهورية جلال"),
      ("LEADS", JAAFARI, IRAQ, "رئيس الوزراء الدكتور إبراهيم"),
      ("MEMBER_OF", JAAFARI, "organization:islamic-dawa-party", "القيادي في حزب الدعوة"),
      ("SUCCESSOR_OF", JAAFARI, ALLAWI, "خلفاً للدكتور إياد"),
      ],
     {"source": MADA, "published": "2005-05-16"}),

    ("enRD5_allawi_sadr_damascus_arabnews", "en",
     "Allawi, Sadr meet in Damascus as deadlock drags on\n"
     "By a staff reporter\n"
     "DAMASCUS: Former Iraqi Prime Minister Iyad Allawi, whose Iraqiya list won the most seats in the March "
     "elections, held talks on Monday with the Shiite cleric Moqtada al-Sadr in the Syrian capital, aides to "
     "both men said.\n"
     "The meeting, the first between the two men, lasted two hours and dealt with the formation of the next "
     "government. Allawi had been received earlier in the day by Syrian President Bashar Assad.\n"
     "Sadr, who has lived in Iran since 2007, told his followers that his movement would not accept a second "
     "term for Prime Minister Nouri Al-Maliki. A long-awaited meeting between Allawi and Al-Maliki has yet to "
     "take place.\n"
     "In April, Custodian of the Two Holy Mosques King Abdullah had received Allawi at his palace in Riyadh in "
     "the presence of Foreign Minister Prince Saud Al-Faisal, a reception that Baghdad's Shiite parties "
     "criticized as interference.\n"
     "Diplomats in Damascus said Syria hoped to act as a broker between the rival blocs.",
     [("LEADS", ALLAWI, IRAQIYA, "whose Iraqiya list won"),
      ("MET_WITH", ALLAWI, SADR, "held talks on Monday with the Shiite cleric", "2010-07-19"),
      ("MET_WITH", ALLAWI, ASSAD, "Allawi had been received earlier in the day", "2010-07-19"),
      ("LEADS", ASSAD, SYRIA, "Syrian President Bashar Assad"),
      ("LEADS", MALIKI, IRAQ, "Prime Minister Nouri Al-Maliki"),
      ("MET_WITH", ABDULLAH, ALLAWI, "King Abdullah had received Allawi"),
      ("MET_WITH", SAUD, ABDULLAH, "Foreign Minister Prince Saud"),
      ("MET_WITH", SAUD, ALLAWI, "the presence of Foreign Minister"),
      ("LEADS", ABDULLAH, SAUDI, "Custodian of the Two Holy Mosques King"),
      ],
     {"source": ARABNEWS, "published": "2010-07-20"}),

    ("arRD6_barzani_odierno_hill_kdp", "ar",
     "الرئيس بارزاني يستقبل الجنرال أوديرنو والسفير هيل\n"
     "كوردستان - صلاح الدين\n"
     "استقبل رئيس إقليم كوردستان مسعود بارزاني، اليوم الاثنين، في مصيف صلاح الدين، قائد القوات الأميركية في "
     "العراق الجنرال راي أوديرنو والسفير الأميركي لدى العراق كريستوفر هيل، بحضور رئيس ديوان رئاسة الإقليم "
     "فؤاد حسين.\n"
     "وتناول اللقاء العلاقات بين أربيل وبغداد والوضع في المناطق المتنازع عليها، واقتراح الجنرال أوديرنو "
     "نشر قوات مشتركة من الجيش والبيشمركة والقوات الأميركية فيها.\n"
     "وأكد سيادته أن حل المشاكل العالقة يجب أن يتم على أساس الدستور.\n"
     "يذكر أن أوديرنو، الذي خلف الجنرال ديفيد بترايوس في قيادة القوات الأميركية في العراق في أيلول 2008، "
     "سيغادر منصبه العام المقبل.\n"
     "وفي وقت لاحق من اليوم، اجتمع الرئيس بارزاني برئيس الجمهورية مام جلال في منتجع دوكان، وبحث الجانبان "
     "الاستعداد لانتخابات مجلس النواب.\n"
     "وكان بارزاني قد تلقى الأسبوع الماضي اتصالاً هاتفياً من نائب الرئيس الأميركي جو بايدن.",
     met_group({BARZANI: "استقبل رئيس إقليم كوردستان", ODIERNO: "قائد القوات الأميركية في العراق الجنرال",
                HILL: "والسفير الأميركي لدى العراق", FUAD: "بحضور رئيس ديوان"}, "2009-08-31") + [
      ("LEADS", BARZANI, KRP, "رئيس إقليم كوردستان مسعود"),
      ("MEMBER_OF", FUAD, KRP, "رئيس ديوان رئاسة الإقليم"),
      ("SUCCESSOR_OF", ODIERNO, PETRAEUS, "الذي خلف الجنرال ديفيد"),
      ("MET_WITH", BARZANI, TALABANI, "اجتمع الرئيس بارزاني برئيس الجمهورية", "2009-08-31"),
      ("LEADS", TALABANI, IRAQ, "برئيس الجمهورية مام جلال"),
      ],
     {"source": KDPSITE, "published": "2009-08-31"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRD")
