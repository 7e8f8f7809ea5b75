"""Blind set IT: Lebanon 2024-2025 as an English-language international newspaper's Middle East desk
writes it (Financial Times / Guardian-like analysis, and the same desk's Arabic service): Hizbollah
picks Naim Kassem after Nasrallah, Shukr, Akil and Safieddine were killed, October 2024 (English);
Berri as the negotiator of the November 2024 ceasefire and Hochstein's last shuttle to Ain
el-Tineh and Israel (Arabic); Salam's government, Ortagus at Baabda and Aoun after Michel Aoun,
February 2025 (English); Barrack's paper, the cabinet's decisions of August 2025 and Larijani's
visit after succeeding Ahmadian (Arabic); a year after the ceasefire: the strike that killed
Tabatabai, Egypt's intelligence chief and the new US ambassador in Beirut, November 2025
(English); how the army commander reached Baabda in two rounds: envoys at Ain el-Tineh and the
meeting between the rounds, January 2025 (Arabic).
Style: analysis, scene-setting leads, names and roles introduced late, "people briefed on",
analysts quoted by institution (Atlantic Council, Crisis Group, Carnegie, Chatham House, MEI,
Cardiff University), FT's "Hizbollah".
Excluded on purpose: a meeting between Araghchi and Kassem that did not happen; Kassem's public
mandate to Berri without a meeting and Macron's phone call to Mikati; Hezbollah's statement that
it would "cooperate"; the Shia ministers leaving a cabinet session and no announced meeting
between Qassem and Larijani; Israel's claim that Tabatabai had taken over the military wing (no
predecessor named) and a Rashad-Qassem meeting denied by Egyptian officials; Biden's
congratulatory call and the absence of any Iranian at the session.
Spellings: Naim Kassem, Ibrahim Akil, Hashim Safieddine, Hizbollah (enIT1); توم باراك and «أبو
مصطفى» for Berri (arIT4); جوزيف عون, لو دريان, آموس هوكشتين, نبيه برّي (arIT6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_it import ALL  # noqa: E402

HERE = Path(__file__).parent

LEB, ISR, USA, FRA, IRAN = "country:lebanon", "country:israel", "country:united-states", "country:france", "country:iran"
HEZ, AMAL, IDF, LOYAL, RADWAN = ("organization:hezbollah", "organization:amal-movement",
                                 "organization:israel-defense-forces", "organization:loyalty-to-the-resistance-bloc",
                                 "organization:radwan-force")
LEBGOV, LEBPARL, LEBARMY, ISRGOV, SNSC, IRFM, EGINT = (
    "organization:lebanese-government", "organization:lebanese-parliament", "organization:lebanese-army",
    "organization:israeli-government", "organization:supreme-national-security-council",
    "organization:iranian-foreign-ministry", "organization:egyptian-general-intelligence")
ATLANTIC, ICG, CARNEGIE, CHATHAM, MEI, CARDIFF = (
    "organization:atlantic-council", "organization:international-crisis-group",
    "organization:carnegie-middle-east-center", "organization:chatham-house", "organization:middle-east-institute",
    "organization:cardiff-university")
HEALTH, ENV = "organization:lebanese-health-ministry", "organization:lebanese-environment-ministry"
BEIRUT, AINT, BAABDA, DAHIYEH, HARET = ("location:beirut", "location:ain-el-tineh", "location:baabda-palace",
                                        "location:dahiyeh", "location:haret-hreik")
NASR, NQ, SHUKR, AQIL, SAFI, TABA = ("person:hassan-nasrallah", "person:naim-qassem", "person:fouad-shukr",
                                     "person:ibrahim-aqil", "person:hashem-safieddine",
                                     "person:haytham-ali-tabatabai")
BERRI, KHALIL, RAAD = "person:nabih-berri", "person:ali-hassan-khalil", "person:mohammad-raad"
JAOUN, MAOUN, SALAM, MIKATI = ("person:joseph-aoun", "person:michel-aoun", "person:nawaf-salam",
                               "person:najib-mikati")
NASSER, ZEIN = "person:rakan-nassereddine", "person:tamara-el-zein"
HOCH, ORT, BARRACK, ISSA, YAZID, LEDRIAN = ("person:amos-hochstein", "person:morgan-ortagus", "person:tom-barrack",
                                            "person:michel-issa", "person:yazid-bin-farhan",
                                            "person:jean-yves-le-drian")
NETANYAHU, DERMER, ARAGHCHI, LARIJANI, AHMADIAN, RASHAD = (
    "person:benjamin-netanyahu", "person:ron-dermer", "person:abbas-araghchi", "person:ali-larijani",
    "person:ali-akbar-ahmadian", "person:hassan-rashad")
BLANFORD, WIMMEN, YOUNG, KHATIB, RSLIM, SAAD, YAHYA = (
    "person:nicholas-blanford", "person:heiko-wimmen", "person:michael-young", "person:lina-khatib",
    "person:randa-slim", "person:amal-saad", "person:maha-yahya")

ARTICLES = [
    ("enIT1_hizbollah_turns_to_kassem", "en",
     "Hizbollah turns to a cleric without a fighter's record\n"
     "The man Hizbollah chose on Tuesday to lead it through the worst crisis in its history is best known for "
     "his lectures. Naim Kassem, 71, for three decades deputy to the late secretary-general, was elected by the party's Shura Council to succeed Hassan Nasrallah, who was killed in "
     "an Israeli air strike on Beirut's southern suburbs on September 27.\n"
     "Kassem inherits a movement stripped of its commanders. Fuad Shukr, its most senior military figure, was "
     "killed by Israel in July; Ibrahim Akil, who headed the elite Radwan Force, died with more than a dozen of "
     "his officers in a strike on a building in Dahiyeh on September 20 that the Israeli military said it had "
     "carried out. Last week Israel's military said it had killed Hashim Safieddine, Nasrallah's cousin and "
     "presumed heir, in early October.\n"
     "\"The bench has been cleared,\" said Nicholas Blanford, a senior fellow at the Atlantic Council. \"Kassem "
     "is the caretaker of a battered army.\"\n"
     "Heiko Wimmen, project director for Lebanon at the International Crisis Group, said the choice signalled "
     "continuity: \"They went for the one man everyone already knew.\"\n"
     "Abbas Araghchi, Iran's foreign minister, who was in Beirut this month, did not meet Kassem, two people "
     "briefed on the visit said.",
     [("LEADS", NQ, HEZ, "was elected by the party's Shura Council"),
      ("SUCCESSOR_OF", NQ, NASR, "to succeed Hassan Nasrallah", "2024-10-29"),
      ("ASSASSINATED_BY", NASR, ISR, "who was killed in an Israeli air strike", "2024-09-27"),
      ("ATTACKED", ISR, DAHIYEH, "an Israeli air strike on Beirut's southern suburbs", "2024-09-27"),
      ("MEMBER_OF", SHUKR, HEZ, "its most senior military figure"),
      ("ASSASSINATED_BY", SHUKR, ISR, "was killed by Israel in July", "2024-07"),
      ("LEADS", AQIL, RADWAN, "who headed the elite Radwan Force"),
      ("ASSASSINATED_BY", AQIL, IDF, "that the Israeli military said it had carried out", "2024-09-20"),
      ("ASSASSINATED_BY", SAFI, IDF, "Israel's military said it had killed Hashim", "2024-10"),
      ("MEMBER_OF", BLANFORD, ATLANTIC, "a senior fellow at the Atlantic Council"),
      ("MEMBER_OF", WIMMEN, ICG, "project director for Lebanon at the International Crisis Group"),
      ("LEADS", ARAGHCHI, IRFM, "Iran's foreign minister"),
      ("VISITED", ARAGHCHI, BEIRUT, "who was in Beirut this month", "2024-10"),
      ],
     {"source": "blind set (international newspaper Middle East desk, English)", "published": "2024-10-30"}),

    ("arIT2_berri_the_negotiator", "ar",
     "تحليل: بري «المفاوض» الذي أخرج الحزب من الحرب\n"
     "حين دخل الموفد الأميركي آموس هوكشتاين إلى مقرّ الرئاسة الثانية في عين التينة صباح 19 تشرين الثاني، كان "
     "رئيس مجلس النواب نبيه بري، البالغ 86 عاماً، قد أمضى أسابيع يفاوض باسم «حزب الله» الذي فقد قادته واحداً "
     "تلو الآخر.\n"
     "والتقى الرجلان مرتين خلال يومين، قبل أن يتوجّه هوكشتاين إلى إسرائيل حيث اجتمع برئيس الوزراء بنيامين "
     "نتنياهو ثم بوزير الشؤون الاستراتيجية رون ديرمر. وبعد أقل من أسبوع، دخل وقف إطلاق النار حيّز التنفيذ "
     "فجر 27 تشرين الثاني.\n"
     "ويقول مايكل يونغ، رئيس تحرير مدوّنة «ديوان» في مركز مالكوم كير - كارنيغي للشرق الأوسط، إن بري «تحوّل "
     "من شريك صامت إلى الواجهة السياسية للحزب بعد غياب نصرالله».\n"
     "فالأمين العام الجديد، الشيخ نعيم قاسم، الذي انتخب في 29 تشرين الأول خلفاً لنصرالله، فوّض رئيس المجلس "
     "علناً بالتفاوض، من دون أن يلتقيه، بحسب مقرّبين من الطرفين.\n"
     "ولم يحضر ممثلون عن الحزب أياً من لقاءات الموفد الأميركي، فيما تلقّى رئيس حكومة تصريف الأعمال نجيب "
     "ميقاتي اتصالاً من الرئيس الفرنسي إيمانويل ماكرون بعد إعلان الاتفاق.",
     [("VISITED", HOCH, AINT, "حين دخل الموفد الأميركي", "2024-11-19"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", HOCH, BERRI, "والتقى الرجلان مرتين خلال يومين", "2024-11-19"),
      ("VISITED", HOCH, ISR, "قبل أن يتوجّه هوكشتاين إلى إسرائيل", "2024-11-21"),
      ("MET_WITH", HOCH, NETANYAHU, "حيث اجتمع برئيس الوزراء", "2024-11-21"),
      ("LEADS", NETANYAHU, ISRGOV, "برئيس الوزراء بنيامين"),
      ("MET_WITH", HOCH, DERMER, "ثم بوزير الشؤون الاستراتيجية", "2024-11-21"),
      ("MEMBER_OF", DERMER, ISRGOV, "ثم بوزير الشؤون الاستراتيجية"),
      ("MEMBER_OF", YOUNG, CARNEGIE, "في مركز مالكوم كير - كارنيغي"),
      ("LEADS", NQ, HEZ, "فالأمين العام الجديد، الشيخ نعيم"),
      ("SUCCESSOR_OF", NQ, NASR, "خلفاً لنصرالله", "2024-10-29"),
      ("LEADS", MIKATI, LEBGOV, "رئيس حكومة تصريف الأعمال نجيب"),
      ("LEADS", "person:emmanuel-macron", FRA, "الرئيس الفرنسي إيمانويل ماكرون"),
      ],
     {"source": "blind set (international newspaper Middle East desk, Arabic)", "published": "2024-11-28"}),

    ("enIT3_salam_government_ortagus", "en",
     "Lebanon gets a government, and a lecture from Washington\n"
     "A day after a US envoy stood in the presidential palace and declared Hezbollah \"defeated\", Lebanon on "
     "Saturday got its first fully empowered government in more than two years, one in which the Iran-backed "
     "movement, for the first time in a decade, does not hold a blocking third.\n"
     "The 24-member cabinet of Nawaf Salam, a former judge who replaced the caretaker premier Najib Mikati, "
     "includes Shia ministers picked in consultation with the group and its ally, Nabih Berri's Amal movement, "
     "among them Rakan Nassereddine, the new health minister, and Tamara el-Zein, who takes environment.\n"
     "On Friday Morgan Ortagus, the deputy to Donald Trump's Middle East envoy, met President Joseph Aoun, a former "
     "army commander who last month succeeded Michel Aoun after a two-year vacancy, at Baabda. The presidency "
     "later said some of her remarks \"do not represent\" Lebanon's position. She also called on Salam and on "
     "Berri, the 86-year-old parliament speaker, whose aides said the meeting was \"frank\".\n"
     "\"The Americans are trying to convert a military outcome into a political one,\" said Lina Khatib, an "
     "associate fellow at Chatham House.\n"
     "Hezbollah, led since October by Naim Qassem, said it would \"co-operate\" with the cabinet.",
     [("SUPPORTS", IRAN, HEZ, "the Iran-backed movement"),
      ("LEADS", SALAM, LEBGOV, "The 24-member cabinet of Nawaf Salam"),
      ("SUCCESSOR_OF", SALAM, MIKATI, "a former judge who replaced the caretaker premier", "2025-02-08"),
      ("LEADS", BERRI, AMAL, "Nabih Berri's Amal movement"),
      ("LEADS", NASSER, HEALTH, "the new health minister"),
      ("LEADS", ZEIN, ENV, "who takes environment"),
      ("MET_WITH", ORT, JAOUN, "met President Joseph Aoun", "2025-02-07"),
      ("LEADS", JAOUN, LEB, "met President Joseph Aoun"),
      ("SUCCESSOR_OF", JAOUN, MAOUN, "last month succeeded Michel Aoun", "2025-01-09"),
      ("VISITED", ORT, BAABDA, "after a two-year vacancy, at Baabda", "2025-02-07"),
      ("MET_WITH", ORT, SALAM, "She also called on Salam and on", "2025-02-07"),
      ("MET_WITH", ORT, BERRI, "She also called on Salam and on", "2025-02-07"),
      ("LEADS", BERRI, LEBPARL, "the 86-year-old parliament speaker"),
      ("MEMBER_OF", KHATIB, CHATHAM, "an associate fellow at Chatham House"),
      ("LEADS", NQ, HEZ, "led since October by Naim Qassem"),
      ],
     {"source": "blind set (international newspaper Middle East desk, English)", "published": "2025-02-09"}),

    ("arIT4_barak_paper_larijani", "ar",
     "تحليل: ورقة باراك تضع الحكومة اللبنانية أمام امتحان السلاح\n"
     "في الخامس من آب، فعلت حكومة نواف سلام ما لم تجرؤ عليه حكومة قبلها: كلّفت الجيش وضع خطة لحصر السلاح بيد "
     "الدولة قبل نهاية العام، وبعد يومين أقرّت «أهداف» الورقة التي حملها إلى بيروت المبعوث الأميركي توم باراك، "
     "السفير لدى تركيا الذي تسلّم الملف اللبناني خلفاً لمورغان أورتاغوس. وغادر الوزراء الشيعة الجلسة احتجاجاً.\n"
     "وكان باراك قد التقى في زيارته الأخيرة في تموز الرئيس جوزاف عون ورئيس الحكومة، ثم رئيس مجلس النواب نبيه "
     "بري، الذي يصفه مقرّبون منه بأنه «آخر الجسور» مع الحزب. غير أن «أبو مصطفى»، بحسب هؤلاء، لم يعد يملك ما "
     "يعطيه.\n"
     "ولم يتأخر الرد الإيراني: فقد حطّ في بيروت في 13 آب علي لاريجاني، الذي عُيّن قبل أيام أميناً للمجلس الأعلى "
     "للأمن القومي خلفاً لعلي أكبر أحمديان، والتقى عون وبري وسلام.\n"
     "وتقول رندة سليم، مديرة برنامج حل النزاعات في معهد الشرق الأوسط في واشنطن، إن «الحزب يراهن على الوقت، "
     "وواشنطن تراهن على الجيش».\n"
     "أما الأمين العام للحزب نعيم قاسم، فهدّد في خطاب متلفز بأن الحزب «لن يسلّم السلاح»، ولم يُعلَن عن أي لقاء "
     "بينه وبين الضيف الإيراني.",
     [("LEADS", SALAM, LEBGOV, "حكومة نواف سلام"),
      ("VISITED", BARRACK, BEIRUT, "الورقة التي حملها إلى بيروت", "2025-07"),
      ("SUCCESSOR_OF", BARRACK, ORT, "خلفاً لمورغان أورتاغوس", "2025-06"),
      ("MET_WITH", BARRACK, JAOUN, "وكان باراك قد التقى في زيارته الأخيرة", "2025-07"),
      ("LEADS", JAOUN, LEB, "الرئيس جوزاف عون ورئيس الحكومة"),
      ("MET_WITH", BARRACK, SALAM, "الرئيس جوزاف عون ورئيس الحكومة", "2025-07"),
      ("MET_WITH", BARRACK, BERRI, "ثم رئيس مجلس النواب نبيه", "2025-07"),
      ("LEADS", BERRI, LEBPARL, "ثم رئيس مجلس النواب نبيه"),
      ("VISITED", LARIJANI, BEIRUT, "فقد حطّ في بيروت في 13 آب", "2025-08-13"),
      ("LEADS", LARIJANI, SNSC, "أميناً للمجلس الأعلى"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "خلفاً لعلي أكبر أحمديان", "2025-08"),
      ("MET_WITH", LARIJANI, JAOUN, "والتقى عون وبري وسلام", "2025-08-13"),
      ("MET_WITH", LARIJANI, BERRI, "والتقى عون وبري وسلام", "2025-08-13"),
      ("MET_WITH", LARIJANI, SALAM, "والتقى عون وبري وسلام", "2025-08-13"),
      ("MEMBER_OF", RSLIM, MEI, "مديرة برنامج حل النزاعات في معهد الشرق الأوسط"),
      ("LEADS", NQ, HEZ, "أما الأمين العام للحزب نعيم"),
      ],
     {"source": "blind set (international newspaper Middle East desk, Arabic)", "published": "2025-08-15"}),

    ("enIT5_ceasefire_on_paper_tabatabai", "en",
     "One year on, Lebanon's ceasefire exists mostly on paper\n"
     "When Israeli jets struck an apartment block in Haret Hreik on Sunday, they killed Haytham Ali Tabatabai, "
     "the man Israel described as Hizbollah's most senior surviving commander. According to the Israeli military, "
     "he had taken over the group's military wing after the killings of 2024; Hizbollah confirmed his death but "
     "not his rank.\n"
     "The strike, a year almost to the day after the ceasefire of November 27 2024, came as Cairo tried to "
     "mediate. Hassan Rashad, Egypt's intelligence chief, travelled to Beirut in late October and met President "
     "Joseph Aoun, Speaker Nabih Berri and Prime Minister Nawaf Salam, carrying what Lebanese officials described "
     "as Israeli conditions.\n"
     "Michel Issa, the new US ambassador, has since been received by Aoun and by Berri, people familiar with the "
     "meetings said.\n"
     "\"Israel has redefined the ceasefire as a licence to strike at will,\" said Amal Saad, a lecturer in "
     "politics at Cardiff University who studies the group. Naim Qassem, Hizbollah's secretary-general, has "
     "promised a response \"at the right time\" but has not said what it will be.\n"
     "A meeting between Rashad and Qassem, reported by a pro-Hizbollah newspaper, was denied by Egyptian "
     "officials.",
     [("ATTACKED", ISR, HARET, "When Israeli jets struck an apartment block in Haret Hreik", "2025-11-23"),
      ("ASSASSINATED_BY", TABA, ISR, "they killed Haytham Ali Tabatabai", "2025-11-23"),
      ("LEADS", RASHAD, EGINT, "Egypt's intelligence chief"),
      ("VISITED", RASHAD, BEIRUT, "travelled to Beirut in late October", "2025-10"),
      ("MET_WITH", RASHAD, JAOUN, "and met President", "2025-10"),
      ("MET_WITH", RASHAD, BERRI, "and met President", "2025-10"),
      ("MET_WITH", RASHAD, SALAM, "and met President", "2025-10"),
      ("LEADS", JAOUN, LEB, "President Joseph Aoun"),
      ("LEADS", BERRI, LEBPARL, "Speaker Nabih Berri"),
      ("LEADS", SALAM, LEBGOV, "Prime Minister Nawaf Salam"),
      ("MET_WITH", ISSA, JAOUN, "has since been received by Aoun and by Berri", "2025-11"),
      ("MET_WITH", ISSA, BERRI, "has since been received by Aoun and by Berri", "2025-11"),
      ("MEMBER_OF", SAAD, CARDIFF, "a lecturer in politics at Cardiff University"),
      ("LEADS", NQ, HEZ, "Hizbollah's secretary-general"),
      ],
     {"source": "blind set (international newspaper Middle East desk, English)", "published": "2025-11-27"}),

    ("arIT6_army_chief_to_baabda", "ar",
     "تحليل: كيف وصل قائد الجيش إلى بعبدا في جولتين\n"
     "بعد عامين وشهرين من الفراغ، انتخب البرلمان اللبناني في التاسع من كانون الثاني قائد الجيش العماد جوزيف عون "
     "رئيساً للجمهورية بـ99 صوتاً، خلفاً للرئيس السابق ميشال عون الذي غادر قصر بعبدا في تشرين الأول 2022.\n"
     "لكن الطريق إلى الجولة الثانية مرّ، بحسب دبلوماسيين غربيين وعرب، بسلسلة لقاءات سبقت الجلسة: فالموفد "
     "السعودي يزيد بن فرحان والموفد الفرنسي جان إيف لو دريان زارا عين التينة كلٌّ على حدة، حيث التقيا رئيس "
     "المجلس نبيه برّي، فيما اكتفى المبعوث الأميركي آموس هوكشتين، الذي زار بيروت قبل أيام، بلقاء قائد الجيش.\n"
     "وفي الاستراحة بين الجولتين، التقى رئيس كتلة «الوفاء للمقاومة» النائب محمد رعد والنائب علي حسن خليل، "
     "المعاون السياسي لبرّي، المرشّح عون في مكتب داخل مبنى البرلمان، في لقاء قالت مصادر الطرفين إنه «بدّد "
     "الهواجس».\n"
     "وتقول مها يحيى، مديرة مركز مالكوم كير - كارنيغي للشرق الأوسط، إن «الحزب خرج من الحرب أضعف من أن يفرض "
     "مرشحه، وأقوى من أن يُتجاوَز».\n"
     "ولم يحضر أي ممثل إيراني الجلسة، فيما اتصل الرئيس الأميركي جو بايدن بعون مهنئاً.",
     [("LEADS", JAOUN, LEBARMY, "قائد الجيش العماد جوزيف عون"),
      ("SUCCESSOR_OF", JAOUN, MAOUN, "خلفاً للرئيس السابق ميشال عون", "2025-01-09"),
      ("VISITED", YAZID, AINT, "زارا عين التينة كلٌّ على حدة", "2025-01"),
      ("VISITED", LEDRIAN, AINT, "زارا عين التينة كلٌّ على حدة", "2025-01"),
      ("MET_WITH", YAZID, BERRI, "حيث التقيا رئيس المجلس", "2025-01"),
      ("MET_WITH", LEDRIAN, BERRI, "حيث التقيا رئيس المجلس", "2025-01"),
      ("LEADS", BERRI, LEBPARL, "رئيس المجلس نبيه برّي"),
      ("VISITED", HOCH, BEIRUT, "الذي زار بيروت قبل أيام", "2025-01"),
      ("MET_WITH", HOCH, JAOUN, "بلقاء قائد الجيش", "2025-01"),
      ("MET_WITH", RAAD, JAOUN, "المرشّح عون في مكتب داخل مبنى البرلمان", "2025-01-09"),
      ("MET_WITH", KHALIL, JAOUN, "المرشّح عون في مكتب داخل مبنى البرلمان", "2025-01-09"),
      ("MET_WITH", RAAD, KHALIL, "النائب محمد رعد والنائب علي حسن خليل", "2025-01-09"),
      ("LEADS", RAAD, LOYAL, "رئيس كتلة «الوفاء للمقاومة» النائب محمد"),
      ("LEADS", YAHYA, CARNEGIE, "مديرة مركز مالكوم كير - كارنيغي"),
      ("LEADS", "person:joe-biden", USA, "الرئيس الأميركي جو بايدن"),
      ],
     {"source": "blind set (international newspaper Middle East desk, Arabic)", "published": "2025-01-11"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIT")
