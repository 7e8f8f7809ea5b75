"""Blind set QE: Hamas, Israel and the mediators 2024 (first folder of QE-QF): the Paris meeting of the
Mossad and CIA chiefs with the Qatari premier and Egypt's intelligence chief (January 2024), Hamas's choice
of Yahya Sinwar after the killing of Ismail Haniyeh in Tehran (August 2024), Erdogan's reception of Haniyeh
in Istanbul (April 2024), Hassan Rashad's reception of a Hamas delegation in Cairo after he replaced Abbas
Kamel (November 2024), the killing of Sinwar in Rafah and the leadership council (October 2024), and Antony
Blinken's eleventh tour (Jerusalem, Riyadh, Doha, October 2024), as an Israeli news site writes it in
English (Times of Israel-like: "By TOI STAFF", "widely attributed to Israel"), Hamas's TV station in Arabic
(Al-Aqsa TV-like: "القائد الشهيد", "الاحتلال الصهيوني", "ارتقى"), Turkey's state agency in English
(Anadolu-like: "ISTANBUL (AA) -", "the Communications Directorate"), Egypt's state agency in Arabic (MENA-like:
"القاهرة في ... / أ ش أ", "في إطار الجهود المصرية"), a wire in English (Reuters-like: "JERUSALEM/CAIRO, Oct 17
(Reuters) -", "two Hamas sources said") and a pan-Arab TV site in Arabic (Al Jazeera-like: "الجزيرة نت",
"في تصريح للجزيرة").
Pieces: Barnea meets Burns, Sheikh Mohammed and Kamel in Paris, the four together; Arouri killed in Beirut
(English, QE1); Sinwar chosen to succeed Haniyeh, whom "the Zionist occupation assassinated"; Haniyeh had met
Pezeshkian and was received by Khamenei; Arouri killed in a "Zionist raid" (Arabic, QE2); Erdogan receives
Haniyeh with Fidan and Kalin attending; Fidan had met Haniyeh and Sheikh Mohammed in Doha (English, QE3);
Rashad receives Hamas's delegation headed by al-Hayya with Jabarin and Awadallah; Rashad appointed to succeed
Kamel (Arabic, QE4); Israeli forces kill Sinwar in Rafah; Sinwar had succeeded Haniyeh; a leadership council
to run Hamas in his place (English, QE5); the emir receives Blinken with Sheikh Mohammed present; Blinken had
met Netanyahu and then Mohammed bin Salman (Arabic, QE6).
Excluded on purpose (no relation): Arouri's killing "widely attributed to Israel" and blamed on it by Hamas
and Hezbollah, Biden's phone calls to Tamim and Sisi, the unscheduled follow-up meeting in Cairo (QE1); Mashal,
whose name "had been put forward" for the post (QE2); Haniyeh's sons killed (unnamed), the postponed address to
the Turkish parliament, Katz's criticism (QE3); the planned reception of Ronen Bar's delegation, Abdelatty's
phone call to Sheikh Mohammed (QE4); Haniyeh "assassinated ... in an attack widely blamed on Israel", Biden's
call to Netanyahu, al-Hayya "seen as a leading candidate to replace him" (QE5); Burns's planned trip to meet
Rashad, the called-off stop in Amman, Sinwar's death "announced" by the Israeli army (no stated agent) (QE6).
Judgement calls: "The four officials discussed" makes the Paris meeting one meeting of the four (QE1,
met_group); "attended by" Fidan and Kalin: each attendee is paired with the host and the guest, and the two
attendees with each other (they attended together) (QE3); the delegation's members named after "وضم الوفد" are
paired with the host only, not with their own head nor with each other (QE4); "Israeli forces killed" gives the
victim -> the IDF (the military's own claim) (QE5); "a five-member leadership council ... would run its affairs"
in place of a successor is a succession council -> Sinwar (QE5); the emir's reception "بحضور" the premier: the
premier is paired with the emir and with Blinken (QE6); a head of Hamas's political bureau LEADS Hamas; a
prime minister LEADS the country; a minister LEADS a ministry with a gazetteer id; "Hamas deputy leader" is
MEMBER_OF.
Filled in for the exercise: the wording of the Netanyahu office statement, Barnea's vow, the Israeli
official's remark (QE1); the presence of faction leaders at Khamenei's reception, Hamdan's words (QE2); the
meeting's length, Katz's post, the postponed address (QE3); the date of the delegation's visit, its members,
Bar's planned visit, Abdelatty's call (QE4); Hayya's speech (QE5); the called-off Amman stop, Abu Marzouk's
words, Burns's planned trip (QE6).
Spellings: "Sheikh Mohammed bin Abdulrahman Al Thani", "Saleh al-Arouri" (QE1); «إسماعيل هنية "أبو العبد"»,
«السيد علي خامنئي», «الشيخ صالح العاروري» (QE2); "Ismail Haniyeh", "Recep Tayyip Erdogan", "Ibrahim Kalin"
(QE3); «الدكتور خليل الحية», «اللواء حسن رشاد», «اللواء عباس كامل», «نزار عوض الله» (QE4); "Yahya Sinwar",
"Rear Admiral Daniel Hagari" (QE5); «أنتوني بلينكن», «الشيخ محمد بن عبد الرحمن بن جاسم آل ثاني», «الأمير محمد بن
سلمان» (QE6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qf import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, US, QATAR, EGYPT, TURKEY = ("country:israel", "country:united-states", "country:qatar",
                                    "country:egypt", "country:turkey")
HAMAS, IDF, MOSSAD, SHINBET, CIA, EGI, MIT = (
    "organization:hamas", "organization:israel-defense-forces", "organization:mossad", "organization:shin-bet",
    "organization:cia", "organization:egyptian-general-intelligence",
    "organization:turkish-national-intelligence-organization")
COUNCIL, TRFM, EGFM, STATE = ("organization:hamas-leadership-council", "organization:turkish-foreign-ministry",
                              "organization:egyptian-foreign-ministry", "organization:us-state-department")
HANIYEH, SINWAR, AROURI, HAYYA, JABARIN, AWADALLAH, HAMDAN, MASHAL, ABUMARZOUK = (
    "person:ismail-haniyeh", "person:yahya-sinwar", "person:saleh-al-arouri", "person:khalil-al-hayya",
    "person:zaher-jabarin", "person:nizar-awadallah", "person:osama-hamdan", "person:khaled-mashal",
    "person:musa-abu-marzouk")
NETANYAHU, BARNEA, BAR, HAGARI = ("person:benjamin-netanyahu", "person:david-barnea", "person:ronen-bar",
                                  "person:daniel-hagari")
BLINKEN, BURNS, BIDEN = "person:antony-blinken", "person:william-burns", "person:joe-biden"
MBAR, TAMIM, KAMEL, RASHAD, SISI, ABDELATTY = (
    "person:mohammed-bin-abdulrahman-al-thani", "person:tamim-bin-hamad-al-thani", "person:abbas-kamel",
    "person:hassan-rashad", "person:abdel-fattah-el-sisi", "person:badr-abdelatty")
ERDOGAN, FIDAN, KALIN, MBS, PEZESHKIAN, KHAMENEI = (
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:ibrahim-kalin", "person:mohammed-bin-salman",
    "person:masoud-pezeshkian", "person:ali-khamenei")

TOI = "blind set (Israeli news site, English, Times of Israel-like)"
AQSA = "blind set (Hamas's TV station, Arabic, Al-Aqsa TV-like)"
AA = "blind set (Turkish state news agency, English service, Anadolu-like)"
MENA = "blind set (Egyptian state news agency, Arabic, MENA-like)"
REUTERS = "blind set (international news wire, English, Reuters-like)"
AJA = "blind set (pan-Arab TV news site, Arabic, Al Jazeera-like)"

ARTICLES = [
    ("enQE1_paris_hostage_talks_toi", "en",
     "Mossad chief, CIA director meet Qatari, Egyptian officials in Paris on hostage deal\n"
     "By TOI STAFF, 28 January 2024\n"
     "Mossad chief David Barnea met on Sunday in Paris with CIA Director William Burns, Qatari Prime Minister "
     "Sheikh Mohammed bin Abdulrahman Al Thani and Egyptian intelligence chief Abbas Kamel, in a bid to hammer out "
     "a new deal for the release of the hostages held in Gaza.\n"
     "The four officials discussed a framework for a weeks-long pause in the fighting in exchange for the phased "
     "release of the hostages, according to a statement from Prime Minister Benjamin Netanyahu's office, which "
     "described the talks as \"constructive\" but said \"significant gaps\" remained.\n"
     "Ahead of the meeting, US President Joe Biden spoke by phone with the Emir of Qatar, Sheikh Tamim bin Hamad "
     "Al Thani, and with Egyptian President Abdel Fattah el-Sisi.\n"
     "The Paris talks came nearly four weeks after Hamas deputy leader Saleh al-Arouri was killed in a blast in "
     "Beirut's Dahiyeh suburb, in an attack widely attributed to Israel. Hamas and Hezbollah blamed Israel, which "
     "has not commented. Barnea vowed days after the killing that the Mossad would hunt down every Hamas member "
     "involved in the October 7 massacre, \"wherever they are.\"\n"
     "A follow-up meeting in Cairo has not yet been scheduled, an Israeli official told The Times of Israel.",
     met_group({BARNEA: "Mossad chief David Barnea met on Sunday", BURNS: "with CIA Director William Burns",
                MBAR: "Qatari Prime Minister Sheikh Mohammed", KAMEL: "Egyptian intelligence chief Abbas Kamel, in"},
               "2024-01-28") + [
      ("LEADS", BARNEA, MOSSAD, "Mossad chief David"),
      ("LEADS", BURNS, CIA, "CIA Director William"),
      ("LEADS", MBAR, QATAR, "Qatari Prime Minister Sheikh"),
      ("LEADS", KAMEL, EGI, "Egyptian intelligence chief"),
      ("LEADS", NETANYAHU, ISRAEL, "Prime Minister Benjamin Netanyahu's office"),
      ("LEADS", BIDEN, US, "US President Joe Biden spoke"),
      ("LEADS", TAMIM, QATAR, "the Emir of Qatar, Sheikh Tamim"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel Fattah el-Sisi"),
      ("MEMBER_OF", AROURI, HAMAS, "Hamas deputy leader Saleh al-Arouri"),
      ],
     {"source": TOI, "published": "2024-01-28"}),

    ("arQE2_sinwar_succeeds_haniyeh_aqsa", "ar",
     "حماس تختار القائد يحيى السنوار رئيساً لمكتبها السياسي خلفاً للشهيد هنية\n"
     "فضائية الأقصى - غزة\n"
     "أعلنت حركة المقاومة الإسلامية «حماس»، مساء اليوم الثلاثاء، اختيار القائد يحيى السنوار رئيساً للمكتب "
     "السياسي للحركة، خلفاً للقائد الشهيد إسماعيل هنية «أبو العبد»، الذي اغتاله الاحتلال الصهيوني فجر الحادي "
     "والثلاثين من تموز الماضي في مقر إقامته بالعاصمة الإيرانية طهران.\n"
     "وجاء في بيان الحركة أن القرار اتُّخذ بعد مشاورات معمّقة وموسّعة في مؤسساتها القيادية، وأن الحركة "
     "\"ماضية على درب الشهداء حتى التحرير والعودة\".\n"
     "وكان الشهيد هنية قد التقى، قبل ساعات من ارتقائه، الرئيس الإيراني مسعود بزشكيان في طهران، على هامش مشاركته "
     "في مراسم أداء اليمين الدستورية، كما استقبله قائد الثورة الإسلامية السيد علي خامنئي بحضور عدد من قادة فصائل "
     "المقاومة.\n"
     "من جهته، قال القيادي في الحركة أسامة حمدان، في مؤتمر صحفي ببيروت، إن اختيار السنوار \"رسالة قوية للاحتلال "
     "بأن الحركة موحّدة وماضية في طريق المقاومة\".\n"
     "وكان اسم رئيس الحركة في الخارج خالد مشعل قد طُرح لتولي المنصب خلال الأيام الماضية.\n"
     "ويأتي اختيار السنوار بعد نحو سبعة أشهر من اغتيال نائب رئيس المكتب السياسي الشيخ صالح العاروري في غارة "
     "صهيونية على الضاحية الجنوبية لبيروت.",
     [("SUCCESSOR_OF", SINWAR, HANIYEH, "خلفاً للقائد الشهيد إسماعيل هنية", "2024-08-06"),
      ("LEADS", SINWAR, HAMAS, "اختيار القائد يحيى السنوار رئيساً للمكتب"),
      ("ASSASSINATED_BY", HANIYEH, ISRAEL, "الذي اغتاله الاحتلال الصهيوني", "2024-07-31"),
      ("MET_WITH", HANIYEH, PEZESHKIAN, "الرئيس الإيراني مسعود بزشكيان في طهران", "2024-07-30"),
      ("MET_WITH", HANIYEH, KHAMENEI, "كما استقبله قائد الثورة الإسلامية", "2024-07-30"),
      ("LEADS", PEZESHKIAN, "country:iran", "الرئيس الإيراني مسعود بزشكيان في"),
      ("LEADS", KHAMENEI, "country:iran", "قائد الثورة الإسلامية السيد علي خامنئي"),
      ("MEMBER_OF", HAMDAN, HAMAS, "القيادي في الحركة أسامة حمدان"),
      ("MEMBER_OF", AROURI, HAMAS, "نائب رئيس المكتب السياسي الشيخ صالح العاروري"),
      ("ASSASSINATED_BY", AROURI, ISRAEL, "صهيونية على الضاحية الجنوبية",
       "2024-01-02"),
      ],
     {"source": AQSA, "published": "2024-08-06"}),

    ("enQE3_erdogan_receives_haniyeh_aa", "en",
     "Turkish president receives Hamas political bureau chief in Istanbul\n"
     "ISTANBUL (AA) - Turkish President Recep Tayyip Erdogan on Saturday received Ismail Haniyeh, the head of the "
     "political bureau of the Palestinian resistance group Hamas, at the Dolmabahce Presidential Working Office in "
     "Istanbul.\n"
     "The closed-door meeting, which lasted about two and a half hours, was attended by Foreign Minister Hakan "
     "Fidan and the head of the National Intelligence Organization (MIT), Ibrahim Kalin, according to the "
     "Communications Directorate.\n"
     "During the meeting, Erdogan said it was important for Palestinians to act in unity in the face of Israel's "
     "attacks, and that Israel must be made to pay for its atrocities in Gaza, the directorate said.\n"
     "Fidan had met Haniyeh in Doha on Wednesday, where the two discussed the ceasefire negotiations and "
     "humanitarian aid to Gaza. The Turkish foreign minister also held talks in the Qatari capital with Prime "
     "Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani.\n"
     "Haniyeh, three of whose sons were killed in an Israeli airstrike in Gaza earlier this month, was also "
     "expected to address the Turkish parliament in Ankara, but the visit was postponed.\n"
     "Israeli Foreign Minister Israel Katz criticized the meeting in a post on X.",
     [("MET_WITH", ERDOGAN, HANIYEH, "on Saturday received Ismail Haniyeh", "2024-04-20"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan"),
      ("LEADS", HANIYEH, HAMAS, "the head of the political bureau of the Palestinian"),
      ("MET_WITH", FIDAN, ERDOGAN, "was attended by Foreign Minister Hakan", "2024-04-20"),
      ("MET_WITH", FIDAN, HANIYEH, "Fidan and the head of the National", "2024-04-20"),
      ("MET_WITH", KALIN, ERDOGAN, "Intelligence Organization (MIT), Ibrahim Kalin", "2024-04-20"),
      ("MET_WITH", KALIN, HANIYEH, "Ibrahim Kalin, according to", "2024-04-20"),
      ("MET_WITH", KALIN, FIDAN, "The closed-door meeting, which lasted", "2024-04-20"),
      ("LEADS", FIDAN, TRFM, "Foreign Minister Hakan"),
      ("LEADS", KALIN, MIT, "the head of the National Intelligence Organization"),
      ("MET_WITH", FIDAN, MBAR, "also held talks in the Qatari capital", "2024-04-17"),
      ("LEADS", MBAR, QATAR, "Minister and Foreign Minister Sheikh Mohammed"),
      ],
     {"source": AA, "published": "2024-04-20"}),

    ("arQE4_rashad_receives_hamas_mena", "ar",
     "رئيس المخابرات العامة يستقبل وفداً من حركة حماس بالقاهرة\n"
     "القاهرة في 9 نوفمبر /أ ش أ/\n"
     "استقبل اللواء حسن رشاد رئيس المخابرات العامة، اليوم السبت، بمقر الجهاز بالقاهرة، وفداً من حركة حماس برئاسة "
     "الدكتور خليل الحية رئيس الحركة في قطاع غزة، وذلك في إطار الجهود المصرية المتواصلة للتوصل إلى وقف لإطلاق "
     "النار في القطاع.\n"
     "وضم الوفد كلاً من زاهر جبارين ونزار عوض الله عضوي المكتب السياسي للحركة.\n"
     "وتناول اللقاء سبل تثبيت التهدئة وإدخال المساعدات الإنسانية وتبادل الأسرى والمحتجزين، حيث أكد رئيس المخابرات "
     "موقف مصر الثابت الرافض لتهجير الفلسطينيين من أرضهم.\n"
     "وكان الرئيس عبد الفتاح السيسي قد أصدر، في السادس عشر من أكتوبر الماضي، قراراً جمهورياً بتعيين اللواء حسن "
     "رشاد رئيساً لجهاز المخابرات العامة خلفاً للواء عباس كامل، الذي عُيّن مستشاراً لرئيس الجمهورية ومبعوثاً "
     "خاصاً له.\n"
     "ومن المقرر أن يستقبل رئيس المخابرات وفداً إسرائيلياً برئاسة رئيس جهاز الشاباك رونين بار خلال الأيام المقبلة، "
     "بحسب مصادر مطلعة.\n"
     "من جانبه، أجرى وزير الخارجية والهجرة الدكتور بدر عبد العاطي اتصالاً هاتفياً بنظيره القطري الشيخ محمد بن "
     "عبد الرحمن آل ثاني، تناول تطورات المفاوضات.",
     [("MET_WITH", RASHAD, HAYYA, "وفداً من حركة حماس برئاسة", "2024-11-09"),
      ("MET_WITH", RASHAD, JABARIN, "وضم الوفد كلاً من زاهر جبارين", "2024-11-09"),
      ("MET_WITH", RASHAD, AWADALLAH, "ونزار عوض الله عضوي", "2024-11-09"),
      ("LEADS", RASHAD, EGI, "استقبل اللواء حسن رشاد رئيس المخابرات العامة"),
      ("MEMBER_OF", JABARIN, "organization:hamas-political-bureau", "عضوي المكتب السياسي للحركة"),
      ("MEMBER_OF", AWADALLAH, "organization:hamas-political-bureau", "ونزار عوض الله عضوي"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "خلفاً للواء عباس كامل", "2024-10-16"),
      ("LEADS", SISI, EGYPT, "وكان الرئيس عبد الفتاح السيسي"),
      ("LEADS", BAR, SHINBET, "رئيس جهاز الشاباك رونين بار"),
      ("LEADS", ABDELATTY, EGFM, "وزير الخارجية والهجرة الدكتور بدر"),
      ],
     {"source": MENA, "published": "2024-11-09"}),

    ("enQE5_sinwar_killed_rafah_reuters", "en",
     "Israel kills Hamas leader Sinwar, mastermind of Oct. 7 attack\n"
     "JERUSALEM/CAIRO, Oct 17 (Reuters) - Israeli forces killed Hamas leader Yahya Sinwar, the architect of the "
     "Oct. 7, 2023, attack on Israel, in a firefight in the southern Gaza city of Rafah on Wednesday, the Israeli "
     "military said on Thursday.\n"
     "Troops came across three militants in a building in the Tel al-Sultan neighbourhood and killed them, and "
     "DNA tests later confirmed that one of them was Sinwar, military spokesperson Rear Admiral Daniel Hagari "
     "told reporters.\n"
     "\"Evil has been dealt a heavy blow,\" Prime Minister Benjamin Netanyahu said in a video statement. U.S. "
     "President Joe Biden called Netanyahu to congratulate him, calling it \"a good day for Israel, for the United "
     "States and for the world.\"\n"
     "Sinwar became the group's overall leader in August, succeeding Ismail Haniyeh, who was assassinated in "
     "Tehran in an attack widely blamed on Israel.\n"
     "Two Hamas sources said the movement would not name a successor for now, and that a five-member leadership "
     "council based in Doha would run its affairs in the meantime. Khalil al-Hayya, Sinwar's deputy and the "
     "group's chief negotiator in the truce talks, was seen as a leading candidate to replace him.\n"
     "In a televised speech, al-Hayya said the hostages would not be returned until the war on Gaza ended and "
     "Israeli troops withdrew.",
     [("ASSASSINATED_BY", SINWAR, IDF, "Israeli forces killed Hamas leader Yahya Sinwar", "2024-10-16"),
      ("LEADS", SINWAR, HAMAS, "killed Hamas leader Yahya"),
      ("MEMBER_OF", HAGARI, IDF, "military spokesperson Rear Admiral Daniel Hagari"),
      ("LEADS", NETANYAHU, ISRAEL, "Prime Minister Benjamin Netanyahu said"),
      ("LEADS", BIDEN, US, "President Joe Biden called"),
      ("SUCCESSOR_OF", SINWAR, HANIYEH, "succeeding Ismail Haniyeh", "2024-08-06"),
      ("SUCCESSOR_OF", COUNCIL, SINWAR, "would run its affairs in the meantime"),
      ("MEMBER_OF", HAYYA, HAMAS, "Sinwar's deputy and the group's chief negotiator"),
      ],
     {"source": REUTERS, "published": "2024-10-17"}),

    ("arQE6_blinken_doha_aljazeera", "ar",
     "بلينكن في الدوحة: سنبحث خيارات جديدة لإنهاء الحرب على غزة\n"
     "الجزيرة نت - الدوحة\n"
     "استقبل أمير دولة قطر الشيخ تميم بن حمد آل ثاني، اليوم الخميس في الديوان الأميري، وزير الخارجية الأميركي "
     "أنتوني بلينكن، بحضور رئيس مجلس الوزراء وزير الخارجية الشيخ محمد بن عبد الرحمن بن جاسم آل ثاني، وجرى خلال "
     "اللقاء استعراض جهود الوساطة لوقف الحرب على قطاع غزة ولبنان.\n"
     "وعقد بلينكن ورئيس الوزراء القطري في وقت لاحق مؤتمراً صحفياً مشتركاً، قال فيه الوزير الأميركي إن المفاوضين "
     "سيجتمعون في الأيام المقبلة لبحث خيارات جديدة.\n"
     "وتأتي محطة الدوحة ضمن جولة هي الحادية عشرة لبلينكن في المنطقة منذ اندلاع الحرب، إذ التقى الثلاثاء في القدس "
     "رئيس الوزراء الإسرائيلي بنيامين نتنياهو، ثم اجتمع أمس في الرياض بولي العهد السعودي رئيس مجلس الوزراء الأمير "
     "محمد بن سلمان.\n"
     "وكان من المقرر أن يزور بلينكن العاصمة الأردنية عمّان، لكن الزيارة أُلغيت في اللحظة الأخيرة.\n"
     "وتأتي الجولة بعد أسبوع من إعلان الجيش الإسرائيلي مقتل رئيس المكتب السياسي لحماس يحيى السنوار في رفح جنوبي "
     "القطاع.\n"
     "في المقابل، قال عضو المكتب السياسي لحركة حماس موسى أبو مرزوق، في تصريح للجزيرة، إن الحركة \"لن تقبل أي "
     "اتفاق لا يتضمن وقفاً شاملاً للعدوان\".\n"
     "ويُنتظر أن يتوجه مدير وكالة المخابرات المركزية الأميركية وليام بيرنز إلى القاهرة مطلع الأسبوع المقبل للقاء "
     "رئيس المخابرات المصرية حسن رشاد.",
     [("MET_WITH", TAMIM, BLINKEN, "أنتوني بلينكن، بحضور", "2024-10-24"),
      ("MET_WITH", MBAR, TAMIM, "بحضور رئيس مجلس الوزراء وزير الخارجية", "2024-10-24"),
      ("MET_WITH", MBAR, BLINKEN, "بن جاسم آل ثاني، وجرى خلال", "2024-10-24"),
      ("LEADS", TAMIM, QATAR, "استقبل أمير دولة قطر الشيخ تميم"),
      ("LEADS", MBAR, QATAR, "رئيس مجلس الوزراء وزير الخارجية الشيخ محمد"),
      ("LEADS", BLINKEN, STATE, "الديوان الأميري، وزير الخارجية الأميركي"),
      ("MET_WITH", BLINKEN, NETANYAHU, "إذ التقى الثلاثاء في القدس", "2024-10-22"),
      ("LEADS", NETANYAHU, ISRAEL, "رئيس الوزراء الإسرائيلي بنيامين نتنياهو"),
      ("MET_WITH", BLINKEN, MBS, "ثم اجتمع أمس في الرياض بولي العهد", "2024-10-23"),
      ("LEADS", MBS, "country:saudi-arabia", "بولي العهد السعودي رئيس مجلس الوزراء الأمير"),
      ("MEMBER_OF", ABUMARZOUK, "organization:hamas-political-bureau", "عضو المكتب السياسي لحركة حماس موسى"),
      ("LEADS", BURNS, CIA, "مدير وكالة المخابرات المركزية الأميركية وليام"),
      ("LEADS", RASHAD, EGI, "رئيس المخابرات المصرية حسن رشاد"),
      ],
     {"source": AJA, "published": "2024-10-24"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQE")
