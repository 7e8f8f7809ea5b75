"""Blind set IM: Iraq 2021-2025 as an independent Iraqi outlet reports it (Shafaq News / 964-like,
Arabic and English): parliament confirms al-Sudani's cabinet, October 2022 (English); Qaani in
Baghdad and Najaf during government formation, February 2022 (Arabic); the US strike that killed
Abu Taqwa on Palestine Street, January 2024 (English); the emergency meeting at al-Salam Palace after
the drone attack on al-Kadhimi's house, November 2021 (Arabic); Blinken's unannounced Baghdad visit,
November 2023, and Austin's of March 2023 (English); the November 2025 election results and the
Framework meeting at al-Amiri's house (Arabic).
Style: "Shafaq News/" and "964/" datelines, "مصدر مطلع" and security sources, parliamentary blocs
by name, Iraqi dialect words in quotes («الطبخة»، «الثلث المعطّل»، «ما اتفقوا بعد»، «فلم»);
excluded on purpose: candidates for ministries not yet voted; Sadr refusing to receive Qaani and a
meeting al-Halbousi's office denied; a killing in Basra with no stated agent; an attack no group
claimed and Kataib Hezbollah's denial; a planned stop in Erbil that was dropped; a phone call from
Rubio, a visit not yet scheduled and prime-ministerial names "in circulation".
Spellings: Shia' al-Sudani, Mushtaq Taleb al-Saeedi, قآني, Qasim al-Araji.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_in import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, ISR = "country:iran", "country:iraq", "country:united-states", "country:israel"
QF, IRGC, PMF, KH, AAH, NUJ, BADR, KSS = (
    "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
    "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq", "organization:harakat-al-nujaba",
    "organization:badr-organization", "organization:kataib-sayyid-al-shuhada")
IQG, IQFM, IQPARL, IQAF, NSA, INIS = (
    "organization:iraqi-government", "organization:iraqi-foreign-ministry", "organization:iraqi-parliament",
    "organization:iraqi-armed-forces", "organization:iraqi-national-security-advisory",
    "organization:iraqi-national-intelligence-service")
CF, FATAH, SOL_C, SADIQ, RDC, SADRM, SADRB = (
    "organization:coordination-framework", "organization:fatah-alliance", "organization:state-of-law-coalition",
    "organization:sadiqoun-bloc", "organization:reconstruction-and-development-coalition",
    "organization:sadrist-movement", "organization:sadrist-bloc")
SNSC, IRFM, IRSTAFF = ("organization:supreme-national-security-council", "organization:iranian-foreign-ministry",
                       "organization:iranian-armed-forces-general-staff")
DOD, STATE, CENTCOM, KRG, KRP = ("organization:us-department-of-defense", "organization:us-state-department",
                                 "organization:us-central-command", "organization:kurdistan-regional-government",
                                 "organization:kurdistan-region-presidency")
SJC, IHEC, BOC = ("organization:supreme-judicial-council", "organization:iraqi-high-electoral-commission",
                  "organization:baghdad-operations-command")
BAGHDAD, TEHRAN, ERBIL, NAJAF = "location:baghdad", "location:tehran", "location:erbil", "location:najaf"
GOVPAL, SALAMPAL, PALST, MASHTAL, BIAP = ("location:government-palace-baghdad", "location:al-salam-palace",
                                          "location:palestine-street", "location:mashtal",
                                          "location:baghdad-international-airport")
MAYADEEN, SHAFAQ = "outlet:al-mayadeen", "outlet:shafaq-news"
QAANI, SOL, MUH = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
KAD, SUD, FAY, ARAJI, FUAD = ("person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani",
                              "person:falih-al-fayyadh", "person:qassim-al-araji", "person:fuad-hussein")
AMIRI, KHAZALI, KAABI, MALIKI, SADR = ("person:hadi-al-amiri", "person:qais-al-khazali", "person:akram-al-kaabi",
                                       "person:nouri-al-maliki", "person:muqtada-al-sadr")
TAQWA, BAQIR, FADAK, ASKARI, HAMIDAWI, WALAI = (
    "person:abu-taqwa-al-saidi", "person:abu-baqir-al-saadi", "person:abdul-aziz-al-muhammadawi",
    "person:abu-ali-al-askari", "person:ahmad-al-hamidawi", "person:abu-alaa-al-walai")
SADEGH, LARIJANI, AHMADIAN, ARAGHCHI, BAGHERI = (
    "person:mohammad-kazem-al-e-sadegh", "person:ali-larijani", "person:ali-akbar-ahmadian",
    "person:abbas-araghchi", "person:mohammad-bagheri")
TRUMP, BIDEN, BLINKEN, AUSTIN, RUBIO, SAVAYA, HARRIS, ROMAN, TUELLER, RYDER, MCGURK = (
    "person:donald-trump", "person:joe-biden", "person:antony-blinken", "person:lloyd-austin",
    "person:marco-rubio", "person:mark-savaya", "person:joshua-harris", "person:alina-romanowski",
    "person:matthew-tueller", "person:pat-ryder", "person:brett-mcgurk")
SALIH, RASHID, HALB, ZAIDAN, YRASOOL, BAHJAT = (
    "person:barham-salih", "person:abdul-latif-rashid", "person:mohammed-al-halbousi", "person:faiq-zaidan",
    "person:yahya-rasool", "person:ahmed-salim-bahjat")
MASROUR, NECH, ASADI, ADHARI, GHALAI, SHATRI, MOUSSAWI, JHUSSEINI = (
    "person:masrour-barzani", "person:nechirvan-barzani", "person:ahmed-al-asadi", "person:hassan-al-adhari",
    "person:jumana-al-ghalai", "person:hamid-al-shatri", "person:hussein-al-moussawi", "person:jaafar-al-husseini")
MANSOUR, HIGEL, CHATHAM, ICG = ("person:renad-mansour", "person:lahib-higel", "organization:chatham-house",
                                "organization:international-crisis-group")

ARTICLES = [
    ("enIM1_parliament_confirms_sudani", "en",
     "Iraq's parliament approves al-Sudani cabinet, ending a year of deadlock\n"
     "Shafaq News/ Iraq's Council of Representatives on Thursday granted confidence to the government of "
     "Mohammed Shia' al-Sudani, ending a year-long political deadlock that followed the October 2021 "
     "election.\n"
     "Al-Sudani, a former human rights minister put forward by the Coordination Framework in July, "
     "succeeds Mustafa al-Kadhimi, who had led a caretaker government since the vote.\n"
     "The session, chaired by Speaker Mohammed al-Halbousi, approved 21 ministers; the votes on the "
     "candidates for the construction and environment portfolios were postponed, a parliamentary source "
     "told Shafaq News.\n"
     "Two weeks earlier, lawmakers had elected Abdul Latif Rashid, a Kurdish veteran and former water "
     "resources minister, as president in place of Barham Salih, and Rashid immediately tasked al-Sudani "
     "with forming the cabinet.\n"
     "On Friday al-Kadhimi received his successor at the Government Palace for a handover ceremony, "
     "wishing him \"success in serving Iraqis\".\n"
     "The Sadrist bloc, which withdrew from parliament in June, boycotted the session, while Ahmed "
     "al-Asadi, a Framework leader who takes the labour ministry, called the result \"a government of "
     "services\".",
     [("SUPPORTS", CF, SUD, "put forward by the Coordination Framework"),
      ("SUCCESSOR_OF", SUD, KAD, "succeeds Mustafa al-Kadhimi", "2022-10-27"),
      ("LEADS", KAD, IQG, "who had led a caretaker government"),
      ("LEADS", HALB, IQPARL, "chaired by Speaker Mohammed al-Halbousi"),
      ("SUCCESSOR_OF", RASHID, SALIH, "as president in place of Barham Salih", "2022-10-13"),
      ("LEADS", RASHID, IRAQ, "as president in place of"),
      ("MET_WITH", KAD, SUD, "al-Kadhimi received his successor", "2022-10-28"),
      ("VISITED", SUD, GOVPAL, "at the Government Palace for a handover", "2022-10-28"),
      ("WITHDREW_FROM", SADRB, IQPARL, "which withdrew from parliament in June", "2022-06"),
      ("MEMBER_OF", ASADI, CF, "a Framework leader who takes"),
      ],
     {"source": "blind set (independent Iraqi outlet, English)", "published": "2022-10-29"}),

    ("arIM2_qaani_formation_najaf", "ar",
     "قآني في بغداد والنجف... والصدر «يرفض استقباله»\n"
     "شفق نيوز/ كشف مصدر مطلع، يوم الثلاثاء، أن قائد فيلق القدس الإيراني إسماعيل قآني وصل إلى بغداد في "
     "زيارة غير معلنة، هي الثانية له منذ انتخابات تشرين الأول، لبحث ملف تشكيل الحكومة.\n"
     "وقال المصدر لوكالة شفق نيوز إن قآني اجتمع بزعيم ائتلاف دولة القانون نوري المالكي ورئيس تحالف الفتح "
     "هادي العامري في منزل الأخير، وطالبهما بالحفاظ على «البيت الشيعي» موحداً.\n"
     "وأضاف أن الضيف الإيراني توجّه بعدها إلى النجف، غير أن زعيم التيار الصدري مقتدى الصدر «رفض "
     "استقباله» في الحنانة، متمسكاً بحكومة «الأغلبية الوطنية».\n"
     "وقال رئيس الكتلة الصدرية في البرلمان حسن العذاري، في تغريدة، إن «الطبخة» الإيرانية «لن تمر».\n"
     "في المقابل، لوّح القيادي في الإطار التنسيقي أحمد الأسدي بـ«الثلث المعطّل» لمنع انعقاد جلسة انتخاب "
     "رئيس الجمهورية.\n"
     "ونفى المكتب الإعلامي لرئيس مجلس النواب محمد الحلبوسي أن يكون الأخير قد التقى قآني خلال الزيارة.",
     [("LEADS", QAANI, QF, "قائد فيلق القدس الإيراني إسماعيل"),
      ("VISITED", QAANI, BAGHDAD, "وصل إلى بغداد في", "2022-02"),
      ("MET_WITH", QAANI, MALIKI, "إن قآني اجتمع بزعيم", "2022-02"),
      ("MET_WITH", QAANI, AMIRI, "إن قآني اجتمع بزعيم", "2022-02"),
      ("MET_WITH", MALIKI, AMIRI, "ورئيس تحالف الفتح", "2022-02"),
      ("REPORTED_BY", QAANI, SHAFAQ, "وقال المصدر لوكالة شفق نيوز"),
      ("LEADS", MALIKI, SOL_C, "بزعيم ائتلاف دولة القانون"),
      ("LEADS", AMIRI, FATAH, "ورئيس تحالف الفتح"),
      ("VISITED", QAANI, NAJAF, "توجّه بعدها إلى النجف", "2022-02"),
      ("LEADS", SADR, SADRM, "زعيم التيار الصدري مقتدى"),
      ("LEADS", ADHARI, SADRB, "رئيس الكتلة الصدرية في البرلمان"),
      ("MEMBER_OF", ASADI, CF, "القيادي في الإطار التنسيقي أحمد"),
      ("LEADS", HALB, IQPARL, "لرئيس مجلس النواب محمد"),
      ],
     {"source": "blind set (independent Iraqi outlet, Arabic)", "published": "2022-02-08"}),

    ("enIM3_abu_taqwa_palestine_street", "en",
     "US strike kills Nujaba commander in eastern Baghdad\n"
     "Shafaq News/ A drone strike on Thursday hit a headquarters of the Popular Mobilization Forces on "
     "Baghdad's Palestine Street, killing Mushtaq Taleb al-Saeedi, known as Abu Taqwa, a senior commander "
     "in Harakat al-Nujaba, and one of his companions, a security source told Shafaq News.\n"
     "Hours later, the Pentagon said US forces had carried out the strike in \"self-defense\"; its press "
     "secretary, Maj. Gen. Pat Ryder, said al-Saeedi had been involved in planning attacks on American "
     "personnel.\n"
     "The spokesman for the commander-in-chief of the armed forces, Yahya Rasool, called the strike \"no "
     "different from terrorist acts\", and Prime Minister Mohammed Shia' al-Sudani's office announced a "
     "committee to set a timetable for ending the coalition's presence.\n"
     "In a separate incident the same evening, a local PMF official was shot dead by gunmen on a "
     "motorcycle in Basra; police have not identified the attackers.\n"
     "Nujaba's spokesman, Hussein al-Moussawi, told Shafaq News the movement \"will not stay silent\" "
     "and that its secretary-general, Akram al-Kaabi, would announce \"the response\".",
     [("LOCATED_IN", PALST, BAGHDAD, "Baghdad's Palestine Street"),
      ("MEMBER_OF", TAQWA, NUJ, "a senior commander in Harakat al-Nujaba"),
      ("ASSASSINATED_BY", TAQWA, USA, "US forces had carried out the strike", "2024-01-04"),
      ("MEMBER_OF", RYDER, DOD, "its press secretary, Maj"),
      ("MEMBER_OF", YRASOOL, IQAF, "The spokesman for the commander-in-chief"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia' al-Sudani's"),
      ("MEMBER_OF", MOUSSAWI, NUJ, "Nujaba's spokesman, Hussein"),
      ("REPORTED_BY", MOUSSAWI, SHAFAQ, "al-Moussawi, told Shafaq News"),
      ("LEADS", KAABI, NUJ, "its secretary-general, Akram"),
      ],
     {"source": "blind set (independent Iraqi outlet, English)", "published": "2024-01-04"}),

    ("arIM4_salam_palace_after_drones", "ar",
     "اجتماع طارئ في قصر السلام بعد استهداف منزل الكاظمي\n"
     "964/ بغداد\n"
     "عقد رئيس الجمهورية برهم صالح، مساء الأحد، اجتماعاً طارئاً في قصر السلام ضمّ رئيس الوزراء مصطفى "
     "الكاظمي ورئيس مجلس النواب محمد الحلبوسي ورئيس مجلس القضاء الأعلى فائق زيدان، بعد ساعات من استهداف "
     "منزل الكاظمي بطائرات مسيّرة مفخخة.\n"
     "ووفق بيان رئاسي، شدّد المجتمعون على «حصر السلاح بيد الدولة» وملاحقة المتورطين في «محاولة "
     "الاغتيال الجبانة».\n"
     "وقال مصدر أمني إن ثلاث مسيّرات انطلقت من جهة شرق بغداد، أُسقطت اثنتان منها، ولم تتبنَّ أي جهة "
     "العملية حتى الآن.\n"
     "إلى ذلك، قال مستشار الأمن القومي قاسم الأعرجي إن لجنة التحقيق «وصلت إلى خيوط مهمة».\n"
     "في المقابل، سخر المسؤول الأمني لكتائب حزب الله أبو علي العسكري من الهجوم، واصفاً إياه بـ«الفلم»، "
     "ونفى أي علاقة للكتائب به.",
     [("LEADS", SALIH, IRAQ, "رئيس الجمهورية برهم"),
      ("VISITED", KAD, SALAMPAL, "اجتماعاً طارئاً في قصر السلام", "2021-11-07"),
      ("VISITED", HALB, SALAMPAL, "اجتماعاً طارئاً في قصر السلام", "2021-11-07"),
      ("VISITED", ZAIDAN, SALAMPAL, "اجتماعاً طارئاً في قصر السلام", "2021-11-07"),
      ("MET_WITH", SALIH, KAD, "اجتماعاً طارئاً في قصر السلام ضمّ", "2021-11-07"),
      ("MET_WITH", SALIH, HALB, "اجتماعاً طارئاً في قصر السلام ضمّ", "2021-11-07"),
      ("MET_WITH", SALIH, ZAIDAN, "اجتماعاً طارئاً في قصر السلام ضمّ", "2021-11-07"),
      ("MET_WITH", KAD, HALB, "ورئيس مجلس النواب محمد", "2021-11-07"),
      ("MET_WITH", KAD, ZAIDAN, "ورئيس مجلس القضاء الأعلى", "2021-11-07"),
      ("MET_WITH", HALB, ZAIDAN, "ورئيس مجلس القضاء الأعلى", "2021-11-07"),
      ("LEADS", KAD, IQG, "رئيس الوزراء مصطفى"),
      ("LEADS", HALB, IQPARL, "ورئيس مجلس النواب محمد"),
      ("LEADS", ZAIDAN, SJC, "ورئيس مجلس القضاء الأعلى فائق"),
      ("LEADS", ARAJI, NSA, "مستشار الأمن القومي قاسم"),
      ("MEMBER_OF", ASKARI, KH, "المسؤول الأمني لكتائب حزب الله"),
      ],
     {"source": "blind set (independent Iraqi outlet, Arabic)", "published": "2021-11-07"}),

    ("enIM5_blinken_baghdad_visit", "en",
     "Blinken in Baghdad with a message on the factions\n"
     "Shafaq News/ US Secretary of State Antony Blinken made an unannounced visit to Baghdad on Sunday, "
     "holding talks with Prime Minister Mohammed Shia' al-Sudani on the attacks on American forces by "
     "armed factions since the start of the Gaza war.\n"
     "Blinken, who arrived wearing a flak jacket, was accompanied by the US ambassador to Iraq, Alina "
     "Romanowski, who also attended the meeting at the Government Palace, a government source said.\n"
     "He then flew on to Ankara; a planned stop in Erbil to see Kurdistan Region Prime Minister Masrour "
     "Barzani was dropped at the last minute, according to a Kurdish official.\n"
     "The visit followed one in March by Defense Secretary Lloyd Austin, who met al-Sudani in Baghdad and "
     "then the Kurdistan Region's president, Nechirvan Barzani, in Erbil.\n"
     "Kataib Hezbollah's military spokesman, Jaafar al-Husseini, told Shafaq News that \"resistance "
     "operations\" would continue regardless of \"the visits of the occupation's officials\".",
     [("LEADS", BLINKEN, STATE, "US Secretary of State Antony"),
      ("VISITED", BLINKEN, BAGHDAD, "unannounced visit to Baghdad on Sunday", "2023-11-05"),
      ("MET_WITH", BLINKEN, SUD, "holding talks with Prime Minister", "2023-11-05"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia' al-Sudani on"),
      ("MET_WITH", ROMAN, BLINKEN, "who also attended the meeting", "2023-11-05"),
      ("MET_WITH", ROMAN, SUD, "who also attended the meeting", "2023-11-05"),
      ("VISITED", BLINKEN, GOVPAL, "the meeting at the Government Palace", "2023-11-05"),
      ("LEADS", MASROUR, KRG, "Kurdistan Region Prime Minister Masrour"),
      ("LEADS", AUSTIN, DOD, "Defense Secretary Lloyd Austin"),
      ("MET_WITH", AUSTIN, SUD, "who met al-Sudani in Baghdad", "2023-03-07"),
      ("VISITED", AUSTIN, BAGHDAD, "who met al-Sudani in Baghdad", "2023-03-07"),
      ("MET_WITH", AUSTIN, NECH, "then the Kurdistan Region's president", "2023-03-07"),
      ("VISITED", AUSTIN, ERBIL, "Nechirvan Barzani, in Erbil", "2023-03-07"),
      ("LEADS", NECH, KRP, "the Kurdistan Region's president, Nechirvan"),
      ("MEMBER_OF", JHUSSEINI, KH, "Kataib Hezbollah's military spokesman"),
      ("REPORTED_BY", JHUSSEINI, SHAFAQ, "al-Husseini, told Shafaq News"),
      ],
     {"source": "blind set (independent Iraqi outlet, English)", "published": "2023-11-05"}),

    ("arIM6_election_results_framework", "ar",
     "الإعمار والتنمية أولاً... والإطار «ما اتفقوا بعد» على رئيس الوزراء\n"
     "شفق نيوز/ أعلنت المفوضية العليا المستقلة للانتخابات، يوم الأربعاء، النتائج الأولية لانتخابات مجلس "
     "النواب التي جرت في 11 تشرين الثاني 2025، وتصدّرها ائتلاف الإعمار والتنمية بزعامة رئيس الوزراء محمد "
     "شياع السوداني.\n"
     "وقالت المتحدثة باسم المفوضية جمانة الغلاي إن نسبة المشاركة بلغت 56 في المئة.\n"
     "وبحسب مصدر مطلع تحدث لشفق نيوز، عقد قادة الإطار التنسيقي مساء الخميس اجتماعاً في منزل زعيم منظمة "
     "بدر هادي العامري، حضره السوداني ونوري المالكي وزعيم عصائب أهل الحق قيس الخزعلي، لبحث «الكتلة "
     "الأكبر».\n"
     "وأضاف المصدر أن المجتمعين «ما اتفقوا بعد» على اسم رئيس الوزراء المقبل، مع تداول أسماء بينها السوداني "
     "نفسه ورئيس جهاز المخابرات حميد الشطري، مؤكداً أن «الطبخة تحتاج وقت».\n"
     "في غضون ذلك، هنّأ وزير الخارجية الأمريكي ماركو روبيو السوداني في اتصال هاتفي، بينما لم يحدد المبعوث "
     "الأمريكي الخاص مارك سافايا موعداً لزيارته المرتقبة إلى بغداد.",
     [("LEADS", SUD, RDC, "بزعامة رئيس الوزراء محمد"),
      ("LEADS", SUD, IQG, "رئيس الوزراء محمد"),
      ("MEMBER_OF", GHALAI, IHEC, "المتحدثة باسم المفوضية جمانة"),
      ("MET_WITH", AMIRI, SUD, "حضره السوداني ونوري المالكي", "2025-11-13"),
      ("MET_WITH", AMIRI, MALIKI, "حضره السوداني ونوري المالكي", "2025-11-13"),
      ("MET_WITH", AMIRI, KHAZALI, "حضره السوداني ونوري المالكي", "2025-11-13"),
      ("MET_WITH", SUD, MALIKI, "حضره السوداني ونوري المالكي", "2025-11-13"),
      ("MET_WITH", SUD, KHAZALI, "حضره السوداني ونوري المالكي", "2025-11-13"),
      ("MET_WITH", MALIKI, KHAZALI, "حضره السوداني ونوري المالكي", "2025-11-13"),
      ("LEADS", AMIRI, BADR, "زعيم منظمة بدر هادي"),
      ("LEADS", KHAZALI, AAH, "وزعيم عصائب أهل الحق قيس"),
      ("LEADS", SHATRI, INIS, "ورئيس جهاز المخابرات حميد"),
      ("LEADS", RUBIO, STATE, "وزير الخارجية الأمريكي ماركو"),
      ],
     {"source": "blind set (independent Iraqi outlet, Arabic)", "published": "2025-11-14"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIM")
