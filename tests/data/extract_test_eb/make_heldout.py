"""Blind set EB: Hezbollah's leadership decapitated, July-November 2024 (wire-agency copy):
Israel's military says it killed Nasrallah and Ali Karaki in Haret Hreik, with the IRGC's
Nilforoushan killed in the same Israeli strike (Reuters-style, Sept 2024); the Israeli army
confirms Safi al-Din's killing three weeks later, with Araghchi's earlier Beirut talks as background
(AFP Arabic-style, Oct 2024); the Shura Council names Naim Kassem secretary-general in Nasrullah's
place (AP-style, Oct 2024); Fuad Shukr killed in Haret Hreik and Hochstein's return to Beirut,
with Haniyeh's unclaimed Tehran killing (Reuters Arabic-style, Aug 2024); Hochstain's ceasefire
shuttle: Birri, Miqati, the army commander, then Netanyahu and Dermer, and Afif killed in Ras
al-Nabaa (Reuters-style, Nov 2024); Larijani's visit with a Khamenei message, meeting Berri,
Mikati and the Shiite council's deputy head but no Hezbollah official publicly (NNA/AFP
Arabic-style, Nov 2024).
Style: en/ar alternating; claims by Israel's military as agents, an unclaimed killing blamed by
Iran (no agent), a phone call, a "does not meet", a denied meeting, "tipped to take over" and
المرشح الأوفر حظاً لخلافته (not successions), "succeeded" and Arabic تولى ... بعد مقتل سلفه.
Spellings: Nasrallah / Nasrullah / نصرالله; Safieddine / Safi al-Din / صفي الدين; Kassem; Birri;
Miqati; Hochstain.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_eb/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ed import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IRN, LEB, US = "country:israel", "country:iran", "country:lebanon", "country:united-states"
IDF, IAF, HZB = "organization:israel-defense-forces", "organization:israeli-air-force", "organization:hezbollah"
IRGC, HEC, HSC = "organization:irgc", "organization:hezbollah-executive-council", "organization:hezbollah-shura-council"
JIH, PARL, AMAL = "organization:hezbollah-jihad-council", "organization:lebanese-parliament", "organization:amal-movement"
BEI, DAH, HH, RAS = "location:beirut", "location:dahiyeh", "location:haret-hreik", "location:ras-al-nabaa"
NAS, KAR, NIL, BAR = ("person:hassan-nasrallah", "person:ali-karaki", "person:abbas-nilforoushan",
                      "person:tomer-bar")
MUS, SHO, SAF, HAZ = ("person:abbas-al-musawi", "person:nadav-shoshani", "person:hashem-safieddine",
                      "person:ali-hussein-hazima")
ARA, MIK, BER, AMA = ("person:abbas-araghchi", "person:najib-mikati", "person:nabih-berri",
                      "person:hossein-amir-abdollahian")
QAS, GAL, HHH = "person:naim-qassem", "person:yoav-gallant", "person:hussein-hajj-hassan"
SHUKR, BIDI, HAN, HOCH = ("person:fouad-shukr", "person:milad-bidi", "person:ismail-haniyeh",
                          "person:amos-hochstein")
JAOUN, NET, DER, AFIF = ("person:joseph-aoun", "person:benjamin-netanyahu", "person:ron-dermer",
                         "person:mohammad-afif")
QHASH, LAR, KHAM, KHAT = ("person:qassem-hashem", "person:ali-larijani", "person:ali-khamenei",
                          "person:ali-al-khatib")
ARMY = "organization:lebanese-army"
AMANI = "person:mojtaba-amani"
IGOV, ISRGOV = "organization:iranian-government", "organization:israeli-government"

ARTICLES = [
    ("enEB1_nasrallah_haret_hreik", "en",
     "BEIRUT (Reuters) - Israel's military said on Saturday it had killed Hezbollah leader Sayyed "
     "Hassan Nasrallah in an air strike on the group's central headquarters in Haret Hreik, in "
     "Beirut's southern suburbs, a day after a series of massive blasts flattened several buildings.\n"
     "\"Hassan Nasrallah will no longer be able to terrorize the world,\" military spokesman "
     "Lt. Col. Nadav Shoshani wrote on X. The military said the strike also killed Ali Karaki, "
     "commander of Hezbollah's southern front, and other commanders who were meeting with the "
     "cleric in an underground bunker.\n"
     "Iran's Revolutionary Guards said Brig. Gen. Abbas Nilforoushan, a deputy commander of the "
     "IRGC, had died in the same Israeli strike. Hezbollah confirmed its leader's death hours later "
     "without saying how he was killed.\n"
     "The operation was planned for months, according to the head of the Israeli Air Force, "
     "Maj. Gen. Tomer Bar, who told reporters that dozens of munitions were dropped within seconds.\n"
     "Nasrallah, 64, had led the Iran-backed group since 1992, when he succeeded Abbas al-Musawi, "
     "whom Israeli helicopter gunships killed in southern Lebanon that February.",
     [("ASSASSINATED_BY", NAS, IDF, "it had killed Hezbollah leader"),
      ("LEADS", NAS, HZB, "it had killed Hezbollah leader"),
      ("LOCATED_IN", HH, DAH, "in Haret Hreik, in "),
      ("ASSASSINATED_BY", KAR, IDF, "also killed Ali Karaki"),
      ("MEMBER_OF", KAR, HZB, "commander of Hezbollah's southern front"),
      ("ASSASSINATED_BY", NIL, ISR, "died in the same Israeli strike"),
      ("MEMBER_OF", NIL, IRGC, "a deputy commander of the "),
      ("LEADS", BAR, IAF, "Maj. Gen. Tomer Bar"),
      ("MEMBER_OF", SHO, IDF, "military spokesman"),
      ("SUCCESSOR_OF", NAS, MUS, "when he succeeded Abbas al-Musawi"),
      ("ASSASSINATED_BY", MUS, ISR, "whom Israeli helicopter gunships killed"),
],
     {"title": "Israel says it killed Hezbollah leader Nasrallah", "source": "blind (Reuters-style)",
      "published": "2024-09-28"}),

    ("arEB2_safieddine_confirmed", "ar",
     "بيروت (أ ف ب) - أكد الجيش الإسرائيلي الثلاثاء أنه قتل هاشم صفي الدين، رئيس المجلس التنفيذي "
     "لحزب الله، في غارة استهدفت الضاحية الجنوبية لبيروت مطلع الشهر الجاري، بعد نحو ثلاثة أسابيع على "
     "الضربة.\n"
     "وقال الجيش في بيان إن الغارة نفسها أسفرت عن مقتل علي حسين هزيمة، قائد مقر استخبارات الحزب، "
     "إلى جانب قياديين آخرين كانوا مجتمعين معه. ولم يصدر عن الحزب تعليق فوري.\n"
     "وكان صفي الدين، ابن خالة الأمين العام الراحل حسن نصرالله، يُعدّ المرشح الأوفر حظاً لخلافته، "
     "ولم يعلن الحزب اختياره رسمياً قبل مقتله.\n"
     "وتزامنت الغارة مع زيارة وزير الخارجية الإيراني عباس عراقجي إلى بيروت، حيث التقى رئيس حكومة "
     "تصريف الأعمال نجيب ميقاتي ورئيس مجلس النواب نبيه بري، وأكد دعم طهران للبنان. وكان عراقجي "
     "قد تولى حقيبة الخارجية في آب/أغسطس بعد مقتل سلفه حسين أمير عبد اللهيان في تحطم مروحية في أيار/مايو.\n"
     "ونفى مسؤولون إيرانيون أن يكون عراقجي قد اجتمع بأي قيادي عسكري في الحزب خلال الزيارة.",
     [("ASSASSINATED_BY", SAF, IDF, "أنه قتل هاشم صفي الدين"),
      ("LEADS", SAF, HEC, "رئيس المجلس التنفيذي"),
      ("PART_OF", HEC, HZB, "رئيس المجلس التنفيذي"),
      ("ASSASSINATED_BY", HAZ, IDF, "عن مقتل علي حسين هزيمة"),
      ("MEMBER_OF", HAZ, HZB, "قائد مقر استخبارات الحزب"),
      ("MEMBER_OF", ARA, IGOV, "وزير الخارجية الإيراني عباس عراقجي"),
      ("MET_WITH", ARA, MIK, "حيث التقى رئيس حكومة"),
      ("MET_WITH", ARA, BER, "ورئيس مجلس النواب نبيه بري"),
      ("VISITED", ARA, BEI, "وتزامنت الغارة مع زيارة"),
      ("LEADS", BER, PARL, "ورئيس مجلس النواب نبيه بري"),
      ("SUCCESSOR_OF", ARA, AMA, "قد تولى حقيبة الخارجية"),
],
     {"title": "الجيش الإسرائيلي يؤكد مقتل صفي الدين", "source": "blind (AFP Arabic-style)",
      "published": "2024-10-22"}),

    ("enEB3_kassem_secretary_general", "en",
     "BEIRUT (AP) - Hezbollah on Tuesday named Sheikh Naim Kassem as its new secretary-general, "
     "succeeding Hassan Nasrullah, who was killed in an Israeli airstrike last month.\n"
     "The group's Shura Council elected Kassem, 71, who had served as deputy leader for more than "
     "three decades and became its public face after Nasrullah's death, a statement said. Hashem "
     "Safi al-Din, long tipped to take over, was also killed in an Israeli strike in early October.\n"
     "Israeli Defense Minister Yoav Gallant responded within hours, calling the appointment "
     "\"temporary\" and posting a photo of the cleric on social media.\n"
     "Hezbollah lawmaker Hussein Hajj Hassan said the choice showed the group's institutions "
     "were functioning despite the war. Israeli media have reported that Kassem moved to Tehran "
     "weeks ago, a claim Hezbollah officials denied; they said he had not met Iranian officials "
     "outside Lebanon since the war began.\n"
     "Kassem, a chemistry teacher by training, helped found the group in the early 1980s.",
     [("SUCCESSOR_OF", QAS, NAS, "succeeding Hassan Nasrullah"),
      ("LEADS", QAS, HZB, "named Sheikh Naim Kassem as its new secretary-general"),
      ("ASSASSINATED_BY", NAS, ISR, "who was killed in an Israeli airstrike last month"),
      ("ASSASSINATED_BY", SAF, ISR, "was also killed in an Israeli strike"),
      ("PART_OF", HSC, HZB, "The group's Shura Council"),
      ("MEMBER_OF", GAL, ISRGOV, "Israeli Defense Minister Yoav Gallant"),
      ("MEMBER_OF", HHH, HZB, "Hezbollah lawmaker Hussein Hajj Hassan"),
      ("MEMBER_OF", HHH, PARL, "Hezbollah lawmaker Hussein Hajj Hassan"),
],
     {"title": "Hezbollah names Naim Kassem leader after Nasrullah's killing",
      "source": "blind (AP-style)", "published": "2024-10-29"}),

    ("arEB4_shukr_hochstein", "ar",
     "بيروت (رويترز) - قال الجيش الإسرائيلي إنه قتل القيادي العسكري البارز في حزب الله فؤاد شكر في "
     "غارة على مبنى في حارة حريك بالضاحية الجنوبية لبيروت مساء الثلاثاء، رداً على هجوم صاروخي على "
     "بلدة مجدل شمس في الجولان المحتل أودى بحياة 12 طفلاً وفتى.\n"
     "ونفى حزب الله أي علاقة له بهجوم مجدل شمس. وأعلن الحزب لاحقاً مقتل شكر، عضو المجلس الجهادي، "
     "فيما قُتل في الغارة الإسرائيلية أيضاً المستشار العسكري الإيراني ميلاد بيدي.\n"
     "وبعد ساعات، اغتيل رئيس المكتب السياسي لحركة حماس إسماعيل هنية في طهران، واتهمت إيران إسرائيل "
     "بالوقوف وراء العملية، ولم تعلّق إسرائيل.\n"
     "وأجرى المبعوث الأميركي آموس هوكشتاين اتصالاً هاتفياً برئيس مجلس النواب نبيه بري لاحتواء "
     "التصعيد. ووصل هوكشتاين إلى بيروت بعد أسبوعين، واجتمع مع بري في عين التينة وبرئيس الحكومة نجيب ميقاتي "
     "في السراي الحكومي. وقال هوكشتاين بعد لقائه بري إن \"الوقت ينفد\" أمام الحل الدبلوماسي.",
     [("ASSASSINATED_BY", SHUKR, IDF, "إنه قتل القيادي العسكري"),
      ("LEADS", BER, PARL, "برئيس مجلس النواب نبيه بري"),
      ("LOCATED_IN", HH, DAH, "في حارة حريك بالضاحية"),
      ("MEMBER_OF", SHUKR, JIH, "عضو المجلس الجهادي"),
      ("MEMBER_OF", SHUKR, HZB, "العسكري البارز في حزب الله"),
      ("ASSASSINATED_BY", BIDI, ISR, "فيما قُتل في الغارة الإسرائيلية"),
      ("VISITED", HOCH, BEI, "ووصل هوكشتاين إلى بيروت"),
      ("MET_WITH", HOCH, BER, "واجتمع مع بري"),
      ("MET_WITH", HOCH, MIK, "وبرئيس الحكومة نجيب ميقاتي"),
],
     {"title": "إسرائيل تقول إنها قتلت فؤاد شكر في الضاحية", "source": "blind (Reuters Arabic-style)",
      "published": "2024-08-14"}),

    ("enEB5_hochstain_shuttle", "en",
     "BEIRUT (Reuters) - U.S. envoy Amos Hochstain held talks with Lebanese Parliament Speaker "
     "Nabih Birri on Tuesday on a proposal to end more than a year of fighting between Israel and "
     "Hezbollah, saying a deal was \"within our grasp\".\n"
     "Hochstain, who does not meet Hezbollah officials directly, relies on Birri, a Hezbollah ally "
     "who heads the Amal Movement, to carry messages to the group. Amal lawmaker Qassem Hashem said "
     "the talks had been \"positive\".\n"
     "The envoy also met caretaker Prime Minister Najib Miqati and army commander General Joseph "
     "Aoun, whose troops would deploy south of the Litani river under the plan. On Thursday he flew "
     "to Israel, where he was received by Prime Minister Benjamin Netanyahu and Strategic Affairs "
     "Minister Ron Dermer.\n"
     "The visit came two days after Mohammad Afif, Hezbollah's chief spokesman, was killed in an "
     "Israeli strike on the Ras al-Nabaa district of central Beirut. Israel's military later said it "
     "had targeted Afif, who headed the group's media relations.",
     [("MET_WITH", HOCH, BER, "held talks with Lebanese Parliament Speaker"),
      ("LEADS", BER, PARL, "Parliament Speaker"),
      ("LEADS", BER, AMAL, "who heads the Amal Movement"),
      ("MEMBER_OF", QHASH, AMAL, "Amal lawmaker Qassem Hashem"),
      ("MET_WITH", HOCH, MIK, "The envoy also met caretaker"),
      ("MET_WITH", HOCH, JAOUN, "army commander General Joseph"),
      ("LEADS", JAOUN, ARMY, "army commander General Joseph"),
      ("VISITED", HOCH, ISR, "he flew to Israel"),
      ("MET_WITH", HOCH, NET, "he was received by Prime Minister Benjamin Netanyahu"),
      ("MET_WITH", HOCH, DER, "Minister Ron Dermer"),
      ("MEMBER_OF", DER, ISRGOV, "Strategic Affairs"),
      ("ASSASSINATED_BY", AFIF, ISR, "was killed in an Israeli strike on the Ras al-Nabaa"),
      ("LOCATED_IN", RAS, BEI, "district of central Beirut"),
      ("MEMBER_OF", AFIF, HZB, "Hezbollah's chief spokesman")],
     {"title": "U.S. envoy sees Lebanon truce 'within our grasp' after Birri talks",
      "source": "blind (Reuters-style)", "published": "2024-11-19"}),

    ("arEB6_larijani_message", "ar",
     "بيروت (الوكالة الوطنية للإعلام) - استقبل رئيس مجلس النواب نبيه بري، اليوم الجمعة في مقر "
     "الرئاسة الثانية في عين التينة، مستشار المرشد الإيراني علي لاريجاني والوفد المرافق، في حضور "
     "السفير الإيراني مجتبى أماني، وجرى عرض للأوضاع والمستجدات السياسية والميدانية.\n"
     "وكان لاريجاني قد وصل إلى بيروت صباحاً حاملاً رسالة من المرشد علي خامنئي، وانتقل بعد لقاء بري "
     "إلى السراي الكبير حيث بحث مع رئيس حكومة تصريف الأعمال نجيب ميقاتي مسودة وقف إطلاق النار "
     "المطروحة.\n"
     "وقال لاريجاني للصحافيين: \"لسنا هنا لتخريب أي اتفاق، ونحن ندعم أي قرار تتخذه الحكومة اللبنانية\".\n"
     "والتقى المسؤول الإيراني أيضاً نائب رئيس المجلس الإسلامي الشيعي الأعلى الشيخ علي الخطيب. ولم "
     "يُعلن عن أي لقاء علني بينه وبين قيادة حزب الله، وقالت مصادر مطلعة إنه لم يجتمع بالشيخ نعيم قاسم "
     "خلال الزيارة التي استمرت يوماً واحداً.",
     [("MET_WITH", BER, LAR, "استقبل رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", BER, AMANI, "في حضور السفير الإيراني مجتبى أماني"),
      ("LEADS", BER, PARL, "استقبل رئيس مجلس النواب نبيه بري"),
      ("VISITED", LAR, BEI, "قد وصل إلى بيروت"),
      ("MET_WITH", LAR, MIK, "حيث بحث مع رئيس حكومة"),
      ("MET_WITH", LAR, KHAT, "والتقى المسؤول الإيراني أيضاً"),
],
     {"title": "بري يستقبل لاريجاني حاملاً رسالة من خامنئي",
      "source": "blind (NNA/AFP Arabic-style)", "published": "2024-11-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEB")
