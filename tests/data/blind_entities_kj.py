"""Entities new to the project used by blind sets KH, KI and KJ (session 33: Iraq 2021-2025: the
government formation after the 2021 election and the ministers' handovers of October 2022, the
parliament speaker's removal and succession, the PMF and the factions, the Kurdistan Region's
government and parties, foreign envoys and ministers in Baghdad and Erbil, commanders killed in strikes).

`NEW` holds only ids that none of the tables of TABLES_TO_SESSION_31 (blind_entities_{fe,...,jx,ka,kd,kg}.ALL)
defines. `ALL` merges those tables plus NEW. The parallel annotators' files of session 33 are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_tables import TABLES_TO_SESSION_31, merged_all  # noqa: E402

_BEFORE = merged_all(TABLES_TO_SESSION_31)

NEW = {
    # --- people: Iraqi ministers of al-Kadhimi's government (handed over in October 2022)
    "person:adnan-dirjal": ("Person", "Adnan Dirjal (Iraqi youth and sports minister, 2020-2022)", "عدنان درجال"),
    "person:hani-al-aqabi": ("Person", "Hani Musa al-Aqabi (acting Iraqi health minister, 2021-2022)", "هاني موسى العقابي"),
    "person:adil-karim": ("Person", "Adil Karim (acting Iraqi electricity minister, 2021-2022)", "عادل كريم"),
    "person:nazenin-wasu": ("Person", "Nazenin Mohammed Wasu (Iraqi construction and housing minister, 2020-2022)", "نازنين محمد وسو"),
    "person:manhal-al-khabbaz": ("Person", "Manhal Aziz al-Khabbaz (Iraqi industry minister, 2020-2022)", "منهل عزيز الخباز"),
    "person:nabil-kadhim-abdul-sahib": ("Person", "Nabil Kadhim Abdul Sahib (Iraqi higher education minister, 2020-2022)", "نبيل كاظم عبد الصاحب"),
    "person:arkan-al-shibani": ("Person", "Arkan Shihab al-Shibani (Iraqi communications minister, 2020-2022)", "أركان شهاب الشيباني"),
    "person:ali-hamid-al-dulaimi": ("Person", "Ali Hamid Mukhlif al-Dulaimi (Iraqi education minister, 2020-2022)", "علي حميد مخلف الدليمي"),
    "person:mahdi-rashid-al-hamdani": ("Person", "Mahdi Rashid al-Hamdani (Iraqi water resources minister, 2020-2022)", "مهدي رشيد الحمداني"),
    "person:nasser-bandar": ("Person", "Nasser Hussein Bandar (Iraqi transport minister, 2020-2022)", "ناصر حسين بندر"),
    "person:adel-al-rikabi": ("Person", "Adel Hashoosh al-Rikabi (Iraqi labour and social affairs minister, 2020-2022)", "عادل حاشوش الركابي"),
    # --- people: Iraqi officials, MPs and politicians
    "person:ahmed-al-mubarqa": ("Person", "Ahmed al-Mubarqa (Iraqi youth and sports minister from 2022)", "أحمد المبرقع"),
    "person:basim-khashan": ("Person", "Basim Khashan (independent Iraqi MP)", "باسم خشان"),
    "person:mohammed-ibrahim-al-hafidh": ("Person", "Mohammed Ibrahim al-Hafidh (chairman of the Kirkuk provincial council from 2024)", "محمد إبراهيم الحافظ"),
    "person:alaa-jawad-hamid": ("Person", "Alaa Jawad Hamid (head of Iraq's Federal Integrity Commission until 2022)", "علاء جواد حميد"),
    "person:hussein-mones": ("Person", "Hussein Mones (head of the Huquq movement, Kataib Hezbollah's political wing)", "حسين مؤنس"),
    "person:alaa-al-rikabi": ("Person", "Alaa al-Rikabi (leader of the Imtidad movement)", "علاء الركابي"),
    # --- people: Kurdistan Region
    "person:haval-abubakir": ("Person", "Haval Abubakir (governor of Sulaymaniyah)", "هفال أبو بكر"),
    "person:salahaddin-bahaaddin": ("Person", "Salahaddin Bahaaddin (secretary-general of the Kurdistan Islamic Union)", "صلاح الدين بهاء الدين"),
    "person:shaswar-abdulwahid": ("Person", "Shaswar Abdulwahid (leader of the New Generation movement)", "شاسوار عبد الواحد"),
    "person:ali-bapir": ("Person", "Ali Bapir (emir of the Kurdistan Justice Group)", "علي بابير"),
    "person:qasim-shesho": ("Person", "Qasim Shesho (Yazidi Peshmerga commander in Sinjar)", "قاسم ششو"),
    "person:alan-hama-saeed": ("Person", "Alan Hama Saeed (KRG minister of education)", "آلان حمه سعيد"),
    # --- people: foreign diplomats
    "person:david-burger": ("Person", "David Burger (US charge d'affaires in Baghdad, 2024)", "ديفيد بيرغر"),
    "person:eric-chevallier": ("Person", "Eric Chevallier (French ambassador to Iraq, 2019-2022)", "إريك شوفالييه"),
    "person:mark-bryson-richardson": ("Person", "Mark Bryson-Richardson (British ambassador to Iraq, 2021-2023)", "مارك برايسون ريتشاردسون"),
    "person:cui-wei": ("Person", "Cui Wei (Chinese ambassador to Iraq)", "تسوي وي"),
    "person:irfan-siddiq": ("Person", "Irfan Siddiq (British ambassador to Iraq from 2025)", "عرفان صديق"),
    "person:erman-topcu": ("Person", "Erman Topcu (Turkish consul general in Erbil)", "أرمان توبجو"),
    # --- organisations
    "organization:iraqi-youth-and-sports-ministry": ("Organization", "Iraqi Ministry of Youth and Sports", "وزارة الشباب والرياضة العراقية"),
    "organization:iraqi-industry-ministry": ("Organization", "Iraqi Ministry of Industry and Minerals", "وزارة الصناعة والمعادن العراقية"),
    "organization:iraqi-higher-education-ministry": ("Organization", "Iraqi Ministry of Higher Education and Scientific Research", "وزارة التعليم العالي والبحث العلمي العراقية"),
    "organization:iraqi-communications-ministry": ("Organization", "Iraqi Ministry of Communications", "وزارة الاتصالات العراقية"),
    "organization:iraqi-construction-ministry": ("Organization", "Iraqi Ministry of Construction, Housing and Municipalities", "وزارة الإعمار والإسكان والبلديات العراقية"),
    "organization:iraqi-transport-ministry": ("Organization", "Iraqi Ministry of Transport", "وزارة النقل العراقية"),
    "organization:iraqi-labour-ministry": ("Organization", "Iraqi Ministry of Labour and Social Affairs", "وزارة العمل والشؤون الاجتماعية العراقية"),
    "organization:kurdistan-islamic-union": ("Organization", "Kurdistan Islamic Union", "الاتحاد الإسلامي الكردستاني"),
    "organization:kurdistan-justice-group": ("Organization", "Kurdistan Justice Group (Komal)", "جماعة العدل الكردستانية"),
    "organization:imtidad-movement": ("Organization", "Imtidad movement (Iraq)", "حركة امتداد"),
    "organization:krg-education-ministry": ("Organization", "KRG Ministry of Education", "وزارة التربية في حكومة إقليم كردستان"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
