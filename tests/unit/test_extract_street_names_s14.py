"""A street, square or bridge named after a country or city ("شارع فلسطين", "Palestine Street",
"ساحة الأندلس", "Haifa Street") is a place of its own, with one id in both scripts, and never the
country: "غارة قرب شارع فلسطين قتلت X" was a killing by Palestine (session 14, batch DA-DC). Our
own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import AB, assert_relations, named_surfaces

SAIDI, US, PALESTINE = ("person:mushtaq-taleb-al-saidi", "country:united-states",
                        "country:palestine")
STREET, SQUARE = "location:palestine-street", "location:palestine-square"


# (name, text, lang, surface, id)
PLACES = [
 ("ar_street", "قتلت غارة أميركية قرب شارع فلسطين في بغداد مشتاق طالب السعيدي.", "ar",
  "شارع فلسطين", STREET),
 ("ar_street_clitic", "وانفجرت عبوة بشارع فلسطين صباح اليوم.", "ar", "بشارع فلسطين", STREET),
 ("ar_square", "تجمع المتظاهرون في ساحة فلسطين وسط بغداد.", "ar", "ساحة فلسطين", SQUARE),
 ("en_street", "A U.S. strike near Palestine Street in Baghdad killed Mushtaq Taleb al-Saidi.",
  "en", "Palestine Street", STREET),
 ("en_square", "Protesters gathered in Palestine Square on Friday.", "en", "Palestine Square",
  SQUARE),
]


@pytest.mark.parametrize("name,text,lang,surface,eid", PLACES, ids=[c[0] for c in PLACES])
def test_street_named_after_a_country(ex, name, text, lang, surface, eid):
    got = named_surfaces(text, ex.extract(text, lang=lang))
    assert PALESTINE not in got, f"{name}: the street is no country: {got}"
    assert any(surface.endswith(s) or s.endswith(surface[1:]) for s in got.get(eid, [])), \
        f"{name}: {surface!r} not {eid}: {got}"


def test_killing_near_the_street_is_by_its_agent_not_the_country(ex):
    text = "وجاءت الضربة بعد غارة أميركية قرب شارع فلسطين قتلت مشتاق طالب السعيدي."
    assert_relations(ex.extract(text, lang="ar"), "ar_kill", [AB(SAIDI, US)],
                     [AB(SAIDI, PALESTINE)])


# negatives: the country itself, and "street" as a plain noun
NEGATIVES = [
 ("ar_country", "وصل الوفد إلى فلسطين أمس.", "ar"),
 ("en_country", "The delegation travelled to Palestine on Monday.", "en"),
 ("en_lowercase_street", "Palestine street protests grew on Monday.", "en"),
]


@pytest.mark.parametrize("name,text,lang", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_country_stays_a_country(ex, name, text, lang):
    assert PALESTINE in named_surfaces(text, ex.extract(text, lang=lang)), name
