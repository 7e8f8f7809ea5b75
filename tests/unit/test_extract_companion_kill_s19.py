"""Session 19 (coreference): a participant referred to, not named, in the sentence that tells
a killing (this file: a title phrase that swallows the first word of the name after it, and
the companions killed with a victim named before)."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, MW, assert_relations

SAADI = "person:abu-baqir-al-saadi"
ARKAN = "person:arkan-al-elayawi"
AMIRI = "person:hadi-al-amiri"
FAYYADH = "person:falih-al-fayyadh"
US = "country:united-states"

# ---- a title phrase ending inside the name after it is that name's title ------------------
SWALLOWED = [
    # "أركان" (staff) read into "القيادي في الكتائب": the phrase titles Arkan, not al-Saadi
    ("اغتالت طائرة أميركية القيادي في كتائب حزب الله أبو باقر الساعدي مساء الأربعاء شرقي "
     "بغداد. وقُتل معه القيادي في الكتائب أركان العلياوي.", "ar",
     [AB(SAADI, US), AB(ARKAN, US)], []),
    # a description with no name after it is still the person named before
    ("التقى هادي العامري القيادي في كتائب حزب الله أبو باقر الساعدي في بغداد. وكان القيادي "
     "في كتائب حزب الله قد التقى فالح الفياض الأسبوع الماضي.", "ar",
     [MW(SAADI, FAYYADH)], [MW(ARKAN, FAYYADH)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), SWALLOWED)
def test_title_swallowing_name(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- a second victim of the same strike: the agents the article gave the first victim -----
CENTCOM = "organization:us-central-command"
HANIYEH = "person:ismail-haniyeh"
ISRAEL = "country:israel"
SAME_STRIKE = [
    # the sentence between names another agent of the strike: "also killed in the strike"
    # keeps the strike's own agent only (session 25b: the newest writers' gold, enHE1, arHO2,
    # enCM1; "وقُتل معه Y", a companion, keeps both)
    ("An American drone strike killed Abu Baqir al-Saadi near Baghdad on Wednesday. U.S. "
     "Central Command said it carried out the strike to protect its troops. His aide Arkan "
     "al-Elayawi was also killed in the strike, officials said.", "en",
     [AB(ARKAN, US)], [AB(ARKAN, CENTCOM)]),
    ("قتلت غارة أميركية أبو باقر الساعدي في بغداد مساء الأربعاء. وأكدت القيادة المركزية "
     "الأميركية أن قواتها نفذت الغارة. وقُتل في الغارة أيضاً مرافقه أركان العلياوي.", "ar",
     [AB(ARKAN, US)], [AB(ARKAN, CENTCOM)]),
    # "a senior militia commander" is the victim told before, not the person named next
    ("An American drone strike hit a car in Baghdad on Wednesday, killing Abu Baqir al-Saadi. "
     "U.S. Central Command said its forces had killed a senior militia commander. A second "
     "militia officer, Arkan al-Elayawi, was killed in the same strike, officials said.", "en",
     [AB(ARKAN, US)], [AB(ARKAN, CENTCOM)]),
    # a killing of its own: no agent of the killing before
    ("A U.S. drone strike killed Abu Baqir al-Saadi in Baghdad. Hours later Ismail Haniyeh "
     "was assassinated in Tehran, in an operation Iran blamed on Israel.", "en",
     [AB(SAADI, US)], [AB(HANIYEH, US)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), SAME_STRIKE)
def test_same_strike_victim_agents(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- killed with a victim whose killer the article told: the same agents ------------------
WASIM = "person:wasim-abu-shaaban"
WITH_VICTIM = [
    ("Israeli jets struck a house in Tehran on Wednesday, killing Ismail Haniyeh. Wasim Abu "
     "Shaaban was killed along with Haniyeh, Hamas said.", "en", [AB(WASIM, ISRAEL)], []),
    ("Israel assassinated Ismail Haniyeh in Tehran in July. Haniyeh was killed together with "
     "his bodyguard Wasim Abu Shaaban in a guesthouse.", "en", [AB(WASIM, ISRAEL)], []),
    ("اغتالت إسرائيل إسماعيل هنية في طهران فجر الأربعاء. واستشهد مع هنية حارسه الشخصي وسيم "
     "أبو شعبان.", "ar", [AB(WASIM, ISRAEL)], []),
    ("اغتالت إسرائيل إسماعيل هنية في طهران فجر الأربعاء. وكان هنية قد اغتيل مع حارسه وسيم أبو "
     "شعبان داخل مقر الضيافة.", "ar", [AB(WASIM, ISRAEL)], []),
    # no killer told for either: nothing to share; a negated killing: none
    ("Ismail Haniyeh was killed with his bodyguard Wasim Abu Shaaban in Tehran, officials "
     "said.", "en", [], [AB(WASIM, ISRAEL)]),
    ("اغتالت إسرائيل إسماعيل هنية في طهران. ولم يُقتل مع هنية حارسه وسيم أبو شعبان.", "ar",
     [AB(HANIYEH, ISRAEL)], [AB(WASIM, ISRAEL)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), WITH_VICTIM)
def test_killed_with_victim(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "X, who ..., died along with V"; "had killed Y" names the lede's commander ----------
KAZEMI = "person:mohammad-kazemi"
MOHAQEQ = "person:hassan-mohaqeq"
DIED_ALONG = [
    ("Israeli jets killed Gen. Mohammad Kazemi in Tehran on Sunday. Gen. Hassan Mohaqiq, who "
     "had served as his deputy for three years, died along with Kazemi, the Guard said.", "en",
     [AB(MOHAQEQ, ISRAEL)], []),
    # no person after "along with": nothing
    ("Israeli jets struck Tehran on Sunday. Gen. Hassan Mohaqiq, who had served as Kazemi's "
     "deputy, died along with his wife in Tehran.", "en", [], [AB(MOHAQEQ, ISRAEL)]),
    ("A U.S. drone strike killed a senior commander of an Iraqi militia in Baghdad on "
     "Wednesday. U.S. Central Command said its forces had killed Abu Baqir al-Saadi, who it "
     "said planned attacks. A second militia officer, Arkan al-Elayawi, died in the same "
     "strike.", "en", [AB(SAADI, US), AB(ARKAN, US)], []),
    # the person named next is not the one killed: no lede victim
    ("A U.S. drone strike killed a senior commander of an Iraqi militia in Baghdad on "
     "Wednesday. Officials said they had identified Abu Baqir al-Saadi among the wounded.",
     "en", [], [AB(SAADI, US)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), DIED_ALONG)
def test_died_along_with(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
