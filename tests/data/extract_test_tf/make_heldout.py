"""Blind set TF: Sudan 2019-2024 (second folder of TE-TF): the Jeddah talks under Saudi and US mediation (May
2023), Mohamed Hamdan Dagalo's tour of African capitals and his signing with Abdalla Hamdok's Tagaddum (December
2023-January 2024), Abdel Fattah al-Burhan's visits to Doha and Ankara (September 2023), Malik Agar named deputy
chairman of the Sovereignty Council in Hemedti's place (May 2023), the court's verdict in the death of the
teacher Ahmed al-Khair (December 2019), and the UN experts' account of the killing of the West Darfur governor
Khamis Abakar (January 2024), as a London-based Arab daily writes it in Arabic (Asharq Al-Awsat-like: "جدة:
«الشرق الأوسط»"), a British wire in English (Reuters-like: "NAIROBI, Jan 3 (Reuters) -"), Sudan's state agency
in Arabic (SUNA-like: "أنقرة في 13-9-2023 (سونا) -"), a French wire in English (AFP-like: "Khartoum (AFP) -"),
a Khartoum daily in Arabic (Al-Sudani-like: "كتب: محرر الشؤون القضائية") and a British broadcaster's website
in English (BBC-like: "By ... BBC News").
Pieces: Faisal bin Farhan and Molly Phee meet the two delegations; Blinken's calls (Arabic, TF1); Hemedti
meets Ruto in Nairobi after Museveni and Abiy; signs with Hamdok in Addis Ababa; the planned meeting with
Burhan did not happen (English, TF2); Burhan received by Erdogan in Ankara; he had met Tamim in Doha (Arabic,
TF3); Agar named in Dagalo's place; rumours about Dagalo's health (English, TF4); twenty-nine NISS agents
sentenced to death for the teacher's killing (Arabic, TF5); the UN experts say RSF fighters killed Abakar;
his deputy took over (English, TF6).
Excluded on purpose (no relation): Blinken's phone calls to the two generals, Hemedti's stated refusal to
travel (TF1); the IGAD summit's planned face-to-face meeting between Burhan and Dagalo, which did not take
place (TF2); the visit to Moscow under study (TF3); Dagalo's reported injury (hedged), the army's
accusation that the RSF shelled the palace (TF4); Hamdok's welcome of the verdict (a tweet), the sit-in
dispersal of June 2019 (no agent established) (TF5); the RSF's denial, the killings of Masalit civilians (no
named agent beyond the groups "accused") (TF6).
Judgement calls: the two mediators who met the delegations together are paired with each other (the
delegations' heads are unnamed) (TF1); "signed ... with Hamdok ... after talks" in Addis Ababa is a meeting
(TF2); "استقبل ... في المجمع الرئاسي" is a meeting (TF3); "named ... in place of" as deputy chairman is a
succession (TF4); a court's conviction of "members of the National Intelligence and Security Service" for
the killing gives victim -> the service (no agent named) (TF5); "killed by RSF fighters", stated by the
outlet on the UN panel's findings, gives victim -> RSF (TF6); "took over as governor" after the killing is a
succession (TF6); a president LEADS the country; a governor LEADS his state; the commander LEADS the RSF.
Filled in for the exercise: the day and the wording of the mediators' meeting (TF1); the order of the tour's
stops, the wording of Ruto's statement (TF2); the accompanying delegation and the Moscow plan (TF3); the
wording of the decree and of the rumours (TF4); the hour of the session and the lawyers' words (TF5); the
quotes from the panel's report (TF6).
Spellings: «فيصل بن فرحان»، «مولي فيي»، «أنتوني بلينكن» (TF1); "Mohamed Hamdan Dagalo", "Hemedti", "Yoweri
Museveni", "Abiy Ahmed", "Abdalla Hamdok" (TF2); «عبد الفتاح البرهان»، «رجب طيب أردوغان»، «الشيخ تميم بن
حمد آل ثاني» (TF3); "Malik Agar", "Mohamed Hamdan Daglo" (TF4); «أحمد الخير عوض الكريم»، «جهاز الأمن
والمخابرات الوطني» (TF5); "Khamis Abakar", "Tijani Karshoum" (TF6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_tf import ALL  # noqa: E402

HERE = Path(__file__).parent

SUDAN, KENYA, UGANDA, ETHIOPIA, TURKEY, QATAR, WDARFUR = (
    "country:sudan", "country:kenya", "country:uganda", "country:ethiopia", "country:turkey", "country:qatar",
    "location:west-darfur")
SOV, RSF, NISS, TAGADDUM, SAUDI, US = (
    "organization:sudan-sovereignty-council", "organization:rapid-support-forces",
    "organization:sudan-general-intelligence-service", "organization:tagaddum", "country:saudi-arabia",
    "country:united-states")
BURHAN, HEMEDTI, HAMDOK, AGAR, ABAKAR, KARSHOUM, KHAIR, BASHIR = (
    "person:abdel-fattah-al-burhan", "person:mohamed-hamdan-dagalo", "person:abdalla-hamdok",
    "person:malik-agar", "person:khamis-abakar", "person:tijani-karshoum", "person:ahmed-al-khair",
    "person:omar-al-bashir")
FAISAL, PHEE, BLINKEN, ERDOGAN, TAMIM, ABIY, RUTO, MUSEVENI = (
    "person:faisal-bin-farhan", "person:molly-phee", "person:antony-blinken", "person:recep-tayyip-erdogan",
    "person:tamim-bin-hamad-al-thani", "person:abiy-ahmed", "person:william-ruto", "person:yoweri-museveni")

ASHARQ = "blind set (London-based Arab daily, Arabic, Asharq Al-Awsat-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
SUNA = "blind set (Sudanese state news agency, Arabic, SUNA-like)"
AFP = "blind set (French news wire, English, AFP-like)"
SUDANI = "blind set (Khartoum daily, Arabic, Al-Sudani-like)"
BBC = "blind set (British broadcaster's website, English, BBC-like)"

ARTICLES = [
    ("arTF1_jeddah_talks_asharq", "ar",
     "الوسيطان السعودي والأميركي يلتقيان وفدي الجيش و«الدعم السريع» في جدة\n"
     "جدة: «الشرق الأوسط»\n"
     "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان، ومساعدة وزير الخارجية الأميركي للشؤون الأفريقية مولي "
     "فيي، مساء الجمعة في جدة، وفدي القوات المسلحة السودانية وقوات الدعم السريع، في أول جلسة مباشرة منذ "
     "اندلاع القتال في الخامس عشر من أبريل (نيسان) الماضي.\n"
     "وقالت مصادر مطلعة لـ«الشرق الأوسط» إن الوسيطين حثا الطرفين على الالتزام بهدنة إنسانية تسمح بإيصال "
     "المساعدات وإجلاء المدنيين، وإن المحادثات ستتواصل \"لأيام\".\n"
     "وكان وزير الخارجية الأميركي أنتوني بلينكن قد أجرى اتصالين هاتفيين بقائد الجيش الفريق أول عبد الفتاح "
     "البرهان وبقائد قوات الدعم السريع الفريق أول محمد حمدان دقلو، حثهما فيهما على إرسال ممثليهم إلى جدة.\n"
     "ونقلت وسائل إعلام عن دقلو قوله إنه لن يغادر الخرطوم \"قبل أن تنتهي المعركة\"، فيما أكد مسؤول في مجلس "
     "السيادة أن البرهان لن يشارك شخصياً في المحادثات.\n"
     "وتستضيف المملكة المحادثات بمبادرة سعودية - أميركية، بعد أن نجحت في إجلاء آلاف الرعايا الأجانب عبر "
     "ميناء بورتسودان.",
     [("MET_WITH", FAISAL, PHEE, "ومساعدة وزير الخارجية الأميركي للشؤون الأفريقية مولي", "2023-05-06"),
      ("LEADS", BURHAN, "organization:sudanese-armed-forces", "بقائد الجيش الفريق أول"),
      ("LEADS", HEMEDTI, RSF, "وبقائد قوات الدعم السريع الفريق"),
      ],
     {"source": ASHARQ, "published": "2023-05-07"}),

    ("enTF2_hemedti_ruto_nairobi_reuters", "en",
     "Sudan's RSF leader Dagalo meets Kenya's Ruto in latest stop of regional tour\n"
     "NAIROBI, Jan 3 (Reuters) - Mohamed Hamdan Dagalo, the commander of Sudan's paramilitary Rapid Support "
     "Forces, met Kenyan President William Ruto in Nairobi on Wednesday, the latest leg of a tour that has "
     "given the general, known as Hemedti, the treatment of a head of state.\n"
     "Dagalo, who had not been seen in public for months, began the trip last week in Kampala, where he was "
     "received by Ugandan President Yoweri Museveni, before flying to Addis Ababa for talks with Ethiopian Prime "
     "Minister Abiy Ahmed.\n"
     "In the Ethiopian capital on Tuesday he signed a declaration with former prime minister Abdalla Hamdok, who "
     "heads the civilian coalition Tagaddum, after two days of talks, pledging a ceasefire and the protection "
     "of civilians.\n"
     "East African bloc IGAD had announced that Dagalo and army chief Abdel Fattah al-Burhan agreed to meet "
     "face to face, but the meeting never took place and Sudan's foreign ministry said it was not consulted.\n"
     "\"The only path is dialogue,\" Ruto said in a statement after the talks.",
     [("LEADS", HEMEDTI, RSF, "the commander of Sudan's paramilitary Rapid Support"),
      ("MET_WITH", HEMEDTI, RUTO, "met Kenyan President William Ruto", "2024-01-03"),
      ("LEADS", RUTO, KENYA, "Kenyan President William Ruto"),
      ("VISITED", HEMEDTI, KENYA, "in Nairobi on Wednesday", "2024-01-03"),
      ("MET_WITH", HEMEDTI, MUSEVENI, "received by Ugandan President", "2023-12-27"),
      ("LEADS", MUSEVENI, UGANDA, "Ugandan President Yoweri Museveni"),
      ("MET_WITH", HEMEDTI, ABIY, "for talks with Ethiopian Prime", "2023-12-28"),
      ("LEADS", ABIY, ETHIOPIA, "Minister Abiy Ahmed"),
      ("MET_WITH", HEMEDTI, HAMDOK, "signed a declaration with former prime minister", "2024-01-02"),
      ("LEADS", HAMDOK, TAGADDUM, "who heads the civilian coalition Tagaddum"),
      ],
     {"source": REUTERS, "published": "2024-01-03"}),

    ("arTF3_burhan_ankara_suna", "ar",
     "البرهان يصل أنقرة والرئيس أردوغان يستقبله بالمجمع الرئاسي\n"
     "أنقرة في 13-9-2023 (سونا) - وصل رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول "
     "ركن عبد الفتاح عبد الرحمن البرهان إلى العاصمة التركية أنقرة اليوم، في زيارة رسمية تلبيةً لدعوة من الرئيس "
     "رجب طيب أردوغان.\n"
     "واستقبل الرئيس التركي رئيسَ مجلس السيادة في المجمع الرئاسي، حيث أجرى الجانبان مباحثات تناولت "
     "العلاقات الثنائية وتطورات الأوضاع في السودان في ظل الحرب التي أشعلتها مليشيا الدعم السريع المتمردة.\n"
     "وأعرب أردوغان عن استعداد بلاده للإسهام في جهود إحلال السلام وإعادة الإعمار.\n"
     "وكان رئيس مجلس السيادة قد التقى الخميس الماضي بالدوحة أمير دولة قطر الشيخ تميم بن حمد آل ثاني، الذي "
     "أكد دعم قطر لوحدة السودان واستقراره.\n"
     "وأفاد مصدر دبلوماسي بأن زيارة مرتقبة إلى موسكو ما تزال قيد الدراسة.",
     [("LEADS", BURHAN, SOV, "وصل رئيس مجلس السيادة الانتقالي"),
      ("VISITED", BURHAN, TURKEY, "إلى العاصمة التركية أنقرة اليوم", "2023-09-13"),
      ("MET_WITH", ERDOGAN, BURHAN, "واستقبل الرئيس التركي", "2023-09-13"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رئيسَ"),
      ("MET_WITH", BURHAN, TAMIM, "أمير دولة قطر الشيخ تميم", "2023-09-07"),
      ("LEADS", TAMIM, QATAR, "أمير دولة قطر"),
      ],
     {"source": SUNA, "published": "2023-09-13"}),
]

ARTICLES += [
    ("enTF4_agar_replaces_dagalo_afp", "en",
     "Sudan army chief sacks paramilitary rival as council deputy, names Agar\n"
     "Khartoum (AFP) - Sudan's army chief Abdel Fattah al-Burhan on Friday sacked his rival, paramilitary "
     "commander Mohamed Hamdan Daglo, as deputy head of the ruling Sovereign Council and named former rebel "
     "leader Malik Agar in his place, five weeks into a war that has killed hundreds.\n"
     "A decree read on state television said Agar, a council member since 2020, would serve as the council's "
     "vice-president. Burhan had already declared Daglo's Rapid Support Forces a \"rebel force\" and ordered "
     "it dissolved.\n"
     "Daglo, widely known as Hemedti, has not appeared in public since the first days of the fighting. Army "
     "officers claimed he may have been wounded, but his aides said he was leading the battle in Khartoum.\n"
     "Residents reported heavy air strikes and artillery fire in the south of the capital on Friday. The army "
     "accused the RSF of shelling the area around the presidential palace, an accusation the paramilitaries "
     "rejected.\n"
     "Envoys of the two sides remain in Jeddah, where Saudi and US mediators are pressing them to sign a "
     "week-long truce.",
     [("LEADS", BURHAN, "organization:sudanese-armed-forces", "Sudan's army chief Abdel Fattah al-Burhan"),
      ("SUCCESSOR_OF", AGAR, HEMEDTI, "named former rebel leader Malik Agar in his place", "2023-05-19"),
      ("MEMBER_OF", AGAR, SOV, "a council member since 2020"),
      ("MEMBER_OF", HEMEDTI, SOV, "as deputy head of the ruling Sovereign Council"),
      ("LEADS", HEMEDTI, RSF, "Daglo's Rapid Support Forces"),
      ],
     {"source": AFP, "published": "2023-05-19"}),

    ("arTF5_ahmed_al_khair_verdict_sudani", "ar",
     "الإعدام لـ29 من منسوبي جهاز الأمن في قضية الشهيد أحمد الخير\n"
     "كتب: محرر الشؤون القضائية\n"
     "قضت محكمة جنايات أم درمان، أمس، بالإعدام شنقاً حتى الموت على 29 من منسوبي جهاز الأمن والمخابرات "
     "الوطني، بعد أن أدانتهم بقتل المعلم أحمد الخير عوض الكريم تحت التعذيب داخل مباني الجهاز بمدينة خشم "
     "القربة بولاية كسلا في فبراير الماضي.\n"
     "وكان الخير قد اعتُقل خلال الاحتجاجات التي أطاحت نظام الرئيس المعزول عمر البشير، وتوفي بعد يومين من "
     "اعتقاله، فيما قالت سلطات الولاية حينها إنه توفي بسبب تسمم غذائي.\n"
     "وهتف ذوو الشهيد وعشرات المحتشدين أمام المحكمة فرحاً عقب النطق بالحكم، فيما أعلن محامو الدفاع عزمهم "
     "استئنافه.\n"
     "ورحب رئيس الوزراء عبد الله حمدوك بالحكم في تغريدة على حسابه، قائلاً إنه \"خطوة في طريق العدالة\".\n"
     "وفي سياق متصل، لم تحدد لجنة التحقيق المستقلة في فض اعتصام القيادة العامة في الثالث من يونيو حتى الآن "
     "الجهات المسؤولة عن مقتل عشرات المعتصمين.",
     [("ASSASSINATED_BY", KHAIR, NISS, "بعد أن أدانتهم بقتل المعلم أحمد الخير", "2019-02-02"),
      ("LEADS", HAMDOK, SUDAN, "ورحب رئيس الوزراء عبد الله حمدوك"),
      ],
     {"source": SUDANI, "published": "2019-12-31"}),

    ("enTF6_abakar_un_panel_bbc", "en",
     "West Darfur governor was killed by RSF fighters, UN experts say\n"
     "By Africa staff, BBC News\n"
     "The governor of Sudan's West Darfur state, Khamis Abakar, was killed by fighters of the paramilitary Rapid "
     "Support Forces in June, hours after he accused them of genocide on television, a UN panel of experts has "
     "concluded.\n"
     "Abakar was taken from his residence in El Geneina to an RSF base, where he was shot dead, the report to "
     "the UN Security Council says, citing witnesses and video footage. His body was later mutilated.\n"
     "The RSF has denied any role and says it has arrested those responsible.\n"
     "His deputy, Tijani Karshoum, took over as governor after his death. Mr Karshoum's ties to the RSF have "
     "been questioned by Masalit community leaders.\n"
     "The panel estimates that between 10,000 and 15,000 people were killed in El Geneina last year, mostly "
     "members of the Masalit community. Arab militias allied to the RSF are accused of many of the killings.",
     [("LEADS", ABAKAR, WDARFUR, "The governor of Sudan's West Darfur state"),
      ("ASSASSINATED_BY", ABAKAR, RSF, "was killed by fighters of the paramilitary Rapid", "2023-06-14"),
      ("SUCCESSOR_OF", KARSHOUM, ABAKAR, "took over as governor after his death"),
      ("LEADS", KARSHOUM, WDARFUR, "His deputy, Tijani Karshoum"),
      ],
     {"source": BBC, "published": "2024-01-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTF")
