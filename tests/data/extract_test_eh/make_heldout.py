"""Blind set EH: Iraq around the Quds Force and the militias, 2022-2025: Ghaani's unannounced
Baghdad visit after al-Sudani's government was formed, with a postponed meeting with Khazali
(Reuters-style, Nov 2022); the U.S. drone strike in Mashtal that killed Kataib Hezbollah's Abu
Baqir al-Saadi, claimed by CENTCOM (Shafaq News-style, Feb 2024); Qani in Najaf, turned away by
Muqtada al-Sadr, received by Ammar al-Hakim, no meeting with Sistani (Middle East Eye-style, Feb
2022); the new U.S. ambassador Romanowski received by al-Kadhimi, a phone call and a planned Erbil
trip (Alhurra-style, Jun 2022); CENTCOM's Kurilla received by al-Soudani and in Erbil, a nominated
successor (Al Arabiya-style, Jun 2025); the PMF's fifth anniversary of Soleimani and Muhandis
with Abu Fadak as Muhandis's successor (Al Mayadeen-style, Jan 2025).
Style: en/ar alternating; agent claimed vs. stated; planned / postponed / refused meetings;
received-by passives; lists of hosts; Arabic clitics. Spellings: Ghaani, Qani, al-Soudani,
al-Ameri, Kadhimi (Arabic الكاظمي), قاآني.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_eh/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ej import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAN, IRQ = "country:united-states", "country:iran", "country:iraq"
QAA, SOL, MUH = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
KAD, SUD, AMI, KHZ, FAY, MAL = ("person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani",
                                "person:hadi-al-amiri", "person:qais-al-khazali",
                                "person:falih-al-fayyadh", "person:nouri-al-maliki")
SADR, MBA, NBA, MSB = ("person:muqtada-al-sadr", "person:masoud-barzani", "person:nechirvan-barzani",
                       "person:masrour-barzani")
ABQ, ELA, AFK = "person:abu-baqir-al-saadi", "person:arkan-al-elayawi", "person:abdul-aziz-al-muhammadawi"
QF, KH, PMF, BADR = ("organization:quds-force", "organization:kataib-hezbollah",
                     "organization:popular-mobilization-forces", "organization:badr-organization")
GOV, CENT, CF = "organization:iraqi-government", "organization:us-central-command", "organization:coordination-framework"
BGD, ERB, NJF = "location:baghdad", "location:erbil", "location:najaf"
ROM, TUE, FUH = "person:alina-romanowski", "person:matthew-tueller", "person:fuad-hussein"
KUR, MCK, COO = "person:michael-kurilla", "person:kenneth-mckenzie", "person:brad-cooper"

ARTICLES = [
    ("enEH1_ghaani_baghdad_after_cabinet", "en",
     "BAGHDAD, Nov 29 (Reuters) - The commander of Iran's Quds Force, Esmail Ghaani, paid an "
     "unannounced visit to Baghdad this week and held talks with Prime Minister Mohammed Shia "
     "al-Sudani, a month after the new government won a confidence vote, two Iraqi officials said.\n"
     "Ghaani also met leaders of the Coordination Framework, the Shi'ite alliance that nominated "
     "Sudani, among them former prime minister Nouri al-Maliki and Badr Organization chief Hadi "
     "al-Amiri, the officials said. State of Law lawmaker Yasser Sukhail, Maliki's son-in-law, "
     "confirmed the meeting took place at Maliki's office.\n"
     "He had been expected to see Asaib Ahl al-Haq leader Qais al-Khazali as well, but that meeting "
     "was postponed, one official said. Ghaani was accompanied by his deputy, Mohammad Reza "
     "Fallahzadeh.\n"
     "Iran's foreign ministry did not comment. Ghaani took over the Quds Force in January 2020 after "
     "his predecessor Qassem Soleimani was killed in a U.S. drone strike at Baghdad airport, along "
     "with Iraqi militia commander Abu Mahdi al-Muhandis.",
     [("LEADS", QAA, QF, "The commander of Iran's Quds Force"),
      ("VISITED", QAA, BGD, "unannounced visit to Baghdad", "2022-11"),
      ("MET_WITH", QAA, SUD, "held talks with Prime Minister", "2022-11"),
      ("LEADS", SUD, GOV, "Prime Minister Mohammed Shia"),
      ("MET_WITH", QAA, MAL, "Ghaani also met leaders", "2022-11"),
      ("MET_WITH", QAA, AMI, "Ghaani also met leaders", "2022-11"),
      ("MEMBER_OF", MAL, CF, "former prime minister Nouri"),
      ("MEMBER_OF", AMI, CF, "Badr Organization chief Hadi"),
      ("LEADS", AMI, BADR, "Badr Organization chief"),
      ("MEMBER_OF", "person:yasser-sukhail", "organization:state-of-law-coalition", "State of Law lawmaker"),
      ("LEADS", KHZ, "organization:asaib-ahl-al-haq", "Asaib Ahl al-Haq leader Qais"),
      ("MEMBER_OF", "person:mohammad-reza-fallahzadeh", QF, "accompanied by his deputy"),
      ("SUCCESSOR_OF", QAA, SOL, "took over the Quds Force", "2020-01"),
      ("ASSASSINATED_BY", SOL, US, "killed in a U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "killed in a U.S. drone strike", "2020-01-03"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2022-11-29"}),

    ("arEH2_abu_baqir_saadi_mashtal", "ar",
     "بغداد/ شفق نيوز - قُتل القيادي في كتائب حزب الله أبو باقر الساعدي، مساء الأربعاء، بضربة "
     "نفذتها طائرة مسيّرة أميركية استهدفت سيارته في حي المشتل شرقي العاصمة بغداد، وفق مصادر أمنية.\n"
     "وأعلنت القيادة المركزية الأميركية (سنتكوم) في بيان أنها نفذت الضربة رداً على الهجمات على "
     "قواتها، موضحة أن الساعدي كان مسؤولاً عن التخطيط المباشر لها. وقُتل معه مرافقه أركان العلياوي، "
     "وهو قيادي آخر في الكتائب.\n"
     "وقال المتحدث باسم كتائب سيد الشهداء كاظم الفرطوسي لشفق نيوز إن \"الرد سيكون في الوقت "
     "المناسب\".\n"
     "وتأتي الضربة بعد أيام من هجوم بطائرة مسيّرة على قاعدة البرج 22 في الأردن أدى إلى مقتل ثلاثة "
     "جنود أميركيين، حمّلت واشنطن مسؤوليته لفصائل مدعومة من إيران، فيما نفت طهران أي صلة لها به.\n"
     "وكانت الكتائب قد أعلنت أواخر كانون الثاني تعليق عملياتها ضد القوات الأميركية، بعد زيارة قام "
     "بها قائد فيلق القدس إسماعيل قاآني إلى بغداد التقى خلالها قادة الفصائل، بحسب مصادر مطلعة.",
     [("MEMBER_OF", ABQ, KH, "القيادي في كتائب حزب الله"),
      ("ASSASSINATED_BY", ABQ, US, "نفذتها طائرة مسيّرة أميركية", "2024-02-07"),
      ("ASSASSINATED_BY", ABQ, CENT, "أنها نفذت الضربة", "2024-02-07"),
      ("LOCATED_IN", "location:mashtal", BGD, "في حي المشتل شرقي"),
      ("ASSASSINATED_BY", ELA, CENT, "وقُتل معه مرافقه", "2024-02-07"),
      ("ASSASSINATED_BY", ELA, US, "وقُتل معه مرافقه", "2024-02-07"),
      ("MEMBER_OF", ELA, KH, "وهو قيادي آخر في الكتائب"),
      ("MEMBER_OF", "person:kadhim-al-fartousi", "organization:kataib-sayyid-al-shuhada",
       "المتحدث باسم كتائب سيد الشهداء"),
      ("REPORTED_BY", "person:kadhim-al-fartousi", "outlet:shafaq-news", "الفرطوسي لشفق نيوز"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "قاعدة البرج 22 في الأردن"),
      ("LEADS", QAA, QF, "قائد فيلق القدس إسماعيل"),
      ("VISITED", QAA, BGD, "بها قائد فيلق القدس", "2024-01"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2024-02-08"}),

    ("enEH3_qani_najaf_sadr_refuses", "en",
     "Iran's Quds Force commander Esmaeil Qani travelled to Najaf on Tuesday hoping to persuade the "
     "Shia cleric Muqtada al-Sadr to bring his rivals into the next government, but Sadr declined to "
     "receive him, two sources close to the Sadrist Movement told Middle East Eye.\n"
     "Instead, Qani was received by Ammar al-Hakim, the head of the Hikma Movement, at his office in "
     "the city, and later met Hadi al-Ameri in Baghdad, the sources said. He did not meet Grand "
     "Ayatollah Ali al-Sistani, whose office has shunned Iranian military officials for years.\n"
     "\"Sayyed Muqtada will not sit with a general,\" Kadhim al-Issawi, an aide to Sadr, told MEE.\n"
     "On the same day the head of the Sadrist bloc in parliament, Hassan al-Adhari, held talks with "
     "Kurdish leader Masoud Barzani in Erbil on forming a majority government.\n"
     "Qani, who replaced Qassem Soleimani in 2020, lacks his predecessor's fluent Arabic and his "
     "personal ties to Iraqi clerics, analysts say. Soleimani was killed near Baghdad airport on the "
     "orders of then US President Donald Trump.",
     [("LEADS", QAA, QF, "Iran's Quds Force commander Esmaeil"),
      ("VISITED", QAA, NJF, "travelled to Najaf on Tuesday", "2022-02"),
      ("MET_WITH", QAA, "person:ammar-al-hakim", "Qani was received by Ammar", "2022-02"),
      ("LEADS", "person:ammar-al-hakim", "organization:hikma-movement", "the head of the Hikma Movement"),
      ("MET_WITH", QAA, AMI, "later met Hadi al-Ameri", "2022-02"),
      ("VISITED", QAA, BGD, "al-Ameri in Baghdad", "2022-02"),
      ("MEMBER_OF", "person:kadhim-al-issawi", "organization:sadrist-movement", "an aide to Sadr"),
      ("REPORTED_BY", "person:kadhim-al-issawi", "outlet:middle-east-eye", "an aide to Sadr, told MEE"),
      ("LEADS", "person:hassan-al-adhari", "organization:sadrist-bloc", "the head of the Sadrist bloc"),
      ("MET_WITH", "person:hassan-al-adhari", MBA, "held talks with", "2022-02"),
      ("VISITED", "person:hassan-al-adhari", ERB, "Masoud Barzani in Erbil", "2022-02"),
      ("SUCCESSOR_OF", QAA, SOL, "who replaced Qassem Soleimani", "2020-01"),
      ("ASSASSINATED_BY", SOL, "person:donald-trump", "orders of then US President", "2020-01-03"),
      ("LEADS", "person:donald-trump", US, "then US President Donald"),
      ],
     {"source": "blind set (Middle East Eye-style)", "published": "2022-02-09"}),

    ("arEH4_romanowski_received_by_kadhimi", "ar",
     "بغداد - الحرة - استقبل رئيس مجلس الوزراء العراقي مصطفى الكاظمي، الأحد، السفيرة الأميركية "
     "الجديدة لدى العراق ألينا رومانوسكي، التي خلفت السفير ماثيو تولر، وبحث معها العلاقات الثنائية "
     "وملف الطاقة. وكانت رومانوسكي قد سلّمت نسخة من أوراق اعتمادها إلى وزير الخارجية فؤاد حسين في "
     "مقر الوزارة يوم الخميس.\n"
     "والتقت السفيرة أيضاً رئيس مجلس النواب محمد الحلبوسي ورئيس الجمهورية برهم صالح، فيما أجرت "
     "اتصالاً هاتفياً برئيس حكومة إقليم كردستان مسرور بارزاني، على أن تزور أربيل الأسبوع المقبل "
     "للقائه.\n"
     "وقال المتحدث باسم الحكومة حسن ناظم للحرة إن الكاظمي أكد حرص العراق على \"علاقات متوازنة "
     "مع واشنطن وطهران\".\n"
     "ورومانوسكي دبلوماسية مخضرمة سبق أن شغلت منصب سفيرة بلادها في الكويت، وتتسلم مهامها في ظرف "
     "حساس بعد أن أسفرت الضربة الأميركية قرب مطار بغداد عام 2020 عن مقتل قاسم سليماني وأبو مهدي "
     "المهندس، وما تلاها من قرار برلماني بإخراج القوات الأجنبية.",
     [("LEADS", KAD, GOV, "رئيس مجلس الوزراء العراقي مصطفى"),
      ("MET_WITH", KAD, ROM, "استقبل رئيس مجلس الوزراء العراقي", "2022-06"),
      ("SUCCESSOR_OF", ROM, TUE, "التي خلفت السفير", "2022-06"),
      ("MET_WITH", ROM, FUH, "سلّمت نسخة من أوراق اعتمادها", "2022-06"),
      ("LEADS", FUH, "organization:iraqi-foreign-ministry", "وزير الخارجية فؤاد"),
      ("MET_WITH", ROM, "person:mohammed-al-halbousi", "والتقت السفيرة أيضاً", "2022-06"),
      ("MET_WITH", ROM, "person:barham-salih", "والتقت السفيرة أيضاً", "2022-06"),
      ("LEADS", "person:mohammed-al-halbousi", "organization:iraqi-parliament", "رئيس مجلس النواب محمد"),
      ("LEADS", "person:barham-salih", IRQ, "ورئيس الجمهورية برهم"),
      ("LEADS", MSB, "organization:kurdistan-regional-government", "برئيس حكومة إقليم كردستان"),
      ("MEMBER_OF", "person:hassan-nadhim", GOV, "المتحدث باسم الحكومة حسن"),
      ("REPORTED_BY", "person:hassan-nadhim", "outlet:alhurra", "حسن ناظم للحرة"),
      ("ASSASSINATED_BY", SOL, US, "أسفرت الضربة الأميركية", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "أسفرت الضربة الأميركية", "2020-01-03"),
      ],
     {"source": "blind set (Alhurra-style)", "published": "2022-06-05"}),

    ("enEH5_kurilla_received_by_soudani", "en",
     "BAGHDAD (Al Arabiya English) - The commander of U.S. Central Command, Gen. Michael Erik "
     "Kurilla, was received in Baghdad on Monday by Prime Minister Mohammed Shia al-Soudani, who told "
     "him Iraq still valued the coalition's advice against ISIS remnants, the premier's office said.\n"
     "Kurilla also held talks with Defense Minister Thabet al-Abbasi and the Iraqi army's chief of "
     "staff, Lt. Gen. Abdul-Amir Yarallah, before flying to Erbil, where he met Kurdistan Region "
     "President Nechirvan Barzani and Peshmerga Minister Shoresh Ismail. Kurdistan Regional Government "
     "spokesman Peshawa Hawramani said the talks covered air defense for the region.\n"
     "The trip is expected to be Kurilla's last to Iraq. He took over CENTCOM from Gen. Kenneth "
     "McKenzie in April 2022, and Adm. Brad Cooper has been nominated to succeed him this summer.\n"
     "Soudani has said U.S.-led coalition forces will leave federal Iraq by September.",
     [("LEADS", KUR, CENT, "The commander of U.S. Central Command"),
      ("MET_WITH", KUR, SUD, "was received in Baghdad on Monday", "2025-06"),
      ("VISITED", KUR, BGD, "was received in Baghdad on Monday", "2025-06"),
      ("LEADS", SUD, GOV, "by Prime Minister Mohammed"),
      ("MET_WITH", KUR, "person:thabet-al-abbasi", "Kurilla also held talks with", "2025-06"),
      ("MET_WITH", KUR, "person:abdul-amir-yarallah", "Kurilla also held talks with", "2025-06"),
      ("LEADS", "person:thabet-al-abbasi", "organization:iraqi-defense-ministry", "Defense Minister Thabet"),
      ("LEADS", "person:abdul-amir-yarallah", "organization:iraqi-army", "the Iraqi army's chief of"),
      ("VISITED", KUR, ERB, "before flying to Erbil", "2025-06"),
      ("MET_WITH", KUR, NBA, "where he met Kurdistan Region", "2025-06"),
      ("MET_WITH", KUR, "person:shoresh-ismail", "where he met Kurdistan Region", "2025-06"),
      ("LEADS", NBA, "organization:kurdistan-region-presidency", "President Nechirvan Barzani"),
      ("LEADS", "person:shoresh-ismail", "organization:peshmerga-ministry", "Peshmerga Minister Shoresh"),
      ("MEMBER_OF", "person:peshawa-hawramani", "organization:kurdistan-regional-government",
       "spokesman Peshawa Hawramani"),
      ("SUCCESSOR_OF", KUR, MCK, "He took over CENTCOM from", "2022-04"),
      ],
     {"source": "blind set (Al Arabiya English-style)", "published": "2025-06-16"}),

    ("arEH6_pmf_anniversary_abu_fadak", "ar",
     "بغداد - الميادين نت - أحيت هيئة الحشد الشعبي، الجمعة، الذكرى الخامسة لاستشهاد قائد قوة القدس "
     "الفريق قاسم سليماني ونائب رئيس الهيئة أبو مهدي المهندس، اللذين اغتالتهما الولايات المتحدة "
     "بغارة قرب مطار بغداد الدولي فجر الثالث من كانون الثاني 2020.\n"
     "وحضر المراسم رئيس الهيئة فالح الفياض ورئيس أركانها عبد العزيز المحمداوي (أبو فدك)، الذي خلف "
     "المهندس في المنصب منذ شباط 2020، إضافة إلى الأمين العام لمنظمة بدر هادي العامري.\n"
     "وقال الفياض في كلمته إن \"دماء القادة لن تذهب هدراً\"، فيما بعث قائد قوة القدس إسماعيل قاآني "
     "برسالة إلى المشاركين تُليت نيابة عنه.\n"
     "وعلى هامش المراسم، التقى الفياض والعامري السفير الإيراني محمد كاظم آل صادق. وقال مدير إعلام "
     "الحشد مهند العقابي للميادين إن الهيئة \"باقية بقرار الدولة\"، رداً على دعوات أميركية لحلها.",
     [("LEADS", SOL, QF, "قائد قوة القدس الفريق"),
      ("MEMBER_OF", MUH, PMF, "ونائب رئيس الهيئة"),
      ("ASSASSINATED_BY", SOL, US, "اللذين اغتالتهما الولايات المتحدة", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "اللذين اغتالتهما الولايات المتحدة", "2020-01-03"),
      ("LOCATED_IN", "location:baghdad-international-airport", BGD, "قرب مطار بغداد الدولي"),
      ("LEADS", FAY, PMF, "رئيس الهيئة فالح"),
      ("MEMBER_OF", AFK, PMF, "ورئيس أركانها عبد العزيز"),
      ("SUCCESSOR_OF", AFK, MUH, "الذي خلف المهندس", "2020-02"),
      ("LEADS", AMI, BADR, "الأمين العام لمنظمة بدر"),
      ("LEADS", QAA, QF, "قائد قوة القدس إسماعيل"),
      ("MET_WITH", FAY, "person:mohammad-kazem-al-e-sadegh", "التقى الفياض والعامري", "2025-01-03"),
      ("MET_WITH", AMI, "person:mohammad-kazem-al-e-sadegh", "التقى الفياض والعامري", "2025-01-03"),
      ("MEMBER_OF", "person:mohannad-al-aqabi", PMF, "مدير إعلام الحشد"),
      ("REPORTED_BY", "person:mohannad-al-aqabi", "outlet:al-mayadeen", "العقابي للميادين"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2025-01-03"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEH")
