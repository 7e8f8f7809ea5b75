"""Entities new to the project used by blind sets LB and LC (session 42: Syria's transition and the
Islamic State, 2019-2025: al-Sharaa's foreign guests in Damascus, al-Shaibani's trips, the caretaker and
transitional governments, the SDF, the Islamic State's caliphs and commanders killed one after another).

`NEW` holds only ids that none of the tables of blind_tables.TABLES_TO_SESSION_34 defines. `ALL` merges
those tables (`merged_all(TABLES_TO_SESSION_34)`) plus NEW. The parallel annotators' files of session 42
are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_tables import TABLES_TO_SESSION_34, merged_all  # noqa: E402

_BEFORE = merged_all(TABLES_TO_SESSION_34)

NEW = {
    # --- people: diplomats, envoys and officials
    "person:faisal-al-mujfel": ("Person", "Faisal al-Mujfel (Saudi ambassador to Syria)", "فيصل المجفل"),
    "person:tobias-tunkel": ("Person", "Tobias Tunkel (Middle East commissioner of the German Federal Foreign Office)", "توبياس تونكل"),
    "person:sami-abi-al-mona": ("Person", "Sami Abi al-Mona (Sheikh Aql of the Druze community in Lebanon)", "سامي أبي المنى"),
    "person:jen-psaki": ("Person", "Jen Psaki (White House press secretary, 2021-2022)", "جين ساكي"),
    "person:polat-can": ("Person", "Polat Can (senior official of the Syrian Democratic Forces)", "بولات جان"),
    # --- people: Islamic State
    "person:khalid-al-jabouri": ("Person", "Khalid Aydd Ahmad al-Jabouri (Islamic State leader, killed 2023)", "خالد عيد أحمد الجبوري"),
    "person:usamah-al-muhajir": ("Person", "Usamah al-Muhajir (Islamic State leader in eastern Syria, killed 2023)", "أسامة المهاجر"),
    "person:abu-yusuf-islamic-state": ("Person", "Abu Yusuf, also known as Mahmud (Islamic State leader, killed in Deir ez-Zor 2024)", "أبو يوسف"),
    # --- people: set LC (Syria's transition, 2024-2025)
    "person:rohilat-afrin": ("Person", "Rohilat Afrin (general commander of the Women's Protection Units, YPJ)", "روهلات عفرين"),
    "person:cory-mills": ("Person", "Cory Mills (US representative from Florida)", "كوري ميلز"),
    "person:marlin-stutzman": ("Person", "Marlin Stutzman (US representative from Indiana)", "مارلين ستوتزمان"),
    "person:basel-abdul-hannan": ("Person", "Basel Abdul Hannan (Syrian caretaker economy minister, 2024-2025)", "باسل عبد الحنان"),
    "person:najat-rochdi": ("Person", "Najat Rochdi (UN deputy special envoy for Syria)", "نجاة رشدي"),
    "person:mohammed-abunayyan": ("Person", "Mohammed Abunayyan (chairman of the Saudi-Syrian Business Council)", "محمد أبونيان"),
    # --- organisations and places
    "organization:saudi-syrian-business-council": ("Organization", "Saudi-Syrian Business Council", "مجلس الأعمال السعودي السوري"),
    "location:al-bab": ("Location", "al-Bab (Aleppo province)", "الباب"),
    "location:deir-ez-zor-province": ("Location", "Deir ez-Zor province", "محافظة دير الزور"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
