"""Blind set IY: Iraq 2020-2021 as a Baghdad English-language outlet writes it (Shafaq News English-like:
"Shafaq News/" opening, "Al-" capitalised, "the Premier", MPs who "told Shafaq News Agency", plain and
slightly literal English), with Arabic copy as its Arabic site would run it: parliament approves
al-Kadhimi's government and he receives the US, Iranian and British ambassadors, May 2020 (English);
al-Kadhimi at the PMF headquarters with al-Fayyadh and Abu Fadak, al-Saadi back at the head of the
Counter-Terrorism Service, May 2020 (Arabic); the new Central Bank governor and Baghdad mayor,
September 2020 (English); the arrest of Qasim Muslih and the night of the Green Zone, May 2021
(Arabic); the Dhi Qar governor resigns and al-Asadi runs the province, February 2021 (English);
Qaani's first visit to Baghdad with a visa, June 2020 (Arabic).
Excluded on purpose: Pompeo's congratulatory phone call and Kataib Hezbollah's accusation that
al-Kadhimi was complicit in the airport strike (the strike itself is annotated with the US as agent);
an expected advisory post for al-Allaq; Ihab al-Wazni killed by "unknown gunmen" and Qasim Muslih
only suspected, attacks on Ain al-Asad not attributed; protesters killed in Nasiriyah (no one named),
a tweet by Sadr; a meeting with al-Kadhimi that could not be confirmed.
Spellings: Othman Al-Ghanmi, Jumaa Enad, Adel Abdul Mahdi, Abdul Ghani Al-Asadi, Khaled Al-Mohanna,
أبو فدك المحمداوي, قآني, الحاج قاسم.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_iz import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, USA = "country:iraq", "country:united-states"
QF, PMF, KH, AAH, BADR, FATAH, SOLC, KHORASANI = (
    "organization:quds-force", "organization:popular-mobilization-forces", "organization:kataib-hezbollah",
    "organization:asaib-ahl-al-haq", "organization:badr-organization", "organization:fatah-alliance",
    "organization:state-of-law-coalition", "organization:saraya-al-khorasani")
IQG, INIS, IQDEF, IQINT, IQFIN, CBI, TBI, MAYORALTY = (
    "organization:iraqi-government", "organization:iraqi-national-intelligence-service",
    "organization:iraqi-defense-ministry", "organization:iraqi-interior-ministry", "organization:iraqi-finance-ministry",
    "organization:central-bank-of-iraq", "organization:trade-bank-of-iraq", "organization:baghdad-mayoralty")
NSA, NSS, CTS, JOC, SECCOM, HRCOM, STATE = (
    "organization:iraqi-national-security-advisory", "organization:iraqi-national-security-service",
    "organization:counter-terrorism-service", "organization:joint-operations-command",
    "organization:iraqi-parliament-security-defence-committee", "organization:iraqi-parliament-human-rights-committee",
    "organization:us-state-department")
SHAFAQ = "outlet:shafaq-news"
BAGHDAD, GREENZONE, NASIRIYAH, DHIQAR = ("location:baghdad", "location:green-zone", "location:nasiriyah",
                                         "location:dhi-qar")
QAANI, SOL, MUH, FADAK, FAY, AMIRI = (
    "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis",
    "person:abdul-aziz-al-muhammadawi", "person:falih-al-fayyadh", "person:hadi-al-amiri")
KAD, ADIL, SALIH, ARAJI, ASADI, GHANIMI, YASIRI, INAD, NSHAMMARI = (
    "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi", "person:barham-salih", "person:qassim-al-araji",
    "person:abdul-ghani-al-asadi", "person:othman-al-ghanimi", "person:yassin-al-yasiri", "person:juma-inad",
    "person:najah-al-shammari")
SAADI, SHAGHATI, MUKHIF, ALLAQ, ALLAWI, RIKABI, BALDAWI = (
    "person:abdul-wahab-al-saadi", "person:talib-shaghati", "person:mustafa-ghaleb-mukhif", "person:ali-al-allaq",
    "person:ali-allawi", "person:kataa-al-rikabi", "person:mohammed-al-baldawi")
MUSLIH, KHAFAJI, MAHNA, TUELLER, MASJEDI, POMPEO = (
    "person:qasim-muslih", "person:tahsin-al-khafaji", "person:khalid-al-mahna", "person:matthew-tueller",
    "person:iraj-masjedi", "person:mike-pompeo")
# new to the tables
HICKEY, HAIDARI, HABOBI, ALWACH, CHALABI, SALIHI, WAELI, JAZAERI = (
    "person:stephen-hickey", "person:mohammed-rida-al-haidari", "person:manhal-al-habobi", "person:zekra-alwach",
    "person:salem-al-chalabi", "person:arshad-al-salihi", "person:nazim-al-waeli", "person:hamid-al-jazaeri")

ARTICLES = [
    ("enIY1_parliament_approves_kadhimi", "en",
     "Iraqi parliament approves Al-Kadhimi's government; Premier receives US, Iranian and British envoys\n"
     "Shafaq News/ The Iraqi Council of Representatives granted confidence early Thursday to the government "
     "of Mustafa Al-Kadhimi, who succeeds Adel Abdul Mahdi after more than five months of caretaker rule.\n"
     "Al-Kadhimi, the head of the National Intelligence Service since 2016, was sworn in along with 15 "
     "ministers, among them Othman Al-Ghanmi as Interior Minister, succeeding Yassin Al-Yasiri, and Jumaa "
     "Enad as Defense Minister in place of Najah Al-Shammari. Seven posts remain vacant.\n"
     "Hours after the vote, Al-Kadhimi received the US Ambassador to Iraq, Matthew Tueller, and then the "
     "Iranian Ambassador, Iraj Masjedi, at the government palace, a source in the Premier's office said. He "
     "later received the British Ambassador, Stephen Hickey.\n"
     "The US Secretary of State, Mike Pompeo, congratulated Al-Kadhimi in a phone call and announced a "
     "120-day waiver allowing Iraq to keep importing Iranian electricity.\n"
     "MP Mohammed Al-Baldawi of the Fatah Alliance told Shafaq News Agency that the bloc voted for the "
     "government \"to preserve stability\", despite Kataib Hezbollah's accusation that Al-Kadhimi had been "
     "complicit in the killing of Qassem Soleimani and Abu Mahdi Al-Muhandis.",
     [("LEADS", KAD, IQG, "the government of Mustafa Al-Kadhimi"),
      ("SUCCESSOR_OF", KAD, ADIL, "who succeeds Adel Abdul Mahdi", "2020-05-07"),
      ("LEADS", KAD, INIS, "the head of the National Intelligence Service since 2016"),
      ("SUCCESSOR_OF", GHANIMI, YASIRI, "as Interior Minister, succeeding Yassin Al-Yasiri", "2020-05-07"),
      ("LEADS", GHANIMI, IQINT, "Othman Al-Ghanmi as Interior Minister"),
      ("SUCCESSOR_OF", INAD, NSHAMMARI, "as Defense Minister in place of Najah Al-Shammari", "2020-05-07"),
      ("LEADS", INAD, IQDEF, "Enad as Defense Minister"),
      ("MET_WITH", KAD, TUELLER, "received the US Ambassador to Iraq, Matthew Tueller", "2020-05-07"),
      ("MET_WITH", KAD, MASJEDI, "and then the Iranian Ambassador, Iraj Masjedi", "2020-05-07"),
      ("MET_WITH", KAD, HICKEY, "He later received the British Ambassador", "2020-05-07"),
      ("LEADS", POMPEO, STATE, "The US Secretary of State, Mike Pompeo"),
      ("MEMBER_OF", BALDAWI, FATAH, "MP Mohammed Al-Baldawi of the Fatah Alliance"),
      ("REPORTED_BY", BALDAWI, SHAFAQ, "of the Fatah Alliance told Shafaq News Agency"),
      ],
     {"source": "blind set (Baghdad English-language outlet, English)", "published": "2020-05-07"}),

    ("arIY2_kadhimi_at_pmf_headquarters", "ar",
     "الكاظمي من مقر الحشد الشعبي: الهيئة مؤسسة وطنية ولن نسمح بزجّها في السياسة\n"
     "شفق نيوز/ زار رئيس مجلس الوزراء القائد العام للقوات المسلحة مصطفى الكاظمي، يوم السبت، مقر هيئة "
     "الحشد الشعبي في بغداد، في أول زيارة له إلى الهيئة منذ توليه منصبه.\n"
     "وكان في استقبال الكاظمي رئيس الهيئة فالح الفياض ورئيس أركانها أبو فدك المحمداوي، حيث عقد معهما "
     "اجتماعاً بحضور عدد من قادة الألوية، بحسب بيان للمكتب الإعلامي لرئيس الوزراء.\n"
     "وقال الكاظمي خلال الاجتماع إن «الحشد مؤسسة وطنية تعمل تحت إمرة القائد العام، ولن نسمح لأحد بأن "
     "يستخدمها لأغراض سياسية».\n"
     "وقال رئيس لجنة الأمن والدفاع النيابية محمد رضا الحيدري لوكالة شفق نيوز إن الزيارة «رسالة طمأنة بأن "
     "الدولة لا تستهدف الحشد».\n"
     "وتأتي الزيارة بعد أيام من إعادة الفريق الركن عبد الوهاب الساعدي إلى جهاز مكافحة الإرهاب رئيساً له، "
     "خلفاً للفريق أول ركن طالب شغاتي الكناني.\n"
     "وكانت كتائب حزب الله قد اتهمت الكاظمي، حين كان رئيساً لجهاز المخابرات، بالتواطؤ في الضربة الأمريكية "
     "التي قتلت قائد فيلق القدس السابق قاسم سليماني ونائب رئيس الهيئة أبو مهدي المهندس قرب مطار بغداد مطلع "
     "العام، وهو ما نفاه مكتبه.",
     [("LEADS", KAD, IQG, "رئيس مجلس الوزراء القائد العام"),
      ("MET_WITH", KAD, FAY, "حيث عقد معهما", "2020-05-16"),
      ("MET_WITH", KAD, FADAK, "حيث عقد معهما", "2020-05-16"),
      ("MET_WITH", FAY, FADAK, "حيث عقد معهما", "2020-05-16"),
      ("LEADS", FAY, PMF, "رئيس الهيئة فالح الفياض"),
      ("MEMBER_OF", FADAK, PMF, "ورئيس أركانها أبو فدك"),
      ("LEADS", HAIDARI, SECCOM, "رئيس لجنة الأمن والدفاع النيابية محمد"),
      ("REPORTED_BY", HAIDARI, SHAFAQ, "الحيدري لوكالة شفق نيوز"),
      ("SUCCESSOR_OF", SAADI, SHAGHATI, "خلفاً للفريق أول ركن طالب", "2020-05"),
      ("LEADS", SAADI, CTS, "إلى جهاز مكافحة الإرهاب رئيساً له"),
      ("LEADS", KAD, INIS, "حين كان رئيساً لجهاز المخابرات"),
      ("ASSASSINATED_BY", SOL, USA, "بالتواطؤ في الضربة الأمريكية", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "بالتواطؤ في الضربة الأمريكية", "2020-01-03"),
      ("LEADS", SOL, QF, "قائد فيلق القدس السابق قاسم"),
      ("MEMBER_OF", MUH, PMF, "ونائب رئيس الهيئة أبو مهدي"),
      ],
     {"source": "blind set (Baghdad outlet's Arabic site, Arabic)", "published": "2020-05-16"}),

    ("enIY3_new_central_bank_governor_and_mayor", "en",
     "Al-Kadhimi names new Central Bank governor and Baghdad mayor in sweeping reshuffle\n"
     "Shafaq News/ Iraqi Prime Minister Mustafa Al-Kadhimi on Sunday replaced the heads of several state "
     "institutions, including the Central Bank of Iraq and the Baghdad municipality, according to a "
     "government document.\n"
     "Under the decision, Mustafa Ghaleb Mukhif was appointed Governor of the Central Bank, succeeding Ali "
     "Al-Allaq, who had held the post since 2014, while Manhal Aziz Al-Habobi became Mayor of Baghdad in "
     "place of Zekra Alwach. Salem Jawad Al-Chalabi was named head of the state-owned Trade Bank of Iraq.\n"
     "A government source said that Al-Kadhimi received Mukhif and Al-Habobi together at the government "
     "palace later in the day, in the presence of Finance Minister Ali Allawi, and urged them to \"fight "
     "corruption without hesitation\".\n"
     "MP Kataa Al-Rikabi of the State of Law coalition told Shafaq News Agency that the appointments "
     "\"bypass the parliament, the only body entitled to approve the special grades\".\n"
     "Al-Allaq is expected to be named an adviser to the Prime Minister, the source added.",
     [("LEADS", KAD, IQG, "Iraqi Prime Minister Mustafa Al-Kadhimi"),
      ("SUCCESSOR_OF", MUKHIF, ALLAQ, "succeeding Ali Al-Allaq", "2020-09-13"),
      ("LEADS", MUKHIF, CBI, "was appointed Governor of the Central Bank"),
      ("LEADS", ALLAQ, CBI, "who had held the post since 2014"),
      ("SUCCESSOR_OF", HABOBI, ALWACH, "in place of Zekra Alwach", "2020-09-13"),
      ("LEADS", HABOBI, MAYORALTY, "became Mayor of Baghdad"),
      ("LEADS", CHALABI, TBI, "named head of the state-owned Trade Bank of Iraq"),
      ("MET_WITH", KAD, MUKHIF, "received Mukhif and Al-Habobi together", "2020-09-13"),
      ("MET_WITH", KAD, HABOBI, "received Mukhif and Al-Habobi together", "2020-09-13"),
      ("MET_WITH", MUKHIF, HABOBI, "received Mukhif and Al-Habobi together", "2020-09-13"),
      ("MET_WITH", ALLAWI, KAD, "in the presence of Finance Minister Ali Allawi", "2020-09-13"),
      ("MET_WITH", ALLAWI, MUKHIF, "in the presence of Finance Minister Ali Allawi", "2020-09-13"),
      ("MET_WITH", ALLAWI, HABOBI, "in the presence of Finance Minister Ali Allawi", "2020-09-13"),
      ("LEADS", ALLAWI, IQFIN, "Finance Minister Ali Allawi"),
      ("MEMBER_OF", RIKABI, SOLC, "MP Kataa Al-Rikabi of the State of Law coalition"),
      ("REPORTED_BY", RIKABI, SHAFAQ, "of the State of Law coalition told Shafaq News Agency"),
      ],
     {"source": "blind set (Baghdad English-language outlet, English)", "published": "2020-09-13"}),

    ("arIY4_qasim_muslih_arrested", "ar",
     "اعتقال قائد عمليات الأنبار في الحشد يشعل ليلة المنطقة الخضراء\n"
     "شفق نيوز/ أفاد مصدر أمني، يوم الأربعاء، بأن قوة من جهاز مكافحة الإرهاب اعتقلت قائد عمليات الأنبار "
     "في هيئة الحشد الشعبي قاسم مصلح فجر اليوم، بموجب مذكرة قضائية وفق المادة الرابعة من قانون مكافحة "
     "الإرهاب.\n"
     "وأوضح المصدر أن الاعتقال جاء في إطار التحقيق بهجمات استهدفت قاعدة عين الأسد، وباغتيال الناشط إيهاب "
     "الوزني، الذي قُتل برصاص مسلحين مجهولين أمام منزله في كربلاء في التاسع من أيار الجاري.\n"
     "وعقب الاعتقال، انتشر مسلحون من فصائل في الحشد قرب بوابات المنطقة الخضراء وسط بغداد، مطالبين "
     "بإطلاق سراحه.\n"
     "وقال المتحدث باسم قيادة العمليات المشتركة اللواء تحسين الخفاجي إن مصلح «سُلّم إلى قيادة العمليات "
     "المشتركة وسيبقى لديها حتى انتهاء التحقيق».\n"
     "وأضاف المصدر أن الكاظمي عقد مساءً اجتماعاً مع رئيس هيئة الحشد فالح الفياض لاحتواء الأزمة، بحضور "
     "مستشار الأمن الوطني قاسم الأعرجي، فيما استقبل رئيس الجمهورية برهم صالح زعيم تحالف الفتح هادي "
     "العامري للغرض ذاته.\n"
     "من جهته، قال رئيس لجنة حقوق الإنسان النيابية أرشد الصالحي إن «عشرات الناشطين اغتيلوا منذ تشرين "
     "الأول 2019 ولم يُحاسب أحد».",
     [("MEMBER_OF", MUSLIH, PMF, "قائد عمليات الأنبار في هيئة الحشد الشعبي قاسم"),
      ("LOCATED_IN", GREENZONE, BAGHDAD, "المنطقة الخضراء وسط بغداد"),
      ("MEMBER_OF", KHAFAJI, JOC, "المتحدث باسم قيادة العمليات المشتركة اللواء"),
      ("MET_WITH", KAD, FAY, "عقد مساءً اجتماعاً مع رئيس هيئة الحشد", "2021-05-26"),
      ("MET_WITH", KAD, ARAJI, "بحضور مستشار الأمن الوطني", "2021-05-26"),
      ("MET_WITH", FAY, ARAJI, "بحضور مستشار الأمن الوطني", "2021-05-26"),
      ("LEADS", FAY, PMF, "رئيس هيئة الحشد فالح"),
      ("LEADS", ARAJI, NSA, "مستشار الأمن الوطني قاسم"),
      ("MET_WITH", SALIH, AMIRI, "استقبل رئيس الجمهورية برهم صالح", "2021-05-26"),
      ("LEADS", SALIH, IRAQ, "رئيس الجمهورية برهم"),
      ("LEADS", AMIRI, FATAH, "زعيم تحالف الفتح هادي"),
      ("LEADS", SALIHI, HRCOM, "رئيس لجنة حقوق الإنسان النيابية أرشد"),
      ],
     {"source": "blind set (Baghdad outlet's Arabic site, Arabic)", "published": "2021-05-26"}),

    ("enIY5_dhi_qar_governor_resigns", "en",
     "Al-Kadhimi accepts Dhi Qar governor's resignation, tasks security chief with running the province\n"
     "Shafaq News/ Iraqi Prime Minister Mustafa Al-Kadhimi on Saturday accepted the resignation of the "
     "Governor of Dhi Qar, Nazim Al-Waeli, and assigned the head of the National Security Service, Abdul "
     "Ghani Al-Asadi, to run the province in his place on an acting basis, the Premier's media office said.\n"
     "The decision came a day after at least five protesters were killed and dozens injured in clashes with "
     "security forces in Al-Nasiriyah, the capital of Dhi Qar, where demonstrators had demanded Al-Waeli's "
     "dismissal.\n"
     "Earlier on Saturday, Al-Kadhimi held a joint emergency meeting with the Interior Minister, Othman "
     "Al-Ghanmi, and Al-Asadi, and ordered an investigation into the killing of the protesters.\n"
     "Al-Asadi arrived in Al-Nasiriyah in the evening and met tribal sheikhs and representatives of the "
     "protesters, local sources said.\n"
     "Interior Ministry spokesman Khaled Al-Mohanna told Shafaq News Agency that \"strict orders were issued "
     "not to use live ammunition\", adding that the officers who opened fire would be referred to the "
     "judiciary.\n"
     "The Shiite cleric Muqtada Al-Sadr, whose supporters clashed with protesters in the city last "
     "November, called for calm in a tweet.",
     [("LEADS", KAD, IQG, "Iraqi Prime Minister Mustafa Al-Kadhimi"),
      ("SUCCESSOR_OF", ASADI, WAELI, "to run the province in his place on an acting basis", "2021-02-27"),
      ("LEADS", ASADI, NSS, "the head of the National Security Service, Abdul"),
      ("LOCATED_IN", NASIRIYAH, DHIQAR, "the capital of Dhi Qar"),
      ("MET_WITH", KAD, GHANIMI, "held a joint emergency meeting with", "2021-02-27"),
      ("MET_WITH", KAD, ASADI, "held a joint emergency meeting with", "2021-02-27"),
      ("MET_WITH", GHANIMI, ASADI, "held a joint emergency meeting with", "2021-02-27"),
      ("LEADS", GHANIMI, IQINT, "the Interior Minister, Othman"),
      ("VISITED", ASADI, NASIRIYAH, "Al-Asadi arrived in Al-Nasiriyah in the evening", "2021-02-27"),
      ("MEMBER_OF", MAHNA, IQINT, "Interior Ministry spokesman Khaled"),
      ("REPORTED_BY", MAHNA, SHAFAQ, "Al-Mohanna told Shafaq News Agency"),
      ],
     {"source": "blind set (Baghdad English-language outlet, English)", "published": "2021-02-27"}),

    ("arIY6_qaani_first_visa_visit", "ar",
     "بعد حصوله على تأشيرة دخول.. قآني في بغداد بأول زيارة منذ تشكيل حكومة الكاظمي\n"
     "شفق نيوز/ كشف مصدر سياسي مطلع، يوم الأربعاء، عن وصول قائد فيلق القدس الإيراني إسماعيل قآني إلى بغداد، "
     "في أول زيارة له منذ تشكيل حكومة مصطفى الكاظمي، وذلك بعد حصوله على تأشيرة دخول رسمية للمرة الأولى.\n"
     "وقال المصدر إن قآني عقد لقاءً مشتركاً ضم رئيس هيئة الحشد الشعبي فالح الفياض وزعيم منظمة بدر هادي "
     "العامري، تناول «مستقبل الوجود الأمريكي» والحوار الاستراتيجي المرتقب بين بغداد وواشنطن.\n"
     "وأضاف أن قآني التقى بشكل منفصل قادة في كتائب حزب الله وعصائب أهل الحق، فيما لم يتسنَّ التأكد مما "
     "إذا كان قد التقى الكاظمي.\n"
     "وبحسب المصدر، فإن اشتراط التأشيرة إجراء لم يكن معمولاً به مع المسؤولين الإيرانيين في السابق.\n"
     "وقال القيادي في سرايا الخراساني حامد الجزائري إن «الحاج قآني يسير على نهج الحاج قاسم».\n"
     "ويخلف قآني سليماني منذ كانون الثاني الماضي، بعد مقتل الأخير مع نائب رئيس هيئة الحشد أبو مهدي "
     "المهندس بغارة أمريكية بطائرة مسيّرة قرب مطار بغداد الدولي.",
     [("LEADS", QAANI, QF, "قائد فيلق القدس الإيراني إسماعيل"),
      ("VISITED", QAANI, BAGHDAD, "إسماعيل قآني إلى بغداد", "2020-06-03"),
      ("LEADS", KAD, IQG, "تشكيل حكومة مصطفى الكاظمي، وذلك"),
      ("MET_WITH", QAANI, FAY, "عقد لقاءً مشتركاً ضم", "2020-06-03"),
      ("MET_WITH", QAANI, AMIRI, "عقد لقاءً مشتركاً ضم", "2020-06-03"),
      ("MET_WITH", FAY, AMIRI, "عقد لقاءً مشتركاً ضم", "2020-06-03"),
      ("LEADS", FAY, PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ("LEADS", AMIRI, BADR, "وزعيم منظمة بدر هادي"),
      ("MET_WITH", QAANI, KH, "التقى بشكل منفصل قادة في كتائب حزب الله", "2020-06-03"),
      ("MET_WITH", QAANI, AAH, "التقى بشكل منفصل قادة في كتائب حزب الله", "2020-06-03"),
      ("MEMBER_OF", JAZAERI, KHORASANI, "القيادي في سرايا الخراساني حامد"),
      ("SUCCESSOR_OF", QAANI, SOL, "ويخلف قآني سليماني منذ كانون الثاني", "2020-01"),
      ("ASSASSINATED_BY", SOL, USA, "بغارة أمريكية بطائرة مسيّرة", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "بغارة أمريكية بطائرة مسيّرة", "2020-01-03"),
      ("MEMBER_OF", MUH, PMF, "نائب رئيس هيئة الحشد أبو مهدي"),
      ],
     {"source": "blind set (Baghdad outlet's Arabic site, Arabic)", "published": "2020-06-03"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIY")
