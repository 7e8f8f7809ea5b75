"""Blind set DI: strikes, successions and Iranian envoys, 2024-2025: the U.S. strike that killed
Abu Baqir al-Saadi after Tower 22, Kaani's airport visit, Kataib Hezbollah's pause and the earlier
killing of Abu Taqwa (AP-style, Feb 2024); the Israeli strike that killed Nasrallah, Nilforoushan
and Karaki, Qaani's unexplained absence, Araghchi in Beirut and Naim Qassem succeeding Nasrallah
(Al-Quds Al-Arabi-style Arabic, Oct 2024); the Baghdad foreign ministers' meeting of Iraq, Iran
and Syria as rebels advanced, after Araghchi's Damascus and Ankara stops (AFP-style, Dec 2024);
Pezeshkian received by al-Sudani at Baghdad airport, with Rashid and the acting speaker, Mokhber as
acting president after Raisi, a planned meeting with Sistani unconfirmed (Asharq Al-Awsat-style
Arabic, Sept 2024); Larijani succeeding Ahmadian and visiting Baghdad and Beirut, an expected
meeting and a refusal (AP-style, Aug 2025); Qaani's discreet Baghdad visit after Assad's fall,
meeting al-Kaabi, al-Khazali and Abu Fadak but not al-Sudani (Al-Quds Al-Arabi-style Arabic, Jan
2025).
Style: en/ar alternating; agents stated as claims ("Central Command said the strike killed",
"أعلنت إسرائيل أن"), deaths without agents (a helicopter crash), acting holders, candidates who
did not succeed, planned and expected meetings, "did not meet", "was received by". Spellings:
Kaani, Sulaimani, قآني / قاآني.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_di/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_di import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAN, IRAQ, ISR = "country:united-states", "country:iran", "country:iraq", "country:israel"
QAA, SOL, MUH = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
ABQ, ELA, HAM, SUD, TAQ = ("person:abu-baqir-al-saadi", "person:arkan-al-elayawi", "person:ahmad-al-hamidawi",
                           "person:mohammed-shia-al-sudani", "person:mushtaq-taleb-al-saidi")
NAS, NIL, KAR, SAF, NAI, ARA, BER, MIK, NQA = (
    "person:hassan-nasrallah", "person:abbas-nilforoushan", "person:ali-karaki", "person:hashem-safieddine",
    "person:ali-mohammad-naini", "person:abbas-araghchi", "person:nabih-berri", "person:najib-mikati",
    "person:naim-qassem")
FUH, SAB, ASD, FID, DAN, SHA = ("person:fuad-hussein", "person:bassam-al-sabbagh", "person:bashar-al-assad",
                                "person:hakan-fidan", "person:sattam-al-dandah", "person:ahmed-al-sharaa")
PEZ, RAI, MOK, RAS, MAN, ALI, FAD, SIS = (
    "person:masoud-pezeshkian", "person:ebrahim-raisi", "person:mohammad-mokhber", "person:abdul-latif-rashid",
    "person:mohsen-al-mandalawi", "person:abbas-aliabadi", "person:ziad-ali-fadel", "person:ali-al-sistani")
LAR, AHM, SHM, AOU, SLM, RAJ, ARJ = ("person:ali-larijani", "person:ali-akbar-ahmadian", "person:ali-shamkhani",
                                    "person:joseph-aoun", "person:nawaf-salam", "person:youssef-rajji",
                                    "person:qassim-al-araji")
KAA, KHZ, FDK, AMI, KHA, AWD = ("person:akram-al-kaabi", "person:qais-al-khazali",
                                "person:abdul-aziz-al-muhammadawi", "person:hadi-al-amiri",
                                "person:ali-khamenei", "person:uday-awad")
QF, IRGC, KH = "organization:quds-force", "organization:irgc", "organization:kataib-hezbollah"
PMF, HEZ, SNSC = ("organization:popular-mobilization-forces", "organization:hezbollah",
                  "organization:supreme-national-security-council")
BGD, TEH, BEY = "location:baghdad", "location:tehran", "location:beirut"

ARTICLES = [
    ("enDI1_abu_baqir_al_saadi_killed", "en",
     "BAGHDAD (AP) - A U.S. drone strike on a vehicle in Baghdad's Mashtal neighborhood on Wednesday "
     "night killed a senior commander of an Iran-backed militia, days after a drone attack in Jordan "
     "killed three American soldiers.\n"
     "U.S. Central Command said the strike killed Kataib Hezbollah commander Abu Baqir al-Saadi, who "
     "it said was responsible for directing attacks on U.S. forces. A second official of the group, "
     "Arkan al-Elayawi, also died in the strike, the militia said.\n"
     "The Islamic Resistance in Iraq, an umbrella of militias that includes Kataib Hezbollah, claimed "
     "the Jan. 28 attack on Tower 22, a logistics outpost in northeastern Jordan.\n"
     "Iran's Quds Force commander, Esmail Kaani, flew to Baghdad the day after that attack and met "
     "faction leaders at the airport, urging them to avoid a wider escalation, according to Iraqi "
     "officials. Kaani took over the force after Qasem Sulaimani was killed by a U.S. drone in Baghdad "
     "in 2020. On Jan. 30, Kataib Hezbollah's secretary-general Ahmad al-Hamidawi announced a "
     "suspension of operations against U.S. troops.\n"
     "In January, a U.S. strike killed Harakat al-Nujaba commander Mushtaq Taleb al-Saidi, known as "
     "Abu Taqwa. Prime Minister Mohammed Shia al-Sudani's office condemned both strikes.",
     [("LOCATED_IN", "location:mashtal", BGD, "Baghdad's Mashtal neighborhood"),
      ("ASSASSINATED_BY", ABQ, US, "U.S. Central Command said the strike killed"),
      ("MEMBER_OF", ABQ, KH, "Kataib Hezbollah commander Abu Baqir"),
      ("ASSASSINATED_BY", ELA, US, "also died in the strike"),
      ("MEMBER_OF", ELA, KH, "A second official of the group"),
      ("PART_OF", KH, "organization:islamic-resistance-in-iraq", "an umbrella of militias that includes"),
      ("ATTACKED", "organization:islamic-resistance-in-iraq", "location:tower-22", "attack on Tower 22"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "a logistics outpost in northeastern Jordan"),
      ("LEADS", QAA, QF, "Quds Force commander, Esmail Kaani"),
      ("VISITED", QAA, BGD, "flew to Baghdad the day after", "2024-01-29"),
      ("SUCCESSOR_OF", QAA, SOL, "Kaani took over the force"),
      ("ASSASSINATED_BY", SOL, US, "was killed by a U.S. drone"),
      ("LEADS", HAM, KH, "secretary-general Ahmad al-Hamidawi"),
      ("ASSASSINATED_BY", TAQ, US, "a U.S. strike killed Harakat"),
      ("MEMBER_OF", TAQ, "organization:harakat-al-nujaba", "Harakat al-Nujaba commander"),
      ("LEADS", SUD, IRAQ, "Prime Minister Mohammed Shia al-Sudani"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-02-08"}),

    ("arDI2_nilforoushan_qaani_absence", "ar",
     "بيروت - طهران - «القدس العربي»: أعلنت إسرائيل أن غارتها على الضاحية الجنوبية لبيروت في 27 "
     "أيلول/سبتمبر قتلت الأمين العام لحزب الله حسن نصر الله، ومعه نائب قائد العمليات في الحرس "
     "الثوري الإيراني العميد عباس نيلفروشان وقائد الجبهة الجنوبية في الحزب علي كركي.\n"
     "وأثار غياب قائد فيلق القدس إسماعيل قآني عن المشهد منذ ذلك الحين تكهنات واسعة، بعد تقارير غير "
     "مؤكدة عن وجوده في بيروت حين استُهدف رئيس المجلس التنفيذي للحزب هاشم صفي الدين. وأكدت إسرائيل "
     "لاحقاً أنها قتلت صفي الدين في غارة مطلع تشرين الأول/أكتوبر.\n"
     "وقال المتحدث باسم الحرس الثوري علي محمد نائيني لوكالة «تسنيم» إن قاآني «بصحة جيدة ويؤدي "
     "مهامه»، قبل أن يظهر في تشييع نيلفروشان بطهران.\n"
     "وفي بيروت، التقى وزير الخارجية الإيراني عباس عراقجي رئيس مجلس النواب نبيه بري ورئيس حكومة "
     "تصريف الأعمال نجيب ميقاتي، ولم يجتمع بأي من قادة الحزب، بحسب مصادر لبنانية.\n"
     "واختار مجلس شورى حزب الله نعيم قاسم أميناً عاماً خلفاً لنصر الله، بعد مقتل صفي الدين الذي كان "
     "يُعد المرشح الأوفر حظاً للمنصب.",
     [("ASSASSINATED_BY", NAS, ISR, "قتلت الأمين العام لحزب الله"),
      ("LEADS", NAS, HEZ, "الأمين العام لحزب الله حسن نصر الله"),
      ("LOCATED_IN", "location:dahiyeh", BEY, "الضاحية الجنوبية لبيروت"),
      ("ASSASSINATED_BY", NIL, ISR, "العميد عباس نيلفروشان"),
      ("MEMBER_OF", NIL, IRGC, "نائب قائد العمليات في الحرس"),
      ("ASSASSINATED_BY", KAR, ISR, "وقائد الجبهة الجنوبية في الحزب علي كركي"),
      ("MEMBER_OF", KAR, HEZ, "الجبهة الجنوبية في الحزب"),
      ("LEADS", QAA, QF, "قائد فيلق القدس إسماعيل قآني"),
      ("LEADS", SAF, "organization:hezbollah-executive-council", "رئيس المجلس التنفيذي للحزب هاشم"),
      ("ASSASSINATED_BY", SAF, ISR, "أنها قتلت صفي الدين"),
      ("MEMBER_OF", NAI, IRGC, "المتحدث باسم الحرس الثوري علي محمد نائيني"),
      ("REPORTED_BY", NAI, "outlet:tasnim", "لوكالة «تسنيم»"),
      ("VISITED", ARA, BEY, "وفي بيروت، التقى", "2024-10-04"),
      ("LEADS", ARA, "organization:iranian-foreign-ministry", "وزير الخارجية الإيراني عباس عراقجي"),
      ("MET_WITH", ARA, BER, "رئيس مجلس النواب نبيه بري", "2024-10-04"),
      ("LEADS", BER, "organization:lebanese-parliament", "رئيس مجلس النواب نبيه"),
      ("MET_WITH", ARA, MIK, "تصريف الأعمال نجيب ميقاتي", "2024-10-04"),
      ("LEADS", MIK, "organization:lebanese-government", "ورئيس حكومة"),
      ("SUCCESSOR_OF", NQA, NAS, "خلفاً لنصر الله"),
      ("LEADS", NQA, HEZ, "نعيم قاسم أميناً عاماً"),
      ],
     {"source": "blind set (Al-Quds Al-Arabi-style)", "published": "2024-10-30"}),

    ("enDI3_baghdad_trilateral_foreign_ministers", "en",
     "BAGHDAD, Dec 6 (AFP) - The foreign ministers of Iraq, Iran and Syria met in Baghdad on Friday "
     "as rebels led by the Islamist group Hayat Tahrir al-Sham pressed a lightning offensive that has "
     "already taken Aleppo and Hama.\n"
     "Iraqi Foreign Minister Fuad Hussein hosted his Iranian counterpart Abbas Araghchi and Syria's "
     "Bassam al-Sabbagh at the ministry, and the three warned in a joint statement that the collapse of the Syrian state "
     "would threaten the whole region. Syria's ambassador in Baghdad, Sattam Jadaan al-Dandah, said "
     "Damascus had asked for no Iraqi troops.\n"
     "Araghchi, who had held talks with President Bashar al-Assad in Damascus on Sunday and then met "
     "Turkish Foreign Minister Hakan Fidan in Ankara, was later received by Prime Minister Mohammed "
     "Shia al-Sudani. Sabbagh did not meet Sudani, an Iraqi official said.\n"
     "HTS leader Abu Mohammed al-Jolani said in an interview this week that the aim of the offensive was to "
     "overthrow Assad's government. Iraqi armed factions, including Kataib Hezbollah, have said they "
     "have no plans for now to send fighters across the border.",
     [("VISITED", ARA, BGD, "Syria met in Baghdad on Friday", "2024-12-06"),
      ("VISITED", SAB, BGD, "Iraq, Iran and Syria met", "2024-12-06"),
      ("MET_WITH", FUH, ARA, "hosted his Iranian counterpart", "2024-12-06"),
      ("MET_WITH", FUH, SAB, "Bassam al-Sabbagh at the ministry", "2024-12-06"),
      ("MET_WITH", ARA, SAB, "and the three warned in a joint statement", "2024-12-06"),
      ("LEADS", FUH, "organization:iraqi-foreign-ministry", "Iraqi Foreign Minister Fuad Hussein"),
      ("LEADS", ASD, "country:syria", "President Bashar al-Assad in Damascus"),
      ("MET_WITH", ARA, ASD, "had held talks with President Bashar al-Assad", "2024-12-01"),
      ("VISITED", ARA, "location:damascus", "al-Assad in Damascus on Sunday", "2024-12-01"),
      ("MET_WITH", ARA, FID, "then met Turkish Foreign Minister", "2024-12-02"),
      ("LEADS", FID, "organization:turkish-foreign-ministry", "Turkish Foreign Minister Hakan Fidan"),
      ("VISITED", ARA, "location:ankara", "Hakan Fidan in Ankara", "2024-12-02"),
      ("MET_WITH", ARA, SUD, "was later received by Prime Minister", "2024-12-06"),
      ("LEADS", SUD, IRAQ, "Prime Minister Mohammed Shia al-Sudani"),
      ("LEADS", SHA, "organization:hayat-tahrir-al-sham", "HTS leader Abu Mohammed al-Jolani"),
      ],
     {"source": "blind set (AFP-style)", "published": "2024-12-06"}),

    ("arDI4_pezeshkian_in_baghdad", "ar",
     "بغداد - «الشرق الأوسط»: استقبل رئيس الوزراء العراقي محمد شياع السوداني، الأربعاء، الرئيس "
     "الإيراني مسعود بزشكيان في مطار بغداد الدولي، في أول زيارة خارجية لبزشكيان منذ انتخابه خلفاً "
     "للرئيس الراحل إبراهيم رئيسي، الذي قضى في تحطم مروحية في أيار/مايو، وتولى بعده النائب الأول "
     "محمد مخبر الرئاسة بالوكالة حتى الانتخابات.\n"
     "وتوجه بزشكيان فور وصوله إلى النصب المقام في موقع الضربة التي قتلت فيها الولايات المتحدة قاسم "
     "سليماني وأبا مهدي المهندس قرب المطار، ووضع إكليلاً من الزهر.\n"
     "وعقد الجانبان جلسة مباحثات في القصر الحكومي وقّعا بعدها 14 مذكرة تفاهم. ثم استقبل الرئيس "
     "العراقي عبد اللطيف رشيد ضيفه في قصر بغداد، قبل أن يلتقي بزشكيان رئيس مجلس النواب بالنيابة "
     "محسن المندلاوي. وعلى هامش الزيارة، اجتمع وزير الطاقة الإيراني عباس علي آبادي بنظيره العراقي "
     "وزير الكهرباء زياد علي فاضل.\n"
     "وكان مسؤولون إيرانيون قد تحدثوا عن لقاء مرتقب بين بزشكيان والمرجع علي السيستاني في النجف، "
     "لكن مكتب المرجع لم يؤكد ذلك.",
     [("MET_WITH", SUD, PEZ, "استقبل رئيس الوزراء العراقي", "2024-09-11"),
      ("LEADS", SUD, IRAQ, "رئيس الوزراء العراقي محمد شياع السوداني"),
      ("LEADS", PEZ, IRAN, "الرئيس الإيراني مسعود بزشكيان في مطار"),
      ("VISITED", PEZ, BGD, "في مطار بغداد الدولي، في أول زيارة", "2024-09-11"),
      ("SUCCESSOR_OF", PEZ, RAI, "منذ انتخابه خلفاً"),
      ("SUCCESSOR_OF", MOK, RAI, "الرئاسة بالوكالة"),
      ("ASSASSINATED_BY", SOL, US, "قتلت فيها الولايات المتحدة"),
      ("ASSASSINATED_BY", MUH, US, "وأبا مهدي المهندس قرب المطار"),
      ("MET_WITH", RAS, PEZ, "ثم استقبل الرئيس", "2024-09-11"),
      ("LEADS", RAS, IRAQ, "العراقي عبد اللطيف رشيد"),
      ("MET_WITH", PEZ, MAN, "قبل أن يلتقي بزشكيان", "2024-09-11"),
      ("LEADS", MAN, "organization:iraqi-parliament", "رئيس مجلس النواب بالنيابة"),
      ("MET_WITH", ALI, FAD, "اجتمع وزير الطاقة الإيراني", "2024-09-11"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2024-09-11"}),

    ("enDI5_larijani_baghdad_beirut", "en",
     "BEIRUT (AP) - Iran's top security official, Ali Larijani, arrived in Beirut on Wednesday and met "
     "Lebanese President Joseph Aoun, who told him Lebanon rejects any interference in its internal "
     "affairs as the government moves to bring Hezbollah's weapons under state control.\n"
     "Larijani, appointed this month as secretary of Iran's Supreme National Security Council in "
     "place of Ali Akbar Ahmadian, later held talks with Parliament Speaker Nabih Berri, a close "
     "Hezbollah ally. He is expected to meet Prime Minister Nawaf Salam on Thursday. Foreign Minister "
     "Youssef Rajji said he would not receive the Iranian envoy.\n"
     "Larijani came from Baghdad, where on Monday he met Prime Minister Mohammed Shia al-Sudani and "
     "signed a security memorandum with national security adviser Qassim al-Araji.\n"
     "Ahmadian had himself succeeded Ali Shamkhani in 2023.\n"
     "Hezbollah leader Naim Qassem, who took over after Israel killed Hassan Nasrallah in September "
     "last year, has said the group will not disarm while Israeli troops remain in southern Lebanon.",
     [("VISITED", LAR, BEY, "arrived in Beirut on Wednesday", "2025-08-13"),
      ("MET_WITH", LAR, AOU, "and met Lebanese President", "2025-08-13"),
      ("LEADS", AOU, "country:lebanon", "Lebanese President Joseph Aoun"),
      ("LEADS", LAR, SNSC, "as secretary of Iran's Supreme National Security Council"),
      ("SUCCESSOR_OF", LAR, AHM, "place of Ali Akbar Ahmadian"),
      ("MET_WITH", LAR, BER, "later held talks with Parliament Speaker", "2025-08-13"),
      ("LEADS", BER, "organization:lebanese-parliament", "Parliament Speaker Nabih Berri"),
      ("LEADS", SLM, "organization:lebanese-government", "Prime Minister Nawaf Salam"),
      ("VISITED", LAR, BGD, "Larijani came from Baghdad", "2025-08-11"),
      ("MET_WITH", LAR, SUD, "on Monday he met Prime Minister", "2025-08-11"),
      ("LEADS", SUD, IRAQ, "Prime Minister Mohammed Shia al-Sudani and"),
      ("MET_WITH", LAR, ARJ, "signed a security memorandum with", "2025-08-11"),
      ("SUCCESSOR_OF", AHM, SHM, "had himself succeeded Ali Shamkhani"),
      ("LEADS", NQA, HEZ, "Hezbollah leader Naim Qassem"),
      ("SUCCESSOR_OF", NQA, NAS, "who took over after"),
      ("ASSASSINATED_BY", NAS, ISR, "Israel killed Hassan Nasrallah"),
      ],
     {"source": "blind set (AP-style)", "published": "2025-08-13"}),

    ("arDI6_qaani_baghdad_after_assad", "ar",
     "بغداد - «القدس العربي»: كشفت مصادر سياسية عراقية أن قائد فيلق القدس في الحرس الثوري الإيراني "
     "إسماعيل قاآني وصل إلى بغداد في زيارة غير معلنة استمرت يومين، التقى خلالها الأمين العام لحركة "
     "النجباء أكرم الكعبي والأمين العام لعصائب أهل الحق قيس الخزعلي، ورئيس أركان الحشد الشعبي عبد "
     "العزيز المحمداوي المعروف بأبي فدك.\n"
     "وأضافت المصادر أن قاآني نقل إلى قادة الفصائل رسالة تدعو إلى «التهدئة» وعدم منح إسرائيل أو "
     "الولايات المتحدة ذريعة لضرب العراق بعد سقوط بشار الأسد. ولم يتضح ما إذا كان قد اجتمع برئيس "
     "منظمة بدر هادي العامري.\n"
     "ولم يلتق الجنرال الإيراني رئيس الوزراء محمد شياع السوداني، الذي كان قد زار طهران في الثامن من "
     "كانون الثاني/يناير والتقى المرشد علي خامنئي والرئيس مسعود بزشكيان.\n"
     "وقال النائب عن كتلة صادقون عدي عواد لـ«القدس العربي» إن «الزيارة روتينية». ويقود قاآني "
     "الفيلق منذ أن خلف قاسم سليماني، الذي اغتالته الولايات المتحدة بغارة قرب مطار بغداد مطلع 2020.",
     [("LEADS", QAA, QF, "قائد فيلق القدس في الحرس"),
      ("PART_OF", QF, IRGC, "فيلق القدس في الحرس الثوري الإيراني"),
      ("VISITED", QAA, BGD, "وصل إلى بغداد في زيارة غير معلنة", "2025-01"),
      ("MET_WITH", QAA, KAA, "التقى خلالها الأمين العام لحركة", "2025-01"),
      ("LEADS", KAA, "organization:harakat-al-nujaba", "النجباء أكرم الكعبي"),
      ("MET_WITH", QAA, KHZ, "والأمين العام لعصائب أهل الحق قيس الخزعلي", "2025-01"),
      ("LEADS", KHZ, "organization:asaib-ahl-al-haq", "لعصائب أهل الحق قيس"),
      ("MET_WITH", QAA, FDK, "المعروف بأبي فدك", "2025-01"),
      ("MEMBER_OF", FDK, PMF, "ورئيس أركان الحشد الشعبي"),
      ("LEADS", AMI, "organization:badr-organization", "منظمة بدر هادي العامري"),
      ("LEADS", SUD, IRAQ, "رئيس الوزراء محمد شياع السوداني"),
      ("VISITED", SUD, TEH, "الذي كان قد زار طهران", "2025-01-08"),
      ("MET_WITH", SUD, KHA, "والتقى المرشد علي خامنئي", "2025-01-08"),
      ("MET_WITH", SUD, PEZ, "والرئيس مسعود بزشكيان", "2025-01-08"),
      ("LEADS", KHA, IRAN, "والتقى المرشد علي خامنئي"),
      ("LEADS", PEZ, IRAN, "والرئيس مسعود بزشكيان"),
      ("MEMBER_OF", AWD, "organization:sadiqoun-bloc", "كتلة صادقون عدي عواد"),
      ("REPORTED_BY", AWD, "outlet:al-quds-al-arabi", "عدي عواد لـ«القدس العربي»"),
      ("SUCCESSOR_OF", QAA, SOL, "منذ أن خلف قاسم سليماني"),
      ("ASSASSINATED_BY", SOL, US, "الذي اغتالته الولايات المتحدة"),
      ],
     {"source": "blind set (Al-Quds Al-Arabi-style)", "published": "2025-01-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDI")
