"""Entities new to the project used by blind sets CU, CV and CW (annotator of README_CW.md).

`NEW` holds only ids that none of blind_entities_ch/ck/cn/cq.ALL defines.
`ALL` merges those four tables (KNOWN and the earlier annotators' files) plus NEW.
The parallel annotators' files (sets CR-CT, CX-CZ) are deliberately not imported.
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
    "person:mostafa-madbouly": ("Person", "Mostafa Madbouly", "مصطفى مدبولي"),
    "person:yusuf-bin-alawi": ("Person", "Yusuf bin Alawi bin Abdullah", "يوسف بن علوي بن عبد الله"),
    "person:boris-johnson": ("Person", "Boris Johnson", "بوريس جونسون"),
    "person:sabah-al-ahmad-al-sabah": ("Person", "Sabah al-Ahmad al-Jaber al-Sabah",
                                       "صباح الأحمد الجابر الصباح"),
    "person:baha-abu-al-ata": ("Person", "Baha Abu al-Ata", "بهاء أبو العطا"),
    "person:akram-al-ajouri": ("Person", "Akram al-Ajouri", "أكرم العجوري"),
    "person:ahmed-abdel-khalek": ("Person", "Ahmed Abdel Khalek", "أحمد عبد الخالق"),
    "person:ibrahim-al-assaf": ("Person", "Ibrahim al-Assaf", "إبراهيم العساف"),
    "person:ronen-bar": ("Person", "Ronen Bar", "رونين بار"),
    "person:hazem-qassem": ("Person", "Hazem Qassem", "حازم قاسم"),
    "person:mohammad-al-momani": ("Person", "Mohammad al-Momani", "محمد المومني"),
    "person:mahmoud-mardawi": ("Person", "Mahmoud Mardawi", "محمود مرداوي"),
    "person:david-barnea": ("Person", "David Barnea", "ديفيد برنياع"),
    "person:khalid-al-falih": ("Person", "Khalid al-Falih", "خالد الفالح"),
    "person:mohammad-sabah-al-salem": ("Person", "Mohammad Sabah al-Salem al-Sabah",
                                       "محمد صباح السالم الصباح"),
    "person:ahmad-nawaf-al-ahmad": ("Person", "Ahmad Nawaf al-Ahmad al-Sabah", "أحمد نواف الأحمد الصباح"),
    "person:mohammed-bin-rashid": ("Person", "Mohammed bin Rashid Al Maktoum", "محمد بن راشد آل مكتوم"),
    "person:khalifa-bin-zayed": ("Person", "Khalifa bin Zayed Al Nahyan", "خليفة بن زايد آل نهيان"),
    # --- organisations, outlets
    "organization:egyptian-foreign-ministry": ("Organization", "Egyptian Ministry of Foreign Affairs",
                                               "وزارة الخارجية المصرية"),
    "organization:syrian-foreign-ministry": ("Organization", "Syrian Ministry of Foreign Affairs",
                                             "وزارة الخارجية السورية"),
    "organization:turkish-defence-ministry": ("Organization", "Turkish Ministry of National Defence",
                                              "وزارة الدفاع التركية"),
    "organization:saudi-defence-ministry": ("Organization", "Saudi Ministry of Defence",
                                            "وزارة الدفاع السعودية"),
    "organization:shin-bet": ("Organization", "Israel Security Agency (Shin Bet)",
                              "جهاز الأمن العام الإسرائيلي (الشاباك)"),
    "organization:mossad": ("Organization", "Mossad", "الموساد"),
    "organization:jordanian-government": ("Organization", "Government of Jordan", "الحكومة الأردنية"),
    "outlet:oman-news-agency": ("Outlet", "Oman News Agency", "وكالة الأنباء العمانية"),
}

_BEFORE = {**_CH, **_CK, **_CN, **_CQ}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_CH, **_CK, **_CN, **_CQ, **NEW}
