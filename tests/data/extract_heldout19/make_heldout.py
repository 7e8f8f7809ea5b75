"""Blind set J: Kurdistan: the IRGC strike that killed Peshraw Dizayee, the Peshmerga minister
and the coalition commander, the PUK leadership, the Iraq-Iran border security deal, the
coalition leaving K1, Masrour Barzani in Washington.
Written and annotated blind (extractor neither read nor run).
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout19/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA")

S, US, IRGC = "person:qasem-soleimani", "country:united-states", "organization:irgc"
KRG, KR = "organization:kurdistan-regional-government", "location:kurdistan-region"
PUK = "organization:patriotic-union-of-kurdistan"
COAL, MB = "organization:international-coalition", "person:masrour-barzani"

ARTICLES = [
    ("enJ1_dizayee_strike", "en",
     "ERBIL, Iraq, Jan 16 (Reuters) - Iran's Revolutionary Guards said on Tuesday they had "
     "struck an Israeli \u201cespionage headquarters\u201d in Iraq's Kurdistan region with "
     "ballistic missiles, an attack that killed prominent Kurdish businessman Peshraw Dizayee "
     "and several members of his family at their home. The Guards described the strikes as "
     "retaliation for the recent killing of Iranian commanders. Kurdistan Regional Government "
     "spokesman Peshawa Hawramani called the attack \u201ca crime against the Kurdish "
     "people\u201d. Baghdad recalled its ambassador from Tehran and summoned Iran's charge "
     "d'affaires. Iraqi national security adviser Qasim al-Aaraji, who led a fact-finding "
     "delegation to Erbil the following day, said investigators had found no evidence of an "
     "Israeli presence at the site. Washington condemned the strikes as \u201creckless\u201d.",
     [("ATTACKED", IRGC, KR, "an attack that killed", "2024-01-15"),
      ("ASSASSINATED_BY", "person:peshraw-dizayee", IRGC, "an attack that killed", "2024-01-15"),
      ("MEMBER_OF", "person:peshawa-hawramani", KRG, "spokesman Peshawa"),
      ("VISITED", "person:qassim-al-araji", "location:erbil", "fact-finding"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-01-16"}),

    ("arJ2_peshmerga_coalition", "ar",
     "روداو – أربيل\n"
     "استقبل وزير شؤون البيشمركة في حكومة إقليم كوردستان، شورش إسماعيل، اليوم الأحد في أربيل، "
     "قائد قوات التحالف الدولي لمحاربة داعش الجنرال الأميركي جويل فاويل والوفد المرافق له. "
     "وبحسب بيان لوزارة البيشمركة، ناقش الجانبان خطوات توحيد قوات البيشمركة ضمن ألوية مشتركة، "
     "إضافة إلى مخاطر الهجمات بالطائرات المسيّرة التي تستهدف مطار أربيل الدولي، حيث تتمركز قوات "
     "أميركية. وأكد فاويل أن قوات التحالف «ستواصل مهمتها الاستشارية»، وأن بلاده لا تعتزم سحب "
     "قواتها من الإقليم في الوقت الحالي. ولم تُعلن أي جهة مسؤوليتها عن آخر هجوم بطائرة مسيّرة "
     "استهدف المطار الشهر الماضي. ويُنتظر أن يزور الجنرال الأميركي السليمانية الأسبوع المقبل "
     "للقاء قيادات في الاتحاد الوطني الكوردستاني.",
     [("MET_WITH", "person:shoresh-ismail", "person:joel-vowell", "استقبل وزير شؤون"),
      ("MEMBER_OF", "person:shoresh-ismail", KRG, "استقبل وزير شؤون"),
      ("LEADS", "person:joel-vowell", COAL, "استقبل وزير شؤون"),
      ("VISITED", "person:joel-vowell", "location:erbil", "استقبل وزير شؤون"),
      ("LOCATED_IN", "organization:us-armed-forces", "location:erbil-airport", "حيث تتمركز"),
      ],
     {"source": "blind set (Rudaw-style)", "published": "2023-10"}),

    ("enJ3_puk_congress", "en",
     "SULAIMANIYAH \u2014 Bafel Talabany, the son of late Iraqi President Jalal Talabani, was "
     "confirmed as sole head of the Patriotic Union of Kurdistan on Saturday, months after he "
     "ousted his cousin and co-chair Lahur Sheikh Jangi in a bitter power struggle. Delegates at "
     "the party's fifth congress voted unanimously for Talabany, a PUK official told "
     "Al-Monitor. Sheikh Jangi, a former intelligence chief, did not attend and has called the "
     "congress illegitimate. Talabany's ascent has deepened the rift with the Kurdistan "
     "Democratic Party of Masoud Barzani, which dominates the Kurdistan Regional Government in "
     "Erbil. \u201cWe will not accept being a junior partner,\u201d Talabany told supporters. "
     "His brother Qubad Talabany remains deputy prime minister of the KRG.",
     [("LEADS", "person:bafel-talabani", PUK, "was confirmed as sole head"),
      ("LEADS", "person:jalal-talabani", "country:iraq", "was confirmed as sole head"),
      ("LEADS", "person:lahur-sheikh-jangi", PUK, "was confirmed as sole head"),
      ("LEADS", "person:masoud-barzani", "organization:kurdistan-democratic-party",
       "Democratic Party of Masoud"),
      ("LOCATED_IN", KRG, "location:erbil", "Democratic Party of Masoud"),
      ("MEMBER_OF", "person:qubad-talabani", KRG, "His brother"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2022-12"}),

    ("arJ4_border_security_deal", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "وقّع مستشار الأمن القومي العراقي قاسم الاعرجي ونظيره الإيراني علي شمخاني، في بغداد الأحد، "
     "اتفاقاً أمنياً يقضي بتشديد الإجراءات على الحدود المشتركة في إقليم كردستان، بحضور رئيس "
     "الوزراء محمد شياع السوداني. وكان شمخاني قد وصل إلى العاصمة العراقية صباحاً على رأس وفد "
     "رفيع، والتقى السوداني قبيل مراسم التوقيع. وتنص الاتفاقية على منع الجماعات الكردية الإيرانية "
     "المعارضة المتمركزة في الإقليم من شن هجمات عبر الحدود. وسبق للحرس الثوري أن قصف مراراً مواقع "
     "تلك الجماعات، وأعلن في بيان نقلته وكالة تسنيم مسؤوليته عن هجمات بطائرات مسيّرة استهدفت قرية "
     "زركويز قرب السليمانية في تشرين الثاني الماضي. ولم يُعلّق رئيس إقليم كردستان نيچيرفان "
     "بارزاني على الاتفاق حتى الآن.",
     [("VISITED", "person:ali-shamkhani", "location:baghdad", "وكان شمخاني قد وصل"),
      ("MET_WITH", "person:ali-shamkhani", "person:mohammed-shia-al-sudani", "وكان شمخاني قد وصل"),
      ("ATTACKED", IRGC, "location:zrgwez", "بيان نقلته", "2022-11"),
      ("REPORTED_BY", IRGC, "outlet:tasnim", "بيان نقلته"),
      ("LEADS", "person:nechirvan-barzani", KR, "ولم يُعلّق"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2023-03-20"}),

    ("enJ5_coalition_leaves_k1", "en",
     "BAGHDAD (AFP) \u2013 The US-led coalition fighting the Islamic State group handed over "
     "the K1 air base in the northern province of Kirkuk to Iraqi forces on Sunday, the third "
     "such transfer this month. \u201cThe coalition withdrew from K1 after completing its "
     "mission there,\u201d coalition spokesman Colonel Myles Caggins wrote on Twitter. A rocket "
     "attack on K1 in December killed a US contractor, setting off a spiral of tit-for-tat "
     "violence that culminated in the US strike that killed Iranian general Kassem Soleimani. "
     "Earlier in March, the coalition pulled out of Al-Qaim near the Syrian border and of the "
     "Qayyarah airfield south of Mosul. Iraqi lawmakers voted in January to expel all foreign "
     "troops, a non-binding resolution Washington has ignored. Kataib Hezbollah has threatened "
     "to resume attacks on US forces \u201cif they do not leave\u201d.",
     [("LOCATED_IN", "location:k1-air-base", "location:kirkuk", "in the northern province"),
      ("WITHDREW_FROM", COAL, "location:k1-air-base", "withdrew from K1", "2020-03-29"),
      ("MEMBER_OF", "person:myles-caggins", COAL, "withdrew from K1"),
      ("ASSASSINATED_BY", S, US, "culminated in the US strike", "2020-01-03"),
      ("WITHDREW_FROM", COAL, "location:al-qaim", "pulled out of", "2020-03"),
      ("WITHDREW_FROM", COAL, "location:qayyarah-airfield", "pulled out of", "2020-03"),
      ],
     {"source": "blind set (AFP-style)", "published": "2020-03-29"}),

    ("arJ6_masrour_washington", "ar",
     "واشنطن/ شفق نيوز- التقى رئيس حكومة إقليم كوردستان مسرور بارزاني، الثلاثاء، نائبة الرئيس "
     "الأميركي كامالا هاريس في البيت الأبيض، في إطار زيارة رسمية يجريها إلى الولايات المتحدة "
     "تستمر أسبوعاً. وبحسب بيان صادر عن حكومة الإقليم، فقد بحث الجانبان الهجمات بالطائرات "
     "المسيّرة على الإقليم وأزمة رواتب الموظفين مع بغداد. كما اجتمع بارزاني بوزير الخارجية أنتوني "
     "بلنكن ومستشار الأمن القومي جيك سوليفان، كلٌّ على حدة. وأكدت هاريس، وفقاً للبيان، «التزام "
     "واشنطن بدعم إقليم كوردستان». ولم يلتقِ رئيس حكومة الإقليم الرئيس جو بايدن خلال الزيارة، "
     "خلافاً لما أشيع. ومن المتوقع أن يجتمع بارزاني بوزير الدفاع لويد أوستن الخميس في البنتاغون.",
     [("LEADS", MB, KRG, "نائبة الرئيس"),
      ("MET_WITH", MB, "person:kamala-harris", "نائبة الرئيس", "2024-02-27"),
      ("VISITED", MB, US, "نائبة الرئيس", "2024-02"),
      ("MET_WITH", MB, "person:antony-blinken", "كما اجتمع بارزاني"),
      ("MET_WITH", MB, "person:jake-sullivan", "كما اجتمع بارزاني"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2024-02-27"}),

    ("arJ7_fayyadh_salami_tehran", "ar",
     "طهران - الجزيرة نت\n"
     "التقى القائدُ العام للحرس الثوري الإيراني اللواء حسين سلامى، في طهران أمس الثلاثاء، رئيسَ "
     "هيئة الحشد الشعبي العراقية فالح الفياض، الذي يزور إيران على رأس وفد أمني رفيع. وأفادت وكالة "
     "تسنيم بأن سلامى أشاد خلال اللقاء بـ\"دور الحشد في هزيمة داعش\"، مؤكداً أن بلاده \"ستقف إلى "
     "جانب العراق\". واستقبله في وقت لاحق رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اللواء "
     "محمد باقري. وكان من المفترض أن يلتقي الفياض المرشد الأعلى علي خامنئي، لكن اللقاء أُلغي في "
     "اللحظة الأخيرة لأسباب لم تُكشف. ولو نجحت المباحثات لوُقّعت مذكرة تفاهم أمنية بين الجانبين، "
     "بحسب مصدر في الوفد العراقي. ويخضع الفياض لعقوبات أميركية منذ مطلع 2021.",
     [("LEADS", "person:hossein-salami", IRGC, "التقى القائدُ العام"),
      ("MET_WITH", "person:hossein-salami", "person:falih-al-fayyadh", "التقى القائدُ العام"),
      ("LEADS", "person:falih-al-fayyadh", "organization:popular-mobilization-forces",
       "التقى القائدُ العام"),
      ("VISITED", "person:falih-al-fayyadh", "country:iran", "التقى القائدُ العام"),
      ("REPORTED_BY", "person:hossein-salami", "outlet:tasnim", "وأفادت وكالة"),
      ("MET_WITH", "person:falih-al-fayyadh", "person:mohammad-bagheri", "واستقبله"),
      ("LEADS", "person:mohammad-bagheri", "organization:iranian-armed-forces-general-staff",
       "واستقبله"),
      ],
     {"source": "blind set (Al Jazeera Net-style)", "published": "2023-05"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setJ")
