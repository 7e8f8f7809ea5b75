"""Wrong nodes: a description used in place of a name ("the envoy", "the UN envoy", "the
Houthis' ambassador", "the general", "the premier") is never a known person whose gazetteer
entry gives him another kind of post or another body; with no such person around it stays
unlinked rather than take whoever was named last. "the general" after "Gen. X" is X; "then"
after a title is an adverb, not "then-general"; "the General Assembly" is a body. Our own
sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import named_surfaces

FUAD, AMIRI = "person:fuad-hussein", "person:hadi-al-amiri"
ABDULSALAM, ALIMI = "person:mohammed-abdulsalam", "person:rashad-al-alimi"
GRUNDBERG, ZARIF = "person:hans-grundberg", "person:mohammad-javad-zarif"
KURILLA, SUDANI = "person:michael-kurilla", "person:mohammed-shia-al-sudani"
NECHIRVAN, QAANI = "person:nechirvan-barzani", "person:esmail-qaani"
SOLEIMANI, PEDERSEN = "person:qasem-soleimani", "person:geir-pedersen"


def _surfaces_of(ex, text: str, lang: str, eid: str) -> list[str]:
    return [s.lower() for s in named_surfaces(text, ex.extract(text, lang=lang)).get(eid, [])]


# (name, text, lang, person, description word that must not be his)
NOT_HIS = [
 ("envoy_not_foreign_minister",
  "Foreign Minister Fuad Hussein spoke to reporters on Sunday. The envoy later met Hadi "
  "al-Amiri in Baghdad.", "en", FUAD, "envoy"),
 ("un_envoy_not_houthi",
  "Mohammed Abdulsalam spoke in Muscat on Monday. The UN envoy later held talks with Rashad "
  "al-Alimi.", "en", ABDULSALAM, "envoy"),
 ("diplomat_not_negotiator",
  "Mohammed Abdulsalam told reporters the talks would go on. The diplomat then met Rashad "
  "al-Alimi in Aden.", "en", ABDULSALAM, "diplomat"),
 ("houthis_ambassador_not_iranian_minister",
  "Mohammad Javad Zarif flew to Muscat. Later the Houthis' ambassador arrived in Tehran.",
  "en", ZARIF, "ambassador"),
 ("general_not_region_president",
  "Nechirvan Barzani spoke on Monday. The general met Hadi al-Amiri later that day.", "en",
  NECHIRVAN, "general"),
 ("general_not_secretary_general_named_since",
  "Esmail Qaani flew to Beirut. Qaani took over from Qasem Soleimani after the general "
  "was killed in a US strike.", "en", QAANI, "general"),
 ("ar_envoy_not_foreign_minister",
  "تحدث وزير الخارجية فؤاد حسين للصحفيين الأحد. وقال إن المبعوث سيصل غداً إلى بغداد.", "ar",
  FUAD, "المبعوث"),
 ("general_assembly_is_a_body",
  "Rashad al-Alimi flew to New York on Monday. He addressed the General Assembly on "
  "Tuesday.", "en", ALIMI, "general"),
]


@pytest.mark.parametrize("name,text,lang,eid,word", NOT_HIS, ids=[c[0] for c in NOT_HIS])
def test_description_is_not_him(ex, name, text, lang, eid, word):
    got = _surfaces_of(ex, text, lang, eid)
    assert not any(word in s for s in got), f"{name}: {got}"


# (name, text, lang, person, description word that is his)
HIS = [
 ("general_after_gen_abbreviation",
  "Gen. Michael Kurilla met Mohammed Shia al-Sudani in Baghdad. The general then flew to "
  "Erbil.", "en", KURILLA, "general"),
 ("swedish_envoy_is_the_un_envoy",
  "Hans Grundberg met Mohammed Abdulsalam in Muscat. The UN envoy is expected in Aden "
  "next week.", "en", GRUNDBERG, "envoy"),
 ("envoy_of_un_fits",
  "Geir Pedersen arrived in Damascus on Sunday. The envoy told reporters he was hopeful.",
  "en", PEDERSEN, "envoy"),
]


@pytest.mark.parametrize("name,text,lang,eid,word", HIS, ids=[c[0] for c in HIS])
def test_description_is_him(ex, name, text, lang, eid, word):
    got = _surfaces_of(ex, text, lang, eid)
    assert any(word in s for s in got), f"{name}: {got}"
