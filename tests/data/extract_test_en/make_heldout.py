"""Blind set EN: the Soleimani strike seen from Washington, 2019-2022 (first of three sets).

Stories: the Mar-a-Lago briefing at which Trump chose the strike that killed Suleimani and
al-Muhandis, Kaine's war-powers push (NYT-style, Jan 2020); the warning before the Iranian
missiles hit Ain al-Asad and McKenzie's later visit to the base (Alhurra-style Arabic, Jan 2020);
Ghaani named to replace Soleimani, Hejazi and Fallahzadeh as deputies, Hook's warning
(Politico-style, Jan 2020); al-Kadhimi received by Trump at the White House, talks with Pompeo,
no meeting with Esper (Asharq Al-Awsat-style Arabic, Aug 2020); the Justice Department charging
the Guards member Shahram Poursafi over a plot against Bolton, denied by Tehran (Washington
Post-style, Aug 2022); Abdul-Mahdi's planned meeting with Soleimani on the morning of the strike,
the parliament vote, a phone call from Pompeo and an audience for the U.S. ambassador
(Al-Quds Al-Arabi citing the New York Times, Jan 2020).
Style: en/ar alternating; long sentences with "according to officials", "who spoke on condition
of anonymity"; killings with the ordering president as agent, with no agent, and a plot
(no killing); a planned meeting, a phone call, "never met", "did not meet"; successors of a
deputy. Spellings: Suleimani / Soleimani, Ghaani, MacKenzie, Muhandis.
Written and annotated blind (extractor neither read nor run). A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_en/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ep import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAN, IRAQ = "country:united-states", "country:iran", "country:iraq"
STATE, DOD, JCS = ("organization:us-state-department", "organization:us-department-of-defense",
                   "organization:joint-chiefs-of-staff")
CENTCOM, WH = "organization:us-central-command", "organization:white-house"
IRGC, QF, PMF = "organization:irgc", "organization:quds-force", "organization:popular-mobilization-forces"
KH, IFM = "organization:kataib-hezbollah", "organization:iranian-foreign-ministry"
IRQGOV = "organization:iraqi-government"
TRUMP, POMP, ESPER, MILLEY = ("person:donald-trump", "person:mike-pompeo", "person:mark-esper",
                              "person:mark-milley")
MCK, SOL, MUH, QAANI = ("person:kenneth-mckenzie", "person:qasem-soleimani",
                        "person:abu-mahdi-al-muhandis", "person:esmail-qaani")
AAM, KAINE, KHAM = "person:adil-abdul-mahdi", "person:tim-kaine", "person:ali-khamenei"
HAJI, COLEMAN = "person:amir-ali-hajizadeh", "person:staci-coleman"
HEJAZI, FALLAH, HOOK, VAEZ = ("person:mohammad-hejazi", "person:mohammad-reza-fallahzadeh",
                              "person:brian-hook", "person:ali-vaez")
KADH, FUAD, ALLAWI = "person:mustafa-al-kadhimi", "person:fuad-hussein", "person:ali-allawi"
BOLTON, POURSAFI, OLSEN, WRAY, KANAANI = ("person:john-bolton", "person:shahram-poursafi",
                                          "person:matthew-olsen", "person:christopher-wray",
                                          "person:nasser-kanaani")
HALB, TUELLER = "person:mohammed-al-halbousi", "person:matthew-tueller"
AINASAD = "location:ain-al-asad-air-base"

ARTICLES = [
    ("enEN1_maralago_briefing_strike", "en",
     "WASHINGTON - President Trump was briefed at his Mar-a-Lago resort on Dec. 29 by "
     "Secretary of State Mike Pompeo, Defense Secretary Mark T. Esper and Gen. Mark A. Milley, the "
     "chairman of the Joint Chiefs of Staff, who laid out options for answering a rocket attack "
     "that had killed an American contractor near Kirkuk, according to officials familiar with the "
     "discussions.\n"
     "The Pentagon had tacked the most extreme choice onto the list mainly to make the others seem "
     "reasonable, two officials said, speaking on condition of anonymity to describe internal "
     "deliberations. Gen. Frank MacKenzie, the head of U.S. Central Command, had argued for weeks "
     "that Iran's proxies were growing bolder. To the surprise of several aides, "
     "Mr. Trump chose the extreme option.\n"
     "Days later, the president ordered the American drone strike that killed Maj. Gen. Qassim "
     "Suleimani, the commander of the Quds Force of Iran's Islamic Revolutionary Guards Corps, and "
     "Abu Mahdi al-Muhandis, the deputy head of Iraq's Popular Mobilization Forces, as their convoy "
     "left Baghdad International Airport early on Jan. 3.\n"
     "Mr. Pompeo later said the general had been plotting \"imminent\" attacks, a claim Democrats "
     "disputed. Senator Tim Kaine of Virginia introduced a war powers resolution, arguing that "
     "Congress had not been consulted. The Iraqi prime minister, Adil Abdul-Mahdi, was not told in "
     "advance, Iraqi officials said.",
     [("LEADS", TRUMP, US, "President Trump was briefed"),
      ("MET_WITH", TRUMP, POMP, "Secretary of State Mike Pompeo", "2019-12-29"),
      ("MET_WITH", TRUMP, ESPER, "Defense Secretary Mark T. Esper", "2019-12-29"),
      ("MET_WITH", TRUMP, MILLEY, "Gen. Mark A. Milley", "2019-12-29"),
      ("LEADS", POMP, STATE, "Secretary of State Mike Pompeo"),
      ("LEADS", ESPER, DOD, "Defense Secretary Mark T. Esper"),
      ("LEADS", MILLEY, JCS, "chairman of the Joint Chiefs of Staff"),
      ("LEADS", MCK, CENTCOM, "Gen. Frank MacKenzie, the head of U.S. Central Command"),
      ("ASSASSINATED_BY", SOL, TRUMP, "the president ordered the American drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, US, "the president ordered the American drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "the president ordered the American drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "the president ordered the American drone strike", "2020-01-03"),
      ("LEADS", SOL, QF, "the commander of the Quds Force"),
      ("PART_OF", QF, IRGC, "Quds Force of Iran's Islamic Revolutionary Guards Corps"),
      ("MEMBER_OF", MUH, PMF, "the deputy head of Iraq's Popular Mobilization Forces"),
      ("MEMBER_OF", KAINE, "organization:us-senate", "Senator Tim Kaine"),
      ("LEADS", AAM, IRQGOV, "The Iraqi prime minister, Adil Abdul-Mahdi"),
      ],
     {"source": "blind set (New York Times-style)", "published": "2020-01-13"}),

    ("arEN2_ain_al_asad_warning", "ar",
     "واشنطن - «الحرة» - كشف مسؤولون أميركيون، تحدثوا شرط عدم الكشف عن هوياتهم، أن القوات "
     "الأميركية في قاعدة عين الأسد الجوية غرب العراق تلقت تحذيراً قبل ساعات من الهجوم الصاروخي "
     "الإيراني في الثامن من كانون الثاني 2020، ما سمح لمعظم الجنود بالاحتماء في الملاجئ.\n"
     "وأطلق الحرس الثوري الإيراني أكثر من عشرة صواريخ باليستية على القاعدة الواقعة في محافظة "
     "الأنبار، وعلى موقع آخر قرب أربيل، رداً على مقتل قائد فيلق القدس قاسم سليماني بغارة أميركية "
     "قرب مطار بغداد قبل خمسة أيام. وأعلن قائد القوة الجوفضائية في الحرس أمير علي حاجي زاده "
     "مسؤولية قواته عن الضربة.\n"
     "وقال الرئيس دونالد ترامب في خطاب من البيت الأبيض إن أحداً من الأميركيين لم يصب، قبل أن "
     "تعلن وزارة الدفاع لاحقاً تشخيص أكثر من مئة جندي بإصابات دماغية.\n"
     "وروت المقدم ستيسي كولمان، قائدة السرب الجوي في القاعدة، لمراسلين أن الجنود أمضوا ساعات "
     "تحت القصف. وزار قائد القيادة المركزية الجنرال كينيث ماكنزي القاعدة بعد أسابيع، والتقى "
     "كولمان وعدداً من الجنود، فيما لم يلتقِ أي مسؤول عسكري عراقي خلال الزيارة، بحسب المصادر "
     "نفسها.\n"
     "وكان وزير الدفاع مارك إسبر ورئيس هيئة الأركان المشتركة الجنرال مارك ميلي قد أكدا في مؤتمر "
     "صحافي أن الصواريخ أُطلقت بنية القتل.",
     [("LOCATED_IN", AINASAD, IRAQ, "قاعدة عين الأسد الجوية غرب العراق"),
      ("ATTACKED", IRAN, AINASAD, "الهجوم الصاروخي الإيراني", "2020-01-08"),
      ("ATTACKED", IRGC, AINASAD, "وأطلق الحرس الثوري الإيراني", "2020-01-08"),
      ("LOCATED_IN", AINASAD, "location:anbar", "القاعدة الواقعة في محافظة"),
      ("LEADS", SOL, QF, "قائد فيلق القدس قاسم"),
      ("ASSASSINATED_BY", SOL, US, "بغارة أميركية", "2020-01-03"),
      ("LEADS", HAJI, "organization:irgc-aerospace-force", "أمير علي حاجي زاده"),
      ("PART_OF", "organization:irgc-aerospace-force", IRGC, "قائد القوة الجوفضائية في الحرس"),
      ("LEADS", TRUMP, US, "وقال الرئيس دونالد ترامب"),
      ("LEADS", MCK, CENTCOM, "قائد القيادة المركزية الجنرال"),
      ("VISITED", MCK, AINASAD, "القاعدة بعد أسابيع"),
      ("MET_WITH", MCK, COLEMAN, "والتقى كولمان"),
      ("LEADS", ESPER, DOD, "وزير الدفاع مارك إسبر"),
      ("LEADS", MILLEY, JCS, "رئيس هيئة الأركان المشتركة الجنرال"),
      ],
     {"source": "blind set (Alhurra-style Arabic)", "published": "2021-01-08"}),

    ("enEN3_ghaani_named_hook_warning", "en",
     "WASHINGTON - Within hours of the strike that killed Qassem Soleimani, Iran's supreme leader, "
     "Ayatollah Ali Khamenei, named Brig. Gen. Esmail Ghaani to replace him as commander of the "
     "Quds Force, a choice that U.S. officials initially read as a signal of continuity rather than "
     "escalation.\n"
     "Khamenei said in a decree that the force's program would remain \"unchanged from the time of "
     "his predecessor.\" Ghaani had been Soleimani's deputy since 1997; his old post went to "
     "Mohammad Hejazi, a former Basij commander, who was appointed to replace him as deputy.\n"
     "In Washington the reaction was blunt. Brian Hook, the State Department's special "
     "representative for Iran, told reporters that if Ghaani \"follows the same path of killing "
     "Americans, then he will meet the same fate.\" Officials who spoke on condition of anonymity "
     "said Secretary of State Mike Pompeo had approved the language.\n"
     "\"Ghaani lacks Soleimani's charisma and his personal ties to the Iraqi militias,\" said Ali "
     "Vaez, who directs the Iran project at the International Crisis Group. \"That does not make "
     "him less dangerous.\"\n"
     "Ghaani has not been seen in Baghdad since his appointment, officials said, and the militias "
     "he inherited have begun to splinter. Hejazi died in April 2021 and was succeeded as deputy "
     "commander by Mohammad Reza Fallahzadeh.",
     [("LEADS", KHAM, IRAN, "Iran's supreme leader"),
      ("SUCCESSOR_OF", QAANI, SOL, "named Brig. Gen. Esmail Ghaani to replace him", "2020-01-03"),
      ("LEADS", QAANI, QF, "as commander of the Quds Force"),
      ("SUCCESSOR_OF", HEJAZI, QAANI, "who was appointed to replace him as deputy", "2020-01-03"),
      ("LEADS", HEJAZI, "organization:basij", "a former Basij commander"),
      ("MEMBER_OF", HOOK, STATE, "the State Department's special"),
      ("LEADS", POMP, STATE, "Secretary of State Mike Pompeo"),
      ("MEMBER_OF", VAEZ, "organization:international-crisis-group", "at the International Crisis Group"),
      ("SUCCESSOR_OF", FALLAH, HEJAZI, "was succeeded as deputy commander by", "2021-04"),
      ],
     {"source": "blind set (Politico-style)", "published": "2020-01-24"}),

    ("arEN4_kadhimi_white_house", "ar",
     "واشنطن - «الشرق الأوسط» - استقبل الرئيس الأميركي دونالد ترامب، الخميس في البيت الأبيض، "
     "رئيس الوزراء العراقي مصطفى الكاظمي، في أول زيارة له إلى واشنطن منذ توليه منصبه في أيار "
     "خلفاً لعادل عبد المهدي.\n"
     "وقال ترامب للصحافيين في المكتب البيضاوي إن القوات الأميركية «ستغادر» العراق في غضون فترة "
     "قصيرة، من دون أن يحدد جدولاً زمنياً، مضيفاً أن عددها بات «قليلاً جداً».\n"
     "وكان الكاظمي قد بحث مع وزير الخارجية مايك بومبيو، الأربعاء، ملفات الحوار الاستراتيجي "
     "والطاقة، فيما أجرى وزير الخارجية العراقي فؤاد حسين جلسة مباحثات منفصلة مع نظيره الأميركي، "
     "ووقّع وزير المالية علي علاوي اتفاقات مع شركات طاقة أميركية.\n"
     "وتأتي الزيارة بعد سبعة أشهر من الغارة الأميركية التي قتلت قاسم سليماني ونائب رئيس هيئة "
     "الحشد الشعبي أبو مهدي المهندس قرب مطار بغداد، وهي غارة دفعت البرلمان العراقي إلى التصويت "
     "على قرار يطالب بإخراج القوات الأجنبية.\n"
     "ونقلت الصحيفة عن مسؤول عراقي رافق الوفد، طلب عدم ذكر اسمه، أن الكاظمي لم يلتقِ وزير "
     "الدفاع مارك إسبر خلافاً لما أُعلن سابقاً، واكتفى الجانبان باتصال هاتفي.",
     [("MET_WITH", TRUMP, KADH, "استقبل الرئيس الأميركي", "2020-08-20"),
      ("LEADS", TRUMP, US, "الرئيس الأميركي دونالد ترامب"),
      ("LEADS", KADH, IRQGOV, "رئيس الوزراء العراقي مصطفى"),
      ("VISITED", KADH, "location:washington", "في أول زيارة له إلى واشنطن", "2020-08-20"),
      ("SUCCESSOR_OF", KADH, AAM, "خلفاً لعادل عبد المهدي", "2020-05-07"),
      ("MET_WITH", KADH, POMP, "قد بحث مع وزير الخارجية مايك بومبيو", "2020-08-19"),
      ("LEADS", POMP, STATE, "وزير الخارجية مايك بومبيو"),
      ("LEADS", FUAD, "organization:iraqi-foreign-ministry", "وزير الخارجية العراقي فؤاد"),
      ("MET_WITH", FUAD, POMP, "جلسة مباحثات منفصلة مع نظيره", "2020-08-19"),
      ("LEADS", ALLAWI, "organization:iraqi-finance-ministry", "وزير المالية علي علاوي"),
      ("ASSASSINATED_BY", SOL, US, "الغارة الأميركية التي قتلت", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "الغارة الأميركية التي قتلت", "2020-01-03"),
      ("MEMBER_OF", MUH, PMF, "ونائب رئيس هيئة"),
      ("LEADS", ESPER, DOD, "الدفاع مارك إسبر"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style Arabic)", "published": "2020-08-21"}),

    ("enEN5_poursafi_bolton_plot", "en",
     "WASHINGTON - The Justice Department on Wednesday charged Shahram Poursafi, a member of Iran's "
     "Islamic Revolutionary Guard Corps, with plotting to assassinate John Bolton, the former "
     "national security adviser, in what prosecutors described as likely retaliation for the "
     "January 2020 U.S. strike that killed Quds Force commander Qasem Soleimani.\n"
     "Poursafi offered $300,000 to a person in the United States to kill Bolton in "
     "Washington or Maryland, according to a criminal complaint unsealed in federal court. The "
     "would-be hitman was a confidential FBI informant. Poursafi, who remains at large, never met "
     "the informant in person; the two communicated through an encrypted messaging app, the "
     "complaint said.\n"
     "\"This is not the first time we have uncovered Iranian plots to exact revenge against "
     "individuals on American soil,\" Matthew G. Olsen, the assistant attorney general for "
     "national security, said in a statement. FBI Director Christopher A. Wray said the bureau "
     "would \"continue to aggressively pursue\" such threats.\n"
     "People familiar with the investigation said Poursafi's handlers had also discussed a second "
     "\"job\" for a larger fee, which officials believe referred to former secretary of state Mike "
     "Pompeo. Iran's Foreign Ministry spokesman, Nasser Kanaani, rejected the charges as "
     "\"ridiculous and baseless.\"\n"
     "Bolton, who left the Trump White House in September 2019, said he was grateful to the FBI.",
     [("MEMBER_OF", POURSAFI, IRGC, "a member of Iran's"),
      ("ASSASSINATED_BY", SOL, US, "U.S. strike that killed", "2020-01-03"),
      ("LEADS", SOL, QF, "Quds Force commander Qasem"),
      ("MEMBER_OF", OLSEN, "organization:us-department-of-justice", "the assistant attorney general"),
      ("LEADS", WRAY, "organization:fbi", "FBI Director Christopher"),
      ("LEADS", POMP, STATE, "former secretary of state Mike"),
      ("MEMBER_OF", KANAANI, IFM, "Iran's Foreign Ministry spokesman"),
      ],
     {"source": "blind set (Washington Post-style)", "published": "2022-08-10"}),

    ("arEN6_abdulmahdi_planned_meeting", "ar",
     "لندن - «القدس العربي» - نقلت صحيفة «نيويورك تايمز» عن مسؤولين أميركيين وعراقيين أن رئيس "
     "الوزراء العراقي المستقيل عادل عبد المهدي كان من المقرر أن يلتقي قائد فيلق القدس قاسم "
     "سليماني صباح الثالث من كانون الثاني 2020، وهو اليوم الذي قُتل فيه سليماني في غارة بطائرة "
     "مسيّرة أمر بها الرئيس الأميركي دونالد ترامب.\n"
     "وقال عبد المهدي أمام البرلمان إن سليماني كان يحمل رداً إيرانياً على رسالة سعودية، وهو ما "
     "نفاه مسؤولون في الرياض.\n"
     "وصوّت مجلس النواب العراقي، في جلسة ترأسها محمد الحلبوسي، على قرار يلزم الحكومة بإنهاء "
     "وجود القوات الأجنبية. وبحسب الصحيفة، اتصل وزير الخارجية الأميركي مايك بومبيو بعبد المهدي "
     "هاتفياً بعد التصويت، فيما استقبل عبد المهدي السفير الأميركي ماثيو تولر في مكتبه ببغداد، "
     "وأبلغه أن على واشنطن إرسال وفد لبحث آليات الانسحاب.\n"
     "وردّت وزارة الخارجية الأميركية بأن أي وفد يُرسل إلى العراق لن يناقش الانسحاب بل «الشراكة "
     "الاستراتيجية».\n"
     "وقُتل في الغارة أيضاً أبو مهدي المهندس، نائب رئيس هيئة الحشد الشعبي ومؤسس كتائب حزب الله.",
     [("LEADS", AAM, IRQGOV, "الوزراء العراقي المستقيل"),
      ("LEADS", SOL, QF, "قائد فيلق القدس قاسم"),
      ("ASSASSINATED_BY", SOL, TRUMP, "أمر بها الرئيس الأميركي", "2020-01-03"),
      ("LEADS", TRUMP, US, "الرئيس الأميركي دونالد ترامب"),
      ("LEADS", HALB, "organization:iraqi-parliament", "في جلسة ترأسها محمد الحلبوسي"),
      ("LEADS", POMP, STATE, "وزير الخارجية الأميركي مايك بومبيو"),
      ("MET_WITH", AAM, TUELLER, "استقبل عبد المهدي السفير الأميركي", "2020-01"),
      ("ASSASSINATED_BY", MUH, TRUMP, "وقُتل في الغارة أيضاً", "2020-01-03"),
      ("MEMBER_OF", MUH, PMF, "نائب رئيس هيئة الحشد الشعبي ومؤسس"),
      ("MEMBER_OF", MUH, KH, "ومؤسس كتائب حزب الله"),
      ],
     {"source": "blind set (Al-Quds Al-Arabi-style Arabic, citing the New York Times)",
      "published": "2020-01-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEN")
