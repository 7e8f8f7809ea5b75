"""Entities new to the project used by blind sets FI, FJ and FK (session 19, Gaza war diplomacy
and Hamas leadership 2023-2025).

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
    "person:mohammad-mustafa": ("Person", "Mohammad Mustafa", "محمد مصطفى"),
    "person:mohammad-shtayyeh": ("Person", "Mohammad Shtayyeh", "محمد اشتية"),
    "person:hussein-al-sheikh": ("Person", "Hussein al-Sheikh", "حسين الشيخ"),
    "person:david-zini": ("Person", "David Zini", "ديفيد زيني"),
    "person:jared-kushner": ("Person", "Jared Kushner", "جاريد كوشنر"),
    "person:ahmed-fahmy": ("Person", "Ahmed Fahmy (Egyptian presidential spokesman)", "أحمد فهمي"),
    "person:samir-findi": ("Person", "Samir Findi (Abu Amer)", "سمير فندي"),
    "person:mohamed-el-shennawy": ("Person", "Mohamed El-Shennawy (Egyptian presidential spokesman)",
                                   "محمد الشناوي"),
    "person:mahmoud-al-aloul": ("Person", "Mahmoud al-Aloul", "محمود العالول"),
    "person:cevdet-yilmaz": ("Person", "Cevdet Yilmaz", "جودت يلماز"),
    # --- organisations
    "organization:plo": ("Organization", "Palestine Liberation Organization", "منظمة التحرير الفلسطينية"),
    "organization:plo-executive-committee": ("Organization", "PLO Executive Committee",
                                             "اللجنة التنفيذية لمنظمة التحرير الفلسطينية"),
    "organization:fatah": ("Organization", "Fatah", "حركة فتح"),
    "organization:palestinian-government": ("Organization", "Palestinian government (PA cabinet)",
                                            "الحكومة الفلسطينية"),
    "organization:hamas-political-bureau": ("Organization", "Hamas political bureau",
                                            "المكتب السياسي لحركة حماس"),
    "organization:palestine-investment-fund": ("Organization", "Palestine Investment Fund",
                                               "صندوق الاستثمار الفلسطيني"),
    "organization:uae-foreign-ministry": ("Organization", "UAE Ministry of Foreign Affairs",
                                          "وزارة الخارجية الإماراتية"),
    # --- places
    "location:ittihadiya-palace": ("Location", "Ittihadiya Palace (Cairo)", "قصر الاتحادية"),
    "location:sharm-el-sheikh": ("Location", "Sharm El-Sheikh", "شرم الشيخ"),
    "location:musharafieh": ("Location", "Musharafieh (Beirut southern suburbs)", "المشرفية"),
    # --- outlets
    "outlet:al-ahram": ("Outlet", "Al-Ahram", "الأهرام"),
    "outlet:wafa": ("Outlet", "WAFA (Palestinian news agency)", "وكالة الأنباء الفلسطينية (وفا)"),
    "outlet:axios": ("Outlet", "Axios", "أكسيوس"),
}

_BEFORE = {**_EV, **_EY, **_FB}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_EV, **_EY, **_FB, **NEW}
