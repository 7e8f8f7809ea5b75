"""Entities new to the project used by blind sets DD, DE and DF (annotator of README_DF.md).

`NEW` holds only ids that none of blind_entities_ck/cq/ct/cw/cz.ALL defines. `ALL` merges those
five tables plus NEW. The parallel annotators' files (sets DA-DC and DG-DI) are deliberately not
imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_ck import ALL as _CK  # noqa: E402
from blind_entities_cq import ALL as _CQ  # noqa: E402
from blind_entities_ct import ALL as _CT  # noqa: E402
from blind_entities_cw import ALL as _CW  # noqa: E402
from blind_entities_cz import ALL as _CZ  # noqa: E402

NEW = {
    # --- people
    "person:elias-bou-saab": ("Person", "Elias Bou Saab", "إلياس بو صعب"),
    "person:isaac-herzog": ("Person", "Isaac Herzog", "إسحاق هرتسوغ"),
    "person:mousa-abu-marzouk": ("Person", "Mousa Abu Marzouk", "موسى أبو مرزوق"),
    "person:nitzan-alon": ("Person", "Nitzan Alon", "نيتسان ألون"),
    "person:tomer-bar": ("Person", "Tomer Bar", "تومر بار"),
    "person:hussein-hazimeh": ("Person", "Hussein Hazimeh", "حسين هزيمة"),
    "person:talal-hamiyah": ("Person", "Talal Hamiyah", "طلال حمية"),
    "person:jasper-jeffers": ("Person", "Jasper Jeffers", "جاسبر جيفرز"),
    "person:yassine-jaber": ("Person", "Yassine Jaber", "ياسين جابر"),
    "person:rafa-salama": ("Person", "Rafa Salama", "رافع سلامة"),
    "person:salah-shehadeh": ("Person", "Salah Shehadeh", "صلاح شحادة"),
    "person:gal-hirsch": ("Person", "Gal Hirsch", "غال هيرش"),
    "person:benny-gantz": ("Person", "Benny Gantz", "بيني غانتس"),
    "person:itamar-ben-gvir": ("Person", "Itamar Ben-Gvir", "إيتمار بن غفير"),
    "person:khalil-al-maqdah": ("Person", "Khalil al-Maqdah", "خليل المقدح"),
    "person:ali-baraka": ("Person", "Ali Baraka", "علي بركة"),
    "person:ashraf-dabbour": ("Person", "Ashraf Dabbour", "أشرف دبور"),
    "person:tarek-mitri": ("Person", "Tarek Mitri", "طارق متري"),
    "person:hazem-haniyeh": ("Person", "Hazem Haniyeh", "حازم هنية"),
    "person:amir-haniyeh": ("Person", "Amir Haniyeh", "أمير هنية"),
    "person:mohammed-haniyeh": ("Person", "Mohammed Haniyeh (son of Ismail Haniyeh)", "محمد هنية"),
    # --- organisations
    "organization:hamas-leadership-council": ("Organization", "Hamas Leadership Council", "المجلس القيادي لحركة حماس"),
    "organization:israeli-air-force": ("Organization", "Israeli Air Force", "سلاح الجو الإسرائيلي"),
    "organization:hezbollah-jihad-council": ("Organization", "Hezbollah Jihad Council", "المجلس الجهادي في حزب الله"),
    "organization:israeli-war-cabinet": ("Organization", "Israeli war cabinet (2023-2024)", "مجلس الحرب الإسرائيلي"),
    "organization:al-aqsa-martyrs-brigades": ("Organization", "Al-Aqsa Martyrs' Brigades", "كتائب شهداء الأقصى"),
    # --- places
    "location:tel-aviv": ("Location", "Tel Aviv", "تل أبيب"),
    "location:jerusalem": ("Location", "Jerusalem", "القدس"),
    "location:marijeh": ("Location", "Marijeh (Beirut southern suburbs)", "المريجة"),
    "location:majdal-shams": ("Location", "Majdal Shams", "مجدل شمس"),
    "location:baabda-palace": ("Location", "Baabda Palace", "قصر بعبدا"),
    "location:camille-chamoun-sports-city": ("Location", "Camille Chamoun Sports City Stadium",
                                             "مدينة كميل شمعون الرياضية"),
    "location:sidon": ("Location", "Sidon", "صيدا"),
    "location:al-shati-camp": ("Location", "al-Shati refugee camp", "مخيم الشاطئ"),
    "location:gaza-city": ("Location", "Gaza City", "مدينة غزة"),
    "location:warsaw": ("Location", "Warsaw", "وارسو"),
    # --- outlets
    "outlet:haaretz": ("Outlet", "Haaretz", "هآرتس"),
    "outlet:al-akhbar": ("Outlet", "Al-Akhbar (Lebanon)", "الأخبار"),
}

_BEFORE = {**_CK, **_CQ, **_CT, **_CW, **_CZ}
assert not set(NEW) & set(_BEFORE), set(NEW) & set(_BEFORE)
ALL = {**_BEFORE, **NEW}
