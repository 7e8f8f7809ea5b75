"""blind70j (session 70): the heads of two delegations named together after one "headed by" /
«برئاسة» met each other (``meeting_dual_delegations``). Our own sentences, not taken from any
test or dev set.

- «استقبل X وفدَي A وB برئاسة P وQ», «بين الوفدين برئاسة P وQ», "received the two delegations,
  headed by P and Q": P-Q (the host with each as before);
- the host of «استقبل / التقى X وفدي ... برئاسة P وQ» met P and Q (the dual noun read as a
  delegation word in ``meetings_ar``), not the movements named after the noun;
- Negatives: a planned or negated reception, delegations received apart («كلٌّ على حدة»,
  "separately"), one head only, a second person not joined by «و» / "and".

VISITED (``places._visited_rules``): «زيارة مرتقبة / مقررة / محتملة لـX إلى Y» is a visit to
come, no VISITED; a visit made and called long-awaited still is one. "a visit by X to Y was
postponed / was called off / \"is not ruled out\"": no VISITED; "a visit by X to Y was the first in
a decade" still is one.
"""

import pytest

from tests.extract_support import MW, assert_relations

KAMEL, HAYYA, AHMAD, RAJOUB = ("person:abbas-kamel", "person:khalil-al-hayya", "person:azzam-al-ahmad",
                               "person:jibril-rajoub")
FIDAN, LAVROV, SAFADI, ABDELATTY = ("person:hakan-fidan", "person:sergei-lavrov", "person:ayman-safadi",
                                    "person:badr-abdelatty")

ERDOGAN, BAGHDAD = "person:recep-tayyip-erdogan", "location:baghdad"

# (name, lang, text, must, must_not)
CASES = [
 ("ar_received_dual", "ar", "استقبل رئيس المخابرات المصرية اللواء عباس كامل، مساء الأحد في القاهرة، "
  "وفدي حركتي فتح وحماس، برئاسة عضو اللجنة المركزية لفتح عزام الأحمد ونائب رئيس المكتب السياسي لحماس "
  "خليل الحية.", [MW(AHMAD, HAYYA), MW(KAMEL, AHMAD), MW(KAMEL, HAYYA)], []),
 ("ar_met_dual_host", "ar", "والتقى وزير الخارجية التركي هاكان فيدان في أنقرة الوفدين، برئاسة عزام الأحمد "
  "وخليل الحية، وبحث معهما المصالحة.", [MW(FIDAN, AHMAD), MW(FIDAN, HAYYA)], []),
 ("ar_between_dual", "ar", "وجرت المحادثات في أنقرة بين الوفدين، برئاسة وزير الخارجية التركي هاكان فيدان "
  "ونظيره الروسي سيرغي لافروف، واستمرت ثلاث ساعات.", [MW(FIDAN, LAVROV)], []),
 ("ar_plural_clitic", "ar", "واستضاف الأردن أمس جولة جديدة من المشاورات، حضرتها الوفود برئاسة وزير "
  "الخارجية أيمن الصفدي ووزير الخارجية المصري بدر عبد العاطي.", [MW(SAFADI, ABDELATTY)], []),
 ("en_received_delegations", "en", "The Egyptian intelligence chief, Abbas Kamel, received the Fatah and "
  "Hamas delegations, headed by Azzam al-Ahmad and Khalil al-Hayya, in Cairo on Sunday.",
  [MW(AHMAD, HAYYA)], []),
 # negatives
 ("ar_planned", "ar", "ومن المقرر أن يستقبل اللواء عباس كامل الأسبوع المقبل وفدي فتح وحماس برئاسة عزام "
  "الأحمد وخليل الحية.", [], [MW(AHMAD, HAYYA)]),
 ("ar_apart", "ar", "واستقبل اللواء عباس كامل وفدي فتح وحماس برئاسة عزام الأحمد وخليل الحية، كلاً على "
  "حدة، في مقر الجهاز.", [], [MW(AHMAD, HAYYA)]),
 ("ar_not_joined", "ar", "واستقبل اللواء عباس كامل وفدي فتح وحماس برئاسة عزام الأحمد. وقال خليل الحية "
  "إن الحركة متمسكة بالورقة المصرية.", [], [MW(AHMAD, HAYYA)]),
 ("ar_one_head", "ar", "والتقى عباس كامل الوفدين برئاسة عزام الأحمد، فيما غاب جبريل الرجوب عن الاجتماع.",
  [], [MW(AHMAD, RAJOUB)]),
 ("en_separately", "en", "Abbas Kamel received the Fatah and Hamas delegations, headed by Azzam al-Ahmad and "
  "Khalil al-Hayya, separately on Sunday.", [], [MW(AHMAD, HAYYA)]),
 ("ar_visit_awaited", "ar", "وتحدثت صحف تركية عن زيارة مرتقبة للرئيس رجب طيب أردوغان إلى بغداد بعد "
  "عطلة العيد.", [], [("VISITED", ERDOGAN, BAGHDAD)]),
 ("ar_visit_scheduled", "ar", "وأعلنت الخارجية عن زيارة مقررة لوزير الخارجية هاكان فيدان إلى بغداد الشهر "
  "المقبل.", [], [("VISITED", FIDAN, BAGHDAD)]),
 ("ar_visit_made", "ar", "ووصل وزير الخارجية التركي هاكان فيدان إلى بغداد، أمس، في زيارة مرتقبة منذ أشهر.",
  [("VISITED", FIDAN, BAGHDAD)], []),
 ("ar_visit_official", "ar", "وبدأ الرئيس التركي رجب طيب أردوغان زيارة رسمية إلى بغداد، الاثنين.",
  [("VISITED", ERDOGAN, BAGHDAD)], []),
 ("en_visit_not_ruled_out", "en", "Aides said a visit by President Recep Tayyip Erdogan to Baghdad \"was "
  "not ruled out\" before the end of the year.", [], [("VISITED", ERDOGAN, BAGHDAD)]),
 ("en_visit_called_off", "en", "A visit by Foreign Minister Hakan Fidan to Baghdad was called off after the "
  "attack.", [], [("VISITED", FIDAN, BAGHDAD)]),
 ("en_visit_postponed", "en", "A visit by Hakan Fidan to Baghdad has been postponed, the ministry said.",
  [], [("VISITED", FIDAN, BAGHDAD)]),
 ("en_visit_made", "en", "A visit by President Erdogan to Baghdad was the first in a decade.",
  [("VISITED", ERDOGAN, BAGHDAD)], []),
 ("en_not_received", "en", "Abbas Kamel did not receive the two delegations, led by Azzam al-Ahmad and "
  "Khalil al-Hayya, on Sunday.", [], [MW(AHMAD, HAYYA)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_blind70j(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
