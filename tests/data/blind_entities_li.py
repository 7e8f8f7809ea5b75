"""Entities new to the project used by blind sets LH and LI (session 42: Yemen and the Red Sea 2015-2025:
the Houthi leadership and its prime ministers, the Presidential Leadership Council and the government's
prime ministers, the UN envoys and the Saudi and Omani channels, the killing of Ali Abdullah Saleh, Aden
in 2015, the Stockholm talks of 2018).

`NEW` holds only ids that none of the tables of blind_tables.TABLES_TO_SESSION_42 defines. `ALL` merges
those tables plus NEW. The parallel annotators' files of session 42 are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_tables import TABLES_TO_SESSION_42, merged_all  # noqa: E402

_BEFORE = merged_all(TABLES_TO_SESSION_42)

NEW = {
    # --- people: Yemen (government side)
    "person:khaled-bahah": ("Person", "Khaled Mahfoudh Bahah (Yemeni vice president and prime minister, 2014-2016)", "خالد محفوظ بحاح"),
    "person:mohammed-al-shaddadi": ("Person", "Mohammed Ali al-Shaddadi (deputy speaker of Yemen's House of Representatives)", "محمد علي الشدادي"),
    "person:khaled-al-yamani": ("Person", "Khaled al-Yamani (Yemeni foreign minister, 2018-2019)", "خالد اليماني"),
    "person:jaafar-mohammed-saad": ("Person", "Jaafar Mohammed Saad (governor of Aden, killed 2015)", "جعفر محمد سعد"),
    "person:nayef-al-bakri": ("Person", "Nayef al-Bakri (governor of Aden, 2015)", "نايف البكري"),
    "person:shallal-shaye": ("Person", "Shallal Ali Shaye (director of Aden security from 2015)", "شلال علي شائع"),
    # --- people: Saleh's family and party
    "person:aref-al-zuka": ("Person", "Aref al-Zuka (secretary-general of the General People's Congress, killed 2017)", "عارف الزوكا"),
    "person:ahmed-ali-saleh": ("Person", "Ahmed Ali Abdullah Saleh (son of Ali Abdullah Saleh, former Republican Guard commander)", "أحمد علي عبد الله صالح"),
    # --- people: Houthis
    "person:qassem-labouza": ("Person", "Qassem Labouza (deputy head of the Houthi Supreme Political Council)", "قاسم لبوزة"),
    "person:ibrahim-al-houthi": ("Person", "Ibrahim Badreddin al-Houthi (brother of Abdul-Malik al-Houthi, killed 2019)", "إبراهيم بدر الدين الحوثي"),
    # --- people: Saudi Arabia, UN, Sweden
    "person:fahd-bin-turki": ("Person", "Fahd bin Turki bin Abdulaziz (commander of the coalition's joint forces until 2020)", "فهد بن تركي بن عبد العزيز"),
    "person:jamal-benomar": ("Person", "Jamal Benomar (UN special envoy for Yemen, 2011-2015)", "جمال بنعمر"),
    "person:margot-wallstrom": ("Person", "Margot Wallstrom (Swedish foreign minister, 2014-2019)", "مارغوت فالستروم"),
    # --- places
    "location:rimbo": ("Location", "Rimbo (Johannesberg castle, Sweden)", "ريمبو"),
    "country:sweden": ("Country", "Sweden", "السويد"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
