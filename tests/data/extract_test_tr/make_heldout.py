"""Blind set TR: the Palestinian leadership 2011-2017 (second folder of TQ-TR): the Cairo reconciliation
accord of May 2011 under Murad Muwafi, the killing of Ahmed al-Jabari by Israel and Hesham Qandil's visit to
Gaza (November 2012), Rami Hamdallah named to replace Salam Fayyad (June 2013), Hamdallah's government in Gaza
and Khaled Fawzi's visit (October 2017), the Cairo agreement of October 2017, and the killing of Mazen Fuqaha
in Gaza (March 2017, Hamas's accusation of Israel), as a French wire writes it in English (AFP-like: "CAIRO,
May 4, 2011 (AFP) -"), a Jerusalem daily in Arabic (Al-Quds-like: "غزة - «القدس» -"), an Israeli news site
in English (Times of Israel-like: "Abbas taps ..."), the Palestinian state agency in Arabic (WAFA-like:
"غزة 3-10-2017 وفا-"), a Qatari channel's English website (Al Jazeera English-like: "in the Egyptian
capital, Cairo") and a London-based Arab daily in Arabic (Asharq Al-Awsat-like: "غزة: «الشرق الأوسط»").
Pieces: Abbas and Meshaal meet with Muwafi and Moussa; al-Ahmad and Abu Marzouk's talks (English, TR1);
Jabari killed by Israel's aircraft; Qandil visits Gaza and meets Haniyeh (Arabic, TR2); Hamdallah appointed to
replace Fayyad, received by Abbas; Fayyad had replaced Haniyeh; Kerry met Abbas (English, TR3); Hamdallah meets
Fawzi with Haniyeh present, had met Sinwar at Haniyeh's home (Arabic, TR4); al-Ahmad and al-Arouri sign before
Fawzi; Haniyeh elected to succeed Meshaal (English, TR5); Fuqaha killed (no agent); Haniyeh and Sinwar receive
al-Batsh; Sinwar elected in Haniyeh's place; Attar, Abu Shamala and Barhoum killed by Israel in 2014
(Arabic, TR6).
Excluded on purpose (no relation): the interim government that "is to replace" the two cabinets, Abbas's
planned trip to Gaza (TR1); Morsi's recall of the ambassador (TR2); Hamas's rejection, Netanyahu's lack of
plans to meet Hamdallah (TR3); Abbas's phone call with Hamdallah, the crossings not yet handed over (TR4);
Abbas's planned visit to Gaza, his phone call with Haniyeh (TR5); Hamas's accusation of Israel in Fuqaha's
killing, the Israeli army's silence (TR6).
Judgement calls: "held talks behind closed doors with" two others after the two "met": a meeting of the four
(TR1); "اغتالت طائرات الاحتلال الإسرائيلي" names Israel as the agent (TR2); "appointed ... to replace" and
"named him to replace" are successions (TR3); "بحضور" Haniyeh: paired with both principals; a lunch "أقامها
هنية في منزله، بحضور" Sinwar: a meeting of the three (TR4); "signed ... in the presence of" Fawzi "after two
days of talks": a meeting of the three; "elected in May to succeed" is a succession (TR5); "استقبل" two hosts
a delegation head: a meeting of the three; "انتُخب ... خلفاً لهنية" is a succession; "اغتيال إسرائيل القادة
الثلاثة" names the agent for each (TR6); a prime minister LEADS the country; the head of the intelligence
service LEADS it; a university president LEADS the university.
Filled in for the exercise: the closed-door talks and Moussa's presence (TR1); the name of the street and the
hour (TR2); the reception at the Muqata'a (TR3); Haniyeh's presence at the meeting with Fawzi (TR4); the two
days of talks (TR5); the Islamic Jihad delegation and its head (TR6).
Spellings: "Mahmud Abbas", "Khaled Meshaal", "Murad Muwafi", "Azzam al-Ahmed", "Mussa Abu Marzuk", "Ismail
Haniya" (TR1); «أحمد الجعبري»، «هشام قنديل»، «إسماعيل هنية» (TR2); "Rami Hamdallah", "Salam Fayyad" (TR3);
«رامي الحمد الله»، «الوزير خالد فوزي»، «يحيى السنوار» (TR4); "Saleh al-Arouri", "Khaled Mashaal" (TR5); «مازن
فقها»، «خالد البطش»، «رائد العطار» (TR6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_tr import ALL  # noqa: E402

HERE = Path(__file__).parent

PALESTINE, ISRAEL, EGYPT, US = "country:palestine", "country:israel", "country:egypt", "country:united-states"
GAZA = "location:gaza-strip"
FATAH, HAMAS, QASSAM, PIJ, EGI, NAJAH = (
    "organization:fatah", "organization:hamas", "organization:al-qassam-brigades",
    "organization:palestinian-islamic-jihad", "organization:egyptian-general-intelligence",
    "organization:an-najah-national-university")
ABBAS, FAYYAD, HAMDALLAH, AHMAD = (
    "person:mahmoud-abbas", "person:salam-fayyad", "person:rami-hamdallah", "person:azzam-al-ahmad")
MESHAAL, HANIYEH, MARZOUK, AROURI, SINWAR, ZUHRI = (
    "person:khaled-mashal", "person:ismail-haniyeh", "person:musa-abu-marzouk", "person:saleh-al-arouri",
    "person:yahya-sinwar", "person:sami-abu-zuhri")
JABARI, FUQAHA, ATTAR, SHAMALA, BARHOUM, BATSH = (
    "person:ahmed-jabari", "person:mazen-fuqaha", "person:raed-al-attar", "person:mohammed-abu-shamala",
    "person:mohammed-barhoum", "person:khaled-al-batsh")
MUWAFI, FAWZI, MORSI, QANDIL, MOUSSA = (
    "person:murad-muwafi", "person:khaled-fawzi", "person:mohamed-morsi", "person:hesham-qandil",
    "person:amr-moussa")
NETANYAHU, KERRY = "person:benjamin-netanyahu", "person:john-kerry"

AFP = "blind set (French news wire, English, AFP-like)"
QUDS = "blind set (Jerusalem daily, Arabic, Al-Quds-like)"
TOI = "blind set (Israeli news site, English, Times of Israel-like)"
WAFA = "blind set (Palestinian state news agency, Arabic, WAFA-like)"
AJE = "blind set (Qatari channel's English website, Al Jazeera English-like)"
AWSAT = "blind set (London-based Arab daily, Arabic, Asharq Al-Awsat-like)"

ARTICLES = [
    ("enTR1_cairo_unity_pact_afp", "en",
     "Abbas, Meshaal seal Palestinian unity pact in Cairo\n"
     "CAIRO, May 4, 2011 (AFP) - Palestinian president Mahmud Abbas and Hamas chief Khaled Meshaal met on "
     "Wednesday for the first time in more than four years, hours after the rival factions formally signed a "
     "reconciliation deal at the headquarters of Egypt's intelligence service.\n"
     "The two leaders held talks behind closed doors with Egyptian intelligence chief Murad Muwafi, who "
     "brokered the accord, and Arab League secretary general Amr Moussa, an Egyptian official said.\n"
     "The text was initialled last week by Fatah negotiator Azzam al-Ahmed and Hamas deputy politburo chief "
     "Mussa Abu Marzuk after two days of talks in Cairo that took Israel and Washington by surprise.\n"
     "Under the deal, an interim government of independents is to replace the rival cabinets of Salam Fayyad "
     "in Ramallah and Ismail Haniya in Gaza, pending elections within a year. Abbas is expected to visit Gaza "
     "for the first time since Hamas seized the territory in 2007, aides said, without giving a date.\n"
     "Israeli Prime Minister Benjamin Netanyahu said the Palestinian Authority \"must choose either peace with "
     "Israel or peace with Hamas.\"",
     met_group({ABBAS: "Palestinian president Mahmud Abbas", MESHAAL: "Hamas chief Khaled Meshaal met",
                MUWAFI: "intelligence chief Murad Muwafi", MOUSSA: "secretary general Amr Moussa"},
               "2011-05-04")
     + [("LEADS", ABBAS, PALESTINE, "Palestinian president Mahmud Abbas"),
        ("LEADS", MESHAAL, HAMAS, "Hamas chief Khaled Meshaal met"),
        ("LEADS", MUWAFI, EGI, "intelligence chief Murad Muwafi"),
        ("MET_WITH", AHMAD, MARZOUK, "Mussa Abu Marzuk after two days of talks", "2011-04-27"),
        ("MEMBER_OF", AHMAD, FATAH, "Fatah negotiator Azzam"),
        ("MEMBER_OF", MARZOUK, HAMAS, "Hamas deputy politburo chief"),
        ("LEADS", FAYYAD, PALESTINE, "the rival cabinets of Salam Fayyad"),
        ("LEADS", HANIYEH, PALESTINE, "Ismail Haniya in Gaza"),
        ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin"),
        ],
     {"source": AFP, "published": "2011-05-04"}),

    ("arTR2_jabari_killed_quds", "ar",
     "الاحتلال يغتال القائد أحمد الجعبري ويشن عدواناً واسعاً على غزة\n"
     "غزة - «القدس» - اغتالت طائرات الاحتلال الإسرائيلي، عصر الأربعاء، نائب القائد العام لكتائب الشهيد عز "
     "الدين القسام أحمد الجعبري، بصاروخ استهدف سيارته في شارع عمر المختار بمدينة غزة، ما أدى إلى استشهاده "
     "ومرافقه.\n"
     "وأعلن جيش الاحتلال في بيان أنه بدأ عملية عسكرية أطلق عليها اسم \"عمود السحاب\"، واتهم الجعبري بالوقوف "
     "وراء أسر الجندي جلعاد شاليط عام 2006 وبالمسؤولية عن إطلاق الصواريخ على البلدات الإسرائيلية.\n"
     "وردّت كتائب القسام بقصف تل أبيب للمرة الأولى، فيما استدعى الرئيس المصري محمد مرسي سفير بلاده لدى "
     "إسرائيل احتجاجاً على العدوان.\n"
     "ووصل رئيس الوزراء المصري هشام قنديل إلى قطاع غزة صباح الجمعة عبر معبر رفح في زيارة تضامنية، حيث التقى "
     "رئيس الحكومة في غزة إسماعيل هنية، وزارا معاً مستشفى الشفاء، حيث عاينا جثمان طفل استشهد في غارة على حي "
     "الشجاعية.\n"
     "وقال قنديل في تصريح للصحفيين إن \"مصر لن تتردد في بذل كل الجهود لوقف العدوان\"، فيما أكد هنية أن "
     "\"دماء الجعبري لن تذهب هدراً\".",
     [("ASSASSINATED_BY", JABARI, ISRAEL, "اغتالت طائرات الاحتلال الإسرائيلي", "2012-11-14"),
      ("MEMBER_OF", JABARI, QASSAM, "نائب القائد العام لكتائب"),
      ("LEADS", MORSI, EGYPT, "الرئيس المصري محمد مرسي"),
      ("LEADS", QANDIL, EGYPT, "رئيس الوزراء المصري هشام"),
      ("VISITED", QANDIL, GAZA, "هشام قنديل إلى قطاع غزة"),
      ("MET_WITH", QANDIL, HANIYEH, "رئيس الحكومة في غزة إسماعيل", "2012-11-16"),
      ],
     {"source": QUDS, "published": "2012-11-17"}),

    ("enTR3_hamdallah_replaces_fayyad_toi", "en",
     "Abbas taps university head Rami Hamdallah to replace Fayyad\n"
     "Palestinian Authority President Mahmoud Abbas on Sunday appointed Rami Hamdallah, the president of "
     "An-Najah National University in Nablus, as prime minister to replace Salam Fayyad, who resigned in April "
     "after months of friction with Abbas's Fatah party.\n"
     "Abbas received Hamdallah at the Muqata'a presidential compound in Ramallah on Sunday evening and handed "
     "him the letter of appointment, officials in Ramallah said.\n"
     "Fayyad, a former World Bank and IMF economist, had headed the government since June 2007, when Abbas "
     "named him to replace Hamas's Ismail Haniyeh after the Islamist group's takeover of the Gaza Strip.\n"
     "Hamas spokesman Sami Abu Zuhri called the appointment \"illegal,\" saying it ran against the "
     "reconciliation agreements signed in Cairo and Doha.\n"
     "US Secretary of State John Kerry, who met Abbas in Ramallah last month as part of his push to restart "
     "peace talks, welcomed the appointment. An Israeli official said Prime Minister Benjamin Netanyahu had no "
     "plans to meet the new Palestinian premier.",
     [("LEADS", ABBAS, PALESTINE, "Palestinian Authority President Mahmoud"),
      ("LEADS", HAMDALLAH, NAJAH, "the president of An-Najah"),
      ("SUCCESSOR_OF", HAMDALLAH, FAYYAD, "as prime minister to replace Salam Fayyad", "2013-06-02"),
      ("LEADS", HAMDALLAH, PALESTINE, "as prime minister to replace Salam Fayyad"),
      ("MET_WITH", ABBAS, HAMDALLAH, "Abbas received Hamdallah", "2013-06-02"),
      ("LEADS", FAYYAD, PALESTINE, "had headed the government"),
      ("SUCCESSOR_OF", FAYYAD, HANIYEH, "named him to replace Hamas", "2007-06"),
      ("MEMBER_OF", HANIYEH, HAMAS, "Hamas's Ismail Haniyeh"),
      ("MEMBER_OF", ZUHRI, HAMAS, "Hamas spokesman Sami"),
      ("MET_WITH", KERRY, ABBAS, "who met Abbas in Ramallah", "2013-05"),
      ("LEADS", NETANYAHU, ISRAEL, "Prime Minister Benjamin Netanyahu had"),
      ],
     {"source": TOI, "published": "2013-06-02"}),
]

ARTICLES += [
    ("arTR4_hamdallah_fawzi_gaza_wafa", "ar",
     "رئيس الوزراء يلتقي رئيس المخابرات المصرية في غزة\n"
     "غزة 3-10-2017 وفا- التقى رئيس الوزراء رامي الحمد الله، اليوم الثلاثاء، في مدينة غزة، رئيس جهاز "
     "المخابرات العامة المصرية الوزير خالد فوزي، الذي وصل القطاع على رأس وفد أمني مصري رفيع، بحضور رئيس "
     "المكتب السياسي لحركة حماس إسماعيل هنية.\n"
     "وأطلع الحمد الله الوزير فوزي على الخطوات التي اتخذتها حكومة الوفاق الوطني لتسلّم مهامها في المحافظات "
     "الجنوبية، مثمّناً الدور المصري في إنهاء الانقسام.\n"
     "وكان رئيس الوزراء والوزراء قد وصلوا إلى القطاع أمس عبر حاجز بيت حانون \"إيرز\"، حيث عقدت الحكومة "
     "اجتماعها الأسبوعي في غزة للمرة الأولى منذ عام 2014.\n"
     "والتقى الحمد الله أمس على مأدبة غداء أقامها هنية في منزله بمخيم الشاطئ، بحضور قائد الحركة في القطاع "
     "يحيى السنوار، وجرى التأكيد على تذليل العقبات أمام عمل الحكومة.\n"
     "وأكد السيد الرئيس محمود عباس، في اتصال هاتفي مع رئيس الوزراء، دعمه الكامل لجهود الحكومة، فيما قال "
     "الناطق باسم الحكومة إن تسلّم المعابر والوزارات \"لم يكتمل بعد\" وسيجري تدريجياً.",
     met_group({HAMDALLAH: "التقى رئيس الوزراء رامي", FAWZI: "الوزير خالد فوزي، الذي",
                HANIYEH: "المكتب السياسي لحركة حماس إسماعيل"}, "2017-10-03")
     + [("LEADS", HAMDALLAH, PALESTINE, "التقى رئيس الوزراء رامي"),
        ("LEADS", FAWZI, EGI, "رئيس جهاز المخابرات العامة المصرية"),
        ("VISITED", FAWZI, GAZA, "الذي وصل القطاع"),
        ("LEADS", HANIYEH, HAMAS, "المكتب السياسي لحركة حماس إسماعيل"),
        ("VISITED", HAMDALLAH, GAZA, "قد وصلوا إلى القطاع"),
        ("MET_WITH", HAMDALLAH, SINWAR, "والتقى الحمد الله أمس", "2017-10-02"),
        ("MET_WITH", HANIYEH, SINWAR, "قائد الحركة في القطاع", "2017-10-02"),
        ("LEADS", SINWAR, HAMAS, "قائد الحركة في القطاع"),
        ("LEADS", ABBAS, PALESTINE, "السيد الرئيس محمود عباس"),
        ],
     {"source": WAFA, "published": "2017-10-03"}),

    ("enTR5_cairo_agreement_aje", "en",
     "Fatah and Hamas sign reconciliation deal in Cairo\n"
     "Fatah and Hamas have signed a reconciliation agreement in the Egyptian capital, Cairo, a decade after "
     "the rival Palestinian movements split over control of the Gaza Strip.\n"
     "The deal was signed on Thursday by Fatah's Azzam al-Ahmad and Saleh al-Arouri, deputy head of Hamas's "
     "political bureau, at the headquarters of Egypt's General Intelligence Service in the presence of its "
     "chief, Khaled Fawzi, after two days of talks between the two delegations.\n"
     "Under its terms, the Palestinian Authority's unity government headed by Rami Hamdallah is to take full "
     "control of Gaza, including the Rafah crossing, by December 1.\n"
     "Hamas leader Ismail Haniyeh, who was elected in May to succeed Khaled Mashaal as head of the movement's "
     "political bureau, said the group was \"determined to make this agreement work\".\n"
     "President Mahmoud Abbas, who spoke to Haniyeh by phone, welcomed the deal as a \"final agreement to end "
     "the division\" and said he would visit Gaza within a month.\n"
     "Israeli Prime Minister Benjamin Netanyahu said reconciliation with Hamas \"makes peace much harder to "
     "achieve\".",
     met_group({AHMAD: "Fatah's Azzam al-Ahmad", AROURI: "Saleh al-Arouri, deputy head",
                FAWZI: "chief, Khaled Fawzi, after"}, "2017-10-12")
     + [("MEMBER_OF", AHMAD, FATAH, "Fatah's Azzam al-Ahmad"),
        ("MEMBER_OF", AROURI, HAMAS, "Saleh al-Arouri, deputy head"),
        ("LEADS", FAWZI, EGI, "chief, Khaled Fawzi, after"),
        ("LEADS", HAMDALLAH, PALESTINE, "headed by Rami Hamdallah"),
        ("LEADS", HANIYEH, HAMAS, "Hamas leader Ismail Haniyeh"),
        ("SUCCESSOR_OF", HANIYEH, MESHAAL, "to succeed Khaled Mashaal", "2017-05"),
        ("LEADS", ABBAS, PALESTINE, "President Mahmoud Abbas, who spoke"),
        ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin"),
        ],
     {"source": AJE, "published": "2017-10-12"}),

    ("arTR6_fuqaha_killed_awsat", "ar",
     "اغتيال القيادي في «القسام» مازن فقها برصاص مسلحين في غزة\n"
     "غزة: «الشرق الأوسط»\n"
     "قُتل القيادي في كتائب عز الدين القسام، الجناح العسكري لحركة حماس، مازن فقها، مساء الجمعة، بأربع "
     "رصاصات أطلقها مسلحون من مسدس كاتم للصوت قرب منزله في حي تل الهوى جنوب غربي مدينة غزة.\n"
     "وحمّلت «حماس» إسرائيل المسؤولية عن الاغتيال، وقالت في بيان إن \"الاحتلال وعملاءه\" يقفون وراء "
     "العملية، فيما امتنع الجيش الإسرائيلي عن التعليق.\n"
     "وفقها، المتحدّر من طوباس في الضفة الغربية، أُفرج عنه في صفقة تبادل الأسرى عام 2011 وأُبعد إلى غزة.\n"
     "وتقبّلت قيادة الحركة التعازي في بيت العزاء، حيث استقبل نائب رئيس المكتب السياسي إسماعيل هنية وقائد "
     "الحركة في القطاع يحيى السنوار، الذي انتُخب الشهر الماضي خلفاً لهنية، وفداً من حركة الجهاد الإسلامي "
     "برئاسة عضو مكتبها السياسي خالد البطش.\n"
     "ويُعدّ فقها أبرز قيادي في «القسام» يُقتل منذ اغتيال إسرائيل القادة الثلاثة رائد العطار ومحمد أبو شمالة "
     "ومحمد برهوم في غارة على رفح في آب (أغسطس) 2014.",
     [("MEMBER_OF", FUQAHA, QASSAM, "القيادي في كتائب عز الدين القسام"),
      ("PART_OF", QASSAM, HAMAS, "الجناح العسكري لحركة حماس"),
      ("MEMBER_OF", HANIYEH, HAMAS, "نائب رئيس المكتب السياسي"),
      ("LEADS", SINWAR, HAMAS, "الحركة في القطاع يحيى"),
      ("SUCCESSOR_OF", SINWAR, HANIYEH, "خلفاً لهنية", "2017-02"),
      ("MEMBER_OF", BATSH, PIJ, "برئاسة عضو مكتبها السياسي"),
      ("ASSASSINATED_BY", ATTAR, ISRAEL, "رائد العطار", "2014-08"),
      ("ASSASSINATED_BY", SHAMALA, ISRAEL, "ومحمد أبو شمالة", "2014-08"),
      ("ASSASSINATED_BY", BARHOUM, ISRAEL, "ومحمد برهوم", "2014-08"),
      ]
     + met_group({HANIYEH: "المكتب السياسي إسماعيل هنية", SINWAR: "الحركة في القطاع يحيى",
                  BATSH: "مكتبها السياسي خالد البطش"}, "2017-03"),
     {"source": AWSAT, "published": "2017-03-26"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTR")
