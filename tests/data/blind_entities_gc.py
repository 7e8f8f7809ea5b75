"""Entities new to the project used by blind sets GA, GB and GC (session 20 annotator: Libya and
Sudan 2019-2025, UN envoys, Wagner).

`NEW` holds only ids that none of blind_entities_fe/fh/fk/fn/fq/ft.ALL defines. `ALL` merges those
six tables plus NEW.
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
    # --- countries
    "country:libya": ("Country", "Libya", "ليبيا"),
    "country:sudan": ("Country", "Sudan", "السودان"),
    "country:kenya": ("Country", "Kenya", "كينيا"),
    "country:ethiopia": ("Country", "Ethiopia", "إثيوبيا"),
    "country:uganda": ("Country", "Uganda", "أوغندا"),
    # --- people: Libya
    "person:khalifa-haftar": ("Person", "Khalifa Haftar", "خليفة حفتر"),
    "person:saddam-haftar": ("Person", "Saddam Haftar", "صدام حفتر"),
    "person:khaled-haftar": ("Person", "Khaled Haftar", "خالد حفتر"),
    "person:abdulrazek-al-nadhouri": ("Person", "Abdulrazek al-Nadhouri", "عبد الرازق الناظوري"),
    "person:mahmoud-al-werfalli": ("Person", "Mahmoud al-Werfalli", "محمود الورفلي"),
    "person:fayez-al-sarraj": ("Person", "Fayez al-Sarraj", "فائز السراج"),
    "person:abdul-hamid-dbeibah": ("Person", "Abdul Hamid Dbeibah", "عبد الحميد الدبيبة"),
    "person:ibrahim-dbeibah": ("Person", "Ibrahim Dbeibah", "إبراهيم الدبيبة"),
    "person:fathi-bashagha": ("Person", "Fathi Bashagha", "فتحي باشاغا"),
    "person:osama-hammad": ("Person", "Osama Hammad", "أسامة حماد"),
    "person:mohamed-al-menfi": ("Person", "Mohamed al-Menfi", "محمد المنفي"),
    "person:aguila-saleh": ("Person", "Aguila Saleh", "عقيلة صالح"),
    "person:khaled-al-mishri": ("Person", "Khaled al-Mishri", "خالد المشري"),
    "person:abdulghani-al-kikli": ("Person", "Abdulghani al-Kikli (Ghnewa)", "عبد الغني الككلي (غنيوة)"),
    "person:mahmoud-hamza": ("Person", "Mahmoud Hamza", "محمود حمزة"),
    # --- people: UN / envoys
    "person:ghassan-salame": ("Person", "Ghassan Salame", "غسان سلامة"),
    "person:stephanie-williams": ("Person", "Stephanie Williams", "ستيفاني وليامز"),
    "person:abdoulaye-bathily": ("Person", "Abdoulaye Bathily", "عبد الله باتيلي"),
    "person:stephanie-koury": ("Person", "Stephanie Koury", "ستيفاني خوري"),
    "person:hanna-tetteh": ("Person", "Hanna Serwaa Tetteh", "هانا تيتيه"),
    "person:ramtane-lamamra": ("Person", "Ramtane Lamamra", "رمطان لعمامرة"),
    "person:volker-perthes": ("Person", "Volker Perthes", "فولكر بيرتس"),
    "person:abdullah-bliheg": ("Person", "Abdullah Bliheg", "عبد الله بليحق"),
    "person:tom-perriello": ("Person", "Tom Perriello", "توم بيرييلو"),
    "person:molly-phee": ("Person", "Molly Phee", "مولي في"),
    "person:richard-norland": ("Person", "Richard Norland", "ريتشارد نورلاند"),
    # --- people: Sudan
    "person:abdel-fattah-al-burhan": ("Person", "Abdel Fattah al-Burhan", "عبد الفتاح البرهان"),
    "person:mohamed-hamdan-dagalo": ("Person", "Mohamed Hamdan Dagalo (Hemedti)", "محمد حمدان دقلو (حميدتي)"),
    "person:abdelrahim-dagalo": ("Person", "Abdelrahim Hamdan Dagalo", "عبد الرحيم حمدان دقلو"),
    "person:abdalla-hamdok": ("Person", "Abdalla Hamdok", "عبد الله حمدوك"),
    "person:osman-hussein": ("Person", "Osman Hussein", "عثمان حسين"),
    "person:dafallah-al-haj-ali": ("Person", "Dafallah al-Haj Ali", "دفع الله الحاج علي"),
    "person:kamil-idris": ("Person", "Kamil Idris", "كامل إدريس"),
    "person:omar-al-bashir": ("Person", "Omar al-Bashir", "عمر البشير"),
    "person:ahmed-awad-ibn-auf": ("Person", "Ahmed Awad Ibn Auf", "أحمد عوض بن عوف"),
    "person:shams-al-din-kabbashi": ("Person", "Shams al-Din Kabbashi", "شمس الدين كباشي"),
    "person:malik-agar": ("Person", "Malik Agar", "مالك عقار"),
    "person:omar-hamdan": ("Person", "Omar Hamdan (RSF negotiator)", "عمر حمدان"),
    "person:ali-yagoub-gibril": ("Person", "Ali Yagoub Gibril", "علي يعقوب جبريل"),
    "person:khamis-abakar": ("Person", "Khamis Abakar", "خميس أبكر"),
    "person:yoweri-museveni": ("Person", "Yoweri Museveni", "يويري موسيفيني"),
    "person:abiy-ahmed": ("Person", "Abiy Ahmed", "آبي أحمد"),
    "person:william-ruto": ("Person", "William Ruto", "ويليام روتو"),
    # --- people: Russia / Wagner
    "person:yevgeny-prigozhin": ("Person", "Yevgeny Prigozhin", "يفغيني بريغوجين"),
    "person:dmitry-utkin": ("Person", "Dmitry Utkin", "دميتري أوتكين"),
    "person:yunus-bek-yevkurov": ("Person", "Yunus-Bek Yevkurov", "يونس بك يفكوروف"),
    "person:andrei-troshev": ("Person", "Andrei Troshev", "أندريه تروشيف"),
    # --- organisations: Libya
    "organization:libyan-national-army": ("Organization", "Libyan National Army (Haftar's forces)",
                                          "القيادة العامة للقوات المسلحة العربية الليبية (الجيش الوطني الليبي)"),
    "organization:government-of-national-accord": ("Organization", "Government of National Accord (Libya)",
                                                   "حكومة الوفاق الوطني"),
    "organization:government-of-national-unity": ("Organization", "Government of National Unity (Libya)",
                                                  "حكومة الوحدة الوطنية"),
    "organization:government-of-national-stability": ("Organization",
                                                      "Government of National Stability (eastern Libya)",
                                                      "حكومة الاستقرار الوطني"),
    "organization:libyan-presidential-council": ("Organization", "Presidential Council (Libya)",
                                                 "المجلس الرئاسي الليبي"),
    "organization:libyan-house-of-representatives": ("Organization", "House of Representatives (Libya)",
                                                     "مجلس النواب الليبي"),
    "organization:libyan-high-council-of-state": ("Organization", "High Council of State (Libya)",
                                                  "المجلس الأعلى للدولة"),
    "organization:libyan-interior-ministry": ("Organization", "Libyan Ministry of Interior (GNA)",
                                              "وزارة الداخلية الليبية"),
    "organization:stability-support-apparatus": ("Organization", "Stability Support Apparatus (Tripoli)",
                                                 "جهاز دعم الاستقرار"),
    "organization:brigade-444": ("Organization", "444th Combat Brigade (Tripoli)", "اللواء 444 قتال"),
    "organization:unsmil": ("Organization", "UN Support Mission in Libya (UNSMIL)",
                            "بعثة الأمم المتحدة للدعم في ليبيا"),
    "organization:libyan-political-dialogue-forum": ("Organization", "Libyan Political Dialogue Forum",
                                                     "ملتقى الحوار السياسي الليبي"),
    # --- organisations: Sudan and region
    "organization:sudanese-armed-forces": ("Organization", "Sudanese Armed Forces", "القوات المسلحة السودانية"),
    "organization:rapid-support-forces": ("Organization", "Rapid Support Forces", "قوات الدعم السريع"),
    "organization:sudan-sovereignty-council": ("Organization", "Transitional Sovereignty Council (Sudan)",
                                               "مجلس السيادة الانتقالي"),
    "organization:sudan-transitional-military-council": ("Organization", "Transitional Military Council (Sudan)",
                                                         "المجلس العسكري الانتقالي"),
    "organization:sudanese-government": ("Organization", "Government of Sudan (Council of Ministers)",
                                         "الحكومة السودانية (مجلس الوزراء)"),
    "organization:taqaddum": ("Organization", "Taqaddum (Coordination of Civil Democratic Forces)",
                              "تنسيقية القوى الديمقراطية المدنية (تقدم)"),
    "organization:unitams": ("Organization", "UN Integrated Transition Assistance Mission in Sudan (UNITAMS)",
                             "بعثة الأمم المتحدة المتكاملة لدعم الانتقال في السودان (يونيتامس)"),
    "organization:igad": ("Organization", "IGAD (Intergovernmental Authority on Development)",
                          "الهيئة الحكومية للتنمية (إيغاد)"),
    "organization:african-union": ("Organization", "African Union", "الاتحاد الأفريقي"),
    # --- organisations: Russia
    "organization:wagner-group": ("Organization", "Wagner Group", "مجموعة فاغنر"),
    "organization:russian-defence-ministry": ("Organization", "Russian Ministry of Defence", "وزارة الدفاع الروسية"),
    # --- places
    "location:tripoli-libya": ("Location", "Tripoli (Libya)", "طرابلس"),
    "location:benghazi": ("Location", "Benghazi", "بنغازي"),
    "location:al-qubba": ("Location", "Al-Qubba (Libya)", "القبة"),
    "location:misrata": ("Location", "Misrata", "مصراتة"),
    "location:al-rajma": ("Location", "Al-Rajma (LNA headquarters)", "الرجمة"),
    "location:khartoum": ("Location", "Khartoum", "الخرطوم"),
    "location:port-sudan": ("Location", "Port Sudan", "بورتسودان"),
    "location:el-fasher": ("Location", "El Fasher", "الفاشر"),
    "location:el-alamein": ("Location", "New Alamein", "العلمين الجديدة"),
    "location:kampala": ("Location", "Kampala", "كمبالا"),
    "location:entebbe": ("Location", "Entebbe", "عنتيبي"),
    "location:addis-ababa": ("Location", "Addis Ababa", "أديس أبابا"),
    "location:nairobi": ("Location", "Nairobi", "نيروبي"),
    "location:manama": ("Location", "Manama", "المنامة"),
    "location:berlin": ("Location", "Berlin", "برلين"),
    "location:tver-region": ("Location", "Tver region", "منطقة تفير"),
    # --- outlets
    "outlet:libya-observer": ("Outlet", "The Libya Observer", "ليبيا أوبزرفر"),
    "outlet:al-wasat-libya": ("Outlet", "Al-Wasat (Libya)", "بوابة الوسط"),
    "outlet:sudan-tribune": ("Outlet", "Sudan Tribune", "سودان تربيون"),
    "outlet:mena": ("Outlet", "Middle East News Agency (MENA)", "وكالة أنباء الشرق الأوسط"),
    "outlet:suna": ("Outlet", "Sudan News Agency (SUNA)", "وكالة السودان للأنباء (سونا)"),
    "outlet:tass": ("Outlet", "TASS", "تاس"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **NEW}
