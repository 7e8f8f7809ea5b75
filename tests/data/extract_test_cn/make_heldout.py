"""Blind set CN: the killings of Hamas and Hezbollah leaders after October 2023 and who took over,
and the Iranian envoys in Beirut and Baghdad: the unclaimed drone strike that killed Saleh
al-Arouri in Beirut (Reuters-style, Jan 2024), Israel Katz's first admission that Israel killed
Haniyeh in Tehran (Arabic daily, Dec 2024), Yahya Sinwar killed by Israeli troops in Rafah with no
successor named (AP-style, Oct 2024), the rumours about Qaani after the strikes on Dahiyeh and
his Beirut visit after Nasrallah's killing (Arabic daily, Oct 2024), Izz al-Din al-Haddad taking
over the Qassam Brigades after Mohammed Sinwar (Reuters-style, June 2025), Ali Larijani's first
trip as security-council secretary, to Baghdad, with Beirut still ahead (Arabic site, Aug 2025).
Style: en/ar alternating; accusations without a claim (no ASSASSINATED_BY) beside an agent's own
later admission, "expected to take over" (no succession), a denied injury, a quote listing three
killings, "took over after ... was killed" successions, planned meetings, phone calls, "did not
meet", a signing as an in-person meeting.
Written and annotated blind (extractor neither read nor run).
A DEV set since session 11 (measured once blind, then opened; see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cn/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_cn import ALL  # noqa: E402

HERE = Path(__file__).parent

Q, S = "person:esmail-qaani", "person:qasem-soleimani"
QF, IRGC, PMF = "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces"
HAM, HZB, QAS = "organization:hamas", "organization:hezbollah", "organization:qassam-brigades"
US, IRAQ, IRAN, ISR = "country:united-states", "country:iraq", "country:iran", "country:israel"
ARO, HAN, YSIN, MSIN = ("person:saleh-al-arouri", "person:ismail-haniyeh", "person:yahya-sinwar",
                        "person:mohammed-sinwar")
NAS, NET, KATZ = "person:hassan-nasrallah", "person:benjamin-netanyahu", "person:israel-katz"
HAY, DEIF = "person:khalil-al-hayya", "person:mohammed-deif"
LGOV, LPAR = "organization:lebanese-government", "organization:lebanese-parliament"
LAR, SUD = "person:ali-larijani", "person:mohammed-shia-al-sudani"
SNSC = "organization:supreme-national-security-council"

ARTICLES = [
    ("enCN1_arouri_killed_beirut", "en",
     "BEIRUT, Jan 3 (Reuters) - Saleh al-Arouri, the deputy head of Hamas's political bureau, was "
     "killed on Tuesday evening when a drone struck an apartment in Dahiyeh, Beirut's southern "
     "suburbs and a Hezbollah stronghold, in the first such strike on the Lebanese capital since the "
     "Gaza war began. Two commanders of the group's armed wing, Samir Findi and Azzam al-Aqraa, were "
     "among six other people killed, Hamas said.\n"
     "Hamas and Hezbollah blamed Israel. Israel did not claim the strike; Mark Regev, an adviser to "
     "Prime Minister Benjamin Netanyahu, told MSNBC that whoever carried it out had targeted Hamas "
     "and not the Lebanese state.\n"
     "Arouri, a founder of the Qassam Brigades in the West Bank, was among the Hamas officials "
     "closest to Tehran. In October he met Hezbollah leader Hassan Nasrallah and Palestinian Islamic "
     "Jihad chief Ziad al-Nakhalah in Beirut, according to a photograph released by Hezbollah. "
     "Nasrallah, who is due to speak on Wednesday, has warned that any assassination on Lebanese soil "
     "would not go unpunished.\n"
     "Zaher Jabarin, a member of the political bureau who handles prisoners' affairs, is widely "
     "expected to take over Arouri's West Bank portfolio. Lebanon's caretaker Prime Minister Najib "
     "Mikati called the strike \u201ca new Israeli crime\u201d.",
     [("MEMBER_OF", ARO, HAM, "the deputy head of Hamas's"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "Beirut's southern"),
      ("MEMBER_OF", "person:samir-fandi", QAS, "Two commanders of the group's armed wing"),
      ("MEMBER_OF", "person:azzam-al-aqraa", QAS, "Two commanders of the group's armed wing"),
      ("REPORTED_BY", "person:mark-regev", "outlet:msnbc", "told MSNBC"),
      ("LEADS", NET, ISR, "Prime Minister Benjamin Netanyahu"),
      ("MEMBER_OF", ARO, QAS, "a founder of the Qassam"),
      ("MET_WITH", ARO, NAS, "In October he met", "2023-10-25"),
      ("MET_WITH", ARO, "person:ziad-al-nakhalah", "In October he met", "2023-10-25"),
      ("LEADS", NAS, HZB, "Hezbollah leader Hassan"),
      ("LEADS", "person:ziad-al-nakhalah", "organization:palestinian-islamic-jihad",
       "Jihad chief Ziad"),
      ("MEMBER_OF", "person:zaher-jabarin", HAM, "a member of the political bureau"),
      ("LEADS", "person:najib-mikati", LGOV, "caretaker Prime Minister Najib"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-01-03"}),

    ("arCN2_katz_admits_haniyeh", "ar",
     "القدس - «الشرق الأوسط» - أقرّ وزير الدفاع الإسرائيلي يسرائيل كاتس، الاثنين، للمرة الأولى بأن "
     "إسرائيل هي التي اغتالت رئيس المكتب السياسي لحركة حماس إسماعيل هنية في طهران في تموز الماضي، "
     "وهدد قادة جماعة الحوثي في اليمن بـ«المصير نفسه». وقال كاتس: «سنضرب قيادتهم كما فعلنا بهنية "
     "والسنوار ونصر الله في طهران وغزة ولبنان».\n"
     "وكان هنية قد قُتل مع مرافقه وسيم أبو شعبان في مقر إقامته بطهران، بعد ساعات من مشاركته في مراسم "
     "تنصيب الرئيس مسعود بزشكيان، الذي استقبله قبلها في مكتبه، كما التقى المرشد علي خامنئي. وحمّل "
     "الحرس الثوري إسرائيل المسؤولية حينها، فيما لم تعلّق تل أبيب طوال خمسة أشهر.\n"
     "واختارت «حماس» في آب يحيى السنوار خلفاً لهنية، قبل أن يُقتل السنوار في اشتباك مع قوة إسرائيلية "
     "في رفح في تشرين الأول. ولم تعلن الحركة منذ ذلك الحين اسم رئيس جديد لمكتبها السياسي، إذ يديره "
     "مجلس قيادي برئاسة رئيس مجلس الشورى محمد درويش. وقال عضو المكتب السياسي باسم نعيم لـ«الجزيرة» "
     "إن اعتراف كاتس «لا يضيف جديداً».",
     [("LEADS", KATZ, "organization:israeli-defense-ministry", "وزير الدفاع الإسرائيلي يسرائيل"),
      ("ASSASSINATED_BY", HAN, ISR, "إسرائيل هي التي اغتالت", "2024-07-31"),
      ("LEADS", HAN, HAM, "رئيس المكتب السياسي لحركة حماس"),
      ("ASSASSINATED_BY", NAS, ISR, "كما فعلنا بهنية", "2024-09-27"),
      ("ASSASSINATED_BY", "person:wasim-abu-shaaban", ISR, "مع مرافقه وسيم", "2024-07-31"),
      ("VISITED", HAN, "location:tehran", "في مقر إقامته بطهران", "2024-07-30"),
      ("LEADS", "person:masoud-pezeshkian", IRAN, "تنصيب الرئيس مسعود"),
      ("MET_WITH", HAN, "person:masoud-pezeshkian", "الذي استقبله قبلها", "2024-07-30"),
      ("MET_WITH", HAN, "person:ali-khamenei", "كما التقى المرشد", "2024-07-30"),
      ("LEADS", "person:ali-khamenei", IRAN, "كما التقى المرشد"),
      ("SUCCESSOR_OF", YSIN, HAN, "يحيى السنوار خلفاً لهنية", "2024-08-06"),
      ("LEADS", YSIN, HAM, "يحيى السنوار خلفاً لهنية"),
      ("ASSASSINATED_BY", YSIN, ISR, "في اشتباك مع قوة إسرائيلية", "2024-10-16"),
      ("LEADS", "person:mohammed-darwish", "organization:hamas-shura-council",
       "برئاسة رئيس مجلس الشورى"),
      ("MEMBER_OF", "person:basem-naim", HAM, "عضو المكتب السياسي باسم"),
      ("REPORTED_BY", "person:basem-naim", "outlet:al-jazeera", "لـ«الجزيرة»"),
      ],
     {"source": "blind set (Arabic daily-style)", "published": "2024-12-23"}),

    ("enCN3_sinwar_killed_rafah", "en",
     "CAIRO (AP) - Hamas on Friday confirmed the death of its leader Yahya Sinwar, killed by Israeli "
     "troops in the southern Gaza town of Rafah, as Israel's military released drone footage of his "
     "final moments. Khalil al-Hayya, the group's Gaza chief and top negotiator, said in a video "
     "address that the hostages would not be freed until the war ended.\n"
     "Israeli soldiers on a routine patrol came across Sinwar and two other fighters in Tal al-Sultan "
     "on Wednesday, military spokesman Rear Adm. Daniel Hagari said, and a tank shell brought down "
     "the building where he was hiding. Prime Minister Benjamin Netanyahu called it \u201cthe "
     "beginning of the day after Hamas\u201d.\n"
     "Sinwar was chosen in August to replace Ismail Haniyeh, who was killed in Tehran. Hamas has not "
     "named a successor; analysts see Khaled Meshaal and Hayya as the main contenders, while "
     "Sinwar's brother Mohammed is expected to keep control of the armed wing, which Israel says it "
     "has crippled after killing its commander Mohammed Deif in July.\n"
     "U.S. President Joe Biden spoke by phone with Netanyahu, and Secretary of State Antony Blinken "
     "is due to travel to Israel next week.",
     [("LEADS", "person:yahya-sinwar", HAM, "confirmed the death of its leader"),
      ("ASSASSINATED_BY", YSIN, ISR, "killed by Israeli troops", "2024-10-16"),
      ("LOCATED_IN", "location:rafah", "location:gaza-strip", "southern Gaza town of Rafah"),
      ("MEMBER_OF", HAY, HAM, "the group's Gaza chief"),
      ("MEMBER_OF", "person:daniel-hagari", "organization:israel-defense-forces",
       "military spokesman Rear Adm"),
      ("LEADS", NET, ISR, "Prime Minister Benjamin"),
      ("SUCCESSOR_OF", YSIN, HAN, "chosen in August to replace", "2024-08-06"),
      ("ASSASSINATED_BY", DEIF, ISR, "after killing its commander", "2024-07-13"),
      ("LEADS", "person:joe-biden", US, "U.S. President Joe"),
      ("LEADS", "person:antony-blinken", "organization:us-state-department", "Secretary of State Antony"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-10-18"}),

    ("arCN4_qaani_rumours_beirut", "ar",
     "بيروت - «الأخبار» - تضاربت الأنباء خلال الأيام الماضية حول مصير قائد فيلق القدس اللواء إسماعيل "
     "قاآني، الذي انقطعت أخباره منذ الغارات الإسرائيلية على الضاحية الجنوبية لبيروت ليل الثالث من تشرين "
     "الأول، والتي استهدفت رئيس المجلس التنفيذي لحزب الله هاشم صفي الدين. ونفى نائب قائد فيلق القدس "
     "إيرج مسجدي أن يكون قاآني قد أصيب، مؤكداً لوكالة «تسنيم» أنه «بصحة جيدة ويمارس مهامه».\n"
     "وكان قاآني قد زار بيروت بعد اغتيال الأمين العام لحزب الله حسن نصر الله بغارة إسرائيلية في 27 "
     "أيلول، وهي الغارة التي قتلت أيضاً نائب قائد العمليات في الحرس الثوري اللواء عباس نيلفروشان، "
     "وأعلن الجيش الإسرائيلي مسؤوليته عنها. ونفت طهران تقارير عن لقاء جمعه بصفي الدين قبل الغارة.\n"
     "وزار وزير الخارجية الإيراني عباس عراقجي بيروت في الرابع من تشرين الأول والتقى رئيس مجلس النواب "
     "نبيه بري ورئيس حكومة تصريف الأعمال نجيب ميقاتي، كما زارها رئيس مجلس الشورى الإيراني محمد باقر "
     "قاليباف بعد ثمانية أيام. ويتولى قاآني قيادة الفيلق منذ مقتل سلفه قاسم سليماني في بغداد عام 2020.",
     [("LEADS", Q, QF, "قائد فيلق القدس اللواء"),
      ("ATTACKED", ISR, "location:dahiyeh", "الغارات الإسرائيلية على الضاحية", "2024-10-03"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "الضاحية الجنوبية لبيروت"),
      ("LEADS", "person:hashem-safieddine", "organization:hezbollah-executive-council",
       "رئيس المجلس التنفيذي لحزب الله"),
      ("PART_OF", "organization:hezbollah-executive-council", HZB, "رئيس المجلس التنفيذي لحزب الله"),
      ("MEMBER_OF", "person:iraj-masjedi", QF, "نائب قائد فيلق القدس إيرج"),
      ("REPORTED_BY", "person:iraj-masjedi", "outlet:tasnim", "لوكالة «تسنيم»"),
      ("VISITED", Q, "location:beirut", "قد زار بيروت بعد اغتيال"),
      ("LEADS", NAS, HZB, "الأمين العام لحزب الله حسن"),
      ("ASSASSINATED_BY", NAS, ISR, "نصر الله بغارة إسرائيلية", "2024-09-27"),
      ("ASSASSINATED_BY", "person:abbas-nilforoushan", ISR, "وهي الغارة التي قتلت أيضاً", "2024-09-27"),
      ("MEMBER_OF", "person:abbas-nilforoushan", IRGC, "نائب قائد العمليات في الحرس"),
      ("LEADS", "person:abbas-araghchi", "organization:iranian-foreign-ministry",
       "وزير الخارجية الإيراني عباس"),
      ("VISITED", "person:abbas-araghchi", "location:beirut", "عراقجي بيروت في الرابع", "2024-10-04"),
      ("MET_WITH", "person:abbas-araghchi", "person:nabih-berri", "والتقى رئيس مجلس النواب",
       "2024-10-04"),
      ("MET_WITH", "person:abbas-araghchi", "person:najib-mikati", "والتقى رئيس مجلس النواب",
       "2024-10-04"),
      ("LEADS", "person:nabih-berri", LPAR, "والتقى رئيس مجلس النواب"),
      ("LEADS", "person:najib-mikati", LGOV, "ورئيس حكومة تصريف الأعمال"),
      ("VISITED", "person:mohammad-bagher-ghalibaf", "location:beirut", "كما زارها رئيس مجلس الشورى",
       "2024-10-12"),
      ("LEADS", "person:mohammad-bagher-ghalibaf", "organization:iranian-parliament",
       "كما زارها رئيس مجلس الشورى"),
      ("SUCCESSOR_OF", Q, S, "ويتولى قاآني قيادة الفيلق", "2020-01-03"),
      ],
     {"source": "blind set (Arabic daily-style)", "published": "2024-10-14"}),

    ("enCN5_haddad_takes_over_qassam", "en",
     "CAIRO/JERUSALEM, June 1 (Reuters) - Izz al-Din al-Haddad, the veteran commander of Hamas's "
     "Gaza City brigade, has taken over the group's armed wing after Israel killed Mohammed Sinwar "
     "in an airstrike on a hospital compound in Khan Younis last month, two Hamas sources and an "
     "Egyptian security source said.\n"
     "Israeli Prime Minister Benjamin Netanyahu told parliament on May 28 that Israel had "
     "\u201celiminated\u201d Mohammed Sinwar, the younger brother of Yahya Sinwar. Hamas has not "
     "publicly confirmed his death. Defence Minister Israel Katz said Haddad would \u201cbe next\u201d.\n"
     "Mohammed Sinwar had led the Qassam Brigades since Israel killed Mohammed Deif in Khan Younis "
     "in July 2024. The movement's political leadership has rested since Yahya Sinwar's death with a "
     "five-member council; its Gaza head Khalil al-Hayya held talks in Cairo on Saturday with Egypt's "
     "intelligence chief Hassan Rashad, and in Doha this week met Qatari Prime Minister Sheikh "
     "Mohammed bin Abdulrahman Al Thani on a U.S. ceasefire proposal presented by envoy Steve Witkoff.\n"
     "Hayya did not meet Witkoff. U.S. hostage envoy Adam Boehler held direct talks with Hamas "
     "officials in Doha in March, a first for Washington.",
     [("MEMBER_OF", "person:izz-al-din-al-haddad", HAM, "the veteran commander of Hamas's"),
      ("SUCCESSOR_OF", "person:izz-al-din-al-haddad", MSIN, "has taken over the group's armed wing",
       "2025-05"),
      ("ASSASSINATED_BY", MSIN, ISR, "after Israel killed Mohammed Sinwar", "2025-05-13"),
      ("LEADS", NET, ISR, "Israeli Prime Minister Benjamin"),
      ("LEADS", KATZ, "organization:israeli-defense-ministry", "Defence Minister Israel Katz"),
      ("LEADS", MSIN, QAS, "had led the Qassam Brigades"),
      ("SUCCESSOR_OF", MSIN, DEIF, "had led the Qassam Brigades", "2024-07"),
      ("ASSASSINATED_BY", DEIF, ISR, "since Israel killed Mohammed Deif", "2024-07-13"),
      ("MEMBER_OF", HAY, HAM, "its Gaza head Khalil"),
      ("MET_WITH", HAY, "person:hassan-rashad", "held talks in Cairo on Saturday", "2025-05-31"),
      ("VISITED", HAY, "location:cairo", "held talks in Cairo on Saturday", "2025-05-31"),
      ("LEADS", "person:hassan-rashad", "organization:egyptian-general-intelligence",
       "intelligence chief Hassan Rashad"),
      ("MET_WITH", HAY, "person:mohammed-bin-abdulrahman-al-thani", "in Doha this week met Qatari",
       "2025-05"),
      ("VISITED", HAY, "location:doha", "in Doha this week met Qatari", "2025-05"),
      ("LEADS", "person:mohammed-bin-abdulrahman-al-thani", "country:qatar", "Qatari Prime Minister Sheikh"),
      ("VISITED", "person:adam-boehler", "location:doha", "officials in Doha in March", "2025-03"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-06-01"}),

    ("arCN6_larijani_baghdad_first_trip", "ar",
     "بغداد - «شفق نيوز» - وصل أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني، الاثنين، إلى "
     "بغداد في أول جولة خارجية له منذ تعيينه مطلع آب خلفاً لعلي أكبر أحمديان، ووقّع مع مستشار الأمن "
     "القومي العراقي قاسم الأعرجي مذكرة تفاهم أمنية تخص ضبط الحدود المشتركة. واستقبله رئيس الوزراء "
     "محمد شياع السوداني في القصر الحكومي، حيث بحثا التطورات الإقليمية في أعقاب الحرب الإسرائيلية "
     "الإيرانية في حزيران.\n"
     "والتقى لاريجاني كذلك رئيس هيئة الحشد الشعبي فالح الفياض، ورئيس تحالف الفتح هادي العامري، وسط "
     "جدل حول مشروع قانون الحشد الذي تعارضه واشنطن. وكان وزير الخارجية الأميركي ماركو روبيو قد أبلغ "
     "السوداني في اتصال هاتفي قلق بلاده من القانون.\n"
     "ويتوجه لاريجاني الأربعاء إلى بيروت، حيث من المقرر أن يلتقي الرئيس جوزاف عون ورئيس مجلس النواب "
     "نبيه بري ورئيس الحكومة نواف سلام، في وقت تدرس فيه الحكومة اللبنانية خطة لحصر السلاح بيد الدولة. "
     "وقال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن الجولة «تأتي في إطار التشاور مع الأصدقاء». "
     "ويُعد لاريجاني، الرئيس الأسبق لمجلس الشورى، من المقربين إلى المرشد علي خامنئي.",
     [("LEADS", LAR, SNSC, "أمين المجلس الأعلى للأمن القومي"),
      ("VISITED", LAR, "location:baghdad", "بغداد في أول جولة خارجية", "2025-08-11"),
      ("SUCCESSOR_OF", LAR, "person:ali-akbar-ahmadian", "خلفاً لعلي أكبر", "2025-08-05"),
      ("MET_WITH", LAR, "person:qassim-al-araji", "ووقّع مع مستشار الأمن", "2025-08-11"),
      ("MET_WITH", LAR, SUD, "واستقبله رئيس الوزراء", "2025-08-11"),
      ("LEADS", SUD, IRAQ, "واستقبله رئيس الوزراء"),
      ("MET_WITH", LAR, "person:falih-al-fayyadh", "والتقى لاريجاني كذلك", "2025-08-11"),
      ("MET_WITH", LAR, "person:hadi-al-amiri", "والتقى لاريجاني كذلك", "2025-08-11"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ("LEADS", "person:hadi-al-amiri", "organization:fatah-alliance", "ورئيس تحالف الفتح هادي"),
      ("LEADS", "person:marco-rubio", "organization:us-state-department", "وزير الخارجية الأميركي ماركو"),
      ("LEADS", "person:joseph-aoun", "country:lebanon", "الرئيس جوزاف عون"),
      ("LEADS", "person:nabih-berri", LPAR, "ورئيس مجلس النواب"),
      ("LEADS", "person:nawaf-salam", LGOV, "ورئيس الحكومة نواف"),
      ("MEMBER_OF", "person:esmaeil-baghaei", "organization:iranian-foreign-ministry",
       "المتحدث باسم الخارجية الإيرانية"),
      ("LEADS", LAR, "organization:iranian-parliament", "الرئيس الأسبق لمجلس الشورى"),
      ],
     {"source": "blind set (Arabic news site-style)", "published": "2025-08-11"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setCN")
