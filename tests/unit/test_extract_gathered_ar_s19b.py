"""Arabic meetings gathered or held by a list of people (session 19, second round,
``meeting_gathered_ar``): "اجتماع مطول مغلق جمع X وY مع Z" (جمع past the noun's adjectives,
the second group after مع), "عقد X ونظيراه Y وZ، الأحد، قمة" (the holders met each other) and
"التقى X نظيريه Y وZ" (the two counterparts met too), "ترأس الوفد X، فيما ترأس الجانب Y" (the
heads of the two sides met).
Our own sentences, not taken from any dev set.

Negatives: a negated meeting; one holder and a new clause after the comma; a planned summit; counterparts
under a negated meeting or with no meeting verb; heads of sides in indirect talks, or one
side headed and the other only announced; a lone person
"in the presence of" another after جمع (not a second group).
"""

import pytest

from tests.extract_support import MW, assert_relations

SHOUKRY, KAMEL, SAFADI = "person:sameh-shoukry", "person:abbas-kamel", "person:ayman-safadi"
SISI, ABDULLAH = "person:abdel-fattah-el-sisi", "person:abdullah-ii"
MACRON, ERDOGAN = "person:emmanuel-macron", "person:recep-tayyip-erdogan"
FIDAN = "person:hakan-fidan"

# (name, text, must, must_not)
CASES = [
 ("joined_past_adjectives", "عقد في القاهرة اجتماع مطول مغلق جمع وزير الخارجية سامح شكري ورئيس "
  "المخابرات عباس كامل مع وزير الخارجية الأردني أيمن الصفدي.",
  [MW(SHOUKRY, KAMEL), MW(SHOUKRY, SAFADI), MW(KAMEL, SAFADI)], []),
 ("joined_negated", "لم يعقد الوزير سامح شكري اجتماعاً مطولاً مغلقاً جمع أيمن الصفدي وعباس كامل.",
  [], [MW(SAFADI, KAMEL)]),
 ("joined_presence_only", "اجتماع مطول جمع وزير الخارجية سامح شكري بحضور أيمن الصفدي.",
  [], [MW(SHOUKRY, SAFADI)]),
 ("held_summit_day_insert", "عقد الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد "
  "الله الثاني، الأحد، قمة ثنائية في العقبة.", [MW(SISI, ABDULLAH)], []),
 ("held_with_counterparts", "عقد الرئيس المصري عبد الفتاح السيسي ونظيراه الفرنسي إيمانويل "
  "ماكرون والتركي رجب طيب أردوغان قمة في أثينا.",
  [MW(SISI, MACRON), MW(SISI, ERDOGAN), MW(MACRON, ERDOGAN)], []),
 ("held_member_with_body_title", "عقد وزير الخارجية المصري سامح شكري ورئيس جهاز المخابرات "
  "العامة (المخابرات) عباس كامل، أمس، اجتماعاً في القاهرة.", [MW(SHOUKRY, KAMEL)], []),
 ("held_alone_new_clause", "عقد الرئيس المصري عبد الفتاح السيسي قمة في العقبة، والملك عبد الله "
  "الثاني يرفض الدعوة.", [], [MW(SISI, ABDULLAH)]),
 ("held_planned", "من المقرر أن يعقد الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد "
  "الله الثاني قمة في العقبة.", [], [MW(SISI, ABDULLAH)]),
 ("counterparts_met", "التقى وزير الخارجية المصري سامح شكري، أمس، نظيريه الأردني أيمن "
  "الصفدي والتركي هاكان فيدان في أنقرة.", [MW(SAFADI, FIDAN), MW(SHOUKRY, FIDAN)], []),
 ("counterparts_negated", "لم يلتق وزير الخارجية المصري سامح شكري نظيريه الأردني أيمن الصفدي "
  "والتركي هاكان فيدان في أنقرة.", [], [MW(SAFADI, FIDAN)]),
 ("counterparts_no_meeting", "قال وزير الخارجية المصري سامح شكري إن نظيريه الأردني أيمن الصفدي "
  "والتركي هاكان فيدان سيصلان غداً.", [], [MW(SAFADI, FIDAN)]),
 ("heads_of_sides", "وترأس الوفد المصري وزير الخارجية سامح شكري، فيما ترأس الجانب الأردني "
  "أيمن الصفدي.", [MW(SHOUKRY, SAFADI)], []),
 ("heads_of_sides_indirect", "وترأس الوفد المصري وزير الخارجية سامح شكري، فيما ترأس الجانب "
  "الأردني أيمن الصفدي، في المحادثات غير المباشرة.", [], [MW(SHOUKRY, SAFADI)]),
 ("heads_of_sides_not_two", "ترأس الوفد المصري وزير الخارجية سامح شكري، وقال إن الجانب الأردني "
  "برئاسة أيمن الصفدي سيصل غداً.", [], [MW(SHOUKRY, SAFADI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_gathered_ar(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
