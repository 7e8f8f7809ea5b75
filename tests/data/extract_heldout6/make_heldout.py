"""Build the sixth held-out dev set (written after the first five were used for tuning; run
blind once, figures recorded in the commit message and docs/extraction.md). Build (canonical article JSON) from compact hand annotations.

Written before tuning on them: new spellings of known people, new people introduced by title,
both languages, negation / modality / passive / lists. Run from the repo root:
    python tests/data/extract_heldout/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_builder import build  # noqa: E402

HERE = Path(__file__).parent
E = {  # id -> (type, name)
    "person:esmail-qaani": ("Person", "Esmail Qaani"),
    "person:qasem-soleimani": ("Person", "Qasem Soleimani"),
    "person:mustafa-al-kadhimi": ("Person", "Mustafa al-Kadhimi"),
    "person:barham-salih": ("Person", "Barham Salih"),
    "person:hadi-al-amiri": ("Person", "Hadi al-Amiri"),
    "person:qais-al-khazali": ("Person", "Qais al-Khazali"),
    "person:falih-al-fayyadh": ("Person", "Falih al-Fayyadh"),
    "person:abu-mahdi-al-muhandis": ("Person", "Abu Mahdi al-Muhandis"),
    "person:donald-trump": ("Person", "Donald Trump"),
    "person:ali-khamenei": ("Person", "Ali Khamenei"),
    "person:fuad-hussein": ("Person", "Fuad Hussein"),
    "person:hossein-amir-abdollahian": ("Person", "Hossein Amir-Abdollahian"),
    "person:mohammed-bin-salman": ("Person", "Mohammed bin Salman"),
    "person:mike-pompeo": ("Person", "Mike Pompeo"),
    "person:ahmad-al-hamidawi": ("Person", "Ahmad al-Hamidawi"),
    "person:adil-abdul-mahdi": ("Person", "Adil Abdul-Mahdi"),
    "person:abu-ali-al-askari": ("Person", "Abu Ali al-Askari"),
    "person:kenneth-mckenzie": ("Person", "Kenneth McKenzie"),
    "organization:quds-force": ("Organization", "Quds Force"),
    "organization:popular-mobilization-forces": ("Organization", "Popular Mobilization Forces"),
    "organization:kataib-hezbollah": ("Organization", "Kataib Hezbollah"),
    "organization:badr-organization": ("Organization", "Badr Organization"),
    "organization:asaib-ahl-al-haq": ("Organization", "Asaib Ahl al-Haq"),
    "organization:iran-backed-militias": ("Organization", "Iran-backed militias in Iraq"),
    "organization:us-central-command": ("Organization", "US Central Command"),
    "country:united-states": ("Country", "United States"),
    "country:iraq": ("Country", "Iraq"),
    "country:iran": ("Country", "Iran"),
    "location:baghdad": ("Location", "Baghdad"),
    "location:riyadh": ("Location", "Riyadh"),
    "location:green-zone": ("Location", "Green Zone"),
    "location:us-embassy-baghdad": ("Location", "US Embassy in Baghdad"),
    "person:mohammad-javad-zarif": ("Person", "Mohammad Javad Zarif"),
    "person:benjamin-netanyahu": ("Person", "Benjamin Netanyahu"),
    "person:antony-blinken": ("Person", "Antony Blinken"),
    "person:mahmoud-abbas": ("Person", "Mahmoud Abbas"),
    "person:hassan-nasrallah": ("Person", "Hassan Nasrallah"),
    "person:ahmed-mulla-talal": ("Person", "Ahmed Mulla Talal"),
    "person:lloyd-austin": ("Person", "Lloyd Austin"),
    "person:juma-inad": ("Person", "Juma Inad"),
    "person:abdul-amir-yarallah": ("Person", "Abdul Amir Yarallah"),
    "organization:hezbollah": ("Organization", "Hezbollah"),
    "organization:irgc": ("Organization", "Islamic Revolutionary Guard Corps"),
    "organization:iraqi-government": ("Organization", "Government of Iraq"),
    "country:israel": ("Country", "Israel"),
    "country:palestine": ("Country", "Palestine"),
    "country:turkey": ("Country", "Turkey"),
    "person:recep-tayyip-erdogan": ("Person", "Recep Tayyip Erdogan"),
    "location:beirut": ("Location", "Beirut"),
    "person:mohammed-shia-al-sudani": ("Person", "Mohammed Shia al-Sudani"),
    "person:ebrahim-raisi": ("Person", "Ebrahim Raisi"),
    "person:abu-fadak-al-mohammedawi": ("Person", "Abu Fadak al-Mohammedawi"),
    "person:joe-biden": ("Person", "Joe Biden"),
    "person:hossein-salami": ("Person", "Hossein Salami"),
    "person:muqtada-al-sadr": ("Person", "Muqtada al-Sadr"),
    "location:erbil": ("Location", "Erbil"),
    "person:qassim-al-araji": ("Person", "Qassim al-Araji"),
    "person:ali-shamkhani": ("Person", "Ali Shamkhani"),
    "person:ismail-haniyeh": ("Person", "Ismail Haniyeh"),
    "organization:hamas": ("Organization", "Hamas"),
    "country:qatar": ("Country", "Qatar"),
    "person:hassan-rouhani": ("Person", "Hassan Rouhani"),
    "person:tamim-bin-hamad-al-thani": ("Person", "Tamim bin Hamad Al Thani"),
}

ARTICLES = [
    ("en6_araji_shamkhani", "en",
     "Iraq's national security adviser Qassim al-Araji held talks in Tehran with Ali Shamkhani, "
     "secretary of Iran's Supreme National Security Council, the Iraqi News Agency reported.",
     [("MET_WITH", "person:qassim-al-araji", "person:ali-shamkhani", "held talks"),
      ("VISITED", "person:qassim-al-araji", "country:iran", "held talks")]),
    ("en6_haniyeh_killed", "en",
     "Hamas political leader Ismail Haniyeh was killed in Tehran, the group said, blaming Israel. "
     "Israel has not commented.",
     [("LEADS", "person:ismail-haniyeh", "organization:hamas", "political leader")]),
    ("en6_reported_meeting", "en",
     "According to two Iraqi officials, Qaani met Kataib Hezbollah leaders in Baghdad on Monday "
     "and urged them to halt attacks on U.S. forces.",
     [("MET_WITH", "person:esmail-qaani", "organization:kataib-hezbollah", "According")]),
    ("en6_kadhimi_visit_tehran", "en",
     "Kadhimi's first foreign trip as prime minister was to Tehran, where he met President "
     "Hassan Rouhani and Supreme Leader Ali Khamenei.",
     [("VISITED", "person:mustafa-al-kadhimi", "country:iran", "foreign trip"),
      ("MET_WITH", "person:mustafa-al-kadhimi", "person:hassan-rouhani", "foreign trip"),
      ("MET_WITH", "person:mustafa-al-kadhimi", "person:ali-khamenei", "foreign trip")]),
    ("ar6_araji_tehran", "ar",
     "بحث مستشار الأمن الوطني العراقي قاسم الأعرجي مع أمين المجلس الأعلى للأمن القومي الإيراني "
     "علي شمخاني في طهران ملف الحدود.",
     [("MET_WITH", "person:qassim-al-araji", "person:ali-shamkhani", "بحث")]),
    ("ar6_haniyeh", "ar",
     "اغتيل رئيس المكتب السياسي لحركة حماس إسماعيل هنية في طهران، واتهمت الحركة إسرائيل بالوقوف "
     "وراء العملية.",
     [("LEADS", "person:ismail-haniyeh", "organization:hamas", "اغتيل")]),
    ("ar6_qaani_khalaf_list", "ar",
     "وأشار المصدر إلى أن قاآني، الذي خلف سليماني مطلع 2020، اجتمع بقادة كتائب حزب الله وعصائب "
     "أهل الحق في مقر سري.",
     [("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "وأشار"),
      ("MET_WITH", "person:esmail-qaani", "organization:kataib-hezbollah", "وأشار"),
      ("MET_WITH", "person:esmail-qaani", "organization:asaib-ahl-al-haq", "وأشار")]),
    ("ar6_doha_visit", "ar",
     "توجه هنية إلى الدوحة حيث التقى أمير قطر تميم بن حمد آل ثاني.",
     [("VISITED", "person:ismail-haniyeh", "country:qatar", "توجه"),
      ("MET_WITH", "person:ismail-haniyeh", "person:tamim-bin-hamad-al-thani", "توجه"),
      ("LEADS", "person:tamim-bin-hamad-al-thani", "country:qatar", "توجه")]),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
