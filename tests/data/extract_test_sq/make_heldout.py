"""Blind set SQ: Lebanon 1982-1983 (first folder of SQ-SR): the killing of President-elect Bashir Gemayel in
the bombing of the Kataeb (Phalange) headquarters in Ashrafieh (14 September 1982), the election of his
brother Amine (21 September 1982), Philip Habib's and Morris Draper's shuttle between Begin, Sharon, Sarkis
and Wazzan during the siege of West Beirut (August 1982), Begin's and Sharon's meetings with Bashir, the
arrest and confession of Habib Shartouni of the SSNP, and the 17 May 1983 agreement with George Shultz's
shuttle, as a British wire writes it in English (Reuters-like: "BEIRUT, Sept 14 (Reuter) -"), a Beirut daily
in Arabic (An-Nahar-like: "كتب المحرر السياسي"), a US daily in English (New York Times-like: "Special to The
New York Times", "Mr. Habib"), Lebanon's state agency in Arabic (NNA-like: "وطنية -"), a US wire in English
(UPI-like: "JERUSALEM (UPI) --") and a Paris-based Arabic radio (Radio Monte Carlo-like: "علمت إذاعة مونت
كارلو").
Pieces: Bashir Gemayel killed in an explosion (no agent), elected to succeed Sarkis (English, SQ1); Amine
elected to succeed his brother, receives Wazzan in the presence of Pierre Gemayel (Arabic, SQ2); Habib meets
Begin, then Sharon; Draper and Habib meet Sarkis and Wazzan together; Wazzan meets Arafat (English, SQ3);
Amine Gemayel receives Shultz with Wazzan and Salem present; Shultz met Begin and Shamir (Arabic, SQ4); Begin
met Bashir in Nahariya, Sharon met him in Bikfaya; the IDF enters West Beirut (English, SQ5); Shartouni
confesses to the bombing; Frem succeeds Bashir at the head of the Lebanese Forces (Arabic, SQ6).
Excluded on purpose (no relation): the unnamed dead of the bombing, the Israeli and Syrian accusations, Begin's
planned meeting with Bashir (SQ1); Reagan's phone call to Amine, Bashir who "was killed" (no agent) (SQ2);
Reagan's call to Begin, Habib who did not meet Arafat (US policy) (SQ3); the Syrian rejection and the
planned Damascus leg (SQ4); Sharon's accusation of the PLO, the postponed Begin-Amine meeting (SQ5); Nabil
Alam, accused of having given the order (only accused), the SSNP which "denied any link" (SQ6).
Judgement calls: "was elected ... to succeed President Elias Sarkis" is a succession though Bashir never took
office (SQ1); "في حضور" the father: paired with both the host and the guest (SQ2); "the two envoys met
President Sarkis and Prime Minister Wazzan" together: a meeting of the four (SQ3); "بحضور" two attendees:
each paired with both principals, and with each other (they attend the same meeting) (SQ4); the confession
reported by security sources gives victim -> Shartouni (the agent who claims it), not the SSNP (SQ6); "تولّى
قيادة القوات ... خلفاً لبشير" is a succession (SQ6); a prime minister LEADS the country; Amine "President"
LEADS Lebanon; Speaker LEADS the parliament.
Filled in for the exercise: the number of dead, the Israeli statement, the planned meeting (SQ1); the wording
of the session, Reagan's call, the hour of the visit (SQ2); the exact days of the meetings, Draper's
presence at Baabda (SQ3); Salem's presence and the wording of the statement (SQ4); Sharon's wording (SQ5);
the wording of the confession, the date of the report (SQ6).
Spellings: "Bashir Gemayel", "Sheikh Pierre", "Phalangist Party" (SQ1); «بشير الجميّل»، «الشيخ أمين الجميّل»،
«شفيق الوزّان» (SQ2); "Yasir Arafat", "Menachem Begin", "Ariel Sharon", "Shafik Wazzan" (SQ3); «جورج شولتز»،
«إيلي سالم»، «مناحيم بيغن»، «اسحق شامير» (SQ4); "Bashir Jemayel", "Amin Jemayel" (SQ5); «حبيب طانيوس
الشرتوني»، «فادي افرام» (SQ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_sr import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, ISRAEL, US = "country:lebanon", "country:israel", "country:united-states"
KATAEB, SSNP, LF, PARL, IDF, PLO = (
    "organization:kataeb-party", "organization:syrian-social-nationalist-party", "organization:lebanese-forces",
    "organization:lebanese-parliament", "organization:israel-defense-forces", "organization:plo")
BASHIR, AMINE, PIERRE, SARKIS, WAZZAN, SHARTOUNI, FREM, ASAAD, SALEM = (
    "person:bashir-gemayel", "person:amin-gemayel", "person:pierre-gemayel-sr", "person:elias-sarkis",
    "person:shafik-al-wazzan", "person:habib-shartouni", "person:fadi-frem", "person:kamel-al-asaad",
    "person:elie-salem")
BEGIN, SHARON, SHAMIR, ARAFAT, HABIB, DRAPER, SHULTZ, REAGAN = (
    "person:menachem-begin", "person:ariel-sharon", "person:yitzhak-shamir", "person:yasser-arafat",
    "person:philip-habib", "person:morris-draper", "person:george-shultz", "person:ronald-reagan")

REUTERS = "blind set (British news wire, English, Reuters-like)"
NAHAR = "blind set (Beirut daily, Arabic, An-Nahar-like)"
NYT = "blind set (US daily, English, New York Times-like)"
NNA = "blind set (Lebanese state news agency, Arabic, NNA-like)"
UPI = "blind set (US news wire, English, UPI-like)"
RMC = "blind set (Paris-based Arabic radio, Radio Monte Carlo-like)"

ARTICLES = [
    ("enSQ1_bashir_gemayel_killed_reuters", "en",
     "Lebanon's President-elect Gemayel killed in Beirut blast\n"
     "BEIRUT, Sept 14 (Reuter) - Lebanese President-elect Bashir Gemayel was killed on Tuesday when a powerful "
     "bomb wrecked the headquarters of his Phalangist Party in the Christian district of Ashrafieh, state "
     "radio announced late tonight.\n"
     "At least 25 other people were killed in the explosion, which brought down the three-storey building as "
     "Gemayel, 34, was addressing party members at their weekly meeting.\n"
     "Gemayel, the commander of the Lebanese Forces militia, was elected by parliament on August 23 to succeed "
     "President Elias Sarkis, whose six-year term expires on September 23.\n"
     "No group claimed responsibility. Israeli officials blamed \"Palestinian terrorists\", while Phalangist "
     "sources pointed at Syria, which denied any involvement.\n"
     "Prime Minister Shafik al-Wazzan called the killing a \"national catastrophe\" and President Sarkis "
     "declared seven days of mourning.\n"
     "Israeli Prime Minister Menachem Begin had been expected to meet Gemayel again before the inauguration, "
     "Israeli radio said. Gemayel's father, Sheikh Pierre Gemayel, founder of the party, was not in the "
     "building.",
     [("LEADS", BASHIR, LF, "the commander of the Lebanese Forces militia"),
      ("SUCCESSOR_OF", BASHIR, SARKIS, "to succeed President Elias Sarkis", "1982-08-23"),
      ("LEADS", WAZZAN, LEBANON, "Prime Minister Shafik al-Wazzan called"),
      ("LEADS", BEGIN, ISRAEL, "Israeli Prime Minister Menachem Begin"),
      ("LEADS", PIERRE, KATAEB, "founder of the party"),
      ],
     {"source": REUTERS, "published": "1982-09-14"}),

    ("arSQ2_amine_elected_nahar", "ar",
     "مجلس النواب ينتخب الشيخ أمين الجميّل رئيساً للجمهورية\n"
     "كتب المحرر السياسي:\n"
     "انتخب مجلس النواب أمس، في جلسة عقدها في المدرسة الحربية في الفياضية برئاسة رئيس المجلس كامل الأسعد، "
     "الشيخ أمين الجميّل رئيساً للجمهورية بـ77 صوتاً من أصل 80 نائباً حضروا الجلسة، خلفاً لشقيقه الرئيس المنتخب "
     "بشير الجميّل الذي اغتيل الثلاثاء الماضي.\n"
     "وبعد انتهاء الجلسة انتقل الرئيس المنتخب إلى بكفيا، حيث استقبل مساءً رئيس مجلس الوزراء شفيق الوزّان، في "
     "حضور والده رئيس حزب الكتائب الشيخ بيار الجميّل، وجرى عرض للأوضاع في العاصمة بعد دخول القوات "
     "الإسرائيلية إلى بيروت الغربية.\n"
     "وقال الوزّان بعد اللقاء إن \"المرحلة تتطلب تضامن جميع اللبنانيين حول الرئيس الجديد\".\n"
     "من جهته، تلقى الجميّل اتصالاً هاتفياً من الرئيس الأميركي رونالد ريغان هنّأه فيه بانتخابه، وأكد له "
     "دعم واشنطن لانسحاب جميع القوات الأجنبية من لبنان.\n"
     "ومن المقرر أن يقسم الرئيس الجديد اليمين الدستورية في 23 أيلول، يوم انتهاء ولاية الرئيس الياس سركيس.",
     [("LEADS", ASAAD, PARL, "برئاسة رئيس المجلس كامل الأسعد"),
      ("SUCCESSOR_OF", AMINE, BASHIR, "خلفاً لشقيقه الرئيس المنتخب", "1982-09-21"),
      ("MET_WITH", AMINE, WAZZAN, "حيث استقبل مساءً رئيس مجلس الوزراء", "1982-09-21"),
      ("MET_WITH", PIERRE, AMINE, "حضور والده رئيس حزب الكتائب", "1982-09-21"),
      ("MET_WITH", PIERRE, WAZZAN, "الشيخ بيار الجميّل، وجرى عرض", "1982-09-21"),
      ("LEADS", PIERRE, KATAEB, "رئيس حزب الكتائب الشيخ"),
      ("LEADS", WAZZAN, LEBANON, "رئيس مجلس الوزراء شفيق الوزّان"),
      ("LEADS", REAGAN, US, "الرئيس الأميركي رونالد ريغان"),
      ],
     {"source": NAHAR, "published": "1982-09-22"}),

    ("enSQ3_habib_shuttle_nyt", "en",
     "Habib Shuttles Between Jerusalem and Beirut on P.L.O. Exit Plan\n"
     "Special to The New York Times\n"
     "BEIRUT, Lebanon, Aug. 9 - Philip C. Habib, President Reagan's special envoy, returned to Beirut today "
     "after talks in Jerusalem with Prime Minister Menachem Begin and, later in the day, a separate meeting "
     "with Defense Minister Ariel Sharon on the plan for the evacuation of Palestinian guerrillas from the "
     "western sector of the city.\n"
     "This afternoon Mr. Habib and his deputy, Morris Draper, met President Elias Sarkis and Prime Minister "
     "Shafik Wazzan at the presidential palace in Baabda, an official at the palace said.\n"
     "Barred by United States policy from dealing directly with the Palestine Liberation Organization, the "
     "American mediator has relied on Mr. Wazzan, who met Yasir Arafat twice over the weekend in West Beirut "
     "and brought back the P.L.O. chairman's latest conditions.\n"
     "President Reagan telephoned Mr. Begin on Sunday to urge restraint after a night of heavy shelling, the "
     "White House said. Israeli officials said the Cabinet would review the plan on Tuesday.",
     [("MET_WITH", HABIB, BEGIN, "after talks in Jerusalem with Prime Minister", "1982-08-09"),
      ("MET_WITH", HABIB, SHARON, "a separate meeting", "1982-08-09"),
      ("LEADS", BEGIN, ISRAEL, "Prime Minister Menachem Begin and"),
      ]
     + met_group({HABIB: "Mr. Habib and his deputy", DRAPER: "Morris Draper, met",
                  SARKIS: "met President Elias Sarkis", WAZZAN: "and Prime Minister Shafik Wazzan at"}, "1982-08-09")
     + [("MET_WITH", WAZZAN, ARAFAT, "who met Yasir Arafat twice", "1982-08-08"),
        ("LEADS", ARAFAT, PLO, "the P.L.O. chairman's"),
        ("LEADS", REAGAN, US, "President Reagan's special envoy"),
        ],
     {"source": NYT, "published": "1982-08-10"}),

    ("arSQ4_shultz_17_may_nna", "ar",
     "الرئيس الجميّل استقبل شولتز في بعبدا: الاتفاق مع إسرائيل يُوقّع الثلاثاء\n"
     "بعبدا - وطنية - استقبل رئيس الجمهورية الشيخ أمين الجميّل، قبل ظهر اليوم في القصر الجمهوري، وزير "
     "الخارجية الأميركي جورج شولتز والوفد المرافق، بحضور رئيس مجلس الوزراء شفيق الوزّان ووزير الخارجية "
     "الدكتور إيلي سالم، وتم عرض الصيغة النهائية لاتفاق انسحاب القوات الإسرائيلية من لبنان.\n"
     "وكان شولتز قد اجتمع أمس في القدس برئيس الحكومة الإسرائيلية مناحيم بيغن ووزير الخارجية اسحق شامير، "
     "في إطار الجولات المكوكية التي يقوم بها بين بيروت والقدس منذ أواخر نيسان.\n"
     "وأعلن الوزير سالم بعد اللقاء أن الحكومة وافقت على مشروع الاتفاق، على أن يُوقّع في 17 أيار في خلدة "
     "وكريات شمونة.\n"
     "في المقابل، أعلنت دمشق رفضها للاتفاق، فيما أشارت مصادر دبلوماسية إلى أن الوزير الأميركي قد يتوجه إلى "
     "العاصمة السورية، من دون أن يُحدّد موعد لذلك.",
     met_group({AMINE: "استقبل رئيس الجمهورية الشيخ أمين", SHULTZ: "الخارجية الأميركي جورج شولتز والوفد",
                WAZZAN: "بحضور رئيس مجلس الوزراء", SALEM: "الدكتور إيلي سالم، وتم"}, "1983-05-15")
     + [("MET_WITH", SHULTZ, BEGIN, "برئيس الحكومة الإسرائيلية مناحيم بيغن", "1983-05-14"),
        ("MET_WITH", SHULTZ, SHAMIR, "ووزير الخارجية اسحق شامير", "1983-05-14"),
        ("LEADS", AMINE, LEBANON, "رئيس الجمهورية الشيخ أمين"),
        ("LEADS", BEGIN, ISRAEL, "الحكومة الإسرائيلية مناحيم"),
        ],
     {"source": NNA, "published": "1983-05-15"}),
]

ARTICLES += [
    ("enSQ5_israel_enters_west_beirut_upi", "en",
     "Israeli troops move into West Beirut after Gemayel slaying\n"
     "JERUSALEM (UPI) -- Israeli forces moved into Moslem West Beirut before dawn Wednesday, hours after the "
     "assassination of Lebanon's President-elect Bashir Jemayel, to \"prevent possible grave occurrences,\" a "
     "military spokesman said.\n"
     "Defense Minister Ariel Sharon, who met the slain Christian leader at his family home in Bikfaya only two "
     "days ago, told the Knesset's foreign affairs committee that the P.L.O. had left \"2,000 terrorists\" "
     "behind in the city.\n"
     "Prime Minister Menachem Begin met Jemayel on Sept. 1 in the northern Israeli town of Nahariya, a tense "
     "session at which the Israeli leader pressed for a peace treaty. Israeli sources said a second meeting "
     "between Begin and the new president had been postponed indefinitely.\n"
     "In Washington, the State Department called on Israel to withdraw its forces. The Lebanese "
     "President-elect's brother, Amin Jemayel, is considered the likeliest candidate to replace him.",
     [("MET_WITH", SHARON, BASHIR, "who met the slain Christian leader", "1982-09-12"),
      ("MET_WITH", BEGIN, BASHIR, "Prime Minister Menachem Begin met Jemayel", "1982-09-01"),
      ("LEADS", BEGIN, ISRAEL, "the Israeli leader pressed"),
      ],
     {"source": UPI, "published": "1982-09-15"}),

    ("arSQ6_shartouni_confession_rmc", "ar",
     "اعتقال منفّذ عملية اغتيال بشير الجميّل\n"
     "علمت إذاعة مونت كارلو من مصادر أمنية في بيروت الشرقية أن عناصر من جهاز الأمن في \"القوات اللبنانية\" "
     "اعتقلت المدعو حبيب طانيوس الشرتوني، وهو عضو في الحزب السوري القومي الاجتماعي، وأنه اعترف بزرع العبوة "
     "الناسفة التي فجّرها عن بُعد في مقر حزب الكتائب في الأشرفية، ما أدى إلى مقتل الرئيس المنتخب بشير "
     "الجميّل.\n"
     "وأضافت المصادر أن الشرتوني، الذي كان يسكن في الطابق العلوي من المبنى، اتهم مسؤولاً في الحزب يُدعى نبيل "
     "العلم بإعطائه الأوامر، فيما نفى الحزب القومي أي علاقة له بالعملية.\n"
     "من جهة أخرى، تولّى فادي افرام قيادة \"القوات اللبنانية\" خلفاً لبشير الجميّل، وعقد مساء أمس اجتماعاً مع "
     "رئيس الجمهورية أمين الجميّل في قصر بعبدا، تناول الوضع الأمني في المناطق الشرقية.\n"
     "ولم تؤكد الرئاسة أو قيادة القوات رسمياً خبر الاعتقال حتى الآن.",
     [("MEMBER_OF", SHARTOUNI, SSNP, "وهو عضو في الحزب السوري القومي"),
      ("ASSASSINATED_BY", BASHIR, SHARTOUNI, "وأنه اعترف بزرع العبوة", "1982-09-14"),
      ("SUCCESSOR_OF", FREM, BASHIR, "قيادة \"القوات اللبنانية\" خلفاً لبشير"),
      ("LEADS", FREM, LF, "تولّى فادي افرام قيادة"),
      ("MET_WITH", FREM, AMINE, "وعقد مساء أمس اجتماعاً مع", "1982-10-03"),
      ("LEADS", AMINE, LEBANON, "رئيس الجمهورية أمين الجميّل في"),
      ],
     {"source": RMC, "published": "1982-10-04"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSQ")
