"""Core relations in constructions of wire-style seed-world news (our own sentences, written
for the rules of ``loaders/extract/dev_recall.py``; none is taken from a held-out set):
strikes named by a nationality adjective as the subject of 'killed', successions stated with
'in his place' / 'to replace him' / 'taking over from' / حلّ محلّ, a new person named twice in
one sentence, and the negated, planned and agentless variants that must give nothing.

Each case: (name, text, relations that must be found, relations that must NOT be found).
New people's ids are compared by their spelling skeleton, as ``python -m loaders evaluate``.
"""

import pytest

from loaders.extract.evaluate import _slug_skeleton
from loaders.extract.rules import RuleExtractor

SOL, MUH = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
QAANI, KADH = "person:esmail-qaani", "person:mustafa-al-kadhimi"
NAS, TRUMP = "person:hassan-nasrallah", "person:donald-trump"
US, ISR = "country:united-states", "country:israel"
HEZ, IRGC = "organization:hezbollah", "organization:irgc"


def _key(trip):
    typ, s, t = trip
    a, b = _slug_skeleton(s), _slug_skeleton(t)
    if typ == "MET_WITH" and b < a:
        a, b = b, a
    return (typ, a, b)


def MW(a, b):
    return ("MET_WITH", a, b)


def AB(v, a):
    return ("ASSASSINATED_BY", v, a)


def SO(new, old):
    return ("SUCCESSOR_OF", new, old)


