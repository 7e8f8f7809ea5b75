"""Blind set LI: Yemen 2015-2025 as a Yemeni Arabic news site writes it (al-Masdar Online-like: "صنعاء -
المصدر أونلاين:", «ما يسمى المجلس السياسي الأعلى», joined "عبدالعزيز", "عبدربه"), as a Saudi Arabic daily
writes it (Asharq Al-Awsat-like: "عدن - الرياض: «الشرق الأوسط»", "سفير خادم الحرمين الشريفين", months
glossed), as an international wire writes it (AFP-like: "RIMBO, Sweden (AFP) -", "Huthi", "Hodeida") and as
Gulf English-language dailies write it (Gulf News- and The National-like: "Aden:", "Al" without hyphen,
"Dr", "Maj Gen", "Mr").
Pieces: the Houthis announce that a coalition air strike killed al-Sammad and name al-Mashat in his place,
sworn in with Labouza and bin Habtoor present, Griffiths (after Ould Cheikh Ahmed) had met al-Sammad in Sanaa
(Arabic, Yemeni site, April 2018); al-Alimi names bin Mubarak prime minister in place of Maeen Abdulmalik and
receives him with al-Bahsani, bin Mubarak meets Al Jaber apart, the chain bin Mubarak <- al-Hadrami (foreign
ministry), Maeen <- bin Dagher <- Bahah (Arabic, Saudi daily, February 2024); the governor of Aden, Jaafar
Mohammed Saad, killed in a car bombing the Islamic State claimed, al-Zubaidi named in his place, Hadi receives
him and the new security chief Shallal Shaye, Saad after al-Bakri (Arabic, Yemeni site, December 2015); the
Presidential Leadership Council sworn in before parliament in Aden (al-Alimi after Hadi, al-Barakani,
al-Shaddadi, al-Zubaidi), al-Alimi's separate meetings with Lamlas and al-Maabqi (English, Gulf daily, April
2022); the Hodeida agreement at the Rimbo talks: al-Yamani and Abdelsalam shake hands flanked by Guterres,
Griffiths and Wallstrom, Saleh killed by the rebels, al-Sammad by a coalition strike, al-Mashat his successor
(English, wire, December 2018); the Houthis name al-Madani chief of staff in al-Ghamari's place, Israel's
claim that it killed al-Ghamari, al-Madani sworn in before al-Mashat with Mohammed Ali al-Houthi, Badr
Albusaidi (after Yusuf bin Alawi) receives Grundberg and, separately, Abdulsalam in Muscat (English, Gulf
daily, October 2025).
Excluded on purpose (no relation): Abdul-Malik al-Houthi "holding the United States responsible" for
al-Sammad's death (an accusation by a party; the stated agent is the coalition) and the six unnamed bodyguards
killed with him (LI1); Faisal bin Farhan's phone call to bin Mubarak (LI2); the accusation of local officials
against Saleh and the Houthis over the Aden bombing, which the Islamic State claimed (LI3); Hadi, who "did
not attend", and Abdulsalam, who dismissed the council from afar (LI4); the next round of talks "expected" in
January with no date (LI5); Ibrahim al-Houthi, shot dead in 2019 "in an attack the group blamed on agents of
America and Israel", Grundberg and Abdulsalam, received by Badr Albusaidi "in a separate meeting" (not paired
with each other), and Grundberg's trip to Sanaa "called off" (LI6).
Judgement calls: a swearing-in "before" the council "in the presence of" two men pairs all three (LI1, LI6);
"the Islamic State claimed" the killing is a claimed killing (annotated as for "the military said it had
killed") (LI3); a joint reception ("في لقاء مشترك") pairs all three (LI3); a reception "in the presence of"
a council member pairs all three (LI2); everyone named at the parliament's oath session (the new chairman,
the speaker who chaired it, his deputy "at his side", a member "among those who took the oath") is paired with
everyone else (LI4); "shook hands ... flanked by" three more men pairs all five (LI5); "his successor" is a
succession (LI5); Israel's defence minister saying al-Ghamari "had been eliminated by Israel" is a claimed
killing by Israel (LI6). Filled in for the exercise: Griffiths's meeting with al-Sammad, Labouza's and bin
Habtoor's presence at al-Mashat's oath (LI1); al-Bahsani's presence at bin Mubarak's reception and his meeting
with Al Jaber (LI2); Hadi's joint reception of al-Zubaidi and Shallal Shaye (LI3); al-Shaddadi's place beside
the speaker and al-Alimi's meetings after the session (LI4); Mohammed Ali al-Houthi's presence at al-Madani's
oath and the day of the Muscat meetings (LI6); some days.
Spellings: "مارتن جريفيث" with jim, "صالح علي الصماد", "عبدالملك بدر الدين الحوثي", "عبدالعزيز بن حبتور"
(LI1); "معين عبد الملك" apart, "فرج سالمين البحسني", "أحمد عبيد بن دغر" (LI2); "عبدربه منصور هادي", "الزبيدي"
and "علي عبدالله صالح" joined (LI3); "Rashad Al Alimi", "Abdrabbu Mansour Hadi", "Aidarous Al Zubaidi",
"Sultan Al Barakani", "Ahmed Ghaleb Al Maabqi" (LI4); "Mohammed Abdelsalam", "Huthi" (LI5); "Yousef Al
Madani", "Mahdi Al Mashat", "Sayyid Badr", "Mohammed Abdul Karim Al Ghamari" (LI6).
New people: Qassem Labouza (LI1), Khaled Bahah (LI2), Jaafar Mohammed Saad, Nayef al-Bakri and Shallal Shaye
(LI3), Mohammed al-Shaddadi (LI4), Khaled al-Yamani and Margot Wallstrom (LI5), Ibrahim al-Houthi (LI6).
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

ISR, SWEDEN = "country:israel", "country:sweden"
PLC, HOUTHIS, HGOV, SPC, YGOV, COALITION, CBY, YHOR, HNEG, YFM, STC, ISIS, ADENSEC, UN, OFM, HGS = (
    "organization:presidential-leadership-council", "organization:houthis", "organization:houthi-government",
    "organization:houthi-supreme-political-council", "organization:yemeni-government",
    "organization:saudi-led-coalition", "organization:central-bank-of-yemen",
    "organization:yemeni-house-of-representatives", "organization:houthi-negotiating-delegation",
    "organization:yemeni-foreign-ministry", "organization:southern-transitional-council",
    "organization:islamic-state", "organization:aden-security-directorate", "organization:united-nations",
    "organization:omani-foreign-ministry", "organization:houthi-general-staff")
HODEIDAH, SANAA, ADEN, MAASHIQ, RIMBO, MUSCAT = ("location:hodeidah", "location:sanaa", "location:aden",
                                                 "location:maashiq-palace", "location:rimbo", "location:muscat")
SAMMAD, MASHAT, ABDULMALIK, HABTOOR, MALIKI, GRIFFITHS, OCA = (
    "person:saleh-al-sammad", "person:mahdi-al-mashat", "person:abdul-malik-al-houthi",
    "person:abdulaziz-bin-habtoor", "person:turki-al-maliki", "person:martin-griffiths",
    "person:ismail-ould-cheikh-ahmed")
ALIMI, BINMUBARAK, MAEEN, BAHSANI, ALJABER, HADRAMI, BINDAGHER = (
    "person:rashad-al-alimi", "person:ahmed-awad-bin-mubarak", "person:maeen-abdulmalik", "person:faraj-al-bahsani",
    "person:mohammed-al-jaber", "person:mohammed-al-hadrami", "person:ahmed-bin-dagher")
HADI, ZUBAIDI, BARAKANI, LAMLAS, MAABQI = (
    "person:abdrabbuh-mansour-hadi", "person:aidarous-al-zubaidi", "person:sultan-al-barakani",
    "person:ahmed-lamlas", "person:ahmed-al-maabqi")
GUTERRES, ABDULSALAM, SALEH = "person:antonio-guterres", "person:mohammed-abdulsalam", "person:ali-abdullah-saleh"
GHAMARI, MADANI, MAHOUTHI, BADR, BINALAWI, GRUNDBERG = (
    "person:mohammed-al-ghamari", "person:yousef-al-madani", "person:mohammed-ali-al-houthi",
    "person:badr-albusaidi", "person:yusuf-bin-alawi", "person:hans-grundberg")
# new to the tables
LABOUZA, BAHAH, SAAD, BAKRI, SHALLAL, SHADDADI, YAMANI, WALLSTROM = (
    "person:qassem-labouza", "person:khaled-bahah", "person:jaafar-mohammed-saad", "person:nayef-al-bakri",
    "person:shallal-shaye", "person:mohammed-al-shaddadi", "person:khaled-al-yamani", "person:margot-wallstrom")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_OATH18 = {MASHAT: "وأدى المشاط اليمين الدستورية", LABOUZA: "بحضور نائب رئيسه قاسم لبوزة",
           HABTOOR: "عبدالعزيز بن حبتور"}
_BINMUBARAK = {ALIMI: "واستقبل العليمي، الثلاثاء", BINMUBARAK: "رئيسَ الحكومة الجديد في مقر إقامته",
               BAHSANI: "بحضور عضو المجلس اللواء فرج سالمين البحسني"}
_MAASHIQ15 = {HADI: "واستقبل الرئيس هادي في قصر معاشيق", ZUBAIDI: "في لقاء مشترك المحافظ الجديد",
              SHALLAL: "ومدير الأمن شائع"}
_ADEN22 = {ALIMI: "Al Alimi, who took over from", BARAKANI: "at a session chaired by Speaker Sultan Al Barakani",
           SHADDADI: "with his deputy Mohammed Al Shaddadi at his side",
           ZUBAIDI: "was among the members who took the oath"}
_RIMBO = {YAMANI: "Foreign Minister Khaled al-Yamani", ABDULSALAM: "rebel negotiator Mohammed Abdelsalam",
          GUTERRES: "flanked by Guterres", GRIFFITHS: "UN envoy Martin Griffiths",
          WALLSTROM: "Swedish Foreign Minister Margot Wallstrom"}
_OATH25 = {MADANI: "Al Madani was sworn in before", MASHAT: "before Mahdi Al Mashat",
           MAHOUTHI: "in the presence of Mohammed Ali Al Houthi"}

ARTICLES = [
    ("arLI1_sammad_killed_mashat", "ar",
     "الحوثيون يعلنون مقتل الصماد بغارة للتحالف ويعينون المشاط خلفاً له\n"
     "صنعاء - المصدر أونلاين:\n"
     "أعلنت جماعة الحوثي، مساء الاثنين، مقتل رئيس ما يسمى «المجلس السياسي الأعلى» صالح علي الصماد، في غارة "
     "جوية شنتها مقاتلات التحالف بقيادة السعودية على محافظة الحديدة، غربي البلاد، الخميس الماضي.\n"
     "وقُتل مع الصماد ستة من مرافقيه، بحسب بيان للجماعة بثته قناة «المسيرة» التابعة لها.\n"
     "وأعلن المجلس تعيين مدير مكتب زعيم الجماعة مهدي المشاط رئيساً له بدلاً من الصماد، وأدى المشاط اليمين "
     "الدستورية أمام المجلس بحضور نائب رئيسه قاسم لبوزة، ورئيس حكومة صنعاء غير المعترف بها عبدالعزيز بن "
     "حبتور.\n"
     "وفي خطاب متلفز، قال زعيم الجماعة عبدالملك بدر الدين الحوثي إن «جريمة اغتيال الرئيس الصماد لن تمر دون "
     "عقاب»، محملاً الولايات المتحدة مسؤوليتها.\n"
     "من جهته، قال المتحدث باسم التحالف العقيد الركن تركي المالكي، في مؤتمر صحفي بالرياض، إن الغارة "
     "استهدفت «قيادات حوثية تدير العمليات الإرهابية» في الحديدة.\n"
     "وكان المبعوث الأممي مارتن جريفيث، الذي تسلم مهامه في مارس الماضي خلفاً لإسماعيل ولد الشيخ أحمد، قد "
     "التقى الصماد في صنعاء أواخر الشهر ذاته، في أول زيارة له إلى العاصمة اليمنية.",
     [("ASSASSINATED_BY", SAMMAD, COALITION, "في غارة جوية شنتها مقاتلات التحالف", "2018-04-19"),
      ("LEADS", SAMMAD, SPC, "مقتل رئيس ما يسمى «المجلس السياسي الأعلى» صالح علي الصماد"),
      ("ATTACKED", COALITION, HODEIDAH, "في غارة جوية شنتها مقاتلات التحالف", "2018-04-19"),
      ("SUCCESSOR_OF", MASHAT, SAMMAD, "رئيساً له بدلاً من الصماد", "2018-04-23"),
      ("LEADS", MASHAT, SPC, "رئيساً له بدلاً من الصماد"),
      ] + _group(_OATH18, "2018-04-23") + [
      ("MEMBER_OF", LABOUZA, SPC, "بحضور نائب رئيسه قاسم لبوزة"),
      ("LEADS", HABTOOR, HGOV, "ورئيس حكومة صنعاء غير المعترف بها"),
      ("LEADS", ABDULMALIK, HOUTHIS, "قال زعيم الجماعة عبدالملك"),
      ("MEMBER_OF", MALIKI, COALITION, "المتحدث باسم التحالف العقيد الركن تركي المالكي"),
      ("SUCCESSOR_OF", GRIFFITHS, OCA, "خلفاً لإسماعيل ولد الشيخ أحمد", "2018-03"),
      ("MET_WITH", GRIFFITHS, SAMMAD, "التقى الصماد في صنعاء", "2018-03"),
      ("VISITED", GRIFFITHS, SANAA, "التقى الصماد في صنعاء", "2018-03"),
      ],
     {"source": "blind set (Yemeni Arabic news site)", "published": "2018-04-23"}),

    ("arLI2_bin_mubarak_pm", "ar",
     "العليمي يعين بن مبارك رئيساً للحكومة خلفاً لمعين عبد الملك\n"
     "عدن - الرياض: «الشرق الأوسط»\n"
     "أصدر الدكتور رشاد العليمي، رئيس مجلس القيادة الرئاسي اليمني، قراراً بتعيين وزير الخارجية وشؤون "
     "المغتربين الدكتور أحمد عوض بن مبارك رئيساً لمجلس الوزراء، خلفاً للدكتور معين عبد الملك الذي عُيّن "
     "مستشاراً لرئيس المجلس.\n"
     "واستقبل العليمي، الثلاثاء، رئيسَ الحكومة الجديد في مقر إقامته بالعاصمة السعودية، بحضور عضو المجلس "
     "اللواء فرج سالمين البحسني، وجرى خلال اللقاء بحث أولويات الحكومة في الملفين الاقتصادي والخدمي.\n"
     "وفي لقاء منفصل، التقى بن مبارك سفير خادم الحرمين الشريفين لدى اليمن محمد آل جابر، الذي جدد دعم "
     "المملكة للحكومة.\n"
     "وتلقى رئيس الوزراء الجديد اتصالاً هاتفياً من وزير الخارجية السعودي الأمير فيصل بن فرحان، هنأه فيه "
     "بالثقة.\n"
     "ويُعد بن مبارك، الذي تولى حقيبة الخارجية في ديسمبر (كانون الأول) 2020 خلفاً لمحمد الحضرمي، من أبرز "
     "الوجوه الدبلوماسية في الحكومة.\n"
     "أما سلفه في رئاسة الحكومة فكان قد عُيّن في أكتوبر (تشرين الأول) 2018 بدلاً من أحمد عبيد بن دغر، الذي خلف بدوره رئيس "
     "الوزراء ونائب الرئيس الأسبق خالد محفوظ بحاح في أبريل (نيسان) 2016.",
     [("SUCCESSOR_OF", BINMUBARAK, MAEEN, "خلفاً للدكتور معين عبد الملك", "2024-02-05"),
      ("LEADS", ALIMI, PLC, "أصدر الدكتور رشاد العليمي، رئيس مجلس القيادة الرئاسي اليمني"),
      ("LEADS", BINMUBARAK, YGOV, "رئيساً لمجلس الوزراء، خلفاً"),
      ("LEADS", BINMUBARAK, YFM, "وزير الخارجية وشؤون المغتربين الدكتور أحمد عوض بن مبارك"),
      ] + _group(_BINMUBARAK, "2024-02-06") + [
      ("MEMBER_OF", BAHSANI, PLC, "بحضور عضو المجلس اللواء فرج سالمين البحسني"),
      ("MET_WITH", BINMUBARAK, ALJABER, "وفي لقاء منفصل، التقى بن مبارك", "2024-02"),
      ("SUCCESSOR_OF", BINMUBARAK, HADRAMI, "خلفاً لمحمد الحضرمي", "2020-12"),
      ("SUCCESSOR_OF", MAEEN, BINDAGHER, "بدلاً من أحمد عبيد بن دغر", "2018-10"),
      ("SUCCESSOR_OF", BINDAGHER, BAHAH, "الذي خلف بدوره رئيس", "2016-04"),
      ],
     {"source": "blind set (Saudi Arabic daily)", "published": "2024-02-07"}),

    ("arLI3_aden_governor_killed", "ar",
     "مقتل محافظ عدن جعفر محمد سعد بتفجير سيارة مفخخة و«داعش» يتبنى\n"
     "عدن - المصدر أونلاين:\n"
     "قُتل محافظ عدن اللواء جعفر محمد سعد وعدد من مرافقيه، صباح الأحد، بانفجار سيارة مفخخة استهدف موكبه في "
     "منطقة جولد مور بمديرية التواهي.\n"
     "وتبنى تنظيم «الدولة الإسلامية» (داعش)، في بيان نشرته حسابات تابعة له، عملية الاغتيال، قائلاً إن أحد "
     "عناصره فجّر السيارة بموكب المحافظ.\n"
     "واتهم مسؤولون محليون الرئيس السابق علي عبدالله صالح والحوثيين بالوقوف وراء الهجوم، رغم بيان التنظيم.\n"
     "وأصدر الرئيس عبدربه منصور هادي، الاثنين، قراراً بتعيين عيدروس قاسم الزبيدي محافظاً لعدن خلفاً للواء "
     "سعد، وتعيين شلال علي شائع مديراً لأمن المحافظة.\n"
     "واستقبل الرئيس هادي في قصر معاشيق، مساء اليوم ذاته، في لقاء مشترك المحافظ الجديد ومدير الأمن شائع، "
     "وشدد على تثبيت الأمن في المدينة وملاحقة الخلايا الإرهابية.\n"
     "وكان سعد قد عُيّن محافظاً لعدن في أكتوبر الماضي بدلاً من نايف البكري، الذي انتقل إلى الحكومة وزيراً "
     "للشباب والرياضة.",
     [("ASSASSINATED_BY", SAAD, ISIS, "وتبنى تنظيم «الدولة الإسلامية» (داعش)", "2015-12-06"),
      ("SUCCESSOR_OF", ZUBAIDI, SAAD, "محافظاً لعدن خلفاً للواء", "2015-12-07"),
      ("LEADS", SHALLAL, ADENSEC, "وتعيين شلال علي شائع مديراً لأمن المحافظة"),
      ] + _group(_MAASHIQ15, "2015-12-07") + [
      ("LOCATED_IN", MAASHIQ, ADEN, "واستقبل الرئيس هادي في قصر معاشيق"),
      ("SUCCESSOR_OF", SAAD, BAKRI, "بدلاً من نايف البكري", "2015-10"),
      ],
     {"source": "blind set (Yemeni Arabic news site)", "published": "2015-12-08"}),

    ("enLI4_plc_sworn_in_aden", "en",
     "Yemen's new leadership council sworn in before parliament in Aden\n"
     "Aden: The chairman of Yemen's Presidential Leadership Council, Dr Rashad Al Alimi, took the "
     "constitutional oath on Tuesday before the House of Representatives, meeting in Aden for the first time "
     "since the war began, along with the council's seven members.\n"
     "Al Alimi, who took over from Abdrabbu Mansour Hadi earlier this month, was sworn in at a session chaired "
     "by Speaker Sultan Al Barakani, with his deputy Mohammed Al Shaddadi at his side. Aidarous Al Zubaidi, the "
     "head of the Southern Transitional Council, was among the members who took the oath.\n"
     "Ambassadors of Gulf and Western states attended the ceremony, which was held under tight security.\n"
     "Later on Tuesday Al Alimi met separately at Maashiq Palace with the Governor of Aden, Ahmed Lamlas, and "
     "with the Governor of the Central Bank, Ahmed Ghaleb Al Maabqi, to discuss the collapse of the rial and "
     "the payment of salaries.\n"
     "Mr Hadi, who has lived in Riyadh since 2015, did not attend. The Houthis' chief negotiator, Mohammed "
     "Abdulsalam, dismissed the council from Muscat as \"a desperate attempt\" to rearrange the coalition's "
     "ranks.",
     _group(_ADEN22, "2022-04-19") + [
      ("SUCCESSOR_OF", ALIMI, HADI, "Al Alimi, who took over from", "2022-04-07"),
      ("LEADS", ALIMI, PLC, "The chairman of Yemen's Presidential Leadership Council"),
      ("LEADS", BARAKANI, YHOR, "at a session chaired by Speaker Sultan Al Barakani"),
      ("MEMBER_OF", SHADDADI, YHOR, "with his deputy Mohammed Al Shaddadi at his side"),
      ("LEADS", ZUBAIDI, STC, "the head of the Southern Transitional Council"),
      ("MEMBER_OF", ZUBAIDI, PLC, "was among the members who took the oath"),
      ("MET_WITH", ALIMI, LAMLAS, "the Governor of Aden, Ahmed Lamlas", "2022-04-19"),
      ("MET_WITH", ALIMI, MAABQI, "with the Governor of the Central Bank", "2022-04-19"),
      ("LEADS", MAABQI, CBY, "with the Governor of the Central Bank"),
      ("LOCATED_IN", MAASHIQ, ADEN, "met separately at Maashiq Palace"),
      ("LEADS", ABDULSALAM, HNEG, "The Houthis' chief negotiator"),
      ],
     {"source": "blind set (Gulf English-language daily)", "published": "2022-04-20"}),

    ("enLI5_rimbo_hodeida_deal", "en",
     "Yemen foes agree Hodeida ceasefire at Sweden talks: UN chief\n"
     "RIMBO, Sweden (AFP) - Yemen's warring parties agreed Thursday to a ceasefire in the flashpoint port city "
     "of Hodeida, UN Secretary-General Antonio Guterres announced at the close of a week of talks at a castle "
     "in Rimbo, north of Stockholm.\n"
     "Foreign Minister Khaled al-Yamani, who heads the government delegation, and rebel negotiator Mohammed "
     "Abdelsalam shook hands to applause at the closing ceremony, flanked by Guterres, UN envoy Martin "
     "Griffiths and Swedish Foreign Minister Margot Wallstrom.\n"
     "Guterres, who flew in for the final day, said a new round of talks was expected by the end of January, "
     "though no date or venue had been fixed.\n"
     "\"You have reached an agreement on Hodeida port and city,\" he told the delegates.\n"
     "The Huthi rebels, who seized the capital Sanaa in 2014, are fighting government forces backed by a "
     "Saudi-led military coalition.\n"
     "The war took a new turn a year ago when the rebels killed former president Ali Abdullah Saleh, their "
     "one-time ally, after he broke with them.\n"
     "In April a coalition air strike killed the rebels' political leader Saleh al-Sammad; his successor, "
     "Mahdi al-Mashat, welcomed the deal in a statement carried by rebel media.",
     _group(_RIMBO, "2018-12-13") + [
      ("LEADS", GUTERRES, UN, "UN Secretary-General Antonio Guterres announced"),
      ("LOCATED_IN", RIMBO, SWEDEN, "RIMBO, Sweden (AFP)"),
      ("VISITED", GUTERRES, RIMBO, "who flew in for the final day", "2018-12-13"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "rebel negotiator Mohammed Abdelsalam"),
      ("ASSASSINATED_BY", SALEH, HOUTHIS, "when the rebels killed former president", "2017-12-04"),
      ("ASSASSINATED_BY", SAMMAD, COALITION, "In April a coalition air strike killed", "2018-04-19"),
      ("LEADS", SAMMAD, HOUTHIS, "the rebels' political leader Saleh al-Sammad"),
      ("SUCCESSOR_OF", MASHAT, SAMMAD, "his successor, ", "2018-04"),
      ],
     {"source": "blind set (international wire, English)", "published": "2018-12-13"}),

    ("enLI6_madani_after_ghamari", "en",
     "Houthis name new military chief after confirming Al Ghamari's death\n"
     "Yemen's Houthi rebels have named Maj Gen Yousef Al Madani as chief of staff of their forces, replacing "
     "Mohammed Abdul Karim Al Ghamari, whose death the group announced on Thursday without saying how or when "
     "he died.\n"
     "Hours later Israel's Defence Minister Israel Katz said Al Ghamari had been \"eliminated\" by Israel and "
     "had died of wounds suffered in Israeli strikes on Sanaa.\n"
     "Al Madani was sworn in before Mahdi Al Mashat, head of the Supreme Political Council, in the presence "
     "of Mohammed Ali Al Houthi, a member of the council, the group's Saba news agency reported.\n"
     "Al Ghamari is the most senior Houthi military figure to have been killed since the war began. Abdul "
     "Malik Al Houthi's brother, Ibrahim, was shot dead in Sanaa in 2019 in an attack the group blamed on "
     "\"agents of America and Israel\".\n"
     "In Muscat on Wednesday, Oman's Foreign Minister Badr Albusaidi received the UN envoy Hans Grundberg and, "
     "in a separate meeting, Mohammed Abdulsalam, the Houthis' chief negotiator.\n"
     "Sayyid Badr, who took over the foreign ministry in 2020 from Yusuf bin Alawi, has made Oman the main "
     "channel between the rebels and Riyadh.\n"
     "Mr Grundberg had been due to travel on to Sanaa this week but the trip was called off, a diplomat told "
     "The National.",
     [("SUCCESSOR_OF", MADANI, GHAMARI, "replacing ", "2025-10-16"),
      ("LEADS", MADANI, HGS, "as chief of staff of their forces"),
      ("ASSASSINATED_BY", GHAMARI, ISR, "had been \"eliminated\" by Israel", "2025"),
      ] + _group(_OATH25, "2025-10") + [
      ("LEADS", MASHAT, SPC, "head of the Supreme Political Council"),
      ("MEMBER_OF", MAHOUTHI, SPC, "a member of the council, the group's Saba"),
      ("MET_WITH", BADR, GRUNDBERG, "received the UN envoy Hans Grundberg", "2025-10-15"),
      ("MET_WITH", BADR, ABDULSALAM, "in a separate meeting, Mohammed Abdulsalam", "2025-10-15"),
      ("VISITED", GRUNDBERG, MUSCAT, "In Muscat on Wednesday", "2025-10-15"),
      ("LEADS", ABDULSALAM, HNEG, "the Houthis' chief negotiator."),
      ("LEADS", BADR, OFM, "Oman's Foreign Minister Badr Albusaidi"),
      ("SUCCESSOR_OF", BADR, BINALAWI, "took over the foreign ministry in 2020 from", "2020-08"),
      ],
     {"source": "blind set (Gulf English-language daily)", "published": "2025-10-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLI")
