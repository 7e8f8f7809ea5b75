"""Blind set LH: Yemen 2017-2025 as a Saudi Arabic daily writes it (Asharq Al-Awsat-like: "الرياض:
«الشرق الأوسط»", "سفير خادم الحرمين الشريفين", «الميليشيات الحوثية الانقلابية», months glossed
"أبريل (نيسان)"), as a Yemeni Arabic news site writes it (al-Masdar Online-like: "الرياض - المصدر
أونلاين:", joined "عبدالله"), as an international wire writes it (Reuters/AP-like datelines) and as a Gulf
English-language daily writes it (Arab News-like: "RIYADH:", "Al-" capitalised, "the Kingdom").
Pieces: the crown prince receives al-Alimi, chairman of the new Presidential Leadership Council, with
al-Zubaidi, Khalid bin Salman and Al Jaber; al-Alimi after Hadi, Ali Mohsen after Bahah (Arabic, Saudi
daily, April 2022); Salem bin Breik sworn in before al-Alimi in place of bin Mubarak, who had succeeded
Maeen Abdulmalik; his separate meetings with Al Jaber and the central bank governor (Arabic, Yemeni site, May
2025); Ali Abdullah Saleh and al-Zuka killed by the Houthis, Ahmed Ali's vow, Hadi's meeting with Ali Mohsen
and bin Dagher (Arabic, Saudi daily, December 2017); the Israeli strike that killed al-Rahawi and
ministers, Miftah acting premier sworn in before al-Mashat with Labouza, al-Rahawi after bin Habtoor
(English, wire, August 2025); Khalid bin Salman receives Abdulsalam's delegation with Al Jaber, al-Azima and
al-Ajri, al-Azima after Fahd bin Turki, Al Jaber's April talks with al-Mashat (English, Gulf daily,
September 2023); Grundberg meets al-Alimi with Al Jaber in Riyadh and Abdulsalam with Badr Albusaidi in
Muscat, the envoys Grundberg <- Griffiths <- Ould Cheikh Ahmed <- Benomar (English, wire, December 2023).
Excluded on purpose (no relation): Hadi, who "did not attend" the crown prince's reception, and al-Hajraf's
phone call to al-Alimi (LH1); the meeting of bin Mubarak and al-Alimi denied by bin Mubarak's office, bin
Breik's planned return to Aden, and Al Jaber and al-Maabqi, received "in two separate meetings", are not
paired with each other (LH2); the unknown fate of party leaders and the dead of the street fighting, with
no one named (LH3); the Israeli military's statement that it struck a target "without naming anyone" (no
agent claim beyond the strike the Houthis attribute), and Israeli media's report that al-Ghamari was also
targeted (LH4); Grundberg's phone call with Al Jaber and the meeting with al-Alimi that "was not on the
agenda" (LH5); Grundberg's postponed trip to Sanaa and Lenderking's phone call with Al Jaber (LH6).
Judgement calls: "تولى العليمي رئاسته خلفاً لهادي" is a succession of the council's chairman to the
president who handed over his powers (LH1); a swearing-in "in the presence of" someone pairs everyone there
(LH2, LH4); men "killed with" Saleh and "among those killed" with al-Rahawi take the stated agent (LH3,
LH4); a meeting "chaired" by Hadi "that included" his deputy and the prime minister pairs all three (LH3);
"named ... to run the government in an acting capacity" is a succession (LH4); "appointed to head the Joint
Forces on an acting basis after a royal order relieved Prince Fahd bin Turki" is a succession (LH5); talks
"attended by" two men and in which a delegation member "also took part" pair all five (LH5); the envoy's
Muscat talks "also attended by" the Omani minister pair all three (LH6). Filled in for the exercise:
al-Zubaidi's and Al Jaber's presence at the crown prince's reception, al-Shaddadi's and Abdullah al-Alimi's
at the swearing-in, bin Breik's meetings after it, Hadi's meeting on the day after Saleh's death and Ali
Mohsen's meeting with Al Jaber, Labouza's presence at Miftah's swearing-in, al-Azima's and al-Ajri's at the
Riyadh talks, Al Jaber's presence in Riyadh and Badr Albusaidi's in Muscat with Grundberg, some days.
Spellings: "رشاد محمد العليمي", "عيدروس قاسم الزُبيدي" (LH1); "عبدالله العليمي" without Bawazir,
"معين عبدالملك" joined (LH2); "عبدالملك الحوثي", "عبدربه منصور هادي" joined (LH3); "Ahmed Ghaleb Nasser
al-Rahawi", "Mohammed Ahmed Miftah", "Hashem Sharaf al-Din", "Abdulaziz bin Habtoor" (LH4); "Al-Jaber",
"Al-Azima", "Al-Ajri", "Al-Mashat" (LH5); "Mohammed Abdul-Salam", "Sayyid Badr Albusaidi" (LH6).
New people: Khaled Bahah (LH1), Mohammed al-Shaddadi (LH2), Aref al-Zuka and Ahmed Ali Saleh (LH3), Qassem
Labouza (LH4), Fahd bin Turki (LH5), Jamal Benomar (LH6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_li import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR = "country:israel"
PLC, HOUTHIS, HGOV, SPC, YGOV, GPC, COALITION, SDEF, CBY, YHOR, HNEG, YFIN = (
    "organization:presidential-leadership-council", "organization:houthis", "organization:houthi-government",
    "organization:houthi-supreme-political-council", "organization:yemeni-government",
    "organization:general-peoples-congress", "organization:saudi-led-coalition", "organization:saudi-defence-ministry",
    "organization:central-bank-of-yemen", "organization:yemeni-house-of-representatives",
    "organization:houthi-negotiating-delegation", "organization:yemeni-finance-ministry")
RIYADH, YAMAMAH, SANAA, MUSCAT = ("location:riyadh", "location:al-yamamah-palace", "location:sanaa",
                                  "location:muscat")
MBS, KBS, ALJABER, ALIMI, ZUBAIDI, HADI, AHMAR = (
    "person:mohammed-bin-salman", "person:khalid-bin-salman", "person:mohammed-al-jaber", "person:rashad-al-alimi",
    "person:aidarous-al-zubaidi", "person:abdrabbuh-mansour-hadi", "person:ali-mohsen-al-ahmar")
BINBREIK, BINMUBARAK, MAEEN, BAWAZIR, MAABQI, BINDAGHER = (
    "person:salem-bin-breik", "person:ahmed-awad-bin-mubarak", "person:maeen-abdulmalik",
    "person:abdullah-al-alimi-bawazir", "person:ahmed-al-maabqi", "person:ahmed-bin-dagher")
SALEH, ABDULMALIK, RAHAWI, MIFTAH, AMER, SHARAF, MASHAT, HABTOOR = (
    "person:ali-abdullah-saleh", "person:abdul-malik-al-houthi", "person:ahmed-al-rahawi", "person:mohammed-miftah",
    "person:jamal-amer", "person:hashem-sharaf-al-din", "person:mahdi-al-mashat", "person:abdulaziz-bin-habtoor")
ABDULSALAM, AZIMA, AJRI, GRUNDBERG, GRIFFITHS, OCA, BADR = (
    "person:mohammed-abdulsalam", "person:mutlaq-al-azima", "person:abdulmalik-al-ajri", "person:hans-grundberg",
    "person:martin-griffiths", "person:ismail-ould-cheikh-ahmed", "person:badr-albusaidi")
# new to the tables
BAHAH, SHADDADI, ZUKA, LABOUZA, FAHDBT, BENOMAR = (
    "person:khaled-bahah", "person:mohammed-al-shaddadi", "person:aref-al-zuka", "person:qassem-labouza",
    "person:fahd-bin-turki", "person:jamal-benomar")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_YAMAMAH = {MBS: "استقبل الأمير محمد بن سلمان بن عبد العزيز", ALIMI: "الدكتور رشاد محمد العليمي رئيس",
            ZUBAIDI: "يرافقه عضو المجلس اللواء", KBS: "وحضر الاستقبال الأمير خالد بن سلمان",
            ALJABER: "محمد بن سعيد آل جابر"}
_OATH = {BINBREIK: "أدى سالم صالح بن بريك", ALIMI: "أمام رئيس مجلس القيادة الرئاسي رشاد العليمي",
         BAWAZIR: "بحضور عضو المجلس عبدالله العليمي", SHADDADI: "ونائب رئيس مجلس النواب محمد علي الشدادي"}
_HADI = {HADI: "ترأس الرئيس عبدربه منصور هادي", AHMAR: "ضم نائبه الفريق علي محسن الأحمر",
         BINDAGHER: "ورئيس الوزراء الدكتور أحمد عبيد بن دغر"}
_MIFTAH = {MIFTAH: "Miftah was sworn in later on Saturday", MASHAT: "before Mahdi al-Mashat, head of the council",
           LABOUZA: "in the presence of Qassem Labouza"}
_KBS = {KBS: "Prince Khalid bin Salman received on Tuesday", ABDULSALAM: "a delegation from Sanaa led by",
        ALJABER: "The talks were attended by Mohammed Al-Jaber", AZIMA: "and by Lt. Gen. Mutlaq Al-Azima",
        AJRI: "Abdulmalik Al-Ajri, a member of the delegation, also took part"}
_RIYADH = {GRUNDBERG: "Grundberg held talks with Rashad", ALIMI: "Grundberg held talks with Rashad",
           ALJABER: "Saudi Ambassador Mohammed Al Jaber also attended"}
_MUSCAT = {GRUNDBERG: "In Muscat, the envoy met", ABDULSALAM: "In Muscat, the envoy met Mohammed Abdul-Salam",
           BADR: "also attended by Oman's Foreign Minister"}

ARTICLES = [
    ("arLH1_mbs_receives_alimi", "ar",
     "ولي العهد السعودي يستقبل رئيس مجلس القيادة الرئاسي اليمني\n"
     "الرياض: «الشرق الأوسط»\n"
     "استقبل الأمير محمد بن سلمان بن عبد العزيز، ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع، في قصر "
     "اليمامة بالرياض مساء الخميس، الدكتور رشاد محمد العليمي رئيس مجلس القيادة الرئاسي في الجمهورية "
     "اليمنية، يرافقه عضو المجلس اللواء عيدروس قاسم الزُبيدي.\n"
     "وحضر الاستقبال الأمير خالد بن سلمان نائب وزير الدفاع، وسفير خادم الحرمين الشريفين لدى اليمن محمد بن "
     "سعيد آل جابر.\n"
     "وجرى خلال الاستقبال استعراض مستجدات الأوضاع في اليمن، وأكد ولي العهد دعم المملكة للمجلس الجديد "
     "وللهدنة التي أعلنتها الأمم المتحدة مطلع الشهر.\n"
     "ويأتي اللقاء بعد ساعات من إعلان الرئيس عبد ربه منصور هادي نقل صلاحياته كاملة إلى المجلس، الذي تولى العليمي رئاسته "
     "خلفاً لهادي، وإعفاء نائب الرئيس الفريق علي محسن الأحمر من منصبه.\n"
     "وكان الأحمر قد عُيّن نائباً للرئيس في أبريل (نيسان) 2016 بدلاً من رئيس الوزراء الأسبق خالد بحاح، "
     "الذي جمع حينها بين المنصبين.\n"
     "ولم يحضر هادي اللقاء، فيما أفادت مصادر بأنه سيبقى مقيماً في الرياض.\n"
     "وتلقى العليمي لاحقاً اتصالاً هاتفياً من الأمين العام لمجلس التعاون الخليجي الدكتور نايف الحجرف، هنأه "
     "فيه بتولي منصبه.",
     _group(_YAMAMAH, "2022-04-07") + [
      ("LEADS", ALIMI, PLC, "الدكتور رشاد محمد العليمي رئيس"),
      ("MEMBER_OF", ZUBAIDI, PLC, "يرافقه عضو المجلس اللواء"),
      ("MEMBER_OF", KBS, SDEF, "الأمير خالد بن سلمان نائب وزير الدفاع"),
      ("LOCATED_IN", YAMAMAH, RIYADH, "في قصر اليمامة بالرياض"),
      ("SUCCESSOR_OF", ALIMI, HADI, "تولى العليمي رئاسته خلفاً لهادي", "2022-04-07"),
      ("SUCCESSOR_OF", AHMAR, BAHAH, "بدلاً من رئيس الوزراء الأسبق خالد بحاح", "2016-04"),
      ],
     {"source": "blind set (Saudi Arabic daily)", "published": "2022-04-08"}),

    ("arLH2_bin_breik_sworn_in", "ar",
     "بن بريك يؤدي اليمين الدستورية رئيساً للحكومة أمام العليمي\n"
     "الرياض - المصدر أونلاين:\n"
     "أدى سالم صالح بن بريك، اليوم الأحد، اليمين الدستورية رئيساً لمجلس الوزراء أمام رئيس مجلس القيادة "
     "الرئاسي رشاد العليمي، بحضور عضو المجلس عبدالله العليمي ونائب رئيس مجلس النواب محمد علي الشدادي.\n"
     "وكان رئيس المجلس قد أصدر، مساء السبت، قراراً بتعيين بن بريك، الذي كان يشغل منصب وزير المالية، "
     "رئيساً للوزراء بدلاً من الدكتور أحمد عوض بن مبارك، بعد ساعات من إعلان الأخير استقالته قائلاً إنه لم "
     "يُمكَّن من ممارسة صلاحياته الدستورية.\n"
     "وكان بن مبارك قد خلف معين عبدالملك على رأس الحكومة في فبراير 2024، بعد أن شغل حقيبة الخارجية "
     "لأكثر من ثلاث سنوات.\n"
     "وعقب أداء اليمين، التقى رئيس الوزراء الجديد كلاً من السفير السعودي محمد آل جابر ومحافظ البنك المركزي "
     "أحمد غالب المعبقي، في لقاءين منفصلين، لبحث تدهور سعر صرف الريال وانقطاع الكهرباء في عدن.\n"
     "ونفى مكتب بن مبارك ما تداولته مواقع إخبارية عن لقاء جمعه برئيس مجلس القيادة قبل تقديم الاستقالة.\n"
     "ومن المقرر أن يعود بن بريك إلى عدن خلال أيام لمباشرة مهامه من قصر معاشيق.",
     _group(_OATH, "2025-05-04") + [
      ("SUCCESSOR_OF", BINBREIK, BINMUBARAK, "بدلاً من الدكتور أحمد عوض بن مبارك", "2025-05-03"),
      ("SUCCESSOR_OF", BINMUBARAK, MAEEN, "وكان بن مبارك قد خلف معين عبدالملك", "2024-02"),
      ("MET_WITH", BINBREIK, ALJABER, "السفير السعودي محمد آل جابر", "2025-05-04"),
      ("MET_WITH", BINBREIK, MAABQI, "ومحافظ البنك المركزي", "2025-05-04"),
      ("LEADS", ALIMI, PLC, "أمام رئيس مجلس القيادة الرئاسي رشاد العليمي"),
      ("MEMBER_OF", BAWAZIR, PLC, "بحضور عضو المجلس عبدالله العليمي"),
      ("MEMBER_OF", SHADDADI, YHOR, "ونائب رئيس مجلس النواب محمد علي الشدادي"),
      ("LEADS", BINBREIK, YGOV, "رئيساً للوزراء بدلاً من"),
      ("LEADS", BINBREIK, YFIN, "الذي كان يشغل منصب وزير المالية"),
      ("LEADS", MAABQI, CBY, "ومحافظ البنك المركزي"),
      ],
     {"source": "blind set (Yemeni Arabic news site)", "published": "2025-05-04"}),

    ("arLH3_saleh_killed", "ar",
     "مقتل علي عبد الله صالح على يد الحوثيين... ونجله يتوعد بالثأر\n"
     "عدن - الرياض: «الشرق الأوسط»\n"
     "لقي الرئيس اليمني السابق علي عبد الله صالح حتفه، أمس، على يد الميليشيات الحوثية الانقلابية، أثناء "
     "محاولته مغادرة صنعاء باتجاه مسقط رأسه في سنحان، بعد أيام من مواجهات عنيفة بين الطرفين في أحياء "
     "العاصمة.\n"
     "وقُتل معه الأمين العام لحزب المؤتمر الشعبي العام عارف الزوكا، بحسب مصادر في الحزب، فيما لا يزال مصير "
     "عدد من قياداته مجهولاً.\n"
     "وبثت قناة «المسيرة» التابعة للجماعة صوراً لجثة صالح، بينما ألقى زعيمها عبدالملك الحوثي خطاباً وصف فيه "
     "ما جرى بأنه «يوم سقوط مؤامرة الغدر».\n"
     "وفي أبوظبي، توعد العميد أحمد علي عبد الله صالح، نجل الرئيس الراحل والقائد السابق لقوات الحرس "
     "الجمهوري، بالثأر لوالده، داعياً أنصار المؤتمر إلى مواجهة الميليشيات.\n"
     "وفي الرياض، ترأس الرئيس عبدربه منصور هادي اجتماعاً استثنائياً ضم نائبه الفريق علي محسن الأحمر "
     "ورئيس الوزراء الدكتور أحمد عبيد بن دغر، خُصص لبحث تداعيات الأحداث في صنعاء.\n"
     "والتقى نائب الرئيس في وقت لاحق السفير السعودي لدى اليمن محمد آل جابر.\n"
     "وأفادت مصادر طبية بمقتل العشرات في المواجهات التي شهدتها العاصمة خلال الأيام الخمسة الماضية.",
     [("ASSASSINATED_BY", SALEH, HOUTHIS, "على يد الميليشيات الحوثية الانقلابية", "2017-12-04"),
      ("ASSASSINATED_BY", ZUKA, HOUTHIS, "وقُتل معه الأمين العام", "2017-12-04"),
      ("MEMBER_OF", ZUKA, GPC, "الأمين العام لحزب المؤتمر الشعبي العام عارف الزوكا"),
      ("LEADS", ABDULMALIK, HOUTHIS, "زعيمها عبدالملك الحوثي"),
      ] + _group(_HADI, "2017-12-04") + [
      ("LEADS", BINDAGHER, YGOV, "ورئيس الوزراء الدكتور أحمد عبيد بن دغر"),
      ("MET_WITH", AHMAR, ALJABER, "والتقى نائب الرئيس في وقت لاحق", "2017-12-04"),
      ],
     {"source": "blind set (Saudi Arabic daily)", "published": "2017-12-05"}),

    ("enLH4_rahawi_killed_miftah", "en",
     "Houthis say Israeli strike killed their prime minister, name acting successor\n"
     "DUBAI/CAIRO, Aug 30 (Reuters) - Yemen's Houthi movement said on Saturday that the prime minister of its "
     "Sanaa-based government, Ahmed Ghaleb Nasser al-Rahawi, was killed along with several ministers in an "
     "Israeli air strike on the capital on Thursday.\n"
     "The group's Supreme Political Council named Mohammed Ahmed Miftah, who had served as first deputy prime "
     "minister, to run the government in an acting capacity, according to a statement carried by the "
     "Houthi-run Saba news agency.\n"
     "Two sources close to the Houthis said Foreign Minister Jamal Amer and Information Minister Hashem Sharaf "
     "al-Din were among those killed when the strike hit a meeting of the cabinet.\n"
     "Miftah was sworn in later on Saturday before Mahdi al-Mashat, head of the council, in the presence of "
     "Qassem Labouza, its deputy head, Saba said.\n"
     "\"We will avenge our martyrs,\" al-Mashat said in a televised speech.\n"
     "Al-Rahawi was appointed in August 2024 to replace Abdulaziz bin Habtoor, who had headed the Houthi "
     "administration since 2016 and was not recognised internationally.\n"
     "The Israeli military said it had struck a \"Houthi terrorist regime military target\" in Sanaa, "
     "without naming anyone. Israeli media reported that the strike had also targeted the group's chief of "
     "staff, Mohammed al-Ghamari; the Houthis have not commented on his fate.",
     [("ASSASSINATED_BY", RAHAWI, ISR, "was killed along with several ministers", "2025-08-28"),
      ("ASSASSINATED_BY", AMER, ISR, "Foreign Minister Jamal Amer and", "2025-08-28"),
      ("ASSASSINATED_BY", SHARAF, ISR, "Information Minister Hashem Sharaf", "2025-08-28"),
      ("ATTACKED", ISR, SANAA, "Israeli air strike on the capital", "2025-08-28"),
      ("LEADS", RAHAWI, HGOV, "the prime minister of its Sanaa-based government"),
      ("SUCCESSOR_OF", MIFTAH, RAHAWI, "to run the government in an acting capacity", "2025-08-30"),
      ("LEADS", MIFTAH, HGOV, "to run the government in an acting capacity"),
      ("MEMBER_OF", AMER, HGOV, "Foreign Minister Jamal Amer and"),
      ("MEMBER_OF", SHARAF, HGOV, "Information Minister Hashem Sharaf"),
      ] + _group(_MIFTAH, "2025-08-30") + [
      ("LEADS", MASHAT, SPC, "before Mahdi al-Mashat, head of the council"),
      ("MEMBER_OF", LABOUZA, SPC, "its deputy head"),
      ("SUCCESSOR_OF", RAHAWI, HABTOOR, "to replace Abdulaziz bin Habtoor", "2024-08"),
      ("LEADS", HABTOOR, HGOV, "who had headed the Houthi administration since 2016"),
      ],
     {"source": "blind set (international wire, English)", "published": "2025-08-30"}),

    ("enLH5_kbs_receives_houthis", "en",
     "Saudi defense minister receives Houthi delegation in Riyadh\n"
     "RIYADH: Saudi Defense Minister Prince Khalid bin Salman received on Tuesday a delegation from Sanaa led by "
     "Mohammed Abdulsalam, the Houthis' chief negotiator, in the first such visit to the Kingdom since the "
     "conflict began.\n"
     "The talks were attended by Mohammed Al-Jaber, the Saudi ambassador to Yemen, and by Lt. Gen. Mutlaq "
     "Al-Azima, commander of the Joint Forces of the Coalition. Abdulmalik Al-Ajri, a member of the delegation, "
     "also took part.\n"
     "Prince Khalid said on X that the Kingdom stood with Yemen and its people and wanted them to reach \"a "
     "comprehensive and lasting political solution.\"\n"
     "Al-Azima was appointed in 2020 to head the Joint Forces on an acting basis after a royal order relieved "
     "Prince Fahd bin Turki of the command.\n"
     "The delegation, which flew in on an Omani plane with Omani mediators, spent five days in Riyadh. Its "
     "visit followed a trip by Al-Jaber to Sanaa in April, where he held talks with Mahdi Al-Mashat, head of "
     "the Houthis' Supreme Political Council.\n"
     "UN envoy Hans Grundberg, who spoke by phone with the ambassador on Wednesday, welcomed the talks.\n"
     "A meeting between the delegation and Presidential Leadership Council Chairman Rashad Al-Alimi was not on "
     "the agenda, a Yemeni government official told Arab News.",
     _group(_KBS, "2023-09-19") + [
      ("LEADS", KBS, SDEF, "Saudi Defense Minister Prince Khalid bin Salman"),
      ("LEADS", ABDULSALAM, HNEG, "a delegation from Sanaa led by"),
      ("MEMBER_OF", AJRI, HNEG, "Abdulmalik Al-Ajri, a member of the delegation, also took part"),
      ("MEMBER_OF", AZIMA, COALITION, "commander of the Joint Forces of the Coalition"),
      ("VISITED", ABDULSALAM, RIYADH, "spent five days in Riyadh", "2023-09"),
      ("SUCCESSOR_OF", AZIMA, FAHDBT, "relieved Prince Fahd bin Turki of the command", "2020-09"),
      ("MET_WITH", ALJABER, MASHAT, "where he held talks with Mahdi Al-Mashat", "2023-04"),
      ("VISITED", ALJABER, SANAA, "a trip by Al-Jaber to Sanaa in April", "2023-04"),
      ("LEADS", MASHAT, SPC, "head of the Houthis' Supreme Political Council"),
      ],
     {"source": "blind set (Gulf English-language daily)", "published": "2023-09-20"}),

    ("enLH6_grundberg_roadmap", "en",
     "UN envoy says Yemen's warring sides commit to cease-fire steps\n"
     "RIYADH, Saudi Arabia (AP) - The U.N. special envoy for Yemen, Hans Grundberg, said Saturday that the "
     "country's government and the Houthi rebels had committed to a set of measures including a nationwide "
     "cease-fire, after a week of shuttle diplomacy between the Saudi and Omani capitals.\n"
     "Grundberg held talks with Rashad al-Alimi, who chairs the Presidential Leadership Council, in Riyadh on "
     "Tuesday. Saudi Ambassador Mohammed Al Jaber also attended.\n"
     "In Muscat, the envoy met Mohammed Abdul-Salam, the rebels' chief negotiator, in talks also attended by "
     "Oman's Foreign Minister Sayyid Badr Albusaidi, whose country has hosted much of the back-channel "
     "diplomacy.\n"
     "A planned visit by Grundberg to Sanaa was postponed, his office said.\n"
     "Grundberg, a Swedish diplomat, took over the post in 2021 from Martin Griffiths, who left to become the "
     "U.N. humanitarian chief. Griffiths had himself replaced Ismail Ould Cheikh Ahmed of Mauritania in 2018, "
     "three years after Ould Cheikh Ahmed succeeded Moroccan diplomat Jamal Benomar.\n"
     "The U.S. special envoy, Tim Lenderking, welcomed the announcement; he spoke by phone with Al Jaber, "
     "the State Department said.",
     _group(_RIYADH, "2023-12-19") + _group(_MUSCAT, "2023-12") + [
      ("LEADS", ALIMI, PLC, "who chairs the Presidential Leadership Council"),
      ("VISITED", GRUNDBERG, RIYADH, "in Riyadh on", "2023-12-19"),
      ("VISITED", GRUNDBERG, MUSCAT, "In Muscat, the envoy met", "2023-12"),
      ("LEADS", ABDULSALAM, HNEG, "the rebels' chief negotiator"),
      ("SUCCESSOR_OF", GRUNDBERG, GRIFFITHS, "took over the post in 2021 from Martin Griffiths", "2021"),
      ("SUCCESSOR_OF", GRIFFITHS, OCA, "Griffiths had himself replaced Ismail Ould Cheikh Ahmed", "2018"),
      ("SUCCESSOR_OF", OCA, BENOMAR, "three years after Ould Cheikh Ahmed succeeded", "2015"),
      ],
     {"source": "blind set (international wire, English)", "published": "2023-12-23"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLH")
