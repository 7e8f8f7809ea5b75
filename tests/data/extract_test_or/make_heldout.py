"""Blind set OR: Libya 2021-2024 (second folder of OQ-OR): the handover from Fayez al-Sarraj to Abdul Hamid
Dbeibah's Government of National Unity and Mohamed al-Menfi's Presidential Council (March 2021), Recep
Tayyip Erdogan's reception of Dbeibah in Ankara (April 2021), the House of Representatives' vote for Fathi
Bashagha against Dbeibah (February 2022), the Arab League's tripartite meeting of Menfi, Aguila Saleh and
Mohamed Takala in Cairo (March 2024), the Russian deputy defence minister Yunus-Bek Yevkurov's visit to
Haftar after Prigozhin's mutiny (August 2023), and Abdoulaye Bathily's resignation (April 2024), as a Libyan
news site writes it in English (Libya Observer-like: "The Libya Observer", "the Presidential Council"),
Turkey's state agency in Arabic (Anadolu Arabic-like: "الأناضول", "الرئيس التركي رجب طيب أردوغان"), a Libyan
daily in English (Libya Herald-like: "By Sami Zaptia.", "HoR"), an Egyptian news site in Arabic (Youm7-like:
"كتب ...", "جامعة الدول العربية"), a wire in English (AFP-like: "BENGHAZI, Libya (AFP) -") and a Libyan TV
site in Arabic (Libya Al-Ahrar-like: "ليبيا الأحرار", "المبعوث الأممي").
Pieces: Sarraj hands over to Dbeibah, the two men meet at the premier's office; Menfi takes over the
Council from Sarraj (English, OR1); Erdogan receives Dbeibah with Cavusoglu and Akar present and Mangoush
in the delegation (Arabic, OR2); the HoR names Bashagha to replace Dbeibah; Bashagha and Maiteeq had met
Haftar together in Benghazi (English, OR3); Aboul Gheit hosts Menfi, Saleh and Takala together; Menfi meets
Shoukry on the sidelines (Arabic, OR4); Yevkurov's delegation meets Haftar; Meloni had received Haftar in
Rome (English, OR5); Bathily resigns, Koury takes over; Bathily had succeeded Kubis; Hammad replaced
Bashagha (Arabic, OR6).
Excluded on purpose (no relation): the eastern government's planned handover in Benghazi (OR1); Erdogan's
phone call with Menfi and Menfi's planned visit (OR2); the shots fired at Dbeibah's car (a failed attempt,
no agent), Williams's statement (OR3); Dbeibah, who was not invited, and Bathily's video statement (OR4);
Prigozhin, "killed in a plane crash" (no agent), the Kremlin's denial, Wagner's fighters (OR5); Bathily's
video call with Menfi, the postponed five-party meeting (OR6).
Judgement calls: "handed over power to Dbeibah" and "took over ... from Sarraj" are successions (OR1);
"chose Fathi Bashagha to replace Dbeibah" is a succession although Dbeibah refused to leave (OR3, as the
brief's "named to replace"); "travelled together to Benghazi and met Haftar" is a meeting of the three
(OR3); «بحضور» ministers and delegation members «ضم الوفد» are paired with both Erdogan and Dbeibah, not
with each other (OR2); the tripartite meeting "hosted" by Aboul Gheit is a meeting of the four (OR4);
"a delegation headed by Yevkurov" met Haftar: Yevkurov is the one met (OR5); Koury "تتولى ... خلفاً له" is
a succession (OR6); "خلفاً لفتحي باشاغا" gives Hammad -> Bashagha (OR6); Bathily "الذي خلف يان كوبيش"
(OR6).
Filled in for the exercise: the signing at the premier's office and Kubis's absence (OR1); the Turkish
attendees and Mangoush's presence, the Menfi call (OR2); the Herald's byline and the minute of the vote
(OR3); Shoukry's sideline meeting (OR4); the unnamed Russian officers, the date of the Meloni meeting as
recalled (OR5); the wording of Bathily's statement, the video call, the postponed meeting (OR6).
Spellings: "Abdulhamid Dbaiba", "Mohammed Al-Menfi", "Fayez Al-Sarraj" (OR1); «عبد الحميد الدبيبة»،
«نجلاء المنقوش»، «خلوصي أكار» (OR2); "Fathi Bashaga", "Aguila Saleh", "Khaled Al-Mishri" (OR3); «عقيلة
صالح»، «محمد تكالة»، «أحمد أبو الغيط» (OR4); "Khalifa Haftar", "Yunus-Bek Yevkurov" (OR5); «عبد الله باتيلي»،
«ستيفاني خوري»، «أسامة حماد» (OR6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_or import ALL  # noqa: E402

HERE = Path(__file__).parent

LIBYA, EGYPT, TURKEY, RUSSIA, ITALY = ("country:libya", "country:egypt", "country:turkey", "country:russia",
                                       "country:italy")
LNA, GNA, GNU, GNS, PC, HOR, HCS, UNSMIL, ARAB_LEAGUE, WAGNER = (
    "organization:libyan-national-army", "organization:government-of-national-accord",
    "organization:government-of-national-unity-libya", "organization:government-of-national-stability",
    "organization:libyan-presidential-council", "organization:libyan-house-of-representatives",
    "organization:high-council-of-state", "organization:unsmil", "organization:arab-league",
    "organization:wagner-group")
HAFTAR, SARRAJ, DBEIBAH, MENFI, BASHAGHA, HAMMAD, SALEH, MISHRI, TAKALA, MAITEEQ, MANGOUSH, THINNI = (
    "person:khalifa-haftar", "person:fayez-al-sarraj", "person:abdul-hamid-dbeibah", "person:mohamed-al-menfi",
    "person:fathi-bashagha", "person:osama-hammad", "person:aguila-saleh", "person:khalid-al-mishri",
    "person:mohamed-takala", "person:ahmed-maiteeq", "person:najla-mangoush", "person:abdullah-al-thinni")
WILLIAMS, KUBIS, BATHILY, KOURY, GUTERRES, ABOUL_GHEIT = (
    "person:stephanie-williams", "person:jan-kubis", "person:abdoulaye-bathily", "person:stephanie-koury",
    "person:antonio-guterres", "person:ahmed-aboul-gheit")
ERDOGAN, CAVUSOGLU, AKAR, SHOUKRY = ("person:recep-tayyip-erdogan", "person:mevlut-cavusoglu",
                                     "person:hulusi-akar", "person:sameh-shoukry")
YEVKUROV, PRIGOZHIN, MELONI, PUTIN = ("person:yunus-bek-yevkurov", "person:yevgeny-prigozhin",
                                      "person:giorgia-meloni", "person:vladimir-putin")

OBSERVER = "blind set (Libyan news site, English, Libya Observer-like)"
ANADOLU_AR = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"
HERALD = "blind set (Libyan daily, English, Libya Herald-like)"
YOUM7 = "blind set (Egyptian news site, Arabic, Youm7-like)"
AFP = "blind set (international news wire, English, AFP-like)"
AHRAR = "blind set (Libyan TV news site, Arabic, Libya Al-Ahrar-like)"

ARTICLES = [
    ("enOR1_sarraj_hands_over_dbaiba_observer", "en",
     "Al-Sarraj officially hands over power to Dbaiba's Government of National Unity\n"
     "The Libya Observer\n"
     "Outgoing Prime Minister Fayez Al-Sarraj on Tuesday handed over power to Abdulhamid Dbaiba, the head of "
     "the new Government of National Unity, at a ceremony in the capital Tripoli.\n"
     "The two men met at the premier's office on Al-Sikka Road, where they signed the handover documents in "
     "front of the cameras before Al-Sarraj left the building to applause from staff.\n"
     "Mohammed Al-Menfi, who took over the chairmanship of the Presidential Council from Al-Sarraj, said the "
     "transfer was \"a message to the world that Libyans can settle their differences peacefully.\"\n"
     "Dbaiba's cabinet won the confidence of the House of Representatives in Sirte last Wednesday. He and "
     "Al-Menfi were elected by the UN-sponsored Libyan Political Dialogue Forum in Geneva on February 5.\n"
     "The eastern-based interim government of Abdullah Al-Thinni is expected to hand over its powers in "
     "Benghazi next week.",
     [("SUCCESSOR_OF", DBEIBAH, SARRAJ, "handed over power to Abdulhamid Dbaiba", "2021-03-16"),
      ("LEADS", DBEIBAH, GNU, "the head of the new Government of National Unity"),
      ("MET_WITH", SARRAJ, DBEIBAH, "The two men met at the premier's office", "2021-03-16"),
      ("SUCCESSOR_OF", MENFI, SARRAJ, "took over the chairmanship of the Presidential Council", "2021-03-16"),
      ("LEADS", MENFI, PC, "the chairmanship of the Presidential Council from"),
      ],
     {"source": OBSERVER, "published": "2021-03-16"}),

    ("arOR2_erdogan_dbeibah_ankara_anadolu", "ar",
     "أردوغان يستقبل الدبيبة في أنقرة ويؤكد: سنواصل دعم ليبيا\n"
     "أنقرة/ الأناضول\n"
     "استقبل الرئيس التركي رجب طيب أردوغان، الاثنين، رئيس حكومة الوحدة الوطنية الليبية عبد الحميد الدبيبة، "
     "بالمجمع الرئاسي في العاصمة أنقرة.\n"
     "وجرى اللقاء بعيداً عن عدسات الصحفيين، بحضور وزير الخارجية مولود تشاووش أوغلو، ووزير الدفاع خلوصي أكار. "
     "وضم الوفد الليبي، الذي يزور تركيا برفقة 14 وزيراً، وزيرة الخارجية نجلاء المنقوش.\n"
     "وعقب اللقاء ترأس الجانبان اجتماع مجلس التعاون الاستراتيجي رفيع المستوى، وشهدا توقيع خمس اتفاقيات "
     "تعاون في مجالات الطاقة والإعلام والبناء.\n"
     "وقال أردوغان في مؤتمر صحفي مشترك إن بلاده \"ستواصل الوقوف إلى جانب الأشقاء الليبيين\"، مشيراً إلى أن "
     "مذكرة التفاهم البحرية الموقعة مع حكومة الوفاق السابقة \"تحمي حقوق البلدين\".\n"
     "من جهته، شكر الدبيبة تركيا على دعمها \"للحكومة الشرعية\" خلال الهجوم على طرابلس.\n"
     "وكان أردوغان قد أجرى الأسبوع الماضي اتصالاً هاتفياً برئيس المجلس الرئاسي الليبي محمد المنفي، ومن المقرر "
     "أن يزور المنفي أنقرة خلال الأسابيع المقبلة.",
     [("MET_WITH", ERDOGAN, DBEIBAH, "استقبل الرئيس التركي رجب طيب أردوغان", "2021-04-12"),
      ("MET_WITH", CAVUSOGLU, ERDOGAN, "بحضور وزير الخارجية مولود", "2021-04-12"),
      ("MET_WITH", CAVUSOGLU, DBEIBAH, "مولود تشاووش أوغلو، ووزير", "2021-04-12"),
      ("MET_WITH", AKAR, ERDOGAN, "ووزير الدفاع خلوصي أكار", "2021-04-12"),
      ("MET_WITH", AKAR, DBEIBAH, "وجرى اللقاء بعيداً", "2021-04-12"),
      ("MET_WITH", MANGOUSH, ERDOGAN, "وزيرة الخارجية نجلاء المنقوش", "2021-04-12"),
      ("MET_WITH", MANGOUSH, DBEIBAH, "وضم الوفد الليبي", "2021-04-12"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب أردوغان، الاثنين"),
      ("LEADS", DBEIBAH, GNU, "رئيس حكومة الوحدة الوطنية الليبية عبد"),
      ("LEADS", MENFI, PC, "برئيس المجلس الرئاسي الليبي محمد"),
      ],
     {"source": ANADOLU_AR, "published": "2021-04-12"}),

    ("enOR3_hor_names_bashaga_herald", "en",
     "HoR names Fathi Bashaga as new PM; Dbaiba refuses to hand over\n"
     "By Sami Zaptia.\n"
     "London, 10 February 2022:\n"
     "The House of Representatives (HoR) meeting in Tobruk today chose former Interior Minister Fathi Bashaga "
     "to replace Abdulhamid Dbaiba as Prime Minister, HoR Speaker Aguila Saleh announced after a show of hands.\n"
     "Dbaiba, whose car was reportedly shot at in Tripoli in the early hours, insisted in a televised speech "
     "that he would only hand over to an elected government.\n"
     "Bashaga, who arrived at Mitiga airport in the evening, was greeted by supporters. The High State Council, "
     "headed by Khaled Al-Mishri, had earlier described the vote as premature.\n"
     "In December, Bashaga and Ahmed Maiteeq, both presidential hopefuls, travelled together to Benghazi and "
     "met Khalifa Hafter, in what was seen as the start of a new east-west alliance.\n"
     "UN Special Adviser Stephanie Williams said the UN continued to recognise the Government of National Unity "
     "and called on all parties to focus on holding elections.",
     [("SUCCESSOR_OF", BASHAGHA, DBEIBAH, "to replace Abdulhamid Dbaiba as Prime Minister", "2022-02-10"),
      ("LEADS", SALEH, HOR, "HoR Speaker Aguila Saleh announced"),
      ("LEADS", MISHRI, HCS, "headed by Khaled Al-Mishri"),
      ] + met_group({BASHAGHA: "In December, Bashaga and Ahmed", MAITEEQ: "Ahmed Maiteeq, both presidential hopefuls",
                     HAFTAR: "met Khalifa Hafter"}, "2021-12-21"),
     {"source": HERALD, "published": "2022-02-10"}),

    ("arOR4_aboul_gheit_tripartite_youm7", "ar",
     "أبو الغيط يستضيف اجتماعاً ثلاثياً للمنفي وعقيلة صالح وتكالة بمقر الجامعة العربية\n"
     "كتب أحمد جمعة\n"
     "استضاف أحمد أبو الغيط، الأمين العام لجامعة الدول العربية، اليوم الأحد بمقر الأمانة العامة في القاهرة، "
     "اجتماعاً ثلاثياً ضم رئيس المجلس الرئاسي الليبي محمد المنفي ورئيس مجلس النواب المستشار عقيلة صالح ورئيس "
     "المجلس الأعلى للدولة محمد تكالة.\n"
     "واتفق المجتمعون، بحسب البيان الختامي، على ضرورة تشكيل حكومة موحدة تشرف على العملية الانتخابية، وعلى "
     "دعوة البعثة الأممية إلى متابعة مخرجات الاجتماع.\n"
     "وعلى هامش الاجتماع، التقى المنفي وزير الخارجية سامح شكري، وبحث معه سبل دعم الاستقرار في ليبيا.\n"
     "في المقابل، انتقد رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، الذي لم يُدعَ إلى الاجتماع، ما وصفه "
     "بمحاولات \"تقاسم السلطة\" بعيداً عن صناديق الاقتراع.\n"
     "ولم يشارك المبعوث الأممي عبد الله باتيلي في الاجتماع، واكتفى بكلمة مسجلة رحب فيها بأي توافق ليبي.",
     met_group({ABOUL_GHEIT: "استضاف أحمد أبو الغيط", MENFI: "رئيس المجلس الرئاسي الليبي محمد المنفي",
                SALEH: "المستشار عقيلة صالح ورئيس", TAKALA: "المجلس الأعلى للدولة محمد تكالة"}, "2024-03-10") + [
      ("MET_WITH", MENFI, SHOUKRY, "التقى المنفي وزير الخارجية", "2024-03-10"),
      ("LEADS", ABOUL_GHEIT, ARAB_LEAGUE, "الأمين العام لجامعة الدول العربية"),
      ("LEADS", MENFI, PC, "ضم رئيس المجلس الرئاسي"),
      ("LEADS", SALEH, HOR, "ورئيس مجلس النواب المستشار"),
      ("LEADS", TAKALA, HCS, "ورئيس المجلس الأعلى للدولة"),
      ("LEADS", DBEIBAH, GNU, "رئيس حكومة الوحدة الوطنية عبد الحميد"),
      ],
     {"source": YOUM7, "published": "2024-03-10"}),

    ("enOR5_yevkurov_haftar_benghazi_afp", "en",
     "Russian deputy defence minister meets Haftar in Libya\n"
     "BENGHAZI, Libya (AFP) - A Russian military delegation headed by Deputy Defence Minister Yunus-Bek Yevkurov "
     "met eastern strongman Khalifa Haftar in Benghazi on Tuesday, Haftar's self-styled Libyan National Army "
     "said.\n"
     "It was the first official visit of a Russian military delegation to Libya, the LNA said, adding that the "
     "talks covered \"joint cooperation in combating terrorism\".\n"
     "The visit came two months after a short-lived mutiny by Wagner mercenaries in Russia. Wagner fighters "
     "have been deployed alongside Haftar's forces since 2019, when they backed his failed assault on Tripoli.\n"
     "On Wednesday, Wagner founder Yevgeny Prigozhin was reported killed in a plane crash north of Moscow. The "
     "Kremlin denied any involvement.\n"
     "Haftar, who was received by Italian Prime Minister Giorgia Meloni in Rome in May, has sought to court "
     "both Moscow and Western capitals.\n"
     "His rivals in Tripoli, the Government of National Unity led by Abdulhamid Dbeibah, have long demanded the "
     "departure of all foreign forces.",
     [("MET_WITH", YEVKUROV, HAFTAR, "met eastern strongman Khalifa Haftar", "2023-08-22"),
      ("LEADS", HAFTAR, LNA, "Haftar's self-styled Libyan National Army"),
      ("LEADS", PRIGOZHIN, WAGNER, "Wagner founder Yevgeny Prigozhin"),
      ("MET_WITH", MELONI, HAFTAR, "who was received by Italian Prime Minister", "2023-05-04"),
      ("LEADS", MELONI, ITALY, "Italian Prime Minister Giorgia Meloni"),
      ("LEADS", DBEIBAH, GNU, "the Government of National Unity led by"),
      ],
     {"source": AFP, "published": "2023-08-23"}),

    ("arOR6_bathily_resigns_ahrar", "ar",
     "باتيلي يستقيل من رئاسة البعثة الأممية: لا مجال للنجاح في ظل غياب الإرادة السياسية\n"
     "ليبيا الأحرار\n"
     "أعلن المبعوث الأممي إلى ليبيا عبد الله باتيلي، الثلاثاء، استقالته من منصبه رئيساً لبعثة الأمم المتحدة "
     "للدعم في ليبيا، متهماً القادة الليبيين بتغليب مصالحهم الشخصية على مصلحة البلاد.\n"
     "وقال باتيلي في مؤتمر صحفي بمقر الأمم المتحدة في نيويورك إنه أبلغ الأمين العام أنطونيو غوتيريش بقراره، "
     "وإن البعثة \"لا يمكنها العمل بنجاح\" في ظل غياب الإرادة السياسية.\n"
     "وتتولى نائبته الأميركية ستيفاني خوري إدارة البعثة بالإنابة خلفاً له إلى حين تعيين مبعوث جديد.\n"
     "وكان باتيلي، الذي خلف يان كوبيش في سبتمبر 2022، قد دعا إلى اجتماع خماسي يضم المنفي والدبيبة وعقيلة "
     "صالح وتكالة وحفتر، إلا أن الاجتماع أُرجئ مراراً بسبب الشروط المسبقة.\n"
     "وكان باتيلي قد أجرى الأسبوع الماضي اتصالاً مرئياً مع رئيس المجلس الرئاسي محمد المنفي.\n"
     "ويرفض مجلس النواب الاعتراف بحكومة الدبيبة، ويدعم الحكومة المكلفة برئاسة أسامة حماد، الذي اختاره "
     "المجلس في مايو 2023 خلفاً لفتحي باشاغا.",
     [("LEADS", BATHILY, UNSMIL, "استقالته من منصبه رئيساً لبعثة"),
      ("SUCCESSOR_OF", KOURY, BATHILY, "إدارة البعثة بالإنابة خلفاً له", "2024-04-16"),
      ("SUCCESSOR_OF", BATHILY, KUBIS, "الذي خلف يان كوبيش", "2022-09-02"),
      ("LEADS", HAMMAD, GNS, "الحكومة المكلفة برئاسة أسامة حماد"),
      ("SUCCESSOR_OF", HAMMAD, BASHAGHA, "خلفاً لفتحي باشاغا", "2023-05-16"),
      ("LEADS", MENFI, PC, "رئيس المجلس الرئاسي محمد المنفي"),
      ("LEADS", GUTERRES, "organization:united-nations", "الأمين العام أنطونيو غوتيريش"),
      ],
     {"source": AHRAR, "published": "2024-04-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOR")
