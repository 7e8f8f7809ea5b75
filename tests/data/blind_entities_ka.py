"""Entities new to the project used by blind sets JY, JZ and KA (session 31: Iraq and Iran 2020-2025
as an Iranian state broadcaster's Arabic and English channels tell it (Abu Baqir al-Saadi and Abu Taqwa,
the Damascus consulate strike, Pezeshkian and Larijani in Baghdad, the June 2025 appointments);
anniversaries, timelines and obituaries (the airport strike, the IRGC's commanders, Zahedi, al-Muhandis,
the Varzaqan crash); courts and investigations (Raisi with Zaidan in 2021, Iran's prosecutor-general, the
Hashimi verdict, the Iraqi committee in Erbil after the Dizayee strike, the Federal Supreme Court, UN
rapporteurs on Iran)).

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
    # --- people: Iran
    "person:habibollah-sayyari": ("Person", "Habibollah Sayyari (coordinating deputy commander of the Iranian Army)", "حبيب الله سياري"),
    "person:seyed-abbas-salehi": ("Person", "Seyed Abbas Salehi (Iranian minister of culture and Islamic guidance, 2024-)", "سيد عباس صالحي"),
    "person:gholamreza-mehrabi": ("Person", "Gholamreza Mehrabi (deputy intelligence chief, Armed Forces General Staff, killed 2025)", "غلام رضا مهرابي"),
    "person:mehdi-rabbani": ("Person", "Mehdi Rabbani (deputy operations chief, Armed Forces General Staff, killed 2025)", "مهدي رباني"),
    "person:mahmoud-abbaszadeh-meshkini": ("Person", "Mahmoud Abbaszadeh Meshkini (Iranian MP, national security and foreign policy committee)", "محمود عباس زاده مشكيني"),
    "person:ali-bahreini": ("Person", "Ali Bahreini (Iranian ambassador to the UN Office in Geneva)", "علي بحريني"),
    "person:sohrab-soleimani": ("Person", "Sohrab Soleimani (brother of Qasem Soleimani, former head of Tehran province's prisons)", "سهراب سليماني"),
    "person:mohammad-shirazi": ("Person", "Mohammad Shirazi (head of the military office of Iran's commander-in-chief)", "محمد شيرازي"),
    "person:yousef-tabatabai-nejad": ("Person", "Yousef Tabatabai-Nejad (Friday prayer leader of Isfahan)", "يوسف طباطبائي نجاد"),
    "person:seyed-taher-mostafavi": ("Person", "Seyed Taher Mostafavi (pilot of President Raisi's helicopter, killed 2024)", "سيد طاهر مصطفوي"),
    "person:mohammad-mosaddegh-kahnamouei": ("Person", "Mohammad Mosaddegh Kahnamouei (deputy head of Iran's judiciary)", "محمد مصدق كهنموئي"),
    "person:mohammad-kazem-movahedi-azad": ("Person", "Mohammad Kazem Movahedi-Azad (Prosecutor-General of Iran, 2023-)", "محمد كاظم موحدي آزاد"),
    # --- people: Iraq and the Kurdistan Region
    "person:abdul-ilah-al-naeli": ("Person", "Abdul-Ilah al-Naeli (head of Iraq's Martyrs Foundation)", "عبد الإله النائلي"),
    "person:abbas-kadhom-obaid": ("Person", "Abbas Kadhom Obaid (Iraqi permanent representative to the UN)", "عباس كاظم عبيد"),
    "person:haider-hanoun": ("Person", "Haider Hanoun (head of Iraq's Federal Integrity Commission)", "حيدر حنون"),
    "person:abdulkhaliq-talaat": ("Person", "Abdulkhaliq Talaat (director of Erbil police)", "عبد الخالق طلعت"),
    "person:farsat-ahmed": ("Person", "Farsat Ahmed (KRG minister of justice)", "فرسط أحمد"),
    # --- people: Syria and the UN
    "person:mohammad-al-rahmoun": ("Person", "Mohammad al-Rahmoun (Syrian interior minister until 2024)", "محمد الرحمون"),
    "person:alena-douhan": ("Person", "Alena Douhan (UN Special Rapporteur on unilateral coercive measures)", "ألينا دوهان"),
    "person:morris-tidball-binz": ("Person", "Morris Tidball-Binz (UN Special Rapporteur on extrajudicial executions, 2021-)", "موريس تيدبول بينز"),
    "person:javaid-rehman": ("Person", "Javaid Rehman (UN Special Rapporteur on human rights in Iran, 2018-2024)", "جاويد رحمن"),
    "person:mai-sato": ("Person", "Mai Sato (UN Special Rapporteur on human rights in Iran, 2024-)", "ماي ساتو"),
    # --- organisations
    "organization:iraqi-federal-integrity-commission": ("Organization", "Federal Integrity Commission of Iraq", "هيئة النزاهة الاتحادية"),
    "organization:iran-military-office-of-commander-in-chief": ("Organization", "Military office of the Commander-in-Chief (Iran's Supreme Leader)", "المكتب العسكري للقائد العام للقوات المسلحة الإيرانية"),
    "organization:iraqi-martyrs-foundation": ("Organization", "Martyrs Foundation (Iraq)", "مؤسسة الشهداء"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
