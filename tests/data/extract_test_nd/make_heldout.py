"""Blind set ND: Syria after Assad's fall, December 2024 to 2025 (second folder of NC-ND): the Emir of
Qatar in Damascus the day after al-Sharaa was named president (January 2025), a profile of Asaad
al-Shaibani (his appointment, his Riyadh and Moscow trips), the Israeli strike next to the presidential
palace in Damascus over the Druze (May 2025) with the earlier killings of Iranian commanders in Syria, the
Damascus meeting of the SDF and government delegations with Tom Barrack (July 2025), al-Sharaa at the
White House (November 2025) and al-Sharaa's visit to Mohamed bin Zayed in Abu Dhabi (April 2025), as a
Qatari English daily writes it (The Peninsula-like: "HH the Amir", "HE", "an official talks session"),
a pan-Arab news site's profile in Arabic (Arabi Post-like: "من هو ...؟", biography in past tense), an
Israeli English daily (Israel Hayom-like: "the Syrian regime", "Sheikh Hekmat al-Hijri"), a northeast
Syrian agency in Arabic (North Press-like: "دمشق – نورث برس", "مصدر مطلع لـ"), a US network's site in
English (NBC News-like: "WASHINGTON —", "a White House official said") and Syrian state TV's site in Arabic
(al-Ikhbariya-like: "السيد الرئيس", "سيادته", "صاحب السمو").
Pieces: Tamim received by al-Sharaa, who succeeded Assad, the talks session with al-Khulaifi and
al-Shaibani attending, al-Shaibani's earlier Doha meeting with the Qatari prime minister (English, ND1);
al-Shaibani after al-Sabbagh, al-Bashir after al-Jalali, al-Shaibani's delegation (Abu Qasra, Khattab) with
Faisal bin Farhan in Riyadh, al-Shaibani's talks with Lavrov in Moscow (Arabic, ND2); the strike next to
the palace, Netanyahu's meeting with Tarif, Zahedi and Mousavi killed by Israeli strikes (English, ND3);
the SDF delegation (Abdi, Ilham Ahmed) meets the government delegation headed by al-Shaibani with Barrack
present, Abdi meets al-Sharaa alone (Arabic, ND4); Trump receives al-Sharaa with Vance and Rubio joining,
Rubio's meeting with Fidan and al-Shaibani, al-Salameh after Khattab at the intelligence service (English,
ND5); Mohamed bin Zayed receives al-Sharaa with the two foreign ministers present (Arabic, ND6).
Excluded on purpose (no relation): the phone call HH the Amir had received from Erdogan (ND1); Putin,
whom it is "not known" whether al-Shaibani met (ND2); the strike (no one killed), the joint statement of
Netanyahu and Katz (not a meeting), the reported Baku meeting that Israel denied (no one named) (ND3);
Abu Qasra, who excused himself from the meeting, Kurilla's phone call with Abdi (ND4); Trump's phone call
with Netanyahu (ND5); al-Sharaa's planned meeting with the Emir of Qatar in Doha, the phone call of the
Emir of Kuwait (ND6).
Judgement calls: "was received at ... airport by" al-Sharaa is a meeting of the two (ND1); ministers
"attending" a talks session are paired with the other side (ND1, ND6, as MU); members of a visiting
delegation ("على رأس وفد ضم") are paired with the host (as MY4) (ND2); "handed the intelligence service to"
gives the new chief SUCCESSOR_OF the old (ND5); "خلفاً ل" and "الذي خلف" give SUCCESSOR_OF (ND2); in a
meeting of two delegations with an envoy present, every member is paired with the other side and with the
envoy (ND4); "the Oval Office meeting ... Vance and Rubio joined" pairs Vance and Rubio with al-Sharaa (ND5);
"an Israeli strike ... killed" gives the victim -> Israel (ND3).
Filled in for the exercise: the airport reception and the Erdogan call (ND1); the Putin sentence (ND2);
Netanyahu's meeting with Tarif, the Baku report (ND3); Ilham Ahmed's place in the delegation, Abdi's
half-hour with al-Sharaa, Abu Qasra's absence, the Kurilla call (ND4); the Netanyahu call (ND5); the
Kuwaiti call (ND6).
Spellings: "Ahmed Al Sharaa", "Asaad Hassan Al Shaibani", "Bashar Al Assad" (ND1); "أسعد حسن الشيباني",
"أنس خطاب", "سيرغي لافروف" (ND2); "Sheikh Hekmat al-Hijri", "Sayyed Razi Mousavi" (ND3); "قسد", "توم باراك"
(ND4); "Ahmed al-Sharaa", "Asaad al-Shaibani" (ND5); "الشيخ محمد بن زايد آل نهيان" (ND6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_nd import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, US, QATAR, ISRAEL, UAE, TURKEY = ("country:syria", "country:united-states", "country:qatar",
                                         "country:israel", "country:united-arab-emirates", "country:turkey")
DAMASCUS, DOHA, RIYADH, MOSCOW, WASHINGTON, ABUDHABI = (
    "location:damascus", "location:doha", "location:riyadh", "location:moscow", "location:washington",
    "location:abu-dhabi")
HTS, SYRFM, SYRDEF, SYRINT, SYRGIS, SYRGOV, SDF, AANES = (
    "organization:hayat-tahrir-al-sham", "organization:syrian-foreign-ministry",
    "organization:syrian-defence-ministry", "organization:syrian-interior-ministry",
    "organization:syrian-general-intelligence-service", "organization:syrian-government",
    "organization:syrian-democratic-forces", "organization:autonomous-administration-of-north-and-east-syria")
STATE, TURKFM, SAUFM, RUSFM, QGOV, QFM, UAEFM, ISRDEF, QUDS = (
    "organization:us-state-department", "organization:turkish-foreign-ministry",
    "organization:saudi-foreign-ministry", "organization:russian-foreign-ministry",
    "organization:qatari-government", "organization:qatari-foreign-ministry", "organization:uae-foreign-ministry",
    "organization:israeli-defense-ministry", "organization:quds-force")
SHARAA, SHAIBANI, ABUQASRA, KHATTAB, SALAMEH, BASHIR, JALALI, SABBAGH, ASSAD = (
    "person:ahmed-al-sharaa", "person:asaad-al-shaibani", "person:murhaf-abu-qasra", "person:anas-khattab",
    "person:hussein-al-salameh", "person:mohammed-al-bashir", "person:mohammad-ghazi-al-jalali",
    "person:bassam-al-sabbagh", "person:bashar-al-assad")
HIJRI, ABDI, ILHAM = "person:hikmat-al-hijri", "person:mazloum-abdi", "person:ilham-ahmed"
TRUMP, VANCE, RUBIO, BARRACK, KURILLA, FIDAN, ERDOGAN = (
    "person:donald-trump", "person:jd-vance", "person:marco-rubio", "person:tom-barrack",
    "person:michael-kurilla", "person:hakan-fidan", "person:recep-tayyip-erdogan")
TAMIM, MBAR, KHULAIFI, FAISAL, LAVROV, MBZ, ABZ, MISHAL = (
    "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani", "person:mohammed-al-khulaifi",
    "person:faisal-bin-farhan", "person:sergei-lavrov", "person:mohamed-bin-zayed", "person:abdullah-bin-zayed",
    "person:mishal-al-ahmad-al-jaber-al-sabah")
NETANYAHU, KATZ, TARIF, ZAHEDI, MOUSAVI = (
    "person:benjamin-netanyahu", "person:israel-katz", "person:mowafaq-tarif", "person:mohammad-reza-zahedi",
    "person:razi-mousavi")

PENINSULA = "blind set (Qatari English daily, The Peninsula-like)"
ARABIPOST = "blind set (pan-Arab news site profile, Arabic, Arabi Post-like)"
ISRHAYOM = "blind set (Israeli English daily, Israel Hayom-like)"
NPA_AR = "blind set (northeast Syrian news agency, Arabic, North Press-like)"
NBC = "blind set (US network news site, English, NBC News-like)"
IKHBARIYA = "blind set (Syrian state TV news site, Arabic, al-Ikhbariya-like)"


def _pairs(pairs: list, date: str) -> list:
    """MET_WITH for listed cross-side pairs (a, b, needle)."""
    return [("MET_WITH", a, b, needle, date) for a, b, needle in pairs]


_PEOPLES_PALACE_JAN = [(TAMIM, SHARAA, "was received at Mezzeh airport by"),
                       (KHULAIFI, SHARAA, "Mohammed bin Abdulaziz Al Khulaifi"),
                       (TAMIM, SHAIBANI, "Asaad Hassan Al Shaibani"),
                       (KHULAIFI, SHAIBANI, "on the Syrian side")]
_RIYADH_JAN = [(SHAIBANI, FAISAL, "والتقى نظيره السعودي"),
               (ABUQASRA, FAISAL, "وزير الدفاع مرهف أبو قصرة"),
               (KHATTAB, FAISAL, "ورئيس الاستخبارات أنس خطاب")]
_DAMASCUS_JULY = [(ABDI, SHAIBANI, "برئاسة القائد العام مظلوم عبدي"),
                  (ILHAM, SHAIBANI, "وضم وفد «قسد» الرئيسة المشتركة"),
                  (BARRACK, ABDI, "بحضور المبعوث الأميركي"),
                  (BARRACK, SHAIBANI, "ترأسه وزير الخارجية أسعد الشيباني"),
                  (BARRACK, ILHAM, "لدائرة العلاقات الخارجية إلهام أحمد")]
_OVAL_NOV = [(TRUMP, SHARAA, "President Donald Trump welcomed Syrian President"),
             (VANCE, SHARAA, "Vice President JD Vance"),
             (RUBIO, SHARAA, "and Secretary of State Marco Rubio joined")]
_QASR_AL_SHATI_APR = [(MBZ, SHARAA, "صاحب السمو الشيخ محمد بن زايد آل نهيان"),
                      (MBZ, SHAIBANI, "ووزير الخارجية والمغتربين السوري"),
                      (ABZ, SHARAA, "بحضور سمو الشيخ عبدالله بن زايد"),
                      (ABZ, SHAIBANI, "نائب رئيس مجلس الوزراء وزير الخارجية")]

ARTICLES = [
    ("enND1_amir_arrives_damascus_peninsula", "en",
     "HH the Amir arrives in Damascus on first visit by a head of state since the fall of the former regime\n"
     "Damascus: His Highness the Amir Sheikh Tamim bin Hamad Al Thani arrived in Damascus yesterday on an "
     "official visit to the Syrian Arab Republic.\n"
     "HH the Amir was received at Mezzeh airport by HE President of the Syrian Arab Republic Ahmed Al Sharaa, "
     "who was named president for the transitional phase on Wednesday, succeeding Bashar Al Assad.\n"
     "HH the Amir and the Syrian President then held an official talks session at the People's Palace, which "
     "reviewed bilateral relations and the latest developments in Syria. The session was attended by HE "
     "Minister of State at the Ministry of Foreign Affairs Dr. Mohammed bin Abdulaziz Al Khulaifi and, on the "
     "Syrian side, by HE Minister of Foreign Affairs and Expatriates Asaad Hassan Al Shaibani.\n"
     "The visit comes weeks after HE Al Shaibani visited Doha, where he met HE the Prime Minister and Minister "
     "of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani.\n"
     "HH the Amir had received on Tuesday a phone call from Turkish President Recep Tayyip Erdogan, during "
     "which they discussed the situation in Syria.",
     _pairs(_PEOPLES_PALACE_JAN, "2025-01-30") + [
      ("VISITED", TAMIM, DAMASCUS, "arrived in Damascus yesterday", "2025-01-30"),
      ("SUCCESSOR_OF", SHARAA, ASSAD, "succeeding Bashar Al Assad", "2025-01-29"),
      ("MET_WITH", SHAIBANI, MBAR, "where he met HE the Prime Minister", "2025-01-05"),
      ("VISITED", SHAIBANI, DOHA, "Al Shaibani visited Doha", "2025-01-05"),
      ("LEADS", TAMIM, QATAR, "His Highness the Amir Sheikh Tamim"),
      ("LEADS", SHARAA, SYRIA, "HE President of the Syrian Arab Republic"),
      ("LEADS", SHAIBANI, SYRFM, "Minister of Foreign Affairs and Expatriates"),
      ("LEADS", MBAR, QGOV, "HE the Prime Minister and Minister"),
      ("LEADS", MBAR, QFM, "Sheikh Mohammed bin Abdulrahman bin Jassim"),
      ("MEMBER_OF", KHULAIFI, QFM, "Minister of State at the Ministry of Foreign Affairs"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep"),
      ],
     {"source": PENINSULA, "published": "2025-01-31"}),

    ("arND2_who_is_shaibani_profile", "ar",
     "من هو أسعد الشيباني.. وزير خارجية سوريا الجديدة؟\n"
     "عيّنت القيادة العامة في سوريا، في 21 كانون الأول/ديسمبر 2024، أسعد حسن الشيباني وزيراً للخارجية في "
     "حكومة تصريف الأعمال برئاسة محمد البشير، الذي خلف محمد غازي الجلالي، وذلك خلفاً لبسام الصباغ، آخر وزير "
     "خارجية في عهد بشار الأسد.\n"
     "وُلد الشيباني عام 1987 في الحسكة، ودرس الأدب الإنجليزي في جامعة دمشق، قبل أن ينضم إلى هيئة تحرير الشام "
     "حيث تولى ملف العلاقات السياسية، ويُعدّ من أقرب المقربين إلى الشرع.\n"
     "وكانت السعودية أولى محطاته الخارجية، إذ وصل إلى الرياض في الأول من كانون الثاني/يناير 2025 على رأس وفد "
     "ضم وزير الدفاع مرهف أبو قصرة ورئيس الاستخبارات أنس خطاب، والتقى نظيره السعودي الأمير فيصل بن فرحان.\n"
     "وفي 31 تموز/يوليو، أجرى في موسكو مباحثات مع وزير الخارجية الروسي سيرغي لافروف، في أول زيارة لمسؤول "
     "سوري رفيع إلى روسيا منذ فرار الأسد إليها. ولم يُعرف ما إذا كان قد التقى الرئيس فلاديمير بوتين خلال "
     "الزيارة.",
     _pairs(_RIYADH_JAN, "2025-01-01") + [
      ("SUCCESSOR_OF", SHAIBANI, SABBAGH, "وذلك خلفاً لبسام الصباغ", "2024-12-21"),
      ("SUCCESSOR_OF", BASHIR, JALALI, "الذي خلف محمد غازي الجلالي", "2024-12-10"),
      ("LEADS", SHAIBANI, SYRFM, "أسعد حسن الشيباني وزيراً للخارجية"),
      ("LEADS", BASHIR, SYRGOV, "حكومة تصريف الأعمال برئاسة محمد البشير"),
      ("MEMBER_OF", SHAIBANI, HTS, "قبل أن ينضم إلى هيئة تحرير الشام"),
      ("VISITED", SHAIBANI, RIYADH, "إذ وصل إلى الرياض", "2025-01-01"),
      ("VISITED", ABUQASRA, RIYADH, "على رأس وفد", "2025-01-01"),
      ("VISITED", KHATTAB, RIYADH, "أنس خطاب، والتقى", "2025-01-01"),
      ("LEADS", ABUQASRA, SYRDEF, "ضم وزير الدفاع"),
      ("LEADS", KHATTAB, SYRGIS, "ورئيس الاستخبارات"),
      ("LEADS", FAISAL, SAUFM, "نظيره السعودي الأمير فيصل"),
      ("MET_WITH", SHAIBANI, LAVROV, "أجرى في موسكو مباحثات مع", "2025-07-31"),
      ("VISITED", SHAIBANI, MOSCOW, "وفي 31 تموز/يوليو، أجرى في موسكو", "2025-07-31"),
      ("LEADS", LAVROV, RUSFM, "وزير الخارجية الروسي سيرغي لافروف"),
      ],
     {"source": ARABIPOST, "published": "2025-08-02"}),

    ("enND3_idf_strikes_near_palace_israel_hayom", "en",
     "IDF strikes next to al-Sharaa's palace in 'clear message' over Druze\n"
     "Israeli fighter jets struck an area adjacent to the presidential palace in Damascus early Friday, in "
     "what Prime Minister Benjamin Netanyahu and Defense Minister Israel Katz called \"a clear message to the "
     "Syrian regime.\"\n"
     "\"We will not allow the deployment of forces south of Damascus or any threat to the Druze community,\" "
     "the two said in a joint statement. No casualties were reported.\n"
     "The strike followed two days of clashes in the Druze-majority suburbs of Jaramana and Sahnaya in which "
     "dozens were killed. Sheikh Hekmat al-Hijri, the spiritual leader of Syria's Druze, denounced what he "
     "called a \"genocidal campaign\" by government-aligned gunmen.\n"
     "On Thursday evening Netanyahu met in Jerusalem with Sheikh Mowafaq Tarif, the spiritual leader of the "
     "Druze community in Israel. A report that Israeli officials had secretly met Syrian counterparts in Baku "
     "was denied by the Prime Minister's Office.\n"
     "Before Assad's fall, Israel targeted Iranian commanders in Syria. Brig. Gen. Mohammad Reza Zahedi, the "
     "Quds Force commander for Syria and Lebanon, was killed in an Israeli strike on the consular annex of "
     "Iran's embassy in Damascus in April 2024, and months earlier an Israeli strike on the Sayyida Zeinab "
     "district killed Sayyed Razi Mousavi, a veteran IRGC adviser.",
     [("MET_WITH", NETANYAHU, TARIF, "Netanyahu met in Jerusalem with Sheikh Mowafaq Tarif", "2025-05-01"),
      ("LEADS", NETANYAHU, ISRAEL, "Prime Minister Benjamin Netanyahu and"),
      ("LEADS", KATZ, ISRDEF, "Defense Minister Israel Katz"),
      ("ASSASSINATED_BY", ZAHEDI, ISRAEL, "was killed in an Israeli strike on the consular annex", "2024-04-01"),
      ("MEMBER_OF", ZAHEDI, QUDS, "the Quds Force commander for Syria and Lebanon"),
      ("ASSASSINATED_BY", MOUSAVI, ISRAEL, "district killed Sayyed Razi Mousavi", "2023-12-25"),
      ("MEMBER_OF", MOUSAVI, "organization:irgc", "a veteran IRGC adviser"),
      ],
     {"source": ISRHAYOM, "published": "2025-05-02"}),

    ("arND4_sdf_government_meeting_barrack", "ar",
     "اجتماع في دمشق بحضور باراك لبحث تنفيذ اتفاق العاشر من آذار\n"
     "دمشق – نورث برس\n"
     "عقد وفد من قوات سوريا الديمقراطية (قسد) والإدارة الذاتية برئاسة القائد العام مظلوم عبدي، الأربعاء، "
     "اجتماعاً في دمشق مع وفد من الحكومة السورية ترأسه وزير الخارجية أسعد الشيباني، بحضور المبعوث الأميركي "
     "إلى سوريا توم باراك، لبحث تنفيذ اتفاق العاشر من آذار.\n"
     "وضم وفد «قسد» الرئيسة المشتركة لدائرة العلاقات الخارجية إلهام أحمد، بحسب مصدر مطلع لـ«نورث برس».\n"
     "وقال المصدر إن عبدي التقى الرئيس أحمد الشرع على انفراد لمدة نصف ساعة في ختام الاجتماع، وإن الطرفين "
     "اتفقا على عقد جولة جديدة خلال أسابيع.\n"
     "وكان من المقرر أن يحضر وزير الدفاع مرهف أبو قصرة الاجتماع، إلا أنه اعتذر في اللحظة الأخيرة.\n"
     "وفي وقت سابق، تلقى عبدي اتصالاً هاتفياً من قائد القيادة المركزية الأميركية الجنرال مايكل كوريلا، تناول "
     "التنسيق في محاربة تنظيم داعش.",
     _pairs(_DAMASCUS_JULY, "2025-07-09") + [
      ("MET_WITH", ABDI, SHARAA, "التقى الرئيس أحمد الشرع على انفراد", "2025-07-09"),
      ("VISITED", ABDI, DAMASCUS, "اجتماعاً في دمشق مع وفد", "2025-07-09"),
      ("VISITED", BARRACK, DAMASCUS, "إلى سوريا توم باراك", "2025-07-09"),
      ("LEADS", ABDI, SDF, "القائد العام مظلوم"),
      ("LEADS", SHAIBANI, SYRFM, "وزير الخارجية أسعد الشيباني"),
      ("MEMBER_OF", ILHAM, AANES, "الرئيسة المشتركة لدائرة العلاقات"),
      ("LEADS", SHARAA, SYRIA, "الرئيس أحمد الشرع على"),
      ("LEADS", ABUQASRA, SYRDEF, "وزير الدفاع مرهف أبو قصرة"),
      ],
     {"source": NPA_AR, "published": "2025-07-09"}),

    ("enND5_trump_hosts_sharaa_white_house", "en",
     "Trump hosts Syria's al-Sharaa at the White House in a historic first\n"
     "WASHINGTON — President Donald Trump welcomed Syrian President Ahmed al-Sharaa to the White House on "
     "Monday, the first visit by a Syrian head of state, less than a year after the former al-Qaeda "
     "commander's fighters ousted Bashar Assad.\n"
     "The Oval Office meeting was closed to the press. Vice President JD Vance and Secretary of State Marco "
     "Rubio joined, a White House official said.\n"
     "\"He's a very strong leader,\" Trump told reporters afterward. \"I get along with him.\"\n"
     "Later in the day, Rubio hosted Turkish Foreign Minister Hakan Fidan and his Syrian counterpart Asaad "
     "al-Shaibani at the State Department for three-way talks on integrating the Kurdish-led SDF into the "
     "Syrian army.\n"
     "Days earlier, the U.N. Security Council removed al-Sharaa and Interior Minister Anas Khattab from its "
     "sanctions list. Khattab handed the intelligence service to Hussein al-Salameh when he took over the "
     "interior ministry in March.\n"
     "Trump said he had also discussed Syria by phone with Israeli Prime Minister Benjamin Netanyahu.",
     _pairs(_OVAL_NOV, "2025-11-10") + met_group(
         {RUBIO: "Rubio hosted Turkish Foreign Minister", FIDAN: "Foreign Minister Hakan Fidan and",
          SHAIBANI: "his Syrian counterpart Asaad"}, "2025-11-10") + [
      ("VISITED", SHARAA, WASHINGTON, "WASHINGTON —", "2025-11-10"),
      ("LEADS", TRUMP, US, "President Donald Trump welcomed"),
      ("LEADS", SHARAA, SYRIA, "welcomed Syrian President Ahmed"),
      ("LEADS", RUBIO, STATE, "Secretary of State Marco"),
      ("LEADS", FIDAN, TURKFM, "Turkish Foreign Minister Hakan"),
      ("LEADS", SHAIBANI, SYRFM, "his Syrian counterpart"),
      ("LEADS", KHATTAB, SYRINT, "Interior Minister Anas Khattab"),
      ("SUCCESSOR_OF", SALAMEH, KHATTAB, "handed the intelligence service to Hussein al-Salameh", "2025-03"),
      ("LEADS", SALAMEH, SYRGIS, "the intelligence service to Hussein"),
      ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin Netanyahu"),
      ],
     {"source": NBC, "published": "2025-11-10"}),

    ("arND6_sharaa_abu_dhabi_ikhbariya", "ar",
     "السيد الرئيس أحمد الشرع يصل إلى أبوظبي ويجري مباحثات مع الشيخ محمد بن زايد\n"
     "الإخبارية السورية\n"
     "وصل السيد الرئيس أحمد الشرع، اليوم الأحد، إلى العاصمة الإماراتية أبوظبي في زيارة رسمية، يرافقه وزير "
     "الخارجية والمغتربين السيد أسعد حسن الشيباني.\n"
     "وكان في استقبال سيادته لدى وصوله إلى مطار الرئاسة صاحب السمو الشيخ محمد بن زايد آل نهيان، رئيس دولة "
     "الإمارات العربية المتحدة، الذي عقد معه جلسة مباحثات في قصر الشاطئ تناولت العلاقات الأخوية وسبل "
     "تعزيزها، بحضور سمو الشيخ عبدالله بن زايد آل نهيان نائب رئيس مجلس الوزراء وزير الخارجية، ووزير "
     "الخارجية والمغتربين السوري.\n"
     "ومن المقرر أن يتوجه السيد الرئيس بعد غد الثلاثاء إلى الدوحة للقاء أمير دولة قطر الشيخ تميم بن حمد آل "
     "ثاني.\n"
     "وكان سيادته قد تلقى اتصالاً هاتفياً من أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح، تبادلا خلاله "
     "التهاني بحلول عيد الفطر.",
     _pairs(_QASR_AL_SHATI_APR, "2025-04-13") + [
      ("VISITED", SHARAA, ABUDHABI, "إلى العاصمة الإماراتية أبوظبي", "2025-04-13"),
      ("VISITED", SHAIBANI, ABUDHABI, "يرافقه وزير", "2025-04-13"),
      ("LEADS", SHARAA, SYRIA, "وصل السيد الرئيس أحمد الشرع"),
      ("LEADS", SHAIBANI, SYRFM, "الخارجية والمغتربين السيد أسعد"),
      ("LEADS", MBZ, UAE, "رئيس دولة الإمارات العربية المتحدة"),
      ("LEADS", ABZ, UAEFM, "مجلس الوزراء وزير الخارجية، ووزير"),
      ("LEADS", TAMIM, QATAR, "أمير دولة قطر"),
      ("LEADS", MISHAL, "country:kuwait", "أمير دولة الكويت"),
      ],
     {"source": IKHBARIYA, "published": "2025-04-13"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setND")
