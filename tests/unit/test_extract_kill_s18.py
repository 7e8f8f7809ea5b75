"""Session 18: killing words that state no killing (a plot or an attempt, a rumour, two
alternatives), ``kill_unreal.unreal_killing`` asked by ``blocked``. Each sentence also tells
a real killing, so the killing rules run on it; that one must stay."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

US = "country:united-states"
ISRAEL = "country:israel"
IRGC = "organization:irgc"
POMPEO = "person:mike-pompeo"
HANIYEH = "person:ismail-haniyeh"
SOLEIMANI = "person:qasem-soleimani"

CASES = [
    # a plot, an attempt, a modal: no killing of Pompeo
    ("Prosecutors say the IRGC planned to assassinate Mike Pompeo to avenge the U.S. strike "
     "that killed Qasem Soleimani.", "en", [AB(SOLEIMANI, US)], [AB(POMPEO, IRGC)]),
    ("The IRGC tried to kill Mike Pompeo a year after a U.S. strike killed Qasem Soleimani.",
     "en", [AB(SOLEIMANI, US)], [AB(POMPEO, IRGC)]),
    ("Officials said the IRGC would kill Mike Pompeo, months after a U.S. strike killed "
     "Qasem Soleimani.", "en", [AB(SOLEIMANI, US)], [AB(POMPEO, IRGC)]),
    ("Mike Pompeo escaped an assassination attempt by the IRGC after the U.S. strike killed "
     "Qasem Soleimani.", "en", [AB(SOLEIMANI, US)], [AB(POMPEO, IRGC)]),
    ("كشف مدعون أميركيون عن مخطط للحرس الثوري لاغتيال مايك بومبيو، انتقاماً للغارة "
     "الأميركية التي قتلت قاسم سليماني.", "ar", [AB(SOLEIMANI, US)],
     [AB(POMPEO, US), AB(POMPEO, IRGC)]),
    ("حاول الحرس الثوري اغتيال مايك بومبيو بعد أن قتلت غارة أميركية قاسم سليماني.", "ar",
     [AB(SOLEIMANI, US)], [AB(POMPEO, IRGC), AB(POMPEO, US)]),
    ("سعى الحرس الثوري إلى قتل مايك بومبيو انتقاماً للغارة الأميركية التي قتلت قاسم "
     "سليماني.", "ar", [AB(SOLEIMANI, US)], [AB(POMPEO, IRGC), AB(POMPEO, US)]),
    # a rumour, two alternatives
    ("Rumours spread last month that Ismail Haniyeh had been killed or detained in an "
     "Israeli strike.", "en", [], [AB(HANIYEH, ISRAEL)]),
    ("ترددت شائعات عن مقتل إسماعيل هنية في غارة إسرائيلية.", "ar", [],
     [AB(HANIYEH, ISRAEL)]),
    # stated killings stay: revenge for a killing, a killing after a failed attempt
    ("Israel killed Ismail Haniyeh in Tehran after a failed attempt in 2019.", "en",
     [AB(HANIYEH, ISRAEL)], []),
    ("توعد الحرس الثوري بالرد انتقاماً لاغتيال إسرائيل إسماعيل هنية في طهران.", "ar",
     [AB(HANIYEH, ISRAEL)], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), CASES)
def test_unreal_killing(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- the dateline's city is no killer (kill_ledes._in_dateline) -------------------------------
DATELINE = [
    ("WASHINGTON - Hours after the strike that killed Qasem Soleimani, officials met in "
     "the White House.", "en", [], [AB(SOLEIMANI, US)]),
    ("WASHINGTON (Reuters) - The drone strike killed Qasem Soleimani near the airport.", "en",
     [], [AB(SOLEIMANI, US)]),
    # an agent after the dateline stays, and so does a country opening a plain sentence
    ("BEIRUT - Israel killed Ismail Haniyeh in Tehran, officials said.", "en",
     [AB(HANIYEH, ISRAEL)], []),
    ("Israel, which killed Ismail Haniyeh in Tehran, said nothing.", "en",
     [AB(HANIYEH, ISRAEL)], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), DATELINE)
def test_dateline_no_agent(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- a negated verb of forgetting leaves its killing object standing (modality._forgets) -----
FORGET = [
    ("The supreme leader told his guest that Iran would never forget the killing of Qasem "
     "Soleimani by the United States.", "en", [AB(SOLEIMANI, US)], []),
    ("وقال المرشد لضيفه إن إيران لن تنسى أبداً اغتيال قاسم سليماني على يد الولايات المتحدة.",
     "ar", [AB(SOLEIMANI, US)], []),
    # a negated or planned killing itself stays unread
    ("Officials said the United States did not kill Qasem Soleimani.", "en", [],
     [AB(SOLEIMANI, US)]),
    ("قال المسؤولون إن إسرائيل لم تقتل إسماعيل هنية ولن تنسى ذلك.", "ar", [],
     [AB(HANIYEH, ISRAEL)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), FORGET)
def test_never_forget_the_killing(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "X (did Z and) ordered the (adj) strike that killed Y" (kill_ordered.py) ----------------
TRUMP = "person:donald-trump"
BIDEN = "person:joe-biden"
MUHANDIS = "person:abu-mahdi-al-muhandis"
ORDERED = [
    ("Talks stalled after Trump left the nuclear deal in 2018 and, two years on, ordered the "
     "strike that killed Qasem Soleimani.", "en", [AB(SOLEIMANI, TRUMP)], []),
    ("That week Trump ordered the American drone strike that killed Qasem Soleimani and Abu "
     "Mahdi al-Muhandis.", "en",
     [AB(SOLEIMANI, TRUMP), AB(MUHANDIS, TRUMP), AB(SOLEIMANI, US)], []),
    # the object of the first conjunct is no orderer; a negated order orders nothing
    ("Joe Biden met Donald Trump and later ordered the strike that killed Qasem Soleimani.",
     "en", [AB(SOLEIMANI, BIDEN)], []),
    ("Officials said Trump never ordered the strike that killed Qasem Soleimani.", "en", [],
     [AB(SOLEIMANI, TRUMP)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), ORDERED)
def test_ordered_the_strike(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "لمقتله" / "لمقتل" is لـ + a killing noun, no glued negation لم (modality.negated) -------
LI_MAQTAL = [
    ("وتجمع المئات عند ضريح قاسم سليماني في الذكرى الخامسة لمقتله بغارة أميركية.", "ar",
     [AB(SOLEIMANI, US)], []),
    ("وأقيم حفل تأبين في الذكرى الثالثة لمقتل إسماعيل هنية بغارة إسرائيلية في طهران.", "ar",
     [AB(HANIYEH, ISRAEL)], []),
    # a glued negation still negates: "لم يقتل"
    ("وقال مسؤول إن الجيش الإسرائيلي لم يقتل إسماعيل هنية.", "ar", [],
     [AB(HANIYEH, ISRAEL), AB(HANIYEH, "organization:israel-defense-forces")]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), LI_MAQTAL)
def test_li_maqtal_not_negated(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- a dual / plural killing noun after a list: "X وY، ... اغتيالهما على يد Z" ---------------
DUAL = [
    ("وتحدث المرشد عن القائدين قاسم سليماني وأبي مهدي المهندس، وقال إن اغتيالهما على يد "
     "الولايات المتحدة لن يمر.", "ar", [AB(SOLEIMANI, US), AB(MUHANDIS, US)], []),
    ("ووضع الوفد إكليلاً على ضريحي قاسم سليماني وأبي مهدي المهندس في ذكرى مقتلهما بغارة "
     "أميركية.", "ar", [AB(SOLEIMANI, US), AB(MUHANDIS, US)], []),
    # one person before a dual pronoun: nobody is read
    ("وتحدث قاسم سليماني عن اغتيالهما على يد إسرائيل.", "ar", [],
     [AB(SOLEIMANI, ISRAEL)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), DUAL)
def test_dual_killing_noun(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "أعلن X مسؤوليته عن قتل Y": قتل after عن is the noun of a claimed killing -------------------
CLAIMED_QATL = [
    ("أودت الغارة بحياة إسماعيل هنية. وكان الحرس الثوري الإيراني قد أعلن مسؤوليته عن قتل هنية، "
     "في بيان نشرته وكالة تسنيم.", "ar", [AB(HANIYEH, IRGC)], []),
    # a denied claim and a mere mention of the killing give no killer
    ("ونفى الحرس الثوري مسؤوليته عن قتل إسماعيل هنية.", "ar", [], [AB(HANIYEH, IRGC)]),
    ("وتحدث الحرس الثوري عن قتل إسماعيل هنية.", "ar", [], [AB(HANIYEH, IRGC)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), CLAIMED_QATL)
def test_claimed_qatl(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "Among those convicted of the killing was X": the killing told before (verdict_killer) ----
KHASHOGGI = "person:jamal-khashoggi"
MUTREB = "person:maher-mutreb"


def test_among_convicted_of_the_killing(ex) -> None:
    text = ("Jamal Khashoggi was murdered inside the consulate in 2018. Among those convicted "
            "of the killing was Maher Mutreb, a security officer.")
    assert_relations(ex.extract(text, lang="en"), "among convicted", [AB(KHASHOGGI, MUTREB)], [])


def test_among_convicted_no_killing_told(ex) -> None:
    text = ("Jamal Khashoggi visited the consulate in 2018. Among those convicted of the "
            "killing was Maher Mutreb, a security officer.")
    assert_relations(ex.extract(text, lang="en"), "no killing told", [], [AB(KHASHOGGI, MUTREB)])
