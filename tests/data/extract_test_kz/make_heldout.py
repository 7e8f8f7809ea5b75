"""Blind set KZ: Afghanistan, Pakistan and the jihadist leaderships 2016-2025, as an Al Jazeera-like
Arabic channel's site writes it ("الدوحة - الجزيرة نت", Gregorian months with their Levantine names), an
Emirati Arabic daily ("واشنطن، كابول - وكالات"), a Pakistani English daily (Dawn-like: "RAWALPINDI:",
"Gen", "Mr Sharif", "called on") and an international wire (Reuters-like: "KABUL, Jan 26 (Reuters) -").
Pieces: the Taliban name Haibatullah in place of Akhtar Mansour, killed with his driver by a US drone in
Balochistan, Mansour's own succession after Mullah Omar's death, Raheel Sharif receives David Hale (Arabic,
May 2016); Asim Munir takes over from Bajwa with Khawaja Asif present, Mirza after Raza at the Joint Chiefs,
Shehbaz after Imran Khan, Faiz Hameed after Munir at the ISI, Munir calls on the prime minister with Ishaq
Dar present (English, Nov 2022); al-Zawahiri killed by a US drone in Kabul, his succession of bin Laden,
bin Laden and Hamza bin Laden killed by the US, the Taliban spokesmen, Burns meets Baradar in Kabul
(Arabic, Aug 2022); Araghchi received by Mohammad Hasan Akhund with Muttaqi present, then talks with
Muttaqi joined by Bikdeli, Bikdeli after Kazemi Qomi, Khalil Haqqani killed in an attack claimed by ISIS-K
(English wire, Jan 2025); the Doha ceasefire talks of October 2025 between Khawaja Asif and Asim Malik and
Mullah Yaqoob and Abdul Haq Wasiq in the presence of Qatar's minister of state al-Khulaifi (Arabic); Ishaq
Dar signs the UAP railway framework in Kabul with Muttaqi and Saidov in Sadiq's presence, calls on the
Taliban's prime minister, Saidov received separately by Baradar, Dar after Jilani (English, July 2025).
Excluded on purpose (no relation): Kerry's phone call to Nawaz Sharif (KZ1); Imran Khan "would not meet"
the new chief and Munir's planned visit to Riyadh (KZ2); the experts' guess that Saif al-Adl will succeed
al-Zawahiri, whom al-Qaeda has not named, and Zabihullah Mujahid's condemnation (KZ3); Araghchi "was not
scheduled to meet" Haibatullah (KZ4); the next round planned in Istanbul, the strikes on Kabul that
"targeted" Noor Wali Mehsud, who survived (no agent stated either), and Islamabad's accusation (KZ5); Dar's
telephone call with Wang Yi and the trilateral meeting "expected" in Kabul (KZ6).
Judgement calls: the driver "killed with" Mansour takes the stated agent, the US (KZ1); "took over ...
following the announcement of the death of" Mullah Omar is a succession (KZ1); at the change-of-command
ceremony the outgoing and incoming chiefs and the minister "in the presence of" whom the baton passed are
all paired (KZ2); the prime minister "who came to power after Imran Khan was ousted" succeeds him (KZ2);
"an attack claimed by Islamic State Khorasan" gives the victim -> ISIS-K (the killer's own claim, as a
military's "said it had killed") (KZ4); the two delegations of the Doha talks and the Qatari minister in
whose presence they met are all paired (KZ5); the special representative "also present at the signing"
is paired with all three signatories, while Saidov, received "in a separate meeting" by Baradar, is not
paired with the Taliban's prime minister nor Dar with Baradar (KZ6). Filled in for the exercise: the
services chiefs and Ishaq Dar at the ceremony and at PM House (KZ2), Abdul Nafi Takor's statement (KZ3),
Bikdeli's presence at the talks and the month he took over (KZ4), al-Khulaifi's presence in Doha (KZ5),
Sadiq's presence and Saidov's meeting with Baradar (KZ6).
Spellings: «هيبة الله آخوندزاده», «الملا أختر منصور» and «منصور» alone, «الملا يعقوب» (KZ1); "Gen Syed Asim Munir", "Shahbaz Sharif" (KZ2);
«وليام بيرنز», «عبدالغني برادر», «الطبيب المصري» for al-Zawahiri (KZ3); "Abbas Araqchi", "Mohammad Hassan
Akhund" (KZ4); «كابل», «الملا محمد يعقوب مجاهد», «خواجة آصف», «عاصم مالك», «محمد بن عبد العزيز الخليفي»
(KZ5); "Mullah Muhammad Hassan Akhund", "Muhammad Sadiq Khan" (KZ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_la import ALL  # noqa: E402

HERE = Path(__file__).parent

US = "country:united-states"
TALIBAN, TGOV, AQ, PAKARMY, ISI, CIA, AFMFA, AFINT, AFDEF, PAKDEF, PAKMFA, QMFA, ISISK, TTP = (
    "organization:taliban", "organization:taliban-government", "organization:al-qaeda",
    "organization:pakistan-army", "organization:isi", "organization:cia", "organization:afghan-foreign-ministry",
    "organization:afghan-interior-ministry", "organization:afghan-defence-ministry",
    "organization:pakistani-defence-ministry", "organization:pakistani-foreign-ministry",
    "organization:qatari-foreign-ministry", "organization:islamic-state-khorasan", "organization:ttp")
KABUL, RAWALPINDI, BALOCHISTAN = "location:kabul", "location:rawalpindi", "location:balochistan"
HAIBAT, MANSOUR, OMAR, SIRAJ, YAQOOB = ("person:haibatullah-akhundzada", "person:akhtar-mohammad-mansour",
                                        "person:mullah-omar", "person:sirajuddin-haqqani", "person:mohammad-yaqoob")
HALE, MUNIR, BAJWA, ASIF, SHEHBAZ, IMRAN, FAIZ, DAR = (
    "person:david-hale", "person:asim-munir", "person:qamar-javed-bajwa", "person:khawaja-asif",
    "person:shehbaz-sharif", "person:imran-khan", "person:faiz-hameed", "person:ishaq-dar")
ZAWAHIRI, BINLADEN, HAMZA, MUJAHID, BURNS, BARADAR = (
    "person:ayman-al-zawahiri", "person:osama-bin-laden", "person:hamza-bin-laden", "person:zabihullah-mujahid",
    "person:william-burns", "person:abdul-ghani-baradar")
ARAGHCHI, AKHUND, MUTTAQI, BIKDELI, QOMI, KHALIL = (
    "person:abbas-araghchi", "person:mohammad-hasan-akhund", "person:amir-khan-muttaqi", "person:alireza-bikdeli",
    "person:hassan-kazemi-qomi", "person:khalil-haqqani")
MALIK, KHULAIFI, NOORWALI, SADIQ = ("person:asim-malik", "person:mohammed-al-khulaifi",
                                    "person:noor-wali-mehsud", "person:mohammad-sadiq")
# new to the tables
RAHEEL, AZAM, MIRZA, RAZA, TAKOR, BALKHI, WASIQ, SAIDOV, JILANI = (
    "person:raheel-sharif", "person:mohammad-azam", "person:sahir-shamshad-mirza", "person:nadeem-raza",
    "person:abdul-nafi-takor", "person:abdul-qahar-balkhi", "person:abdul-haq-wasiq", "person:bakhtiyor-saidov",
    "person:jalil-abbas-jilani")
JCSC, GDI = "organization:pakistan-joint-chiefs", "organization:afghan-gdi"


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_DOHA = {ASIF: "وزير الدفاع خواجة آصف", MALIK: "رئيس جهاز الاستخبارات الفريق عاصم مالك",
         YAQOOB: "وزير دفاعها الملا محمد يعقوب مجاهد", WASIQ: "يرافقه رئيس الاستخبارات العامة",
         KHULAIFI: "بحضور وزير الدولة بوزارة الخارجية القطرية"}
_UAP = {DAR: "Foreign Minister Ishaq Dar on Thursday signed", MUTTAQI: "Amir Khan Muttaqi and Bakhtiyor",
        SAIDOV: "and Bakhtiyor Saidov, at a ceremony", SADIQ: "was also present at the signing"}

ARTICLES = [
    ("arKZ1_haibatullah_after_mansour", "ar",
     "طالبان تعلن هيبة الله آخوندزاده زعيماً جديداً خلفاً لمنصور\n"
     "أعلنت حركة طالبان الأفغانية، الأربعاء، تعيين الملا هيبة الله آخوندزاده زعيماً جديداً لها، بدلاً من "
     "الملا أختر منصور الذي قُتل بغارة شنتها طائرة أمريكية مسيّرة في إقليم بلوشستان الباكستاني السبت الماضي.\n"
     "وقالت الحركة في بيان إن مجلس الشورى اختار الزعيم الجديد بالإجماع، وإن سراج الدين حقاني والملا "
     "يعقوب، نجل مؤسس الحركة، عُيّنا نائبين له.\n"
     "وكان منصور قد تولى قيادة طالبان في يوليو/تموز 2015 إثر الإعلان عن وفاة الملا محمد عمر، الذي تبيّن أنه "
     "توفي قبل ذلك بعامين.\n"
     "وقُتل مع منصور سائق سيارة الأجرة محمد أعظم، حين استهدفت الطائرة سيارتهما قرب بلدة أحمد وال.\n"
     "وفي روالبندي، استقبل قائد الجيش الباكستاني الجنرال راحيل شريف السفيرَ الأمريكي ديفيد هيل، وأبلغه أن "
     "الضربة انتهاك لسيادة باكستان، بحسب بيان للجيش.\n"
     "وكان وزير الخارجية الأمريكي جون كيري قد أجرى اتصالاً هاتفياً برئيس الوزراء نواز شريف قبل ساعات من "
     "الإعلان عن الغارة.\n"
     "ولم يظهر الزعيم الجديد، وهو عالم دين من قندهار، علناً منذ سنوات.",
     [("SUCCESSOR_OF", HAIBAT, MANSOUR, "بدلاً من الملا أختر منصور", "2016-05-25"),
      ("LEADS", HAIBAT, TALIBAN, "تعيين الملا هيبة الله آخوندزاده زعيماً جديداً لها"),
      ("ASSASSINATED_BY", MANSOUR, US, "بغارة شنتها طائرة أمريكية مسيّرة", "2016-05-21"),
      ("ATTACKED", US, BALOCHISTAN, "في إقليم بلوشستان الباكستاني", "2016-05-21"),
      ("MEMBER_OF", SIRAJ, TALIBAN, "وإن سراج الدين حقاني"),
      ("MEMBER_OF", YAQOOB, TALIBAN, "يعقوب، نجل مؤسس الحركة"),
      ("SUCCESSOR_OF", MANSOUR, OMAR, "إثر الإعلان عن وفاة الملا محمد عمر", "2015-07"),
      ("LEADS", MANSOUR, TALIBAN, "وكان منصور قد تولى قيادة طالبان"),
      ("ASSASSINATED_BY", AZAM, US, "وقُتل مع منصور سائق سيارة الأجرة", "2016-05-21"),
      ("MET_WITH", RAHEEL, HALE, "استقبل قائد الجيش الباكستاني الجنرال راحيل شريف", "2016-05-24"),
      ("LEADS", RAHEEL, PAKARMY, "استقبل قائد الجيش الباكستاني الجنرال راحيل شريف"),
      ("VISITED", HALE, RAWALPINDI, "وفي روالبندي", "2016-05-24"),
      ],
     {"source": "blind set (Al Jazeera-like Arabic channel site)", "published": "2016-05-25"}),

    ("enKZ2_munir_takes_over_from_bajwa", "en",
     "Gen Asim Munir takes command of army as Bajwa bows out\n"
     "RAWALPINDI: Gen Syed Asim Munir on Tuesday took over as the country's 17th chief of the army staff, "
     "replacing Gen Qamar Javed Bajwa, who retired after six years at the helm.\n"
     "At a change-of-command ceremony at the GHQ, the outgoing chief handed over the baton to his successor "
     "in the presence of Defence Minister Khawaja Asif and the services chiefs.\n"
     "Gen Sahir Shamshad Mirza, meanwhile, assumed charge as chairman of the Joint Chiefs of Staff Committee "
     "in place of Gen Nadeem Raza.\n"
     "Both appointments were approved last week by the president on the advice of Prime Minister Shahbaz "
     "Sharif, who came to power in April after Imran Khan was ousted in a no-confidence vote.\n"
     "Gen Munir, a former director general of the Inter-Services Intelligence, had been removed from that "
     "post in 2019 after only eight months, with Lt Gen Faiz Hameed named to succeed him.\n"
     "Later in the day, the new army chief called on Mr Sharif at the PM House, where Finance Minister "
     "Ishaq Dar was also present, according to an official handout.\n"
     "Mr Khan, who had opposed the appointment, told reporters in Lahore that he would not meet the new "
     "chief \"for now\", while a visit by Gen Munir to Riyadh is yet to be scheduled.",
     [("SUCCESSOR_OF", MUNIR, BAJWA, "replacing Gen Qamar Javed Bajwa", "2022-11-29"),
      ("LEADS", MUNIR, PAKARMY, "took over as the country's 17th chief of the army staff"),
      ("MET_WITH", BAJWA, MUNIR, "handed over the baton to his successor", "2022-11-29"),
      ("MET_WITH", BAJWA, ASIF, "in the presence of Defence Minister Khawaja Asif", "2022-11-29"),
      ("MET_WITH", MUNIR, ASIF, "in the presence of Defence Minister Khawaja Asif", "2022-11-29"),
      ("LEADS", ASIF, PAKDEF, "in the presence of Defence Minister Khawaja Asif"),
      ("SUCCESSOR_OF", MIRZA, RAZA, "in place of Gen Nadeem Raza", "2022-11"),
      ("LEADS", MIRZA, JCSC, "assumed charge as chairman of the Joint Chiefs"),
      ("SUCCESSOR_OF", SHEHBAZ, IMRAN, "who came to power in April after Imran Khan", "2022-04"),
      ("LEADS", MUNIR, ISI, "a former director general of the Inter-Services Intelligence"),
      ("SUCCESSOR_OF", FAIZ, MUNIR, "named to succeed him", "2019-06"),
      ("MET_WITH", MUNIR, SHEHBAZ, "called on Mr Sharif at the PM House", "2022-11-29"),
      ("MET_WITH", MUNIR, DAR, "Ishaq Dar was also present", "2022-11-29"),
      ("MET_WITH", SHEHBAZ, DAR, "Ishaq Dar was also present", "2022-11-29"),
      ],
     {"source": "blind set (Pakistani English daily)", "published": "2022-11-30"}),

    ("arKZ3_zawahiri_kabul_strike", "ar",
     "مقتل أيمن الظواهري بضربة أمريكية في كابول\n"
     "واشنطن، كابول - وكالات\n"
     "أعلن الرئيس الأمريكي جو بايدن، مساء الاثنين، أن الولايات المتحدة قتلت زعيم تنظيم القاعدة أيمن الظواهري "
     "بغارة نفذتها طائرة مسيّرة في العاصمة الأفغانية كابول، مؤكداً أن «العدالة تحققت».\n"
     "وأوضح مسؤولون أمريكيون أن صاروخين استهدفا شرفة منزل في حي شيربور كان يقيم فيه الطبيب المصري مع أفراد "
     "من عائلته، الذين لم يُصب أي منهم.\n"
     "وتولى الظواهري زعامة التنظيم في يونيو 2011، خلفاً لأسامة بن لادن الذي قتلته قوة كوماندوز أمريكية في "
     "مدينة أبوت آباد الباكستانية.\n"
     "كما أعلنت واشنطن عام 2019 مقتل حمزة بن لادن، نجل مؤسس التنظيم، في عملية لمكافحة الإرهاب نفذتها في "
     "منطقة الحدود الأفغانية الباكستانية.\n"
     "من جهته، دان المتحدث باسم حكومة طالبان ذبيح الله مجاهد الضربة، واعتبرها «انتهاكاً للمبادئ الدولية»، فيما "
     "قال المتحدث باسم وزارة الداخلية عبدالنافع تكور إن الحركة لم تكن على علم بوجود الظواهري في المنزل.\n"
     "ويرجح خبراء أن يخلفه سيف العدل، المقيم في إيران، غير أن التنظيم لم يعلن اسم زعيمه الجديد.\n"
     "وكان مدير وكالة الاستخبارات المركزية وليام بيرنز قد التقى في كابول الملا عبدالغني برادر في أغسطس من "
     "العام الماضي، بعد أيام من سيطرة الحركة على العاصمة.",
     [("ASSASSINATED_BY", ZAWAHIRI, US, "أن الولايات المتحدة قتلت زعيم تنظيم القاعدة", "2022-07-31"),
      ("LEADS", ZAWAHIRI, AQ, "أن الولايات المتحدة قتلت زعيم تنظيم القاعدة"),
      ("ATTACKED", US, KABUL, "بغارة نفذتها طائرة مسيّرة في العاصمة الأفغانية", "2022-07-31"),
      ("SUCCESSOR_OF", ZAWAHIRI, BINLADEN, "خلفاً لأسامة بن لادن", "2011-06"),
      ("ASSASSINATED_BY", BINLADEN, US, "الذي قتلته قوة كوماندوز أمريكية", "2011-05-02"),
      ("ASSASSINATED_BY", HAMZA, US, "مقتل حمزة بن لادن", "2019"),
      ("MEMBER_OF", MUJAHID, TGOV, "المتحدث باسم حكومة طالبان"),
      ("MEMBER_OF", TAKOR, AFINT, "المتحدث باسم وزارة الداخلية عبدالنافع تكور"),
      ("MET_WITH", BURNS, BARADAR, "قد التقى في كابول الملا عبدالغني برادر", "2021-08-23"),
      ("VISITED", BURNS, KABUL, "قد التقى في كابول الملا عبدالغني برادر", "2021-08-23"),
      ("LEADS", BURNS, CIA, "وكان مدير وكالة الاستخبارات المركزية"),
      ],
     {"source": "blind set (Emirati Arabic daily)", "published": "2022-08-02"}),

    ("enKZ4_araghchi_kabul", "en",
     "Iran's foreign minister holds talks with Taliban in Kabul\n"
     "KABUL, Jan 26 (Reuters) - Iranian Foreign Minister Abbas Araqchi arrived in Kabul on Sunday, the most "
     "senior Iranian official to visit Afghanistan since the Taliban returned to power in 2021, and was "
     "received by the administration's prime minister, Mohammad Hassan Akhund.\n"
     "Foreign Minister Amir Khan Muttaqi also attended the meeting, at which the two sides discussed water "
     "rights on the Helmand river, trade and the return of Afghan migrants, a Taliban statement said.\n"
     "Araqchi later held talks with Muttaqi at the foreign ministry, joined by Alireza Bikdeli, who took "
     "over last month from Hassan Kazemi Qomi as Tehran's ambassador and special envoy in Kabul.\n"
     "Abdul Qahar Balkhi, a spokesman for the ministry, described the talks as \"constructive\".\n"
     "The visit comes weeks after refugees minister Khalil Haqqani was killed in a suicide bombing at his "
     "ministry, an attack claimed by Islamic State Khorasan, the group's regional affiliate.\n"
     "Araqchi was not scheduled to meet the Taliban's reclusive supreme leader, Haibatullah Akhundzada, who "
     "rarely leaves the southern city of Kandahar, a person familiar with the plans said.\n"
     "(Reporting by Kabul newsroom; Writing by Dubai newsroom; Editing by Desk)",
     [("VISITED", ARAGHCHI, KABUL, "Abbas Araqchi arrived in Kabul on Sunday", "2025-01-26"),
      ("MET_WITH", ARAGHCHI, AKHUND, "received by the administration's prime minister", "2025-01-26"),
      ("LEADS", AKHUND, TGOV, "received by the administration's prime minister"),
      ("MET_WITH", ARAGHCHI, MUTTAQI, "Foreign Minister Amir Khan Muttaqi also attended", "2025-01-26"),
      ("MET_WITH", AKHUND, MUTTAQI, "Foreign Minister Amir Khan Muttaqi also attended", "2025-01-26"),
      ("LEADS", MUTTAQI, AFMFA, "Foreign Minister Amir Khan Muttaqi also attended"),
      ("MET_WITH", ARAGHCHI, BIKDELI, "joined by Alireza Bikdeli", "2025-01-26"),
      ("MET_WITH", MUTTAQI, BIKDELI, "joined by Alireza Bikdeli", "2025-01-26"),
      ("SUCCESSOR_OF", BIKDELI, QOMI, "took over last month from Hassan Kazemi Qomi", "2024-12"),
      ("MEMBER_OF", BALKHI, AFMFA, "a spokesman for the ministry"),
      ("ASSASSINATED_BY", KHALIL, ISISK, "an attack claimed by Islamic State Khorasan", "2024-12-11"),
      ],
     {"source": "blind set (international wire, English)", "published": "2025-01-26"}),

    ("arKZ5_doha_ceasefire_talks", "ar",
     "باكستان وأفغانستان تتفقان في الدوحة على وقف فوري لإطلاق النار\n"
     "الدوحة - الجزيرة نت\n"
     "أعلنت وزارة الخارجية القطرية، فجر الأحد، أن باكستان وأفغانستان اتفقتا على وقف فوري لإطلاق النار، في "
     "ختام جولة مفاوضات استضافتها الدوحة بوساطة قطرية تركية.\n"
     "وترأس الوفد الباكستاني وزير الدفاع خواجة آصف، وضم رئيس جهاز الاستخبارات الفريق عاصم مالك، فيما ترأس "
     "وفد حكومة تصريف الأعمال الأفغانية وزير دفاعها الملا محمد يعقوب مجاهد، يرافقه رئيس الاستخبارات العامة "
     "عبد الحق واثق.\n"
     "وجرت المحادثات بحضور وزير الدولة بوزارة الخارجية القطرية محمد بن عبد العزيز الخليفي.\n"
     "وقال آصف إن الطرفين سيلتقيان مجدداً في إسطنبول يوم 25 أكتوبر/تشرين الأول لبحث آليات التحقق، مؤكداً أن "
     "«الإرهاب القادم من الأراضي الأفغانية» هو جوهر الخلاف.\n"
     "وجاءت المفاوضات بعد أسبوع من اشتباكات حدودية هي الأعنف منذ سنوات، اندلعت إثر غارات على كابل قالت مصادر "
     "أمنية إنها استهدفت زعيم حركة طالبان باكستان نور ولي محسود، الذي ظهر لاحقاً في تسجيل صوتي مؤكداً أنه على "
     "قيد الحياة.\n"
     "وتتهم إسلام آباد كابل بإيواء مسلحي الحركة، وهو ما تنفيه حكومة طالبان.",
     _group(_DOHA, "2025-10-18") + [
      ("LEADS", ASIF, PAKDEF, "وزير الدفاع خواجة آصف"),
      ("LEADS", MALIK, ISI, "رئيس جهاز الاستخبارات الفريق عاصم مالك"),
      ("LEADS", YAQOOB, AFDEF, "وزير دفاعها الملا محمد يعقوب مجاهد"),
      ("LEADS", WASIQ, GDI, "يرافقه رئيس الاستخبارات العامة"),
      ("MEMBER_OF", KHULAIFI, QMFA, "بحضور وزير الدولة بوزارة الخارجية القطرية"),
      ("LEADS", NOORWALI, TTP, "زعيم حركة طالبان باكستان نور ولي محسود"),
      ],
     {"source": "blind set (Al Jazeera-like Arabic channel site)", "published": "2025-10-19"}),

    ("enKZ6_dar_kabul_uap_railway", "en",
     "Kabul, Tashkent and Islamabad sign framework deal on trans-Afghan railway\n"
     "KABUL: Deputy Prime Minister and Foreign Minister Ishaq Dar on Thursday signed the framework agreement "
     "for the Uzbekistan-Afghanistan-Pakistan (UAP) railway project with his Afghan and Uzbek counterparts, "
     "Amir Khan Muttaqi and Bakhtiyor Saidov, at a ceremony in the Afghan capital.\n"
     "Pakistan's special representative for Afghanistan, Muhammad Sadiq Khan, who accompanied Mr Dar, was also "
     "present at the signing, the Foreign Office said.\n"
     "The deputy premier also called on the Taliban's prime minister, Mullah Muhammad Hassan Akhund, while "
     "the Uzbek minister was received in a separate meeting by the deputy prime minister for economic "
     "affairs, Mullah Abdul Ghani Baradar.\n"
     "It was Mr Dar's second trip to Kabul since he took charge of the foreign ministry in March 2024, "
     "succeeding caretaker foreign minister Jalil Abbas Jilani.\n"
     "The 573-kilometre line is to link Termez with Peshawar via Mazar-i-Sharif and Logar.\n"
     "Mr Dar had spoken by telephone to Chinese Foreign Minister Wang Yi before leaving Islamabad, an "
     "official said, while a trilateral meeting with Beijing in Kabul was expected \"in the coming weeks\".",
     _group(_UAP, "2025-07-17") + [
      ("VISITED", DAR, KABUL, "at a ceremony in the Afghan capital", "2025-07-17"),
      ("VISITED", SAIDOV, KABUL, "at a ceremony in the Afghan capital", "2025-07-17"),
      ("MET_WITH", DAR, AKHUND, "called on the Taliban's prime minister", "2025-07-17"),
      ("LEADS", AKHUND, TGOV, "called on the Taliban's prime minister"),
      ("MET_WITH", SAIDOV, BARADAR, "was received in a separate meeting by", "2025-07-17"),
      ("SUCCESSOR_OF", DAR, JILANI, "succeeding caretaker foreign minister", "2024-03"),
      ("LEADS", DAR, PAKMFA, "took charge of the foreign ministry"),
      ],
     {"source": "blind set (Pakistani English daily)", "published": "2025-07-18"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKZ")
