"""Blind set PG: Sudan and South Sudan, 2005-2018 (first folder of PG-PH): John Garang's death in the
Ugandan helicopter crash and Salva Kiir's swearing-in as his successor (July-August 2005), Omar al-Bashir's
reception of Thabo Mbeki and the African Union panel in Khartoum (January 2013), the killing of JEM's Khalil
Ibrahim and the election of his brother Gibril (December 2011 - January 2012), the signing of the Naivasha
agreement by Ali Osman Taha and Garang in Nairobi (January 2005), Salva Kiir's dismissal of Riek Machar and
the appointments of James Wani Igga and Taban Deng Gai (2013-2016), and the Abuja Darfur agreement with Minni
Minnawi (May 2006), as a news wire writes it in English (AFP-like: "NEW SITE, Sudan, Aug 1 (AFP) -"), Sudan's
state agency in Arabic (SUNA-like: "استقبل السيد رئيس الجمهورية المشير عمر البشير"), a Sudanese news site in
English (Sudan Tribune-like: "(KHARTOUM) –"), an Egyptian daily in Arabic (al-Ahram-like: "كتب مراسل
الأهرام"), a think-tank brief in English (Crisis Group-like, "Briefing") and a Darfur radio in Arabic (Radio
Dabanga-like: "راديو دبنقا - أبوجا").
Pieces: Garang dies after meeting Museveni, Kiir succeeds him, Bashir receives Kiir (English, PG1); Bashir
receives Mbeki with Taha and Karti present, Mbeki then meets Karti (Arabic, PG2); the army kills Khalil
Ibrahim, Gibril succeeds him (English, PG3); Taha and Garang sign at Naivasha in the presence of Kibaki and
Museveni, Taha had met Sumbeiywo (Arabic, PG4); Kiir dismisses Machar, Wani Igga replaces him, Taban Deng
replaces Machar in 2016, Kiir and Machar met in Addis Ababa (English, PG5); Majzoub al-Khalifa and Minnawi
sign in Abuja, Obasanjo receives the two delegations, Salim meets Abdel Wahid (Arabic, PG6).
Excluded on purpose (no relation): the helicopter crash (no agent), the SPLM officials' suspicions, Rebecca
Nyandeng merely mentioned (PG1); Bashir's phone call to Kiir, Mbeki's planned trip to Juba (PG2); JEM's
accusation of a foreign warplane (a third party's accusation), Khalil's barred return from Libya (PG3);
Turabi's imprisonment (PG4); the call for talks, the postponed round, the Kiir-Machar meeting "could" be
held again (PG5); Abdel Wahid's refusal to sign, the planned meeting with the JEM (PG6).
Judgement calls: "sworn in before President Omar al-Bashir" after "received" is a meeting (PG1); SUNA's
"بحضور" two officials: each attendee paired with both principals, the two attendees with each other too as
they attend the same audience (PG2, PG4 likewise); "The army ... said its forces killed" is the army's
claim, the victim -> organization:sudanese-armed-forces (PG3); "was elected to succeed his brother" is a
succession (PG3); "appointed ... to replace Machar" is a succession (PG5 twice); a signing ceremony where
the two signatories sign together is a meeting (PG4, PG6); a president LEADS his country; a chairman LEADS
his movement.
Filled in for the exercise: the wording of the SPLM officials and of Bashir's office, the reception of Kiir
(PG1); the date and attendees of Mbeki's audience, the phone call (PG2); the army spokesman's wording, the
date of Gibril's election (PG3); Sumbeiywo's earlier meeting (PG4); the dates of the Addis Ababa meeting and
the wording of the brief (PG5); Obasanjo's reception, Salim's meeting with Abdel Wahid (PG6).
Spellings: "Dr. John Garang de Mabior", "Salva Kiir Mayardit" (PG1); "المشير عمر حسن أحمد البشير",
"ثابو امبيكي", "علي عثمان محمد طه" (PG2); "Khalil Ibrahim Mohamed", "Gebreil Ibrahim" (PG3); "جون قرنق",
"موسيفيني", "سومبيوو" (PG4); "Riek Machar Teny", "Taban Deng" (PG5); "مني أركو مناوي", "مجذوب الخليفة أحمد",
"أوباسانجو" (PG6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ph import ALL  # noqa: E402

HERE = Path(__file__).parent

SUDAN, SSUDAN, KENYA, UGANDA, NIGERIA = ("country:sudan", "country:south-sudan", "country:kenya",
                                         "country:uganda", "country:nigeria")
SPLM, JEM, SLMM, SLMW, SAF, AUHIP, SUDFM, AU = (
    "organization:splm", "organization:justice-and-equality-movement", "organization:slm-minnawi",
    "organization:slm-abdel-wahid", "organization:sudanese-armed-forces",
    "organization:au-high-level-implementation-panel", "organization:sudanese-foreign-ministry",
    "organization:african-union")
BASHIR, TURABI, TAHA, KARTI, MAJZOUB = ("person:omar-al-bashir", "person:hassan-al-turabi",
                                        "person:ali-osman-taha", "person:ali-karti", "person:majzoub-al-khalifa")
GARANG, KIIR, MACHAR, WANI, TABAN = ("person:john-garang", "person:salva-kiir", "person:riek-machar",
                                     "person:james-wani-igga", "person:taban-deng-gai")
KHALIL, GIBRIL, MINNAWI, WAHID = ("person:khalil-ibrahim", "person:gibril-ibrahim", "person:minni-minnawi",
                                  "person:abdel-wahid-al-nur")
MBEKI, SALIM, OBASANJO, SUMBEIYWO, KIBAKI, MUSEVENI, HAILEMARIAM = (
    "person:thabo-mbeki", "person:salim-ahmed-salim", "person:olusegun-obasanjo", "person:lazaro-sumbeiywo",
    "person:mwai-kibaki", "person:yoweri-museveni", "person:hailemariam-desalegn")

AFP = "blind set (international news wire, English, AFP-like)"
SUNA = "blind set (Sudanese state news agency, Arabic, SUNA-like)"
TRIBUNE = "blind set (Sudanese news site, English, Sudan Tribune-like)"
AHRAM = "blind set (Egyptian state daily, Arabic, al-Ahram-like)"
BRIEF = "blind set (think-tank briefing, English, Crisis Group-like)"
DABANGA = "blind set (Darfur radio station, Arabic, Radio Dabanga-like)"

ARTICLES = [
    ("enPG1_kiir_succeeds_garang_afp", "en",
     "Salva Kiir sworn in as Sudan's first vice president after Garang's death\n"
     "KHARTOUM, Aug 11 (AFP) - Salva Kiir Mayardit was sworn in on Thursday as Sudan's first vice president and "
     "president of the autonomous south, succeeding former rebel leader John Garang, who died in a helicopter "
     "crash less than three weeks after taking office.\n"
     "Kiir, a former guerrilla commander who had been Garang's deputy for two decades, was unanimously chosen by "
     "the Sudan People's Liberation Movement leadership to take over as chairman. He was received on Wednesday "
     "evening by President Omar al-Bashir at the Republican Palace and took the oath before him on Thursday.\n"
     "Dr. John Garang de Mabior was killed on July 30 when the Ugandan presidential helicopter carrying him back "
     "from Uganda, where he had held talks with President Yoweri Museveni at his Rwakitura ranch, crashed in bad "
     "weather in the mountains of southern Sudan. Some SPLM officials have voiced suspicions, but an inquiry has "
     "yet to report.\n"
     "His widow, Rebecca Nyandeng, attended the ceremony, officials said. Bashir's office said the peace "
     "agreement signed in January would be \"implemented to the letter\".",
     [("SUCCESSOR_OF", KIIR, GARANG, "succeeding former rebel leader John Garang", "2005-08-11"),
      ("LEADS", KIIR, SPLM, "to take over as chairman"),
      ("MET_WITH", KIIR, BASHIR, "He was received on Wednesday", "2005-08-10"),
      ("MET_WITH", GARANG, MUSEVENI, "where he had held talks with President Yoweri Museveni", "2005-07-30"),
      ("LEADS", BASHIR, SUDAN, "by President Omar al-Bashir at the Republican Palace"),
      ("LEADS", MUSEVENI, UGANDA, "President Yoweri Museveni at his Rwakitura ranch"),
      ],
     {"source": AFP, "published": "2005-08-11"}),

    ("arPG2_bashir_receives_mbeki_suna", "ar",
     "البشير يستقبل امبيكي ويؤكد التزام السودان باتفاق التعاون مع الجنوب\n"
     "الخرطوم 14-1-2013 (سونا) - استقبل السيد رئيس الجمهورية المشير عمر حسن أحمد البشير بمكتبه بالقصر "
     "الجمهوري اليوم رئيس الآلية الأفريقية رفيعة المستوى ثابو امبيكي والوفد المرافق له، وذلك بحضور النائب الأول "
     "لرئيس الجمهورية الأستاذ علي عثمان محمد طه ووزير الخارجية علي أحمد كرتي.\n"
     "وأوضح امبيكي في تصريح صحفي عقب اللقاء أنه أطلع السيد الرئيس على نتائج اتصالاته مع حكومة جنوب السودان، "
     "مؤكداً أن الجانبين أبديا رغبة في المضي قدماً في تنفيذ اتفاقيات التعاون الموقعة في أديس أبابا.\n"
     "من جهته، جدد البشير التزام السودان بالاتفاقيات، مشيراً إلى أنه كان قد أجرى اتصالاً هاتفياً بالرئيس "
     "سلفاكير ميارديت الأسبوع الماضي.\n"
     "وكان امبيكي قد التقى في وقت سابق اليوم بوزير الخارجية كرتي بمقر الوزارة. ومن المقرر أن يتوجه رئيس "
     "الآلية إلى جوبا غداً للقاء الرئيس سلفاكير.",
     [("MET_WITH", BASHIR, MBEKI, "رئيس الآلية الأفريقية رفيعة المستوى ثابو", "2013-01-14"),
      ("MET_WITH", TAHA, BASHIR, "النائب الأول لرئيس الجمهورية الأستاذ", "2013-01-14"),
      ("MET_WITH", TAHA, MBEKI, "الأستاذ علي عثمان محمد طه", "2013-01-14"),
      ("MET_WITH", KARTI, BASHIR, "ووزير الخارجية علي أحمد كرتي", "2013-01-14"),
      ("MET_WITH", KARTI, TAHA, "علي أحمد كرتي.", "2013-01-14"),
      ("MET_WITH", MBEKI, KARTI, "قد التقى في وقت سابق اليوم", "2013-01-14"),
      ("LEADS", BASHIR, SUDAN, "رئيس الجمهورية المشير عمر"),
      ("LEADS", MBEKI, AUHIP, "رئيس الآلية الأفريقية"),
      ("MEMBER_OF", KARTI, SUDFM, "بوزير الخارجية كرتي"),
      ],
     {"source": SUNA, "published": "2013-01-14"}),

    ("enPG3_khalil_ibrahim_killed_tribune", "en",
     "Sudan army says JEM leader Khalil Ibrahim killed in North Kordofan\n"
     "December 25, 2011 (KHARTOUM) – The Sudanese army on Sunday announced that its forces had killed Khalil "
     "Ibrahim Mohamed, the leader of the Darfur rebel Justice and Equality Movement (JEM), in a battle in Wad "
     "Banda area of North Kordofan state.\n"
     "The army spokesman, Al-Sawarmi Khalid Saad, told state television that the rebel chief was killed together "
     "with a number of his commanders as the movement tried to cross into South Sudan.\n"
     "JEM confirmed the death of its founder but said he was targeted by an air strike carried out with the help "
     "of a foreign warplane, an accusation Khartoum dismissed.\n"
     "Khalil had returned to Darfur in September from Libya, where he had been stranded after Chad barred his "
     "return in May 2010.\n"
     "In January 2012, the movement's general conference elected his brother Gebreil Ibrahim to succeed him as "
     "JEM chairman. The new leader, an economist who had lived in London, vowed to continue the fight to "
     "topple the regime of President Omar al-Bashir.",
     [("ASSASSINATED_BY", KHALIL, SAF, "announced that its forces had killed Khalil", "2011-12-25"),
      ("LEADS", KHALIL, JEM, "the leader of the Darfur rebel Justice and Equality Movement"),
      ("SUCCESSOR_OF", GIBRIL, KHALIL, "elected his brother Gebreil Ibrahim to succeed him", "2012-01"),
      ("LEADS", GIBRIL, JEM, "to succeed him as JEM chairman"),
      ("LEADS", BASHIR, SUDAN, "regime of President Omar al-Bashir"),
      ],
     {"source": TRIBUNE, "published": "2011-12-25"}),

    ("arPG4_naivasha_signing_ahram", "ar",
     "توقيع اتفاق السلام الشامل في نيروبي ينهي أطول حرب أهلية في أفريقيا\n"
     "نيروبي - من مراسل الأهرام\n"
     "وقع النائب الأول للرئيس السوداني علي عثمان محمد طه وزعيم الحركة الشعبية لتحرير السودان الدكتور جون قرنق "
     "أمس في ملعب نيايو بنيروبي اتفاق السلام الشامل، بحضور الرئيس الكيني مواي كيباكي والرئيس الأوغندي يويري "
     "موسيفيني وعدد من الرؤساء الأفارقة، وبحضور الرئيس عمر البشير.\n"
     "ويأتي التوقيع تتويجاً لمفاوضات استمرت أكثر من عامين في منتجع نيفاشا، حيث اجتمع طه وقرنق عشرات المرات "
     "بعيداً عن الأضواء.\n"
     "وكان طه قد اجتمع الأسبوع الماضي بالوسيط الكيني الجنرال لازاروس سومبيوو لوضع اللمسات الأخيرة على "
     "ترتيبات التوقيع.\n"
     "وينص الاتفاق على فترة انتقالية مدتها ست سنوات يعقبها استفتاء لتقرير مصير الجنوب، على أن يتولى قرنق منصب "
     "النائب الأول لرئيس الجمهورية.\n"
     "في المقابل، ظل الدكتور حسن الترابي، زعيم حزب المؤتمر الشعبي، قيد الاعتقال منذ مارس الماضي، فيما "
     "انتقدت قوى المعارضة الشمالية استبعادها من المفاوضات.",
     met_group({TAHA: "وقع النائب الأول للرئيس السوداني", GARANG: "الدكتور جون قرنق",
                KIBAKI: "الرئيس الكيني مواي كيباكي", MUSEVENI: "والرئيس الأوغندي يويري",
                BASHIR: "وبحضور الرئيس عمر البشير"}, "2005-01-09") + [
      ("MET_WITH", TAHA, SUMBEIYWO, "قد اجتمع الأسبوع الماضي بالوسيط الكيني"),
      ("LEADS", GARANG, SPLM, "وزعيم الحركة الشعبية لتحرير السودان"),
      ("LEADS", KIBAKI, KENYA, "الرئيس الكيني مواي"),
      ("LEADS", TURABI, "organization:popular-congress-party", "زعيم حزب المؤتمر الشعبي"),
      ],
     {"source": AHRAM, "published": "2005-01-10"}),

    ("enPG5_machar_dismissal_brief", "en",
     "South Sudan: From Dismissal to Civil War (Briefing)\n"
     "On 23 July 2013 President Salva Kiir dismissed Vice President Riek Machar Teny and the entire cabinet by "
     "decree, a month after removing Machar's delegated powers. In August, Kiir appointed James Wani Igga, the "
     "speaker of the national legislature, to replace Machar as vice president.\n"
     "The split within the ruling Sudan People's Liberation Movement turned violent in Juba in December 2013, "
     "and Machar, the former vice president, went on to lead the SPLM-In Opposition.\n"
     "After a year of mediation by the Intergovernmental Authority on Development (IGAD), Kiir and Machar met in "
     "Addis Ababa and signed a peace agreement in August 2015. Machar returned as first vice president in April "
     "2016, only to flee the capital after fighting in July. Kiir then appointed Taban Deng, Machar's former "
     "chief negotiator, as first vice president in his place.\n"
     "Regional leaders have called for new talks; a round planned for May was postponed. A new meeting between "
     "the two men could be held in Khartoum, diplomats say.",
     [("SUCCESSOR_OF", WANI, MACHAR, "to replace Machar as vice president", "2013-08"),
      ("LEADS", KIIR, SSUDAN, "President Salva Kiir dismissed"),
      ("MET_WITH", KIIR, MACHAR, "Kiir and Machar met in Addis Ababa", "2015-08"),
      ("SUCCESSOR_OF", TABAN, MACHAR, "as first vice president in his place", "2016-07"),
      ],
     {"source": BRIEF, "published": "2018-05-30"}),

    ("arPG6_abuja_agreement_dabanga", "ar",
     "توقيع اتفاق أبوجا لسلام دارفور ورفض عبد الواحد\n"
     "راديو دبنقا - أبوجا\n"
     "وقع رئيس وفد الحكومة السودانية الدكتور مجذوب الخليفة أحمد ورئيس حركة تحرير السودان مني أركو مناوي، "
     "مساء الجمعة في العاصمة النيجيرية أبوجا، اتفاق سلام دارفور، برعاية الاتحاد الأفريقي.\n"
     "وكان الرئيس النيجيري أولوسيجون أوباسانجو قد استقبل وفدي الحكومة والحركة في قصر الرئاسة بأبوجا، حيث "
     "ضغط على الطرفين لقبول المسودة الأفريقية.\n"
     "وفي المقابل، رفض عبد الواحد محمد نور التوقيع على الاتفاق بعد أن التقى كبير الوسطاء الأفارقة سالم أحمد سالم "
     "في ساعة متأخرة من الليل، مطالباً بتعويضات فردية للنازحين ونصيب أكبر في السلطة.\n"
     "كما رفضت حركة العدل والمساواة بزعامة الدكتور خليل إبراهيم الاتفاق، فيما أعلن الوسطاء عزمهم الاجتماع "
     "بقيادة الحركة الأسبوع المقبل.\n"
     "وقال نازحون في معسكر كلمة لراديو دبنقا إن الاتفاق \"لا يعبر عنهم\".",
     [("MET_WITH", MAJZOUB, MINNAWI, "ورئيس حركة تحرير السودان مني أركو", "2006-05-05"),
      ("LEADS", MINNAWI, SLMM, "ورئيس حركة تحرير السودان مني"),
      ("MET_WITH", OBASANJO, MAJZOUB, "قد استقبل وفدي الحكومة والحركة", "2006-05"),
      ("MET_WITH", OBASANJO, MINNAWI, "حيث ضغط على الطرفين", "2006-05"),
      ("LEADS", OBASANJO, NIGERIA, "الرئيس النيجيري أولوسيجون"),
      ("MET_WITH", WAHID, SALIM, "بعد أن التقى كبير الوسطاء", "2006-05-05"),
      ("LEADS", KHALIL, JEM, "بزعامة الدكتور خليل"),
      ],
     {"source": DABANGA, "published": "2006-05-06"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPG")
