"""Blind set DP: Iran's leadership changes and diplomacy, 2020-2025, broadcast-web style: the
Varzaqan helicopter crash that killed Raeisi and Amirabdollahian with Mokhber and Bagheri Kani
taking over (Iran International-style, May 2024, no agent), Pezeshkian's first foreign trip to
Baghdad and his and Araghchi's succession (BBC Arabic-style, Sep 2024), Israel's admission that it
killed Haniyeh in Tehran with Sinwar as his successor (Al Jazeera-style, Dec 2024), the death of
the Quds Force deputy Hejazi and the Qaani/Fallahzadeh appointments (Al Arabiya-style, Apr 2021),
the first Muscat round of Araqchi-Witkoff indirect talks (Al Jazeera-style, Apr 2025), Larijani
replacing Ahmadian at the Supreme National Security Council and touring Baghdad and Beirut
(Arabic web-style, Aug 2025).
Style: en/ar alternating; titles before names; acting holders; a denied direct meeting; a death
with no stated agent next to an admitted killing; lists of hosts. Spellings: Raeisi,
Amirabdollahian, Pezeshkiyan, Araqchi, قاآني.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_dp/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_dr import ALL  # noqa: E402

HERE = Path(__file__).parent

IRN, ISR, US, IRQ, LEB = ("country:iran", "country:israel", "country:united-states", "country:iraq",
                          "country:lebanon")
IFM, SNSC = "organization:iranian-foreign-ministry", "organization:supreme-national-security-council"
RAI, AMA, MOK, BKN = ("person:ebrahim-raisi", "person:hossein-amir-abdollahian", "person:mohammad-mokhber",
                      "person:ali-bagheri-kani")
PEZ, ARA, KHA, HAN = ("person:masoud-pezeshkian", "person:abbas-araghchi", "person:ali-khamenei",
                      "person:ismail-haniyeh")
QAA, HEJ, SOL, FAL = ("person:esmail-qaani", "person:mohammad-hejazi", "person:qasem-soleimani",
                      "person:mohammad-reza-fallahzadeh")
LAR, SHM, AHM = "person:ali-larijani", "person:ali-shamkhani", "person:ali-akbar-ahmadian"
SUD, RSH, MAN, ALS, NEC = ("person:mohammed-shia-al-sudani", "person:abdul-latif-rashid",
                           "person:mohsen-al-mandalawi", "person:mohammad-kazem-al-e-sadegh",
                           "person:nechirvan-barzani")
ALY, RAH, MIA = "person:ilham-aliyev", "person:malek-rahmati", "person:jafar-miadfar"
KATZ, SIN, NAK, TAHA = ("person:israel-katz", "person:yahya-sinwar", "person:ziad-al-nakhalah",
                        "person:jihad-taha")
TRU, JAV = "person:donald-trump", "person:yadollah-javani"
WIT, BUS, BAG, KHO = ("person:steve-witkoff", "person:badr-albusaidi", "person:esmaeil-baghaei",
                      "person:ali-najafi-khoshroudi")
ARJ, AOUN, BER, NSAL = ("person:qassim-al-araji", "person:joseph-aoun", "person:nabih-berri",
                        "person:nawaf-salam")
QF, IRGC, HAM = "organization:quds-force", "organization:irgc", "organization:hamas"

ARTICLES = [
    ("enDP1_varzaqan_helicopter_crash", "en",
     "Iran's President Ebrahim Raeisi, Foreign Minister Hossein Amirabdollahian and seven others "
     "were killed when their helicopter came down in fog-covered mountains near Varzaqan in East "
     "Azerbaijan province on Sunday, state media confirmed on Monday.\n"
     "The Bell 212 was returning from the Qiz Qalasi dam on the Aras river, where Raeisi had met "
     "Azerbaijan's President Ilham Aliyev to inaugurate the joint project. Also on board were the "
     "governor of East Azerbaijan, Malek Rahmati, the Tabriz Friday prayer leader Mohammad Ali Al-e "
     "Hashem, the president's security chief Mehdi Mousavi and the pilot, Col. Taher Mostafavi.\n"
     "Jafar Miadfar, head of Iran's emergency medical service, told state TV that rescuers reached "
     "the wreckage at dawn after a night-long search. \"There was no sign of life,\" he said.\n"
     "Supreme Leader Ali Khamenei declared five days of mourning and confirmed that First "
     "Vice-President Mohammad Mokhber would take over the presidency in an interim role, with an "
     "election due within 50 days. The cabinet later named the chief nuclear negotiator, deputy "
     "foreign minister Ali Bagheri Kani, acting foreign minister in place of Amirabdollahian.\n"
     "Officials gave no cause for the crash. Some hardliners hinted at foreign sabotage online, but "
     "an Israeli official said Israel was not involved.",
     [("LEADS", RAI, IRN, "Iran's President Ebrahim Raeisi"),
      ("LEADS", AMA, IFM, "Foreign Minister Hossein Amirabdollahian and"),
      ("LOCATED_IN", "location:varzaqan", "location:east-azerbaijan-province", "near Varzaqan in East"),
      ("MET_WITH", RAI, ALY, "where Raeisi had met", "2024-05-19"),
      ("LEADS", ALY, "country:azerbaijan", "Azerbaijan's President Ilham Aliyev"),
      ("LEADS", RAH, "location:east-azerbaijan-province", "the governor of East Azerbaijan"),
      ("LEADS", MIA, "organization:iran-emergency-medical-services", "head of Iran's emergency medical"),
      ("REPORTED_BY", MIA, "outlet:irib", "told state TV that rescuers"),
      ("LEADS", KHA, IRN, "Supreme Leader Ali Khamenei declared"),
      ("MEMBER_OF", MOK, "organization:iranian-government", "Vice-President Mohammad Mokhber"),
      ("SUCCESSOR_OF", MOK, RAI, "would take over the presidency in an interim role", "2024-05-20"),
      ("MEMBER_OF", BKN, IFM, "foreign minister Ali Bagheri Kani, acting"),
      ("SUCCESSOR_OF", BKN, AMA, "acting foreign minister in place of Amirabdollahian", "2024-05-20"),
      ],
     {"source": "blind set (Iran International-style)", "published": "2024-05-20"}),

    ("arDP2_pezeshkian_first_trip_baghdad", "ar",
     "بغداد - وصل الرئيس الإيراني مسعود بزشكيان إلى بغداد الأربعاء في أول زيارة خارجية له منذ "
     "توليه منصبه، واستقبله رئيس الوزراء العراقي محمد شياع السوداني في مطار بغداد الدولي بمراسم "
     "رسمية.\n"
     "وعقد الجانبان جلسة مباحثات موسعة في القصر الحكومي، وقّعا بعدها أربع عشرة مذكرة تفاهم في "
     "مجالات الطاقة والتجارة والنقل. وقال بزشكيان في مؤتمر صحفي مشترك: \"جئنا لنقول إن العراق "
     "وإيران بلد واحد في السراء والضراء\".\n"
     "والتقى بزشكيان لاحقاً رئيس الجمهورية عبد اللطيف رشيد ورئيس مجلس النواب بالنيابة محسن "
     "المندلاوي. ويرافق الرئيسَ الإيراني وزيرُ الخارجية عباس عراقجي. وقال السفير الإيراني لدى "
     "العراق محمد كاظم آل صادق إن الزيارة \"تفتح صفحة جديدة\" في العلاقات.\n"
     "ومن المقرر أن يتوجه بزشكيان الخميس إلى أربيل للقاء رئيس إقليم كردستان نيجيرفان بارزاني، "
     "قبل أن يزور البصرة والنجف وكربلاء.\n"
     "وكان بزشكيان قد فاز في الجولة الثانية من الانتخابات الرئاسية على المرشح المحافظ سعيد جليلي، "
     "ليخلف الرئيس الراحل إبراهيم رئيسي الذي قضى في تحطم مروحية في أيار/مايو. أما عراقجي فقد حل "
     "محل علي باقري كني الذي أدار الوزارة بالوكالة بعد رحيل حسين أمير عبد اللهيان.",
     [("LEADS", PEZ, IRN, "الرئيس الإيراني مسعود"),
      ("VISITED", PEZ, "location:baghdad", "وصل الرئيس الإيراني", "2024-09-11"),
      ("MET_WITH", PEZ, SUD, "واستقبله رئيس الوزراء العراقي", "2024-09-11"),
      ("LEADS", SUD, "organization:iraqi-government", "رئيس الوزراء العراقي محمد"),
      ("MET_WITH", PEZ, RSH, "والتقى بزشكيان لاحقاً", "2024-09-11"),
      ("MET_WITH", PEZ, MAN, "والتقى بزشكيان لاحقاً", "2024-09-11"),
      ("LEADS", RSH, IRQ, "رئيس الجمهورية عبد اللطيف"),
      ("LEADS", MAN, "organization:iraqi-parliament", "ورئيس مجلس النواب بالنيابة"),
      ("LEADS", ARA, IFM, "وزيرُ الخارجية عباس"),
      ("VISITED", ARA, "location:baghdad", "ويرافق الرئيسَ الإيراني", "2024-09-11"),
      ("MEMBER_OF", ALS, IFM, "وقال السفير الإيراني لدى"),
      ("LEADS", NEC, "organization:kurdistan-region-presidency", "رئيس إقليم كردستان نيجيرفان"),
      ("SUCCESSOR_OF", PEZ, RAI, "ليخلف الرئيس الراحل"),
      ("SUCCESSOR_OF", ARA, BKN, "فقد حل محل علي"),
      ("SUCCESSOR_OF", BKN, AMA, "أدار الوزارة بالوكالة بعد رحيل"),
      ],
     {"source": "blind set (BBC Arabic-style)", "published": "2024-09-11"}),

    ("enDP3_israel_admits_haniyeh_killing", "en",
     "Israel has for the first time publicly admitted that it killed Hamas political leader Ismail "
     "Haniyeh in Tehran in July, with Defence Minister Israel Katz warning Yemen's Houthis that their "
     "leaders could face the same fate.\n"
     "\"We will strike their leadership as we did in Tehran, Gaza and Lebanon,\" Katz said in a "
     "speech on Monday.\n"
     "Haniyeh, 62, was killed along with his bodyguard Wasim Abu Shaaban on July 31 in a guesthouse "
     "in northern Tehran, hours after attending the swearing-in of President Masoud Pezeshkiyan. "
     "The previous day he had met Supreme Leader Ali Khamenei and held talks with Pezeshkiyan. "
     "Palestinian Islamic Jihad chief Ziad al-Nakhalah, also in the Iranian capital for the "
     "ceremony, met Haniyeh at the guesthouse that evening.\n"
     "Iran and Hamas blamed Israel at the time, while Israeli officials declined to comment. Tehran "
     "vowed \"harsh punishment\" and on October 1 fired about 200 missiles at Israel.\n"
     "Hamas named its Gaza chief Yahya Sinwar to replace Haniyeh as head of its political bureau in "
     "August. Sinwar was himself killed by the Israeli army in Rafah in October.\n"
     "Jihad Taha, a Hamas spokesman in Beirut, told Al Jazeera the admission \"confirms what we "
     "always knew\".",
     [("ASSASSINATED_BY", HAN, ISR, "publicly admitted that it killed", "2024-07-31"),
      ("LEADS", HAN, HAM, "Hamas political leader Ismail"),
      ("LEADS", KATZ, "organization:israeli-defense-ministry", "Defence Minister Israel Katz"),
      ("VISITED", HAN, "location:tehran", "in a guesthouse in northern Tehran", "2024-07-31"),
      ("LEADS", PEZ, IRN, "President Masoud Pezeshkiyan"),
      ("MET_WITH", HAN, KHA, "he had met Supreme Leader", "2024-07-30"),
      ("MET_WITH", HAN, PEZ, "held talks with Pezeshkiyan", "2024-07-30"),
      ("LEADS", KHA, IRN, "Supreme Leader Ali Khamenei"),
      ("LEADS", NAK, "organization:palestinian-islamic-jihad", "Palestinian Islamic Jihad chief"),
      ("VISITED", NAK, "location:tehran", "also in the Iranian capital", "2024-07-30"),
      ("MET_WITH", NAK, HAN, "met Haniyeh at the guesthouse", "2024-07-30"),
      ("ATTACKED", IRN, ISR, "fired about 200 missiles at Israel", "2024-10-01"),
      ("MEMBER_OF", SIN, HAM, "its Gaza chief Yahya Sinwar"),
      ("SUCCESSOR_OF", SIN, HAN, "to replace Haniyeh as head", "2024-08-06"),
      ("LEADS", SIN, HAM, "to replace Haniyeh as head"),
      ("ASSASSINATED_BY", SIN, "organization:israel-defense-forces", "killed by the Israeli army in Rafah",
       "2024-10-16"),
      ("MEMBER_OF", TAHA, HAM, "a Hamas spokesman in Beirut"),
      ("REPORTED_BY", TAHA, "outlet:al-jazeera", "told Al Jazeera the admission"),
      ],
     {"source": "blind set (Al Jazeera-style)", "published": "2024-12-24"}),

    ("arDP4_hejazi_death_quds_force", "ar",
     "طهران - أعلن الحرس الثوري الإيراني، الأحد، وفاة العميد محمد حجازي، نائب قائد فيلق القدس، عن "
     "عمر ناهز 65 عاماً، وقال بيان للحرس إنه توفي إثر \"عارض قلبي\" ناجم عن إصابته بالأسلحة "
     "الكيميائية خلال الحرب مع العراق.\n"
     "وكان المرشد الإيراني علي خامنئي قد عيّن حجازي نائباً لقائد الفيلق إسماعيل قاآني في كانون "
     "الثاني/يناير 2020، بعد أيام من تعيين قاآني خلفاً لقاسم سليماني، الذي قُتل بضربة أميركية "
     "بطائرة مسيرة قرب مطار بغداد أمر بها الرئيس الأميركي آنذاك دونالد ترامب.\n"
     "ولم يقدم الحرس الثوري تفاصيل إضافية، وشككت وسائل إعلام معارضة في الرواية الرسمية، فيما لم "
     "يتهم المسؤولون الإيرانيون أي جهة بالوقوف وراء الوفاة.\n"
     "ونقلت وكالة تسنيم عن قاآني قوله إن حجازي \"أمضى عمره في الجهاد\". وقال مساعد قائد الحرس "
     "للشؤون السياسية العميد يد الله جواني إن الراحل \"كان من أعمدة محور المقاومة\".\n"
     "وبعد أيام، أعلن الحرس تعيين العميد محمد رضا فلاح زاده نائباً جديداً لقائد فيلق القدس خلفاً "
     "لحجازي. ويُعرف فلاح زاده بدوره في سوريا، وكان قد شغل منصب محافظ يزد.",
     [("MEMBER_OF", HEJ, QF, "نائب قائد فيلق القدس، عن"),
      ("LEADS", KHA, IRN, "المرشد الإيراني علي خامنئي"),
      ("LEADS", QAA, QF, "لقائد الفيلق إسماعيل قاآني"),
      ("SUCCESSOR_OF", QAA, SOL, "تعيين قاآني خلفاً لقاسم سليماني", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, US, "بضربة أميركية بطائرة مسيرة", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRU, "أمر بها الرئيس الأميركي", "2020-01-03"),
      ("LEADS", TRU, US, "الرئيس الأميركي آنذاك"),
      ("REPORTED_BY", QAA, "outlet:tasnim", "ونقلت وكالة تسنيم عن قاآني"),
      ("MEMBER_OF", JAV, IRGC, "مساعد قائد الحرس للشؤون السياسية"),
      ("SUCCESSOR_OF", FAL, HEJ, "نائباً جديداً لقائد فيلق القدس خلفاً", "2021-04"),
      ("MEMBER_OF", FAL, QF, "نائباً جديداً لقائد فيلق القدس خلفاً"),
      ],
     {"source": "blind set (Al Arabiya-style)", "published": "2021-04-18"}),

    ("enDP5_muscat_first_round", "en",
     "MUSCAT - Iran's Foreign Minister Abbas Araqchi and US Middle East envoy Steve Witkoff held a "
     "first round of talks on Tehran's nuclear programme in the Omani capital Muscat on Saturday, "
     "with Oman's Foreign Minister Badr Albusaidi carrying messages between two rooms.\n"
     "Araqchi was received by Albusaidi at his ministry before the session and handed him Iran's "
     "written proposal. Albusaidi then held talks with Witkoff at a separate villa.\n"
     "The two chief negotiators did not meet face to face, Iranian officials insisted, although "
     "both sides described the atmosphere as \"constructive\". \"The talks were indirect and will "
     "remain indirect,\" foreign ministry spokesman Esmaeil Baghaei told state television.\n"
     "Ali Najafi Khoshroudi, Iran's ambassador to Oman, said the next round would be held in a week.\n"
     "Araqchi later spoke by phone with Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al "
     "Thani. Witkoff is expected to meet Israeli officials before the second round.\n"
     "The talks were the first between the two governments since President Donald Trump abandoned "
     "the 2015 nuclear deal in 2018. Oman hosted secret US-Iranian contacts in 2013 that paved the "
     "way for that agreement.",
     [("LEADS", ARA, IFM, "Iran's Foreign Minister Abbas Araqchi"),
      ("VISITED", ARA, "location:muscat", "in the Omani capital Muscat", "2025-04-12"),
      ("VISITED", WIT, "location:muscat", "in the Omani capital Muscat", "2025-04-12"),
      ("LOCATED_IN", "location:muscat", "country:oman", "in the Omani capital Muscat"),
      ("LEADS", BUS, "organization:omani-foreign-ministry", "Oman's Foreign Minister Badr"),
      ("MET_WITH", ARA, BUS, "Araqchi was received by Albusaidi", "2025-04-12"),
      ("MET_WITH", BUS, WIT, "Albusaidi then held talks with Witkoff", "2025-04-12"),
      ("MEMBER_OF", BAG, IFM, "foreign ministry spokesman Esmaeil Baghaei"),
      ("REPORTED_BY", BAG, "outlet:irib", "told state television"),
      ("MEMBER_OF", KHO, IFM, "Iran's ambassador to Oman"),
      ("LEADS", "person:mohammed-bin-abdulrahman-al-thani", "country:qatar", "Qatar's Prime Minister Sheikh"),
      ("LEADS", TRU, US, "President Donald Trump abandoned"),
      ("WITHDREW_FROM", US, "agreement:jcpoa", "abandoned the 2015 nuclear deal", "2018"),
      ],
     {"source": "blind set (Al Jazeera-style)", "published": "2025-04-12"}),

    ("arDP6_larijani_snsc_baghdad_beirut", "ar",
     "طهران - عيّن الرئيس الإيراني مسعود بزشكيان رئيس البرلمان الأسبق علي لاريجاني أميناً للمجلس "
     "الأعلى للأمن القومي، خلفاً لعلي أكبر أحمديان الذي شغل المنصب منذ أيار/مايو 2023.\n"
     "وكان أحمديان، القائد السابق في الحرس الثوري، قد حل محل علي شمخاني الذي أمضى عشر سنوات على "
     "رأس المجلس، وقاد شمخاني المحادثات التي أفضت إلى الاتفاق السعودي الإيراني في بكين.\n"
     "وسيبقى أحمديان عضواً في المجلس الأعلى ممثلاً للمرشد علي خامنئي، بحسب وكالة إرنا.\n"
     "وفي أول مهمة خارجية له، وصل لاريجاني إلى بغداد حيث استقبله رئيس الوزراء محمد شياع السوداني، "
     "ووقّع مع مستشار الأمن القومي العراقي قاسم الأعرجي مذكرة تفاهم أمنية تتعلق بضبط الحدود.\n"
     "ثم توجه إلى بيروت، والتقى الرئيس اللبناني جوزاف عون ورئيس مجلس النواب نبيه بري ورئيس "
     "الحكومة نواف سلام. وقال لاريجاني للصحفيين: \"إيران لا تتدخل في الشؤون الداخلية للبنان\".\n"
     "وكان عون قد شدد أمام ضيفه على أن \"أي مساعدة يجب أن تمر عبر الدولة\"، في حين رحب بري "
     "بالزيارة.",
     [("LEADS", PEZ, IRN, "عيّن الرئيس الإيراني"),
      ("LEADS", LAR, "organization:iranian-parliament", "رئيس البرلمان الأسبق"),
      ("LEADS", LAR, SNSC, "أميناً للمجلس"),
      ("SUCCESSOR_OF", LAR, AHM, "خلفاً لعلي أكبر أحمديان", "2025-08"),
      ("LEADS", AHM, SNSC, "الذي شغل المنصب منذ"),
      ("MEMBER_OF", AHM, IRGC, "القائد السابق في الحرس الثوري"),
      ("SUCCESSOR_OF", AHM, SHM, "قد حل محل علي شمخاني", "2023-05"),
      ("LEADS", SHM, SNSC, "أمضى عشر سنوات على"),
      ("MEMBER_OF", AHM, SNSC, "وسيبقى أحمديان عضواً"),
      ("LEADS", KHA, IRN, "ممثلاً للمرشد علي خامنئي"),
      ("VISITED", LAR, "location:baghdad", "وصل لاريجاني إلى بغداد", "2025-08"),
      ("MET_WITH", LAR, SUD, "حيث استقبله رئيس الوزراء", "2025-08"),
      ("LEADS", SUD, "organization:iraqi-government", "رئيس الوزراء محمد شياع"),
      ("MET_WITH", LAR, ARJ, "ووقّع مع مستشار الأمن القومي", "2025-08"),
      ("VISITED", LAR, "location:beirut", "ثم توجه إلى بيروت", "2025-08"),
      ("MET_WITH", LAR, AOUN, "والتقى الرئيس اللبناني", "2025-08"),
      ("MET_WITH", LAR, BER, "والتقى الرئيس اللبناني", "2025-08"),
      ("MET_WITH", LAR, NSAL, "والتقى الرئيس اللبناني", "2025-08"),
      ("LEADS", AOUN, LEB, "الرئيس اللبناني جوزاف"),
      ("LEADS", BER, "organization:lebanese-parliament", "ورئيس مجلس النواب نبيه"),
      ("LEADS", NSAL, "organization:lebanese-government", "ورئيس الحكومة نواف"),
      ],
     {"source": "blind set (Arabic web-style)", "published": "2025-08-13"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDP")
