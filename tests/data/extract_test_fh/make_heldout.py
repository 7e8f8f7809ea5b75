"""Blind set FH: Iran 2024-2025 as told by a Western newspaper in English and Arabic (Guardian / BBC
Arabic style): the June 2025 Israeli strikes that killed Salami, Baqeri and Hajizade, and the men named in
their place, including Shadmani's short tenure (June 2025); the first Araqchi-Witkoff round in Muscat
(April 2025); from the Raisi crash to Pezeshkian (May-July 2024); Grossi at the Isfahan conference
(May 2024); Hemmati's impeachment and Larijani's return to the security council (March-Aug 2025); the
IRGC intelligence chief Kazemi killed and replaced (June 2025).
Style: passive voice, quotes, "it is understood", new transliterations; a Mossad role alleged but not
confirmed, a resignation with no successor, an acting minister, candidates, a video call, a denied
meeting, a killing with no stated agent (the crash).
Spellings: Araqchi / عراقتشي, Baqeri / باقري, Hajizade / حاجي زاده, Pakpur, Shadmani, Witkoff / ويتكوف,
Albusaidi / بدر البوسعيدي, Grossi / غروسي, Madanizadeh.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run:
    python tests/data/extract_test_fh/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fh import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, US, OMAN = "country:iran", "country:israel", "country:united-states", "country:oman"
RAISI, AMIR, MOKH, BKANI = ("person:ebrahim-raisi", "person:hossein-amir-abdollahian",
                            "person:mohammad-mokhber", "person:ali-bagheri-kani")
KHAM, PEZ, ARA, JAL, GHAL = ("person:ali-khamenei", "person:masoud-pezeshkian", "person:abbas-araghchi",
                             "person:saeed-jalili", "person:mohammad-bagher-ghalibaf")
WIT, BUS, BAGH = "person:steve-witkoff", "person:badr-albusaidi", "person:esmaeil-baghaei"
MBAG, SAL, HAJ, RASH = ("person:mohammad-bagheri", "person:hossein-salami", "person:amir-ali-hajizadeh",
                        "person:gholam-ali-rashid")
AMOUS, PAKP, SHAD, ABD = ("person:abdolrahim-mousavi", "person:mohammad-pakpour", "person:ali-shadmani",
                          "person:ali-abdollahi")
NET, TEHR, ABBASI = "person:benjamin-netanyahu", "person:mohammad-mehdi-tehranchi", "person:fereydoun-abbasi"
GROS, ESL, KAM = "person:rafael-grossi", "person:mohammad-eslami", "person:behrouz-kamalvandi"
HEMM, MADANI, ZARIF, LARI, AHMAD = ("person:abdolnaser-hemmati", "person:ali-madanizadeh",
                                    "person:mohammad-javad-zarif", "person:ali-larijani",
                                    "person:ali-akbar-ahmadian")
KAZ, MOHAQ, KHADEMI = "person:mohammad-kazemi", "person:hassan-mohaqeq", "person:majid-khademi"
GS, IRGC, AERO, KHQ = ("organization:iranian-armed-forces-general-staff", "organization:irgc",
                       "organization:irgc-aerospace-force", "organization:khatam-al-anbiya-central-headquarters")
MFA, OMFA, IAEA, AEOI = ("organization:iranian-foreign-ministry", "organization:omani-foreign-ministry",
                         "organization:iaea", "organization:atomic-energy-organization-of-iran")
SNSC, PARL, ECON = ("organization:supreme-national-security-council", "organization:iranian-parliament",
                    "organization:iranian-economy-ministry")
IRGCINT, GUARD = "organization:irgc-intelligence-organization", "outlet:the-guardian"

ARTICLES = [
    ("enFH1_salami_baqeri_hajizade_killed", "en",
     "Iran's most senior military commanders were killed on Friday as Israel launched waves of strikes on "
     "the country's nuclear and missile sites, in what Benjamin Netanyahu called a \"targeted military "
     "operation\".\n"
     "Maj Gen Hossein Salami, commander of the Revolutionary Guards, the armed forces chief of staff "
     "Mohammad Baqeri and Amir Ali Hajizade, head of the IRGC's aerospace force, were among those killed, "
     "Iranian state media confirmed; the Israeli military said it had \"eliminated\" all three.\n"
     "Within hours Mohammad Pakpur was named to replace Salami, and Abdolrahim Mousavi took over from "
     "Baqeri as chief of staff.\n"
     "Ali Shadmani, appointed to head the Khatam al-Anbiya central headquarters after Gholam Ali Rashid was "
     "killed, was himself struck days later; he was succeeded by Ali Abdollahi.\n"
     "The nuclear scientists Mohammad Mehdi Tehranchi and Fereydoun Abbasi also died. Reports that "
     "Mossad agents operated drones from inside Iran could not be independently verified.",
     [("ATTACKED", ISRAEL, IRAN, "as Israel launched waves", "2025-06-13"),
      ("LEADS", NET, ISRAEL, "Benjamin Netanyahu called"),
      ("LEADS", SAL, IRGC, "commander of the Revolutionary Guards"),
      ("LEADS", MBAG, GS, "the armed forces chief of staff"),
      ("LEADS", HAJ, AERO, "head of the IRGC's aerospace force"),
      ("ASSASSINATED_BY", SAL, "organization:israel-defense-forces", "had \"eliminated\" all three", "2025-06-13"),
      ("ASSASSINATED_BY", MBAG, "organization:israel-defense-forces", "had \"eliminated\" all three", "2025-06-13"),
      ("ASSASSINATED_BY", HAJ, "organization:israel-defense-forces", "had \"eliminated\" all three", "2025-06-13"),
      ("SUCCESSOR_OF", PAKP, SAL, "was named to replace Salami", "2025-06-13"),
      ("LEADS", PAKP, IRGC, "was named to replace Salami"),
      ("SUCCESSOR_OF", AMOUS, MBAG, "took over from", "2025-06-13"),
      ("LEADS", AMOUS, GS, "took over from"),
      ("SUCCESSOR_OF", SHAD, RASH, "appointed to head the Khatam", "2025-06-13"),
      ("LEADS", SHAD, KHQ, "appointed to head the Khatam"),
      ("LEADS", RASH, KHQ, "after Gholam Ali Rashid was"),
      ("SUCCESSOR_OF", ABD, SHAD, "he was succeeded by", "2025-06"),
      ("LEADS", ABD, KHQ, "he was succeeded by"),
      ],
     {"source": "blind set (Guardian-style)", "published": "2025-06-13"}),

    ("arFH2_araqchi_witkoff_first_round", "ar",
     "مسقط - قال البيت الأبيض إن المبعوث الخاص ستيف ويتكوف تحدث «مباشرة» لبضع دقائق مع وزير الخارجية "
     "الإيراني عباس عراقتشي في ختام الجولة الأولى من المحادثات التي استضافتها العاصمة العمانية يوم "
     "السبت، وهي أرفع محادثات بين البلدين منذ انسحاب الرئيس دونالد ترامب من الاتفاق النووي عام 2018.\n"
     "وجرت المحادثات، وفق ما أُعلن، في قاعتين منفصلتين، وتولى وزير الخارجية العماني بدر البوسعيدي نقل "
     "الرسائل بين الوفدين بعد أن استقبل كلاً منهما على حدة.\n"
     "غير أن المتحدث باسم الخارجية الإيرانية إسماعيل بقائي نفى حصول أي اجتماع مباشر، مؤكداً أن ما جرى "
     "«تبادل تحيات» بحضور الوزير العماني.\n"
     "ووصف عراقتشي الأجواء بأنها «بنّاءة»، فيما قال ترامب للصحافيين إن الأمور «تسير على ما يرام» من دون "
     "أن يحدد موعد الجولة المقبلة.",
     [("LEADS", ARA, MFA, "وزير الخارجية الإيراني عباس"),
      ("VISITED", WIT, "location:muscat", "استضافتها العاصمة العمانية", "2025-04-12"),
      ("VISITED", ARA, "location:muscat", "استضافتها العاصمة العمانية", "2025-04-12"),
      ("LEADS", "person:donald-trump", US, "انسحاب الرئيس دونالد ترامب"),
      ("LEADS", BUS, OMFA, "وزير الخارجية العماني بدر"),
      ("MET_WITH", ARA, BUS, "استقبل كلاً منهما على حدة", "2025-04-12"),
      ("MET_WITH", BUS, WIT, "استقبل كلاً منهما على حدة", "2025-04-12"),
      ("MEMBER_OF", BAGH, MFA, "المتحدث باسم الخارجية الإيرانية"),
      ],
     {"source": "blind set (BBC Arabic-style)", "published": "2025-04-13"}),

    ("enFH3_from_raisi_crash_to_pezeshkian", "en",
     "When a helicopter carrying Ebrahim Raisi crashed into a misty mountainside in north-west Iran in "
     "May, killing the president, his foreign minister Hossein Amir-Abdollahian and six others, few "
     "expected the vote that followed to be won by a reformist.\n"
     "No foul play was found by investigators, and the duties of the presidency were assumed by the first "
     "vice-president, Mohammad Mokhber, until the election.\n"
     "Masoud Pezeshkian, a 69-year-old heart surgeon, was declared the winner on Saturday after defeating "
     "the ultra-conservative Saeed Jalili in a run-off; the parliamentary speaker, Mohammad Baqer "
     "Qalibaf, had been eliminated in the first round.\n"
     "Pezeshkian, who will succeed Raisi once his win is endorsed by the supreme leader, Ali Khamenei, "
     "told supporters at Khomeini's mausoleum that he would \"extend the hand of friendship to all\".\n"
     "He spoke by video link with his campaign staff in Tabriz, where he once studied medicine.",
     [("LEADS", RAISI, IRAN, "killing the president"),
      ("LEADS", AMIR, MFA, "his foreign minister Hossein"),
      ("SUCCESSOR_OF", MOKH, RAISI, "the duties of the presidency were assumed", "2024-05-20"),
      ("LEADS", GHAL, PARL, "the parliamentary speaker"),
      ("LEADS", KHAM, IRAN, "the supreme leader, Ali"),
      ],
     {"source": "blind set (Guardian-style)", "published": "2024-07-06"}),

    ("arFH4_grossi_isfahan_conference", "ar",
     "أصفهان - وصل المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي إلى مدينة أصفهان وسط إيران، "
     "حيث شارك في مؤتمر دولي للعلوم والتكنولوجيا النووية، في زيارة وصفها بأنها «ضرورية» لإعادة بناء "
     "الثقة.\n"
     "والتقى غروسي على هامش المؤتمر رئيس منظمة الطاقة الذرية الإيرانية محمد إسلامي، الذي قال إن "
     "طهران مستعدة «لتسوية القضايا العالقة».\n"
     "وكان غروسي قد اجتمع في طهران قبل يوم بوزير الخارجية حسين أمير عبداللهيان، بحسب ما أفادت وكالة "
     "رويترز.\n"
     "وقال المسؤول الأممي في مؤتمر صحافي إنه لم يُطلب منه زيارة منشأتي نطنز وفوردو هذه المرة، وإن لقاءً "
     "مع الرئيس إبراهيم رئيسي كان مطروحاً لكنه لم يتم.\n"
     "وأكد الناطق باسم المنظمة بهروز كمالوندي أن فرق التفتيش ستواصل عملها.",
     [("LEADS", GROS, IAEA, "المدير العام للوكالة"),
      ("VISITED", GROS, "location:isfahan", "إلى مدينة أصفهان", "2024-05-06"),
      ("LOCATED_IN", "location:isfahan", IRAN, "أصفهان وسط إيران"),
      ("MET_WITH", GROS, ESL, "والتقى غروسي على هامش", "2024-05-06"),
      ("LEADS", ESL, AEOI, "رئيس منظمة الطاقة الذرية الإيرانية محمد"),
      ("VISITED", GROS, "location:tehran", "قد اجتمع في طهران", "2024-05-05"),
      ("MET_WITH", GROS, AMIR, "قد اجتمع في طهران", "2024-05-05"),
      ("LEADS", AMIR, MFA, "بوزير الخارجية حسين"),
      ("REPORTED_BY", GROS, "outlet:reuters", "بحسب ما أفادت وكالة"),
      ("MEMBER_OF", KAM, AEOI, "الناطق باسم المنظمة"),
      ],
     {"source": "blind set (Independent Arabia-style)", "published": "2024-05-07"}),

    ("enFH5_hemmati_impeached_larijani_returns", "en",
     "Iran's economy minister, Abdolnaser Hemmati, was impeached by parliament on Sunday, as lawmakers "
     "blamed him for the collapse of the rial; 182 of 273 MPs voted to remove him.\n"
     "Hours later Mohammad Javad Zarif, the architect of the 2015 nuclear deal, stepped down as vice-"
     "president for strategic affairs, saying he had been advised to resign by the head of the judiciary. "
     "No replacement was named.\n"
     "In May, Ali Madanizadeh, an economist at Sharif University, was confirmed as Hemmati's successor.\n"
     "Months later, after the June war, President Masoud Pezeshkian appointed Ali Larijani, a former "
     "speaker, as secretary of the Supreme National Security Council, replacing Ali Akbar Ahmadian.\n"
     "Larijani, who was barred from standing in the 2024 election, met the president at the council's "
     "offices the following day, it is understood.",
     [("LEADS", HEMM, ECON, "economy minister, Abdolnaser"),
      ("MEMBER_OF", ZARIF, "organization:iranian-government", "stepped down as vice-"),
      ("LEADS", MADANI, ECON, "was confirmed as Hemmati's successor", "2025-05"),
      ("SUCCESSOR_OF", MADANI, HEMM, "was confirmed as Hemmati's successor", "2025-05"),
      ("LEADS", PEZ, IRAN, "President Masoud Pezeshkian appointed"),
      ("LEADS", LARI, SNSC, "as secretary of the Supreme", "2025-08"),
      ("SUCCESSOR_OF", LARI, AHMAD, "replacing Ali Akbar Ahmadian", "2025-08"),
      ("MET_WITH", LARI, PEZ, "met the president at the council", "2025-08"),
      ],
     {"source": "blind set (Financial Times-style)", "published": "2025-08-06"}),

    ("arFH6_kazemi_killed_khademi_named", "ar",
     "قُتل رئيس جهاز استخبارات الحرس الثوري الإيراني محمد كاظمي ونائبه حسن محقق في غارة إسرائيلية على "
     "طهران مساء الأحد، حسبما أعلن الحرس في بيان نقلته وكالة تسنيم.\n"
     "وقال الجيش الإسرائيلي إنه استهدف كاظمي ومحقق في «ضربة دقيقة»، في ثالث أيام الحملة الجوية التي "
     "بدأتها إسرائيل فجر الجمعة.\n"
     "وعُيّن اللواء مجيد خادمي، الرئيس السابق لمنظمة حماية استخبارات الحرس، خلفاً لكاظمي بعد ساعات من "
     "الإعلان عن مقتله.\n"
     "وفي السياق، اتهمت وسائل إعلام إيرانية «عملاء للموساد» بالمشاركة في اغتيال قادة آخرين، وهو ما "
     "لم تؤكده إسرائيل ولم تنفه.\n"
     "وكان كاظمي قد تولى المنصب في عام 2022، بعد إقالة حسين طائب.",
     [("LEADS", KAZ, IRGCINT, "رئيس جهاز استخبارات الحرس الثوري"),
      ("MEMBER_OF", MOHAQ, IRGCINT, "ونائبه حسن محقق"),
      ("ATTACKED", ISRAEL, "location:tehran", "في غارة إسرائيلية على", "2025-06-15"),
      ("REPORTED_BY", KAZ, "outlet:tasnim", "نقلته وكالة تسنيم"),
      ("ASSASSINATED_BY", KAZ, "organization:israel-defense-forces", "إنه استهدف كاظمي ومحقق", "2025-06-15"),
      ("ASSASSINATED_BY", MOHAQ, "organization:israel-defense-forces", "إنه استهدف كاظمي ومحقق", "2025-06-15"),
      ("SUCCESSOR_OF", KHADEMI, KAZ, "خلفاً لكاظمي", "2025-06-15"),
      ("LEADS", KHADEMI, IRGCINT, "خلفاً لكاظمي"),
      ("LEADS", KHADEMI, "organization:irgc-intelligence-protection-organization", "الرئيس السابق لمنظمة"),
      ("SUCCESSOR_OF", KAZ, "person:hossein-taeb", "بعد إقالة حسين طائب", "2022"),
      ],
     {"source": "blind set (BBC Arabic-style)", "published": "2025-06-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFH")
