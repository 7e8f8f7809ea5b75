"""Session 24 (meetargs): who met whom inside one meeting sentence: Arabic coordinated
subjects before one object ("التقى A وB العمادَ C"، "A وB يلتقيان C"), live-blog lines that
open with a time stamp, a call after ", and" + its own subject, a subject apposed to a title
phrase, passive receptions ("من قبل C", "by K's adviser, Y"), talks at a visit's second stop,
"met Y and then phoned Z" (Z no partner)."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

BERRI = "person:nabih-berri"
AOUN = "person:joseph-aoun"
SALAM = "person:nawaf-salam"
FIDAN = "person:hakan-fidan"
GULER = "person:yasar-guler"
SHAIBANI = "person:asaad-al-shaibani"
WITKOFF = "person:steve-witkoff"
KUSHNER = "person:jared-kushner"
HAYYA = "person:khalil-al-hayya"
ARAGHCHI = "person:abbas-araghchi"
SHOUKRY = "person:sameh-shoukry"
SAFADI = "person:ayman-safadi"
GHEIT = "person:ahmed-aboul-gheit"

# ---- coordinated subjects (VSO or SVO with a dual verb) before one object --------------------
COORD_SUBJECTS = [
    # VSO, the object marked by the accusative; a person in the second subject's title
    ("التقى رئيس مجلس النواب نبيه بري والمستشار الإعلامي لسلام النائب أيمن الصفدي العمادَ "
     "جوزاف عون في قصر بعبدا.",
     [MW(BERRI, AOUN), MW(SAFADI, AOUN), MW(BERRI, SAFADI)], [MW(BERRI, SALAM)]),
    # VSO, the object past a place phrase
    ("واستقبل وزير الخارجية التركي هاكان فيدان ووزير الدفاع يشار غولر في أنقرة وزيرَ الخارجية "
     "السوري أسعد الشيباني.",
     [MW(FIDAN, SHAIBANI), MW(GULER, SHAIBANI), MW(FIDAN, GULER)], []),
    # SVO with a dual verb, the object past a place
    ("رئيس مجلس النواب نبيه بري ورئيس الحكومة نواف سلام يلتقيان في بيروت وزير الخارجية "
     "الإيراني عباس عراقجي.",
     [MW(BERRI, ARAGHCHI), MW(SALAM, ARAGHCHI), MW(BERRI, SALAM)], []),
    ("ستيف ويتكوف وجاريد كوشنر التقيا خليل الحية وجهاً لوجه للمرة الأولى.",
     [MW(WITKOFF, HAYYA), MW(KUSHNER, HAYYA), MW(WITKOFF, KUSHNER)], []),
    # one subject, two objects: the objects are not paired
    ("التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي والأمين العام للجامعة "
     "العربية أحمد أبو الغيط.",
     [MW(SHOUKRY, SAFADI), MW(SHOUKRY, GHEIT)], [MW(SAFADI, GHEIT)]),
    ("التقى الرئيس اللبناني جوزاف عون رئيس مجلس النواب نبيه بري ورئيس الحكومة نواف سلام.",
     [MW(AOUN, BERRI), MW(AOUN, SALAM)], [MW(BERRI, SALAM)]),
    # a negated verb: nobody met
    ("لم يلتق رئيس الحكومة نواف سلام ورئيس مجلس النواب نبيه بري العمادَ جوزاف عون.",
     [], [MW(SALAM, AOUN), MW(BERRI, AOUN)]),
]



# ---- a live-blog line opening with a time stamp is read by the Arabic rules ------------------
LIVE_LINES = [
    ("ar", "14:35 - خلال تعليق الجلسة، التقى رئيس مجلس النواب نبيه بري ورئيس الحكومة نواف سلام "
     "العمادَ جوزاف عون في مكتب داخل المجلس.",
     [MW(BERRI, AOUN), MW(SALAM, AOUN), MW(BERRI, SALAM)], []),
    ("ar", "• 2025: ستيف ويتكوف وجاريد كوشنر التقيا خليل الحية وجهاً لوجه.",
     [MW(WITKOFF, HAYYA), MW(KUSHNER, HAYYA), MW(WITKOFF, KUSHNER)], []),
    # a call is no meeting, stamp or not
    ("ar", "10:15 - أجرى الرئيس اللبناني جوزاف عون اتصالاً هاتفياً بوزير الخارجية الإيراني عباس "
     "عراقجي.", [], [MW(AOUN, ARAGHCHI)]),
    # an English line is left to the English rules
    ("en", "14:35 - Hakan Fidan arrives in Beirut and meets Prime Minister Nawaf Salam.",
     [MW(FIDAN, SALAM)], []),
]



# ---- a call told after ", and" + a subject of its own does not undo the meeting before it ----
MACRON = "person:emmanuel-macron"
BOGDANOV = "person:mikhail-bogdanov"
SHARAA = "person:ahmed-al-sharaa"
PUTIN = "person:vladimir-putin"
LATER_CALL = [
    ("Russia has been more cautious: Deputy Foreign Minister Mikhail Bogdanov met Ahmed "
     "al-Sharaa in Damascus in late January, and al-Sharaa later spoke to Vladimir Putin by phone.",
     [MW(BOGDANOV, SHARAA)], [MW(SHARAA, PUTIN), MW(BOGDANOV, PUTIN)]),
    ("Hakan Fidan met Nawaf Salam in Beirut on Monday, and he later spoke by phone with "
     "Emmanuel Macron.", [MW(FIDAN, SALAM)], [MW(FIDAN, MACRON), MW(SALAM, MACRON)]),
    # the call is the main clause: no meeting
    ("Hakan Fidan spoke by phone with Nawaf Salam on Monday, and Salam later flew to Paris.",
     [], [MW(FIDAN, SALAM)]),
]



# ---- a subject apposed to a title phrase that opens the clause ------------------------------
HOCHSTEIN = "person:amos-hochstein"
BOULOS = "person:massad-boulos"
HAMDAN = "person:ali-hamdan"
TITLED_SUBJECT = [
    ("Lebanon's top negotiator, the Speaker of Parliament, Nabih Berri, met US envoy Amos "
     "Hochstein in Beirut on Monday.", [MW(BERRI, HOCHSTEIN)], []),
    ("Washington's point man, the Senior Adviser for Africa, Massad Boulos, met Lebanon's "
     "Speaker of Parliament, Nabih Berri, in Beirut.", [MW(BOULOS, BERRI)], []),
    # a person in the title phrase: the apposed name is still the subject, not that person
    ("Nawaf Salam's Adviser for Media Affairs, Ali Hamdan, met Amos Hochstein in Beirut.",
     [MW(HAMDAN, HOCHSTEIN)], [MW(SALAM, HOCHSTEIN)]),
    # negated: no meeting
    ("Lebanon's top negotiator, the Speaker of Parliament, Nabih Berri, did not meet US envoy "
     "Amos Hochstein in Beirut on Monday.", [], [MW(BERRI, HOCHSTEIN)]),
]



# ---- an Arabic passive reception with its agent after "من قبل / من طرف" -----------------------
ABU_QASRA = "person:murhaf-abu-qasra"
BAERBOCK = "person:annalena-baerbock"
ERDOGAN = "person:recep-tayyip-erdogan"
PASSIVE_AR = [
    ("استُقبل وزير الخارجية السوري أسعد الشيباني ووزير الدفاع مرهف أبو قصرة في أنقرة، الخميس، "
     "من قبل وزير الخارجية التركي هاكان فيدان ووزير الدفاع يشار غولر.",
     [MW(SHAIBANI, FIDAN), MW(SHAIBANI, GULER), MW(ABU_QASRA, FIDAN), MW(ABU_QASRA, GULER),
      MW(FIDAN, GULER), MW(SHAIBANI, ABU_QASRA)], []),
    ("واستُقبلت وزيرة الخارجية الألمانية أنالينا بيربوك في دمشق من طرف أحمد الشرع.",
     [MW(BAERBOCK, SHARAA)], []),
    # negated
    ("لم يُستقبل وزير الخارجية السوري أسعد الشيباني في أنقرة من قبل الرئيس التركي رجب طيب "
     "أردوغان.", [], [MW(SHAIBANI, ERDOGAN)]),
    # the agent of another verb, in a relative clause
    ("استقبل وزير الخارجية التركي هاكان فيدان نظيره السوري أسعد الشيباني، الذي كان قد عُيّن من "
     "قبل الرئيس أحمد الشرع.", [MW(FIDAN, SHAIBANI)], [MW(FIDAN, SHARAA), MW(SHAIBANI, SHARAA)]),
]



# ---- an English passive agent apposed to "<person>'s <lower-case title>" ----------------------
KADHIMI = "person:mustafa-al-kadhimi"
ARAJI = "person:qassim-al-araji"
YILDIZ = "person:fatih-yildiz"
POSSESSED_AGENT = [
    ("Turkish ambassador Fatih Yildiz was received on Wednesday by Prime Minister Mustafa "
     "al-Kadhimi's national security adviser, Qasim al-Araji, and handed a note.",
     [MW(YILDIZ, ARAJI)], [MW(YILDIZ, KADHIMI)]),
    ("Hakan Fidan was received in Beirut by Nawaf Salam's chief of staff, Ali Hamdan.",
     [MW(FIDAN, HAMDAN)], [MW(FIDAN, SALAM)]),
    # no name apposed: the possessor is no agent in person
    ("Hakan Fidan was received by Nawaf Salam's adviser, who said the talks went well.",
     [], [MW(FIDAN, SALAM)]),
]



# ---- talks "حيث" at the second stop of a visit: the visitor, not the first stop's partner ------
ASSAD = "person:bashar-al-assad"
MBS = "person:mohammed-bin-salman"
WHERE_THEN = [
    ("وفي شباط زار أحمد الشرع الرياض حيث التقى ولي العهد السعودي الأمير محمد بن سلمان، ثم أنقرة "
     "حيث عقد محادثات مع الرئيس التركي رجب طيب أردوغان.",
     [MW(SHARAA, MBS), MW(SHARAA, ERDOGAN)], [MW(MBS, ERDOGAN)]),
    ("زار وزير الخارجية الإيراني عباس عراقجي بيروت حيث التقى رئيس مجلس النواب نبيه بري، ثم توجه "
     "إلى دمشق حيث أجرى مباحثات مع الرئيس السوري بشار الأسد.",
     [MW(ARAGHCHI, BERRI), MW(ARAGHCHI, ASSAD)], [MW(BERRI, ASSAD)]),
    # planned talks at the second stop
    ("زار وزير الخارجية الإيراني عباس عراقجي بيروت حيث التقى رئيس مجلس النواب نبيه بري، ثم دمشق "
     "حيث سيجري مباحثات مع الرئيس السوري بشار الأسد.",
     [MW(ARAGHCHI, BERRI)], [MW(ARAGHCHI, ASSAD), MW(BERRI, ASSAD)]),
]


# ---- "met Y ... and then / later <verb> Z": Z is the object of another verb -------------------
AND_THEN_VERB = [
    ("Hakan Fidan met Nawaf Salam in Beirut on Monday and then phoned Emmanuel Macron.",
     [MW(FIDAN, SALAM)], [MW(FIDAN, MACRON), MW(SALAM, MACRON)]),
    ("Hakan Fidan met Nawaf Salam in Beirut and later praised Emmanuel Macron.",
     [MW(FIDAN, SALAM)], [MW(FIDAN, MACRON)]),
    # a meeting verb of the same subject, or no verb: Z was met too
    ("Hakan Fidan met Nawaf Salam in Beirut on Monday and later held talks with Joseph Aoun.",
     [MW(FIDAN, SALAM), MW(FIDAN, AOUN)], [MW(SALAM, AOUN)]),
    ("Hakan Fidan met Nawaf Salam on Monday and then President Joseph Aoun.",
     [MW(FIDAN, SALAM), MW(FIDAN, AOUN)], [MW(SALAM, AOUN)]),
]


CASES = [("ar", *c) for c in COORD_SUBJECTS] + LIVE_LINES + [("en", *c) for c in LATER_CALL] + \
    [("en", *c) for c in TITLED_SUBJECT] + [("ar", *c) for c in PASSIVE_AR] + \
    [("en", *c) for c in POSSESSED_AGENT] + [("ar", *c) for c in WHERE_THEN] + \
    [("en", *c) for c in AND_THEN_VERB]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_meetargs_s24(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
