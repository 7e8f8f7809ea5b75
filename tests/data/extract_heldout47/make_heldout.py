"""Blind set BB: Islamic State leaderships and their killers: al-Baghdadi's death and Abu
Ibrahim named (Reuters, Oct 2019), Abu Ibrahim killed in Atmeh and Abu al-Hasan named
(Al-Araby Al-Jadeed, Feb-Mar 2022), Abu al-Hasan killed and Abu al-Hussein named (AP, Nov 2022),
Abu Khadija killed in Anbar (Shafaq News, Mar 2025), Abu Yasser al-Issawi killed near Kirkuk
(The National, Jan 2022), Abu al-Hussein's death and Abu Hafs named (Asharq Al-Awsat, Aug 2023).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setBB/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout47/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table(
    "KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO", "AR", "AU", "BD"
)

IS, US = "organization:islamic-state", "country:united-states"
BAG = "person:abu-bakr-al-baghdadi"
IBR = "person:abu-ibrahim-al-hashimi-al-qurashi"
HAMZA = "person:abu-hamza-al-qurashi"
HMUH = "person:abu-al-hassan-al-muhajir"
HASAN = "person:abu-al-hasan-al-hashimi-al-qurashi"
OMAR = "person:abu-omar-al-muhajir"
HUS = "person:abu-al-hussein-al-husseini-al-qurashi"
HAFS = "person:abu-hafs-al-hashimi-al-qurashi"
CENTCOM, COAL = "organization:us-central-command", "organization:international-coalition"
SUD, SHATRI = "person:mohammed-shia-al-sudani", "person:hamid-al-shatri"
INIS, CTS = "organization:iraqi-national-intelligence-service", "organization:counter-terrorism-service"

ARTICLES = [
    ("enBB1_baghdadi_successor_named", "en",
     "BEIRUT/WASHINGTON (Reuters) - Islamic State on Thursday named Abu Ibrahim al-Hashimi "
     "al-Qurashi as the successor to Abu Bakr al-Baghdadi, confirming for the first time that "
     "its self-declared caliph had died in a U.S. special forces raid in northwest Syria at the "
     "weekend. In an audio recording, the group's new spokesman, Abu Hamza al-Qurashi, who took "
     "over from Abu al-Hassan al-Muhajir, said Muhajir had also been killed. The former "
     "spokesman died in a separate U.S. strike near Jarablus a day after the raid, the commander "
     "of U.S. Central Command, Gen. Kenneth McKenzie, told reporters. McKenzie said Baghdadi "
     "detonated a suicide vest in a tunnel at his compound in Barisha, in Idlib province, as "
     "troops closed in. President Donald Trump said he had spoken by phone with Turkish "
     "President Tayyip Erdogan before the operation. Little is known about the new leader; U.S. "
     "officials said they had not yet confirmed his identity.",
     [("SUCCESSOR_OF", IBR, BAG, "as the successor to Abu Bakr", "2019-10-31"),
      ("LEADS", IBR, IS, "named Abu Ibrahim al-Hashimi"),
      ("LEADS", BAG, IS, "its self-declared caliph"),
      ("ASSASSINATED_BY", BAG, US, "died in a U.S. special forces raid", "2019-10-26"),
      ("MEMBER_OF", HAMZA, IS, "the group's new spokesman"),
      ("SUCCESSOR_OF", HAMZA, HMUH, "who took over from Abu al-Hassan"),
      ("MEMBER_OF", HMUH, IS, "The former spokesman died"),
      ("ASSASSINATED_BY", HMUH, US, "in a separate U.S. strike", "2019-10-27"),
      ("LEADS", "person:kenneth-mckenzie", CENTCOM, "the commander of U.S. Central Command"),
      ("LOCATED_IN", "location:barisha", "location:idlib-province", "in Barisha, in Idlib province"),
      ("LEADS", "person:recep-tayyip-erdogan", "country:turkey", "Turkish President Tayyip"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2019-10-31"}),

    ("arBB2_qurashi_killed_atmeh", "ar",
     "لندن ــ «العربي الجديد»\n"
     "أعلن الرئيس الأميركي جو بايدن، صباح الخميس، مقتل زعيم تنظيم «داعش» أبي إبراهيم الهاشمي "
     "القرشي في عملية إنزال نفّذتها قواتٌ خاصة أميركية بأمرٍ مباشر منه في بلدة أطمة بريف إدلب "
     "الشمالي، قرب الحدود التركية. وكان القرشي قد تولّى قيادة التنظيم في أكتوبر/تشرين الأول "
     "2019، بعد أيام من مقتل أبي بكر البغدادي في غارة مماثلة على بلدة باريشا. وقال المتحدث باسم "
     "«قوات سوريا الديمقراطية» فرهاد شامي لـ«العربي الجديد» إن قواته «لم تشارك» في العملية. "
     "وبعد أكثر من شهر، أعلن المتحدث الجديد باسم التنظيم أبو عمر المهاجر، في تسجيلٍ صوتي، مبايعة "
     "أبي الحسن الهاشمي القرشي خليفةً للقرشي، مؤكّداً مقتل المتحدث السابق أبي حمزة القرشي، الذي "
     "خلفه المهاجر في المنصب، من دون أن يحدد ظروف مقتله. ولم يُكشف عن الاسم الحقيقي للزعيم "
     "الجديد، فيما رجّحت مصادر أمنية عراقية أنه عراقي الجنسية.",
     [("LEADS", "person:joe-biden", US, "أعلن الرئيس الأميركي جو بايدن"),
      ("LEADS", IBR, IS, "مقتل زعيم تنظيم «داعش»"),
      ("ASSASSINATED_BY", IBR, "organization:us-armed-forces", "نفّذتها قواتٌ خاصة أميركية",
       "2022-02-03"),
      ("ASSASSINATED_BY", IBR, "person:joe-biden", "بأمرٍ مباشر منه", "2022-02-03"),
      ("LOCATED_IN", "location:atmeh", "location:idlib-province", "بلدة أطمة بريف إدلب"),
      ("SUCCESSOR_OF", IBR, BAG, "تولّى قيادة التنظيم", "2019-10"),
      ("LEADS", BAG, IS, "بعد أيام من مقتل أبي بكر"),
      ("MEMBER_OF", "person:farhad-shami", "organization:syrian-democratic-forces",
       "وقال المتحدث باسم «قوات سوريا"),
      ("REPORTED_BY", "person:farhad-shami", "outlet:al-araby-al-jadeed",
       "فرهاد شامي لـ«العربي الجديد»"),
      ("MEMBER_OF", OMAR, IS, "المتحدث الجديد باسم التنظيم"),
      ("LEADS", HASAN, IS, "مبايعة أبي الحسن"),
      ("SUCCESSOR_OF", HASAN, IBR, "خليفةً للقرشي", "2022-03-10"),
      ("MEMBER_OF", HAMZA, IS, "المتحدث السابق أبي حمزة"),
      ("SUCCESSOR_OF", OMAR, HAMZA, "خلفه المهاجر في المنصب"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2022-03-11"}),

    ("enBB3_abu_al_hasan_killed", "en",
     "BEIRUT (AP) \u2014 The Islamic State group said Wednesday that its leader, Abu al-Hasan "
     "al-Hashimi al-Qurashi, has been killed in battle and named a militant, Abu "
     "al-Hussein al-Husseini al-Qurashi, to replace him. The group's spokesman, Abu Omar "
     "al-Muhajir, gave no details in the audio message. U.S. Central Command said later that "
     "Abu al-Hasan was killed in mid-October in an operation carried out by the Free Syrian Army "
     "in the southern province of Daraa. CENTCOM spokesman Col. Joe Buccino said U.S. forces were "
     "not involved. Abu al-Hasan, an Iraqi, had taken over in March after his predecessor, Abu "
     "Ibrahim al-Hashimi al-Qurashi, died during a U.S. raid in Idlib province. Abu Ibrahim had "
     "himself succeeded Abu Bakr al-Baghdadi, who led the group when it held a third of Iraq and "
     "Syria. In Baghdad, Iraq's defense minister, Thabet al-Abbasi, met the coalition's "
     "commander, Maj. Gen. Matthew McFarlane, on the same day, his ministry said.",
     [("LEADS", HASAN, IS, "its leader, Abu al-Hasan"),
      ("SUCCESSOR_OF", HUS, HASAN, "to replace him", "2022-11-30"),
      ("LEADS", HUS, IS, "to replace him"),
      ("MEMBER_OF", OMAR, IS, "The group's spokesman, Abu Omar"),
      ("ASSASSINATED_BY", HASAN, "organization:free-syrian-army",
       "carried out by the Free Syrian Army", "2022-10"),
      ("MEMBER_OF", "person:joe-buccino", CENTCOM, "CENTCOM spokesman Col."),
      ("SUCCESSOR_OF", HASAN, IBR, "had taken over in March", "2022-03"),
      ("LEADS", IBR, IS, "his predecessor, Abu"),
      ("ASSASSINATED_BY", IBR, US, "died during a U.S. raid", "2022-02-03"),
      ("SUCCESSOR_OF", IBR, BAG, "had himself succeeded"),
      ("LEADS", BAG, IS, "who led the group"),
      ("MET_WITH", "person:thabet-al-abbasi", "person:matthew-mcfarlane", "met the coalition's",
       "2022-11-30"),
      ("LEADS", "person:matthew-mcfarlane", COAL, "the coalition's commander"),
      ("VISITED", "person:matthew-mcfarlane", "location:baghdad", "In Baghdad, Iraq's defense"),
      ],
     {"source": "blind set (AP-style)", "published": "2022-11-30"}),

    ("arBB4_abu_khadija_anbar", "ar",
     "بغداد/ شفق نيوز- أعلن رئيس مجلس الوزراء محمد شياع السوداني، مساء الجمعة، مقتل عبد الله "
     "مكي مصلح الرفاعي، المكنّى «أبو خديجة»، الذي يوصف بأنه الرجل الثاني في تنظيم داعش و«والي "
     "العراق وسوريا» فيه، بعملية نفّذها جهاز المخابرات الوطني العراقي بالتعاون مع قوات التحالف "
     "الدولي في محافظة الأنبار. وكتب الرئيس الأميركي دونالد ترامب على منصته أن «الزعيم الهارب "
     "لداعش في العراق قُتل» على يد «مقاتلينا الشجعان». وأكدت القيادة المركزية الأميركية "
     "(سنتكوم) في بيان أن قواتها نفّذت الغارة الجوية التي أسفرت عن مقتل الرفاعي وعنصر آخر كانا "
     "يرتديان حزامين ناسفين. وقال محافظ الأنبار محمد نوري الكربولي لشفق نيوز إن «العملية جرت "
     "في منطقة صحراوية غربي المحافظة». وفي اليوم التالي، استقبل السوداني رئيسَ جهاز المخابرات "
     "حميد الشطري، ثم قائدَ قوات التحالف الدولي الفريق كيفن ليهي، وبحث معهما «الخطوات اللاحقة "
     "لملاحقة فلول التنظيم».",
     [("MEMBER_OF", "person:abdullah-makki-al-rifai", IS, "الرجل الثاني في تنظيم داعش"),
      ("ASSASSINATED_BY", "person:abdullah-makki-al-rifai", INIS, "بعملية نفّذها جهاز المخابرات",
       "2025-03-13"),
      ("ASSASSINATED_BY", "person:abdullah-makki-al-rifai", CENTCOM, "أن قواتها نفّذت الغارة",
       "2025-03-13"),
      ("LEADS", "person:donald-trump", US, "وكتب الرئيس الأميركي"),
      ("LEADS", "person:mohammed-nouri-al-karbouli", "location:anbar", "وقال محافظ الأنبار"),
      ("REPORTED_BY", "person:mohammed-nouri-al-karbouli", "outlet:shafaq-news",
       "الكربولي لشفق نيوز"),
      ("MET_WITH", SUD, SHATRI, "استقبل السوداني رئيسَ", "2025-03-15"),
      ("LEADS", SHATRI, INIS, "رئيسَ جهاز المخابرات"),
      ("MET_WITH", SUD, "person:kevin-leahy", "ثم قائدَ قوات التحالف", "2025-03-15"),
      ("LEADS", "person:kevin-leahy", COAL, "ثم قائدَ قوات التحالف"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2025-03-15"}),

    ("enBB5_issawi_killed_kirkuk", "en",
     "Iraq's Prime Minister Mustafa Al Kadhimi said on Friday that security forces had killed "
     "Jabbar Salman Al Issawi, known as Abu Yasser, whom officials describe as the deputy leader "
     "of ISIS and the \u201cwali\u201d of its Iraqi branch. Mr Al Kadhimi said the operation was "
     "carried out by the Counter-Terrorism Service in the Wadi Al Shay area south of Kirkuk, with "
     "intelligence support from the US-led coalition. Lt Gen Abdul Wahab Al Saadi, who replaced "
     "Lt Gen Talib Shaghati at the head of the service in 2020, told The National that his men had "
     "tracked Al Issawi for months. The raid came a week after ISIS fighters stormed Ghwayran "
     "prison in Hasakah, north-east Syria, in the group's biggest attack in three years. Al Saadi "
     "had met the coalition's commander, Maj Gen John Brennan, in Baghdad on Thursday, the Iraqi "
     "military said. Mr Al Kadhimi spoke by phone with US Secretary of State Antony Blinken later "
     "that evening.",
     [("LEADS", "person:mustafa-al-kadhimi", "country:iraq", "Iraq's Prime Minister Mustafa"),
      ("MEMBER_OF", "person:abu-yasser-al-issawi", IS, "the deputy leader"),
      ("ASSASSINATED_BY", "person:abu-yasser-al-issawi", CTS,
       "carried out by the Counter-Terrorism Service", "2022-01-28"),
      ("SUCCESSOR_OF", "person:abdul-wahab-al-saadi", "person:talib-shaghati",
       "who replaced Lt Gen Talib", "2020"),
      ("LEADS", "person:abdul-wahab-al-saadi", CTS, "at the head of the service"),
      ("LEADS", "person:talib-shaghati", CTS, "who replaced Lt Gen Talib"),
      ("REPORTED_BY", "person:abdul-wahab-al-saadi", "outlet:the-national", "told The National"),
      ("ATTACKED", IS, "location:ghwayran-prison", "ISIS fighters stormed", "2022-01-20"),
      ("LOCATED_IN", "location:ghwayran-prison", "location:hasakah", "prison in Hasakah"),
      ("MET_WITH", "person:abdul-wahab-al-saadi", "person:john-brennan", "had met the coalition's",
       "2022-01-27"),
      ("LEADS", "person:john-brennan", COAL, "the coalition's commander, Maj Gen John"),
      ("VISITED", "person:john-brennan", "location:baghdad", "in Baghdad on Thursday"),
      ],
     {"source": "blind set (The National-style)", "published": "2022-01-29"}),

    ("arBB6_abu_hafs_named", "ar",
     "لندن: «الشرق الأوسط»\n"
     "أعلن تنظيم «داعش»، الخميس، مقتل زعيمه أبي الحسين الحسيني القرشي وتعيين أبي حفص الهاشمي "
     "القرشي خلفاً له، ليكون خامس زعيم للتنظيم منذ إعلان «الخلافة» عام 2014. واتهم المتحدث "
     "باسم التنظيم أبو حذيفة الأنصاري، في تسجيل صوتي، «هيئة تحرير الشام» بقتله في اشتباكات "
     "بريف إدلب وتسليم جثته إلى تركيا. غير أن الرئيس التركي رجب طيب إردوغان كان قد أعلن في "
     "أبريل (نيسان) الماضي أن جهاز الاستخبارات التركي «حيّد» أبا الحسين وقتله في عملية قرب "
     "جنديرس شمال سوريا، وهي رواية نفتها «الهيئة» يومها. وكان أبو الحسين قد تولّى القيادة في "
     "نوفمبر (تشرين الثاني) 2022 بعد مقتل سلفه أبي الحسن الهاشمي القرشي في درعا. وفي أنقرة، "
     "التقى رئيس جهاز الاستخبارات التركي إبراهيم قالن نظيرَه العراقي حميد الشطري، وبحثا "
     "«ملاحقة قيادات التنظيم»، بحسب مصادر أمنية عراقية.",
     [("LEADS", HUS, IS, "مقتل زعيمه أبي الحسين"),
      ("SUCCESSOR_OF", HAFS, HUS, "القرشي خلفاً له", "2023-08-03"),
      ("LEADS", HAFS, IS, "ليكون خامس زعيم"),
      ("MEMBER_OF", "person:abu-hudhayfa-al-ansari", IS, "واتهم المتحدث"),
      ("LEADS", "person:recep-tayyip-erdogan", "country:turkey", "الرئيس التركي رجب"),
      ("ASSASSINATED_BY", HUS, "organization:turkish-national-intelligence-organization",
       "أن جهاز الاستخبارات التركي «حيّد»", "2023-04-29"),
      ("SUCCESSOR_OF", HUS, HASAN, "قد تولّى القيادة", "2022-11"),
      ("LEADS", HASAN, IS, "بعد مقتل سلفه"),
      ("MET_WITH", "person:ibrahim-kalin", SHATRI, "التقى رئيس جهاز الاستخبارات التركي"),
      ("LEADS", "person:ibrahim-kalin", "organization:turkish-national-intelligence-organization",
       "التقى رئيس جهاز الاستخبارات التركي"),
      ("VISITED", SHATRI, "location:ankara", "وفي أنقرة"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2023-08-04"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBB")
