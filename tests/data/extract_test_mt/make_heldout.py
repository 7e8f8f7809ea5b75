"""Blind set MT: Egyptian, Jordanian, Palestinian Authority and Gulf diplomacy 2023-2025 (second folder
of MS-MT): King Abdullah II at the White House (February 2025), Mohammad Mustafa's government sworn in
before Mahmoud Abbas (March 2024), the Sharm el-Sheikh peace summit co-chaired by Sisi and Trump
(October 2025), Sisi's bilateral meetings at the emergency Arab summit in Cairo (March 2025), the
leaders' "fraternal meeting" hosted by Mohammed bin Salman in Riyadh (February 2025), and Mohamed bin
Zayed receiving Hussein al-Sheikh in Abu Dhabi (2025), as a Jordanian TV site writes it in English
(Roya News English-like: "His Majesty", "WASHINGTON —"), as the Palestinian Authority's daily writes it
in Arabic (al-Hayat al-Jadida-like: "سيادة الرئيس", "د."), as an independent Egyptian site writes it
in English (Mada Masr-like, no dateline), as an Egyptian state news channel's site writes it in Arabic
(Al-Qahera News-like: "القاهرة - القاهرة الإخبارية", "كلّ على حدة"), as a Qatari English daily writes
it (Gulf Times-like: "HH the Amir", "HRH") and as an Emirati daily writes it in Arabic (al-Ittihad-like:
"أبوظبي (الاتحاد)", "حفظه الله", "حضر اللقاء").
Pieces: the King, the Crown Prince and Safadi with Trump, the King's separate meetings with Rubio and
Waltz, Jafar Hassan after Khasawneh, Maher al-Jazi killed by Israeli forces (English, MT1); Mustafa
sworn in before Abbas, Mustafa's government after Shtayyeh's, Mustafa at the foreign ministry after
al-Maliki, Hab al-Rih at the interior (Arabic, MT2); Sisi receives Trump, Trump, Sisi, Tamim and
Erdogan sign the document, Abbas speaks with Trump, Rashad meets Khalil al-Hayya (English, MT3); Sisi
with King Abdullah and with al-Sharaa separately, a three-way meeting of Sisi, Abbas and Tamim (Arabic,
MT4); Tamim, Mohammed bin Salman, Mohamed bin Zayed, Sheikh Mishal, Sisi and King Abdullah at the
Riyadh gathering (English, MT5); Mohamed bin Zayed receives al-Sheikh with Tahnoun bin Zayed and
Abdullah bin Zayed present, Khaled bin Mohamed after his father as crown prince of Abu Dhabi, Mohamed
bin Zayed after Khalifa, al-Sheikh's earlier meeting with Abdelatty in Cairo (Arabic, MT6).
Excluded on purpose (no relation): Sisi's Washington trip that he "has not confirmed" (MT1); Sisi's
congratulatory phone call to Abbas, Faisal bin Farhan's welcome of the government, Hamas's statement
(MT2); Netanyahu, whose participation was announced and who "did not come"; the reconstruction
conference Egypt "would host" (MT3); Sisi's reception of the leaders as a group (no one named there),
Abbas's announcement of a vice-president post (no person), Mohammed bin Salman and Mohamed bin Zayed
who were absent (MT4); King Salman, who "did not attend", and Sheikh Mohammed bin Abdulrahman, who
"accompanied" the Amir (travelling in a delegation is no meeting with the hosts, and no one says he sat
in the meeting) (MT5); nothing else (MT6).
Judgement calls: the Crown Prince and the foreign minister who "attended the talks" are paired with
both sides and with each other (MT1; likewise "حضر اللقاء" in MT6); "held separate meetings ... with"
two officials pairs each with the King, not the two with each other (MT1; likewise "كلّ على حدة" in
MT4); "killed by Israeli security forces" gives Israel (MT1); "sworn in before" the president is a
meeting (MT2); "خلفاً لحكومة" Shtayyeh makes the new prime minister his successor, and a portfolio
"التي شغلها" al-Maliki, taken by Mustafa, makes Mustafa al-Maliki's successor (MT2); the four leaders
who "signed" the document together on stage meet each other (as "signed a memorandum" with someone in
ME6), and "seen speaking briefly with" on the sidelines is a meeting (MT3); "met al-Hayya several times"
(no exact day) is dated to the month (MT3); the named leaders whom the "informal meeting brought
together" are each paired (MT5); "خلفاً لوالده" after Khaled bin Mohamed's name is his father Mohamed
bin Zayed, and the president "elected ... after the death of" Khalifa succeeds him (MT6); "الشيخ"
alone in MT6's last paragraph is Hussein al-Sheikh (the surname), not a title.
Filled in for the exercise: Safadi's presence in the Oval Office, the Prime Minister's remark to the
channel (MT1); Sisi's call and Faisal bin Farhan's welcome (MT2); the Hamas sources on Rashad's
meetings (MT3); the three-way meeting and the bilateral with al-Sharaa (MT4); the bilateral aside of
the Amir and Mohamed bin Zayed (MT5); the date and attendance of the Abu Dhabi audience and
al-Sheikh's meeting with Abdelatty (MT6).
Spellings: "Crown Prince Al Hussein bin Abdullah II", "Abdel Fattah El Sisi", "Bisher Khasawneh"
(MT1); "محمد اشتية", "د. رياض المالكي", "زياد هب الريح", "أبو مازن" (MT2); "Recep Tayyip Erdoğan",
"Khalil al-Hayya" (MT3); "العاهل الأردني الملك عبد الله الثاني", "أحمد الشرع" (MT4); "Sheikh Tamim
bin Hamad al-Thani", "Sheikh Mohamed bin Zayed al-Nahyan", "Sheikh Mishal al-Ahmad al-Jaber al-Sabah"
(MT5); "طحنون بن زايد آل نهيان", "خليفة بن زايد" (MT6).
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

EGYPT, JORDAN, PALESTINE, SAUDI, QATAR, UAE, KUWAIT, SYRIA, ISRAEL, US, TURKEY = (
    "country:egypt", "country:jordan", "country:palestine", "country:saudi-arabia", "country:qatar",
    "country:united-arab-emirates", "country:kuwait", "country:syria", "country:israel",
    "country:united-states", "country:turkey")
CAIRO, RIYADH, ABUDHABI, WASHINGTON = "location:cairo", "location:riyadh", "location:abu-dhabi", "location:washington"
EGI, EGFM, JORFM, JORGOV, PALGOV, PALFM, PALINT, PIF, HAMAS = (
    "organization:egyptian-general-intelligence", "organization:egyptian-foreign-ministry",
    "organization:jordanian-foreign-ministry", "organization:jordanian-government",
    "organization:palestinian-government", "organization:palestinian-foreign-ministry",
    "organization:palestinian-interior-ministry", "organization:palestine-investment-fund", "organization:hamas")
SAGOV, SAFM, QATGOV, QATFM, UAEFM, ARABLEAGUE, ISRGOV, USSD = (
    "organization:saudi-government", "organization:saudi-foreign-ministry", "organization:qatari-government",
    "organization:qatari-foreign-ministry", "organization:uae-foreign-ministry", "organization:arab-league",
    "organization:israeli-government", "organization:us-state-department")
SISI, RASHAD, ABDELATTY = "person:abdel-fattah-el-sisi", "person:hassan-rashad", "person:badr-abdelatty"
KING, CPHUSSEIN, SAFADI, JAFAR, KHASAWNEH, JAZI = (
    "person:abdullah-ii", "person:hussein-bin-abdullah", "person:ayman-safadi", "person:jafar-hassan",
    "person:bisher-al-khasawneh", "person:maher-al-jazi")
ABBAS, SHEIKH, MUSTAFA, SHTAYYEH, RMALIKI, HABALRIH, KHALIL = (
    "person:mahmoud-abbas", "person:hussein-al-sheikh", "person:mohammad-mustafa", "person:mohammad-shtayyeh",
    "person:riyad-al-maliki", "person:ziad-hab-al-rih", "person:khalil-al-hayya")
MBS, SALMAN, FBF, TAMIM, MBAR, MBZ, KHALIFA, KHALED, TAHNOUN, ABZ, MISHAL = (
    "person:mohammed-bin-salman", "person:salman-bin-abdulaziz", "person:faisal-bin-farhan",
    "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani", "person:mohamed-bin-zayed",
    "person:khalifa-bin-zayed", "person:khaled-bin-mohamed-bin-zayed", "person:tahnoun-bin-zayed",
    "person:abdullah-bin-zayed", "person:mishal-al-ahmad-al-jaber-al-sabah")
ABOULGHEIT, SHARAA, TRUMP, RUBIO, WALTZ, NETANYAHU, ERDOGAN = (
    "person:ahmed-aboul-gheit", "person:ahmed-al-sharaa", "person:donald-trump", "person:marco-rubio",
    "person:mike-waltz", "person:benjamin-netanyahu", "person:recep-tayyip-erdogan")

ROYA = "blind set (Jordanian TV site, English, Roya News English-like)"
HAYAT = "blind set (Palestinian Authority daily, Arabic, al-Hayat al-Jadida-like)"
MADA = "blind set (independent Egyptian news site, English, Mada Masr-like)"
QAHERA = "blind set (Egyptian state news channel site, Arabic, Al-Qahera News-like)"
GULFTIMES = "blind set (Qatari English daily, Gulf Times-like)"
ITTIHAD = "blind set (Emirati daily, Arabic, al-Ittihad-like)"


_OVAL = {KING: "His Majesty King Abdullah II met US President",
         TRUMP: "met US President Donald Trump at the White House",
         CPHUSSEIN: "Crown Prince Al Hussein bin Abdullah II and",
         SAFADI: "Foreign Minister Ayman Safadi attended the talks"}
_SIGNING = {TRUMP: "On stage, Trump, Sisi", SISI: "On stage, Trump, Sisi, Qatar",
            TAMIM: "Qatar's Emir Sheikh Tamim bin Hamad", ERDOGAN: "Turkish President Recep"}
_TRILATERAL = {SISI: "كما عقد الرئيس السيسي لقاءً ثلاثياً", ABBAS: "مع الرئيس الفلسطيني محمود عباس",
               TAMIM: "وأمير دولة قطر الشيخ تميم بن حمد آل ثاني"}
_RIYADH = {TAMIM: "took part in a fraternal gathering", MBS: "hosted by Saudi Crown Prince and Prime Minister",
           MBZ: "UAE President HH Sheikh Mohamed bin Zayed", MISHAL: "Kuwait's Amir HH Sheikh Mishal",
           SISI: "Egyptian President Abdel Fattah el-Sisi", KING: "and King Abdullah II of Jordan"}
_SHATI = {MBZ: "استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان", SHEIKH: "حسين الشيخ نائب رئيس دولة فلسطين",
          TAHNOUN: "حضر اللقاء سمو الشيخ طحنون بن زايد", ABZ: "وسمو الشيخ عبدالله بن زايد آل نهيان"}

ARTICLES = [
    ("enMT1_king_trump_white_house", "en",
     "King, Trump meet at White House as Jordan rejects displacement of Gazans\n"
     "WASHINGTON — His Majesty King Abdullah II met US President Donald Trump at the White House on Tuesday, "
     "the first Arab leader to be received by Trump since his return to office in January.\n"
     "His Royal Highness Crown Prince Al Hussein bin Abdullah II and Deputy Prime Minister and Foreign "
     "Minister Ayman Safadi attended the talks in the Oval Office.\n"
     "Speaking to reporters alongside Trump, the King said Jordan would take in 2,000 sick children from Gaza "
     "and that Egypt would come forward with a plan. \"Let's wait until the Egyptians can come and present it "
     "to the president,\" he said.\n"
     "A day earlier, the King held separate meetings in Washington with Secretary of State Marco Rubio and "
     "National Security Adviser Mike Waltz.\n"
     "Egyptian President Abdel Fattah El Sisi, whom Trump said he expected to host as well, has not confirmed "
     "any trip to Washington.\n"
     "In Amman, Prime Minister Jafar Hassan, who replaced Bisher Khasawneh in September, told Roya that the "
     "government's position \"is the King's position\".\n"
     "The visit came five months after a Jordanian truck driver, Maher al-Jazi, shot dead three Israelis at "
     "the King Hussein Bridge crossing before he was killed by Israeli security forces.",
     met_group(_OVAL, "2025-02-11") + [
      ("LEADS", TRUMP, US, "met US President Donald Trump at the White House"),
      ("VISITED", KING, WASHINGTON, "held separate meetings in Washington", "2025-02-10"),
      ("MET_WITH", KING, RUBIO, "with Secretary of State Marco Rubio", "2025-02-10"),
      ("MET_WITH", KING, WALTZ, "National Security Adviser Mike Waltz", "2025-02-10"),
      ("LEADS", RUBIO, USSD, "with Secretary of State Marco Rubio"),
      ("LEADS", SAFADI, JORFM, "Foreign Minister Ayman Safadi attended the talks"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel Fattah El Sisi"),
      ("LEADS", JAFAR, JORGOV, "Prime Minister Jafar Hassan"),
      ("SUCCESSOR_OF", JAFAR, KHASAWNEH, "who replaced Bisher Khasawneh", "2024-09"),
      ("ASSASSINATED_BY", JAZI, ISRAEL, "before he was killed by Israeli security forces", "2024-09-08"),
      ],
     {"source": ROYA, "published": "2025-02-11"}),

    ("arMT2_mustafa_government_sworn_in", "ar",
     "الحكومة التاسعة عشرة تؤدي اليمين القانونية أمام سيادة الرئيس\n"
     "رام الله - \"الحياة الجديدة\"\n"
     "أدى رئيس الوزراء د. محمد مصطفى وأعضاء حكومته، اليوم الأحد، اليمين القانونية أمام سيادة الرئيس محمود "
     "عباس \"أبو مازن\"، في مقر الرئاسة بمدينة رام الله.\n"
     "وتأتي الحكومة الجديدة خلفاً لحكومة الدكتور محمد اشتية، التي قدمت استقالتها أواخر شباط الماضي وقبلها "
     "سيادته.\n"
     "وتولى د. مصطفى كذلك حقيبة الخارجية والمغتربين، التي شغلها د. رياض المالكي منذ عام 2009، فيما بقي "
     "اللواء زياد هب الريح وزيراً للداخلية.\n"
     "وكان سيادة الرئيس قد كلّف مصطفى، رئيس مجلس إدارة صندوق الاستثمار الفلسطيني، بتشكيل الحكومة في "
     "الرابع عشر من آذار الجاري.\n"
     "وهنأ الرئيس المصري عبد الفتاح السيسي، في اتصال هاتفي، الرئيس عباس بأداء الحكومة اليمين، فيما رحب وزير "
     "الخارجية السعودي الأمير فيصل بن فرحان بتشكيلها في تغريدة على منصة \"إكس\".\n"
     "وقالت حركة حماس إن تشكيل الحكومة جرى \"دون توافق وطني\".",
     [("MET_WITH", MUSTAFA, ABBAS, "أدى رئيس الوزراء د. محمد مصطفى وأعضاء حكومته", "2024-03-31"),
      ("LEADS", MUSTAFA, PALGOV, "أدى رئيس الوزراء د. محمد مصطفى وأعضاء حكومته"),
      ("LEADS", ABBAS, PALESTINE, "أمام سيادة الرئيس محمود"),
      ("SUCCESSOR_OF", MUSTAFA, SHTAYYEH, "خلفاً لحكومة الدكتور محمد اشتية", "2024-03"),
      ("SUCCESSOR_OF", MUSTAFA, RMALIKI, "التي شغلها د. رياض المالكي", "2024-03-31"),
      ("LEADS", MUSTAFA, PALFM, "وتولى د. مصطفى كذلك حقيبة الخارجية"),
      ("LEADS", HABALRIH, PALINT, "زياد هب الريح وزيراً للداخلية"),
      ("LEADS", MUSTAFA, PIF, "رئيس مجلس إدارة صندوق الاستثمار الفلسطيني"),
      ("LEADS", SISI, EGYPT, "وهنأ الرئيس المصري عبد الفتاح السيسي"),
      ("LEADS", FBF, SAFM, "الخارجية السعودي الأمير فيصل بن فرحان"),
      ],
     {"source": HAYAT, "published": "2024-03-31"}),

    ("enMT3_sharm_el_sheikh_summit", "en",
     "Trump and Sisi co-chair Sharm el-Sheikh summit as leaders sign Gaza document\n"
     "President Abdel Fattah al-Sisi and US President Donald Trump co-chaired the \"Sharm el-Sheikh Peace "
     "Summit\" on Monday, attended by more than 20 world leaders, hours after the last living Israeli captives "
     "in Gaza were freed.\n"
     "Sisi received Trump at the resort's convention centre before the summit and awarded him the Order of "
     "the Nile, Egypt's highest state honour.\n"
     "On stage, Trump, Sisi, Qatar's Emir Sheikh Tamim bin Hamad and Turkish President Recep Tayyip Erdoğan "
     "then signed a document guaranteeing the ceasefire agreement.\n"
     "Palestinian President Mahmoud Abbas, who attended, was seen speaking briefly with Trump on the "
     "sidelines. Israeli Prime Minister Benjamin Netanyahu, whose participation the Egyptian presidency had "
     "announced that morning, did not come, his office citing the start of a Jewish holiday.\n"
     "Trump singled out General Intelligence chief Hassan Rashad in his speech. Rashad's officers had hosted "
     "the Hamas delegation, led by Khalil al-Hayya, and the Israeli team in the same resort last week for "
     "the indirect talks that produced the deal; Rashad met al-Hayya several times, Hamas sources said.\n"
     "Foreign Minister Badr Abdelatty said Egypt would host a conference on Gaza's reconstruction \"as soon as "
     "possible\".",
     [("MET_WITH", SISI, TRUMP, "Sisi received Trump at the resort's", "2025-10-13")]
     + [r for r in met_group(_SIGNING, "2025-10-13") if {r[1], r[2]} != {SISI, TRUMP}] + [
      ("LEADS", TRUMP, US, "US President Donald Trump co-chaired"),
      ("LEADS", TAMIM, QATAR, "Qatar's Emir Sheikh Tamim bin Hamad"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep"),
      ("LEADS", ABBAS, PALESTINE, "Palestinian President Mahmoud Abbas"),
      ("MET_WITH", ABBAS, TRUMP, "was seen speaking briefly with Trump", "2025-10-13"),
      ("LEADS", NETANYAHU, ISRGOV, "Israeli Prime Minister Benjamin Netanyahu"),
      ("LEADS", RASHAD, EGI, "General Intelligence chief Hassan Rashad"),
      ("MEMBER_OF", KHALIL, HAMAS, "the Hamas delegation, led by Khalil al-Hayya"),
      ("MET_WITH", RASHAD, KHALIL, "Rashad met al-Hayya several times", "2025-10"),
      ("LEADS", ABDELATTY, EGFM, "Foreign Minister Badr Abdelatty"),
      ],
     {"source": MADA, "published": "2025-10-13"}),

    ("arMT4_cairo_emergency_summit_bilaterals", "ar",
     "السيسي يستقبل القادة العرب.. ولقاءات ثنائية على هامش القمة الطارئة بشأن فلسطين\n"
     "القاهرة - القاهرة الإخبارية\n"
     "استقبل الرئيس عبد الفتاح السيسي، اليوم الثلاثاء، ملوك ورؤساء وقادة الدول العربية المشاركين في القمة "
     "العربية غير العادية بشأن تطورات القضية الفلسطينية، التي تستضيفها العاصمة الإدارية الجديدة.\n"
     "والتقى الرئيس على هامش القمة كلاً من العاهل الأردني الملك عبد الله الثاني، والرئيس السوري أحمد الشرع، "
     "كلّ على حدة، وتناولت المباحثات تطورات الأوضاع الإقليمية وسبل دعم الاستقرار في سوريا.\n"
     "كما عقد الرئيس السيسي لقاءً ثلاثياً مع الرئيس الفلسطيني محمود عباس وأمير دولة قطر الشيخ تميم بن حمد آل "
     "ثاني، تناول الخطة المصرية لإعادة إعمار قطاع غزة دون تهجير سكانه.\n"
     "وأعلن الرئيس عباس، في كلمته أمام القمة، استحداث منصب نائب لرئيس منظمة التحرير ودولة فلسطين، وإصدار "
     "عفو عام عن المفصولين من حركة فتح.\n"
     "ومثّل المملكة العربية السعودية في القمة وزير الخارجية الأمير فيصل بن فرحان، فيما غاب ولي العهد الأمير "
     "محمد بن سلمان ورئيس دولة الإمارات الشيخ محمد بن زايد.\n"
     "وأكد الأمين العام لجامعة الدول العربية أحمد أبو الغيط أن القمة اعتمدت الخطة المصرية.",
     [("MET_WITH", SISI, KING, "كلاً من العاهل الأردني الملك عبد الله الثاني", "2025-03-04"),
      ("LEADS", KING, JORDAN, "العاهل الأردني الملك عبد الله الثاني"),
      ("MET_WITH", SISI, SHARAA, "والرئيس السوري أحمد الشرع، كلّ على حدة", "2025-03-04"),
      ("LEADS", SHARAA, SYRIA, "والرئيس السوري أحمد الشرع"),
      ("LEADS", ABBAS, PALESTINE, "مع الرئيس الفلسطيني محمود عباس"),
      ("LEADS", TAMIM, QATAR, "وأمير دولة قطر الشيخ تميم"),
      ("LEADS", FBF, SAFM, "ومثّل المملكة العربية السعودية في القمة وزير الخارجية"),
      ("LEADS", MBZ, UAE, "ورئيس دولة الإمارات الشيخ محمد بن زايد"),
      ("LEADS", ABOULGHEIT, ARABLEAGUE, "الأمين العام لجامعة الدول العربية أحمد أبو الغيط"),
      ] + met_group(_TRILATERAL, "2025-03-04"),
     {"source": QAHERA, "published": "2025-03-04"}),

    ("enMT5_riyadh_fraternal_meeting", "en",
     "Amir takes part in fraternal meeting of leaders in Riyadh\n"
     "Riyadh: His Highness the Amir Sheikh Tamim bin Hamad al-Thani took part in a fraternal gathering "
     "hosted by Saudi Crown Prince and Prime Minister HRH Prince Mohammed bin Salman bin Abdulaziz in Riyadh "
     "yesterday.\n"
     "The informal meeting brought together HH the Amir and HRH the Crown Prince with UAE President HH Sheikh "
     "Mohamed bin Zayed al-Nahyan, Kuwait's Amir HH Sheikh Mishal al-Ahmad al-Jaber al-Sabah, Egyptian "
     "President Abdel Fattah el-Sisi and King Abdullah II of Jordan, as well as Bahrain's Crown Prince.\n"
     "The leaders discussed joint Arab action in support of the Palestinian cause and the situation in "
     "Gaza, the Saudi Press Agency said, ahead of the emergency Arab summit to be held in Cairo.\n"
     "HH the Amir had arrived in Riyadh earlier in the day, accompanied by HE Prime Minister and Minister of "
     "Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim al-Thani. On the sidelines, HH the Amir and "
     "Sheikh Mohamed bin Zayed held a brief bilateral meeting, the Amiri Diwan said.\n"
     "Custodian of the Two Holy Mosques King Salman bin Abdulaziz did not attend the gathering.",
     met_group(_RIYADH, "2025-02-21") + [
      ("LEADS", MBS, SAGOV, "hosted by Saudi Crown Prince and Prime Minister"),
      ("LEADS", MBZ, UAE, "UAE President HH Sheikh Mohamed bin Zayed"),
      ("LEADS", MISHAL, KUWAIT, "Kuwait's Amir HH Sheikh Mishal"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel Fattah el-Sisi"),
      ("LEADS", KING, JORDAN, "and King Abdullah II of Jordan"),
      ("VISITED", TAMIM, RIYADH, "had arrived in Riyadh earlier in the day", "2025-02-21"),
      ("LEADS", MBAR, QATGOV, "accompanied by HE Prime Minister and Minister"),
      ("LEADS", MBAR, QATFM, "Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim"),
      ("LEADS", SALMAN, SAUDI, "King Salman bin Abdulaziz did not attend"),
      ],
     {"source": GULFTIMES, "published": "2025-02-22"}),

    ("arMT6_mbz_receives_hussein_al_sheikh", "ar",
     "رئيس الدولة يستقبل نائب الرئيس الفلسطيني\n"
     "أبوظبي (الاتحاد)\n"
     "استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان، رئيس الدولة، «حفظه الله»، أمس، في قصر الشاطئ بأبوظبي، "
     "حسين الشيخ نائب رئيس دولة فلسطين والوفد المرافق له.\n"
     "ورحب سموه بالضيف، وتبادلا الحديث حول تطورات الأوضاع في قطاع غزة والضفة الغربية، والجهود المبذولة "
     "لوقف إطلاق النار وتكثيف إيصال المساعدات الإنسانية إلى سكان القطاع.\n"
     "حضر اللقاء سمو الشيخ طحنون بن زايد آل نهيان نائب حاكم إمارة أبوظبي مستشار الأمن الوطني، وسمو الشيخ "
     "عبدالله بن زايد آل نهيان نائب رئيس مجلس الوزراء وزير الخارجية.\n"
     "يُذكر أن سمو الشيخ خالد بن محمد بن زايد آل نهيان يشغل منصب ولي عهد أبوظبي منذ مارس 2023، خلفاً "
     "لوالده الذي انتُخب رئيساً للدولة في مايو 2022 بعد وفاة المغفور له الشيخ خليفة بن زايد آل نهيان.\n"
     "وكان الشيخ قد التقى في القاهرة، الأسبوع الماضي، وزير الخارجية المصري بدر عبد العاطي، وبحث معه "
     "الترتيبات الخاصة بمؤتمر إعادة إعمار غزة.",
     met_group(_SHATI, "2025-05-20") + [
      ("LEADS", MBZ, UAE, "استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان"),
      ("VISITED", SHEIKH, ABUDHABI, "في قصر الشاطئ بأبوظبي", "2025-05-20"),
      ("LEADS", ABZ, UAEFM, "نائب رئيس مجلس الوزراء وزير الخارجية"),
      ("SUCCESSOR_OF", KHALED, MBZ, "خلفاً لوالده", "2023-03"),
      ("SUCCESSOR_OF", MBZ, KHALIFA, "بعد وفاة المغفور له الشيخ خليفة", "2022-05"),
      ("MET_WITH", SHEIKH, ABDELATTY, "وكان الشيخ قد التقى في القاهرة", "2025-05"),
      ("VISITED", SHEIKH, CAIRO, "وكان الشيخ قد التقى في القاهرة", "2025-05"),
      ("LEADS", ABDELATTY, EGFM, "وزير الخارجية المصري بدر عبد العاطي"),
      ],
     {"source": ITTIHAD, "published": "2025-05-21"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMT")
