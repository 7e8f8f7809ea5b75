"""Entity table of blind set MU-MV (Lebanon 2024-2025: Hezbollah after the killings of Hassan Nasrallah
and Hashem Safieddine, Naim Qassem's election, Israeli strikes on Hezbollah commanders, President Joseph
Aoun and Prime Minister Nawaf Salam, the US envoys Hochstein, Ortagus and Barrack, the ceasefire mechanism,
the Iranian visitors Larijani and Araghchi, Speaker Nabih Berri). Standalone: imports no other table.
Known entities carry their gazetteer id; the others are new (ASCII slugs).

ALL = {id: (Type, "Name (short description)", "Arabic name")}
"""

ALL = {
    # countries and places
    "country:lebanon": ("Country", "Lebanon", "لبنان"),
    "country:israel": ("Country", "Israel", "إسرائيل"),
    "country:iran": ("Country", "Iran", "إيران"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "location:beirut": ("Location", "Beirut (capital of Lebanon)", "بيروت"),
    "location:baghdad": ("Location", "Baghdad (capital of Iraq)", "بغداد"),
    "location:jerusalem": ("Location", "Jerusalem", "القدس"),
    "country:france": ("Country", "France", "فرنسا"),
    # organizations
    "organization:hezbollah": ("Organization", "Hezbollah (Lebanese Shiite party and armed group)", "حزب الله"),
    "organization:hezbollah-executive-council": ("Organization", "Hezbollah Executive Council",
                                                 "المجلس التنفيذي لحزب الله"),
    "organization:hezbollah-political-council": ("Organization", "Hezbollah Political Council",
                                                 "المجلس السياسي في حزب الله"),
    "organization:radwan-force": ("Organization", "Radwan Force (Hezbollah's elite unit)", "قوة الرضوان"),
    "organization:loyalty-to-the-resistance-bloc": (
        "Organization", "Loyalty to the Resistance bloc (Hezbollah's parliamentary bloc)", "كتلة الوفاء للمقاومة"),
    "organization:lebanese-government": ("Organization", "Government of Lebanon (Council of Ministers)",
                                         "الحكومة اللبنانية"),
    "organization:lebanese-parliament": ("Organization", "Parliament of Lebanon", "مجلس النواب اللبناني"),
    "organization:lebanese-army": ("Organization", "Lebanese Armed Forces", "الجيش اللبناني"),
    "organization:lebanese-foreign-ministry": ("Organization", "Lebanese Ministry of Foreign Affairs and Emigrants",
                                               "وزارة الخارجية والمغتربين"),
    "organization:lebanese-finance-ministry": ("Organization", "Lebanese Ministry of Finance", "وزارة المالية"),
    "organization:israel-defense-forces": ("Organization", "Israel Defense Forces", "الجيش الإسرائيلي"),
    "organization:israeli-air-force": ("Organization", "Israeli Air Force", "سلاح الجو الإسرائيلي"),
    "organization:israeli-defense-ministry": ("Organization", "Israeli Ministry of Defense", "وزارة الدفاع الإسرائيلية"),
    "organization:israeli-national-security-council": ("Organization", "Israel's National Security Council",
                                                       "مجلس الأمن القومي الإسرائيلي"),
    "organization:irgc": ("Organization", "Islamic Revolutionary Guard Corps (Iran)", "الحرس الثوري الإيراني"),
    "organization:iranian-foreign-ministry": ("Organization", "Iranian Ministry of Foreign Affairs",
                                              "وزارة الخارجية الإيرانية"),
    "organization:supreme-national-security-council": (
        "Organization", "Supreme National Security Council of Iran", "المجلس الأعلى للأمن القومي"),
    "organization:french-foreign-ministry": ("Organization", "French Ministry for Europe and Foreign Affairs",
                                             "وزارة الخارجية الفرنسية"),
    "organization:international-court-of-justice": ("Organization", "International Court of Justice",
                                                    "محكمة العدل الدولية"),
    "organization:united-nations": ("Organization", "United Nations", "الأمم المتحدة"),
    # Hezbollah
    "person:hassan-nasrallah": ("Person", "Hassan Nasrallah (Hezbollah secretary-general, killed September 2024)",
                                "حسن نصر الله"),
    "person:hashem-safieddine": ("Person", "Hashem Safieddine (head of Hezbollah's Executive Council, killed "
                                 "October 2024)", "هاشم صفي الدين"),
    "person:naim-qassem": ("Person", "Naim Qassem (Hezbollah deputy, then secretary-general from October 2024)",
                           "نعيم قاسم"),
    "person:ali-karaki": ("Person", "Ali Karaki (Hezbollah southern front commander, killed with Nasrallah)",
                          "علي كركي"),
    "person:ibrahim-aqil": ("Person", "Ibrahim Aqil (Radwan Force commander, killed September 2024)", "إبراهيم عقيل"),
    "person:ahmed-wahbi": ("Person", "Ahmed Wahbi (Radwan Force commander, killed with Aqil)", "أحمد وهبي"),
    "person:ibrahim-qubaisi": ("Person", "Ibrahim Qubaisi (Hezbollah missile commander, killed September 2024)",
                               "إبراهيم قبيسي"),
    "person:mohammed-srour": ("Person", "Mohammed Srour (Hezbollah aerial unit commander, killed September 2024)",
                              "محمد سرور"),
    "person:fuad-shukr": ("Person", "Fuad Shukr (senior Hezbollah commander, killed July 2024)", "فؤاد شكر"),
    "person:haytham-ali-tabatabai": ("Person", "Haytham Ali Tabatabai (Hezbollah military chief, killed November "
                                     "2025)", "هيثم علي الطبطبائي"),
    "person:mohammad-afif": ("Person", "Mohammad Afif (Hezbollah media relations chief, killed November 2024)",
                             "محمد عفيف"),
    "person:wafiq-safa": ("Person", "Wafiq Safa (head of Hezbollah's Liaison and Coordination Unit)", "وفيق صفا"),
    "person:mohammad-raad": ("Person", "Mohammad Raad (head of Hezbollah's parliamentary bloc)", "محمد رعد"),
    "person:hassan-fadlallah": ("Person", "Hassan Fadlallah (Hezbollah MP)", "حسن فضل الله"),
    "person:mahmoud-qamati": ("Person", "Mahmoud Qamati (deputy head of Hezbollah's political council)",
                              "محمود قماطي"),
    # Lebanese state
    "person:joseph-aoun": ("Person", "Joseph Aoun (army commander 2017-2025, president of Lebanon since January "
                           "2025)", "جوزاف عون"),
    "person:michel-aoun": ("Person", "Michel Aoun (president of Lebanon 2016-2022)", "ميشال عون"),
    "person:nawaf-salam": ("Person", "Nawaf Salam (ICJ president, prime minister of Lebanon since 2025)",
                           "نواف سلام"),
    "person:najib-mikati": ("Person", "Najib Mikati (prime minister of Lebanon, 2021-2025)", "نجيب ميقاتي"),
    "person:nabih-berri": ("Person", "Nabih Berri (speaker of the Lebanese parliament, Amal leader)", "نبيه بري"),
    "person:ali-hassan-khalil": ("Person", "Ali Hassan Khalil (Amal MP, Berri's political aide)", "علي حسن خليل"),
    "person:youssef-rajji": ("Person", "Youssef Rajji (Lebanese foreign minister since 2025)", "يوسف رجي"),
    "person:yassine-jaber": ("Person", "Yassine Jaber (Lebanese finance minister since 2025)", "ياسين جابر"),
    "person:rodolphe-haykal": ("Person", "Rodolphe Haykal (Lebanese army commander since March 2025)",
                               "رودولف هيكل"),
    "person:hassan-audi": ("Person", "Hassan Audi (Lebanese army chief of staff, acting commander early 2025)",
                           "حسان عودة"),
    "person:simon-karam": ("Person", "Simon Karam (former Lebanese ambassador, head of Lebanon's delegation to "
                           "the ceasefire mechanism)", "سيمون كرم"),
    # US, France, UN
    "person:amos-hochstein": ("Person", "Amos Hochstein (US presidential envoy, 2021-2025)", "آموس هوكشتاين"),
    "person:morgan-ortagus": ("Person", "Morgan Ortagus (US deputy special envoy for the Middle East)",
                              "مورغان أورتاغوس"),
    "person:tom-barrack": ("Person", "Tom Barrack (US ambassador to Turkey and special envoy)", "توم باراك"),
    "person:lisa-johnson": ("Person", "Lisa Johnson (US ambassador to Lebanon, 2023-2025)", "ليزا جونسون"),
    "person:jasper-jeffers": ("Person", "Jasper Jeffers (US general, first chair of the ceasefire mechanism)",
                              "جاسبر جيفرز"),
    "person:michael-leeney": ("Person", "Michael Leeney (US general, later chair of the ceasefire mechanism)",
                              "مايكل ليني"),
    "person:emmanuel-macron": ("Person", "Emmanuel Macron (president of France)", "إيمانويل ماكرون"),
    "person:jean-noel-barrot": ("Person", "Jean-Noel Barrot (French foreign minister)", "جان نويل بارو"),
    "person:jeanine-hennis-plasschaert": ("Person", "Jeanine Hennis-Plasschaert (UN special coordinator for "
                                          "Lebanon)", "جينين هينيس-بلاسخارت"),
    # Israel
    "person:benjamin-netanyahu": ("Person", "Benjamin Netanyahu (prime minister of Israel)", "بنيامين نتنياهو"),
    "person:israel-katz": ("Person", "Israel Katz (Israeli defense minister)", "يسرائيل كاتس"),
    "person:eyal-zamir": ("Person", "Eyal Zamir (IDF chief of staff since 2025)", "إيال زامير"),
    "person:daniel-hagari": ("Person", "Daniel Hagari (IDF spokesman)", "دانيال هاغاري"),
    "person:avichay-adraee": ("Person", "Avichay Adraee (IDF Arabic-language spokesman)", "أفيخاي أدرعي"),
    "person:uri-resnick": ("Person", "Uri Resnick (Israeli National Security Council official)", "أوري ريسنيك"),
    # Iran
    "person:abbas-araghchi": ("Person", "Abbas Araghchi (Iranian foreign minister since 2024)", "عباس عراقجي"),
    "person:ali-larijani": ("Person", "Ali Larijani (secretary of Iran's SNSC since August 2025)", "علي لاريجاني"),
    "person:mojtaba-amani": ("Person", "Mojtaba Amani (Iranian ambassador to Lebanon)", "مجتبى أماني"),
    "person:abbas-nilforoushan": ("Person", "Abbas Nilforoushan (IRGC deputy commander for operations, killed "
                                  "with Nasrallah)", "عباس نيلفروشان"),
}
