"""Blind set OV: Yemen 2011-2014 and its neighbours (second folder of OU-OV): AQAP's confirmation that its
deputy leader Said al-Shihri was killed by a US drone strike, with the earlier losses of the group (August
2013 brief), Jamal Benomar's meeting with Abdul-Malik al-Houthi in Saada and the signing of the Peace and
National Partnership Agreement (September 2014), Hadi's appointment of Khaled Bahah to replace Basindawa
(October 2014), Obama's reception of Hadi at the White House (August 2013), Hadi sworn in as president
(February 2012), and King Abdullah's reception of Hadi in Jeddah (August 2013), as a Washington think tank
writes it in English (policy brief: "Policy Brief | Gulf and Yemen Program"), the Houthis' outlet in Arabic
(al-Masirah-like: "السيد عبدالملك بدر الدين الحوثي"، "قائد الثورة"), Yemen's state agency in English
(Saba-like: "SANA'A, Oct. 14 (Saba) -", "Republican Decree No."), a pan-Arab daily in Arabic (Asharq
al-Awsat-like: "واشنطن: «الشرق الأوسط»"), an international TV site in English (Al Jazeera English-like:
a standfirst line, "Al Jazeera's correspondent") and Saudi Arabia's state agency in Arabic (SPA-like: "جدة
26 رمضان 1434 هـ الموافق 4 أغسطس 2013 م واس", "خادم الحرمين الشريفين", "صاحب السمو الملكي").
Pieces: a US drone strike killed al-Shihri (AQAP's confirmation); a CIA drone killed al-Awlaki and Samir Khan;
a US strike killed Fahd al-Quso; Ansar al-Sharia claimed the bombing that killed Salem Qatan, whom Hadi had
appointed to replace Mahdi Maqoula (English, OV1); Abdul-Malik al-Houthi meets Benomar; al-Mashat signs in
the presence of Hadi and Benomar (Arabic, OV2); Bahah succeeds Basindawa; Hadi receives Bahah with the
advisers al-Sammad and Noman present (English, OV3); Obama receives Hadi with Biden, Rice and al-Qirbi
present, Hadi had met Kerry; Hadi's predecessor Saleh (Arabic, OV4); Hadi takes over from Saleh; Hadi meets
Benomar and the ambassadors, Feierstein among them (English, OV5); King Abdullah receives Hadi with Crown
Prince Salman and Saud al-Faisal present; Hadi receives Mohammed bin Nayef (Arabic, OV6).
Excluded on purpose (no relation): Yemen's premature announcement of al-Shihri's death; al-Raymi, who "could
replace" al-Shihri; al-Wuhayshi named by al-Zawahiri (no meeting); al-Asiri, at large (OV1); Basindawa's
resignation, in which he accuses Hadi; the Houthi accusation that Islah killed Sharafeddine (gunmen, no agent
stated by the outlet); Benomar's planned meeting with the GPC leaders (OV2); bin Mubarak, named earlier, who
declined the post (no succession); Benomar's welcome and expected meeting with Bahah (OV3); Brennan's
cancelled meeting; the Guantanamo detainees (OV4); the Mukalla bombing (no named victim); the handover
ceremony expected on Monday; Ahmed Ali Saleh (OV5); Qaboos's phone call to the King; the kidnapped Saudi
deputy consul (OV6).
Judgement calls: "had been killed in a U.S. drone strike" as AQAP confirmed it gives the victim ->
country:united-states; "killed by a CIA drone" gives organization:cia (OV1); "Ansar al-Sharia ... claimed the
... bombing that killed" gives the claimant only (not AQAP, its parent) (OV1); "had appointed Qatan ... to
replace Maqoula" is a succession (OV1); signing "in the presence of" Hadi and Benomar is a meeting of the
three (OV2); the advisers present are paired with both principals and with each other (attendees of one list
who attend together are paired, as most dev gold; likewise Biden, Rice and al-Qirbi in OV4 and Salman and Saud
in OV6); "his predecessor Ali Abdullah Saleh" («سلفه») is a succession (OV4); "Hadi met UN envoy Jamal Benomar
and the ambassadors ..., including US ambassador Gerald Feierstein": one meeting, the three paired (OV5); a
prime minister LEADS the country (OV3 Bahah, named "as Prime Minister" by the decree); a minister LEADS his
ministry where it has an id (Saudi foreign and interior ministries).
Filled in for the exercise: the brief's title, number and date, the wording of AQAP's statement (OV1); the
day of the Saada meeting, al-Mashat as the Houthi signatory (OV2); the decree number, the day of Bahah's
reception and the advisers' presence (OV3); the attendees, the Kerry meeting's day and the cancelled Brennan
meeting (OV4); Feierstein's presence at the morning meeting (OV5); the date and place of the King's reception,
the attendees, bin Nayef's call on Hadi and Qaboos's phone call (OV6).
Spellings: "Said Ali al-Shihri", "Nasir al-Wuhayshi", "Mahdi Maqoula" (OV1); «بنعمر», «عبدالملك بدر الدين
الحوثي» (OV2); "Abd Rabbu Mansour Hadi", "Khaled Mahfoudh Bahah", "Sana'a" (OV3); «عبد ربه منصور هادي», «أبو بكر
القربي», «سوزان رايس» (OV4); "Abd-Rabbu Mansour Hadi", "Yahya al-Raie" (OV5); «عبدالله بن عبدالعزيز آل سعود»,
«محمد بن نايف بن عبدالعزيز» (OV6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ov import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN, SAUDI, OMAN, US = "country:yemen", "country:saudi-arabia", "country:oman", "country:united-states"
HOUTHIS, AQAP, ANSAR_SHARIA, CIA = (
    "organization:houthis", "organization:al-qaeda-in-the-arabian-peninsula", "organization:ansar-al-sharia-yemen",
    "organization:cia")
SAUFM, SAUINT, YEMPARL = (
    "organization:saudi-foreign-ministry", "organization:saudi-interior-ministry", "organization:yemeni-parliament")
SALEH, HADI, BASINDAWA, BAHAH, QIRBI = (
    "person:ali-abdullah-saleh", "person:abdrabbuh-mansur-hadi", "person:mohammed-basindawa", "person:khaled-bahah",
    "person:abu-bakr-al-qirbi")
NOMAN, RAEE, QATAN, MAQOULA = (
    "person:yassin-saeed-noman", "person:yahya-al-raee", "person:salem-qatan", "person:mahdi-maqoula")
HOUTHI, SAMMAD, MASHAT = "person:abdul-malik-al-houthi", "person:saleh-al-sammad", "person:mahdi-al-mashat"
SHIHRI, AWLAKI, KHAN, QUSO, WUHAYSHI = (
    "person:said-al-shihri", "person:anwar-al-awlaki", "person:samir-khan", "person:fahd-al-quso",
    "person:nasir-al-wuhayshi")
ABDULLAH, SALMAN, SAUD, MBN, QABOOS = (
    "person:abdullah-bin-abdulaziz", "person:salman-bin-abdulaziz", "person:saud-al-faisal",
    "person:mohammed-bin-nayef", "person:qaboos-bin-said")
BENOMAR, OBAMA, BIDEN, RICE, KERRY, BRENNAN, FEIERSTEIN = (
    "person:jamal-benomar", "person:barack-obama", "person:joe-biden", "person:susan-rice", "person:john-kerry",
    "person:john-brennan", "person:gerald-feierstein")

BRIEF = "blind set (Washington think tank policy brief, English)"
MASIRAH = "blind set (Houthi news site, Arabic, al-Masirah-like)"
SABA = "blind set (Yemeni state news agency, English service, Saba-like)"
AWSAT = "blind set (pan-Arab daily, Arabic, Asharq al-Awsat-like)"
AJE = "blind set (international TV news site, English, Al Jazeera English-like)"
SPA = "blind set (Saudi state news agency, Arabic, SPA-like)"

ARTICLES = [
    ("enOV1_aqap_after_shihri_brief", "en",
     "AQAP After al-Shihri: Losses at the Top, and a Leadership That Adapts\n"
     "Policy Brief No. 71 | Gulf and Yemen Program | August 2013\n"
     "Al-Qaeda in the Arabian Peninsula (AQAP) confirmed in July that its deputy leader, Said Ali al-Shihri, had "
     "been killed in a U.S. drone strike. In a statement issued by "
     "its al-Malahem media arm, the group said the Saudi former Guantanamo detainee died of wounds sustained in "
     "the strike; Yemeni officials had announced his death prematurely in September 2012.\n"
     "Al-Shihri is the most senior figure the group has lost since September 2011, when Anwar al-Awlaki and "
     "Samir Khan were killed by a CIA drone in al-Jawf. In May 2012, a U.S. strike in Shabwa killed Fahd "
     "al-Quso, who was wanted for the 2000 bombing of the USS Cole.\n"
     "The group has also hit back in the south. Its insurgent arm, Ansar al-Sharia, claimed the June 2012 suicide "
     "bombing in Aden that killed Maj. Gen. Salem Qatan, commander of the southern military region, weeks after "
     "his forces had retaken Zinjibar and Jaar. President Abd Rabbuh Mansur Hadi had appointed Qatan in March to "
     "replace Maj. Gen. Mahdi Maqoula, a Saleh loyalist dismissed after an AQAP raid on army posts.\n"
     "Yet the leadership has proven resilient. Nasir al-Wuhayshi, AQAP's emir since 2009, was reportedly named "
     "general manager of al-Qaeda by Ayman al-Zawahiri this summer, and Qasim al-Raymi, the military chief, could "
     "replace al-Shihri as deputy. The bomb maker Ibrahim al-Asiri remains at large.",
     [("ASSASSINATED_BY", SHIHRI, US, "been killed in a U.S. drone strike"),
      ("MEMBER_OF", SHIHRI, AQAP, "its deputy leader, Said Ali al-Shihri"),
      ("ASSASSINATED_BY", AWLAKI, CIA, "were killed by a CIA drone", "2011-09-30"),
      ("ASSASSINATED_BY", KHAN, CIA, "Samir Khan were killed", "2011-09-30"),
      ("ASSASSINATED_BY", QUSO, US, "a U.S. strike in Shabwa killed Fahd", "2012-05-06"),
      ("ASSASSINATED_BY", QATAN, ANSAR_SHARIA, "Ansar al-Sharia, claimed the June 2012", "2012-06-18"),
      ("SUCCESSOR_OF", QATAN, MAQOULA, "had appointed Qatan in March", "2012-03-10"),
      ("LEADS", HADI, YEMEN, "President Abd Rabbuh Mansur Hadi"),
      ("LEADS", WUHAYSHI, AQAP, "AQAP's emir since 2009"),
      ],
     {"source": BRIEF, "published": "2013-08-15"}),

    ("arOV2_benomar_houthi_partnership_masirah", "ar",
     "المبعوث الأممي يلتقي السيد عبدالملك الحوثي في صعدة.. وتوقيع اتفاق السلم والشراكة في صنعاء\n"
     "المسيرة نت - صنعاء\n"
     "التقى السيد عبدالملك بدر الدين الحوثي، قائد الثورة الشعبية، مساء السبت في صعدة، المبعوث الأممي إلى اليمن "
     "جمال بنعمر، وجرى خلال اللقاء بحث الترتيبات النهائية لاتفاق يلبي مطالب الشعب اليمني بإسقاط الجرعة وتغيير "
     "الحكومة.\n"
     "وأكد السيد القائد خلال اللقاء أن الثورة الشعبية ماضية حتى تحقيق أهدافها، فيما نقل بنعمر رؤية رئاسة "
     "الجمهورية للحل.\n"
     "وفي العاصمة صنعاء، جرى مساء الأحد بدار الرئاسة التوقيع على اتفاق السلم والشراكة الوطنية، حيث وقّع عن أنصار "
     "الله عضو المجلس السياسي مهدي المشاط، بحضور رئيس الجمهورية عبدربه منصور هادي والمبعوث الأممي.\n"
     "وجاء التوقيع بعد ساعات من إعلان رئيس الوزراء محمد سالم باسندوة استقالته من منصبه، متهماً رئيس الجمهورية "
     "بالانفراد بالقرار.\n"
     "وفي سياق آخر، جدد المكتب السياسي لأنصار الله اتهامه لحزب الإصلاح بالوقوف خلف اغتيال ممثله في مؤتمر الحوار "
     "الوطني الدكتور أحمد شرف الدين، الذي اغتيل في يناير الماضي بصنعاء برصاص مسلحين على دراجة نارية.\n"
     "ومن المقرر أن يلتقي بنعمر قيادات المؤتمر الشعبي العام لاستكمال التوقيع على الملحق الأمني للاتفاق.",
     [("MET_WITH", HOUTHI, BENOMAR, "المبعوث الأممي إلى اليمن", "2014-09-20"),
      ("MET_WITH", MASHAT, HADI, "بحضور رئيس الجمهورية عبدربه", "2014-09-21"),
      ("MET_WITH", MASHAT, BENOMAR, "منصور هادي والمبعوث الأممي", "2014-09-21"),
      ("MET_WITH", HADI, BENOMAR, "التوقيع على اتفاق السلم والشراكة الوطنية", "2014-09-21"),
      ("MEMBER_OF", MASHAT, HOUTHIS, "عضو المجلس السياسي مهدي المشاط"),
      ("LEADS", HADI, YEMEN, "رئيس الجمهورية عبدربه منصور هادي"),
      ("LEADS", BASINDAWA, YEMEN, "رئيس الوزراء محمد سالم باسندوة"),
      ],
     {"source": MASIRAH, "published": "2014-09-21"}),

    ("enOV3_hadi_appoints_bahah_saba", "en",
     "President Hadi appoints Bahah as Prime Minister\n"
     "SANA'A, Oct. 14 (Saba) - President of the Republic Abd Rabbu Mansour Hadi issued on Monday Republican Decree "
     "No. 47 of 2014 naming Khaled Mahfoudh Bahah, Yemen's permanent representative to the United Nations, as "
     "Prime Minister and assigning him to form the new government.\n"
     "Bahah succeeds Mohammed Salem Basindawa, who submitted his resignation on September 21 as Ansar Allah "
     "fighters entered the capital.\n"
     "The decree comes after Ahmed Awad bin Mubarak, director of the Office of the Presidency, apologized on "
     "October 9 for not accepting the post following objections from Ansar Allah.\n"
     "The new premier, a former minister of oil and minerals, was chosen in consultation with the political "
     "components that signed the Peace and National Partnership Agreement.\n"
     "President Hadi received on Tuesday the Prime Minister-designate at the Presidential House, in the presence "
     "of the presidential advisers Saleh al-Sammad and Dr. Yassin Saeed Noman.\n"
     "During the meeting, the President urged Bahah to form a government of competencies that reflects national "
     "partnership and to give priority to the economic and security situation.\n"
     "UN envoy Jamal Benomar welcomed the appointment and is expected to meet the new Prime Minister after his "
     "arrival in the capital.",
     [("SUCCESSOR_OF", BAHAH, BASINDAWA, "Bahah succeeds Mohammed Salem Basindawa", "2014-10-13"),
      ("LEADS", HADI, YEMEN, "President of the Republic Abd Rabbu Mansour Hadi"),
      ("LEADS", BAHAH, YEMEN, "Prime Minister and assigning him"),
      ] + met_group({HADI: "President Hadi received on Tuesday", BAHAH: "the Prime Minister-designate at",
                     SAMMAD: "advisers Saleh al-Sammad", NOMAN: "Dr. Yassin Saeed Noman"}, "2014-10-14"),
     {"source": SABA, "published": "2014-10-14"}),

    ("arOV4_obama_receives_hadi_awsat", "ar",
     "أوباما يستقبل هادي في البيت الأبيض ويشيد بـ«الحوار الوطني» اليمني\n"
     "واشنطن: «الشرق الأوسط»\n"
     "استقبل الرئيس الأميركي باراك أوباما في المكتب البيضاوي، أمس، الرئيس اليمني عبد ربه منصور هادي، في أول "
     "زيارة لرئيس يمني إلى البيت الأبيض منذ زيارة سلفه علي عبد الله صالح عام 2007.\n"
     "وحضر اللقاء نائب الرئيس جو بايدن ومستشارة الأمن القومي سوزان رايس، ومن الجانب اليمني وزير الخارجية أبو "
     "بكر القربي.\n"
     "وأشاد أوباما بمؤتمر الحوار الوطني الشامل، معتبراً أن اليمن «يقدم نموذجاً للانتقال السلمي»، فيما أكد هادي "
     "تعاون بلاده في مواجهة تنظيم القاعدة في جزيرة العرب.\n"
     "وبحث الجانبان ملف المعتقلين اليمنيين في غوانتانامو، بعد أن أعلن أوباما في مايو (أيار) الماضي رفع "
     "الحظر عن إعادتهم إلى اليمن.\n"
     "وكان هادي قد التقى الاثنين وزير الخارجية الأميركي جون كيري في مقر الخارجية، فيما أُلغي لقاء كان مقرراً مع "
     "مدير وكالة المخابرات المركزية جون برينان دون إبداء أسباب.\n"
     "وقالت مصادر في الوفد اليمني لـ«الشرق الأوسط» إن هادي طلب دعماً أميركياً لإعادة هيكلة الجيش وتمويل "
     "خطة للتنمية في المحافظات الجنوبية.",
     met_group({OBAMA: "استقبل الرئيس الأميركي باراك أوباما", HADI: "الرئيس اليمني عبد ربه منصور هادي",
                BIDEN: "نائب الرئيس جو بايدن", RICE: "ومستشارة الأمن القومي سوزان رايس",
                QIRBI: "ومن الجانب اليمني وزير الخارجية"}, "2013-08-01") + [
      ("SUCCESSOR_OF", HADI, SALEH, "منذ زيارة سلفه علي عبد الله صالح"),
      ("MET_WITH", HADI, KERRY, "وزير الخارجية الأميركي جون كيري", "2013-07-29"),
      ("LEADS", OBAMA, US, "الرئيس الأميركي باراك أوباما في"),
      ("LEADS", HADI, YEMEN, "الرئيس اليمني عبد ربه"),
      ("LEADS", BRENNAN, CIA, "مدير وكالة المخابرات المركزية جون برينان"),
      ],
     {"source": AWSAT, "published": "2013-08-02"}),

    ("enOV5_hadi_sworn_in_aje", "en",
     "Hadi sworn in as Yemen's president\n"
     "Former vice president takes oath before parliament, formally ending Ali Abdullah Saleh's 33-year rule.\n"
     "Abd-Rabbu Mansour Hadi has been sworn in as Yemen's new president, taking over from Ali Abdullah Saleh "
     "three months after the long-time leader agreed to step down under a Gulf-brokered deal.\n"
     "Hadi, the sole candidate in Tuesday's election, took the oath before parliament in Sanaa on Saturday. "
     "Speaker Yahya al-Raie read out the results, saying Hadi had won 99.8 percent of the vote.\n"
     "Earlier in the day, Hadi met UN envoy Jamal Benomar and the ambassadors of the Gulf states and of the five "
     "permanent members of the UN Security Council, including US Ambassador Gerald Feierstein, at his residence.\n"
     "Hours after the ceremony, a suicide car bomber struck the gate of a presidential palace in the southern city "
     "of Mukalla, killing at least 26 Republican Guards. Al-Qaeda in the Arabian Peninsula claimed responsibility "
     "in a text message to journalists.\n"
     "Saleh, who returned to Sanaa from medical treatment in the United States on Friday, is expected to hand "
     "over power formally to Hadi at a ceremony at the presidential palace on Monday.\n"
     "Al Jazeera's correspondent in Sanaa said protesters in Change Square vowed to stay until Saleh's relatives "
     "were removed from command of the security forces, among them his son Ahmed Ali Saleh, who heads the "
     "Republican Guard.",
     [("SUCCESSOR_OF", HADI, SALEH, "taking over from Ali Abdullah Saleh", "2012-02-25"),
      ("LEADS", RAEE, YEMPARL, "Speaker Yahya al-Raie"),
      ] + met_group({HADI: "Earlier in the day, Hadi met", BENOMAR: "UN envoy Jamal Benomar and the ambassadors",
                     FEIERSTEIN: "including US Ambassador Gerald Feierstein"}, "2012-02-25"),
     {"source": AJE, "published": "2012-02-25"}),

    ("arOV6_king_abdullah_receives_hadi_spa", "ar",
     "خادم الحرمين الشريفين يستقبل الرئيس اليمني\n"
     "جدة 26 رمضان 1434 هـ الموافق 4 أغسطس 2013 م واس\n"
     "استقبل خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز آل سعود - حفظه الله - في قصره بجدة اليوم، فخامة "
     "الرئيس عبدربه منصور هادي رئيس الجمهورية اليمنية.\n"
     "وفي بداية الاستقبال رحب خادم الحرمين الشريفين بفخامة الرئيس اليمني في المملكة، فيما عبّر فخامته عن سعادته "
     "بلقاء خادم الحرمين الشريفين.\n"
     "ثم عقد الجانبان جلسة مباحثات رسمية جرى خلالها استعراض العلاقات الأخوية بين البلدين الشقيقين ومسار تنفيذ "
     "المبادرة الخليجية وآليتها التنفيذية.\n"
     "حضر الاستقبال والمباحثات صاحب السمو الملكي الأمير سلمان بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء "
     "وزير الدفاع، وصاحب السمو الملكي الأمير سعود الفيصل وزير الخارجية.\n"
     "وفي وقت لاحق، استقبل فخامة الرئيس اليمني في مقر إقامته بجدة صاحب السمو الملكي الأمير محمد بن نايف بن "
     "عبدالعزيز وزير الداخلية، وبحث معه التعاون الأمني بين البلدين في مواجهة تنظيم القاعدة.\n"
     "وكان خادم الحرمين الشريفين قد تلقى أمس اتصالاً هاتفياً من جلالة السلطان قابوس بن سعيد سلطان عمان، جرى "
     "خلاله تبادل التهاني بقرب حلول عيد الفطر المبارك.",
     met_group({ABDULLAH: "الملك عبدالله بن عبدالعزيز آل سعود", HADI: "الرئيس عبدربه منصور هادي رئيس",
                SALMAN: "الأمير سلمان بن عبدالعزيز ولي العهد", SAUD: "الأمير سعود الفيصل وزير الخارجية"},
               "2013-08-04") + [
      ("MET_WITH", HADI, MBN, "الأمير محمد بن نايف", "2013-08-04"),
      ("LEADS", ABDULLAH, SAUDI, "استقبل خادم الحرمين الشريفين الملك"),
      ("LEADS", HADI, YEMEN, "رئيس الجمهورية اليمنية"),
      ("LEADS", SAUD, SAUFM, "سعود الفيصل وزير الخارجية"),
      ("LEADS", MBN, SAUINT, "عبدالعزيز وزير الداخلية"),
      ("LEADS", QABOOS, OMAN, "قابوس بن سعيد سلطان عمان"),
      ],
     {"source": SPA, "published": "2013-08-04"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOV")
