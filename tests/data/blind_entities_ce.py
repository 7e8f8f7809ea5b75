"""Entities new to the project used by blind sets CC, CD and CE (annotator of README_CE.md).

`CE` holds only ids that no earlier blind_entities*.py defines. `ALL` merges the tables the
three sets read: blind_entities_cb.ALL (KNOWN and the earlier annotators' files) plus CE.
The parallel annotator's file is deliberately not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_cb import ALL as _BEFORE  # noqa: E402

CE = {
    # --- people
    "person:vladimir-putin": ("Person", "Vladimir Putin", "فلاديمير بوتين"),
    "person:alexander-novak": ("Person", "Alexander Novak", "ألكسندر نوفاك"),
    "person:mikhail-bogdanov": ("Person", "Mikhail Bogdanov", "ميخائيل بوغدانوف"),
    "person:alexander-lavrentiev": ("Person", "Alexander Lavrentiev", "ألكسندر لافرنتييف"),
    "person:burhan-koroglu": ("Person", "Burhan Koroglu", "برهان كور أوغلو"),
    "person:hans-grundberg": ("Person", "Hans Grundberg", "هانس غروندبرغ"),
    "person:karoline-leavitt": ("Person", "Karoline Leavitt", "كارولين ليفيت"),
    "person:maher-al-agal": ("Person", "Maher al-Agal", "ماهر العقال"),
    "person:geir-pedersen": ("Person", "Geir Pedersen", "غير بيدرسن"),
    "person:staffan-de-mistura": ("Person", "Staffan de Mistura", "ستافان دي ميستورا"),
    "person:joanna-wronecka": ("Person", "Joanna Wronecka", "يوانا فرونتسكا"),
    "person:aroldo-lazaro": ("Person", "Aroldo Lazaro", "أرولدو لاثارو"),
    "person:treefa-aziz": ("Person", "Treefa Aziz", "تريفة عزيز"),
    "person:wendy-sherman": ("Person", "Wendy Sherman", "ويندي شيرمان"),
    "person:kazem-jalali": ("Person", "Kazem Jalali", "كاظم جلالي"),
    "person:mehdi-sanaei": ("Person", "Mehdi Sanaei", "مهدي سنائي"),
    "person:sergei-ryabkov": ("Person", "Sergei Ryabkov", "سيرغي ريابكوف"),
    "person:annalena-baerbock": ("Person", "Annalena Baerbock", "أنالينا بيربوك"),
    "person:stephane-sejourne": ("Person", "Stephane Sejourne", "ستيفان سيجورنيه"),
    "person:dmitry-peskov": ("Person", "Dmitry Peskov", "دميتري بيسكوف"),
    "person:ann-snow": ("Person", "Ann Snow", "آن سنو"),
    "person:david-cameron": ("Person", "David Cameron", "ديفيد كاميرون"),
    "person:tom-barrack": ("Person", "Tom Barrack", "توماس براك"),
    "person:keir-starmer": ("Person", "Keir Starmer", "كير ستارمر"),
    "person:john-healey": ("Person", "John Healey", "جون هيلي"),
    "person:stephen-hitchen": ("Person", "Stephen Hitchen", "ستيفن هيتشن"),
    "person:alexander-venediktov": ("Person", "Alexander Venediktov", "ألكسندر فينيديكتوف"),
    "person:ajit-doval": ("Person", "Ajit Doval", "أجيت دوفال"),
    "person:jamal-khashoggi": ("Person", "Jamal Khashoggi", "جمال خاشقجي"),
    "person:maxim-maksimov": ("Person", "Maxim Maksimov", "ماكسيم ماكسيموف"),
    # --- organisations, outlets, places
    "country:yemen": ("Country", "Yemen", "اليمن"),
    "country:india": ("Country", "India", "الهند"),
    "outlet:ria-novosti": ("Outlet", "RIA Novosti", "ريا نوفوستي"),
    "organization:unifil": ("Organization", "United Nations Interim Force in Lebanon (UNIFIL)",
                            "قوات الأمم المتحدة المؤقتة في لبنان (اليونيفيل)"),
    "organization:kremlin": ("Organization", "Kremlin (Russian presidential administration)",
                             "الكرملين"),
    "organization:uk-foreign-office": ("Organization", "Foreign, Commonwealth and Development Office",
                                       "وزارة الخارجية البريطانية"),
    "location:saydnaya-prison": ("Location", "Saydnaya prison", "سجن صيدنايا"),
    "location:naqoura": ("Location", "Naqoura", "الناقورة"),
    "location:saudi-consulate-istanbul": ("Location", "Saudi consulate in Istanbul",
                                          "القنصلية السعودية في إسطنبول"),
}

for _k in CE:
    assert _k not in _BEFORE, f"{_k} already defined elsewhere"

ALL = {**_BEFORE, **CE}
