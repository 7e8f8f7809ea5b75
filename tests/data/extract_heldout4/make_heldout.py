"""Build the fourth held-out dev set (written after the first three were used for tuning; run
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
}

ARTICLES = [
    ("en4_phone_call", "en",
     "In a phone call on Monday, Iraqi Prime Minister Mohammed Shia al-Sudani and Iranian "
     "President Ebrahim Raisi discussed border security.",
     [("LEADS", "person:mohammed-shia-al-sudani", "country:iraq", "phone call"),
      ("LEADS", "person:ebrahim-raisi", "country:iran", "phone call")]),
    ("en4_predecessor_killed", "en",
     "Qaani's predecessor, Qassem Soleimani, was killed by a U.S. drone strike at Baghdad airport "
     "on Jan. 3, 2020.",
     [("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "predecessor"),
      ("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "predecessor")]),
    ("en4_general_militia_leaders", "en",
     "Esmail Qaani arrived in Baghdad on Tuesday. The general, who succeeded Soleimani, met with "
     "Iraqi militia leaders including Kataib Hezbollah chief Abu Fadak al-Mohammedawi.",
     [("VISITED", "person:esmail-qaani", "location:baghdad", "arrived"),
      ("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "The general"),
      ("MET_WITH", "person:esmail-qaani", "person:abu-fadak-al-mohammedawi", "The general"),
      ("LEADS", "person:abu-fadak-al-mohammedawi", "organization:kataib-hezbollah",
       "The general")]),
    ("en4_amiri_not_met", "en",
     "Hadi al-Amiri, head of the Badr Organization, told reporters he had not met Qaani since "
     "January.",
     [("LEADS", "person:hadi-al-amiri", "organization:badr-organization", "told")]),
    ("ar4_khamenei_sudani", "ar",
     "استقبل المرشد الإيراني علي خامنئي رئيس الوزراء العراقي محمد شياع السوداني في طهران.",
     [("MET_WITH", "person:ali-khamenei", "person:mohammed-shia-al-sudani", "استقبل"),
      ("LEADS", "person:ali-khamenei", "country:iran", "استقبل"),
      ("LEADS", "person:mohammed-shia-al-sudani", "country:iraq", "استقبل"),
      ("VISITED", "person:mohammed-shia-al-sudani", "country:iran", "استقبل")]),
    ("ar4_qad_qutila", "ar",
     "وكان سليماني قد قتل مطلع عام 2020 في غارة نفذتها طائرة أمريكية مسيرة قرب مطار بغداد.",
     [("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "وكان")]),
    ("ar4_office_denies", "ar",
     "نفى مكتب رئيس الوزراء العراقي أن يكون الكاظمي قد التقى قائد فيلق القدس.",
     [("LEADS", "person:esmail-qaani", "organization:quds-force", "نفى")]),
    ("ar4_kadhimi_washington", "ar",
     "زار رئيس الوزراء العراقي مصطفى الكاظمي واشنطن حيث التقى الرئيس الأمريكي جو بايدن في البيت "
     "الأبيض.",
     [("VISITED", "person:mustafa-al-kadhimi", "country:united-states", "زار"),
      ("MET_WITH", "person:mustafa-al-kadhimi", "person:joe-biden", "زار"),
      ("LEADS", "person:mustafa-al-kadhimi", "country:iraq", "زار"),
      ("LEADS", "person:joe-biden", "country:united-states", "زار")]),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
