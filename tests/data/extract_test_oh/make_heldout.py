"""Blind set OH: Iran's leadership and the Saudi file, November 2023 - October 2024 (second folder of OG-OH):
Raisi's visit to Riyadh for the joint Arab-Islamic summit on Gaza (November 2023), the helicopter crash of
19 May 2024 that killed Raisi and Amir-Abdollahian, Mokhber as acting president and Ali Bagheri Kani as
acting foreign minister, the funeral in Tehran, Bagheri Kani at the OIC meeting in Jeddah (August 2024),
Pezeshkian's election, Aref and Araghchi, and Araghchi's visit to Riyadh (October 2024), as an Iranian
English daily writes it (Tehran Times-like: "TEHRAN -", "the Zionist regime"), a pan-Arab daily in Arabic
(Asharq Al-Awsat-like: "لندن - طهران: «الشرق الأوسط»", "أمس (الاثنين)"), a US wire in English (AP-like:
"TEHRAN, Iran (AP) -", "Gov."), a pro-resistance TV site in Arabic (Al Mayadeen-like: "استشهاد", "الاحتلال"),
a think-tank policy brief in English and a Saudi TV site in Arabic (Al Arabiya-like: "صاحب السمو الملكي",
"حضر الاستقبال").
Pieces: Raisi meets MBS with Amir-Abdollahian attending, then Assad (English, OH1); the crash, Raisi had met
Aliyev that morning, Khamenei charges Mokhber with the presidency, Bagheri Kani takes over the ministry
(Arabic, OH2); Mokhber receives Prince Mansour bin Mutaib and meets Sudani, Baqeri Kani named acting minister
after Amir-Abdollahian's death (English, OH3); Bagheri Kani meets Faisal bin Farhan and the OIC's
secretary-general, acting minister since Amir-Abdollahian's death (Arabic, OH4); Araghchi replaces Bagheri
Kani, Pezeshkian succeeds Raisi, Aref replaces Mokhber as first vice president, Haniyeh had met Pezeshkian
(English, OH5); MBS receives Araghchi with Faisal and Aiban attending, Araghchi meets Faisal, Araghchi
succeeded Bagheri Kani (Arabic, OH6).
Excluded on purpose (no relation): the first Raisi-MBS phone call, the announced Erdogan meeting that did
not take place (OH1); Raisi, Amir-Abdollahian and the others killed in the crash (no agent: an accident), the
Israeli denial, MBS's cable of condolence (OH2); the dead of the crash (no agent), Khamenei's prayers,
Haniyeh's attendance at the service, Bagheri Kani greeting unnamed ministers (OH3); Haniyeh's killing, which
"the Islamic Republic accuses Israel" of (an accusation, no claim), the called-off meeting with Fidan,
Pezeshkian's cabinet to be presented (OH4); MBS's phone call to Pezeshkian, Haniyeh's killing (Iran "blamed
Israel"), Jalili (defeated, no succession), the Riyadh visit "not scheduled", Mokhber as acting president
not linked to Raisi in a sentence (OH5); Nasrallah's "assassination" (no agent stated) (OH6).
Judgement calls: an acting holder "charged with the duties of the presidency" after the death, or "named
acting foreign minister after X's death", is a succession (OH2, OH3, OH4), and the permanent minister who
"replaces" the acting one succeeds him (OH5, OH6); "accompanied by Foreign Minister ..., who also attended
the meeting" is an attendee, paired with both principals (OH1); "received foreign delegations ... Among
them was X" is a meeting with X (OH3); «حضر الاستقبال» two Saudi officials of the host's side: each paired
with the host and the guest, not with each other (same side, OH6; contrast OG1, where the two attendees
were of opposite sides); "hours after he had met Pezeshkian" is a meeting (OH5); the OIC's secretary-general
LEADS the OIC; the governor LEADS his province (OH3); an acting president LEADS the country (OH3).
Filled in for the exercise: the keffiyeh, the Assad meeting as reported by the presidential website, the
announced Erdogan meeting (OH1); the fog, the investigation committee, the Israeli official's denial, the
cable (OH2); Mansour bin Mutaib's words, Sudani's meeting with Mokhber, Baqeri Kani at the airport (OH3); the
Bagheri Kani-Faisal meeting and the meeting with Taha on the sidelines, the called-off Fidan meeting (OH4);
the wording of the MBS call, the unscheduled Riyadh visit (OH5); Aiban's presence, Araghchi's quote (OH6).
Spellings: "Mohammad bin Salman", "Amirabdollahian" (OH1); «عبداللهيان» and «عبد اللهيان» (OH2, OH4); "Ali
Baqeri Kani", "Ale-Hashem" (OH3); «هاكان فيدان», «حسين إبراهيم طه» (OH4); «عراقجي», «محمد بن سلمان بن
عبدالعزيز» (OH6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_oh import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, SAUDI, IRAQ, SYRIA, AZERBAIJAN = (
    "country:iran", "country:saudi-arabia", "country:iraq", "country:syria", "country:azerbaijan")
IRFM, SAUFM, OIC, HAMAS, HEZ, GENSTAFF, TRFM = (
    "organization:iranian-foreign-ministry", "organization:saudi-foreign-ministry", "organization:oic",
    "organization:hamas", "organization:hezbollah", "organization:iranian-armed-forces-general-staff",
    "organization:turkish-foreign-ministry")
RAISI, KHAMENEI, ABDOLLAHIAN, MOKHBER, BAGHERIKANI, ARAGHCHI, PEZESHKIAN, AREF, JALILI, BAGHERI = (
    "person:ebrahim-raisi", "person:ali-khamenei", "person:hossein-amir-abdollahian", "person:mohammad-mokhber",
    "person:ali-bagheri-kani", "person:abbas-araghchi", "person:masoud-pezeshkian", "person:mohammad-reza-aref",
    "person:saeed-jalili", "person:mohammad-bagheri")
ROUHANI, RAHMATI, ALEHASHEM = "person:hassan-rouhani", "person:malek-rahmati", "person:mohammad-ali-al-e-hashem"
MBS, SALMAN, FAISAL, AIBAN, MANSOUR = (
    "person:mohammed-bin-salman", "person:salman-bin-abdulaziz", "person:faisal-bin-farhan",
    "person:musaed-al-aiban", "person:mansour-bin-mutaib")
SUDANI, ALIYEV, ASSAD, ERDOGAN, FIDAN, TAHA, HANIYEH, NASRALLAH = (
    "person:mohammed-shia-al-sudani", "person:ilham-aliyev", "person:bashar-al-assad",
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:hissein-brahim-taha", "person:ismail-haniyeh",
    "person:hassan-nasrallah")

TEHRANTIMES = "blind set (Iranian English-language daily, Tehran Times-like)"
ASHARQ = "blind set (pan-Arab Saudi-owned daily, Arabic, Asharq Al-Awsat-like)"
AP = "blind set (US news wire, English, AP-like)"
MAYADEEN = "blind set (Beirut-based pan-Arab TV site, Arabic, Al Mayadeen-like)"
BRIEF = "blind set (Washington think-tank policy brief, English)"
ARABIYA = "blind set (Saudi-owned TV news site, Arabic, Al Arabiya-like)"

ARTICLES = [
    ("enOH1_raisi_riyadh_summit_tehrantimes", "en",
     "Raisi, bin Salman meet in Riyadh on sidelines of Gaza summit\n"
     "TEHRAN - President Ebrahim Raisi met with Saudi Crown Prince Mohammad bin Salman in Riyadh on Saturday on "
     "the sidelines of the extraordinary joint summit of the Organization of Islamic Cooperation and the Arab "
     "League on Gaza, in the first visit by an Iranian president to the kingdom in more than a decade.\n"
     "The Iranian president, who arrived in the Saudi capital wearing the Palestinian keffiyeh, was accompanied "
     "by Foreign Minister Hossein Amirabdollahian, who also attended the meeting.\n"
     "The two sides discussed the situation in Gaza and ways to stop \"the crimes of the Zionist regime\", "
     "according to a statement by the presidential office.\n"
     "Raisi and the crown prince had spoken by telephone for the first time on October 11, four days after "
     "the start of the war.\n"
     "On the sidelines of the summit, the Iranian president also held talks with Syrian President Bashar "
     "al-Assad, the presidential website reported. A meeting with Turkish President Recep Tayyip Erdogan, "
     "announced by Iranian media on Friday, did not take place, officials said, citing the crowded schedule.\n"
     "Addressing the summit, Raisi called on Islamic countries to arm the Palestinians if the war continued.",
     [("MET_WITH", RAISI, MBS, "President Ebrahim Raisi met with Saudi Crown Prince", "2023-11-11"),
      ("MET_WITH", ABDOLLAHIAN, RAISI, "was accompanied by Foreign Minister", "2023-11-11"),
      ("MET_WITH", ABDOLLAHIAN, MBS, "who also attended the meeting", "2023-11-11"),
      ("MET_WITH", RAISI, ASSAD, "also held talks with Syrian President", "2023-11-11"),
      ("LEADS", RAISI, IRAN, "TEHRAN - President Ebrahim Raisi"),
      ("LEADS", ABDOLLAHIAN, IRFM, "Foreign Minister Hossein Amirabdollahian"),
      ("LEADS", ASSAD, SYRIA, "Syrian President Bashar"),
      ("LEADS", ERDOGAN, "country:turkey", "Turkish President Recep Tayyip Erdogan"),
      ("VISITED", RAISI, "location:riyadh", "in Riyadh on Saturday"),
      ],
     {"source": TEHRANTIMES, "published": "2023-11-12"}),

    ("arOH2_helicopter_crash_asharq", "ar",
     "مقتل رئيسي وعبداللهيان في تحطم مروحية... وخامنئي يكلّف مخبر إدارة الرئاسة\n"
     "لندن - طهران: «الشرق الأوسط»\n"
     "أعلنت السلطات الإيرانية، أمس (الاثنين)، مقتل الرئيس إبراهيم رئيسي ووزير خارجيته حسين أمير عبداللهيان "
     "وسبعة آخرين، إثر تحطم مروحية كانت تقلّهم في منطقة جبلية وعرة بمحافظة أذربيجان الشرقية (شمال غربي "
     "البلاد)، بعد ليلة من البحث وسط الضباب الكثيف.\n"
     "وكانت المروحية في طريق عودتها من مراسم تدشين سد على نهر أرس عند الحدود، حيث التقى رئيسي نظيره "
     "الأذربيجاني إلهام علييف صباح الأحد.\n"
     "وكلّف المرشد الإيراني علي خامنئي النائب الأول للرئيس محمد مخبر بتولي مهام الرئاسة مؤقتاً، على أن تُجرى "
     "انتخابات رئاسية خلال خمسين يوماً، فيما كلّفت الحكومة كبير المفاوضين النوويين علي باقري كني القيام بأعمال "
     "وزارة الخارجية خلفاً لعبداللهيان.\n"
     "وأمر رئيس هيئة الأركان العامة للقوات المسلحة اللواء محمد باقري بتشكيل لجنة رفيعة للتحقيق في أسباب "
     "الحادث، ولم تُشر السلطات إلى عمل تخريبي، فيما نفى مسؤول إسرائيلي، طلب عدم ذكر اسمه، أي علاقة لتل أبيب "
     "بما جرى.\n"
     "ومن جهته، بعث ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان برقية عزاء إلى مخبر، أعرب فيها "
     "عن خالص التعازي، بعد أن كانت الرياض قد أبدت استعدادها لتقديم أي مساعدة في عمليات البحث.",
     [("SUCCESSOR_OF", MOKHBER, RAISI, "بتولي مهام الرئاسة مؤقتاً", "2024-05-20"),
      ("SUCCESSOR_OF", BAGHERIKANI, ABDOLLAHIAN, "خلفاً لعبداللهيان", "2024-05-20"),
      ("MET_WITH", RAISI, ALIYEV, "حيث التقى رئيسي نظيره", "2024-05-19"),
      ("LEADS", RAISI, IRAN, "مقتل الرئيس إبراهيم رئيسي"),
      ("LEADS", ABDOLLAHIAN, IRFM, "ووزير خارجيته حسين"),
      ("LEADS", ALIYEV, AZERBAIJAN, "الأذربيجاني إلهام علييف"),
      ("LEADS", KHAMENEI, IRAN, "المرشد الإيراني علي خامنئي"),
      ("LEADS", BAGHERI, GENSTAFF, "رئيس هيئة الأركان العامة للقوات المسلحة"),
      ("LEADS", MBS, SAUDI, "ولي العهد السعودي رئيس مجلس الوزراء"),
      ],
     {"source": ASHARQ, "published": "2024-05-21"}),

    ("enOH3_raisi_funeral_ap", "en",
     "Iran's supreme leader prays over coffins of Raisi, others as foreign dignitaries gather in Tehran\n"
     "TEHRAN, Iran (AP) - Iran's supreme leader presided Wednesday over the funeral of the country's late "
     "president, foreign minister and others killed in a helicopter crash, as tens of thousands of mourners "
     "packed the streets of the capital.\n"
     "Supreme Leader Ayatollah Ali Khamenei prayed over the coffins of President Ebrahim Raisi, Foreign Minister "
     "Hossein Amir-Abdollahian and six others killed in Sunday's crash in the country's northwest, among them "
     "East Azerbaijan Gov. Malek Rahmati and Mohammad Ali Ale-Hashem, the Friday prayer leader of Tabriz. "
     "Investigators have not offered a cause.\n"
     "Later in the day, Acting President Mohammad Mokhber, a 68-year-old who had served as Raisi's first vice "
     "president, received foreign delegations at a state ceremony. Among them was Saudi Prince Mansour bin "
     "Mutaib, a minister of state, who conveyed condolences from King Salman and Crown Prince Mohammed bin "
     "Salman, according to state television. Mokhber also met Iraqi Prime Minister Mohammed Shia al-Sudani.\n"
     "Hamas leader Ismail Haniyeh, who attended the service, told the crowd Raisi had stood by the "
     "Palestinians.\n"
     "Ali Baqeri Kani, the nuclear negotiator named acting foreign minister after Amir-Abdollahian's death, "
     "greeted arriving ministers at the airport. Iran will hold an election on June 28 to choose Raisi's "
     "successor.",
     [("MET_WITH", MOKHBER, MANSOUR, "Among them was Saudi Prince Mansour bin", "2024-05-22"),
      ("MET_WITH", MOKHBER, SUDANI, "Mokhber also met Iraqi Prime Minister", "2024-05-22"),
      ("SUCCESSOR_OF", BAGHERIKANI, ABDOLLAHIAN, "named acting foreign minister after Amir-Abdollahian's death",
       "2024-05-20"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ayatollah Ali Khamenei"),
      ("LEADS", RAISI, IRAN, "President Ebrahim Raisi, Foreign Minister"),
      ("LEADS", ABDOLLAHIAN, IRFM, "Foreign Minister Hossein Amir-Abdollahian and six"),
      ("LEADS", RAHMATI, "location:east-azerbaijan", "East Azerbaijan Gov. Malek Rahmati"),
      ("LEADS", MOKHBER, IRAN, "Acting President Mohammad Mokhber"),
      ("LEADS", SALMAN, SAUDI, "from King Salman"),
      ("LEADS", SUDANI, IRAQ, "Iraqi Prime Minister Mohammed Shia"),
      ("LEADS", HANIYEH, HAMAS, "Hamas leader Ismail Haniyeh"),
      ],
     {"source": AP, "published": "2024-05-22"}),

    ("arOH4_bagheri_kani_jeddah_mayadeen", "ar",
     "باقري كني من جدة: على الدول الإسلامية تحمّل مسؤولياتها\n"
     "الميادين نت\n"
     "التقى القائم بأعمال وزير الخارجية الإيراني علي باقري كني، اليوم الأربعاء، وزير الخارجية السعودي الأمير "
     "فيصل بن فرحان، على هامش الاجتماع الاستثنائي للجنة التنفيذية لمنظمة التعاون الإسلامي في جدة، الذي عُقد "
     "بطلب من طهران.\n"
     "وبحث الجانبان تداعيات اغتيال رئيس المكتب السياسي لحركة حماس إسماعيل هنية في طهران نهاية الشهر الماضي، "
     "وهي العملية التي تتهم الجمهورية الإسلامية \"إسرائيل\" بتنفيذها، فيما لم يعلن الاحتلال مسؤوليته عنها.\n"
     "وأكد باقري كني أمام الاجتماع أن إيران \"تحتفظ بحقها المشروع في الدفاع عن أمنها وسيادتها\".\n"
     "وعلى هامش الاجتماع، التقى باقري كني أيضاً الأمين العام للمنظمة حسين إبراهيم طه، فيما ألغي لقاء كان "
     "مقرراً مع وزير الخارجية التركي هاكان فيدان بسبب ضيق الوقت.\n"
     "ويتولى باقري كني حقيبة الخارجية بالوكالة منذ أيار/مايو الماضي، بعد استشهاد الوزير حسين أمير عبد اللهيان "
     "إلى جانب الرئيس إبراهيم رئيسي في حادث تحطم المروحية.\n"
     "ومن المنتظر أن يقدّم الرئيس مسعود بزشكيان تشكيلته الحكومية إلى مجلس الشورى الإسلامي خلال أيام.",
     [("MET_WITH", BAGHERIKANI, FAISAL, "التقى القائم بأعمال وزير الخارجية الإيراني", "2024-08-07"),
      ("MET_WITH", BAGHERIKANI, TAHA, "التقى باقري كني أيضاً الأمين العام", "2024-08-07"),
      ("SUCCESSOR_OF", BAGHERIKANI, ABDOLLAHIAN, "ويتولى باقري كني حقيبة الخارجية بالوكالة", "2024-05-20"),
      ("LEADS", FAISAL, SAUFM, "وزير الخارجية السعودي الأمير"),
      ("LEADS", HANIYEH, HAMAS, "رئيس المكتب السياسي لحركة حماس"),
      ("LEADS", TAHA, OIC, "الأمين العام للمنظمة"),
      ("LEADS", FIDAN, TRFM, "وزير الخارجية التركي هاكان"),
      ("LEADS", RAISI, IRAN, "الرئيس إبراهيم رئيسي في حادث"),
      ("LEADS", PEZESHKIAN, IRAN, "الرئيس مسعود بزشكيان"),
      ("VISITED", BAGHERIKANI, "location:jeddah", "التعاون الإسلامي في جدة"),
      ],
     {"source": MAYADEEN, "published": "2024-08-07"}),

    ("enOH5_pezeshkian_cabinet_brief", "en",
     "Iran's new cabinet: what Pezeshkian's team means for the Saudi file\n"
     "Policy brief, August 22, 2024\n"
     "Iran's parliament on August 21 approved all 19 ministers proposed by President Masoud Pezeshkian, "
     "including Abbas Araghchi as foreign minister. Araghchi, a career diplomat who was deputy foreign minister "
     "and chief nuclear negotiator under Hassan Rouhani, replaces Ali Bagheri Kani, who had run the ministry in "
     "an acting capacity since the May 19 helicopter crash that killed President Ebrahim Raisi and Hossein "
     "Amir-Abdollahian.\n"
     "Pezeshkian, a reformist heart surgeon and former health minister, defeated the hard-liner Saeed Jalili in "
     "the July 5 runoff and was sworn in before parliament on July 30, succeeding Raisi. Mohammad Mokhber, who "
     "had run the government as acting president, was replaced as first vice president by Mohammad Reza Aref.\n"
     "Riyadh moved quickly to engage the new administration: Crown Prince Mohammed bin Salman telephoned "
     "Pezeshkian to congratulate him after the runoff, and the two agreed to expand cooperation.\n"
     "The inauguration was overshadowed by the killing in Tehran on July 31 of Hamas political chief Ismail "
     "Haniyeh, hours after he had met Pezeshkian. Iran blamed Israel, which has neither confirmed nor denied "
     "involvement.\n"
     "For the Saudis, Araghchi is a familiar interlocutor. A visit by the new minister to Riyadh has been "
     "discussed but not scheduled.",
     [("SUCCESSOR_OF", ARAGHCHI, BAGHERIKANI, "replaces Ali Bagheri Kani", "2024-08-21"),
      ("SUCCESSOR_OF", PEZESHKIAN, RAISI, "succeeding Raisi", "2024-07-30"),
      ("SUCCESSOR_OF", AREF, MOKHBER, "was replaced as first vice president by", "2024-07-28"),
      ("MET_WITH", HANIYEH, PEZESHKIAN, "hours after he had met Pezeshkian", "2024-07-30"),
      ("LEADS", PEZESHKIAN, IRAN, "proposed by President Masoud Pezeshkian"),
      ("LEADS", ARAGHCHI, IRFM, "including Abbas Araghchi as foreign minister"),
      ("LEADS", RAISI, IRAN, "that killed President Ebrahim Raisi"),
      ("LEADS", HANIYEH, HAMAS, "Hamas political chief Ismail"),
      ],
     {"source": BRIEF, "published": "2024-08-22"}),

    ("arOH6_araghchi_riyadh_arabiya", "ar",
     "ولي العهد السعودي يستقبل وزير الخارجية الإيراني في الرياض\n"
     "العربية.نت\n"
     "استقبل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز، ولي العهد رئيس مجلس الوزراء، في الرياض "
     "مساء الأربعاء، وزير خارجية الجمهورية الإسلامية الإيرانية عباس عراقجي.\n"
     "وجرى خلال الاستقبال استعراض العلاقات بين البلدين، وبحث مستجدات الأوضاع في المنطقة، ولا سيما التصعيد "
     "في غزة ولبنان.\n"
     "حضر الاستقبال صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، ومعالي وزير الدولة عضو مجلس "
     "الوزراء مستشار الأمن الوطني الدكتور مساعد بن محمد العيبان.\n"
     "وكان عراقجي قد عقد في وقت سابق جلسة مباحثات مع نظيره السعودي في مقر وزارة الخارجية، وصفها بأنها \"جيدة "
     "وبنّاءة\"، قبل أن يتوجه إلى الدوحة في إطار جولة خليجية.\n"
     "وتأتي الجولة بعد أسبوع من الهجوم الصاروخي الإيراني على إسرائيل، الذي قالت طهران إنه جاء رداً على "
     "اغتيال الأمين العام لحزب الله حسن نصر الله.\n"
     "وعراقجي، الذي خلف علي باقري كني على رأس الدبلوماسية الإيرانية في آب/أغسطس الماضي، هو أول وزير خارجية "
     "في حكومة الرئيس مسعود بزشكيان.",
     [("MET_WITH", MBS, ARAGHCHI, "وزير خارجية الجمهورية الإسلامية الإيرانية", "2024-10-09"),
      ("MET_WITH", FAISAL, MBS, "حضر الاستقبال صاحب السمو الأمير", "2024-10-09"),
      ("MET_WITH", AIBAN, MBS, "مستشار الأمن الوطني الدكتور", "2024-10-09"),
      ("MET_WITH", AIBAN, ARAGHCHI, "الدكتور مساعد بن محمد العيبان", "2024-10-09"),
      ("MET_WITH", ARAGHCHI, FAISAL, "جلسة مباحثات مع نظيره السعودي", "2024-10-09"),
      ("SUCCESSOR_OF", ARAGHCHI, BAGHERIKANI, "الذي خلف علي باقري كني", "2024-08-21"),
      ("LEADS", MBS, SAUDI, "ولي العهد رئيس مجلس الوزراء"),
      ("LEADS", ARAGHCHI, IRFM, "الإيرانية عباس عراقجي"),
      ("LEADS", FAISAL, SAUFM, "بن عبدالله وزير الخارجية"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله"),
      ("LEADS", PEZESHKIAN, IRAN, "الرئيس مسعود بزشكيان"),
      ("VISITED", ARAGHCHI, "location:riyadh", "في الرياض مساء الأربعاء"),
      ],
     {"source": ARABIYA, "published": "2024-10-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOH")
