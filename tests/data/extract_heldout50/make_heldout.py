"""Blind set BN: the PMF's leadership 2023-2024. Al-Sudani at the PMF parade in Diyala,
al-Fayyadh receives the new Nineveh governor, Abu Fadak on the Syrian border after Assad's fall,
al-Fayyadh in Erbil, al-Kaabi receives the Iranian ambassador after Abu Taqwa's killing,
al-Fayyadh in Tehran with Bagheri.
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setBN/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout50/make_heldout.py
"""

# ruff: noqa: F405  (the entity ids come from blind_common_bp)
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_common_bp import *  # noqa: E402,F401,F403

HERE = Path(__file__).parent

ARTICLES = [
    ("enBN1_pmf_parade_diyala", "en",
     "JALAWLA, Iraq, June 26 (Reuters) - Prime Minister Mohammed Shiaa al-Sudani reviewed a "
     "parade of the Popular Mobilisation Forces at a camp in Diyala province on Monday, where he "
     "met PMF chairman Faleh al-Fayadh and the force's chief of staff, Abu Fadak al-Mohammadawi. "
     "Abu Fadak was named to the post in 2020 to replace Abu Mahdi al-Mohandes, who was killed "
     "alongside Iranian general Kasem Soleimani in a U.S. drone strike ordered by then-President "
     "Donald Trump. \u201cThe Hashd is an institution of the state and answers to it,\u201d Sudani "
     "told the troops. Diyala Governor Muthanna al-Tamimi, a member of the Badr Organisation, "
     "held talks with Sudani on the sidelines, his office said. The parade marked nine years "
     "since Grand Ayatollah Ali al-Sistani's call to arms against Islamic State. Kataib "
     "Hezbollah's leader Ahmad al-Hamidawi did not attend, PMF media director Mohannad al-Aqabi "
     "told Reuters.",
     [("MET_WITH", SUD, FAY, "where he met PMF chairman", "2023-06-26"),
      ("LEADS", FAY, PMF, "met PMF chairman Faleh"),
      ("MET_WITH", SUD, FADAK, "where he met PMF chairman", "2023-06-26"),
      ("MEMBER_OF", FADAK, PMF, "the force's chief of staff"),
      ("SUCCESSOR_OF", FADAK, M, "to replace Abu Mahdi", "2020"),
      ("MEMBER_OF", M, PMF, "was named to the post in 2020"),
      ("ASSASSINATED_BY", M, US, "in a U.S. drone strike ordered", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "in a U.S. drone strike ordered", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "ordered by then-President", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "ordered by then-President", "2020-01-03"),
      ("LEADS", "person:muthanna-al-tamimi", "location:diyala", "Diyala Governor Muthanna"),
      ("MEMBER_OF", "person:muthanna-al-tamimi", BADR, "a member of the Badr"),
      ("MET_WITH", "person:muthanna-al-tamimi", SUD, "held talks with Sudani", "2023-06-26"),
      ("LEADS", "person:ahmad-al-hamidawi", KH, "Hezbollah's leader Ahmad"),
      ("MEMBER_OF", "person:mohannad-al-aqabi", PMF, "PMF media director"),
      ("REPORTED_BY", "person:mohannad-al-aqabi", "outlet:reuters", "told Reuters"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2023-06-26"}),

    ("arBN2_fayyadh_nineveh_governor", "ar",
     "بغداد/ شفق نيوز- استقبل رئيس هيئة الحشد الشعبي فالح الفياض، يوم الأحد، محافظَ نينوى الجديد "
     "عبد القادر الدخيل، الذي انتخبه مجلس المحافظة الشهر الماضي خلفاً لنجم الجبوري، بحسب بيان "
     "لإعلام الحشد تلقته شفق نيوز. وبحث الجانبان ملف انتشار ألوية الحشد في سهل نينوى وعودة "
     "النازحين إلى سنجار، ونقل البيان عن الفياض قوله إن «الحشد سيبقى سنداً للحكومة المحلية في "
     "الموصل». وحضر اللقاء قائد عمليات نينوى في الحشد، فيما كان الدخيل قد التقى في وقت سابق "
     "رئيسَ أركان الهيئة عبد العزيز المحمداوي (أبو فدك) في مقر قيادة العمليات. "
     "ويُذكر أن الجبوري، وهو ضابط سابق في الجيش، تولى المحافظة عام 2019 بعد أشهر من إقالة "
     "نوفل العاكوب إثر كارثة العبّارة، قبل أن تستبعده هيئة المساءلة والعدالة من السباق "
     "الانتخابي الأخير.",
     [("LEADS", FAY, PMF, "استقبل رئيس هيئة"),
      ("MET_WITH", FAY, "person:abdul-qadir-al-dakhil", "استقبل رئيس هيئة", "2024-03"),
      ("LEADS", "person:abdul-qadir-al-dakhil", "location:nineveh", "محافظَ نينوى الجديد"),
      ("SUCCESSOR_OF", "person:abdul-qadir-al-dakhil", "person:najm-al-jubouri", "خلفاً لنجم"),
      ("LEADS", "person:najm-al-jubouri", "location:nineveh", "تولى المحافظة عام 2019"),
      ("REPORTED_BY", PMF, "outlet:shafaq-news", "تلقته شفق نيوز"),
      ("MET_WITH", "person:abdul-qadir-al-dakhil", FADAK, "قد التقى في وقت سابق"),
      ("MEMBER_OF", FADAK, PMF, "رئيسَ أركان الهيئة"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2024-03"}),

    ("arBN3_abu_fadak_syrian_border", "ar",
     "بغداد ــ العربي الجديد\n"
     "تفقّد رئيس أركان هيئة الحشد الشعبي عبد العزيز المحمداوي، المعروف بـ«أبو فدك»، أمس "
     "الأربعاء، قطعات الحشد المنتشرة على الشريط الحدودي مع سورية، والتقى في قضاء القائم بمحافظة "
     "الأنبار قائدَ عمليات الأنبار في الجيش العراقي اللواء الركن ناصر الغنام، وقائد عمليات "
     "الأنبار للحشد قاسم مصلح، وفق بيان للهيئة. وتأتي الجولة بعد أيام من سقوط نظام بشار الأسد "
     "ودخول فصائل المعارضة إلى دمشق. ويشغل المحمداوي، القيادي السابق في كتائب حزب الله، منصبه "
     "منذ عام 2020، حين اختير خلفاً لأبي مهدي المهندس، الذي اغتالته طائرة أميركية مسيّرة قرب "
     "مطار بغداد مع قائد فيلق القدس قاسم سليماني. وقال مصدر أمني لـ«العربي الجديد» إن أبو فدك "
     "«لم يلتقِ أي مسؤول سوري»، مؤكداً أن مهمة القوات «دفاعية بحتة».",
     [("MEMBER_OF", FADAK, PMF, "تفقّد رئيس أركان"),
      ("VISITED", FADAK, "location:al-qaim", "والتقى في قضاء القائم", "2024-12-11"),
      ("LOCATED_IN", "location:al-qaim", "location:anbar", "قضاء القائم بمحافظة"),
      ("MET_WITH", FADAK, "person:nasser-al-ghannam", "والتقى في قضاء القائم", "2024-12-11"),
      ("MEMBER_OF", "person:nasser-al-ghannam", "organization:iraqi-army",
       "في الجيش العراقي اللواء"),
      ("MET_WITH", FADAK, "person:qasim-muslih", "والتقى في قضاء القائم", "2024-12-11"),
      ("MEMBER_OF", "person:qasim-muslih", PMF, "الأنبار للحشد قاسم"),
      ("MEMBER_OF", FADAK, KH, "القيادي السابق في كتائب"),
      ("SUCCESSOR_OF", FADAK, M, "خلفاً لأبي مهدي", "2020"),
      ("ASSASSINATED_BY", M, US, "اغتالته طائرة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "اغتالته طائرة أميركية", "2020-01-03"),
      ("LEADS", S, QF, "مع قائد فيلق القدس"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2024-12-12"}),

    ("enBN4_fayyadh_in_erbil", "en",
     "Faleh Al Fayyadh, the chairman of Iraq's Popular Mobilisation Forces, held talks in Erbil "
     "on Tuesday with Kurdistan Region Prime Minister Masrour Barzani on security in the "
     "territories disputed between Baghdad and the Kurdish region, Mr Barzani's office said. It "
     "was a rare trip to the Kurdish capital for Mr Al Fayyadh, who was also Iraq's national "
     "security adviser until 2020, when Qassim Al Araji replaced him. Erbil Governor Omed "
     "Khoshnaw received the PMF delegation at the airport, a provincial statement said. The two "
     "sides agreed to activate joint brigades of the army and Peshmerga to close gaps exploited by "
     "ISIS. Mr Al Fayyadh, under US sanctions since 2021, was expected to meet KDP leader Masoud "
     "Barzani on Wednesday, though no meeting had been confirmed. Some Kurdish politicians still "
     "hold PMF factions responsible for the 2022 rocket attacks on Erbil.",
     [("LEADS", FAY, PMF, "the chairman of Iraq's Popular"),
      ("MET_WITH", FAY, MASR, "held talks in Erbil", "2023"),
      ("VISITED", FAY, ERB, "held talks in Erbil", "2023"),
      ("LEADS", MASR, KRG, "Kurdistan Region Prime Minister Masrour"),
      ("SUCCESSOR_OF", ARAJI, FAY, "Qassim Al Araji replaced him", "2020"),
      ("LEADS", "person:omed-khoshnaw", ERB, "Erbil Governor Omed"),
      ("MET_WITH", "person:omed-khoshnaw", FAY, "received the PMF delegation", "2023"),
      ("LEADS", "person:masoud-barzani", "organization:kurdistan-democratic-party",
       "KDP leader Masoud"),
      ],
     {"source": "blind set (The National-style)", "published": "2023"}),

    ("arBN5_kaabi_receives_ambassador", "ar",
     "بغداد - الميادين\n"
     "استقبل الأمين العام لحركة النجباء الشيخ أكرم الكعبي، اليوم السبت، في بغداد سفيرَ الجمهورية "
     "الإسلامية في العراق محمد كاظم آل صادق، الذي قدّم التعازي باستشهاد القيادي في الحركة ومعاون "
     "قائد عمليات حزام بغداد في الحشد الشعبي الحاج مشتاق طالب السعيدي «أبو تقوى». وكان أبو تقوى "
     "قد ارتقى يوم الخميس بضربة نفّذتها طائرة مسيّرة أميركية استهدفت مقر اللواء 12 في شارع "
     "فلسطين، وأقرّ البنتاغون بأن القوات الأميركية نفّذت الضربة «دفاعاً عن النفس». وأكد الكعبي "
     "أن «دماء الشهداء لن تذهب هدراً». من جهته، كتب مساعد رئيس مكتب الرئيس الإيراني للشؤون "
     "السياسية محمد جمشيدي أن «على القوات الأميركية أن تغادر العراق». وحمّلت الحكومة العراقية "
     "التحالف الدولي مسؤولية الهجوم، معتبرة إياه «اعتداءً على السيادة».",
     [("LEADS", "person:akram-al-kaabi", NUJ, "الأمين العام لحركة النجباء"),
      ("MET_WITH", "person:akram-al-kaabi", SADEGH, "استقبل الأمين العام", "2024-01-06"),
      ("MEMBER_OF", ABT, NUJ, "القيادي في الحركة"),
      ("MEMBER_OF", ABT, PMF, "حزام بغداد في الحشد"),
      ("ASSASSINATED_BY", ABT, US, "بضربة نفّذتها طائرة مسيّرة أميركية", "2024-01-04"),
      ("ASSASSINATED_BY", ABT, USAF, "بأن القوات الأميركية نفّذت", "2024-01-04"),
      ("MEMBER_OF", "person:mohammad-jamshidi", "organization:iranian-presidential-office",
       "مساعد رئيس مكتب الرئيس"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2024-01-06"}),

    ("enBN6_fayyaz_bagheri_tehran", "en",
     "TEHRAN (Tasnim) \u2013 Chairman of Iraq's Popular Mobilization Units (PMU) Falih al-Fayyaz "
     "met with Chief of Staff of the Iranian Armed Forces Major General Mohammad Baqeri on "
     "Sunday. During the meeting, General Baqeri described the PMU as \u201cthe legacy of martyrs "
     "Hajj Qassem Soleimani and Abu Mahdi al-Muhandis\u201d, who were assassinated by the "
     "terrorist US army near Baghdad airport in January 2020. Fayyaz, who arrived in the Iranian "
     "capital at the head of a military delegation on Saturday, also held talks with Deputy "
     "Interior Minister for Security Affairs Majid Mirahmadi on arrangements for the Arbaeen "
     "pilgrimage. The PMU's Chief of Staff Abdul Aziz al-Mohammadawi, known as Abu Fadak, "
     "accompanied him on the trip. The Iraqi official had been scheduled to meet Quds Force "
     "Commander Brigadier General Esmaeil Qa'ani, but the meeting was postponed, informed "
     "sources said.",
     [("LEADS", FAY, PMF, "Chairman of Iraq's Popular"),
      ("MET_WITH", FAY, "person:mohammad-bagheri", "met with Chief of Staff", "2023-07"),
      ("LEADS", "person:mohammad-bagheri", "organization:iranian-armed-forces-general-staff",
       "Chief of Staff of the Iranian Armed"),
      ("ASSASSINATED_BY", S, USAF, "assassinated by the terrorist US army", "2020-01-03"),
      ("ASSASSINATED_BY", M, USAF, "assassinated by the terrorist US army", "2020-01-03"),
      ("VISITED", FAY, "country:iran", "arrived in the Iranian capital", "2023-07"),
      ("MET_WITH", FAY, "person:majid-mirahmadi", "also held talks with Deputy", "2023-07"),
      ("MEMBER_OF", FADAK, PMF, "The PMU's Chief of Staff"),
      ("VISITED", FADAK, "country:iran", "accompanied him on the trip", "2023-07"),
      ("LEADS", Q, QF, "Quds Force Commander Brigadier"),
      ],
     {"source": "blind set (Tasnim English-style)", "published": "2023-07"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBN")
