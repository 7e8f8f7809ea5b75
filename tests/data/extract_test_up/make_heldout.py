"""Blind set UP: Turkey 2017-2019 (second folder of UO-UP): Erdogan's Gulf tour of February 2017 (Bahrain),
his first meeting with Donald Trump at the White House (May 2017), the presidential system of July 2018 (the
premiership abolished, Hulusi Akar defence minister, Yasar Guler chief of staff, Binali Yildirim Speaker),
the Tehran summit of Rouhani, Putin and Erdogan (September 2018), Erdogan's state visit to Berlin
(September 2018), and the trial over the killing of Andrei Karlov with Erdogan's visit to Moscow (2019), as a
Turkish daily in English (Hurriyet Daily News-like: "WASHINGTON"), Turkey's public broadcaster's Arabic
website (TRT Arabic-like: "TRT عربي"), Turkey's state agency in English (Anadolu-like: "BERLIN"), a
London-based Saudi daily in Arabic (Asharq Al-Awsat-like: "طهران: «الشرق الأوسط»"), a French wire in English
(AFP-like: "ANKARA (AFP) -") and Bahrain's state agency in Arabic (BNA-like: "المنامة في ... (بنا)").
Pieces: Trump receives Erdogan at the White House; Cavusoglu and Tillerson present; Gulen's extradition asked
(English, UP1); Erdogan sworn in as executive president, the premiership abolished; Akar defence minister in
Canikli's place, Guler chief of staff in Akar's place; Yildirim elected Speaker to succeed Kahraman; Erdogan
receives Bahceli (Arabic, UP2); Steinmeier receives Erdogan at Bellevue, Erdogan meets Merkel; Can Dundar
(English, UP3); Rouhani hosts Putin and Erdogan in Tehran; Putin met Khamenei; Erdogan met Rouhani
bilaterally (Arabic, UP4); the Karlov murder trial opens, Altintas named as the gunman; Erdogan met Putin in
Moscow (English, UP5); King Hamad receives Erdogan with the Crown Prince present; the Prime Minister also
receives him (Arabic, UP6).
Excluded on purpose (no relation): Trump's non-committal answer on Gulen, Gulen accused of the coup (UP1);
Yildirim who is not succeeded as prime minister (the post abolished), Oktay named vice president (a new post,
no predecessor) (UP2); Can Dundar whose extradition Erdogan demanded, Dundar who stayed away from the press
conference (UP3); the Erdogan-Assad meeting that Ankara ruled out, Khamenei who did not meet Erdogan (UP4);
Gulen accused in absentia of ordering the killing, the suspects (UP5); the planned visits to Riyadh and Doha
(UP6).
Judgement calls: "hosted ... in the Oval Office", the talks "joined by" the two ministers: a meeting of the
four (UP1); "عُيّن ... وزيراً للدفاع خلفاً لـ" and "رئيساً للأركان خلفاً له" are successions; "انتُخب رئيساً
للبرلمان خلفاً لـ" is a succession; "استقبل ... في المجمع الرئاسي" is a meeting (UP2); "welcomed with
military honours" by the President and "met Merkel at the Chancellery" are meetings (UP3); a trilateral
summit hosted by Rouhani: a meeting of the three; "التقى المرشد" is a meeting; the bilateral talks of the
host and Erdogan are the same pair (UP4); the indictment's "who shot the ambassador" as established fact:
victim -> the gunman (UP5); "بحضور ولي العهد": paired with both principals (UP6); a president LEADS his
country; the Speaker LEADS the parliament; the chief of the General Staff LEADS the armed forces.
Filled in for the exercise: the presence of the ministers in the Oval Office (UP1); the hour of Bahceli's
visit (UP2); the wording of the Bellevue ceremony (UP3); the length of the talks (UP4); the number of
hearings (UP5); the wording of the agency, the presence of the Crown Prince (UP6).
Spellings: "Recep Tayyip Erdoğan", "Mevlüt Çavuşoğlu", "Fethullah Gülen" (UP1); «أردوغان»، «خلوصي آكار»،
«يشار غولر»، «بن علي يلديريم»، «إسماعيل كهرمان» (UP2); "Frank-Walter Steinmeier", "Angela Merkel", "Can Dündar"
(UP3); «حسن روحاني»، «فلاديمير بوتين»، «رجب طيب اردوغان»، «علي خامنئي» (UP4); "Andrey Karlov", "Mevlut Mert
Altintas", "Fethullah Gulen" (UP5); «حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة»، «رجب طيب أردوغان» (UP6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_up import ALL  # noqa: E402

HERE = Path(__file__).parent

TURKEY, RUSSIA, IRAN, US, GERMANY, BAHRAIN = (
    "country:turkey", "country:russia", "country:iran", "country:united-states", "country:germany",
    "country:bahrain")
PARL, TSK = "organization:turkish-parliament", "organization:turkish-armed-forces"
ERDOGAN, YILDIRIM, AKAR, GULEN, CAVUSOGLU, ALTINTAS, CANIKLI, GULER, KAHRAMAN, OKTAY, BAHCELI, DUNDAR = (
    "person:recep-tayyip-erdogan", "person:binali-yildirim", "person:hulusi-akar", "person:fethullah-gulen",
    "person:mevlut-cavusoglu", "person:mevlut-mert-altintas", "person:nurettin-canikli", "person:yasar-guler",
    "person:ismail-kahraman", "person:fuat-oktay", "person:devlet-bahceli", "person:can-dundar")
PUTIN, KARLOV, ROUHANI, KHAMENEI, ASSAD = (
    "person:vladimir-putin", "person:andrei-karlov", "person:hassan-rouhani", "person:ali-khamenei",
    "person:bashar-al-assad")
TRUMP, TILLERSON, MERKEL, STEINMEIER = (
    "person:donald-trump", "person:rex-tillerson", "person:angela-merkel", "person:frank-walter-steinmeier")
HAMAD, KHALIFA, SALMAN_BH = (
    "person:hamad-bin-isa-al-khalifa", "person:khalifa-bin-salman-al-khalifa", "person:salman-bin-hamad-al-khalifa")

HDN = "blind set (Turkish daily, English, Hurriyet Daily News-like)"
TRT = "blind set (Turkish public broadcaster, Arabic website, TRT Arabic-like)"
AA = "blind set (Turkish state news agency, English service, Anadolu-like)"
AWSAT = "blind set (London-based Saudi daily, Arabic, Asharq Al-Awsat-like)"
AFP = "blind set (French news wire, English, AFP-like)"
BNA = "blind set (Bahrain state news agency, Arabic, BNA-like)"

ARTICLES = [
    ("enUP1_erdogan_trump_white_house_hdn", "en",
     "Erdoğan, Trump vow to boost ties despite YPG row\n"
     "WASHINGTON\n"
     "U.S. President Donald Trump hosted President Recep Tayyip Erdoğan in the Oval Office on May 16, the "
     "Turkish leader's first visit to Washington since the new administration took office, in talks "
     "overshadowed by the U.S. decision to arm the Syrian Kurdish People's Protection Units (YPG).\n"
     "The talks, later joined by Foreign Minister Mevlüt Çavuşoğlu and Secretary of State Rex Tillerson, "
     "lasted some 20 minutes longer than planned, according to Turkish diplomatic sources.\n"
     "Erdoğan told reporters at the White House that taking the YPG into account in the region \"will never be "
     "accepted.\" He also pressed Trump for the extradition of U.S.-based cleric Fethullah Gülen, whom Ankara "
     "accuses of masterminding last July's failed coup attempt.\n"
     "Trump, who praised Turkey as a strategic partner, did not comment on the extradition request. Gülen, who "
     "has lived in self-imposed exile in Pennsylvania since 1999, denies any involvement.",
     met_group({TRUMP: "Donald Trump hosted", ERDOGAN: "President Recep Tayyip Erdoğan in the Oval",
                CAVUSOGLU: "Foreign Minister Mevlüt Çavuşoğlu", TILLERSON: "Secretary of State Rex Tillerson"},
               "2017-05-16")
     + [("LEADS", TRUMP, US, "U.S. President Donald Trump hosted"),
        ("LEADS", ERDOGAN, TURKEY, "the Turkish leader's first visit"),
        ],
     {"source": HDN, "published": "2017-05-17"}),

    ("arUP2_presidential_system_trt", "ar",
     "أردوغان يؤدي اليمين رئيساً وفق النظام الرئاسي وإلغاء منصب رئيس الوزراء\n"
     "TRT عربي - أنقرة\n"
     "أدى الرئيس التركي رجب طيب أردوغان، الاثنين 9 يوليو/تموز، اليمين الدستورية أمام البرلمان، ليصبح أول "
     "رئيس للبلاد في ظل نظام الحكم الرئاسي الذي ألغى منصب رئيس الوزراء، وكان آخر من شغله بن علي يلديريم.\n"
     "وأعلن أردوغان مساء اليوم نفسه تشكيلة حكومته الجديدة، إذ عيّن رئيس هيئة الأركان خلوصي آكار وزيراً "
     "للدفاع خلفاً لنور الدين جانيكلي، فيما عُيّن قائد القوات البرية الفريق أول يشار غولر رئيساً للأركان "
     "خلفاً له. كما أُسند منصب نائب الرئيس، المستحدث بموجب الدستور الجديد، إلى فؤاد أقطاي.\n"
     "واستقبل أردوغان في المجمع الرئاسي في اليوم التالي زعيم حزب الحركة القومية دولت بهتشلي، شريكه في "
     "\"تحالف الشعب\".\n"
     "وفي 12 يوليو/تموز، انتُخب يلديريم رئيساً للبرلمان التركي خلفاً لإسماعيل كهرمان، بعد حصوله على 340 "
     "صوتاً في الجولة الثالثة من التصويت.",
     [("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب أردوغان، الاثنين"),
      ("SUCCESSOR_OF", AKAR, CANIKLI, "للدفاع خلفاً لنور الدين جانيكلي", "2018-07-09"),
      ("SUCCESSOR_OF", GULER, AKAR, "خلفاً له. كما", "2018-07-09"),
      ("LEADS", AKAR, TSK, "رئيس هيئة الأركان خلوصي آكار"),
      ("LEADS", GULER, TSK, "الفريق أول يشار غولر رئيساً"),
      ("MET_WITH", ERDOGAN, BAHCELI, "زعيم حزب الحركة القومية دولت بهتشلي", "2018-07-10"),
      ("LEADS", BAHCELI, "organization:nationalist-movement-party", "زعيم حزب الحركة القومية"),
      ("SUCCESSOR_OF", YILDIRIM, KAHRAMAN, "خلفاً لإسماعيل كهرمان", "2018-07-12"),
      ("LEADS", YILDIRIM, PARL, "انتُخب يلديريم رئيساً للبرلمان"),
      ],
     {"source": TRT, "published": "2018-07-12"}),

    ("enUP3_erdogan_berlin_state_visit_aa", "en",
     "Turkish president meets German chancellor in Berlin\n"
     "BERLIN\n"
     "President Recep Tayyip Erdogan met German Chancellor Angela Merkel at the Chancellery on Friday, on the "
     "second day of his three-day state visit to Germany, the first since 2014.\n"
     "Earlier in the day, German President Frank-Walter Steinmeier welcomed Erdogan with military honours at "
     "Bellevue Palace, his official residence.\n"
     "At a joint press conference after the talks, Merkel said that \"deep differences\" remained between the "
     "two countries on press freedom, while Erdogan called for closer cooperation against terrorist groups, "
     "including the PKK and FETO, the group behind the July 2016 defeated coup.\n"
     "Erdogan said Germany should extradite Can Dundar, the former editor-in-chief of Cumhuriyet daily who was "
     "sentenced in Turkey for revealing state secrets. Dundar, who lives in Berlin, cancelled his plans to "
     "attend the press conference.\n"
     "In the evening Steinmeier hosted a state banquet in honour of the Turkish president. Erdogan is due to "
     "inaugurate the Cologne Central Mosque on Saturday.",
     [("MET_WITH", ERDOGAN, MERKEL, "met German Chancellor Angela Merkel", "2018-09-28"),
      ("LEADS", MERKEL, GERMANY, "German Chancellor Angela Merkel"),
      ("MET_WITH", STEINMEIER, ERDOGAN, "welcomed Erdogan with military honours", "2018-09-28"),
      ("LEADS", STEINMEIER, GERMANY, "German President Frank-Walter Steinmeier"),
      ("LEADS", ERDOGAN, TURKEY, "President Recep Tayyip Erdogan met"),
      ],
     {"source": AA, "published": "2018-09-28"}),
]

ARTICLES += [
    ("arUP4_tehran_trilateral_summit_awsat", "ar",
     "قمة طهران الثلاثية تفشل في الاتفاق على مصير إدلب\n"
     "طهران: «الشرق الأوسط»\n"
     "استضاف الرئيس الإيراني حسن روحاني، أمس، نظيريه الروسي فلاديمير بوتين والتركي رجب طيب اردوغان في قمة "
     "ثلاثية خُصّصت لبحث الوضع في محافظة إدلب، آخر معاقل المعارضة السورية، واستمرت نحو ثلاث ساعات.\n"
     "وكشفت القمة، التي بُثّت أجزاء منها على الهواء مباشرة، عن تباين واضح بين اردوغان الذي طالب بإعلان "
     "وقف لإطلاق النار، وبوتين الذي رأى أن \"لا وجود لممثلين عن الإرهابيين حول هذه الطاولة\".\n"
     "وعلى هامش القمة، التقى بوتين المرشد الإيراني علي خامنئي، فيما عقد روحاني واردوغان محادثات ثنائية "
     "تناولت العقوبات الأميركية على طهران والتبادل التجاري بين البلدين.\n"
     "ولم يلتقِ الرئيس التركي المرشد خلال الزيارة، كما نفت مصادر تركية ما تردد عن ترتيب لقاء بين اردوغان "
     "والرئيس السوري بشار الأسد بوساطة روسية، مؤكدة أن \"لا اتصال على هذا المستوى\".",
     met_group({ROUHANI: "استضاف الرئيس الإيراني حسن روحاني", PUTIN: "نظيريه الروسي فلاديمير بوتين",
                ERDOGAN: "والتركي رجب طيب اردوغان في قمة"}, "2018-09-07")
     + [("MET_WITH", PUTIN, KHAMENEI, "التقى بوتين المرشد الإيراني", "2018-09-07"),
        ("LEADS", ROUHANI, IRAN, "الرئيس الإيراني حسن روحاني"),
        ("LEADS", PUTIN, RUSSIA, "نظيريه الروسي فلاديمير بوتين"),
        ("LEADS", ERDOGAN, TURKEY, "والتركي رجب طيب اردوغان في قمة"),
        ("LEADS", KHAMENEI, IRAN, "المرشد الإيراني علي خامنئي"),
        ("LEADS", ASSAD, "country:syria", "والرئيس السوري بشار الأسد"),
        ],
     {"source": AWSAT, "published": "2018-09-08"}),

    ("enUP5_karlov_trial_opens_afp", "en",
     "Turkey opens trial over murder of Russian ambassador\n"
     "ANKARA (AFP) - Twenty-eight suspects, including US-based preacher Fethullah Gulen, went on trial in "
     "Ankara on Tuesday over the 2016 assassination of Russia's ambassador Andrey Karlov, state media "
     "reported.\n"
     "Karlov was shot nine times in the back by Mevlut Mert Altintas, an off-duty riot policeman, as he "
     "spoke at the opening of a photo exhibition on December 19, 2016. The gunman was killed by police at "
     "the scene.\n"
     "The indictment accuses Gulen, tried in absentia, of ordering the killing to sabotage relations between "
     "Ankara and Moscow. The cleric, who lives in Pennsylvania, has denied any role. Only five of the "
     "defendants are in custody.\n"
     "The trial comes as Turkey and Russia have deepened their cooperation in Syria. President Recep Tayyip "
     "Erdogan, who has met Russian President Vladimir Putin more than a dozen times since the killing, will "
     "travel to Moscow in April for a meeting of the two countries' high-level cooperation council.\n"
     "The street on which the Russian embassy stands in Ankara was renamed after Karlov in 2017.",
     [("ASSASSINATED_BY", KARLOV, ALTINTAS, "shot nine times in the back by Mevlut Mert Altintas", "2016-12-19"),
      ("LEADS", ERDOGAN, TURKEY, "Recep Tayyip Erdogan, who has met"),
      ("MET_WITH", ERDOGAN, PUTIN, "who has met Russian President Vladimir Putin"),
      ("LEADS", PUTIN, RUSSIA, "Russian President Vladimir Putin more"),
      ],
     {"source": AFP, "published": "2019-01-08"}),

    ("arUP6_king_hamad_receives_erdogan_bna", "ar",
     "جلالة الملك يستقبل الرئيس التركي ويقيم مأدبة غداء تكريماً له\n"
     "المنامة في 12 فبراير / بنا /\n"
     "استقبل حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة عاهل البلاد المفدى في قصر الصخير اليوم، فخامة "
     "الرئيس رجب طيب أردوغان رئيس الجمهورية التركية الصديقة والوفد المرافق له، بمناسبة زيارته الرسمية "
     "للمملكة، وذلك بحضور صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد نائب القائد الأعلى "
     "النائب الأول لرئيس مجلس الوزراء.\n"
     "وأشاد جلالته بعلاقات الصداقة والتعاون بين البلدين، فيما أعرب الرئيس التركي عن شكره لجلالة الملك على "
     "حفاوة الاستقبال.\n"
     "وكان صاحب السمو الملكي الأمير خليفة بن سلمان آل خليفة رئيس الوزراء قد استقبل الرئيس التركي صباح "
     "اليوم في قصر القضيبية، حيث جرى بحث سبل تعزيز التعاون الاقتصادي والاستثماري.\n"
     "ويغادر الرئيس أردوغان المملكة غداً متوجهاً إلى الرياض، على أن يزور الدوحة في ختام جولته الخليجية.",
     met_group({HAMAD: "استقبل حضرة صاحب الجلالة الملك حمد", ERDOGAN: "الرئيس رجب طيب أردوغان رئيس الجمهورية",
                SALMAN_BH: "بحضور صاحب السمو الملكي الأمير سلمان"}, "2017-02-12")
     + [("MET_WITH", KHALIFA, ERDOGAN, "قد استقبل الرئيس التركي صباح", "2017-02-12"),
        ("LEADS", HAMAD, BAHRAIN, "عاهل البلاد المفدى"),
        ("LEADS", ERDOGAN, TURKEY, "الرئيس رجب طيب أردوغان رئيس الجمهورية"),
        ("LEADS", KHALIFA, BAHRAIN, "آل خليفة رئيس الوزراء"),
        ],
     {"source": BNA, "published": "2017-02-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUP")