CASES = [
    # ---- ASSASSINATED_BY: the strike's nationality adjective is the agent ------------------
    ("strikes_adj_subject_en",
     "Hours after Israeli strikes killed commander Ahmad Vahidi in Tehran, the Guards named "
     "a new chief.",
     [AB("person:ahmad-vahidi", ISR)], [AB("person:ahmad-vahidi", IRGC)]),
    ("airstrike_place_phrase_en",
     "A month after an Israeli airstrike in the southern suburbs of Beirut killed Hassan "
     "Nasrallah, the group chose a successor.",
     [AB(NAS, ISR)], []),
    ("us_drone_strike_en",
     "A U.S. drone strike killed Qassem Soleimani near Baghdad airport.",
     [AB(SOL, US)], []),
    ("strike_no_agent_en",
     "A drone strike killed Qassem Soleimani near Baghdad airport.",
     [], [AB(SOL, US)]),
    ("strike_agent_not_guards_en",
     "Ali Khamenei named Hossein Nejat commander of the Revolutionary Guards, after American "
     "strikes killed Hossein Salami.",
     [AB("person:hossein-salami", US)], [AB("person:hossein-salami", IRGC)]),
    ("strikes_negated_en",
     "Officials denied that Israeli strikes killed Hassan Nasrallah.",
     [], [AB(NAS, ISR)]),
    # ---- SUCCESSOR_OF: pronoun successions and 'taking over' -----------------------------
    ("in_his_place_en",
     "Defence Minister Karim Haddad resigned on Monday; days later, Prime Minister Adel "
     "Mahdi fired General Samir Nouri and installed General Karim Haddad in his place.",
     [SO("person:karim-haddad", "person:samir-nouri")],
     [SO("person:adel-mahdi", "person:samir-nouri")]),
    ("in_his_place_same_sentence_surname_en",
     "Acting Interior Minister Tariq Jabouri took office after Prime Minister Adel Mahdi "
     "sacked Saad Maan and installed Jabouri in his place.",
     [SO("person:tariq-jabouri", "person:saad-maan")], []),
    ("replace_him_killed_en",
     "Intelligence chief Mohammad Kazemi was also killed in the strike, and Khamenei appointed "
     "General Majid Khademi, a veteran officer, to replace him.",
     [SO("person:majid-khademi", "person:mohammad-kazemi")],
     [SO("person:ali-khamenei", "person:mohammad-kazemi")]),
    ("replace_him_planned_en",
     "Intelligence chief Mohammad Kazemi was killed in the strike, and Khamenei is expected "
     "to appoint General Majid Khademi to replace him.",
     [], [SO("person:majid-khademi", "person:mohammad-kazemi")]),
    ("named_new_leader_after_killing_en",
     "Hezbollah on Sunday named Hashem Safieddine as its new leader, weeks after an Israeli "
     "strike killed longtime leader Hassan Nasrallah.",
     [SO("person:hashem-safieddine", NAS), AB(NAS, ISR)], []),
    ("named_spokesman_after_killing_no_cue_en",
     "The group named Ali Mahmoud spokesman after a drone strike killed Hassan Nasrallah.",
     [], [SO("person:ali-mahmoud", NAS)]),
    ("taking_over_from_en",
     "Quds Force commander Ismail Ghaani toured Syria this week, his first trip there since "
     "taking over from Qassem Soleimani.",
     [SO(QAANI, SOL)], []),
    ("took_over_from_negated_en",
     "Ismail Ghaani has not yet been taking over from Qassem Soleimani, the source said.",
     [], [SO(QAANI, SOL)]),
    ("hal_mahal_relative_ar",
     "ويرأس الوفد وزير الخارجية الإيراني حسين أمير عبد اللهيان، الذي حلّ محلّ محمد جواد ظريف "
     "في المنصب.",
     [SO("person:hossein-amir-abdollahian", "person:mohammad-javad-zarif")], []),
    ("hal_mahal_salafuhu_ar",
     "وقدّم السفير الإيراني الجديد لدى بيروت مجتبى أماني، أوراق اعتماده ليحلّ رسمياً محلّ سلفه "
     "محمد جلال فيروزنيا.",
     [SO("person:mojtaba-amani", "person:mohammad-jalal-firouznia")], []),
    ("hal_mahal_future_ar",
     "ومن المقرر أن يحلّ قائد الحرس الثوري حسين سلامي محلّ محمد باقري.",
     [], [SO("person:hossein-salami", "person:mohammad-bagheri")]),
    # ---- MET_WITH: a group met, its members listed after "among them" --------------------
    ("group_members_among_ar",
     "واجتمع قاآني في بغداد بقادة فصائل مسلحة، بينهم زعيم عصائب أهل الحق قيس الخزعلي ورئيس "
     "الهيئة فالح الفياض.",
     [MW(QAANI, "person:qais-al-khazali"), MW(QAANI, "person:falih-al-fayyadh")],
     [MW(QAANI, "organization:iran-backed-militias")]),
    ("group_members_orgs_ar",
     "وعقد الفياض اجتماعاً مع قادة الفصائل، ومن بينها كتائب حزب الله ومنظمة بدر.",
     [MW("person:falih-al-fayyadh", "organization:kataib-hezbollah"),
      MW("person:falih-al-fayyadh", "organization:badr-organization")], []),
    ("group_members_including_en",
     "Ghaani met leaders of armed factions in Baghdad on Sunday, among them Qais al-Khazali "
     "and Hadi al-Amiri.",
     [MW(QAANI, "person:qais-al-khazali"), MW(QAANI, "person:hadi-al-amiri")], []),
    ("group_members_negated_en",
     "Ghaani did not meet leaders of armed factions, including Qais al-Khazali.",
     [], [MW(QAANI, "person:qais-al-khazali")]),
    ("group_members_planned_ar",
     "ومن المقرر أن يجتمع قاآني بقادة الفصائل، بينهم قيس الخزعلي.",
     [], [MW(QAANI, "person:qais-al-khazali")]),
    # ---- MET_WITH: descriptions and dropped subjects ------------------------------------
    ("guest_subject_ar",
     "وصل قائد فيلق القدس إسماعيل قاآني إلى بغداد مساء الأحد. وفي اليوم التالي، التقى الضيف "
     "الإيراني بالكاظمي في مكتبه.",
     [MW(QAANI, KADH)], []),
    ("guest_subject_en",
     "Iran's Quds Force commander Esmail Ghaani arrived in Baghdad on Sunday. The visitor then "
     "met Prime Minister Mustafa al-Kadhimi.",
     [MW(QAANI, KADH)], []),
    ("guest_subject_negated_ar",
     "وصل إسماعيل قاآني إلى بغداد مساء الأحد. ولم يلتق الضيف الإيراني بالكاظمي.",
     [], [MW(QAANI, KADH)]),
    ("premier_not_president_en",
     "Iraqi Prime Minister Mustafa al-Kadhimi arrived in Tehran. Trump had warned Iran last "
     "year, President Donald Trump said. A spokesman said the premier had also met Ali "
     "Shamkhani.",
     [MW(KADH, "person:ali-shamkhani")], [MW(TRUMP, "person:ali-shamkhani")]),
    ("kama_carried_subject_place_ar",
     "وأفادت مصادر بأن السفير الجديد محمد آل هاشم التقى، عقب المراسم، وزير الخارجية فؤاد "
     "حسين، كما اجتمع في مقر هيئة الحشد الشعبي برئيس الهيئة فالح الفياض.",
     [MW("person:mohammed-al-hashim", "person:fuad-hussein"),
      MW("person:mohammed-al-hashim", "person:falih-al-fayyadh")],
     [MW("person:fuad-hussein", "person:falih-al-fayyadh"),
      MW("organization:popular-mobilization-forces", "person:falih-al-fayyadh")]),
    ("minister_session_not_a_name_ar",
     "واستقبل الكاظمي ظريف، في حين عقد الوزير الإيراني جلسة مباحثات مع نظيره العراقي فؤاد "
     "حسين.",
     [MW("person:mohammad-javad-zarif", "person:fuad-hussein")],
     [MW("person:fuad-hussein", "person:jalsa")]),
    ("was_scheduled_ar",
     "وكان مقرراً أن يلتقي ظريف رئيس تحالف الفتح هادي العامري، إلا أن اللقاء أُلغي.",
     [], [MW("person:mohammad-javad-zarif", "person:hadi-al-amiri")]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_dev22_sentence(name, text, must, must_not):
    doc = RuleExtractor().extract(text)
    got = {_key((r["type"], r["source"], r["target"])) for r in doc["relations"]}
    for trip in must:
        assert _key(trip) in got, f"{name}: missing {trip}; got {sorted(got)}"
    for trip in must_not:
        assert _key(trip) not in got, f"{name}: must not produce {trip}"
