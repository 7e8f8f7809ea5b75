"""Entities new to the project used by blind sets FL, FM and FN (session 19, round 2: Turkey, Syria's
north and the Kurds 2016-2025).

`NEW` holds only ids that none of blind_entities_ev/ey/fb.ALL defines. `ALL` merges those three
tables plus NEW. The parallel annotators' files of session 19 are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_ev import ALL as _EV  # noqa: E402
from blind_entities_ey import ALL as _EY  # noqa: E402
from blind_entities_fb import ALL as _FB  # noqa: E402

NEW = {
    # --- people
    "person:mike-pence": ("Person", "Mike Pence", "مايك بنس"),
    "person:james-jeffrey": ("Person", "James Jeffrey", "جيمس جيفري"),
    "person:murat-karayilan": ("Person", "Murat Karayilan", "مراد قرة يلان"),
    "person:cemil-bayik": ("Person", "Cemil Bayik", "جميل بايك"),
    "person:ahmet-turk": ("Person", "Ahmet Turk", "أحمد ترك"),
    "person:tuncer-bakirhan": ("Person", "Tuncer Bakirhan", "تونجر باكرهان"),
    "person:hevrin-khalaf": ("Person", "Hevrin Khalaf", "هفرين خلف"),
    "person:rojhat-qamishlo": ("Person", "Rojhat Qamishlo (PKK/YPG, MIT claim)", "روجهات قامشلو"),
    "person:dilovan-hesekeh": ("Person", "Dilovan Hesekeh (SDF official)", "ديلوفان حسكة"),
    # --- organisations
    "organization:ahrar-al-sharqiya": ("Organization", "Ahrar al-Sharqiya", "أحرار الشرقية"),
    "organization:future-syria-party": ("Organization", "Future Syria Party", "حزب سوريا المستقبل"),
    "organization:syrian-democratic-council": ("Organization", "Syrian Democratic Council", "مجلس سوريا الديمقراطية"),
    "organization:nato": ("Organization", "NATO", "حلف شمال الأطلسي (الناتو)"),
    # --- places
    "location:kazan": ("Location", "Kazan", "قازان"),
    "location:sochi": ("Location", "Sochi", "سوتشي"),
    "location:kobani": ("Location", "Kobani (Ain al-Arab)", "كوباني (عين العرب)"),
    "location:qandil": ("Location", "Qandil mountains", "جبال قنديل"),
    "location:tishreen-dam": ("Location", "Tishreen Dam", "سد تشرين"),
    "location:sheikh-maqsoud": ("Location", "Sheikh Maqsoud (Aleppo)", "حي الشيخ مقصود"),
    "location:brussels": ("Location", "Brussels", "بروكسل"),
    "location:jasana-cave": ("Location", "Jasana cave (Sulaymaniyah)", "كهف جاسنه"),
    # --- outlets
    "outlet:north-press": ("Outlet", "North Press Agency", "نورث برس"),
    "outlet:trt-arabi": ("Outlet", "TRT Arabi", "تي آر تي عربي"),
}

_BEFORE = {**_EV, **_EY, **_FB}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_EV, **_EY, **_FB, **NEW}
