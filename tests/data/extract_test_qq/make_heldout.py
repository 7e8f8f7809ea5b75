"""Blind set QQ: Syria's transition, December 2024 - July 2025 (first folder of QQ-QR): the first US
delegation to meet Ahmed al-Sharaa in Damascus (Barbara Leaf, Roger Carstens, Daniel Rubinstein, December
2024), al-Sharaa's reception of Hakan Fidan with Asaad al-Shaibani and Mohammed al-Bashir present (December
2024), al-Shaibani's visit to Ankara with Murhaf Abu Qasra and Anas Khattab (January 2025), al-Sharaa's visit to
Riyadh and his reception by Mohammed bin Salman (February 2025), the agreement between al-Sharaa and the SDF's
Mazloum Abdi (March 2025), and the Israeli strikes on the General Staff in Damascus (July 2025) with the killings
of former regime officers, as a Western wire writes it in English (Reuters-like: "DAMASCUS, Dec 20
(Reuters) -"), Syria's new state agency in Arabic (SANA-like: "دمشق-سانا", "قائد الإدارة السورية الجديدة
السيد"), a Turkish state agency in English (Anadolu-like: "ANKARA", "YPG/PKK terror group"), a Saudi daily in
Arabic (Asharq Al-Awsat-like: "الرياض: «الشرق الأوسط»", "ولي العهد رئيس مجلس الوزراء"), a Kurdish outlet in
English (Rudaw-like: "ERBIL, Kurdistan Region -") and a Beirut daily in Arabic (Al-Akhbar-like: "جيش
الاحتلال", "علمت «الأخبار»").
Pieces: Leaf meets al-Sharaa, accompanied by Carstens and Rubinstein (English, QQ1); al-Sharaa receives Fidan
in the presence of al-Shaibani and al-Bashir; al-Bashir took over from al-Jalali's government (Arabic, QQ2);
Fidan hosts al-Shaibani, accompanied by Abu Qasra and Khattab; the three Syrians meet Guler (English, QQ3);
Mohammed bin Salman receives al-Sharaa with Faisal bin Farhan and al-Shaibani present; the deputy governor of
Riyadh receives al-Sharaa at the airport; Tamim met al-Sharaa in Damascus days earlier (Arabic, QQ4); Abdi and
al-Sharaa sign the agreement in Damascus; Abdi had met Masoud Barzani in Erbil (English, QQ5); the IDF strikes
the General Staff in Damascus; a retired brigadier found shot dead; the Israeli strike on the consulate that
killed Zahedi, and the strike that killed Razi Mousavi (Arabic, QQ6).
Excluded on purpose (no relation): the reporters Leaf spoke to by phone, Blinken's phone call with Fidan, the
cancelled news conference, Assad who fled to Moscow (QQ1); al-Shaibani's phone call with the Qatari prime
minister, Safadi's visit expected the next day (QQ2); Erdogan, who spoke by phone with al-Sharaa, Kalin's
December visit (VISITED only) (QQ3); al-Sharaa's planned visit to Erdogan (QQ4); Ilham Ahmed, who welcomed the
deal from Qamishli, the hundreds killed on the coast (no agent, no name) (QQ5); al-Shaibani's phone call with
Safadi, his expected meeting with Dermer under Barrack's mediation, Samer Dib "found shot dead" with no
claimed agent, Katz and Netanyahu's threats (not a killing) (QQ6).
Judgement calls: attendees of one list ("بحضور A وB", "accompanied by A and B") are paired with both
principals and with each other (they took part in the same meeting; QQ1, QQ2, QQ3, QQ4); members of a
delegation named earlier and named again as meeting someone are paired with him (QQ3 Guler); "كان في
استقباله في المطار" is an in-person meeting (QQ4); signing an agreement together, "the two men shaking
hands", is a meeting (QQ5); "كُلّف ... خلفاً لحكومة محمد غازي الجلالي" is a succession of the prime
minister (QQ2); "دمّرت غارة إسرائيلية ... ما أدى إلى مقتل" and "غارة إسرائيلية أخرى أودت بحياة" give the victim ->
country:israel (QQ6); "جيش الاحتلال" striking buildings (no named victim) gives no relation (QQ6); a prime
minister or crown prince-prime minister LEADS the country (as NK); a foreign minister LEADS his ministry where
the ministry has a gazetteer id.
Filled in for the exercise: Rubinstein's presence and the cancelled news conference, Blinken's call on the
Thursday (QQ1); the presence of al-Shaibani and al-Bashir, al-Shaibani's phone call with the Qatari prime
minister (QQ2); the meeting with Guler, Erdogan's phone call (QQ3); the deputy governor at the airport, the
wording of the statements (QQ4); Ilham Ahmed's words, the US helicopter (QQ5); Samer Dib, his rank and the
place, al-Shaibani's call with Safadi, the Dermer meeting's framing (QQ6).
Spellings: "Abu Mohammed al-Golani", "Bashar al-Assad" (QQ1); "أسعد حسن الشيباني", "المهندس محمد البشير",
"هاكان فيدان" (QQ2); "Asaad Hassan al-Shaibani", "Murhaf Abu Qasra", "Yasar Guler" (QQ3); "الأمير محمد بن
سلمان بن عبدالعزيز", "الشيخ تميم بن حمد" (QQ4); "Mazlum Abdi", "Ahmed al-Shara" (QQ5); "يسرائيل كاتس",
"رضي موسوي", "محمد رضا زاهدي" (QQ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qr import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, TURKEY, SAUDI, QATAR, ISRAEL, US = (
    "country:syria", "country:turkey", "country:saudi-arabia", "country:qatar", "country:israel",
    "country:united-states")
DAMASCUS, ERBIL = "location:damascus", "location:erbil"
HTS, SDF, AANES, KDP, SYRFM, TURFM, TURDEF, MIT, SAUFM, STATE, IDF, QUDS = (
    "organization:hayat-tahrir-al-sham", "organization:syrian-democratic-forces",
    "organization:autonomous-administration-of-north-and-east-syria", "organization:kurdistan-democratic-party",
    "organization:syrian-foreign-ministry", "organization:turkish-foreign-ministry",
    "organization:turkish-defence-ministry", "organization:turkish-national-intelligence-organization",
    "organization:saudi-foreign-ministry", "organization:us-state-department", "organization:israel-defense-forces",
    "organization:quds-force")
SHARAA, ASSAD, BASHIR, JALALI, SHAIBANI, ABUQASRA, KHATTAB, ABDI, ILHAM, DIB = (
    "person:ahmed-al-sharaa", "person:bashar-al-assad", "person:mohammed-al-bashir",
    "person:mohammad-ghazi-al-jalali", "person:asaad-al-shaibani", "person:murhaf-abu-qasra",
    "person:anas-khattab", "person:mazloum-abdi", "person:ilham-ahmed", "person:samer-dib")
ERDOGAN, FIDAN, GULER, KALIN = (
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:yasar-guler", "person:ibrahim-kalin")
MBS, FAISAL, RIYADHDEP, TAMIM, QATARPM, SAFADI, BARZANI = (
    "person:mohammed-bin-salman", "person:faisal-bin-farhan", "person:mohammed-bin-abdulrahman-bin-abdulaziz",
    "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani", "person:ayman-safadi",
    "person:masoud-barzani")
LEAF, CARSTENS, RUBINSTEIN, BLINKEN, KATZ, NETANYAHU, DERMER, BARRACK, ZAHEDI, MOUSAVI = (
    "person:barbara-leaf", "person:roger-carstens", "person:daniel-rubinstein", "person:antony-blinken",
    "person:israel-katz", "person:benjamin-netanyahu", "person:ron-dermer", "person:tom-barrack",
    "person:mohammad-reza-zahedi", "person:razi-mousavi")

REUTERS = "blind set (Western news wire, English, Reuters-like)"
SANA = "blind set (Syria's new state news agency, Arabic, SANA-like)"
AA = "blind set (Turkish state news agency, English service, Anadolu-like)"
AWSAT = "blind set (Saudi daily, Arabic, Asharq Al-Awsat-like)"
RUDAW = "blind set (Kurdish news outlet, English, Rudaw-like)"
AKHBAR = "blind set (Beirut daily, Arabic, Al-Akhbar-like)"

ARTICLES = [
    ("enQQ1_us_diplomats_meet_sharaa_reuters", "en",
     "US diplomats meet Syria's de facto ruler Sharaa, drop $10 million bounty\n"
     "DAMASCUS, Dec 20 (Reuters) - The top U.S. diplomat for the Middle East, Barbara Leaf, met Syria's new de "
     "facto ruler Ahmed al-Sharaa in Damascus on Friday, and Washington said it would no longer pursue the $10 "
     "million reward it had offered for his capture.\n"
     "Leaf, the assistant secretary of state for Near Eastern affairs, was accompanied by presidential hostage "
     "envoy Roger Carstens and senior adviser Daniel Rubinstein, the first U.S. diplomats to visit the Syrian "
     "capital in more than a decade.\n"
     "Speaking to reporters by phone after the talks, Leaf described her meeting with the leader of Hayat Tahrir "
     "al-Sham, formerly known as Abu Mohammed al-Golani, as \"good\" and \"very productive,\" and said he had "
     "committed to keeping groups such as Islamic State from posing a threat.\n"
     "Carstens pressed for information on Austin Tice, the American journalist abducted near Damascus in 2012. A "
     "news conference planned at the end of the visit was cancelled for security reasons, the State Department "
     "said.\n"
     "Secretary of State Antony Blinken, who spoke with Turkish Foreign Minister Hakan Fidan by telephone on "
     "Thursday, has said Washington would judge the new authorities by their actions.\n"
     "Sharaa's fighters swept into Damascus on Dec. 8, ending more than five decades of rule by the Assad family. "
     "Bashar al-Assad fled to Moscow, where Russia has granted him asylum.",
     met_group({LEAF: "Barbara Leaf, met Syria's new", SHARAA: "facto ruler Ahmed al-Sharaa in Damascus",
                CARSTENS: "envoy Roger Carstens", RUBINSTEIN: "senior adviser Daniel Rubinstein"}, "2024-12-20") + [
      ("LEADS", SHARAA, HTS, "the leader of Hayat Tahrir"),
      ("MEMBER_OF", LEAF, STATE, "the assistant secretary of state for Near Eastern affairs"),
      ("LEADS", BLINKEN, STATE, "Secretary of State Antony Blinken"),
      ("LEADS", FIDAN, TURFM, "Turkish Foreign Minister Hakan Fidan"),
      ("VISITED", LEAF, DAMASCUS, "the first U.S. diplomats to visit the Syrian"),
      ],
     {"source": REUTERS, "published": "2024-12-20"}),

    ("arQQ2_sharaa_receives_fidan_sana", "ar",
     "قائد الإدارة السورية الجديدة يستقبل وزير الخارجية التركي في دمشق\n"
     "دمشق-سانا\n"
     "استقبل قائد الإدارة السورية الجديدة السيد أحمد الشرع اليوم في قصر الشعب بدمشق وزير الخارجية التركي هاكان "
     "فيدان والوفد المرافق له، بحضور وزير الخارجية أسعد حسن الشيباني ورئيس حكومة تصريف الأعمال المهندس محمد "
     "البشير.\n"
     "وبحث الجانبان العلاقات الثنائية بين البلدين الجارين وسبل دعم الشعب السوري في المرحلة المقبلة، ورفع "
     "العقوبات المفروضة على سوريا.\n"
     "وفي مؤتمر صحفي مشترك عقب اللقاء، أكد الشرع أنه \"لن يكون هناك سلاح خارج سيطرة الدولة\"، بما في ذلك سلاح "
     "الفصائل في شمال شرق البلاد.\n"
     "من جهته، قال الوزير فيدان إن بلاده \"ستقف إلى جانب سوريا\" في إعادة الإعمار وعودة اللاجئين، داعياً إلى "
     "رفع العقوبات الدولية في أسرع وقت.\n"
     "وكان المهندس البشير قد كُلّف في العاشر من الشهر الجاري برئاسة حكومة تصريف الأعمال خلفاً لحكومة محمد غازي "
     "الجلالي، آخر رئيس وزراء في عهد النظام البائد.\n"
     "إلى ذلك، تلقى الوزير الشيباني اتصالاً هاتفياً من رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن "
     "عبدالرحمن آل ثاني، فيما يصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق غداً.",
     met_group({SHARAA: "استقبل قائد الإدارة السورية الجديدة السيد", FIDAN: "وزير الخارجية التركي هاكان",
                SHAIBANI: "بحضور وزير الخارجية أسعد", BASHIR: "ورئيس حكومة تصريف الأعمال المهندس"},
               "2024-12-22") + [
      ("LEADS", FIDAN, TURFM, "وزير الخارجية التركي هاكان"),
      ("LEADS", SHAIBANI, SYRFM, "بحضور وزير الخارجية أسعد"),
      ("LEADS", BASHIR, SYRIA, "ورئيس حكومة تصريف الأعمال المهندس"),
      ("SUCCESSOR_OF", BASHIR, JALALI, "خلفاً لحكومة محمد غازي", "2024-12-10"),
      ("LEADS", QATARPM, QATAR, "رئيس مجلس الوزراء وزير الخارجية القطري"),
      ("VISITED", FIDAN, DAMASCUS, "اليوم في قصر الشعب بدمشق"),
      ],
     {"source": SANA, "published": "2024-12-22"}),

    ("enQQ3_shaibani_ankara_anadolu", "en",
     "Turkish, Syrian foreign ministers vow cooperation against YPG/PKK in Ankara talks\n"
     "ANKARA\n"
     "Turkish Foreign Minister Hakan Fidan on Wednesday hosted his Syrian counterpart Asaad Hassan al-Shaibani in "
     "the capital Ankara, the first visit to Türkiye by a minister of Syria's new administration.\n"
     "Al-Shaibani, who was accompanied by Defense Minister Murhaf Abu Qasra and intelligence chief Anas Khattab, "
     "met Fidan at the Foreign Ministry before the two ministers held a joint news conference.\n"
     "Fidan said Ankara would not allow the YPG/PKK terror group to \"find a safe haven\" in Syria and that the "
     "new administration had the will to end its presence. Al-Shaibani, for his part, thanked Türkiye for "
     "hosting millions of Syrian refugees and said Damascus would not allow Syrian territory to be used against "
     "its neighbors.\n"
     "Al-Shaibani, Abu Qasra and Khattab later met Turkish Defense Minister Yasar Guler at the ministry in the "
     "capital, security sources said.\n"
     "President Recep Tayyip Erdogan, who spoke by phone with Syria's new leader Ahmed al-Sharaa last week, has "
     "said Türkiye would help rebuild the Syrian army.\n"
     "Turkish intelligence chief Ibrahim Kalin was the first foreign official to visit Damascus after the "
     "collapse of the Assad regime on Dec. 8.",
     met_group({FIDAN: "Turkish Foreign Minister Hakan Fidan on Wednesday",
                SHAIBANI: "his Syrian counterpart Asaad Hassan", ABUQASRA: "Defense Minister Murhaf Abu Qasra",
                KHATTAB: "intelligence chief Anas Khattab"}, "2025-01-15") + [
      ("MET_WITH", SHAIBANI, GULER, "later met Turkish Defense Minister", "2025-01-15"),
      ("MET_WITH", ABUQASRA, GULER, "Al-Shaibani, Abu Qasra and Khattab later", "2025-01-15"),
      ("MET_WITH", KHATTAB, GULER, "Yasar Guler at the ministry", "2025-01-15"),
      ("LEADS", FIDAN, TURFM, "Turkish Foreign Minister Hakan Fidan on Wednesday"),
      ("LEADS", GULER, TURDEF, "Turkish Defense Minister Yasar"),
      ("LEADS", KALIN, MIT, "Turkish intelligence chief Ibrahim Kalin"),
      ("LEADS", ERDOGAN, TURKEY, "President Recep Tayyip Erdogan, who"),
      ("VISITED", KALIN, DAMASCUS, "the first foreign official to visit Damascus"),
      ],
     {"source": AA, "published": "2025-01-15"}),

    ("arQQ4_mbs_receives_sharaa_awsat", "ar",
     "ولي العهد السعودي يستقبل الرئيس السوري في أول زيارة خارجية له\n"
     "الرياض: «الشرق الأوسط»\n"
     "استقبل الأمير محمد بن سلمان بن عبدالعزيز، ولي العهد رئيس مجلس الوزراء السعودي، في قصر اليمامة بالرياض، "
     "مساء الأحد، الرئيس السوري في المرحلة الانتقالية أحمد الشرع، في أول زيارة خارجية له منذ توليه الرئاسة.\n"
     "وجرى خلال الاستقبال استعراض العلاقات بين البلدين الشقيقين، وبحث مستجدات الأوضاع في سوريا والسبل الكفيلة "
     "بدعم أمنها واستقرارها.\n"
     "حضر الاستقبال الأمير فيصل بن فرحان بن عبد الله وزير الخارجية، ومن الجانب السوري وزير الخارجية أسعد "
     "الشيباني.\n"
     "وكان الرئيس الشرع قد وصل إلى الرياض ظهر الأحد على متن طائرة سعودية، وكان في استقباله لدى وصوله إلى مطار "
     "الملك خالد الدولي الأمير محمد بن عبدالرحمن بن عبدالعزيز نائب أمير منطقة الرياض.\n"
     "وتأتي الزيارة بعد أيام من زيارة أمير قطر الشيخ تميم بن حمد إلى دمشق، حيث التقى الشرع، في أول زيارة لزعيم "
     "عربي إلى سوريا منذ سقوط نظام بشار الأسد.\n"
     "ومن المنتظر أن يتوجه الشرع إلى أنقرة للقاء الرئيس التركي رجب طيب أردوغان.",
     met_group({MBS: "استقبل الأمير محمد بن سلمان", SHARAA: "الرئيس السوري في المرحلة الانتقالية",
                FAISAL: "حضر الاستقبال الأمير فيصل", SHAIBANI: "ومن الجانب السوري وزير الخارجية"},
               "2025-02-02") + [
      ("MET_WITH", RIYADHDEP, SHARAA, "وكان في استقباله لدى وصوله", "2025-02-02"),
      ("MET_WITH", TAMIM, SHARAA, "حيث التقى الشرع", "2025-01-30"),
      ("LEADS", MBS, SAUDI, "ولي العهد رئيس مجلس الوزراء السعودي"),
      ("LEADS", SHARAA, SYRIA, "الرئيس السوري في المرحلة الانتقالية"),
      ("LEADS", FAISAL, SAUFM, "بن عبد الله وزير الخارجية"),
      ("LEADS", SHAIBANI, SYRFM, "ومن الجانب السوري وزير الخارجية"),
      ("LEADS", TAMIM, QATAR, "أمير قطر الشيخ تميم"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب"),
      ("VISITED", SHARAA, "location:riyadh", "قد وصل إلى الرياض ظهر الأحد"),
      ("VISITED", TAMIM, DAMASCUS, "بن حمد إلى دمشق"),
      ],
     {"source": AWSAT, "published": "2025-02-03"}),

    ("enQQ5_abdi_sharaa_agreement_rudaw", "en",
     "SDF chief, Syrian president sign deal to merge northeast institutions into state\n"
     "ERBIL, Kurdistan Region - Syrian Democratic Forces (SDF) commander Mazlum Abdi and Syria's interim "
     "President Ahmed al-Shara signed an agreement in Damascus on Monday to integrate all civilian and military "
     "institutions of northeast Syria into the state, the Syrian presidency announced.\n"
     "Pictures released by the presidency showed the two men shaking hands after the signing at the presidential "
     "palace. Abdi was flown to the capital aboard a US military helicopter, a source close to the SDF told Rudaw.\n"
     "The eight-point agreement recognizes the Kurdish community as \"an integral part of the Syrian state\", "
     "guarantees its rights of citizenship and places the border crossings, the airport and the oil and gas "
     "fields of the northeast under state control. Committees are to implement it by the end of the year.\n"
     "Ilham Ahmed, co-chair of the foreign relations department of the Autonomous Administration of North and "
     "East Syria, welcomed the deal from Qamishli as \"a historic opportunity\".\n"
     "The deal came days after violence on the Syrian coast in which hundreds of Alawite civilians were killed.\n"
     "Abdi had met Kurdistan Democratic Party (KDP) leader Masoud Barzani in Erbil in January, in his first "
     "publicly announced visit to the Kurdistan Region.",
     [("MET_WITH", ABDI, SHARAA, "signed an agreement in Damascus on Monday", "2025-03-10"),
      ("LEADS", ABDI, SDF, "(SDF) commander Mazlum Abdi"),
      ("LEADS", SHARAA, SYRIA, "President Ahmed al-Shara signed"),
      ("MEMBER_OF", ILHAM, AANES, "co-chair of the foreign relations department"),
      ("MET_WITH", ABDI, BARZANI, "Abdi had met Kurdistan Democratic Party", "2025-01-16"),
      ("LEADS", BARZANI, KDP, "(KDP) leader Masoud Barzani"),
      ("VISITED", ABDI, ERBIL, "Masoud Barzani in Erbil in January"),
      ],
     {"source": RUDAW, "published": "2025-03-10"}),

    ("arQQ6_israeli_strikes_damascus_akhbar", "ar",
     "إسرائيل تقصف «الأركان» في قلب دمشق... والشرع يلتزم الصمت\n"
     "دمشق | الأخبار\n"
     "شنّ جيش الاحتلال الإسرائيلي، أمس، سلسلة غارات على مبنى هيئة الأركان العامة في ساحة الأمويين وسط العاصمة "
     "السورية، وعلى محيط القصر الجمهوري، في التصعيد الأعنف منذ سقوط نظام بشار الأسد.\n"
     "وقال وزير الأمن الإسرائيلي، يسرائيل كاتس، إن \"التحذيرات لدمشق انتهت، والآن ستأتي الضربات المؤلمة\"، فيما "
     "توعّد رئيس حكومة العدو بنيامين نتنياهو بمواصلة \"حماية الدروز\" في السويداء.\n"
     "ولم يصدر عن الرئيس الانتقالي أحمد الشرع أي تعليق حتى مساء أمس، بينما أجرى وزير خارجيته أسعد الشيباني "
     "اتصالاً هاتفياً بنظيره الأردني أيمن الصفدي. وعلمت «الأخبار» أن لقاءً مرتقباً بين الشيباني ووزير الشؤون "
     "الاستراتيجية الإسرائيلي رون ديرمر، برعاية المبعوث الأميركي توم برّاك، لا يزال قائماً.\n"
     "على خطّ موازٍ، عُثر أمس على جثة العميد المتقاعد في الجيش السابق سامر ديب مقتولاً بالرصاص قرب منزله في "
     "ريف حمص الغربي، في سلسلة اغتيالات تطال ضباطاً سابقين في مناطق الساحل وحمص، من دون أن تتبنّاها أي جهة.\n"
     "وليست هذه المرة الأولى التي تضرب فيها إسرائيل قلب دمشق؛ ففي نيسان 2024 دمّرت غارة إسرائيلية مبنى القنصلية "
     "الإيرانية، ما أدى إلى مقتل قائد «فيلق القدس» في سوريا ولبنان العميد محمد رضا زاهدي، بعد أشهر من غارة إسرائيلية "
     "أخرى أودت بحياة المستشار في الحرس الثوري رضي موسوي في السيدة زينب.",
     [("LEADS", NETANYAHU, ISRAEL, "رئيس حكومة العدو بنيامين"),
      ("LEADS", SHARAA, SYRIA, "الرئيس الانتقالي أحمد الشرع"),
      ("LEADS", SHAIBANI, SYRFM, "وزير خارجيته أسعد الشيباني"),
      ("ASSASSINATED_BY", ZAHEDI, ISRAEL, "دمّرت غارة إسرائيلية مبنى القنصلية", "2024-04-01"),
      ("LEADS", ZAHEDI, QUDS, "قائد «فيلق القدس» في سوريا ولبنان"),
      ("ASSASSINATED_BY", MOUSAVI, ISRAEL, "أخرى أودت بحياة المستشار", "2023-12-25"),
      ("MEMBER_OF", MOUSAVI, "organization:irgc", "المستشار في الحرس الثوري"),
      ],
     {"source": AKHBAR, "published": "2025-07-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQQ")
