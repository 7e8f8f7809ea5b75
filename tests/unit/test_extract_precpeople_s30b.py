"""Session 30, second round (precpeople): Gulf given names that could not open an Arabic
name, so its first word was cut and the rest resolved to someone else.

"بتعيين الأستاذ سالم صالح بن بريك ... خلفاً للدكتور أحمد عوض بن مبارك" gave a person "صالح
بن بريك" (a false successor, the right one missed): سالم, like سعود، حمود، مبارك, was known to
the rules only as a father's name with al- (الجابر، السالم). They are weak given names now (also
ordinary words: they open a name only before another name word), and the bare "سالم" of a new
name is not read as the short form of a known al-Salem named before. English writes these
names with capitals, which the rules already take: the cases are Arabic only."""

from __future__ import annotations

from tests.extract_support import SO, assert_relations, people_and_core_relations

BIN_BREIK = "person:salem-bin-breik"
BIN_MUBARAK = "person:ahmed-awad-bin-mubarak"
AOUN = "person:joseph-aoun"
SALEM_AL_JABER = "person:salem-abdullah-al-jaber-al-sabah"
SABAH_AL_SALEM = "person:mohammad-sabah-al-salem-al-sabah"
AL_YAHYA = "person:abdullah-al-yahya"


def test_salem_opens_the_successors_name(ex) -> None:
    text = ("أصدر رئيس مجلس القيادة الرئاسي الدكتور رشاد محمد العليمي، اليوم السبت، قراراً "
            "بتعيين الأستاذ سالم صالح بن بريك رئيساً لمجلس الوزراء خلفاً للدكتور أحمد عوض "
            "بن مبارك.")
    doc = ex.extract(text, lang="ar")
    assert_relations(doc, "bin Breik", [SO(BIN_BREIK, BIN_MUBARAK)], [])
    people = {e["id"] for e in doc["entities"] if e["type"] == "Person"}
    assert "person:salih-breik" not in people, people


def test_new_person_with_gulf_given_name_is_found(ex) -> None:
    text = "التقى الرئيس جوزاف عون في قصر بعبدا اليوم سالم خالد العمري."
    people, core = people_and_core_relations(ex, text, "ar")
    new = [p for p, surf in people.items() if "سالم خالد العمري" in surf]
    assert new, people
    assert ("MET_WITH", AOUN, new[0]) in core or ("MET_WITH", new[0], AOUN) in core, core


def test_bare_given_name_is_not_an_earlier_al_family_name(ex) -> None:
    text = ("وكان سمو الأمير قد كلّف الشيخ أحمد العبدالله برئاسة الحكومة خلفاً للشيخ محمد صباح "
            "السالم، فيما تولى عبدالله اليحيا حقيبة الخارجية في كانون الثاني خلفاً للشيخ سالم "
            "عبدالله الجابر.")
    people, core = people_and_core_relations(ex, text, "ar")
    assert "سالم" not in people.get(SABAH_AL_SALEM, []), people
    assert ("SUCCESSOR_OF", AL_YAHYA, SALEM_AL_JABER) in core, core
    assert ("SUCCESSOR_OF", AL_YAHYA, SABAH_AL_SALEM) not in core, core


def test_ordinary_word_salem_makes_no_person(ex) -> None:
    text = "استقبل الرئيس جوزاف عون وفداً نيابياً، وأكد أن لبنان سالم من أي خطر."
    people, _core = people_and_core_relations(ex, text, "ar")
    assert set(people) == {AOUN}, people
