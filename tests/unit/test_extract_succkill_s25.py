"""Session 25 (succkill): SUCCESSOR_OF and ASSASSINATED_BY when both people are found but the
relation was missed or given to the wrong person; each construction with cases of our own, in
both languages where it exists in both, and a case not to read."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, SO, assert_relations

ISRAEL = "country:israel"
IDF = "organization:israel-defense-forces"
NASRALLAH = "person:hassan-nasrallah"
NETANYAHU = "person:benjamin-netanyahu"
AROURI = "person:saleh-al-arouri"
SHUKR = "person:fuad-shukr"
KARAKI = "person:ali-karaki"
QASSEM = "person:naim-qassem"
HANIYEH = "person:ismail-haniyeh"

# ---- "K said the army had killed him": him is not K; "أنه قتله": not one inside "الذي ..." -
CLAIMED_HIM = [
    ("en", "The Hamas official Saleh al-Arouri was killed in Beirut; Prime Minister Benjamin "
     "Netanyahu said Israeli forces had killed him.", [AB(AROURI, IDF)], [AB(NETANYAHU, IDF)]),
    ("en", "Hassan Nasrallah was buried on Sunday. Netanyahu said Israeli jets had killed him.",
     [AB(NASRALLAH, ISRAEL)], [AB(NETANYAHU, ISRAEL)]),
    ("en", "Fuad Shukr was killed in Beirut. The IDF said it had killed him.",
     [AB(SHUKR, IDF)], []),
    ("ar", "قُتل القيادي فؤاد شكر، الذي كان مستشاراً لحسن نصرالله، في غارة، وأعلن الجيش "
     "الإسرائيلي أنه اغتاله.", [AB(SHUKR, IDF)], [AB(NASRALLAH, IDF)]),
    ("ar", "وتولى القيادة علي كركي، الذي عُيّن بدلاً من نعيم قاسم وأعلن الجيش الإسرائيلي في "
     "أيلول أنه قتله، ثم إسماعيل هنية.", [AB(KARAKI, IDF)],
     [AB(QASSEM, IDF), AB(QASSEM, HANIYEH), AB(KARAKI, HANIYEH)]),
    # a negated claim, another verb, the speaker alone
    ("en", "Hassan Nasrallah was buried on Sunday. Netanyahu said Israeli jets had not killed "
     "him.", [], [AB(NASRALLAH, ISRAEL), AB(NETANYAHU, ISRAEL)]),
    ("en", "Ismail Haniyeh said the army had arrested him.", [], [AB(HANIYEH, IDF)]),
    ("en", "Netanyahu said Israeli jets had killed him.", [], [AB(NETANYAHU, ISRAEL)]),
]

TAEB = "person:hossein-taeb"
KAZEMI = "person:mohammad-kazemi"
MOKHBER = "person:mohammad-mokhber"
RAISI = "person:ebrahim-raisi"
GRUNDBERG = "person:hans-grundberg"
GRIFFITHS = "person:martin-griffiths"
# ---- "removed Y, naming X to succeed him"; "entrusted X with running ... in place of Y";
# "took up his duties / assumes the powers ... in succession to Y" ---------------------------
ENTRUSTED_EN = [
    ("en", "The Guards removed Hossein Taeb, the head of the intelligence branch, naming "
     "Mohammad Kazemi, until now his deputy, to succeed him.", [SO(KAZEMI, TAEB)], []),
    ("en", "The Guards dismissed Hossein Taeb on Thursday, appointing Mohammad Kazemi to "
     "replace him.", [SO(KAZEMI, TAEB)], []),
    ("en", "Khamenei entrusted First Vice-President Mohammad Mokhber with running the government "
     "in place of Ebrahim Raisi.", [SO(MOKHBER, RAISI)], []),
    ("en", "Mohammad Mokhber was tasked with leading the cabinet in place of Ebrahim Raisi.",
     [SO(MOKHBER, RAISI)], []),
    ("en", "Hans Grundberg, who took up his duties in August 2021 in succession to Martin "
     "Griffiths, met the council.", [SO(GRUNDBERG, GRIFFITHS)], []),
    ("en", "Hans Grundberg assumes the functions of the envoy in succession to Martin Griffiths.",
     [SO(GRUNDBERG, GRIFFITHS)], []),
    # no successor named, a thing entrusted, no post taken
    ("en", "The Guards praised Hossein Taeb on Thursday without naming anyone to succeed him.",
     [], [SO(KAZEMI, TAEB)]),
    ("en", "Khamenei entrusted Mohammad Mokhber with a letter in place of Ebrahim Raisi.", [],
     [SO(MOKHBER, RAISI)]),
    ("en", "Hans Grundberg took part in the talks in place of Martin Griffiths.", [],
     [SO(GRUNDBERG, GRIFFITHS)]),
]

ARAJI = "person:qassim-al-araji"
FAYYADH = "person:falih-al-fayyadh"
MAHDI = "person:adil-abdul-mahdi"
# ---- "named X, <a long apposition>, as P in place of Y": past the twenty-word window --------
LONG_APPOSITION_EN = [
    ("en", "A decree issued late on Saturday named Qassim al-Araji, a former interior minister "
     "and senior figure in the Badr Organization, as national security adviser in place of "
     "Falih al-Fayyadh.", [SO(ARAJI, FAYYADH)], []),
    ("en", "The council appointed Qassim al-Araji, a former minister who served two terms in "
     "parliament and led the Badr Organization's political office, as adviser in place of "
     "Falih al-Fayyadh.", [SO(ARAJI, FAYYADH)], []),
    # not an appointment; a second comma inside the apposition (not read)
    ("en", "The council praised Qassim al-Araji, a former interior minister and senior figure in "
     "the Badr Organization, as the best man in place of Falih al-Fayyadh.", [],
     [SO(ARAJI, FAYYADH)]),
    ("en", "The council named Qassim al-Araji, a former interior minister, a friend of Falih "
     "al-Fayyadh, as adviser in place of Adel Abdul-Mahdi.", [],
     [SO(ARAJI, FAYYADH), SO(FAYYADH, MAHDI)]),
]

US = "country:united-states"
SAADI = "person:abu-baqir-al-saadi"
ULAYAWI = "person:arkan-al-ulayawi"
HAMIDAWI = "person:ahmad-al-hamidawi"
# ---- Arabic "مقتل القيادي X والقيادي (الآخر) Y": the second victim after و + a title ---------
NOMINAL_TITLED_AR = [
    ("ar", "أعلن أحمد الحميداوي تعليق العمليات. غير أن غارة أميركية أسفرت عن مقتل القيادي أبو "
     "باقر الساعدي والقيادي الآخر أركان العلياوي.", [AB(SAADI, US), AB(ULAYAWI, US)],
     [AB(HAMIDAWI, US)]),
    ("ar", "أسفرت غارة أميركية عن مقتل القيادي أبو باقر الساعدي والعميد أركان العلياوي قرب "
     "بغداد.", [AB(SAADI, US), AB(ULAYAWI, US)], []),
    # the second one wounded, not killed
    ("ar", "أسفرت غارة أميركية عن مقتل القيادي أبو باقر الساعدي وإصابة القيادي أركان العلياوي.",
     [AB(SAADI, US)], [AB(ULAYAWI, US)]),
]

# ---- "X stepped / stood in for Y as acting / interim P": an acting holder, no leaving told ---
ACTING_FOR_EN = [
    ("en", "Caretakers: Mohammad Mokhber, who stepped in for Ebrahim Raisi as acting president, "
     "chaired the cabinet.", [SO(MOKHBER, RAISI)], []),
    ("en", "Mohammad Mokhber stood in for Ebrahim Raisi as interim president for fifty days.",
     [SO(MOKHBER, RAISI)], []),
    # a representation, a plan
    ("en", "Mohammad Mokhber stood in for Ebrahim Raisi at the summit in Johannesburg.", [],
     [SO(MOKHBER, RAISI)]),
    ("en", "Mohammad Mokhber will step in for Ebrahim Raisi as acting president.", [],
     [SO(MOKHBER, RAISI)]),
]

ZAHEDI = "person:mohammad-reza-zahedi"
# ---- Arabic "قُتل في الغارة الإسرائيلية، <a date>، X": a time adverbial in commas ----------
ADVERBIAL_AR = [
    ("ar", "وقُتل في الغارة الإسرائيلية، فجر الاثنين، القيادي فؤاد شكر.", [AB(SHUKR, ISRAEL)],
     []),
    ("ar", "واستشهد في العدوان الإسرائيلي على القنصلية، في الثالث من نيسان/أبريل، القائد في "
     "الحرس الثوري العميد محمد رضا زاهدي ونائبه علي كركي.",
     [AB(ZAHEDI, ISRAEL), AB(KARAKI, ISRAEL)], []),
    # no time phrase between the commas, a clause of its own
    ("ar", "وقُتل في الغارة الإسرائيلية، بحسب مصادر، القيادي فؤاد شكر.", [],
     [AB(SHUKR, ISRAEL)]),
    ("ar", "وقُتل في الغارة الإسرائيلية، يوم الاثنين، عدد من المدنيين، وقال فؤاد شكر إنها "
     "جريمة.", [], [AB(SHUKR, ISRAEL)]),
]

CASES = (CLAIMED_HIM + ENTRUSTED_EN + LONG_APPOSITION_EN + NOMINAL_TITLED_AR +
         ACTING_FOR_EN + ADVERBIAL_AR)


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_succkill_s25(ex, lang, text, must, must_not):
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)

