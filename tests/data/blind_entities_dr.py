"""Entities new to the project used by blind sets DP, DQ and DR (annotator of README_DR.md).

`NEW` holds only ids that none of blind_entities_ck/cq/ct/cw/cz/dc/df/di.ALL defines. `ALL` merges
those eight tables plus NEW. The parallel annotators' files (sets DJ-DL, DM-DO) are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_ck import ALL as _CK  # noqa: E402
from blind_entities_cq import ALL as _CQ  # noqa: E402
from blind_entities_ct import ALL as _CT  # noqa: E402
from blind_entities_cw import ALL as _CW  # noqa: E402
from blind_entities_cz import ALL as _CZ  # noqa: E402
from blind_entities_dc import ALL as _DC  # noqa: E402
from blind_entities_df import ALL as _DF  # noqa: E402
from blind_entities_di import ALL as _DI  # noqa: E402

NEW = {
    # --- people
    "person:jafar-miadfar": ("Person", "Jafar Miadfar", "جعفر ميادفر"),
    "person:jihad-taha": ("Person", "Jihad Taha", "جهاد طه"),
    "person:yadollah-javani": ("Person", "Yadollah Javani", "يد الله جواني"),
    "person:ali-najafi-khoshroudi": ("Person", "Ali Najafi Khoshroudi", "علي نجفي خوشرودي"),
    "person:adel-al-jubeir": ("Person", "Adel al-Jubeir", "عادل الجبير"),
    "person:ebrahim-rezaei": ("Person", "Ebrahim Rezaei", "إبراهيم رضائي"),
    "person:lolwah-al-khater": ("Person", "Lolwah al-Khater", "لولوة الخاطر"),
    "person:hamidreza-dehghani": ("Person", "Hamidreza Dehghani", "حميد رضا دهقاني"),
    "person:mehdi-safari": ("Person", "Mehdi Safari", "مهدي صفري"),
    "person:talal-al-otaibi": ("Person", "Talal al-Otaibi", "طلال العتيبي"),
    "person:rayed-krimly": ("Person", "Rayed Krimly", "رائد قرملي"),
    "person:alexey-dedov": ("Person", "Alexey Dedov", "أليكسي ديدوف"),
    "person:ahmad-khatami": ("Person", "Ahmad Khatami", "أحمد خاتمي"),
    "person:atheer-al-ghurairy": ("Person", "Atheer al-Ghurairy", "أثير الغريري"),
    "person:esmaeil-kowsari": ("Person", "Esmaeil Kowsari", "إسماعيل كوثري"),
    # --- places
    "location:east-azerbaijan-province": ("Location", "East Azerbaijan province", "محافظة أذربيجان الشرقية"),
    "location:varzaqan": ("Location", "Varzaqan", "ورزقان"),
    # --- organisations
    "organization:iran-emergency-medical-services": (
        "Organization", "Iran Emergency Medical Services Organization", "منظمة الإسعاف الإيرانية"),
    "organization:lebanese-foreign-ministry": (
        "Organization", "Lebanese Ministry of Foreign Affairs", "وزارة الخارجية اللبنانية"),
    # --- outlets
    "outlet:irib": ("Outlet", "Islamic Republic of Iran Broadcasting (state TV)", "التلفزيون الإيراني الرسمي"),
    "outlet:bbc": ("Outlet", "BBC", "بي بي سي"),
}

_BEFORE = {**_CK, **_CQ, **_CT, **_CW, **_CZ, **_DC, **_DF, **_DI}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
