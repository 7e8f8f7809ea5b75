"""Blind set RC: Iraq 2003-2007 (first folder of RC-RD): the car bomb in Najaf that killed Mohammed Baqir
al-Hakim and his brother Abdul Aziz al-Hakim's succession at SCIRI (August 2003), Nouri al-Maliki's
reception of Zalmay Khalilzad and George Casey weeks after he replaced Ibrahim al-Jaafari (June 2006),
Masoud Barzani's reception of Ryan Crocker and David Petraeus in the Kurdistan Region (August 2007),
Manouchehr Mottaki's visit to Grand Ayatollah Sistani in Najaf and to Abdul Aziz al-Hakim (May 2006), the
first US-Iranian talks in Baghdad between Crocker and Hassan Kazemi Qomi opened by Maliki (May 2007), and
Paul Bremer with the Governing Council as Ahmed Chalabi took over its rotating presidency from Jaafari
(September 2003), as a US wire writes it in English (AP-like: "NAJAF, Iraq (AP) -", "said
Saturday"), an Iraqi state daily in Arabic (Al-Sabah-like: "استقبل دولة رئيس الوزراء", "أمس"), a Kurdish
outlet in English (Kurdish Globe-like: "Kurdistan Region President Masoud Barzani", "Pirmam"), a Saudi
daily in Arabic (Asharq Al-Awsat-like: "النجف: «الشرق الأوسط»", "وعلمت «الشرق الأوسط»"), an Iranian state
TV site in English (Press TV-like: "the Iranian envoy", "the occupation forces") and an Iraqi independent
daily in Arabic (Azzaman-like: "بغداد - الزمان", "الحاكم المدني الأمريكي").
Pieces: a car bomb kills Mohammed Baqir al-Hakim (no agent stated; Saddam loyalists blamed by SCIRI), Abdul
Aziz al-Hakim to succeed him, Bremer had met Abdul Aziz a week earlier (English, RC1); Maliki, who succeeded
Jaafari, receives Khalilzad and Casey with Rubaie present; Maliki had met Talabani the day before; a phone
call with Bush (Arabic, RC2); Barzani receives Crocker and Petraeus with Nechirvan Barzani attending; the
Americans then meet Talabani in Sulaimani (English, RC3); Sistani receives Mottaki with Kazemi Qomi present,
Mottaki then meets Abdul Aziz al-Hakim in Baghdad (Arabic, RC4); Crocker and Kazemi Qomi talk in Maliki's
office, Maliki opening the session, Crocker succeeded Khalilzad (English, RC5); Bremer meets the Council
under Chalabi, who succeeded Jaafari in the rotating presidency; Bremer meets Talabani and Barzani together;
Sistani declines to receive Bremer; Bremer succeeded Jay Garner (Arabic, RC6).
Excluded on purpose (no relation): the killers of Mohammed Baqir al-Hakim (no agent; only SCIRI's
accusation of Saddam loyalists), the arrests (RC1); Maliki's phone call with Bush, the planned visit to
Washington (RC2); Barzani's planned visit to Washington, the Iranian shelling (no named victim) (RC3);
Sistani's refusal to receive US officials, Mottaki's planned Karbala stop that was called off (RC4); the
planned second round, Mottaki's statement in Tehran (RC5); Sistani's refusal to receive Bremer, Pachachi
absent from the meeting (RC6).
Judgement calls: "will succeed his brother as head of the Supreme Council" (announced by the party) is a
succession (RC1); "Bremer met Abdul Aziz al-Hakim ... last week" is a meeting (RC1, a flashback); "بحضور"
the national security adviser: paired with the host and both guests (RC2; the guests received together
are paired with each other); "Nechirvan Barzani attended": paired with Masoud Barzani and both Americans
(RC3); "after the talks in Pirmam the two Americans flew to Sulaimani to meet Talabani": Talabani with
each of them (RC3); Sistani's reception with "بحضور" the ambassador: Kazemi Qomi paired with Sistani and
Mottaki (RC4); Maliki "opened the session" with both envoys in the room: a meeting of the three; Rubaie
"also attended": paired with Crocker and Kazemi Qomi and Maliki (RC5); "succeeded Zalmay Khalilzad in
March" is a succession (RC5); "تسلّم ... رئاسة المجلس خلفاً لـ" is a succession in the rotating
presidency (RC6); Bremer heading the CPA "خلفاً للجنرال ... غارنر" is a succession (RC6, though Garner
headed ORHA, the CPA's forerunner); Bremer "met the members of the Governing Council": Bremer with the Council; "التقى ...
طالباني وبارزاني في اجتماع مشترك" is a meeting of the three (RC6). LEADS for a prime minister to the
country, for a party leader to the party; a Governing Council member is MEMBER_OF it.
Filled in for the exercise: Bremer's meeting with Abdul Aziz al-Hakim a week before, the wording of the
SCIRI statement, the number of arrests (RC1); the date of Maliki's reception, Rubaie's presence, the Bush
call and the Talabani meeting (RC2); the date and place of Barzani's meeting, Nechirvan Barzani's presence,
the Sulaimani stop (RC3); the date of Mottaki's visit, Kazemi Qomi's presence, the called-off Karbala stop
(RC4); Rubaie's presence (RC5); the date of the Council meeting, the joint meeting with Talabani and
Barzani, Pachachi's absence (RC6).
Spellings: "Ayatollah Mohammed Bakr al-Hakim", "Abdel-Aziz al-Hakim", "L. Paul Bremer III" (RC1);
"نوري كامل المالكي", "زلماي خليلزاد", "جورج كيسي" (RC2); "Kak Masoud", "Ambassador Ryan C. Crocker",
"Mam Jalal" (RC3); "سماحة المرجع الديني الأعلى السيد علي الحسيني السيستاني", "منوشهر متقي", "حسن كاظمي
قمي" (RC4); "Hassan Kazemi-Qomi", "Nouri Maliki", "Mowaffaq al-Rubaie" (RC5); "بول بريمر", "أحمد الجلبي",
"إبراهيم الجعفري" (RC6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rd import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, US = "country:iraq", "country:iran", "country:united-states"
IGC, CPA, SCIRI, KDP, PUK, KRG = (
    "organization:iraqi-governing-council", "organization:coalition-provisional-authority",
    "organization:islamic-supreme-council-of-iraq", "organization:kurdistan-democratic-party",
    "organization:patriotic-union-of-kurdistan", "organization:kurdistan-regional-government")
KRP, IRFM = "organization:kurdistan-region-presidency", "organization:iranian-foreign-ministry"
MBH, AAH, JAAFARI, MALIKI, SISTANI, TALABANI, BARZANI, NECHIRVAN = (
    "person:mohammed-baqir-al-hakim", "person:abdul-aziz-al-hakim", "person:ibrahim-al-jaafari",
    "person:nouri-al-maliki", "person:ali-al-sistani", "person:jalal-talabani", "person:masoud-barzani",
    "person:nechirvan-barzani")
RUBAIE, CHALABI, PACHACHI = "person:mowaffak-al-rubaie", "person:ahmed-chalabi", "person:adnan-pachachi"
BREMER, PETRAEUS, CASEY, KHALILZAD, CROCKER, BUSH = (
    "person:paul-bremer", "person:david-petraeus", "person:george-casey", "person:zalmay-khalilzad",
    "person:ryan-crocker", "person:george-w-bush")
MOTTAKI, QOMI = "person:manouchehr-mottaki", "person:hassan-kazemi-qomi"

AP = "blind set (US news wire, English, AP-like)"
SABAH = "blind set (Iraqi state daily, Arabic, Al-Sabah-like)"
GLOBE = "blind set (Kurdish weekly, English, Kurdish Globe-like)"
AWSAT = "blind set (Saudi pan-Arab daily, Arabic, Asharq Al-Awsat-like)"
PRESSTV = "blind set (Iranian state TV site, English, Press TV-like)"
ZAMAN = "blind set (Iraqi independent daily, Arabic, Azzaman-like)"

ARTICLES = [
    ("enRC1_hakim_najaf_bomb_ap", "en",
     "Car bomb at Najaf shrine kills top Shiite cleric, scores of worshippers\n"
     "NAJAF, Iraq (AP) - A car bomb exploded outside the Imam Ali Shrine as Friday prayers ended, killing "
     "Ayatollah Mohammed Bakr al-Hakim, the leader of the Supreme Council for the Islamic Revolution in Iraq, "
     "and at least 80 other people, hospital officials and the group said Saturday.\n"
     "Al-Hakim, who returned in May from 23 years of exile in Iran, had just delivered a sermon calling for "
     "unity among Iraqis. Only fragments of his body were recovered.\n"
     "SCIRI officials blamed loyalists of Saddam Hussein for the attack. No group claimed responsibility, "
     "and Iraqi police said four men, two of them Iraqis, had been arrested.\n"
     "The party said Saturday that Abdel-Aziz al-Hakim, the ayatollah's younger brother and a member of the "
     "U.S.-appointed Governing Council, will succeed his brother as head of the Supreme Council.\n"
     "L. Paul Bremer III, the top U.S. administrator in Iraq, condemned the \"vicious act\" and said the "
     "coalition would help find those responsible. Bremer met Abdel-Aziz al-Hakim in Baghdad last week to "
     "discuss the council's plans for a constitution.\n"
     "Thousands of mourners marched through Najaf on Saturday, some chanting against the American "
     "occupation.",
     [("LEADS", MBH, SCIRI, "the leader of the Supreme Council for the Islamic Revolution"),
      ("SUCCESSOR_OF", AAH, MBH, "will succeed his brother as head", "2003-08-30"),
      ("MEMBER_OF", AAH, IGC, "a member of the U.S.-appointed Governing Council"),
      ("LEADS", BREMER, CPA, "the top U.S. administrator in Iraq"),
      ("MET_WITH", BREMER, AAH, "Bremer met Abdel-Aziz al-Hakim in Baghdad"),
      ],
     {"source": AP, "published": "2003-08-30"}),

    ("arRC2_maliki_khalilzad_casey_sabah", "ar",
     "المالكي يبحث مع خليلزاد وكيسي الخطة الأمنية لبغداد\n"
     "بغداد - الصباح\n"
     "استقبل دولة رئيس الوزراء نوري كامل المالكي في مكتبه الرسمي أمس، السفير الأميركي في بغداد زلماي "
     "خليلزاد وقائد القوات المتعددة الجنسيات الجنرال جورج كيسي، بحضور مستشار الأمن الوطني الدكتور موفق "
     "الربيعي.\n"
     "وجرى خلال اللقاء بحث الخطة الأمنية الجديدة للعاصمة وتسريع نقل الملف الأمني إلى القوات العراقية. "
     "وأكد المالكي أن حكومته \"عازمة على حصر السلاح بيد الدولة\"، فيما جدد الجانب الأميركي دعم بلاده "
     "لحكومة الوحدة الوطنية.\n"
     "وكان رئيس الوزراء قد اجتمع أمس الأول برئيس الجمهورية جلال طالباني في قصر السلام، وبحث معه استكمال "
     "تسمية الوزراء الأمنيين.\n"
     "من جهة أخرى، تلقى المالكي اتصالاً هاتفياً من الرئيس الأميركي جورج بوش هنأه فيه بتشكيل الحكومة، "
     "ووجه إليه دعوة لزيارة واشنطن في موعد يحدد لاحقاً.\n"
     "يذكر أن المالكي، القيادي في حزب الدعوة الإسلامية، خلف الدكتور إبراهيم الجعفري في رئاسة الحكومة بعد "
     "أشهر من الخلاف على ترشيح الأخير.",
     met_group({MALIKI: "استقبل دولة رئيس الوزراء نوري", KHALILZAD: "السفير الأميركي في بغداد زلماي",
                CASEY: "وقائد القوات المتعددة الجنسيات", RUBAIE: "بحضور مستشار الأمن الوطني"},
               "2006-06-10") + [
      ("MET_WITH", MALIKI, TALABANI, "اجتمع أمس الأول برئيس الجمهورية", "2006-06-09"),
      ("LEADS", TALABANI, IRAQ, "برئيس الجمهورية جلال طالباني"),
      ("LEADS", MALIKI, IRAQ, "رئيس الوزراء نوري كامل"),
      ("LEADS", BUSH, US, "الرئيس الأميركي جورج بوش"),
      ("MEMBER_OF", MALIKI, "organization:islamic-dawa-party", "القيادي في حزب الدعوة"),
      ("SUCCESSOR_OF", MALIKI, JAAFARI, "خلف الدكتور إبراهيم الجعفري"),
      ],
     {"source": SABAH, "published": "2006-06-11"}),

    ("enRC3_barzani_crocker_petraeus_globe", "en",
     "President Barzani, U.S. envoy and commander discuss Kirkuk, PKK shelling\n"
     "ERBIL - Kurdistan Region President Masoud Barzani received U.S. Ambassador Ryan C. Crocker and the "
     "commander of Multi-National Force-Iraq, General David Petraeus, at his office in Pirmam on Sunday.\n"
     "Kurdistan Region Prime Minister Nechirvan Barzani attended the meeting, which focused on the "
     "implementation of Article 140 of the constitution on Kirkuk, the oil law and the Iranian artillery "
     "shelling of border villages in the Qandil area, which killed a shepherd last week.\n"
     "According to a statement from the Presidency of the Kurdistan Region, Kak Masoud told the two "
     "Americans that the Kurdish people \"will not accept any more delays\" on Kirkuk.\n"
     "After the talks in Pirmam the two Americans flew to Sulaimani to meet Iraqi President Jalal Talabani, "
     "who is recovering from a medical treatment in Jordan. Mam Jalal also heads the Patriotic Union of "
     "Kurdistan.\n"
     "Barzani, who leads the Kurdistan Democratic Party, is expected to travel to Washington in the "
     "autumn, a KDP official said.",
     met_group({BARZANI: "President Masoud Barzani received", CROCKER: "U.S. Ambassador Ryan C. Crocker",
                PETRAEUS: "General David Petraeus, at his office"}, "2007-08-19") + [
      ("MET_WITH", NECHIRVAN, BARZANI, "Nechirvan Barzani attended the meeting", "2007-08-19"),
      ("MET_WITH", NECHIRVAN, CROCKER, "Kurdistan Region Prime Minister Nechirvan", "2007-08-19"),
      ("MET_WITH", NECHIRVAN, PETRAEUS, "attended the meeting, which focused", "2007-08-19"),
      ("MET_WITH", CROCKER, TALABANI, "flew to Sulaimani to meet Iraqi President", "2007-08-19"),
      ("MET_WITH", PETRAEUS, TALABANI, "the two Americans flew to Sulaimani", "2007-08-19"),
      ("LEADS", NECHIRVAN, KRG, "Kurdistan Region Prime Minister"),
      ("LEADS", TALABANI, IRAQ, "Iraqi President Jalal Talabani"),
      ("LEADS", TALABANI, PUK, "also heads the Patriotic Union"),
      ("LEADS", BARZANI, KDP, "who leads the Kurdistan Democratic Party"),
      ],
     {"source": GLOBE, "published": "2007-08-22"}),

    ("arRC4_mottaki_sistani_najaf_awsat", "ar",
     "متقي في النجف: طهران تدعم حكومة المالكي\n"
     "النجف: «الشرق الأوسط»\n"
     "استقبل المرجع الديني الأعلى آية الله العظمى السيد علي الحسيني السيستاني، أمس، في مكتبه بالنجف، "
     "وزير الخارجية الإيراني منوشهر متقي والوفد المرافق له، بحضور السفير الإيراني في بغداد حسن كاظمي قمي.\n"
     "وقال متقي للصحافيين عقب اللقاء الذي استمر نحو نصف ساعة إن المرجع \"أكد ضرورة أن يحفظ العراقيون "
     "وحدتهم\"، مضيفاً أن بلاده \"تدعم الحكومة المنتخبة\".\n"
     "وكان الوزير الإيراني قد التقى في بغداد مساء أول من أمس رئيس المجلس الأعلى للثورة الإسلامية في "
     "العراق السيد عبد العزيز الحكيم في منزله بالجادرية، وبحث معه تشكيل الحكومة الجديدة.\n"
     "وعلمت «الشرق الأوسط» أن زيارة كان مقرراً أن يقوم بها متقي إلى كربلاء أُلغيت لأسباب أمنية.\n"
     "يذكر أن السيستاني يمتنع منذ سقوط النظام السابق عن استقبال أي مسؤول أميركي.",
     [("MET_WITH", SISTANI, MOTTAKI, "وزير الخارجية الإيراني منوشهر متقي", "2006-05-26"),
      ("MET_WITH", QOMI, SISTANI, "بحضور السفير الإيراني في بغداد", "2006-05-26"),
      ("MET_WITH", QOMI, MOTTAKI, "حسن كاظمي قمي", "2006-05-26"),
      ("MET_WITH", MOTTAKI, AAH, "قد التقى في بغداد مساء", "2006-05-25"),
      ("LEADS", MOTTAKI, IRFM, "وزير الخارجية الإيراني منوشهر"),
      ("LEADS", AAH, SCIRI, "رئيس المجلس الأعلى للثورة"),
      ],
     {"source": AWSAT, "published": "2006-05-27"}),

    ("enRC5_crocker_kazemi_qomi_talks_presstv", "en",
     "Iranian, US envoys hold first talks in Baghdad\n"
     "Press TV, Baghdad - Iran's ambassador to Iraq Hassan Kazemi-Qomi and his American counterpart Ryan "
     "Crocker met for four hours in Baghdad on Monday, in the first official talks between the two countries "
     "in almost three decades.\n"
     "Iraqi Prime Minister Nouri Maliki opened the session at his office in the Green Zone and welcomed both "
     "envoys before leaving them to talk. National Security Adviser Mowaffaq al-Rubaie also attended the "
     "meeting.\n"
     "The Iranian envoy told reporters that Tehran had proposed a trilateral security mechanism to help the "
     "Iraqi government, and that the US side had shown \"no will\" to end the occupation.\n"
     "Crocker, who succeeded Zalmay Khalilzad in March, described the talks as \"businesslike\" and said "
     "Washington had raised Iran's support for militias. A second round could be held within a month, "
     "officials said.\n"
     "In Tehran, Foreign Minister Manouchehr Mottaki said Iran would judge the talks by their results.",
     met_group({QOMI: "Iran's ambassador to Iraq Hassan Kazemi-Qomi", CROCKER: "his American counterpart",
                MALIKI: "Prime Minister Nouri Maliki opened", RUBAIE: "National Security Adviser Mowaffaq"},
               "2007-05-28") + [
      ("LEADS", MALIKI, IRAQ, "Iraqi Prime Minister Nouri Maliki"),
      ("SUCCESSOR_OF", CROCKER, KHALILZAD, "who succeeded Zalmay Khalilzad in March"),
      ("LEADS", MOTTAKI, IRFM, "Foreign Minister Manouchehr Mottaki"),
      ],
     {"source": PRESSTV, "published": "2007-05-28"}),

    ("arRC6_bremer_governing_council_zaman", "ar",
     "الجلبي يتسلم رئاسة مجلس الحكم وبريمر يتعهد بتسريع كتابة الدستور\n"
     "بغداد - الزمان\n"
     "تسلّم أحمد الجلبي رئيس المؤتمر الوطني العراقي رئاسة مجلس الحكم الانتقالي لشهر أيلول خلفاً لإبراهيم "
     "الجعفري، وفق نظام الرئاسة الدورية بين الأعضاء التسعة.\n"
     "واجتمع الحاكم المدني الأمريكي بول بريمر بأعضاء مجلس الحكم في مقره ببغداد أمس، وبحث معهم آلية "
     "تشكيل اللجنة التحضيرية للدستور والوضع الأمني بعد تفجير النجف. وغاب عن الاجتماع العضو عدنان الباججي "
     "لوجوده خارج العراق.\n"
     "والتقى بريمر في وقت لاحق عضوي المجلس جلال طالباني ومسعود بارزاني في اجتماع مشترك تناول مستقبل "
     "قوات البيشمركة.\n"
     "وفي النجف، قالت مصادر مقربة من المرجع السيستاني إن سماحته لم يستقبل بريمر ولن يستقبله، مؤكداً أن "
     "كتابة الدستور يجب أن تتم بأيدٍ عراقية منتخبة.\n"
     "ويتولى بريمر رئاسة سلطة الائتلاف المؤقتة منذ أيار الماضي خلفاً للجنرال المتقاعد جاي غارنر.",
     met_group({BREMER: "والتقى بريمر في وقت لاحق", TALABANI: "عضوي المجلس جلال طالباني",
                BARZANI: "ومسعود بارزاني في اجتماع مشترك"}, "2003-09-01") + [
      ("SUCCESSOR_OF", CHALABI, JAAFARI, "خلفاً لإبراهيم"),
      ("LEADS", CHALABI, IGC, "رئاسة مجلس الحكم الانتقالي لشهر أيلول"),
      ("MET_WITH", BREMER, IGC, "بأعضاء مجلس الحكم في مقره", "2003-09-01"),
      ("MEMBER_OF", PACHACHI, IGC, "وغاب عن الاجتماع العضو"),
      ("MEMBER_OF", TALABANI, IGC, "والتقى بريمر في وقت"),
      ("MEMBER_OF", BARZANI, IGC, "تناول مستقبل"),
      ("LEADS", BREMER, CPA, "ويتولى بريمر رئاسة سلطة الائتلاف"),
      ("SUCCESSOR_OF", BREMER, "person:jay-garner", "خلفاً للجنرال المتقاعد"),
      ],
     {"source": ZAMAN, "published": "2003-09-02"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRC")
