"""Blind set R: the strike on Soleimani and its aftermath: Trump's account, the Iraqi
parliament vote, Ain al-Asad, Pompeo in Baghdad and Erbil, Esper replaced by Miller,
Zarif in Baghdad. Written and annotated blind (extractor neither read nor run).
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout23/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "QT")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M = "person:abu-mahdi-al-muhandis"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, T = "organization:popular-mobilization-forces", "person:donald-trump"
AM, P = "person:adil-abdul-mahdi", "person:mike-pompeo"

ARTICLES = [
    ("enR1_trump_ordered", "en",
     "WASHINGTON (AP) \u2014 President Donald Trump said Friday he ordered the drone strike that "
     "killed Iran's top general, Qassem Soleimani, to stop what he called an \u201cimminent and "
     "sinister\u201d plot against Americans. Soleimani, the commander of the Revolutionary "
     "Guard's Quds Force, died when U.S. missiles struck his convoy as it left Baghdad's "
     "international airport. Defense Secretary Mark Esper said the decision followed weeks of "
     "attacks on bases hosting U.S. troops in Iraq, including a Dec. 27 rocket barrage near "
     "Kirkuk that killed an American contractor. Gen. Mark Milley, chairman of the Joint "
     "Chiefs of Staff, told reporters at the Pentagon the intelligence was \u201cclear, "
     "unambiguous.\u201d Secretary of State Mike Pompeo, who spoke by phone with Iraqi Prime "
     "Minister Adel Abdul-Mahdi, said the United States remained committed to de-escalation. "
     "In Tehran, Iran's Supreme Leader Ayatollah Ali Khamenei vowed \u201csevere revenge.\u201d",
     [("ASSASSINATED_BY", S, T, "he ordered the drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "U.S. missiles struck", "2020-01-03"),
      ("LEADS", S, QF, "U.S. missiles struck"),
      ("LOCATED_IN", "location:baghdad-international-airport", "location:baghdad",
       "Baghdad's international airport"),
      ("PART_OF", QF, IRGC, "U.S. missiles struck"),
      ("LOCATED_IN", "organization:us-armed-forces", "country:iraq", "bases hosting U.S. troops"),
      ("LEADS", "person:mark-milley", "organization:joint-chiefs-of-staff", "chairman of the Joint"),
      ("LEADS", AM, "country:iraq", "spoke by phone"),
      ("LEADS", "person:ali-khamenei", "country:iran", "severe revenge"),
      ],
     {"source": "blind set (AP-style)", "published": "2020-01-03"}),

    ("arR2_parliament_vote", "ar",
     "بغداد ــ الجزيرة نت\n"
     "صوّت مجلس النواب العراقي، الأحد، على قرار يُلزم الحكومة بإنهاء وجود القوات الأجنبية في "
     "البلاد، وذلك بعد يومين من اغتيال قائد فيلق القدس الإيراني قاسم سُليماني ونائب رئيس هيئة "
     "الحشد الشعبي أبو مهدي المهندس بغارة أميركية قرب مطار بغداد. وحضر الجلسة رئيس حكومة تصريف "
     "الأعمال عادل عبد المهدي، الذي قال إن الضربة نُفّذت \"من دون علم الحكومة العراقية\"، فيما "
     "قاطعها النواب الأكراد ومعظم النواب السنة. وقال رئيس كتلة صادقون النيابية، التابعة لعصائب "
     "أهل الحق، عدنان فيحان للجزيرة نت إن \"دماء المهندس لن تذهب سدى\". من جهته، توعّد الأمين "
     "العام للعصائب قيس الخزعلي باستهداف \"أي وجود عسكري أميركي\" إذا لم تنفذ الحكومة القرار. "
     "وفي طهران، أُقيم مجلس تأبين لسليماني حضره المرشد علي خامنئي، في حين شُيّع المهندس ورفاقه "
     "في كربلاء والنجف.",
     [("LEADS", S, QF, "اغتيال قائد فيلق"),
      ("ASSASSINATED_BY", S, US, "اغتيال قائد فيلق", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "اغتيال قائد فيلق", "2020-01-03"),
      ("MEMBER_OF", M, PMF, "اغتيال قائد فيلق"),
      ("LEADS", "person:adnan-fayhan", "organization:sadiqoun-bloc", "رئيس كتلة صادقون"),
      ("PART_OF", "organization:sadiqoun-bloc", "organization:asaib-ahl-al-haq",
       "رئيس كتلة صادقون"),
      ("REPORTED_BY", "person:adnan-fayhan", "outlet:al-jazeera", "رئيس كتلة صادقون"),
      ("LEADS", "person:qais-al-khazali", "organization:asaib-ahl-al-haq", "توعّد الأمين"),
      ],
     {"source": "blind set (Al Jazeera-style)", "published": "2020-01-05"}),

    ("enR3_ain_al_asad", "en",
     "BAGHDAD/DUBAI (Reuters) - Iran fired more than a dozen ballistic missiles at two Iraqi "
     "bases hosting U.S. troops early on Wednesday, days after a U.S. drone strike in Baghdad "
     "killed Iranian commander Qassem Sulaimani. The Islamic Revolutionary Guard Corps said "
     "the attack on the Ain al-Asad air base in Anbar province and a facility in Erbil was "
     "revenge for Sulaimani's death. \u201cWe will take revenge on America,\u201d IRGC commander "
     "Major General Hossein Salami said. Major General Abdul Karim Khalaf, spokesman for "
     "Iraq's Joint Operations Command, said no Iraqi casualties were reported. Iraqi President "
     "Barham Saleh condemned the missile strikes as a violation of Iraqi sovereignty. "
     "Sulaimani's successor, Esmaeil Qani, vowed in a speech carried by Tasnim news agency to "
     "\u201cexpel America from the region.\u201d",
     [("LOCATED_IN", "organization:us-armed-forces", "country:iraq", "two Iraqi"),
      ("ASSASSINATED_BY", S, US, "killed Iranian commander", "2020-01-03"),
      ("ATTACKED", IRGC, "location:ain-al-asad-air-base", "The Islamic Revolutionary",
       "2020-01-08"),
      ("ATTACKED", IRGC, "location:erbil", "The Islamic Revolutionary", "2020-01-08"),
      ("LOCATED_IN", "location:ain-al-asad-air-base", "location:anbar",
       "The Islamic Revolutionary"),
      ("LEADS", "person:hossein-salami", IRGC, "IRGC commander"),
      ("MEMBER_OF", "person:abdul-karim-khalaf", "organization:joint-operations-command",
       "Abdul Karim Khalaf"),
      ("LEADS", "person:barham-salih", "country:iraq", "Iraqi President"),
      ("SUCCESSOR_OF", Q, S, "successor, Esmaeil Qani"),
      ("REPORTED_BY", Q, "outlet:tasnim", "successor, Esmaeil Qani"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-01-08"}),

    ("arR4_pompeo_baghdad_erbil", "ar",
     "روداو - أربيل\n"
     "وصل وزير الخارجية الأميركي مايك بومبيو، يوم الأربعاء، إلى بغداد في زيارة لم يُعلن عنها "
     "مسبقاً، التقى خلالها رئيس الجمهورية برهم صالح ورئيس مجلس الوزراء عادل عبد المهدي. ثم توجه "
     "بومبيو إلى أربيل، حيث استقبله رئيس حكومة إقليم كوردستان نيجيرفان بارزاني، بحضور القنصل "
     "الأميركي العام في أربيل ستيفن فاغن. وأفاد مصدر في حكومة الإقليم لشبكة روداو الإعلامية "
     "بأن الجانبين بحثا قرار الرئيس دونالد ترامب سحب القوات الأميركية من سوريا، وانعكاساته على "
     "الحرب ضد تنظيم داعش. ولم يلتقِ الوزير الأميركي أياً من قادة الحشد الشعبي، رغم أن رئيس هيئة "
     "الحشد فالح الفياض طلب لقاءه، وفقاً لنائب عن تحالف الفتح. ومن المقرر أن يزور بومبيو الرياض "
     "والقاهرة ضمن جولته الإقليمية.",
     [("VISITED", P, "location:baghdad", "إلى بغداد", "2019-01-09"),
      ("MET_WITH", P, "person:barham-salih", "إلى بغداد", "2019-01-09"),
      ("MET_WITH", P, AM, "إلى بغداد", "2019-01-09"),
      ("VISITED", P, "location:erbil", "ثم توجه", "2019-01-09"),
      ("MET_WITH", P, "person:nechirvan-barzani", "ثم توجه", "2019-01-09"),
      ("LEADS", "person:nechirvan-barzani", "organization:kurdistan-regional-government",
       "ثم توجه"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "طلب لقاءه"),
      ],
     {"source": "blind set (Rudaw-style)", "published": "2019-01-09"}),

    ("enR5_miller_drawdown", "en",
     "WASHINGTON (Al Jazeera) - Acting US Defense Secretary Christopher Miller announced on "
     "Tuesday that the United States would cut its troop levels in Iraq to 2,500 by "
     "mid-January, a week after President Donald Trump fired Mark Esper and installed Miller in "
     "his place. The drawdown comes as rocket attacks on the US embassy in Baghdad's Green Zone "
     "continue. Kataib Hezbollah, an Iran-backed Iraqi armed group, has denied involvement in "
     "the latest attack, which killed a child. Miller, a former special forces officer who "
     "until recently led the National Counterterrorism Center, said the move did not signal a "
     "change in policy. Iraqi Foreign Minister Fuad Hussein, who held talks with Secretary of "
     "State Mike Pompeo in Washington in August, said Baghdad had been consulted. US-led "
     "coalition troops completed their withdrawal from Camp Taji, north of Baghdad, in August.",
     [("LOCATED_IN", "organization:us-armed-forces", "country:iraq", "troop levels in Iraq"),
      ("SUCCESSOR_OF", "person:christopher-miller", "person:mark-esper", "installed Miller"),
      ("LOCATED_IN", "location:us-embassy-baghdad", "location:green-zone", "Baghdad's Green Zone"),
      ("LOCATED_IN", "location:green-zone", "location:baghdad", "Baghdad's Green Zone"),
      ("SUPPORTS", "country:iran", "organization:kataib-hezbollah", "an Iran-backed"),
      ("LEADS", "person:christopher-miller", "organization:national-counterterrorism-center",
       "special forces officer"),
      ("MET_WITH", "person:fuad-hussein", P, "held talks with Secretary", "2020-08"),
      ("VISITED", "person:fuad-hussein", US, "held talks with Secretary", "2020-08"),
      ("WITHDREW_FROM", "organization:international-coalition", "location:camp-taji",
       "Camp Taji", "2020-08"),
      ],
     {"source": "blind set (Al Jazeera English-style)", "published": "2020-11-17"}),

    ("arR6_zarif_baghdad", "ar",
     "بغداد ــ العربي الجديد\n"
     "وصل وزير الخارجية الإيراني محمد جواد ظريف إلى بغداد، صباح الاثنين، في زيارة رسمية هي "
     "الأولى له منذ تولي مصطفى الكاظمي رئاسة الحكومة خلفاً لعادل عبد المهدي. واستقبل الكاظميُّ "
     "ظريفَ في القصر الحكومي، في حين عقد الوزير الإيراني جلسة مباحثات مع نظيره العراقي فؤاد حسين "
     "في مقر وزارة الخارجية. وقال المتحدث باسم وزارة الخارجية العراقية أحمد الصحاف لـ\"العربي "
     "الجديد\" إن الجانبين بحثا \"ملف الديون والتحقيق في حادثة المطار\". وزار ظريف، بحسب مصادر "
     "دبلوماسية، موقع الضربة التي أودت بحياة قاسم سليماني وأبي مهدي المهندس قرب مطار بغداد "
     "الدولي، ووضع إكليلاً من الزهور. وكان مقرراً أن يلتقي ظريف رئيس تحالف الفتح هادي العامري، "
     "إلا أن اللقاء أُلغي في اللحظة الأخيرة لأسباب أمنية.",
     [("VISITED", "person:mohammad-javad-zarif", "location:baghdad", "وصل وزير الخارجية"),
      ("SUCCESSOR_OF", K, AM, "خلفاً لعادل"),
      ("LEADS", K, "organization:iraqi-government", "خلفاً لعادل"),
      ("LEADS", AM, "organization:iraqi-government", "خلفاً لعادل"),
      ("MET_WITH", K, "person:mohammad-javad-zarif", "واستقبل الكاظميُّ"),
      ("MET_WITH", "person:mohammad-javad-zarif", "person:fuad-hussein", "جلسة مباحثات"),
      ("MEMBER_OF", "person:ahmed-al-sahaf", "organization:iraqi-foreign-ministry",
       "أحمد الصحاف"),
      ("REPORTED_BY", "person:ahmed-al-sahaf", "outlet:al-araby-al-jadeed", "أحمد الصحاف"),
      ("LEADS", "person:hadi-al-amiri", "organization:fatah-alliance", "رئيس تحالف الفتح"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2020-07"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setR")
