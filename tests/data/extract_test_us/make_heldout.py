"""Blind set US: Syria 2011-2012 (first folder of US-UT): Mohammed al-Dabi hands the observer mission's report
to Nabil Elaraby in Cairo, with Elaraby's September 2011 meeting with Bashar al-Assad recalled (January 2012);
Assad receives Kofi Annan in Damascus (March 2012); the bombing of the crisis cell that killed Dawoud Rajiha,
Assef Shawkat and Hassan Turkmani and Fahd Jassem al-Freij named to replace Rajiha (July 2012); Riad Hijab's
defection and his successors (August 2012); Francois Hollande receives Moaz al-Khatib at the Elysee (November
2012); Sergei Lavrov receives Abdulbaset Sieda, elected to succeed Burhan Ghalioun at the head of the Syrian
National Council (July 2012), as a British wire writes it in English (Reuters-like: "CAIRO, Jan 22
(Reuters) -"), Syria's state agency in Arabic (SANA-like: "دمشق-سانا", "السيد الرئيس"), a French wire in
English (AFP-like: "DAMASCUS, July 18 (AFP) -"), a Qatari TV channel's website in Arabic (Al Jazeera
Net-like: "الجزيرة نت-عمّان"), a French international TV channel's English website (France 24-like) and a
London-based Saudi daily in Arabic (Asharq al-Awsat-like: "موسكو: «الشرق الأوسط»").
Pieces: Dabi meets Elaraby and Hamad bin Jassim in Cairo; Elaraby was received by Assad in September (English,
US1); Assad receives Annan with Muallem and Shaaban present; Annan had met Elaraby in Cairo (Arabic, US2);
Rajiha, Shawkat and Turkmani killed, the FSA claims the bombing, Freij named to replace Rajiha (English, US3);
Hijab defects; Ghalawanji made caretaker, Halqi named to succeed Hijab, who had succeeded Safar (Arabic, US4);
Hollande receives Khatib with Fabius present; Sabra replaces Sieda at the SNC; Juppe had met Ghalioun (English,
US5); Lavrov receives an SNC delegation headed by Sieda, elected to succeed Ghalioun; Lavrov had received
Abdel Azim (Arabic, US6).
Excluded on purpose (no relation): Elaraby's first, postponed visit, the opposition's accusations against Dabi
(US1); Annan's second meeting with Assad, only planned (US2); the Islamist group's unverified claim, the
government blaming "foreign intelligence services", Shaar and Ikhtiyar wounded (US3); Hijab's unconfirmed
meetings with Jordanian officials, which the minister denied (US4); Khatib's planned, put-off meeting with
Hague (US5); Putin, who will not meet the delegation (the Kremlin denied it) (US6).
Judgement calls: handing the report in person to Elaraby "and" meeting him with Hamad bin Jassim: a meeting of
the three (US1); "بحضور" two attendees: each paired with both principals and with each other, as in SQ4/SR6
(US2); the FSA's own claim of responsibility gives each victim -> FSA (the agent who claims it, as SQ6's
confession); the other, unverified claim gives nothing (US3); "كلّف نائبه ... بتسيير أعمال الحكومة" after
Hijab's dismissal is a succession (as SR2's acting premier); Halqi "خلفاً لحجاب" a succession, the caretaker
in between notwithstanding (US4); "elected ... to replace" is a succession (US5); "وفداً ... برئاسة" the
named head: a meeting with the head (US6); a prime minister LEADS the country (SQ); "President Bashar
al-Assad" LEADS Syria (SR1).
Filled in for the exercise: the wording of Dabi's and the League official's statements and Hamad bin Jassim's
presence (US1); the wording of the SANA report and Shaaban's presence (US2); the wording of the claims and the
decree (US3); the minister's denial, the hour of arrival (US4); the length of the talks, the put-off Hague
meeting (US5); the delegation's requests, the Kremlin's denial, the date of the meeting with Abdel Azim (US6).
Spellings: "Mohammed Ahmed Mustafa al-Dabi", "Nabil Elaraby", "Sheikh Hamad bin Jassim al-Thani" (US1);
«كوفي أنان»، «وليد المعلم»، «بثينة شعبان» (US2); "Dawud Rajha", "Asef Shawkat", "Hassan Turkmani", "Fahd
Jassem al-Freij" (US3); «رياض حجاب»، «عمر غلاونجي»، «وائل نادر الحلقي» (US4); "Ahmed Moaz al-Khatib",
"François Hollande", "Alain Juppé" (US5); «عبد الباسط سيدا»، «سيرغي لافروف»، «حسن عبد العظيم» (US6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ut import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, QATAR, FRANCE, RUSSIA = "country:syria", "country:qatar", "country:france", "country:russia"
BAATH = "organization:baath-party"
LEAGUE, FSA, SNC, COALITION, NCB = (
    "organization:arab-league", "organization:free-syrian-army", "organization:syrian-national-council",
    "organization:syrian-national-coalition", "organization:national-coordination-body")
ASSAD, MUALLEM, SHAABAN, RAJIHA, SHAWKAT, TURKMANI, FREIJ = (
    "person:bashar-al-assad", "person:walid-muallem", "person:bouthaina-shaaban", "person:dawoud-rajiha",
    "person:assef-shawkat", "person:hassan-turkmani", "person:fahd-jassem-al-freij")
HIJAB, GHALAWANJI, HALQI, SAFAR = (
    "person:riad-hijab", "person:omar-ghalawanji", "person:wael-al-halqi", "person:adel-safar")
GHALIOUN, SIEDA, SABRA, KHATIB, ABDEL_AZIM = (
    "person:burhan-ghalioun", "person:abdulbaset-sieda", "person:george-sabra", "person:moaz-al-khatib",
    "person:hassan-abdel-azim")
ELARABY, DABI, ANNAN, HBJ = (
    "person:nabil-elaraby", "person:mohammed-ahmed-al-dabi", "person:kofi-annan", "person:hamad-bin-jassim-al-thani")
HOLLANDE, FABIUS, JUPPE, LAVROV, PUTIN = (
    "person:francois-hollande", "person:laurent-fabius", "person:alain-juppe", "person:sergei-lavrov",
    "person:vladimir-putin")

REUTERS = "blind set (British news wire, English, Reuters-like)"
SANA = "blind set (Syrian state news agency, Arabic, SANA-like)"
AFP = "blind set (French news wire, English, AFP-like)"
JAZEERA = "blind set (Qatari TV channel's website, Arabic, Al Jazeera Net-like)"
F24 = "blind set (French international TV channel, English website, France 24-like)"
AWSAT = "blind set (London-based Saudi daily, Arabic, Asharq al-Awsat-like)"

ARTICLES = [
    ("enUS1_dabi_report_elaraby_reuters", "en",
     "Arab monitors' chief hands Syria report to League as Saudis pull out\n"
     "CAIRO, Jan 22 (Reuters) - The Sudanese general who led the Arab League's monitoring mission in Syria, "
     "Mohammed Ahmed Mustafa al-Dabi, handed his report in person to the League's Secretary-General Nabil "
     "Elaraby in Cairo on Sunday, hours before Arab foreign ministers gathered to decide the mission's future.\n"
     "Dabi, a former head of Sudanese military intelligence, met Elaraby and Qatari Prime Minister Sheikh "
     "Hamad bin Jassim al-Thani, who chairs the League's Syria committee, at the League's headquarters on "
     "Tahrir Square, a League official said.\n"
     "Saudi Arabia said in a statement it would withdraw its monitors because Damascus had not honoured "
     "\"any of the elements\" of the Arab peace plan.\n"
     "Elaraby, a former Egyptian foreign minister, had himself travelled to Damascus in September, when he was "
     "received by President Bashar al-Assad for talks on the plan. A first visit, scheduled for early "
     "September, was postponed at Syria's request.\n"
     "Syrian opposition groups have accused Dabi of whitewashing the crackdown, and the leader of the Syrian "
     "National Council, Burhan Ghalioun, urged the League to send the file to the U.N. Security Council. Dabi "
     "rejected the criticism and said his observers had not been obstructed.",
     met_group({DABI: "Mustafa al-Dabi, handed", ELARABY: "Secretary-General Nabil",
                HBJ: "Qatari Prime Minister Sheikh"}, "2012-01-22")
     + [("LEADS", ELARABY, LEAGUE, "the League's Secretary-General Nabil"),
        ("LEADS", HBJ, QATAR, "Qatari Prime Minister Sheikh"),
        ("MET_WITH", ELARABY, ASSAD, "received by President Bashar al-Assad", "2011-09-10"),
        ("LEADS", ASSAD, SYRIA, "President Bashar al-Assad for talks"),
        ("LEADS", GHALIOUN, SNC, "the leader of the Syrian National Council"),
        ],
     {"source": REUTERS, "published": "2012-01-22"}),

    ("arUS2_assad_receives_annan_sana", "ar",
     "السيد الرئيس بشار الأسد يستقبل كوفي أنان والوفد المرافق\n"
     "دمشق-سانا\n"
     "استقبل السيد الرئيس بشار الأسد اليوم كوفي أنان المبعوث الخاص للأمين العام للأمم المتحدة ولجامعة الدول "
     "العربية إلى سورية والوفد المرافق له، بحضور وزير الخارجية والمغتربين وليد المعلم والدكتورة بثينة شعبان "
     "المستشارة السياسية والإعلامية في رئاسة الجمهورية.\n"
     "وجرى خلال اللقاء بحث الأوضاع في سورية والجهود المبذولة لإيجاد حل للأزمة، حيث أكد السيد الرئيس أن "
     "سورية مستعدة لإنجاح أي جهد صادق، وأن أي حوار سياسي أو عمل سياسي لا يمكن أن ينجح ما دامت هناك مجموعات "
     "إرهابية مسلحة تعمل على نشر الفوضى وزعزعة الاستقرار.\n"
     "من جهته، أعرب أنان عن تقديره للتعاون الذي لقيه، مؤكداً أن مهمته تقوم على إيجاد حل سلمي بقيادة سورية.\n"
     "وكان المبعوث الخاص قد التقى في القاهرة أول أمس الأمين العام لجامعة الدول العربية الدكتور نبيل العربي "
     "قبل توجهه إلى دمشق.\n"
     "ومن المقرر أن يلتقي أنان السيد الرئيس مرة ثانية غداً قبل مغادرته إلى أنقرة.",
     met_group({ASSAD: "استقبل السيد الرئيس بشار الأسد", ANNAN: "كوفي أنان المبعوث الخاص",
                MUALLEM: "بحضور وزير الخارجية والمغتربين", SHAABAN: "والدكتورة بثينة شعبان"}, "2012-03-10")
     + [("LEADS", ASSAD, SYRIA, "السيد الرئيس بشار الأسد اليوم"),
        ("MET_WITH", ANNAN, ELARABY, "قد التقى في القاهرة أول أمس", "2012-03-08"),
        ("LEADS", ELARABY, LEAGUE, "الأمين العام لجامعة الدول العربية الدكتور"),
        ],
     {"source": SANA, "published": "2012-03-10"}),

    ("enUS3_crisis_cell_bombing_afp", "en",
     "Damascus bomb kills Syria's defence minister, Assad's brother-in-law\n"
     "DAMASCUS, July 18 (AFP) - A bomb tore through a meeting of top security officials at the national security "
     "headquarters in Damascus on Wednesday, killing Defence Minister Dawud Rajha, his deputy Asef Shawkat and "
     "Hassan Turkmani, head of the regime's crisis cell, state television said.\n"
     "Shawkat, the husband of President Bashar al-Assad's elder sister Bushra and a former chief of military "
     "intelligence, was among the most feared men of the regime. Turkmani, a former defence minister, was an "
     "assistant to the vice president.\n"
     "The rebel Free Syrian Army claimed responsibility in a statement, saying its men had planted the "
     "explosives in the meeting room. A second claim, by a little-known Islamist group, could not be verified, "
     "while the government blamed \"tools of foreign intelligence services\" for what it called a terrorist "
     "act.\n"
     "Hours later Assad named General Fahd Jassem al-Freij, the army chief of staff, as defence minister to "
     "replace Rajha, according to a decree read on state television.\n"
     "Interior Minister Mohammed al-Shaar was wounded in the blast, a security source said, and national "
     "security chief Hisham Ikhtiyar was in critical condition.",
     [("ASSASSINATED_BY", RAJIHA, FSA, "The rebel Free Syrian Army claimed responsibility", "2012-07-18"),
      ("ASSASSINATED_BY", SHAWKAT, FSA, "its men had planted the explosives", "2012-07-18"),
      ("ASSASSINATED_BY", TURKMANI, FSA, "in a statement, saying", "2012-07-18"),
      ("LEADS", ASSAD, SYRIA, "President Bashar al-Assad's elder sister"),
      ("SUCCESSOR_OF", FREIJ, RAJIHA, "as defence minister to replace Rajha", "2012-07-18"),
      ],
     {"source": AFP, "published": "2012-07-18"}),
]

ARTICLES += [
    ("arUS4_hijab_defects_jazeera", "ar",
     "انشقاق رئيس الوزراء السوري رياض حجاب.. والأسد يكلّف غلاونجي\n"
     "الجزيرة نت-عمّان\n"
     "أعلن رئيس الوزراء السوري رياض حجاب انشقاقه عن نظام الرئيس بشار الأسد وانضمامه إلى صفوف الثورة، بعد "
     "شهرين فقط على تعيينه، ووصل مع أفراد من عائلته إلى الأردن فجر الاثنين، بحسب ما أعلن المتحدث باسمه محمد "
     "العطري.\n"
     "وقال العطري في بيان تلاه على شاشة الجزيرة إن حجاب «انشقّ عن نظام القتل والإرهاب»، في حين ذكرت الوكالة "
     "العربية السورية للأنباء (سانا) أن الأسد أصدر مرسوماً بإعفاء حجاب من منصبه، وكلّف نائبه عمر غلاونجي "
     "بتسيير أعمال الحكومة.\n"
     "ولم يتضح إن كان حجاب قد التقى مسؤولين أردنيين، إذ نفى وزير الدولة لشؤون الإعلام سميح المعايطة علمه "
     "بوجوده على الأراضي الأردنية، قبل أن تؤكد عمّان وصوله رسمياً في المساء.\n"
     "وبعد ثلاثة أيام، أصدر الأسد مرسوماً بتعيين وزير الصحة وائل نادر الحلقي رئيساً لمجلس الوزراء خلفاً لحجاب، "
     "الذي كان قد عُيّن في حزيران الماضي خلفاً لعادل سفر إثر الانتخابات التشريعية.\n"
     "ويُعدّ حجاب، وهو عضو في حزب البعث من محافظة دير الزور، أرفع مسؤول مدني ينشق عن النظام منذ اندلاع الثورة "
     "في آذار 2011.",
     [("LEADS", HIJAB, SYRIA, "رئيس الوزراء السوري رياض حجاب انشقاقه"),
      ("SUCCESSOR_OF", GHALAWANJI, HIJAB, "وكلّف نائبه عمر غلاونجي", "2012-08-06"),
      ("SUCCESSOR_OF", HALQI, HIJAB, "رئيساً لمجلس الوزراء خلفاً لحجاب", "2012-08-09"),
      ("LEADS", HALQI, SYRIA, "وائل نادر الحلقي رئيساً"),
      ("SUCCESSOR_OF", HIJAB, SAFAR, "خلفاً لعادل سفر", "2012-06-06"),
      ("LEADS", ASSAD, SYRIA, "نظام الرئيس بشار الأسد"),
      ("MEMBER_OF", HIJAB, BAATH, "وهو عضو في حزب البعث"),
      ],
     {"source": JAZEERA, "published": "2012-08-09"}),

    ("enUS5_hollande_khatib_elysee_f24", "en",
     "Hollande receives Syrian opposition chief Khatib at the Elysée\n"
     "French President François Hollande on Saturday received Ahmed Moaz al-Khatib, the head of the newly formed "
     "National Coalition for Syrian Revolutionary and Opposition Forces, at the Elysée Palace, four days after "
     "France became the first Western country to recognise the coalition as the \"sole legitimate "
     "representative\" of the Syrian people.\n"
     "Foreign Minister Laurent Fabius also attended the hour-long talks, the presidency said. Khatib, a former "
     "preacher at the Umayyad Mosque in Damascus, asked for \"defensive weapons\" for the rebels and for the "
     "coalition to be allowed to name an ambassador in Paris.\n"
     "The coalition was formed in Doha on November 11. The Syrian National Council, until then the main "
     "opposition body, joined it days after electing George Sabra, a Christian former teacher, to replace "
     "Abdulbaset Sieda as its president.\n"
     "Paris has long been a base for the opposition: then foreign minister Alain Juppé met the SNC's first "
     "chief, Burhan Ghalioun, at the Quai d'Orsay in October 2011.\n"
     "A meeting between Khatib and British Foreign Secretary William Hague, planned for Monday in London, "
     "has been put off, a coalition spokesman said.",
     met_group({HOLLANDE: "French President François Hollande", KHATIB: "received Ahmed Moaz al-Khatib",
                FABIUS: "Foreign Minister Laurent Fabius also attended"}, "2012-11-17")
     + [("LEADS", HOLLANDE, FRANCE, "French President François"),
        ("LEADS", KHATIB, COALITION, "the head of the newly formed"),
        ("MEMBER_OF", SNC, COALITION, "opposition body, joined it"),
        ("SUCCESSOR_OF", SABRA, SIEDA, "to replace Abdulbaset Sieda", "2012-11-09"),
        ("LEADS", SABRA, SNC, "electing George Sabra"),
        ("MET_WITH", JUPPE, GHALIOUN, "Alain Juppé met the SNC's first", "2011-10-10"),
        ("LEADS", GHALIOUN, SNC, "the SNC's first chief"),
        ],
     {"source": F24, "published": "2012-11-17"}),

    ("arUS6_lavrov_sieda_awsat", "ar",
     "لافروف يستقبل وفد «المجلس الوطني» برئاسة سيدا.. وموسكو لا تغيّر موقفها\n"
     "موسكو: «الشرق الأوسط»\n"
     "استقبل وزير الخارجية الروسي سيرغي لافروف في موسكو أمس وفداً من المجلس الوطني السوري برئاسة عبد الباسط "
     "سيدا، في أول زيارة يقوم بها رئيس المجلس إلى روسيا منذ انتخابه الشهر الماضي خلفاً للدكتور برهان غليون.\n"
     "وقال سيدا بعد اللقاء إن الجانب الروسي «لم يغيّر موقفه» من مصير الرئيس السوري بشار الأسد، مضيفاً أن "
     "الوفد طالب موسكو بوقف تزويد النظام بالسلاح. ونفى الكرملين أن يكون الرئيس الروسي فلاديمير بوتين سيلتقي "
     "الوفد.\n"
     "وكانت الأمانة العامة للمجلس قد انتخبت سيدا، المعارض الكردي المقيم في السويد منذ عقدين، في العاشر من "
     "حزيران في اسطنبول، بعد استقالة غليون تحت ضغط الانتقادات لأدائه.\n"
     "ويأتي اللقاء بعد أسابيع من استقبال لافروف وفداً من هيئة التنسيق الوطنية لقوى التغيير الديمقراطي برئاسة "
     "منسقها العام حسن عبد العظيم، الذي رفض أي تدخل عسكري خارجي.\n"
     "من جهته، قال لافروف إن موسكو «ليست متمسكة بأي شخص»، لكنها ترفض فرض الحلول من الخارج.",
     [("MET_WITH", LAVROV, SIEDA, "برئاسة عبد الباسط", "2012-07-11"),
      ("LEADS", SIEDA, SNC, "يقوم بها رئيس المجلس"),
      ("SUCCESSOR_OF", SIEDA, GHALIOUN, "خلفاً للدكتور برهان غليون", "2012-06-10"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار الأسد"),
      ("LEADS", PUTIN, RUSSIA, "الرئيس الروسي فلاديمير بوتين"),
      ("MET_WITH", LAVROV, ABDEL_AZIM, "منسقها العام حسن عبد العظيم"),
      ("LEADS", ABDEL_AZIM, NCB, "منسقها العام حسن"),
      ],
     {"source": AWSAT, "published": "2012-07-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUS")
