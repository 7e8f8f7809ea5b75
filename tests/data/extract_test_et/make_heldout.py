"""Blind set ET: Iranian advisers and Israeli strikes in Damascus, Dec 2023 - Nov 2024:
Razi Mousavi killed in Sayyida Zeinab (Middle East Eye-style, Dec 2023); Amir-Abdollahian received by
Assad after the consulate strike that killed Zahedi and Haji Rahimi (SANA-style Arabic, Apr 2024);
five IRGC officers including Sadegh Omidzadeh killed in Mezzeh (Reuters-style, Jan 2024); Araghchi in
Damascus after Nasrallah's killing (Al-Watan-style Arabic, Oct 2024); Fallahzadeh named Quds Force
deputy after Hejazi's death (AFP-style, Apr 2024); Larijani in Damascus and Beirut, Naim Qassem
elected to succeed Nasrallah (Enab Baladi-style Arabic, Nov 2024).
Style: en/ar alternating; killings blamed on Israel by Tehran with "no comment" from Israel (no
ASSASSINATED_BY) next to killings stated as fact ("الغارة الإسرائيلية"); phone calls; an expected
meeting not held; a candidate successor; a death from illness; acting leadership.
Spellings: Zahedi / Zahidi / زاهدي, Qaani / Ghaani / قاآني, Amirabdollahian / عبد اللهيان, Araqchi.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ev import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, SYRIA, ISRAEL, US = "country:iran", "country:syria", "country:israel", "country:united-states"
IRGC, QF, HEZ = "organization:irgc", "organization:quds-force", "organization:hezbollah"
SFM, IFM = "organization:syrian-foreign-ministry", "organization:iranian-foreign-ministry"
DAM, MEZ, SZ = "location:damascus", "location:mezzeh", "location:sayyida-zaynab"
CONS = "location:iranian-consulate-damascus"
RAZI, SOL, QAANI, AKB = ("person:razi-mousavi", "person:qasem-soleimani", "person:esmail-qaani",
                         "person:hossein-akbari")
MEK, ASSAD, RAISI, AMA = ("person:faisal-mekdad", "person:bashar-al-assad", "person:ebrahim-raisi",
                          "person:hossein-amir-abdollahian")
ZAH, RAH, NAS, OMID = ("person:mohammad-reza-zahedi", "person:mohammad-hadi-haji-rahimi",
                       "person:hassan-nasrallah", "person:sadegh-omidzadeh")
KAN, SHARIF, ARA, BAGH = ("person:nasser-kanaani", "person:ramezan-sharif", "person:abbas-araghchi",
                          "person:ali-bagheri-kani")
SAB, QASSEM, SAFI = "person:bassam-sabbagh", "person:naim-qassem", "person:hashem-safieddine"
FAL, HEJ, KHAM, LAR, BERRI = ("person:mohammad-reza-fallahzadeh", "person:mohammad-hejazi",
                              "person:ali-khamenei", "person:ali-larijani", "person:nabih-berri")

ARTICLES = [
    ("enET1_razi_mousavi_sayyida_zeinab", "en",
     "DAMASCUS - A veteran commander of Iran's Revolutionary Guards, Sayyed Razi Mousavi, was killed on "
     "Monday when missiles struck his home in the Sayyida Zeinab district south of Damascus, Iranian "
     "state media reported.\n"
     "The Guards said in a statement that Mousavi, one of their longest-serving advisers in Syria, had "
     "been \"martyred by the usurping Zionist regime\" and vowed that Israel would pay for the crime. "
     "The Israeli military declined to comment, saying it does not respond to foreign reports.\n"
     "Mousavi, who coordinated the military alliance between Tehran and Damascus, had been a close "
     "companion of Qassem Soleimani, the Quds Force commander killed in a US drone strike at Baghdad "
     "airport in January 2020.\n"
     "Iran's ambassador in Damascus, Hossein Akbari, told Al-Alam television that Mousavi had gone home "
     "for lunch shortly before the strike. Syrian Foreign Minister Faisal Mekdad received Akbari at the "
     "ministry on Tuesday to offer his condolences, while President Bashar al-Assad spoke by telephone "
     "with his Iranian counterpart Ebrahim Raisi.\n"
     "Esmail Ghaani, who took over the Quds Force after Soleimani's death, was absent from a memorial "
     "held in Tehran, sources told Middle East Eye.",
     [("MEMBER_OF", RAZI, IRGC, "A veteran commander of Iran's Revolutionary Guards"),
      ("LOCATED_IN", SZ, DAM, "district south of Damascus"),
      ("LEADS", SOL, QF, "the Quds Force commander killed"),
      ("ASSASSINATED_BY", SOL, US, "killed in a US drone strike", "2020-01-03"),
      ("REPORTED_BY", AKB, "outlet:al-alam", "told Al-Alam television"),
      ("MET_WITH", MEK, AKB, "received Akbari at the", "2023-12-26"),
      ("LEADS", MEK, SFM, "Syrian Foreign Minister Faisal Mekdad"),
      ("LEADS", ASSAD, SYRIA, "President Bashar al-Assad spoke"),
      ("LEADS", RAISI, IRAN, "his Iranian counterpart Ebrahim"),
      ("SUCCESSOR_OF", QAANI, SOL, "took over the Quds Force after", "2020-01"),
      ("LEADS", QAANI, QF, "took over the Quds Force after"),
      ],
     {"source": "blind set (Middle East Eye-style)", "published": "2023-12-26"}),

    ("arET2_abdollahian_received_by_assad", "ar",
     "دمشق-سانا\n"
     "استقبل السيد الرئيس بشار الأسد اليوم وزير خارجية الجمهورية الإسلامية الإيرانية حسين أمير "
     "عبد اللهيان والوفد المرافق له، وجرى بحث العلاقات الثنائية والتطورات في المنطقة في ضوء العدوان "
     "الإسرائيلي على مبنى القنصلية الإيرانية في دمشق.\n"
     "وأكد الرئيس الأسد أن استهداف البعثات الدبلوماسية انتهاك صارخ للقانون الدولي، فيما نقل "
     "عبد اللهيان تحيات الرئيس الإيراني إبراهيم رئيسي.\n"
     "وكان الوزير الإيراني قد وصل إلى دمشق قادماً من مسقط، وعقد جلسة مباحثات مع نظيره السوري الدكتور "
     "فيصل المقداد، افتتحا بعدها المبنى الجديد للقنصلية في حي المزة بحضور السفير الإيراني حسين أكبري.\n"
     "وارتقى في الغارة الإسرائيلية التي دمّرت مبنى القنصلية مطلع الشهر الجاري العميد محمد رضا زاهدي، "
     "قائد فيلق القدس في سوريا ولبنان، ونائبه العميد محمد هادي حاجي رحيمي، إلى جانب خمسة ضباط آخرين "
     "من الحرس الثوري.\n"
     "ولم يُعلن عن لقاء مرتقب بين عبد اللهيان والأمين العام لحزب الله السيد حسن نصر الله خلال جولته، "
     "علماً أن الوزير كان قد التقاه في بيروت في العاشر من شباط الماضي.",
     [("MET_WITH", ASSAD, AMA, "استقبل السيد الرئيس", "2024-04-08"),
      ("LEADS", ASSAD, SYRIA, "استقبل السيد الرئيس بشار"),
      ("LEADS", AMA, IFM, "وزير خارجية الجمهورية الإسلامية"),
      ("ATTACKED", ISRAEL, CONS, "في ضوء العدوان", "2024-04-01"),
      ("LOCATED_IN", CONS, DAM, "على مبنى القنصلية الإيرانية في دمشق"),
      ("LEADS", RAISI, IRAN, "الرئيس الإيراني إبراهيم"),
      ("VISITED", AMA, DAM, "قد وصل إلى دمشق", "2024-04-08"),
      ("MET_WITH", AMA, MEK, "وعقد جلسة مباحثات مع نظيره", "2024-04-08"),
      ("LEADS", MEK, SFM, "نظيره السوري الدكتور"),
      ("LOCATED_IN", CONS, MEZ, "للقنصلية في حي المزة"),
      ("MET_WITH", AMA, AKB, "بحضور السفير الإيراني", "2024-04-08"),
      ("MET_WITH", MEK, AKB, "بحضور السفير الإيراني", "2024-04-08"),
      ("ASSASSINATED_BY", ZAH, ISRAEL, "وارتقى في الغارة الإسرائيلية", "2024-04-01"),
      ("ASSASSINATED_BY", RAH, ISRAEL, "ونائبه العميد محمد هادي", "2024-04-01"),
      ("MEMBER_OF", ZAH, QF, "قائد فيلق القدس في سوريا"),
      ("MEMBER_OF", RAH, QF, "ونائبه العميد محمد هادي"),
      ("LEADS", NAS, HEZ, "والأمين العام لحزب الله"),
      ("MET_WITH", AMA, NAS, "كان قد التقاه في بيروت", "2024-02-10"),
      ("VISITED", AMA, "location:beirut", "كان قد التقاه في بيروت", "2024-02-10"),
      ],
     {"source": "blind set (SANA-style Arabic)", "published": "2024-04-08"}),

    ("enET3_mezzeh_strike_omidzadeh", "en",
     "DAMASCUS, Jan 20 (Reuters) - Five members of Iran's Revolutionary Guards were killed on Saturday "
     "when a four-storey building in Damascus's Mezzeh district was flattened in an air strike, Iranian "
     "state media said.\n"
     "The Guards named one of the dead as Sadegh Omidzadeh, whom they described as the Quds Force's "
     "head of intelligence in Syria. His deputy was also killed, an Iranian source said.\n"
     "Foreign ministry spokesman Nasser Kanaani accused Israel of the attack and said Tehran reserved the "
     "right to respond; Guards spokesman Ramezan Sharif said the \"Zionist regime\" would not escape "
     "punishment. Israel's military said it does not comment on foreign reports.\n"
     "The strike came less than a month after Razi Mousavi, a senior adviser, was killed in the "
     "Sayyida Zeinab area in what Iran also called an Israeli attack.\n"
     "Syrian Foreign Minister Faisal Mekdad and Iranian Ambassador Hossein Akbari inspected the site "
     "together in the evening, a Reuters witness said. Mekdad later condemned the attack in a phone call "
     "with Iran's Foreign Minister Hossein Amirabdollahian.",
     [("LOCATED_IN", MEZ, DAM, "in Damascus's Mezzeh district"),
      ("MEMBER_OF", OMID, QF, "the Quds Force's head of intelligence"),
      ("MEMBER_OF", KAN, IFM, "Foreign ministry spokesman Nasser"),
      ("MEMBER_OF", SHARIF, IRGC, "Guards spokesman Ramezan Sharif"),
      ("LOCATED_IN", SZ, DAM, "less than a month after Razi"),
      ("MET_WITH", MEK, AKB, "inspected the site", "2024-01-20"),
      ("LEADS", MEK, SFM, "Syrian Foreign Minister Faisal Mekdad and"),
      ("LEADS", AMA, IFM, "Iran's Foreign Minister Hossein"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-01-20"}),

    ("arET4_araqchi_damascus_after_nasrallah", "ar",
     "دمشق - «الوطن»\n"
     "بحث الرئيس بشار الأسد مع وزير الخارجية الإيراني عباس عراقجي، الذي وصل إلى دمشق أمس قادماً من "
     "بيروت، التصعيد الإسرائيلي في لبنان والمنطقة، بحضور وزير الخارجية والمغتربين بسام صباغ.\n"
     "وعراقجي هو أول مسؤول إيراني رفيع يزور سوريا منذ استشهاد الأمين العام لحزب الله حسن نصر الله "
     "بغارة إسرائيلية على الضاحية الجنوبية لبيروت في السابع والعشرين من أيلول الماضي. وكان عراقجي قد "
     "تسلّم حقيبة الخارجية في آب خلفاً لعلي باقري كني الذي شغلها بالوكالة.\n"
     "وفي الأثناء، شن الطيران الحربي الإسرائيلي عدواناً على بناء سكني في حي المزة بدمشق، ما أدى إلى "
     "ارتقاء ثلاثة مدنيين، بحسب مصدر عسكري.\n"
     "ويتولى نائب الأمين العام للحزب الشيخ نعيم قاسم إدارة شؤونه في المرحلة الحالية، فيما تتحدث "
     "وسائل إعلام لبنانية عن رئيس المجلس التنفيذي هاشم صفي الدين مرشحاً لخلافة نصر الله.\n"
     "وأجرى الأسد في وقت سابق اتصالاً هاتفياً بالرئيس الإيراني مسعود بزشكيان.",
     [("MET_WITH", ASSAD, ARA, "بحث الرئيس بشار الأسد مع", "2024-10-05"),
      ("LEADS", ASSAD, SYRIA, "بحث الرئيس بشار"),
      ("LEADS", ARA, IFM, "وزير الخارجية الإيراني عباس"),
      ("VISITED", ARA, DAM, "الذي وصل إلى دمشق", "2024-10-05"),
      ("VISITED", ARA, "location:beirut", "الذي وصل إلى دمشق", "2024-10-04"),
      ("MET_WITH", ARA, SAB, "بحضور وزير الخارجية", "2024-10-05"),
      ("MET_WITH", ASSAD, SAB, "بحضور وزير الخارجية", "2024-10-05"),
      ("LEADS", SAB, SFM, "بحضور وزير الخارجية والمغتربين"),
      ("LEADS", NAS, HEZ, "الأمين العام لحزب الله حسن"),
      ("ASSASSINATED_BY", NAS, ISRAEL, "بغارة إسرائيلية على الضاحية", "2024-09-27"),
      ("SUCCESSOR_OF", ARA, BAGH, "خلفاً لعلي باقري كني", "2024-08"),
      ("ATTACKED", ISRAEL, MEZ, "عدواناً على بناء سكني", "2024-10"),
      ("LOCATED_IN", MEZ, DAM, "في حي المزة بدمشق"),
      ("MEMBER_OF", QASSEM, HEZ, "نائب الأمين العام للحزب"),
      ("LEADS", SAFI, "organization:hezbollah-executive-council", "رئيس المجلس التنفيذي"),
      ("LEADS", "person:masoud-pezeshkian", IRAN, "بالرئيس الإيراني مسعود"),
      ],
     {"source": "blind set (Al-Watan-style Arabic)", "published": "2024-10-06"}),

    ("enET5_fallahzadeh_quds_deputy", "en",
     "TEHRAN (AFP) - Iran's supreme leader Ayatollah Ali Khamenei has appointed Brigadier General "
     "Mohammad Reza Fallahzadeh as deputy commander of the Revolutionary Guards' foreign operations arm, "
     "the Quds Force, state media said on Tuesday.\n"
     "Fallahzadeh replaces Mohammad Hejazi, who died on Saturday of what the Guards described as heart "
     "complications linked to chemical weapons exposure during the 1980-88 war with Iraq.\n"
     "He will serve under Quds Force chief Esmail Qaani, whose network in Syria was hit hard on April 1 "
     "when a strike on the consular annex of Iran's embassy in Damascus killed seven Guards members, "
     "among them Generals Mohammad Reza Zahidi and Mohammad Hadi Haji Rahimi.\n"
     "Tehran blamed Israel for that strike and on Saturday night launched more than 300 drones and "
     "missiles at Israeli territory. Israel has neither confirmed nor denied carrying out the Damascus "
     "attack.\n"
     "No successor to Zahidi as commander for Syria and Lebanon has been announced. Guards commander "
     "Hossein Salami met the families of the Damascus victims in Isfahan last week, the Tasnim news "
     "agency reported.",
     [("SUCCESSOR_OF", FAL, HEJ, "Fallahzadeh replaces Mohammad Hejazi", "2024-04-16"),
      ("MEMBER_OF", FAL, QF, "as deputy commander of the Revolutionary Guards' foreign"),
      ("LEADS", KHAM, IRAN, "supreme leader Ayatollah Ali Khamenei"),
      ("PART_OF", QF, IRGC, "the Revolutionary Guards' foreign operations arm"),
      ("LEADS", QAANI, QF, "Quds Force chief Esmail Qaani"),
      ("LOCATED_IN", CONS, DAM, "consular annex of Iran's embassy in Damascus"),
      ("ATTACKED", IRAN, ISRAEL, "launched more than 300 drones", "2024-04-13"),
      ("LEADS", "person:hossein-salami", IRGC, "Guards commander"),
      ("VISITED", "person:hossein-salami", "location:isfahan", "met the families of the Damascus"),
      ("REPORTED_BY", "person:hossein-salami", "outlet:tasnim", "the Tasnim news"),
      ],
     {"source": "blind set (AFP-style)", "published": "2024-04-16"}),

    ("arET6_larijani_damascus_qassem", "ar",
     "عنب بلدي - دمشق\n"
     "التقى رئيس النظام السوري، بشار الأسد، كبير مستشاري المرشد الإيراني علي لاريجاني في دمشق، "
     "الخميس 14 من تشرين الثاني، وسلّمه لاريجاني رسالة من علي خامنئي لم يُكشف مضمونها.\n"
     "وانتقل المسؤول الإيراني بعدها إلى بيروت، حيث استقبله رئيس مجلس النواب اللبناني نبيه بري.\n"
     "وتأتي الزيارة بعد أسبوعين من انتخاب مجلس شورى "
     "\"حزب الله\" نعيم قاسم أميناً عاماً للحزب خلفاً لحسن نصر الله، الذي قتلته إسرائيل في أيلول.\n"
     "وبالتزامن مع الزيارة، استهدفت غارات إسرائيلية مبنيين في حي المزة وبلدة قدسيا بريف دمشق، وقال "
     "الجيش الإسرائيلي إنها طالت مقار لـ\"الجهاد الإسلامي\". وقُتل في الغارة على المزة قيادي في "
     "الحزب لم تُعرف الجهة التي رصدته، بحسب مصادر محلية لعنب بلدي.\n"
     "ونفى لاريجاني، في تصريح لقناة \"الميادين\"، أن تكون طهران قد طلبت نقل مستشاريها إلى خارج سوريا.",
     [("MET_WITH", ASSAD, LAR, "التقى رئيس النظام السوري", "2024-11-14"),
      ("LEADS", ASSAD, SYRIA, "التقى رئيس النظام السوري"),
      ("VISITED", LAR, DAM, "علي لاريجاني في دمشق", "2024-11-14"),
      ("LEADS", KHAM, IRAN, "كبير مستشاري المرشد"),
      ("VISITED", LAR, "location:beirut", "وانتقل المسؤول الإيراني بعدها", "2024-11-15"),
      ("MET_WITH", BERRI, LAR, "حيث استقبله رئيس", "2024-11-15"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "رئيس مجلس النواب اللبناني"),
      ("SUCCESSOR_OF", QASSEM, NAS, "أميناً عاماً للحزب خلفاً", "2024-10-29"),
      ("LEADS", QASSEM, HEZ, "أميناً عاماً للحزب خلفاً"),
      ("ASSASSINATED_BY", NAS, ISRAEL, "الذي قتلته إسرائيل", "2024-09-27"),
      ("ATTACKED", ISRAEL, MEZ, "استهدفت غارات إسرائيلية", "2024-11-14"),
      ("ATTACKED", ISRAEL, "organization:palestinian-islamic-jihad", "طالت مقار لـ", "2024-11-14"),
      ("REPORTED_BY", LAR, "outlet:al-mayadeen", "في تصريح لقناة"),
      ],
     {"source": "blind set (Enab Baladi-style Arabic)", "published": "2024-11-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setET")
