"""Entities new to the project used by blind sets GJ, GK and GL (session 20, DEV batches: the
Caucasus and Central Asia 2018-2025).

`NEW` holds only ids that none of blind_entities_fe/fh/fk/fn/fq/ft.ALL defines. `ALL` merges those
six tables plus NEW. (A file blind_entities_gl.py of an older batch exists; this is a different
table, hence the "2".) Ids already used by other earlier tables for the same real person or body
(outlet:tass) are kept.
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

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT}

NEW = {
    # --- people: Azerbaijan
    "person:heydar-aliyev": ("Person", "Heydar Aliyev", "حيدر علييف"),
    "person:jeyhun-bayramov": ("Person", "Jeyhun Bayramov", "جيهون بيراموف"),
    "person:elmar-mammadyarov": ("Person", "Elmar Mammadyarov", "إلمار محمدياروف"),
    "person:hikmet-hajiyev": ("Person", "Hikmet Hajiyev", "حكمت حاجييف"),
    "person:ali-asadov": ("Person", "Ali Asadov", "علي أسدوف"),
    "person:novruz-mammadov": ("Person", "Novruz Mammadov", "نوروز محمدوف"),
    # --- people: Armenia
    "person:ararat-mirzoyan": ("Person", "Ararat Mirzoyan", "أرارات ميرزويان"),
    "person:ruben-rubinyan": ("Person", "Ruben Rubinyan", "روبن روبينيان"),
    "person:serzh-sargsyan": ("Person", "Serzh Sargsyan", "سيرج سركيسيان"),
    "person:ara-aivazian": ("Person", "Ara Aivazian", "آرا أيفازيان"),
    "person:zohrab-mnatsakanyan": ("Person", "Zohrab Mnatsakanyan", "زهراب مناتساكانيان"),
    "person:vahagn-khachaturyan": ("Person", "Vahagn Khachaturyan", "فاهاغن خاتشاتوريان"),
    "person:armen-sarkissian": ("Person", "Armen Sarkissian", "أرمين سركيسيان"),
    # --- people: Turkey
    "person:serdar-kilic": ("Person", "Serdar Kilic", "سردار قليج"),
    # --- people: Georgia
    "person:irakli-kobakhidze": ("Person", "Irakli Kobakhidze", "إيراكلي كوباخيدزه"),
    "person:irakli-garibashvili": ("Person", "Irakli Garibashvili", "إيراكلي غاريباشفيلي"),
    "person:giorgi-gakharia": ("Person", "Giorgi Gakharia", "جورجي غاخاريا"),
    "person:mikheil-kavelashvili": ("Person", "Mikheil Kavelashvili", "ميخائيل كافيلاشفيلي"),
    "person:salome-zourabichvili": ("Person", "Salome Zourabichvili", "سالومي زورابيشفيلي"),
    # --- people: Chechnya and Chechen exiles / commanders
    "person:ramzan-kadyrov": ("Person", "Ramzan Kadyrov", "رمضان قديروف"),
    "person:akhmad-kadyrov": ("Person", "Akhmad Kadyrov", "أحمد قديروف"),
    "person:adam-kadyrov": ("Person", "Adam Kadyrov", "آدم قديروف"),
    "person:apti-alaudinov": ("Person", "Apti Alaudinov", "أبتي علاء الدينوف"),
    "person:alu-alkhanov": ("Person", "Alu Alkhanov", "علو ألخانوف"),
    "person:muslim-khuchiev": ("Person", "Muslim Khuchiev", "مسلم خوتشييف"),
    "person:abubakar-edelgeriyev": ("Person", "Abubakar Edelgeriyev", "أبو بكر إيديلغيرييف"),
    "person:shamil-basayev": ("Person", "Shamil Basayev", "شامل باساييف"),
    "person:zelimkhan-khangoshvili": ("Person", "Zelimkhan Khangoshvili", "زليمخان خانغوشفيلي"),
    "person:vadim-krasikov": ("Person", "Vadim Krasikov", "فاديم كراسيكوف"),
    "person:mamikhan-umarov": ("Person", "Mamikhan Umarov", "مامخان عمروف"),
    "person:tarkhan-batirashvili": ("Person", "Tarkhan Batirashvili (Abu Omar al-Shishani)",
                                    "طرخان باتيراشفيلي (أبو عمر الشيشاني)"),
    "person:isa-munayev": ("Person", "Isa Munayev", "عيسى مونايف"),
    "person:adam-osmayev": ("Person", "Adam Osmayev", "آدم عثمايف"),
    # --- people: Kazakhstan
    "person:kassym-jomart-tokayev": ("Person", "Kassym-Jomart Tokayev", "قاسم جومارت توكاييف"),
    "person:nursultan-nazarbayev": ("Person", "Nursultan Nazarbayev", "نور سلطان نزارباييف"),
    "person:karim-massimov": ("Person", "Karim Massimov", "كريم ماسيموف"),
    "person:yermek-sagimbayev": ("Person", "Yermek Sagimbayev", "يرمك ساغيمباييف"),
    "person:dariga-nazarbayeva": ("Person", "Dariga Nazarbayeva", "داريغا نزارباييفا"),
    "person:maulen-ashimbayev": ("Person", "Maulen Ashimbayev", "مولين أشيمباييف"),
    "person:askar-mamin": ("Person", "Askar Mamin", "عسكر مامين"),
    "person:bakytzhan-sagintayev": ("Person", "Bakytzhan Sagintayev", "باقيتجان ساغينتاييف"),
    "person:alikhan-smailov": ("Person", "Alikhan Smailov", "عليخان سمايلوف"),
    "person:olzhas-bektenov": ("Person", "Olzhas Bektenov", "أولجاس بكتينوف"),
    # --- people: Uzbekistan
    "person:shavkat-mirziyoyev": ("Person", "Shavkat Mirziyoyev", "شوكت ميرضيائيف"),
    "person:islam-karimov": ("Person", "Islam Karimov", "إسلام كريموف"),
    "person:nigmatilla-yuldashev": ("Person", "Nigmatilla Yuldashev", "نعمة الله يولداشيف"),
    "person:abdulla-aripov": ("Person", "Abdulla Aripov", "عبد الله أريبوف"),
    "person:rustam-inoyatov": ("Person", "Rustam Inoyatov", "رستم إينوياتوف"),
    "person:ikhtiyor-abdullayev": ("Person", "Ikhtiyor Abdullayev", "إختيار عبد اللاييف"),
    # --- people: Tajikistan
    "person:emomali-rahmon": ("Person", "Emomali Rahmon", "إمام علي رحمان"),
    "person:rustam-emomali": ("Person", "Rustam Emomali", "رستم إمام علي"),
    "person:mahmadsaid-ubaydulloyev": ("Person", "Mahmadsaid Ubaydulloyev", "محمد سعيد عبيد اللاييف"),
    "person:mamadbokir-mamadbokirov": ("Person", "Mamadbokir Mamadbokirov", "مامادباقر مامادباقروف"),
    # --- countries
    "country:georgia": ("Country", "Georgia", "جورجيا"),
    "country:kazakhstan": ("Country", "Kazakhstan", "كازاخستان"),
    "country:uzbekistan": ("Country", "Uzbekistan", "أوزبكستان"),
    "country:tajikistan": ("Country", "Tajikistan", "طاجيكستان"),
    # --- organisations
    "organization:armenian-government": ("Organization", "Government of Armenia", "الحكومة الأرمينية"),
    "organization:armenian-foreign-ministry": ("Organization", "Ministry of Foreign Affairs of Armenia",
                                               "وزارة الخارجية الأرمينية"),
    "organization:azerbaijani-government": ("Organization", "Cabinet of Ministers of Azerbaijan",
                                            "الحكومة الأذربيجانية"),
    "organization:azerbaijani-foreign-ministry": ("Organization", "Ministry of Foreign Affairs of Azerbaijan",
                                                  "وزارة الخارجية الأذربيجانية"),
    "organization:azerbaijani-presidential-administration": ("Organization",
                                                             "Presidential Administration of Azerbaijan",
                                                             "الإدارة الرئاسية الأذربيجانية"),
    "organization:georgian-government": ("Organization", "Government of Georgia", "الحكومة الجورجية"),
    "organization:georgian-army": ("Organization", "Defence Forces of Georgia", "الجيش الجورجي"),
    "organization:kazakh-government": ("Organization", "Government of Kazakhstan", "الحكومة الكازاخستانية"),
    "organization:kazakh-security-council": ("Organization", "Security Council of Kazakhstan",
                                             "مجلس الأمن الكازاخستاني"),
    "organization:kazakh-knb": ("Organization", "National Security Committee of Kazakhstan (KNB)",
                                "لجنة الأمن القومي الكازاخستانية"),
    "organization:kazakh-senate": ("Organization", "Senate of Kazakhstan", "مجلس الشيوخ الكازاخستاني"),
    "organization:kazakh-anti-corruption-agency": ("Organization", "Anti-Corruption Agency of Kazakhstan",
                                                   "وكالة مكافحة الفساد الكازاخستانية"),
    "organization:csto": ("Organization", "Collective Security Treaty Organization (CSTO)",
                          "منظمة معاهدة الأمن الجماعي"),
    "organization:uzbek-government": ("Organization", "Cabinet of Ministers of Uzbekistan",
                                      "الحكومة الأوزبكية"),
    "organization:uzbek-senate": ("Organization", "Senate of Uzbekistan", "مجلس الشيوخ الأوزبكي"),
    "organization:uzbek-state-security-service": ("Organization", "State Security Service of Uzbekistan (SNB/SGB)",
                                                  "جهاز الأمن الوطني الأوزبكي"),
    "organization:tajik-senate": ("Organization", "Majlisi Milli (Senate of Tajikistan)",
                                  "مجلس الشيوخ الطاجيكي"),
    "organization:chechen-government": ("Organization", "Government of the Chechen Republic",
                                        "حكومة جمهورية الشيشان"),
    "organization:akhmat-special-forces": ("Organization", "Akhmat special forces", "قوات أحمد الخاصة"),
    "organization:kadyrov-security-service": ("Organization", "Security service of the Head of Chechnya",
                                              "جهاز أمن رئيس الشيشان"),
    "organization:dzhokhar-dudayev-battalion": ("Organization", "Dzhokhar Dudayev Battalion",
                                                "كتيبة جوهر دوداييف"),
    "organization:fsb": ("Organization", "Federal Security Service of Russia (FSB)",
                         "جهاز الأمن الفيدرالي الروسي"),
    # --- places
    "location:baku": ("Location", "Baku", "باكو"),
    "location:shusha": ("Location", "Shusha", "شوشا"),
    "location:chechnya": ("Location", "Chechnya (Chechen Republic)", "الشيشان"),
    "location:grozny": ("Location", "Grozny", "غروزني"),
    "location:gudermes": ("Location", "Gudermes", "غوديرميس"),
    "location:pankisi-gorge": ("Location", "Pankisi Gorge", "وادي بانكيسي"),
    "location:munich": ("Location", "Munich", "ميونيخ"),
    "location:dolmabahce-palace": ("Location", "Dolmabahce Palace", "قصر دولمة بهتشة"),
    "location:astana": ("Location", "Astana", "أستانا"),
    "location:tashkent": ("Location", "Tashkent", "طشقند"),
    "location:dushanbe": ("Location", "Dushanbe", "دوشنبه"),
    "location:khorog": ("Location", "Khorog", "خاروغ"),
    "location:gorno-badakhshan": ("Location", "Gorno-Badakhshan", "بدخشان الجبلية"),
    # --- outlets
    "outlet:tass": ("Outlet", "TASS", "تاس"),
    "outlet:apa": ("Outlet", "APA (Azerbaijani news agency)", "وكالة أبا الأذربيجانية"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **NEW}
