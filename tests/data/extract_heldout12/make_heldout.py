"""Build the twelfth held-out dev set (written and annotated before the extractor was run on it;
run blind once, figure recorded in the commit message). Build (canonical article JSON) from compact hand annotations.

Written before tuning on them: new spellings of known people, new people introduced by title,
both languages, negation / modality / passive / lists. Run from the repo root:
    python tests/data/extract_heldout12/make_heldout.py
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
    "person:ahmed-al-asadi": ("Person", "Ahmed al-Asadi"),
    "organization:kataib-sayyid-al-shuhada": ("Organization", "Kataib Sayyid al-Shuhada"),
    "person:abu-alaa-al-walai": ("Person", "Abu Alaa al-Walai"),
    "person:abu-baqir-al-saadi": ("Person", "Abu Baqir al-Saadi"),
    "person:ahmed-al-sahaf": ("Person", "Ahmed al-Sahaf"),
    "person:nechirvan-barzani": ("Person", "Nechirvan Barzani"),
    "person:brett-mcgurk": ("Person", "Brett McGurk"),
    "person:thabit-al-abbasi": ("Person", "Thabit al-Abbasi"),
}

ARTICLES = [
    ("en12_ghaani_list", "en",
     "Quds Force chief Ismail Ghaani held talks in Baghdad with Prime Minister Mustafa "
     "al-Kazimi, Hadi al-Ameri and Qais al-Khazaali.",
     [("MET_WITH", "person:esmail-qaani", "person:mustafa-al-kadhimi", "held talks"),
      ("MET_WITH", "person:esmail-qaani", "person:hadi-al-amiri", "held talks"),
      ("MET_WITH", "person:esmail-qaani", "person:qais-al-khazali", "held talks")]),
    ("en12_defence_received", "en",
     "Iraqi Defence Minister Thabit al-Abbasi was received by Ismail Qaani in Tehran on "
     "Sunday, the ministry said.",
     [("MET_WITH", "person:thabit-al-abbasi", "person:esmail-qaani", "was received")]),
    ("en12_suleimani_killed", "en",
     "Qassem Suleimani was killed by the United States in a drone strike near Baghdad airport "
     "in January 2020.",
     [("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "was killed")]),
    ("en12_succeeded", "en",
     "Ghaani succeeded Suleimani at the head of the Quds Force after the general was killed "
     "in an American strike.",
     [("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "succeeded"),
      ("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "succeeded")]),
    ("en12_kazimi_no_meeting", "en",
     "Kazimi did not meet the Iranian commander during his visit to Tehran, an aide said.",
     []),
    ("en12_nasrallah_says", "en",
     "Hezbollah leader Hassan Nasrallah said he had met Ismail Qaani in Beirut last week.",
     [("MET_WITH", "person:hassan-nasrallah", "person:esmail-qaani", "had met")]),
    ("en12_mbs_kadhemi", "en",
     "Saudi Crown Prince Mohammed bin Salman and Iraqi Prime Minister Mustafa Kadhemi met in "
     "Riyadh on Monday.",
     [("MET_WITH", "person:mohammed-bin-salman", "person:mustafa-al-kadhimi", "met in")]),
    ("ar12_kazimi_receives", "ar",
     "استقبل رئيس الوزراء العراقي مصطفى الكاظمي قائد فيلق القدس إسماعيل قآني في بغداد، وبحث "
     "معه الأوضاع الأمنية.",
     [("MET_WITH", "person:mustafa-al-kadhimi", "person:esmail-qaani", "استقبل")]),
    ("ar12_salami_nasrallah", "ar",
     "والتقى قائد الحرس الثوري اللواء حسين سلامي بالأمين العام لحزب الله حسن نصر الله في "
     "بيروت.",
     [("MET_WITH", "person:hossein-salami", "person:hassan-nasrallah", "والتقى")]),
    ("ar12_strike", "ar",
     "اغتيل قاسم سليمانى ونائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس بضربة أمريكية قرب "
     "مطار بغداد.",
     [("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "اغتيل"),
      ("ASSASSINATED_BY", "person:abu-mahdi-al-muhandis", "country:united-states", "اغتيل")]),
    ("ar12_successor", "ar",
     "عيّن المرشد الإيراني علي خامنئي اللواء إسماعيل قاآنى خلفاً لقاسم سليماني في قيادة فيلق "
     "القدس.",
     [("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "خلفاً")]),
    ("ar12_no_meeting", "ar",
     "ولم يلتقِ وزير الخارجية الإيراني عباس عراقجي برئيس الجمهورية العراقي عبد اللطيف رشيد "
     "خلال زيارته.",
     []),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
