"""Blind set DU: Houthi leaders killed and replaced, Saudi-Houthi and US-Houthi channels, the
Presidential Leadership Council abroad, 2018-2025 (regional-daily and wire style): the burial of
al-Rahawi and his ministers after the Israeli strike, Mohammed Miftah sworn in as acting premier
(AP-style, Sep 2025); the Houthi delegation of Abdulsalam received in Riyadh by Khalid bin Salman
with the Omani mediators, a meeting with the crown prince that did not happen (Asharq Al-Awsat-
style, Sep 2023); al-Alimi in New York meeting Guterres and Blinken, a planned meeting with
Araghchi that did not take place (The National-style, Sep 2024); the fifth anniversary of
al-Sammad's killing by the coalition, a Sanaa court convicting Trump and Mohammed bin Salman,
al-Mashaat and bin Habtoor (Al-Araby Al-Jadeed-style, Apr 2023); the Omani-brokered US-Houthi
truce after US strikes, a phone call with Witkoff, Houthi missiles on Israel and Israeli strikes on
Hodeidah (The National-style, May 2025); a profile of al-Rahawi, named in place of bin Habtoor and
killed in a strike with no stated agent (Arabic profile, Sep 2025).
Style: en/ar alternating; titles before names; lists; clitics (بالرهوي); negation; planned
meetings; phone calls; killings with and without a stated agent; a court conviction.
Spellings: al-Huthi, Mashat / al-Mashaat, Abdul Salam, Grundburg.
Written and annotated blind (extractor neither read nor run). A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_du/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_du import ALL  # noqa: E402

HERE = Path(__file__).parent

MASH, SAMM, ABDS, AMH = ("person:mahdi-al-mashat", "person:saleh-al-sammad", "person:mohammed-abdulsalam",
                         "person:abdul-malik-al-houthi")
RAH, MIF, HAB, HSD = ("person:ahmed-al-rahawi", "person:mohammed-miftah", "person:abdulaziz-bin-habtoor",
                      "person:hashem-sharaf-al-din")
KATZ, SAR, KBS, JAB, AJR = ("person:israel-katz", "person:yahya-saree", "person:khalid-bin-salman",
                            "person:mohammed-al-jaber", "person:abdulmalik-al-ajri")
BAW, MBS, ALI, GUT, BLI = ("person:abdullah-al-alimi-bawazir", "person:mohammed-bin-salman",
                           "person:rashad-al-alimi", "person:antonio-guterres", "person:antony-blinken")
HADI, ZIN, GRU, ARA, TRU = ("person:abdrabbuh-mansour-hadi", "person:shaya-al-zindani", "person:hans-grundberg",
                            "person:abbas-araghchi", "person:donald-trump")
OCA, BUS, WIT, HEG, NET = ("person:ismail-ould-cheikh-ahmed", "person:badr-albusaidi", "person:steve-witkoff",
                           "person:pete-hegseth", "person:benjamin-netanyahu")
JAM, ATI = "person:jamal-amer", "person:mohammed-al-atifi"
SPC, HOU, HGOV, PLC = ("organization:houthi-supreme-political-council", "organization:houthis",
                       "organization:houthi-government", "organization:presidential-leadership-council")
UN, COAL = "organization:united-nations", "organization:saudi-led-coalition"
ISR, US = "country:israel", "country:united-states"

ARTICLES = [
    ("enDU1_rahawi_buried_miftah_sworn", "en",
     "SANAA, Yemen (AP) — Tens of thousands of Houthi supporters on Monday buried Ahmed Ghaleb "
     "al-Rahawi, the rebels' prime minister, and several of his ministers who were killed in an "
     "Israeli airstrike on the Yemeni capital last week.\n"
     "Israel's military said it had struck a gathering of senior Houthi officials. Defense Minister "
     "Israel Katz wrote that the Houthi leadership would \"pay a heavy price\" for firing missiles at "
     "Israel.\n"
     "Mohammed Miftah, the first deputy prime minister, was sworn in as acting premier in place of "
     "al-Rahawi before Mahdi al-Mashat, head of the Supreme Political Council, the rebel-run Saba "
     "news agency reported.\n"
     "Information Minister Hashem Sharaf al-Din was among those killed in the Israeli strike, the "
     "rebels said, without giving a full list.\n"
     "The rebels' leader, Abdul-Malik al-Huthi, vowed revenge in a televised address. Hours later, "
     "Houthi military spokesman Yahya Saree claimed a missile attack on Israel's Ben Gurion airport.\n"
     "Al-Rahawi, a southerner from Abyan province, had led the rebel government since August 2024, "
     "when he replaced Abdulaziz bin Habtoor.",
     [("ASSASSINATED_BY", RAH, ISR, "killed in an Israeli airstrike", "2025-08-28"),
      ("LEADS", RAH, HGOV, "the rebels' prime minister"),
      ("LEADS", KATZ, "organization:israeli-defense-ministry", "Defense Minister"),
      ("SUCCESSOR_OF", MIF, RAH, "sworn in as acting premier in place of", "2025-09"),
      ("MEMBER_OF", MIF, HGOV, "the first deputy prime minister"),
      ("LEADS", MASH, SPC, "head of the Supreme Political Council"),
      ("MEMBER_OF", HSD, HGOV, "Information Minister Hashem"),
      ("ASSASSINATED_BY", HSD, ISR, "among those killed in the Israeli strike", "2025-08-28"),
      ("LEADS", AMH, HOU, "The rebels' leader"),
      ("MEMBER_OF", SAR, HOU, "Houthi military spokesman"),
      ("ATTACKED", HOU, ISR, "claimed a missile attack on Israel"),
      ("SUCCESSOR_OF", RAH, HAB, "when he replaced Abdulaziz", "2024-08"),
      ],
     {"source": "blind set (AP-style)", "published": "2025-09-01"}),

    ("arDU2_houthi_delegation_riyadh", "ar",
     "استقبل وزير الدفاع السعودي الأمير خالد بن سلمان، الثلاثاء، في الرياض وفد صنعاء التفاوضي "
     "برئاسة محمد عبد السلام، بحضور الوفد العماني الوسيط، في ختام زيارة استمرت خمسة أيام هي الأولى "
     "لوفد حوثي إلى المملكة منذ اندلاع الحرب.\n"
     "وأكد الأمير خالد، في تدوينة على منصة «إكس»، حرص المملكة على «تحقيق سلام شامل ودائم في اليمن».\n"
     "وكان الوفد قد عقد سلسلة اجتماعات مع فريق سعودي يقوده السفير محمد آل جابر، الذي زار صنعاء في "
     "نيسان (أبريل) الماضي. وضم الوفد عضو المكتب السياسي للجماعة عبد الملك العجري.\n"
     "ولم يلتقِ الوفد ولي العهد الأمير محمد بن سلمان، بحسب مصادر مطلعة تحدثت لـ«الشرق الأوسط».\n"
     "وقال عضو مجلس القيادة الرئاسي عبد الله العليمي باوزير إن المجلس «اطّلع أولاً بأول» على نتائج "
     "الزيارة، وإن أي تسوية يجب أن تتم «تحت مظلة الأمم المتحدة».\n"
     "وعاد الوفد إلى صنعاء عبر مسقط، فيما وصف عبد السلام المحادثات بأنها «إيجابية».",
     [("LEADS", KBS, "organization:saudi-defence-ministry", "استقبل وزير الدفاع السعودي"),
      ("MET_WITH", KBS, ABDS, "استقبل وزير الدفاع السعودي", "2023-09-19"),
      ("VISITED", ABDS, "location:riyadh", "وفد صنعاء التفاوضي", "2023-09"),
      ("MET_WITH", ABDS, JAB, "عقد سلسلة اجتماعات مع فريق سعودي", "2023-09"),
      ("VISITED", JAB, "location:sanaa", "الذي زار صنعاء", "2023-04"),
      ("MEMBER_OF", AJR, HOU, "عضو المكتب السياسي للجماعة"),
      ("MEMBER_OF", BAW, PLC, "عضو مجلس القيادة الرئاسي عبد الله"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2023-09-20"}),

    ("enDU3_alimi_new_york_guterres", "en",
     "NEW YORK // Rashad al-Alimi, chairman of Yemen's Presidential Leadership Council, met UN "
     "Secretary-General Antonio Guterres on the sidelines of the General Assembly on Wednesday and "
     "urged stronger pressure on the Houthis to free detained UN staff.\n"
     "Mr al-Alimi, who took over from Abd Rabbuh Mansour Hadi in April 2022 when the former president "
     "handed his powers to the council, also held talks with the US Secretary of State, Antony "
     "Blinken, on Red Sea security, Yemen's official news agency said.\n"
     "He was accompanied by Foreign Minister Shaya al-Zindani, who separately met the UN envoy, Hans "
     "Grundburg, to discuss the fate of the road map agreed in principle last December.\n"
     "The Houthis have detained dozens of UN and aid staff since June, accusing some of spying for "
     "the United States and Israel, a charge the UN rejects.\n"
     "A meeting with Iran's Foreign Minister Abbas Araghchi, floated by Yemeni diplomats earlier in "
     "the week, did not take place, officials said.",
     [("LEADS", ALI, PLC, "chairman of Yemen's Presidential Leadership Council"),
      ("VISITED", ALI, "location:new-york", "NEW YORK //", "2024-09"),
      ("MET_WITH", ALI, GUT, "met UN Secretary-General Antonio", "2024-09"),
      ("LEADS", GUT, UN, "Secretary-General Antonio Guterres"),
      ("SUCCESSOR_OF", ALI, HADI, "who took over from Abd Rabbuh", "2022-04"),
      ("MET_WITH", ALI, BLI, "also held talks with the US Secretary", "2024-09"),
      ("LEADS", BLI, "organization:us-state-department", "the US Secretary of State"),
      ("LEADS", ZIN, "organization:yemeni-foreign-ministry", "accompanied by Foreign Minister"),
      ("MET_WITH", ZIN, GRU, "who separately met the UN envoy", "2024-09"),
      ("MEMBER_OF", GRU, UN, "who separately met the UN envoy"),
      ("LEADS", ARA, "organization:iranian-foreign-ministry", "Iran's Foreign Minister Abbas"),
      ],
     {"source": "blind set (The National-style)", "published": "2024-09-26"}),

    ("arDU4_sammad_anniversary_court", "ar",
     "أحيت جماعة الحوثيين، الأربعاء، الذكرى الخامسة لمقتل رئيس المجلس السياسي الأعلى السابق صالح "
     "الصماد، الذي قُتل بغارة لطيران التحالف بقيادة السعودية في مدينة الحديدة في نيسان (أبريل) 2018.\n"
     "وقال رئيس المجلس مهدي المشّاط، الذي خلف الصماد في المنصب بعد أيام من مقتله، في كلمة بالمناسبة "
     "بثتها قناة المسيرة، إن «مشروع الشهيد الصماد سيبقى حاضراً».\n"
     "وكانت المحكمة الجزائية المتخصصة في صنعاء قد دانت الرئيس الأميركي السابق دونالد ترامب وولي "
     "العهد السعودي محمد بن سلمان بقتل الصماد، وأصدرت بحقهما وآخرين أحكاماً غيابية بالإعدام، في حكم "
     "وصفته الحكومة المعترف بها دولياً بأنه «مسرحية هزلية».\n"
     "وبحث المشاط، بالتزامن مع المناسبة، مع رئيس حكومة صنعاء عبد العزيز بن حبتور في القصر الجمهوري "
     "ترتيبات صرف نصف راتب للموظفين.\n"
     "ويُنسب إلى الصماد شعار «يد تبني ويد تحمي». وكان قد رفض عام 2017 لقاء المبعوث الأممي آنذاك "
     "إسماعيل ولد الشيخ أحمد، متهماً إياه بالانحياز.",
     [("LEADS", SAMM, SPC, "لمقتل رئيس المجلس السياسي الأعلى السابق"),
      ("ASSASSINATED_BY", SAMM, COAL, "بغارة لطيران التحالف بقيادة السعودية", "2018-04"),
      ("LEADS", MASH, SPC, "وقال رئيس المجلس مهدي"),
      ("SUCCESSOR_OF", MASH, SAMM, "الذي خلف الصماد في المنصب", "2018-04"),
      ("REPORTED_BY", MASH, "outlet:al-masirah", "بثتها قناة المسيرة"),
      ("ASSASSINATED_BY", SAMM, TRU, "دانت الرئيس الأميركي السابق"),
      ("ASSASSINATED_BY", SAMM, MBS, "دانت الرئيس الأميركي السابق"),
      ("LEADS", TRU, US, "الرئيس الأميركي السابق دونالد"),
      ("MET_WITH", MASH, HAB, "وبحث المشاط، بالتزامن", "2023-04"),
      ("LEADS", HAB, HGOV, "مع رئيس حكومة صنعاء"),
      ("MEMBER_OF", OCA, UN, "المبعوث الأممي آنذاك"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2023-04-19"}),

    ("enDU5_oman_us_houthi_truce", "en",
     "MUSCAT // Oman's Foreign Minister Badr Albusaidi announced on Tuesday that the US and the "
     "Houthis had agreed to stop targeting each other, ending nearly two months of American air "
     "strikes on Yemen.\n"
     "President Donald Trump told reporters at the White House that the rebels had \"capitulated\" "
     "and would no longer attack ships, adding that Washington would \"honour their word.\"\n"
     "The US launched an intensified campaign of strikes on Houthi targets on March 15, which "
     "Defence Secretary Pete Hegseth said had hit more than 1,000 sites.\n"
     "Mr Albusaidi met the Houthi negotiator Mohammed Abdul Salam in Muscat on Monday, according to "
     "the Oman News Agency, and spoke by telephone with the US envoy Steve Witkoff.\n"
     "Abdul Salam told Al Mayadeen that the deal \"does not include Israel in any way.\" Two days "
     "earlier, a Houthi missile had struck near Israel's Ben Gurion airport, and Israeli jets "
     "then pounded the port of Hodeidah in retaliation.\n"
     "Prime Minister Benjamin Netanyahu said Israel would defend itself \"alone if necessary.\"",
     [("LEADS", BUS, "organization:omani-foreign-ministry", "Oman's Foreign Minister Badr"),
      ("LEADS", TRU, US, "President Donald Trump"),
      ("ATTACKED", US, HOU, "intensified campaign of strikes on Houthi targets", "2025-03-15"),
      ("LEADS", HEG, "organization:us-department-of-defense", "Defence Secretary Pete"),
      ("MET_WITH", BUS, ABDS, "met the Houthi negotiator", "2025-05-05"),
      ("MEMBER_OF", ABDS, HOU, "met the Houthi negotiator"),
      ("REPORTED_BY", ABDS, "outlet:al-mayadeen", "told Al Mayadeen"),
      ("ATTACKED", HOU, ISR, "a Houthi missile had struck near Israel", "2025-05-04"),
      ("ATTACKED", ISR, "location:hodeidah", "pounded the port of Hodeidah", "2025-05"),
      ("LEADS", NET, ISR, "Prime Minister Benjamin"),
      ],
     {"source": "blind set (The National-style)", "published": "2025-05-07"}),

    ("arDU6_rahawi_profile", "ar",
     "من هو أحمد غالب الرهوي، رئيس حكومة صنعاء الذي قُتل الخميس الماضي في غارة استهدفت اجتماعاً "
     "حكومياً في العاصمة؟\n"
     "ينحدر الرهوي من محافظة أبين الجنوبية، وكان من قيادات حزب المؤتمر الشعبي العام قبل أن ينحاز إلى "
     "جماعة الحوثيين بعد عام 2014. وعيّنه رئيس المجلس السياسي الأعلى مهدي المشاط في آب (أغسطس) 2024 "
     "رئيساً لحكومة جديدة خلفاً لعبد العزيز بن حبتور، الذي أصبح عضواً في المجلس.\n"
     "ونص قرار التشكيل على تعيين محمد مفتاح نائباً أول لرئيس الوزراء، وجمال عامر وزيراً للخارجية، "
     "ومحمد ناصر العاطفي وزيراً للدفاع.\n"
     "والتقى المشاط بالرهوي وأعضاء حكومته عقب أدائهم اليمين الدستورية، داعياً إياهم إلى «حكومة "
     "تغيير وبناء».\n"
     "وخلال عام في المنصب، اجتمع الرهوي مرات عدة بقائد الجماعة عبد الملك الحوثي في صعدة، وفق "
     "مقربين منه، لكنه ظل بعيداً عن الملفات العسكرية التي يديرها رئيس هيئة الأركان.\n"
     "ولم يعلن أي طرف حتى الآن مسؤوليته عن الغارة، وفق الرواية الرسمية للجماعة.",
     [("LEADS", RAH, HGOV, "رئيس حكومة صنعاء الذي قُتل"),
      ("MEMBER_OF", RAH, "organization:general-peoples-congress", "وكان من قيادات حزب المؤتمر"),
      ("SUPPORTS", RAH, HOU, "قبل أن ينحاز إلى"),
      ("LEADS", MASH, SPC, "وعيّنه رئيس المجلس السياسي الأعلى"),
      ("SUCCESSOR_OF", RAH, HAB, "رئيساً لحكومة جديدة خلفاً لعبد العزيز", "2024-08"),
      ("MEMBER_OF", HAB, SPC, "الذي أصبح عضواً في المجلس"),
      ("MEMBER_OF", MIF, HGOV, "تعيين محمد مفتاح نائباً أول"),
      ("MEMBER_OF", JAM, HGOV, "وجمال عامر وزيراً للخارجية"),
      ("MEMBER_OF", ATI, HGOV, "ومحمد ناصر العاطفي وزيراً للدفاع"),
      ("MET_WITH", MASH, RAH, "والتقى المشاط بالرهوي", "2024-08"),
      ("MET_WITH", RAH, AMH, "اجتمع الرهوي مرات عدة", "2024"),
      ("LEADS", AMH, HOU, "بقائد الجماعة عبد الملك"),
      ],
     {"source": "blind set (Arabic profile)", "published": "2025-09-03"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDU")
