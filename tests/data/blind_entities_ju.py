"""Entities new to the project used by blind sets JS, JT and JU (session 30: Gaza ceasefire diplomacy
and the Palestinian leaderships, 2024-2025: the Qatari and Egyptian mediators (Hassan Rashad after
Abbas Kamel at Egypt's General Intelligence, Abdelatty after Shoukry), the US envoys, the Hamas
leaders killed (Haniyeh in Tehran, Sinwar in Rafah, Mohammed Sinwar in Khan Younis, the Doha strike
of 9 September 2025) and who took their places, the Palestinian Authority (Mahmoud Abbas, Hussein
al-Sheikh as vice-president, Mohammad Mustafa after Mohammad Shtayyeh), the hostage and prisoner
exchanges).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd,hg,hj,hm,hp,hs,hv,hy,ib,ie,ih,ik,in,iq,it,iw,iz,jc,jf,ji,jl,jo}.ALL
defines. `ALL` merges those thirty-nine tables plus NEW. The parallel annotators' files of session 30
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

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2, **_GO, **_GR,
           **_GU, **_GX, **_HA, **_HD, **_HG, **_HJ, **_HM, **_HP, **_HS, **_HV, **_HY, **_IB, **_IE, **_IH,
           **_IK, **_IN, **_IQ, **_IT, **_IW, **_IZ, **_JC, **_JF, **_JI, **_JL, **_JO}

NEW = {
    # --- people: the Palestinian Authority and the PLO
    "person:riyad-al-maliki": ("Person", "Riyad al-Maliki (former Palestinian foreign minister)", "رياض المالكي"),
    "person:nabil-abu-rudeineh": ("Person", "Nabil Abu Rudeineh (Palestinian presidential spokesman)", "نبيل أبو ردينة"),
    "person:rawhi-fattouh": ("Person", "Rawhi Fattouh (Speaker of the Palestinian National Council)", "روحي فتوح"),
    "person:ahmed-majdalani": ("Person", "Ahmed Majdalani (PLO Executive Committee member)", "أحمد مجدلاني"),
    "person:saeb-erekat": ("Person", "Saeb Erekat (late secretary-general of the PLO Executive Committee)", "صائب عريقات"),
    "person:diab-al-louh": ("Person", "Diab al-Louh (Palestinian ambassador to Egypt)", "دياب اللوح"),
    "person:estephan-salameh": (
        "Person", "Estephan Salameh (Palestinian minister of planning and international cooperation)", "اسطفان سلامة"),
    "person:munir-ghannam": ("Person", "Munir Ghannam (Palestinian ambassador to Qatar)", "منير غنام"),
    "person:raed-abu-al-hummus": (
        "Person", "Raed Abu al-Hummus (head of the Commission of Detainees' Affairs)", "رائد أبو الحمص"),
    "person:qadura-fares": ("Person", "Qadura Fares (former head of the Commission of Detainees' Affairs)", "قدورة فارس"),
    "person:tayeb-abdul-rahim": (
        "Person", "Tayeb Abdul Rahim (secretary-general of the Palestinian presidency)", "الطيب عبد الرحيم"),
    "person:jibril-rajoub": ("Person", "Jibril Rajoub (secretary of Fatah's Central Committee)", "جبريل الرجوب"),
    "person:mustafa-barghouti": (
        "Person", "Mustafa Barghouti (secretary-general of the Palestinian National Initiative)", "مصطفى البرغوثي"),
    "person:abdullah-al-zaghari": (
        "Person", "Abdullah al-Zaghari (head of the Palestinian Prisoners' Society)", "عبد الله الزغاري"),
    # --- people: Hamas
    "person:fawzi-barhoum": ("Person", "Fawzi Barhoum (Hamas spokesman)", "فوزي برهوم"),
    "person:abdullah-abdulwahed": (
        "Person", "Abdullah Abdulwahed (bodyguard, killed in the Doha strike of September 2025)", "عبد الله عبد الواحد"),
    "person:moamen-hassouna": (
        "Person", "Moamen Hassouna (bodyguard, killed in the Doha strike of September 2025)", "مؤمن حسونة"),
    "person:ahmed-al-mamluk": (
        "Person", "Ahmed al-Mamluk (bodyguard, killed in the Doha strike of September 2025)", "أحمد المملوك"),
    # --- people: Egypt, Qatar, the US, Israel, the UN and the OIC
    "person:herro-mustafa-garg": ("Person", "Herro Mustafa Garg (US ambassador to Egypt)", "هيرو مصطفى جارج"),
    "person:sigrid-kaag": (
        "Person", "Sigrid Kaag (UN Senior Humanitarian and Reconstruction Coordinator for Gaza)", "سيغريد كاغ"),
    "person:ahmed-fathy-khalifa": (
        "Person", "Ahmed Fathy Khalifa (chief of staff of the Egyptian armed forces)", "أحمد فتحي خليفة"),
    "person:osama-askar": ("Person", "Osama Askar (former chief of staff of the Egyptian armed forces)", "أسامة عسكر"),
    "person:meshal-bin-hamad-al-thani": (
        "Person", "Meshal bin Hamad Al Thani (Qatari ambassador to the United States)", "مشعل بن حمد آل ثاني"),
    "person:khalifa-bin-hamad-al-thani": (
        "Person", "Khalifa bin Hamad bin Khalifa Al Thani (Qatari interior minister, Lekhwiya commander)",
        "خليفة بن حمد بن خليفة آل ثاني"),
    "person:hissein-brahim-taha": ("Person", "Hissein Brahim Taha (OIC secretary-general)", "حسين إبراهيم طه"),
    "person:mike-huckabee": ("Person", "Mike Huckabee (US ambassador to Israel)", "مايك هاكابي"),
    "person:yaniv-asor": ("Person", "Yaniv Asor (head of the IDF Southern Command)", "يانيف عاسور"),
    "person:shosh-bedrosian": ("Person", "Shosh Bedrosian (Israeli Prime Minister's Office spokeswoman)", "شوش بدروسيان"),
    # --- organisations
    "organization:palestinian-presidency": ("Organization", "Palestinian Presidency", "الرئاسة الفلسطينية"),
    "organization:palestinian-national-council": (
        "Organization", "Palestinian National Council (PNC)", "المجلس الوطني الفلسطيني"),
    "organization:fatah-central-committee": ("Organization", "Fatah Central Committee", "اللجنة المركزية لحركة فتح"),
    "organization:commission-of-detainees-affairs": (
        "Organization", "Commission of Detainees' and Ex-Detainees' Affairs (Palestine)", "هيئة شؤون الأسرى والمحررين"),
    "organization:palestinian-prisoners-society": (
        "Organization", "Palestinian Prisoners' Society", "نادي الأسير الفلسطيني"),
    "organization:palestinian-national-initiative": (
        "Organization", "Palestinian National Initiative (al-Mubadara)", "المبادرة الوطنية الفلسطينية"),
    "organization:idf-southern-command": (
        "Organization", "IDF Southern Command", "قيادة المنطقة الجنوبية في الجيش الإسرائيلي"),
    "organization:oic": ("Organization", "Organisation of Islamic Cooperation (OIC)", "منظمة التعاون الإسلامي"),
    # --- places
    "location:rafah-crossing": ("Location", "Rafah border crossing", "معبر رفح"),
    "location:al-arish": ("Location", "Al-Arish", "العريش"),
    "location:western-wall": ("Location", "Western Wall (Jerusalem)", "حائط البراق (الحائط الغربي)"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
