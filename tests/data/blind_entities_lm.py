"""Entities new to the project used by blind sets LL and LM (session 43: Sudan and the Horn of Africa,
2019-2025: Sudan's transition and war, the Jeddah talks and the envoys' visits to Port Sudan, Ethiopia,
Eritrea, South Sudan's leaders and the African Union's mediators).

`NEW` holds only ids that none of the tables in blind_tables.TABLES_TO_SESSION_42B defines. `ALL` merges
those tables plus NEW. The parallel annotators' files of session 43 are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_tables import TABLES_TO_SESSION_42B, merged_all  # noqa: E402

_BEFORE = merged_all(TABLES_TO_SESSION_42B)

NEW = {
    # --- people: Sudan
    "person:ibrahim-jaber": ("Person", "Ibrahim Jaber (Sudanese Sovereignty Council member, army lieutenant general)", "إبراهيم جابر"),
    "person:mohieldin-salem": ("Person", "Mohieldin Salem Ahmed Ibrahim (Sudanese foreign minister from 2025)", "محيي الدين سالم"),
    "person:khalid-al-aiser": ("Person", "Khalid Ali al-Aiser (Sudanese minister of culture and information)", "خالد الأعيسر"),
    "person:ahmed-mufaddal": ("Person", "Ahmed Ibrahim Mufaddal (director of Sudan's General Intelligence Service)", "أحمد إبراهيم مفضل"),
    "person:jamal-abdelmajid": ("Person", "Jamal Abdelmajid (director of Sudan's General Intelligence Service until 2022)", "جمال عبد المجيد"),
    # --- people: South Sudan
    "person:salva-kiir": ("Person", "Salva Kiir Mayardit (president of South Sudan)", "سلفاكير ميارديت"),
    "person:riek-machar": ("Person", "Riek Machar (first vice-president of South Sudan, SPLM-IO leader)", "رياك مشار"),
    "person:benjamin-bol-mel": ("Person", "Benjamin Bol Mel (vice-president of South Sudan, 2025)", "بنجامين بول ميل"),
    "person:james-wani-igga": ("Person", "James Wani Igga (vice-president of South Sudan until 2025)", "جيمس واني إيغا"),
    "person:tut-gatluak": ("Person", "Tut Kew Gatluak (South Sudan presidential security adviser)", "توت قلواك"),
    "person:james-pitia-morgan": ("Person", "James Pitia Morgan (South Sudanese foreign minister, 2023)", "جيمس بيتيا مورغان"),
    "person:mayiik-ayii-deng": ("Person", "Mayiik Ayii Deng (South Sudanese foreign minister until 2023)", "مايك أيي دينق"),
    "person:david-majur-dak": ("Person", "David Majur Dak (South Sudanese army general, killed in Nasir in 2025)", "ديفيد ماجور داك"),
    # --- people: Ethiopia, Eritrea
    "person:temesgen-tiruneh": ("Person", "Temesgen Tiruneh (Ethiopian deputy prime minister from 2024)", "تمسغن تيرونه"),
    "person:demeke-mekonnen": ("Person", "Demeke Mekonnen (Ethiopian deputy prime minister and foreign minister until 2024)", "دمقي مكونن"),
    "person:osman-saleh": ("Person", "Osman Saleh Mohammed (Eritrean foreign minister)", "عثمان صالح"),
    # --- people: African Union, Egypt
    "person:mohamed-ibn-chambas": ("Person", "Mohamed Ibn Chambas (chair of the African Union High-Level Panel on Sudan)", "محمد بن شمباس"),
    "person:john-godfrey": ("Person", "John Godfrey (US ambassador to Sudan, 2022-2024)", "جون غودفري"),
    "person:hany-salah": ("Person", "Hany Salah (Egyptian ambassador to Sudan)", "هاني صلاح"),
    "person:ignazio-cassis": ("Person", "Ignazio Cassis (Swiss foreign minister)", "إينياتسيو كاسيس"),
    # --- organisations, places
    "organization:sudanese-general-intelligence": ("Organization", "General Intelligence Service (Sudan)", "جهاز المخابرات العامة السوداني"),
    "organization:splm-io": ("Organization", "Sudan People's Liberation Movement-in-Opposition (SPLM-IO)", "الحركة الشعبية لتحرير السودان في المعارضة"),
    "organization:au-high-level-panel-sudan": ("Organization", "African Union High-Level Panel on Sudan", "الآلية الأفريقية رفيعة المستوى بشأن السودان"),
    "country:south-sudan": ("Country", "South Sudan", "جنوب السودان"),
    "location:juba": ("Location", "Juba", "جوبا"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
