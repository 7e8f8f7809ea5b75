"""Entities new to the project used by blind sets CL, CM and CN (annotator of README_CN.md).

`NEW` holds only ids that neither blind_entities_ch.ALL nor blind_entities_ck.ALL defines.
`ALL` merges those two tables (KNOWN and the earlier annotators' files) plus NEW. The parallel
annotator's file (blind_entities_cq.py) is deliberately not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_ch import ALL as _CH  # noqa: E402
from blind_entities_ck import ALL as _CK  # noqa: E402

NEW = {
    # --- people
    "person:ahmed-husni": ("Person", "Ahmed Husni", "أحمد حسني"),
    "person:dana-stroul": ("Person", "Dana Stroul", "دانا سترول"),
    "person:mustafa-hijri": ("Person", "Mustafa Hijri", "مصطفى هجري"),
    "person:janet-yellen": ("Person", "Janet Yellen", "جانيت يلين"),
    "person:mark-regev": ("Person", "Mark Regev", "مارك ريغيف"),
    "person:adam-boehler": ("Person", "Adam Boehler", "آدم بولر"),
    # --- organisations
    "organization:jordanian-general-intelligence": ("Organization",
                                                    "General Intelligence Department (Jordan)",
                                                    "دائرة المخابرات العامة الأردنية"),
    "organization:jordanian-foreign-ministry": ("Organization", "Jordanian Ministry of Foreign Affairs",
                                                "وزارة الخارجية الأردنية"),
    "organization:turkish-foreign-ministry": ("Organization", "Turkish Ministry of Foreign Affairs",
                                              "وزارة الخارجية التركية"),
    "organization:iraqi-defense-ministry": ("Organization", "Iraqi Ministry of Defence",
                                            "وزارة الدفاع العراقية"),
    "organization:israeli-defense-ministry": ("Organization", "Israeli Ministry of Defence",
                                              "وزارة الدفاع الإسرائيلية"),
    "organization:kdpi": ("Organization", "Democratic Party of Iranian Kurdistan (KDPI)",
                          "الحزب الديمقراطي الكردستاني الإيراني"),
    # --- outlets and places
    "outlet:msnbc": ("Outlet", "MSNBC", "إم إس إن بي سي"),
    "location:washington": ("Location", "Washington, D.C.", "واشنطن"),
    "location:gaza-strip": ("Location", "Gaza Strip", "قطاع غزة"),
}

_BEFORE = {**_CH, **_CK}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_CH, **_CK, **NEW}
