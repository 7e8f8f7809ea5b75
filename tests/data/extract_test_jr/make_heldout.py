"""Blind set JR: Iraq 2024-2025 as the Iraqi Prime Minister's media office writes it, in Arabic and in
English: protocol bulletins ("استقبل رئيس مجلس الوزراء محمد شياع السوداني، اليوم ...", "وجرى خلال
اللقاء", "وأكد سيادته", "بحضور", signed "المكتب الإعلامي لرئيس مجلس الوزراء"; "Prime Minister Mohammed
S. Al-Sudani received today ...", "His Excellency affirmed", "in the presence of", signed "Media Office
of the Prime Minister"), honorifics and "the guest" or "His Excellency" in place of names.
Pieces: al-Sudani receives Larijani, newly in place of Ahmadian, who had signed a security memorandum
with al-Araji, 11 August 2025 (Arabic); the French and British ambassadors after the announcement of the
end of the coalition's mission, September 2024 (English); al-Sudani in Tehran with Pezeshkian and
Khamenei, the environment ministers' meeting on the sidelines, January 2025 (Arabic); the UN envoy (in
place of Hennis-Plasschaert) and the EU ambassador after the November 2025 election (English); al-Fayyadh
and Abu Fadak received on the PMF service law and the Dora inquiry, August 2025 (Arabic); al-Sudani at
the White House with Biden and Blinken, and with the energy secretary, April 2024 (English).
Excluded on purpose (no relation): Pezeshkian's greetings and invitation carried by Larijani (JR1);
Blinken's phone call (JR2); the Mashhad leg, cancelled (JR3); the Federal Supreme Court's pending
ratification (JR4); the relieved brigade commanders, unnamed (JR5); a meeting with senators scheduled
for the next day (JR6). Everyone a bulletin says attended ("بحضور", "in the presence of", "attended by")
is paired with every participant; two guests received together in one meeting are paired.
Spellings: "سيادته" and "السيد رئيس مجلس الوزراء" for al-Sudani, الدكتور علي لاريجاني, الدكتور مسعود
بزشكيان, السيد علي خامنئي, Mohammed S. Al-Sudani, Mohammed Shia Al-Sudani, Dr. Mohamed Al-Hassan.
Events follow the public record as far as the writer knew it; some minor details (who sat in on a
meeting, who travelled with the prime minister, the days of minor receptions) are filled in for the
exercise.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_jr import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, USA = "country:iran", "country:united-states"
IQG, SNSC, NSA, FRFM, UKFO, IQFM, IQENV, IRDOE, PMF, UNAMI, EU, USSTATE, DOE, IQELEC = (
    "organization:iraqi-government", "organization:supreme-national-security-council",
    "organization:iraqi-national-security-advisory", "organization:french-foreign-ministry",
    "organization:uk-foreign-office", "organization:iraqi-foreign-ministry", "organization:iraqi-environment-ministry",
    "organization:iranian-department-of-environment", "organization:popular-mobilization-forces",
    "organization:unami", "organization:european-union", "organization:us-state-department",
    "organization:us-department-of-energy", "organization:iraqi-electricity-ministry")
BAGHDAD, TEHRAN, WASHINGTON = "location:baghdad", "location:tehran", "location:washington"
SUDANI, LARIJANI, AHMADIAN, ARAJI, PEZ, HITCHEN, ALAALDIN, BLINKEN = (
    "person:mohammed-shia-al-sudani", "person:ali-larijani", "person:ali-akbar-ahmadian", "person:qassim-al-araji",
    "person:masoud-pezeshkian", "person:stephen-hitchen", "person:farhad-alaaldin", "person:antony-blinken")
FUAD, KHAMENEI, HASSAN, HENNIS, FAYYADH, ABUFADAK, BIDEN, FADEL = (
    "person:fuad-hussein", "person:ali-khamenei", "person:mohammed-al-hassan", "person:jeanine-hennis-plasschaert",
    "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi", "person:joe-biden", "person:ziad-ali-fadel")
# new to the tables
FAISAL, DUREL, AMEDI, ANSARI, SEILER, MAZHAR, GRANHOLM = (
    "person:abdul-karim-al-faisal", "person:patrick-durel", "person:nizar-amedi", "person:shina-ansari",
    "person:thomas-seiler", "person:mazhar-mohammed-salih", "person:jennifer-granholm")

ARTICLES = [
    ("arJR1_sudani_receives_larijani", "ar",
     "رئيس مجلس الوزراء يستقبل أمين المجلس الأعلى للأمن القومي الإيراني\n"
     "استقبل رئيس مجلس الوزراء محمد شياع السوداني، اليوم الاثنين، أمين المجلس الأعلى للأمن القومي في "
     "الجمهورية الإسلامية الإيرانية الدكتور علي لاريجاني والوفد المرافق له، بحضور رئيس هيئة المستشارين في "
     "مكتب رئيس الوزراء عبد الكريم الفيصل.\n"
     "وجرى خلال اللقاء بحث العلاقات الثنائية بين البلدين الجارين وتطورات الأوضاع في المنطقة، إذ أكد سيادته "
     "أن العراق «يرفض أن تكون أراضيه منطلقاً للاعتداء على أي دولة من دول الجوار».\n"
     "وهنأ السيد رئيس مجلس الوزراء الضيف بمناسبة تسنّمه منصبه خلفاً لعلي أكبر أحمديان، متمنياً له التوفيق "
     "في مهامه.\n"
     "من جانبه، نقل لاريجاني تحيات الرئيس الإيراني مسعود بزشكيان ودعوته إلى السيد السوداني لزيارة طهران.\n"
     "وكان لاريجاني قد وقّع، في وقت سابق من اليوم، مع مستشار الأمن القومي قاسم الأعرجي مذكرة تفاهم للتعاون "
     "الأمني المشترك، عقب جلسة مباحثات في مقر المستشارية ببغداد.\n"
     "المكتب الإعلامي لرئيس مجلس الوزراء\n"
     "11 - آب - 2025",
     [("LEADS", SUDANI, IQG, "استقبل رئيس مجلس الوزراء محمد شياع"),
      ("MET_WITH", LARIJANI, SUDANI, "الدكتور علي لاريجاني والوفد المرافق له", "2025-08-11"),
      ("LEADS", LARIJANI, SNSC, "أمين المجلس الأعلى للأمن القومي في الجمهورية الإسلامية الإيرانية الدكتور"),
      ("MET_WITH", FAISAL, SUDANI, "بحضور رئيس هيئة المستشارين", "2025-08-11"),
      ("MET_WITH", FAISAL, LARIJANI, "بحضور رئيس هيئة المستشارين", "2025-08-11"),
      ("MEMBER_OF", FAISAL, IQG, "رئيس هيئة المستشارين في مكتب رئيس الوزراء عبد الكريم"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "بمناسبة تسنّمه منصبه خلفاً لعلي أكبر أحمديان", "2025-08"),
      ("LEADS", PEZ, IRAN, "الرئيس الإيراني مسعود بزشكيان"),
      ("MET_WITH", ARAJI, LARIJANI, "مع مستشار الأمن القومي قاسم الأعرجي مذكرة", "2025-08-11"),
      ("LEADS", ARAJI, NSA, "مستشار الأمن القومي قاسم الأعرجي"),
      ("VISITED", LARIJANI, BAGHDAD, "في مقر المستشارية ببغداد", "2025-08-11"),
      ],
     {"source": "blind set (Iraqi Prime Minister's media office, Arabic)", "published": "2025-08-11"}),

    ("enJR2_sudani_french_british_ambassadors", "en",
     "Prime Minister Al-Sudani receives the Ambassadors of France and the United Kingdom\n"
     "Prime Minister Mohammed S. Al-Sudani received today, Sunday, the Ambassador of the French Republic to "
     "Iraq, Patrick Durel, and the British Ambassador, Stephen Hitchen, in a joint meeting attended by the "
     "Prime Minister's Adviser for Foreign Relations, Dr. Farhad Alaaldin.\n"
     "The meeting discussed the arrangements that follow the joint statement announcing the end of the "
     "military mission of the International Coalition in Iraq in two stages, the first ending in September "
     "2025, and the transition to bilateral security partnerships with the Coalition countries.\n"
     "His Excellency affirmed that the Iraqi security forces \"are fully capable of confronting the remnants "
     "of terrorism,\" and that the decision reflects \"the will of the Iraqi state and its institutions.\"\n"
     "For their part, the two ambassadors conveyed their governments' commitment to supporting Iraq's "
     "security and stability and to continuing cooperation in training and advice.\n"
     "The Prime Minister had received a phone call on Friday from US Secretary of State Antony Blinken, "
     "during which the two sides welcomed the announcement.\n"
     "Media Office of the Prime Minister\n"
     "September 29, 2024",
     [("LEADS", SUDANI, IQG, "Prime Minister Mohammed S. Al-Sudani received today"),
      ("MET_WITH", DUREL, SUDANI, "the Ambassador of the French Republic to", "2024-09-29"),
      ("MEMBER_OF", DUREL, FRFM, "the Ambassador of the French Republic to"),
      ("MET_WITH", HITCHEN, SUDANI, "the British Ambassador, Stephen Hitchen", "2024-09-29"),
      ("MEMBER_OF", HITCHEN, UKFO, "the British Ambassador, Stephen Hitchen"),
      ("MET_WITH", DUREL, HITCHEN, "in a joint meeting attended by the", "2024-09-29"),
      ("MET_WITH", ALAALDIN, SUDANI, "Adviser for Foreign Relations, Dr. Farhad", "2024-09-29"),
      ("MET_WITH", ALAALDIN, DUREL, "Adviser for Foreign Relations, Dr. Farhad", "2024-09-29"),
      ("MET_WITH", ALAALDIN, HITCHEN, "Adviser for Foreign Relations, Dr. Farhad", "2024-09-29"),
      ("MEMBER_OF", ALAALDIN, IQG, "Prime Minister's Adviser for Foreign Relations"),
      ("LEADS", BLINKEN, USSTATE, "US Secretary of State Antony Blinken"),
      ],
     {"source": "blind set (Iraqi Prime Minister's media office, English)", "published": "2024-09-29"}),

    ("arJR3_sudani_tehran_pezeshkian_khamenei", "ar",
     "رئيس مجلس الوزراء يصل طهران ويجري مباحثات رسمية مع الرئيس الإيراني\n"
     "وصل رئيس مجلس الوزراء محمد شياع السوداني، اليوم الأربعاء، إلى العاصمة الإيرانية طهران في زيارة رسمية "
     "على رأس وفد حكومي رفيع.\n"
     "وعقد السيد رئيس مجلس الوزراء جلسة مباحثات رسمية مع الرئيس الإيراني الدكتور مسعود بزشكيان، بحضور وزير "
     "الخارجية فؤاد حسين، جرى خلالها بحث ملفات الطاقة والربط الكهربائي وأمن الحدود وتطورات الأوضاع في "
     "سوريا.\n"
     "والتقى سيادته، في وقت لاحق، المرشد الأعلى في الجمهورية الإسلامية السيد علي خامنئي، الذي أشاد بدور "
     "الحشد الشعبي في حفظ أمن العراق.\n"
     "وعلى هامش الزيارة، عقد وزير البيئة نزار آميدي اجتماعاً مع رئيسة منظمة حماية البيئة الإيرانية شينا "
     "أنصاري، بحثا فيه التعاون في مواجهة العواصف الترابية وشح المياه.\n"
     "وكان من المقرر أن يزور السيد السوداني مدينة مشهد، قبل أن يُلغى هذا الجزء من البرنامج لأسباب تتعلق "
     "بالأحوال الجوية.\n"
     "المكتب الإعلامي لرئيس مجلس الوزراء\n"
     "8 - كانون الثاني - 2025",
     [("LEADS", SUDANI, IQG, "وصل رئيس مجلس الوزراء محمد شياع"),
      ("VISITED", SUDANI, TEHRAN, "إلى العاصمة الإيرانية طهران", "2025-01-08"),
      ("MET_WITH", PEZ, SUDANI, "جلسة مباحثات رسمية مع الرئيس الإيراني", "2025-01-08"),
      ("LEADS", PEZ, IRAN, "مع الرئيس الإيراني الدكتور مسعود"),
      ("MET_WITH", FUAD, SUDANI, "بحضور وزير الخارجية فؤاد حسين", "2025-01-08"),
      ("MET_WITH", FUAD, PEZ, "بحضور وزير الخارجية فؤاد حسين", "2025-01-08"),
      ("LEADS", FUAD, IQFM, "وزير الخارجية فؤاد حسين"),
      ("MET_WITH", KHAMENEI, SUDANI, "والتقى سيادته، في وقت لاحق، المرشد الأعلى", "2025-01-08"),
      ("LEADS", KHAMENEI, IRAN, "المرشد الأعلى في الجمهورية الإسلامية السيد علي"),
      ("SUPPORTS", KHAMENEI, PMF, "الذي أشاد بدور الحشد الشعبي"),
      ("MET_WITH", AMEDI, ANSARI, "عقد وزير البيئة نزار آميدي اجتماعاً مع", "2025-01-08"),
      ("LEADS", AMEDI, IQENV, "وزير البيئة نزار آميدي"),
      ("LEADS", ANSARI, IRDOE, "رئيسة منظمة حماية البيئة الإيرانية شينا"),
      ],
     {"source": "blind set (Iraqi Prime Minister's media office, Arabic)", "published": "2025-01-08"}),

    ("enJR4_sudani_unami_eu_after_election", "en",
     "Prime Minister Al-Sudani receives the UN Special Representative and the EU Ambassador\n"
     "Prime Minister Mohammed S. Al-Sudani received today, Sunday, the Special Representative of the UN "
     "Secretary-General and Head of UNAMI, Dr. Mohamed Al-Hassan, in the presence of Deputy Prime Minister "
     "and Minister of Foreign Affairs Fuad Hussein.\n"
     "Dr. Al-Hassan congratulated the Iraqi government on the conduct of the parliamentary elections held on "
     "November 11 and the high turnout, and briefed His Excellency on the Mission's final arrangements before "
     "its mandate ends in December.\n"
     "The Prime Minister praised the role of UNAMI in Iraq and the efforts of Dr. Al-Hassan, who succeeded "
     "Jeanine Hennis-Plasschaert at the head of the Mission in 2024.\n"
     "In a separate meeting, the Prime Minister received the Ambassador of the European Union to Iraq, "
     "Thomas Seiler, who conveyed the European Union's congratulations on the success of the elections.\n"
     "His Excellency stressed the government's commitment to the constitutional timelines for forming the "
     "new government once the Federal Supreme Court ratifies the final results.\n"
     "Media Office of the Prime Minister\n"
     "November 16, 2025",
     [("LEADS", SUDANI, IQG, "Prime Minister Mohammed S. Al-Sudani received today"),
      ("MET_WITH", HASSAN, SUDANI, "Head of UNAMI, Dr. Mohamed Al-Hassan", "2025-11-16"),
      ("LEADS", HASSAN, UNAMI, "Head of UNAMI, Dr. Mohamed Al-Hassan"),
      ("MET_WITH", FUAD, SUDANI, "and Minister of Foreign Affairs Fuad Hussein", "2025-11-16"),
      ("MET_WITH", FUAD, HASSAN, "and Minister of Foreign Affairs Fuad Hussein", "2025-11-16"),
      ("LEADS", FUAD, IQFM, "and Minister of Foreign Affairs Fuad Hussein"),
      ("SUCCESSOR_OF", HASSAN, HENNIS, "who succeeded Jeanine Hennis-Plasschaert", "2024"),
      ("MET_WITH", SEILER, SUDANI, "the Ambassador of the European Union to Iraq", "2025-11-16"),
      ("MEMBER_OF", SEILER, EU, "the Ambassador of the European Union to Iraq"),
      ],
     {"source": "blind set (Iraqi Prime Minister's media office, English)", "published": "2025-11-16"}),

    ("arJR5_sudani_pmf_leadership_service_law", "ar",
     "رئيس مجلس الوزراء يستقبل رئيس هيئة الحشد الشعبي ورئيس أركان الهيئة\n"
     "استقبل رئيس مجلس الوزراء القائد العام للقوات المسلحة محمد شياع السوداني، اليوم الثلاثاء، رئيس هيئة "
     "الحشد الشعبي فالح الفياض، ورئيس أركان الهيئة عبد العزيز المحمداوي، بحضور المستشار المالي لرئيس مجلس "
     "الوزراء الدكتور مظهر محمد صالح.\n"
     "وجرى خلال اللقاء بحث مشروع قانون الخدمة والتقاعد لمنتسبي هيئة الحشد الشعبي، وتأمين التخصيصات المالية "
     "لرواتب المنتسبين ضمن جداول الموازنة الاتحادية.\n"
     "وأكد سيادته أن الحشد الشعبي «مؤسسة رسمية تعمل ضمن المنظومة الأمنية وتخضع لقرار القائد العام للقوات "
     "المسلحة»، مشدداً على إبعادها عن التجاذبات السياسية.\n"
     "كما جرى استعراض نتائج التحقيق في أحداث دائرة زراعة الكرخ في منطقة الدورة، إذ وجّه السيد رئيس مجلس "
     "الوزراء بإعفاء آمري اللواءين 45 و46 في الحشد من منصبيهما وإحالة المقصرين إلى القضاء.\n"
     "المكتب الإعلامي لرئيس مجلس الوزراء\n"
     "5 - آب - 2025",
     [("LEADS", SUDANI, IQG, "استقبل رئيس مجلس الوزراء القائد العام"),
      ("MET_WITH", FAYYADH, SUDANI, "الحشد الشعبي فالح الفياض، ورئيس أركان", "2025-08-05"),
      ("LEADS", FAYYADH, PMF, "الحشد الشعبي فالح الفياض، ورئيس أركان"),
      ("MET_WITH", ABUFADAK, SUDANI, "ورئيس أركان الهيئة عبد العزيز المحمداوي", "2025-08-05"),
      ("MET_WITH", ABUFADAK, FAYYADH, "ورئيس أركان الهيئة عبد العزيز المحمداوي", "2025-08-05"),
      ("MEMBER_OF", ABUFADAK, PMF, "ورئيس أركان الهيئة عبد العزيز المحمداوي"),
      ("MET_WITH", MAZHAR, SUDANI, "بحضور المستشار المالي لرئيس مجلس", "2025-08-05"),
      ("MET_WITH", FAYYADH, MAZHAR, "بحضور المستشار المالي لرئيس مجلس", "2025-08-05"),
      ("MET_WITH", ABUFADAK, MAZHAR, "بحضور المستشار المالي لرئيس مجلس", "2025-08-05"),
      ("MEMBER_OF", MAZHAR, IQG, "الوزراء الدكتور مظهر محمد صالح"),
      ],
     {"source": "blind set (Iraqi Prime Minister's media office, Arabic)", "published": "2025-08-05"}),

    ("enJR6_sudani_white_house_biden", "en",
     "Prime Minister Al-Sudani meets President Biden at the White House\n"
     "Prime Minister Mohammed Shia Al-Sudani met today, Monday, with US President Joe Biden at the White House "
     "in Washington, on the first day of his official visit to the United States of America.\n"
     "The meeting, held in the Oval Office, was attended by US Secretary of State Antony Blinken. The two "
     "sides discussed the bilateral relationship under the Strategic Framework Agreement, the work of the "
     "Higher Military Commission on the future of the International Coalition's mission, and the regional "
     "escalation.\n"
     "His Excellency also met US Secretary of Energy Jennifer Granholm, in the presence of the Minister of "
     "Electricity, Ziad Ali Fadel. The meeting discussed investment in capturing flared gas, the electricity "
     "file and linking Iraq's grid with its neighbours.\n"
     "The Prime Minister affirmed that Iraq seeks \"a sustainable partnership with the United States in all "
     "fields,\" beyond security cooperation.\n"
     "A meeting with members of the Senate Foreign Relations Committee is scheduled for tomorrow, Tuesday.\n"
     "Media Office of the Prime Minister\n"
     "April 15, 2024",
     [("LEADS", SUDANI, IQG, "Prime Minister Mohammed Shia Al-Sudani met today"),
      ("MET_WITH", BIDEN, SUDANI, "met today, Monday, with US President Joe Biden", "2024-04-15"),
      ("LEADS", BIDEN, USA, "with US President Joe Biden"),
      ("VISITED", SUDANI, WASHINGTON, "at the White House in Washington", "2024-04-15"),
      ("MET_WITH", BLINKEN, SUDANI, "was attended by US Secretary of State Antony Blinken", "2024-04-15"),
      ("MET_WITH", BIDEN, BLINKEN, "was attended by US Secretary of State Antony Blinken", "2024-04-15"),
      ("LEADS", BLINKEN, USSTATE, "US Secretary of State Antony Blinken"),
      ("MET_WITH", GRANHOLM, SUDANI, "also met US Secretary of Energy Jennifer Granholm", "2024-04-15"),
      ("LEADS", GRANHOLM, DOE, "US Secretary of Energy Jennifer"),
      ("MET_WITH", FADEL, SUDANI, "in the presence of the Minister of", "2024-04-15"),
      ("MET_WITH", FADEL, GRANHOLM, "in the presence of the Minister of", "2024-04-15"),
      ("LEADS", FADEL, IQELEC, "Electricity, Ziad Ali Fadel"),
      ],
     {"source": "blind set (Iraqi Prime Minister's media office, English)", "published": "2024-04-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJR")
