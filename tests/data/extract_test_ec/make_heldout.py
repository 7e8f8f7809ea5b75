"""Blind set EC: Lebanon's new state, January-August 2025 (wire-agency copy): parliament elects
army commander Joseph Aoun president after a second-round meeting with Raad and Khalil, ending the
vacancy since Michel Aoun, Frangieh having withdrawn (AFP-style, Jan 2025); Nawaf Salam named prime
minister in place of Miqati, meeting Aoun and Berri on his return (Reuters Arabic-style, Jan 2025);
Rodolphe Haykal appointed army commander after the acting Hassan Audi, Souaid at the central bank,
and Haykal receiving the mechanism's new U.S. chief Leeney (AP-style, Mar 2025); Nasrullah's
funeral with Araghchi and Ghalibaf meeting Aoun, Berri and Qassem, Salam only on the phone and an
Iranian plane refused landing (AFP Arabic-style, Feb 2025); Ortagus's second Beirut round (Reuters-
style, Apr 2025); Larijani, Ahmadian's successor, received by Aoun, with Rajji not meeting him
(Arabic wire-style, Aug 2025).
Style: en/ar alternating; "ending the vacancy", acting holders, خلفاً لـ، حلّ محل، an "in the
presence of", phone calls, "did not meet", a refused landing, denied reports.
Spellings: Miqati / ميقاتي; Birri; Nasrullah / نصرالله; Qasim / قاسم; Ghalibaf / قاليباف.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ec/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ed import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IRN, LEB, US = "country:israel", "country:iran", "country:lebanon", "country:united-states"
HZB, PARL, AMAL, ARMY = ("organization:hezbollah", "organization:lebanese-parliament",
                         "organization:amal-movement", "organization:lebanese-army")
ICJ, SNSC, IPARL = ("organization:international-court-of-justice",
                    "organization:supreme-national-security-council", "organization:iranian-parliament")
BEI, BAAB, SPORT = "location:beirut", "location:baabda-palace", "location:camille-chamoun-sports-city"
JAOUN, MAOUN, BER, RAAD, KHAL = ("person:joseph-aoun", "person:michel-aoun", "person:nabih-berri",
                                 "person:mohammad-raad", "person:ali-hassan-khalil")
FRAN, LED, YBF = "person:suleiman-frangieh", "person:jean-yves-le-drian", "person:yazid-bin-farhan"
SAL, MIK, KARAMI, QAS = ("person:nawaf-salam", "person:najib-mikati", "person:faisal-karami",
                         "person:naim-qassem")
HAYK, AUDI, SOU, MANS, RSAL = ("person:rodolphe-haykal", "person:hassan-audi", "person:karim-souaid",
                               "person:wassim-mansouri", "person:riad-salameh")
LEENEY, JEFF, MEN = "person:michael-leeney", "person:jasper-jeffers", "person:michel-menassa"
NAS, SAF, ARA, GHAL, QAB = ("person:hassan-nasrallah", "person:hashem-safieddine",
                            "person:abbas-araghchi", "person:mohammad-bagher-ghalibaf",
                            "person:ahmad-qabalan")
ORT, JABER, BISAT, RAJJI = ("person:morgan-ortagus", "person:yassine-jaber", "person:amer-bisat",
                            "person:youssef-rajji")
LAR, AHM, SHEI, AMANI, MORC = ("person:ali-larijani", "person:ali-akbar-ahmadian",
                               "person:mohammad-reza-sheibani", "person:mojtaba-amani",
                               "person:paul-morcos")
GOV = "organization:lebanese-government"
IGOV = "organization:iranian-government"

ARTICLES = [
    ("enEC1_aoun_elected", "en",
     "BEIRUT (AFP) - Lebanon's parliament elected army chief Joseph Aoun as head of state on "
     "Thursday, ending a presidential vacancy of more than two years since the term of Michel Aoun "
     "expired in October 2022.\n"
     "Aoun, 60, won 99 of the 128 votes in a second round, after lawmakers from Hezbollah and its "
     "ally Amal withheld their support in the first. Between the two rounds, Hezbollah MP Mohammad "
     "Raad and Amal's Ali Hassan Khalil met Aoun in parliament, lawmakers said.\n"
     "\"We are here to protect national sovereignty,\" Raad told reporters after the session, without "
     "elaborating on what was discussed.\n"
     "Aoun succeeds Michel Aoun, no relation, and took the oath before Speaker Nabih Berri. Former "
     "minister Suleiman Frangieh, long backed by Hezbollah, had withdrawn from the race a day earlier "
     "and endorsed the army commander.\n"
     "French envoy Jean-Yves Le Drian and Saudi envoy Yazid bin Farhan had lobbied Lebanese blocs for "
     "weeks; Le Drian held talks with Berri on Tuesday but was not present for the vote.",
     [("MET_WITH", RAAD, JAOUN, "Raad and Amal's Ali Hassan Khalil met Aoun"),
      ("MET_WITH", KHAL, JAOUN, "Ali Hassan Khalil met Aoun in parliament"),
      ("MEMBER_OF", RAAD, HZB, "Hezbollah MP Mohammad"),
      ("MEMBER_OF", RAAD, PARL, "Hezbollah MP Mohammad"),
      ("MEMBER_OF", KHAL, AMAL, "Amal's Ali Hassan Khalil"),
      ("LEADS", JAOUN, ARMY, "elected army chief Joseph Aoun"),
      ("SUCCESSOR_OF", JAOUN, MAOUN, "Aoun succeeds Michel Aoun"),
      ("LEADS", BER, PARL, "before Speaker Nabih Berri"),
      ("SUPPORTS", HZB, FRAN, "long backed by Hezbollah"),
      ("SUPPORTS", FRAN, JAOUN, "endorsed the army commander"),
      ("MET_WITH", LED, BER, "held talks with Berri on Tuesday")],
     {"title": "Lebanon parliament elects army chief Joseph Aoun president",
      "source": "blind (AFP-style)", "published": "2025-01-09"}),

    ("arEC2_salam_designated", "ar",
     "بيروت (رويترز) - كلّف الرئيس اللبناني جوزاف عون الاثنين القاضي نواف سلام، رئيس محكمة العدل "
     "الدولية، تشكيل الحكومة الجديدة خلفاً لنجيب ميقاتي، بعدما نال تأييد 84 نائباً في الاستشارات "
     "النيابية الملزمة في قصر بعبدا.\n"
     "وامتنع نواب حزب الله وحركة أمل عن تسمية أي مرشح. وقال رئيس كتلة الوفاء للمقاومة محمد رعد بعد "
     "لقائه الرئيس عون إن هناك \"من يسعى إلى الإقصاء والإلغاء\"، مطالباً بحكومة \"ميثاقية\".\n"
     "وكان النائب فيصل كرامي أول من أعلن تأييده لسلام صباحاً، فيما انسحب ميقاتي من السباق قبل "
     "انتهاء الاستشارات.\n"
     "ووصل سلام إلى بيروت قادماً من لاهاي صباح الثلاثاء، وتوجّه مباشرة إلى بعبدا حيث استقبله عون، ثم "
     "زار رئيس مجلس النواب نبيه بري في عين التينة. ولم يحضر بري لقاء عون وسلام، وتحدّث مكتبه عن "
     "\"تأخير\" في موعده.\n"
     "وقال سلام في كلمة مقتضبة: \"يدي ممدودة للجميع\".",
     [("SUCCESSOR_OF", SAL, MIK, "خلفاً لنجيب ميقاتي"),
      ("LEADS", SAL, ICJ, "رئيس محكمة العدل"),
      ("MET_WITH", RAAD, JAOUN, "لقائه الرئيس عون"),
      ("SUPPORTS", KARAMI, SAL, "وكان النائب فيصل كرامي"),
      ("MEMBER_OF", KARAMI, PARL, "وكان النائب فيصل كرامي"),
      ("MET_WITH", SAL, JAOUN, "حيث استقبله عون"),
      ("MET_WITH", SAL, BER, "زار رئيس مجلس النواب نبيه بري"),
      ("LEADS", BER, PARL, "زار رئيس مجلس النواب نبيه بري")],
     {"title": "عون يكلف نواف سلام تشكيل الحكومة", "source": "blind (Reuters Arabic-style)",
      "published": "2025-01-14"}),

    ("enEC3_haykal_army", "en",
     "BEIRUT (AP) - Lebanon's Cabinet on Thursday appointed Brig. Gen. Rodolphe Haykal as commander "
     "of the army, filling the post left by Joseph Aoun when he was elected president in January.\n"
     "Haykal, promoted to the rank of general, takes over from Maj. Gen. Hassan Audi, the army chief "
     "of staff, who has been acting commander since Aoun's election. Haykal previously led the army's "
     "operations in the south, where troops are deploying as Israeli forces withdraw.\n"
     "In the same session ministers named Karim Souaid governor of the central bank, replacing "
     "Wassim Mansouri, who had run the bank in an acting capacity since Riad Salameh's term ended in "
     "2023.\n"
     "Information Minister Paul Morcos told reporters the appointments were approved by a majority, "
     "with some ministers objecting to Souaid.\n"
     "On Friday, Haykal received Defense Minister Michel Menassa at the Yarzeh headquarters and later "
     "met U.S. Maj. Gen. Michael Leeney, who recently replaced Maj. Gen. Jasper Jeffers as head of the "
     "committee monitoring the November ceasefire.",
     [("LEADS", HAYK, ARMY, "as commander of the army"),
      ("SUCCESSOR_OF", HAYK, JAOUN, "filling the post left by Joseph Aoun"),
      ("SUCCESSOR_OF", HAYK, AUDI, "takes over from Maj. Gen. Hassan Audi"),
      ("MEMBER_OF", AUDI, ARMY, "the army chief "),
      ("SUCCESSOR_OF", AUDI, JAOUN, "who has been acting commander since Aoun's election"),
      ("SUCCESSOR_OF", SOU, MANS, "replacing Wassim Mansouri"),
      ("SUCCESSOR_OF", MANS, RSAL, "in an acting capacity since Riad Salameh"),
      ("MEMBER_OF", MORC, GOV, "Information Minister Paul Morcos"),
      ("MET_WITH", HAYK, MEN, "Haykal received Defense Minister Michel Menassa"),
      ("MEMBER_OF", MEN, GOV, "Defense Minister Michel Menassa at"),
      ("MET_WITH", HAYK, LEENEY, "met U.S. Maj. Gen. Michael Leeney"),
      ("SUCCESSOR_OF", LEENEY, JEFF, "who recently replaced Maj. Gen. Jasper Jeffers")],
     {"title": "Lebanon appoints Rodolphe Haykal army commander", "source": "blind (AP-style)",
      "published": "2025-03-13"}),

    ("arEC4_nasrallah_funeral", "ar",
     "بيروت (أ ف ب) - شيّع عشرات الآلاف من مناصري حزب الله الأحد الأمين العام السابق للحزب حسن "
     "نصرالله في مدينة كميل شمعون الرياضية في بيروت، بعد نحو خمسة أشهر على مقتله في غارة إسرائيلية "
     "على الضاحية الجنوبية، فيما حلّقت مقاتلات إسرائيلية على علو منخفض فوق الحشود.\n"
     "وشارك في التشييع وفد إيراني ضم رئيس مجلس الشورى محمد باقر قاليباف ووزير الخارجية عباس عراقجي، "
     "اللذين استقبلهما الرئيس جوزاف عون السبت في بعبدا، ثم التقيا رئيس مجلس النواب نبيه بري. وقال عون "
     "لضيفيه إن لبنان \"تعب من حروب الآخرين على أرضه\".\n"
     "كما اجتمع قاليباف وعراقجي مساء السبت بالأمين العام لحزب الله الشيخ نعيم قاسم، الذي ألقى كلمة "
     "مسجّلة في التشييع. واكتفى رئيس الحكومة نواف سلام باتصال هاتفي مع عراقجي.\n"
     "وكانت السلطات اللبنانية قد رفضت هذا الشهر السماح لطائرة إيرانية بالهبوط في مطار بيروت. "
     "وقال المفتي الجعفري الممتاز الشيخ أحمد قبلان إن \"المقاومة باقية\".",
     [("ASSASSINATED_BY", NAS, ISR, "بعد نحو خمسة أشهر على مقتله في غارة إسرائيلية"),
      ("LOCATED_IN", SPORT, BEI, "في مدينة كميل شمعون الرياضية في بيروت"),
      ("LEADS", GHAL, IPARL, "رئيس مجلس الشورى محمد باقر قاليباف"),
      ("MET_WITH", JAOUN, GHAL, "اللذين استقبلهما الرئيس جوزاف عون"),
      ("MET_WITH", JAOUN, ARA, "السبت في بعبدا"),
      ("MET_WITH", BER, GHAL, "ثم التقيا رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", BER, ARA, "التقيا رئيس مجلس النواب"),
      ("LEADS", BER, PARL, "رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", GHAL, QAS, "كما اجتمع قاليباف وعراقجي"),
      ("MET_WITH", ARA, QAS, "بالأمين العام لحزب الله الشيخ نعيم قاسم"),
      ("LEADS", QAS, HZB, "بالأمين العام لحزب الله"),
      ("VISITED", GHAL, BEI, "وشارك في التشييع وفد إيراني"),
      ("VISITED", ARA, BEI, "ووزير الخارجية عباس عراقجي"),
      ("MEMBER_OF", ARA, IGOV, "ووزير الخارجية عباس عراقجي")],
     {"title": "حشود في بيروت لتشييع نصرالله بمشاركة قاليباف وعراقجي",
      "source": "blind (AFP Arabic-style)", "published": "2025-02-23"}),

    ("enEC5_ortagus_second_round", "en",
     "BEIRUT (Reuters) - U.S. deputy Middle East envoy Morgan Ortagus met Lebanese President Joseph "
     "Aoun on Saturday and pressed for faster progress on disarming Hezbollah, in her second visit "
     "since the new government took office.\n"
     "Ortagus later held separate talks with Prime Minister Nawaf Salam and Speaker Nabih Birri, "
     "whose office described the meeting as \"good and constructive\". She also met Finance Minister "
     "Yassine Jaber and Economy Minister Amer Bisat to discuss reforms sought by the International "
     "Monetary Fund.\n"
     "She did not meet any Hezbollah representatives, and spoke by phone with Foreign Minister Youssef "
     "Rajji, who was travelling.\n"
     "On her first trip in February, Ortagus thanked Israel for \"defeating\" Hezbollah after a "
     "meeting at the presidential palace, drawing a rebuke from Aoun's office. Hezbollah, led since "
     "October by Naim Qasim, has said it will not discuss its weapons while Israeli troops remain on "
     "five hilltops in south Lebanon.",
     [("MET_WITH", ORT, JAOUN, "Morgan Ortagus met Lebanese President"),
      ("MET_WITH", ORT, SAL, "held separate talks with Prime Minister Nawaf Salam"),
      ("MET_WITH", ORT, BER, "Speaker Nabih Birri"),
      ("LEADS", BER, PARL, "Speaker Nabih Birri"),
      ("MET_WITH", ORT, JABER, "She also met Finance Minister"),
      ("MET_WITH", ORT, BISAT, "Economy Minister Amer Bisat"),
      ("MEMBER_OF", JABER, GOV, "She also met Finance Minister"),
      ("MEMBER_OF", BISAT, GOV, "Economy Minister Amer Bisat"),
      ("MEMBER_OF", RAJJI, GOV, "Foreign Minister Youssef"),
      ("VISITED", ORT, LEB, "in her second visit"),
      ("LEADS", QAS, HZB, "led since October by Naim Qasim")],
     {"title": "U.S. envoy Ortagus presses Lebanon on Hezbollah arms", "source": "blind (Reuters-style)",
      "published": "2025-04-05"}),

    ("arEC6_larijani_baabda", "ar",
     "بيروت - استقبل الرئيس اللبناني جوزاف عون الأربعاء في قصر بعبدا أمين المجلس الأعلى للأمن القومي "
     "الإيراني علي لاريجاني، وأبلغه أن لبنان \"يرفض أي تدخل في شؤونه الداخلية\" وأن قرار حصر السلاح "
     "بيد الدولة \"قرار لبناني\".\n"
     "ولاريجاني، الذي عُيّن هذا الشهر خلفاً لعلي أكبر أحمديان، وصل إلى بيروت في أول جولة خارجية له "
     "منذ تعيينه، يرافقه السفير الإيراني محمد رضا شيباني الذي حلّ محل مجتبى أماني في أيار/مايو.\n"
     "وبحث لاريجاني مع رئيس مجلس النواب نبيه بري في عين التينة، ثم التقى رئيس الحكومة نواف سلام "
     "في السراي. ولم يلتق وزير الخارجية يوسف رجي المسؤول الإيراني، إذ قالت مصادر الوزارة إن ذلك يعود "
     "إلى \"ارتباطات مسبقة\".\n"
     "وذكرت وسائل إعلام مقربة من حزب الله أن لاريجاني اجتمع ليلاً بالأمين العام للحزب الشيخ نعيم "
     "قاسم، من دون تأكيد رسمي. وقال وزير الإعلام بول مرقص إن الحكومة \"ماضية في قرارها\".",
     [("MET_WITH", JAOUN, LAR, "استقبل الرئيس اللبناني جوزاف عون"),
      ("LEADS", LAR, SNSC, "أمين المجلس الأعلى للأمن القومي"),
      ("SUCCESSOR_OF", LAR, AHM, "خلفاً لعلي أكبر أحمديان"),
      ("VISITED", LAR, BEI, "وصل إلى بيروت في أول جولة"),
      ("SUCCESSOR_OF", SHEI, AMANI, "الذي حلّ محل مجتبى أماني"),
      ("MET_WITH", LAR, BER, "وبحث لاريجاني مع رئيس مجلس النواب"),
      ("LEADS", BER, PARL, "وبحث لاريجاني مع رئيس مجلس النواب"),
      ("MET_WITH", LAR, SAL, "ثم التقى رئيس الحكومة نواف سلام"),
      ("MET_WITH", LAR, QAS, "أن لاريجاني اجتمع ليلاً"),
      ("LEADS", QAS, HZB, "بالأمين العام للحزب"),
      ("MEMBER_OF", MORC, GOV, "وقال وزير الإعلام بول مرقص"),
      ("MEMBER_OF", RAJJI, GOV, "وزير الخارجية يوسف رجي")],
     {"title": "عون للاريجاني: لبنان يرفض أي تدخل في شؤونه", "source": "blind (Arabic wire-style)",
      "published": "2025-08-13"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEC")
