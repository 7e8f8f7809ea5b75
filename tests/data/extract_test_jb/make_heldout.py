"""Blind set JB: Syria, January - April 2025, from the Victory Conference to the first months of the
transitional government, as three outlets write it: the Syrian state news agency's Arabic service
(SANA-like: "دمشق-سانا", "استقبل السيد الرئيس ...", honorifics such as "صاحب السمو" and "سيادته",
"جلسة مباحثات رسمية", "حضر جلسة المباحثات من الجانب السوري ... ومن الجانب القطري"), an independent
Syrian outlet (Enab Baladi-like, Arabic and English: a source "told Enab Baladi", decrees "published on
10 April", background on the factions), and an international wire's English Damascus dispatches
(interim President, "the presidency said", "a source familiar with the talks", Russian state media
quoted).
Pieces: Emir Tamim received in Damascus, with al-Shaibani and the chief of the Emiri Diwan attending,
30 January (SANA, Arabic); the government of 29 March, Khattab in place of Mohammed Abdul Rahman,
al-Mustafa, al-Wais and Musab al-Ali in place of the caretaker ministers (SANA, Arabic); the Eighth
Brigade dissolves itself after al-Awda's meeting with Abu Qasra and the governor of Daraa, April
(Enab Baladi, Arabic); the SDF agreement signed by al-Sharaa and Mazlum Abdi, 10 March (wire,
English); the Russian delegation of 28 January (wire, English); Husrieh in place of Sabrine at the
central bank and the Syrian delegation's Washington meetings, April (Enab Baladi, English).
Excluded on purpose (no relation): the farewell at the airport and ministerial talks still to come;
the ministers' swearing-in before the president (a ceremony, not annotated as meetings) and the
cabinet's first meeting still to come; the death of Bilal al-Droubi, which the Defence Ministry
blamed on the Eighth Brigade and the brigade denied (an accusation only), and al-Awda's absence from
the December meeting and the Victory Conference; the coastal ambush by "gunmen loyal to the former
government" and the reprisals (no named victim or agent) and a planned meeting with Druze leaders;
the handover of Assad "raised" by al-Sharaa and denied by Bogdanov; Azour speaking to reporters (no
meeting), a reported meeting with US Treasury officials that nobody confirmed. Al-Sharaa "named
president in place of Bashar al-Assad" counts as SUCCESSOR_OF (the text says so); the Victory
Conference sentence in the SANA piece states no predecessor and is not annotated.
Spellings: أسعد حسن الشيباني, Mazlum Abdi, Aleksandr Lavrentyev, Abdulqader Husriyeh.
Events follow the public record as far as the writer knew it; some minor details (who attended a
meeting, a commentator's words) are filled in for the exercise.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_jc import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, QATAR, RUSSIA, USA = "country:syria", "country:qatar", "country:russia", "country:united-states"
SYRFM, SYRDEF, SYRINT, SYRGIS, SYRFIN, CBS, SYRSOCIAL = (
    "organization:syrian-foreign-ministry", "organization:syrian-defence-ministry",
    "organization:syrian-interior-ministry", "organization:syrian-general-intelligence",
    "organization:syrian-finance-ministry", "organization:central-bank-of-syria",
    "organization:syrian-social-affairs-ministry")
SDF, AANES, DIWAN, RUSFM, KREMLIN, IMF = (
    "organization:syrian-democratic-forces", "organization:autonomous-administration-nes",
    "organization:qatar-emiri-diwan", "organization:russian-foreign-ministry", "organization:kremlin",
    "organization:imf")
DAMASCUS, DARAAPROV, WASHINGTON = "location:damascus", "location:daraa-province", "location:washington"
SHARAA, SHAIBANI, ABUQASRA, KHATTAB, MAR, MAHER, KABAWAT = (
    "person:ahmed-al-sharaa", "person:asaad-al-shaibani", "person:murhaf-abu-qasra", "person:anas-khattab",
    "person:mohammed-abdul-rahman", "person:maher-al-sharaa", "person:hind-kabawat")
ASSAD, TAMIM, ABDI, BOGDANOV, LAVRENTIEV, PESKOV, PUTIN = (
    "person:bashar-al-assad", "person:tamim-bin-hamad-al-thani", "person:mazloum-abdi",
    "person:mikhail-bogdanov", "person:alexander-lavrentiev", "person:dmitry-peskov", "person:vladimir-putin")
HUSRIEH, SABRINE, BARNIEH, AZOUR = ("person:abdulkader-husrieh", "person:maysaa-sabrine",
                                    "person:mohammed-yosr-barnieh", "person:jihad-azour")
# new to the tables (ABAZEID and AWDA are new in this session's table, first used in set JA)
SYRINFO, SYRJUST, SYRHEALTH, SYREMERG, WHITEHELMETS, EIGHTH, FIFTH, SAUDIFIN = (
    "organization:syrian-information-ministry", "organization:syrian-justice-ministry",
    "organization:syrian-health-ministry", "organization:syrian-emergency-ministry",
    "organization:syria-civil-defence", "organization:eighth-brigade", "organization:fifth-corps",
    "organization:saudi-finance-ministry")
BUSRA = "location:busra-al-sham"
AKHULAIFI, OMAR, HMUSTAFA, WAIS, WAISI, MUSAB, RSALEH = (
    "person:abdullah-bin-mohammed-al-khulaifi", "person:mohammed-al-omar", "person:hamza-al-mustafa",
    "person:mazhar-al-wais", "person:shadi-al-waisi", "person:musab-al-ali", "person:raed-al-saleh")
AWDA, ZOUBI, KHARITA, JIAKURD, YEFIMOV, JADAAN, ABAZEID = (
    "person:ahmad-al-awda", "person:anwar-al-zoubi", "person:loay-kharita", "person:badran-jia-kurd",
    "person:alexander-yefimov", "person:mohammed-al-jadaan", "person:mohammed-abazeid")

ARTICLES = [
    ("arJB1_sharaa_receives_emir_tamim", "ar",
     "الرئيس الشرع يستقبل أمير دولة قطر في أول زيارة لرئيس دولة إلى سوريا منذ التحرير\n"
     "دمشق-سانا\n"
     "استقبل رئيس الجمهورية العربية السورية السيد أحمد الشرع اليوم في قصر الشعب بدمشق صاحب السمو الشيخ "
     "تميم بن حمد آل ثاني أمير دولة قطر الشقيقة والوفد المرافق له.\n"
     "وعقد الجانبان جلسة مباحثات رسمية جرى خلالها بحث العلاقات الأخوية بين البلدين الشقيقين وسبل تطويرها "
     "في مختلف المجالات، ودعم دولة قطر لمسار المرحلة الانتقالية وجهود إعادة إعمار ما دمره النظام البائد.\n"
     "حضر جلسة المباحثات من الجانب السوري وزير الخارجية والمغتربين السيد أسعد حسن الشيباني، ومن الجانب "
     "القطري رئيس الديوان الأميري الشيخ عبد الله بن محمد بن مبارك الخليفي.\n"
     "وهنأ سمو الأمير الرئيس الشرع بتوليه رئاسة الجمهورية في المرحلة الانتقالية، فيما ثمّن السيد الرئيس "
     "مواقف دولة قطر الداعمة للشعب السوري طوال السنوات الماضية.\n"
     "وكانت القيادة العامة قد أعلنت، الأربعاء الماضي، تولي الشرع رئاسة البلاد في المرحلة الانتقالية خلال "
     "«مؤتمر إعلان انتصار الثورة السورية».\n"
     "وغادر سمو الأمير دمشق في ختام زيارة استمرت ساعات، على أن تُستكمل المباحثات على مستوى الوزراء خلال "
     "الأسابيع المقبلة.",
     [("MET_WITH", SHARAA, TAMIM, "استقبل رئيس الجمهورية العربية السورية", "2025-01-30"),
      ("LEADS", SHARAA, SYRIA, "استقبل رئيس الجمهورية العربية السورية السيد أحمد"),
      ("LEADS", TAMIM, QATAR, "أمير دولة قطر الشقيقة والوفد"),
      ("VISITED", TAMIM, DAMASCUS, "في قصر الشعب بدمشق صاحب", "2025-01-30"),
      ("MET_WITH", SHAIBANI, SHARAA, "حضر جلسة المباحثات من الجانب السوري", "2025-01-30"),
      ("MET_WITH", SHAIBANI, TAMIM, "حضر جلسة المباحثات من الجانب السوري", "2025-01-30"),
      ("MET_WITH", AKHULAIFI, SHARAA, "حضر جلسة المباحثات من الجانب السوري", "2025-01-30"),
      ("MET_WITH", AKHULAIFI, TAMIM, "حضر جلسة المباحثات من الجانب السوري", "2025-01-30"),
      ("MET_WITH", AKHULAIFI, SHAIBANI, "حضر جلسة المباحثات من الجانب السوري", "2025-01-30"),
      ("LEADS", SHAIBANI, SYRFM, "وزير الخارجية والمغتربين السيد أسعد"),
      ("LEADS", AKHULAIFI, DIWAN, "رئيس الديوان الأميري الشيخ عبد الله"),
      ],
     {"source": "blind set (Syrian state news agency, Arabic)", "published": "2025-01-30"}),

    ("arJB2_transitional_government_formed", "ar",
     "الرئيس الشرع يعلن تشكيل الحكومة السورية الجديدة والوزراء يؤدون اليمين الدستورية\n"
     "دمشق-سانا\n"
     "أعلن السيد الرئيس أحمد الشرع مساء أمس تشكيل الحكومة السورية الجديدة، خلال احتفال أقيم في قصر الشعب "
     "بدمشق، أدى خلاله الوزراء اليمين الدستورية أمام سيادته.\n"
     "وتضم التشكيلة ثلاثة وعشرين وزيراً، احتفظ فيها السيد أسعد حسن الشيباني بحقيبة الخارجية والمغتربين، "
     "واللواء مرهف أبو قصرة بحقيبة الدفاع، فيما عُيّن السيد أنس خطاب وزيراً للداخلية خلفاً للسيد محمد عبد "
     "الرحمن، بعد أن ترأس جهاز الاستخبارات العامة منذ كانون الأول الماضي.\n"
     "وتسلّم السيد حمزة المصطفى حقيبة الإعلام خلفاً للسيد محمد العمر، والسيد مظهر الويس حقيبة العدل خلفاً "
     "للسيد شادي الويسي، فيما أسندت حقيبة الصحة إلى الدكتور مصعب العلي، بعد أن تولاها في حكومة تصريف "
     "الأعمال الدكتور ماهر الشرع.\n"
     "كما أسندت وزارة الطوارئ وإدارة الكوارث المستحدثة إلى السيد رائد الصالح، مدير الدفاع المدني السوري "
     "(الخوذ البيضاء)، ووزارة الشؤون الاجتماعية والعمل إلى السيدة هند قبوات.\n"
     "وقال الرئيس الشرع في كلمة خلال الاحتفال إن تشكيل الحكومة «يعبّر عن إرادتنا المشتركة في بناء دولة "
     "جديدة»، مؤكداً أنه «لا مكان للمحاصصة».\n"
     "ومن المقرر أن تعقد الحكومة الجديدة اجتماعها الأول برئاسة السيد الرئيس مطلع الأسبوع المقبل.",
     [("LEADS", SHAIBANI, SYRFM, "بحقيبة الخارجية والمغتربين"),
      ("LEADS", ABUQASRA, SYRDEF, "مرهف أبو قصرة بحقيبة الدفاع"),
      ("SUCCESSOR_OF", KHATTAB, MAR, "وزيراً للداخلية خلفاً للسيد محمد عبد", "2025-03-29"),
      ("LEADS", KHATTAB, SYRINT, "أنس خطاب وزيراً للداخلية"),
      ("LEADS", KHATTAB, SYRGIS, "بعد أن ترأس جهاز الاستخبارات العامة"),
      ("SUCCESSOR_OF", HMUSTAFA, OMAR, "حقيبة الإعلام خلفاً للسيد محمد العمر", "2025-03-29"),
      ("LEADS", HMUSTAFA, SYRINFO, "السيد حمزة المصطفى حقيبة الإعلام"),
      ("SUCCESSOR_OF", WAIS, WAISI, "حقيبة العدل خلفاً للسيد شادي الويسي", "2025-03-29"),
      ("LEADS", WAIS, SYRJUST, "والسيد مظهر الويس حقيبة العدل"),
      ("SUCCESSOR_OF", MUSAB, MAHER, "بعد أن تولاها في حكومة تصريف", "2025-03-29"),
      ("LEADS", MUSAB, SYRHEALTH, "حقيبة الصحة إلى الدكتور مصعب"),
      ("LEADS", RSALEH, SYREMERG, "وزارة الطوارئ وإدارة الكوارث المستحدثة إلى السيد رائد"),
      ("LEADS", RSALEH, WHITEHELMETS, "مدير الدفاع المدني السوري"),
      ("LEADS", KABAWAT, SYRSOCIAL, "ووزارة الشؤون الاجتماعية والعمل إلى السيدة هند"),
      ],
     {"source": "blind set (Syrian state news agency, Arabic)", "published": "2025-03-30"}),

    ("arJB3_eighth_brigade_dissolves", "ar",
     "«اللواء الثامن» يعلن حل نفسه بعد توتر أمني في بصرى الشام\n"
     "عنب بلدي – درعا\n"
     "أعلن «اللواء الثامن»، الذي يقوده أحمد العودة، حل نفسه وتسليم عناصره وسلاحه إلى وزارة الدفاع "
     "السورية، الأحد 13 من نيسان، بعد أيام من توتر أمني شهدته مدينة بصرى الشام في ريف درعا الشرقي.\n"
     "وجاء الإعلان عقب اجتماع عقده العودة في دمشق مع وزير الدفاع، مرهف أبو قصرة، بحضور محافظ درعا، أنور "
     "طه الزعبي، بحسب ما قاله مصدر في اللواء لعنب بلدي.\n"
     "والزعبي أول محافظ لدرعا بعد سقوط النظام، وعُيّن مطلع العام خلفاً لآخر محافظيها في عهد الأسد، لؤي "
     "خريطة.\n"
     "وبدأ التوتر بعد وفاة بلال الدروبي، القيادي في الأمن العام المنحدر من المدينة، متأثراً بإصابته بإطلاق "
     "نار، واتهمت وزارة الدفاع عناصر من اللواء بالوقوف وراء الهجوم، في حين نفى اللواء أي علاقة له "
     "بالحادثة.\n"
     "وكان العودة قد غاب عن اجتماع قادة الفصائل مع الرئيس أحمد الشرع في كانون الأول الماضي، كما لم يحضر "
     "«مؤتمر النصر» الذي أُعلن فيه حل الفصائل في كانون الثاني.\n"
     "ويعد اللواء من أبرز التشكيلات المسلحة في الجنوب، وكان تابعاً لـ«الفيلق الخامس» المدعوم من روسيا منذ "
     "اتفاق التسوية عام 2018.",
     [("LEADS", AWDA, EIGHTH, "الذي يقوده أحمد العودة"),
      ("LOCATED_IN", BUSRA, DARAAPROV, "مدينة بصرى الشام في ريف درعا"),
      ("MET_WITH", AWDA, ABUQASRA, "عقب اجتماع عقده العودة في دمشق", "2025-04"),
      ("VISITED", AWDA, DAMASCUS, "عقب اجتماع عقده العودة في دمشق", "2025-04"),
      ("MET_WITH", ZOUBI, AWDA, "بحضور محافظ درعا", "2025-04"),
      ("MET_WITH", ZOUBI, ABUQASRA, "بحضور محافظ درعا", "2025-04"),
      ("LEADS", ABUQASRA, SYRDEF, "مع وزير الدفاع، مرهف"),
      ("LEADS", ZOUBI, DARAAPROV, "بحضور محافظ درعا، أنور"),
      ("SUCCESSOR_OF", ZOUBI, KHARITA, "خلفاً لآخر محافظيها في عهد الأسد", "2025-01"),
      ("PART_OF", EIGHTH, FIFTH, "وكان تابعاً لـ«الفيلق الخامس»"),
      ("SUPPORTS", RUSSIA, FIFTH, "«الفيلق الخامس» المدعوم من روسيا"),
      ],
     {"source": "blind set (independent Syrian outlet, Arabic)", "published": "2025-04-13"}),

    ("enJB4_sharaa_sdf_deal", "en",
     "Syria's Sharaa, Kurdish-led SDF sign deal to merge forces into state\n"
     "DAMASCUS, March 10 (Wire) - Syria's interim President Ahmed al-Sharaa and Mazlum Abdi, commander of the "
     "U.S.-backed Syrian Democratic Forces, signed an agreement on Monday to integrate the Kurdish-led group's "
     "civilian and military bodies into state institutions by the end of the year, the presidency said.\n"
     "The presidency published photographs of the two men shaking hands after what it called a meeting in "
     "Damascus, which Foreign Minister Asaad al-Shaibani also attended.\n"
     "The deal commits the SDF to a nationwide ceasefire and hands Damascus control of border crossings, the "
     "airport and oil and gas fields in the northeast.\n"
     "It came days after the worst bloodshed since Assad's fall, when gunmen loyal to the former government "
     "ambushed security forces on the coast, triggering reprisals in which hundreds of Alawite civilians were "
     "killed.\n"
     "Al-Sharaa, who was named president in January in place of Bashar al-Assad, has promised to punish those "
     "responsible.\n"
     "Badran Jia Kurd, a senior official in the Kurdish-led administration of northeast Syria, called the "
     "agreement \"a historic opportunity\". A planned meeting between al-Sharaa and Druze leaders from Sweida "
     "had yet to take place, a local source said.",
     [("LEADS", SHARAA, SYRIA, "Syria's interim President Ahmed al-Sharaa"),
      ("LEADS", ABDI, SDF, "commander of the U.S.-backed Syrian Democratic Forces"),
      ("SUPPORTS", USA, SDF, "U.S.-backed Syrian Democratic Forces"),
      ("MET_WITH", SHARAA, ABDI, "the two men shaking hands after what it called a meeting", "2025-03-10"),
      ("VISITED", ABDI, DAMASCUS, "a meeting in Damascus, which", "2025-03-10"),
      ("MET_WITH", SHAIBANI, SHARAA, "Asaad al-Shaibani also attended", "2025-03-10"),
      ("MET_WITH", SHAIBANI, ABDI, "Asaad al-Shaibani also attended", "2025-03-10"),
      ("LEADS", SHAIBANI, SYRFM, "Foreign Minister Asaad al-Shaibani"),
      ("SUCCESSOR_OF", SHARAA, ASSAD, "named president in January in place of Bashar", "2025-01-29"),
      ("MEMBER_OF", JIAKURD, AANES, "a senior official in the Kurdish-led administration"),
      ],
     {"source": "blind set (international wire, English)", "published": "2025-03-10"}),

    ("enJB5_russian_delegation_damascus", "en",
     "Russian delegation holds first talks with Syria's new leaders\n"
     "DAMASCUS, Jan 29 (Wire) - A Russian delegation led by Deputy Foreign Minister Mikhail Bogdanov met "
     "Syria's de facto leader Ahmed al-Sharaa in Damascus on Tuesday, the first high-level Russian visit since "
     "the fall of Moscow's ally Bashar al-Assad in December.\n"
     "Bogdanov was accompanied by Aleksandr Lavrentyev, President Vladimir Putin's special envoy for Syria, "
     "and by Russia's ambassador to Damascus, Alexander Yefimov, both of whom took part in the talks, Russian "
     "state news agency RIA reported.\n"
     "The Syrian side said al-Sharaa told the delegation that restoring ties must \"address past mistakes\" and "
     "asked Moscow for compensation and help with reconstruction.\n"
     "A source familiar with the talks said al-Sharaa also raised the handover of Assad, who fled to Moscow, "
     "though Bogdanov told RIA that the issue had not been discussed.\n"
     "The future of Russia's naval base at Tartus and its Hmeimim air base, Moscow's only military footholds "
     "on the Mediterranean, was also on the table, the source said.\n"
     "Kremlin spokesman Dmitry Peskov said on Wednesday that Moscow would keep up its contacts with the new "
     "authorities.",
     [("MET_WITH", BOGDANOV, SHARAA, "led by Deputy Foreign Minister Mikhail Bogdanov met", "2025-01-28"),
      ("MEMBER_OF", BOGDANOV, RUSFM, "Deputy Foreign Minister Mikhail Bogdanov"),
      ("VISITED", BOGDANOV, DAMASCUS, "in Damascus on Tuesday", "2025-01-28"),
      ("MET_WITH", LAVRENTIEV, SHARAA, "both of whom took part in the talks", "2025-01-28"),
      ("MET_WITH", LAVRENTIEV, BOGDANOV, "both of whom took part in the talks", "2025-01-28"),
      ("MET_WITH", YEFIMOV, SHARAA, "both of whom took part in the talks", "2025-01-28"),
      ("MET_WITH", YEFIMOV, BOGDANOV, "both of whom took part in the talks", "2025-01-28"),
      ("MET_WITH", LAVRENTIEV, YEFIMOV, "both of whom took part in the talks", "2025-01-28"),
      ("LEADS", PUTIN, RUSSIA, "President Vladimir Putin's special envoy"),
      ("MEMBER_OF", PESKOV, KREMLIN, "Kremlin spokesman Dmitry Peskov"),
      ],
     {"source": "blind set (international wire, English)", "published": "2025-01-29"}),

    ("enJB6_husriyeh_central_bank", "en",
     "New central bank governor joins finance minister for Syria's first Washington meetings in decades\n"
     "Enab Baladi – Damascus\n"
     "President Ahmed al-Sharaa has appointed Abdulqader Husriyeh as governor of the Central Bank of Syria, "
     "replacing Maysaa Sabrine, who had run the bank since December, according to a presidential decree "
     "published on 10 April.\n"
     "Two weeks later, Husriyeh and Finance Minister Mohammed Yosr Barnieh, who took over the ministry from "
     "Mohammed Abazeid when the new government was formed on 29 March, travelled to Washington for the spring "
     "meetings of the International Monetary Fund and the World Bank.\n"
     "On the sidelines, the two officials met Saudi Finance Minister Mohammed al-Jadaan, whose country, with "
     "Qatar, pledged to settle Syria's arrears to the World Bank of about $15 million, the Syrian Finance "
     "Ministry said.\n"
     "Jihad Azour, director of the IMF's Middle East and Central Asia Department, told reporters that the fund "
     "was ready to help Syria rebuild its economic institutions, but that no financing programme was under "
     "discussion.\n"
     "A meeting between the Syrian delegation and US Treasury officials, reported by some outlets, was not "
     "confirmed by either side.",
     [("LEADS", SHARAA, SYRIA, "President Ahmed al-Sharaa has appointed"),
      ("SUCCESSOR_OF", HUSRIEH, SABRINE, "replacing Maysaa Sabrine", "2025-04-10"),
      ("LEADS", HUSRIEH, CBS, "as governor of the Central Bank of Syria"),
      ("SUCCESSOR_OF", BARNIEH, ABAZEID, "took over the ministry from", "2025-03-29"),
      ("LEADS", BARNIEH, SYRFIN, "Finance Minister Mohammed Yosr Barnieh"),
      ("VISITED", HUSRIEH, WASHINGTON, "travelled to Washington for the spring", "2025-04"),
      ("VISITED", BARNIEH, WASHINGTON, "travelled to Washington for the spring", "2025-04"),
      ("MET_WITH", HUSRIEH, JADAAN, "the two officials met Saudi Finance Minister", "2025-04"),
      ("MET_WITH", BARNIEH, JADAAN, "the two officials met Saudi Finance Minister", "2025-04"),
      ("MET_WITH", HUSRIEH, BARNIEH, "the two officials met Saudi Finance Minister", "2025-04"),
      ("LEADS", JADAAN, SAUDIFIN, "Saudi Finance Minister Mohammed al-Jadaan"),
      ("MEMBER_OF", AZOUR, IMF, "director of the IMF's Middle East"),
      ],
     {"source": "blind set (independent Syrian outlet, English)", "published": "2025-04-26"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJB")
