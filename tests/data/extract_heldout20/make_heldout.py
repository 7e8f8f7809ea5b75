"""Blind set K: Iraqi politics and the PMF: Abu Fadak after al-Muhandis, the Sudani cabinet,
Maliki hosting faction leaders, Sadr's supporters in the Green Zone, Kadhimi replacing
Fayyadh, Kataib Hezbollah and the end of the coalition mission.
Written and annotated blind (extractor neither read nor run).
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout20/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA")

S, K, US = "person:qasem-soleimani", "person:mustafa-al-kadhimi", "country:united-states"
KH, PMF = "organization:kataib-hezbollah", "organization:popular-mobilization-forces"
MUH, FAY = "person:abu-mahdi-al-muhandis", "person:falih-al-fayyadh"
CF, SOL = "organization:coordination-framework", "organization:state-of-law-coalition"
MAL, SUD = "person:nouri-al-maliki", "person:mohammed-shia-al-sudani"
KSS, NSS = "organization:kataib-sayyid-al-shuhada", "organization:iraqi-national-security-service"

ARTICLES = [
    ("arK1_abu_fadak_chief_of_staff", "ar",
     "بغداد ــ العربي الجديد\n"
     "أكدت مصادر في هيئة الحشد الشعبي تسمية القيادي في كتائب حزب الله عبد العزيز المحمداوي، "
     "المعروف بـ\"أبو فدك\"، رئيساً لأركان الحشد، خلفاً لأبي مهدي المهندس الذي قُتل بغارة أميركية "
     "مع الجنرال الإيراني قاسم سليماني قرب مطار بغداد مطلع كانون الثاني الماضي. وجاء القرار بعد "
     "اجتماع عقده رئيس الهيئة فالح الفياض مع قادة الفصائل. وقالت المصادر إن التسمية لقيت اعتراض "
     "\"فصائل العتبات\" المرتبطة بمرجعية النجف، التي لوّحت بالانسحاب من الهيئة. ولم يصدر عن مكتب "
     "رئيس الوزراء المستقيل عادل عبد المهدي أي تعليق. وكانت واشنطن قد أدرجت المحمداوي على لائحة "
     "الإرهاب عام 2009 بتهمة تدبير هجمات ضد القوات الأميركية.",
     [("MEMBER_OF", "person:abdul-aziz-al-muhammadawi", KH, "أكدت مصادر"),
      ("MEMBER_OF", "person:abdul-aziz-al-muhammadawi", PMF, "أكدت مصادر"),
      ("SUCCESSOR_OF", "person:abdul-aziz-al-muhammadawi", MUH, "أكدت مصادر"),
      ("ASSASSINATED_BY", MUH, US, "أكدت مصادر", "2020-01"),
      ("ASSASSINATED_BY", S, US, "أكدت مصادر", "2020-01"),
      ("LEADS", FAY, PMF, "اجتماع عقده"),
      ("MET_WITH", FAY, "organization:iran-backed-militias", "اجتماع عقده"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2020-02-20"}),

    ("enK2_sudani_cabinet", "en",
     "BAGHDAD, Oct 27 (Reuters) - Iraq's parliament on Thursday approved a new government "
     "headed by Mohammed Shia al-Sudani, ending a year-long deadlock after the October 2021 "
     "election. Sudani, 52, was nominated by the Coordination Framework, an alliance of Shi'ite "
     "parties and armed factions that includes Nouri al-Maliki's State of Law coalition and "
     "Hadi al-Amiri's Fatah bloc. He replaces caretaker premier Mustafa al-Khadhimi, who had "
     "been in office since May 2020 and survived a drone attack on his residence last November. "
     "Populist cleric Moqtada al-Sadr, whose bloc won the most seats, ordered his lawmakers to "
     "resign in June. Fouad Hussein, a senior member of the Kurdistan Democratic Party, kept his "
     "post as foreign minister. The new premier pledged to fight corruption and said Iraq would "
     "not serve as \u201ca launchpad for attacks\u201d on its neighbours.",
     [("LEADS", SUD, "organization:iraqi-government", "approved a new government", "2022-10-27"),
      ("MEMBER_OF", SOL, CF, "was nominated by"),
      ("MEMBER_OF", "organization:fatah-alliance", CF, "was nominated by"),
      ("LEADS", MAL, SOL, "was nominated by"),
      ("LEADS", "person:hadi-al-amiri", "organization:fatah-alliance", "was nominated by"),
      ("SUCCESSOR_OF", SUD, K, "He replaces", "2022-10-27"),
      ("MEMBER_OF", "person:fuad-hussein", "organization:kurdistan-democratic-party",
       "a senior member"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2022-10-27"}),

    ("arK3_maliki_hosts_factions", "ar",
     "بغداد/ شفق نيوز\n"
     "استقبل زعيم ائتلاف دولة القانون نوري كامل المالكي، مساء السبت، في مكتبه ببغداد الأمين العام "
     "لكتائب سيد الشهداء أبو آلاء الولائي والأمين العام لكتائب الإمام علي شبل الزيدي، وجرى خلال "
     "اللقاء بحث \"آخر المستجدات السياسية والأمنية\". وذكر بيان لمكتب المالكي أن المجتمعين أكدوا "
     "\"ضرورة حصر السلاح بيد الدولة\"، من دون الإشارة إلى الضربات الأميركية الأخيرة. وتُعدّ كتائب "
     "سيد الشهداء من أبرز فصائل الحشد الشعبي، وكانت قد أعلنت في وقت سابق مسؤوليتها عن هجوم بطائرة "
     "مسيّرة على قاعدة حرير في أربيل. من جانبه، نفى الزيدي، في تصريح لوكالة شفق نيوز، أن يكون قد "
     "التقى قائد فيلق القدس خلال زيارته الأخيرة إلى طهران.",
     [("LEADS", MAL, SOL, "استقبل زعيم"),
      ("MET_WITH", MAL, "person:abu-alaa-al-walai", "استقبل زعيم"),
      ("MET_WITH", MAL, "person:shibl-al-zaidi", "استقبل زعيم"),
      ("LEADS", "person:abu-alaa-al-walai", KSS, "استقبل زعيم"),
      ("LEADS", "person:shibl-al-zaidi", "organization:kataib-imam-ali", "استقبل زعيم"),
      ("PART_OF", KSS, PMF, "من أبرز فصائل"),
      ("ATTACKED", KSS, "location:harir-base", "من أبرز فصائل"),
      ("LOCATED_IN", "location:harir-base", "location:erbil", "من أبرز فصائل"),
      ("REPORTED_BY", "person:shibl-al-zaidi", "outlet:shafaq-news", "نفى الزيدي"),
      ("VISITED", "person:shibl-al-zaidi", "country:iran", "نفى الزيدي"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2024-02"}),

    ("enK4_sadr_green_zone", "en",
     "BAGHDAD (AP) \u2014 Powerful Shiite cleric Muqtada Sadr announced Monday he was quitting "
     "politics, prompting hundreds of his angry followers to storm the Republican Palace in "
     "Baghdad's heavily fortified Green Zone. Security officials said clashes erupted between "
     "Sadr supporters and members of the Popular Mobilization Forces, an umbrella of mostly "
     "Iran-backed militias, leaving at least 15 people dead. Caretaker Prime Minister Mustafa "
     "al-Kadhimi suspended Cabinet sessions and the military announced a nationwide curfew. "
     "Sadr, whose militia Saraya al-Salam is nominally part of the PMF, later told his "
     "supporters to leave the Green Zone within an hour. The cleric has been locked in a "
     "standoff with the rival Coordination Framework, an Iran-backed alliance that includes "
     "former Prime Minister Nouri al-Maliki's State of Law coalition.",
     [("LOCATED_IN", "location:republican-palace", "location:green-zone", "storm the Republican"),
      ("LOCATED_IN", "location:green-zone", "location:baghdad", "storm the Republican"),
      ("SUPPORTS", "country:iran", "organization:iran-backed-militias", "mostly"),
      ("LEADS", "person:muqtada-al-sadr", "organization:saraya-al-salam", "whose militia"),
      ("PART_OF", "organization:saraya-al-salam", PMF, "whose militia"),
      ("SUPPORTS", "country:iran", CF, "locked in a standoff"),
      ("MEMBER_OF", SOL, CF, "locked in a standoff"),
      ("LEADS", MAL, SOL, "locked in a standoff"),
      ],
     {"source": "blind set (AP-style)", "published": "2022-08-29"}),

    ("arK5_fayyadh_replaced", "ar",
     "أصدر رئيس الوزراء العراقي مصطفى الكاظمي، السبت، أمراً ديوانياً بإعفاء فالح الفيّاض من منصبي "
     "مستشار الأمن الوطني ورئيس جهاز الأمن الوطني، وتعيين النائب قاسم الأعرجي مستشاراً للأمن "
     "الوطني بدلاً منه، فيما كُلّف الفريق الركن عبد الغني الأسدي برئاسة الجهاز. وأبقى القرار على "
     "الفيّاض رئيساً لهيئة الحشد الشعبي. وقال مصدر حكومي لـ\"العربي الجديد\" إن الخطوة جاءت \"في "
     "إطار إعادة ترتيب المؤسسة الأمنية\"، نافياً أن تكون لها علاقة بالضغوط الأميركية. والأعرجي "
     "قيادي سابق في منظمة بدر التي يتزعمها هادي العامري، وشغل منصب وزير الداخلية بين عامي 2017 "
     "و2018. ورحّب السفير الأميركي في بغداد ماثيو تولر بالتعيينات في اتصال هاتفي مع الكاظمي.",
     [("LEADS", K, "country:iraq", "أصدر رئيس الوزراء"),
      ("LEADS", FAY, NSS, "أصدر رئيس الوزراء"),
      ("SUCCESSOR_OF", "person:qassim-al-araji", FAY, "أصدر رئيس الوزراء", "2020-07-04"),
      ("LEADS", "person:abdul-ghani-al-asadi", NSS, "أصدر رئيس الوزراء"),
      ("SUCCESSOR_OF", "person:abdul-ghani-al-asadi", FAY, "أصدر رئيس الوزراء", "2020-07-04"),
      ("LEADS", FAY, PMF, "وأبقى القرار"),
      ("MEMBER_OF", "person:qassim-al-araji", "organization:badr-organization", "قيادي سابق"),
      ("LEADS", "person:hadi-al-amiri", "organization:badr-organization", "قيادي سابق"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2020-07-04"}),

    ("enK6_kh_coalition_timetable", "en",
     "Kataib Hezbollah has warned the Iraqi government against extending the presence of US "
     "troops beyond the end of the coalition's mission, in a statement by the group's security "
     "official Abu Ali al-Askary posted on Telegram on Wednesday. The hard-line faction, which "
     "is led by Ahmed Mohsen Faraj al-Hamidawi, said it would consider any agreement keeping "
     "American \u201coccupation forces\u201d in Iraq \u201cnull and void\u201d. The statement "
     "came a day after Iraqi Foreign Minister Fuad Husain met with US Secretary of State Antony "
     "Blinken in Washington, where the two sides agreed on a two-phase timetable for winding "
     "down the coalition's military mission. A senior Iraqi official told Al-Monitor that "
     "Baghdad \u201cis not bound by the positions of any faction\u201d. Kataib Hezbollah, which "
     "is part of the state-sanctioned Popular Mobilization Forces, suspended its attacks on US "
     "forces in January after a drone strike killed three American soldiers in Jordan.",
     [("MEMBER_OF", "person:abu-ali-al-askari", KH, "security official"),
      ("LEADS", "person:ahmad-al-hamidawi", KH, "The hard-line faction"),
      ("LOCATED_IN", "organization:us-armed-forces", "country:iraq", "The hard-line faction"),
      ("MET_WITH", "person:fuad-hussein", "person:antony-blinken", "met with US Secretary"),
      ("VISITED", "person:fuad-hussein", US, "met with US Secretary"),
      ("PART_OF", KH, PMF, "state-sanctioned"),
      ("ATTACKED", KH, "organization:us-armed-forces", "state-sanctioned"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2024-09"}),

    ("arK7_harir_ain_al_asad", "ar",
     "أربيل – روداو\n"
     "استُهدفت قاعدة حرير الجوية شمال أربيل، فجر اليوم الجمعة، بطائرتين مسيّرتين، من دون أن تسفر "
     "عن خسائر، وفق ما أعلنه جهاز مكافحة الإرهاب في إقليم كوردستان. ولم تتبنَّ أي جهة الهجوم حتى "
     "الآن. وفي سياق متصل، تبنّت \"المقاومة الإسلامية في العراق\"، في بيان نشرته على منصة "
     "تلغرام، هجوماً بصواريخ على قاعدة عين الأسد في محافظة الأنبار، التي تضم قوات أميركية. وقال "
     "المتحدث العسكري باسم كتائب حزب الله جعفر الحسيني لقناة الجزيرة إن \"العمليات ستستمر ما دامت "
     "قوات الاحتلال باقية\"، مضيفاً أن فصيله \"لم يشارك\" في هجوم حرير. وكانت الولايات المتحدة قد "
     "ردّت على هجمات سابقة بقصف مواقع للكتائب في جرف الصخر بمحافظة بابل.",
     [("ATTACKED", "organization:islamic-resistance-in-iraq", "location:ain-al-asad-air-base",
       "تبنّت"),
      ("LOCATED_IN", "location:ain-al-asad-air-base", "location:anbar", "تبنّت"),
      ("LOCATED_IN", "organization:us-armed-forces", "location:ain-al-asad-air-base", "تبنّت"),
      ("MEMBER_OF", "person:jaafar-al-husseini", KH, "المتحدث العسكري"),
      ("REPORTED_BY", "person:jaafar-al-husseini", "outlet:al-jazeera", "المتحدث العسكري"),
      ("ATTACKED", US, KH, "ردّت على هجمات"),
      ("LOCATED_IN", "location:jurf-al-sakhar", "location:babil", "ردّت على هجمات"),
      ],
     {"source": "blind set (Rudaw-style)", "published": "2023-11"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setK")
