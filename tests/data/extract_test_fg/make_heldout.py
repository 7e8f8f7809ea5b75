"""Blind set FG: Iran 2024-2025 as told by a Gulf daily in English and Arabic (Asharq Al-Awsat style):
the Rome round of the Araghchi-Witkoff talks at the Omani embassy (April 2025); the Varzaqan crash and
the armed forces' inquiry (May-Aug 2024); Pezeshkian's swearing-in and the killing of Ismail Haniyeh in
Tehran (July 2024); the June 2025 Israeli strikes and the commanders named in place of the dead; Saudi
Defence Minister Khalid bin Salman and IAEA chief Grossi in Tehran (April 2025); the fourth Muscat round
and the cancelled sixth (May-June 2025).
Style: long Arabic sentences, reported speech, "according to sources", "informed sources told Asharq
Al-Awsat"; an accusation not confirmed by the accused, sabotage ruled out, a planned technical round, a
letter, a phone call, a cancelled round, a "likely" candidate.
Spellings: Araghchi / عراقجي, Witkoff / ويتكوف, Albusaidi / البوسعيدي, Hajizadeh / حاجي زاده, Pakpour /
باكبور, Tajani / تاياني.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run:
    python tests/data/extract_test_fg/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fh import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, US, OMAN, KSA = ("country:iran", "country:israel", "country:united-states", "country:oman",
                               "country:saudi-arabia")
RAISI, AMIR, MOKH, BKANI = ("person:ebrahim-raisi", "person:hossein-amir-abdollahian",
                            "person:mohammad-mokhber", "person:ali-bagheri-kani")
KHAM, PEZ, ARA = "person:ali-khamenei", "person:masoud-pezeshkian", "person:abbas-araghchi"
WIT, BUS, TAJ, ANTON = ("person:steve-witkoff", "person:badr-albusaidi", "person:antonio-tajani",
                        "person:michael-anton")
RAV, GHARIB = "person:majid-takht-ravanchi", "person:kazem-gharibabadi"
MBAG, SAL, HAJ, AMOUS, PAKP, MMOUS = ("person:mohammad-bagheri", "person:hossein-salami",
                                      "person:amir-ali-hajizadeh", "person:abdolrahim-mousavi",
                                      "person:mohammad-pakpour", "person:majid-mousavi")
SHAM, HAN, KBS, GROS, ESL = ("person:ali-shamkhani", "person:ismail-haniyeh", "person:khalid-bin-salman",
                             "person:rafael-grossi", "person:mohammad-eslami")
GS, IRGC, AERO = ("organization:iranian-armed-forces-general-staff", "organization:irgc",
                  "organization:irgc-aerospace-force")
MFA, OMFA, IAEA, AEOI = ("organization:iranian-foreign-ministry", "organization:omani-foreign-ministry",
                         "organization:iaea", "organization:atomic-energy-organization-of-iran")
ASH = "outlet:asharq-al-awsat"

ARTICLES = [
    ("enFG1_rome_round_omani_embassy", "en",
     "ROME - The second round of talks between Iran and the United States ended on Saturday at the "
     "Omani embassy in Rome after four hours, with Omani Foreign Minister Badr Albusaidi again carrying "
     "messages between Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff, who sat in "
     "separate rooms, according to sources familiar with the talks.\n"
     "Before the round Araghchi met his Italian counterpart Antonio Tajani, who described Italy's role as "
     "that of a host ready to facilitate.\n"
     "Albusaidi, in a post on X, said the two sides had agreed to begin technical work, and sources told "
     "Asharq Al-Awsat that expert teams headed by Deputy Foreign Minister Majid Takht-Ravanchi and "
     "Michael Anton of the State Department were expected to meet in Muscat on Wednesday.\n"
     "A third round at the level of heads of delegation is planned for the following Saturday.\n"
     "Araghchi told Iranian state television that the atmosphere had been \"constructive\", while a US "
     "official said progress had been made in \"direct and indirect\" discussions.",
     [("LOCATED_IN", "location:omani-embassy-rome", "location:rome", "Omani embassy in Rome"),
      ("VISITED", ARA, "location:omani-embassy-rome", "ended on Saturday at the", "2025-04-19"),
      ("VISITED", WIT, "location:omani-embassy-rome", "ended on Saturday at the", "2025-04-19"),
      ("LEADS", BUS, OMFA, "Omani Foreign Minister Badr"),
      ("MET_WITH", ARA, BUS, "again carrying", "2025-04-19"),
      ("MET_WITH", BUS, WIT, "again carrying", "2025-04-19"),
      ("LEADS", ARA, MFA, "Iranian Foreign Minister Abbas"),
      ("MET_WITH", ARA, TAJ, "Araghchi met his Italian", "2025-04-19"),
      ("MEMBER_OF", RAV, MFA, "Deputy Foreign Minister Majid"),
      ("MEMBER_OF", ANTON, "organization:us-state-department", "Michael Anton of the State"),
      ("REPORTED_BY", RAV, ASH, "sources told"),
      ],
     {"source": "blind set (Asharq Al-Awsat English-style)", "published": "2025-04-20"}),

    ("arFG2_crash_inquiry", "ar",
     "لندن - طهران: «الشرق الأوسط» - أعلنت هيئة الأركان العامة للقوات المسلحة الإيرانية في تقريرها "
     "الأخير أن التحقيقات في سقوط المروحية التي كانت تقلّ الرئيس إبراهيم رئيسي ووزير خارجيته حسين "
     "أمير عبداللهيان ومرافقيهما في غابات ورزقان بمحافظة أذربيجان الشرقية لم تعثر على أي أثر لعمل "
     "تخريبي، مرجعةً الحادث إلى الظروف الجوية المعقدة والضباب الكثيف.\n"
     "وكان رئيس الأركان اللواء محمد باقري قد كلّف لجنة عليا بالتحقيق، بعدما تداولت منصات قريبة من "
     "المتشددين اتهامات لإسرائيل بالوقوف وراء الحادث، وهو ما لم تعلّق عليه تل أبيب.\n"
     "وبحسب مصادر مطلعة، فإن رئيسي كان عائداً من الحدود مع أذربيجان بعدما افتتح مع الرئيس إلهام علييف "
     "سدّ قيز قلعة سي على نهر آراس، حيث عقد الرئيسان محادثات قصيرة.\n"
     "وتولى النائب الأول للرئيس محمد مخبر مهام الرئاسة بالوكالة خلفاً لرئيسي بموافقة المرشد علي "
     "خامنئي، فيما كُلّف كبير المفاوضين علي باقري كني بحقيبة الخارجية بالوكالة.",
     [("LEADS", RAISI, IRAN, "الرئيس إبراهيم رئيسي ووزير"),
      ("LEADS", AMIR, MFA, "ووزير خارجيته حسين"),
      ("LOCATED_IN", "location:varzaqan", "location:east-azerbaijan-province", "ورزقان بمحافظة أذربيجان الشرقية"),
      ("LEADS", MBAG, GS, "رئيس الأركان اللواء محمد باقري"),
      ("MET_WITH", RAISI, "person:ilham-aliyev", "حيث عقد الرئيسان محادثات قصيرة", "2024-05-19"),
      ("VISITED", RAISI, "location:qiz-qalasi-dam", "افتتح مع الرئيس إلهام علييف", "2024-05-19"),
      ("VISITED", "person:ilham-aliyev", "location:qiz-qalasi-dam", "افتتح مع الرئيس إلهام علييف", "2024-05-19"),
      ("LEADS", "person:ilham-aliyev", "country:azerbaijan", "الحدود مع أذربيجان بعدما"),
      ("SUCCESSOR_OF", MOKH, RAISI, "خلفاً لرئيسي", "2024-05-20"),
      ("LEADS", KHAM, IRAN, "بموافقة المرشد علي"),
      ("LEADS", BKANI, MFA, "بحقيبة الخارجية بالوكالة"),
      ("REPORTED_BY", MBAG, ASH, "«الشرق الأوسط»"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style Arabic)", "published": "2024-08-30"}),

    ("enFG3_pezeshkian_sworn_in_haniyeh_killed", "en",
     "DUBAI - Masoud Pezeshkian was sworn in as Iran's ninth president before parliament on Tuesday, "
     "succeeding Ebrahim Raisi, in a ceremony attended by foreign delegations including Hamas political "
     "bureau chief Ismail Haniyeh.\n"
     "Haniyeh held talks with the new president on the sidelines of the ceremony and was received earlier "
     "in the day by Supreme Leader Ali Khamenei, Iranian media said.\n"
     "Hours later, Haniyeh and one of his bodyguards were killed in a strike on a guesthouse in northern "
     "Tehran where he was staying, the Revolutionary Guards announced.\n"
     "Tehran and Hamas blamed Israel, which did not comment on the killing, and sources said a "
     "retaliation was being weighed.\n"
     "Pezeshkian, a heart surgeon backed by reformists, had defeated hardliner Saeed Jalili in the July 5 "
     "run-off.",
     [("SUCCESSOR_OF", PEZ, RAISI, "succeeding Ebrahim Raisi", "2024-07-30"),
      ("LEADS", PEZ, IRAN, "sworn in as Iran's ninth president", "2024-07-30"),
      ("LEADS", HAN, "organization:hamas", "Hamas political bureau chief"),
      ("VISITED", HAN, "location:tehran", "in northern Tehran", "2024-07-31"),
      ("MET_WITH", HAN, PEZ, "held talks with the new president", "2024-07-30"),
      ("MET_WITH", HAN, KHAM, "was received earlier", "2024-07-30"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ali Khamenei"),
      ],
     {"source": "blind set (Gulf daily English-style)", "published": "2024-07-31"}),

    ("arFG4_june_strikes_new_commanders", "ar",
     "لندن - «الشرق الأوسط» - سارع المرشد الإيراني علي خامنئي، بعد ساعات من الضربات الإسرائيلية التي "
     "استهدفت فجر الجمعة منشآت نووية وعسكرية ومنازل قادة في طهران، إلى تعيين بدلاء للقادة الذين قُتلوا، "
     "فعيّن محمد باكبور قائداً للحرس الثوري خلفاً لحسين سلامي، وعبد الرحيم موسوي رئيساً للأركان "
     "خلفاً لمحمد باقري.\n"
     "وأعلن الجيش الإسرائيلي في بيان أنه قتل سلامي وباقري وقائد القوة الجوفضائية في الحرس أمير علي حاجي "
     "زاده، الذي خلفه لاحقاً العميد مجيد موسوي، بحسب وسائل إعلام إيرانية.\n"
     "وأفادت مصادر مطلعة بأن مستشار المرشد علي شمخاني أصيب بجروح خطيرة، فيما ذكرت تقارير أولية أنه "
     "قُتل قبل أن يُنفى ذلك.\n"
     "وفي وقت لاحق، أكدت مصادر في مسقط أن الجولة السادسة من المحادثات الإيرانية - الأميركية، التي كان "
     "من المقرر عقدها الأحد، أُلغيت.",
     [("ATTACKED", ISRAEL, "location:tehran", "الضربات الإسرائيلية التي", "2025-06-13"),
      ("LEADS", KHAM, IRAN, "المرشد الإيراني علي خامنئي"),
      ("LEADS", PAKP, IRGC, "باكبور قائداً للحرس الثوري"),
      ("SUCCESSOR_OF", PAKP, SAL, "خلفاً لحسين سلامي", "2025-06-13"),
      ("LEADS", AMOUS, GS, "موسوي رئيساً للأركان"),
      ("SUCCESSOR_OF", AMOUS, MBAG, "خلفاً لمحمد باقري", "2025-06-13"),
      ("ASSASSINATED_BY", SAL, "organization:israel-defense-forces", "أنه قتل سلامي وباقري", "2025-06-13"),
      ("ASSASSINATED_BY", MBAG, "organization:israel-defense-forces", "أنه قتل سلامي وباقري", "2025-06-13"),
      ("ASSASSINATED_BY", HAJ, "organization:israel-defense-forces", "أنه قتل سلامي وباقري", "2025-06-13"),
      ("LEADS", HAJ, AERO, "وقائد القوة الجوفضائية"),
      ("SUCCESSOR_OF", MMOUS, HAJ, "الذي خلفه لاحقاً", "2025-06"),
      ("LEADS", MMOUS, AERO, "الذي خلفه لاحقاً"),
      ("REPORTED_BY", PAKP, ASH, "لندن - «الشرق الأوسط» -"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style Arabic)", "published": "2025-06-14"}),

    ("enFG5_khalid_bin_salman_grossi_tehran", "en",
     "RIYADH - Saudi Defense Minister Prince Khalid bin Salman was received in Tehran on Thursday by "
     "Supreme Leader Ali Khamenei, to whom he handed a letter from King Salman, the Saudi Press Agency "
     "reported, in the highest-level Saudi visit to Iran in decades.\n"
     "The prince also held talks with President Masoud Pezeshkian and with Armed Forces Chief of Staff "
     "Mohammad Bagheri, who had spoken to him by phone last year.\n"
     "The visit coincided with a trip by International Atomic Energy Agency chief Rafael Grossi, who met "
     "Foreign Minister Abbas Araghchi on Wednesday and Atomic Energy Organization head Mohammad Eslami on "
     "Thursday.\n"
     "According to diplomatic sources, Grossi sought a role for the agency in verifying any deal reached "
     "in the Omani-mediated talks, and was not expected to visit Rome for the next round.",
     [("LEADS", KBS, "organization:saudi-defence-ministry", "Saudi Defense Minister Prince"),
      ("VISITED", KBS, "location:tehran", "was received in Tehran", "2025-04-17"),
      ("MET_WITH", KBS, KHAM, "was received in Tehran", "2025-04-17"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ali Khamenei, to whom"),
      ("REPORTED_BY", KBS, "outlet:saudi-press-agency", "the Saudi Press Agency"),
      ("MET_WITH", KBS, PEZ, "held talks with President", "2025-04-17"),
      ("MET_WITH", KBS, MBAG, "and with Armed Forces Chief", "2025-04-17"),
      ("LEADS", MBAG, GS, "and with Armed Forces Chief"),
      ("LEADS", GROS, IAEA, "Energy Agency chief Rafael"),
      ("MET_WITH", GROS, ARA, "who met Foreign Minister", "2025-04-16"),
      ("MET_WITH", GROS, ESL, "Organization head Mohammad", "2025-04-17"),
      ("LEADS", ESL, AEOI, "Organization head Mohammad"),
      ],
     {"source": "blind set (Arab News-style)", "published": "2025-04-18"}),

    ("arFG6_fourth_round_muscat", "ar",
     "مسقط - «الشرق الأوسط» - اختُتمت في العاصمة العمانية، الأحد، الجولة الرابعة من المحادثات غير "
     "المباشرة بين إيران والولايات المتحدة، التي ترأس وفديها وزير الخارجية الإيراني عباس عراقجي "
     "والمبعوث الأميركي الخاص ستيف ويتكوف، بوساطة وزير الخارجية العماني بدر البوسعيدي.\n"
     "وقال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن عراقجي التقى البوسعيدي قبل انطلاق "
     "الجولة، وإن الرسائل نُقلت بين الوفدين اللذين جلسا في قاعتين منفصلتين.\n"
     "ونقلت مصادر مطلعة أن ويتكوف اجتمع بالوزير العماني مرتين، وأن الجانب الأميركي تمسك بمطلب «صفر "
     "تخصيب»، في حين أكد عراقجي في اتصال هاتفي لاحق مع نظيره القطري أن التخصيب «غير قابل للتفاوض».\n"
     "وأشارت المصادر إلى أن نائب الوزير كاظم غريب آبادي قد ينضم إلى الجولة المقبلة، التي لم يُحدد "
     "موعدها بعد.",
     [("VISITED", ARA, "location:muscat", "اختُتمت في العاصمة العمانية", "2025-05-11"),
      ("VISITED", WIT, "location:muscat", "اختُتمت في العاصمة العمانية", "2025-05-11"),
      ("LEADS", ARA, MFA, "وزير الخارجية الإيراني عباس"),
      ("LEADS", BUS, OMFA, "وزير الخارجية العماني بدر"),
      ("MEMBER_OF", "person:esmaeil-baghaei", MFA, "المتحدث باسم الخارجية الإيرانية"),
      ("MET_WITH", ARA, BUS, "عراقجي التقى البوسعيدي", "2025-05-11"),
      ("MET_WITH", BUS, WIT, "ويتكوف اجتمع بالوزير العماني", "2025-05-11"),
      ("MEMBER_OF", GHARIB, MFA, "نائب الوزير كاظم"),
      ("REPORTED_BY", ARA, ASH, "مسقط - «الشرق الأوسط» -"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style Arabic)", "published": "2025-05-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFG")
