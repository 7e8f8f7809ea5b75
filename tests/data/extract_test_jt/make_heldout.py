"""Blind set JT: Gaza ceasefire diplomacy and its mediators, 2024-2025, as an Egyptian state daily writes
it in Arabic (Al-Ahram-like: Egyptian orthography with final ى and "مسئول"/"شئون", "صرح المتحدث الرسمى
باسم رئاسة الجمهورية", "الجهود المصرية", "مصادر مطلعة", "أمس") and as a Qatari English-language daily
writes it (The Peninsula / Gulf Times-like: "Doha:", "H H the Amir", "H E", full Qatari names, "received
at Lusail Palace", QNA protocol sentences, "martyrdom").
Pieces: Sisi names Hassan Rashad to head General Intelligence in place of Abbas Kamel, the day the
Israeli army said it killed Yahya Sinwar, October 2024 (Arabic); Abdelatty receives Sigrid Kaag after
taking over from Sameh Shoukry, with the defence minister and chief of staff replaced in the same
reshuffle, July 2024 (Arabic); Fatah and Hamas delegations in Cairo with Rashad, December 2024
(Arabic); the Qatari prime minister announces the January 2025 agreement after separate meetings with
the Hamas and Israeli teams, the Amir receives Witkoff (English); the Amir receives Mohamed bin Zayed
after the Israeli strike in Doha that killed a Lekhwiya corporal and Hamas members, September 2025
(English); the Amir's meetings on the sidelines of the emergency Arab-Islamic summit and Rubio's
arrival, September 2025 (English).
Excluded on purpose (no relation): a Rashad meeting with a Hamas delegation "expected next week"
(JT1); Blinken's phone call to Abdelatty (JT2); the draft "to be submitted" to Abbas, and a meeting of
the delegations with Israeli officials that an Egyptian source denied (JT3); Biden's phone call to the
Amir, and no pairing of the Hamas and Israeli teams, whom the prime minister met separately (JT4); the
Hamas negotiating delegation that survived the strike, unnamed wounded, and the prime minister's
statement (JT5); Rubio's meetings with the Amir and the prime minister still to come, and his saying he
would not meet Hamas officials (JT6). Separate meetings with the Amir are not paired with each other.
Spellings: السيسى، عبد العاطى، شكرى، محمد زكى، أحمد فتحى خليفة with the Egyptian final ى (JT1, JT2; the
Egyptian orthography runs through JT3 too), حسن محمود رشاد (JT1), سيجريد كاج (for Kaag, JT2), Dr Khalil
Al Hayya and Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani (JT4, JT6), El Sisi (JT6);
the prime minister and the Amir by title after the first mention.
Events follow the public record as far as the writer knew it; some minor details (who attended, the
day of a courtesy call, the composition of the delegations) are filled in for the exercise.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ju import ALL  # noqa: E402

HERE = Path(__file__).parent

EGYPT, QATAR, ISR, UAE = "country:egypt", "country:qatar", "country:israel", "country:united-arab-emirates"
EGI, EGYPRES, EGYFM, EGYGOV, EGYDEF = (
    "organization:egyptian-general-intelligence", "organization:egyptian-presidency",
    "organization:egyptian-foreign-ministry", "organization:egyptian-government",
    "organization:egyptian-defence-ministry")
HAMAS, HPB, IDF, MOSSAD, FATAH, FCC, PA, UN, QGOV, LEKHWIYA, OIC, USSTATE = (
    "organization:hamas", "organization:hamas-political-bureau", "organization:israel-defense-forces",
    "organization:mossad", "organization:fatah", "organization:fatah-central-committee",
    "organization:palestinian-authority", "organization:united-nations", "organization:qatari-government",
    "organization:lekhwiya", "organization:oic", "organization:us-state-department")
ITTIHADIYA, LUSAIL, DOHA = "location:ittihadiya-palace", "location:lusail-palace", "location:doha"
SISI, RASHAD, KAMEL, FAHMY, SINWAR, HAYYA = (
    "person:abdel-fattah-al-sisi", "person:hassan-rashad", "person:abbas-kamel", "person:ahmed-fahmy",
    "person:yahya-sinwar", "person:khalil-al-hayya")
ABDELATTY, SHOUKRY, MADBOULY, SAQR, ZAKI, ALOUL, ABBAS = (
    "person:badr-abdelatty", "person:sameh-shoukry", "person:mostafa-madbouly", "person:abdel-meguid-saqr",
    "person:mohamed-zaki", "person:mahmoud-al-aloul", "person:mahmoud-abbas")
MBAR, TAMIM, BARNEA, WITKOFF, MBZ, DOSARI, HAMMAM, LABAD, RUBIO = (
    "person:mohammed-bin-abdulrahman-al-thani", "person:tamim-bin-hamad-al-thani", "person:david-barnea",
    "person:steve-witkoff", "person:mohamed-bin-zayed", "person:badr-al-dosari", "person:hammam-al-hayya",
    "person:jihad-labad", "person:marco-rubio")
# new to the tables
GARG, KAAG, KHALIFA, ASKAR, RAJOUB, MESHAL, KBH, TAHA = (
    "person:herro-mustafa-garg", "person:sigrid-kaag", "person:ahmed-fathy-khalifa", "person:osama-askar",
    "person:jibril-rajoub", "person:meshal-bin-hamad-al-thani", "person:khalifa-bin-hamad-al-thani",
    "person:hissein-brahim-taha")

ARTICLES = [
    ("arJT1_rashad_replaces_kamel", "ar",
     "الرئيس السيسى يعين اللواء حسن رشاد رئيساً للمخابرات العامة خلفاً لعباس كامل\n"
     "أصدر الرئيس عبد الفتاح السيسى، أمس، قراراً جمهورياً بتعيين اللواء حسن محمود رشاد رئيساً لجهاز "
     "المخابرات العامة، خلفاً للواء عباس كامل، الذى صدر قرار بتعيينه مستشاراً لرئيس الجمهورية ومبعوثاً "
     "خاصاً له.\n"
     "وأدى اللواء حسن رشاد اليمين القانونية أمام الرئيس السيسى بقصر الاتحادية.\n"
     "وصرح السفير أحمد فهمى، المتحدث الرسمى باسم رئاسة الجمهورية، بأن الرئيس وجه الشكر للواء عباس كامل "
     "على ما بذله من جهد خلال رئاسته للجهاز، لاسيما فى ملف الوساطة لوقف إطلاق النار فى قطاع غزة وتبادل "
     "المحتجزين والأسرى.\n"
     "ويتسلم رشاد الملف الفلسطينى فى مرحلة دقيقة، إذ تزامن قرار تعيينه مع إعلان الجيش الإسرائيلى أن "
     "قواته قتلت يحيى السنوار، رئيس المكتب السياسى لحركة حماس، فى رفح جنوب القطاع.\n"
     "واستقبل رشاد، مساء أمس، بمقر الجهاز السفيرة الأمريكية بالقاهرة هيرو مصطفى جارج، التى نقلت إليه "
     "تهنئة واشنطن بتوليه منصبه.\n"
     "ومن المنتظر أن يستقبل رئيس المخابرات العامة وفداً من حركة حماس برئاسة خليل الحية الأسبوع المقبل، "
     "لبحث المقترح المصرى لهدنة مؤقتة يجرى خلالها تبادل عدد من المحتجزين والأسرى.",
     [("LEADS", SISI, EGYPT, "أصدر الرئيس عبد الفتاح السيسى"),
      ("LEADS", RASHAD, EGI, "رئيساً لجهاز المخابرات العامة"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "خلفاً للواء عباس كامل", "2024-10-16"),
      ("MEMBER_OF", KAMEL, EGYPRES, "مستشاراً لرئيس الجمهورية ومبعوثاً"),
      ("MET_WITH", RASHAD, SISI, "اليمين القانونية أمام الرئيس السيسى", "2024-10-16"),
      ("VISITED", RASHAD, ITTIHADIYA, "أمام الرئيس السيسى بقصر الاتحادية", "2024-10-16"),
      ("MEMBER_OF", FAHMY, EGYPRES, "المتحدث الرسمى باسم رئاسة الجمهورية"),
      ("ASSASSINATED_BY", SINWAR, IDF, "أن قواته قتلت يحيى السنوار", "2024-10-16"),
      ("LEADS", SINWAR, HPB, "رئيس المكتب السياسى لحركة حماس"),
      ("MET_WITH", RASHAD, GARG, "بمقر الجهاز السفيرة الأمريكية", "2024-10-16"),
      ],
     {"source": "blind set (Egyptian state daily, Arabic)", "published": "2024-10-17"}),

    ("arJT2_abdelatty_receives_kaag", "ar",
     "عبد العاطى يستقبل كاج فى أول لقاءاته ويؤكد: لا بديل عن وقف فورى لإطلاق النار فى غزة\n"
     "استقبل الدكتور بدر عبد العاطى، وزير الخارجية والهجرة وشئون المصريين بالخارج، أمس، سيجريد كاج كبيرة "
     "منسقى الأمم المتحدة للشئون الإنسانية وإعادة الإعمار فى غزة، فى أول لقاء له بمقر الوزارة عقب توليه "
     "منصبه.\n"
     "وأكد عبد العاطى خلال اللقاء ضرورة التوصل إلى وقف فورى لإطلاق النار، ورفض مصر أى وجود عسكرى "
     "إسرائيلى فى الجانب الفلسطينى من معبر رفح، مطالباً بفتح كل المعابر البرية أمام المساعدات.\n"
     "وكان عبد العاطى قد أدى اليمين الدستورية أمام الرئيس عبد الفتاح السيسى، الأربعاء الماضى، ضمن حكومة "
     "الدكتور مصطفى مدبولى الجديدة، خلفاً لسامح شكرى الذى تولى الحقيبة منذ عام 2014.\n"
     "وشمل التعديل تولى الفريق أول عبد المجيد صقر وزارة الدفاع والإنتاج الحربى خلفاً للفريق أول محمد "
     "زكى، فيما أصدر الرئيس قراراً بتعيين الفريق أحمد فتحى خليفة رئيساً لأركان حرب القوات المسلحة خلفاً "
     "للفريق أسامة عسكر.\n"
     "وتلقى عبد العاطى اتصالاً هاتفياً من وزير الخارجية الأمريكى أنتونى بلينكن، بحثا خلاله جهود الوساطة "
     "المصرية القطرية الأمريكية للتوصل إلى اتفاق.",
     [("LEADS", ABDELATTY, EGYFM, "وزير الخارجية والهجرة وشئون المصريين بالخارج"),
      ("MET_WITH", ABDELATTY, KAAG, "استقبل الدكتور بدر عبد العاطى", "2024-07-07"),
      ("MEMBER_OF", KAAG, UN, "كبيرة منسقى الأمم المتحدة"),
      ("MET_WITH", ABDELATTY, SISI, "قد أدى اليمين الدستورية أمام الرئيس", "2024-07-03"),
      ("LEADS", MADBOULY, EGYGOV, "ضمن حكومة الدكتور مصطفى مدبولى"),
      ("SUCCESSOR_OF", ABDELATTY, SHOUKRY, "خلفاً لسامح شكرى", "2024-07-03"),
      ("LEADS", SAQR, EGYDEF, "تولى الفريق أول عبد المجيد صقر وزارة الدفاع"),
      ("SUCCESSOR_OF", SAQR, ZAKI, "خلفاً للفريق أول محمد", "2024-07-03"),
      ("SUCCESSOR_OF", KHALIFA, ASKAR, "خلفاً للفريق أسامة عسكر", "2024-07-03"),
      ],
     {"source": "blind set (Egyptian state daily, Arabic)", "published": "2024-07-08"}),

    ("arJT3_fatah_hamas_cairo", "ar",
     "القاهرة تستضيف لقاءات فتح وحماس لبحث تشكيل «لجنة الإسناد المجتمعى» لإدارة غزة\n"
     "استضافت القاهرة، على مدى يومين، لقاءات بين وفدى حركتى فتح وحماس برعاية جهاز المخابرات العامة، لبحث "
     "تشكيل لجنة من شخصيات مستقلة لإدارة شئون قطاع غزة فى اليوم التالى لوقف إطلاق النار.\n"
     "والتقى اللواء حسن رشاد، رئيس المخابرات العامة، كلاً من الوفدين على حدة؛ إذ ترأس وفد فتح محمود "
     "العالول نائب رئيس الحركة، وضم جبريل الرجوب أمين سر اللجنة المركزية للحركة، بينما ترأس وفد حماس خليل "
     "الحية عضو المكتب السياسى للحركة.\n"
     "ثم عقد الوفدان اجتماعاً مشتركاً بمقر الجهاز، بحسب مصادر مطلعة، جرى خلاله التوافق على مسودة تشكيل "
     "اللجنة، على أن تتبع الحكومة الفلسطينية وتتولى ملفات الإغاثة وإعادة الإعمار وتشغيل معبر رفح.\n"
     "وقالت المصادر إن المسودة ستعرض على الرئيس الفلسطينى محمود عباس لإقرارها، فيما نفى مصدر مصرى مسئول "
     "ما تردد عن لقاء الوفدين مسئولين إسرائيليين فى القاهرة خلال الزيارة.\n"
     "وتأتى اللقاءات فى إطار الجهود المصرية لتوحيد الصف الفلسطينى، بالتوازى مع مساعى الوسطاء لاستئناف "
     "مفاوضات وقف إطلاق النار وتبادل المحتجزين.",
     [("LEADS", RASHAD, EGI, "رئيس المخابرات العامة، كلاً"),
      ("MET_WITH", RASHAD, ALOUL, "كلاً من الوفدين على حدة", "2024-12"),
      ("MET_WITH", RASHAD, RAJOUB, "كلاً من الوفدين على حدة", "2024-12"),
      ("MET_WITH", RASHAD, HAYYA, "كلاً من الوفدين على حدة", "2024-12"),
      ("MET_WITH", ALOUL, RAJOUB, "وضم جبريل الرجوب", "2024-12"),
      ("MEMBER_OF", ALOUL, FATAH, "العالول نائب رئيس الحركة"),
      ("MEMBER_OF", RAJOUB, FCC, "أمين سر اللجنة المركزية للحركة"),
      ("MEMBER_OF", HAYYA, HPB, "عضو المكتب السياسى للحركة"),
      ("MET_WITH", ALOUL, HAYYA, "ثم عقد الوفدان اجتماعاً مشتركاً", "2024-12"),
      ("MET_WITH", RAJOUB, HAYYA, "ثم عقد الوفدان اجتماعاً مشتركاً", "2024-12"),
      ("LEADS", ABBAS, PA, "الرئيس الفلسطينى محمود عباس"),
      ],
     {"source": "blind set (Egyptian state daily, Arabic)", "published": "2024-12-03"}),

    ("enJT4_pm_announces_gaza_agreement", "en",
     "Qatar announces Gaza ceasefire and exchange agreement\n"
     "Doha: Prime Minister and Minister of Foreign Affairs H E Sheikh Mohammed bin Abdulrahman bin Jassim Al "
     "Thani announced last night that the two parties to the conflict in the Gaza Strip had reached an "
     "agreement on a ceasefire and the exchange of captives and prisoners, to take effect on Sunday.\n"
     "Earlier yesterday, H E the Prime Minister held separate meetings with the Hamas delegation headed by "
     "Dr Khalil Al Hayya and with the Israeli negotiating team headed by Mossad Director David Barnea, to "
     "finalise the text of the agreement.\n"
     "H H the Amir Sheikh Tamim bin Hamad Al Thani received at Lusail Palace US Special Envoy to the Middle "
     "East Steve Witkoff, in the presence of Qatar's Ambassador to the United States H E Sheikh Meshal bin "
     "Hamad Al Thani. H H the Amir also received a phone call from US President Joe Biden, who thanked Qatar "
     "for its efforts.\n"
     "Speaking at a press conference, H E the Prime Minister said the first phase, lasting 42 days, would "
     "see the release of 33 Israeli captives in exchange for a number of Palestinian prisoners, and thanked "
     "Egypt and the United States for their partnership in the mediation.\n"
     "The agreement follows more than 15 months of war in the Gaza Strip.",
     [("LEADS", MBAR, QGOV, "Prime Minister and Minister of Foreign Affairs H E Sheikh"),
      ("MET_WITH", MBAR, HAYYA, "with the Hamas delegation headed by", "2025-01-15"),
      ("MEMBER_OF", HAYYA, HAMAS, "the Hamas delegation headed by Dr Khalil"),
      ("MET_WITH", MBAR, BARNEA, "with the Israeli negotiating team headed by", "2025-01-15"),
      ("LEADS", BARNEA, MOSSAD, "Mossad Director David Barnea"),
      ("LEADS", TAMIM, QATAR, "H H the Amir Sheikh Tamim bin Hamad Al Thani received"),
      ("MET_WITH", TAMIM, WITKOFF, "received at Lusail Palace US Special Envoy", "2025-01-15"),
      ("VISITED", WITKOFF, LUSAIL, "received at Lusail Palace US Special Envoy", "2025-01-15"),
      ("MET_WITH", MESHAL, TAMIM, "in the presence of Qatar's Ambassador", "2025-01-15"),
      ("MET_WITH", MESHAL, WITKOFF, "in the presence of Qatar's Ambassador", "2025-01-15"),
      ],
     {"source": "blind set (Qatari English-language daily, English)", "published": "2025-01-16"}),

    ("enJT5_amir_receives_mbz_after_doha_attack", "en",
     "Amir receives UAE President as Qatar mourns Lekhwiya member killed in Israeli attack\n"
     "Doha: H H the Amir Sheikh Tamim bin Hamad Al Thani received at Lusail Palace yesterday UAE President H H "
     "Sheikh Mohamed bin Zayed Al Nahyan, who arrived in Doha on a visit to express the UAE's solidarity with "
     "Qatar following the Israeli attack on the capital on Tuesday.\n"
     "The Ministry of Interior announced the martyrdom of Lance Corporal Badr Saad Mohammed Al Humaidi Al "
     "Dosari, a member of the Internal Security Force (Lekhwiya), who was killed in the Israeli attack that "
     "targeted residential headquarters housing members of the Political Bureau of Hamas. Several other "
     "members of the force were injured.\n"
     "Minister of Interior and Commander of Lekhwiya H E Sheikh Khalifa bin Hamad bin Khalifa Al Thani said "
     "the security services had cordoned off the site within minutes.\n"
     "Hamas said five of its members were killed in the Israeli strike, among them Hammam Al Hayya, son of "
     "the movement's chief negotiator Dr Khalil Al Hayya, and Jihad Labad, director of Dr Al Hayya's office, "
     "while its negotiating delegation survived.\n"
     "Prime Minister H E Sheikh Mohammed bin Abdulrahman Al Thani said Qatar reserved the right "
     "to respond to this \"blatant attack\".",
     [("LEADS", TAMIM, QATAR, "H H the Amir Sheikh Tamim bin Hamad Al Thani received"),
      ("MET_WITH", TAMIM, MBZ, "received at Lusail Palace yesterday UAE President", "2025-09-10"),
      ("LEADS", MBZ, UAE, "UAE President H H Sheikh Mohamed"),
      ("VISITED", MBZ, DOHA, "who arrived in Doha on a visit", "2025-09-10"),
      ("VISITED", MBZ, LUSAIL, "received at Lusail Palace yesterday UAE President", "2025-09-10"),
      ("ATTACKED", ISR, DOHA, "the Israeli attack on the capital on Tuesday", "2025-09-09"),
      ("ASSASSINATED_BY", DOSARI, ISR, "who was killed in the Israeli attack that targeted", "2025-09-09"),
      ("MEMBER_OF", DOSARI, LEKHWIYA, "a member of the Internal Security Force (Lekhwiya)"),
      ("LEADS", KBH, LEKHWIYA, "Commander of Lekhwiya H E Sheikh Khalifa"),
      ("MEMBER_OF", KBH, QGOV, "Minister of Interior and Commander of Lekhwiya"),
      ("ASSASSINATED_BY", HAMMAM, ISR, "five of its members were killed in the Israeli strike", "2025-09-09"),
      ("ASSASSINATED_BY", LABAD, ISR, "five of its members were killed in the Israeli strike", "2025-09-09"),
      ("MEMBER_OF", HAYYA, HAMAS, "the movement's chief negotiator Dr Khalil"),
      ("LEADS", MBAR, QGOV, "Prime Minister H E Sheikh Mohammed"),
      ],
     {"source": "blind set (Qatari English-language daily, English)", "published": "2025-09-11"}),

    ("enJT6_amir_summit_sidelines", "en",
     "Amir meets Palestinian President, El Sisi on sidelines of emergency Arab-Islamic summit\n"
     "Doha: H H the Amir Sheikh Tamim bin Hamad Al Thani met yesterday with President of the State of "
     "Palestine H E Mahmoud Abbas on the sidelines of the emergency Arab-Islamic summit held in Doha to "
     "discuss the Israeli attack on the State of Qatar. The meeting was attended by the Prime Minister and "
     "Minister of Foreign Affairs, H E Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani.\n"
     "H H the Amir also met separately with President of the Arab Republic of Egypt H E Abdel Fattah El "
     "Sisi, and received Secretary-General of the Organisation of Islamic Cooperation H E Hissein Brahim "
     "Taha, who conveyed the organisation's solidarity with Qatar.\n"
     "The summit's final communique condemned the Israeli aggression and called for concrete measures to "
     "prevent its recurrence.\n"
     "Meanwhile, US Secretary of State Marco Rubio arrived in Doha this morning, coming from Israel, and is "
     "due to meet H H the Amir and H E the Prime Minister later today.\n"
     "Rubio told reporters before leaving Israel that he would not meet Hamas officials during the visit.",
     [("LEADS", TAMIM, QATAR, "H H the Amir Sheikh Tamim bin Hamad Al Thani met"),
      ("MET_WITH", TAMIM, ABBAS, "met yesterday with President of the State of", "2025-09-15"),
      ("LEADS", ABBAS, PA, "Palestine H E Mahmoud Abbas"),
      ("ATTACKED", ISR, QATAR, "the Israeli attack on the State of Qatar", "2025-09-09"),
      ("MET_WITH", MBAR, TAMIM, "The meeting was attended by the Prime Minister", "2025-09-15"),
      ("MET_WITH", MBAR, ABBAS, "The meeting was attended by the Prime Minister", "2025-09-15"),
      ("LEADS", MBAR, QGOV, "Minister of Foreign Affairs, H E Sheikh Mohammed"),
      ("MET_WITH", TAMIM, SISI, "also met separately with President of the Arab Republic", "2025-09-15"),
      ("LEADS", SISI, EGYPT, "President of the Arab Republic of Egypt H E Abdel"),
      ("MET_WITH", TAMIM, TAHA, "and received Secretary-General of the Organisation", "2025-09-15"),
      ("LEADS", TAHA, OIC, "Secretary-General of the Organisation of Islamic Cooperation H E Hissein"),
      ("LEADS", RUBIO, USSTATE, "US Secretary of State Marco Rubio"),
      ("VISITED", RUBIO, DOHA, "arrived in Doha this morning", "2025-09-16"),
      ],
     {"source": "blind set (Qatari English-language daily, English)", "published": "2025-09-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJT")
