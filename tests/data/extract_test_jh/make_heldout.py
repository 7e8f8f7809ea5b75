"""Blind set JH: Lebanon, February - November 2025, as the state news agency writes it (NNA-like
protocol, Arabic and its English service): "استقبل ... في قصر بعبدا ... في حضور ...", "وجرى عرض
للأوضاع", "received ... in the presence of ...", "discussed with him", "talks tackled", handover
ceremonies ("جرت عملية التسلم والتسليم"), one item per official.
Pieces: the education ministry handover from Abbas Halabi to Rima Karami and Salam receiving the UN
special coordinator (Arabic); Salam receives the Qatari minister of state with the Qatari ambassador
(English); Aoun receives the Egyptian intelligence chief and the Kataeb leader (Arabic); Menassa
receives the mechanism's chairman, Clearfield after Leeney, and minister Shehadi receives UNIFIL's
commander (English); Patriarch al-Rai receives the new US ambassador Michel Issa, after Lisa Johnson,
and the Saudi ambassador in Bkerke (Arabic); Aoun receives Yazid bin Farhan, then the social affairs
and agriculture ministers (English).
Excluded on purpose (no relation): a phone call from the Qatari prime minister to Salam (JH1); a
visit to the south the Qatari minister "will make" (JH2); Aoun's phone call with President al-Sisi
(JH3); a meeting of the mechanism "scheduled" for the following week in Naqoura (JH4); a letter from
the Patriarch to the Pope (JH5); a phone call between Aoun and the Saudi crown prince, and a planned
trip by the social affairs minister to Riyadh (JH6).
Events follow the public record as far as the writer knew it; some minor details (who attended a
meeting, the exact day of minor receptions) are filled in for the exercise.
Spellings: الرئيس جوزاف عون / "the President", دولة الرئيس, غبطة البطريرك مار بشارة بطرس الراعي,
Sheikh Saud bin Abdulrahman Al-Thani, Lt. Gen. Joseph Clearfield, Minister Kamal Chehade (for
Shehadi), Prince Yazid bin Mohammed bin Fahd Al-Farhan.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ji import ALL  # noqa: E402

HERE = Path(__file__).parent

LEB, QATAR, USA, SAUDI = "country:lebanon", "country:qatar", "country:united-states", "country:saudi-arabia"
LEBGOV, LEBDEF, LEBARMY, QFM, EGINT, KATAEB, MECH, UNIFIL, UNSCOL = (
    "organization:lebanese-government", "organization:lebanese-defence-ministry", "organization:lebanese-army",
    "organization:qatari-foreign-ministry", "organization:egyptian-general-intelligence",
    "organization:kataeb-party", "organization:ceasefire-mechanism", "organization:unifil",
    "organization:united-nations")
BAABDA, SERAIL, BKERKE, YARZE = "location:baabda-palace", "location:grand-serail", "location:bkerke", "location:yarze"
AOUN, SALAM, HENNIS, KHULAIFI, RASHAD, MOUSSA, MENASSA, CLEARFIELD, LEENEY = (
    "person:joseph-aoun", "person:nawaf-salam", "person:jeanine-hennis-plasschaert", "person:mohammed-al-khulaifi",
    "person:hassan-rashad", "person:alaa-moussa", "person:michel-menassa", "person:joseph-clearfield",
    "person:michael-leeney")
PONCHIN, HAYKAL, ABAGNARA, LAZARO, ISSA, JOHNSON, BUKHARI, YAZID, RAJJI = (
    "person:guillaume-ponchin", "person:rodolphe-haykal", "person:diodato-abagnara", "person:aroldo-lazaro",
    "person:michel-issa", "person:lisa-johnson", "person:walid-bukhari", "person:yazid-bin-farhan",
    "person:youssef-rajji")
# new to the tables
KARAMI, HALABI, SAUDAMB, GEMAYEL, SHEHADI, RAI, SAYED, HANI = (
    "person:rima-karami", "person:abbas-halabi", "person:saud-bin-abdulrahman-bin-faisal-al-thani",
    "person:sami-gemayel", "person:kamal-shehadi", "person:bechara-al-rai", "person:haneen-sayed", "person:nizar-hani")

ARTICLES = [
    ("arJH1_education_handover_karami", "ar",
     "كرامي تسلمت مهامها في وزارة التربية من الحلبي وسلام استقبل هينيس بلاسخارت\n"
     "وطنية - جرت قبل ظهر اليوم في مبنى وزارة التربية والتعليم العالي في الأونيسكو عملية التسلم والتسليم "
     "بين وزير التربية السابق عباس الحلبي ووزيرة التربية والتعليم العالي الجديدة ريما كرامي، في حضور "
     "المديرين العامين ورؤساء الوحدات في الوزارة.\n"
     "وألقى الحلبي كلمة عرض فيها ما أنجزته الوزارة خلال الحرب، متمنياً للوزيرة كرامي التوفيق، فيما شكرت "
     "كرامي سلفها، مؤكدة أن «المدرسة الرسمية أولوية هذه الحكومة».\n"
     "من جهة أخرى، استقبل رئيس مجلس الوزراء نواف سلام في السراي الحكومي المنسقة الخاصة للأمم المتحدة في "
     "لبنان جينين هينيس بلاسخارت، وجرى عرض للأوضاع العامة وللتقدم في تطبيق القرار 1701 وانسحاب الجيش "
     "الإسرائيلي من الجنوب.\n"
     "وكان الرئيس سلام قد تلقى اتصالاً هاتفياً من رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن "
     "عبدالرحمن آل ثاني، هنأه فيه بتشكيل الحكومة.",
     [("SUCCESSOR_OF", KARAMI, HALABI, "بين وزير التربية السابق عباس الحلبي", "2025-02-10"),
      ("MET_WITH", HALABI, KARAMI, "عملية التسلم والتسليم", "2025-02-10"),
      ("MEMBER_OF", KARAMI, LEBGOV, "ووزيرة التربية والتعليم العالي الجديدة"),
      ("LEADS", SALAM, LEBGOV, "رئيس مجلس الوزراء نواف سلام"),
      ("MET_WITH", HENNIS, SALAM, "استقبل رئيس مجلس الوزراء نواف سلام", "2025-02-10"),
      ("VISITED", HENNIS, SERAIL, "في السراي الحكومي المنسقة", "2025-02-10"),
      ("MEMBER_OF", HENNIS, UNSCOL, "المنسقة الخاصة للأمم المتحدة في"),
      ("LEADS", "person:mohammed-bin-abdulrahman-al-thani", "organization:qatari-government",
       "رئيس مجلس الوزراء وزير الخارجية القطري"),
      ],
     {"source": "blind set (Lebanese state news agency, Arabic)", "published": "2025-02-10"}),

    ("enJH2_salam_receives_khulaifi", "en",
     "Salam receives Qatari Minister of State Al-Khulaifi\n"
     "NNA - Prime Minister Nawaf Salam received at the Grand Serail this afternoon Qatar's Minister of State "
     "at the Ministry of Foreign Affairs, Dr. Mohammed bin Abdulaziz Al-Khulaifi, in the presence of Qatar's "
     "Ambassador to Lebanon, Sheikh Saud bin Abdulrahman Al-Thani.\n"
     "The meeting discussed the bilateral relations and Qatar's continued support to the Lebanese army, "
     "including the fuel grant, as well as reconstruction needs in the south.\n"
     "Minister Al-Khulaifi conveyed to the Premier the greetings of His Highness the Emir of Qatar, Sheikh "
     "Tamim bin Hamad Al-Thani, and affirmed that Qatar stands by Lebanon and its institutions.\n"
     "Earlier, the Qatari minister was received by President Joseph Aoun at Baabda Palace, in the presence "
     "of Foreign Minister Youssef Rajji.\n"
     "Al-Khulaifi is expected to visit the south of Lebanon tomorrow.",
     [("LEADS", SALAM, LEBGOV, "Prime Minister Nawaf Salam received"),
      ("MET_WITH", KHULAIFI, SALAM, "Prime Minister Nawaf Salam received", "2025-05-27"),
      ("VISITED", KHULAIFI, SERAIL, "at the Grand Serail this afternoon", "2025-05-27"),
      ("MEMBER_OF", KHULAIFI, QFM, "Minister of State at the Ministry of Foreign Affairs"),
      ("MET_WITH", SAUDAMB, SALAM, "Sheikh Saud bin Abdulrahman", "2025-05-27"),
      ("MET_WITH", KHULAIFI, SAUDAMB, "Sheikh Saud bin Abdulrahman", "2025-05-27"),
      ("LEADS", "person:tamim-bin-hamad-al-thani", QATAR, "the Emir of Qatar, Sheikh"),
      ("MET_WITH", AOUN, KHULAIFI, "was received by President Joseph Aoun", "2025-05-27"),
      ("VISITED", KHULAIFI, BAABDA, "at Baabda Palace, in the presence", "2025-05-27"),
      ("MET_WITH", AOUN, RAJJI, "of Foreign Minister Youssef Rajji", "2025-05-27"),
      ("MET_WITH", KHULAIFI, RAJJI, "of Foreign Minister Youssef Rajji", "2025-05-27"),
      ("LEADS", RAJJI, "organization:lebanese-foreign-ministry", "Foreign Minister Youssef"),
      ],
     {"source": "blind set (Lebanese state news agency, English service)", "published": "2025-05-27"}),

    ("arJH3_aoun_receives_rashad_gemayel", "ar",
     "الرئيس عون استقبل رئيس المخابرات العامة المصرية ورئيس حزب الكتائب\n"
     "وطنية - استقبل رئيس الجمهورية العماد جوزاف عون قبل ظهر اليوم في قصر بعبدا رئيس جهاز المخابرات العامة "
     "المصرية اللواء حسن رشاد، في حضور سفير جمهورية مصر العربية في لبنان علاء موسى، ونقل اللواء رشاد إلى "
     "الرئيس عون تحيات الرئيس عبد الفتاح السيسي وحرص مصر على استقرار لبنان ووقف الاعتداءات الإسرائيلية "
     "عليه.\n"
     "وجرى خلال اللقاء عرض للأفكار المصرية المطروحة لخفض التصعيد في الجنوب ولدور لجنة الإشراف على وقف "
     "الأعمال العدائية.\n"
     "وفي قصر بعبدا أيضاً، استقبل الرئيس عون رئيس حزب الكتائب اللبنانية النائب سامي الجميّل، وتناول البحث "
     "الأوضاع العامة وملف حصر السلاح بيد الدولة والانتخابات النيابية المقبلة.\n"
     "وكان رئيس الجمهورية قد أجرى مساء أمس اتصالاً هاتفياً بالرئيس السيسي شكره فيه على مبادرة مصر.",
     [("LEADS", AOUN, LEB, "رئيس الجمهورية العماد جوزاف عون"),
      ("MET_WITH", AOUN, RASHAD, "قبل ظهر اليوم في قصر بعبدا رئيس جهاز", "2025-10-28"),
      ("VISITED", RASHAD, BAABDA, "قبل ظهر اليوم في قصر بعبدا رئيس جهاز", "2025-10-28"),
      ("LEADS", RASHAD, EGINT, "المصرية اللواء حسن رشاد"),
      ("MET_WITH", AOUN, MOUSSA, "في حضور سفير جمهورية مصر العربية", "2025-10-28"),
      ("MET_WITH", MOUSSA, RASHAD, "في حضور سفير جمهورية مصر العربية", "2025-10-28"),
      ("MET_WITH", AOUN, GEMAYEL, "النائب سامي الجميّل", "2025-10-28"),
      ("LEADS", GEMAYEL, KATAEB, "رئيس حزب الكتائب اللبنانية النائب"),
      ("LEADS", "person:abdel-fattah-al-sisi", "country:egypt", "تحيات الرئيس عبد الفتاح السيسي"),
      ],
     {"source": "blind set (Lebanese state news agency, Arabic)", "published": "2025-10-28"}),

    ("enJH4_menassa_clearfield_shehadi_abagnara", "en",
     "Menassa receives head of ceasefire mechanism; Chehade meets UNIFIL commander\n"
     "NNA - Minister of National Defence, Major General Michel Menassa, received at his office in Yarze today "
     "the new chairman of the ceasefire monitoring mechanism, US Lieutenant General Joseph Clearfield, who "
     "recently took over from Major General Michael Leeney, in the presence of the Army Commander, General "
     "Rodolphe Haykal, and the French member of the mechanism, General Guillaume Ponchin.\n"
     "Talks tackled the Israeli violations, the army's deployment south of the Litani, and Israel's "
     "continued occupation of five points. The mechanism is scheduled to meet next week in Naqoura.\n"
     "Separately, Minister of State for the Displaced and for Technology and Artificial Intelligence, Kamal "
     "Chehade, met with UNIFIL Head of Mission and Force Commander, Major General Diodato Abagnara, who "
     "succeeded Lieutenant General Aroldo Lazaro in June, and discussed with him the return of the displaced "
     "to the border villages and the rehabilitation of infrastructure.",
     [("LEADS", MENASSA, LEBDEF, "Minister of National Defence, Major General Michel"),
      ("MET_WITH", CLEARFIELD, MENASSA, "received at his office in Yarze today", "2025-09-01"),
      ("VISITED", CLEARFIELD, YARZE, "received at his office in Yarze today", "2025-09-01"),
      ("LEADS", CLEARFIELD, MECH, "the new chairman of the ceasefire monitoring mechanism"),
      ("SUCCESSOR_OF", CLEARFIELD, LEENEY, "recently took over from Major General Michael Leeney", "2025-08"),
      ("MET_WITH", HAYKAL, MENASSA, "in the presence of the Army Commander", "2025-09-01"),
      ("MET_WITH", CLEARFIELD, HAYKAL, "in the presence of the Army Commander", "2025-09-01"),
      ("LEADS", HAYKAL, LEBARMY, "the Army Commander, General"),
      ("MET_WITH", MENASSA, PONCHIN, "the French member of the mechanism", "2025-09-01"),
      ("MET_WITH", CLEARFIELD, PONCHIN, "the French member of the mechanism", "2025-09-01"),
      ("MET_WITH", HAYKAL, PONCHIN, "the French member of the mechanism", "2025-09-01"),
      ("MEMBER_OF", PONCHIN, MECH, "the French member of the mechanism"),
      ("MEMBER_OF", SHEHADI, LEBGOV, "Minister of State for the Displaced"),
      ("MET_WITH", ABAGNARA, SHEHADI, "Chehade, met with UNIFIL Head of Mission", "2025-09-01"),
      ("LEADS", ABAGNARA, UNIFIL, "UNIFIL Head of Mission and Force Commander"),
      ("SUCCESSOR_OF", ABAGNARA, LAZARO, "succeeded Lieutenant General Aroldo Lazaro", "2025-06"),
      ],
     {"source": "blind set (Lebanese state news agency, English service)", "published": "2025-09-01"}),

    ("arJH5_rai_receives_issa_bukhari", "ar",
     "البطريرك الراعي استقبل السفير الأميركي الجديد والسفير السعودي\n"
     "وطنية - استقبل البطريرك الماروني الكاردينال مار بشارة بطرس الراعي في الصرح البطريركي في بكركي اليوم "
     "سفير الولايات المتحدة الأميركية الجديد في لبنان ميشال عيسى، الذي خلف السفيرة ليزا جونسون، في زيارة "
     "تعارف بعد تقديمه أوراق اعتماده إلى رئيس الجمهورية، وجرى عرض للأوضاع العامة في البلاد وللمفاوضات "
     "الجارية لوقف الاعتداءات الإسرائيلية على الجنوب.\n"
     "وقال السفير عيسى بعد اللقاء إن «الولايات المتحدة تقف إلى جانب الدولة اللبنانية وجيشها».\n"
     "ثم استقبل غبطته سفير المملكة العربية السعودية وليد بخاري، وكان البحث في العلاقات اللبنانية "
     "السعودية ودعم المملكة لمسيرة العهد.\n"
     "وكان البطريرك قد وجّه رسالة إلى البابا لاوون الرابع عشر عشية زيارته المرتقبة إلى لبنان.",
     [("MET_WITH", ISSA, RAI, "الكاردينال مار بشارة بطرس الراعي", "2025-11-18"),
      ("VISITED", ISSA, BKERKE, "في الصرح البطريركي في بكركي", "2025-11-18"),
      ("SUCCESSOR_OF", ISSA, JOHNSON, "الذي خلف السفيرة ليزا جونسون", "2025-11"),
      ("MET_WITH", BUKHARI, RAI, "ثم استقبل غبطته سفير", "2025-11-18"),
      ("VISITED", BUKHARI, BKERKE, "ثم استقبل غبطته سفير", "2025-11-18"),
      ],
     {"source": "blind set (Lebanese state news agency, Arabic)", "published": "2025-11-18"}),

    ("enJH6_aoun_receives_yazid_sayed_hani", "en",
     "President Aoun receives Saudi envoy, Ministers Sayed and Hani\n"
     "NNA - President of the Republic, General Joseph Aoun, received at Baabda Palace today the envoy of the "
     "Saudi Foreign Minister, Prince Yazid bin Mohammed bin Fahd Al-Farhan, in the presence of the Kingdom's "
     "Ambassador to Lebanon, Walid Bukhari.\n"
     "The meeting discussed the latest developments and the Kingdom's support for Lebanon's reform "
     "efforts and for the army.\n"
     "The President had received a phone call yesterday from Crown Prince Mohammed bin Salman.\n"
     "The President later met Minister of Social Affairs, Dr. Haneen Sayed, who briefed him on the cash "
     "assistance programme for poor families and on her planned visit to Riyadh, then Minister of "
     "Agriculture, Dr. Nizar Hani, who discussed with him the damage to farmland in the south caused by "
     "Israeli bombardment and the compensation plan.",
     [("LEADS", AOUN, LEB, "President of the Republic, General Joseph"),
      ("MET_WITH", AOUN, YAZID, "received at Baabda Palace today the envoy", "2025-06-20"),
      ("VISITED", YAZID, BAABDA, "received at Baabda Palace today the envoy", "2025-06-20"),
      ("MET_WITH", AOUN, BUKHARI, "Ambassador to Lebanon, Walid Bukhari", "2025-06-20"),
      ("MET_WITH", BUKHARI, YAZID, "Ambassador to Lebanon, Walid Bukhari", "2025-06-20"),
      ("MET_WITH", AOUN, SAYED, "The President later met Minister of Social Affairs", "2025-06-20"),
      ("MEMBER_OF", SAYED, LEBGOV, "Minister of Social Affairs, Dr"),
      ("MET_WITH", AOUN, HANI, "Agriculture, Dr. Nizar Hani, who discussed with him", "2025-06-20"),
      ("MEMBER_OF", HANI, LEBGOV, "then Minister of"),
      ("ATTACKED", "country:israel", "location:south-lebanon", "caused by Israeli bombardment"),
      ],
     {"source": "blind set (Lebanese state news agency, English service)", "published": "2025-06-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJH")
