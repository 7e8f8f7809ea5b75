"""Blind set RU: Pakistan 2007-2011 (first folder of RU-RV): the government's charge against Baitullah Mehsud
after Benazir Bhutto's assassination in Rawalpindi (December 2007), the PPP's choice of Bilawal Bhutto
Zardari as chairman with his father as co-chairman (December 2007), Asif Ali Zardari's swearing-in as
president with Hamid Karzai present (September 2008), Richard Holbrooke's first round in Islamabad and
Rawalpindi as US special representative (February 2009), the Pakistani Taliban's choice of Hakimullah Mehsud
after the US drone strike that killed Baitullah Mehsud (August 2009), and the killing of Salmaan Taseer by
his guard and the appointment of Latif Khosa in his place (January 2011), as a US wire writes it in English
(AP-like: "ISLAMABAD, Pakistan (AP) —", "the two-time prime minister"), a Gulf TV site in Arabic (Al
Arabiya-like: "العربية.نت"), a Pakistani daily in English (Dawn-like: "ISLAMABAD, Sept 9:", "Mr Zardari",
"Gen (retd)"), a pan-Arab daily in Arabic (Asharq al-Awsat-like: "إسلام آباد: «الشرق الأوسط»", "أمس"), a
wire in English (Reuters-like: "PESHAWAR, Pakistan, Aug 22 (Reuters) -") and an international broadcaster's
Arabic site (BBC Arabic-like: "بي بي سي", "بحسب ما أعلنت الشرطة").
Pieces: Bhutto had met Karzai hours before she was killed, Musharraf received Karzai; the government blames
Mehsud, who denies it (English, RU1); Bilawal chosen chairman to succeed his mother, Zardari co-chairman,
Sharif visits Zardari in Naudero (Arabic, RU2); Zardari sworn in, succeeding Musharraf; Zardari and Karzai
hold talks with Gilani and Qureshi present (English, RU3); Holbrooke meets Zardari with Mullen, Patterson
and Qureshi present, then Gilani, then Kayani (Arabic, RU4); a US drone kills Baitullah Mehsud, Hakimullah
Mehsud chosen to succeed him (English, RU5); Mumtaz Qadri shoots Taseer, Khosa sworn in to succeed him
(Arabic, RU6).
Excluded on purpose (no relation): the government's charge against Baitullah Mehsud and his spokesman's
denial, Sharif at the hospital (RU1); the Interior Ministry's charge, Musharraf's phone call to Zardari (RU2);
Sharif's phone call to Zardari, the oath administered by the chief justice, Karzai "attending" the ceremony
(RU3); the planned meeting of Holbrooke and Sharif in Lahore, the missile strike in South Waziristan with
no stated agent (RU4); Faqir Mohammad's claim to be acting chief, Wali-ur-Rehman "seen as a possible
successor", the reported shootout between Hakimullah and Wali-ur-Rehman denied by the Taliban (RU5);
Asia Bibi, Gilani's condolence visit to the family (no one named) (RU6).
Judgement calls: "had met Afghan President Hamid Karzai at his hotel" and "was also received by President
Pervez Musharraf" are meetings (RU1); "succeeds Gen (retd) Musharraf" is a succession although an acting
president sat between them (the text does not name him) (RU3); "زار نوديرو ... وقدّم التعازي لزرداري" is a
meeting (RU2); a co-chairman LEADS his party (RU2, RU3); the attendees of one meeting ("in the presence of
A and B", «بحضور ... فيما حضره عن الجانب الباكستاني ...») are paired with both principals and with each other
(RU3, RU4); Holbrooke's meetings with Gilani and Kayani ("ثم التقى ... قبل أن يجتمع") are separate meetings
and the attendees of the first are not paired with them (RU4); "killed on Aug. 5 when a U.S. drone fired
missiles at" gives the victim -> country:united-states (RU5); the guard who shot Taseer and confessed is the
agent, a person (RU6); "أدى اليمين حاكماً للبنجاب خلفاً لسلمان تاثير" is a succession (RU6); a prime minister
LEADS the country (as NC's Netanyahu); an army chief LEADS the army.
Filled in for the exercise: the hotel of the Bhutto-Karzai meeting, Karzai's words, Zardari's demand (RU1);
the day of Sharif's visit to Naudero, Musharraf's call (RU2); Gilani's and Qureshi's presence at the talks,
Sharif's call (RU3); the presence of Mullen, Patterson and Qureshi, the Lahore appointment, the toll of the
strike (RU4); Rehman Malik's wording (RU5); the date of Khosa's oath and Gilani's visit (RU6).
Spellings: "Baitullah Mehsud", "Brig. Javed Iqbal Cheema", "al-Qaida" (RU1); «بينظير بوتو»، «بلاول بوتو
زرداري»، «برويز مشرف»، «بيت الله محسود» (RU2); "Syed Yousuf Raza Gilani", "Shah Mehmood Qureshi", "Mian Nawaz
Sharif" (RU3); «ريتشارد هولبروك»، «يوسف رضا جيلاني»، «أشفاق برويز كياني»، «شاه محمود قرشي» (RU4); "Baitullah",
"Tehrik-e-Taliban Pakistan", "Hakimullah" (RU5); «سلمان تاثير»، «ممتاز حسين قادري»، «سردار لطيف خوسة» (RU6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rv import ALL  # noqa: E402

HERE = Path(__file__).parent

PAKISTAN, AFGHANISTAN, US = "country:pakistan", "country:afghanistan", "country:united-states"
PPP, PMLN, TTP, ARMY = ("organization:pakistan-peoples-party", "organization:pml-n", "organization:ttp",
                        "organization:pakistan-army")
BHUTTO, ZARDARI, BILAWAL, MUSHARRAF, SHARIF, GILANI, QURESHI = (
    "person:benazir-bhutto", "person:asif-ali-zardari", "person:bilawal-bhutto-zardari", "person:pervez-musharraf",
    "person:nawaz-sharif", "person:yousaf-raza-gilani", "person:shah-mahmood-qureshi")
KAYANI, TASEER, QADRI, KHOSA = ("person:ashfaq-parvez-kayani", "person:salmaan-taseer", "person:mumtaz-qadri",
                                "person:latif-khosa")
BAITULLAH, HAKIMULLAH = "person:baitullah-mehsud", "person:hakimullah-mehsud"
KARZAI, HOLBROOKE, MULLEN, PATTERSON = ("person:hamid-karzai", "person:richard-holbrooke", "person:mike-mullen",
                                        "person:anne-patterson")

AP = "blind set (US news wire, English, AP-like)"
ARABIYA = "blind set (Gulf TV news site, Arabic, Al Arabiya-like)"
DAWN = "blind set (Pakistani daily, English, Dawn-like)"
AWSAT = "blind set (pan-Arab daily, Arabic, Asharq al-Awsat-like)"
REUTERS = "blind set (international news wire, English, Reuters-like)"
BBCAR = "blind set (international broadcaster's Arabic site, BBC Arabic-like)"

ARTICLES = [
    ("enRU1_bhutto_government_blames_mehsud_ap", "en",
     "Pakistan blames al-Qaida-linked militant for Bhutto killing\n"
     "ISLAMABAD, Pakistan (AP) — Pakistan's government said Friday that a militant commander with ties to "
     "al-Qaida was behind the assassination of former Prime Minister Benazir Bhutto, and released what it said "
     "was an intercepted conversation in which he congratulated his followers on the attack.\n"
     "Interior Ministry spokesman Brig. Javed Iqbal Cheema told reporters that Baitullah Mehsud, a tribal "
     "leader based in South Waziristan, was responsible. A spokesman for Mehsud, Maulvi Omar, denied the charge, "
     "saying it was \"against tribal traditions\" to strike a woman.\n"
     "Bhutto, 54, was killed Thursday as she left a campaign rally in Rawalpindi's Liaquat Bagh park, when an "
     "attacker fired at her vehicle and then blew himself up. Cheema said she died after striking her head on a "
     "lever of the sunroof, an account her aides angrily rejected.\n"
     "Hours before the attack, the two-time prime minister had met Afghan President Hamid Karzai at his hotel in "
     "Islamabad, where the two discussed militancy along the border. Karzai, who was also received by President "
     "Pervez Musharraf during the visit, called her \"a brave sister\".\n"
     "Musharraf declared three days of mourning. Opposition leader Nawaz Sharif, who rushed to the hospital "
     "where she died, said his party would boycott the Jan. 8 elections.\n"
     "Bhutto's husband, Asif Ali Zardari, rejected the government's account and demanded a U.N. investigation.",
     [("MET_WITH", BHUTTO, KARZAI, "had met Afghan President Hamid Karzai at his hotel", "2007-12-27"),
      ("MET_WITH", MUSHARRAF, KARZAI, "who was also received by President", "2007-12-27"),
      ("LEADS", KARZAI, AFGHANISTAN, "Afghan President Hamid Karzai"),
      ("LEADS", MUSHARRAF, PAKISTAN, "President Pervez Musharraf during the visit"),
      ],
     {"source": AP, "published": "2007-12-28"}),

    ("arRU2_ppp_names_bilawal_arabiya", "ar",
     "حزب الشعب الباكستاني يختار بلاول خلفاً لوالدته بينظير بوتو\n"
     "إسلام آباد - العربية.نت\n"
     "اختار حزب الشعب الباكستاني، الأحد، بلاول بوتو زرداري (19 عاماً)، نجل رئيسة الوزراء السابقة بينظير بوتو، "
     "رئيساً للحزب خلفاً لوالدته التي اغتيلت الخميس الماضي في مدينة راولبندي، على أن يتولى والده آصف علي زرداري "
     "قيادة الحزب بصفة رئيس مشارك إلى حين إنهاء ابنه دراسته في جامعة أكسفورد.\n"
     "وجاء الإعلان في ختام اجتماع للجنة التنفيذية المركزية للحزب عُقد في منزل العائلة في نوديرو بإقليم السند، "
     "تلا خلاله زرداري ما قال إنها وصية زوجته الراحلة.\n"
     "وقال بلاول للصحافيين: \"لطالما قالت والدتي إن الديمقراطية هي أفضل انتقام\".\n"
     "وأعلن الحزب أنه سيخوض الانتخابات التشريعية المقررة في الثامن من يناير، داعياً حزب الرابطة الإسلامية - جناح "
     "نواز بزعامة رئيس الوزراء الأسبق نواز شريف إلى العدول عن قرار المقاطعة. وكان شريف قد زار نوديرو أمس السبت "
     "وقدّم التعازي لزرداري.\n"
     "من جهته، أجرى الرئيس برويز مشرف اتصالاً هاتفياً بزرداري عبّر خلاله عن تعازيه، فيما رفض زرداري طلب السلطات "
     "استخراج الجثمان لتشريحه.\n"
     "وكانت وزارة الداخلية الباكستانية قد اتهمت بيت الله محسود، زعيم المسلحين في جنوب وزيرستان، بالوقوف وراء "
     "الاغتيال، وهو ما نفاه متحدث باسمه.",
     [("SUCCESSOR_OF", BILAWAL, BHUTTO, "رئيساً للحزب خلفاً لوالدته", "2007-12-30"),
      ("LEADS", BILAWAL, PPP, "اختار حزب الشعب الباكستاني، الأحد"),
      ("LEADS", ZARDARI, PPP, "بصفة رئيس مشارك"),
      ("LEADS", SHARIF, PMLN, "بزعامة رئيس الوزراء الأسبق نواز شريف"),
      ("MET_WITH", SHARIF, ZARDARI, "وقدّم التعازي لزرداري", "2007-12-29"),
      ("LEADS", MUSHARRAF, PAKISTAN, "أجرى الرئيس برويز مشرف"),
      ],
     {"source": ARABIYA, "published": "2007-12-30"}),

    ("enRU3_zardari_sworn_in_karzai_dawn", "en",
     "Zardari takes oath as President; Karzai attends\n"
     "By Our Staff Reporter\n"
     "ISLAMABAD, Sept 9: Asif Ali Zardari, co-chairman of the Pakistan People's Party and widower of slain former "
     "prime minister Benazir Bhutto, was sworn in as President on Tuesday, three weeks after Pervez Musharraf "
     "resigned under the threat of impeachment.\n"
     "Chief Justice Abdul Hameed Dogar administered the oath at a ceremony at the Aiwan-i-Sadr attended by "
     "parliamentarians, diplomats and Afghan President Hamid Karzai, the only foreign head of state present.\n"
     "Mr Zardari, who was elected on Saturday by the two houses of parliament and the four provincial "
     "assemblies, succeeds Gen (retd) Musharraf, who had held the office since 2001.\n"
     "After the ceremony the two presidents held talks at the Presidency in the presence of Prime Minister Syed "
     "Yousuf Raza Gilani and Foreign Minister Shah Mehmood Qureshi, and later addressed a joint press "
     "conference. \"We are twins,\" Mr Karzai said of the two countries, while Mr Zardari pledged that "
     "Pakistan's soil would not be used for attacks on its neighbours.\n"
     "The PML-N chief, Mian Nawaz Sharif, who pulled his party out of the ruling coalition last month, did not "
     "attend the ceremony. He telephoned Mr Zardari to felicitate him, a party spokesman said.",
     [("LEADS", ZARDARI, PPP, "co-chairman of the Pakistan People's Party"),
      ("SUCCESSOR_OF", ZARDARI, MUSHARRAF, "succeeds Gen (retd) Musharraf", "2008-09-09"),
      ("LEADS", KARZAI, AFGHANISTAN, "Afghan President Hamid Karzai, the only"),
      ] + met_group({ZARDARI: "the two presidents held talks", KARZAI: "After the ceremony the two presidents",
                     GILANI: "in the presence of Prime Minister Syed",
                     QURESHI: "Foreign Minister Shah Mehmood Qureshi"}, "2008-09-09") + [
      ("LEADS", GILANI, PAKISTAN, "Yousuf Raza Gilani and Foreign"),
      ("LEADS", SHARIF, PMLN, "The PML-N chief, Mian Nawaz Sharif"),
      ],
     {"source": DAWN, "published": "2008-09-10"}),

    ("arRU4_holbrooke_islamabad_awsat", "ar",
     "هولبروك في إسلام آباد: واشنطن تريد «علاقة جديدة» مع باكستان\n"
     "إسلام آباد: «الشرق الأوسط»\n"
     "بحث المبعوث الأميركي الخاص إلى أفغانستان وباكستان ريتشارد هولبروك، أمس، مع الرئيس الباكستاني آصف علي "
     "زرداري في إسلام آباد سبل مواجهة التطرف في المناطق القبلية المحاذية للحدود الأفغانية، وذلك في أول جولة له "
     "في المنطقة منذ تعيينه في منصبه الشهر الماضي.\n"
     "وجرى اللقاء بحضور رئيس هيئة الأركان المشتركة الأميركية الأدميرال مايك مولن والسفيرة الأميركية لدى "
     "باكستان آن باترسون، فيما حضره عن الجانب الباكستاني وزير الخارجية شاه محمود قرشي.\n"
     "وأكد زرداري خلال اللقاء أن الضربات التي تنفذها الطائرات من دون طيار \"تأتي بنتائج عكسية\"، بحسب بيان "
     "للرئاسة.\n"
     "ثم التقى هولبروك رئيس الوزراء يوسف رضا جيلاني، قبل أن يجتمع بقائد الجيش الجنرال أشفاق برويز كياني في مقر "
     "القيادة العامة في راولبندي.\n"
     "وأعلن متحدث باسم الخارجية الباكستانية أن المبعوث الأميركي سيزور بيشاور اليوم، على أن يلتقي زعيم حزب "
     "الرابطة الإسلامية (جناح نواز) نواز شريف في لاهور في وقت لاحق من الأسبوع.\n"
     "إلى ذلك، قُتل ثلاثون شخصاً على الأقل في قصف صاروخي استهدف منزلاً في جنوب وزيرستان، في منطقة يسيطر عليها "
     "أنصار زعيم طالبان باكستان بيت الله محسود. ولم تعلن أي جهة مسؤوليتها عن القصف.",
     met_group({HOLBROOKE: "بحث المبعوث الأميركي الخاص", ZARDARI: "مع الرئيس الباكستاني آصف",
                MULLEN: "الأدميرال مايك مولن", PATTERSON: "باكستان آن باترسون",
                QURESHI: "وزير الخارجية شاه محمود قرشي"}, "2009-02-10") + [
      ("MET_WITH", HOLBROOKE, GILANI, "ثم التقى هولبروك رئيس الوزراء", "2009-02-10"),
      ("MET_WITH", HOLBROOKE, KAYANI, "قبل أن يجتمع بقائد الجيش", "2009-02-10"),
      ("LEADS", ZARDARI, PAKISTAN, "الرئيس الباكستاني آصف علي"),
      ("LEADS", GILANI, PAKISTAN, "رئيس الوزراء يوسف رضا جيلاني"),
      ("LEADS", KAYANI, ARMY, "بقائد الجيش الجنرال أشفاق"),
      ("LEADS", SHARIF, PMLN, "(جناح نواز) نواز شريف"),
      ("LEADS", BAITULLAH, TTP, "زعيم طالبان باكستان بيت الله محسود"),
      ],
     {"source": AWSAT, "published": "2009-02-11"}),

    ("enRU5_taliban_name_hakimullah_reuters", "en",
     "Pakistani Taliban name Hakimullah Mehsud as new chief\n"
     "PESHAWAR, Pakistan, Aug 22 (Reuters) - Pakistani Taliban commanders have chosen Hakimullah Mehsud, a young "
     "and ruthless lieutenant of Baitullah Mehsud, to succeed him as their leader, a Taliban spokesman said on "
     "Saturday, conceding for the first time that Baitullah was dead.\n"
     "Baitullah, who led the Tehrik-e-Taliban Pakistan and was accused by the government of plotting the "
     "assassination of Benazir Bhutto, was killed on Aug. 5 when a U.S. drone fired missiles at his "
     "father-in-law's house in South Waziristan.\n"
     "Deputy leader Maulvi Faqir Mohammad had earlier said he had taken over as acting chief, a claim other "
     "commanders rejected. Wali-ur-Rehman, another commander who had been seen as a possible successor, will run "
     "the group's affairs in South Waziristan, the spokesman said.\n"
     "Interior Minister Rehman Malik said this month the government had reports that Hakimullah had been killed "
     "in a shootout with Wali-ur-Rehman at a meeting of the group's council, which the Taliban denied.\n"
     "Hakimullah, believed to be in his late 20s, commanded the militants in the Khyber, Kurram and Orakzai "
     "regions and is known for attacks on NATO supply convoys heading for Afghanistan.\n"
     "\"The Taliban are in disarray,\" Malik told reporters in Islamabad on Saturday.",
     [("SUCCESSOR_OF", HAKIMULLAH, BAITULLAH, "to succeed him as their leader", "2009-08-22"),
      ("LEADS", HAKIMULLAH, TTP, "commanders have chosen Hakimullah Mehsud"),
      ("LEADS", BAITULLAH, TTP, "who led the Tehrik-e-Taliban Pakistan"),
      ("ASSASSINATED_BY", BAITULLAH, US, "when a U.S. drone fired missiles", "2009-08-05"),
      ],
     {"source": REUTERS, "published": "2009-08-22"}),

    ("arRU6_taseer_killed_khosa_bbc", "ar",
     "لطيف خوسة يؤدي اليمين حاكماً للبنجاب بعد أسبوع على اغتيال سلمان تاثير\n"
     "بي بي سي\n"
     "أدى السياسي في حزب الشعب الباكستاني الحاكم سردار لطيف خوسة اليمين الدستورية، الخميس، حاكماً لإقليم البنجاب "
     "خلفاً لسلمان تاثير، الذي قُتل برصاص أحد حراسه في العاصمة إسلام آباد الأسبوع الماضي.\n"
     "وكان ممتاز حسين قادري، وهو عنصر في قوة النخبة التابعة لشرطة البنجاب كُلف بحماية الحاكم، قد أطلق النار على "
     "تاثير لدى خروجه من مطعم في سوق كوهسار، ثم سلّم نفسه، واعترف بأنه قتله بسبب موقفه من قانون التجديف، بحسب "
     "ما أعلنت الشرطة.\n"
     "وكان تاثير، القيادي في الحزب الحاكم، قد دعا إلى تعديل القانون ودافع عن آسيا بيبي، المسيحية المحكوم عليها "
     "بالإعدام بتهمة الإساءة إلى النبي.\n"
     "وأدان الرئيس آصف علي زرداري ورئيس الوزراء يوسف رضا جيلاني الاغتيال، وأعلنت الحكومة الحداد ثلاثة أيام، "
     "فيما توجه جيلاني إلى لاهور حيث قدم التعازي لعائلة الحاكم الراحل.\n"
     "في المقابل، أمطر محامون القاتل بالورود لدى مثوله أمام المحكمة، في مشهد أثار قلق منظمات حقوق الإنسان من "
     "تنامي التشدد في البلاد.",
     [("SUCCESSOR_OF", KHOSA, TASEER, "خلفاً لسلمان تاثير", "2011-01-13"),
      ("MEMBER_OF", KHOSA, PPP, "أدى السياسي في حزب الشعب الباكستاني الحاكم"),
      ("ASSASSINATED_BY", TASEER, QADRI, "قد أطلق النار على", "2011-01-04"),
      ("MEMBER_OF", TASEER, PPP, "القيادي في الحزب الحاكم"),
      ("LEADS", ZARDARI, PAKISTAN, "وأدان الرئيس آصف علي زرداري"),
      ("LEADS", GILANI, PAKISTAN, "ورئيس الوزراء يوسف رضا جيلاني"),
      ],
     {"source": BBCAR, "published": "2011-01-13"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRU")
