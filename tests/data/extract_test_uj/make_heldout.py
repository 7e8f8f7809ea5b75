"""Blind set UJ: Iraqi Kurdistan 2018-2024 (second folder of UI-UJ): Masrour Barzani sworn in to succeed
Nechirvan Barzani, who had succeeded Masoud Barzani as regional president (June-July 2019), Abdul Latif Rashid
elected to succeed Barham Salih and the handover in Baghdad (October 2022), a Turkish drone strike that
killed a Yazidi YBS commander in Sinjar and the earlier killing of Zaki Shingali (August 2021 and 2018), the
drone strike on the Arbat airfield near Sulaymaniyah and the killing of Hawkar Jaff in Erbil recalled
(September 2023), Masrour Barzani received by Erdogan in Istanbul (2023) and by Ebrahim Raisi in Tehran
(May 2024), as a Kurdish broadcaster's English site writes it (Kurdistan 24-like: "ERBIL (Kurdistan 24) –"),
Iraq's state agency in Arabic (INA-like: "بغداد - واع"), a French wire in English (AFP-like: "SINJAR, Iraq
(AFP) -"), a Kurdish broadcaster's Arabic site (Rudaw-like: "السليمانية - روداو"), a British wire in
English (Reuters-like: "ISTANBUL, Sept 28 (Reuters) -") and Iran's state agency in Arabic (IRNA-like: "طهران
- إرنا -").
Pieces: Masrour sworn in to succeed Nechirvan; Nechirvan had succeeded Masoud; Masrour receives Halbousi
(English, UJ1); the handover between Salih and Rashid with Sudani present; Rashid elected to succeed Salih;
Rashid receives Nechirvan Barzani (Arabic, UJ2); Said Hassan Said killed by a Turkish drone; Zaki Shingali
killed by a Turkish strike in 2018 (English, UJ3); the Arbat strike (no agent), Bafel Talabani receives the
Iranian ambassador (Arabic, UJ4); Erdogan receives Masrour Barzani with Fidan and Kalin present; Masrour
meets Bayraktar (English, UJ5); Raisi receives Masrour Barzani; Masrour meets Amir-Abdollahian, and Ahmadian
(Arabic, UJ6).
Excluded on purpose (no relation): Abdul Mahdi, who was expected but did not attend and phoned instead
(UJ1); Rashid's planned visit to Erbil and Sulaymaniyah, the KDP's withdrawn candidate (UJ2); the strike on
the Sikaniyah clinic, claimed by no one (UJ3); the Arbat strike, which no side claimed and which local
officials only "likely" attributed to a Turkish drone, Hawkar Jaff's killing, of which the Security Council
accused members of a PUK-run unit and which the PUK denied (UJ4); the Sudani meeting that was put off, the
Turkish strikes told without a victim's name (UJ5); the meeting with Khamenei that was not announced, the
IRGC missile strike on Erbil (UJ6).
Judgement calls: "took the oath ... succeeding Nechirvan Barzani" and "succeeded his uncle Masoud Barzani as
President" are successions (UJ1); the handover ceremony between the outgoing and the incoming president is a
meeting, and "بحضور" Sudani pairs him with both (UJ2); "انتخب ... خلفاً لـ" is a succession (UJ2); the Turkish
defence ministry saying its forces "neutralised" Said Hassan, after a "Turkish drone strike" killed him, names
the agent: Said Hassan ASSASSINATED_BY Turkey (UJ3); "a Turkish airstrike killed Zaki Shingali" names the
agent: Turkey (UJ3); "Fidan and ... Kalin also attended the meeting": a meeting of the four (UJ5); the
consul present at the Ahmadian meeting is not named: no pair (UJ6); "previously headed the Region's Security
Council" is a (former) LEADS (UJ1); a president or a prime
minister LEADS the country, the regional prime minister LEADS the KRG, the regional president LEADS the
Kurdistan Region, a party president LEADS the party, an intelligence chief LEADS the agency, the SNSC
secretary LEADS the council.
Filled in for the exercise: the vote, Halbousi's reception and Abdul Mahdi's phone call (UJ1); the hour of the
handover, Rashid's reception of Nechirvan Barzani, the planned visit (UJ2); the nephew, the mayor's words,
the date of the Sikaniyah strike (UJ3); the number and units of the dead at Arbat, the wording of the
officials, the ambassador's visit (UJ4); the date and place of the Erdogan meeting, its attendees, the
Bayraktar meeting, the postponed Sudani meeting (UJ5); the days of the meetings, the consul's presence, the
wording of the statements (UJ6).
Spellings: "Masrour Barzani", "Nechirvan Barzani", "Mohammed al-Halbousi" (UJ1); «عبد اللطيف جمال رشيد»،
«برهم صالح»، «محمد شياع السوداني»، «نيجيرفان بارزاني» (UJ2); "Said Hassan Said", "Zaki Shingali", "Recep
Tayyip Erdogan" (UJ3); «بافل جلال طالباني»، «محمد كاظم آل صادق»، «هاوكار الجاف» (UJ4); "Tayyip Erdogan",
"Hakan Fidan", "Ibrahim Kalin", "Alparslan Bayraktar" (UJ5); «آية الله السيد إبراهيم رئيسي»، «مسرور
بارزاني»، «حسين أمير عبد اللهيان»، «علي أكبر أحمديان» (UJ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_uj import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, TURKEY, KREGION = "country:iraq", "country:iran", "country:turkey", "location:kurdistan-region"
KRSC = "organization:kurdistan-region-security-council"
PUK, KDP, KRG, IQPARL, PKK, YBS, MIT, SNSC = (
    "organization:patriotic-union-of-kurdistan", "organization:kurdistan-democratic-party",
    "organization:kurdistan-regional-government", "organization:iraqi-parliament", "organization:pkk",
    "organization:sinjar-resistance-units", "organization:turkish-national-intelligence-organization",
    "organization:supreme-national-security-council")
SALIH, RASHID, ABDUL_MAHDI, SUDANI, HALBOUSI = (
    "person:barham-salih", "person:abdul-latif-rashid", "person:adil-abdul-mahdi",
    "person:mohammed-shia-al-sudani", "person:mohammed-al-halbousi")
MASOUD, NECHIRVAN, MASROUR, QUBAD, BAFEL, HAWKAR, SAID, ZAKI = (
    "person:masoud-barzani", "person:nechirvan-barzani", "person:masrour-barzani", "person:qubad-talabani",
    "person:bafel-talabani", "person:hawkar-jaff", "person:said-hassan-said", "person:zaki-shingali")
RAISI, ABDOLLAHIAN, AHMADIAN, KHAMENEI, ALESADEGH = (
    "person:ebrahim-raisi", "person:hossein-amir-abdollahian", "person:ali-akbar-ahmadian",
    "person:ali-khamenei", "person:mohammad-kazem-al-e-sadegh")
ERDOGAN, FIDAN, KALIN, BAYRAKTAR = (
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:ibrahim-kalin", "person:alparslan-bayraktar")

K24 = "blind set (Kurdish broadcaster's English site, Kurdistan 24-like)"
INA = "blind set (Iraqi state news agency, Arabic, INA-like)"
AFP = "blind set (French news wire, English, AFP-like)"
RUDAW = "blind set (Kurdish broadcaster's Arabic site, Rudaw-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
IRNA = "blind set (Iranian state news agency, Arabic, IRNA-like)"

ARTICLES = [
    ("enUJ1_masrour_sworn_in_k24", "en",
     "Masrour Barzani sworn in as Kurdistan Region's new prime minister\n"
     "ERBIL (Kurdistan 24) – Masrour Barzani on Wednesday took the oath of office as Prime Minister of the "
     "Kurdistan Region, succeeding Nechirvan Barzani, after the Kurdistan Parliament approved his ninth "
     "cabinet by a large majority.\n"
     "Nechirvan Barzani, who on June 10 succeeded his uncle Masoud Barzani as President of the Kurdistan "
     "Region, a post left vacant since November 2017, attended the session along with foreign diplomats and "
     "representatives of Iraq's political blocs.\n"
     "The new cabinet is formed by the Kurdistan Democratic Party (KDP), the Patriotic Union of Kurdistan (PUK) "
     "and the Gorran Movement. The PUK's Qubad Talabani keeps his post as deputy prime minister.\n"
     "Before the session, the new premier received Iraqi Parliament Speaker Mohammed al-Halbousi, who flew in "
     "from Baghdad for the ceremony; the two discussed the federal budget and the salaries of the Region's "
     "public employees, according to a statement from his office.\n"
     "Iraqi Prime Minister Adil Abdul Mahdi, who had been expected in Erbil, did not attend. He phoned "
     "Masrour Barzani in the evening to congratulate him, the statement added.\n"
     "In his first speech, the new prime minister, who previously headed the Region's Security Council, "
     "pledged to fight corruption and to settle outstanding disputes with Baghdad \"on the basis of the "
     "constitution.\"",
     [("SUCCESSOR_OF", MASROUR, NECHIRVAN, "succeeding Nechirvan Barzani, after", "2019-07-10"),
      ("LEADS", MASROUR, KRG, "took the oath of office as Prime Minister of the Kurdistan Region"),
      ("SUCCESSOR_OF", NECHIRVAN, MASOUD, "succeeded his uncle Masoud Barzani", "2019-06-10"),
      ("LEADS", NECHIRVAN, KREGION, "as President of the Kurdistan Region, a post"),
      ("MEMBER_OF", QUBAD, PUK, "The PUK's Qubad Talabani"),
      ("MET_WITH", MASROUR, HALBOUSI, "the new premier received Iraqi Parliament Speaker", "2019-07-10"),
      ("LEADS", HALBOUSI, IQPARL, "Iraqi Parliament Speaker Mohammed al-Halbousi"),
      ("LEADS", ABDUL_MAHDI, IRAQ, "Iraqi Prime Minister Adil Abdul Mahdi"),
      ("LEADS", MASROUR, KRSC, "previously headed the Region's Security Council"),
      ],
     {"source": K24, "published": "2019-07-10"}),

    ("arUJ2_rashid_handover_ina", "ar",
     "رئيس الجمهورية عبد اللطيف جمال رشيد يتسلّم مهامه رسمياً من سلفه\n"
     "بغداد - واع\n"
     "جرت في قصر السلام ببغداد، اليوم الاثنين، مراسم التسليم والتسلّم بين رئيس الجمهورية عبد اللطيف جمال "
     "رشيد ورئيس الجمهورية السابق الدكتور برهم صالح، بحضور رئيس مجلس الوزراء المكلّف محمد شياع السوداني.\n"
     "وكان مجلس النواب قد انتخب رشيد، الخميس الماضي، رئيساً لجمهورية العراق خلفاً لصالح بعد حصوله على 162 "
     "صوتاً في الجولة الثانية، فيما كلّف الرئيس الجديد السوداني بتشكيل الحكومة بعد دقائق من أدائه اليمين.\n"
     "وقال صالح في كلمة خلال المراسم إن «التداول السلمي للسلطة هو الضمانة الحقيقية لاستقرار العراق».\n"
     "إلى ذلك، استقبل رئيس الجمهورية، في وقت لاحق من اليوم نفسه، رئيس إقليم كردستان نيجيرفان بارزاني والوفد "
     "المرافق له، وجرى خلال اللقاء بحث العلاقة بين بغداد وأربيل وضرورة الإسراع بتشكيل الحكومة.\n"
     "وكان الحزب الديمقراطي الكردستاني قد سحب مرشحه للمنصب قبيل الجلسة، فيما تمسّك الاتحاد الوطني الكردستاني "
     "بترشيح صالح لولاية ثانية حتى الجولة الأخيرة.\n"
     "ومن المقرر أن يزور رشيد أربيل والسليمانية الأسبوع المقبل للقاء قادة الحزبين الكرديين.",
     met_group({RASHID: "بين رئيس الجمهورية عبد اللطيف", SALIH: "الدكتور برهم صالح، بحضور",
                SUDANI: "المكلّف محمد شياع السوداني"}, "2022-10-17")
     + [("LEADS", RASHID, IRAQ, "رئيساً لجمهورية العراق خلفاً"),
        ("LEADS", SALIH, IRAQ, "ورئيس الجمهورية السابق الدكتور"),
        ("SUCCESSOR_OF", RASHID, SALIH, "خلفاً لصالح بعد حصوله", "2022-10-13"),
        ("MET_WITH", RASHID, NECHIRVAN, "استقبل رئيس الجمهورية، في وقت لاحق", "2022-10-17"),
        ("LEADS", NECHIRVAN, KREGION, "رئيس إقليم كردستان نيجيرفان بارزاني والوفد"),
        ],
     {"source": INA, "published": "2022-10-17"}),

    ("enUJ3_sinjar_drone_strike_afp", "en",
     "Turkish drone strike kills Yazidi commander in Iraq's Sinjar\n"
     "SINJAR, Iraq (AFP) - A Turkish drone strike killed a commander of a Yazidi armed group in northern "
     "Iraq's Sinjar district on Monday, local officials said, the latest in a string of Turkish attacks on "
     "the area.\n"
     "Said Hassan Said, a commander of the Sinjar Resistance Units (YBS), was killed along with his nephew "
     "when the drone hit their car near the town of Khanasor, the mayor of Sinjar told AFP.\n"
     "Turkey's defence ministry said its forces had \"neutralised\" Said Hassan in an operation in the "
     "region, describing him as a senior figure of the Kurdistan Workers' Party (PKK), which Ankara and its "
     "Western allies list as a terrorist group.\n"
     "On Tuesday another strike hit a clinic in the village of Sikaniyah, killing eight people, health "
     "officials said. No one claimed that attack.\n"
     "In August 2018 a Turkish airstrike killed Zaki Shingali, a senior PKK member, as he drove back from a "
     "memorial ceremony for the victims of the 2014 Islamic State massacre of Yazidis, an operation later "
     "announced by President Recep Tayyip Erdogan.\n"
     "Iraq's foreign ministry condemned the strike as \"a flagrant violation of Iraqi sovereignty\" and "
     "summoned Turkey's charge d'affaires.",
     [("ASSASSINATED_BY", SAID, TURKEY, "had \"neutralised\" Said Hassan", "2021-08-16"),
      ("MEMBER_OF", SAID, YBS, "a commander of the Sinjar Resistance Units"),
      ("ASSASSINATED_BY", ZAKI, TURKEY, "a Turkish airstrike killed Zaki Shingali", "2018-08"),
      ("MEMBER_OF", ZAKI, PKK, "a senior PKK member"),
      ("LEADS", ERDOGAN, TURKEY, "President Recep Tayyip Erdogan"),
      ],
     {"source": AFP, "published": "2021-08-17"}),
]

ARTICLES += [
    ("arUJ4_arbat_strike_rudaw", "ar",
     "مقتل ثلاثة من منتسبي مكافحة الإرهاب بهجوم بطائرة مسيّرة على مطار عربت\n"
     "السليمانية - روداو\n"
     "قُتل ثلاثة من منتسبي جهاز مكافحة الإرهاب في السليمانية، وأصيب ثلاثة آخرون، مساء الاثنين، جراء هجوم "
     "بطائرة مسيّرة استهدف مطار عربت الزراعي جنوب شرقي المدينة، بحسب بيان للجهاز.\n"
     "ولم تتبنّ أي جهة الهجوم حتى الآن، فيما رجّح مسؤولون محليون أن تكون الطائرة تركية، من دون أن يقدّموا "
     "دليلاً على ذلك. ولم يصدر أي تعليق عن أنقرة.\n"
     "وأدان رئيس الجمهورية عبد اللطيف رشيد الهجوم، داعياً إلى «احترام السيادة العراقية».\n"
     "وفي سياق متصل، استقبل رئيس الاتحاد الوطني الكردستاني بافل جلال طالباني، الثلاثاء، في السليمانية، سفير "
     "الجمهورية الإسلامية الإيرانية لدى العراق محمد كاظم آل صادق، وبحث الجانبان أمن الحدود والتطورات "
     "الأخيرة في المنطقة، وفق بيان لمكتب طالباني.\n"
     "ويأتي الهجوم بعد نحو عام على اغتيال الضابط السابق في جهاز الاستخبارات هاوكار الجاف بعبوة لاصقة "
     "انفجرت في سيارته بأربيل، وهي العملية التي اتهم مجلس أمن إقليم كردستان عناصر في جهاز مكافحة الإرهاب "
     "التابع للاتحاد الوطني بالتخطيط لها، وهو ما نفاه الاتحاد بشدة.",
     [("LEADS", RASHID, IRAQ, "وأدان رئيس الجمهورية عبد اللطيف رشيد"),
      ("MET_WITH", BAFEL, ALESADEGH, "استقبل رئيس الاتحاد الوطني الكردستاني بافل", "2023-09-19"),
      ("LEADS", BAFEL, PUK, "رئيس الاتحاد الوطني الكردستاني بافل"),
      ],
     {"source": RUDAW, "published": "2023-09-19"}),

    ("enUJ5_masrour_erdogan_istanbul_reuters", "en",
     "Iraqi Kurdish PM Barzani meets Erdogan as oil exports stay halted\n"
     "ISTANBUL, Sept 28 (Reuters) - Turkish President Tayyip Erdogan received the prime minister of Iraq's "
     "Kurdistan region, Masrour Barzani, at the Vahdettin Pavilion in Istanbul on Thursday, the Turkish "
     "presidency said, as talks on restarting Kurdish oil exports through the Iraq-Turkey pipeline dragged "
     "on.\n"
     "Foreign Minister Hakan Fidan and intelligence chief Ibrahim Kalin also attended the meeting, which was "
     "closed to the press. The presidency gave no details of what was discussed.\n"
     "Barzani later met Energy Minister Alparslan Bayraktar, a Kurdistan Regional Government statement said, "
     "adding that both sides wanted flows to resume \"as soon as possible.\"\n"
     "Ankara halted the flows in March after an arbitration court ordered it to pay Baghdad damages for "
     "exports it had allowed without the federal government's consent.\n"
     "Barzani had been due to meet Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad before the trip, but "
     "the meeting was put off, an aide to the Kurdish premier said.\n"
     "Turkey has stepped up drone strikes on Kurdistan Workers Party (PKK) militants in northern Iraq this "
     "year, including in Sulaimaniyah province, where Ankara accuses local authorities of tolerating the "
     "group.",
     met_group({ERDOGAN: "President Tayyip Erdogan received", MASROUR: "region, Masrour Barzani, at",
                FIDAN: "Foreign Minister Hakan Fidan", KALIN: "intelligence chief Ibrahim Kalin also"}, "2023-09-28")
     + [("LEADS", ERDOGAN, TURKEY, "Turkish President Tayyip Erdogan"),
        ("LEADS", MASROUR, KRG, "the prime minister of Iraq's Kurdistan region"),
        ("LEADS", KALIN, MIT, "intelligence chief Ibrahim Kalin"),
        ("MET_WITH", MASROUR, BAYRAKTAR, "Barzani later met Energy Minister", "2023-09-28"),
        ("LEADS", SUDANI, IRAQ, "Iraqi Prime Minister Mohammed Shia al-Sudani"),
        ],
     {"source": REUTERS, "published": "2023-09-28"}),

    ("arUJ6_raisi_receives_masrour_irna", "ar",
     "رئيسي يستقبل رئيس وزراء إقليم كردستان العراق\n"
     "طهران - إرنا - استقبل رئيس الجمهورية الإسلامية الإيرانية آية الله السيد إبراهيم رئيسي، صباح اليوم "
     "الإثنين، رئيس حكومة إقليم كردستان العراق مسرور بارزاني والوفد المرافق له، في مقر رئاسة الجمهورية.\n"
     "وأكد رئيسي خلال اللقاء ضرورة التنفيذ الكامل للاتفاق الأمني الموقّع بين طهران وبغداد، وعدم السماح "
     "للجماعات المعادية باستخدام أراضي الإقليم ضد أمن الجمهورية الإسلامية.\n"
     "من جهته، قال بارزاني إن «الإقليم لن يكون منطلقاً لتهديد أمن الجيران».\n"
     "وكان رئيس حكومة الإقليم قد التقى فور وصوله إلى طهران، أمس الأحد، وزير الخارجية حسين أمير عبد اللهيان، "
     "كما اجتمع بأمين المجلس الأعلى للأمن القومي علي أكبر أحمديان، بحضور القنصل العام للجمهورية الإسلامية "
     "في أربيل.\n"
     "ولم تُعلن أي من الجهتين عن لقاء بين بارزاني وقائد الثورة الإسلامية آية الله السيد علي خامنئي خلال "
     "الزيارة، وهي الأولى لبارزاني إلى طهران منذ توليه رئاسة الحكومة عام 2019.\n"
     "وتأتي الزيارة بعد أشهر من الهجوم الصاروخي الذي شنّه حرس الثورة الإسلامية على مقار في أربيل في كانون "
     "الثاني الماضي.",
     [("MET_WITH", RAISI, MASROUR, "مسرور بارزاني والوفد المرافق له، في مقر", "2024-05-06"),
      ("LEADS", RAISI, IRAN, "رئيس الجمهورية الإسلامية الإيرانية آية الله"),
      ("LEADS", MASROUR, KRG, "رئيس حكومة إقليم كردستان العراق مسرور"),
      ("MET_WITH", MASROUR, ABDOLLAHIAN, "وزير الخارجية حسين أمير عبد اللهيان", "2024-05-05"),
      ("MET_WITH", MASROUR, AHMADIAN, "كما اجتمع بأمين المجلس الأعلى", "2024-05-05"),
      ("LEADS", AHMADIAN, SNSC, "بأمين المجلس الأعلى للأمن القومي علي"),
      ("LEADS", KHAMENEI, IRAN, "وقائد الثورة الإسلامية آية الله"),
      ],
     {"source": IRNA, "published": "2024-05-06"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUJ")
