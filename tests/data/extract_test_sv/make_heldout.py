"""Blind set SV: the Taliban's emirate, its guests and its dead, 2022-2024 (second folder of SU-SV): Wang Yi's
unannounced visit to Kabul and his meetings with Muttaqi and Baradar (March 2022), Muttaqi in Tehran with
Amir-Abdollahian and his talks there with Ahmad Massoud and Ismail Khan (January 2022), the US drone strike
that killed Ayman al-Zawahiri in Kabul (July 2022), the suicide bombing that killed the cleric Rahimullah
Haqqani (August 2022), the bombing that killed the Balkh governor Mohammad Dawood Muzammil and the
appointment of Mohammad Yousuf Wafa in his place (March 2023), the bombing that killed the refugees minister
Khalil Haqqani and Sirajuddin Haqqani's reception in Abu Dhabi (June and December 2024), as a British wire
writes it in English (Reuters-like: "KABUL, March 24 (Reuters) -"), a Qatari TV channel's Arabic website (Al
Jazeera Net-like: "طهران - الجزيرة نت"), a US wire in English (AP-like: "WASHINGTON (AP) —"), a London-based
Saudi daily in Arabic (Asharq Al-Awsat-like: "كابل: «الشرق الأوسط»"), an Afghan news agency in English
(Pajhwok-like: "MAZAR-I-SHARIF (Pajhwok):", "Daesh") and a British wire's Arabic service (Reuters
Arabic-like: "كابول (رويترز) -").
Pieces: Wang Yi meets Muttaqi, then Baradar, in Kabul (English, SV1); Amir-Abdollahian meets Muttaqi; Muttaqi
meets Massoud and Ismail Khan separately; Kazemi Qomi had met Akhund in Kabul (Arabic, SV2); al-Zawahiri killed
by a US drone, he had succeeded bin Laden, killed by US forces (English, SV3); Rahimullah Haqqani killed in a
bombing claimed by IS-Khorasan (Arabic, SV4); Muzammil killed in a bombing claimed by Daesh, Wafa named in
his place (English, SV5); Khalil Haqqani killed in a bombing claimed by IS-Khorasan; Mohamed bin Zayed had
received Sirajuddin Haqqani in Abu Dhabi (Arabic, SV6).
Excluded on purpose (no relation): Wang's expected meeting in New Delhi, the ministers expected at the Tunxi
meeting (SV1); the Iranian foreign ministry's statement on recognition, the denial by people close to the
Resistance Front (SV2); the Haqqani aide who owned the house and the Haqqanis' alleged hiding of al-Zawahiri
(accusation only), the Taliban's condemnation (SV3); the 2020 Peshawar bombing that Rahimullah survived (no
agent, no death), the government's "enemies" (no agent named) (SV4); the two guards killed (unnamed), the
suspects arrested (SV5); the successor not yet named at the refugees ministry, the US bounty (SV6).
Judgement calls: Wang "met" Muttaqi at the ministry and "later held talks with" Baradar: two meetings, the two
Taliban men not paired (SV1); "التقى ... كلاً على حدة" two people: two meetings, the two not paired (SV2); a
visit in which the envoy "اجتمع" the acting prime minister is a meeting (SV2); "took over al-Qaida after
bin Laden was killed" is a succession (SV3); "a U.S. Navy SEAL raid killed Osama bin Laden" gives bin Laden ->
United States (SV3); a killing whose responsibility the Islamic State claims gives victim -> the claimant (its
Khorasan branch, named "Daesh" by the Afghan agency) (SV4, SV5, SV6); "appointed ... in place of the slain"
governor is a succession (SV5); "استقبله ... في قصر الشاطئ" is a meeting (SV6).
Filled in for the exercise: the order of Wang's meetings and the spokesman's wording (SV1); the wording of the
statements, the date of Kazemi Qomi's visit (SV2); the officials' wording (SV3); the wording of the claim and of
the condolences (SV4); the police spokesman's wording, the day of Wafa's appointment (SV5); the wording of the
claim and of the officials' remarks (SV6).
Spellings: "Amir Khan Muttaqi", "Mullah Abdul Ghani Baradar", "Abdul Qahar Balkhi" (SV1); «أمير خان متقي»،
«حسين أمير عبد اللهيان»، «أحمد مسعود»، «إسماعيل خان»، «حسن كاظمي قمي» (SV2); "Ayman al-Zawahri", "Osama bin
Laden", "Sirajuddin Haqqani" (SV3); «الشيخ رحيم الله حقاني»، «داعش - ولاية خراسان» (SV4); "Mawlvi Mohammad
Dawood Muzammil", "Mohammad Yousuf Wafa" (SV5); «خليل الرحمن حقاني»، «الشيخ محمد بن زايد آل نهيان» (SV6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_sv import ALL  # noqa: E402

HERE = Path(__file__).parent

AFGHANISTAN, US, CHINA, IRAN, UAE = ("country:afghanistan", "country:united-states", "country:china",
                                     "country:iran", "country:united-arab-emirates")
KABUL, TEHRAN, ABU_DHABI = "location:kabul", "location:tehran", "location:abu-dhabi"
TALIBAN, HAQQANI_NET, AQ, ISKP, AFG_INTERIOR, AFG_FOREIGN, NRF, IR_FOREIGN = (
    "organization:taliban", "organization:haqqani-network", "organization:al-qaeda",
    "organization:islamic-state-khorasan", "organization:afghan-interior-ministry",
    "organization:afghan-foreign-ministry", "organization:national-resistance-front-of-afghanistan",
    "organization:iranian-foreign-ministry")
BARADAR, SIRAJ, MUTTAQI, AKHUND, MUJAHID, KHALIL, RAHIMULLAH, MUZAMMIL, WAFA = (
    "person:abdul-ghani-baradar", "person:sirajuddin-haqqani", "person:amir-khan-muttaqi",
    "person:mohammad-hassan-akhund", "person:zabihullah-mujahid", "person:khalil-haqqani",
    "person:rahimullah-haqqani", "person:mohammad-dawood-muzammil", "person:mohammad-yousuf-wafa")
MASSOUD, ISMAIL_KHAN = "person:ahmad-massoud", "person:ismail-khan"
ZAWAHIRI, BIN_LADEN, BIDEN, BLINKEN = ("person:ayman-al-zawahiri", "person:osama-bin-laden", "person:joe-biden",
                                       "person:antony-blinken")
WANG, AMIR_ABDOLLAHIAN, KAZEMI, MBZ = ("person:wang-yi", "person:hossein-amir-abdollahian",
                                       "person:hassan-kazemi-qomi", "person:mohamed-bin-zayed")

REUTERS = "blind set (British news wire, English, Reuters-like)"
JAZEERA = "blind set (Qatari TV channel's Arabic website, Al Jazeera Net-like)"
AP = "blind set (US news wire, English, AP-like)"
ASHARQ = "blind set (London-based Saudi daily, Arabic, Asharq Al-Awsat-like)"
PAJHWOK = "blind set (Afghan news agency, English, Pajhwok-like)"
REUTERS_AR = "blind set (British news wire, Arabic service, Reuters-like)"

ARTICLES = [
    ("enSV1_wang_yi_in_kabul_reuters", "en",
     "China's Wang Yi makes surprise visit to Kabul, meets Taliban leaders\n"
     "KABUL, March 24 (Reuters) - Chinese Foreign Minister Wang Yi arrived in Kabul on Thursday on an "
     "unannounced visit, the most senior Chinese official to travel to Afghanistan since the Taliban seized "
     "power last August.\n"
     "Wang met acting Foreign Minister Amir Khan Muttaqi at the foreign ministry, and later held talks with "
     "Mullah Abdul Ghani Baradar, the acting first deputy prime minister, on political and economic ties, "
     "mining and Afghanistan's possible role in China's Belt and Road Initiative, ministry spokesman Abdul "
     "Qahar Balkhi said on Twitter.\n"
     "No country has formally recognised the Taliban administration, and Beijing has repeatedly urged it to "
     "form an inclusive government and to break with militant groups.\n"
     "The visit came a day after the Taliban reversed a decision to reopen high schools for girls, a move "
     "that drew sharp criticism from Western capitals.\n"
     "Wang, who arrived from Islamabad, was expected to fly on to New Delhi, where Indian officials said he "
     "would meet National Security Adviser Ajit Doval. Muttaqi is due to travel to China next week for a "
     "meeting of Afghanistan's neighbours in the town of Tunxi, which Russia's Sergei Lavrov is also expected "
     "to attend.",
     [("MET_WITH", WANG, MUTTAQI, "Wang met acting Foreign Minister", "2022-03-24"),
      ("MET_WITH", WANG, BARADAR, "later held talks with", "2022-03-24"),
      ("VISITED", WANG, KABUL, "Chinese Foreign Minister Wang Yi arrived in Kabul"),
      ("LEADS", MUTTAQI, AFG_FOREIGN, "Wang met acting Foreign Minister"),
      ],
     {"source": REUTERS, "published": "2022-03-24"}),

    ("arSV2_muttaqi_in_tehran_jazeera", "ar",
     "متقي في طهران: لقاء مع أمير عبد اللهيان ومحادثات مع أحمد مسعود وإسماعيل خان\n"
     "طهران - الجزيرة نت\n"
     "التقى وزير الخارجية الإيراني حسين أمير عبد اللهيان، الأحد، وزير الخارجية في حكومة تصريف الأعمال "
     "الأفغانية أمير خان متقي، الذي يزور طهران على رأس وفد رفيع، في أول زيارة لمسؤول كبير في طالبان إلى "
     "إيران منذ سيطرة الحركة على كابل في أغسطس/آب الماضي.\n"
     "ونقلت وكالة الأنباء الرسمية (إرنا) عن أمير عبد اللهيان قوله إن بلاده لن تعترف بالحكومة الجديدة ما لم "
     "تكن \"شاملة وتمثل جميع المكونات\".\n"
     "وأعلن المتحدث باسم الحكومة الأفغانية ذبيح الله مجاهد أن متقي التقى أيضاً في طهران، كلاً على حدة، "
     "زعيم جبهة المقاومة الوطنية أحمد مسعود، والقائد الجهادي السابق في هرات إسماعيل خان، وأنه أكد لهما أن "
     "بإمكانهما العودة إلى البلاد \"بأمان\".\n"
     "في المقابل، نفت مصادر مقربة من جبهة المقاومة أن تكون المحادثات قد أسفرت عن أي اتفاق.\n"
     "وكان المبعوث الإيراني الخاص لأفغانستان حسن كاظمي قمي قد زار كابل الشهر الماضي، حيث اجتمع برئيس "
     "الوزراء بالوكالة الملا محمد حسن آخوند، وبحث معه ملفَّي الحدود والمياه.",
     [("MET_WITH", AMIR_ABDOLLAHIAN, MUTTAQI, "الأفغانية أمير خان متقي، الذي", "2022-01-09"),
      ("LEADS", AMIR_ABDOLLAHIAN, IR_FOREIGN, "التقى وزير الخارجية الإيراني حسين"),
      ("LEADS", MUTTAQI, AFG_FOREIGN, "الأفغانية أمير خان متقي، الذي"),
      ("VISITED", MUTTAQI, TEHRAN, "الذي يزور طهران على رأس وفد"),
      ("MET_WITH", MUTTAQI, MASSOUD, "زعيم جبهة المقاومة الوطنية أحمد مسعود", "2022-01-09"),
      ("MET_WITH", MUTTAQI, ISMAIL_KHAN, "والقائد الجهادي السابق في هرات إسماعيل خان", "2022-01-09"),
      ("LEADS", MASSOUD, NRF, "زعيم جبهة المقاومة الوطنية أحمد مسعود"),
      ("VISITED", KAZEMI, KABUL, "قد زار كابل الشهر الماضي"),
      ("MET_WITH", KAZEMI, AKHUND, "حيث اجتمع برئيس", "2021-12"),
      ("LEADS", AKHUND, AFGHANISTAN, "الوزراء بالوكالة الملا محمد حسن آخوند"),
      ],
     {"source": JAZEERA, "published": "2022-01-09"}),

    ("enSV3_zawahri_killed_kabul_ap", "en",
     "US kills al-Qaida leader Ayman al-Zawahri in drone strike in Kabul\n"
     "WASHINGTON (AP) — Al-Qaida leader Ayman al-Zawahri was killed by a U.S. drone strike in Kabul over the "
     "weekend, President Joe Biden announced Monday, the most significant blow to the terror group since a "
     "U.S. Navy SEAL raid killed Osama bin Laden more than a decade ago.\n"
     "Al-Zawahri, 71, was standing on the balcony of a safe house in the Afghan capital's Sherpur "
     "neighborhood at 6:18 a.m. on Sunday when he was struck by two Hellfire missiles, officials said. His "
     "wife and daughter, who were inside, were not hurt.\n"
     "The Egyptian-born surgeon took over al-Qaida after bin Laden was killed in Pakistan in 2011.\n"
     "A senior administration official said the house was owned by a top aide to Sirajuddin Haqqani, the "
     "Taliban's interior minister, and accused members of the Haqqani network of trying to hide al-Zawahri's "
     "presence after the strike.\n"
     "Taliban spokesman Zabihullah Mujahid condemned the strike as a violation of \"international principles\" "
     "but did not say who had been killed. Secretary of State Antony Blinken said that by hosting the "
     "al-Qaida chief, the Taliban had \"grossly violated\" the 2020 Doha agreement.",
     [("ASSASSINATED_BY", ZAWAHIRI, US, "was killed by a U.S. drone strike in Kabul", "2022-07-31"),
      ("ASSASSINATED_BY", BIN_LADEN, US, "Navy SEAL raid killed Osama bin Laden", "2011-05"),
      ("SUCCESSOR_OF", ZAWAHIRI, BIN_LADEN, "took over al-Qaida after bin Laden", "2011"),
      ("LEADS", ZAWAHIRI, AQ, "Al-Qaida leader Ayman al-Zawahri was killed"),
      ("LEADS", BIDEN, US, "President Joe Biden announced"),
      ("LEADS", SIRAJ, AFG_INTERIOR, "Taliban's interior minister"),
      ],
     {"source": AP, "published": "2022-08-01"}),
]

ARTICLES += [
    ("arSV4_rahimullah_haqqani_killed_asharq", "ar",
     "مقتل رجل الدين البارز رحيم الله حقاني بتفجير انتحاري في كابل\n"
     "كابل: «الشرق الأوسط»\n"
     "قُتل الشيخ رحيم الله حقاني، أحد أبرز رجال الدين الموالين لحركة طالبان، أمس، في تفجير انتحاري استهدف "
     "مدرسته الدينية في العاصمة الأفغانية، وتبنّاه تنظيم \"داعش - ولاية خراسان\".\n"
     "وقال مسؤولون في طالبان إن المهاجم، وهو مبتور الساق، أخفى المتفجرات داخل طرف صناعي، وفجّر نفسه لدى "
     "دخوله مكتب الشيخ.\n"
     "وأعلن التنظيم، في بيان نشرته وكالة \"أعماق\" التابعة له، أن أحد عناصره نفّذ الهجوم، واصفاً حقاني بأنه "
     "من \"رؤوس\" الحركة.\n"
     "ونعاه المتحدث باسم الحكومة ذبيح الله مجاهد، وقال إنه \"استشهد في هجوم جبان نفّذه أعداء الإسلام\".\n"
     "وكان حقاني قد نجا في أكتوبر/تشرين الأول 2020 من تفجير استهدف مدرسته في مدينة بيشاور الباكستانية، ولم "
     "تعلن أي جهة مسؤوليتها عنه آنذاك.\n"
     "وعُرف الراحل بخطبه المناهضة لتنظيم \"داعش\"، وبفتوى أصدرها قبل أشهر قال فيها إن الشريعة تجيز تعليم "
     "الفتيات.",
     [("ASSASSINATED_BY", RAHIMULLAH, ISKP, "وتبنّاه تنظيم", "2022-08-11"),
      ],
     {"source": ASHARQ, "published": "2022-08-12"}),

    ("enSV5_balkh_governor_killed_pajhwok", "en",
     "Balkh governor Muzammil killed in blast, Wafa named successor\n"
     "MAZAR-I-SHARIF (Pajhwok): Balkh Governor Mawlvi Mohammad Dawood Muzammil was killed along with two of "
     "his guards in an explosion at his office here on Thursday morning, officials said.\n"
     "Provincial police spokesman Mohammad Asif Waziri told Pajhwok Afghan News a suicide bomber had "
     "detonated his explosives inside the governor's office on the second floor of the building.\n"
     "The Daesh militant group claimed responsibility for the attack in a statement carried by its Amaq "
     "news agency.\n"
     "Muzammil, who had earlier served as governor of eastern Nangarhar province, where he led operations "
     "against Daesh fighters, was appointed governor of Balkh in late 2021. He is the most senior official "
     "of the Islamic Emirate killed since its return to power.\n"
     "Police said two suspects had been detained in Mazar-i-Sharif in connection with the attack.\n"
     "On Sunday, the Islamic Emirate appointed Mohammad Yousuf Wafa, the former governor of Kandahar, as "
     "governor of Balkh in place of the slain Muzammil, according to a decree shared by spokesman Zabihullah "
     "Mujahid.",
     [("ASSASSINATED_BY", MUZAMMIL, ISKP, "The Daesh militant group claimed responsibility", "2023-03-09"),
      ("SUCCESSOR_OF", WAFA, MUZAMMIL, "in place of the slain Muzammil", "2023-03-12"),
      ],
     {"source": PAJHWOK, "published": "2023-03-12"}),

    ("arSV6_khalil_haqqani_killed_reuters_ar", "ar",
     "مقتل وزير اللاجئين في حكومة طالبان خليل حقاني بتفجير في كابول\n"
     "كابول (رويترز) - قُتل وزير شؤون اللاجئين والعائدين في حكومة طالبان خليل الرحمن حقاني، الأربعاء، في "
     "تفجير داخل مقر الوزارة في كابول، في هجوم أعلن تنظيم \"الدولة الإسلامية - ولاية خراسان\" المسؤولية "
     "عنه في وقت لاحق.\n"
     "وقال مسؤول في طالبان، طلب عدم نشر اسمه، إن انتحارياً فجّر نفسه في أثناء اجتماع كان يعقده الوزير، "
     "وإن عدداً من مرافقيه قُتلوا أيضاً.\n"
     "وخليل حقاني عمّ وزير الداخلية سراج الدين حقاني، وأحد القادة البارزين في \"شبكة حقاني\"، وكانت "
     "الولايات المتحدة قد رصدت مكافأة قدرها خمسة ملايين دولار لمن يدلي بمعلومات عنه.\n"
     "ويُعدّ أبرز مسؤول في الحكومة يُقتل منذ عودة الحركة إلى السلطة في آب/أغسطس 2021. ولم يُعلن بعد من "
     "سيتولى حقيبة اللاجئين خلفاً له.\n"
     "وكان سراج الدين حقاني قد زار أبوظبي في حزيران/يونيو الماضي، حيث استقبله رئيس دولة الإمارات الشيخ "
     "محمد بن زايد آل نهيان في قصر الشاطئ، في واحدة من زياراته العلنية النادرة إلى الخارج.",
     [("ASSASSINATED_BY", KHALIL, ISKP, "أعلن تنظيم \"الدولة الإسلامية", "2024-12-11"),
      ("MEMBER_OF", KHALIL, HAQQANI_NET, "وأحد القادة البارزين في"),
      ("LEADS", SIRAJ, AFG_INTERIOR, "عمّ وزير الداخلية سراج الدين حقاني"),
      ("VISITED", SIRAJ, ABU_DHABI, "قد زار أبوظبي"),
      ("MET_WITH", SIRAJ, MBZ, "حيث استقبله رئيس دولة", "2024-06-04"),
      ("LEADS", MBZ, UAE, "حيث استقبله رئيس دولة"),
      ],
     {"source": REUTERS_AR, "published": "2024-12-11"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSV")
