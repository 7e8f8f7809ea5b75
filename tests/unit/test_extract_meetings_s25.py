"""Session 25 (meetings): MET_WITH constructions read from the newest writers' misses, with
sentences of our own in both languages and a negative for each rule."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

FIDAN = "person:hakan-fidan"
ASSAD = "person:bashar-al-assad"
MEKDAD = "person:faisal-mekdad"
ERDOGAN = "person:recep-tayyip-erdogan"
PUTIN = "person:vladimir-putin"
MODI = "person:narendra-modi"
RAISI = "person:ebrahim-raisi"
MBS = "person:mohammed-bin-salman"
SISI = "person:abdel-fattah-el-sisi"

# ---- a clause joined by "، كما / قبل أن / ثم" after a meeting goes on with its subject -----------
HELD_CLAUSE = [
    ("وصل الرئيس الإيراني إبراهيم رئيسي إلى الرياض. وعلى هامش القمة، التقى رئيسي وليَّ العهد "
     "الأمير محمد بن سلمان، كما عقد أول لقاء مع الرئيس المصري عبد الفتاح السيسي.", "ar",
     [MW(RAISI, MBS), MW(RAISI, SISI)], [MW(MBS, SISI)]),
    ("التقى وزير الخارجية التركي هاكان فيدان الرئيس السوري بشار الأسد في دمشق، قبل أن يعقد "
     "جلسة مباحثات مع نظيره فيصل المقداد.", "ar", [MW(FIDAN, ASSAD), MW(FIDAN, MEKDAD)],
     [MW(ASSAD, MEKDAD)]),
    ("التقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين، ثم عقد لقاءً ثنائياً "
     "مع رئيس الوزراء الهندي ناريندرا مودي.", "ar", [MW(ERDOGAN, MODI)], [MW(PUTIN, MODI)]),
    ("Turkish Foreign Minister Hakan Fidan met Syrian President Bashar al-Assad in Damascus, "
     "before holding talks with his counterpart Faisal Mekdad.", "en",
     [MW(FIDAN, ASSAD), MW(FIDAN, MEKDAD)], [MW(ASSAD, MEKDAD)]),
    # negatives: the clause names its own subject
    ("التقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين، قبل أن يعقد بوتين "
     "اجتماعاً مع رئيس الوزراء الهندي ناريندرا مودي.", "ar", [MW(PUTIN, MODI)],
     [MW(ERDOGAN, MODI)]),
    ("التقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين، كما عقد الأخير "
     "اجتماعاً مع رئيس الوزراء الهندي ناريندرا مودي.", "ar", [MW(PUTIN, MODI)],
     [MW(ERDOGAN, MODI)]),
]



LAVROV = "person:sergei-lavrov"

# ---- coordinated subjects set off by appositions before "met" with no object ---------------------
APPOSED_SUBJECTS = [
    ("Turkey's foreign minister, Hakan Fidan, and his Russian counterpart, Sergei Lavrov, met "
     "in Antalya on Friday.", "en", [MW(FIDAN, LAVROV)], []),
    ("Turkish President Recep Tayyip Erdogan, the host, and Russian President Vladimir Putin met "
     "in Sochi on Monday.", "en", [MW(ERDOGAN, PUTIN)], []),
    ("In the Swiss resort, Hakan Fidan, the Turkish foreign minister, and Sergei Lavrov, "
     "Russia's top diplomat, met face to face.", "en", [MW(FIDAN, LAVROV)], []),
    # negatives: a meeting verb before the list, a negated meeting
    ("Erdogan received Hakan Fidan, the foreign minister, and Sergei Lavrov met Putin later.",
     "en", [], [MW(FIDAN, LAVROV)]),
    ("Turkey's foreign minister, Hakan Fidan, and his Russian counterpart, Sergei Lavrov, "
     "have not met since June.", "en", [], [MW(FIDAN, LAVROV)]),
]



ARAGHCHI = "person:abbas-araghchi"
GROSSI = "person:rafael-grossi"

# ---- "ما زال / لا يزال" (still) is no negation --------------------------------------------------
STILL = [
    ("وما زالت الاتفاقية التي وقّعها وزير الخارجية الإيراني عباس عراقجي والمدير العام "
     "للوكالة الدولية للطاقة الذرية رافاييل غروسي حبراً على ورق.", "ar", [MW(ARAGHCHI, GROSSI)],
     []),
    ("ولا يزال الاتفاق الذي وقّعه وزير الخارجية التركي هاكان فيدان مع نظيره الروسي سيرغي لافروف "
     "موضع خلاف.", "ar", [MW(FIDAN, LAVROV)], []),
    # negatives: a real negation
    ("ولم يوقّع وزير الخارجية التركي هاكان فيدان ونظيره الروسي سيرغي لافروف المذكرة.", "ar", [],
     [MW(FIDAN, LAVROV)]),
    ("ولا يلتقي الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين.", "ar", [],
     [MW(ERDOGAN, PUTIN)]),
]



SHAMKHANI = "person:ali-shamkhani"
ARAJI = "person:qassim-al-araji"
SUDANI = "person:mohammed-shia-al-sudani"

# ---- Arabic co-signers: the agreement as the object first, a place or date after "وقّعها" -------
COSIGNERS = [
    ("ووقّع الاتفاقَ أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني ومستشار الأمن القومي "
     "العراقي قاسم الأعرجي، بحضور رئيس الوزراء محمد شياع السوداني.", "ar",
     [MW(SHAMKHANI, ARAJI), MW(SHAMKHANI, SUDANI), MW(ARAJI, SUDANI)], []),
    ("وأثارت مذكرة التفاهم التي وقّعها في أنقرة في 5 آذار وزير الخارجية التركي هاكان فيدان "
     "ونظيره الروسي سيرغي لافروف جدلاً واسعاً.", "ar", [MW(FIDAN, LAVROV)], []),
    # negatives: planned, negated
    ("وسيوقّع الاتفاقَ وزير الخارجية التركي هاكان فيدان ونظيره الروسي سيرغي لافروف الأسبوع المقبل.",
     "ar", [], [MW(FIDAN, LAVROV)]),
    ("ولم يوقّع الاتفاقَ وزير الخارجية التركي هاكان فيدان ونظيره الروسي سيرغي لافروف.", "ar", [],
     [MW(FIDAN, LAVROV)]),
]



# ---- a briefing given in person: "received a briefing from Y", "استمع X من Y إلى شرح" ---------------------
BRIEFED = [
    ("Turkish President Recep Tayyip Erdogan received a briefing from Foreign Minister Hakan "
     "Fidan on the talks.", "en", [MW(ERDOGAN, FIDAN)], []),
    ("Russian President Vladimir Putin toured the plant, met Prime Minister Narendra Modi, and "
     "heard a briefing by Foreign Minister Sergei Lavrov.", "en", [MW(PUTIN, LAVROV)],
     [MW(MODI, LAVROV)]),
    ("Turkish President Recep Tayyip Erdogan listened to a briefing from Foreign Minister Hakan "
     "Fidan on the talks.", "en", [MW(ERDOGAN, FIDAN)], []),
    ("واستمع الرئيس التركي رجب طيب أردوغان، وبرفقته نائبه جودت يلماز، من وزير الخارجية هاكان فيدان "
     "إلى شرح عن نتائج الزيارة.", "ar", [MW(ERDOGAN, FIDAN)], []),
    ("واستمع الرئيس التركي رجب طيب أردوغان إلى إيجاز من وزير الخارجية هاكان فيدان حول المحادثات.",
     "ar", [MW(ERDOGAN, FIDAN)], []),
    ("واطّلع الرئيس الروسي فلاديمير بوتين من وزير الخارجية سيرغي لافروف على نتائج الجولة.", "ar",
     [MW(PUTIN, LAVROV)], []),
    # negatives: by phone, negated, a speech heard, nobody named
    ("Turkish President Recep Tayyip Erdogan received a briefing from Foreign Minister Hakan Fidan "
     "by phone.", "en", [], [MW(ERDOGAN, FIDAN)]),
    ("Turkish President Recep Tayyip Erdogan did not receive a briefing from Foreign Minister "
     "Hakan Fidan.", "en", [], [MW(ERDOGAN, FIDAN)]),
    ("Turkish President Recep Tayyip Erdogan received a briefing from his aides after Hakan Fidan "
     "left.", "en", [], [MW(ERDOGAN, FIDAN)]),
    ("واستمع الرئيس التركي رجب طيب أردوغان من وزير الخارجية هاكان فيدان في اتصال هاتفي إلى شرح "
     "عن الزيارة.", "ar", [], [MW(ERDOGAN, FIDAN)]),
    ("واستمع الرئيس التركي رجب طيب أردوغان إلى خطاب الرئيس الروسي فلاديمير بوتين.", "ar", [],
     [MW(ERDOGAN, PUTIN)]),
]



MISHUSTIN = "person:mikhail-mishustin"
KBS = "person:khalid-bin-salman"

# ---- a visitor's subjectless meeting goes on past "، ثم (title) B" -------------------------------
VISITOR_THEN = [
    ("وصل الرئيس التركي رجب طيب أردوغان إلى موسكو، والتقى الرئيس الروسي فلاديمير بوتين، ثم رئيس "
     "الوزراء ميخائيل ميشوستين.", "ar", [MW(ERDOGAN, PUTIN), MW(ERDOGAN, MISHUSTIN)],
     [MW(PUTIN, MISHUSTIN)]),
    ("زار الرئيس التركي رجب طيب أردوغان الرياض، والتقى ولي العهد الأمير محمد بن سلمان في قصر "
     "اليمامة، ثم وزير الدفاع الأمير خالد بن سلمان.", "ar", [MW(ERDOGAN, MBS), MW(ERDOGAN, KBS)],
     [MW(MBS, KBS)]),
    # negatives: a call after "ثم"
    ("وصل الرئيس التركي رجب طيب أردوغان إلى موسكو، والتقى الرئيس الروسي فلاديمير بوتين، ثم اتصل "
     "برئيس الوزراء ميخائيل ميشوستين.", "ar", [MW(ERDOGAN, PUTIN)], [MW(ERDOGAN, MISHUSTIN)]),
]


CASES = [(f"{group}_{i}", *case) for group, cases in (
    ("held_clause", HELD_CLAUSE),
    ("apposed_subjects", APPOSED_SUBJECTS),
    ("still", STILL),
    ("cosigners", COSIGNERS),
    ("briefed", BRIEFED),
    ("visitor_then", VISITOR_THEN),
) for i, case in enumerate(cases)]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meetings_s25(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
