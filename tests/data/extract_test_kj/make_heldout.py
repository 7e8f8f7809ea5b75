"""Blind set KJ: Iraq 2021-2025 as the Prime Minister's and the parliament's media offices write it in
Arabic (protocol releases: "استقبل رئيس مجلس الوزراء محمد شياع السوداني، اليوم ...", "وجرى خلال اللقاء",
"بحضور", "المكتب الإعلامي لرئيس مجلس الوزراء", "الدائرة الإعلامية لمجلس النواب") and as a US think-tank
brief writes it in English (ISW / Washington Institute-like: "Key takeaways", "reportedly", "likely",
background paragraphs that name predecessors, hedged attributions).
Pieces: al-Sudani receives the new UN envoy (in Hennis-Plasschaert's place) and the Chinese ambassador,
June 2024 (Arabic); the US strikes on Abu Taqwa and Abu Baqir al-Saadi, Qaani's meeting with Kataib
Hezbollah's leaders, January-February 2024 (English); the new parliament elects Haibat al-Halbousi and his
deputies, the speaker receives the new British ambassador, December 2025 (Arabic); the Central Bank and
Integrity Commission changes and the Washington meeting on the dinar, 2023 (English); al-Sudani receives
Masrour Barzani on salaries, 2023 (Arabic); Sadr's tripartite alliance, his meetings with the Framework and
with al-Halbousi and al-Khanjar, and al-Mandalawi in al-Zamili's place, 2021-2022 (written as of October 2022) (English).
Excluded on purpose (no relation): al-Sudani's phone call with the UN Secretary-General (KJ1); al-Kaabi's
denial that he met Qaani, and Ryder's statement (KJ2: no meeting); the oldest member who chaired the first
session, unnamed (KJ3); a White House visit "expected" (KJ4: planned); al-Sudani's phone call with
Nechirvan Barzani (KJ5); Alaa al-Rikabi "declined" to join (KJ6: no meeting).
Judgement calls: "CENTCOM said it killed" gives US Central Command as agent; "a US strike" gives the US; a
meeting "reportedly" held at the airport, as the brief states it, is a meeting; deputies elected "in place
of" the previous deputies succeed them; a governor who "returned" to the post he held before succeeds the man
who had replaced him, and that man succeeds him (KJ4); "بحضور" attendees are paired with everyone present.
Spellings: "السيد محمد الحسان", "السوداني" as "سيادته", "مسرور بارزاني" as "رئيس حكومة إقليم كردستان",
Esmail Ghaani, Abu Hussein al-Hamidawi, Muqtada al-Sadr as "Sadr", Khamis al-Khanjar, Ali Mohsen al-Allaq.
Events follow the public record as far as the writer knew it; some minor details (who attended Qaani's
airport meeting, the days of receptions, who sat in with al-Sudani and the Kurdish delegation, the Hanana
meeting's date) are filled in for the exercise.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_kj import ALL  # noqa: E402

HERE = Path(__file__).parent

USA, CHINA, IRAN = "country:united-states", "country:china", "country:iran"
UNAMI, CENTCOM, KH, NUJABA, PARL, CBI, FIC, TREASURY, KRG, KRGEDU, IQFIN, IMTIDAD, SADRIST, CF = (
    "organization:unami", "organization:us-central-command", "organization:kataib-hezbollah",
    "organization:harakat-al-nujaba", "organization:iraqi-parliament", "organization:central-bank-of-iraq",
    "organization:iraqi-federal-integrity-commission", "organization:us-treasury-department",
    "organization:kurdistan-regional-government", "organization:krg-education-ministry",
    "organization:iraqi-finance-ministry", "organization:imtidad-movement", "organization:sadrist-bloc",
    "organization:coordination-framework")
BAGHDAD, WASHINGTON, HANANA, AIRPORT = ("location:baghdad", "location:washington", "location:hanana",
                                         "location:baghdad-international-airport")
SUDANI, FUAD, HASSAN, HENNIS = ("person:mohammed-shia-al-sudani", "person:fuad-hussein",
                                "person:mohammed-al-hassan", "person:jeanine-hennis-plasschaert")
ABUTAQWA, ABUBAQIR, QAANI, HAMIDAWI, KAABI = (
    "person:abu-taqwa-al-saidi", "person:abu-baqir-al-saadi", "person:esmail-qaani",
    "person:ahmad-al-hamidawi", "person:akram-al-kaabi")
HAIBAT, MASHHADANI, FAYHAN, MANDALAWI, ATRUSHI, SHAKHAWAN, HITCHEN = (
    "person:haibat-al-halbousi", "person:mahmoud-al-mashhadani", "person:adnan-fayhan",
    "person:mohsen-al-mandalawi", "person:farhad-atrushi", "person:shakhawan-abdullah", "person:stephen-hitchen")
ALLAQ, MUKHIF, HANOUN, NELSON = ("person:ali-al-allaq", "person:mustafa-ghaleb-mukhif",
                                 "person:haider-hanoun", "person:brian-nelson")
MASROUR, TAIF = "person:masrour-barzani", "person:taif-sami"
SADR, HALBOUSI, KHANJAR, ZAMILI, AMIRI, MALIKI = (
    "person:muqtada-al-sadr", "person:mohammed-al-halbousi", "person:khamis-al-khanjar",
    "person:hakim-al-zamili", "person:hadi-al-amiri", "person:nouri-al-maliki")
# new to the tables
CUI, MONES, SIDDIQ, ALAAJAWAD, ALAN, ARIKABI = (
    "person:cui-wei", "person:hussein-mones", "person:irfan-siddiq", "person:alaa-jawad-hamid",
    "person:alan-hama-saeed", "person:alaa-al-rikabi")

ARTICLES = [
    ("arKJ1_sudani_receives_un_envoy", "ar",
     "رئيس مجلس الوزراء يستقبل الممثل الخاص الجديد للأمين العام للأمم المتحدة\n"
     "استقبل رئيس مجلس الوزراء محمد شياع السوداني، اليوم الأحد، الممثل الخاص للأمين العام للأمم المتحدة في "
     "العراق السيد محمد الحسان، بمناسبة تسلمه مهامه رئيساً لبعثة يونامي خلفاً للسيدة جينين هينيس بلاسخارت، "
     "وذلك بحضور وزير الخارجية فؤاد حسين.\n"
     "وجرى خلال اللقاء بحث خطة إنهاء عمل البعثة بنهاية عام 2025، وأكد سيادته حرص الحكومة على انتقال منظم "
     "للملفات المتبقية.\n"
     "كما استقبل رئيس مجلس الوزراء، في لقاء منفصل، سفير جمهورية الصين الشعبية لدى العراق تسوي وي، وجرى "
     "استعراض مشاريع اتفاقية الإطار بين البلدين.\n"
     "وكان السيد رئيس مجلس الوزراء قد تلقى، مساء السبت، اتصالاً هاتفياً من الأمين العام للأمم المتحدة "
     "أنطونيو غوتيريش، أكد فيه دعم المنظمة الدولية للعراق.\n"
     "المكتب الإعلامي لرئيس مجلس الوزراء",
     [("MET_WITH", SUDANI, HASSAN, "العراق السيد محمد الحسان", "2024-06-09"),
      ("SUCCESSOR_OF", HASSAN, HENNIS, "خلفاً للسيدة جينين", "2024-06"),
      ("LEADS", HASSAN, UNAMI, "مهامه رئيساً لبعثة يونامي"),
      ("MET_WITH", FUAD, SUDANI, "وذلك بحضور وزير الخارجية", "2024-06-09"),
      ("MET_WITH", FUAD, HASSAN, "وذلك بحضور وزير الخارجية", "2024-06-09"),
      ("MET_WITH", SUDANI, CUI, "في لقاء منفصل، سفير", "2024-06-09"),
      ],
     {"source": "blind set (Iraqi Prime Minister's media office, Arabic)", "published": "2024-06-09"}),

    ("enKJ2_strikes_qaani_kh", "en",
     "Iraq Update: US strikes on militia commanders and Iran's restraint\n"
     "Key takeaways: The United States killed two senior Iraqi militia commanders in Baghdad in five weeks. "
     "Iran likely pressed Kataib Hezbollah to pause its attacks in between.\n"
     "A US strike killed Harakat al-Nujaba commander Mushtaq Taleb al-Saidi, known as Abu Taqwa, at a PMF "
     "headquarters in eastern Baghdad on January 4.\n"
     "IRGC Quds Force commander Esmail Ghaani reportedly met Kataib Hezbollah Secretary-General Abu Hussein "
     "al-Hamidawi at Baghdad International Airport on January 29. Hussein Mones, who heads the Huquq movement, "
     "Kataib Hezbollah's political front, also attended the meeting. Kataib Hezbollah announced a suspension of "
     "its attacks on US forces the next day. Nujaba leader Akram al-Kaabi denied that he met Ghaani.\n"
     "CENTCOM said it killed Kataib Hezbollah commander Abu Baqir al-Saadi in a drone strike on his vehicle in "
     "Mashtal on February 7. Pentagon press secretary Maj. Gen. Pat Ryder said further action was not ruled out.",
     [("ASSASSINATED_BY", ABUTAQWA, USA, "A US strike killed Harakat al-Nujaba", "2024-01-04"),
      ("MEMBER_OF", ABUTAQWA, NUJABA, "A US strike killed Harakat al-Nujaba"),
      ("MET_WITH", QAANI, HAMIDAWI, "reportedly met Kataib Hezbollah", "2024-01-29"),
      ("VISITED", QAANI, AIRPORT, "at Baghdad International Airport", "2024-01-29"),
      ("LEADS", HAMIDAWI, KH, "Kataib Hezbollah Secretary-General"),
      ("MET_WITH", MONES, QAANI, "also attended the meeting", "2024-01-29"),
      ("MET_WITH", MONES, HAMIDAWI, "also attended the meeting", "2024-01-29"),
      ("LEADS", KAABI, NUJABA, "Nujaba leader Akram al-Kaabi"),
      ("ASSASSINATED_BY", ABUBAQIR, CENTCOM, "CENTCOM said it killed", "2024-02-07"),
      ("MEMBER_OF", ABUBAQIR, KH, "Kataib Hezbollah commander Abu Baqir"),
      ],
     {"source": "blind set (US think-tank brief, English)", "published": "2024-02-09"}),

    ("arKJ3_new_presidency_of_parliament", "ar",
     "مجلس النواب ينتخب هيبت الحلبوسي رئيساً ونائبيه في الجلسة الأولى للدورة السادسة\n"
     "انتخب مجلس النواب، في جلسته الأولى من الدورة الانتخابية السادسة التي ترأسها رئيس السن، السيد هيبت "
     "الحلبوسي رئيساً للمجلس خلفاً للسيد محمود المشهداني.\n"
     "كما انتخب المجلس السيد عدنان فيحان نائباً أول لرئيس المجلس بدلاً من السيد محسن المندلاوي، والسيد فرهاد "
     "الأتروشي نائباً ثانياً بدلاً من السيد شاخوان عبد الله.\n"
     "واستقبل رئيس مجلس النواب، اليوم الثلاثاء، السفير البريطاني الجديد لدى العراق عرفان صديق، الذي خلف "
     "السفير ستيفن هيتشن، وذلك بحضور النائب الأول لرئيس المجلس.\n"
     "وجرى خلال اللقاء بحث العلاقات البرلمانية بين البلدين وأولويات التشريع في الدورة الجديدة.\n"
     "الدائرة الإعلامية لمجلس النواب",
     [("SUCCESSOR_OF", HAIBAT, MASHHADANI, "خلفاً للسيد محمود المشهداني", "2025-12-29"),
      ("LEADS", HAIBAT, PARL, "الحلبوسي رئيساً للمجلس"),
      ("SUCCESSOR_OF", FAYHAN, MANDALAWI, "بدلاً من السيد محسن المندلاوي", "2025-12-29"),
      ("SUCCESSOR_OF", ATRUSHI, SHAKHAWAN, "بدلاً من السيد شاخوان عبد الله", "2025-12-29"),
      ("MET_WITH", HAIBAT, SIDDIQ, "السفير البريطاني الجديد لدى العراق", "2025-12-30"),
      ("SUCCESSOR_OF", SIDDIQ, HITCHEN, "الذي خلف", "2025"),
      ("MET_WITH", FAYHAN, HAIBAT, "وذلك بحضور النائب الأول", "2025-12-30"),
      ("MET_WITH", FAYHAN, SIDDIQ, "وذلك بحضور النائب الأول", "2025-12-30"),
      ],
     {"source": "blind set (Iraqi parliament media office, Arabic)", "published": "2025-12-30"}),

    ("enKJ4_cbi_integrity_dinar", "en",
     "Iraq Update: Sudani reshuffles the guardians of the dinar and of integrity\n"
     "Key takeaways: Prime Minister Mohammed Shia al-Sudani has replaced the heads of two independent bodies "
     "as the dinar slid against the dollar.\n"
     "Ali Mohsen al-Allaq returned to the Central Bank of Iraq in January 2023, replacing Mustafa Ghaleb Mukhif, "
     "who resigned after the currency's slump. Mukhif had himself taken over from al-Allaq in September 2020 "
     "under al-Kadhimi.\n"
     "Judge Haider Hanoun now heads the Federal Integrity Commission, succeeding Alaa Jawad Hamid.\n"
     "Al-Allaq and Foreign Minister Fuad Hussein met Treasury Under Secretary Brian Nelson in Washington in "
     "February on the Federal Reserve's new controls on dollar transfers. A White House visit by al-Sudani is "
     "expected but had not been scheduled at the time of writing.\n"
     "The reshuffle likely strengthens the Coordination Framework's hold on the state's financial institutions.",
     [("SUCCESSOR_OF", ALLAQ, MUKHIF, "replacing Mustafa Ghaleb Mukhif", "2023-01"),
      ("LEADS", ALLAQ, CBI, "returned to the Central Bank of Iraq"),
      ("SUCCESSOR_OF", MUKHIF, ALLAQ, "Mukhif had himself taken over", "2020-09"),
      ("SUCCESSOR_OF", HANOUN, ALAAJAWAD, "succeeding Alaa Jawad Hamid"),
      ("LEADS", HANOUN, FIC, "now heads the Federal Integrity Commission"),
      ("MET_WITH", ALLAQ, NELSON, "met Treasury Under Secretary", "2023-02"),
      ("MET_WITH", FUAD, NELSON, "met Treasury Under Secretary", "2023-02"),
      ("MET_WITH", ALLAQ, FUAD, "Al-Allaq and Foreign Minister Fuad Hussein", "2023-02"),
      ("VISITED", FUAD, WASHINGTON, "Brian Nelson in Washington", "2023-02"),
      ],
     {"source": "blind set (US think-tank brief, English)", "published": "2023-02-20"}),

    ("arKJ5_sudani_receives_masrour", "ar",
     "رئيس مجلس الوزراء يستقبل رئيس حكومة إقليم كردستان\n"
     "استقبل رئيس مجلس الوزراء محمد شياع السوداني، اليوم الأربعاء، رئيس حكومة إقليم كردستان مسرور بارزاني "
     "والوفد المرافق له، وجرى خلال اللقاء بحث آليات تمويل رواتب موظفي الإقليم وفق قانون الموازنة العامة.\n"
     "وحضر اللقاء وزيرة المالية الاتحادية طيف سامي، ووزير التربية في حكومة الإقليم آلان حمه سعيد الذي عرض ملف "
     "رواتب المعلمين المتأخرة.\n"
     "وأكد سيادته أن رواتب موظفي الإقليم \"حق لا يخضع للخلافات السياسية\".\n"
     "وكان رئيس مجلس الوزراء قد بحث، في اتصال هاتفي مساء الثلاثاء، مع رئيس إقليم كردستان نيجيرفان بارزاني "
     "نتائج اجتماعات اللجنة المشتركة.\n"
     "المكتب الإعلامي لرئيس مجلس الوزراء",
     [("MET_WITH", SUDANI, MASROUR, "رئيس حكومة إقليم كردستان مسرور بارزاني", "2023-09-13"),
      ("LEADS", MASROUR, KRG, "رئيس حكومة إقليم كردستان مسرور بارزاني"),
      ("MET_WITH", TAIF, SUDANI, "وحضر اللقاء وزيرة المالية", "2023-09-13"),
      ("MET_WITH", TAIF, MASROUR, "وحضر اللقاء وزيرة المالية", "2023-09-13"),
      ("LEADS", TAIF, IQFIN, "وزيرة المالية الاتحادية طيف سامي"),
      ("MET_WITH", ALAN, SUDANI, "آلان حمه سعيد", "2023-09-13"),
      ("MET_WITH", ALAN, MASROUR, "آلان حمه سعيد", "2023-09-13"),
      ("MET_WITH", ALAN, TAIF, "آلان حمه سعيد", "2023-09-13"),
      ("LEADS", ALAN, KRGEDU, "ووزير التربية في حكومة الإقليم"),
      ],
     {"source": "blind set (Iraqi Prime Minister's media office, Arabic)", "published": "2023-09-13"}),

    ("enKJ6_sadr_tripartite_alliance", "en",
     "Iraq Update: Sadr's majority government gambit collapses\n"
     "Key takeaways: Sadr's bid for a majority government with Sunni and Kurdish partners has collapsed.\n"
     "Sadr met Coordination Framework leaders at Hadi al-Amiri's house in Baghdad on December 29, including "
     "former prime minister Nouri al-Maliki, but refused to bring al-Maliki into a government.\n"
     "Parliament re-elected Mohammed al-Halbousi as speaker on January 9, with Sadrist Hakim al-Zamili as "
     "first deputy. Sadr later hosted al-Halbousi and Khamis al-Khanjar at his home in al-Hanana, Najaf, where "
     "the three sealed their \"Save the Homeland\" alliance.\n"
     "Imtidad movement leader Alaa al-Rikabi declined to join the alliance.\n"
     "The Sadrist bloc's 73 deputies resigned in June. Mohsen al-Mandalawi was elected first deputy speaker in "
     "place of al-Zamili, which likely clears the way for a Framework-led government.",
     [("MET_WITH", SADR, AMIRI, "at Hadi al-Amiri's house", "2021-12-29"),
      ("MET_WITH", SADR, MALIKI, "former prime minister Nouri al-Maliki, but", "2021-12-29"),
      ("MET_WITH", AMIRI, MALIKI, "former prime minister Nouri al-Maliki, but", "2021-12-29"),
      ("LEADS", HALBOUSI, PARL, "re-elected Mohammed al-Halbousi as speaker"),
      ("MEMBER_OF", ZAMILI, SADRIST, "with Sadrist Hakim al-Zamili"),
      ("MET_WITH", SADR, HALBOUSI, "Sadr later hosted", "2022-01"),
      ("MET_WITH", SADR, KHANJAR, "Sadr later hosted", "2022-01"),
      ("MET_WITH", HALBOUSI, KHANJAR, "the three sealed", "2022-01"),
      ("VISITED", HALBOUSI, HANANA, "at his home in al-Hanana", "2022-01"),
      ("LEADS", ARIKABI, IMTIDAD, "Imtidad movement leader Alaa al-Rikabi"),
      ("SUCCESSOR_OF", MANDALAWI, ZAMILI, "was elected first deputy speaker", "2022-09"),
      ],
     {"source": "blind set (US think-tank brief, English)", "published": "2022-10-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKJ")
