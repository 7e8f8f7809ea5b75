"""Build the held-out dev set (canonical article JSON) from compact hand annotations.

Written before tuning on them: new spellings of known people, new people introduced by title,
both languages, negation / modality / passive / lists. Run from the repo root:
    python tests/data/extract_heldout/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_builder import build  # noqa: E402
from heldout_entities import ENTITIES as E  # noqa: E402

HERE = Path(__file__).parent

ARTICLES = [
    ("en_ghaani_baghdad_talks", "en",
     "Iranian Quds Force commander Esmaeel Ghaani arrived in Baghdad on Monday and met Iraqi "
     "Prime Minister Mostafa al-Kazemi, Iraqi officials said. Ghaani also held talks with Hadi "
     "al-Amiri, Qais al-Khazali and Falih al-Fayyadh at the headquarters of the Popular "
     "Mobilization Forces. The Iranian general did not meet President Barham Saleh, according "
     "to a statement from the presidency.",
     [("VISITED", "person:esmail-qaani", "location:baghdad", "arrived in Baghdad"),
      ("MET_WITH", "person:esmail-qaani", "person:mustafa-al-kadhimi", "arrived in Baghdad"),
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "arrived in Baghdad"),
      ("LEADS", "person:mustafa-al-kadhimi", "country:iraq", "arrived in Baghdad"),
      ("MET_WITH", "person:esmail-qaani", "person:hadi-al-amiri", "held talks"),
      ("MET_WITH", "person:esmail-qaani", "person:qais-al-khazali", "held talks"),
      ("MET_WITH", "person:esmail-qaani", "person:falih-al-fayyadh", "held talks")]),
    ("en_sulaimani_strike", "en",
     "Qassem Sulaimani, the commander of Iran's elite Quds Force, was killed in a U.S. drone "
     "strike near Baghdad International Airport in January 2020. The strike, ordered by "
     "President Donald Trump, also killed Abu Mahdi al-Mohandis, the deputy head of the Popular "
     "Mobilization Forces. A week later, a senior Kataib Hezbollah member was killed in a drone "
     "strike in eastern Syria; no group claimed responsibility.",
     [("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "drone strike near"),
      ("LEADS", "person:qasem-soleimani", "organization:quds-force", "drone strike near"),
      ("ASSASSINATED_BY", "person:abu-mahdi-al-muhandis", "person:donald-trump", "ordered by"),
      ("MEMBER_OF", "person:abu-mahdi-al-muhandis", "organization:popular-mobilization-forces",
       "ordered by")]),
    ("en_qaani_appointed", "en",
     "Brigadier General Esmail Qa'ani was appointed head of the Quds Force hours after the "
     "assassination of Qasem Soleimani. Supreme Leader Ali Khamenei named Qa'ani, Soleimani's "
     "longtime deputy, as his successor. Analysts say Qa'ani lacks the charisma of his "
     "predecessor.",
     [("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "was appointed head"),
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "was appointed head")]),
    ("en_fuad_hussein_tehran", "en",
     "Iraqi Foreign Minister Fuad Hussein met his Iranian counterpart Hossein Amir-Abdollahian "
     "in Tehran on Sunday, the Iraqi foreign ministry said. The two ministers discussed the "
     "withdrawal of US forces from Iraq. Hussein later travelled to Riyadh, where he held talks "
     "with Saudi Crown Prince Mohammed bin Salman.",
     [("MET_WITH", "person:fuad-hussein", "person:hossein-amir-abdollahian", "counterpart"),
      ("VISITED", "person:fuad-hussein", "country:iran", "counterpart"),
      ("VISITED", "person:fuad-hussein", "location:riyadh", "travelled to Riyadh"),
      ("MET_WITH", "person:fuad-hussein", "person:mohammed-bin-salman", "travelled to Riyadh")]),
    ("en_pompeo_no_meeting", "en",
     "US Secretary of State Mike Pompeo will meet Kadhimi in Washington next week, officials "
     "said. Pompeo has never met Qaani. Kataib Hezbollah leader Ahmad al-Hamidawi denied meeting "
     "Iranian officials in Beirut.",
     [("LEADS", "person:ahmad-al-hamidawi", "organization:kataib-hezbollah", "denied meeting")]),
    ("en_kadhemi_receives", "en",
     "Mustafa Kadhemi, who succeeded Adel Abdul-Mahdi as prime minister in May 2020, received "
     "the commander of Iran's Quds Force in his office on Wednesday. Kadhemi told the Iranian "
     "commander that Iraq would not become a battleground. Ismail Qaani replaced the slain "
     "General Qasim Soleimani in January 2020.",
     [("SUCCESSOR_OF", "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi", "who succeeded"),
      ("MET_WITH", "person:mustafa-al-kadhimi", "person:esmail-qaani", "who succeeded"),
      # added after the first run, to follow the seed's convention that a title used in
      # place of a name ("the commander of Iran's Quds Force") supports LEADS
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "who succeeded"),
      ("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "replaced the slain")]),
    ("ar_qaani_meets_kadhimi", "ar",
     "التقى قائد فيلق القدس الإيراني إسماعيل قائاني رئيس الوزراء العراقي مصطفى الكاظمى في بغداد "
     "يوم الأحد، وفق ما أفاد مصدر حكومي. كما اجتمع قاآني مع زعيم منظمة بدر هادي العامري والأمين "
     "العام لعصائب أهل الحق قيس الخزعلي. ولم يلتق المسؤول الإيراني برئيس الجمهورية برهم صالح.",
     [("MET_WITH", "person:esmail-qaani", "person:mustafa-al-kadhimi", "التقى قائد"),
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "التقى قائد"),
      ("LEADS", "person:mustafa-al-kadhimi", "country:iraq", "التقى قائد"),
      ("MET_WITH", "person:esmail-qaani", "person:hadi-al-amiri", "كما اجتمع"),
      ("MET_WITH", "person:esmail-qaani", "person:qais-al-khazali", "كما اجتمع"),
      ("LEADS", "person:hadi-al-amiri", "organization:badr-organization", "كما اجتمع"),
      ("LEADS", "person:qais-al-khazali", "organization:asaib-ahl-al-haq", "كما اجتمع")]),
    ("ar_soleimani_muhandis_strike", "ar",
     "اغتالت الولايات المتحدة الجنرال قاسم سليمانى ونائب رئيس هيئة الحشد الشعبي أبو مهدي "
     "المهندس بغارة جوية قرب مطار بغداد الدولي مطلع عام 2020. وقالت وزارة الدفاع الأمريكية إن "
     "الرئيس دونالد ترامب أمر بتنفيذ الضربة. وفي حادث منفصل، قُتل القيادي في كتائب حزب الله أبو "
     "علي العسكري في غارة مجهولة.",
     [("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "اغتالت"),
      ("ASSASSINATED_BY", "person:abu-mahdi-al-muhandis", "country:united-states", "اغتالت"),
      ("MEMBER_OF", "person:abu-mahdi-al-muhandis", "organization:popular-mobilization-forces",
       "اغتالت"),
      ("MEMBER_OF", "person:abu-ali-al-askari", "organization:kataib-hezbollah", "حادث منفصل")]),
    ("ar_qaani_appointed", "ar",
     "عيّن المرشد الإيراني علي خامنئي العميد إسماعيل قاآني قائداً لفيلق القدس خلفاً لقاسم "
     "سليماني الذي قتل في ضربة أمريكية ببغداد. وكان قاآني نائباً لسليماني لسنوات طويلة.",
     [("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "عيّن"),
      ("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "عيّن"),
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "عيّن"),
      ("LEADS", "person:ali-khamenei", "country:iran", "عيّن")]),
    ("ar_abdollahian_baghdad", "ar",
     "وصل وزير الخارجية الإيراني حسين أمير عبد اللهيان إلى بغداد مساء الثلاثاء في زيارة رسمية "
     "تستمر يومين. واجتمع عبد اللهيان بنظيره العراقي فؤاد حسين، وبحث معه العلاقات الثنائية. ومن "
     "المقرر أن يلتقي الوزير الإيراني رئيس الوزراء الكاظمي غداً.",
     [("VISITED", "person:hossein-amir-abdollahian", "location:baghdad", "وصل"),
      ("MET_WITH", "person:hossein-amir-abdollahian", "person:fuad-hussein", "واجتمع")]),
    ("ar_embassy_rockets", "ar",
     "قال مسؤول أمني عراقي إن صاروخين سقطا قرب السفارة الأمريكية في المنطقة الخضراء ببغداد. ولم "
     "تعلن أي جهة مسؤوليتها عن الهجوم. وتتهم واشنطن فصائل مدعومة من إيران، بينها كتائب حزب الله، "
     "بتنفيذ هجمات مماثلة.",
     [("LOCATED_IN", "location:us-embassy-baghdad", "location:green-zone", "صاروخين"),
      ("LOCATED_IN", "location:green-zone", "location:baghdad", "صاروخين"),
      ("SUPPORTS", "country:iran", "organization:iran-backed-militias", "وتتهم")]),
    ("ar_salih_mckenzie", "ar",
     "استقبل رئيس الجمهورية العراقي برهم صالح في قصر السلام ببغداد قائد القيادة المركزية "
     "الأمريكية الجنرال كينيث ماكنزي. وأكد صالح خلال اللقاء على أهمية التعاون بين البلدين. من "
     "جهته، نفى ماكنزي أن يكون قد التقى قادة الفصائل المسلحة.",
     [("MET_WITH", "person:barham-salih", "person:kenneth-mckenzie", "استقبل"),
      ("LEADS", "person:barham-salih", "country:iraq", "استقبل"),
      ("LEADS", "person:kenneth-mckenzie", "organization:us-central-command", "استقبل")]),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
