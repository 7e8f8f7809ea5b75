"""Blind set UT: Syria 2012-2014 (second folder of US-UT): Lakhdar Brahimi, named to replace Kofi Annan, meets
Bashar al-Assad in Damascus (September 2012); Brahimi in Tehran with Ali Akbar Salehi and Mahmoud Ahmadinejad
(October 2012); Sergei Lavrov receives Brahimi in Moscow (December 2012); the Emir of Qatar receives the new
National Coalition's leaders in Doha (November 2012); Barack Obama drops in on Ahmad al-Jarba's talks with
Susan Rice at the White House (May 2014); Geneva II, Brahimi brings the two delegations into one room (January
2014), as a US wire writes it in English (AP-like: "DAMASCUS, Syria (AP) —"), Iran's state agency in Arabic
(IRNA-like: "طهران - إرنا"), Russia's state agency in English (ITAR-TASS-like: "MOSCOW, December 29
(Itar-Tass) -"), Qatar's state agency in Arabic (QNA-like: "الدوحة في 12 نوفمبر /قنا/", "حضرة صاحب السمو"), a
US daily in English (Washington Post-like) and a London-based pan-Arab daily in Arabic (Al-Hayat-like: "جنيف -
«الحياة»").
Pieces: Brahimi, appointed to replace Annan, meets Assad, had met Muallem and Abdul-Azim the day before
(English, UT1); Brahimi meets Salehi, Ahmadinejad receives him with Salehi present; his predecessor Annan had
met Salehi (Arabic, UT2); Lavrov receives Brahimi with Bogdanov; Brahimi had briefed Elaraby in Cairo and been
received by Assad; Annan had met Putin (English, UT3); the Emir receives Khatib, Seif and Atassi with Hamad bin
Jassim present (Arabic, UT4); Obama meets Jarba with Rice; Jarba met Kerry; Jarba elected to succeed Khatib;
Rubinstein named to succeed Ford (English, UT5); Brahimi, Muallem and Bahra in one room; Kerry meets Jarba,
then Lavrov (Arabic, UT6).
Excluded on purpose (no relation): Brahimi's refusal to meet FSA commanders, the journalist killed by
"terrorists" (no agent named) (UT1); the planned meeting with Jalili, the denied meeting with Soleimani (UT2);
Putin, whom Brahimi will not meet, Khatib's turned-down invitation (UT3); Hamad bin Jassim's phone call with
Clinton (UT4); Jaafari's accusation, the meeting with Hagel not confirmed (UT5); Muallem's denial that he met
Jarba, Ban's invitation to Iran withdrawn (UT6).
Judgement calls: "appointed ... to replace" and "سلفه" (his predecessor) are successions (UT1, UT2, UT3);
"بحضور" one attendee: paired with both principals (UT2, UT4), several guests received together are paired
with each other (UT4, as SR6's attendees); "had briefed Elaraby in Cairo" is a meeting in person (UT3);
"dropping in on talks" between Jarba and Rice: a meeting of the three (UT5); the joint session in one room is a
meeting of the mediator and the two heads of delegation, though they addressed each other through him (UT6);
the Emir LEADS Qatar, the prime minister LEADS Qatar (SQ), the President LEADS the country (SR1).
Filled in for the exercise: the day of the meetings with Muallem and Abdul-Azim, the spokesman's words (UT1);
Salehi's presence at the meeting with Ahmadinejad, the denial about Soleimani (UT2); Bogdanov's presence,
Peskov's words (UT3); the hour and the palace, the phone call (UT4); the day of the meeting with Kerry, the
Hagel meeting (UT5); the day of the joint session, Muallem's denial, Kerry's meetings at Montreux (UT6).
Spellings: "Lakhdar Brahimi", "Bashar Assad", "Walid al-Moallem", "Hassan Abdul-Azim" (UT1); «الأخضر
الإبراهيمي»، «علي أكبر صالحي»، «محمود أحمدي نجاد»، «كوفي عنان» (UT2); "Sergei Lavrov", "Nabil al-Arabi",
"Ahmad Moaz al-Khatib" (UT3); «الشيخ حمد بن خليفة آل ثاني»، «أحمد معاذ الخطيب»، «سهير الأتاسي» (UT4);
"Ahmad al-Jarba", "Susan E. Rice", "John F. Kerry" (UT5); «هادي البحرة»، «أحمد الجربا»، «بان كي مون» (UT6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ut import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, QATAR, IRAN, RUSSIA, US = (
    "country:syria", "country:qatar", "country:iran", "country:russia", "country:united-states")
LEAGUE, UN, SNC, COALITION, NCB = (
    "organization:arab-league", "organization:united-nations", "organization:syrian-national-council",
    "organization:syrian-national-coalition", "organization:national-coordination-body")
ASSAD, MUALLEM, JAAFARI = "person:bashar-al-assad", "person:walid-muallem", "person:bashar-al-jaafari"
SABRA, KHATIB, JARBA, SEIF, ATASSI, BAHRA, ABDEL_AZIM = (
    "person:george-sabra", "person:moaz-al-khatib", "person:ahmad-jarba", "person:riad-seif",
    "person:suheir-atassi", "person:hadi-al-bahra", "person:hassan-abdel-azim")
ELARABY, ANNAN, BRAHIMI, BAN = (
    "person:nabil-elaraby", "person:kofi-annan", "person:lakhdar-brahimi", "person:ban-ki-moon")
EMIR, HBJ = "person:hamad-bin-khalifa-al-thani", "person:hamad-bin-jassim-al-thani"
AHMADINEJAD, SALEHI, JALILI, SOLEIMANI = (
    "person:mahmoud-ahmadinejad", "person:ali-akbar-salehi", "person:saeed-jalili", "person:qasem-soleimani")
LAVROV, BOGDANOV, PUTIN = "person:sergei-lavrov", "person:mikhail-bogdanov", "person:vladimir-putin"
OBAMA, RICE, KERRY, FORD, RUBINSTEIN = (
    "person:barack-obama", "person:susan-rice", "person:john-kerry", "person:robert-ford",
    "person:daniel-rubinstein")

AP = "blind set (US news wire, English, AP-like)"
IRNA = "blind set (Iranian state news agency, Arabic service, IRNA-like)"
TASS = "blind set (Russian state news agency, English, ITAR-TASS-like)"
QNA = "blind set (Qatar News Agency, Arabic, QNA-like)"
WAPO = "blind set (US daily, English, Washington Post-like)"
HAYAT = "blind set (London-based pan-Arab daily, Arabic, Al-Hayat-like)"

ARTICLES = [
    ("enUT1_brahimi_meets_assad_ap", "en",
     "New envoy Brahimi meets Assad, says Syria crisis threatens the world\n"
     "DAMASCUS, Syria (AP) — The new international envoy for Syria, Lakhdar Brahimi, met with President Bashar "
     "Assad in Damascus on Saturday and warned afterward that the crisis was \"deteriorating\" and posed a "
     "threat to the region and to world peace.\n"
     "The veteran Algerian diplomat was appointed last month to replace former U.N. Secretary-General Kofi "
     "Annan, who quit in frustration after his six-point peace plan collapsed. On Friday, Brahimi held talks "
     "with Foreign Minister Walid al-Moallem and with a group of opposition figures tolerated by the "
     "government, among them Hassan Abdul-Azim of the National Coordination Body for Democratic Change.\n"
     "State TV quoted Assad as telling his guest that the success of any mission depended on pressure on "
     "\"countries that finance and arm terrorists.\"\n"
     "A spokesman said Brahimi had no plans to meet Free Syrian Army commanders during this trip.\n"
     "In the eastern city of Deir el-Zour, state media said \"terrorists\" killed Mohammed al-Ashram, a "
     "cameraman for the pro-government al-Ikhbariya channel. Activists reported more than 100 people killed "
     "nationwide on Saturday.",
     [("MET_WITH", BRAHIMI, ASSAD, "met with President Bashar", "2012-09-15"),
      ("LEADS", ASSAD, SYRIA, "with President Bashar"),
      ("SUCCESSOR_OF", BRAHIMI, ANNAN, "appointed last month to replace", "2012-08-17"),
      ("MET_WITH", BRAHIMI, MUALLEM, "with Foreign Minister Walid al-Moallem", "2012-09-14"),
      ("MET_WITH", BRAHIMI, ABDEL_AZIM, "among them Hassan Abdul-Azim", "2012-09-14"),
      ("MEMBER_OF", ABDEL_AZIM, NCB, "Hassan Abdul-Azim of the National"),
      ],
     {"source": AP, "published": "2012-09-15"}),

    ("arUT2_brahimi_tehran_irna", "ar",
     "الإبراهيمي في طهران: لإيران دور في حل الأزمة السورية\n"
     "طهران - إرنا\n"
     "التقى المبعوث الأممي والعربي الخاص إلى سوريا الأخضر الإبراهيمي اليوم الأحد وزير الخارجية علي أكبر صالحي، "
     "في مستهل زيارة لطهران تستغرق يومين، وبحث معه سبل وقف العنف في سوريا والدعوة إلى هدنة خلال عيد الأضحى.\n"
     "وقال صالحي في مؤتمر صحفي مشترك مع ضيفه إن الجمهورية الإسلامية «تدعم أي مبادرة تقوم على الحوار السوري-"
     "السوري وترفض التدخل الأجنبي».\n"
     "واستقبل رئيس الجمهورية محمود أحمدي نجاد الإبراهيمي مساءً بحضور صالحي، مؤكداً أن «الحل العسكري لن ينجح "
     "في سوريا».\n"
     "ومن المقرر أن يلتقي المبعوث غداً أمين المجلس الأعلى للأمن القومي سعيد جليلي، قبل أن يتوجه إلى بغداد.\n"
     "وكان سلفه كوفي عنان قد زار طهران في نيسان الماضي، حيث أجرى محادثات مع صالحي حول خطته ذات النقاط الست.\n"
     "ونفت الخارجية الإيرانية ما أوردته وسائل إعلام غربية عن لقاء جمع الإبراهيمي بقائد فيلق القدس اللواء قاسم "
     "سليماني.",
     [("MET_WITH", BRAHIMI, SALEHI, "وزير الخارجية علي أكبر صالحي", "2012-10-14"),
      ("MET_WITH", AHMADINEJAD, BRAHIMI, "محمود أحمدي نجاد الإبراهيمي مساءً", "2012-10-14"),
      ("MET_WITH", AHMADINEJAD, SALEHI, "مساءً بحضور صالحي", "2012-10-14"),
      ("LEADS", AHMADINEJAD, IRAN, "رئيس الجمهورية محمود"),
      ("SUCCESSOR_OF", BRAHIMI, ANNAN, "وكان سلفه كوفي عنان", "2012-08-17"),
      ("MET_WITH", ANNAN, SALEHI, "حيث أجرى محادثات مع صالحي", "2012-04-11"),
      ],
     {"source": IRNA, "published": "2012-10-14"}),

    ("enUT3_lavrov_brahimi_moscow_tass", "en",
     "Lavrov, Brahimi agree there is no military solution in Syria\n"
     "MOSCOW, December 29 (Itar-Tass) - Russian Foreign Minister Sergei Lavrov held talks on Saturday with the "
     "UN-Arab League Special Representative for Syria, Lakhdar Brahimi, at the Foreign Ministry's mansion on "
     "Spiridonovka Street.\n"
     "Deputy Foreign Minister Mikhail Bogdanov, the President's special envoy for the Middle East, also took "
     "part in the talks. \"We agreed that there is no military solution,\" Lavrov told reporters afterwards.\n"
     "Brahimi arrived in Moscow from Cairo, where he had briefed Arab League Secretary General Nabil al-Arabi on "
     "his five-day stay in Damascus, during which he was received by President Bashar al-Assad on December 24.\n"
     "No meeting between Brahimi and President Vladimir Putin is planned, Kremlin press secretary Dmitry Peskov "
     "said.\n"
     "Lavrov said Moscow had invited the leader of the Syrian opposition coalition, Ahmad Moaz al-Khatib, for "
     "talks, but Khatib turned down the invitation and demanded an apology from Russia.\n"
     "Brahimi's predecessor, Kofi Annan, met Putin at the Kremlin in July, days before he announced his "
     "resignation.",
     met_group({LAVROV: "Russian Foreign Minister Sergei Lavrov held talks", BRAHIMI: "Syria, Lakhdar Brahimi, at",
                BOGDANOV: "Deputy Foreign Minister Mikhail Bogdanov"}, "2012-12-29")
     + [("MET_WITH", BRAHIMI, ELARABY, "he had briefed Arab League", "2012-12-28"),
        ("LEADS", ELARABY, LEAGUE, "Arab League Secretary General Nabil"),
        ("MET_WITH", BRAHIMI, ASSAD, "received by President Bashar al-Assad", "2012-12-24"),
        ("LEADS", ASSAD, SYRIA, "President Bashar al-Assad on"),
        ("LEADS", PUTIN, RUSSIA, "President Vladimir Putin is planned"),
        ("LEADS", KHATIB, COALITION, "the leader of the Syrian opposition coalition"),
        ("SUCCESSOR_OF", BRAHIMI, ANNAN, "Brahimi's predecessor, Kofi Annan"),
        ("MET_WITH", ANNAN, PUTIN, "met Putin at the Kremlin", "2012-07-17"),
        ],
     {"source": TASS, "published": "2012-12-29"}),
]

ARTICLES += [
    ("arUT4_emir_receives_khatib_qna", "ar",
     "سمو الأمير يستقبل رئيس الائتلاف الوطني السوري ونائبيه\n"
     "الدوحة في 12 نوفمبر /قنا/ استقبل حضرة صاحب السمو الشيخ حمد بن خليفة آل ثاني أمير البلاد المفدى بقصر "
     "الوجبة صباح اليوم فضيلة الشيخ أحمد معاذ الخطيب رئيس الائتلاف الوطني لقوى الثورة والمعارضة السورية، "
     "ونائبيه السيد رياض سيف والسيدة سهير الأتاسي، بحضور معالي الشيخ حمد بن جاسم بن جبر آل ثاني رئيس مجلس "
     "الوزراء وزير الخارجية.\n"
     "وقدّم رئيس الائتلاف خلال المقابلة الشكر لسمو الأمير على استضافة دولة قطر لاجتماعات المعارضة السورية، "
     "فيما أكد سموه دعم قطر لتطلعات الشعب السوري الشقيق.\n"
     "وكانت قوى المعارضة السورية قد اتفقت مساء أمس في الدوحة على تشكيل الائتلاف، وانتخبت الخطيب، إمام الجامع "
     "الأموي السابق في دمشق، رئيساً له، وسيف والأتاسي نائبين له.\n"
     "وانضم المجلس الوطني السوري، الذي انتخب الأسبوع الماضي جورج صبرا رئيساً له، إلى الائتلاف الجديد.\n"
     "من جهة أخرى، تلقى معالي رئيس مجلس الوزراء وزير الخارجية اتصالاً هاتفياً من معالي السيدة هيلاري "
     "كلينتون وزيرة الخارجية الأمريكية، جرى خلاله بحث تطورات الأوضاع في سوريا.",
     met_group({EMIR: "استقبل حضرة صاحب السمو الشيخ حمد", KHATIB: "فضيلة الشيخ أحمد معاذ الخطيب",
                SEIF: "ونائبيه السيد رياض سيف", ATASSI: "والسيدة سهير الأتاسي، بحضور",
                HBJ: "بحضور معالي الشيخ حمد بن جاسم"}, "2012-11-12")
     + [("LEADS", EMIR, QATAR, "أمير البلاد المفدى"),
        ("LEADS", KHATIB, COALITION, "رئيس الائتلاف الوطني لقوى"),
        ("LEADS", HBJ, QATAR, "آل ثاني رئيس مجلس"),
        ("MEMBER_OF", SNC, COALITION, "إلى الائتلاف الجديد"),
        ("LEADS", SABRA, SNC, "جورج صبرا رئيساً له"),
        ],
     {"source": QNA, "published": "2012-11-12"}),

    ("enUT5_obama_jarba_white_house_wapo", "en",
     "Obama meets Syrian opposition leader at White House\n"
     "President Obama met briefly Tuesday with Ahmad al-Jarba, the president of the Syrian Opposition Coalition, "
     "dropping in on talks between Jarba and national security adviser Susan E. Rice in the West Wing, "
     "administration officials said.\n"
     "It was the first time Obama had met the head of the Western-backed coalition. Jarba, a tribal leader from "
     "Hasakah province who was elected last July to succeed Ahmad Moaz al-Khatib, also met Secretary of State "
     "John F. Kerry at the State Department last week and asked again for antiaircraft weapons.\n"
     "Officials would not confirm whether Defense Secretary Chuck Hagel would see Jarba before he leaves.\n"
     "The visit came as the administration named Daniel Rubinstein, a veteran Arabist, as special envoy for "
     "Syria to succeed Robert Ford, who retired in February after serving as the last U.S. ambassador in "
     "Damascus.\n"
     "Syria's U.N. ambassador, Bashar Jaafari, called Jarba's welcome \"a provocation\" and accused Washington "
     "of arming \"terrorist groups.\"",
     met_group({OBAMA: "President Obama met briefly", JARBA: "Tuesday with Ahmad al-Jarba",
                RICE: "national security adviser Susan E. Rice"}, "2014-05-13")
     + [("LEADS", OBAMA, US, "President Obama met"),
        ("LEADS", JARBA, COALITION, "the president of the Syrian Opposition Coalition"),
        ("SUCCESSOR_OF", JARBA, KHATIB, "to succeed Ahmad Moaz al-Khatib", "2013-07-06"),
        ("MET_WITH", JARBA, KERRY, "also met Secretary of State", "2014-05-08"),
        ("SUCCESSOR_OF", RUBINSTEIN, FORD, "to succeed Robert Ford", "2014-05"),
        ],
     {"source": WAPO, "published": "2014-05-14"}),

    ("arUT6_geneva2_one_room_hayat", "ar",
     "«جنيف 2»: الإبراهيمي يجمع الوفدين في قاعة واحدة للمرة الأولى\n"
     "جنيف - «الحياة»\n"
     "جمع المبعوث الدولي - العربي الأخضر الإبراهيمي أمس في مقر الأمم المتحدة في جنيف وفد الحكومة السورية "
     "برئاسة وزير الخارجية وليد المعلم ووفد «الائتلاف الوطني السوري» برئاسة هادي البحرة في قاعة واحدة، في أول "
     "جلسة مباشرة بين الطرفين منذ اندلاع الأزمة قبل نحو ثلاث سنوات.\n"
     "ولم يتبادل الوفدان الكلام مباشرة، بل وجّه كل منهما حديثه إلى الإبراهيمي، الذي وصف الجلسة بأنها «بداية "
     "جيدة».\n"
     "وكان المؤتمر قد افتُتح الأربعاء في مونترو بكلمة للأمين العام للأمم المتحدة بان كي مون، الذي سحب قبل "
     "يومين دعوته لإيران إلى المؤتمر. والتقى وزير الخارجية الأميركي جون كيري رئيسَ الائتلاف أحمد الجربا على "
     "هامش الافتتاح، ثم اجتمع بنظيره الروسي سيرغي لافروف.\n"
     "ونفى المعلم في تصريح للتلفزيون السوري أن يكون قد صافح الجربا أو التقاه في أروقة الفندق، واصفاً وفد "
     "المعارضة بأنه «لا يمثل الشعب السوري».",
     met_group({BRAHIMI: "جمع المبعوث الدولي - العربي", MUALLEM: "برئاسة وزير الخارجية وليد المعلم",
                BAHRA: "برئاسة هادي البحرة"}, "2014-01-25")
     + [("LEADS", BAN, UN, "للأمين العام للأمم المتحدة بان"),
        ("MET_WITH", KERRY, JARBA, "رئيسَ الائتلاف أحمد الجربا", "2014-01-22"),
        ("LEADS", JARBA, COALITION, "رئيسَ الائتلاف أحمد"),
        ("MET_WITH", KERRY, LAVROV, "ثم اجتمع بنظيره الروسي", "2014-01-22"),
        ],
     {"source": HAYAT, "published": "2014-01-26"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUT")
