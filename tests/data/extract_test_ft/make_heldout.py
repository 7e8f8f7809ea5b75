"""Blind set FT: the long road from the 2016 rupture to the Beijing track, 2016-2025, seen by a Gulf
analytical site: the rupture and the first Baghdad round hosted by Mustafa al-Kadhimi, April 2021
(English analysis); the fifth Baghdad round and the hand-over from al-Kadhimi to al-Sudani (Arabic);
Faisal bin Farhan and Amir-Abdollahian in Beijing with Qin Gang, April 2023, and Qin's fall
(English); Araghchi's Gulf tour to Doha and Muscat, 2024 (Arabic); the Saudi-Chinese-Iranian joint
committee in Riyadh, Dec 2024 (English); the Emirati and Kuwaiti ambassadors back in Tehran, 2022
(Arabic).
Style: a Gulf analytical site mixing both languages: background paragraphs, pronouns ("he", "the
envoy", "المسؤول الإيراني") and descriptions for people named earlier; a rumoured appointment, a
planned public round that never took place, phone calls, an execution, a denied meeting.
Spellings: Khalid Al-Humaidan, Saeed Iravani, al-Kadhimi / الكاظمي, Amir-Abdollahian / أمير
عبداللهيان, Waleed Elkhereiji, Majid Takht-Ravanchi, Deng Li, سيف محمد الزعابي, بدر المنيخ.
Written and annotated blind (extractor neither read nor run).
A DEV set (session 19, round 2): written blind, then read by the engineers. Run:
    python tests/data/extract_test_ft/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ft import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, KSA, CHINA, IRAQ = "country:iran", "country:saudi-arabia", "country:china", "country:iraq"
SFM, IFM = "organization:saudi-foreign-ministry", "organization:iranian-foreign-ministry"
SNSC, GIP = "organization:supreme-national-security-council", "organization:saudi-general-intelligence-presidency"
IQG, IQFM = "organization:iraqi-government", "organization:iraqi-foreign-ministry"
MBS, FBF, JUB = "person:mohammed-bin-salman", "person:faisal-bin-farhan", "person:adel-al-jubeir"
HAA, ARA, PEZ, ROU = ("person:hossein-amir-abdollahian", "person:abbas-araghchi", "person:masoud-pezeshkian",
                      "person:hassan-rouhani")
KAD, SUD, FUAD = "person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani", "person:fuad-hussein"
HUM, IRAV, NIMR = "person:khalid-al-humaidan", "person:saeed-iravani", "person:nimr-al-nimr"
QIN, WANG = "person:qin-gang", "person:wang-yi"
TAMIM, MBAR, BUSAIDI = ("person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani",
                        "person:badr-albusaidi")
KHER, RAV, DENG = "person:waleed-elkhereiji", "person:majid-takht-ravanchi", "person:deng-li"
ZAABI, MUNAIKH, ZARIF = "person:saif-al-zaabi", "person:badr-al-munaikh", "person:mohammad-javad-zarif"

ARTICLES = [
    ("enFT1_rupture_and_first_baghdad_round", "en",
     "ANALYSIS - When Riyadh executed the Shia cleric Nimr al-Nimr on 2 January 2016, protesters "
     "stormed the Saudi embassy in Tehran within hours. The next day Foreign Minister Adel al-Jubeir "
     "announced that the Kingdom was severing relations; Bahrain and Sudan followed.\n"
     "Iran's then president, Hassan Rouhani, condemned the attack on the mission, but the damage was done.\n"
     "Five years later, in April 2021, Iraqi Prime Minister Mustafa al-Kadhimi hosted the first "
     "round of direct talks in Baghdad between Saudi intelligence chief Khalid Al-Humaidan and Saeed "
     "Iravani, deputy secretary of Iran's Supreme National Security Council.\n"
     "Neither side confirmed the meeting at first. Al-Kadhimi, a former intelligence chief himself, "
     "had travelled to Riyadh and Tehran before it to prepare the ground.",
     [("LEADS", JUB, SFM, "Foreign Minister Adel al-Jubeir"),
      ("LOCATED_IN", "location:saudi-embassy-tehran", "location:tehran", "stormed the Saudi embassy in Tehran"),
      ("LEADS", ROU, IRAN, "then president, Hassan Rouhani"),
      ("LEADS", KAD, IQG, "Iraqi Prime Minister Mustafa"),
      ("MET_WITH", HUM, IRAV, "round of direct talks in Baghdad", "2021-04-09"),
      ("MET_WITH", KAD, HUM, "al-Kadhimi hosted the first", "2021-04-09"),
      ("MET_WITH", KAD, IRAV, "hosted the first", "2021-04-09"),
      ("LEADS", HUM, GIP, "Saudi intelligence chief Khalid"),
      ("MEMBER_OF", IRAV, SNSC, "deputy secretary of Iran"),
      ("VISITED", KAD, "location:riyadh", "had travelled to Riyadh and Tehran", "2021"),
      ("VISITED", KAD, "location:tehran", "travelled to Riyadh and Tehran before", "2021"),
      ],
     {"source": "blind set (Gulf analytical site, English)", "published": "2023-03-20"}),

    ("arFT2_fifth_baghdad_round", "ar",
     "تحليل - استضافت بغداد في 21 أبريل 2022 الجولة الخامسة من المباحثات السعودية الإيرانية، وهي "
     "الأولى بعد توقف دام نحو ستة أشهر، وحضرها رئيس الوزراء مصطفى الكاظمي في جزء منها.\n"
     "وترأس الوفد السعودي رئيس الاستخبارات العامة خالد الحميدان، فيما ترأس الجانب الإيراني سعيد "
     "إيرواني، وهو ما أكده لاحقاً وزير الخارجية فؤاد حسين.\n"
     "وكان مقرراً أن تُعقد جولة سادسة علنية على مستوى وزيرَي الخارجية في بغداد، لكنها لم تُعقد.\n"
     "وبعد تشكيل الحكومة الجديدة في أكتوبر 2022، تسلّم محمد شياع السوداني رئاسة الوزراء خلفاً "
     "للكاظمي، واحتفظ فؤاد حسين بحقيبته.\n"
     "وفي اتصال هاتفي لاحق، شكر وزير الخارجية السعودي فيصل بن فرحان نظيره العراقي على دور بلاده.",
     [("MET_WITH", HUM, IRAV, "وترأس الوفد السعودي", "2022-04-21"),
      ("MET_WITH", KAD, HUM, "وحضرها رئيس الوزراء", "2022-04-21"),
      ("MET_WITH", KAD, IRAV, "في جزء منها", "2022-04-21"),
      ("LEADS", KAD, IQG, "وحضرها رئيس الوزراء"),
      ("LEADS", HUM, GIP, "رئيس الاستخبارات العامة"),
      ("LEADS", FUAD, IQFM, "وزير الخارجية فؤاد حسين"),
      ("SUCCESSOR_OF", SUD, KAD, "خلفاً", "2022-10"),
      ("LEADS", SUD, IQG, "رئاسة الوزراء خلفاً"),
      ("LEADS", FBF, SFM, "وزير الخارجية السعودي فيصل"),
      ],
     {"source": "blind set (Gulf analytical site, Arabic)", "published": "2022-11-05"}),

    ("enFT3_beijing_foreign_ministers", "en",
     "ANALYSIS - On 6 April 2023 Prince Faisal bin Farhan and Hossein Amir-Abdollahian met in Beijing, "
     "the first formal meeting of Saudi and Iranian foreign ministers in more than seven years.\n"
     "Their host, Chinese Foreign Minister Qin Gang, joined the two men for a photograph and said "
     "Beijing would keep supporting the process.\n"
     "The Iranian minister, who had held the post since August 2021 when he replaced Mohammad Javad "
     "Zarif, called the talks \"positive\"; his Saudi counterpart agreed to reopen missions and resume "
     "flights.\n"
     "Qin did not last long. He disappeared from public view in June and was removed in July, when "
     "Wang Yi was appointed foreign minister in his place.\n"
     "A rumoured trip by Qin to Riyadh in May never materialised.",
     [("MET_WITH", FBF, HAA, "met in Beijing", "2023-04-06"),
      ("VISITED", FBF, "location:beijing", "met in Beijing", "2023-04-06"),
      ("VISITED", HAA, "location:beijing", "Hossein Amir-Abdollahian met in", "2023-04-06"),
      ("MET_WITH", FBF, QIN, "joined the two men", "2023-04-06"),
      ("MET_WITH", HAA, QIN, "Their host", "2023-04-06"),
      ("LEADS", QIN, "organization:chinese-foreign-ministry", "Chinese Foreign Minister Qin"),
      ("SUCCESSOR_OF", HAA, ZARIF, "when he replaced", "2021-08"),
      ("LEADS", HAA, IFM, "The Iranian minister, who had held"),
      ("SUCCESSOR_OF", WANG, QIN, "in his place", "2023-07"),
      ("LEADS", WANG, "organization:chinese-foreign-ministry", "was appointed foreign minister"),
      ],
     {"source": "blind set (Gulf analytical site, English)", "published": "2023-08-01"}),

    ("arFT4_araghchi_doha_muscat", "ar",
     "قراءة - بدأ وزير الخارجية الإيراني عباس عراقجي جولته الخليجية من الدوحة، حيث استقبله أمير قطر "
     "الشيخ تميم بن حمد آل ثاني، ثم التقى رئيسَ الوزراء وزير الخارجية الشيخ محمد بن عبدالرحمن آل "
     "ثاني.\n"
     "ومن هناك توجّه المسؤول الإيراني إلى مسقط، وبحث مع نظيره بدر البوسعيدي دور السلطنة في نقل الرسائل "
     "بين طهران وواشنطن.\n"
     "وكان عراقجي قد تسلّم الخارجية خلفاً لأمير عبداللهيان، الذي قضى في تحطم مروحية في مايو 2024 "
     "دون أن تتبنى أي جهة المسؤولية.\n"
     "أما الرئيس مسعود بزشكيان فاكتفى باتصال هاتفي مع ولي العهد السعودي، فيما نفت الرياض الحديث عن قمة "
     "ثنائية قريبة.",
     [("VISITED", ARA, "location:doha", "جولته الخليجية من الدوحة", "2024-10"),
      ("LEADS", ARA, IFM, "وزير الخارجية الإيراني عباس"),
      ("MET_WITH", ARA, TAMIM, "حيث استقبله أمير قطر", "2024-10"),
      ("LEADS", TAMIM, "country:qatar", "حيث استقبله أمير قطر"),
      ("MET_WITH", ARA, MBAR, "ثم التقى رئيسَ الوزراء", "2024-10"),
      ("LEADS", MBAR, "organization:qatari-government", "ثم التقى رئيسَ الوزراء"),
      ("VISITED", ARA, "location:muscat", "توجّه المسؤول الإيراني إلى مسقط", "2024-10"),
      ("MET_WITH", ARA, BUSAIDI, "وبحث مع نظيره", "2024-10"),
      ("LEADS", BUSAIDI, "organization:omani-foreign-ministry", "وبحث مع نظيره"),
      ("SUCCESSOR_OF", ARA, HAA, "قد تسلّم الخارجية خلفاً", "2024-08"),
      ("LEADS", PEZ, IRAN, "أما الرئيس مسعود"),
      ],
     {"source": "blind set (Gulf analytical site, Arabic)", "published": "2024-10-15"}),

    ("enFT5_trilateral_committee_riyadh", "en",
     "ANALYSIS - The second meeting of the Saudi-Chinese-Iranian joint tripartite committee was held in "
     "Riyadh on 10 December 2024, chaired by Saudi Deputy Foreign Minister Waleed Elkhereiji.\n"
     "He received Iran's Deputy Foreign Minister for Political Affairs, Majid Takht-Ravanchi, and "
     "China's Vice Foreign Minister Deng Li, who represented the guarantor of the Beijing deal.\n"
     "The three officials welcomed the rise in Iranian pilgrims to Makkah and agreed to meet next in "
     "Tehran.\n"
     "Takht-Ravanchi, a former envoy to the UN, later told reporters that Tehran had not been asked "
     "to mediate with Washington. A bilateral meeting he sought with Prince Faisal bin Farhan was not "
     "held, the Saudi side said.",
     [("MET_WITH", KHER, RAV, "He received Iran", "2024-12-10"),
      ("MET_WITH", KHER, DENG, "China's Vice Foreign Minister", "2024-12-10"),
      ("MET_WITH", DENG, RAV, "The three officials welcomed", "2024-12-10"),
      ("MEMBER_OF", KHER, SFM, "Saudi Deputy Foreign Minister"),
      ("MEMBER_OF", RAV, IFM, "Deputy Foreign Minister for Political"),
      ("MEMBER_OF", DENG, "organization:chinese-foreign-ministry", "China's Vice Foreign Minister"),
      ("VISITED", RAV, "location:riyadh", "was held in Riyadh", "2024-12-10"),
      ("VISITED", DENG, "location:riyadh", "in Riyadh on 10 December", "2024-12-10"),
      ],
     {"source": "blind set (Gulf analytical site, English)", "published": "2024-12-15"}),

    ("arFT6_gulf_ambassadors_return", "ar",
     "خلفية - سبقت الكويت والإمارات الرياض في إعادة سفيريهما إلى طهران.\n"
     "ففي أغسطس 2022 وصل السفير الكويتي بدر عبدالله المنيخ إلى العاصمة الإيرانية، وسلّم نسخة من أوراق "
     "اعتماده لوزير الخارجية حسين أمير عبداللهيان.\n"
     "وبعده بأسابيع، استقبل الوزير الإيراني السفير الإماراتي سيف محمد الزعابي، الذي أعادته أبوظبي "
     "بعد ست سنوات من خفض التمثيل.\n"
     "وقد أثار ذلك حديثاً عن اجتماع بحريني إيراني في الأسابيع التالية، غير أن المنامة نفت حصوله.\n"
     "ويرى باحثون أن هذه الخطوات مهدت لاتفاق بكين، ولتعيين عبدالله بن سعود العنزي سفيراً للمملكة "
     "في طهران عام 2023.",
     [("VISITED", MUNAIKH, "location:tehran", "إلى العاصمة الإيرانية", "2022-08"),
      ("MET_WITH", MUNAIKH, HAA, "وسلّم نسخة من أوراق", "2022-08"),
      ("LEADS", HAA, IFM, "اعتماده لوزير الخارجية"),
      ("MET_WITH", HAA, ZAABI, "استقبل الوزير الإيراني", "2022-09"),
      ],
     {"source": "blind set (Gulf analytical site, Arabic)", "published": "2023-10-01"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFT")
