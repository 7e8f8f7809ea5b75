"""Entity table of blind set SQ-SR (session 69, Lebanon 1982-1990: the killing of President-elect Bashir
Gemayel and the election of his brother Amine, Philip Habib's and Morris Draper's shuttle diplomacy, the
17 May 1983 agreement, the killing of Prime Minister Rashid Karami and Selim al-Hoss's acting premiership,
the killing of Mufti Hassan Khaled, the Taif accord, the killing of President Rene Moawad and the election
of Elias Hrawi, Michel Aoun's interim government).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:lebanon": ("Country", "Lebanon", "لبنان"),
    "country:israel": ("Country", "Israel", "إسرائيل"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:syria": ("Country", "Syria", "سوريا"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    # locations
    "location:beirut": ("Location", "Beirut (capital of Lebanon)", "بيروت"),
    "location:damascus": ("Location", "Damascus (capital of Syria)", "دمشق"),
    "location:jerusalem": ("Location", "Jerusalem", "القدس"),
    "location:taif": ("Location", "Taif (city in Saudi Arabia)", "الطائف"),
    "location:tripoli": ("Location", "Tripoli (city in northern Lebanon)", "طرابلس"),
    # organizations
    "organization:kataeb-party": ("Organization", "Kataeb Party (Phalange, Lebanese Christian party)", "حزب الكتائب"),
    "organization:syrian-social-nationalist-party": ("Organization", "Syrian Social Nationalist Party (SSNP)",
                                                     "الحزب السوري القومي الاجتماعي"),
    "organization:lebanese-forces": ("Organization", "Lebanese Forces (Christian militia, later party)",
                                     "القوات اللبنانية"),
    "organization:lebanese-army": ("Organization", "Lebanese Army", "الجيش اللبناني"),
    "organization:lebanese-parliament": ("Organization", "Lebanese Parliament", "مجلس النواب اللبناني"),
    "organization:israel-defense-forces": ("Organization", "Israel Defense Forces", "الجيش الإسرائيلي"),
    "organization:plo": ("Organization", "Palestine Liberation Organization", "منظمة التحرير الفلسطينية"),
    "organization:amal-movement": ("Organization", "Amal Movement (Lebanese Shiite party)", "حركة أمل"),
    "organization:progressive-socialist-party": ("Organization", "Progressive Socialist Party (Lebanese Druze-led party)",
                                                 "الحزب التقدمي الاشتراكي"),
    "organization:arab-league": ("Organization", "Arab League", "جامعة الدول العربية"),
    "organization:dar-al-fatwa": ("Organization", "Dar al-Fatwa (Lebanon's Sunni religious authority)", "دار الفتوى"),
    # Lebanese
    "person:bashir-gemayel": ("Person", "Bashir Gemayel (President-elect of Lebanon, killed September 1982)",
                              "بشير الجميل"),
    "person:amin-gemayel": ("Person", "Amin Gemayel (President of Lebanon 1982-1988)", "أمين الجميل"),
    "person:pierre-gemayel-sr": ("Person", "Pierre Gemayel (1905-1984, founder and head of the Kataeb Party)", "بيار الجميل"),
    "person:elias-sarkis": ("Person", "Elias Sarkis (President of Lebanon 1976-1982)", "إلياس سركيس"),
    "person:shafik-al-wazzan": ("Person", "Shafik al-Wazzan (Prime Minister of Lebanon 1980-1984)", "شفيق الوزان"),
    "person:habib-shartouni": ("Person", "Habib Shartouni (SSNP member, Bashir Gemayel's assassin)", "حبيب الشرتوني"),
    "person:fadi-frem": ("Person", "Fadi Frem (commander of the Lebanese Forces 1982-1984)", "فادي أفرام"),
    "person:kamel-al-asaad": ("Person", "Kamel al-Asaad (Speaker of the Lebanese Parliament 1970-1984)", "كامل الأسعد"),
    "person:elie-salem": ("Person", "Elie Salem (Lebanese foreign minister 1982-1988)", "إيلي سالم"),
    "person:rashid-karami": ("Person", "Rashid Karami (Prime Minister of Lebanon, killed June 1987)", "رشيد كرامي"),
    "person:selim-al-hoss": ("Person", "Selim al-Hoss (Prime Minister of Lebanon)", "سليم الحص"),
    "person:hassan-khaled": ("Person", "Hassan Khaled (Grand Mufti of Lebanon, killed May 1989)", "حسن خالد"),
    "person:mohammed-rashid-qabbani": ("Person", "Mohammed Rashid Qabbani (acting Grand Mufti of Lebanon from 1989)",
                                       "محمد رشيد قباني"),
    "person:rene-moawad": ("Person", "Rene Moawad (President of Lebanon, killed November 1989)", "رينيه معوض"),
    "person:elias-hrawi": ("Person", "Elias Hrawi (President of Lebanon 1989-1998)", "إلياس الهراوي"),
    "person:michel-aoun": ("Person", "Michel Aoun (army commander, head of the interim government 1988-1990)",
                           "ميشال عون"),
    "person:emile-lahoud": ("Person", "Emile Lahoud (Lebanese army commander from 1989)", "إميل لحود"),
    "person:hussein-el-husseini": ("Person", "Hussein el-Husseini (Speaker of the Lebanese Parliament 1984-1992)",
                                   "حسين الحسيني"),
    "person:nabih-berri": ("Person", "Nabih Berri (leader of the Amal Movement)", "نبيه بري"),
    "person:walid-jumblatt": ("Person", "Walid Jumblatt (leader of the Progressive Socialist Party)", "وليد جنبلاط"),
    "person:samir-geagea": ("Person", "Samir Geagea (commander of the Lebanese Forces from 1986)", "سمير جعجع"),
    "person:abdullah-al-rassi": ("Person", "Abdullah al-Rassi (Lebanese interior minister 1987)", "عبد الله الراسي"),
    # Israeli, Palestinian, American, Syrian, Saudi, Arab League
    "person:menachem-begin": ("Person", "Menachem Begin (Prime Minister of Israel 1977-1983)", "مناحيم بيغن"),
    "person:ariel-sharon": ("Person", "Ariel Sharon (Israeli defense minister 1981-1983)", "أرييل شارون"),
    "person:yitzhak-shamir": ("Person", "Yitzhak Shamir (Israeli foreign minister, then Prime Minister)",
                              "إسحاق شامير"),
    "person:yasser-arafat": ("Person", "Yasser Arafat (chairman of the PLO)", "ياسر عرفات"),
    "person:philip-habib": ("Person", "Philip Habib (US special envoy to the Middle East 1981-1983)", "فيليب حبيب"),
    "person:morris-draper": ("Person", "Morris Draper (US deputy envoy, Habib's deputy)", "موريس درايبر"),
    "person:george-shultz": ("Person", "George Shultz (US Secretary of State 1982-1989)", "جورج شولتز"),
    "person:ronald-reagan": ("Person", "Ronald Reagan (President of the United States 1981-1989)", "رونالد ريغان"),
    "person:hafez-al-assad": ("Person", "Hafez al-Assad (President of Syria)", "حافظ الأسد"),
    "person:abdul-halim-khaddam": ("Person", "Abdul Halim Khaddam (Syrian vice president)", "عبد الحليم خدام"),
    "person:saud-al-faisal": ("Person", "Saud al-Faisal (Saudi foreign minister)", "سعود الفيصل"),
    "person:lakhdar-brahimi": ("Person", "Lakhdar Brahimi (Arab League envoy to Lebanon 1989)", "الأخضر الإبراهيمي"),
}
