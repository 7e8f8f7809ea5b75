"""Blind set UB: Russia, Turkey and Iran over Syria, 2019-2023 (second folder of UA-UB): the Moscow meeting of
the Turkish, Syrian and Russian defence ministers and intelligence chiefs (28 December 2022), the four-way
meeting of defence ministers (25 April 2023) and of foreign ministers (10 May 2023) in Moscow, the Sochi
summit of the Astana guarantors (14 February 2019), Erdogan's new cabinet (June 2023: Fidan after
Cavusoglu, Kalin after Fidan, Guler after Akar), Erdogan and Putin in Sochi (August 2022) and Cavusoglu's
brief talk with Mekdad in Belgrade (October 2021), as Turkey's state agency writes it in English
(Anadolu-like: "MOSCOW / ANKARA"), a Damascus daily in Arabic (Al-Watan-like: "الوطن - موسكو"), a British
wire in English (Reuters-like: "MOSCOW, May 10 (Reuters) -"), Iran's state agency in Arabic (IRNA-like:
"سوتشي - إرنا -"), a Russian state agency in English (TASS-like: "ANKARA, June 4. /TASS/.") and a
London-based Saudi daily in Arabic (Asharq al-Awsat-like: "أنقرة: «الشرق الأوسط»").
Pieces: Akar and Fidan meet Shoigu, Abbas and Mamlouk in Moscow (English, UB1); Abbas, Shoigu, Akar and
Ashtiani meet in Moscow (Arabic, UB2); Lavrov hosts Mekdad, Cavusoglu and Amirabdollahian, after meeting
Mekdad alone (English, UB3); Rouhani, Putin and Erdogan meet in Sochi; Rouhani meets Putin with Zarif
present; Erdogan meets Putin (Arabic, UB4); Fidan replaces Cavusoglu, Kalin succeeds Fidan, Guler takes over
from Akar (English, UB5); Cavusoglu's brief talk with Mekdad in Belgrade; Erdogan meets Putin in Sochi
(Arabic, UB6).
Excluded on purpose (no relation): Erdogan's possible meeting with Assad after the ministers' meetings, his
proposal to Putin (UB1); the rumoured Assad-Erdogan meeting before the Turkish elections, denied (UB2); an
Erdogan-Assad meeting not yet set, conditioned on a withdrawal (UB3); the next summit planned in Turkey
(UB4); Lavrov's call to congratulate Fidan, Fidan's expected meeting with Lavrov (UB5); the Reuters report of
Fidan's meetings with Mamlouk that neither side confirmed, Erdogan not ruling out a meeting with Assad (UB6).
Judgement calls: "brought together" five officials in a tripartite meeting: a meeting of the five (UB1); the
defence ministers "شارك فيه ... ونظراؤه": a meeting of the four; the intelligence chiefs unnamed (UB2);
"hosted" three ministers: a meeting of the four; the earlier bilateral adds no new pair (UB3); "بحضور"
Zarif: paired with both principals, his own president included (UB4); "replacing", "will succeed ... as
head of", "takes over the Defense Ministry from" are successions (UB5); "أجرى محادثة قصيرة" in person on
the sidelines of a meeting is a meeting (talks in person) (UB6); a president LEADS his country, a chief
of intelligence his organisation, a minister taking over a ministry that ministry.
Filled in for the exercise: the statement's wording (UB1); the diplomatic source and its wording (UB2); the
separate Lavrov-Mekdad meeting (UB3); Zarif's presence at the bilateral meeting (UB4); the Peskov quote and
the expected meeting (UB5); the wording of Cavusoglu's remarks (UB6).
Spellings: "Hulusi Akar", "Sergey Shoygu", "Ali Mahmoud Abbas", "Ali Mamlouk" (UB1); «العماد علي محمود
عباس»، «خلوصي أكار»، «محمد رضا آشتياني» (UB2); "Faisal al-Mekdad", "Hossein Amirabdollahian", "Mevlut
Cavusoglu" (UB3); «حسن روحاني»، «رجب طيب أردوغان»، «محمد جواد ظريف» (UB4); "Hakan Fidan", "Ibrahim Kalin",
"Yasar Guler" (UB5); «جاويش أوغلو»، «فيصل المقداد»، «إردوغان» (UB6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ub import ALL  # noqa: E402

HERE = Path(__file__).parent

RUSSIA, TURKEY, IRAN, SYRIA = "country:russia", "country:turkey", "country:iran", "country:syria"
MIT, NSB, TR_MOD = ("organization:turkish-national-intelligence-organization",
                    "organization:syrian-national-security-bureau", "organization:turkish-defence-ministry")
PUTIN, LAVROV, SHOIGU, PESKOV = ("person:vladimir-putin", "person:sergei-lavrov", "person:sergei-shoigu",
                                 "person:dmitry-peskov")
ERDOGAN, CAVUSOGLU, FIDAN, AKAR, KALIN, GULER = (
    "person:recep-tayyip-erdogan", "person:mevlut-cavusoglu", "person:hakan-fidan", "person:hulusi-akar",
    "person:ibrahim-kalin", "person:yasar-guler")
ROUHANI, ZARIF, AMIR, ASHTIANI = ("person:hassan-rouhani", "person:mohammad-javad-zarif",
                                  "person:hossein-amir-abdollahian", "person:mohammad-reza-ashtiani")
ASSAD, MEKDAD, ABBAS, MAMLOUK = ("person:bashar-al-assad", "person:faisal-mekdad", "person:ali-mahmoud-abbas",
                                 "person:ali-mamlouk")

AA = "blind set (Turkish state news agency, English, Anadolu-like)"
WATAN = "blind set (Damascus daily, Arabic, Al-Watan-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
IRNA = "blind set (Iranian state news agency, Arabic, IRNA-like)"
TASS = "blind set (Russian state news agency, English, TASS-like)"
ASHARQ = "blind set (London-based Saudi daily, Arabic, Asharq al-Awsat-like)"

ARTICLES = [
    ("enUB1_akar_fidan_shoigu_abbas_moscow_aa", "en",
     "Turkish, Syrian defense ministers meet in Moscow for first time in 11 years\n"
     "MOSCOW / ANKARA\n"
     "Türkiye's National Defense Minister Hulusi Akar and National Intelligence Organization (MIT) chief Hakan "
     "Fidan held talks with their Syrian and Russian counterparts in Moscow on Wednesday, the Turkish Defense "
     "Ministry said.\n"
     "The tripartite meeting brought together Akar and Fidan with Russian Defense Minister Sergey Shoygu, "
     "Syrian Defense Minister Ali Mahmoud Abbas and the head of Syria's National Security Bureau, Ali "
     "Mamlouk, according to a ministry statement.\n"
     "\"During the meeting, which was held in a constructive atmosphere, the Syrian crisis, the refugee issue "
     "and joint efforts to combat all terrorist organizations in Syria were discussed,\" the statement said.\n"
     "Syria's state news agency SANA described the talks as positive and said the sides agreed to continue "
     "meeting in the tripartite format.\n"
     "It was the first ministerial-level contact between Ankara and Damascus since the start of the Syrian "
     "war in 2011.\n"
     "President Recep Tayyip Erdogan said earlier this month that he could meet Syrian President Bashar "
     "al-Assad after the defense, intelligence and foreign ministers of the two countries had met, a sequence "
     "he said he had proposed to Russian President Vladimir Putin.",
     met_group({AKAR: "Minister Hulusi Akar and", FIDAN: "chief Hakan Fidan held", SHOIGU: "Minister Sergey Shoygu",
                ABBAS: "Syrian Defense Minister Ali Mahmoud Abbas", MAMLOUK: "Bureau, Ali Mamlouk"}, "2022-12-28")
     + [("LEADS", FIDAN, MIT, "National Intelligence Organization (MIT) chief Hakan"),
        ("LEADS", MAMLOUK, NSB, "the head of Syria's National Security Bureau"),
        ("LEADS", ERDOGAN, TURKEY, "President Recep Tayyip Erdogan said"),
        ("LEADS", ASSAD, SYRIA, "Syrian President Bashar"),
        ("LEADS", PUTIN, RUSSIA, "Russian President Vladimir Putin"),
        ],
     {"source": AA, "published": "2022-12-28"}),

    ("arUB2_quartet_defence_moscow_watan", "ar",
     "اجتماع رباعي لوزراء الدفاع في موسكو.. ودمشق تتمسك بالانسحاب التركي\n"
     "الوطن - موسكو\n"
     "عقد وزراء دفاع سورية وروسيا وتركيا وإيران أمس في موسكو اجتماعاً رباعياً هو الأول من نوعه بهذه الصيغة، "
     "شارك فيه وزير الدفاع العماد علي محمود عباس ونظراؤه الروسي سيرغي شويغو والتركي خلوصي أكار والإيراني "
     "محمد رضا آشتياني، إلى جانب رؤساء أجهزة الاستخبارات في الدول الأربع.\n"
     "وبحسب بيان لوزارة الدفاع السورية، ركّز الاجتماع على \"سبل تعزيز الأمن في سورية\"، وانسحاب القوات "
     "التركية من الأراضي السورية، وإعادة فتح الطريق الدولي حلب-اللاذقية المعروف بـ M4.\n"
     "وقال مصدر دبلوماسي لـ«الوطن» إن الاجتماع يأتي تحضيراً للقاء وزراء خارجية الدول الأربع المنتظر "
     "الشهر المقبل، مؤكداً أن دمشق \"لن تقبل بأي تطبيع قبل إعلان أنقرة جدولاً زمنياً لسحب قواتها\".\n"
     "ونفى المصدر صحة ما تداولته وسائل إعلام تركية عن لقاء مرتقب يجمع الرئيس بشار الأسد والرئيس التركي "
     "رجب طيب أردوغان قبل الانتخابات التركية المقررة في الرابع عشر من أيار المقبل، واصفاً هذه الأنباء "
     "بأنها \"دعاية انتخابية\".\n"
     "ويأتي الاجتماع بعد نحو أربعة أشهر من لقاء ثلاثي جمع في العاصمة الروسية وزراء دفاع سورية وروسيا "
     "وتركيا ورؤساء استخبارات البلدين، كان الأول من نوعه منذ عام 2011.",
     met_group({ABBAS: "شارك فيه وزير الدفاع العماد علي محمود عباس", SHOIGU: "ونظراؤه الروسي سيرغي شويغو",
                AKAR: "والتركي خلوصي أكار", ASHTIANI: "والإيراني محمد رضا آشتياني"}, "2023-04-25")
     + [("LEADS", ERDOGAN, TURKEY, "والرئيس التركي رجب طيب أردوغان"),
        ("LEADS", ASSAD, SYRIA, "يجمع الرئيس بشار الأسد"),
        ],
     {"source": WATAN, "published": "2023-04-26"}),

    ("enUB3_foreign_ministers_quartet_reuters", "en",
     "Syrian, Turkish foreign ministers meet in Moscow, agree to work on normalisation roadmap\n"
     "MOSCOW, May 10 (Reuters) - The foreign ministers of Syria and Turkey held their highest-level talks in "
     "more than a decade in Moscow on Wednesday, joined by their Russian and Iranian counterparts, as Russia "
     "seeks to broker a rapprochement between two neighbours that backed opposite sides of Syria's war.\n"
     "Russian Foreign Minister Sergei Lavrov hosted Syria's Faisal al-Mekdad, Turkey's Mevlut Cavusoglu and "
     "Iran's Hossein Amirabdollahian at a Foreign Ministry mansion and said the four had agreed to instruct "
     "their deputies to draw up a roadmap for restoring relations between Ankara and Damascus.\n"
     "Lavrov had met Mekdad separately before the four-way session, the Russian ministry said.\n"
     "Mekdad told the meeting that Syria's priority remained the withdrawal of all Turkish forces from its "
     "territory, while Cavusoglu said Turkey's troops were there to fight \"terrorist organisations\" "
     "threatening its border.\n"
     "No date has been set for a meeting between President Tayyip Erdogan and Syrian President Bashar al-Assad, "
     "and Syrian officials have said one could take place only after Turkey commits to a withdrawal.\n"
     "The talks came four days before Turkey's presidential election, in which Erdogan faces his toughest "
     "challenge in two decades.",
     met_group({LAVROV: "Minister Sergei Lavrov hosted", MEKDAD: "Syria's Faisal al-Mekdad",
                CAVUSOGLU: "Turkey's Mevlut Cavusoglu", AMIR: "Iran's Hossein Amirabdollahian"}, "2023-05-10")
     + [("LEADS", ASSAD, SYRIA, "Syrian President Bashar al-Assad,"),
        ("LEADS", ERDOGAN, TURKEY, "President Tayyip Erdogan and"),
        ],
     {"source": REUTERS, "published": "2023-05-10"}),

    ("arUB4_sochi_summit_rouhani_irna", "ar",
     "روحاني يلتقي بوتين وأردوغان في سوتشي في القمة الثلاثية الرابعة حول سوريا\n"
     "سوتشي - إرنا - التقى رئيس الجمهورية حسن روحاني اليوم الخميس، نظيريه الروسي فلاديمير بوتين والتركي "
     "رجب طيب أردوغان في منتجع سوتشي الروسي، في إطار القمة الثلاثية الرابعة للدول الضامنة لمسار أستانا "
     "للسلام في سوريا.\n"
     "وقبيل انطلاق القمة، عقد روحاني لقاءً ثنائياً مع الرئيس بوتين بحث خلاله الجانبان العلاقات الثنائية "
     "والتطورات في سوريا، بحضور وزير الخارجية محمد جواد ظريف.\n"
     "وكان الرئيس التركي قد التقى بوتين في لقاء منفصل صباح اليوم.\n"
     "وأكد روحاني في كلمته أمام القمة أن \"وجود القوات الأمريكية في سوريا غير شرعي ويجب أن تنسحب فوراً\"، "
     "مشدداً على أن الحل في سوريا سياسي وأن الشعب السوري وحده يقرر مستقبل بلاده.\n"
     "وفي ختام القمة، أصدر الرؤساء الثلاثة بياناً مشتركاً أكدوا فيه التزامهم بسيادة سوريا ووحدة أراضيها، "
     "والاتفاق على عقد القمة المقبلة في تركيا.\n"
     "وكانت القمتان الأولى والثانية قد عقدتا في سوتشي وأنقرة، فيما استضافت طهران القمة الثالثة في أيلول "
     "الماضي.",
     met_group({ROUHANI: "رئيس الجمهورية حسن روحاني", PUTIN: "نظيريه الروسي فلاديمير بوتين",
                ERDOGAN: "والتركي رجب طيب أردوغان في"}, "2019-02-14")
     + [("MET_WITH", ZARIF, ROUHANI, "بحضور وزير الخارجية محمد جواد ظريف", "2019-02-14"),
        ("MET_WITH", ZARIF, PUTIN, "وزير الخارجية محمد جواد ظريف.", "2019-02-14"),
        ("LEADS", ROUHANI, IRAN, "التقى رئيس الجمهورية حسن روحاني"),
        ("LEADS", PUTIN, RUSSIA, "الروسي فلاديمير بوتين والتركي"),
        ("LEADS", ERDOGAN, TURKEY, "وكان الرئيس التركي قد"),
        ],
     {"source": IRNA, "published": "2019-02-14"}),

    ("enUB5_fidan_kalin_guler_cabinet_tass", "en",
     "Erdogan names intelligence chief Fidan foreign minister, Kalin to head MIT\n"
     "ANKARA, June 4. /TASS/. Turkish President Recep Tayyip Erdogan, sworn in for a new five-year term on "
     "Saturday, has appointed intelligence chief Hakan Fidan as foreign minister, replacing Mevlut Cavusoglu, "
     "who had headed Turkish diplomacy since 2015.\n"
     "Presidential spokesman Ibrahim Kalin will succeed Fidan as head of the National Intelligence "
     "Organization (MIT), and Chief of the General Staff Yasar Guler takes over the Defense Ministry from "
     "Hulusi Akar, according to the list of the new cabinet announced by Erdogan late on Saturday.\n"
     "Fidan, 55, led the Turkish delegation at the talks on Syria held in Moscow in December together with "
     "Akar, and is regarded as the architect of Ankara's contacts with Damascus.\n"
     "Kremlin Spokesman Dmitry Peskov said Moscow expected to continue the \"constructive work\" with the new "
     "Turkish government, including on the Syrian settlement. Russian Foreign Minister Sergey Lavrov "
     "congratulated Fidan in a telephone conversation, the Russian Foreign Ministry said.\n"
     "The two ministers are expected to meet at the next round of quadrilateral talks on Syria, according to "
     "a diplomatic source.",
     [("SUCCESSOR_OF", FIDAN, CAVUSOGLU, "replacing Mevlut Cavusoglu", "2023-06-03"),
      ("SUCCESSOR_OF", KALIN, FIDAN, "will succeed Fidan as head", "2023-06-03"),
      ("SUCCESSOR_OF", GULER, AKAR, "takes over the Defense Ministry from", "2023-06-03"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan, sworn"),
      ("LEADS", FIDAN, MIT, "appointed intelligence chief Hakan Fidan"),
      ("LEADS", KALIN, MIT, "will succeed Fidan as head"),
      ("LEADS", GULER, TR_MOD, "takes over the Defense Ministry from"),
      ],
     {"source": TASS, "published": "2023-06-04"}),

    ("arUB6_cavusoglu_mekdad_belgrade_asharq", "ar",
     "جاويش أوغلو يكشف عن «محادثة قصيرة» مع المقداد... وإردوغان لا يستبعد الحوار مع دمشق\n"
     "أنقرة: «الشرق الأوسط»\n"
     "كشف وزير الخارجية التركي مولود جاويش أوغلو أنه أجرى محادثة قصيرة مع وزير الخارجية السوري فيصل "
     "المقداد على هامش اجتماع حركة عدم الانحياز في العاصمة الصربية بلغراد في أكتوبر (تشرين الأول) الماضي، "
     "في أول تواصل مباشر معلن بين وزيري خارجية البلدين منذ سنوات.\n"
     "وقال جاويش أوغلو، في كلمة أمام مؤتمر السفراء الأتراك في أنقرة الخميس، إنه \"يجب تحقيق مصالحة بين "
     "المعارضة والنظام في سوريا بطريقة ما\"، ما أثار احتجاجات في مناطق سيطرة المعارضة شمال سوريا.\n"
     "وجاءت تصريحاته بعد أيام من لقاء الرئيس رجب طيب إردوغان بنظيره الروسي فلاديمير بوتين في سوتشي في 5 "
     "أغسطس (آب)، وقال إردوغان للصحافيين في طريق عودته إن بوتين اقترح عليه التعاون مع دمشق في مواجهة "
     "التنظيمات الإرهابية.\n"
     "ولم تؤكد أنقرة ولا دمشق ما أوردته وكالة «رويترز» عن اجتماعات عقدها رئيس الاستخبارات التركية هاكان "
     "فيدان مع رئيس مكتب الأمن الوطني السوري علي مملوك في دمشق خلال الأسابيع الماضية.\n"
     "ولم يستبعد إردوغان لاحقاً لقاء الرئيس السوري بشار الأسد \"عندما يحين الوقت المناسب\".",
     [("MET_WITH", CAVUSOGLU, MEKDAD, "أجرى محادثة قصيرة مع وزير الخارجية السوري", "2021-10"),
      ("MET_WITH", ERDOGAN, PUTIN, "بنظيره الروسي فلاديمير بوتين في سوتشي", "2022-08-05"),
      ("LEADS", ERDOGAN, TURKEY, "لقاء الرئيس رجب طيب إردوغان"),
      ("LEADS", PUTIN, RUSSIA, "بنظيره الروسي فلاديمير بوتين في سوتشي"),
      ("LEADS", FIDAN, MIT, "رئيس الاستخبارات التركية هاكان"),
      ("LEADS", MAMLOUK, NSB, "رئيس مكتب الأمن الوطني السوري علي مملوك"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار الأسد"),
      ],
     {"source": ASHARQ, "published": "2022-08-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUB")
