"""Session 22, second round (succkill2): SUCCESSOR_OF and ASSASSINATED_BY, second pass; each
construction with cases of our own and a case not to read."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, SO, assert_relations

MENSAH = "person:kofi-mensah"
BOATENG = "person:samuel-boateng"

# ---- the historic present of timelines: "Y, ..., dies; X is appointed to succeed him" -------
PRESENT_LEFT = [
    ("Mar 2019: The party's deputy leader, Samuel Boateng, dies; the party blames a stroke. "
     "Gen. Kofi Mensah is appointed to succeed him.", [SO(MENSAH, BOATENG)], []),
    ("2021 - Senator Samuel Boateng resigns after the vote. "
     "General Kofi Mensah is named to replace him.",
     [SO(MENSAH, BOATENG)], []),
    ("June 2016: Judge Samuel Boateng retires from the bench.\nGeneral Kofi Mensah is appointed "
     "to replace him.", [SO(MENSAH, BOATENG)], []),
    ("2020 - Minister Samuel Boateng steps down as party leader. "
     "General Kofi Mensah is elected to succeed him.",
     [SO(MENSAH, BOATENG)], []),
    # a nomination, a leaving that is denied: nothing
    ("2021 - Senator Samuel Boateng resigns after the vote. "
     "General Kofi Mensah is nominated to succeed him.",
     [], [SO(MENSAH, BOATENG)]),
    ("2020 - Minister Samuel Boateng steps up his campaign. "
     "General Kofi Mensah is elected to succeed him.",
     [], [SO(MENSAH, BOATENG)]),
]

SAIDOV = "person:ahmed-sidov"
BUATING = "person:smueyl-buating"
MNSA = "person:kofi-mnsa"
# ---- Arabic: the one who removed is no predecessor ("أقاله K وعيّن X خلفاً له") -------------
DISMISSER_AR = [
    ("وبقي أحمد سعيدوف وزيراً للدفاع حتى مايو 2023، حين أقاله الرئيس كوفي منسا من منصبه "
     "وعيّن صموئيل بواتينغ خلفاً له.", [SO(BUATING, SAIDOV)], [SO(BUATING, MNSA)]),
    ("شغل أحمد سعيدوف منصب نائب الرئيس حتى عام 2023، حين أعفاه الرئيس كوفي منسا وعيّن صموئيل "
     "بواتينغ مكانه.", [SO(BUATING, SAIDOV)], [SO(BUATING, MNSA)]),
    ("وفي مايو 2023 أقال الرئيس كوفي منسا وزير الدفاع أحمد سعيدوف وعيّن صموئيل بواتينغ خلفاً "
     "له.", [SO(BUATING, SAIDOV)], [SO(BUATING, MNSA)]),
    # the pronoun's person not named in the sentence: nothing, and never the one who removed
    ("كان أحمد سعيدوف وزيراً للدفاع منذ 2019. وفي مايو 2023 أقاله الرئيس كوفي منسا من منصبه "
     "وعيّن صموئيل بواتينغ خلفاً له.", [], [SO(BUATING, MNSA)]),
    ("وفي مايو 2023 أقاله الرئيس كوفي منسا من منصبه وعيّن صموئيل بواتينغ خلفاً له.",
     [], [SO(BUATING, MNSA)]),
    # the noun "إقالة Y": Y, as before
    ("بعد إقالة أحمد سعيدوف من الحكومة، عُيّن صموئيل بواتينغ خلفاً له.",
     [SO(BUATING, SAIDOV)], []),
]

HADI = "person:abu-samir-al-hadi"
IDF = "organization:israel-defense-forces"
# ---- Arabic: a shell as a strike ("قُتل X بقذيفة أطلقها Y") ----------------------------------
SHELL_AR = [
    ("قُتل القيادي أبو سمير الهادي بقذيفة أطلقها الجيش الإسرائيلي.", [AB(HADI, IDF)], []),
    ("قُتل القيادي أبو سمير الهادي بقذيفة دبابة أطلقتها القوات الإسرائيلية على منزله.",
     [AB(HADI, IDF)], []),
    # no one stated as firing it: nothing
    ("قُتل القيادي أبو سمير الهادي بقذيفة مجهولة المصدر، ونفى الجيش الإسرائيلي أي علاقة.",
     [], [AB(HADI, IDF)]),
    ("قُتل القيادي أبو سمير الهادي بقذيفة سقطت قرب منزله، بعد أن أطلق الجيش الإسرائيلي تحذيراً.",
     [], [AB(HADI, IDF)]),
]

CASES = PRESENT_LEFT + DISMISSER_AR + SHELL_AR


@pytest.mark.parametrize(("text", "must", "must_not"), CASES)
def test_succkill2_s22b(ex, text, must, must_not) -> None:
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
