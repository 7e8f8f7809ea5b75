"""Blind set DH: the Quds Force, Iraqi government formation and the security file, 2022-2023:
Qa'ani meeting Muqtada al-Sadr in al-Hanana and al-Amiri in Baghdad, but not Prime Minister
al-Khadimi (AP-style, Feb 2022); al-Sudani in Tehran with Raisi and Khamenei, al-Araji meeting
Shamkhani separately, no meeting with Qaani, a Kurdish accusation denied (Asharq Al-Awsat-style
Arabic, Nov 2022); Ahmadian replacing Shamkhani, whose March Baghdad trip and border pact are
background (AFP-style, May 2023); President Rashid in Tehran, successor of Barham Salih, with a
planned meeting with Qaani that did not take place (Al-Quds Al-Arabi-style Arabic, Apr 2023);
al-Araji in Tehran with Ahmadian before the Kurdish disarmament deadline (AP-style, Sept 2023);
the killing of Razi Mousavi in Sayyida Zaynab, blamed on Israel without a claim, beside
Soleimani's stated killer (Asharq Al-Awsat-style Arabic, Dec 2023).
Style: en/ar alternating; anonymous officials' accounts; signings as meetings; "took over from",
"خلفاً لـ"; planned meetings not held; "did not meet"; "was received by"; accusation without
claim. Spellings: Qa'ani, Khadimi, Amirabdollahian, صالح.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_dh/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_di import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAN, IRAQ = "country:united-states", "country:iran", "country:iraq"
QAA, SOL = "person:esmail-qaani", "person:qasem-soleimani"
SAD, AMI, KAD, MAL, ADH = ("person:muqtada-al-sadr", "person:hadi-al-amiri", "person:mustafa-al-kadhimi",
                           "person:nouri-al-maliki", "person:hassan-al-adhari")
SUD, RAI, KHA, MOK, ARJ, SHM, MAW = ("person:mohammed-shia-al-sudani", "person:ebrahim-raisi",
                                     "person:ali-khamenei", "person:mohammad-mokhber",
                                     "person:qassim-al-araji", "person:ali-shamkhani",
                                     "person:mustafa-mawloudi")
AHM, RAS, KHR = "person:ali-akbar-ahmadian", "person:abdul-latif-rashid", "person:kamal-kharrazi"
SAL, GHA, FUH, AAB, VEL, ROU = ("person:barham-salih", "person:mohammad-bagher-ghalibaf",
                                "person:fuad-hussein", "person:hossein-amir-abdollahian",
                                "person:ali-akbar-velayati", "person:hassan-rouhani")
MOH = "person:abdullah-mohtadi"
RMO, SLM, HAG, AKB, MEK, ESB = ("person:razi-mousavi", "person:hossein-salami", "person:daniel-hagari",
                                "person:hossein-akbari", "person:faisal-mekdad", "person:behrouz-esbati")
QF, IRGC, SNSC = "organization:quds-force", "organization:irgc", "organization:supreme-national-security-council"
BGD, TEH = "location:baghdad", "location:tehran"

ARTICLES = [
    ("enDH1_qaani_meets_sadr_in_hanana", "en",
     "BAGHDAD (AP) - The commander of Iran's elite Quds Force, Esmail Qa'ani, made a rare trip to "
     "the Shiite holy city of Najaf this week and met with influential cleric Muqtada al-Sadr at his "
     "home in al-Hanana, two Iraqi officials said, as Tehran pressed its allies to join a government "
     "with the cleric, whose bloc won the most seats in October's elections.\n"
     "The officials, who spoke on condition of anonymity, said Qa'ani urged al-Sadr to bring Nouri "
     "al-Maliki's State of Law coalition into the next government. Al-Sadr refused, they said. A "
     "statement from the cleric's office made no mention of the visit.\n"
     "Qa'ani also held talks in Baghdad with Hadi al-Amiri, the head of the Badr Organization. He did "
     "not meet Prime Minister Mustafa al-Khadimi, a government adviser said.\n"
     "Days later, the head of al-Sadr's parliamentary bloc, Hassan al-Adhari, told a news conference "
     "that the cleric would not back down from a \"national majority government, neither eastern nor "
     "western.\"\n"
     "Qa'ani took over the Quds Force after a U.S. drone strike killed his predecessor, Qassem "
     "Soleimani, at Baghdad airport in January 2020.",
     [("LEADS", QAA, QF, "The commander of Iran's elite Quds Force"),
      ("VISITED", QAA, "location:najaf", "made a rare trip to", "2022-02"),
      ("MET_WITH", QAA, SAD, "met with influential cleric Muqtada al-Sadr", "2022-02"),
      ("LEADS", MAL, "organization:state-of-law-coalition", "al-Maliki's State of Law coalition"),
      ("VISITED", QAA, BGD, "also held talks in Baghdad", "2022-02"),
      ("MET_WITH", QAA, AMI, "with Hadi al-Amiri", "2022-02"),
      ("LEADS", AMI, "organization:badr-organization", "the head of the Badr Organization"),
      ("LEADS", KAD, IRAQ, "Prime Minister Mustafa al-Khadimi"),
      ("LEADS", ADH, "organization:sadrist-bloc", "the head of al-Sadr's parliamentary bloc"),
      ("SUCCESSOR_OF", QAA, SOL, "took over the Quds Force after"),
      ("ASSASSINATED_BY", SOL, US, "a U.S. drone strike killed his predecessor"),
      ],
     {"source": "blind set (AP-style)", "published": "2022-02-10"}),

    ("arDH2_sudani_in_tehran", "ar",
     "طهران - «الشرق الأوسط»: أجرى رئيس الوزراء العراقي محمد شياع السوداني، الثلاثاء، مباحثات في "
     "طهران مع الرئيس الإيراني إبراهيم رئيسي، في ثالث زيارة خارجية له منذ تسلمه المنصب خلفاً "
     "لمصطفى الكاظمي، بعد عمّان والكويت.\n"
     "وكان في استقباله في مطار مهرآباد النائب الأول للرئيس محمد مخبر. واستقبل المرشد علي خامنئي "
     "السوداني والوفد المرافق له مساء اليوم نفسه، بحسب الموقع الرسمي للمرشد.\n"
     "وشدد السوداني في مؤتمر صحافي مشترك مع رئيسي على أن العراق «لن يسمح باستخدام أراضيه منطلقاً "
     "للاعتداء على دول الجوار»، في إشارة إلى مطالب طهران بنزع سلاح الأحزاب الكردية الإيرانية "
     "المعارضة، بعد أن قصف الحرس الثوري مقارها في كويسنجق.\n"
     "وأفاد مصدر في الوفد بأن السوداني لم يلتق قائد فيلق القدس إسماعيل قاآني خلال الزيارة، لكن "
     "مستشار الأمن القومي قاسم الأعرجي عقد اجتماعاً منفصلاً مع أمين المجلس الأعلى للأمن القومي "
     "علي شمخاني.\n"
     "ويتهم الحرس الثوري الحزب الديمقراطي الكردستاني الإيراني بتهريب السلاح عبر الحدود، وهو ما "
     "نفاه القيادي في الحزب مصطفى مولودي.",
     [("LEADS", SUD, IRAQ, "رئيس الوزراء العراقي محمد شياع السوداني"),
      ("MET_WITH", SUD, RAI, "مباحثات في طهران مع الرئيس الإيراني", "2022-11-29"),
      ("VISITED", SUD, TEH, "الثلاثاء، مباحثات في طهران", "2022-11-29"),
      ("LEADS", RAI, IRAN, "الرئيس الإيراني إبراهيم رئيسي"),
      ("SUCCESSOR_OF", SUD, KAD, "خلفاً لمصطفى الكاظمي"),
      ("VISITED", SUD, "location:amman", "بعد عمّان"),
      ("VISITED", SUD, "country:kuwait", "عمّان والكويت"),
      ("MET_WITH", SUD, MOK, "وكان في استقباله في مطار مهرآباد", "2022-11-29"),
      ("MET_WITH", SUD, KHA, "واستقبل المرشد علي خامنئي", "2022-11-29"),
      ("LEADS", KHA, IRAN, "واستقبل المرشد علي خامنئي"),
      ("ATTACKED", IRGC, "location:koya", "مقارها في كويسنجق"),
      ("LEADS", QAA, QF, "قائد فيلق القدس إسماعيل قاآني"),
      ("MET_WITH", ARJ, SHM, "عقد اجتماعاً منفصلاً مع", "2022-11-29"),
      ("LEADS", SHM, SNSC, "أمين المجلس الأعلى للأمن القومي"),
      ("MEMBER_OF", MAW, "organization:kdpi", "القيادي في الحزب مصطفى مولودي"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2022-11-30"}),

    ("enDH3_ahmadian_replaces_shamkhani", "en",
     "TEHRAN, May 22 (AFP) - Iranian President Ebrahim Raisi on Monday appointed Ali Akbar Ahmadian, "
     "a veteran Revolutionary Guards commander, as secretary of the Supreme National Security "
     "Council, replacing Ali Shamkhani after almost a decade in the post.\n"
     "Shamkhani, who helped seal the March deal restoring ties with Saudi Arabia, was named by "
     "supreme leader Ayatollah Ali Khamenei to the Expediency Council and as his political adviser.\n"
     "Two months ago Shamkhani was in Baghdad, where he met Iraqi Prime Minister Mohammed Shia "
     "al-Sudani and President Abdul Latif Rashid and signed a border security agreement with national "
     "security adviser Qassim al-Araji. The pact commits Baghdad to disarm Iranian Kurdish opposition "
     "groups in the north and keep them away from the border.\n"
     "Ahmadian headed the Guards' joint staff for nearly two decades and later ran the council's "
     "strategic centre. Kamal Kharrazi, head of Iran's Strategic Council on Foreign Relations, "
     "welcomed the appointment, saying continuity in regional policy was assured.",
     [("LEADS", RAI, IRAN, "Iranian President Ebrahim Raisi"),
      ("SUCCESSOR_OF", AHM, SHM, "replacing Ali Shamkhani"),
      ("LEADS", AHM, SNSC, "as secretary of the Supreme National Security"),
      ("MEMBER_OF", AHM, IRGC, "a veteran Revolutionary Guards commander"),
      ("MEMBER_OF", SHM, "organization:expediency-discernment-council", "to the Expediency Council"),
      ("LEADS", KHA, IRAN, "supreme leader Ayatollah Ali Khamenei"),
      ("VISITED", SHM, BGD, "Shamkhani was in Baghdad", "2023-03-19"),
      ("MET_WITH", SHM, SUD, "where he met Iraqi Prime Minister", "2023-03-19"),
      ("LEADS", SUD, IRAQ, "Iraqi Prime Minister Mohammed Shia"),
      ("MET_WITH", SHM, RAS, "President Abdul Latif Rashid and signed", "2023-03-19"),
      ("LEADS", RAS, IRAQ, "President Abdul Latif Rashid"),
      ("MET_WITH", SHM, ARJ, "signed a border security agreement with", "2023-03-19"),
      ("LEADS", KHR, "organization:strategic-council-on-foreign-relations", "head of Iran's Strategic Council"),
      ],
     {"source": "blind set (AFP-style)", "published": "2023-05-22"}),

    ("arDH4_rashid_in_tehran", "ar",
     "طهران - «القدس العربي»: وصل الرئيس العراقي عبد اللطيف رشيد، السبت، إلى طهران في أول زيارة "
     "رسمية له إلى إيران منذ انتخابه خلفاً لبرهم صالح في تشرين الأول/أكتوبر الماضي، وكان في "
     "استقباله الرئيس إبراهيم رئيسي في قصر سعد آباد.\n"
     "وعقد الرئيسان جلسة مباحثات ثنائية تلتها جلسة موسعة تناولت ملفات المياه وديون الغاز والكهرباء "
     "وأمن الحدود. ثم التقى رشيد المرشد علي خامنئي، الذي دعا إلى «تنفيذ قرار البرلمان العراقي "
     "بإخراج القوات الأميركية».\n"
     "وبحث الرئيس العراقي مع رئيس مجلس الشورى محمد باقر قاليباف تعزيز العلاقات البرلمانية، كما "
     "زاره في مقر إقامته مستشار المرشد للشؤون الدولية علي أكبر ولايتي. وأجرى وزير الخارجية فؤاد "
     "حسين، المرافق للرئيس، محادثات مع نظيره حسين أمير عبد اللهيان.\n"
     "وكان من المقرر أن يلتقي رشيد قائد «فيلق القدس» إسماعيل قاآني، بحسب مصادر عراقية، لكن اللقاء "
     "لم يُعقد لأسباب لم تُكشف.\n"
     "وكان سلفه صالح قد زار طهران في تشرين الثاني/نوفمبر 2019 والتقى الرئيس السابق حسن روحاني.",
     [("LEADS", RAS, IRAQ, "الرئيس العراقي عبد اللطيف رشيد"),
      ("VISITED", RAS, TEH, "إلى طهران في أول زيارة", "2023-04-29"),
      ("SUCCESSOR_OF", RAS, SAL, "خلفاً لبرهم صالح"),
      ("MET_WITH", RAS, RAI, "استقباله الرئيس إبراهيم رئيسي", "2023-04-29"),
      ("LEADS", RAI, IRAN, "استقباله الرئيس إبراهيم رئيسي"),
      ("MET_WITH", RAS, KHA, "ثم التقى رشيد المرشد", "2023-04-29"),
      ("LEADS", KHA, IRAN, "المرشد علي خامنئي"),
      ("MET_WITH", RAS, GHA, "وبحث الرئيس العراقي مع", "2023-04-29"),
      ("LEADS", GHA, "organization:iranian-parliament", "رئيس مجلس الشورى محمد باقر"),
      ("MET_WITH", RAS, VEL, "زاره في مقر إقامته", "2023-04-29"),
      ("MET_WITH", FUH, AAB, "محادثات مع نظيره", "2023-04-29"),
      ("LEADS", FUH, "organization:iraqi-foreign-ministry", "وأجرى وزير الخارجية فؤاد"),
      ("LEADS", QAA, QF, "قائد «فيلق القدس» إسماعيل"),
      ("VISITED", SAL, TEH, "قد زار طهران", "2019-11"),
      ("MET_WITH", SAL, ROU, "والتقى الرئيس السابق", "2019-11"),
      ("LEADS", ROU, IRAN, "الرئيس السابق حسن روحاني"),
      ],
     {"source": "blind set (Al-Quds Al-Arabi-style)", "published": "2023-04-30"}),

    ("enDH5_araji_meets_ahmadian", "en",
     "TEHRAN, Iran (AP) - Iraq's national security adviser met Iran's top security official in "
     "Tehran on Sunday, days before a deadline Tehran set for Baghdad to disarm and relocate Iranian "
     "Kurdish opposition groups based in northern Iraq.\n"
     "Qassim al-Araji held talks with Ali Akbar Ahmadian, the secretary of the Supreme National "
     "Security Council, who took over from Ali Shamkhani in May. State TV said the two reviewed the "
     "security agreement that Shamkhani and al-Araji signed in Baghdad in March.\n"
     "Ahmadian warned that Iran would act on its own if the groups were not disarmed by Sept. 19. "
     "Al-Araji told IRNA that most fighters had already been moved from the border area.\n"
     "Al-Araji was also received by Foreign Minister Hossein Amirabdollahian. He did not meet "
     "President Ebrahim Raisi, who was preparing to leave for the U.N. General Assembly in New York.\n"
     "In Sulaymaniyah, Komala leader Abdullah Mohtadi said his group's members were not armed and "
     "denied launching attacks into Iran. Iran's Revolutionary Guards struck Komala and Kurdistan "
     "Democratic Party of Iran bases in the region with missiles and drones last year.",
     [("VISITED", ARJ, TEH, "met Iran's top security official in", "2023-09"),
      ("MET_WITH", ARJ, AHM, "Qassim al-Araji held talks with", "2023-09"),
      ("LEADS", AHM, SNSC, "the secretary of the Supreme National"),
      ("SUCCESSOR_OF", AHM, SHM, "who took over from Ali Shamkhani"),
      ("MET_WITH", SHM, ARJ, "Shamkhani and al-Araji signed", "2023-03"),
      ("VISITED", SHM, BGD, "signed in Baghdad in March", "2023-03"),
      ("REPORTED_BY", ARJ, "outlet:irna", "Al-Araji told IRNA"),
      ("MET_WITH", ARJ, AAB, "was also received by Foreign Minister", "2023-09"),
      ("LEADS", AAB, "organization:iranian-foreign-ministry", "Foreign Minister Hossein Amirabdollahian"),
      ("LEADS", RAI, IRAN, "President Ebrahim Raisi, who"),
      ("LEADS", MOH, "organization:komala", "Komala leader Abdullah Mohtadi"),
      ("ATTACKED", IRGC, "organization:komala", "struck Komala"),
      ("ATTACKED", IRGC, "organization:kdpi", "Kurdistan Democratic Party of Iran bases"),
      ],
     {"source": "blind set (AP-style)", "published": "2023-09-10"}),

    ("arDH6_razi_mousavi_killed", "ar",
     "دمشق - «الشرق الأوسط»: قُتل المستشار في الحرس الثوري الإيراني رضي موسوي، أحد أقدم القادة "
     "الإيرانيين في سوريا، الاثنين، في غارة استهدفت منزله في منطقة السيدة زينب جنوب دمشق.\n"
     "واتهم الحرس الثوري في بيان إسرائيل بتنفيذ الغارة، وتوعد قائده العام حسين سلامي بأنها «ستدفع "
     "ثمن هذه الجريمة». ولم تعلن إسرائيل مسؤوليتها، واكتفى المتحدث باسم الجيش الإسرائيلي دانيال "
     "هاغاري بالقول إن الجيش «لا يعلّق على تقارير في وسائل الإعلام الأجنبية».\n"
     "وكان موسوي مسؤولاً عن تنسيق الدعم اللوجستي لمحور المقاومة في سوريا، ورافق قاسم سليماني حتى "
     "مقتله بضربة أميركية قرب مطار بغداد في كانون الثاني/يناير 2020.\n"
     "وقال القائد في الحرس بهروز إثباتي لوكالة «تسنيم» إن موسوي كان «الرجل الثاني بعد سليماني في "
     "سوريا». وزار السفير الإيراني في دمشق حسين أكبري موقع الغارة، والتقى في اليوم التالي وزير "
     "الخارجية السوري فيصل المقداد.\n"
     "وقال قائد «فيلق القدس» إسماعيل قاآني، في رسالة تعزية، إن «دماء موسوي لن تذهب هدراً».",
     [("MEMBER_OF", RMO, IRGC, "المستشار في الحرس الثوري الإيراني رضي موسوي"),
      ("LOCATED_IN", "location:sayyida-zaynab", "location:damascus", "منطقة السيدة زينب جنوب دمشق"),
      ("LEADS", SLM, IRGC, "قائده العام حسين سلامي"),
      ("MEMBER_OF", HAG, "organization:israel-defense-forces", "باسم الجيش الإسرائيلي دانيال"),
      ("ASSASSINATED_BY", SOL, US, "مقتله بضربة أميركية"),
      ("MEMBER_OF", ESB, IRGC, "القائد في الحرس بهروز إثباتي"),
      ("REPORTED_BY", ESB, "outlet:tasnim", "لوكالة «تسنيم»"),
      ("MET_WITH", AKB, MEK, "والتقى في اليوم التالي وزير", "2023-12-26"),
      ("LEADS", MEK, "organization:syrian-foreign-ministry", "الخارجية السوري فيصل المقداد"),
      ("LEADS", QAA, QF, "قائد «فيلق القدس» إسماعيل قاآني"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2023-12-26"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDH")
