"""SUCCESSOR_OF, English: more ways to hand or take a post before "in place of Y" / "to succeed
him" (session 25, succkill).

- an appointment told by a participle after a removal: "The Guards removed Y, naming X (, until
  now chief of Z,) to succeed him" (:data:`EN_APPOINTING`, read by
  ``wire_succession_en.replaced_him_en`` as "and named X to succeed him");
- a charge given: "K entrusted (First Vice-President) X with running the government in place
  of Y", "X was tasked with leading the ministry in place of Y" (:func:`charged_with`);
- an acting holder: "X, who stepped in for Y as acting president" (:func:`acting_post`, read
  by ``succession_stood_in_en``);
- an office taken by the subject: "X, who took up his duties in August in succession to Y",
  "X assumes the powers of the presidency in succession to Y" (:func:`took_office`; not "took
  part in the talks in place of Y", "took a call");
- an appointee with a long apposition: "named X, a former interior minister and senior figure
  in the Badr Organization, as national security adviser in place of Y"
  (:func:`appointer_past_apposition`: one apposition closed by ", as");
- a body headed by the subject (session 55): "X now heads the group's Gaza wing in Y's stead",
  "X leads Hamas in place of Y" (:func:`heads_body`; not "X led the delegation in place of Y",
  a stand-in at one event).
"""

from __future__ import annotations

from typing import Any

EN_APPOINTING = frozenset({"naming", "appointing", "installing", "tapping", "picking",
                           "choosing", "promoting"})
_EN_CHARGED = frozenset({"entrusted", "tasked", "charged", "assigned"})
_EN_TAKE = frozenset({"took", "takes", "taking", "take", "assumes", "assume", "assuming",
                      "assumed"})
_EN_OFFICE = frozenset({"duties", "powers", "functions", "responsibilities", "role", "mandate",
                        "reins", "portfolio", "position", "job"})


_EN_HEADS = frozenset({"heads", "headed", "leads", "led", "commands", "commanded", "runs"})
_EN_BODY_NOUNS = frozenset({"group", "movement", "party", "government", "ministry", "army",
                            "wing", "organisation", "organization", "bureau", "council",
                            "militia", "faction", "agency", "service", "command", "force",
                            "forces", "brigades", "cabinet", "office"})


def heads_body(sr: Any, x: int, t: int) -> bool:
    """A verb of heading at *x* whose object, right before the marker at *t*, is a body:
    "heads the group's Gaza wing / leads Hamas in place of Y" (not "led the delegation")."""
    if sr.key(x) not in _EN_HEADS or sr.key(x - 1) in ("was", "were", "is", "be", "been"):
        return False
    m = sr.mention_at.get(t - 1)
    if m is not None and m.hi == t and m.lo > x:
        return m.etype == "Organization"
    return sr.key(t - 1) in _EN_BODY_NOUNS


# the infinitive of running a post after "assigned / tasked X to"
_EN_RUN = frozenset({"run", "head", "lead", "manage", "oversee"})


def charged_with(sr: Any, x: int) -> bool:
    """"entrusted / tasked / charged X with <a task>", "assigned / tasked X to run <a post>" at
    *x* (the person right after the verb,
    or the subject of "was entrusted with")."""
    if sr.key(x) not in _EN_CHARGED:
        return False
    if sr.key(x + 1) == "with":
        return sr.key(x - 1) in ("was", "were", "been", "is") and _a_task(sr, x + 2)
    m = sr.after(x + 1, types=("Person",), maxgap=2)
    end = m.hi if m is not None else _apposed_end(sr, x)
    if end is None:
        return False
    if sr.key(end) == "to" and sr.key(end + 1) in _EN_RUN and _a_body(sr, end + 2):
        return True  # "assigned / tasked X to run the Foreign Ministry" (session 55)
    return m is not None and sr.key(m.hi) == "with" and _a_task(sr, m.hi + 1)


_EN_BODY_WORDS = frozenset({"ministry", "government", "bank", "agency", "council", "army",
                            "office", "presidency", "portfolio", "department", "cabinet",
                            "authority", "service", "directorate", "command", "mission"})


def _a_body(sr: Any, y: int) -> bool:
    """A body or office within the four words from *y* ("the Foreign Ministry", "the central
    bank", a named organisation), not a task ("the talks", "the delegation")."""
    for z in range(y, min(sr.hi, y + 4)):
        m = sr.mention_at.get(z)
        if sr.key(z) in _EN_BODY_WORDS or m is not None and m.etype == "Organization":
            return True
        if sr.toks[z].punct:
            return False
    return False


def _apposed_end(sr: Any, x: int) -> int | None:
    """The token after "<description>, X," following the verb at *x* ("assigned the Minister
    of Youth, X, to run ..."), the name set off by commas within eight words; else None."""
    for c in range(x + 1, min(sr.hi - 2, x + 9)):
        if sr.toks[c].punct:
            m = sr.mention_at.get(c + 1) if sr.key(c) == "," else None
            if m is None or m.etype != "Person" or sr.key(m.hi) != ",":
                return None
            return m.hi + 1
    return None


def _a_task(sr: Any, y: int) -> bool:
    """A post's task after "with" at *y*: a verb of running ("running / leading the
    government") or the office words ("the duties of", "the presidency"), not "a letter"."""
    if sr.key(y) == "the":
        y += 1
    k = sr.key(y)
    return k.endswith("ing") or k in _EN_OFFICE or k.startswith("presiden") or k in (
        "leadership", "command", "management", "affairs")


def took_office(sr: Any, x: int, t: int) -> bool:
    """A verb of taking at *x* with the office words of a post before the marker at *t*
    ("took up his duties", "assumes the powers of the presidency")."""
    return sr.key(x) in _EN_TAKE and any(sr.key(y) in _EN_OFFICE for y in range(x + 1, t))


def appointer_past_apposition(sr: Any, t: int, verbs: frozenset[str]) -> int | None:
    """"named X, a former interior minister and senior figure in the Badr Organization, as
    national security adviser in place of Y": the appointment verb (one of *verbs*) right
    before the appointee whose apposition, closed by ", as", puts it past the twenty words
    ``instead_of`` looks back from the marker at *t* (up to 36 words); None otherwise."""
    for x in range(t - 21, max(sr.lo, t - 36) - 1, -1):
        if sr.key(x) not in verbs:
            continue
        m = sr.after(x + 1, types=("Person",), maxgap=0)
        if m is None or m.hi >= t or sr.toks[m.hi].text != ",":
            return None
        # (the apposition may hold commas of its own: "X, better known as Abu Fadak, a veteran
        # Kataib Hezbollah commander, as chief of staff": the comma before "as": session 59)
        close = next((y for y in range(m.hi + 1, t) if sr.toks[y].text == "," and
                      sr.key(y + 1) == "as"), None)
        return x if close is not None else None
    return None


_EN_ACTING = frozenset({"acting", "interim", "caretaker"})


def acting_post(sr: Any, x: int) -> bool:
    """"as acting / interim / caretaker <post>" at *x*, after "stepped / stood in for Y": the
    one who stepped in holds Y's post ("X stood in for Y at the summit" is a representation)."""
    return sr.key(x) == "as" and sr.key(x + 1) in _EN_ACTING
