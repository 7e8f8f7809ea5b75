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

from blind_tables import TABLES_TO_SESSION_30, merged_all  # noqa: E402

_BEFORE = merged_all(TABLES_TO_SESSION_30)

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
