"""Blind set RZ: Hezbollah's leadership 1992-2024 (second folder of RY-RZ): Nasrallah on Qassem Soleimani's
last visit and the US drone strike that killed him (January 2020), Nasrallah's iftar for Gebran Bassil and
Sleiman Frangieh (April 2022), the IDF's killing of Fuad Shukr in Beirut and Ismail Haniyeh's death in
Tehran (July 2024), the Israeli strike that killed Ibrahim Aqil (September 2024), Naim Qassem's election
after Nasrallah and Safieddine were killed (October 2024) and Ali Larijani's visit to Beirut (November 2024),
as a Beirut daily's English site writes it (L'Orient Today-like: "Caretaker Prime Minister", "the Iranian
general"), a Beirut daily in Arabic (al-Akhbar-like: "وبحسب معلومات «الأخبار»"، "الرجلين"), an Israeli news
site in English (Times of Israel-like: "the terror group", "Dahiyeh"), a pan-Arab TV site in Arabic (Al
Mayadeen-like: "القائد الجهادي الكبير"، "جيش الاحتلال"، "ارتقى شهيداً"), a US wire in English (AP-like:
"BEIRUT (AP) -", "Naim Kassem") and Lebanon's state agency in Arabic (NNA-like: "استقبل رئيس مجلس النواب
... والوفد المرافق، في حضور").
Pieces: Soleimani met Nasrallah days before a US strike ordered by Trump killed him and Muhandis; Soleimani,
Nasrallah and Mughniyeh met in 2006; Qaani named to replace Soleimani (English, RZ1); Nasrallah hosts Bassil
and Frangieh together; Aoun and Nasrallah met at Mar Mikhael in 2006 (Arabic, RZ2); the IDF killed Shukr;
Haniyeh had met Khamenei (English, RZ3); Israeli strike kills Aqil and Wahbi; the IDF killed Shukr; Berri
receives Hennis-Plasschaert with Ali Hassan Khalil present (Arabic, RZ4); Qassem elected to succeed
Nasrallah, killed in an Israeli airstrike; Safieddine killed in an Israeli strike; Mikati had met Hochstein
(English, RZ5); Berri receives Larijani with ambassador Amani present; Larijani meets Mikati and had met
Assad; Johnson had handed Berri the US draft during a visit (Arabic, RZ6).
Excluded on purpose (no relation): Mughniyeh "killed in a car bombing" (no agent), Bassil's condemnation
(RZ1); Berri informed through a call from Hussein Khalil, Bassil's denied meeting with Geagea (RZ2);
Haniyeh's killing "that Iran and Hamas blamed on Israel", the Marine barracks accusation, Nasrallah's
expected speech (RZ3); the pager blasts Hezbollah blamed on Israel, the US accusation over the 1983 embassy
bombing, the IDF's claim of a meeting with unnamed Radwan commanders (RZ4); Safieddine "widely expected to
take over" (not a succession), Musawi "killed in 1992" (no agent), Gallant's post (RZ5); the meeting with
Qassem that was not announced (RZ6).
Judgement calls: "The strike also killed Abu Mahdi al-Muhandis" after "a US drone strike ordered by
President Donald Trump killed him" gives Muhandis -> United States and -> Trump, as Soleimani (RZ1); "he,
Nasrallah and ... Mughniyeh met almost daily" is a meeting of the three (met_group, RZ1); "جمع ... X وY إلى
مائدة إفطار" with "وأكد المجتمعون" is one meeting of the three (RZ2); "اجتمع العماد ميشال عون والسيد
نصرالله ووقّعا" is a meeting (RZ2); "في الغارة نفسها" after "الغارة الإسرائيلية" gives Wahbi -> country:israel
(RZ4); "جيش الاحتلال" is the IDF (RZ4); the attendee "بحضور" is paired with both principals (RZ4, RZ6);
"سلّمته ... خلال زيارتها عين التينة" is a meeting (RZ6); "who once headed"-style "المسؤول السابق عن قوة
الرضوان" is LEADS (RZ4, as NK3); a political aide is MEMBER_OF his party (RZ2). No piece has two attendees of one meeting, so no
attendee-attendee pairs arise.
Filled in for the exercise: the exact day of Soleimani's last Beirut visit, Hariri's office, Bassil's
wording (RZ1); the length of the iftar, Khalil's call to Berri, Bassil's interview (RZ2); the wording of
the IDF statement (RZ3); the details of the raid, Hennis-Plasschaert's visit and Khalil's presence that
day (RZ4); Mikati's wording (RZ5); Amani's presence, the wording of the statements (RZ6).
Spellings: "Kassem Soleimani", "Esmail Ghaani" (RZ1); "نصرالله"، "سليمان فرنجية"، "جبران باسيل" (RZ2);
"Fuad Shukr", "Hajj Mohsin" (RZ3); "الحاج إبراهيم محمد عقيل «الحاج عبد القادر»"، "جينين هينيس-بلاسخارت"
(RZ4); "Naim Kassem", "Hassan Nasrallah", "Hashem Safieddine", "Abbas al-Musawi" (RZ5); "الدكتور علي
لاريجاني"، "مجتبى أماني" (RZ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rz import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, ISRAEL, IRAN, SYRIA, USA = (
    "country:lebanon", "country:israel", "country:iran", "country:syria", "country:united-states")
HEZ, EXEC, JIHADC, RADWAN, PARL, IDF, QUDS, HAMAS, PMF, FPM, MARADA, LF = (
    "organization:hezbollah", "organization:hezbollah-executive-council", "organization:hezbollah-jihad-council",
    "organization:radwan-force", "organization:lebanese-parliament", "organization:israel-defense-forces",
    "organization:quds-force", "organization:hamas", "organization:popular-mobilization-forces",
    "organization:free-patriotic-movement", "organization:marada-movement", "organization:lebanese-forces")
MUSAWI, NASRALLAH, QASSEM, SAFIEDDINE, MUGHNIYEH, SHUKR, AQIL, WAHBI, HKHALIL = (
    "person:abbas-al-musawi", "person:hassan-nasrallah", "person:naim-qassem", "person:hashem-safieddine",
    "person:imad-mughniyeh", "person:fuad-shukr", "person:ibrahim-aqil", "person:ahmed-wahbi",
    "person:hussein-khalil")
MAOUN, BERRI, BASSIL, FRANGIEH, GEAGEA, MIKATI, HARIRI, AHKHALIL = (
    "person:michel-aoun", "person:nabih-berri", "person:gebran-bassil", "person:sleiman-frangieh",
    "person:samir-geagea", "person:najib-mikati", "person:saad-hariri", "person:ali-hassan-khalil")
KHAMENEI, LARIJANI, SOLEIMANI, QAANI, AMANI, PEZESHKIAN = (
    "person:ali-khamenei", "person:ali-larijani", "person:qasem-soleimani", "person:esmail-qaani",
    "person:mojtaba-amani", "person:masoud-pezeshkian")
HANIYEH, MUHANDIS, ASSAD = "person:ismail-haniyeh", "person:abu-mahdi-al-muhandis", "person:bashar-al-assad"
TRUMP, HOCHSTEIN, JOHNSON, HENNIS = (
    "person:donald-trump", "person:amos-hochstein", "person:lisa-johnson", "person:jeanine-hennis-plasschaert")

LOJ = "blind set (Beirut daily's English site, L'Orient Today-like)"
AKHBAR = "blind set (Beirut daily, Arabic, al-Akhbar-like)"
TOI = "blind set (Israeli news site, English, Times of Israel-like)"
MAYADEEN = "blind set (pan-Arab TV news site, Arabic, Al Mayadeen-like)"
AP = "blind set (US news wire, English, AP-like)"
NNA = "blind set (Lebanese state news agency, Arabic, NNA-like)"

ARTICLES = [
    ("enRZ1_nasrallah_soleimani_loj", "en",
     "Nasrallah: Soleimani was in Beirut only days before he was killed\n"
     "L'Orient Today, Beirut\n"
     "Hezbollah Secretary-General Hassan Nasrallah said Sunday that Maj. Gen. Kassem Soleimani, the commander "
     "of the Quds Force of Iran's Revolutionary Guards, had met him in Beirut only a few days before a US drone "
     "strike ordered by President Donald Trump killed him near Baghdad airport on Friday.\n"
     "The strike also killed Abu Mahdi al-Muhandis, deputy head of Iraq's Popular Mobilization Forces, and "
     "eight other people.\n"
     "In a televised speech, Nasrallah said the \"just punishment\" would be the expulsion of US forces from "
     "the region, and that American soldiers and officers, not civilians, were fair targets.\n"
     "The Iranian general was a frequent visitor to Lebanon. In a rare interview with Iranian state television "
     "last October, Soleimani said he had spent most of the 2006 war in Beirut's southern suburbs, where he, "
     "Nasrallah and Hezbollah's late military commander Imad Mughniyeh met almost daily in an operations room. "
     "Mughniyeh was killed in a car bombing in Damascus in 2008.\n"
     "Iran's Supreme Leader Ayatollah Ali Khamenei on Friday appointed Soleimani's deputy, Brig. Gen. Esmail "
     "Ghaani, to replace him at the head of the Quds Force.\n"
     "Caretaker Prime Minister Saad Hariri's office made no comment, while caretaker Foreign Minister Gebran "
     "Bassil condemned a \"violation of Iraqi sovereignty.\"",
     [("MET_WITH", SOLEIMANI, NASRALLAH, "had met him in Beirut only a few days"),
      ("ASSASSINATED_BY", SOLEIMANI, USA, "before a US drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, TRUMP, "strike ordered by President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, USA, "The strike also killed Abu Mahdi", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, TRUMP, "also killed Abu Mahdi al-Muhandis", "2020-01-03"),
      ("MET_WITH", NASRALLAH, MUGHNIYEH, "Imad Mughniyeh met almost daily"),
      ("MET_WITH", SOLEIMANI, MUGHNIYEH, "met almost daily in an operations room"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "to replace him at the head of the Quds Force", "2020-01-03"),
      ("LEADS", NASRALLAH, HEZ, "Hezbollah Secretary-General Hassan Nasrallah"),
      ("LEADS", SOLEIMANI, QUDS, "the commander of the Quds Force"),
      ("LEADS", TRUMP, USA, "President Donald Trump killed"),
      ("MEMBER_OF", MUHANDIS, PMF, "deputy head of Iraq's Popular Mobilization Forces"),
      ("LEADS", KHAMENEI, IRAN, "Iran's Supreme Leader Ayatollah Ali Khamenei"),
      ("LEADS", HARIRI, LEBANON, "Caretaker Prime Minister Saad Hariri"),
      ],
     {"source": LOJ, "published": "2020-01-06"}),

    ("arRZ2_nasrallah_bassil_frangieh_akhbar", "ar",
     "إفطار الضاحية: نصرالله يجمع باسيل وفرنجية إلى طاولة واحدة\n"
     "الأخبار\n"
     "جمع الأمين العام لحزب الله السيد حسن نصرالله، مساء أمس، رئيس التيار الوطني الحر النائب جبران باسيل "
     "ورئيس تيار المردة الوزير السابق سليمان فرنجية إلى مائدة إفطار رمضاني، في لقاء هو الأول بين الرجلين منذ "
     "سنوات.\n"
     "وبحسب معلومات «الأخبار»، امتدّ اللقاء لأكثر من ثلاث ساعات، وتناول الانتخابات النيابية المقبلة في 15 "
     "أيار والاستحقاق الرئاسي، من دون أن يخرج باتفاق على اسم مرشح.\n"
     "وأكد المجتمعون «ضرورة تعزيز التعاون»، فيما حرص نصرالله على «كسر الجليد» بين حليفيه اللذين تفرّقهما "
     "المنافسة على رئاسة الجمهورية.\n"
     "ولم يُدعَ إلى اللقاء أي ممثل عن حركة أمل، وإن كان الرئيس نبيه بري قد اطّلع على أجوائه عبر اتصال من "
     "المعاون السياسي للأمين العام الحاج حسين خليل.\n"
     "وتعود العلاقة بين الحزب والتيار إلى لقاء كنيسة مار مخايل في 6 شباط 2006، حين اجتمع العماد ميشال عون "
     "والسيد نصرالله ووقّعا «ورقة التفاهم».\n"
     "في المقابل، نفى باسيل، في حديث تلفزيوني قبل أيام، أن يكون لقاء مع رئيس حزب القوات اللبنانية سمير جعجع "
     "مطروحاً، واصفاً الأمر بأنه «غير وارد».",
     met_group({NASRALLAH: "جمع الأمين العام لحزب الله السيد", BASSIL: "النائب جبران باسيل",
                FRANGIEH: "الوزير السابق سليمان فرنجية"}, "2022-04-08") + [
      ("MET_WITH", MAOUN, NASRALLAH, "حين اجتمع العماد ميشال عون", "2006-02-06"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله السيد حسن"),
      ("LEADS", BASSIL, FPM, "رئيس التيار الوطني الحر"),
      ("LEADS", FRANGIEH, MARADA, "ورئيس تيار المردة"),
      ("MEMBER_OF", HKHALIL, HEZ, "المعاون السياسي للأمين العام"),
      ("LEADS", GEAGEA, LF, "رئيس حزب القوات اللبنانية"),
      ],
     {"source": AKHBAR, "published": "2022-04-09"}),

    ("enRZ3_idf_kills_shukr_toi", "en",
     "IDF confirms it killed Hezbollah's top commander Fuad Shukr in Beirut strike\n"
     "By TOI STAFF\n"
     "The Israel Defense Forces confirmed Wednesday that it killed Fuad Shukr, Hezbollah's most senior "
     "military commander and a close adviser to the terror group's leader Hassan Nasrallah, in a strike on a "
     "building in Beirut's Dahiyeh neighborhood the previous evening.\n"
     "The military said Shukr, also known as Hajj Mohsin, was responsible for Saturday's rocket attack on a "
     "soccer field in the Druze town of Majdal Shams that killed 12 children.\n"
     "Hezbollah confirmed his death late Wednesday after his body was pulled from the rubble.\n"
     "Hours after the Beirut strike, Hamas's political leader Ismail Haniyeh was killed in Tehran, in an "
     "assassination that Iran and Hamas blamed on Israel. Israel has not commented on Haniyeh's death.\n"
     "Haniyeh had met Iran's Supreme Leader Ayatollah Ali Khamenei on Tuesday, hours after attending the "
     "inauguration of President Masoud Pezeshkian.\n"
     "Shukr was also wanted by the United States for his role in the 1983 bombing of the Marine barracks in "
     "Beirut, which killed 241 American servicemen.\n"
     "Nasrallah is expected to speak at Shukr's funeral on Thursday.",
     [("ASSASSINATED_BY", SHUKR, IDF, "confirmed Wednesday that it killed Fuad Shukr", "2024-07-30"),
      ("MEMBER_OF", SHUKR, HEZ, "Hezbollah's most senior"),
      ("LEADS", NASRALLAH, HEZ, "the terror group's leader Hassan Nasrallah"),
      ("LEADS", HANIYEH, HAMAS, "Hamas's political leader Ismail Haniyeh"),
      ("MET_WITH", HANIYEH, KHAMENEI, "Haniyeh had met Iran's Supreme Leader", "2024-07-30"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ayatollah Ali Khamenei on Tuesday"),
      ("LEADS", PEZESHKIAN, IRAN, "inauguration of President Masoud Pezeshkian"),
      ],
     {"source": TOI, "published": "2024-07-31"}),

    ("arRZ4_aqil_killed_mayadeen", "ar",
     "حزب الله ينعى القائد الجهادي الكبير إبراهيم عقيل\n"
     "الميادين نت\n"
     "نعى حزب الله، مساء اليوم الجمعة، القائد الجهادي الكبير الحاج إبراهيم محمد عقيل «الحاج عبد القادر»، الذي "
     "ارتقى شهيداً في الغارة الإسرائيلية التي استهدفت مبنى سكنياً في منطقة الجاموس في الضاحية الجنوبية "
     "لبيروت.\n"
     "وأعلن الحزب لاحقاً استشهاد القائد أحمد وهبي، المسؤول السابق عن قوة الرضوان، في الغارة نفسها، فيما "
     "زعم جيش الاحتلال أن عقيل كان يعقد اجتماعاً مع قادة من القوة لحظة الاستهداف.\n"
     "وعقيل، عضو المجلس الجهادي في الحزب، تضعه واشنطن على لائحة المطلوبين بزعم مشاركته في تفجير السفارة "
     "الأميركية في بيروت عام 1983.\n"
     "وتأتي الغارة بعد أقل من شهرين على اغتيال جيش الاحتلال القائد الجهادي فؤاد شكر في حارة حريك، وبعد "
     "يومين على تفجيرات أجهزة البيجر واللاسلكي التي حمّل حزب الله إسرائيل المسؤولية عنها.\n"
     "وكان الأمين العام لحزب الله السيد حسن نصر الله قد توعّد، في كلمة أمس الخميس، العدو بـ«حساب عسير "
     "وقصاص عادل».\n"
     "وفي سياق متصل، استقبل رئيس مجلس النواب نبيه بري في عين التينة المنسقة الخاصة للأمم المتحدة في لبنان "
     "جينين هينيس-بلاسخارت، بحضور المعاون السياسي لرئيس المجلس النائب علي حسن خليل، وجرى عرض للأوضاع.",
     [("ASSASSINATED_BY", AQIL, ISRAEL, "ارتقى شهيداً في الغارة الإسرائيلية", "2024-09-20"),
      ("ASSASSINATED_BY", WAHBI, ISRAEL, "في الغارة نفسها", "2024-09-20"),
      ("LEADS", WAHBI, RADWAN, "المسؤول السابق عن قوة الرضوان"),
      ("MEMBER_OF", AQIL, JIHADC, "عضو المجلس الجهادي في الحزب"),
      ("ASSASSINATED_BY", SHUKR, IDF, "اغتيال جيش الاحتلال القائد الجهادي", "2024-07-30"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله السيد"),
      ("MET_WITH", BERRI, HENNIS, "المنسقة الخاصة للأمم المتحدة", "2024-09-20"),
      ("MET_WITH", AHKHALIL, BERRI, "بحضور المعاون السياسي لرئيس المجلس", "2024-09-20"),
      ("MET_WITH", AHKHALIL, HENNIS, "النائب علي حسن خليل", "2024-09-20"),
      ("LEADS", BERRI, PARL, "رئيس مجلس النواب نبيه بري"),
      ],
     {"source": MAYADEEN, "published": "2024-09-20"}),

    ("enRZ5_qassem_elected_ap", "en",
     "Hezbollah names Naim Kassem as its new leader to replace Nasrallah\n"
     "BEIRUT (AP) - Hezbollah on Tuesday named Sheikh Naim Kassem, its longtime deputy leader, to succeed "
     "Hassan Nasrallah, who was killed in an Israeli airstrike in Beirut last month.\n"
     "The Lebanese militant group said in a statement that its Shura Council had elected Kassem, 71, as "
     "secretary-general \"in accordance with the approved mechanism.\"\n"
     "Kassem, a cleric who has served as deputy secretary-general since 1991, was one of the few senior "
     "figures to appear in public after Nasrallah's death, giving televised speeches from an undisclosed "
     "location.\n"
     "Nasrallah's cousin Hashem Safieddine, who headed the group's executive council and had been widely "
     "expected to take over, was killed in an Israeli strike in Beirut's southern suburbs in early October. "
     "Hezbollah confirmed his death last week.\n"
     "Kassem was first appointed deputy under then-Secretary-General Abbas al-Musawi, who was killed in 1992.\n"
     "Israeli Defense Minister Yoav Gallant posted a photo of Kassem on social media with the words "
     "\"Temporary appointment. Not for long.\"\n"
     "Lebanon's caretaker Prime Minister Najib Mikati, who met with U.S. envoy Amos Hochstein in Beirut last "
     "week, said Tuesday he hoped a cease-fire could be reached \"in the coming days.\"",
     [("SUCCESSOR_OF", QASSEM, NASRALLAH, "to succeed Hassan Nasrallah", "2024-10-29"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "who was killed in an Israeli airstrike in Beirut", "2024-09-27"),
      ("ASSASSINATED_BY", SAFIEDDINE, ISRAEL, "was killed in an Israeli strike in Beirut's southern suburbs",
       "2024-10-03"),
      ("LEADS", QASSEM, HEZ, "had elected Kassem, 71"),
      ("LEADS", SAFIEDDINE, EXEC, "who headed the group's executive council"),
      ("LEADS", MUSAWI, HEZ, "then-Secretary-General Abbas al-Musawi"),
      ("MET_WITH", MIKATI, HOCHSTEIN, "who met with U.S. envoy Amos Hochstein", "2024-10-21"),
      ("LEADS", MIKATI, LEBANON, "caretaker Prime Minister Najib Mikati"),
      ],
     {"source": AP, "published": "2024-10-29"}),

    ("arRZ6_larijani_berri_nna", "ar",
     "لاريجاني من عين التينة: نقف إلى جانب لبنان ولا نتدخل في قراراته\n"
     "الوكالة الوطنية للإعلام\n"
     "استقبل رئيس مجلس النواب نبيه بري، في مقر الرئاسة الثانية في عين التينة، مستشار المرشد الأعلى للثورة "
     "الإسلامية في إيران الدكتور علي لاريجاني والوفد المرافق، في حضور سفير الجمهورية الإسلامية الإيرانية في "
     "لبنان مجتبى أماني، وتم عرض للأوضاع العامة وتطورات العدوان الإسرائيلي على لبنان.\n"
     "وبعد اللقاء قال لاريجاني: «جئنا لنؤكد أننا نقف إلى جانب لبنان حكومة وشعباً، وندعم أي قرار تتخذه "
     "الحكومة اللبنانية بشأن وقف إطلاق النار».\n"
     "ثم انتقل لاريجاني والوفد المرافق إلى السراي الكبير، حيث التقى رئيس حكومة تصريف الأعمال نجيب ميقاتي، "
     "وبحث معه في التطورات.\n"
     "وكان لاريجاني قد وصل إلى بيروت آتياً من دمشق، حيث التقى أمس الرئيس السوري بشار الأسد.\n"
     "ولم يُعلن عن أي لقاء بين الضيف الإيراني والأمين العام لحزب الله الشيخ نعيم قاسم.\n"
     "وتأتي الزيارة غداة تسلّم الرئيس بري المسودة الأميركية لاتفاق وقف إطلاق النار من السفيرة الأميركية ليزا "
     "جونسون، التي سلّمته إياها خلال زيارتها عين التينة.",
     [("MET_WITH", BERRI, LARIJANI, "مستشار المرشد الأعلى للثورة", "2024-11-15"),
      ("MET_WITH", AMANI, BERRI, "في حضور سفير الجمهورية الإسلامية الإيرانية", "2024-11-15"),
      ("MET_WITH", AMANI, LARIJANI, "لبنان مجتبى أماني", "2024-11-15"),
      ("MET_WITH", LARIJANI, MIKATI, "حيث التقى رئيس حكومة تصريف الأعمال", "2024-11-15"),
      ("MET_WITH", LARIJANI, ASSAD, "حيث التقى أمس الرئيس السوري", "2024-11-14"),
      ("MET_WITH", JOHNSON, BERRI, "التي سلّمته إياها خلال زيارتها", "2024-11-14"),
      ("LEADS", BERRI, PARL, "استقبل رئيس مجلس النواب نبيه بري"),
      ("LEADS", MIKATI, LEBANON, "رئيس حكومة تصريف الأعمال نجيب"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار الأسد"),
      ("LEADS", QASSEM, HEZ, "الأمين العام لحزب الله الشيخ"),
      ],
     {"source": NNA, "published": "2024-11-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRZ")
