"""Entities new to the project used by blind sets LN and LO (session 43: the Gulf and Turkey 2017-2025:
Saudi, Kuwaiti, Omani, Emirati and Qatari successions, the Qatar blockade and the al-Ula summit,
Erdogan's Gulf tours, the Khashoggi case, the Saudi-Iranian talks).

`NEW` holds only ids that none of the tables in blind_tables.TABLES_TO_SESSION_42B defines. `ALL`
merges those tables plus NEW. The parallel annotators' files of session 43 are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_tables import TABLES_TO_SESSION_42B, merged_all  # noqa: E402

_BEFORE = merged_all(TABLES_TO_SESSION_42B)

NEW = {
    # --- people: Saudi Arabia
    "person:mohammed-bin-nayef": ("Person", "Mohammed bin Nayef bin Abdulaziz (Saudi crown prince and interior minister until 2017)", "محمد بن نايف بن عبد العزيز"),
    "person:abdulaziz-bin-saud-bin-nayef": ("Person", "Abdulaziz bin Saud bin Nayef (Saudi interior minister from 2017)", "عبد العزيز بن سعود بن نايف"),
    "person:badr-bin-sultan": ("Person", "Badr bin Sultan bin Abdulaziz (deputy governor of Makkah region)", "بدر بن سلطان بن عبد العزيز"),
    "person:saud-al-qahtani": ("Person", "Saud al-Qahtani (former adviser at the Saudi royal court)", "سعود القحطاني"),
    "person:zhai-jun": ("Person", "Zhai Jun (Chinese government special envoy on the Middle East)", "تشاي جيون"),
    # --- people: Turkey, Kuwait, Oman
    "person:hatice-cengiz": ("Person", "Hatice Cengiz (fiancee of Jamal Khashoggi)", "خديجة جنكيز"),
    "person:tugay-tuncer": ("Person", "Tugay Tuncer (Turkish ambassador to the UAE)", "توغاي تونجر"),
    "person:ahmad-nasser-al-mohammed-al-sabah": ("Person", "Ahmad Nasser al-Mohammed al-Sabah (Kuwaiti foreign minister, 2019-2022)", "أحمد ناصر المحمد الصباح"),
    "person:qais-al-yousef": ("Person", "Qais bin Mohammed al-Yousef (Omani minister of commerce, industry and investment promotion from 2020)", "قيس بن محمد اليوسف"),
    # --- organisations and places
    "organization:saudi-interior-ministry": ("Organization", "Saudi Ministry of Interior", "وزارة الداخلية السعودية"),
    "organization:omani-commerce-ministry": ("Organization", "Omani Ministry of Commerce, Industry and Investment Promotion", "وزارة التجارة والصناعة وترويج الاستثمار العمانية"),
    "location:al-ula": ("Location", "Al Ula (Saudi Arabia)", "العلا"),
    "location:al-alam-palace": ("Location", "Al Alam Palace (Muscat)", "قصر العلم"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
