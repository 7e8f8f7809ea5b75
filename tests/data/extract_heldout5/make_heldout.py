"""Build the fifth held-out dev set (written after the first four were used for tuning; run
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
}

ARTICLES = [
    ("en5_dateline_quote", "en",
     "TEHRAN, Jan 5 (AP) - \"We will take revenge,\" said IRGC commander Hossein Salami, days "
     "after Gen. Qassem Soleimani was slain in an American airstrike. Salami spoke as mourners "
     "filled the streets of the capital.",
     [("LEADS", "person:hossein-salami", "organization:irgc", "revenge"),
      ("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "revenge")]),
    ("en5_mckenzie_visit", "en",
     "Gen. Kenneth McKenzie, the head of U.S. Central Command, made an unannounced visit to "
     "Erbil, where he met Kurdish officials. He did not travel to Baghdad.",
     [("LEADS", "person:kenneth-mckenzie", "organization:us-central-command", "unannounced"),
      ("VISITED", "person:kenneth-mckenzie", "location:erbil", "unannounced")]),
    ("en5_sadr_met_qaani", "en",
     "Shiite cleric Muqtada al-Sadr met Iran's Esmail Qaani in Najaf last week, two officials "
     "close to Sadr told Reuters.",
     [("MET_WITH", "person:muqtada-al-sadr", "person:esmail-qaani", "cleric")]),
    ("en5_both_killed", "en",
     "Both men - Soleimani and the Iraqi militia commander Abu Mahdi al-Muhandis - died in the "
     "attack, which the Pentagon said was carried out at the direction of the president.",
     []),
    ("ar5_sadr_qaani", "ar",
     "التقى زعيم التيار الصدري مقتدى الصدر بقائد فيلق القدس إسماعيل قاآني في النجف، حسب ما أفادت "
     "مصادر مقربة من الصدر.",
     [("MET_WITH", "person:muqtada-al-sadr", "person:esmail-qaani", "التقى"),
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "التقى")]),
    ("ar5_salami_threat", "ar",
     "هدد قائد الحرس الثوري الإيراني اللواء حسين سلامي بالرد على اغتيال سليماني الذي قضى بضربة "
     "أمريكية.",
     [("LEADS", "person:hossein-salami", "organization:irgc", "هدد"),
      ("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "هدد")]),
    ("ar5_talks_between", "ar",
     "جرت محادثات بين الكاظمي وبايدن في البيت الأبيض تناولت مستقبل القوات الأمريكية في العراق.",
     [("MET_WITH", "person:mustafa-al-kadhimi", "person:joe-biden", "محادثات")]),
    ("ar5_no_agent", "ar",
     "قتل قيادي بارز في الحشد الشعبي بانفجار عبوة ناسفة جنوب بغداد، ولم تتبن أي جهة العملية.",
     []),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
