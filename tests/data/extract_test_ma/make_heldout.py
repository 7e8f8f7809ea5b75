"""Blind set MA: the world of the project's seed article (Esmail Qaani's unannounced visits to Baghdad
after Soleimani's killing), 2020-2024: the Quds Force commander's meetings with Iraqi militia leaders
and prime ministers, the PMF succession after al-Muhandis, US strikes on Kataib Hezbollah and Nujaba
commanders in Baghdad and Israeli strikes on IRGC generals in Damascus and Beirut, as an Iraqi news site
writes it ("بغداد/ العالم الجديد", "مصدر سياسي مطلع"), a US military trade paper (Military Times-like:
"WASHINGTON —", ranks, "U.S. Central Command said"), Iran's state agency in Arabic (IRNA-like: "طهران -
إرنا -", "الكيان الصهيوني", "استشهاد"), a pro-Palestinian London site (Middle East Monitor-like, no
dateline), an Iraqi daily ("بغداد - الزمان", "وعلمت «الزمان»") and a radio-service profile (RFE/RL-like).
Pieces: Qaani's secret visit to Baghdad, meetings with al-Amiri, al-Khazali and al-Kadhimi, Qaani after
Soleimani, Soleimani and al-Muhandis killed by the United States (Arabic, Iraqi news site); a US drone
strike kills Abu Baqir al-Saadi, an earlier US strike kills Mushtaq al-Saidi (English, trade paper);
Zahedi and Haji Rahimi killed by Israel at the Damascus consulate, Amir-Abdollahian meets al-Mekdad and
al-Assad (Arabic, state agency); Israel kills Razi Mousavi at Sayyida Zeinab, Qaani after Soleimani,
Akbari meets al-Mekdad (English, London site); Abu Fadak after al-Muhandis, Qaani's meeting with
al-Fayyadh, Abu Fadak and al-Amiri (Arabic, Iraqi daily); profile of Qaani: after Soleimani, meetings
with al-Kadhimi and Abu Fadak, Nasrallah and Nilforoushan killed by Israel (English, profile).
Excluded on purpose (no relation): al-Sadr, whom Qaani "did not meet" and who only phoned him (MA1); the
Tower 22 attack (no named victim; "blamed" on Kataib Hezbollah), the two unnamed men killed with Abu
Baqir, Austin's phone call with al-Sudani and his briefing of Biden (MA2); Israel's silence on the
strike, the five other advisers killed, unnamed (MA3); Amir-Abdollahian's phone
call with al-Mekdad (MA4); the cancelled meeting of Qaani with the prime minister-designate Allawi
(MA5); the rumours that Qaani had died or been detained, denied (MA6).
Judgement calls: those killed "with" / "in the company of" the target of a strike the text attributes
(«اغتالته الولايات المتحدة ... برفقة», "قتل بضربة أمريكية مع") share the killer (MA1, MA5); "the Zionist
entity" (IRNA's wording) is Israel (MA3); "killed in the same strike" as Nasrallah, after "Israel killed
Hassan Nasrallah", gives Nilforoushan -> Israel (MA6); a visitor who "met" several named leaders
"among them" is paired with each, the leaders not with each other unless one meeting is stated
("عقد ... اجتماعاً مع الفياض والمحمداوي والعامري" is one meeting: all pairs, MA5); "a U.S. drone strike
killed" / "a U.S. strike killed" give the victim -> the United States (MA2); a commander "of" a militia
is MEMBER_OF it, a secretary-general / chairman LEADS it; a chief of staff named "in place of" a killed
deputy chairman succeeds him (MA5). Filled in for the exercise: the day and the meetings of Qaani's
visit in MA1 and MA5, the cancelled Allawi meeting (MA5), al-Sadr's phone call (MA1), Akbari's meeting
with al-Mekdad and Amir-Abdollahian's call (MA4), the day of the Damascus visit (MA3).
Spellings: "اسماعيل قآني", "قاسم سليماني" (MA1); "Wissam Muhammad Sabir al-Saadi", "Abu Baqir", "Mushtaq
Taleb al-Saidi", "Ahmed al-Hamidawi" (MA2); "عبداللهيان", "فيصل المقداد" (MA3); "Sayyed Razi Mousavi",
"Qassem Suleimani", "Esmail Ghaani", "Hossein Amirabdollahian", "Faisal Miqdad" (MA4); "عبد العزيز
المحمداوي" / "أبي فدك", "جمال جعفر آل إبراهيم", "إسماعيل قاآني" (MA5); "Ismail Qaani", "Qasem Soleimani",
"Abu Fadak al-Mohammadawi" (MA6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_mb import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAN, ISRAEL, SYRIA = "country:united-states", "country:iran", "country:israel", "country:syria"
BAGHDAD, DAMASCUS = "location:baghdad", "location:damascus"
QF, IRGC, IQGOV, PMF, KH, NUJABA, AAH, BADR, SADRIST, DOD, SYFM, IRFM, HEZ = (
    "organization:quds-force", "organization:irgc", "organization:iraqi-government",
    "organization:popular-mobilization-forces", "organization:kataib-hezbollah", "organization:harakat-al-nujaba",
    "organization:asaib-ahl-al-haq", "organization:badr-organization", "organization:sadrist-movement",
    "organization:us-department-of-defense", "organization:syrian-foreign-ministry",
    "organization:iranian-foreign-ministry", "organization:hezbollah")
QAANI, SOLEIMANI, MUHANDIS, KADHIMI, AMIRI, KHAZALI, SADR, FAYYADH, ABUFADAK, ALLAWI = (
    "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis", "person:mustafa-al-kadhimi",
    "person:hadi-al-amiri", "person:qais-al-khazali", "person:muqtada-al-sadr", "person:falih-al-fayyadh",
    "person:abdul-aziz-al-muhammadawi", "person:mohammed-tawfiq-allawi")
ABUBAQIR, SAIDI, HAMIDAWI, AUSTIN, BIDEN, SUDANI, RYDER = (
    "person:abu-baqir-al-saadi", "person:mushtaq-taleb-al-saidi", "person:ahmad-al-hamidawi",
    "person:lloyd-austin", "person:joe-biden", "person:mohammed-shia-al-sudani", "person:pat-ryder")
ZAHEDI, RAHIMI, RAISI, ABDOLLAHIAN, MEKDAD, ASSAD, RMOUSAVI, SALAMI, AKBARI, KHAMENEI, NASRALLAH, NILFOROUSHAN = (
    "person:mohammad-reza-zahedi", "person:mohammad-hadi-haji-rahimi", "person:ebrahim-raisi",
    "person:hossein-amir-abdollahian", "person:faisal-mekdad", "person:bashar-al-assad", "person:razi-mousavi",
    "person:hossein-salami", "person:hossein-akbari", "person:ali-khamenei", "person:hassan-nasrallah",
    "person:abbas-nilforoushan")


def _group(members: dict, date: str | None = None) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    out = []
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            out.append(("MET_WITH", a, b, members[b], date) if date else ("MET_WITH", a, b, members[b]))
    return out


_DAMASCUS = {ABDOLLAHIAN: "والتقى نظيره السوري فيصل المقداد", MEKDAD: "والتقى نظيره السوري فيصل المقداد",
             ASSAD: "ثم استقبلهما الرئيس بشار الأسد"}
_HASHD = {QAANI: "عقد في بغداد الأسبوع الماضي اجتماعاً", FAYYADH: "اجتماعاً مع الفياض والمحمداوي والعامري",
          ABUFADAK: "اجتماعاً مع الفياض والمحمداوي والعامري", AMIRI: "اجتماعاً مع الفياض والمحمداوي والعامري"}

ARTICLES = [
    ("arMA1_qaani_secret_visit_baghdad", "ar",
     "قآني في بغداد سراً.. لقاءات مع قادة الفصائل والكاظمي\n"
     "بغداد/ العالم الجديد\n"
     "كشف مصدر سياسي مطلع، اليوم الأحد، أن قائد فيلق القدس في الحرس الثوري الإيراني، العميد اسماعيل قآني، "
     "وصل إلى بغداد في زيارة غير معلنة استمرت يومين، التقى خلالها قادة فصائل مسلحة، بينهم الأمين العام لمنظمة "
     "بدر هادي العامري والأمين العام لعصائب أهل الحق قيس الخزعلي.\n"
     "وأضاف المصدر أن الجنرال الإيراني اجتمع أيضاً برئيس الوزراء مصطفى الكاظمي في مكتبه بالمنطقة الخضراء، "
     "وبحث معه ملف الانتخابات المبكرة ووجود القوات الأمريكية.\n"
     "ولم يلتقِ قآني زعيم التيار الصدري مقتدى الصدر، الذي اكتفى باتصال هاتفي معه، بحسب المصدر.\n"
     "ويتولى قآني قيادة الفيلق منذ كانون الثاني 2020 خلفاً لقاسم سليماني، الذي اغتالته الولايات المتحدة "
     "بغارة جوية قرب مطار بغداد الدولي برفقة نائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس.\n"
     "وهذه الزيارة الثالثة للجنرال الإيراني إلى العراق منذ تسلّمه منصبه، ولم يصدر عن السفارة الإيرانية أي "
     "تعليق عليها.",
     [("VISITED", QAANI, BAGHDAD, "وصل إلى بغداد في زيارة غير معلنة", "2021-04"),
      ("LEADS", QAANI, QF, "أن قائد فيلق القدس في الحرس الثوري الإيراني"),
      ("MEMBER_OF", QAANI, IRGC, "أن قائد فيلق القدس في الحرس الثوري الإيراني"),
      ("MET_WITH", QAANI, AMIRI, "بدر هادي العامري", "2021-04"),
      ("MET_WITH", QAANI, KHAZALI, "والأمين العام لعصائب أهل الحق قيس الخزعلي", "2021-04"),
      ("LEADS", AMIRI, BADR, "بدر هادي العامري"),
      ("LEADS", KHAZALI, AAH, "والأمين العام لعصائب أهل الحق قيس الخزعلي"),
      ("MET_WITH", QAANI, KADHIMI, "اجتمع أيضاً برئيس الوزراء مصطفى الكاظمي", "2021-04"),
      ("LEADS", KADHIMI, IQGOV, "اجتمع أيضاً برئيس الوزراء مصطفى الكاظمي"),
      ("LEADS", SADR, SADRIST, "زعيم التيار الصدري مقتدى الصدر"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "خلفاً لقاسم سليماني", "2020-01"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "الذي اغتالته الولايات المتحدة", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "برفقة نائب رئيس هيئة الحشد الشعبي", "2020-01-03"),
      ("MEMBER_OF", MUHANDIS, PMF, "برفقة نائب رئيس هيئة الحشد الشعبي"),
      ],
     {"source": "blind set (Iraqi Arabic news site)", "published": "2021-04-18"}),

    ("enMA2_us_drone_strike_abu_baqir", "en",
     "U.S. drone strike in Baghdad kills Kataib Hezbollah commander\n"
     "WASHINGTON — A U.S. drone strike in eastern Baghdad on Wednesday killed Wissam Muhammad Sabir al-Saadi, a "
     "senior commander of the Iran-backed militia Kataib Hezbollah who directed attacks on American forces in "
     "the region, U.S. Central Command said.\n"
     "Al-Saadi, known by the nom de guerre Abu Baqir, was in a vehicle in the Mashtal neighborhood when it was "
     "hit. Two other men in the car were also killed; they were not identified.\n"
     "The strike came nine days after a drone attack on Tower 22, a small U.S. outpost in Jordan, killed three "
     "Army Reserve soldiers. The Pentagon has blamed Kataib Hezbollah and allied groups for that attack.\n"
     "Pentagon press secretary Maj. Gen. Pat Ryder said Defense Secretary Lloyd Austin had briefed President "
     "Joe Biden before the strike. Austin spoke by phone on Monday with Iraqi Prime Minister Mohammed Shia "
     "al-Sudani.\n"
     "Last month a U.S. strike killed Mushtaq Taleb al-Saidi, a commander of Harakat al-Nujaba, at the group's "
     "headquarters in Baghdad.\n"
     "Kataib Hezbollah announced in late January that it was suspending attacks on U.S. troops. Its "
     "secretary-general, Ahmed al-Hamidawi, said the decision was taken to avoid embarrassing the Iraqi "
     "government.",
     [("ASSASSINATED_BY", ABUBAQIR, US, "A U.S. drone strike in eastern Baghdad on Wednesday killed", "2024-02-07"),
      ("MEMBER_OF", ABUBAQIR, KH, "senior commander of the Iran-backed militia Kataib Hezbollah"),
      ("LEADS", AUSTIN, DOD, "Defense Secretary Lloyd Austin"),
      ("LEADS", BIDEN, US, "Joe Biden before the strike"),
      ("LEADS", SUDANI, IQGOV, "Iraqi Prime Minister Mohammed Shia"),
      ("ASSASSINATED_BY", SAIDI, US, "Last month a U.S. strike killed Mushtaq Taleb al-Saidi", "2024-01-04"),
      ("MEMBER_OF", SAIDI, NUJABA, "a commander of Harakat al-Nujaba"),
      ("LEADS", HAMIDAWI, KH, "secretary-general, Ahmed al-Hamidawi"),
      ],
     {"source": "blind set (US military trade paper, Military Times-like)", "published": "2024-02-08"}),

    ("arMA3_zahedi_damascus_consulate", "ar",
     "حرس الثورة: استشهاد العميد زاهدي ومستشارين عسكريين في العدوان الصهيوني على القنصلية الإيرانية بدمشق\n"
     "طهران - إرنا - أعلن حرس الثورة الإسلامية استشهاد سبعة من مستشاريه العسكريين، بينهم القائد البارز العميد "
     "محمد رضا زاهدي ونائبه العميد محمد هادي حاجي رحيمي، في الهجوم الذي شنّه الكيان الصهيوني على مبنى "
     "القنصلية الإيرانية المجاور للسفارة في دمشق.\n"
     "وكان العميد زاهدي من قادة فيلق القدس، وتولى مسؤولية الملف السوري واللبناني خلال السنوات الأخيرة.\n"
     "وأدان رئيس الجمهورية آية الله السيد إبراهيم رئيسي الجريمة، مؤكداً أنها «لن تبقى دون رد».\n"
     "ووصل وزير الخارجية حسين أمير عبداللهيان إلى دمشق يوم الاثنين، حيث افتتح المقر الجديد للقنصلية، "
     "والتقى نظيره السوري فيصل المقداد، ثم استقبلهما الرئيس بشار الأسد في قصر الشعب.\n"
     "وقال عبداللهيان في مؤتمر صحفي إن بلاده «ستعاقب المعتدي»، داعياً مجلس الأمن إلى إدانة الهجوم.\n"
     "ولم تعلّق سلطات الاحتلال رسمياً على الهجوم حتى الآن.",
     [("ASSASSINATED_BY", ZAHEDI, ISRAEL, "في الهجوم الذي شنّه الكيان الصهيوني", "2024-04-01"),
      ("ASSASSINATED_BY", RAHIMI, ISRAEL, "ونائبه العميد محمد هادي حاجي رحيمي", "2024-04-01"),
      ("MEMBER_OF", ZAHEDI, IRGC, "القائد البارز العميد"),
      ("MEMBER_OF", RAHIMI, IRGC, "ونائبه العميد محمد هادي حاجي رحيمي"),
      ("MEMBER_OF", ZAHEDI, QF, "وكان العميد زاهدي من قادة فيلق القدس"),
      ("LEADS", RAISI, IRAN, "وأدان رئيس الجمهورية آية الله السيد إبراهيم رئيسي"),
      ("VISITED", ABDOLLAHIAN, DAMASCUS, "إلى دمشق يوم الاثنين", "2024-04-08"),
      ("LEADS", ABDOLLAHIAN, IRFM, "ووصل وزير الخارجية حسين أمير عبداللهيان"),
      ("LEADS", MEKDAD, SYFM, "والتقى نظيره السوري فيصل المقداد"),
      ("LEADS", ASSAD, SYRIA, "ثم استقبلهما الرئيس بشار الأسد"),
      ] + _group(_DAMASCUS, "2024-04-08"),
     {"source": "blind set (Iranian state agency in Arabic, IRNA-like)", "published": "2024-04-09"}),

    ("enMA4_razi_mousavi_sayyida_zeinab", "en",
     "Iran vows revenge after Israeli strike kills senior IRGC adviser near Damascus\n"
     "Iran's Revolutionary Guards said on Monday that Sayyed Razi Mousavi, one of their most senior advisers "
     "in Syria, had been killed by an Israeli air strike on his home in the Sayyida Zeinab district south of "
     "Damascus.\n"
     "Mousavi, a long-time companion of the late Quds Force commander Qassem Suleimani, was in charge of "
     "coordinating the military alliance between Syria and Iran, according to Iranian media.\n"
     "President Ebrahim Raisi said Israel \"will certainly pay for this crime\", while the Guards' "
     "commander-in-chief, Maj. Gen. Hossein Salami, promised a response \"at the right time and place\".\n"
     "The Israeli army declined to comment.\n"
     "Foreign Minister Hossein Amirabdollahian discussed the killing by telephone with his Syrian counterpart, "
     "Faisal Miqdad. In Damascus, Iran's ambassador Hossein Akbari met Miqdad on Tuesday to arrange the "
     "repatriation of the body.\n"
     "Esmail Ghaani, who succeeded Suleimani at the head of the Quds Force after a US drone strike killed "
     "him in Baghdad in January 2020, is expected to attend the funeral in Tehran.",
     [("ASSASSINATED_BY", RMOUSAVI, ISRAEL, "had been killed by an Israeli air strike", "2023-12-25"),
      ("MEMBER_OF", RMOUSAVI, IRGC, "one of their most senior advisers"),
      ("LEADS", SOLEIMANI, QF, "the late Quds Force commander Qassem Suleimani"),
      ("LEADS", RAISI, IRAN, "President Ebrahim Raisi said"),
      ("LEADS", SALAMI, IRGC, "Maj. Gen. Hossein Salami, promised"),
      ("LEADS", ABDOLLAHIAN, IRFM, "Foreign Minister Hossein Amirabdollahian"),
      ("LEADS", MEKDAD, SYFM, "his Syrian counterpart"),
      ("MET_WITH", AKBARI, MEKDAD, "Iran's ambassador Hossein Akbari met Miqdad", "2023-12-26"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "who succeeded Suleimani at the head of the Quds Force", "2020-01"),
      ("LEADS", QAANI, QF, "who succeeded Suleimani at the head of the Quds Force"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "after a US drone strike killed", "2020-01-03"),
      ],
     {"source": "blind set (London pro-Palestinian news site, Middle East Monitor-like)", "published": "2023-12-26"}),

    ("arMA5_abu_fadak_pmf_chief_of_staff", "ar",
     "الحشد يسمّي «أبو فدك» رئيساً للأركان.. وقاآني يرتّب البيت الداخلي\n"
     "بغداد - الزمان\n"
     "أعلنت هيئة الحشد الشعبي، أمس، تسمية عبد العزيز المحمداوي، المعروف بأبي فدك، رئيساً لأركان الهيئة "
     "خلفاً لجمال جعفر آل إبراهيم (أبو مهدي المهندس)، الذي قُتل بضربة أمريكية مع الجنرال الإيراني قاسم "
     "سليماني مطلع كانون الثاني الماضي.\n"
     "وقال رئيس الهيئة فالح الفياض في بيان إن القرار جاء «بإجماع القيادات»، فيما اعترضت ألوية العتبات على "
     "التعيين.\n"
     "والمحمداوي قيادي قديم في كتائب حزب الله، ومن المقربين للمهندس.\n"
     "وعلمت «الزمان» من مصادر مطلعة أن قائد فيلق القدس الإيراني إسماعيل قاآني عقد في بغداد الأسبوع الماضي اجتماعاً مع الفياض والمحمداوي والعامري، خُصص لحسم المنصب الشاغر.\n"
     "وأضافت المصادر أن لقاءً كان مقرراً بين قاآني ورئيس الوزراء المكلف محمد توفيق علاوي أُلغي في اللحظة "
     "الأخيرة.",
     [("SUCCESSOR_OF", ABUFADAK, MUHANDIS, "خلفاً لجمال جعفر آل إبراهيم", "2020-02-20"),
      ("MEMBER_OF", ABUFADAK, PMF, "رئيساً لأركان الهيئة"),
      ("ASSASSINATED_BY", MUHANDIS, US, "الذي قُتل بضربة أمريكية", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "مع الجنرال الإيراني قاسم", "2020-01-03"),
      ("LEADS", FAYYADH, PMF, "وقال رئيس الهيئة فالح الفياض"),
      ("MEMBER_OF", ABUFADAK, KH, "والمحمداوي قيادي قديم في كتائب حزب الله"),
      ("LEADS", QAANI, QF, "أن قائد فيلق القدس الإيراني"),
      ("VISITED", QAANI, BAGHDAD, "عقد في بغداد الأسبوع الماضي اجتماعاً", "2020-02"),
      ] + _group(_HASHD, "2020-02"),
     {"source": "blind set (Iraqi Arabic daily)", "published": "2020-02-21"}),

    ("enMA6_profile_qaani", "en",
     "Profile: Ismail Qaani, the quiet general in Soleimani's shadow\n"
     "Brig. Gen. Ismail Qaani was little known outside Iran when Supreme Leader Ali Khamenei appointed him "
     "commander of the Revolutionary Guards' Quds Force on January 3, 2020, hours after his predecessor, Qasem "
     "Soleimani, was killed by a U.S. drone at Baghdad airport.\n"
     "Born in Mashhad in 1957, Qaani served as Soleimani's deputy for more than two decades, overseeing the "
     "force's operations in Afghanistan and Pakistan.\n"
     "Unlike his predecessor, the new commander rarely appears in public. His trips to Baghdad, where he met "
     "Prime Minister Mustafa al-Kadhimi in 2021 and, separately, the Popular Mobilization Forces' chief of "
     "staff, Abu Fadak al-Mohammadawi, were reported only after he had left.\n"
     "In October 2024, days after Israel killed Hezbollah leader Hassan Nasrallah in an air strike on "
     "Beirut's southern suburbs, rumours spread that Qaani had also died there or had been detained in "
     "Tehran. Iranian officials denied both reports.\n"
     "The IRGC's deputy commander for operations, Brig. Gen. Abbas Nilforoushan, was killed in the same strike "
     "as Nasrallah.",
     [("LEADS", KHAMENEI, IRAN, "Supreme Leader Ali Khamenei"),
      ("LEADS", QAANI, QF, "appointed him commander of the Revolutionary Guards' Quds Force"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "hours after his predecessor", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "was killed by a U.S. drone at Baghdad airport", "2020-01-03"),
      ("VISITED", QAANI, BAGHDAD, "His trips to Baghdad, where he met", "2021"),
      ("MET_WITH", QAANI, KADHIMI, "Prime Minister Mustafa al-Kadhimi in 2021", "2021"),
      ("LEADS", KADHIMI, IQGOV, "Prime Minister Mustafa al-Kadhimi in 2021"),
      ("MET_WITH", QAANI, ABUFADAK, "Abu Fadak al-Mohammadawi, were reported", "2021"),
      ("MEMBER_OF", ABUFADAK, PMF, "the Popular Mobilization Forces' chief of"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "days after Israel killed Hezbollah leader", "2024-09-27"),
      ("LEADS", NASRALLAH, HEZ, "days after Israel killed Hezbollah leader"),
      ("ASSASSINATED_BY", NILFOROUSHAN, ISRAEL, "was killed in the same strike", "2024-09-27"),
      ("MEMBER_OF", NILFOROUSHAN, IRGC, "The IRGC's deputy commander for operations"),
      ],
     {"source": "blind set (radio-service profile, RFE/RL-like)", "published": "2024-10-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMA")
