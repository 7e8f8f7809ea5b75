"""Session 44 (topic deleg): the head of a received delegation met the members named with
him ("استقبل X وفداً برئاسة A، ضمّ B وC": A-B, A-C; not B-C), with sentences written for these
tests (other people and word orders than the dev pieces)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import MW, assert_relations

HEAD_MEMBERS = [
    # a received delegation: head after برئاسة, two members after ضمّ; the members not paired
    ("استقبل وزير الخارجية التركي هاكان فيدان، الأحد في أنقرة، وفداً من حركة حماس برئاسة "
     "رئيس مجلس الشورى محمد درويش، ضمّ القيادي زاهر جبارين والقيادي خليل الحية.",
     [MW("person:mohammed-darwish", "person:zaher-jabarin"),
      MW("person:khalil-al-hayya", "person:mohammed-darwish"),
      MW("person:hakan-fidan", "person:zaher-jabarin")],
     [MW("person:khalil-al-hayya", "person:zaher-jabarin")]),
    # "يقوده A، يضم B" with the host before the delegation
    ("التقى رئيس الوزراء القطري محمد بن عبدالرحمن آل ثاني وفداً من حركة فتح يقوده محمود "
     "العالول، يضم جبريل الرجوب، في الدوحة.",
     [MW("person:jibril-rajoub", "person:mahmoud-al-aloul")], []),
]

HEAD_MEMBERS_NOT = [
    # two delegations met one after the other: the second one's member is not the first's
    ("اجتمع هاكان فيدان بوفد حماس برئاسة خليل الحية، ثم بالوفد المصري الذي ضم حسن رشاد.",
     [], [MW("person:hassan-rashad", "person:khalil-al-hayya")]),
    # a delegation arriving, no meeting told: no pair
    ("وصل إلى أنقرة وفد من حركة حماس برئاسة محمد درويش، ضمّ زاهر جبارين.",
     [], [MW("person:mohammed-darwish", "person:zaher-jabarin")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), HEAD_MEMBERS + HEAD_MEMBERS_NOT)
def test_delegation_head_members_ar(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


def test_delegation_head_members_cut(ex: Any) -> None:
    """A text that ends right after "برئاسة" or "ضمّ" gives no error."""
    ex.extract("استقبل هاكان فيدان وفداً برئاسة", lang="ar")
    ex.extract("استقبل هاكان فيدان وفداً برئاسة محمد درويش، ضمّ", lang="ar")


# ---- English: "The delegation also included Y" after a received delegation and a second
# delegation named in passing (no members, no partners): Y was at the meeting told before, and
# an attendee told next met every one of it (meetings_en.delegations_en) ----------------------
LATER_MEMBER = [
    ("Saudi Foreign Minister Faisal bin Farhan received in Riyadh on Monday the delegation from "
     "Gaza, headed by Khalil al-Hayya, who arrived last week alongside a delegation of the State "
     "of Qatar. The delegation also included Zaher Jabarin, a member of the movement's political "
     "bureau. The meeting was attended by the Saudi ambassador, Mohammed Al Jaber.",
     [MW("person:faisal-bin-farhan", "person:zaher-jabarin"),
      MW("person:mohammed-al-jaber", "person:zaher-jabarin"),
      MW("person:khalil-al-hayya", "person:mohammed-al-jaber")], []),
]

LATER_MEMBER_NOT = [
    # the delegation met nobody: its later member met no one named before
    ("Faisal bin Farhan spoke by phone with Ayman Safadi. A Hamas delegation headed by Khalil "
     "al-Hayya arrived in Cairo. The delegation also included Zaher Jabarin.",
     [], [MW("person:faisal-bin-farhan", "person:zaher-jabarin"),
          MW("person:ayman-safadi", "person:zaher-jabarin")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), LATER_MEMBER + LATER_MEMBER_NOT)
def test_delegation_later_member_en(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:50], must, must_not)


def test_delegation_later_member_cut(ex: Any) -> None:
    """A text that ends right after "The delegation also included" gives no error."""
    ex.extract("Faisal bin Farhan received the delegation, headed by Khalil al-Hayya, who came "
               "alongside a delegation of Qatar. The delegation also included", lang="en")
