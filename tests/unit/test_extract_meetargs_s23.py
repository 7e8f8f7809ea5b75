"""Session 23 (meetargs): who met whom inside one meeting sentence: a second meeting verb
with no subject of its own after a VSO meeting clause, trilaterals and summits, "received by
A together with B", the verbal noun with subject and object, coordinated objects."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

FIDAN = "person:hakan-fidan"
BERRI = "person:nabih-berri"
AOUN = "person:michel-aoun"
SISI = "person:abdel-fattah-el-sisi"
ABDULLAH = "person:abdullah-ii"
SUDANI = "person:mohammed-shia-al-sudani"
FUAD = "person:fuad-hussein"
ROUHANI = "person:hassan-rouhani"
ALTHANI = "person:mohammed-bin-abdulrahman-al-thani"

# ---- "كما التقى X Y، وزار / ثم اجتمع بـZ": X met Z, not Y (the first verb's VSO object) ------
CHAIN_VSO = [
    ("كما التقى وزير الخارجية التركي هاكان فيدان رئيس مجلس النواب نبيه بري، وزار الرئيس السابق "
     "ميشال عون في منزله بالرابية.",
     [MW(FIDAN, BERRI), MW(FIDAN, AOUN)], [MW(BERRI, AOUN)]),
    ("التقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني، ثم اجتمع برئيس "
     "الوزراء العراقي محمد شياع السوداني بحضور وزير الخارجية العراقي فؤاد حسين.",
     [MW(SISI, ABDULLAH), MW(SISI, SUDANI)], [MW(ABDULLAH, SUDANI)]),
    # a relative clause: its subject is the antecedent, the object of the main verb
    ("استقبل الرئيس الإيراني حسن روحاني وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني، "
     "الذي التقى أيضاً وزير الخارجية العراقي فؤاد حسين.",
     [MW(ROUHANI, ALTHANI), MW(ALTHANI, FUAD)], [MW(ROUHANI, FUAD)]),
    # a call is no meeting, whoever its subject
    ("التقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني، وأجرى اتصالاً "
     "هاتفياً مع رئيس الوزراء العراقي محمد شياع السوداني.",
     [MW(SISI, ABDULLAH)], [MW(SISI, SUDANI), MW(ABDULLAH, SUDANI)]),
]


@pytest.mark.parametrize("text,must,must_not", CHAIN_VSO)
def test_second_verb_subject_after_vso_ar(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)


# ---- a meeting counted three-sided: every two of its people met --------------------------
PUTIN = "person:vladimir-putin"
ALIYEV = "person:ilham-aliyev"
PASHINYAN = "person:nikol-pashinyan"
KHASAWNEH = "person:bisher-al-khasawneh"
SIDES = [
    ("ar", "اجتمع رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني برئيس الوزراء العراقي محمد "
     "شياع السوداني ورئيس الوزراء الأردني بشر الخصاونة، في لقاء ثلاثي.",
     [MW(ALTHANI, SUDANI), MW(ALTHANI, KHASAWNEH), MW(SUDANI, KHASAWNEH)], []),
    ("ar", "استقبل الرئيس الروسي فلاديمير بوتين في سوتشي الرئيسَ الأذربيجاني إلهام علييف ورئيسَ "
     "الوزراء الأرميني نيكول باشينيان، في قمة ثلاثية.",
     [MW(PUTIN, ALIYEV), MW(PUTIN, PASHINYAN), MW(ALIYEV, PASHINYAN)], []),
    ("ar", "التقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني ورئيس "
     "الوزراء العراقي محمد شياع السوداني، وبحث القادة الثلاثة التعاون الاقتصادي.",
     [MW(SISI, ABDULLAH), MW(SISI, SUDANI), MW(ABDULLAH, SUDANI)], []),
    ("en", "Russian President Vladimir Putin received Azerbaijan's President Ilham Aliyev and "
     "Armenian Prime Minister Nikol Pashinyan in Sochi for trilateral talks.",
     [MW(PUTIN, ALIYEV), MW(PUTIN, PASHINYAN), MW(ALIYEV, PASHINYAN)], []),
    # a planned trilateral, a later one, separate meetings, calls: the guests did not meet
    ("ar", "استقبل الرئيس الروسي فلاديمير بوتين في سوتشي الرئيسَ الأذربيجاني إلهام علييف ورئيسَ "
     "الوزراء الأرميني نيكول باشينيان، قبل قمة ثلاثية مرتقبة الشهر المقبل.",
     [MW(PUTIN, ALIYEV)], [MW(ALIYEV, PASHINYAN)]),
    ("ar", "استقبل الرئيس الروسي فلاديمير بوتين في سوتشي الرئيسَ الأذربيجاني إلهام علييف، ثم "
     "استقبل رئيسَ الوزراء الأرميني نيكول باشينيان، على أن يعقد الثلاثة قمة في الخريف.",
     [MW(PUTIN, ALIYEV)], [MW(ALIYEV, PASHINYAN)]),
    ("en", "Russian President Vladimir Putin met Azerbaijan's President Ilham Aliyev and later "
     "Armenian Prime Minister Nikol Pashinyan, ahead of a planned trilateral summit next month.",
     [MW(PUTIN, ALIYEV), MW(PUTIN, PASHINYAN)], [MW(ALIYEV, PASHINYAN)]),
    ("en", "Russian President Vladimir Putin phoned Azerbaijan's President Ilham Aliyev and "
     "Armenian Prime Minister Nikol Pashinyan; the three leaders will meet in a trilateral "
     "format next month.", [], [MW(ALIYEV, PASHINYAN), MW(PUTIN, ALIYEV)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", SIDES)
def test_all_sides_met(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "(بعد) لقاء X Y": the verbal noun with its subject and its accusative object ----------
RAISI = "person:ebrahim-raisi"
ARAGHCHI = "person:abbas-araghchi"
MASDAR = [
    ("وذلك بعد ساعات من لقاء الرئيس الإيراني إبراهيم رئيسي نظيرَه الأذربيجاني إلهام علييف.",
     [MW(RAISI, ALIYEV)], []),
    ("وعقب اجتماع وزير الخارجية الإيراني عباس عراقجي رئيسَ مجلس النواب نبيه بري، غادر إلى دمشق.",
     [MW(ARAGHCHI, BERRI)], []),
    # asked for, refused, expected, scheduled: no meeting
    ("وطالب الرئيس الإيراني إبراهيم رئيسي بلقاء الرئيس الأذربيجاني إلهام علييف.",
     [], [MW(RAISI, ALIYEV)]),
    ("ورفض الرئيس الأذربيجاني إلهام علييف لقاء الرئيس الإيراني إبراهيم رئيسي.",
     [], [MW(RAISI, ALIYEV)]),
    ("وقبل لقاء الرئيس الإيراني إبراهيم رئيسي الرئيسَ الأذربيجاني إلهام علييف المرتقب، وصل الوفد.",
     [], [MW(RAISI, ALIYEV)]),
    ("ومن المقرر لقاء الرئيس الإيراني إبراهيم رئيسي نظيرَه الأذربيجاني إلهام علييف غداً.",
     [], [MW(RAISI, ALIYEV)]),
]


@pytest.mark.parametrize("text,must,must_not", MASDAR)
def test_masdar_subject_object_ar(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)


# ---- "S was received by Y together with A" / "S met Y along with A": S, A and Y met ----------
HANIYEH = "person:ismail-haniyeh"
KHAMENEI = "person:ali-khamenei"
NAKHALA = "person:ziyad-al-nakhalah"
TOGETHER_AFTER = [
    ("On Tuesday Ismail Haniyeh was received by Supreme Leader Ali Khamenei together with the "
     "secretary-general of Palestinian Islamic Jihad, Ziyad al-Nakhala.",
     [MW(HANIYEH, KHAMENEI), MW(KHAMENEI, NAKHALA), MW(HANIYEH, NAKHALA)], []),
    ("Ismail Haniyeh was received by Supreme Leader Ali Khamenei, along with Iraqi Prime "
     "Minister Mohammed Shia al-Sudani.",
     [MW(HANIYEH, KHAMENEI), MW(KHAMENEI, SUDANI), MW(HANIYEH, SUDANI)], []),
    ("Turkish Foreign Minister Hakan Fidan met Iraqi Prime Minister Mohammed Shia al-Sudani "
     "together with Iraqi Foreign Minister Fuad Hussein.",
     [MW(FIDAN, SUDANI), MW(FUAD, SUDANI), MW(FIDAN, FUAD)], []),
    # no name after the phrase, a negated, a planned meeting, a call
    ("Ismail Haniyeh was received by Supreme Leader Ali Khamenei together with his son, who "
     "was wounded, and Mohammed Shia al-Sudani said nothing.",
     [MW(HANIYEH, KHAMENEI)], [MW(KHAMENEI, SUDANI), MW(HANIYEH, SUDANI)]),
    ("Turkish Foreign Minister Hakan Fidan did not meet Iraqi Prime Minister Mohammed Shia "
     "al-Sudani together with Iraqi Foreign Minister Fuad Hussein.",
     [], [MW(FUAD, SUDANI), MW(FIDAN, FUAD)]),
    ("Ismail Haniyeh will be received by Supreme Leader Ali Khamenei together with Iraqi Prime "
     "Minister Mohammed Shia al-Sudani.", [], [MW(KHAMENEI, SUDANI), MW(HANIYEH, SUDANI)]),
    ("Turkish Foreign Minister Hakan Fidan spoke by phone with Iraqi Prime Minister Mohammed "
     "Shia al-Sudani together with Iraqi Foreign Minister Fuad Hussein.",
     [], [MW(FUAD, SUDANI), MW(FIDAN, FUAD)]),
]


@pytest.mark.parametrize("text,must,must_not", TOGETHER_AFTER)
def test_together_with_after_host_en(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)


# ---- "met X and, separately, caretaker Premier Y": a qualifier before the second title ------
MIKATI = "person:najib-mikati"
SEPARATELY = [
    ("In Beirut Iranian Foreign Minister Abbas Araghchi met Parliament Speaker Nabih Berri and, "
     "separately, caretaker Premier Najib Mikati.", [MW(ARAGHCHI, BERRI), MW(ARAGHCHI, MIKATI)],
     [MW(BERRI, MIKATI)]),
    ("Turkish Foreign Minister Hakan Fidan met Parliament Speaker Nabih Berri and, separately, "
     "former President Michel Aoun.", [MW(FIDAN, BERRI), MW(FIDAN, AOUN)], [MW(BERRI, AOUN)]),
    ("التقى وزير الخارجية الإيراني عباس عراقجي رئيس مجلس النواب نبيه بري، ثم التقى في لقاء منفصل "
     "رئيس الحكومة نجيب ميقاتي.", [MW(ARAGHCHI, BERRI), MW(ARAGHCHI, MIKATI)], [MW(BERRI, MIKATI)]),
    # the second person's own clause: no meeting of his
    ("Iranian Foreign Minister Abbas Araghchi met Parliament Speaker Nabih Berri and, separately, "
     "caretaker Premier Najib Mikati said the talks were useful.", [MW(ARAGHCHI, BERRI)],
     [MW(ARAGHCHI, MIKATI)]),
]


@pytest.mark.parametrize("text,must,must_not", SEPARATELY)
def test_and_separately_qualified_title(ex, text: str, must: list, must_not: list) -> None:
    lang = "ar" if text[0] > "\u0600" else "en"
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- a call in the main clause, the meeting in a relative clause after the partner ----------
PEZESHKIAN = "person:masoud-pezeshkian"
ERDOGAN = "person:recep-tayyip-erdogan"
CALL_THEN_RELATIVE = [
    ("en", "Egyptian President Abdel Fattah el-Sisi has since spoken by phone several times with "
     "President Masoud Pezeshkian, with whom he held talks on the sidelines of the D-8 summit in "
     "Cairo.", [MW(SISI, PEZESHKIAN)], []),
    ("ar", "وأجرى الرئيس المصري عبد الفتاح السيسي اتصالاً هاتفياً بالرئيس الإيراني مسعود بزشكيان، "
     "الذي التقاه في القاهرة في ديسمبر الماضي.", [MW(SISI, PEZESHKIAN)], []),
    # a relative clause with no meeting, a negated one: the call alone
    ("en", "Turkish President Recep Tayyip Erdogan spoke by phone with Russian President Vladimir "
     "Putin, whom he thanked for the grain deal.", [], [MW(ERDOGAN, PUTIN)]),
    ("en", "Turkish President Recep Tayyip Erdogan has since spoken by phone with Russian President "
     "Vladimir Putin, with whom he has never held talks.", [], [MW(ERDOGAN, PUTIN)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CALL_THEN_RELATIVE)
def test_call_then_met_relative(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- a sentence opening "ثم زار / ثم التقى" + its object: the previous sentence's subject ----
OPENING_OBJECT = [
    ("وصل وزير الخارجية التركي هاكان فيدان إلى بيروت. ثم زار رئيسَ مجلس النواب نبيه بري في عين "
     "التينة، والتقى رئيس الحكومة نجيب ميقاتي في السراي.",
     [MW(FIDAN, BERRI), MW(FIDAN, MIKATI)], [MW(BERRI, MIKATI)]),
    ("وصل وزير الخارجية التركي هاكان فيدان إلى بيروت. وزار الرئيس السابق ميشال عون في منزله "
     "بالرابية.", [MW(FIDAN, AOUN)], []),
    # the person after the verb is its subject: a place visited, a partner after بـ
    ("قال وزير الخارجية التركي هاكان فيدان إن المحادثات كانت مثمرة. كما زار الرئيس الإيراني حسن "
     "روحاني منزل الشهيد وقدم التعازي لأسرته.", [], [MW(FIDAN, ROUHANI)]),
    ("وصل وزير الخارجية التركي هاكان فيدان إلى بيروت. وزار الرئيس اللبناني ميشال عون مدينة صور، "
     "حيث التقى رئيس مجلس النواب نبيه بري.", [MW(AOUN, BERRI)], [MW(FIDAN, AOUN), MW(FIDAN, BERRI)]),
    ("وصل وزير الخارجية التركي هاكان فيدان إلى بيروت. والتقى رئيس الحكومة نجيب ميقاتي بنظيره "
     "القبرصي في السراي.", [], [MW(FIDAN, MIKATI)]),
]


@pytest.mark.parametrize("text,must,must_not", OPENING_OBJECT)
def test_sentence_opening_object_ar(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)


# ---- "، والتقى" continuing a reported clause "أن / إن X وصل ...": X, not the source -----------
KHAZALI = "person:qais-al-khazali"
AMIRI = "person:hadi-al-amiri"
REPORTED_CLAUSE = [
    ("كشفت مصادر سياسية أن وزير الخارجية التركي هاكان فيدان وصل إلى العاصمة العراقية، الاثنين، في "
     "زيارة لم يُعلن عنها، والتقى في مطار بغداد الدولي الأمين العام لعصائب أهل الحق قيس الخزعلي "
     "والأمين العام لمنظمة بدر هادي العامري.",
     [MW(FIDAN, KHAZALI), MW(FIDAN, AMIRI)], []),
    ("قال الرئيس الإيراني حسن روحاني إن وزير الخارجية التركي هاكان فيدان وصل إلى العاصمة "
     "العراقية، في زيارة لم يُعلن عنها، والتقى في مطار بغداد الدولي الأمين العام لعصائب أهل الحق "
     "قيس الخزعلي والأمين العام لمنظمة بدر هادي العامري.",
     [MW(FIDAN, KHAZALI), MW(FIDAN, AMIRI)], [MW(ROUHANI, KHAZALI), MW(ROUHANI, FIDAN)]),
]


@pytest.mark.parametrize("text,must,must_not", REPORTED_CLAUSE)
def test_reported_clause_subject_ar(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)


# ---- "A and B held a summit with C" / "عقد A وB قمة مع C": the three met ----------------------
AFWERKI = "person:isaias-afwerki"
SUMMIT = [
    ("en", "Egyptian President Abdel Fattah el-Sisi and Jordan's King Abdullah II held a summit "
     "with Eritrean President Isaias Afwerki in Asmara on Thursday.",
     [MW(SISI, ABDULLAH), MW(SISI, AFWERKI), MW(ABDULLAH, AFWERKI)], []),
    ("en", "Russian President Vladimir Putin held a summit with Azerbaijan's President Ilham "
     "Aliyev and Armenian Prime Minister Nikol Pashinyan in Sochi.",
     [MW(PUTIN, ALIYEV), MW(PUTIN, PASHINYAN), MW(ALIYEV, PASHINYAN)], []),
    ("ar", "عقد الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني قمة مع رئيس "
     "الوزراء العراقي محمد شياع السوداني في بغداد.",
     [MW(SISI, ABDULLAH), MW(SISI, SUDANI), MW(ABDULLAH, SUDANI)], []),
    # planned, negated, virtual: no meeting
    ("en", "Russian President Vladimir Putin will hold a summit with Azerbaijan's President Ilham "
     "Aliyev in Sochi next month.", [], [MW(PUTIN, ALIYEV)]),
    ("en", "Russian President Vladimir Putin did not hold a summit with Azerbaijan's President "
     "Ilham Aliyev this year.", [], [MW(PUTIN, ALIYEV)]),
    ("en", "Russian President Vladimir Putin held a virtual summit with Azerbaijan's President "
     "Ilham Aliyev.", [], [MW(PUTIN, ALIYEV)]),
    ("ar", "سيعقد الرئيس الروسي فلاديمير بوتين قمة مع الرئيس الأذربيجاني إلهام علييف في سوتشي.",
     [], [MW(PUTIN, ALIYEV)]),
    ("ar", "عقد الرئيس الروسي فلاديمير بوتين قمة افتراضية مع الرئيس الأذربيجاني إلهام علييف.",
     [], [MW(PUTIN, ALIYEV)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", SUMMIT)
def test_held_summit(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "X attended the swearing-in of Y and then held talks with him": X-Y ---------------------
RAISI_ = "person:ebrahim-raisi"
TALKS_WITH_HIM = [
    ("Hours earlier, Turkish Foreign Minister Hakan Fidan had attended the swearing-in of "
     "President Masoud Pezeshkian at parliament and then held talks with him.",
     [MW(FIDAN, PEZESHKIAN)], []),
    # planned, a call, no talks
    ("Turkish Foreign Minister Hakan Fidan attended the inauguration of President Masoud "
     "Pezeshkian and will then hold talks with him.", [], [MW(FIDAN, PEZESHKIAN)]),
    ("Hakan Fidan congratulated President Masoud Pezeshkian by phone and then held talks with "
     "him.", [], [MW(FIDAN, PEZESHKIAN)]),
    ("Turkish Foreign Minister Hakan Fidan attended the funeral of President Ebrahim Raisi and "
     "then flew home.", [], [MW(FIDAN, RAISI_)]),
]


@pytest.mark.parametrize("text,must,must_not", TALKS_WITH_HIM)
def test_held_talks_with_him_en(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)
