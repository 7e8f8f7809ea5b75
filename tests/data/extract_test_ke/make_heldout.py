"""Blind set KE: Israel's army and government as their own Arabic- and English-language channels write it,
2024-2025: the IDF Arabic-language spokesman's posts (Adraee-like: "قضى جيش الدفاع على المدعو ...",
"الإرهابي", "بتوجيه استخباري من ...", short numbered claims), the prime minister's office's Arabic service,
and the English posts of the same offices ("IDF eliminated", "the terrorist", "in a precise strike").
Pieces: Nasrallah, Ali Karaki and Nilforoushan killed in Dahiyeh, Aqil and Wahbi a week before, Halevi's
assessment with Gallant and the generals (Arabic); Sinwar eliminated in Rafah, Deif, Salama and Issa
recalled, Halevi's assessment in Rafah (English); Netanyahu receives Witkoff with Dermer and Huckabee, then
Witkoff and Huckabee tour an aid site with COGAT's Alian (PMO Arabic service); the 13-17 June 2025 strikes
on Iran's commanders and the men named in their place (English); Tabatabai killed in Haret Hreik on
Netanyahu's order, Milo's first assessment as Northern Command head (Arabic); the Houthi "prime minister"
al-Rahawi and chief of staff al-Ghamari killed in Sanaa and their replacements (English).
Excluded on purpose (no relation): Hashem Safieddine, "expected to" succeed Nasrallah, and the unnamed
terrorists killed with the others (KE1); the two terrorists killed with Sinwar, unnamed, and Haniyeh "killed
in Tehran" with no agent stated in the post (KE2); Netanyahu's phone call with Trump and a meeting with the
Qatari prime minister that "was not held" (KE3); Shamkhani "targeted", his fate not confirmed (a failed or
unconfirmed attempt, KE4); Naim Qassem's threats (reported speech) and the other four operatives killed,
unnamed (KE5); the Houthi defence minister al-Atifi, "targeted" with no result stated (KE6).
Judgement calls: "in a joint IDF and ISA strike" gives two agents (the IDF and the Shin Bet); a strike
carried out "at the direction of" the prime minister gives the prime minister as a second agent; a
situational assessment held in person is a meeting of all present; Tabatabai "appointed to the post held
by" Shukr is a succession (the piece says so; the public record is less precise). Who sat in on the
meetings and assessments is partly filled in for the exercise.
Spellings: "أبو هادي" for Nasrallah (KE1), "السنوار" with no first name after the first mention,
"Herzl Halevi" (KE2), "رئيس الحكومة" and "الضيف الأمريكي" for Netanyahu and Witkoff (KE3),
"Gholamali Rashid" (KE4), "أبو علي الطبطبائي" (KE5), "al-Ghumari" (KE6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_kg import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IRAN, USA = "country:israel", "country:iran", "country:united-states"
MOSSAD = "organization:mossad"
IDF, SHINBET, IAF, AMAN, NORTH, SOUTH, OPS, COGAT, DEFMIN, PMO = (
    "organization:israel-defense-forces", "organization:shin-bet", "organization:israeli-air-force",
    "organization:israeli-military-intelligence-directorate", "organization:idf-northern-command",
    "organization:idf-southern-command", "organization:idf-operations-directorate", "organization:cogat",
    "organization:israeli-defense-ministry", "organization:israeli-prime-ministers-office")
HEZ, RADWAN, HAMAS, QASSAM, POLBUREAU, IRGC, QUDS, IRSTAFF, KHATAM, IRGCINT, AERO = (
    "organization:hezbollah", "organization:radwan-force", "organization:hamas", "organization:qassam-brigades",
    "organization:hamas-political-bureau", "organization:irgc", "organization:quds-force",
    "organization:iranian-armed-forces-general-staff", "organization:khatam-al-anbiya-central-headquarters",
    "organization:irgc-intelligence-organization", "organization:irgc-aerospace-force")
HOUTHIS, HOUGOV, HOUSTAFF = "organization:houthis", "organization:houthi-government", "organization:houthi-general-staff"
DAHIYEH, RAFAH, KHANYOUNIS, MAWASI, JERUSALEM, HARETHREIK, SANAA, TEHRAN, GAZA = (
    "location:dahiyeh", "location:rafah", "location:khan-younis", "location:al-mawasi", "location:jerusalem",
    "location:haret-hreik", "location:sanaa", "location:tehran", "location:gaza-strip")
NASRALLAH, KARAKI, NILFOROUSHAN, AQIL, WAHBI, SAFIEDDINE = (
    "person:hassan-nasrallah", "person:ali-karaki", "person:abbas-nilforoushan", "person:ibrahim-aqil",
    "person:ahmed-wahbi", "person:hashem-safieddine")
HALEVI, GALLANT, GORDIN, TOMERBAR, NETANYAHU, KATZ, ZAMIR, FINKELMAN, ITZIK = (
    "person:herzi-halevi", "person:yoav-gallant", "person:ori-gordin", "person:tomer-bar",
    "person:benjamin-netanyahu", "person:israel-katz", "person:eyal-zamir", "person:yaron-finkelman",
    "person:itzik-cohen")
RBAR, BARNEA = "person:ronen-bar", "person:david-barnea"
SINWAR, DEIF, SALAMA, ISSA, HANIYEH = ("person:yahya-sinwar", "person:mohammed-deif", "person:rafa-salama",
                                       "person:marwan-issa", "person:ismail-haniyeh")
WITKOFF, DERMER, HUCKABEE, TRUMP, MBAR = ("person:steve-witkoff", "person:ron-dermer", "person:mike-huckabee",
                                          "person:donald-trump", "person:mohammed-bin-abdulrahman-al-thani")
BAGHERI, SALAMI, RASHID, HAJIZADEH, SHADMANI, KAZEMI, AMOUSAVI, PAKPOUR = (
    "person:mohammad-bagheri", "person:hossein-salami", "person:gholam-ali-rashid", "person:amir-ali-hajizadeh",
    "person:ali-shadmani", "person:mohammad-kazemi", "person:abdolrahim-mousavi", "person:mohammad-pakpour")
TABATABAI, SHUKR, AFIF, QASSEM = ("person:haytham-ali-tabatabai", "person:fouad-shukr", "person:mohammad-afif",
                                  "person:naim-qassem")
RAHAWI, GHAMARI, MADANI, MIFTAH, ATIFI = ("person:ahmed-al-rahawi", "person:mohammed-al-ghamari",
                                          "person:yousef-al-madani", "person:mohammed-miftah",
                                          "person:mohammed-al-atifi")
# new to the tables
BINDER, BASIUK, ALIAN, RABBANI, MILO, YADAI = (
    "person:shlomi-binder", "person:oded-basiuk", "person:ghassan-alian", "person:mehdi-rabbani",
    "person:rafi-milo", "person:tamir-yadai")

ARTICLES = [
    ("arKE1_adraee_nasrallah_karaki", "ar",
     "عاجل: القضاء على الإرهابي حسن نصر الله\n"
     "قضى جيش الدفاع على المدعو حسن نصر الله الأمين العام لمنظمة حزب الله الإرهابية، وذلك في غارة دقيقة "
     "نفذتها طائرات سلاح الجو على المقر المركزي للمنظمة تحت المباني السكنية في الضاحية الجنوبية لبيروت.\n"
     "1. قضي في الغارة ذاتها على المدعو علي كركي قائد الجبهة الجنوبية في حزب الله.\n"
     "2. وقضي معهما العميد في الحرس الثوري الإيراني عباس نيلفروشان، وعدد آخر من المخربين.\n"
     "3. جاءت الغارة بتوجيه استخباري من هيئة الاستخبارات العسكرية برئاسة اللواء شلومي بيندر.\n"
     "4. قبل أسبوع قضى جيش الدفاع على المدعو إبراهيم عقيل قائد قوة الرضوان ومعه المدعو أحمد وهبي.\n"
     "وأجرى رئيس الأركان الفريق هرتسي هاليفي تقييماً للوضع في مقر القيادة بمشاركة وزير الدفاع يوآف "
     "غالانت وقائد المنطقة الشمالية اللواء أوري غوردين وقائد سلاح الجو اللواء تومر بار واللواء بيندر.\n"
     "أما المدعو هاشم صفي الدين، المتوقع أن يخلف أبو هادي، فلم يُعرف مصيره بعد.\n"
     "لن ينجو من يهدد مواطني دولة إسرائيل.",
     [("ASSASSINATED_BY", NASRALLAH, IDF, "قضى جيش الدفاع على المدعو حسن نصر الله", "2024-09-27"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لمنظمة حزب الله"),
      ("ATTACKED", IAF, DAHIYEH, "في الضاحية الجنوبية لبيروت", "2024-09-27"),
      ("ASSASSINATED_BY", KARAKI, IDF, "قضي في الغارة ذاتها على المدعو علي كركي", "2024-09-27"),
      ("MEMBER_OF", KARAKI, HEZ, "قائد الجبهة الجنوبية في حزب الله"),
      ("ASSASSINATED_BY", NILFOROUSHAN, IDF, "وقضي معهما العميد", "2024-09-27"),
      ("MEMBER_OF", NILFOROUSHAN, IRGC, "العميد في الحرس الثوري الإيراني"),
      ("LEADS", BINDER, AMAN, "هيئة الاستخبارات العسكرية برئاسة"),
      ("ASSASSINATED_BY", AQIL, IDF, "قضى جيش الدفاع على المدعو إبراهيم عقيل", "2024-09-20"),
      ("LEADS", AQIL, RADWAN, "قائد قوة الرضوان"),
      ("ASSASSINATED_BY", WAHBI, IDF, "ومعه المدعو أحمد وهبي", "2024-09-20"),
      ("MET_WITH", HALEVI, GALLANT, "بمشاركة وزير الدفاع يوآف", "2024-09-27"),
      ("MET_WITH", HALEVI, GORDIN, "وقائد المنطقة الشمالية اللواء", "2024-09-27"),
      ("MET_WITH", HALEVI, TOMERBAR, "وقائد سلاح الجو اللواء تومر بار", "2024-09-27"),
      ("MET_WITH", HALEVI, BINDER, "تومر بار واللواء بيندر", "2024-09-27"),
      ("MET_WITH", GALLANT, GORDIN, "وقائد المنطقة الشمالية اللواء", "2024-09-27"),
      ("MET_WITH", GALLANT, TOMERBAR, "وقائد سلاح الجو اللواء تومر بار", "2024-09-27"),
      ("MET_WITH", GALLANT, BINDER, "تومر بار واللواء بيندر", "2024-09-27"),
      ("MET_WITH", GORDIN, TOMERBAR, "وقائد سلاح الجو اللواء تومر بار", "2024-09-27"),
      ("MET_WITH", GORDIN, BINDER, "تومر بار واللواء بيندر", "2024-09-27"),
      ("MET_WITH", TOMERBAR, BINDER, "تومر بار واللواء بيندر", "2024-09-27"),
      ("LEADS", HALEVI, IDF, "رئيس الأركان الفريق هرتسي هاليفي"),
      ("LEADS", GALLANT, DEFMIN, "وزير الدفاع يوآف"),
      ("LEADS", GORDIN, NORTH, "وقائد المنطقة الشمالية اللواء"),
      ("LEADS", TOMERBAR, IAF, "وقائد سلاح الجو اللواء تومر بار"),
      ],
     {"source": "blind set (IDF Arabic-language spokesman's post)", "published": "2024-09-28"}),

    ("enKE2_idf_sinwar_rafah", "en",
     "Yahya Sinwar eliminated\n"
     "After a year-long pursuit, the IDF can confirm: Yahya Sinwar, the leader of the Hamas terrorist "
     "organization and the mastermind of the October 7 massacre, was eliminated by IDF troops of the 828th "
     "Brigade in Rafah, southern Gaza. Two other terrorists were eliminated with him.\n"
     "Sinwar took over as head of Hamas's political bureau from Ismail Haniyeh, who was killed in Tehran in "
     "July.\n"
     "Sinwar is the latest of the Hamas commanders eliminated this year:\n"
     "- Marwan Issa, deputy commander of the military wing, eliminated in an IDF strike in March.\n"
     "- Mohammed Deif, commander of the military wing, eliminated in a joint IDF and ISA strike in Khan "
     "Younis in July, together with Rafa Salama, commander of the Khan Younis Brigade.\n"
     "Chief of the General Staff LTG Herzl Halevi arrived in Rafah and held a situational assessment with "
     "Defense Minister Yoav Gallant, Head of the Southern Command MG Yaron Finkelman, Commander of the 162nd "
     "Division BG Itzik Cohen, ISA Director Ronen Bar and the Head of the Operations Directorate, MG Oded Basiuk.\n"
     "We will continue to pursue every terrorist who took part in October 7.",
     [("ASSASSINATED_BY", SINWAR, IDF, "was eliminated by IDF troops", "2024-10-16"),
      ("LEADS", SINWAR, HAMAS, "the leader of the Hamas terrorist"),
      ("SUCCESSOR_OF", SINWAR, HANIYEH, "Sinwar took over as head of Hamas's political bureau", "2024-08"),
      ("LEADS", SINWAR, POLBUREAU, "Sinwar took over as head of Hamas's political bureau"),
      ("ASSASSINATED_BY", ISSA, IDF, "eliminated in an IDF strike in March", "2024-03"),
      ("MEMBER_OF", ISSA, QASSAM, "deputy commander of the military wing"),
      ("ASSASSINATED_BY", DEIF, IDF, "eliminated in a joint IDF and ISA strike", "2024-07-13"),
      ("ASSASSINATED_BY", DEIF, SHINBET, "eliminated in a joint IDF and ISA strike", "2024-07-13"),
      ("LEADS", DEIF, QASSAM, "Mohammed Deif, commander of the military wing"),
      ("ASSASSINATED_BY", SALAMA, IDF, "together with Rafa Salama", "2024-07-13"),
      ("ASSASSINATED_BY", SALAMA, SHINBET, "together with Rafa Salama", "2024-07-13"),
      ("ATTACKED", IDF, KHANYOUNIS, "strike in Khan Younis", "2024-07-13"),
      ("VISITED", HALEVI, RAFAH, "arrived in Rafah", "2024-10-17"),
      ("MET_WITH", HALEVI, GALLANT, "held a situational assessment with", "2024-10-17"),
      ("MET_WITH", HALEVI, FINKELMAN, "Head of the Southern Command MG", "2024-10-17"),
      ("MET_WITH", HALEVI, ITZIK, "Division BG Itzik Cohen", "2024-10-17"),
      ("MET_WITH", HALEVI, BASIUK, "MG Oded Basiuk", "2024-10-17"),
      ("MET_WITH", GALLANT, FINKELMAN, "Head of the Southern Command MG", "2024-10-17"),
      ("MET_WITH", GALLANT, ITZIK, "Division BG Itzik Cohen", "2024-10-17"),
      ("MET_WITH", GALLANT, BASIUK, "MG Oded Basiuk", "2024-10-17"),
      ("MET_WITH", FINKELMAN, ITZIK, "Division BG Itzik Cohen", "2024-10-17"),
      ("MET_WITH", FINKELMAN, BASIUK, "MG Oded Basiuk", "2024-10-17"),
      ("MET_WITH", ITZIK, BASIUK, "MG Oded Basiuk", "2024-10-17"),
      ("MET_WITH", HALEVI, RBAR, "ISA Director Ronen Bar", "2024-10-17"),
      ("MET_WITH", GALLANT, RBAR, "ISA Director Ronen Bar", "2024-10-17"),
      ("MET_WITH", FINKELMAN, RBAR, "ISA Director Ronen Bar", "2024-10-17"),
      ("MET_WITH", ITZIK, RBAR, "ISA Director Ronen Bar", "2024-10-17"),
      ("MET_WITH", RBAR, BASIUK, "MG Oded Basiuk", "2024-10-17"),
      ("LEADS", RBAR, SHINBET, "ISA Director Ronen Bar"),
      ("LEADS", FINKELMAN, SOUTH, "Head of the Southern Command MG"),
      ("LEADS", BASIUK, OPS, "Head of the Operations Directorate"),
      ],
     {"source": "blind set (IDF English-language spokesperson's post)", "published": "2024-10-17"}),

    ("arKE3_pmo_netanyahu_witkoff", "ar",
     "رئيس الحكومة نتنياهو يستقبل المبعوث الأمريكي ويتكوف في القدس\n"
     "استقبل رئيس الحكومة بنيامين نتنياهو مساء الخميس في مكتبه بالقدس المبعوث الخاص للرئيس الأمريكي "
     "إلى الشرق الأوسط ستيف ويتكوف، بحضور وزير الشؤون الاستراتيجية رون ديرمر وسفير الولايات المتحدة "
     "لدى إسرائيل مايك هاكابي ورئيس الموساد دافيد برنياع.\n"
     "وبحث رئيس الحكومة مع الضيف الأمريكي جهود إعادة جميع المخطوفين المحتجزين لدى حماس وسبل إيصال "
     "المساعدات الإنسانية إلى سكان قطاع غزة دون أن تقع في أيدي الحركة.\n"
     "وفي صباح اليوم التالي زار ويتكوف وهاكابي مركز توزيع للمساعدات في رفح، يرافقهما منسق أعمال الحكومة "
     "في المناطق اللواء غسان عليان، الذي شرح لهما آلية العمل.\n"
     "وكان رئيس الحكومة قد أجرى قبل الزيارة مكالمة هاتفية مع الرئيس دونالد ترامب.\n"
     "ولم يُعقد اللقاء الذي تحدثت عنه تقارير بين ديرمر ورئيس الوزراء القطري في روما.\n"
     "وقال مكتب رئيس الحكومة إن إسرائيل ستواصل العمل حتى تحقيق جميع أهداف الحرب.",
     [("MET_WITH", NETANYAHU, WITKOFF, "استقبل رئيس الحكومة بنيامين نتنياهو", "2025-07-31"),
      ("MET_WITH", NETANYAHU, DERMER, "بحضور وزير الشؤون الاستراتيجية", "2025-07-31"),
      ("MET_WITH", NETANYAHU, HUCKABEE, "لدى إسرائيل مايك هاكابي", "2025-07-31"),
      ("MET_WITH", WITKOFF, DERMER, "بحضور وزير الشؤون الاستراتيجية", "2025-07-31"),
      ("MET_WITH", WITKOFF, HUCKABEE, "لدى إسرائيل مايك هاكابي", "2025-07-31"),
      ("MET_WITH", DERMER, HUCKABEE, "لدى إسرائيل مايك هاكابي", "2025-07-31"),
      ("MET_WITH", NETANYAHU, BARNEA, "ورئيس الموساد دافيد برنياع", "2025-07-31"),
      ("MET_WITH", WITKOFF, BARNEA, "ورئيس الموساد دافيد برنياع", "2025-07-31"),
      ("MET_WITH", DERMER, BARNEA, "ورئيس الموساد دافيد برنياع", "2025-07-31"),
      ("MET_WITH", HUCKABEE, BARNEA, "ورئيس الموساد دافيد برنياع", "2025-07-31"),
      ("LEADS", BARNEA, MOSSAD, "ورئيس الموساد دافيد برنياع"),
      ("VISITED", WITKOFF, JERUSALEM, "في مكتبه بالقدس", "2025-07-31"),
      ("LEADS", NETANYAHU, ISR, "رئيس الحكومة بنيامين نتنياهو"),
      ("VISITED", WITKOFF, RAFAH, "مركز توزيع للمساعدات في رفح", "2025-08-01"),
      ("VISITED", HUCKABEE, RAFAH, "مركز توزيع للمساعدات في رفح", "2025-08-01"),
      ("MET_WITH", WITKOFF, ALIAN, "يرافقهما منسق أعمال الحكومة", "2025-08-01"),
      ("MET_WITH", HUCKABEE, ALIAN, "يرافقهما منسق أعمال الحكومة", "2025-08-01"),
      ("LEADS", ALIAN, COGAT, "في المناطق اللواء غسان عليان"),
      ("REPORTED_BY", NETANYAHU, PMO, "وقال مكتب رئيس الحكومة"),
      ],
     {"source": "blind set (Israeli prime minister's office, Arabic service)", "published": "2025-08-01"}),

    ("enKE4_idf_iran_commanders", "en",
     "The IDF eliminated the senior military command of the Iranian regime\n"
     "In precise strikes across Iran since Friday, IDF fighter jets eliminated the regime's senior military "
     "commanders:\n"
     "1. Mohammad Bagheri, Chief of the General Staff of the Iranian Armed Forces.\n"
     "2. Hossein Salami, Commander in Chief of the IRGC.\n"
     "3. Gholamali Rashid, Commander of the Khatam al-Anbiya Emergency Headquarters.\n"
     "4. Amir Ali Hajizadeh, Commander of the IRGC Aerospace Force.\n"
     "5. Mehdi Rabbani, Deputy Head of Operations of the Armed Forces General Staff.\n"
     "6. Mohammad Kazemi, head of the IRGC Intelligence Organization, eliminated in Tehran on Sunday.\n"
     "On Tuesday the IDF eliminated Ali Shadmani, who had replaced Rashid only four days earlier. The regime "
     "named Abdolrahim Mousavi in place of Bagheri and Mohammad Pakpour in place of Salami.\n"
     "Ali Shamkhani was also targeted; his condition is unknown.\n"
     "The strikes were approved after Chief of the General Staff LTG Eyal Zamir held an assessment with Defense "
     "Minister Israel Katz, the Commander of the Israeli Air Force MG Tomer Bar and the Head of the Intelligence Directorate MG "
     "Shlomi Binder.",
     [("ASSASSINATED_BY", BAGHERI, IDF, "1. Mohammad Bagheri", "2025-06-13"),
      ("LEADS", BAGHERI, IRSTAFF, "Mohammad Bagheri, Chief of the General Staff"),
      ("ASSASSINATED_BY", SALAMI, IDF, "2. Hossein Salami", "2025-06-13"),
      ("LEADS", SALAMI, IRGC, "Commander in Chief of the IRGC"),
      ("ASSASSINATED_BY", RASHID, IDF, "3. Gholamali Rashid", "2025-06-13"),
      ("LEADS", RASHID, KHATAM, "Commander of the Khatam al-Anbiya"),
      ("ASSASSINATED_BY", HAJIZADEH, IDF, "4. Amir Ali Hajizadeh", "2025-06-13"),
      ("LEADS", HAJIZADEH, AERO, "Commander of the IRGC Aerospace Force"),
      ("ASSASSINATED_BY", RABBANI, IDF, "5. Mehdi Rabbani", "2025-06-13"),
      ("MEMBER_OF", RABBANI, IRSTAFF, "Deputy Head of Operations of the Armed Forces"),
      ("ASSASSINATED_BY", KAZEMI, IDF, "6. Mohammad Kazemi", "2025-06-15"),
      ("LEADS", KAZEMI, IRGCINT, "head of the IRGC Intelligence Organization"),
      ("ASSASSINATED_BY", SHADMANI, IDF, "the IDF eliminated Ali Shadmani", "2025-06-17"),
      ("SUCCESSOR_OF", SHADMANI, RASHID, "who had replaced Rashid", "2025-06-13"),
      ("SUCCESSOR_OF", AMOUSAVI, BAGHERI, "named Abdolrahim Mousavi in place of Bagheri", "2025-06-13"),
      ("SUCCESSOR_OF", PAKPOUR, SALAMI, "Mohammad Pakpour in place of Salami", "2025-06-13"),
      ("ATTACKED", IDF, IRAN, "In precise strikes across Iran", "2025-06-13"),
      ("MET_WITH", ZAMIR, TOMERBAR, "Commander of the Israeli Air Force MG Tomer Bar", "2025-06"),
      ("MET_WITH", ZAMIR, KATZ, "held an assessment with Defense", "2025-06"),
      ("MET_WITH", KATZ, TOMERBAR, "Commander of the Israeli Air Force MG Tomer Bar", "2025-06"),
      ("MET_WITH", KATZ, BINDER, "Shlomi Binder.", "2025-06"),
      ("MET_WITH", ZAMIR, BINDER, "Shlomi Binder.", "2025-06"),
      ("MET_WITH", TOMERBAR, BINDER, "Shlomi Binder.", "2025-06"),
      ("LEADS", ZAMIR, IDF, "LTG Eyal Zamir"),
      ("LEADS", BINDER, AMAN, "Head of the Intelligence Directorate MG"),
      ],
     {"source": "blind set (IDF English-language spokesperson's post)", "published": "2025-06-17"}),

    ("arKE5_adraee_tabatabai", "ar",
     "القضاء على رئيس أركان حزب الله\n"
     "بتوجيه من رئيس الحكومة بنيامين نتنياهو، وبناءً على توصية وزير الدفاع ورئيس الأركان، قضى جيش الدفاع "
     "في غارة دقيقة في منطقة حارة حريك على المدعو هيثم علي الطبطبائي الملقب بأبو علي الطبطبائي، رئيس "
     "أركان حزب الله الإرهابي.\n"
     "1. عُيّن الإرهابي بعد الحرب في المنصب الذي شغله المدعو فؤاد شكر، الذي قضى عليه جيش الدفاع في يوليو 2024.\n"
     "2. قاد الطبطبائي في السابق قوة الرضوان وعمل على إعادة تسليح المنظمة.\n"
     "3. قضي في الغارة أربعة مخربين آخرين.\n"
     "4. نذكّر بأن جيش الدفاع قضى في نوفمبر 2024 على المدعو محمد عفيف مسؤول العلاقات الإعلامية في المنظمة.\n"
     "وأجرى وزير الدفاع يسرائيل كاتس ورئيس الأركان الفريق إيال زامير تقييماً للوضع مع قائد المنطقة "
     "الشمالية اللواء رافي ميلو، الذي تسلم قيادة المنطقة من اللواء أوري غوردين، وقائد سلاح الجو اللواء تومر بار.\n"
     "أما تهديدات المدعو نعيم قاسم فلن تردعنا.",
     [("ASSASSINATED_BY", TABATABAI, NETANYAHU, "بتوجيه من رئيس الحكومة بنيامين نتنياهو", "2025-11-23"),
      ("ASSASSINATED_BY", TABATABAI, IDF, "قضى جيش الدفاع", "2025-11-23"),
      ("ATTACKED", IDF, HARETHREIK, "في غارة دقيقة في منطقة حارة حريك", "2025-11-23"),
      ("MEMBER_OF", TABATABAI, HEZ, "أركان حزب الله الإرهابي"),
      ("SUCCESSOR_OF", TABATABAI, SHUKR, "في المنصب الذي شغله المدعو فؤاد شكر"),
      ("ASSASSINATED_BY", SHUKR, IDF, "الذي قضى عليه جيش الدفاع في يوليو 2024", "2024-07-30"),
      ("LEADS", TABATABAI, RADWAN, "قاد الطبطبائي في السابق قوة الرضوان"),
      ("ASSASSINATED_BY", AFIF, IDF, "على المدعو محمد عفيف", "2024-11-17"),
      ("MEMBER_OF", AFIF, HEZ, "مسؤول العلاقات الإعلامية في المنظمة"),
      ("MET_WITH", KATZ, ZAMIR, "وأجرى وزير الدفاع يسرائيل كاتس", "2025-11-23"),
      ("MET_WITH", KATZ, MILO, "تقييماً للوضع مع قائد المنطقة", "2025-11-23"),
      ("MET_WITH", ZAMIR, MILO, "تقييماً للوضع مع قائد المنطقة", "2025-11-23"),
      ("MET_WITH", KATZ, TOMERBAR, "وقائد سلاح الجو اللواء تومر بار", "2025-11-23"),
      ("MET_WITH", ZAMIR, TOMERBAR, "وقائد سلاح الجو اللواء تومر بار", "2025-11-23"),
      ("MET_WITH", MILO, TOMERBAR, "وقائد سلاح الجو اللواء تومر بار", "2025-11-23"),
      ("LEADS", MILO, NORTH, "الشمالية اللواء رافي ميلو"),
      ("SUCCESSOR_OF", MILO, GORDIN, "الذي تسلم قيادة المنطقة من اللواء أوري غوردين"),
      ("LEADS", KATZ, DEFMIN, "وزير الدفاع يسرائيل كاتس"),
      ("LEADS", QASSEM, HEZ, "أما تهديدات المدعو نعيم قاسم"),
      ],
     {"source": "blind set (IDF Arabic-language spokesman's post)", "published": "2025-11-23"}),

    ("enKE6_idf_houthi_rahawi_ghamari", "en",
     "The Houthi terrorist regime's chief of staff was eliminated\n"
     "The IDF can confirm that Mohammed al-Ghumari, the Chief of the General Staff of the Houthi terrorist "
     "regime, was eliminated in the IDF strike on Sanaa on August 28. The Houthis have named Yousef al-Madani "
     "to replace him.\n"
     "In the same precise strike, IDF fighter jets eliminated Ahmed al-Rahawi, the so-called prime minister of "
     "the Houthi regime, together with a number of its ministers. Mohammed Miftah has since taken over from "
     "al-Rahawi.\n"
     "The Houthi defense minister, Mohammed al-Atifi, was also targeted; no result has been confirmed.\n"
     "The strike was overseen from the Israeli Air Force's command center by Defense Minister Israel Katz, "
     "Chief of the General Staff LTG Eyal Zamir, Deputy Chief of the General Staff MG Tamir Yadai, Head of "
     "the Intelligence Directorate MG Shlomi Binder and IAF Commander MG Tomer Bar.\n"
     "The Houthi regime, an Iranian proxy, has fired missiles and drones at Israeli cities for months. "
     "The IDF will continue to act against any threat.",
     [("ASSASSINATED_BY", GHAMARI, IDF, "was eliminated in the IDF strike on Sanaa", "2025-08-28"),
      ("LEADS", GHAMARI, HOUSTAFF, "the Chief of the General Staff of the Houthi"),
      ("ATTACKED", IDF, SANAA, "the IDF strike on Sanaa", "2025-08-28"),
      ("SUCCESSOR_OF", MADANI, GHAMARI, "named Yousef al-Madani", "2025-10"),
      ("ASSASSINATED_BY", RAHAWI, IDF, "IDF fighter jets eliminated Ahmed al-Rahawi", "2025-08-28"),
      ("LEADS", RAHAWI, HOUGOV, "the so-called prime minister of"),
      ("SUCCESSOR_OF", MIFTAH, RAHAWI, "Mohammed Miftah has since taken over", "2025-08"),
      ("MET_WITH", KATZ, ZAMIR, "Defense Minister Israel Katz,", "2025-08-28"),
      ("MET_WITH", KATZ, YADAI, "MG Tamir Yadai", "2025-08-28"),
      ("MET_WITH", KATZ, TOMERBAR, "Commander MG Tomer Bar", "2025-08-28"),
      ("MET_WITH", ZAMIR, YADAI, "MG Tamir Yadai", "2025-08-28"),
      ("MET_WITH", ZAMIR, TOMERBAR, "Commander MG Tomer Bar", "2025-08-28"),
      ("MET_WITH", YADAI, TOMERBAR, "Commander MG Tomer Bar", "2025-08-28"),
      ("MET_WITH", KATZ, BINDER, "MG Shlomi Binder", "2025-08-28"),
      ("MET_WITH", ZAMIR, BINDER, "MG Shlomi Binder", "2025-08-28"),
      ("MET_WITH", YADAI, BINDER, "MG Shlomi Binder", "2025-08-28"),
      ("MET_WITH", BINDER, TOMERBAR, "Commander MG Tomer Bar", "2025-08-28"),
      ("MEMBER_OF", YADAI, IDF, "Deputy Chief of the General Staff MG"),
      ("LEADS", TOMERBAR, IAF, "Commander MG Tomer Bar"),
      ("SUPPORTS", IRAN, HOUTHIS, "an Iranian proxy"),
      ],
     {"source": "blind set (IDF English-language spokesperson's post)", "published": "2025-10-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKE")
