"""Blind set TS: Iran's nuclear file 2010-2012 (first folder of TS-TT): the killing of the physicist Masoud
Alimohammadi by a bomb on a parked motorcycle (January 2010), of the nuclear engineer Majid Shahriari and the
attack on Fereydoun Abbasi-Davani the same morning (November 2010), of Darioush Rezaeinejad shot by gunmen on
motorcycles (July 2011), of Mostafa Ahmadi Roshan by a magnetic bomb (January 2012), the hanging of Majid
Jamali Fashi for the killing of Alimohammadi (May 2012), and Yukiya Amano's first visit to Tehran as IAEA
chief, received by Saeed Jalili before the Baghdad round with Catherine Ashton (May 2012), as a US wire
writes it in English (AP-like: "TEHRAN, Iran (AP) —"), Iran's state agency in Arabic (IRNA Arabic-like:
"طهران - إرنا -"), a British wire in English (Reuters-like: "TEHRAN, July 23 (Reuters) -"), a London-based
Arab daily in Arabic (Asharq al-Awsat-like: "لندن: «الشرق الأوسط»"), Iran's state agency in English
(IRNA English-like: "TEHRAN (IRNA) --") and IRNA's Arabic service again.
Pieces: Alimohammadi killed (no agent), Salehi speaks after meeting Ahmadinejad (English, TS1); Shahriari
killed and Abbasi wounded (no agent), Salehi visits Abbasi in hospital (Arabic, TS2); Rezaeinejad shot dead
(no agent), Salehi Mottaki's successor at the foreign ministry (English, TS3); Ahmadi Roshan killed (no
agent), Khamenei receives his widow (Arabic, TS4); Jamali Fashi hanged for Alimohammadi's killing; Jalili
met Ashton in Istanbul (English, TS5); Jalili receives Amano with Bagheri present, Amano then meets Abbasi
and Salehi; Amano ElBaradei's successor (Arabic, TS6).
Excluded on purpose (no relation): Mehmanparast's charge against Israel and America, Crowley's "absurd",
Ahmadinejad's planned visit to the family (TS1); Ahmadinejad's charge against the "Zionist regime" and the
West, the unnamed suspects arrested (TS2); Boroujerdi's charge, the US denial, Alimohammadi and Shahriari
recalled with no agent (TS3); Rahimi's charge against Mossad and America, Clinton's denial, Mordechai's
"I won't shed a tear", Khamenei's charge against the CIA and Mossad, the letter to the UN (TS4); Mossad,
named only as Jamali Fashi's handler by the court's charge (no ASSASSINATED_BY, no MEMBER_OF), Amano's
planned visit and the planned Baghdad round (TS5); the planned Baghdad meeting of Jalili and Ashton, the
Parchin visit that was not granted (TS6).
Judgement calls: "told reporters after a meeting with" is a meeting (TS1); a hospital visit to the wounded
man is a meeting, as a condolence received in person (TS2); "who replaced ... in December" is a succession
(TS3); the Leader "received" the widow and the parents: a meeting with the named widow only (TS4); the hanged
man "convicted of assassinating" the physicist, with his televised confession, gives victim -> Jamali Fashi
(as SQ6's confession), never Mossad (TS5); "بحضور" Jalili's deputy: paired with host and guest (TS6);
"ثم" separates Amano's two later meetings: no pair between Abbasi and Salehi (TS6); "تولّيه منصبه خلفاً
لـ" is a succession (TS6); the secretary of the Supreme National Security Council is not annotated as LEADS
(the president chairs the council); a president LEADS the country, the head of the AEOI LEADS it, the
Director General of the IAEA LEADS it.
Filled in for the exercise: Salehi's meeting with Ahmadinejad and the planned visit to the family (TS1); the
hospital visit, Moslehi's statement (TS2); the wording of Boroujerdi and of the US official (TS3); the day of
the Leader's meeting (TS4); the wording of the court's verdict and of the confession (TS5); Bagheri's
presence, the order of Amano's meetings (TS6).
Spellings: "Masoud Ali Mohammadi", "Ramin Mehmanparast", "Philip J. Crowley" (TS1); «مجيد شهرياري»، «فريدون
عباسي دواني»، «محمود أحمدي نجاد» (TS2); "Darioush Rezaei", "Dariush Rezaeinejad", "Fereydoun Abbasi-Davani"
(TS3); «مصطفى أحمدي روشن»، «آية الله علي خامنئي»، «فاطمة بيدي» (TS4); "Masoud Ali-Mohammadi", "Majid Jamali
Fashi", "Catherine Ashton" (TS5); «يوكيا أمانو»، «علي باقري»، «البرادعي» (TS6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_tt import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, TEHRAN = "country:iran", "location:tehran"
AEOI, IAEA = "organization:atomic-energy-organization-of-iran", "organization:iaea"
ALIMOHAMMADI, SHAHRIARI, REZAEINEJAD, ROSHAN, BIDI, FASHI = (
    "person:masoud-alimohammadi", "person:majid-shahriari", "person:darioush-rezaeinejad",
    "person:mostafa-ahmadi-roshan", "person:fatemeh-bidi", "person:majid-jamali-fashi")
KHAMENEI, AHMADINEJAD, SALEHI, ABBASI, JALILI, BAGHERI, MOTTAKI = (
    "person:ali-khamenei", "person:mahmoud-ahmadinejad", "person:ali-akbar-salehi", "person:fereydoun-abbasi",
    "person:saeed-jalili", "person:ali-bagheri-kani", "person:manouchehr-mottaki")
AMANO, ELBARADEI, ASHTON = "person:yukiya-amano", "person:mohamed-elbaradei", "person:catherine-ashton"

AP = "blind set (US news wire, English, AP-like)"
IRNA_AR = "blind set (Iranian state news agency, Arabic service, IRNA-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
ASHARQ = "blind set (London-based Arab daily, Arabic, Asharq al-Awsat-like)"
IRNA_EN = "blind set (Iranian state news agency, English service, IRNA-like)"

ARTICLES = [
    ("enTS1_alimohammadi_killed_ap", "en",
     "Iranian physics professor killed by bomb-rigged motorcycle in Tehran\n"
     "TEHRAN, Iran (AP) — A remote-controlled bomb hidden on a parked motorcycle exploded outside the home of a "
     "Tehran University physics professor on Tuesday morning, killing him as he left for work, state media "
     "reported.\n"
     "Masoud Ali Mohammadi, 50, a particle physicist who had taught at the university for nearly two decades, "
     "died at the scene in the northern Qeytariyeh neighborhood. The blast shattered windows along the street.\n"
     "Iran's Foreign Ministry spokesman, Ramin Mehmanparast, said \"signs of the triangle of the Zionist regime, "
     "America and their hirelings\" were visible in the attack. In Washington, State Department spokesman "
     "Philip J. Crowley called the charge \"absurd.\"\n"
     "No group claimed responsibility, and police said they had not yet identified who planted the device.\n"
     "Ali Mohammadi was not known as a political figure, though his name appeared on a list of academics who "
     "backed opposition leader Mir Hossein Mousavi before last June's disputed election. Ali Akbar Salehi, the "
     "head of the Atomic Energy Organization of Iran, told reporters after a meeting with President Mahmoud "
     "Ahmadinejad that the professor had never worked for the organization.\n"
     "Ahmadinejad was expected to visit the family on Wednesday, his office said.",
     [("MET_WITH", SALEHI, AHMADINEJAD, "told reporters after a meeting with President", "2010-01-12"),
      ("LEADS", SALEHI, AEOI, "the head of the Atomic Energy Organization of Iran, told"),
      ("LEADS", AHMADINEJAD, IRAN, "President Mahmoud Ahmadinejad that"),
      ],
     {"source": AP, "published": "2010-01-12"}),

    ("arTS2_shahriari_killed_irna", "ar",
     "استشهاد العالم النووي مجيد شهرياري وإصابة الدكتور فريدون عباسي في تفجيرين إرهابيين بطهران\n"
     "طهران - إرنا - استشهد أستاذ الهندسة النووية في جامعة الشهيد بهشتي الدكتور مجيد شهرياري صباح اليوم "
     "الاثنين، وأصيب زميله الدكتور فريدون عباسي دواني بجروح، في تفجيرين منفصلين استهدفا سيارتيهما في شمال "
     "طهران وشرقها.\n"
     "وأفاد مراسل إرنا أن مجهولين على دراجات نارية ألصقوا عبوات ناسفة بسيارتي العالمين أثناء توجههما إلى "
     "عملهما، وقد أصيبت زوجتاهما أيضاً بجروح.\n"
     "وقال رئيس الجمهورية الدكتور محمود أحمدي نجاد في مؤتمر صحفي عقده ظهر اليوم إن \"يد النظام الصهيوني "
     "والحكومات الغربية ضالعة بلا شك في هذا الاغتيال\"، من دون أن يقدّم تفاصيل.\n"
     "وزار رئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي الدكتور عباسي في المستشفى عصر اليوم، واطمأن على "
     "حالته الصحية، مؤكداً أن \"هذه الأعمال الجبانة لن توقف مسيرة الشعب الإيراني\".\n"
     "من جهته، أعلن وزير الأمن حيدر مصلحي أن الأجهزة الأمنية اعتقلت عدداً من المشتبه بهم، دون أن يكشف عن "
     "هوياتهم.",
     [("LEADS", AHMADINEJAD, IRAN, "رئيس الجمهورية الدكتور محمود"),
      ("MET_WITH", SALEHI, ABBASI, "الدكتور عباسي في المستشفى", "2010-11-29"),
      ("LEADS", SALEHI, AEOI, "وزار رئيس منظمة الطاقة الذرية"),
      ],
     {"source": IRNA_AR, "published": "2010-11-29"}),

    ("enTS3_rezaeinejad_shot_reuters", "en",
     "Gunmen kill Iranian scientist in Tehran, agency says\n"
     "TEHRAN, July 23 (Reuters) - Gunmen on motorcycles shot dead an Iranian scientist outside his home in "
     "eastern Tehran on Saturday and wounded his wife, the semi-official Fars news agency reported.\n"
     "Agencies first named the victim as Darioush Rezaei, a physics lecturer involved in the nuclear programme, "
     "but later identified him as Dariush Rezaeinejad, 35, a graduate student in electronics. A senior official "
     "said he had no link with the atomic energy organisation.\n"
     "\"Behind this killing one can see the hand of the Zionists and the Americans,\" Alaeddin Boroujerdi, head "
     "of parliament's national security committee, told the IRNA agency. Israel declined to comment, and a U.S. "
     "official denied any involvement.\n"
     "It was the third such killing in 18 months. Physicist Masoud Alimohammadi died in a bomb blast in January "
     "2010, and nuclear engineer Majid Shahriari was killed in November when a bomb was attached to his car. "
     "Fereydoun Abbasi-Davani, who survived an attack on the same morning, now heads the Atomic Energy "
     "Organisation of Iran.\n"
     "Foreign Minister Ali Akbar Salehi, who replaced Manouchehr Mottaki in December, said Iran would raise the "
     "killing at the United Nations.",
     [("LEADS", ABBASI, AEOI, "now heads the Atomic Energy"),
      ("SUCCESSOR_OF", SALEHI, MOTTAKI, "who replaced Manouchehr Mottaki in December", "2010-12-13"),
      ],
     {"source": REUTERS, "published": "2011-07-23"}),
]

ARTICLES += [
    ("arTS4_ahmadi_roshan_killed_asharq", "ar",
     "اغتيال عالم نووي إيراني رابع في طهران.. والمرشد يستقبل أرملته\n"
     "لندن: «الشرق الأوسط»\n"
     "بعد خمسة أيام على مقتل العالم النووي الإيراني مصطفى أحمدي روشن، نائب مدير الشؤون التجارية في منشأة "
     "نطنز لتخصيب اليورانيوم، بعبوة مغناطيسية ألصقها راكب دراجة نارية بسيارته قرب جامعة العلامة الطباطبائي "
     "شمال طهران، استقبل المرشد الأعلى الإيراني آية الله علي خامنئي أمس أرملته فاطمة بيدي ووالديه.\n"
     "وقال خامنئي خلال اللقاء إن العملية \"خُطط لها ونُفّذت بيد الـ(سي آي إيه) والموساد\"، من دون أن يقدم "
     "أدلة.\n"
     "وكان النائب الأول للرئيس الإيراني محمد رضا رحيمي قد سارع إلى اتهام \"عملاء الموساد وأميركا\"، فيما نفت "
     "وزيرة الخارجية الأميركية هيلاري كلينتون \"بشكل قاطع\" أي تورط للولايات المتحدة في \"أي عمل من أعمال "
     "العنف داخل إيران\". أما المتحدث باسم الجيش الإسرائيلي العميد يوآف مردخاي فكتب على صفحته في «فيسبوك»: "
     "\"لا أعرف من صفّى الحساب مع العالم الإيراني، لكنني بالتأكيد لن أذرف دمعة\".\n"
     "وبعثت طهران برسالة احتجاج إلى الأمين العام للأمم المتحدة ومجلس الأمن. ولم تعلن أي جهة مسؤوليتها عن "
     "الاغتيال، وهو الرابع من نوعه منذ مطلع 2010.",
     [("MET_WITH", KHAMENEI, BIDI, "أرملته فاطمة بيدي ووالديه", "2012-01-15"),
      ("LEADS", KHAMENEI, IRAN, "المرشد الأعلى الإيراني آية الله"),
      ],
     {"source": ASHARQ, "published": "2012-01-16"}),

    ("enTS5_jamali_fashi_hanged_irna", "en",
     "Mossad agent hanged for assassination of nuclear scientist Ali-Mohammadi\n"
     "TEHRAN (IRNA) -- Majid Jamali Fashi, convicted of assassinating Iranian nuclear scientist Professor Masoud "
     "Ali-Mohammadi, was hanged at dawn on Tuesday in Tehran's Evin prison, the Tehran Prosecutor's Office "
     "announced.\n"
     "The 24-year-old was found guilty by the Islamic Revolution Court of \"moharebeh\" (waging war on God) and "
     "of spying for the Israeli regime's Mossad. In a confession aired by state television, Jamali Fashi said "
     "he had planted the bomb that killed Ali-Mohammadi in January 2010 after training in the occupied "
     "territories.\n"
     "Tehran Prosecutor Abbas Jafari Dolatabadi said the court's verdict had been upheld by the Supreme Court. "
     "Western rights groups said the confession had been obtained under duress.\n"
     "Meanwhile, the Director General of the International Atomic Energy Agency, Yukiya Amano, is due in Tehran "
     "on Monday for talks with Saeed Jalili, Secretary of the Supreme National Security Council, ahead of "
     "Jalili's meeting with EU foreign policy chief Catherine Ashton in Baghdad on May 23.\n"
     "Jalili and Ashton last met in Istanbul on April 14, when the two sides agreed on a new round of talks "
     "between Iran and the P5+1.",
     [("ASSASSINATED_BY", ALIMOHAMMADI, FASHI, "convicted of assassinating Iranian nuclear scientist", "2010-01-12"),
      ("LEADS", AMANO, IAEA, "the Director General of the International Atomic Energy Agency, Yukiya"),
      ("MET_WITH", JALILI, ASHTON, "Jalili and Ashton last met in Istanbul", "2012-04-14"),
      ],
     {"source": IRNA_EN, "published": "2012-05-15"}),

    ("arTS6_jalili_receives_amano_irna", "ar",
     "جليلي يستقبل المدير العام للوكالة الدولية للطاقة الذرية في طهران\n"
     "طهران - إرنا - استقبل أمين المجلس الأعلى للأمن القومي سعيد جليلي صباح اليوم الاثنين المدير العام "
     "للوكالة الدولية للطاقة الذرية يوكيا أمانو والوفد المرافق له، بحضور مساعد أمين المجلس علي باقري، وجرى "
     "بحث سبل التعاون بين الجمهورية الإسلامية والوكالة.\n"
     "وأكد جليلي خلال اللقاء أن \"على الوكالة أن تحترم حقوق الشعب الإيراني في الاستخدام السلمي للطاقة "
     "النووية\".\n"
     "والتقى أمانو بعد ذلك رئيس منظمة الطاقة الذرية الدكتور فريدون عباسي، ثم وزير الخارجية علي أكبر صالحي، "
     "في زيارته الأولى لطهران منذ تولّيه منصبه خلفاً للمصري محمد البرادعي في كانون الأول 2009.\n"
     "ولم تُدرج في برنامج الزيارة أي زيارة لموقع بارشين العسكري الذي تطالب الوكالة بتفتيشه.\n"
     "ومن المقرر أن يلتقي جليلي الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي كاثرين آشتون في بغداد "
     "بعد غد الأربعاء، في جولة جديدة من المفاوضات مع مجموعة 5+1.",
     met_group({JALILI: "استقبل أمين المجلس الأعلى للأمن القومي سعيد", AMANO: "للوكالة الدولية للطاقة الذرية يوكيا",
                BAGHERI: "بحضور مساعد أمين المجلس"}, "2012-05-21")
     + [("MET_WITH", AMANO, ABBASI, "والتقى أمانو بعد ذلك", "2012-05-21"),
        ("MET_WITH", AMANO, SALEHI, "ثم وزير الخارجية علي أكبر صالحي", "2012-05-21"),
        ("LEADS", ABBASI, AEOI, "رئيس منظمة الطاقة الذرية الدكتور"),
        ("LEADS", AMANO, IAEA, "المدير العام للوكالة الدولية للطاقة الذرية يوكيا"),
        ("SUCCESSOR_OF", AMANO, ELBARADEI, "خلفاً للمصري محمد البرادعي", "2009-12"),
        ("VISITED", AMANO, TEHRAN, "في زيارته الأولى لطهران"),
        ],
     {"source": IRNA_AR, "published": "2012-05-21"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTS")
