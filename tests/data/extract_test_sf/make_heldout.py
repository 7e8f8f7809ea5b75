"""Blind set SF: Somalia 2009-2024 (second folder of SE-SF): the suicide bombing in Beledweyne that killed
Security Minister Omar Hashi Aden, claimed by al-Shabaab (June 2009), Erdogan's Ankara meeting of Hassan
Sheikh Mohamud and Abiy Ahmed (December 2024), Abiy's first visit to Mogadishu and his talks with Farmajo
(June 2018), the execution of Ibrahim al-Afghani on Godane's orders in Barawe (June 2013), Mohamed bin
Zayed's reception of Hassan Sheikh Mohamud in Abu Dhabi (June 2022) and the front-line states summit in
Mogadishu with the MP Amina Mohamed Abdi's killing recalled (February 2023), as a US wire in English
(AP-like: "MOGADISHU, Somalia (AP) -", "Sheik"), a Turkish state agency's Arabic service (Anadolu-like:
"أنقرة/ الأناضول"), a state agency in English (Ethiopian News Agency-like: "Addis Ababa June 16/2018 (ENA)",
"the Premier"), a Gulf TV site in Arabic (Al Arabiya-like: "العربية.نت", «بحسب ما أفادت مصادر»), an Emirati
daily in English (The National-like: "His Highness", "Qasr Al Shati") and Somalia's state agency in Arabic
(SONNA-like: «فخامة رئيس الجمهورية»، «صونا»).
Pieces: al-Shabaab claims the bombing that killed Omar Hashi Aden and Laqanyo (English, SF1); Erdogan hosts
Hassan Sheikh and Abiy, meets each in the presence of Fidan (Arabic, SF2); Abiy holds talks with Farmajo in
the presence of Khaire and Workneh, confers with Jawari, had met Guelleh and Bashir (English, SF3); the
Amniyat execute al-Afghani and Maalim Burhan on Godane's orders (Arabic, SF4); Mohamed bin Zayed receives
Hassan Sheikh, with Tahnoun, Abdullah bin Zayed and Abdisaid Muse Ali attending (English, SF5); Hassan
Sheikh hosts Guelleh, Abiy and Ruto in the presence of Souef; al-Shabaab's claimed killing of Amina
Mohamed Abdi (Arabic, SF6).
Excluded on purpose (no relation): Sharif's phone call to Meles, the unnamed dead (SF1); Fidan's earlier
rounds between Fiqi and Taye, who did not meet, the planned technical talks (SF2); the planned return visit
to Addis Ababa (SF3); Aweys, who fled and later surrendered; Robow's withdrawal; the spokesman's denial
(SF4); the planned talks with Erdogan and Tamim (SF5); Museveni, who sent his apologies; the minister
"killed in an attack" with no agent (SF6).
Judgement calls: "claimed responsibility for the attack" gives each named victim -> al-Shabaab (SF1);
"hosted A and B ... the three leaders held a trilateral meeting" is a meeting of the three; Fidan "بحضور" in
each of the separate meetings is paired with each principal (SF2); "were also present" pairs each attendee
with both leaders and the two attendees with each other (they sat together at one discussion) (SF3);
"held discussions with A and B respectively" is two meetings (SF3); «أعدم مسلحون من جهاز الأمنيات» gives the
victims -> Amniyat, «بأمر من زعيم الحركة» the victims -> Godane (the order is stated by the sources the
outlet relies on, not as an accusation) (SF4); "his predecessor" is a succession (SF5); "The meeting was
attended by A, B as well as C": each attendee with both leaders and with each other (SF5); the AU envoy
«بحضور» at the summit is paired with each of the four leaders (SF6).
Filled in for the exercise: the Medina Hotel meeting with elders, the spokesman's words, the phone call
(SF1); the separate meetings with Fidan present, the trilateral meeting (SF2); Workneh's presence, the
Jawari meeting, the planned return visit (SF3); the day of the execution, the spokesman's denial (SF4); the
date and the attendees (SF5); Souef's presence, Museveni's apology (SF6).
Spellings: "Sheik Sharif Sheik Ahmed", "Al-Shabab", "al-Qaida", "Sheik Ali Mohamud Rage" (SF1); «حسن شيخ
محمود»، «آبي أحمد»، «هاكان فيدان» (SF2); "Dr. Abiy Ahmed", "Mohamed Abdullahi Mohamed Farmajo" (SF3);
«إبراهيم حاجي جامع ميعاد»، «أبو الزبير» (SF4); "Sheikh Mohamed bin Zayed", "Mr Mohamud" (SF5); «إسماعيل عمر
جيله»، «آبي أحمد علي»، «وليام روتو» (SF6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_sf import ALL  # noqa: E402

HERE = Path(__file__).parent

SOMALIA, ETHIOPIA, DJIBOUTI, KENYA, TURKEY, UAE, SUDAN = (
    "country:somalia", "country:ethiopia", "country:djibouti", "country:kenya", "country:turkey",
    "country:united-arab-emirates", "country:sudan")
MOGADISHU = "location:mogadishu"
SHABAAB, AMNIYAT, ALQAEDA, ATMIS = (
    "organization:al-shabaab", "organization:amniyat", "organization:al-qaeda", "organization:atmis")
TRFM, UAEFM, SOMFM, SOMPARL = (
    "organization:turkish-foreign-ministry", "organization:uae-foreign-ministry",
    "organization:somali-foreign-ministry", "organization:federal-parliament-of-somalia")
SHARIF, HSM, FARMAJO, KHAIRE, ABDISAID, JAWARI = (
    "person:sharif-sheikh-ahmed", "person:hassan-sheikh-mohamud", "person:mohamed-abdullahi-farmaajo",
    "person:hassan-ali-khaire", "person:abdisaid-muse-ali", "person:mohamed-osman-jawari")
HASHI, LAQANYO, AMINA = "person:omar-hashi-aden", "person:abdikarim-farah-laqanyo", "person:amina-mohamed-abdi"
GODANE, AFGHANI, BURHAN, RAGE, ZAWAHIRI = (
    "person:ahmed-abdi-godane", "person:ibrahim-al-afghani", "person:maalim-burhan", "person:ali-mohamed-rage",
    "person:ayman-al-zawahiri")
ABIY, WORKNEH, GUELLEH, BASHIR, RUTO = (
    "person:abiy-ahmed", "person:workneh-gebeyehu", "person:ismail-omar-guelleh", "person:omar-al-bashir",
    "person:william-ruto")
ERDOGAN, FIDAN, MBZ, TAHNOUN, ABZ, SOUEF = (
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:mohamed-bin-zayed", "person:tahnoun-bin-zayed",
    "person:abdullah-bin-zayed", "person:mohamed-el-amine-souef")

AP = "blind set (US news wire, English, AP-like)"
ANADOLU = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"
ENA = "blind set (Ethiopian state news agency, English, ENA-like)"
ARABIYA = "blind set (Gulf TV news site, Arabic, Al Arabiya-like)"
NATIONAL = "blind set (Emirati daily, English, The National-like)"
SONNA = "blind set (Somali state news agency, Arabic service, SONNA-like)"

ARTICLES = [
    ("enSF1_security_minister_killed_ap", "en",
     "Somali security minister killed in suicide bombing\n"
     "MOGADISHU, Somalia (AP) - A suicide car bomber struck a hotel in central Somalia on Thursday, killing the "
     "country's security minister, a former ambassador and at least 20 other people, officials said.\n"
     "Security Minister Omar Hashi Aden was meeting with local officials and clan elders at the Medina Hotel in "
     "Beledweyne, near the Ethiopian border, when the bomber rammed his vehicle into the building. Somalia's "
     "former ambassador to Ethiopia, Abdikarim Farah Laqanyo, was also among the dead.\n"
     "Al-Shabab, the Islamist insurgent group that Washington accuses of links to al-Qaida, claimed "
     "responsibility for the attack. \"We sent one of our mujahedeen,\" spokesman Sheik Ali Mohamud Rage told "
     "The Associated Press by telephone.\n"
     "President Sheik Sharif Sheik Ahmed, whose government controls only a few blocks of the capital, blamed "
     "foreign fighters and declared three days of national mourning. He said he had spoken by telephone with "
     "Ethiopian Prime Minister Meles Zenawi about the attack.\n"
     "Aden, a former army colonel, had traveled to Beledweyne to rally pro-government militias ahead of an "
     "offensive against the insurgents, who have pushed to within a few miles of the presidential palace.",
     [("ASSASSINATED_BY", HASHI, SHABAAB, "claimed responsibility for the attack", "2009-06-18"),
      ("ASSASSINATED_BY", LAQANYO, SHABAAB, "Al-Shabab, the Islamist insurgent group", "2009-06-18"),
      ("MEMBER_OF", RAGE, SHABAAB, "spokesman Sheik Ali Mohamud Rage"),
      ("LEADS", SHARIF, SOMALIA, "President Sheik Sharif Sheik Ahmed, whose"),
      ],
     {"source": AP, "published": "2009-06-18"}),

    ("arSF2_ankara_declaration_anadolu", "ar",
     "برعاية أردوغان.. الصومال وإثيوبيا تتفقان في أنقرة على طي صفحة الخلاف\n"
     "أنقرة/ الأناضول\n"
     "استضاف الرئيس التركي رجب طيب أردوغان، مساء الأربعاء، في المجمع الرئاسي بأنقرة، الرئيس الصومالي حسن شيخ "
     "محمود ورئيس الوزراء الإثيوبي آبي أحمد، في إطار الجولة الثالثة من المفاوضات بين البلدين.\n"
     "والتقى أردوغان كلاً من الضيفين على حدة، بحضور وزير الخارجية هاكان فيدان، قبل أن يعقد الزعماء الثلاثة "
     "اجتماعاً ثلاثياً مغلقاً استمر قرابة ساعتين.\n"
     "وعقب الاجتماع، أعلن أردوغان في مؤتمر صحفي مشترك توصّل البلدين إلى \"إعلان أنقرة\"، الذي ينص على احترام "
     "وحدة الصومال وسيادته، وعلى بحث ترتيبات تضمن لإثيوبيا منفذاً تجارياً إلى البحر تحت السلطة الصومالية.\n"
     "من جانبه، شكر حسن شيخ محمود الرئيس التركي على \"جهوده الصادقة\"، فيما قال آبي أحمد إن بلاده \"لا تسعى "
     "إلى المساس بسيادة أي دولة\".\n"
     "وكان فيدان قد أدار جولتين سابقتين في يوليو وأغسطس بين وزيري خارجية البلدين، الصومالي أحمد معلم فقي "
     "والإثيوبي تاي أصقي سيلاسي، اللذين لم يلتقيا وجهاً لوجه.\n"
     "ومن المقرر أن تبدأ المحادثات الفنية بين الجانبين قبل نهاية فبراير المقبل، بتسهيل من تركيا.",
     met_group({ERDOGAN: "استضاف الرئيس التركي رجب طيب أردوغان", HSM: "الرئيس الصومالي حسن شيخ",
                ABIY: "ورئيس الوزراء الإثيوبي آبي أحمد، في إطار"}, "2024-12-11") + [
      ("MET_WITH", FIDAN, ERDOGAN, "بحضور وزير الخارجية هاكان فيدان", "2024-12-11"),
      ("MET_WITH", FIDAN, HSM, "والتقى أردوغان كلاً من الضيفين", "2024-12-11"),
      ("MET_WITH", FIDAN, ABIY, "الضيفين على حدة", "2024-12-11"),
      ("LEADS", ERDOGAN, TURKEY, "استضاف الرئيس التركي"),
      ("LEADS", HSM, SOMALIA, "في المجمع الرئاسي بأنقرة، الرئيس الصومالي"),
      ("LEADS", ABIY, ETHIOPIA, "رئيس الوزراء الإثيوبي آبي أحمد، في"),
      ("LEADS", FIDAN, TRFM, "وزير الخارجية هاكان"),
      ],
     {"source": ANADOLU, "published": "2024-12-12"}),

    ("enSF3_abiy_mogadishu_ena", "en",
     "PM Abiy, President Farmajo agree to jointly develop four sea ports\n"
     "Addis Ababa June 16/2018 (ENA) Prime Minister Dr. Abiy Ahmed, who arrived in Mogadishu this morning for a "
     "one-day working visit, held talks with Somali President Mohamed Abdullahi Mohamed Farmajo at Villa Somalia.\n"
     "Somali Prime Minister Hassan Ali Khaire and Foreign Minister Workneh Gebeyehu were also present at the "
     "discussion.\n"
     "Following the discussion, the two leaders agreed to jointly invest in four sea ports and to remove "
     "barriers to trade and the movement of people, according to a joint communique.\n"
     "The Premier also conferred with the Speaker of the Somali Federal Parliament, Mohamed Osman Jawari, on "
     "strengthening parliamentary ties between the two countries.\n"
     "Speaking at a joint press conference, President Farmajo said Ethiopia had made \"enormous sacrifices\" "
     "for peace in Somalia.\n"
     "The visit is the latest stop in the Prime Minister's regional tour. In early May, Dr. Abiy travelled to "
     "Djibouti and Sudan, where he held discussions with President Ismail Omar Guelleh and President Omar "
     "al-Bashir respectively.\n"
     "President Farmajo is expected to pay a return visit to Addis Ababa in the coming weeks.",
     [("MET_WITH", ABIY, FARMAJO, "held talks with Somali President", "2018-06-16"),
      ("MET_WITH", KHAIRE, ABIY, "Somali Prime Minister Hassan Ali Khaire", "2018-06-16"),
      ("MET_WITH", KHAIRE, FARMAJO, "were also present at the", "2018-06-16"),
      ("MET_WITH", WORKNEH, ABIY, "Foreign Minister Workneh Gebeyehu", "2018-06-16"),
      ("MET_WITH", WORKNEH, FARMAJO, "and Foreign Minister Workneh", "2018-06-16"),
      ("MET_WITH", KHAIRE, WORKNEH, "Gebeyehu were also", "2018-06-16"),
      ("MET_WITH", ABIY, JAWARI, "The Premier also conferred with the Speaker", "2018-06-16"),
      ("MET_WITH", ABIY, GUELLEH, "where he held discussions with President Ismail", "2018-05"),
      ("MET_WITH", ABIY, BASHIR, "and President Omar", "2018-05"),
      ("LEADS", FARMAJO, SOMALIA, "Somali President Mohamed Abdullahi Mohamed Farmajo"),
      ("LEADS", JAWARI, SOMPARL, "the Speaker of the Somali Federal Parliament"),
      ("LEADS", GUELLEH, DJIBOUTI, "President Ismail Omar Guelleh and"),
      ("LEADS", BASHIR, SUDAN, "al-Bashir respectively"),
      ("VISITED", ABIY, MOGADISHU, "who arrived in Mogadishu this morning", "2018-06-16"),
      ],
     {"source": ENA, "published": "2018-06-16"}),

    ("arSF4_afghani_executed_arabiya", "ar",
     "«الشباب» الصومالية تعدم أحد مؤسسيها إبراهيم الأفغاني\n"
     "العربية.نت\n"
     "أعدم مسلحون من جهاز «الأمنيات» التابع لحركة الشباب الصومالية القياديَّ البارز في الحركة إبراهيم حاجي جامع "
     "ميعاد، المعروف بـ\"إبراهيم الأفغاني\"، وقيادياً آخر يُدعى معلم برهان، في مدينة براوة جنوب البلاد، بحسب ما "
     "أفادت مصادر محلية للعربية.نت.\n"
     "وقالت المصادر إن الإعدام نُفذ بأمر من زعيم الحركة أحمد عبدي غودني \"أبو الزبير\"، بعد أن وجّه الأفغاني "
     "رسالة مفتوحة إلى زعيم تنظيم القاعدة أيمن الظواهري ينتقد فيها أسلوب غودني في إدارة الحركة.\n"
     "وكان الأفغاني، الذي قاتل في أفغانستان في التسعينيات، أحد مؤسسي الحركة وشغل منصب نائب زعيمها.\n"
     "من جهته، فرّ الزعيم الإسلامي المخضرم حسن طاهر أويس، الذي كان قد انحاز إلى الأفغاني، إلى بلدة عدادو وسط "
     "البلاد، قبل أن يسلّم نفسه للسلطات.\n"
     "أما القيادي مختار روبو فانسحب مع مقاتليه إلى معاقله في إقليم بكول.\n"
     "ونفى المتحدث باسم الحركة علي طيري وجود أي انقسام في صفوفها، واصفاً التقارير بأنها \"دعاية للعدو\".",
     [("ASSASSINATED_BY", AFGHANI, AMNIYAT, "أعدم مسلحون من جهاز", "2013-06"),
      ("ASSASSINATED_BY", BURHAN, AMNIYAT, "وقيادياً آخر يُدعى معلم برهان", "2013-06"),
      ("ASSASSINATED_BY", AFGHANI, GODANE, "الإعدام نُفذ بأمر من زعيم الحركة", "2013-06"),
      ("ASSASSINATED_BY", BURHAN, GODANE, "أحمد عبدي غودني \"أبو الزبير\"", "2013-06"),
      ("PART_OF", AMNIYAT, SHABAAB, "التابع لحركة الشباب الصومالية"),
      ("LEADS", GODANE, SHABAAB, "زعيم الحركة أحمد عبدي"),
      ("LEADS", ZAWAHIRI, ALQAEDA, "زعيم تنظيم القاعدة أيمن"),
      ("MEMBER_OF", AFGHANI, SHABAAB, "أحد مؤسسي الحركة"),
      ("MEMBER_OF", RAGE, SHABAAB, "المتحدث باسم الحركة علي طيري"),
      ],
     {"source": ARABIYA, "published": "2013-06-30"}),

    ("enSF5_mbz_receives_hsm_national", "en",
     "Sheikh Mohamed bin Zayed receives President of Somalia\n"
     "ABU DHABI // The President, His Highness Sheikh Mohamed bin Zayed, received Hassan Sheikh Mohamud, "
     "President of the Federal Republic of Somalia, at Qasr Al Shati in Abu Dhabi on Tuesday, on the Somali "
     "leader's first foreign trip since his election last month.\n"
     "The two leaders discussed bilateral relations and ways to support Somalia's security, development and "
     "humanitarian needs as the country faces its worst drought in four decades.\n"
     "His Highness wished Mr Mohamud success in his new role and affirmed the UAE's support for Somalia's "
     "stability.\n"
     "The meeting was attended by Sheikh Tahnoun bin Zayed, National Security Adviser, Sheikh Abdullah bin "
     "Zayed, Minister of Foreign Affairs and International Cooperation, as well as Somalia's Foreign Minister "
     "Abdisaid Muse Ali.\n"
     "Relations between the two countries cooled under his predecessor, Mohamed Abdullahi Farmaajo, after "
     "Somali authorities seized $9.6 million in cash from a UAE aircraft at Mogadishu airport in 2018.\n"
     "Mr Mohamud is expected to travel on to Turkey and Qatar, where talks with President Recep Tayyip Erdogan "
     "and Sheikh Tamim bin Hamad are planned.",
     [("MET_WITH", MBZ, HSM, "received Hassan Sheikh Mohamud", "2022-06-07"),
      ("MET_WITH", TAHNOUN, MBZ, "The meeting was attended by Sheikh Tahnoun", "2022-06-07"),
      ("MET_WITH", TAHNOUN, HSM, "National Security Adviser, Sheikh", "2022-06-07"),
      ("MET_WITH", ABZ, MBZ, "Sheikh Abdullah bin Zayed", "2022-06-07"),
      ("MET_WITH", ABZ, HSM, "Minister of Foreign Affairs and International Cooperation", "2022-06-07"),
      ("MET_WITH", ABDISAID, MBZ, "as well as Somalia's Foreign Minister", "2022-06-07"),
      ("MET_WITH", ABDISAID, HSM, "Abdisaid Muse Ali", "2022-06-07"),
      ("MET_WITH", TAHNOUN, ABZ, "bin Zayed, National Security", "2022-06-07"),
      ("MET_WITH", TAHNOUN, ABDISAID, "Somalia's Foreign Minister Abdisaid", "2022-06-07"),
      ("MET_WITH", ABZ, ABDISAID, "Cooperation, as well", "2022-06-07"),
      ("SUCCESSOR_OF", HSM, "person:mohamed-abdullahi-farmaajo", "under his predecessor", "2022-05-15"),
      ("LEADS", MBZ, UAE, "The President, His Highness Sheikh Mohamed bin Zayed"),
      ("LEADS", HSM, SOMALIA, "President of the Federal Republic of Somalia"),
      ("LEADS", ABZ, UAEFM, "Minister of Foreign Affairs and International"),
      ("MEMBER_OF", ABDISAID, SOMFM, "Foreign Minister Abdisaid Muse"),
      ],
     {"source": NATIONAL, "published": "2022-06-08"}),

    ("arSF6_frontline_summit_sonna", "ar",
     "مقديشو تحتضن قمة رؤساء دول المواجهة لبحث الحرب على الإرهاب\n"
     "مقديشو (صونا)\n"
     "استضاف فخامة رئيس الجمهورية الدكتور حسن شيخ محمود، اليوم الأربعاء، في القصر الرئاسي بمقديشو، قمة رؤساء دول "
     "المواجهة بمشاركة رئيس جمهورية جيبوتي إسماعيل عمر جيله، ورئيس الوزراء الإثيوبي الدكتور آبي أحمد علي، "
     "والرئيس الكيني وليام روتو.\n"
     "وعُقدت القمة بحضور الممثل الخاص لرئيس مفوضية الاتحاد الأفريقي رئيس بعثة \"أتميس\" السفير محمد الأمين "
     "سويف، وبحث القادة الأربعة خطة مشتركة لتكثيف العمليات العسكرية ضد ميليشيات الخوارج.\n"
     "واتفق المشاركون على إطلاق مرحلة جديدة من العمليات لتحرير ما تبقى من المناطق الخاضعة لسيطرة الحركة.\n"
     "واعتذر الرئيس الأوغندي يويري موسيفيني عن عدم الحضور، وأوفد وزيراً لتمثيله.\n"
     "وتأتي القمة بعد أشهر من تبني حركة الشباب التفجير الانتحاري الذي استهدف مدينة بلدوين في مارس الماضي "
     "وأودى بحياة النائبة في البرلمان الفيدرالي أمينة محمد عبدي وعشرات المدنيين.\n"
     "وكان وزير آخر قد قُتل في هجوم على فندق بالعاصمة العام الماضي، وفقاً لمصادر حكومية.",
     met_group({HSM: "استضاف فخامة رئيس الجمهورية", GUELLEH: "رئيس جمهورية جيبوتي إسماعيل",
                ABIY: "ورئيس الوزراء الإثيوبي الدكتور", RUTO: "والرئيس الكيني وليام روتو"}, "2023-02-01") + [
      ("MET_WITH", SOUEF, HSM, "وعُقدت القمة بحضور الممثل", "2023-02-01"),
      ("MET_WITH", SOUEF, GUELLEH, "رئيس بعثة \"أتميس\"", "2023-02-01"),
      ("MET_WITH", SOUEF, ABIY, "السفير محمد الأمين", "2023-02-01"),
      ("MET_WITH", SOUEF, RUTO, "وبحث القادة الأربعة", "2023-02-01"),
      ("ASSASSINATED_BY", AMINA, SHABAAB, "تبني حركة الشباب التفجير الانتحاري", "2022-03-23"),
      ("MEMBER_OF", AMINA, SOMPARL, "النائبة في البرلمان الفيدرالي"),
      ("LEADS", SOUEF, ATMIS, "رئيس بعثة \"أتميس\" السفير"),
      ("LEADS", HSM, SOMALIA, "فخامة رئيس الجمهورية الدكتور"),
      ("LEADS", GUELLEH, DJIBOUTI, "بمشاركة رئيس جمهورية جيبوتي"),
      ("LEADS", ABIY, ETHIOPIA, "الإثيوبي الدكتور آبي"),
      ("LEADS", RUTO, KENYA, "والرئيس الكيني وليام"),
      ],
     {"source": SONNA, "published": "2023-02-01"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSF")
