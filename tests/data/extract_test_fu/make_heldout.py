"""Blind set FU: the Iran-Iraq "axis" 2020-2024 as a wire agency and a pan-Arab daily report it:
Quds Force commander Ismail Ghaani's first Baghdad visit during the al-Zurfi designation, March 2020
(English wire); Abu Fadak al-Muhammadawi named PMF chief of staff in place of al-Muhandis, Feb 2020
(Arabic daily); the US strike that killed Abu Taqwa, Jan 2024 (English wire); the drone strike that
killed Abu Baqir al-Saadi and Qaani's late-January 2024 Baghdad visit (Arabic daily); Qa'ani in
Baghdad after the drone attack on al-Kazemi's residence, Nov 2021 (English wire); the new Iranian
ambassador Al-e Sadegh presents his credentials copy, April 2022 (Arabic daily).
Style: wire copy with datelines (English), Asharq al-Awsat-like copy (Arabic): titles before names,
later surname or description, reported speech; excluded on purpose: a denied reception by al-Sadr,
a denied Qaani-Fayyadh meeting, a phone call, an unclaimed blast, a denied Hamidawi-Qaani meeting,
an unclaimed drone attack, a planned presentation of credentials.
Spellings: Ismail Ghaani / Esmail Qa'ani / إسماعيل قاءاني / قآني, Qassem Soleimani, al-Kazemi,
al-Soudani, Faleh al-Fayadh, Akram al-Ka'bi, Bassem al-Awadi, أبو فدك.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fw import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA = "country:iran", "country:iraq", "country:united-states"
QF, IRGC, PMF, KH = ("organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
                     "organization:kataib-hezbollah")
NUJ, BADR, IQG = "organization:harakat-al-nujaba", "organization:badr-organization", "organization:iraqi-government"
IQFM, IFM, DOD = ("organization:iraqi-foreign-ministry", "organization:iranian-foreign-ministry",
                  "organization:us-department-of-defense")
QAANI, SOL, KHAM = "person:esmail-qaani", "person:qasem-soleimani", "person:ali-khamenei"
MUH, FADAK, FAY = "person:abu-mahdi-al-muhandis", "person:abdul-aziz-al-muhammadawi", "person:falih-al-fayyadh"
AMIRI, MALIKI, ZURFI = "person:hadi-al-amiri", "person:nouri-al-maliki", "person:adnan-al-zurfi"
SALIH, SADR, KAD, SUD = ("person:barham-salih", "person:muqtada-al-sadr", "person:mustafa-al-kadhimi",
                         "person:mohammed-shia-al-sudani")
TAQWA, RYDER, AWADI, KAABI = ("person:mushtaq-taleb-al-saidi", "person:pat-ryder", "person:basim-al-awadi",
                              "person:akram-al-kaabi")
BAQIR, ARKAN, HAMID = "person:abu-baqir-al-saadi", "person:arkan-al-ulayawi", "person:ahmad-al-hamidawi"
ASKARI, PRICE, BLINKEN = "person:abu-ali-al-askari", "person:ned-price", "person:antony-blinken"
FUAD, SADEGH, MASJEDI, HAA = ("person:fuad-hussein", "person:mohammad-kazem-al-e-sadegh", "person:iraj-masjedi",
                              "person:hossein-amir-abdollahian")

ARTICLES = [
    ("enFU1_ghaani_first_baghdad_visit", "en",
     "BAGHDAD, March 31 (Wire) - The new commander of Iran's Quds Force, Brigadier General Ismail Ghaani, "
     "arrived in Baghdad on Monday on his first known trip to Iraq since taking over from Qassem "
     "Soleimani, two Iraqi political sources said.\n"
     "Ghaani, named by Supreme Leader Ali Khamenei hours after his predecessor was killed in a U.S. drone "
     "strike at Baghdad airport in January, sat down with Badr Organization chief Hadi al-Amiri and former "
     "prime minister Nouri al-Maliki together at Amiri's home, the sources said.\n"
     "The Iranian general is trying to rally Shi'ite factions against Prime Minister-designate Adnan "
     "al-Zurfi, a former governor of Najaf whom some of the groups accuse of being close to Washington.\n"
     "A spokesman for cleric Muqtada al-Sadr denied that Sadr had received the general, saying the cleric "
     "had not left Najaf.\n"
     "Zurfi, who was named by President Barham Salih on March 17, has so far refused to step aside.",
     [("LEADS", QAANI, QF, "The new commander of Iran's Quds Force"),
      ("VISITED", QAANI, "location:baghdad", "arrived in Baghdad on Monday", "2020-03-30"),
      ("SUCCESSOR_OF", QAANI, SOL, "since taking over from Qassem", "2020-01-03"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ali Khamenei"),
      ("ASSASSINATED_BY", SOL, USA, "killed in a U.S. drone", "2020-01-03"),
      ("MET_WITH", QAANI, AMIRI, "sat down with Badr Organization chief", "2020-03-30"),
      ("MET_WITH", QAANI, MALIKI, "former prime minister Nouri al-Maliki together", "2020-03-30"),
      ("MET_WITH", AMIRI, MALIKI, "together at Amiri's home", "2020-03-30"),
      ("LEADS", AMIRI, BADR, "Badr Organization chief Hadi"),
      ("LEADS", SALIH, IRAQ, "President Barham Salih"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2020-03-31"}),

    ("arFU2_abu_fadak_chief_of_staff", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "أعلنت هيئة الحشد الشعبي في العراق، أمس، تسمية عبد العزيز المحمداوي، المعروف بـ«أبو فدك»، رئيساً "
     "لأركان الهيئة خلفاً لأبي مهدي المهندس، الذي قُتل مع قائد «فيلق القدس» قاسم سليماني بضربة أميركية "
     "قرب مطار بغداد الدولي مطلع يناير (كانون الثاني) الماضي.\n"
     "وجاء القرار بعد اجتماع عقده رئيس الهيئة فالح الفياض في مقرها ببغداد بحضور الأمين العام لمنظمة بدر "
     "هادي العامري، وفق مصادر مطلعة تحدثت لـ«الشرق الأوسط».\n"
     "ويُعد المحمداوي من القيادات المخضرمة في «كتائب حزب الله»، وكان من أقرب مساعدي المهندس منذ "
     "ثمانينات القرن الماضي.\n"
     "واعترضت ألوية مرتبطة بالعتبات المقدسة في كربلاء والنجف على التسمية، معتبرة أنها تمت «من دون تشاور».\n"
     "وتحدثت مصادر عن لقاء مرتقب بين الفياض وقائد «الفيلق» الجديد إسماعيل قاءاني، غير أن مكتب رئيس "
     "الهيئة نفى تحديد أي موعد.",
     [("SUCCESSOR_OF", FADAK, MUH, "لأركان الهيئة خلفاً لأبي مهدي", "2020-02"),
      ("MEMBER_OF", FADAK, PMF, "لأركان الهيئة خلفاً"),
      ("ASSASSINATED_BY", MUH, USA, "بضربة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, USA, "قاسم سليماني بضربة", "2020-01-03"),
      ("LEADS", SOL, QF, "قائد «فيلق القدس» قاسم"),
      ("LEADS", FAY, PMF, "رئيس الهيئة فالح الفياض"),
      ("MET_WITH", FAY, AMIRI, "بحضور الأمين العام لمنظمة بدر", "2020-02"),
      ("LEADS", AMIRI, BADR, "الأمين العام لمنظمة بدر"),
      ("MEMBER_OF", FADAK, KH, "من القيادات المخضرمة"),
      ("LEADS", QAANI, QF, "وقائد «الفيلق» الجديد"),
      ],
     {"source": "blind set (pan-Arab daily, Arabic)", "published": "2020-02-21"}),

    ("enFU3_abu_taqwa_strike", "en",
     "BAGHDAD, Jan 4 (Wire) - A U.S. drone strike on Thursday killed Mushtaq Talib al-Saidi, a senior "
     "commander of the Iran-backed Harakat al-Nujaba known as Abu Taqwa, and one of his aides in eastern "
     "Baghdad, Iraqi security officials said.\n"
     "Pentagon press secretary Maj. Gen. Pat Ryder said U.S. forces had acted in self-defence, and that "
     "Saidi had been \"actively involved in planning and carrying out attacks\" on American personnel.\n"
     "Prime Minister Mohammed Shia al-Soudani's office called the attack a \"blatant violation\" of Iraqi "
     "sovereignty, and government spokesman Bassem al-Awadi said Baghdad would move to end the mission of "
     "the U.S.-led coalition.\n"
     "Hours later Soudani met Popular Mobilisation Forces chairman Faleh al-Fayadh and chief of staff Abu "
     "Fadak al-Mohammadawi at his office, a statement said.\n"
     "A second blast at a militia depot south of the capital killed two fighters; no one claimed it.\n"
     "Nujaba leader Akram al-Ka'bi, who has spent recent weeks in Tehran, vowed revenge. A phone call "
     "between Soudani and Secretary of State Antony Blinken was planned for the coming days, one official "
     "said.",
     [("ASSASSINATED_BY", TAQWA, USA, "A U.S. drone strike on Thursday killed", "2024-01-04"),
      ("MEMBER_OF", TAQWA, NUJ, "commander of the Iran-backed"),
      ("SUPPORTS", IRAN, NUJ, "Iran-backed Harakat al-Nujaba"),
      ("MEMBER_OF", RYDER, DOD, "Pentagon press secretary"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Soudani"),
      ("MEMBER_OF", AWADI, IQG, "government spokesman Bassem"),
      ("MET_WITH", SUD, FAY, "Hours later Soudani met", "2024-01-04"),
      ("MET_WITH", SUD, FADAK, "chief of staff Abu", "2024-01-04"),
      ("MET_WITH", FAY, FADAK, "Fadak al-Mohammadawi at his office", "2024-01-04"),
      ("LEADS", FAY, PMF, "Forces chairman Faleh"),
      ("MEMBER_OF", FADAK, PMF, "and chief of staff Abu"),
      ("LEADS", KAABI, NUJ, "Nujaba leader Akram"),
      ("VISITED", KAABI, "location:tehran", "spent recent weeks in Tehran", "2023-12"),
      ("LEADS", BLINKEN, "organization:us-state-department", "Secretary of State Antony Blinken"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2024-01-04"}),

    ("arFU4_abu_baqir_al_saadi_strike", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "قُتل القيادي في «كتائب حزب الله» العراقية أبو باقر الساعدي، مساء الأربعاء، بضربة نفذتها طائرة "
     "مسيّرة أميركية استهدفت سيارته في حي المشتل شرق بغداد، وأعلنت القيادة المركزية الأميركية (سنتكوم) "
     "مسؤوليتها عنها.\n"
     "وقالت «سنتكوم» في بيان إن الساعدي كان مسؤولاً عن «التخطيط المباشر» لهجمات على القوات الأميركية، "
     "بينها هجوم البرج 22 في الأردن الذي قُتل فيه ثلاثة جنود.\n"
     "وقُتل في الضربة نفسها القيادي في الكتائب أركان العلياوي، بحسب مصادر في الحشد الشعبي.\n"
     "وكانت وكالة «رويترز» قد أفادت بأن قائد «فيلق القدس» الإيراني إسماعيل قآني زار بغداد أواخر يناير "
     "(كانون الثاني)، والتقى في المطار ممثلين عن فصائل مسلحة بينها «كتائب حزب الله»، وحثّهم على وقف "
     "الهجمات.\n"
     "وبعد أيام أعلن الأمين العام للكتائب أبو حسين الحميداوي تعليق العمليات «منعاً لإحراج الحكومة»، "
     "فيما نفى متحدث باسم الفصيل أن يكون الحميداوي قد اجتمع بقآني.",
     [("MEMBER_OF", BAQIR, KH, "قُتل القيادي في «كتائب حزب الله»"),
      ("ASSASSINATED_BY", BAQIR, USA, "بضربة نفذتها طائرة", "2024-02-07"),
      ("ASSASSINATED_BY", BAQIR, "organization:us-central-command", "وأعلنت القيادة المركزية", "2024-02-07"),
      ("LOCATED_IN", "location:mashtal", "location:baghdad", "في حي المشتل شرق بغداد"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "هجوم البرج 22 في الأردن"),
      ("ASSASSINATED_BY", ARKAN, USA, "وقُتل في الضربة نفسها", "2024-02-07"),
      ("MEMBER_OF", ARKAN, KH, "القيادي في الكتائب أركان"),
      ("REPORTED_BY", QAANI, "outlet:reuters", "وكانت وكالة «رويترز» قد أفادت"),
      ("LEADS", QAANI, QF, "قائد «فيلق القدس» الإيراني"),
      ("VISITED", QAANI, "location:baghdad", "زار بغداد أواخر يناير", "2024-01"),
      ("MET_WITH", QAANI, KH, "والتقى في المطار ممثلين", "2024-01"),
      ("LEADS", HAMID, KH, "الأمين العام للكتائب"),
      ],
     {"source": "blind set (pan-Arab daily, Arabic)", "published": "2024-02-08"}),

    ("enFU5_qaani_after_drone_attack", "en",
     "BAGHDAD, Nov 8 (Wire) - Iran's Quds Force chief Esmail Qa'ani flew into Baghdad on Monday and met "
     "Prime Minister Mustafa al-Kazemi, a day after an explosive-laden drone struck the premier's "
     "residence in the Green Zone, two officials said.\n"
     "Kazemi escaped unhurt. No group has claimed the attack, and investigators have not named those "
     "behind it.\n"
     "Qa'ani, who succeeded Qassem Soleimani as head of the Revolutionary Guards' overseas arm in January "
     "2020, also held talks with Faleh al-Fayadh, chairman of the Popular Mobilisation Forces, one of the "
     "officials said.\n"
     "He told the factions that Tehran did not approve of the attack, according to the official. Abu Ali "
     "al-Askari, the security official of Kataib Hezbollah, had mocked the premier's injuries online.\n"
     "In Washington, State Department spokesman Ned Price said the United States was in close contact with "
     "Iraqi officials; Secretary of State Antony Blinken spoke to Kazemi by telephone.",
     [("LEADS", QAANI, QF, "Quds Force chief Esmail"),
      ("VISITED", QAANI, "location:baghdad", "flew into Baghdad on Monday", "2021-11-08"),
      ("MET_WITH", QAANI, KAD, "on Monday and met", "2021-11-08"),
      ("LEADS", KAD, IQG, "Prime Minister Mustafa al-Kazemi"),
      ("SUCCESSOR_OF", QAANI, SOL, "who succeeded Qassem Soleimani", "2020-01"),
      ("PART_OF", QF, IRGC, "the Revolutionary Guards' overseas arm"),
      ("MET_WITH", QAANI, FAY, "also held talks with Faleh", "2021-11-08"),
      ("LEADS", FAY, PMF, "chairman of the Popular Mobilisation Forces"),
      ("MEMBER_OF", ASKARI, KH, "the security official of Kataib Hezbollah"),
      ("MEMBER_OF", PRICE, "organization:us-state-department", "State Department spokesman Ned"),
      ("LEADS", BLINKEN, "organization:us-state-department", "Secretary of State Antony Blinken"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2021-11-08"}),

    ("arFU6_al_e_sadegh_credentials", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "تسلّم وزير الخارجية العراقي فؤاد حسين، أمس، نسخة من أوراق اعتماد السفير الإيراني الجديد محمد كاظم "
     "آل صادق، الذي عيّنته طهران خلفاً لإيرج مسجدي بعد خمس سنوات أمضاها الأخير في بغداد.\n"
     "وآل صادق، الذي كان نائباً لمسجدي قبل ترقيته، يُعد من المقربين من «فيلق القدس» التابع للحرس الثوري، "
     "على غرار سلفه الذي عمل مستشاراً لقائد الفيلق الراحل قاسم سليماني.\n"
     "وكان السفير قد التقى في اليوم نفسه رئيس هيئة الحشد الشعبي فالح الفياض في مقر الهيئة.\n"
     "وبحسب بيان للخارجية العراقية، بحث الوزير والسفير ملف الحوار السعودي - الإيراني الذي تستضيفه "
     "بغداد، فيما كان وزير الخارجية الإيراني حسين أمير عبداللهيان قد أجرى اتصالاً هاتفياً بنظيره "
     "العراقي قبل أيام للغرض ذاته.\n"
     "وأفادت مصادر بأن آل صادق سيقدم أوراقه إلى رئيس الجمهورية برهم صالح الأسبوع المقبل.",
     [("LEADS", FUAD, IQFM, "وزير الخارجية العراقي فؤاد"),
      ("MET_WITH", FUAD, SADEGH, "تسلّم وزير الخارجية العراقي", "2022-04"),
      ("SUCCESSOR_OF", SADEGH, MASJEDI, "عيّنته طهران خلفاً لإيرج", "2022-04"),
      ("PART_OF", QF, IRGC, "«فيلق القدس» التابع للحرس الثوري"),
      ("LEADS", SOL, QF, "لقائد الفيلق الراحل"),
      ("MET_WITH", SADEGH, FAY, "وكان السفير قد التقى في اليوم نفسه", "2022-04"),
      ("LEADS", FAY, PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ("LEADS", HAA, IFM, "وزير الخارجية الإيراني حسين"),
      ("LEADS", SALIH, IRAQ, "رئيس الجمهورية برهم"),
      ],
     {"source": "blind set (pan-Arab daily, Arabic)", "published": "2022-04-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFU")
