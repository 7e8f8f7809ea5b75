"""English people the gazetteer does not know, found by probing (session 20, ``proben``).
Our own sentences from many regions, not taken from any dev set.

``subject_names_en``: an unknown name opening a sentence before a person's news verb other
than "met" ("X Y held talks with", "X Y also thanked"). Negatives: a run of title or group
words ("Defence Secretary held ...", "Tribal Elders held ...") is no person.

``mention_runs_en._syllable_after_hyphen``: a romanised Korean given name keeps its lower-case
syllable after the hyphen ("Park Ji-hoon", "Choi Min-ho"), not "Kim Sung" alone. Negatives:
"Hamas-run", "Iran-backed" after a capitalised word stay outside a name.

``lexicon`` titles: "Mullah" is a style before one name as "Sheikh" ("Mullah Yaqoob met ...");
negatives: the lower-case "the local mullah" makes no new person, "Mullah Bakhtiar" stays the
known man.

``subject_names_en.opening_possessor``: "Imran Khan's aide X ...", "Sirajuddin Haqqani's brother
X ..." opening a sentence: the owner is a person too; negative: not before a noun a body has
("Kataib Gharbi's spokesman").

``mention_runs_en._cap_run``: a name may end in the family name "Sen" ("Hun Sen", "Amartya Sen");
negative: "Sen. Lindsey Graham" keeps "Sen." a title outside the name.
"""

import pytest

from tests.extract_support import MW, SO, assert_relations, people_and_core_relations

HAQQANI, ZHANG = "person:sirajuddin-haqqani", "person:zhang-wei"
OKAFOR, OGUNLESI = "person:chukwuemeka-okafor", "person:adebayo-ogunlesi"
YILMAZ, NAZAROV = "person:mehmet-yilmaz", "person:rustam-nazarov"

# (name, text, must, must_not)
CASES = [
 ("held_talks_envoy", "Sirajuddin Haqqani held talks with Zhang Wei, China's envoy, in Kabul.",
  [MW(HAQQANI, ZHANG)], []),
 ("held_talks_african", "Chukwuemeka Okafor held talks with Adebayo Ogunlesi in Abuja. Okafor "
  "said the talks were useful.", [MW(OKAFOR, OGUNLESI)], []),
 ("held_talks_turkic", "Mehmet Yilmaz held talks with Rustam Nazarov, Tajikistan's foreign "
  "minister, in Dushanbe.", [MW(YILMAZ, NAZAROV)], []),
 ("korean_met", "Park Ji-hoon met Kim Sung-min in Seoul on Tuesday.",
  [MW("person:park-ji-hoon", "person:kim-sung-min")], []),
 ("korean_succeeded", "Lee Jae-won succeeded Choi Min-ho as defence minister.",
  [SO("person:lee-jae-won", "person:choi-min-ho")], []),
 ("korean_titled", "Unification Minister Han Dong-gu held talks with Chinese envoy Zhang Wei.",
  [MW("person:han-dong-gu", ZHANG)], []),
 ("also_held", "Rain fell in Abuja. Chukwuemeka Okafor also held talks with Adebayo Ogunlesi "
  "there on Friday.", [MW(OKAFOR, OGUNLESI)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_probe_relations(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)


@pytest.mark.parametrize("text,surface", [
    ("Sirajuddin Haqqani spoke to reporters in Kabul on Monday.", "Sirajuddin Haqqani"),
    ("Chukwuemeka Okafor later thanked the delegation.", "Chukwuemeka Okafor"),
    ("Park Ji-hoon met Kim Sung-min in Seoul.", "Kim Sung-min"),
    ("Foreign Minister Choe Son-hui spoke by phone with Zhang Wei.", "Choe Son-hui"),
])
def test_person_found(ex, text, surface) -> None:
    people, _ = people_and_core_relations(ex, text, "en")
    assert any(surface in surfaces for surfaces in people.values()), people


@pytest.mark.parametrize("text,word", [
    ("Defence Secretary held talks with Zhang Wei in Beijing.", "Secretary"),
    ("Tribal Elders held talks with Zhang Wei in Kabul.", "Elders"),
    ("Local Officials also urged calm in Kabul.", "Officials"),
])
def test_opening_not_person(ex, text, word) -> None:
    people, _ = people_and_core_relations(ex, text, "en")
    assert not any(word in s for surfaces in people.values() for s in surfaces), people


@pytest.mark.parametrize("text", [
    "The Hamas-run health ministry said Zhang Wei met Park Ji-hoon.",
    "Local Iran-backed fighters met Zhang Wei, Park Ji-hoon said.",
])
def test_hyphen_word_not_name(ex, text) -> None:
    people, _ = people_and_core_relations(ex, text, "en")
    assert not any("-run" in s or "-backed" in s for v in people.values() for s in v), people


MUNIR, YAQOOB = "person:asim-munir", "person:mohammad-yaqoob"  # known since s43


@pytest.mark.parametrize("name,text,must", [
    ("mullah_opens", "Mullah Yaqoob met Pakistani Army Chief Asim Munir in Rawalpindi. Yaqoob "
     "later returned to Kandahar.", [MW(YAQOOB, MUNIR)]),
    ("mullah_object", "Asim Munir held talks with Mullah Yaqoob in Kabul.", [MW(YAQOOB, MUNIR)]),
    ("mullah_killed", "Mullah Yaqoob was killed in a drone strike by US forces near Khost.",
     [("ASSASSINATED_BY", YAQOOB, "country:united-states")]),
])
def test_mullah_one_name(ex, name, text, must) -> None:
    assert_relations(ex.extract(text, lang="en"), name, must, [])


def test_mullah_lower_and_known(ex) -> None:
    text = "Mullah Bakhtiar met Asim Munir in Sulaimaniyah. The local mullah met Asim Munir too."
    people, _ = people_and_core_relations(ex, text, "en")
    assert "person:mala-bakhtiar" in people
    assert not any(pid.endswith("mullah") or pid.endswith("-local") for pid in people), people


@pytest.mark.parametrize("name,text,must", [
    ("sen_succeeded", "Hun Manet succeeded Hun Sen as prime minister of Cambodia.",
     [SO("person:hun-manet", "person:hun-sen")]),
    ("sen_met", "Amartya Sen met Zhang Wei in Kolkata on Monday.", [MW("person:amartya-sen", ZHANG)]),
])
def test_sen_family_name(ex, name, text, must) -> None:
    assert_relations(ex.extract(text, lang="en"), name, must, [])


def test_sen_title_kept_out(ex) -> None:
    people, _ = people_and_core_relations(
        ex, "Republican Sen. Lindsey Graham met Zhang Wei in Washington.", "en")
    assert not any("Sen" in s for v in people.values() for s in v), people


@pytest.mark.parametrize("text,surface", [
    ("Imran Khan's aide Shahbaz Gill met Maryam Nawaz in Lahore.", "Imran Khan"),
    ("Sirajuddin Haqqani's brother Anas Haqqani was killed in a drone strike by US forces.",
     "Sirajuddin Haqqani"),
])
def test_possessor_found(ex, text, surface) -> None:
    people, _ = people_and_core_relations(ex, text, "en")
    assert any(surface in surfaces for surfaces in people.values()), people


def test_possessor_body_noun(ex) -> None:
    people, _ = people_and_core_relations(
        ex, "Kataib Gharbi's spokesman said Zhang Wei met Park Ji-hoon.", "en")
    assert not any("Gharbi" in s for v in people.values() for s in v), people
