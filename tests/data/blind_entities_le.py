"""Entities new to the project used by blind sets LD and LE (session 42: Somalia, Nigeria and the Sahel,
2014-2025: al-Shabaab's and Boko Haram's leaders and their successors, Somali prime ministers and
speakers, Nigeria's service chiefs, the juntas of Mali, Niger and Burkina Faso and the envoys and
officials they received).

`NEW` holds only ids that none of the tables in blind_tables.TABLES_TO_SESSION_34 defines. `ALL`
merges those tables plus NEW. The parallel annotators' files of session 42 are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_tables import TABLES_TO_SESSION_34, merged_all  # noqa: E402

_BEFORE = merged_all(TABLES_TO_SESSION_34)

NEW = {
    # --- people: Somalia
    "person:aden-hashi-ayro": ("Person", "Aden Hashi Ayro (al-Shabaab military commander, killed 2008)", "آدم حاشي عيرو"),
    "person:mahamat-saleh-annadif": ("Person", "Mahamat Saleh Annadif (AU special representative for Somalia, 2012-2014)", "محمد صالح النظيف"),
    "person:abdiweli-sheikh-ahmed": ("Person", "Abdiweli Sheikh Ahmed (Somali prime minister, 2013-2014)", "عبد الولي شيخ أحمد"),
    "person:khalif-ahmed-ereg": ("Person", "Khalif Ahmed Ereg (Somali national security minister, 2014)", "خليف أحمد إيريغ"),
    "person:mahdi-mohamed-guled": ("Person", "Mahdi Mohamed Guled (Somali deputy prime minister, acting prime minister 2020)", "مهدي محمد جوليد"),
    "person:adan-mohamed-nur-madobe": ("Person", "Adan Mohamed Nur Madobe (speaker of Somalia's House of the People from 2022)", "آدم محمد نور مادوبي"),
    "person:tahliil-abdishakur": ("Person", "Tahliil Abdishakur (head of al-Shabaab's Amniyat intelligence wing, killed 2014)", "طحليل عبد الشكور"),
    "person:kelly-cahalan": ("Person", "Kelly Cahalan (US Africa Command spokeswoman)", "كيلي كاهالان"),
    # --- people: Nigeria, Boko Haram and ISWAP
    "person:abubakar-shekau": ("Person", "Abubakar Shekau (leader of Boko Haram, died 2021)", "أبو بكر شيكاو"),
    "person:abu-musab-al-barnawi": ("Person", "Abu Musab al-Barnawi (leader of the Islamic State West Africa Province)", "أبو مصعب البرناوي"),
    "person:mohammed-yusuf": ("Person", "Mohammed Yusuf (founder of Boko Haram, died 2009)", "محمد يوسف"),
    "person:bakura-doro": ("Person", "Bakura Doro (leader of Boko Haram's Shekau faction from 2021)", "باكورا دورو"),
    "person:muhammadu-buhari": ("Person", "Muhammadu Buhari (president of Nigeria, 2015-2023)", "محمد بخاري"),
    "person:babagana-zulum": ("Person", "Babagana Umara Zulum (governor of Borno State)", "باباغانا زولوم"),
    "person:babagana-monguno": ("Person", "Babagana Monguno (Nigerian national security adviser, 2015-2023)", "باباغانا مونغونو"),
    "person:mohammed-yerima": ("Person", "Mohammed Yerima (Nigerian army spokesman)", "محمد يريما"),
    "person:lucky-irabor": ("Person", "Lucky Irabor (Nigerian chief of defence staff, 2021-2023)", "لاكي إيرابور"),
    "person:faruk-yahaya": ("Person", "Faruk Yahaya (Nigerian chief of army staff, 2021-2023)", "فاروق يحيى"),
    "person:oladayo-amao": ("Person", "Isiaka Oladayo Amao (Nigerian chief of air staff, 2021-2023)", "إسياكا أولادايو أماو"),
    "person:ibrahim-attahiru": ("Person", "Ibrahim Attahiru (Nigerian chief of army staff, died 2021)", "إبراهيم أتاهيرو"),
    "person:tukur-buratai": ("Person", "Tukur Yusuf Buratai (Nigerian chief of army staff, 2015-2021)", "توكور بوراتاي"),
    "person:gabriel-olonisakin": ("Person", "Gabriel Olonisakin (Nigerian chief of defence staff, 2015-2021)", "غابرييل أولونيساكين"),
    # --- people: the Sahel
    "person:malick-diaw": ("Person", "Malick Diaw (president of Mali's National Transitional Council)", "مالك دياو"),
    "person:victoria-nuland": ("Person", "Victoria Nuland (US acting deputy secretary of state, 2023)", "فيكتوريا نولاند"),
    "person:moussa-salaou-barmou": ("Person", "Moussa Salaou Barmou (chief of staff of Niger's armed forces from 2023)", "موسى سالاو بارمو"),
    "person:mahaman-moustapha-barke": ("Person", "Mahaman Moustapha Barke (Niger's petroleum minister)", "ماهامان موستافا باركي"),
    "person:albert-ouedraogo": ("Person", "Albert Ouedraogo (prime minister of Burkina Faso, 2022)", "ألبير ويدراوغو"),
    "person:suzi-carla-barbosa": ("Person", "Suzi Carla Barbosa (foreign minister of Guinea-Bissau)", "سوزي كارلا باربوسا"),
    "person:salifou-mody": ("Person", "Salifou Mody (Niger's defence minister from 2023)", "ساليفو مودي"),
    "person:alkassoum-indattou": ("Person", "Alkassoum Indattou (Niger's defence minister, 2021-2023)", "القاسم إنداتو"),
    "person:laurent-michon": ("Person", "Laurent Michon (commander of Operation Barkhane from 2021)", "لوران ميشون"),
    "person:marc-conruyt": ("Person", "Marc Conruyt (commander of Operation Barkhane, 2020-2021)", "مارك كونرويت"),
    # --- organisations
    "organization:boko-haram": ("Organization", "Boko Haram (Jama'at Ahl al-Sunna lil-Da'wa wal-Jihad)", "جماعة بوكو حرام"),
    "organization:iswap": ("Organization", "Islamic State West Africa Province (ISWAP)", "ولاية غرب أفريقيا (داعش)"),
    "organization:nigerian-army": ("Organization", "Nigerian Army", "الجيش النيجيري"),
    "organization:nigerian-armed-forces": ("Organization", "Armed Forces of Nigeria (Defence Headquarters)", "القوات المسلحة النيجيرية"),
    "organization:union-for-peace-and-development": ("Organization", "Union for Peace and Development Party (Somalia)", "حزب الاتحاد من أجل السلام والتنمية"),
    "organization:mali-national-transitional-council": ("Organization", "National Transitional Council (Mali)", "المجلس الوطني الانتقالي (مالي)"),
    "organization:nigerien-armed-forces": ("Organization", "Armed Forces of Niger", "القوات المسلحة النيجرية"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
