"""Blind set QR: Syria's transition, December 2024 - July 2025 (second folder of QQ-QR): al-Sharaa's visit
to Ankara and his talks with Erdogan (February 2025), his meeting with Trump in Riyadh in the presence of
Mohammed bin Salman (May 2025), the transitional government that replaced Mohammed al-Bashir's caretaker
government (March 2025), Faisal bin Farhan's visit to Damascus (January 2025), Mazloum Abdi's talks in
Damascus with Tom Barrack and Asaad al-Shaibani (July 2025), and al-Sharaa's visit to Paris (May 2025), as a
Turkish state agency writes it in Arabic (Anadolu-like: "أنقرة/ الأناضول", "تنظيم بي كي كي/ واي بي جي
الإرهابي"), a Western wire in English (AFP-like: "Riyadh (AFP) –"), a Qatari news site in Arabic (Al Jazeera
Net-like: "دمشق-", "ديسمبر/كانون الأول"), a Saudi daily in English (Arab News-like: "RIYADH:", "Prince
Faisal", "the Kingdom's top diplomat"), a Kurdish agency in Arabic (Hawar-like: "دمشق/ هاوار", "دولة
الاحتلال التركي", "الرئيسة المشتركة") and a Lebanese daily in English (L'Orient Today-like: "BEIRUT —").
Pieces: Erdogan receives al-Sharaa, then the two delegations meet with Fidan, Guler, Kalin and al-Shaibani;
al-Sharaa had met Mohammed bin Salman in Riyadh (Arabic, QR1); Trump meets al-Sharaa in the presence of
Mohammed bin Salman, with Rubio and al-Shaibani attending (English, QR2); al-Sharaa's transitional
government; Khattab replaces Mohammed Abdul Rahman at the interior ministry; al-Bashir had succeeded Ali Keda
in Idlib and met al-Jalali with al-Sharaa for the handover (Arabic, QR3); Faisal bin Farhan meets al-Sharaa,
then al-Shaibani; the Syrian delegation of al-Shaibani, Abu Qasra and Khattab had been received by Faisal in
Riyadh; Safadi had met al-Sharaa (English, QR4); Abdi meets Barrack with Ilham Ahmed present, then an
enlarged meeting with al-Shaibani; the March agreement signed by Abdi and al-Sharaa; the two Kurdish
journalists killed by a Turkish drone (Arabic, QR5); Macron receives al-Sharaa, accompanied by al-Shaibani;
Barrot and Baerbock had met al-Sharaa in Damascus (English, QR6).
Excluded on purpose (no relation): Erdogan's earlier phone call to al-Sharaa (QR1); Erdogan, who joined by
phone, Leavitt who briefed reporters, Rubio's expected meeting with al-Shaibani in Antalya (already paired
in this piece) (QR2); the Alawite civilians killed on the coast (no agent, no name), Macron's announced
intention to invite al-Sharaa, no succession between al-Sharaa and al-Bashir (the prime minister's post was
abolished) (QR3); the unnamed Royal Court adviser's December meeting (QR4); no meeting between Abdi and
al-Sharaa during the July visit (QR5); the Israeli strike near the palace (no victim), Le Pen's criticism,
Macron's phone call with Aoun (QR6).
Judgement calls: all who took part in one meeting are paired with each other: the enlarged meeting "شارك
فيه" A, B, C and D with both presidents and with each other (QR1), "in the presence of" the crown prince and
"also attended" Rubio and al-Shaibani (QR2), "اجتماع جمعه والشرع برئيس وزراء النظام السابق" (QR3), a
delegation "received by" its host (QR4), "ضمّ عبدي وباراك ووفد ... برئاسة" (QR5), "met Sharaa ... alongside
his German counterpart" (QR6); an attendee ("بحضور", "accompanied by") is paired with both principals (QR5,
QR6); "was received at Damascus airport by" is a meeting (QR4); "وقّعا ... اتفاقية" in one palace is a
meeting (QR5); "عُيّن ... وزيراً للداخلية خلفاً لـ" and "الذي خلف علي كدة على رأس" are successions (QR3);
"بطائرة مسيّرة تابعة لدولة الاحتلال التركي" gives the victims -> country:turkey (QR5); a prime minister
LEADS the country (as NK), so al-Bashir and al-Jalali LEAD Syria (QR3).
Filled in for the exercise: the length of the closed meeting, the composition of the enlarged meeting,
Erdogan's phone call the week before (QR1); Leavitt's briefing wording, the Antalya meeting "on Thursday"
(QR2); the ceremony's wording, the date of al-Bashir's appointment in Idlib, the handover meeting's wording,
Macron's announced intention (QR3); the airport reception and the separate meeting at the Foreign Ministry,
the Riyadh reception of January 1 (QR4); the date (July 9) and composition of Abdi's meetings, Ilham Ahmed's
presence, the outcome (QR5); the length of the talks, Le Pen's words, Macron's call with Aoun (QR6).
Spellings: "رجب طيب أردوغان", "إبراهيم قالن", "يشار غولر" (QR1); "Ahmed al-Sharaa", "Shaibani" (QR2);
"محمد البشير", "علي كدة", "أنس خطاب" (QR3); "Ahmad Al-Sharaa", "Asaad Al-Shaibani" (QR4); "مظلوم عبدي",
"توم باراك", "إلهام أحمد" (QR5); "Ahmad al-Sharaa", "Jean-Noël Barrot" (QR6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qr import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, TURKEY, US, FRANCE, LEBANON = (
    "country:syria", "country:turkey", "country:united-states", "country:france", "country:lebanon")
DAMASCUS, ANKARA, RIYADH, PARIS = "location:damascus", "location:ankara", "location:riyadh", "location:paris"
HTS, SDF, AANES, SYRFM, TURFM, TURDEF, MIT, SAUFM, JORFM, FRFM, STATE = (
    "organization:hayat-tahrir-al-sham", "organization:syrian-democratic-forces",
    "organization:autonomous-administration-of-north-and-east-syria", "organization:syrian-foreign-ministry",
    "organization:turkish-foreign-ministry", "organization:turkish-defence-ministry",
    "organization:turkish-national-intelligence-organization", "organization:saudi-foreign-ministry",
    "organization:jordanian-foreign-ministry", "organization:french-foreign-ministry",
    "organization:us-state-department")
SHARAA, BASHIR, JALALI, KEDA, SHAIBANI, ABUQASRA, KHATTAB, ABDULRAHMAN, KABAWAT, ABDI, ILHAM = (
    "person:ahmed-al-sharaa", "person:mohammed-al-bashir", "person:mohammad-ghazi-al-jalali", "person:ali-keda",
    "person:asaad-al-shaibani", "person:murhaf-abu-qasra", "person:anas-khattab", "person:mohammed-abdul-rahman",
    "person:hind-kabawat", "person:mazloum-abdi", "person:ilham-ahmed")
DASHTAN, BILGIN = "person:nazim-dashtan", "person:cihan-bilgin"
ERDOGAN, FIDAN, GULER, KALIN = (
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:yasar-guler", "person:ibrahim-kalin")
MBS, FAISAL, SAFADI = "person:mohammed-bin-salman", "person:faisal-bin-farhan", "person:ayman-safadi"
TRUMP, RUBIO, BARRACK, MACRON, BARROT, BAERBOCK, AOUN = (
    "person:donald-trump", "person:marco-rubio", "person:tom-barrack", "person:emmanuel-macron",
    "person:jean-noel-barrot", "person:annalena-baerbock", "person:joseph-aoun")

AA = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"
AFP = "blind set (Western news wire, English, AFP-like)"
JAZEERA = "blind set (Qatari news site, Arabic, Al Jazeera Net-like)"
ARABNEWS = "blind set (Saudi daily, English, Arab News-like)"
HAWAR = "blind set (Kurdish news agency, Arabic, Hawar-like)"
ORIENT = "blind set (Lebanese daily, English, L'Orient Today-like)"

ARTICLES = [
    ("arQR1_erdogan_receives_sharaa_anadolu", "ar",
     "أردوغان يستقبل الشرع في أنقرة: سندعم سوريا في مكافحة الإرهاب\n"
     "أنقرة/ الأناضول\n"
     "استقبل الرئيس التركي رجب طيب أردوغان، الثلاثاء، نظيره السوري أحمد الشرع بمراسم رسمية في المجمع الرئاسي "
     "بالعاصمة أنقرة.\n"
     "وعقد الرئيسان اجتماعاً ثنائياً مغلقاً استمر نحو ساعتين ونصف، أعقبه اجتماع موسّع بين وفدي البلدين شارك فيه "
     "وزير الخارجية هاكان فيدان ووزير الدفاع يشار غولر ورئيس جهاز الاستخبارات إبراهيم قالن، ومن الجانب السوري "
     "وزير الخارجية أسعد حسن الشيباني.\n"
     "وفي مؤتمر صحفي مشترك، قال أردوغان إن تركيا مستعدة لتقديم الدعم اللازم لسوريا في مكافحة \"تنظيم بي كي كي/ "
     "واي بي جي الإرهابي\" وتنظيم \"داعش\"، مشدداً على أن وحدة الأراضي السورية \"خط أحمر\".\n"
     "من جهته، وجّه الشرع دعوة لأردوغان لزيارة سوريا، مؤكداً أن العلاقات بين البلدين ستكون \"شراكة "
     "استراتيجية\".\n"
     "ووصل الشرع إلى أنقرة قادماً من الرياض، حيث التقى الأحد ولي العهد السعودي الأمير محمد بن سلمان، في أول "
     "زيارة خارجية له منذ تعيينه رئيساً للمرحلة الانتقالية.\n"
     "وكان أردوغان قد أجرى الأسبوع الماضي اتصالاً هاتفياً بالشرع هنّأه فيه بتوليه الرئاسة.",
     met_group({ERDOGAN: "استقبل الرئيس التركي رجب", SHARAA: "نظيره السوري أحمد الشرع بمراسم",
                FIDAN: "وزير الخارجية هاكان فيدان", GULER: "ووزير الدفاع يشار غولر",
                KALIN: "ورئيس جهاز الاستخبارات إبراهيم", SHAIBANI: "وزير الخارجية أسعد حسن الشيباني"},
               "2025-02-04") + [
      ("MET_WITH", SHARAA, MBS, "حيث التقى الأحد ولي العهد", "2025-02-02"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب"),
      ("LEADS", FIDAN, TURFM, "وزير الخارجية هاكان فيدان"),
      ("LEADS", GULER, TURDEF, "ووزير الدفاع يشار غولر"),
      ("LEADS", KALIN, MIT, "ورئيس جهاز الاستخبارات إبراهيم"),
      ("LEADS", SHAIBANI, SYRFM, "وزير الخارجية أسعد حسن الشيباني"),
      ("VISITED", SHARAA, ANKARA, "ووصل الشرع إلى أنقرة"),
      ],
     {"source": AA, "published": "2025-02-04"}),

    ("enQR2_trump_meets_sharaa_riyadh_afp", "en",
     "Trump meets Syria's Sharaa in Riyadh, urges him to normalise ties with Israel\n"
     "Riyadh (AFP) – US President Donald Trump met Syria's interim leader Ahmed al-Sharaa in Riyadh on Wednesday, "
     "the White House said, the first such meeting in 25 years and a day after Trump announced he would lift "
     "sanctions on Damascus.\n"
     "The two men met for about half an hour in the presence of Saudi Crown Prince Mohammed bin Salman, while "
     "Turkish President Recep Tayyip Erdogan joined by phone, White House Press Secretary Karoline Leavitt told "
     "reporters.\n"
     "Trump urged Sharaa to sign the Abraham Accords with Israel, to tell \"all foreign terrorists\" to leave "
     "Syria and to help Washington prevent a resurgence of the Islamic State group, Leavitt said.\n"
     "US Secretary of State Marco Rubio and Syrian Foreign Minister Asaad al-Shaibani also attended, according "
     "to the Syrian presidency, which called the meeting \"historic\".\n"
     "\"Young, attractive guy. Tough guy. Strong past. Very strong past. Fighter,\" Trump told reporters aboard "
     "Air Force One after the talks.\n"
     "Sharaa, whose Islamist group Hayat Tahrir al-Sham led the offensive that toppled Bashar al-Assad in "
     "December, was once held in a US prison in Iraq, and Washington had offered a $10 million reward for his "
     "capture until last year.\n"
     "Rubio is due to meet Shaibani again on the sidelines of a NATO meeting in the Turkish resort of Antalya on "
     "Thursday.",
     met_group({TRUMP: "US President Donald Trump met", SHARAA: "interim leader Ahmed al-Sharaa in Riyadh",
                MBS: "in the presence of Saudi Crown Prince", RUBIO: "US Secretary of State Marco Rubio",
                SHAIBANI: "Syrian Foreign Minister Asaad al-Shaibani also attended"}, "2025-05-14") + [
      ("LEADS", TRUMP, US, "US President Donald Trump met"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip"),
      ("LEADS", RUBIO, STATE, "US Secretary of State Marco Rubio"),
      ("LEADS", SHAIBANI, SYRFM, "Syrian Foreign Minister Asaad al-Shaibani also attended"),
      ("LEADS", SHARAA, HTS, "whose Islamist group Hayat Tahrir al-Sham"),
      ("VISITED", TRUMP, RIYADH, "Ahmed al-Sharaa in Riyadh on Wednesday"),
      ],
     {"source": AFP, "published": "2025-05-14"}),

    ("arQR3_transitional_government_jazeera", "ar",
     "الشرع يعلن تشكيلة الحكومة الانتقالية.. الشيباني باقٍ وخطاب إلى الداخلية\n"
     "دمشق- أعلن الرئيس السوري أحمد الشرع، مساء السبت، تشكيلة الحكومة الانتقالية الجديدة المؤلفة من 23 وزيراً، "
     "في حفل أقيم بقصر الشعب، لتحلّ محل حكومة تصريف الأعمال التي ترأسها محمد البشير منذ العاشر من ديسمبر/كانون "
     "الأول الماضي، ومن دون منصب لرئيس الوزراء.\n"
     "واحتفظ أسعد الشيباني بحقيبة الخارجية ومرهف أبو قصرة بحقيبة الدفاع، في حين عُيّن رئيس جهاز الاستخبارات "
     "العامة أنس خطاب وزيراً للداخلية خلفاً لمحمد عبد الرحمن، وتولى البشير نفسه وزارة الطاقة. أما المرأة الوحيدة "
     "في التشكيلة فهي هند قبوات، التي أسندت إليها وزارة الشؤون الاجتماعية والعمل.\n"
     "وقال الشرع في كلمته إن الحكومة الجديدة \"تعبّر عن إرادتنا المشتركة في بناء دولة جديدة\".\n"
     "ويأتي الإعلان بعد نحو ثلاثة أسابيع من أحداث الساحل التي قُتل فيها مئات المدنيين من الطائفة العلوية، ووسط "
     "انتقادات من الإدارة الذاتية الكردية التي قالت إنها غير معنية بقرارات الحكومة.\n"
     "وكان البشير، الذي خلف علي كدة على رأس \"حكومة الإنقاذ\" في إدلب مطلع العام الماضي، قد تسلّم مهامه في دمشق "
     "بعد يومين من سقوط الأسد، إثر اجتماع جمعه والشرع برئيس وزراء النظام السابق محمد غازي الجلالي لتنسيق نقل "
     "السلطة.\n"
     "وكان الرئيس الفرنسي إيمانويل ماكرون قد أعلن نيته دعوة الشرع إلى باريس خلال الأسابيع المقبلة.",
     met_group({BASHIR: "إثر اجتماع جمعه والشرع", SHARAA: "جمعه والشرع برئيس",
                JALALI: "برئيس وزراء النظام السابق محمد"}, "2024-12-09") + [
      ("LEADS", SHARAA, SYRIA, "أعلن الرئيس السوري أحمد الشرع"),
      ("LEADS", BASHIR, SYRIA, "التي ترأسها محمد البشير"),
      ("LEADS", SHAIBANI, SYRFM, "واحتفظ أسعد الشيباني بحقيبة الخارجية"),
      ("SUCCESSOR_OF", KHATTAB, ABDULRAHMAN, "وزيراً للداخلية خلفاً لمحمد", "2025-03-29"),
      ("SUCCESSOR_OF", BASHIR, KEDA, "الذي خلف علي كدة", "2024-01"),
      ("LEADS", JALALI, SYRIA, "رئيس وزراء النظام السابق محمد غازي"),
      ("LEADS", MACRON, FRANCE, "الرئيس الفرنسي إيمانويل"),
      ],
     {"source": JAZEERA, "published": "2025-03-30"}),

    ("enQR4_faisal_in_damascus_arabnews", "en",
     "Saudi FM holds talks with Syria's Al-Sharaa in Damascus\n"
     "RIYADH: Saudi Foreign Minister Prince Faisal bin Farhan met Syria's new leader Ahmad Al-Sharaa in Damascus "
     "on Friday, in the highest-level visit by a Saudi official since the fall of the Assad regime.\n"
     "Prince Faisal, who was received at Damascus airport by his Syrian counterpart Asaad Al-Shaibani, discussed "
     "with Al-Sharaa ways to support the Syrian people and the lifting of international sanctions, the Saudi Press "
     "Agency reported.\n"
     "The Kingdom's top diplomat later held a separate meeting with Al-Shaibani at the Syrian Foreign Ministry.\n"
     "\"We are in continuous contact with our partners to lift the sanctions,\" Prince Faisal told reporters.\n"
     "The visit came less than two weeks after Riyadh hosted a meeting of Arab and European ministers on Syria's "
     "future.\n"
     "Al-Shaibani had chosen the Kingdom for his first trip abroad, arriving in Riyadh on Jan. 1 with Defense "
     "Minister Murhaf Abu Qasra and intelligence chief Anas Khattab, and the delegation was received by Prince "
     "Faisal.\n"
     "A Saudi delegation headed by an adviser at the Royal Court met Al-Sharaa in Damascus in late December, "
     "days after Jordanian Foreign Minister Ayman Safadi became the first Arab foreign minister to hold talks "
     "with him.",
     [("MET_WITH", FAISAL, SHARAA, "Prince Faisal bin Farhan met Syria", "2025-01-24"),
      ("MET_WITH", FAISAL, SHAIBANI, "received at Damascus airport by his Syrian counterpart", "2025-01-24"),
      ("MET_WITH", FAISAL, ABUQASRA, "Minister Murhaf Abu Qasra", "2025-01-01"),
      ("MET_WITH", FAISAL, KHATTAB, "the delegation was received by Prince", "2025-01-01"),
      ("MET_WITH", SHAIBANI, ABUQASRA, "arriving in Riyadh on Jan. 1 with Defense", "2025-01-01"),
      ("MET_WITH", SHAIBANI, KHATTAB, "intelligence chief Anas Khattab", "2025-01-01"),
      ("MET_WITH", ABUQASRA, KHATTAB, "Qasra and intelligence chief Anas", "2025-01-01"),
      ("MET_WITH", SAFADI, SHARAA, "the first Arab foreign minister to hold talks", "2024-12-23"),
      ("LEADS", FAISAL, SAUFM, "Saudi Foreign Minister Prince Faisal"),
      ("LEADS", SAFADI, JORFM, "Jordanian Foreign Minister Ayman Safadi"),
      ("LEADS", SHAIBANI, SYRFM, "his Syrian counterpart Asaad"),
      ("VISITED", FAISAL, DAMASCUS, "Al-Sharaa in Damascus on Friday"),
      ("VISITED", SHAIBANI, RIYADH, "arriving in Riyadh"),
      ],
     {"source": ARABNEWS, "published": "2025-01-25"}),

    ("arQR5_abdi_barrack_damascus_hawar", "ar",
     "القائد العام لقسد يلتقي المبعوث الأميركي في دمشق\n"
     "دمشق/ هاوار\n"
     "التقى القائد العام لقوات سوريا الديمقراطية مظلوم عبدي، اليوم الأربعاء، في العاصمة دمشق، المبعوث الأميركي "
     "الخاص إلى سوريا توم باراك، بحضور الرئيسة المشتركة لدائرة العلاقات الخارجية في الإدارة الذاتية الديمقراطية "
     "لإقليم شمال وشرق سوريا إلهام أحمد.\n"
     "وأعقبَ اللقاءَ اجتماعٌ موسّع ضمّ عبدي وباراك ووفد حكومة دمشق برئاسة وزير الخارجية أسعد الشيباني، وتناول "
     "آليات تطبيق اتفاقية العاشر من آذار ودمج المؤسسات المدنية والعسكرية.\n"
     "وأفادت مصادر مطّلعة لوكالتنا بأن الاجتماع انتهى دون التوصل إلى جدول زمني، فيما لم يُعلَن عن لقاء بين عبدي "
     "ورئيس المرحلة الانتقالية أحمد الشرع خلال الزيارة.\n"
     "وكان عبدي والشرع قد وقّعا في العاشر من آذار في قصر الشعب بدمشق اتفاقية من ثمانية بنود تنص على وقف إطلاق "
     "النار في عموم الأراضي السورية ودمج مؤسسات الإدارة الذاتية في مؤسسات الدولة.\n"
     "وتأتي هذه التطورات بعد أشهر من المعارك في محيط سد تشرين، التي استشهد خلالها الصحفيان ناظم داشتان وجيهان "
     "بلكين في 19 كانون الأول 2024، إثر استهداف سيارتهما بطائرة مسيّرة تابعة لدولة الاحتلال التركي قرب السد.",
     [("MET_WITH", ABDI, BARRACK, "الخاص إلى سوريا توم باراك", "2025-07-09"),
      ("MET_WITH", ILHAM, ABDI, "لإقليم شمال وشرق سوريا إلهام أحمد", "2025-07-09"),
      ("MET_WITH", ILHAM, BARRACK, "بحضور الرئيسة المشتركة", "2025-07-09"),
      ("MET_WITH", ABDI, SHAIBANI, "ضمّ عبدي وباراك ووفد", "2025-07-09"),
      ("MET_WITH", BARRACK, SHAIBANI, "برئاسة وزير الخارجية أسعد", "2025-07-09"),
      ("MET_WITH", ABDI, SHARAA, "وكان عبدي والشرع قد وقّعا", "2025-03-10"),
      ("ASSASSINATED_BY", DASHTAN, TURKEY, "الصحفيان ناظم داشتان", "2024-12-19"),
      ("ASSASSINATED_BY", BILGIN, TURKEY, "بطائرة مسيّرة تابعة لدولة الاحتلال التركي", "2024-12-19"),
      ("LEADS", ABDI, SDF, "القائد العام لقوات سوريا الديمقراطية"),
      ("MEMBER_OF", ILHAM, AANES, "الرئيسة المشتركة لدائرة العلاقات الخارجية"),
      ("LEADS", SHAIBANI, SYRFM, "برئاسة وزير الخارجية أسعد"),
      ("LEADS", SHARAA, SYRIA, "ورئيس المرحلة الانتقالية أحمد"),
      ],
     {"source": HAWAR, "published": "2025-07-09"}),

    ("enQR6_macron_receives_sharaa_lorient", "en",
     "Macron receives Sharaa at Elysee, urges protection of 'all Syrians'\n"
     "BEIRUT — French President Emmanuel Macron received his Syrian counterpart Ahmad al-Sharaa at the Elysee "
     "Palace on Wednesday, the Syrian interim president's first visit to a European country since he came to "
     "power in December.\n"
     "Sharaa, who was accompanied by Foreign Minister Asaad al-Shaibani, held talks with Macron for more than an "
     "hour before the two leaders appeared at a joint press conference.\n"
     "Macron said he had urged his guest to \"do everything\" to protect all Syrians \"without exception\" after "
     "the massacres of Alawites on the coast in March, and said France would push for European sanctions to be "
     "lifted gradually if the transition stayed on course.\n"
     "Sharaa, for his part, called Israel's strikes on Syrian territory, including one near the presidential "
     "palace in Damascus last Friday, violations, and said indirect talks with Israel were being held through "
     "mediators.\n"
     "The visit drew criticism from the French far right, with Marine Le Pen calling it \"a provocation.\"\n"
     "Jean-Noël Barrot, the French foreign minister, was one of the first Western officials to meet Sharaa in "
     "Damascus, on Jan. 3, alongside his German counterpart Annalena Baerbock, whose hand the Syrian leader did "
     "not shake.\n"
     "Macron, who spoke by phone with Lebanese President Joseph Aoun on Tuesday, said France would also help "
     "Lebanon and Syria demarcate their border.",
     [("MET_WITH", MACRON, SHARAA, "Emmanuel Macron received his Syrian counterpart", "2025-05-07"),
      ("MET_WITH", SHAIBANI, SHARAA, "who was accompanied by Foreign Minister", "2025-05-07"),
      ("MET_WITH", SHAIBANI, MACRON, "held talks with Macron for more than", "2025-05-07"),
      ] + met_group({BARROT: "was one of the first Western officials to meet",
                     SHARAA: "to meet Sharaa in Damascus",
                     BAERBOCK: "German counterpart Annalena Baerbock"}, "2025-01-03") + [
      ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron received"),
      ("LEADS", BARROT, FRFM, "the French foreign minister"),
      ("LEADS", SHAIBANI, SYRFM, "accompanied by Foreign Minister Asaad"),
      ("LEADS", AOUN, LEBANON, "Lebanese President Joseph Aoun"),
      ("VISITED", BARROT, DAMASCUS, "Sharaa in Damascus, on Jan. 3"),
      ],
     {"source": ORIENT, "published": "2025-05-08"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQR")
