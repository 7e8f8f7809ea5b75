"""Session 24, second round (rel): more signers of one agreement, both languages: the second
signer past a possessor's title or an apposition ("signed by X and Somaliland's outgoing leader,
Y", "inked by"), co-signers apposed before the verb ("X and Y, the leader of Z, signed"), the
Arabic pronoun verb after its agreement ("مذكرة تفاهم ...، وقّعها X وY"), "إعلاناً" as an
agreement noun."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

ABIY = "person:abiy-ahmed"
ERDOGAN = "person:recep-tayyip-erdogan"
PUTIN = "person:vladimir-putin"
KHALILZAD = "person:zalmay-khalilzad"
BARADAR = "person:abdul-ghani-baradar"
SUDANI = "person:mohammed-shia-al-sudani"
LARIJANI = "person:ali-larijani"
ARAJI = "person:qassim-al-araji"

SIGNED = [
    ("The accord was signed in Sochi by Turkish President Recep Tayyip Erdogan and Russia's "
     "president, Vladimir Putin.", "en", [MW(ERDOGAN, PUTIN)], []),
    ("The deal was inked in Doha by US envoy Zalmay Khalilzad and Taliban deputy leader Abdul "
     "Ghani Baradar.", "en", [MW(KHALILZAD, BARADAR)], []),
    ("Relations soured after Turkish President Recep Tayyip Erdogan and Vladimir Putin, the "
     "Russian leader, signed a memorandum on the border.", "en", [MW(ERDOGAN, PUTIN)], []),
    # negatives: negated, no agreement, another verb between the two people
    ("The deal was not inked by US envoy Zalmay Khalilzad and Taliban deputy leader Abdul Ghani "
     "Baradar.", "en", [], [MW(KHALILZAD, BARADAR)]),
    ("The law was signed by Turkish President Recep Tayyip Erdogan and Russia's president, "
     "Vladimir Putin.", "en", [], [MW(ERDOGAN, PUTIN)]),
    ("The deal was signed by US envoy Zalmay Khalilzad and praised by Russia's president, "
     "Vladimir Putin.", "en", [], [MW(KHALILZAD, PUTIN)]),
    ("وفي أيار وقّع رئيس الوزراء العراقي محمد شياع السوداني والرئيس التركي رجب طيب أردوغان في "
     "بغداد إعلاناً للتعاون.", "ar", [MW(SUDANI, ERDOGAN)], []),
    ("وأُبرمت في بغداد مذكرة تفاهم أمنية بين البلدين، وقّعها أمين المجلس الأعلى للأمن القومي "
     "الإيراني علي لاريجاني ومستشار الأمن القومي العراقي قاسم الأعرجي.", "ar",
     [MW(LARIJANI, ARAJI)], []),
    # negatives: "وقعها" as a noun (its impact), negated, planned
    ("وأثار وقعها على الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين قلقاً.", "ar",
     [], [MW(ERDOGAN, PUTIN)]),
    ("ولم يوقّعها الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين رغم إعداد المذكرة.",
     "ar", [], [MW(ERDOGAN, PUTIN)]),
    ("وأعدّت الوزارة مذكرة، سيوقّعها الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير "
     "بوتين الأسبوع المقبل.", "ar", [], [MW(ERDOGAN, PUTIN)]),
]


@pytest.mark.parametrize("text,lang,must,must_not", SIGNED)
def test_signers(ex, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


FIDAN = "person:hakan-fidan"
LAVROV = "person:sergei-lavrov"

# ---- "concluded / wrapped up / conducted (two days of) talks": a holding verb -------------------
CONCLUDED = [
    ("Turkish Foreign Minister Hakan Fidan and Russian Foreign Minister Sergei Lavrov wrapped up "
     "a second round of talks in Ankara on Monday.", [MW(FIDAN, LAVROV)], []),
    ("Turkish Foreign Minister Hakan Fidan and Russian Foreign Minister Sergei Lavrov conducted "
     "lengthy talks in Ankara on Monday.", [MW(FIDAN, LAVROV)], []),
    ("Turkish Foreign Minister Hakan Fidan concluded two days of talks in Moscow with Russian "
     "Foreign Minister Sergei Lavrov.", [MW(FIDAN, LAVROV)], []),
    # negatives: future, "concluded that", negated, a call
    ("Turkish Foreign Minister Hakan Fidan and Russian Foreign Minister Sergei Lavrov will "
     "conclude talks in Ankara on Monday.", [], [MW(FIDAN, LAVROV)]),
    ("Turkish Foreign Minister Hakan Fidan and Russian Foreign Minister Sergei Lavrov concluded "
     "that talks would resume.", [], [MW(FIDAN, LAVROV)]),
    ("Turkish Foreign Minister Hakan Fidan and Russian Foreign Minister Sergei Lavrov have not "
     "concluded talks on the grain deal.", [], [MW(FIDAN, LAVROV)]),
    ("Turkish Foreign Minister Hakan Fidan and Russian Foreign Minister Sergei Lavrov concluded "
     "a phone call on Monday.", [], [MW(FIDAN, LAVROV)]),
]


@pytest.mark.parametrize("text,must,must_not", CONCLUDED)
def test_concluded_talks(ex, text, must, must_not):
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)


HUMAIDAN = "person:khalid-al-humaidan"
IRAVANI = "person:saeed-iravani"

# ---- one table: "sat across a / the negotiating table from", "جلس ... إلى الطاولة نفسها مع" -----
TABLE = [
    ("Saudi intelligence chief Khalid al-Humaidan sat across a table from Iranian official Saeed "
     "Iravani in Baghdad.", "en", [MW(HUMAIDAN, IRAVANI)], []),
    ("Saudi intelligence chief Khalid al-Humaidan first sat across the negotiating table from "
     "Iranian official Saeed Iravani in Baghdad.", "en", [MW(HUMAIDAN, IRAVANI)], []),
    ("Saudi intelligence chief Khalid al-Humaidan never sat across the negotiating table from "
     "Iranian official Saeed Iravani.", "en", [], [MW(HUMAIDAN, IRAVANI)]),
    ("Saudi intelligence chief Khalid al-Humaidan sat across a table from the cameras while "
     "Iranian official Saeed Iravani spoke.", "en", [], [MW(HUMAIDAN, IRAVANI)]),
    # the subject past a place and a relative clause naming someone else
    ("جلس في أنقرة وزير الخارجية التركي هاكان فيدان، الذي كلّفه الرئيس فلاديمير بوتين بالملف، "
     "إلى الطاولة نفسها مع وزير الخارجية الروسي سيرغي لافروف.", "ar", [MW(FIDAN, LAVROV)],
     [MW(PUTIN, LAVROV)]),
    ("وجلس وزير الخارجية التركي هاكان فيدان قبالة نظيره الروسي سيرغي لافروف في أنقرة.", "ar",
     [MW(FIDAN, LAVROV)], []),
    ("جلس وزير الخارجية التركي هاكان فيدان إلى طاولة واحدة مع نظيره الروسي سيرغي لافروف.", "ar",
     [MW(FIDAN, LAVROV)], []),
    ("وجلس وزير الخارجية التركي هاكان فيدان ونظيره الروسي سيرغي لافروف إلى طاولة واحدة في أنقرة.",
     "ar", [MW(FIDAN, LAVROV)], []),
    # negatives: negated, future, another clause after the table
    ("ولم يجلس وزير الخارجية التركي هاكان فيدان إلى طاولة واحدة مع نظيره الروسي سيرغي لافروف.",
     "ar", [], [MW(FIDAN, LAVROV)]),
    ("ولن يجلس وزير الخارجية التركي هاكان فيدان إلى الطاولة نفسها مع نظيره الروسي سيرغي لافروف.",
     "ar", [], [MW(FIDAN, LAVROV)]),
    ("وجلس وزير الخارجية التركي هاكان فيدان إلى طاولة في المطعم، فيما كان الرئيس الروسي فلاديمير "
     "بوتين يتحدث.", "ar", [], [MW(FIDAN, PUTIN)]),
]


@pytest.mark.parametrize("text,lang,must,must_not", TABLE)
def test_one_table(ex, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
