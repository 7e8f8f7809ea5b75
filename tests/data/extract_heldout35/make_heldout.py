"""Blind set AJ: Esmail Qaani and the Iraqi factions told by different outlets (the
post-Tower 22 airport meeting, Qaani and the Framework before al-Sudani's government, a
Tehran denial after Haniyeh's killing, Qaani after the fall of Assad, an analysis of
Qaani's standing, Qaani's Gaza-war visits).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAJ/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout35/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AL")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M, SUD = "person:abu-mahdi-al-muhandis", "person:mohammed-shia-al-sudani"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, T = "organization:popular-mobilization-forces", "person:donald-trump"
KH, AAH = "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq"
FAY, AMIRI = "person:falih-al-fayyadh", "person:hadi-al-amiri"
BGD, IRAN = "location:baghdad", "country:iran"
MAL, SOL = "person:nouri-al-maliki", "organization:state-of-law-coalition"

ARTICLES = [
    ("enAJ1_qaani_airport_after_tower22", "en",
     "BAGHDAD, Feb 18 (Reuters) - Esmaeil Qa'ani, the commander of Iran's Quds Force, met "
     "representatives of several Iraqi armed groups, including Kataib Hezbollah, at Baghdad "
     "airport on Jan. 29, a day after a drone attack killed three U.S. soldiers at the Tower 22 "
     "outpost in Jordan, five sources familiar with the matter said. He urged them to halt "
     "attacks on U.S. forces. Kataib Hezbollah, which Washington blamed for the Jordan attack, "
     "announced the following day that it was suspending military operations. John Kirby, the "
     "White House national security spokesman, said Washington did not seek a war with Iran. "
     "Qa'ani succeeded Qassem Soleimani, who was killed in a 2020 U.S. drone strike ordered by "
     "then-U.S. President Donald Trump. He did not meet Prime Minister Mohammed Shia al-Sudani "
     "on that trip, two of the sources said.",
     [("LEADS", Q, QF, "the commander of Iran's Quds Force"),
      ("MET_WITH", Q, KH, "including Kataib Hezbollah, at Baghdad", "2024-01-29"),
      ("VISITED", Q, "location:baghdad-international-airport", "at Baghdad airport on Jan", "2024-01-29"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "outpost in Jordan"),
      ("MEMBER_OF", "person:john-kirby", "organization:white-house", "White House national security spokesman"),
      ("SUCCESSOR_OF", Q, S, "Qa'ani succeeded Qassem"),
      ("ASSASSINATED_BY", S, US, "2020 U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "ordered by then-U.S.", "2020-01-03"),
      ("LEADS", T, US, "then-U.S. President Donald Trump")],
     {"title": "Exclusive: Iran's Quds Force chief urged Iraqi militias to halt attacks",
      "source": "Reuters", "published": "2024-02-18"}),

    ("arAJ2_qaani_framework_before_sudani", "ar",
     "بغداد/ شفق نيوز- كشف مصدر سياسي مطلع، يوم الأحد، أن قائد فيلق القدس في الحرس الثوري "
     "الإيراني اسماعيل قآني وصل إلى بغداد في زيارة غير معلنة، والتقى عدداً من قادة الإطار "
     "التنسيقي. وقال المصدر لوكالة شفق نيوز إن قآني اجتمع بزعيم ائتلاف دولة القانون نوري "
     "المالكي في منزله، ثم التقى رئيس تيار الحكمة عمار الحكيم، وبحث معهما مسار تشكيل الحكومة "
     "الجديدة برئاسة المرشح محمد شياع السوداني. من جهته قال القيادي في تيار الحكمة فادي "
     "الشمري لشفق نيوز إن «الزيارة تأتي في إطار التشاور المعتاد بين الحلفاء»، نافياً أن يكون "
     "الضيف الإيراني قد حمل «أي إملاءات». ولم يلتقِ قآني، خليفة الجنرال قاسم سليماني الذي "
     "اغتالته الولايات المتحدة قرب مطار بغداد مطلع 2020، بزعيم التيار الصدري مقتدى الصدر.",
     [("LEADS", Q, QF, "قائد فيلق القدس"),
      ("PART_OF", QF, IRGC, "فيلق القدس في الحرس الثوري"),
      ("VISITED", Q, BGD, "وصل إلى بغداد", "2022-10-09"),
      ("MET_WITH", Q, "organization:coordination-framework", "والتقى عدداً من قادة الإطار", "2022-10-09"),
      ("MET_WITH", Q, MAL, "اجتمع بزعيم ائتلاف", "2022-10-09"),
      ("LEADS", MAL, SOL, "بزعيم ائتلاف دولة القانون"),
      ("MET_WITH", Q, "person:ammar-al-hakim", "ثم التقى رئيس تيار", "2022-10-09"),
      ("LEADS", "person:ammar-al-hakim", "organization:hikma-movement", "رئيس تيار الحكمة عمار"),
      ("MEMBER_OF", "person:fadi-al-shammari", "organization:hikma-movement", "القيادي في تيار الحكمة فادي"),
      ("REPORTED_BY", "person:fadi-al-shammari", "outlet:shafaq-news", "الشمري لشفق نيوز"),
      ("SUCCESSOR_OF", Q, S, "خليفة الجنرال"),
      ("ASSASSINATED_BY", S, US, "اغتالته الولايات المتحدة", "2020-01-03"),
      ("LEADS", "person:muqtada-al-sadr", "organization:sadrist-movement", "بزعيم التيار الصدري")],
     {"title": "قآني في بغداد بزيارة غير معلنة", "source": "Shafaq News", "published": "2022-10-09"}),

    ("enAJ3_tasnim_denial_after_haniyeh", "en",
     "TEHRAN (Tasnim) – Iran's Foreign Ministry spokesman Nasser Kanaani on Monday rejected as "
     "\"baseless\" Western media reports claiming that Major General Esmail Qaani had travelled "
     "to Baghdad to coordinate a response by Iraqi resistance groups to the assassination of "
     "Hamas political chief Ismail Haniyeh. \"No such meeting took place,\" Kanaani told "
     "reporters in Tehran. Haniyeh was martyred in an attack by the Zionist regime on his "
     "residence in Tehran on July 31, hours after he had attended the inauguration of President "
     "Masoud Pezeshkian. Qaani, who took the helm of the IRGC Quds Force after the US "
     "assassination of Lieutenant General Qassem Soleimani in January 2020, met senior Hamas "
     "official Khalil al-Hayya in Tehran last week to offer condolences, according to the Quds "
     "Force's public relations office.",
     [("MEMBER_OF", "person:nasser-kanaani", "organization:iranian-foreign-ministry", "Foreign Ministry spokesman Nasser"),
      ("LEADS", "person:ismail-haniyeh", "organization:hamas", "Hamas political chief Ismail"),
      ("ASSASSINATED_BY", "person:ismail-haniyeh", "country:israel", "an attack by the Zionist regime", "2024-07-31"),
      ("VISITED", "person:ismail-haniyeh", IRAN, "residence in Tehran"),
      ("LEADS", Q, QF, "took the helm of the IRGC Quds Force"),
      ("PART_OF", QF, IRGC, "the IRGC Quds Force after"),
      ("SUCCESSOR_OF", Q, S, "who took the helm"),
      ("ASSASSINATED_BY", S, US, "the US assassination", "2020-01-03"),
      ("MET_WITH", Q, "person:khalil-al-hayya", "met senior Hamas official"),
      ("MEMBER_OF", "person:khalil-al-hayya", "organization:hamas", "senior Hamas official Khalil"),
      ("VISITED", "person:khalil-al-hayya", IRAN, "al-Hayya in Tehran last week")],
     {"title": "Spokesman dismisses reports on Qaani's Baghdad trip as baseless",
      "source": "Tasnim News Agency", "published": "2024-08-12"}),

    ("arAJ4_qaani_after_assad_fall", "ar",
     "بغداد اليوم – بغداد\n"
     "أفادت مصادر مطّلعة، اليوم الثلاثاء، بأن قائد قوة القدس الايرانية إسماعيل قاآني عقد خلال "
     "زيارته الى بغداد سلسلة لقاءات مع قادة فصائل المقاومة، بعد أيام من سقوط نظام الرئيس "
     "السوري بشار الأسد. وبحسب المصادر، فإن قاآني التقى الأمينَ العام لحركة النجباء أكرم "
     "الكعبي ورئيسَ هيئة الحشد الشعبي فالح الفياض، وطلب منهما «ضبط الإيقاع» وعدم الانجرار إلى "
     "الساحة السورية. كما استقبله رئيس الوزراء محمد شياع السوداني بحضور مستشاره للعلاقات "
     "الخارجية فرهاد علاء الدين. وكان قاآني قد تسلّم قيادة القوة بعد اغتيال سلفه الشهيد قاسم "
     "سليماني ونائب رئيس الهيئة أبي مهدي المهندس بغارة أمريكية أمر بها الرئيس الأمريكي آنذاك "
     "دونالد ترامب. في المقابل، نفى النائب عن كتلة صادقون علي تركي الجمالي علمه بأي لقاء بين "
     "قاآني وقادة العصائب.",
     [("LEADS", Q, QF, "قائد قوة القدس"),
      ("VISITED", Q, BGD, "زيارته الى بغداد", "2024-12-10"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "الرئيس السوري بشار"),
      ("MET_WITH", Q, "person:akram-al-kaabi", "التقى الأمينَ العام", "2024-12-10"),
      ("LEADS", "person:akram-al-kaabi", "organization:harakat-al-nujaba", "الأمينَ العام لحركة النجباء"),
      ("MET_WITH", Q, FAY, "ورئيسَ هيئة الحشد", "2024-12-10"),
      ("LEADS", FAY, PMF, "رئيسَ هيئة الحشد الشعبي"),
      ("MET_WITH", Q, SUD, "كما استقبله رئيس الوزراء", "2024-12-10"),
      ("SUCCESSOR_OF", Q, S, "تسلّم قيادة القوة بعد اغتيال سلفه"),
      ("LEADS", S, QF, "بعد اغتيال سلفه الشهيد"),
      ("MEMBER_OF", M, PMF, "ونائب رئيس الهيئة"),
      ("ASSASSINATED_BY", S, US, "بغارة أمريكية", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "أبي مهدي المهندس بغارة", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "أمر بها الرئيس", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "المهندس بغارة أمريكية أمر بها", "2020-01-03"),
      ("LEADS", T, US, "الرئيس الأمريكي آنذاك"),
      ("MEMBER_OF", "person:ali-turki-al-jamali", "organization:sadiqoun-bloc", "النائب عن كتلة صادقون")],
     {"title": "مصادر: قاآني التقى الكعبي والفياض والسوداني في بغداد",
      "source": "Baghdad Today", "published": "2024-12-10"}),

    ("enAJ5_monitor_qaani_analysis", "en",
     "Nearly five years after a US drone strike at Baghdad airport killed Kasem Soleimani and Abu "
     "Mahdi Al-Mohandes, his successor at the helm of the Quds Force still struggles to command "
     "the same deference from Iraq's armed factions. Brig. Gen. Esmaeil Qa'ani, who spent two "
     "decades in Soleimani's shadow, speaks little Arabic and lacks personal ties to the faction "
     "leaders, Iraqi politicians say. \"Soleimani gave orders; Qa'ani negotiates,\" Ibrahim "
     "al-Sumaidaie, a former adviser to Iraqi Prime Minister Mostafa al-Kazemi, told "
     "Al-Monitor. Qa'ani has met Kazemi's successor, Mohammed Shia al-Sudani, several times in "
     "Baghdad, and in January hosted a delegation of Kataib Hezbollah commanders in Tehran, "
     "according to two Iraqi officials. Yet Kataib Hezbollah's security official Abu Ali "
     "al-Askari openly mocked Qa'ani's calls for restraint in 2022.",
     [("ASSASSINATED_BY", S, US, "a US drone strike at Baghdad airport killed", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "killed Kasem Soleimani and Abu", "2020-01-03"),
      ("SUCCESSOR_OF", Q, S, "his successor at the helm"),
      ("LEADS", S, QF, "at the helm of the Quds Force"),
      ("LEADS", Q, QF, "Brig. Gen. Esmaeil Qa'ani, who spent"),
      ("LEADS", K, "country:iraq", "Iraqi Prime Minister Mostafa"),
      ("REPORTED_BY", "person:ibrahim-al-sumaidaie", "outlet:al-monitor", "al-Kazemi, told"),
      ("MET_WITH", Q, SUD, "Qa'ani has met Kazemi's successor"),
      ("SUCCESSOR_OF", SUD, K, "Kazemi's successor, Mohammed"),
      ("VISITED", Q, BGD, "several times in"),
      ("MET_WITH", Q, KH, "hosted a delegation of Kataib"),
      ("MEMBER_OF", "person:abu-ali-al-askari", KH, "Kataib Hezbollah's security official")],
     {"title": "Five years on, Qaani struggles to fill Soleimani's shoes in Iraq",
      "source": "Al-Monitor", "published": "2024-12-30"}),

    ("arAJ6_asharq_qaani_gaza_war", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "قالت مصادر سياسية عراقية لـ«الشرق الأوسط» إن قائد «فيلق القدس» إسماعيل قاآني زار بغداد "
     "مرتين منذ اندلاع الحرب في غزة، واجتمع بقادة الفصائل المسلحة، وفي مقدمهم زعيمُ «عصائب أهل "
     "الحق» قيس الخزعلي وزعيمُ «منظمة بدر» هادي العامري. وحسب المصادر، فإن قاآني أبلغ محدّثيه "
     "أن طهران «لا تريد توسيع الحرب»، لكنه لم يعترض على ضربات «المقاومة الإسلامية في العراق». "
     "وتبنّت هذه الجماعة، منذ 17 أكتوبر (تشرين الأول)، عشرات الهجمات على قاعدتي عين الأسد وحرير "
     "اللتين تستضيفان قوات أميركية. في المقابل، نفى النائب عن ائتلاف «دولة القانون» عارف "
     "الحمامي، في تصريح لـ«الشرق الأوسط»، أن يكون قاآني قد التقى رئيس الائتلاف نوري المالكي "
     "خلال الزيارتين. ويُعدّ قاآني، الذي خلف قاسم سليماني بعد مقتله بضربة أميركية في يناير "
     "2020، أقل حضوراً من سلفه في المشهد العراقي.",
     [("LEADS", Q, QF, "قائد «فيلق القدس»"),
      ("VISITED", Q, BGD, "زار بغداد"),
      ("MET_WITH", Q, "person:qais-al-khazali", "زعيمُ «عصائب"),
      ("LEADS", "person:qais-al-khazali", AAH, "أهل الحق» قيس"),
      ("MET_WITH", Q, AMIRI, "وزعيمُ «منظمة بدر»"),
      ("LEADS", AMIRI, "organization:badr-organization", "«منظمة بدر» هادي"),
      ("ATTACKED", "organization:islamic-resistance-in-iraq", "location:ain-al-asad-air-base", "قاعدتي عين الأسد"),
      ("ATTACKED", "organization:islamic-resistance-in-iraq", "location:harir-base", "عين الأسد وحرير"),
      ("LOCATED_IN", "organization:us-armed-forces", "location:ain-al-asad-air-base", "تستضيفان قوات أميركية"),
      ("LOCATED_IN", "organization:us-armed-forces", "location:harir-base", "تستضيفان قوات أميركية"),
      ("MEMBER_OF", "person:aref-al-hamami", SOL, "النائب عن ائتلاف «دولة القانون» عارف"),
      ("REPORTED_BY", "person:aref-al-hamami", "outlet:asharq-al-awsat", "في تصريح لـ«الشرق الأوسط»"),
      ("LEADS", MAL, SOL, "رئيس الائتلاف"),
      ("SUCCESSOR_OF", Q, S, "الذي خلف قاسم"),
      ("ASSASSINATED_BY", S, US, "بضربة أميركية", "2020-01-03")],
     {"title": "قاآني زار بغداد مرتين منذ حرب غزة", "source": "Asharq Al-Awsat",
      "published": "2023-12-05"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAJ")
