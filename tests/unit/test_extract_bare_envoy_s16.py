"""Wrong node: "the envoy" / "المبعوث" with no nationality, after a sentence about the
predecessors, is the envoy the article is about (named first), not whichever former envoy
was named last. Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

GRUNDBERG, GRIFFITHS = "person:hans-grundberg", "person:martin-griffiths"
OULD, ABDULSALAM = "person:ismail-ould-cheikh-ahmed", "person:mohammed-abdulsalam"
ALIMI, PEDERSEN = "person:rashad-al-alimi", "person:geir-pedersen"


# (name, text, lang, must, must_not)
CASES = [
 ("en_predecessors_named_since",
  "Hans Grundberg, the Swedish diplomat who took over from Martin Griffiths, flew to Muscat "
  "on Sunday. Griffiths had in turn replaced Ismail Ould Cheikh Ahmed. On Monday the envoy "
  "held talks with Mohammed Abdulsalam.", "en",
  [MW(GRUNDBERG, ABDULSALAM)], [MW(OULD, ABDULSALAM), MW(GRIFFITHS, ABDULSALAM)]),
 ("en_predecessor_praised",
  "Hans Grundberg began a regional tour in Riyadh on Sunday. Grundberg had praised his "
  "predecessor, Ismail Ould Cheikh Ahmed, in a speech. In Aden, the envoy met Rashad "
  "al-Alimi.", "en", [MW(GRUNDBERG, ALIMI)], [MW(OULD, ALIMI)]),
 ("en_envoy_received_passive",
  "Hans Grundberg flew to Muscat on Tuesday. He is the third envoy since Ismail Ould Cheikh "
  "Ahmed left the post. The envoy was received by Mohammed Abdulsalam.", "en",
  [MW(GRUNDBERG, ABDULSALAM)], [MW(OULD, ABDULSALAM)]),
 ("ar_envoy_object",
  "بدأ هانس غروندبرغ جولة في الرياض. وكان غروندبرغ قد خلف مارتن غريفيث الذي حل محل إسماعيل "
  "ولد الشيخ أحمد. واستقبل رشاد العليمي المبعوث في عدن.", "ar",
  [MW(ALIMI, GRUNDBERG)], [MW(ALIMI, OULD), MW(ALIMI, GRIFFITHS)]),
 ("ar_envoy_subject",
  "وصل هانس غروندبرغ إلى مسقط الأحد. وقال إن سلفه إسماعيل ولد الشيخ أحمد واجه صعوبات. "
  "والتقى المبعوث، الاثنين، محمد عبد السلام.", "ar",
  [MW(GRUNDBERG, ABDULSALAM)], [MW(OULD, ABDULSALAM)]),
 # one envoy named: he is the envoy; an envoy met by name is no self-meeting
 ("en_one_envoy", "Geir Pedersen arrived in Damascus on Sunday. The envoy met the foreign "
  "minister, Asaad al-Shaibani.", "en", [MW(PEDERSEN, "person:asaad-al-shaibani")], []),
 ("en_named_partner", "Hans Grundberg flew to Muscat. There the envoy met Ismail Ould Cheikh "
  "Ahmed, his predecessor.", "en", [MW(GRUNDBERG, OULD)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_bare_envoy(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
