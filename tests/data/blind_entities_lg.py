"""Entities new to the project used by blind sets LF and LG (session 42: Iraq 2020-2025: Prime Ministers
al-Kadhimi and al-Sudani and their cabinets and guests, the Popular Mobilisation Forces and the factions'
commanders killed by U.S. strikes in 2024, the Kurdistan Region's leaders and their Turkish and Iranian
visitors, Egyptian and Jordanian officials).

`NEW` holds only ids that none of the tables in blind_tables.TABLES_TO_SESSION_42 defines. `ALL` merges
those tables plus NEW. The parallel annotators' files of session 42 are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_tables import TABLES_TO_SESSION_42, merged_all  # noqa: E402

_BEFORE = merged_all(TABLES_TO_SESSION_42)

NEW = {
    # --- people: Iraq
    "person:mohammed-ali-tamim": ("Person", "Mohammed Ali Tamim (Iraqi deputy prime minister and planning minister from 2022)", "محمد علي تميم"),
    "person:mustafa-ghaleb-mukhaif": ("Person", "Mustafa Ghaleb Mukhaif (governor of the Central Bank of Iraq, 2020-2023)", "مصطفى غالب مخيف"),
    "person:faisal-al-haimus": ("Person", "Faisal al-Haimus (head of the Trade Bank of Iraq until 2020)", "فيصل الهيمص"),
    "person:majid-hantoush": ("Person", "Majid Mahdi Hantoush (Iraqi electricity minister, 2020-2021)", "ماجد مهدي حنتوش"),
    "person:luay-al-khatteeb": ("Person", "Luay al-Khatteeb (Iraqi electricity minister, 2018-2020)", "لؤي الخطيب"),
    "person:jaafar-allawi": ("Person", "Jaafar Sadiq Allawi (Iraqi health minister, 2018-2020)", "جعفر صادق علاوي"),
    # --- people: Kurdistan Region
    "person:kamal-muslim": ("Person", "Kamal Muslim (KRG minister of trade and industry)", "كمال مسلم"),
    # --- people: United States, United Nations
    "person:kennedy-sanders": ("Person", "Kennedy Sanders (U.S. Army Reserve soldier killed at Tower 22, 2024)", "كينيدي ساندرز"),
    "person:breonna-moffett": ("Person", "Breonna Moffett (U.S. Army Reserve soldier killed at Tower 22, 2024)", "بريونا موفيت"),
    "person:david-satterfield": ("Person", "David Satterfield (U.S. special envoy for Middle East humanitarian issues, 2023-2024)", "ديفيد ساترفيلد"),
    "person:mohamed-al-hassan": ("Person", "Mohamed al-Hassan (head of the UN Assistance Mission for Iraq, 2024-2025)", "محمد الحسان"),
    # --- people: Turkey, Egypt, Jordan
    "person:mehmet-simsek": ("Person", "Mehmet Simsek (Turkish treasury and finance minister from 2023)", "محمد شيمشك"),
    "person:ahmed-hafez": ("Person", "Ahmed Hafez (Egyptian foreign ministry spokesman, 2019-2023)", "أحمد حافظ"),
    "person:nevine-gamea": ("Person", "Nevine Gamea (Egyptian minister of trade and industry, 2019-2022)", "نيفين جامع"),
    "person:tarek-el-molla": ("Person", "Tarek el-Molla (Egyptian petroleum minister, 2015-2024)", "طارق الملا"),
    "person:omar-al-razzaz": ("Person", "Omar al-Razzaz (prime minister of Jordan, 2018-2020)", "عمر الرزاز"),
    "person:haitham-abu-alfoul": ("Person", "Haitham Abu Alfoul (Jordanian foreign ministry spokesman)", "هيثم أبو الفول"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
