"""Session 55 (helper aside55): asides between a relation's verb, its subject and its object,
in both languages, on sentences and short pieces written for the session (agency, broadcaster
and newspaper styles: WAFA, SANA, QNA, SPA, APS, NNA, al-Mayadeen, Asharq al-Awsat, al-Arabiya,
Sky News Arabia, al-Jazeera English, The National, Middle East Eye, Rudaw, Kurdistan 24).

- Arabic meetings: a comma aside opened by «وهو» / «بحسب» / «حسبما» / «وفق (ما)» / «بدوره» /
  «من جهته» / a relative pronoun, a dash aside «- ... -» and a bracket «(...)» after the
  subject: the object is the person after it, and no one named inside the aside is one
  (`aside_span_ar.past_aside_ar`, read by `SentenceCore._past_relative` and by the clause
  checks of `meetings._met_svo`).
- The aside's own verb: «H، الذي التقى أمس Z، Y» / «X، الذي كان قد التقى Z، ...»: the
  relative verb's subject is its head H (H-Z, never Z-Y; `aside_span_ar.relative_verb_head_ar`);
  a phone call inside the aside leaves the sentence's meeting standing («التقى X، الذي أجرى
  اتصالاً هاتفياً بـZ، Y»; `core_recall.remote_aside`).
- English: asides right after the verb, one after another or between dashes or brackets
  ("met, on Tuesday, in a rare public appearance, X", "received, according to the royal
  court, X", "met — according to his office — X", "received (in a rare move) X";
  `meeting_aside_en.after_aside_en`); the English asides after the subject and in object
  lists already read right and are kept here as guards.
- Successions: «خلف X، الذي قاد الجيش منذ 2017، Y» / «، وهو نائب الأمين العام،» /
  «، بحسب الدستور،» / «(...)» / «- ... -» / «، بدوره،» (`succession_rules_ar`, past the
  aside); English "X, who ..., succeeded Y, who ..." kept.
- Killings: "Israel, according to Hezbollah, killed X": Israel, not the source of the report
  (`attribution_aside_en`, in `killing_rules_en`); «قُتل X، بحسب بيان الحزب، بغارة إسرائيلية»
  and "X, who was 62, was killed by ..." kept.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _rels
from tests.extract_support import sorted_pair as _pair

P = "person:"
FUAD, FAISAL = P + "fuad-hussein", P + "faisal-bin-farhan"
AOUN, MACRON = P + "joseph-aoun", P + "emmanuel-macron"
SISI, ABDULLAH = P + "abdel-fattah-el-sisi", P + "abdullah-ii"
MBAR = P + "mohammed-bin-abdulrahman-al-thani"
ARAGHCHI, BUSAIDI = P + "abbas-araghchi", P + "badr-albusaidi"
SUDANI, FIDAN = P + "mohammed-shia-al-sudani", P + "hakan-fidan"
SHARAA, BARRACK, ASSAD = P + "ahmed-al-sharaa", P + "tom-barrack", P + "bashar-al-assad"
ABDELATTY, SAFADI = P + "badr-abdelatty", P + "ayman-safadi"
TAMIM, TRUMP, SALAM = P + "tamim-bin-hamad-al-thani", P + "donald-trump", P + "nawaf-salam"
ABBAS, BERRI, ISSA = P + "mahmoud-abbas", P + "nabih-berri", P + "michel-issa"
ERDOGAN, HAYYA = P + "recep-tayyip-erdogan", P + "khalil-al-hayya"
NECHIRVAN, PEZESHKIAN = P + "nechirvan-barzani", P + "masoud-pezeshkian"
LE_DRIAN, MBZ, MBS = P + "jean-yves-le-drian", P + "mohamed-bin-zayed", P + "mohammed-bin-salman"
RUBIO, SHAIBANI, ZELENSKY = P + "marco-rubio", P + "asaad-al-shaibani", P + "volodymyr-zelensky"
GRUNDBERG, MASHAT, SADR = P + "hans-grundberg", P + "mahdi-al-mashat", P + "muqtada-al-sadr"
MUSTAFA, RAISI, ORTAGUS = P + "mohammad-mustafa", P + "ebrahim-raisi", P + "morgan-ortagus"
YAZID, HAMAD, STARMER = P + "yazid-bin-farhan", P + "hamad-bin-isa-al-khalifa", P + "keir-starmer"
AMIR_ABDOLLAHIAN = P + "hossein-amir-abdollahian"
BARNEA, HAYKAL, WITKOFF = P + "david-barnea", P + "rodolphe-haykal", P + "steve-witkoff"
KHAMENEI, RASHID, QASSEM = P + "ali-khamenei", P + "abdul-latif-rashid", P + "naim-qassem"
GUTERRES, TEBBOUNE, BARROT = (P + "antonio-guterres", P + "abdelmadjid-tebboune",
                              P + "jean-noel-barrot")
SINWAR, HANIYEH, NASRALLAH = P + "yahya-sinwar", P + "ismail-haniyeh", P + "hassan-nasrallah"
MICHEL_AOUN, MOKHBER, MIKATI = P + "michel-aoun", P + "mohammad-mokhber", P + "najib-mikati"
KADHIMI, MISHAL, NAWAF = (P + "mustafa-al-kadhimi", P + "mishal-al-ahmad-al-jaber-al-sabah",
                          P + "nawaf-al-ahmad-al-sabah")
SHUKR, AQIL, AROURI, DEIF = (P + "fuad-shukr", P + "ibrahim-aqil", P + "saleh-al-arouri",
                             P + "mohammed-deif")
SOLEIMANI, ABDUL_MAHDI, HANIYEH_KH = P + "qasem-soleimani", P + "adil-abdul-mahdi", P + "ali-khamenei"
AL_E_SADEGH, MENFI, TETTEH = (P + "mohammad-kazem-al-e-sadegh", P + "mohamed-al-menfi",
                              P + "hanna-tetteh")
NETANYAHU, QAANI, NAYEF = P + "benjamin-netanyahu", P + "esmail-qaani", P + "mohammed-bin-nayef"
ISRAEL, HEZBOLLAH, US = "country:israel", "organization:hezbollah", "country:united-states"


# --- Arabic meetings: an aside after the subject -------------------------------------------

AR_SUBJECT_ASIDE = [
    ("التقى نائب رئيس الوزراء فؤاد حسين، وهو وزير الخارجية أيضاً، الوزير السعودي فيصل بن فرحان "
     "في الرياض.", [(FUAD, FAISAL)], []),
    ("التقى الرئيس اللبناني جوزاف عون، الذي يزور البلاد حالياً، الرئيس الفرنسي إيمانويل ماكرون "
     "في قصر الإليزيه.", [(AOUN, MACRON)], []),
    ("استقبل الرئيس المصري عبد الفتاح السيسي، بحسب بيان للرئاسة، العاهل الأردني الملك عبد الله "
     "الثاني في القاهرة.", [(SISI, ABDULLAH)], []),
    ("استقبل الرئيس المصري عبد الفتاح السيسي، وفق ما أفاد مصدر رسمي، رئيس الوزراء القطري محمد بن "
     "عبد الرحمن آل ثاني.", [(SISI, MBAR)], []),
    ("التقى وزير الخارجية الإيراني عباس عراقجي، بدوره، نظيره العماني بدر البوسعيدي في مسقط.",
     [(ARAGHCHI, BUSAIDI)], []),
    ("استقبل رئيس الوزراء العراقي محمد شياع السوداني - الذي عاد من واشنطن أمس - وزير الخارجية "
     "التركي هاكان فيدان.", [(SUDANI, FIDAN)], []),
    ("التقى الرئيس السوري أحمد الشرع (الذي تولى الحكم بعد سقوط الأسد) المبعوث الأميركي توم "
     "باراك في دمشق.", [(SHARAA, BARRACK)], [(SHARAA, ASSAD)]),
    ("بحث وزير الخارجية المصري بدر عبد العاطي، بحسب بيان للخارجية، مع نظيره الأردني أيمن الصفدي "
     "تطورات غزة.", [(ABDELATTY, SAFADI)], []),
    ("التقى الرئيس الفلسطيني محمود عباس، وفق ما أفادت وكالة وفا، وزير الخارجية الأردني أيمن "
     "الصفدي ووزير الخارجية المصري بدر عبد العاطي.", [(ABBAS, SAFADI), (ABBAS, ABDELATTY)],
     [(SAFADI, ABDELATTY)]),
    ("التقى رئيس مجلس النواب نبيه بري، بحسب مكتبه الإعلامي، السفير الأميركي ميشال عيسى.",
     [(BERRI, ISSA)], []),
    ("استقبل الرئيس التركي رجب طيب أردوغان، في خطوة لافتة، زعيم حركة حماس خليل الحية في "
     "إسطنبول.", [(ERDOGAN, HAYYA)], []),
    ("وأجرى الرئيس اللبناني جوزاف عون، وفق بيان الرئاسة، محادثات مع الموفد الفرنسي جان إيف "
     "لودريان.", [(AOUN, LE_DRIAN)], []),
    ("التقى الرئيس الإماراتي الشيخ محمد بن زايد - وفق وكالة الأنباء الرسمية - الرئيس السوري "
     "أحمد الشرع في أبوظبي.", [(MBZ, SHARAA)], []),
    ("التقى الرئيس الفرنسي إيمانويل ماكرون، وفق ما أعلن الإليزيه، الرئيس السوري أحمد الشرع "
     "ووزير خارجيته أسعد الشيباني.", [(MACRON, SHARAA), (MACRON, SHAIBANI)], []),
    ("التقى وزير الخارجية التركي هاكان فيدان، الذي وصل دمشق صباح اليوم، الرئيس السوري أحمد "
     "الشرع.", [(FIDAN, SHARAA)], []),
    ("استقبل ولي العهد السعودي الأمير محمد بن سلمان، حسبما ذكرت وكالة الأنباء السعودية، الرئيس "
     "الأوكراني فولوديمير زيلينسكي في جدة.", [(MBS, ZELENSKY)], []),
    ("التقى المبعوث الأممي هانس غروندبرغ، من جهته، رئيس المجلس السياسي الأعلى مهدي المشاط في "
     "صنعاء.", [(GRUNDBERG, MASHAT)], []),
    ("اجتمع رئيس الوزراء العراقي محمد شياع السوداني، في خطوة نادرة، بزعيم التيار الصدري مقتدى "
     "الصدر في النجف.", [(SUDANI, SADR)], []),
    ("استقبل الرئيس الإيراني مسعود بزشكيان (الذي تسلم منصبه خلفاً لإبراهيم رئيسي) وزير "
     "الخارجية العماني بدر البوسعيدي.", [(PEZESHKIAN, BUSAIDI)], [(PEZESHKIAN, RAISI)]),
    ("التقى الرئيس التركي رجب طيب أردوغان - بحسب دائرة الاتصال في الرئاسة - رئيس الوزراء "
     "العراقي محمد شياع السوداني وعدداً من الوزراء.", [(ERDOGAN, SUDANI)], []),
    ("التقى رئيس مجلس النواب نبيه بري، وهو حليف حزب الله، المبعوثة الأميركية مورغان "
     "أورتاغوس.", [(BERRI, ORTAGUS)], []),
    ("وكان الرئيس اللبناني جوزاف عون قد التقى، بحسب بيان الرئاسة، الموفد السعودي يزيد بن "
     "فرحان.", [(AOUN, YAZID)], []),
    ("واستقبل ملك البحرين الملك حمد بن عيسى آل خليفة، بدوره، رئيس الوزراء البريطاني كير "
     "ستارمر.", [(HAMAD, STARMER)], []),
    ("التقى وزير الخارجية الإيراني عباس عراقجي، الذي خلف حسين أمير عبد اللهيان، نظيره السعودي "
     "فيصل بن فرحان.", [(ARAGHCHI, FAISAL)], [(FAISAL, AMIR_ABDOLLAHIAN)]),
    ("التقى رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني، الذي يتوسط بين حماس وإسرائيل، رئيس "
     "الموساد ديفيد برنياع في الدوحة.", [(MBAR, BARNEA)], []),
    ("التقى الرئيس السوري أحمد الشرع، وفق ما نقلت الرئاسة السورية عن مصادرها، المبعوث الأميركي "
     "توم باراك ووزير الخارجية التركي هاكان فيدان.", [(SHARAA, BARRACK), (SHARAA, FIDAN)],
     [(BARRACK, FIDAN)]),
    ("استقبل رئيس الجمهورية جوزاف عون، بحسب المكتب الإعلامي في القصر الجمهوري، قائد الجيش "
     "رودولف هيكل.", [(AOUN, HAYKAL)], []),
    ("والتقى وزير الخارجية الإيراني عباس عراقجي - الذي وصل إلى مسقط مساء السبت - المبعوث "
     "الأميركي ستيف ويتكوف.", [(ARAGHCHI, WITKOFF)], []),
    ("التقى المرشد الإيراني علي خامنئي (بحسب موقعه الرسمي) الرئيس العراقي عبد اللطيف رشيد.",
     [(KHAMENEI, RASHID)], []),
    ("بحث الرئيس التركي رجب طيب أردوغان، وفق بيان للرئاسة التركية، مع الرئيس السوري أحمد الشرع "
     "الأوضاع في سوريا.", [(ERDOGAN, SHARAA)], []),
    ("اجتمع الأمين العام لحزب الله نعيم قاسم، بحسب قناة المنار، بوزير الخارجية الإيراني عباس "
     "عراقجي في بيروت.", [(QASSEM, ARAGHCHI)], []),
    ("استقبل الملك عبد الله الثاني، بدوره، الرئيس السوري أحمد الشرع في عمّان.",
     [(ABDULLAH, SHARAA)], []),
    ("التقى رئيس الحكومة نواف سلام، وهو قاض سابق في محكمة العدل الدولية، الأمين العام للأمم "
     "المتحدة أنطونيو غوتيريش.", [(SALAM, GUTERRES)], []),
    ("استقبل الرئيس الجزائري عبد المجيد تبون، وفق ما أوردت وكالة الأنباء الجزائرية، وزير "
     "الخارجية الفرنسي جان نويل بارو.", [(TEBBOUNE, BARROT)], []),
    ("التقى ولي العهد السعودي الأمير محمد بن سلمان، الذي يشغل أيضاً منصب رئيس مجلس الوزراء، "
     "الرئيس الأميركي دونالد ترامب في الرياض.", [(MBS, TRUMP)], []),
]


@pytest.mark.parametrize("text, present, absent", AR_SUBJECT_ASIDE)
def test_ar_object_past_an_aside_after_the_subject(shipped, text, present, absent):
    met = _met(shipped, text, "ar")
    for a, b in present:
        assert _pair(a, b) in met
    for a, b in absent:
        assert _pair(a, b) not in met


# --- the aside's own verb --------------------------------------------------------------------

AR_ASIDE_VERB = [
    ("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني، الذي التقى أمس الرئيس الأميركي دونالد ترامب، "
     "رئيس الوزراء اللبناني نواف سلام.", [(TAMIM, SALAM), (TAMIM, TRUMP)], [(TRUMP, SALAM)]),
    ("التقى رئيس إقليم كردستان نيجيرفان بارزاني، الذي كان قد التقى الرئيس الإيراني مسعود "
     "بزشكيان الأسبوع الماضي، السفير التركي في بغداد أنيل بورا إنان.",
     [(NECHIRVAN, PEZESHKIAN)], []),
    ("استقبل الرئيس المصري عبد الفتاح السيسي، الذي كان قد استقبل أمس الرئيس الفلسطيني محمود "
     "عباس، رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني.", [(SISI, MBAR), (SISI, ABBAS)],
     [(ABBAS, MBAR)]),
    ("التقى السيسي، الذي أجرى اتصالاً هاتفياً بالرئيس الأميركي دونالد ترامب صباحاً، رئيس "
     "الوزراء الفلسطيني محمد مصطفى.", [(SISI, MUSTAFA)], [(SISI, TRUMP), (TRUMP, MUSTAFA)]),
    ("التقى الرئيس السوري أحمد الشرع، الذي خلف بشار الأسد، ولي العهد السعودي الأمير محمد بن "
     "سلمان.", [(SHARAA, MBS)], [(ASSAD, MBS), (SHARAA, ASSAD)]),
]


@pytest.mark.parametrize("text, present, absent", AR_ASIDE_VERB)
def test_ar_the_asides_own_verb(shipped, text, present, absent):
    met = _met(shipped, text, "ar")
    for a, b in present:
        assert _pair(a, b) in met
    for a, b in absent:
        assert _pair(a, b) not in met


def test_the_nechirvan_aside_partner_is_no_guest(rules_only):
    text = AR_ASIDE_VERB[1][0]
    met = _met(rules_only, text, "ar")
    assert not any(PEZESHKIAN in p and NECHIRVAN not in p for p in met)


# --- Arabic object lists with an aside -----------------------------------------------------------

@pytest.mark.parametrize("text, present", [
    ("استقبل الرئيس اللبناني جوزاف عون في قصر بعبدا الموفد الأميركي توم باراك، الذي يزور بيروت "
     "حالياً، ثم رئيس الحكومة نواف سلام.", [(AOUN, BARRACK), (AOUN, SALAM)]),
    ("استقبل السيسي كلاً من الرئيس الفلسطيني محمود عباس، الذي وصل القاهرة أمس، والعاهل الأردني "
     "الملك عبد الله الثاني.", [(SISI, ABBAS), (SISI, ABDULLAH)]),
    ("التقى وزير الخارجية السعودي الأمير فيصل بن فرحان، الذي يزور بيروت حالياً، الرئيس "
     "اللبناني جوزاف عون ورئيس الحكومة نواف سلام.", [(FAISAL, AOUN), (FAISAL, SALAM)]),
    ("التقى عراقجي وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني (وهو أيضاً رئيس الوزراء) "
     "في الدوحة.", [(ARAGHCHI, MBAR)]),
])
def test_ar_lists_with_an_aside(shipped, text, present):
    met = _met(shipped, text, "ar")
    for a, b in present:
        assert _pair(a, b) in met


# --- English meetings ------------------------------------------------------------------------

EN_MEETINGS = [
    ("Iraqi Foreign Minister Fuad Hussein, who is also deputy prime minister, met Saudi Foreign "
     "Minister Prince Faisal bin Farhan in Riyadh.", [(FUAD, FAISAL)], []),
    ("Lebanese President Joseph Aoun, who arrived on Monday, met French President Emmanuel "
     "Macron at the Elysee.", [(AOUN, MACRON)], []),
    ("Syrian President Ahmed al-Sharaa — on his first trip abroad since taking office — met "
     "Saudi Crown Prince Mohammed bin Salman in Riyadh.", [(SHARAA, MBS)], []),
    ("Egyptian President Abdel Fattah al-Sisi (pictured) received Jordan's King Abdullah II in "
     "Cairo.", [(SISI, ABDULLAH)], []),
    ("Egyptian President Abdel Fattah al-Sisi, according to a statement, received Qatari Prime "
     "Minister Mohammed bin Abdulrahman Al Thani on Sunday.", [(SISI, MBAR)], []),
    ("Iranian Foreign Minister Abbas Araghchi, in turn, met his Omani counterpart Badr "
     "Albusaidi in Muscat.", [(ARAGHCHI, BUSAIDI)], []),
    ("Iranian Foreign Minister Abbas Araghchi, for his part, held talks with Saudi Crown Prince "
     "Mohammed bin Salman.", [(ARAGHCHI, MBS)], []),
    ("Hamas leader Khalil al-Hayya on Tuesday, in a rare public appearance, met Turkish "
     "President Recep Tayyip Erdogan in Istanbul.", [(HAYYA, ERDOGAN)], []),
    ("Turkish President Recep Tayyip Erdogan met, on Tuesday, in a rare public appearance, "
     "Hamas leader Khalil al-Hayya in Istanbul.", [(HAYYA, ERDOGAN)], []),
    ("Jordan's King Abdullah II received, according to the royal court, U.S. Secretary of "
     "State Marco Rubio in Amman.", [(ABDULLAH, RUBIO)], []),
    ("King Abdullah II received U.S. Secretary of State Marco Rubio, who arrived on Monday, "
     "and Egyptian Foreign Minister Badr Abdelatty.", [(ABDULLAH, RUBIO), (ABDULLAH, ABDELATTY)],
     [(RUBIO, ABDELATTY)]),
    ("Sisi met Palestinian President Mahmoud Abbas, who is visiting Cairo, and Jordan's King "
     "Abdullah II on Sunday.", [(SISI, ABBAS), (SISI, ABDULLAH)], [(ABBAS, ABDULLAH)]),
    ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani, who met U.S. President Donald Trump last "
     "week, received Lebanese Prime Minister Nawaf Salam in Doha.",
     [(TAMIM, SALAM), (TAMIM, TRUMP)], [(TRUMP, SALAM)]),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani — who returned from Washington on Friday — "
     "received Turkish Foreign Minister Hakan Fidan.", [(SUDANI, FIDAN)], []),
    ("Syrian President Ahmed al-Sharaa met U.S. envoy Tom Barrack (pictured, left) in Damascus "
     "on Saturday.", [(SHARAA, BARRACK)], []),
    ("Lebanese President Joseph Aoun, according to his office, held talks with French envoy "
     "Jean-Yves Le Drian on Wednesday.", [(AOUN, LE_DRIAN)], []),
    ("Emirati President Sheikh Mohamed bin Zayed, according to state news agency WAM, received "
     "Syrian President Ahmed al-Sharaa in Abu Dhabi.", [(MBZ, SHARAA)], []),
    ("Saudi Foreign Minister Prince Faisal bin Farhan, who is visiting Beirut, met President "
     "Joseph Aoun and Prime Minister Nawaf Salam.", [(FAISAL, AOUN), (FAISAL, SALAM)],
     [(AOUN, SALAM)]),
    ("Araghchi, in turn, met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani, who also "
     "serves as foreign minister, in Doha.", [(ARAGHCHI, MBAR)], []),
    ("Turkish Foreign Minister Hakan Fidan, who arrived in Damascus on Monday morning, met "
     "Syrian President Ahmed al-Sharaa.", [(FIDAN, SHARAA)], []),
    ("Saudi Crown Prince Mohammed bin Salman, according to the Saudi Press Agency, received "
     "Ukrainian President Volodymyr Zelensky in Jeddah.", [(MBS, ZELENSKY)], []),
    ("UN envoy Hans Grundberg, for his part, met Houthi leader Mahdi al-Mashat in Sanaa.",
     [(GRUNDBERG, MASHAT)], []),
    ("Sisi, who spoke by phone with U.S. President Donald Trump in the morning, met Palestinian "
     "Prime Minister Mohammad Mustafa.", [(SISI, MUSTAFA)], [(SISI, TRUMP), (TRUMP, MUSTAFA)]),
    ("Iranian President Masoud Pezeshkian (who took office after the death of Ebrahim Raisi) "
     "received Omani Foreign Minister Badr Albusaidi.", [(PEZESHKIAN, BUSAIDI)],
     [(PEZESHKIAN, RAISI)]),
    ("Lebanese Speaker Nabih Berri, a close ally of Hezbollah, met U.S. envoy Morgan Ortagus on "
     "Friday.", [(BERRI, ORTAGUS)], []),
    ("Araghchi, who succeeded Hossein Amir-Abdollahian, met his Saudi counterpart Prince Faisal "
     "bin Farhan.", [(ARAGHCHI, FAISAL)], [(FAISAL, AMIR_ABDOLLAHIAN)]),
    ("Lebanese President Joseph Aoun received U.S. envoy Tom Barrack, who is on a visit to "
     "Beirut, and then Prime Minister Nawaf Salam.", [(AOUN, BARRACK), (AOUN, SALAM)],
     [(BARRACK, SALAM)]),
    ("French President Emmanuel Macron, the Elysee said, met Syrian President Ahmed al-Sharaa "
     "and his foreign minister Asaad al-Shaibani.", [(MACRON, SHARAA), (MACRON, SHAIBANI)], []),
    ("Lebanese President Joseph Aoun had, according to the presidency, met Saudi envoy Yazid "
     "bin Farhan.", [(AOUN, YAZID)], []),
    ("Bahrain's King Hamad bin Isa Al Khalifa, in turn, received British Prime Minister Keir "
     "Starmer.", [(HAMAD, STARMER)], []),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani, in a rare move, met Sadrist leader Moqtada "
     "al-Sadr in Najaf.", [(SUDANI, SADR)], []),
    ("Turkish President Recep Tayyip Erdogan met — according to his communications directorate "
     "— Iraqi Prime Minister Mohammed Shia al-Sudani.", [(ERDOGAN, SUDANI)], []),
    ("Egypt's President Abdel Fattah al-Sisi on Sunday, in a meeting at the Ittihadiya palace, "
     "received Palestinian President Mahmoud Abbas.", [(SISI, ABBAS)], []),
    ("King Abdullah II received (in a rare move) Hamas leader Khalil al-Hayya in Amman.",
     [(ABDULLAH, HAYYA)], []),
    ("President Joseph Aoun met, in turn, U.S. envoy Tom Barrack.", [(AOUN, BARRACK)], []),
    ("Erdogan received, for his part, Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara.",
     [(ERDOGAN, SUDANI)], []),
    ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani, who has mediated between Hamas "
     "and Israel, met Mossad chief David Barnea in Doha.", [(MBAR, BARNEA)], []),
    ("Hezbollah chief Naim Qassem, according to Al-Manar, met Iranian Foreign Minister Abbas "
     "Araghchi in Beirut.", [(QASSEM, ARAGHCHI)], []),
    ("Saudi Crown Prince Mohammed bin Salman, who is also prime minister, hosted U.S. President "
     "Donald Trump in Riyadh.", [(MBS, TRUMP)], []),
    ("Algerian President Abdelmadjid Tebboune received, according to the APS news agency, "
     "French Foreign Minister Jean-Noel Barrot.", [(TEBBOUNE, BARROT)], []),
    ("Iran's Supreme Leader Ali Khamenei (according to his official website) received Iraqi "
     "President Abdul Latif Rashid.", [(KHAMENEI, RASHID)], []),
    ("Iranian Foreign Minister Abbas Araghchi — who arrived in Muscat on Saturday evening — met "
     "U.S. envoy Steve Witkoff.", [(ARAGHCHI, WITKOFF)], []),
    ("Syrian President Ahmed al-Sharaa, who succeeded Bashar al-Assad, met Saudi Crown Prince "
     "Mohammed bin Salman.", [(SHARAA, MBS)], [(ASSAD, MBS)]),
]


@pytest.mark.parametrize("text, present, absent", EN_MEETINGS)
def test_en_meetings_past_asides(shipped, text, present, absent):
    met = _met(shipped, text, "en")
    for a, b in present:
        assert _pair(a, b) in met
    for a, b in absent:
        assert _pair(a, b) not in met


# --- successions -----------------------------------------------------------------------------

SUCCESSIONS = [
    ("ar", "خلف يحيى السنوار، الذي قاد الحركة في غزة منذ 2017، إسماعيل هنية في رئاسة المكتب "
     "السياسي لحركة حماس.", (SINWAR, HANIYEH)),
    ("ar", "خلف نعيم قاسم، وهو نائب الأمين العام منذ 1991، حسن نصر الله في قيادة حزب الله.",
     (QASSEM, NASRALLAH)),
    ("ar", "خلف الرئيس جوزاف عون، الذي قاد الجيش منذ 2017، الرئيس ميشال عون في رئاسة الجمهورية.",
     (AOUN, MICHEL_AOUN)),
    ("ar", "خلف محمد مخبر، بحسب الدستور، الرئيس إبراهيم رئيسي، الذي توفي في تحطم مروحية.",
     (MOKHBER, RAISI)),
    ("ar", "خلف عباس عراقجي (الذي قاد المفاوضات النووية سابقاً) حسين أمير عبد اللهيان في وزارة "
     "الخارجية.", (ARAGHCHI, AMIR_ABDOLLAHIAN)),
    ("ar", "وخلف أحمد الشرع، بدوره، بشار الأسد الذي فرّ إلى موسكو.", (SHARAA, ASSAD)),
    ("ar", "خلف نواف سلام، الذي ترأس محكمة العدل الدولية، نجيب ميقاتي في رئاسة الحكومة.",
     (SALAM, MIKATI)),
    ("ar", "خلف رئيس الوزراء محمد شياع السوداني، بحسب تصويت البرلمان، مصطفى الكاظمي في رئاسة "
     "الحكومة.", (SUDANI, KADHIMI)),
    ("ar", "وخلف الشيخ مشعل الأحمد الجابر الصباح - الذي كان ولياً للعهد - الشيخ نواف الأحمد "
     "الجابر الصباح أميراً للكويت.", (MISHAL, NAWAF)),
    ("ar", "خلف الرئيس الإيراني مسعود بزشكيان، الذي فاز في الانتخابات المبكرة، إبراهيم رئيسي "
     "الذي قُتل في تحطم مروحية.", (PEZESHKIAN, RAISI)),
    ("en", "Naim Qassem, who was Nasrallah's deputy for three decades, succeeded Hassan "
     "Nasrallah as Hezbollah's secretary-general.", (QASSEM, NASRALLAH)),
    ("en", "Naim Qassem — a cleric who rarely appears in public — replaced Hassan Nasrallah as "
     "Hezbollah chief.", (QASSEM, NASRALLAH)),
    ("en", "Ahmed al-Sharaa, in turn, succeeded Bashar al-Assad, who fled to Moscow, as "
     "Syria's leader.", (SHARAA, ASSAD)),
    ("en", "Mohammad Mokhber, who was first vice president, succeeded Ebrahim Raisi, who died "
     "in a helicopter crash, as acting president.", (MOKHBER, RAISI)),
    ("en", "Abbas Araghchi (pictured) succeeded Hossein Amir-Abdollahian as Iran's foreign "
     "minister.", (ARAGHCHI, AMIR_ABDOLLAHIAN)),
    ("en", "Joseph Aoun, who commanded the army since 2017, succeeded Michel Aoun as Lebanon's "
     "president.", (AOUN, MICHEL_AOUN)),
    ("en", "Mohammed Shia al-Sudani, according to the parliament vote, succeeded Mustafa "
     "al-Kadhimi as prime minister.", (SUDANI, KADHIMI)),
    ("en", "Sheikh Mishal al-Ahmad al-Jaber al-Sabah — who had been crown prince — succeeded "
     "Sheikh Nawaf al-Ahmad al-Jaber al-Sabah as emir of Kuwait.", (MISHAL, NAWAF)),
    ("en", "Masoud Pezeshkian, who won a snap election, succeeded Ebrahim Raisi, who was killed "
     "in a helicopter crash.", (PEZESHKIAN, RAISI)),
    ("en", "Mohammad Mokhber, in turn, succeeded Ebrahim Raisi as acting president.",
     (MOKHBER, RAISI)),
]


@pytest.mark.parametrize("lang, text, pair", SUCCESSIONS)
def test_successions_past_asides(shipped, lang, text, pair):
    assert pair in _rels(shipped, text, "SUCCESSOR_OF", lang)


def test_an_asides_succession_is_no_meeting_partner(shipped):
    text = ("التقى وزير الخارجية الإيراني عباس عراقجي، الذي خلف حسين أمير عبد اللهيان، نظيره "
            "السعودي فيصل بن فرحان.")
    assert (ARAGHCHI, AMIR_ABDOLLAHIAN) in _rels(shipped, text, "SUCCESSOR_OF", "ar")


# --- killings ---------------------------------------------------------------------------------

KILLINGS = [
    ("en", "Israel, according to Hezbollah, killed senior commander Fuad Shukr in Beirut's "
     "southern suburbs.", (SHUKR, ISRAEL), [(SHUKR, HEZBOLLAH)]),
    ("en", "Israel, according to Hezbollah, killed senior commander Fuad Shukr in Beirut.",
     (SHUKR, ISRAEL), [(SHUKR, HEZBOLLAH)]),
    ("en", "The United States, according to the Pentagon, killed Quds Force commander Qassem "
     "Soleimani near Baghdad airport.", (SOLEIMANI, US), []),
    ("en", "Hezbollah commander Fuad Shukr, who was 62, was killed by an Israeli airstrike in "
     "Beirut.", (SHUKR, ISRAEL), []),
    ("en", "Hezbollah chief Hassan Nasrallah, according to the group, was killed by an Israeli "
     "strike on Beirut's southern suburbs.", (NASRALLAH, ISRAEL), []),
    ("en", "Saleh al-Arouri, the deputy head of Hamas's political bureau, who was 57, was killed "
     "by an Israeli drone strike in Beirut.", (AROURI, ISRAEL), []),
    ("en", "Israel, according to the army, killed Hezbollah commander Ibrahim Aqil in a strike "
     "on Beirut.", (AQIL, ISRAEL), []),
    ("en", "Hezbollah commander Ibrahim Aqil, who had been wanted by the United States, was "
     "killed by Israel in Beirut, according to the group.", (AQIL, ISRAEL), [(AQIL, US)]),
    ("ar", "قُتل القيادي في حزب الله فؤاد شكر، الذي كان يبلغ من العمر 62 عاماً، بغارة إسرائيلية "
     "على بيروت.", (SHUKR, ISRAEL), []),
    ("ar", "قتلت إسرائيل، بحسب بيان للجيش، القيادي في حزب الله إبراهيم عقيل في غارة على بيروت.",
     (AQIL, ISRAEL), []),
    ("ar", "اغتالت إسرائيل - وفق ما أعلن جيشها - القيادي في حماس صالح العاروري في بيروت.",
     (AROURI, ISRAEL), []),
    ("ar", "قُتل الأمين العام لحزب الله حسن نصر الله، بحسب بيان الحزب، بغارة إسرائيلية على "
     "الضاحية الجنوبية.", (NASRALLAH, ISRAEL), [(NASRALLAH, HEZBOLLAH)]),
    ("ar", "اغتالت إسرائيل، وفق ما أعلن حزب الله، القيادي فؤاد شكر في الضاحية الجنوبية لبيروت.",
     (SHUKR, ISRAEL), [(SHUKR, HEZBOLLAH)]),
]


@pytest.mark.parametrize("lang, text, pair, absent", KILLINGS)
def test_killings_past_asides(shipped, lang, text, pair, absent):
    got = _rels(shipped, text, "ASSASSINATED_BY", lang)
    assert pair in got
    for p in absent:
        assert p not in got


@pytest.mark.parametrize("lang, text, pair, absent", [
    ("en", "Hamas leader Ismail Haniyeh, who had met Iran's supreme leader Ali Khamenei hours "
     "earlier, was killed by Israel in Tehran.", (HANIYEH, ISRAEL), (HANIYEH_KH, ISRAEL)),
    ("ar", "اغتالت إسرائيل رئيس المكتب السياسي لحركة حماس إسماعيل هنية، الذي كان قد التقى "
     "المرشد الإيراني علي خامنئي قبل ساعات، في طهران.", (HANIYEH, ISRAEL), (HANIYEH_KH, ISRAEL)),
    ("ar", "اغتالت الولايات المتحدة قائد فيلق القدس قاسم سليماني، الذي كان قد التقى رئيس الوزراء "
     "العراقي عادل عبد المهدي، قرب مطار بغداد.", (SOLEIMANI, US), (ABDUL_MAHDI, US)),
])
def test_the_asides_partner_is_no_victim(shipped, lang, text, pair, absent):
    got = _rels(shipped, text, "ASSASSINATED_BY", lang)
    assert pair in got and absent not in got


# --- short pieces -----------------------------------------------------------------------------

PETRA = ("AMMAN (Petra) — His Majesty King Abdullah II received, at Al Husseiniya Palace on "
         "Tuesday, Syrian President Ahmed al-Sharaa, who is on his first visit to Jordan since "
         "taking office. Foreign Minister Ayman Safadi, who had visited Damascus last month, "
         "attended the meeting. Al-Sharaa, according to a statement by the Royal Hashemite "
         "Court, also met Prime Minister Jafar Hassan. The Syrian president then left for "
         "Riyadh.")

QNA = ("DOHA (QNA) — HH the Amir Sheikh Tamim bin Hamad Al Thani met, on Wednesday, in a "
       "meeting at Lusail Palace, Iranian Foreign Minister Abbas Araghchi, who conveyed a "
       "message from President Masoud Pezeshkian. Araghchi — on his second Gulf tour this year "
       "— also held talks with Prime Minister and Minister of Foreign Affairs Sheikh Mohammed "
       "bin Abdulrahman Al Thani. Araghchi had, for his part, met Saudi Foreign Minister Prince "
       "Faisal bin Farhan in Riyadh a day earlier.")

NNA = ("بيروت - الوكالة الوطنية للإعلام: استقبل رئيس الجمهورية العماد جوزاف عون، في قصر بعبدا "
       "اليوم، الموفد الأميركي توم باراك، الذي يزور لبنان للمرة الثالثة خلال شهرين. وكان باراك "
       "قد التقى، بحسب مصادر مطلعة، رئيس مجلس النواب نبيه بري في عين التينة. والتقى رئيس "
       "الحكومة نواف سلام، من جهته، الموفد السعودي يزيد بن فرحان، الذي وصل إلى بيروت مساء أمس.")


def test_petra_piece(shipped):
    met = _met(shipped, PETRA)
    assert _pair(ABDULLAH, SHARAA) in met and _pair(SHARAA, P + "jafar-hassan") in met


def test_qna_piece_two_asides_after_the_verb(shipped):
    met = _met(shipped, QNA)
    assert _pair(TAMIM, ARAGHCHI) in met and _pair(ARAGHCHI, MBAR) in met
    assert _pair(ARAGHCHI, FAISAL) in met
    assert not any(PEZESHKIAN in p for p in met)


def test_nna_piece(shipped):
    met = _met(shipped, NNA, "ar")
    assert {_pair(AOUN, BARRACK), _pair(BARRACK, BERRI), _pair(SALAM, YAZID)} <= met
    assert _pair(AOUN, BERRI) not in met and _pair(AOUN, YAZID) not in met


SINWAR_AR = ("غزة - أعلن الجيش الإسرائيلي أنه قتل القائد العسكري في حركة حماس محمد السنوار، الذي "
             "خلف شقيقه يحيى السنوار في قيادة الحركة في القطاع، بغارة على خان يونس. وكان يحيى "
             "السنوار، الذي قاد هجوم السابع من أكتوبر، قد قُتل برصاص جنود إسرائيليين في رفح في "
             "تشرين الأول 2024. وخلف السنوار، بحسب مصادر في الحركة، إسماعيل هنية الذي اغتالته "
             "إسرائيل في طهران.")


def test_sinwar_piece(shipped):
    succ = _rels(shipped, SINWAR_AR, "SUCCESSOR_OF", "ar")
    assert (P + "mohammed-sinwar", SINWAR) in succ and (SINWAR, HANIYEH) in succ
    assert (HANIYEH, ISRAEL) in _rels(shipped, SINWAR_AR, "ASSASSINATED_BY", "ar")


# --- more kinds of aside (second round) --------------------------------------------------------

AR_MORE = [
    ("استقبل الرئيس العراقي عبد اللطيف رشيد، على ما أفادت الرئاسة، السفير الإيراني محمد كاظم آل "
     "صادق.", [(RASHID, AL_E_SADEGH)], []),
    ("التقى وزير الخارجية الأردني أيمن الصفدي، وفقاً لبيان الوزارة، نظيره السوري أسعد الشيباني في "
     "عمّان.", [(SAFADI, SHAIBANI)], []),
    ("استقبل رئيس الوزراء العراقي محمد شياع السوداني، حسب ما نقلت وكالة الأنباء العراقية، قائد "
     "فيلق القدس إسماعيل قاآني.", [(SUDANI, QAANI)], []),
    ("التقى رئيس المجلس الرئاسي الليبي محمد المنفي، كما أفاد مكتبه، المبعوثة الأممية هانا تيتيه.",
     [(MENFI, TETTEH)], []),
    ("استقبل الرئيس الفلسطيني محمود عباس، وهو رئيس منظمة التحرير أيضاً، وزير الخارجية السعودي "
     "فيصل بن فرحان والوفد المرافق له.", [(ABBAS, FAISAL)], []),
    ("التقى الرئيس عبد الفتاح السيسي وزير الخارجية الأميركي ماركو روبيو، وهو أيضاً مستشار الأمن "
     "القومي، ورئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني.", [(SISI, RUBIO), (SISI, MBAR)],
     [(RUBIO, MBAR)]),
    ("التقى الرئيس السيسي رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني (وهو أيضاً وزير "
     "الخارجية) ووزير الخارجية الأميركي ماركو روبيو.", [(SISI, RUBIO), (SISI, MBAR)],
     [(RUBIO, MBAR)]),
    ("التقى عراقجي، بحسب الخارجية الإيرانية، كلاً من وزير الخارجية العماني بدر البوسعيدي - الذي "
     "يتولى الوساطة - والمبعوث الأميركي ستيف ويتكوف.", [(ARAGHCHI, BUSAIDI),
                                                     (ARAGHCHI, WITKOFF)], [(BUSAIDI, WITKOFF)]),
    ("اجتمع الرئيس السوري أحمد الشرع، الذي قال إنه التقى الرئيس الأميركي دونالد ترامب، بوزير "
     "الخارجية التركي هاكان فيدان.", [(SHARAA, FIDAN)], [(TRUMP, FIDAN)]),
    ("التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو، الذي يواجه مذكرة توقيف من المحكمة الجنائية "
     "الدولية، الرئيس الأميركي دونالد ترامب في البيت الأبيض.", [(NETANYAHU, TRUMP)], []),
    ("استقبل أمير الكويت الشيخ مشعل الأحمد الجابر الصباح، الذي خلف الشيخ نواف الأحمد، ولي العهد "
     "السعودي الأمير محمد بن سلمان.", [(MISHAL, MBS)], [(NAWAF, MBS)]),
    ("استقبل الرئيس العراقي عبد اللطيف رشيد السفير الإيراني محمد كاظم آل صادق، كما التقى رئيس "
     "الوزراء محمد شياع السوداني.", [(RASHID, AL_E_SADEGH), (RASHID, SUDANI)], []),
]


@pytest.mark.parametrize("text, present, absent", AR_MORE)
def test_ar_more_asides(shipped, text, present, absent):
    met = _met(shipped, text, "ar")
    for a, b in present:
        assert _pair(a, b) in met
    for a, b in absent:
        assert _pair(a, b) not in met


EN_MORE = [
    ("Iraqi President Abdul Latif Rashid, the presidency said, received Iranian Ambassador "
     "Mohammad Kazem Al-e Sadeq.", [(RASHID, AL_E_SADEGH)], []),
    ("Jordanian Foreign Minister Ayman Safadi, the ministry said in a statement, met his Syrian "
     "counterpart Asaad al-Shaibani in Amman.", [(SAFADI, SHAIBANI)], []),
    ("Libyan Presidential Council head Mohamed al-Menfi, his office said, met UN envoy Hanna "
     "Tetteh.", [(MENFI, TETTEH)], []),
    ("Sisi met U.S. Secretary of State Marco Rubio, who also serves as national security "
     "adviser, and Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.",
     [(SISI, RUBIO), (SISI, MBAR)], [(RUBIO, MBAR)]),
    ("Aoun received Prime Minister Nawaf Salam (who returned from Riyadh) and then French envoy "
     "Jean-Yves Le Drian.", [(P + "aoun", SALAM), (P + "aoun", LE_DRIAN)], [(SALAM, LE_DRIAN)]),
    ("Araghchi met Omani Foreign Minister Badr Albusaidi — who is mediating — and U.S. envoy "
     "Steve Witkoff.", [(ARAGHCHI, BUSAIDI), (ARAGHCHI, WITKOFF)], [(BUSAIDI, WITKOFF)]),
    ("Araghchi met Omani Foreign Minister Badr Albusaidi (who is mediating) and U.S. envoy "
     "Steve Witkoff.", [(ARAGHCHI, BUSAIDI), (ARAGHCHI, WITKOFF)], [(BUSAIDI, WITKOFF)]),
    ("Israeli Prime Minister Benjamin Netanyahu, who faces an arrest warrant from the "
     "International Criminal Court, met U.S. President Donald Trump at the White House.",
     [(NETANYAHU, TRUMP)], []),
    ("Kuwait's Emir Sheikh Mishal al-Ahmad al-Jaber al-Sabah, who succeeded Sheikh Nawaf "
     "al-Ahmad, received Saudi Crown Prince Mohammed bin Salman.", [(MISHAL, MBS)],
     [(NAWAF, MBS)]),
    ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani, it said, met U.S. President Donald Trump in "
     "Doha.", [(TAMIM, TRUMP)], []),
    ("Sheikh Tamim received, separately, Iranian Foreign Minister Abbas Araghchi and, later, "
     "U.S. envoy Steve Witkoff.", [(TAMIM, ARAGHCHI), (TAMIM, WITKOFF)], [(ARAGHCHI, WITKOFF)]),
    ("Sheikh Tamim bin Hamad Al Thani met, on Wednesday, in a meeting at Lusail Palace, Iranian "
     "Foreign Minister Abbas Araghchi.", [(TAMIM, ARAGHCHI)], []),
]


@pytest.mark.parametrize("text, present, absent", EN_MORE)
def test_en_more_asides(shipped, text, present, absent):
    met = _met(shipped, text, "en")
    for a, b in present:
        assert _pair(a, b) in met
    for a, b in absent:
        assert _pair(a, b) not in met


@pytest.mark.parametrize("lang, text, pair, absent", [
    ("en", "Ismail Haniyeh — who was visiting Tehran for Pezeshkian's inauguration — was killed "
     "by Israel.", (HANIYEH, ISRAEL), (PEZESHKIAN, ISRAEL)),
    ("en", "Hezbollah commander Fuad Shukr (who was a close aide of Nasrallah) was killed by an "
     "Israeli strike.", (SHUKR, ISRAEL), (NASRALLAH, ISRAEL)),
    ("en", "Saleh al-Arouri — a deputy of Ismail Haniyeh — was killed by an Israeli drone strike "
     "in Beirut.", (AROURI, ISRAEL), (HANIYEH, ISRAEL)),
    ("en", "Israel killed Hezbollah commander Ibrahim Aqil, who was wanted by the United States, "
     "in a strike on Beirut's southern suburbs.", (AQIL, ISRAEL), (AQIL, US)),
    ("en", "Hamas deputy leader Saleh al-Arouri, who was also a founder of the group's armed "
     "wing, was killed by an Israeli drone strike in Beirut.", (AROURI, ISRAEL),
     (AROURI, "organization:hamas")),
    ("ar", "اغتالت إسرائيل القيادي في حزب الله إبراهيم عقيل، الذي كان مطلوباً للولايات المتحدة، "
     "في غارة على الضاحية.", (AQIL, ISRAEL), (AQIL, US)),
    ("ar", "استُشهد القيادي في حماس صالح العاروري، وهو نائب رئيس المكتب السياسي، بغارة إسرائيلية في "
     "بيروت.", (AROURI, ISRAEL), (AROURI, HEZBOLLAH)),
    ("ar", "قُتل رئيس المكتب السياسي لحماس إسماعيل هنية - الذي كان يزور طهران لحضور تنصيب بزشكيان "
     "- بغارة إسرائيلية.", (HANIYEH, ISRAEL), (PEZESHKIAN, ISRAEL)),
])
def test_the_aside_person_is_no_victim(shipped, lang, text, pair, absent):
    got = _rels(shipped, text, "ASSASSINATED_BY", lang)
    assert pair in got and absent not in got


@pytest.mark.parametrize("lang, text, pair", [
    ("ar", "وخلف نعيم قاسم، من جهته، حسن نصر الله أميناً عاماً لحزب الله.", (QASSEM, NASRALLAH)),
    ("ar", "خلف الأمير محمد بن سلمان، وفق الأمر الملكي، الأمير محمد بن نايف في ولاية العهد.",
     (MBS, NAYEF)),
    ("en", "Naim Qassem, for his part, succeeded Hassan Nasrallah as Hezbollah's "
     "secretary-general.", (QASSEM, NASRALLAH)),
    ("en", "Mohammed bin Salman, according to a royal decree, replaced Mohammed bin Nayef as "
     "crown prince.", (MBS, NAYEF)),
])
def test_more_successions_past_asides(shipped, lang, text, pair):
    assert pair in _rels(shipped, text, "SUCCESSOR_OF", lang)


# --- third round: the subject past a relative aside, "جمع في لقاء", "and then, in a ..." ----------

AMIRI, KAABI, ATTA = P + "hadi-al-amiri", P + "akram-al-kaabi", P + "mohammed-jaber-al-atta"
NECHIRVAN_B, QAANI_ = P + "nechirvan-barzani", P + "esmail-qaani"


@pytest.mark.parametrize("text, present, absent", [
    ("وعلى هامش المؤتمر، الذي حضره محافظ بغداد محمد جابر العطا، التقى رئيس الوزراء محمد شياع "
     "السوداني زعيم منظمة بدر هادي العامري، ثم التقى في لقاء منفصل السفير الإيراني محمد كاظم آل "
     "صادق.", [(SUDANI, AMIRI), (SUDANI, AL_E_SADEGH)], [(ATTA, AL_E_SADEGH)]),
    ("ووصل قائد فيلق القدس إسماعيل قاآني إلى بغداد، وجمع في لقاء واحد زعيم منظمة بدر هادي العامري "
     "والأمين العام لحركة النجباء أكرم الكعبي.", [(QAANI_, AMIRI), (QAANI_, KAABI), (AMIRI, KAABI)],
     []),
    ("جمع أمير قطر الشيخ تميم بن حمد آل ثاني في لقاء ثلاثي الرئيس السوري أحمد الشرع والرئيس التركي "
     "رجب طيب أردوغان.", [(TAMIM, SHARAA), (TAMIM, ERDOGAN), (SHARAA, ERDOGAN)], []),
])
def test_ar_third_round(rules_only, text, present, absent):
    met = _met(rules_only, text, "ar")
    for a, b in present:
        assert _pair(a, b) in met
    for a, b in absent:
        assert _pair(a, b) not in met


def test_a_negated_gathering_is_no_meeting(shipped):
    text = ("ولم يجمع قاآني في لقاء واحد زعيم منظمة بدر هادي العامري والأمين العام لحركة النجباء "
            "أكرم الكعبي.")
    assert not _met(shipped, text, "ar")


@pytest.mark.parametrize("text, present", [
    ("Sudani met Fidan, who had arrived on Sunday, and then, in a separate meeting, Kurdistan "
     "Region President Nechirvan Barzani.", [(P + "mohammed-shia-al-sudani", NECHIRVAN_B)]),
    ("Sudani met Fidan, who had arrived on Sunday, and, according to his office, Kurdistan "
     "Region President Nechirvan Barzani.", [(P + "mohammed-shia-al-sudani", NECHIRVAN_B)]),
    ("Prime Minister Mohammed Shia al-Sudani met Turkish Foreign Minister Hakan Fidan and, in a "
     "separate meeting, Kurdistan Region President Nechirvan Barzani.",
     [(SUDANI, FIDAN), (SUDANI, NECHIRVAN_B)]),
])
def test_en_list_past_a_second_aside(rules_only, text, present):
    met = _met(rules_only, text, "en")
    for a, b in present:
        assert _pair(a, b) in met


@pytest.mark.parametrize("text", [
    "Araghchi met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani and, according to a "
    "source close to Hamas, Hamas official Khalil al-Hayya.",
    "Araghchi met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani and, in a separate "
    "meeting, senior Hamas official Khalil al-Hayya.",
    "Araghchi met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani and, according to a "
    "source, Hamas official Khalil al-Hayya.",
])
def test_en_partner_after_and_an_attribution(rules_only, text):
    met = _met(rules_only, text, "en")
    assert _pair(ARAGHCHI, MBAR) in met and _pair(ARAGHCHI, HAYYA) in met
    assert _pair(MBAR, HAYYA) not in met
