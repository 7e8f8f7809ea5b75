"""Build the third held-out dev set (written after the first two were used for tuning; run
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
}

ARTICLES = [
    ("en3_salih_zarif_met", "en",
     "BAGHDAD (Reuters) - Iraqi President Barham Salih and Iranian Foreign Minister Mohammad "
     "Javad Zarif met on Sunday to discuss the withdrawal of U.S. troops, the Iraqi presidency "
     "said in a statement.",
     [("MET_WITH", "person:barham-salih", "person:mohammad-javad-zarif", "met on Sunday"),
      ("LEADS", "person:barham-salih", "country:iraq", "met on Sunday")]),
    ("en3_qaani_sidelines", "en",
     "Brigadier General Ismail Qaani, the new head of the Quds Force, sat down with Hadi "
     "al-Amiri on the sidelines of a funeral in Tehran. A planned meeting with Prime Minister "
     "Adil Abdul-Mahdi was cancelled.",
     [("MET_WITH", "person:esmail-qaani", "person:hadi-al-amiri", "sat down"),
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "sat down")]),
    ("en3_authorized_by_washington", "en",
     "Soleimani, 62, was assassinated in a targeted strike authorized by Washington. He was "
     "succeeded by his deputy Esmail Qaani.",
     [("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "assassinated"),
      ("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "succeeded by")]),
    ("en3_erdogan_hosts", "en",
     "Turkish President Recep Tayyip Erdogan hosted Iraqi Prime Minister Mustafa al-Kadhimi in "
     "Ankara on Thursday.",
     [("MET_WITH", "person:recep-tayyip-erdogan", "person:mustafa-al-kadhimi", "hosted"),
      ("LEADS", "person:recep-tayyip-erdogan", "country:turkey", "hosted"),
      ("LEADS", "person:mustafa-al-kadhimi", "country:iraq", "hosted"),
      ("VISITED", "person:mustafa-al-kadhimi", "country:turkey", "hosted")]),
    ("ar3_tamma_ightiyal", "ar",
     "تمّ اغتيالُ القائدِ العسكري الإيراني قاسم سُليماني بضربةٍ أمريكية في بغداد، فيما نجا قائد "
     "آخر من محاولة اغتيال.",
     [("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "تمّ")]),
    ("ar3_salih_erdogan", "ar",
     "وعلى هامش القمة، التقى الرئيس العراقي برهم صالح نظيره التركي رجب طيب أردوغان، وبحثا "
     "العلاقات الثنائية.",
     [("MET_WITH", "person:barham-salih", "person:recep-tayyip-erdogan", "هامش"),
      ("LEADS", "person:barham-salih", "country:iraq", "هامش"),
      ("LEADS", "person:recep-tayyip-erdogan", "country:turkey", "هامش")]),
    ("ar3_nasrallah_qaani_beirut", "ar",
     "قال الأمين العام لحزب الله حسن نصر الله إن الجنرال إسماعيل قاآني الذي خلف سليماني زار "
     "بيروت الأسبوع الماضي.",
     [("LEADS", "person:hassan-nasrallah", "organization:hezbollah", "قال"),
      ("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "قال"),
      ("VISITED", "person:esmail-qaani", "location:beirut", "قال")]),
    ("ar3_no_meeting", "ar",
     "لم يلتقِ قائد فيلق القدس بأي مسؤول عراقي خلال زيارته الأخيرة إلى العاصمة بغداد، بحسب "
     "مصدر مطلع.",
     [("VISITED", "person:esmail-qaani", "location:baghdad", "لم"),
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "لم")]),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
