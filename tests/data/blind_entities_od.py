"""Entity table of blind set OC-OD (session 65, Syria with Russia, Iran and Turkey 2015-2020: the
Astana and Sochi rounds and the Putin-Rouhani-Erdogan summits, Bashar al-Assad's visits to Moscow,
Sochi and Tehran and his receptions in Damascus, the envoys Lavrentiev, de Mistura, Pedersen and
Jeffrey, the Idlib talks, the Israeli strikes on Samir Kuntar and Jihad Mughniyeh, the killing of
Mustafa Badreddine, and the appointments of ministers and envoys who succeeded others).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:syria": ("Country", "Syria", "سوريا"),
    "country:russia": ("Country", "Russia", "روسيا"),
    "country:iran": ("Country", "Iran", "إيران"),
    "country:turkey": ("Country", "Turkey", "تركيا"),
    "country:israel": ("Country", "Israel", "إسرائيل"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:kazakhstan": ("Country", "Kazakhstan", "كازاخستان"),
    "country:lebanon": ("Country", "Lebanon", "لبنان"),
    # locations
    "location:damascus": ("Location", "Damascus (capital of Syria)", "دمشق"),
    "location:tehran": ("Location", "Tehran (capital of Iran)", "طهران"),
    "location:astana": ("Location", "Astana (capital of Kazakhstan)", "أستانا"),
    "location:idlib": ("Location", "Idlib (province of north-western Syria)", "إدلب"),
    "location:geneva": ("Location", "Geneva", "جنيف"),
    "location:moscow": ("Location", "Moscow (capital of Russia)", "موسكو"),
    "location:sochi": ("Location", "Sochi (Russian Black Sea resort)", "سوتشي"),
    "location:ankara": ("Location", "Ankara (capital of Turkey)", "أنقرة"),
    "location:quneitra": ("Location", "Quneitra (province of south-western Syria)", "القنيطرة"),
    "location:jaramana": ("Location", "Jaramana (town south-east of Damascus)", "جرمانا"),
    # organizations
    "organization:hezbollah": ("Organization", "Hezbollah (Lebanese Shiite movement)", "حزب الله"),
    "organization:irgc": ("Organization", "Islamic Revolutionary Guard Corps (Iran)", "الحرس الثوري الإيراني"),
    "organization:quds-force": ("Organization", "Quds Force (IRGC's foreign arm)", "فيلق القدس"),
    "organization:israel-defense-forces": ("Organization", "Israel Defense Forces", "الجيش الإسرائيلي"),
    "organization:united-nations": ("Organization", "United Nations", "الأمم المتحدة"),
    "organization:un-security-council": ("Organization", "UN Security Council", "مجلس الأمن الدولي"),
    "organization:syrian-foreign-ministry": ("Organization", "Syrian Foreign Ministry", "وزارة الخارجية السورية"),
    "organization:iranian-foreign-ministry": ("Organization", "Iranian Foreign Ministry", "وزارة الخارجية الإيرانية"),
    "organization:russian-foreign-ministry": ("Organization", "Russian Foreign Ministry", "وزارة الخارجية الروسية"),
    "organization:russian-defence-ministry": ("Organization", "Russian Defence Ministry", "وزارة الدفاع الروسية"),
    "organization:turkish-foreign-ministry": ("Organization", "Turkish Foreign Ministry", "وزارة الخارجية التركية"),
    "organization:kazakh-foreign-ministry": ("Organization", "Kazakh Foreign Ministry", "وزارة الخارجية الكازاخية"),
    "organization:us-state-department": ("Organization", "US State Department", "وزارة الخارجية الأميركية"),
    "organization:syrian-army": ("Organization", "Syrian Arab Army", "الجيش العربي السوري"),
    "organization:turkish-armed-forces": ("Organization", "Turkish Armed Forces", "القوات المسلحة التركية"),
    "organization:russian-armed-forces": ("Organization", "Russian Armed Forces", "القوات المسلحة الروسية"),
    "organization:hayat-tahrir-al-sham": ("Organization", "Hayat Tahrir al-Sham (jihadist alliance in Idlib)",
                                          "هيئة تحرير الشام"),
    "organization:jaysh-al-islam": ("Organization", "Jaysh al-Islam (Syrian rebel group)", "جيش الإسلام"),
    # Syrians
    "person:bashar-al-assad": ("Person", "Bashar al-Assad (President of Syria)", "بشار الأسد"),
    "person:walid-muallem": ("Person", "Walid al-Muallem (Syrian foreign minister 2006-2020, died November 2020)",
                             "وليد المعلم"),
    "person:faisal-mekdad": ("Person", "Faisal Mekdad (Syrian deputy foreign minister, foreign minister from "
                             "November 2020)", "فيصل المقداد"),
    "person:bashar-al-jaafari": ("Person", "Bashar al-Jaafari (Syrian UN ambassador, deputy foreign minister from "
                                 "November 2020)", "بشار الجعفري"),
    "person:bassam-al-sabbagh": ("Person", "Bassam Sabbagh (Syrian UN ambassador from November 2020)",
                                 "بسام صباغ"),
    "person:ayman-sousan": ("Person", "Ayman Sousan (Syrian assistant foreign minister)", "أيمن سوسان"),
    "person:bouthaina-shaaban": ("Person", "Bouthaina Shaaban (political and media adviser to Assad)",
                                 "بثينة شعبان"),
    "person:ali-mamlouk": ("Person", "Ali Mamlouk (head of Syria's National Security Bureau)", "علي مملوك"),
    "person:ali-abdullah-ayyoub": ("Person", "Ali Abdullah Ayyoub (Syrian defence minister 2018-2022)",
                                   "علي عبد الله أيوب"),
    "person:mohammad-alloush": ("Person", "Mohammad Alloush (Jaysh al-Islam political chief, head of the "
                                "opposition's Astana delegation)", "محمد علوش"),
    # Russians
    "person:vladimir-putin": ("Person", "Vladimir Putin (President of Russia)", "فلاديمير بوتين"),
    "person:dmitry-medvedev": ("Person", "Dmitry Medvedev (Prime Minister of Russia 2012-2020)", "دميتري ميدفيديف"),
    "person:sergei-lavrov": ("Person", "Sergei Lavrov (Russian foreign minister)", "سيرغي لافروف"),
    "person:sergei-shoigu": ("Person", "Sergei Shoigu (Russian defence minister)", "سيرغي شويغو"),
    "person:valery-gerasimov": ("Person", "Valery Gerasimov (chief of Russia's General Staff)", "فاليري غيراسيموف"),
    "person:nikolai-patrushev": ("Person", "Nikolai Patrushev (secretary of Russia's Security Council)",
                                 "نيكولاي باتروشيف"),
    "person:alexander-lavrentiev": ("Person", "Alexander Lavrentiev (Russian presidential envoy for Syria)",
                                    "ألكسندر لافرنتييف"),
    "person:sergei-vershinin": ("Person", "Sergei Vershinin (Russian deputy foreign minister)", "سيرغي فيرشينين"),
    "person:alexander-yefimov": ("Person", "Alexander Yefimov (Russian ambassador to Syria)", "ألكسندر يفيموف"),
    "person:dmitry-peskov": ("Person", "Dmitry Peskov (Kremlin spokesman)", "دميتري بيسكوف"),
    # Iranians
    "person:ali-khamenei": ("Person", "Ali Khamenei (Supreme Leader of Iran)", "علي خامنئي"),
    "person:hassan-rouhani": ("Person", "Hassan Rouhani (President of Iran 2013-2021)", "حسن روحاني"),
    "person:mohammad-javad-zarif": ("Person", "Mohammad Javad Zarif (Iranian foreign minister 2013-2021)",
                                    "محمد جواد ظريف"),
    "person:qasem-soleimani": ("Person", "Qasem Soleimani (commander of the Quds Force, killed January 2020)",
                               "قاسم سليماني"),
    "person:esmail-qaani": ("Person", "Esmail Qaani (commander of the Quds Force from January 2020)",
                            "إسماعيل قاآني"),
    "person:hossein-jaberi-ansari": ("Person", "Hossein Jaberi Ansari (Iranian deputy foreign minister, Astana "
                                     "delegation head)", "حسين جابري أنصاري"),
    "person:hossein-amir-abdollahian": ("Person", "Hossein Amir-Abdollahian (Iranian deputy foreign minister for "
                                        "Arab and African affairs until 2016)", "حسين أمير عبد اللهيان"),
    "person:mohammad-ali-allahdadi": ("Person", "Mohammad Ali Allahdadi (IRGC brigadier general, killed in Quneitra "
                                      "in January 2015)", "محمد علي الله دادي"),
    "person:mahmoud-ahmadinejad": ("Person", "Mahmoud Ahmadinejad (President of Iran 2005-2013)", "محمود أحمدي نجاد"),
    "person:mohammad-fathali": ("Person", "Mohammad Fathali (Iranian ambassador to Lebanon)", "محمد فتحعلي"),
    # Turks
    "person:recep-tayyip-erdogan": ("Person", "Recep Tayyip Erdogan (President of Turkey)", "رجب طيب أردوغان"),
    "person:mevlut-cavusoglu": ("Person", "Mevlut Cavusoglu (Turkish foreign minister)", "مولود جاويش أوغلو"),
    "person:hulusi-akar": ("Person", "Hulusi Akar (Turkish defence minister from 2018)", "خلوصي أكار"),
    "person:hakan-fidan": ("Person", "Hakan Fidan (head of Turkish intelligence, MIT)", "هاكان فيدان"),
    "person:ibrahim-kalin": ("Person", "Ibrahim Kalin (spokesman of the Turkish presidency)", "إبراهيم قالن"),
    "person:nurettin-canikli": ("Person", "Nurettin Canikli (Turkish defence minister 2017-2018)",
                                "نور الدين جانيكلي"),
    "person:sedat-onal": ("Person", "Sedat Onal (Turkish deputy undersecretary for foreign affairs, Astana "
                          "delegation head)", "سادات أونال"),
    # Kazakhs
    "person:kairat-abdrakhmanov": ("Person", "Kairat Abdrakhmanov (Kazakh foreign minister 2016-2018)",
                                   "خيرت عبد الرحمنوف"),
    "person:erlan-idrissov": ("Person", "Erlan Idrissov (Kazakh foreign minister 2012-2016)", "يرلان إدريسوف"),
    # UN and US
    "person:staffan-de-mistura": ("Person", "Staffan de Mistura (UN special envoy for Syria 2014-2018)",
                                  "ستافان دي ميستورا"),
    "person:geir-pedersen": ("Person", "Geir Pedersen (UN special envoy for Syria from January 2019)",
                             "غير بيدرسن"),
    "person:james-jeffrey": ("Person", "James Jeffrey (US special representative for Syria engagement 2018-2020)",
                             "جيمس جيفري"),
    "person:donald-trump": ("Person", "Donald Trump (President of the United States)", "دونالد ترامب"),
    "person:mike-pompeo": ("Person", "Mike Pompeo (US secretary of state)", "مايك بومبيو"),
    # Lebanese and Hezbollah
    "person:hassan-nasrallah": ("Person", "Hassan Nasrallah (Hezbollah secretary-general)", "حسن نصرالله"),
    "person:samir-kuntar": ("Person", "Samir Kuntar (Lebanese militant freed in 2008, killed in December 2015)",
                            "سمير القنطار"),
    "person:jihad-mughniyeh": ("Person", "Jihad Mughniyeh (Hezbollah member, son of Imad Mughniyeh, killed in "
                               "Quneitra in January 2015)", "جهاد مغنية"),
    "person:imad-mughniyeh": ("Person", "Imad Mughniyeh (Hezbollah military commander, killed in Damascus in 2008)",
                              "عماد مغنية"),
    "person:mustafa-badreddine": ("Person", "Mustafa Badreddine (Hezbollah military commander, killed near "
                                  "Damascus in May 2016)", "مصطفى بدر الدين"),
    # Israelis
    "person:benjamin-netanyahu": ("Person", "Benjamin Netanyahu (Prime Minister of Israel)", "بنيامين نتنياهو"),
    "person:moshe-yaalon": ("Person", "Moshe Ya'alon (Israeli defence minister 2013-2016)", "موشيه يعالون"),
}
