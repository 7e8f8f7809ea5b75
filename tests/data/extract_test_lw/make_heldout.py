"""Blind set LW: Syria, Yemen and the Gulf, 2018-2025 (Saudi talks with the Houthis in Riyadh and Sanaa,
al-Sharaa's Gulf and Turkish trips, the Syrian ministers in Ankara, the Houthis' leaders and the men
killed before them, Omani mediation and Oman's sultans, the Yemeni presidential council received in
Riyadh), as a Saudi news site writes it (Sabq-like: "الرياض - سبق", "صاحب السمو الملكي ... وزير
الدفاع"), as a Gulf TV site writes it in English (Al Arabiya English-like), as a Lebanese news site writes
it (Al-Modon-like: "أنقرة - المدن", "كانون الثاني", «» around a nom de guerre), as a weekly's briefing
writes it (Economist-like: no dateline, "Mr Huthi", "August 28th"), as an Omani daily writes it (Al-Roya-
like: "مسقط - الرؤية", "معالي السيد", "حضرة صاحب الجلالة") and as a Yemeni news site writes it in English
(Yemen Monitor-like: "ADEN (Yemen Monitor) -").
Pieces: Khalid bin Salman receives the Houthi delegation under Abdulsalam with Al Jaber present, Al
Jaber's April talks with al-Mashat in Sanaa, al-Mashat after al-Sammad, al-Sammad killed by a coalition
air strike (Arabic, Saudi site); al-Sharaa received by Tamim in Doha with al-Shibani, al-Shibani meets the
Qatari prime minister, al-Sharaa's talks with Mohamed bin Zayed, bin Salman and Erdogan, al-Sharaa in
Assad's place, Tamim's visit to Damascus (English, Gulf TV); Fidan's talks with al-Shaibani, Abu Qasra
and Khattab in Ankara, Abu Qasra meets Guler, Khattab meets Kalin, Abu Qasra after Ali Mahmoud Abbas,
Fidan met al-Jolani in Damascus (Arabic, Lebanese site); al-Rahawi and al-Ghamari killed by Israel,
al-Madani in al-Ghamari's stead, Abdul-Malik al-Houthi after his brother Hussein, killed by government
troops, al-Mashat after al-Sammad, killed by a coalition strike, Saleh killed by the Houthis, Miftah
after al-Rahawi (English, briefing); Albusaidi receives Abdulsalam and then Grundberg, Haitham bin Tariq
received Assad, Haitham after Qaboos (Arabic, Omani daily); Khalid bin Salman receives al-Alimi with
al-Zubaidi and Tareq Saleh, al-Alimi after Hadi, Grundberg meets al-Zubaidi (English, Yemeni site).
Excluded on purpose (no relation): the Houthi delegation's "series of meetings with Saudi officials"
(no one named) and al-Alimi's phone call from Khalid bin Salman (LW1); the Kuwait stop "announced" that
"has not yet taken place" and the phone call with Sultan Haitham (LW2); Erdogan, who "had intended to
receive the delegation" (LW3); Abdul-Malik al-Houthi, who "has not been seen meeting a foreign official in
years", and the messages carried by Abdulsalam (LW4); Witkoff's phone call with Albusaidi (LW5); Jawas,
killed by a car bomb that "no group claimed" and whom the Houthis "accuse" of killing their founder, and
the "postponed" meeting of al-Alimi with a Houthi delegation (LW6).
Judgement calls: a minister who receives a delegation "headed by" someone "in the presence of" the
ambassador pairs all three (LW1); the foreign minister who "accompanied" the president is paired with
the president and with the host (LW2); the named members of a delegation "headed" by the foreign minister
are all paired with the host (LW3); "was named president for the transitional period in January,
replacing Bashar al-Assad" is a succession (LW2); "the Houthis admitted that ... had died of wounds from
an Israeli raid" gives the victim -> Israel (LW4); "took over the movement in 2004 after government troops
killed his elder brother" gives the succession and the killing by the (Yemeni) government's army (LW4);
"acting prime minister since al-Rahawi's death" is a succession (LW4); "took over from President Hadi
... when Hadi transferred his powers to the council" is a succession (LW6).
Filled in for the exercise: Al Jaber's presence (LW1); the day of the Abdulsalam and Grundberg meetings
in Muscat (LW5); the Riyadh meeting of Khalid bin Salman with al-Alimi, al-Zubaidi and Tareq Saleh, and
Grundberg's with al-Zubaidi, and the postponed meeting (LW6).
Spellings: "مهدي المشّاط", "صالح علي الصماد" (LW1); "Ahmad al-Sharaa", "Asaad Hassan al-Shibani", "Abu
Mohammad al-Jolani", "Sheikh Mohamed bin Zayed Al Nahyan" (LW2); "هاكان فيدان", "إبراهيم قالن", "يشار
غولر", "«أبو محمد الجولاني»" (LW3); "Abdulmalik al-Huthi", "Yusuf al-Madani", "Muhammad Miftah", "Saleh
al-Sammad", "Mr Mashat" (LW4); "بدر بن حمد البوسعيدي", "هانس غروندبيرغ" (LW5); "Aidaroos al-Zubaidi",
"Abd-Rabbu Mansour Hadi" (LW6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_lw import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, YEMEN, SAUDI, OMAN, QATAR, UAE, ISRAEL, TURKEY = (
    "country:syria", "country:yemen", "country:saudi-arabia", "country:oman", "country:qatar",
    "country:united-arab-emirates", "country:israel", "country:turkey")
DAMASCUS, RIYADH, MUSCAT, SANAA, DOHA, ANKARA, HODEIDAH = (
    "location:damascus", "location:riyadh", "location:muscat", "location:sanaa", "location:doha",
    "location:ankara", "location:hodeidah")
HOUTHIS, SPC, PLC, YAF, COALITION, HTS, SYRFM, OMFM, TRFM, TRMOD, MIT, SYRMOD, SYRGI, UN = (
    "organization:houthis", "organization:houthi-supreme-political-council",
    "organization:presidential-leadership-council", "organization:yemeni-armed-forces",
    "organization:saudi-led-coalition", "organization:hayat-tahrir-al-sham",
    "organization:syrian-foreign-ministry", "organization:omani-foreign-ministry",
    "organization:turkish-foreign-ministry", "organization:turkish-defence-ministry",
    "organization:turkish-national-intelligence-organization", "organization:syrian-defence-ministry",
    "organization:syrian-general-intelligence", "organization:united-nations")
SHARAA, ASSAD, SHAIBANI, ABUQASRA, KHATTAB, ABBAS = (
    "person:ahmed-al-sharaa", "person:bashar-al-assad", "person:asaad-al-shaibani", "person:murhaf-abu-qasra",
    "person:anas-khattab", "person:ali-mahmoud-abbas")
MBS, KBS, ALJABER, BUSAIDI, HAITHAM, QABOOS, TAMIM, MBAR, MBZ = (
    "person:mohammed-bin-salman", "person:khalid-bin-salman", "person:mohammed-al-jaber",
    "person:badr-albusaidi", "person:haitham-bin-tariq", "person:qaboos-bin-said",
    "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani", "person:mohamed-bin-zayed")
FIDAN, GULER, KALIN, ERDOGAN, GRUNDBERG = (
    "person:hakan-fidan", "person:yasar-guler", "person:ibrahim-kalin", "person:recep-tayyip-erdogan",
    "person:hans-grundberg")
ABDULMALIK_H, HUSSEIN_H, MASHAT, SAMMAD, RAHAWI, MIFTAH, GHAMARI, MADANI, ABDULSALAM, SALEH = (
    "person:abdul-malik-al-houthi", "person:hussein-badreddin-al-houthi", "person:mahdi-al-mashat",
    "person:saleh-al-sammad", "person:ahmed-al-rahawi", "person:mohammed-miftah", "person:mohammed-al-ghamari",
    "person:yousef-al-madani", "person:mohammed-abdulsalam", "person:ali-abdullah-saleh")
ALIMI, HADI, AHMAR, ZUBAIDI, TAREQ = (
    "person:rashad-al-alimi", "person:abdrabbuh-mansur-hadi", "person:ali-mohsen-al-ahmar",
    "person:aidarous-al-zubaidi", "person:tareq-saleh")


_RIYADH = {KBS: "استقبل صاحب السمو الملكي الأمير خالد بن سلمان", ABDULSALAM: "وفد صنعاء برئاسة محمد عبدالسلام",
           ALJABER: "بحضور سفير خادم الحرمين الشريفين لدى اليمن"}
_DOHA = {SHARAA: "was received by Emir Sheikh Tamim", TAMIM: "was received by Emir Sheikh Tamim",
         SHAIBANI: "The Syrian leader was accompanied by Foreign Minister"}
_ANKARA = {FIDAN: "عقد وزير الخارجية التركي هاكان فيدان", SHAIBANI: "مباحثات مع وزير الخارجية في الحكومة السورية",
           ABUQASRA: "وفد ضم وزير الدفاع مرهف أبو قصرة", KHATTAB: "ورئيس جهاز الاستخبارات العامة أنس خطاب"}
_KBS = {KBS: "received on Monday Rashad al-Alimi", ALIMI: "received on Monday Rashad al-Alimi",
        ZUBAIDI: "together with council members Aidaroos al-Zubaidi", TAREQ: "and Tareq Saleh, the Saudi Press"}

ARTICLES = [
    ("arLW1_khalid_bin_salman_sanaa_delegation", "ar",
     "وزير الدفاع يستقبل وفد صنعاء والوفد العماني\n"
     "الرياض - سبق\n"
     "استقبل صاحب السمو الملكي الأمير خالد بن سلمان بن عبدالعزيز وزير الدفاع، اليوم الثلاثاء في الرياض، "
     "وفد صنعاء برئاسة محمد عبدالسلام والوفد العماني المرافق له، بحضور سفير خادم الحرمين الشريفين لدى اليمن "
     "محمد بن سعيد آل جابر.\n"
     "وأكد سموه خلال الاستقبال وقوف المملكة مع اليمن وشعبه وحرصها على تشجيع الأطراف اليمنية للجلوس إلى "
     "طاولة الحوار.\n"
     "وكان الوفد قد وصل إلى المملكة الخميس الماضي في أول زيارة علنية له منذ اندلاع الحرب، وعقد سلسلة "
     "لقاءات مع مسؤولين سعوديين.\n"
     "وتأتي الزيارة بعد خمسة أشهر من زيارة آل جابر إلى صنعاء برفقة وفد عماني، حيث أجرى مباحثات مع رئيس "
     "المجلس السياسي الأعلى مهدي المشّاط.\n"
     "ويتولى المشاط رئاسة المجلس منذ أبريل 2018 خلفاً لصالح علي الصماد، الذي قُتل بغارة لطيران التحالف في "
     "الحديدة.\n"
     "وفي السياق، تلقى رئيس مجلس القيادة الرئاسي الدكتور رشاد العليمي اتصالاً هاتفياً من الأمير خالد بن "
     "سلمان أطلعه فيه على مجريات اللقاءات.",
     met_group(_RIYADH, "2023-09-19") + [
      ("VISITED", ABDULSALAM, RIYADH, "اليوم الثلاثاء في الرياض", "2023-09-19"),
      ("VISITED", ALJABER, SANAA, "من زيارة آل جابر إلى صنعاء", "2023-04-09"),
      ("MET_WITH", ALJABER, MASHAT, "حيث أجرى مباحثات مع رئيس", "2023-04-09"),
      ("LEADS", MASHAT, SPC, "المجلس السياسي الأعلى مهدي المشّاط"),
      ("SUCCESSOR_OF", MASHAT, SAMMAD, "خلفاً لصالح علي الصماد", "2018-04"),
      ("ASSASSINATED_BY", SAMMAD, COALITION, "الذي قُتل بغارة لطيران التحالف", "2018-04-19"),
      ("LEADS", ALIMI, PLC, "تلقى رئيس مجلس القيادة الرئاسي الدكتور رشاد العليمي"),
      ],
     {"source": "blind set (Saudi news site, Sabq-like)", "published": "2023-09-19"}),

    ("enLW2_sharaa_doha_tamim", "en",
     "Syria's al-Sharaa meets Qatar's emir in Doha on second Gulf trip\n"
     "Syrian President Ahmad al-Sharaa arrived in Doha on Tuesday and was received by Emir Sheikh Tamim bin "
     "Hamad Al Thani, two days after a visit to the United Arab Emirates where he held talks with President "
     "Sheikh Mohamed bin Zayed Al Nahyan.\n"
     "The Syrian leader was accompanied by Foreign Minister Asaad Hassan al-Shibani, who also met his Qatari "
     "counterpart, Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani.\n"
     "Al-Sharaa, who as Abu Mohammad al-Jolani led Hayat Tahrir al-Sham into Damascus in December, was named "
     "president for the transitional period in January, replacing Bashar al-Assad, who fled to Moscow.\n"
     "His first foreign trip as president took him to Riyadh in February, where he met Crown Prince Mohammed "
     "bin Salman, followed by Ankara and talks with President Recep Tayyip Erdogan.\n"
     "Sheikh Tamim was the first head of state to visit Damascus after Assad's fall, on January 30.\n"
     "A stop in Kuwait, announced by Syrian state media, has not yet taken place. Al-Sharaa also spoke by "
     "phone with Oman's Sultan Haitham bin Tariq.",
     met_group(_DOHA, "2025-04-15") + [
      ("VISITED", SHARAA, DOHA, "arrived in Doha on Tuesday", "2025-04-15"),
      ("LEADS", SHARAA, SYRIA, "Syrian President Ahmad al-Sharaa arrived"),
      ("LEADS", TAMIM, QATAR, "was received by Emir Sheikh Tamim"),
      ("MET_WITH", SHARAA, MBZ, "where he held talks with President", "2025-04-13"),
      ("VISITED", SHARAA, UAE, "two days after a visit to the United Arab Emirates", "2025-04-13"),
      ("LEADS", MBZ, UAE, "Sheikh Mohamed bin Zayed Al Nahyan"),
      ("MET_WITH", SHAIBANI, MBAR, "who also met his Qatari", "2025-04-15"),
      ("LEADS", SHAIBANI, SYRFM, "accompanied by Foreign Minister Asaad Hassan al-Shibani"),
      ("LEADS", SHARAA, HTS, "led Hayat Tahrir al-Sham into Damascus"),
      ("SUCCESSOR_OF", SHARAA, ASSAD, "replacing Bashar al-Assad, who fled to Moscow", "2025-01-29"),
      ("MET_WITH", SHARAA, MBS, "where he met Crown Prince Mohammed", "2025-02-02"),
      ("VISITED", SHARAA, RIYADH, "took him to Riyadh in February", "2025-02-02"),
      ("MET_WITH", SHARAA, ERDOGAN, "followed by Ankara and talks with President", "2025-02-04"),
      ("VISITED", SHARAA, ANKARA, "followed by Ankara and talks with President", "2025-02-04"),
      ("LEADS", ERDOGAN, TURKEY, "talks with President Recep Tayyip Erdogan"),
      ("VISITED", TAMIM, DAMASCUS, "the first head of state to visit Damascus", "2025-01-30"),
      ],
     {"source": "blind set (Gulf TV site in English, Al Arabiya English-like)", "published": "2025-04-15"}),

    ("arLW3_syrian_delegation_ankara", "ar",
     "فيدان يستقبل الشيباني وأبو قصرة وخطاب في أنقرة\n"
     "أنقرة - المدن\n"
     "عقد وزير الخارجية التركي هاكان فيدان، الأربعاء في أنقرة، مباحثات مع وزير الخارجية في الحكومة السورية "
     "المؤقتة أسعد الشيباني، الذي وصل على رأس وفد ضم وزير الدفاع مرهف أبو قصرة ورئيس جهاز الاستخبارات "
     "العامة أنس خطاب.\n"
     "وقال فيدان في مؤتمر صحافي مشترك إن أنقرة ستقف إلى جانب دمشق في مواجهة «التنظيمات الإرهابية»، فيما "
     "أكد ضيفه أن سوريا الجديدة لن تكون مصدر تهديد لجيرانها.\n"
     "كما التقى أبو قصرة، الذي عُيّن في منصبه أواخر كانون الأول خلفاً للعماد علي محمود عباس، نظيره التركي "
     "يشار غولر في مقر وزارة الدفاع، واجتمع خطاب برئيس جهاز الاستخبارات التركية إبراهيم قالن.\n"
     "ولم يشمل برنامج الزيارة لقاءً مع الرئيس رجب طيب أردوغان، الذي كان يعتزم استقبال الوفد قبل أن "
     "يتعذر ذلك بسبب ارتباطات مسبقة.\n"
     "وكان فيدان من أوائل وزراء الخارجية الذين زاروا دمشق بعد سقوط نظام بشار الأسد، إذ التقى هناك "
     "«أبو محمد الجولاني» في 22 كانون الأول.",
     met_group(_ANKARA, "2025-01-15") + [
      ("VISITED", SHAIBANI, ANKARA, "الذي وصل على رأس وفد", "2025-01-15"),
      ("VISITED", ABUQASRA, ANKARA, "وفد ضم وزير الدفاع مرهف أبو قصرة", "2025-01-15"),
      ("VISITED", KHATTAB, ANKARA, "ورئيس جهاز الاستخبارات العامة أنس خطاب", "2025-01-15"),
      ("LEADS", FIDAN, TRFM, "عقد وزير الخارجية التركي هاكان فيدان"),
      ("LEADS", SHAIBANI, SYRFM, "مباحثات مع وزير الخارجية في الحكومة السورية"),
      ("LEADS", ABUQASRA, SYRMOD, "وفد ضم وزير الدفاع مرهف أبو قصرة"),
      ("LEADS", KHATTAB, SYRGI, "ورئيس جهاز الاستخبارات العامة أنس خطاب"),
      ("SUCCESSOR_OF", ABUQASRA, ABBAS, "خلفاً للعماد علي محمود عباس", "2024-12-21"),
      ("MET_WITH", ABUQASRA, GULER, "يشار غولر في مقر وزارة الدفاع", "2025-01-15"),
      ("LEADS", GULER, TRMOD, "يشار غولر في مقر وزارة الدفاع"),
      ("MET_WITH", KHATTAB, KALIN, "واجتمع خطاب برئيس جهاز الاستخبارات التركية", "2025-01-15"),
      ("LEADS", KALIN, MIT, "واجتمع خطاب برئيس جهاز الاستخبارات التركية"),
      ("MET_WITH", FIDAN, SHARAA, "«أبو محمد الجولاني» في 22 كانون الأول", "2024-12-22"),
      ("VISITED", FIDAN, DAMASCUS, "الذين زاروا دمشق بعد سقوط", "2024-12-22"),
      ],
     {"source": "blind set (Lebanese news site, Al-Modon-like)", "published": "2025-01-15"}),

    ("enLW4_who_runs_the_houthis", "en",
     "Who runs the Houthis now?\n"
     "Israel's air campaign has thinned the ranks of Yemen's Houthi movement. On August 28th an Israeli "
     "strike on a cabinet meeting in Sanaa killed the group's prime minister, Ahmed al-Rahawi, and about half "
     "his ministers. In October the Houthis admitted that Mohammed al-Ghamari, their chief of staff, had died "
     "of wounds from an Israeli raid; Yusuf al-Madani, a veteran commander, was named in his stead.\n"
     "At the top sits Abdulmalik al-Huthi, who took over the movement in 2004 after government troops killed "
     "his elder brother, Hussein, its founder. Mr Huthi has not been seen meeting a foreign official in years; "
     "his messages go through Mohammed Abdulsalam, the spokesman, who lives in Muscat.\n"
     "The formal head of state is Mahdi al-Mashat, who chairs the Supreme Political Council. Mr Mashat got "
     "the job in 2018, after a Saudi-led coalition air strike killed his predecessor, Saleh al-Sammad, in "
     "Hodeidah.\n"
     "The movement has killed rivals, too: its fighters shot dead Ali Abdullah Saleh, the former president "
     "and its one-time ally, in December 2017.\n"
     "Muhammad Miftah, a cleric who has served as acting prime minister since al-Rahawi's death, is seen by "
     "many as the leader's real deputy.",
     [("ASSASSINATED_BY", RAHAWI, ISRAEL, "On August 28th an Israeli", "2025-08-28"),
      ("ASSASSINATED_BY", GHAMARI, ISRAEL, "of wounds from an Israeli raid", "2025"),
      ("SUCCESSOR_OF", MADANI, GHAMARI, "was named in his stead", "2025-10"),
      ("LEADS", ABDULMALIK_H, HOUTHIS, "At the top sits Abdulmalik al-Huthi"),
      ("SUCCESSOR_OF", ABDULMALIK_H, HUSSEIN_H, "who took over the movement in 2004", "2004"),
      ("ASSASSINATED_BY", HUSSEIN_H, YAF, "after government troops killed", "2004-09"),
      ("LEADS", MASHAT, SPC, "who chairs the Supreme Political Council"),
      ("SUCCESSOR_OF", MASHAT, SAMMAD, "killed his predecessor, Saleh al-Sammad", "2018-04"),
      ("ASSASSINATED_BY", SAMMAD, COALITION, "coalition air strike killed his predecessor", "2018-04-19"),
      ("ASSASSINATED_BY", SALEH, HOUTHIS, "its fighters shot dead Ali Abdullah Saleh", "2017-12-04"),
      ("SUCCESSOR_OF", MIFTAH, RAHAWI, "acting prime minister since al-Rahawi's death", "2025-08"),
      ],
     {"source": "blind set (weekly's briefing, Economist-like)", "published": "2025-10-23"}),

    ("arLW5_busaidi_abdulsalam_grundberg", "ar",
     "وزير الخارجية يستقبل رئيس الوفد الوطني اليمني والمبعوث الأممي\n"
     "مسقط - الرؤية\n"
     "استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية، أمس بديوان عام الوزارة، محمد عبدالسلام رئيس "
     "الوفد الوطني اليمني المفاوض، وجرى خلال اللقاء استعراض مستجدات الأوضاع في اليمن وجهود تثبيت التهدئة.\n"
     "كما التقى معاليه في وقت لاحق هانس غروندبيرغ المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن، "
     "الذي أطلعه على نتائج جولته الإقليمية.\n"
     "ويأتي ذلك بعد أيام من إعلان سلطنة عُمان نجاح وساطتها في التوصل إلى وقف لإطلاق النار بين الولايات "
     "المتحدة وجماعة أنصار الله، وهو الاتفاق الذي أشاد به المبعوث الأمريكي الخاص ستيف ويتكوف في اتصال هاتفي "
     "مع معاليه.\n"
     "وتضطلع السلطنة بدور الوسيط في عدد من ملفات المنطقة، وكان حضرة صاحب الجلالة السلطان هيثم بن طارق قد "
     "استقبل في فبراير 2023 الرئيس السوري آنذاك بشار الأسد في قصر البركة العامر.\n"
     "يذكر أن جلالته تولى مقاليد الحكم في يناير 2020 خلفاً للسلطان الراحل قابوس بن سعيد.",
     [("MET_WITH", BUSAIDI, ABDULSALAM, "محمد عبدالسلام رئيس", "2025-05"),
      ("LEADS", BUSAIDI, OMFM, "بدر بن حمد البوسعيدي وزير الخارجية"),
      ("MET_WITH", BUSAIDI, GRUNDBERG, "كما التقى معاليه في وقت لاحق هانس غروندبيرغ", "2025-05"),
      ("MET_WITH", HAITHAM, ASSAD, "استقبل في فبراير 2023 الرئيس السوري آنذاك بشار الأسد", "2023-02-20"),
      ("LEADS", HAITHAM, OMAN, "السلطان هيثم بن طارق"),
      ("SUCCESSOR_OF", HAITHAM, QABOOS, "خلفاً للسلطان الراحل قابوس بن سعيد", "2020-01-11"),
      ],
     {"source": "blind set (Omani daily, Al-Roya-like)", "published": "2025-05-12"}),

    ("enLW6_khalid_bin_salman_alimi", "en",
     "Saudi defense minister receives Yemen's presidential council chief in Riyadh\n"
     "ADEN (Yemen Monitor) - Saudi Defense Minister Prince Khalid bin Salman received on Monday Rashad "
     "al-Alimi, the head of Yemen's Presidential Leadership Council, together with council members Aidaroos "
     "al-Zubaidi and Tareq Saleh, the Saudi Press Agency reported.\n"
     "The prince reaffirmed the kingdom's support for the council, according to the agency.\n"
     "UN envoy Hans Grundberg, who was also in Riyadh, met al-Zubaidi separately.\n"
     "Al-Alimi, a former interior minister, took over from President Abd-Rabbu Mansour Hadi in April 2022, "
     "when Hadi transferred his powers to the eight-member council and dismissed his vice president, Ali "
     "Mohsen al-Ahmar.\n"
     "A meeting between al-Alimi and a Houthi delegation under Omani auspices, planned for this month, has "
     "been postponed indefinitely.\n"
     "Security in Aden remains fragile. In March 2023 a car bomb killed Maj. Gen. Thabet Jawas, a commander "
     "whom the Houthis accuse of killing their founder, Hussein al-Houthi, in 2004; no group claimed the "
     "attack.",
     met_group(_KBS, "2025-02-10") + [
      ("VISITED", ALIMI, RIYADH, "receives Yemen's presidential council chief in Riyadh", "2025-02-10"),
      ("LEADS", ALIMI, PLC, "the head of Yemen's Presidential Leadership Council"),
      ("MEMBER_OF", ZUBAIDI, PLC, "together with council members Aidaroos al-Zubaidi"),
      ("MEMBER_OF", TAREQ, PLC, "and Tareq Saleh, the Saudi Press"),
      ("MET_WITH", GRUNDBERG, ZUBAIDI, "met al-Zubaidi separately", "2025-02-10"),
      ("VISITED", GRUNDBERG, RIYADH, "who was also in Riyadh", "2025-02-10"),
      ("SUCCESSOR_OF", ALIMI, HADI, "took over from President Abd-Rabbu Mansour Hadi", "2022-04-07"),
      ],
     {"source": "blind set (Yemeni news site in English, Yemen Monitor-like)", "published": "2025-02-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLW")
