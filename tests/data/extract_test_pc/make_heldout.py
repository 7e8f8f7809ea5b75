"""Blind set PC: Lebanon and Palestine 2004-2012 (first folder of PC-PD): the Israeli killing of Sheikh
Ahmed Yassin and Rantisi named to succeed him (March 2004), the PLO's Executive Committee choosing Mahmoud
Abbas after Yasser Arafat's death (November 2004), the Special Tribunal's indictment in the Rafik Hariri
case handed to Lebanon under Najib Mikati's government (June 2011), Imad Mughniyeh's funeral and the
Iranian foreign minister's condolence round (February 2008), the Israeli killing of Ahmed Jabari that
opened the Gaza operation of November 2012, and Michel Suleiman's election after the Doha agreement and
his first audiences at Baabda (May 2008), as a Western wire writes it in English (Reuters-like: "GAZA,
March 22 (Reuters) -", "witnesses and hospital officials said"), the Palestinian state agency in Arabic
(WAFA-like: "رام الله 11-11-2004 (وفا) -", "الأخ أبو مازن"), a Lebanese daily in English (Daily Star-like:
"BEIRUT:", "judicial sources said"), Hezbollah's TV site in Arabic (al-Manar-like: "القائد الجهادي الكبير",
"سماحته", "العدو الصهيوني"), an Israeli daily in English (Times of Israel-like: "Operation Pillar of
Defense", "the terror group") and a Beirut daily in Arabic (an-Nahar-like: "وعلمت «النهار»", "العماد").
Pieces: Israeli gunships kill Yassin on Sharon's order, Rantisi named to succeed him (English, PC1); Abbas
chosen to succeed Arafat, Fattouh interim president after Arafat's death, Abbas receives Aboul Gheit and
Omar Suleiman in Qurei's presence (Arabic, PC2); a tribunal delegation meets prosecutor Mirza, Mikati's
cabinet replaced Saad Hariri's, Siniora took over from Mikati in 2005 (English, PC3); Nasrallah receives
Mottaki in the Iranian ambassador's presence, Mottaki had met Assad in Damascus (Arabic, PC4); the IDF and
the Shin Bet kill Jabari, who took over from Deif, Netanyahu and Barak met Gantz and Cohen (English, PC5);
Suleiman elected to succeed Lahoud, receives the Emir of Qatar and Hamad bin Jassim in Amr Moussa's
presence, then meets Siniora (Arabic, PC6).
Excluded on purpose (no relation): Rantisi's survival of an attempt on his life, Mubarak's call to Qurei,
Omar Suleiman's postponed visit to Gaza (PC1); Mubarak's condolence call, the accusation that Israel
poisoned Arafat (PC2); the tribunal's indictment of four Hezbollah members (an accusation), Mughniyeh
"killed in a car bombing" (no agent) (PC3); Hezbollah's statement blaming "the Zionist enemy" and Olmert's
office's denial (an accusation, denied), Nasrallah's speech by video (PC4); the strike's approval (no
order to kill stated), Morsi's recalled ambassador, Qandil's planned visit, Haniyeh's phone call to Morsi
(PC5); Sarkozy's call and planned visit, Muallem who left without meeting Siniora (PC6).
Judgement calls: "personally ordered the attack", said by Israeli political sources, gives Yassin ->
Sharon beside Yassin -> Israel (PC1); an interim president sworn in after the post fell vacant with
Arafat's death is a succession (PC2 Fattouh); "received A and B" together is a meeting of the three, and
"in the presence of" a prime minister pairs him with the host and with both guests (PC2, PC6); a body met
through an unnamed delegation is paired as the body (PC3, tribunal - Mirza); "whose cabinet replaced the
government of Saad Hariri" and "handing over to Fouad Siniora" are successions (PC3); "took over
day-to-day command after its leader, Mohammed Deif, was badly wounded" is a succession (PC5); "Netanyahu
and Barak had met with Gantz and Cohen" is one meeting of the four (PC5); a pronoun host (سماحته, "then
met") keeps the meeting (PC4, PC6); attendees of one list would be paired with each other (no piece of
this folder has two); a prime minister LEADS the country (Qurei, Mikati, Siniora, Netanyahu, Hamad bin
Jassim); "founder and spiritual leader" and "its new leader in the Gaza Strip" are LEADS Hamas.
Filled in for the exercise: Mubarak's call and Suleiman's postponed visit (PC1); the arrival of Aboul Gheit
and Suleiman in Ramallah that evening and Qurei's presence (PC2); the length of the tribunal delegation's
meeting and the Justice Palace (PC3); Mottaki's audience with Nasrallah, the ambassador's presence and his
stop in Damascus (PC4); the Tuesday meeting of Netanyahu, Barak, Gantz and Cohen, Haniyeh's call (PC5);
the audience at Baabda after the oath, Moussa's presence, the meeting with Siniora the same day (PC6).
Spellings: "Abdel-Aziz al-Rantissi" (PC1); «أبو مازن»، «أبو علاء»، «اللواء عمر سليمان» (PC2); "Sayyed Hassan
Nasrallah", "Cabinet" (PC3); «الحاج رضوان»، «منوشهر متكي»، «نصر الله» (PC4); "Ahmed Jabari", "Lt. Gen.
Benny Gantz" (PC5); «العماد ميشال سليمان»، «الشيخ حمد بن جاسم»، «إميل لحود» (PC6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_pd import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, ISRAEL, PALESTINE, SYRIA, EGYPT, QATAR = (
    "country:lebanon", "country:israel", "country:palestine", "country:syria", "country:egypt", "country:qatar")
BEIRUT, RAMALLAH = "location:beirut", "location:ramallah"
HAMAS, QASSAM, PLO, PLC, HEZ, ARMY, STL, IDF, SHINBET, EGIS, ARAB_LEAGUE = (
    "organization:hamas", "organization:al-qassam-brigades", "organization:plo",
    "organization:palestinian-legislative-council", "organization:hezbollah", "organization:lebanese-army",
    "organization:special-tribunal-for-lebanon", "organization:israel-defense-forces", "organization:shin-bet",
    "organization:egyptian-general-intelligence", "organization:arab-league")
YASSIN, RANTISI, ARAFAT, ABBAS, QUREI, FATTOUH = (
    "person:ahmed-yassin", "person:abdel-aziz-al-rantisi", "person:yasser-arafat", "person:mahmoud-abbas",
    "person:ahmed-qurei", "person:rawhi-fattouh")
JABARI, DEIF = "person:ahmed-jabari", "person:mohammed-deif"
SHARON, NETANYAHU, BARAK, GANTZ, COHEN, OLMERT = (
    "person:ariel-sharon", "person:benjamin-netanyahu", "person:ehud-barak", "person:benny-gantz",
    "person:yoram-cohen", "person:ehud-olmert")
MUBARAK, OSULEIMAN, ABOULGHEIT, MORSI, QANDIL = (
    "person:hosni-mubarak", "person:omar-suleiman", "person:ahmed-aboul-gheit", "person:mohamed-morsi",
    "person:hisham-qandil")
MIKATI, SHARIRI, SINIORA, MIRZA, NASRALLAH, MUGHNIYEH, BADREDDINE = (
    "person:najib-mikati", "person:saad-hariri", "person:fouad-siniora", "person:saeed-mirza",
    "person:hassan-nasrallah", "person:imad-mughniyeh", "person:mustafa-badreddine")
MOTTAKI, SHEIBANI, ASSAD = "person:manouchehr-mottaki", "person:mohammad-reza-sheibani", "person:bashar-al-assad"
MSULEIMAN, LAHOUD, HBK, HBJ, MOUSSA, SARKOZY = (
    "person:michel-suleiman", "person:emile-lahoud", "person:hamad-bin-khalifa-al-thani",
    "person:hamad-bin-jassim-al-thani", "person:amr-moussa", "person:nicolas-sarkozy")
FRANCE = "country:france"

REUTERS = "blind set (Western news wire, English, Reuters-like)"
WAFA = "blind set (Palestinian state news agency, Arabic, WAFA-like)"
DSTAR = "blind set (Beirut daily, English, Daily Star-like)"
MANAR = "blind set (Hezbollah's TV news site, Arabic, al-Manar-like)"
TOI = "blind set (Israeli news site, English, Times of Israel-like)"
NAHAR = "blind set (Beirut daily, Arabic, an-Nahar-like)"

ARTICLES = [
    ("enPC1_yassin_killed_reuters", "en",
     "Israel kills Hamas founder Yassin in Gaza missile strike\n"
     "GAZA, March 22 (Reuters) - Israeli helicopter gunships killed Sheikh Ahmed Yassin, the founder and "
     "spiritual leader of the Islamic militant group Hamas, as he was wheeled out of a mosque in Gaza City after "
     "dawn prayers on Monday, witnesses and hospital officials said.\n"
     "Seven other people, including two of the wheelchair-bound cleric's bodyguards, were also killed.\n"
     "Prime Minister Ariel Sharon personally ordered the attack and monitored it from his office, Israeli "
     "political sources said. Sharon later congratulated the security forces on the operation.\n"
     "Hours later Hamas named Abdel-Aziz al-Rantissi, a hardline pediatrician, as its new leader in the Gaza "
     "Strip, succeeding Yassin. Rantissi, who survived an Israeli attempt on his life last June, vowed revenge "
     "\"in every house and every street\".\n"
     "Palestinian Prime Minister Ahmed Qurei declared three days of mourning and called the killing \"a crazy "
     "and very dangerous act\".\n"
     "Egyptian President Hosni Mubarak telephoned Qurei to express his condolences, an Egyptian official said, "
     "and Cairo put off a planned trip to Gaza by its intelligence chief, Omar Suleiman, who had been working "
     "on a truce between the factions.",
     [("ASSASSINATED_BY", YASSIN, ISRAEL, "Israeli helicopter gunships killed", "2004-03-22"),
      ("ASSASSINATED_BY", YASSIN, SHARON, "personally ordered the attack", "2004-03-22"),
      ("LEADS", YASSIN, HAMAS, "the founder and spiritual leader"),
      ("LEADS", SHARON, ISRAEL, "Prime Minister Ariel Sharon personally"),
      ("SUCCESSOR_OF", RANTISI, YASSIN, "succeeding Yassin", "2004-03-22"),
      ("LEADS", RANTISI, HAMAS, "as its new leader in the Gaza"),
      ("LEADS", QUREI, PALESTINE, "Palestinian Prime Minister Ahmed Qurei"),
      ("LEADS", MUBARAK, EGYPT, "Egyptian President Hosni Mubarak"),
      ("LEADS", OSULEIMAN, EGIS, "its intelligence chief, Omar Suleiman"),
      ],
     {"source": REUTERS, "published": "2004-03-22"}),

    ("arPC2_abbas_succeeds_arafat_wafa", "ar",
     "اللجنة التنفيذية لمنظمة التحرير تنتخب محمود عباس رئيساً لها خلفاً للرئيس الراحل\n"
     "رام الله 11-11-2004 (وفا) - انتخبت اللجنة التنفيذية لمنظمة التحرير الفلسطينية، في اجتماع طارئ عقدته "
     "مساء اليوم في مقر الرئاسة بمدينة رام الله، أمين سر اللجنة محمود عباس \"أبو مازن\" رئيساً لها، خلفاً "
     "للرئيس الشهيد ياسر عرفات الذي وافته المنية فجر اليوم في مستشفى بيرسي العسكري قرب العاصمة الفرنسية "
     "باريس.\n"
     "وكان رئيس المجلس التشريعي روحي فتوح قد أدى اليمين الدستورية رئيساً مؤقتاً للسلطة الوطنية بعد شغور "
     "المنصب بوفاة الرئيس عرفات، وفقاً للقانون الأساسي، على أن تجرى انتخابات رئاسية خلال ستين يوماً.\n"
     "واستقبل الأخ أبو مازن، عقب الاجتماع، وزير الخارجية المصري أحمد أبو الغيط ورئيس جهاز المخابرات العامة "
     "المصرية اللواء عمر سليمان، اللذين وصلا إلى رام الله قادمين من القاهرة، بحضور رئيس الوزراء أحمد قريع "
     "\"أبو علاء\"، وبحث معهما ترتيبات الجنازة العسكرية في القاهرة ومواراة جثمان الرئيس الراحل الثرى في "
     "مقر المقاطعة.\n"
     "وتلقى عباس اتصالاً هاتفياً من الرئيس المصري حسني مبارك، عبّر فيه عن تعازيه للشعب الفلسطيني وقيادته.\n"
     "من جهته، طالب رئيس دائرة شؤون المفاوضات في المنظمة صائب عريقات بتحقيق في ملابسات الوفاة، فيما "
     "اتهمت أوساط فلسطينية إسرائيل بتسميم الرئيس الراحل، وهو ما نفته تل أبيب.",
     [("SUCCESSOR_OF", ABBAS, ARAFAT, "خلفاً للرئيس الشهيد ياسر عرفات", "2004-11-11"),
      ("LEADS", ABBAS, PLO, "رئيساً لها، خلفاً"),
      ("SUCCESSOR_OF", FATTOUH, ARAFAT, "بعد شغور المنصب بوفاة الرئيس عرفات", "2004-11-11"),
      ("LEADS", FATTOUH, PLC, "رئيس المجلس التشريعي روحي فتوح"),
      ] + met_group({ABBAS: "واستقبل الأخ أبو مازن", ABOULGHEIT: "وزير الخارجية المصري أحمد أبو الغيط",
                     OSULEIMAN: "المصرية اللواء عمر سليمان"}, "2004-11-11") + [
      ("MET_WITH", QUREI, ABBAS, "بحضور رئيس الوزراء أحمد قريع", "2004-11-11"),
      ("MET_WITH", QUREI, ABOULGHEIT, "بحضور رئيس الوزراء أحمد قريع", "2004-11-11"),
      ("MET_WITH", QUREI, OSULEIMAN, "بحضور رئيس الوزراء أحمد قريع", "2004-11-11"),
      ("LEADS", QUREI, PALESTINE, "رئيس الوزراء أحمد قريع"),
      ("LEADS", OSULEIMAN, EGIS, "ورئيس جهاز المخابرات العامة"),
      ("VISITED", ABOULGHEIT, RAMALLAH, "اللذين وصلا إلى رام الله"),
      ("VISITED", OSULEIMAN, RAMALLAH, "اللذين وصلا إلى رام الله"),
      ("LEADS", MUBARAK, EGYPT, "الرئيس المصري حسني مبارك"),
      ],
     {"source": WAFA, "published": "2004-11-11"}),

    ("enPC3_stl_indictment_dailystar", "en",
     "STL hands Lebanon indictment naming four Hezbollah members\n"
     "BEIRUT: The U.N.-backed Special Tribunal for Lebanon handed Lebanese authorities an indictment and arrest "
     "warrants Thursday for four members of Hezbollah in connection with the 2005 assassination of former Prime "
     "Minister Rafik Hariri, judicial sources said.\n"
     "A three-member delegation from the tribunal met State Prosecutor Saeed Mirza at the Justice Palace for "
     "nearly an hour and handed him the sealed documents, which name Mustafa Badreddine, Salim Ayyash, Hussein "
     "Oneissi and Assad Sabra. Mirza has 30 days to serve the warrants.\n"
     "Badreddine, a senior Hezbollah military commander, is the brother-in-law of Imad Mughniyeh, the party's "
     "top military commander, who was killed in a car bombing in Damascus in 2008.\n"
     "Hezbollah has denied any role in the Feb. 14, 2005 bombing on the Beirut seafront that killed Hariri and "
     "21 others, and its Secretary-General Sayyed Hassan Nasrallah has dismissed the court as an "
     "\"Israeli-American project.\"\n"
     "Prime Minister Najib Mikati, whose Hezbollah-backed Cabinet replaced the government of Saad Hariri last "
     "month, said Lebanon would respect its international commitments. Mikati briefly headed an interim "
     "government in 2005, before handing over to Fouad Siniora after the elections that followed the "
     "assassination.\n"
     "Saad Hariri, the slain premier's son, hailed \"a historic moment\" in a statement from Paris.",
     [("MET_WITH", STL, MIRZA, "met State Prosecutor Saeed Mirza", "2011-06-30"),
      ("MEMBER_OF", BADREDDINE, HEZ, "a senior Hezbollah military commander"),
      ("MEMBER_OF", MUGHNIYEH, HEZ, "the party's top military commander"),
      ("LEADS", NASRALLAH, HEZ, "its Secretary-General Sayyed Hassan Nasrallah"),
      ("LEADS", MIKATI, LEBANON, "Prime Minister Najib Mikati, whose"),
      ("SUCCESSOR_OF", MIKATI, SHARIRI, "Cabinet replaced the government of Saad Hariri", "2011-06-13"),
      ("SUCCESSOR_OF", SINIORA, MIKATI, "before handing over to Fouad Siniora", "2005-07-19"),
      ],
     {"source": DSTAR, "published": "2011-07-01"}),

    ("arPC4_mughniyeh_funeral_manar", "ar",
     "المقاومة الإسلامية تشيّع القائد الجهادي الكبير الحاج عماد مغنية\n"
     "المنار - بيروت\n"
     "شيّعت المقاومة الإسلامية وجماهيرها اليوم الخميس في روضة الشهيدين بالضاحية الجنوبية لبيروت القائد "
     "الجهادي الكبير الحاج عماد مغنية \"الحاج رضوان\"، الذي استشهد ليل الثلاثاء في انفجار سيارة مفخخة في حي "
     "كفرسوسة بالعاصمة السورية دمشق، بعدما نعاه حزب الله في بيان أمس.\n"
     "وحمّل البيان \"العدو الصهيوني\" مسؤولية الاغتيال، فيما سارع مكتب رئيس الوزراء الإسرائيلي إيهود أولمرت "
     "إلى نفي أي علاقة لإسرائيل بالعملية.\n"
     "وأكد الأمين العام لحزب الله سماحة السيد حسن نصر الله، في كلمة متلفزة عبر شاشة عملاقة، أن دماء الشهيد "
     "القائد \"ستكون بداية سقوط إسرائيل\"، معلناً أن المقاومة مستعدة لـ\"حرب مفتوحة\" إذا أرادها الصهاينة.\n"
     "وعلى هامش مراسم التشييع، استقبل سماحته وزير الخارجية الإيراني منوشهر متكي والوفد المرافق، بحضور السفير "
     "الإيراني في لبنان محمد رضا شيباني، وجرى عرض للتطورات في لبنان والمنطقة.\n"
     "وكان متكي قد وصل إلى بيروت قادماً من دمشق، حيث التقى الرئيس السوري بشار الأسد ونقل إليه تعازي "
     "الجمهورية الإسلامية.\n"
     "من جهته، أعلن وزير الداخلية السوري بسام عبد المجيد أن سوريا ستكشف نتائج التحقيق فور انتهائه.",
     [("MEMBER_OF", MUGHNIYEH, HEZ, "بعدما نعاه حزب الله في بيان أمس"),
      ("LEADS", OLMERT, ISRAEL, "رئيس الوزراء الإسرائيلي إيهود أولمرت"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله سماحة السيد"),
      ("MET_WITH", NASRALLAH, MOTTAKI, "استقبل سماحته وزير الخارجية الإيراني", "2008-02-14"),
      ("MET_WITH", SHEIBANI, NASRALLAH, "بحضور السفير", "2008-02-14"),
      ("MET_WITH", SHEIBANI, MOTTAKI, "الإيراني في لبنان محمد رضا شيباني", "2008-02-14"),
      ("MET_WITH", MOTTAKI, ASSAD, "حيث التقى الرئيس السوري", "2008-02-13"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار الأسد"),
      ("VISITED", MOTTAKI, BEIRUT, "وكان متكي قد وصل إلى بيروت"),
      ],
     {"source": MANAR, "published": "2008-02-14"}),

    ("enPC5_jabari_killed_toi", "en",
     "IDF kills Hamas military chief Ahmed Jabari, launches Gaza operation\n"
     "November 14, 2012 - The Israel Defense Forces and the Shin Bet security service killed Ahmed Jabari, the "
     "head of Hamas's military wing, in a targeted airstrike on his car in Gaza City on Wednesday afternoon, "
     "opening what the army called Operation Pillar of Defense.\n"
     "Jabari, 52, was regarded by Israel as the chief of staff of the Izz ad-Din al-Qassam Brigades. He took "
     "over day-to-day command of the terror group after its leader, Mohammed Deif, was badly wounded in an "
     "Israeli strike in 2006, and he oversaw both the abduction of soldier Gilad Shalit and his release last "
     "year.\n"
     "Prime Minister Benjamin Netanyahu and Defense Minister Ehud Barak had met with IDF Chief of Staff Lt. Gen. "
     "Benny Gantz and Shin Bet director Yoram Cohen at the Kirya in Tel Aviv on Tuesday to approve the "
     "operation, officials said.\n"
     "In Cairo, President Mohamed Morsi recalled Egypt's ambassador to Israel, and his office said Prime "
     "Minister Hisham Qandil would travel to Gaza on Friday. Ismail Haniyeh, who heads the Hamas government in "
     "Gaza, spoke by telephone with Morsi, a Hamas spokesman said.",
     [("ASSASSINATED_BY", JABARI, IDF, "killed Ahmed Jabari, the", "2012-11-14"),
      ("ASSASSINATED_BY", JABARI, SHINBET, "the Shin Bet security service killed", "2012-11-14"),
      ("MEMBER_OF", JABARI, HAMAS, "head of Hamas's military wing"),
      ("LEADS", JABARI, QASSAM, "the chief of staff of the Izz ad-Din"),
      ("SUCCESSOR_OF", JABARI, DEIF, "He took over day-to-day command"),
      ("LEADS", DEIF, QASSAM, "after its leader, Mohammed Deif"),
      ] + met_group({NETANYAHU: "Prime Minister Benjamin Netanyahu and", BARAK: "Defense Minister Ehud Barak",
                     GANTZ: "had met with IDF Chief of Staff", COHEN: "Shin Bet director Yoram Cohen"},
                    "2012-11-13") + [
      ("LEADS", NETANYAHU, ISRAEL, "Prime Minister Benjamin Netanyahu and"),
      ("LEADS", GANTZ, IDF, "IDF Chief of Staff Lt. Gen."),
      ("LEADS", COHEN, SHINBET, "Shin Bet director Yoram"),
      ("LEADS", MORSI, EGYPT, "President Mohamed Morsi recalled"),
      ("LEADS", QANDIL, EGYPT, "Minister Hisham Qandil would"),
      ],
     {"source": TOI, "published": "2012-11-14"}),

    ("arPC6_suleiman_elected_nahar", "ar",
     "سليمان رئيساً بـ118 صوتاً... وأمير قطر أول الزائرين في بعبدا\n"
     "النهار\n"
     "انتخب مجلس النواب أمس، في جلسة ترأسها الرئيس نبيه بري وحضرها حشد من الضيوف العرب والأجانب، قائد الجيش "
     "العماد ميشال سليمان رئيساً للجمهورية بـ118 صوتاً من أصل 127، خلفاً للرئيس إميل لحود الذي غادر قصر "
     "بعبدا في 23 تشرين الثاني الماضي، منهياً فراغاً رئاسياً دام ستة أشهر.\n"
     "وجاء الانتخاب تتويجاً لاتفاق الدوحة الذي توصل إليه الأفرقاء اللبنانيون في العاصمة القطرية في 21 أيار "
     "برعاية أمير قطر الشيخ حمد بن خليفة آل ثاني ورئيس الوزراء وزير الخارجية الشيخ حمد بن جاسم، بعد أحداث "
     "السابع من أيار.\n"
     "وبعد أداء القسم، انتقل الرئيس سليمان إلى قصر بعبدا حيث استقبل أمير قطر ورئيس الحكومة القطرية، في حضور "
     "الأمين العام لجامعة الدول العربية عمرو موسى، وشكرهما على \"الجهود التي أثمرت اتفاق الدوحة\".\n"
     "ثم التقى رئيس الحكومة فؤاد السنيورة، الذي يُرجّح أن تسمّيه الأكثرية في الاستشارات النيابية الملزمة "
     "لتشكيل أولى حكومات العهد.\n"
     "وتلقى الرئيس الجديد اتصالاً هاتفياً من الرئيس الفرنسي نيكولا ساركوزي، الذي أعلن أنه سيزور بيروت في 7 "
     "حزيران.\n"
     "وعلمت \"النهار\" أن وزير الخارجية السوري وليد المعلم، الذي حضر الجلسة، غادر بيروت من دون أن يلتقي "
     "رئيس الحكومة.",
     [("SUCCESSOR_OF", MSULEIMAN, LAHOUD, "خلفاً للرئيس إميل لحود", "2008-05-25"),
      ("LEADS", MSULEIMAN, ARMY, "قائد الجيش العماد ميشال سليمان"),
      ("LEADS", MSULEIMAN, LEBANON, "رئيساً للجمهورية بـ118"),
      ("LEADS", HBK, QATAR, "أمير قطر الشيخ حمد بن خليفة"),
      ("LEADS", HBJ, QATAR, "ورئيس الوزراء وزير الخارجية الشيخ حمد بن جاسم"),
      ] + met_group({MSULEIMAN: "انتقل الرئيس سليمان إلى قصر بعبدا", HBK: "حيث استقبل أمير قطر",
                     HBJ: "ورئيس الحكومة القطرية"}, "2008-05-25") + [
      ("MET_WITH", MOUSSA, MSULEIMAN, "في حضور", "2008-05-25"),
      ("MET_WITH", MOUSSA, HBK, "لجامعة الدول العربية عمرو موسى", "2008-05-25"),
      ("MET_WITH", MOUSSA, HBJ, "الأمين العام لجامعة", "2008-05-25"),
      ("LEADS", MOUSSA, ARAB_LEAGUE, "الأمين العام لجامعة الدول العربية"),
      ("MET_WITH", MSULEIMAN, SINIORA, "ثم التقى رئيس الحكومة فؤاد السنيورة", "2008-05-25"),
      ("LEADS", SINIORA, LEBANON, "رئيس الحكومة فؤاد السنيورة"),
      ("LEADS", SARKOZY, FRANCE, "الرئيس الفرنسي نيكولا ساركوزي"),
      ],
     {"source": NAHAR, "published": "2008-05-26"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPC")
