"""Blind set MS: Egyptian, Jordanian, Palestinian Authority and Gulf diplomacy 2023-2025 (first folder
of MS-MT): Hassan Rashad replacing Abbas Kamel at Egypt's General Intelligence (October 2024), Hussein
al-Sheikh received by King Abdullah II as the new Palestinian vice-president (2025), the Israeli strike
on Hamas leaders in Doha and Mohamed bin Zayed's solidarity visit (September 2025), Egypt's July 2024
cabinet reshuffle, a profile of Hussein al-Sheikh on his appointment (April 2025), and the Jeddah Arab
League summit with Bashar al-Assad's return (May 2023), as an Egyptian English-language daily writes
it (Daily News Egypt-like: "CAIRO —"), as a Jordanian TV site writes it in Arabic (Al-Mamlaka-like:
"عمّان - المملكة", "جلالة الملك"), as a Qatari English daily writes it (The Peninsula-like: "HH the
Amir", "HE the Prime Minister"), as an Egyptian news site writes it in Arabic (Sada El Balad-like:
"كتب:", "الحقائب السيادية"), as a pro-Palestinian English site writes a profile (Middle East
Monitor-like: "Who is ...?", "the Israeli occupation authorities") and as a Saudi daily writes it in
Arabic (Al-Madina-like: "صاحب السمو الملكي", "سموه").
Pieces: Rashad after Kamel, sworn in before Sisi, Kamel's rounds with Burns, Barnea and Sheikh Mohammed
bin Abdulrahman, Sinwar killed by Israeli troops (English, MS1); the King receives al-Sheikh with the
Crown Prince and the GID director present (Arabic, MS2); Tamim receives Mohamed bin Zayed, Humam
al-Hayya, Jihad Lebad and a Qatari corporal killed by Israel, Arouri killed in an Israeli drone strike
(English, MS3); Abdelatty after Shoukry, Saqr after Zaki, Kouchouk after Maait, Shoukry's earlier
meeting with Safadi in Amman (Arabic, MS4); al-Sheikh made vice-president, after Erekat as PLO
secretary-general, Mustafa after Shtayyeh, al-Sheikh with Faisal bin Farhan in Riyadh (English, MS5);
Mohammed bin Salman chairs the Jeddah summit, receives Assad, talks with Zelensky (Arabic, MS6).
Excluded on purpose (no relation): Rashad "expected" in Doha, no date set (MS1); Safadi's phone call
with Abdelatty, al-Sheikh's visit to Cairo to meet Sisi that is only planned ("من المقرر") (MS2);
Mohammed bin Salman's phone call with Tamim, King Abdullah's visit "expected" on Thursday, Haniyeh
"assassinated in Tehran" with no agent stated, Khalil al-Hayya who survived (MS3); the ministers'
oath before Sisi (no minister named in that sentence), Blinken's congratulatory phone call (MS4); the
meeting with Witkoff that "has not taken place", Hamas's criticism (MS5); attendance at the same
summit (no pairing among the leaders who only attended), Tamim who left the hall before Assad spoke,
Mohamed bin Zayed who did not attend and Mansour bin Zayed who led the UAE delegation (no meeting
with anyone stated) (MS6).
Judgement calls: an official "sworn in before the president" meets him (MS1); "sitting across from"
three officials "in rounds held in Cairo and Doha" is a meeting of the four (no date) (MS1); "Israel
said its troops had killed" gives the Israel Defense Forces (MS1); the Crown Prince who "attended the
meeting" and the GID director who "attended" are paired with both sides and with each other (MS2);
those killed "in the strike" that the piece calls an "Israeli airstrike" and that Netanyahu claimed
are killed by Israel, and "died in an Israeli drone strike" gives Israel too (MS3); "filling the seat
left vacant by the death of" is a succession, and "a government to replace that of" Shtayyeh is Mustafa
after Shtayyeh (MS5); "بدلاً من" / "خلفاً لـ" / "حل محل" are successions, "الذي شغل المنصب" leaves the
former minister LEADS the ministry (MS4); the former intelligence chief "who had run the agency" LEADS
it as stated (MS1); "استقبل سموه" after the crown prince's name is Mohammed bin Salman (MS6).
Filled in for the exercise: the date and details of al-Sheikh's audience with the King, the GID
director's presence, Safadi's call and the planned Cairo trip (MS2); the exact wording of the
statements and the expected royal visit (MS3); Shoukry's last meeting with Safadi in Amman (MS4);
al-Sheikh's February meeting with Faisal bin Farhan and the Witkoff request (MS5); Mohamed bin Zayed's
absence and Mansour bin Zayed heading the delegation (MS6).
Spellings: "Hassan Mahmoud Rashad", "Ahmed Fahmy", "Sheikh Mohammed bin Abdulrahman Al Thani" (MS1);
"اللواء أحمد حسني", "سمو الأمير الحسين بن عبدالله الثاني" (MS2); "Humam Al Hayya", "Jihad Lebad",
"Mohamed bin Zayed Al Nahyan", "Saleh al-Arouri" (MS3); "الفريق أول عبد المجيد صقر", "أحمد كجوك",
"السفير بدر عبد العاطي" (MS4); "Hussein Al-Sheikh", "Saeb Erekat", "Mohammad Shtayyeh" (MS5);
"الأمير محمد بن سلمان بن عبدالعزيز آل سعود", "فولوديمير زيلينسكي" (MS6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_mt import ALL  # noqa: E402

HERE = Path(__file__).parent

EGYPT, JORDAN, PALESTINE, SAUDI, QATAR, UAE, SYRIA, ISRAEL, UKRAINE = (
    "country:egypt", "country:jordan", "country:palestine", "country:saudi-arabia", "country:qatar",
    "country:united-arab-emirates", "country:syria", "country:israel", "country:ukraine")
AMMAN, RIYADH, JEDDAH = "location:amman", "location:riyadh", "location:jeddah"
EGI, EGPRES, EGGOV, EGFM, EGDEF, EGFIN, EGINT = (
    "organization:egyptian-general-intelligence", "organization:egyptian-presidency",
    "organization:egyptian-government", "organization:egyptian-foreign-ministry",
    "organization:egyptian-defence-ministry", "organization:egyptian-finance-ministry",
    "organization:egyptian-interior-ministry")
JORFM, JORGID, PLO, FATAH, PA, PALGOV, GACA, HAMAS = (
    "organization:jordanian-foreign-ministry", "organization:jordanian-general-intelligence", "organization:plo",
    "organization:fatah", "organization:palestinian-authority", "organization:palestinian-government",
    "organization:general-authority-of-civil-affairs", "organization:hamas")
SAGOV, SAFM, QATGOV, QATFM, QISF, ARABLEAGUE, ISRGOV, IDF, CIA, MOSSAD = (
    "organization:saudi-government", "organization:saudi-foreign-ministry", "organization:qatari-government",
    "organization:qatari-foreign-ministry", "organization:qatari-internal-security-force",
    "organization:arab-league", "organization:israeli-government", "organization:israel-defense-forces",
    "organization:cia", "organization:mossad")
SISI, RASHAD, KAMEL, FAHMY, ABDELATTY, SHOUKRY, MADBOULY, SAQR, ZAKI, KOUCHOUK, MAAIT, TAWFIK = (
    "person:abdel-fattah-el-sisi", "person:hassan-rashad", "person:abbas-kamel", "person:ahmed-fahmy",
    "person:badr-abdelatty", "person:sameh-shoukry", "person:mostafa-madbouly", "person:abdel-mageed-saqr",
    "person:mohamed-zaki", "person:ahmed-kouchouk", "person:mohamed-maait", "person:mahmoud-tawfik")
KING, CPHUSSEIN, SAFADI, HUSNI = ("person:abdullah-ii", "person:hussein-bin-abdullah", "person:ayman-safadi",
                                  "person:ahmad-husni")
ABBAS, SHEIKH, EREKAT, MUSTAFA, SHTAYYEH = (
    "person:mahmoud-abbas", "person:hussein-al-sheikh", "person:saeb-erekat", "person:mohammad-mustafa",
    "person:mohammad-shtayyeh")
SINWAR, KHALIL, HUMAM, LABAD, AROURI = (
    "person:yahya-sinwar", "person:khalil-al-hayya", "person:hammam-al-hayya", "person:jihad-labad",
    "person:saleh-al-arouri")
MBS, SALMAN, FBF, TAMIM, MBAR, DOSARI, MBZ = (
    "person:mohammed-bin-salman", "person:salman-bin-abdulaziz", "person:faisal-bin-farhan",
    "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani", "person:badr-al-dosari",
    "person:mohamed-bin-zayed")
ABOULGHEIT, ASSAD, ZELENSKY, BURNS, BARNEA, NETANYAHU = (
    "person:ahmed-aboul-gheit", "person:bashar-al-assad", "person:volodymyr-zelensky", "person:william-burns",
    "person:david-barnea", "person:benjamin-netanyahu")

DNE = "blind set (Egyptian English-language daily, Daily News Egypt-like)"
MAMLAKA = "blind set (Jordanian TV site, Arabic, Al-Mamlaka-like)"
PENINSULA = "blind set (Qatari English daily, The Peninsula-like)"
BALAD = "blind set (Egyptian news site, Arabic, Sada El Balad-like)"
MEMO = "blind set (pro-Palestinian English news site, profile, Middle East Monitor-like)"
MADINA = "blind set (Saudi daily, Arabic, Al-Madina-like)"


_KAMEL_ROUNDS = {KAMEL: "Kamel was Egypt's point man", BURNS: "sitting across from CIA Director William Burns",
                 BARNEA: "Mossad chief David Barnea",
                 MBAR: "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani"}
_HUSSEINIYA = {KING: "استقبل جلالة الملك عبدالله الثاني",
               SHEIKH: "نائب رئيس دولة فلسطين نائب رئيس اللجنة التنفيذية",
               CPHUSSEIN: "الذي حضره سمو الأمير الحسين بن عبدالله الثاني ولي العهد",
               HUSNI: "كما حضر اللقاء مدير المخابرات العامة اللواء أحمد حسني"}

ARTICLES = [
    ("enMS1_rashad_replaces_kamel", "en",
     "Sisi names Hassan Rashad intelligence chief, Abbas Kamel moves to presidency\n"
     "CAIRO — President Abdel Fattah al-Sisi on Wednesday appointed Major General Hassan Mahmoud Rashad as "
     "head of the General Intelligence Service (GIS), succeeding Abbas Kamel, who had run the agency since "
     "2018.\n"
     "Kamel was named adviser to the president and his special envoy, presidential spokesman Ahmed Fahmy said "
     "in a statement. Rashad, a career officer of the service, was sworn in before the president later in the "
     "day.\n"
     "Kamel was Egypt's point man in the Gaza ceasefire talks this year, sitting across from CIA Director "
     "William Burns, Mossad chief David Barnea and Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al "
     "Thani in rounds held in Cairo and Doha.\n"
     "The reshuffle came hours before Israel said its troops had killed Hamas leader Yahya Sinwar in Rafah, in "
     "the south of the Gaza Strip.\n"
     "Diplomats said the new spy chief was expected to travel to Doha for his first round of the talks "
     "within days, though no date has been set.",
     [("LEADS", SISI, EGYPT, "President Abdel Fattah al-Sisi on Wednesday"),
      ("LEADS", RASHAD, EGI, "head of the General Intelligence Service (GIS)"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "succeeding Abbas Kamel", "2024-10-16"),
      ("LEADS", KAMEL, EGI, "who had run the agency since"),
      ("MEMBER_OF", FAHMY, EGPRES, "presidential spokesman Ahmed Fahmy"),
      ("MET_WITH", RASHAD, SISI, "was sworn in before the president", "2024-10-16"),
      ("LEADS", BURNS, CIA, "CIA Director William Burns"),
      ("LEADS", BARNEA, MOSSAD, "Mossad chief David Barnea"),
      ("LEADS", MBAR, QATGOV, "Qatar's Prime Minister Sheikh Mohammed"),
      ("ASSASSINATED_BY", SINWAR, IDF, "Israel said its troops had killed", "2024-10-16"),
      ("LEADS", SINWAR, HAMAS, "Hamas leader Yahya Sinwar"),
      ] + met_group(_KAMEL_ROUNDS),
     {"source": DNE, "published": "2024-10-16"}),

    ("arMS2_king_receives_hussein_al_sheikh", "ar",
     "الملك يستقبل نائب الرئيس الفلسطيني ويؤكد وقوف الأردن إلى جانب الأشقاء\n"
     "عمّان - المملكة\n"
     "استقبل جلالة الملك عبدالله الثاني، الأحد، في قصر الحسينية، نائب رئيس دولة فلسطين نائب رئيس اللجنة "
     "التنفيذية لمنظمة التحرير الفلسطينية حسين الشيخ، في أول زيارة له إلى المملكة منذ تعيينه في منصبه.\n"
     "وأكد جلالته خلال اللقاء، الذي حضره سمو الأمير الحسين بن عبدالله الثاني ولي العهد، أن الأردن سيواصل "
     "جهوده لوقف الحرب على غزة وإيصال المساعدات، ورفضه أي محاولات لتهجير الفلسطينيين.\n"
     "ونقل الشيخ إلى جلالة الملك تحيات الرئيس محمود عباس، الذي اختاره لمنصب نائب الرئيس أواخر نيسان "
     "الماضي.\n"
     "كما حضر اللقاء مدير المخابرات العامة اللواء أحمد حسني.\n"
     "وكان نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي قد بحث، في اتصال هاتفي مع نظيره "
     "المصري بدر عبد العاطي، التحضيرات لمؤتمر إعادة إعمار غزة.\n"
     "ومن المقرر أن يتوجه الشيخ إلى القاهرة الأسبوع المقبل للقاء الرئيس عبد الفتاح السيسي.",
     met_group(_HUSSEINIYA, "2025-05-11") + [
      ("LEADS", KING, JORDAN, "استقبل جلالة الملك عبدالله الثاني"),
      ("MEMBER_OF", SHEIKH, PLO, "نائب رئيس دولة فلسطين نائب رئيس اللجنة التنفيذية"),
      ("VISITED", SHEIKH, JORDAN, "في أول زيارة له إلى المملكة", "2025-05-11"),
      ("LEADS", ABBAS, PALESTINE, "تحيات الرئيس محمود عباس"),
      ("LEADS", HUSNI, JORGID, "كما حضر اللقاء مدير المخابرات العامة اللواء أحمد حسني"),
      ("LEADS", SAFADI, JORFM, "وزير الخارجية وشؤون المغتربين أيمن الصفدي"),
      ("LEADS", ABDELATTY, EGFM, "المصري بدر عبد العاطي"),
      ],
     {"source": MAMLAKA, "published": "2025-05-11"}),

    ("enMS3_doha_strike_mbz_visit", "en",
     "UAE President in Doha as Qatar condemns Israeli attack\n"
     "DOHA: His Highness the Amir Sheikh Tamim bin Hamad Al Thani received UAE President His Highness Sheikh "
     "Mohamed bin Zayed Al Nahyan at the Amiri Diwan yesterday, a day after an Israeli airstrike on a "
     "residential building in the capital that housed members of Hamas's political bureau.\n"
     "HH the Amir thanked his brother for the solidarity visit, the first by a Gulf head of state since the "
     "attack. Jordan's King Abdullah II is expected in Doha on Thursday.\n"
     "Five Hamas members were killed in the strike, among them Humam Al Hayya, the son of the movement's Gaza "
     "chief Khalil Al Hayya, and Jihad Lebad, the director of his office. Corporal Badr Saad Mohammed Al "
     "Humaidi Al Dosari of the Internal Security Force (Lekhwiya) also lost his life. Hamas said its "
     "negotiating delegation had survived.\n"
     "Israeli Prime Minister Benjamin Netanyahu said Israel had \"initiated it, conducted it, and takes full "
     "responsibility\". HE the Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman "
     "bin Jassim Al Thani called it \"state terrorism\".\n"
     "Saudi Crown Prince Mohammed bin Salman conveyed the Kingdom's solidarity to HH the Amir in a phone call.\n"
     "Israel has struck Hamas leaders abroad before: Saleh al-Arouri died in an Israeli drone strike in Beirut "
     "in January 2024, and Ismail Haniyeh was assassinated in Tehran that July.",
     [("MET_WITH", TAMIM, MBZ, "received UAE President His Highness", "2025-09-10"),
      ("LEADS", TAMIM, QATAR, "His Highness the Amir Sheikh Tamim"),
      ("LEADS", MBZ, UAE, "received UAE President His Highness"),
      ("VISITED", MBZ, QATAR, "thanked his brother for the solidarity visit", "2025-09-10"),
      ("ASSASSINATED_BY", HUMAM, ISRAEL, "among them Humam Al Hayya", "2025-09-09"),
      ("MEMBER_OF", HUMAM, HAMAS, "Five Hamas members were killed in the strike"),
      ("MEMBER_OF", KHALIL, HAMAS, "the movement's Gaza chief Khalil Al Hayya"),
      ("ASSASSINATED_BY", LABAD, ISRAEL, "and Jihad Lebad, the director", "2025-09-09"),
      ("MEMBER_OF", LABAD, HAMAS, "and Jihad Lebad, the director"),
      ("ASSASSINATED_BY", DOSARI, ISRAEL, "Humaidi Al Dosari of the Internal", "2025-09-09"),
      ("MEMBER_OF", DOSARI, QISF, "Corporal Badr Saad Mohammed Al"),
      ("LEADS", NETANYAHU, ISRGOV, "Israeli Prime Minister Benjamin Netanyahu"),
      ("LEADS", MBAR, QATGOV, "HE the Prime Minister and Minister of Foreign Affairs"),
      ("LEADS", MBAR, QATFM, "Minister of Foreign Affairs Sheikh Mohammed"),
      ("ASSASSINATED_BY", AROURI, ISRAEL, "Saleh al-Arouri died in an Israeli drone strike", "2024-01-02"),
      ],
     {"source": PENINSULA, "published": "2025-09-11"}),

    ("arMS4_egypt_reshuffle_abdelatty_saqr", "ar",
     "الحكومة الجديدة تؤدي اليمين.. عبد العاطي للخارجية وصقر للدفاع وكجوك للمالية\n"
     "كتب: أحمد سعيد\n"
     "أدى وزراء الحكومة الجديدة برئاسة الدكتور مصطفى مدبولي، اليوم الأربعاء، اليمين الدستورية أمام الرئيس "
     "عبد الفتاح السيسي بمقر رئاسة الجمهورية في العاصمة الإدارية الجديدة.\n"
     "وشهد التشكيل تغيير عدد من الحقائب السيادية، إذ تولى السفير بدر عبد العاطي حقيبة الخارجية والهجرة "
     "وشؤون المصريين بالخارج بدلاً من سامح شكري الذي شغل المنصب منذ عام 2014، فيما عُيّن الفريق أول عبد "
     "المجيد صقر، محافظ السويس السابق، وزيراً للدفاع والإنتاج الحربي خلفاً للفريق أول محمد زكي، الذي صدر "
     "قرار بتعيينه مساعداً لرئيس الجمهورية.\n"
     "كما حل أحمد كجوك محل الدكتور محمد معيط في وزارة المالية، بينما احتفظ اللواء محمود توفيق بحقيبة "
     "الداخلية.\n"
     "وتلقى عبد العاطي، في أول أيامه بالوزارة، اتصالاً هاتفياً من وزير الخارجية الأمريكي أنتوني بلينكن "
     "هنأه فيه بتولي مهام منصبه.\n"
     "وكان شكري قد التقى نظيره الأردني أيمن الصفدي في عمّان الأسبوع الماضي، في آخر جولاته الخارجية "
     "وزيراً للخارجية.",
     [("LEADS", MADBOULY, EGGOV, "الحكومة الجديدة برئاسة الدكتور مصطفى مدبولي"),
      ("LEADS", SISI, EGYPT, "أمام الرئيس عبد الفتاح السيسي"),
      ("SUCCESSOR_OF", ABDELATTY, SHOUKRY, "بدلاً من سامح شكري", "2024-07-03"),
      ("LEADS", ABDELATTY, EGFM, "تولى السفير بدر عبد العاطي حقيبة الخارجية"),
      ("LEADS", SHOUKRY, EGFM, "الذي شغل المنصب منذ عام 2014"),
      ("SUCCESSOR_OF", SAQR, ZAKI, "خلفاً للفريق أول محمد زكي", "2024-07-03"),
      ("LEADS", SAQR, EGDEF, "وزيراً للدفاع والإنتاج الحربي"),
      ("SUCCESSOR_OF", KOUCHOUK, MAAIT, "كما حل أحمد كجوك محل", "2024-07-03"),
      ("LEADS", KOUCHOUK, EGFIN, "كما حل أحمد كجوك محل"),
      ("LEADS", TAWFIK, EGINT, "احتفظ اللواء محمود توفيق بحقيبة"),
      ("MET_WITH", SHOUKRY, SAFADI, "وكان شكري قد التقى نظيره الأردني", "2024-06"),
      ("LEADS", SAFADI, JORFM, "وكان شكري قد التقى نظيره الأردني"),
      ("VISITED", SHOUKRY, AMMAN, "أيمن الصفدي في عمّان", "2024-06"),
      ],
     {"source": BALAD, "published": "2024-07-03"}),

    ("enMS5_who_is_hussein_al_sheikh", "en",
     "Who is Hussein Al-Sheikh, Abbas's new deputy?\n"
     "Palestinian Authority President Mahmoud Abbas on Saturday named Hussein Al-Sheikh, 64, as vice-president "
     "of the PLO Executive Committee and of the \"State of Palestine\", a post the PLO Central Council created "
     "at its session in Ramallah this week.\n"
     "Al-Sheikh, a member of Fatah's Central Committee, became the PLO's secretary-general in 2022, filling "
     "the seat left vacant by the death of Saeb Erekat from Covid-19 in November 2020. For more than a decade "
     "he headed the General Authority of Civil Affairs, the PA body that deals with the Israeli occupation "
     "authorities on permits and crossings, which made him the Palestinian official Israeli ministers and "
     "security chiefs knew best.\n"
     "His rise follows that of another Abbas loyalist: in March 2024 the president entrusted Mohammad Mustafa "
     "with forming a government to replace that of Mohammad Shtayyeh, who had resigned amid US and Arab "
     "calls for a \"revitalised\" PA.\n"
     "Hamas called the appointment a submission to \"external dictates\". Sources close to the PA said "
     "Al-Sheikh had met Saudi Foreign Minister Prince Faisal bin Farhan in Riyadh in February; a meeting he "
     "is reported to have sought with US envoy Steve Witkoff has not taken place.",
     [("LEADS", ABBAS, PA, "Palestinian Authority President Mahmoud Abbas"),
      ("MEMBER_OF", SHEIKH, PLO, "of the PLO Executive Committee and"),
      ("MEMBER_OF", SHEIKH, FATAH, "a member of Fatah's Central Committee"),
      ("SUCCESSOR_OF", SHEIKH, EREKAT, "filling the seat left vacant by the death of Saeb Erekat", "2022"),
      ("LEADS", SHEIKH, GACA, "he headed the General Authority of Civil Affairs"),
      ("SUCCESSOR_OF", MUSTAFA, SHTAYYEH, "to replace that of Mohammad Shtayyeh", "2024-03"),
      ("LEADS", MUSTAFA, PALGOV, "with forming a government"),
      ("MET_WITH", SHEIKH, FBF, "had met Saudi Foreign Minister Prince Faisal", "2025-02"),
      ("LEADS", FBF, SAFM, "Saudi Foreign Minister Prince Faisal bin Farhan"),
      ("VISITED", SHEIKH, RIYADH, "bin Farhan in Riyadh in February", "2025-02"),
      ],
     {"source": MEMO, "published": "2025-04-26"}),

    ("arMS6_jeddah_summit_assad", "ar",
     "ولي العهد يرأس القمة العربية الـ32 في جدة.. والأسد يعود إليها بعد 12 عاماً\n"
     "جدة - المدينة\n"
     "ترأس صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود، ولي العهد رئيس مجلس الوزراء، نيابةً "
     "عن خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، أعمال الدورة العادية الثانية والثلاثين لمجلس "
     "جامعة الدول العربية على مستوى القمة، التي عُقدت اليوم الجمعة في جدة.\n"
     "وكان سموه قد استقبل في مقر انعقاد القمة الرئيس السوري بشار الأسد، الذي يشارك في القمة للمرة الأولى "
     "منذ تعليق عضوية دمشق في الجامعة عام 2011، وتبادلا الأحاديث الودية.\n"
     "وعلى هامش أعمال القمة، عقد ولي العهد جلسة مباحثات مع الرئيس الأوكراني فولوديمير زيلينسكي، الذي وصل "
     "إلى جدة بدعوة من المملكة وألقى كلمة أمام القادة العرب.\n"
     "وأكد الأمين العام للجامعة أحمد أبو الغيط أن القمة تمثل \"فرصة لتعزيز العمل العربي المشترك\".\n"
     "وغادر أمير قطر الشيخ تميم بن حمد القاعة قبل إلقاء الرئيس السوري كلمته، بحسب مصادر دبلوماسية، فيما لم "
     "يحضر رئيس دولة الإمارات الشيخ محمد بن زايد أعمال القمة، وترأس وفد بلاده نائب رئيس الدولة الشيخ منصور "
     "بن زايد.",
     [("LEADS", MBS, SAGOV, "ولي العهد رئيس مجلس الوزراء، نيابةً"),
      ("LEADS", SALMAN, SAUDI, "خادم الحرمين الشريفين الملك سلمان"),
      ("MET_WITH", MBS, ASSAD, "وكان سموه قد استقبل في مقر انعقاد القمة", "2023-05-19"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار الأسد"),
      ("MET_WITH", MBS, ZELENSKY, "عقد ولي العهد جلسة مباحثات مع الرئيس الأوكراني", "2023-05-19"),
      ("LEADS", ZELENSKY, UKRAINE, "مع الرئيس الأوكراني فولوديمير زيلينسكي"),
      ("VISITED", ZELENSKY, JEDDAH, "الذي وصل إلى جدة بدعوة", "2023-05-19"),
      ("LEADS", ABOULGHEIT, ARABLEAGUE, "الأمين العام للجامعة أحمد أبو الغيط"),
      ("LEADS", TAMIM, QATAR, "وغادر أمير قطر الشيخ تميم"),
      ("LEADS", MBZ, UAE, "رئيس دولة الإمارات الشيخ محمد بن زايد"),
      ],
     {"source": MADINA, "published": "2023-05-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMS")
