"""Entities new to the project used by blind sets CR, CS and CT (annotator of README_CT.md).

`NEW` holds only ids that none of blind_entities_ch/ck/cn/cq.ALL defines.
`ALL` merges those four tables (KNOWN and the earlier annotators' files) plus NEW.
The parallel annotators' files (sets CU-CZ) are deliberately not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_ch import ALL as _CH  # noqa: E402
from blind_entities_ck import ALL as _CK  # noqa: E402
from blind_entities_cn import ALL as _CN  # noqa: E402
from blind_entities_cq import ALL as _CQ  # noqa: E402

NEW = {
    # --- people
    "person:abdelmadjid-tebboune": ("Person", "Abdelmadjid Tebboune", "عبد المجيد تبون"),
    "person:fereydoun-abbasi": ("Person", "Fereydoun Abbasi-Davani", "فريدون عباسي دواني"),
    "person:mohammad-mehdi-tehranchi": ("Person", "Mohammad Mehdi Tehranchi", "محمد مهدي طهرانجي"),
    "person:ali-akbar-salehi": ("Person", "Ali Akbar Salehi", "علي أكبر صالحي"),
    "person:ali-razini": ("Person", "Ali Razini", "علي رازيني"),
    "person:mohammad-moghiseh": ("Person", "Mohammad Moghiseh", "محمد مقيسه"),
    "person:hafez-al-assad": ("Person", "Hafez al-Assad", "حافظ الأسد"),
    "person:hassan-sayyad-khodaei": ("Person", "Hassan Sayyad Khodaei", "حسن صياد خدائي"),
    "person:rebar-ahmed": ("Person", "Rebar Ahmed", "ريبر أحمد"),
    # --- organisations
    "organization:syrian-foreign-ministry": ("Organization", "Syrian Ministry of Foreign Affairs",
                                             "وزارة الخارجية السورية"),
    "organization:islamic-azad-university": ("Organization", "Islamic Azad University",
                                             "جامعة آزاد الإسلامية"),
    "organization:iranian-supreme-court": ("Organization", "Supreme Court of Iran",
                                           "المحكمة العليا الإيرانية"),
    "organization:kurdistan-region-security-council": ("Organization",
                                                       "Kurdistan Region Security Council",
                                                       "مجلس أمن إقليم كردستان"),
    "organization:spnd": ("Organization",
                          "Organization of Defensive Innovation and Research (SPND)",
                          "منظمة الأبحاث والابتكار الدفاعي"),
    "organization:iranian-defence-ministry": ("Organization", "Iranian Ministry of Defence",
                                              "وزارة الدفاع الإيرانية"),
    "organization:saudi-defence-ministry": ("Organization", "Saudi Ministry of Defence",
                                            "وزارة الدفاع السعودية"),
    # --- countries, places
    "country:algeria": ("Country", "Algeria", "الجزائر"),
    "location:rio-de-janeiro": ("Location", "Rio de Janeiro", "ريو دي جانيرو"),
}

_BEFORE = {**_CH, **_CK, **_CN, **_CQ}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_CH, **_CK, **_CN, **_CQ, **NEW}
