"""Entities new to the project used by blind sets HK, HL and HM (session 23: Iraq's Kurdistan
Region, Turkey and Syria 2019-2025: the Barzanis and Talabanis with Baghdad, Tehran and Ankara,
Turkish drone strikes on PKK and SDF figures, Syria after Assad's fall and its envoys, successions
in Kurdish parties and Syrian bodies).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd}.ALL defines. `ALL` merges
those eighteen tables plus NEW. The parallel annotators' files of session 23 are not imported.
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

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2,
           **_GO, **_GR, **_GU, **_GX, **_HA, **_HD}

NEW = {
    # --- people
    "person:hozan-amed": ("Person", "Hozan Amed (Mehmet Kaya, PKK cadre)", "هوزان آمد (محمد كايا)"),
    "person:mohammed-ismail": ("Person", "Mohammed Ismail (ENKS president)", "محمد إسماعيل"),
    "person:faisal-yousef": ("Person", "Faisal Yousef (ENKS spokesman)", "فيصل يوسف"),
    "person:tulay-hatimogullari": ("Person", "Tulay Hatimogullari", "تولاي حاتم أوغولاري"),
    "person:mithat-sancar": ("Person", "Mithat Sancar", "مدحت سنجار"),
    "person:ari-harsin": ("Person", "Ari Harsin", "آري هرسين"),
    "person:yusra-darwish": ("Person", "Yusra Darwish", "يسرى درويش"),
    "person:maysaa-sabrine": ("Person", "Maysaa Sabrine", "ميساء صابرين"),
    "person:abdulkader-husrieh": ("Person", "Abdulkader Husrieh", "عبد القادر الحصرية"),
    "person:mohammad-issam-hazime": ("Person", "Mohammad Issam Hazime", "محمد عصام هزيمة"),
    "person:jihad-azour": ("Person", "Jihad Azour", "جهاد أزعور"),
    "person:riza-cengiz": ("Person", "Riza Cengiz (Hebun Zagros, PKK cadre)", "رضا جنكيز (هبون زاغروس)"),
    # --- organisations
    "organization:kurdish-national-council": ("Organization", "Kurdish National Council in Syria (ENKS)",
                                              "المجلس الوطني الكردي في سوريا"),
    "organization:krg-department-of-foreign-relations": ("Organization", "KRG Department of Foreign Relations",
                                                         "دائرة العلاقات الخارجية في حكومة إقليم كردستان"),
    "organization:central-bank-of-syria": ("Organization", "Central Bank of Syria", "مصرف سوريا المركزي"),
    "organization:imf": ("Organization", "International Monetary Fund", "صندوق النقد الدولي"),
    # --- places
    "location:chwarta": ("Location", "Chwarta (Sulaymaniyah province)", "جوارتا"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
