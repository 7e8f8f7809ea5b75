"""Blind set LX: the wider region, 2023-2025, part one: Sudan's war (al-Burhan's new prime minister and
his predecessors, the UN personal envoy in Port Sudan, an RSF commander killed in El Fasher), Libya (the
UN envoys and whom they replaced, the Mangoush-Cohen meeting in Rome and its fallout) and Egypt's and
Jordan's diplomacy (al-Burhan at El Alamein, the Sudan neighbours' summit, the Egyptian foreign minister
in Amman and Jordan's new prime minister), as a Sudanese exile radio's English site writes it (Radio
Dabanga-like: "PORT SUDAN – May 20, 2025 –"), as Sudan's state agency writes it (SUNA-like: "بورتسودان
12-3-2024 (سونا) -", long titles before the name, "سيادته"), as a Libyan English-language site writes it
(Libya Review-like: "Hafter", "Mnifi", "Dbaiba", "LAAF"), as a Libyan Arabic TV site writes it (Libya
al-Ahrar-like: "طرابلس - ليبيا الأحرار"), as a Jordanian TV site writes it in English (Roya News-like:
"His Majesty King Abdullah II", "Al Husseiniya Palace") and as Egypt's state agency writes it (MENA-like:
"العلمين في 29 أغسطس /أ ش أ/ -", "وصرح ... المتحدث الرسمي باسم رئاسة الجمهورية").
Pieces: Kamil Idris named prime minister in Dafallah al-Haj Ali's place, Dafallah after Osman Hussein,
the 6th Infantry Division kills Ali Yagoub Gibril (English, Sudanese radio); al-Burhan receives Lamamra
with the foreign minister Ali Youssef al-Sharif, Lamamra meets Malik Agar (Arabic, Sudanese agency);
Tetteh meets Haftar at al-Rajma with Saddam Haftar, then separately al-Menfi and Dbeibah in Tripoli,
Tetteh after Koury, Koury after Bathily, Bathily after Kubis (English, Libyan site); Cohen meets
al-Mangoush in Rome in a meeting hosted by Tajani, al-Zani in al-Mangoush's place, Meloni's talks with
Dbeibah in Tripoli (Arabic, Libyan TV site); King Abdullah II receives Abdelatty with the crown prince,
Safadi and Jafar Hassan, Abdelatty after Shoukry, Hassan after al-Khasawneh (English, Jordanian TV site);
el-Sisi receives al-Burhan at El Alamein with Abbas Kamel and Shoukry, the Cairo summit of Sudan's
neighbours with Abiy Ahmed, Salva Kiir and al-Menfi (Arabic, Egyptian agency).
Excluded on purpose (no relation): Hamdok, who "stepped down" (no successor named for him), Idris's
swearing-in before al-Burhan "expected next week", Abdelatty's congratulatory phone call, and the
killing of Abdelrahim Dagalo, which the RSF denied (LX1); al-Burhan's phone call with the Saudi crown
prince and Perriello's appointment (LX2); the meeting with Aguila Saleh, "postponed" (LX3); the claim
of Hebrew media that Dbeibah met the Mossad chief, which he denied (LX4); Safadi's phone call with
Araghchi (LX5); the warring parties, "absent" from the summit, and al-Burhan's planned trip to Juba
(LX6).
Judgement calls: those "in the presence of" someone at a reception, and those "attending" a meeting,
are paired with every participant (LX2, LX3, LX5, LX6); "held separate meetings ... with A and with B"
pairs the visitor with each, not A with B (LX3); the foreign guests of a meeting in Rome both visited
Rome (LX4); a meeting "hosted by" a third minister pairs the host
with both (LX4), and al-Mangoush's "chance, unofficial encounter" is still a meeting with Cohen (LX4);
an acting head who "had run the mission since X resigned" succeeds X, and the next head "succeeded"
the acting one (LX3); a minister charged with the ministry "in her place" after her suspension
succeeds her (LX4); "the 6th Infantry Division killed" gives the victim -> the Sudanese army (LX1);
the leaders who took part in a summit el-Sisi "hosted in Cairo" are paired with him and with each other (LX6);
Abdelatty's talks with "his Jordanian counterpart" repeat a pair already stored (LX5).
Filled in for the exercise: the day of Lamamra's Port Sudan visit and al-Sharif's presence, the
meeting with Agar (LX2); the postponed meeting with Aguila Saleh and the day of the al-Rajma meeting
(LX3); Abdelatty's Amman visit on the day of Hassan's designation and the attendees (LX5); the phone
calls (LX1, LX2, LX5).
Spellings: "Abdelfattah El Burhan", "Kamil El Tayeb Idris", "Dafallah El Haj Ali" (LX1); "رمطان لعمامرة",
"علي يوسف الشريف" (LX2); "Khalifa Hafter", "Mohamed Al-Mnifi", "Abdulhamid Dbaiba", "Stephanie Khoury"
(LX3); "نجلاء المنقوش", "أنطونيو تاياني", "فتح الله الزني" (LX4); "Bisher Al-Khasawneh", "Abdel Fattah
El-Sisi" (LX5); "سلفا كير", "آبي أحمد" (LX6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ly import ALL  # noqa: E402

HERE = Path(__file__).parent

JORDAN, EGYPT, ETHIOPIA, SSUDAN, LIBYA = ("country:jordan", "country:egypt", "country:ethiopia",
                                          "country:south-sudan", "country:libya")
SAF, RSF, SOVC, SDGOV, SDFM, UNSMIL, LNA, LPC, GNU, LYFM, ILFM, ITFM, EGFM, JOFM, JOGOV, EGGIS = (
    "organization:sudanese-armed-forces", "organization:rapid-support-forces",
    "organization:sudan-sovereignty-council", "organization:sudanese-government",
    "organization:sudanese-foreign-ministry", "organization:unsmil", "organization:libyan-national-army",
    "organization:libyan-presidential-council", "organization:government-of-national-unity",
    "organization:libyan-foreign-ministry", "organization:israeli-foreign-ministry",
    "organization:italian-foreign-ministry", "organization:egyptian-foreign-ministry",
    "organization:jordanian-foreign-ministry", "organization:jordanian-government",
    "organization:egyptian-general-intelligence")
PORTSUDAN, BENGHAZI, RAJMA, TRIPOLI, ROME, AMMAN, ALAMEIN = (
    "location:port-sudan", "location:benghazi", "location:al-rajma", "location:tripoli", "location:rome",
    "location:amman", "location:el-alamein")
BURHAN, HEMEDTI, IDRIS, DAFALLAH, OSMAN, ALIYAGOUB, ABDELATTY = (
    "person:abdel-fattah-al-burhan", "person:mohamed-hamdan-dagalo", "person:kamil-idris",
    "person:dafallah-al-haj-ali", "person:osman-hussein", "person:ali-yagoub-gibril", "person:badr-abdelatty")
LAMAMRA, SHARIF, AGAR = "person:ramtane-lamamra", "person:ali-youssef-al-sharif", "person:malik-agar"
TETTEH, HAFTAR, SADDAM, MENFI, DBEIBAH, KOURY, BATHILY, KUBIS = (
    "person:hanna-tetteh", "person:khalifa-haftar", "person:saddam-haftar", "person:mohamed-al-menfi",
    "person:abdul-hamid-dbeibah", "person:stephanie-koury", "person:abdoulaye-bathily", "person:jan-kubis")
COHEN, MANGOUSH, TAJANI, ZANI = ("person:eli-cohen-minister", "person:najla-al-mangoush",
                                 "person:antonio-tajani", "person:fathallah-al-zani")
KING, CROWNPRINCE, SAFADI, JHASSAN, SHOUKRY, KHASAWNEH = (
    "person:abdullah-ii", "person:hussein-bin-abdullah", "person:ayman-safadi", "person:jafar-hassan",
    "person:sameh-shoukry", "person:bisher-al-khasawneh")
SISI, KAMEL, ABIY = "person:abdel-fattah-el-sisi", "person:abbas-kamel", "person:abiy-ahmed"
# new to the tables
MELONI, KIIR = "person:giorgia-meloni", "person:salva-kiir"


_LAMAMRA = {BURHAN: "استقبل رئيس مجلس السيادة الانتقالي", LAMAMRA: "السيد رمطان لعمامرة",
            SHARIF: "بحضور وزير الخارجية السفير علي يوسف الشريف"}
_RAJMA = {TETTEH: "Hanna Serwaa Tetteh, met on Sunday", HAFTAR: "Field Marshal Khalifa Hafter",
          SADDAM: "Lt. Gen. Saddam Hafter"}
_ROME = {COHEN: "أنه التقاها الأسبوع الماضي في روما", MANGOUSH: "أنه التقاها الأسبوع الماضي في روما",
         TAJANI: "الذي استضافه وزير الخارجية الإيطالي"}
_AMMAN = {KING: "His Majesty King Abdullah II received", ABDELATTY: "Egyptian Foreign Minister Badr Abdelatty",
          CROWNPRINCE: "Crown Prince Al Hussein bin Abdullah II",
          SAFADI: "Minister of Foreign Affairs Ayman Safadi", JHASSAN: "Director of the Office of His Majesty"}
_ALAMEIN = {SISI: "استقبل الرئيس عبد الفتاح السيسي اليوم", BURHAN: "الفريق أول عبد الفتاح البرهان بمدينة",
            KAMEL: "اللواء عباس كامل رئيس المخابرات العامة", SHOUKRY: "وسامح شكري وزير الخارجية"}
_SUMMIT = {SISI: "وكان الرئيس السيسي قد استضاف", ABIY: "رئيس الوزراء الإثيوبي آبي أحمد",
           KIIR: "ورئيس جنوب السودان سلفا كير", MENFI: "ورئيس المجلس الرئاسي الليبي محمد المنفي"}

DABANGA, SUNA, LREVIEW, AHRAR, ROYA, MENA = (
    "blind set (Sudanese exile radio site, English)", "blind set (Sudanese state agency, Arabic)",
    "blind set (Libyan news site, English)", "blind set (Libyan TV site, Arabic)",
    "blind set (Jordanian TV site, English)", "blind set (Egyptian state agency, Arabic)")

ARTICLES = [
    ("enLX1_burhan_names_kamil_idris", "en",
     "Burhan names former UN official Kamil Idris as Sudan's prime minister\n"
     "PORT SUDAN – May 20, 2025 – The head of Sudan's Sovereignty Council and army commander, Gen "
     "Abdelfattah El Burhan, yesterday appointed Kamil El Tayeb Idris as prime minister, the first "
     "civilian to hold the post since Abdallah Hamdok stepped down in January 2022.\n"
     "Idris, a former director general of the World Intellectual Property Organization, replaces "
     "Ambassador Dafallah El Haj Ali, who was named acting premier at the end of April in place of Osman "
     "Hussein.\n"
     "A source in the Sovereignty Council told Radio Dabanga that Idris is expected to be sworn in before "
     "El Burhan next week. Egypt's Foreign Minister Badr Abdelatty telephoned the new premier to "
     "congratulate him.\n"
     "The Rapid Support Forces (RSF) led by Mohamed Hamdan Dagalo 'Hemedti', which are setting up a rival "
     "government in the areas they hold, dismissed the appointment.\n"
     "Fighting meanwhile continues around El Fasher, the capital of North Darfur, where the army's 6th "
     "Infantry Division killed the RSF commander for Central Darfur, Ali Yagoub Gibril, in June last year. "
     "At the time the RSF denied claims by pro-army activists that Hemedti's brother and deputy, "
     "Abdelrahim Dagalo, had also been killed.",
     [("SUCCESSOR_OF", IDRIS, DAFALLAH, "replaces Ambassador Dafallah", "2025-05-19"),
      ("SUCCESSOR_OF", DAFALLAH, OSMAN, "in place of Osman", "2025-04"),
      ("LEADS", IDRIS, SDGOV, "appointed Kamil El Tayeb Idris as prime minister"),
      ("LEADS", BURHAN, SOVC, "The head of Sudan's Sovereignty Council"),
      ("LEADS", BURHAN, SAF, "and army commander, Gen"),
      ("LEADS", HEMEDTI, RSF, "led by Mohamed Hamdan Dagalo"),
      ("ASSASSINATED_BY", ALIYAGOUB, SAF, "Infantry Division killed the RSF commander", "2024-06"),
      ("LEADS", ABDELATTY, EGFM, "Egypt's Foreign Minister Badr Abdelatty"),
      ],
     {"source": DABANGA, "published": "2025-05-20"}),

    ("arLX2_burhan_receives_lamamra", "ar",
     "البرهان يستقبل المبعوث الشخصي للأمين العام للأمم المتحدة للسودان\n"
     "بورتسودان 12-3-2024 (سونا) - استقبل رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق "
     "أول ركن عبد الفتاح البرهان بمكتبه ببورتسودان اليوم المبعوث الشخصي للأمين العام للأمم المتحدة إلى "
     "السودان السيد رمطان لعمامرة، وذلك بحضور وزير الخارجية السفير علي يوسف الشريف.\n"
     "وأطلع المبعوث الأممي سيادته على نتائج جولته التي شملت عدداً من دول الجوار، فيما أكد رئيس مجلس "
     "السيادة انفتاح الحكومة على أي مبادرة تحفظ سيادة البلاد ووحدة أراضيها.\n"
     "وقال وزير الخارجية في تصريح صحفي عقب اللقاء إن رئيس المجلس جدّد تمسك الحكومة بتنفيذ المليشيا "
     "المتمردة التزاماتها وفق إعلان جدة قبل أي تفاوض.\n"
     "وفي لقاء منفصل، التقى لعمامرة نائب رئيس مجلس السيادة مالك عقار، الذي أكد ترحيب الدولة بدور الأمم "
     "المتحدة.\n"
     "ويأتي ذلك بعد أيام من تعيين الإدارة الأمريكية توم بيرييلو مبعوثاً خاصاً للسودان، فيما أجرى رئيس "
     "مجلس السيادة اتصالاً هاتفياً مع ولي العهد السعودي الأمير محمد بن سلمان تناول استئناف منبر جدة.",
     met_group(_LAMAMRA, "2024-03-12") + [
      ("VISITED", LAMAMRA, PORTSUDAN, "البرهان بمكتبه ببورتسودان اليوم", "2024-03-12"),
      ("LEADS", BURHAN, SOVC, "استقبل رئيس مجلس السيادة الانتقالي"),
      ("LEADS", BURHAN, SAF, "القائد العام للقوات المسلحة الفريق"),
      ("LEADS", SHARIF, SDFM, "بحضور وزير الخارجية السفير علي يوسف الشريف"),
      ("MET_WITH", LAMAMRA, AGAR, "التقى لعمامرة نائب رئيس مجلس السيادة مالك عقار", "2024-03-12"),
      ],
     {"source": SUNA, "published": "2024-03-12"}),

    ("enLX3_tetteh_meets_hafter", "en",
     "UN envoy Tetteh meets Hafter in Benghazi after talks with Mnifi and Dbaiba\n"
     "BENGHAZI – The new head of the UN Support Mission in Libya (UNSMIL), Hanna Serwaa Tetteh, met on Sunday "
     "with the General Commander of the Libyan Arab Armed Forces (LAAF), Field Marshal Khalifa Hafter, at "
     "his headquarters in Al-Rajma, east of Benghazi. The meeting was attended by the Chief of Staff of the "
     "Ground Forces, Lt. Gen. Saddam Hafter.\n"
     "Tetteh, a former Ghanaian foreign minister, held separate meetings in Tripoli last week with the head "
     "of the Presidential Council, Mohamed Al-Mnifi, and with the Prime Minister of the Government of "
     "National Unity, Abdulhamid Dbaiba.\n"
     "She succeeded Stephanie Khoury, the American diplomat who had run the mission in an acting capacity "
     "since Abdoulaye Bathily resigned in April 2024. Bathily had himself replaced Jan Kubis in September "
     "2022.\n"
     "A meeting with House of Representatives Speaker Aguila Saleh in Al-Qubba, announced by the mission "
     "for Monday, has been postponed.\n"
     "The LAAF said in a statement that the Field Marshal had stressed the need for a unified government "
     "to organise elections.",
     met_group(_RAJMA, "2025-02-16") + [
      ("VISITED", TETTEH, BENGHAZI, "east of Benghazi", "2025-02-16"),
      ("VISITED", TETTEH, RAJMA, "his headquarters in Al-Rajma", "2025-02-16"),
      ("LEADS", TETTEH, UNSMIL, "The new head of the UN Support Mission in Libya"),
      ("LEADS", HAFTAR, LNA, "the General Commander of the Libyan Arab Armed Forces"),
      ("MET_WITH", TETTEH, MENFI, "Mohamed Al-Mnifi", "2025-02"),
      ("MET_WITH", TETTEH, DBEIBAH, "Abdulhamid Dbaiba.", "2025-02"),
      ("VISITED", TETTEH, TRIPOLI, "held separate meetings in Tripoli", "2025-02"),
      ("LEADS", MENFI, LPC, "the head of the Presidential Council"),
      ("LEADS", DBEIBAH, GNU, "the Prime Minister of the Government of"),
      ("SUCCESSOR_OF", TETTEH, KOURY, "She succeeded Stephanie Khoury", "2025-02"),
      ("SUCCESSOR_OF", KOURY, BATHILY, "had run the mission in an acting capacity", "2024-04"),
      ("SUCCESSOR_OF", BATHILY, KUBIS, "Bathily had himself replaced Jan Kubis", "2022-09"),
      ],
     {"source": LREVIEW, "published": "2025-02-17"}),

    ("arLX4_dbeibah_suspends_mangoush", "ar",
     "الدبيبة يوقف المنقوش عن العمل بعد لقائها وزير خارجية الاحتلال في روما\n"
     "طرابلس - ليبيا الأحرار\n"
     "أوقف رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة وزيرة الخارجية نجلاء المنقوش عن العمل احتياطياً "
     "وأحالها إلى التحقيق، بعد أن أعلن وزير خارجية الاحتلال الإسرائيلي إيلي كوهين أنه التقاها الأسبوع الماضي "
     "في روما.\n"
     "وقال كوهين في بيان إن اللقاء، الذي استضافه وزير الخارجية الإيطالي أنطونيو تاياني، «خطوة أولى» في "
     "العلاقات بين البلدين.\n"
     "أما وزارة الخارجية الليبية فقالت إن الوزيرة رفضت عقد أي لقاء مع ممثلي الكيان، وإن ما جرى كان «لقاءً "
     "عارضاً وغير رسمي» خلال اجتماع في الخارجية الإيطالية، لم يتضمن أي مباحثات أو اتفاقات.\n"
     "وكلّف الدبيبة وزير الشباب فتح الله الزني بتسيير مهام وزارة الخارجية بدلاً منها، فيما طالب المجلس "
     "الرئاسي برئاسة محمد المنفي الحكومة بتوضيحات عاجلة.\n"
     "وزعمت وسائل إعلام عبرية أن الدبيبة نفسه التقى رئيس الموساد ديفيد برنياع في عمّان، وهو ما نفاه "
     "مكتبه جملة وتفصيلاً.\n"
     "وكانت رئيسة الوزراء الإيطالية جورجيا ميلوني قد زارت طرابلس في يناير الماضي، وأجرت محادثات مع الدبيبة "
     "تناولت الهجرة والطاقة.",
     met_group(_ROME, "2023-08") + [
      ("VISITED", COHEN, ROME, "الأسبوع الماضي في روما", "2023-08"),
      ("VISITED", MANGOUSH, ROME, "الأسبوع الماضي في روما", "2023-08"),
      ("LEADS", DBEIBAH, GNU, "أوقف رئيس حكومة الوحدة الوطنية"),
      ("LEADS", MANGOUSH, LYFM, "وزيرة الخارجية نجلاء المنقوش"),
      ("LEADS", COHEN, ILFM, "وزير خارجية الاحتلال الإسرائيلي إيلي كوهين"),
      ("LEADS", TAJANI, ITFM, "وزير الخارجية الإيطالي أنطونيو تاياني"),
      ("SUCCESSOR_OF", ZANI, MANGOUSH, "بتسيير مهام وزارة الخارجية بدلاً منها", "2023-08-27"),
      ("LEADS", MENFI, LPC, "الرئاسي برئاسة محمد المنفي"),
      ("MET_WITH", MELONI, DBEIBAH, "وأجرت محادثات مع الدبيبة", "2023-01-28"),
      ("VISITED", MELONI, TRIPOLI, "قد زارت طرابلس في يناير", "2023-01-28"),
      ],
     {"source": AHRAR, "published": "2023-08-28"}),

    ("enLX5_king_receives_abdelatty", "en",
     "King receives Egyptian foreign minister, designates Jafar Hassan to form new government\n"
     "AMMAN — His Majesty King Abdullah II received Egyptian Foreign Minister Badr Abdelatty at Al "
     "Husseiniya Palace on Sunday, in the presence of His Royal Highness Crown Prince Al Hussein bin "
     "Abdullah II, Deputy Prime Minister and Minister of Foreign Affairs Ayman Safadi, and Director of the "
     "Office of His Majesty Jafar Hassan.\n"
     "Abdelatty, who succeeded Sameh Shoukry in the Egyptian cabinet reshuffle in July, conveyed a message "
     "from President Abdel Fattah El-Sisi on the war in Gaza and the escalation in the West Bank.\n"
     "The Egyptian minister later held talks with his Jordanian counterpart at the Foreign Ministry.\n"
     "Later on Sunday, His Majesty designated Hassan, an economist and former planning minister, to form "
     "a new government, replacing Bisher Al-Khasawneh, whose resignation the King accepted.\n"
     "Safadi, who is expected to keep the foreign affairs portfolio, spoke by phone on Saturday with "
     "Iran's Foreign Minister Abbas Araqchi about the regional escalation.",
     met_group(_AMMAN, "2024-09-15") + [
      ("VISITED", ABDELATTY, AMMAN, "AMMAN — His Majesty", "2024-09-15"),
      ("LEADS", ABDELATTY, EGFM, "Egyptian Foreign Minister Badr Abdelatty"),
      ("LEADS", SAFADI, JOFM, "Minister of Foreign Affairs Ayman Safadi"),
      ("SUCCESSOR_OF", ABDELATTY, SHOUKRY, "who succeeded Sameh Shoukry", "2024-07-03"),
      ("SUCCESSOR_OF", JHASSAN, KHASAWNEH, "replacing Bisher Al-Khasawneh", "2024-09-15"),
      ("LEADS", JHASSAN, JOGOV, "to form a new government"),
      ],
     {"source": ROYA, "published": "2024-09-15"}),

    ("arLX6_sisi_receives_burhan_alamein", "ar",
     "الرئيس السيسي يستقبل رئيس مجلس السيادة السوداني بمدينة العلمين الجديدة\n"
     "العلمين في 29 أغسطس /أ ش أ/ - استقبل الرئيس عبد الفتاح السيسي اليوم رئيس مجلس السيادة الانتقالي "
     "السوداني الفريق أول عبد الفتاح البرهان بمدينة العلمين الجديدة، في أول زيارة خارجية للبرهان منذ "
     "اندلاع القتال في السودان منتصف أبريل الماضي.\n"
     "وصرح المستشار أحمد فهمي، المتحدث الرسمي باسم رئاسة الجمهورية، بأن اللقاء شهد حضور اللواء عباس كامل "
     "رئيس المخابرات العامة، وسامح شكري وزير الخارجية.\n"
     "وأضاف المتحدث الرسمي أن الرئيس أكد موقف مصر الثابت الداعم لأمن السودان واستقراره، فيما أعرب رئيس "
     "مجلس السيادة عن تقديره للجهود المصرية.\n"
     "وكان الرئيس السيسي قد استضاف في القاهرة في 13 يوليو قمة دول جوار السودان، بمشاركة رئيس الوزراء الإثيوبي آبي أحمد، "
     "ورئيس جنوب السودان سلفا كير، ورئيس المجلس الرئاسي الليبي محمد المنفي، فيما غاب عنها طرفا النزاع.\n"
     "ومن المقرر أن يتوجه البرهان الأسبوع المقبل إلى جوبا في جولة تشمل عدداً من دول الجوار.",
     met_group(_ALAMEIN, "2023-08-29") + met_group(_SUMMIT, "2023-07-13") + [
      ("VISITED", BURHAN, ALAMEIN, "بمدينة العلمين الجديدة، في أول زيارة", "2023-08-29"),
      ("LEADS", BURHAN, SOVC, "رئيس مجلس السيادة الانتقالي السوداني"),
      ("LEADS", KAMEL, EGGIS, "اللواء عباس كامل رئيس المخابرات العامة"),
      ("LEADS", SHOUKRY, EGFM, "وسامح شكري وزير الخارجية"),
      ("LEADS", ABIY, ETHIOPIA, "رئيس الوزراء الإثيوبي آبي أحمد"),
      ("LEADS", KIIR, SSUDAN, "ورئيس جنوب السودان سلفا كير"),
      ("LEADS", MENFI, LPC, "ورئيس المجلس الرئاسي الليبي محمد المنفي"),
      ],
     {"source": MENA, "published": "2023-08-29"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLX")
