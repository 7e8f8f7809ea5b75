"""Blind set UO: Turkey 2016-2017 (first folder of UO-UP): Binali Yildirim elected to lead the AKP and named
prime minister in Ahmet Davutoglu's place (May 2016), the failed coup of 15 July 2016 and Hulusi Akar held by
the plotters, the killing of the Russian ambassador Andrei Karlov in Ankara (19 December 2016) and the Moscow
meeting of the next day, Erdogan's talks with Putin in St Petersburg (August 2016), the Sochi summit of Putin,
Erdogan and Rouhani (November 2017), and Erdogan's Gulf tour of July 2017, as a British wire writes it in
English (Reuters-like: "ANKARA, May 22 (Reuters) -"), Turkey's state agency in Arabic (Anadolu-like:
"أنقرة/ الأناضول"), a Turkish pro-government daily in English (Daily Sabah-like: "DAILY SABAH WITH AGENCIES"),
a Russian state channel's Arabic website (RT Arabic-like: "RT"), Russia's state wire in English (TASS-like:
"SOCHI, November 22. /TASS/."), and Saudi Arabia's state agency in Arabic (SPA-like: "جدة - واس").
Pieces: Yildirim elected AKP chairman to succeed Davutoglu, received by Erdogan and asked to form the
government; Davutoglu had met Erdogan on May 4 (English, UO1); the coup attempt: Akar held at Akinci and
freed, received by Yildirim (Arabic, UO2); Karlov shot dead by Mevlut Mert Altintas; Lavrov, Cavusoglu and
Zarif meet in Moscow the next day (English, UO3); Erdogan and Putin meet in St Petersburg, with Cavusoglu and
Lavrov present (Arabic, UO4); Putin hosts Erdogan and Rouhani in Sochi; Assad had met Putin there two days
before (English, UO5); King Salman receives Erdogan in Jeddah with the Crown Prince present; Erdogan then
flies to Kuwait and Doha (Arabic, UO6).
Excluded on purpose (no relation): Davutoglu who "will not be a candidate" (no succession stated in his own
words), the AKP deputies (UO1); Erdogan's accusation of Gulen and Gulen's denial, the unnamed officers, the
soldiers killed on the bridge (no named agent) (UO2); Erdogan's phone call to Putin, the accusation that the
gunman belonged to Gulen's network (UO3); Peskov's statement, Putin's planned visit to Turkey (UO4); Putin's
phone call to Trump after the summit, the planned Syrian national dialogue congress (UO5); the meetings in
Kuwait and Doha that the piece only announces as planned (UO6).
Judgement calls: "elected ... chairman of the AK Party to succeed Ahmet Davutoglu" is a succession (UO1);
"received Yildirim at the presidential complex and asked him to form" is a meeting (UO1); the chief of
staff "released ... and taken to" the prime minister, who "met him" is a meeting (UO2); the gunman "who
opened fire" and killed the ambassador: victim -> gunman, though he was himself killed (UO3); "بحضور" two
ministers: each paired with both principals and with each other (UO4); a trilateral summit hosted by Putin:
a meeting of the three (UO5); "بحضور ولي العهد": paired with both principals (UO6); a prime minister LEADS
the country; the party chairman LEADS the party; the chief of the General Staff LEADS the armed forces.
Filled in for the exercise: the hour of the reception (UO1); Yildirim's meeting with Akar, the wording of
the statement (UO2); the ministers' wording (UO3); the presence of the two ministers (UO4); the length of
the talks (UO5); the hour of the reception and the wording of the agency (UO6).
Spellings: "Binali Yildirim", "Ahmet Davutoglu", "Recep Tayyip Erdogan" (UO1); «بن علي يلدريم»، «خلوصي أكار»،
«فتح الله غولن» (UO2); "Andrei Karlov", "Mevlut Mert Altintas", "Mevlut Cavusoglu", "Javad Zarif" (UO3);
«رجب طيب أردوغان»، «فلاديمير بوتين»، «مولود جاويش أوغلو»، «سيرغي لافروف» (UO4); "Recep Erdogan", "Hassan
Rouhani", "Bashar Assad" (UO5); «خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود»، «الرئيس التركي
رجب طيب إردوغان»، «الأمير محمد بن سلمان» (UO6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_up import ALL  # noqa: E402

HERE = Path(__file__).parent

TURKEY, RUSSIA, IRAN, SYRIA, SAUDI = (
    "country:turkey", "country:russia", "country:iran", "country:syria", "country:saudi-arabia")
AKP, TSK = "organization:akp", "organization:turkish-armed-forces"
ERDOGAN, DAVUTOGLU, YILDIRIM, AKAR, GULEN, CAVUSOGLU, ALTINTAS = (
    "person:recep-tayyip-erdogan", "person:ahmet-davutoglu", "person:binali-yildirim", "person:hulusi-akar",
    "person:fethullah-gulen", "person:mevlut-cavusoglu", "person:mevlut-mert-altintas")
PUTIN, LAVROV, KARLOV, ROUHANI, ZARIF, ASSAD = (
    "person:vladimir-putin", "person:sergei-lavrov", "person:andrei-karlov", "person:hassan-rouhani",
    "person:mohammad-javad-zarif", "person:bashar-al-assad")
SALMAN, MBS = "person:salman-bin-abdulaziz", "person:mohammed-bin-salman"

REUTERS = "blind set (British news wire, English, Reuters-like)"
AA = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"
SABAH = "blind set (Turkish pro-government daily, English, Daily Sabah-like)"
RT = "blind set (Russian state channel, Arabic website, RT Arabic-like)"
TASS = "blind set (Russian state news wire, English, TASS-like)"
SPA = "blind set (Saudi state news agency, Arabic, SPA-like)"

ARTICLES = [
    ("enUO1_yildirim_succeeds_davutoglu_reuters", "en",
     "Erdogan loyalist Yildirim takes over Turkey's ruling party, premiership\n"
     "ANKARA, May 22 (Reuters) - Turkey's ruling AK Party elected Transport Minister Binali Yildirim as its "
     "chairman on Sunday to succeed Ahmet Davutoglu, paving the way for a close ally of President Tayyip "
     "Erdogan to become prime minister and push for the executive presidency Erdogan has long sought.\n"
     "Yildirim, the only candidate, won the votes of 1,405 of the 1,411 delegates at an extraordinary "
     "congress in an Ankara sports arena. Hours later Erdogan received him at the presidential complex and "
     "asked him to form the new government, the presidency said.\n"
     "Davutoglu announced on May 5 that he would not be a candidate at the congress, a day after he met "
     "Erdogan for an hour and 40 minutes at the palace in a meeting that officials described as tense.\n"
     "In a farewell speech to the delegates, the outgoing premier said he had \"never harboured any "
     "resentment\" and would remain a lawmaker for Konya.\n"
     "The new prime minister, 60, co-founded the party with Erdogan in 2001 and served for more than a "
     "decade as transport minister, overseeing the building of bridges, airports and high-speed rail lines.",
     [("SUCCESSOR_OF", YILDIRIM, DAVUTOGLU, "to succeed Ahmet Davutoglu", "2016-05-22"),
      ("LEADS", YILDIRIM, AKP, "as its chairman on Sunday"),
      ("LEADS", ERDOGAN, TURKEY, "President Tayyip Erdogan to become"),
      ("MET_WITH", ERDOGAN, YILDIRIM, "Erdogan received him at the presidential complex", "2016-05-22"),
      ("MET_WITH", DAVUTOGLU, ERDOGAN, "a day after he met Erdogan", "2016-05-04"),
      ],
     {"source": REUTERS, "published": "2016-05-22"}),

    ("arUO2_coup_attempt_akar_freed_aa", "ar",
     "تحرير رئيس الأركان خلوصي أكار وفشل المحاولة الانقلابية في تركيا\n"
     "أنقرة/ الأناضول\n"
     "أعلن رئيس الوزراء التركي بن علي يلدريم، صباح اليوم السبت، أن المحاولة الانقلابية التي نفذتها مجموعة "
     "من العسكريين مساء أمس باءت بالفشل، وأن رئيس هيئة الأركان العامة الفريق أول خلوصي أكار حُرّر من قبضة "
     "الانقلابيين الذين احتجزوه ليلة كاملة في قاعدة أكنجي الجوية قرب العاصمة.\n"
     "ونُقل أكار إلى مقر رئاسة الوزراء في أنقرة حيث التقاه يلدريم، واطّلع منه على تفاصيل ما جرى خلال "
     "ساعات احتجازه، بحسب بيان صادر عن رئاسة الوزراء.\n"
     "وقال يلدريم في تصريح للصحفيين إن \"الخونة سينالون أشدّ العقاب\"، مشيراً إلى أن 161 شخصاً قُتلوا "
     "وأصيب أكثر من 1400 آخرين في اشتباكات شهدتها أنقرة وإسطنبول، بينهم مدنيون سقطوا على جسر البوسفور.\n"
     "من جهته، اتهم الرئيس رجب طيب أردوغان، الذي عاد إلى إسطنبول فجراً، \"الكيان الموازي\" بزعامة فتح الله "
     "غولن المقيم في ولاية بنسلفانيا الأمريكية بالوقوف وراء المحاولة، وطالب واشنطن بتسليمه.\n"
     "وفي المقابل، نفى غولن في بيان أي صلة له بما حدث، وقال إنه \"يدين بأشد العبارات\" محاولة الانقلاب.",
     [("LEADS", YILDIRIM, TURKEY, "رئيس الوزراء التركي بن علي يلدريم"),
      ("LEADS", AKAR, TSK, "رئيس هيئة الأركان العامة الفريق أول"),
      ("MET_WITH", AKAR, YILDIRIM, "حيث التقاه يلدريم", "2016-07-16"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس رجب طيب أردوغان، الذي"),
      ("LEADS", GULEN, "organization:gulen-movement", "بزعامة فتح الله"),
      ],
     {"source": AA, "published": "2016-07-16"}),

    ("enUO3_karlov_shot_dead_sabah", "en",
     "Russian Ambassador Karlov killed in armed attack at Ankara art gallery\n"
     "DAILY SABAH WITH AGENCIES\n"
     "Russia's Ambassador to Turkey Andrei Karlov died Monday evening after being shot by a gunman while "
     "delivering a speech at the opening of a photography exhibition at the Cagdas Sanat Merkezi in Ankara's "
     "Cankaya district.\n"
     "Interior Minister Suleyman Soylu said the attacker, Mevlut Mert Altintas, 22, was an off-duty member of "
     "the Ankara riot police who had entered the gallery by showing his police identity card. Altintas, who "
     "opened fire on the ambassador from behind shouting \"Don't forget Aleppo\", was killed by special "
     "operations police after a 15-minute standoff.\n"
     "President Recep Tayyip Erdogan called Russian President Vladimir Putin shortly afterwards, and the two "
     "leaders agreed that the assassination was a provocation aimed at derailing the normalization between "
     "Ankara and Moscow. Government sources later claimed that the gunman had links to the Gulenist Terror "
     "Group (FETO), a claim the movement rejected.\n"
     "As planned, Foreign Minister Mevlut Cavusoglu met his Russian counterpart Sergei Lavrov and Iran's "
     "Javad Zarif in Moscow on Tuesday for talks on the evacuation of eastern Aleppo. Before the talks the "
     "three ministers stood in silence in memory of the slain diplomat.",
     [("ASSASSINATED_BY", KARLOV, ALTINTAS, "opened fire on the ambassador", "2016-12-19"),
      ("LEADS", ERDOGAN, TURKEY, "President Recep Tayyip Erdogan called"),
      ("LEADS", PUTIN, RUSSIA, "Russian President Vladimir Putin shortly"),
      ]
     + met_group({CAVUSOGLU: "Foreign Minister Mevlut Cavusoglu met", LAVROV: "counterpart Sergei Lavrov",
                  ZARIF: "Iran's Javad Zarif in Moscow"}, "2016-12-20"),
     {"source": SABAH, "published": "2016-12-20"}),

    ("arUO4_erdogan_putin_st_petersburg_rt", "ar",
     "بوتين وأردوغان في بطرسبورغ: صفحة جديدة في العلاقات الروسية التركية\n"
     "RT\n"
     "عقد الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان، يوم الثلاثاء 9 أغسطس/آب، محادثات في "
     "قصر قسطنطين بضواحي مدينة سان بطرسبورغ، في أول زيارة خارجية يقوم بها أردوغان منذ المحاولة الانقلابية "
     "الفاشلة في تركيا.\n"
     "وجرت المحادثات الموسعة بحضور وزير الخارجية التركي مولود جاويش أوغلو ونظيره الروسي سيرغي لافروف، "
     "وتناولت استئناف الرحلات السياحية ومشروع خط أنابيب الغاز \"السيل التركي\" ومحطة \"أكويو\" النووية.\n"
     "وقال بوتين في المؤتمر الصحفي المشترك إن زيارة ضيفه \"تدل على رغبتنا المشتركة في استعادة الحوار\"، "
     "فيما وصف أردوغان نظيره الروسي بـ\"صديقي العزيز\".\n"
     "وأعلن المتحدث باسم الكرملين دميتري بيسكوف أن الجانبين بحثا الأزمة السورية في لقاء منفصل، لكنه لم "
     "يستبعد استمرار الخلافات بشأن مصير الرئيس بشار الأسد.\n"
     "ومن المتوقع أن يزور بوتين تركيا في أكتوبر/تشرين الأول المقبل للمشاركة في مؤتمر الطاقة العالمي في "
     "إسطنبول، بحسب ما أفادت مصادر دبلوماسية.",
     met_group({PUTIN: "عقد الرئيس الروسي فلاديمير بوتين", ERDOGAN: "ونظيره التركي رجب طيب أردوغان، يوم",
                CAVUSOGLU: "بحضور وزير الخارجية التركي", LAVROV: "ونظيره الروسي سيرغي لافروف"}, "2016-08-09")
     + [("LEADS", PUTIN, RUSSIA, "الرئيس الروسي فلاديمير بوتين ونظيره"),
        ("LEADS", ERDOGAN, TURKEY, "ونظيره التركي رجب طيب أردوغان، يوم"),
        ("LEADS", ASSAD, SYRIA, "مصير الرئيس بشار الأسد"),
        ],
     {"source": RT, "published": "2016-08-09"}),
]

ARTICLES += [
    ("enUO5_sochi_trilateral_summit_tass", "en",
     "Putin, Erdogan, Rouhani back Syrian congress at Sochi summit\n"
     "SOCHI, November 22. /TASS/. Russian President Vladimir Putin hosted his Turkish and Iranian "
     "counterparts Recep Erdogan and Hassan Rouhani in Sochi on Wednesday for a trilateral summit on the "
     "Syrian settlement, the first meeting of the three guarantor states of the Astana process at the level "
     "of heads of state.\n"
     "The talks at the Bocharov Ruchei residence lasted more than four hours. In a joint statement the leaders "
     "backed the convening of a Syrian National Dialogue Congress in Sochi, which is yet to be scheduled.\n"
     "Putin told reporters that he had briefed his partners on his meeting with Syrian President Bashar Assad, "
     "who flew to Sochi on Monday for talks with the Russian leader and, according to the Kremlin, confirmed "
     "his commitment to a political process.\n"
     "After the summit Putin held a telephone conversation with US President Donald Trump, Kremlin spokesman "
     "Dmitry Peskov said, adding that the two presidents discussed the results of the Sochi meeting.",
     met_group({PUTIN: "Russian President Vladimir Putin hosted", ERDOGAN: "counterparts Recep Erdogan",
                ROUHANI: "and Hassan Rouhani in Sochi"}, "2017-11-22")
     + [("MET_WITH", PUTIN, ASSAD, "his meeting with Syrian President Bashar Assad", "2017-11-20"),
        ("LEADS", PUTIN, RUSSIA, "Russian President Vladimir Putin hosted"),
        ("LEADS", ERDOGAN, TURKEY, "his Turkish and Iranian"),
        ("LEADS", ROUHANI, IRAN, "Erdogan and Hassan Rouhani"),
        ("LEADS", ASSAD, SYRIA, "Syrian President Bashar Assad"),
        ("LEADS", "person:donald-trump", "country:united-states", "US President Donald Trump"),
        ],
     {"source": TASS, "published": "2017-11-22"}),

    ("arUO6_king_salman_receives_erdogan_spa", "ar",
     "خادم الحرمين الشريفين يستقبل الرئيس التركي\n"
     "جدة - واس\n"
     "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، في قصر السلام بجدة مساء اليوم الأحد، "
     "فخامة الرئيس التركي رجب طيب إردوغان والوفد المرافق له، بحضور صاحب السمو الملكي الأمير محمد بن سلمان "
     "بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع.\n"
     "وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين الشقيقين، وبحث مستجدات الأحداث في المنطقة، "
     "والجهود المبذولة بشأنها.\n"
     "كما أقام خادم الحرمين الشريفين مأدبة عشاء تكريماً للرئيس التركي والوفد المرافق له.\n"
     "وكان الرئيس إردوغان قد وصل إلى جدة في وقت سابق اليوم، في مستهل جولة خليجية تشمل الكويت وقطر، "
     "يسعى خلالها إلى المساهمة في حل الأزمة القائمة مع الدوحة، ومن المقرر أن يلتقي في الكويت سمو أمير دولة "
     "الكويت الشيخ صباح الأحمد الجابر الصباح، قبل أن يتوجه إلى الدوحة للقاء أمير دولة قطر الشيخ تميم بن حمد "
     "آل ثاني.",
     met_group({SALMAN: "استقبل خادم الحرمين الشريفين الملك سلمان", ERDOGAN: "فخامة الرئيس التركي رجب",
                MBS: "بحضور صاحب السمو الملكي الأمير محمد"}, "2017-07-23")
     + [("LEADS", SALMAN, SAUDI, "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، في"),
        ("LEADS", ERDOGAN, TURKEY, "فخامة الرئيس التركي رجب"),
        ("LEADS", "person:sabah-al-ahmad-al-jaber-al-sabah", "country:kuwait", "سمو أمير دولة الكويت"),
        ("LEADS", "person:tamim-bin-hamad-al-thani", "country:qatar", "أمير دولة قطر الشيخ"),
        ],
     {"source": SPA, "published": "2017-07-23"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUO")
