"""A nickname in quotes between a person's given name and family name, both languages.

'Gang leader Jimmy "Barbecue" Cherizier said ...', 'the arrest of Ismael “El Mayo” Zambada',
"توقيف إسماعيل "إل مايو" زامبادا"، "زعيم العصابة جيمي «باربيكيو» شيريزييه": the quotes cut the
name in two, so the given name alone and the family name alone were no names, and the
nickname was read as a person of its own ("El Mayo"). ``quoted_nickname_people`` (a step of
``mentions.find_mentions``, sentences with a quote mark) reads "G «N» S" as one mention of the
person "G S", the nickname remembered as his other name for the rest of the article. G is a
capitalised word (English) or a usual given name (Arabic), with one more such word before it;
N one to three words (capitalised in English); S one or two capitalised words (English) or one
name word (Arabic). Not a quoted phrase after a title or a common word ('the "Desert Storm"
operation', "عملية «طوفان الأقصى» الإسرائيلية")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.arabic_name_words import _ar_name_word
from loaders.extract.mention_base import QUOTES, Mention, _resolve_name, make_mention
from loaders.textnorm import core_tokens

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

_MAX_NICK = 3


def has_quote(seg: str) -> bool:
    """Cheap test: a quote mark in the sentence text *seg*."""
    return '"' in seg or "«" in seg or "“" in seg  # (no "'": the possessive of most sentences)


def _en_word(t: Tok) -> bool:
    """A capitalised English word that may be part of a name."""
    return not t.ar and t.cap and not t.punct and not t.acronym and \
        t.key not in L.EN_STOP and t.key not in L.NATIONALITY and \
        t.key not in L.EN_NOT_NAME and t.key not in L.EN_TITLE_FIRST


def _given(doc: Doc, t: Tok) -> bool:
    """Can *t* be the given name before the quotes?"""
    if t.ar:
        return not t.punct and doc.gaz.is_given_name(t.key) and _ar_name_word(doc, t, True)
    return _en_word(t)


def _family(doc: Doc, t: Tok) -> bool:
    """Can *t* be (the start of) the family name after the quotes?"""
    if t.ar:
        return not t.punct and _ar_name_word(doc, t, False) and t.key not in L.AR_STOP and \
            not t.key.startswith("و")
    return _en_word(t)


def _closing(toks: list[Tok], q: int, hi: int) -> tuple[int, int] | None:
    """(end of the nickname's words, first token after the closing quote) for a nickname
    opening after the quote at *q*, else None."""
    for e in range(q + 1, min(q + 2 + _MAX_NICK, hi)):
        t = toks[e]
        if t.punct:
            return (e, e + 1) if t.text in QUOTES and e > q + 1 else None
        if t.text[-1] in QUOTES and len(t.text) > 1:
            return e + 1, e + 1  # "'El Chapo' Guzman": the quote glued to the last word
    return None


def quoted_nickname_people(doc: Doc, si: int, covered: dict[int, Mention],
                           out: list[Mention]) -> None:
    """See the module docstring."""
    toks = doc.toks
    s = doc.sents[si]
    for q in range(s.lo + 1, s.hi - 3):
        if not (toks[q].punct and toks[q].text in QUOTES):
            continue
        g = q - 1
        if not _given(doc, toks[g]):
            continue
        cl = _closing(toks, q, s.hi)
        if cl is None:
            continue
        ne, f = cl
        ar = toks[g].ar
        if f >= s.hi or any(toks[x].ar != ar or toks[x].punct for x in range(q + 1, ne)):
            continue
        if not ar and not all(toks[x].cap for x in range(q + 1, ne)):
            continue  # 'the so-called "moderate" rebels'
        particle = not ar and toks[f].key in ("al", "el") and f + 2 < s.hi and \
            toks[f + 1].text == "-" and _en_word(toks[f + 2])  # '"Abu Baqir" al-Saadi' (s54)
        if not particle and not _family(doc, toks[f]):
            continue
        lo, hi = g, f + (3 if particle else 1)
        if lo - 1 >= s.lo and _given(doc, toks[lo - 1]):
            lo -= 1  # "Jose Adolfo «Fito» Macias"
        if not ar and hi < s.hi and _en_word(toks[hi]):
            hi += 1  # 'Joaquin "El Chapo" Guzman Loera'
        inside = {id(covered[x]): covered[x] for x in range(lo, hi) if x in covered}
        if any(o.etype != "Person" or o.lo < lo or o.hi > hi for o in inside.values()):
            continue
        for o in inside.values():
            if o in out:
                out.remove(o)
        given = doc.text[toks[lo].start:toks[g].end]
        family = doc.text[toks[f].start:toks[hi - 1].end]
        eid = _resolve_name(doc, f"{given} {family}", "Person")
        nick = doc.text[toks[q + 1].start:toks[ne - 1].end].strip("".join(QUOTES))
        if doc.gaz.get(eid) is None and not ar:
            # 'Wissam Mohammed "Abu Baqir" al-Saadi': the known man of the nickname and the
            # family name ("Abu Baqir al-Saadi"), when the given name is unknown (session 54)
            eid = doc.gaz.fuzzy_person(core_tokens(f"{nick} {family}"), doc.mentioned_ids(),
                                       types=("Person",)) or eid
        me = make_mention(doc, si, lo, hi, eid)
        first = next((o for o in inside.values() if o.lo == lo), None)
        if first is not None and 0 <= first.tlo < lo:
            me.tlo = first.tlo  # (the title read before the given name: "a senior commander
            # of Kataib Hezbollah, Wissam Mohammed "Abu Baqir" al-Saadi"; session 54)
        out.append(me)
        for x in range(lo, hi):
            covered[x] = me
        keys = tuple(toks[x].key.strip("".join(QUOTES)) for x in range(q + 1, ne))
        if doc.local.setdefault(keys, eid) == eid:
            doc.local_first.add(keys[0])
        if eid in doc.new_entities:
            doc._add_alias(eid, nick)
