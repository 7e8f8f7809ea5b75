"""Entities new to the project used by blind sets LN and LO (session 43: the Gulf and Turkey 2017-2025:
Saudi, Kuwaiti, Omani, Emirati and Qatari successions, the Qatar blockade and the al-Ula summit,
Erdogan's Gulf tours, the Khashoggi case, the Saudi-Iranian talks).

`NEW` holds only ids that none of the tables in blind_tables.TABLES_TO_SESSION_42B defines. `ALL`
merges those tables plus NEW. The parallel annotators' files of session 43 are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_tables import TABLES_TO_SESSION_42B, merged_all  # noqa: E402

_BEFORE = merged_all(TABLES_TO_SESSION_42B)

NEW = {
    # --- people: Saudi Arabia
    "person:mohammed-bin-nayef": ("Person", "Mohammed bin Nayef bin Abdulaziz (Saudi crown prince and interior minister until 2017)", "محمد بن نايف بن عبد العزيز"),
    "person:abdulaziz-bin-saud-bin-nayef": ("Person", "Abdulaziz bin Saud bin Nayef (Saudi interior minister from 2017)", "عبد العزيز بن سعود بن نايف"),
    "person:badr-bin-sultan": ("Person", "Badr bin Sultan bin Abdulaziz (deputy governor of Makkah region)", "بدر بن سلطان بن عبد العزيز"),
    "person:saud-al-qahtani": ("Person", "Saud al-Qahtani (former adviser at the Saudi royal court)", "سعود القحطاني"),
    "person:zhai-jun": ("Person", "Zhai Jun (Chinese government special envoy on the Middle East)", "تشاي جيون"),
    # --- people: Turkey, Kuwait, Oman
    "person:hatice-cengiz": ("Person", "Hatice Cengiz (fiancee of Jamal Khashoggi)", "خديجة جنكيز"),
    "person:tugay-tuncer": ("Person", "Tugay Tuncer (Turkish ambassador to the UAE)", "توغاي تونجر"),
    "person:ahmad-nasser-al-mohammed-al-sabah": ("Person", "Ahmad Nasser al-Mohammed al-Sabah (Kuwaiti foreign minister, 2019-2022)", "أحمد ناصر المحمد الصباح"),
    "person:qais-al-yousef": ("Person", "Qais bin Mohammed al-Yousef (Omani minister of commerce, industry and investment promotion from 2020)", "قيس بن محمد اليوسف"),
    # --- organisations and places
    "organization:saudi-interior-ministry": ("Organization", "Saudi Ministry of Interior", "وزارة الداخلية السعودية"),
    "organization:omani-commerce-ministry": ("Organization", "Omani Ministry of Commerce, Industry and Investment Promotion", "وزارة التجارة والصناعة وترويج الاستثمار العمانية"),
    "location:al-ula": ("Location", "Al Ula (Saudi Arabia)", "العلا"),
    "location:al-alam-palace": ("Location", "Al Alam Palace (Muscat)", "قصر العلم"),
    # --- set LO
    "person:ahmed-al-saadoun": ("Person", "Ahmed al-Saadoun (speaker of Kuwait's National Assembly)", "أحمد السعدون"),
    "person:abdullah-bin-hamad-al-thani": ("Person", "Abdullah bin Hamad Al Thani (Deputy Amir of Qatar)", "عبد الله بن حمد آل ثاني"),
    "person:mehmet-mus": ("Person", "Mehmet Mus (Turkish trade minister, 2019-2023)", "محمد موش"),
    "person:irfan-fidan": ("Person", "Irfan Fidan (Istanbul chief public prosecutor)", "عرفان فيدان"),
    "person:gina-haspel": ("Person", "Gina Haspel (CIA director, 2018-2021)", "جينا هاسبل"),
    "person:chen-weiqing": ("Person", "Chen Weiqing (Chinese ambassador to Saudi Arabia)", "تشن وي تشينغ"),
    "person:sultan-bin-mohammed-al-qasimi": ("Person", "Sultan bin Mohammed Al Qasimi (Ruler of Sharjah)", "سلطان بن محمد القاسمي"),
    "person:zayed-bin-sultan": ("Person", "Zayed bin Sultan Al Nahyan (founding President of the UAE, died 2004)", "زايد بن سلطان آل نهيان"),
    "organization:kuwaiti-national-assembly": ("Organization", "National Assembly (Kuwait)", "مجلس الأمة الكويتي"),
    "organization:istanbul-chief-public-prosecutors-office": ("Organization", "Istanbul Chief Public Prosecutor's Office", "النيابة العامة في إسطنبول"),
    "location:al-mushrif-palace": ("Location", "Al Mushrif Palace (Abu Dhabi)", "قصر المشرف"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
