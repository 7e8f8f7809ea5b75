"""Entity table of blind set UA-UB (session 71, Russia, Turkey and Iran over Syria's war, 2015-2023: the
Su-24 shot down and the reconciliation that followed, the killing of Ambassador Andrei Karlov in Ankara and
the Moscow meeting of the next day, the Sochi summit of 2019, Assad in Moscow, the 2022-2023 Moscow talks on
Turkish-Syrian normalisation, Syrian and Turkish ministers succeeding each other).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:russia": ("Country", "Russia", "روسيا"),
    "country:turkey": ("Country", "Turkey", "تركيا"),
    "country:iran": ("Country", "Iran", "إيران"),
    "country:syria": ("Country", "Syria", "سوريا"),
    "country:jordan": ("Country", "Jordan", "الأردن"),
    # organizations
    "organization:turkish-national-intelligence-organization": (
        "Organization", "National Intelligence Organization (MIT, Turkey)", "جهاز الاستخبارات التركي"),
    "organization:syrian-national-security-bureau": (
        "Organization", "National Security Bureau (Syria)", "مكتب الأمن الوطني"),
    "organization:turkish-defence-ministry": ("Organization", "Ministry of National Defence (Turkey)",
                                              "وزارة الدفاع التركية"),
    "organization:russian-foreign-ministry": ("Organization", "Ministry of Foreign Affairs (Russia)",
                                              "وزارة الخارجية الروسية"),
    "organization:gulen-movement": ("Organization", "Gulen movement (FETO in Turkish official usage)",
                                    "حركة غولن"),
    # Russians
    "person:vladimir-putin": ("Person", "Vladimir Putin (President of Russia)", "فلاديمير بوتين"),
    "person:sergei-lavrov": ("Person", "Sergei Lavrov (Russian foreign minister)", "سيرغي لافروف"),
    "person:sergei-shoigu": ("Person", "Sergei Shoigu (Russian defence minister 2012-2024)", "سيرغي شويغو"),
    "person:andrei-karlov": ("Person", "Andrei Karlov (Russian ambassador to Turkey, shot dead December 2016)",
                             "أندريه كارلوف"),
    "person:maria-zakharova": ("Person", "Maria Zakharova (Russian foreign ministry spokeswoman)",
                               "ماريا زاخاروفا"),
    "person:dmitry-peskov": ("Person", "Dmitry Peskov (Kremlin spokesman)", "دميتري بيسكوف"),
    "person:alexander-lavrentiev": ("Person", "Alexander Lavrentiev (Russian presidential envoy for Syria)",
                                    "ألكسندر لافرنتييف"),
    "person:alexander-yefimov": ("Person", "Alexander Yefimov (Russian ambassador to Syria)",
                                 "ألكسندر يفيموف"),
    "person:oleg-peshkov": ("Person", "Oleg Peshkov (Russian Su-24 pilot, killed November 2015)",
                            "أوليغ بيشكوف"),
    # Turks
    "person:recep-tayyip-erdogan": ("Person", "Recep Tayyip Erdogan (President of Turkey)", "رجب طيب أردوغان"),
    "person:mevlut-cavusoglu": ("Person", "Mevlut Cavusoglu (Turkish foreign minister 2015-2023)",
                                "مولود جاويش أوغلو"),
    "person:hakan-fidan": ("Person", "Hakan Fidan (head of MIT 2010-2023, foreign minister from 2023)",
                           "هاكان فيدان"),
    "person:hulusi-akar": ("Person", "Hulusi Akar (Turkish defence minister 2018-2023)", "خلوصي أكار"),
    "person:ibrahim-kalin": ("Person", "Ibrahim Kalin (presidential spokesman, head of MIT from 2023)",
                             "إبراهيم كالن"),
    "person:yasar-guler": ("Person", "Yasar Guler (chief of the general staff, defence minister from 2023)",
                           "يشار غولر"),
    "person:fikri-isik": ("Person", "Fikri Isik (Turkish defence minister 2016-2017)", "فكري إشيق"),
    "person:mevlut-mert-altintas": ("Person", "Mevlut Mert Altintas (off-duty police officer, Karlov's killer)",
                                    "مولود مرت ألطنطاش"),
    "person:fethullah-gulen": ("Person", "Fethullah Gulen (US-based Turkish cleric)", "فتح الله غولن"),
    # Iranians
    "person:hassan-rouhani": ("Person", "Hassan Rouhani (President of Iran 2013-2021)", "حسن روحاني"),
    "person:mohammad-javad-zarif": ("Person", "Mohammad Javad Zarif (Iranian foreign minister 2013-2021)",
                                    "محمد جواد ظريف"),
    "person:hossein-amir-abdollahian": ("Person", "Hossein Amir-Abdollahian (Iranian foreign minister 2021-2024)",
                                        "حسين أمير عبد اللهيان"),
    "person:hossein-dehghan": ("Person", "Hossein Dehghan (Iranian defence minister 2013-2017)", "حسين دهقان"),
    "person:mohammad-reza-ashtiani": ("Person", "Mohammad-Reza Ashtiani (Iranian defence minister 2021-2024)",
                                      "محمد رضا آشتياني"),
    # Syrians
    "person:bashar-al-assad": ("Person", "Bashar al-Assad (President of Syria)", "بشار الأسد"),
    "person:faisal-mekdad": ("Person", "Faisal Mekdad (Syrian foreign minister 2020-2024)", "فيصل المقداد"),
    "person:walid-muallem": ("Person", "Walid Muallem (Syrian foreign minister 2006-2020)", "وليد المعلم"),
    "person:ali-mahmoud-abbas": ("Person", "Ali Mahmoud Abbas (Syrian defence minister 2022-2024)",
                                 "علي محمود عباس"),
    "person:ali-abdullah-ayyoub": ("Person", "Ali Abdullah Ayyoub (Syrian defence minister 2018-2022)",
                                   "علي عبد الله أيوب"),
    "person:fahd-jassem-al-freij": ("Person", "Fahd Jassem al-Freij (Syrian defence minister 2012-2018)",
                                    "فهد جاسم الفريج"),
    "person:ali-mamlouk": ("Person", "Ali Mamlouk (head of Syria's National Security Bureau)", "علي مملوك"),
    # others
    "person:abdullah-ii": ("Person", "Abdullah II (King of Jordan)", "عبد الله الثاني"),
}
