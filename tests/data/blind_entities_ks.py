"""Entities new to the project used by blind sets KQ, KR and KS (session 34: the Gulf and the
Saudi-Iranian detente, 2019-2025: Saudi and Iranian envoys in Beijing and Riyadh, Kuwait's, Oman's
and Bahrain's successions and new ministers, UAE security officials, Saudi-Iraqi coordination,
Iranian officers and scientists killed in strikes).

`NEW` holds only ids that none of the tables named in blind_tables.TABLES_TO_SESSION_33 defines
(checked against entity_ids.txt). `ALL` merges those tables plus NEW. The parallel annotators'
files of session 34 are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_tables import TABLES_TO_SESSION_33, merged_all  # noqa: E402

_BEFORE = merged_all(TABLES_TO_SESSION_33)

NEW = {
    # --- people: Saudi Arabia
    "person:abdulrahman-al-harbi": ("Person", "Abdulrahman bin Ahmed al-Harbi (Saudi ambassador to China)", "عبدالرحمن بن أحمد الحربي"),
    "person:nasser-al-ghanoum": ("Person", "Nasser bin Awad al-Ghanoum (head of the Saudi technical delegation to Tehran, 2023)", "ناصر بن عوض الغنوم"),
    "person:majid-al-qasabi": ("Person", "Majid al-Qasabi (Saudi commerce minister)", "ماجد القصبي"),
    "person:abdulrahman-al-rassi": ("Person", "Abdulrahman al-Rassi (Saudi foreign ministry undersecretary for multilateral affairs)", "عبدالرحمن الرسي"),
    "person:khalid-al-biyari": ("Person", "Khalid bin Hussein al-Biyari (Saudi assistant defence minister for executive affairs)", "خالد بن حسين البياري"),
    # --- people: Iran
    "person:hassan-zarnegar": ("Person", "Hassan Zarnegar (Iranian charge d'affaires in Riyadh, 2023)", "حسن زرنكار"),
    "person:reza-talaei-nik": ("Person", "Reza Talaei-Nik (Iranian deputy defence minister)", "رضا طلائي نيك"),
    "person:mousa-farhang": ("Person", "Mousa Farhang (Iranian ambassador to Oman)", "موسى فرهنك"),
    "person:hadi-taremi": ("Person", "Hadi Taremi (IRGC officer killed with Qasem Soleimani, 2020)", "هادي طارمي"),
    "person:vahid-zamanian": ("Person", "Vahid Zamanian (IRGC officer killed with Qasem Soleimani, 2020)", "وحيد زمانيان"),
    "person:ahmadreza-zolfaghari": ("Person", "Ahmadreza Zolfaghari (Iranian nuclear scientist, killed 2025)", "أحمد رضا ذو الفقاري"),
    # --- people: Kuwait, Oman
    "person:sabah-khalid-al-hamad-al-sabah": ("Person", "Sabah Khalid al-Hamad al-Sabah (Crown Prince of Kuwait from 2024)", "صباح خالد الحمد الصباح"),
    "person:abdulrahman-al-mutairi": ("Person", "Abdulrahman al-Mutairi (Kuwaiti information minister)", "عبدالرحمن المطيري"),
    "person:sultan-al-habsi": ("Person", "Sultan bin Salim al-Habsi (Omani finance minister from 2020)", "سلطان بن سالم الحبسي"),
    "person:darwish-al-balushi": ("Person", "Darwish bin Ismail al-Balushi (Omani minister responsible for financial affairs until 2020)", "درويش بن إسماعيل البلوشي"),
    # --- people: Bahrain
    "person:salman-bin-hamad-al-khalifa": ("Person", "Salman bin Hamad Al Khalifa (Crown Prince and Prime Minister of Bahrain)", "سلمان بن حمد آل خليفة"),
    "person:khalifa-bin-salman-al-khalifa": ("Person", "Khalifa bin Salman Al Khalifa (Prime Minister of Bahrain until 2020)", "خليفة بن سلمان آل خليفة"),
    "person:khalid-bin-ahmed-al-khalifa": ("Person", "Khalid bin Ahmed Al Khalifa (Bahraini foreign minister until 2020)", "خالد بن أحمد آل خليفة"),
    "person:abdulla-bin-ahmed-al-khalifa": ("Person", "Abdulla bin Ahmed Al Khalifa (Bahraini undersecretary for political affairs)", "عبدالله بن أحمد آل خليفة"),
    "person:mohamed-bin-dainah": ("Person", "Mohamed bin Mubarak bin Dainah (Bahraini oil and environment minister from 2022)", "محمد بن مبارك بن دينه"),
    "person:mohammed-bin-khalifa-al-khalifa": ("Person", "Mohammed bin Khalifa Al Khalifa (Bahraini oil minister until 2022)", "محمد بن خليفة آل خليفة"),
    "person:jaleela-al-sayed": ("Person", "Jaleela al-Sayed Jawad (Bahraini health minister from 2022)", "جليلة السيد جواد"),
    "person:faeqa-al-saleh": ("Person", "Faeqa bint Saeed al-Saleh (Bahraini health minister until 2022)", "فائقة بنت سعيد الصالح"),
    # --- people: UAE
    "person:ali-al-shamsi": ("Person", "Ali bin Hammad al-Shamsi (secretary-general of the UAE Supreme Council for National Security)", "علي بن حماد الشامسي"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
