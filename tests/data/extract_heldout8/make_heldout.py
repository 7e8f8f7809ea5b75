"""Build the eighth held-out dev set (written after the first seven were used for tuning; run
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
}

ARTICLES = [
    ("en8_mikati_assad", "en",
     "Lebanese Prime Minister Najib Mikati and Syrian President Bashar al-Assad held talks in "
     "Damascus on Saturday, Syrian state media reported.",
     [("MET_WITH", "person:najib-mikati", "person:bashar-al-assad", "held talks"),
      ("LEADS", "person:najib-mikati", "country:lebanon", "held talks"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "held talks")]),
    ("en8_israeli_strike_arouri", "en",
     "An Israeli drone strike killed senior Hamas official Saleh al-Arouri in Beirut. Israel did "
     "not claim the attack.",
     [("ASSASSINATED_BY", "person:saleh-al-arouri", "country:israel", "Israeli drone"),
      ("MEMBER_OF", "person:saleh-al-arouri", "organization:hamas", "Israeli drone")]),
    ("en8_took_over_from", "en",
     "Qaani took over as commander of the Quds Force from Soleimani, whom he had served as "
     "deputy since 1997.",
     [("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "took over"),
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "took over")]),
    ("ar8_israel_assassinated_mousavi", "ar",
     "اغتالت إسرائيل القيادي في الحرس الثوري الإيراني رضي موسوي بغارة على منزله قرب دمشق.",
     [("ASSASSINATED_BY", "person:razi-mousavi", "country:israel", "اغتالت"),
      ("MEMBER_OF", "person:razi-mousavi", "organization:irgc", "اغتالت")]),
    ("ar8_laqaa_bayna", "ar",
     "جرى لقاء بين رئيس الوزراء اللبناني نجيب ميقاتي والرئيس السوري بشار الأسد في دمشق.",
     [("MET_WITH", "person:najib-mikati", "person:bashar-al-assad", "لقاء"),
      ("LEADS", "person:najib-mikati", "country:lebanon", "لقاء"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "لقاء")]),
    ("ar8_could_not_meet", "ar",
     "ولم يتمكن قاآني من لقاء المرجع الشيعي علي السيستاني خلال زيارته للنجف.",
     [("VISITED", "person:esmail-qaani", "location:najaf", "يتمكن")]),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
