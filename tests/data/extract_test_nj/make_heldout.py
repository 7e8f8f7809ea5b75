"""Blind set NJ: Gulf, Egyptian and Jordanian diplomacy in 2025 (second folder of NI-NJ): Trump's state
visit to Abu Dhabi (May 2025), King Abdullah II at the White House (February 2025), Witkoff, Boehler and
the release of Edan Alexander with Qatari mediation (May 2025), Sisi's reception of the UAE president
in New Alamein, the solidarity visits to Doha after the Israeli strike and the Arab-Islamic emergency
summit (September 2025), and the Riyadh meeting of Arab leaders on Gaza (February 2025), as an Emirati
daily writes it in Arabic (Al-Ittihad-like: "صاحب السمو الشيخ", "حفظه الله", "قصر الوطن"), as a
Jordanian TV site's English service writes it (Roya News English-like: "His Majesty", "HRH"), as a
Jerusalem Palestinian daily writes it in Arabic (Al-Quds-like: "مصادر مطلعة لـ«القدس»", "الأسير"), as
Egypt's State Information Service writes a presidential readout in English (SIS-like: "Spokesman for
the Presidency Ambassador"), as an Emirati news site writes it in Arabic (Al-Ain-like: "العين الإخبارية
- الدوحة", headline with ".."), and as a London-based pro-Palestinian site writes it in English (Middle
East Monitor-like: "MEMO", "occupation").
Pieces: Mohamed bin Zayed receives Trump at Qasr Al Watan with Tahnoun and Abdullah bin Zayed
attending, Khaled bin Mohamed accompanies Trump at the Sheikh Zayed Grand Mosque (Arabic, NJ1); the
King meets Trump with the Crown Prince and Safadi attending, the King's separate meetings with Rubio and
Waltz (English, NJ2); Witkoff and Boehler meet Edan Alexander at Re'im, Witkoff had met the Qatari
prime minister in Doha, the Qatari prime minister and al-Khulaifi meet al-Hayya's delegation (Arabic,
NJ3); Sisi receives Mohamed bin Zayed with Tahnoun, Madbouly and Rashad attending, the two tour New
Alamein (English, NJ4); Mohamed bin Zayed and the King visit Doha and meet the Amir, Pezeshkian meets
Mohammed bin Salman at the summit, Rubio meets the Amir (Arabic, NJ5); Mohammed bin Salman hosts Sisi
and King Abdullah in Riyadh, Rubio meets the crown prince and then Lavrov (English, NJ6).
Excluded on purpose (no relation): Trump's planned visit to the Abrahamic Family House that was
cancelled (NJ1); Trump's January phone call with the King, Sisi's postponed visit to Washington (NJ2);
Netanyahu's phone call with Alexander, al-Hayya, who "did not meet" any US official, the Hamas-US
contacts "through the mediators" (NJ3); the two presidents' earlier phone call (NJ4); the denied report
that the Qatari prime minister met Barnea before the strike, the victims of the strike (no name) (NJ5);
Sultan Haitham bin Tariq, who did not attend, Trump's phone call with the crown prince (NJ6).
Judgement calls: those who "attended the meeting" (حضر اللقاء) or "were present" are paired with the
other side only (NJ1 Tahnoun and Abdullah bin Zayed with Trump; NJ2 Crown Prince and Safadi with Trump;
NJ4 Tahnoun with Sisi, Madbouly and Rashad with Mohamed bin Zayed, and the companions of each side with
each other); "accompanied ... during his visit" (رافق) to the mosque is a meeting (NJ1); "met
separately with" two people gives two meetings, not a meeting of the three (NJ2); "شارك في الاجتماع"
makes al-Khulaifi a member of the meeting with al-Hayya (NJ3); "كان في استقباله" is a meeting (NJ5);
a host and the leaders "among them" named at an informal meeting are a meeting of all those named
(NJ6).
Filled in for the exercise: Tahnoun's and Abdullah bin Zayed's attendance, the cancelled visit (NJ1);
Safadi's attendance (NJ2); Boehler at Re'im, the Qatari prime minister's meeting with al-Hayya and
al-Khulaifi's part, the Hamas sources' remarks (NJ3); the date and attendance of the New Alamein
meeting, the earlier phone call (NJ4); the Qatari denial of the Barnea report (NJ5).
Spellings: "دونالد جيه ترامب", "خالد بن محمد بن زايد آل نهيان" (NJ1); "Al Hussein bin Abdullah II",
"Mike Waltz" (NJ2); "ستيفن ويتكوف", "آدم بوهلر", "عيدان ألكسندر", "الحيّة" (NJ3); "El-Sisi", "Sheikh
Mohamed bin Zayed Al Nahyan", "Hassan Rashad" (NJ4); "الملك عبد الله الثاني بن الحسين", "مسعود
بزشكيان", "ديفيد برنيع" (NJ5); "Sheikh Tamim", "Abdel Fattah al-Sisi", "Sergei Lavrov" (NJ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_nj import ALL  # noqa: E402

HERE = Path(__file__).parent

US, SAUDI, QATAR, UAE, EGYPT, JORDAN, IRAN, OMAN = (
    "country:united-states", "country:saudi-arabia", "country:qatar", "country:united-arab-emirates",
    "country:egypt", "country:jordan", "country:iran", "country:oman")
RIYADH, DOHA, ABUDHABI, WASHINGTON, MOSQUE, ALAMEIN, REIM = (
    "location:riyadh", "location:doha", "location:abu-dhabi", "location:washington",
    "location:sheikh-zayed-grand-mosque", "location:new-alamein", "location:reim-base")
HAMAS, EGI, EGOV, EPRES, QGOV, QFM, JFM, UAEFM, STATE, RUFM, MOSSAD = (
    "organization:hamas", "organization:egyptian-general-intelligence", "organization:egyptian-government",
    "organization:egyptian-presidency", "organization:qatari-government", "organization:qatari-foreign-ministry",
    "organization:jordanian-foreign-ministry", "organization:uae-foreign-ministry",
    "organization:us-state-department", "organization:russian-foreign-ministry", "organization:mossad")
TRUMP, RUBIO, WITKOFF, WALTZ, BOEHLER = ("person:donald-trump", "person:marco-rubio", "person:steve-witkoff",
                                         "person:mike-waltz", "person:adam-boehler")
MBS, TAMIM, MBAR, KHULAIFI = ("person:mohammed-bin-salman", "person:tamim-bin-hamad-al-thani",
                              "person:mohammed-bin-abdulrahman-al-thani", "person:mohammed-al-khulaifi")
MBZ, TAHNOUN, ABZ, KHALED, HAITHAM = (
    "person:mohamed-bin-zayed", "person:tahnoun-bin-zayed", "person:abdullah-bin-zayed",
    "person:khaled-bin-mohamed-bin-zayed", "person:haitham-bin-tariq")
SISI, RASHAD, MADBOULY, SHENNAWY = ("person:abdel-fattah-el-sisi", "person:hassan-rashad",
                                    "person:mostafa-madbouly", "person:mohamed-el-shennawy")
ABDULLAH, HUSSEIN, SAFADI = "person:abdullah-ii", "person:hussein-bin-abdullah", "person:ayman-safadi"
PEZESHKIAN, LAVROV, NETANYAHU, BARNEA, ALEXANDER, HAYYA = (
    "person:masoud-pezeshkian", "person:sergei-lavrov", "person:benjamin-netanyahu", "person:david-barnea",
    "person:edan-alexander", "person:khalil-al-hayya")

ITTIHAD = "blind set (Emirati daily, Arabic, Al-Ittihad-like)"
ROYA = "blind set (Jordanian TV site's English service, Roya News English-like)"
ALQUDS = "blind set (Jerusalem Palestinian daily, Arabic, Al-Quds-like)"
SIS = "blind set (Egyptian State Information Service, English presidential readout, SIS-like)"
ALAIN = "blind set (Emirati news site, Arabic, Al-Ain News-like)"
MEMO = "blind set (London-based Middle East news site, English, Middle East Monitor-like)"

ARTICLES = [
    ("arNJ1_mbz_receives_trump_qasr_al_watan", "ar",
     "رئيس الدولة يستقبل الرئيس الأمريكي في قصر الوطن ويبحثان الشراكة الاستراتيجية\n"
     "أبوظبي - الاتحاد\n"
     "استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان، رئيس الدولة، «حفظه الله»، أمس، فخامة الرئيس دونالد "
     "جيه ترامب، رئيس الولايات المتحدة الأمريكية، الذي يقوم بزيارة دولة إلى البلاد، وذلك في قصر الوطن "
     "بأبوظبي، حيث جرت لفخامته مراسم استقبال رسمية.\n"
     "وبحث سموه والرئيس الأمريكي مسارات الشراكة الاستراتيجية بين البلدين في مجالات الذكاء الاصطناعي "
     "والطاقة والاستثمار، إضافة إلى التطورات في المنطقة.\n"
     "حضر اللقاء سمو الشيخ طحنون بن زايد آل نهيان نائب حاكم إمارة أبوظبي مستشار الأمن الوطني، وسمو الشيخ "
     "عبدالله بن زايد آل نهيان نائب رئيس مجلس الوزراء وزير الخارجية.\n"
     "وكان سمو الشيخ خالد بن محمد بن زايد آل نهيان، ولي عهد أبوظبي، قد رافق الضيف خلال زيارته جامع الشيخ "
     "زايد الكبير، حيث اطلع على ما يجسده من قيم التسامح.\n"
     "وكان من المقرر أن يزور الرئيس الأمريكي «بيت العائلة الإبراهيمية» في جزيرة السعديات، إلا أن الزيارة "
     "أُلغيت لضيق الوقت.\n"
     "ووصل ترامب إلى أبوظبي قادماً من الدوحة، في المحطة الأخيرة من جولته الخليجية.",
     [("MET_WITH", MBZ, TRUMP, "جيه ترامب، رئيس الولايات", "2025-05-15"),
      ("MET_WITH", TAHNOUN, TRUMP, "حضر اللقاء سمو الشيخ طحنون", "2025-05-15"),
      ("MET_WITH", ABZ, TRUMP, "وسمو الشيخ عبدالله بن زايد", "2025-05-15"),
      ("MET_WITH", KHALED, TRUMP, "قد رافق الضيف", "2025-05-15"),
      ("VISITED", TRUMP, ABUDHABI, "ووصل ترامب إلى أبوظبي", "2025-05-15"),
      ("VISITED", TRUMP, MOSQUE, "خلال زيارته جامع الشيخ", "2025-05-15"),
      ("LEADS", MBZ, UAE, "رئيس الدولة، «حفظه الله»"),
      ("LEADS", TRUMP, US, "رئيس الولايات المتحدة الأمريكية"),
      ("LEADS", ABZ, UAEFM, "نائب رئيس مجلس الوزراء وزير الخارجية"),
      ],
     {"source": ITTIHAD, "published": "2025-05-16"}),

    ("enNJ2_king_trump_white_house_roya", "en",
     "King, Trump discuss Gaza at White House; Jordan to take in 2,000 sick children\n"
     "Roya News - His Majesty King Abdullah II met US President Donald Trump at the White House in "
     "Washington on Tuesday, the first meeting between the two leaders since Trump returned to office.\n"
     "HRH Crown Prince Al Hussein bin Abdullah II and Deputy Prime Minister and Foreign Minister Ayman "
     "Safadi were present at the Oval Office meeting.\n"
     "His Majesty reaffirmed Jordan's firm position against the displacement of Palestinians in Gaza and "
     "the West Bank, and said Jordan would take in 2,000 children from Gaza who have cancer or are "
     "seriously ill. Egypt will present a plan for Gaza, he added.\n"
     "Trump had first floated the idea of moving Gazans to Jordan and Egypt after a phone call with the "
     "King in late January.\n"
     "On Monday, the King met separately with Secretary of State Marco Rubio and National Security Adviser "
     "Mike Waltz, and held talks with members of the Senate Foreign Relations Committee.\n"
     "Egyptian President Abdel Fattah al-Sisi, who had also been invited, has postponed his own visit to "
     "Washington, Egyptian sources said.",
     [("MET_WITH", ABDULLAH, TRUMP, "His Majesty King Abdullah II met US President", "2025-02-11"),
      ("MET_WITH", HUSSEIN, TRUMP, "HRH Crown Prince Al Hussein", "2025-02-11"),
      ("MET_WITH", SAFADI, TRUMP, "Foreign Minister Ayman Safadi were present", "2025-02-11"),
      ("VISITED", ABDULLAH, WASHINGTON, "at the White House in Washington", "2025-02-11"),
      ("VISITED", HUSSEIN, WASHINGTON, "were present at the Oval Office meeting", "2025-02-11"),
      ("VISITED", SAFADI, WASHINGTON, "Deputy Prime Minister and Foreign Minister", "2025-02-11"),
      ("MET_WITH", ABDULLAH, RUBIO, "the King met separately with", "2025-02-10"),
      ("MET_WITH", ABDULLAH, WALTZ, "National Security Adviser Mike", "2025-02-10"),
      ("LEADS", TRUMP, US, "US President Donald Trump at"),
      ("LEADS", SAFADI, JFM, "and Foreign Minister Ayman"),
      ("LEADS", RUBIO, STATE, "Secretary of State Marco"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel Fattah"),
      ],
     {"source": ROYA, "published": "2025-02-11"}),

    ("arNJ3_witkoff_alexander_release_alquds", "ar",
     "ويتكوف يلتقي الأسير المفرج عنه ألكسندر.. ومصادر: الحية لم يلتقِ أي مسؤول أمريكي\n"
     "القدس - «القدس» دوت كوم\n"
     "التقى المبعوث الأمريكي الخاص إلى الشرق الأوسط ستيفن ويتكوف، برفقة المبعوث الخاص لشؤون الرهائن آدم "
     "بوهلر، الجندي الإسرائيلي الأمريكي عيدان ألكسندر، في قاعدة رعيم العسكرية، بعد ساعات من تسليمه إلى "
     "الصليب الأحمر في خان يونس، أمس الإثنين.\n"
     "وأجرى رئيس الحكومة الإسرائيلية بنيامين نتنياهو اتصالاً هاتفياً بألكسندر عقب وصوله.\n"
     "وكان ويتكوف قد اجتمع في الدوحة، الأحد، برئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن "
     "عبد الرحمن آل ثاني، لوضع اللمسات الأخيرة على ترتيبات الإفراج.\n"
     "وقالت مصادر مطلعة لـ«القدس» إن رئيس الحركة في غزة خليل الحيّة لم يلتقِ أي مسؤول أمريكي، وإن الاتصالات "
     "جرت عبر الوسطاء القطريين والمصريين.\n"
     "وبحسب المصادر ذاتها، استقبل رئيس الوزراء القطري الحيّة ووفد الحركة مساء السبت، وشارك في الاجتماع "
     "وزير الدولة بوزارة الخارجية محمد بن عبد العزيز الخليفي.",
     [("MET_WITH", WITKOFF, ALEXANDER, "التقى المبعوث الأمريكي الخاص", "2025-05-12"),
      ("MET_WITH", BOEHLER, ALEXANDER, "برفقة المبعوث الخاص لشؤون الرهائن", "2025-05-12"),
      ("VISITED", WITKOFF, REIM, "في قاعدة رعيم العسكرية", "2025-05-12"),
      ("MET_WITH", WITKOFF, MBAR, "وكان ويتكوف قد اجتمع في الدوحة", "2025-05-11"),
      ("VISITED", WITKOFF, DOHA, "قد اجتمع في الدوحة، الأحد", "2025-05-11"),
      ("MET_WITH", MBAR, HAYYA, "استقبل رئيس الوزراء القطري الحيّة", "2025-05-10"),
      ("MET_WITH", KHULAIFI, HAYYA, "وشارك في الاجتماع", "2025-05-10"),
      ("LEADS", NETANYAHU, "country:israel", "رئيس الحكومة الإسرائيلية"),
      ("LEADS", MBAR, QGOV, "برئيس مجلس الوزراء"),
      ("LEADS", MBAR, QFM, "وزير الخارجية القطري الشيخ"),
      ("MEMBER_OF", KHULAIFI, QFM, "وزير الدولة بوزارة الخارجية"),
      ("MEMBER_OF", HAYYA, HAMAS, "رئيس الحركة في غزة"),
      ],
     {"source": ALQUDS, "published": "2025-05-13"}),
    ("enNJ4_sisi_receives_mbz_alamein_sis", "en",
     "President El-Sisi receives UAE President in New Alamein\n"
     "Cairo, Aug. 2 (SIS) - President Abdel Fattah El-Sisi received on Saturday his brother Sheikh Mohamed "
     "bin Zayed Al Nahyan, President of the United Arab Emirates, at New Alamein, Spokesman for the "
     "Presidency Ambassador Mohamed El-Shennawy said.\n"
     "The meeting was attended by Prime Minister Dr. Mostafa Madbouly and Head of the General Intelligence "
     "Service Hassan Rashad from the Egyptian side, and by Sheikh Tahnoun bin Zayed Al Nahyan, the UAE's "
     "National Security Adviser, from the Emirati side.\n"
     "The Spokesman said the two presidents reviewed the situation in the Gaza Strip, stressing the need to "
     "reach an immediate ceasefire, allow humanitarian aid in without restrictions and reject any attempt "
     "to displace the Palestinians from their land.\n"
     "The President praised the historic fraternal relations between the two countries, while the UAE "
     "President hailed Egypt's role in the mediation efforts.\n"
     "Later, the two leaders toured New Alamein City together.\n"
     "The two presidents had discussed the same issues by phone last month.",
     [("MET_WITH", SISI, MBZ, "received on Saturday his brother Sheikh", "2025-08-02"),
      ("VISITED", MBZ, ALAMEIN, "the two leaders toured New Alamein City", "2025-08-02"),
      ("MET_WITH", MADBOULY, MBZ, "Prime Minister Dr. Mostafa Madbouly", "2025-08-02"),
      ("MET_WITH", RASHAD, MBZ, "Service Hassan Rashad from the Egyptian side", "2025-08-02"),
      ("MET_WITH", SISI, TAHNOUN, "by Sheikh Tahnoun bin Zayed", "2025-08-02"),
      ("MET_WITH", MADBOULY, TAHNOUN, "the UAE's National Security Adviser", "2025-08-02"),
      ("MET_WITH", RASHAD, TAHNOUN, "from the Emirati side", "2025-08-02"),
      ("LEADS", MBZ, UAE, "President of the United Arab Emirates"),
      ("LEADS", MADBOULY, EGOV, "Prime Minister Dr."),
      ("LEADS", RASHAD, EGI, "Head of the General Intelligence"),
      ("MEMBER_OF", SHENNAWY, EPRES, "Spokesman for the Presidency Ambassador"),
      ],
     {"source": SIS, "published": "2025-08-02"}),

    ("arNJ5_doha_solidarity_visits_alain", "ar",
     "بعد الهجوم الإسرائيلي.. محمد بن زايد أول زعيم يصل الدوحة وقمة طارئة الإثنين\n"
     "العين الإخبارية - الدوحة\n"
     "وصل الشيخ محمد بن زايد آل نهيان، رئيس دولة الإمارات، إلى الدوحة، الأربعاء، في زيارة تضامنية هي الأولى "
     "لزعيم عربي عقب الهجوم الإسرائيلي الذي استهدف قيادات في حركة حماس بالعاصمة القطرية، وكان في استقباله "
     "أمير قطر الشيخ تميم بن حمد آل ثاني.\n"
     "وفي اليوم نفسه، حطّ العاهل الأردني الملك عبد الله الثاني بن الحسين في الدوحة، حيث عقد مع أمير قطر "
     "جلسة مباحثات أكد خلالها وقوف الأردن إلى جانب الدوحة.\n"
     "وأسفر الهجوم عن مقتل خمسة من أعضاء الحركة وعنصر في قوة الأمن الداخلي القطرية.\n"
     "ونفت وزارة الخارجية القطرية تقارير إسرائيلية تحدثت عن لقاء جمع رئيس الوزراء القطري برئيس الموساد "
     "ديفيد برنيع قبل أيام من الهجوم.\n"
     "وعلى هامش القمة العربية الإسلامية الطارئة التي انعقدت الإثنين، التقى الرئيس الإيراني مسعود بزشكيان "
     "ولي العهد السعودي الأمير محمد بن سلمان، في لقاء نادر بين الجانبين.\n"
     "وغداة القمة، وصل وزير الخارجية الأمريكي ماركو روبيو إلى الدوحة قادماً من تل أبيب، والتقى الأمير تميم.",
     [("MET_WITH", MBZ, TAMIM, "وكان في استقباله", "2025-09-10"),
      ("VISITED", MBZ, DOHA, "إلى الدوحة، الأربعاء", "2025-09-10"),
      ("MET_WITH", ABDULLAH, TAMIM, "حيث عقد مع أمير قطر", "2025-09-10"),
      ("VISITED", ABDULLAH, DOHA, "الملك عبد الله الثاني بن الحسين في الدوحة", "2025-09-10"),
      ("MET_WITH", PEZESHKIAN, MBS, "التقى الرئيس الإيراني مسعود", "2025-09-15"),
      ("MET_WITH", RUBIO, TAMIM, "والتقى الأمير تميم", "2025-09-16"),
      ("VISITED", RUBIO, DOHA, "ماركو روبيو إلى الدوحة", "2025-09-16"),
      ("LEADS", MBZ, UAE, "رئيس دولة الإمارات"),
      ("LEADS", TAMIM, QATAR, "أمير قطر الشيخ تميم"),
      ("LEADS", ABDULLAH, JORDAN, "حطّ العاهل الأردني"),
      ("LEADS", PEZESHKIAN, IRAN, "الرئيس الإيراني"),
      ("LEADS", RUBIO, STATE, "وزير الخارجية الأمريكي"),
      ("LEADS", BARNEA, MOSSAD, "برئيس الموساد"),
      ],
     {"source": ALAIN, "published": "2025-09-16"}),

    ("enNJ6_riyadh_arab_leaders_memo", "en",
     "Arab leaders meet in Riyadh to counter Trump's Gaza takeover plan\n"
     "MEMO - Saudi Crown Prince Mohammed bin Salman hosted an informal \"brotherly\" meeting in Riyadh on "
     "Friday with the leaders of Gulf Cooperation Council states, Egypt and Jordan to discuss an Arab "
     "alternative to US President Donald Trump's plan to take over the Gaza Strip and expel its people.\n"
     "Among them were Egyptian President Abdel Fattah al-Sisi and Jordan's King Abdullah II, whose "
     "countries Trump has pressed to take in Palestinians from the occupied enclave. Qatar's Sheikh Tamim "
     "was also among the guests, the Saudi Press Agency reported.\n"
     "Oman's Sultan Haitham bin Tariq did not attend.\n"
     "No final statement was issued. The plan is to be presented at an emergency Arab summit in Cairo "
     "early next month.\n"
     "Days earlier, Secretary of State Marco Rubio had met the crown prince in Riyadh, before sitting down "
     "with Russian Foreign Minister Sergei Lavrov at Diriyah Palace for the first high-level US-Russian "
     "talks since the invasion of Ukraine.\n"
     "Trump, who spoke by phone with Mohammed bin Salman in January, has said the Saudis would help pay "
     "for rebuilding.",
     met_group({MBS: "Saudi Crown Prince Mohammed bin Salman hosted",
                SISI: "Egyptian President Abdel Fattah al-Sisi and",
                ABDULLAH: "and Jordan's King Abdullah II",
                TAMIM: "Qatar's Sheikh Tamim"}, "2025-02-21") + [
      ("VISITED", SISI, RIYADH, "an informal \"brotherly\" meeting in Riyadh", "2025-02-21"),
      ("VISITED", ABDULLAH, RIYADH, "Among them were Egyptian", "2025-02-21"),
      ("VISITED", TAMIM, RIYADH, "was also among the guests", "2025-02-21"),
      ("MET_WITH", RUBIO, MBS, "had met the crown prince in Riyadh", "2025-02-17"),
      ("VISITED", RUBIO, RIYADH, "Rubio had met the crown prince", "2025-02-17"),
      ("MET_WITH", RUBIO, LAVROV, "Foreign Minister Sergei Lavrov", "2025-02-18"),
      ("LEADS", SISI, EGYPT, "Egyptian President"),
      ("LEADS", ABDULLAH, JORDAN, "Jordan's King"),
      ("LEADS", TAMIM, QATAR, "Qatar's Sheikh"),
      ("LEADS", HAITHAM, OMAN, "Oman's Sultan"),
      ("LEADS", TRUMP, US, "US President Donald Trump's"),
      ("LEADS", RUBIO, STATE, "Secretary of State Marco"),
      ("LEADS", LAVROV, RUFM, "Russian Foreign Minister"),
      ],
     {"source": MEMO, "published": "2025-02-22"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNJ")
