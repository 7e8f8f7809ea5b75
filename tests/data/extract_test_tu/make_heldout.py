"""Blind set TU: al-Qaeda's leaders killed and replaced, 2011-2020 (first folder of TU-TV): Osama bin Laden
killed by US forces in Abbottabad (2 May 2011), Ayman al-Zawahiri named to succeed him (16 June 2011), Anwar
al-Awlaki and Samir Khan killed by a US drone strike in Yemen (30 September 2011), AQAP's confirmation of Nasir
al-Wuhayshi's death in Mukalla and Qasim al-Raymi named after him (June 2015), Abdelmalek Droukdel killed by
French forces in northern Mali (June 2020) and Abu Ubaydah Yusuf al-Annabi named to lead AQIM (November 2020),
as a British wire writes it in English (Reuters-like: "WASHINGTON, May 2 (Reuters) -"), a Qatari TV channel's
website in Arabic (Al Jazeera-like: "الجزيرة نت"), a US wire in English (AP-like: "SANAA, Yemen (AP) -"), a
London-based pan-Arab daily in Arabic (Asharq Al-Awsat-like: "صنعاء: «الشرق الأوسط»"), a French international
channel's English website (France 24-like: "with AFP"), and an Algerian daily in Arabic (El Khabar-like:
"الجزائر - «الخبر»").
Pieces: bin Laden killed by US special forces in Abbottabad; Panetta's CIA ran the raid; Obama called Zardari
(English, TU1); al-Qaeda names al-Zawahiri to succeed bin Laden, killed by US forces; Saif al-Adel's interim
leadership only reported (Arabic, TU2); Awlaki and Samir Khan killed by a CIA drone; Hadi receives the US
ambassador (English, TU3); Wuhayshi killed in a US strike, Raymi named his successor,
Batarfi reads the statement (Arabic, TU4); Droukdel killed by French forces; Macron had received Keita in Pau
(English, TU5); AQIM names al-Annabi to succeed Droukdel, killed by French forces (Arabic, TU6).
Excluded on purpose (no relation): Obama's phone call to Zardari, the Pakistani Taliban's threats, al-Zawahiri
only "seen as" the likely successor (TU1); the reports that Saif al-Adel led in the interim, which the group
never confirmed (TU2); the bomb-maker Ibrahim al-Asiri, "possibly" killed too (TU3); the earlier, denied report
of Wuhayshi's death, Hadi's government welcoming the strike (TU4); the planned Nouakchott summit, the capture
of an ISGS figure (TU5); the claim of AQIM's involvement in the Bamako hostages deal (TU6).
Judgement calls: "killed by U.S. special forces" is ASSASSINATED_BY the United States; the CIA which "led"
the operation is not paired (the text names US forces as the agent) (TU1); "اختار ... أميراً ... خلفاً" is a
succession (TU2); "killed by a CIA drone" gives the victim -> CIA, and Samir Khan, "killed in the same
strike", -> CIA too (TU3); "في غارة أميركية" as AQAP states it: victim -> United States (TU4); "killed by
French forces" -> France (TU5: the state as the actor, as "US forces" -> United States); "خلفاً لـ" after
"تعيين ... أميراً" is a succession (TU6); an emir / leader LEADS his group.
Filled in for the exercise: the wording of the officials, the hour of the announcement (TU1); the wording of
the statement, the reports on Saif al-Adel (TU2); Hadi's reception of the US ambassador and its attendee
(TU3); the local sources' wording (TU4); the ministry's wording (TU5); the wording of the statement and the
experts' comments (TU6).
Spellings: "Osama bin Laden", "Leon Panetta", "Asif Ali Zardari" (TU1); «أيمن الظواهري»، «أسامة بن لادن»،
«سيف العدل» (TU2); "Anwar al-Awlaki", "Samir Khan", "Abed Rabbo Mansour Hadi", "Gerald Feierstein" (TU3);
«ناصر الوحيشي»، «أبو بصير»، «قاسم الريمي»، «خالد باطرفي» (TU4); "Abdelmalek Droukdal", "Florence Parly",
"Ibrahim Boubacar Keita" (TU5); «أبو عبيدة يوسف العنابي»، «عبد المالك درودكال»، «أبو مصعب عبد الودود» (TU6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_tv import ALL  # noqa: E402

HERE = Path(__file__).parent

US, PAKISTAN, YEMEN, FRANCE, MALI = (
    "country:united-states", "country:pakistan", "country:yemen", "country:france", "country:mali")
AQ, AQAP, AQIM, CIA, JNIM = (
    "organization:al-qaeda", "organization:al-qaeda-in-the-arabian-peninsula", "organization:aqim",
    "organization:cia", "organization:jnim")
BINLADEN, ZAWAHIRI, ADEL, AWLAKI, KHAN, WUHAYSHI, RAYMI, BATARFI = (
    "person:osama-bin-laden", "person:ayman-al-zawahiri", "person:saif-al-adel", "person:anwar-al-awlaki",
    "person:samir-khan", "person:nasir-al-wuhayshi", "person:qasim-al-raymi", "person:khalid-batarfi")
DROUKDEL, ANNABI, GHALY = (
    "person:abdelmalek-droukdel", "person:abu-ubaydah-yusuf-al-annabi", "person:iyad-ag-ghaly")
OBAMA, PANETTA, ZARDARI, HADI, MACRON, PARLY, KEITA = (
    "person:barack-obama", "person:leon-panetta", "person:asif-ali-zardari", "person:abdrabbuh-mansur-hadi",
    "person:emmanuel-macron", "person:florence-parly", "person:ibrahim-boubacar-keita")
FEIERSTEIN, EIJ, SALEH = (
    "person:gerald-feierstein", "organization:egyptian-islamic-jihad", "person:ali-abdullah-saleh")

REUTERS = "blind set (British news wire, English, Reuters-like)"
JAZEERA = "blind set (Qatari TV channel's website, Arabic, Al Jazeera-like)"
AP = "blind set (US news wire, English, AP-like)"
AWSAT = "blind set (London-based pan-Arab daily, Arabic, Asharq Al-Awsat-like)"
F24 = "blind set (French international channel's website, English, France 24-like)"
KHABAR = "blind set (Algerian daily, Arabic, El Khabar-like)"

ARTICLES = [
    ("enTU1_bin_laden_killed_abbottabad_reuters", "en",
     "Osama bin Laden killed in U.S. raid in Pakistan, Obama says\n"
     "WASHINGTON, May 2 (Reuters) - Osama bin Laden, the al Qaeda leader behind the Sept. 11 attacks, was "
     "killed by U.S. special forces in a raid on a fortified compound in the Pakistani town of Abbottabad, "
     "President Barack Obama announced late on Sunday.\n"
     "\"Justice has been done,\" Obama said in a televised address from the White House, adding that a small "
     "team had killed bin Laden after a firefight and taken custody of his body.\n"
     "U.S. officials said the operation was led by the CIA under Director Leon Panetta, which had tracked a "
     "trusted courier to the compound, about 35 miles (60 km) north of Islamabad, since last August.\n"
     "Obama telephoned Pakistani President Asif Ali Zardari after the raid. Officials said Islamabad had not "
     "been told of the operation in advance.\n"
     "The Pakistani Taliban threatened to avenge the killing with attacks on Pakistani and American targets. "
     "Bin Laden's Egyptian deputy, Ayman al-Zawahiri, is seen by analysts as the most likely figure to take "
     "over the network, though he is believed to lack his charisma.",
     [("LEADS", BINLADEN, AQ, "the al Qaeda leader behind"),
      ("ASSASSINATED_BY", BINLADEN, US, "killed by U.S. special forces", "2011-05-02"),
      ("LEADS", OBAMA, US, "President Barack Obama announced"),
      ("LEADS", PANETTA, CIA, "under Director Leon Panetta"),
      ("LEADS", ZARDARI, PAKISTAN, "Pakistani President Asif Ali Zardari"),
      ],
     {"source": REUTERS, "published": "2011-05-02"}),

    ("arTU2_zawahiri_named_jazeera", "ar",
     "القاعدة تختار الظواهري زعيماً لها خلفاً لابن لادن\n"
     "الجزيرة نت\n"
     "أعلن تنظيم القاعدة اليوم الخميس أن مجلس قيادته العامة اختار الدكتور أيمن الظواهري أميراً للتنظيم خلفاً "
     "لمؤسسه أسامة بن لادن، الذي قتلته قوة أميركية خاصة في مدينة أبوت آباد الباكستانية مطلع مايو/أيار "
     "الماضي.\n"
     "وجاء في بيان نشر على مواقع جهادية على الإنترنت أن \"القيادة العامة لجماعة قاعدة الجهاد تعلن تولي الشيخ "
     "الدكتور أيمن الظواهري -وفقه الله- مسؤولية الإمارة في الجماعة\"، وتعهد البيان بمواصلة \"الجهاد\" ضد "
     "الولايات المتحدة وإسرائيل.\n"
     "والظواهري طبيب مصري في الستين من عمره، كان الرجل الثاني في التنظيم، وقاد قبل ذلك جماعة الجهاد "
     "الإسلامي المصرية التي اندمجت في القاعدة عام 2001.\n"
     "وكانت تقارير صحفية قد أشارت الشهر الماضي إلى أن المصري سيف العدل كُلف بقيادة التنظيم مؤقتاً، وهو ما "
     "لم يؤكده التنظيم في أي من بياناته.\n"
     "ويرى خبراء في الجماعات الإسلامية أن الظواهري يفتقر إلى الجاذبية التي كان يتمتع بها بن لادن، وأن التنظيم "
     "بات يعتمد أكثر على فروعه في اليمن والمغرب العربي والعراق.",
     [("SUCCESSOR_OF", ZAWAHIRI, BINLADEN, "أميراً للتنظيم خلفاً", "2011-06-16"),
      ("LEADS", ZAWAHIRI, AQ, "اختار الدكتور أيمن الظواهري أميراً"),
      ("ASSASSINATED_BY", BINLADEN, US, "الذي قتلته قوة أميركية خاصة", "2011-05-02"),
      ("LEADS", BINLADEN, AQ, "لمؤسسه أسامة بن لادن"),
      ("LEADS", ZAWAHIRI, EIJ, "وقاد قبل ذلك جماعة الجهاد"),
      ],
     {"source": JAZEERA, "published": "2011-06-16"}),

    ("enTU3_awlaki_killed_ap", "en",
     "US-born cleric Anwar al-Awlaki killed in Yemen\n"
     "SANAA, Yemen (AP) - Anwar al-Awlaki, the American-born cleric who became a leading figure in al-Qaida's "
     "Yemeni offshoot, was killed Friday by a CIA drone in the northern province of Jawf, U.S. officials "
     "said.\n"
     "Samir Khan, a Pakistani-American who edited the group's English-language online magazine Inspire, was "
     "killed in the same strike, the officials said. Yemen's Defense Ministry announced only that al-Awlaki "
     "\"has been killed along with some of his companions.\"\n"
     "A Yemeni security official said the bomb-maker Ibrahim al-Asiri may also have died in the attack, but "
     "this could not be confirmed.\n"
     "Al-Awlaki, a member of al-Qaida in the Arabian Peninsula, was linked to the failed Christmas Day 2009 "
     "bombing of a Detroit-bound airliner and to the 2009 shootings at Fort Hood, Texas.\n"
     "In Sanaa, Vice President Abed Rabbo Mansour Hadi, who is running the government while President Ali "
     "Abdullah Saleh recovers from his wounds, received U.S. Ambassador Gerald Feierstein on Saturday and "
     "discussed counterterrorism cooperation, the state news agency Saba said.",
     [("MEMBER_OF", AWLAKI, AQAP, "a member of al-Qaida in the Arabian Peninsula"),
      ("ASSASSINATED_BY", AWLAKI, CIA, "killed Friday by a CIA drone", "2011-09-30"),
      ("ASSASSINATED_BY", KHAN, CIA, "killed in the same strike", "2011-09-30"),
      ("LEADS", SALEH, YEMEN, "Abdullah Saleh recovers"),
      ("MET_WITH", HADI, FEIERSTEIN, "received U.S. Ambassador Gerald Feierstein", "2011-10-01"),
      ],
     {"source": AP, "published": "2011-10-01"}),
]

ARTICLES += [
    ("arTU4_wuhayshi_killed_raymi_named_awsat", "ar",
     "«القاعدة في جزيرة العرب» تؤكد مقتل الوحيشي وتعيّن الريمي خلفاً له\n"
     "صنعاء: «الشرق الأوسط»\n"
     "أكد تنظيم «القاعدة في جزيرة العرب» أمس مقتل زعيمه ناصر الوحيشي، المكنى «أبو بصير»، في غارة أميركية "
     "استهدفته في مدينة المكلا، عاصمة محافظة حضرموت، وأعلن اختيار القائد العسكري للتنظيم قاسم الريمي أميراً "
     "جديداً خلفاً له.\n"
     "وظهر القيادي في التنظيم خالد باطرفي في تسجيل مصور بثته مؤسسة «الملاحم»، الذراع الإعلامية للتنظيم، "
     "وقال إن الوحيشي قُتل مع اثنين من رفاقه، وإن الريمي جدد البيعة لزعيم تنظيم القاعدة الدكتور أيمن "
     "الظواهري.\n"
     "والوحيشي، الذي عمل سكرتيراً شخصياً لأسامة بن لادن في أفغانستان، فر من سجن للأمن السياسي في صنعاء عام "
     "2006، قبل أن يتولى قيادة فرع اليمن ثم الفرع الموحد عند إعلانه مطلع 2009.\n"
     "وكانت مصادر قبلية قد تحدثت الشهر الماضي عن مقتله في غارة بمحافظة شبوة، قبل أن ينفي التنظيم ذلك في "
     "بيان مقتضب.\n"
     "وأكد البيت الأبيض في وقت لاحق مقتل الوحيشي، من دون أن يوضح ملابسات العملية، فيما رحب مصدر في الحكومة "
     "اليمنية بما وصفه بـ\"الضربة الموجعة\" للتنظيم الذي يسيطر على المكلا منذ أبريل الماضي.",
     [("ASSASSINATED_BY", WUHAYSHI, US, "في غارة أميركية", "2015-06-12"),
      ("LEADS", WUHAYSHI, AQAP, "مقتل زعيمه ناصر الوحيشي"),
      ("SUCCESSOR_OF", RAYMI, WUHAYSHI, "جديداً خلفاً له", "2015-06-16"),
      ("LEADS", RAYMI, AQAP, "القائد العسكري للتنظيم قاسم الريمي"),
      ("MEMBER_OF", BATARFI, AQAP, "وظهر القيادي في التنظيم خالد باطرفي"),
      ("LEADS", ZAWAHIRI, AQ, "لزعيم تنظيم القاعدة الدكتور"),
      ],
     {"source": AWSAT, "published": "2015-06-17"}),

    ("enTU5_droukdel_killed_france24", "en",
     "French forces kill AQIM leader Droukdal in northern Mali\n"
     "Issued on: 06/06/2020 - with AFP\n"
     "French forces have killed Abdelmalek Droukdal, the leader of al-Qaeda in the Islamic Maghreb (AQIM), "
     "in an operation in northern Mali, Armed Forces Minister Florence Parly announced on Friday.\n"
     "Droukdal, an Algerian who had headed the group since 2004, died on Wednesday near Talhandak, close to "
     "the Algerian border, along with \"several of his close collaborators\", Parly wrote on Twitter. US "
     "forces provided intelligence and surveillance support, a US military spokesman said.\n"
     "The ministry also said French troops had captured on May 19 Mohamed el Mrabat, a veteran jihadist "
     "described as a senior figure of the Islamic State in the Greater Sahara (ISGS).\n"
     "AQIM's Sahel affiliate, the alliance known by its Arabic acronym JNIM and led by the Malian Tuareg "
     "Iyad Ag Ghaly, has carried out many of the deadliest attacks on Malian and French troops.\n"
     "President Emmanuel Macron, who received Malian President Ibrahim Boubacar Keita and the other heads of "
     "state of the G5 Sahel at a summit in Pau in January, is due to travel to Nouakchott on June 30 for a "
     "new summit on the region.",
     [("ASSASSINATED_BY", DROUKDEL, FRANCE, "French forces have killed Abdelmalek Droukdal", "2020-06-03"),
      ("LEADS", DROUKDEL, AQIM, "the leader of al-Qaeda in the Islamic Maghreb"),
      ("LEADS", GHALY, JNIM, "led by the Malian Tuareg"),
      ("MET_WITH", MACRON, KEITA, "who received Malian President Ibrahim Boubacar Keita", "2020-01-13"),
      ("LEADS", MACRON, FRANCE, "President Emmanuel Macron, who"),
      ("LEADS", KEITA, MALI, "Malian President Ibrahim"),
      ],
     {"source": F24, "published": "2020-06-06"}),

    ("arTU6_annabi_named_aqim_khabar", "ar",
     "«القاعدة في بلاد المغرب» تعلن العنابي أميراً جديداً خلفاً لدرودكال\n"
     "الجزائر - «الخبر»\n"
     "أعلن تنظيم «القاعدة في بلاد المغرب الإسلامي» تعيين الجزائري أبو عبيدة يوسف العنابي، واسمه الحقيقي يزيد "
     "مبارك، أميراً جديداً له خلفاً لعبد المالك درودكال المكنى «أبو مصعب عبد الودود»، الذي قتلته القوات "
     "الفرنسية في شمال مالي مطلع جوان الماضي.\n"
     "وجاء الإعلان في تسجيل بثته مؤسسة «الأندلس»، الذراع الإعلامية للتنظيم، بعد أكثر من خمسة أشهر على مقتل "
     "درودكال، وأكد فيه التنظيم أن أميره الجديد جدد البيعة لزعيم القاعدة أيمن الظواهري.\n"
     "والعنابي، المنحدر من مدينة عنابة في شرق البلاد، من أقدم قيادات التنظيم، وقد أدرجته الولايات المتحدة عام "
     "2015 على قائمتها للإرهابيين الدوليين.\n"
     "وكانت وزيرة الجيوش الفرنسية فلورنس بارلي قد أعلنت في 5 جوان مقتل درودكال قرب الحدود الجزائرية.\n"
     "وتحدثت تقارير عن دور للتنظيم في صفقة الإفراج عن الرهينة الفرنسية صوفي بيترونين والسياسي المالي "
     "سومايلا سيسي في أكتوبر الماضي، مقابل إطلاق نحو 200 سجين، وهو ما لم تؤكده باماكو ولا باريس.\n"
     "ويرى مختصون في الجماعات المسلحة أن اختيار العنابي يعكس بقاء قيادة التنظيم في يد الجزائريين رغم انتقال "
     "ثقله الميداني إلى منطقة الساحل.",
     [("SUCCESSOR_OF", ANNABI, DROUKDEL, "أميراً جديداً له خلفاً", "2020-11-21"),
      ("LEADS", ANNABI, AQIM, "تعيين الجزائري أبو عبيدة"),
      ("ASSASSINATED_BY", DROUKDEL, FRANCE, "الذي قتلته القوات", "2020-06-03"),
      ("LEADS", ZAWAHIRI, AQ, "لزعيم القاعدة أيمن"),
      ],
     {"source": KHABAR, "published": "2020-11-22"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTU")
