"""Blind set NW: Turkey and the Gulf 2020-2024 (first folder of NW-NX): Erdogan's talks with Mohammed
bin Salman in Jeddah at the start of his Gulf tour (July 2023), Mishal al-Ahmad's oath as Emir of Kuwait
after Nawaf's death and his reception of Turkey's vice president (December 2023), the Turkish drone strike
near Qamishli that killed the SDF commander Jiyan Tolhildan (July 2022), King Salman's and the crown
prince's reception of Erdogan in Jeddah (April 2022), a think-tank look back at the Turkish-Gulf reset
(Tahnoun and Mohamed bin Zayed in Ankara 2021, the Khashoggi killing, Fidan after Cavusoglu and Kalin
after Fidan in 2023), and the ninth Qatar-Turkey Supreme Strategic Committee in Doha (December 2023),
as Turkey's state agency writes it in English (Anadolu-like: "JEDDAH, Saudi Arabia (AA) -", "Türkiye's
Communications Directorate"), Kuwait's state agency in Arabic (KUNA-like: "الكويت - 20 - 12 (كونا) --",
"حضرة صاحب السمو أمير البلاد"), a news wire in English (Reuters-like: "QAMISHLI, Syria, July 22 (Reuters)
-"), Saudi Arabia's state agency in Arabic (SPA-like: "واس", "خادم الحرمين الشريفين", stacked titles),
a Washington think-tank brief in English (PolicyWatch-like: analysis, "then-intelligence chief") and a
Qatari daily in Arabic (Al-Raya-like: "أمير البلاد المفدى", "وأخوه فخامة الرئيس").
Pieces: Erdogan meets Mohammed bin Salman, with Fidan, Simsek, Kalin, Khalid bin Salman and Faisal bin
Farhan at the delegation talks (English, NW1); Mishal sworn in to succeed Nawaf, who had succeeded Sabah;
Mishal receives Cevdet Yilmaz in the presence of the prime minister Ahmad Nawaf (Arabic, NW2); a Turkish
drone strike kills Jiyan Tolhildan, Roj Khabur and Barin Botan; Erdogan had met Putin and Raisi in Tehran
(English, NW3); King Salman receives Erdogan, Mohammed bin Salman holds talks with him with Faisal bin
Farhan, Cavusoglu, Fidan and Kalin present; Khalid al-Faisal receives him at the airport (Arabic, NW4);
Erdogan receives Tahnoun with Fidan present, Mohamed bin Zayed holds talks with Erdogan in Ankara,
Khashoggi killed by Saudi agents, Fidan replaces Cavusoglu, Kalin succeeds Fidan (English, NW5); Tamim
and Erdogan chair the committee, with Mohammed bin Abdulrahman, Fidan, Guler and Kalin present (Arabic,
NW6).
Excluded on purpose (no relation): Erdogan's planned meetings with Tamim and Mohamed bin Zayed later in
the tour, Haluk Gorgun merely quoted (NW1); Erdogan's phone call and invitation to Mishal (NW2); Mazloum
Abdi's statement, the "neutralised" militants the ministry did not name, the unnamed Hasakah official
shot by unknown gunmen (NW3); Mohammed bin Salman's dinner (same pair), Erdogan's planned Umrah (NW4);
Mohammed bin Salman for the Khashoggi killing (only a US intelligence assessment, which he denies),
"Erdogan returned the visit" (no meeting stated), Kalin's postponed Riyadh trip (NW5); Erdogan at the
GCC summit "today" (participation, not a stated meeting with a named person), the July 2023 reception
(same pair as the committee meeting), Mishal's phone call to Tamim (NW6).
Judgement calls: attendees ("attended the delegation-level talks", «حضر جلسة المباحثات»، «حضر الاجتماع»,
"also attended by") are paired with both principals, not with each other (NW1, NW4, NW5, NW6); «كان في
استقباله بمطار» is a meeting (NW4); "A Turkish drone strike killed ..., the Kurdish-led force said"
gives the victim -> country:turkey (the outlet's headline and lead state the strike as Turkish; the
attribution concerns the casualties), and the two fighters named in the next sentence as travelling
with her in the car that was hit get the same agent (NW3); "Erdogan met Russian President ... and Iranian
President ..." at the Tehran summit is a meeting of the three (NW3); «خلفاً للمغفور له» and «تولى مسند
الإمارة ... بعد وفاة» are successions (NW2); a prime minister LEADS the country (NW2, NW6); the Saudi crown
prince and prime minister LEADS the country (NW1).
Filled in for the exercise: the order of the talks and the attendees, Erdogan's remarks (NW1); Yilmaz's
condolence visit on the day of the oath, the prime minister's presence, the invitation (NW2); the names
of the two fighters, Abdi's wording, the ministry's weekly figure, the Hasakah shooting (NW3); the
attendees and the airport reception (NW4); Fidan's presence at the Tahnoun meeting, the postponed Kalin
trip and the brief's date (NW5); the attendees, the number of agreements, Mishal's call (NW6).
Spellings: "Türkiye", "Treasury and Finance Minister Mehmet Simsek", "Prince Khalid bin Salman" (NW1);
"الشيخ مشعل الأحمد الجابر الصباح", "جودت يلماز", "الشيخ أحمد نواف الأحمد الصباح" (NW2); "Jiyan Tolhildan",
"Mazloum Abdi", "Ebrahim Raisi" (NW3); "رجب طيب أردوغان", "مولود تشاووش أوغلو", "إبراهيم قالن", "خالد
الفيصل" (NW4); "Sheikh Tahnoun bin Zayed", "Mevlut Cavusoglu" (NW5); "يشار غولر", "إبراهيم قالن", "محمد بن
عبدالرحمن بن جاسم آل ثاني" (NW6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_nx import ALL  # noqa: E402

HERE = Path(__file__).parent

TURKEY, SAUDI, QATAR, KUWAIT, RUSSIA, IRAN = (
    "country:turkey", "country:saudi-arabia", "country:qatar", "country:kuwait", "country:russia", "country:iran")
JEDDAH, TEHRAN = "location:jeddah", "location:tehran"
TRFM, MIT, TRDEF, SAUFM, QAFM, SDF = (
    "organization:turkish-foreign-ministry", "organization:turkish-national-intelligence-organization",
    "organization:turkish-defence-ministry", "organization:saudi-foreign-ministry",
    "organization:qatari-foreign-ministry", "organization:syrian-democratic-forces")
ERDOGAN, FIDAN, CAVUSOGLU, KALIN, SIMSEK, GULER, YILMAZ = (
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:mevlut-cavusoglu", "person:ibrahim-kalin",
    "person:mehmet-simsek", "person:yasar-guler", "person:cevdet-yilmaz")
SALMAN, MBS, KBS, FBF, KFAISAL, KHASHOGGI = (
    "person:salman-bin-abdulaziz", "person:mohammed-bin-salman", "person:khalid-bin-salman",
    "person:faisal-bin-farhan", "person:khalid-al-faisal", "person:jamal-khashoggi")
MBZ, TAHNOUN, TAMIM, MBAR = (
    "person:mohamed-bin-zayed", "person:tahnoun-bin-zayed", "person:tamim-bin-hamad-al-thani",
    "person:mohammed-bin-abdulrahman-al-thani")
SABAH, NAWAF, MISHAL, AHMADNAWAF = (
    "person:sabah-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah",
    "person:mishal-al-ahmad-al-jaber-al-sabah", "person:ahmad-nawaf-al-ahmad-al-sabah")
PUTIN, RAISI, ABDI, TOLHILDAN, KHABUR, BOTAN = (
    "person:vladimir-putin", "person:ebrahim-raisi", "person:mazloum-abdi", "person:jiyan-tolhildan",
    "person:roj-khabur", "person:barin-botan")

AA = "blind set (Turkish state news agency, English service, Anadolu-like)"
KUNA = "blind set (Kuwaiti state news agency, Arabic, KUNA-like)"
WIRE = "blind set (international news wire, English, Reuters-like)"
SPA = "blind set (Saudi state news agency, Arabic, SPA-like)"
BRIEF = "blind set (Washington think-tank policy brief, English, PolicyWatch-like)"
RAYA = "blind set (Qatari daily, Arabic, Al-Raya-like)"


def attendees(principals: tuple, present: dict, date: str) -> list:
    """MET_WITH between each attendee (id -> needle) and each of the two principals."""
    return [("MET_WITH", a, p, needle, date) for a, needle in present.items() for p in principals]


ARTICLES = [
    ("enNW1_erdogan_mbs_jeddah_aa", "en",
     "Erdogan, Saudi Crown Prince Mohammed bin Salman hold talks in Jeddah\n"
     "JEDDAH, Saudi Arabia (AA) - Turkish President Recep Tayyip Erdogan met Saudi Crown Prince and Prime "
     "Minister Mohammed bin Salman in the Red Sea city of Jeddah on Monday, as part of his three-nation Gulf tour.\n"
     "Erdogan was welcomed with an official ceremony at Al-Salam Palace, after which the two leaders held a "
     "one-on-one meeting, followed by talks between delegations, according to Türkiye's Communications "
     "Directorate.\n"
     "Foreign Minister Hakan Fidan, Treasury and Finance Minister Mehmet Simsek and National Intelligence "
     "Organization (MIT) chief Ibrahim Kalin attended the delegation-level talks, as did Saudi Defense Minister "
     "Prince Khalid bin Salman and Foreign Minister Prince Faisal bin Farhan.\n"
     "Following the talks, the two sides signed a series of agreements, including a deal for the sale of Turkish "
     "Akinci drones to the Kingdom, which Defense Industry Agency head Haluk Gorgun described as the largest "
     "defense export contract in the history of the Republic.\n"
     "Erdogan, who last visited the Kingdom in April 2022, is scheduled to travel to Doha on Tuesday to meet "
     "Qatar's Emir Sheikh Tamim bin Hamad Al Thani, before concluding the tour in Abu Dhabi, where he is expected "
     "to hold talks with UAE President Sheikh Mohamed bin Zayed Al Nahyan.\n"
     "Speaking to reporters before his departure from Istanbul, Erdogan said joint investments would top the "
     "agenda of all three visits.",
     [("MET_WITH", ERDOGAN, MBS, "met Saudi Crown Prince and Prime", "2023-07-17"),
      *attendees((ERDOGAN, MBS), {FIDAN: "Foreign Minister Hakan Fidan, Treasury",
                                   "person:mehmet-simsek": "Treasury and Finance Minister Mehmet Simsek",
                                   KALIN: "(MIT) chief Ibrahim Kalin attended",
                                   KBS: "Prince Khalid bin Salman and Foreign",
                                   FBF: "Foreign Minister Prince Faisal bin Farhan"}, "2023-07-17"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan met"),
      ("LEADS", MBS, SAUDI, "Minister Mohammed bin Salman in the Red Sea"),
      ("LEADS", FIDAN, TRFM, "Foreign Minister Hakan Fidan, Treasury"),
      ("LEADS", KALIN, MIT, "(MIT) chief Ibrahim Kalin attended"),
      ("LEADS", FBF, SAUFM, "Foreign Minister Prince Faisal bin Farhan"),
      ("VISITED", ERDOGAN, JEDDAH, "in the Red Sea city of Jeddah on Monday", "2023-07-17"),
      ],
     {"source": AA, "published": "2023-07-17"}),

    ("arNW2_mishal_oath_yilmaz_kuna", "ar",
     "سمو الشيخ مشعل الأحمد يؤدي اليمين الدستورية أميراً للبلاد ويستقبل نائب الرئيس التركي\n"
     "الكويت - 20 - 12 (كونا) -- أدى حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح حفظه الله "
     "ورعاه اليوم الأربعاء اليمين الدستورية أمام مجلس الأمة في جلسة خاصة، خلفاً للمغفور له بإذن الله تعالى "
     "الشيخ نواف الأحمد الجابر الصباح طيب الله ثراه الذي انتقل إلى جوار ربه يوم السبت الماضي.\n"
     "وكان مجلس الوزراء قد نادى بسموه أميراً للبلاد عقب إعلان الديوان الأميري وفاة سمو الأمير الراحل، الذي "
     "تولى مسند الإمارة في سبتمبر 2020 بعد وفاة المغفور له الشيخ صباح الأحمد الجابر الصباح.\n"
     "وفي سياق متصل، استقبل حضرة صاحب السمو أمير البلاد في قصر بيان نائب رئيس الجمهورية التركية جودت يلماز "
     "والوفد المرافق له، الذي قدم لسموه خالص التعازي والمواساة بوفاة الأمير الراحل، ونقل إليه تحيات الرئيس "
     "رجب طيب أردوغان، وذلك بحضور سمو رئيس مجلس الوزراء الشيخ أحمد نواف الأحمد الصباح.\n"
     "وكان سموه قد تلقى اتصالاً هاتفياً من فخامة الرئيس أردوغان عبّر فيه عن صادق مواساته، ووجّه خلاله دعوة "
     "لسموه لزيارة الجمهورية التركية، وقد قبلها سموه على أن يحدد موعدها لاحقاً.\n"
     "وأعرب نائب الرئيس التركي عن تمنيات بلاده للكويت وشعبها بدوام التقدم والازدهار في ظل قيادة سموه.",
     [("SUCCESSOR_OF", MISHAL, NAWAF, "خلفاً للمغفور له بإذن الله", "2023-12-20"),
      ("SUCCESSOR_OF", NAWAF, SABAH, "تولى مسند الإمارة في سبتمبر 2020", "2020-09-30"),
      ("MET_WITH", MISHAL, YILMAZ, "نائب رئيس الجمهورية التركية جودت يلماز", "2023-12-20"),
      ("MET_WITH", AHMADNAWAF, MISHAL, "بحضور سمو رئيس مجلس الوزراء", "2023-12-20"),
      ("MET_WITH", AHMADNAWAF, YILMAZ, "الشيخ أحمد نواف الأحمد الصباح", "2023-12-20"),
      ("LEADS", MISHAL, KUWAIT, "أمير البلاد الشيخ مشعل الأحمد"),
      ("LEADS", AHMADNAWAF, KUWAIT, "رئيس مجلس الوزراء الشيخ أحمد"),
      ],
     {"source": KUNA, "published": "2023-12-20"}),

    ("enNW3_drone_kills_sdf_commander_wire", "en",
     "Turkish drone strike kills senior commander of U.S.-backed SDF in northeast Syria\n"
     "QAMISHLI, Syria, July 22 (Reuters) - A Turkish drone strike killed a senior commander of the U.S.-backed "
     "Syrian Democratic Forces (SDF) and two other fighters near the city of Qamishli in northeast Syria on "
     "Friday, the Kurdish-led force said.\n"
     "The SDF named the commander as Jiyan Tolhildan, a senior figure in its women's units who had led "
     "operations against Islamic State, and said she was travelling with fighters Roj Khabur and Barin Botan "
     "when their car was hit.\n"
     "\"Turkey's continued targeting of our commanders is a flagrant violation of the ceasefire,\" SDF "
     "commander-in-chief Mazloum Abdi wrote on Twitter.\n"
     "There was no immediate comment from Ankara. Turkey's Defence Ministry said separately that its forces had "
     "\"neutralised\" 13 PKK/YPG militants in northern Syria and Iraq over the past week, without naming them.\n"
     "Turkey considers the YPG, the backbone of the SDF, an offshoot of the Kurdistan Workers' Party (PKK), "
     "which has waged an insurgency against the Turkish state since 1984.\n"
     "The strike came three days after Turkish President Tayyip Erdogan met Russian President Vladimir Putin and "
     "Iranian President Ebrahim Raisi at a summit in Tehran, where he said Turkey would not seek permission to act "
     "against \"terrorists\" in Syria.\n"
     "In Hasakah, a local official of the Kurdish-run administration was shot dead by unidentified gunmen on "
     "Thursday, the SDF said.",
     [("ASSASSINATED_BY", TOLHILDAN, TURKEY, "A Turkish drone strike killed a senior", "2022-07-22"),
      ("ASSASSINATED_BY", KHABUR, TURKEY, "fighters Roj Khabur", "2022-07-22"),
      ("ASSASSINATED_BY", BOTAN, TURKEY, "and Barin Botan", "2022-07-22"),
      ("MEMBER_OF", TOLHILDAN, SDF, "named the commander as Jiyan Tolhildan"),
      ("LEADS", "person:mazloum-abdi", SDF, "commander-in-chief Mazloum Abdi"),
      *met_group({ERDOGAN: "Turkish President Tayyip Erdogan met", PUTIN: "Russian President Vladimir Putin",
                  RAISI: "Iranian President Ebrahim Raisi"}, "2022-07-19"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Tayyip Erdogan met"),
      ("LEADS", PUTIN, RUSSIA, "Russian President Vladimir Putin"),
      ("LEADS", RAISI, IRAN, "Iranian President Ebrahim Raisi"),
      ("VISITED", ERDOGAN, TEHRAN, "at a summit in Tehran", "2022-07-19"),
      ],
     {"source": WIRE, "published": "2022-07-22"}),

    ("arNW4_salman_mbs_receive_erdogan_spa", "ar",
     "خادم الحرمين الشريفين يستقبل الرئيس التركي.. وسمو ولي العهد يعقد معه جلسة مباحثات رسمية\n"
     "جدة 27 رمضان 1443 هـ الموافق 28 أبريل 2022 م واس\n"
     "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود - حفظه الله - في قصر السلام بجدة "
     "اليوم، فخامة الرئيس رجب طيب أردوغان رئيس الجمهورية التركية.\n"
     "وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين الشقيقين.\n"
     "إثر ذلك، عقد صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد نائب رئيس مجلس "
     "الوزراء وزير الدفاع - حفظه الله - جلسة مباحثات رسمية مع فخامته، جرى خلالها استعراض أوجه العلاقات "
     "السعودية التركية وفرص تطويرها في مختلف المجالات، إضافة إلى بحث مستجدات الأحداث الإقليمية والدولية.\n"
     "حضر جلسة المباحثات صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، ومن الجانب التركي "
     "معالي وزير الخارجية مولود تشاووش أوغلو، ومعالي رئيس جهاز الاستخبارات الوطنية هاكان فيدان، والمتحدث "
     "باسم الرئاسة التركية إبراهيم قالن.\n"
     "وكان فخامة الرئيس التركي قد وصل إلى جدة في وقت سابق اليوم، وكان في استقباله بمطار الملك عبدالعزيز "
     "الدولي صاحب السمو الملكي الأمير خالد الفيصل أمير منطقة مكة المكرمة.\n"
     "ومن المنتظر أن يؤدي فخامته مناسك العمرة قبل مغادرته المملكة.",
     [("MET_WITH", SALMAN, ERDOGAN, "استقبل خادم الحرمين الشريفين الملك", "2022-04-28"),
      ("MET_WITH", MBS, ERDOGAN, "جلسة مباحثات رسمية مع فخامته", "2022-04-28"),
      *attendees((MBS, ERDOGAN), {FBF: "حضر جلسة المباحثات صاحب السمو",
                                  CAVUSOGLU: "وزير الخارجية مولود تشاووش أوغلو",
                                  FIDAN: "رئيس جهاز الاستخبارات الوطنية هاكان فيدان",
                                  KALIN: "باسم الرئاسة التركية إبراهيم قالن"}, "2022-04-28"),
      ("MET_WITH", KFAISAL, ERDOGAN, "وكان في استقباله بمطار", "2022-04-28"),
      ("LEADS", SALMAN, SAUDI, "الملك سلمان بن عبدالعزيز آل سعود"),
      ("LEADS", ERDOGAN, TURKEY, "رئيس الجمهورية التركية."),
      ("LEADS", FBF, SAUFM, "فيصل بن فرحان بن عبدالله وزير الخارجية"),
      ("LEADS", CAVUSOGLU, TRFM, "وزير الخارجية مولود تشاووش أوغلو"),
      ("LEADS", FIDAN, MIT, "رئيس جهاز الاستخبارات الوطنية هاكان فيدان"),
      ("VISITED", ERDOGAN, JEDDAH, "قد وصل إلى جدة", "2022-04-28"),
      ],
     {"source": SPA, "published": "2022-04-28"}),

    ("enNW5_turkey_gulf_reset_brief", "en",
     "Turkey's Gulf Reset, Three Years On\n"
     "PolicyWatch, February 2024\n"
     "When Gulf leaders signed the AlUla declaration in January 2021, ending the boycott of Qatar, Ankara lost "
     "the main reason for its quarrel with Riyadh and Abu Dhabi. The first sign of a thaw came in August 2021, "
     "when the UAE's national security adviser, Sheikh Tahnoun bin Zayed, flew to Ankara and was received by "
     "President Recep Tayyip Erdogan at the presidential complex, in a meeting also attended by then-intelligence "
     "chief Hakan Fidan. Three months later, Tahnoun's brother, then Abu Dhabi crown prince Mohamed bin Zayed, "
     "held talks with Erdogan in Ankara, and Erdogan returned the visit in February 2022.\n"
     "The Saudi file was harder. Jamal Khashoggi, the Washington Post columnist, was killed by a team of Saudi "
     "agents inside the kingdom's Istanbul consulate in October 2018. A U.S. intelligence assessment released in "
     "February 2021 concluded that Crown Prince Mohammed bin Salman had approved the operation, which he denies. "
     "Only after an Istanbul court transferred the trial of 26 Saudi suspects to Riyadh did Erdogan fly to Jeddah.\n"
     "The personnel changes after the May 2023 elections cemented the approach. Fidan, the architect of the "
     "intelligence-led outreach, replaced Mevlut Cavusoglu as foreign minister, while Ibrahim Kalin, Erdogan's "
     "longtime spokesman, succeeded Fidan at MIT.\n"
     "Whether the reset holds is another matter: a visit by Kalin to Riyadh planned for January was postponed.",
     [("MET_WITH", TAHNOUN, ERDOGAN, "was received by President Recep Tayyip Erdogan", "2021-08-18"),
      ("MET_WITH", FIDAN, TAHNOUN, "also attended by then-intelligence", "2021-08-18"),
      ("MET_WITH", FIDAN, ERDOGAN, "chief Hakan Fidan", "2021-08-18"),
      ("MET_WITH", MBZ, ERDOGAN, "held talks with Erdogan in Ankara", "2021-11-24"),
      ("ASSASSINATED_BY", KHASHOGGI, SAUDI, "was killed by a team of Saudi", "2018-10-02"),
      ("SUCCESSOR_OF", FIDAN, CAVUSOGLU, "replaced Mevlut Cavusoglu as foreign minister", "2023-06-03"),
      ("SUCCESSOR_OF", KALIN, FIDAN, "succeeded Fidan at MIT", "2023-06-05"),
      ("LEADS", ERDOGAN, TURKEY, "President Recep Tayyip Erdogan at the presidential"),
      ("LEADS", KALIN, MIT, "succeeded Fidan at MIT"),
      ("LEADS", FIDAN, TRFM, "replaced Mevlut Cavusoglu as foreign minister"),
      ],
     {"source": BRIEF, "published": "2024-02-15"}),

    ("arNW6_tamim_erdogan_strategic_committee_raya", "ar",
     "سمو الأمير والرئيس التركي يترأسان اجتماع الدورة التاسعة للجنة الاستراتيجية العليا\n"
     "الدوحة - الراية:\n"
     "ترأس حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، وأخوه فخامة الرئيس رجب طيب أردوغان "
     "رئيس الجمهورية التركية، اجتماع الدورة التاسعة للجنة الاستراتيجية العليا بين البلدين، الذي عقد بقصر لوسيل "
     "أمس.\n"
     "وكان سمو الأمير قد عقد مع فخامة الرئيس التركي جلسة مباحثات مغلقة قبيل الاجتماع، تناولت علاقات التعاون "
     "الاستراتيجي بين البلدين وتطورات الأوضاع في قطاع غزة.\n"
     "حضر الاجتماع معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، فيما حضره "
     "من الجانب التركي معالي السيد هاكان فيدان وزير الخارجية، ومعالي السيد يشار غولر وزير الدفاع الوطني، "
     "والسيد إبراهيم قالن رئيس جهاز الاستخبارات الوطنية.\n"
     "وعقب الاجتماع، شهد سمو الأمير وفخامة الرئيس التوقيع على 12 اتفاقية ومذكرة تفاهم في مجالات الطاقة "
     "والإعلام والتعليم.\n"
     "ويشارك الرئيس أردوغان اليوم، ضيفاً، في أعمال الدورة الرابعة والأربعين للمجلس الأعلى لمجلس التعاون لدول "
     "الخليج العربية التي تستضيفها الدوحة.\n"
     "وكان سمو الأمير قد استقبل ضيف البلاد في يوليو الماضي بقصر لوسيل، خلال جولة خليجية شملت المملكة العربية "
     "السعودية والإمارات.\n"
     "وفي سياق آخر، تلقى سمو الأمير اتصالاً هاتفياً من أخيه سمو الشيخ مشعل الأحمد الجابر الصباح ولي عهد دولة "
     "الكويت الشقيقة.",
     [("MET_WITH", TAMIM, ERDOGAN, "وأخوه فخامة الرئيس رجب طيب أردوغان", "2023-12-04"),
      *attendees((TAMIM, ERDOGAN), {MBAR: "حضر الاجتماع معالي الشيخ",
                                    FIDAN: "السيد هاكان فيدان وزير الخارجية",
                                    GULER: "السيد يشار غولر وزير الدفاع الوطني",
                                    KALIN: "والسيد إبراهيم قالن رئيس"}, "2023-12-04"),
      ("LEADS", TAMIM, QATAR, "أمير البلاد المفدى"),
      ("LEADS", ERDOGAN, TURKEY, "رئيس الجمهورية التركية، اجتماع"),
      ("LEADS", MBAR, QATAR, "آل ثاني رئيس مجلس الوزراء وزير الخارجية"),
      ("LEADS", MBAR, QAFM, "رئيس مجلس الوزراء وزير الخارجية، فيما"),
      ("LEADS", FIDAN, TRFM, "السيد هاكان فيدان وزير الخارجية"),
      ("LEADS", GULER, TRDEF, "السيد يشار غولر وزير الدفاع الوطني"),
      ("LEADS", KALIN, MIT, "قالن رئيس جهاز الاستخبارات الوطنية"),
      ],
     {"source": RAYA, "published": "2023-12-05"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNW")
