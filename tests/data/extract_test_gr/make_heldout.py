"""Blind set GR: Iran's allies and rivals around the region 2020-2025, outside Iraq, in the style of
TV-channel websites (Al Jazeera, Al Mayadeen, Sky News Arabia) and their English pages: the US strikes
on Yemen of March 2025 and an Omani meeting with the Houthi negotiator; Iran's ambassador Hassan Irloo
presenting his credentials in Sanaa (2020) and his death (2021); Ahmed al-Sharaa with Trump and Mohammed
bin Salman in Riyadh, al-Shaibani with Rubio and al-Sharaa with Tom Barrack (May 2025); the killing of
Hassan Nasrallah, Ali Karaki and Abbas Nilforoushan (Sep 2024); Mikati and then Nawaf Salam received by
al-Sharaa in Damascus (2025); Zarif in Beirut after the port blast and in Damascus (2020).
Style: channel web copy with a headline, place line and "told Al Jazeera" attributions; a phone
participant, US denials, accusations that are denied, an unnamed successor, a "possible successor",
a meeting not on the programme.
Spellings: Yahya Sare'e, Mohammed Abdelsalam, Ahmad al-Shara, Asaad Hassan al-Shibani, Thomas Barrack,
Elias al-Bissari, حسن نصرالله, نيلفروشان, ميشيل عون, حسن إيرلو.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gr import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAN, SYR, ISR, LEB, TUR = ("country:united-states", "country:iran", "country:syria", "country:israel",
                                "country:lebanon", "country:turkey")
IRFM, SYFM, LEBFM, OMFM = ("organization:iranian-foreign-ministry", "organization:syrian-foreign-ministry",
                           "organization:lebanese-foreign-ministry", "organization:omani-foreign-ministry")
LGOV, LPARL = "organization:lebanese-government", "organization:lebanese-parliament"
HOU, HGOV, SPC = ("organization:houthis", "organization:houthi-government",
                  "organization:houthi-supreme-political-council")
HEZ, IRGC, IDF = "organization:hezbollah", "organization:irgc", "organization:israel-defense-forces"
TRUMP, HEG, BUKH, SAREE = ("person:donald-trump", "person:pete-hegseth", "person:mohammed-al-bukhaiti",
                           "person:yahya-saree")
BUSA, ABDS, BAGHAEI = "person:badr-albusaidi", "person:mohammed-abdulsalam", "person:esmaeil-baghaei"
IRLOO, MASH, SHARAF, KHATIB = ("person:hassan-irloo", "person:mahdi-al-mashat", "person:hisham-sharaf",
                               "person:saeed-khatibzadeh")
SHARAA, MBS, ERD, SHAIB, RUBIO, BARR = ("person:ahmed-al-sharaa", "person:mohammed-bin-salman",
                                        "person:recep-tayyip-erdogan", "person:asaad-al-shaibani",
                                        "person:marco-rubio", "person:tom-barrack")
NASR, KARAKI, NILF, ADRAEE, SAFI, MUSAWI = ("person:hassan-nasrallah", "person:ali-karaki",
                                            "person:abbas-nilforoushan", "person:avichay-adraee",
                                            "person:hashem-safieddine", "person:abbas-al-musawi")
MIKATI, BAISS, NSALAM, RAJJI = ("person:najib-mikati", "person:elias-baissari", "person:nawaf-salam",
                                "person:youssef-rajji")
ZARIF, MAOUN, BERRI, DIAB, WEHBE, HITTI, MACRON, ASSAD = (
    "person:mohammad-javad-zarif", "person:michel-aoun", "person:nabih-berri", "person:hassan-diab",
    "person:charbel-wehbe", "person:nassif-hitti", "person:emmanuel-macron", "person:bashar-al-assad")

ARTICLES = [
    ("enGR1_us_strikes_yemen_muscat", "en",
     "US strikes on Yemen kill dozens as Trump vows to 'annihilate' Houthis\n"
     "The Houthi-run health ministry says at least 31 people were killed when United States air strikes "
     "hit Sanaa and the northern province of Saada overnight, in the largest American operation in Yemen "
     "since President Donald Trump returned to office.\n"
     "Trump said he had ordered \"decisive and powerful\" action over the group's attacks on Red Sea "
     "shipping, and Defense Secretary Pete Hegseth said the campaign would go on until the attacks stopped.\n"
     "Mohammed al-Bukhaiti, a member of the Houthis' political bureau, told Al Jazeera that \"Sanaa will "
     "remain Gaza's shield\" and that the group would respond.\n"
     "Hours later the group's military spokesman, Yahya Sare'e, said its forces had fired missiles and "
     "drones at the aircraft carrier USS Harry S Truman in the northern Red Sea, a claim the Pentagon did "
     "not confirm.\n"
     "In Muscat, Oman's Foreign Minister Badr Albusaidi met the Houthis' chief negotiator, Mohammed "
     "Abdelsalam, and urged \"restraint by all sides\", Oman News Agency reported.\n"
     "Iran's foreign ministry spokesman Esmaeil Baghaei condemned the strikes but denied that Tehran "
     "directs the group's operations.",
     [("ATTACKED", US, "location:sanaa", "United States air strikes hit Sanaa", "2025-03-15"),
      ("LEADS", TRUMP, US, "since President Donald Trump returned"),
      ("LEADS", HEG, "organization:us-department-of-defense", "Defense Secretary Pete Hegseth"),
      ("MEMBER_OF", BUKH, HOU, "a member of the Houthis' political bureau"),
      ("REPORTED_BY", BUKH, "outlet:al-jazeera", "told Al Jazeera"),
      ("MEMBER_OF", SAREE, HOU, "the group's military spokesman"),
      ("MET_WITH", BUSA, ABDS, "met the Houthis' chief negotiator", "2025-03"),
      ("LEADS", BUSA, OMFM, "Oman's Foreign Minister Badr"),
      ("MEMBER_OF", ABDS, HOU, "the Houthis' chief negotiator, Mohammed"),
      ("REPORTED_BY", BUSA, "outlet:oman-news-agency", "Oman News Agency reported"),
      ("MEMBER_OF", BAGHAEI, IRFM, "foreign ministry spokesman Esmaeil"),
      ],
     {"source": "blind set (TV website, English)", "title": "US strikes on Yemen kill dozens",
      "published": "2025-03-16"}),

    ("arGR2_irloo_credentials_sanaa", "ar",
     "الميادين نت - صنعاء\n"
     "قدّم السفير الإيراني الجديد لدى صنعاء حسن إيرلو أوراق اعتماده إلى رئيس المجلس السياسي الأعلى مهدي "
     "المشاط، في مراسم رسمية أقيمت في القصر الجمهوري، بحضور وزير الخارجية في حكومة الإنقاذ هشام شرف.\n"
     "وأكد المشاط خلال اللقاء، وفق ما نقلت وكالة سبأ، \"عمق العلاقات الأخوية بين الشعبين اليمني "
     "والإيراني\"، فيما وصف إيرلو وصوله إلى صنعاء بأنه \"كسرٌ للحصار\".\n"
     "وكانت وزارة الخزانة الأميركية قد فرضت عقوبات على إيرلو، معتبرةً أنه ضابط في فيلق القدس التابع "
     "للحرس الثوري، وهو ما لم تعلّق عليه طهران.\n"
     "وبعد نحو عام، أُعلن في ديسمبر 2021 وفاة إيرلو في طهران متأثراً بإصابته بفيروس كورونا، واتهم "
     "المتحدث باسم الخارجية الإيرانية سعيد خطيب زاده دولاً لم يسمّها بالمماطلة في السماح بإجلائه، وهو "
     "اتهام نفته الرياض.\n"
     "ولم تعيّن طهران حتى الآن خلفاً له في صنعاء.",
     [("MET_WITH", IRLOO, MASH, "قدّم السفير الإيراني الجديد", "2020-11"),
      ("LEADS", MASH, SPC, "إلى رئيس المجلس السياسي الأعلى مهدي"),
      ("MET_WITH", IRLOO, SHARAF, "بحضور وزير الخارجية", "2020-11"),
      ("MET_WITH", MASH, SHARAF, "بحضور وزير الخارجية", "2020-11"),
      ("MEMBER_OF", SHARAF, HGOV, "وزير الخارجية في حكومة الإنقاذ"),
      ("REPORTED_BY", MASH, "outlet:saba", "وفق ما نقلت وكالة سبأ"),
      ("VISITED", IRLOO, "location:sanaa", "وصوله إلى صنعاء", "2020-10"),
      ("MEMBER_OF", KHATIB, IRFM, "المتحدث باسم الخارجية الإيرانية سعيد"),
      ],
     {"source": "blind set (TV website, Arabic)", "published": "2021-12-25"}),

    ("enGR3_shara_trump_riyadh_barrack", "en",
     "Syria's Sharaa meets Trump in Riyadh as Erdogan joins by phone\n"
     "Sky News Arabia - Abu Dhabi\n"
     "Syrian President Ahmad al-Shara met US President Donald Trump in Riyadh on Wednesday, the first "
     "encounter between the leaders of the two countries in 25 years, in talks hosted by Saudi Crown "
     "Prince Mohammed bin Salman.\n"
     "Turkish President Recep Tayyip Erdogan took part in the meeting by telephone, the Syrian presidency "
     "said.\n"
     "A day later, Syria's Foreign Minister Asaad Hassan al-Shibani held talks with Secretary of State "
     "Marco Rubio on the sidelines of a NATO meeting in the Turkish resort of Antalya.\n"
     "On May 24 al-Shara met in Istanbul with the US ambassador to Turkey, Thomas Barrack, whom Trump had "
     "just named his special envoy for Syria; the envoy described the meeting as \"the beginning of a new "
     "era\".\n"
     "Trump, who announced in Riyadh that he would lift sanctions on Syria, called the Syrian leader \"a "
     "young, attractive guy, tough guy\", but a proposed White House visit has not yet been scheduled.",
     [("MET_WITH", SHARAA, TRUMP, "met US President Donald Trump in Riyadh", "2025-05-14"),
      ("MET_WITH", SHARAA, MBS, "in talks hosted by Saudi Crown", "2025-05-14"),
      ("MET_WITH", TRUMP, MBS, "in talks hosted by Saudi Crown", "2025-05-14"),
      ("LEADS", SHARAA, SYR, "Syrian President Ahmad al-Shara"),
      ("LEADS", TRUMP, US, "US President Donald Trump in Riyadh"),
      ("VISITED", SHARAA, "location:riyadh", "met US President Donald Trump in Riyadh", "2025-05-14"),
      ("VISITED", TRUMP, "location:riyadh", "met US President Donald Trump in Riyadh", "2025-05-14"),
      ("LEADS", ERD, TUR, "Turkish President Recep"),
      ("MET_WITH", SHAIB, RUBIO, "held talks with Secretary of State", "2025-05-15"),
      ("LEADS", SHAIB, SYFM, "Syria's Foreign Minister Asaad"),
      ("LEADS", RUBIO, "organization:us-state-department", "Secretary of State Marco"),
      ("VISITED", SHAIB, "location:antalya", "the Turkish resort of Antalya", "2025-05-15"),
      ("VISITED", RUBIO, "location:antalya", "the Turkish resort of Antalya", "2025-05-15"),
      ("LOCATED_IN", "location:antalya", TUR, "the Turkish resort of Antalya"),
      ("MET_WITH", SHARAA, BARR, "al-Shara met in Istanbul with", "2025-05-24"),
      ("VISITED", SHARAA, "location:istanbul", "al-Shara met in Istanbul with", "2025-05-24"),
      ],
     {"source": "blind set (TV website, English)", "title": "Syria's Sharaa meets Trump in Riyadh",
      "published": "2025-05-25"}),

    ("arGR4_nasrallah_karaki_nilforoushan", "ar",
     "الجزيرة نت - بيروت\n"
     "أعلن حزب الله، السبت، استشهاد أمينه العام السيد حسن نصرالله، بعد ساعات من إعلان الجيش الإسرائيلي "
     "أنه اغتاله في غارة على مقر القيادة المركزية للحزب تحت مبانٍ سكنية في حارة حريك بالضاحية الجنوبية "
     "لبيروت مساء الجمعة.\n"
     "وقال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي إن الغارة قتلت أيضاً قائد جبهة الجنوب في الحزب علي "
     "كركي وعدداً من القادة الآخرين.\n"
     "وأكد الحرس الثوري الإيراني لاحقاً مقتل نائب قائده للعمليات العميد عباس نيلفروشان في الغارة "
     "الإسرائيلية نفسها، متوعداً بالرد.\n"
     "ولم يحدد بيان الحزب من سيخلف نصرالله، فيما تتداول أوساط لبنانية اسم رئيس المجلس التنفيذي هاشم صفي "
     "الدين خليفةً محتملاً.\n"
     "وكان نصرالله قد تولى قيادة الحزب عام 1992 خلفاً لعباس الموسوي الذي قُتل بغارة إسرائيلية على موكبه "
     "في الجنوب.",
     [("LEADS", NASR, HEZ, "استشهاد أمينه العام السيد"),
      ("ASSASSINATED_BY", NASR, IDF, "أنه اغتاله في غارة", "2024-09-27"),
      ("ATTACKED", IDF, HEZ, "على مقر القيادة المركزية للحزب", "2024-09-27"),
      ("LOCATED_IN", "location:haret-hreik", "location:dahiyeh", "في حارة حريك بالضاحية"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "بالضاحية الجنوبية لبيروت"),
      ("MEMBER_OF", ADRAEE, IDF, "المتحدث باسم الجيش الإسرائيلي أفيخاي"),
      ("ASSASSINATED_BY", KARAKI, IDF, "إن الغارة قتلت أيضاً قائد", "2024-09-27"),
      ("MEMBER_OF", KARAKI, HEZ, "قائد جبهة الجنوب في الحزب علي"),
      ("ASSASSINATED_BY", NILF, ISR, "في الغارة الإسرائيلية نفسها", "2024-09-27"),
      ("MEMBER_OF", NILF, IRGC, "نائب قائده للعمليات العميد"),
      ("LEADS", SAFI, "organization:hezbollah-executive-council", "رئيس المجلس التنفيذي هاشم"),
      ("SUCCESSOR_OF", NASR, MUSAWI, "خلفاً لعباس الموسوي", "1992-02"),
      ("ASSASSINATED_BY", MUSAWI, ISR, "الذي قُتل بغارة إسرائيلية", "1992-02-16"),
      ],
     {"source": "blind set (TV website, Arabic)", "published": "2024-09-28"}),

    ("enGR5_mikati_salam_sharaa_damascus", "en",
     "Lebanese PMs in Damascus: from Mikati to Salam\n"
     "Lebanese caretaker Prime Minister Najib Mikati arrived in Damascus on Saturday and met Syria's new "
     "leader Ahmad al-Sharaa, in the first visit by a Lebanese head of government to the Syrian capital "
     "since the war began in 2011.\n"
     "Mikati was accompanied by the acting director-general of General Security, Major General Elias "
     "al-Bissari, who also joined the talks on border control and the return of refugees.\n"
     "Al-Sharaa, who heads the new administration, told reporters after the meeting that Syria would not "
     "practise \"negative interference\" in Lebanon.\n"
     "In April, Prime Minister Nawaf Salam, who had replaced Mikati in February, travelled to Damascus "
     "with Foreign Minister Youssef Rajji, and the two were received by al-Sharaa at the People's Palace.\n"
     "Weeks before that visit, deadly clashes had erupted along the Hermel border between Syrian "
     "security forces and armed clan members; Damascus accused Hezbollah of backing the gunmen, which the "
     "party denied.",
     [("VISITED", MIKATI, "location:damascus", "arrived in Damascus on Saturday", "2025-01-11"),
      ("MET_WITH", MIKATI, SHARAA, "met Syria's new leader Ahmad", "2025-01-11"),
      ("LEADS", MIKATI, LGOV, "Lebanese caretaker Prime Minister Najib"),
      ("LEADS", SHARAA, SYR, "Syria's new leader Ahmad"),
      ("MET_WITH", BAISS, SHARAA, "who also joined the talks", "2025-01-11"),
      ("MET_WITH", BAISS, MIKATI, "who also joined the talks", "2025-01-11"),
      ("LEADS", BAISS, "organization:lebanese-general-security", "director-general of General Security"),
      ("SUCCESSOR_OF", NSALAM, MIKATI, "who had replaced Mikati in February", "2025-02"),
      ("LEADS", NSALAM, LGOV, "Prime Minister Nawaf Salam, who"),
      ("VISITED", NSALAM, "location:damascus", "travelled to Damascus", "2025-04-14"),
      ("VISITED", RAJJI, "location:damascus", "travelled to Damascus", "2025-04-14"),
      ("LEADS", RAJJI, LEBFM, "Foreign Minister Youssef Rajji"),
      ("MET_WITH", NSALAM, SHARAA, "the two were received by al-Sharaa", "2025-04-14"),
      ("MET_WITH", RAJJI, SHARAA, "the two were received by al-Sharaa", "2025-04-14"),
      ("MET_WITH", NSALAM, RAJJI, "the two were received by al-Sharaa", "2025-04-14"),
      ("VISITED", NSALAM, "location:peoples-palace", "at the People's Palace", "2025-04-14"),
      ("VISITED", RAJJI, "location:peoples-palace", "at the People's Palace", "2025-04-14"),
      ],
     {"source": "blind set (TV website, English)", "title": "Lebanese PMs in Damascus",
      "published": "2025-04-15"}),

    ("arGR6_zarif_beirut_damascus_2020", "ar",
     "سكاي نيوز عربية - أبوظبي\n"
     "وصل وزير الخارجية الإيراني محمد جواد ظريف إلى بيروت، الجمعة، بعد عشرة أيام على انفجار المرفأ، "
     "والتقى الرئيس ميشيل عون في قصر بعبدا، معلناً استعداد بلاده للمساعدة في إعادة الإعمار.\n"
     "كما التقى ظريف رئيس مجلس النواب نبيه بري، ثم رئيس حكومة تصريف الأعمال حسان دياب الذي كانت "
     "حكومته قد استقالت في العاشر من أغسطس.\n"
     "وعقد الوزير الإيراني محادثات ثم مؤتمراً صحفياً مشتركاً مع نظيره اللبناني شربل وهبة، الذي عُيّن "
     "وزيراً للخارجية مطلع الشهر خلفاً لناصيف حتي المستقيل.\n"
     "ولم يُدرج على جدول الزيارة المعلن أي لقاء مع الأمين العام لحزب الله حسن نصر الله، بينما كان الرئيس "
     "الفرنسي إيمانويل ماكرون قد زار بيروت بعد يومين من الانفجار والتقى عون والقيادات اللبنانية.\n"
     "وكان ظريف قد زار دمشق في أبريل من العام نفسه، حيث التقى الرئيس بشار الأسد رغم إجراءات الإغلاق "
     "المرتبطة بجائحة كورونا.",
     [("VISITED", ZARIF, "location:beirut", "إلى بيروت، الجمعة", "2020-08-14"),
      ("LEADS", ZARIF, IRFM, "وزير الخارجية الإيراني محمد جواد"),
      ("MET_WITH", ZARIF, MAOUN, "والتقى الرئيس ميشيل عون", "2020-08-14"),
      ("LEADS", MAOUN, LEB, "والتقى الرئيس ميشيل عون"),
      ("VISITED", ZARIF, "location:baabda-palace", "في قصر بعبدا، معلناً", "2020-08-14"),
      ("MET_WITH", ZARIF, BERRI, "كما التقى ظريف رئيس مجلس النواب", "2020-08-14"),
      ("LEADS", BERRI, LPARL, "رئيس مجلس النواب نبيه"),
      ("MET_WITH", ZARIF, DIAB, "ثم رئيس حكومة تصريف الأعمال", "2020-08-14"),
      ("LEADS", DIAB, LGOV, "رئيس حكومة تصريف الأعمال حسان"),
      ("MET_WITH", ZARIF, WEHBE, "وعقد الوزير الإيراني محادثات", "2020-08-14"),
      ("LEADS", WEHBE, LEBFM, "نظيره اللبناني شربل"),
      ("SUCCESSOR_OF", WEHBE, HITTI, "خلفاً لناصيف حتي", "2020-08-03"),
      ("LEADS", NASR, HEZ, "الأمين العام لحزب الله حسن"),
      ("VISITED", MACRON, "location:beirut", "قد زار بيروت بعد يومين", "2020-08-06"),
      ("MET_WITH", MACRON, MAOUN, "والتقى عون والقيادات", "2020-08-06"),
      ("LEADS", MACRON, "country:france", "الرئيس الفرنسي إيمانويل"),
      ("VISITED", ZARIF, "location:damascus", "قد زار دمشق في أبريل", "2020-04-20"),
      ("MET_WITH", ZARIF, ASSAD, "حيث التقى الرئيس بشار الأسد", "2020-04-20"),
      ("LEADS", ASSAD, SYR, "حيث التقى الرئيس بشار الأسد"),
      ],
     {"source": "blind set (TV website, Arabic)", "published": "2020-08-14"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGR")
