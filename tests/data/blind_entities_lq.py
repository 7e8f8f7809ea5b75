"""Entities new to the project used by blind sets LP and LQ (session 43, annotator w3: Lebanon, Palestine
and Israel, 2023-2025: Hezbollah's succession, Hamas leaders killed and their successors, Lebanon's
presidency and prime ministers, the ceasefire envoys and mediators, the Palestinian Authority).

`NEW` holds only ids that none of the tables named by blind_tables.TABLES_TO_SESSION_42B defines.
`ALL` merges those tables plus NEW. The parallel annotators' files of session 43 are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_tables import TABLES_TO_SESSION_42B, merged_all  # noqa: E402

_BEFORE = merged_all(TABLES_TO_SESSION_42B)

NEW = {
    # --- people: Lebanon
    "person:ziad-makary": ("Person", "Ziad Makary (Lebanese information minister, Mikati government)", "زياد المكاري"),
    "person:amin-salam": ("Person", "Amin Salam (Lebanese economy minister, Mikati government)", "أمين سلام"),
    "person:hector-hajjar": ("Person", "Hector Hajjar (Lebanese social affairs minister, Mikati government)", "هكتور حجار"),
    "person:fouad-makhzoumi": ("Person", "Fouad Makhzoumi (Lebanese MP for Beirut)", "فؤاد مخزومي"),
    "person:hassan-ezzeddine": ("Person", "Hassan Ezzeddine (Hezbollah MP)", "حسن عز الدين"),
    # --- people: Palestine
    "person:ziad-abu-amr": ("Person", "Ziad Abu Amr (Palestinian deputy prime minister, Shtayyeh government)", "زياد أبو عمرو"),
    "person:riyad-mansour": ("Person", "Riyad Mansour (Palestinian ambassador to the United Nations)", "رياض منصور"),
    "person:mahmoud-al-habbash": ("Person", "Mahmoud al-Habbash (Palestinian president's adviser for religious affairs)", "محمود الهباش"),
    "person:nabil-shaath": ("Person", "Nabil Shaath (special representative of the Palestinian president)", "نبيل شعث"),
    # --- people: Israel
    "person:yariv-levin": ("Person", "Yariv Levin (Israeli justice minister)", "ياريف ليفين"),
    "person:bezalel-smotrich": ("Person", "Bezalel Smotrich (Israeli finance minister)", "بتسلئيل سموتريتش"),
    "person:avi-dichter": ("Person", "Avi Dichter (Israeli agriculture minister, former Shin Bet chief)", "آفي ديختر"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
