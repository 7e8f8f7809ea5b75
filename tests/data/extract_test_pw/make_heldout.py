"""Blind set PW: Lebanon 2019-2025 (first folder of PW-PX): Hassan Diab's designation to succeed Saad
Hariri after the October 2019 protests (December 2019), Jean-Yves Le Drian's first round as Macron's
personal envoy during the presidential vacancy (June 2023), the Israeli strike in Haret Hreik that killed
Fuad Shukr (July 2024), Amos Hochstein's ceasefire round with Berri and Mikati (November 2024), Joseph
Aoun's election as president (January 2025) and Nawaf Salam's handover from Najib Mikati (February 2025),
as a news agency writes it in English (AFP-like: "BEIRUT, Dec 19, 2019 (AFP) -", "the little-known
academic"), Lebanon's state agency in Arabic (NNA-like: "وطنية -", "وجرى عرض للأوضاع"), a Beirut
daily's English site (L'Orient Today-like: "Fouad Shokor", "the party"), a Beirut daily in Arabic
(Al-Akhbar-like: "وعلمت «الأخبار»", "رئيس حكومة العدو"), a Gulf daily in English (Gulf News-like:
"BEIRUT:", "the 128-member house") and a Beirut daily in Arabic (Annahar-like: "خلوة", "السرايا").
Pieces: Aoun designates Diab to succeed al-Hariri, Hariri met Aoun in the consultations, Diab joins Aoun
and Berri for a three-way meeting (English, PW1); Berri receives Le Drian with Grillo and Khalil present,
Mikati receives him with Grillo, Le Drian visits the army commander (Arabic, PW2); the Israeli army kills
Shokor (English, PW3); Hochstein meets Berri with Johnson and Khalil present, then Mikati; Qassem elected
to succeed Nasrallah, whom Israel assassinated (Arabic, PW4); Joseph Aoun elected, succeeding Michel Aoun
("his predecessor") and, as army chief, Jean Kahwaji; Mikati and Aoun meet; Hochstein had met Berri
(English, PW5); Salam takes over from Mikati after a three-presidents meeting at Baabda (Arabic, PW6).
Excluded on purpose (no relation): Nasrallah's warning, Hariri's call to Diab, Bassil (PW1); Le Drian's
planned meetings with Bassil and Geagea (PW2); Milad Bidi and the other dead (no agent), Haniyeh, whose
killing Hamas and Iran blamed on Israel (an accusation) (PW3); Hochstein's postponed meeting with the
army commander, his planned trip to Netanyahu, Berri's calls with Hezbollah (PW4); Yazid bin Farhan and Le
Drian, who attended the session, the calls of Biden and Mohammed bin Salman (PW5); Hariri's call to Salam,
Bukhari's called-off visit (PW6).
Judgement calls: "tasking ... with succeeding Saad al-Hariri" is a succession (PW1, as "named to
replace"); "joined Aoun and ... Berri for a three-way meeting" is a meeting of the three (PW1);
attendees of one «في حضور» list (Grillo and Khalil, Johnson and Khalil) are paired with both principals
and with each other, since they sat in the same meeting (PW2, PW4); "زار ... قائد الجيش" in his office is
a meeting (PW2); "the Israeli army" is the IDF's id (PW3); "اغتالته إسرائيل" gives Nasrallah ->
country:israel (PW4); "not related to his predecessor Michel Aoun" states the succession (PW5); "took over
from Gen. Jean Kahwaji" (army command) is a succession (PW5); "the two men held talks" at Baabda is a
meeting (PW5); "تسلّم ... مهامه من سلفه" is a succession and "عقد الرجلان خلوة" a meeting (PW6); a
premier LEADS the country, the army commander LEADS the army, a party head LEADS the party.
Filled in for the exercise: Diab's three-way meeting at Baabda, Hariri's call (PW1); Khalil's presence,
Grillo's presence at the Serail, the visit to the army commander's office, the planned Bassil and Geagea
meetings (PW2); the date and place of Mikati's meeting with Johnson (PW3); Johnson's and Khalil's
presence, the length of the meeting, the Mikati meeting, the postponed meeting with the army commander
(PW4); the meeting of Mikati and Aoun after the oath, the date of Hochstein's meeting with Berri (PW5);
the length of the tete-a-tete, Hariri's call, Bukhari's called-off visit (PW6).
Spellings: "Saad al-Hariri", "Hassan Diab" (PW1); "جان إيف لودريان", "آن غريو", "جوزاف عون" (PW2);
"Fouad Shokor", "Sayyed Mohsen", "Daniel Hagari" (PW3); "عاموس هوكستين", "جوزيف عون", "نصرالله" (PW4);
"Nabih Birri", "Najib Miqati", "Amos Hochstein", "Jean Kahwaji" (PW5); "نوّاف سلام", "السرايا" (PW6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_px import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, ISRAEL, US, SAUDI = "country:lebanon", "country:israel", "country:united-states", "country:saudi-arabia"
HEZ, PARL, ARMY, AMAL, FUTURE, FPM, LF, IDF, HAMAS = (
    "organization:hezbollah", "organization:lebanese-parliament", "organization:lebanese-army",
    "organization:amal-movement", "organization:future-movement", "organization:free-patriotic-movement",
    "organization:lebanese-forces", "organization:israel-defense-forces", "organization:hamas")
HARIRI, DIAB, MIKATI, SALAM, MAOUN, JAOUN, KAHWAJI, BERRI, KHALIL, BASSIL, GEAGEA = (
    "person:saad-hariri", "person:hassan-diab", "person:najib-mikati", "person:nawaf-salam", "person:michel-aoun",
    "person:joseph-aoun", "person:jean-kahwaji", "person:nabih-berri", "person:ali-hassan-khalil",
    "person:gebran-bassil", "person:samir-geagea")
NASRALLAH, QASSEM, SHUKR, HANIYEH = (
    "person:hassan-nasrallah", "person:naim-qassem", "person:fuad-shukr", "person:ismail-haniyeh")
LEDRIAN, GRILLO, HOCHSTEIN, JOHNSON, HAGARI, BIDEN, MBS = (
    "person:jean-yves-le-drian", "person:anne-grillo", "person:amos-hochstein", "person:lisa-johnson",
    "person:daniel-hagari", "person:joe-biden", "person:mohammed-bin-salman")

AFP = "blind set (international news agency, English, AFP-like)"
NNA_AR = "blind set (Lebanese state news agency, Arabic, NNA-like)"
LOT = "blind set (Beirut daily's English site, L'Orient Today-like)"
AKHBAR = "blind set (Beirut daily, Arabic, Al-Akhbar-like)"
GULF = "blind set (Gulf daily, English, Gulf News-like)"
NAHAR = "blind set (Beirut daily, Arabic, Annahar-like)"

ARTICLES = [
    ("enPW1_diab_designated_afp", "en",
     "Lebanon names ex-minister Hassan Diab as PM, Hariri supporters take to streets\n"
     "BEIRUT, Dec 19, 2019 (AFP) - Lebanon's President Michel Aoun on Thursday designated former education "
     "minister Hassan Diab to form a new government, tasking the little-known academic with succeeding Saad "
     "al-Hariri, who quit in October in the face of mass protests.\n"
     "Diab, a computer engineering professor at the American University of Beirut, won the backing of 69 of "
     "the 128 lawmakers, including those of Hezbollah and its allies, in binding consultations held at the "
     "presidential palace.\n"
     "Hariri's Future Movement did not name him. The outgoing premier, who met Aoun on the first morning of the "
     "consultations, told reporters his bloc had named no one.\n"
     "Diab then joined Aoun and Parliament Speaker Nabih Berri for a three-way meeting at the palace before "
     "telling reporters he would form \"a government of independent specialists\".\n"
     "Hezbollah chief Hassan Nasrallah had warned last month against leaving the country without a "
     "government. Foreign Minister Gebran Bassil, Aoun's son-in-law, said on Wednesday that his Free Patriotic "
     "Movement would not insist on taking part.\n"
     "Supporters of Hariri blocked roads in Beirut and the north on Thursday evening in protest at the choice "
     "of a candidate backed by Hezbollah. Hariri later telephoned Diab to wish him success, his office said.",
     [("SUCCESSOR_OF", DIAB, HARIRI, "with succeeding Saad", "2019-12-19"),
      ("LEADS", MAOUN, LEBANON, "Lebanon's President Michel Aoun"),
      ("LEADS", HARIRI, FUTURE, "Hariri's Future Movement did not"),
      ("MET_WITH", HARIRI, MAOUN, "who met Aoun on the first morning", "2019-12-19"),
      ] + met_group({DIAB: "Diab then joined", MAOUN: "joined Aoun and Parliament",
                     BERRI: "Speaker Nabih Berri for a three-way"}, "2019-12-19") + [
      ("LEADS", BERRI, PARL, "Parliament Speaker Nabih Berri"),
      ("LEADS", NASRALLAH, HEZ, "Hezbollah chief Hassan Nasrallah"),
      ("LEADS", BASSIL, FPM, "his Free Patriotic"),
      ],
     {"source": AFP, "published": "2019-12-19"}),

    ("arPW2_ledrian_berri_mikati_nna", "ar",
     "بري استقبل لودريان في عين التينة وميقاتي التقاه في السراي\n"
     "وطنية - استقبل رئيس مجلس النواب نبيه بري، ظهر اليوم في مقر الرئاسة الثانية في عين التينة، الممثل "
     "الشخصي للرئيس الفرنسي وزير الخارجية السابق جان إيف لودريان، في حضور السفيرة الفرنسية آن غريو والمعاون "
     "السياسي للرئيس بري النائب علي حسن خليل، وجرى عرض للأوضاع العامة وملف الاستحقاق الرئاسي.\n"
     "وبعد اللقاء اكتفى لودريان بالقول: \"كان لقاءً مثمراً\".\n"
     "كما استقبل رئيس حكومة تصريف الأعمال نجيب ميقاتي في السراي الحكومي الموفد الفرنسي، بحضور السفيرة غريو، "
     "وتناول البحث سبل الخروج من الأزمة.\n"
     "وزار لودريان بعد الظهر قائد الجيش العماد جوزاف عون في مكتبه في اليرزة، وعرض معه الأوضاع الأمنية.\n"
     "وكان لودريان قد وصل إلى بيروت مساء أمس في أول زيارة له منذ تعيينه موفداً شخصياً للرئيس إيمانويل ماكرون "
     "إلى لبنان، في ظل الشغور في سدة الرئاسة منذ انتهاء ولاية الرئيس العماد ميشال عون في 31 تشرين الأول "
     "2022.\n"
     "ومن المقرر أن يلتقي لودريان غداً رئيس \"التيار الوطني الحر\" النائب جبران باسيل ورئيس حزب \"القوات "
     "اللبنانية\" سمير جعجع.",
     [("MET_WITH", BERRI, LEDRIAN, "الشخصي للرئيس الفرنسي وزير الخارجية السابق", "2023-06-22"),
      ("MET_WITH", GRILLO, BERRI, "في حضور السفيرة الفرنسية آن غريو", "2023-06-22"),
      ("MET_WITH", GRILLO, LEDRIAN, "السفيرة الفرنسية آن غريو والمعاون", "2023-06-22"),
      ("MET_WITH", KHALIL, BERRI, "السياسي للرئيس بري النائب علي حسن خليل", "2023-06-22"),
      ("MET_WITH", KHALIL, LEDRIAN, "النائب علي حسن خليل، وجرى", "2023-06-22"),
      ("MET_WITH", KHALIL, GRILLO, "والمعاون", "2023-06-22"),
      ("LEADS", BERRI, PARL, "استقبل رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", MIKATI, LEDRIAN, "في السراي الحكومي الموفد الفرنسي", "2023-06-22"),
      ("MET_WITH", GRILLO, MIKATI, "بحضور السفيرة غريو", "2023-06-22"),
      ("LEADS", MIKATI, LEBANON, "رئيس حكومة تصريف الأعمال نجيب ميقاتي"),
      ("MET_WITH", LEDRIAN, JAOUN, "وزار لودريان بعد الظهر قائد الجيش", "2023-06-22"),
      ("LEADS", JAOUN, ARMY, "قائد الجيش العماد جوزاف عون"),
      ("LEADS", BASSIL, FPM, "رئيس \"التيار الوطني الحر\" النائب"),
      ("LEADS", GEAGEA, LF, "ورئيس حزب \"القوات"),
      ],
     {"source": NNA_AR, "published": "2023-06-22"}),

    ("enPW3_shokor_killed_lorient", "en",
     "Israeli army says it killed Hezbollah commander Fouad Shokor in Haret Hreik strike\n"
     "BEIRUT - The Israeli army said Wednesday that it had killed Fouad Shokor, Hezbollah's most senior military "
     "commander, in a strike the previous evening on a residential building in Haret Hreik, in Beirut's "
     "southern suburbs.\n"
     "Israeli army spokesman Daniel Hagari said Shokor was responsible for the rocket that hit a football pitch "
     "in Majdal Shams in the occupied Golan Heights on Saturday, which the party denies.\n"
     "The party confirmed late Wednesday that \"the great jihadist leader Sayyed Mohsen\" had been found under "
     "the rubble. Two children and a woman were also killed, according to the Health Ministry, as was an "
     "Iranian military adviser, Milad Bidi.\n"
     "Shokor, one of the party's founders and a close adviser to Secretary-General Hassan Nasrallah, was wanted "
     "by Washington over the 1983 bombing of the US Marines barracks in Beirut.\n"
     "Hours after the Haret Hreik strike, Hamas political bureau chief Ismail Haniyeh was killed in Tehran. "
     "Hamas and Iran blamed Israel, which did not comment.\n"
     "Caretaker Prime Minister Najib Mikati, who received US Ambassador Lisa Johnson at the Grand Serail on "
     "Wednesday morning, condemned \"a flagrant aggression\" and said Lebanon would file a complaint with the UN "
     "Security Council.",
     [("ASSASSINATED_BY", SHUKR, IDF, "The Israeli army said Wednesday that it had killed", "2024-07-30"),
      ("MEMBER_OF", SHUKR, HEZ, "Hezbollah's most senior military"),
      ("MEMBER_OF", HAGARI, IDF, "Israeli army spokesman Daniel Hagari"),
      ("LEADS", NASRALLAH, HEZ, "Secretary-General Hassan Nasrallah"),
      ("LEADS", HANIYEH, HAMAS, "Hamas political bureau chief"),
      ("LEADS", MIKATI, LEBANON, "Caretaker Prime Minister Najib Mikati"),
      ("MET_WITH", MIKATI, JOHNSON, "who received US Ambassador Lisa Johnson", "2024-07-31"),
      ],
     {"source": LOT, "published": "2024-07-31"}),

    ("arPW4_hochstein_berri_akhbar", "ar",
     "هوكستين في عين التينة: «فرصة حقيقية» لوقف النار\n"
     "الأخبار\n"
     "وصل الموفد الأميركي عاموس هوكستين إلى بيروت أمس، وانتقل مباشرة إلى عين التينة حيث التقى الرئيس نبيه بري "
     "بحضور السفيرة الأميركية ليزا جونسون والمعاون السياسي لبري النائب علي حسن خليل، في اجتماع استمر نحو "
     "ساعتين تخلّله نقاش مفصّل في الملاحظات اللبنانية على المسودة الأميركية لوقف إطلاق النار.\n"
     "وقال هوكستين بعد اللقاء إن \"هناك فرصة حقيقية الآن لإنهاء هذا النزاع\"، مشيراً إلى أن الجانبين "
     "\"ضيّقا الفجوات\".\n"
     "ثم انتقل الموفد الأميركي إلى السراي الحكومي حيث اجتمع إلى رئيس حكومة تصريف الأعمال نجيب ميقاتي.\n"
     "وعلمت «الأخبار» أن هوكستين كان يريد لقاء قائد الجيش العماد جوزيف عون، لكن اللقاء أُرجئ إلى زيارته "
     "المقبلة، فيما بقي بري على تواصل هاتفي مع قيادة حزب الله طوال الاجتماع.\n"
     "ومن المقرر أن يتوجّه هوكستين إلى تل أبيب للقاء رئيس حكومة العدو بنيامين نتنياهو.\n"
     "وتأتي الزيارة بعد ثلاثة أسابيع من انتخاب الشيخ نعيم قاسم أميناً عاماً لحزب الله خلفاً للسيد حسن "
     "نصرالله، الذي اغتالته إسرائيل في 27 أيلول في غارة على حارة حريك.",
     [("MET_WITH", HOCHSTEIN, BERRI, "حيث التقى الرئيس نبيه بري", "2024-11-19"),
      ("MET_WITH", JOHNSON, BERRI, "بحضور السفيرة الأميركية ليزا جونسون", "2024-11-19"),
      ("MET_WITH", JOHNSON, HOCHSTEIN, "السفيرة الأميركية ليزا جونسون والمعاون", "2024-11-19"),
      ("MET_WITH", KHALIL, BERRI, "لبري النائب علي حسن خليل", "2024-11-19"),
      ("MET_WITH", KHALIL, HOCHSTEIN, "النائب علي حسن خليل، في اجتماع", "2024-11-19"),
      ("MET_WITH", KHALIL, JOHNSON, "جونسون والمعاون السياسي لبري", "2024-11-19"),
      ("MET_WITH", HOCHSTEIN, MIKATI, "حيث اجتمع إلى رئيس حكومة", "2024-11-19"),
      ("LEADS", MIKATI, LEBANON, "رئيس حكومة تصريف الأعمال نجيب ميقاتي"),
      ("LEADS", JAOUN, ARMY, "قائد الجيش العماد جوزيف عون"),
      ("LEADS", QASSEM, HEZ, "انتخاب الشيخ نعيم قاسم أميناً"),
      ("SUCCESSOR_OF", QASSEM, NASRALLAH, "خلفاً للسيد حسن", "2024-10-29"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "الذي اغتالته إسرائيل", "2024-09-27"),
      ],
     {"source": AKHBAR, "published": "2024-11-20"}),

    ("enPW5_joseph_aoun_elected_gulf", "en",
     "Lebanon's army chief Joseph Aoun elected president, ending two-year vacuum\n"
     "BEIRUT: Lebanon's parliament on Thursday elected army commander Gen. Joseph Aoun as the country's 14th "
     "president, filling a post left empty since October 2022.\n"
     "Aoun, 60, won 99 votes in the 128-member house in a second round of voting, after Hezbollah and its ally "
     "Amal, led by Speaker Nabih Birri, swung behind him.\n"
     "The new head of state, who is not related to his predecessor Michel Aoun, was sworn in immediately and "
     "pledged that the state would have \"a monopoly on carrying arms\".\n"
     "Aoun had commanded the army since March 2017, when he took over from Gen. Jean Kahwaji.\n"
     "Saudi envoy Prince Yazid bin Farhan and French envoy Jean-Yves Le Drian, who had lobbied lawmakers in the "
     "run-up to the vote, attended the session from the diplomatic gallery.\n"
     "After the oath, caretaker Prime Minister Najib Miqati went to Baabda Palace, where the two men held talks "
     "on the formation of a new government.\n"
     "US President Joe Biden called Aoun to congratulate him, and Saudi Crown Prince Mohammed bin Salman also "
     "telephoned him, Baabda said.\n"
     "US envoy Amos Hochstein, who met Birri in Ain Al-Tineh on Monday, hailed the vote as \"a new chapter\".",
     [("LEADS", JAOUN, ARMY, "elected army commander Gen."),
      ("LEADS", JAOUN, LEBANON, "as the country's 14th"),
      ("LEADS", BERRI, AMAL, "led by Speaker Nabih Birri"),
      ("SUCCESSOR_OF", JAOUN, MAOUN, "not related to his predecessor", "2025-01-09"),
      ("SUCCESSOR_OF", JAOUN, KAHWAJI, "when he took over from Gen.", "2017-03-08"),
      ("LEADS", MIKATI, LEBANON, "caretaker Prime Minister Najib Miqati"),
      ("MET_WITH", MIKATI, JAOUN, "where the two men held talks", "2025-01-09"),
      ("LEADS", BIDEN, US, "US President Joe Biden"),
      ("LEADS", MBS, SAUDI, "Saudi Crown Prince Mohammed"),
      ("MET_WITH", HOCHSTEIN, BERRI, "who met Birri in Ain Al-Tineh", "2025-01-06"),
      ],
     {"source": GULF, "published": "2025-01-09"}),

    ("arPW6_salam_handover_nahar", "ar",
     "سلام تسلّم من ميقاتي في السرايا: «الإصلاح ليس شعاراً»\n"
     "النهار\n"
     "تسلّم رئيس مجلس الوزراء نوّاف سلام، قبل ظهر اليوم، مهامه من سلفه الرئيس نجيب ميقاتي، في احتفال أقيم في "
     "السرايا الحكومية، وعقد الرجلان خلوة استمرت نحو نصف ساعة، قبل أن يودّع سلام ميقاتي عند المدخل.\n"
     "وقال سلام في كلمة مقتضبة إن \"الإصلاح ليس شعاراً بل ورشة عمل تبدأ اليوم\"، متعهداً إعادة الإعمار "
     "وتطبيق القرار 1701.\n"
     "وكانت مراسيم تشكيل الحكومة قد صدرت مساء السبت بعد لقاء جمع الرئيس جوزاف عون ورئيس مجلس النواب نبيه بري "
     "والرئيس المكلف نواف سلام في قصر بعبدا، وهي الحكومة الأولى منذ انتخاب عون في 9 كانون الثاني خلفاً "
     "للرئيس ميشال عون.\n"
     "واتصل رئيس «تيار المستقبل» سعد الحريري بسلام مهنئاً.\n"
     "وكان يُفترض أن يزور السفير السعودي وليد بخاري السرايا بعد الظهر، إلا أن الزيارة أُلغيت في اللحظة "
     "الأخيرة من دون إعلان الأسباب.",
     [("SUCCESSOR_OF", SALAM, MIKATI, "مهامه من سلفه الرئيس", "2025-02-10"),
      ("MET_WITH", SALAM, MIKATI, "وعقد الرجلان خلوة", "2025-02-10"),
      ("LEADS", SALAM, LEBANON, "رئيس مجلس الوزراء نوّاف سلام"),
      ] + met_group({JAOUN: "بعد لقاء جمع الرئيس جوزاف عون", BERRI: "ورئيس مجلس النواب نبيه بري",
                     SALAM: "والرئيس المكلف نواف سلام"}, "2025-02-08") + [
      ("LEADS", BERRI, PARL, "مجلس النواب نبيه بري"),
      ("SUCCESSOR_OF", JAOUN, MAOUN, "خلفاً للرئيس ميشال عون", "2025-01-09"),
      ("LEADS", HARIRI, FUTURE, "رئيس «تيار المستقبل» سعد"),
      ],
     {"source": NAHAR, "published": "2025-02-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPW")
