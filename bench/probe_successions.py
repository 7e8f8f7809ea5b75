"""Probe: SUCCESSOR_OF in the sentence shapes of political and military news (session 21, ``succ2``).

Mini-articles written for this probe before reading any dev error, with names of our own
choosing from many regions (presidents, prime ministers, army chiefs, party and militia
leaders, envoys, central-bank governors), one succession told through a shape per case:
sworn in succeeding, took office after the predecessor resigned / fled / was ousted / died,
interim after a removal, the passive "was succeeded as ... by", the successor apposition,
"the new X replaces Y", acting head after a killing, timelines and profiles, "ending Y's
tenure", "took over from"; Arabic "خلفاً لـ"، "تسلّم مهامه من"، "ويخلف"، "بعد مقتل"،
"حلّ محلّ"، "خلفه في المنصب"، "آلت الرئاسة إلى". Negatives in the same shapes (candidates,
a likely successor, a succession race, a stand-in at one summit, "would succeed", "the third
president since Y", "رشّح", "من المتوقع أن يخلف") must produce no SUCCESSOR_OF.

Prints recall and false positives per shape and the totals; ``-v`` lists misses and extras.

    python bench/probe_successions.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_coref import _entity_at  # noqa: E402
from probe_report import RecallTally  # noqa: E402

from loaders.extract.rules import RuleExtractor  # noqa: E402

T = tuple[str, str]  # (successor surface, predecessor surface)

# (shape, lang, text, expected successions)
CASES: list[tuple[str, str, str, list[T]]] = [
    # --- English positives -------------------------------------------------------------
    ("sworn_succeeding", "en", "Peter Mwangi was sworn in as president of Kenya on Tuesday, "
     "succeeding John Kamau.", [("Peter Mwangi", "John Kamau")]),
    ("sworn_succeeding", "en", "Former army general Tomas Herrera was sworn in as Peru's president "
     "on Sunday, succeeding Luis Castillo Vega, who was impeached last month.",
     [("Tomas Herrera", "Luis Castillo Vega")]),
    ("took_office_after", "en", "Ibrahim Toure took office as prime minister after Amadou Diallo "
     "resigned in March.", [("Ibrahim Toure", "Amadou Diallo")]),
    ("took_office_after", "en", "Rustam Nazarov took office on Monday after Farid Karimov fled the "
     "country amid mass protests.", [("Rustam Nazarov", "Farid Karimov")]),
    ("took_office_after", "en", "Colonel Mamadou Keita took power after President Oumar Sangare "
     "was ousted in a coup.", [("Mamadou Keita", "Oumar Sangare")]),
    ("took_office_after", "en", "Vice President Grace Banda became president after Lazarus Phiri "
     "died in a plane crash.", [("Grace Banda", "Lazarus Phiri")]),
    ("interim_after_removal", "en", "Senate speaker Ana Jeanine Rojas became interim president "
     "after Evo Quispe's removal.", [("Ana Jeanine Rojas", "Evo Quispe")]),
    ("passive_succeeded_by", "en", "General Samuel Otieno was succeeded as chief of staff by "
     "General David Mutua.", [("David Mutua", "Samuel Otieno")]),
    ("passive_succeeded_by", "en", "Governor Hiroshi Tanaka was succeeded at the central bank by "
     "Kenji Watanabe in April.", [("Kenji Watanabe", "Hiroshi Tanaka")]),
    ("successor_apposition", "en", "Oleksiy Marchenko, Viktor Bondar's successor, said the army "
     "would hold its positions.", [("Oleksiy Marchenko", "Viktor Bondar")]),
    ("successor_apposition", "en", "Nguyen Van Thanh, the successor of Tran Duc Minh as party "
     "chief, met foreign envoys on Friday.", [("Nguyen Van Thanh", "Tran Duc Minh")]),
    ("new_replaces", "en", "The new army chief, General Asim Raza, replaces General Qamar Bajwa, "
     "who retired on Tuesday.", [("Asim Raza", "Qamar Bajwa")]),
    ("new_replaces", "en", "Central bank governor Carlos Mendes replaces Rui Tavares, who "
     "stepped down over the budget row.", [("Carlos Mendes", "Rui Tavares")]),
    ("acting_after_killed", "en", "Abu Hamza al-Rifai was appointed acting head of the group after "
     "Abu Bakr al-Qurashi was killed in a raid.", [("Abu Hamza al-Rifai", "Abu Bakr al-Qurashi")]),
    ("acting_after_killed", "en", "Militia commander Jabbar Hamdan was named acting leader after "
     "Salim Daoud was killed in an air strike on Friday.", [("Jabbar Hamdan", "Salim Daoud")]),
    ("timeline", "en", "2019: Ahmed Bashir replaced Musa Abdalla as defence minister.",
     [("Ahmed Bashir", "Musa Abdalla")]),
    ("timeline", "en", "Marek Kowal (2015-2020) was followed by Pawel Zielinski as party leader.",
     [("Pawel Zielinski", "Marek Kowal")]),
    ("ending_tenure", "en", "Lindiwe Mokoena was elected speaker on Thursday, ending Sipho "
     "Nkosi's ten-year tenure.", [("Lindiwe Mokoena", "Sipho Nkosi")]),
    ("took_over_from", "en", "Under Felix Mbeki, who took over from Joseph Kabila Nzeza in 2019, "
     "the army expanded.", [("Felix Mbeki", "Joseph Kabila Nzeza")]),
    ("took_over_from", "en", "Envoy Hans Grundberg Lind took over from Martin Griffiths Hale as UN "
     "envoy in August.", [("Hans Grundberg Lind", "Martin Griffiths Hale")]),
    ("named_to_replace", "en", "Parliament named Ali Reza Tavakoli to replace Hossein Amini as "
     "central bank governor.", [("Ali Reza Tavakoli", "Hossein Amini")]),
    # --- English negatives -------------------------------------------------------------
    ("neg_third_since", "en", "Samuel Okoro is the third president since Olusegun Adeyemi left "
     "office.", []),
    ("neg_candidate", "en", "Daniel Osei is a candidate to succeed Kwame Mensah as party leader.", []),
    ("neg_likely", "en", "Diplomats see Tarek Haddad as the likely successor of Omar Khatib.", []),
    ("neg_race", "en", "The succession race to replace Aung Min Tun pits Kyaw Zaw against Than "
     "Htut.", []),
    ("neg_stood_in", "en", "Vice President Paulo Nhaca stood in for Filipe Mondlane at the summit.", []),
    ("neg_acting_meeting", "en", "Hassan Diab chaired the cabinet meeting, acting for Najib Karam for "
     "one session.", []),
    ("neg_would", "en", "Ruto said Kipchoge Keino would succeed Mark Obuya if the party agreed.", []),
    # --- Arabic positives --------------------------------------------------------------
    ("sworn_succeeding", "ar", "أدى عثمان الطاهر اليمين الدستورية رئيساً للبلاد خلفاً لمحمد "
     "ولد الحسن.", [("عثمان الطاهر", "محمد ولد الحسن")]),
    ("handover_from", "ar", "تسلّم الفريق أول عمر النعيمي مهامه من الفريق أول سالم الدوسري "
     "في حفل رسمي.", [("عمر النعيمي", "سالم الدوسري")]),
    ("took_and_succeeds", "ar", "وتسلم كريم البياتي منصبه رسمياً اليوم، ويخلف سعد الجبوري الذي "
     "استقال الشهر الماضي.", [("كريم البياتي", "سعد الجبوري")]),
    ("acting_after_killed", "ar", "عُيّن حسن الزبيدي قائماً بالأعمال بعد مقتل جواد العطار في "
     "غارة جوية.", [("حسن الزبيدي", "جواد العطار")]),
    ("elected_after", "ar", "انتُخب نزار المشهداني رئيساً للبرلمان بعد محمود الحلبوسي.",
     [("نزار المشهداني", "محمود الحلبوسي")]),
    ("replaced", "ar", "حلّ فيصل العتيبي محلّ ناصر القحطاني في رئاسة الأركان.",
     [("فيصل العتيبي", "ناصر القحطاني")]),
    ("khalafahu", "ar", "شغل عادل الشمري منصب محافظ البنك المركزي حتى عام 2020، وخلفه في المنصب "
     "مصطفى الخفاجي.", [("مصطفى الخفاجي", "عادل الشمري")]),
    ("fell_to", "ar", "آلت الرئاسة إلى عبد الكريم الطائي بعد وفاة يوسف الحمداني.",
     [("عبد الكريم الطائي", "يوسف الحمداني")]),
    ("took_office_after", "ar", "تولى أحمد العبيدي رئاسة الحكومة بعد استقالة علي الكعبي.",
     [("أحمد العبيدي", "علي الكعبي")]),
    ("sworn_succeeding", "ar", "وأدى الرئيس الجديد ماهر السعدي اليمين خلفاً للرئيس المخلوع "
     "طارق الربيعي.", [("ماهر السعدي", "طارق الربيعي")]),
    # --- Arabic negatives --------------------------------------------------------------
    ("neg_nominated", "ar", "رشّح الحزب سامي العنزي لخلافة رائد الدليمي في رئاسة الحزب.", []),
    ("neg_expected", "ar", "ومن المتوقع أن يخلف باسم الموسوي خالد العامري في قيادة الجيش.", []),
    ("neg_stood_in", "ar", "ومثّل نائب الرئيس وليد الكبيسي الرئيس منير الأنصاري في القمة.", []),
    ("neg_race", "ar", "يتنافس فراس الجنابي وهاشم العبادي على خلافة صالح المطلك.", []),
]


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    ex = RuleExtractor()
    tally = RecallTally()
    for shape, lang, text, must in CASES:
        doc = ex.extract(text, lang=lang)
        got = {(r["source"], r["target"]) for r in doc["relations"]
               if r["type"] == "SUCCESSOR_OF"}
        want = {(_entity_at(doc, text, a), _entity_at(doc, text, b)) for a, b in must}
        tally.add(f"{shape}/{lang}", text, want, got, verbose=verbose)
    tally.print("shape", 28)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
