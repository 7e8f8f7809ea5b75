"""Blind set KL: Syria's transition 2024-2025 as the Syrian state agency writes it (SANA-like protocol:
"دمشق-سانا", "السيد الرئيس أحمد الشرع", "بحضور ...", "Damascus, SANA-", "President of the Syrian Arab
Republic", full titles of ministers, "the liberation"), in Arabic and in English.
Pieces: the March 2025 government's ministers taking over from their predecessors, a new awqaf minister's
first visitor (Arabic); Emir Tamim's visit to Damascus, welcomed at the airport and received at the People's
Palace (English); al-Sharaa receives the Saudi investment minister's delegation with two ministers
(Arabic); the Central Bank handover, a governor received by a minister, and the background of al-Sharaa's
and al-Bashir's appointments (English); al-Shaibani receives three European foreign ministers one by one,
and al-Sharaa receives Barrot and Baerbock together (Arabic); al-Sharaa meets Trump in Riyadh with Mohammed
bin Salman, and the first Riyadh trip (English).
Excluded on purpose (no relation): al-Shaibani's phone call with Faisal bin Farhan (KL3); Mohammed bin
Salman's phone call to al-Sharaa (KL2); Musab al-Ali took over "in succession to" Maher al-Sharaa with no
ceremony stated (a succession, no meeting, KL1); Lammy's planned visit and Safadi's phone call (KL5);
Erdogan "took part via video call" (KL6).
Judgement calls: a handover ceremony ("تسلّم مهامه من سلفه خلال مراسم", "took over ... at a handover
attended by") is a meeting of outgoing and incoming holders and of whoever attended; people who welcomed a
guest at the airport met him and each other; the Foreign Minister and the Qatari minister of state who
"attended" the talks are paired with both leaders and each other; "استقبل ... على التوالي ... كلاً على
حدة" pairs al-Shaibani with each minister, not the ministers with each other; al-Sharaa named president
"succeeding the ousted Bashar al-Assad" is a succession; al-Bashir "taking over from" al-Jalali as head of
government is one. Minor details (who attended the Qatari and Saudi meetings, the Anjarani-al-Gharib and
Badr-Al-Fadley meetings, some days) are filled in for the exercise.
Spellings: "أنس حسن خطاب" with the father's name (KL1), "Ahmad al-Sharaa" and "Asaad Hassan al-Shaibani"
(KL2, KL6), "خالد بن عبد العزيز الفالح" (KL3), "Abdulkader al-Husrieh", "Maysaa Sabreen" (KL4), "أندري
سيبيغا" (KL5).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_km import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, QATAR, USA = "country:syria", "country:qatar", "country:united-states"
SYRGOV, INTERIOR, HEALTH, INFO, GENINT, PRESIDENCY, EMERG, ECON, CBS, FINANCE, SYRFM = (
    "organization:syrian-government", "organization:syrian-interior-ministry", "organization:syrian-health-ministry",
    "organization:syrian-information-ministry", "organization:syrian-general-intelligence",
    "organization:syrian-presidency", "organization:syrian-emergency-ministry", "organization:syrian-economy-ministry",
    "organization:central-bank-of-syria", "organization:syrian-finance-ministry",
    "organization:syrian-foreign-ministry")
SAUDINV = "organization:saudi-investment-ministry"
DAMASCUS, PALACE, RIYADH, YAMAMAH = ("location:damascus", "location:peoples-palace", "location:riyadh",
                                     "location:al-yamamah-palace")
SHARAA, SHAIBANI, KHATTAB, ABDULRAHMAN, MUSAB, MSHARAA, HMUSTAFA, OMAR, SALAMEH, RSALEH = (
    "person:ahmed-al-sharaa", "person:asaad-al-shaibani", "person:anas-khattab", "person:mohammed-abdul-rahman",
    "person:musab-al-ali", "person:maher-al-sharaa", "person:hamza-al-mustafa", "person:mohammed-al-omar",
    "person:hussein-al-salameh", "person:raed-al-saleh")
TAMIM, KHULAIFI, MBS, FALIH, SHAAR = ("person:tamim-bin-hamad-al-thani", "person:mohammed-al-khulaifi",
                                      "person:mohammed-bin-salman", "person:khalid-al-falih",
                                      "person:mohammed-nidal-al-shaar")
HUSRIEH, SABRINE, BARNIEH, ASSAD, BASHIR, JALALI = (
    "person:abdulkader-husrieh", "person:maysaa-sabrine", "person:mohammed-yosr-barnieh", "person:bashar-al-assad",
    "person:mohammed-al-bashir", "person:mohammed-ghazi-al-jalali")
TAJANI, SYBIHA, BARROT, BAERBOCK, TRUMP = ("person:antonio-tajani", "person:andrii-sybiha",
                                           "person:jean-noel-barrot", "person:annalena-baerbock",
                                           "person:donald-trump")
# new to the tables
SHUKRI, MARWAN, HAYKAL, ANJARANI, GHARIB, ALBARES, ABADR, FADLEY = (
    "person:mohammed-abu-al-khair-shukri", "person:maher-marwan", "person:abdulsalam-haykal",
    "person:mohammed-anjarani", "person:azzam-al-gharib", "person:jose-manuel-albares", "person:amjad-badr",
    "person:abdulrahman-al-fadley")

AR, EN = "blind set (Syrian state agency, Arabic)", "blind set (Syrian state agency, English)"

ARTICLES = [
    ("arKL1_ministers_handovers", "ar",
     "وزراء الحكومة الجديدة يتسلمون مهامهم من أسلافهم\n"
     "دمشق-سانا - تسلّم وزير الداخلية أنس حسن خطاب مهامه من سلفه محمد عبد الرحمن خلال مراسم تسليم وتسلم "
     "أقيمت اليوم في مبنى الوزارة بدمشق.\n"
     "وفي وزارة الصحة، تسلّم الدكتور مصعب العلي مهامه خلفاً للدكتور ماهر الشرع، الذي عُيّن أميناً عاماً "
     "لرئاسة الجمهورية.\n"
     "كما تسلّم وزير الإعلام الدكتور حمزة المصطفى مهامه من الوزير السابق محمد العمر، وبحث الجانبان خلال "
     "اللقاء خطة عمل الوزارة للمرحلة المقبلة.\n"
     "وكان السيد الرئيس أحمد الشرع قد أصدر مرسوماً بتعيين حسين السلامة رئيساً لجهاز الاستخبارات العامة "
     "خلفاً لخطاب.\n"
     "إلى ذلك، استقبل وزير الأوقاف الجديد الدكتور محمد أبو الخير شكري في مكتبه وزير الطوارئ وإدارة الكوارث "
     "رائد الصالح، وجرى بحث ترميم المساجد المتضررة في ريف دمشق.",
     [("SUCCESSOR_OF", KHATTAB, ABDULRAHMAN, "مهامه من سلفه محمد عبد الرحمن", "2025-03-31"),
      ("MET_WITH", KHATTAB, ABDULRAHMAN, "مهامه من سلفه محمد عبد الرحمن", "2025-03-31"),
      ("LEADS", KHATTAB, INTERIOR, "تسلّم وزير الداخلية أنس حسن خطاب"),
      ("SUCCESSOR_OF", MUSAB, MSHARAA, "خلفاً للدكتور ماهر الشرع", "2025-03-31"),
      ("MEMBER_OF", MSHARAA, PRESIDENCY, "أميناً عاماً"),
      ("SUCCESSOR_OF", HMUSTAFA, OMAR, "من الوزير السابق محمد العمر", "2025-03-31"),
      ("MET_WITH", HMUSTAFA, OMAR, "وبحث الجانبان خلال", "2025-03-31"),
      ("LEADS", HMUSTAFA, INFO, "كما تسلّم وزير الإعلام"),
      ("SUCCESSOR_OF", SALAMEH, KHATTAB, "خلفاً لخطاب"),
      ("LEADS", SALAMEH, GENINT, "رئيساً لجهاز الاستخبارات العامة"),
      ("MET_WITH", SHUKRI, RSALEH, "استقبل وزير الأوقاف الجديد", "2025-03-31"),
      ("MEMBER_OF", SHUKRI, SYRGOV, "استقبل وزير الأوقاف الجديد"),
      ("LEADS", RSALEH, EMERG, "وزير الطوارئ وإدارة الكوارث"),
      ],
     {"source": AR, "published": "2025-03-31"}),

    ("enKL2_tamim_in_damascus", "en",
     "President al-Sharaa receives Emir of Qatar in Damascus\n"
     "Damascus, SANA- President of the Syrian Arab Republic Ahmad al-Sharaa received on Thursday His Highness "
     "Sheikh Tamim bin Hamad Al Thani, Emir of the State of Qatar, on the first visit to Damascus by a head "
     "of state since the liberation.\n"
     "The Emir was welcomed at Damascus International Airport by President al-Sharaa and Governor of Damascus "
     "Maher Marwan.\n"
     "The talks at the People's Palace were attended by Minister of Foreign Affairs and Expatriates Asaad "
     "Hassan al-Shaibani and Qatar's Minister of State at the Ministry of Foreign Affairs Mohammed bin "
     "Abdulaziz Al-Khulaifi. The two sides discussed reconstruction, electricity supplies and investment.\n"
     "Earlier in the day, President al-Sharaa received a phone call from Saudi Crown Prince Mohammed bin "
     "Salman, who congratulated him on assuming the presidency.",
     [("MET_WITH", SHARAA, TAMIM, "His Highness", "2025-01-30"),
      ("VISITED", TAMIM, DAMASCUS, "on the first visit to Damascus", "2025-01-30"),
      ("LEADS", TAMIM, QATAR, "Emir of the State of Qatar"),
      ("LEADS", SHARAA, SYRIA, "President of the Syrian Arab Republic"),
      ("MET_WITH", MARWAN, TAMIM, "Governor of Damascus", "2025-01-30"),
      ("MET_WITH", MARWAN, SHARAA, "Governor of Damascus", "2025-01-30"),
      ("MET_WITH", SHAIBANI, TAMIM, "Hassan al-Shaibani and Qatar's", "2025-01-30"),
      ("MET_WITH", SHAIBANI, SHARAA, "Hassan al-Shaibani and Qatar's", "2025-01-30"),
      ("MET_WITH", KHULAIFI, TAMIM, "Abdulaziz Al-Khulaifi", "2025-01-30"),
      ("MET_WITH", KHULAIFI, SHARAA, "Abdulaziz Al-Khulaifi", "2025-01-30"),
      ("MET_WITH", KHULAIFI, SHAIBANI, "Abdulaziz Al-Khulaifi", "2025-01-30"),
      ("VISITED", TAMIM, PALACE, "The talks at the People's Palace", "2025-01-30"),
      ("LEADS", SHAIBANI, SYRFM, "Minister of Foreign Affairs and Expatriates"),
      ],
     {"source": EN, "published": "2025-01-30"}),

    ("arKL3_sharaa_saudi_investment", "ar",
     "السيد الرئيس الشرع يستقبل وفداً سعودياً برئاسة وزير الاستثمار\n"
     "دمشق-سانا - استقبل السيد الرئيس أحمد الشرع اليوم في قصر الشعب بدمشق وفداً سعودياً برئاسة وزير "
     "الاستثمار المهندس خالد بن عبد العزيز الفالح، بحضور وزير الاقتصاد والصناعة الدكتور محمد نضال الشعار "
     "ووزير الاتصالات وتقانة المعلومات عبد السلام هيكل.\n"
     "وجرى خلال اللقاء بحث فرص الاستثمار في قطاعات الطاقة والبنى التحتية والاتصالات، على هامش أعمال منتدى "
     "الاستثمار السوري السعودي الذي انطلق في دمشق بمشاركة أكثر من 130 شركة.\n"
     "وكان وزير الخارجية والمغتربين أسعد حسن الشيباني قد بحث في اتصال هاتفي مع نظيره السعودي الأمير فيصل "
     "بن فرحان التحضيرات للمنتدى.\n"
     "ومن المقرر أن تُوقَّع خلال المنتدى اتفاقيات ومذكرات تفاهم تتجاوز قيمتها ستة مليارات دولار.",
     [("MET_WITH", SHARAA, FALIH, "خالد بن عبد العزيز الفالح", "2025-07-24"),
      ("VISITED", FALIH, PALACE, "في قصر الشعب بدمشق", "2025-07-24"),
      ("LEADS", FALIH, SAUDINV, "الاستثمار المهندس"),
      ("MET_WITH", SHARAA, SHAAR, "الدكتور محمد نضال الشعار", "2025-07-24"),
      ("MET_WITH", FALIH, SHAAR, "الدكتور محمد نضال الشعار", "2025-07-24"),
      ("LEADS", SHAAR, ECON, "بحضور وزير الاقتصاد والصناعة"),
      ("MET_WITH", SHARAA, HAYKAL, "عبد السلام هيكل", "2025-07-24"),
      ("MET_WITH", FALIH, HAYKAL, "عبد السلام هيكل", "2025-07-24"),
      ("MET_WITH", SHAAR, HAYKAL, "عبد السلام هيكل", "2025-07-24"),
      ("MEMBER_OF", HAYKAL, SYRGOV, "ووزير الاتصالات وتقانة المعلومات"),
      ],
     {"source": AR, "published": "2025-07-24"}),

    ("enKL4_central_bank_handover", "en",
     "Governor al-Husrieh assumes duties at the Central Bank of Syria\n"
     "Damascus, SANA- Abdulkader al-Husrieh took over on Sunday as Governor of the Central Bank of Syria from "
     "Maysaa Sabreen at a handover attended by Minister of Finance Mohammed Yosr Barnieh.\n"
     "Al-Husrieh stressed the bank's independence and the unification of the exchange rate.\n"
     "In Damascus, Minister of Local Administration and Environment Mohammed Anjarani received Governor of "
     "Aleppo Azzam al-Gharib and discussed the rehabilitation of services in the city's eastern neighborhoods.\n"
     "The new appointments complete the structure of the state institutions after the liberation. Ahmad "
     "al-Sharaa was named President of the Republic for the transitional phase on 29 January, succeeding the "
     "ousted Bashar al-Assad. In December, Mohammed al-Bashir was tasked with heading the caretaker "
     "government, taking over from Mohammed Ghazi al-Jalali, the last prime minister of the former regime.",
     [("SUCCESSOR_OF", HUSRIEH, SABRINE, "took over on Sunday as Governor", "2025-04-13"),
      ("LEADS", HUSRIEH, CBS, "took over on Sunday as Governor"),
      ("MET_WITH", HUSRIEH, SABRINE, "Maysaa Sabreen at a handover", "2025-04-13"),
      ("MET_WITH", BARNIEH, HUSRIEH, "attended by Minister of Finance", "2025-04-13"),
      ("MET_WITH", BARNIEH, SABRINE, "attended by Minister of Finance", "2025-04-13"),
      ("LEADS", BARNIEH, FINANCE, "attended by Minister of Finance"),
      ("MET_WITH", ANJARANI, GHARIB, "Mohammed Anjarani received Governor", "2025-04"),
      ("MEMBER_OF", ANJARANI, SYRGOV, "Minister of Local Administration and Environment"),
      ("SUCCESSOR_OF", SHARAA, ASSAD, "succeeding the", "2025-01-29"),
      ("SUCCESSOR_OF", BASHIR, JALALI, "taking over from Mohammed Ghazi al-Jalali", "2024-12-10"),
      ],
     {"source": EN, "published": "2025-04-13"}),

    ("arKL5_shaibani_european_ministers", "ar",
     "الوزير الشيباني يستقبل وزراء خارجية إيطاليا وأوكرانيا وإسبانيا\n"
     "دمشق-سانا - استقبل وزير الخارجية والمغتربين أسعد حسن الشيباني على التوالي، خلال الأسابيع الماضية، "
     "وزير الخارجية الإيطالي أنطونيو تاياني، ووزير الخارجية الأوكراني أندري سيبيغا، ووزير الخارجية الإسباني "
     "خوسيه مانويل ألباريس، كلاً على حدة، وبحث معهم رفع العقوبات المفروضة على سوريا.\n"
     "وكان السيد الرئيس أحمد الشرع قد استقبل في قصر الشعب وزيري خارجية فرنسا جان نويل بارو وألمانيا "
     "أنالينا بيربوك في زيارة مشتركة، بحضور الوزير الشيباني، وأكد أهمية دعم المرحلة الانتقالية.\n"
     "ومن المقرر أن يزور وزير الخارجية البريطاني ديفيد لامي دمشق قريباً.\n"
     "وتلقى الشيباني اتصالاً هاتفياً من نظيره الأردني أيمن الصفدي بحث خلاله أمن الحدود المشتركة.",
     [("MET_WITH", SHAIBANI, TAJANI, "أنطونيو تاياني"),
      ("MET_WITH", SHAIBANI, SYBIHA, "أندري سيبيغا"),
      ("MET_WITH", SHAIBANI, ALBARES, "خوسيه مانويل ألباريس"),
      ("MET_WITH", SHARAA, BARROT, "جان نويل بارو", "2025-01-03"),
      ("MET_WITH", SHARAA, BAERBOCK, "أنالينا بيربوك", "2025-01-03"),
      ("MET_WITH", BARROT, BAERBOCK, "في زيارة مشتركة", "2025-01-03"),
      ("MET_WITH", SHAIBANI, SHARAA, "بحضور الوزير الشيباني", "2025-01-03"),
      ("MET_WITH", SHAIBANI, BARROT, "بحضور الوزير الشيباني", "2025-01-03"),
      ("MET_WITH", SHAIBANI, BAERBOCK, "بحضور الوزير الشيباني", "2025-01-03"),
      ("VISITED", BARROT, PALACE, "قد استقبل في قصر الشعب", "2025-01-03"),
      ],
     {"source": AR, "published": "2025-02-20"}),

    ("enKL6_sharaa_trump_riyadh", "en",
     "President al-Sharaa meets US President Trump in Riyadh\n"
     "Riyadh, SANA- President Ahmad al-Sharaa met on Wednesday US President Donald Trump in Riyadh, in the "
     "presence of Saudi Crown Prince and Prime Minister Mohammed bin Salman. Turkish President Recep Tayyip "
     "Erdogan took part in the meeting via video call.\n"
     "Minister of Foreign Affairs and Expatriates Asaad al-Shaibani attended the meeting, which discussed "
     "the lifting of sanctions on Syria.\n"
     "The meeting came three months after President al-Sharaa's first foreign trip, to Saudi Arabia, where "
     "he was received by Crown Prince Mohammed bin Salman at Al-Yamamah Palace.\n"
     "On the sidelines of the visit, Minister of Agriculture Amjad Badr met Saudi Minister of Environment, "
     "Water and Agriculture Abdulrahman Al-Fadley to discuss wheat supplies and irrigation projects.",
     [("MET_WITH", SHARAA, TRUMP, "met on Wednesday US President Donald Trump", "2025-05-14"),
      ("VISITED", SHARAA, RIYADH, "met on Wednesday US President Donald Trump in Riyadh", "2025-05-14"),
      ("LEADS", TRUMP, USA, "US President Donald Trump in Riyadh"),
      ("MET_WITH", SHARAA, MBS, "presence of Saudi Crown Prince", "2025-05-14"),
      ("MET_WITH", TRUMP, MBS, "presence of Saudi Crown Prince", "2025-05-14"),
      ("MET_WITH", SHAIBANI, SHARAA, "Asaad al-Shaibani attended the meeting", "2025-05-14"),
      ("MET_WITH", SHAIBANI, TRUMP, "Asaad al-Shaibani attended the meeting", "2025-05-14"),
      ("MET_WITH", SHAIBANI, MBS, "Asaad al-Shaibani attended the meeting", "2025-05-14"),
      ("VISITED", SHARAA, YAMAMAH, "at Al-Yamamah Palace", "2025-02-02"),
      ("MET_WITH", ABADR, FADLEY, "Amjad Badr met Saudi Minister", "2025-05-14"),
      ("MEMBER_OF", ABADR, SYRGOV, "Minister of Agriculture Amjad Badr"),
      ],
     {"source": EN, "published": "2025-05-14"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKL")
