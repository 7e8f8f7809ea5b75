"""Blind set IJ: Yemen, the Houthis and the Red Sea 2023-2025 as a British broadsheet (Guardian-like)
would write it: analysis, long sentences, analysts quoted with their institution, names introduced late
in the sentence and then by surname or description.
Pieces: the first US and British strikes on the Houthis, January 2024 (English); the Israeli strike in
Sanaa that killed al-Rahawi and his ministers, August 2025 (Arabic); al-Ghumari's death confirmed and
al-Madani named, October 2025 (English); Oman's mediation of the US-Houthi truce, May 2025 (Arabic);
Grundberg's 2023 roadmap, Riyadh and Muscat (English); bin Mubarak's resignation and bin Breik (Arabic).
Excluded on purpose: a planned Shapps-Austin meeting and an unconfirmed Pentagon claim about Iranian
officers; unconfirmed Israeli reports that al-Ghamari was hit; a Houthi statement with no agent for a
death and a dismissed report of talks with Iranian officers; a denied face-to-face US-Houthi meeting; a
signing ceremony that never took place and a meeting that was never granted; a phone call from the
envoy and a visit with no date.
Spellings: Mohammed Abdul-Salam, Muhammad Abd al-Karim al-Ghumari, Rashad al-Olaimi, Mohammed al-Jabir,
Mahdi al-Mashaat, البوسعيدى.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ik import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN, OMAN, KSA, IRAN, USA, UK, ISR = ("country:yemen", "country:oman", "country:saudi-arabia", "country:iran",
                                        "country:united-states", "country:united-kingdom", "country:israel")
PLC, YGOV, YFM, YFIN = ("organization:presidential-leadership-council", "organization:yemeni-government",
                        "organization:yemeni-foreign-ministry", "organization:yemeni-finance-ministry")
HOUTHIS, HGOV, SPC, HGS = ("organization:houthis", "organization:houthi-government",
                           "organization:houthi-supreme-political-council", "organization:houthi-general-staff")
UN, OMFM, UKMOD, DOD, IDF, ISRMOD = ("organization:united-nations", "organization:omani-foreign-ministry",
                                     "organization:uk-ministry-of-defence", "organization:us-department-of-defense",
                                     "organization:israel-defense-forces", "organization:israeli-defense-ministry")
CHATHAM, SANAACTR, ICG, MEI, GIRTON = ("organization:chatham-house", "organization:sanaa-center",
                                       "organization:international-crisis-group", "organization:middle-east-institute",
                                       "organization:girton-college")
SANAA, SANAAAIR, HODEIDAH, SAADA, MUSCAT, RIYADH, ADEN, BGA = (
    "location:sanaa", "location:sanaa-international-airport", "location:hodeidah", "location:saada",
    "location:muscat", "location:riyadh", "location:aden", "location:ben-gurion-airport")
MASIRAH = "outlet:al-masirah"
ALIMI, GRUND, BREIK, MUBARAK, MAEEN = ("person:rashad-al-alimi", "person:hans-grundberg", "person:salem-bin-breik",
                                       "person:ahmed-awad-bin-mubarak", "person:maeen-abdulmalik")
SUNAK, SHAPPS, AUSTIN, ABDULSALAM, MUSLIMI = ("person:rishi-sunak", "person:grant-shapps", "person:lloyd-austin",
                                              "person:mohammed-abdulsalam", "person:farea-al-muslimi")
RAHAWI, KATZ, AMER, SHARAF, HABTOOR = ("person:ahmed-al-rahawi", "person:israel-katz", "person:jamal-amer",
                                       "person:hashem-sharaf-al-din", "person:abdulaziz-bin-habtoor")
MASHAT, MIFTAH, SHUJA, GHAMARI, MADANI = ("person:mahdi-al-mashat", "person:mohammed-miftah",
                                          "person:maysaa-shuja-al-deen", "person:mohammed-al-ghamari",
                                          "person:yousef-al-madani")
AMHOUTHI, KENDALL, BUSAIDI, TRUMP, WITKOFF, NAGI = (
    "person:abdul-malik-al-houthi", "person:elisabeth-kendall", "person:badr-albusaidi", "person:donald-trump",
    "person:steve-witkoff", "person:ahmed-nagi")
JABER, DAWSARI, ABDA, MADHAJI = ("person:mohammed-al-jaber", "person:nadwa-al-dawsari", "person:abda-sharif",
                                 "person:maged-al-madhaji")

ARTICLES = [
    ("enIJ1_us_uk_strikes_houthis", "en",
     "US and UK strike Houthi targets in Yemen as Red Sea crisis widens\n"
     "The United States and Britain launched a wave of air and missile strikes against Houthi targets across "
     "Yemen in the early hours of Friday, hitting the airport in Sanaa and military sites around the Red Sea "
     "port of Hodeidah in what Washington called a response to weeks of attacks on merchant shipping.\n"
     "The RAF Typhoons that took part had acted in self-defence, said the prime minister, Rishi Sunak, while "
     "the defence secretary, Grant Shapps, insisted that Britain was \"not seeking a confrontation\".\n"
     "The strikes would \"not go unanswered\", said the group's spokesman and chief negotiator, Mohammed "
     "Abdul-Salam, who lives in exile in the Omani capital.\n"
     "\"Bombing the Houthis makes them look like the only Arab force fighting for Gaza, which is precisely "
     "the image they want,\" said Farea al-Muslimi, a research fellow at Chatham House.\n"
     "The Houthis have seized a car carrier linked to an Israeli businessman and fired dozens of drones at "
     "ships since November, though the Pentagon's claim that Iranian officers provide real-time targeting "
     "data has not been independently confirmed.\n"
     "Shapps is due to discuss the next phase of the operation with his US counterpart, Lloyd Austin, at a "
     "Nato meeting in Brussels next week.",
     [("ATTACKED", USA, HOUTHIS, "launched a wave of air and missile strikes", "2024-01-12"),
      ("ATTACKED", UK, HOUTHIS, "launched a wave of air and missile strikes", "2024-01-12"),
      ("ATTACKED", USA, SANAAAIR, "hitting the airport in Sanaa", "2024-01-12"),
      ("ATTACKED", UK, SANAAAIR, "hitting the airport in Sanaa", "2024-01-12"),
      ("ATTACKED", USA, HODEIDAH, "port of Hodeidah in what Washington", "2024-01-12"),
      ("ATTACKED", UK, HODEIDAH, "port of Hodeidah in what Washington", "2024-01-12"),
      ("LEADS", SUNAK, UK, "the prime minister, Rishi Sunak"),
      ("LEADS", SHAPPS, UKMOD, "the defence secretary, Grant Shapps"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "the group's spokesman and chief negotiator"),
      ("MEMBER_OF", MUSLIMI, CHATHAM, "a research fellow at Chatham House"),
      ("LEADS", AUSTIN, DOD, "his US counterpart, Lloyd Austin"),
      ],
     {"source": "blind set (British broadsheet, English)", "published": "2024-01-12"}),

    ("arIJ2_sanaa_strike_rahawi_cabinet", "ar",
     "تحليل: غارة صنعاء تقطع رأس حكومة الحوثيين وتكشف عمق الاختراق\n"
     "لم يكن مقتل رئيس الوزراء في حكومة الحوثيين، أحمد غالب الرهوي، وعدد من وزرائه في غارة إسرائيلية على "
     "صنعاء يوم 28 آب/أغسطس مجرد ضربة رمزية، كما يرى كثيرون في اليمن والخليج.\n"
     "فالغارة، التي أعلن الجيش الإسرائيلي مسؤوليته عنها وتوعّد بعدها وزير الدفاع يسرائيل كاتس بالمزيد، "
     "أصابت اجتماعاً حكومياً دورياً وأودت أيضاً بوزير الخارجية جمال عامر ووزير الإعلام هاشم شرف الدين، "
     "بحسب بيان للجماعة صدر بعد يومين.\n"
     "وكان الرهوي، القادم من محافظة أبين، قد عُيّن في آب/أغسطس 2024 خلفاً لعبد العزيز بن حبتور، في حكومة "
     "لم تكن تملك قرار الحرب والسلم أصلاً.\n"
     "وسارع رئيس المجلس السياسي الأعلى، مهدي المشاط، إلى تكليف النائب الأول لرئيس الوزراء محمد مفتاح "
     "بتسيير أعمال الحكومة خلفاً للرهوي.\n"
     "وتقول ميساء شجاع الدين، الباحثة الأولى في مركز صنعاء للدراسات الاستراتيجية، إن «القرار الفعلي في "
     "صنعاء يمر عبر مكتب عبد الملك الحوثي لا عبر مجلس الوزراء، لكن الضربة تقول للجماعة إن إسرائيل تعرف أين "
     "يجتمع قادتها».\n"
     "أما التقارير الإسرائيلية التي تحدثت عن إصابة رئيس هيئة الأركان محمد الغماري في الغارة نفسها، فلم "
     "تؤكدها الجماعة ولم تنفها.",
     [("LEADS", RAHAWI, HGOV, "رئيس الوزراء في حكومة الحوثيين، أحمد"),
      ("ASSASSINATED_BY", RAHAWI, ISR, "في غارة إسرائيلية على", "2025-08-28"),
      ("ATTACKED", ISR, SANAA, "في غارة إسرائيلية على", "2025-08-28"),
      ("ASSASSINATED_BY", RAHAWI, IDF, "التي أعلن الجيش الإسرائيلي مسؤوليته", "2025-08-28"),
      ("ASSASSINATED_BY", AMER, IDF, "وأودت أيضاً بوزير الخارجية", "2025-08-28"),
      ("ASSASSINATED_BY", SHARAF, IDF, "ووزير الإعلام هاشم", "2025-08-28"),
      ("LEADS", KATZ, ISRMOD, "وزير الدفاع يسرائيل كاتس"),
      ("MEMBER_OF", AMER, HGOV, "بوزير الخارجية جمال عامر"),
      ("MEMBER_OF", SHARAF, HGOV, "ووزير الإعلام هاشم شرف الدين"),
      ("SUCCESSOR_OF", RAHAWI, HABTOOR, "خلفاً لعبد العزيز بن حبتور", "2024-08"),
      ("LEADS", HABTOOR, HGOV, "خلفاً لعبد العزيز بن حبتور"),
      ("LEADS", MASHAT, SPC, "رئيس المجلس السياسي الأعلى، مهدي"),
      ("SUCCESSOR_OF", MIFTAH, RAHAWI, "بتسيير أعمال الحكومة خلفاً للرهوي", "2025-08-30"),
      ("LEADS", MIFTAH, HGOV, "بتسيير أعمال الحكومة خلفاً للرهوي"),
      ("MEMBER_OF", MIFTAH, HGOV, "النائب الأول لرئيس الوزراء محمد"),
      ("MEMBER_OF", SHUJA, SANAACTR, "الباحثة الأولى في مركز صنعاء"),
      ],
     {"source": "blind set (British broadsheet, Arabic)", "published": "2025-08-31"}),

    ("enIJ3_ghumari_death_madani_named", "en",
     "Houthis confirm death of military chief and name hardliner as successor\n"
     "Yemen's Houthi movement has confirmed the death of its chief of staff, Muhammad Abd al-Karim "
     "al-Ghumari, more than six weeks after Israeli officials first said he had been targeted in the August "
     "strikes on Sanaa.\n"
     "A statement carried by the group's al-Masirah television on Thursday said only that the general had "
     "died \"while performing his duty\", without saying where or how, and announced that Maj Gen Yusuf "
     "Hassan al-Madani would replace him.\n"
     "Israel's defence minister, Israel Katz, wrote on X that Ghumari had died of wounds from an Israeli "
     "strike and that the group's leader, Abdul-Malik al-Houthi, would be next.\n"
     "Madani, a commander who led the fighting on the western coast and is under US sanctions, is regarded "
     "as close to the man he is now meant to protect.\n"
     "\"They lost a man who built their missile forces from scratch, but they have a deep bench and a habit "
     "of replacing commanders quietly,\" said Elisabeth Kendall, a specialist on Yemen and the mistress of "
     "Girton College, Cambridge.\n"
     "Reports in Gulf media that Madani had held talks with Iranian officers in Sanaa shortly after his "
     "appointment were dismissed as \"fantasies\" by a Houthi official.",
     [("LEADS", GHAMARI, HGS, "its chief of staff, Muhammad"),
      ("REPORTED_BY", GHAMARI, MASIRAH, "A statement carried by the group's al-Masirah"),
      ("SUCCESSOR_OF", MADANI, GHAMARI, "Hassan al-Madani would replace him", "2025-10-16"),
      ("LEADS", MADANI, HGS, "Hassan al-Madani would replace him"),
      ("ASSASSINATED_BY", GHAMARI, ISR, "died of wounds from an Israeli"),
      ("LEADS", KATZ, ISRMOD, "Israel's defence minister, Israel Katz"),
      ("LEADS", AMHOUTHI, HOUTHIS, "the group's leader, Abdul-Malik"),
      ("MEMBER_OF", KENDALL, GIRTON, "the mistress of Girton College"),
      ],
     {"source": "blind set (British broadsheet, English)", "published": "2025-10-17"}),

    ("arIJ4_oman_mediation_truce", "ar",
     "تحليل: وساطة مسقط الهادئة... كيف أوقفت عُمان الحرب الأميركية على الحوثيين ولم توقف صواريخهم\n"
     "حين أعلن وزير الخارجية العُماني بدر البوسعيدى في السادس من أيار/مايو التوصل إلى وقف لإطلاق النار بين "
     "واشنطن وجماعة الحوثي، بدا الإعلان مفاجئاً حتى لحلفاء الولايات المتحدة.\n"
     "فقبل ذلك بأيام فقط كانت الطائرات الأميركية تشن غارات شبه يومية على صنعاء وصعدة بأمر من الرئيس دونالد "
     "ترامب، في حملة بدأت منتصف آذار/مارس.\n"
     "لكن الاتفاق نضج في مسقط، بحسب دبلوماسيين، حيث استقبل البوسعيدى مراراً كبير مفاوضي الجماعة محمد عبد "
     "السلام، والتقى في نيسان/أبريل المبعوث الأميركي ستيف ويتكوف على هامش المحادثات النووية مع إيران.\n"
     "ونفى عبد السلام أن يكون وفد الجماعة قد جلس مع مسؤولين أميركيين وجهاً لوجه، مؤكداً أن الاتفاق «لا "
     "يشمل إسرائيل بأي حال».\n"
     "وبالفعل واصلت الجماعة إطلاق الصواريخ نحو إسرائيل، وكان أحدها قد سقط قرب مطار بن غوريون قبل الإعلان "
     "بيومين.\n"
     "ويقول أحمد ناجي، كبير محللي الشأن اليمني في مجموعة الأزمات الدولية، إن «عُمان لم تصنع السلام، لكنها "
     "صنعت مخرجاً يحفظ ماء وجه الطرفين».",
     [("LEADS", BUSAIDI, OMFM, "وزير الخارجية العُماني بدر"),
      ("ATTACKED", USA, SANAA, "غارات شبه يومية على صنعاء وصعدة", "2025-03"),
      ("ATTACKED", USA, SAADA, "غارات شبه يومية على صنعاء وصعدة", "2025-03"),
      ("LEADS", TRUMP, USA, "بأمر من الرئيس دونالد"),
      ("MET_WITH", BUSAIDI, ABDULSALAM, "حيث استقبل البوسعيدى مراراً", "2025"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "كبير مفاوضي الجماعة محمد"),
      ("MET_WITH", BUSAIDI, WITKOFF, "والتقى في نيسان/أبريل المبعوث", "2025-04"),
      ("VISITED", WITKOFF, MUSCAT, "والتقى في نيسان/أبريل المبعوث", "2025-04"),
      ("ATTACKED", HOUTHIS, ISR, "واصلت الجماعة إطلاق الصواريخ نحو إسرائيل", "2025"),
      ("ATTACKED", HOUTHIS, BGA, "سقط قرب مطار بن غوريون", "2025-05-04"),
      ("MEMBER_OF", NAGI, ICG, "كبير محللي الشأن اليمني في مجموعة"),
      ],
     {"source": "blind set (British broadsheet, Arabic)", "published": "2025-05-09"}),

    ("enIJ5_grundberg_roadmap_frozen", "en",
     "The roadmap that never was: how the Red Sea crisis froze Yemen's peace deal\n"
     "When the UN special envoy for Yemen, Hans Grundberg, announced on 23 December 2023 that the warring "
     "parties had committed themselves to a ceasefire and a UN-led roadmap, the path to that statement had "
     "run through Riyadh and Muscat.\n"
     "Earlier that month he had met Rashad al-Olaimi, the head of the Presidential Leadership Council, in the "
     "Saudi capital, before flying to Oman for talks with Mohammed Abdulsalam, the Houthis' chief negotiator.\n"
     "The ground had been prepared in April, when Riyadh's ambassador to Yemen, Mohammed al-Jabir, travelled "
     "to Sanaa with an Omani delegation and held talks with Mahdi al-Mashaat, the president of the Houthis' "
     "supreme political council.\n"
     "A signing ceremony in Riyadh, pencilled in for early 2024, never took place: within weeks the Houthi "
     "campaign against Red Sea shipping and the US and British strikes that followed had made it politically "
     "impossible.\n"
     "\"Saudi Arabia wanted out of Yemen, and the roadmap was its exit ticket; the Red Sea tore that ticket "
     "up,\" said Nadwa al-Dawsari, a non-resident fellow at the Middle East Institute in Washington.\n"
     "Grundberg has since shuttled between the two capitals again, but a meeting he has sought with the "
     "Houthi leader, Abdul-Malik al-Houthi, has never been granted.",
     [("MEMBER_OF", GRUND, UN, "the UN special envoy for Yemen"),
      ("MET_WITH", GRUND, ALIMI, "Earlier that month he had met Rashad", "2023-12"),
      ("LEADS", ALIMI, PLC, "the head of the Presidential Leadership Council"),
      ("VISITED", GRUND, RIYADH, "in the Saudi capital, before flying", "2023-12"),
      ("VISITED", GRUND, OMAN, "before flying to Oman for talks", "2023-12"),
      ("MET_WITH", GRUND, ABDULSALAM, "for talks with Mohammed Abdulsalam", "2023-12"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "the Houthis' chief negotiator"),
      ("VISITED", JABER, SANAA, "travelled to Sanaa with an Omani delegation", "2023-04-09"),
      ("MET_WITH", JABER, MASHAT, "held talks with Mahdi al-Mashaat", "2023-04-09"),
      ("LEADS", MASHAT, "organization:houthi-supreme-political-council",
       "the president of the Houthis' supreme political council"),
      ("MEMBER_OF", DAWSARI, MEI, "a non-resident fellow at the Middle East Institute"),
      ("LEADS", AMHOUTHI, HOUTHIS, "Houthi leader, Abdul-Malik"),
      ],
     {"source": "blind set (British broadsheet, English)", "published": "2024-12-20"}),

    ("arIJ6_bin_mubarak_resigns_bin_breik", "ar",
     "تحليل: استقالة بن مبارك... رئيس حكومة بلا صلاحيات في عدن\n"
     "لم يصمد أحمد عوض بن مبارك في رئاسة الحكومة اليمنية المعترف بها دولياً أكثر من خمسة عشر شهراً؛ ففي "
     "الثالث من أيار/مايو 2025 قدّم استقالته شاكياً من أنه مُنع من ممارسة صلاحياته الدستورية.\n"
     "وكان الدبلوماسي المخضرم، الذي شغل قبل ذلك حقيبة الخارجية وعمل سفيراً لدى واشنطن، قد عُيّن في "
     "شباط/فبراير 2024 خلفاً لمعين عبد الملك، وسط آمال بأن يعيد ترتيب العلاقة مع الرياض.\n"
     "وفي اليوم نفسه عيّن مجلس القيادة الرئاسي وزير المالية سالم صالح بن بريك رئيساً للوزراء خلفاً له، وهو "
     "تكنوقراط حضرمي قليل الظهور.\n"
     "وفي أول نشاط له بعد تعيينه، اجتمع بن بريك في عدن بالسفيرة البريطانية لدى اليمن عبدة شريف، التي وصفت "
     "اللقاء بأنه «بداية مشجعة».\n"
     "ويقول ماجد المذحجي، أحد مؤسسي مركز صنعاء للدراسات الاستراتيجية، إن «المشكلة لم تكن يوماً في اسم رئيس "
     "الوزراء، بل في مجلس رئاسي من ثمانية أعضاء لكل منهم جيشه وحساباته».\n"
     "وتلقى بن بريك في اليوم التالي اتصالاً هاتفياً من المبعوث الأممي هانس غروندبرغ، فيما لم يُعلن عن موعد "
     "لزيارة المبعوث إلى عدن.",
     [("LEADS", MUBARAK, YGOV, "في رئاسة الحكومة اليمنية المعترف"),
      ("LEADS", MUBARAK, YFM, "الذي شغل قبل ذلك حقيبة الخارجية"),
      ("SUCCESSOR_OF", MUBARAK, MAEEN, "خلفاً لمعين عبد الملك", "2024-02-05"),
      ("LEADS", MAEEN, YGOV, "خلفاً لمعين عبد الملك"),
      ("SUCCESSOR_OF", BREIK, MUBARAK, "رئيساً للوزراء خلفاً له", "2025-05-03"),
      ("LEADS", BREIK, YGOV, "رئيساً للوزراء خلفاً له"),
      ("LEADS", BREIK, YFIN, "وزير المالية سالم صالح"),
      ("MET_WITH", BREIK, ABDA, "اجتمع بن بريك في عدن", "2025-05"),
      ("MEMBER_OF", MADHAJI, SANAACTR, "أحد مؤسسي مركز صنعاء"),
      ("MEMBER_OF", GRUND, UN, "المبعوث الأممي هانس"),
      ],
     {"source": "blind set (British broadsheet, Arabic)", "published": "2025-05-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIJ")
