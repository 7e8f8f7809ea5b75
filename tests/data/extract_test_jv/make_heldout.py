"""Blind set JV: Sudan 2023-2025 as the state news agency SUNA writes it, in Arabic and in its English
service: the dateline "بورتسودان 31-5-2025 (سونا)" / "Port Sudan, Feb. 2 (SUNA)", the full protocol titles
("رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول ركن ..."), "received at his office",
"in the presence of", "المليشيا المتمردة" / "the rebel militia" for the RSF, statements "to SUNA".
Pieces: Kamil Idris sworn in as prime minister before al-Burhan, after Dafallah al-Haj Ali and Osman
Hussein (Arabic); al-Burhan receives the UN envoy Lamamra with the foreign minister who replaced Hussein
Awad, Lamamra with Kabbashi (English); the 6th Infantry Division announces that Ali Yagoub Gibril was
killed in El Fasher, Khamis Abakar's killing recalled, al-Atta with Minawi (Arabic); Kamil Idris in Cairo
with Madbouly and al-Sisi (English); the government delegation back from the Jeddah consultations with
Perriello and Elkhereiji during the Geneva talks, August 2024 (English); Malik Agar named deputy head of
the Sovereignty Council in place of Hemedti, May 2023 (Arabic).
Excluded on purpose (no relation): Madbouly's phone call to Kamil Idris and his invitation to Cairo
(JV1); Lamamra's "no plans to meet" the RSF leadership and proximity talks "not yet scheduled" (JV2);
civilians killed by shelling in El Fasher (unnamed, no agent) and al-Burhan's phone call to Minawi
(JV3); greetings conveyed from al-Burhan (no meeting) and a meeting with Aboul Gheit "scheduled for
Thursday" (JV4); a proposed al-Burhan-Perriello meeting at Port Sudan airport that "did not take place",
and Geneva talks the government did not attend (JV5); the indirect Jeddah talks between the army and RSF
delegations, no person named (JV6). An oath sworn before al-Burhan with someone present is counted as a
meeting of all present. Events follow the public record as far as the writer knew it; some minor
details (who sat in, the day of a reception or a briefing, the US side in Jeddah) are filled in for the
exercise.
Spellings: عبد الفتاح البرهان عبد الرحمن / Abdel-Fattah Al-Burhan Abdel-Rahman and "رئيس مجلس السيادة" /
"the Chairman" in place of the name, كامل الطيب إدريس عبد الحفيظ / Kamil Eltayeb Idris, Shams Eddin
Kabbashi, مالك عقار إير, Dafallah Al-Haj Ali, Abdel Fattah El-Sisi.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_jx import ALL  # noqa: E402

HERE = Path(__file__).parent

SUDAN, EGYPT, USA = "country:sudan", "country:egypt", "country:united-states"
SAF, RSF, SOV, SUDGOV, SUDFM, JUDICIARY, DIV6, JOINT, SPLMN = (
    "organization:sudanese-armed-forces", "organization:rapid-support-forces",
    "organization:sudan-sovereignty-council", "organization:sudanese-government",
    "organization:sudanese-foreign-ministry", "organization:sudanese-judiciary",
    "organization:saf-sixth-infantry-division", "organization:sudan-joint-forces", "organization:splm-n-agar")
UN, EGYGOV, ARABLEAGUE, USSTATE, SAUDIFM = (
    "organization:united-nations", "organization:egyptian-government", "organization:arab-league",
    "organization:us-state-department", "organization:saudi-foreign-ministry")
SUNA = "outlet:suna"
PORTSUDAN, ELFASHER, CAIRO, ITTIHADIYA, JEDDAH, GENEVA = (
    "location:port-sudan", "location:el-fasher", "location:cairo", "location:ittihadiya-palace",
    "location:jeddah", "location:geneva")
BURHAN, HEMEDTI, KAMIL, DAFALLAH, OSMAN, AGAR, KABBASHI, LAMAMRA, HAWAD = (
    "person:abdel-fattah-al-burhan", "person:mohamed-hamdan-dagalo", "person:kamil-idris",
    "person:dafallah-al-haj-ali", "person:osman-hussein", "person:malik-agar", "person:shams-al-din-kabbashi",
    "person:ramtane-lamamra", "person:hussein-awad-ali")
YAGOUB, ABAKAR, MINAWI, MADBOULY, SISI, ABOULGHEIT, PERRIELLO, KHEREIJI, OHAMDAN = (
    "person:ali-yagoub-gibril", "person:khamis-abakar", "person:minni-minawi", "person:mostafa-madbouly",
    "person:abdel-fattah-al-sisi", "person:ahmed-aboul-gheit", "person:tom-perriello",
    "person:waleed-elkhereiji", "person:omar-hamdan")
# new to the tables
ABDEEN, GHALI, ALIYOUSSEF, KHIDIR, NABIL, ATTA, ADAWI, ABUNAMU, MOHUSSEIN = (
    "person:abdelaziz-fathelrahman-abdeen", "person:mohamed-al-ghali", "person:ali-youssef-al-sharif",
    "person:mohamed-ahmed-al-khidir", "person:nabil-abdallah", "person:yasser-al-atta",
    "person:imad-eldin-adawi", "person:mohamed-bashir-abu-namu", "person:mohamed-osman-al-hussein")

ARTICLES = [
    ("arJV1_kamil_idris_oath", "ar",
     "كامل إدريس يؤدي اليمين الدستورية رئيساً للوزراء أمام البرهان\n"
     "بورتسودان 31-5-2025 (سونا) - أدى الدكتور كامل الطيب إدريس عبد الحفيظ، اليوم بالقصر الجمهوري "
     "ببورتسودان، اليمين الدستورية رئيساً لمجلس الوزراء أمام رئيس مجلس السيادة الانتقالي القائد العام "
     "للقوات المسلحة الفريق أول ركن عبد الفتاح البرهان عبد الرحمن، بحضور رئيس القضاء مولانا عبد العزيز "
     "فتح الرحمن عابدين.\n"
     "وكان رئيس مجلس السيادة قد أصدر في التاسع عشر من مايو الجاري مرسوماً دستورياً بتعيين الدكتور كامل "
     "إدريس رئيساً للوزراء خلفاً للسفير دفع الله الحاج علي، الذي كُلف في أبريل الماضي بتسيير مهام رئيس "
     "الوزراء خلفاً للدكتور عثمان حسين.\n"
     "وعقب أداء القسم عقد رئيس مجلس السيادة اجتماعاً مع رئيس الوزراء تناول أولويات المرحلة المقبلة "
     "وتشكيل حكومة الكفاءات الوطنية المستقلة، بحضور الأمين العام لمجلس السيادة الفريق ركن محمد الغالي "
     "علي يوسف.\n"
     "وقال رئيس الوزراء في تصريح صحفي إن حكومته ستولي الأولوية لمعاش المواطنين وإعادة الإعمار وعودة "
     "النازحين إلى ديارهم، مؤكداً أنها ستكون «حكومة كفاءات لا محاصصة».\n"
     "وكان الدكتور إدريس قد تلقى اتصالاً هاتفياً من رئيس مجلس الوزراء المصري الدكتور مصطفى مدبولي هنأه فيه "
     "بتوليه المنصب، ووجه له الدعوة لزيارة القاهرة.",
     [("MET_WITH", KAMIL, BURHAN, "عقد رئيس مجلس السيادة اجتماعاً مع رئيس الوزراء", "2025-05-31"),
      ("MET_WITH", ABDEEN, KAMIL, "بحضور رئيس القضاء مولانا", "2025-05-31"),
      ("MET_WITH", ABDEEN, BURHAN, "بحضور رئيس القضاء مولانا", "2025-05-31"),
      ("MET_WITH", GHALI, BURHAN, "بحضور الأمين العام لمجلس السيادة", "2025-05-31"),
      ("MET_WITH", GHALI, KAMIL, "بحضور الأمين العام لمجلس السيادة", "2025-05-31"),
      ("SUCCESSOR_OF", KAMIL, DAFALLAH, "رئيساً للوزراء خلفاً للسفير دفع الله الحاج علي", "2025-05-19"),
      ("SUCCESSOR_OF", DAFALLAH, OSMAN, "الوزراء خلفاً للدكتور عثمان حسين", "2025-04"),
      ("LEADS", KAMIL, SUDGOV, "اليمين الدستورية رئيساً لمجلس الوزراء"),
      ("LEADS", BURHAN, SOV, "رئيس مجلس السيادة الانتقالي القائد العام"),
      ("LEADS", BURHAN, SAF, "القائد العام للقوات المسلحة الفريق أول ركن"),
      ("LEADS", ABDEEN, JUDICIARY, "رئيس القضاء مولانا عبد العزيز"),
      ("MEMBER_OF", GHALI, SOV, "الأمين العام لمجلس السيادة الفريق ركن محمد"),
      ("LEADS", MADBOULY, EGYGOV, "رئيس مجلس الوزراء المصري الدكتور"),
      ],
     {"source": "blind set (Sudan state news agency SUNA, Arabic)", "published": "2025-05-31"}),

    ("enJV2_burhan_receives_lamamra", "en",
     "Al-Burhan receives UN Envoy Lamamra, reaffirms commitment to Jeddah Declaration\n"
     "Port Sudan, Feb. 2 (SUNA) - The Chairman of the Transitional Sovereignty Council and Commander-in-Chief "
     "of the Armed Forces, Gen. Abdel-Fattah Al-Burhan Abdel-Rahman, received at his office in Port Sudan "
     "today the Personal Envoy of the UN Secretary-General for Sudan, Ramtane Lamamra, in the presence of the "
     "Minister of Foreign Affairs, Ambassador Ali Youssef Ahmed Al-Sharif.\n"
     "The meeting reviewed the Envoy's efforts, with the Chairman affirming "
     "that any negotiation must start from the implementation of the Jeddah Declaration of 11 May 2023, "
     "foremost the exit of the rebel militia from citizens' homes.\n"
     "Minister Al-Sharif, who succeeded Ambassador Hussein Awad Ali at the Foreign Ministry last November, "
     "said in a press statement that the Envoy had briefed the Chairman on his recent contacts with "
     "regional and international partners.\n"
     "Lamamra later held talks with the Deputy Commander-in-Chief of the Armed Forces, Gen. Shams Eddin "
     "Kabbashi, on facilitating humanitarian access to Darfur and Kordofan.\n"
     "The Envoy told SUNA that he had no plans to meet the rebel militia's leadership during the current "
     "visit, adding that the proximity talks proposed by his office have not yet been scheduled.",
     [("MET_WITH", BURHAN, LAMAMRA, "received at his office in Port Sudan", "2025-02-02"),
      ("MET_WITH", ALIYOUSSEF, BURHAN, "in the presence of the Minister of Foreign Affairs", "2025-02-02"),
      ("MET_WITH", ALIYOUSSEF, LAMAMRA, "in the presence of the Minister of Foreign Affairs", "2025-02-02"),
      ("SUCCESSOR_OF", ALIYOUSSEF, HAWAD, "who succeeded Ambassador Hussein Awad Ali", "2024-11"),
      ("MET_WITH", LAMAMRA, KABBASHI, "Lamamra later held talks with the Deputy Commander-in-Chief", "2025-02-02"),
      ("LEADS", BURHAN, SOV, "The Chairman of the Transitional Sovereignty Council"),
      ("LEADS", BURHAN, SAF, "Commander-in-Chief of the Armed Forces, Gen. Abdel-Fattah"),
      ("MEMBER_OF", LAMAMRA, UN, "Personal Envoy of the UN Secretary-General"),
      ("LEADS", ALIYOUSSEF, SUDFM, "Minister of Foreign Affairs, Ambassador Ali"),
      ("MEMBER_OF", KABBASHI, SAF, "Deputy Commander-in-Chief of the Armed Forces, Gen. Shams"),
      ("VISITED", LAMAMRA, PORTSUDAN, "at his office in Port Sudan today", "2025-02-02"),
      ("REPORTED_BY", LAMAMRA, SUNA, "The Envoy told SUNA"),
      ],
     {"source": "blind set (Sudan state news agency SUNA, English service)", "published": "2025-02-02"}),

    ("arJV3_ali_yagoub_killed_el_fasher", "ar",
     "الفرقة السادسة مشاة: مقتل المتمرد علي يعقوب قائد المليشيا بوسط دارفور\n"
     "الفاشر 15-6-2024 (سونا) - أعلنت قيادة الفرقة السادسة مشاة بالفاشر أن قواتها والقوات المشتركة "
     "لحركات الكفاح المسلح تصدت، أمس الجمعة، لهجوم واسع شنته مليشيا الدعم السريع المتمردة على المدينة من "
     "الاتجاهين الشرقي والجنوبي، وقتلت خلاله المتمرد علي يعقوب جبريل قائد المليشيا بولاية وسط دارفور.\n"
     "وقال قائد الفرقة السادسة مشاة اللواء الركن محمد أحمد الخضر إن القوات كبدت المليشيا خسائر فادحة في "
     "الأرواح والعتاد، ودمرت عدداً من العربات القتالية.\n"
     "من جهته، أكد الناطق الرسمي باسم القوات المسلحة العميد الركن نبيل عبد الله أن مقتل علي يعقوب يمثل "
     "ضربة موجعة للمليشيا، مشيراً إلى أن المليشيا هي التي اغتالت والي غرب دارفور خميس أبكر بالجنينة في "
     "يونيو من العام الماضي.\n"
     "وفي بورتسودان، التقى عضو مجلس السيادة الانتقالي مساعد القائد العام الفريق أول ركن ياسر العطا حاكم "
     "إقليم دارفور مني أركو مناوي، وتناول اللقاء تطورات الأوضاع في الفاشر وسبل فك الحصار عنها.\n"
     "إلى ذلك، لقي عدد من المواطنين مصرعهم جراء قصف مدفعي استهدف السوق الكبير بالفاشر، فيما تلقى مناوي "
     "اتصالاً هاتفياً من رئيس مجلس السيادة للاطمئنان على الأوضاع.",
     [("ASSASSINATED_BY", YAGOUB, DIV6, "وقتلت خلاله المتمرد علي يعقوب جبريل", "2024-06-14"),
      ("ASSASSINATED_BY", YAGOUB, JOINT, "وقتلت خلاله المتمرد علي يعقوب جبريل", "2024-06-14"),
      ("MEMBER_OF", YAGOUB, RSF, "قائد المليشيا بولاية وسط دارفور"),
      ("ATTACKED", RSF, ELFASHER, "لهجوم واسع شنته مليشيا الدعم السريع المتمردة على المدينة", "2024-06-14"),
      ("LEADS", KHIDIR, DIV6, "قائد الفرقة السادسة مشاة اللواء الركن"),
      ("MEMBER_OF", NABIL, SAF, "الناطق الرسمي باسم القوات المسلحة العميد"),
      ("ASSASSINATED_BY", ABAKAR, RSF, "المليشيا هي التي اغتالت والي غرب دارفور", "2023-06"),
      ("MET_WITH", ATTA, MINAWI, "الفريق أول ركن ياسر العطا حاكم إقليم دارفور", "2024-06"),
      ("MEMBER_OF", ATTA, SOV, "عضو مجلس السيادة الانتقالي مساعد القائد العام"),
      ],
     {"source": "blind set (Sudan state news agency SUNA, Arabic)", "published": "2024-06-15"}),

    ("enJV4_kamil_idris_cairo_madbouly", "en",
     "PM Idris holds talks with Egyptian counterpart Madbouly in Cairo\n"
     "Cairo, Aug. 13 (SUNA) - Prime Minister Dr. Kamil Eltayeb Idris held talks today in the New "
     "Administrative Capital with the Egyptian Prime Minister, Dr. Mostafa Madbouly, on the first foreign "
     "visit he has made since assuming office.\n"
     "The talks were attended by Sudan's Ambassador to Egypt, Lt. Gen. Imad Eldin Adawi, and dealt with the "
     "rehabilitation of Khartoum's infrastructure, electricity interconnection and the voluntary return of "
     "Sudanese citizens from Egypt.\n"
     "Later in the day, President Abdel Fattah El-Sisi received Dr. Idris at Al-Ittihadiya Palace, where he "
     "reaffirmed Egypt's support for the unity of Sudan and its national institutions.\n"
     "Dr. Idris, who was appointed in May to succeed Ambassador Dafallah Al-Haj Ali at the head of the "
     "Government, conveyed to the Egyptian President the greetings of the Chairman of the Sovereignty "
     "Council, Gen. Abdel-Fattah Al-Burhan.\n"
     "The Prime Minister's office said a meeting with the Secretary-General of the Arab League, Ahmed Aboul "
     "Gheit, was scheduled for Thursday, before the delegation returns to Port Sudan.",
     [("VISITED", KAMIL, CAIRO, "Egyptian counterpart Madbouly in Cairo", "2025-08-13"),
      ("MET_WITH", KAMIL, MADBOULY, "held talks today in the New Administrative Capital", "2025-08-13"),
      ("MET_WITH", ADAWI, KAMIL, "The talks were attended by Sudan's Ambassador to Egypt", "2025-08-13"),
      ("MET_WITH", ADAWI, MADBOULY, "The talks were attended by Sudan's Ambassador to Egypt", "2025-08-13"),
      ("MET_WITH", SISI, KAMIL, "President Abdel Fattah El-Sisi received Dr. Idris", "2025-08-13"),
      ("VISITED", KAMIL, ITTIHADIYA, "received Dr. Idris at Al-Ittihadiya Palace", "2025-08-13"),
      ("SUCCESSOR_OF", KAMIL, DAFALLAH, "to succeed Ambassador Dafallah Al-Haj Ali", "2025-05"),
      ("LEADS", KAMIL, SUDGOV, "Prime Minister Dr. Kamil Eltayeb Idris"),
      ("LEADS", MADBOULY, EGYGOV, "the Egyptian Prime Minister, Dr. Mostafa"),
      ("LEADS", SISI, EGYPT, "President Abdel Fattah El-Sisi"),
      ("LEADS", BURHAN, SOV, "the Chairman of the Sovereignty Council"),
      ("LEADS", ABOULGHEIT, ARABLEAGUE, "the Secretary-General of the Arab League, Ahmed"),
      ],
     {"source": "blind set (Sudan state news agency SUNA, English service)", "published": "2025-08-13"}),

    ("enJV5_jeddah_consultations_geneva", "en",
     "Government delegation concludes Jeddah consultations with US side\n"
     "Port Sudan, Aug. 12 (SUNA) - The Government delegation to the Jeddah consultations, headed by the "
     "Minister of Minerals, Mohamed Bashir Abu Namu, returned to Port Sudan today after two days of talks "
     "with a US delegation led by the Special Envoy for Sudan, Tom Perriello.\n"
     "The consultations, held at the invitation of the Kingdom of Saudi Arabia, were attended by the Saudi "
     "Deputy Minister of Foreign Affairs for Political Affairs, Waleed Elkhereiji.\n"
     "Upon arrival, Abu Namu briefed the Chairman of the Sovereignty Council, Gen. Abdel-Fattah Al-Burhan, "
     "at his office on the outcome of the consultations.\n"
     "In a statement to SUNA, the minister said the delegation had conveyed the Government's position that "
     "the Jeddah Declaration signed in May 2023 must be implemented before any new negotiation, and that "
     "Sudan would not take part in the Geneva talks in their current format.\n"
     "The rebel militia's delegation, headed by Omar Hamdan, arrived in Geneva on Sunday, according to media "
     "reports.\n"
     "A meeting proposed between the head of the Sovereignty Council and the US Envoy at Port Sudan airport "
     "did not take place.",
     [("MET_WITH", ABUNAMU, PERRIELLO, "after two days of talks with a US delegation", "2024-08"),
      ("MET_WITH", KHEREIJI, ABUNAMU, "were attended by the Saudi Deputy Minister", "2024-08"),
      ("MET_WITH", KHEREIJI, PERRIELLO, "were attended by the Saudi Deputy Minister", "2024-08"),
      ("MET_WITH", ABUNAMU, BURHAN, "Abu Namu briefed the Chairman", "2024-08-12"),
      ("VISITED", ABUNAMU, JEDDAH, "The Government delegation to the Jeddah consultations", "2024-08"),
      ("MEMBER_OF", ABUNAMU, SUDGOV, "the Minister of Minerals, Mohamed Bashir"),
      ("MEMBER_OF", PERRIELLO, USSTATE, "the Special Envoy for Sudan, Tom"),
      ("MEMBER_OF", KHEREIJI, SAUDIFM, "the Saudi Deputy Minister of Foreign Affairs"),
      ("LEADS", BURHAN, SOV, "the Chairman of the Sovereignty Council, Gen."),
      ("MEMBER_OF", OHAMDAN, RSF, "The rebel militia's delegation, headed by Omar Hamdan"),
      ("VISITED", OHAMDAN, GENEVA, "arrived in Geneva on Sunday", "2024-08-11"),
      ("REPORTED_BY", ABUNAMU, SUNA, "In a statement to SUNA"),
      ],
     {"source": "blind set (Sudan state news agency SUNA, English service)", "published": "2024-08-12"}),

    ("arJV6_agar_deputy_replaces_dagalo", "ar",
     "البرهان يصدر مرسوماً دستورياً بتعيين مالك عقار نائباً لرئيس مجلس السيادة\n"
     "الخرطوم 19-5-2023 (سونا) - أصدر رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول "
     "ركن عبد الفتاح البرهان، اليوم، مرسوماً دستورياً بتعيين عضو المجلس الفريق مالك عقار إير نائباً لرئيس "
     "مجلس السيادة الانتقالي، خلفاً لقائد قوات الدعم السريع محمد حمدان دقلو الذي أُعفي من المنصب.\n"
     "وعقار رئيس الحركة الشعبية لتحرير السودان - شمال، وأحد الموقعين على اتفاق جوبا لسلام السودان.\n"
     "وفي أول نشاط له عقب صدور المرسوم، التقى نائب رئيس مجلس السيادة رئيس هيئة الأركان الفريق أول ركن "
     "محمد عثمان الحسين، بحضور عضو مجلس السيادة الفريق أول ركن شمس الدين كباشي، واطلع على الموقف "
     "العملياتي.\n"
     "وقال عقار في تصريح لسونا إن تكليفه يأتي في ظرف استثنائي، مؤكداً أن الأولوية لإنهاء التمرد وحماية "
     "المدنيين وإيصال المساعدات الإنسانية.\n"
     "وتتواصل في مدينة جدة المحادثات غير المباشرة بين وفد القوات المسلحة ووفد المتمردين برعاية المملكة "
     "العربية السعودية والولايات المتحدة الأمريكية، والتي أفضت إلى توقيع إعلان جدة للالتزام بحماية "
     "المدنيين في الحادي عشر من مايو الجاري.",
     [("SUCCESSOR_OF", AGAR, HEMEDTI, "خلفاً لقائد قوات الدعم السريع", "2023-05-19"),
      ("LEADS", HEMEDTI, RSF, "لقائد قوات الدعم السريع محمد حمدان دقلو"),
      ("MEMBER_OF", AGAR, SOV, "عضو المجلس الفريق مالك عقار إير"),
      ("LEADS", BURHAN, SOV, "أصدر رئيس مجلس السيادة الانتقالي القائد العام"),
      ("LEADS", AGAR, SPLMN, "وعقار رئيس الحركة الشعبية لتحرير السودان"),
      ("MET_WITH", AGAR, MOHUSSEIN, "التقى نائب رئيس مجلس السيادة رئيس هيئة الأركان", "2023-05"),
      ("MET_WITH", KABBASHI, AGAR, "بحضور عضو مجلس السيادة الفريق أول ركن شمس الدين كباشي", "2023-05"),
      ("MET_WITH", KABBASHI, MOHUSSEIN, "بحضور عضو مجلس السيادة الفريق أول ركن شمس الدين كباشي", "2023-05"),
      ("MEMBER_OF", MOHUSSEIN, SAF, "رئيس هيئة الأركان الفريق أول ركن محمد عثمان"),
      ("MEMBER_OF", KABBASHI, SOV, "عضو مجلس السيادة الفريق أول ركن شمس"),
      ("REPORTED_BY", AGAR, SUNA, "وقال عقار في تصريح لسونا"),
      ],
     {"source": "blind set (Sudan state news agency SUNA, Arabic)", "published": "2023-05-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJV")
