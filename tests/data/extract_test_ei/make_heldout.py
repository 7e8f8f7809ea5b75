"""Blind set EI: strikes, visits and successions in Iraq, 2022-2024: the U.S. drone strike on a
PMF headquarters that killed Nujaba's Abu Taqwa, claimed by the Pentagon (Reuters-style, Jan
2024); Qaani in Erbil and Pirmam with the Barzanis, Mirani and, in Sulaymaniyah, Bafel Talabani,
after the IRGC missile strike on Erbil (Al Arabiya-style, 2024); Kirkuk's new governor Rebwar
Taha replacing Rakan al-Jabouri, with Nineveh and Duhok successions (Shafaq News-style, Aug
2024); al-Sudani's new ministers taking over from their predecessors, and a handover without a
meeting (Alhurra-style, Oct 2022); Qa'ani at Baghdad airport with Kataib Hezbollah and Nujaba
leaders after Tower 22, no meeting with al-Soudani, and the Abu Baqir al-Saadi strike (Middle
East Eye-style, Feb 2024); Abu Fadak in Tehran with Salami, Qaani and Bagheri, no meeting with
Khamenei (Shafaq News-style, 2023).
Style: en/ar alternating; killings with a claimed agent; accusations denied; requested meetings
that did not happen; chains of predecessors; attendance at a meeting. Spellings: Qa'ani,
قآاني/قاآني, al-Saeedi (Mushtaq Taleb al-Saidi), al-Soudani, Khazaali not used here.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ei/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ej import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAN, IRQ = "country:united-states", "country:iran", "country:iraq"
QAA, SOL, MUH = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
KAD, SUD, FUH = "person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani", "person:fuad-hussein"
MBA, NBA, MSB, BAF = ("person:masoud-barzani", "person:nechirvan-barzani", "person:masrour-barzani",
                      "person:bafel-talabani")
ABQ, ABT, AFK = "person:abu-baqir-al-saadi", "person:mushtaq-taleb-al-saidi", "person:abdul-aziz-al-muhammadawi"
HAM, KAA = "person:ahmad-al-hamidawi", "person:akram-al-kaabi"
QF, KH, PMF, NUJ, IRGC = ("organization:quds-force", "organization:kataib-hezbollah",
                          "organization:popular-mobilization-forces", "organization:harakat-al-nujaba",
                          "organization:irgc")
GOV, IRI = "organization:iraqi-government", "organization:islamic-resistance-in-iraq"
KDP, PUK = "organization:kurdistan-democratic-party", "organization:patriotic-union-of-kurdistan"
BGD, ERB, SUL, KRK = "location:baghdad", "location:erbil", "location:sulaymaniyah", "location:kirkuk"
SHM, GHN, ABB, INAD = ("person:abdul-amir-al-shammari", "person:othman-al-ghanimi",
                       "person:thabet-al-abbasi", "person:juma-inad")
TAHA, RAK = "person:rebwar-taha", "person:rakan-al-jabouri"

ARTICLES = [
    ("enEI1_abu_taqwa_strike", "en",
     "BAGHDAD, Jan 4 (Reuters) - A U.S. drone strike on a headquarters of Iraq's Popular "
     "Mobilization Forces in eastern Baghdad on Thursday killed Mushtaq Taleb al-Saeedi, a senior "
     "commander of the Harakat al-Nujaba militia known as Abu Taqwa, and one of his aides, security "
     "sources said. Interior Ministry spokesman Brig. Gen. Miqdad Miri said the vehicle was hit "
     "inside the compound on Palestine Street.\n"
     "Pentagon press secretary Maj. Gen. Pat Ryder said U.S. forces had taken \"necessary and "
     "proportionate action\" against Saeedi, whom he accused of planning attacks on American "
     "personnel.\n"
     "The office of Prime Minister Mohammed Shia al-Sudani condemned the strike as an unjustified "
     "aggression. Sudani had met U.S. Ambassador Alina Romanowski only days earlier and told her that "
     "attacks on the embassy were unacceptable.\n"
     "Nujaba's leader Akram al-Kaabi vowed revenge. The group belongs to the Islamic Resistance in "
     "Iraq, a coalition of Iran-backed factions that has claimed more than 100 attacks on U.S. forces "
     "in Iraq and Syria since October.",
     [("ASSASSINATED_BY", ABT, US, "A U.S. drone strike on a headquarters", "2024-01-04"),
      ("ATTACKED", US, PMF, "A U.S. drone strike on a headquarters", "2024-01-04"),
      ("MEMBER_OF", ABT, NUJ, "a senior commander of the Harakat"),
      ("MEMBER_OF", "person:miqdad-miri", "organization:iraqi-interior-ministry", "Interior Ministry spokesman"),
      ("LOCATED_IN", "location:palestine-street", BGD, "compound on Palestine Street"),
      ("MEMBER_OF", "person:pat-ryder", "organization:us-department-of-defense", "Pentagon press secretary"),
      ("LEADS", SUD, GOV, "The office of Prime Minister"),
      ("MET_WITH", SUD, "person:alina-romanowski", "Sudani had met U.S. Ambassador", "2023-12"),
      ("LEADS", KAA, NUJ, "Nujaba's leader Akram"),
      ("PART_OF", NUJ, IRI, "The group belongs to the Islamic"),
      ("SUPPORTS", IRAN, IRI, "a coalition of Iran-backed factions"),
      ("ATTACKED", IRI, US, "claimed more than 100 attacks", "2023-10"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-01-04"}),

    ("arEI2_qaani_erbil_pirmam", "ar",
     "أربيل - العربية.نت - قالت مصادر كردية مطلعة إن قائد فيلق القدس في الحرس الثوري الإيراني "
     "إسماعيل قآاني وصل إلى أربيل مساء السبت في زيارة غير معلنة، والتقى زعيم الحزب الديمقراطي "
     "الكردستاني مسعود بارزاني في مصيف بيرمام.\n"
     "وبحث قآاني مع بارزاني ملف الحكومة الاتحادية و\"التهديدات\" التي تقول طهران إنها تنطلق من "
     "الإقليم. وحضر اللقاء رئيس الإقليم نيجيرفان بارزاني، بينما لم يشارك فيه رئيس حكومة الإقليم "
     "مسرور بارزاني الذي كان خارج البلاد.\n"
     "ولاحقاً اجتمع الجنرال الإيراني بالقيادي في الحزب فاضل ميراني، قبل أن يتوجه إلى السليمانية "
     "حيث أجرى مباحثات مع رئيس الاتحاد الوطني الكردستاني بافل طالباني.\n"
     "ونفى المتحدث باسم الحزب الديمقراطي محمود محمد أن تكون الزيارة قد تناولت \"أي ضمانات "
     "أمنية\"، وقال كفاح محمود، المستشار الإعلامي لزعيم الحزب، للعربية إن اللقاء كان \"ودياً\".\n"
     "وتأتي الزيارة بعد أشهر من قصف الحرس الثوري بصواريخ باليستية منزلاً في أربيل قال إنه "
     "\"مقر للموساد\"، وهو ما نفته حكومة الإقليم.",
     [("LEADS", QAA, QF, "قائد فيلق القدس في الحرس"),
      ("PART_OF", QF, IRGC, "قائد فيلق القدس في الحرس"),
      ("VISITED", QAA, ERB, "وصل إلى أربيل مساء السبت", "2024"),
      ("MET_WITH", QAA, MBA, "والتقى زعيم الحزب", "2024"),
      ("LEADS", MBA, KDP, "زعيم الحزب الديمقراطي"),
      ("VISITED", QAA, "location:pirmam", "في مصيف بيرمام", "2024"),
      ("MET_WITH", NBA, QAA, "وحضر اللقاء رئيس الإقليم", "2024"),
      ("MET_WITH", NBA, MBA, "وحضر اللقاء رئيس الإقليم", "2024"),
      ("LEADS", NBA, "organization:kurdistan-region-presidency", "رئيس الإقليم نيجيرفان"),
      ("LEADS", MSB, "organization:kurdistan-regional-government", "رئيس حكومة الإقليم مسرور"),
      ("MET_WITH", QAA, "person:fazil-mirani", "ولاحقاً اجتمع الجنرال الإيراني", "2024"),
      ("MEMBER_OF", "person:fazil-mirani", KDP, "بالقيادي في الحزب فاضل"),
      ("VISITED", QAA, SUL, "قبل أن يتوجه إلى السليمانية", "2024"),
      ("MET_WITH", QAA, BAF, "حيث أجرى مباحثات مع رئيس", "2024"),
      ("LEADS", BAF, PUK, "رئيس الاتحاد الوطني الكردستاني"),
      ("MEMBER_OF", "person:mahmoud-mohammed", KDP, "المتحدث باسم الحزب الديمقراطي محمود"),
      ("REPORTED_BY", "person:kifah-mahmoud", "outlet:al-arabiya", "المستشار الإعلامي لزعيم الحزب، للعربية"),
      ("ATTACKED", IRGC, ERB, "قصف الحرس الثوري بصواريخ", "2024-01-15"),
      ],
     {"source": "blind set (Al Arabiya-style)", "published": "2024-05"}),

    ("enEI3_kirkuk_new_governor", "en",
     "KIRKUK (Shafaq News) - Rebwar Taha, a Patriotic Union of Kurdistan politician, was elected "
     "governor of Kirkuk on Saturday at a session of the provincial council held in a Baghdad hotel, "
     "replacing acting governor Rakan Saeed al-Jabouri, who had run the province since 2017.\n"
     "The vote came after months of deadlock following December's provincial elections. The "
     "Kurdistan Democratic Party, which boycotted the session, called it illegal.\n"
     "Taha was received on Sunday by Prime Minister Mohammed Shia al-Soudani, who congratulated him "
     "and urged him to serve all of Kirkuk's communities. He then flew to Sulaymaniyah and met PUK "
     "leader Bafel Talabani.\n"
     "Jabouri had himself been appointed in October 2017 to replace Kurdish governor Najmaldin Karim, "
     "who was dismissed after the Kurdish independence referendum.\n"
     "Elsewhere, Abdul Qadir al-Dakhil took office as governor of Nineveh in June, succeeding Najm "
     "al-Jubouri, while in the Kurdistan Region Duhok has been run since 2019 by Ali Tatar, who "
     "replaced Farhad Atrushi.",
     [("MEMBER_OF", TAHA, PUK, "a Patriotic Union of Kurdistan politician"),
      ("LEADS", TAHA, KRK, "governor of Kirkuk on Saturday"),
      ("SUCCESSOR_OF", TAHA, RAK, "replacing acting governor Rakan", "2024-08-10"),
      ("LEADS", RAK, KRK, "who had run the province since 2017"),
      ("MET_WITH", TAHA, SUD, "Taha was received on Sunday", "2024-08-11"),
      ("LEADS", SUD, GOV, "by Prime Minister Mohammed"),
      ("VISITED", TAHA, SUL, "He then flew to Sulaymaniyah", "2024-08"),
      ("MET_WITH", TAHA, BAF, "met PUK leader Bafel", "2024-08"),
      ("LEADS", BAF, PUK, "PUK leader Bafel"),
      ("SUCCESSOR_OF", RAK, "person:najmaldin-karim", "to replace Kurdish governor", "2017-10"),
      ("LEADS", "person:najmaldin-karim", KRK, "Kurdish governor Najmaldin"),
      ("SUCCESSOR_OF", "person:abdul-qadir-al-dakhil", "person:najm-al-jubouri", "succeeding Najm", "2024-06"),
      ("LEADS", "person:abdul-qadir-al-dakhil", "location:nineveh", "as governor of Nineveh"),
      ("LEADS", "person:ali-tatar", "location:duhok", "by Ali Tatar"),
      ("SUCCESSOR_OF", "person:ali-tatar", "person:farhad-atrushi", "who replaced Farhad", "2019"),
      ("LOCATED_IN", "location:duhok", "location:kurdistan-region", "in the Kurdistan Region Duhok"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2024-08-11"}),

    ("arEI4_sudani_ministers_handover", "ar",
     "بغداد - الحرة - تسلّم وزير الداخلية الجديد عبد الأمير الشمري، الاثنين، مهامه رسمياً من سلفه "
     "عثمان الغانمي خلال مراسم في مقر الوزارة، بعد أيام من نيل حكومة محمد شياع السوداني ثقة "
     "البرلمان.\n"
     "وفي وزارة الدفاع، حلّ ثابت العباسي محل جمعة عناد، فيما احتفظ فؤاد حسين بحقيبة الخارجية، "
     "وتولى حيان عبد الغني وزارة النفط بعد إحسان عبد الجبار. كما تسلم أثير الغريري وزارة التجارة "
     "خلفاً لعلاء الجبوري.\n"
     "واستقبل السوداني في مكتبه وزيري الداخلية والدفاع الجديدين، ووجّههما بـ\"حصر السلاح بيد "
     "الدولة\". ولم يلتقِ رئيس الوزراء السابق مصطفى الكاظمي خلفه في مراسم التسليم، واكتفى ببرقية "
     "تهنئة، بحسب مكتبه.\n"
     "وكان السوداني قد خلف الكاظمي في رئاسة الحكومة بعد عام من الانسداد السياسي أعقب انتخابات "
     "تشرين الأول 2021، وانسحاب نواب الكتلة الصدرية من البرلمان بأمر من زعيم التيار مقتدى الصدر.",
     [("LEADS", SHM, "organization:iraqi-interior-ministry", "وزير الداخلية الجديد عبد"),
      ("SUCCESSOR_OF", SHM, GHN, "مهامه رسمياً من سلفه", "2022-10-31"),
      ("LEADS", SUD, GOV, "حكومة محمد شياع"),
      ("LEADS", ABB, "organization:iraqi-defense-ministry", "وفي وزارة الدفاع"),
      ("SUCCESSOR_OF", ABB, INAD, "حلّ ثابت العباسي محل", "2022-10"),
      ("LEADS", FUH, "organization:iraqi-foreign-ministry", "بحقيبة الخارجية"),
      ("LEADS", "person:hayan-abdul-ghani", "organization:iraqi-oil-ministry", "وتولى حيان عبد الغني"),
      ("SUCCESSOR_OF", "person:hayan-abdul-ghani", "person:ihsan-abdul-jabbar", "وزارة النفط بعد", "2022-10"),
      ("LEADS", "person:atheer-al-ghurairy", "organization:iraqi-trade-ministry", "كما تسلم أثير"),
      ("SUCCESSOR_OF", "person:atheer-al-ghurairy", "person:alaa-al-jubouri", "خلفاً لعلاء", "2022-10"),
      ("MET_WITH", SUD, SHM, "واستقبل السوداني في مكتبه", "2022-10-31"),
      ("MET_WITH", SUD, ABB, "واستقبل السوداني في مكتبه", "2022-10-31"),
      ("LEADS", KAD, GOV, "رئيس الوزراء السابق مصطفى"),
      ("SUCCESSOR_OF", SUD, KAD, "وكان السوداني قد خلف", "2022-10-27"),
      ("WITHDREW_FROM", "organization:sadrist-bloc", "organization:iraqi-parliament", "وانسحاب نواب الكتلة", "2022-06"),
      ("LEADS", "person:muqtada-al-sadr", "organization:sadrist-movement", "زعيم التيار مقتدى"),
      ],
     {"source": "blind set (Alhurra-style)", "published": "2022-10-31"}),

    ("enEI5_qaani_airport_after_tower22", "en",
     "Esmail Qa'ani, the head of the Quds Force of Iran's Revolutionary Guards, flew into Baghdad "
     "airport on Monday and met Kataib Hezbollah's secretary-general, Ahmed al-Hamidawi, and Nujaba "
     "chief Akram al-Kaabi, urging them to halt attacks on US troops after a drone killed three "
     "American soldiers at the Tower 22 outpost in Jordan, Iraqi sources told Middle East Eye.\n"
     "Kataib Hezbollah announced a suspension of its operations the next day. Nujaba rejected the "
     "truce, and its spokesman Hussein al-Mousawi told MEE the group would fight on.\n"
     "Qa'ani had asked to see Prime Minister Mohammed al-Soudani, but Soudani's office said no meeting "
     "took place. Washington blamed the Tower 22 attack on the Islamic Resistance in Iraq; Tehran "
     "denied any role.\n"
     "On 7 February, a US strike in Baghdad killed Kataib Hezbollah commander Abu Baqir al-Saadi. "
     "The Pentagon said he had been directly involved in planning attacks on US forces.",
     [("LEADS", QAA, QF, "the head of the Quds Force"),
      ("PART_OF", QF, IRGC, "Quds Force of Iran's Revolutionary Guards"),
      ("VISITED", QAA, "location:baghdad-international-airport", "flew into Baghdad", "2024-01-29"),
      ("MET_WITH", QAA, HAM, "airport on Monday and met", "2024-01-29"),
      ("MET_WITH", QAA, KAA, "airport on Monday and met", "2024-01-29"),
      ("LEADS", HAM, KH, "Kataib Hezbollah's secretary-general"),
      ("LEADS", KAA, NUJ, "Nujaba chief Akram"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "Tower 22 outpost in Jordan"),
      ("MEMBER_OF", "person:hussein-al-mousawi", NUJ, "its spokesman Hussein"),
      ("REPORTED_BY", "person:hussein-al-mousawi", "outlet:middle-east-eye", "al-Mousawi told MEE"),
      ("LEADS", SUD, GOV, "Prime Minister Mohammed al-Soudani"),
      ("ASSASSINATED_BY", ABQ, US, "a US strike in Baghdad killed", "2024-02-07"),
      ("MEMBER_OF", ABQ, KH, "Kataib Hezbollah commander Abu"),
      ],
     {"source": "blind set (Middle East Eye-style)", "published": "2024-02-08"}),

    ("arEI6_abu_fadak_in_tehran", "ar",
     "طهران - شفق نيوز - أجرى رئيس أركان هيئة الحشد الشعبي عبد العزيز المحمداوي، المعروف بأبي فدك، "
     "مباحثات في طهران مع قائد الحرس الثوري اللواء حسين سلامي، تناولت \"تجربة الحشد\" وسبل تطوير "
     "قدراته، بحسب وكالة تسنيم.\n"
     "كما التقى المحمداوي قائد فيلق القدس العميد إسماعيل قاآني ورئيس هيئة الأركان العامة للقوات "
     "المسلحة الإيرانية اللواء محمد باقري، ولم تشر الوكالة إلى لقاء مع المرشد علي خامنئي. وكان في "
     "استقباله لدى وصوله سفير العراق في طهران نصير عبد المحسن.\n"
     "ويشغل أبو فدك منصبه منذ شباط 2020، حين اختارته الهيئة خليفةً لأبي مهدي المهندس الذي قُتل مع "
     "قاسم سليماني في ضربة أميركية قرب مطار بغداد. وكانت كتائب حزب الله قد رشحته للمنصب، وهو من "
     "قادتها القدامى.",
     [("MEMBER_OF", AFK, PMF, "رئيس أركان هيئة الحشد"),
      ("VISITED", AFK, "location:tehran", "مباحثات في طهران", "2023"),
      ("MET_WITH", AFK, "person:hossein-salami", "أجرى رئيس أركان", "2023"),
      ("LEADS", "person:hossein-salami", IRGC, "قائد الحرس الثوري اللواء"),
      ("MET_WITH", AFK, QAA, "كما التقى المحمداوي", "2023"),
      ("MET_WITH", AFK, "person:mohammad-bagheri", "كما التقى المحمداوي", "2023"),
      ("LEADS", QAA, QF, "قائد فيلق القدس العميد"),
      ("LEADS", "person:mohammad-bagheri", "organization:iranian-armed-forces-general-staff",
       "ورئيس هيئة الأركان العامة"),
      ("LEADS", "person:ali-khamenei", IRAN, "المرشد علي"),
      ("MET_WITH", AFK, "person:naseer-abdul-mohsen", "استقباله لدى وصوله", "2023"),
      ("SUCCESSOR_OF", AFK, MUH, "خليفةً لأبي مهدي", "2020-02"),
      ("ASSASSINATED_BY", MUH, US, "في ضربة أميركية قرب", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, US, "في ضربة أميركية قرب", "2020-01-03"),
      ("MEMBER_OF", AFK, KH, "وهو من قادتها القدامى"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2023-09"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEI")
