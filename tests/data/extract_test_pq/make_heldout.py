"""Blind set PQ: the Yemen war 2015-2024 (first folder of PQ-PR): the killing of Ali Abdullah Saleh by the
Houthis in Sanaa (4 December 2017), the killing of Saleh al-Sammad in a coalition air strike in Hodeidah and
Mahdi al-Mashat's election to succeed him (April 2018), Martin Griffiths's first round as UN envoy after
Ismail Ould Cheikh Ahmed (March 2018), Hadi's transfer of power to the Presidential Leadership Council under
Rashad al-Alimi (7 April 2022), Hans Grundberg's meeting with al-Alimi in Riyadh after his Muscat talks, and
al-Mashat's reception of the Saudi and Omani delegations in Sanaa (9 April 2023), as a Western wire writes it
in English (Reuters-like: "SANAA/ADEN, Dec 4 (Reuters) -"), the Houthi TV site in Arabic (Al-Masirah-like:
"تحالف العدوان السعودي الأمريكي", "الرئيس الشهيد"), a UN press release in English ("The Special Envoy of the
Secretary-General for Yemen"), the government's Saba in Arabic (sabanew-like: "فخامة رئيس الجمهورية المشير
الركن"), a Saudi-owned daily's English site (Asharq Al-Awsat-like: "Riyadh - Asharq Al-Awsat") and the
Houthi-run Saba in Arabic (saba.ye-like: "صنعاء - سبأ", "الوفد الوطني").
Pieces: the Houthis kill Saleh; Hadi had succeeded Saleh (English, PQ1); a coalition strike kills al-Sammad,
al-Mashat is elected to succeed him (Arabic, PQ2); Griffiths, who took up the post from Ould Cheikh Ahmed,
meets al-Sammad and the leaders of Ansar Allah and the GPC in Sanaa, and had been received by Hadi and Ali
Mohsen in Riyadh and met al-Mekhlafi (English, PQ3); Hadi hands his powers to the PLC under al-Alimi; the
crown prince receives al-Alimi and the council's members (Arabic, PQ4); al-Alimi receives Grundberg with bin
Mubarak attending; Grundberg, Griffiths's successor, had met Abdulsalam in Muscat (English, PQ5); al-Mashat
receives the Saudi delegation headed by Al Jaber with Abdulsalam and Mohammed Ali al-Houthi present (Arabic,
PQ6).
Excluded on purpose (no relation): Aref al-Zouka, "also killed" (no agent in this piece), Hadi's televised
call, the coalition's strikes, Tareq Saleh's escape (PQ1); the oath before Yahya al-Raee (a ceremony, not a
meeting), Abdul-Malik al-Houthi blaming the US and "the Saudi regime" (a third party's accusation), the
coalition's list of wanted men (PQ2); the planned meeting with Abdulmalik al-Houthi that did not take place,
the coming visits to Muscat and Abu Dhabi, Guterres's appointment of Griffiths (PQ3); Ali Mohsen's dismissal
(no one takes his post), Grundberg's welcome, al-Alimi's phone call with Sultan Haitham (PQ4); Grundberg's
phone call with Al Jaber, the Saada meeting that "has not materialized", Lenderking's expected visit, the
unnamed Omani officials (PQ5); the unnamed Omani delegation (no id for a delegation), the earlier arrival at
the airport (PQ6).
Judgement calls: "killed by the Houthi movement" gives Saleh -> organization:houthis (PQ1); "had succeeded
Saleh in 2012" is a succession (PQ1); the outlet's own "في غارة لطيران تحالف العدوان السعودي الأمريكي" gives
al-Sammad -> organization:saudi-led-coalition only (the Houthi name of the coalition; the United States is
not a second agent) (PQ2); "taking up his post from" is a succession (PQ3); "met with ... leaders of Ansar
Allah and the General People's Congress" pairs the envoy with both bodies (PQ3); "received by President Hadi
and Vice-President Ali Mohsen" is one meeting of three, so Hadi and Ali Mohsen are paired too (PQ3, as NK4);
"نقل كامل صلاحياته إلى مجلس قيادة رئاسي برئاسة العليمي" is a succession al-Alimi -> Hadi (PQ4); "استقبل ...
رئيس مجلس القيادة الرئاسي وأعضاء المجلس" pairs the crown prince with al-Alimi and with the council (PQ4);
"held talks in Muscat ... with" is an in-person meeting (PQ5); the attendee ("attended by", «بحضور») is paired
with both principals, and the two attendees of one «بحضور» list are paired with each other (PQ6); the
delegation "headed by" Al Jaber: Al Jaber is the one met (PQ6); LEADS for a head of state only with the
country, for the council heads with their council; the coalition spokesman is MEMBER_OF the coalition.
Filled in for the exercise: the footage details and the coalition's overnight strikes (PQ1); the six
companions, the wanted list wording (PQ2); the date of the Riyadh meetings, the civil society meetings, the
planned al-Houthi meeting (PQ3); the phone call with Sultan Haitham (PQ4); the date, bin Mubarak's presence,
the phone call, the Saada report (PQ5); the attendees and the wording of the talks (PQ6).
Spellings: "Abd-Rabbu Mansour Hadi", "Abdul-Malik al-Houthi", "Colonel Turki al-Maliki" (PQ1); «صالح علي
الصماد», «مهدي محمد المشاط», «عبدالملك بدرالدين الحوثي» (PQ2); "Sana'a", "Abdrabuh Mansour Hadi",
"Abdulmalik al-Houthi" (PQ3); «عبدربه منصور هادي», «رشاد محمد العليمي», «هانس جروندبرج», «طارق محمد عبدالله
صالح» (PQ4); "Al-Alimi", "Ahmed Awad bin Mubarak", "Mohammed Abdulsalam" (PQ5); «محمد بن سعيد آل جابر»،
«محمد عبدالسلام» (PQ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_pr import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN = "country:yemen"
HOUTHIS, SPC, COALITION, PLC, GPC, UN = (
    "organization:houthis", "organization:houthi-supreme-political-council", "organization:saudi-led-coalition",
    "organization:presidential-leadership-council", "organization:general-peoples-congress",
    "organization:united-nations")
SALEH, ZOUKA, TAREQ, HADI, MOHSEN, MEKHLAFI, ALIMI, ZUBAIDI, ARADA, BINMUBARAK = (
    "person:ali-abdullah-saleh", "person:aref-al-zouka", "person:tareq-saleh", "person:abdrabbuh-mansur-hadi",
    "person:ali-mohsen-al-ahmar", "person:abdulmalik-al-mekhlafi", "person:rashad-al-alimi",
    "person:aidarous-al-zubaidi", "person:sultan-al-arada", "person:ahmed-awad-bin-mubarak")
ABDULMALIK, SAMMAD, MASHAT, ABDULSALAM, MAHOUTHI = (
    "person:abdul-malik-al-houthi", "person:saleh-al-sammad", "person:mahdi-al-mashat",
    "person:mohammed-abdulsalam", "person:mohammed-ali-al-houthi")
OCA, GRIFFITHS, GRUNDBERG, GUTERRES = (
    "person:ismail-ould-cheikh-ahmed", "person:martin-griffiths", "person:hans-grundberg",
    "person:antonio-guterres")
MBS, JABER, MALIKI = "person:mohammed-bin-salman", "person:mohammed-al-jaber", "person:turki-al-maliki"

REUTERS = "blind set (Western news wire, English, Reuters-like)"
MASIRAH = "blind set (Houthi TV news site, Arabic, Al-Masirah-like)"
UNPR = "blind set (UN press release, English, OSESGY-like)"
SABA_GOV = "blind set (Yemeni government news agency, Arabic, sabanew-like)"
AAWSAT = "blind set (Saudi-owned pan-Arab daily, English site, Asharq Al-Awsat-like)"
SABA_HOUTHI = "blind set (Houthi-run news agency, Arabic, saba.ye-like)"

ARTICLES = [
    ("enPQ1_saleh_killed_reuters", "en",
     "Yemen's ex-president Saleh killed by Houthi allies-turned-foes\n"
     "SANAA/ADEN, Dec 4 (Reuters) - Yemen's former president Ali Abdullah Saleh was killed by the Houthi "
     "movement on Monday as he tried to flee the capital, ending a four-decade career in which he dominated the "
     "country's politics, his party and the Houthis said.\n"
     "The Iran-aligned Houthis, who had fought alongside Saleh's loyalists against a Saudi-led military coalition "
     "since 2015, said their fighters had killed \"the leader of the treason militia\" two days after he broke "
     "with them and offered to turn a new page with Riyadh.\n"
     "Footage circulated by the group showed Saleh's body with a head wound, wrapped in a blanket.\n"
     "A senior official of Saleh's General People's Congress party, Aref al-Zouka, was also killed, party sources "
     "said.\n"
     "In Riyadh, President Abd-Rabbu Mansour Hadi, whose government is backed by the coalition, called on Yemenis "
     "to rise up against the Houthis in a televised speech. Hadi had succeeded Saleh in 2012 under a "
     "Gulf-brokered transition deal.\n"
     "Saleh's nephew Tareq Saleh, who commanded forces loyal to his uncle, was said to have escaped the city. "
     "Abdul-Malik al-Houthi, the group's leader, hailed the \"failure of the conspiracy\" in a televised address.\n"
     "The coalition's spokesman, Colonel Turki al-Maliki, said warplanes had struck Houthi positions in Sanaa "
     "overnight.",
     [("ASSASSINATED_BY", SALEH, HOUTHIS, "was killed by the Houthi movement", "2017-12-04"),
      ("LEADS", SALEH, GPC, "Saleh's General People's Congress party"),
      ("MEMBER_OF", ZOUKA, GPC, "Aref al-Zouka, was also killed"),
      ("LEADS", HADI, YEMEN, "President Abd-Rabbu Mansour Hadi, whose government"),
      ("SUCCESSOR_OF", HADI, SALEH, "Hadi had succeeded Saleh in 2012", "2012-02-25"),
      ("LEADS", ABDULMALIK, HOUTHIS, "Abdul-Malik al-Houthi, the group's leader"),
      ("MEMBER_OF", MALIKI, COALITION, "The coalition's spokesman, Colonel Turki al-Maliki"),
      ],
     {"source": REUTERS, "published": "2017-12-04"}),

    ("arPQ2_sammad_mashat_masirah", "ar",
     "المجلس السياسي الأعلى ينعى الرئيس الصماد ويختار المشاط خلفاً له\n"
     "المسيرة نت | صنعاء\n"
     "نعى المجلس السياسي الأعلى، اليوم الاثنين، رئيسه الشهيد صالح علي الصماد الذي ارتقى مع ستة من مرافقيه يوم "
     "الخميس الماضي في غارة لطيران تحالف العدوان السعودي الأمريكي استهدفت سيارته في محافظة الحديدة.\n"
     "وأعلن المجلس في بيانه انتخاب الأخ مهدي محمد المشاط رئيساً للمجلس السياسي الأعلى خلفاً للرئيس الشهيد، "
     "وذلك بالإجماع.\n"
     "وأدى المشاط اليمين الدستورية أمام مجلس النواب في صنعاء بحضور رئيس المجلس الأخ يحيى علي الراعي.\n"
     "من جهته، أكد قائد الثورة السيد عبدالملك بدرالدين الحوثي في كلمة متلفزة أن \"جريمة استهداف الرئيس "
     "الصماد لن تمر دون عقاب\"، محملاً الأمريكي والنظام السعودي المسؤولية الكاملة عنها.\n"
     "وكان تحالف العدوان قد تبنى الغارة، فيما زعم المتحدث باسمه تركي المالكي أن \"قائمة المطلوبين\" التي "
     "أعلنها العام الماضي ما زالت قائمة، وتضم أربعين قيادياً في أنصار الله.\n"
     "وأعلن المجلس الحداد العام ثلاثة أيام وتنكيس الأعلام في كافة المحافظات الحرة.",
     [("ASSASSINATED_BY", SAMMAD, COALITION, "في غارة لطيران تحالف العدوان السعودي الأمريكي", "2018-04-19"),
      ("LEADS", SAMMAD, SPC, "رئيسه الشهيد صالح علي الصماد"),
      ("SUCCESSOR_OF", MASHAT, SAMMAD, "خلفاً للرئيس الشهيد", "2018-04-23"),
      ("LEADS", MASHAT, SPC, "رئيساً للمجلس السياسي الأعلى"),
      ("MEMBER_OF", MALIKI, COALITION, "المتحدث باسمه تركي المالكي"),
      ],
     {"source": MASIRAH, "published": "2018-04-23"}),

    ("enPQ3_griffiths_sanaa_unpr", "en",
     "Special Envoy for Yemen concludes first visit to Sana'a\n"
     "SANA'A, 24 March 2018 - The Special Envoy of the Secretary-General for Yemen, Martin Griffiths, today "
     "concluded a three-day visit to Sana'a, his first since taking up his post from Ismail Ould Cheikh Ahmed "
     "on 11 March.\n"
     "During the visit, the Special Envoy met with the President of the Supreme Political Council, Saleh "
     "al-Sammad, and with leaders of Ansar Allah and the General People's Congress. He also held meetings with "
     "representatives of civil society and women's groups.\n"
     "Mr. Griffiths had earlier travelled to Riyadh, where he was received by President Abdrabuh Mansour Hadi "
     "and Vice-President Ali Mohsen al-Ahmar. He also met the Foreign Minister of Yemen, Abdulmalik al-Mekhlafi.\n"
     "\"I was encouraged by the openness with which all sides engaged,\" the Special Envoy said, adding that he "
     "intends to present a framework for negotiations to the Security Council within two months.\n"
     "A meeting with the leader of Ansar Allah, Abdulmalik al-Houthi, was not possible during this visit. The "
     "Special Envoy will travel to Muscat and Abu Dhabi in the coming days.\n"
     "Secretary-General Antonio Guterres appointed Mr. Griffiths on 16 February.",
     [("SUCCESSOR_OF", GRIFFITHS, OCA, "taking up his post from Ismail Ould Cheikh Ahmed", "2018-03-11"),
      ("MET_WITH", GRIFFITHS, SAMMAD, "the Special Envoy met with the President", "2018-03-24"),
      ("LEADS", SAMMAD, SPC, "President of the Supreme Political Council, Saleh"),
      ("MET_WITH", GRIFFITHS, HOUTHIS, "with leaders of Ansar Allah", "2018-03-24"),
      ("MET_WITH", GRIFFITHS, GPC, "and the General People's Congress", "2018-03-24"),
      ] + met_group({GRIFFITHS: "Mr. Griffiths had earlier travelled",
                     HADI: "he was received by President Abdrabuh Mansour Hadi",
                     MOHSEN: "Vice-President Ali Mohsen al-Ahmar"}, "2018-03-21") + [
      ("MET_WITH", GRIFFITHS, MEKHLAFI, "He also met the Foreign Minister of Yemen", "2018-03-21"),
      ("LEADS", ABDULMALIK, HOUTHIS, "the leader of Ansar Allah, Abdulmalik"),
      ("LEADS", GUTERRES, UN, "Secretary-General Antonio Guterres appointed"),
      ],
     {"source": UNPR, "published": "2018-03-24"}),

    ("arPQ4_hadi_plc_alimi_sabagov", "ar",
     "فخامة رئيس الجمهورية يعلن نقل صلاحياته إلى مجلس قيادة رئاسي برئاسة الدكتور رشاد العليمي\n"
     "الرياض - سبأنت\n"
     "أعلن فخامة رئيس الجمهورية المشير الركن عبدربه منصور هادي، اليوم الخميس، نقل كامل صلاحياته إلى مجلس "
     "قيادة رئاسي برئاسة الدكتور رشاد محمد العليمي، لاستكمال تنفيذ مهام المرحلة الانتقالية.\n"
     "وقضى الإعلان الرئاسي بإعفاء نائب رئيس الجمهورية الفريق الركن علي محسن صالح الأحمر من منصبه، وبعضوية "
     "سبعة أعضاء في المجلس بينهم اللواء عيدروس الزبيدي والعميد طارق محمد عبدالله صالح واللواء سلطان العرادة.\n"
     "ويتولى المجلس بموجب الإعلان إدارة الدولة سياسياً وعسكرياً وأمنياً طوال المرحلة الانتقالية، والتفاوض مع "
     "جماعة الحوثي الانقلابية لوقف دائم لإطلاق النار.\n"
     "وعقب صدور الإعلان، استقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد السعودي رئيس مجلس القيادة "
     "الرئاسي وأعضاء المجلس، مؤكداً دعم المملكة للمجلس ولأمن اليمن واستقراره.\n"
     "ورحب المبعوث الأممي إلى اليمن هانس جروندبرج بالإعلان، معرباً عن أمله في أن يسهم في التوصل إلى تسوية "
     "سياسية شاملة.\n"
     "وتلقى الرئيس العليمي مساء اليوم اتصالاً هاتفياً من جلالة السلطان هيثم بن طارق سلطان عمان، هنأه فيه "
     "بتوليه رئاسة المجلس.",
     [("LEADS", HADI, YEMEN, "فخامة رئيس الجمهورية المشير الركن"),
      ("SUCCESSOR_OF", ALIMI, HADI, "نقل كامل صلاحياته إلى مجلس", "2022-04-07"),
      ("LEADS", ALIMI, PLC, "برئاسة الدكتور رشاد محمد العليمي"),
      ("MEMBER_OF", ZUBAIDI, PLC, "اللواء عيدروس الزبيدي"),
      ("MEMBER_OF", TAREQ, PLC, "والعميد طارق محمد عبدالله صالح"),
      ("MEMBER_OF", ARADA, PLC, "واللواء سلطان العرادة"),
      ("MET_WITH", MBS, ALIMI, "ولي العهد السعودي رئيس مجلس القيادة", "2022-04-07"),
      ("MET_WITH", MBS, PLC, "الرئاسي وأعضاء المجلس، مؤكداً", "2022-04-07"),
      ],
     {"source": SABA_GOV, "published": "2022-04-07"}),

    ("enPQ5_grundberg_alimi_aawsat", "en",
     "UN Envoy Briefs Al-Alimi on Muscat Contacts with Houthis\n"
     "Riyadh - Asharq Al-Awsat\n"
     "Chairman of Yemen's Presidential Leadership Council Rashad Al-Alimi received on Wednesday in Riyadh the UN "
     "Special Envoy Hans Grundberg, who briefed him on the outcome of his latest talks in the Omani capital.\n"
     "The meeting was attended by Foreign Minister Ahmed Awad bin Mubarak, according to the official Saba news "
     "agency.\n"
     "Grundberg, a Swedish diplomat who succeeded Martin Griffiths in August 2021, had held talks in Muscat last "
     "week with the Houthis' chief negotiator Mohammed Abdulsalam and with senior Omani officials.\n"
     "Al-Alimi stressed that the government remains open to \"just peace\" but warned that the Houthis had used "
     "the truce to rearm, Saba said.\n"
     "The envoy also discussed the file by phone with Saudi Ambassador Mohammed Al Jaber, a UN source told "
     "Asharq Al-Awsat.\n"
     "A meeting between Grundberg and Houthi leader Abdulmalik al-Houthi, which the group's media had said would "
     "take place in Saada, has not materialized.\n"
     "US Special Envoy Tim Lenderking is expected in the region next week.",
     [("LEADS", ALIMI, PLC, "Chairman of Yemen's Presidential Leadership Council"),
      ("MET_WITH", ALIMI, GRUNDBERG, "received on Wednesday in Riyadh", "2023-03-01"),
      ("MET_WITH", BINMUBARAK, ALIMI, "The meeting was attended by", "2023-03-01"),
      ("MET_WITH", BINMUBARAK, GRUNDBERG, "Foreign Minister Ahmed Awad bin Mubarak", "2023-03-01"),
      ("SUCCESSOR_OF", GRUNDBERG, GRIFFITHS, "who succeeded Martin Griffiths", "2021-08-06"),
      ("MET_WITH", GRUNDBERG, ABDULSALAM, "had held talks in Muscat last week", "2023-02-22"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "the Houthis' chief negotiator"),
      ("LEADS", ABDULMALIK, HOUTHIS, "Houthi leader Abdulmalik al-Houthi"),
      ],
     {"source": AAWSAT, "published": "2023-03-02"}),

    ("arPQ6_mashat_saudi_omani_sabahouthi", "ar",
     "الرئيس المشاط يلتقي الوفدين السعودي والعماني\n"
     "صنعاء - سبأ\n"
     "التقى فخامة الرئيس مهدي المشاط رئيس المجلس السياسي الأعلى، اليوم بصنعاء، الوفد السعودي برئاسة السفير "
     "محمد بن سعيد آل جابر، والوفد العماني الوسيط.\n"
     "وجرى خلال اللقاء، بحضور رئيس الوفد الوطني محمد عبدالسلام وعضو المجلس السياسي الأعلى محمد علي الحوثي، "
     "مناقشة رفع الحصار وصرف مرتبات موظفي الدولة وخروج القوات الأجنبية من اليمن.\n"
     "وأكد الرئيس المشاط موقف صنعاء الثابت في المطالبة بحقوق الشعب اليمني المشروعة، وفي مقدمتها إنهاء العدوان "
     "ورفع الحصار بشكل كامل.\n"
     "من جهته، عبّر السفير السعودي عن حرص المملكة على إنهاء الحرب، فيما أشاد الوفد العماني بروح التعاون "
     "التي سادت اللقاء.\n"
     "ويأتي اللقاء بعد يوم من وصول الوفدين إلى مطار صنعاء الدولي، في أول زيارة معلنة لمسؤولين سعوديين إلى "
     "العاصمة منذ بدء العدوان في مارس 2015.\n"
     "ولم يُعلن بعدُ عن موعد لجولة جديدة من المباحثات.",
     [("LEADS", MASHAT, SPC, "المشاط رئيس المجلس السياسي الأعلى، اليوم"),
      ("MET_WITH", MASHAT, JABER, "الوفد السعودي برئاسة السفير", "2023-04-09"),
      ("MET_WITH", ABDULSALAM, MASHAT, "بحضور رئيس الوفد الوطني", "2023-04-09"),
      ("MET_WITH", ABDULSALAM, JABER, "الوطني محمد عبدالسلام", "2023-04-09"),
      ("MET_WITH", MAHOUTHI, MASHAT, "وعضو المجلس السياسي الأعلى محمد", "2023-04-09"),
      ("MET_WITH", MAHOUTHI, JABER, "علي الحوثي، مناقشة", "2023-04-09"),
      ("MET_WITH", ABDULSALAM, MAHOUTHI, "الوطني محمد عبدالسلام وعضو", "2023-04-09"),
      ("MEMBER_OF", MAHOUTHI, SPC, "وعضو المجلس السياسي الأعلى"),
      ],
     {"source": SABA_HOUTHI, "published": "2023-04-09"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPQ")
