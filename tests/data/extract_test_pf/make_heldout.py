"""Blind set PF: Iraqi Kurdistan and its neighbours 2005-2024 (second folder of PE-PF): the 2017 referendum,
the US-UN-British offer in Erbil and Abadi's response in Kirkuk (September-October 2017), Hossein
Amir-Abdollahian's visit to Erbil (2021), the Kirkuk governors from Najmaldin Karim to Rebwar Taha
(2017-2024), Hakan Fidan's visit to Baghdad and Erbil (August 2023), Abdul Latif Rashid's election as
President of Iraq (October 2022), and Masrour Barzani's cabinet and the killing of a Turkish diplomat in
Erbil (July 2019), as a Kurdish TV site writes it in English (Kurdistan24-like: "ERBIL (Kurdistan 24) -"),
an Iranian agency in Arabic (Tasnim-like: "وكالة تسنيم الدولية للأنباء", "الجمهورية الإسلامية"), a US
think-tank brief in English (Washington Institute-like: "PolicyWatch", appositions, "in effect"), Turkey's
state agency in Arabic (Anadolu-like: "الأناضول", "إقليم شمال العراق"), an international wire in English
(AFP-like: "BAGHDAD (AFP) -") and a party outlet in Arabic (KDP-like: "الرئيس بارزاني", "كاك مسرور").
Pieces: Barzani receives McGurk with Silliman and Kubis, Abadi names Rakan al-Jubouri to replace Karim,
Barzani steps down (English, PF1); Amir-Abdollahian meets Nechirvan, then Masrour with the consul general
present (Arabic, PF2); Rakan al-Jubouri replaces Karim, Rebwar Taha replaces Rakan, Bafel meets Sudani
(English, PF3); Fidan meets Sudani and Fuad Hussein, then Nechirvan and Masrour; Kalin succeeds Fidan at
MIT (Arabic, PF4); Rashid elected to succeed Salih, names Sudani, who replaces Kadhimi (English, PF5);
Masrour's cabinet approved, Masrour succeeds Nechirvan, receives Tueller with Qubad present; Kose killed
(Arabic, PF6).
Excluded on purpose (no relation): Abadi's refusal to meet a Kurdish delegation (PF1); the IRGC's threats
against "separatist groups" with no victim named, the planned meeting with the PUK (PF2); Karim's death in
the United States (illness, no agent) (PF3); Erdogan, who "may visit" Baghdad, the postponed meeting with
Halbousi (PF4); rockets fired near parliament with no claim, Salih's congratulation (PF5); Kose's killer,
named by Turkey as a PKK member (only an accusation; the gunman himself is unnamed in the piece), the
phone call from Abdul-Mahdi (PF6).
Judgement calls: "received McGurk, accompanied by Silliman and Kubis" pairs the companions with the host and
with McGurk, and with each other (they came together as one delegation) (PF1); "named ... acting governor
in place of Karim" is a succession (PF1, PF3); "elected ... replacing Rakan al-Jubouri" (PF3); «بحضور» an
attendee with both principals (PF2, PF6); «خلفاً لـ» (PF4, PF6); "defeated the incumbent ... to succeed
him" (PF5); "Sudani, who will replace Kadhimi" is a succession stated at designation (PF5); LEADS for heads
of countries, governments, parties and ministries with an id.
Filled in for the exercise: the date and sequence of Amir-Abdollahian's Erbil meetings and the consul
general's presence (PF2); Bafel's meeting with Sudani (PF3); the order of Fidan's meetings, the postponed
Halbousi meeting (PF4); Qubad's presence at Tueller's visit, Abdul-Mahdi's call, and Kose's killing (July 17) put into the same report (PF6).
Spellings: "Najmaldin Karim", "Rakan Saeed al-Jubouri" (PF1); «أمير عبداللهيان»، «نيچيرفان بارزاني» (PF2);
"Rebwar Taha", "Rakan al-Jabouri" (PF3); «هاكان فيدان»، «إبراهيم قالن» (PF4); "Abdel Latif Rashid",
"Mohammed Shia al-Sudani" (PF5); «كاك مسرور»، «قوباد طالباني»، «ماثيو تولر» (PF6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_pf import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, TURKEY, USA = "country:iraq", "country:iran", "country:turkey", "country:united-states"
KDP, PUK, KRG, PKK, IRGC = ("organization:kurdistan-democratic-party", "organization:patriotic-union-of-kurdistan",
                            "organization:kurdistan-regional-government", "organization:pkk", "organization:irgc")
MIT, IRQFM, TRFM, IRFM, KREG = (
    "organization:turkish-national-intelligence-organization", "organization:iraqi-foreign-ministry",
    "organization:turkish-foreign-ministry", "organization:iranian-foreign-ministry", "location:kurdistan-region")
MASOUD, NECHIRVAN, MASROUR, BAFEL, QUBAD = (
    "person:masoud-barzani", "person:nechirvan-barzani", "person:masrour-barzani", "person:bafel-talabani",
    "person:qubad-talabani")
KARIM, RAKAN, REBWAR = "person:najmaldin-karim", "person:rakan-al-jubouri", "person:rebwar-taha"
SALIH, RASHID, ABADI, ABDULMAHDI, KADHIMI, SUDANI, FUAD, HALBOUSI = (
    "person:barham-salih", "person:abdul-latif-rashid", "person:haider-al-abadi", "person:adil-abdul-mahdi",
    "person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani", "person:fuad-hussein",
    "person:mohammed-al-halbousi")
ERDOGAN, FIDAN, KALIN, KOSE = ("person:recep-tayyip-erdogan", "person:hakan-fidan", "person:ibrahim-kalin",
                               "person:osman-kose")
AMIR, RASHNOUDI = "person:hossein-amir-abdollahian", "person:nasrollah-rashnoudi"
MCGURK, SILLIMAN, KUBIS, TUELLER = ("person:brett-mcgurk", "person:douglas-silliman", "person:jan-kubis",
                                    "person:matthew-tueller")

K24 = "blind set (Kurdish TV news site, English service, Kurdistan24-like)"
TASNIM = "blind set (Iranian news agency, Arabic service, Tasnim-like)"
BRIEF = "blind set (US think-tank policy brief, English, Washington Institute-like)"
AA = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"
AFP = "blind set (international news wire, English, AFP-like)"
KDPSITE = "blind set (Kurdish party outlet, Arabic, KDP-like)"

ARTICLES = [
    ("enPF1_referendum_kirkuk_k24", "en",
     "Barzani: Referendum will go ahead; Abadi names acting Kirkuk governor\n"
     "ERBIL (Kurdistan 24) - Kurdistan Region President Masoud Barzani on Thursday received the US Special "
     "Presidential Envoy for the Global Coalition against ISIS, Brett McGurk, accompanied by US Ambassador "
     "Douglas Silliman and the UN Special Representative Jan Kubis, who presented an alternative to the "
     "September 25 vote.\n"
     "A statement from the Kurdistan Region Presidency said the President told the delegation that the "
     "proposal \"came too late\" and that the people of Kurdistan would decide their future at the ballot box.\n"
     "In Baghdad, Prime Minister Haider al-Abadi refused to receive a Kurdish delegation before the vote.\n"
     "Weeks later, after Iraqi forces entered Kirkuk on October 16, Abadi named the deputy governor, Rakan "
     "Saeed al-Jubouri, as acting governor in place of Najmaldin Karim, whom the Iraqi parliament had voted to "
     "dismiss for backing the referendum.\n"
     "On October 29, Barzani told the Kurdistan Parliament he would not extend his term, which ends on "
     "November 1, and his powers were divided among the prime minister, the parliament and the judiciary.",
     met_group({MASOUD: "received the US Special", MCGURK: "Brett McGurk, accompanied",
                SILLIMAN: "Douglas Silliman and the UN", KUBIS: "the UN Special Representative Jan Kubis"},
               "2017-09-14") + [
      ("SUCCESSOR_OF", RAKAN, KARIM, "in place of Najmaldin Karim", "2017-10-17"),
      ("LEADS", MASOUD, KREG, "Kurdistan Region President Masoud Barzani"),
      ("LEADS", ABADI, IRAQ, "Prime Minister Haider al-Abadi refused"),
      ],
     {"source": K24, "published": "2017-10-30"}),

    ("arPF2_amir_abdollahian_erbil_tasnim", "ar",
     "أمير عبداللهيان في أربيل: لن نسمح بأن يتحول الإقليم إلى منطلق لتهديد أمن إيران\n"
     "وكالة تسنيم الدولية للأنباء\n"
     "التقى وزير خارجية الجمهورية الإسلامية الإيرانية حسين أمير عبداللهيان، الذي وصل إلى أربيل قادماً من "
     "بغداد، رئيس إقليم كردستان العراق نيچيرفان بارزاني، وبحث معه العلاقات الثنائية والتطورات الإقليمية.\n"
     "وأكد أمير عبداللهيان خلال اللقاء أن \"طهران لن تسمح لأي جماعات معادية باستخدام أراضي الإقليم ضد "
     "أمنها\"، مشيداً بدور الإقليم في التعاون الاقتصادي.\n"
     "ثم اجتمع رئيس الدبلوماسية الإيرانية مع رئيس حكومة الإقليم مسرور بارزاني، بحضور القنصل العام الإيراني في "
     "أربيل نصر الله رشنودي.\n"
     "وكانت القوات البرية للحرس الثوري قد أعلنت الأسبوع الماضي أنها استهدفت مقار \"الجماعات الانفصالية\" في "
     "شمال العراق، محذرة من أنها ستواصل عملياتها.\n"
     "وكان من المقرر أن يلتقي الوزير الإيراني قيادة الاتحاد الوطني الكردستاني في السليمانية، غير أن "
     "الزيارة أُرجئت.",
     [("MET_WITH", AMIR, NECHIRVAN, "رئيس إقليم كردستان العراق نيچيرفان", "2021-09-13"),
      ("MET_WITH", AMIR, MASROUR, "ثم اجتمع رئيس الدبلوماسية الإيرانية", "2021-09-13"),
      ("MET_WITH", RASHNOUDI, AMIR, "بحضور القنصل العام الإيراني", "2021-09-13"),
      ("MET_WITH", RASHNOUDI, MASROUR, "نصر الله رشنودي", "2021-09-13"),
      ("LEADS", AMIR, IRFM, "وزير خارجية الجمهورية الإسلامية الإيرانية"),
      ("LEADS", NECHIRVAN, KREG, "رئيس إقليم كردستان العراق"),
      ("LEADS", MASROUR, KRG, "رئيس حكومة الإقليم مسرور"),
      ],
     {"source": TASNIM, "published": "2021-09-13"}),

    ("enPF3_kirkuk_governors_brief", "en",
     "Kirkuk's New Governor and the Return of the PUK\n"
     "PolicyWatch - August 2024\n"
     "On August 10, Kirkuk's newly elected provincial council, meeting not in Kirkuk but at the Rashid Hotel in "
     "Baghdad, elected Rebwar Taha, a Patriotic Union of Kurdistan (PUK) official, as governor, replacing Rakan "
     "al-Jabouri, who had run the province since October 2017.\n"
     "Jabouri, an Arab and Najmaldin Karim's deputy, was installed by then prime minister Haider al-Abadi as "
     "acting governor after the federal takeover of the city, in effect succeeding Karim, the Kurdish "
     "neurosurgeon whom parliament removed for raising the Kurdistan flag on state buildings. Karim died in "
     "the United States in 2020.\n"
     "The deal was brokered in Baghdad. PUK president Bafel Talabani met Prime Minister Mohammed Shia al-Sudani "
     "two days before the session, according to PUK media; the Kurdistan Democratic Party (KDP) and Arab "
     "members boycotted it and called it illegal.\n"
     "The result, in effect, restores the PUK's hold on the governorate it lost in 2017, and leaves the KDP "
     "outside the arrangement.",
     [("SUCCESSOR_OF", REBWAR, RAKAN, "replacing Rakan", "2024-08-10"),
      ("SUCCESSOR_OF", RAKAN, KARIM, "in effect succeeding Karim", "2017-10-17"),
      ("MEMBER_OF", REBWAR, PUK, "a Patriotic Union of Kurdistan (PUK) official"),
      ("MET_WITH", BAFEL, SUDANI, "Bafel Talabani met Prime Minister", "2024-08-08"),
      ("LEADS", BAFEL, PUK, "PUK president Bafel Talabani"),
      ("LEADS", SUDANI, IRAQ, "Prime Minister Mohammed Shia al-Sudani two days"),
      ],
     {"source": BRIEF, "published": "2024-08-15"}),

    ("arPF4_fidan_baghdad_erbil_aa", "ar",
     "فيدان يبحث في بغداد وأربيل مكافحة الإرهاب وملف المياه\n"
     "بغداد/ الأناضول\n"
     "التقى وزير الخارجية التركي هاكان فيدان، الثلاثاء، رئيس الوزراء العراقي محمد شياع السوداني، في أول "
     "زيارة له إلى العراق منذ توليه منصبه.\n"
     "وذكرت مصادر دبلوماسية أن فيدان بحث مع السوداني مكافحة تنظيم \"بي كا كا\" الإرهابي واستئناف تصدير النفط "
     "عبر ميناء جيهان، كما عقد اجتماعاً مع نظيره العراقي فؤاد حسين.\n"
     "وكان من المقرر أن يلتقي فيدان رئيس البرلمان محمد الحلبوسي، إلا أن اللقاء تأجل.\n"
     "وفي اليوم التالي، انتقل فيدان إلى أربيل حيث التقى رئيس إقليم شمال العراق نيجيرفان بارزاني، ثم رئيس "
     "حكومة الإقليم مسرور بارزاني.\n"
     "ويشغل فيدان منصب وزير الخارجية منذ يونيو الماضي، بعد أن ترأس جهاز الاستخبارات طيلة 13 عاماً، وقد "
     "عُيّن إبراهيم قالن رئيساً للجهاز خلفاً له.\n"
     "ومن المتوقع أن يزور الرئيس رجب طيب أردوغان بغداد في وقت لاحق.",
     [("MET_WITH", FIDAN, SUDANI, "رئيس الوزراء العراقي محمد شياع", "2023-08-22"),
      ("MET_WITH", FIDAN, FUAD, "كما عقد اجتماعاً مع نظيره العراقي", "2023-08-22"),
      ("MET_WITH", FIDAN, NECHIRVAN, "حيث التقى رئيس إقليم شمال العراق", "2023-08-23"),
      ("MET_WITH", FIDAN, MASROUR, "ثم رئيس حكومة الإقليم مسرور", "2023-08-23"),
      ("SUCCESSOR_OF", KALIN, FIDAN, "رئيساً للجهاز خلفاً له", "2023-06"),
      ("LEADS", KALIN, MIT, "عُيّن إبراهيم قالن"),
      ("LEADS", FIDAN, TRFM, "وزير الخارجية التركي هاكان"),
      ("LEADS", SUDANI, IRAQ, "رئيس الوزراء العراقي محمد"),
      ("LEADS", MASROUR, KRG, "حكومة الإقليم مسرور بارزاني"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس رجب طيب أردوغان"),
      ],
     {"source": AA, "published": "2023-08-23"}),

    ("enPF5_rashid_elected_afp", "en",
     "Iraq parliament elects Kurd Abdel Latif Rashid president, ending year-long deadlock\n"
     "BAGHDAD (AFP) - Iraq's parliament on Thursday elected veteran Kurdish politician Abdel Latif Rashid as "
     "president of the republic, a year after legislative elections, with lawmakers backing him in a "
     "second-round vote over the incumbent Barham Salih.\n"
     "Rashid, a 78-year-old British-educated engineer and former water resources minister, defeated the "
     "incumbent by 162 votes to 99 to succeed him in the largely ceremonial post, reserved by convention for a "
     "Kurd.\n"
     "Within minutes, the new head of state tasked Mohammed Shia al-Sudani, the candidate of the pro-Iran "
     "Coordination Framework, with forming a government. Sudani, who will replace caretaker premier Mustafa "
     "al-Kadhimi, has 30 days to present his cabinet.\n"
     "Earlier, at least nine rockets struck near the fortified Green Zone as lawmakers gathered, wounding "
     "several people, security sources said. There was no immediate claim.\n"
     "Salih congratulated his successor on Twitter.",
     [("SUCCESSOR_OF", RASHID, SALIH, "to succeed him in the largely ceremonial post", "2022-10-13"),
      ("SUCCESSOR_OF", SUDANI, KADHIMI, "who will replace caretaker premier", "2022-10-27"),
      ("LEADS", RASHID, IRAQ, "elected veteran Kurdish politician Abdel Latif Rashid as president"),
      ("LEADS", KADHIMI, IRAQ, "caretaker premier Mustafa"),
      ],
     {"source": AFP, "published": "2022-10-13"}),

    ("arPF6_masrour_cabinet_kdp", "ar",
     "برلمان كوردستان يمنح الثقة للكابينة التاسعة برئاسة كاك مسرور بارزاني\n"
     "أربيل - الموقع الرسمي للبارتي\n"
     "منح برلمان كوردستان، اليوم الأربعاء، الثقة للتشكيلة الوزارية التاسعة برئاسة مسرور بارزاني، الذي أدى "
     "اليمين الدستورية رئيساً لحكومة الإقليم خلفاً لنيجيرفان بارزاني، فيما احتفظ قوباد طالباني بمنصب نائب "
     "رئيس الحكومة.\n"
     "وبعد الجلسة، استقبل رئيس الحكومة في مكتبه السفير الأميركي لدى العراق ماثيو تولر، بحضور قوباد طالباني، "
     "حيث هنأ السفير كاك مسرور بنيل الثقة وأكد دعم واشنطن للإقليم.\n"
     "كما تلقى رئيس الحكومة اتصالاً هاتفياً من رئيس الوزراء الاتحادي عادل عبد المهدي هنأه فيه بتشكيل "
     "الكابينة الجديدة.\n"
     "وفي سياق آخر، قُتل نائب القنصل التركي في أربيل عثمان كوسه بإطلاق نار داخل مطعم في المدينة، "
     "واتهمت أنقرة حزب العمال الكوردستاني بالوقوف وراء الهجوم، وهو ما نفاه الحزب.\n"
     "وأكد الرئيس بارزاني أن \"الجناة لن يفلتوا من العقاب\".",
     [("SUCCESSOR_OF", MASROUR, NECHIRVAN, "خلفاً لنيجيرفان بارزاني", "2019-07-10"),
      ("MET_WITH", MASROUR, TUELLER, "السفير الأميركي لدى العراق ماثيو", "2019-07-10"),
      ("MET_WITH", QUBAD, MASROUR, "بحضور قوباد طالباني", "2019-07-10"),
      ("MET_WITH", QUBAD, TUELLER, "حيث هنأ السفير كاك مسرور", "2019-07-10"),
      ("LEADS", MASROUR, KRG, "رئيساً لحكومة الإقليم"),
      ("LEADS", ABDULMAHDI, IRAQ, "رئيس الوزراء الاتحادي عادل"),
      ],
     {"source": KDPSITE, "published": "2019-07-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPF")
