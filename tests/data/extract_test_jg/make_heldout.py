"""Blind set JG: Lebanon, January - November 2025: the election of Joseph Aoun, Nawaf Salam's
government in place of Najib Mikati's, the first security appointments of the new era, Ortagus and
Barrack in Beirut, the Israeli strikes that killed Hassan Bdeir and Haytham Ali Tabatabai, and the US
Treasury's visit, as a Beirut Arabic daily's political desk writes it: long sentences that pile up
clauses, attributions to "مصادر مطّلعة", "مصادر وزارية", "a source briefed on the talks", "وعلمت
..." ; three pieces in Arabic and three from the same paper's English edition.
Pieces: Aoun elected with 99 votes after Michel Aoun, the Saudi and French envoys with Berri on the
eve of the session, Hassan Audi acting at Yarze (Arabic); the Salam government's decrees after the
three presidents met at Baabda, and the handovers at the interior, energy and defence ministries
(Arabic); the cabinet's security appointments: Haykal, Lawandos after Saliba, Choucair after Baissari
(Arabic); the Israeli strike that killed Hassan Bdeir and Ortagus's talks at Baabda, the Serail and
Ain el-Tineh (English); Barrack and Ortagus on 18 August and the congressional delegation on 26
August (English); the US Treasury delegation on 10 November and the strike on Haret Hreik that
killed Tabatabai on 23 November (English).
Excluded on purpose (no relation): Macron's phone call to the president-elect and a meeting between
the Saudi envoy and Mohammad Raad that was postponed (JG1); a meeting between Salam and Ali Hassan
Khalil that the sources deny (JG2); the army commander's planned visit to the UNIFIL commander and
his phone call with the mechanism's chairman (JG3); the civilians killed with Bdeir (not named) and
Qassem's speech (JG4); Barrack's planned trip to Israel and Hezbollah's refusal to receive the
envoys (JG5); a meeting between the Treasury team and Hezbollah-linked bankers that "did not take
place", and a man shot dead in the Bekaa by unknown gunmen (JG6). Acting holders of a post count as
predecessors and successors. Events follow the public record as far as the writer knew it; some
minor details (who attended a meeting, the order of the calls) are filled in for the exercise.
Spellings: جوزيف عون (beside جوزاف), لو دريان, Naim Kassem, Hizbullah, Nabih Birri, Thomas Barrack,
Haitham Tabtabai and his kunya Abu Ali, "the speaker", "the envoy".
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ji import ALL  # noqa: E402

HERE = Path(__file__).parent

LEB, ISR, USA = "country:lebanon", "country:israel", "country:united-states"
LEBARMY, LEBGOV, LEBPARL, LEBINT, LEBDEF, GENSEC, STATESEC = (
    "organization:lebanese-army", "organization:lebanese-government", "organization:lebanese-parliament",
    "organization:lebanese-interior-ministry", "organization:lebanese-defence-ministry",
    "organization:lebanese-general-security", "organization:lebanese-state-security")
HEZ, LOYALTY, DEVLIB, IDF, NORTHCOM, MECH, UNIFIL = (
    "organization:hezbollah", "organization:loyalty-to-the-resistance-bloc",
    "organization:development-and-liberation-bloc", "organization:israel-defense-forces",
    "organization:idf-northern-command", "organization:ceasefire-mechanism", "organization:unifil")
USTREAS, WH, USSENATE, USHOUSE, QUDS = (
    "organization:us-treasury-department", "organization:white-house", "organization:us-senate",
    "organization:us-house-of-representatives", "organization:quds-force")
BAABDA, AINTINEH, SERAIL, YARZE, DAHIYEH, HARETHREIK, BEIRUT = (
    "location:baabda-palace", "location:ain-el-tineh", "location:grand-serail", "location:yarze",
    "location:dahiyeh", "location:haret-hreik", "location:beirut")
AOUN, MAOUN, BERRI, SALAM, MIKATI, AUDI, HAYKAL, MENASSA, SLIM = (
    "person:joseph-aoun", "person:michel-aoun", "person:nabih-berri", "person:nawaf-salam", "person:najib-mikati",
    "person:hassan-audi", "person:rodolphe-haykal", "person:michel-menassa", "person:maurice-slim")
MAWLAWI, FAYAD, CHOUCAIR, BAISSARI, RAAD, LEDRIAN, YAZID, KHALIL = (
    "person:bassam-mawlawi", "person:walid-fayad", "person:hassan-choucair", "person:elias-baissari",
    "person:mohammad-raad", "person:jean-yves-le-drian", "person:yazid-bin-farhan", "person:ali-hassan-khalil")
LAZARO, LEENEY, QASSEM, BDEIR, ORTAGUS, JOHNSON, HAMDAN, BARRACK = (
    "person:aroldo-lazaro", "person:michael-leeney", "person:naim-qassem", "person:hassan-bdeir",
    "person:morgan-ortagus", "person:lisa-johnson", "person:ali-hamdan", "person:tom-barrack")
GRAHAM, SHAHEEN, TABATABAI, SOUAID, JABER, KATZ = (
    "person:lindsey-graham", "person:jeanne-shaheen", "person:haytham-ali-tabatabai", "person:karim-souaid",
    "person:yassine-jaber", "person:israel-katz")
# new to the tables
QABALAN, HAJJAR, SADDI, LAWANDOS, SALIBA, GORDIN, WILSON, GORKA, HURLEY = (
    "person:qabalan-qabalan", "person:ahmad-al-hajjar", "person:joe-saddi", "person:edgar-lawandos",
    "person:tony-saliba", "person:ori-gordin", "person:joe-wilson", "person:sebastian-gorka", "person:john-hurley")

ARTICLES = [
    ("arJG1_aoun_elected_99_votes", "ar",
     "عون رئيساً بـ99 صوتاً… والأنظار إلى التكليف\n"
     "انتهى أمس شغور دام أكثر من سنتين وشهرين، بعدما انتخب مجلس النواب في الدورة الثانية قائد الجيش العماد "
     "جوزيف عون رئيساً للجمهورية بـ99 صوتاً، خلفاً للرئيس ميشال عون الذي غادر بعبدا في نهاية تشرين الأول 2022، "
     "وذلك إثر تبدّل في موقف «الثنائي الشيعي» بين الدورتين جاء، بحسب مصادر نيابية، ثمرةَ حراك خارجي كثيف لم "
     "يهدأ حتى الساعات الأخيرة.\n"
     "وعلمت الصحيفة أن الموفد السعودي يزيد بن فرحان كان قد التقى رئيس مجلس النواب نبيه بري في عين التينة "
     "عشية الجلسة، بحضور النائب قبلان قبلان عضو كتلة التنمية والتحرير، في حين عقد الموفد الفرنسي جان إيف "
     "لو دريان لقاءً منفصلاً مع بري بعد الظهر. وتقول مصادر مطّلعة إن لقاءً كان مقرراً بين بن فرحان ورئيس "
     "كتلة الوفاء للمقاومة النائب محمد رعد أُرجئ في اللحظة الأخيرة «لأسباب لوجستية».\n"
     "وفور إعلان النتيجة تلقى الرئيس المنتخب اتصالاً من الرئيس الفرنسي إيمانويل ماكرون، فيما تسلّم رئيس "
     "الأركان اللواء حسان عودة قيادة الجيش بالإنابة في اليرزة إلى حين تعيين قائد أصيل.\n"
     "أما الامتحان التالي فالاستشارات النيابية الملزمة، إذ تتقاطع المعلومات عند اسمَي الرئيس نجيب ميقاتي "
     "والقاضي نواف سلام.",
     [("LEADS", AOUN, LEBARMY, "قائد الجيش العماد"),
      ("LEADS", AOUN, LEB, "رئيساً للجمهورية بـ99 صوتاً", "2025-01-09"),
      ("SUCCESSOR_OF", AOUN, MAOUN, "خلفاً للرئيس ميشال عون", "2025-01-09"),
      ("MET_WITH", YAZID, BERRI, "كان قد التقى رئيس مجلس النواب", "2025-01-08"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه بري"),
      ("VISITED", YAZID, AINTINEH, "نبيه بري في عين التينة", "2025-01-08"),
      ("MET_WITH", QABALAN, BERRI, "بحضور النائب قبلان قبلان", "2025-01-08"),
      ("MET_WITH", QABALAN, YAZID, "بحضور النائب قبلان قبلان", "2025-01-08"),
      ("MEMBER_OF", QABALAN, DEVLIB, "قبلان قبلان عضو كتلة التنمية والتحرير"),
      ("MET_WITH", LEDRIAN, BERRI, "لقاءً منفصلاً مع بري", "2025-01-08"),
      ("LEADS", RAAD, LOYALTY, "كتلة الوفاء للمقاومة النائب محمد رعد"),
      ("SUCCESSOR_OF", AUDI, AOUN, "قيادة الجيش بالإنابة", "2025-01-09"),
      ("LEADS", AUDI, LEBARMY, "قيادة الجيش بالإنابة"),
      ("VISITED", AUDI, YARZE, "بالإنابة في اليرزة", "2025-01-09"),
      ],
     {"source": "blind set (Beirut Arabic daily, political desk)", "published": "2025-01-10"}),

    ("arJG2_salam_government_handovers", "ar",
     "حكومة سلام تبصر النور… وورشة التسلّم والتسليم تنطلق\n"
     "بعد ستة وعشرين يوماً على التكليف، صدرت مساء السبت مراسيم تشكيل أولى حكومات العهد برئاسة القاضي نواف "
     "سلام، الذي يخلف بذلك الرئيس نجيب ميقاتي في السراي، وذلك إثر اجتماع عقده الرؤساء الثلاثة، جوزاف عون "
     "ونبيه بري ونواف سلام، في قصر بعبدا، وُقّع في نهايته مرسوم التشكيل.\n"
     "وتقول مصادر مواكبة للتأليف إن عقدة الوزير الشيعي الخامس لم تُحلّ إلا بعد اتصالات مكثفة بين عين التينة "
     "وقريطم، نافيةً ما تردّد عن لقاء ليلي جمع سلام بالمعاون السياسي لرئيس المجلس النائب علي حسن خليل.\n"
     "وأمس الإثنين جرت عمليات التسلّم والتسليم في عدد من الوزارات؛ فتسلّم وزير الداخلية والبلديات العميد "
     "أحمد الحجار مهامه من سلفه بسام مولوي في الصنائع، فيما تسلّم وزير الطاقة والمياه جو الصدي الوزارة من "
     "وليد فياض، وانتقل وزير الدفاع الوطني اللواء ميشال منسى، خلفاً لموريس سليم، إلى اليرزة حيث التقى قائد "
     "الجيش بالإنابة اللواء حسان عودة.\n"
     "وبحسب مصادر وزارية فإن البيان الوزاري سيُنجز خلال أيام، وسط إصرار رئيس الحكومة على أن يُحصر قرار "
     "الحرب والسلم بيد الدولة.",
     [("LEADS", SALAM, LEBGOV, "برئاسة القاضي نواف"),
      ("SUCCESSOR_OF", SALAM, MIKATI, "يخلف بذلك الرئيس نجيب ميقاتي", "2025-02-08"),
      ("MET_WITH", AOUN, BERRI, "اجتماع عقده الرؤساء الثلاثة", "2025-02-08"),
      ("MET_WITH", AOUN, SALAM, "اجتماع عقده الرؤساء الثلاثة", "2025-02-08"),
      ("MET_WITH", BERRI, SALAM, "اجتماع عقده الرؤساء الثلاثة", "2025-02-08"),
      ("VISITED", BERRI, BAABDA, "في قصر بعبدا، وُقّع", "2025-02-08"),
      ("VISITED", SALAM, BAABDA, "في قصر بعبدا، وُقّع", "2025-02-08"),
      ("LEADS", HAJJAR, LEBINT, "وزير الداخلية والبلديات العميد"),
      ("SUCCESSOR_OF", HAJJAR, MAWLAWI, "مهامه من سلفه بسام مولوي", "2025-02-10"),
      ("MEMBER_OF", SADDI, LEBGOV, "وزير الطاقة والمياه جو الصدي"),
      ("SUCCESSOR_OF", SADDI, FAYAD, "الوزارة من وليد فياض", "2025-02-10"),
      ("LEADS", MENASSA, LEBDEF, "وزير الدفاع الوطني اللواء ميشال منسى"),
      ("SUCCESSOR_OF", MENASSA, SLIM, "خلفاً لموريس سليم", "2025-02-08"),
      ("VISITED", MENASSA, YARZE, "إلى اليرزة حيث التقى", "2025-02-10"),
      ("MET_WITH", MENASSA, AUDI, "إلى اليرزة حيث التقى", "2025-02-10"),
      ],
     {"source": "blind set (Beirut Arabic daily, political desk)", "published": "2025-02-11"}),

    ("arJG3_security_appointments_haykal_lawandos", "ar",
     "التعيينات الأمنية تمرّ بالتوافق: هيكل إلى اليرزة ولاوندس إلى أمن الدولة\n"
     "أقرّ مجلس الوزراء في جلسته أمس في بعبدا السلّة الأولى من التعيينات العسكرية والأمنية في العهد، فعيّن "
     "العميد رودولف هيكل قائداً للجيش بعد ترقيته إلى رتبة عماد، خلفاً للّواء حسان عودة الذي تولّى القيادة "
     "بالإنابة منذ انتقال العماد جوزاف عون إلى بعبدا، كما عيّن العميد إدغار لاوندس مديراً عاماً لأمن الدولة "
     "مكان اللواء طوني صليبا، والعميد حسن شقير مديراً عاماً للأمن العام خلفاً للّواء الياس البيسري الذي كان "
     "يتولى المديرية بالوكالة.\n"
     "وتقول مصادر وزارية إن اسم شقير لم يُحسم إلا صباح الجلسة بعد تواصل بين بعبدا وعين التينة، فيما لم "
     "يعترض أي وزير على اسم هيكل.\n"
     "وبعد الجلسة استقبل الرئيس عون قائد الجيش الجديد في حضور وزير الدفاع الوطني ميشال منسى، وزوّده "
     "بتوجيهاته في شأن الانتشار جنوب الليطاني.\n"
     "وتفيد المعلومات بأن العماد هيكل سيزور الجنوب في الأيام المقبلة للقاء قائد «اليونيفيل» الجنرال أرولدو "
     "لاثارو، وأنه أجرى اتصالاً هاتفياً برئيس لجنة الإشراف على وقف إطلاق النار الجنرال الأميركي مايكل ليني.",
     [("LEADS", HAYKAL, LEBARMY, "قائداً للجيش بعد ترقيته"),
      ("SUCCESSOR_OF", HAYKAL, AUDI, "خلفاً للّواء حسان عودة", "2025-03-13"),
      ("LEADS", LAWANDOS, STATESEC, "مديراً عاماً لأمن الدولة"),
      ("SUCCESSOR_OF", LAWANDOS, SALIBA, "مكان اللواء طوني صليبا", "2025-03-13"),
      ("LEADS", CHOUCAIR, GENSEC, "مديراً عاماً للأمن العام"),
      ("SUCCESSOR_OF", CHOUCAIR, BAISSARI, "خلفاً للّواء الياس البيسري", "2025-03-13"),
      ("MET_WITH", AOUN, HAYKAL, "استقبل الرئيس عون قائد الجيش الجديد", "2025-03-13"),
      ("MET_WITH", MENASSA, AOUN, "في حضور وزير الدفاع الوطني", "2025-03-13"),
      ("MET_WITH", MENASSA, HAYKAL, "في حضور وزير الدفاع الوطني", "2025-03-13"),
      ("LEADS", MENASSA, LEBDEF, "وزير الدفاع الوطني ميشال منسى"),
      ("LEADS", LAZARO, UNIFIL, "قائد «اليونيفيل» الجنرال"),
      ("LEADS", LEENEY, MECH, "رئيس لجنة الإشراف على وقف إطلاق النار"),
      ],
     {"source": "blind set (Beirut Arabic daily, political desk)", "published": "2025-03-14"}),

    ("enJG4_bdeir_strike_ortagus_talks", "en",
     "Ortagus presses Beirut on arms timetable days after Dahiyeh strike\n"
     "US deputy special envoy Morgan Ortagus held talks on Saturday with President Joseph Aoun at Baabda "
     "Palace, her first visit since her February remarks at the palace angered Hizbullah, a source briefed "
     "on the meeting said.\n"
     "The envoy, accompanied by US Ambassador Lisa Johnson, later met Prime Minister Nawaf Salam at the Grand "
     "Serail, then drove to Ain el-Tineh, where Speaker Nabih Birri received her with his adviser Ali Hamdan "
     "sitting in.\n"
     "The visit came four days after an Israeli drone strike on an apartment in Dahiyeh killed Hassan Bdeir, "
     "whom the Israeli army described as a member of Hizbullah and of the Quds Force's Palestine file. Maj. "
     "Gen. Ori Gordin, the head of Israel's Northern Command, said the army \"will act wherever a threat "
     "emerges\". Three other people were killed in the strike.\n"
     "Hizbullah's secretary-general, Sheikh Naim Kassem, said in a televised speech that the party would "
     "not discuss its weapons \"under fire\". According to the source, Ortagus told her hosts that "
     "Washington expected the army to dismantle the party's positions south of the Litani within weeks.",
     [("LEADS", ORTAGUS, USA, "US deputy special envoy Morgan Ortagus"),
      ("MET_WITH", ORTAGUS, AOUN, "held talks on Saturday with President", "2025-04-05"),
      ("LEADS", AOUN, LEB, "President Joseph Aoun at Baabda"),
      ("VISITED", ORTAGUS, BAABDA, "Joseph Aoun at Baabda", "2025-04-05"),
      ("MET_WITH", JOHNSON, ORTAGUS, "accompanied by US Ambassador Lisa Johnson", "2025-04-05"),
      ("MET_WITH", ORTAGUS, SALAM, "later met Prime Minister Nawaf Salam", "2025-04-05"),
      ("LEADS", SALAM, LEBGOV, "Prime Minister Nawaf Salam at the Grand"),
      ("VISITED", ORTAGUS, SERAIL, "at the Grand Serail", "2025-04-05"),
      ("VISITED", ORTAGUS, AINTINEH, "then drove to Ain el-Tineh", "2025-04-05"),
      ("MET_WITH", BERRI, ORTAGUS, "Speaker Nabih Birri received her", "2025-04-05"),
      ("LEADS", BERRI, LEBPARL, "Speaker Nabih Birri"),
      ("MET_WITH", HAMDAN, BERRI, "with his adviser Ali Hamdan", "2025-04-05"),
      ("MET_WITH", HAMDAN, ORTAGUS, "with his adviser Ali Hamdan", "2025-04-05"),
      ("ATTACKED", ISR, DAHIYEH, "strike on an apartment in Dahiyeh", "2025-04-01"),
      ("ASSASSINATED_BY", BDEIR, ISR, "Israeli drone strike on an apartment in Dahiyeh killed", "2025-04-01"),
      ("MEMBER_OF", BDEIR, HEZ, "as a member of Hizbullah"),
      ("LEADS", GORDIN, NORTHCOM, "the head of Israel's Northern Command"),
      ("LEADS", QASSEM, HEZ, "Hizbullah's secretary-general, Sheikh Naim Kassem"),
      ],
     {"source": "blind set (Beirut daily, English edition)", "published": "2025-04-06"}),

    ("enJG5_barrack_ortagus_congress_delegation", "en",
     "Barrack back in Beirut with Ortagus, then with senators, as cabinet holds to its arms decision\n"
     "US envoy Thomas Barrack, who took over the Lebanon file from Morgan Ortagus in June, returned to "
     "Beirut on Monday with Ortagus at his side and held talks with President Joseph Aoun at Baabda, two "
     "weeks after the cabinet tasked the army with drawing up a plan to bring all weapons under state "
     "control.\n"
     "The two envoys then met Prime Minister Nawaf Salam and, in the afternoon, Speaker Nabih Birri, who, "
     "sources close to Ain el-Tineh said, asked for \"a clear Israeli step\" first.\n"
     "A week later Barrack was back, this time leading a congressional delegation: Senators Lindsey Graham "
     "and Jeanne Shaheen and Representative Joe Wilson, a Republican from South Carolina, sat down together "
     "with Aoun at Baabda. Graham told reporters afterwards that Hezbollah's disarmament was \"the ticket\".\n"
     "Barrack is expected to travel to Israel to seek reciprocal steps, a diplomatic source said. Hezbollah, "
     "for its part, did not receive the envoys, and its secretary-general said the government's decision "
     "served Israel.",
     [("SUCCESSOR_OF", BARRACK, ORTAGUS, "took over the Lebanon file from Morgan Ortagus", "2025-06"),
      ("VISITED", BARRACK, BEIRUT, "returned to Beirut on Monday", "2025-08-18"),
      ("VISITED", ORTAGUS, BEIRUT, "returned to Beirut on Monday", "2025-08-18"),
      ("MET_WITH", AOUN, BARRACK, "held talks with President Joseph Aoun at Baabda", "2025-08-18"),
      ("MET_WITH", AOUN, ORTAGUS, "with Ortagus at his side", "2025-08-18"),
      ("MET_WITH", BARRACK, SALAM, "The two envoys then met Prime Minister", "2025-08-18"),
      ("MET_WITH", ORTAGUS, SALAM, "The two envoys then met Prime Minister", "2025-08-18"),
      ("LEADS", SALAM, LEBGOV, "Prime Minister Nawaf Salam and"),
      ("MET_WITH", BARRACK, BERRI, "in the afternoon, Speaker Nabih Birri", "2025-08-18"),
      ("MET_WITH", BERRI, ORTAGUS, "in the afternoon, Speaker Nabih Birri", "2025-08-18"),
      ("MEMBER_OF", GRAHAM, USSENATE, "Senators Lindsey Graham"),
      ("MEMBER_OF", SHAHEEN, USSENATE, "and Jeanne Shaheen"),
      ("MEMBER_OF", WILSON, USHOUSE, "Representative Joe Wilson"),
      ("MET_WITH", AOUN, GRAHAM, "sat down together", "2025-08-26"),
      ("MET_WITH", AOUN, SHAHEEN, "sat down together", "2025-08-26"),
      ("MET_WITH", AOUN, WILSON, "sat down together", "2025-08-26"),
      ("MET_WITH", BARRACK, GRAHAM, "leading a congressional delegation", "2025-08-26"),
      ("MET_WITH", BARRACK, SHAHEEN, "leading a congressional delegation", "2025-08-26"),
      ("MET_WITH", BARRACK, WILSON, "leading a congressional delegation", "2025-08-26"),
      ("MET_WITH", GRAHAM, SHAHEEN, "Senators Lindsey Graham", "2025-08-26"),
      ("MET_WITH", GRAHAM, WILSON, "Representative Joe Wilson", "2025-08-26"),
      ("MET_WITH", SHAHEEN, WILSON, "a Republican from South Carolina", "2025-08-26"),
      ],
     {"source": "blind set (Beirut daily, English edition)", "published": "2025-08-27"}),

    ("enJG6_treasury_team_tabatabai_killed", "en",
     "Israel kills Hizbullah's top commander in Haret Hreik, two weeks after US Treasury warning\n"
     "An Israeli strike on a building in Haret Hreik on Sunday afternoon killed Haitham Ali Tabtabai, whom "
     "the Israeli army called Hizbullah's chief of staff, in the first strike on Beirut's southern suburbs "
     "since June. Israeli Defence Minister Israel Katz said the army had \"eliminated\" him. Hizbullah "
     "confirmed the death of \"the great jihadi leader Abu Ali\" and said four of its members were killed "
     "with him.\n"
     "The strike came two weeks after a US delegation led by Sebastian Gorka, the White House senior "
     "director for counterterrorism, and John Hurley, the Treasury's under secretary for terrorism and "
     "financial intelligence, held talks with President Joseph Aoun at Baabda. The delegation then met "
     "Central Bank Governor Karim Souaid and Finance Minister Yassine Jaber together at the central bank, "
     "sources said, and pressed for a crackdown on cash flows to the party. A meeting with bankers close to "
     "Hizbullah, reported by one television channel, did not take place.\n"
     "Separately, a man was shot dead in the Bekaa town of Brital overnight by unknown gunmen, the state "
     "news agency reported, without naming him.",
     [("ATTACKED", ISR, HARETHREIK, "An Israeli strike on a building in Haret Hreik", "2025-11-23"),
      ("ASSASSINATED_BY", TABATABAI, ISR, "killed Haitham Ali Tabtabai", "2025-11-23"),
      ("LEADS", TABATABAI, HEZ, "Hizbullah's chief of staff"),
      ("ASSASSINATED_BY", TABATABAI, IDF, "the army had \"eliminated\" him", "2025-11-23"),
      ("LEADS", KATZ, "organization:israeli-defense-ministry", "Israeli Defence Minister Israel Katz"),
      ("MEMBER_OF", GORKA, WH, "the White House senior"),
      ("MEMBER_OF", HURLEY, USTREAS, "the Treasury's under secretary"),
      ("MET_WITH", AOUN, GORKA, "held talks with President Joseph Aoun", "2025-11-10"),
      ("MET_WITH", AOUN, HURLEY, "held talks with President Joseph Aoun", "2025-11-10"),
      ("MET_WITH", GORKA, HURLEY, "a US delegation led by Sebastian Gorka", "2025-11-10"),
      ("MET_WITH", GORKA, SOUAID, "Central Bank Governor Karim Souaid", "2025-11-10"),
      ("MET_WITH", HURLEY, SOUAID, "Central Bank Governor Karim Souaid", "2025-11-10"),
      ("MET_WITH", GORKA, JABER, "Finance Minister Yassine Jaber together", "2025-11-10"),
      ("MET_WITH", HURLEY, JABER, "Finance Minister Yassine Jaber together", "2025-11-10"),
      ("MET_WITH", JABER, SOUAID, "Finance Minister Yassine Jaber together", "2025-11-10"),
      ("LEADS", SOUAID, "organization:banque-du-liban", "Central Bank Governor Karim"),
      ("LEADS", JABER, "organization:lebanese-finance-ministry", "Finance Minister Yassine"),
      ],
     {"source": "blind set (Beirut daily, English edition)", "published": "2025-11-24"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJG")
