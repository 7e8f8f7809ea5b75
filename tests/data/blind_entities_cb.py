"""Entities new to the project used by blind sets BZ, CA and CB (annotator of README_CB.md).

`CB` holds only ids that no earlier blind_entities*.py defines. `ALL` merges the entity
tables the three sets read (KNOWN and the files of the earlier annotators; the parallel
annotator's file is deliberately not imported).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

CB = {
    # --- set BZ (Iranian appointments)
    "person:gholamreza-soleimani": ("Person", "Gholamreza Soleimani", "غلام رضا سليماني"),
    "person:gholamhossein-gheibparvar": ("Person", "Gholamhossein Gheibparvar",
                                         "غلام حسين غيب برور"),
    "person:zabihollah-khodaeian": ("Person", "Zabihollah Khodaeian", "ذبيح الله خدائيان"),
    "organization:iranian-police": ("Organization", "Iranian Police (FARAJA)", "الشرطة الإيرانية"),
    "person:ali-mohammad-ramezani": ("Person", "Ali Mohammad Ramezani", "علي محمد رمضاني"),
    "person:hassan-irloo": ("Person", "Hassan Irloo", "حسن إيرلو"),
    "person:hisham-sharaf": ("Person", "Hisham Sharaf", "هشام شرف"),
    "person:mohammad-reza-sheibani": ("Person", "Mohammad Reza Sheibani", "محمد رضا شيباني"),
    "organization:irgc-navy": ("Organization", "IRGC Navy", "القوة البحرية للحرس الثوري"),
    "person:alireza-tangsiri": ("Person", "Alireza Tangsiri", "علي رضا تنكسيري"),
    "person:saeed-montazerolmahdi": ("Person", "Saeed Montazerolmahdi", "سعيد منتظر المهدي"),
    "outlet:mehr": ("Outlet", "Mehr News Agency", "وكالة مهر"),
    # --- set CA (governments)
    "organization:lebanese-government": ("Organization", "Government of Lebanon",
                                         "الحكومة اللبنانية"),
    "person:hassan-diab": ("Person", "Hassan Diab", "حسان دياب"),
    "person:ghazi-wazni": ("Person", "Ghazi Wazni", "غازي وزني"),
    "person:nassif-hitti": ("Person", "Nassif Hitti", "ناصيف حتي"),
    "person:saad-al-hariri": ("Person", "Saad al-Hariri", "سعد الحريري"),
    "organization:future-movement": ("Organization", "Future Movement", "تيار المستقبل"),
    "organization:syrian-salvation-government": ("Organization", "Syrian Salvation Government",
                                                 "حكومة الإنقاذ السورية"),
    "person:murhaf-abu-qasra": ("Person", "Murhaf Abu Qasra", "مرهف أبو قصرة"),
    "person:walid-fayad": ("Person", "Walid Fayad", "وليد فياض"),
    "location:moscow": ("Location", "Moscow", "موسكو"),
    "person:walid-al-muallem": ("Person", "Walid al-Muallem", "وليد المعلم"),
    "person:bashar-al-jaafari": ("Person", "Bashar al-Jaafari", "بشار الجعفري"),
    "person:ahmed-awad-bin-mubarak": ("Person", "Ahmed Awad bin Mubarak", "أحمد عوض بن مبارك"),
    "person:maeen-abdulmalik": ("Person", "Maeen Abdulmalik", "معين عبد الملك"),
    "person:rashad-al-alimi": ("Person", "Rashad al-Alimi", "رشاد العليمي"),
    "person:abdrabbuh-mansour-hadi": ("Person", "Abdrabbuh Mansour Hadi", "عبد ربه منصور هادي"),
    "organization:presidential-leadership-council": ("Organization",
                                                     "Presidential Leadership Council (Yemen)",
                                                     "مجلس القيادة الرئاسي"),
    "location:aden": ("Location", "Aden", "عدن"),
    "person:abbas-ibrahim": ("Person", "Abbas Ibrahim", "عباس إبراهيم"),
    "organization:lebanese-general-security": ("Organization", "Lebanese General Security",
                                               "المديرية العامة للأمن العام اللبناني"),
    "person:raymond-ghajar": ("Person", "Raymond Ghajar", "ريمون غجر"),
    # --- set CB (strikes)
    "person:lisa-johnson": ("Person", "Lisa Johnson", "ليزا جونسون"),
    "organization:hezbollah-media-relations": ("Organization", "Hezbollah Media Relations Office",
                                               "العلاقات الإعلامية في حزب الله"),
    "person:milad-heydari": ("Person", "Milad Heydari", "ميلاد حيدري"),
    "person:meqdad-mehqani": ("Person", "Meqdad Mehqani", "مقداد مهقاني"),
    "person:ali-asghar-khaji": ("Person", "Ali Asghar Khaji", "علي أصغر خاجي"),
    "person:hassan-farhat": ("Person", "Hassan Farhat", "حسن فرحات"),
    "location:paris": ("Location", "Paris", "باريس"),
    "organization:international-court-of-justice": ("Organization", "International Court of Justice",
                                                    "محكمة العدل الدولية"),
    "person:ahmed-al-jabari": ("Person", "Ahmed al-Jabari", "أحمد الجعبري"),
    "person:behnam-shahriari": ("Person", "Behnam Shahriari", "بهنام شهرياري"),
    "organization:quds-force-unit-190": ("Organization", "Quds Force Unit 190",
                                         "الوحدة 190 في فيلق القدس"),
    "location:istanbul": ("Location", "Istanbul", "إسطنبول"),
    "person:hassan-bdeir": ("Person", "Hassan Bdeir", "حسن بدير"),
    "person:mahmoud-qamati": ("Person", "Mahmoud Qamati", "محمود قماطي"),
}


def _all() -> dict:
    from blind_entities import KNOWN
    from blind_entities_ac import AC
    from blind_entities_af import AF
    from blind_entities_ai import AI
    from blind_entities_al import AL
    from blind_entities_ao import AO
    from blind_entities_ar import AR
    from blind_entities_au import AU
    from blind_entities_ax import AX
    from blind_entities_ba import BA
    from blind_entities_bd import BD
    from blind_entities_bg import BG
    from blind_entities_bj import BJ
    from blind_entities_bm import BM
    from blind_entities_bp import BP
    from blind_entities_bs import BS
    from blind_entities_bv import BV
    from blind_entities_gl import EXTRA
    from blind_entities_mp import MP
    from blind_entities_qt import QT
    from blind_entities_uw import UW
    from blind_entities_xz import XZ
    out = {}
    for table in (KNOWN, EXTRA, MP, QT, UW, XZ, AC, AF, AI, AL, AO, AR, AU, AX, BA, BD, BG, BJ,
                  BM, BP, BS, BV):
        for k, v in table.items():
            out.setdefault(k, v)
    for k in CB:
        assert k not in out, f"{k} already defined elsewhere"
    out.update(CB)
    return out


ALL = _all()
