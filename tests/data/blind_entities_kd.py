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

from blind_entities_fe import ALL as _FE  # noqa: E402
from blind_entities_fh import ALL as _FH  # noqa: E402
from blind_entities_fk import ALL as _FK  # noqa: E402
from blind_entities_fn import ALL as _FN  # noqa: E402
from blind_entities_fq import ALL as _FQ  # noqa: E402
from blind_entities_ft import ALL as _FT  # noqa: E402
from blind_entities_fw import ALL as _FW  # noqa: E402
from blind_entities_fz import ALL as _FZ  # noqa: E402
from blind_entities_gc import ALL as _GC  # noqa: E402
from blind_entities_gf import ALL as _GF  # noqa: E402
from blind_entities_gi import ALL as _GI  # noqa: E402
from blind_entities_gl2 import ALL as _GL2  # noqa: E402
from blind_entities_go import ALL as _GO  # noqa: E402
from blind_entities_gr import ALL as _GR  # noqa: E402
from blind_entities_gu import ALL as _GU  # noqa: E402
from blind_entities_gx import ALL as _GX  # noqa: E402
from blind_entities_ha import ALL as _HA  # noqa: E402
from blind_entities_hd import ALL as _HD  # noqa: E402
from blind_entities_hg import ALL as _HG  # noqa: E402
from blind_entities_hj import ALL as _HJ  # noqa: E402
from blind_entities_hm import ALL as _HM  # noqa: E402
from blind_entities_hp import ALL as _HP  # noqa: E402
from blind_entities_hs import ALL as _HS  # noqa: E402
from blind_entities_hv import ALL as _HV  # noqa: E402
from blind_entities_hy import ALL as _HY  # noqa: E402
from blind_entities_ib import ALL as _IB  # noqa: E402
from blind_entities_ie import ALL as _IE  # noqa: E402
from blind_entities_ih import ALL as _IH  # noqa: E402
from blind_entities_ik import ALL as _IK  # noqa: E402
from blind_entities_in import ALL as _IN  # noqa: E402
from blind_entities_iq import ALL as _IQ  # noqa: E402
from blind_entities_it import ALL as _IT  # noqa: E402
from blind_entities_iw import ALL as _IW  # noqa: E402
from blind_entities_iz import ALL as _IZ  # noqa: E402
from blind_entities_jc import ALL as _JC  # noqa: E402
from blind_entities_jf import ALL as _JF  # noqa: E402
from blind_entities_ji import ALL as _JI  # noqa: E402
from blind_entities_jl import ALL as _JL  # noqa: E402
from blind_entities_jo import ALL as _JO  # noqa: E402
from blind_entities_jr import ALL as _JR  # noqa: E402
from blind_entities_ju import ALL as _JU  # noqa: E402
from blind_entities_jx import ALL as _JX  # noqa: E402

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2, **_GO, **_GR, **_GU, **_GX, **_HA, **_HD, **_HG, **_HJ, **_HM, **_HP, **_HS, **_HV, **_HY, **_IB, **_IE, **_IH, **_IK, **_IN, **_IQ, **_IT, **_IW, **_IZ, **_JC, **_JF, **_JI, **_JL, **_JO, **_JR, **_JU, **_JX}

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
