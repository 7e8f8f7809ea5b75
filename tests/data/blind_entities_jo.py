"""Entities new to the project used by blind sets JM, JN and JO (session 29: Yemen and the Red Sea,
2022-2025: the Houthis' Sanaa government (al-Mashat, al-Rahawi and Miftah after him, the Israeli strike
of 28 August 2025 that killed ministers), the Presidential Leadership Council (al-Alimi after Hadi, its
prime ministers bin Mubarak and bin Breik), Saudi-Houthi talks in Sanaa and Riyadh, Omani mediation,
the UN envoy and the Hodeidah mission, US, British and Israeli strikes).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd,hg,hj,hm,hp,hs,hv,hy,ib,ie,ih,ik,in,iq,it,iw,iz,jc,jf}.ALL
defines. `ALL` merges those thirty-six tables plus NEW. The parallel annotators' files of session 29
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

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2, **_GO, **_GR, **_GU, **_GX, **_HA, **_HD, **_HG, **_HJ, **_HM, **_HP, **_HS, **_HV, **_HY, **_IB, **_IE, **_IH, **_IK, **_IN, **_IQ, **_IT, **_IW, **_IZ, **_JC, **_JF}

NEW = {
    # --- people
    "person:ahmed-hamed": ("Person", "Ahmed Hamed (director of the presidency office, Sanaa)", "أحمد حامد"),
    "person:jalal-al-rowaishan": ("Person", "Jalal al-Rowaishan (Houthi deputy prime minister for defence and security)", "جلال الرويشان"),
    "person:moeen-al-mahaqri": ("Person", "Moeen al-Mahaqri (Houthi minister of economy)", "معين المحاقري"),
    "person:mujahid-ahmed-abdullah": ("Person", "Mujahid Ahmed Abdullah (Houthi minister of justice)", "مجاهد أحمد عبدالله"),
    "person:faisal-bin-turki-al-said": ("Person", "Faisal bin Turki Al Said (Omani ambassador to Saudi Arabia)", "فيصل بن تركي آل سعيد"),
    "person:abdulwahid-abu-ras": ("Person", "Abdulwahid Abu Ras (Houthi deputy foreign minister)", "عبدالواحد أبو راس"),
    "person:michael-beary": ("Person", "Michael Beary (head of UNMHA)", "مايكل بيري"),
    "person:abhijit-guha": ("Person", "Abhijit Guha (former head of UNMHA)", "أبهيجيت غوها"),
    "person:othman-mujalli": ("Person", "Othman Mujalli (Presidential Leadership Council member)", "عثمان مجلي"),
    "person:rajeh-badi": ("Person", "Rajeh Badi (Yemeni government spokesman)", "راجح بادي"),
    "person:sagheer-bin-aziz": ("Person", "Sagheer Hamoud bin Aziz (Yemeni army chief of staff)", "صغير حمود بن عزيز"),
    "person:gabriel-munuera-vinals": ("Person", "Gabriel Munuera Vinals (EU ambassador to Yemen)", "غابرييل مونويرا فينالس"),
    "person:ali-al-kathiri": ("Person", "Ali al-Kathiri (Southern Transitional Council spokesman)", "علي الكثيري"),
    "person:mustafa-noman": ("Person", "Mustafa Noman (Yemeni deputy foreign minister)", "مصطفى نعمان"),
    "person:yassin-saeed-noman": ("Person", "Yassin Saeed Noman (Yemeni ambassador to the UK)", "ياسين سعيد نعمان"),
    "person:david-gressly": ("Person", "David Gressly (former UN resident coordinator for Yemen)", "ديفيد غريسلي"),
    "person:yahya-kazman": ("Person", "Yahya Kazman (deputy head of the government's prisoner delegation)", "يحيى كزمان"),
    "person:mutlaq-al-azima": ("Person", "Mutlaq al-Azima (commander of the coalition's joint forces)", "مطلق الأزيمع"),
    "person:ali-al-moshki": ("Person", "Ali Hamoud al-Moshki (Houthi deputy chief of staff)", "علي حمود الموشكي"),
    "person:george-wikoff": ("Person", "George Wikoff (commander of the US Fifth Fleet)", "جورج ويكوف"),
    # --- organisations
    "organization:unmha": ("Organization", "UN Mission to Support the Hodeidah Agreement (UNMHA)", "بعثة الأمم المتحدة لدعم اتفاق الحديدة"),
    "organization:us-fifth-fleet": ("Organization", "US Fifth Fleet (NAVCENT)", "الأسطول الخامس الأميركي"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
