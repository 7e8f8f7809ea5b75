"""Entities new to the project used by blind sets KN, KO and KP (session 33: Yemen, the Red Sea, Oman's
and Qatar's mediation, Iran's diplomacy and Turkey, 2023-2025: Houthi leaders and commanders and their
successors, Yemen's Presidential Leadership Council and its prime ministers and governors, Omani royal
court and government figures, Iranian and Turkish diplomats and officials).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd,hg,hj,hm,hp,hs,hv,hy,ib,ie,ih,ik,in,iq,it,iw,iz,jc,jf,ji,jl,jo,jr,ju,jx,ka,kd,kg}.ALL
defines. `ALL` merges those forty-five tables plus NEW. The parallel annotators' files of session 33
are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_tables import TABLES_TO_SESSION_31, merged_all  # noqa: E402

_BEFORE = merged_all(TABLES_TO_SESSION_31)

NEW = {
    # --- people: Yemen (government side)
    "person:salem-al-khanbashi": ("Person", "Salem Ahmed al-Khanbashi (governor of Hadramawt from 2025)", "سالم أحمد الخنبشي"),
    "person:sultan-al-barakani": ("Person", "Sultan al-Barakani (speaker of Yemen's House of Representatives)", "سلطان البركاني"),
    "person:ibrahim-haydan": ("Person", "Ibrahim Haydan (Yemeni interior minister)", "إبراهيم حيدان"),
    "person:ahmed-bin-dagher": ("Person", "Ahmed Obaid bin Dagher (chairman of Yemen's Shura Council, former prime minister)", "أحمد عبيد بن دغر"),
    "person:abdulmalik-al-mikhlafi": ("Person", "Abdulmalik al-Mikhlafi (adviser to the chairman of Yemen's Presidential Leadership Council)", "عبدالملك المخلافي"),
    # --- people: Houthis
    "person:radwan-al-rubai": ("Person", "Radwan al-Rubai (agriculture minister of the Houthi-run government, killed 2025)", "رضوان الرباعي"),
    "person:hezam-al-asad": ("Person", "Hezam al-Asad (member of the Houthi political bureau)", "حزام الأسد"),
    "person:ali-al-qahoum": ("Person", "Ali al-Qahoum (member of the Houthi political bureau)", "علي القحوم"),
    # --- people: Oman
    "person:fahd-bin-mahmoud-al-said": ("Person", "Fahd bin Mahmoud Al Said (Omani deputy prime minister for the affairs of the Council of Ministers)", "فهد بن محمود آل سعيد"),
    "person:theyazin-bin-haitham": ("Person", "Theyazin bin Haitham Al Said (Crown Prince of Oman)", "ذي يزن بن هيثم آل سعيد"),
    "person:khalid-bin-hilal-al-busaidi": ("Person", "Khalid bin Hilal al-Busaidi (Omani Minister of the Diwan of the Royal Court)", "خالد بن هلال البوسعيدي"),
    # --- people: Iran, Turkey
    "person:mohammad-hassan-habibollahzadeh": ("Person", "Mohammad Hassan Habibollahzadeh (Iranian ambassador to Turkey)", "محمد حسن حبيب الله زاده"),
    "person:hicabi-kirlangic": ("Person", "Hicabi Kirlangic (Turkish ambassador to Iran)", "حجابي قرلانغيتش"),
    "person:oncu-keceli": ("Person", "Oncu Keceli (Turkish foreign ministry spokesman)", "أونجو كتشالي"),
    "person:metin-gurak": ("Person", "Metin Gurak (chief of the Turkish General Staff, 2023-2025)", "متين غوراك"),
    "person:selcuk-bayraktaroglu": ("Person", "Selcuk Bayraktaroglu (chief of the Turkish General Staff from 2025)", "سلجوق بيرقدار أوغلو"),
    "person:suleyman-soylu": ("Person", "Suleyman Soylu (Turkish interior minister until 2023)", "سليمان صويلو"),
    "person:fuat-oktay": ("Person", "Fuat Oktay (Turkish vice president until 2023)", "فؤاد أوقطاي"),
    "person:numan-kurtulmus": ("Person", "Numan Kurtulmus (speaker of the Grand National Assembly of Turkey)", "نعمان قورتولموش"),
    "person:burhanettin-duran": ("Person", "Burhanettin Duran (communications director of the Turkish presidency from 2024)", "برهان الدين دوران"),
    # --- organisations
    "organization:yemeni-house-of-representatives": ("Organization", "House of Representatives (Yemen)", "مجلس النواب اليمني"),
    "organization:yemeni-shura-council": ("Organization", "Shura Council (Yemen)", "مجلس الشورى اليمني"),
    "organization:turkish-directorate-of-communications": ("Organization", "Directorate of Communications of the Turkish Presidency", "دائرة الاتصال في الرئاسة التركية"),
    "organization:omani-royal-court": ("Organization", "Diwan of the Royal Court (Oman)", "ديوان البلاط السلطاني"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
