"""Blind set RJ: Sudan's war and the Horn's diplomacy, 2024-2025 (second folder of RI-RJ): Burhan's
appointment of Kamil Idris as prime minister after Dafallah al-Haj Ali and Osman Hussein (April-May 2025),
Abiy Ahmed's visit to Port Sudan (July 2024), Burhan's talks with Isaias Afwerki in Asmara (November 2024),
the army's killing of RSF commander Ali Yagoub Gibril at El Fasher (June 2024), Tom Perriello's talks with
Burhan in Port Sudan and the Jeddah platform (2024), and the Ankara declaration of Hassan Sheikh Mohamud and
Abiy Ahmed under Recep Tayyip Erdogan (December 2024), as a Saudi daily writes it in Arabic (Asharq
Al-Awsat-like: "بورتسودان: «الشرق الأوسط»", "أبريل (نيسان)"), Ethiopia's state agency in English (ENA-like:
"Addis Ababa, July 9/2024 (ENA) -"), Sudan's state agency in Arabic (SUNA-like: "(سونا) -", "فخامة",
"سيادته"), a Western wire in English (Reuters-like: "PORT SUDAN, June 14 (Reuters) -"), a Sudanese
independent site in Arabic (Radio Dabanga-like: "بورتسودان – «دبنقا»") and a Somali site in English (Garowe
Online-like: "Villa Somalia").
Pieces: Burhan names Idris to succeed Dafallah al-Haj Ali, who had succeeded Osman Hussein; Agar receives the
Saudi ambassador (Arabic, RJ1); Abiy meets Burhan with Redwan Hussein and Kabbashi present; Abiy had received
Dagalo (English, RJ2); Burhan meets Isaias with Ali Youssef al-Sharif, Osman Saleh and Yemane Gebreab present
(Arabic, RJ3); the army kills Ali Yagoub Gibril; Perriello met Ruto (English, RJ4); Perriello meets Burhan
with al-Sharif present (Arabic, RJ5); Erdogan, Hassan Sheikh and Abiy meet in Ankara; Fidan meets the two
leaders separately; Hassan Sheikh, Isaias and Sisi had met in Asmara (English, RJ6).
Excluded on purpose (no relation): Idris's swearing-in before Burhan, still to come (RJ1); Abiy's phone call
with Burhan in June (RJ2); Erdogan's phone call to Burhan; the meeting with Hemedti denied by Agar (RJ3); the
RSF field commander killed in a drone strike with no stated agent; the army's accusation that the RSF killed
civilians (RJ4); the Geneva talks the army boycotted; the called-off Perriello - RSF meeting in Nairobi (RJ5);
the failed indirect rounds of July and August, Abiy's and Hassan Sheikh's later phone call (RJ6).
Judgement calls: "خلفاً ل" is a succession (RJ1, twice); «استقبل» a Saudi ambassador is a meeting (RJ1); "The
talks were attended by" two officials, one of each side: each with both principals and with each other (RJ2);
«بحضور» three officials: each with both principals and with each other (RJ3); "the army said its forces killed"
gives Gibril -> the army (the agent claims it) (RJ4); "the three leaders met" is a meeting of three (RJ6);
"held separate meetings with the two leaders" pairs Fidan with each leader, not a group (RJ6); "a trilateral
summit in Asmara" pairs the three (RJ6).
Filled in for the exercise: the length of Dafallah al-Haj Ali's term as stated, the Saudi ambassador's call
on Agar (RJ1); the attendees, the phone call in June (RJ2); the date of Burhan's Asmara visit, the attendees,
Erdogan's call placed the same week, Agar's denial (RJ3); the drone strike near Mellit, Perriello's meeting
with Ruto (RJ4); the date of Perriello's Port Sudan visit, al-Sharif's presence, the called-off Nairobi meeting
(RJ5); Fidan's separate meetings (RJ6).
Spellings: «الفريق أول عبد الفتاح البرهان», «كامل الطيب إدريس», «دفع الله الحاج علي» (RJ1); "Gen. Abdel Fattah
Al-Burhan", "Redwan Hussien", "Shams Al-Din Kabbashi" (RJ2); «إسياس أفورقي», «أفورقي», «يماني قبرآب» (RJ3); "Ali
Yagoub Gibril", "Perriello" (RJ4); «توم بيريلو», «بيريلو» (RJ5); "Hassan Sheikh", "Abiy", "Isaias Afwerki"
(RJ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rj import ALL  # noqa: E402

HERE = Path(__file__).parent

SUDAN, ETHIOPIA, ERITREA, SOMALIA, KENYA, TURKEY, EGYPT = (
    "country:sudan", "country:ethiopia", "country:eritrea", "country:somalia", "country:kenya", "country:turkey",
    "country:egypt")
SAF, RSF, COUNCIL = ("organization:sudanese-armed-forces", "organization:rapid-support-forces",
                     "organization:sudan-sovereignty-council")
BURHAN, DAGALO, AGAR, KABBASHI, SHARIF = (
    "person:abdel-fattah-al-burhan", "person:mohamed-hamdan-dagalo", "person:malik-agar",
    "person:shams-al-din-kabbashi", "person:ali-youssef-al-sharif")
IDRIS, DAFALLAH, OSMAN_HUSSEIN, GIBRIL = (
    "person:kamil-idris", "person:dafallah-al-haj-ali", "person:osman-hussein-osman", "person:ali-yagoub-gibril")
ABIY, REDWAN, ISAIAS, OSMAN_SALEH, YEMANE, HSM, RUTO, SISI = (
    "person:abiy-ahmed", "person:redwan-hussein", "person:isaias-afwerki", "person:osman-saleh-mohammed",
    "person:yemane-gebreab", "person:hassan-sheikh-mohamud", "person:william-ruto", "person:abdel-fattah-el-sisi")
ERDOGAN, FIDAN, PERRIELLO, JAFAR = (
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:tom-perriello", "person:ali-bin-hassan-jafar")

ASHARQ = "blind set (Saudi daily, Arabic, Asharq Al-Awsat-like)"
ENA = "blind set (Ethiopian state news agency, English, ENA-like)"
SUNA = "blind set (Sudanese state news agency, Arabic, SUNA-like)"
REUTERS = "blind set (Western news wire, English, Reuters-like)"
DABANGA = "blind set (Sudanese independent news site, Arabic, Radio Dabanga-like)"
GAROWE = "blind set (Somali news site, English, Garowe Online-like)"

ARTICLES = [
    ("arRJ1_burhan_names_idris_asharq", "ar",
     "البرهان يعيّن كامل إدريس رئيساً للوزراء في السودان\n"
     "بورتسودان: «الشرق الأوسط»\n"
     "أصدر رئيس مجلس السيادة الانتقالي في السودان، الفريق أول عبد الفتاح البرهان، مساء الاثنين، مرسوماً "
     "دستورياً بتعيين الدكتور كامل الطيب إدريس رئيساً لمجلس الوزراء، خلفاً للسفير دفع الله الحاج علي، الذي "
     "كُلّف بالمنصب قبل أقل من ثلاثة أسابيع.\n"
     "وكان الحاج علي قد عُيّن في أواخر أبريل (نيسان) الماضي خلفاً لعثمان حسين، الذي تولى مهام رئيس الوزراء "
     "بالتكليف منذ مطلع 2023.\n"
     "وإدريس دبلوماسي ومحامٍ، شغل منصب المدير العام للمنظمة العالمية للملكية الفكرية، وخاض الانتخابات "
     "الرئاسية عام 2010.\n"
     "ومن المنتظر أن يصل إدريس إلى بورتسودان خلال أيام لأداء اليمين الدستورية أمام البرهان.\n"
     "وفي سياق منفصل، استقبل نائب رئيس مجلس السيادة مالك عقار، في مكتبه ببورتسودان، أمس، سفير خادم الحرمين "
     "الشريفين لدى السودان علي بن حسن جعفر، وبحث معه جهود منبر جدة وإيصال المساعدات الإنسانية.",
     [("SUCCESSOR_OF", IDRIS, DAFALLAH, "خلفاً للسفير دفع الله الحاج علي", "2025-05-19"),
      ("SUCCESSOR_OF", DAFALLAH, OSMAN_HUSSEIN, "خلفاً لعثمان حسين", "2025-04-30"),
      ("MET_WITH", AGAR, JAFAR, "وبحث معه جهود منبر جدة", "2025-05-19"),
      ("LEADS", BURHAN, COUNCIL, "أصدر رئيس مجلس السيادة الانتقالي"),
      ("MEMBER_OF", AGAR, COUNCIL, "استقبل نائب رئيس مجلس السيادة"),
      ],
     {"source": ASHARQ, "published": "2025-05-20"}),

    ("enRJ2_abiy_port_sudan_ena", "en",
     "PM Abiy Arrives in Port Sudan, Holds Talks with Gen. Al-Burhan\n"
     "Addis Ababa, July 9/2024 (ENA) - Prime Minister Abiy Ahmed arrived in Port Sudan today for a working "
     "visit and held discussions with Chairman of the Transitional Sovereignty Council of Sudan, General Abdel "
     "Fattah Al-Burhan.\n"
     "The two leaders discussed the ongoing situation in Sudan and ways of finding a durable, Sudanese-led "
     "solution to the conflict.\n"
     "The talks were attended by Ethiopia's National Intelligence and Security Service Director General Redwan "
     "Hussien and Sudan's Deputy Commander-in-Chief of the Armed Forces, Lt. Gen. Shams Al-Din Kabbashi.\n"
     "In a post on his social media pages, the Prime Minister said Ethiopia stands with the people of Sudan "
     "\"in good and bad times\". The two leaders had spoken by phone in June.\n"
     "PM Abiy is the first foreign head of government to visit Port Sudan since the outbreak of the war. "
     "He had received Rapid Support Forces commander Mohamed Hamdan Dagalo in Addis Ababa in December, a "
     "visit that drew protests from Port Sudan.",
     [("MET_WITH", ABIY, BURHAN, "held discussions with Chairman", "2024-07-09"),
      ("MET_WITH", REDWAN, ABIY, "The talks were attended by", "2024-07-09"),
      ("MET_WITH", REDWAN, BURHAN, "Security Service Director General Redwan", "2024-07-09"),
      ("MET_WITH", KABBASHI, ABIY, "Deputy Commander-in-Chief of the Armed Forces", "2024-07-09"),
      ("MET_WITH", KABBASHI, BURHAN, "Lt. Gen. Shams Al-Din Kabbashi", "2024-07-09"),
      ("MET_WITH", KABBASHI, REDWAN, "Hussien and Sudan's Deputy", "2024-07-09"),
      ("MET_WITH", ABIY, DAGALO, "He had received Rapid Support Forces commander", "2023-12-28"),
      ("LEADS", BURHAN, COUNCIL, "Chairman of the Transitional Sovereignty Council"),
      ("LEADS", DAGALO, RSF, "Rapid Support Forces commander Mohamed"),
      ("VISITED", ABIY, "location:port-sudan", "Prime Minister Abiy Ahmed arrived in Port Sudan"),
      ],
     {"source": ENA, "published": "2024-07-09"}),

    ("arRJ3_burhan_isaias_asmara_suna", "ar",
     "رئيس مجلس السيادة يلتقي الرئيس الإريتري في أسمرا\n"
     "أسمرا 26-11-2024 (سونا) - التقى رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول ركن "
     "عبد الفتاح البرهان، اليوم، فخامة الرئيس إسياس أفورقي رئيس دولة إريتريا، وذلك في إطار زيارة رسمية يقوم "
     "بها سيادته إلى أسمرا.\n"
     "وعقد الرئيسان جلسة مباحثات مغلقة أعقبتها جلسة موسعة بحضور وزير الخارجية السفير علي يوسف الشريف، ووزير "
     "الخارجية الإريتري عثمان صالح، والمستشار السياسي للرئيس الإريتري يماني قبرآب.\n"
     "وأكد الرئيس أفورقي وقوف بلاده مع السودان وقواته المسلحة في الحفاظ على سيادته ووحدة أراضيه.\n"
     "وفي سياق آخر، تلقى رئيس مجلس السيادة اتصالاً هاتفياً من الرئيس التركي رجب طيب أردوغان، أبدى فيه استعداد "
     "بلاده للتوسط من أجل إنهاء الأزمة.\n"
     "من جهته، نفى نائب رئيس مجلس السيادة مالك عقار ما تداولته وسائل إعلام عن لقاء مرتقب بين البرهان وقائد "
     "الميليشيا المتمردة، مؤكداً أن «لا تفاوض إلا عبر منبر جدة».",
     [("MET_WITH", BURHAN, ISAIAS, "فخامة الرئيس إسياس أفورقي", "2024-11-26"),
      ("MET_WITH", SHARIF, BURHAN, "وزير الخارجية السفير علي يوسف الشريف", "2024-11-26"),
      ("MET_WITH", SHARIF, ISAIAS, "جلسة موسعة بحضور", "2024-11-26"),
      ("MET_WITH", OSMAN_SALEH, BURHAN, "الخارجية الإريتري عثمان صالح", "2024-11-26"),
      ("MET_WITH", OSMAN_SALEH, ISAIAS, "عثمان صالح، والمستشار", "2024-11-26"),
      ("MET_WITH", YEMANE, BURHAN, "للرئيس الإريتري يماني قبرآب", "2024-11-26"),
      ("MET_WITH", YEMANE, ISAIAS, "والمستشار السياسي", "2024-11-26"),
      ("MET_WITH", SHARIF, OSMAN_SALEH, "يوسف الشريف، ووزير", "2024-11-26"),
      ("MET_WITH", SHARIF, YEMANE, "يماني قبرآب.", "2024-11-26"),
      ("MET_WITH", OSMAN_SALEH, YEMANE, "السياسي للرئيس الإريتري", "2024-11-26"),
      ("LEADS", BURHAN, COUNCIL, "التقى رئيس مجلس السيادة الانتقالي"),
      ("LEADS", BURHAN, SAF, "القائد العام للقوات المسلحة"),
      ("LEADS", ISAIAS, ERITREA, "أفورقي رئيس دولة إريتريا"),
      ("LEADS", ERDOGAN, TURKEY, "من الرئيس التركي رجب"),
      ("MEMBER_OF", AGAR, COUNCIL, "نفى نائب رئيس مجلس السيادة"),
      ],
     {"source": SUNA, "published": "2024-11-26"}),

    ("enRJ4_gibril_killed_el_fasher_reuters", "en",
     "Senior RSF commander killed in battle for Sudan's El Fasher, army says\n"
     "PORT SUDAN, June 14 (Reuters) - Sudan's army said on Friday its forces had killed Ali Yagoub Gibril, a "
     "Rapid Support Forces commander who was leading the paramilitary group's offensive on El Fasher, the "
     "last major city in Darfur still held by the army.\n"
     "The RSF confirmed Gibril's death in a statement, calling him a \"martyr\", without saying how he died.\n"
     "Separately, local activists said an RSF field commander had been killed in a drone strike near Mellit on "
     "Thursday. It was not clear who carried out the strike.\n"
     "The army accused the RSF of shelling the city's main hospital, killing at least 10 people, a charge the "
     "paramilitary group did not address.\n"
     "U.S. special envoy Tom Perriello, speaking after meeting Kenyan President William Ruto in Nairobi on "
     "Thursday, said the fighting around El Fasher risked \"a massacre on a large scale\" and urged both "
     "sides to return to talks in Jeddah.\n"
     "The war between the army and the RSF erupted in April 2023.",
     [("ASSASSINATED_BY", GIBRIL, SAF, "its forces had killed Ali Yagoub Gibril", "2024-06-14"),
      ("MEMBER_OF", GIBRIL, RSF, "Rapid Support Forces commander who was leading"),
      ("MET_WITH", PERRIELLO, RUTO, "speaking after meeting Kenyan President", "2024-06-13"),
      ("LEADS", RUTO, KENYA, "Kenyan President William Ruto"),
      ],
     {"source": REUTERS, "published": "2024-06-14"}),

    ("arRJ5_perriello_burhan_dabanga", "ar",
     "بيريلو يلتقي البرهان في بورتسودان لأول مرة منذ تعيينه\n"
     "بورتسودان – «دبنقا»\n"
     "التقى المبعوث الأميركي الخاص إلى السودان توم بيريلو، الإثنين، رئيس مجلس السيادة قائد الجيش الفريق أول "
     "عبد الفتاح البرهان في بورتسودان، في أول زيارة له إلى السودان منذ تعيينه في فبراير الماضي.\n"
     "وحضر اللقاء وزير الخارجية علي يوسف الشريف، بحسب مصدر حكومي تحدث لـ«دبنقا».\n"
     "وقال المصدر إن بيريلو طرح على البرهان العودة إلى منبر جدة وفتح المعابر أمام المساعدات، فيما تمسك الأخير "
     "بتنفيذ «إعلان جدة» الموقع في مايو 2023 قبل أي جولة جديدة.\n"
     "وكان الجيش قد قاطع محادثات جنيف التي رعتها واشنطن في أغسطس الماضي بمشاركة السعودية وسويسرا، واكتفى "
     "بإرسال وفد إلى القاهرة للقاء مسؤولين أميركيين ومصريين.\n"
     "وفي المقابل، أُلغي اجتماع كان مقرراً بين بيريلو ووفد من قوات الدعم السريع في نيروبي الأسبوع الماضي، دون "
     "توضيح الأسباب.",
     [("MET_WITH", PERRIELLO, BURHAN, "التقى المبعوث الأميركي الخاص", "2024-11-25"),
      ("MET_WITH", SHARIF, PERRIELLO, "وحضر اللقاء وزير الخارجية", "2024-11-25"),
      ("MET_WITH", SHARIF, BURHAN, "علي يوسف الشريف، بحسب", "2024-11-25"),
      ("LEADS", BURHAN, SAF, "قائد الجيش الفريق أول"),
      ("LEADS", BURHAN, COUNCIL, "رئيس مجلس السيادة قائد"),
      ],
     {"source": DABANGA, "published": "2024-11-25"}),

    ("enRJ6_ankara_declaration_garowe", "en",
     "Ankara deal: Hassan Sheikh, Abiy agree to end port row after Erdogan talks\n"
     "ANKARA, Turkey - Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed on "
     "Wednesday agreed to set aside their year-long dispute over Ethiopia's sea access deal with Somaliland, "
     "following marathon talks hosted by Turkish President Recep Tayyip Erdogan.\n"
     "The three leaders met at the presidential complex late into the night before Erdogan announced the "
     "\"Ankara Declaration\" at a joint press conference, flanked by the two men.\n"
     "Earlier in the day, Turkish Foreign Minister Hakan Fidan held separate meetings with the two leaders.\n"
     "The deal follows two rounds of indirect talks in Ankara in July and August that ended without a "
     "breakthrough. Villa Somalia said technical talks would begin by February.\n"
     "In October, Hassan Sheikh had joined Eritrea's Isaias Afwerki and Egypt's Abdel Fattah el-Sisi for a "
     "trilateral summit in Asmara, a move Addis Ababa saw as hostile.\n"
     "Abiy and Hassan Sheikh are expected to speak by phone in the coming weeks to review progress.",
     met_group({HSM: "Somali President Hassan Sheikh Mohamud", ABIY: "Ethiopian Prime Minister Abiy Ahmed on",
                ERDOGAN: "hosted by Turkish President"}, "2024-12-11") + [
      ("MET_WITH", FIDAN, HSM, "held separate meetings with the two leaders", "2024-12-11"),
      ("MET_WITH", FIDAN, ABIY, "Turkish Foreign Minister Hakan Fidan", "2024-12-11"),
      ] + met_group({HSM: "Hassan Sheikh had joined", ISAIAS: "Eritrea's Isaias Afwerki",
                     SISI: "Egypt's Abdel Fattah el-Sisi"}, "2024-10-10") + [
      ("LEADS", HSM, SOMALIA, "Somali President Hassan"),
      ("LEADS", ABIY, ETHIOPIA, "Ethiopian Prime Minister Abiy"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep"),
      ],
     {"source": GAROWE, "published": "2024-12-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRJ")
