"""Blind set KN: Yemen's government, the Houthis and the Saudi channel, 2023-2025, as the Yemeni state
agency of the government side writes it (Saba / Aden-like: "عدن - سبأ", "فخامة الرئيس", "مليشيا الحوثي
الإرهابية", "ما يسمى", "المدعو") and as a Saudi daily's English edition writes it (Arab News-like:
"RIYADH:", "the Kingdom", "the internationally recognized government", a background paragraph).
Pieces: Salem bin Breik sworn in as prime minister before al-Alimi with al-Zubaidi and Abu Zaraa present,
al-Khanbashi sworn in as governor of Hadramawt in bin Madi's place (Arabic); Khalid bin Salman receives
the Houthi delegation of Abdulsalam and al-Ajri in Riyadh with Al Jaber, Al Jaber with al-Barakani and, in
April, with al-Mashat in Sanaa (English); the Israeli strike that killed al-Rahawi, Jamal Amer, Sharaf
al-Din and al-Rubai, Miftah in al-Rahawi's place, al-Eryani receives Harneis (Arabic); bin Mubarak, the new
prime minister in Maeen Abdulmalik's place, receives Grundberg with Haydan, Lenderking with al-Alimi,
al-Zindani foreign minister in bin Mubarak's place (English); al-Alimi received by Emir Tamim in Doha with
the Qatari prime minister, bin Dagher and al-Zindani, and his meeting with al-Khulaifi (Arabic); the
Houthis confirm al-Ghamari's death and name al-Madani, Katz says Israel killed him, Khalid bin Salman
receives al-Daeri and bin Aziz, Al Jaber meets bin Breik (English).
Excluded on purpose (no relation): Al Jaber's phone call congratulating bin Breik (KN1); Abdulsalam's
statement that no meeting with the government's representatives took place, and the further round
"expected" in Sanaa (KN2); al-Ghamari's fate "not disclosed" by the Houthis (KN3); Lenderking's phone call
with bin Mubarak (KN4); al-Alimi's visit to Oman "scheduled" (KN5); the Houthi statement on al-Ghamari,
which names no agent (KN6 gives the agent only from Katz's claim).
Judgement calls: a swearing-in before al-Alimi with members of the council present is a meeting of all
present (KN1); ministers "also killed in the strike" take the strike's stated agent, Israel (KN3); a
killing claimed by Israel's defence minister gives the victim -> Israel (KN6); Miftah, charged with
running the government "in al-Rahawi's place", succeeds him as acting holder (KN3); the delegation and
the attendees on both sides of a reception are paired with each other (KN2, KN5). The dates of the Doha
visit and of the Haydan, al-Barakani and bin Breik meetings, and who sat in on them, are filled in for
the exercise.
Spellings: "رشاد محمد العليمي", "أبو زرعة المحرمي" (kunya) and "عيدروس قاسم الزبيدي" (KN1); "Mohammed Abdul
Salam" and "Abdulmalik Al-Ejri" (KN2); "أحمد غالب ناصر الرهوي" and "محمد أحمد مفتاح" (KN3); "Moeen
Abdulmalik" and "Ahmed bin Mubarak" (KN4); "تميم بن حمد" and "محمد بن عبدالرحمن" without Al Thani,
"شائع محسن الزنداني" (KN5).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_kp import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IRAN = "country:israel", "country:iran"
PLC, YGOV, HOUTHIS, HGOV, SPC, HSTAFF, SDEF, YHOR, YSHURA, YFM = (
    "organization:presidential-leadership-council", "organization:yemeni-government", "organization:houthis",
    "organization:houthi-government", "organization:houthi-supreme-political-council",
    "organization:houthi-general-staff", "organization:saudi-defence-ministry",
    "organization:yemeni-house-of-representatives", "organization:yemeni-shura-council",
    "organization:yemeni-foreign-ministry")
ADEN, SANAA, RIYADH, DOHA, HADRAMAWT = ("location:aden", "location:sanaa", "location:riyadh", "location:doha",
                                        "location:hadramawt")
ALIMI, BINBREIK, BINMUBARAK, ZUBAIDI, MUHARRAMI, BINMADI, ALJABER = (
    "person:rashad-al-alimi", "person:salem-bin-breik", "person:ahmed-awad-bin-mubarak",
    "person:aidarous-al-zubaidi", "person:abdulrahman-al-muharrami", "person:mabkhout-bin-madi",
    "person:mohammed-al-jaber")
KBS, ABDULSALAM, AJRI, MASHAT = ("person:khalid-bin-salman", "person:mohammed-abdulsalam",
                                 "person:abdulmalik-al-ajri", "person:mahdi-al-mashat")
RAHAWI, AMER, SHARAF, MIFTAH, HABTOOR, ERYANI, HARNEIS, GHAMARI = (
    "person:ahmed-al-rahawi", "person:jamal-amer", "person:hashem-sharaf-al-din", "person:mohammed-miftah",
    "person:abdulaziz-bin-habtoor", "person:moammar-al-eryani", "person:julien-harneis",
    "person:mohammed-al-ghamari")
GRUNDBERG, MAEEN, LENDERKING, ZINDANI, TAMIM, MBAR, KHULAIFI = (
    "person:hans-grundberg", "person:maeen-abdulmalik", "person:tim-lenderking", "person:shaya-al-zindani",
    "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani", "person:mohammed-al-khulaifi")
MADANI, DAERI, BINAZIZ = ("person:yousef-al-madani", "person:mohsen-al-daeri", "person:sagheer-bin-aziz")
# new to the tables
KHANBASHI, BARAKANI, RUBAI, HAYDAN, BINDAGHER, HEZAM = (
    "person:salem-al-khanbashi", "person:sultan-al-barakani", "person:radwan-al-rubai", "person:ibrahim-haydan",
    "person:ahmed-bin-dagher", "person:hezam-al-asad")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_OATH = {ALIMI: "أمام فخامة الرئيس الدكتور", BINBREIK: "أدى الأستاذ سالم صالح بن بريك",
         ZUBAIDI: "اللواء عيدروس قاسم الزبيدي", MUHARRAMI: "والشيخ أبو زرعة المحرمي"}
_DOHA = {ALIMI: "التقى فخامة رئيس مجلس القيادة الرئاسي", TAMIM: "الشيخ تميم بن حمد",
         MBAR: "الشيخ محمد بن عبدالرحمن", BINDAGHER: "أحمد عبيد بن دغر", ZINDANI: "الدكتور شائع محسن الزنداني"}

ARTICLES = [
    ("arKN1_binbreik_oath_khanbashi", "ar",
     "بن بريك يؤدي اليمين الدستورية رئيساً للوزراء أمام رئيس مجلس القيادة الرئاسي\n"
     "عدن - سبأ: أدى الأستاذ سالم صالح بن بريك، اليوم، اليمين الدستورية رئيساً لمجلس الوزراء أمام فخامة "
     "الرئيس الدكتور رشاد محمد العليمي، رئيس مجلس القيادة الرئاسي، بحضور عضوي المجلس اللواء عيدروس قاسم "
     "الزبيدي والشيخ أبو زرعة المحرمي.\n"
     "وكان رئيس مجلس القيادة قد أصدر قراراً بتعيين بن بريك رئيساً للحكومة خلفاً لأحمد عوض بن مبارك، الذي "
     "قدّم استقالته الأسبوع الماضي.\n"
     "وهنأ الرئيس العليمي رئيس الوزراء الجديد، مؤكداً أولوية الملف الاقتصادي وانتظام صرف المرتبات ومواجهة "
     "تصعيد مليشيا الحوثي الإرهابية.\n"
     "وتلقى بن بريك اتصالاً هاتفياً من السفير السعودي محمد آل جابر هنأه فيه بالثقة.\n"
     "وفي وقت سابق، أدى محافظ حضرموت الجديد سالم أحمد الخنبشي اليمين القانونية أمام رئيس مجلس القيادة، "
     "خلفاً للمحافظ مبخوت بن ماضي.",
     _group(_OATH, "2025-05-06") + [
      ("LEADS", ALIMI, PLC, "رئيس مجلس القيادة الرئاسي، بحضور"),
      ("MEMBER_OF", ZUBAIDI, PLC, "بحضور عضوي المجلس"),
      ("MEMBER_OF", MUHARRAMI, PLC, "والشيخ أبو زرعة المحرمي"),
      ("SUCCESSOR_OF", BINBREIK, BINMUBARAK, "خلفاً لأحمد عوض بن مبارك", "2025-05-03"),
      ("LEADS", BINBREIK, YGOV, "بتعيين بن بريك رئيساً للحكومة"),
      ("SUCCESSOR_OF", KHANBASHI, BINMADI, "خلفاً للمحافظ مبخوت بن ماضي", "2025"),
      ("MET_WITH", KHANBASHI, ALIMI, "أدى محافظ حضرموت الجديد", "2025"),
      ],
     {"source": "blind set (Yemeni state agency, government side, Arabic)", "published": "2025-05-06"}),

    ("enKN2_riyadh_houthi_delegation", "en",
     "Saudi defense minister receives Houthi delegation in Riyadh\n"
     "RIYADH: Saudi Defense Minister Prince Khalid bin Salman on Tuesday received a delegation from Sanaa "
     "headed by Mohammed Abdul Salam, the Houthis' chief negotiator, in the presence of Saudi Ambassador to "
     "Yemen Mohammed Al-Jaber.\n"
     "The delegation included Abdulmalik Al-Ejri, a member of the group's political bureau. An Omani "
     "delegation that helped broker the visit also attended.\n"
     "It was the first public visit by a Houthi delegation to the Kingdom since the conflict began. Abdul "
     "Salam later said no meeting had taken place with representatives of the internationally recognized "
     "government.\n"
     "A day earlier, Al-Jaber met Sultan Al-Barakani, the speaker of Yemen's House of Representatives, in "
     "Riyadh to brief him on the talks.\n"
     "In April, Al-Jaber traveled to Sanaa with an Omani delegation and met Mahdi Al-Mashat, head of the "
     "Houthis' Supreme Political Council.\n"
     "A further round is expected in Sanaa in the coming weeks.",
     [("MET_WITH", KBS, ABDULSALAM, "received a delegation from Sanaa", "2023-09-19"),
      ("MET_WITH", ALJABER, KBS, "in the presence of Saudi Ambassador", "2023-09-19"),
      ("MET_WITH", ALJABER, ABDULSALAM, "in the presence of Saudi Ambassador", "2023-09-19"),
      ("MET_WITH", AJRI, KBS, "The delegation included Abdulmalik Al-Ejri", "2023-09-19"),
      ("MET_WITH", AJRI, ABDULSALAM, "The delegation included Abdulmalik Al-Ejri", "2023-09-19"),
      ("MET_WITH", AJRI, ALJABER, "The delegation included Abdulmalik Al-Ejri", "2023-09-19"),
      ("LEADS", KBS, SDEF, "Saudi Defense Minister Prince Khalid bin Salman"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "the Houthis' chief negotiator"),
      ("MEMBER_OF", AJRI, HOUTHIS, "a member of the group's political bureau"),
      ("VISITED", ABDULSALAM, RIYADH, "received a delegation from Sanaa", "2023-09-19"),
      ("MET_WITH", ALJABER, BARAKANI, "Al-Jaber met Sultan Al-Barakani", "2023-09-18"),
      ("LEADS", BARAKANI, YHOR, "the speaker of Yemen's House of Representatives"),
      ("MET_WITH", ALJABER, MASHAT, "and met Mahdi Al-Mashat", "2023-04"),
      ("VISITED", ALJABER, SANAA, "Al-Jaber traveled to Sanaa", "2023-04"),
      ("LEADS", MASHAT, SPC, "Houthis' Supreme Political Council"),
      ],
     {"source": "blind set (Saudi daily, English edition)", "published": "2023-09-20"}),

    ("arKN3_rahawi_killed_miftah", "ar",
     "الحكومة: مقتل قيادات الانقلاب نتيجة لمغامرات المليشيا الحوثية\n"
     "عدن - سبأ: أقرت مليشيا الحوثي الإرهابية المدعومة من إيران بمقتل ما يسمى رئيس حكومتها غير المعترف بها "
     "أحمد غالب ناصر الرهوي وعدد من وزرائه في غارة إسرائيلية استهدفت صنعاء الخميس الماضي.\n"
     "وبحسب بيان المليشيا، قُتل في الغارة أيضاً وزير خارجيتها جمال عامر، ووزير إعلامها هاشم شرف الدين، "
     "ووزير الزراعة في حكومة الانقلاب رضوان الرباعي.\n"
     "وكلّف المدعو مهدي المشاط القيادي محمد أحمد مفتاح بتسيير أعمال الحكومة خلفاً للرهوي، الذي كان قد عُيّن "
     "في آب 2024 خلفاً لعبد العزيز بن حبتور.\n"
     "وقال وزير الإعلام معمر الإرياني إن المليشيا جرّت اليمن إلى مواجهات خدمةً لأجندة طهران، فيما لم تكشف "
     "المليشيا عن مصير رئيس أركانها محمد الغماري.\n"
     "وفي عدن، التقى الإرياني المنسق المقيم للأمم المتحدة جوليان هارنيس، وبحثا الأوضاع الإنسانية.",
     [("ASSASSINATED_BY", RAHAWI, ISR, "في غارة إسرائيلية استهدفت صنعاء", "2025-08-28"),
      ("LEADS", RAHAWI, HGOV, "ما يسمى رئيس حكومتها"),
      ("ATTACKED", ISR, SANAA, "في غارة إسرائيلية استهدفت صنعاء", "2025-08-28"),
      ("SUPPORTS", IRAN, HOUTHIS, "المدعومة من إيران"),
      ("ASSASSINATED_BY", AMER, ISR, "وزير خارجيتها جمال عامر", "2025-08-28"),
      ("ASSASSINATED_BY", SHARAF, ISR, "ووزير إعلامها هاشم شرف الدين", "2025-08-28"),
      ("ASSASSINATED_BY", RUBAI, ISR, "رضوان الرباعي", "2025-08-28"),
      ("MEMBER_OF", RUBAI, HGOV, "ووزير الزراعة في حكومة الانقلاب"),
      ("SUCCESSOR_OF", MIFTAH, RAHAWI, "بتسيير أعمال الحكومة خلفاً للرهوي", "2025-08"),
      ("SUCCESSOR_OF", RAHAWI, HABTOOR, "خلفاً لعبد العزيز بن حبتور", "2024-08"),
      ("MET_WITH", ERYANI, HARNEIS, "التقى الإرياني المنسق المقيم", "2025-08"),
      ],
     {"source": "blind set (Yemeni state agency, government side, Arabic)", "published": "2025-08-31"}),

    ("enKN4_binmubarak_grundberg_aden", "en",
     "Yemen's new prime minister meets UN envoy in Aden\n"
     "ADEN: Yemen's new Prime Minister Ahmed bin Mubarak on Monday received UN Special Envoy Hans Grundberg "
     "in Aden, in the presence of Interior Minister Maj. Gen. Ibrahim Haydan, the state news agency Saba "
     "reported.\n"
     "Bin Mubarak, who had served as foreign minister, was named by the Presidential Leadership Council to "
     "replace Moeen Abdulmalik, who became an adviser to the council's chairman.\n"
     "Grundberg said the UN road map remained on the table despite Houthi attacks on shipping in the Red "
     "Sea.\n"
     "Earlier, US envoy Tim Lenderking met Rashad Al-Alimi, head of the Presidential Leadership Council, in "
     "Riyadh. Lenderking also spoke by phone with bin Mubarak.\n"
     "Last week, Shaya Al-Zindani was appointed foreign minister, succeeding bin Mubarak in the post. "
     "Al-Zindani had been Yemen's ambassador to Saudi Arabia.",
     [("MET_WITH", BINMUBARAK, GRUNDBERG, "received UN Special Envoy Hans Grundberg", "2024-03"),
      ("MET_WITH", BINMUBARAK, HAYDAN, "Interior Minister Maj. Gen. Ibrahim Haydan", "2024-03"),
      ("MET_WITH", GRUNDBERG, HAYDAN, "Interior Minister Maj. Gen. Ibrahim Haydan", "2024-03"),
      ("VISITED", GRUNDBERG, ADEN, "received UN Special Envoy Hans Grundberg", "2024-03"),
      ("SUCCESSOR_OF", BINMUBARAK, MAEEN, "replace Moeen Abdulmalik", "2024-02-05"),
      ("MET_WITH", LENDERKING, ALIMI, "Tim Lenderking met Rashad Al-Alimi", "2024"),
      ("LEADS", ALIMI, PLC, "head of the Presidential Leadership Council, in"),
      ("SUCCESSOR_OF", ZINDANI, BINMUBARAK, "succeeding bin Mubarak in the post", "2024-03"),
      ("LEADS", ZINDANI, YFM, "Shaya Al-Zindani was appointed foreign minister"),
      ],
     {"source": "blind set (Saudi daily, English edition)", "published": "2024-03-12"}),

    ("arKN5_alimi_doha_tamim", "ar",
     "رئيس مجلس القيادة الرئاسي يلتقي أمير دولة قطر\n"
     "الدوحة - سبأ: التقى فخامة رئيس مجلس القيادة الرئاسي الدكتور رشاد العليمي، اليوم، في الدوحة أخاه صاحب "
     "السمو الشيخ تميم بن حمد، أمير دولة قطر الشقيقة، بحضور رئيس مجلس الوزراء وزير الخارجية القطري الشيخ "
     "محمد بن عبدالرحمن.\n"
     "وحضر اللقاء من الجانب اليمني رئيس مجلس الشورى أحمد عبيد بن دغر، ووزير الخارجية وشؤون المغتربين "
     "الدكتور شائع محسن الزنداني.\n"
     "وبحث اللقاء العلاقات الأخوية وجهود الوساطة القطرية والعمانية لإحياء مسار السلام، وتداعيات هجمات "
     "المليشيا الحوثية على الملاحة في البحر الأحمر.\n"
     "وكان الرئيس العليمي قد التقى في وقت سابق وزير الدولة بوزارة الخارجية القطرية محمد بن عبدالعزيز "
     "الخليفي.\n"
     "ومن المقرر أن يزور رئيس مجلس القيادة سلطنة عُمان في وقت لاحق، بحسب مصدر في الرئاسة.",
     _group(_DOHA, "2025-02") + [
      ("VISITED", ALIMI, DOHA, "في الدوحة أخاه", "2025-02"),
      ("LEADS", TAMIM, "country:qatar", "أمير دولة قطر الشقيقة"),
      ("LEADS", BINDAGHER, YSHURA, "رئيس مجلس الشورى"),
      ("MET_WITH", ALIMI, KHULAIFI, "قد التقى في وقت سابق وزير الدولة", "2025-02"),
      ],
     {"source": "blind set (Yemeni state agency, government side, Arabic)", "published": "2025-02-18"}),

    ("enKN6_ghamari_madani_riyadh", "en",
     "Houthis confirm death of military chief, name successor\n"
     "RIYADH: Yemen's Houthi militia on Thursday confirmed the death of its chief of staff, Mohammed "
     "Abdulkarim Al-Ghamari, without saying how or when he died, and named Maj. Gen. Yousef Hassan Al-Madani "
     "to succeed him.\n"
     "Israeli Defense Minister Israel Katz said Israel had killed Al-Ghamari in a strike on Sanaa in August.\n"
     "Hezam Al-Asad, a member of the Houthi political bureau, vowed revenge.\n"
     "Separately, Prince Khalid bin Salman received Yemen's Defense Minister Lt. Gen. Mohsen Al-Daeri in "
     "Riyadh, joined by the Yemeni army's chief of staff, Lt. Gen. Sagheer bin Aziz, to discuss coordination "
     "against Houthi threats.\n"
     "In Aden, Saudi Ambassador Mohammed Al-Jaber met Prime Minister Salem bin Breik to discuss Saudi "
     "support for the government's budget.",
     [("LEADS", GHAMARI, HSTAFF, "confirmed the death of its chief of staff"),
      ("SUCCESSOR_OF", MADANI, GHAMARI, "to succeed him", "2025-10-16"),
      ("ASSASSINATED_BY", GHAMARI, ISR, "said Israel had killed Al-Ghamari", "2025-08"),
      ("MEMBER_OF", HEZAM, HOUTHIS, "a member of the Houthi political bureau"),
      ("MET_WITH", KBS, DAERI, "received Yemen's Defense Minister", "2025-10"),
      ("MET_WITH", KBS, BINAZIZ, "Lt. Gen. Sagheer bin Aziz", "2025-10"),
      ("MET_WITH", DAERI, BINAZIZ, "Lt. Gen. Sagheer bin Aziz", "2025-10"),
      ("VISITED", DAERI, RIYADH, "received Yemen's Defense Minister", "2025-10"),
      ("MET_WITH", ALJABER, BINBREIK, "Mohammed Al-Jaber met Prime Minister Salem bin Breik", "2025-10"),
      ],
     {"source": "blind set (Saudi daily, English edition)", "published": "2025-10-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKN")
