"""Blind set DF: Gaza's commanders, the hostage talks and the Hamas men abroad, 2002-2025:
Hamas' belated confirmation of Mohammed Deif's death, with Marwan Issa and Rafa Salama, and
Deif's own succession to Salah Shehadeh (AP-style, Jan 2025); Sheikh Mohammed bin Abdulrahman
announcing the January 2025 ceasefire after separate meetings with al-Hayya and with Barnea and
Bar, Witkoff's Sabbath meeting with Netanyahu, a phone call from the Emir to Biden (Al-Araby-style
Arabic); the Paris meeting of Burns, Barnea, Kamel and the Qatari premier, a divided war cabinet
and a Hamas leader who "did not travel" (Haaretz-style, Jan 2024); the killing of Fateh Sherif in
al-Bass camp claimed by the Israeli army, with al-Maqdah in Sidon and Arouri (Al-Akhbar-style
Arabic, Sept 2024); Larijani in Baabda after replacing Ahmadian, as Beirut moves to disarm
Hezbollah (Reuters-style, Aug 2025); the killing of three of Haniyeh's sons on Eid, claimed by
the army, and Haniyeh's visits to Tehran and Istanbul (Al Jazeera-style Arabic, Apr 2024).
Style: en/ar alternating; agents stated in a claim ("announced in August that it had killed"),
in a strike adjective ("an Israeli airstrike") or not at all ("did not say when or how"; "اغتيال"
without agent); "took over ... after"; "received ... a delegation"; "held talks with ... in July";
"spoke by phone", "invited ... but did not travel", "did not meet"; a denial that the premier was
told in advance (no agent); clitics (بوفد، والتقى، كما استقبله).
Spellings: Hanieh / Haniyeh / هنية; Qasim / قاسم; Deif / الضيف.
Written and annotated blind (extractor neither read nor run).
A DEV set since session 13 (measured once blind; in session 13 used only to choose the learned scorer's settings; see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_df/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_df import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IRAN, LEB, QAT, US = ("country:israel", "country:iran", "country:lebanon", "country:qatar",
                           "country:united-states")
HAMAS, HEZ, QASSAM = "organization:hamas", "organization:hezbollah", "organization:qassam-brigades"
IDF, MOSSAD, SHIN = "organization:israel-defense-forces", "organization:mossad", "organization:shin-bet"
QFM, LGOV = "organization:qatari-foreign-ministry", "organization:lebanese-government"
DEIF, ISSA, SALAMA, SHEH = ("person:mohammed-deif", "person:marwan-issa", "person:rafa-salama",
                            "person:salah-shehadeh")
ABUOB, SIN, HAN = "person:abu-obeida", "person:yahya-sinwar", "person:ismail-haniyeh"
MBAR, HAYYA, BARNEA, RBAR = ("person:mohammed-bin-abdulrahman-al-thani", "person:khalil-al-hayya",
                             "person:david-barnea", "person:ronen-bar")
WITK, MCG, NET, HIRSCH = ("person:steve-witkoff", "person:brett-mcgurk", "person:benjamin-netanyahu",
                          "person:gal-hirsch")
TAMIM, BIDEN, TRUMP = "person:tamim-bin-hamad-al-thani", "person:joe-biden", "person:donald-trump"
BURNS, KAMEL, GANTZ, BENGVIR = ("person:william-burns", "person:abbas-kamel", "person:benny-gantz",
                                "person:itamar-ben-gvir")
SHERIF, MAQDAH, AROURI, BARAKA = ("person:fateh-sherif", "person:khalil-al-maqdah",
                                  "person:saleh-al-arouri", "person:ali-baraka")
MIK, DABBOUR = "person:najib-mikati", "person:ashraf-dabbour"
JAOUN, LARI, AHM, BERRI = ("person:joseph-aoun", "person:ali-larijani", "person:ali-akbar-ahmadian",
                           "person:nabih-berri")
SALAM, RAJJI, QAS, BARRACK, MITRI, ARA = ("person:nawaf-salam", "person:youssef-rajji",
                                          "person:naim-qassem", "person:tom-barrack",
                                          "person:tarek-mitri", "person:abbas-araghchi")
HAZEM, AMIR, MHAN = "person:hazem-haniyeh", "person:amir-haniyeh", "person:mohammed-haniyeh"
KHAM, RAISI, ERD = "person:ali-khamenei", "person:ebrahim-raisi", "person:recep-tayyip-erdogan"

ARTICLES = [
    ("enDF1_deif_confirmed", "en",
     "GAZA CITY, Gaza Strip (AP) - Hamas' armed wing on Thursday confirmed for the first time that "
     "its elusive military chief Mohammed Deif is dead, more than six months after Israel said it "
     "had killed him in southern Gaza.\n"
     "In a video statement, Qassam Brigades spokesman Abu Obeida said Deif died along with his "
     "deputy Marwan Issa and several other senior commanders. He did not say when or how they were "
     "killed.\n"
     "The Israeli military announced in August that it had killed Deif and Rafa Salama, the "
     "commander of Hamas' Khan Younis Brigade, in a July 13 airstrike on a compound in the Muwasi "
     "area of Khan Younis that also killed more than 90 Palestinians, according to Gaza health "
     "officials. Israel said in March that it had killed Issa in a strike on a tunnel complex in "
     "central Gaza.\n"
     "Deif, who survived at least seven assassination attempts, planned the Oct. 7 attack together "
     "with Yahya Sinwar, who was killed in a gunbattle with Israeli troops in Rafah in October.\n"
     "Deif took over the Qassam Brigades in 2002 after its founder Salah Shehadeh was killed in an "
     "Israeli airstrike on Gaza City. Hamas did not name a new military chief on Thursday.",
     [("LEADS", DEIF, QASSAM, "its elusive military chief"),
      ("ASSASSINATED_BY", DEIF, ISR, "after Israel said it had killed him", "2024-07-13"),
      ("MEMBER_OF", ABUOB, QASSAM, "Qassam Brigades spokesman Abu"),
      ("MEMBER_OF", ISSA, QASSAM, "deputy Marwan Issa"),
      ("ASSASSINATED_BY", DEIF, IDF, "announced in August that it had killed Deif", "2024-07-13"),
      ("ASSASSINATED_BY", SALAMA, IDF, "Deif and Rafa Salama", "2024-07-13"),
      ("MEMBER_OF", SALAMA, HAMAS, "the commander of Hamas' Khan Younis Brigade"),
      ("LOCATED_IN", "location:al-mawasi", "location:khan-younis", "the Muwasi area of Khan Younis"),
      ("ASSASSINATED_BY", ISSA, ISR, "Israel said in March that it had killed Issa", "2024-03"),
      ("ASSASSINATED_BY", SIN, IDF, "killed in a gunbattle with Israeli troops", "2024-10-16"),
      ("SUCCESSOR_OF", DEIF, SHEH, "took over the Qassam Brigades in 2002", "2002-07"),
      ("LEADS", SHEH, QASSAM, "its founder Salah"),
      ("ASSASSINATED_BY", SHEH, ISR, "Israeli airstrike on Gaza City", "2002-07-22"),
      ],
     {"source": "blind set (AP-style)", "published": "2025-01-30"}),

    ("arDF2_doha_ceasefire_announced", "ar",
     "الدوحة - «العربي الجديد» - أعلن رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد "
     "الرحمن آل ثاني، مساء الأربعاء، التوصل إلى اتفاق لوقف إطلاق النار في قطاع غزة وتبادل الأسرى، "
     "يبدأ سريانه يوم الأحد 19 كانون الثاني.\n"
     "وجاء الإعلان بعد ساعات من اجتماع الشيخ محمد بوفد حماس برئاسة خليل الحية، ثم بالوفد الإسرائيلي "
     "الذي ضم رئيس الموساد ديفيد برنياع ورئيس الشاباك رونين بار، كلٌّ على حدة. وحضر الاجتماع مع "
     "الوفد الإسرائيلي مبعوث الرئيس المنتخب دونالد ترامب إلى الشرق الأوسط ستيف ويتكوف.\n"
     "وكان ويتكوف قد توجه السبت إلى إسرائيل، حيث التقى رئيس الوزراء بنيامين نتنياهو في مكتبه "
     "بالقدس، في لقاء وصفته الصحافة الإسرائيلية بالمتوتر. كما التقى منسق البيت الأبيض لشؤون الشرق "
     "الأوسط بريت ماكغورك رئيسَ الوزراء القطري مرتين خلال الأسبوع.\n"
     "وقال منسق شؤون الأسرى والمفقودين في الحكومة الإسرائيلية غال هيرش إن القائمة الأولى تضم 33 "
     "أسيراً. وأجرى أمير قطر الشيخ تميم بن حمد آل ثاني اتصالاً هاتفياً بالرئيس الأميركي جو بايدن "
     "هنأه خلاله بالاتفاق.",
     [("LEADS", MBAR, QAT, "رئيس مجلس الوزراء وزير الخارجية القطري"),
      ("LEADS", MBAR, QFM, "وزير الخارجية القطري الشيخ"),
      ("MET_WITH", MBAR, HAYYA, "بوفد حماس برئاسة", "2025-01-15"),
      ("MEMBER_OF", HAYYA, HAMAS, "بوفد حماس برئاسة"),
      ("MET_WITH", MBAR, BARNEA, "الذي ضم رئيس الموساد", "2025-01-15"),
      ("LEADS", BARNEA, MOSSAD, "الذي ضم رئيس الموساد"),
      ("MET_WITH", MBAR, RBAR, "ورئيس الشاباك رونين", "2025-01-15"),
      ("LEADS", RBAR, SHIN, "ورئيس الشاباك رونين"),
      ("MET_WITH", WITK, MBAR, "وحضر الاجتماع مع", "2025-01-15"),
      ("MET_WITH", WITK, BARNEA, "وحضر الاجتماع مع", "2025-01-15"),
      ("MET_WITH", WITK, RBAR, "وحضر الاجتماع مع", "2025-01-15"),
      ("VISITED", WITK, ISR, "قد توجه السبت إلى إسرائيل", "2025-01-11"),
      ("MET_WITH", WITK, NET, "حيث التقى رئيس الوزراء بنيامين", "2025-01-11"),
      ("LEADS", NET, ISR, "حيث التقى رئيس الوزراء بنيامين"),
      ("VISITED", WITK, "location:jerusalem", "في مكتبه بالقدس", "2025-01-11"),
      ("MET_WITH", MCG, MBAR, "رئيسَ الوزراء القطري مرتين", "2025-01"),
      ("MEMBER_OF", MCG, "organization:white-house", "كما التقى منسق البيت الأبيض"),
      ("MEMBER_OF", HIRSCH, "organization:israeli-government", "منسق شؤون الأسرى والمفقودين"),
      ("LEADS", TAMIM, QAT, "أمير قطر الشيخ"),
      ("LEADS", BIDEN, US, "بالرئيس الأميركي جو"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style Arabic)", "published": "2025-01-16"}),

    ("enDF3_burns_paris_war_cabinet", "en",
     "CIA Director William Burns met Mossad chief David Barnea, Egyptian intelligence chief Abbas "
     "Kamel and Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani in Paris on Sunday, "
     "in what officials on all sides described as a constructive round of talks on a second hostage "
     "deal, Haaretz has learned.\n"
     "The framework under discussion would halt the fighting for about six weeks. Netanyahu's office "
     "said significant gaps remained, and the government is split. Minister Benny Gantz, who joined "
     "the war cabinet after October 7, pressed for a deal \"even at a heavy price\", while National "
     "Security Minister Itamar Ben-Gvir threatened to bring down the coalition if the war stopped.\n"
     "Hamas, which was not represented in Paris, said it had received the proposal through Qatar "
     "and would study it. The group's political bureau chief, Ismail Hanieh, was invited to Cairo to "
     "discuss it but did not travel.\n"
     "Barnea had met Sheikh Mohammed in Warsaw in December to revive the channel, after the first "
     "truce collapsed on December 1. Israeli officials said Netanyahu had since blocked a request "
     "by the Mossad chief to meet Hamas intermediaries in Oslo.",
     [("LEADS", BURNS, "organization:cia", "CIA Director William"),
      ("MET_WITH", BURNS, BARNEA, "Burns met Mossad chief David", "2024-01-28"),
      ("LEADS", BARNEA, MOSSAD, "Burns met Mossad chief David"),
      ("MET_WITH", BURNS, KAMEL, "Egyptian intelligence chief Abbas", "2024-01-28"),
      ("LEADS", KAMEL, "organization:egyptian-general-intelligence", "Egyptian intelligence chief Abbas"),
      ("MET_WITH", BURNS, MBAR, "Qatari Prime Minister Sheikh", "2024-01-28"),
      ("LEADS", MBAR, QAT, "Qatari Prime Minister Sheikh"),
      ("VISITED", BURNS, "location:paris", "in Paris on Sunday", "2024-01-28"),
      ("VISITED", BARNEA, "location:paris", "in Paris on Sunday", "2024-01-28"),
      ("VISITED", KAMEL, "location:paris", "in Paris on Sunday", "2024-01-28"),
      ("VISITED", MBAR, "location:paris", "in Paris on Sunday", "2024-01-28"),
      ("MEMBER_OF", GANTZ, "organization:israeli-war-cabinet", "who joined the war cabinet"),
      ("MEMBER_OF", BENGVIR, "organization:israeli-government", "Security Minister Itamar"),
      ("LEADS", HAN, HAMAS, "political bureau chief, Ismail"),
      ("MET_WITH", BARNEA, MBAR, "Barnea had met Sheikh Mohammed", "2023-12"),
      ("VISITED", BARNEA, "location:warsaw", "in Warsaw in December", "2023-12"),
      ],
     {"source": "blind set (Haaretz-style)", "published": "2024-01-29"}),

    ("arDF4_sherif_al_bass_tyre", "ar",
     "صور - «الأخبار» - نعت حركة حماس، صباح أمس، قائدها في لبنان فتح شريف (أبو الأمين)، الذي استشهد "
     "مع زوجته وابنه وابنته في غارة إسرائيلية استهدفت منزله في مخيم البص للاجئين الفلسطينيين في "
     "مدينة صور.\n"
     "وأعلن الجيش الإسرائيلي في بيان أنه قتل شريف، زاعماً أنه كان ينسّق نشاط الحركة العسكري مع حزب "
     "الله في الجنوب. وكانت وكالة الأونروا قد أوقفت شريف، وهو مدير إحدى مدارسها، عن العمل في آذار "
     "بسبب نشاطه السياسي.\n"
     "وتأتي الغارة بعد نحو شهر من اغتيال القيادي في كتائب شهداء الأقصى خليل المقدح بغارة على سيارته "
     "في صيدا، وهي عملية تبنّاها الجيش الإسرائيلي، وبعد تسعة أشهر على اغتيال نائب رئيس المكتب "
     "السياسي للحركة الشيخ صالح العاروري في الضاحية الجنوبية.\n"
     "واستقبل رئيس حكومة تصريف الأعمال نجيب ميقاتي سفير دولة فلسطين في لبنان أشرف دبور، الذي طالب "
     "بتحرك دولي لحماية المخيمات.\n"
     "ويقول مسؤول العلاقات الوطنية في حماس في الخارج علي بركة لـ«الأخبار» إن «دماء القادة لن تثني "
     "الحركة عن خيارها».",
     [("MEMBER_OF", SHERIF, HAMAS, "قائدها في لبنان فتح"),
      ("ASSASSINATED_BY", SHERIF, ISR, "في غارة إسرائيلية استهدفت منزله", "2024-09-30"),
      ("LOCATED_IN", "location:al-bass-camp", "location:tyre", "في مخيم البص"),
      ("ASSASSINATED_BY", SHERIF, IDF, "أنه قتل شريف", "2024-09-30"),
      ("MEMBER_OF", MAQDAH, "organization:al-aqsa-martyrs-brigades", "القيادي في كتائب شهداء الأقصى"),
      ("ASSASSINATED_BY", MAQDAH, IDF, "وهي عملية تبنّاها الجيش الإسرائيلي", "2024-08-21"),
      ("MEMBER_OF", AROURI, HAMAS, "نائب رئيس المكتب"),
      ("MET_WITH", MIK, DABBOUR, "واستقبل رئيس حكومة تصريف", "2024-09-30"),
      ("LEADS", MIK, LGOV, "واستقبل رئيس حكومة تصريف"),
      ("MEMBER_OF", BARAKA, HAMAS, "مسؤول العلاقات الوطنية في حماس"),
      ("REPORTED_BY", BARAKA, "outlet:al-akhbar", "علي بركة لـ«الأخبار»"),
      ],
     {"source": "blind set (Al-Akhbar-style Arabic)", "published": "2024-10-01"}),

    ("enDF5_larijani_baabda_disarmament", "en",
     "BEIRUT, Aug 13 (Reuters) - Lebanese President Joseph Aoun told Iran's top security official Ali "
     "Larijani during a meeting at the Baabda palace on Wednesday that Lebanon rejected any "
     "interference in its internal affairs, days after the cabinet tasked the army with drawing up "
     "a plan to disarm Hezbollah by the end of the year.\n"
     "Larijani, on his first visit to Lebanon since he was appointed secretary of Iran's Supreme "
     "National Security Council this month to replace Ali Akbar Ahmadian, also met Parliament Speaker "
     "Nabih Berri and Prime Minister Nawaf Salam. He did not meet Foreign Minister Youssef Rajji, "
     "who had said Iran's statements on the disarmament plan were unacceptable.\n"
     "Hezbollah leader Naim Qasim said the group would not hand over its weapons while Israel "
     "occupied Lebanese land and kept up its strikes.\n"
     "U.S. envoy Tom Barrack, whose proposal set out the timetable, held talks with Aoun and Salam "
     "in Beirut in July. Deputy Prime Minister Tarek Mitri told Reuters the cabinet decision was "
     "\"irreversible\". Iranian Foreign Minister Abbas Araghchi had spoken by phone with Rajji "
     "before the visit.",
     [("LEADS", JAOUN, LEB, "Lebanese President Joseph"),
      ("MET_WITH", JAOUN, LARI, "during a meeting at the Baabda palace", "2025-08-13"),
      ("VISITED", LARI, "location:baabda-palace", "during a meeting at the Baabda palace", "2025-08-13"),
      ("VISITED", LARI, LEB, "on his first visit to Lebanon", "2025-08-13"),
      ("LEADS", LARI, "organization:supreme-national-security-council", "appointed secretary of Iran's"),
      ("SUCCESSOR_OF", LARI, AHM, "to replace Ali Akbar Ahmadian", "2025-08-05"),
      ("MET_WITH", LARI, BERRI, "also met Parliament Speaker", "2025-08-13"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "also met Parliament Speaker"),
      ("MET_WITH", LARI, SALAM, "and Prime Minister Nawaf", "2025-08-13"),
      ("LEADS", SALAM, LGOV, "and Prime Minister Nawaf"),
      ("MEMBER_OF", RAJJI, LGOV, "Foreign Minister Youssef"),
      ("LEADS", QAS, HEZ, "Hezbollah leader Naim"),
      ("MET_WITH", BARRACK, JAOUN, "held talks with Aoun", "2025-07"),
      ("MET_WITH", BARRACK, SALAM, "with Aoun and Salam", "2025-07"),
      ("VISITED", BARRACK, "location:beirut", "in Beirut in July", "2025-07"),
      ("MEMBER_OF", MITRI, LGOV, "Deputy Prime Minister Tarek"),
      ("REPORTED_BY", MITRI, "outlet:reuters", "Mitri told Reuters"),
      ("LEADS", ARA, "organization:iranian-foreign-ministry", "Iranian Foreign Minister Abbas"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-08-13"}),

    ("arDF6_haniyeh_sons_eid", "ar",
     "الدوحة - «الجزيرة» - قال رئيس المكتب السياسي لحركة حماس إسماعيل هنية إن ثلاثة من أبنائه "
     "وأربعة من أحفاده استشهدوا، الأربعاء، في غارة استهدفت سيارة كانوا يستقلونها في مخيم الشاطئ غرب "
     "مدينة غزة، في أول أيام عيد الفطر.\n"
     "وأعلن الجيش الإسرائيلي أنه قتل حازم وأمير ومحمد هنية، زاعماً أنهم عناصر في الجناح العسكري "
     "للحركة، في حين قالت عائلتهم إنهم كانوا في زيارة عائلية.\n"
     "وتلقى هنية النبأ خلال زيارته جرحى فلسطينيين في أحد مستشفيات الدوحة، وقال: «دماء أبنائي ليست "
     "أغلى من دماء أبناء شعبنا».\n"
     "وكان هنية قد زار طهران أواخر آذار والتقى المرشد الإيراني علي خامنئي والرئيس إبراهيم رئيسي، "
     "فيما استقبله الرئيس التركي رجب طيب أردوغان في إسطنبول بعد أيام من الغارة.\n"
     "ونفى مسؤول إسرائيلي أن يكون رئيس الوزراء بنيامين نتنياهو قد أُبلغ مسبقاً بالعملية، مؤكداً أن "
     "القرار اتُّخذ على المستوى الميداني.",
     [("LEADS", HAN, HAMAS, "رئيس المكتب السياسي لحركة حماس إسماعيل"),
      ("LOCATED_IN", "location:al-shati-camp", "location:gaza-city", "مخيم الشاطئ غرب"),
      ("ASSASSINATED_BY", HAZEM, IDF, "أنه قتل حازم", "2024-04-10"),
      ("ASSASSINATED_BY", AMIR, IDF, "وأمير ومحمد هنية", "2024-04-10"),
      ("ASSASSINATED_BY", MHAN, IDF, "ومحمد هنية، زاعماً", "2024-04-10"),
      ("VISITED", HAN, "location:tehran", "قد زار طهران", "2024-03-26"),
      ("MET_WITH", HAN, KHAM, "والتقى المرشد الإيراني", "2024-03-26"),
      ("LEADS", KHAM, IRAN, "المرشد الإيراني علي"),
      ("MET_WITH", HAN, RAISI, "والرئيس إبراهيم رئيسي", "2024-03-26"),
      ("LEADS", RAISI, IRAN, "والرئيس إبراهيم رئيسي"),
      ("MET_WITH", ERD, HAN, "فيما استقبله الرئيس التركي", "2024-04-20"),
      ("LEADS", ERD, "country:turkey", "الرئيس التركي رجب"),
      ("VISITED", HAN, "location:istanbul", "أردوغان في إسطنبول", "2024-04-20"),
      ("LEADS", NET, ISR, "رئيس الوزراء بنيامين"),
      ],
     {"source": "blind set (Al Jazeera-style Arabic)", "published": "2024-04-11"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDF")
