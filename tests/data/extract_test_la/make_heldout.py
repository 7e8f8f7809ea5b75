"""Blind set LA: Afghanistan, Pakistan and the jihadist leaderships 2020-2025 (with the TTP's and
al-Qaeda's earlier successions as background), as an Emirati Arabic daily writes it ("نيودلهي - وكالات",
«أمس الجمعة»), an Al Jazeera-like Arabic channel's site ("إسلام آباد - الجزيرة نت"), a Pakistani English
daily (Dawn-like: "KABUL:", "Lt Gen", "Mr Qureshi", "called on") and international wires (AP-like "DOHA,
Qatar (AP) —", AFP-like "Washington (AFP) -").
Pieces: Muttaqi in New Delhi holds talks with Jaishankar, then meets Doval with Anand Prakash present,
Misri after Kwatra and his earlier meeting with Muttaqi (Arabic, Oct 2025); the Doha agreement signed by
Khalilzad and Baradar with Pompeo and the Qatari foreign minister looking on, Pompeo with Emir Tamim,
Baradar after Stanikzai at the political office, Esper and Stoltenberg with Ghani in Kabul (English wire,
Feb 2020); Omar Khalid Khorasani killed by a mine with no stated agent, Faiz Hameed meets Noor Wali
Mehsud with Sirajuddin Haqqani present, the TTP's successions (Noor Wali after Fazlullah, Fazlullah after
Hakimullah, Hakimullah after Baitullah) and the three leaders killed by the US / the CIA (Arabic, Aug
2022); Qureshi and Faiz Hameed received by Mohammad Hasan Akhund with Baradar and Muttaqi, Qureshi and
Muttaqi's talks joined by Mansoor Ahmad Khan, Nadeem Anjum to replace Faiz Hameed (English, Oct 2021);
Wang Yi's trilateral in Kabul with Ishaq Dar and Muttaqi attended by Zhao Xing, Wang with Baradar,
Wang and Dar received separately by the Taliban's prime minister, Wang after Qin Gang, the May 2023
trilateral in Islamabad (Arabic, Aug 2025); Saif al-Adel after al-Zawahiri as al-Qaeda's de facto leader,
al-Zawahiri after bin Laden, bin Laden, al-Zawahiri and Hamza bin Laden killed by the US, Asim Umar by
the US and the NDS and Osama Mahmood after him, Abu Muhsin al-Masri by the NDS (English wire, Feb 2023).
Excluded on purpose (no relation): Jaishankar's telephone call to Muttaqi and the visit postponed from
August (LA1); Trump "would be personally meeting" Taliban leaders and the Camp David meeting he "called
off" (LA2); Khorasani's killing, with no agent stated and blamed on Pakistan's intelligence only by his
associates (LA3); Qureshi "did not meet" Haibatullah, and the meeting with Karzai "was cancelled" (LA4);
the Taliban's prime minister received Wang and Dar "each separately", so that meeting pairs each with the
host only, and Wang's planned talks in Islamabad (LA5); Abu Muhammad al-Masri shot dead in Tehran with no
agent stated and the killing denied by Iran (LA6).
Judgement calls: an official "joined" by the head of a mission and a meeting "in the presence of"
someone pair everyone there (LA1, LA4); the two signatories and the two ministers who "looked on" at the
Doha signing are all paired (LA2); "named head of the political office, taking over from" is a
succession (LA2); "took over the leadership after the killing of his predecessor" is a succession (LA3);
"is to hand over the spy agency next month to" a general "named to replace him" is a succession (an
appointment made) (LA4); "reappointed in place of" is a succession (LA5); the State Department's
assessment that Saif al-Adel "has succeeded" al-Zawahiri as de facto leader is annotated, as a claimed
killing would be, while al-Qaeda has named nobody (LA6); "a joint operation by US forces and the NDS" gives
the victim -> both (LA6); "died in a US counterterrorism operation" gives -> the United States (LA6).
Filled in for the exercise: Anand Prakash's presence at the Doval meeting (LA1), Pompeo's talks with
the emir (LA2), the month of Faiz Hameed's meeting in Kabul (LA3), the ambassador at the Qureshi-Muttaqi
talks (LA4), Zhao Xing's presence and the day of Wang's meeting with Baradar (LA5).
Spellings: «سوبراهمانيام جايشنكار» (LA1); "Stanikzai", "Mohammed bin Abdul Rahman Al Thani", "Sheikh
Tamim" (LA2); «مولانا فضل الله», «المفتي نور ولي محسود», «نور ولي» and «حكيم الله» alone, «كابل» (LA3);
"Hibatullah Akhundzada", "Nadeem Ahmed Anjum", "Mohammad Hassan Akhund" (LA4); «إسحق دار», «وانغ» alone,
«الملا محمد حسن آخوند» (LA5); "Zawahiri" without al-, "Usama bin Laden", "Abu Mohammed al-Masri" (LA6).
Saif al-Adel is person:saif-al-adel (the tables also hold person:saif-al-adl, the same man).
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
TALIBAN, TGOV, TPO, AQ, ISI, CIA, NDS, AFMFA, AFINT, PAKMFA, INMFA, TTP, USSD = (
    "organization:taliban", "organization:taliban-government", "organization:taliban-political-office",
    "organization:al-qaeda", "organization:isi", "organization:cia", "organization:afghan-nds",
    "organization:afghan-foreign-ministry", "organization:afghan-interior-ministry",
    "organization:pakistani-foreign-ministry", "organization:indian-foreign-ministry", "organization:ttp",
    "organization:us-state-department")
KABUL, NEWDELHI, DOHA, ISLAMABAD, KUNAR = ("location:kabul", "location:new-delhi", "location:doha",
                                           "location:islamabad", "location:kunar-province")
MUTTAQI, JAISH, DOVAL, HAIBAT, AKHUND, BARADAR, SIRAJ = (
    "person:amir-khan-muttaqi", "person:subrahmanyam-jaishankar", "person:ajit-doval",
    "person:haibatullah-akhundzada", "person:mohammad-hasan-akhund", "person:abdul-ghani-baradar",
    "person:sirajuddin-haqqani")
KHALILZAD, POMPEO, MBAR, TAMIM, STANEKZAI, ESPER, GHANI = (
    "person:zalmay-khalilzad", "person:mike-pompeo", "person:mohammed-bin-abdulrahman-al-thani",
    "person:tamim-bin-hamad-al-thani", "person:sher-mohammad-abbas-stanekzai", "person:mark-esper",
    "person:ashraf-ghani")
FAIZ, NOORWALI, FAZLULLAH, HAKIMULLAH, QURESHI, ANJUM = (
    "person:faiz-hameed", "person:noor-wali-mehsud", "person:mullah-fazlullah", "person:hakimullah-mehsud",
    "person:shah-mahmood-qureshi", "person:nadeem-anjum")
WANG, DAR, QIN, BILAWAL = "person:wang-yi", "person:ishaq-dar", "person:qin-gang", "person:bilawal-bhutto-zardari"
SAIF, ZAWAHIRI, BINLADEN, HAMZA, PRICE = ("person:saif-al-adel", "person:ayman-al-zawahiri",
                                          "person:osama-bin-laden", "person:hamza-bin-laden", "person:ned-price")
# new to the tables
PRAKASH, MISRI, KWATRA, SHAHEEN, STOLTENBERG, KHORASANI, BAITULLAH, MANSOORK, ZHAO = (
    "person:anand-prakash", "person:vikram-misri", "person:vinay-kwatra", "person:suhail-shaheen",
    "person:jens-stoltenberg", "person:omar-khalid-khorasani", "person:baitullah-mehsud",
    "person:mansoor-ahmad-khan", "person:zhao-xing")
UMAR, OSAMAM, ABUMUHSIN = "person:asim-umar", "person:osama-mahmood", "person:abu-muhsin-al-masri"
JUA, AQIS, NATO = "organization:jamaat-ul-ahrar", "organization:aqis", "organization:nato"


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_DOVAL = {MUTTAQI: "التقى متقي مستشار الأمن القومي", DOVAL: "مستشار الأمن القومي أجيت دوفال",
          PRAKASH: "بحضور السكرتير المشترك"}
_SIGNING = {KHALILZAD: "U.S. peace envoy Zalmay Khalilzad", BARADAR: "the Taliban's political chief",
            POMPEO: "as Secretary of State Mike Pompeo", MBAR: "Abdul Rahman Al Thani, looked on"}
_KABUL20 = {ESPER: "Defense Secretary Mark Esper and NATO", STOLTENBERG: "Secretary-General Jens Stoltenberg",
            GHANI: "stood alongside President Ashraf Ghani"}
_JIRGA = {FAIZ: "قائد فيلق بيشاور الفريق فيض حميد", NOORWALI: "وفداً من الحركة يقوده زعيمها",
          SIRAJ: "بحضور وزير الداخلية في حكومة طالبان"}
_CALL = {QURESHI: "Shah Mahmood Qureshi on Thursday called on", AKHUND: "called on Mullah Mohammad Hassan Akhund",
         FAIZ: "Lt Gen Faiz Hameed accompanied the minister", BARADAR: "acting deputy prime minister Mullah",
         MUTTAQI: "and acting foreign minister Amir Khan Muttaqi"}
_TRI25 = {WANG: "عقد وزير الخارجية الصيني وانغ يي", DAR: "وزير الخارجية الباكستاني إسحق دار",
          MUTTAQI: "ووزير خارجية حكومة طالبان أمير خان متقي", ZHAO: "السفير الصيني لدى أفغانستان تشاو شينغ"}
_TRI23 = {QIN: "بمشاركة تشين غانغ ووزير", BILAWAL: "بيلاول بوتو زرداري ومتقي", MUTTAQI: "زرداري ومتقي."}

ARTICLES = [
    ("arLA1_muttaqi_new_delhi", "ar",
     "متقي في نيودلهي.. والهند ترفع بعثتها في كابول إلى سفارة\n"
     "نيودلهي - وكالات\n"
     "أجرى وزير الخارجية في حكومة طالبان أمير خان متقي، أمس الجمعة، مباحثات مع نظيره الهندي سوبراهمانيام "
     "جايشنكار في «حيدر آباد هاوس» بنيودلهي، في أول زيارة لمسؤول أفغاني بهذا المستوى إلى الهند منذ عودة "
     "الحركة إلى الحكم في أغسطس 2021.\n"
     "وأعلن جايشنكار عقب المباحثات أن بلاده سترفع بعثتها الفنية في كابول إلى مستوى سفارة، فيما شكر الضيف "
     "الأفغاني الهند على «وقوفها إلى جانب الشعب الأفغاني».\n"
     "وفي وقت لاحق، التقى متقي مستشار الأمن القومي أجيت دوفال، بحضور السكرتير المشترك المسؤول عن ملف باكستان "
     "وأفغانستان وإيران في الخارجية الهندية آناند براكاش، الذي كان قد زار كابول في أبريل الماضي.\n"
     "وجاءت الزيارة بعدما منحت لجنة العقوبات التابعة لمجلس الأمن الدولي الوزير الأفغاني استثناءً مؤقتاً من "
     "حظر السفر، إذ تأجلت زيارة كانت مقررة في أغسطس.\n"
     "وكان وكيل الخارجية الهندية فيكرام ميسري، الذي خلف فيناي كواترا في المنصب العام الماضي، قد التقى متقي "
     "في دبي في يناير، قبل أن يجري جايشنكار أول اتصال هاتفي بالوزير الأفغاني في مايو.\n"
     "وأثار استبعاد الصحفيات من مؤتمر صحفي عقده متقي في سفارة بلاده انتقادات واسعة في الهند.",
     [("MET_WITH", MUTTAQI, JAISH, "مباحثات مع نظيره الهندي سوبراهمانيام", "2025-10-10"),
      ("VISITED", MUTTAQI, NEWDELHI, "في «حيدر آباد هاوس» بنيودلهي", "2025-10-10"),
      ("LEADS", MUTTAQI, AFMFA, "أجرى وزير الخارجية في حكومة طالبان أمير خان متقي"),
      ("MEMBER_OF", MUTTAQI, TGOV, "أجرى وزير الخارجية في حكومة طالبان أمير خان متقي"),
      ("LEADS", JAISH, INMFA, "مباحثات مع نظيره الهندي سوبراهمانيام"),
      ]
     + _group(_DOVAL, "2025-10-10") + [
      ("MEMBER_OF", PRAKASH, INMFA, "في الخارجية الهندية آناند براكاش"),
      ("VISITED", PRAKASH, KABUL, "الذي كان قد زار كابول في أبريل", "2025-04"),
      ("SUCCESSOR_OF", MISRI, KWATRA, "الذي خلف فيناي كواترا في المنصب", "2024-07"),
      ("MEMBER_OF", MISRI, INMFA, "وكان وكيل الخارجية الهندية فيكرام ميسري"),
      ("MET_WITH", MISRI, MUTTAQI, "قد التقى متقي في دبي في يناير", "2025-01"),
      ],
     {"source": "blind set (Emirati Arabic daily)", "published": "2025-10-11"}),

    ("enLA2_doha_agreement_signing", "en",
     "US and Taliban sign deal to withdraw American troops from Afghanistan\n"
     "DOHA, Qatar (AP) — The United States and the Taliban signed an agreement on Saturday that could bring "
     "American troops home from Afghanistan after more than 18 years of war.\n"
     "U.S. peace envoy Zalmay Khalilzad and Mullah Abdul Ghani Baradar, the Taliban's political chief, put "
     "their signatures to the deal at a hotel in the Qatari capital as Secretary of State Mike Pompeo and "
     "Qatar's foreign minister, Sheikh Mohammed bin Abdul Rahman Al Thani, looked on.\n"
     "Pompeo then held talks with the emir, Sheikh Tamim, the State Department said.\n"
     "Baradar, one of the movement's founders, was freed from a Pakistani prison in 2018 and a few months "
     "later was named head of the Taliban's political office in Doha, taking over from Sher Mohammad Abbas "
     "Stanikzai.\n"
     "\"The whole nation is celebrating,\" said Suhail Shaheen, a spokesman for the office.\n"
     "In Kabul, Defense Secretary Mark Esper and NATO Secretary-General Jens Stoltenberg stood alongside "
     "President Ashraf Ghani as they issued a joint declaration with the Afghan government.\n"
     "President Donald Trump said he would \"be personally meeting with Taliban leaders in the not too "
     "distant future.\" Last September he abruptly called off a secret meeting with the insurgents at Camp "
     "David.",
     _group(_SIGNING, "2020-02-29") + [
      ("VISITED", POMPEO, DOHA, "at a hotel in the Qatari capital", "2020-02-29"),
      ("VISITED", KHALILZAD, DOHA, "at a hotel in the Qatari capital", "2020-02-29"),
      ("MET_WITH", POMPEO, TAMIM, "Pompeo then held talks with the emir", "2020-02-29"),
      ("LEADS", TAMIM, "country:qatar", "Pompeo then held talks with the emir"),
      ("SUCCESSOR_OF", BARADAR, STANEKZAI, "taking over from Sher Mohammad Abbas", "2019-01"),
      ("LEADS", BARADAR, TPO, "was named head of the Taliban's political office in Doha"),
      ("MEMBER_OF", SHAHEEN, TPO, "a spokesman for the office"),
      ]
     + _group(_KABUL20, "2020-02-29") + [
      ("VISITED", ESPER, KABUL, "In Kabul, Defense Secretary", "2020-02-29"),
      ("VISITED", STOLTENBERG, KABUL, "In Kabul, Defense Secretary", "2020-02-29"),
      ("LEADS", STOLTENBERG, NATO, "NATO Secretary-General Jens Stoltenberg"),
      ],
     {"source": "blind set (international wire, English)", "published": "2020-02-29"}),

    ("arLA3_khorasani_ttp_leaders", "ar",
     "مقتل عمر خالد خراساني القيادي في طالبان باكستان بانفجار شرقي أفغانستان\n"
     "إسلام آباد - الجزيرة نت\n"
     "أكدت حركة طالبان باكستان، الاثنين، مقتل القيادي البارز فيها عمر خالد خراساني، زعيم «جماعة الأحرار»، مع "
     "ثلاثة من رفاقه، إثر انفجار لغم أرضي استهدف سيارتهم في ولاية بكتيكا شرقي أفغانستان مساء الأحد.\n"
     "ولم تحدد الحركة الجهة التي تقف وراء الهجوم، في حين حمّل مقربون من خراساني أجهزة الاستخبارات الباكستانية "
     "المسؤولية، دون تقديم أدلة.\n"
     "ويأتي مقتله في وقت تجري فيه الحركة مفاوضات مع إسلام آباد في كابل، إذ التقى قائد فيلق بيشاور الفريق فيض "
     "حميد في يونيو وفداً من الحركة يقوده زعيمها المفتي نور ولي محسود، بحضور وزير الداخلية في حكومة طالبان "
     "سراج الدين حقاني، وفق مصادر باكستانية.\n"
     "ويقود نور ولي الحركة منذ يونيو 2018، حين اختير خلفاً لمولانا فضل الله الذي قُتل بغارة لطائرة مسيّرة "
     "أمريكية في ولاية كونار.\n"
     "وكان فضل الله قد تولى القيادة أواخر 2013 بعد مقتل سلفه حكيم الله محسود بضربة أمريكية مماثلة في "
     "وزيرستان الشمالية.\n"
     "أما مؤسس الحركة بيت الله محسود، الذي خلفه حكيم الله، فقد قُتل عام 2009 على يد وكالة المخابرات المركزية "
     "الأمريكية في غارة بطائرة مسيّرة.",
     [("MEMBER_OF", KHORASANI, TTP, "مقتل القيادي البارز فيها عمر خالد خراساني"),
      ("LEADS", KHORASANI, JUA, "زعيم «جماعة الأحرار»"),
      ]
     + _group(_JIRGA, "2022-06") + [
      ("VISITED", FAIZ, KABUL, "مع إسلام آباد في كابل", "2022-06"),
      ("LEADS", NOORWALI, TTP, "وفداً من الحركة يقوده زعيمها"),
      ("LEADS", SIRAJ, AFINT, "بحضور وزير الداخلية في حكومة طالبان"),
      ("SUCCESSOR_OF", NOORWALI, FAZLULLAH, "حين اختير خلفاً لمولانا فضل الله", "2018-06"),
      ("ASSASSINATED_BY", FAZLULLAH, US, "الذي قُتل بغارة لطائرة مسيّرة", "2018-06-13"),
      ("ATTACKED", US, KUNAR, "في ولاية كونار", "2018-06-13"),
      ("SUCCESSOR_OF", FAZLULLAH, HAKIMULLAH, "بعد مقتل سلفه حكيم الله محسود", "2013-11"),
      ("ASSASSINATED_BY", HAKIMULLAH, US, "بضربة أمريكية مماثلة", "2013-11-01"),
      ("SUCCESSOR_OF", HAKIMULLAH, BAITULLAH, "الذي خلفه حكيم الله", "2009-08"),
      ("ASSASSINATED_BY", BAITULLAH, CIA, "على يد وكالة المخابرات المركزية", "2009-08-05"),
      ("LEADS", BAITULLAH, TTP, "أما مؤسس الحركة بيت الله محسود"),
      ],
     {"source": "blind set (Al Jazeera-like Arabic channel site)", "published": "2022-08-08"}),

    ("enLA4_qureshi_faiz_kabul", "en",
     "Qureshi, ISI chief meet Taliban leadership in Kabul\n"
     "KABUL: Foreign Minister Shah Mahmood Qureshi on Thursday called on Mullah Mohammad Hassan Akhund, the "
     "acting prime minister of Afghanistan's interim government, on his first visit to Kabul since the "
     "Taliban takeover in August.\n"
     "Director General of the Inter-Services Intelligence Lt Gen Faiz Hameed accompanied the minister, and "
     "the meeting was also attended by acting deputy prime minister Mullah Abdul Ghani Baradar and acting "
     "foreign minister Amir Khan Muttaqi, the Foreign Office said.\n"
     "Later, Mr Qureshi and Mr Muttaqi held delegation-level talks at the Afghan foreign ministry, joined by "
     "Pakistan's ambassador in Kabul, Mansoor Ahmad Khan.\n"
     "Lt Gen Hameed, who has been posted as Peshawar corps commander, is to hand over the spy agency next "
     "month to Lt Gen Nadeem Ahmed Anjum, named to replace him after a weeks-long delay in the notification "
     "by Prime Minister Imran Khan.\n"
     "Mr Qureshi told reporters that Pakistan had raised the presence of the banned Tehreek-i-Taliban "
     "Pakistan on Afghan soil.\n"
     "He did not meet the Taliban's supreme leader, Hibatullah Akhundzada, who has not appeared in public, "
     "and a meeting with former president Hamid Karzai planned for the evening was cancelled.",
     _group(_CALL, "2021-10-21") + [
      ("MET_WITH", QURESHI, MANSOORK, "joined by Pakistan's ambassador", "2021-10-21"),
      ("MET_WITH", MUTTAQI, MANSOORK, "joined by Pakistan's ambassador", "2021-10-21"),
      ("VISITED", QURESHI, KABUL, "on his first visit to Kabul", "2021-10-21"),
      ("LEADS", QURESHI, PAKMFA, "KABUL: Foreign Minister Shah Mahmood Qureshi"),
      ("LEADS", AKHUND, TGOV, "the acting prime minister of Afghanistan's interim government"),
      ("LEADS", FAIZ, ISI, "Director General of the Inter-Services Intelligence"),
      ("LEADS", MUTTAQI, AFMFA, "and acting foreign minister Amir Khan Muttaqi"),
      ("SUCCESSOR_OF", ANJUM, FAIZ, "named to replace him", "2021-11"),
      ("LEADS", ANJUM, ISI, "is to hand over the spy agency next"),
      ],
     {"source": "blind set (Pakistani English daily)", "published": "2021-10-22"}),

    ("arLA5_wang_yi_kabul_trilateral", "ar",
     "وانغ يي في كابول.. اجتماع ثلاثي صيني باكستاني أفغاني لتمديد الممر الاقتصادي\n"
     "كابول - وكالات\n"
     "عقد وزير الخارجية الصيني وانغ يي، أمس الأربعاء في كابول، الاجتماع السادس لوزراء خارجية الصين وباكستان "
     "وأفغانستان، بمشاركة نائب رئيس الوزراء وزير الخارجية الباكستاني إسحق دار ووزير خارجية حكومة طالبان أمير "
     "خان متقي.\n"
     "وحضر الاجتماع السفير الصيني لدى أفغانستان تشاو شينغ، بحسب بيان للخارجية الأفغانية، واتفق المشاركون على "
     "تمديد الممر الاقتصادي الصيني الباكستاني إلى الأراضي الأفغانية.\n"
     "وكان وانغ قد التقى، لدى وصوله الثلاثاء، الملا عبد الغني برادر نائب رئيس الوزراء للشؤون الاقتصادية، فيما "
     "استقبل رئيس الوزراء الملا محمد حسن آخوند الوزيرين الصيني والباكستاني، كلاً على حدة.\n"
     "ويشغل وانغ منصب وزير الخارجية منذ يوليو 2023، حين أعيد تعيينه بدلاً من تشين غانغ الذي أقيل بعد سبعة "
     "أشهر في المنصب.\n"
     "وكان الاجتماع الخامس قد عقد في إسلام آباد في مايو 2023 بمشاركة تشين غانغ ووزير الخارجية الباكستاني "
     "آنذاك بيلاول بوتو زرداري ومتقي.\n"
     "ومن المقرر أن يتوجه وانغ إلى إسلام آباد لعقد جولة الحوار الاستراتيجي السادسة مع دار.",
     _group(_TRI25, "2025-08-20") + [
      ("VISITED", WANG, KABUL, "أمس الأربعاء في كابول", "2025-08-20"),
      ("VISITED", DAR, KABUL, "أمس الأربعاء في كابول", "2025-08-20"),
      ("LEADS", DAR, PAKMFA, "وزير الخارجية الباكستاني إسحق دار"),
      ("LEADS", MUTTAQI, AFMFA, "ووزير خارجية حكومة طالبان أمير خان متقي"),
      ("MET_WITH", WANG, BARADAR, "الملا عبد الغني برادر نائب رئيس الوزراء", "2025-08-19"),
      ("MET_WITH", AKHUND, WANG, "استقبل رئيس الوزراء الملا محمد حسن آخوند", "2025-08"),
      ("MET_WITH", AKHUND, DAR, "استقبل رئيس الوزراء الملا محمد حسن آخوند", "2025-08"),
      ("LEADS", AKHUND, TGOV, "استقبل رئيس الوزراء الملا محمد حسن آخوند"),
      ("SUCCESSOR_OF", WANG, QIN, "حين أعيد تعيينه بدلاً من تشين غانغ", "2023-07"),
      ]
     + _group(_TRI23, "2023-05-06") + [
      ("VISITED", QIN, ISLAMABAD, "قد عقد في إسلام آباد في مايو 2023", "2023-05-06"),
      ("VISITED", MUTTAQI, ISLAMABAD, "قد عقد في إسلام آباد في مايو 2023", "2023-05-06"),
      ],
     {"source": "blind set (Emirati Arabic daily)", "published": "2025-08-21"}),

    ("enLA6_saif_al_adel_qaeda_leader", "en",
     "US says Iran-based Saif al-Adel now heads Al-Qaeda\n"
     "Washington (AFP) - The United States believes that Saif al-Adel, an Egyptian veteran of the jihadist "
     "network who is based in Iran, has succeeded Ayman al-Zawahiri as the de facto leader of Al-Qaeda, the "
     "State Department said Wednesday.\n"
     "\"Our assessment is in line with that of the UN,\" State Department spokesman Ned Price told reporters, "
     "adding that the group had not formally named a new emir.\n"
     "Zawahiri, who took over the network after US Navy SEALs killed Usama bin Laden in Pakistan in 2011, "
     "was himself killed by a US drone strike on a house in Kabul last July.\n"
     "Several of his lieutenants died before him. Asim Umar, the head of Al-Qaeda in the Indian Subcontinent "
     "(AQIS), was killed in 2019 in a joint operation by US forces and Afghanistan's National Directorate of "
     "Security (NDS) in Helmand province, and the group later named Osama Mahmood to replace him.\n"
     "Abu Muhsin al-Masri, a senior figure in the network wanted by the FBI, was killed the following year "
     "by NDS special forces in Ghazni, the agency said.\n"
     "Al-Qaeda's number two, Abu Mohammed al-Masri, was shot dead in Tehran in August 2020, a killing Iran "
     "has denied.\n"
     "Hamza bin Laden, the founder's son once groomed as a future leader, died in a US counterterrorism "
     "operation in the region, then-president Donald Trump said in 2019.",
     [("SUCCESSOR_OF", SAIF, ZAWAHIRI, "has succeeded Ayman al-Zawahiri", "2022"),
      ("LEADS", SAIF, AQ, "as the de facto leader of Al-Qaeda"),
      ("MEMBER_OF", PRICE, USSD, "State Department spokesman Ned Price"),
      ("SUCCESSOR_OF", ZAWAHIRI, BINLADEN, "who took over the network after", "2011-06"),
      ("ASSASSINATED_BY", BINLADEN, US, "US Navy SEALs killed Usama bin Laden", "2011-05-02"),
      ("ASSASSINATED_BY", ZAWAHIRI, US, "was himself killed by a US drone strike", "2022-07-31"),
      ("ATTACKED", US, KABUL, "on a house in Kabul last July", "2022-07-31"),
      ("LEADS", UMAR, AQIS, "the head of Al-Qaeda in the Indian Subcontinent"),
      ("ASSASSINATED_BY", UMAR, US, "in a joint operation by US forces", "2019-09"),
      ("ASSASSINATED_BY", UMAR, NDS, "in a joint operation by US forces", "2019-09"),
      ("SUCCESSOR_OF", OSAMAM, UMAR, "named Osama Mahmood to replace him", "2019"),
      ("LEADS", OSAMAM, AQIS, "named Osama Mahmood to replace him"),
      ("ASSASSINATED_BY", ABUMUHSIN, NDS, "by NDS special forces in Ghazni", "2020-10"),
      ("MEMBER_OF", ABUMUHSIN, AQ, "a senior figure in the network"),
      ("ASSASSINATED_BY", HAMZA, US, "died in a US counterterrorism", "2019"),
      ],
     {"source": "blind set (international wire, English)", "published": "2023-02-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLA")
