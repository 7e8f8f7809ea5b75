"""Blind set UQ: Yemen 2014-2016 (first folder of UQ-UR): the Houthi entry into Sanaa and the signing of the
Peace and National Partnership Agreement (September 2014), the Houthis' constitutional declaration and the
Revolutionary Committee of Mohammed Ali al-Houthi (February 2015), Hadi's flight to Aden and his reception in
Riyadh (February-March 2015), Ould Cheikh Ahmed's rounds in Sanaa and Riyadh, Ahmed Obeid bin Daghr named
prime minister in place of Khaled Bahah (April 2016), as a British wire writes it in English (Reuters-like:
"SANAA, Sept 21 (Reuters) -"), a Houthi channel's website in Arabic (Al-Masirah-like: "المسيرة نت"), a Gulf
daily in English (Gulf News-like: "Gulf News Correspondent"), Saudi Arabia's state agency in Arabic (SPA-like:
"واس"), a US wire in English (AP-like: "SANAA, Yemen (AP) --") and the government's agency in Aden in Arabic
(Saba-like: "عدن - سبأنت").
Pieces: Houthis enter Sanaa; the agreement signed; Benomar had met Abdul-Malik al-Houthi in Saada; Hadi
receives Benomar (English, UQ1); the Revolutionary Committee under Mohammed Ali al-Houthi; he receives
Benomar with Mahdi al-Mashat present (Arabic, UQ2); Hadi in Aden receives al-Zayani; Saleh denies contacts
(English, UQ3); King Salman receives Hadi in Riyadh with Mohammed bin Salman present (Arabic, UQ4); Ould
Cheikh Ahmed, who replaced Benomar, meets Sammad and al-Zoka in Sanaa, no meeting with Saleh (English, UQ5);
bin Daghr replaces Bahah; Hadi receives bin Daghr and Ali Mohsen together; Ould Cheikh Ahmed met Hadi
(Arabic, UQ6).
Excluded on purpose (no relation): the government's accusation of Iran, Basindawa's resignation (no successor
named) (UQ1); Hadi "under house arrest", the planned talks at the Movenpick hotel (UQ2); Saleh's denial of
any meeting with the Houthi leader, the "expected" visit of the Gulf ministers (UQ3); the coalition's air
strikes (no target person) (UQ4); the meeting with Saleh that did not take place, the accusation of the
convoy attack (UQ5); Bahah's office rejecting the decree, the planned Kuwait talks (UQ6).
Judgement calls: "في حضور" an attendee: paired with both principals (UQ2, UQ4); "met Sammad and al-Zoka
together": a meeting of the three (UQ5); "who replaced Jamal Benomar in April" is a succession (UQ5); "رئيساً
لمجلس الوزراء خلفاً لـ" is a succession (UQ6); "استقبل ... كلاً من ... و..." receiving the two together is
a meeting of the three (UQ6); the President LEADS Yemen (also "الرئيس هادي" after his resignation, UQ2),
the prime minister LEADS Yemen (UQ1, UQ6), a former president and a vice president do not; the King LEADS Saudi Arabia; the head of the
Revolutionary Committee LEADS it; the Supreme Political Council's head LEADS it (UQ5); Abdul-Malik al-Houthi
LEADS the Houthis; al-Zoka, secretary-general, is MEMBER_OF the GPC (UQ5).
Filled in for the exercise: the exact day and hour of the meetings, the wording of statements and of the
Saada visit (UQ1); Mashat's presence at the meeting (UQ2); the wording of Saleh's denial, the Gulf visit
(UQ3); the wording of the reception and the attendees (UQ4); the meeting of the three and the UN official's
words (UQ5); the wording of the reception and of the Bahah office statement (UQ6).
Spellings: "Abd-Rabbu Mansour Hadi", "Abdel-Malek al-Houthi", "Jamal Benomar" (UQ1); «محمد علي الحوثي»،
«جمال بن عمر»، «مهدي المشاط» (UQ2); "Abdrabbo Mansour Hadi", "Abdullatif Al Zayani", "Ali Abdullah Saleh"
(UQ3); «خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود»، «عبدربه منصور هادي» (UQ4); "Ismail
Ould Cheikh Ahmed", "Saleh al-Samad", "Aref al-Zouka" (UQ5); «أحمد عبيد بن دغر»، «خالد محفوظ بحاح»،
«الفريق الركن علي محسن صالح الأحمر» (UQ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ur import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN, SAUDI = "country:yemen", "country:saudi-arabia"
HOUTHIS, REVCOM, SPC, GPC, GCC = (
    "organization:houthis", "organization:houthi-revolutionary-committee",
    "organization:houthi-supreme-political-council", "organization:general-peoples-congress",
    "organization:gulf-cooperation-council")
HADI, SALEH, ABDULMALIK, MAHOUTHI, SAMMAD, MASHAT, BAHAH, DAGHR, MOHSEN, ZOKA = (
    "person:abdrabbuh-mansur-hadi", "person:ali-abdullah-saleh", "person:abdul-malik-al-houthi",
    "person:mohammed-ali-al-houthi", "person:saleh-al-sammad", "person:mahdi-al-mashat", "person:khaled-bahah",
    "person:ahmed-obeid-bin-daghr", "person:ali-mohsen-al-ahmar", "person:aref-al-zoka")
BENOMAR, OCA, SALMAN, MBS, ZAYANI = (
    "person:jamal-benomar", "person:ismail-ould-cheikh-ahmed", "person:salman-bin-abdulaziz",
    "person:mohammed-bin-salman", "person:abdullatif-al-zayani")

REUTERS = "blind set (British news wire, English, Reuters-like)"
MASIRAH = "blind set (Houthi TV channel website, Arabic, Al-Masirah-like)"
GULFNEWS = "blind set (Gulf daily, English, Gulf News-like)"
SPA = "blind set (Saudi state news agency, Arabic, SPA-like)"
AP = "blind set (US news wire, English, AP-like)"
SABA_ADEN = "blind set (Yemeni government news agency in Aden, Arabic, Saba-like)"

ARTICLES = [
    ("enUQ1_houthis_enter_sanaa_reuters", "en",
     "Houthi rebels seize Sanaa as rival parties sign U.N.-brokered deal\n"
     "SANAA, Sept 21 (Reuters) - Shi'ite Houthi fighters took control of government buildings, army "
     "headquarters and the state radio in Yemen's capital on Sunday, hours before the group and the country's "
     "main parties signed a U.N.-brokered deal to end weeks of protests.\n"
     "The \"Peace and National Partnership Agreement\" was signed at the presidential palace late on Sunday. "
     "It provides for a new technocratic government and a cut in fuel prices, and names no prime minister.\n"
     "Prime Minister Mohammed Basindawa resigned earlier in the day, accusing President Abd-Rabbu Mansour Hadi "
     "of monopolising power.\n"
     "U.N. envoy Jamal Benomar, who travelled last week to the northern province of Saada where he held talks "
     "with Houthi leader Abdel-Malek al-Houthi, said the deal was \"a national document\" that all sides must "
     "honour. Hadi received Benomar at his residence after the signing, a presidential aide said.\n"
     "Government officials have accused Iran of arming the Houthis, a charge Tehran and the group deny.\n"
     "Residents said gunfire could still be heard in the north of the city on Sunday night.",
     [("LEADS", HADI, YEMEN, "President Abd-Rabbu Mansour Hadi"),
      ("LEADS", "person:mohammed-basindawa", YEMEN, "Prime Minister Mohammed Basindawa"),
      ("MET_WITH", BENOMAR, ABDULMALIK, "where he held talks", "2014-09-15"),
      ("LEADS", ABDULMALIK, HOUTHIS, "Houthi leader Abdel-Malek al-Houthi"),
      ("MET_WITH", HADI, BENOMAR, "Hadi received Benomar at his residence", "2014-09-21"),
      ],
     {"source": REUTERS, "published": "2014-09-21"}),

    ("arUQ2_revolutionary_committee_masirah", "ar",
     "رئيس اللجنة الثورية العليا يستقبل المبعوث الأممي جمال بن عمر\n"
     "المسيرة نت - صنعاء:\n"
     "استقبل رئيس اللجنة الثورية العليا محمد علي الحوثي اليوم الأحد في القصر الجمهوري بصنعاء المبعوث الخاص "
     "للأمين العام للأمم المتحدة إلى اليمن جمال بن عمر، بحضور عضو المكتب السياسي لأنصار الله مهدي المشاط.\n"
     "وجرى خلال اللقاء بحث مستجدات الحوار بين المكونات السياسية في ضوء الإعلان الدستوري الصادر عن اللجنة "
     "الثورية في السادس من فبراير الجاري، والذي أوكل إليها إدارة شؤون البلاد بعد استقالة الرئيس هادي وحكومة "
     "خالد بحاح.\n"
     "وأكد رئيس اللجنة أن الإعلان جاء لسد الفراغ الدستوري، داعياً الأطراف إلى الشراكة الوطنية.\n"
     "من جانبه، أشار بن عمر إلى أن المشاورات ستُستأنف خلال الأيام القادمة في فندق موفنبيك، دون تحديد موعد لها.\n"
     "وكانت وسائل إعلام خليجية قد زعمت أن هادي يخضع للإقامة الجبرية في منزله، وهو ما نفاه مصدر في اللجنة.",
     [("LEADS", MAHOUTHI, REVCOM, "رئيس اللجنة الثورية العليا محمد"),
      ("MET_WITH", MAHOUTHI, BENOMAR, "المبعوث الخاص", "2015-02-15"),
      ("MET_WITH", MASHAT, MAHOUTHI, "بحضور عضو المكتب السياسي", "2015-02-15"),
      ("MET_WITH", MASHAT, BENOMAR, "لأنصار الله مهدي المشاط", "2015-02-15"),
      ("MEMBER_OF", MASHAT, HOUTHIS, "عضو المكتب السياسي لأنصار الله"),
      ("LEADS", HADI, YEMEN, "استقالة الرئيس هادي"),
      ],
     {"source": MASIRAH, "published": "2015-02-15"}),

    ("enUQ3_hadi_in_aden_gulfnews", "en",
     "Hadi resumes duties from Aden after leaving Sanaa\n"
     "By Gulf News Correspondent\n"
     "Aden: Yemeni President Abdrabbo Mansour Hadi on Tuesday received GCC Secretary-General Abdullatif Al "
     "Zayani at the presidential palace in Aden, three days after slipping out of the house in Sanaa where "
     "he had been confined by the Houthi militia for a month.\n"
     "Al Zayani conveyed the Gulf leaders' support for Hadi's \"legitimacy\", a GCC statement said. The two "
     "men discussed moving the Gulf states' embassies to Aden.\n"
     "Hadi, who withdrew his January resignation in a letter to parliament, declared all measures taken by "
     "the Houthis since September 21 \"null and void\".\n"
     "In Sanaa, former president Ali Abdullah Saleh denied any alliance with the Houthis. A statement from his "
     "office said he \"has never met\" the group's leader and called reports of joint military operations "
     "\"fabrications\".\n"
     "Gulf foreign ministers are expected to visit Aden next week, diplomatic sources said.",
     [("LEADS", HADI, YEMEN, "Yemeni President Abdrabbo Mansour Hadi"),
      ("MET_WITH", HADI, ZAYANI, "received GCC Secretary-General", "2015-02-24"),
      ("LEADS", ZAYANI, GCC, "GCC Secretary-General Abdullatif"),
      ],
     {"source": GULFNEWS, "published": "2015-02-25"}),

    ("arUQ4_salman_receives_hadi_spa", "ar",
     "خادم الحرمين الشريفين يستقبل الرئيس اليمني\n"
     "الرياض 6 جمادى الآخرة 1436 هـ الموافق 26 مارس 2015 م واس\n"
     "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر العوجا بالدرعية مساء اليوم فخامة "
     "الرئيس عبدربه منصور هادي رئيس الجمهورية اليمنية الذي وصل إلى الرياض قادماً من عدن.\n"
     "وجرى خلال الاستقبال استعراض تطورات الأوضاع في اليمن وبدء عملية عاصفة الحزم استجابةً لطلب فخامته حماية "
     "الشعب اليمني من عدوان الميليشيات الحوثية.\n"
     "حضر الاستقبال صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد وزير الدفاع.\n"
     "وأعرب الرئيس اليمني عن شكره وتقديره للمملكة قيادةً وشعباً على وقوفها إلى جانب اليمن في هذه الظروف "
     "الصعبة.\n"
     "وكانت طائرات التحالف قد شنت فجر اليوم غارات على مواقع عسكرية في صنعاء، فيما أعلنت دول الخليج دعمها "
     "للشرعية.",
     [("MET_WITH", SALMAN, HADI, "فخامة الرئيس عبدربه منصور هادي رئيس", "2015-03-26"),
      ("LEADS", SALMAN, SAUDI, "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في"),
      ("LEADS", HADI, YEMEN, "هادي رئيس الجمهورية اليمنية"),
      ("MET_WITH", MBS, SALMAN, "حضر الاستقبال صاحب السمو", "2015-03-26"),
      ("MET_WITH", MBS, HADI, "ولي ولي العهد وزير الدفاع", "2015-03-26"),
      ],
     {"source": SPA, "published": "2015-03-26"}),
]

ARTICLES += [
    ("enUQ5_ould_cheikh_sanaa_ap", "en",
     "UN envoy in Sanaa with new peace plan, Saleh stays away\n"
     "SANAA, Yemen (AP) -- The U.N. envoy for Yemen, Ismail Ould Cheikh Ahmed, met on Monday with Saleh "
     "al-Samad, head of the rebels' Supreme Political Council, and Aref al-Zouka, secretary-general of the "
     "General People's Congress, together in the capital, Sanaa, to hand them a road map to end the war.\n"
     "The Mauritanian diplomat, who replaced Jamal Benomar in April last year, has shuttled between Sanaa, "
     "Riyadh and Muscat since the collapse of talks in Kuwait in August.\n"
     "He did not meet former President Ali Abdullah Saleh, whose party is allied with the Houthi rebels, a "
     "U.N. official said, adding that no such meeting had been requested.\n"
     "Last week gunmen fired on a U.N. convoy near the airport road. Nobody was hurt, and the government in "
     "exile blamed the rebels, who denied any role.\n"
     "The plan would see President Abed Rabbo Mansour Hadi hand some of his powers to a new vice president, "
     "officials said, a proposal his aides have rejected.",
     [("LEADS", SAMMAD, SPC, "head of the rebels' Supreme Political Council"),
      ("LEADS", HADI, YEMEN, "President Abed Rabbo Mansour Hadi"),
      ("MEMBER_OF", ZOKA, GPC, "secretary-general of the General People's Congress"),
      ("SUCCESSOR_OF", OCA, BENOMAR, "who replaced Jamal Benomar", "2015-04-25"),
      ]
     + met_group({OCA: "Ismail Ould Cheikh Ahmed, met", SAMMAD: "met on Monday with Saleh",
                  ZOKA: "and Aref al-Zouka"}, "2016-10-24"),
     {"source": AP, "published": "2016-10-24"}),

    ("arUQ6_bin_daghr_replaces_bahah_saba", "ar",
     "قرار جمهوري بتعيين بن دغر رئيساً للوزراء والأحمر نائباً لرئيس الجمهورية\n"
     "عدن - سبأنت\n"
     "أصدر فخامة رئيس الجمهورية المشير عبدربه منصور هادي اليوم قراراً جمهورياً بتعيين الدكتور أحمد عبيد بن دغر "
     "رئيساً لمجلس الوزراء خلفاً للأستاذ خالد محفوظ بحاح، وقراراً آخر بتعيين الفريق الركن علي محسن صالح "
     "الأحمر نائباً لرئيس الجمهورية.\n"
     "واستقبل الرئيس هادي مساءً كلاً من نائب الرئيس الفريق علي محسن الأحمر ورئيس الوزراء الدكتور بن دغر، "
     "وأكد لهما أهمية استعادة مؤسسات الدولة وتطبيع الأوضاع في المحافظات المحررة.\n"
     "وكان فخامته قد التقى أمس المبعوث الأممي إسماعيل ولد الشيخ أحمد، الذي أطلعه على الترتيبات الخاصة "
     "بمشاورات الكويت المقرر انطلاقها في الثامن عشر من الشهر الجاري.\n"
     "في المقابل، أصدر مكتب بحاح بياناً اعتبر فيه القرار \"مخالفاً للدستور\".",
     [("LEADS", HADI, YEMEN, "فخامة رئيس الجمهورية المشير"),
      ("SUCCESSOR_OF", DAGHR, BAHAH, "رئيساً لمجلس الوزراء خلفاً", "2016-04-03"),
      ("LEADS", DAGHR, YEMEN, "ورئيس الوزراء الدكتور بن دغر"),
      ("MET_WITH", HADI, OCA, "وكان فخامته قد التقى", "2016-04-02"),
      ]
     + met_group({HADI: "واستقبل الرئيس هادي مساءً", MOHSEN: "نائب الرئيس الفريق علي محسن الأحمر ورئيس",
                  DAGHR: "ورئيس الوزراء الدكتور بن دغر"}, "2016-04-03"),
     {"source": SABA_ADEN, "published": "2016-04-03"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUQ")
