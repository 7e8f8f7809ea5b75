"""Blind set GJ: Armenia-Azerbaijan talks and their mediators, Georgia's leadership and the killing of
Chechen exiles, 2019-2025, as a wire agency writes them: Charles Michel hosts Aliyev and Pashinyan
in Brussels, May 2023 (English); Putin's trilateral in Sochi, Oct 2022, and Lavrov with Bayramov
(Arabic); Blinken hosts Bayramov and Mirzoyan near Washington, May 2023 (English); Pashinyan
received by Erdogan in Istanbul and the Kilic-Rubinyan envoy track, 2022-2025 (Arabic); Krasikov,
Khangoshvili's killer, freed in the August 2024 prisoner swap, and the unclaimed killing of Mamikhan
Umarov (English); Kavelashvili succeeding Zourabichvili and Kobakhidze's visit to Baku, 2024 (Arabic).
Style: wire agency (datelines, agency credits, reported speech, "the two leaders", "سيد الكرملين");
phone calls, an expected meeting in Chisinau, a denied summit, a rumoured meeting with Fidan, a
killing with no stated agent, a state-ordered killing alleged by a court and denied by Moscow.
Spellings: Aliyev / Aliev / علييف, Pashinyan / Pashinian / باشينيان, Bayramov / بيراموف,
Mirzoyan / ميرزويان, Kilic / قليج, Kadyrov.
Written and annotated blind (extractor neither read nor run).
A DEV set (session 20): written blind, then read by the engineers. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gl2 import ALL  # noqa: E402

HERE = Path(__file__).parent

AZ, ARM, RU, TR, GEO = "country:azerbaijan", "country:armenia", "country:russia", "country:turkey", "country:georgia"
ARMGOV, AZFM, ARMFM = ("organization:armenian-government", "organization:azerbaijani-foreign-ministry",
                       "organization:armenian-foreign-ministry")
ALI, PASH, MICH, PUT = ("person:ilham-aliyev", "person:nikol-pashinyan", "person:charles-michel",
                        "person:vladimir-putin")
BLK, ERD, BAY, MIR = ("person:antony-blinken", "person:recep-tayyip-erdogan", "person:jeyhun-bayramov",
                      "person:ararat-mirzoyan")
MAMM, KILIC, RUB, HAJ = ("person:elmar-mammadyarov", "person:serdar-kilic", "person:ruben-rubinyan",
                         "person:hikmet-hajiyev")
KHAN, KRAS, KAD, UMAR = ("person:zelimkhan-khangoshvili", "person:vadim-krasikov", "person:ramzan-kadyrov",
                         "person:mamikhan-umarov")
KOB, GARI, GAKH, KAVE, ZOUR = ("person:irakli-kobakhidze", "person:irakli-garibashvili",
                               "person:giorgi-gakharia", "person:mikheil-kavelashvili",
                               "person:salome-zourabichvili")
PESK, LAV, MAC, SCH, FIDAN = ("person:dmitry-peskov", "person:sergei-lavrov", "person:emmanuel-macron",
                              "person:olaf-scholz", "person:hakan-fidan")

ARTICLES = [
    ("enGJ1_michel_brussels_trilateral", "en",
     "BRUSSELS, May 14 (Reuters) - European Council President Charles Michel hosted Azerbaijani "
     "President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan in Brussels on Sunday for "
     "more than five hours of talks, the latest round of EU-mediated diplomacy between the two "
     "neighbours.\n"
     "Michel told reporters afterwards that both leaders had confirmed their \"unequivocal "
     "commitment\" to each other's territorial integrity.\n"
     "Aliev and Pashinian also discussed border delimitation and the fate of detainees, an EU "
     "official said.\n"
     "The three men are expected to meet again on June 1 in Chisinau, together with French President "
     "Emmanuel Macron and German Chancellor Olaf Scholz.\n"
     "On Saturday U.S. Secretary of State Antony Blinken spoke by phone with Aliyev and urged him to "
     "keep the Lachin corridor open, the State Department said.\n"
     "Hikmet Hajiyev, foreign policy aide to the Azerbaijani president, said Baku was \"ready to sign "
     "a peace treaty\" but accused Yerevan of stalling, a charge Armenia rejected.",
     [("MET_WITH", MICH, ALI, "hosted Azerbaijani", "2023-05-14"),
      ("MET_WITH", MICH, PASH, "Armenian Prime Minister Nikol Pashinyan in", "2023-05-14"),
      ("MET_WITH", ALI, PASH, "five hours of talks", "2023-05-14"),
      ("LEADS", MICH, "organization:european-council", "European Council President Charles"),
      ("LEADS", ALI, AZ, "Azerbaijani President Ilham"),
      ("LEADS", PASH, ARMGOV, "Armenian Prime Minister Nikol"),
      ("VISITED", ALI, "location:brussels", "in Brussels on Sunday", "2023-05-14"),
      ("VISITED", PASH, "location:brussels", "in Brussels on Sunday", "2023-05-14"),
      ("LEADS", MAC, "country:france", "French President Emmanuel"),
      ("LEADS", SCH, "country:germany", "German Chancellor Olaf"),
      ("LEADS", BLK, "organization:us-state-department", "Secretary of State Antony"),
      ("MEMBER_OF", HAJ, "organization:azerbaijani-presidential-administration",
       "foreign policy aide to the Azerbaijani president"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2023-05-14"}),

    ("arGJ2_putin_sochi_trilateral", "ar",
     "سوتشي (روسيا) 31 أكتوبر (أ ف ب) - استقبل الرئيس الروسي فلاديمير بوتين، الاثنين، في منتجع "
     "سوتشي على البحر الأسود الرئيسَ الأذربيجاني إلهام علييف ورئيسَ الوزراء الأرميني نيكول باشينيان، "
     "في قمة ثلاثية هي الأولى منذ المعارك الحدودية الدامية في سبتمبر.\n"
     "وعقد بوتين لقاءين منفصلين مع كل من الزعيمين قبل الاجتماع الثلاثي، وفق ما أفادت وكالة تاس "
     "الرسمية.\n"
     "وقال سيد الكرملين في ختام المحادثات إن الطرفين اتفقا على \"عدم استخدام القوة\"، بينما أقرّ "
     "باشينيان بأن البيان لم يتضمن كل ما اقترحته يريفان.\n"
     "وكان وزير الخارجية سيرغي لافروف قد التقى في موسكو نظيرَه الأذربيجاني جيهون بيراموف مطلع الشهر.\n"
     "ونفى المتحدث باسم الكرملين دميتري بيسكوف أن تكون موسكو تخطط لقمة جديدة قبل نهاية العام، مشيراً "
     "إلى أن بوتين سيبقى على اتصال هاتفي بالزعيمين.",
     [("MET_WITH", PUT, ALI, "استقبل الرئيس الروسي", "2022-10-31"),
      ("MET_WITH", PUT, PASH, "ورئيسَ الوزراء الأرميني نيكول", "2022-10-31"),
      ("MET_WITH", ALI, PASH, "في قمة ثلاثية", "2022-10-31"),
      ("LEADS", PUT, RU, "الرئيس الروسي فلاديمير"),
      ("LEADS", ALI, AZ, "الرئيسَ الأذربيجاني إلهام"),
      ("LEADS", PASH, ARMGOV, "ورئيسَ الوزراء الأرميني"),
      ("VISITED", ALI, "location:sochi", "في منتجع", "2022-10-31"),
      ("VISITED", PASH, "location:sochi", "في منتجع", "2022-10-31"),
      ("REPORTED_BY", PUT, "outlet:tass", "وفق ما أفادت وكالة تاس"),
      ("LEADS", LAV, "organization:russian-foreign-ministry", "وزير الخارجية سيرغي"),
      ("MET_WITH", LAV, BAY, "قد التقى في موسكو", "2022-10"),
      ("VISITED", BAY, "location:moscow", "قد التقى في موسكو", "2022-10"),
      ("LEADS", BAY, AZFM, "نظيرَه الأذربيجاني جيهون"),
      ("MEMBER_OF", PESK, "organization:kremlin", "المتحدث باسم الكرملين"),
      ],
     {"source": "blind set (wire agency, Arabic)", "published": "2022-10-31"}),

    ("enGJ3_blinken_foreign_ministers", "en",
     "ARLINGTON, Virginia, May 4 (AP) - Secretary of State Antony Blinken wrapped up four days of talks "
     "with the foreign ministers of Armenia and Azerbaijan on Thursday, saying the two sides had made "
     "\"tangible progress\" towards a peace agreement.\n"
     "Blinken hosted Azerbaijan's Jeyhun Bayramov and Armenia's Ararat Mirzoyan at a State Department "
     "training centre outside Washington, and the two ministers also negotiated face to face without "
     "U.S. officials in the room.\n"
     "Bayramov, a former education minister, took over the foreign ministry in July 2020 from Elmar "
     "Mammadyarov, who was dismissed after President Ilham Aliyev publicly criticised him.\n"
     "Mirzoyan, speaker of parliament before becoming foreign minister in August 2021, told reporters "
     "that \"some issues remain far apart\".\n"
     "Blinken said he would stay in touch by phone with President Aliyev and Prime Minister Nikol "
     "Pashinyan; no date was set for a leaders' summit in Washington.",
     [("MET_WITH", BLK, BAY, "hosted Azerbaijan's Jeyhun", "2023-05"),
      ("MET_WITH", BLK, MIR, "Armenia's Ararat Mirzoyan at", "2023-05"),
      ("MET_WITH", BAY, MIR, "negotiated face to face", "2023-05"),
      ("LEADS", BLK, "organization:us-state-department", "Secretary of State Antony Blinken wrapped"),
      ("SUCCESSOR_OF", BAY, MAMM, "took over the foreign ministry in July 2020", "2020-07"),
      ("LEADS", BAY, AZFM, "took over the foreign ministry in July 2020"),
      ("LEADS", MIR, ARMFM, "before becoming foreign minister"),
      ("LEADS", ALI, AZ, "President Ilham Aliyev publicly"),
      ("LEADS", PASH, ARMGOV, "Prime Minister Nikol"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2023-05-04"}),

    ("arGJ4_pashinyan_erdogan_istanbul", "ar",
     "إسطنبول 20 يونيو (الأناضول) - استقبل الرئيس التركي رجب طيب أردوغان، الجمعة، رئيسَ الوزراء "
     "الأرميني نيكول باشينيان في قصر دولمة بهتشة بإسطنبول، في أول زيارة عمل يقوم بها رئيس حكومة أرميني "
     "إلى تركيا.\n"
     "وتناول اللقاء، الذي جرى بعيداً عن عدسات الصحافة، مسار تطبيع العلاقات وفتح الحدود المغلقة منذ "
     "1993، بحسب دائرة الاتصال في الرئاسة التركية.\n"
     "ويتولى ملف التطبيع منذ 2022 المبعوثان الخاصان التركي سردار قليج والأرميني روبن روبينيان، اللذان "
     "التقيا لأول مرة في موسكو في يناير من ذلك العام ثم في فيينا.\n"
     "وكان أردوغان قد أجرى قبل الزيارة اتصالاً هاتفياً بالرئيس الأذربيجاني إلهام علييف، حليفه الأقرب "
     "في المنطقة.\n"
     "ولم يُعلن عن لقاء بين باشينيان ووزير الخارجية هاكان فيدان، رغم تداول أنباء عن اجتماع محتمل على "
     "هامش الزيارة.",
     [("MET_WITH", ERD, PASH, "استقبل الرئيس التركي", "2025-06-20"),
      ("LEADS", ERD, TR, "الرئيس التركي رجب"),
      ("LEADS", PASH, ARMGOV, "رئيسَ الوزراء الأرميني نيكول"),
      ("VISITED", PASH, "location:istanbul", "في قصر دولمة بهتشة بإسطنبول", "2025-06-20"),
      ("LOCATED_IN", "location:dolmabahce-palace", "location:istanbul", "في قصر دولمة بهتشة بإسطنبول"),
      ("MET_WITH", KILIC, RUB, "التقيا لأول مرة في موسكو", "2022-01-14"),
      ("VISITED", KILIC, "location:moscow", "التقيا لأول مرة في موسكو", "2022-01-14"),
      ("VISITED", RUB, "location:moscow", "التقيا لأول مرة في موسكو", "2022-01-14"),
      ("VISITED", KILIC, "location:vienna", "ثم في فيينا", "2022"),
      ("VISITED", RUB, "location:vienna", "ثم في فيينا", "2022"),
      ("LEADS", ALI, AZ, "بالرئيس الأذربيجاني إلهام"),
      ("LEADS", FIDAN, "organization:turkish-foreign-ministry", "ووزير الخارجية هاكان"),
      ],
     {"source": "blind set (wire agency, Arabic)", "published": "2025-06-20"}),

    ("enGJ5_krasikov_swap_chechen_exiles", "en",
     "BERLIN, Aug 1 (Reuters) - Vadim Krasikov, the Russian who shot dead Georgian-born Chechen exile "
     "Zelimkhan Khangoshvili in a Berlin park in August 2019, was flown to Moscow on Thursday as part "
     "of the largest East-West prisoner exchange since the Cold War.\n"
     "A Berlin court sentenced Krasikov to life in 2021, saying he had acted on the orders of Russian "
     "state authorities, an accusation the Kremlin has always rejected.\n"
     "Khangoshvili, 40, had fought against Russian forces in the Second Chechen War and later lived in "
     "Georgia's Pankisi Gorge.\n"
     "President Vladimir Putin greeted Krasikov and the other returnees on the tarmac at Vnukovo "
     "airport late on Thursday.\n"
     "Other critics of the region's leader Ramzan Kadyrov have died abroad: blogger Mamikhan Umarov was "
     "shot dead near Vienna in July 2020, a killing for which no one has claimed responsibility. "
     "Kadyrov denied any role.",
     [("ASSASSINATED_BY", KHAN, KRAS, "who shot dead Georgian-born", "2019-08-23"),
      ("LOCATED_IN", "location:pankisi-gorge", GEO, "Georgia's Pankisi Gorge"),
      ("MET_WITH", PUT, KRAS, "greeted Krasikov", "2024-08-01"),
      ("LEADS", PUT, RU, "President Vladimir Putin greeted"),
      ("LEADS", KAD, "location:chechnya", "region's leader Ramzan"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2024-08-01"}),

    ("arGJ6_georgia_kavelashvili_kobakhidze", "ar",
     "تبليسي 29 ديسمبر (رويترز) - أدى ميخائيل كافيلاشفيلي، لاعب كرة القدم السابق ومرشح حزب الحلم "
     "الجورجي الحاكم، اليمين الدستورية الأحد رئيساً لجورجيا خلفاً لسالومي زورابيشفيلي، التي ترفض "
     "الاعتراف بشرعيته وغادرت القصر الرئاسي.\n"
     "وكان البرلمان قد صادق في فبراير الماضي على تعيين إيراكلي كوباخيدزه رئيساً للوزراء خلفاً لإيراكلي "
     "غاريباشفيلي، الذي كان قد خلف جورجي غاخاريا عام 2021.\n"
     "وفي إحدى أولى زياراته الخارجية بصفته رئيساً للحكومة، توجه كوباخيدزه إلى باكو حيث استقبله الرئيس "
     "الأذربيجاني إلهام علييف.\n"
     "كما أجرى اتصالاً هاتفياً بالرئيس التركي رجب طيب أردوغان، فيما لم يُحدَّد بعدُ موعد لقائه المرتقب "
     "مع رئيس الوزراء الأرميني نيكول باشينيان.\n"
     "ويتهم معارضون حكومته بالتقارب مع موسكو، وهو ما ينفيه الحزب الذي أسسه الملياردير بيدزينا "
     "إيفانيشفيلي.",
     [("SUCCESSOR_OF", KAVE, ZOUR, "خلفاً لسالومي", "2024-12-29"),
      ("LEADS", KAVE, GEO, "رئيساً لجورجيا"),
      ("SUCCESSOR_OF", KOB, GARI, "رئيساً للوزراء خلفاً لإيراكلي", "2024-02"),
      ("LEADS", KOB, "organization:georgian-government", "رئيساً للوزراء خلفاً لإيراكلي"),
      ("SUCCESSOR_OF", GARI, GAKH, "الذي كان قد خلف", "2021-02"),
      ("VISITED", KOB, "location:baku", "توجه كوباخيدزه إلى باكو", "2024"),
      ("MET_WITH", KOB, ALI, "حيث استقبله الرئيس", "2024"),
      ("LEADS", ALI, AZ, "الأذربيجاني إلهام علييف"),
      ("LEADS", ERD, TR, "بالرئيس التركي رجب"),
      ("LEADS", PASH, ARMGOV, "رئيس الوزراء الأرميني نيكول"),
      ],
     {"source": "blind set (wire agency, Arabic)", "published": "2024-12-29"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGJ")
