"""Session 31 (subj): a relation's side carried from an earlier sentence or clause.

English "he" / "she" whose sentence names its person before it only as a possessor ("It was
X's first visit ...; on Sunday he met Y", "X's first trip abroad was to Tehran, where he met
Y", "X's body arrived ..., a day after he was killed"): the possessor, not the subject of the
sentence before nor the last person named (``pronoun_possessor_en``). Not when the possessed
noun is a role or title ("X's deputy said he met Y": the unnamed deputy).

"he" / "she" is never a person the article marks with the other gender only ("Mr." / "Ms.",
"the former leader's daughter", "X said she ..."): no one rather than the wrong one
(``pronoun_gender_en``).

Arabic "وهنأ X الضيف / نظيره بتسلّمه منصبه خلفاً لـY": the pronoun of the taking noun is the
congratulated object, a description the rules leave unresolved; the congratulator X is no
successor (``succession_congratulated_ar``). A named object stays the successor.

Arabic has no
possessor of this shape (its dropped subjects are read elsewhere): its case here is a
negative one, a sentence the rule must leave as it was. The sentences are our own."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, MW, SO, assert_relations

ARAGHCHI = "person:abbas-araghchi"
SUDANI = "person:mohammed-shia-al-sudani"
FUAD = "person:fuad-hussein"
FIDAN = "person:hakan-fidan"
SHARAA = "person:ahmed-al-sharaa"
BERRI = "person:nabih-berri"
HANIYEH = "person:ismail-haniyeh"
ISRAEL = "country:israel"
SAFADI = "person:ayman-safadi"
QAANI = "person:esmail-qaani"
AMIRI = "person:hadi-al-amiri"
ROUHANI = "person:hassan-rouhani"
JOHNSON = "person:lisa-johnson"
DBEIBAH = "person:abdul-hamid-dbeibah"
ORTAGUS = "person:morgan-ortagus"
HOCHSTEIN = "person:amos-hochstein"
SALAM = "person:nawaf-salam"
RAJJI = "person:youssef-rajji"
BOU_HABIB = "person:abdallah-bou-habib"
RASHID = "person:abdul-latif-rashid"
ABDOLLAHIAN = "person:hossein-amir-abdollahian"

CASES = [
    # the possessor is the only person before the pronoun; a semicolon joins the clauses
    ("en", "Iraqi Foreign Minister Fuad Hussein opened the conference. It was Abbas "
     "Araghchi's first visit to Baghdad as foreign minister; on Sunday he met Prime Minister "
     "Mohammed Shia al-Sudani.", [MW(ARAGHCHI, SUDANI)], [MW(FUAD, SUDANI)]),
    # "the Assad government": a surname as an attribute names no one
    ("en", "Lebanese Speaker Nabih Berri welcomed the talks. Hakan Fidan's first trip to "
     "Damascus came a week after the fall of the Assad government, and there he held talks "
     "with Ahmed al-Sharaa.", [MW(FIDAN, SHARAA)], [MW(BERRI, SHARAA)]),
    # a killing and a passive reception: never the subject of the sentence before
    ("en", "Hadi al-Amiri opened the session. Ismail Haniyeh's body arrived in Doha on "
     "Thursday, a day after he was killed in Tehran in an Israeli strike.",
     [AB(HANIYEH, ISRAEL)], [AB(AMIRI, ISRAEL)]),
    ("en", "Hadi al-Amiri opened the session. Fuad Hussein's tour ended in Amman, where he was "
     "received by Ayman Safadi.", [MW(FUAD, SAFADI)], [MW(AMIRI, SAFADI)]),
    # negative: the possessed noun is a role, "he" is the unnamed deputy
    ("en", "Hassan Rouhani spoke first. Esmail Qaani's deputy said he met Hadi al-Amiri on "
     "Monday.", [], [MW(QAANI, AMIRI)]),
    # negative: a person named as a subject before the pronoun keeps it
    ("en", "Esmail Qaani's visit was brief. Hassan Rouhani said he met Hadi al-Amiri on "
     "Monday.", [MW(ROUHANI, AMIRI)], [MW(QAANI, AMIRI)]),
    # "he" after a sentence about a woman, its own subject unknown: no one, never her
    ("en", "US Ambassador Lisa Johnson, the daughter of a diplomat, said on Monday that she "
     "had asked for talks. Kessler, meanwhile, went to Tripoli, where he met Prime Minister "
     "Abdul Hamid Dbeibah.", [], [MW(JOHNSON, DBEIBAH)]),
    ("en", "Ms. Lisa Johnson said the talks would resume. Kessler, meanwhile, flew to Tripoli: "
     "he met Prime Minister Abdul Hamid Dbeibah on Tuesday.", [], [MW(JOHNSON, DBEIBAH)]),
    # negative: the pronoun of the marked gender is still resolved
    ("en", "Morgan Ortagus arrived in Beirut on Monday. She met Prime Minister Nawaf Salam.",
     [MW(ORTAGUS, SALAM)], []),
    ("en", "Mr. Hochstein, the US envoy, arrived in Beirut on Monday. He met Prime Minister "
     "Nawaf Salam.", [MW(HOCHSTEIN, SALAM)], []),
    # the congratulator is no successor when the congratulated is a description
    ("ar", "استقبل وزير الخارجية العراقي فؤاد حسين نظيره اللبناني يوسف رجي في بغداد. وهنأ "
     "حسين الضيف بمناسبة تسلّمه منصبه خلفاً لعبد الله بو حبيب.", [], [SO(FUAD, BOU_HABIB)]),
    ("ar", "استقبل رئيس الجمهورية عبد اللطيف رشيد وزير الخارجية الإيراني عباس عراقجي. وهنأ "
     "السيد رئيس الجمهورية الضيف بتوليه منصبه خلفاً للراحل حسين أمير عبد اللهيان.", [],
     [SO(RASHID, ABDOLLAHIAN)]),
    # negative: a named congratulated person is still the successor, in both languages
    ("ar", "وهنأ فؤاد حسين يوسف رجي بتسلّمه منصبه خلفاً لعبد الله بو حبيب.",
     [SO(RAJJI, BOU_HABIB)], [SO(FUAD, BOU_HABIB)]),
    ("ar", "وكان عباس عراقجي قد أجرى اتصالاً هاتفياً بيوسف رجي لتهنئته بتعيينه خلفاً لعبد الله "
     "بو حبيب.", [SO(RAJJI, BOU_HABIB)], [SO(ARAGHCHI, BOU_HABIB)]),
    ("en", "Fuad Hussein congratulated Youssef Rajji on succeeding Abdallah Bou Habib as "
     "foreign minister.", [SO(RAJJI, BOU_HABIB)], [SO(FUAD, BOU_HABIB)]),
    # negative (Arabic): a dropped subject after the possessor's sentence stays the rules'
    ("ar", "وكانت زيارة عباس عراقجي إلى بغداد هي الأولى له. والتقى رئيس الوزراء محمد شياع "
     "السوداني.", [], [MW(FUAD, SUDANI)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_subj_s31(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
