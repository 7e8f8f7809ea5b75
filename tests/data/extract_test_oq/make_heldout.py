"""Blind set OQ: Libya 2019-2021 (first folder of OQ-OR): Khalifa Haftar's offensive on Tripoli and Antonio
Guterres's meetings with Fayez al-Sarraj in Tripoli and Haftar in Benghazi (April 2019), the Berlin
conference and Angela Merkel's separate meetings with Sarraj and Haftar (January 2020), Recep Tayyip
Erdogan's reception of Sarraj in Ankara after the end of the offensive (June 2020), Abdel Fattah el-Sisi's
reception of Haftar and Aguila Saleh and the "Cairo Declaration" (June 2020), the Geneva ceasefire under
Stephanie Williams and Jan Kubis's appointment (October 2020 - January 2021), and the killing of Mahmoud
al-Werfalli in Benghazi (March 2021), as a wire writes it in English (Reuters-like: "TRIPOLI (Reuters) -"),
a Libyan news site in Arabic (Libya Observer / Al-Wasat-like: "بوابة الوسط", "المشير"), Turkey's state
agency in English (Anadolu-like: "ANKARA", "legitimate government"), Egypt's state daily in Arabic
(Al-Ahram-like: "السيد الرئيس", "صرح السفير بسام راضي"), a UN-news style wire in English (AP-like:
"GENEVA (AP) -") and a Benghazi news site in Arabic (Al-Marsad-like: "مسلحون مجهولون").
Pieces: Guterres meets Sarraj in Tripoli, then Haftar in Benghazi with Salame present; Sarraj and Haftar
had met in Abu Dhabi with Salame present (English, OQ1); Merkel meets Sarraj, then Haftar; Pompeo meets
Haftar; Sarraj and Haftar do not meet (Arabic, OQ2); Erdogan receives Sarraj with Cavusoglu, Akar and
Fidan present and Siala and Bashagha in the delegation (English, OQ3); Sisi receives Haftar and Saleh
together with Kamel and Shoukry present (Arabic, OQ4); Williams, who took over from Salame, meets the two
delegations; Kubis named to succeed Salame (English, OQ5); Werfalli shot dead by unknown gunmen, Barassi
killed in November; Menfi had met Haftar in Benghazi (Arabic, OQ6).
Excluded on purpose (no relation): the postponed Ghadames national conference and Pompeo's call for a
halt (OQ1); the conference's participants merely listed together, Sarraj's and Haftar's refusal to meet,
the Moscow talks Haftar left without signing (OQ2); Erdogan's statement that he would not talk to Haftar,
the planned visit of a Turkish delegation to Tripoli (OQ3); Sisi's phone call with Macron, the GNA's
rejection (OQ4); Guterres's video message, Saied's opening of the Tunis forum (no meeting stated) (OQ5);
Werfalli's and Barassi's killings (no stated agent), the ICC's accusation, Dbeibah's call for an inquiry
(OQ6).
Judgement calls: "accompanied by" the envoy in a meeting: the envoy is an attendee, paired with both
principals (OQ1, OQ5 none); "met in Abu Dhabi ... in the presence of" Salame: attendee of both (OQ1);
separate meetings with Merkel: Sarraj and Haftar are not paired (OQ2); attendees on the Turkish side
(Cavusoglu, Akar, Fidan) and the Libyan delegation members (Siala, Bashagha) are paired with both
Erdogan and Sarraj; attendees are not paired with each other (OQ3); "استقبل ... حفتر ... وعقيلة صالح"
together is a meeting of the three; «بحضور» Kamel and Shoukry: paired with Sisi, Haftar and Saleh
(the three principals), not with each other (OQ4); Williams "took over ... after Salame resigned" is a
succession (acting), and Kubis "to succeed Salame" too (OQ5); a prime minister or president LEADS the
country or government named with him; an LNA commander is MEMBER_OF the LNA.
Filled in for the exercise: Salame's presence in Benghazi, the wording of Haftar's statement (OQ1);
the order of Merkel's meetings and the hotel (OQ2); the Turkish attendees and the Libyan delegation
(OQ3); Kamel's and Shoukry's presence, the Macron call (OQ4); the details of the signing room, the
delegations' wording (OQ5); the companion killed with Werfalli, the date of Menfi's Benghazi visit (OQ6).
Spellings: "Khalifa Hifter", "Fayez Serraj" (OQ1); «فائز السراج»، «المشير خليفة حفتر» (OQ2); "Fayez
al-Sarraj", "Mevlut Cavusoglu", "Hulusi Akar" (OQ3); «عقيلة صالح»، «اللواء عباس كامل» (OQ4); "Stephanie
Turco Williams", "Jan Kubis" (OQ5); «محمود الورفلي»، «حنان البرعصي» (OQ6).
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

LIBYA, EGYPT, TURKEY, GERMANY, US = ("country:libya", "country:egypt", "country:turkey", "country:germany",
                                     "country:united-states")
LNA, GNA, PC, HOR, UNSMIL, UN, ICC, SAIQA, MIT, EGI = (
    "organization:libyan-national-army", "organization:government-of-national-accord",
    "organization:libyan-presidential-council", "organization:libyan-house-of-representatives",
    "organization:unsmil", "organization:united-nations", "organization:international-criminal-court",
    "organization:al-saiqa-brigade", "organization:turkish-national-intelligence-organization",
    "organization:egyptian-general-intelligence")
HAFTAR, SARRAJ, SALEH, MENFI, DBEIBAH, BASHAGHA, SIALA, WERFALLI, BARASSI = (
    "person:khalifa-haftar", "person:fayez-al-sarraj", "person:aguila-saleh", "person:mohamed-al-menfi",
    "person:abdul-hamid-dbeibah", "person:fathi-bashagha", "person:mohamed-taher-siala",
    "person:mahmoud-al-werfalli", "person:hanan-al-barassi")
GUTERRES, SALAME, WILLIAMS, KUBIS = ("person:antonio-guterres", "person:ghassan-salame",
                                     "person:stephanie-williams", "person:jan-kubis")
ERDOGAN, CAVUSOGLU, AKAR, FIDAN = ("person:recep-tayyip-erdogan", "person:mevlut-cavusoglu",
                                   "person:hulusi-akar", "person:hakan-fidan")
SISI, KAMEL, SHOUKRY = "person:abdel-fattah-el-sisi", "person:abbas-kamel", "person:sameh-shoukry"
MERKEL, POMPEO, PUTIN, LAVROV, SAIED = ("person:angela-merkel", "person:mike-pompeo", "person:vladimir-putin",
                                        "person:sergei-lavrov", "person:kais-saied")

REUTERS = "blind set (international news wire, English, Reuters-like)"
WASAT = "blind set (Libyan news site, Arabic, Al-Wasat-like)"
ANADOLU = "blind set (Turkish state news agency, English service, Anadolu-like)"
AHRAM = "blind set (Egyptian state daily, Arabic, Al-Ahram-like)"
AP = "blind set (US news wire, English, AP-like)"
MARSAD = "blind set (Benghazi news site, Arabic, Al-Marsad-like)"

ARTICLES = [
    ("enOQ1_guterres_haftar_benghazi_reuters", "en",
     "U.N. chief meets Hifter in Benghazi as eastern forces push toward Tripoli\n"
     "BENGHAZI/TRIPOLI (Reuters) - United Nations Secretary-General Antonio Guterres met eastern commander "
     "Khalifa Hifter in Benghazi on Friday, a day after Hifter's Libyan National Army (LNA) ordered its forces "
     "to advance on Tripoli, seat of the internationally recognized government.\n"
     "Guterres, accompanied by U.N. Libya envoy Ghassan Salame, said he was leaving Libya \"with a heavy heart "
     "and deeply concerned\" after the talks. The LNA said in a statement that the operation would continue "
     "until \"terrorism\" was eliminated.\n"
     "On Thursday the U.N. chief had held talks in Tripoli with Prime Minister Fayez Serraj, who heads the "
     "Government of National Accord (GNA), before flying east.\n"
     "Serraj and Hifter last met in Abu Dhabi in late February in the presence of Salame, agreeing in principle "
     "on the need for elections.\n"
     "Salame told reporters the national conference planned for April 14-16 in the southern town of Ghadames "
     "could be postponed if fighting spread. U.S. Secretary of State Mike Pompeo called for an immediate halt "
     "to the military operations.",
     [("MET_WITH", GUTERRES, HAFTAR, "Antonio Guterres met eastern commander", "2019-04-05"),
      ("MET_WITH", SALAME, HAFTAR, "accompanied by U.N. Libya envoy Ghassan Salame", "2019-04-05"),
      ("MET_WITH", SALAME, GUTERRES, "said he was leaving Libya", "2019-04-05"),
      ("LEADS", HAFTAR, LNA, "Hifter's Libyan National Army (LNA) ordered"),
      ("MET_WITH", GUTERRES, SARRAJ, "had held talks in Tripoli with Prime Minister", "2019-04-04"),
      ("LEADS", SARRAJ, GNA, "who heads the Government of National Accord"),
      ("MET_WITH", SARRAJ, HAFTAR, "Serraj and Hifter last met in Abu Dhabi", "2019-02-27"),
      ("MET_WITH", SALAME, SARRAJ, "in the presence of Salame", "2019-02-27"),
      ("LEADS", GUTERRES, UN, "United Nations Secretary-General Antonio Guterres"),
      ],
     {"source": REUTERS, "published": "2019-04-05"}),

    ("arOQ2_berlin_merkel_wasat", "ar",
     "ميركل تلتقي السراج وحفتر كلاً على حدة قبيل انطلاق مؤتمر برلين\n"
     "بوابة الوسط | برلين\n"
     "التقت المستشارة الألمانية أنجيلا ميركل، صباح اليوم الأحد، رئيس المجلس الرئاسي لحكومة الوفاق الوطني فائز "
     "السراج في مقر المستشارية، ثم اجتمعت في لقاء منفصل بالقائد العام للجيش الوطني الليبي المشير خليفة حفتر، "
     "وذلك قبيل انطلاق أعمال مؤتمر برلين حول ليبيا.\n"
     "وعلى هامش المؤتمر، اجتمع وزير الخارجية الأميركي مايك بومبيو بالمشير حفتر، وبحث معه ضرورة الالتزام "
     "بالهدنة، بحسب بيان للخارجية الأميركية.\n"
     "ولم يلتقِ السراج وحفتر وجهاً لوجه، إذ رفض كل منهما الجلوس مع الآخر، واكتفيا بالبقاء في برلين خلال "
     "المؤتمر الذي شارك فيه الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان والرئيس المصري عبد "
     "الفتاح السيسي والأمين العام للأمم المتحدة أنطونيو غوتيريش.\n"
     "وكان حفتر قد غادر موسكو الأسبوع الماضي دون التوقيع على اتفاق وقف إطلاق النار الذي رعاه وزير الخارجية "
     "الروسي سيرغي لافروف، فيما وقّع عليه السراج.\n"
     "من جهته، قال المبعوث الأممي غسان سلامة إن المؤتمر \"فرصة حقيقية\" لوقف التدخل الخارجي في ليبيا.",
     [("MET_WITH", MERKEL, SARRAJ, "التقت المستشارة الألمانية أنجيلا ميركل", "2020-01-19"),
      ("MET_WITH", MERKEL, HAFTAR, "ثم اجتمعت في لقاء منفصل بالقائد العام", "2020-01-19"),
      ("MET_WITH", POMPEO, HAFTAR, "اجتمع وزير الخارجية الأميركي مايك بومبيو", "2020-01-19"),
      ("LEADS", MERKEL, GERMANY, "المستشارة الألمانية أنجيلا"),
      ("LEADS", SARRAJ, PC, "رئيس المجلس الرئاسي لحكومة الوفاق"),
      ("LEADS", HAFTAR, LNA, "بالقائد العام للجيش الوطني الليبي"),
      ("LEADS", PUTIN, "country:russia", "الرئيس الروسي فلاديمير بوتين"),
      ("LEADS", ERDOGAN, TURKEY, "والرئيس التركي رجب طيب أردوغان"),
      ("LEADS", SISI, EGYPT, "والرئيس المصري عبد"),
      ],
     {"source": WASAT, "published": "2020-01-19"}),

    ("enOQ3_erdogan_sarraj_ankara_anadolu", "en",
     "Turkish president receives Libyan premier al-Sarraj in Ankara\n"
     "ANKARA\n"
     "Turkish President Recep Tayyip Erdogan on Thursday received Fayez al-Sarraj, the head of Libya's "
     "UN-recognized Government of National Accord, at the Presidential Complex in the capital Ankara.\n"
     "The meeting was held behind closed doors and was attended by Foreign Minister Mevlut Cavusoglu, National "
     "Defense Minister Hulusi Akar and National Intelligence Organization (MIT) chief Hakan Fidan. Libyan Foreign "
     "Minister Mohamed Taher Siala and Interior Minister Fathi Bashagha were also part of al-Sarraj's "
     "delegation.\n"
     "Speaking at a joint press conference, Erdogan said Turkey would continue to support \"the legitimate "
     "government\" and stressed that putschist Haftar had no place at any negotiating table.\n"
     "The visit came after the legitimate government's forces regained full control of Tripoli and its "
     "surroundings, ending the 14-month offensive launched by Haftar's militias in April 2019.\n"
     "The two leaders last met in Istanbul on Nov. 27, when they signed memoranda on security cooperation and "
     "maritime jurisdiction.\n"
     "A Turkish delegation is expected to visit Tripoli in the coming weeks, according to diplomatic sources.",
     [("MET_WITH", ERDOGAN, SARRAJ, "on Thursday received Fayez al-Sarraj", "2020-06-04"),
      ("MET_WITH", CAVUSOGLU, ERDOGAN, "attended by Foreign Minister Mevlut Cavusoglu", "2020-06-04"),
      ("MET_WITH", CAVUSOGLU, SARRAJ, "was held behind closed doors", "2020-06-04"),
      ("MET_WITH", AKAR, ERDOGAN, "National Defense Minister Hulusi Akar", "2020-06-04"),
      ("MET_WITH", AKAR, SARRAJ, "Defense Minister Hulusi Akar and National", "2020-06-04"),
      ("MET_WITH", FIDAN, ERDOGAN, "(MIT) chief Hakan Fidan", "2020-06-04"),
      ("MET_WITH", FIDAN, SARRAJ, "Organization (MIT) chief Hakan", "2020-06-04"),
      ("MET_WITH", SIALA, ERDOGAN, "Minister Mohamed Taher Siala", "2020-06-04"),
      ("MET_WITH", SIALA, SARRAJ, "were also part of al-Sarraj's", "2020-06-04"),
      ("MET_WITH", BASHAGHA, ERDOGAN, "Interior Minister Fathi Bashagha", "2020-06-04"),
      ("MET_WITH", BASHAGHA, SARRAJ, "Bashagha were also part", "2020-06-04"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan on Thursday"),
      ("LEADS", SARRAJ, GNA, "the head of Libya's"),
      ("LEADS", FIDAN, MIT, "National Intelligence Organization (MIT) chief"),
      ],
     {"source": ANADOLU, "published": "2020-06-04"}),

    ("arOQ4_sisi_haftar_saleh_ahram", "ar",
     "الرئيس السيسي يستقبل المشير حفتر والمستشار عقيلة صالح ويعلن «إعلان القاهرة»\n"
     "كتب - محمد عبد الله\n"
     "استقبل السيد الرئيس عبد الفتاح السيسي، اليوم السبت، بقصر الاتحادية، المشير خليفة حفتر قائد الجيش "
     "الوطني الليبي، والمستشار عقيلة صالح رئيس مجلس النواب الليبي، وذلك بحضور اللواء عباس كامل رئيس "
     "المخابرات العامة، والسيد سامح شكري وزير الخارجية.\n"
     "وصرح السفير بسام راضي المتحدث الرسمي باسم رئاسة الجمهورية بأن اللقاء تناول تطورات الأوضاع في ليبيا، "
     "حيث أعلن السيد الرئيس في أعقابه مبادرة «إعلان القاهرة» التي تتضمن وقف إطلاق النار اعتباراً من الثامن من "
     "يونيو، وانتخاب مجلس رئاسي جديد.\n"
     "وأكد الرئيس أن أمن ليبيا جزء لا يتجزأ من الأمن القومي المصري، محذراً من التمسك بالخيار العسكري.\n"
     "وفي سياق متصل، تلقى السيد الرئيس اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون، تناول المبادرة "
     "المصرية.\n"
     "في المقابل، رفضت حكومة الوفاق الوطني في طرابلس المبادرة، وقال رئيس مجلسها الرئاسي فائز السراج إن "
     "\"زمن المبادرات قد انتهى\".",
     met_group({SISI: "استقبل السيد الرئيس عبد الفتاح السيسي", HAFTAR: "المشير خليفة حفتر قائد الجيش",
                SALEH: "والمستشار عقيلة صالح رئيس"}, "2020-06-06") + [
      ("MET_WITH", KAMEL, SISI, "بحضور اللواء عباس كامل", "2020-06-06"),
      ("MET_WITH", KAMEL, HAFTAR, "رئيس المخابرات العامة، والسيد", "2020-06-06"),
      ("MET_WITH", KAMEL, SALEH, "اللواء عباس كامل رئيس", "2020-06-06"),
      ("MET_WITH", SHOUKRY, SISI, "والسيد سامح شكري", "2020-06-06"),
      ("MET_WITH", SHOUKRY, HAFTAR, "سامح شكري وزير الخارجية", "2020-06-06"),
      ("MET_WITH", SHOUKRY, SALEH, "شكري وزير الخارجية.", "2020-06-06"),
      ("LEADS", HAFTAR, LNA, "حفتر قائد الجيش الوطني"),
      ("LEADS", SALEH, HOR, "رئيس مجلس النواب الليبي"),
      ("LEADS", KAMEL, EGI, "كامل رئيس المخابرات"),
      ("LEADS", SISI, EGYPT, "الرئيس عبد الفتاح السيسي، اليوم"),
      ("LEADS", SARRAJ, PC, "رئيس مجلسها الرئاسي فائز السراج"),
      ],
     {"source": AHRAM, "published": "2020-06-06"}),

    ("enOQ5_geneva_ceasefire_williams_ap", "en",
     "Libya's rival sides sign permanent cease-fire at UN talks in Geneva\n"
     "GENEVA (AP) - Military delegations from Libya's two rival administrations signed a permanent cease-fire "
     "agreement on Friday, the United Nations said, after five days of talks in the Swiss city.\n"
     "Stephanie Turco Williams, the acting head of the U.N. Support Mission in Libya, met the two five-member "
     "delegations at the Palais des Nations before the signing, and called the deal \"a good day for the Libyan "
     "people.\"\n"
     "Williams, an American diplomat, took over as acting envoy in March after Ghassan Salame resigned, citing "
     "stress and health reasons.\n"
     "U.N. Secretary-General Antonio Guterres welcomed the deal in a video message, urging foreign powers to "
     "withdraw mercenaries within three months. The agreement calls on all foreign fighters to leave Libya.\n"
     "The deal follows months of fighting that ended in June, when forces loyal to the Tripoli government drove "
     "Khalifa Hifter's troops back from the capital.\n"
     "Tunisian President Kais Saied is due to open a political dialogue forum near Tunis next month.\n"
     "In January, the Security Council approved Slovak diplomat Jan Kubis to succeed Salame as special envoy, "
     "ending a ten-month search.",
     [("LEADS", WILLIAMS, UNSMIL, "the acting head of the U.N. Support Mission"),
      ("SUCCESSOR_OF", WILLIAMS, SALAME, "took over as acting envoy in March", "2020-03-02"),
      ("SUCCESSOR_OF", KUBIS, SALAME, "Jan Kubis to succeed Salame", "2021-01-15"),
      ("LEADS", GUTERRES, UN, "U.N. Secretary-General Antonio Guterres welcomed"),
      ("LEADS", SAIED, "country:tunisia", "Tunisian President Kais Saied"),
      ],
     {"source": AP, "published": "2020-10-23"}),

    ("arOQ6_werfalli_killed_marsad", "ar",
     "اغتيال آمر محاور الصاعقة محمود الورفلي برصاص مسلحين مجهولين في بنغازي\n"
     "المرصد - بنغازي\n"
     "لقي الرائد محمود الورفلي، أحد آمري المحاور في كتيبة الصاعقة التابعة للجيش الوطني الليبي، مصرعه مساء "
     "اليوم الأربعاء، بعد أن أطلق مسلحون مجهولون النار على سيارته أمام مقر جامعة بنغازي بمنطقة الهواري، فيما "
     "قُتل أحد مرافقيه.\n"
     "والورفلي مطلوب لدى المحكمة الجنائية الدولية منذ 2017 بتهمة الضلوع في عمليات إعدام ميدانية، وهي اتهامات "
     "نفتها القيادة العامة.\n"
     "ويأتي الحادث بعد أشهر من اغتيال المحامية والناشطة حنان البرعصي وسط المدينة في نوفمبر الماضي، دون أن "
     "تُعلن أي جهة مسؤوليتها.\n"
     "من جهته، دعا رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، في اتصال مع النائب العام، إلى فتح تحقيق "
     "عاجل في الحادثة.\n"
     "وكان رئيس المجلس الرئاسي محمد المنفي قد زار بنغازي الشهر الماضي، والتقى القائد العام المشير خليفة حفتر "
     "في مقر القيادة العامة بالرجمة، بحضور عدد من قادة الجيش.",
     [("MEMBER_OF", WERFALLI, SAIQA, "أحد آمري المحاور في كتيبة الصاعقة"),
      ("MEMBER_OF", WERFALLI, LNA, "التابعة للجيش الوطني الليبي، مصرعه"),
      ("LEADS", DBEIBAH, "organization:government-of-national-unity-libya", "رئيس حكومة الوحدة الوطنية عبد"),
      ("LEADS", MENFI, PC, "رئيس المجلس الرئاسي محمد المنفي"),
      ("MET_WITH", MENFI, HAFTAR, "والتقى القائد العام المشير"),
      ],
     {"source": MARSAD, "published": "2021-03-24"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOQ")
