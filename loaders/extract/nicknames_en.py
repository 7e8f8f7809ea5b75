"""English: a nickname or other name given right after a person's name is that person.

"Mohamed Abdullahi Mohamed, known as Farmajo,", "X, also / better / once known as N", "X,
who is also known as N", "X, a veteran commander known as N" (a short apposition with no
other person), "X, nicknamed N", "X 'N'" and "X (N)": N is another name of X, not a person of
its own, and a later bare "N" is X again. A one-word nickname is no name the other steps find
(one capitalised word), so ``en_nicknames`` makes it a mention of X here and remembers it for
the rest of the article; a nickname the other steps found as a new person of its own ("Abu
X") is merged into X after the article by ``coref_after.resolve_aka``, which finds the cue
with ``aka_referent_ends``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.mention_base import QUOTES, Mention, make_mention
from loaders.textnorm import core_tokens

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

_AS_VERBS = frozenset({"known", "nicknamed", "dubbed", "called"})
_LONE_CUES = frozenset({"nicknamed", "dubbed", "alias", "aka", "codenamed"})
# a nom de guerre or code name (session 69): "X, code-named N", "X, codenamed 'N'", "X, known
# by his nom de guerre N", "X, whose nom de guerre is N" (the cue's last words, read backwards)
_CODE_NAMED = ("named", "-", "code")
_NOM_DE_GUERRE = ("guerre", "de", "nom")
_NOM_DETERMINERS = frozenset({"his", "her", "the", "a"})
_NOM_PREPOSITIONS = frozenset({"by", "under"})
_NOM_VERBS = frozenset({"known", "goes", "went", "going", "go"})
# a birth name given after the name (session 59): "X, born Y," / "X -- born Y --" / "X, whose
# real name is / was Y": Y is X ("Mohammed Deif, born Mohammed Diab Ibrahim al-Masri")
_BIRTH_CUES = frozenset({"born", "né", "nee", "née"})
_REAL_NAME = ("whose", "real", "name")
# the last word of a cue, right before the nickname (a cheap test before the others)
AKA_CUE_LAST = _LONE_CUES | _BIRTH_CUES | {"as", "is", "was", "named", "guerre"} | QUOTES
# marks opening a nickname right after the name
_OPENERS = frozenset({"(", *QUOTES})
# token texts of the cue words, and of the cues and marks together
_CUE_WORDS = frozenset({"known", "nicknamed", "dubbed", "alias", "aka", "Known", "Nicknamed",
                        "Dubbed", "codenamed", "code", "guerre"})
_CUE_TEXTS = _CUE_WORDS | _OPENERS


def nickname_cue(doc: Doc, lo: int, hi: int, out: list[Mention]) -> bool:
    """Cheap test: may ``en_nicknames`` find anything in the sentence of tokens *lo* ..
    *hi* whose mentions so far are *out*: a cue word, or a bracket or quote right after a
    person's name."""
    if _CUE_TEXTS.isdisjoint(doc.texts[lo:hi]):
        return False  # (the usual case: one set operation in C)
    toks = doc.toks
    for m in out:
        if m.etype == "Person" and m.hi < hi and toks[m.hi].text in _OPENERS:
            return True
    return not _CUE_WORDS.isdisjoint(doc.texts[lo:hi])
# "also / better / once known as"
_AKA_ADVERBS = frozenset({"also", "better", "widely", "once", "formerly", "commonly",
                          "popularly", "locally", "more", "previously", "simply", "still",
                          "often", "universally", "affectionately"})
_APPOSITION_OPENERS = frozenset({"a", "an", "the", "one", "another"})
_MAX_APPOSITION = 12  # tokens between the comma after X and the cue
_DASHES = frozenset({"--", "—", "–"})
_BIRTH_BEFORE = frozenset({",", "،", "("}) | _DASHES  # the mark before a birth-name cue


def _keys_back(toks: list[Tok], x: int, n: int) -> tuple[str, ...]:
    """The keys of the *n* tokens ending at token *x*, read backwards from it."""
    return tuple(toks[y].key for y in range(x, x - n, -1))


def aka_cue_start(toks: list[Tok], j: int, lo: int) -> int | None:
    """The last token before the cue phrase that ends right before token *j* ("known as",
    "also known as", "who is better known as", "nicknamed", "code-named", "known by his nom
    de guerre"; an opening quote may stand between the cue and *j*), or None without one."""
    x = j - 1
    if x - 1 > lo and toks[x].text in QUOTES:
        x -= 1  # 'code-named "Zeki Sengali"'
    if x - 1 >= lo and toks[x].key == "as" and toks[x - 1].key in _AS_VERBS:
        x -= 2
    elif x - 2 >= lo and _keys_back(toks, x, 3) == _CODE_NAMED:
        x -= 3
    elif x - 5 >= lo and toks[x].key in ("is", "was") and \
            _keys_back(toks, x - 1, 4) == (*_NOM_DE_GUERRE, "whose") and \
            toks[x - 5].text in _BIRTH_BEFORE:
        return x - 5  # "X, whose nom de guerre is N"
    elif x - 2 >= lo and _keys_back(toks, x, 3) == _NOM_DE_GUERRE:
        x -= 3
        if x >= lo and toks[x].key in _NOM_DETERMINERS:
            x -= 1
        if x >= lo and toks[x].key in _NOM_PREPOSITIONS:
            x -= 1
            if x >= lo and toks[x].key in _NOM_VERBS:
                x -= 1
    elif x >= lo and toks[x].key in _LONE_CUES:
        x -= 1
    elif x - 1 >= lo and toks[x].key in _BIRTH_CUES and toks[x - 1].text in _BIRTH_BEFORE:
        return x - 1  # "X, born Y" / "X — born Y": right after the comma or dash
    elif x - 2 >= lo and toks[x].key in _BIRTH_CUES and toks[x - 1].text == "-" == \
            toks[x - 2].text:
        return x - 2  # "X -- born Y" (two hyphen tokens)
    elif x - 4 >= lo and toks[x].key in ("is", "was") and \
            tuple(toks[y].key for y in range(x - 3, x)) == _REAL_NAME and \
            toks[x - 4].text in _BIRTH_BEFORE:
        return x - 4  # "X, whose real name is Y"
    else:
        return None
    n = 0
    while x >= lo and n < 2 and toks[x].key in _AKA_ADVERBS:
        x, n = x - 1, n + 1
    if x - 1 >= lo and toks[x].key in ("is", "was") and toks[x - 1].key == "who":
        x -= 2
    return x if x >= lo else None


