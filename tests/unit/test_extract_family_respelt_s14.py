"""A lone family name spelt another way than the gazetteer lists it ("Barazani", "بارازاني") is
the person the article has named with that family name, not another bearer of it the gazetteer
knows (session 14, batch DA-DC). Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations, person_surfaces

MASROUR, NECHIRVAN = "person:masrour-barzani", "person:nechirvan-barzani"
SIRWAN, AMIRI = "person:sirwan-barzani", "person:hadi-al-amiri"
KHAMENEI, SUDANI = "person:ali-khamenei", "person:mohammed-shia-al-sudani"


# (name, text, lang, lone surface, id, partner of the meeting)
CASES = [
 ("en_next_sentence",
  "Kurdistan Region Prime Minister Masrour Barazani arrived in Baghdad on Sunday. "
  "Barazani later met Hadi al-Amiri.", "en", "Barazani", MASROUR, AMIRI),
 ("en_other_barzani",
  "Nechirvan Barazani, the region's president, flew to Tehran. There Barazani met Ali "
  "Khamenei.", "en", "Barazani", NECHIRVAN, KHAMENEI),
 ("en_same_sentence",
  "The region's president Nechirvan Barazany flew to Tehran, where Barazany met Ali Khamenei.",
  "en", "Barazany", NECHIRVAN, KHAMENEI),
 ("ar_next_sentence",
  "وصل رئيس حكومة الإقليم مسرور بارازاني إلى بغداد الأحد. والتقى بارازاني رئيس الوزراء محمد "
  "شياع السوداني.", "ar", "بارازاني", MASROUR, SUDANI),
]


@pytest.mark.parametrize("name,text,lang,surface,eid,partner", CASES, ids=[c[0] for c in CASES])
def test_lone_respelt_family_name_is_the_named_person(ex, name, text, lang, surface, eid,
                                                        partner):
    doc = ex.extract(text, lang=lang)
    got = person_surfaces(doc, text)
    assert got.get(surface) == eid, f"{name}: {surface!r} -> {got.get(surface)}"
    assert_relations(doc, name, [MW(eid, partner)], [MW(SIRWAN, partner)])


def test_without_a_named_bearer_the_gazetteer_answer_stays(ex):
    # negative: no Barzani named before, so nothing to prefer
    text = "Barazani met Hadi al-Amiri in Baghdad."
    got = person_surfaces(ex.extract(text, lang="en"), text)
    assert got.get("Barazani") not in (MASROUR, NECHIRVAN)


def test_exact_spelling_still_links_as_before(ex):
    text = "Prime Minister Masrour Barzani arrived in Baghdad. Barzani later met Hadi al-Amiri."
    assert person_surfaces(ex.extract(text, lang="en"), text)["Barzani"] == MASROUR
