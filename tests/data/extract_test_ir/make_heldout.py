"""Blind set IR: Lebanon 2024-2025 as a Beirut daily's political page writes it (An-Nahar-like in
Arabic, L'Orient-like in English): Hochstein between the Grand Serail, Ain el-Tineh and Yarze two
days after Mohammad Afif's killing, November 2024 (Arabic); Nawaf Salam's designation, the
consultations at Baabda and the first meeting of the three presidents, January 2025 (English);
Larijani's round of Baabda, Ain el-Tineh and the Serail, and a quiet meeting with Naim Qassem,
August 2025 (Arabic); Jean-Noel Barrot in Beirut after Nasrallah's killing, with Ali Karaki and
Nabil Kaouk among the dead, September 2024 (English); Ortagus's second round and the army command
passing from Aoun to Hassan Audi to Rodolphe Haykal, April 2025 (Arabic); civilians at the
ceasefire mechanism's table in Naqoura after the strike that killed Tabatabai, December 2025
(English).
Style: long sentences, several meetings per piece, "sources close to" Ain el-Tineh, the Serail or
Baabda, seats of power by place name, "al-Ustaz" for Berri, L'Orient's French transliterations.
Excluded on purpose: Hochstein's phone call to the foreign minister; a Salam-Hezbollah meeting
announced by some media that did not take place; a meeting with the foreign minister that was not
on Larijani's programme; Barrot's cancelled visit to the south and Qassem's promise to choose "a
successor" (no one named); Ortagus's February remarks, the absence of any meeting with Hezbollah
and a postponed visit to the south; Israel's description of Tabatabai's rank and a meeting Karam
requested that was never scheduled.
Spellings: هوكستين, نبيه برّي and «الأستاذ»; Nawwaf Salam, Nabih Birri; «السيد حسن» for Nasrallah;
Sayyed Hassan, Nabih Berry, Naïm Kassem, Ali Karaké, Aïn el-Tiné; مورغان أورتيغاس, برّي.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_it import ALL  # noqa: E402

HERE = Path(__file__).parent

LEB, ISR, USA, FRA, IRAN = "country:lebanon", "country:israel", "country:united-states", "country:france", "country:iran"
HEZ, AMAL, IDF, LOYAL = ("organization:hezbollah", "organization:amal-movement", "organization:israel-defense-forces",
                         "organization:loyalty-to-the-resistance-bloc")
LEBGOV, LEBPARL, LEBARMY, LEBDEF, LEBFM, LEBFIN = (
    "organization:lebanese-government", "organization:lebanese-parliament", "organization:lebanese-army",
    "organization:lebanese-defence-ministry", "organization:lebanese-foreign-ministry",
    "organization:lebanese-finance-ministry")
HEZMEDIA, HEZCC, SNSC, FRFM, ICJ, FPM, MECH, ISRNSC = (
    "organization:hezbollah-media-relations", "organization:hezbollah-central-council",
    "organization:supreme-national-security-council", "organization:french-foreign-ministry",
    "organization:international-court-of-justice", "organization:free-patriotic-movement",
    "organization:ceasefire-mechanism", "organization:israeli-national-security-council")
BEIRUT, SERAIL, AINT, BAABDA, YARZE, RASNABAA, HARET = (
    "location:beirut", "location:grand-serail", "location:ain-el-tineh", "location:baabda-palace",
    "location:yarze", "location:ras-al-nabaa", "location:haret-hreik")
NASR, NQ, KARAKI, KAOUK, AFIF, TABA = ("person:hassan-nasrallah", "person:naim-qassem", "person:ali-karaki",
                                       "person:nabil-kaouk", "person:mohammad-afif", "person:haytham-ali-tabatabai")
BERRI, KHALIL, RAAD, FADL = ("person:nabih-berri", "person:ali-hassan-khalil", "person:mohammad-raad",
                             "person:hassan-fadlallah")
JAOUN, SALAM, MIKATI, HAYKAL, AUDI, KAHWAJI = ("person:joseph-aoun", "person:nawaf-salam", "person:najib-mikati",
                                               "person:rodolphe-haykal", "person:hassan-audi", "person:tony-kahwaji")
SLIM, BOUHABIB, RAJJI, JABER, BASSIL, KARAM = ("person:maurice-slim", "person:abdallah-bou-habib",
                                               "person:youssef-rajji", "person:yassine-jaber",
                                               "person:gebran-bassil", "person:simon-karam")
HOCH, ORT, JOHNSON, CLEAR = ("person:amos-hochstein", "person:morgan-ortagus", "person:lisa-johnson",
                             "person:joseph-clearfield")
BARROT, MAGRO, LARIJANI, AMANI, RESNICK = ("person:jean-noel-barrot", "person:herve-magro", "person:ali-larijani",
                                           "person:mojtaba-amani", "person:uri-resnick")

ARTICLES = [
    ("arIR1_hochstein_serail_ain_el_tineh", "ar",
     "هوكستين بين السراي وعين التينة: «الورقة» في ربع الساعة الأخير\n"
     "بيروت — لم يحمل الموفد الأميركي آموس هوكستين إلى بيروت أمس، بحسب مصادر قريبة من عين التينة، سوى "
     "ملاحظات إسرائيلية «قابلة للنقاش» على مسودة وقف إطلاق النار، غير أن الأجواء التي رافقت جولته، من السراي "
     "الحكومي إلى مقرّ الرئاسة الثانية، أوحت بأن التفاهم بات في ربع الساعة الأخير.\n"
     "واستهلّ هوكستين لقاءاته بالاجتماع مع رئيس حكومة تصريف الأعمال نجيب ميقاتي في السراي، في حضور السفيرة "
     "الأميركية ليزا جونسون، ثم انتقل إلى عين التينة حيث عقد مع رئيس مجلس النواب نبيه برّي خلوة استمرت "
     "ساعتين، حضر جانباً منها المعاون السياسي لرئيس المجلس النائب علي حسن خليل.\n"
     "وقالت أوساط «الأستاذ» إن البحث تناول «آلية المراقبة» وإن الأجواء «إيجابية».\n"
     "وفي اليرزة، التقى الموفد الأميركي قائد الجيش العماد جوزاف عون، في حضور وزير الدفاع في حكومة تصريف "
     "الأعمال موريس سليم، وعرض معه خطة انتشار الجيش جنوب الليطاني.\n"
     "وجاءت الزيارة بعد يومين من اغتيال مسؤول العلاقات الإعلامية في «حزب الله» محمد عفيف بغارة إسرائيلية "
     "على رأس النبع، فيما اكتفى هوكستين باتصال هاتفي بوزير الخارجية عبدالله بو حبيب، الذي كان خارج البلاد.",
     [("VISITED", HOCH, BEIRUT, "آموس هوكستين إلى بيروت أمس", "2024-11-19"),
      ("LEADS", MIKATI, LEBGOV, "رئيس حكومة تصريف الأعمال نجيب"),
      ("MET_WITH", HOCH, MIKATI, "بالاجتماع مع رئيس حكومة تصريف", "2024-11-19"),
      ("MET_WITH", HOCH, JOHNSON, "في حضور السفيرة", "2024-11-19"),
      ("MET_WITH", MIKATI, JOHNSON, "في حضور السفيرة", "2024-11-19"),
      ("VISITED", HOCH, AINT, "ثم انتقل إلى عين التينة", "2024-11-19"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه برّي"),
      ("MET_WITH", HOCH, BERRI, "حيث عقد مع رئيس مجلس النواب", "2024-11-19"),
      ("MET_WITH", HOCH, KHALIL, "حضر جانباً منها المعاون السياسي", "2024-11-19"),
      ("MET_WITH", BERRI, KHALIL, "حضر جانباً منها المعاون السياسي", "2024-11-19"),
      ("VISITED", HOCH, YARZE, "وفي اليرزة، التقى الموفد", "2024-11-19"),
      ("MET_WITH", HOCH, JAOUN, "التقى الموفد الأميركي قائد الجيش", "2024-11-19"),
      ("LEADS", JAOUN, LEBARMY, "قائد الجيش العماد جوزاف عون"),
      ("MET_WITH", HOCH, SLIM, "في حضور وزير الدفاع", "2024-11-19"),
      ("MET_WITH", JAOUN, SLIM, "في حضور وزير الدفاع", "2024-11-19"),
      ("LEADS", SLIM, LEBDEF, "وزير الدفاع في حكومة تصريف الأعمال موريس"),
      ("LEADS", AFIF, HEZMEDIA, "مسؤول العلاقات الإعلامية في «حزب الله»"),
      ("ASSASSINATED_BY", AFIF, ISR, "بغارة إسرائيلية على رأس النبع", "2024-11-17"),
      ("ATTACKED", ISR, RASNABAA, "بغارة إسرائيلية على رأس النبع", "2024-11-17"),
      ("LEADS", BOUHABIB, LEBFM, "بوزير الخارجية عبدالله"),
      ],
     {"source": "blind set (Beirut daily political page, Arabic)", "published": "2024-11-20"}),

    ("enIR2_salam_designated_birri", "en",
     "Salam named premier as Hezbollah cries foul and Birri keeps his counsel\n"
     "BEIRUT — Nawwaf Salam, the president of the International Court of Justice, was designated prime minister "
     "on Monday with 84 votes at the end of a day of binding parliamentary consultations at Baabda that, according "
     "to sources close to the presidential palace, overturned in a matter of hours an arrangement that had seemed "
     "to favour the caretaker premier, Najib Mikati.\n"
     "President Joseph Aoun, elected only four days earlier, received the blocs one after the other; Gebran "
     "Bassil, the head of the Free Patriotic Movement, who told reporters on leaving that his bloc had named Salam "
     "\"for change\", was among the first.\n"
     "The Loyalty to the Resistance bloc, led by MP Mohammad Raad, named no one, and Raad accused the other blocs "
     "of seeking to \"exclude\" a component of the country.\n"
     "On Tuesday Salam, back from The Hague, was received at Baabda by Aoun, with Speaker Nabih Birri joining the "
     "two men, in what a source close to Ain el-Tineh described as a \"cordial but cautious\" first meeting of "
     "the three presidents.\n"
     "Salam is to succeed Mikati, who has headed governments since 2021. A meeting between Salam and Hezbollah's "
     "leadership, announced by some media for Tuesday evening, did not take place, a party official said.",
     [("LEADS", SALAM, ICJ, "the president of the International Court of Justice"),
      ("LEADS", MIKATI, LEBGOV, "the caretaker premier, Najib Mikati"),
      ("LEADS", JAOUN, LEB, "President Joseph Aoun, elected only"),
      ("MET_WITH", JAOUN, BASSIL, "received the blocs one after the other", "2025-01-13"),
      ("LEADS", BASSIL, FPM, "the head of the Free Patriotic Movement"),
      ("LEADS", RAAD, LOYAL, "led by MP Mohammad Raad"),
      ("MET_WITH", SALAM, JAOUN, "was received at Baabda by Aoun", "2025-01-14"),
      ("VISITED", SALAM, BAABDA, "was received at Baabda by Aoun", "2025-01-14"),
      ("MET_WITH", SALAM, BERRI, "with Speaker Nabih Birri joining the two men", "2025-01-14"),
      ("MET_WITH", JAOUN, BERRI, "with Speaker Nabih Birri joining the two men", "2025-01-14"),
      ("LEADS", BERRI, LEBPARL, "Speaker Nabih Birri"),
      ("SUCCESSOR_OF", SALAM, MIKATI, "Salam is to succeed Mikati", "2025-01-13"),
      ],
     {"source": "blind set (Beirut daily political page, English)", "published": "2025-01-15"}),

    ("arIR3_larijani_three_presidents", "ar",
     "لاريجاني في بيروت: «نصائح» في عين التينة وكلام حازم في بعبدا\n"
     "بيروت — لم تكن الجولة التي قام بها أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني على المقرّات "
     "الرسمية أمس جولة بروتوكولية، إذ سمع في قصر بعبدا، بحسب مصادر مطّلعة على أجواء اللقاء، كلاماً لم يعتده "
     "زوّار طهران، فيما وجد في عين التينة «صديقاً قديماً» يدعو إلى «الحوار لا القطيعة».\n"
     "فقد استقبله رئيس الجمهورية جوزاف عون صباحاً وأبلغه أن «لا سلاح خارج الدولة»، ثم انتقل لاريجاني إلى "
     "عين التينة حيث التقى الرئيس نبيه بري في حضور السفير الإيراني مجتبى أماني، قبل أن يختم نهاره في السراي "
     "مع رئيس الحكومة نواف سلام، الذي قالت أوساطه إنه رفض «أي وصاية».\n"
     "وقالت مصادر قريبة من «حزب الله» إن الضيف التقى بعيداً من الإعلام الأمين العام للحزب الشيخ نعيم قاسم، "
     "الذي خلف «السيد حسن» في الأمانة العامة في تشرين الأول 2024.\n"
     "ولم يُدرج في برنامج الزيارة أي لقاء مع وزير الخارجية يوسف رجي، الذي كان قد انتقد «التدخل الإيراني».\n"
     "وفي بعبدا أيضاً، استقبل عون السفير الفرنسي هيرفيه ماغرو، الذي أطلعه على التحضيرات لمؤتمر دعم الجيش.",
     [("VISITED", LARIJANI, BEIRUT, "لاريجاني في بيروت:", "2025-08-13"),
      ("LEADS", LARIJANI, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني علي"),
      ("MET_WITH", LARIJANI, JAOUN, "فقد استقبله رئيس الجمهورية", "2025-08-13"),
      ("LEADS", JAOUN, LEB, "رئيس الجمهورية جوزاف عون"),
      ("VISITED", LARIJANI, AINT, "ثم انتقل لاريجاني إلى", "2025-08-13"),
      ("MET_WITH", LARIJANI, BERRI, "حيث التقى الرئيس نبيه بري", "2025-08-13"),
      ("MET_WITH", LARIJANI, AMANI, "في حضور السفير الإيراني", "2025-08-13"),
      ("MET_WITH", BERRI, AMANI, "في حضور السفير الإيراني", "2025-08-13"),
      ("MET_WITH", LARIJANI, SALAM, "مع رئيس الحكومة نواف سلام", "2025-08-13"),
      ("LEADS", SALAM, LEBGOV, "رئيس الحكومة نواف سلام"),
      ("VISITED", LARIJANI, SERAIL, "يختم نهاره في السراي", "2025-08-13"),
      ("MET_WITH", LARIJANI, NQ, "إن الضيف التقى بعيداً من الإعلام", "2025-08"),
      ("LEADS", NQ, HEZ, "الأمين العام للحزب الشيخ نعيم"),
      ("SUCCESSOR_OF", NQ, NASR, "الذي خلف «السيد حسن»", "2024-10"),
      ("LEADS", RAJJI, LEBFM, "وزير الخارجية يوسف رجي"),
      ("MET_WITH", JAOUN, MAGRO, "استقبل عون السفير الفرنسي", "2025-08-13"),
      ],
     {"source": "blind set (Beirut daily political page, Arabic)", "published": "2025-08-14"}),

    ("enIR4_barrot_after_sayyed_hassan", "en",
     "Barrot in Beirut as Hezbollah counts its dead\n"
     "BEIRUT — Three days after Sayyed Hassan Nasrallah was killed in a rain of Israeli bombs on Haret Hreik, "
     "French Foreign Minister Jean-Noël Barrot landed in Beirut on Monday, in a city where, as a source close to "
     "the Grand Serail put it, \"everyone is waiting to know what comes next, and no one knows who decides\".\n"
     "Barrot was received first by caretaker Prime Minister Najib Mikati, then at Aïn el-Tiné by Speaker Nabih "
     "Berry, in the presence of the French ambassador, Hervé Magro, who, according to sources close to the speaker, "
     "took notes throughout.\n"
     "Berry, whom Paris regards as the only channel to Hezbollah, told his guest that Lebanon was ready to "
     "implement Resolution 1701 \"immediately after a ceasefire\".\n"
     "Hezbollah on Saturday confirmed the death of Nasrallah along with that of Ali Karaké, the commander of its "
     "southern front, who was killed in the same Israeli strike, while the Israeli army said it had killed Nabil "
     "Kaouk, a member of the party's central council, in another raid.\n"
     "Naïm Kassem, the deputy secretary general, spoke on Monday from an undisclosed location and said the party "
     "would choose a successor \"at the earliest opportunity\".\n"
     "A visit by Barrot to the south was cancelled for security reasons.",
     [("ASSASSINATED_BY", NASR, ISR, "in a rain of Israeli bombs on Haret Hreik", "2024-09-27"),
      ("ATTACKED", ISR, HARET, "in a rain of Israeli bombs on Haret Hreik", "2024-09-27"),
      ("LEADS", BARROT, FRFM, "French Foreign Minister Jean-Noël Barrot"),
      ("VISITED", BARROT, BEIRUT, "landed in Beirut on Monday", "2024-09-30"),
      ("MET_WITH", BARROT, MIKATI, "was received first by caretaker Prime Minister", "2024-09-30"),
      ("LEADS", MIKATI, LEBGOV, "caretaker Prime Minister Najib Mikati"),
      ("MET_WITH", BARROT, BERRI, "then at Aïn el-Tiné by Speaker Nabih", "2024-09-30"),
      ("VISITED", BARROT, AINT, "then at Aïn el-Tiné by Speaker Nabih", "2024-09-30"),
      ("LEADS", BERRI, LEBPARL, "Speaker Nabih Berry"),
      ("MET_WITH", BARROT, MAGRO, "in the presence of the French ambassador", "2024-09-30"),
      ("MET_WITH", BERRI, MAGRO, "in the presence of the French ambassador", "2024-09-30"),
      ("MEMBER_OF", KARAKI, HEZ, "the commander of its southern front"),
      ("ASSASSINATED_BY", KARAKI, ISR, "who was killed in the same Israeli strike", "2024-09-27"),
      ("ASSASSINATED_BY", KAOUK, IDF, "the Israeli army said it had killed Nabil", "2024-09-28"),
      ("MEMBER_OF", KAOUK, HEZCC, "a member of the party's central council"),
      ("MEMBER_OF", NQ, HEZ, "Naïm Kassem, the deputy secretary general"),
      ],
     {"source": "blind set (Beirut daily political page, English)", "published": "2024-10-01"}),

    ("arIR5_ortagus_second_round_yarze", "ar",
     "أورتيغاس في جولتها الثانية: لغة أهدأ... والسلاح أولاً\n"
     "بيروت — بدت نائبة المبعوث الأميركي الخاص إلى الشرق الأوسط مورغان أورتيغاس في جولتها الثانية على "
     "المسؤولين اللبنانيين، السبت، أكثر هدوءاً مما كانت عليه في شباط، حين أثار كلامها من على منبر بعبدا عن "
     "«هزيمة» الحزب امتعاض الرئاسة، غير أن مصادر قريبة من السراي أكدت أن «جوهر الرسالة لم يتغيّر».\n"
     "واستهلّت أورتيغاس جولتها في قصر بعبدا حيث استقبلها رئيس الجمهورية جوزاف عون، ثم التقت في السراي "
     "الحكومي رئيس الحكومة نواف سلام في حضور وزير المال ياسين جابر، قبل أن تنتقل إلى عين التينة للقاء رئيس "
     "مجلس النواب نبيه برّي، الذي نقلت أوساطه أن «الأستاذ» سمع «كلاماً واقعياً».\n"
     "وفي اليرزة، اجتمعت الموفدة الأميركية بقائد الجيش العماد رودولف هيكل، في حضور مدير المخابرات في الجيش "
     "العميد طوني قهوجي.\n"
     "وكان هيكل قد تسلّم القيادة في آذار خلفاً للواء حسان عودة، الذي تولاها بالوكالة منذ انتخاب قائدها "
     "السابق جوزاف عون رئيساً للجمهورية في كانون الثاني.\n"
     "ولم يُسجَّل أي لقاء بين أورتيغاس وممثلين عن «حزب الله»، فيما أرجئت زيارة كانت مقررة لها إلى الجنوب.",
     [("VISITED", ORT, BAABDA, "جولتها في قصر بعبدا", "2025-04-05"),
      ("MET_WITH", ORT, JAOUN, "حيث استقبلها رئيس الجمهورية", "2025-04-05"),
      ("LEADS", JAOUN, LEB, "رئيس الجمهورية جوزاف عون"),
      ("MET_WITH", ORT, SALAM, "ثم التقت في السراي الحكومي", "2025-04-05"),
      ("LEADS", SALAM, LEBGOV, "رئيس الحكومة نواف سلام"),
      ("MET_WITH", ORT, JABER, "في حضور وزير المال", "2025-04-05"),
      ("MET_WITH", SALAM, JABER, "في حضور وزير المال", "2025-04-05"),
      ("LEADS", JABER, LEBFIN, "وزير المال ياسين جابر"),
      ("VISITED", ORT, AINT, "قبل أن تنتقل إلى عين التينة", "2025-04-05"),
      ("MET_WITH", ORT, BERRI, "للقاء رئيس مجلس النواب", "2025-04-05"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه برّي"),
      ("VISITED", ORT, YARZE, "وفي اليرزة، اجتمعت", "2025-04-05"),
      ("MET_WITH", ORT, HAYKAL, "اجتمعت الموفدة الأميركية بقائد الجيش", "2025-04-05"),
      ("LEADS", HAYKAL, LEBARMY, "بقائد الجيش العماد رودولف هيكل"),
      ("MET_WITH", ORT, KAHWAJI, "في حضور مدير المخابرات", "2025-04-05"),
      ("MET_WITH", HAYKAL, KAHWAJI, "في حضور مدير المخابرات", "2025-04-05"),
      ("MEMBER_OF", KAHWAJI, LEBARMY, "مدير المخابرات في الجيش"),
      ("SUCCESSOR_OF", HAYKAL, AUDI, "خلفاً للواء حسان عودة", "2025-03"),
      ("SUCCESSOR_OF", AUDI, JAOUN, "الذي تولاها بالوكالة منذ انتخاب", "2025-01"),
      ],
     {"source": "blind set (Beirut daily political page, Arabic)", "published": "2025-04-07"}),

    ("enIR6_naqoura_civilians_mechanism", "en",
     "At Naqoura, civilians at the table for the first time, and Ain el-Tineh not amused\n"
     "BEIRUT — For the first time since the November 27, 2024 ceasefire, the committee monitoring the truce met "
     "on Wednesday in Naqoura with civilians at the table: former ambassador Simon Karam, whom President Joseph "
     "Aoun had picked to head Lebanon's delegation, sat opposite Uri Resnick, an official of Israel's National "
     "Security Council, under the chairmanship of US Lt. Gen. Joseph Clearfield, with US envoy Morgan Ortagus "
     "attending.\n"
     "The meeting came ten days after Israel killed Haytham Ali Tabatabai, whom it described as Hezbollah's chief "
     "of staff, in a strike on Haret Hreik, and sources close to Baabda said Aoun had chosen Karam \"to take the "
     "wind out of\" Israeli threats of an escalation.\n"
     "The choice was made after consultations in which Aoun received Prime Minister Nawaf Salam on Tuesday; "
     "Speaker Nabih Berri, who according to sources close to Ain el-Tineh was informed \"but not consulted\", "
     "sent his political aide, MP Ali Hassan Khalil, who was received by Aoun in his stead.\n"
     "Hezbollah, through its MP Hassan Fadlallah, called the step \"a gratuitous concession\"; a meeting that "
     "Karam had requested with the party's parliamentary bloc had not been scheduled.",
     [("LEADS", JAOUN, LEB, "President Joseph Aoun had picked"),
      ("MET_WITH", KARAM, RESNICK, "sat opposite Uri Resnick", "2025-12-03"),
      ("MEMBER_OF", RESNICK, ISRNSC, "an official of Israel's National Security Council"),
      ("MET_WITH", KARAM, CLEAR, "under the chairmanship of US Lt", "2025-12-03"),
      ("MET_WITH", RESNICK, CLEAR, "under the chairmanship of US Lt", "2025-12-03"),
      ("LEADS", CLEAR, MECH, "under the chairmanship of US Lt"),
      ("MET_WITH", ORT, KARAM, "with US envoy Morgan Ortagus attending", "2025-12-03"),
      ("MET_WITH", ORT, RESNICK, "with US envoy Morgan Ortagus attending", "2025-12-03"),
      ("MET_WITH", ORT, CLEAR, "with US envoy Morgan Ortagus attending", "2025-12-03"),
      ("ASSASSINATED_BY", TABA, ISR, "Israel killed Haytham Ali Tabatabai", "2025-11-23"),
      ("ATTACKED", ISR, HARET, "in a strike on Haret Hreik", "2025-11-23"),
      ("MET_WITH", JAOUN, SALAM, "Aoun received Prime Minister Nawaf Salam on Tuesday", "2025-12-02"),
      ("LEADS", SALAM, LEBGOV, "Prime Minister Nawaf Salam"),
      ("LEADS", BERRI, LEBPARL, "Speaker Nabih Berri"),
      ("MET_WITH", JAOUN, KHALIL, "who was received by Aoun in his stead", "2025-12-02"),
      ("MEMBER_OF", FADL, HEZ, "through its MP Hassan Fadlallah"),
      ],
     {"source": "blind set (Beirut daily political page, English)", "published": "2025-12-04"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIR")
