"""A new person read first by a short form of two or more words ("President Hassan Sheikh
names ...", a headline's "names Kyelem de Tambela prime minister") and then by a longer name
that holds that form at its start or its end ("President Hassan Sheikh Mohamoud on Wednesday
appointed ...", "the lawyer Apollinaire Joachim Kyelem de Tambela"): the longer name is read
whole as the person, and the short form names him from then on.

Without this, the short form, already a name of the document (``Doc.local``), was matched
inside the longer name and the rest dropped ("Hassan Sheikh" + a lost "Mohamoud"), so the
person kept the headline's short name. Only a person named so far by nothing but that form
gives way (``one_word_person.form_only``); a one-word form is ``one_word_person``'s case. Used by
``known_names._local_match`` (``longer_name_around``) and ``Doc.remember`` (``hand_over``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.one_word_person import form_only

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok


def _name_word(doc: Doc, t: Tok) -> bool:
    return t.cap and not t.punct and not t.ar and t.key not in L.EN_NOT_NAME and \
        t.key not in L.EN_STOP and t.key not in L.NATIONALITY and \
        t.key not in L.EN_TITLE_FIRST


def longer_name_around(doc: Doc, lo: int, hi: int) -> bool:
    """English: is the match toks[*lo*:*hi*] glued by one space to a further capitalised name
    word right after it or right before it (not a title, a stop word or a nationality; the
    word before is no sentence opener unless it is a usual given name)? Bounds-checked."""
    toks, text = doc.toks, doc.text
    if hi < len(toks) and not toks[hi - 1].poss and text[toks[hi - 1].end:toks[hi].start] == " " \
            and _name_word(doc, toks[hi]):
        return True
    if lo >= 1 and text[toks[lo - 1].end:toks[lo].start] == " " and _name_word(doc, toks[lo - 1]):
        p = toks[lo - 1].start - 1
        while p >= 0 and text[p] in " \t":
            p -= 1
        opener = p < 0 or text[p] in '.\n-—:"“'
        return not opener or doc.gaz.latin_given(toks[lo - 1].key) is not None
    return False


def short_form_in_longer(doc: Doc, eid: str, seq: tuple[str, ...], lo: int, hi: int) -> bool:
    """English: the match toks[*lo*:*hi*] (words *seq*) of the new person *eid*, named so far
    only by one form of 2+ words, lies inside that whole form written here, and the form is
    glued to a further name word ("Hassan Sheikh" in "Hassan Sheikh Mohamoud", "Tambela" in
    "Apollinaire Joachim Kyelem de Tambela" after "Kyelem de Tambela")."""
    forms = doc.session.get("toks", {}).get(eid) or []
    if not forms:
        return False
    form = tuple(t for t in forms[0] if t)
    n, toks = len(seq), doc.toks
    if len(form) < 2 or n > len(form) or not form_only(doc, eid, form):
        return False
    for o in range(len(form) - n + 1):
        if form[o:o + n] != seq:
            continue
        a = _step_words(toks, lo, -o, form[:o])
        b = _step_words(toks, hi - 1, len(form) - o - n, form[o + n:])
        if a is not None and b is not None:
            return longer_name_around(doc, a, b + 1)
    return False


def _step_words(toks: list[Tok], k: int, n: int, words: tuple[str, ...]) -> int | None:
    """From toks[*k*], *n* name words on (n > 0) or back (n < 0), over hyphens, whose keys
    are *words*: the index of the last one reached (*k* for n = 0); None if they differ or
    the text ends (bounds-checked)."""
    step = 1 if n > 0 else -1
    order = list(words) if n > 0 else list(reversed(words))
    for want in order:
        k += step
        while 0 <= k < len(toks) and toks[k].text == "-":
            k += step
        if not 0 <= k < len(toks) or toks[k].key != want:
            return None
    return k


def hand_over(doc: Doc, toks: list[str], eid: str) -> None:
    """*toks* (2+ words past the first two) name the new person *eid*: a shorter form at their
    start or end that names only another new person known by nothing else now names *eid*,
    and so do the mentions read by it before (a headline's)."""
    for n in range(2, len(toks)):
        for form in (tuple(toks[:n]), tuple(toks[-n:])):
            had = doc.local.get(form)
            if had and had != eid and form_only(doc, had, form):
                for key, v in list(doc.local.items()):
                    if v == had:
                        doc.local[key] = eid
                for m in doc.ments:
                    if m.eid == had:
                        m.eid = eid
                doc.mentions_changed()
