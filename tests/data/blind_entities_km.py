"""Entities new to the project used by blind sets KK, KL and KM (session 33: Lebanon and Syria 2024-2025:
Hezbollah's leadership after Nasrallah and the commanders Israel killed, Lebanon's new president, prime
minister, ministers and security chiefs, the envoys received in Beirut, and Syria's transition: the new
authorities in Damascus, their ministers and governors, and the delegations they received).

`NEW` holds only ids that none of the tables merged by `merged_all(TABLES_TO_SESSION_31)` defines (the
2,905 ids of entity_ids.txt). `ALL` merges those tables plus NEW. The parallel annotators' files of
session 33 are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_tables import TABLES_TO_SESSION_31, merged_all  # noqa: E402

_BEFORE = merged_all(TABLES_TO_SESSION_31)

NEW = {
    # --- people: Hezbollah
    "person:hassan-khalil-yassin": ("Person", "Hassan Khalil Yassin (head of a Hezbollah intelligence unit, killed 2024)", "حسن خليل ياسين"),
    "person:mohammed-jaafar-qasir": ("Person", "Mohammed Jaafar Qasir (head of Hezbollah's Unit 4400, killed 2024)", "محمد جعفر قصير"),
    "person:samir-tawfiq-dib": ("Person", "Samir Tawfiq Dib (adviser to Hassan Nasrallah, killed 2024)", "سمير توفيق ديب"),
    # --- people: Lebanon
    "person:laura-lahoud": ("Person", "Laura Lahoud (Lebanese tourism minister, Salam government)", "لورا الخازن لحود"),
    "person:walid-nassar": ("Person", "Walid Nassar (Lebanese tourism minister, Mikati government)", "وليد نصار"),
    "person:charles-al-hage": ("Person", "Charles al-Hage (Lebanese telecommunications minister, Salam government)", "شارل الحاج"),
    "person:johnny-corm": ("Person", "Johnny Corm (Lebanese telecommunications minister, Mikati government)", "جوني القرم"),
    "person:nora-bayrakdarian": ("Person", "Nora Bayrakdarian (Lebanese youth and sports minister, Salam government)", "نورا بايراقداريان"),
    "person:george-kallas": ("Person", "George Kallas (Lebanese youth and sports minister, Mikati government)", "جورج كلاس"),
    "person:joe-issa-el-khoury": ("Person", "Joe Issa el-Khoury (Lebanese industry minister, Salam government)", "جو عيسى الخوري"),
    "person:george-bouchikian": ("Person", "George Bouchikian (Lebanese industry minister, Mikati government)", "جورج بوشكيان"),
    "person:taymour-jumblatt": ("Person", "Taymour Jumblatt (head of the Progressive Socialist Party)", "تيمور جنبلاط"),
    "person:nada-hamadeh-moawad": ("Person", "Nada Hamadeh Moawad (Lebanese ambassador to the United States)", "ندى حمادة معوض"),
    # --- people: Qatar, Saudi Arabia, Spain
    "person:jassim-bin-fahad-al-thani": ("Person", "Jassim bin Fahad Al Thani (Qatari envoy to Lebanon, 'Abu Fahad')", "جاسم بن فهد آل ثاني"),
    "person:abdulrahman-al-fadley": ("Person", "Abdulrahman Al-Fadley (Saudi minister of environment, water and agriculture)", "عبد الرحمن الفضلي"),
    "person:jose-manuel-albares": ("Person", "Jose Manuel Albares (Spanish foreign minister)", "خوسيه مانويل ألباريس"),
    # --- people: Syria
    "person:mohammed-abu-al-khair-shukri": ("Person", "Mohammed Abu al-Khair Shukri (Syrian minister of awqaf, 2025)", "محمد أبو الخير شكري"),
    "person:maher-marwan": ("Person", "Maher Marwan (governor of Damascus)", "ماهر مروان"),
    "person:abdulsalam-haykal": ("Person", "Abdulsalam Haykal (Syrian minister of communications, 2025)", "عبد السلام هيكل"),
    "person:mohammed-anjarani": ("Person", "Mohammed Anjarani (Syrian minister of local administration and environment, 2025)", "محمد عنجراني"),
    "person:azzam-al-gharib": ("Person", "Azzam al-Gharib (governor of Aleppo)", "عزام الغريب"),
    "person:amjad-badr": ("Person", "Amjad Badr (Syrian minister of agriculture, 2025)", "أمجد بدر"),
    "person:yarub-badr": ("Person", "Yarub Badr (Syrian minister of transport, 2025)", "يعرب بدر"),
    "person:mohammad-abdul-rahman-turko": ("Person", "Mohammad Abdul Rahman Turko (Syrian minister of education, 2025)", "محمد عبد الرحمن تركو"),
    "person:nazir-al-qadri": ("Person", "Nazir al-Qadri (Syrian caretaker education minister, 2024-2025)", "نذير القادري"),
    "person:laith-al-balous": ("Person", "Laith al-Balous (Druze leader in Sweida)", "ليث البلعوس"),
    # --- places, organisations
    "country:spain": ("Country", "Spain", "إسبانيا"),
    "organization:hezbollah-unit-4400": ("Organization", "Unit 4400 (Hezbollah)", "الوحدة 4400 في حزب الله"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
