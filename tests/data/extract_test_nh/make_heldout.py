"""Blind set NH: Yemen and the Red Sea, 2024-2025 (second folder of NG-NH): the Saudi-Houthi track and the
changes of prime minister on both sides (2023-2025), the Saudi defence minister's reception of Rashad
al-Alimi (March 2025), a Presidential Leadership Council meeting in Aden and Lenderking's visit (October
2024), the Israeli strike that killed Ahmed al-Rahawi and ministers (August 2025), Hans Grundberg's
Security Council briefing (February 2025) and Salem bin Breik's appointment (May 2025), as a Yemeni
think tank's monthly review writes it in English (Sanaa Center-like: "Background:", long dated sentences),
as a Saudi news site writes it in Arabic (Sabq-like: "صاحب السمو الملكي", "سفير خادم الحرمين الشريفين"),
as an Aden-based English site writes it (South24-like: "ADEN —", "the STC leader"), as a US network's
Arabic site writes it (CNN Arabic-like: "(CNN) --", "وفق بيان لمكتبه"), as the UN's news service writes
it in English (UN News-like: "Briefing the Security Council", "Mr. Grundberg") and as an Aden daily writes
it in Arabic (al-Ayyam-like: "عدن - «الأيام»", "قرار رئاسي").
Pieces: Al Jaber's talks with al-Mashat in Sanaa, Khalid bin Salman receives Abdulsalam's delegation,
bin Mubarak after Maeen Abdulmalik, bin Breik after bin Mubarak, al-Rahawi after bin Habtoor (English,
NH1); Khalid bin Salman receives al-Alimi with Al Jaber and al-Arada present, and had met Grundberg
(Arabic, NH2); the PLC meeting chaired by al-Alimi with al-Zubaidi, Tareq Saleh and al-Bahsani,
al-Zubaidi receives Lenderking with Fagin, Lenderking meets al-Daeri (English, NH3); al-Rahawi, Jamal
Amer and Hashem Sharaf al-Din killed in an Israeli raid, Miftah to run the government, Netanyahu's
consultations with Katz and Zamir (Arabic, NH4); Grundberg meets Abdulsalam in Muscat and al-Alimi in
Riyadh (English, NH5); bin Breik appointed after bin Mubarak, bin Breik meets Al Jaber and receives
Lamlas (Arabic, NH6).
Excluded on purpose (no relation): the roadmap that was never signed, the Mecca ceremony that did not
take place, Abdulsalam's thanks on X and the face-to-face meeting that was not reported (NH1); Khalid
bin Salman's phone call with Hegseth, al-Alimi's planned Abu Dhabi visit (NH2); al-Arada and Bawazeer,
who took part by video link, bin Mubarak, who did not attend and "was in Riyadh"
(no visit annotated: the recognised government sits there in part) (NH3); al-Ghamari, of unclear fate, the
unnamed ministers, Katz's threat, the ten dead of 24 August (NH4); Sanaa, where Grundberg could not
travel, Guterres's telephone call with al-Alimi, Fletcher, who briefed the same Council (NH5); bin
Breik's planned oath before al-Alimi, bin Mubarak's letter on X (NH6).
Judgement calls: "travelled to Sanaa with an Omani delegation and held talks with" is a meeting and a
visit; a delegation "headed by" Abdulsalam "received by" the minister gives Abdulsalam - Khalid bin
Salman; "replaced X as prime minister" / "was succeeded by" / "succeeding" are successions (NH1); in a
meeting of two sides, a person "حضر الاستقبال" is paired with the other side and the two attendants with
each other (NH2 Al Jaber, al-Arada), the same for a US ambassador "accompanied" by whom an envoy came
(NH3 Fagin); members "with the participation of" whom a council meeting was held met each other, those
linked by video did not (NH3); "في غارة إسرائيلية" gives the victims -> country:israel, "سيتولى تسيير
أعمال الحكومة" after the prime minister's death is a succession (NH4); "where he met" / "where he held
discussions with" after "travelled to" are meetings and visits (NH5); "خلفاً لـ" in an appointment
decree is a succession (NH6).
Filled in for the exercise: the five days in Riyadh (NH1); the date and attendants of the reception and
the day-earlier Grundberg meeting, the Hegseth call, the Abu Dhabi plan (NH2); the date and attendance of
the PLC meeting, Fagin's presence, the al-Daeri meeting, bin Mubarak's absence (NH3); the names of two
of the ministers killed, Netanyahu's consultations (NH4); the order of Grundberg's stops (NH5); the Al
Jaber meeting in Aden and the Lamlas reception (NH6).
Spellings: "Mohammed Al Jaber", "Prince Khalid bin Salman", "Maeen Abdulmalik" (NH1); "الأمير خالد بن
سلمان بن عبدالعزيز", "الدكتور رشاد العليمي", "هانس غروندبرغ" (NH2); "Dr. Rashad Al-Alimi", "Aidarous
Al-Zubaidi", "Faraj Al-Bahsani", "Abdullah Al-Alimi Bawazir" (NH3); "أحمد غالب ناصر الرهوي", "يسرائيل
كاتس", "إيال زامير" (NH4); "Sana'a", "Ansar Allah" (NH5); "سالم صالح بن بريك", "محمد بن سعيد آل جابر",
"أحمد حامد لملس" (NH6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_nh import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, UNITED_NATIONS = "country:israel", "organization:united-nations"
SANAA, MUSCAT, RIYADH = "location:sanaa", "location:muscat", "location:riyadh"
HOUTHIS, SPC, HGOV, YGOV, PLC, STC, IDF = (
    "organization:houthis", "organization:houthi-supreme-political-council", "organization:houthi-government",
    "organization:yemeni-government", "organization:presidential-leadership-council",
    "organization:southern-transitional-council", "organization:israel-defense-forces")
MASHAT, RAHAWI, HABTOOR, MIFTAH, GHAMARI, ABDULSALAM, AMER, SHARAFALDIN = (
    "person:mahdi-al-mashat", "person:ahmed-al-rahawi", "person:abdulaziz-bin-habtoor", "person:mohammed-miftah",
    "person:mohammed-al-ghamari", "person:mohammed-abdulsalam", "person:jamal-amer", "person:hashem-sharaf-al-din")
ALIMI, BINBREIK, BINMUBARAK, MAEEN, ZUBAIDI, TAREQ, BAHSANI, ARADA, DAERI, LAMLAS = (
    "person:rashad-al-alimi", "person:salem-bin-breik", "person:ahmed-awad-bin-mubarak", "person:maeen-abdulmalik",
    "person:aidarous-al-zubaidi", "person:tareq-saleh", "person:faraj-al-bahsani", "person:sultan-al-arada",
    "person:mohsen-al-daeri", "person:ahmed-lamlas")
GRUNDBERG, GUTERRES, KBS, JABER, LENDERKING, FAGIN = (
    "person:hans-grundberg", "person:antonio-guterres", "person:khalid-bin-salman", "person:mohammed-al-jaber",
    "person:tim-lenderking", "person:steven-fagin")
NETANYAHU, KATZ, ZAMIR = "person:benjamin-netanyahu", "person:israel-katz", "person:eyal-zamir"

SANAACENTER = "blind set (Yemeni think tank's monthly review, English, Sanaa Center-like)"
SABQ = "blind set (Saudi news site, Arabic, Sabq-like)"
SOUTH24 = "blind set (Aden-based English news site, South24-like)"
CNNAR = "blind set (US network's Arabic site, CNN Arabic-like)"
UNNEWS = "blind set (UN news service, English, UN News-like)"
AYYAM = "blind set (Aden daily, Arabic, al-Ayyam-like)"

ARTICLES = [
    ("enNH1_background_saudi_houthi_track", "en",
     "Background: The Saudi-Houthi Track\n"
     "The back channel between Riyadh and the Houthis, opened with Omani help in 2022, produced its most "
     "visible moment in April 2023, when the Saudi ambassador to Yemen, Mohammed Al Jaber, travelled to Sanaa "
     "with an Omani delegation and held talks with Mahdi al-Mashat, president of the Houthis' Supreme "
     "Political Council. In September 2023, a Houthi delegation headed by chief negotiator Mohammed "
     "Abdulsalam spent five days in Riyadh, where it was received by Defense Minister Prince Khalid bin "
     "Salman.\n"
     "A roadmap announced by the UN envoy in December 2023 was never signed; a signing ceremony that "
     "diplomats had expected in Mecca did not take place, and the Red Sea crisis froze the track.\n"
     "On the government side, Ahmed Awad bin Mubarak, until then foreign minister, replaced Maeen Abdulmalik "
     "as prime minister in February 2024; he resigned in May 2025 after clashing with the Presidential "
     "Leadership Council and was succeeded by Finance Minister Salem bin Breik. In Sanaa, the Houthis named "
     "Ahmed al-Rahawi to head a new cabinet in August 2024, succeeding Abdulaziz bin Habtoor.\n"
     "In July 2024, the envoy's office announced a Saudi-Houthi understanding on de-escalation over banking "
     "measures and Yemenia flights. Abdulsalam thanked the Saudis on X; no face-to-face meeting was "
     "reported.",
     [("MET_WITH", JABER, MASHAT, "held talks with Mahdi al-Mashat", "2023-04-09"),
      ("VISITED", JABER, SANAA, "travelled to Sanaa with an Omani delegation", "2023-04-09"),
      ("LEADS", MASHAT, SPC, "president of the Houthis' Supreme"),
      ("MET_WITH", KBS, ABDULSALAM, "where it was received by Defense Minister Prince", "2023-09"),
      ("VISITED", ABDULSALAM, RIYADH, "spent five days in Riyadh", "2023-09"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "a Houthi delegation headed by chief negotiator"),
      ("SUCCESSOR_OF", BINMUBARAK, MAEEN, "replaced Maeen Abdulmalik", "2024-02"),
      ("SUCCESSOR_OF", BINBREIK, BINMUBARAK, "was succeeded by Finance Minister Salem bin Breik", "2025-05"),
      ("LEADS", BINMUBARAK, YGOV, "as prime minister in February 2024"),
      ("SUCCESSOR_OF", RAHAWI, HABTOOR, "succeeding Abdulaziz bin Habtoor", "2024-08"),
      ("LEADS", RAHAWI, HGOV, "to head a new cabinet"),
      ],
     {"source": SANAACENTER, "published": "2025-06-15"}),

    ("arNH2_khalid_bin_salman_receives_alimi", "ar",
     "سمو وزير الدفاع يستقبل رئيس مجلس القيادة الرئاسي اليمني\n"
     "الرياض - سبق\n"
     "استقبل صاحب السمو الملكي الأمير خالد بن سلمان بن عبدالعزيز وزير الدفاع، في الرياض اليوم، فخامة "
     "الدكتور رشاد العليمي رئيس مجلس القيادة الرئاسي في الجمهورية اليمنية.\n"
     "وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين الشقيقين، ومستجدات الأوضاع في اليمن، "
     "والجهود المبذولة للوصول إلى حل سياسي شامل للأزمة اليمنية.\n"
     "حضر الاستقبال سفير خادم الحرمين الشريفين لدى اليمن محمد آل جابر، وعضو مجلس القيادة الرئاسي اللواء "
     "سلطان العرادة.\n"
     "وكان سموه قد التقى أمس المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن هانس غروندبرغ، وبحث معه "
     "مساعي إحياء خريطة الطريق.\n"
     "وفي شأن متصل، أجرى سمو وزير الدفاع اتصالاً هاتفياً بوزير الدفاع الأمريكي بيت هيغسيث، استعرضا خلاله "
     "الهجمات الحوثية على الملاحة في البحر الأحمر.\n"
     "ومن المنتظر أن يزور العليمي أبوظبي الأسبوع المقبل في جولة خليجية.",
     [("MET_WITH", KBS, ALIMI, "استقبل صاحب السمو الملكي الأمير", "2025-03-10"),
      ("MET_WITH", ALIMI, JABER, "سفير خادم الحرمين الشريفين لدى اليمن محمد آل جابر", "2025-03-10"),
      ("MET_WITH", KBS, ARADA, "وعضو مجلس القيادة الرئاسي اللواء", "2025-03-10"),
      ("MET_WITH", JABER, ARADA, "حضر الاستقبال سفير", "2025-03-10"),
      ("MET_WITH", KBS, GRUNDBERG, "وكان سموه قد التقى أمس", "2025-03-09"),
      ("LEADS", ALIMI, PLC, "رئيس مجلس القيادة الرئاسي في الجمهورية اليمنية"),
      ("MEMBER_OF", ARADA, PLC, "سلطان العرادة"),
      ],
     {"source": SABQ, "published": "2025-03-10"}),

    ("enNH3_plc_meets_aden_zubaidi_lenderking", "en",
     "PLC meets in Aden as rial slides; Al-Zubaidi holds talks with US envoy\n"
     "ADEN — The Presidential Leadership Council held a meeting in Aden on Wednesday chaired by its head, Dr. "
     "Rashad Al-Alimi, with the participation of council members Aidarous Al-Zubaidi, Tareq Saleh and Faraj "
     "Al-Bahsani, to discuss the collapse of the rial and the electricity crisis in the southern "
     "governorates.\n"
     "Members Sultan Al-Arada and Abdullah Al-Alimi Bawazir took part via video link. Prime Minister Ahmed "
     "Awad bin Mubarak, who had been due to brief the council, did not attend; his office said he was in "
     "Riyadh.\n"
     "Separately, Al-Zubaidi, who also heads the Southern Transitional Council (STC), received US Special "
     "Envoy for Yemen Tim Lenderking at his office in Maashiq, accompanied by US Ambassador Steven Fagin. The "
     "STC leader told the American envoy that any peace deal must address \"the southern cause\".\n"
     "Lenderking later met Defense Minister Lt. Gen. Mohsen Al-Daeri, a source at the ministry told South24.",
     met_group({ALIMI: "chaired by its head, Dr.", ZUBAIDI: "with the participation of council members Aidarous",
                TAREQ: "Tareq Saleh and Faraj", BAHSANI: "Al-Bahsani, to discuss"}, "2024-10-16") + [
      ("MET_WITH", ZUBAIDI, LENDERKING, "received US Special Envoy for Yemen Tim Lenderking", "2024-10-16"),
      ("MET_WITH", ZUBAIDI, FAGIN, "accompanied by US Ambassador Steven Fagin", "2024-10-16"),
      ("MET_WITH", LENDERKING, DAERI, "Lenderking later met Defense Minister", "2024-10-16"),
      ("LEADS", ALIMI, PLC, "The Presidential Leadership Council held a meeting"),
      ("MEMBER_OF", ZUBAIDI, PLC, "council members Aidarous Al-Zubaidi"),
      ("MEMBER_OF", TAREQ, PLC, "Tareq Saleh and"),
      ("MEMBER_OF", BAHSANI, PLC, "and Faraj Al-Bahsani"),
      ("MEMBER_OF", ARADA, PLC, "Members Sultan Al-Arada"),
      ("LEADS", ZUBAIDI, STC, "who also heads the Southern Transitional Council"),
      ("LEADS", BINMUBARAK, YGOV, "Prime Minister Ahmed Awad bin Mubarak"),
      ],
     {"source": SOUTH24, "published": "2024-10-16"}),

    ("arNH4_cnn_houthis_announce_rahawi_death", "ar",
     "الحوثيون يعلنون مقتل رئيس حكومتهم و\"عدد من الوزراء\" في غارة إسرائيلية على صنعاء\n"
     "(CNN) -- أعلنت جماعة الحوثي في اليمن، السبت، مقتل رئيس حكومتها أحمد غالب ناصر الرهوي وعدد من الوزراء "
     "في غارة إسرائيلية استهدفت العاصمة صنعاء، الخميس.\n"
     "وقالت الجماعة في بيان نقلته قناة المسيرة إن الرهوي قُتل \"مع عدد من رفاقه الوزراء\" أثناء ورشة عمل "
     "اعتيادية لتقييم أداء الحكومة، وإن محمد أحمد مفتاح، النائب الأول لرئيس الوزراء، سيتولى تسيير أعمال "
     "الحكومة. ومن بين القتلى، بحسب مصادر في الجماعة، وزير الخارجية جمال عامر ووزير الإعلام هاشم شرف الدين.\n"
     "ومن جانبه، قال وزير الدفاع الإسرائيلي، يسرائيل كاتس، إن الجيش الإسرائيلي \"وجّه ضربة ساحقة\" لقيادة "
     "الحوثيين، متوعداً بأن \"هذا مجرد البداية\".\n"
     "وكان رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، قد عقد مشاورات أمنية مع كاتس ورئيس الأركان إيال زامير "
     "في مقر وزارة الدفاع بتل أبيب مساء الخميس، وفق بيان لمكتبه.\n"
     "ولم يتضح بعد مصير رئيس هيئة الأركان في الجماعة محمد الغماري، الذي قالت وسائل إعلام إسرائيلية إنه كان "
     "ضمن المستهدفين.\n"
     "وكانت إسرائيل قد شنت في 24 أغسطس غارات على مجمع الرئاسة ومحطات كهرباء في صنعاء، قالت وزارة الصحة "
     "التابعة للحوثيين إنها أسفرت عن مقتل 10 أشخاص.",
     met_group({NETANYAHU: "قد عقد مشاورات أمنية مع كاتس", KATZ: "يسرائيل كاتس، إن",
                ZAMIR: "ورئيس الأركان إيال زامير"}, "2025-08-28") + [
      ("ASSASSINATED_BY", RAHAWI, ISRAEL, "في غارة إسرائيلية استهدفت العاصمة", "2025-08-28"),
      ("ASSASSINATED_BY", AMER, ISRAEL, "وزير الخارجية جمال عامر", "2025-08-28"),
      ("ASSASSINATED_BY", SHARAFALDIN, ISRAEL, "ووزير الإعلام هاشم شرف الدين", "2025-08-28"),
      ("SUCCESSOR_OF", MIFTAH, RAHAWI, "سيتولى تسيير أعمال", "2025-08-30"),
      ("LEADS", RAHAWI, HGOV, "رئيس حكومتها أحمد"),
      ("MEMBER_OF", AMER, HGOV, "ومن بين القتلى"),
      ("MEMBER_OF", SHARAFALDIN, HGOV, "ووزير الإعلام"),
      ("LEADS", NETANYAHU, ISRAEL, "رئيس الوزراء الإسرائيلي، بنيامين"),
      ("LEADS", ZAMIR, IDF, "ورئيس الأركان إيال"),
      ("MEMBER_OF", GHAMARI, HOUTHIS, "رئيس هيئة الأركان في الجماعة"),
      ],
     {"source": CNNAR, "published": "2025-08-30"}),

    ("enNH5_un_news_grundberg_briefing", "en",
     "Yemen: UN envoy urges release of detained staff, warns of 'dangerous escalation'\n"
     "Briefing the Security Council on Wednesday, the Special Envoy of the Secretary-General for Yemen, Hans "
     "Grundberg, said regional tensions risked \"dragging Yemen back into full-scale war\".\n"
     "Mr. Grundberg told ambassadors that he had travelled to Muscat last week, where he met the Houthi chief "
     "negotiator, Mohammed Abdulsalam, as well as senior Omani officials, and then to Riyadh, where he held "
     "discussions with the Chairman of the Presidential Leadership Council, Rashad al-Alimi.\n"
     "\"I have not been able to travel to Sana'a,\" he said, adding that the continued detention of UN "
     "personnel by Ansar Allah was \"unacceptable\".\n"
     "Secretary-General António Guterres, who spoke to Mr. al-Alimi by telephone earlier this month, has "
     "repeatedly called for the staff's immediate and unconditional release.\n"
     "The Under-Secretary-General for Humanitarian Affairs, Tom Fletcher, also briefed the Council; he said "
     "that 19.5 million Yemenis would need assistance this year.",
     [("MET_WITH", GRUNDBERG, ABDULSALAM, "where he met the Houthi chief", "2025-02"),
      ("VISITED", GRUNDBERG, MUSCAT, "he had travelled to Muscat last week", "2025-02"),
      ("MET_WITH", GRUNDBERG, ALIMI, "where he held discussions with the Chairman", "2025-02"),
      ("VISITED", GRUNDBERG, RIYADH, "and then to Riyadh", "2025-02"),
      ("LEADS", ALIMI, PLC, "the Chairman of the Presidential Leadership Council"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "the Houthi chief negotiator"),
      ("LEADS", GUTERRES, UNITED_NATIONS, "Secretary-General António Guterres"),
      ],
     {"source": UNNEWS, "published": "2025-02-12"}),

    ("arNH6_bin_breik_appointed_prime_minister", "ar",
     "قرار رئاسي بتعيين بن بريك رئيساً للوزراء خلفاً لبن مبارك\n"
     "عدن - «الأيام»\n"
     "أصدر رئيس مجلس القيادة الرئاسي الدكتور رشاد العليمي، أمس، قراراً بتعيين وزير المالية سالم صالح بن بريك "
     "رئيساً لمجلس الوزراء، خلفاً للدكتور أحمد عوض بن مبارك الذي قدّم استقالته.\n"
     "وقال بن مبارك، في رسالة الاستقالة التي نشرها على منصة إكس، إنه واجه \"صعوبات كبيرة\" حالت دون ممارسة "
     "صلاحياته الدستورية، ومنها عدم تمكنه من إجراء تغيير حكومي.\n"
     "وفي أول نشاط له بعد تعيينه، التقى رئيس الوزراء الجديد في قصر معاشيق بعدن سفيرَ المملكة العربية "
     "السعودية لدى اليمن محمد بن سعيد آل جابر، وناقش معه الدعم السعودي للموازنة ولقطاع الكهرباء.\n"
     "كما استقبل بن بريك محافظ عدن أحمد حامد لملس، واطّلع منه على الأوضاع الخدمية في العاصمة المؤقتة.\n"
     "ومن المقرر أن يؤدي رئيس الوزراء اليمين الدستورية أمام العليمي في الرياض خلال الأيام المقبلة.\n"
     "وكان بن بريك، القادم من حضرموت، قد شغل منصب وزير المالية منذ عام 2019.",
     [("SUCCESSOR_OF", BINBREIK, BINMUBARAK, "خلفاً للدكتور أحمد عوض بن مبارك", "2025-05-03"),
      ("LEADS", BINBREIK, YGOV, "رئيساً لمجلس الوزراء،"),
      ("LEADS", ALIMI, PLC, "أصدر رئيس مجلس القيادة الرئاسي"),
      ("MET_WITH", BINBREIK, JABER, "التقى رئيس الوزراء الجديد في قصر معاشيق", "2025-05-04"),
      ("MET_WITH", BINBREIK, LAMLAS, "كما استقبل بن بريك محافظ عدن", "2025-05-04"),
      ],
     {"source": AYYAM, "published": "2025-05-04"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNH")
