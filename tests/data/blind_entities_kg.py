"""Entities new to the project used by blind sets KE, KF and KG (session 31: Israel's leadership and
the people it deals with and targets, 2023-2025: the IDF's generals and their replacements, the Shin Bet,
Mossad and National Security Council heads, US envoys and ambassadors, Egyptian, Qatari and Jordanian
officials, and the Hamas, Hezbollah, Houthi and Iranian commanders Israel says it killed).

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
    # --- people: Israel
    "person:shlomi-binder": ("Person", "Shlomi Binder (head of the IDF Military Intelligence Directorate)", "شلومي بيندر"),
    "person:oded-basiuk": ("Person", "Oded Basiuk (head of the IDF Operations Directorate until 2025)", "عوديد بسيوك"),
    "person:ghassan-alian": ("Person", "Ghassan Alian (Coordinator of Government Activities in the Territories, COGAT)", "غسان عليان"),
    "person:rafi-milo": ("Person", "Rafi Milo (head of the IDF Northern Command from 2025)", "رافي ميلو"),
    "person:tamir-yadai": ("Person", "Tamir Yadai (IDF deputy chief of the general staff, 2025)", "تامير يداعي"),
    "person:tzachi-braverman": ("Person", "Tzachi Braverman (chief of staff to Prime Minister Netanyahu)", "تساحي برافرمان"),
    "person:avi-bluth": ("Person", "Avi Bluth (head of the IDF Central Command)", "آفي بلوت"),
    "person:gil-reich": ("Person", "Gil Reich (acting head of Israel's National Security Council, 2025)", "غيل رايخ"),
    "person:ofir-gendelman": ("Person", "Ofir Gendelman (Israeli prime minister's spokesman to the Arab media)", "أوفير جندلمان"),
    "person:roman-gofman": ("Person", "Roman Gofman (military secretary to the Israeli prime minister; named Mossad chief-designate)", "رومان غوفمان"),
    "person:michael-herzog": ("Person", "Michael Herzog (Israeli ambassador to the United States until 2025)", "مايكل هرتسوغ"),
    # --- people: United States
    "person:jack-lew": ("Person", "Jack Lew (US ambassador to Israel, 2023-2025)", "جاك ليو"),
    "person:jd-vance": ("Person", "JD Vance (Vice President of the United States)", "جي دي فانس"),
    "person:mike-waltz": ("Person", "Mike Waltz (US national security adviser, 2025)", "مايك والتز"),
    # --- people: Jordan, Qatar
    "person:yousef-huneiti": ("Person", "Yousef Huneiti (chairman of the Jordanian Joint Chiefs of Staff)", "يوسف الحنيطي"),
    "person:badr-al-humaidi": ("Person", "Badr Saad Mohammed al-Humaidi (Qatari internal security corporal killed in Doha, 2025)", "بدر سعد محمد الحميدي"),
    # --- people: Hamas, Iran
    "person:raed-saad": ("Person", "Raed Saad (senior Qassam Brigades commander)", "رائد سعد"),
    "person:hakam-al-issa": ("Person", "Hakam al-Issa (founding member of the Qassam Brigades)", "حكم العيسى"),
    "person:gholamreza-mehrabi": ("Person", "Gholamreza Mehrabi (deputy head of intelligence, Iranian Armed Forces General Staff)", "غلام رضا مهرابي"),
    "person:mehdi-rabbani": ("Person", "Mehdi Rabbani (deputy for operations, Iranian Armed Forces General Staff)", "مهدي رباني"),
    # --- places
    "location:kiryat-gat": ("Location", "Kiryat Gat", "كريات غات"),
    # --- organisations
    "organization:cogat": ("Organization", "Coordinator of Government Activities in the Territories (COGAT)", "منسق أعمال الحكومة في المناطق"),
    "organization:idf-central-command": ("Organization", "IDF Central Command", "قيادة المنطقة الوسطى في الجيش الإسرائيلي"),
    "organization:idf-operations-directorate": ("Organization", "IDF Operations Directorate", "شعبة العمليات في الجيش الإسرائيلي"),
    "organization:jordanian-armed-forces": ("Organization", "Jordanian Armed Forces", "القوات المسلحة الأردنية"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
