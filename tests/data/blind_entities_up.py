"""Entity table of blind set UO-UP (session 72, Turkey 2016-2019: Binali Yildirim succeeding Ahmet Davutoglu,
the failed coup of 15 July 2016, the killing of the Russian ambassador Andrei Karlov in Ankara, Erdogan's
meetings with Putin, Rouhani, Trump, Merkel and Gulf rulers, the Sochi and Tehran summits, the 2018
presidential system).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:turkey": ("Country", "Turkey", "تركيا"),
    "country:russia": ("Country", "Russia", "روسيا"),
    "country:iran": ("Country", "Iran", "إيران"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:germany": ("Country", "Germany", "ألمانيا"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "country:kuwait": ("Country", "Kuwait", "الكويت"),
    "country:qatar": ("Country", "Qatar", "قطر"),
    "country:syria": ("Country", "Syria", "سوريا"),
    "country:bahrain": ("Country", "Bahrain", "البحرين"),
    # organizations
    "organization:akp": ("Organization", "Justice and Development Party (AKP)", "حزب العدالة والتنمية"),
    "organization:turkish-parliament": ("Organization", "Grand National Assembly of Turkey", "البرلمان التركي"),
    "organization:turkish-armed-forces": ("Organization", "Turkish Armed Forces", "القوات المسلحة التركية"),
    "organization:nationalist-movement-party": ("Organization", "Nationalist Movement Party (MHP)",
                                                "حزب الحركة القومية"),
    "organization:gulen-movement": ("Organization", "Gulen movement (FETO in Ankara's usage)", "حركة غولن"),
    # Turkish
    "person:recep-tayyip-erdogan": ("Person", "Recep Tayyip Erdogan (President of Turkey)", "رجب طيب أردوغان"),
    "person:ahmet-davutoglu": ("Person", "Ahmet Davutoglu (Prime Minister of Turkey 2014-2016)", "أحمد داود أوغلو"),
    "person:binali-yildirim": ("Person", "Binali Yildirim (Prime Minister of Turkey 2016-2018, then Speaker)",
                               "بن علي يلدريم"),
    "person:hulusi-akar": ("Person", "Hulusi Akar (Chief of the General Staff 2015-2018, then defence minister)",
                           "خلوصي أكار"),
    "person:fethullah-gulen": ("Person", "Fethullah Gulen (Islamic preacher living in Pennsylvania)", "فتح الله غولن"),
    "person:mevlut-cavusoglu": ("Person", "Mevlut Cavusoglu (Turkish foreign minister)", "مولود تشاووش أوغلو"),
    "person:hakan-fidan": ("Person", "Hakan Fidan (head of Turkish intelligence, MIT)", "هاكان فيدان"),
    "person:ibrahim-kalin": ("Person", "Ibrahim Kalin (Turkish presidential spokesman)", "إبراهيم قالن"),
    "person:fikri-isik": ("Person", "Fikri Isik (Turkish defence minister 2016-2017)", "فكري إشيق"),
    "person:nurettin-canikli": ("Person", "Nurettin Canikli (Turkish defence minister 2017-2018)", "نور الدين جانيكلي"),
    "person:yasar-guler": ("Person", "Yasar Guler (Chief of the General Staff from 2018)", "يشار غولر"),
    "person:ismail-kahraman": ("Person", "Ismail Kahraman (Speaker of the Turkish parliament 2015-2018)",
                               "إسماعيل قهرمان"),
    "person:fuat-oktay": ("Person", "Fuat Oktay (Vice President of Turkey from 2018)", "فؤاد أقطاي"),
    "person:devlet-bahceli": ("Person", "Devlet Bahceli (leader of the Nationalist Movement Party)", "دولت بهتشلي"),
    "person:can-dundar": ("Person", "Can Dundar (Turkish journalist in exile in Germany)", "جان دوندار"),
    "person:mevlut-mert-altintas": ("Person", "Mevlut Mert Altintas (off-duty Ankara riot policeman, Karlov's killer)",
                                    "مولود مرت ألتنطاش"),
    # Russian, Iranian, Syrian
    "person:vladimir-putin": ("Person", "Vladimir Putin (President of Russia)", "فلاديمير بوتين"),
    "person:sergei-lavrov": ("Person", "Sergei Lavrov (Russian foreign minister)", "سيرغي لافروف"),
    "person:sergei-shoigu": ("Person", "Sergei Shoigu (Russian defence minister)", "سيرغي شويغو"),
    "person:dmitry-peskov": ("Person", "Dmitry Peskov (Kremlin spokesman)", "دميتري بيسكوف"),
    "person:andrei-karlov": ("Person", "Andrei Karlov (Russian ambassador to Turkey, killed December 2016)",
                             "أندريه كارلوف"),
    "person:alexander-lavrentiev": ("Person", "Alexander Lavrentiev (Putin's special envoy on Syria)",
                                    "ألكسندر لافرنتييف"),
    "person:hassan-rouhani": ("Person", "Hassan Rouhani (President of Iran)", "حسن روحاني"),
    "person:mohammad-javad-zarif": ("Person", "Mohammad Javad Zarif (Iranian foreign minister)", "محمد جواد ظريف"),
    "person:hossein-dehghan": ("Person", "Hossein Dehghan (Iranian defence minister 2013-2017)", "حسين دهقان"),
    "person:ali-khamenei": ("Person", "Ali Khamenei (Supreme Leader of Iran)", "علي خامنئي"),
    "person:bashar-al-assad": ("Person", "Bashar al-Assad (President of Syria)", "بشار الأسد"),
    # American, German
    "person:donald-trump": ("Person", "Donald Trump (President of the United States)", "دونالد ترامب"),
    "person:rex-tillerson": ("Person", "Rex Tillerson (US Secretary of State 2017-2018)", "ريكس تيلرسون"),
    "person:angela-merkel": ("Person", "Angela Merkel (Chancellor of Germany)", "أنغيلا ميركل"),
    "person:frank-walter-steinmeier": ("Person", "Frank-Walter Steinmeier (President of Germany)",
                                       "فرانك فالتر شتاينماير"),
    # Gulf
    "person:salman-bin-abdulaziz": ("Person", "King Salman bin Abdulaziz (King of Saudi Arabia)",
                                    "الملك سلمان بن عبد العزيز"),
    "person:mohammed-bin-salman": ("Person", "Mohammed bin Salman (Saudi Crown Prince from June 2017)",
                                   "محمد بن سلمان"),
    "person:sabah-al-ahmad-al-jaber-al-sabah": ("Person", "Sheikh Sabah al-Ahmad al-Jaber al-Sabah (Emir of Kuwait)",
                                                "صباح الأحمد الجابر الصباح"),
    "person:hamad-bin-isa-al-khalifa": ("Person", "King Hamad bin Isa Al Khalifa (King of Bahrain)",
                                        "حمد بن عيسى آل خليفة"),
    "person:khalifa-bin-salman-al-khalifa": ("Person", "Prince Khalifa bin Salman Al Khalifa (Prime Minister of "
                                             "Bahrain)", "خليفة بن سلمان آل خليفة"),
    "person:salman-bin-hamad-al-khalifa": ("Person", "Prince Salman bin Hamad Al Khalifa (Crown Prince of Bahrain)",
                                           "سلمان بن حمد آل خليفة"),
    "person:tamim-bin-hamad-al-thani": ("Person", "Sheikh Tamim bin Hamad Al Thani (Emir of Qatar)", "تميم بن حمد آل ثاني"),
    "person:mohammed-bin-abdulrahman-al-thani": ("Person", "Sheikh Mohammed bin Abdulrahman Al Thani (Qatari foreign "
                                                 "minister)", "محمد بن عبد الرحمن آل ثاني"),
}
