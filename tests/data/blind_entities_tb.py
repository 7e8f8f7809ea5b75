"""Entity table of blind set TA-TB (session 70, Lebanon 2024-2025: Hassan Nasrallah killed in the Israeli
strike on Dahiyeh, Hashem Safieddine's death, Naim Qassem's election as Hezbollah's secretary-general, Amos
Hochstein's shuttle and the November 2024 ceasefire, Joseph Aoun's election and Nawaf Salam's designation,
the visits of foreign envoys and ministers, the funeral of Nasrallah and Safieddine, Rodolphe Haykal at the
army's head).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:lebanon": ("Country", "Lebanon", "لبنان"),
    "country:israel": ("Country", "Israel", "إسرائيل"),
    "country:iran": ("Country", "Iran", "إيران"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:france": ("Country", "France", "فرنسا"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    # locations
    "location:beirut": ("Location", "Beirut (capital of Lebanon)", "بيروت"),
    "location:dahiyeh": ("Location", "Dahiyeh (Beirut's southern suburbs)", "الضاحية الجنوبية"),
    # organizations
    "organization:hezbollah": ("Organization", "Hezbollah", "حزب الله"),
    "organization:amal-movement": ("Organization", "Amal Movement (Lebanese Shiite party)", "حركة أمل"),
    "organization:lebanese-army": ("Organization", "Lebanese Armed Forces", "الجيش اللبناني"),
    "organization:lebanese-parliament": ("Organization", "Parliament of Lebanon", "مجلس النواب اللبناني"),
    "organization:israel-defense-forces": ("Organization", "Israel Defense Forces", "الجيش الإسرائيلي"),
    "organization:hezbollah-executive-council": ("Organization", "Hezbollah Executive Council",
                                                 "المجلس التنفيذي لحزب الله"),
    "organization:loyalty-to-the-resistance-bloc": ("Organization", "Loyalty to the Resistance bloc "
                                                    "(Hezbollah's parliamentary bloc)", "كتلة الوفاء للمقاومة"),
    "organization:international-court-of-justice": ("Organization", "International Court of Justice",
                                                    "محكمة العدل الدولية"),
    "organization:free-patriotic-movement": ("Organization", "Free Patriotic Movement (Lebanese party)",
                                             "التيار الوطني الحر"),
    "organization:lebanese-forces": ("Organization", "Lebanese Forces (Lebanese party)", "القوات اللبنانية"),
    "organization:iranian-parliament": ("Organization", "Islamic Consultative Assembly (Iran's parliament)",
                                         "مجلس الشورى الإسلامي"),
    # Hezbollah
    "person:hassan-nasrallah": ("Person", "Hassan Nasrallah (Hezbollah secretary-general, killed September 2024)",
                                "حسن نصر الله"),
    "person:hashem-safieddine": ("Person", "Hashem Safieddine (head of Hezbollah's Executive Council, killed "
                                 "October 2024)", "هاشم صفي الدين"),
    "person:naim-qassem": ("Person", "Naim Qassem (Hezbollah secretary-general from October 2024)", "نعيم قاسم"),
    "person:ali-karaki": ("Person", "Ali Karaki (Hezbollah southern front commander, killed September 2024)",
                          "علي كركي"),
    "person:mohammad-raad": ("Person", "Mohammad Raad (head of Hezbollah's parliamentary bloc)", "محمد رعد"),
    "person:ali-damoush": ("Person", "Ali Damoush (deputy head of Hezbollah's Executive Council)", "علي دعموش"),
    "person:ali-hussein-hazima": ("Person", "Ali Hussein Hazima (head of Hezbollah's intelligence headquarters, "
                                  "killed October 2024)", "علي حسين هزيمة"),
    "person:mohammad-afif": ("Person", "Mohammad Afif (Hezbollah's media chief, killed November 2024)", "محمد عفيف"),
    # Lebanese state
    "person:nabih-berri": ("Person", "Nabih Berri (Speaker of the Lebanese Parliament, head of Amal)", "نبيه بري"),
    "person:najib-mikati": ("Person", "Najib Mikati (Prime Minister of Lebanon 2021-2025)", "نجيب ميقاتي"),
    "person:joseph-aoun": ("Person", "Joseph Aoun (army commander, President of Lebanon from January 2025)",
                           "جوزاف عون"),
    "person:michel-aoun": ("Person", "Michel Aoun (President of Lebanon 2016-2022)", "ميشال عون"),
    "person:nawaf-salam": ("Person", "Nawaf Salam (Prime Minister of Lebanon from 2025)", "نواف سلام"),
    "person:ali-hassan-khalil": ("Person", "Ali Hassan Khalil (Amal MP, Berri's political aide)", "علي حسن خليل"),
    "person:rodolphe-haykal": ("Person", "Rodolphe Haykal (Lebanese army commander from March 2025)",
                               "رودولف هيكل"),
    "person:abdallah-bou-habib": ("Person", "Abdallah Bou Habib (Lebanese foreign minister 2021-2025)",
                                  "عبد الله بو حبيب"),
    "person:samir-geagea": ("Person", "Samir Geagea (head of the Lebanese Forces party)", "سمير جعجع"),
    "person:gebran-bassil": ("Person", "Gebran Bassil (head of the Free Patriotic Movement)", "جبران باسيل"),
    # Israeli
    "person:benjamin-netanyahu": ("Person", "Benjamin Netanyahu (Prime Minister of Israel)", "بنيامين نتنياهو"),
    "person:yoav-gallant": ("Person", "Yoav Gallant (Israeli defense minister until November 2024)", "يوآف غالانت"),
    "person:israel-katz": ("Person", "Israel Katz (Israeli defense minister from November 2024)", "يسرائيل كاتس"),
    "person:ron-dermer": ("Person", "Ron Dermer (Israeli strategic affairs minister)", "رون ديرمر"),
    "person:herzi-halevi": ("Person", "Herzi Halevi (IDF chief of staff)", "هرتسي هاليفي"),
    # American, French, Iranian, Saudi
    "person:amos-hochstein": ("Person", "Amos Hochstein (US envoy, senior adviser to President Biden)",
                              "آموس هوكشتاين"),
    "person:brett-mcgurk": ("Person", "Brett McGurk (White House Middle East coordinator)", "بريت ماكغورك"),
    "person:lisa-johnson": ("Person", "Lisa Johnson (US ambassador to Lebanon)", "ليزا جونسون"),
    "person:joe-biden": ("Person", "Joe Biden (President of the United States 2021-2025)", "جو بايدن"),
    "person:antony-blinken": ("Person", "Antony Blinken (US Secretary of State 2021-2025)", "أنتوني بلينكن"),
    "person:herve-magro": ("Person", "Herve Magro (French ambassador to Lebanon)", "هيرفيه ماغرو"),
    "person:morgan-ortagus": ("Person", "Morgan Ortagus (US deputy special envoy for the Middle East)",
                              "مورغان أورتاغوس"),
    "person:emmanuel-macron": ("Person", "Emmanuel Macron (President of France)", "إيمانويل ماكرون"),
    "person:jean-yves-le-drian": ("Person", "Jean-Yves Le Drian (French presidential envoy to Lebanon)",
                                  "جان إيف لودريان"),
    "person:jean-noel-barrot": ("Person", "Jean-Noel Barrot (French foreign minister)", "جان نويل بارو"),
    "person:abbas-araghchi": ("Person", "Abbas Araghchi (Iranian foreign minister)", "عباس عراقجي"),
    "person:mohammad-bagher-ghalibaf": ("Person", "Mohammad Bagher Ghalibaf (Speaker of Iran's parliament)",
                                        "محمد باقر قاليباف"),
    "person:ali-khamenei": ("Person", "Ali Khamenei (Supreme Leader of Iran)", "علي خامنئي"),
    "person:faisal-bin-farhan": ("Person", "Faisal bin Farhan (Saudi foreign minister)", "فيصل بن فرحان"),
    "person:yazid-bin-farhan": ("Person", "Yazid bin Farhan (Saudi envoy for Lebanon)", "يزيد بن فرحان"),
}
