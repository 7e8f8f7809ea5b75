"""Blind set QF: Hamas, Israel and the mediators 2024-2025 (second folder of QE-QF): the Doha round of
August 2024 (Sheikh Mohammed with Burns, Barnea and Kamel), the Qassam Brigades' announcement of the deaths of
Mohammed Deif and Marwan Issa (January 2025), Steve Witkoff's Saturday meeting with Netanyahu and the Doha
round before the January 2025 ceasefire, Hakan Fidan's reception of a Hamas delegation headed by Mohammed
Darwish in Ankara (2025), Blinken's meetings in Cairo and Doha (February 2024), and Sheikh Mohammed's
meetings at the Sharm el-Sheikh talks a month after the Israeli strike in Doha (October 2025), as Qatar's
state agency writes it in English (QNA-like: "HE", "Doha, August 15 (QNA) -"), a pan-Arab TV site in Arabic
(Al Jazeera-like: "الجزيرة", "كلمة مصورة"), an Israeli news site in English (Ynet-like: "Ynetnews", "Maj. Gen.
(res.)"), Turkey's state agency in Arabic (Anadolu-like: "أنقرة/ الأناضول", "مصادر دبلوماسية تركية"), a wire in
English (AFP-like: "CAIRO, Feb 6, 2024 (AFP) -", "the top US diplomat") and Qatar's state agency in Arabic
(QNA-like: "قنا", "معالي", "سعادة").
Pieces: Sheikh Mohammed meets Burns, Barnea and Kamel, a four-party meeting, with al-Khulaifi present (English,
QF1); the Qassam Brigades announce the deaths of Deif and Issa; the IDF had said it killed Deif and Salama and
that it killed Issa; Sheikh Mohammed had met al-Hayya's delegation (Arabic, QF2); Witkoff meets Netanyahu,
had met Sheikh Mohammed in Doha; Barnea and Witkoff hold a joint meeting with Sheikh Mohammed (English, QF3);
Fidan receives Darwish's delegation with Kalin present, al-Hayya and Jabarin in it; Erdogan had received
Haniyeh (Arabic, QF4); Sisi receives Blinken with Shoukry and Kamel present; Blinken meets the emir and holds a
joint news conference with Sheikh Mohammed (English, QF5); Sheikh Mohammed meets Rashad, Witkoff and Kalin,
then al-Hayya's delegation; the Israeli attack on Doha killed al-Dosari and Hamam al-Hayya (Arabic, QF6).
Excluded on purpose (no relation): Blinken's phone call, the Hamas delegation "expected to be briefed",
Haniyeh's "assassination" in Tehran (no agent) (QF1); the leaders who "gained martyrdom" (no agent in the
Brigades' statement), the White House's announcement of Issa's death, Mohammed Sinwar "believed" to lead the
Brigades (no succession stated) (QF2); Bar and Alon, dispatched to Doha but not said to meet anyone, Rashad
"expected to meet" the negotiators, Biden's phone call, "slain leader Yahya Sinwar" (no agent) (QF3); Fidan's
phone call to Sheikh Mohammed, the council running Hamas "since the assassination of Sinwar" (no agent, and
no successor named) (QF4); the planned meeting with Netanyahu, Arouri "killed in a drone strike in Beirut
blamed on Israel" (QF5); Trump's phone call to the emir (QF6).
Judgement calls: "The four-party meeting" makes the Doha meeting one meeting of the four, and al-Khulaifi, "in
the presence of", is paired with all four (host and guests) (QF1); "the IDF ... said it had killed Deif and
Salama" and "confirmed that it had killed" Issa give the victim -> the IDF (QF2); "held a joint meeting with"
is one meeting of the three (QF3); the delegation's members ("وضم الوفد") are paired with the host only, the
attendee Kalin with the host and the delegation's head (QF4); Shoukry and Kamel "in the presence of" are each
paired with Sisi and Blinken, and with each other (they attended together) (QF5); a "joint news conference"
in Doha is a meeting (QF5); Sheikh Mohammed's meetings "على هامش المفاوضات" listed with «اللقاءات» are separate
meetings: he is paired with each, the three not with each other (QF6); "the Israeli attack ... led to the
martyrdom of" named victims gives victim -> country:israel (QF6); a prime minister LEADS the country, a
minister LEADS a ministry with a gazetteer id.
Filled in for the exercise: al-Khulaifi's presence, the wording of the joint statement's recap (QF1); the
date of Sheikh Mohammed's meeting with al-Hayya's delegation (QF2); the source's wording on the joint meeting,
Rashad's expected meeting (QF3); the date and place of the Ankara meeting, its members, Kalin's presence,
Fidan's call (QF4); the presence of Shoukry and Kamel (QF5); the order of Sheikh Mohammed's meetings on the
day, the meeting with al-Hayya's delegation, Trump's call (QF6).
Spellings: "Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani", "William J. Burns", "Major General Abbas
Kamel" (QF1); «محمد الضيف», «مروان عيسى», «رافع سلامة», «أبو عبيدة» (QF2); "Steve Witkoff", "Sheikh Mohammed
bin Abdulrahman al-Thani", "Maj. Gen. (res.) Nitzan Alon" (QF3); «هاكان فيدان», «محمد درويش», «إبراهيم قالن»,
«زاهر جبارين» (QF4); "Abdel Fattah al-Sisi", "Sameh Shukri", "Sheikh Tamim bin Hamad Al-Thani" (QF5); «محمد بن
عبدالرحمن بن جاسم آل ثاني», «ستيف ويتكوف», «إبراهيم كالن», «همام الحية» (QF6).
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
HAMAS, QASSAM, IDF, MOSSAD, SHINBET, CIA, EGI, MIT = (
    "organization:hamas", "organization:al-qassam-brigades", "organization:israel-defense-forces",
    "organization:mossad", "organization:shin-bet", "organization:cia", "organization:egyptian-general-intelligence",
    "organization:turkish-national-intelligence-organization")
COUNCIL, SHURA, TRFM, EGFM, STATE, LEKHWIYA = (
    "organization:hamas-leadership-council", "organization:hamas-shura-council", "organization:turkish-foreign-ministry",
    "organization:egyptian-foreign-ministry", "organization:us-state-department",
    "organization:qatari-internal-security-force")
HANIYEH, DEIF, ISSA, SALAMA, ABUOBEIDA, MSINWAR = (
    "person:ismail-haniyeh", "person:mohammed-deif", "person:marwan-issa", "person:rafa-salama",
    "person:abu-obeida", "person:mohammed-sinwar")
HAYYA, JABARIN, DARWISH, HAMAM = ("person:khalil-al-hayya", "person:zaher-jabarin", "person:mohammed-darwish",
                                  "person:hamam-al-hayya")
NETANYAHU, BARNEA, BAR, ALON = ("person:benjamin-netanyahu", "person:david-barnea", "person:ronen-bar",
                                "person:nitzan-alon")
BLINKEN, BURNS, BIDEN, WITKOFF, MCGURK, TRUMP = (
    "person:antony-blinken", "person:william-burns", "person:joe-biden", "person:steve-witkoff",
    "person:brett-mcgurk", "person:donald-trump")
MBAR, TAMIM, KHULAIFI, DOSARI = ("person:mohammed-bin-abdulrahman-al-thani", "person:tamim-bin-hamad-al-thani",
                                 "person:mohammed-al-khulaifi", "person:badr-al-dosari")
KAMEL, RASHAD, SISI, SHOUKRY = ("person:abbas-kamel", "person:hassan-rashad", "person:abdel-fattah-el-sisi",
                                "person:sameh-shoukry")
ERDOGAN, FIDAN, KALIN = "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:ibrahim-kalin"

QNA = "blind set (Qatari state news agency, English service, QNA-like)"
AJA = "blind set (pan-Arab TV news site, Arabic, Al Jazeera-like)"
YNET = "blind set (Israeli news site, English, Ynet-like)"
AAAR = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"
AFP = "blind set (international news wire, English, AFP-like)"
QNAAR = "blind set (Qatari state news agency, Arabic, QNA-like)"

ARTICLES = [
    ("enQF1_doha_round_qna", "en",
     "Prime Minister and Minister of Foreign Affairs Meets CIA Director, Mossad Chief and Egyptian Intelligence "
     "Head\n"
     "Doha, August 15 (QNA) - HE Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin "
     "Jassim Al-Thani met in Doha on Thursday with HE Director of the US Central Intelligence Agency (CIA) William J. "
     "Burns, HE Director of the Israeli Mossad David Barnea and HE Head of the Egyptian General Intelligence Service "
     "Major General Abbas Kamel, in the presence of HE Minister of State at the Ministry of Foreign Affairs Dr. "
     "Mohammed bin Abdulaziz Al Khulaifi.\n"
     "The four-party meeting, the first of the resumed talks, discussed the latest proposal for a ceasefire in the "
     "Gaza Strip and the exchange of hostages and prisoners, and the ways to bridge the remaining gaps.\n"
     "The talks come in response to the call made by HH the Amir Sheikh Tamim bin Hamad Al-Thani, HE President "
     "Abdel Fattah El-Sisi of Egypt and HE President Joseph R. Biden of the United States in their joint "
     "statement of August 8.\n"
     "HE the Prime Minister and Minister of Foreign Affairs also received a phone call from HE US Secretary of "
     "State Antony Blinken, during which they reviewed the course of the negotiations.\n"
     "A Hamas delegation headed by Dr. Khalil Al Hayya is expected to be briefed by the mediators on the outcome "
     "of the round.\n"
     "The talks resumed two weeks after the assassination of Hamas political bureau chief Ismail Haniyeh in "
     "Tehran, which the State of Qatar strongly condemned.",
     met_group({MBAR: "HE Prime Minister and Minister of Foreign Affairs Sheikh",
                BURNS: "Intelligence Agency (CIA) William J.", BARNEA: "Israeli Mossad David Barnea",
                KAMEL: "Major General Abbas Kamel", KHULAIFI: "in the presence of HE Minister of State"},
               "2024-08-15") + [
      ("LEADS", MBAR, QATAR, "Mohammed bin Abdulrahman bin Jassim Al-Thani met"),
      ("LEADS", BURNS, CIA, "HE Director of the US Central Intelligence Agency"),
      ("LEADS", BARNEA, MOSSAD, "HE Director of the Israeli Mossad"),
      ("LEADS", KAMEL, EGI, "HE Head of the Egyptian General Intelligence Service"),
      ("LEADS", TAMIM, QATAR, "HH the Amir Sheikh Tamim"),
      ("LEADS", SISI, EGYPT, "HE President Abdel Fattah El-Sisi of Egypt"),
      ("LEADS", BIDEN, US, "HE President Joseph R. Biden of the United States"),
      ("LEADS", BLINKEN, STATE, "HE US Secretary of State Antony"),
      ("LEADS", HANIYEH, HAMAS, "Hamas political bureau chief Ismail Haniyeh"),
      ],
     {"source": QNA, "published": "2024-08-15"}),

    ("arQF2_qassam_deif_issa_aljazeera", "ar",
     "القسام تعلن استشهاد قائدها العام محمد الضيف ونائبه مروان عيسى\n"
     "الجزيرة\n"
     "أعلن الناطق العسكري باسم كتائب الشهيد عز الدين القسام، الجناح العسكري لحركة المقاومة الإسلامية (حماس)، أبو "
     "عبيدة، مساء اليوم الخميس، استشهاد القائد العام للكتائب محمد الضيف، ونائبه مروان عيسى، وعدد من أعضاء المجلس "
     "العسكري، بينهم قائد لواء خان يونس رافع سلامة.\n"
     "وقال أبو عبيدة، في كلمة مصورة، إن القادة \"نالوا الشهادة مقبلين غير مدبرين\" خلال معركة طوفان الأقصى، دون أن "
     "يحدد تاريخ أو مكان استشهادهم.\n"
     "وكان الجيش الإسرائيلي قد أعلن في الأول من أغسطس/آب الماضي أنه اغتال الضيف وسلامة في غارة جوية استهدفت منطقة "
     "المواصي غربي خان يونس في 13 يوليو/تموز، وأسفرت الغارة عن استشهاد أكثر من 90 فلسطينيا.\n"
     "أما عيسى، فكان البيت الأبيض قد أعلن مقتله في مارس/آذار 2024، قبل أن يؤكد الجيش الإسرائيلي أنه قتله في غارة "
     "على مجمع أنفاق أسفل مخيم النصيرات وسط القطاع.\n"
     "ويُعتقد أن محمد السنوار، شقيق رئيس المكتب السياسي الراحل يحيى السنوار، يقود الكتائب حالياً، لكن الحركة لم "
     "تؤكد ذلك.\n"
     "ويأتي الإعلان بعد أيام من لقاء رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني في الدوحة وفداً من "
     "الحركة برئاسة خليل الحية لبحث تنفيذ المرحلة الأولى من اتفاق وقف إطلاق النار.",
     [("MEMBER_OF", ABUOBEIDA, QASSAM, "الناطق العسكري باسم كتائب الشهيد"),
      ("PART_OF", QASSAM, HAMAS, "الجناح العسكري لحركة المقاومة"),
      ("LEADS", DEIF, QASSAM, "القائد العام للكتائب محمد الضيف"),
      ("ASSASSINATED_BY", DEIF, IDF, "أنه اغتال الضيف وسلامة", "2024-07-13"),
      ("ASSASSINATED_BY", SALAMA, IDF, "وسلامة في غارة جوية", "2024-07-13"),
      ("ASSASSINATED_BY", ISSA, IDF, "أنه قتله في غارة", "2024-03-10"),
      ("LEADS", MBAR, QATAR, "رئيس الوزراء القطري الشيخ محمد"),
      ("MET_WITH", MBAR, HAYYA, "الحركة برئاسة خليل الحية", "2025-01-26"),
      ],
     {"source": AJA, "published": "2025-01-30"}),

    ("enQF3_witkoff_netanyahu_ynet", "en",
     "Trump envoy Witkoff meets Netanyahu, Israeli team heads to Doha as hostage deal nears\n"
     "Ynetnews | 01.12.25\n"
     "US President-elect Donald Trump's incoming Middle East envoy, Steve Witkoff, met Prime Minister Benjamin "
     "Netanyahu in Jerusalem on Saturday, pressing him to send his negotiators back to Qatar, Israeli officials "
     "said.\n"
     "Witkoff, a real estate magnate and longtime Trump associate, had flown to Israel from Doha, where he held "
     "talks on Friday with Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman al-Thani.\n"
     "Following the meeting, Netanyahu dispatched Mossad Director David Barnea, Shin Bet chief Ronen Bar and Maj. "
     "Gen. (res.) Nitzan Alon to the Qatari capital.\n"
     "In Doha on Sunday night, Barnea and Witkoff held a joint meeting with Sheikh Mohammed, an Israeli source "
     "said, describing it as the most serious round since November 2023. Egypt's intelligence chief Hassan "
     "Rashad, who was also in Doha, was expected to meet the negotiators on Monday.\n"
     "Netanyahu also spoke by phone with outgoing President Joe Biden on Sunday about the progress of the talks.\n"
     "Hamas has yet to give its final answer. Officials in Jerusalem believe the decision now lies with Mohammed "
     "Sinwar, the commander of the Qassam Brigades in Gaza and the brother of slain leader Yahya Sinwar.",
     [("MET_WITH", WITKOFF, NETANYAHU, "Steve Witkoff, met Prime Minister Benjamin", "2025-01-11"),
      ("LEADS", TRUMP, US, "US President-elect Donald Trump's"),
      ("LEADS", NETANYAHU, ISRAEL, "met Prime Minister Benjamin Netanyahu"),
      ("MET_WITH", WITKOFF, MBAR, "where he held talks on Friday", "2025-01-10"),
      ("LEADS", MBAR, QATAR, "Qatar's Prime Minister and Foreign Minister Sheikh"),
      ("LEADS", BARNEA, MOSSAD, "Mossad Director David Barnea"),
      ("LEADS", BAR, SHINBET, "Shin Bet chief Ronen Bar"),
      ("MET_WITH", BARNEA, WITKOFF, "Barnea and Witkoff held", "2025-01-12"),
      ("MET_WITH", BARNEA, MBAR, "joint meeting with Sheikh Mohammed", "2025-01-12"),
      ("LEADS", RASHAD, EGI, "Egypt's intelligence chief Hassan"),
      ("LEADS", BIDEN, US, "outgoing President Joe Biden"),
      ("LEADS", MSINWAR, QASSAM, "the commander of the Qassam Brigades in Gaza"),
      ],
     {"source": YNET, "published": "2025-01-12"}),

    ("arQF4_fidan_darwish_ankara_aa", "ar",
     "فيدان يستقبل وفداً من حماس برئاسة محمد درويش في أنقرة\n"
     "أنقرة/ الأناضول\n"
     "استقبل وزير الخارجية التركي هاكان فيدان، السبت، وفداً من حركة المقاومة الإسلامية \"حماس\" برئاسة رئيس مجلس "
     "شورى الحركة محمد درويش، في العاصمة أنقرة.\n"
     "وأفادت مصادر دبلوماسية تركية بأن اللقاء، الذي عُقد بحضور رئيس جهاز الاستخبارات التركي إبراهيم قالن، تناول "
     "آخر مستجدات مفاوضات وقف إطلاق النار في غزة وإيصال المساعدات الإنسانية إلى القطاع.\n"
     "وضم الوفد عضوي المجلس القيادي للحركة خليل الحية وزاهر جبارين.\n"
     "ويدير المجلس القيادي، الذي يرأسه درويش، شؤون الحركة منذ اغتيال رئيس مكتبها السياسي يحيى السنوار في أكتوبر/"
     "تشرين الأول 2024.\n"
     "وفي وقت سابق من اليوم، أجرى فيدان اتصالاً هاتفياً مع رئيس الوزراء وزير الخارجية القطري الشيخ محمد بن "
     "عبد الرحمن آل ثاني، بحثا خلاله جهود الوساطة.\n"
     "وكان الرئيس رجب طيب أردوغان قد استقبل في أبريل/نيسان 2024 رئيس المكتب السياسي للحركة آنذاك إسماعيل هنية في "
     "إسطنبول، بحضور فيدان وقالن.\n"
     "يُذكر أن إسرائيل استأنفت في 18 مارس/آذار حربها على قطاع غزة، متنصلة من اتفاق وقف إطلاق النار الذي بدأ "
     "سريانه في 19 يناير/كانون الثاني.",
     [("MET_WITH", FIDAN, DARWISH, "شورى الحركة محمد درويش، في", "2025-04-19"),
      ("LEADS", FIDAN, TRFM, "استقبل وزير الخارجية التركي هاكان"),
      ("LEADS", DARWISH, SHURA, "برئاسة رئيس مجلس"),
      ("MET_WITH", KALIN, FIDAN, "بحضور رئيس جهاز الاستخبارات التركي", "2025-04-19"),
      ("MET_WITH", KALIN, DARWISH, "التركي إبراهيم قالن، تناول", "2025-04-19"),
      ("LEADS", KALIN, MIT, "رئيس جهاز الاستخبارات التركي إبراهيم"),
      ("MET_WITH", HAYYA, FIDAN, "وضم الوفد عضوي المجلس القيادي", "2025-04-19"),
      ("MET_WITH", JABARIN, FIDAN, "خليل الحية وزاهر جبارين", "2025-04-19"),
      ("MEMBER_OF", HAYYA, COUNCIL, "عضوي المجلس القيادي للحركة خليل"),
      ("MEMBER_OF", JABARIN, COUNCIL, "وزاهر جبارين."),
      ("LEADS", DARWISH, COUNCIL, "الذي يرأسه درويش"),
      ("LEADS", MBAR, QATAR, "رئيس الوزراء وزير الخارجية القطري الشيخ"),
      ("MET_WITH", ERDOGAN, HANIYEH, "قد استقبل في أبريل/نيسان 2024", "2024-04-20"),
      ("LEADS", ERDOGAN, TURKEY, "وكان الرئيس رجب طيب أردوغان"),
      ("LEADS", HANIYEH, HAMAS, "رئيس المكتب السياسي للحركة آنذاك"),
      ("MET_WITH", FIDAN, ERDOGAN, "بحضور فيدان وقالن", "2024-04-20"),
      ("MET_WITH", FIDAN, HANIYEH, "إسطنبول، بحضور فيدان", "2024-04-20"),
      ("MET_WITH", KALIN, ERDOGAN, "فيدان وقالن.", "2024-04-20"),
      ("MET_WITH", KALIN, HANIYEH, "وقالن.\n", "2024-04-20"),
      ],
     {"source": AAAR, "published": "2025-04-19"}),

    ("enQF5_blinken_cairo_doha_afp", "en",
     "Blinken meets Sisi, Qatari emir as Hamas responds to truce plan\n"
     "CAIRO, Feb 6, 2024 (AFP) - US Secretary of State Antony Blinken met Egyptian President Abdel Fattah al-Sisi "
     "in Cairo on Tuesday before flying to Doha, where he held talks with Qatar's Emir Sheikh Tamim bin Hamad "
     "Al-Thani, as Hamas delivered its response to a proposed truce.\n"
     "Sisi received the top US diplomat in the presence of Foreign Minister Sameh Shukri and General Intelligence "
     "chief Abbas Kamel, the Egyptian presidency said, warning against any Israeli ground offensive in Rafah.\n"
     "In Doha, Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani told a joint news conference with "
     "Blinken that the Palestinian group's reply was \"positive\" overall.\n"
     "Hamas's response was handed to the Qatari and Egyptian mediators, who have been working with Washington on "
     "a framework agreed in Paris last month.\n"
     "It was Blinken's fifth trip to the region since the October 7 attack. He is due to meet Prime Minister "
     "Benjamin Netanyahu in Jerusalem on Wednesday.\n"
     "Hamas's deputy leader Saleh al-Aruri was killed in a drone strike in Beirut blamed on Israel on January 2.",
     [("MET_WITH", BLINKEN, SISI, "Antony Blinken met Egyptian President", "2024-02-06"),
      ("LEADS", BLINKEN, STATE, "US Secretary of State Antony Blinken met"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel Fattah al-Sisi"),
      ("MET_WITH", BLINKEN, TAMIM, "where he held talks with Qatar's Emir", "2024-02-06"),
      ("LEADS", TAMIM, QATAR, "Qatar's Emir Sheikh Tamim"),
      ("MET_WITH", SHOUKRY, SISI, "in the presence of Foreign Minister Sameh Shukri", "2024-02-06"),
      ("MET_WITH", SHOUKRY, BLINKEN, "Sisi received the top US diplomat", "2024-02-06"),
      ("MET_WITH", KAMEL, SISI, "General Intelligence chief Abbas Kamel, the", "2024-02-06"),
      ("MET_WITH", KAMEL, BLINKEN, "Kamel, the Egyptian presidency said", "2024-02-06"),
      ("MET_WITH", KAMEL, SHOUKRY, "Sameh Shukri and General", "2024-02-06"),
      ("LEADS", SHOUKRY, EGFM, "Foreign Minister Sameh"),
      ("LEADS", KAMEL, EGI, "and General Intelligence chief"),
      ("MET_WITH", MBAR, BLINKEN, "told a joint news conference with", "2024-02-06"),
      ("LEADS", MBAR, QATAR, "Qatari Prime Minister Sheikh Mohammed"),
      ("LEADS", NETANYAHU, ISRAEL, "meet Prime Minister"),
      ("MEMBER_OF", "person:saleh-al-arouri", HAMAS, "Hamas's deputy leader Saleh"),
      ],
     {"source": AFP, "published": "2024-02-06"}),

    ("arQF6_sharm_talks_qna", "ar",
     "رئيس مجلس الوزراء وزير الخارجية يشارك في مفاوضات شرم الشيخ\n"
     "شرم الشيخ - قنا\n"
     "وصل معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، اليوم، إلى مدينة شرم "
     "الشيخ بجمهورية مصر العربية، للمشاركة في المفاوضات الرامية إلى التوصل لاتفاق لوقف الحرب في قطاع غزة.\n"
     "والتقى معاليه، على هامش المفاوضات، بسعادة اللواء حسن رشاد رئيس المخابرات العامة بجمهورية مصر العربية، "
     "وسعادة السيد ستيف ويتكوف المبعوث الأمريكي الخاص إلى الشرق الأوسط، وسعادة السيد إبراهيم كالن رئيس جهاز "
     "الاستخبارات الوطنية بالجمهورية التركية، حيث جرى خلال اللقاءات بحث سبل إنجاح المفاوضات.\n"
     "كما التقى معاليه وفد حركة المقاومة الإسلامية (حماس) برئاسة الدكتور خليل الحية.\n"
     "وتأتي المفاوضات بعد نحو شهر من الاعتداء الإسرائيلي الغاشم على مقر سكني لعدد من أعضاء المكتب السياسي لحركة "
     "حماس في الدوحة في التاسع من سبتمبر الماضي، والذي أسفر عن استشهاد العريف بدر سعد محمد الحميدي الدوسري من "
     "منتسبي قوة الأمن الداخلي (لخويا)، وخمسة من أعضاء الحركة بينهم همام الحية نجل رئيس الحركة في غزة.\n"
     "وكان حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى قد تلقى اتصالاً هاتفياً من فخامة الرئيس "
     "دونالد ترامب رئيس الولايات المتحدة الأمريكية الصديقة، جرى خلاله استعراض مستجدات المفاوضات.",
     [("LEADS", MBAR, QATAR, "آل ثاني رئيس مجلس الوزراء وزير الخارجية، اليوم"),
      ("MET_WITH", MBAR, RASHAD, "بسعادة اللواء حسن رشاد", "2025-10-08"),
      ("LEADS", RASHAD, EGI, "رشاد رئيس المخابرات العامة بجمهورية"),
      ("MET_WITH", MBAR, WITKOFF, "وسعادة السيد ستيف ويتكوف", "2025-10-08"),
      ("MET_WITH", MBAR, KALIN, "وسعادة السيد إبراهيم كالن", "2025-10-08"),
      ("LEADS", KALIN, MIT, "كالن رئيس جهاز الاستخبارات الوطنية"),
      ("MET_WITH", MBAR, HAYYA, "برئاسة الدكتور خليل الحية", "2025-10-08"),
      ("ASSASSINATED_BY", DOSARI, ISRAEL, "العريف بدر سعد محمد الحميدي الدوسري", "2025-09-09"),
      ("MEMBER_OF", DOSARI, LEKHWIYA, "منتسبي قوة الأمن الداخلي"),
      ("ASSASSINATED_BY", HAMAM, ISRAEL, "بينهم همام الحية", "2025-09-09"),
      ("LEADS", TAMIM, QATAR, "الشيخ تميم بن حمد آل ثاني أمير البلاد"),
      ("LEADS", TRUMP, US, "دونالد ترامب رئيس الولايات المتحدة"),
      ],
     {"source": QNAAR, "published": "2025-10-08"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQF")
