"""Blind set NL: Lebanon in 2025 (second folder of NK-NL): Joseph Aoun at the Elysee with Macron (March
2025), Ali Larijani's round of Baabda, Ain el-Tineh and the Grand Serail (August 2025), the Israeli strike
in Beirut's southern suburbs that killed Hassan Bdeir (April 2025), Naim Qassem's succession after Hassan
Nasrallah and Hashem Safieddine with Abbas al-Musawi's in the background, Mohammed bin Salman's reception of
Aoun in Riyadh (March 2025) and Tom Barrack's first visit after taking over the Lebanon file from Morgan
Ortagus (June 2025), as a Lebanese TV channel's English site writes it (LBCI-like: "his Lebanese
counterpart", "expanded talks"), Lebanon's state agency in Arabic (NNA-like: "وطنية -", "والوفد المرافق",
"قبل ظهر اليوم"), a pro-axis English news site (The Cradle-like: "Tel Aviv claimed", "the resistance"), a
Lebanese TV site's Arabic profile (MTV-like: "من هو ...؟"), a Saudi TV channel's English site (Al Arabiya
English-like: "RIYADH (Al Arabiya English) —", "the Kingdom") and a Beirut news site in Arabic (Ici
Beyrouth / Houna Loubnan-like: "يتسلّم الملف", "استهل جولته").
Pieces: Macron receives Aoun, expanded talks with Rajji and Barrot, Aoun meets Le Drian (English, NL1); Aoun
receives Larijani with the Iranian ambassador, Berri receives him with Ali Hassan Khalil present, Larijani
meets Salam (Arabic, NL2); an Israeli airstrike kills Hassan Bdeir (English, NL3); Qassem elected to succeed
Nasrallah "whom Israel assassinated", al-Musawi killed by Israeli helicopters and succeeded by Nasrallah
("نصرالله الذي خلفه"), Qassem receives Larijani (Arabic, NL4); Mohammed bin Salman receives Aoun, the talks
attended by Faisal bin Farhan and Rajji, Yazid bin Farhan's earlier meetings with "the then army commander"
(English, NL5); Barrack in Beirut after taking over from Ortagus, meets Aoun, Salam and Berri (Arabic, NL6).
Excluded on purpose (no relation): the joint video call with al-Sharaa, Christodoulides and Mitsotakis, the
meeting with Gerard Larcher dropped from the program (NL1); Rajji, not on Larijani's programme (NL2); the
Hezbollah member killed "when a drone targeted his motorcycle" (no agent), Salam's phone call to Menassa
(NL3); Safieddine, killed "in a strike" on the suburbs (no agent in this piece), the denied reports of
Qassem living in Tehran (NL4); the 22 agreements not signed (NL5); Qassem's televised speech, no meeting
with any Hezbollah representative (NL6).
Judgement calls: in the "expanded talks attended by" the two foreign ministers, each minister is paired with
the other side, not with his own (NL1, NL5, as NC2); "يرافقه" / "في حضور" a third person is paired with the
host only (NL2, as MU); "استقبله ... في حضور" Khalil is paired with the guest (NL2); "An Israeli airstrike
... killed" gives the victim -> country:israel (NL3, as NG1); "الذي اغتالته إسرائيل" and "قتلته مروحيات
إسرائيلية" likewise (NL4); "نصرالله الذي خلفه" is Nasrallah -> al-Musawi (NL4); "تولّى الملف اللبناني
خلفاً لـ" Ortagus is a succession (NL6); "met the then army commander" is Yazid bin Farhan's meeting with Aoun
(NL5); "خُصص لقاؤه مع" Berri is a meeting (NL6); "former"/"الأسبق" leaders still LEADS (NL4 al-Musawi).
Filled in for the exercise: Rajji's and Barrot's presence, the Larcher meeting, the meeting with Le Drian at
the embassy (NL1); Khalil's presence, Salam's wording (NL2); the motorcycle strike and the name of its
victim, the phone call to Menassa (NL3); the Qassem-Larijani meeting as announced by the party (NL4); Yazid
bin Farhan's meetings with Aoun (NL5); the length of the Berri meeting, Barrack's wording (NL6).
Spellings: "Youssef Rajji", "Jean-Noel Barrot" (NL1); "الدكتور علي لاريجاني", "مجتبى أماني", "القاضي نواف
سلام" (NL2); "Sheikh Naim Qasim", "Dahiyeh" (NL3); "السيد حسن نصرالله", "السيد هاشم صفي الدين", "عباس
الموسوي" (NL4); "Youssef Raggi", "Prince Yazid bin Farhan" (NL5); "توماس برّاك", "نبيه بري" (NL6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_nl import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, ISRAEL, FRANCE, SAUDI, SYRIA = ("country:lebanon", "country:israel", "country:france",
                                        "country:saudi-arabia", "country:syria")
BEIRUT, RIYADH, PARIS = "location:beirut", "location:riyadh", "location:paris"
HEZ, PARL, EXEC, SNSC, SAUFM, FRFM = (
    "organization:hezbollah", "organization:lebanese-parliament", "organization:hezbollah-executive-council",
    "organization:supreme-national-security-council", "organization:saudi-foreign-ministry",
    "organization:french-foreign-ministry")
AOUN, SALAM, BERRI, KHALIL, RAJJI = (
    "person:joseph-aoun", "person:nawaf-salam", "person:nabih-berri", "person:ali-hassan-khalil",
    "person:youssef-rajji")
QASSEM, NASRALLAH, SAFIEDDINE, MUSAWI, BDEIR, KOURANI = (
    "person:naim-qassem", "person:hassan-nasrallah", "person:hashem-safieddine", "person:abbas-al-musawi",
    "person:hassan-bdeir", "person:mahdi-ali-kourani")
MACRON, BARROT, LEDRIAN, SHARAA = ("person:emmanuel-macron", "person:jean-noel-barrot",
                                   "person:jean-yves-le-drian", "person:ahmed-al-sharaa")
LARIJANI, AMANI, MBS, FAISAL, YAZID, BARRACK, ORTAGUS = (
    "person:ali-larijani", "person:mojtaba-amani", "person:mohammed-bin-salman", "person:faisal-bin-farhan",
    "person:yazid-bin-farhan", "person:tom-barrack", "person:morgan-ortagus")

LBCI = "blind set (Lebanese TV channel's English site, LBCI-like)"
NNA = "blind set (Lebanese state news agency, Arabic, NNA-like)"
CRADLE = "blind set (pro-axis English news site, The Cradle-like)"
MTV = "blind set (Lebanese TV site, Arabic profile, MTV-like)"
ALARABIYA = "blind set (Saudi TV channel's English site, Al Arabiya English-like)"
HOUNA = "blind set (Beirut news site, Arabic, Houna Loubnan-like)"


def _pairs(pairs: list, date: str) -> list:
    """MET_WITH for listed cross-side pairs (a, b, needle)."""
    return [("MET_WITH", a, b, needle, date) for a, b, needle in pairs]


ARTICLES = [
    ("enNL1_aoun_elysee_lbci", "en",
     "Aoun at the Elysee: Macron pledges support for the army and reconstruction\n"
     "French President Emmanuel Macron received his Lebanese counterpart Joseph Aoun at the Elysee Palace in "
     "Paris on Friday, in Aoun's first official visit to Europe since his election in January.\n"
     "The two presidents held a one-on-one meeting followed by expanded talks attended by Foreign Minister "
     "Youssef Rajji and his French counterpart Jean-Noel Barrot.\n"
     "During the visit, Macron and Aoun held a joint video call with Syrian President Ahmed al-Sharaa, Cypriot "
     "President Nikos Christodoulides and Greek Prime Minister Kyriakos Mitsotakis to discuss border demarcation "
     "and maritime security.\n"
     "Macron said France would host an international conference for Lebanon's reconstruction \"once the reforms "
     "are under way,\" and urged Israel to withdraw from the five points it still holds in the south.\n"
     "Aoun also met Jean-Yves Le Drian, Macron's personal envoy to Lebanon, at the Lebanese embassy before "
     "returning to Beirut on Saturday.\n"
     "A meeting with the head of the French Senate, Gerard Larcher, had been scheduled but was dropped from the "
     "program.",
     _pairs([(MACRON, AOUN, "received his Lebanese counterpart Joseph Aoun"),
             (MACRON, RAJJI, "followed by expanded talks attended by Foreign Minister"),
             (BARROT, AOUN, "his French counterpart Jean-Noel Barrot"),
             (BARROT, RAJJI, "Youssef Rajji and his French counterpart")], "2025-03-28") + [
      ("MET_WITH", AOUN, LEDRIAN, "Aoun also met Jean-Yves Le Drian", "2025-03-28"),
      ("VISITED", AOUN, PARIS, "at the Elysee Palace in Paris", "2025-03-28"),
      ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron"),
      ("LEADS", AOUN, LEBANON, "his Lebanese counterpart"),
      ("LEADS", BARROT, FRFM, "and his French counterpart"),
      ("LEADS", SHARAA, SYRIA, "Syrian President Ahmed al-Sharaa"),
      ],
     {"source": LBCI, "published": "2025-03-28"}),

    ("arNL2_aoun_receives_larijani_nna", "ar",
     "الرئيس عون لـ لاريجاني: لبنان لا يقبل أي تدخل في شؤونه الداخلية\n"
     "وطنية - استقبل رئيس الجمهورية العماد جوزاف عون، قبل ظهر اليوم في قصر بعبدا، أمين المجلس الأعلى للأمن "
     "القومي في الجمهورية الإسلامية الإيرانية الدكتور علي لاريجاني، يرافقه سفير إيران في لبنان مجتبى أماني، "
     "وعرض معه العلاقات الثنائية والتطورات الإقليمية.\n"
     "وأكد الرئيس عون خلال اللقاء أن \"لبنان الذي لا يتدخل في شؤون أي دولة أخرى، لا يقبل بأي تدخل في شؤونه "
     "الداخلية\"، وأن \"قرار حصر السلاح بيد الدولة اتخذته الحكومة ولا عودة عنه\".\n"
     "ثم انتقل الضيف الإيراني إلى عين التينة حيث استقبله رئيس مجلس النواب نبيه بري في حضور المعاون السياسي "
     "لرئيس المجلس النائب علي حسن خليل.\n"
     "وزار لاريجاني بعد الظهر السراي الكبير والتقى رئيس مجلس الوزراء القاضي نواف سلام، الذي أبلغه أن "
     "\"الصداقة تكون مع الدولة لا مع فئة واحدة من اللبنانيين\".\n"
     "ولم يتضمن برنامج الزيارة لقاءً مع وزير الخارجية يوسف رجي، الذي كان قد انتقد في وقت سابق تصريحات "
     "مسؤولين إيرانيين حول نزع سلاح حزب الله.",
     [("MET_WITH", AOUN, LARIJANI, "الدكتور علي لاريجاني، يرافقه", "2025-08-13"),
      ("MET_WITH", AOUN, AMANI, "يرافقه سفير إيران في لبنان", "2025-08-13"),
      ("MET_WITH", BERRI, LARIJANI, "حيث استقبله رئيس مجلس النواب", "2025-08-13"),
      ("MET_WITH", KHALIL, LARIJANI, "في حضور المعاون السياسي", "2025-08-13"),
      ("MET_WITH", SALAM, LARIJANI, "والتقى رئيس مجلس الوزراء القاضي", "2025-08-13"),
      ("LEADS", AOUN, LEBANON, "استقبل رئيس الجمهورية العماد"),
      ("LEADS", LARIJANI, SNSC, "أمين المجلس الأعلى للأمن القومي"),
      ("LEADS", BERRI, PARL, "رئيس مجلس النواب نبيه بري"),
      ("MEMBER_OF", KHALIL, PARL, "لرئيس المجلس النائب علي حسن خليل"),
      ("LEADS", SALAM, LEBANON, "رئيس مجلس الوزراء القاضي نواف"),
      ],
     {"source": NNA, "published": "2025-08-13"}),

    ("enNL3_israeli_strike_dahiyeh_bdeir_cradle", "en",
     "Israeli strike on Beirut's southern suburbs kills Hezbollah official and his son\n"
     "An Israeli airstrike on an apartment in Beirut's southern suburbs (Dahiyeh) before dawn on 1 April killed "
     "Hassan Bdeir, an official in Hezbollah's Palestinian file, along with his son Ali and two other people, the "
     "Lebanese Health Ministry said.\n"
     "Tel Aviv claimed Bdeir had been working with Hamas and Iran's Quds Force to plan \"an imminent attack\" on "
     "Israelis. It was the second attack on Dahiyeh since the ceasefire of November 2024.\n"
     "Hours later, a Hezbollah member, named by local media as Mahdi Ali Kourani, was killed when a drone "
     "targeted his motorcycle on the Nabatieh-Kfar Remman road.\n"
     "President Joseph Aoun called the raid a \"dangerous warning,\" while Prime Minister Nawaf Salam phoned "
     "Defense Minister Michel Menassa to ask the army to follow up.\n"
     "In a speech days later, Hezbollah secretary-general Sheikh Naim Qasim warned that the patience of the "
     "resistance \"has a limit,\" adding that the group had handed the Lebanese army its sites south of the "
     "Litani river.",
     [("ASSASSINATED_BY", BDEIR, ISRAEL, "An Israeli airstrike on an apartment", "2025-04-01"),
      ("MEMBER_OF", BDEIR, HEZ, "an official in Hezbollah's Palestinian file"),
      ("MEMBER_OF", KOURANI, HEZ, "a Hezbollah member, named by local media"),
      ("LEADS", AOUN, LEBANON, "President Joseph Aoun called"),
      ("LEADS", SALAM, LEBANON, "Prime Minister Nawaf Salam phoned"),
      ("LEADS", QASSEM, HEZ, "Hezbollah secretary-general Sheikh Naim Qasim"),
      ],
     {"source": CRADLE, "published": "2025-04-01"}),

    ("arNL4_who_is_naim_qassem_mtv", "ar",
     "من هو نعيم قاسم، ثالث أمين عام لحزب الله بعد اغتيال الموسوي ونصرالله؟\n"
     "MTV\n"
     "انتخب مجلس شورى حزب الله في 29 تشرين الأول 2024 الشيخ نعيم قاسم أميناً عاماً للحزب، خلفاً للسيد حسن "
     "نصرالله الذي اغتالته إسرائيل بغارة عنيفة على حارة حريك في 27 أيلول.\n"
     "وكان اسم رئيس المجلس التنفيذي السيد هاشم صفي الدين، ابن خالة نصرالله، الأكثر تداولاً لخلافته، إلا أنه "
     "قُتل مطلع تشرين الأول في غارة استهدفت الضاحية الجنوبية، ولم يُعلن الحزب مقتله إلا بعد ثلاثة أسابيع.\n"
     "ووُلد قاسم في بيروت عام 1953، وشغل منصب نائب الأمين العام منذ 1991، في عهد الأمين العام الأسبق السيد "
     "عباس الموسوي، الذي قتلته مروحيات إسرائيلية في الجنوب عام 1992، ثم في عهد نصرالله الذي خلفه.\n"
     "وتحدثت تقارير إسرائيلية عن إقامة قاسم في طهران منذ تشرين الأول، وهو ما نفاه الحزب.\n"
     "وفي آب 2025 استقبل قاسم أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني في بيروت، بحسب ما أعلنته "
     "العلاقات الإعلامية في الحزب.",
     [("SUCCESSOR_OF", QASSEM, NASRALLAH, "خلفاً للسيد حسن", "2024-10-29"),
      ("LEADS", QASSEM, HEZ, "أميناً عاماً للحزب"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "الذي اغتالته إسرائيل", "2024-09-27"),
      ("LEADS", SAFIEDDINE, EXEC, "رئيس المجلس التنفيذي السيد"),
      ("LEADS", MUSAWI, HEZ, "الأمين العام الأسبق"),
      ("ASSASSINATED_BY", MUSAWI, ISRAEL, "الذي قتلته مروحيات إسرائيلية", "1992-02-16"),
      ("SUCCESSOR_OF", NASRALLAH, MUSAWI, "ثم في عهد نصرالله الذي خلفه", "1992"),
      ("MET_WITH", QASSEM, LARIJANI, "استقبل قاسم أمين المجلس", "2025-08"),
      ("LEADS", LARIJANI, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني"),
      ("VISITED", LARIJANI, BEIRUT, "علي لاريجاني في بيروت", "2025-08"),
      ],
     {"source": MTV, "published": "2025-09-01"}),

    ("enNL5_mbs_receives_aoun_alarabiya", "en",
     "Saudi Crown Prince receives Lebanon's Aoun on first foreign trip\n"
     "RIYADH (Al Arabiya English) — Saudi Crown Prince and Prime Minister Mohammed bin Salman received Lebanese "
     "President Joseph Aoun at al-Yamamah Palace in Riyadh on Monday, on the Lebanese leader's first trip abroad "
     "since taking office.\n"
     "The talks were attended on the Saudi side by Foreign Minister Prince Faisal bin Farhan and on the Lebanese "
     "side by Foreign Minister Youssef Raggi, the Saudi Press Agency said.\n"
     "The two sides agreed to study the obstacles to the resumption of Lebanese exports to the Kingdom and the "
     "lifting of the ban on Saudi citizens traveling to Lebanon, according to a joint statement. The 22 "
     "agreements prepared under the previous government were not signed during the visit.\n"
     "Prince Yazid bin Farhan, who handles the Lebanon file at the Saudi foreign ministry, had shuttled between "
     "the Lebanese parties in the run-up to Aoun's election in January and met the then army commander several "
     "times.\n"
     "Aoun, a Maronite Christian and former army chief, has said he wants Lebanon to regain its Arab ties after "
     "years of tension over Hezbollah's influence.",
     _pairs([(MBS, AOUN, "received Lebanese President Joseph Aoun"),
             (FAISAL, AOUN, "on the Saudi side by Foreign Minister Prince Faisal"),
             (MBS, RAJJI, "side by Foreign Minister Youssef Raggi"),
             (FAISAL, RAJJI, "The talks were attended on the Saudi side")], "2025-03-03") + [
      ("MET_WITH", YAZID, AOUN, "met the then army commander", "2025-01"),
      ("VISITED", AOUN, RIYADH, "at al-Yamamah Palace in Riyadh", "2025-03-03"),
      ("LEADS", MBS, SAUDI, "Saudi Crown Prince and Prime Minister"),
      ("LEADS", AOUN, LEBANON, "Lebanese President Joseph Aoun at"),
      ("LEADS", FAISAL, SAUFM, "Foreign Minister Prince Faisal bin Farhan"),
      ("MEMBER_OF", YAZID, SAUFM, "who handles the Lebanon file at the Saudi foreign ministry"),
      ],
     {"source": ALARABIYA, "published": "2025-03-03"}),

    ("arNL6_barrack_takes_lebanon_file_houna", "ar",
     "برّاك يتسلّم الملف اللبناني: جولة أولى على الرؤساء الثلاثة\n"
     "هنا لبنان\n"
     "وصل السفير الأميركي لدى تركيا والموفد الخاص إلى سوريا توماس برّاك إلى بيروت أمس الخميس، في أول زيارة له "
     "بعدما تولّى الملف اللبناني خلفاً لنائبة المبعوث الخاص مورغان أورتاغوس.\n"
     "واستهل برّاك جولته بلقاء رئيس الجمهورية جوزاف عون في بعبدا، ثم التقى رئيس الحكومة نواف سلام، فيما خُصص "
     "لقاؤه مع رئيس المجلس نبيه بري لبحث آلية تنفيذ وقف إطلاق النار، واستمر ساعة ونصف.\n"
     "ونقل برّاك إلى المسؤولين اللبنانيين ورقة تتضمن جدولاً زمنياً لتسليم سلاح حزب الله مقابل انسحاب إسرائيل من "
     "النقاط الخمس ووقف الضربات.\n"
     "وقال بعد لقائه بري إن الاجتماع \"لم يكن مثمراً فحسب، بل رائعاً\"، مؤكداً أن واشنطن \"لن تفاوض حزب الله "
     "مباشرة\".\n"
     "أما الأمين العام للحزب الشيخ نعيم قاسم فقال في كلمة متلفزة إن المقاومة \"لن تسلّم سلاحها لإسرائيل\"، "
     "داعياً الدولة إلى \"عدم الخضوع للإملاءات\".\n"
     "ولم يلتقِ برّاك أي ممثل عن الحزب، رغم تقارير تحدثت عن قناة تواصل غير مباشرة عبر بري.",
     [("SUCCESSOR_OF", BARRACK, ORTAGUS, "بعدما تولّى الملف اللبناني خلفاً", "2025-06"),
      ("VISITED", BARRACK, BEIRUT, "توماس برّاك إلى بيروت", "2025-06-19"),
      ("MET_WITH", BARRACK, AOUN, "واستهل برّاك جولته بلقاء", "2025-06-19"),
      ("MET_WITH", BARRACK, SALAM, "ثم التقى رئيس الحكومة", "2025-06-19"),
      ("MET_WITH", BARRACK, BERRI, "لقاؤه مع رئيس المجلس نبيه بري", "2025-06-19"),
      ("LEADS", AOUN, LEBANON, "رئيس الجمهورية جوزاف عون"),
      ("LEADS", SALAM, LEBANON, "رئيس الحكومة نواف سلام"),
      ("LEADS", BERRI, PARL, "رئيس المجلس نبيه بري"),
      ("LEADS", QASSEM, HEZ, "الأمين العام للحزب الشيخ"),
      ],
     {"source": HOUNA, "published": "2025-06-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNL")
