"""Blind set IG: Iran after (and just before) the June 2025 war, as an Arabic-language Gulf-funded TV
channel's website (Al Arabiya/Asharq-like: "وفق ما أفادت", "بحسب مصادر", long official titles):
Mohammed bin Salman receives Araghchi in Jeddah, July 2025, and Khalid bin Salman's April visit to
Khamenei (English); Larijani in Baghdad after replacing Ahmadian at the SNSC, August 2025 (Arabic);
Pezeshkiyan in Islamabad with Shehbaz Sharif, Ishaq Dar and Asim Munir (English); the third Muscat
round with Albusaidi, April 2025 (Arabic); Araqchi received by Erdogan in Istanbul and Putin in Moscow,
June 2025 (English); Abdelatty hosts Araghchi and Grossi in Cairo, September 2025 (Arabic).
Excluded on purpose: a Pezeshkian-MBS phone call; a denied Larijani-Fayyadh meeting and a planned
Larijani visit to Aoun and Berri in Beirut; Sharif-Pezeshkiyan phone calls; a denied direct
Araghchi-Witkoff meeting and an explosion no one claimed; a Putin-Trump phone call and a planned
Erdogan-Pezeshkian meeting; Abdelatty's phone calls and Grossi as a candidate to succeed Guterres.
Spellings: Masoud Pezeshkiyan, Seyed Abbas Araqchi, عراقچي, البوسعيدي with "السيد بدر بن حمد".
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ih import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, USA, SAUDI, LEB, RUSSIA, TURKEY, OMAN = ("country:iran", "country:united-states",
                                               "country:saudi-arabia", "country:lebanon", "country:russia",
                                               "country:turkey", "country:oman")
IRFM, SNSC, SAUDIGOV, SAUDIDEF, SAUDIFM = (
    "organization:iranian-foreign-ministry", "organization:supreme-national-security-council",
    "organization:saudi-government", "organization:saudi-defence-ministry", "organization:saudi-foreign-ministry")
IQGOV, IQNSA, PMF, LEBPARL = ("organization:iraqi-government", "organization:iraqi-national-security-advisory",
                              "organization:popular-mobilization-forces", "organization:lebanese-parliament")
PAKGOV, PAKFM, PAKARMY = ("organization:pakistani-government", "organization:pakistani-foreign-ministry",
                          "organization:pakistan-army")
OMFM, USSTATE, RUSFM, KREMLIN = ("organization:omani-foreign-ministry", "organization:us-state-department",
                                 "organization:russian-foreign-ministry", "organization:kremlin")
EGFM, IAEA, UN = "organization:egyptian-foreign-ministry", "organization:iaea", "organization:united-nations"
JEDDAH, TEHRAN, BAGHDAD, ISLAMABAD, MUSCAT, MOSCOW, ISTANBUL, CAIRO = (
    "location:jeddah", "location:tehran", "location:baghdad", "location:islamabad", "location:muscat",
    "location:moscow", "location:istanbul", "location:cairo")
FORDOW, NATANZ, ISFAHAN = "location:fordow", "location:natanz", "location:isfahan"
ARAGHCHI, PEZ, KHAM, LARIJANI, AHMADIAN, BAGHAEI, TAKHT, GHARIB = (
    "person:abbas-araghchi", "person:masoud-pezeshkian", "person:ali-khamenei", "person:ali-larijani",
    "person:ali-akbar-ahmadian", "person:esmaeil-baghaei", "person:majid-takht-ravanchi",
    "person:kazem-gharibabadi")
MBS, KBS, FBF, KSALMAN = ("person:mohammed-bin-salman", "person:khalid-bin-salman", "person:faisal-bin-farhan",
                          "person:salman-bin-abdulaziz")
SUDANI, ARAJI, FAYYADH, AOUN, BERRI = ("person:mohammed-shia-al-sudani", "person:qassim-al-araji",
                                       "person:falih-al-fayyadh", "person:joseph-aoun", "person:nabih-berri")
SHARIF, DAR, MUNIR, TRUMP = ("person:shehbaz-sharif", "person:ishaq-dar", "person:asim-munir",
                             "person:donald-trump")
ALBUSAIDI, WITKOFF, ANTON = "person:badr-albusaidi", "person:steve-witkoff", "person:michael-anton"
PUTIN, LAVROV, USHAKOV, ERDOGAN = ("person:vladimir-putin", "person:sergei-lavrov", "person:yuri-ushakov",
                                   "person:recep-tayyip-erdogan")
ABDELATTY, GROSSI, GUTERRES = "person:badr-abdelatty", "person:rafael-grossi", "person:antonio-guterres"
ALARABIYA = "outlet:al-arabiya"

ARTICLES = [
    ("enIG1_mbs_receives_araghchi_jeddah", "en",
     "Saudi Crown Prince receives Iran's Araghchi in Jeddah in first visit since war\n"
     "His Royal Highness Crown Prince and Prime Minister Mohammed bin Salman received Iranian Foreign "
     "Minister Abbas Araghchi in Jeddah on Tuesday, according to the Saudi Press Agency, in the "
     "highest-level contact between the two countries since the 12-day war with Israel.\n"
     "The meeting was attended by Minister of Defense Prince Khalid bin Salman bin Abdulaziz and Minister "
     "of Foreign Affairs Prince Faisal bin Farhan bin Abdullah, SPA said.\n"
     "Prince Khalid had himself visited Tehran in April, when he was received by Supreme Leader Ali Khamenei "
     "and handed over a letter from King Salman.\n"
     "Araghchi told Al Arabiya that Tehran \"deeply appreciates\" the Kingdom's condemnation of the Israeli "
     "strikes.\n"
     "President Masoud Pezeshkian had spoken by phone with the Crown Prince twice during the war, Iranian "
     "officials said.",
     [("LEADS", MBS, SAUDIGOV, "Crown Prince and Prime Minister Mohammed"),
      ("LEADS", ARAGHCHI, IRFM, "received Iranian Foreign Minister Abbas"),
      ("MET_WITH", MBS, ARAGHCHI, "received Iranian Foreign Minister Abbas", "2025-07-08"),
      ("VISITED", ARAGHCHI, JEDDAH, "in Jeddah on Tuesday", "2025-07-08"),
      ("MET_WITH", ARAGHCHI, KBS, "The meeting was attended by", "2025-07-08"),
      ("MET_WITH", ARAGHCHI, FBF, "The meeting was attended by", "2025-07-08"),
      ("MET_WITH", MBS, KBS, "The meeting was attended by", "2025-07-08"),
      ("MET_WITH", MBS, FBF, "The meeting was attended by", "2025-07-08"),
      ("MET_WITH", KBS, FBF, "The meeting was attended by", "2025-07-08"),
      ("LEADS", KBS, SAUDIDEF, "Minister of Defense Prince Khalid"),
      ("LEADS", FBF, SAUDIFM, "of Foreign Affairs Prince Faisal"),
      ("VISITED", KBS, TEHRAN, "had himself visited Tehran in April", "2025-04-17"),
      ("MET_WITH", KBS, KHAM, "he was received by Supreme Leader", "2025-04-17"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ali Khamenei"),
      ("LEADS", KSALMAN, SAUDI, "a letter from King Salman"),
      ("REPORTED_BY", ARAGHCHI, ALARABIYA, "Araghchi told Al Arabiya"),
      ("LEADS", PEZ, IRAN, "President Masoud Pezeshkian"),
      ],
     {"source": "blind set (Gulf TV channel website, English edition)", "published": "2025-07-08"}),

    ("arIG2_larijani_baghdad", "ar",
     "لاريجاني في بغداد بأول جولة خارجية منذ تعيينه أميناً للأمن القومي الإيراني\n"
     "وصل أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني إلى بغداد، الاثنين، في أول زيارة خارجية له "
     "منذ أن عيّنه الرئيس مسعود بزشكيان في الخامس من آب/أغسطس خلفاً لعلي أكبر أحمديان.\n"
     "واستقبل رئيس مجلس الوزراء العراقي محمد شياع السوداني الضيفَ الإيراني في مكتبه، وفق ما أفاد بيان صادر "
     "عن المكتب الإعلامي لرئيس الوزراء.\n"
     "ووقّع لاريجاني مع مستشار الأمن القومي العراقي قاسم الأعرجي مذكرة تفاهم أمنية، قال الأعرجي إنها تهدف "
     "إلى «ضبط الحدود المشتركة».\n"
     "وبحسب مصادر عراقية مطلعة، حمل المسؤول الإيراني رسالة من المرشد علي خامنئي، فيما نفت المصادر ذاتها أن "
     "يكون قد اجتمع برئيس هيئة الحشد الشعبي فالح الفياض.\n"
     "ومن المنتظر أن ينتقل لاريجاني الأربعاء إلى بيروت للقاء الرئيس اللبناني جوزاف عون ورئيس مجلس النواب "
     "نبيه بري.",
     [("LEADS", LARIJANI, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني"),
      ("VISITED", LARIJANI, BAGHDAD, "إلى بغداد، الاثنين", "2025-08-11"),
      ("LEADS", PEZ, IRAN, "الرئيس مسعود بزشكيان"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "خلفاً لعلي أكبر أحمديان", "2025-08-05"),
      ("MET_WITH", SUDANI, LARIJANI, "واستقبل رئيس مجلس الوزراء العراقي", "2025-08-11"),
      ("LEADS", SUDANI, IQGOV, "رئيس مجلس الوزراء العراقي محمد"),
      ("MET_WITH", LARIJANI, ARAJI, "ووقّع لاريجاني مع مستشار", "2025-08-11"),
      ("LEADS", ARAJI, IQNSA, "مستشار الأمن القومي العراقي قاسم"),
      ("LEADS", KHAM, IRAN, "من المرشد علي خامنئي"),
      ("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ("LEADS", AOUN, LEB, "الرئيس اللبناني جوزاف"),
      ("LEADS", BERRI, LEBPARL, "ورئيس مجلس النواب"),
      ],
     {"source": "blind set (Gulf TV channel website, Arabic)", "published": "2025-08-11"}),

    ("enIG3_pezeshkiyan_islamabad", "en",
     "Pezeshkiyan in Islamabad: Iranian president thanks Pakistan for 'standing by Tehran'\n"
     "Iranian President Masoud Pezeshkiyan was received by Prime Minister Shehbaz Sharif at the Prime "
     "Minister's House in Islamabad on Saturday, at the start of a two-day official visit, Pakistani "
     "officials said.\n"
     "The two leaders held delegation-level talks attended by Foreign Minister Abbas Araghchi and Pakistan's "
     "Deputy Prime Minister and Foreign Minister Ishaq Dar, and witnessed the signing of a dozen memoranda "
     "of understanding.\n"
     "Chief of Army Staff Field Marshal Syed Asim Munir later called on the visiting president, the "
     "military's media wing said; Munir had been hosted by President Donald Trump for a White House lunch in "
     "June, days before the US strikes on Iran.\n"
     "Sharif, who spoke by phone with Pezeshkiyan several times during the 12-day war, condemned what he "
     "called \"the unprovoked Israeli aggression\" against Iran.",
     [("LEADS", PEZ, IRAN, "Iranian President Masoud Pezeshkiyan"),
      ("MET_WITH", PEZ, SHARIF, "was received by Prime Minister Shehbaz Sharif", "2025-08-02"),
      ("LEADS", SHARIF, PAKGOV, "was received by Prime Minister Shehbaz Sharif"),
      ("VISITED", PEZ, ISLAMABAD, "Minister's House in Islamabad on Saturday", "2025-08-02"),
      ("MET_WITH", PEZ, ARAGHCHI, "held delegation-level talks", "2025-08-02"),
      ("MET_WITH", PEZ, DAR, "held delegation-level talks", "2025-08-02"),
      ("MET_WITH", SHARIF, ARAGHCHI, "held delegation-level talks", "2025-08-02"),
      ("MET_WITH", SHARIF, DAR, "held delegation-level talks", "2025-08-02"),
      ("MET_WITH", ARAGHCHI, DAR, "held delegation-level talks", "2025-08-02"),
      ("LEADS", ARAGHCHI, IRFM, "Foreign Minister Abbas Araghchi"),
      ("LEADS", DAR, PAKFM, "Deputy Prime Minister and Foreign Minister Ishaq Dar"),
      ("MET_WITH", MUNIR, PEZ, "later called on the visiting president", "2025-08-02"),
      ("LEADS", MUNIR, PAKARMY, "Chief of Army Staff Field Marshal"),
      ("MET_WITH", MUNIR, TRUMP, "hosted by President Donald Trump for a White House lunch", "2025-06-18"),
      ("LEADS", TRUMP, USA, "President Donald Trump for"),
      ("ATTACKED", USA, IRAN, "the US strikes on Iran", "2025-06-22"),
      ],
     {"source": "blind set (Gulf TV channel website, English edition)", "published": "2025-08-02"}),

    ("arIG4_muscat_third_round", "ar",
     "جولة ثالثة في مسقط... وبقائي ينفي لقاءً مباشراً بين عراقچي وويتكوف\n"
     "اختتمت في العاصمة العُمانية مسقط، السبت، الجولة الثالثة من المحادثات غير المباشرة بين إيران والولايات "
     "المتحدة، بوساطة وزير الخارجية العُماني السيد بدر بن حمد البوسعيدي، الذي تنقّل بين وفدي وزير الخارجية "
     "الإيراني عباس عراقچي والمبعوث الأميركي الخاص إلى الشرق الأوسط ستيف ويتكوف.\n"
     "وبحسب مصادر مطلعة، ترأس الفريق الفني الأميركي مدير التخطيط السياسي في وزارة الخارجية الأميركية مايكل "
     "أنتون، فيما قاد الفريق الإيراني نائبا وزير الخارجية مجيد تخت روانجي وكاظم غريب آبادي.\n"
     "ونفى المتحدث باسم الخارجية الإيرانية إسماعيل بقائي ما تداولته وسائل إعلام غربية عن لقاء مباشر جمع "
     "عراقچي وويتكوف، مؤكداً أن الرسائل «نُقلت عبر الجانب العُماني حصراً».\n"
     "وقال أنتون، وفق ما أفادت مصادر دبلوماسية، إن النقاشات التقنية كانت «مفصّلة ومفيدة».\n"
     "وتزامنت المحادثات مع انفجار ضخم في ميناء الشهيد رجائي قرب بندر عباس أودى بحياة العشرات، ولم تُعلن "
     "أي جهة مسؤوليتها عنه.",
     [("LOCATED_IN", MUSCAT, OMAN, "في العاصمة العُمانية مسقط"),
      ("LEADS", ALBUSAIDI, OMFM, "وزير الخارجية العُماني السيد بدر"),
      ("MET_WITH", ALBUSAIDI, ARAGHCHI, "الذي تنقّل بين وفدي", "2025-04-26"),
      ("MET_WITH", ALBUSAIDI, WITKOFF, "الذي تنقّل بين وفدي", "2025-04-26"),
      ("LEADS", ARAGHCHI, IRFM, "الإيراني عباس عراقچي والمبعوث"),
      ("VISITED", ARAGHCHI, MUSCAT, "اختتمت في العاصمة العُمانية", "2025-04-26"),
      ("VISITED", WITKOFF, MUSCAT, "اختتمت في العاصمة العُمانية", "2025-04-26"),
      ("MEMBER_OF", ANTON, USSTATE, "مدير التخطيط السياسي في وزارة الخارجية الأميركية"),
      ("MEMBER_OF", TAKHT, IRFM, "نائبا وزير الخارجية مجيد"),
      ("MEMBER_OF", GHARIB, IRFM, "نائبا وزير الخارجية مجيد"),
      ("MEMBER_OF", BAGHAEI, IRFM, "المتحدث باسم الخارجية الإيرانية إسماعيل"),
      ],
     {"source": "blind set (Gulf TV channel website, Arabic)", "published": "2025-04-26"}),

    ("enIG5_araqchi_erdogan_putin", "en",
     "Iran's Araqchi meets Putin in Moscow after talks with Erdogan in Istanbul\n"
     "Russian President Vladimir Putin received Iranian Foreign Minister Seyed Abbas Araqchi at the Kremlin "
     "on Monday, a day after US bombers struck Iran's Fordow, Natanz and Isfahan nuclear sites, according to "
     "Russian state media.\n"
     "Foreign Minister Sergei Lavrov also took part in the talks, at which Putin called the American strikes "
     "\"absolutely unprovoked aggression.\"\n"
     "Yuri Ushakov, the Kremlin's foreign policy aide, said Moscow stood ready to mediate, but Ushakov noted "
     "that Putin and Trump had discussed Iran only by phone, on June 14.\n"
     "Araqchi flew to Moscow from Istanbul, where he had attended an emergency meeting of the Organisation "
     "of Islamic Cooperation and was received by Turkish President Recep Tayyip Erdogan on Saturday.\n"
     "Erdogan is expected to meet Iran's President Masoud Pezeshkian at an Economic Cooperation "
     "Organization summit in Azerbaijan next month, Turkish sources said.",
     [("LEADS", PUTIN, RUSSIA, "Russian President Vladimir Putin"),
      ("MET_WITH", PUTIN, ARAGHCHI, "received Iranian Foreign Minister Seyed", "2025-06-23"),
      ("LEADS", ARAGHCHI, IRFM, "Iranian Foreign Minister Seyed Abbas Araqchi"),
      ("ATTACKED", USA, FORDOW, "US bombers struck Iran's Fordow", "2025-06-22"),
      ("ATTACKED", USA, NATANZ, "US bombers struck Iran's Fordow", "2025-06-22"),
      ("ATTACKED", USA, ISFAHAN, "US bombers struck Iran's Fordow", "2025-06-22"),
      ("MET_WITH", LAVROV, PUTIN, "also took part in the talks", "2025-06-23"),
      ("MET_WITH", LAVROV, ARAGHCHI, "also took part in the talks", "2025-06-23"),
      ("LEADS", LAVROV, RUSFM, "Foreign Minister Sergei Lavrov"),
      ("MEMBER_OF", USHAKOV, KREMLIN, "the Kremlin's foreign policy aide"),
      ("VISITED", ARAGHCHI, MOSCOW, "Araqchi flew to Moscow", "2025-06-23"),
      ("VISITED", ARAGHCHI, ISTANBUL, "from Istanbul, where he had attended", "2025-06-21"),
      ("MET_WITH", ARAGHCHI, ERDOGAN, "was received by Turkish President", "2025-06-21"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan"),
      ("LEADS", PEZ, IRAN, "Iran's President Masoud Pezeshkian"),
      ],
     {"source": "blind set (Gulf TV channel website, English edition)", "published": "2025-06-23"}),

    ("arIG6_cairo_abdelatty_grossi", "ar",
     "القاهرة تستضيف عراقجي وغروسي... وتوقيع تفاهم لاستئناف التعاون مع الوكالة الذرية\n"
     "استضاف وزير الخارجية والهجرة وشؤون المصريين بالخارج الدكتور بدر عبد العاطي، الثلاثاء في القاهرة، وزير "
     "خارجية الجمهورية الإسلامية الإيرانية عباس عراقجي والمدير العام للوكالة الدولية للطاقة الذرية رافائيل "
     "غروسي، في لقاء ثلاثي أفضى إلى توقيع تفاهم بشأن استئناف عمليات التفتيش.\n"
     "وقال عبد العاطي، وفق ما أفادت وزارة الخارجية المصرية، إن التفاهم «خطوة مهمة نحو خفض التصعيد».\n"
     "وكان عبد العاطي قد أجرى خلال الأيام الماضية اتصالات هاتفية مع المبعوث الأميركي ستيف ويتكوف ووزراء "
     "خارجية الترويكا الأوروبية، بحسب مصادر دبلوماسية.\n"
     "ويأتي التفاهم بعد أن علّقت طهران تعاونها مع الوكالة إثر الضربات الإسرائيلية والأميركية في حزيران/يونيو، "
     "متهمةً غروسي بـ«الانحياز»، وهو ما نفاه المسؤول الأممي.\n"
     "ويُتداول اسم غروسي مرشحاً لخلافة الأمين العام للأمم المتحدة أنطونيو غوتيريش، بعدما رشّحته الأرجنتين "
     "رسمياً للمنصب.",
     [("LEADS", ABDELATTY, EGFM, "وزير الخارجية والهجرة وشؤون"),
      ("VISITED", ARAGHCHI, CAIRO, "الثلاثاء في القاهرة", "2025-09-09"),
      ("VISITED", GROSSI, CAIRO, "الثلاثاء في القاهرة", "2025-09-09"),
      ("MET_WITH", ABDELATTY, ARAGHCHI, "في لقاء ثلاثي", "2025-09-09"),
      ("MET_WITH", ABDELATTY, GROSSI, "في لقاء ثلاثي", "2025-09-09"),
      ("MET_WITH", ARAGHCHI, GROSSI, "في لقاء ثلاثي", "2025-09-09"),
      ("LEADS", ARAGHCHI, IRFM, "خارجية الجمهورية الإسلامية الإيرانية عباس"),
      ("LEADS", GROSSI, IAEA, "والمدير العام للوكالة الدولية للطاقة الذرية"),
      ("LEADS", GUTERRES, UN, "الأمين العام للأمم المتحدة أنطونيو"),
      ],
     {"source": "blind set (Gulf TV channel website, Arabic)", "published": "2025-09-09"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIG")
