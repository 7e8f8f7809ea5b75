"""Entities new to the project used by blind sets KT, KU and KV (session 34: Palestine, Egypt and Jordan,
2023-2025: ceasefire and hostage talks in Cairo, Doha and Sharm el-Sheikh, Hamas and Islamic Jihad leaders
and commanders killed and their successors, the Palestinian Authority's 2024 government, Egypt's and
Jordan's cabinet and intelligence changes, envoys in Ramallah, Amman and Cairo).

`NEW` holds only ids that none of the tables of sessions 19-33 (blind_tables.TABLES_TO_SESSION_33)
defines. `ALL` merges those tables plus NEW. The parallel annotators' files of session 34 are not
imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_tables import TABLES_TO_SESSION_33, merged_all  # noqa: E402

_BEFORE = merged_all(TABLES_TO_SESSION_33)

NEW = {
    # --- people: Palestinian Authority
    "person:omar-al-bitar": ("Person", "Omar al-Bitar (Palestinian finance minister from 2024)", "عمر البيطار"),
    "person:shukri-bishara": ("Person", "Shukri Bishara (Palestinian finance minister until 2024)", "شكري بشارة"),
    "person:ziad-hab-al-rih": ("Person", "Ziad Hab al-Rih (Palestinian interior minister)", "زياد هب الريح"),
    "person:majed-abu-ramadan": ("Person", "Majed Abu Ramadan (Palestinian health minister from 2024)", "ماجد أبو رمضان"),
    "person:mai-al-kaila": ("Person", "Mai al-Kaila (Palestinian health minister until 2024)", "مي الكيلة"),
    "person:intisar-abu-amara": ("Person", "Intisar Abu Amara (director of the Palestinian president's office)", "انتصار أبو عمارة"),
    "person:majdi-al-khalidi": ("Person", "Majdi al-Khalidi (diplomatic adviser to President Mahmoud Abbas)", "مجدي الخالدي"),
    "person:atallah-khairy": ("Person", "Atallah Khairy (Palestinian ambassador to Jordan)", "عطا الله خيري"),
    # --- people: Egypt
    "person:ahmed-abu-zeid": ("Person", "Ahmed Abu Zeid (Egyptian foreign ministry spokesman until 2024)", "أحمد أبو زيد"),
    "person:tamim-khallaf": ("Person", "Tamim Khallaf (Egyptian foreign ministry spokesman from 2024)", "تميم خلاف"),
    "person:sherif-fathy": ("Person", "Sherif Fathy (Egyptian minister of tourism and antiquities from 2024)", "شريف فتحي"),
    "person:ahmed-issa": ("Person", "Ahmed Issa (Egyptian minister of tourism and antiquities until 2024)", "أحمد عيسى"),
    "person:kamel-al-wazir": ("Person", "Kamel al-Wazir (Egyptian deputy prime minister for industrial development from 2024)", "كامل الوزير"),
    # --- people: Jordan
    "person:muhannad-mubaideen": ("Person", "Muhannad Mubaideen (Jordanian minister of government communication until 2024)", "مهند مبيضين"),
    "person:mazen-al-faraya": ("Person", "Mazen al-Faraya (Jordanian interior minister)", "مازن الفراية"),
    # --- people: Qatar, Israel's side of the talks
    "person:salem-al-nabit": ("Person", "Salem bin Hamad Al-Nabit (chief of staff of the Qatari armed forces)", "سالم بن حمد النابت"),
    "person:aryeh-lightstone": ("Person", "Aryeh Lightstone (aide to US envoy Steve Witkoff)", "أرييه لايتستون"),
    "person:tor-wennesland": ("Person", "Tor Wennesland (UN Special Coordinator for the Middle East Peace Process until 2024)", "تور وينسلاند"),
    # --- people: Hamas
    "person:mahmoud-al-zahar": ("Person", "Mahmoud al-Zahar (Hamas co-founder and political bureau member)", "محمود الزهار"),
    "person:mohammed-odeh": ("Person", "Mohammed Odeh (head of the Qassam Brigades' intelligence, killed 2025)", "محمد عودة"),
    "person:ayman-nofal": ("Person", "Ayman Nofal (commander of the Qassam Brigades' central Gaza brigade, killed 2023)", "أيمن نوفل"),
    "person:mohammed-jalamneh": ("Person", "Mohammed Jalamneh (Qassam Brigades member, killed in Jenin 2024)", "محمد جلامنة"),
    # --- people: Islamic Jihad
    "person:khalil-al-bahtini": ("Person", "Khalil al-Bahtini (Al-Quds Brigades commander in northern Gaza, killed 2023)", "خليل البهتيني"),
    "person:jihad-ghannam": ("Person", "Jihad Ghannam (secretary of the Al-Quds Brigades' military council, killed 2023)", "جهاد غنام"),
    "person:tareq-izz-al-din": ("Person", "Tareq Izz al-Din (Islamic Jihad official for the West Bank, killed 2023)", "طارق عز الدين"),
    "person:ali-hassan-ghali": ("Person", "Ali Hassan Ghali (head of the Al-Quds Brigades' rocket unit, killed 2023)", "علي حسن غالي"),
    "person:ahmed-abu-daqqa": ("Person", "Ahmed Abu Daqqa (deputy head of the Al-Quds Brigades' rocket unit, killed 2023)", "أحمد أبو دقة"),
    "person:iyad-al-hassani": ("Person", "Iyad al-Hassani (Al-Quds Brigades operations commander, killed 2023)", "إياد الحسني"),
    "person:mohammed-jaber-abu-shujaa": ("Person", "Mohammed Jaber (Abu Shujaa, Al-Quds Brigades commander in Tulkarem, killed 2024)", "محمد جابر (أبو شجاع)"),
    "person:basel-al-ghazawi": ("Person", "Basel al-Ghazawi (Al-Quds Brigades member, killed in Jenin 2024)", "باسل الغزاوي"),
    "person:mohammed-al-ghazawi": ("Person", "Mohammed al-Ghazawi (Al-Quds Brigades member, killed in Jenin 2024)", "محمد الغزاوي"),
    "person:ihsan-ataya": ("Person", "Ihsan Ataya (member of Islamic Jihad's political bureau)", "إحسان عطايا"),
    # --- organisations
    "organization:al-quds-brigades": ("Organization", "Al-Quds Brigades (armed wing of Palestinian Islamic Jihad)", "سرايا القدس"),
    "organization:palestinian-foreign-ministry": ("Organization", "Palestinian Ministry of Foreign Affairs and Expatriates", "وزارة الخارجية والمغتربين الفلسطينية"),
    # --- places
    "location:al-husseiniya-palace": ("Location", "Al-Husseiniya Palace (Amman)", "قصر الحسينية"),
    "location:jenin": ("Location", "Jenin", "جنين"),
    "location:ibn-sina-hospital-jenin": ("Location", "Ibn Sina Hospital (Jenin)", "مستشفى ابن سينا في جنين"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
