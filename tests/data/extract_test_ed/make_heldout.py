"""Blind set ED: envoys, peacekeepers and the last killings, 2024-2025 (wire-agency copy): Tom
Barrack, who took over the Lebanon file from Ortagus, received by Aoun at Baabda and meeting Salam
and Birri, with Berri's adviser Ali Hamdan (AP-style, July 2025); UNIFIL's change of command from
Lazaro to Abagnara, a farewell audience with Aoun and Haykal's talks at Naqoura (Reuters Arabic-
style, 2025); Israel says it killed Hezbollah chief of staff Tabatabai, Shukr's successor, on
Netanyahu's order, with a papal visit still to come (Reuters-style, Nov 2025); the Barrack-Ortagus
delegation with senators Shaheen and Graham and CENTCOM's Cooper in Baabda, Berri only expected
(AFP Arabic-style, Aug 2025); Le Drian back in Beirut with Legendre, with Macron's January visit
as background (Reuters-style, 2025); Ghalibaf flies into Beirut, meets Berri and Miqati, and his
Le Figaro interview draws Miqati's rebuke (Arabic wire-style, Oct 2024).
Style: en/ar alternating; "took over the file from", تسلّم ... من، "is expected to", "ordered the
strike", a phone call, an interview as REPORTED_BY, a meeting "in the presence of" avoided, lists.
Spellings: Birri / بري; Kassem / قاسم; Safiyeddine; Miqati / ميقاتي; Hochstein (background).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ed/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ed import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IRN, LEB, US, FRA = ("country:israel", "country:iran", "country:lebanon", "country:united-states",
                          "country:france")
IDF, HZB, PARL, ARMY = ("organization:israel-defense-forces", "organization:hezbollah",
                        "organization:lebanese-parliament", "organization:lebanese-army")
UNIFIL, UN, IPARL, GOV = ("organization:unifil", "organization:united-nations",
                          "organization:iranian-parliament", "organization:lebanese-government")
BEI, BAAB, NAQ, DAH, HH = ("location:beirut", "location:baabda-palace", "location:naqoura",
                           "location:dahiyeh", "location:haret-hreik")
BARR, ORT, JAOUN, SAL, BER = ("person:tom-barrack", "person:morgan-ortagus", "person:joseph-aoun",
                              "person:nawaf-salam", "person:nabih-berri")
HAMDAN, QAS, LAZ, ABAG = ("person:ali-hamdan", "person:naim-qassem", "person:aroldo-lazaro",
                          "person:diodato-abagnara")
HAYK, JHP, TAB, SHUKR = ("person:rodolphe-haykal", "person:jeanine-hennis-plasschaert",
                         "person:haytham-ali-tabatabai", "person:fouad-shukr")
NET, LEO, KATZ = "person:benjamin-netanyahu", "person:pope-leo-xiv", "person:israel-katz"
SHAH, GRAH, COOP, KUR = ("person:jeanne-shaheen", "person:lindsey-graham", "person:brad-cooper",
                         "person:erik-kurilla")
LED, LEG, MAC, MIK, COL = ("person:jean-yves-le-drian", "person:anne-claire-legendre",
                           "person:emmanuel-macron", "person:najib-mikati", "person:catherine-colonna")
GHAL, ARA, FIG, HOCH = ("person:mohammad-bagher-ghalibaf", "person:abbas-araghchi",
                        "outlet:le-figaro", "person:amos-hochstein")
IGOV, ISRGOV = "organization:iranian-government", "organization:israeli-government"

ARTICLES = [
    ("enED1_barrack_baabda", "en",
     "BEIRUT (AP) - U.S. envoy Tom Barrack was received by Lebanese President Joseph Aoun at the "
     "Baabda palace on Monday and handed a Lebanese response to a U.S. proposal for disarming "
     "Hezbollah, calling it \"something spectacular\".\n"
     "Barrack, the U.S. ambassador to Turkey and special envoy for Syria, took over the Lebanon file "
     "from deputy envoy Morgan Ortagus last month. He later met Prime Minister Nawaf Salam at the "
     "government headquarters and Parliament Speaker Nabih Birri, whose adviser Ali Hamdan attended "
     "the talks, according to Birri's office.\n"
     "Birri, who acts as an intermediary for Hezbollah, said the meeting was \"good\". Hezbollah "
     "leader Naim Kassem has said the group will not hand over its weapons while Israel keeps "
     "striking Lebanon. Barrack did not meet any Hezbollah officials, and the group did not "
     "comment on his visit.\n"
     "Asked whether Washington would guarantee an Israeli withdrawal, Barrack told reporters: "
     "\"The U.S. is not here to coerce anybody.\"",
     [("MET_WITH", BARR, JAOUN, "was received by Lebanese President Joseph Aoun"),
      ("SUCCESSOR_OF", BARR, ORT, "took over the Lebanon file"),
      ("MET_WITH", BARR, SAL, "He later met Prime Minister Nawaf Salam"),
      ("MET_WITH", BARR, BER, "Parliament Speaker Nabih Birri"),
      ("LEADS", BER, PARL, "Parliament Speaker Nabih Birri"),
      ("MET_WITH", BARR, HAMDAN, "Ali Hamdan attended"),
      ("LEADS", QAS, HZB, "Hezbollah leader Naim Kassem")],
     {"title": "US envoy Barrack hails Lebanon's response on Hezbollah arms", "source": "blind (AP-style)",
      "published": "2025-07-07"}),

    ("arED2_unifil_handover", "ar",
     "الناقورة (رويترز) - تسلّم الجنرال الإيطالي ديوداتو أبانيارا الاثنين قيادة قوات الأمم المتحدة "
     "المؤقتة في لبنان (اليونيفيل) من الجنرال الإسباني أرولدو لاثارو، في احتفال أقيم في مقر القوة في "
     "الناقورة جنوب لبنان.\n"
     "وحضر الاحتفال قائد الجيش اللبناني العماد رودولف هيكل، الذي عقد لقاء مع أبانيارا بعد التسلّم "
     "والتسليم تناول التنسيق في منطقة جنوب الليطاني. كما شاركت المنسقة الخاصة للأمم المتحدة في لبنان "
     "جينين هينيس بلاسخارت.\n"
     "وكان لاثارو قد زار قصر بعبدا الأسبوع الماضي، حيث استقبله الرئيس جوزاف عون مودّعاً، وشكره على "
     "\"الجهود التي بذلتها القوة في أصعب الظروف\".\n"
     "وتأتي عملية التسليم في وقت تتعرض فيه دوريات اليونيفيل لاعتراضات متكررة من سكان في بعض القرى، "
     "وبعدما اتهمت القوة الجيش الإسرائيلي بإطلاق النار قرب عناصرها، وهو ما نفته إسرائيل.\n"
     "ومن المقرر أن يلتقي أبانيارا الرئيس عون ورئيس الحكومة نواف سلام الأسبوع المقبل.",
     [("LEADS", ABAG, UNIFIL, "تسلّم الجنرال الإيطالي ديوداتو أبانيارا"),
      ("SUCCESSOR_OF", ABAG, LAZ, "تسلّم الجنرال الإيطالي ديوداتو أبانيارا"),
      ("PART_OF", UNIFIL, UN, "قيادة قوات الأمم المتحدة"),
      ("LOCATED_IN", NAQ, LEB, "الناقورة جنوب لبنان"),
      ("LEADS", HAYK, ARMY, "قائد الجيش اللبناني العماد رودولف هيكل"),
      ("MET_WITH", HAYK, ABAG, "الذي عقد لقاء مع أبانيارا"),
      ("MEMBER_OF", JHP, UN, "المنسقة الخاصة للأمم المتحدة"),
      ("VISITED", LAZ, BAAB, "وكان لاثارو قد زار قصر بعبدا"),
      ("MET_WITH", LAZ, JAOUN, "حيث استقبله الرئيس جوزاف عون مودّعاً")],
     {"title": "أبانيارا يتسلم قيادة اليونيفيل من لاثارو", "source": "blind (Reuters Arabic-style)",
      "published": "2025-06-02"}),

    ("enED3_tabatabai_killed", "en",
     "BEIRUT (Reuters) - Israel's military said on Sunday it had killed Haytham Ali Tabatabai, whom it "
     "described as Hezbollah's chief of staff, in a strike on a building in Haret Hreik in Beirut's "
     "southern suburbs, the first such attack on the capital in months.\n"
     "Prime Minister Benjamin Netanyahu's office said he ordered the strike on the recommendation of "
     "Defense Minister Israel Katz and the military's chief of staff. Lebanon's health ministry said "
     "five people were killed and 28 wounded.\n"
     "Tabatabai had taken over as the group's top military commander after Israel killed Fuad Shukr "
     "in July 2024, according to Israeli and Lebanese security sources. Hezbollah confirmed his death "
     "and Naim Qassem vowed to respond \"at the right time\".\n"
     "President Joseph Aoun urged the international community to intervene, saying Israel was ignoring "
     "calls to halt its attacks a year after the ceasefire.\n"
     "The strike came a week before Pope Leo XIV is due in Lebanon, where he is expected to meet Aoun "
     "and religious leaders during a three-day visit.",
     [("ASSASSINATED_BY", TAB, IDF, "it had killed Haytham Ali Tabatabai"),
      ("MEMBER_OF", TAB, HZB, "described as Hezbollah's chief of staff"),
      ("LOCATED_IN", HH, DAH, "in Haret Hreik in Beirut's"),
      ("ASSASSINATED_BY", TAB, NET, "said he ordered the strike"),
      ("SUCCESSOR_OF", TAB, SHUKR, "had taken over as the group's top military commander"),
      ("ASSASSINATED_BY", SHUKR, ISR, "after Israel killed Fuad Shukr"),
      ("LEADS", QAS, HZB, "Hezbollah confirmed his death and Naim Qassem"),
      ("MEMBER_OF", KATZ, ISRGOV, "Defense Minister Israel Katz")],
     {"title": "Israel says it killed Hezbollah's top commander in Beirut strike",
      "source": "blind (Reuters-style)", "published": "2025-11-23"}),

    ("arED4_us_delegation_baabda", "ar",
     "بيروت (أ ف ب) - استقبل الرئيس اللبناني جوزاف عون الثلاثاء في قصر بعبدا وفداً أميركياً ضم "
     "المبعوث توم باراك ونائبة المبعوث الخاص مورغان أورتاغوس والسيناتورين الجمهوري ليندسي غراهام "
     "والديموقراطية جين شاهين، وبحث معهم الخطة الحكومية لحصر السلاح بيد الدولة.\n"
     "وانضم إلى الوفد في لقاء بعبدا قائد القيادة المركزية الأميركية الأدميرال براد كوبر، الذي تولى منصبه هذا الشهر "
     "خلفاً للجنرال إريك كوريلا، والتقى لاحقاً قائد الجيش العماد رودولف هيكل في اليرزة.\n"
     "ثم انتقل باراك وأورتاغوس والسيناتوران إلى السراي حيث اجتمعوا مع رئيس الحكومة نواف سلام. وكان من المتوقع أن يستقبل رئيس "
     "مجلس النواب نبيه بري الوفد، إلا أن اللقاء أُرجئ من دون توضيح.\n"
     "وأثار باراك جدلاً عندما طلب من الصحافيين في بعبدا التصرف \"بشكل حضاري\"، فيما قال غراهام إن "
     "على حزب الله أن يسلّم سلاحه قبل أي انسحاب إسرائيلي.",
     [("MET_WITH", JAOUN, BARR, "المبعوث توم باراك"),
      ("MET_WITH", JAOUN, ORT, "ونائبة المبعوث الخاص مورغان أورتاغوس"),
      ("MET_WITH", JAOUN, GRAH, "والسيناتورين الجمهوري ليندسي غراهام"),
      ("MET_WITH", JAOUN, SHAH, "والديموقراطية جين شاهين"),
      ("MET_WITH", JAOUN, COOP, "وانضم إلى الوفد في لقاء بعبدا"),
      ("SUCCESSOR_OF", COOP, KUR, "خلفاً للجنرال إريك كوريلا"),
      ("MET_WITH", COOP, HAYK, "والتقى لاحقاً قائد الجيش"),
      ("LEADS", HAYK, ARMY, "والتقى لاحقاً قائد الجيش"),
      ("MET_WITH", SAL, BARR, "ثم انتقل باراك وأورتاغوس"),
      ("MET_WITH", SAL, ORT, "وأورتاغوس والسيناتوران"),
      ("MET_WITH", SAL, GRAH, "والسيناتوران إلى السراي"),
      ("MET_WITH", SAL, SHAH, "حيث اجتمعوا مع رئيس الحكومة"),
      ("LEADS", BER, PARL, "مجلس النواب نبيه بري الوفد")],
     {"title": "عون يستقبل وفداً أميركياً برئاسة باراك", "source": "blind (AFP Arabic-style)",
      "published": "2025-08-26"}),

    ("enED5_le_drian_return", "en",
     "BEIRUT (Reuters) - French presidential envoy Jean-Yves Le Drian held talks with President Joseph "
     "Aoun and Prime Minister Nawaf Salam on Thursday, urging Lebanon to pass banking reforms ahead of "
     "an international reconstruction conference France wants to host.\n"
     "Le Drian, accompanied by Anne-Claire Legendre, the Elysee's Middle East adviser, also met Speaker "
     "Nabih Berri, who told him Israel's continued strikes made any reconstruction plan \"hostage to "
     "occupation\". Legendre joined all three meetings.\n"
     "A former defence and foreign minister, Le Drian was replaced at the Quai d'Orsay by Catherine "
     "Colonna in 2022 and has since handled the Lebanon file for President Emmanuel Macron.\n"
     "Macron himself visited Beirut in January, days after Aoun's election, meeting the new president, "
     "Salam and outgoing premier Najib Mikati. He had phoned Aoun on the night of the vote.\n"
     "Le Drian was not scheduled to meet Hezbollah officials, a French diplomat said, though Paris "
     "maintains contacts with the group's lawmakers.",
     [("MET_WITH", LED, JAOUN, "held talks with President Joseph"),
      ("MET_WITH", LED, SAL, "Aoun and Prime Minister Nawaf Salam on Thursday"),
      ("MET_WITH", LED, BER, "also met Speaker"),
      ("MET_WITH", LEG, BER, "accompanied by Anne-Claire Legendre"),
      ("MET_WITH", LEG, JAOUN, "Legendre joined all three"),
      ("MET_WITH", LEG, SAL, "joined all three meetings"),
      ("LEADS", BER, PARL, "Speaker Nabih Berri"),
      ("SUCCESSOR_OF", COL, LED, "was replaced at the Quai d'Orsay by Catherine"),
      ("VISITED", MAC, BEI, "Macron himself visited Beirut in January", "2025-01-17"),
      ("MET_WITH", MAC, JAOUN, "meeting the new president"),
      ("MET_WITH", MAC, SAL, "Salam and outgoing premier"),
      ("MET_WITH", MAC, MIK, "outgoing premier Najib Mikati")],
     {"title": "French envoy Le Drian presses Lebanon on reforms", "source": "blind (Reuters-style)",
      "published": "2025-05-29"}),

    ("arED6_ghalibaf_flight", "ar",
     "بيروت - وصل رئيس مجلس الشورى الإسلامي الإيراني محمد باقر قاليباف السبت إلى بيروت على متن طائرة "
     "قال إنه قادها بنفسه، في زيارة تضامنية هي الأرفع لمسؤول إيراني منذ مقتل حسن نصرالله.\n"
     "واستهل قاليباف زيارته بلقاء رئيس مجلس النواب نبيه بري في عين التينة، ثم اجتمع برئيس حكومة "
     "تصريف الأعمال نجيب ميقاتي في السراي الحكومي، قبل أن يتفقد موقع غارة إسرائيلية في منطقة "
     "البسطة.\n"
     "وبعد أيام، نقلت صحيفة لوفيغارو الفرنسية عن قاليباف قوله إن طهران مستعدة للتفاوض مع فرنسا "
     "بشأن تطبيق القرار 1701، فردّ ميقاتي باستغراب واعتبر الكلام \"تدخلاً فاضحاً\" في الشؤون "
     "اللبنانية، وطلب من وزارة الخارجية استدعاء القائم بالأعمال الإيراني.\n"
     "وكان وزير الخارجية الإيراني عباس عراقجي قد أجرى اتصالاً هاتفياً بميقاتي قبل الزيارة، فيما لم "
     "يلتق قاليباف أي مسؤول من حزب الله بحسب ما أعلن مكتبه. ومن المتوقع أن يزور المبعوث الأميركي "
     "آموس هوكشتاين بيروت الأسبوع المقبل للقاء بري.",
     [("LEADS", GHAL, IPARL, "رئيس مجلس الشورى الإسلامي الإيراني"),
      ("VISITED", GHAL, BEI, "السبت إلى بيروت"),
      ("MET_WITH", GHAL, BER, "واستهل قاليباف زيارته بلقاء"),
      ("LEADS", BER, PARL, "بلقاء رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", GHAL, MIK, "ثم اجتمع برئيس حكومة"),
      ("REPORTED_BY", GHAL, FIG, "نقلت صحيفة لوفيغارو"),
      ("MEMBER_OF", ARA, IGOV, "وكان وزير الخارجية الإيراني عباس عراقجي")],
     {"title": "قاليباف في بيروت: لقاءات مع بري وميقاتي", "source": "blind (Arabic wire-style)",
      "published": "2024-10-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setED")
