"""Entities new to the project used by blind sets KZ and LA (session 42: Afghanistan, Pakistan and the
jihadist leaderships 2015-2025: the Taliban's and al-Qaeda's successions, Pakistan's army chiefs, prime
ministers and intelligence chiefs, the Taliban government's ministers and spokesmen, visits to and from
Kabul, the Doha talks, TTP leaders).

`NEW` holds only ids that none of the tables of TABLES_TO_SESSION_34 (blind_tables.py:
blind_entities_{fe,...,jx,ka,kd,kg,kj,km,kp,ks,kv,ky}.ALL) defines. `ALL` merges those tables plus
NEW. The parallel annotators' files of session 42 are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_tables import TABLES_TO_SESSION_34, merged_all  # noqa: E402

_BEFORE = merged_all(TABLES_TO_SESSION_34)

NEW = {
    # --- people: Pakistan
    "person:raheel-sharif": ("Person", "Raheel Sharif (chief of army staff of Pakistan, 2013-2016)", "راحيل شريف"),
    "person:sahir-shamshad-mirza": ("Person", "Sahir Shamshad Mirza (chairman of Pakistan's Joint Chiefs of Staff Committee from 2022)", "ساحر شمشاد ميرزا"),
    "person:nadeem-raza": ("Person", "Nadeem Raza (chairman of Pakistan's Joint Chiefs of Staff Committee, 2019-2022)", "نديم رضا"),
    "person:jalil-abbas-jilani": ("Person", "Jalil Abbas Jilani (caretaker foreign minister of Pakistan, 2023-2024)", "جليل عباس جيلاني"),
    "person:mansoor-ahmad-khan": ("Person", "Mansoor Ahmad Khan (Pakistani ambassador to Afghanistan, 2019-2022)", "منصور أحمد خان"),
    "person:mohammad-azam": ("Person", "Mohammad Azam (taxi driver killed with Akhtar Mansour in 2016)", "محمد أعظم"),
    # --- people: the Taliban and their government
    "person:abdul-nafi-takor": ("Person", "Abdul Nafi Takor (spokesman of the Taliban-run interior ministry)", "عبد النافع تكور"),
    "person:abdul-qahar-balkhi": ("Person", "Abdul Qahar Balkhi (spokesman of the Taliban-run foreign ministry)", "عبد القهار بلخي"),
    "person:abdul-haq-wasiq": ("Person", "Abdul Haq Wasiq (head of the Taliban's General Directorate of Intelligence)", "عبد الحق واثق"),
    "person:suhail-shaheen": ("Person", "Suhail Shaheen (spokesman, later head, of the Taliban political office in Doha)", "سهيل شاهين"),
    # --- people: TTP and allied groups
    "person:omar-khalid-khorasani": ("Person", "Omar Khalid Khorasani (Abdul Wali Mohmand; leader of Jamaat-ul-Ahrar, killed 2022)", "عمر خالد خراساني"),
    "person:baitullah-mehsud": ("Person", "Baitullah Mehsud (founder of the TTP, killed 2009)", "بيت الله محسود"),
    # --- people: Uzbekistan, China
    "person:bakhtiyor-saidov": ("Person", "Bakhtiyor Saidov (foreign minister of Uzbekistan)", "بختيار سعيدوف"),
    "person:zhao-xing": ("Person", "Zhao Xing (Chinese ambassador to Afghanistan from 2023)", "تشاو شينغ"),
    # --- people: India, NATO
    "person:vikram-misri": ("Person", "Vikram Misri (Foreign Secretary of India from 2024)", "فيكرام ميسري"),
    "person:vinay-kwatra": ("Person", "Vinay Mohan Kwatra (Foreign Secretary of India, 2022-2024)", "فيناي كواترا"),
    "person:anand-prakash": ("Person", "Anand Prakash (joint secretary for Pakistan, Afghanistan and Iran at India's Ministry of External Affairs)", "آناند براكاش"),
    "person:jens-stoltenberg": ("Person", "Jens Stoltenberg (NATO Secretary-General, 2014-2024)", "ينس ستولتنبرغ"),
    # --- people: al-Qaeda
    "person:asim-umar": ("Person", "Asim Umar (leader of al-Qaeda in the Indian Subcontinent, killed 2019)", "عاصم عمر"),
    "person:osama-mahmood": ("Person", "Osama Mahmood (leader of al-Qaeda in the Indian Subcontinent from 2019)", "أسامة محمود"),
    "person:abu-muhsin-al-masri": ("Person", "Abu Muhsin al-Masri (Husam Abd al-Rauf; senior al-Qaeda figure, killed 2020)", "أبو محسن المصري"),
    # --- organisations
    "organization:aqis": ("Organization", "al-Qaeda in the Indian Subcontinent (AQIS)", "تنظيم القاعدة في شبه القارة الهندية"),
    "organization:afghan-gdi": ("Organization", "General Directorate of Intelligence (Taliban-run Afghanistan)", "المديرية العامة للاستخبارات الأفغانية"),
    "organization:jamaat-ul-ahrar": ("Organization", "Jamaat-ul-Ahrar", "جماعة الأحرار"),
    "organization:pakistan-joint-chiefs": ("Organization", "Joint Chiefs of Staff Committee (Pakistan)", "هيئة الأركان المشتركة الباكستانية"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
