"""Session 23 (meetnoun): MET_WITH told by a meeting noun or clause whose other side is not a
plain name after it (``meeting_noun_sides``), both languages, each form with a case not to
read."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

RUTO = "person:william-ruto"
MUSEVENI = "person:yoweri-museveni"
MUSEVENI_AR = "person:yoweri-museveni"
ABIY_AR = "person:abiy-ahmed"

# ---- the verbal noun with an accusative object (Arabic) --------------------------------------
ACCUSATIVE_AR = [
    ("وجاء ذلك بعد ساعات من لقاء الرئيس الكيني وليام روتو نظيرَه الأوغندي يويري موسيفيني في "
     "عنتيبي.", [MW(RUTO, MUSEVENI_AR)], []),
    ("وجاء الإعلان عقب لقاء الرئيس الكيني وليام روتو رئيسَ الوزراء الإثيوبي آبي أحمد في "
     "نيروبي.", [MW(RUTO, ABIY_AR)], []),
    # an apposition (no fatha), a planned or denied meeting: nobody met
    ("وجاء الإعلان عقب لقاء الرئيس الكيني وليام روتو رئيس الحزب الحاكم في نيروبي.", [], []),
    ("ونفى المكتب أي لقاء للرئيس الكيني وليام روتو نظيرَه الأوغندي يويري موسيفيني.", [],
     [MW(RUTO, MUSEVENI_AR)]),
]



# ---- a pronoun partner named earlier in the sentence -----------------------------------------
SAMIA = "person:samia-suluhu-hassan"
PRONOUN_HERE = [
    ("Hours earlier, Kenyan President William Ruto had attended the swearing-in of President "
     "Yoweri Museveni at parliament and then held talks with him.", "en",
     [MW(RUTO, MUSEVENI)], []),
    ("Kenyan President William Ruto congratulated Tanzanian President Samia Suluhu Hassan on "
     "her victory and later met her at State House.", "en", [MW(RUTO, SAMIA)], []),
    ("Kenyan President William Ruto attended the inauguration of Ugandan President Yoweri "
     "Museveni and had a private meeting with him.", "en", [MW(RUTO, MUSEVENI)], []),
    ("وهنأ الرئيس الكيني وليام روتو الرئيسَ الأوغندي يويري موسيفيني بفوزه، ثم التقاه في القصر.",
     "ar", [MW(RUTO, MUSEVENI_AR)], []),
    ("وهنأ الرئيس الكيني وليام روتو الرئيسَ الأوغندي يويري موسيفيني بفوزه، ثم اجتمع به.", "ar",
     [MW(RUTO, MUSEVENI_AR)], []),
    ("وهنأ الرئيس الكيني وليام روتو الرئيس الأوغندي يويري موسيفيني بفوزه، وأجرى معه لاحقاً "
     "محادثات في كمبالا.", "ar", [MW(RUTO, MUSEVENI_AR)], []),
    # a plan, a report, a call, a negation: nobody met
    ("Kenyan President William Ruto congratulated Ugandan President Yoweri Museveni and said he "
     "would meet him soon.", "en", [], [MW(RUTO, MUSEVENI)]),
    ("Kenyan President William Ruto congratulated Ugandan President Yoweri Museveni by phone and "
     "then held talks with him.", "en", [], [MW(RUTO, MUSEVENI)]),
    ("وهنأ الرئيس الكيني وليام روتو الرئيس الأوغندي يويري موسيفيني بفوزه، وأكد أنه سيلتقيه "
     "قريباً.", "ar", [], [MW(RUTO, MUSEVENI_AR)]),
    ("وانتقد الرئيس الكيني وليام روتو الرئيسَ الأوغندي يويري موسيفيني، ثم أجرى معه اتصالاً "
     "هاتفياً.", "ar", [], [MW(RUTO, MUSEVENI_AR)]),
    ("وهنأ الرئيس الكيني وليام روتو الرئيسَ الأوغندي يويري موسيفيني بفوزه، ولم يلتقه منذ سنوات.",
     "ar", [], [MW(RUTO, MUSEVENI_AR)]),
]



# ---- "whom he met", and a relative meeting after a call --------------------------------------
WHOM = [
    ("Kenyan President William Ruto praised Ugandan President Yoweri Museveni, whom he met in "
     "Entebbe on Friday.", "en", [MW(RUTO, MUSEVENI)], []),
    ("Kenyan President William Ruto spoke by phone with Ugandan President Yoweri Museveni, whom "
     "he had met in Entebbe in March.", "en", [MW(RUTO, MUSEVENI)], []),
    ("Kenyan President William Ruto has since spoken by phone with Tanzanian President Samia "
     "Suluhu Hassan, with whom he held talks in Arusha in March.", "en", [MW(RUTO, SAMIA)], []),
    ("وتحدث الرئيس الكيني وليام روتو هاتفياً مع الرئيس الأوغندي يويري موسيفيني، الذي التقاه في "
     "عنتيبي في مارس.", "ar", [MW(RUTO, MUSEVENI_AR)], []),
    ("وأشاد الرئيس الكيني وليام روتو بالرئيس الأوغندي يويري موسيفيني، الذي عقد معه محادثات في "
     "عنتيبي الجمعة.", "ar", [MW(RUTO, MUSEVENI_AR)], []),
    ("وأشاد الرئيس الكيني وليام روتو بالرئيس الأوغندي يويري موسيفيني، الذي اجتمع به في عنتيبي.",
     "ar", [MW(RUTO, MUSEVENI_AR)], []),
    # never met, a future meeting, the relative clause itself a call: nobody met
    ("Kenyan President William Ruto praised Ugandan President Yoweri Museveni, whom he has "
     "never met.", "en", [], [MW(RUTO, MUSEVENI)]),
    ("Kenyan President William Ruto praised Ugandan President Yoweri Museveni, whom he will "
     "meet next week.", "en", [], [MW(RUTO, MUSEVENI)]),
    ("Kenyan President William Ruto spoke by phone with Ugandan President Yoweri Museveni, with "
     "whom he will hold talks next week.", "en", [], [MW(RUTO, MUSEVENI)]),
    ("Kenyan President William Ruto praised Ugandan President Yoweri Museveni, with whom he "
     "spoke by phone on Friday.", "en", [], [MW(RUTO, MUSEVENI)]),
    ("وأشاد الرئيس الكيني وليام روتو بالرئيس الأوغندي يويري موسيفيني، الذي تحدث معه هاتفياً "
     "الجمعة.", "ar", [], [MW(RUTO, MUSEVENI_AR)]),
    ("وأشاد الرئيس الكيني وليام روتو بالرئيس الأوغندي يويري موسيفيني، الذي سيلتقيه الأسبوع "
     "المقبل.", "ar", [], [MW(RUTO, MUSEVENI_AR)]),
]



# ---- "a meeting between him and Y" -----------------------------------------------------------
ROBLE = "person:mohammed-hussein-rubli"
BETWEEN = [
    ("Kenyan President William Ruto arrived in Mogadishu on Sunday. A meeting between him and "
     "Somali Prime Minister Mohamed Hussein Roble lasted three hours.", "en",
     [MW(RUTO, ROBLE)], []),
    ("Somali Prime Minister Mohamed Hussein Roble lobbied hard, and talks between him and Kenyan "
     "President William Ruto in Nairobi ended without agreement.", "en", [MW(RUTO, ROBLE)], []),
    ("وكان رئيس الوزراء الصومالي محمد حسين روبلي قد سعى للبقاء في منصبه، وانتهى لقاء بينه وبين "
     "الرئيس الكيني وليام روتو في نيروبي دون اتفاق.", "ar", [MW(RUTO, ROBLE)], []),
    ("وصل الرئيس الكيني وليام روتو إلى مقديشو الأحد. وعُقد اجتماع مغلق بينه وبين رئيس الوزراء "
     "الصومالي محمد حسين روبلي استمر ثلاث ساعات.", "ar", [MW(RUTO, ROBLE)], []),
    # expected, planned, denied, a call: nobody met
    ("Somali Prime Minister Mohamed Hussein Roble lobbied hard, and a meeting between him and "
     "Kenyan President William Ruto is expected next week.", "en", [], [MW(RUTO, ROBLE)]),
    ("وصل الرئيس الكيني وليام روتو إلى مقديشو الأحد. ومن المقرر عقد لقاء بينه وبين رئيس الوزراء "
     "الصومالي محمد حسين روبلي غداً.", "ar", [], [MW(RUTO, ROBLE)]),
    ("وصل الرئيس الكيني وليام روتو إلى مقديشو الأحد. ونفى مكتبه عقد أي لقاء بينه وبين رئيس "
     "الوزراء الصومالي محمد حسين روبلي.", "ar", [], [MW(RUTO, ROBLE)]),
    ("وصل الرئيس الكيني وليام روتو إلى مقديشو الأحد. وجرى اتصال هاتفي بينه وبين رئيس الوزراء "
     "الصومالي محمد حسين روبلي.", "ar", [], [MW(RUTO, ROBLE)]),
]



# ---- "H brought the two men / A and B together for talks" ------------------------------------
HSM = "person:hassan-sheikh-mohammed"
ABIY = "person:abiy-ahmed"
BROUGHT = [
    ("Kenyan President William Ruto received Somali President Hassan Sheikh Mohamud and "
     "Ethiopian Prime Minister Abiy Ahmed. After separate meetings with each of them, Ruto "
     "brought the two men together at State House for talks that lasted into the night.",
     [MW(RUTO, HSM), MW(RUTO, ABIY), MW(HSM, ABIY)], []),
    ("Kenyan President William Ruto brought Somali President Hassan Sheikh Mohamud and "
     "Ethiopian Prime Minister Abiy Ahmed together for talks in Nairobi.",
     [MW(RUTO, HSM), MW(RUTO, ABIY), MW(HSM, ABIY)], []),
    ("Kenyan President William Ruto brought together Somali President Hassan Sheikh Mohamud and "
     "Ethiopian Prime Minister Abiy Ahmed for a meeting at State House.",
     [MW(RUTO, HSM), MW(HSM, ABIY)], []),
    ("Kenyan President William Ruto received Somali President Hassan Sheikh Mohamud and "
     "Ethiopian Prime Minister Abiy Ahmed. He then brought them together for dinner.",
     [MW(HSM, ABIY)], []),
    # hoped for, future, not a meeting, not a person bringing them: nobody met
    ("Kenyan President William Ruto hopes to bring Somali President Hassan Sheikh Mohamud and "
     "Ethiopian Prime Minister Abiy Ahmed together for talks next month.", [],
     [MW(HSM, ABIY), MW(RUTO, HSM)]),
    ("Kenyan President William Ruto will bring Somali President Hassan Sheikh Mohamud and "
     "Ethiopian Prime Minister Abiy Ahmed together for talks.", [], [MW(HSM, ABIY)]),
    ("Kenyan President William Ruto brought Somali President Hassan Sheikh Mohamud and "
     "Ethiopian Prime Minister Abiy Ahmed together to sign the accord.", [], [MW(HSM, ABIY)]),
    ("Kenyan President William Ruto praised Somali President Hassan Sheikh Mohamud and Ethiopian "
     "Prime Minister Abiy Ahmed. The crisis brought the two men together for talks.", [],
     [MW(RUTO, HSM)]),
]



# ---- "the two heads of state" of the sentence before -----------------------------------------
ERDOGAN = "person:recep-tayyip-erdogan"
ALIYEV = "person:ilham-aliyev"
HEADS_OF = [
    ("Turkish President Recep Tayyip Erdogan arrived in Shusha at the invitation of Azerbaijani "
     "President Ilham Aliyev. The two heads of state held a one-on-one meeting.",
     [MW(ERDOGAN, ALIYEV)], []),
    ("Turkish President Recep Tayyip Erdogan arrived in Baku at the invitation of Azerbaijani "
     "President Ilham Aliyev. The two heads of state then met at the presidential palace.",
     [MW(ERDOGAN, ALIYEV)], []),
    # a call before, a future meeting: nobody met
    ("Turkish President Recep Tayyip Erdogan phoned Azerbaijani President Ilham Aliyev on "
     "Monday. The two heads of state held talks on the peace process.", [],
     [MW(ERDOGAN, ALIYEV)]),
    ("Turkish President Recep Tayyip Erdogan invited Azerbaijani President Ilham Aliyev to "
     "Ankara. The two heads of state will meet next month.", [], [MW(ERDOGAN, ALIYEV)]),
]



# ---- Arabic: "وعقد الزعيمان اجتماعاً" after a sentence naming the two ----------------------------
DUAL_HELD_AR = [
    ("وصل الرئيس التركي رجب طيب أردوغان إلى شوشا بدعوة من الرئيس الأذربيجاني إلهام علييف. وعقد "
     "الزعيمان اجتماعاً ثنائياً.", [MW(ERDOGAN, ALIYEV)], []),
    ("وصل الرئيس التركي رجب طيب أردوغان إلى شوشا بدعوة من الرئيس الأذربيجاني إلهام علييف. وعقد "
     "الرئيسان محادثات مغلقة في القصر.", [MW(ERDOGAN, ALIYEV)], []),
    # after a call, with a third party, never held
    ("اتصل الرئيس التركي رجب طيب أردوغان هاتفياً بالرئيس الأذربيجاني إلهام علييف. وعقد الزعيمان "
     "محادثات حول السلام.", [], [MW(ERDOGAN, ALIYEV)]),
    ("وصل الرئيس التركي رجب طيب أردوغان إلى شوشا بدعوة من الرئيس الأذربيجاني إلهام علييف. وعقد "
     "الزعيمان اجتماعاً مع رئيس الوزراء الأرميني نيكول باشينيان.", [], [MW(ERDOGAN, ALIYEV)]),
    ("دعا الرئيس التركي رجب طيب أردوغان الرئيس الأذربيجاني إلهام علييف إلى أنقرة. ولم يعقد "
     "الزعيمان اجتماعاً منذ أشهر.", [], [MW(ERDOGAN, ALIYEV)]),
]



# ---- "Five days later, Y received him": the previous sentence's subject ----------------------
PRIGOZHIN = "person:yevgeny-prigozhin"
PUTIN = "person:vladimir-putin"
OPENING = [
    ("Wagner chief Yevgeny Prigozhin led the mutiny. Five days later, President Vladimir Putin "
     "received him and 34 Wagner commanders for a three-hour meeting.", "en",
     [MW(PUTIN, PRIGOZHIN)], []),
    ("Wagner chief Yevgeny Prigozhin led the mutiny. On Thursday, the Kremlin said, President "
     "Vladimir Putin received him.", "en", [MW(PUTIN, PRIGOZHIN)], []),
    ("وقاد قائد فاغنر يفغيني بريغوجين التمرد. وبعد خمسة أيام، استقبله الرئيس فلاديمير بوتين في "
     "الكرملين.", "ar", [MW(PUTIN, PRIGOZHIN)], []),
    # refused, a call, a future reception: nobody met
    ("Wagner chief Yevgeny Prigozhin led the mutiny. Five days later, President Vladimir Putin "
     "refused to receive him.", "en", [], [MW(PUTIN, PRIGOZHIN)]),
    ("Wagner chief Yevgeny Prigozhin led the mutiny. Five days later, President Vladimir Putin "
     "called him.", "en", [], [MW(PUTIN, PRIGOZHIN)]),
    ("Wagner chief Yevgeny Prigozhin led the mutiny. Five days later, President Vladimir Putin "
     "will receive him.", "en", [], [MW(PUTIN, PRIGOZHIN)]),
]



# ---- a welcome ceremony for "him": the visitor named before ----------------------------------
CEREMONY = [
    ("وصل الرئيس التركي رجب طيب أردوغان إلى باكو في زيارة دولة، حيث أقام له نظيره الأذربيجاني "
     "إلهام علييف مراسم استقبال رسمية.", "ar", [MW(ERDOGAN, ALIYEV)], []),
    ("وصل الرئيس التركي رجب طيب أردوغان إلى باكو، وأقام الرئيس الأذربيجاني إلهام علييف مراسم "
     "استقبال رسمية له.", "ar", [MW(ERDOGAN, ALIYEV)], []),
    ("Turkish President Recep Tayyip Erdogan arrived in Baku on a state visit, where Azerbaijani "
     "President Ilham Aliyev held an official welcome ceremony for him.", "en",
     [MW(ERDOGAN, ALIYEV)], []),
    # planned, negated: nobody met
    ("يصل الرئيس التركي رجب طيب أردوغان إلى باكو غداً، حيث سيقيم له الرئيس الأذربيجاني إلهام "
     "علييف مراسم استقبال رسمية.", "ar", [], [MW(ERDOGAN, ALIYEV)]),
    ("Turkish President Recep Tayyip Erdogan will arrive in Baku on Monday, where Azerbaijani "
     "President Ilham Aliyev will hold an official welcome ceremony for him.", "en", [],
     [MW(ERDOGAN, ALIYEV)]),
]


def _with_lang(cases: list, lang: str) -> list:
    return [(text, lang, must, must_not) for text, must, must_not in cases]


CASES = (_with_lang(ACCUSATIVE_AR, "ar") + PRONOUN_HERE + WHOM + BETWEEN +
         _with_lang(BROUGHT, "en") + _with_lang(HEADS_OF, "en") +
         _with_lang(DUAL_HELD_AR, "ar") + OPENING + CEREMONY)


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), CASES)
def test_meetnoun(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:60], must, must_not)
