"""Entities new to the project used by blind sets GG, GH and GI (session 20, DEV: the Sahel and
West Africa 2013-2025: coups in Mali, Burkina Faso, Niger and Chad, ECOWAS mediation, French,
Russian and Algerian officials, jihadist leaders).

`NEW` holds only ids that none of blind_entities_fe/fh/fk/fn/fq/ft.ALL defines. `ALL` merges those
six tables plus NEW. The parallel annotators' files of session 20 are not imported.
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
    "country:mali": ("Country", "Mali", "مالي"),
    "country:burkina-faso": ("Country", "Burkina Faso", "بوركينا فاسو"),
    "country:niger": ("Country", "Niger", "النيجر"),
    "country:chad": ("Country", "Chad", "تشاد"),
    "country:mauritania": ("Country", "Mauritania", "موريتانيا"),
    "country:nigeria": ("Country", "Nigeria", "نيجيريا"),
    "country:senegal": ("Country", "Senegal", "السنغال"),
    "country:togo": ("Country", "Togo", "توغو"),
    "country:sierra-leone": ("Country", "Sierra Leone", "سيراليون"),
    "country:ghana": ("Country", "Ghana", "غانا"),
    # --- Mali
    "person:assimi-goita": ("Person", "Assimi Goita", "عاصيمي غويتا"),
    "person:ibrahim-boubacar-keita": ("Person", "Ibrahim Boubacar Keita", "إبراهيم بوبكر كيتا"),
    "person:dioncounda-traore": ("Person", "Dioncounda Traore", "ديونكوندا تراوري"),
    "person:bah-ndaw": ("Person", "Bah Ndaw", "باه نداو"),
    "person:moctar-ouane": ("Person", "Moctar Ouane", "مختار وان"),
    "person:choguel-kokalla-maiga": ("Person", "Choguel Kokalla Maiga", "شوغيل كوكالا مايغا"),
    "person:abdoulaye-maiga": ("Person", "Abdoulaye Maiga", "عبد الله مايغا"),
    "person:abdoulaye-diop": ("Person", "Abdoulaye Diop", "عبد الله ديوب"),
    "person:sadio-camara": ("Person", "Sadio Camara", "ساديو كامارا"),
    "person:mahmoud-dicko": ("Person", "Mahmoud Dicko", "محمود ديكو"),
    # --- Burkina Faso
    "person:ibrahim-traore": ("Person", "Ibrahim Traore", "إبراهيم تراوري"),
    "person:paul-henri-damiba": ("Person", "Paul-Henri Sandaogo Damiba", "بول هنري سانداوغو داميبا"),
    "person:roch-marc-christian-kabore": ("Person", "Roch Marc Christian Kabore", "روش مارك كريستيان كابوري"),
    "person:apollinaire-kyelem-de-tambela": ("Person", "Apollinaire Joachim Kyelem de Tambela",
                                             "أبولينير يواكيم كييليم دي تامبيلا"),
    # --- Niger
    "person:abdourahamane-tiani": ("Person", "Abdourahamane Tiani", "عبد الرحمن تياني"),
    "person:mohamed-bazoum": ("Person", "Mohamed Bazoum", "محمد بازوم"),
    "person:mahamadou-issoufou": ("Person", "Mahamadou Issoufou", "محمدو يوسفو"),
    "person:ali-lamine-zeine": ("Person", "Ali Mahamane Lamine Zeine", "علي محمد الأمين زين"),
    "person:ouhoumoudou-mahamadou": ("Person", "Ouhoumoudou Mahamadou", "أوهومودو محمدو"),
    # --- Chad
    "person:idriss-deby": ("Person", "Idriss Deby Itno", "إدريس ديبي إتنو"),
    "person:mahamat-idriss-deby": ("Person", "Mahamat Idriss Deby", "محمد إدريس ديبي"),
    "person:succes-masra": ("Person", "Succes Masra", "سوكسيه ماسرا"),
    "person:allamaye-halina": ("Person", "Allamaye Halina", "علامي حلينا"),
    # --- Mauritania
    "person:mohamed-ould-ghazouani": ("Person", "Mohamed Ould Ghazouani", "محمد ولد الشيخ الغزواني"),
    "person:mohamed-ould-abdel-aziz": ("Person", "Mohamed Ould Abdel Aziz", "محمد ولد عبد العزيز"),
    # --- ECOWAS and West African mediators
    "person:goodluck-jonathan": ("Person", "Goodluck Jonathan", "غودلاك جوناثان"),
    "person:abdulsalami-abubakar": ("Person", "Abdulsalami Abubakar", "عبد السلام أبو بكر"),
    "person:muhammad-saad-abubakar": ("Person", "Muhammad Sa'ad Abubakar (Sultan of Sokoto)",
                                      "محمد سعد أبو بكر (سلطان سوكوتو)"),
    "person:bola-tinubu": ("Person", "Bola Tinubu", "بولا تينوبو"),
    "person:julius-maada-bio": ("Person", "Julius Maada Bio", "جوليوس مادا بيو"),
    "person:omar-alieu-touray": ("Person", "Omar Alieu Touray", "عمر عليو توراي"),
    "person:jean-claude-kassi-brou": ("Person", "Jean-Claude Kassi Brou", "جان كلود كاسي برو"),
    "person:bassirou-diomaye-faye": ("Person", "Bassirou Diomaye Faye", "باسيرو ديوماي فاي"),
    "person:faure-gnassingbe": ("Person", "Faure Gnassingbe", "فور غناسينغبي"),
    "person:robert-dussey": ("Person", "Robert Dussey", "روبير دوسي"),
    "person:shirley-ayorkor-botchwey": ("Person", "Shirley Ayorkor Botchwey", "شيرلي أيوركور بوتشوي"),
    "person:umaro-sissoco-embalo": ("Person", "Umaro Sissoco Embalo", "عمر سيسوكو إمبالو"),
    "country:guinea-bissau": ("Country", "Guinea-Bissau", "غينيا بيساو"),
    # --- France, Russia, Algeria
    "person:valery-gerasimov": ("Person", "Valery Gerasimov", "فاليري غيراسيموف"),
    "person:francois-hollande": ("Person", "Francois Hollande", "فرانسوا هولاند"),
    "person:yunus-bek-yevkurov": ("Person", "Yunus-Bek Yevkurov", "يونس بك يفكوروف"),
    "person:yevgeny-prigozhin": ("Person", "Yevgeny Prigozhin", "يفغيني بريغوجين"),
    "person:ramtane-lamamra": ("Person", "Ramtane Lamamra", "رمطان لعمامرة"),
    "person:ahmed-attaf": ("Person", "Ahmed Attaf", "أحمد عطاف"),
    # --- jihadists
    "person:iyad-ag-ghaly": ("Person", "Iyad Ag Ghaly", "إياد أغ غالي"),
    "person:amadou-koufa": ("Person", "Amadou Koufa", "أمادو كوفا"),
    "person:abdelmalek-droukdel": ("Person", "Abdelmalek Droukdel", "عبد المالك دروكدال"),
    "person:abu-ubaydah-yusuf-al-annabi": ("Person", "Abu Ubaydah Yusuf al-Annabi", "أبو عبيدة يوسف العنابي"),
    "person:adnan-abu-walid-al-sahrawi": ("Person", "Adnan Abu Walid al-Sahrawi", "عدنان أبو وليد الصحراوي"),
    "person:abu-al-bara-al-sahrawi": ("Person", "Abu al-Bara al-Sahrawi", "أبو البراء الصحراوي"),
    # --- organisations
    "organization:ecowas": ("Organization", "ECOWAS (Economic Community of West African States)",
                            "المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)"),
    "organization:ecowas-commission": ("Organization", "ECOWAS Commission", "مفوضية إيكواس"),
    "organization:alliance-of-sahel-states": ("Organization", "Alliance of Sahel States (AES)",
                                              "تحالف دول الساحل"),
    "organization:mali-cnsp": ("Organization", "National Committee for the Salvation of the People (Mali)",
                               "اللجنة الوطنية لإنقاذ الشعب (مالي)"),
    "organization:niger-cnsp": ("Organization", "National Council for the Safeguard of the Homeland (Niger)",
                                "المجلس الوطني لحماية الوطن (النيجر)"),
    "organization:burkina-mpsr": ("Organization", "Patriotic Movement for Safeguard and Restoration (Burkina Faso)",
                                  "الحركة الوطنية للحماية والاستعادة (بوركينا فاسو)"),
    "organization:chad-transitional-military-council": ("Organization", "Transitional Military Council (Chad)",
                                                       "المجلس العسكري الانتقالي (تشاد)"),
    "organization:malian-government": ("Organization", "Government of Mali", "الحكومة المالية"),
    "organization:malian-armed-forces": ("Organization", "Malian Armed Forces (FAMa)", "القوات المسلحة المالية"),
    "organization:malian-foreign-ministry": ("Organization", "Malian Ministry of Foreign Affairs",
                                             "وزارة الخارجية المالية"),
    "organization:malian-defence-ministry": ("Organization", "Malian Ministry of Defence", "وزارة الدفاع المالية"),
    "organization:burkina-government": ("Organization", "Government of Burkina Faso", "حكومة بوركينا فاسو"),
    "organization:niger-government": ("Organization", "Government of Niger", "حكومة النيجر"),
    "organization:chad-government": ("Organization", "Government of Chad", "الحكومة التشادية"),
    "organization:chadian-army": ("Organization", "Chadian Army", "الجيش التشادي"),
    "organization:fact-chad": ("Organization", "Front for Change and Concord in Chad (FACT)",
                               "جبهة التناوب والوفاق في تشاد"),
    "organization:algerian-foreign-ministry": ("Organization", "Algerian Ministry of Foreign Affairs",
                                               "وزارة الخارجية الجزائرية"),
    "organization:algerian-army": ("Organization", "Algerian People's National Army", "الجيش الوطني الشعبي الجزائري"),
    "organization:french-armed-forces": ("Organization", "French Armed Forces", "القوات المسلحة الفرنسية"),
    "organization:french-defence-ministry": ("Organization", "French Ministry of the Armed Forces",
                                             "وزارة القوات المسلحة الفرنسية"),
    "organization:operation-barkhane": ("Organization", "Operation Barkhane", "عملية برخان"),
    "organization:operation-serval": ("Organization", "Operation Serval", "عملية سرفال"),
    "organization:minusma": ("Organization", "MINUSMA (UN mission in Mali)", "بعثة الأمم المتحدة في مالي (مينوسما)"),
    "organization:wagner-group": ("Organization", "Wagner Group", "مجموعة فاغنر"),
    "organization:africa-corps": ("Organization", "Africa Corps (Russia)", "الفيلق الأفريقي"),
    "organization:russian-defence-ministry": ("Organization", "Russian Ministry of Defence", "وزارة الدفاع الروسية"),
    "organization:jnim": ("Organization", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
                          "جماعة نصرة الإسلام والمسلمين"),
    "organization:aqim": ("Organization", "al-Qaeda in the Islamic Maghreb (AQIM)",
                          "تنظيم القاعدة في بلاد المغرب الإسلامي"),
    "organization:ansar-dine": ("Organization", "Ansar Dine", "أنصار الدين"),
    "organization:katiba-macina": ("Organization", "Katiba Macina", "كتيبة ماسينا"),
    "organization:isgs": ("Organization", "Islamic State in the Greater Sahara", "تنظيم الدولة الإسلامية في الصحراء الكبرى"),
    "organization:african-union": ("Organization", "African Union", "الاتحاد الأفريقي"),
    # --- places
    "location:bamako": ("Location", "Bamako", "باماكو"),
    "location:ouagadougou": ("Location", "Ouagadougou", "واغادوغو"),
    "location:niamey": ("Location", "Niamey", "نيامي"),
    "location:ndjamena": ("Location", "N'Djamena", "نجامينا"),
    "location:nouakchott": ("Location", "Nouakchott", "نواكشوط"),
    "location:abuja": ("Location", "Abuja", "أبوجا"),
    "location:algiers": ("Location", "Algiers", "الجزائر العاصمة"),
    "location:lome": ("Location", "Lome", "لومي"),
    "location:timbuktu": ("Location", "Timbuktu", "تمبكتو"),
    "location:kidal": ("Location", "Kidal", "كيدال"),
    "location:tessalit": ("Location", "Tessalit", "تيساليت"),
    "location:tinzaouaten": ("Location", "Tinzaouaten", "تين زواتين"),
    "location:moura": ("Location", "Moura", "مورا"),
    "location:koulouba": ("Location", "Koulouba Palace (Bamako)", "قصر كولوبا"),
    "location:kati": ("Location", "Kati", "كاتي"),
    "location:french-embassy-ouagadougou": ("Location", "French Embassy in Ouagadougou",
                                            "السفارة الفرنسية في واغادوغو"),
    "location:menaka": ("Location", "Menaka", "ميناكا"),
    # --- outlets
    "outlet:rfi": ("Outlet", "Radio France Internationale (RFI)", "إذاعة فرنسا الدولية"),
    "outlet:france-24": ("Outlet", "France 24", "فرانس 24"),
    "outlet:jeune-afrique": ("Outlet", "Jeune Afrique", "جون أفريك"),
    "outlet:rtb": ("Outlet", "Radiodiffusion Television du Burkina (RTB)", "التلفزيون الوطني البوركيني"),
    "outlet:ortm": ("Outlet", "ORTM (Malian state broadcaster)", "التلفزيون الرسمي المالي"),
    "outlet:tele-sahel": ("Outlet", "Tele Sahel (Niger state TV)", "تلفزيون الساحل"),
    "outlet:aps": ("Outlet", "Algerie Presse Service (APS)", "وكالة الأنباء الجزائرية"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **NEW}
