"""Entities new to the project used by blind sets DY, DZ and EA (annotator of README_EA.md).

`NEW` holds only ids that none of blind_entities_ck/cq/ct/cw/cz/dc/df/di/dl/do/dr.ALL defines.
`ALL` merges those eleven tables plus NEW. The parallel annotators' files (sets DS-DU, DV-DX) are
not imported.
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
from blind_entities_dl import ALL as _DL  # noqa: E402
from blind_entities_do import ALL as _DO  # noqa: E402
from blind_entities_dr import ALL as _DR  # noqa: E402

NEW = {
    # --- people
    "person:abdullah-ocalan": ("Person", "Abdullah Ocalan", "عبد الله أوجلان"),
    "person:devlet-bahceli": ("Person", "Devlet Bahceli", "دولت بهتشلي"),
    "person:sirri-sureyya-onder": ("Person", "Sirri Sureyya Onder", "سري ثريا أوندر"),
    "person:mohammed-abdul-rahman": ("Person", "Mohammed Abdul Rahman (Syrian interior minister 2024-2025)",
                                     "محمد عبد الرحمن"),
    "person:hind-kabawat": ("Person", "Hind Kabawat", "هند قبوات"),
    "person:mohammed-yosr-barnieh": ("Person", "Mohammed Yosr Barnieh", "محمد يسر برنية"),
    "person:hussam-louka": ("Person", "Hussam Louka", "حسام لوقا"),
    "person:salim-ayyash": ("Person", "Salim Ayyash", "سليم عياش"),
    "person:rafik-hariri": ("Person", "Rafik Hariri", "رفيق الحريري"),
    "person:salwa-yusuk": ("Person", "Salwa Yusuk", "سلوى يوسك"),
    "person:jiyan-tolhildan": ("Person", "Jiyan Tolhildan", "جيان تولهلدان"),
    "person:ilham-ahmed": ("Person", "Ilham Ahmed", "إلهام أحمد"),
    "person:omer-ozkizilcik": ("Person", "Omer Ozkizilcik", "عمر أوزكيزيلجيك"),
    # --- organisations
    "organization:ypg": ("Organization", "People's Protection Units (YPG)", "وحدات حماية الشعب"),
    "organization:ypj": ("Organization", "Women's Protection Units (YPJ)", "وحدات حماية المرأة"),
    "organization:military-operations-command": ("Organization", "Military Operations Command (Syria, 2024)",
                                                 "إدارة العمليات العسكرية"),
    "organization:syrian-interior-ministry": ("Organization", "Syrian Ministry of Interior", "وزارة الداخلية السورية"),
    "organization:syrian-energy-ministry": ("Organization", "Syrian Ministry of Energy", "وزارة الطاقة السورية"),
    "organization:syrian-finance-ministry": ("Organization", "Syrian Ministry of Finance", "وزارة المالية السورية"),
    "organization:syrian-social-affairs-ministry": ("Organization", "Syrian Ministry of Social Affairs and Labour",
                                                    "وزارة الشؤون الاجتماعية والعمل السورية"),
    "organization:autonomous-administration-nes": ("Organization", "Autonomous Administration of North and East Syria",
                                                   "الإدارة الذاتية لشمال وشرق سوريا"),
    "organization:syrian-national-army": ("Organization", "Syrian National Army", "الجيش الوطني السوري"),
    "organization:nationalist-movement-party": ("Organization", "Nationalist Movement Party (MHP)",
                                                "حزب الحركة القومية"),
    "organization:german-foreign-ministry": ("Organization", "German Federal Foreign Office", "وزارة الخارجية الألمانية"),
    "organization:french-foreign-ministry": ("Organization", "French Ministry for Europe and Foreign Affairs",
                                             "وزارة الخارجية الفرنسية"),
    "organization:lebanese-defence-ministry": ("Organization", "Lebanese Ministry of National Defence",
                                               "وزارة الدفاع اللبنانية"),
    # --- places
    "location:qamishli": ("Location", "Qamishli", "القامشلي"),
    "location:qusayr": ("Location", "Qusayr", "القصير"),
    "location:imrali": ("Location", "Imrali island", "جزيرة إيمرالي"),
    "location:harasta": ("Location", "Harasta", "حرستا"),
    # --- outlets
    "outlet:anadolu-agency": ("Outlet", "Anadolu Agency", "وكالة الأناضول"),
    "outlet:trt-world": ("Outlet", "TRT World", "تي آر تي وورلد"),
    "outlet:enab-baladi": ("Outlet", "Enab Baladi", "عنب بلدي"),
    "outlet:syria-tv": ("Outlet", "Syria TV", "تلفزيون سوريا"),
    "outlet:al-arabiya": ("Outlet", "Al Arabiya", "العربية"),
    "outlet:daily-sabah": ("Outlet", "Daily Sabah", "ديلي صباح"),
    "outlet:sana": ("Outlet", "SANA (Syrian Arab News Agency)", "الوكالة العربية السورية للأنباء (سانا)"),
}

_BEFORE = {**_CK, **_CQ, **_CT, **_CW, **_CZ, **_DC, **_DF, **_DI, **_DL, **_DO, **_DR}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
