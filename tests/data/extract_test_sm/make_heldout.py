"""Blind set SM: Saudi Arabia's power shifts and the Khashoggi affair, 2015-2018 (first folder of SM-SN):
the royal decrees that relieved Muqrin bin Abdulaziz and named Mohammed bin Nayef crown prince and Adel
al-Jubeir foreign minister (April 2015), Mohammed bin Salman replacing bin Nayef (June 2017), Saad Hariri's
reception by King Salman days after his resignation from Riyadh (November 2017), the Ritz-Carlton detentions
and the change at the head of the National Guard (November 2017), Erdogan's speech on the killing of Jamal
Khashoggi (October 2018) and Mike Pompeo's visit to Riyadh (October 2018), as a Saudi state agency writes it
in Arabic (SPA-like: "واس", "صاحب السمو الملكي", "خادم الحرمين الشريفين"), a wire in English
(Reuters-like: "RIYADH (Reuters) -"), a pan-Arab daily in Arabic (Asharq al-Awsat-like: "الرياض:
«الشرق الأوسط»", "دولة الرئيس"), a US wire in English (AP-like: "RIYADH, Saudi Arabia (AP) —"), a Turkish
state agency in Arabic (Anadolu-like: "أنقرة/ الأناضول") and a US daily in English (Washington Post-like:
"contributing columnist").
Pieces: Mohammed bin Nayef named crown prince in place of Muqrin, Jubeir foreign minister in place of Saud
al-Faisal, the king receives Muqrin with the two new heirs present (Arabic, SM1); Mohammed bin Salman replaces
Mohammed bin Nayef, Abdulaziz bin Saud bin Nayef replaces him at the interior ministry, Trump's earlier lunch
with the prince (English, SM2); King Salman receives Hariri with Sabhan present, Hariri's earlier meeting with
the crown prince (Arabic, SM3); Khalid bin Ayyaf succeeds Mutaib at the National Guard, Kushner met the crown
prince in Riyadh (English, SM4); Erdogan's speech, Pompeo's meetings in Ankara and Riyadh (Arabic, SM5);
Pompeo meets the king, then the crown prince flanked by Jubeir and Khalid bin Salman (English, SM6).
Excluded on purpose (no relation): Obama's phone call to the king (SM1); Trump's congratulation call, the
"could replace" speculation of earlier months (SM2); Hariri's phone call to Aoun, his planned trip to Abu
Dhabi (SM3); Prince Mansour bin Muqrin "killed when his helicopter crashed" (no agent, and no id), Trump's
tweet (SM4); Khashoggi "killed in a premeditated operation" (no agent), Erdogan's accusations, the consul
who left Turkey (SM5); Trump's phone call to the king, the planned trip to Ankara, the Turkish officials'
claim that Saudi agents killed Khashoggi (an accusation), the consul general (SM6).
Judgement calls: "بحضور" two princes: each is paired with both the king and Muqrin, and with each other
(they attend together, as most dev gold); Jubeir "appointed" after Saud al-Faisal was relieved of the same
post is a succession (SM1); "named to replace him at the ministry" (him = bin Nayef) is a succession (SM2);
the king receives Hariri "بحضور" Sabhan: Sabhan is paired with both (SM3); "was appointed as his successor"
(SM4); "التقى أردوغان ونظيره التركي" is Pompeo with each, not Erdogan with Cavusoglu (same side, the text
does not say the two met each other); "اجتمع بالعاهل السعودي وولي عهده" is Pompeo with each (SM5); "met
with King Salman and his son" then separate talks: Pompeo with each, the king and his son not paired; the
crown prince "flanked by" Jubeir and Khalid bin Salman: both paired with Pompeo and the crown prince and
with each other (SM6); a king LEADS the country, a minister LEADS his ministry where it has an id.
Filled in for the exercise: Obama's call and the reception of Muqrin with the princes present (SM1); the
wording of the bin Nayef quote as reported (SM2); Sabhan's presence at the Yamamah reception (SM3); the
exact number of detainees cited (SM4); the wording of Erdogan's quotes (SM5); Khalid bin Salman's presence
and the length of the king's meeting (SM6).
Spellings: "مقرن بن عبدالعزيز", "محمد بن نايف بن عبدالعزيز" (SM1); "Mohammed bin Nayef" beside "bin Nayef",
"Prince Abdulaziz bin Saud bin Nayef" (SM2); "سعد الحريري", "ثامر السبهان" (SM3); "Prince Alwaleed bin
Talal", "Khalid bin Abdulaziz bin Ayyaf", "Sheikh Saud al-Mojeb" (SM4); "رجب طيب أردوغان", "مولود جاويش
أوغلو", "مايك بومبيو" (SM5); "Mohammed bin Salman" as "the crown prince", "Adel al-Jubeir" (SM6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_sn import ALL  # noqa: E402

HERE = Path(__file__).parent

SAUDI, TURKEY, USA, LEBANON = "country:saudi-arabia", "country:turkey", "country:united-states", "country:lebanon"
SAUFM, SAUINT, GUARD, FUTURE = ("organization:saudi-foreign-ministry", "organization:saudi-interior-ministry",
                                "organization:saudi-arabian-national-guard", "organization:future-movement")
TRFM = "organization:turkish-foreign-ministry"
SALMAN, MUQRIN, MBN, MBS, AZIZ = (
    "person:salman-bin-abdulaziz", "person:muqrin-bin-abdulaziz", "person:mohammed-bin-nayef",
    "person:mohammed-bin-salman", "person:abdulaziz-bin-saud-bin-nayef")
SFAISAL, JUBEIR, MUTAIB, AYYAF, KBS, SABHAN = (
    "person:saud-al-faisal", "person:adel-al-jubeir", "person:mutaib-bin-abdullah", "person:khalid-bin-ayyaf",
    "person:khalid-bin-salman", "person:thamer-al-sabhan")
TRUMP, OBAMA, KUSHNER, POMPEO = ("person:donald-trump", "person:barack-obama", "person:jared-kushner",
                                 "person:mike-pompeo")
HARIRI, AOUN, ERDOGAN, CAVUSOGLU = ("person:saad-hariri", "person:michel-aoun", "person:recep-tayyip-erdogan",
                                    "person:mevlut-cavusoglu")

SPA = "blind set (Saudi state news agency, Arabic, SPA-like)"
REUTERS = "blind set (international news wire, English, Reuters-like)"
ASHARQ = "blind set (pan-Arab daily, Arabic, Asharq al-Awsat-like)"
AP = "blind set (US news wire, English, AP-like)"
ANADOLU = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"
WAPO = "blind set (US daily, English, Washington Post-like)"

ARTICLES = [
    ("arSM1_muqrin_mbn_decrees_spa", "ar",
     "أوامر ملكية: الأمير محمد بن نايف ولياً للعهد والأمير محمد بن سلمان ولياً لولي العهد\n"
     "الرياض 10 رجب 1436 هـ الموافق 29 أبريل 2015 م واس\n"
     "صدر أمر ملكي بإعفاء صاحب السمو الملكي الأمير مقرن بن عبدالعزيز آل سعود من ولاية العهد ومن منصب نائب "
     "رئيس مجلس الوزراء بناءً على طلبه، واختيار صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود "
     "ولياً للعهد خلفاً له، ونائباً لرئيس مجلس الوزراء، مع استمراره وزيراً للداخلية.\n"
     "كما صدر أمر ملكي باختيار صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولياً لولي العهد "
     "ونائباً ثانياً لرئيس مجلس الوزراء، مع استمراره وزيراً للدفاع.\n"
     "وصدر أمر ملكي بإعفاء صاحب السمو الملكي الأمير سعود الفيصل من منصبه وزيراً للخارجية بناءً على طلبه "
     "لظروفه الصحية، وتعيين معالي الأستاذ عادل بن أحمد الجبير وزيراً للخارجية.\n"
     "واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر اليمامة بالرياض مساء اليوم "
     "صاحب السمو الملكي الأمير مقرن بن عبدالعزيز، بحضور سمو ولي العهد وسمو ولي ولي العهد، وأعرب حفظه الله "
     "عن تقديره لما قدمه سموه من جهود.\n"
     "وفي سياق متصل، تلقى خادم الحرمين الشريفين اتصالاً هاتفياً من فخامة الرئيس باراك أوباما رئيس الولايات "
     "المتحدة الأمريكية، جرى خلاله استعراض العلاقات الثنائية.",
     [("SUCCESSOR_OF", MBN, MUQRIN, "ولياً للعهد خلفاً له", "2015-04-29"),
      ("LEADS", MBN, SAUINT, "مع استمراره وزيراً للداخلية"),
      ("SUCCESSOR_OF", JUBEIR, SFAISAL, "وتعيين معالي الأستاذ عادل بن أحمد الجبير", "2015-04-29"),
      ("LEADS", JUBEIR, SAUFM, "عادل بن أحمد الجبير وزيراً للخارجية"),
      ("LEADS", SALMAN, SAUDI, "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر"),
      ("MET_WITH", SALMAN, MUQRIN, "صاحب السمو الملكي الأمير مقرن بن عبدالعزيز، بحضور", "2015-04-29"),
      ("MET_WITH", MBN, SALMAN, "بحضور سمو ولي العهد", "2015-04-29"),
      ("MET_WITH", MBN, MUQRIN, "بحضور سمو ولي العهد وسمو", "2015-04-29"),
      ("MET_WITH", MBS, SALMAN, "وسمو ولي ولي العهد", "2015-04-29"),
      ("MET_WITH", MBS, MUQRIN, "ولي ولي العهد، وأعرب", "2015-04-29"),
      ("MET_WITH", MBS, MBN, "سمو ولي العهد وسمو ولي ولي العهد", "2015-04-29"),
      ("LEADS", OBAMA, USA, "الرئيس باراك أوباما رئيس الولايات"),
      ],
     {"source": SPA, "published": "2015-04-29"}),

    ("enSM2_mbs_replaces_mbn_reuters", "en",
     "Saudi king names son Mohammed bin Salman crown prince, ousting nephew\n"
     "RIYADH (Reuters) - Saudi Arabia's King Salman on Wednesday named his son Mohammed bin Salman as crown "
     "prince, replacing his nephew Mohammed bin Nayef as heir to the throne in a palace shake-up that cements the "
     "young prince's grip on the world's top oil exporter.\n"
     "A royal decree said Prince Mohammed bin Nayef, 57, had also been relieved of his post as interior "
     "minister, which he had held since 2012. Prince Abdulaziz bin Saud bin Nayef, a nephew of the ousted prince "
     "in his early thirties, was named to replace him at the ministry.\n"
     "Thirty-one of the 34 members of the Allegiance Council backed the change, state news agency SPA said. "
     "State television showed the new crown prince kissing the hand of bin Nayef, who told him: \"I will rest "
     "now. May God help you.\"\n"
     "U.S. President Donald Trump called Prince Mohammed to congratulate him, the White House said. The two men "
     "had first met over lunch at the White House in March, when the prince was deputy crown prince and "
     "defense minister.\n"
     "Diplomats in the Gulf had speculated for months that the 31-year-old could replace bin Nayef, who had "
     "been the U.S. intelligence community's main Saudi counterpart in counter-terrorism.",
     [("SUCCESSOR_OF", MBS, MBN, "replacing his nephew Mohammed bin Nayef", "2017-06-21"),
      ("LEADS", SALMAN, SAUDI, "Saudi Arabia's King Salman"),
      ("SUCCESSOR_OF", AZIZ, MBN, "was named to replace him at the ministry", "2017-06-21"),
      ("LEADS", TRUMP, USA, "U.S. President Donald Trump called"),
      ("MET_WITH", TRUMP, MBS, "had first met over lunch at the White House", "2017-03-14"),
      ],
     {"source": REUTERS, "published": "2017-06-21"}),

    ("arSM3_king_receives_hariri_asharq", "ar",
     "خادم الحرمين يستقبل الحريري بعد يومين من إعلانه الاستقالة\n"
     "الرياض: «الشرق الأوسط»\n"
     "استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، في قصر اليمامة بالرياض مساء أمس، دولة "
     "الرئيس سعد الحريري رئيس الوزراء اللبناني المستقيل، بحضور وزير الدولة لشؤون الخليج العربي ثامر "
     "السبهان، وجرى خلال الاستقبال استعراض الأوضاع في لبنان.\n"
     "وكان الحريري قد أعلن السبت، في كلمة متلفزة من العاصمة السعودية، استقالته من رئاسة الحكومة، متهماً "
     "إيران و«حزب الله» بالهيمنة على القرار اللبناني، وقال إنه لمس «أجواء شبيهة بالأجواء التي سادت قبل "
     "اغتيال الشهيد رفيق الحريري».\n"
     "وكان الحريري قد التقى ولي العهد الأمير محمد بن سلمان خلال زيارة سابقة إلى المملكة نهاية الشهر الماضي.\n"
     "من جهته، أعلن الرئيس اللبناني ميشال عون أن الحريري أبلغه بالاستقالة في اتصال هاتفي، وأنه ينتظر عودته "
     "إلى بيروت للاطلاع منه على ظروفها.\n"
     "وأكد «تيار المستقبل» الذي يتزعمه الحريري وقوفه إلى جانب رئيسه، فيما أفادت مصادر مقربة منه بأنه "
     "يعتزم التوجه إلى أبوظبي في زيارة لم يحدد موعدها.",
     [("MET_WITH", SALMAN, HARIRI, "الرئيس سعد الحريري رئيس الوزراء اللبناني المستقيل", "2017-11-06"),
      ("MET_WITH", SABHAN, SALMAN, "بحضور وزير الدولة لشؤون الخليج", "2017-11-06"),
      ("MET_WITH", SABHAN, HARIRI, "ثامر السبهان", "2017-11-06"),
      ("LEADS", HARIRI, LEBANON, "رئيس الوزراء اللبناني المستقيل"),
      ("MET_WITH", HARIRI, MBS, "التقى ولي العهد الأمير محمد بن سلمان", "2017-10-30"),
      ("LEADS", AOUN, LEBANON, "الرئيس اللبناني ميشال عون"),
      ("LEADS", HARIRI, FUTURE, "الذي يتزعمه الحريري"),
      ],
     {"source": ASHARQ, "published": "2017-11-07"}),

    ("enSM4_ritz_carlton_guard_ap", "en",
     "Saudi princes, ministers held in sweeping anti-corruption purge\n"
     "RIYADH, Saudi Arabia (AP) — Saudi Arabia has detained 11 princes, four current ministers and dozens of "
     "former ministers in an anti-corruption probe overseen by the kingdom's young crown prince, Saudi media "
     "reported Sunday, with many of them held at the Ritz-Carlton hotel in Riyadh.\n"
     "Among those detained was billionaire Prince Alwaleed bin Talal, a major investor in Twitter and "
     "Citigroup, an official said on condition of anonymity.\n"
     "Hours before the arrests, King Salman issued a decree removing Prince Mutaib bin Abdullah, a son of the "
     "late King Abdullah, from his post as minister of the National Guard. Prince Khalid bin Abdulaziz bin "
     "Ayyaf was appointed as his successor.\n"
     "Saudi Attorney General Sheikh Saud al-Mojeb said the suspects would have the same rights as any other "
     "citizen. Separately, Prince Mansour bin Muqrin, a deputy governor, was killed when his helicopter crashed "
     "near the border with Yemen.\n"
     "The purge came days after Jared Kushner, President Donald Trump's son-in-law and senior adviser, made an "
     "unannounced trip to Riyadh, where he met the crown prince, U.S. officials said. Trump later tweeted that "
     "he had \"great confidence\" in the king and the crown prince.",
     [("SUCCESSOR_OF", AYYAF, MUTAIB, "was appointed as his successor", "2017-11-04"),
      ("LEADS", MUTAIB, GUARD, "from his post as minister of the National Guard"),
      ("MET_WITH", KUSHNER, MBS, "where he met the crown prince", "2017-10-28"),
      ],
     {"source": AP, "published": "2017-11-05"}),

    ("arSM5_erdogan_speech_khashoggi_anadolu", "ar",
     "أردوغان: مقتل خاشقجي جريمة مدبّرة وعلى الرياض الكشف عن المتورطين\n"
     "أنقرة/ الأناضول\n"
     "قال الرئيس التركي رجب طيب أردوغان، الثلاثاء، إن الصحفي السعودي جمال خاشقجي قُتل في عملية «مخطط لها "
     "مسبقاً» داخل قنصلية بلاده في إسطنبول، مطالباً بمحاكمة الموقوفين الـ18 في السعودية أمام القضاء التركي.\n"
     "وأوضح أردوغان، في كلمة أمام الكتلة النيابية لحزب العدالة والتنمية، أن فريقاً من 15 شخصاً وصل إلى "
     "إسطنبول على دفعات قبل الجريمة، مضيفاً: «لماذا لم يظهر جثمان خاشقجي حتى الآن؟».\n"
     "وأشار إلى أن القنصل العام السعودي محمد العتيبي غادر تركيا في 16 أكتوبر الجاري.\n"
     "وكان وزير الخارجية الأمريكي مايك بومبيو قد زار أنقرة الأربعاء الماضي، حيث التقى أردوغان ونظيره "
     "التركي مولود جاويش أوغلو، قادماً من الرياض التي اجتمع فيها بالعاهل السعودي وولي عهده.\n"
     "من جهته، قال وزير الخارجية التركي جاويش أوغلو إن بلاده ستتقاسم نتائج التحقيق مع المجتمع الدولي.",
     [("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب أردوغان"),
      ("MET_WITH", POMPEO, ERDOGAN, "حيث التقى أردوغان", "2018-10-17"),
      ("MET_WITH", POMPEO, CAVUSOGLU, "ونظيره التركي مولود", "2018-10-17"),
      ("MET_WITH", POMPEO, SALMAN, "اجتمع فيها بالعاهل السعودي", "2018-10-16"),
      ("MET_WITH", POMPEO, MBS, "بالعاهل السعودي وولي عهده", "2018-10-16"),
      ("LEADS", CAVUSOGLU, TRFM, "وزير الخارجية التركي جاويش أوغلو"),
      ],
     {"source": ANADOLU, "published": "2018-10-23"}),

    ("enSM6_pompeo_riyadh_wapo", "en",
     "Pompeo meets Saudi king and crown prince as Trump floats 'rogue killers' theory\n"
     "RIYADH, Saudi Arabia — Secretary of State Mike Pompeo met Tuesday with King Salman and his son, "
     "Crown Prince Mohammed bin Salman, seeking answers about the disappearance of Washington Post "
     "contributing columnist Jamal Khashoggi, two weeks after he walked into the Saudi Consulate in Istanbul.\n"
     "Pompeo spent about 15 minutes with the king at the royal palace, then held talks and dinner with the crown "
     "prince, who was flanked by Foreign Minister Adel al-Jubeir and Prince Khalid bin Salman, the Saudi "
     "ambassador to Washington.\n"
     "\"We are strong and old allies,\" the crown prince told Pompeo as reporters were ushered out.\n"
     "President Trump, who spoke by phone with King Salman on Monday, told reporters afterward that \"rogue "
     "killers\" may have been responsible. Turkish officials have said Khashoggi was killed by a team of 15 "
     "Saudi agents who flew in and out of Istanbul that day.\n"
     "Pompeo was to fly Wednesday to Ankara to meet Turkish President Recep Tayyip Erdogan. The Saudi consul "
     "general in Istanbul, Mohammed al-Otaibi, left for Riyadh on Tuesday.",
     [("MET_WITH", POMPEO, SALMAN, "Mike Pompeo met Tuesday with King Salman", "2018-10-16"),
      ("MET_WITH", POMPEO, MBS, "then held talks and dinner with the crown", "2018-10-16"),
      ("MET_WITH", JUBEIR, POMPEO, "flanked by Foreign Minister Adel al-Jubeir", "2018-10-16"),
      ("MET_WITH", JUBEIR, MBS, "Foreign Minister Adel al-Jubeir and Prince", "2018-10-16"),
      ("MET_WITH", KBS, POMPEO, "and Prince Khalid bin Salman, the Saudi", "2018-10-16"),
      ("MET_WITH", KBS, MBS, "Khalid bin Salman, the Saudi", "2018-10-16"),
      ("MET_WITH", JUBEIR, KBS, "Adel al-Jubeir and Prince Khalid", "2018-10-16"),
      ("LEADS", JUBEIR, SAUFM, "Foreign Minister Adel al-Jubeir"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan"),
      ],
     {"source": WAPO, "published": "2018-10-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSM")
