"""Blind set JD: Iran and its allies, April-June 2024, from the Damascus consulate strike to the
caretakers after Raisi's crash, as three kinds of outlet write it: an Iranian semi-official agency's
Arabic and English services (Tasnim / Mehr-like: "the Zionist regime", "martyred", "the Leader of the
Islamic Revolution", long official titles, "TEHRAN (Tasnim) -", "(MNA) -"), an Omani and a Qatari
official agency (ONA / QNA protocol: "استقبل حضرة صاحب الجلالة ...", "حضر المقابلة ...", "ومن جانب
الضيف ...") and a Western English daily's analysis-tinged news (attributions, a think-tank quote).
Pieces: Amir-Abdollahian in Damascus a week after the strike that killed Zahedi (Tasnim, Arabic);
Khamenei receives the armed forces' commanders after Operation True Promise (Tasnim, English);
Sultan Haitham receives Amir-Abdollahian in Muscat (ONA, Arabic); Raisi's death and the caretakers
Mokhber and Bagheri Kani (Western daily, English); the Emir of Qatar in Tehran for condolences (QNA,
Arabic); Bagheri Kani's first trip as acting minister, Beirut and Damascus (Mehr, English).
Excluded on purpose: Amir-Abdollahian's phone call with the UN Secretary-General; the Isfahan
explosions of 19 April that no one claimed; Albusaidi's phone call with Safadi; the crash's cause
(no agent, sabotage only hinted at; Israel let it be known it was not involved) and Bagheri Kani's
"indirect talks" with US officials through Omani mediators; the Emir's cable of condolence; the talks
Bagheri Kani was "scheduled to hold" with Assad and Mekdad in Damascus. A plain list of people
received by Khamenei is not paired within itself; attendees of a meeting are paired with everyone
present, their own side included.
Spellings: Amirabdollahian, Ali Bagheri-Kani, Ali Baqeri Kani, Najib Miqati, Abdallah Bouhabib,
Seyyed Hassan Nasrallah, Mohammad Hossein Bagheri, Seyyed Ali Khamenei, "Baqeri Kani" / "the top
Iranian diplomat" after the first mention.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_jf import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISR, SYRIA, OMAN, QATAR, AZER = ("country:iran", "country:israel", "country:syria", "country:oman",
                                       "country:qatar", "country:azerbaijan")
IRGC, QF, IRGCAF, IRFM, IRGOV, STAFF, IRARMY = (
    "organization:irgc", "organization:quds-force", "organization:irgc-aerospace-force",
    "organization:iranian-foreign-ministry", "organization:iranian-government",
    "organization:iranian-armed-forces-general-staff", "organization:iranian-army")
NAVY, AIRDEF, AGSIW = ("organization:iranian-army-navy", "organization:iranian-army-air-defense-force",
                       "organization:arab-gulf-states-institute")
SYRGOV, SYRFM, OMFM, DIWAN = ("organization:syrian-government", "organization:syrian-foreign-ministry",
                              "organization:omani-foreign-ministry", "organization:qatar-emiri-diwan")
HEZ, HAMAS, LEBGOV, LEBPARL, LEBFM = ("organization:hezbollah", "organization:hamas", "organization:lebanese-government",
                                      "organization:lebanese-parliament", "organization:lebanese-foreign-ministry")
DAMASCUS, MEZZEH, CONSULATE, MUSCAT, TEHRAN, BEIRUT, NEVATIM, VARZAQAN, EAZ = (
    "location:damascus", "location:mezzeh", "location:iranian-consulate-damascus", "location:muscat",
    "location:tehran", "location:beirut", "location:nevatim-air-base", "location:varzaqan",
    "location:east-azerbaijan-province")
AMIRABD, BAGHERIK, RAISI, MOKHBER, KHAMENEI = (
    "person:hossein-amir-abdollahian", "person:ali-bagheri-kani", "person:ebrahim-raisi",
    "person:mohammad-mokhber", "person:ali-khamenei")
ZAHEDI, RAHIMI, AKBARI, NAJAFI = ("person:mohammad-reza-zahedi", "person:mohammad-hadi-haji-rahimi",
                                  "person:hossein-akbari", "person:ali-najafi-khoshroudi")
BAGHERI, SALAMI, MOUSAVI, HAJIZADEH = ("person:mohammad-bagheri", "person:hossein-salami",
                                       "person:abdolrahim-mousavi", "person:amir-ali-hajizadeh")
ASSAD, MEKDAD, HAITHAM, ALBUSAIDI, TAMIM, ALIYEV = (
    "person:bashar-al-assad", "person:faisal-mekdad", "person:haitham-bin-tarik", "person:badr-albusaidi",
    "person:tamim-bin-hamad-al-thani", "person:ilham-aliyev")
NASRALLAH, BERRI, MIKATI, BOUHABIB, ABDULHADI = (
    "person:hassan-nasrallah", "person:nabih-berri", "person:najib-mikati", "person:abdallah-bou-habib",
    "person:ahmad-abdul-hadi")
# new to the tables
AZZAM, IRANI, SABAHI, MUAINI, MMOUSAVI, ALFONEH, SAOUD, BAYRAM = (
    "person:mansour-azzam", "person:shahram-irani", "person:alireza-sabahifard", "person:ibrahim-al-muaini",
    "person:mehdi-mousavi", "person:ali-alfoneh", "person:saoud-bin-abdulrahman-al-thani", "person:mostafa-bayram")

ARTICLES = [
    ("arJD1_abdollahian_damascus_consulate", "ar",
     "أمير عبداللهيان من دمشق: الكيان الصهيوني سيتلقى العقاب على جريمة القنصلية\n"
     "دمشق – تسنيم: وصل وزير الخارجية الإيراني حسين أمير عبداللهيان، مساء الاثنين، إلى العاصمة السورية "
     "دمشق في زيارة رسمية، افتتح خلالها المبنى الجديد للقسم القنصلي في السفارة الإيرانية، بعد أسبوع من "
     "الهجوم الصهيوني على مبنى القنصلية في حي المزة.\n"
     "واستقبل الرئيس السوري بشار الأسد الوزير أمير عبداللهيان في قصر الشعب، بحضور وزير شؤون رئاسة "
     "الجمهورية منصور عزام والسفير الإيراني في دمشق حسين أكبري، وجرى البحث في تداعيات العدوان "
     "والتطورات في غزة.\n"
     "كما عقد أمير عبداللهيان جلسة مباحثات مع نظيره السوري فيصل المقداد، أعقبها مؤتمر صحفي مشترك.\n"
     "وكان العميد محمد رضا زاهدي، القائد في فيلق القدس التابع لحرس الثورة الإسلامية، ومساعده العميد محمد "
     "هادي حاجي رحيمي قد استشهدا مع خمسة من المستشارين العسكريين الإيرانيين في الغارة التي شنّها الكيان "
     "الصهيوني في الأول من نيسان/أبريل على القنصلية.\n"
     "وأكد رئيس الدبلوماسية الإيرانية في المؤتمر الصحفي أن «الكيان المعتدي سيُعاقَب»، مشيراً إلى أنه بحث "
     "هاتفياً، قبل توجهه إلى دمشق، مع الأمين العام للأمم المتحدة ضرورة إدانة مجلس الأمن للهجوم.",
     [("LEADS", AMIRABD, IRFM, "وزير الخارجية الإيراني حسين"),
      ("VISITED", AMIRABD, DAMASCUS, "إلى العاصمة السورية", "2024-04-08"),
      ("ATTACKED", ISR, CONSULATE, "الهجوم الصهيوني على مبنى القنصلية", "2024-04-01"),
      ("LOCATED_IN", CONSULATE, MEZZEH, "مبنى القنصلية في حي المزة"),
      ("MET_WITH", ASSAD, AMIRABD, "واستقبل الرئيس السوري بشار الأسد", "2024-04-08"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار"),
      ("MET_WITH", AZZAM, ASSAD, "بحضور وزير شؤون رئاسة", "2024-04-08"),
      ("MET_WITH", AZZAM, AMIRABD, "بحضور وزير شؤون رئاسة", "2024-04-08"),
      ("MEMBER_OF", AZZAM, SYRGOV, "بحضور وزير شؤون رئاسة"),
      ("MET_WITH", AKBARI, ASSAD, "والسفير الإيراني في دمشق حسين أكبري", "2024-04-08"),
      ("MET_WITH", AKBARI, AMIRABD, "والسفير الإيراني في دمشق حسين أكبري", "2024-04-08"),
      ("MET_WITH", AKBARI, AZZAM, "والسفير الإيراني في دمشق حسين أكبري", "2024-04-08"),
      ("MET_WITH", AMIRABD, MEKDAD, "جلسة مباحثات مع نظيره السوري", "2024-04-08"),
      ("LEADS", MEKDAD, SYRFM, "نظيره السوري فيصل المقداد"),
      ("MEMBER_OF", ZAHEDI, QF, "القائد في فيلق القدس"),
      ("PART_OF", QF, IRGC, "فيلق القدس التابع لحرس الثورة"),
      ("ASSASSINATED_BY", ZAHEDI, ISR, "في الغارة التي شنّها الكيان", "2024-04-01"),
      ("ASSASSINATED_BY", RAHIMI, ISR, "في الغارة التي شنّها الكيان", "2024-04-01"),
      ],
     {"source": "blind set (Iranian semi-official agency, Arabic service)", "published": "2024-04-08"}),

    ("enJD2_leader_receives_commanders", "en",
     "Leader hails Armed Forces for Operation True Promise, receives top commanders\n"
     "TEHRAN (Tasnim) - Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei on Sunday received a "
     "group of senior commanders of the Armed Forces, including Chief of Staff Major General Mohammad Hossein "
     "Bagheri, IRGC Commander Major General Hossein Salami, Army Commander Major General Abdolrahim Mousavi, "
     "Navy Commander Rear Admiral Shahram Irani and Commander of the Khatam al-Anbiya Air Defense Base "
     "Brigadier General Alireza Sabahifard.\n"
     "Ayatollah Khamenei praised Operation True Promise, in which the IRGC Aerospace Force launched drones "
     "and missiles at the occupied territories on the night of April 13-14.\n"
     "According to the IRGC, the missiles struck the Nevatim air base in the Negev, from where the F-35 jets "
     "used in the Zionist regime's attack on Iran's consular section in Damascus on April 1 had taken off. "
     "That attack martyred General Mohammad Reza Zahedi and six other military advisers.\n"
     "Commander of the IRGC Aerospace Force Brigadier General Amir Ali Hajizadeh said last week the "
     "operation had been carried out with minimum force.\n"
     "On Friday, air defense units fired at small objects over Isfahan; no party claimed responsibility.",
     [("LEADS", KHAMENEI, IRAN, "Leader of the Islamic Revolution Ayatollah"),
      ("MET_WITH", KHAMENEI, BAGHERI, "received a group of senior commanders", "2024-04-21"),
      ("MET_WITH", KHAMENEI, SALAMI, "received a group of senior commanders", "2024-04-21"),
      ("MET_WITH", KHAMENEI, MOUSAVI, "received a group of senior commanders", "2024-04-21"),
      ("MET_WITH", KHAMENEI, IRANI, "received a group of senior commanders", "2024-04-21"),
      ("MET_WITH", KHAMENEI, SABAHI, "received a group of senior commanders", "2024-04-21"),
      ("LEADS", BAGHERI, STAFF, "Chief of Staff Major General Mohammad Hossein"),
      ("LEADS", SALAMI, IRGC, "IRGC Commander Major General Hossein Salami"),
      ("LEADS", MOUSAVI, IRARMY, "Army Commander Major General Abdolrahim"),
      ("LEADS", IRANI, NAVY, "Navy Commander Rear Admiral Shahram"),
      ("LEADS", SABAHI, AIRDEF, "Commander of the Khatam al-Anbiya Air Defense Base"),
      ("ATTACKED", IRGCAF, ISR, "launched drones and missiles at the occupied territories", "2024-04-13"),
      ("ATTACKED", IRGCAF, NEVATIM, "the missiles struck the Nevatim air base", "2024-04-14"),
      ("ATTACKED", ISR, CONSULATE, "the Zionist regime's attack on Iran's consular section", "2024-04-01"),
      ("ASSASSINATED_BY", ZAHEDI, ISR, "That attack martyred General Mohammad Reza Zahedi", "2024-04-01"),
      ("LEADS", HAJIZADEH, IRGCAF, "Commander of the IRGC Aerospace Force Brigadier"),
      ],
     {"source": "blind set (Iranian semi-official agency, English service)", "published": "2024-04-21"}),

    ("arJD3_sultan_receives_abdollahian", "ar",
     "جلالة السلطان المعظم يستقبل وزير خارجية الجمهورية الإسلامية الإيرانية\n"
     "مسقط في 7 أبريل /العُمانية/ استقبل حضرة صاحب الجلالة السلطان هيثم بن طارق المعظم - حفظه الله ورعاه - "
     "بقصر البركة العامر اليوم معالي الدكتور حسين أمير عبداللهيان وزير خارجية الجمهورية الإسلامية الإيرانية "
     "والوفد المرافق له.\n"
     "ونقل معاليه لجلالته - أبقاه الله - تحيات فخامة الرئيس إبراهيم رئيسي رئيس الجمهورية الإسلامية الإيرانية، "
     "فيما حمّله جلالته تحياته لفخامته وتمنياته للشعب الإيراني الصديق بدوام التقدم والازدهار.\n"
     "وجرى خلال المقابلة استعراض العلاقات الثنائية الوطيدة بين البلدين، وتبادل وجهات النظر حول تطورات "
     "الأوضاع في المنطقة، لا سيما في قطاع غزة.\n"
     "حضر المقابلة معالي السيد بدر بن حمد البوسعيدي وزير الخارجية، ومن جانب الضيف سعادة علي نجفي خوشرودي "
     "سفير الجمهورية الإسلامية الإيرانية المعتمد لدى سلطنة عُمان.\n"
     "وكان معالي السيد وزير الخارجية قد عقد في وقت سابق اليوم جلسة مباحثات رسمية مع الوزير الضيف بديوان عام "
     "الوزارة، بحضور سعادة إبراهيم بن أحمد المعيني سفير سلطنة عُمان لدى الجمهورية الإسلامية الإيرانية.\n"
     "من جانب آخر، تلقى معالي السيد بدر بن حمد البوسعيدي اتصالاً هاتفياً من معالي أيمن الصفدي نائب رئيس "
     "الوزراء وزير الخارجية وشؤون المغتربين بالمملكة الأردنية الهاشمية.",
     [("VISITED", AMIRABD, MUSCAT, "مسقط في 7 أبريل", "2024-04-07"),
      ("MET_WITH", HAITHAM, AMIRABD, "استقبل حضرة صاحب الجلالة السلطان", "2024-04-07"),
      ("LEADS", HAITHAM, OMAN, "السلطان هيثم بن طارق المعظم"),
      ("LEADS", AMIRABD, IRFM, "وزير خارجية الجمهورية الإسلامية الإيرانية والوفد"),
      ("LEADS", RAISI, IRAN, "تحيات فخامة الرئيس إبراهيم رئيسي"),
      ("MET_WITH", ALBUSAIDI, HAITHAM, "حضر المقابلة معالي السيد بدر", "2024-04-07"),
      ("MET_WITH", ALBUSAIDI, AMIRABD, "حضر المقابلة معالي السيد بدر", "2024-04-07"),
      ("LEADS", ALBUSAIDI, OMFM, "بدر بن حمد البوسعيدي وزير الخارجية، ومن"),
      ("MET_WITH", NAJAFI, HAITHAM, "سعادة علي نجفي خوشرودي", "2024-04-07"),
      ("MET_WITH", NAJAFI, AMIRABD, "سعادة علي نجفي خوشرودي", "2024-04-07"),
      ("MET_WITH", NAJAFI, ALBUSAIDI, "سعادة علي نجفي خوشرودي", "2024-04-07"),
      ("MET_WITH", MUAINI, ALBUSAIDI, "بحضور سعادة إبراهيم بن أحمد المعيني", "2024-04-07"),
      ("MET_WITH", MUAINI, AMIRABD, "بحضور سعادة إبراهيم بن أحمد المعيني", "2024-04-07"),
      ],
     {"source": "blind set (Omani official news agency, Arabic)", "published": "2024-04-07"}),

    ("enJD4_raisi_crash_caretakers", "en",
     "Raisi's death leaves Iran with a caretaker team and a snap election\n"
     "Iran's supreme leader, Ayatollah Ali Khamenei, moved quickly on Monday to project continuity, "
     "approving First Vice-President Mohammad Mokhber as acting president after Ebrahim Raisi was killed when "
     "his helicopter came down in fog near Varzaqan, in East Azerbaijan province.\n"
     "The foreign minister, Hossein Amirabdollahian, died in the same crash, as did the head of the "
     "president's security team, Mehdi Mousavi, an officer of the Revolutionary Guards. The cabinet named "
     "Ali Bagheri-Kani, the chief nuclear negotiator, acting foreign minister in his place.\n"
     "Hours before the crash Raisi, accompanied by Amirabdollahian, had met Azerbaijan's president, Ilham "
     "Aliyev, at the inauguration of a dam on the border.\n"
     "Officials have given no cause for the crash. A few hardline commentators hinted at sabotage, but the "
     "government has blamed no one, and Israel let it be known that it was not involved.\n"
     "\"The system was built to absorb exactly this kind of shock,\" said Ali Alfoneh, a senior fellow at the "
     "Arab Gulf States Institute in Washington. A new election has been set for June 28.\n"
     "Mokhber is unlikely to become the face of Iran abroad. Bagheri-Kani, who held indirect talks with "
     "American officials through Omani mediators in January, may.",
     [("LEADS", KHAMENEI, IRAN, "Iran's supreme leader, Ayatollah Ali Khamenei"),
      ("SUCCESSOR_OF", MOKHBER, RAISI, "as acting president after Ebrahim Raisi was killed", "2024-05-20"),
      ("LEADS", MOKHBER, IRAN, "Mohammad Mokhber as acting president"),
      ("LOCATED_IN", VARZAQAN, EAZ, "near Varzaqan, in East Azerbaijan province"),
      ("LEADS", AMIRABD, IRFM, "The foreign minister, Hossein Amirabdollahian"),
      ("MEMBER_OF", MMOUSAVI, IRGC, "an officer of the Revolutionary Guards"),
      ("SUCCESSOR_OF", BAGHERIK, AMIRABD, "acting foreign minister in his place", "2024-05-20"),
      ("MET_WITH", RAISI, ALIYEV, "had met Azerbaijan's president", "2024-05-19"),
      ("MET_WITH", AMIRABD, ALIYEV, "had met Azerbaijan's president", "2024-05-19"),
      ("MET_WITH", RAISI, AMIRABD, "accompanied by Amirabdollahian", "2024-05-19"),
      ("LEADS", ALIYEV, AZER, "Azerbaijan's president, Ilham"),
      ("MEMBER_OF", ALFONEH, AGSIW, "a senior fellow at the"),
      ],
     {"source": "blind set (Western English daily, English)", "published": "2024-05-21"}),

    ("arJD5_amir_tehran_condolences", "ar",
     "سمو الأمير يقدم واجب العزاء في وفاة الرئيس الإيراني ويلتقي الرئيس المكلف\n"
     "طهران في 22 مايو /قنا/ قدم حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، واجب العزاء "
     "في وفاة فخامة الرئيس إبراهيم رئيسي رئيس الجمهورية الإسلامية الإيرانية ومرافقيه، خلال زيارة سموه إلى "
     "طهران اليوم.\n"
     "والتقى سمو الأمير، خلال الزيارة، فخامة الدكتور محمد مخبر الرئيس المكلف بمهام رئاسة الجمهورية "
     "الإسلامية الإيرانية، حيث أعرب سموه عن خالص تعازيه ومواساته للحكومة والشعب الإيراني الشقيق.\n"
     "حضر اللقاء سعادة الشيخ سعود بن عبدالرحمن آل ثاني رئيس الديوان الأميري، ومن الجانب الإيراني معالي السيد "
     "علي باقري كني القائم بأعمال وزير الخارجية.\n"
     "كما التقى سمو الأمير بسماحة آية الله السيد علي خامنئي المرشد الأعلى للثورة الإسلامية في إيران، وقدم "
     "له التعازي، داعياً المولى عز وجل أن يتغمد الفقيد ومرافقيه بواسع رحمته.\n"
     "وكان سمو الأمير المفدى قد بعث، يوم الإثنين، ببرقية تعزية إلى سماحته، أعرب فيها عن خالص تعازيه "
     "وصادق مواساته في وفاة الرئيس الإيراني ومرافقيه إثر حادث تحطم المروحية.\n"
     "وغادر سمو الأمير طهران بعد ظهر اليوم عائداً إلى أرض الوطن.",
     [("LEADS", TAMIM, QATAR, "الشيخ تميم بن حمد آل ثاني أمير البلاد"),
      ("LEADS", RAISI, IRAN, "إبراهيم رئيسي رئيس الجمهورية الإسلامية الإيرانية ومرافقيه"),
      ("VISITED", TAMIM, TEHRAN, "خلال زيارة سموه إلى", "2024-05-22"),
      ("MET_WITH", TAMIM, MOKHBER, "والتقى سمو الأمير، خلال الزيارة", "2024-05-22"),
      ("LEADS", MOKHBER, IRAN, "الرئيس المكلف بمهام رئاسة"),
      ("MET_WITH", SAOUD, TAMIM, "حضر اللقاء سعادة الشيخ سعود", "2024-05-22"),
      ("MET_WITH", SAOUD, MOKHBER, "حضر اللقاء سعادة الشيخ سعود", "2024-05-22"),
      ("LEADS", SAOUD, DIWAN, "رئيس الديوان الأميري"),
      ("MET_WITH", BAGHERIK, TAMIM, "معالي السيد علي باقري كني", "2024-05-22"),
      ("MET_WITH", BAGHERIK, MOKHBER, "معالي السيد علي باقري كني", "2024-05-22"),
      ("MET_WITH", BAGHERIK, SAOUD, "معالي السيد علي باقري كني", "2024-05-22"),
      ("LEADS", BAGHERIK, IRFM, "القائم بأعمال وزير الخارجية"),
      ("MET_WITH", TAMIM, KHAMENEI, "كما التقى سمو الأمير بسماحة", "2024-05-22"),
      ("LEADS", KHAMENEI, IRAN, "المرشد الأعلى للثورة الإسلامية في إيران"),
      ],
     {"source": "blind set (Qatari official news agency, Arabic)", "published": "2024-05-22"}),

    ("enJD6_baqeri_kani_beirut", "en",
     "Baqeri Kani meets Seyyed Hassan Nasrallah on first foreign trip as acting FM\n"
     "BEIRUT, June 4 (MNA) - Iran's acting Foreign Minister Ali Baqeri Kani, who arrived in Beirut on Monday "
     "on his first foreign trip since taking over the ministry after the martyrdom of Hossein "
     "Amir-Abdollahian, met with Hezbollah Secretary-General Seyyed Hassan Nasrallah, the movement's media "
     "office said.\n"
     "Upon arrival at Rafic Hariri International Airport, the top Iranian diplomat was welcomed by Lebanon's "
     "Labor Minister Mostafa Bayram, with whom he held a short meeting in the airport's VIP lounge.\n"
     "Baqeri Kani then met separately with Parliament Speaker Nabih Berri, caretaker Prime Minister Najib "
     "Miqati and Foreign Minister Abdallah Bouhabib, and discussed the latest developments in Gaza and "
     "southern Lebanon.\n"
     "He also met leaders of Palestinian resistance groups based in Beirut, including Hamas representative in "
     "Lebanon Ahmad Abdul Hadi.\n"
     "The Iranian diplomat arrived in Damascus on Tuesday, where he is scheduled to hold talks with Syrian "
     "President Bashar al-Assad and Foreign Minister Faisal Mekdad.\n"
     "Baqeri Kani, Iran's chief nuclear negotiator, was appointed caretaker of the Foreign Ministry after "
     "the May 19 helicopter crash that also killed President Ebrahim Raisi.",
     [("LEADS", BAGHERIK, IRFM, "Iran's acting Foreign Minister Ali Baqeri Kani"),
      ("VISITED", BAGHERIK, BEIRUT, "who arrived in Beirut on Monday", "2024-06-03"),
      ("SUCCESSOR_OF", BAGHERIK, AMIRABD, "since taking over the ministry after the martyrdom", "2024-05"),
      ("MET_WITH", BAGHERIK, NASRALLAH, "met with Hezbollah Secretary-General", "2024-06-03"),
      ("LEADS", NASRALLAH, HEZ, "Hezbollah Secretary-General Seyyed Hassan"),
      ("MET_WITH", BAGHERIK, BAYRAM, "with whom he held a short meeting", "2024-06-03"),
      ("MEMBER_OF", BAYRAM, LEBGOV, "Labor Minister Mostafa Bayram"),
      ("MET_WITH", BAGHERIK, BERRI, "met separately with Parliament Speaker", "2024-06-03"),
      ("MET_WITH", BAGHERIK, MIKATI, "met separately with Parliament Speaker", "2024-06-03"),
      ("MET_WITH", BAGHERIK, BOUHABIB, "met separately with Parliament Speaker", "2024-06-03"),
      ("LEADS", BERRI, LEBPARL, "Parliament Speaker Nabih Berri"),
      ("LEADS", MIKATI, LEBGOV, "caretaker Prime Minister Najib"),
      ("LEADS", BOUHABIB, LEBFM, "Foreign Minister Abdallah Bouhabib"),
      ("MET_WITH", BAGHERIK, ABDULHADI, "including Hamas representative in", "2024-06-03"),
      ("MEMBER_OF", ABDULHADI, HAMAS, "Hamas representative in"),
      ("VISITED", BAGHERIK, DAMASCUS, "arrived in Damascus on Tuesday", "2024-06-04"),
      ],
     {"source": "blind set (Iranian semi-official agency, English service)", "published": "2024-06-04"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJD")
