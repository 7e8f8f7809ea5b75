"""SUCCESSOR_OF, Arabic: the predecessor named after a kin word, past a title or the pious
formula («خلفاً لوالده المغفور له Y»، «خلفاً لشقيقها الرئيس الراحل Y»), read once by
``succession_kin_pred_ar.kin_named_after_ar`` since review70 (session 70's agents70 and seen70
had each read it). Our own sentences and names; a negative: a name after a comma is no
predecessor.
"""

import pytest

from tests.extract_support import assert_relations

SUCC = "SUCCESSOR_OF"
FAISAL, SAUD = "person:faisal-al-nasser", "person:saud-al-nasser"

# (name, lang, text, must, must_not)
CASES = [
 ("daughter_forgiven_ar", "ar", "تولت الشيخة سلمى الراشد رئاسة المجلس خلفاً لأبيها المغفور له "
  "بإذن الله الشيخ حمد الراشد.", [(SUCC, "person:salma-al-rashid", "person:hamad-al-rashid")], []),
 ("grandson_forgiven_ar", "ar", "أدى الأمير فيصل الناصر اليمين حاكماً للإقليم خلفاً لجده المغفور "
  "له الأمير سعود الناصر.", [(SUCC, FAISAL, SAUD)], []),
 ("son_forgiven_taala_ar", "ar", "أدى الأمير فيصل الناصر اليمين حاكماً للإقليم خلفاً لوالده "
  "المغفور له بإذن الله تعالى الأمير سعود الناصر.", [(SUCC, FAISAL, SAUD)], []),
 ("sister_titled_ar", "ar", "انتخبت النائبة هدى الخطيب رئيسة للحزب خلفاً لشقيقها الرئيس الراحل "
  "كمال الخطيب.", [(SUCC, "person:hada-al-khatib", "person:kamal-al-khatib")], []),
 ("kin_then_comma_ar", "ar", "أدى الأمير فيصل الناصر اليمين حاكماً للإقليم خلفاً لوالده، وحضر "
  "المراسم الأمير سعود الناصر.", [], [(SUCC, FAISAL, SAUD)]),
]


@pytest.mark.parametrize(("name", "lang", "text", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_review70(shipped, name, lang, text, must, must_not) -> None:
    assert_relations(shipped.extract(text, lang=lang), name, must, must_not)
