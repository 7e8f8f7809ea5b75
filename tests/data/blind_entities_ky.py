"""Entities new to the project used by blind sets KW, KX and KY (session 34: Iran's state and security
establishment, 2020-2025: nuclear scientists and commanders killed in the June 2025 war and earlier
unexplained deaths, the 2024 presidential succession and Pezeshkian's cabinet, army and IRGC command
changes, the secretaries of the Supreme National Security Council, and foreign visitors in Tehran).

`NEW` holds only ids that none of the tables of TABLES_TO_SESSION_33 (blind_entities_{fe,...,kg,kj,km,kp})
defines. `ALL` merges those tables plus NEW. The parallel annotators' files of session 34 are not
imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_tables import TABLES_TO_SESSION_33, merged_all  # noqa: E402

_BEFORE = merged_all(TABLES_TO_SESSION_33)

NEW = {
    # --- people: killed or died, 2022-2025
    "person:ahmad-reza-zolfaghari": ("Person", "Ahmad Reza Zolfaghari (Iranian nuclear scientist, killed 2025)", "أحمد رضا ذو الفقاري"),
    "person:amir-hossein-feghhi": ("Person", "Amir Hossein Feghhi (Iranian nuclear scientist, killed 2025)", "أمير حسين فقهي"),
    "person:saeed-borji": ("Person", "Saeed Borji (Iranian explosives scientist, killed 2025)", "سعيد برجي"),
    "person:mohammad-reza-sedighi-saber": ("Person", "Mohammad Reza Sedighi Saber (Iranian nuclear scientist, killed 2025)", "محمد رضا صديقي صابر"),
    "person:mahmoud-bagheri-kazemabad": ("Person", "Mahmoud Bagheri Kazemabad (missile commander of the IRGC Aerospace Force, killed 2025)", "محمود باقري كاظم آباد"),
    "person:aminpour-joudaki": ("Person", "Aminpour Joudaki (IRGC drone brigade commander, killed 2025)", "أمين بور جودكي"),
    "person:ali-esmaeilzadeh": ("Person", "Ali Esmaeilzadeh (Quds Force colonel, died 2022)", "علي إسماعيل زاده"),
    "person:mohammad-abdous": ("Person", "Mohammad Abdous (IRGC Aerospace Force officer, died 2022)", "محمد عبدوس"),
    # --- people: Iran's government and officials
    "person:mehdi-tabatabaei": ("Person", "Mehdi Tabatabaei (deputy for communications in the Iranian president's office)", "مهدي طباطبائي"),
    "person:bahram-sarmast": ("Person", "Bahram Sarmast (governor of East Azerbaijan from 2024)", "بهرام سرمست"),
    "person:mohammad-reza-zafarghandi": ("Person", "Mohammad Reza Zafarghandi (Iranian health minister from 2024)", "محمد رضا ظفرقندي"),
    "person:bahram-einollahi": ("Person", "Bahram Einollahi (Iranian health minister, 2021-2024)", "بهرام عين اللهي"),
    "person:alireza-kazemi": ("Person", "Alireza Kazemi (Iranian education minister from 2024)", "علي رضا كاظمي"),
    "person:reza-morad-sahraei": ("Person", "Reza Morad Sahraei (Iranian education minister, 2022-2024)", "رضا مراد صحرائي"),
    "person:sattar-hashemi": ("Person", "Sattar Hashemi (Iranian communications minister from 2024)", "ستار هاشمي"),
    "person:issa-zarepour": ("Person", "Issa Zarepour (Iranian communications minister, 2021-2024)", "عيسى زارع بور"),
    "person:ahmad-donyamali": ("Person", "Ahmad Donyamali (Iranian sports minister from 2024)", "أحمد دنيا مالي"),
    "person:kioumars-hashemi": ("Person", "Kioumars Hashemi (Iranian sports minister, 2022-2024)", "كيومرث هاشمي"),
    "person:mohammad-mehdi-esmaili": ("Person", "Mohammad Mehdi Esmaili (Iranian culture minister, 2021-2024)", "محمد مهدي إسماعيلي"),
    "person:ali-salajegheh": ("Person", "Ali Salajegheh (head of Iran's Department of Environment, 2021-2024)", "علي سلاجقة"),
    "person:hamid-vahedi": ("Person", "Hamid Vahedi (commander of the Iranian Army Air Force from 2021)", "حميد واحدي"),
    "person:hossein-khanzadi": ("Person", "Hossein Khanzadi (commander of the Iranian Army navy, 2017-2021)", "حسين خانزادي"),
    "person:mohsen-naziri-asl": ("Person", "Mohsen Naziri Asl (Iranian envoy to the IAEA until 2022)", "محسن نذيري أصل"),
    "person:mousa-farhang": ("Person", "Mousa Farhang (Iranian ambassador to Oman)", "موسى فرهنك"),
    # --- people: foreign visitors
    "person:vyacheslav-volodin": ("Person", "Vyacheslav Volodin (chairman of the Russian State Duma)", "فياتشيسلاف فولودين"),
    "person:jagdeep-dhankhar": ("Person", "Jagdeep Dhankhar (Vice President of India, 2022-2025)", "جاغديب دانكار"),
    "person:armen-grigoryan": ("Person", "Armen Grigoryan (secretary of Armenia's Security Council)", "أرمين غريغوريان"),
    "person:nasir-abdul-mohsen": ("Person", "Nasir Abdul Mohsen (Iraqi ambassador to Iran)", "نصير عبد المحسن"),
    "person:mikhail-mishustin": ("Person", "Mikhail Mishustin (Prime Minister of Russia)", "ميخائيل ميشوستين"),
    "person:hu-chunhua": ("Person", "Hu Chunhua (Vice Premier of China, 2018-2023)", "هو تشون هوا"),
    # --- organisations
    "organization:iranian-health-ministry": ("Organization", "Iranian Ministry of Health and Medical Education", "وزارة الصحة الإيرانية"),
    "organization:russian-state-duma": ("Organization", "State Duma (Russia)", "مجلس الدوما الروسي"),
    "organization:armenian-security-council": ("Organization", "Security Council of Armenia", "مجلس الأمن الأرميني"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
