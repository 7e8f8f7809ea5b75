"""Entity table of blind set QA-QB (session 67, Turkey, the Kurds and northern Syria 2016-2024: the Astana-format
summits of Erdogan, Putin and Rouhani / Raisi, the Sochi memorandum, Turkish strikes on PKK and SDF commanders,
Mazloum Abdi's meetings with US envoys and CENTCOM commanders, Turkish ministers and intelligence chiefs
succeeding each other, the Kurdistan Region's leaders and Ankara).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries and places
    "country:turkey": ("Country", "Turkey", "تركيا"),
    "country:russia": ("Country", "Russia", "روسيا"),
    "country:iran": ("Country", "Iran", "إيران"),
    "country:syria": ("Country", "Syria", "سوريا"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:iraq": ("Country", "Iraq", "العراق"),
    "location:ankara": ("Location", "Ankara (capital of Turkey)", "أنقرة"),
    "location:tehran": ("Location", "Tehran (capital of Iran)", "طهران"),
    "location:erbil": ("Location", "Erbil (capital of the Kurdistan Region)", "أربيل"),
    "location:sinjar": ("Location", "Sinjar (district in Nineveh, Iraq)", "سنجار"),
    "location:qamishli": ("Location", "Qamishli (city in northeastern Syria)", "القامشلي"),
    "location:hasakah": ("Location", "Hasakah (city in northeastern Syria)", "الحسكة"),
    "location:kurdistan-region": ("Location", "Kurdistan Region of Iraq", "إقليم كردستان"),
    # organizations
    "organization:pkk": ("Organization", "PKK (Kurdistan Workers' Party)", "حزب العمال الكردستاني"),
    "organization:syrian-democratic-forces": ("Organization", "Syrian Democratic Forces (SDF)", "قوات سوريا الديمقراطية"),
    "organization:ypg": ("Organization", "YPG (People's Protection Units)", "وحدات حماية الشعب"),
    "organization:ypj": ("Organization", "YPJ (Women's Protection Units)", "وحدات حماية المرأة"),
    "organization:turkish-national-intelligence-organization": ("Organization", "MIT (Turkish National Intelligence "
                                                                "Organization)", "جهاز الاستخبارات التركي"),
    "organization:turkish-armed-forces": ("Organization", "Turkish Armed Forces", "القوات المسلحة التركية"),
    "organization:turkish-foreign-ministry": ("Organization", "Turkish Foreign Ministry", "وزارة الخارجية التركية"),
    "organization:russian-foreign-ministry": ("Organization", "Russian Foreign Ministry", "وزارة الخارجية الروسية"),
    "organization:iranian-foreign-ministry": ("Organization", "Iranian Foreign Ministry", "وزارة الخارجية الإيرانية"),
    "organization:us-central-command": ("Organization", "US Central Command (CENTCOM)", "القيادة المركزية الأميركية"),
    "organization:kurdistan-regional-government": ("Organization", "Kurdistan Regional Government",
                                                   "حكومة إقليم كردستان"),
    "organization:kurdistan-democratic-party": ("Organization", "Kurdistan Democratic Party (KDP)",
                                                "الحزب الديمقراطي الكردستاني"),
    "organization:syrian-democratic-council": ("Organization", "Syrian Democratic Council (SDC)",
                                               "مجلس سوريا الديمقراطية"),
    # Turkish
    "person:recep-tayyip-erdogan": ("Person", "Recep Tayyip Erdogan (President of Turkey)", "رجب طيب أردوغان"),
    "person:hakan-fidan": ("Person", "Hakan Fidan (MIT chief 2010-2023, foreign minister since 2023)", "هاكان فيدان"),
    "person:ibrahim-kalin": ("Person", "Ibrahim Kalin (presidential spokesman, MIT chief since 2023)", "إبراهيم قالن"),
    "person:mevlut-cavusoglu": ("Person", "Mevlut Cavusoglu (Turkish foreign minister 2015-2023)", "مولود جاويش أوغلو"),
    "person:hulusi-akar": ("Person", "Hulusi Akar (chief of general staff, defence minister 2018-2023)", "خلوصي أكار"),
    "person:yasar-guler": ("Person", "Yasar Guler (chief of general staff, defence minister since 2023)", "يشار غولر"),
    # Russian, Iranian
    "person:vladimir-putin": ("Person", "Vladimir Putin (President of Russia)", "فلاديمير بوتين"),
    "person:sergei-lavrov": ("Person", "Sergei Lavrov (Russian foreign minister)", "سيرغي لافروف"),
    "person:hassan-rouhani": ("Person", "Hassan Rouhani (President of Iran 2013-2021)", "حسن روحاني"),
    "person:ebrahim-raisi": ("Person", "Ebrahim Raisi (President of Iran 2021-2024)", "إبراهيم رئيسي"),
    "person:ali-khamenei": ("Person", "Ali Khamenei (Supreme Leader of Iran)", "علي خامنئي"),
    "person:mohammad-javad-zarif": ("Person", "Mohammad Javad Zarif (Iranian foreign minister 2013-2021)",
                                    "محمد جواد ظريف"),
    "person:hossein-amir-abdollahian": ("Person", "Hossein Amir-Abdollahian (Iranian foreign minister 2021-2024)",
                                        "حسين أمير عبد اللهيان"),
    # US
    "person:donald-trump": ("Person", "Donald Trump (President of the United States)", "دونالد ترامب"),
    "person:mike-pence": ("Person", "Mike Pence (US Vice President 2017-2021)", "مايك بنس"),
    "person:mike-pompeo": ("Person", "Mike Pompeo (US Secretary of State 2018-2021)", "مايك بومبيو"),
    "person:robert-obrien": ("Person", "Robert O'Brien (US national security adviser 2019-2021)", "روبرت أوبراين"),
    "person:james-jeffrey": ("Person", "James Jeffrey (US special envoy for Syria and the anti-IS coalition)",
                             "جيمس جيفري"),
    "person:brett-mcgurk": ("Person", "Brett McGurk (US anti-IS envoy 2015-2018, White House coordinator 2021-2025)",
                            "بريت ماكغورك"),
    "person:joel-rayburn": ("Person", "Joel Rayburn (US deputy envoy for Syria)", "جويل رايبرن"),
    "person:kenneth-mckenzie": ("Person", "Kenneth McKenzie (CENTCOM commander 2019-2022)", "كينيث ماكنزي"),
    "person:michael-kurilla": ("Person", "Michael Kurilla (CENTCOM commander 2022-2025)", "مايكل كوريلا"),
    "person:william-roebuck": ("Person", "William Roebuck (US diplomat, senior adviser in northeastern Syria)",
                               "وليام روباك"),
    "person:sergei-shoigu": ("Person", "Sergei Shoigu (Russian defence minister 2012-2024)", "سيرغي شويغو"),
    "person:bashar-al-assad": ("Person", "Bashar al-Assad (President of Syria until December 2024)", "بشار الأسد"),
    "person:bahram-ghasemi": ("Person", "Bahram Ghasemi (Iranian foreign ministry spokesman 2017-2019)", "بهرام قاسمي"),
    "person:nurettin-canikli": ("Person", "Nurettin Canikli (Turkish defence minister 2017-2018)", "نور الدين جانيكلي"),
    "person:mehmet-simsek": ("Person", "Mehmet Simsek (Turkish finance minister since 2023)", "محمد شيمشك"),
    "person:barbara-leaf": ("Person", "Barbara Leaf (US assistant secretary of state for Near Eastern affairs)",
                            "باربرا ليف"),
    "person:ethan-goldrich": ("Person", "Ethan Goldrich (US deputy assistant secretary of state for the Levant "
                              "and Syria)", "إيثان غولدريتش"),
    # Kurds of Syria
    "person:mazloum-abdi": ("Person", "Mazloum Abdi (SDF commander-in-chief)", "مظلوم عبدي"),
    "person:ilham-ahmed": ("Person", "Ilham Ahmed (SDC co-chair, head of its executive body)", "إلهام أحمد"),
    "person:jiyan-tolhildan": ("Person", "Jiyan Tolhildan (Salwa Yusuf, YPJ and SDF commander, killed July 2022)",
                               "جيان تولهلدان"),
    "person:roj-khabour": ("Person", "Roj Khabour (YPJ fighter, killed July 2022)", "روج خابور"),
    "person:barin-botan": ("Person", "Barin Botan (YPJ fighter, killed July 2022)", "بارين بوطان"),
    # PKK
    "person:ismail-ozden": ("Person", "Ismail Ozden (Zaki Shingali, PKK senior in Sinjar, killed August 2018)",
                            "إسماعيل أوزدن"),
    "person:murat-karayilan": ("Person", "Murat Karayilan (PKK military commander)", "مراد قره يلان"),
    # Kurdistan Region
    "person:nechirvan-barzani": ("Person", "Nechirvan Barzani (President of the Kurdistan Region)", "نيجيرفان بارزاني"),
    "person:masrour-barzani": ("Person", "Masrour Barzani (Prime Minister of the Kurdistan Region)", "مسرور بارزاني"),
    "person:masoud-barzani": ("Person", "Masoud Barzani (KDP leader)", "مسعود بارزاني"),
}
