"""Blind set GA: Libya and Sudan 2023-2025 seen by wire agencies: Russia's deputy defence minister
Yevkurov with Haftar in Benghazi and, a day later, the plane crash that killed Wagner's Prigozhin and
Utkin (English); al-Burhan received by al-Sisi in New Alamein, Aug 2023 (Arabic); the Jeddah talks
and the Jeddah declaration, May 2023 (English); Hanna Tetteh named UN envoy to Libya after Bathily
and the acting Stephanie Koury (Arabic); the killing of the Tripoli militia chief Ghnewa al-Kikli,
May 2025 (English); the army's claim to have killed the RSF commander Ali Yagoub in El Fasher and
Lamamra in Port Sudan (Arabic).
Style: wire agency (Reuters / AP / AFP / MENA-like datelines, reported speech, titles before names,
"the LNA chief", "الجنرال السوداني", "المبعوث السابق"); a crash with a disputed agent, a denied
meeting, phone calls, an expected visit, a killing blamed by a third party and unclaimed.
Spellings: Haftar / Hifter / حفتر, Hemeti / حميدتي, Dbeiba, Yunus-Bek Yevkurov, لعمامرة.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gc import ALL  # noqa: E402

HERE = Path(__file__).parent

HAF, YEV, PRIG, UTK, PUT = ("person:khalifa-haftar", "person:yunus-bek-yevkurov", "person:yevgeny-prigozhin",
                            "person:dmitry-utkin", "person:vladimir-putin")
LNA, WAG, RDM = "organization:libyan-national-army", "organization:wagner-group", "organization:russian-defence-ministry"
BUR, HEM, SISI, KAMEL, FAHMY = ("person:abdel-fattah-al-burhan", "person:mohamed-hamdan-dagalo",
                                "person:abdel-fattah-al-sisi", "person:abbas-kamel", "person:ahmed-fahmy")
SAF, RSF, TSC = "organization:sudanese-armed-forces", "organization:rapid-support-forces", "organization:sudan-sovereignty-council"
FBF, PHEE, OHAM, BLINK = "person:faisal-bin-farhan", "person:molly-phee", "person:omar-hamdan", "person:antony-blinken"
SFM, USSD = "organization:saudi-foreign-ministry", "organization:us-state-department"
GUT, TET, BAT, KUB, KOU = ("person:antonio-guterres", "person:hanna-tetteh", "person:abdoulaye-bathily",
                           "person:jan-kubis", "person:stephanie-koury")
DBE, MEN, KIK, HAMZA = ("person:abdul-hamid-dbeibah", "person:mohamed-al-menfi", "person:abdulghani-al-kikli",
                        "person:mahmoud-hamza")
UNSMIL, GNU, LPC = "organization:unsmil", "organization:government-of-national-unity", "organization:libyan-presidential-council"
YAG, LAM = "person:ali-yagoub-gibril", "person:ramtane-lamamra"

ARTICLES = [
    ("enGA1_yevkurov_benghazi_prigozhin_crash", "en",
     "BENGHAZI, Libya, Aug 24 (Reuters) - Russia's Deputy Defence Minister Yunus-Bek Yevkurov held talks "
     "in Benghazi on Tuesday with eastern commander Khalifa Haftar, the first official visit by a Russian "
     "military delegation to the city, Haftar's media office said.\n"
     "The LNA chief, whose forces have relied for years on fighters from the Wagner group, discussed "
     "\"counter-terrorism cooperation\" with the visiting general, the statement added.\n"
     "A day later, a private jet carrying Wagner founder Yevgeny Prigozhin crashed in Russia's Tver "
     "region, killing all ten people on board, among them his long-time field commander Dmitry Utkin.\n"
     "The Kremlin has denied any role. Western officials said privately they believed the aircraft had "
     "been brought down on purpose, but nobody has claimed responsibility and investigators have given "
     "no cause.\n"
     "President Vladimir Putin, who offered condolences to the families, called Prigozhin \"a man with a "
     "difficult fate\".\n"
     "A visit by Hifter to Moscow is being discussed, an LNA official told Reuters, without giving a date.",
     [("MET_WITH", YEV, HAF, "held talks in Benghazi on Tuesday", "2023-08-22"),
      ("VISITED", YEV, "location:benghazi", "held talks in Benghazi on Tuesday", "2023-08-22"),
      ("MEMBER_OF", YEV, RDM, "Deputy Defence Minister Yunus-Bek"),
      ("LEADS", HAF, LNA, "The LNA chief"),
      ("SUPPORTS", WAG, LNA, "relied for years on fighters"),
      ("LEADS", PRIG, WAG, "Wagner founder Yevgeny"),
      ("MEMBER_OF", UTK, WAG, "long-time field commander"),
      ("LEADS", PUT, "country:russia", "President Vladimir Putin"),
      ("REPORTED_BY", HAF, "outlet:reuters", "told Reuters"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2023-08-24"}),

    ("arGA2_burhan_alamein_sisi", "ar",
     "العلمين الجديدة (أ ش أ) - استقبل الرئيس عبد الفتاح السيسي، اليوم الثلاثاء، الفريق أول عبد الفتاح "
     "البرهان رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة السودانية، في مدينة العلمين "
     "الجديدة، في أول زيارة خارجية يقوم بها البرهان منذ اندلاع الحرب في منتصف أبريل.\n"
     "وحضر اللقاء اللواء عباس كامل رئيس المخابرات العامة، وفق ما صرّح به المتحدث الرسمي باسم رئاسة "
     "الجمهورية المستشار أحمد فهمي.\n"
     "وأكد الرئيس المصري دعم بلاده الكامل لوحدة السودان وسلامة أراضيه، فيما استعرض رئيس مجلس السيادة "
     "تطورات الأوضاع الميدانية والإنسانية.\n"
     "ونفى مصدر مصري مطلع ما تردد عن ترتيب لقاء بين البرهان وقائد قوات الدعم السريع محمد حمدان دقلو "
     "«حميدتي» على الأراضي المصرية، مؤكداً أن «لا شيء من ذلك مطروح».\n"
     "وكان الجنرال السوداني قد وصل إلى العلمين قادماً من بورتسودان، بعد أيام من خروجه من مقر القيادة "
     "العامة المحاصر في الخرطوم.",
     [("MET_WITH", SISI, BUR, "استقبل الرئيس عبد الفتاح السيسي", "2023-08-29"),
      ("MET_WITH", BUR, KAMEL, "وحضر اللقاء اللواء عباس كامل", "2023-08-29"),
      ("MET_WITH", SISI, KAMEL, "رئيس المخابرات العامة", "2023-08-29"),
      ("VISITED", BUR, "location:el-alamein", "في مدينة العلمين", "2023-08-29"),
      ("LEADS", BUR, TSC, "رئيس مجلس السيادة الانتقالي"),
      ("LEADS", BUR, SAF, "القائد العام للقوات المسلحة السودانية"),
      ("LEADS", KAMEL, "organization:egyptian-general-intelligence", "اللواء عباس كامل رئيس"),
      ("MEMBER_OF", FAHMY, "organization:egyptian-presidency", "المتحدث الرسمي باسم رئاسة"),
      ("LEADS", SISI, "country:egypt", "وأكد الرئيس المصري"),
      ("LEADS", HEM, RSF, "وقائد قوات الدعم السريع"),
      ],
     {"source": "blind set (wire agency, Arabic)", "published": "2023-08-29"}),

    ("enGA3_jeddah_declaration", "en",
     "JEDDAH, Saudi Arabia, May 12 (AP) - Envoys of Sudan's army and of the paramilitary Rapid Support "
     "Forces signed a declaration in Jeddah late Thursday committing them to protect civilians, after "
     "nearly a week of talks brokered by Saudi Arabia and the United States.\n"
     "Saudi Foreign Minister Prince Faisal bin Farhan opened the negotiations last Saturday, meeting the "
     "two delegations, among them RSF negotiator Omar Hamdan, together with U.S. Assistant Secretary of "
     "State for African Affairs Molly Phee.\n"
     "The document falls short of a ceasefire. U.S. Secretary of State Antony Blinken spoke by phone with "
     "army chief Gen. Abdel Fattah al-Burhan and with RSF commander Gen. Mohamed Hamdan Dagalo, known as "
     "Hemeti, before the signing, the State Department said.\n"
     "A face-to-face meeting between the two generals, floated by mediators, was ruled out by both camps.\n"
     "Fighting continued in Khartoum on Friday, residents said, with air strikes reported near the "
     "presidential palace.",
     [("MET_WITH", FBF, OHAM, "opened the negotiations last Saturday", "2023-05-06"),
      ("MET_WITH", FBF, PHEE, "together with U.S. Assistant Secretary", "2023-05-06"),
      ("MET_WITH", PHEE, OHAM, "among them RSF negotiator", "2023-05-06"),
      ("MEMBER_OF", OHAM, RSF, "RSF negotiator Omar Hamdan"),
      ("LEADS", FBF, SFM, "Saudi Foreign Minister Prince"),
      ("MEMBER_OF", PHEE, USSD, "State for African Affairs Molly Phee"),
      ("LEADS", BLINK, USSD, "Secretary of State Antony Blinken"),
      ("LEADS", BUR, SAF, "army chief Gen."),
      ("LEADS", HEM, RSF, "RSF commander Gen."),
      ],
     {"source": "blind set (wire agency, English)", "published": "2023-05-12"}),

    ("arGA4_tetteh_succeeds_bathily", "ar",
     "نيويورك (أ ف ب) - عيّن الأمين العام للأمم المتحدة أنطونيو غوتيريش، الجمعة، وزيرة الخارجية "
     "الغانية السابقة هانا سيروا تيتيه ممثلةً خاصة له في ليبيا ورئيسةً لبعثة الأمم المتحدة للدعم في "
     "ليبيا، خلفاً للسنغالي عبد الله باتيلي.\n"
     "وكان باتيلي قد استقال في أبريل الماضي، بعد أقل من عامين على تعيينه خلفاً للسلوفاكي يان كوبيش، "
     "مبدياً أسفه لـ«غياب الإرادة السياسية» لدى القادة الليبيين.\n"
     "وخلفته نائبته الأميركية ستيفاني خوري على رأس البعثة بالإنابة منذ ذلك الحين.\n"
     "ولم ترَ النور مبادرة باتيلي لعقد طاولة خماسية تجمع الدبيبة والمنفي وعقيلة صالح وخالد المشري "
     "والمشير خليفة حفتر، إذ وضع كل طرف شروطاً مسبقة.\n"
     "وكان المبعوث السابق قد التقى رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة في طرابلس قبيل "
     "استقالته، كما زار بنغازي حيث استقبله حفتر في مقر القيادة العامة بالرجمة.",
     [("LEADS", GUT, "organization:united-nations", "الأمين العام للأمم المتحدة أنطونيو"),
      ("SUCCESSOR_OF", TET, BAT, "خلفاً للسنغالي", "2025-01"),
      ("LEADS", TET, UNSMIL, "ورئيسةً لبعثة الأمم المتحدة"),
      ("SUCCESSOR_OF", BAT, KUB, "خلفاً للسلوفاكي", "2022-09"),
      ("SUCCESSOR_OF", KOU, BAT, "وخلفته نائبته", "2024-04"),
      ("LEADS", KOU, UNSMIL, "على رأس البعثة بالإنابة"),
      ("LEADS", DBE, GNU, "رئيس حكومة الوحدة الوطنية عبد الحميد"),
      ("MET_WITH", BAT, DBE, "التقى رئيس حكومة", "2024-04"),
      ("VISITED", BAT, "location:benghazi", "كما زار بنغازي"),
      ("MET_WITH", BAT, HAF, "حيث استقبله حفتر"),
      ("VISITED", BAT, "location:al-rajma", "في مقر القيادة العامة بالرجمة"),
      ],
     {"source": "blind set (wire agency, Arabic)", "published": "2025-01-24"}),

    ("enGA5_ghnewa_killed_tripoli", "en",
     "TRIPOLI, May 16 (AFP) - Heavy gunfire rocked the Libyan capital after the killing on Monday night "
     "of Abdulghani al-Kikli, better known as Ghnewa, the powerful head of the Stability Support "
     "Apparatus, residents and medical sources said.\n"
     "Kikli died inside the Takbali camp, a base of the rival 444 Brigade, where he had gone for a "
     "meeting, according to a security source. The government did not say who killed him.\n"
     "Kikli's allies accused the 444 Brigade, commanded by Mahmoud Hamza, which has not commented.\n"
     "Government of National Unity Prime Minister Abdul Hamid Dbeiba praised the army and police for "
     "\"restoring the authority of the state\", while Presidential Council head Mohamed al-Menfi, in a "
     "phone call with the premier, demanded an immediate truce.\n"
     "On Thursday the UN envoy Hanna Tetteh met Dbeiba in Tripoli and urged all sides to respect a "
     "ceasefire announced by the defence ministry.",
     [("LEADS", KIK, "organization:stability-support-apparatus", "powerful head of the Stability Support"),
      ("LEADS", HAMZA, "organization:brigade-444", "commanded by Mahmoud Hamza"),
      ("LEADS", DBE, GNU, "Government of National Unity Prime Minister"),
      ("LEADS", MEN, LPC, "Presidential Council head Mohamed"),
      ("MET_WITH", TET, DBE, "met Dbeiba in Tripoli", "2025-05-15"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2025-05-16"}),

    ("arGA6_ali_yagoub_el_fasher", "ar",
     "بورتسودان (رويترز) - أعلن الجيش السوداني، السبت، أن قواته قتلت القائد الميداني في قوات الدعم "
     "السريع علي يعقوب جبريل خلال معارك في مدينة الفاشر، عاصمة ولاية شمال دارفور.\n"
     "وقال المتحدث باسم القوات المسلحة إن يعقوب، الذي يقود قوات الدعم السريع في ولاية وسط دارفور، "
     "«لقي حتفه على أيدي أبطال الفرقة السادسة مشاة».\n"
     "ولم يصدر تعليق فوري من قوات حميدتي.\n"
     "ويأتي ذلك بعد عام على مقتل والي غرب دارفور خميس أبكر في الجنينة، وهو مقتل حمّلت الحكومة "
     "مسؤوليته لقوات الدعم السريع التي نفت أي علاقة لها به.\n"
     "وفي بورتسودان، استقبل رئيس مجلس السيادة الفريق أول عبد الفتاح البرهان المبعوث الشخصي للأمين "
     "العام للأمم المتحدة إلى السودان رمطان لعمامرة، وبحثا سبل حماية المدنيين في الفاشر.",
     [("ASSASSINATED_BY", YAG, SAF, "أن قواته قتلت القائد الميداني", "2024-06-14"),
      ("MEMBER_OF", YAG, RSF, "القائد الميداني في قوات الدعم"),
      ("LEADS", HEM, RSF, "من قوات حميدتي"),
      ("MET_WITH", BUR, LAM, "استقبل رئيس مجلس السيادة", "2024-06"),
      ("VISITED", LAM, "location:port-sudan", "وفي بورتسودان، استقبل", "2024-06"),
      ("LEADS", BUR, TSC, "رئيس مجلس السيادة الفريق"),
      ("MEMBER_OF", LAM, "organization:united-nations", "المبعوث الشخصي للأمين"),
      ],
     {"source": "blind set (wire agency, Arabic)", "published": "2024-06-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGA")
