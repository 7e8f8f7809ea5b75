"""Blind set LQ: Lebanon, Palestine and Israel 2024-2025 (the PLO's new vice-president, the Lebanon
ceasefire and its envoys, Hezbollah's and Hamas's dead commanders and their successors, the Egyptian and
Qatari mediators), as a Palestinian news agency writes it (WAFA-like: "رام الله 26-4-2025 وفا-",
"سيادته"), as an international wire writes it (Reuters-like: "BEIRUT, Nov 27 (Reuters) -"), as a Lebanese
Arabic daily writes it (An-Nahar-like: "أمس", "حكومة تصريف الأعمال") and as an Israeli English daily writes
it (Times of Israel-like: "the terror group", "the IDF said").
Pieces: Hussein al-Sheikh elected vice-president, received by Abbas with Rawhi Fattouh and Mahmoud
al-Habbash, al-Sheikh after Erekat as secretary (Arabic); the Lebanon truce: Hochstein's separate talks with
Berri and Mikati, his meeting with Netanyahu and Dermer, Afif killed by an Israeli strike (English);
Hezbollah confirms Safieddine killed by an Israeli raid, Le Drian meets Berri, then Mikati with Bou Habib
(Arabic); Hamas confirms Deif's death, claimed by the IDF, Mohammed Sinwar after Deif, Yahya Sinwar killed by
IDF troops, Witkoff meets Netanyahu with Leiter (English); Abbas meets Hassan Rashad (after Abbas Kamel) in
Cairo with Mohammad Mustafa and Nabil Shaath, then the Qatari prime minister and Aboul Gheit separately
(Arabic); Katz acknowledges Israel killed Haniyeh, Sinwar (his successor) and Nasrallah, Jabarin after
al-Arouri, Darwish at the head of the leadership council, a Hamas delegation meets Hassan Rashad (English).
Excluded on purpose (no relation): the phone call from Ayman Safadi, and Erekat's death of Covid-19
(LQ1); a drone strike near Tyre without a named victim, and Qassem, who "did not meet" anyone (LQ2); the
Berri and Mikati,
met one after the other, are not paired (LQ3); the deaths of Marwan Issa, Ghazi Abu Tamaa, Raed Thabet and
Rafa Salama announced by Abu Obeida "without saying how they were killed" (LQ4); the meeting with a Hamas
delegation, "نفى" by the presidency's spokesman, and the Qatari prime minister and Aboul Gheit, received "في
لقاءين منفصلين", not paired with each other (LQ5); al-Arouri's killing, which "Lebanese officials blamed on
Israel" (an accusation), and Samir Findi and Azzam al-Aqraa killed with him (LQ6).
Judgement calls: "خلفاً للراحل صائب عريقات" is a succession (LQ1); "Haniyeh's successor" as an apposition
is a succession, and the killings Katz "acknowledged" are claimed killings by Israel (LQ6); Deif's killing
"the IDF said it had carried out" is a claimed killing (LQ4); "killed ... in Tehran" is not annotated as a visit
(LQ6); a delegation "led by" al-Hayya "and
including" Jabarin is one meeting of the three (LQ6); "استشهد ... في غارة إسرائيلية" gives Israel as the
agent (LQ3). Who attended the meetings (Fattouh, al-Habbash, Bou Habib, Leiter, Shaath, Jabarin), the day
of Le Drian's visit, the Cairo meetings and the denied Hamas meeting, and the days of the Hochstein and
Witkoff meetings are filled in for the exercise.
Spellings: "روحي فتّوح" with shadda (LQ1); "Nabih Berri" and "Najib Miqati" (LQ2); "نبيه برّي",
"السيد هاشم صفي الدين" and "لودريان" in one word (LQ3); "Mohammed Dief" and "Yehya Sinwar" (LQ4); "أبو الغيط" without
his first name (LQ5); "Ismail Haniyeh" and "Saleh Arouri" without al- (LQ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_lq import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IDF, HEZB, HEZEXEC, QASSAM, HLC, HSHURA = (
    "country:israel", "organization:israel-defense-forces", "organization:hezbollah",
    "organization:hezbollah-executive-council", "organization:qassam-brigades",
    "organization:hamas-leadership-council", "organization:hamas-shura-council")
PLOEC, PNC, LEBGOV, LEBPARL, LEBFM, ISRGOV, EGI, ARABLEAGUE = (
    "organization:plo-executive-committee", "organization:palestinian-national-council",
    "organization:lebanese-government", "organization:lebanese-parliament", "organization:lebanese-foreign-ministry",
    "organization:israeli-government", "organization:egyptian-general-intelligence", "organization:arab-league")
RAMALLAH, BEIRUT, JERUSALEM, DAHIYEH, TINEH, SERAIL, CAIRO, RASNABAA = (
    "location:ramallah", "location:beirut", "location:jerusalem", "location:dahiyeh", "location:ain-el-tineh",
    "location:grand-serail", "location:cairo", "location:ras-al-nabaa")
ABBAS, SHEIKH, FATTOUH, EREKAT = ("person:mahmoud-abbas", "person:hussein-al-sheikh", "person:rawhi-fattouh",
                                  "person:saeb-erekat")
HOCHSTEIN, BERRI, MIKATI, NETANYAHU, DERMER, AFIF = (
    "person:amos-hochstein", "person:nabih-berri", "person:najib-mikati", "person:benjamin-netanyahu",
    "person:ron-dermer", "person:mohammad-afif")
QASSEM, SAFIEDDINE, LEDRIAN, BOUHABIB = ("person:naim-qassem", "person:hashem-safieddine", "person:jean-yves-le-drian",
                                 "person:abdallah-bou-habib")
DEIF, MSINWAR, YSINWAR, WITKOFF, LEITER, KATZ = (
    "person:mohammed-deif", "person:mohammed-sinwar", "person:yahya-sinwar", "person:steve-witkoff",
    "person:yechiel-leiter", "person:israel-katz")
RASHAD, KAMEL, MUSTAFA, MBAR, GHEIT = (
    "person:hassan-rashad", "person:abbas-kamel", "person:mohammad-mustafa",
    "person:mohammed-bin-abdulrahman-al-thani", "person:ahmed-aboul-gheit")
HANIYEH, NASRALLAH, JABARIN, AROURI, DARWISH, HAYYA = (
    "person:ismail-haniyeh", "person:hassan-nasrallah", "person:zaher-jabarin", "person:saleh-al-arouri",
    "person:mohammed-darwish", "person:khalil-al-hayya")
# new to the tables
HABBASH, AMINSALAM, HAJJAR, DICHTER, SHAATH, EZZEDDINE = (
    "person:mahmoud-al-habbash", "person:amin-salam", "person:hector-hajjar", "person:avi-dichter",
    "person:nabil-shaath", "person:hassan-ezzeddine")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_MUQATAA = {ABBAS: "استقبل الرئيس عباس نائبه الجديد", SHEIKH: "استقبل الرئيس عباس نائبه الجديد",
            FATTOUH: "بحضور رئيس المجلس الوطني روحي فتّوح", HABBASH: "ومستشار الرئيس للشؤون الدينية محمود الهباش"}
_JERUSALEM = {NETANYAHU: "Witkoff met Netanyahu in Jerusalem", WITKOFF: "Witkoff met Netanyahu in Jerusalem",
              LEITER: "Yechiel Leiter, who sat in on"}
_CAIRO5 = {ABBAS: "التقى رئيس دولة فلسطين محمود عباس", RASHAD: "رئيس جهاز المخابرات العامة المصرية اللواء حسن رشاد",
           MUSTAFA: "بحضور رئيس الوزراء محمد مصطفى", SHAATH: "والممثل الخاص للرئيس نبيل شعث"}
_HISRAEL = {NETANYAHU: "he met Netanyahu on Thursday", HOCHSTEIN: "he met Netanyahu on Thursday",
            DERMER: "with Strategic Affairs Minister Ron Dermer present"}
_DELEG = {HAYYA: "A Hamas delegation led by Khalil al-Hayya", JABARIN: "and including Jabarin",
          RASHAD: "held talks in Cairo on Saturday with"}

ARTICLES = [
    ("arLQ1_sheikh_vice_president", "ar",
     "انتخاب حسين الشيخ نائباً لرئيس دولة فلسطين\n"
     "رام الله 26-4-2025 وفا- انتخبت اللجنة التنفيذية لمنظمة التحرير الفلسطينية، اليوم السبت، حسين الشيخ "
     "نائباً لرئيس اللجنة التنفيذية ونائباً لرئيس دولة فلسطين، بناءً على ترشيح من الرئيس محمود عباس، وذلك "
     "بعد أن أقر المجلس المركزي استحداث المنصب.\n"
     "وعقب الاجتماع، استقبل الرئيس عباس نائبه الجديد في مقر الرئاسة برام الله، بحضور رئيس المجلس الوطني روحي "
     "فتّوح، ومستشار الرئيس للشؤون الدينية محمود الهباش، وهنأه على الثقة.\n"
     "ويشغل الشيخ منصب أمين سر اللجنة التنفيذية منذ عام 2022، خلفاً للراحل صائب عريقات الذي توفي متأثراً "
     "بإصابته بفيروس كورونا.\n"
     "وتلقى سيادته اتصالاً هاتفياً من نائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي، أكد فيه دعم "
     "المملكة لإصلاح مؤسسات السلطة.\n"
     "ودعا الهباش في تصريح لـ«وفا» الفصائل كافة إلى الالتزام بقرارات المجلس المركزي.",
     [("MEMBER_OF", SHEIKH, PLOEC, "نائباً لرئيس اللجنة التنفيذية")]
     + _group(_MUQATAA, "2025-04-26") + [
      ("LEADS", FATTOUH, PNC, "بحضور رئيس المجلس الوطني روحي فتّوح"),
      ("SUCCESSOR_OF", SHEIKH, EREKAT, "خلفاً للراحل صائب عريقات", "2022"),
      ],
     {"source": "blind set (Palestinian news agency, Arabic)", "published": "2025-04-26"}),

    ("enLQ2_lebanon_truce_hochstein", "en",
     "Israel-Hezbollah ceasefire takes hold after US-brokered deal\n"
     "BEIRUT, Nov 27 (Reuters) - A ceasefire between Israel and Hezbollah took effect on Wednesday, ending "
     "more than a year of cross-border fighting, after weeks of shuttle diplomacy by U.S. envoy Amos "
     "Hochstein.\n"
     "Hochstein held separate talks in Beirut last week with parliament speaker Nabih Berri, who negotiated on "
     "Hezbollah's behalf, and caretaker Prime Minister Najib Miqati.\n"
     "He then travelled to Israel, where he met Netanyahu on Thursday with Strategic Affairs Minister Ron Dermer "
     "present.\n"
     "The deal came 10 days after Hezbollah's media chief, Mohammad Afif, was killed in an Israeli strike on "
     "Ras al-Nabaa in central Beirut.\n"
     "Hezbollah leader Naim Qassem, who has not appeared in public since his election, did not meet the envoy.\n"
     "A drone strike near Tyre killed two people hours before the truce.\n"
     "\"The army will deploy in the south as soon as possible,\" caretaker Economy Minister Amin Salam said.",
     [("MET_WITH", HOCHSTEIN, BERRI, "parliament speaker Nabih Berri", "2024-11-20"),
      ("LEADS", BERRI, LEBPARL, "parliament speaker Nabih Berri"),
      ("MET_WITH", HOCHSTEIN, MIKATI, "caretaker Prime Minister Najib Miqati", "2024-11-20"),
      ("LEADS", MIKATI, LEBGOV, "caretaker Prime Minister Najib Miqati"),
      ("VISITED", HOCHSTEIN, BEIRUT, "Hochstein held separate talks in Beirut", "2024-11-20"),
      ] + _group(_HISRAEL, "2024-11-21") + [
      ("VISITED", HOCHSTEIN, ISR, "He then travelled to Israel", "2024-11-21"),
      ("LEADS", QASSEM, HEZB, "Hezbollah leader Naim Qassem"),
      ("ASSASSINATED_BY", AFIF, ISR, "was killed in an Israeli strike on", "2024-11-17"),
      ("MEMBER_OF", AFIF, HEZB, "Hezbollah's media chief, Mohammad Afif"),
      ("ATTACKED", ISR, RASNABAA, "was killed in an Israeli strike on", "2024-11-17"),
      ("MEMBER_OF", AMINSALAM, LEBGOV, "caretaker Economy Minister Amin Salam"),
      ],
     {"source": "blind set (international wire, English)", "published": "2024-11-27"}),

    ("arLQ3_safieddine_ledrian", "ar",
     "حزب الله ينعى صفي الدين… ولودريان بين عين التينة والسراي\n"
     "نعى حزب الله، أمس، رئيس مجلسه التنفيذي السيد هاشم صفي الدين، الذي استشهد في غارة إسرائيلية استهدفت "
     "الضاحية الجنوبية لبيروت مطلع الشهر الجاري، بعد أيام من إعلان إسرائيل مقتله.\n"
     "وتوعد الحزب في بيانه بأن «دماء القادة لن تذهب هدراً».\n"
     "في هذا الوقت، وصل الموفد الرئاسي الفرنسي جان إيف لودريان إلى بيروت، والتقى رئيس مجلس النواب نبيه برّي "
     "في عين التينة.\n"
     "ثم انتقل لودريان إلى السراي الحكومي، حيث اجتمع برئيس حكومة تصريف الأعمال نجيب ميقاتي، في حضور وزير "
     "الخارجية عبد الله بو حبيب، وجرى البحث في وقف إطلاق النار وتطبيق القرار 1701 وانتخاب رئيس للجمهورية.\n"
     "وأعلن وزير الشؤون الاجتماعية في حكومة تصريف الأعمال هكتور حجار أن عدد النازحين تجاوز مليوناً ومئتي ألف شخص.",
     [("ASSASSINATED_BY", SAFIEDDINE, ISR, "الذي استشهد في غارة إسرائيلية", "2024-10-04"),
      ("LEADS", SAFIEDDINE, HEZEXEC, "رئيس مجلسه التنفيذي"),
      ("ATTACKED", ISR, DAHIYEH, "الذي استشهد في غارة إسرائيلية", "2024-10-04"),
      ("VISITED", LEDRIAN, BEIRUT, "جان إيف لودريان إلى بيروت", "2024-10-23"),
      ("MET_WITH", LEDRIAN, BERRI, "والتقى رئيس مجلس النواب نبيه برّي", "2024-10-23"),
      ("LEADS", BERRI, LEBPARL, "والتقى رئيس مجلس النواب نبيه برّي"),
      ("VISITED", LEDRIAN, TINEH, "في عين التينة", "2024-10-23"),
      ("VISITED", LEDRIAN, SERAIL, "ثم انتقل لودريان إلى السراي الحكومي", "2024-10-23"),
      ("MET_WITH", LEDRIAN, MIKATI, "حيث اجتمع برئيس حكومة تصريف الأعمال", "2024-10-23"),
      ("LEADS", MIKATI, LEBGOV, "حيث اجتمع برئيس حكومة تصريف الأعمال"),
      ("MET_WITH", LEDRIAN, BOUHABIB, "الخارجية عبد الله بو حبيب", "2024-10-23"),
      ("MET_WITH", MIKATI, BOUHABIB, "الخارجية عبد الله بو حبيب", "2024-10-23"),
      ("LEADS", BOUHABIB, LEBFM, "الخارجية عبد الله بو حبيب"),
      ("MEMBER_OF", HAJJAR, LEBGOV, "وزير الشؤون الاجتماعية في حكومة تصريف الأعمال"),
      ],
     {"source": "blind set (Lebanese daily, Arabic)", "published": "2024-10-24"}),

    ("enLQ4_hamas_confirms_deif", "en",
     "Hamas confirms military chief Mohammed Dief was killed, six months after IDF strike\n"
     "Hamas's armed wing on Thursday confirmed for the first time that its commander Mohammed Dief was dead, "
     "more than six months after the IDF said it had carried out the July strike in Khan Younis that killed "
     "him.\n"
     "In a video statement, spokesman Abu Obeida also announced the deaths of Dief's deputy Marwan Issa, "
     "Ghazi Abu Tamaa, Raed Thabet and Rafa Salama, without saying how they were killed.\n"
     "According to Israeli officials, Dief's place at the head of the Qassam Brigades was taken by Mohammed "
     "Sinwar, the brother of Yehya Sinwar, who was killed by Israeli troops in Rafah in October.\n"
     "Also on Thursday, US Middle East envoy Steve Witkoff met Netanyahu in Jerusalem to discuss the second "
     "phase of the hostage deal. Israel's ambassador-designate to Washington, Yechiel Leiter, who sat in on "
     "the meeting, called it \"productive.\"\n"
     "Agriculture Minister Avi Dichter, a former Shin Bet chief, said Hamas's announcement was \"a confession "
     "of defeat.\"",
     [("ASSASSINATED_BY", DEIF, IDF, "the IDF said it had carried out the July strike", "2024-07-13"),
      ("LEADS", DEIF, QASSAM, "its commander Mohammed Dief was dead"),
      ("ATTACKED", IDF, "location:khan-younis", "the July strike in Khan Younis", "2024-07-13"),
      ("SUCCESSOR_OF", MSINWAR, DEIF, "was taken by Mohammed", "2024"),
      ("LEADS", MSINWAR, QASSAM, "was taken by Mohammed"),
      ("ASSASSINATED_BY", YSINWAR, IDF, "who was killed by Israeli troops in Rafah", "2024-10-16"),
      ] + _group(_JERUSALEM, "2025-01-30") + [
      ("VISITED", WITKOFF, JERUSALEM, "Witkoff met Netanyahu in Jerusalem", "2025-01-30"),
      ("MEMBER_OF", DICHTER, ISRGOV, "Agriculture Minister Avi Dichter"),
      ],
     {"source": "blind set (Israeli daily, English)", "published": "2025-01-31"}),

    ("arLQ5_abbas_rashad_cairo", "ar",
     "الرئيس عباس يلتقي رئيس المخابرات المصرية على هامش القمة العربية الطارئة\n"
     "القاهرة 4-3-2025 وفا- التقى رئيس دولة فلسطين محمود عباس، اليوم الثلاثاء، رئيس جهاز المخابرات العامة "
     "المصرية اللواء حسن رشاد، على هامش القمة العربية الطارئة في العاصمة المصرية القاهرة، بحضور رئيس الوزراء "
     "محمد مصطفى، والممثل الخاص للرئيس نبيل شعث.\n"
     "ورشاد تولى رئاسة الجهاز في تشرين الأول الماضي خلفاً للواء عباس كامل.\n"
     "كما التقى سيادته، في لقاءين منفصلين، رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن "
     "آل ثاني، والأمين العام لجامعة الدول العربية أبو الغيط.\n"
     "ووضع الرئيس ضيوفه في صورة الخطة العربية لإعادة إعمار قطاع غزة.\n"
     "ونفى الناطق الرسمي باسم الرئاسة نبيل أبو ردينة أن يكون الرئيس قد التقى وفداً من حركة حماس في القاهرة.",
     _group(_CAIRO5, "2025-03-04") + [
      ("VISITED", ABBAS, CAIRO, "في العاصمة المصرية القاهرة", "2025-03-04"),
      ("LEADS", RASHAD, EGI, "رئيس جهاز المخابرات العامة المصرية اللواء حسن رشاد"),
      ("LEADS", MUSTAFA, "organization:palestinian-government", "بحضور رئيس الوزراء محمد مصطفى"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "خلفاً للواء عباس كامل", "2024-10"),
      ("MET_WITH", ABBAS, MBAR, "رئيس مجلس الوزراء وزير الخارجية القطري", "2025-03-04"),
      ("MET_WITH", ABBAS, GHEIT, "والأمين العام لجامعة الدول العربية", "2025-03-04"),
      ("LEADS", GHEIT, ARABLEAGUE, "والأمين العام لجامعة الدول العربية"),
      ],
     {"source": "blind set (Palestinian news agency, Arabic)", "published": "2025-03-04"}),

    ("enLQ6_katz_haniyeh", "en",
     "Israel acknowledges for first time it killed Hamas leader Haniyeh\n"
     "JERUSALEM, Dec 23 (Reuters) - Israel's Defence Minister Israel Katz acknowledged for the first time on "
     "Monday that Israel had killed Hamas leader Ismail Haniyeh in Tehran in July, and threatened to do the "
     "same to the leaders of Yemen's Houthis.\n"
     "\"We have also eliminated Sinwar and Nasrallah,\" Katz said, referring to Yahya Sinwar, Haniyeh's "
     "successor, and Hezbollah chief Hassan Nasrallah.\n"
     "Hamas deputy leader Saleh Arouri was killed in a drone strike in Beirut in January that Lebanese "
     "officials blamed on Israel, along with two commanders, Samir Findi and Azzam al-Aqraa. Zaher Jabarin "
     "later took over Arouri's West Bank portfolio.\n"
     "Hamas is now run by a leadership council headed by Mohammed Darwish, the chairman of its Shura "
     "Council.\n"
     "A Hamas delegation led by Khalil al-Hayya and including Jabarin held talks in Cairo on Saturday with "
     "Egyptian intelligence chief Hassan Rashad on a Gaza truce.\n"
     "Hezbollah lawmaker Hassan Ezzeddine said Katz's remarks proved Israel \"acts above the law.\"",
     [("ASSASSINATED_BY", HANIYEH, ISR, "that Israel had killed Hamas leader Ismail Haniyeh", "2024-07-31"),
      ("LEADS", HANIYEH, "organization:hamas", "that Israel had killed Hamas leader Ismail Haniyeh"),
      ("MEMBER_OF", AROURI, "organization:hamas", "Hamas deputy leader Saleh Arouri"),
      ("LEADS", KATZ, "organization:israeli-defense-ministry", "Israel's Defence Minister Israel Katz"),
      ("ASSASSINATED_BY", YSINWAR, ISR, "We have also eliminated Sinwar and Nasrallah", "2024-10-16"),
      ("ASSASSINATED_BY", NASRALLAH, ISR, "We have also eliminated Sinwar and Nasrallah", "2024-09-27"),
      ("SUCCESSOR_OF", YSINWAR, HANIYEH, "Haniyeh's", "2024-08-06"),
      ("LEADS", NASRALLAH, HEZB, "Hezbollah chief Hassan Nasrallah"),
      ("SUCCESSOR_OF", JABARIN, AROURI, "later took over Arouri's West Bank portfolio", "2024"),
      ("LEADS", DARWISH, HLC, "a leadership council headed by Mohammed Darwish"),
      ("LEADS", DARWISH, HSHURA, "the chairman of its Shura"),
      ] + _group(_DELEG, "2024-12-21") + [
      ("VISITED", HAYYA, CAIRO, "held talks in Cairo on Saturday with", "2024-12-21"),
      ("VISITED", JABARIN, CAIRO, "held talks in Cairo on Saturday with", "2024-12-21"),
      ("LEADS", RASHAD, EGI, "Egyptian intelligence chief Hassan Rashad"),
      ("MEMBER_OF", EZZEDDINE, HEZB, "Hezbollah lawmaker Hassan Ezzeddine"),
      ],
     {"source": "blind set (international wire, English)", "published": "2024-12-23"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLQ")
