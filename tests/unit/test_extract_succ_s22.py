"""Session 22 (succ): the SUCCESSOR_OF relation step on sentences whose two people are found,
each construction with cases of our own and a case not to read."""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

MENSAH = "person:kofi-mensah"
BOATENG = "person:samuel-boateng"
OWUSU = "person:ama-owusu"

# ---- "in his place" after a post the subject took; the present of timelines ---------------
IN_PLACE = [
    ("Samuel Boateng resigned on Monday and Kofi Mensah was sworn in as president in his "
     "place.", [SO(MENSAH, BOATENG)], []),
    ("Samuel Boateng resigned on Monday. Kofi Mensah became Senate speaker in his place.",
     [SO(MENSAH, BOATENG)], []),
    ("Samuel Boateng died in March. His deputy, Kofi Mensah, stepped in as acting envoy in "
     "his place.", [SO(MENSAH, BOATENG)], []),
    ("2019 - The party names Kofi Mensah chief of staff in place of Samuel Boateng.",
     [SO(MENSAH, BOATENG)], []),
    ("Samuel Boateng resigned on Monday. The council appoints Kofi Mensah in his place.",
     [SO(MENSAH, BOATENG)], []),
    ("Samuel Boateng was killed on Friday.\nMay 2020: The council names Boateng's deputy, "
     "Gen. Kofi Mensah, to replace him.", [SO(MENSAH, BOATENG)], []),
    # no post taken, a mood, a modal: nothing
    ("Samuel Boateng stepped down and Kofi Mensah became angry in his place.",
     [], [SO(MENSAH, BOATENG)]),
    ("Samuel Boateng was ill, so Kofi Mensah took part in the talks in his place.",
     [], [SO(MENSAH, BOATENG)]),
    ("Samuel Boateng resigned. The council may name Kofi Mensah in his place.",
     [], [SO(MENSAH, BOATENG)]),
    ("By decree read on Thursday, the President of the Transition, General Ama Owusu, appointed "
     "Major General Kofi Mensah as Prime Minister, Head of Government, in replacement of Dr "
     "Samuel Boateng, dismissed the previous day.", [SO(MENSAH, BOATENG)], [SO(OWUSU, BOATENG)]),
]


NAZAROV = "person:rostam-nazruf"
SAIDOV = "person:ahmed-sidov"
KARIMOV = "person:farid-karimuf"
HASANOV = "person:kamal-al-din-hasnuf"
# ---- Arabic "الأخير" (the latter) as the one who took the post before "خلفاً لـY" ----------
LATTER_AR = [
    ("وكان رستم نظروف قد عُيّن نائباً للرئيس أحمد سعيدوف في يناير، بعد أيام من تولّي الأخير "
     "الرئاسة خلفاً لفريد كريموف الذي استقال.", [SO(SAIDOV, KARIMOV)], [SO(NAZAROV, KARIMOV)]),
    # the latter appoints someone named after it: that one succeeds
    ("وكان رستم نظروف قد التقى أحمد سعيدوف في يناير، قبل أن يعيّن الأخير كمال الدين حسنوف "
     "وزيراً خلفاً لفريد كريموف.", [SO(HASANOV, KARIMOV)], [SO(SAIDOV, KARIMOV)]),
]


# ---- "whom he succeeds" (the present of profiles) ------------------------------------------
WHOM_PRESENT = [
    ("Kofi Mensah was sworn in on Wednesday after lawmakers chose him over the incumbent "
     "Samuel Boateng, whom he succeeds as head of state.", [SO(MENSAH, BOATENG)], []),
    ("Kofi Mensah was sworn in after defeating Samuel Boateng, whom he replaces.",
     [SO(MENSAH, BOATENG)], []),
    # a succession only hoped for: nothing
    ("Kofi Mensah praised Samuel Boateng, whom he hopes to succeed.",
     [], [SO(MENSAH, BOATENG)]),
]

# ---- "his predecessor Y" in a "whom" clause: the main clause's subject, not the head ---------
WHOM_HIS = [
    ("President Kofi Mensah did not meet opposition leader Ama Owusu, whom his predecessor "
     "Samuel Boateng had recognised as president.", [SO(MENSAH, BOATENG)],
     [SO(OWUSU, BOATENG)]),
    # no one before the head: nothing
    ("Ama Owusu, whom his predecessor Samuel Boateng had recognised as president, met Kofi "
     "Mensah.", [], [SO(OWUSU, BOATENG)]),
    ("Kofi Mensah praised his predecessor Samuel Boateng.", [SO(MENSAH, BOATENG)], []),
]


# ---- "K replaced his <office>, Y, with X" -----------------------------------------------------
REPLACED_WITH = [
    ("President Ama Owusu replaced his long-time defence minister, Samuel Boateng, with the "
     "economist Kofi Mensah in May 2024.", [SO(MENSAH, BOATENG)], [SO(OWUSU, BOATENG)]),
    ("President Ama Owusu replaces the army chief, Samuel Boateng, with Kofi Mensah.",
     [SO(MENSAH, BOATENG)], []),
    # no "with", a modal: nothing
    ("President Ama Owusu replaced his defence minister, Samuel Boateng, and met Kofi Mensah.",
     [], [SO(MENSAH, BOATENG)]),
    ("President Ama Owusu may replace his defence minister, Samuel Boateng, with Kofi Mensah.",
     [], [SO(MENSAH, BOATENG)]),
]


