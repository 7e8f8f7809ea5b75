"""Blind set MG: Iran 2020-2025 (first folder of MG-MH): the first Oman-mediated round between Araghchi
and Witkoff in Muscat (April 2025), the Saudi-Iranian agreement signed in Beijing (March 2023), Raisi's
death in May 2024 and who stood in for him and his foreign minister, the IRGC and army commanders killed
by Israel in June 2025 and who replaced them, the killing of Mohsen Fakhrizadeh (2020) remembered three
years on, and Araghchi's Beirut stop of October 2024, as a US wire writes it in English (UPI-like:
"MUSCAT, Oman, April 12 (UPI) --"), as a Saudi news site writes it in Arabic (Sabq-like: "معالي",
"صاحب السمو"), as a French broadcaster's English site writes it (France 24-like, no dateline, "who runs
the country now?"), as an American TV network's Arabic site writes it (CNN Arabic-like: "(CNN) --", "من
هم"), as a resistance-aligned channel's English site writes it (Al Mayadeen English-like: "martyrdom",
"Israeli occupation") and as a Lebanese news site writes it in Arabic (al-Nashra-like: "العدوان
الإسرائيلي", "الضاحية الجنوبية").
Pieces: Araghchi and Witkoff talk indirectly, Albusaidi receives both and is present when they speak
directly (English, MG1); al-Aiban and Shamkhani in Beijing with Wang Yi, Xi's earlier meetings with
Mohammed bin Salman in Riyadh and with Raisi in Beijing (Arabic, MG2); Raisi and Amir-Abdollahian
killed in the crash, Mokhber interim president, Bagheri Kani acting foreign minister, Bagheri Kani's
talks with Mora, Raisi after Rouhani, Raisi with Aliyev at the dam (English, MG3); Salami, Bagheri,
Rashid, Hajizadeh, Abbasi and Tehranchi killed by Israel, Pakpour after Salami, Mousavi after Bagheri,
Hatami after Mousavi, Shadmani after Rashid and killed by the Israeli army, Abdollahi after Shadmani
(Arabic, MG4); Fakhrizadeh killed by Israel, Soleimani killed by the US (English, MG5); Araghchi in
Beirut with Berri, then with Mikati and Bou Habib, Nasrallah killed in an Israeli strike (Arabic, MG6).
Excluded on purpose (no relation): Grossi "expected in Tehran" and Vance, who "was not part of the U.S.
delegation" (MG1); the foreign ministers' meeting the statement only provides for ("أن يعقد") (MG2);
the helicopter crash (no agent; "no sign of foul play"), Haniyeh "expected to attend the funeral"
(MG3); Shamkhani wounded, Qaani's reported death "that Tehran did not confirm" (MG4); Raisi receiving
the family (no one named); the 2010-2012 killings of unnamed scientists (MG5); the ambassador Amani
wounded in the pager blasts, the Damascus meetings only "expected" ("من المتوقع"), the later Riyadh and
Doha legs (MG6).
Judgement calls: a mediator who receives both delegations and is present at their direct exchange is
paired with both (MG1); the Chinese official who took part in the signing session is paired with both
envoys (MG2); an interim / acting office-holder who "has taken over" / is "named acting" succeeds the
dead man (MG3; likewise in MH4); "had led Iran's side in the talks with" Mora is a meeting (no date)
(MG3); "killed in the Israeli strikes" / "also killed in the attacks" give Israel (MG4); "the Israeli
army announced it had killed him" gives the Israel Defense Forces (MG4); the commander "given" the
post of a killed commander succeeds him (Shadmani after Rashid) and "خلفاً له" after the pronoun gives
Hatami after Mousavi (MG4); the anniversary piece's own voice ("assassinated by Israel") gives the
relation (MG5); those "in the presence of" the talks are paired with both sides (MG6). Filled in for
the exercise: Albusaidi receiving each delegation on arrival (MG1), Raisi receiving the family (MG5),
Bou Habib's presence at the Serail and Amani's absence (MG6).
Spellings: "Abbas Araqchi", "Steven Witkoff", "Sayyid Badr Al Busaidi" (MG1); "الأدميرال علي شمخاني",
"مساعد بن محمد العيبان", "حسين أمير عبداللهيان" (MG2); "Hossein Amirabdollahian", "Mohammad Mokhbar",
"Ali Baqeri Kani" (MG3); "محمد باكبور", "أمير علي حاجي زاده", "محمد مهدي طهرانجي" (MG4); "Mohsen
Fakhrizadeh-Mahabadi", "Qassem Soleimani" (MG5); "عباس عراقتشي", "نصرالله" (MG6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_mh import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, US, CHINA, AZ = ("country:iran", "country:israel", "country:united-states", "country:china",
                               "country:azerbaijan")
IRFM, OMFM, SAFM, IAEA, SNSC, IRGC, AERO, GENSTAFF, KHATAM, ARMY, SPND, IDF, HAMAS, HEZB, LEBPARL, LEBGOV = (
    "organization:iranian-foreign-ministry", "organization:omani-foreign-ministry",
    "organization:saudi-foreign-ministry", "organization:iaea", "organization:supreme-national-security-council",
    "organization:irgc", "organization:irgc-aerospace-force", "organization:iranian-armed-forces-general-staff",
    "organization:khatam-al-anbiya-central-headquarters", "organization:iranian-army", "organization:spnd",
    "organization:israel-defense-forces", "organization:hamas", "organization:hezbollah",
    "organization:lebanese-parliament", "organization:lebanese-government")
MUSCAT, BEIJING, RIYADH, BEIRUT = "location:muscat", "location:beijing", "location:riyadh", "location:beirut"
ARAGHCHI, WITKOFF, ALBUSAIDI, BAGHAEI, GROSSI, TRUMP = (
    "person:abbas-araghchi", "person:steve-witkoff", "person:badr-albusaidi", "person:esmaeil-baghaei",
    "person:rafael-grossi", "person:donald-trump")
AIBAN, SHAMKHANI, WANGYI, FBF, AMIRAB, XI, MBS, RAISI = (
    "person:musaed-al-aiban", "person:ali-shamkhani", "person:wang-yi", "person:faisal-bin-farhan",
    "person:hossein-amir-abdollahian", "person:xi-jinping", "person:mohammed-bin-salman", "person:ebrahim-raisi")
MOKHBER, KHAMENEI, BKANI, MORA, ROUHANI, ALIYEV, HANIYEH = (
    "person:mohammad-mokhber", "person:ali-khamenei", "person:ali-bagheri-kani", "person:enrique-mora",
    "person:hassan-rouhani", "person:ilham-aliyev", "person:ismail-haniyeh")
SALAMI, BAGHERI, RASHID, HAJIZADEH, PAKPOUR, AMOUSAVI, HATAMI, SHADMANI, ABDOLLAHI, ABBASI, TEHRANCHI, QAANI = (
    "person:hossein-salami", "person:mohammad-bagheri", "person:gholam-ali-rashid", "person:amir-ali-hajizadeh",
    "person:mohammad-pakpour", "person:abdolrahim-mousavi", "person:amir-hatami", "person:ali-shadmani",
    "person:ali-abdollahi", "person:fereydoun-abbasi", "person:mohammad-mehdi-tehranchi", "person:esmail-qaani")
FAKHRIZADEH, SOLEIMANI, NETANYAHU = ("person:mohsen-fakhrizadeh", "person:qasem-soleimani",
                                     "person:benjamin-netanyahu")
BERRI, MIKATI, BOUHABIB, NASRALLAH = ("person:nabih-berri", "person:najib-mikati", "person:abdallah-bou-habib",
                                      "person:hassan-nasrallah")

UPI = "blind set (US news wire, English, UPI-like)"
SABQ = "blind set (Saudi news site, Arabic, Sabq-like)"
F24 = "blind set (French broadcaster, English site, France 24-like)"
CNNAR = "blind set (American TV network, Arabic site, CNN Arabic-like)"
MAYADEEN = "blind set (resistance-aligned channel, English site, Al Mayadeen English-like)"
NASHRA = "blind set (Lebanese news site, Arabic, al-Nashra-like)"


_MUSCAT = {ARAGHCHI: "Iranian Foreign Minister Abbas Araqchi", WITKOFF: "spoke directly for a few minutes",
           ALBUSAIDI: "who had received each delegation separately on arrival"}
_BEIJING = {AIBAN: "مساعد بن محمد العيبان", SHAMKHANI: "ووفد إيران برئاسة الأدميرال علي شمخاني",
            WANGYI: "وشارك في جلسة التوقيع"}
_SERAIL = {ARAGHCHI: "ثم انتقل إلى السراي الحكومي", MIKATI: "حيث التقى رئيس حكومة تصريف الأعمال",
           BOUHABIB: "بحضور وزير الخارجية والمغتربين عبد الله بو حبيب"}

ARTICLES = [
    ("enMG1_muscat_first_round", "en",
     "Iran, U.S. hold first round of Oman-mediated nuclear talks in Muscat\n"
     "MUSCAT, Oman, April 12 (UPI) -- Iranian Foreign Minister Abbas Araqchi and U.S. special envoy Steven "
     "Witkoff held indirect talks on Tehran's nuclear program in the Omani capital on Saturday, with Omani "
     "Foreign Minister Sayyid Badr Al Busaidi carrying messages between the two delegations seated in separate "
     "rooms.\n"
     "After more than two and a half hours, the two chief negotiators \"spoke directly for a few minutes in the "
     "presence of the Omani foreign minister\" as they left, Iran's Foreign Ministry spokesman Esmaeil Baghaei "
     "said in a statement.\n"
     "Al Busaidi, who had received each delegation separately on arrival, said the talks took place in \"a "
     "friendly atmosphere\" and that both sides had agreed to meet again next Saturday.\n"
     "It was the highest-level contact between the two countries since the 2015 deal, from which President "
     "Donald Trump withdrew in 2018.\n"
     "Rafael Grossi, director general of the International Atomic Energy Agency, is expected in Tehran later "
     "this week, diplomats in Vienna said. Araqchi has not said whether he will see him.\n"
     "Vice President JD Vance was not part of the U.S. delegation, contrary to earlier reports.",
     met_group(_MUSCAT, "2025-04-12") + [
      ("VISITED", ARAGHCHI, MUSCAT, "held indirect talks on Tehran's nuclear program in the Omani capital",
       "2025-04-12"),
      ("VISITED", WITKOFF, MUSCAT, "Witkoff held indirect talks", "2025-04-12"),
      ("LEADS", ARAGHCHI, IRFM, "Iranian Foreign Minister Abbas"),
      ("LEADS", ALBUSAIDI, OMFM, "Foreign Minister Sayyid Badr Al Busaidi"),
      ("MEMBER_OF", BAGHAEI, IRFM, "Iran's Foreign Ministry spokesman Esmaeil Baghaei"),
      ("LEADS", TRUMP, US, "President Donald Trump withdrew"),
      ("LEADS", GROSSI, IAEA, "director general of the International Atomic Energy Agency"),
      ],
     {"source": UPI, "published": "2025-04-12"}),

    ("arMG2_beijing_agreement", "ar",
     "السعودية وإيران تتفقان على استئناف العلاقات الدبلوماسية برعاية صينية\n"
     "الرياض - سبق: أعلنت المملكة العربية السعودية والجمهورية الإسلامية الإيرانية، اليوم الجمعة، اتفاقهما "
     "على استئناف العلاقات الدبلوماسية بينهما وإعادة فتح سفارتيهما وممثلياتهما خلال مدة أقصاها شهران، وذلك "
     "في بيان ثلاثي مشترك صدر في بكين مع جمهورية الصين الشعبية.\n"
     "وجاء الاتفاق في ختام مباحثات استضافتها العاصمة الصينية خلال الفترة من 6 إلى 10 مارس، بين وفد المملكة "
     "برئاسة معالي وزير الدولة عضو مجلس الوزراء مستشار الأمن الوطني الدكتور مساعد بن محمد العيبان، ووفد "
     "إيران برئاسة الأدميرال علي شمخاني أمين المجلس الأعلى للأمن القومي.\n"
     "وشارك في جلسة التوقيع مدير مكتب اللجنة المركزية للشؤون الخارجية في الحزب الشيوعي الصيني وانغ يي، "
     "الذي وصف الاتفاق بأنه \"انتصار للحوار\".\n"
     "ونص البيان على أن يعقد وزيرا خارجية البلدين، صاحب السمو الأمير فيصل بن فرحان بن عبدالله وحسين أمير "
     "عبداللهيان، اجتماعاً لتفعيل الاتفاق وترتيب تبادل السفراء.\n"
     "وكان الرئيس الصيني شي جين بينغ قد زار الرياض في ديسمبر الماضي، والتقى خلال الزيارة صاحب السمو "
     "الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء، كما استقبل الرئيس الإيراني إبراهيم رئيسي "
     "في بكين الشهر الماضي.",
     met_group(_BEIJING, "2023-03-10") + [
      ("VISITED", AIBAN, BEIJING, "مباحثات استضافتها العاصمة الصينية", "2023-03-10"),
      ("VISITED", SHAMKHANI, BEIJING, "ووفد إيران برئاسة", "2023-03-10"),
      ("LEADS", SHAMKHANI, SNSC, "أمين المجلس الأعلى للأمن القومي"),
      ("LEADS", FBF, SAFM, "صاحب السمو الأمير فيصل بن فرحان"),
      ("LEADS", AMIRAB, IRFM, "وحسين أمير"),
      ("LEADS", XI, CHINA, "وكان الرئيس الصيني شي جين بينغ"),
      ("VISITED", XI, RIYADH, "قد زار الرياض في ديسمبر الماضي", "2022-12"),
      ("MET_WITH", XI, MBS, "والتقى خلال الزيارة", "2022-12"),
      ("MET_WITH", XI, RAISI, "كما استقبل الرئيس الإيراني", "2023-02"),
      ("VISITED", RAISI, BEIJING, "في بكين الشهر الماضي", "2023-02"),
      ("LEADS", RAISI, IRAN, "الرئيس الإيراني إبراهيم رئيسي"),
      ],
     {"source": SABQ, "published": "2023-03-10"}),

    ("enMG3_raisi_dies_who_runs_iran", "en",
     "Iran's Raisi dies in helicopter crash: who runs the country now?\n"
     "Iran's President Ebrahim Raisi and Foreign Minister Hossein Amirabdollahian were among those killed "
     "when their helicopter came down in fog on a mountainside in East Azerbaijan province on Sunday, state media "
     "confirmed on Monday. Officials have given no sign of foul play.\n"
     "Under the constitution, First Vice President Mohammad Mokhbar has taken over as interim president, with "
     "Supreme Leader Ayatollah Ali Khamenei's approval, and must organise an election within 50 days. The vote "
     "has been set for June 28.\n"
     "The cabinet named Ali Baqeri Kani, the chief nuclear negotiator and Amirabdollahian's deputy, as acting "
     "foreign minister. Baqeri Kani had led Iran's side in the talks with European Union coordinator Enrique "
     "Mora to revive the 2015 nuclear deal.\n"
     "Raisi, 63, a hardline cleric and former judiciary chief, had been elected in 2021 to succeed the moderate "
     "Hassan Rouhani. He was returning from the border with Azerbaijan, where he and President Ilham Aliyev had "
     "inaugurated a dam on the Aras river.\n"
     "Khamenei declared five days of national mourning. Hamas leader Ismail Haniyeh is expected to attend the "
     "funeral in Tehran on Wednesday.",
     [("SUCCESSOR_OF", MOKHBER, RAISI, "has taken over as interim president", "2024-05-20"),
      ("SUCCESSOR_OF", BKANI, AMIRAB, "as acting foreign minister", "2024-05-20"),
      ("MET_WITH", BKANI, MORA, "had led Iran's side in the talks with"),
      ("SUCCESSOR_OF", RAISI, ROUHANI, "to succeed the moderate", "2021-08-03"),
      ("MET_WITH", RAISI, ALIYEV, "where he and President Ilham Aliyev", "2024-05-19"),
      ("LEADS", ALIYEV, AZ, "the border with Azerbaijan, where he and President"),
      ("LEADS", RAISI, IRAN, "Iran's President Ebrahim Raisi"),
      ("LEADS", AMIRAB, IRFM, "Foreign Minister Hossein Amirabdollahian were"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ayatollah Ali Khamenei's approval"),
      ("LEADS", HANIYEH, HAMAS, "Hamas leader Ismail Haniyeh"),
      ],
     {"source": F24, "published": "2024-05-20"}),

    ("arMG4_commanders_killed_successors", "ar",
     "من هم أبرز القادة الإيرانيين الذين قتلتهم إسرائيل.. ومن خلفهم؟\n"
     "(CNN) -- أعلنت وسائل إعلام رسمية إيرانية مقتل القائد العام للحرس الثوري اللواء حسين سلامي، ورئيس هيئة "
     "الأركان العامة للقوات المسلحة اللواء محمد باقري، وقائد مقر خاتم الأنبياء المركزي اللواء غلام علي رشيد، في "
     "الضربات الإسرائيلية التي استهدفت طهران ومدناً أخرى فجر الجمعة 13 يونيو/حزيران.\n"
     "كما أكد الحرس الثوري مقتل قائد القوة الجوفضائية العميد أمير علي حاجي زاده مع عدد من كبار ضباطها في "
     "غارة إسرائيلية على مقر قيادتها.\n"
     "وسارع المرشد الإيراني علي خامنئي إلى تعيين اللواء محمد باكبور قائداً عاماً للحرس الثوري خلفاً لسلامي، "
     "واللواء عبد الرحيم موسوي، قائد الجيش، رئيساً للأركان العامة بدلاً من باقري، فيما عُيّن اللواء أمير حاتمي "
     "خلفاً له في قيادة الجيش.\n"
     "وأسند خامنئي قيادة مقر خاتم الأنبياء إلى اللواء علي شادماني، لكن الجيش الإسرائيلي أعلن بعد أربعة أيام "
     "أنه قتله في غارة على طهران، ليخلفه اللواء علي عبد اللهي.\n"
     "وقُتل في الهجمات أيضاً العالمان النوويان فريدون عباسي ومحمد مهدي طهرانجي.\n"
     "وأفادت تقارير بأن علي شمخاني، مستشار المرشد، أصيب بجروح خطيرة، فيما تحدثت وسائل إعلام إسرائيلية عن "
     "مقتل قائد فيلق القدس إسماعيل قاآني، وهو ما لم تؤكده طهران.",
     [("ASSASSINATED_BY", SALAMI, ISRAEL, "الضربات الإسرائيلية التي استهدفت طهران", "2025-06-13"),
      ("ASSASSINATED_BY", BAGHERI, ISRAEL, "ورئيس هيئة الأركان العامة للقوات المسلحة اللواء محمد باقري",
       "2025-06-13"),
      ("ASSASSINATED_BY", RASHID, ISRAEL, "وقائد مقر خاتم الأنبياء المركزي اللواء غلام علي رشيد", "2025-06-13"),
      ("ASSASSINATED_BY", HAJIZADEH, ISRAEL, "غارة إسرائيلية على مقر قيادتها", "2025-06-13"),
      ("ASSASSINATED_BY", SHADMANI, IDF, "أنه قتله في غارة على طهران", "2025-06-17"),
      ("ASSASSINATED_BY", ABBASI, ISRAEL, "العالمان النوويان فريدون عباسي", "2025-06-13"),
      ("ASSASSINATED_BY", TEHRANCHI, ISRAEL, "ومحمد مهدي طهرانجي", "2025-06-13"),
      ("LEADS", SALAMI, IRGC, "القائد العام للحرس الثوري اللواء حسين سلامي"),
      ("LEADS", BAGHERI, GENSTAFF, "ورئيس هيئة"),
      ("LEADS", RASHID, KHATAM, "وقائد مقر خاتم"),
      ("LEADS", HAJIZADEH, AERO, "قائد القوة الجوفضائية العميد أمير علي حاجي زاده"),
      ("LEADS", KHAMENEI, IRAN, "وسارع المرشد الإيراني علي خامنئي"),
      ("SUCCESSOR_OF", PAKPOUR, SALAMI, "خلفاً لسلامي", "2025-06-13"),
      ("LEADS", PAKPOUR, IRGC, "اللواء محمد باكبور قائداً عاماً للحرس الثوري"),
      ("SUCCESSOR_OF", AMOUSAVI, BAGHERI, "بدلاً من باقري", "2025-06-13"),
      ("LEADS", AMOUSAVI, GENSTAFF, "رئيساً للأركان العامة"),
      ("LEADS", AMOUSAVI, ARMY, "واللواء عبد الرحيم موسوي، قائد الجيش"),
      ("SUCCESSOR_OF", HATAMI, AMOUSAVI, "خلفاً له في قيادة الجيش", "2025-06-13"),
      ("LEADS", HATAMI, ARMY, "فيما عُيّن اللواء أمير حاتمي"),
      ("SUCCESSOR_OF", SHADMANI, RASHID, "وأسند خامنئي قيادة مقر خاتم الأنبياء", "2025-06-13"),
      ("LEADS", SHADMANI, KHATAM, "إلى اللواء علي شادماني"),
      ("SUCCESSOR_OF", ABDOLLAHI, SHADMANI, "ليخلفه اللواء علي عبد اللهي", "2025-06-17"),
      ("LEADS", QAANI, "organization:quds-force", "قائد فيلق القدس إسماعيل قاآني"),
      ],
     {"source": CNNAR, "published": "2025-06-18"}),

    ("enMG5_fakhrizadeh_third_anniversary", "en",
     "Iran marks third anniversary of martyrdom of nuclear scientist Fakhrizadeh\n"
     "Iranians on Monday marked the third anniversary of the martyrdom of Mohsen Fakhrizadeh-Mahabadi, the "
     "nuclear physicist assassinated by Israel on November 27, 2020, when his car came under fire in the town "
     "of Absard, east of Tehran.\n"
     "A brigadier general in the Islamic Revolutionary Guard Corps, Fakhrizadeh headed the Defense Ministry's "
     "Organization of Defensive Innovation and Research, known by its Persian acronym SPND. Israeli occupation "
     "Prime Minister Benjamin Netanyahu had named him in a televised presentation in 2018, telling viewers to "
     "\"remember that name.\"\n"
     "The Israeli occupation used a remote-controlled machine gun mounted on a pickup truck, which was blown up "
     "after the attack. His wife, who was in the car, survived.\n"
     "The assassination came less than a year after the United States killed the commander of the IRGC's Quds "
     "Force, Lt. Gen. Qassem Soleimani, in a drone strike at Baghdad airport.\n"
     "President Ebrahim Raisi received the scientist's family in Tehran on Sunday, state media reported. Between "
     "2010 and 2012, four Iranian nuclear scientists were killed in bomb and gun attacks in the capital.",
     [("ASSASSINATED_BY", FAKHRIZADEH, ISRAEL, "the nuclear physicist assassinated by Israel", "2020-11-27"),
      ("MEMBER_OF", FAKHRIZADEH, IRGC, "A brigadier general in the Islamic Revolutionary Guard Corps"),
      ("LEADS", FAKHRIZADEH, SPND, "Fakhrizadeh headed the Defense Ministry's"),
      ("LEADS", NETANYAHU, ISRAEL, "Prime Minister Benjamin Netanyahu had named him"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "less than a year after the United States killed", "2020-01-03"),
      ("LEADS", SOLEIMANI, "organization:quds-force", "Lt. Gen. Qassem Soleimani"),
      ],
     {"source": MAYADEEN, "published": "2023-11-27"}),

    ("arMG6_araghchi_beirut", "ar",
     "عراقتشي في بيروت: نقف إلى جانب لبنان.. والمحطة التالية دمشق\n"
     "وصل وزير الخارجية الإيراني عباس عراقتشي إلى بيروت بعد ظهر اليوم الجمعة على متن طائرة إيرانية، في "
     "زيارة تأتي في ظل العدوان الإسرائيلي المتواصل على لبنان، وبعد أسبوع على اغتيال الأمين العام لـ\"حزب "
     "الله\" السيد حسن نصرالله في غارة إسرائيلية على الضاحية الجنوبية.\n"
     "واستهل عراقتشي لقاءاته بزيارة رئيس مجلس النواب نبيه بري في عين التينة، ثم انتقل إلى السراي الحكومي "
     "حيث التقى رئيس حكومة تصريف الأعمال نجيب ميقاتي، بحضور وزير الخارجية والمغتربين عبد الله بو حبيب.\n"
     "وقال الوزير الإيراني بعد اللقاء إن بلاده \"تدعم أي مسعى لوقف إطلاق النار في لبنان وغزة في آن\".\n"
     "ولم يتمكن السفير الإيراني مجتبى أماني من المشاركة في الاستقبال، إذ لا يزال يتعافى من إصابته في "
     "تفجيرات أجهزة النداء الشهر الماضي.\n"
     "ويغادر عراقتشي بيروت صباح السبت متوجهاً إلى دمشق، حيث من المتوقع أن يلتقي الرئيس السوري بشار الأسد "
     "ووزير الخارجية بسام الصباغ، على أن يزور لاحقاً الرياض والدوحة.",
     met_group(_SERAIL, "2024-10-04") + [
      ("VISITED", ARAGHCHI, BEIRUT, "إلى بيروت بعد ظهر اليوم الجمعة", "2024-10-04"),
      ("LEADS", ARAGHCHI, IRFM, "وصل وزير الخارجية الإيراني عباس عراقتشي"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "السيد حسن نصرالله في غارة إسرائيلية", "2024-09-27"),
      ("LEADS", NASRALLAH, HEZB, "اغتيال الأمين العام"),
      ("MET_WITH", ARAGHCHI, BERRI, "واستهل عراقتشي لقاءاته بزيارة", "2024-10-04"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه بري"),
      ("LEADS", MIKATI, LEBGOV, "رئيس حكومة تصريف الأعمال نجيب ميقاتي"),
      ("LEADS", BOUHABIB, "organization:lebanese-foreign-ministry", "وزير الخارجية والمغتربين"),
      ],
     {"source": NASHRA, "published": "2024-10-04"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMG")
