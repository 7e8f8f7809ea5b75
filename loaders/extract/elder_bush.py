"""A bare "George Bush" / "President Bush" / «جورج بوش» is George H. W. Bush (1989-1993) in an
article of his time (session 72).

The gazetteer gives the bare name to George W. Bush (2001-2009); the father's entry takes it only
as "George H. W. Bush" / «بوش الأب». Wire copy of 1989-1993 writes "President Bush" alone next to
the leaders of the day: "Bush met Syrian President Hafez Assad in Geneva", "King Hussein held talks
with President George Bush at Kennebunkport", «التقى بيريز دي كويلار ... ثم يلتقي الرئيس الأمريكي
جورج بوش». When every mention of George W. Bush is such a bare form (no "W.", «دبليو», «الابن»,
"Jr"), the article names the father nowhere, names a person whose office ended before 2001 and
whom the son's news seldom names (`_HIS_TIME`: Gorbachev, Perez de Cuellar, King Hussein, Hafez
al-Assad, Shamir, Rabin, Thatcher, Mitterrand), and names nothing of the son's time (`_SON_TIME`:
his own cabinet and the leaders of 2001-2009 who took office after 1993; a year written from 1994
on), those mentions are the father's; a bare surname the son's time took ("Bush meets Assad" in
the headline, given to Bashar) is then the father's contemporary named in full in the article
(Hafez Assad).
Called by ``rules`` after all sentences are read; an article naming no George W. Bush is not read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

SON, FATHER = "person:george-w-bush", "person:george-h-w-bush"
# people of 1989-1993 whose office ended before 2001
_HIS_TIME = frozenset({
    "person:mikhail-gorbachev", "person:javier-perez-de-cuellar", "person:hussein-bin-talal",
    "person:hafez-al-assad", "person:yitzhak-shamir", "person:yitzhak-rabin",
    "person:margaret-thatcher", "person:francois-mitterrand"})
# people of 2001-2009 who took office after 1993
_SON_TIME = frozenset({
    "person:bashar-al-assad", "person:abdullah-ii", "person:mahmoud-abbas", "person:tony-blair",
    "person:condoleezza-rice", "person:donald-rumsfeld", "person:kofi-annan",
    "person:nouri-al-maliki", "person:hamid-karzai", "person:vladimir-putin", "person:barack-obama",
    "person:ehud-olmert", "person:paul-bremer", "person:ayad-allawi"})
# words that mark the son's own name
_SON_MARK = frozenset({"w", "w.", "jr", "jr.", "junior"}) | L._ar("دبليو", "الابن", "الإبن")


def _later_year(key: str) -> bool:
    """Is *key* a year from 1994 to 2099?"""
    return len(key) == 4 and key.isdigit() and ("1994" <= key <= "2099")


def _bare_of_his_time(doc: Doc) -> dict[int, str]:
    """The bare one-word mentions of a person of the son's time that are the surname of a person
    of the father's time named in full ("Bush meets Assad" before "Syrian President Hafez Assad"):
    mention index -> that person's id."""
    toks, ments = doc.toks, doc.ments
    last = {toks[m.hi - 1].key: m.eid for m in ments
            if m.eid in _HIS_TIME and m.kind == "name" and m.hi - m.lo >= 2}
    out = {}
    for i, m in enumerate(ments):
        if m.eid in _SON_TIME:
            if m.kind != "name" or m.hi - m.lo != 1 or toks[m.lo].key not in last:
                return {}
            out[i] = last[toks[m.lo].key]
    return out


def elder_bush(doc: Doc) -> None:
    """See the module docstring."""
    ids = doc.mentioned_ids()
    if SON not in ids or FATHER in ids or ids.isdisjoint(_HIS_TIME):
        return
    bare = _bare_of_his_time(doc) if not ids.isdisjoint(_SON_TIME) else {}
    if not ids.isdisjoint(_SON_TIME) and not bare:
        return
    toks = doc.toks
    mine = [m for m in doc.ments if m.eid == SON]
    for m in mine:
        if m.kind == "name" and any(toks[x].key in _SON_MARK for x in range(m.lo, min(m.hi + 1, len(toks)))):
            return
    if any(_later_year(t.key) for t in toks):
        return
    for m in mine:
        m.eid = FATHER
    for i, eid in bare.items():
        doc.ments[i].eid = eid
    doc.mentions_changed()
