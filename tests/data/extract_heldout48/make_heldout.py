"""Blind set BC: al-Qaeda and its Iraqi offshoots, and counter-terrorism commanders: al-Zawahri
killed in Kabul (AP, Aug 2022), Saif al-Adel as de facto al-Qaeda leader (Al-Araby Al-Jadeed,
Feb 2023), Votel meets Iraqi commanders at Qayyarah during the Mosul battle (Reuters, Mar 2017),
Abu Omar al-Baghdadi and Abu Ayyub al-Masri killed near Tikrit (Asharq Al-Awsat, Apr 2010),
al-Zarqawi's successor named and Bush in Baghdad (AFP, June 2006), al-Adnani killed near al-Bab
(Al Jazeera Net, Sept 2016). Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setBC/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout48/make_heldout.py
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
AQ, AQI, ISI = "organization:al-qaeda", "organization:al-qaeda-in-iraq", "organization:islamic-state-of-iraq"
ZAW, UBL = "person:ayman-al-zawahiri", "person:osama-bin-laden"
USAF, MNF = "organization:us-armed-forces", "organization:multi-national-force-iraq"
ZAR, MASRI = "person:abu-musab-al-zarqawi", "person:abu-ayyub-al-masri"
CTS, COAL = "organization:counter-terrorism-service", "organization:international-coalition"
MALIKI = "person:nouri-al-maliki"

ARTICLES = [
    ("enBC1_zawahri_kabul", "en",
     "WASHINGTON (AP) \u2014 Al-Qaida leader Ayman al-Zawahri was killed by a U.S. drone strike "
     "on a safe house in downtown Kabul over the weekend, President Joe Biden announced Monday, "
     "in the biggest blow to the group since its founder, Osama bin Laden, was killed by Navy "
     "SEALs in Pakistan in 2011. Al-Zawahri, an Egyptian surgeon who took over the network after "
     "bin Laden's death, was standing on a balcony when two Hellfire missiles struck shortly "
     "after sunrise on Sunday, officials said. Biden said he gave the final approval for the "
     "operation last week after meeting repeatedly with his national security team, including "
     "CIA Director William Burns and national security adviser Jake Sullivan. Taliban spokesman "
     "Zabihullah Mujahid condemned the strike as a violation of the Doha agreement but did not "
     "say who had been killed. A senior official said the house belonged to an aide of Sirajuddin "
     "Haqqani, the Taliban's interior minister.",
     [("LEADS", ZAW, AQ, "Al-Qaida leader Ayman"),
      ("ASSASSINATED_BY", ZAW, US, "killed by a U.S. drone strike", "2022-07-31"),
      ("ASSASSINATED_BY", ZAW, "person:joe-biden", "gave the final approval", "2022-07-31"),
      ("LEADS", UBL, AQ, "its founder, Osama"),
      ("ASSASSINATED_BY", UBL, USAF, "killed by Navy SEALs", "2011-05-02"),
      ("SUCCESSOR_OF", ZAW, UBL, "took over the network after", "2011"),
      ("MET_WITH", "person:joe-biden", "person:william-burns", "after meeting repeatedly"),
      ("MET_WITH", "person:joe-biden", "person:jake-sullivan", "after meeting repeatedly"),
      ("LEADS", "person:william-burns", "organization:cia", "CIA Director William"),
      ("MEMBER_OF", "person:zabihullah-mujahid", "organization:taliban", "Taliban spokesman"),
      ("MEMBER_OF", "person:sirajuddin-haqqani", "organization:taliban",
       "the Taliban's interior minister"),
      ],
     {"source": "blind set (AP-style)", "published": "2022-08-02"}),

    ("arBC2_saif_al_adel", "ar",
     "واشنطن ــ «العربي الجديد»\n"
     "قالت وزارة الخارجية الأميركية إن تقييمها يتطابق مع تقرير لفريق مراقبة العقوبات التابع "
     "للأمم المتحدة، خلص إلى أن المصري سيف العدل بات الزعيمَ الفعلي لتنظيم القاعدة بعد مقتل "
     "أيمن الظواهري، وأنه يقيم في إيران. وأوضح المتحدث باسم الخارجية نيد برايس أن التنظيم لم "
     "يُعلن رسمياً تنصيب خليفة، مرجّحاً أن يكون ذلك «مراعاةً لحساسيات طالبان»، إذ قُتل "
     "الظواهري بغارة أميركية على منزل في كابل صيف العام الماضي. وكان سيف العدل، العقيد السابق "
     "في الجيش المصري، عضواً في مجلس شورى القاعدة ومسؤولاً عن أمن أسامة بن لادن. ويُعدّ من آخر "
     "الناجين من الحلقة الأولى، بعد أن اغتيل أبو محمد المصري في طهران في أغسطس/آب 2020 على يد "
     "عملاء إسرائيليين، وفق ما نقلته صحيفة «نيويورك تايمز» عن مسؤولين، وهي رواية نفتها طهران. "
     "كما قُتل حمزة بن لادن في عملية أميركية لمكافحة الإرهاب في منطقة أفغانستان وباكستان، "
     "بحسب ما أعلنه الرئيس دونالد ترامب عام 2019.",
     [("LEADS", "person:saif-al-adel", AQ, "بات الزعيمَ الفعلي"),
      ("SUCCESSOR_OF", "person:saif-al-adel", ZAW, "بات الزعيمَ الفعلي"),
      ("LEADS", ZAW, AQ, "بعد مقتل أيمن"),
      ("MEMBER_OF", "person:ned-price", "organization:us-state-department", "المتحدث باسم الخارجية نيد"),
      ("ASSASSINATED_BY", ZAW, US, "بغارة أميركية على منزل", "2022-07-31"),
      ("MEMBER_OF", "person:saif-al-adel", "organization:al-qaeda-shura-council", "عضواً في مجلس شورى"),
      ("PART_OF", "organization:al-qaeda-shura-council", AQ, "عضواً في مجلس شورى"),
      ("ASSASSINATED_BY", "person:abu-muhammad-al-masri", "country:israel", "على يد عملاء إسرائيليين",
       "2020-08-07"),
      ("ASSASSINATED_BY", "person:hamza-bin-laden", US, "في عملية أميركية لمكافحة", "2019"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2023-02-16"}),

    ("enBC3_votel_qayyarah_mosul", "en",
     "QAYYARA, Iraq (Reuters) - The top U.S. commander in the Middle East, Gen. Joseph Votel, met "
     "Iraqi commanders at Qayyarah air base south of Mosul on Saturday and said American forces "
     "would stay in Iraq after the battle. "
     "Votel, who heads U.S. Central Command, held talks with Lt. Gen. Talib Shaghati, commander "
     "of the elite Counter-Terrorism Service, whose troops are leading the push into western "
     "Mosul, and with Lt. Gen. Abdul-Amir Rasheed Yarallah, who oversees the campaign. He was "
     "accompanied by Lt. Gen. Stephen Townsend, who took over the U.S.-led coalition from Lt. "
     "Gen. Sean MacFarland in August. Shaghati told reporters the Islamic State leader, Abu Bakr "
     "al-Baghdadi, had fled Mosul. Votel later flew to "
     "Baghdad, where he met Iraqi Prime Minister Haider al-Abadi. A planned stop in Erbil was "
     "called off because of bad weather. A coalition air strike in the Mosul al-Jadida district "
     "this week killed dozens of civilians, residents said.",
     [("VISITED", "person:joseph-votel", "location:qayyarah-airfield", "at Qayyarah air base",
       "2017-03-25"),
      ("LEADS", "person:joseph-votel", "organization:us-central-command", "who heads U.S. Central"),
      ("MET_WITH", "person:joseph-votel", "person:talib-shaghati", "held talks with Lt. Gen. Talib",
       "2017-03-25"),
      ("MET_WITH", "person:joseph-votel", "person:abdul-amir-yarallah", "held talks with Lt. Gen. Talib",
       "2017-03-25"),
      ("LEADS", "person:talib-shaghati", CTS, "commander of the elite"),
      ("VISITED", "person:stephen-townsend", "location:qayyarah-airfield", "He was accompanied by"),
      ("SUCCESSOR_OF", "person:stephen-townsend", "person:sean-macfarland", "took over the U.S.-led",
       "2016-08"),
      ("LEADS", "person:stephen-townsend", COAL, "took over the U.S.-led"),
      ("LEADS", "person:sean-macfarland", COAL, "Gen. Sean MacFarland"),
      ("LEADS", "person:abu-bakr-al-baghdadi", IS, "the Islamic State leader, Abu Bakr"),
      ("VISITED", "person:joseph-votel", "location:baghdad", "Votel later flew to"),
      ("MET_WITH", "person:joseph-votel", "person:haider-al-abadi", "where he met Iraqi Prime",
       "2017-03-25"),
      ("LEADS", "person:haider-al-abadi", "country:iraq", "where he met Iraqi Prime"),
      ("ATTACKED", COAL, "location:mosul-al-jadida", "A coalition air strike", "2017-03-17"),
      ("LOCATED_IN", "location:mosul-al-jadida", "location:mosul", "the Mosul al-Jadida district"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2017-03-25"}),

    ("arBC4_abu_omar_abu_ayyub_tikrit", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "أعلن رئيس الوزراء العراقي نوري المالكي، أمس، مقتل زعيم ما يُسمّى «دولة العراق الإسلامية» "
     "أبو عمر البغدادي، ووزير «حربها» أبو أيوب المصري، زعيم تنظيم القاعدة في بلاد الرافدين، في "
     "عملية مشتركة نفذتها قوات عراقية وأميركية في منطقة الثرثار قرب تكريت. وعرض المالكي في "
     "مؤتمر صحافي صوراً لجثتي الرجلين، قائلاً إن العملية جاءت بعد اعتقال قيادي في التنظيم أدلى "
     "بمعلومات عن مكانهما. وأكد قائد القوات المتعددة الجنسيات في العراق الجنرال راي أوديرنو، "
     "في بيان، أن مقتلهما «ربما يكون أهم ضربة للقاعدة في العراق منذ بدء التمرد». وكان المصري "
     "قد تولى قيادة التنظيم في يونيو (حزيران) 2006 خلفاً لأبي مصعب الزرقاوي، الذي قُتل بغارة "
     "جوية أميركية قرب بعقوبة. والتقى المالكي في وقت لاحق السفيرَ الأميركي كريستوفر هيل، وبحثا "
     "نتائج العملية ومسار تشكيل الحكومة الجديدة بعد الانتخابات.",
     [("LEADS", MALIKI, "country:iraq", "رئيس الوزراء العراقي نوري"),
      ("LEADS", "person:abu-omar-al-baghdadi", ISI, "مقتل زعيم ما يُسمّى"),
      ("MEMBER_OF", MASRI, ISI, "ووزير «حربها»"),
      ("LEADS", MASRI, AQI, "زعيم تنظيم القاعدة في بلاد"),
      ("ASSASSINATED_BY", "person:abu-omar-al-baghdadi", "organization:iraqi-security-forces",
       "نفذتها قوات عراقية وأميركية", "2010-04-18"),
      ("ASSASSINATED_BY", "person:abu-omar-al-baghdadi", USAF, "نفذتها قوات عراقية وأميركية",
       "2010-04-18"),
      ("ASSASSINATED_BY", MASRI, "organization:iraqi-security-forces", "نفذتها قوات عراقية وأميركية",
       "2010-04-18"),
      ("ASSASSINATED_BY", MASRI, USAF, "نفذتها قوات عراقية وأميركية", "2010-04-18"),
      ("LEADS", "person:ray-odierno", MNF, "قائد القوات المتعددة الجنسيات"),
      ("SUCCESSOR_OF", MASRI, ZAR, "خلفاً لأبي مصعب", "2006-06"),
      ("LEADS", ZAR, AQI, "خلفاً لأبي مصعب"),
      ("ASSASSINATED_BY", ZAR, US, "بغارة جوية أميركية", "2006-06-07"),
      ("MET_WITH", MALIKI, "person:christopher-hill", "والتقى المالكي في وقت لاحق"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2010-04-20"}),

    ("enBC5_zarqawi_successor_bush", "en",
     "BAGHDAD (AFP) - Al-Qaeda in Iraq has named a little-known militant, Abu Hamza al-Muhajir, "
     "to succeed its Jordanian leader Abu Musab al-Zarqawi, who was killed in a US air strike "
     "north of Baquba last week, according to an Internet statement posted Monday. US military "
     "spokesman Major General William Caldwell told reporters that Muhajir was believed to be "
     "the Egyptian Abu Ayyub al-Masri, who had trained in Afghanistan and met Zarqawi there in "
     "2001. Prime Minister Nuri al-Maliki announced Zarqawi's death on Thursday at a news "
     "conference in Baghdad, flanked by US ambassador Zalmay Khalilzad and General George Casey, "
     "the commander of US-led forces in Iraq. On Tuesday President George W. Bush flew secretly "
     "into Baghdad and held talks with Maliki in the Green Zone, his first meeting with the new "
     "premier. Bush, who stayed about five hours, said the death of the militant leader was "
     "\u201cno reason to relax\u201d.",
     [("SUCCESSOR_OF", MASRI, ZAR, "to succeed its Jordanian leader", "2006-06-12"),
      ("LEADS", ZAR, AQI, "to succeed its Jordanian leader"),
      ("LEADS", MASRI, AQI, "has named a little-known militant"),
      ("ASSASSINATED_BY", ZAR, US, "killed in a US air strike", "2006-06-07"),
      ("MEMBER_OF", "person:william-caldwell", USAF, "US military spokesman"),
      ("VISITED", MASRI, "country:afghanistan", "had trained in Afghanistan"),
      ("MET_WITH", MASRI, ZAR, "met Zarqawi there", "2001"),
      ("LEADS", "person:george-casey", MNF, "the commander of US-led forces"),
      ("VISITED", "person:george-w-bush", "location:baghdad", "flew secretly", "2006-06-13"),
      ("MET_WITH", "person:george-w-bush", MALIKI, "held talks with Maliki", "2006-06-13"),
      ],
     {"source": "blind set (AFP-style)", "published": "2006-06-13"}),

    ("arBC6_adnani_al_bab", "ar",
     "الدوحة ــ الجزيرة نت\n"
     "أعلنت وكالة «أعماق» التابعة لتنظيم الدولة الإسلامية مقتلَ المتحدث الرسمي باسم التنظيم "
     "أبي محمد العدناني «أثناء تفقده العمليات» في محيط مدينة الباب بريف حلب الشمالي. وقال "
     "المتحدث باسم وزارة الدفاع الأميركية (البنتاغون) بيتر كوك إن طائرة أميركية نفّذت غارة "
     "استهدفت العدناني قرب الباب، قبل أن تؤكد الوزارة بعد أيام أن الغارة قتلته. في المقابل، "
     "زعمت وزارة الدفاع الروسية أن قاذفة روسية من طراز «سوخوي-34» قتلته مع نحو أربعين مسلحاً، "
     "وهو ما وصفه مسؤول أميركي بأنه «مزحة». ويُعدّ العدناني، السوريّ المولد، من أقدم قادة "
     "التنظيم، وكان مسؤولاً عن التخطيط لهجمات في الخارج. وكان وزير الخارجية الأميركي جون كيري "
     "قد التقى نظيره الروسي سيرغي لافروف في جنيف قبل أيام، من دون التوصل إلى اتفاق بشأن سوريا. "
     "وفي ديسمبر/كانون الأول، بثّ التنظيم تسجيلاً صوتياً لمتحدثه الجديد أبي الحسن المهاجر، الذي "
     "خلف العدناني في المنصب.",
     [("MEMBER_OF", "person:abu-muhammad-al-adnani", IS, "المتحدث الرسمي باسم التنظيم"),
      ("MEMBER_OF", "person:peter-cook", "organization:us-department-of-defense",
       "المتحدث باسم وزارة الدفاع الأميركية"),
      ("ASSASSINATED_BY", "person:abu-muhammad-al-adnani", US, "أن الغارة قتلته", "2016-08-30"),
      ("ASSASSINATED_BY", "person:abu-muhammad-al-adnani", "country:russia", "قاذفة روسية",
       "2016-08-30"),
      ("MET_WITH", "person:john-kerry", "person:sergei-lavrov", "قد التقى نظيره الروسي",
       "2016-08-26"),
      ("VISITED", "person:john-kerry", "location:geneva", "قد التقى نظيره الروسي"),
      ("VISITED", "person:sergei-lavrov", "location:geneva", "قد التقى نظيره الروسي"),
      ("MEMBER_OF", "person:abu-al-hassan-al-muhajir", IS, "لمتحدثه الجديد"),
      ("SUCCESSOR_OF", "person:abu-al-hassan-al-muhajir", "person:abu-muhammad-al-adnani",
       "خلف العدناني في المنصب", "2016-12"),
      ],
     {"source": "blind set (Al Jazeera Net-style)", "published": "2016-12-06"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBC")
