"""Blind set OP: Sudan's war and its neighbours 2021-2023 (second folder of OO-OP): William Ruto's reception of
Abdel Fattah al-Burhan in Nairobi after the IGAD quartet row (2023), Hemedti's tour of Kampala and Addis Ababa
(December 2023), Burhan at the Amiri Diwan in Doha (September 2023), Sisi's reception of Burhan in New Alamein
(August 2023), Burhan in Juba with Salva Kiir and Malik Agar named to replace Hemedti (May-September 2023),
and Hamdok's second cabinet with the Juba signatories (February 2021), as a Kenyan daily writes it in English
(Nation-like: "Gen Burhan", "Mr Ruto"), a Sudanese news site in Arabic (Sudan Tribune-like: «سودان تربيون -
أديس أبابا»), Qatar's state agency in English (QNA-like: "HH the Amir", "HE"), the Egyptian presidency's
spokesman in Arabic («صرح السفير أحمد فهمي، المتحدث الرسمي باسم رئاسة الجمهورية»), a French wire in English
(AFP-like: "JUBA, South Sudan (AFP) -") and a Sudanese exile radio in Arabic (Radio Dabanga-like).
Pieces: Ruto hosts Burhan with Mudavadi and Sing'oei present (English, OP1); Abiy receives Hemedti, whose
adviser Ezzat is in the delegation, a day after Hemedti met Museveni (Arabic, OP2); the Emir meets Burhan,
the prime minister and Ali al-Sadiq attending (English, OP3); Sisi receives Burhan with Abbas Kamel present,
Shoukry meets Ali al-Sadiq (Arabic, OP4); Burhan holds talks with Kiir, Tut Gatluak attending, Burhan had met
Sisi, Agar named to replace Dagalo (English, OP5); Gibril Ibrahim succeeds Heba Mohamed Ali, Mariam al-Mahdi
succeeds Omar Qamar al-Din, Gibril had succeeded his brother Khalil, killed by the army; Hamdok receives
al-Hadi Idris and Malik Agar (Arabic, OP6).
Excluded on purpose (no relation): Ruto's phone call with Dagalo, the Burhan-Dagalo meeting that never took
place (OP1); the postponed Burhan-Hemedti meeting in Djibouti, Hemedti's expected meeting with Hamdok (OP2);
the Emir's phone call with Sisi (OP3); Ruto's phone call to Sisi, the neighbours' summit in July only
mentioned (OP4); Khamis Abakar, killed after accusing the RSF (the UN's witnesses blamed it, it denied: an
accusation, no agent) (OP5); Minawi, tipped for the Darfur governorship, the failed attempt on Hamdok's life
(OP6).
Judgement calls: attendees ("also attended by", "attended on the Sudanese side", «بحضور») are paired with
both principals, not with each other (OP1, OP3, OP4, OP5); a member of the guest's delegation («وضم وفده»)
is paired with the host only (OP2, as the brief's "delegation headed by X"); "after meeting the Ugandan
President the day before" is a meeting (OP2); "visited Egypt for talks with President Sisi" is a meeting
(OP5); "named ... to replace him" as deputy is a succession (OP5); «خلفاً لـ» is a succession (OP6); "killed by
the Sudanese army in an air strike" gives the victim -> the army (OP6); «استقبل ... عضوي مجلس السيادة X وY»
together is a meeting of the three (OP6); a prime minister LEADS the country.
Filled in for the exercise: the exact day of Burhan's Nairobi visit, Mudavadi's and Sing'oei's presence,
Ruto's call with Dagalo (OP1); Ezzat in the delegation, Abiy's wording (OP2); the airport reception, the
Emir's call with Sisi (OP3); Kamel's presence, Shoukry's meeting with Ali al-Sadiq, Ruto's call (OP4); Tut
Gatluak's attendance (OP5); Hamdok's meeting with Idris and Agar before the announcement, Minawi's absence
(OP6).
Spellings: "Gen Abdel Fattah al-Burhan", "Mr Ruto", "Gen Mohamed Hamdan Dagalo" (OP1); «حميدتي», «يوري
موسيفيني», «آبي أحمد» (OP2); "Lt. Gen. Abdel Fattah Al Burhan", "Ali Al Sadiq Ali" (OP3); «عبد الفتاح
السيسي» beside «عبد الفتاح البرهان», «اللواء عباس كامل» (OP4); "Mohamed Hamdan Daglo", "Tut Gatluak" (OP5);
«مني أركو مناوي», «مريم الصادق المهدي», «خليل إبراهيم» (OP6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_op import ALL  # noqa: E402

HERE = Path(__file__).parent

SUDAN, SSUDAN, EGYPT, KENYA, ETHIOPIA, UGANDA, QATAR = (
    "country:sudan", "country:south-sudan", "country:egypt", "country:kenya", "country:ethiopia", "country:uganda",
    "country:qatar")
SOV, SAF, RSF, SUDFM, TAGADDUM, UMMA, JEM, SLM = (
    "organization:sudan-sovereignty-council", "organization:sudanese-armed-forces", "organization:rapid-support-forces",
    "organization:sudanese-foreign-ministry", "organization:tagaddum", "organization:national-umma-party",
    "organization:justice-and-equality-movement", "organization:slm-minnawi")
EGINT, EGPRES, EGFM = (
    "organization:egyptian-general-intelligence", "organization:egyptian-presidency",
    "organization:egyptian-foreign-ministry")
BURHAN, HEMEDTI, HAMDOK, AGAR, HADI, GIBRIL, KHALIL, MINAWI = (
    "person:abdel-fattah-al-burhan", "person:mohamed-hamdan-dagalo", "person:abdalla-hamdok", "person:malik-agar",
    "person:al-hadi-idris", "person:gibril-ibrahim", "person:khalil-ibrahim", "person:minni-minnawi")
MARIAM, HEBA, QAMAR, ALISADIQ, EZZAT = (
    "person:mariam-al-sadiq-al-mahdi", "person:heba-mohamed-ali", "person:omar-qamar-al-din", "person:ali-al-sadiq",
    "person:youssef-ezzat")
RUTO, MUDAVADI, SINGOEI, ABIY, MUSEVENI, KIIR, GATLUAK = (
    "person:william-ruto", "person:musalia-mudavadi", "person:korir-singoei", "person:abiy-ahmed",
    "person:yoweri-museveni", "person:salva-kiir", "person:tut-gatluak")
SISI, KAMEL, SHOUKRY, FAHMY, TAMIM, MBA = (
    "person:abdel-fattah-el-sisi", "person:abbas-kamel", "person:sameh-shoukry", "person:ahmed-fahmy",
    "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani")

NATION = "blind set (Kenyan daily, English, Nation-like)"
TRIBUNE = "blind set (Sudanese news site, Arabic, Sudan Tribune-like)"
QNA = "blind set (Qatari state news agency, English service, QNA-like)"
PRES = "blind set (Egyptian presidency spokesman's statement, Arabic)"
AFP = "blind set (French news wire, English, AFP-like)"
DABANGA = "blind set (Sudanese exile radio, Arabic, Radio Dabanga-like)"

ARTICLES = [
    ("enOP1_ruto_hosts_burhan_nation", "en",
     "Ruto hosts Burhan at State House, pushes for direct talks with RSF\n"
     "NAIROBI\n"
     "President William Ruto on Monday hosted the chairman of Sudan's Transitional Sovereignty Council, Gen Abdel "
     "Fattah al-Burhan, at State House, Nairobi, three months after the Sudanese army chief's camp accused Kenya "
     "of siding with the Rapid Support Forces.\n"
     "The meeting was also attended by Prime Cabinet Secretary Musalia Mudavadi and Foreign Affairs Principal "
     "Secretary Korir Sing'oei, State House said in a dispatch.\n"
     "In June, an IGAD summit in Djibouti picked Kenya to chair a quartet of countries tasked with ending the war, "
     "a role Port Sudan rejected, citing Mr Ruto's \"lack of neutrality\".\n"
     "Mr Ruto told his guest that Kenya had \"no interest other than peace\" in Sudan. He said he had spoken by "
     "phone last week with RSF commander Gen Mohamed Hamdan Dagalo, who has not been seen in public for months.\n"
     "A face-to-face meeting between Gen Burhan and Gen Dagalo, which regional leaders have pushed for since the "
     "war broke out in April, has yet to take place.\n"
     "Gen Burhan flew out of Nairobi in the evening, his aides said.",
     [("MET_WITH", RUTO, BURHAN, "President William Ruto on Monday hosted", "2023-09"),
      ("MET_WITH", MUDAVADI, RUTO, "also attended by Prime Cabinet Secretary", "2023-09"),
      ("MET_WITH", MUDAVADI, BURHAN, "Musalia Mudavadi and Foreign Affairs", "2023-09"),
      ("MET_WITH", SINGOEI, RUTO, "Korir Sing'oei, State House", "2023-09"),
      ("MET_WITH", SINGOEI, BURHAN, "Secretary Korir Sing'oei", "2023-09"),
      ("LEADS", RUTO, KENYA, "President William Ruto"),
      ("LEADS", BURHAN, SOV, "the chairman of Sudan's Transitional Sovereignty Council"),
      ("LEADS", HEMEDTI, RSF, "RSF commander Gen Mohamed Hamdan Dagalo"),
      ],
     {"source": NATION, "published": "2023-09"}),

    ("arOP2_abiy_receives_hemedti_tribune", "ar",
     "آبي أحمد يستقبل «حميدتي» في أديس أبابا بعد محطة كمبالا\n"
     "سودان تربيون - أديس أبابا\n"
     "استقبل رئيس الوزراء الإثيوبي آبي أحمد، اليوم الخميس، قائد قوات الدعم السريع الفريق أول محمد حمدان دقلو "
     "«حميدتي»، في ثاني محطة له خلال جولة إقليمية هي الأولى منذ اندلاع الحرب في منتصف أبريل الماضي، وذلك بعد يوم "
     "من لقائه الرئيس الأوغندي يوري موسيفيني في عنتيبي.\n"
     "وضم وفد قائد الدعم السريع مستشاره السياسي يوسف عزت.\n"
     "وكتب آبي على منصة «إكس» أنه ناقش مع ضيفه «الحاجة الملحة إلى حل سلمي» للنزاع، فيما قال دقلو إنه أطلع رئيس "
     "الوزراء الإثيوبي على «رؤية الدعم السريع لإنهاء الحرب».\n"
     "وكانت الهيئة الحكومية للتنمية (إيقاد) قد أعلنت عقب قمتها في جيبوتي في 9 ديسمبر موافقة البرهان وحميدتي على "
     "لقاء مباشر، غير أن الخارجية الجيبوتية عادت وأعلنت تأجيله إلى يناير «لأسباب فنية».\n"
     "ومن المنتظر أن يلتقي دقلو في أديس أبابا خلال الأيام المقبلة رئيس تنسيقية القوى الديمقراطية المدنية «تقدم» "
     "الدكتور عبد الله حمدوك، لبحث إعلان مشترك لوقف الحرب.",
     [("MET_WITH", ABIY, HEMEDTI, "استقبل رئيس الوزراء الإثيوبي آبي أحمد", "2023-12-28"),
      ("MET_WITH", HEMEDTI, MUSEVENI, "من لقائه الرئيس الأوغندي", "2023-12-27"),
      ("MET_WITH", EZZAT, ABIY, "مستشاره السياسي يوسف عزت", "2023-12-28"),
      ("LEADS", ABIY, ETHIOPIA, "رئيس الوزراء الإثيوبي آبي"),
      ("LEADS", HEMEDTI, RSF, "قائد قوات الدعم السريع الفريق أول"),
      ("LEADS", MUSEVENI, UGANDA, "الرئيس الأوغندي يوري"),
      ("LEADS", HAMDOK, TAGADDUM, "رئيس تنسيقية القوى الديمقراطية المدنية"),
      ],
     {"source": TRIBUNE, "published": "2023-12-28"}),

    ("enOP3_amir_meets_burhan_qna", "en",
     "HH the Amir Meets Chairman of Sudan's Transitional Sovereignty Council\n"
     "Doha, September 07 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani met at the Amiri Diwan "
     "this morning with HE Chairman of the Transitional Sovereignty Council of the Republic of the Sudan Lt. Gen. "
     "Abdel Fattah Al Burhan, who is currently visiting the country.\n"
     "During the meeting, they reviewed the latest developments in Sudan and the efforts to stop the fighting. "
     "HH the Amir affirmed the State of Qatar's firm position on the unity of Sudan and its support for all "
     "efforts towards a peaceful solution.\n"
     "The meeting was attended by HE Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin "
     "Abdulrahman bin Jassim Al-Thani and a number of Their Excellencies senior officials. It was attended on the "
     "Sudanese side by HE Acting Minister of Foreign Affairs Ali Al Sadiq Ali and members of the official "
     "delegation.\n"
     "HE Lt. Gen. Al Burhan had been received upon his arrival at Hamad International Airport by HE Minister of "
     "State at the Ministry of Foreign Affairs.\n"
     "HH the Amir had discussed the situation in Sudan in a phone call with HE President Abdel Fattah El Sisi of "
     "the Arab Republic of Egypt in July.",
     [("MET_WITH", TAMIM, BURHAN, "met at the Amiri Diwan this morning", "2023-09-07"),
      ("MET_WITH", MBA, TAMIM, "attended by HE Prime Minister and Minister", "2023-09-07"),
      ("MET_WITH", MBA, BURHAN, "Abdulrahman bin Jassim Al-Thani and", "2023-09-07"),
      ("MET_WITH", ALISADIQ, TAMIM, "attended on the Sudanese side", "2023-09-07"),
      ("MET_WITH", ALISADIQ, BURHAN, "Ali Al Sadiq Ali and members", "2023-09-07"),
      ("LEADS", TAMIM, QATAR, "His Highness the Amir Sheikh Tamim"),
      ("LEADS", BURHAN, SOV, "HE Chairman of the Transitional Sovereignty Council"),
      ("LEADS", MBA, QATAR, "HE Prime Minister and Minister of Foreign Affairs Sheikh"),
      ("LEADS", ALISADIQ, SUDFM, "Acting Minister of Foreign Affairs Ali"),
      ],
     {"source": QNA, "published": "2023-09-07"}),

    ("arOP4_sisi_receives_burhan_presidency", "ar",
     "الرئيس السيسي يستقبل رئيس مجلس السيادة الانتقالي السوداني بالعلمين الجديدة\n"
     "صرح السفير أحمد فهمي، المتحدث الرسمي باسم رئاسة الجمهورية، بأن السيد الرئيس عبد الفتاح السيسي استقبل اليوم "
     "بمدينة العلمين الجديدة الفريق أول عبد الفتاح البرهان، رئيس مجلس السيادة الانتقالي بجمهورية السودان، وذلك "
     "بحضور السيد اللواء عباس كامل رئيس المخابرات العامة.\n"
     "وأضاف المتحدث الرسمي أن السيد الرئيس رحب بالفريق أول البرهان في أول زيارة خارجية له منذ اندلاع الأزمة، "
     "مؤكداً موقف مصر الثابت الداعم لأمن السودان واستقراره ووحدة أراضيه، ومستعرضاً مخرجات قمة دول جوار السودان "
     "التي استضافتها القاهرة في 13 يوليو الماضي.\n"
     "ومن جانبه، أعرب رئيس مجلس السيادة السوداني عن تقديره للجهود المصرية.\n"
     "وفي سياق متصل، التقى السيد سامح شكري وزير الخارجية بالسيد علي الصادق القائم بأعمال وزير الخارجية السوداني، "
     "المرافق للبرهان في زيارته، حيث تم التباحث حول ترتيبات إيصال المساعدات الإنسانية.\n"
     "وكان السيد الرئيس قد تلقى في وقت سابق اتصالاً هاتفياً من الرئيس الكيني وليام روتو، تناول تطورات الأوضاع في "
     "السودان.",
     [("MET_WITH", SISI, BURHAN, "استقبل اليوم بمدينة العلمين الجديدة", "2023-08-29"),
      ("MET_WITH", KAMEL, SISI, "بحضور السيد اللواء عباس كامل", "2023-08-29"),
      ("MET_WITH", KAMEL, BURHAN, "عباس كامل رئيس المخابرات العامة", "2023-08-29"),
      ("MEMBER_OF", FAHMY, EGPRES, "المتحدث الرسمي باسم رئاسة الجمهورية"),
      ("LEADS", BURHAN, SOV, "رئيس مجلس السيادة الانتقالي بجمهورية السودان"),
      ("LEADS", KAMEL, EGINT, "رئيس المخابرات العامة"),
      ("MET_WITH", SHOUKRY, ALISADIQ, "التقى السيد سامح شكري وزير الخارجية بالسيد", "2023-08-29"),
      ("LEADS", SHOUKRY, EGFM, "سامح شكري وزير الخارجية"),
      ("LEADS", ALISADIQ, SUDFM, "القائم بأعمال وزير الخارجية السوداني"),
      ("LEADS", RUTO, KENYA, "الرئيس الكيني وليام روتو"),
      ],
     {"source": PRES, "published": "2023-08-29"}),

    ("enOP5_burhan_in_juba_afp", "en",
     "Sudan army chief Burhan in South Sudan on second trip abroad since war\n"
     "JUBA, South Sudan (AFP) - Sudan's army chief Abdel Fattah al-Burhan held talks with South Sudanese President "
     "Salva Kiir in Juba on Monday, his second foreign trip since his forces went to war with the paramilitary "
     "Rapid Support Forces in April.\n"
     "The two leaders discussed ways to end the conflict and the flow of South Sudanese oil through Port Sudan, "
     "Kiir's office said. Tut Gatluak, the South Sudanese president's adviser on security affairs, who mediated "
     "the 2020 Juba agreement, also attended.\n"
     "Burhan, who last week visited Egypt for talks with President Abdel Fattah al-Sisi, has been based in Port "
     "Sudan since leaving the besieged army headquarters in Khartoum in August.\n"
     "In May, Burhan sacked the RSF leader, Mohamed Hamdan Daglo, as his deputy on the ruling Sovereign Council "
     "and named former rebel leader Malik Agar to replace him.\n"
     "The war has killed thousands. In June, West Darfur governor Khamis Abakar was killed in El Geneina hours "
     "after accusing the RSF of \"genocide\" in a television interview. The UN said witnesses blamed the RSF, "
     "which denied involvement.",
     [("MET_WITH", BURHAN, KIIR, "held talks with South Sudanese President", "2023-09-04"),
      ("MET_WITH", GATLUAK, BURHAN, "the 2020 Juba agreement, also attended", "2023-09-04"),
      ("MET_WITH", GATLUAK, KIIR, "Tut Gatluak, the South Sudanese president's adviser", "2023-09-04"),
      ("LEADS", BURHAN, SAF, "Sudan's army chief Abdel Fattah al-Burhan"),
      ("LEADS", KIIR, SSUDAN, "South Sudanese President"),
      ("MET_WITH", BURHAN, SISI, "visited Egypt for talks with President", "2023-08-29"),
      ("LEADS", SISI, EGYPT, "President Abdel Fattah al-Sisi"),
      ("LEADS", HEMEDTI, RSF, "the RSF leader, Mohamed Hamdan Daglo"),
      ("SUCCESSOR_OF", AGAR, HEMEDTI, "named former rebel leader Malik Agar to replace him", "2023-05-19"),
      ("MEMBER_OF", AGAR, SOV, "Malik Agar to replace him"),
      ],
     {"source": AFP, "published": "2023-09-04"}),

    ("arOP6_hamdok_second_cabinet_dabanga", "ar",
     "حمدوك يعلن حكومته الثانية: جبريل إبراهيم للمالية ومريم الصادق للخارجية\n"
     "الخرطوم - راديو دبنقا\n"
     "أعلن رئيس الوزراء الانتقالي الدكتور عبد الله حمدوك، مساء الاثنين، تشكيل الحكومة الانتقالية الثانية التي تضم "
     "25 وزيراً، بينهم ممثلون للحركات المسلحة الموقعة على اتفاق جوبا للسلام.\n"
     "وعُيّن رئيس حركة العدل والمساواة الدكتور جبريل إبراهيم وزيراً للمالية والتخطيط الاقتصادي خلفاً للوزيرة "
     "المكلفة هبة محمد علي، فيما تولت الدكتورة مريم الصادق المهدي، نائبة رئيس حزب الأمة القومي، حقيبة الخارجية "
     "خلفاً لعمر قمر الدين إسماعيل.\n"
     "وكان جبريل قد تولى رئاسة الحركة في يناير 2012 خلفاً لشقيقه الدكتور خليل إبراهيم، الذي قتله الجيش السوداني في "
     "غارة جوية بشمال كردفان في ديسمبر 2011.\n"
     "وقبيل إعلان التشكيل، استقبل حمدوك بمكتبه عضوي مجلس السيادة الدكتور الهادي إدريس والفريق مالك عقار، وبحث "
     "معهما ترتيبات تنفيذ بند تقاسم السلطة.\n"
     "ولم يُشارك رئيس حركة تحرير السودان مني أركو مناوي في الحكومة، إذ يُرشَّح لمنصب حاكم إقليم دارفور.\n"
     "ويأتي التشكيل بعد أقل من عام على نجاة حمدوك من محاولة اغتيال استهدفت موكبه في الخرطوم في مارس الماضي.",
     [("LEADS", HAMDOK, SUDAN, "رئيس الوزراء الانتقالي الدكتور"),
      ("LEADS", GIBRIL, JEM, "رئيس حركة العدل والمساواة الدكتور"),
      ("SUCCESSOR_OF", GIBRIL, HEBA, "خلفاً للوزيرة المكلفة", "2021-02-08"),
      ("SUCCESSOR_OF", MARIAM, QAMAR, "خلفاً لعمر قمر الدين", "2021-02-08"),
      ("MEMBER_OF", MARIAM, UMMA, "نائبة رئيس حزب الأمة القومي"),
      ("SUCCESSOR_OF", GIBRIL, KHALIL, "خلفاً لشقيقه الدكتور", "2012-01"),
      ("ASSASSINATED_BY", KHALIL, SAF, "الذي قتله الجيش السوداني", "2011-12-25"),
      ] + met_group({HAMDOK: "استقبل حمدوك بمكتبه", HADI: "عضوي مجلس السيادة الدكتور الهادي إدريس",
                     AGAR: "والفريق مالك عقار"}, "2021-02-08") + [
      ("MEMBER_OF", HADI, SOV, "مجلس السيادة الدكتور الهادي"),
      ("MEMBER_OF", AGAR, SOV, "الهادي إدريس والفريق مالك"),
      ("LEADS", MINAWI, SLM, "رئيس حركة تحرير السودان مني"),
      ],
     {"source": DABANGA, "published": "2021-02-08"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOP")
