"""Entities new to the project used by blind sets GD, GE and GF (session 20 annotator: Somalia and
the Horn of Africa 2017-2025: Somali presidents and prime ministers, al-Shabaab and Islamic State
leaders killed in US strikes, Ethiopia, Eritrea, Kenya, Somaliland, AU / IGAD envoys, Turkish and
Emirati officials).

`NEW` holds only ids that none of blind_entities_fe/fh/fk/fn/fq/ft.ALL defines (ids shared with
the parallel table blind_entities_gc.py are spelled the same, but that table is not imported).
`ALL` merges those six tables plus NEW.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_fe import ALL as _FE  # noqa: E402
from blind_entities_fh import ALL as _FH  # noqa: E402
from blind_entities_fk import ALL as _FK  # noqa: E402
from blind_entities_fn import ALL as _FN  # noqa: E402
from blind_entities_fq import ALL as _FQ  # noqa: E402
from blind_entities_ft import ALL as _FT  # noqa: E402

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT}

NEW = {
    # --- Somali leaders
    "person:mohamed-abdullahi-farmajo": ("Person", "Mohamed Abdullahi Mohamed (Farmajo)", "محمد عبد الله فرماجو"),
    "person:hassan-sheikh-mohamud": ("Person", "Hassan Sheikh Mohamud", "حسن شيخ محمود"),
    "person:sharif-sheikh-ahmed": ("Person", "Sharif Sheikh Ahmed", "شريف شيخ أحمد"),
    "person:mohamed-hussein-roble": ("Person", "Mohamed Hussein Roble", "محمد حسين روبلي"),
    "person:hamza-abdi-barre": ("Person", "Hamza Abdi Barre", "حمزة عبدي بري"),
    "person:hassan-ali-khaire": ("Person", "Hassan Ali Khaire", "حسن علي خيري"),
    "person:omar-abdirashid-sharmarke": ("Person", "Omar Abdirashid Ali Sharmarke", "عمر عبد الرشيد علي شارماركي"),
    "person:ahmed-moalim-fiqi": ("Person", "Ahmed Moalim Fiqi", "أحمد معلم فقي"),
    "person:fahad-yasin": ("Person", "Fahad Yasin", "فهد ياسين"),
    "person:said-abdullahi-deni": ("Person", "Said Abdullahi Deni", "سعيد عبد الله دني"),
    # --- Somaliland
    "person:muse-bihi-abdi": ("Person", "Muse Bihi Abdi", "موسى بيحي عبدي"),
    "person:abdirahman-irro": ("Person", "Abdirahman Mohamed Abdullahi (Irro)", "عبد الرحمن محمد عبد الله (عرو)"),
    "person:ahmed-silanyo": ("Person", "Ahmed Mohamed Mohamoud (Silanyo)", "أحمد محمد محمود (سيلانيو)"),
    # --- neighbours
    "person:abiy-ahmed": ("Person", "Abiy Ahmed", "آبي أحمد"),
    "person:hailemariam-desalegn": ("Person", "Hailemariam Desalegn", "هايلي ماريام ديسالين"),
    "person:taye-atske-selassie": ("Person", "Taye Atske Selassie", "تاي أتسقي سيلاسي"),
    "person:sahle-work-zewde": ("Person", "Sahle-Work Zewde", "سهلي ورق زودي"),
    "person:gedion-timothewos": ("Person", "Gedion Timothewos", "جيديون تيموثيوس"),
    "person:isaias-afwerki": ("Person", "Isaias Afwerki", "أسياس أفورقي"),
    "person:yemane-gebreab": ("Person", "Yemane Gebreab", "يماني جبرآب"),
    "person:william-ruto": ("Person", "William Ruto", "ويليام روتو"),
    "person:uhuru-kenyatta": ("Person", "Uhuru Kenyatta", "أوهورو كينياتا"),
    "person:raila-odinga": ("Person", "Raila Odinga", "رايلا أودينغا"),
    "person:ismail-omar-guelleh": ("Person", "Ismail Omar Guelleh", "إسماعيل عمر جيله"),
    "person:shakhboot-bin-nahyan": ("Person", "Shakhboot bin Nahyan Al Nahyan", "شخبوط بن نهيان آل نهيان"),
    # --- militants
    "person:ahmed-diriye": ("Person", "Ahmed Diriye (Abu Ubaidah)", "أحمد ديري (أبو عبيدة)"),
    "person:ahmed-abdi-godane": ("Person", "Ahmed Abdi Godane", "أحمد عبدي غودني"),
    "person:abdullahi-nadir": ("Person", "Abdullahi Nadir (Abdullahi Yare)", "عبد الله نادر (عبد الله يري)"),
    "person:mahad-karate": ("Person", "Abdirahman Mohamed Warsame (Mahad Karate)", "مهد كاراتي"),
    "person:bilal-al-sudani": ("Person", "Bilal al-Sudani", "بلال السوداني"),
    "person:abdulqadir-mumin": ("Person", "Abdulqadir Mumin", "عبد القادر مؤمن"),
    "person:ahmed-maeleninine": ("Person", "Ahmed Maeleninine", "أحمد ماء العينين"),
    # --- US commanders
    "person:michael-langley": ("Person", "Michael Langley", "مايكل لانغلي"),
    "person:dagvin-anderson": ("Person", "Dagvin Anderson", "داغفين أندرسون"),
    # --- AU / IGAD
    "person:moussa-faki-mahamat": ("Person", "Moussa Faki Mahamat", "موسى فقي محمد"),
    "person:mahmoud-ali-youssouf": ("Person", "Mahmoud Ali Youssouf", "محمود علي يوسف"),
    "person:mohammed-el-amine-souef": ("Person", "Mohammed El-Amine Souef", "محمد الأمين سويف"),
    "person:francisco-madeira": ("Person", "Francisco Madeira", "فرانسيسكو ماديرا"),
    "person:workneh-gebeyehu": ("Person", "Workneh Gebeyehu", "ورقنه جبيهو"),
    "person:mahboub-maalim": ("Person", "Mahboub Maalim", "محبوب معلم"),
    # --- countries
    "country:somalia": ("Country", "Somalia", "الصومال"),
    "country:ethiopia": ("Country", "Ethiopia", "إثيوبيا"),
    "country:eritrea": ("Country", "Eritrea", "إريتريا"),
    "country:kenya": ("Country", "Kenya", "كينيا"),
    "country:djibouti": ("Country", "Djibouti", "جيبوتي"),
    # --- organisations
    "organization:somali-federal-government": ("Organization", "Federal Government of Somalia (cabinet)",
                                               "الحكومة الفيدرالية الصومالية"),
    "organization:somali-parliament": ("Organization", "Federal Parliament of Somalia", "البرلمان الصومالي"),
    "organization:somali-foreign-ministry": ("Organization", "Somali Ministry of Foreign Affairs",
                                             "وزارة الخارجية الصومالية"),
    "organization:nisa-somalia": ("Organization", "National Intelligence and Security Agency (Somalia)",
                                  "جهاز المخابرات والأمن الوطني الصومالي"),
    "organization:ethiopian-foreign-ministry": ("Organization", "Ethiopian Ministry of Foreign Affairs",
                                                "وزارة الخارجية الإثيوبية"),
    "organization:djibouti-foreign-ministry": ("Organization", "Djibouti Ministry of Foreign Affairs",
                                               "وزارة الخارجية الجيبوتية"),
    "organization:al-shabaab": ("Organization", "Al-Shabaab", "حركة الشباب"),
    "organization:amniyat": ("Organization", "Amniyat (al-Shabaab intelligence wing)", "الأمنيات"),
    "organization:islamic-state-somalia": ("Organization", "Islamic State in Somalia", "تنظيم الدولة الإسلامية في الصومال"),
    "organization:us-africa-command": ("Organization", "US Africa Command (AFRICOM)", "القيادة الأميركية في أفريقيا (أفريكوم)"),
    "organization:african-union": ("Organization", "African Union", "الاتحاد الأفريقي"),
    "organization:african-union-commission": ("Organization", "African Union Commission", "مفوضية الاتحاد الأفريقي"),
    "organization:atmis": ("Organization", "AU mission in Somalia (AMISOM / ATMIS)", "بعثة الاتحاد الأفريقي في الصومال"),
    "organization:igad": ("Organization", "IGAD (Intergovernmental Authority on Development)",
                          "الهيئة الحكومية للتنمية (إيغاد)"),
    # --- places
    "location:mogadishu": ("Location", "Mogadishu", "مقديشو"),
    "location:villa-somalia": ("Location", "Villa Somalia (presidential palace)", "فيلا صوماليا"),
    "location:jilib": ("Location", "Jilib", "جلب"),
    "location:somaliland": ("Location", "Somaliland", "أرض الصومال (صوماليلاند)"),
    "location:hargeisa": ("Location", "Hargeisa", "هرجيسا"),
    "location:puntland": ("Location", "Puntland", "بونتلاند"),
    "location:cal-miskaad": ("Location", "Cal Miskaad mountains (Puntland)", "جبال عل مسكاد"),
    "location:addis-ababa": ("Location", "Addis Ababa", "أديس أبابا"),
    "location:asmara": ("Location", "Asmara", "أسمرا"),
    "location:nairobi": ("Location", "Nairobi", "نيروبي"),
    # --- outlets
    "outlet:garowe-online": ("Outlet", "Garowe Online", "غاروي أونلاين"),
    "outlet:hiiraan-online": ("Outlet", "Hiiraan Online", "هيران أونلاين"),
    "outlet:sonna": ("Outlet", "Somali National News Agency (SONNA)", "وكالة الأنباء الصومالية (صونا)"),
    "outlet:ena": ("Outlet", "Ethiopian News Agency", "وكالة الأنباء الإثيوبية"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **NEW}
