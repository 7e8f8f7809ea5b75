"""Blind set FX: Afghanistan and Pakistan militant and state leaderships 2015-2025 as wire copy:
Mullah Omar's death confirmed and Akhtar Mohammad Mansour named, with the Murree round behind and
the second round postponed (July 2015, English); Mansour killed by a US drone in Balochistan and
Haibatullah named in his place (May 2016, Arabic); the first Quadrilateral Coordination Group
session in Islamabad with Sartaj Aziz, Hekmat Khalil Karzai, Richard Olson and Deng Xijun (Jan 2016,
English); al-Zawahiri killed in Kabul (Aug 2022, Arabic); the Doha agreement signed by Khalilzad and
Baradar before Pompeo (Feb 2020, English); Wang Yi in Kabul for the trilateral with Ishaq Dar and
Muttaqi (Aug 2025, Arabic).
Style: English and Arabic wire agency (datelines, agency tags, reported speech, "the envoy", "the
militant leader", "المسؤول الصيني"). Traps: a postponed round, a killing claimed by the US next to
an accusation that goes unanswered, a likely successor, phone calls, a floated meeting, a meeting
that did not happen.
Spellings: Mullah Akhtar Mohammad Mansour / أختر منصور / اختر محمد منصور, هبة الله آخوند زاده /
هبة الله آخوندزاده, Mullah Abdul Ghani Baradar, الملا محمد يعقوب.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fz import ALL  # noqa: E402

HERE = Path(__file__).parent

AFG, PAK, US, QATAR, IRAN = ("country:afghanistan", "country:pakistan", "country:united-states",
                             "country:qatar", "country:iran")
TAL, TPO, TGOV, HQN, AQ = ("organization:taliban", "organization:taliban-political-office",
                           "organization:taliban-government", "organization:haqqani-network",
                           "organization:al-qaeda")
AFM, AMOI, NDS = ("organization:afghan-foreign-ministry", "organization:afghan-interior-ministry",
                  "organization:afghan-nds")
PGOV, PFM = "organization:pakistani-government", "organization:pakistani-foreign-ministry"
CIA, DOD, DOS, CFM = ("organization:cia", "organization:us-department-of-defense",
                      "organization:us-state-department", "organization:chinese-foreign-ministry")
OMAR, MANSOUR, HAIB, YAQ = ("person:mullah-omar", "person:akhtar-mohammad-mansour",
                            "person:haibatullah-akhundzada", "person:mohammad-yaqoob")
SIRAJ, BAR, MUTT, HASAN = ("person:sirajuddin-haqqani", "person:abdul-ghani-baradar",
                           "person:amir-khan-muttaqi", "person:mohammad-hasan-akhund")
MUJ, SEDIQI, HEKMAT, GHANI = ("person:zabihullah-mujahid", "person:abdul-hassib-sediqi",
                              "person:hekmat-khalil-karzai", "person:ashraf-ghani")
NAWAZ, AZIZ, OLSON, DENG = ("person:nawaz-sharif", "person:sartaj-aziz", "person:richard-olson",
                            "person:deng-xijun")
OBAMA, COOK, BIDEN, ZAW, OBL = ("person:barack-obama", "person:peter-cook", "person:joe-biden",
                                "person:ayman-al-zawahiri", "person:osama-bin-laden")
KHAL, POMP, ESPER, TAMIM = ("person:zalmay-khalilzad", "person:mike-pompeo", "person:mark-esper",
                            "person:tamim-bin-hamad-al-thani")
WANG, DAR = "person:wang-yi", "person:ishaq-dar"

ARTICLES = [
    ("enFX1_omar_dead_mansour_named", "en",
     "KABUL, July 30 (Reuters) - The Afghan Taliban confirmed on Thursday that their reclusive founder "
     "Mullah Mohammad Omar was dead and named his long-time deputy, Mullah Akhtar Mohammad Mansour, as "
     "the movement's new leader, two senior commanders said.\n"
     "A day earlier the Afghan government had said Omar died in a Karachi hospital in April 2013; Abdul "
     "Hassib Sediqi, a spokesman for the National Directorate of Security, said the spy agency was certain.\n"
     "Mansour, who had in effect run the group for years, was chosen by a leadership council near the "
     "Pakistani city of Quetta, with Sirajuddin Haqqani, head of the Haqqani network, and the cleric "
     "Haibatullah Akhundzada appointed as his deputies.\n"
     "Omar's eldest son, Mullah Mohammad Yaqoob, walked out of the meeting in protest, according to one "
     "participant.\n"
     "A second round of peace talks, due on Friday in Pakistan, was postponed at the insurgents' request, "
     "Pakistan's Foreign Office said. The first round, on July 7 in the hill resort of Murree, had brought "
     "Deputy Foreign Minister Hekmat Khalil Karzai face to face with Taliban negotiators, with U.S. and "
     "Chinese officials looking on.",
     [("LEADS", OMAR, TAL, "their reclusive founder"),
      ("SUCCESSOR_OF", MANSOUR, OMAR, "named his long-time deputy", "2015-07-30"),
      ("LEADS", MANSOUR, TAL, "as the movement's new leader", "2015-07-30"),
      ("MEMBER_OF", SEDIQI, NDS, "a spokesman for the National Directorate"),
      ("LEADS", SIRAJ, HQN, "head of the Haqqani network"),
      ("MEMBER_OF", SIRAJ, TAL, "appointed as his deputies"),
      ("MEMBER_OF", HAIB, TAL, "the cleric"),
      ("MEMBER_OF", HEKMAT, AFM, "Deputy Foreign Minister Hekmat"),
      ("MET_WITH", HEKMAT, TAL, "face to face with Taliban negotiators", "2015-07-07"),
      ("VISITED", HEKMAT, "location:murree", "in the hill resort of Murree", "2015-07-07"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2015-07-30"}),

    ("arFX2_mansour_drone_haibatullah", "ar",
     "كابول (أ ف ب) - أعلنت حركة طالبان الأفغانية الأربعاء 25 أيار/مايو 2016 مقتل زعيمها الملا أختر "
     "منصور في غارة شنّتها طائرة أميركية من دون طيار في إقليم بلوشستان الباكستاني، وعيّنت المولوي هبة "
     "الله آخوند زاده زعيماً جديداً لها خلفاً له.\n"
     "وكانت وزارة الدفاع الأميركية قد أكدت أن قواتها استهدفت منصور السبت في منطقة أحمد وال قرب الحدود "
     "الأفغانية، وقال المتحدث باسم البنتاغون بيتر كوك إن الزعيم المتشدد كان «يشكل تهديداً مستمراً» "
     "للقوات الأميركية والأفغانية.\n"
     "وأكد الرئيس الأميركي باراك أوباما أنه أجاز الضربة، فيما احتجت إسلام آباد على ما وصفته بانتهاك "
     "سيادتها.\n"
     "وبحسب بيان الحركة، عُيّن سراج الدين حقاني والملا محمد يعقوب، نجل مؤسس الحركة الملا محمد عمر، "
     "نائبين للزعيم الجديد.\n"
     "وكان اختر محمد منصور قد عاد لتوّه من إيران عبر منفذ تفتان حين أُصيبت سيارته، وعُثر قرب الحطام على "
     "جواز سفر باسم مستعار.\n"
     "ولم يتضح بعد إن كان رجل الدين القادم من قندهار سيقبل بالمفاوضات التي تدعو إليها باكستان والصين.",
     [("ASSASSINATED_BY", MANSOUR, US, "في غارة شنّتها طائرة أميركية", "2016-05-21"),
      ("LEADS", MANSOUR, TAL, "مقتل زعيمها الملا"),
      ("SUCCESSOR_OF", HAIB, MANSOUR, "زعيماً جديداً لها خلفاً له", "2016-05-25"),
      ("LEADS", HAIB, TAL, "وعيّنت المولوي", "2016-05-25"),
      ("ATTACKED", US, "location:balochistan", "في إقليم بلوشستان الباكستاني", "2016-05-21"),
      ("LOCATED_IN", "location:balochistan", PAK, "إقليم بلوشستان الباكستاني"),
      ("MEMBER_OF", COOK, DOD, "المتحدث باسم البنتاغون"),
      ("LEADS", OBAMA, US, "الرئيس الأميركي باراك"),
      ("MEMBER_OF", SIRAJ, TAL, "عُيّن سراج الدين حقاني", "2016-05-25"),
      ("MEMBER_OF", YAQ, TAL, "والملا محمد يعقوب، نجل", "2016-05-25"),
      ("LEADS", OMAR, TAL, "نجل مؤسس الحركة"),
      ("VISITED", MANSOUR, IRAN, "قد عاد لتوّه من إيران", "2016-05"),
      ],
     {"source": "blind set (wire agency, Arabic)", "published": "2016-05-25"}),

    ("enFX3_quadrilateral_group_islamabad", "en",
     "ISLAMABAD, Jan. 11 (AP) - Officials from Afghanistan, Pakistan, the United States and China met in "
     "the Pakistani capital on Monday to draw up a road map for reviving peace talks with the Taliban, the "
     "first session of what they call the Quadrilateral Coordination Group.\n"
     "Sartaj Aziz, the foreign affairs adviser to Prime Minister Nawaz Sharif, opened the meeting, warning "
     "the delegations that preconditions would only push the insurgents away.\n"
     "The Afghan side was led by Deputy Foreign Minister Hekmat Khalil Karzai; Washington sent its special "
     "representative for Afghanistan and Pakistan, Richard Olson, and Beijing its special envoy, Deng Xijun.\n"
     "No Taliban representative attended. Zabihullah Mujahid, a spokesman for the insurgents, said the "
     "group had not been invited and would not be bound by \"decisions made by others.\"\n"
     "The four delegations agreed to meet again in Kabul on Jan. 18, and Sharif is expected to receive "
     "the Chinese envoy before he leaves.",
     [("MET_WITH", AZIZ, HEKMAT, "The Afghan side was led by", "2016-01-11"),
      ("MET_WITH", AZIZ, OLSON, "Washington sent its special", "2016-01-11"),
      ("MET_WITH", AZIZ, DENG, "Beijing its special envoy", "2016-01-11"),
      ("MET_WITH", HEKMAT, OLSON, "Richard Olson", "2016-01-11"),
      ("MET_WITH", HEKMAT, DENG, "Deng Xijun", "2016-01-11"),
      ("MET_WITH", OLSON, DENG, "representative for Afghanistan and Pakistan", "2016-01-11"),
      ("MEMBER_OF", AZIZ, PGOV, "the foreign affairs adviser"),
      ("LEADS", NAWAZ, PGOV, "Prime Minister Nawaz Sharif"),
      ("MEMBER_OF", HEKMAT, AFM, "Deputy Foreign Minister Hekmat"),
      ("VISITED", HEKMAT, "location:islamabad", "met in the Pakistani capital", "2016-01-11"),
      ("VISITED", OLSON, "location:islamabad", "met in the Pakistani capital", "2016-01-11"),
      ("VISITED", DENG, "location:islamabad", "met in the Pakistani capital", "2016-01-11"),
      ("MEMBER_OF", MUJ, TAL, "a spokesman for the insurgents"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2016-01-11"}),

    ("arFX4_zawahiri_killed_kabul", "ar",
     "واشنطن (رويترز) - أعلن الرئيس الأميركي جو بايدن مساء الاثنين أن الولايات المتحدة قتلت زعيم تنظيم "
     "القاعدة أيمن الظواهري بضربة نفّذتها طائرة مسيّرة في العاصمة الأفغانية كابول، قائلاً إن «العدالة "
     "تحققت».\n"
     "وقال مسؤول أميركي رفيع إن وكالة المخابرات المركزية أطلقت صاروخين من طراز هيلفاير على شرفة منزل في "
     "حي شيربور كان الظواهري يقيم فيه، صباح الأحد 31 تموز/يوليو.\n"
     "وكان الطبيب المصري قد تولى قيادة التنظيم عام 2011 خلفاً لأسامة بن لادن، الذي قُتل في عملية أميركية "
     "في أبوت آباد بباكستان.\n"
     "وأفاد المسؤول بأن المنزل يعود إلى أحد مساعدي سراج الدين حقاني، وزير الداخلية في حكومة طالبان، وهو "
     "ما لم تعلّق عليه الحركة.\n"
     "في المقابل، ندّد المتحدث باسم طالبان ذبيح الله مجاهد بالضربة واعتبرها انتهاكاً لاتفاق الدوحة، من "
     "دون أن يؤكد هوية القتيل.\n"
     "ولم يُعلن التنظيم خليفة للظواهري حتى الآن، وإن رجّح خبراء أن يكون المصري سيف العدل المقيم في إيران "
     "المرشح الأوفر حظاً.",
     [("LEADS", BIDEN, US, "الرئيس الأميركي جو بايدن"),
      ("ASSASSINATED_BY", ZAW, US, "أن الولايات المتحدة قتلت زعيم", "2022-07-31"),
      ("ASSASSINATED_BY", ZAW, CIA, "وكالة المخابرات المركزية أطلقت", "2022-07-31"),
      ("LEADS", ZAW, AQ, "زعيم تنظيم القاعدة"),
      ("ATTACKED", US, "location:kabul", "في العاصمة الأفغانية كابول", "2022-07-31"),
      ("LOCATED_IN", "location:kabul", AFG, "العاصمة الأفغانية كابول"),
      ("SUCCESSOR_OF", ZAW, OBL, "خلفاً لأسامة بن لادن", "2011"),
      ("ASSASSINATED_BY", OBL, US, "الذي قُتل في عملية أميركية", "2011-05-02"),
      ("LOCATED_IN", "location:abbottabad", PAK, "في أبوت آباد بباكستان"),
      ("LEADS", SIRAJ, AMOI, "وزير الداخلية في حكومة"),
      ("MEMBER_OF", SIRAJ, TGOV, "في حكومة طالبان، وهو"),
      ("MEMBER_OF", MUJ, TAL, "المتحدث باسم طالبان"),
      ],
     {"source": "blind set (wire agency, Arabic)", "published": "2022-08-02"}),

    ("enFX5_doha_agreement_signed", "en",
     "DOHA, Feb 29, 2020 (AFP) - The United States and the Taliban signed a deal in the Qatari capital on "
     "Saturday that could see all foreign troops leave Afghanistan within 14 months, after more than 18 "
     "years of war.\n"
     "The agreement was inked by Washington's peace envoy Zalmay Khalilzad and the Taliban's political chief "
     "Mullah Abdul Ghani Baradar at a luxury hotel, as Secretary of State Mike Pompeo looked on.\n"
     "Before the ceremony Pompeo met Baradar and other members of the insurgents' negotiating team, and he "
     "later held talks with Qatar's Emir Sheikh Tamim bin Hamad Al Thani.\n"
     "At the same hour in Kabul, Defense Secretary Mark Esper stood beside President Ashraf Ghani to unveil a "
     "joint declaration with the Afghan government.\n"
     "Baradar, a co-founder of the movement who spent eight years in a Pakistani jail, urged \"all Islamic "
     "groups\" to work together.\n"
     "A meeting between Ghani and the Taliban leadership, floated by U.S. officials for the coming weeks, "
     "has not been scheduled, and the insurgents rule out talks with Kabul before their prisoners are freed.",
     [("MET_WITH", KHAL, BAR, "The agreement was inked by", "2020-02-29"),
      ("MET_WITH", POMP, KHAL, "as Secretary of State Mike Pompeo looked on", "2020-02-29"),
      ("MET_WITH", POMP, BAR, "Before the ceremony Pompeo met Baradar", "2020-02-29"),
      ("MET_WITH", POMP, TAMIM, "he later held talks with", "2020-02-29"),
      ("LEADS", TAMIM, QATAR, "Qatar's Emir Sheikh"),
      ("MET_WITH", ESPER, GHANI, "stood beside President Ashraf Ghani", "2020-02-29"),
      ("VISITED", ESPER, "location:kabul", "At the same hour in Kabul", "2020-02-29"),
      ("LEADS", GHANI, AFG, "President Ashraf Ghani"),
      ("LEADS", BAR, TPO, "the Taliban's political chief"),
      ("LEADS", POMP, DOS, "Secretary of State Mike"),
      ("LEADS", ESPER, DOD, "Defense Secretary Mark"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2020-02-29"}),

    ("arFX6_wang_yi_kabul_trilateral", "ar",
     "كابول (الأناضول) - استضافت العاصمة الأفغانية الأربعاء 20 آب/أغسطس 2025 الجولة السادسة من الحوار "
     "الثلاثي بين الصين وباكستان وأفغانستان، بمشاركة وزير الخارجية الصيني وانغ يي ونائب رئيس الوزراء "
     "وزير الخارجية الباكستاني إسحاق دار، ووزير خارجية حكومة طالبان أمير خان متقي.\n"
     "وكان الوزراء الثلاثة قد اجتمعوا بصورة غير رسمية في بكين في أيار/مايو الماضي، واتفقوا حينها على "
     "توسيع الممر الاقتصادي الصيني الباكستاني ليشمل الأراضي الأفغانية.\n"
     "وعلى هامش الاجتماع، استقبل الملا عبد الغني برادر، نائب رئيس الوزراء للشؤون الاقتصادية، الوزيرَ "
     "الصيني وبحث معه مشاريع التعدين.\n"
     "كما التقى دار رئيسَ الوزراء بالوكالة الملا محمد حسن آخوند.\n"
     "ولم يلتقِ المسؤول الصيني زعيم الحركة هبة الله آخوندزاده، الذي نادراً ما يغادر قندهار، وفق مصدر "
     "في الخارجية الأفغانية.\n"
     "وكان وانغ قد أجرى اتصالاً هاتفياً بمتقي في تموز/يوليو، عقب إعلان روسيا اعترافها بحكومة طالبان.",
     [("VISITED", WANG, "location:kabul", "استضافت العاصمة الأفغانية", "2025-08-20"),
      ("VISITED", DAR, "location:kabul", "الجولة السادسة من الحوار", "2025-08-20"),
      ("MET_WITH", WANG, DAR, "بمشاركة وزير الخارجية الصيني", "2025-08-20"),
      ("MET_WITH", WANG, MUTT, "ووزير خارجية حكومة طالبان", "2025-08-20"),
      ("MET_WITH", DAR, MUTT, "الثلاثي بين الصين وباكستان وأفغانستان", "2025-08-20"),
      ("LEADS", WANG, CFM, "وزير الخارجية الصيني وانغ"),
      ("LEADS", DAR, PFM, "وزير الخارجية الباكستاني إسحاق"),
      ("MEMBER_OF", DAR, PGOV, "ونائب رئيس الوزراء"),
      ("LEADS", MUTT, AFM, "أمير خان متقي"),
      ("VISITED", DAR, "location:beijing", "في بكين في أيار", "2025-05"),
      ("VISITED", MUTT, "location:beijing", "قد اجتمعوا بصورة غير رسمية", "2025-05"),
      ("MET_WITH", BAR, WANG, "استقبل الملا عبد الغني برادر", "2025-08-20"),
      ("MEMBER_OF", BAR, TGOV, "نائب رئيس الوزراء للشؤون الاقتصادية"),
      ("MET_WITH", DAR, HASAN, "كما التقى دار", "2025-08-20"),
      ("LEADS", HASAN, TGOV, "رئيسَ الوزراء بالوكالة"),
      ("LEADS", HAIB, TAL, "زعيم الحركة هبة الله"),
      ],
     {"source": "blind set (wire agency, Arabic)", "published": "2025-08-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFX")
