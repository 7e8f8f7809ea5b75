"""Session 17 (batch EH-EJ): "X told Y that ..., and later met Z": the meeting verb after
"and" has X (the teller) as its subject, not the addressee Y named last."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

QAANI, KADHIMI, KHAZALI = "person:esmail-qaani", "person:mustafa-al-kadhimi", \
    "person:qais-al-khazali"
ARAGHCHI, HUSSEIN = "person:abbas-araghchi", "person:fuad-hussein"
MALIKI, AMIRI = "person:nouri-al-maliki", "person:hadi-al-amiri"
BLINKEN, MASROUR, NECHIRVAN = "person:antony-blinken", "person:masrour-barzani", \
    "person:nechirvan-barzani"

CASES = [
    ("told_that_comma_and_later",
     "Esmail Qaani told Mustafa al-Kadhimi that Tehran had no hand in the attack, and later "
     "met Qais al-Khazali.", "en", [MW(QAANI, KHAZALI)], [MW(KADHIMI, KHAZALI)]),
    ("assured_of_and_then_two",
     "Abbas Araghchi assured Fuad Hussein of Iran's support and then met Nouri al-Maliki and "
     "Hadi al-Amiri.", "en", [MW(ARAGHCHI, MALIKI), MW(ARAGHCHI, AMIRI)],
     [MW(HUSSEIN, MALIKI), MW(HUSSEIN, AMIRI)]),
    ("briefed_and_also",
     "Antony Blinken briefed Masrour Barzani on the talks, and also met Nechirvan Barzani in "
     "Erbil.", "en", [MW(BLINKEN, NECHIRVAN)], [MW(MASROUR, NECHIRVAN)]),
    ("told_then_leaders_including",
     "Esmail Qaani told Mustafa al-Kadhimi that Tehran had nothing to do with the strike, "
     "and later met leaders of Iran-aligned factions, including Qais al-Khazali of Asaib Ahl "
     "al-Haq and Hadi al-Amiri of the Badr Organization, officials said.", "en",
     [MW(QAANI, KHAZALI)], [MW(KADHIMI, KHAZALI), MW(KADHIMI, AMIRI)]),
    # negatives: a subject of its own after "and"; no "and" (a that-clause meeting)
    ("own_subject_after_and",
     "Esmail Qaani told Mustafa al-Kadhimi that Tehran had no hand in the attack, and Kadhimi "
     "later met Qais al-Khazali.", "en", [MW(KADHIMI, KHAZALI)], [MW(QAANI, KHAZALI)]),
    ("reported_meeting_in_that_clause",
     "Hadi al-Amiri told Reuters that Esmail Qaani had met Nouri al-Maliki.", "en",
     [MW(QAANI, MALIKI)], [MW(AMIRI, MALIKI)]),
    ("arabic_same_frame",
     "وأبلغ إسماعيل قاآني مصطفى الكاظمي أن طهران لا علاقة لها بالهجوم، والتقى لاحقاً قيس "
     "الخزعلي.", "ar", [MW(QAANI, KHAZALI)], [MW(KADHIMI, KHAZALI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_teller_is_subject(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
