"""Entities new to the project used by blind sets KB, KC and KD (session 31: the Gulf, Jordan and Egypt in
court and agency protocol, 2023-2025: Kuwait's succession of December 2023, its crown prince and prime
ministers; the Emirati president's and the Saudi crown prince's Syrian, Iranian and Lebanese guests; Oman's
mediation in Muscat; Jordan's king, crown prince and government of Jafar Hassan; Egypt's president, its
intelligence chief and the reshuffle of July 2024; the Arab summit in Cairo; central bank and sovereign-fund
heads in Riyadh, Cairo, Doha, Damascus and Beirut).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd,hg,hj,hm,hp,hs,hv,hy,ib,ie,ih,ik,in,iq,it,iw,iz,jc,jf,ji,jl,jo,jr,ju,jx}.ALL
defines. `ALL` merges those forty-two tables plus NEW. The parallel annotators' files of session 31
are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_tables import TABLES_TO_SESSION_30, merged_all  # noqa: E402

_BEFORE = merged_all(TABLES_TO_SESSION_30)

NEW = {
    # --- people: Kuwait
    "person:mohammad-abdullah-al-mubarak-al-sabah": ("Person", "Mohammad Abdullah al-Mubarak al-Sabah (Kuwaiti Minister of Amiri Diwan Affairs)", "محمد عبدالله المبارك الصباح"),
    "person:fahad-yousef-saud-al-sabah": ("Person", "Fahad Yousef Saud al-Sabah (Kuwaiti first deputy prime minister, interior and defence minister)", "فهد يوسف سعود الصباح"),
    "person:noura-al-fassam": ("Person", "Noura al-Fassam (Kuwaiti finance minister)", "نورة الفصام"),
    "person:anwar-al-mudhaf": ("Person", "Anwar al-Mudhaf (former Kuwaiti finance minister)", "أنور المضف"),
    # --- people: UAE, Saudi Arabia, Oman, Qatar, Bahrain
    "person:khaled-bin-mohamed-bin-zayed": ("Person", "Khaled bin Mohamed bin Zayed (Crown Prince of Abu Dhabi)", "خالد بن محمد بن زايد"),
    "person:saud-al-sati": ("Person", "Saud Al-Sati (Saudi deputy foreign minister for political affairs)", "سعود الساطي"),
    "person:ana-escrogima": ("Person", "Ana Escrogima (US ambassador to Oman)", "آنا إسكروغيما"),
    "person:mohammed-al-sowaidi": ("Person", "Mohammed Saif Al-Sowaidi (CEO of the Qatar Investment Authority)", "محمد سيف السويدي"),
    "person:mansoor-al-mahmoud": ("Person", "Mansoor Ebrahim Al-Mahmoud (former CEO of the Qatar Investment Authority)", "منصور إبراهيم المحمود"),
    "person:hamad-bin-isa-al-khalifa": ("Person", "Hamad bin Isa Al Khalifa (King of Bahrain)", "حمد بن عيسى آل خليفة"),
    # --- people: Jordan, Lebanon
    "person:hussein-bin-abdullah-ii": ("Person", "Al Hussein bin Abdullah II (Crown Prince of Jordan)", "الحسين بن عبدالله الثاني"),
    "person:alaa-batayneh": ("Person", "Alaa Batayneh (director of the Office of the King of Jordan)", "علاء البطاينة"),
    "person:yousef-hassan-al-issawi": ("Person", "Yousef Hassan Al Issawi (chief of the Royal Hashemite Court)", "يوسف حسن العيسوي"),
    "person:sufian-qudah": ("Person", "Sufian Qudah (spokesman of the Jordanian foreign ministry)", "سفيان القضاة"),
    "person:salim-sfeir": ("Person", "Salim Sfeir (chairman of the Association of Banks in Lebanon)", "سليم صفير"),
    "organization:association-of-banks-in-lebanon": ("Organization", "Association of Banks in Lebanon", "جمعية المصارف في لبنان"),
    "person:fawzi-kabbara": ("Person", "Fawzi Kabbara (Lebanese ambassador to Saudi Arabia)", "فوزي كبارة"),
    # --- people: Egypt
    "person:ahmed-kouchouk": ("Person", "Ahmed Kouchouk (Egyptian finance minister)", "أحمد كجوك"),
    "person:mohamed-maait": ("Person", "Mohamed Maait (former Egyptian finance minister)", "محمد معيط"),
    "person:hanafy-gebaly": ("Person", "Hanafy Gebaly (Speaker of Egypt's House of Representatives)", "حنفي جبالي"),
    "person:omar-marwan": ("Person", "Omar Marwan (director of the Egyptian president's office)", "عمر مروان"),
    "person:hassan-abdalla": ("Person", "Hassan Abdalla (governor of the Central Bank of Egypt)", "حسن عبد الله"),
    "person:tarek-amer": ("Person", "Tarek Amer (former governor of the Central Bank of Egypt)", "طارق عامر"),
    # --- people: US, IMF, World Bank
    "person:scott-bessent": ("Person", "Scott Bessent (US Treasury Secretary)", "سكوت بيسنت"),
    "person:kristalina-georgieva": ("Person", "Kristalina Georgieva (IMF managing director)", "كريستالينا جورجيفا"),
    "person:ivanna-vladkova-hollar": ("Person", "Ivanna Vladkova Hollar (IMF mission chief for Egypt)", "إيفانا فلادكوفا هولار"),
    "person:ousmane-dione": ("Person", "Ousmane Dione (World Bank vice-president for the Middle East and North Africa)", "عثمان ديون"),
    # --- organisations
    "organization:kuwaiti-amiri-diwan": ("Organization", "Amiri Diwan (Kuwait)", "الديوان الأميري الكويتي"),
    "organization:kuwaiti-finance-ministry": ("Organization", "Kuwaiti Ministry of Finance", "وزارة المالية الكويتية"),
    "organization:kuwaiti-interior-ministry": ("Organization", "Kuwaiti Ministry of Interior", "وزارة الداخلية الكويتية"),
    "organization:kuwait-investment-authority": ("Organization", "Kuwait Investment Authority", "الهيئة العامة للاستثمار الكويتية"),
    "organization:qatar-investment-authority": ("Organization", "Qatar Investment Authority", "جهاز قطر للاستثمار"),
    "organization:royal-hashemite-court": ("Organization", "Royal Hashemite Court (Jordan)", "الديوان الملكي الهاشمي"),
    "organization:central-bank-of-egypt": ("Organization", "Central Bank of Egypt", "البنك المركزي المصري"),
    "organization:egyptian-finance-ministry": ("Organization", "Egyptian Ministry of Finance", "وزارة المالية المصرية"),
    "organization:egyptian-house-of-representatives": ("Organization", "House of Representatives (Egypt)", "مجلس النواب المصري"),
    "organization:world-bank": ("Organization", "World Bank", "البنك الدولي"),
    # --- places
    "location:bayan-palace": ("Location", "Bayan Palace (Kuwait)", "قصر بيان"),
    "location:qasr-al-shati": ("Location", "Qasr Al Shati (Abu Dhabi)", "قصر الشاطئ"),
    "location:new-administrative-capital": ("Location", "New Administrative Capital (Egypt)", "العاصمة الإدارية الجديدة"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
