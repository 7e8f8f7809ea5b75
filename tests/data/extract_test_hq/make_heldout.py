"""Blind set HQ: Yemen 2022-2024 in the voice of a Gulf news agency (official tone, long honorific
titles, "received in audience"): the transfer of power to the Presidential Leadership Council, April
2022 (English); the Omani foreign minister receives the UN envoy after his Muscat talks with the
Houthi negotiator (Arabic); Prince Khalid bin Salman receives the Sanaa delegation, Sept 2023
(English); Sheikh Mohamed bin Zayed receives al-Alimi in Abu Dhabi (Arabic); Prince Faisal bin
Farhan receives Grundberg after the roadmap commitments, Dec 2023 (English); the ICRC-run prisoner
exchange of April 2023 and the release of Maj. Gen. al-Subaihi (Arabic).
Style: agency dispatches with datelines, honorifics, "attended the meeting", new people introduced by
office; excluded on purpose: a phone call of King Salman, an unconfirmed audience with the Crown
Prince, a phone call of the Saudi foreign minister and a planned visit to Riyadh, an accepted
invitation to visit Aden, a phone call of Blinken and a planned trip to Sanaa, the unknown fate of
Mohammed Qahtan and a denied accusation.
Spellings: Rashad Al-Olaimi, Aidroos Al-Zubaidi, Abdulmalek Al-Ejri, Martin Griffith, غروندبيرغ,
محمد عبدالسلام, العليمى, عيدروس الزبيدى, طحنون.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hs import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN, SAUDI, UAE, OMAN, USA = ("country:yemen", "country:saudi-arabia", "country:united-arab-emirates",
                                "country:oman", "country:united-states")
PLC, YGOV, HOUTHIS, SPC, GCC, UN = (
    "organization:presidential-leadership-council", "organization:yemeni-government", "organization:houthis",
    "organization:houthi-supreme-political-council", "organization:gcc", "organization:united-nations")
SADEF, SAFM, OMFM, COAL, ICRC, ISLAH = (
    "organization:saudi-defence-ministry", "organization:saudi-foreign-ministry", "organization:omani-foreign-ministry",
    "organization:saudi-led-coalition", "organization:icrc", "organization:islah")
STATE, STC = "organization:us-state-department", "organization:southern-transitional-council"
RIYADH, SANAA, MUSCAT, YAMAMAH, ADEN, ABHA = ("location:riyadh", "location:sanaa", "location:muscat",
                                              "location:al-yamamah-palace", "location:aden", "location:abha")
HADI, ALIMI, ZUBAIDI, ARADA, HAJRAF, MBS, SALMAN = (
    "person:abdrabbuh-mansour-hadi", "person:rashad-al-alimi", "person:aidarous-al-zubaidi",
    "person:sultan-al-arada", "person:nayef-al-hajraf", "person:mohammed-bin-salman", "person:salman-bin-abdulaziz")
BUSAIDI, GRUND, ABDULSALAM, HARTHY, FBF = (
    "person:badr-albusaidi", "person:hans-grundberg", "person:mohammed-abdulsalam", "person:khalifa-al-harthy",
    "person:faisal-bin-farhan")
KBS, AJRI, JABER, MASHAT = ("person:khalid-bin-salman", "person:abdulmalik-al-ajri", "person:mohammed-al-jaber",
                            "person:mahdi-al-mashat")
MBZ, TAHNOUN, MARAR = "person:mohamed-bin-zayed", "person:tahnoun-bin-zayed", "person:khalifa-shaheen-al-marar"
KHURAIJI, GRIFF, BLINKEN = "person:waleed-al-khuraiji", "person:martin-griffiths", "person:antony-blinken"
MALIKI, HAIG, MURTADA, SUBAIHI, CARBONI, QAHTAN = (
    "person:turki-al-maliki", "person:hadi-haig", "person:abdulqader-al-murtada", "person:mahmoud-al-subaihi",
    "person:fabrizio-carboni", "person:mohammed-qahtan")

ARTICLES = [
    ("enHQ1_plc_transfer_of_power", "en",
     "Yemeni President Transfers Powers to Presidential Leadership Council\n"
     "RIYADH, April 7, 2022 (SPA) -- His Excellency President Abdrabbuh Mansour Hadi, President of the "
     "Republic of Yemen, today issued a presidential declaration transferring his full powers to a Presidential "
     "Leadership Council chaired by His Excellency Dr. Rashad Mohammed Al-Olaimi.\n"
     "Under the declaration, the chairman of the council assumes the powers of the presidency in succession to "
     "President Hadi, who also relieved Lt. Gen. Ali Mohsen al-Ahmar of his post as Vice President.\n"
     "The Secretary-General of the Gulf Cooperation Council, His Excellency Dr. Nayef Falah Mubarak Al-Hajraf, "
     "welcomed the step at the close of the Yemeni-Yemeni consultations hosted by the GCC Secretariat, which "
     "representatives of the Houthi militia had declined to attend.\n"
     "Dr. Al-Hajraf held talks with Al-Olaimi on the sidelines of the consultations.\n"
     "His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince, Deputy Prime Minister "
     "and Minister of Defense, later received in audience at Al-Yamamah Palace in Riyadh the chairman of the "
     "council and its members, among them Aidroos Al-Zubaidi and Sultan Al-Arada.\n"
     "The Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud had earlier spoken by telephone "
     "with President Hadi, wishing the council success.",
     [("LEADS", HADI, YEMEN, "President of the Republic of Yemen"),
      ("LEADS", ALIMI, PLC, "chaired by His Excellency Dr. Rashad"),
      ("SUCCESSOR_OF", ALIMI, HADI, "in succession to President Hadi", "2022-04-07"),
      ("LEADS", HAJRAF, GCC, "The Secretary-General of the Gulf Cooperation Council"),
      ("MET_WITH", HAJRAF, ALIMI, "held talks with Al-Olaimi", "2022-04"),
      ("LEADS", MBS, SADEF, "and Minister of Defense, later"),
      ("MET_WITH", MBS, ALIMI, "later received in audience at", "2022-04-07"),
      ("MET_WITH", MBS, ZUBAIDI, "later received in audience at", "2022-04-07"),
      ("MET_WITH", MBS, ARADA, "later received in audience at", "2022-04-07"),
      ("MET_WITH", ALIMI, ZUBAIDI, "among them Aidroos Al-Zubaidi", "2022-04-07"),
      ("MET_WITH", ALIMI, ARADA, "among them Aidroos Al-Zubaidi", "2022-04-07"),
      ("MET_WITH", ZUBAIDI, ARADA, "among them Aidroos Al-Zubaidi", "2022-04-07"),
      ("MEMBER_OF", ZUBAIDI, PLC, "its members, among them Aidroos"),
      ("MEMBER_OF", ARADA, PLC, "and Sultan Al-Arada"),
      ("LOCATED_IN", YAMAMAH, RIYADH, "Al-Yamamah Palace in Riyadh"),
      ("LEADS", SALMAN, SAUDI, "The Custodian of the Two Holy Mosques King Salman"),
      ],
     {"source": "blind set (Gulf news agency, English)", "published": "2022-04-07"}),

    ("arHQ2_busaidi_receives_grundberg", "ar",
     "وزير الخارجية يستقبل المبعوث الأممي إلى اليمن\n"
     "مسقط في 8 يوليو /العُمانية/ استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية اليوم بديوان عام "
     "الوزارة سعادة هانس غروندبيرغ المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن.\n"
     "وجرى خلال المقابلة استعراض المساعي الرامية إلى تثبيت التهدئة، وتخفيف المعاناة الإنسانية عن الشعب "
     "اليمني الشقيق، والتقدم في الملفات الاقتصادية.\n"
     "ويأتي اللقاء عقب اجتماع عقده المبعوث الأممي في مسقط مع رئيس وفد صنعاء المفاوض والناطق الرسمي باسم أنصار "
     "الله محمد عبدالسلام، تناول مقترحات فتح الطرق وتبادل المحتجزين.\n"
     "حضر المقابلة سعادة الشيخ خليفة بن علي الحارثي وكيل وزارة الخارجية للشؤون السياسية.\n"
     "وكان معالي السيد وزير الخارجية قد تلقى أمس اتصالاً هاتفياً من صاحب السمو الأمير فيصل بن فرحان آل سعود "
     "وزير الخارجية السعودي، جرى خلاله بحث الجهود ذاتها.\n"
     "ومن المقرر أن يتوجه غروندبيرغ إلى الرياض في وقت لاحق من الأسبوع.",
     [("LEADS", BUSAIDI, OMFM, "البوسعيدي وزير الخارجية اليوم"),
      ("MET_WITH", BUSAIDI, GRUND, "استقبل معالي السيد", "2024-07-08"),
      ("MEMBER_OF", GRUND, UN, "المبعوث الخاص للأمين العام للأمم المتحدة"),
      ("MET_WITH", GRUND, ABDULSALAM, "اجتماع عقده المبعوث الأممي في مسقط", "2024-07"),
      ("VISITED", GRUND, MUSCAT, "اجتماع عقده المبعوث الأممي في مسقط", "2024-07"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "والناطق الرسمي باسم أنصار"),
      ("MET_WITH", HARTHY, BUSAIDI, "حضر المقابلة سعادة", "2024-07-08"),
      ("MET_WITH", HARTHY, GRUND, "حضر المقابلة سعادة", "2024-07-08"),
      ("MEMBER_OF", HARTHY, OMFM, "وكيل وزارة الخارجية للشؤون السياسية"),
      ("LEADS", FBF, SAFM, "آل سعود وزير الخارجية السعودي"),
      ],
     {"source": "blind set (Gulf news agency, Arabic)", "published": "2024-07-08"}),

    ("enHQ3_khalid_bin_salman_sanaa_delegation", "en",
     "Minister of Defense Receives Sanaa Delegation\n"
     "RIYADH, Sept. 19, 2023 (SPA) -- His Royal Highness Prince Khalid bin Salman bin Abdulaziz, Minister of "
     "Defense, received in audience today the delegation from Sanaa, headed by Mohammed Abdulsalam, spokesman of "
     "the Houthi group, who arrived in Riyadh last Thursday alongside a delegation of the Sultanate of Oman.\n"
     "The delegation also included Abdulmalek Al-Ejri, a member of the group's political bureau.\n"
     "His Royal Highness reaffirmed the Kingdom's support for Yemen and its brotherly people, and its keenness "
     "to reach a comprehensive and lasting political solution.\n"
     "The audience was attended by the Custodian of the Two Holy Mosques' Ambassador to Yemen, Mohammed bin "
     "Saeed Al Jaber, who visited Sanaa in April, where he held talks with Mahdi Al-Mashat, President of the "
     "so-called Supreme Political Council.\n"
     "Reports that the delegation would also be received by His Royal Highness the Crown Prince were not "
     "confirmed by official sources.",
     [("LEADS", KBS, SADEF, "Minister of Defense, received in audience today"),
      ("MET_WITH", KBS, ABDULSALAM, "received in audience today the delegation", "2023-09-19"),
      ("MET_WITH", KBS, AJRI, "The delegation also included", "2023-09-19"),
      ("MET_WITH", ABDULSALAM, AJRI, "The delegation also included", "2023-09-19"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "spokesman of the Houthi group"),
      ("VISITED", ABDULSALAM, RIYADH, "who arrived in Riyadh last Thursday", "2023-09-14"),
      ("VISITED", AJRI, RIYADH, "The delegation also included", "2023-09"),
      ("MEMBER_OF", AJRI, HOUTHIS, "a member of the group's political bureau"),
      ("SUPPORTS", SAUDI, YEMEN, "reaffirmed the Kingdom's support for Yemen"),
      ("MET_WITH", JABER, KBS, "The audience was attended by", "2023-09-19"),
      ("MET_WITH", JABER, ABDULSALAM, "The audience was attended by", "2023-09-19"),
      ("MET_WITH", JABER, AJRI, "The audience was attended by", "2023-09-19"),
      ("VISITED", JABER, SANAA, "who visited Sanaa in April", "2023-04"),
      ("MET_WITH", JABER, MASHAT, "where he held talks with Mahdi", "2023-04"),
      ("LEADS", MASHAT, SPC, "President of the so-called Supreme Political Council"),
      ],
     {"source": "blind set (Gulf news agency, English)", "published": "2023-09-19"}),

    ("arHQ4_mbz_receives_alimi", "ar",
     "رئيس الدولة يستقبل رئيس مجلس القيادة الرئاسي اليمني\n"
     "أبوظبي في 9 أكتوبر / وام / استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة «حفظه الله» اليوم "
     "فخامة الدكتور رشاد محمد العليمى رئيس مجلس القيادة الرئاسي في الجمهورية اليمنية الذي يزور الدولة حالياً.\n"
     "ورحب سموه بالضيف، وتبادل معه الأحاديث حول العلاقات الأخوية ومستجدات الأوضاع في اليمن والجهود المبذولة "
     "لإحلال السلام.\n"
     "وأكد سموه وقوف دولة الإمارات إلى جانب اليمن الشقيق وشعبه في كل ما يحقق أمنه واستقراره.\n"
     "من جانبه، وجّه العليمى دعوة إلى سموه لزيارة عدن، وقد رحب سموه بالدعوة.\n"
     "حضر اللقاء سمو الشيخ طحنون بن زايد آل نهيان نائب حاكم إمارة أبوظبي مستشار الأمن الوطني، ومعالي خليفة "
     "شاهين المرر وزير دولة.\n"
     "وكان عضو مجلس القيادة الرئاسي عيدروس الزبيدى قد أجرى اتصالاً هاتفياً بسموه الأسبوع الماضي.",
     [("LEADS", MBZ, UAE, "آل نهيان رئيس الدولة «حفظه الله»"),
      ("MET_WITH", MBZ, ALIMI, "استقبل صاحب السمو الشيخ محمد", "2023-10-09"),
      ("LEADS", ALIMI, PLC, "العليمى رئيس مجلس القيادة الرئاسي"),
      ("VISITED", ALIMI, UAE, "الذي يزور الدولة حالياً", "2023-10"),
      ("SUPPORTS", UAE, YEMEN, "وقوف دولة الإمارات إلى جانب اليمن"),
      ("MET_WITH", TAHNOUN, MBZ, "حضر اللقاء سمو الشيخ", "2023-10-09"),
      ("MET_WITH", TAHNOUN, ALIMI, "حضر اللقاء سمو الشيخ", "2023-10-09"),
      ("MET_WITH", MARAR, MBZ, "ومعالي خليفة", "2023-10-09"),
      ("MET_WITH", MARAR, ALIMI, "ومعالي خليفة", "2023-10-09"),
      ("MET_WITH", MARAR, TAHNOUN, "ومعالي خليفة", "2023-10-09"),
      ("MEMBER_OF", ZUBAIDI, PLC, "وكان عضو مجلس القيادة الرئاسي"),
      ],
     {"source": "blind set (Gulf news agency, Arabic)", "published": "2023-10-09"}),

    ("enHQ5_faisal_bin_farhan_grundberg_roadmap", "en",
     "Foreign Minister Receives UN Special Envoy for Yemen\n"
     "RIYADH, Dec. 26, 2023 (SPA) -- His Highness Prince Faisal bin Farhan bin Abdullah, Minister of Foreign "
     "Affairs, received at the ministry's headquarters today Mr. Hans Grundberg, Special Envoy of the UN "
     "Secretary-General for Yemen.\n"
     "The meeting reviewed the commitments announced by the envoy on Dec. 23 to a nationwide ceasefire and to "
     "steps towards a UN-led roadmap.\n"
     "Mr. Grundberg, who took up his duties in August 2021 in succession to Martin Griffith, expressed his "
     "appreciation for the Kingdom's efforts.\n"
     "The meeting was attended by the Deputy Minister of Foreign Affairs, Waleed Al-Khuraiji.\n"
     "Earlier in the day, His Highness had received a phone call from US Secretary of State Antony Blinken, "
     "during which they discussed developments in the Red Sea.\n"
     "The envoy is expected to travel to Sanaa in the coming weeks, sources said.",
     [("LEADS", FBF, SAFM, "Minister of Foreign Affairs, received"),
      ("MET_WITH", FBF, GRUND, "received at the ministry's headquarters", "2023-12-26"),
      ("MEMBER_OF", GRUND, UN, "Special Envoy of the UN Secretary-General"),
      ("SUCCESSOR_OF", GRUND, GRIFF, "in succession to Martin Griffith", "2021-08"),
      ("MET_WITH", KHURAIJI, FBF, "The meeting was attended by", "2023-12-26"),
      ("MET_WITH", KHURAIJI, GRUND, "The meeting was attended by", "2023-12-26"),
      ("MEMBER_OF", KHURAIJI, SAFM, "the Deputy Minister of Foreign Affairs"),
      ("LEADS", BLINKEN, STATE, "US Secretary of State Antony"),
      ],
     {"source": "blind set (Gulf news agency, English)", "published": "2023-12-26"}),

    ("arHQ6_prisoner_exchange_abha_sanaa", "ar",
     "التحالف: وصول أسرى سعوديين إلى أبها ضمن عملية تبادل برعاية الصليب الأحمر\n"
     "أبها 14 أبريل 2023 (واس) - بدأت اليوم المرحلة الأولى من عملية تبادل الأسرى والمحتجزين في اليمن، بتنفيذ "
     "اللجنة الدولية للصليب الأحمر، حيث وصلت إلى مطار أبها طائرة تقل عدداً من الأسرى السعوديين قادمة من صنعاء.\n"
     "وأوضح المتحدث الرسمي باسم قوات التحالف العميد الركن تركي المالكي أن العملية تأتي تنفيذاً للاتفاق الموقع "
     "في سويسرا الشهر الماضي.\n"
     "وأعلن رئيس الوفد الحكومي في ملف الأسرى هادي هيج أن الدفعة تشمل وزير الدفاع الأسبق اللواء محمود الصبيحي، "
     "الذي وصل إلى عدن حيث استقبله عضو مجلس القيادة الرئاسي اللواء عيدروس الزبيدي.\n"
     "وقال المدير الإقليمي للجنة الدولية للصليب الأحمر فابريزيو كاربوني إن العملية «تبعث الأمل في قلوب آلاف "
     "العائلات».\n"
     "في المقابل، اتهم رئيس لجنة الأسرى التابعة للحوثيين عبدالقادر المرتضى الحكومة بتعطيل الكشف عن مصير "
     "القيادي في حزب الإصلاح محمد قحطان، وهو ما نفاه هيج.",
     [("MEMBER_OF", MALIKI, COAL, "المتحدث الرسمي باسم قوات التحالف"),
      ("MEMBER_OF", HAIG, YGOV, "رئيس الوفد الحكومي في ملف الأسرى"),
      ("VISITED", SUBAIHI, ADEN, "الذي وصل إلى عدن", "2023-04-14"),
      ("MET_WITH", ZUBAIDI, SUBAIHI, "حيث استقبله عضو", "2023-04-14"),
      ("MEMBER_OF", ZUBAIDI, PLC, "حيث استقبله عضو مجلس القيادة الرئاسي"),
      ("MEMBER_OF", CARBONI, ICRC, "وقال المدير الإقليمي للجنة الدولية"),
      ("MEMBER_OF", MURTADA, HOUTHIS, "رئيس لجنة الأسرى التابعة للحوثيين"),
      ("MEMBER_OF", QAHTAN, ISLAH, "القيادي في حزب الإصلاح"),
      ],
     {"source": "blind set (Gulf news agency, Arabic)", "published": "2023-04-14"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHQ")
