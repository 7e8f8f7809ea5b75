"""Blind set HZ: Gulf mediation and Iran 2023-2025, as a Gulf English-language daily and its Arabic
sister paper: the Beijing agreement signed by Shamkhani and Al-Aiban under Wang Yi, March 2023
(English); the ambassadors Enayati and Alanazi take up their posts, Sept 2023 (Arabic); Khalid bin
Salman carries King Salman's letter to Khamenei, April 2025 (English); the first Muscat round
between Araghchi and Witkoff under Albusaidi, April 2025 (Arabic); Qatar's channel to Tehran after
the Iranian strike on Al Udeid, June 2025 (English); Larijani in Baghdad after replacing Ahmadian,
who had replaced Shamkhani, August 2025 (Arabic).
Style: newspaper reports with datelines, honorifics (HE, HH, Dr., صاحب السمو، معالي), long titles
before names, then surnames and descriptions ("the prince", "الوزير العماني").
Excluded on purpose: an expected meeting of the foreign ministers, a future presentation of
credentials and an undated presidential visit, a meeting reported by Iranian media but not confirmed,
a second round announced, phone calls between leaders, a candidate for a post, a meeting with
faction leaders denied by Iraqi sources.
Spellings: Ali Shamkhany, Musaad Al-Aiban, Khaled bin Salman, Mohammad Baqeri, Fayyadh Al-Ruwaili,
عنايتى، رئيسى، عبداللهيان، عراقجى، البوسعيدى، لاريجانى، شمخانى.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ib import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, SAUDI, CHINA, QATAR, OMAN = (
    "country:iran", "country:iraq", "country:united-states", "country:saudi-arabia", "country:china",
    "country:qatar", "country:oman")
TEHRAN, RIYADH, BEIJING, BAGHDAD, MUSCAT, DOHA = (
    "location:tehran", "location:riyadh", "location:beijing", "location:baghdad", "location:muscat",
    "location:doha")
SNSC, IRFM, IRGC, IRGS = ("organization:supreme-national-security-council", "organization:iranian-foreign-ministry",
                          "organization:irgc", "organization:iranian-armed-forces-general-staff")
SAFM, SAGOV, SADEF, SAGS = ("organization:saudi-foreign-ministry", "organization:saudi-government",
                            "organization:saudi-defence-ministry", "organization:saudi-armed-forces-general-staff")
OMFM, QFM, QGOV, IQG, IQNSA, CFAC = (
    "organization:omani-foreign-ministry", "organization:qatari-foreign-ministry", "organization:qatari-government",
    "organization:iraqi-government", "organization:iraqi-national-security-advisory",
    "organization:ccp-central-foreign-affairs-commission")
SPA, IRNA = "outlet:saudi-press-agency", "outlet:irna"

SHAM, AIBAN, WANG, XI, MBS, RAISI = ("person:ali-shamkhani", "person:musaed-al-aiban", "person:wang-yi",
                                     "person:xi-jinping", "person:mohammed-bin-salman", "person:ebrahim-raisi")
FAISAL, AMIRABD, ENAYATI, ANAZI, KHURAIJI, BIKDELI = (
    "person:faisal-bin-farhan", "person:hossein-amir-abdollahian", "person:alireza-enayati",
    "person:abdullah-alanazi", "person:waleed-al-khuraiji", "person:alireza-bikdeli")
KBS, KHAM, SALMAN, PEZ, BAGHERI, RUWAILI, ARAGHCHI = (
    "person:khalid-bin-salman", "person:ali-khamenei", "person:salman-bin-abdulaziz", "person:masoud-pezeshkian",
    "person:mohammad-bagheri", "person:fayyad-al-ruwaili", "person:abbas-araghchi")
WITKOFF, BUSAIDI, TAKHT, GHARIB, BAGHAEI, GARGASH, TRUMP = (
    "person:steve-witkoff", "person:badr-albusaidi", "person:majid-takht-ravanchi", "person:kazem-gharibabadi",
    "person:esmaeil-baghaei", "person:anwar-gargash", "person:donald-trump")
MBAR, TAMIM, ANSARI = ("person:mohammed-bin-abdulrahman-al-thani", "person:tamim-bin-hamad-al-thani",
                       "person:majed-al-ansari")
LARIJANI, AHMADIAN, SUD, ARAJI = ("person:ali-larijani", "person:ali-akbar-ahmadian",
                                  "person:mohammed-shia-al-sudani", "person:qassim-al-araji")
UDEID = "location:al-udeid-air-base"

ARTICLES = [
    ("enHZ1_beijing_deal_signed", "en",
     "Saudi Arabia and Iran agree to restore ties in China-brokered deal\n"
     "RIYADH - Saudi Arabia and Iran agreed on Friday to resume diplomatic relations and to reopen their "
     "embassies within two months, ending a seven-year rupture, after four days of talks in Beijing.\n"
     "The talks in the Chinese capital, hosted by Wang Yi, director of the Office of the Central Foreign "
     "Affairs Commission of the Communist Party of China, were led by Minister of State and National "
     "Security Adviser Dr. Musaad bin Mohammed Al-Aiban and by Ali Shamkhany, secretary of Iran's Supreme "
     "National Security Council.\n"
     "A joint statement carried by the Saudi Press Agency said the two sides had also agreed to activate a "
     "2001 security cooperation accord.\n"
     "Al-Aiban thanked President Xi Jinping, who had offered China's sponsorship of a dialogue during his "
     "visit to Riyadh in December, when he was received by Crown Prince Mohammed bin Salman.\n"
     "Iran's President Ebrahim Raisi had discussed the same initiative with Xi during a state visit to "
     "Beijing in February.\n"
     "The two foreign ministers, Prince Faisal bin Farhan and Hossein Amir-Abdollahian, are expected to "
     "meet soon to arrange the exchange of ambassadors, Shamkhany told Iranian state television.",
     [("MET_WITH", AIBAN, SHAM, "The talks in the Chinese capital", "2023-03"),
      ("MET_WITH", AIBAN, WANG, "The talks in the Chinese capital", "2023-03"),
      ("MET_WITH", SHAM, WANG, "The talks in the Chinese capital", "2023-03"),
      ("VISITED", AIBAN, BEIJING, "The talks in the Chinese capital", "2023-03"),
      ("VISITED", SHAM, BEIJING, "The talks in the Chinese capital", "2023-03"),
      ("LEADS", WANG, CFAC, "director of the Office of the Central Foreign"),
      ("MEMBER_OF", AIBAN, SAGOV, "Minister of State and National"),
      ("LEADS", SHAM, SNSC, "secretary of Iran's Supreme"),
      ("LEADS", XI, CHINA, "President Xi Jinping"),
      ("VISITED", XI, RIYADH, "visit to Riyadh in December", "2022-12"),
      ("MET_WITH", XI, MBS, "when he was received by Crown Prince", "2022-12"),
      ("LEADS", RAISI, IRAN, "Iran's President Ebrahim Raisi"),
      ("MET_WITH", RAISI, XI, "had discussed the same initiative with Xi", "2023-02"),
      ("VISITED", RAISI, BEIJING, "during a state visit to", "2023-02"),
      ("LEADS", FAISAL, SAFM, "The two foreign ministers, Prince Faisal"),
      ("LEADS", AMIRABD, IRFM, "and Hossein Amir-Abdollahian"),
      ],
     {"source": "blind set (Gulf daily, English)", "published": "2023-03-11"}),

    ("arHZ2_ambassadors_take_up_posts", "ar",
     "السفيران يباشران مهامهما... صفحة جديدة بين الرياض وطهران\n"
     "الرياض - وصل السفير الإيراني الجديد لدى المملكة علي رضا عنايتى إلى الرياض الثلاثاء، في حين باشر "
     "السفير السعودي عبدالله بن سعود العنزي مهامه في طهران، بعد أكثر من سبع سنوات على قطع العلاقات.\n"
     "واستقبل نائب وزير الخارجية المهندس وليد بن عبدالكريم الخريجي السفيرَ عنايتى في مقر الوزارة، "
     "وتسلّم منه نسخة من أوراق اعتماده.\n"
     "وكانت إيران قد أعادت في السادس من يونيو فتح سفارتها في الرياض، في مراسم ترأسها مساعد وزير الخارجية "
     "الإيراني للشؤون القنصلية علي رضا بيكدلي.\n"
     "وسبق ذلك أن زار وزير الخارجية صاحب السمو الأمير فيصل بن فرحان طهران في 17 يونيو، حيث التقى الرئيس "
     "إبراهيم رئيسى ونظيره حسين أمير عبداللهيان.\n"
     "وأفادت وكالة الأنباء السعودية (واس) بأن العنزي سيقدّم أوراق اعتماده إلى رئيسى في وقت لاحق، فيما لم "
     "يُحدَّد بعد موعد زيارة الرئيس الإيراني للمملكة تلبيةً لدعوة خادم الحرمين الشريفين.",
     [("VISITED", ENAYATI, RIYADH, "وصل السفير الإيراني الجديد", "2023-09-05"),
      ("VISITED", ANAZI, TEHRAN, "باشر السفير السعودي", "2023-09"),
      ("MET_WITH", KHURAIJI, ENAYATI, "واستقبل نائب وزير الخارجية", "2023-09"),
      ("MEMBER_OF", KHURAIJI, SAFM, "نائب وزير الخارجية المهندس"),
      ("MEMBER_OF", BIKDELI, IRFM, "مساعد وزير الخارجية الإيراني للشؤون القنصلية"),
      ("LOCATED_IN", "location:iranian-embassy-riyadh", RIYADH, "فتح سفارتها في الرياض"),
      ("LEADS", FAISAL, SAFM, "وزير الخارجية صاحب السمو"),
      ("VISITED", FAISAL, TEHRAN, "فيصل بن فرحان طهران", "2023-06-17"),
      ("MET_WITH", FAISAL, RAISI, "حيث التقى الرئيس", "2023-06-17"),
      ("LEADS", RAISI, IRAN, "الرئيس إبراهيم رئيسى"),
      ("MET_WITH", FAISAL, AMIRABD, "ونظيره حسين", "2023-06-17"),
      ("LEADS", AMIRABD, IRFM, "ونظيره حسين أمير"),
      ("REPORTED_BY", ANAZI, SPA, "وأفادت وكالة الأنباء السعودية"),
      ],
     {"source": "blind set (Gulf daily, Arabic sister paper)", "published": "2023-09-06"}),

    ("enHZ3_khaled_bin_salman_in_tehran", "en",
     "Saudi defence minister carries King's letter to Khamenei\n"
     "TEHRAN - Minister of Defence Prince Khaled bin Salman held talks in Tehran on Thursday with Iran's "
     "Supreme Leader Ayatollah Ali Khamenei, the most senior member of the Saudi royal family to visit the "
     "Islamic Republic in decades.\n"
     "The prince handed over a written message from the Custodian of the Two Holy Mosques King Salman bin "
     "Abdulaziz, according to the Saudi Press Agency.\n"
     "He was later received by President Masoud Pezeshkian and met the chief of staff of Iran's armed "
     "forces, Maj. Gen. Mohammad Baqeri, with whom he discussed defence cooperation.\n"
     "The visit follows a trip to Tehran in November by the Chief of General Staff of the Saudi Armed "
     "Forces, Lt. Gen. Fayyadh Al-Ruwaili, who held talks with Baqeri on possible joint naval drills.\n"
     "Iranian media reported that Prince Khaled also sat down with Foreign Minister Abbas Araghchi, but "
     "the Saudi side did not confirm the meeting.\n"
     "It came days after the first round of Omani-mediated US-Iran nuclear talks in Muscat, a process the "
     "Kingdom has said it supports.",
     [("LEADS", KBS, SADEF, "Minister of Defence Prince Khaled"),
      ("VISITED", KBS, TEHRAN, "held talks in Tehran on Thursday", "2025-04-17"),
      ("MET_WITH", KBS, KHAM, "held talks in Tehran on Thursday", "2025-04-17"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ayatollah Ali"),
      ("LEADS", SALMAN, SAUDI, "Two Holy Mosques King Salman"),
      ("REPORTED_BY", KBS, SPA, "according to the Saudi Press Agency"),
      ("MET_WITH", KBS, PEZ, "He was later received by President", "2025-04-17"),
      ("LEADS", PEZ, IRAN, "President Masoud Pezeshkian"),
      ("MET_WITH", KBS, BAGHERI, "met the chief of staff", "2025-04-17"),
      ("LEADS", BAGHERI, IRGS, "the chief of staff of Iran's armed"),
      ("VISITED", RUWAILI, TEHRAN, "a trip to Tehran in November", "2024-11"),
      ("LEADS", RUWAILI, SAGS, "Chief of General Staff of the Saudi Armed"),
      ("MET_WITH", RUWAILI, BAGHERI, "who held talks with Baqeri", "2024-11"),
      ("LEADS", ARAGHCHI, IRFM, "Foreign Minister Abbas Araghchi"),
      ],
     {"source": "blind set (Gulf daily, English)", "published": "2025-04-18"}),

    ("arHZ4_muscat_first_round", "ar",
     "مسقط تحتضن أول جولة أمريكية-إيرانية في ولاية ترامب الثانية\n"
     "مسقط - استضافت سلطنة عُمان السبت جولة محادثات غير مباشرة بين وزير الخارجية الإيراني عباس عراقجى "
     "والمبعوث الأمريكي الخاص للشرق الأوسط ستيف ويتكوف، تنقّل خلالها معالي السيد بدر بن حمد البوسعيدى، "
     "وزير الخارجية العُماني، بين قاعتين منفصلتين.\n"
     "وقالت الخارجية الإيرانية إن عراقجى وويتكوف تحادثا مباشرة لبضع دقائق بحضور الوزير العُماني عند "
     "انتهاء الجولة.\n"
     "وضمّ الوفد الإيراني نائبَي الوزير مجيد تخت روانجي وكاظم غريب آبادي، والمتحدث باسم الخارجية إسماعيل "
     "بقائي.\n"
     "ووصف البيت الأبيض المحادثات بأنها «إيجابية وبنّاءة»، فيما أعلن البوسعيدى الاتفاق على عقد جولة ثانية "
     "في 19 أبريل.\n"
     "وتأتي الجولة بعد أن سلّم المستشار الدبلوماسي لرئيس دولة الإمارات أنور قرقاش، في طهران في مارس، "
     "عراقجى رسالة من الرئيس دونالد ترامب، رفض المرشد علي خامنئي بعدها عرض التفاوض المباشر.",
     [("VISITED", ARAGHCHI, OMAN, "استضافت سلطنة عُمان السبت", "2025-04-12"),
      ("VISITED", WITKOFF, OMAN, "استضافت سلطنة عُمان السبت", "2025-04-12"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني عباس"),
      ("LEADS", BUSAIDI, OMFM, "وزير الخارجية العُماني، بين"),
      ("MET_WITH", BUSAIDI, ARAGHCHI, "تنقّل خلالها معالي", "2025-04-12"),
      ("MET_WITH", BUSAIDI, WITKOFF, "تنقّل خلالها معالي", "2025-04-12"),
      ("MET_WITH", ARAGHCHI, WITKOFF, "تحادثا مباشرة لبضع دقائق", "2025-04-12"),
      ("MEMBER_OF", TAKHT, IRFM, "نائبَي الوزير مجيد"),
      ("MEMBER_OF", GHARIB, IRFM, "وكاظم غريب آبادي"),
      ("MEMBER_OF", BAGHAEI, IRFM, "والمتحدث باسم الخارجية إسماعيل"),
      ("VISITED", GARGASH, TEHRAN, "في طهران في مارس", "2025-03-12"),
      ("MET_WITH", GARGASH, ARAGHCHI, "سلّم المستشار الدبلوماسي", "2025-03-12"),
      ("LEADS", TRUMP, USA, "الرئيس دونالد ترامب"),
      ("LEADS", KHAM, IRAN, "المرشد علي خامنئي"),
      ],
     {"source": "blind set (Gulf daily, Arabic sister paper)", "published": "2025-04-13"}),

    ("enHZ5_qatar_channel_after_udeid", "en",
     "Doha's channel to Tehran survives Al Udeid strike\n"
     "DOHA - Qatar's Prime Minister and Minister of Foreign Affairs HE Sheikh Mohammed bin Abdulrahman bin "
     "Jassim Al-Thani said on Wednesday that Doha's lines to Tehran had \"never been closed\", two days after "
     "Iranian missiles targeted Al Udeid Air Base.\n"
     "Iran said the strike was retaliation for US attacks on its nuclear facilities; Qatari air defences "
     "intercepted the missiles and no casualties were reported.\n"
     "HH the Amir Sheikh Tamim bin Hamad Al-Thani later received a phone call from President Masoud "
     "Pezeshkian, who expressed regret for the harm caused to Qatar, while US President Donald Trump "
     "credited the Amir with helping to secure a ceasefire.\n"
     "Sheikh Mohammed's diplomacy builds on years of contacts: in February he accompanied the Amir to "
     "Tehran, where the two were received by Supreme Leader Ali Khamenei.\n"
     "Dr. Majed bin Mohammed Al-Ansari, the foreign ministry's official spokesman, told reporters that "
     "Qatar \"will not allow its mediation to be held hostage\" to the escalation.",
     [("LEADS", MBAR, QGOV, "Qatar's Prime Minister and Minister"),
      ("LEADS", MBAR, QFM, "Minister of Foreign Affairs HE"),
      ("ATTACKED", IRAN, UDEID, "Iranian missiles targeted Al Udeid", "2025-06-23"),
      ("ATTACKED", USA, IRAN, "retaliation for US attacks", "2025-06-22"),
      ("LEADS", TAMIM, QATAR, "HH the Amir Sheikh Tamim"),
      ("LEADS", PEZ, IRAN, "President Masoud"),
      ("LEADS", TRUMP, USA, "US President Donald Trump"),
      ("VISITED", MBAR, TEHRAN, "he accompanied the Amir to", "2025-02-19"),
      ("VISITED", TAMIM, TEHRAN, "he accompanied the Amir to", "2025-02-19"),
      ("MET_WITH", TAMIM, KHAM, "the two were received by Supreme Leader", "2025-02-19"),
      ("MET_WITH", MBAR, KHAM, "the two were received by Supreme Leader", "2025-02-19"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ali Khamenei"),
      ("MEMBER_OF", ANSARI, QFM, "the foreign ministry's official spokesman"),
      ],
     {"source": "blind set (Gulf daily, English)", "published": "2025-06-26"}),

    ("arHZ6_larijani_in_baghdad", "ar",
     "لاريجانى في بغداد بأول مهمة خارجية منذ تعيينه أميناً للأمن القومي\n"
     "بغداد - وصل أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجانى إلى بغداد الإثنين، في أول زيارة "
     "خارجية له منذ أن عيّنه الرئيس مسعود بزشكيان في المنصب خلفاً لعلي أكبر أحمديان في الخامس من أغسطس.\n"
     "والتقى لاريجانى رئيسَ الوزراء محمد شياع السوداني، ثم وقّع مع مستشار الأمن القومي العراقي قاسم "
     "الأعرجي مذكرة تفاهم أمنية تتعلق بضبط الحدود المشتركة.\n"
     "وكان أحمديان، القائد السابق في الحرس الثوري، قد خلف علي شمخانى في مايو 2023، بعد عقد كامل أمضاه "
     "الأخير على رأس المجلس وقّع خلاله اتفاق بكين مع المملكة.\n"
     "وأفادت وكالة «إرنا» بأن أحمديان سيبقى عضواً في المجلس بصفته ممثلاً لرئيس الجمهورية.\n"
     "وكان اسم سعيد جليلي قد طُرح بين المرشحين لخلافة أحمديان، فيما نفت مصادر حكومية عراقية أن يكون "
     "لاريجانى قد التقى قادة فصائل مسلحة خلال الزيارة.",
     [("LEADS", LARIJANI, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني علي"),
      ("VISITED", LARIJANI, BAGHDAD, "إلى بغداد الإثنين", "2025-08-11"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "خلفاً لعلي أكبر أحمديان", "2025-08-05"),
      ("LEADS", PEZ, IRAN, "الرئيس مسعود بزشكيان"),
      ("MET_WITH", LARIJANI, SUD, "والتقى لاريجانى رئيسَ الوزراء", "2025-08-11"),
      ("LEADS", SUD, IQG, "رئيسَ الوزراء محمد شياع"),
      ("MET_WITH", LARIJANI, ARAJI, "ثم وقّع مع مستشار الأمن القومي", "2025-08-11"),
      ("LEADS", ARAJI, IQNSA, "مستشار الأمن القومي العراقي قاسم"),
      ("MEMBER_OF", AHMADIAN, IRGC, "القائد السابق في الحرس الثوري"),
      ("SUCCESSOR_OF", AHMADIAN, SHAM, "قد خلف علي شمخانى", "2023-05"),
      ("LEADS", SHAM, SNSC, "الأخير على رأس المجلس"),
      ("MEMBER_OF", AHMADIAN, SNSC, "سيبقى عضواً في المجلس"),
      ("REPORTED_BY", AHMADIAN, IRNA, "وأفادت وكالة «إرنا»"),
      ],
     {"source": "blind set (Gulf daily, Arabic sister paper)", "published": "2025-08-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHZ")
