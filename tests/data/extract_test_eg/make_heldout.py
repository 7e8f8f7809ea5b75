"""Blind set EG: the June 2025 war and its aftermath, June-September 2025: the June 13 strikes with
Israel claiming the killings of Salamy, Bagheri, Rashid, Hajizadeh and three scientists, a death with
no agent, and Khamenei's replacements (think-tank 'Iran Update' evening edition), the IRGC
intelligence chief killed in an Israeli strike, Shadmani killed days after his appointment and a
chain of successors (Tasnim Arabic-style), Izadi and Shahriyari killed, Araghchi in Istanbul and
Moscow after the U.S. strikes, no Whitkoff meeting (bulleted English brief), Larijani replacing
Ahmadian at the SNSC with a candidate not chosen, his Baghdad and Beirut tour and a meeting that did
not take place (IRNA Arabic-style, Aug 2025), the Cairo inspection deal (Reuters-style, Sep 2025),
the Geneva meeting with the E3 ministers and Kallas, phone calls only with Witkoff and Macron
(Arabic agency-style, Jun 2025).
Style: en/ar alternating; bullets; datelines; lists; agent stated, claimed, or absent; spellings
Salamy, Larijany, Whitkoff, Bagheri/Baqeri.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_eg/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_common_eg import (  # noqa: E402
    AHM,
    ARA,
    BAG,
    GRO,
    HAJ,
    IAEA,
    IFM,
    IRGC,
    IRN,
    ISR,
    KHA,
    LAR,
    MOU,
    PAK,
    PEZ,
    PUT,
    RUS,
    SAL,
    SNSC,
    US,
)
from blind_entities_eg import ALL  # noqa: E402

HERE = Path(__file__).parent

GS, KHQ, AERO = ("organization:iranian-armed-forces-general-staff",
                 "organization:khatam-al-anbiya-central-headquarters", "organization:irgc-aerospace-force")
RAS, SHE, ABB, TEHR, MIN = ("person:gholam-ali-rashid", "person:davoud-sheikhian", "person:fereydoun-abbasi",
                            "person:mohammad-mehdi-tehranchi", "person:abdolhamid-minouchehr")
HAT, SHD, ABD = "person:amir-hatami", "person:ali-shadmani", "person:ali-abdollahi"
KAZ, MOH, KHD, MMO, EJE = ("person:mohammad-kazemi", "person:hassan-mohaqiq", "person:majid-khademi",
                           "person:majid-mousavi", "person:gholamhossein-mohseni-ejei")
IRGCI = "organization:irgc-intelligence-organization"
KATZ, IZA, SHA, QAA = ("person:israel-katz", "person:saeed-izadi", "person:behnam-shahriyari",
                       "person:esmail-qaani")
ERD, FID, TRU = "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:donald-trump"
FOR, NTZ = "location:fordow", "location:natanz"
SHM, JAL, ZOL, SUD, ARJ, AOU, BER, NSA = ("person:ali-shamkhani", "person:saeed-jalili",
                                          "person:mohammad-bagher-zolghadr", "person:mohammed-shia-al-sudani",
                                          "person:qassim-al-araji", "person:joseph-aoun", "person:nabih-berri",
                                          "person:nawaf-salam")
BAB, SIS, NAJ = "person:badr-abdelatty", "person:abdel-fattah-al-sisi", "person:reza-najafi"
WAD, BAR, LAM, KAL, MAC = ("person:johann-wadephul", "person:jean-noel-barrot", "person:david-lammy",
                           "person:kaja-kallas", "person:emmanuel-macron")

ARTICLES = [
    ("enEG1_june13_strikes_replacements", "en",
     "IRAN UPDATE, JUNE 13, 2025, EVENING EDITION\n"
     "Israel launched a large-scale air campaign against Iran early on June 13, striking nuclear, "
     "missile and command sites. The Israel Defense Forces said its strikes killed IRGC Commander-in-Chief "
     "Maj. Gen. Hossein Salamy, Armed Forces General Staff chief Maj. Gen. Mohammad Bagheri and Khatam "
     "al-Anbiya Central Headquarters commander Gholam Ali Rashid.\n"
     "- IRGC Aerospace Force commander Amir Ali Hajizadeh died in a strike on an underground command post; "
     "Israel said it had targeted a meeting of the force's senior staff there.\n"
     "- Iranian media separately reported the death of the Aerospace Force's air-defence commander, "
     "Davoud Sheikhian.\n"
     "- Israel also said it killed nuclear scientists Fereydoun Abbasi, Mohammad Mehdi Tehranchi and "
     "Abdolhamid Minouchehr in their homes in Tehran.\n"
     "- Supreme Leader Ali Khamenei appointed Maj. Gen. Mohammad Pakpour, until now the IRGC Ground Forces "
     "commander, to replace Salamy, and named Maj. Gen. Abdolrahim Mousavi as Bagheri's successor. Amir "
     "Hatami took over the regular army from Mousavi. Ali Shadmani was appointed to head Khatam al-Anbiya "
     "in place of Rashid.\n"
     "- Natanz was hit repeatedly. IAEA chief Rafael Grossi said the above-ground pilot plant had been "
     "destroyed.",
     [("ATTACKED", ISR, IRN, "launched a large-scale air campaign", "2025-06-13"),
      ("ASSASSINATED_BY", SAL, ISR, "said its strikes killed", "2025-06-13"),
      ("ASSASSINATED_BY", BAG, ISR, "said its strikes killed", "2025-06-13"),
      ("ASSASSINATED_BY", RAS, ISR, "said its strikes killed", "2025-06-13"),
      ("LEADS", SAL, IRGC, "IRGC Commander-in-Chief"),
      ("LEADS", BAG, GS, "Armed Forces General Staff chief"),
      ("LEADS", RAS, KHQ, "Central Headquarters commander Gholam"),
      ("ASSASSINATED_BY", HAJ, ISR, "Israel said it had targeted a meeting", "2025-06-13"),
      ("LEADS", HAJ, AERO, "IRGC Aerospace Force commander Amir"),
      ("MEMBER_OF", SHE, AERO, "air-defence commander"),
      ("ASSASSINATED_BY", ABB, ISR, "Israel also said it killed", "2025-06-13"),
      ("ASSASSINATED_BY", TEHR, ISR, "Israel also said it killed", "2025-06-13"),
      ("ASSASSINATED_BY", MIN, ISR, "Israel also said it killed", "2025-06-13"),
      ("LEADS", KHA, IRN, "Supreme Leader Ali Khamenei appointed"),
      ("SUCCESSOR_OF", PAK, SAL, "to replace Salamy", "2025-06-13"),
      ("LEADS", PAK, "organization:irgc-ground-forces", "the IRGC Ground Forces commander"),
      ("SUCCESSOR_OF", MOU, BAG, "as Bagheri's successor", "2025-06-13"),
      ("SUCCESSOR_OF", HAT, MOU, "took over the regular army", "2025-06-13"),
      ("LEADS", HAT, "organization:iranian-army", "took over the regular army"),
      ("SUCCESSOR_OF", SHD, RAS, "in place of Rashid", "2025-06-13"),
      ("LEADS", SHD, KHQ, "was appointed to head Khatam"),
      ("ATTACKED", ISR, NTZ, "Natanz was hit repeatedly", "2025-06-13"),
      ("LEADS", GRO, IAEA, "IAEA chief Rafael")],
     {"source": "blind set (think-tank brief-style)", "published": "2025-06-13"}),

    ("arEG2_irgc_intel_shadmani_chain", "ar",
     "طهران - 17 حزيران/يونيو 2025 (تسنيم) - أعلن الحرس الثوري أن رئيس جهاز استخباراته العميد محمد "
     "كاظمي ونائبه العميد حسن محقق قُتلا، مساء الأحد، في غارة إسرائيلية على طهران، إلى جانب ضابط ثالث.\n"
     "وعيّن المرشد علي خامنئي العميد مجيد خادمي رئيساً لجهاز استخبارات الحرس خلفاً لكاظمي.\n"
     "وفي وقت لاحق، قال الجيش الإسرائيلي إنه قتل علي شادماني، قائد مقر خاتم الأنبياء المركزي، الذي لم "
     "يمضِ على تعيينه سوى أربعة أيام خلفاً للواء غلام علي رشيد. وتولى اللواء علي عبد اللهي قيادة المقر "
     "بعد شادماني.\n"
     "كما كُلّف العميد مجيد موسوي بقيادة القوة الجوفضائية خلفاً لأمير علي حاجي زاده.\n"
     "وفي الأثناء، استقبل القائد العام الجديد للحرس الثوري اللواء محمد باكبور قادة الوحدات الصاروخية "
     "في مقر سري، وفق بيان نشره موقع سباه نيوز، من دون الكشف عن أسمائهم.\n"
     "من جهته، قال رئيس السلطة القضائية غلام حسين محسني إجئي إن المتهمين بالتجسس لصالح إسرائيل سيحاكمون "
     "على وجه السرعة.",
     [("LEADS", KAZ, IRGCI, "رئيس جهاز استخباراته العميد"),
      ("MEMBER_OF", MOH, IRGCI, "ونائبه العميد حسن"),
      ("ASSASSINATED_BY", KAZ, ISR, "في غارة إسرائيلية على طهران", "2025-06-15"),
      ("ASSASSINATED_BY", MOH, ISR, "في غارة إسرائيلية على طهران", "2025-06-15"),
      ("LEADS", KHA, IRN, "وعيّن المرشد علي"),
      ("SUCCESSOR_OF", KHD, KAZ, "خلفاً لكاظمي"),
      ("LEADS", KHD, IRGCI, "رئيساً لجهاز استخبارات الحرس"),
      ("ASSASSINATED_BY", SHD, ISR, "قال الجيش الإسرائيلي إنه قتل"),
      ("LEADS", SHD, KHQ, "قائد مقر خاتم الأنبياء المركزي"),
      ("SUCCESSOR_OF", SHD, RAS, "خلفاً للواء غلام"),
      ("SUCCESSOR_OF", ABD, SHD, "قيادة المقر بعد شادماني"),
      ("LEADS", ABD, KHQ, "قيادة المقر بعد شادماني"),
      ("SUCCESSOR_OF", MMO, HAJ, "خلفاً لأمير علي"),
      ("LEADS", MMO, AERO, "بقيادة القوة الجوفضائية"),
      ("LEADS", PAK, IRGC, "القائد العام الجديد للحرس"),
      ("LEADS", EJE, "organization:iranian-judiciary", "رئيس السلطة القضائية غلام")],
     {"source": "blind set (Tasnim Arabic-style)", "published": "2025-06-17"}),

    ("enEG3_izadi_istanbul_moscow", "en",
     "ISTANBUL/MOSCOW, June 23, 2025 - Daily brief\n"
     "- Israeli Defence Minister Israel Katz said on June 21 that an Israeli strike on an apartment in Qom "
     "had killed Saeed Izadi, head of the Quds Force's Palestine Corps, whom he called a financier of the "
     "Oct. 7 attack. The IDF said it also killed Behnam Shahriyari, head of the Quds Force's "
     "weapons-transfer unit, in a strike on a vehicle in western Iran.\n"
     "- Foreign Minister Abbas Araghchi, in Istanbul for a meeting of Islamic foreign ministers, met "
     "Turkish President Recep Tayyip Erdogan and held talks with his counterpart Hakan Fidan on June 22.\n"
     "- Hours earlier, U.S. B-2 bombers struck the Fordow and Natanz enrichment sites. President Donald "
     "Trump said Fordow had been \"obliterated\".\n"
     "- Araghchi then flew to Moscow, where he was received by President Vladimir Putin on June 23.\n"
     "- Araghchi did not meet U.S. envoy Steve Whitkoff, who had spoken to him by phone several times "
     "before the strikes, according to U.S. officials.\n"
     "- Quds Force commander Esmail Qaani, whom Israeli media had reported killed on June 13, appeared at "
     "a rally in Tehran.",
     [("LEADS", KATZ, "organization:israeli-defense-ministry", "Israeli Defence Minister Israel"),
      ("ASSASSINATED_BY", IZA, ISR, "had killed Saeed Izadi", "2025-06-21"),
      ("LEADS", IZA, "organization:quds-force-palestine-corps", "head of the Quds Force's Palestine"),
      ("ASSASSINATED_BY", SHA, ISR, "The IDF said it also killed", "2025-06-21"),
      ("LEADS", SHA, "organization:quds-force-unit-190", "weapons-transfer unit"),
      ("LEADS", ARA, IFM, "Foreign Minister Abbas Araghchi, in"),
      ("VISITED", ARA, "location:istanbul", "in Istanbul for a meeting", "2025-06-22"),
      ("MET_WITH", ARA, ERD, "Turkish President Recep", "2025-06-22"),
      ("LEADS", ERD, "country:turkey", "Turkish President Recep"),
      ("MET_WITH", ARA, FID, "held talks with his counterpart", "2025-06-22"),
      ("ATTACKED", US, FOR, "B-2 bombers struck", "2025-06-22"),
      ("ATTACKED", US, NTZ, "B-2 bombers struck", "2025-06-22"),
      ("LEADS", TRU, US, "President Donald"),
      ("VISITED", ARA, "location:moscow", "then flew to Moscow", "2025-06-23"),
      ("MET_WITH", ARA, PUT, "was received by President Vladimir", "2025-06-23"),
      ("LEADS", PUT, RUS, "was received by President Vladimir"),
      ("LEADS", QAA, "organization:quds-force", "Quds Force commander Esmail")],
     {"source": "blind set (English brief-style)", "published": "2025-06-23"}),

    ("arEG4_larijani_snsc_tour", "ar",
     "طهران - آب/أغسطس 2025 (إرنا) - عيّن الرئيس مسعود بزشكيان علي لاريجاني، رئيس البرلمان الأسبق "
     "ومستشار المرشد، أميناً للمجلس الأعلى للأمن القومي، خلفاً لعلي أكبر أحمديان الذي شغل المنصب منذ "
     "أيار/مايو 2023.\n"
     "وكان أحمديان قد خلف علي شمخاني في المنصب. وأفادت وسائل إعلام إيرانية بأن أحمديان سيبقى عضواً في "
     "المجلس ممثلاً للمرشد، إلى جانب سعيد جليلي.\n"
     "وكان اسم أمين مجمع تشخيص مصلحة النظام محمد باقر ذو القدر قد طُرح بين المرشحين للمنصب.\n"
     "وفي أول جولة خارجية له، زار لاريجاني بغداد في 11 آب/أغسطس حيث التقى رئيس الوزراء محمد شياع "
     "السوداني، واجتمع بمستشار الأمن القومي قاسم الأعرجي ووقّع معه مذكرة تفاهم أمنية.\n"
     "ثم انتقل إلى بيروت حيث استقبله الرئيس جوزاف عون ورئيس مجلس النواب نبيه بري.\n"
     "وأبلغ عون ضيفه أن لبنان يرفض أي تدخل في شؤونه الداخلية، فيما لم يلتقِ لاريجاني رئيس الحكومة "
     "نواف سلام، وفق مصادر لبنانية.",
     [("LEADS", PEZ, IRN, "عيّن الرئيس مسعود"),
      ("SUCCESSOR_OF", LAR, AHM, "خلفاً لعلي أكبر", "2025-08-05"),
      ("LEADS", LAR, SNSC, "أميناً للمجلس الأعلى"),
      ("SUCCESSOR_OF", AHM, SHM, "قد خلف علي شمخاني", "2023-05"),
      ("MEMBER_OF", AHM, SNSC, "سيبقى عضواً في"),
      ("MEMBER_OF", JAL, SNSC, "إلى جانب سعيد جليلي"),
      ("LEADS", ZOL, "organization:expediency-discernment-council", "أمين مجمع تشخيص"),
      ("VISITED", LAR, "location:baghdad", "زار لاريجاني بغداد", "2025-08-11"),
      ("MET_WITH", LAR, SUD, "حيث التقى رئيس الوزراء", "2025-08-11"),
      ("LEADS", SUD, "country:iraq", "حيث التقى رئيس الوزراء"),
      ("MET_WITH", LAR, ARJ, "واجتمع بمستشار", "2025-08-11"),
      ("VISITED", LAR, "location:beirut", "ثم انتقل إلى بيروت", "2025-08-13"),
      ("MET_WITH", LAR, AOU, "حيث استقبله الرئيس", "2025-08-13"),
      ("MET_WITH", LAR, BER, "حيث استقبله الرئيس", "2025-08-13"),
      ("LEADS", AOU, "country:lebanon", "حيث استقبله الرئيس جوزاف"),
      ("LEADS", BER, "organization:lebanese-parliament", "ورئيس مجلس النواب نبيه")],
     {"source": "blind set (IRNA Arabic-style)", "published": "2025-08-13"}),

    ("enEG5_cairo_inspection_deal", "en",
     "CAIRO, Sept 9, 2025 - Iranian Foreign Minister Abbas Araghchi and IAEA chief Rafael Grossi signed "
     "an agreement in Cairo on Tuesday setting out how inspections in Iran can resume, after talks hosted "
     "by Egyptian Foreign Minister Badr Abdelatty.\n"
     "Araghchi and Grossi met first with Abdelatty separately and then together, Egypt's foreign ministry "
     "said. Araghchi was also received by President Abdel Fattah al-Sisi.\n"
     "The deal comes after Iran's parliament passed a law in July suspending cooperation with the agency, "
     "following the June war in which the United States bombed Fordow.\n"
     "Grossi called the text \"a step in the right direction\". Ali Larijany, secretary of the Supreme "
     "National Security Council, said the body had approved it, but warned that it would be void if "
     "European sanctions were reimposed.\n"
     "Iran's envoy to the agency, Reza Najafi, who was part of the delegation, told IRNA that no "
     "inspector would return to Fordow for now.\n"
     "Britain, France and Germany triggered the snapback of U.N. sanctions in late August. Araghchi did "
     "not meet their ministers in Cairo.",
     [("LEADS", ARA, IFM, "Iranian Foreign Minister Abbas"),
      ("LEADS", GRO, IAEA, "IAEA chief Rafael"),
      ("VISITED", ARA, "location:cairo", "an agreement in Cairo on Tuesday",
       "2025-09-09"),
      ("VISITED", GRO, "location:cairo", "an agreement in Cairo on Tuesday", "2025-09-09"),
      ("MET_WITH", ARA, GRO, "met first with Abdelatty", "2025-09-09"),
      ("MET_WITH", ARA, BAB, "met first with Abdelatty", "2025-09-09"),
      ("MET_WITH", GRO, BAB, "met first with Abdelatty", "2025-09-09"),
      ("LEADS", BAB, "organization:egyptian-foreign-ministry", "by Egyptian Foreign Minister"),
      ("MET_WITH", ARA, SIS, "was also received by President", "2025-09-09"),
      ("LEADS", SIS, "country:egypt", "was also received by President"),
      ("ATTACKED", US, FOR, "the United States bombed Fordow", "2025-06-22"),
      ("LEADS", LAR, SNSC, "secretary of the Supreme"),
      ("REPORTED_BY", NAJ, "outlet:irna", "told IRNA")],
     {"source": "blind set (Reuters-style)", "published": "2025-09-09"}),

    ("arEG6_geneva_e3_kallas", "ar",
     "جنيف - 20 حزيران/يونيو 2025 - عقد وزير الخارجية الإيراني عباس عراقجي، اليوم الجمعة، اجتماعاً "
     "استمر أكثر من ثلاث ساعات في جنيف مع وزراء خارجية ألمانيا يوهان فاديفول وفرنسا جان نويل بارو "
     "وبريطانيا ديفيد لامي، بمشاركة مسؤولة السياسة الخارجية في الاتحاد الأوروبي كايا كالاس.\n"
     "وهو أول لقاء مباشر بين عراقجي ومسؤولين غربيين منذ بدء الهجمات الإسرائيلية على إيران في 13 "
     "حزيران/يونيو.\n"
     "وقال عراقجي للصحفيين إثر الاجتماع إن إيران مستعدة للنظر في الدبلوماسية مجدداً بمجرد توقف العدوان، "
     "مؤكداً أنه لن يتفاوض مع الولايات المتحدة ما دامت الهجمات مستمرة.\n"
     "وكان المبعوث الأميركي ستيف ويتكوف قد أجرى، بحسب مسؤولين، اتصالات هاتفية عدة بعراقجي منذ بدء الحرب، "
     "من دون أن يلتقيه.\n"
     "وفي طهران، بحث الرئيس مسعود بزشكيان هاتفياً مع الرئيس الفرنسي إيمانويل ماكرون سبل وقف التصعيد، "
     "فيما دعا رئيس البرلمان محمد باقر قاليباف إلى تعليق التعاون مع الوكالة الدولية للطاقة الذرية.",
     [("LEADS", ARA, IFM, "وزير الخارجية الإيراني عباس"),
      ("VISITED", ARA, "location:geneva", "ثلاث ساعات في جنيف", "2025-06-20"),
      ("MET_WITH", ARA, WAD, "عقد وزير الخارجية الإيراني", "2025-06-20"),
      ("MET_WITH", ARA, BAR, "عقد وزير الخارجية الإيراني", "2025-06-20"),
      ("MET_WITH", ARA, LAM, "عقد وزير الخارجية الإيراني", "2025-06-20"),
      ("MET_WITH", ARA, KAL, "عقد وزير الخارجية الإيراني", "2025-06-20"),
      ("LEADS", WAD, "organization:german-foreign-ministry", "ألمانيا يوهان"),
      ("LEADS", BAR, "organization:french-foreign-ministry", "وفرنسا جان"),
      ("LEADS", LAM, "organization:uk-foreign-office", "وبريطانيا ديفيد"),
      ("MEMBER_OF", KAL, "organization:european-union", "مسؤولة السياسة الخارجية في الاتحاد"),
      ("ATTACKED", ISR, IRN, "بدء الهجمات الإسرائيلية على إيران", "2025-06-13"),
      ("LEADS", PEZ, IRN, "بحث الرئيس مسعود"),
      ("LEADS", MAC, "country:france", "الرئيس الفرنسي إيمانويل"),
      ("LEADS", "person:mohammad-bagher-ghalibaf", "organization:iranian-parliament", "رئيس البرلمان محمد")],
     {"source": "blind set (Arabic agency-style)", "published": "2025-06-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEG")