def aka_referent_ends(toks: list[Tok], x: int, lo: int, person_at: set[int]) -> list[int]:
    """Where the name a cue ending after token *x* refers to may end (its ``hi``): right
    before the cue ("X known as"), before the comma ("X, known as"), or before the comma of
    a short apposition with no person in it ("X, a senior commander known as"; *person_at*:
    the tokens of people's mentions)."""
    if toks[x].text in (",", "،") or toks[x].text in _DASHES or (
            toks[x].text == "-" == toks[x + 1].text):
        return [x]
    ends = [x + 1]
    y = x
    while y > lo and x - y < _MAX_APPOSITION and toks[y].text not in (",", "(", ";", ":"):
        if y in person_at:
            return ends
        y -= 1
    if y > lo and toks[y].text == "," and toks[y + 1].key in _APPOSITION_OPENERS:
        ends.append(y)
    return ends


def _nickname_end(toks: list[Tok], j: int, hi: int) -> int:
    """End of the capitalised run of a nickname starting at *j* (up to three words; a
    closing quote glued to its last word ends it)."""
    e = j
    while e < hi and e - j < 3 and toks[e].cap and not toks[e].punct and \
            toks[e].key not in L.EN_STOP:
        e += 1
        if toks[e - 1].text[-1] in QUOTES:
            break
    return e


def _lone_name(doc: Doc, j: int, e: int, hi: int, closer: str | None) -> bool:
    """Is tokens j..e a nickname of its own: no acronym, no nationality or title word,
    and (when *closer*) the closing bracket or quote right after it."""
    toks = doc.toks
    if e <= j or any(toks[x].acronym or toks[x].key in L.NATIONALITY or
                     toks[x].key in L.EN_NOT_NAME for x in range(j, e)):
        return False
    if closer is None:
        return e >= hi or not toks[e].cap
    if closer == "'":
        return toks[e - 1].text[-1] in QUOTES or (e < hi and toks[e].text in QUOTES)
    return e < hi and toks[e].text == closer


def en_nicknames(doc: Doc, si: int, covered: dict[int, Mention], out: list[Mention]) -> None:
    """One to three capitalised words no step has read, after a cue naming another name of
    a person of this sentence (see the module docstring): a mention of that person, and his
    name for the rest of the article."""
    toks = doc.toks
    s = doc.sents[si]
    person_at = {x for m in out if m.etype == "Person" for x in range(m.lo, m.hi)}
    by_end = {m.hi: m for m in out if m.etype == "Person" and m.kind == "name"}
    if not by_end:
        return
    # "A (Mali), B (Niger) and C (Chad)": brackets after each name of a list say where
    # (or which party) each is from, no nickname
    listed = sum(1 for h in by_end if h < s.hi and toks[h].text == "(") > 1
    for j in range(s.lo + 1, s.hi):
        t = toks[j]
        if j in covered or not t.cap or t.punct or t.ar:
            continue
        prev = toks[j - 1].text
        if ((prev == "(" and not listed) or prev in QUOTES) and \
                (m := by_end.get(j - 1)) is not None:
            closer = ")" if prev == "(" else "'"  # "X (N)", "X 'N'"
            refs = [m]
        else:
            x = aka_cue_start(toks, j, s.lo)
            if x is None:
                continue
            closer = None
            refs = [by_end[h] for h in aka_referent_ends(toks, x, s.lo, person_at)
                    if h in by_end]
        if not refs:
            continue
        e = _nickname_end(toks, j, s.hi)
        if any(x in covered for x in range(j, e)) or not _lone_name(doc, j, e, s.hi, closer):
            continue
        m = refs[0]
        me = make_mention(doc, si, j, e, m.eid)
        out.append(me)
        for x in range(j, e):
            covered[x] = me
        keys = tuple(toks[x].key for x in range(j, e))
        if doc.local.setdefault(keys, m.eid) == m.eid:
            doc.local_first.add(keys[0])
        if m.eid in doc.new_entities:
            full = doc.text[m.start:m.end]
            doc._add_alias(m.eid, doc.text[me.start:me.end])
            doc._add_alias(m.eid, f"{full} ({doc.text[me.start:me.end]})")


def fuzzy_nickname(doc: Doc, n: Mention) -> bool:
    """A one-word nickname *n* ("Hemeti") tied to a known person only by a near spelling
    (Hemmati), not written as one of his names: no evidence against the new full name before
    the cue ("Mohamed Hamdan Dagalo, better known as Hemeti"), which it joins instead
    (``coref_after.resolve_aka``)."""
    entry = doc.gaz.get(n.eid)
    words = core_tokens(doc.text[n.start:n.end])
    if entry is None or len(words) != 1:
        return False
    return not any(core_tokens(name) == words for name in entry.all_names())
