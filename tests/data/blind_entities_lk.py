"""Entities new to the project used by blind sets LJ and LK (session 42, annotator w6: Libya, Tunisia
and Algeria 2011-2025: the end of Gaddafi and the National Transitional Council, Libya's rival
governments and their foreign visitors, Tunisia's prime ministers under Kais Saied, Algeria's
presidents and army chiefs, Tunisia's political killings of 2013).

`NEW` holds only ids that none of the tables in blind_tables.TABLES_TO_SESSION_42 defines. `ALL`
merges those tables (merged_all(TABLES_TO_SESSION_42)) plus NEW. The parallel annotators' files of
session 42 are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_tables import TABLES_TO_SESSION_42, merged_all  # noqa: E402

_BEFORE = merged_all(TABLES_TO_SESSION_42)

NEW = {
    # --- people: Libya 2011
    "person:muammar-gaddafi": ("Person", "Muammar Gaddafi (ruler of Libya 1969-2011, killed 2011)", "معمر القذافي"),
    "person:mutassim-gaddafi": ("Person", "Mutassim Gaddafi (son of Muammar Gaddafi, killed 2011)", "المعتصم القذافي"),
    "person:abu-bakr-younis-jabr": ("Person", "Abu Bakr Younis Jabr (Gaddafi's defence minister, killed 2011)", "أبو بكر يونس جابر"),
    "person:mustafa-abdul-jalil": ("Person", "Mustafa Abdul Jalil (chairman of Libya's National Transitional Council, 2011-2012)", "مصطفى عبد الجليل"),
    "person:mahmoud-jibril": ("Person", "Mahmoud Jibril (head of the NTC executive office, 2011)", "محمود جبريل"),
    "person:ali-tarhouni": ("Person", "Ali Tarhouni (acting head of the NTC executive office, October 2011)", "علي الترهوني"),
    "person:abdurrahim-el-keib": ("Person", "Abdurrahim El-Keib (Libyan interim prime minister, 2011-2012)", "عبد الرحيم الكيب"),
    "person:nicolas-sarkozy": ("Person", "Nicolas Sarkozy", "نيكولا ساركوزي"),
    # --- people: Libya 2020-2025
    "person:salaheddine-al-namroush": ("Person", "Salaheddine al-Namroush (defence minister of the Government of National Accord, 2020)", "صلاح الدين النمروش"),
    "person:serhat-aksen": ("Person", "Serhat Aksen (Turkish ambassador to Libya, 2017-2020)", "سرحات أكسن"),
    "person:andrei-averyanov": ("Person", "Andrei Averyanov (Russian military intelligence general)", "أندريه أفيريانوف"),
    "person:musa-al-koni": ("Person", "Musa al-Koni (member of Libya's Presidential Council)", "موسى الكوني"),
    "person:adel-jumaa": ("Person", "Adel Jumaa (minister of state for cabinet affairs, Government of National Unity)", "عادل جمعة"),
    "person:belgasem-haftar": ("Person", "Belgasem Haftar (head of Libya's Development and Reconstruction Fund, son of Khalifa Haftar)", "بلقاسم حفتر"),
    # --- people: Algeria
    "person:abdelaziz-bouteflika": ("Person", "Abdelaziz Bouteflika (president of Algeria, 1999-2019)", "عبد العزيز بوتفليقة"),
    "person:abdelkader-bensalah": ("Person", "Abdelkader Bensalah (acting head of state of Algeria, 2019)", "عبد القادر بن صالح"),
    "person:abdelaziz-djerad": ("Person", "Abdelaziz Djerad (prime minister of Algeria, 2020-2021)", "عبد العزيز جراد"),
    "person:azzouz-baallal": ("Person", "Azzouz Baallal (Algerian ambassador to Tunisia)", "عزوز باعلال"),
    # --- people: Tunisia
    "person:youssef-chahed": ("Person", "Youssef Chahed (head of government of Tunisia, 2016-2020)", "يوسف الشاهد"),
    "person:elyes-fakhfakh": ("Person", "Elyes Fakhfakh (head of government of Tunisia, 2020)", "إلياس الفخفاخ"),
    "person:hichem-mechichi": ("Person", "Hichem Mechichi (head of government of Tunisia, 2020-2021)", "هشام المشيشي"),
    "person:khaled-nouri": ("Person", "Khaled Nouri (Tunisian interior minister from 2024)", "خالد النوري"),
    "person:nabil-ammar": ("Person", "Nabil Ammar (Tunisian foreign minister, 2023-2025)", "نبيل عمار"),
    "person:leila-jaffel": ("Person", "Leila Jaffel (Tunisian justice minister)", "ليلى جفال"),
    "person:chokri-belaid": ("Person", "Chokri Belaid (Tunisian opposition leader, killed 2013)", "شكري بلعيد"),
    "person:abdelmajid-belaid": ("Person", "Abdelmajid Belaid (brother of Chokri Belaid)", "عبد المجيد بلعيد"),
    "person:mohamed-brahmi": ("Person", "Mohamed Brahmi (Tunisian opposition MP, killed 2013)", "محمد البراهمي"),
    "person:kamel-gadhgadhi": ("Person", "Kamel Gadhgadhi (jihadist accused of shooting Chokri Belaid, killed 2014)", "كمال القضقاضي"),
    "person:boubaker-el-hakim": ("Person", "Boubaker el-Hakim (French-Tunisian jihadist, killed 2016)", "أبو بكر الحكيم"),
    # --- people: Libya (government of national unity)
    "person:walid-ellafi": ("Person", "Walid Ellafi (minister of state for communication and political affairs, Government of National Unity)", "وليد اللافي"),
    # --- people: Italy
    "person:giorgia-meloni": ("Person", "Giorgia Meloni", "جورجيا ميلوني"),
    "person:matteo-piantedosi": ("Person", "Matteo Piantedosi (Italian interior minister)", "ماتيو بيانتيدوسي"),
    # --- organisations and places
    "organization:libyan-national-transitional-council": ("Organization", "National Transitional Council (Libya, 2011-2012)", "المجلس الوطني الانتقالي الليبي"),
    "organization:misrata-brigades": ("Organization", "Misrata brigades (rebel fighters from Misrata, 2011)", "كتائب مصراتة"),
    "organization:ansar-al-sharia-tunisia": ("Organization", "Ansar al-Sharia (Tunisia)", "أنصار الشريعة (تونس)"),
    "organization:tunisian-security-forces": ("Organization", "Tunisian security forces (Ministry of Interior)", "قوات الأمن التونسية"),
    "location:sirte": ("Location", "Sirte", "سرت"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
