"""Blind set SY: targeted killings of Iranian officials and their allies, 2020-2024 (first folder of SY-SZ):
the killing of the nuclear scientist Mohsen Fakhrizadeh in Absard near Tehran (27 November 2020) and his
funeral at the Defence Ministry (30 November 2020), the killing of the IRGC adviser Razi Mousavi in Sayyida
Zeinab near Damascus (25 December 2023), the killing of Hamas's Saleh al-Arouri in Beirut's southern suburbs
(2 January 2024), Hossein Amir-Abdollahian's condolence tour of Beirut (January 2024) and Ismail Haniyeh's
visit to Tehran (March 2024), as a British wire writes it in English (Reuters-like: "DUBAI, Nov 27
(Reuters) -"), Iran's state agency in Arabic (IRNA Arabic-like: "طهران/ ... / إرنا –"), a US wire in English
(AP-like: "BEIRUT (AP) —"), a Beirut TV channel's website in Arabic (Al-Mayadeen-like: "الميادين نت"), a
Beirut daily's English site (L'Orient Today-like) and an Iranian agency in Arabic (Tasnim Arabic-like:
"وكالة تسنيم الدولية للأنباء").
Pieces: Fakhrizadeh killed (no agent: Zarif's "indications", Rouhani's blame); Soleimani recalled as killed
in a U.S. drone strike (English, SY1); Fakhrizadeh's funeral, Shamkhani's accusation, Qaani offers his
condolences to Hatami in person (Arabic, SY2); an Israeli airstrike kills Mousavi, Soleimani recalled; the
funeral in Tehran, Qaani "who replaced Soleimani" (English, SY3); al-Arouri, Fendi and al-Aqraa killed in an Israeli drone strike; Nasrallah
had received al-Arouri and al-Nakhalah together (Arabic, SY4); Amir-Abdollahian in Beirut meets Mikati, Berri,
Nasrallah and Hamas's representative (English, SY5); Khamenei receives Haniyeh, Haniyeh had met Raisi and
Amir-Abdollahian (Arabic, SY6).
Excluded on purpose (no relation): Zarif's "serious indications of Israeli role", Rouhani's blame, Israel's
silence (SY1); Shamkhani's accusation of Israel and the MEK, the attendance at the funeral, Khamenei's call to
punish (SY2); Raisi's threat, the funeral attended by Qaani (SY3); Haniyeh's and Nasrallah's words, Regev's
"Israel has not taken responsibility" (SY4); Amir-Abdollahian's phone call to Haniyeh, the planned Damascus
leg (SY5); the reported meeting with Qaani that Tasnim did not confirm, Haniyeh's planned visits (SY6).
Judgement calls: "was killed in a U.S. drone strike" names the agent (SY1, SY3); an attendee of a funeral does
not meet the others; condolences offered in person "على هامش المراسم" are a meeting (SY2); "An Israeli
airstrike ... killed" stated by the wire itself gives victim -> Israel, though Israel did not comment (SY3);
a list of victims "في عدوان إسرائيلي" gives each victim -> Israel; "استقبل ... العاروري و... النخالة" received
together: a meeting of the three (SY4); "held talks with" in person is a meeting, as a reception is (SQ/SR
convention) (SY5, SY6); "deputy head of the political bureau" is MEMBER_OF Hamas, not LEADS; "Supreme Leader"
/ "President" LEADS Iran, a party's leader LEADS the party.
Filled in for the exercise: the bodyguards' wounds and the wording of Dehghan's tweet (SY1); Qaani's
condolences to Hatami (SY2); the Syrian official's wording (SY3); the wording of Haniyeh's statement (SY4);
the meeting with Hamas's representative and its venue (SY5); the Arab media report of a meeting with Qaani,
the planned visits (SY6).
Spellings: "Mohsen Fakhrizadeh", "Qassem Soleimani", "Ayatollah Ali Khamenei" (SY1); «محسن فخري زاده»،
«العميد أمير حاتمي»، «الأدميرال علي شمخاني»، «العميد إسماعيل قاآني» (SY2); "Seyed Razi Mousavi", "Qassem
Soleimani", "Esmail Qaani" (SY3); «الشيخ صالح العاروري»، «زياد النخالة»، «السيد حسن نصر الله» (SY4);
"Hossein Amir-Abdollahian", "Nabih Berri", "Ahmad Abdel Hadi" (SY5); «آية الله العظمى السيد علي الخامنئي»،
«إسماعيل هنية»، «حسين أمير عبد اللهيان» (SY6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_sz import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, US, LEBANON = "country:iran", "country:israel", "country:united-states", "country:lebanon"
BEIRUT = "location:beirut"
IRGC, QUDS, DEFMIN, SPND, SNSC, HAMAS, QASSAM, HEZBOLLAH, PIJ = (
    "organization:irgc", "organization:quds-force", "organization:iranian-defence-ministry", "organization:spnd",
    "organization:supreme-national-security-council", "organization:hamas", "organization:al-qassam-brigades",
    "organization:hezbollah", "organization:palestinian-islamic-jihad")
FAKHRI, MOUSAVI, SOLEIMANI, KHAMENEI, ROUHANI, RAISI, ZARIF, AMIR, HATAMI, SHAMKHANI, DEHGHAN, SALAMI, QAANI = (
    "person:mohsen-fakhrizadeh", "person:razi-mousavi", "person:qasem-soleimani", "person:ali-khamenei",
    "person:hassan-rouhani", "person:ebrahim-raisi", "person:mohammad-javad-zarif",
    "person:hossein-amir-abdollahian", "person:amir-hatami", "person:ali-shamkhani", "person:hossein-dehghan",
    "person:hossein-salami", "person:esmail-qaani")
AROURI, HANIYEH, FENDI, AQRAA, NAKHALAH, ABDULHADI = (
    "person:saleh-al-arouri", "person:ismail-haniyeh", "person:samir-fendi", "person:azzam-al-aqraa",
    "person:ziyad-al-nakhalah", "person:ahmad-abdul-hadi")
NASRALLAH, MIKATI, BERRI, NETANYAHU, REGEV = (
    "person:hassan-nasrallah", "person:najib-mikati", "person:nabih-berri", "person:benjamin-netanyahu",
    "person:mark-regev")

REUTERS = "blind set (British news wire, English, Reuters-like)"
IRNA = "blind set (Iranian state news agency, Arabic service, IRNA-like)"
AP = "blind set (US news wire, English, AP-like)"
MAYADEEN = "blind set (Beirut-based TV channel's website, Arabic, Al-Mayadeen-like)"
LORIENT = "blind set (Beirut daily's English website, L'Orient Today-like)"
TASNIM = "blind set (Iranian news agency, Arabic service, Tasnim-like)"

ARTICLES = [
    ("enSY1_fakhrizadeh_ambush_reuters", "en",
     "Iran's top nuclear scientist killed in ambush near Tehran\n"
     "DUBAI, Nov 27 (Reuters) - Mohsen Fakhrizadeh, the scientist Western intelligence agencies have long "
     "described as the architect of Iran's abandoned nuclear weapons programme, was ambushed and killed near "
     "Tehran on Friday, Iranian officials said.\n"
     "State television said the scientist, a deputy defence minister who headed the ministry's Organisation of "
     "Defensive Innovation and Research, died in hospital after gunmen attacked his car in the town of Absard, "
     "east of the capital. Two of his bodyguards were wounded.\n"
     "Foreign Minister Mohammad Javad Zarif said on Twitter there were \"serious indications of Israeli role\", "
     "but gave no evidence. Israel's Prime Minister's Office declined to comment, and the Pentagon said it had "
     "nothing to add.\n"
     "Hossein Dehghan, a military adviser to Iran's Supreme Leader Ayatollah Ali Khamenei, vowed to \"strike as "
     "thunder at the killers of this oppressed martyr\".\n"
     "On Saturday President Hassan Rouhani blamed Israel, saying it was acting as a \"mercenary\" of the "
     "United States, and said Iran would respond \"in due time\".\n"
     "The killing is the most serious blow to Iran's security establishment since Qassem Soleimani, "
     "commander of the Quds Force, was killed in a U.S. drone strike at Baghdad airport in January. "
     "Israeli Prime Minister Benjamin Netanyahu singled out Fakhrizadeh in a 2018 presentation, telling "
     "viewers to \"remember that name\".",
     [("MEMBER_OF", FAKHRI, DEFMIN, "a deputy defence minister who headed"),
      ("LEADS", FAKHRI, SPND, "who headed the ministry's Organisation"),
      ("LEADS", KHAMENEI, IRAN, "Iran's Supreme Leader Ayatollah"),
      ("LEADS", ROUHANI, IRAN, "President Hassan Rouhani blamed"),
      ("LEADS", SOLEIMANI, QUDS, "commander of the Quds Force, was killed"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "was killed in a U.S. drone strike", "2020-01-03"),
      ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin Netanyahu"),
      ],
     {"source": REUTERS, "published": "2020-11-27"}),

    ("arSY2_fakhrizadeh_funeral_irna", "ar",
     "تشييع الشهيد فخري زاده في مقر وزارة الدفاع بحضور كبار القادة العسكريين\n"
     "طهران/ 30 تشرين الثاني/ نوفمبر/ إرنا – شُيّع صباح اليوم الاثنين جثمان العالم النووي الشهيد الدكتور محسن "
     "فخري زاده، في مراسم أقيمت في مقر وزارة الدفاع وإسناد القوات المسلحة بطهران، بمشاركة عدد من كبار المسؤولين، "
     "من بينهم القائد العام لحرس الثورة الإسلامية اللواء حسين سلامي وقائد فيلق القدس العميد إسماعيل قاآني.\n"
     "وقال وزير الدفاع العميد أمير حاتمي، في كلمة خلال المراسم، إن الشهيد الذي كان يرأس منظمة الأبحاث والإبداع "
     "الدفاعي في الوزارة «كرّس حياته لاقتدار البلاد»، مؤكداً أن «الأعداء سيدفعون ثمن هذه الجريمة».\n"
     "من جهته، اتهم أمين المجلس الأعلى للأمن القومي الأدميرال علي شمخاني الكيانَ الصهيوني ومنظمة «مجاهدي خلق» "
     "بالوقوف وراء العملية، وقال إن «العدو استخدم أساليب معقدة وأجهزة إلكترونية، ولم يكن أي عنصر حاضراً في "
     "المكان».\n"
     "وكان قائد الثورة الإسلامية آية الله السيد علي خامنئي قد دعا، في رسالة أصدرها السبت، إلى «متابعة هذه "
     "الجريمة ومعاقبة مرتكبيها ومن يقف وراءهم».\n"
     "وعلى هامش المراسم، قدّم العميد قاآني التعازي لوزير الدفاع باستشهاد نائبه، فيما ووري الجثمان الثرى بعد "
     "الظهر في مرقد الإمام زاده صالح شمالي العاصمة.",
     [("LEADS", SALAMI, IRGC, "القائد العام لحرس الثورة الإسلامية اللواء"),
      ("LEADS", QAANI, QUDS, "وقائد فيلق القدس العميد إسماعيل"),
      ("LEADS", HATAMI, DEFMIN, "وقال وزير الدفاع العميد أمير حاتمي"),
      ("LEADS", FAKHRI, SPND, "الذي كان يرأس منظمة الأبحاث"),
      ("LEADS", SHAMKHANI, SNSC, "أمين المجلس الأعلى للأمن القومي"),
      ("MET_WITH", QAANI, HATAMI, "قدّم العميد قاآني التعازي لوزير الدفاع", "2020-11-30"),
      ],
     {"source": IRNA, "published": "2020-11-30"}),

    ("enSY3_razi_mousavi_killed_ap", "en",
     "Israeli strike near Damascus kills senior Iranian Guard adviser\n"
     "BEIRUT (AP) — An Israeli airstrike on the outskirts of Damascus killed a senior adviser of Iran's "
     "paramilitary Revolutionary Guard on Monday, a blow that Iranian officials vowed to avenge as tensions "
     "soared across the region over the war in Gaza.\n"
     "Seyed Razi Mousavi, a brigadier general who had served in Syria for more than three decades, died when "
     "missiles hit a farm he used in the Sayyida Zeinab district, Iranian state television reported. A Syrian "
     "security official said three missiles struck the building.\n"
     "Mousavi was a close associate of Qassem Soleimani, the Guard's Quds Force chief who was killed in a U.S. "
     "drone strike in Baghdad in January 2020, and was in charge of coordinating the military alliance between "
     "Syria and Iran.\n"
     "The Israeli military, which rarely acknowledges its operations in Syria, declined to comment.\n"
     "President Ebrahim Raisi said Israel \"will certainly pay for this crime,\" and the Guard's commander, "
     "Gen. Hossein Salami, promised a response \"at the right time and place.\"\n"
     "Thousands of mourners filled the streets of Tehran on Thursday as Supreme Leader Ayatollah Ali Khamenei "
     "prayed over the coffin. The Quds Force commander, Esmail Qaani, who replaced Soleimani after the Baghdad "
     "strike, walked behind the casket with senior Guard officers.",
     [("ASSASSINATED_BY", MOUSAVI, ISRAEL, "An Israeli airstrike on the outskirts", "2023-12-25"),
      ("MEMBER_OF", MOUSAVI, IRGC, "adviser of Iran's paramilitary Revolutionary Guard"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "who was killed in a U.S.", "2020-01-03"),
      ("LEADS", SOLEIMANI, QUDS, "the Guard's Quds Force chief"),
      ("LEADS", RAISI, IRAN, "President Ebrahim Raisi said"),
      ("LEADS", SALAMI, IRGC, "the Guard's commander,"),
      ("LEADS", QAANI, QUDS, "The Quds Force commander, Esmail Qaani"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "who replaced Soleimani after", "2020-01"),
      ],
     {"source": AP, "published": "2023-12-25"}),
]

ARTICLES += [
    ("arSY4_arouri_dahiyeh_mayadeen", "ar",
     "استشهاد الشيخ صالح العاروري في عدوان إسرائيلي على الضاحية الجنوبية لبيروت\n"
     "الميادين نت\n"
     "استشهد نائب رئيس المكتب السياسي لحركة المقاومة الإسلامية (حماس) الشيخ صالح العاروري، والقائدان في كتائب "
     "القسام سمير فندي وعزام الأقرع، وأربعة من كوادر الحركة، مساء اليوم الثلاثاء، في عدوان إسرائيلي بطائرة "
     "مسيّرة استهدف مكتباً للحركة في منطقة المشرفية في الضاحية الجنوبية لبيروت.\n"
     "وقال رئيس المكتب السياسي للحركة إسماعيل هنية إنّ «اغتيال الشيخ العاروري عمل إرهابي مكتمل الأركان، "
     "وانتهاك لسيادة لبنان»، مؤكداً أنّ «الحركة التي قدّمت قادتها شهداء لن تُهزم».\n"
     "في المقابل، قال مارك ريغيف، مستشار رئيس الحكومة الإسرائيلية بنيامين نتنياهو، لشبكة «MSNBC» إنّ «إسرائيل لم "
     "تتبنَّ هذا الهجوم»، مضيفاً أنّ «من نفّذه وجّه ضربة جراحية لقيادة حماس، لا للدولة اللبنانية».\n"
     "وكان الأمين العام لحزب الله السيد حسن نصر الله قد استقبل، في 25 تشرين الأول/أكتوبر الماضي، العاروري "
     "والأمين العام لحركة الجهاد الإسلامي زياد النخالة، وجرى تقييم للموقف بعد عملية «طوفان الأقصى».\n"
     "ويُنتظر أن يلقي السيد نصر الله كلمة غداً الأربعاء، فيما أكدت مصادر المقاومة أنّ «هذه الجريمة لن تمرّ من "
     "دون عقاب».",
     [("MEMBER_OF", AROURI, HAMAS, "نائب رئيس المكتب السياسي لحركة المقاومة"),
      ("ASSASSINATED_BY", AROURI, ISRAEL, "الشيخ صالح العاروري، والقائدان", "2024-01-02"),
      ("ASSASSINATED_BY", FENDI, ISRAEL, "سمير فندي وعزام", "2024-01-02"),
      ("ASSASSINATED_BY", AQRAA, ISRAEL, "وعزام الأقرع، وأربعة", "2024-01-02"),
      ("MEMBER_OF", FENDI, QASSAM, "والقائدان في كتائب"),
      ("MEMBER_OF", AQRAA, QASSAM, "الأقرع، وأربعة من كوادر"),
      ("LEADS", HANIYEH, HAMAS, "وقال رئيس المكتب السياسي للحركة إسماعيل هنية"),
      ("LEADS", NETANYAHU, ISRAEL, "رئيس الحكومة الإسرائيلية بنيامين"),
      ("LEADS", NASRALLAH, HEZBOLLAH, "الأمين العام لحزب الله السيد"),
      ("LEADS", NAKHALAH, PIJ, "والأمين العام لحركة الجهاد الإسلامي"),
      ]
     + met_group({NASRALLAH: "السيد حسن نصر الله قد استقبل", AROURI: "الماضي، العاروري",
                  NAKHALAH: "الجهاد الإسلامي زياد النخالة"}, "2023-10-25"),
     {"source": MAYADEEN, "published": "2024-01-02"}),

    ("enSY5_amir_abdollahian_beirut_lorient", "en",
     "Amir-Abdollahian in Beirut: condolences for Arouri and a warning against escalation\n"
     "Iranian Foreign Minister Hossein Amir-Abdollahian wrapped up a two-day visit to Beirut on Saturday, his "
     "first since Hamas deputy chief Saleh al-Arouri was killed in the southern suburbs on Jan. 2.\n"
     "Amir-Abdollahian met caretaker Prime Minister Najib Mikati at the Grand Serail on Friday afternoon, then "
     "drove to Ain al-Tineh, where Speaker Nabih Berri received him and his delegation for an hour.\n"
     "On Saturday he held talks with Hezbollah Secretary-General Hassan Nasrallah, the party's media office "
     "said in a brief statement, without giving the venue. The two men discussed \"the latest developments in "
     "Gaza and on the southern front.\"\n"
     "At the Iranian Embassy in Bir Hassan, the Iranian minister also offered his condolences in person to "
     "Hamas's representative in Lebanon, Ahmad Abdel Hadi, and to a delegation of Palestinian factions.\n"
     "Amir-Abdollahian had already spoken by phone to Hamas political bureau chief Ismail Haniyeh on the night "
     "of the strike. He told reporters that \"war is not the solution\" but warned that Tehran would not stand "
     "idle.\n"
     "Iranian media said he might travel on to Damascus, but no date had been set by the time he left Beirut.",
     [("VISITED", AMIR, BEIRUT, "wrapped up a two-day visit to Beirut"),
      ("MEMBER_OF", AROURI, HAMAS, "Hamas deputy chief Saleh al-Arouri"),
      ("MET_WITH", AMIR, MIKATI, "Amir-Abdollahian met caretaker Prime Minister", "2024-01-12"),
      ("LEADS", MIKATI, LEBANON, "caretaker Prime Minister Najib Mikati"),
      ("MET_WITH", AMIR, BERRI, "where Speaker Nabih Berri received him", "2024-01-12"),
      ("MET_WITH", AMIR, NASRALLAH, "he held talks with Hezbollah", "2024-01-13"),
      ("LEADS", NASRALLAH, HEZBOLLAH, "Hezbollah Secretary-General Hassan Nasrallah"),
      ("MET_WITH", AMIR, ABDULHADI, "offered his condolences in person", "2024-01-13"),
      ("MEMBER_OF", ABDULHADI, HAMAS, "Hamas's representative in Lebanon"),
      ("LEADS", HANIYEH, HAMAS, "Hamas political bureau chief Ismail Haniyeh"),
      ],
     {"source": LORIENT, "published": "2024-01-13"}),

    ("arSY6_haniyeh_tehran_tasnim", "ar",
     "قائد الثورة الإسلامية يستقبل رئيس المكتب السياسي لحماس والوفد المرافق\n"
     "وكالة تسنيم الدولية للأنباء – استقبل قائد الثورة الإسلامية آية الله العظمى السيد علي الخامنئي، صباح اليوم "
     "الثلاثاء، رئيس المكتب السياسي لحركة المقاومة الإسلامية «حماس» إسماعيل هنية والوفد المرافق له.\n"
     "وأشاد سماحته خلال اللقاء بصمود أهالي غزة، مستذكراً الشهيد صالح العاروري وسائر شهداء المقاومة.\n"
     "وكان هنية قد التقى مساء أمس الاثنين رئيسَ الجمهورية آية الله السيد إبراهيم رئيسي، الذي أكد أن «دعم "
     "الجمهورية الإسلامية للشعب الفلسطيني ثابت»، كما أجرى في مقر إقامته محادثات مع وزير الخارجية حسين أمير عبد "
     "اللهيان تناولت مسار المفاوضات لوقف إطلاق النار.\n"
     "ونقلت وسائل إعلام عربية أن هنية التقى أيضاً قائد فيلق القدس العميد إسماعيل قاآني، إلا أن مصدراً مطلعاً "
     "قال لتسنيم إنه لا علم له بلقاء من هذا النوع.\n"
     "ويختتم هنية زيارته لطهران غداً، على أن يتوجه لاحقاً إلى الدوحة، فيما لم يُحدَّد بعد موعد زيارته "
     "المرتقبة إلى أنقرة.",
     [("LEADS", HANIYEH, HAMAS, "رئيس المكتب السياسي لحركة المقاومة الإسلامية «حماس»"),
      ("MET_WITH", KHAMENEI, HANIYEH, "«حماس» إسماعيل هنية والوفد", "2024-03-26"),
      ("MET_WITH", HANIYEH, RAISI, "وكان هنية قد التقى مساء أمس", "2024-03-25"),
      ("LEADS", RAISI, IRAN, "رئيسَ الجمهورية آية الله"),
      ("MET_WITH", HANIYEH, AMIR, "محادثات مع وزير الخارجية حسين", "2024-03-25"),
      ("LEADS", QAANI, QUDS, "قائد فيلق القدس العميد"),
      ],
     {"source": TASNIM, "published": "2024-03-26"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSY")
