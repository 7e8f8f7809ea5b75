"""Entities new to the project used by blind sets CI, CJ and CK (annotator of README_CK.md).

`CK` holds only ids that no earlier blind_entities*.py defines. `ALL` merges the tables the
three sets read: blind_entities_ce.ALL (KNOWN and the earlier annotators' files) plus CK.
The parallel annotator's file (blind_entities_ch.py) is deliberately not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_ce import ALL as _BEFORE  # noqa: E402

CK = {
    # --- people
    "person:malek-rahmati": ("Person", "Malek Rahmati", "مالك رحمتي"),
    "person:mohammad-ali-al-e-hashem": ("Person", "Mohammad Ali Al-e Hashem", "محمد علي آل هاشم"),
    "person:fatemeh-mohajerani": ("Person", "Fatemeh Mohajerani", "فاطمة مهاجراني"),
    "person:badr-abdelatty": ("Person", "Badr Abdelatty", "بدر عبد العاطي"),
    "person:michael-anton": ("Person", "Michael Anton", "مايكل أنتون"),
    "person:jamal-amer": ("Person", "Jamal Amer", "جمال عامر"),
    "person:abdulaziz-bin-habtoor": ("Person", "Abdulaziz bin Habtoor", "عبد العزيز بن حبتور"),
    "person:abdulqader-al-murtada": ("Person", "Abdulqader al-Murtada", "عبد القادر المرتضى"),
    "person:aidarous-al-zubaidi": ("Person", "Aidarous al-Zubaidi", "عيدروس الزبيدي"),
    "person:mohammed-al-atifi": ("Person", "Mohammed Nasser al-Atifi", "محمد ناصر العاطفي"),
    "person:salem-bin-breik": ("Person", "Salem Saleh bin Breik", "سالم صالح بن بريك"),
    "person:mohammed-al-hadrami": ("Person", "Mohammed al-Hadrami", "محمد الحضرمي"),
    "person:anas-khattab": ("Person", "Anas Khattab", "أنس خطاب"),
    "person:abdullah-bin-zayed": ("Person", "Abdullah bin Zayed", "عبد الله بن زايد"),
    "person:hussein-al-salameh": ("Person", "Hussein al-Salameh", "حسين السلامة"),
    "person:alaa-moussa": ("Person", "Alaa Moussa", "علاء موسى"),
    "person:mustapha-adib": ("Person", "Mustapha Adib", "مصطفى أديب"),
    "person:yazid-bin-farhan": ("Person", "Yazid bin Farhan", "يزيد بن فرحان"),
    "person:karim-souaid": ("Person", "Karim Souaid", "كريم سعيد"),
    "person:wassim-mansouri": ("Person", "Wassim Mansouri", "وسيم منصوري"),
    "person:riad-salameh": ("Person", "Riad Salameh", "رياض سلامة"),
    "person:mohsen-paknejad": ("Person", "Mohsen Paknejad", "محسن باك نجاد"),
    # --- organisations
    "organization:yemeni-government": ("Organization", "Government of Yemen (internationally recognised)",
                                       "الحكومة اليمنية"),
    "organization:syrian-general-intelligence": ("Organization", "General Intelligence Service (Syria)",
                                                 "جهاز الاستخبارات العامة السوري"),
    "organization:banque-du-liban": ("Organization", "Banque du Liban (central bank of Lebanon)",
                                     "مصرف لبنان"),
    "organization:saudi-foreign-ministry": ("Organization", "Saudi Ministry of Foreign Affairs",
                                            "وزارة الخارجية السعودية"),
}

for _k in CK:
    assert _k not in _BEFORE, f"{_k} already defined elsewhere"

ALL = {**_BEFORE, **CK}
