"""Blind set UN: Israel's killings abroad and how they were told, 1995-2010 (second folder of UM-UN): Ramadan
Shallah named to succeed Fathi Shaqaqi at the head of Islamic Jihad (October 1995); the failed attempt on
Khaled Meshaal in Amman (25 September 1997), Crown Prince Hassan receiving Netanyahu while King Hussein would
not; Efraim Halevy named to succeed Danny Yatom at the Mossad (February 1998); Mahmoud al-Mabhouh killed in a
Dubai hotel (19-20 January 2010), Hamas's accusation and the condolences in Damascus; Dahi Khalfan's briefing
on the eleven suspects (February 2010); Tamir Pardo named to succeed Meir Dagan (November 2010), as a British
wire writes it in English (Reuters-like: "DAMASCUS, Oct 30 (Reuter) -"), an Amman daily in Arabic (Al-Rai-like:
"عمّان - «الرأي»", "سمو", "جلالة"), an Israeli daily's English edition (Jerusalem Post-like: "Binyamin
Netanyahu"), a Qatari TV channel's website in Arabic (Al Jazeera Net-like: "الجزيرة نت"), a Dubai daily in
English (Gulf News-like: "DUBAI:", "His Highness Shaikh Mohammad Bin Rashid") and a Saudi-owned TV channel's
website in Arabic (Al Arabiya Net-like: "العربية.نت").
Pieces: Shallah named to succeed Shiqaqi; he receives condolences from Jibril in person (English, UN1); Prince
Hassan receives Netanyahu with Majali and Batikhi present; the King visits Meshaal in hospital (Arabic, UN2);
Halevy named to succeed Yatom; he had met King Hussein; Netanyahu meets him (English, UN3); Mabhouh killed
(Hamas accuses, no agent stated); Shallah and Jibril visit Meshaal together (Arabic, UN4); Khalfan's briefing
(an accusation, hedged on the Mossad); Mohammed bin Rashid receives Khalfan (English, UN5); Pardo named to
succeed Dagan; Netanyahu meets Pardo; Dagan had succeeded Halevy; Khalfan's "100 per cent" accusation
(Arabic, UN6).
Excluded on purpose (no relation): Shiqaqi "shot dead in Malta" (no agent), the movement's blame, Rabin's
words, Ghosheh's message (UN1); the failed attempt on Meshaal (he lived: no ASSASSINATED_BY), the King who
refused to receive Netanyahu, the silence of Netanyahu's office (UN2); the attempt again, Yatom's trip to
Amman to see unnamed officials (UN3); Hamas's accusation of the Mossad, the police's unnamed "foreign party",
Lieberman's "policy of ambiguity" (UN4); the police's accusation of eleven unnamed suspects, Khalfan who
"would not rule out" the Mossad, Lieberman's denial of proof (UN5); Khalfan's "100 per cent" and his warrant
request, the Israeli non-confirmation (UN6). ATTACKED is not annotated in this set (as in SQ-SR).
Judgement calls: "named ... to succeed" / "خلفاً لـ" / "had succeeded" are successions; "received condolences
... from Ahmed Jibril" in person is a meeting (UN1); "بحضور" two attendees: paired with both principals and
with each other (UN2); "visited Meshaal at the medical city" is a meeting (UN2); "met King Hussein twice" is a
meeting (UN3); "زاره معاً" two visitors: a meeting of the three (UN4); "received Lt Gen Khalfan ... where he
was briefed" is a meeting (UN5); a prime minister LEADS the country; the head of the political bureau LEADS
Hamas; "Vice-President and Prime Minister of the UAE" LEADS the UAE.
Filled in for the exercise: the council's meeting and Jibril's condolence call (UN1); the attendees of the
meeting with Netanyahu and the date of the King's hospital visit (UN2); the number of Halevy's meetings with
the King and his meeting with Netanyahu that day (UN3); the joint visit of Shallah and Jibril (UN4); the
audience at Za'abeel Palace (UN5); Netanyahu's meeting with Pardo before the announcement (UN6); all wordings.
Spellings: "Ramadan Abdullah Shallah", "Fathi Shiqaqi" (UN1); «خالد مشعل»، «سمو الأمير الحسن بن طلال ولي
العهد»، «الفريق سميح البطيخي» (UN2); "Binyamin Netanyahu", "Khaled Mashal", "Efraim Halevy" (UN3); «الدكتور رمضان
عبد الله شلح»، «محمود المبحوح» (UN4); "Mahmoud Al Mabhouh", "Shaikh Mohammad Bin Rashid Al Maktoum", "Lt Gen
Khalfan" (UN5); «تامير باردو»، «مئير داغان»، «إفرايم هاليفي»، «ضاحي خلفان تميم» (UN6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_un import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, JORDAN, UAE = "country:israel", "country:jordan", "country:united-arab-emirates"
PIJ, PFLPGC, HAMAS, QASSAM, MOSSAD, DUBAI_POLICE, GID = (
    "organization:palestinian-islamic-jihad", "organization:pflp-gc", "organization:hamas",
    "organization:al-qassam-brigades", "organization:mossad", "organization:dubai-police",
    "organization:jordanian-general-intelligence")
SHALLAH, SHAQAQI, JIBRIL, MASHAL, MABHOUH = (
    "person:ramadan-shalah", "person:fathi-shaqaqi", "person:ahmed-jibril", "person:khaled-mashal",
    "person:mahmoud-al-mabhouh")
HUSSEIN, HASSAN, MAJALI, BATIKHI, KHALFAN, MBR = (
    "person:hussein-bin-talal", "person:hassan-bin-talal", "person:abdul-salam-al-majali",
    "person:samih-batikhi", "person:dahi-khalfan", "person:mohammed-bin-rashid")
RABIN, NETANYAHU, YATOM, HALEVY, DAGAN, PARDO = (
    "person:yitzhak-rabin", "person:benjamin-netanyahu", "person:danny-yatom", "person:efraim-halevy",
    "person:meir-dagan", "person:tamir-pardo")

REUTERS = "blind set (British news wire, English, Reuters-like)"
RAI = "blind set (Amman daily, Arabic, Al-Rai-like)"
JPOST = "blind set (Israeli daily, English, Jerusalem Post-like)"
JAZEERA = "blind set (Qatari TV channel's website, Arabic, Al Jazeera Net-like)"
GULF = "blind set (Dubai daily, English, Gulf News-like)"
ARABIYA = "blind set (Saudi-owned TV channel's website, Arabic, Al Arabiya Net-like)"

ARTICLES = [
    ("enUN1_shallah_succeeds_shiqaqi_reuters", "en",
     "Islamic Jihad names U.S.-educated academic to succeed slain leader\n"
     "DAMASCUS, Oct 30 (Reuter) - Palestinian Islamic Jihad on Monday named Ramadan Abdullah Shallah, a "
     "political scientist who taught until this year at a university in Florida, as its new secretary-general "
     "to succeed Fathi Shiqaqi, who was shot dead in Malta last Thursday.\n"
     "The group's statement said its consultative council had chosen Shallah, 37, unanimously at a meeting "
     "held outside the occupied territories. It again blamed Israel's Mossad intelligence agency for the "
     "killing and promised revenge.\n"
     "Israel has neither confirmed nor denied a role. Asked about the shooting on Sunday, Prime Minister "
     "Yitzhak Rabin told reporters he was \"certainly not sad\".\n"
     "Shallah received condolences at the movement's office in the Yarmouk refugee camp on Monday from Ahmed "
     "Jibril, leader of the Popular Front for the Liberation of Palestine-General Command, a Jihad official "
     "said. Hamas spokesman Ibrahim Ghosheh sent a message from Amman.\n"
     "Shiqaqi's body was still in Malta on Monday, and officials said the burial in Damascus could take place "
     "later this week.",
     [("SUCCESSOR_OF", SHALLAH, SHAQAQI, "to succeed Fathi Shiqaqi", "1995-10-30"),
      ("LEADS", SHALLAH, PIJ, "as its new secretary-general"),
      ("LEADS", RABIN, ISRAEL, "Yitzhak Rabin told reporters"),
      ("MET_WITH", SHALLAH, JIBRIL, "Shallah received condolences", "1995-10-30"),
      ("LEADS", JIBRIL, PFLPGC, "leader of the Popular Front for the Liberation of Palestine-General Command"),
      ],
     {"source": REUTERS, "published": "1995-10-30"}),

    ("arUN2_hassan_receives_netanyahu_rai", "ar",
     "سمو ولي العهد يستقبل نتنياهو ويبحث معه تداعيات الاعتداء على مشعل\n"
     "عمّان - «الرأي» - استقبل سمو الأمير الحسن بن طلال ولي العهد مساء أمس في عمّان رئيس الوزراء "
     "الإسرائيلي بنيامين نتنياهو، بحضور دولة رئيس الوزراء الدكتور عبد السلام المجالي ومدير المخابرات "
     "العامة الفريق سميح البطيخي، وجرى بحث تداعيات المحاولة الفاشلة لاغتيال رئيس المكتب السياسي لحركة "
     "حماس خالد مشعل في عمّان في الخامس والعشرين من الشهر الماضي.\n"
     "وقالت مصادر مطلعة إن جلالة الملك الحسين رفض استقبال نتنياهو، وإن اللقاء اقتصر على سمو ولي العهد.\n"
     "وكانت الأجهزة الأمنية قد اعتقلت عنصرين من الموساد دخلا المملكة بجوازي سفر كنديين، بعد أن رشّا مادة "
     "سامة على مشعل أمام مكتبه في ضاحية الشميساني.\n"
     "ونُقل مشعل إلى مدينة الحسين الطبية، حيث زاره جلالة الملك صباح السبت الماضي واطمأن على صحته، بعد أن "
     "سلّم الجانب الإسرائيلي الترياق بناءً على طلب جلالته.\n"
     "ورفض مكتب نتنياهو في القدس التعليق على ما نشرته الصحف الإسرائيلية عن ظروف العملية.",
     met_group({HASSAN: "استقبل سمو الأمير الحسن", NETANYAHU: "الإسرائيلي بنيامين نتنياهو، بحضور",
                MAJALI: "بحضور دولة رئيس الوزراء", BATIKHI: "الفريق سميح البطيخي"}, "1997-10-05")
     + [("LEADS", NETANYAHU, ISRAEL, "الإسرائيلي بنيامين نتنياهو، بحضور"),
        ("LEADS", MAJALI, JORDAN, "دولة رئيس الوزراء الدكتور عبد السلام"),
        ("LEADS", BATIKHI, GID, "ومدير المخابرات"),
        ("LEADS", MASHAL, HAMAS, "رئيس المكتب السياسي لحركة"),
        ("MET_WITH", HUSSEIN, MASHAL, "حيث زاره جلالة الملك", "1997-09-27"),
        ],
     {"source": RAI, "published": "1997-10-06"}),

    ("enUN3_halevy_succeeds_yatom_jpost", "en",
     "Halevy named Mossad chief as Yatom quits over Amman fiasco\n"
     "Prime Minister Binyamin Netanyahu yesterday named Efraim Halevy, a former deputy head of the Mossad now "
     "serving as Israel's ambassador to the European Union, to succeed Danny Yatom as head of the agency.\n"
     "Yatom resigned on Tuesday, days after the Ciechanover commission criticized the planning of last "
     "September's botched attempt on the life of Hamas leader Khaled Mashal in Amman.\n"
     "Halevy, 63, is credited with defusing the crisis with Jordan. He met King Hussein twice in the days "
     "after the attempt, and the talks produced the deal under which two Mossad agents held in Amman were "
     "freed in exchange for the release of Palestinian and Jordanian prisoners.\n"
     "Yatom, who flew to Amman on the night of the attempt to brief Jordanian security officials, had been "
     "under pressure to step down since October.\n"
     "Netanyahu met Halevy at his Jerusalem office yesterday afternoon, shortly before the cabinet approved "
     "the appointment, the Prime Minister's Office said. Opposition leader Ehud Barak said the fiasco called "
     "for a state commission of inquiry, not a change of faces.",
     [("LEADS", NETANYAHU, ISRAEL, "Prime Minister Binyamin Netanyahu yesterday"),
      ("SUCCESSOR_OF", HALEVY, YATOM, "to succeed Danny Yatom", "1998-02-25"),
      ("LEADS", HALEVY, MOSSAD, "as head of the agency"),
      ("LEADS", MASHAL, HAMAS, "Hamas leader Khaled Mashal"),
      ("MET_WITH", HALEVY, HUSSEIN, "He met King Hussein twice", "1997-10"),
      ("MET_WITH", NETANYAHU, HALEVY, "Netanyahu met Halevy", "1998-02-25"),
      ],
     {"source": JPOST, "published": "1998-02-26"}),
]

ARTICLES += [
    ("arUN4_mabhouh_dubai_jazeera", "ar",
     "حماس تتهم إسرائيل باغتيال القيادي محمود المبحوح في دبي\n"
     "الدوحة - الجزيرة نت\n"
     "أعلنت حركة المقاومة الإسلامية (حماس) أن القيادي في جناحها العسكري كتائب عز الدين القسام محمود "
     "المبحوح اغتيل في أحد فنادق دبي في العشرين من الشهر الجاري، متهمة جهاز الموساد الإسرائيلي بالوقوف "
     "وراء العملية.\n"
     "وقال مسؤول في الحركة للجزيرة نت إن المبحوح، وهو من مؤسسي الكتائب، وصل إلى دبي في زيارة خاصة، وإن "
     "الحركة أرجأت الإعلان عن استشهاده إلى حين التثبت من ملابساته.\n"
     "من جهتها، أوضحت شرطة دبي أنها تحقق في الحادث، ولم تستبعد أن تكون \"جهة خارجية\" قد نفذته، من دون أن "
     "تسمي أحداً. أما وزير الخارجية الإسرائيلي أفيغدور ليبرمان فقال إن إسرائيل تتبع \"سياسة الغموض\" في "
     "مثل هذه القضايا.\n"
     "وفي دمشق، تقبّل رئيس المكتب السياسي للحركة خالد مشعل التعازي بالشهيد، وزاره معاً في بيت العزاء "
     "الأمين العام لحركة الجهاد الإسلامي الدكتور رمضان عبد الله شلح والأمين العام للجبهة الشعبية-القيادة "
     "العامة أحمد جبريل.\n"
     "وقالت عائلة المبحوح في مخيم جباليا إن ابنها نجا من محاولات اغتيال سابقة.",
     [("MEMBER_OF", MABHOUH, QASSAM, "القيادي في جناحها العسكري كتائب"),
      ("LEADS", MASHAL, HAMAS, "رئيس المكتب السياسي للحركة خالد"),
      ("LEADS", SHALLAH, PIJ, "الأمين العام لحركة الجهاد الإسلامي"),
      ("LEADS", JIBRIL, PFLPGC, "والأمين العام للجبهة الشعبية"),
      ]
     + met_group({MASHAL: "تقبّل رئيس المكتب السياسي", SHALLAH: "الدكتور رمضان عبد الله شلح",
                  JIBRIL: "العامة أحمد جبريل"}, "2010-01-29"),
     {"source": JAZEERA, "published": "2010-01-29"}),

    ("enUN5_khalfan_eleven_suspects_gulfnews", "en",
     "Dubai Police name 11 suspects in Hamas official's killing\n"
     "DUBAI: Dubai Police yesterday released the names and photographs of 11 suspects carrying British, Irish, "
     "French and German passports, whom it accused of killing Hamas commander Mahmoud Al Mabhouh in his hotel "
     "room last month.\n"
     "Lieutenant General Dahi Khalfan Tamim, Commander-in-Chief of Dubai Police, told a press conference that "
     "the team arrived on separate flights on January 19, tracked Al Mabhouh from the airport to his hotel and "
     "left the country within hours of the killing.\n"
     "Asked whether the Mossad was behind the operation, Lt Gen Khalfan said he \"would not rule out\" the "
     "involvement of Israeli intelligence, and that police were still gathering evidence. Two Palestinians "
     "arrested in Jordan have been handed over to Dubai, he added.\n"
     "Earlier, His Highness Shaikh Mohammad Bin Rashid Al Maktoum, Vice-President and Prime Minister of the "
     "UAE and Ruler of Dubai, received Lt Gen Khalfan at Za'abeel Palace, where he was briefed on the "
     "investigation.\n"
     "In Jerusalem, Israeli Foreign Minister Avigdor Lieberman said there was no proof of Israeli involvement.",
     [("MEMBER_OF", MABHOUH, HAMAS, "Hamas commander Mahmoud Al Mabhouh"),
      ("LEADS", KHALFAN, DUBAI_POLICE, "Commander-in-Chief of Dubai Police"),
      ("LEADS", MBR, UAE, "Vice-President and Prime Minister of the"),
      ("MET_WITH", MBR, KHALFAN, "received Lt Gen Khalfan", "2010-02-15"),
      ],
     {"source": GULF, "published": "2010-02-16"}),

    ("arUN6_pardo_succeeds_dagan_arabiya", "ar",
     "نتنياهو يعيّن تامير باردو رئيساً للموساد خلفاً لمئير داغان\n"
     "القدس المحتلة - العربية.نت\n"
     "أعلن مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو اليوم الاثنين تعيين تامير باردو، النائب السابق "
     "لرئيس جهاز الموساد، رئيساً للجهاز خلفاً لمئير داغان، الذي تنتهي ولايته مطلع العام المقبل بعد ثماني "
     "سنوات على رأسه.\n"
     "والتقى نتنياهو باردو في مكتبه بالقدس قبل الإعلان، بحسب بيان المكتب.\n"
     "وكان داغان قد خلف إفرايم هاليفي في رئاسة الجهاز عام 2002.\n"
     "وارتبط اسم داغان خلال الأشهر الماضية باغتيال القيادي في حماس محمود المبحوح في دبي في كانون الثاني "
     "الماضي، إذ طالب القائد العام لشرطة دبي الفريق ضاحي خلفان تميم بإصدار مذكرة توقيف دولية بحقه، مؤكداً "
     "أن الموساد يقف \"بنسبة مئة في المئة\" وراء العملية. ولم تؤكد إسرائيل أو تنفِ أي دور لها في الاغتيال.\n"
     "ويُعد باردو، الذي أمضى معظم خدمته في الجهاز، من المقربين من داغان، وسبق أن شغل منصب نائبه.",
     [("LEADS", NETANYAHU, ISRAEL, "رئيس الوزراء الإسرائيلي بنيامين نتنياهو اليوم"),
      ("SUCCESSOR_OF", PARDO, DAGAN, "رئيساً للجهاز خلفاً لمئير داغان", "2010-11-29"),
      ("LEADS", PARDO, MOSSAD, "تعيين تامير باردو"),
      ("MET_WITH", NETANYAHU, PARDO, "والتقى نتنياهو باردو", "2010-11-29"),
      ("SUCCESSOR_OF", DAGAN, HALEVY, "وكان داغان قد خلف إفرايم هاليفي", "2002"),
      ("LEADS", DAGAN, MOSSAD, "سنوات على رأسه"),
      ("MEMBER_OF", MABHOUH, HAMAS, "القيادي في حماس محمود المبحوح"),
      ("LEADS", KHALFAN, DUBAI_POLICE, "القائد العام لشرطة دبي"),
      ],
     {"source": ARABIYA, "published": "2010-11-29"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUN")
