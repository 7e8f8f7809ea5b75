"""Blind set TA: Lebanon 2024-2025 (first folder of TA-TB): Hassan Nasrallah killed in the Israeli strike on
Haret Hreik in Dahiyeh with Ali Karaki (27 September 2024), Naim Qassem elected secretary-general to succeed
him (29 October 2024), Abbas Araghchi's visit to Beirut (4 October 2024), the IDF's confirmation that it killed
Hashem Safieddine (22 October 2024), Amos Hochstein's talks with Nabih Berri before the ceasefire (November
2024) and Jean-Yves Le Drian's visit before the presidential session (January 2025), as a US wire writes it in
English (AP-like: "BEIRUT (AP) -"), a London-based Saudi daily in Arabic (Asharq Al-Awsat-like: "بيروت:
«الشرق الأوسط»"), a British wire in English (Reuters-like: "BEIRUT, Nov 19 (Reuters) -"), a Lebanese TV
channel's website in Arabic (LBCI-like: "أفادت معلومات LBCI"), an Israeli news site in English (Times of
Israel-like: "By TOI Staff") and Lebanon's state agency in Arabic (NNA-like: "وطنية -").
Pieces: Nasrallah and Karaki killed in an Israeli airstrike (English, TA1); Qassem elected to succeed
Nasrallah, killed by an Israeli strike; Berri receives Raad (Arabic, TA2); Hochstein meets Berri with Khalil
present; Qassem succeeded Nasrallah; Afif killed by an Israeli strike (English, TA3); Araghchi received by
Berri, meets Mikati and Bou Habib, tours Dahiyeh (Arabic, TA4); the IDF says it killed Safieddine and Hazima;
Blinken meets Netanyahu; Hochstein's separate meetings with Berri and Mikati (English, TA5); Le Drian received
by Berri with Magro present, then meets Mikati and Joseph Aoun; Berri receives Yazid bin Farhan (Arabic, TA6).
Excluded on purpose (no relation): Netanyahu in New York (TA1); Safieddine killed "in a strike" (no agent), the
denied Qassem-Khamenei meeting, Gallant's comment (TA2); Mikati who did not meet Hochstein (phone call), the
expected meeting with Netanyahu and Dermer (TA3); the denied meeting with Safieddine, the strikes reported to
have targeted him with no confirmation, Nasrallah's "assassination" with no agent (TA4); Safieddine "expected
to succeed" Nasrallah, Hezbollah's silence (TA5); the postponed meeting with Bassil (TA6).
Judgement calls: "killed in an Israeli airstrike" gives victim -> Israel, the country the text names; a
killing the Israeli military announces as its own gives victim -> the IDF (TA5), and "killed along with" the
first victim in the same strike gives the same agent (TA1, TA5); "في حضور" the aide or the ambassador:
paired with both principals (TA3, TA6); "held separate meetings with Berri and Mikati" pairs the envoy with
each, not the two Lebanese (TA5); a caretaker prime minister LEADS Lebanon; the Speaker LEADS the parliament;
"the commander of Hezbollah's southern front" is MEMBER_OF Hezbollah; touring Dahiyeh is VISITED.
Filled in for the exercise: the hour and wording of the military's statement (TA1); the source's denial and
Berri's meeting with Raad (TA2); Khalil's presence, Mikati's phone call (TA3); the meeting with Bou Habib and
the denial (TA4); the exact wording of Gallant's and the military's statements (TA5); Magro's presence, the
meeting with Yazid bin Farhan and the postponed meeting with Bassil (TA6).
Spellings: "Hassan Nasrallah", "Ali Karaki", "Lt. Gen. Herzi Halevi" (TA1); «الشيخ نعيم قاسم»، «السيد حسن نصر
الله»، «هاشم صفي الدين» (TA2); "Nabih Berri", "Ali Hassan Khalil", "Mohammad Afif" (TA3); «عباس عراقجي»،
«عبد الله بو حبيب» (TA4); "Hashem Safieddine", "Ali Hussein Hazima" (TA5); «جان إيف لودريان»، «العماد جوزيف
عون»، «يزيد بن فرحان» (TA6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_tb import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, ISRAEL, IRAN = "country:lebanon", "country:israel", "country:iran"
BEIRUT, DAHIYEH = "location:beirut", "location:dahiyeh"
HEZBOLLAH, PARL, IDF, EXEC, LOYALTY, ARMY = (
    "organization:hezbollah", "organization:lebanese-parliament", "organization:israel-defense-forces",
    "organization:hezbollah-executive-council", "organization:loyalty-to-the-resistance-bloc",
    "organization:lebanese-army")
NASRALLAH, SAFIEDDINE, QASSEM, KARAKI, RAAD, HAZIMA, AFIF = (
    "person:hassan-nasrallah", "person:hashem-safieddine", "person:naim-qassem", "person:ali-karaki",
    "person:mohammad-raad", "person:ali-hussein-hazima", "person:mohammad-afif")
BERRI, MIKATI, JAOUN, KHALIL, BOUHABIB, BASSIL = (
    "person:nabih-berri", "person:najib-mikati", "person:joseph-aoun", "person:ali-hassan-khalil",
    "person:abdallah-bou-habib", "person:gebran-bassil")
NETANYAHU, GALLANT, DERMER, HALEVI = (
    "person:benjamin-netanyahu", "person:yoav-gallant", "person:ron-dermer", "person:herzi-halevi")
HOCHSTEIN, BLINKEN, LEDRIAN, MAGRO, ARAGHCHI, KHAMENEI, YAZID = (
    "person:amos-hochstein", "person:antony-blinken", "person:jean-yves-le-drian", "person:herve-magro",
    "person:abbas-araghchi", "person:ali-khamenei", "person:yazid-bin-farhan")

AP = "blind set (US news wire, English, AP-like)"
AAWSAT = "blind set (London-based Saudi daily, Arabic, Asharq Al-Awsat-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
LBCI = "blind set (Lebanese TV channel website, Arabic, LBCI-like)"
TOI = "blind set (Israeli news site, English, Times of Israel-like)"
NNA = "blind set (Lebanese state news agency, Arabic, NNA-like)"

ARTICLES = [
    ("enTA1_nasrallah_killed_ap", "en",
     "Hezbollah confirms leader Hassan Nasrallah was killed in Israeli strike on Beirut suburb\n"
     "BEIRUT (AP) - Hezbollah leader Hassan Nasrallah was killed in an Israeli airstrike on the group's "
     "headquarters south of Beirut, the militant group confirmed Saturday, hours after the Israeli military "
     "announced his death.\n"
     "The military said warplanes dropped dozens of bombs on an underground command center beneath residential "
     "buildings in Haret Hreik, in the southern suburbs known as Dahiyeh, on Friday evening while Nasrallah was "
     "meeting commanders there. It said the strike also killed Ali Karaki, the commander of Hezbollah's southern "
     "front, and several other senior figures.\n"
     "\"This is not the end of our toolbox,\" the military's chief of staff, Lt. Gen. Herzi Halevi, said in a "
     "statement, adding that the operation had been prepared for a long time.\n"
     "Nasrallah, 64, had led Hezbollah for 32 years and turned it into the most powerful armed force in "
     "Lebanon. The group said in its statement that he had \"joined his great martyr comrades\" and vowed to "
     "continue the fight.\n"
     "Israeli Prime Minister Benjamin Netanyahu, who was in New York for the U.N. General Assembly, cut his trip "
     "short and flew home. Lebanon's caretaker Prime Minister Najib Mikati declared three days of mourning.\n"
     "Iran's Supreme Leader Ayatollah Ali Khamenei said the region's fate would be decided by the forces of "
     "resistance, with Hezbollah at the forefront.",
     [("ASSASSINATED_BY", NASRALLAH, ISRAEL, "Hezbollah leader Hassan Nasrallah was killed in an Israeli", "2024-09-27"),
      ("ASSASSINATED_BY", KARAKI, ISRAEL, "It said the strike also killed Ali Karaki", "2024-09-27"),
      ("LEADS", NASRALLAH, HEZBOLLAH, "Hezbollah leader Hassan Nasrallah was"),
      ("MEMBER_OF", KARAKI, HEZBOLLAH, "the commander of Hezbollah's southern"),
      ("LEADS", HALEVI, IDF, "the military's chief of staff"),
      ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin Netanyahu, who"),
      ("LEADS", MIKATI, LEBANON, "caretaker Prime Minister Najib Mikati declared"),
      ("LEADS", KHAMENEI, IRAN, "Iran's Supreme Leader Ayatollah"),
      ],
     {"source": AP, "published": "2024-09-28"}),

    ("arTA2_qassem_secretary_general_aawsat", "ar",
     "«حزب الله» ينتخب نعيم قاسم أميناً عاماً خلفاً لنصر الله\n"
     "بيروت: «الشرق الأوسط»\n"
     "أعلن «حزب الله» اللبناني، الثلاثاء، أن «مجلس الشورى» في الحزب انتخب نائب الأمين العام الشيخ نعيم قاسم "
     "أميناً عاماً له، خلفاً للسيد حسن نصر الله الذي قُتل بغارة إسرائيلية على الضاحية الجنوبية لبيروت في 27 "
     "أيلول (سبتمبر) الماضي.\n"
     "وقال الحزب في بيان إن المجلس اختار قاسم «وفقاً للآلية المعتمدة لانتخاب الأمين العام»، متمنياً له "
     "«التوفيق في هذه المهمة الشريفة».\n"
     "ويأتي انتخاب قاسم (71 عاماً) بعد أكثر من شهر على مقتل نصر الله، وبعد أيام من إعلان الحزب مقتل رئيس مجلسه "
     "التنفيذي هاشم صفي الدين، الذي كان يُنظر إليه على نطاق واسع بوصفه الخليفة المرجّح، في غارة استهدفته مطلع "
     "الشهر الحالي.\n"
     "وكان قاسم يشغل منصب نائب الأمين العام منذ عام 1991، وتولّى خلال الحرب إلقاء الكلمات المتلفزة باسم الحزب.\n"
     "وسارع وزير الدفاع الإسرائيلي يوآف غالانت إلى التعليق بأن التعيين «مؤقت ولن يدوم طويلاً».\n"
     "في المقابل، نفى مصدر مقرّب من الحزب لـ«الشرق الأوسط» ما تردّد عن لقاء جمع قاسم بالمرشد الإيراني علي "
     "خامنئي في طهران الأسبوع الماضي، مؤكداً أن «لا صحة لهذه المعلومات».\n"
     "وكان رئيس مجلس النواب نبيه بري قد استقبل أمس في عين التينة رئيس كتلة «الوفاء للمقاومة» النائب محمد رعد، "
     "وعرض معه المستجدات الميدانية والسياسية.",
     [("SUCCESSOR_OF", QASSEM, NASRALLAH, "خلفاً للسيد حسن نصر الله", "2024-10-29"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "الذي قُتل بغارة إسرائيلية", "2024-09-27"),
      ("LEADS", QASSEM, HEZBOLLAH, "أميناً عاماً له"),
      ("LEADS", SAFIEDDINE, EXEC, "مقتل رئيس مجلسه"),
      ("LEADS", KHAMENEI, IRAN, "بالمرشد الإيراني علي"),
      ("LEADS", BERRI, PARL, "رئيس مجلس النواب نبيه بري قد"),
      ("LEADS", RAAD, LOYALTY, "رئيس كتلة «الوفاء للمقاومة» النائب"),
      ("MET_WITH", BERRI, RAAD, "قد استقبل أمس في عين التينة", "2024-10-28"),
      ],
     {"source": AAWSAT, "published": "2024-10-30"}),

    ("enTA3_hochstein_berri_reuters", "en",
     "U.S. envoy Hochstein says Lebanon truce 'within our grasp' after Berri talks\n"
     "BEIRUT, Nov 19 (Reuters) - U.S. envoy Amos Hochstein said on Tuesday a ceasefire between Israel and "
     "Hezbollah was \"within our grasp\" after meeting Lebanon's parliament speaker Nabih Berri, who has been "
     "negotiating on behalf of the Iran-backed group.\n"
     "Hochstein held about two hours of talks with Berri at the speaker's residence in Ain el-Tineh, in the "
     "presence of Berri's political aide Ali Hassan Khalil, on Lebanon's written response to a U.S. proposal. "
     "He was due to see Berri again on Wednesday before flying on to Israel.\n"
     "Caretaker Prime Minister Najib Mikati did not meet Hochstein on this trip, an official in his office "
     "said, but the two men discussed the draft by telephone.\n"
     "The envoy is expected to meet Israeli Prime Minister Benjamin Netanyahu and Strategic Affairs Minister "
     "Ron Dermer in Jerusalem later this week, Israeli officials said.\n"
     "Hezbollah leader Naim Qassem, who succeeded Hassan Nasrallah last month, said on Wednesday the group had "
     "given its remarks on the proposal to Berri and would not accept any deal that infringed on Lebanese "
     "sovereignty.\n"
     "Israel has pressed its air campaign on Beirut's southern suburbs. An Israeli strike on Sunday killed "
     "Hezbollah's media chief Mohammad Afif in the Ras al-Nabaa district of central Beirut.",
     [("MET_WITH", HOCHSTEIN, BERRI, "after meeting Lebanon's parliament speaker", "2024-11-19"),
      ("MET_WITH", HOCHSTEIN, KHALIL, "Berri's political aide Ali Hassan Khalil", "2024-11-19"),
      ("MET_WITH", BERRI, KHALIL, "presence of Berri's political aide", "2024-11-19"),
      ("LEADS", BERRI, PARL, "Lebanon's parliament speaker Nabih Berri"),
      ("LEADS", MIKATI, LEBANON, "Caretaker Prime Minister Najib Mikati did"),
      ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin Netanyahu and"),
      ("LEADS", QASSEM, HEZBOLLAH, "Hezbollah leader Naim Qassem"),
      ("SUCCESSOR_OF", QASSEM, NASRALLAH, "who succeeded Hassan Nasrallah last month", "2024-10-29"),
      ("ASSASSINATED_BY", AFIF, ISRAEL, "An Israeli strike on Sunday killed", "2024-11-17"),
      ("MEMBER_OF", AFIF, HEZBOLLAH, "Hezbollah's media chief Mohammad Afif"),
      ],
     {"source": REUTERS, "published": "2024-11-19"}),
]

ARTICLES += [
    ("arTA4_araghchi_beirut_lbci", "ar",
     "عراقجي من بيروت: ندعم أي وقف لإطلاق النار يقبل به لبنان\n"
     "وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت الجمعة في زيارة لم يُعلن عنها مسبقاً، هي الأولى لمسؤول "
     "إيراني رفيع منذ اغتيال الأمين العام لـ«حزب الله» السيد حسن نصر الله.\n"
     "واستهلّ عراقجي لقاءاته في عين التينة، حيث استقبله رئيس مجلس النواب نبيه بري، وتناول اللقاء التطورات "
     "الميدانية والجهود المبذولة لوقف العدوان.\n"
     "ثم انتقل إلى السراي الحكومي والتقى رئيس حكومة تصريف الأعمال نجيب ميقاتي، قبل أن يجتمع بنظيره اللبناني "
     "عبد الله بو حبيب في قصر بسترس ويعقدا مؤتمراً صحافياً مشتركاً.\n"
     "وقال عراقجي إن بلاده «تدعم أي وقف لإطلاق النار يحظى بموافقة لبنان والمقاومة»، مضيفاً أنه سيتوجه من "
     "بيروت إلى دمشق.\n"
     "وجال الوزير الإيراني في الضاحية الجنوبية، حيث تفقّد عدداً من الأبنية التي دمّرتها الغارات الإسرائيلية.\n"
     "وأفادت معلومات LBCI بأن عراقجي لم يلتقِ أي مسؤول في «حزب الله» خلال الزيارة، فيما نفت أوساط الحزب ما "
     "نشرته وسائل إعلام إسرائيلية عن اجتماع بينه وبين رئيس المجلس التنفيذي هاشم صفي الدين ليل الخميس.\n"
     "وتزامنت الزيارة مع غارات عنيفة على الضاحية قالت وسائل إعلام إسرائيلية إنها استهدفت صفي الدين، من دون أن "
     "يصدر أي تأكيد رسمي لمصيره.",
     [("VISITED", ARAGHCHI, BEIRUT, "وصل وزير الخارجية الإيراني", "2024-10-04"),
      ("LEADS", NASRALLAH, HEZBOLLAH, "الأمين العام لـ«حزب الله» السيد"),
      ("MET_WITH", BERRI, ARAGHCHI, "حيث استقبله رئيس مجلس النواب", "2024-10-04"),
      ("LEADS", BERRI, PARL, "رئيس مجلس النواب نبيه بري، وتناول"),
      ("MET_WITH", MIKATI, ARAGHCHI, "والتقى رئيس حكومة تصريف الأعمال", "2024-10-04"),
      ("LEADS", MIKATI, LEBANON, "رئيس حكومة تصريف الأعمال نجيب"),
      ("MET_WITH", ARAGHCHI, BOUHABIB, "يجتمع بنظيره اللبناني", "2024-10-04"),
      ("VISITED", ARAGHCHI, DAHIYEH, "وجال الوزير الإيراني في الضاحية", "2024-10-04"),
      ("LEADS", SAFIEDDINE, EXEC, "رئيس المجلس التنفيذي هاشم"),
      ],
     {"source": LBCI, "published": "2024-10-04"}),

    ("enTA5_safieddine_confirmed_toi", "en",
     "IDF confirms it killed Hashem Safieddine, Nasrallah's presumed heir, in Beirut strike\n"
     "By TOI Staff\n"
     "The Israel Defense Forces announced Tuesday that it killed Hashem Safieddine, the head of Hezbollah's "
     "Executive Council and the man widely expected to succeed slain leader Hassan Nasrallah, in an airstrike "
     "on Beirut's Dahiyeh some three weeks ago.\n"
     "According to the military, Safieddine was killed along with Ali Hussein Hazima, the commander of "
     "Hezbollah's intelligence headquarters, and more than 20 other operatives when fighter jets struck an "
     "underground bunker on October 3.\n"
     "Defense Minister Yoav Gallant said Hezbollah was now \"an organization without a head,\" and that Israel "
     "would keep hitting its leadership. Hezbollah did not immediately comment on the announcement.\n"
     "Also Tuesday, US Secretary of State Antony Blinken met Prime Minister Benjamin Netanyahu in Jerusalem for "
     "more than two hours, on his 11th trip to the region since the October 7 onslaught, pressing for a "
     "diplomatic track in both Gaza and Lebanon.\n"
     "In Beirut, US envoy Amos Hochstein, who held separate meetings with Speaker Nabih Berri and caretaker "
     "premier Najib Mikati on Monday, said the 2006 resolution 1701 was not enough on its own and that both "
     "sides needed to commit to more.",
     [("ASSASSINATED_BY", SAFIEDDINE, IDF, "announced Tuesday that it killed Hashem", "2024-10-03"),
      ("LEADS", SAFIEDDINE, EXEC, "the head of Hezbollah's Executive"),
      ("ASSASSINATED_BY", HAZIMA, IDF, "killed along with Ali Hussein Hazima", "2024-10-03"),
      ("MEMBER_OF", HAZIMA, HEZBOLLAH, "the commander of Hezbollah's intelligence"),
      ("MET_WITH", BLINKEN, NETANYAHU, "met Prime Minister Benjamin Netanyahu in Jerusalem", "2024-10-22"),
      ("LEADS", NETANYAHU, ISRAEL, "Prime Minister Benjamin Netanyahu in Jerusalem"),
      ("MET_WITH", HOCHSTEIN, BERRI, "held separate meetings with Speaker", "2024-10-21"),
      ("MET_WITH", HOCHSTEIN, MIKATI, "premier Najib Mikati on Monday", "2024-10-21"),
      ("LEADS", BERRI, PARL, "Speaker Nabih Berri and"),
      ("LEADS", MIKATI, LEBANON, "caretaker premier Najib Mikati"),
      ],
     {"source": TOI, "published": "2024-10-22"}),

    ("arTA6_le_drian_berri_nna", "ar",
     "لودريان جال على المسؤولين عشية جلسة الانتخاب: لانتخاب رئيس يطمئن الجميع\n"
     "عين التينة - وطنية - استقبل رئيس مجلس النواب نبيه بري، في مقر الرئاسة الثانية في عين التينة قبل ظهر "
     "اليوم، الموفد الشخصي للرئيس الفرنسي جان إيف لودريان، في حضور سفير فرنسا في لبنان هيرفيه ماغرو، وجرى عرض "
     "للأوضاع العامة والتحضيرات لجلسة انتخاب رئيس الجمهورية المقررة الخميس المقبل.\n"
     "وكان لودريان قد التقى أمس رئيس حكومة تصريف الأعمال نجيب ميقاتي في السراي، ثم زار قائد الجيش العماد "
     "جوزيف عون في مكتبه في اليرزة، حيث تناول البحث دعم المؤسسة العسكرية وتطبيق وقف إطلاق النار في الجنوب.\n"
     "وعلمت «الوكالة الوطنية» أن لقاءً كان مقرراً بين الموفد الفرنسي ورئيس «التيار الوطني الحر» النائب جبران "
     "باسيل أُرجئ إلى موعد يُحدد لاحقاً بسبب ارتباطات الأخير.\n"
     "وبعد الظهر، استقبل الرئيس بري الموفد السعودي الأمير يزيد بن فرحان، وبحث معه في الاستحقاق الرئاسي، بحسب "
     "بيان صادر عن المكتب الإعلامي لرئيس المجلس.\n"
     "ولم يُدلِ لودريان بأي تصريح بعد لقاءاته، واكتفى بالقول إن «الفرصة متاحة لانتخاب رئيس يطمئن الجميع».",
     [("LEADS", BERRI, PARL, "استقبل رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", BERRI, LEDRIAN, "الموفد الشخصي للرئيس الفرنسي جان", "2025-01-07"),
      ("MET_WITH", BERRI, MAGRO, "في حضور سفير فرنسا", "2025-01-07"),
      ("MET_WITH", LEDRIAN, MAGRO, "هيرفيه ماغرو، وجرى", "2025-01-07"),
      ("MET_WITH", LEDRIAN, MIKATI, "قد التقى أمس رئيس حكومة", "2025-01-06"),
      ("LEADS", MIKATI, LEBANON, "رئيس حكومة تصريف الأعمال نجيب ميقاتي في"),
      ("MET_WITH", LEDRIAN, JAOUN, "ثم زار قائد الجيش العماد", "2025-01-06"),
      ("LEADS", JAOUN, ARMY, "قائد الجيش العماد"),
      ("LEADS", BASSIL, "organization:free-patriotic-movement", "ورئيس «التيار الوطني الحر» النائب"),
      ("MET_WITH", BERRI, YAZID, "استقبل الرئيس بري الموفد السعودي", "2025-01-07"),
      ],
     {"source": NNA, "published": "2025-01-07"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTA")
