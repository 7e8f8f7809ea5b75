"""Session 26 (kill26): SUCCESSOR_OF and ASSASSINATED_BY constructions of the newest writers and
their false core relations; each construction with cases of our own, in both languages where
it exists in both, and a case not to read."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, MW, SO, assert_relations

ROUHANI = "person:hassan-rouhani"
AHMADINEJAD = "person:mahmoud-ahmadinejad"
KHAMENEI = "person:ali-khamenei"
LARIJANI = "person:ali-larijani"
SOLEIMANI = "person:qasem-soleimani"
MUHANDIS = "person:abu-mahdi-al-muhandis"
TRUMP = "person:donald-trump"
SHUKR = "person:fuad-shukr"
USA = "country:united-states"
ISRAEL = "country:israel"
QASSEM = "person:naim-qassem"
NASRALLAH = "person:hassan-nasrallah"
J_AOUN = "person:joseph-aoun"
M_AOUN = "person:michel-aoun"
HAYKAL = "person:rodolphe-haykal"
SALAM = "person:nawaf-salam"
IDF = "organization:israel-defense-forces"
KARAKI = "person:ali-karaki"
NETANYAHU = "person:benjamin-netanyahu"
MIKATI = "person:najib-mikati"
PEZESHKIAN = "person:masoud-pezeshkian"
SUDANI = "person:mohammed-shia-al-sudani"
ASSAD = "person:bashar-al-assad"
ZARIF = "person:mohammad-javad-zarif"
MOJTABA = "person:mojtaba-khamenei"
BERRI = "person:nabih-berri"

# ---- Arabic: "وكان X، <apposition>، قد خلف Y": the subject before the apposition ---------
APPOSED_SUBJECT = [
    ("ar", "وكان حسن روحاني، الرئيس السابق، قد خلف محمود أحمدي نجاد في 2013.",
     [SO(ROUHANI, AHMADINEJAD)], []),
    ("ar", "وكان روحاني، رجل الدين المعتدل والقائد السابق لمجلس الأمن القومي، قد خلف محمود "
     "أحمدي نجاد في آب 2013.", [SO(ROUHANI, AHMADINEJAD)], []),
    # not negated, nor a possibility
    ("ar", "وكان حسن روحاني، الرئيس السابق، لم يخلف محمود أحمدي نجاد.", [],
     [SO(ROUHANI, AHMADINEJAD)]),
]

# ---- Arabic: "شغل Y المنصب ...، قبل أن يحلّ محله X": as "قبل أن يخلفه X" ------------------
TOOK_HIS_PLACE = [
    ("ar", "ترأس محمود أحمدي نجاد الحكومة ثماني سنوات، قبل أن يحلّ محله حسن روحاني عام 2013.",
     [SO(ROUHANI, AHMADINEJAD)], []),
    ("ar", "ترأس محمود أحمدي نجاد الحكومة ثماني سنوات، إلى أن حلّ مكانه حسن روحاني عام 2013.",
     [SO(ROUHANI, AHMADINEJAD)], []),
    # standing in at a meeting; nobody named after the pronoun
    ("ar", "ترأس محمود أحمدي نجاد الوفد، قبل أن يحلّ محله في الاجتماع حسن روحاني.", [],
     [SO(ROUHANI, AHMADINEJAD)]),
]

# ---- Arabic: "X ...، منذ أن / حين عيّنه K خلفاً لـY": -ه is the main clause's subject -------
APPOINTED_HIM_WHEN = [
    ("ar", "وصل حسن روحاني إلى موسكو، في أول زيارة له منذ أن عيّنه المرشد علي خامنئي في "
     "المنصب خلفاً لمحمود أحمدي نجاد.", [SO(ROUHANI, AHMADINEJAD)], [SO(KHAMENEI, AHMADINEJAD)]),
    ("ar", "يزور حسن روحاني موسكو، بعد أن كلّفه المرشد علي خامنئي خلفاً لمحمود أحمدي نجاد.",
     [SO(ROUHANI, AHMADINEJAD)], [SO(KHAMENEI, AHMADINEJAD)]),
    # no time clause: whom -ه stands for is not said
    ("ar", "التقى حسن روحاني علي لاريجاني، ثم عيّنه المرشد علي خامنئي خلفاً لمحمود أحمدي "
     "نجاد.", [], [SO(ROUHANI, AHMADINEJAD), SO(LARIJANI, AHMADINEJAD)]),
]

# ---- English "the strike that / which martyred X": the Iranian outlets' active verb --------
MARTYRED_ACTIVE = [
    ("en", "Iran's foreign ministry condemned the US attack in Baghdad which martyred Abu Mahdi "
     "al-Muhandis.", [AB(MUHANDIS, USA)], []),
    ("en", "Khamenei recalled the American drone strike ordered by Donald Trump that martyred "
     "Qasem Soleimani near Baghdad airport.", [AB(SOLEIMANI, USA), AB(SOLEIMANI, TRUMP)], []),
    # the adjective
    ("en", "Donald Trump spoke in Washington. The martyred commander Qasem Soleimani was buried "
     "in Kerman.", [], [AB(SOLEIMANI, TRUMP)]),
]

# ---- Arabic "شنّت X غارة على <a long place>، ما أسفر عن مقتل Y": one unpunctuated clause ----
RESULT_LONG_CLAUSE = [
    ("ar", "قال مسؤولون إسرائيليون إن إسرائيل شنت الليلة الماضية غارة بطائرة مسيرة على شقة "
     "سكنية في حي الرمل الغربي وسط مدينة صور الساحلية، ما أسفر عن مقتل فؤاد شكر.",
     [AB(SHUKR, ISRAEL)], []),
    # the strike verb of an earlier clause is not this clause's
    ("ar", "شنت إسرائيل غارات على مواقع في الجنوب خلال الأسبوع الماضي، وقال مسؤولون إن القصف "
     "تواصل الليلة الماضية على الضاحية الجنوبية لبيروت، ما أسفر عن مقتل فؤاد شكر.", [],
     [AB(SHUKR, ISRAEL)]),
]

# ---- Arabic "استُشهد X، المعروف بـ«Y»، <time> إثر غارة Z": the means past the known-as -------
PAST_KNOWN_AS = [
    ("ar", "استُشهد القائد في الحزب فؤاد شكر، المعروف بـ«الحاج محسن الشكر»، مساء الأربعاء إثر "
     "غارة شنّتها طائرة مسيّرة إسرائيلية على سيارته في الضاحية.", [AB(SHUKR, ISRAEL)], []),
    # no agent in the means
    ("ar", "قُتل القائد في الحزب فؤاد شكر، المعروف بـ«الحاج محسن الشكر»، مساء الأربعاء إثر "
     "حادث سير على طريق المطار في الضاحية الجنوبية.", [], [AB(SHUKR, ISRAEL)]),
]

# ---- Arabic "X، الذي تولّى ...، في أول زيارة منذ اغتيال Y": the time phrase past the relative
# clause's closing comma is the main clause's, no loss of a predecessor ---------------------
RELATIVE_CLAUSE_ENDS = [
    ("ar", "حطّت في المطار طائرة رئيس الحزب نعيم قاسم، الذي تولّى قيادتها بنفسه، في أول زيارة "
     "لمسؤول بهذا المستوى منذ اغتيال حسن نصرالله.", [], [SO(QASSEM, NASRALLAH)]),
    ("ar", "وصل نعيم قاسم، الذي تولّى الأمانة العامة للحزب، في أول زيارة له منذ اغتيال حسن "
     "نصرالله.", [], [SO(QASSEM, NASRALLAH)]),
    # inside the relative clause, and in a main clause, the loss is read
    ("ar", "وصل نعيم قاسم، الذي تولّى الأمانة العامة للحزب بعد اغتيال حسن نصرالله، إلى طهران.",
     [SO(QASSEM, NASRALLAH)], []),
    ("ar", "تولّى نعيم قاسم الأمانة العامة للحزب، بعد اغتيال حسن نصرالله.",
     [SO(QASSEM, NASRALLAH)], []),
]

# ---- English "at / to the head of X" is a position, no description of a person ------------
AT_THE_HEAD_OF = [
    ("en", "Rodolphe Haykal at the head of the troops. After two years of vacancy at the head "
     "of the State, Parliament elected General Joseph Aoun as President, succeeding Michel Aoun.",
     [SO(J_AOUN, M_AOUN)], [SO(HAYKAL, M_AOUN)]),
    ("en", "Naim Qassem rose to the head of the party. After a year of vacancy at the head of the "
     "State, Parliament elected Joseph Aoun as President, succeeding Michel Aoun.",
     [SO(J_AOUN, M_AOUN)], [SO(QASSEM, M_AOUN)]),
    # the description "the head of the army" still stands for its holder
    ("en", "Rodolphe Haykal was named army commander. The head of the army met Nawaf Salam on "
     "Monday.", [MW(SALAM, HAYKAL)], []),
]

# ---- English "the army said it had eliminated him": him refers back as after "killed" -------
ELIMINATED_HIM = [
    ("en", "Hezbollah confirmed that Hassan Nasrallah had been killed. The Israeli military said "
     "it had eliminated him in an air strike.", [AB(NASRALLAH, IDF)], []),
    ("en", "Hezbollah confirmed that its leader Hassan Nasrallah had been killed, hours after the "
     "Israeli military said it had eliminated him in an air strike.", [AB(NASRALLAH, IDF)], []),
    # denied
    ("en", "Hezbollah said Hassan Nasrallah was alive. The Israeli military denied it had "
     "eliminated him.", [], [AB(NASRALLAH, IDF)]),
]

# ---- English "X and Y, <a long apposition with a parenthesis>, were martyred in a US strike":
# the second of two coordinated subjects opening the sentence --------------------------------
COORDINATED_LONG_APPOSITION = [
    ("en", "Commander Fuad Shukr and Ali Karaki, the deputy chief of Iraq's Popular Mobilization "
     "Forces (Hashd al-Shaabi), were martyred in an American drone strike near the airport on "
     "Friday.", [AB(SHUKR, USA), AB(KARAKI, USA)], []),
    # no agent stated
    ("en", "Commander Fuad Shukr and Ali Karaki, the deputy chief of Iraq's Popular Mobilization "
     "Forces (Hashd al-Shaabi), were martyred near the airport in Baghdad on Friday.", [],
     [AB(SHUKR, USA), AB(KARAKI, USA)]),
]

# ---- Arabic "وكان X قد أعلن أنه أمر بتنفيذ الضربة، التي قُتل فيها أيضاً Z": the orderer before
# the verb of saying; Z by the orderer and by the agents of the strike told before -----------
ORDERER_HAD_SAID = [
    ("ar", "قُتل فؤاد شكر بضربة إسرائيلية في بيروت. وكان رئيس الوزراء الإسرائيلي بنيامين "
     "نتنياهو قد أعلن أنه أمر شخصياً بتنفيذ الضربة، التي قُتل فيها أيضاً علي كركي.",
     [AB(SHUKR, NETANYAHU), AB(KARAKI, NETANYAHU), AB(KARAKI, ISRAEL)], []),
    # a denial; a relative clause of no killing
    ("ar", "قُتل فؤاد شكر بضربة إسرائيلية في بيروت. وكان رئيس الوزراء الإسرائيلي بنيامين "
     "نتنياهو قد نفى أنه أمر بتنفيذ الضربة، التي قُتل فيها أيضاً علي كركي.", [],
     [AB(SHUKR, NETANYAHU), AB(KARAKI, NETANYAHU)]),
    ("ar", "قُتل فؤاد شكر بضربة إسرائيلية في بيروت. وكان رئيس الوزراء الإسرائيلي بنيامين "
     "نتنياهو قد أعلن أنه أمر بتنفيذ الضربة، التي أصيب فيها علي كركي.",
     [AB(SHUKR, NETANYAHU)], [AB(KARAKI, NETANYAHU), AB(KARAKI, ISRAEL)]),
]

# ---- English "a strike killed X ..., and the army later said it had carried it out" ---------
CARRIED_IT_OUT = [
    ("en", "On Tuesday a drone strike killed Fuad Shukr near Beirut, and the Israeli military "
     "later said it had carried it out.", [AB(SHUKR, IDF)], []),
    # a denial; "carried it out" of no strike
    ("en", "On Tuesday a drone strike killed Fuad Shukr near Beirut, and the Israeli military "
     "denied it had carried it out.", [], [AB(SHUKR, IDF)]),
    ("en", "Fuad Shukr died in Beirut on Tuesday; the Israeli military said it had carried it "
     "out as planned.", [], [AB(SHUKR, IDF)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", MARTYRED_ACTIVE + CARRIED_IT_OUT + ORDERER_HAD_SAID +
                         COORDINATED_LONG_APPOSITION + ELIMINATED_HIM + RESULT_LONG_CLAUSE +
                         PAST_KNOWN_AS)
def test_killings(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)

# ---- English "<clause naming X>, making him Y's successor" ---------------------------------
MAKING_HIM_SUCCESSOR = [
    ("en", "The Assembly of Experts chose Hassan Rouhani by a large majority on Tuesday, making "
     "him Mahmoud Ahmadinejad's successor.", [SO(ROUHANI, AHMADINEJAD)], []),
    # a hypothetical
    ("en", "Hassan Rouhani won the first round, and a second-round win would make him Mahmoud "
     "Ahmadinejad's successor.", [], [SO(ROUHANI, AHMADINEJAD)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", MAKING_HIM_SUCCESSOR + APPOSED_SUBJECT + TOOK_HIS_PLACE +
                         APPOINTED_HIM_WHEN + RELATIVE_CLAUSE_ENDS + AT_THE_HEAD_OF)
def test_successions(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- Arabic "وصل مستشار الرئيس X، Y، ...، حيث التقى Z": Y holds the title of X's advisor;
# X is no side of the meeting ----------------------------------------------------------------
TITLE_GENITIVE = [
    ("ar", "وصل مستشار الرئيس الإيراني مسعود بزشكيان، علي لاريجاني، إلى بغداد أمس، حيث التقى "
     "رئيس الوزراء محمد شياع السوداني.", [MW(LARIJANI, SUDANI)], [MW(PEZESHKIAN, SUDANI)]),
    ("ar", "وصل كبير مستشاري الرئيس الإيراني مسعود بزشكيان، الدكتور علي لاريجاني، إلى بغداد آتياً "
     "من دمشق، حيث كان قد التقى الرئيس السوري بشار الأسد.", [MW(LARIJANI, ASSAD)],
     [MW(PEZESHKIAN, ASSAD)]),
    # a list of two visitors; the advisor's own title before his name
    ("ar", "وصل المستشار علي لاريجاني، ومحمد جواد ظريف، إلى بغداد أمس، حيث التقيا رئيس الوزراء "
     "محمد شياع السوداني.", [MW(LARIJANI, SUDANI), MW(ZARIF, SUDANI)], []),
]


# ---- Arabic "قُتل X وابنته الصغيرة": a kin noun with a possessive pronoun is no first name ---
KIN_NO_NAME = [
    ("ar", "قُتل فؤاد شكر وابنته الصغيرة في غارة إسرائيلية على الضاحية.", [AB(SHUKR, ISRAEL)],
     [AB("person:abnath-al-saghira", ISRAEL)]),
    ("ar", "قُتل فؤاد شكر وزوجته الثانية في غارة إسرائيلية على الضاحية.", [AB(SHUKR, ISRAEL)],
     [AB("person:zujtah-al-thaniya", ISRAEL)]),
    # a name after و still is one
    ("ar", "قُتل فؤاد شكر وعلي كركي في غارة إسرائيلية على الضاحية.",
     [AB(SHUKR, ISRAEL), AB(KARAKI, ISRAEL)], []),
]


# ---- French transliteration "dj" for ج: "Mohammad Djavad Zarif" is the known Zarif ----------
FRENCH_DJ = [
    ("en", "Prime Minister Nadjib Mikati met Nabih Berri in Beirut on Friday.",
     [MW(MIKATI, BERRI)], []),
    ("en", "Modjtaba Khamenei met Nabih Berri in Beirut on Friday.", [MW(MOJTABA, BERRI)],
     [MW(KHAMENEI, BERRI)]),
    ("en", "On Friday Speaker Nabih Berri received Ali Laridjani at Ain el-Tineh.",
     [MW(LARIJANI, BERRI)], []),
    # an unknown name keeps its own id
    ("en", "Djamel Benali met Nabih Berri in Beirut on Friday.",
     [MW("person:djamel-benali", BERRI)], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", TITLE_GENITIVE + KIN_NO_NAME + FRENCH_DJ)
def test_names_and_sides(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
