"""Entities new to the project used by blind sets JD, JE and JF (session 28: Iran and its allies in
2024: the Israeli strike on Iran's consulate in Damascus that killed Mohammad Reza Zahedi, Iran's
April and October strikes on Israel, Raisi's helicopter crash and the caretakers (Mokhber, Bagheri
Kani), Pezeshkian and Araghchi, Haniyeh killed in Tehran, Nasrallah killed in Beirut and Naim Qassem
after him, and Iranian officials' tours of Baghdad, Beirut, Damascus, Doha, Muscat and Riyadh).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd,hg,hj,hm,hp,hs,hv,hy,ib,ie,ih,ik,in,iq,it,iw}.ALL
defines. `ALL` merges those thirty-three tables plus NEW. The parallel annotators' files of session 28
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

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2, **_GO, **_GR, **_GU, **_GX, **_HA, **_HD, **_HG, **_HJ, **_HM, **_HP, **_HS, **_HV, **_HY, **_IB, **_IE, **_IH, **_IK, **_IN, **_IQ, **_IT, **_IW}

NEW = {
    # --- organisations
    "organization:iranian-army-navy": ("Organization", "Islamic Republic of Iran Navy (Army navy)", "القوة البحرية للجيش الإيراني"),
    "organization:iranian-army-air-defense-force": (
        "Organization", "Khatam al-Anbiya Air Defense Base (Iranian Army Air Defense Force)", "مقر خاتم الأنبياء للدفاع الجوي"),
    "organization:arab-gulf-states-institute": (
        "Organization", "Arab Gulf States Institute in Washington", "معهد دول الخليج العربية في واشنطن"),
    # --- locations
    "location:nevatim-air-base": ("Location", "Nevatim air base", "قاعدة نفاطيم الجوية"),
    "location:lusail-palace": ("Location", "Lusail Palace (Doha)", "قصر لوسيل"),
    # --- people
    "person:mansour-azzam": ("Person", "Mansour Azzam (Syrian Minister of Presidential Affairs)", "منصور عزام"),
    "person:shahram-irani": ("Person", "Shahram Irani (commander of the Iranian Army navy)", "شهرام إيراني"),
    "person:alireza-sabahifard": ("Person", "Alireza Sabahifard (commander of Iran's Army air defence)", "علي رضا صباحي فرد"),
    "person:ibrahim-al-muaini": ("Person", "Ibrahim bin Ahmed al-Mu'aini (Omani ambassador to Iran)", "إبراهيم بن أحمد المعيني"),
    "person:mehdi-mousavi": ("Person", "Mehdi Mousavi (head of Raisi's security team)", "مهدي موسوي"),
    "person:ali-alfoneh": ("Person", "Ali Alfoneh", "علي آلفونه"),
    "person:saoud-bin-abdulrahman-al-thani": (
        "Person", "Saoud bin Abdulrahman Al Thani (Chief of the Emiri Diwan)", "سعود بن عبدالرحمن آل ثاني"),
    "person:mostafa-bayram": ("Person", "Mostafa Bayram (Lebanese labour minister)", "مصطفى بيرم"),
    "person:nasser-abu-sharif": ("Person", "Nasser Abu Sharif (Islamic Jihad representative in Tehran)", "ناصر أبو شريف"),
    "person:hassan-hassanzadeh": ("Person", "Hassan Hassanzadeh (IRGC Mohammad Rasulullah Corps, Tehran)", "حسن حسن زاده"),
    "person:shahram-dabiri": ("Person", "Shahram Dabiri (Iranian vice-president for parliamentary affairs)", "شهرام دبيري"),
    "person:mohammad-hosseini": (
        "Person", "Mohammad Hosseini (Raisi's vice-president for parliamentary affairs)", "محمد حسيني"),
    "person:alya-al-thani": ("Person", "Alya Ahmed bin Saif Al Thani (Qatar's UN envoy)", "علياء أحمد بن سيف آل ثاني"),
    "person:khalid-al-attiyah": ("Person", "Khalid bin Mohammed Al-Attiyah", "خالد بن محمد العطية"),
    "person:abdollah-haji-sadeghi": (
        "Person", "Abdollah Haji Sadeghi (Supreme Leader's representative in the IRGC)", "عبد الله حاجي صادقي"),
    "person:ammar-al-moussawi": (
        "Person", "Ammar al-Moussawi (head of Hezbollah's Arab and international relations)", "عمار الموسوي"),
    "person:amin-sherri": ("Person", "Amin Sherri (Hezbollah MP)", "أمين شري"),
    "person:faisal-bin-thani-al-thani": (
        "Person", "Faisal bin Thani bin Faisal Al Thani (Qatari commerce minister)", "فيصل بن ثاني بن فيصل آل ثاني"),
    "person:ibrahim-jazini": ("Person", "Ibrahim Jazini (head of Nasrallah's security unit)", "إبراهيم جزيني"),
    "person:hamid-ghanbari": ("Person", "Hamid Ghanbari (Iranian deputy foreign minister)", "حميد قنبري"),
    "person:turki-bin-mohammed-bin-fahd": ("Person", "Turki bin Mohammed bin Fahd", "تركي بن محمد بن فهد"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
