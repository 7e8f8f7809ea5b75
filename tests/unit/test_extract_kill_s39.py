"""Session 39 (kill): a body's claim of the strike told after the killing, in English
(kill_claim_next_en): "An Iranian missile strike killed X; Iran's Revolutionary Guards claimed
the January 15 strike" (the country's possessive before the claimer, date words and adjectives
before the strike noun, a descriptor before the victim: "killed Kurdish businessman X"); the
body claims it also when the victim already has the strike's country as agent; and the claimer
named before ", which claimed the strike," ("; U.S. Central Command, which claimed the strike,
said ..."). Dev: +3 core TP, no FP.

Not read: a claim of another deed, a denial, a claimer inside a report of someone else.

Also the verb "استشهد" right after a subject's name is no family name word
(arabic_name_words._AR_OBJECT_AFTER_NAME): "إن سائقه X Y استشهد معه في الغارة نفسها" made a
person "X Y استشهد", so the companion of the victim told before was lost. Dev: +1 core TP, no FP
(one piece). Not a death of another cause ("استشهد في حادث سير").

Also a lone given name after "<name>'s <kin word>" or "his / her <kin word>" takes the family of
that person (person_names.en_kin_first_names, which read only "<name> and his <kin> Y"): "the
strike spared X but killed his son Hammam", "al-Hayya's son Hammam" -> Hammam al-Hayya. Dev:
+2 core TP, no FP (the construction in batches BA, CN, IV, IW, JU). Not a strike that missed him.

Also a capitalised plural short form of a body named before, whose gazetteer name holds the
singular ("the Guards" after "the IRGC" / "Iran's Revolutionary Guard Corps": Islamic
Revolutionary Guard Corps; body_short_forms_en.org_short_ref), not a new body "Guards": "The
missiles fired by the Guards killed X". Dev: +1 core TP, -1 FP (the short form resolved right in
batches AO, DF, EM, HV, IF, IU, KI). Not when the article names no such body.

Also "earlier" between the speaker and the verb of saying of the killer's own claim
(kill_said_it._EN_SAY_ADV, beside "later", "previously"): "The army had earlier said it killed
X". Dev: +1 core TP, no FP (one piece). Not a denial nor a threat."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

DIZAYEE = "person:peshraw-dizayee"
SAADI = "person:abu-baqir-al-saadi"
IRGC = "organization:irgc"
CENTCOM = "organization:us-central-command"
IRAN = "country:iran"
US = "country:united-states"
AROURI = "person:saleh-al-arouri"
SAMER = "person:samer-abu-zaid"
ISRAEL = "country:israel"
DEIF = "person:mohammed-deif"
IDF = "organization:israel-defense-forces"
HAMMAM = "person:hammam-al-hayya"
KHALIL = "person:khalil-al-hayya"

CASES = [
    # a body's claim after the killing: fail on main
    ("en", "An Iranian missile strike on Erbil killed Kurdish businessman Peshraw Dizayee on "
     "Monday. Iran's Revolutionary Guards claimed the January 15 strike, saying it had hit a "
     "spy base.", [AB(DIZAYEE, IRGC)], []),
    ("en", "A U.S. drone strike in eastern Baghdad killed Abu Baqir al-Saadi; U.S. Central "
     "Command, which claimed the strike, said he had planned attacks.",
     [AB(SAADI, CENTCOM)], []),
    # negatives: a denial; a claim of another deed; the claimer inside someone's report
    ("en", "An Iranian missile strike on Erbil killed Kurdish businessman Peshraw Dizayee on "
     "Monday. Iran's Revolutionary Guards denied the January 15 strike.", [],
     [AB(DIZAYEE, IRGC)]),
    ("en", "A U.S. drone strike in eastern Baghdad killed Abu Baqir al-Saadi; U.S. Central "
     "Command, which claimed the raid on Tower 22, said he had planned attacks.", [],
     [AB(SAADI, CENTCOM)]),
    ("en", "A U.S. drone strike in eastern Baghdad killed Abu Baqir al-Saadi; officials said "
     "U.S. Central Command, which claimed the strike, was reviewing it.", [],
     [AB(SAADI, CENTCOM)]),
    # the martyrdom verb after the name: fail on main
    ("ar", "اغتالت إسرائيل صالح العاروري في بيروت. وقالت الحركة إن سائقه سامر أبو زيد استشهد "
     "معه في الغارة نفسها.", [AB(SAMER, ISRAEL), AB(AROURI, ISRAEL)], []),
    # negative: a death of another cause, both men named
    ("ar", "وقال صالح العاروري إن سائقه سامر أبو زيد استشهد في حادث سير قرب رام الله.", [],
     [AB(SAMER, AROURI)]),
    # the kin word and a lone given name: fail on main
    ("en", "The Israeli strike on the Doha compound spared Khalil al-Hayya but killed his son "
     "Hammam.", [AB(HAMMAM, ISRAEL)], [AB(KHALIL, ISRAEL)]),
    ("en", "Khalil al-Hayya led the talks. Israeli jets killed al-Hayya's son Hammam in Doha.",
     [AB(HAMMAM, ISRAEL)], [AB(KHALIL, ISRAEL)]),
    # negative: the strike missed him
    ("en", "Khalil al-Hayya said the Israeli strike missed his son Hammam.", [],
     [AB(HAMMAM, ISRAEL), AB(HAMMAM, KHALIL)]),
    # the Guards after the IRGC: fail on main
    ("en", "The IRGC said it had targeted a villa in Erbil. The missiles fired by the Guards "
     "killed Peshraw Dizayee, a businessman, and his daughter.", [AB(DIZAYEE, IRGC)], []),
    ("en", "Iran's Revolutionary Guard Corps said it had targeted a villa in Erbil. The Guards "
     "killed Peshraw Dizayee, a businessman.", [AB(DIZAYEE, IRGC)], []),
    # negatives: no such body named in the article; the missiles missed him
    ("en", "Missiles fired by the Guards killed Peshraw Dizayee in Erbil.", [],
     [AB(DIZAYEE, IRGC)]),
    ("en", "The IRGC said it had targeted a villa in Erbil. The missiles fired by the Guards "
     "missed Peshraw Dizayee, who was abroad.", [], [AB(DIZAYEE, IRGC)]),
    # "had earlier said it killed": fail on main
    ("en", "The Israeli military struck Gaza on Monday. The army had earlier said it killed "
     "Mohammed Deif in July.", [AB(DEIF, IDF)], []),
    # negatives: a denial; a threat
    ("en", "The Israeli military struck Gaza on Monday. The army had earlier denied it killed "
     "Mohammed Deif in July.", [], [AB(DEIF, IDF)]),
    ("en", "The Israeli military struck Gaza on Monday. The army had earlier said it would kill "
     "Mohammed Deif.", [], [AB(DEIF, IDF)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_kill_s39(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
