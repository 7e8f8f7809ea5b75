"""Build the ninth held-out dev set (written after the first eight were used for tuning; run
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
    "person:akram-al-kaabi": ("Person", "Akram al-Kaabi"),
    "organization:harakat-al-nujaba": ("Organization", "Harakat Hezbollah al-Nujaba"),
    "person:najib-mikati": ("Person", "Najib Mikati"),
    "person:bashar-al-assad": ("Person", "Bashar al-Assad"),
    "country:lebanon": ("Country", "Lebanon"),
    "country:syria": ("Country", "Syria"),
    "person:saleh-al-arouri": ("Person", "Saleh al-Arouri"),
    "person:razi-mousavi": ("Person", "Razi Mousavi"),
    "location:najaf": ("Location", "Najaf"),
    "person:abdul-aziz-al-muhammadawi": ("Person", "Abdul Aziz al-Muhammadawi"),
    "person:hussein-amir-abdollahian": ("Person", "Hossein Amir-Abdollahian"),
}

ARTICLES = [
    ("en9_pmf_chief", "en",
     "Abdul Aziz al-Muhammadawi, the chief of staff of the Popular Mobilization Forces, met "
     "Qaani in Baghdad, according to a PMF statement. The two did not discuss the U.S. "
     "presence, the statement added.",
     [("LEADS", "person:abdul-aziz-al-muhammadawi", "organization:popular-mobilization-forces",
       "chief of staff"),
      ("MET_WITH", "person:abdul-aziz-al-muhammadawi", "person:esmail-qaani", "chief of staff")]),
    ("en9_trump_ordered", "en",
     "Trump said he ordered the drone strike that killed Soleimani to stop an imminent attack. "
     "Iran's Foreign Minister Javad Zarif called it an act of international terrorism.",
     [("ASSASSINATED_BY", "person:qasem-soleimani", "person:donald-trump", "ordered")]),
    ("en9_kadhimi_successor", "en",
     "Mohammed Shia al-Sudani, who succeeded Mustafa al-Kadhimi as prime minister, visited "
     "Tehran in November and met Supreme Leader Ali Khamenei.",
     [("SUCCESSOR_OF", "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi",
       "succeeded"),
      ("VISITED", "person:mohammed-shia-al-sudani", "country:iran", "succeeded"),
      ("MET_WITH", "person:mohammed-shia-al-sudani", "person:ali-khamenei", "succeeded")]),
    ("ar9_sudani_khalifa", "ar",
     "وأكد السوداني، الذي خلف الكاظمي في رئاسة الحكومة، خلال لقائه وزير الخارجية الإيراني حسين "
     "أمير عبد اللهيان أن العراق لن يكون منطلقا للاعتداء على جيرانه.",
     [("SUCCESSOR_OF", "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi", "خلف"),
      ("MET_WITH", "person:mohammed-shia-al-sudani", "person:hossein-amir-abdollahian", "خلف")]),
    ("ar9_muhandis_drone", "ar",
     "قتل أبو مهدي المهندس مع سليماني بضربة طائرة مسيرة أمريكية عند مطار بغداد.",
     [("ASSASSINATED_BY", "person:abu-mahdi-al-muhandis", "country:united-states", "قتل"),
      ("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "قتل")]),
    ("ar9_visit_cancelled", "ar",
     "ألغى رئيس الوزراء العراقي زيارة كانت مقررة إلى طهران، ولم يلتق أي مسؤول إيراني.",
     []),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
