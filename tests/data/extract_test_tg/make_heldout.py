"""Blind set TG: Libya 2011-2018 (first folder of TG-TH): Muammar Gaddafi's capture and death near Sirte
(20 October 2011) and the killing of his son Mutassim as Human Rights Watch later told it, the death of Omran
Shaaban (2012), the killing of US ambassador Christopher Stevens in Benghazi (11 September 2012) and the
Ansar al-Sharia question, Khalifa Haftar's meeting with Fayez al-Sarraj in Abu Dhabi (May 2017) after the
failed Cairo meeting, the La Celle-Saint-Cloud talks hosted by Emmanuel Macron with Ghassan Salame, newly
succeeding Martin Kobler (July 2017), and the Palermo mini-summit (November 2018), as a French wire writes it
in English (AFP-like: "SIRTE, Libya, Oct 20, 2011 (AFP) -", "Moamer Kadhafi"), a London-based Arab daily in
Arabic (Asharq Al-Awsat-like: "لندن: «الشرق الأوسط»"), a US wire in English (AP-like: "BENGHAZI, Libya
(AP) —", "Gadhafi"), a Libyan independent site in Arabic (Al-Wasat-like: "القاهرة - بوابة الوسط"), a
British wire in English (Reuters-like: "(Reuters) -", "Serraj") and a Gulf TV channel's website in Arabic
(Al Arabiya-like: "باليرمو - العربية.نت").
Pieces: Gaddafi killed after capture (no agent: "crossfire"), Mutassim killed (no agent) (English, TG1);
HRW: Mutassim killed by Misrata brigades; Gaddafi's killer not identified; Magariaf visited Shaaban (Arabic,
TG2); Stevens killed in the consulate attack (no agent); Stevens had met Megarif (English, TG3); Haftar meets
Sarraj in Abu Dhabi, each received by Mohamed bin Zayed; Hegazy met each in Cairo in February (Arabic, TG4);
Macron receives Serraj and Haftar with Salame present; Salame took over from Kobler (English, TG5); Haftar
meets Sarraj in Palermo with Conte, Sisi and Salame present (Arabic, TG6).
Excluded on purpose (no relation): Jibril's "crossfire" and denial of an execution, Mutassim "also killed"
without agent, Obama's statement (TG1); the unidentified shooter of Gaddafi, the accusation against Bani Walid
and its denial (TG2); the deputy minister's blame of Gaddafi loyalists, witnesses placing Ansar al-Sharia
"among the attackers" and its denial, Obama's phone call to Megarif (TG3); the Cairo meeting Haftar refused,
Kobler's tweet (TG4); the Rome visit that never took place (TG5); Turkey's withdrawal, Haftar who did not
meet al-Mishri (TG6).
Judgement calls: "ruled Libya ... for 42 years" is LEADS (TG1); "Libya's interim prime minister" LEADS Libya
(TG1); the report's finding "قُتل على أيدي عناصر من كتائب مصراتة" gives Mutassim -> Misrata brigades (as SQ6
takes a reported confession) (TG2); a visit to a wounded man in hospital is a meeting in person (TG2); "had
met ... only last week" is a meeting (TG3); "برعاية ... الذي استقبل الرجلين كلاً على حدة": the host paired
with each guest, the guests with each other through "التقى" (TG4); "Macron received the two men ... in the
presence of Ghassan Salame": a meeting of the four (TG5); "took over ... as U.N. special envoy ... from" is a
succession (TG5); "اجتماع مصغر ... بحضور" three attendees: a meeting of the five (TG6); "head of the
Presidential Council" LEADS the council, "رئيس حكومة الوفاق" LEADS the GNA.
Filled in for the exercise: the wording of Jibril's statement (TG1); the wording of the report's summary,
Magariaf's hospital visit (TG2); Stevens's meeting with Megarif the week before (TG3); the hosting details in
Abu Dhabi, Hegazy's separate meetings in February (TG4); the order of Macron's meetings, the Rome invitation
(TG5); Conte's reception on the Monday evening, the sources on al-Mishri (TG6).
Spellings: "Moamer Kadhafi", "Mahmud Jibril", "Mustafa Abdel Jalil", "Mutassim" (TG1); «المعتصم»، «محمد
المقريف»، «عمران شعبان» (TG2); "J. Christopher Stevens", "Moammar Gadhafi", "Ansar al-Shariah", "Mohammed
el-Megarif" (TG3); «المشير خليفة حفتر»، «فائز السراج»، «محمد بن زايد آل نهيان»، «محمود حجازي» (TG4); "Fayez
al-Serraj", "Ghassan Salame" (TG5); «فايز السراج»، «جوزيبي كونتي»، «خالد المشري» (TG6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_th import ALL  # noqa: E402

HERE = Path(__file__).parent

LIBYA, US, EGYPT, FRANCE, ITALY = ("country:libya", "country:united-states", "country:egypt", "country:france",
                                   "country:italy")
NTC, ANSAR, LNA, GNA, PC, HCS, GNC, MISRATA_BRIGADES = (
    "organization:national-transitional-council", "organization:ansar-al-sharia-libya",
    "organization:libyan-national-army", "organization:government-of-national-accord",
    "organization:libyan-presidential-council", "organization:high-council-of-state",
    "organization:general-national-congress", "organization:misrata-brigades")
GADDAFI, MUTASSIM, JALIL, JIBRIL, SHAABAN, MAGARIAF, STEVENS = (
    "person:muammar-gaddafi", "person:mutassim-gaddafi", "person:mustafa-abdul-jalil", "person:mahmoud-jibril",
    "person:omran-shaaban", "person:mohammed-magariaf", "person:christopher-stevens")
HAFTAR, SARRAJ, MISHRI, SALAME, KOBLER = (
    "person:khalifa-haftar", "person:fayez-al-sarraj", "person:khalid-al-mishri", "person:ghassan-salame",
    "person:martin-kobler")
OBAMA, MACRON, CONTE, SISI, MBZ, HEGAZY = (
    "person:barack-obama", "person:emmanuel-macron", "person:giuseppe-conte", "person:abdel-fattah-el-sisi",
    "person:mohamed-bin-zayed", "person:mahmoud-hegazy")

AFP = "blind set (French news wire, English, AFP-like)"
ASHARQ = "blind set (London-based Arab daily, Arabic, Asharq Al-Awsat-like)"
AP = "blind set (US news wire, English, AP-like)"
WASAT = "blind set (Libyan independent news site, Arabic, Al-Wasat-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
ARABIYA = "blind set (Gulf TV channel's website, Arabic, Al Arabiya-like)"

ARTICLES = [
    ("enTG1_kadhafi_killed_sirte_afp", "en",
     "Kadhafi killed as his hometown Sirte falls\n"
     "SIRTE, Libya, Oct 20, 2011 (AFP) - Moamer Kadhafi, who ruled Libya with an iron fist for 42 years, was "
     "killed on Thursday after being captured near his hometown of Sirte, the country's new leaders said.\n"
     "\"We have been waiting for this moment for a long time. Moamer Kadhafi has been killed,\" Libya's interim "
     "prime minister Mahmud Jibril told reporters in Tripoli.\n"
     "Fighters said the fallen strongman was found hiding in a drainage pipe west of the city after NATO "
     "warplanes struck his convoy at dawn. Mobile phone footage showed him alive and bloodied, surrounded by a "
     "crowd of fighters, before his body was driven to Misrata.\n"
     "Jibril said a first medical report showed that Kadhafi had died of a bullet wound to the head, hit in "
     "crossfire between his guards and revolutionaries as he was being taken to hospital. He denied that the "
     "former leader had been executed, as the UN human rights office called for an inquiry.\n"
     "His son Mutassim, who had commanded the defence of Sirte, was also killed, officials of the National "
     "Transitional Council said, without giving details.\n"
     "NTC chairman Mustafa Abdel Jalil is due to declare the country's liberation in Benghazi on Sunday. In "
     "Washington, President Barack Obama said \"the dark shadow of tyranny has been lifted\".",
     [("LEADS", GADDAFI, LIBYA, "who ruled Libya with an iron fist"),
      ("LEADS", JIBRIL, LIBYA, "Libya's interim prime minister Mahmud Jibril"),
      ("LEADS", JALIL, NTC, "NTC chairman Mustafa Abdel Jalil"),
      ("LEADS", OBAMA, US, "President Barack Obama said"),
      ],
     {"source": AFP, "published": "2011-10-20"}),

    ("arTG2_hrw_mutassim_asharq", "ar",
     "«هيومن رايتس ووتش»: ميليشيات مصراتة أعدمت المعتصم القذافي بعد أسره\n"
     "لندن: «الشرق الأوسط»\n"
     "قالت منظمة هيومن رايتس ووتش في تقرير أصدرته أمس بعنوان «موت دكتاتور» إن أدلة جديدة تشير إلى أن ميليشيات "
     "من مصراتة أعدمت ما لا يقل عن 66 من أفراد موكب العقيد معمر القذافي بعد أسرهم قرب سرت يوم 20 أكتوبر "
     "(تشرين الأول) 2011.\n"
     "وأكد التقرير أن المعتصم، نجل القذافي، قُتل على أيدي عناصر من كتائب مصراتة بعد ساعات من اعتقاله حياً، إذ "
     "يظهر في مقطع مصور وهو يدخن سيجارة ويشرب الماء، قبل أن تظهر جثته لاحقاً وعليها جرح في العنق.\n"
     "أما بشأن مقتل العقيد نفسه، فلم يتمكن التقرير من تحديد من أطلق عليه النار، مكتفياً بالقول إنه تعرض للضرب "
     "والطعن بحربة وهو في قبضة الثوار، وطالب رئيس المؤتمر الوطني العام محمد المقريف بفتح تحقيق جدي.\n"
     "في سياق متصل، توفي الشهر الماضي في مستشفى بباريس الشاب عمران شعبان، ابن مصراتة الذي يُنسب إليه العثور على "
     "القذافي مختبئاً في أنبوب للصرف، متأثراً بجروح أصيب بها خلال احتجازه في بني وليد. وكان المقريف قد زار "
     "شعبان في المستشفى قبل نقله إلى فرنسا.\n"
     "واتهم مسؤولون في مصراتة «فلول النظام» في بني وليد بتعذيبه، وهو ما نفاه وجهاء المدينة.",
     [("ASSASSINATED_BY", MUTASSIM, MISRATA_BRIGADES, "قُتل على أيدي عناصر من كتائب مصراتة", "2011-10-20"),
      ("LEADS", MAGARIAF, GNC, "رئيس المؤتمر الوطني العام محمد المقريف"),
      ("MET_WITH", MAGARIAF, SHAABAN, "وكان المقريف قد زار"),
      ],
     {"source": ASHARQ, "published": "2012-10-18"}),

    ("enTG3_stevens_killed_benghazi_ap", "en",
     "US ambassador to Libya killed in Benghazi consulate attack\n"
     "BENGHAZI, Libya (AP) — The U.S. ambassador to Libya and three other Americans were killed when a mob of "
     "heavily armed militants stormed the U.S. consulate in Benghazi and set it ablaze, Libyan officials said "
     "Wednesday.\n"
     "J. Christopher Stevens, 52, a career diplomat who had served as Washington's envoy to the rebels during "
     "last year's uprising against Moammar Gadhafi, died of smoke inhalation after being trapped inside the "
     "burning main building, officials said.\n"
     "Libya's deputy interior minister blamed Gadhafi loyalists. Other officials and witnesses said fighters of "
     "Ansar al-Shariah, a militia of Islamist hard-liners, were among the attackers; the group said in a "
     "statement that it \"did not participate as a single entity.\"\n"
     "Mohammed el-Megarif, president of Libya's newly elected General National Congress, apologized to the "
     "American people at a news conference in Tripoli. Stevens had met el-Megarif in the capital only last week "
     "to discuss security cooperation, a congress spokesman said.\n"
     "President Barack Obama condemned the \"outrageous attack\" and later spoke by telephone with el-Megarif. "
     "Secretary of State Hillary Rodham Clinton called Stevens \"a courageous, exemplary\" diplomat.",
     [("LEADS", MAGARIAF, GNC, "president of Libya's newly elected General National Congress"),
      ("MET_WITH", STEVENS, MAGARIAF, "Stevens had met el-Megarif"),
      ("LEADS", OBAMA, US, "President Barack Obama condemned"),
      ],
     {"source": AP, "published": "2012-09-12"}),

    ("arTG4_haftar_sarraj_abu_dhabi_wasat", "ar",
     "لقاء حفتر والسراج في أبوظبي: توافق على حل سياسي وانتخابات العام المقبل\n"
     "القاهرة - بوابة الوسط\n"
     "التقى القائد العام للجيش الوطني الليبي المشير خليفة حفتر، ورئيس المجلس الرئاسي لحكومة الوفاق الوطني فائز "
     "السراج، الثلاثاء في العاصمة الإماراتية أبوظبي، في أول لقاء مباشر بينهما منذ أكثر من عام.\n"
     "وأفادت مصادر مطلعة لـ«الوسط» بأن الاجتماع الذي استمر نحو ساعتين عُقد برعاية ولي عهد أبوظبي الشيخ محمد "
     "بن زايد آل نهيان، الذي استقبل الرجلين كلاً على حدة قبل أن يجمعهما.\n"
     "وتناول اللقاء، وفق بيان للمجلس الرئاسي، سبل تعديل الاتفاق السياسي وتوحيد المؤسسة العسكرية تحت سلطة مدنية.\n"
     "وكان من المقرر أن يلتقي الرجلان في القاهرة منتصف فبراير الماضي برعاية الرئيس المصري عبد الفتاح السيسي، "
     "غير أن حفتر رفض الاجتماع بالسراج في اللحظة الأخيرة، فاكتفى رئيس أركان الجيش المصري الفريق محمود حجازي "
     "حينها بلقاء كل منهما على حدة.\n"
     "ورحب المبعوث الأممي مارتن كوبلر بلقاء أبوظبي في تغريدة، داعياً الطرفين إلى البناء عليه.",
     [("LEADS", HAFTAR, LNA, "القائد العام للجيش الوطني الليبي المشير"),
      ("LEADS", SARRAJ, PC, "ورئيس المجلس الرئاسي لحكومة"),
      ("MET_WITH", HAFTAR, SARRAJ, "التقى القائد العام", "2017-05-02"),
      ("MET_WITH", MBZ, HAFTAR, "الذي استقبل الرجلين كلاً", "2017-05-02"),
      ("MET_WITH", MBZ, SARRAJ, "بن زايد آل نهيان", "2017-05-02"),
      ("LEADS", SISI, EGYPT, "الرئيس المصري عبد الفتاح"),
      ("MET_WITH", HEGAZY, HAFTAR, "بلقاء كل منهما", "2017-02-14"),
      ("MET_WITH", HEGAZY, SARRAJ, "الفريق محمود حجازي", "2017-02-14"),
      ],
     {"source": WASAT, "published": "2017-05-03"}),

    ("enTG5_macron_hosts_serraj_haftar_reuters", "en",
     "Libya rivals agree to ceasefire, elections at Macron-hosted talks\n"
     "LA CELLE-SAINT-CLOUD, France (Reuters) - Libya's U.N.-backed Prime Minister Fayez al-Serraj and eastern "
     "military commander Khalifa Haftar committed on Tuesday to a conditional ceasefire and to hold elections as "
     "soon as possible, after talks hosted by French President Emmanuel Macron near Paris.\n"
     "Macron received the two men at a chateau west of the capital, first separately and then together, in the "
     "presence of Ghassan Salame, the Lebanese academic who took over this month as U.N. special envoy for Libya "
     "from Germany's Martin Kobler.\n"
     "\"The cause of peace has made great progress today,\" Macron told reporters, standing between Serraj and "
     "Haftar, who shook hands but did not sign the 10-point declaration.\n"
     "Italian officials, irritated at being sidelined, said Rome had not been consulted. An invitation to Haftar "
     "to visit Rome earlier this year was never taken up.\n"
     "Serraj heads the Government of National Accord in Tripoli, while Haftar's Libyan National Army controls "
     "much of the east. The two men last met in Abu Dhabi in May.",
     [("LEADS", SARRAJ, LIBYA, "Libya's U.N.-backed Prime Minister Fayez"),
      ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron")]
     + met_group({HAFTAR: "Khalifa Haftar committed", SARRAJ: "Macron received the two men",
                  MACRON: "Macron received", SALAME: "presence of Ghassan Salame"}, "2017-07-25")
     + [("SUCCESSOR_OF", SALAME, KOBLER, "took over this month as U.N. special envoy", "2017-07"),
        ("LEADS", SARRAJ, GNA, "Serraj heads the Government of National Accord"),
        ("LEADS", HAFTAR, LNA, "Haftar's Libyan National Army"),
        ],
     {"source": REUTERS, "published": "2017-07-25"}),

    ("arTG6_haftar_sarraj_palermo_arabiya", "ar",
     "حفتر يلتقي السراج في باليرمو على هامش مؤتمر إيطاليا حول ليبيا\n"
     "باليرمو - العربية.نت\n"
     "التقى قائد الجيش الليبي المشير خليفة حفتر، صباح الثلاثاء، رئيسَ حكومة الوفاق فايز السراج في اجتماع مصغر "
     "على هامش مؤتمر باليرمو، بحضور رئيس الوزراء الإيطالي جوزيبي كونتي والرئيس المصري عبد الفتاح السيسي والمبعوث "
     "الأممي غسان سلامة.\n"
     "وكان كونتي قد استقبل حفتر مساء الاثنين فور وصوله إلى المدينة، بعد أن ظل حضور المشير غير مؤكد حتى اللحظة "
     "الأخيرة. وأوضح مكتب القائد العام أن حفتر لن يشارك في الجلسات الرسمية للمؤتمر، وأن زيارته تقتصر على لقاءات "
     "مع رؤساء دول الجوار.\n"
     "في المقابل، أعلن نائب الرئيس التركي فؤاد أوقطاي انسحاب وفد بلاده من المؤتمر احتجاجاً على استبعاد تركيا من "
     "الاجتماع المصغر، واصفاً ذلك بأنه «خيبة أمل عميقة».\n"
     "وقال سلامة في مؤتمر صحافي إن الليبيين «يريدون انتخابات»، مرجحاً عقد ملتقى وطني في مطلع العام المقبل.\n"
     "ولم يلتقِ حفتر رئيسَ المجلس الأعلى للدولة خالد المشري، الذي كان ضمن وفد طرابلس، بحسب مصادر ليبية.",
     [("LEADS", HAFTAR, LNA, "قائد الجيش الليبي المشير"),
      ("LEADS", SARRAJ, GNA, "رئيسَ حكومة الوفاق فايز")]
     + met_group({HAFTAR: "قائد الجيش الليبي", SARRAJ: "حكومة الوفاق فايز السراج في اجتماع",
                  CONTE: "جوزيبي كونتي والرئيس", SISI: "عبد الفتاح السيسي والمبعوث",
                  SALAME: "الأممي غسان سلامة"}, "2018-11-13")
     + [("LEADS", CONTE, ITALY, "رئيس الوزراء الإيطالي جوزيبي"),
        ("LEADS", SISI, EGYPT, "والرئيس المصري عبد الفتاح"),
        ("LEADS", MISHRI, HCS, "رئيسَ المجلس الأعلى للدولة خالد"),
        ],
     {"source": ARABIYA, "published": "2018-11-13"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTG")
