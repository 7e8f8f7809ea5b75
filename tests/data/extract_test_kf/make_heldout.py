"""Blind set KF: Israel's security chiefs and their guests, 2024-2025, as an Israeli Hebrew-press English
edition writes it (Times of Israel / Haaretz / Ynet-like: political correspondents, "sources close to the
prime minister", "the security cabinet", Hebrew-style spellings) and as an Israeli Arabic-language news
site writes it (Panet / i24-Arabic-like: "رئيس الحكومة", "الكابينيت", "مصادر سياسية").
Pieces: Netanyahu fires Gallant and names Katz, Saar takes the Foreign Ministry, the handover at the
Kirya (English); Zamir replaces Halevi, Defrin replaces Hagari, Asor replaces Finkelman (English); Zini
takes over the Shin Bet from Ronen Bar, Reich in Hanegbi's place (English); Egypt's intelligence chief
Rashad in Jerusalem, then with al-Hayya in Cairo (Arabic); the strike on Hamas leaders in Doha, Rubio in
Jerusalem and Doha (Arabic); Blinken in Jerusalem after Sinwar's killing, with Lew, Dermer and Hanegbi
(Arabic).
Excluded on purpose (no relation): Netanyahu's phone call with Trump and Gallant's "expected" return
(KF1); Halevi's planned farewell visit to the hostage families, not held, and Zamir's deputy "expected to
be named" (KF2); Bar's absence from the ceremony and a denial that Netanyahu met the attorney general
(KF3); a Sisi-Netanyahu meeting in Sharm el-Sheikh that did not take place, and Gendelman's statement
(KF4); Khalil al-Hayya, Jabarin and Darwish, who survived the Doha strike (a failed attempt), and
Netanyahu's phone apology to the Qatari prime minister (KF5); Blinken's planned stop in Riyadh and Hamas
"not yet naming" Sinwar's successor (KF6).
Judgement calls: a strike the prime minister "ordered" has him as a further agent (KF5); a handover or swearing-in ceremony is a meeting of everyone the text puts there; an
Israeli strike carried out "by the IDF and the Shin Bet" has both as agents; Rashad "took over from"
Abbas Kamel in the piece. Who sat in on the meetings is partly filled in for the exercise.
Spellings: "Bibi" (KF1), "the premier" for Netanyahu (KF3), "حسن
رشّاد" and "رئيس الحكومة" (KF4), "الوزير الأمريكي" for Rubio (KF5), "يتسحاق هرتسوغ" and "كبير الدبلوماسيين
الأمريكيين" for Blinken (KF6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_kg import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, QATAR, EGYPT = "country:israel", "country:qatar", "country:egypt"
IDF, SHINBET, MOSSAD, DEFMIN, ISRFM, NSC, SOUTH, CENTRAL, EGI, HAMAS, LEKHWIYA = (
    "organization:israel-defense-forces", "organization:shin-bet", "organization:mossad",
    "organization:israeli-defense-ministry", "organization:israeli-foreign-ministry",
    "organization:israeli-national-security-council", "organization:idf-southern-command",
    "organization:idf-central-command", "organization:egyptian-general-intelligence", "organization:hamas",
    "organization:lekhwiya")
JERUSALEM, TELAVIV, CAIRO, DOHA, WESTERNWALL = ("location:jerusalem", "location:tel-aviv", "location:cairo",
                                               "location:doha", "location:western-wall")
NETANYAHU, GALLANT, KATZ, SAAR, HALEVI, EZAMIR, RBAR, BARNEA, ZINI, HANEGBI, DERMER = (
    "person:benjamin-netanyahu", "person:yoav-gallant", "person:israel-katz", "person:gideon-saar",
    "person:herzi-halevi", "person:eyal-zamir", "person:ronen-bar", "person:david-barnea", "person:david-zini",
    "person:tzachi-hanegbi", "person:ron-dermer")
DEFRIN, HAGARI, ASOR, FINKELMAN, IHERZOG = ("person:effie-defrin", "person:daniel-hagari", "person:yaniv-asor",
                                            "person:yaron-finkelman", "person:isaac-herzog")
RASHAD, KAMEL, HAYYA, HAMMAM, LABAD, RUBIO, HUCKABEE, TAMIM, BLINKEN, SINWAR = (
    "person:hassan-rashad", "person:abbas-kamel", "person:khalil-al-hayya", "person:hammam-al-hayya",
    "person:jihad-labad", "person:marco-rubio", "person:mike-huckabee", "person:tamim-bin-hamad-al-thani",
    "person:antony-blinken", "person:yahya-sinwar")
PMO = "organization:israeli-prime-ministers-office"
GOFMAN, AWADALLAH, MBAR = "person:roman-gofman", "person:nizar-awadallah", "person:mohammed-bin-abdulrahman-al-thani"
# new to the tables
BRAVERMAN, BLUTH, REICH, GENDELMAN, HUMAIDI, LEW = (
    "person:tzachi-braverman", "person:avi-bluth", "person:gil-reich", "person:ofir-gendelman",
    "person:badr-al-humaidi", "person:jack-lew")

ARTICLES = [
    ("enKF1_netanyahu_fires_gallant", "en",
     "Netanyahu fires Gallant, names Katz defense minister; Saar to take Foreign Ministry\n"
     "Prime Minister Benjamin Netanyahu dismissed Defense Minister Yoav Gallant on Tuesday evening, citing a "
     "\"crisis of trust,\" and named Foreign Minister Israel Katz to replace him. Gideon Saar will succeed "
     "Katz at the Foreign Ministry.\n"
     "Sources close to the prime minister said Bibi informed Katz of the move at the Prime Minister's Office, "
     "in the presence of his chief of staff Tzachi Braverman.\n"
     "On Thursday Gallant handed over to Katz at the Kirya in Tel Aviv in a brief ceremony attended by IDF "
     "Chief of Staff Herzi Halevi and Defense Ministry Director General Eyal Zamir.\n"
     "Katz then convened his first security meeting, with Halevi, Shin Bet chief Ronen Bar and Mossad chief "
     "David Barnea.\n"
     "Netanyahu spoke by phone with US President-elect Donald Trump the same night. Gallant, expected by his "
     "allies to return to politics, did not comment.",
     [("SUCCESSOR_OF", KATZ, GALLANT, "named Foreign Minister Israel Katz to replace him", "2024-11-05"),
      ("SUCCESSOR_OF", SAAR, KATZ, "Gideon Saar will succeed", "2024-11-05"),
      ("LEADS", SAAR, ISRFM, "Saar to take Foreign Ministry"),
      ("MET_WITH", NETANYAHU, KATZ, "Bibi informed Katz of the move", "2024-11-05"),
      ("MET_WITH", NETANYAHU, BRAVERMAN, "in the presence of his chief of staff", "2024-11-05"),
      ("MET_WITH", KATZ, BRAVERMAN, "in the presence of his chief of staff", "2024-11-05"),
      ("MET_WITH", GALLANT, KATZ, "Gallant handed over to Katz", "2024-11-07"),
      ("MET_WITH", GALLANT, HALEVI, "Chief of Staff Herzi Halevi", "2024-11-07"),
      ("MET_WITH", GALLANT, EZAMIR, "Director General Eyal Zamir", "2024-11-07"),
      ("MET_WITH", KATZ, HALEVI, "Chief of Staff Herzi Halevi", "2024-11-07"),
      ("MET_WITH", KATZ, EZAMIR, "Director General Eyal Zamir", "2024-11-07"),
      ("MET_WITH", HALEVI, EZAMIR, "Director General Eyal Zamir", "2024-11-07"),
      ("MET_WITH", KATZ, RBAR, "Shin Bet chief Ronen Bar", "2024-11-07"),
      ("MET_WITH", KATZ, BARNEA, "Mossad chief", "2024-11-07"),
      ("MET_WITH", HALEVI, RBAR, "Shin Bet chief Ronen Bar", "2024-11-07"),
      ("MET_WITH", HALEVI, BARNEA, "Mossad chief", "2024-11-07"),
      ("MET_WITH", RBAR, BARNEA, "Mossad chief", "2024-11-07"),
      ("LEADS", RBAR, SHINBET, "Shin Bet chief Ronen Bar"),
      ("LEADS", BARNEA, MOSSAD, "Mossad chief"),
      ("VISITED", KATZ, TELAVIV, "at the Kirya in Tel Aviv", "2024-11-07"),
      ],
     {"source": "blind set (Israeli Hebrew-press English edition)", "published": "2024-11-07"}),

    ("enKF2_zamir_replaces_halevi", "en",
     "Eyal Zamir takes over as IDF chief, vows to complete Hamas's defeat\n"
     "Lt. Gen. Eyal Zamir was sworn in on Wednesday as the IDF's 24th chief of staff, replacing Herzi Halevi, "
     "at a ceremony at the Prime Minister's Office in Jerusalem attended by Prime Minister Benjamin Netanyahu "
     "and Defense Minister Israel Katz.\n"
     "Later, at the Kirya in Tel Aviv, Halevi handed over command to Zamir before President Isaac Herzog and "
     "the General Staff, among them the head of the Central Command, Maj. Gen. Avi Bluth.\n"
     "In his first appointments Zamir named Brig. Gen. Effie Defrin military spokesman in place of Rear Adm. "
     "Daniel Hagari, and Maj. Gen. Yaniv Asor took over the Southern Command from Maj. Gen. Yaron Finkelman.\n"
     "A deputy chief of staff is expected to be named in the coming weeks. A farewell visit Halevi had planned "
     "with hostage families did not take place.",
     [("SUCCESSOR_OF", EZAMIR, HALEVI, "replacing Herzi Halevi", "2025-03-05"),
      ("LEADS", EZAMIR, IDF, "as the IDF's 24th chief of staff"),
      ("MET_WITH", EZAMIR, NETANYAHU, "attended by Prime Minister Benjamin Netanyahu", "2025-03-05"),
      ("MET_WITH", EZAMIR, KATZ, "and Defense Minister Israel Katz.", "2025-03-05"),
      ("MET_WITH", HALEVI, NETANYAHU, "attended by Prime Minister Benjamin Netanyahu", "2025-03-05"),
      ("MET_WITH", HALEVI, KATZ, "and Defense Minister Israel Katz.", "2025-03-05"),
      ("MET_WITH", NETANYAHU, KATZ, "and Defense Minister Israel Katz.", "2025-03-05"),
      ("MET_WITH", HALEVI, EZAMIR, "Halevi handed over command to Zamir", "2025-03-05"),
      ("MET_WITH", IHERZOG, EZAMIR, "before President Isaac Herzog", "2025-03-05"),
      ("MET_WITH", IHERZOG, HALEVI, "before President Isaac Herzog", "2025-03-05"),
      ("MET_WITH", BLUTH, EZAMIR, "Maj. Gen. Avi Bluth", "2025-03-05"),
      ("MET_WITH", BLUTH, HALEVI, "Maj. Gen. Avi Bluth", "2025-03-05"),
      ("MET_WITH", BLUTH, IHERZOG, "Maj. Gen. Avi Bluth", "2025-03-05"),
      ("LEADS", BLUTH, CENTRAL, "the head of the Central Command"),
      ("SUCCESSOR_OF", DEFRIN, HAGARI, "military spokesman in place of Rear Adm.", "2025-03"),
      ("SUCCESSOR_OF", ASOR, FINKELMAN, "took over the Southern Command from", "2025-03"),
      ("LEADS", ASOR, SOUTH, "took over the Southern Command from"),
      ("VISITED", EZAMIR, JERUSALEM, "Prime Minister's Office in Jerusalem", "2025-03-05"),
      ],
     {"source": "blind set (Israeli Hebrew-press English edition)", "published": "2025-03-05"}),

    ("enKF3_zini_takes_shin_bet", "en",
     "Zini takes over Shin Bet as government closes the Ronen Bar saga\n"
     "Maj. Gen. (res.) David Zini took office on Sunday as director of the Shin Bet security service, "
     "succeeding Ronen Bar, whom the government had voted to dismiss in March.\n"
     "Zini was sworn in at the Prime Minister's Office in a ceremony attended by the premier, Defense Minister "
     "Israel Katz, IDF Chief of Staff Eyal Zamir and Mossad director David Barnea. Bar, who left in June, did "
     "not attend.\n"
     "The same week, Gil Reich was appointed acting head of the National Security Council in place of Tzachi "
     "Hanegbi, who was fired by Netanyahu.\n"
     "Zini held his first working meeting with Reich on Monday, a source in the security establishment said.\n"
     "The Prime Minister's Office denied a report that Netanyahu had met the attorney general about the "
     "appointment.",
     [("SUCCESSOR_OF", ZINI, RBAR, "succeeding Ronen Bar", "2025-10-05"),
      ("LEADS", ZINI, SHINBET, "as director of the Shin Bet security service"),
      ("MET_WITH", ZINI, NETANYAHU, "attended by the premier", "2025-10-05"),
      ("MET_WITH", ZINI, KATZ, "Defense Minister Israel Katz, IDF", "2025-10-05"),
      ("MET_WITH", ZINI, EZAMIR, "Chief of Staff Eyal Zamir and", "2025-10-05"),
      ("MET_WITH", ZINI, BARNEA, "Mossad director David Barnea", "2025-10-05"),
      ("MET_WITH", NETANYAHU, KATZ, "Defense Minister Israel Katz, IDF", "2025-10-05"),
      ("MET_WITH", NETANYAHU, EZAMIR, "Chief of Staff Eyal Zamir and", "2025-10-05"),
      ("MET_WITH", NETANYAHU, BARNEA, "Mossad director David Barnea", "2025-10-05"),
      ("MET_WITH", KATZ, EZAMIR, "Chief of Staff Eyal Zamir and", "2025-10-05"),
      ("MET_WITH", KATZ, BARNEA, "Mossad director David Barnea", "2025-10-05"),
      ("MET_WITH", EZAMIR, BARNEA, "Mossad director David Barnea", "2025-10-05"),
      ("LEADS", BARNEA, MOSSAD, "Mossad director David Barnea"),
      ("SUCCESSOR_OF", REICH, HANEGBI, "in place of Tzachi", "2025-10"),
      ("LEADS", REICH, NSC, "acting head of the National Security Council"),
      ("MET_WITH", ZINI, REICH, "first working meeting with Reich", "2025-10-06"),
      ],
     {"source": "blind set (Israeli Hebrew-press English edition)", "published": "2025-10-06"}),

    ("arKF4_rashad_jerusalem_cairo", "ar",
     "رئيس المخابرات المصرية في القدس: بحث المرحلة الثانية من اتفاق غزة\n"
     "القدس – قالت مصادر سياسية إن رئيس الحكومة بنيامين نتنياهو استقبل مساء الأحد في مكتبه بالقدس رئيس "
     "جهاز المخابرات العامة المصرية اللواء حسن رشّاد، بحضور الوزير رون ديرمر ورئيس الشاباك دافيد زيني والسكرتير العسكري لرئيس الحكومة اللواء رومان غوفمان.\n"
     "وتناول اللقاء المرحلة الثانية من اتفاق وقف إطلاق النار في غزة وإعادة جثث المخطوفين.\n"
     "وكان رشّاد قد تسلم رئاسة الجهاز في أكتوبر 2024 خلفاً للواء عباس كامل.\n"
     "وعاد رشّاد إلى القاهرة حيث التقى وفد حركة حماس برئاسة خليل الحية، وضم الوفد نزار عوض الله.\n"
     "من جهته، قال الناطق بلسان رئيس الحكومة للإعلام العربي أوفير جندلمان إن إسرائيل «ملتزمة بالاتفاق».\n"
     "ولم يُعقد لقاء كان مطروحاً بين نتنياهو والرئيس المصري عبد الفتاح السيسي في شرم الشيخ.",
     [("MET_WITH", NETANYAHU, RASHAD, "استقبل مساء الأحد في مكتبه بالقدس", "2025-10"),
      ("MET_WITH", NETANYAHU, DERMER, "بحضور الوزير رون ديرمر", "2025-10"),
      ("MET_WITH", NETANYAHU, ZINI, "ورئيس الشاباك دافيد زيني", "2025-10"),
      ("MET_WITH", RASHAD, DERMER, "بحضور الوزير رون ديرمر", "2025-10"),
      ("MET_WITH", RASHAD, ZINI, "ورئيس الشاباك دافيد زيني", "2025-10"),
      ("MET_WITH", DERMER, ZINI, "ورئيس الشاباك دافيد زيني", "2025-10"),
      ("MET_WITH", GOFMAN, NETANYAHU, "والسكرتير العسكري لرئيس الحكومة", "2025-10"),
      ("MET_WITH", GOFMAN, RASHAD, "والسكرتير العسكري لرئيس الحكومة", "2025-10"),
      ("MET_WITH", GOFMAN, DERMER, "والسكرتير العسكري لرئيس الحكومة", "2025-10"),
      ("MET_WITH", GOFMAN, ZINI, "والسكرتير العسكري لرئيس الحكومة", "2025-10"),
      ("LEADS", RASHAD, EGI, "جهاز المخابرات العامة المصرية اللواء"),
      ("VISITED", RASHAD, JERUSALEM, "في مكتبه بالقدس", "2025-10"),
      ("LEADS", ZINI, SHINBET, "ورئيس الشاباك دافيد زيني"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "خلفاً للواء عباس كامل", "2024-10"),
      ("MET_WITH", RASHAD, HAYYA, "التقى وفد حركة حماس برئاسة", "2025-10"),
      ("MEMBER_OF", HAYYA, HAMAS, "وفد حركة حماس برئاسة"),
      ("MET_WITH", RASHAD, AWADALLAH, "وضم الوفد نزار عوض الله", "2025-10"),
      ("MET_WITH", HAYYA, AWADALLAH, "وضم الوفد نزار عوض الله", "2025-10"),
      ("LEADS", NETANYAHU, ISR, "رئيس الحكومة بنيامين نتنياهو"),
      ("MEMBER_OF", GENDELMAN, PMO, "الناطق بلسان رئيس الحكومة للإعلام العربي"),
      ],
     {"source": "blind set (Israeli Arabic-language news site)", "published": "2025-10-27"}),

    ("arKF5_doha_strike_rubio", "ar",
     "بعد غارة الدوحة: روبيو في القدس ثم الدوحة\n"
     "أعلن الجيش الإسرائيلي والشاباك أنهما استهدفا قيادة حماس في الدوحة، في غارة أسفرت عن مقتل همام الحية "
     "نجل رئيس الحركة في غزة، ومدير مكتبه جهاد لبد. وقال مكتب رئيس الحكومة إن نتنياهو أصدر الأمر بتنفيذ العملية.\n"
     "وقُتل في الغارة أيضاً العريف بدر سعد محمد الحميدي من قوة الأمن الداخلي القطرية (لخويا).\n"
     "ونجا خليل الحية وزاهر جبارين ومحمد درويش من الغارة، بحسب الحركة.\n"
     "وبعد أيام وصل وزير الخارجية الأمريكي ماركو روبيو إلى القدس، وزار حائط البراق برفقة نتنياهو والسفير "
     "الأمريكي مايك هاكابي.\n"
     "ثم توجه الوزير الأمريكي إلى الدوحة حيث التقى أمير قطر الشيخ تميم بن حمد، بحضور رئيس الوزراء وزير الخارجية الشيخ محمد بن عبدالرحمن آل ثاني.\n"
     "وكان نتنياهو قد اتصل لاحقاً برئيس الوزراء القطري معتذراً عن مقتل العنصر القطري.",
     [("ASSASSINATED_BY", HAMMAM, IDF, "في غارة أسفرت عن مقتل همام الحية", "2025-09-09"),
      ("ASSASSINATED_BY", HAMMAM, SHINBET, "في غارة أسفرت عن مقتل همام الحية", "2025-09-09"),
      ("ASSASSINATED_BY", LABAD, IDF, "ومدير مكتبه جهاد لبد", "2025-09-09"),
      ("ASSASSINATED_BY", LABAD, SHINBET, "ومدير مكتبه جهاد لبد", "2025-09-09"),
      ("ASSASSINATED_BY", HUMAIDI, IDF, "وقُتل في الغارة أيضاً العريف", "2025-09-09"),
      ("ASSASSINATED_BY", HUMAIDI, SHINBET, "وقُتل في الغارة أيضاً العريف", "2025-09-09"),
      ("ASSASSINATED_BY", HAMMAM, NETANYAHU, "أصدر الأمر بتنفيذ العملية", "2025-09-09"),
      ("ASSASSINATED_BY", LABAD, NETANYAHU, "أصدر الأمر بتنفيذ العملية", "2025-09-09"),
      ("ASSASSINATED_BY", HUMAIDI, NETANYAHU, "أصدر الأمر بتنفيذ العملية", "2025-09-09"),
      ("MEMBER_OF", HUMAIDI, LEKHWIYA, "من قوة الأمن الداخلي القطرية"),
      ("ATTACKED", IDF, DOHA, "استهدفا قيادة حماس في الدوحة", "2025-09-09"),
      ("VISITED", RUBIO, JERUSALEM, "ماركو روبيو إلى القدس", "2025-09-14"),
      ("VISITED", RUBIO, WESTERNWALL, "وزار حائط البراق", "2025-09-14"),
      ("MET_WITH", RUBIO, NETANYAHU, "وزار حائط البراق برفقة نتنياهو", "2025-09-14"),
      ("MET_WITH", RUBIO, HUCKABEE, "الأمريكي مايك هاكابي", "2025-09-14"),
      ("MET_WITH", NETANYAHU, HUCKABEE, "الأمريكي مايك هاكابي", "2025-09-14"),
      ("VISITED", RUBIO, DOHA, "ثم توجه الوزير الأمريكي إلى الدوحة", "2025-09-16"),
      ("MET_WITH", RUBIO, TAMIM, "حيث التقى أمير قطر", "2025-09-16"),
      ("MET_WITH", RUBIO, MBAR, "بحضور رئيس الوزراء وزير الخارجية", "2025-09-16"),
      ("MET_WITH", TAMIM, MBAR, "بحضور رئيس الوزراء وزير الخارجية", "2025-09-16"),
      ("LEADS", TAMIM, QATAR, "أمير قطر الشيخ تميم بن حمد"),
      ],
     {"source": "blind set (Israeli Arabic-language news site)", "published": "2025-09-16"}),

    ("arKF6_blinken_jerusalem_sinwar", "ar",
     "بلينكن يضغط على نتنياهو لتحويل مقتل السنوار إلى صفقة مخطوفين\n"
     "القدس – التقى وزير الخارجية الأمريكي أنتوني بلينكن رئيس الحكومة بنيامين نتنياهو لمدة ساعتين ونصف في "
     "القدس يوم الثلاثاء، بعد أيام من مقتل رئيس حركة حماس يحيى السنوار بنيران قوات الجيش الإسرائيلي في رفح.\n"
     "وحضر اللقاء الوزير للشؤون الاستراتيجية رون ديرمر ورئيس مجلس الأمن القومي تساحي هنغبي والسفير الأمريكي "
     "لدى إسرائيل جاك ليو، بحسب مسؤول مطلع.\n"
     "والتقى كبير الدبلوماسيين الأمريكيين لاحقاً وزير الأمن يوآف غالانت في تل أبيب بحضور رئيس الأركان هرتسي هاليفي، ثم رئيس الدولة يتسحاق "
     "هرتسوغ.\n"
     "وقال مكتب رئيس الحكومة إن نتنياهو شدد أمام ضيفه على ضرورة منع حزب الله من إعادة التسلح في جنوب لبنان.\n"
     "ومن المقرر أن يتوجه بلينكن إلى الرياض. ولم تعلن حماس بعد اسم خليفة السنوار.",
     [("MET_WITH", BLINKEN, NETANYAHU, "التقى وزير الخارجية الأمريكي أنتوني بلينكن", "2024-10-22"),
      ("MET_WITH", BLINKEN, DERMER, "وحضر اللقاء الوزير للشؤون الاستراتيجية", "2024-10-22"),
      ("MET_WITH", BLINKEN, HANEGBI, "ورئيس مجلس الأمن القومي تساحي هنغبي", "2024-10-22"),
      ("MET_WITH", BLINKEN, LEW, "لدى إسرائيل جاك ليو", "2024-10-22"),
      ("MET_WITH", NETANYAHU, DERMER, "وحضر اللقاء الوزير للشؤون الاستراتيجية", "2024-10-22"),
      ("MET_WITH", NETANYAHU, HANEGBI, "ورئيس مجلس الأمن القومي تساحي هنغبي", "2024-10-22"),
      ("MET_WITH", NETANYAHU, LEW, "لدى إسرائيل جاك ليو", "2024-10-22"),
      ("MET_WITH", DERMER, HANEGBI, "ورئيس مجلس الأمن القومي تساحي هنغبي", "2024-10-22"),
      ("MET_WITH", DERMER, LEW, "لدى إسرائيل جاك ليو", "2024-10-22"),
      ("MET_WITH", HANEGBI, LEW, "لدى إسرائيل جاك ليو", "2024-10-22"),
      ("LEADS", HANEGBI, NSC, "ورئيس مجلس الأمن القومي تساحي هنغبي"),
      ("VISITED", BLINKEN, JERUSALEM, "لمدة ساعتين ونصف في", "2024-10-22"),
      ("MET_WITH", BLINKEN, GALLANT, "لاحقاً وزير الأمن يوآف غالانت", "2024-10-22"),
      ("MET_WITH", BLINKEN, HALEVI, "بحضور رئيس الأركان هرتسي هاليفي", "2024-10-22"),
      ("MET_WITH", GALLANT, HALEVI, "بحضور رئيس الأركان هرتسي هاليفي", "2024-10-22"),
      ("MET_WITH", BLINKEN, IHERZOG, "ثم رئيس الدولة يتسحاق", "2024-10-22"),
      ("ASSASSINATED_BY", SINWAR, IDF, "بنيران قوات الجيش الإسرائيلي في رفح", "2024-10-16"),
      ("LEADS", SINWAR, HAMAS, "رئيس حركة حماس يحيى السنوار"),
      ],
     {"source": "blind set (Israeli Arabic-language news site)", "published": "2024-10-22"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKF")
