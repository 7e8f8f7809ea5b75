"""Entities new to the project used by blind sets II, IJ and IK (session 26: Yemen, the Houthis and the
Red Sea 2023-2025: Grundberg in Muscat, Riyadh and Aden, al-Alimi's receptions, bin Mubarak replaced by
bin Breik, the Israeli strike that killed al-Rahawi's cabinet, al-Ghamari and al-Madani, Omani mediation,
US and British strikes).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd,hg,hj,hm,hp,hs,hv,hy,ib,ie}.ALL
defines. `ALL` merges those twenty-seven tables plus NEW. The parallel annotators' files of session 26
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

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2,
           **_GO, **_GR, **_GU, **_GX, **_HA, **_HD, **_HG, **_HJ, **_HM, **_HP, **_HS, **_HV,
           **_HY, **_IB, **_IE}

NEW = {
    # --- people
    "person:rishi-sunak": ("Person", "Rishi Sunak", "ريشي سوناك"),
    "person:julien-harneis": ("Person", "Julien Harneis", "جوليان هارنيس"),
    "person:abda-sharif": ("Person", "Abda Sharif", "عبدة شريف"),
    "person:yahya-al-shuaibi": ("Person", "Yahya al-Shuaibi", "يحيى الشعيبي"),
    "person:maysaa-shuja-al-deen": ("Person", "Maysaa Shuja al-Deen", "ميساء شجاع الدين"),
    "person:farea-al-muslimi": ("Person", "Farea al-Muslimi", "فارع المسلمي"),
    "person:ahmed-nagi": ("Person", "Ahmed Nagi", "أحمد ناجي"),
    "person:elisabeth-kendall": ("Person", "Elisabeth Kendall", "إليزابيث كندال"),
    "person:nadwa-al-dawsari": ("Person", "Nadwa al-Dawsari", "ندوى الدوسري"),
    "person:maged-al-madhaji": ("Person", "Maged al-Madhaji", "ماجد المذحجي"),
    "person:moaz-abu-shamala": ("Person", "Moaz Abu Shamala", "معاذ أبو شمالة"),
    "person:waed-badhib": ("Person", "Waed Badhib", "واعد باذيب"),
    # --- organisations
    "organization:yemeni-presidency": ("Organization", "Office of the President of Yemen",
                                       "مكتب رئاسة الجمهورية اليمنية"),
    "organization:yemeni-finance-ministry": ("Organization", "Yemeni Ministry of Finance", "وزارة المالية اليمنية"),
    "organization:houthi-armed-forces": ("Organization", "Houthi armed forces (Sanaa)",
                                         "القوات المسلحة (صنعاء)"),
    "organization:houthi-negotiating-delegation": ("Organization", "Houthi negotiating delegation (national delegation)",
                                                   "الوفد الوطني المفاوض"),
    "organization:houthi-prisoners-committee": ("Organization", "Houthi National Committee for Prisoners' Affairs",
                                                "اللجنة الوطنية لشؤون الأسرى"),
    "organization:sanaa-center": ("Organization", "Sanaa Center for Strategic Studies",
                                  "مركز صنعاء للدراسات الاستراتيجية"),
    "organization:middle-east-institute": ("Organization", "Middle East Institute", "معهد الشرق الأوسط"),
    "organization:girton-college": ("Organization", "Girton College, Cambridge", "كلية غيرتون (كامبريدج)"),
    # --- places and outlets
    "location:maashiq-palace": ("Location", "Maashiq Palace (Aden)", "قصر معاشيق"),
    "outlet:saba-aden": ("Outlet", "Saba news agency (government, Aden)", "وكالة الأنباء اليمنية سبأ (عدن)"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
