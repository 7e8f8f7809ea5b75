"""Blind set UR: Yemen 2017-2019 (second folder of UQ-UR): Ali Abdullah Saleh's break with the Houthis and his
killing (December 2017) and Sadiq Amin Abu Ras chosen to lead the GPC in Sanaa in his place (January 2018),
Mahdi al-Mashat elected to succeed Saleh al-Sammad at the head of the Supreme Political Council (April 2018),
Martin Griffiths's rounds in Sanaa, Aden and Riyadh (2018), the Stockholm consultations (December 2018),
Griffiths in Muscat (2019), and Maeen Abdulmalik named prime minister in place of Ahmed Obeid bin Daghr
(October 2018), as a French wire writes it in English (AFP-like: "SANAA (AFP) -"), the Houthi-run agency in
Sanaa in Arabic (Saba-like: "صنعاء - سبأ"), a Saudi daily in English (Arab News-like: "Arab News"), a
London-based pan-Arab daily in Arabic (Asharq Al-Awsat-like: "ستوكهولم: «الشرق الأوسط»"), a British wire in
English (Reuters-like: "MUSCAT, Jan 20 (Reuters) -") and the government's agency in Aden and Riyadh in Arabic
(Saba-like: "الرياض - سبأنت").
Pieces: Saleh killed by the Houthis after his break with them; Abu Ras chosen to
succeed him; Sammad receives Abu Ras (English, UR1); Mashat elected to succeed Sammad, killed by a coalition
strike; Sammad had received Griffiths with Hisham Sharaf present (Arabic, UR2); Griffiths meets Mashat in
Sanaa, then Hadi in Aden (English, UR3); Wallstrom receives the two delegations; Guterres meets Yamani, then
Abdulsalam, separately; Griffiths met Abdulsalam in Muscat (Arabic, UR4); Griffiths in Muscat meets
Abdulsalam, then Yusuf bin Alawi (English, UR5); Maeen Abdulmalik replaces bin Daghr; Hadi receives Griffiths
with Ali Mohsen and Maeen present (Arabic, UR6).
Excluded on purpose (no relation): Saleh's offer to "turn a new page" with the coalition, Tareq Saleh's
unconfirmed escape, al-Zoka "killed alongside him" (no agent in his sentence) (UR1); the council's statement holding "the US administration" responsible (an accusation) (UR2); the Houthi denial
of any offer to hand over Hodeidah port, the planned second visit (UR3); the direct meeting of the two heads
of delegation that did not take place (UR4); the denied meeting with Saudi officials in Muscat (UR5);
the Houthi accusation against the government, bin Daghr referred for investigation (UR6).
Judgement calls: "was killed by Houthi fighters" gives victim -> the Houthis; Saleh, the predecessor in
"succeed ... as its leader", gets no LEADS of the party (UR1); "chosen ... to succeed Saleh" at the head of the GPC
is a succession (UR1); "خلفاً للرئيس الشهيد صالح الصماد" is a succession; "استشهد بغارة لطيران العدوان"
names the coalition as agent (victim -> coalition) (UR2); "بحضور" an attendee: paired with both principals
(UR2, UR6); Guterres's meetings "كلاً على حدة": two meetings, no pair between the two heads of delegation;
Wallstrom "received the two delegations": she meets each head, and the two heads (UR4); "appointed to
replace" is a succession (UR6); the President LEADS Yemen; the SPC head LEADS the SPC; Abdul-Malik
al-Houthi LEADS the Houthis; the prime minister LEADS Yemen; a foreign minister heading a delegation is not
LEADS of his country; Abdulsalam, "spokesman of the Houthis", is MEMBER_OF them.
Filled in for the exercise: the wording of the statements and the day of Abu Ras's reception (UR1); the
wording of the election statement and Sharaf's presence (UR2); the sequence and days of the meetings (UR3);
the Muscat meeting's date and the wording of the called-off meeting (UR4); the Omani meeting's wording and
the Houthi denial (UR5); the attendees of the Riyadh meeting, the Houthi statement (UR6).
Spellings: "Ali Abdallah Saleh", "Aref al-Zouka", "Sadiq Abu Ras" (UR1); «مهدي محمد المشاط»، «صالح علي
الصماد»، «مارتن جريفيث» (UR2); "Mahdi Al-Mashat", "Martin Griffiths", "Abed Rabbo Mansour Hadi" (UR3);
«مارغوت فالستروم»، «أنطونيو غوتيريش»، «خالد اليماني»، «محمد عبد السلام» (UR4); "Mohammed Abdul-Salam",
"Yousuf bin Alawi bin Abdullah" (UR5); «الدكتور معين عبدالملك»، «الفريق الركن علي محسن صالح» (UR6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ur import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN, OMAN, SWEDEN = "country:yemen", "country:oman", "country:sweden"
HOUTHIS, SPC, GPC, COALITION, UN = (
    "organization:houthis", "organization:houthi-supreme-political-council",
    "organization:general-peoples-congress", "organization:saudi-led-coalition", "organization:united-nations")
HADI, SALEH, ABDULMALIK, SAMMAD, MASHAT, ABDULSALAM, DAGHR, MAEEN, MOHSEN, YAMANI, SHARAF, ZOKA, ABURAS = (
    "person:abdrabbuh-mansur-hadi", "person:ali-abdullah-saleh", "person:abdul-malik-al-houthi",
    "person:saleh-al-sammad", "person:mahdi-al-mashat", "person:mohammed-abdulsalam",
    "person:ahmed-obeid-bin-daghr", "person:maeen-abdulmalik", "person:ali-mohsen-al-ahmar",
    "person:khaled-al-yamani", "person:hisham-sharaf", "person:aref-al-zoka", "person:sadiq-amin-abu-ras")
GRIFFITHS, GUTERRES, WALLSTROM, ALAWI = (
    "person:martin-griffiths", "person:antonio-guterres", "person:margot-wallstrom", "person:yusuf-bin-alawi")

AFP = "blind set (French news wire, English, AFP-like)"
SABA_SANAA = "blind set (Houthi-run news agency in Sanaa, Arabic, Saba-like)"
ARABNEWS = "blind set (Saudi daily, English, Arab News-like)"
SHARQ = "blind set (London-based pan-Arab daily, Arabic, Asharq Al-Awsat-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
SABA_GOV = "blind set (Yemeni government news agency, Arabic, Saba-like)"

ARTICLES = [
    ("enUR1_abu_ras_succeeds_saleh_afp", "en",
     "Yemen's ex-ruling party picks new leader a month after Saleh killing\n"
     "SANAA (AFP) - The Sanaa wing of Yemen's General People's Congress on Sunday chose Sadiq Abu Ras, a "
     "veteran of the party, to succeed Ali Abdallah Saleh as its leader, a month after the former president "
     "was killed by Houthi fighters.\n"
     "Saleh, who ruled Yemen for 33 years, was shot dead on December 4 as he tried to flee the capital, two "
     "days after he publicly broke with his Huthi allies and offered to \"turn a new page\" with the "
     "Saudi-led coalition. The party's secretary-general, Aref al-Zouka, was killed alongside him.\n"
     "Abu Ras was received on Monday by Saleh al-Sammad, the head of the rebels' Supreme Political Council, "
     "who urged the party to remain \"a partner\" in the Sanaa authorities, rebel media reported.\n"
     "Saleh's nephew Tareq, a former commander of the presidential guard, is reported to have escaped to the "
     "south, though his whereabouts could not be independently confirmed.",
     [("SUCCESSOR_OF", ABURAS, SALEH, "to succeed Ali Abdallah Saleh", "2018-01-07"),
      ("LEADS", ABURAS, GPC, "chose Sadiq Abu Ras"),
      ("ASSASSINATED_BY", SALEH, HOUTHIS, "was killed by Houthi fighters", "2017-12-04"),
      ("MEMBER_OF", ZOKA, GPC, "The party's secretary-general"),
      ("MET_WITH", ABURAS, SAMMAD, "Abu Ras was received on Monday", "2018-01-08"),
      ("LEADS", SAMMAD, SPC, "the head of the rebels' Supreme Political Council"),
      ],
     {"source": AFP, "published": "2018-01-08"}),

    ("arUR2_mashat_elected_saba_sanaa", "ar",
     "المجلس السياسي الأعلى ينتخب مهدي المشاط رئيساً للمجلس خلفاً للرئيس الشهيد الصماد\n"
     "صنعاء - سبأ:\n"
     "انتخب المجلس السياسي الأعلى في اجتماعه الاستثنائي اليوم الأخ مهدي محمد المشاط رئيساً للمجلس خلفاً "
     "للرئيس الشهيد صالح علي الصماد، الذي استشهد الخميس الماضي مع ستة من مرافقيه بغارة لطيران العدوان "
     "السعودي الأمريكي في محافظة الحديدة.\n"
     "وأكد المجلس في بيان أن دماء الرئيس الشهيد لن تذهب هدراً، محملاً تحالف العدوان ومن ورائه الإدارة "
     "الأمريكية المسؤولية الكاملة عن الجريمة.\n"
     "وكان الرئيس الصماد قد استقبل في الخامس من مارس الماضي المبعوث الأممي الجديد مارتن جريفيث، بحضور وزير "
     "الخارجية هشام شرف، وجرى خلال اللقاء بحث رؤية المجلس للحل السياسي.\n"
     "وأدى الرئيس المشاط اليمين الدستورية أمام المجلس مساء اليوم، على أن يُشيَّع جثمان الرئيس الشهيد في "
     "ميدان السبعين بصنعاء في موعد يُحدَّد لاحقاً.",
     [("SUCCESSOR_OF", MASHAT, SAMMAD, "خلفاً للرئيس الشهيد صالح", "2018-04-23"),
      ("LEADS", MASHAT, SPC, "الأخ مهدي محمد المشاط رئيساً"),
      ("ASSASSINATED_BY", SAMMAD, COALITION, "بغارة لطيران العدوان", "2018-04-19"),
      ("MET_WITH", SAMMAD, GRIFFITHS, "وكان الرئيس الصماد قد استقبل", "2018-03-05"),
      ("MET_WITH", SHARAF, SAMMAD, "بحضور وزير", "2018-03-05"),
      ("MET_WITH", SHARAF, GRIFFITHS, "الخارجية هشام شرف، وجرى", "2018-03-05"),
      ],
     {"source": SABA_SANAA, "published": "2018-04-23"}),

    ("enUR3_griffiths_sanaa_aden_arabnews", "en",
     "UN envoy shuttles between Sanaa and Aden over Hodeidah\n"
     "Arab News\n"
     "JEDDAH: UN envoy Martin Griffiths held talks in Sanaa on Saturday with Mahdi Al-Mashat, head of the "
     "Houthi militia's so-called Supreme Political Council, in a bid to avert a full-scale battle for the port "
     "city of Hodeidah.\n"
     "Griffiths flew to Aden on Tuesday, where he was received by President Abed Rabbo Mansour Hadi, Yemeni "
     "officials said. Hadi told him that the militia must withdraw \"unconditionally\" from the city and its "
     "port.\n"
     "Houthi officials denied reports that they had offered to hand over the port to UN supervision, and "
     "the militia's leader Abdul Malik Al-Houthi vowed in a televised speech to fight on.\n"
     "Griffiths is expected to return to Sanaa later this month, a UN spokesman said.",
     [("MET_WITH", GRIFFITHS, MASHAT, "held talks in Sanaa on Saturday", "2018-06-16"),
      ("LEADS", MASHAT, SPC, "head of the Houthi militia's so-called"),
      ("MET_WITH", GRIFFITHS, HADI, "where he was received by President", "2018-06-19"),
      ("LEADS", HADI, YEMEN, "President Abed Rabbo Mansour Hadi"),
      ("LEADS", ABDULMALIK, HOUTHIS, "the militia's leader Abdul Malik"),
      ],
     {"source": ARABNEWS, "published": "2018-06-20"}),
]

ARTICLES += [
    ("arUR4_stockholm_talks_sharq", "ar",
     "غوتيريش يلتقي رئيسي الوفدين اليمنيين في ريمبو... ولا لقاء مباشراً بينهما\n"
     "ستوكهولم: «الشرق الأوسط»\n"
     "استقبلت وزيرة الخارجية السويدية مارغوت فالستروم، صباح أمس، في قلعة يوهانسبيرغ في ريمبو شمال ستوكهولم، "
     "وفدي الحكومة الشرعية برئاسة وزير الخارجية خالد اليماني، والحوثيين برئاسة المتحدث باسم الجماعة محمد "
     "عبد السلام، إيذاناً بانطلاق المشاورات برعاية الأمم المتحدة.\n"
     "وفي اليوم الأخير من المشاورات، اجتمع الأمين العام للأمم المتحدة أنطونيو غوتيريش باليماني ثم بعبد "
     "السلام، كلاً على حدة، لإقناعهما بالتوقيع على اتفاق الحديدة.\n"
     "وأوضحت مصادر في الوفد الحكومي أن لقاءً مباشراً بين رئيسي الوفدين كان مقرراً، لكنه أُلغي في اللحظة الأخيرة "
     "بسبب تعنت الميليشيات.\n"
     "وكان المبعوث الأممي مارتن غريفيث قد التقى عبد السلام في مسقط قبل أسبوعين، واصطحب وفد الجماعة على متن "
     "طائرة كويتية إلى السويد.",
     [("LEADS", GUTERRES, UN, "الأمين العام للأمم المتحدة أنطونيو"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "المتحدث باسم الجماعة محمد"),
      ("MET_WITH", GUTERRES, YAMANI, "باليماني ثم", "2018-12-13"),
      ("MET_WITH", GUTERRES, ABDULSALAM, "ثم بعبد", "2018-12-13"),
      ("MET_WITH", GRIFFITHS, ABDULSALAM, "قد التقى عبد السلام في مسقط", "2018-11-22"),
      ]
     + met_group({WALLSTROM: "استقبلت وزيرة الخارجية السويدية", YAMANI: "برئاسة وزير الخارجية خالد",
                  ABDULSALAM: "عبد السلام، إيذاناً"}, "2018-12-06"),
     {"source": SHARQ, "published": "2018-12-14"}),

    ("enUR5_griffiths_muscat_reuters", "en",
     "U.N. Yemen envoy holds talks with Houthi negotiator in Oman\n"
     "MUSCAT, Jan 20 (Reuters) - U.N. envoy Martin Griffiths met the Houthi movement's chief negotiator, "
     "Mohammed Abdul-Salam, in the Omani capital on Sunday to shore up a faltering ceasefire in the port of "
     "Hodeidah, a source close to the talks said.\n"
     "Griffiths later met Oman's minister responsible for foreign affairs, Yousuf bin Alawi bin Abdullah, "
     "state news agency ONA reported, without giving details.\n"
     "Abdul-Salam, who also serves as the Houthis' spokesman, has lived in Muscat for much of the war.\n"
     "A Houthi official denied reports that Abdul-Salam had held talks with Saudi officials in Muscat this "
     "month, calling them \"baseless\".\n"
     "The Stockholm agreement, reached in December, called for both sides to pull their forces out of "
     "Hodeidah, the main entry point for Yemen's imports.",
     [("MET_WITH", GRIFFITHS, ABDULSALAM, "Mohammed Abdul-Salam, in the Omani", "2019-01-20"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "the Houthi movement's chief negotiator"),
      ("MET_WITH", GRIFFITHS, ALAWI, "Griffiths later met Oman's minister", "2019-01-20"),
      ],
     {"source": REUTERS, "published": "2019-01-20"}),

    ("arUR6_maeen_replaces_bin_daghr_saba", "ar",
     "رئيس الجمهورية يستقبل المبعوث الأممي بحضور نائبه ورئيس الوزراء الجديد\n"
     "الرياض - سبأنت\n"
     "استقبل فخامة الرئيس عبدربه منصور هادي رئيس الجمهورية اليوم بالرياض المبعوث الخاص للأمين العام للأمم "
     "المتحدة إلى اليمن مارتن غريفيث، بحضور نائب رئيس الجمهورية الفريق الركن علي محسن صالح ورئيس مجلس "
     "الوزراء الدكتور معين عبدالملك.\n"
     "ويأتي اللقاء بعد أيام من قرار فخامته تعيين الدكتور معين عبدالملك رئيساً لمجلس الوزراء بديلاً عن الدكتور "
     "أحمد عبيد بن دغر، الذي أُحيل إلى التحقيق بسبب ما وصفه القرار بالإهمال في إدارة الحكومة.\n"
     "وأكد الرئيس هادي حرص القيادة الشرعية على السلام المستند إلى المرجعيات الثلاث، فيما تناول اللقاء "
     "ملف الأسرى والمختطفين وفتح الطرقات إلى مدينة تعز المحاصرة.\n"
     "من جهتها، اتهمت ميليشيات الحوثي الحكومة بعرقلة جهود المبعوث، وهو ما نفاه مصدر حكومي.",
     [("LEADS", HADI, YEMEN, "هادي رئيس الجمهورية اليوم"),
      ("SUCCESSOR_OF", MAEEN, DAGHR, "بديلاً عن الدكتور", "2018-10-15"),
      ("LEADS", MAEEN, YEMEN, "ورئيس مجلس الوزراء الدكتور معين"),
      ]
     + met_group({HADI: "استقبل فخامة الرئيس", GRIFFITHS: "المتحدة إلى اليمن مارتن غريفيث",
                  MOHSEN: "الفريق الركن علي محسن صالح", MAEEN: "الوزراء الدكتور معين عبدالملك."}, "2018-10-22"),
     {"source": SABA_GOV, "published": "2018-10-22"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUR")