# ---- a deputy named to take over ----------------------------------------------------------------
DEPUTY = [
    ("The group confirmed that its founder Samuel Boateng was dead and named his long-time "
     "deputy, Kofi Mensah, as the movement's new leader.", [SO(MENSAH, BOATENG)], []),
    ("Samuel Boateng was killed on Friday. President Ama Owusu named Boateng's deputy, Kofi "
     "Mensah, to take over as acting premier.", [SO(MENSAH, BOATENG)], [SO(MENSAH, OWUSU)]),
    # no new post of the predecessor's, nobody gone, a modal: nothing
    ("Samuel Boateng met the press. President Ama Owusu named Boateng's deputy, Kofi Mensah, "
     "as envoy to the UN.", [], [SO(MENSAH, BOATENG)]),
    ("President Ama Owusu named his deputy, Kofi Mensah, as the new prime minister.",
     [], [SO(MENSAH, OWUSU)]),
    ("Samuel Boateng was killed on Friday. The council may name Boateng's deputy, Kofi Mensah, "
     "to take over.", [], [SO(MENSAH, BOATENG)]),
]


# ---- Arabic VOS after "خلف": the bare name of one reported killed before is the object -------
INVERTED_AR = [
    ("قُتل الفريق أحمد سعيدوف، قائد القوات الخاصة، بانفجار في العاصمة الأسبوع الماضي. وخلف "
     "سعيدوف في قيادة هذه القوات اللواء رستم نظروف.", [SO(NAZAROV, SAIDOV)], [SO(SAIDOV, NAZAROV)]),
    ("ويأتي الحادث بعد أشهر من اغتيال الفريق أحمد سعيدوف بقنبلة. وخلف سعيدوف في قيادة هذه "
     "القوات اللواء رستم نظروف.", [SO(NAZAROV, SAIDOV)], [SO(SAIDOV, NAZAROV)]),
    # nobody reported dead before, or both titled: the VSO reading stays
    ("التقى الرئيس الفريق أحمد سعيدوف أمس. وخلف سعيدوف في قيادة هذه القوات اللواء رستم نظروف.",
     [SO(SAIDOV, NAZAROV)], [SO(NAZAROV, SAIDOV)]),
    ("قُتل الفريق أحمد سعيدوف بانفجار. ويخلف اللواء رستم نظروف في هذا المنصب الفريق كمال الدين "
     "حسنوف.", [SO(NAZAROV, HASANOV)], [SO(HASANOV, NAZAROV)]),
]


# ---- Arabic suspension before "خلفاً له": the one suspended ----------------------------------
SUSPENDED_AR = [
    ("قرر المجلس إيقاف محافظ البنك المركزي المعيّن حديثاً كمال الدين حسنوف عن العمل، وتكليف "
     "نائبه رستم نظروف بتسيير مهامه خلفاً له.", [SO(NAZAROV, HASANOV)], []),
    ("قرر البرلمان إيقاف رئيس الحكومة كمال الدين حسنوف عن العمل وإحالته إلى التحقيق، وتكليف "
     "وزير المالية رستم نظروف بتسيير مهامها خلفاً له.", [SO(NAZAROV, HASANOV)], []),
    # a suspension of a decision: nobody
    ("قرر المجلس إيقاف العمل بالقرار، وأعلن رستم نظروف أن كمال الدين حسنوف سيبقى خلفاً له.",
     [], [SO(NAZAROV, HASANOV)]),
]


# ---- "X takes over <post> (ABBR) from (<Country>'s) Y" ---------------------------------------
POST_SPAN = [
    ("Aug 2022 - Gen. Kofi Mensah takes over U.S. Africa Command (AFRICOM) from Gen. Samuel "
     "Boateng.", [SO(MENSAH, BOATENG)], []),
    ("Kofi Mensah took over the International Atomic Energy Agency (IAEA) from Samuel Boateng "
     "in 2019.", [SO(MENSAH, BOATENG)], []),
    ("- 9 July 2023: Ghanaian President Kofi Mensah takes over the rotating ECOWAS chairmanship "
     "from Guinea-Bissau's Samuel Boateng.", [SO(MENSAH, BOATENG)], []),
    # a word between the place and the person: nobody
    ("Kofi Mensah took over the chairmanship from Togo's delegation (Samuel Boateng) in July.",
     [], [SO(MENSAH, BOATENG)]),
]


# ---- "him" after the taker's apposition: the person named before the taker -----------------
HIM_APPOSITION = [
    ("President Samuel Boateng served until early 2017, when Kofi Mensah, a senior adviser to "
     "President Ama Owusu, took over from him.", [SO(MENSAH, BOATENG)], [SO(MENSAH, OWUSU)]),
    ("Samuel Boateng was killed in March. Kofi Mensah, a senior adviser to President Ama Owusu, "
     "took over from him.", [SO(MENSAH, BOATENG)], [SO(MENSAH, OWUSU)]),
]


# ---- the successor named after the noun's post phrase -----------------------------------------
NOUN_PP = [
    ("Samuel Boateng left in November; his successor at the ministry, Kofi Mensah, met the "
     "president in April.", [SO(MENSAH, BOATENG)], []),
    ("Samuel Boateng's successor as army chief, General Kofi Mensah, met the president.",
     [SO(MENSAH, BOATENG)], []),
    # no apposition: the name is the object
    ("Samuel Boateng left in November; his successor at the ministry met Kofi Mensah in April.",
     [], [SO(MENSAH, BOATENG)]),
]

CASES = (IN_PLACE + LATTER_AR + WHOM_PRESENT + WHOM_HIS + REPLACED_WITH + DEPUTY + INVERTED_AR +
         SUSPENDED_AR + POST_SPAN + HIM_APPOSITION + NOUN_PP)


@pytest.mark.parametrize(("text", "must", "must_not"), CASES)
def test_successions_s22(ex, text, must, must_not) -> None:
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
