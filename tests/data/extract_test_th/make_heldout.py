"""Blind set TH: Libya 2019-2024 (second folder of TG-TH): Fayez al-Sarraj's meeting with Khalifa Haftar in
Abu Dhabi (February 2019), Antonio Guterres in Tripoli and Benghazi at the start of Haftar's offensive (April
2019), the Moscow ceasefire talks where the two rivals never met (January 2020), Abdul Hamid Dbeibah sworn in
to succeed Sarraj and the visit of the French, German and Italian foreign ministers (March 2021), the Turkish
ministers received in Tripoli and Mostafa Madbouly's visit (April-May 2021), and the UN envoys' successions
from Ghassan Salame to Stephanie Williams, Jan Kubis, Abdoulaye Bathily and Stephanie Koury (2020-2024), as a
French wire writes it in English (AFP-like: "TRIPOLI, Feb 28, 2019 (AFP) -"), a London-based Arab daily in
Arabic (Asharq Al-Awsat-like: "بنغازي - القاهرة: «الشرق الأوسط»"), a British wire in English (Reuters-like:
"MOSCOW (Reuters) -"), Libya's state agency in Arabic (LANA-like: "طرابلس (وال) -"), a Libyan English-
language site (Libya Observer-like: "The Libya Observer") and a Libyan independent site in Arabic (Al-Wasat-
like: "بوابة الوسط").
Pieces: Sarraj and Haftar meet in Abu Dhabi with Salame present (English, TH1); Guterres meets Haftar in
Benghazi, and Sarraj in Tripoli with Salame present (Arabic, TH2); Lavrov and Shoigu, Cavusoglu and Akar meet
Serraj and Haftar separately; Serraj and Haftar never meet (English, TH3); the Turkish ministers and Fidan
received by Dbeibah with Menfi present; Madbouly received by Dbeibah (Arabic, TH4); Di Maio, Le Drian and
Maas received by Dbeibah and Menfi together; Dbeibah had been sworn in, succeeding Sarraj (English, TH5);
Bathily resigns, Koury succeeds him; the earlier successions Williams <- Salame, Bathily <- Kubis; Bathily had
met Aguila Saleh (Arabic, TH6).
Excluded on purpose (no relation): Guterres's phone call to Sarraj, the planned national conference (TH1);
the denied "official request", Guterres who did not meet Aguila Saleh (TH2); the face-to-face meeting that
did not take place, the Berlin summit Merkel "plans to host" (TH3); Erdogan's invitation by telephone (TH4);
the Benghazi stop to meet Haftar "not on the agenda", the oath session chaired by Aguila Saleh (a session, not
a meeting) (TH5); the meeting with Haftar that was called off, Bathily's accusation of the leaders (TH6).
Judgement calls: "held in the presence of UN envoy Ghassan Salame": a meeting of the three (TH1); "اجتمع ...
بحضور" paired with both (TH2); "Lavrov and Shoigu, together with ... Cavusoglu and Akar, met Serraj and
Haftar separately": each minister paired with Serraj and with Haftar, and the four ministers paired with each
other (they held the talks together); "Presidents Vladimir Putin and Tayyip Erdogan" LEADS their countries
(TH3); "استقبل ... بحضور" a meeting of all named, the delegation's members paired with each other as SQ3's
Habib and Draper (TH4); "were received by" two hosts: a meeting of the five; "sworn in ... succeeding" is a
succession; "Prime Minister Abdulhamid Dbeiba" LEADS Libya (TH5); "خلفاً لـ" and "ستتولى رئاسة البعثة
بالإنابة بعد استقالة" are successions, as SR2's acting premiership, the latter also LEADS the mission (TH6);
"head of the Presidential Council" LEADS the council; the GNU prime minister LEADS the GNU.
Filled in for the exercise: the Emirati source and the wording of the statement (TH1); the spokesman's
denial, the arrangements with Aguila Saleh (TH2); the order of the Moscow talks (TH3); the hour of the
reception, Erdogan's call (TH4); the venue of the reception, the diplomatic source on Benghazi (TH5);
Bathily's last meeting with Aguila Saleh, the cancelled Rajma meeting (TH6).
Spellings: "Fayez al-Sarraj", "Khalifa Haftar", "Ghassan Salame" (TH1); «أنطونيو غوتيريش»، «المشير خليفة
حفتر»، «المستشار عقيلة صالح» (TH2); "Fayez al-Serraj", "Mevlut Cavusoglu", "Tayyip Erdogan" (TH3); «عبد الحميد
الدبيبة»، «مولود تشاووش أوغلو»، «خلوصي آكار»، «مصطفى مدبولي» (TH4); "Abdulhamid Dbeiba", "Mohammed Menfi",
"Jean-Yves Le Drian" (TH5); «عبدالله باتيلي»، «ستيفاني خوري»، «يان كوبيش» (TH6).
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

LIBYA, TURKEY, EGYPT, RUSSIA = "country:libya", "country:turkey", "country:egypt", "country:russia"
LNA, GNA, GNU, PC, HOR, UNSMIL, UN = (
    "organization:libyan-national-army", "organization:government-of-national-accord",
    "organization:government-of-national-unity-libya", "organization:libyan-presidential-council",
    "organization:libyan-house-of-representatives", "organization:unsmil", "organization:united-nations")
HAFTAR, SARRAJ, DBEIBAH, MENFI, AGUILA = (
    "person:khalifa-haftar", "person:fayez-al-sarraj", "person:abdul-hamid-dbeibah", "person:mohamed-al-menfi",
    "person:aguila-saleh")
SALAME, WILLIAMS, KUBIS, BATHILY, KOURY, GUTERRES = (
    "person:ghassan-salame", "person:stephanie-williams", "person:jan-kubis", "person:abdoulaye-bathily",
    "person:stephanie-koury", "person:antonio-guterres")
LAVROV, SHOIGU, CAVUSOGLU, AKAR, FIDAN, ERDOGAN, PUTIN, MADBOULY = (
    "person:sergei-lavrov", "person:sergei-shoigu", "person:mevlut-cavusoglu", "person:hulusi-akar",
    "person:hakan-fidan", "person:recep-tayyip-erdogan", "person:vladimir-putin", "person:mostafa-madbouly")
DI_MAIO, LE_DRIAN, MAAS, MERKEL = ("person:luigi-di-maio", "person:jean-yves-le-drian", "person:heiko-maas",
                                  "person:angela-merkel")
GERMANY = "country:germany"

AFP = "blind set (French news wire, English, AFP-like)"
ASHARQ = "blind set (London-based Arab daily, Arabic, Asharq Al-Awsat-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
LANA = "blind set (Libyan state news agency, Arabic, LANA-like)"
OBSERVER = "blind set (Libyan English-language news site, Libya Observer-like)"
WASAT = "blind set (Libyan independent news site, Arabic, Al-Wasat-like)"

ARTICLES = [
    ("enTH1_sarraj_haftar_abu_dhabi_afp", "en",
     "Libya rivals Sarraj, Haftar meet in Abu Dhabi: UN\n"
     "TRIPOLI, Feb 28, 2019 (AFP) - The head of Libya's UN-backed unity government, Fayez al-Sarraj, and "
     "military strongman Khalifa Haftar have met in Abu Dhabi and agreed on the need to hold elections, the "
     "United Nations mission said Thursday.\n"
     "\"The two parties agreed on the need to end the transitional stages in Libya through general "
     "elections,\" UNSMIL said in a brief statement, without saying when the talks took place.\n"
     "An Emirati source told AFP the meeting was held on Wednesday in the presence of UN envoy Ghassan Salame, "
     "their first encounter since a conference in the Italian city of Palermo in November.\n"
     "Haftar, whose self-styled Libyan National Army launched an offensive in the country's oil-rich south in "
     "January, has repeatedly refused to recognise the authority of Sarraj's Government of National Accord.\n"
     "UN Secretary-General Antonio Guterres, who spoke to Sarraj by telephone on Thursday, welcomed the "
     "meeting. Salame hopes to gather Libyans at a national conference inside the country in the coming weeks, "
     "although no date has yet been set.",
     met_group({SARRAJ: "Fayez al-Sarraj, and", HAFTAR: "military strongman Khalifa Haftar have met",
                SALAME: "in the presence of UN envoy Ghassan Salame"}, "2019-02-27")
     + [("LEADS", HAFTAR, LNA, "whose self-styled Libyan National Army"),
        ("LEADS", SARRAJ, GNA, "Sarraj's Government of National Accord"),
        ("LEADS", GUTERRES, UN, "UN Secretary-General Antonio Guterres"),
        ],
     {"source": AFP, "published": "2019-02-28"}),

    ("arTH2_guterres_haftar_benghazi_asharq", "ar",
     "غوتيريش يلتقي حفتر في بنغازي ويغادر ليبيا «بقلب مثقل»\n"
     "بنغازي - القاهرة: «الشرق الأوسط»\n"
     "التقى الأمين العام للأمم المتحدة أنطونيو غوتيريش، أمس، المشير خليفة حفتر، القائد العام لـ«الجيش الوطني "
     "الليبي»، في مقر قيادته بمنطقة الرجمة شرق بنغازي، غداة إعلان الأخير بدء عملية عسكرية للسيطرة على العاصمة "
     "طرابلس.\n"
     "وقال غوتيريش في تغريدة عقب اللقاء: «أغادر ليبيا بقلب مثقل وقلق عميق»، مضيفاً أنه ما زال يأمل في تفادي "
     "«مواجهة دامية» حول العاصمة.\n"
     "وكان غوتيريش قد اجتمع الخميس في طرابلس برئيس المجلس الرئاسي فائز السراج، بحضور مبعوثه الخاص غسان سلامة، "
     "وأكد الجميع التمسك بعقد الملتقى الوطني الجامع في غدامس منتصف الشهر الحالي.\n"
     "وأفادت مصادر مطلعة بأن الأمين العام طلب من حفتر وقف تقدم قواته، غير أن المشير لم يقدم أي التزام، فيما نفى "
     "الناطق باسم الجيش أن يكون القائد العام قد تلقى «طلباً رسمياً» بذلك.\n"
     "ولم يلتقِ غوتيريش رئيس مجلس النواب المستشار عقيلة صالح خلال زيارته، على الرغم من ترتيبات أُعلن عنها في "
     "وقت سابق.",
     [("LEADS", GUTERRES, UN, "الأمين العام للأمم المتحدة أنطونيو"),
      ("MET_WITH", GUTERRES, HAFTAR, "التقى الأمين العام", "2019-04-05"),
      ("LEADS", HAFTAR, LNA, "القائد العام لـ«الجيش الوطني")]
     + met_group({GUTERRES: "وكان غوتيريش قد اجتمع", SARRAJ: "برئيس المجلس الرئاسي فائز",
                  SALAME: "بحضور مبعوثه الخاص غسان"}, "2019-04-04")
     + [("LEADS", SARRAJ, PC, "رئيس المجلس الرئاسي فائز السراج"),
        ("LEADS", AGUILA, HOR, "رئيس مجلس النواب المستشار"),
        ],
     {"source": ASHARQ, "published": "2019-04-06"}),

    ("enTH3_moscow_ceasefire_talks_reuters", "en",
     "Libya's Haftar leaves Moscow without signing ceasefire deal\n"
     "MOSCOW (Reuters) - Eastern Libyan commander Khalifa Haftar left Moscow on Tuesday without signing a "
     "ceasefire agreement already accepted by his rival, Tripoli-based Prime Minister Fayez al-Serraj, after "
     "hours of indirect talks brokered by Russia and Turkey.\n"
     "The two men did not meet face to face, Russian Foreign Minister Sergei Lavrov said. Instead, Lavrov and "
     "Defence Minister Sergei Shoigu, together with their Turkish counterparts Mevlut Cavusoglu and Hulusi "
     "Akar, met Serraj and Haftar separately at a government mansion on Monday, shuttling between rooms.\n"
     "Serraj signed the document late on Monday. Haftar asked for until Tuesday morning to consult tribal "
     "leaders, then flew home to Benghazi, the Russian foreign ministry said.\n"
     "Presidents Vladimir Putin and Tayyip Erdogan had called for the truce last week in Istanbul. Erdogan said "
     "on Tuesday that Turkey would \"teach a lesson\" to Haftar if his forces resumed attacks on Tripoli.\n"
     "German Chancellor Angela Merkel plans to host a summit on Libya in Berlin on Sunday, which both men "
     "are invited to attend.",
     [("LEADS", SARRAJ, LIBYA, "Tripoli-based Prime Minister Fayez al-Serraj")]
     + met_group({LAVROV: "Instead, Lavrov and", SHOIGU: "Defence Minister Sergei Shoigu, together",
                  CAVUSOGLU: "counterparts Mevlut Cavusoglu", AKAR: "and Hulusi Akar, met"}, "2020-01-13")
     + [(("MET_WITH",) + (m, n, "met Serraj and Haftar separately", "2020-01-13"))
        for m in (LAVROV, SHOIGU, CAVUSOGLU, AKAR) for n in (SARRAJ, HAFTAR)]
     + [("LEADS", PUTIN, RUSSIA, "Presidents Vladimir Putin"),
        ("LEADS", ERDOGAN, TURKEY, "and Tayyip Erdogan had called"),
        ("LEADS", MERKEL, GERMANY, "German Chancellor Angela Merkel"),
        ],
     {"source": REUTERS, "published": "2020-01-14"}),

    ("arTH4_turkish_ministers_tripoli_lana", "ar",
     "رئيس حكومة الوحدة الوطنية يستقبل وفداً تركياً رفيع المستوى\n"
     "طرابلس 03 مايو 2021 (وال) - استقبل رئيس حكومة الوحدة الوطنية، عبد الحميد الدبيبة، ظهر اليوم الاثنين بمقر "
     "رئاسة الوزراء بطرابلس، وزير الخارجية التركي مولود تشاووش أوغلو، ووزير الدفاع خلوصي آكار، ورئيس جهاز "
     "الاستخبارات هاكان فيدان، والوفد المرافق لهم، بحضور رئيس المجلس الرئاسي محمد المنفي.\n"
     "وجرى خلال اللقاء بحث سبل تعزيز التعاون الثنائي بين البلدين، وتفعيل مذكرات التفاهم الموقعة، وعودة "
     "الشركات التركية لاستكمال مشاريعها المتوقفة في ليبيا.\n"
     "وأكد رئيس الحكومة حرص ليبيا على إقامة علاقات متوازنة مع جميع الدول، فيما جدد الوزير التركي دعم بلاده "
     "للسلطة التنفيذية الجديدة حتى إجراء الانتخابات في 24 ديسمبر المقبل.\n"
     "ونقل الوفد التركي دعوة من الرئيس رجب طيب أردوغان للدبيبة لزيارة أنقرة، كان قد وجهها له في اتصال هاتفي "
     "الأسبوع الماضي.\n"
     "يُذكر أن الدبيبة كان قد استقبل في العشرين من أبريل الماضي رئيس الوزراء المصري مصطفى مدبولي على رأس وفد "
     "وزاري كبير، في أول زيارة لمسؤول مصري بهذا المستوى إلى طرابلس منذ سنوات.",
     [("LEADS", DBEIBAH, GNU, "رئيس حكومة الوحدة الوطنية، عبد")]
     + met_group({DBEIBAH: "استقبل رئيس حكومة الوحدة", CAVUSOGLU: "مولود تشاووش أوغلو، ووزير",
                  AKAR: "ووزير الدفاع خلوصي", FIDAN: "الاستخبارات هاكان فيدان",
                  MENFI: "بحضور رئيس المجلس الرئاسي محمد"}, "2021-05-03")
     + [("LEADS", MENFI, PC, "رئيس المجلس الرئاسي محمد المنفي"),
        ("LEADS", ERDOGAN, TURKEY, "الرئيس رجب طيب"),
        ("MET_WITH", DBEIBAH, MADBOULY, "رئيس الوزراء المصري مصطفى", "2021-04-20"),
        ("LEADS", MADBOULY, EGYPT, "رئيس الوزراء المصري مصطفى مدبولي على"),
        ],
     {"source": LANA, "published": "2021-05-03"}),

    ("enTH5_european_ministers_tripoli_observer", "en",
     "Italian, French and German foreign ministers in Tripoli to back Dbeiba's government\n"
     "The Libya Observer\n"
     "The foreign ministers of Italy, France and Germany, Luigi Di Maio, Jean-Yves Le Drian and Heiko Maas, "
     "arrived in Tripoli on Thursday in a joint visit and were received by Prime Minister Abdulhamid Dbeiba and "
     "the head of the Presidential Council, Mohammed Menfi, at the Government of National Unity's headquarters.\n"
     "The three ministers stressed their support for the new executive authority and called for the departure "
     "of all foreign fighters and mercenaries from Libya before the December 24 elections.\n"
     "Dbeiba was sworn in on March 15 before the House of Representatives in Tobruk, succeeding Fayez "
     "Al-Sarraj, whose Government of National Accord had ruled from Tripoli since 2016. The oath session was "
     "chaired by Speaker Aguila Saleh.\n"
     "Le Drian announced that the French embassy in Tripoli would reopen on Monday. A stop in Benghazi to meet "
     "Khalifa Haftar was not on the ministers' agenda, a diplomatic source told the Libya Observer.\n"
     "Dbeiba, a businessman from Misrata, was chosen by the UN-sponsored Libyan Political Dialogue Forum in "
     "Geneva on February 5, under the supervision of acting UN envoy Stephanie Williams.",
     met_group({DI_MAIO: "Luigi Di Maio, Jean-Yves", LE_DRIAN: "Jean-Yves Le Drian and Heiko",
                MAAS: "and Heiko Maas,", DBEIBAH: "received by Prime Minister Abdulhamid Dbeiba",
                MENFI: "Council, Mohammed Menfi, at"}, "2021-03-25")
     + [("LEADS", DBEIBAH, LIBYA, "Prime Minister Abdulhamid Dbeiba and"),
        ("LEADS", MENFI, PC, "the head of the Presidential Council, Mohammed"),
        ("SUCCESSOR_OF", DBEIBAH, SARRAJ, "succeeding Fayez", "2021-03-15"),
        ("LEADS", SARRAJ, GNA, "whose Government of National Accord"),
        ("LEADS", AGUILA, HOR, "chaired by Speaker Aguila Saleh"),
        ],
     {"source": OBSERVER, "published": "2021-03-25"}),

    ("arTH6_bathily_resigns_koury_wasat", "ar",
     "باتيلي يستقيل... والأمريكية ستيفاني خوري تتولى قيادة البعثة الأممية بالإنابة\n"
     "بوابة الوسط\n"
     "أعلن المبعوث الأممي إلى ليبيا عبدالله باتيلي، مساء الثلاثاء، استقالته من منصبه خلال إحاطة أمام مجلس الأمن، "
     "متهماً القادة الليبيين بتغليب «مصالحهم الشخصية» وعرقلة الانتخابات.\n"
     "وأكدت الأمم المتحدة أن نائبته للشؤون السياسية، الأمريكية ستيفاني خوري، ستتولى رئاسة البعثة بالإنابة بعد "
     "استقالة باتيلي، إلى حين تعيين مبعوث جديد.\n"
     "وكان الدبلوماسي السنغالي قد عُيّن في سبتمبر 2022 خلفاً للسلوفاكي يان كوبيش، الذي استقال بعد أقل من عام "
     "على توليه المهمة، فيما أدارت الأمريكية ستيفاني ويليامز الملف في الأشهر الفاصلة بصفة مستشارة خاصة، بعدما "
     "خلفت اللبناني غسان سلامة بالإنابة في مارس 2020.\n"
     "وكان باتيلي قد التقى في القبة، الأسبوع الماضي، رئيس مجلس النواب عقيلة صالح، في آخر لقاء له مع المسؤولين "
     "الليبيين، فيما أُلغي لقاء كان مقرراً مع المشير خليفة حفتر في الرجمة دون توضيح الأسباب.",
     [("SUCCESSOR_OF", KOURY, BATHILY, "ستتولى رئاسة البعثة بالإنابة", "2024-04"),
      ("LEADS", KOURY, UNSMIL, "رئاسة البعثة بالإنابة بعد"),
      ("SUCCESSOR_OF", BATHILY, KUBIS, "خلفاً للسلوفاكي يان كوبيش", "2022-09"),
      ("SUCCESSOR_OF", WILLIAMS, SALAME, "خلفت اللبناني غسان سلامة", "2020-03"),
      ("MET_WITH", BATHILY, AGUILA, "وكان باتيلي قد التقى في القبة"),
      ("LEADS", AGUILA, HOR, "رئيس مجلس النواب عقيلة صالح"),
      ],
     {"source": WASAT, "published": "2024-04-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTH")
