"""Blind set DE: Hezbollah's decapitation and Lebanon's new order, 2024-2025:
Nasrullah's death in Haret Hreik claimed by the Israeli military, with Karaki and Nilforoushan,
a strike approved from New York and a deputy not yet named (Reuters-style, Sept 2024); the
Al-Akhbar obituary of Hashem Safieddine and the intelligence chief killed with him, with Bagheri
Kani's June visit as background (Arabic, Oct 2024); a Haaretz-style analysis of the eight weeks
from Fuad Shukr to Ibrahim Aqil, with Majdal Shams and the pagers denied or unclaimed (Sept 2024);
the Nasrallah-Safieddine funeral, Qassem by video, Ghalibaf and Araghchi received in Baabda
(Al Jazeera-style Arabic, Feb 2025); Gen. Jasper Jeffers in Beirut for the ceasefire mechanism and
Hochstein's shuttle (Reuters-style, Dec 2024); Ortagus in Baabda, the Grand Serail and Ain
el-Tineh, with Joseph Aoun's election, Salam's appointment and Haykal's replacement of Aoun at
the army (Asharq Al-Awsat-style Arabic, Apr 2025).
Style: en/ar alternating; "announcing that it had killed him", "also died in the Israeli strike",
"approved the strike", a candidate "seen as the likeliest successor" (no succession), accusations
"denied", a French officer "expected to meet" (no meeting), "did not meet" any Hezbollah
official; "خلفاً لـ"، "ليحل محل"، "واستقبل"، "كما التقى الوفد".
Spellings: Nasrullah / Nasrallah / نصر الله; Kassem / Qassem / قاسم.
Written and annotated blind (extractor neither read nor run).
A DEV set since session 13 (measured once blind; in session 13 used only to choose the learned scorer's settings; see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_de/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_df import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IRAN, LEB, US = "country:israel", "country:iran", "country:lebanon", "country:united-states"
HEZ, IDF, IRGC = "organization:hezbollah", "organization:israel-defense-forces", "organization:irgc"
HEC, LGOV = "organization:hezbollah-executive-council", "organization:lebanese-government"
LPARL, LARMY = "organization:lebanese-parliament", "organization:lebanese-army"
NAS, QAS, SAF, ASAF = ("person:hassan-nasrallah", "person:naim-qassem", "person:hashem-safieddine",
                       "person:abdullah-safieddine")
KARAKI, NILF, HALEVI, NET = ("person:ali-karaki", "person:abbas-nilforoushan", "person:herzi-halevi",
                             "person:benjamin-netanyahu")
TBAR, MUSAWI = "person:tomer-bar", "person:abbas-al-musawi"
HAZ, BAGH = "person:hussein-hazimeh", "person:ali-bagheri-kani"
SHUKR, AQIL, HAMIYAH = "person:fouad-shukr", "person:ibrahim-aqil", "person:talal-hamiyah"
HOCH, GAL = "person:amos-hochstein", "person:yoav-gallant"
JAOUN, MAOUN, GHAL, ARA = ("person:joseph-aoun", "person:michel-aoun", "person:mohammad-bagher-ghalibaf",
                           "person:abbas-araghchi")
BERRI, SALAM, KATZ, FAYYADH = ("person:nabih-berri", "person:nawaf-salam", "person:israel-katz",
                               "person:falih-al-fayyadh")
JEFF, DERMER = "person:jasper-jeffers", "person:ron-dermer"
ORT, MIK, HAYKAL, JABER = ("person:morgan-ortagus", "person:najib-mikati", "person:rodolphe-haykal",
                           "person:yassine-jaber")

ARTICLES = [
    ("enDE1_nasrullah_haret_hreik", "en",
     "BEIRUT/JERUSALEM, Sept 28 (Reuters) - Hezbollah confirmed on Saturday that its leader Sayyed "
     "Hassan Nasrullah had been killed, a day after Israeli jets dropped dozens of bombs on the "
     "group's underground headquarters in Haret Hreik, in Beirut's southern suburbs.\n"
     "\"Hassan Nasrallah will no longer be able to terrorize the world,\" the Israeli military said, "
     "announcing that it had killed him along with Ali Karaki, the commander of Hezbollah's southern "
     "front. Chief of staff Lt. Gen. Herzi Halevi said the operation had been prepared for a long "
     "time, and Air Force commander Maj. Gen. Tomer Bar said more than 80 munitions were used.\n"
     "Iranian state media said Brigadier General Abbas Nilforoushan, a deputy commander of the "
     "Revolutionary Guards, also died in the Israeli strike.\n"
     "Prime Minister Benjamin Netanyahu approved the strike from New York, where he had addressed "
     "the U.N. General Assembly hours earlier, his office said.\n"
     "Nasrullah, 64, led Hezbollah for 32 years after taking over from Abbas al-Musawi, who was "
     "killed by an Israeli helicopter strike in 1992. The group did not name a successor; his "
     "deputy Naim Kassem is expected to run its affairs for now.",
     [("LEADS", NAS, HEZ, "its leader Sayyed"),
      ("LOCATED_IN", "location:haret-hreik", "location:beirut", "in Beirut's southern suburbs"),
      ("ASSASSINATED_BY", NAS, ISR, "a day after Israeli jets dropped", "2024-09-27"),
      ("ASSASSINATED_BY", NAS, IDF, "announcing that it had killed him", "2024-09-27"),
      ("ASSASSINATED_BY", KARAKI, IDF, "along with Ali Karaki", "2024-09-27"),
      ("MEMBER_OF", KARAKI, HEZ, "the commander of Hezbollah's southern"),
      ("LEADS", HALEVI, IDF, "Chief of staff Lt. Gen. Herzi"),
      ("LEADS", TBAR, "organization:israeli-air-force", "Air Force commander Maj. Gen. Tomer"),
      ("MEMBER_OF", NILF, IRGC, "a deputy commander of the"),
      ("ASSASSINATED_BY", NILF, ISR, "also died in the Israeli strike", "2024-09-27"),
      ("ASSASSINATED_BY", NAS, NET, "approved the strike from New York", "2024-09-27"),
      ("LEADS", NET, ISR, "Prime Minister Benjamin Netanyahu approved"),
      ("VISITED", NET, "location:new-york", "approved the strike from New York", "2024-09-27"),
      ("SUCCESSOR_OF", NAS, MUSAWI, "after taking over from Abbas", "1992-02"),
      ("ASSASSINATED_BY", MUSAWI, ISR, "killed by an Israeli helicopter strike", "1992-02-16"),
      ("MEMBER_OF", QAS, HEZ, "deputy Naim Kassem"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-09-28"}),

    ("arDE2_safieddine_obituary", "ar",
     "بيروت - «الأخبار» - نعى حزب الله، مساء أمس، رئيس مجلسه التنفيذي السيد هاشم صفي الدين، بعد نحو "
     "ثلاثة أسابيع من الغارة العنيفة التي استهدفت منطقة المريجة في الضاحية الجنوبية، وقال في بيان "
     "إنه «ارتقى شهيداً على طريق القدس».\n"
     "وكان الجيش الإسرائيلي قد أعلن الثلاثاء أنه قتل صفي الدين في غارة على مقر لاستخبارات الحزب في "
     "الرابع من تشرين الأول، وأن الغارة أدت أيضاً إلى مقتل رئيس استخبارات الحزب حسين هزيمة وعدد من "
     "القادة.\n"
     "وصفي الدين، ابن خالة الأمين العام الراحل السيد حسن نصر الله، كان يُعدّ لسنوات المرشح الأبرز "
     "لخلافته، وشقيقه عبد الله صفي الدين ممثل الحزب لدى طهران. ولم يعلن الحزب بعد اسم أمينه العام "
     "الجديد، فيما يتولى نائب الأمين العام الشيخ نعيم قاسم إلقاء الكلمات باسمه.\n"
     "وكان صفي الدين قد شارك في حزيران في استقبال القائم بأعمال وزير الخارجية الإيراني علي باقري "
     "كني، الذي زار بيروت والتقى نصر الله، في أول جولة خارجية له بعد مقتل الوزير حسين أمير عبد "
     "اللهيان في تحطم مروحية.",
     [("LEADS", SAF, HEC, "رئيس مجلسه التنفيذي السيد"),
      ("LOCATED_IN", "location:marijeh", "location:dahiyeh", "منطقة المريجة في الضاحية"),
      ("ASSASSINATED_BY", SAF, IDF, "أنه قتل صفي الدين", "2024-10-04"),
      ("ASSASSINATED_BY", HAZ, IDF, "أدت أيضاً إلى مقتل", "2024-10-04"),
      ("MEMBER_OF", HAZ, HEZ, "رئيس استخبارات الحزب حسين"),
      ("LEADS", NAS, HEZ, "الأمين العام الراحل السيد"),
      ("MEMBER_OF", ASAF, HEZ, "ممثل الحزب لدى طهران"),
      ("MEMBER_OF", QAS, HEZ, "نائب الأمين العام الشيخ"),
      ("MET_WITH", SAF, BAGH, "شارك في حزيران في استقبال", "2024-06-03"),
      ("LEADS", BAGH, "organization:iranian-foreign-ministry", "القائم بأعمال وزير الخارجية"),
      ("VISITED", BAGH, "location:beirut", "الذي زار بيروت", "2024-06-03"),
      ("MET_WITH", BAGH, NAS, "الذي زار بيروت والتقى نصر الله", "2024-06-03"),
      ("SUCCESSOR_OF", BAGH, "person:hossein-amir-abdollahian", "بعد مقتل الوزير حسين", "2024-05-20"),
      ("LEADS", "person:hossein-amir-abdollahian", "organization:iranian-foreign-ministry", "مقتل الوزير حسين"),
      ],
     {"source": "blind set (Al-Akhbar-style Arabic)", "published": "2024-10-24"}),

    ("enDE3_shukr_to_aqil_haaretz", "en",
     "In the space of eight weeks, Israel has removed almost the entire top tier of Hezbollah's "
     "military command, beginning with Fuad Shukr, the organization's most senior commander, whom "
     "the Israel Defense Forces said it killed on July 30 in a strike on an apartment building in "
     "Haret Hreik.\n"
     "Shukr, a founding member who sat on Hezbollah's Jihad Council, was accused by Israel of "
     "ordering the rocket fire on Majdal Shams in the Golan Heights that killed 12 children; "
     "Hezbollah denied any role.\n"
     "On Friday, a second Israeli strike on the same neighborhood killed Ibrahim Aqil, the commander "
     "of the elite Radwan Force, along with some 15 of his officers meeting in a basement. The "
     "Friday strike came three days after thousands of pagers exploded across Lebanon; Hezbollah "
     "blamed Israel, which has not claimed responsibility.\n"
     "The escalation followed a visit by U.S. envoy Amos Hochstein, who met Netanyahu and Defense "
     "Minister Yoav Gallant in Israel on Monday and warned against a wider war.\n"
     "Among the few veterans still alive is Talal Hamiyah, who heads Hezbollah's external operations "
     "unit, a senior Israeli defense official told Haaretz. The official said Israel's intelligence "
     "on the group was \"better than it has ever been\".",
     [("ASSASSINATED_BY", SHUKR, IDF, "the Israel Defense Forces said it killed", "2024-07-30"),
      ("MEMBER_OF", SHUKR, "organization:hezbollah-jihad-council", "sat on Hezbollah's Jihad Council"),
      ("PART_OF", "organization:hezbollah-jihad-council", HEZ, "sat on Hezbollah's Jihad Council"),
      ("LOCATED_IN", "location:majdal-shams", "location:golan-heights", "Majdal Shams in the Golan"),
      ("ASSASSINATED_BY", AQIL, ISR, "a second Israeli strike", "2024-09-20"),
      ("LEADS", AQIL, "organization:radwan-force", "the commander of the elite Radwan Force"),
      ("MET_WITH", HOCH, NET, "who met Netanyahu", "2024-09-16"),
      ("MET_WITH", HOCH, GAL, "Minister Yoav Gallant in Israel", "2024-09-16"),
      ("LEADS", GAL, "organization:israeli-defense-ministry", "Defense Minister Yoav Gallant"),
      ("VISITED", HOCH, ISR, "Minister Yoav Gallant in Israel", "2024-09-16"),
      ("MEMBER_OF", HAMIYAH, HEZ, "who heads Hezbollah's external operations"),
      ],
     {"source": "blind set (Haaretz-style)", "published": "2024-09-22"}),

    ("arDE4_nasrallah_funeral_baabda", "ar",
     "بيروت - «الجزيرة» - شيّع حزب الله، الأحد، أمينه العام السابق حسن نصر الله ورئيس مجلسه التنفيذي "
     "هاشم صفي الدين، في مدينة كميل شمعون الرياضية في بيروت، بمشاركة عشرات الآلاف ووفود من إيران "
     "والعراق واليمن.\n"
     "وقال الأمين العام للحزب الشيخ نعيم قاسم، في كلمة مسجلة بُثّت خلال التشييع، إن «المقاومة "
     "باقية»، ولم يحضر المراسم شخصياً لأسباب أمنية. وكان مجلس شورى الحزب قد انتخب قاسم في تشرين "
     "الأول أميناً عاماً خلفاً لنصر الله الذي اغتيل بغارة إسرائيلية في أيلول، بعد مقتل صفي الدين "
     "الذي كان الأوفر حظاً لخلافته.\n"
     "وحلّقت طائرات حربية إسرائيلية على علو منخفض فوق المدينة الرياضية، وقال وزير الدفاع "
     "الإسرائيلي يسرائيل كاتس إنها «ترسل رسالة واضحة».\n"
     "وكان الرئيس اللبناني جوزاف عون قد استقبل، السبت، في قصر بعبدا رئيس مجلس الشورى الإيراني محمد "
     "باقر قاليباف ووزير الخارجية عباس عراقجي، وقال لهما إن «لبنان تعب من حروب الآخرين على أرضه». "
     "كما التقى الوفد الإيراني رئيس مجلس النواب نبيه بري في عين التينة، فيما لم يلتقِ رئيس الحكومة "
     "نواف سلام.\n"
     "وشارك في التشييع أيضاً رئيس هيئة الحشد الشعبي العراقي فالح الفياض.",
     [("LEADS", SAF, HEC, "ورئيس مجلسه التنفيذي"),
      ("LOCATED_IN", "location:camille-chamoun-sports-city", "location:beirut", "الرياضية في بيروت"),
      ("LEADS", QAS, HEZ, "الأمين العام للحزب الشيخ"),
      ("SUCCESSOR_OF", QAS, NAS, "أميناً عاماً خلفاً لنصر الله", "2024-10-29"),
      ("ASSASSINATED_BY", NAS, ISR, "الذي اغتيل بغارة إسرائيلية", "2024-09-27"),
      ("LEADS", KATZ, "organization:israeli-defense-ministry", "وقال وزير الدفاع"),
      ("LEADS", JAOUN, LEB, "الرئيس اللبناني جوزاف"),
      ("MET_WITH", JAOUN, GHAL, "قد استقبل، السبت", "2025-02-22"),
      ("MET_WITH", JAOUN, ARA, "ووزير الخارجية عباس", "2025-02-22"),
      ("VISITED", GHAL, "location:baabda-palace", "في قصر بعبدا", "2025-02-22"),
      ("VISITED", ARA, "location:baabda-palace", "في قصر بعبدا", "2025-02-22"),
      ("LEADS", GHAL, "organization:iranian-parliament", "رئيس مجلس الشورى الإيراني"),
      ("LEADS", ARA, "organization:iranian-foreign-ministry", "ووزير الخارجية عباس"),
      ("MET_WITH", BERRI, GHAL, "كما التقى الوفد الإيراني", "2025-02-22"),
      ("MET_WITH", BERRI, ARA, "كما التقى الوفد الإيراني", "2025-02-22"),
      ("LEADS", BERRI, LPARL, "رئيس مجلس النواب نبيه"),
      ("LEADS", SALAM, LGOV, "رئيس الحكومة نواف"),
      ("LEADS", FAYYADH, "organization:popular-mobilization-forces", "رئيس هيئة الحشد الشعبي"),
      ],
     {"source": "blind set (Al Jazeera-style Arabic)", "published": "2025-02-23"}),

    ("enDE5_jeffers_mechanism_beirut", "en",
     "BEIRUT, Dec 4 (Reuters) - U.S. Army Maj. Gen. Jasper Jeffers, who will co-chair the committee "
     "monitoring the Israel-Hezbollah ceasefire, met Lebanon's army commander Gen. Joseph Aoun in "
     "Beirut on Wednesday, the Lebanese army said, as both sides traded accusations of violations.\n"
     "The mechanism was set up under the deal brokered by Amos Hochstein, the U.S. envoy who spent "
     "weeks shuttling. Hochstein held talks in Beirut with Parliament Speaker Nabih Berri, who negotiated "
     "on Hezbollah's behalf, and then met Prime Minister Benjamin Netanyahu and his confidant Ron "
     "Dermer in Jerusalem before the deal was announced on Nov. 26.\n"
     "The agreement gives Israel 60 days to pull its troops out of south Lebanon while the Lebanese "
     "army deploys south of the Litani river.\n"
     "Hezbollah leader Naim Kassem said in a televised speech that the group had achieved a \"great "
     "victory\", but did not say whether it would give up its weapons. Kassem, elected in October to "
     "replace Hassan Nasrallah, has not appeared in public since.\n"
     "A French officer on the committee, Gen. Guillaume Ponchin, is expected to meet Aoun next "
     "week, a Lebanese military source said.",
     [("MEMBER_OF", JEFF, "organization:us-armed-forces", "U.S. Army Maj. Gen. Jasper"),
      ("MET_WITH", JEFF, JAOUN, "met Lebanon's army commander", "2024-12-04"),
      ("LEADS", JAOUN, LARMY, "army commander Gen. Joseph"),
      ("VISITED", JEFF, "location:beirut", "Beirut on Wednesday", "2024-12-04"),
      ("MET_WITH", HOCH, BERRI, "Hochstein held talks in Beirut", "2024-11"),
      ("VISITED", HOCH, "location:beirut", "Hochstein held talks in Beirut", "2024-11"),
      ("LEADS", BERRI, LPARL, "Parliament Speaker Nabih Berri"),
      ("MET_WITH", HOCH, NET, "then met Prime Minister Benjamin", "2024-11"),
      ("LEADS", NET, ISR, "then met Prime Minister Benjamin"),
      ("MET_WITH", HOCH, DERMER, "his confidant Ron", "2024-11"),
      ("VISITED", HOCH, "location:jerusalem", "Dermer in Jerusalem", "2024-11"),
      ("LEADS", QAS, HEZ, "Hezbollah leader Naim Kassem"),
      ("SUCCESSOR_OF", QAS, NAS, "elected in October to replace", "2024-10-29"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-12-04"}),

    ("arDE6_ortagus_baabda_new_order", "ar",
     "بيروت - «الشرق الأوسط» - استقبل الرئيس اللبناني العماد جوزاف عون، السبت، في قصر بعبدا، نائبة "
     "المبعوث الأميركي الخاص إلى الشرق الأوسط مورغان أورتاغوس في ثاني زيارة لها إلى لبنان، وبحث "
     "معها تثبيت وقف إطلاق النار واستكمال الانسحاب الإسرائيلي من الجنوب.\n"
     "وانتقلت أورتاغوس بعد ذلك إلى السراي الحكومي حيث التقت رئيس الحكومة نواف سلام، قبل أن تزور "
     "رئيس مجلس النواب نبيه بري في عين التينة.\n"
     "وكان البرلمان قد انتخب عون في التاسع من كانون الثاني رئيساً للجمهورية خلفاً لميشال عون، "
     "منهياً فراغاً استمر أكثر من عامين. وكُلّف القاضي نواف سلام، الرئيس السابق لمحكمة العدل "
     "الدولية، بعد أيام تشكيل الحكومة خلفاً لنجيب ميقاتي.\n"
     "وفي آذار عيّن مجلس الوزراء العميد رودولف هيكل قائداً للجيش، ليحل محل عون الذي شغل المنصب "
     "منذ 2017.\n"
     "وقال وزير المالية ياسين جابر، الذي حضر لقاء أورتاغوس مع سلام، إن الحكومة عرضت خطة "
     "الإصلاحات المصرفية المطلوبة من صندوق النقد الدولي. ولم تلتقِ المبعوثة الأميركية أي مسؤول من "
     "حزب الله.",
     [("MET_WITH", JAOUN, ORT, "استقبل الرئيس اللبناني العماد", "2025-04-05"),
      ("LEADS", JAOUN, LEB, "استقبل الرئيس اللبناني العماد"),
      ("VISITED", ORT, "location:baabda-palace", "السبت، في قصر بعبدا", "2025-04-05"),
      ("VISITED", ORT, LEB, "في ثاني زيارة لها إلى لبنان", "2025-04-05"),
      ("MET_WITH", ORT, SALAM, "حيث التقت رئيس الحكومة", "2025-04-05"),
      ("LEADS", SALAM, LGOV, "حيث التقت رئيس الحكومة"),
      ("MET_WITH", ORT, BERRI, "قبل أن تزور", "2025-04-05"),
      ("LEADS", BERRI, LPARL, "رئيس مجلس النواب نبيه"),
      ("SUCCESSOR_OF", JAOUN, MAOUN, "خلفاً لميشال عون", "2025-01-09"),
      ("LEADS", SALAM, "organization:international-court-of-justice", "الرئيس السابق لمحكمة العدل"),
      ("SUCCESSOR_OF", SALAM, MIK, "خلفاً لنجيب", "2025-01-13"),
      ("LEADS", HAYKAL, LARMY, "العميد رودولف هيكل قائداً للجيش"),
      ("SUCCESSOR_OF", HAYKAL, JAOUN, "ليحل محل عون", "2025-03-06"),
      ("MEMBER_OF", JABER, LGOV, "وزير المالية ياسين"),
      ("MET_WITH", JABER, ORT, "الذي حضر لقاء أورتاغوس", "2025-04-05"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style Arabic)", "published": "2025-04-06"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDE")
