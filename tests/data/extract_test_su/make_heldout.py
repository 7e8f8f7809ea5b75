"""Blind set SU: Afghanistan 2019-2021 (first folder of SU-SV): Zalmay Khalilzad's first meeting with Mullah
Abdul Ghani Baradar in Doha after Baradar took over the Taliban's political office (February 2019), Donald
Trump's cancelled Camp David meeting and the Taliban delegation in Moscow (September 2019), the opening of the
intra-Afghan talks in Doha with Mike Pompeo (September 2020), Ashraf Ghani's flight and the Kabul
consultations of Karzai and Abdullah with Anas Haqqani (August 2021), the caretaker cabinet and the Qatari
foreign minister in Kabul (September 2021), Khalilzad's resignation and Thomas West's appointment (October
2021), as a British wire writes it in English (Reuters-like: "DOHA (Reuters) -"), a Qatari TV channel's
Arabic website (Al Jazeera Net-like: "الدوحة - الجزيرة نت"), a US wire in English (AP-like: "DOHA, Qatar
(AP) —"), a London-based Saudi daily in Arabic (Asharq Al-Awsat-like: "كابل: «الشرق الأوسط»"), a Kabul TV
channel's English website (TOLOnews-like: "the Islamic Emirate", "IEA") and a French wire in Arabic (AFP
Arabic-like: "واشنطن (أ ف ب) -").
Pieces: Khalilzad meets Baradar, who took over the political office from Stanikzai; Khalilzad had met Bajwa
in Rawalpindi (English, SU1); Trump cancels Camp David; Khalilzad had met Baradar's delegation in Doha and Ghani
in Kabul; Stanikzai meets Kabulov in Moscow (Arabic, SU2); Pompeo meets Baradar and Abdullah separately;
Abdul Hakim Haqqani replaced Stanikzai as chief negotiator (English, SU3); Ghani's flight; Karzai and Abdullah
meet Anas Haqqani; Baradar back in Kandahar (Arabic, SU4); the caretaker cabinet; Hibatullah succeeded
Mansour, killed by a US drone; the Qatari foreign minister meets Akhund, then Karzai and Abdullah (English,
SU5); West to succeed Khalilzad; West and Cohen met Muttaqi's delegation in Doha (Arabic, SU6).
Excluded on purpose (no relation): the Islamabad meeting that was called off, Ghani's phone call with
Khalilzad (SU1); the Camp David meetings that never took place, the soldier killed in the Kabul bombing
(unnamed) (SU2); Ghani's phone call to the Emir of Qatar (SU3); Amrullah Saleh who "declared himself" caretaker
president (a claim, not a succession), the expected Karzai-Baradar meeting (SU4); Hibatullah who "has not
been seen in public" (SU5); the reported, unconfirmed Burns-Baradar meeting in Kabul (SU6).
Judgement calls: "taking over from" at the head of the political office is a succession (SU1); "held talks
in Rawalpindi with" is an in-person meeting (as SQ's "after talks in Jerusalem with") (SU1); "concluded the
ninth round of negotiations with the movement's delegation headed by Baradar" is a meeting with Baradar (SU2);
"met separately with" two people: two meetings, the two not paired (SU3); the Qatari minister "met" Karzai and
Abdullah at Karzai's residence: one meeting of the three, the two guests paired too (as SQ3's Sarkis and
Wazzan) (SU5); "replaced ... as chief negotiator"
is a succession (SU3); Karzai and Abdullah meeting Anas Haqqani together: a meeting of the three (SU4);
"succeeded Mullah Akhtar Mohammad Mansour, who was killed in a US drone strike" gives the succession and
Mansour -> United States (SU5); an acting prime minister LEADS the country (SU5); "على أن يخلفه نائبه" in the
announcement of the resignation is a succession (SU6); the US delegation of Cohen with West in it meeting
Muttaqi's delegation: a meeting of the three, the two Americans paired too (as SQ3's Habib and Draper) (SU6).
Filled in for the exercise: the wording of Khalilzad's message, the date of the Rawalpindi talks and of the
phone call (SU1); the wording of the Taliban statement, the date of the Kabul meeting with Ghani (SU2); the
wording of Baradar's and Abdullah's remarks (SU3); the hour and the wording of the statements (SU4); the
wording of the cabinet announcement, the order of the Qatari minister's meetings (SU5); the wording of the
statements and of the letter (SU6).
Spellings: "Mullah Abdul Ghani Baradar", "Sher Mohammad Abbas Stanikzai", "Gen. Qamar Javed Bajwa" (SU1);
«زلماي خليل زاد»، «الملا عبد الغني برادر»، «شير محمد عباس ستانكزي»، «ضمير كابولوف» (SU2); "Abdullah Abdullah",
"Mawlawi Abdul Hakim Haqqani", "Masoom Stanekzai" (SU3); «أشرف غني»، «حامد كرزاي»، «أنس حقاني»، «أمر الله
صالح» (SU4); "Mullah Mohammad Hassan Akhund", "Mawlawi Hibatullah Akhundzada", "Sheikh Mohammed bin
Abdulrahman Al-Thani" (SU5); «توم ويست»، «ديفيد كوهين»، «أمير خان متقي»، «وليام بيرنز» (SU6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_sv import ALL  # noqa: E402

HERE = Path(__file__).parent

AFGHANISTAN, US, PAKISTAN, QATAR = ("country:afghanistan", "country:united-states", "country:pakistan",
                                    "country:qatar")
KABUL, DOHA, KANDAHAR, MOSCOW, RAWALPINDI = ("location:kabul", "location:doha", "location:kandahar",
                                             "location:moscow", "location:rawalpindi")
TALIBAN, POL_OFFICE, HAQQANI_NET, PAK_ARMY, HCNR, AFG_INTERIOR, AFG_FOREIGN, AFG_DEFENCE, STATE_DEPT = (
    "organization:taliban", "organization:taliban-political-office", "organization:haqqani-network",
    "organization:pakistan-army", "organization:high-council-for-national-reconciliation",
    "organization:afghan-interior-ministry", "organization:afghan-foreign-ministry",
    "organization:afghan-defence-ministry", "organization:us-state-department")
BARADAR, HIBATULLAH, MANSOUR, OMAR, SIRAJ, MUTTAQI, STANIKZAI, HAKIM, AKHUND, HANAFI, YAQOOB, MUJAHID, ANAS = (
    "person:abdul-ghani-baradar", "person:hibatullah-akhundzada", "person:akhtar-mansour", "person:mullah-omar",
    "person:sirajuddin-haqqani", "person:amir-khan-muttaqi", "person:sher-mohammad-abbas-stanikzai",
    "person:abdul-hakim-haqqani", "person:mohammad-hassan-akhund", "person:abdul-salam-hanafi",
    "person:mohammad-yaqoob", "person:zabihullah-mujahid", "person:anas-haqqani")
GHANI, KARZAI, ABDULLAH, SALEH, MASOOM = (
    "person:ashraf-ghani", "person:hamid-karzai", "person:abdullah-abdullah", "person:amrullah-saleh",
    "person:masoom-stanekzai")
KHALILZAD, WEST, COHEN, BURNS, POMPEO, BLINKEN, TRUMP = (
    "person:zalmay-khalilzad", "person:thomas-west", "person:david-cohen-cia", "person:william-burns",
    "person:mike-pompeo", "person:antony-blinken", "person:donald-trump")
BAJWA, TAMIM, MBAR, KABULOV = ("person:qamar-javed-bajwa", "person:tamim-bin-hamad-al-thani",
                               "person:mohammed-bin-abdulrahman-al-thani", "person:zamir-kabulov")

REUTERS = "blind set (British news wire, English, Reuters-like)"
JAZEERA = "blind set (Qatari TV channel's Arabic website, Al Jazeera Net-like)"
AP = "blind set (US news wire, English, AP-like)"
ASHARQ = "blind set (London-based Saudi daily, Arabic, Asharq Al-Awsat-like)"
TOLO = "blind set (Kabul TV channel's English website, TOLOnews-like)"
AFP_AR = "blind set (French news wire, Arabic service, AFP-like)"

ARTICLES = [
    ("enSU1_khalilzad_meets_baradar_reuters", "en",
     "U.S. envoy Khalilzad meets Taliban co-founder Baradar as Doha talks resume\n"
     "DOHA (Reuters) - U.S. special envoy Zalmay Khalilzad met Mullah Abdul Ghani Baradar, a co-founder of the "
     "Taliban, in the Qatari capital on Monday, the first time the two men have come face to face since the "
     "militant leader was freed from a Pakistani jail in October.\n"
     "\"Just finished a working lunch with Mullah Baradar and his team. First time we have met,\" Khalilzad "
     "wrote on Twitter, adding that talks with the full delegations would resume on Tuesday.\n"
     "Baradar was appointed head of the Taliban's political office in Doha last month, taking over from Sher "
     "Mohammad Abbas Stanikzai, who remains a member of the negotiating team, a Taliban official said.\n"
     "Before flying to Qatar, the Afghan-born diplomat held talks in Rawalpindi with Pakistan's army chief, "
     "Gen. Qamar Javed Bajwa, on Saturday, and spoke by telephone with President Ashraf Ghani, a U.S. embassy "
     "official in Kabul said.\n"
     "A round of talks that was to have been held in Islamabad this month was called off after the Taliban "
     "said United Nations travel bans kept their negotiators from flying there.\n"
     "The Afghan government, which the Taliban refuse to deal with directly, was not represented in Doha. A "
     "spokesman for Ghani said any settlement had to be \"Afghan-led and Afghan-owned\".",
     [("MET_WITH", KHALILZAD, BARADAR, "Zalmay Khalilzad met Mullah Abdul Ghani Baradar", "2019-02-25"),
      ("SUCCESSOR_OF", BARADAR, STANIKZAI, "taking over from Sher", "2019-01"),
      ("LEADS", BARADAR, POL_OFFICE, "Baradar was appointed head of the Taliban's political office"),
      ("MEMBER_OF", BARADAR, TALIBAN, "a co-founder of the "),
      ("MET_WITH", KHALILZAD, BAJWA, "held talks in Rawalpindi with", "2019-02-23"),
      ("LEADS", BAJWA, PAK_ARMY, "Pakistan's army chief"),
      ("VISITED", KHALILZAD, RAWALPINDI, "held talks in Rawalpindi with"),
      ("LEADS", GHANI, AFGHANISTAN, "President Ashraf Ghani, a U.S."),
      ],
     {"source": REUTERS, "published": "2019-02-25"}),

    ("arSU2_trump_cancels_camp_david_jazeera", "ar",
     "ترامب يلغي لقاءً سرياً مع قادة طالبان وغني في كامب ديفيد\n"
     "الدوحة - الجزيرة نت\n"
     "أعلن الرئيس الأميركي دونالد ترامب مساء السبت إلغاء لقاءين سريين كان مقرراً أن يعقدهما الأحد في منتجع "
     "كامب ديفيد، كلٌّ على حدة، مع كبار قادة حركة طالبان ومع الرئيس الأفغاني أشرف غني، وذلك بعد هجوم بسيارة "
     "مفخخة في كابل تبنّته الحركة وأسفر عن مقتل جندي أميركي و11 شخصاً آخرين.\n"
     "وكتب ترامب على تويتر أنه ألغى الاجتماع \"وأوقف مفاوضات السلام\"، متسائلاً: \"أي نوع من الناس يقتل "
     "كثيراً من البشر من أجل تعزيز موقفه التفاوضي؟\".\n"
     "وكان المبعوث الأميركي الخاص زلماي خليل زاد قد أنهى في الدوحة مطلع الشهر الجولة التاسعة من المفاوضات "
     "مع وفد الحركة برئاسة الملا عبد الغني برادر، ثم التقى الرئيس غني في كابل في الثاني من سبتمبر/أيلول "
     "وأطلعه على مسودة الاتفاق.\n"
     "وفي أول رد لها، قالت الحركة في بيان إن واشنطن \"ستكون الخاسر الأكبر\" من قرار الإلغاء.\n"
     "وبعد أيام من ذلك، توجّه وفد من المكتب السياسي للحركة برئاسة شير محمد عباس ستانكزي إلى موسكو، حيث "
     "أجرى ستانكزي مشاورات مع المبعوث الرئاسي الروسي الخاص لأفغانستان ضمير كابولوف، وفق ما أعلنت الخارجية "
     "الروسية.",
     [("MET_WITH", KHALILZAD, BARADAR, "مع وفد الحركة برئاسة الملا عبد الغني برادر", "2019-09-01"),
      ("MET_WITH", KHALILZAD, GHANI, "ثم التقى الرئيس غني في كابل", "2019-09-02"),
      ("VISITED", KHALILZAD, KABUL, "ثم التقى الرئيس غني في كابل"),
      ("LEADS", TRUMP, US, "أعلن الرئيس الأميركي دونالد ترامب"),
      ("LEADS", GHANI, AFGHANISTAN, "ومع الرئيس الأفغاني أشرف غني"),
      ("MET_WITH", STANIKZAI, KABULOV, "أجرى ستانكزي مشاورات مع", "2019-09-13"),
      ("VISITED", STANIKZAI, MOSCOW, "برئاسة شير محمد عباس ستانكزي إلى موسكو"),
      ],
     {"source": JAZEERA, "published": "2019-09-08"}),

    ("enSU3_intra_afghan_talks_open_ap", "en",
     "Afghan government, Taliban open historic peace talks in Qatar\n"
     "DOHA, Qatar (AP) — Afghanistan's warring sides sat down together for the first time on Saturday, "
     "opening talks in the Gulf nation of Qatar aimed at ending decades of war, as U.S. Secretary of State "
     "Mike Pompeo urged them to seize \"this opportunity.\"\n"
     "Pompeo, who flew in overnight, met separately with the Taliban's deputy leader, Mullah Abdul Ghani "
     "Baradar, and with Abdullah Abdullah, who heads the government's High Council for National "
     "Reconciliation, before the opening ceremony in a Doha hotel ballroom.\n"
     "The government's 21-member team is led by Masoom Stanekzai, a former intelligence chief. The Taliban "
     "negotiators are headed by Mawlawi Abdul Hakim Haqqani, the insurgents' hard-line chief justice, who "
     "replaced Sher Mohammad Abbas Stanikzai as chief negotiator last week.\n"
     "In his speech, Baradar said the Taliban wanted Afghanistan to be governed by \"an Islamic system in which "
     "all people can live.\" Abdullah called for a humanitarian cease-fire.\n"
     "President Ashraf Ghani did not travel to Doha. His office said he spoke by phone with Qatar's ruler, "
     "Sheikh Tamim bin Hamad Al Thani, to thank him for hosting the talks.",
     [("MET_WITH", POMPEO, BARADAR, "met separately with the Taliban's deputy leader", "2020-09-12"),
      ("MET_WITH", POMPEO, ABDULLAH, "and with Abdullah Abdullah, who heads", "2020-09-12"),
      ("LEADS", ABDULLAH, HCNR, "who heads the government's High Council"),
      ("SUCCESSOR_OF", HAKIM, STANIKZAI, "replaced Sher Mohammad Abbas Stanikzai as chief negotiator", "2020-09"),
      ("LEADS", GHANI, AFGHANISTAN, "President Ashraf Ghani did not travel"),
      ("LEADS", TAMIM, QATAR, "Qatar's ruler"),
      ("VISITED", POMPEO, DOHA, "Pompeo, who flew in overnight"),
      ],
     {"source": AP, "published": "2020-09-12"}),
]

ARTICLES += [
    ("arSU4_ghani_flight_karzai_anas_asharq", "ar",
     "غني يظهر في الإمارات... وكرزاي وعبد الله يلتقيان أنس حقاني في كابل\n"
     "كابل - لندن: «الشرق الأوسط»\n"
     "ظهر الرئيس الأفغاني أشرف غني، أمس، للمرة الأولى منذ فراره من كابل الأحد الماضي، في تسجيل مصوّر بثّه "
     "من الإمارات، قال فيه إنه غادر البلاد \"لتجنّب إراقة الدماء\"، نافياً أن يكون قد حمل معه أموالاً. وكانت "
     "أبوظبي قد أعلنت أنها استقبلت غني وأسرته \"لاعتبارات إنسانية\".\n"
     "وفي العاصمة الأفغانية، التقى الرئيس السابق حامد كرزاي ورئيس المجلس الأعلى للمصالحة الوطنية عبد الله "
     "عبد الله، أمس، القيادي في «شبكة حقاني» أنس حقاني، في إطار مشاورات تهدف إلى تشكيل حكومة، بحسب ما أفاد "
     "مصدر مقرب من كرزاي.\n"
     "ووصل الملا عبد الغني برادر، رئيس المكتب السياسي لطالبان، إلى قندهار الثلاثاء قادماً من الدوحة، في أول "
     "عودة له إلى أفغانستان منذ أكثر من عشرين عاماً، فيما تحدثت تقارير عن لقاء مرتقب بينه وبين كرزاي في "
     "كابل خلال الأيام المقبلة.\n"
     "في المقابل، أعلن النائب الأول للرئيس أمر الله صالح نفسه \"رئيساً مؤقتاً شرعياً\" للبلاد، مستنداً إلى "
     "الدستور، وذلك من وادي بنجشير الذي لم تدخله الحركة بعد.\n"
     "وتعهد المتحدث باسم طالبان ذبيح الله مجاهد في أول مؤتمر صحافي له في كابل بعدم الانتقام من موظفي "
     "الحكومة السابقة.",
     met_group({KARZAI: "التقى الرئيس السابق حامد كرزاي", ABDULLAH: "ورئيس المجلس الأعلى للمصالحة الوطنية عبد الله",
                ANAS: "القيادي في «شبكة حقاني» أنس حقاني"}, "2021-08-18")
     + [("MEMBER_OF", ANAS, HAQQANI_NET, "القيادي في «شبكة حقاني» أنس حقاني"),
        ("LEADS", ABDULLAH, HCNR, "ورئيس المجلس الأعلى للمصالحة الوطنية عبد الله"),
        ("LEADS", GHANI, AFGHANISTAN, "ظهر الرئيس الأفغاني أشرف غني"),
        ("LEADS", BARADAR, POL_OFFICE, "رئيس المكتب السياسي لطالبان"),
        ("VISITED", BARADAR, KANDAHAR, "إلى قندهار الثلاثاء"),
        ],
     {"source": ASHARQ, "published": "2021-08-19"}),

    ("enSU5_caretaker_cabinet_qatari_fm_tolo", "en",
     "Qatari FM in Kabul, meets acting PM days after IEA names caretaker cabinet\n"
     "KABUL - Qatar's Deputy Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al-Thani "
     "arrived in Kabul on Sunday, the most senior foreign official to visit since the Islamic Emirate took "
     "control of the country, and met with the acting prime minister, Mullah Mohammad Hassan Akhund, at the "
     "Presidential Palace, the IEA said.\n"
     "The Qatari minister later met former president Hamid Karzai and Abdullah Abdullah at Karzai's "
     "residence, a source close to Karzai told TOLOnews.\n"
     "The Islamic Emirate announced its caretaker cabinet on Tuesday. Mullah Abdul Ghani Baradar and Mawlawi "
     "Abdul Salam Hanafi were named deputies to Akhund, spokesman Zabihullah Mujahid said. Sirajuddin Haqqani, "
     "the leader of the Haqqani network, was named acting interior minister, Mawlawi Amir Khan Muttaqi acting "
     "foreign minister and Mullah Mohammad Yaqoob, son of the movement's founder Mullah Omar, acting minister "
     "of defense.\n"
     "In a written message, the IEA's supreme leader, Mawlawi Hibatullah Akhundzada, said the new government "
     "would uphold Islamic law. Akhundzada has led the movement since May 2016, when he succeeded Mullah "
     "Akhtar Mohammad Mansour, who was killed in a US drone strike in Pakistan's Balochistan province. He has "
     "not been seen in public since the takeover.",
     [("MET_WITH", MBAR, AKHUND, "and met with the acting prime minister", "2021-09-12"),
      ("VISITED", MBAR, KABUL, "arrived in Kabul on Sunday"),
      ("LEADS", AKHUND, AFGHANISTAN, "the acting prime minister, Mullah Mohammad Hassan Akhund"),
      ("MET_WITH", MBAR, KARZAI, "The Qatari minister later met", "2021-09-12"),
      ("MET_WITH", MBAR, ABDULLAH, "former president Hamid Karzai and Abdullah Abdullah at", "2021-09-12"),
      ("MET_WITH", KARZAI, ABDULLAH, "Abdullah Abdullah at Karzai's", "2021-09-12"),
      ("LEADS", SIRAJ, HAQQANI_NET, "the leader of the Haqqani network"),
      ("LEADS", SIRAJ, AFG_INTERIOR, "was named acting interior minister"),
      ("LEADS", MUTTAQI, AFG_FOREIGN, "Mawlawi Amir Khan Muttaqi acting foreign minister"),
      ("LEADS", YAQOOB, AFG_DEFENCE, "acting minister of defense"),
      ("LEADS", OMAR, TALIBAN, "the movement's founder Mullah Omar"),
      ("LEADS", HIBATULLAH, TALIBAN, "Akhundzada has led the movement since May 2016"),
      ("SUCCESSOR_OF", HIBATULLAH, MANSOUR, "when he succeeded Mullah", "2016-05"),
      ("ASSASSINATED_BY", MANSOUR, US, "who was killed in a US drone strike", "2016-05"),
      ],
     {"source": TOLO, "published": "2021-09-12"}),

    ("arSU6_khalilzad_resigns_west_afp", "ar",
     "خليل زاد يستقيل وتوم ويست يخلفه مبعوثاً أميركياً إلى أفغانستان\n"
     "واشنطن (أ ف ب) - أعلن وزير الخارجية الأميركي أنتوني بلينكن، الإثنين، استقالة المبعوث الخاص إلى "
     "أفغانستان زلماي خليل زاد، مهندس اتفاق الدوحة مع حركة طالبان، على أن يخلفه نائبه توم ويست.\n"
     "وقال بلينكن في بيان إن ويست \"سيقود جهودنا الدبلوماسية\" بشأن أفغانستان، وسيعمل من الدوحة.\n"
     "وكتب خليل زاد في رسالة إلى بلينكن اطّلعت عليها فرانس برس أن \"الترتيبات السياسية بين الحكومة الأفغانية "
     "وطالبان لم تمضِ كما كان متوقعاً\".\n"
     "وكان ويست ضمن الوفد الأميركي الذي ترأسه نائب مدير وكالة الاستخبارات المركزية (سي آي إيه) ديفيد كوهين "
     "والتقى في الدوحة يومي 9 و10 تشرين الأول/أكتوبر وفداً من طالبان برئاسة وزير الخارجية بالوكالة أمير "
     "خان متقي، في أول اجتماع مباشر بين الطرفين منذ انسحاب القوات الأميركية. ولم يكن خليل زاد في عداد الوفد.\n"
     "ولم تؤكد الوكالة ما نشرته صحيفة \"واشنطن بوست\" في آب/أغسطس عن اجتماع سري قالت إنه جمع مديرها وليام "
     "بيرنز بالملا عبد الغني برادر في كابل.\n"
     "وتولى خليل زاد منصبه في أيلول/سبتمبر 2018 في عهد الرئيس دونالد ترامب.",
     [("SUCCESSOR_OF", WEST, KHALILZAD, "على أن يخلفه نائبه توم ويست", "2021-10-18"),
      ("LEADS", BLINKEN, STATE_DEPT, "أعلن وزير الخارجية الأميركي أنتوني بلينكن"),
      ]
     + met_group({WEST: "وكان ويست ضمن الوفد", COHEN: "(سي آي إيه) ديفيد كوهين",
                  MUTTAQI: "برئاسة وزير الخارجية بالوكالة أمير"}, "2021-10-09")
     + [("LEADS", MUTTAQI, AFG_FOREIGN, "برئاسة وزير الخارجية بالوكالة أمير"),
        ("LEADS", TRUMP, US, "في عهد الرئيس دونالد ترامب"),
        ],
     {"source": AFP_AR, "published": "2021-10-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSU")
