"""MET_WITH (session 24, multi): an Arabic meeting told as an event whose verb ضمّ / جمع lists
its people: every two of them met.

- the noun first, up to three adjectives, then the verb and an optional place: "بعد اجتماعات
  ماراثونية ضمّت في الدوحة A وB وC، إضافة إلى D"، "عقب لقاء ضمّ A وB" (all pairs, the members
  after "، إضافة إلى / بالإضافة إلى / فضلاً عن / إلى جانب" too);
- the verb with the pronoun of one side: "X ... بعد اجتماع جمعه في قصر بعبدا بـA وB": X-A,
  X-B (as session 10 read it; X the nearest person named before the noun, not after ب / ل);
  A-B only when the meeting is counted ("اجتماع ثلاثي جمعه بـA وB"), which
  ``meeting_all_sides`` adds;
- the verb first, the definite noun its subject: "وضمّ الاجتماع، الذي عُقد في بغداد، A وB"،
  "وجمع اللقاء A وB" (people inside the relative insert are not members: "الذي عُقد بحضور Z"
  is an attendee, read by the attendee rules).

Not read: "وفد ضمّ A وB" (a delegation: no meeting noun), "جمعهما / جمعهم" (the two named
before: ``meetings_ar._brought_together``), a planned or negated meeting ("لم يضم الاجتماع"،
"سيجمع اللقاء"، "اجتماع مرتقب يضم"). Called from ``relations.py`` when the verb is present.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_her import agreeing_antecedent
from loaders.extract.rule_common import EMPTY, title_start

# the verb, past (the imperfect is a plan or a habit: "يضم الوفد")
_AR_VERB = L._ar("ضم", "ضمت", "جمع", "جمعت")
_AR_VERB_HIM = L._ar("جمعه", "جمعها", "جمعته", "جمعتها", "ضمه", "ضمها", "ضمته", "ضمتها")
# "اجتماعاً ...، حضره A وB": the meeting's attendees (the pronoun is the meeting's)
_AR_ATTENDED = L._ar("حضره", "حضرها", "وحضره", "وحضرها")
# "جلسة مباحثات مع Y، شارك فيها Z" (session 29, attend: the verb, then its pronoun)
_AR_TOOK_PART = L._ar("شارك", "وشارك")
_AR_IN_IT = L._ar("فيه", "فيها")
AR_COMPRISED = _AR_VERB | _AR_VERB_HIM | _AR_ATTENDED | _AR_TOOK_PART
register_triggers(AR_COMPRISED, EMPTY)
_AR_NOUNS = L.AR_MEET_NOUNS | L._ar(
    "قمة", "القمة", "جلسة", "الجلسة", "المحادثات", "المباحثات", "الاجتماعات", "اللقاءات",
    "جولة", "الجولة", "مأدبة", "المأدبة", "اجتماعاً", "لقاءً", "جلسات", "الجلسات")
_AR_DEF_NOUNS = L._ar("الاجتماع", "اللقاء", "المحادثات", "المباحثات", "القمة", "الجلسة",
                      "الاجتماعات", "اللقاءات", "الجولة", "المأدبة", "الجلسات")
_AR_MORE = (("إضافة", "إلى"), ("بالإضافة", "إلى"), ("اضافة", "الى"), ("بالاضافة", "الى"),
            ("فضلا", "عن"), ("فضلاً", "عن"), ("إلى", "جانب"), ("الى", "جانب"))
_AR_MORE_PAIRS = frozenset((L.ar_key(a), L.ar_key(b)) for a, b in _AR_MORE)
_AR_MORE_KEYS = frozenset(a for a, _ in _AR_MORE_PAIRS)
_AR_PLANNED = L._ar("مرتقب", "مرتقبة", "المرتقب", "المرتقبة", "مقرر", "مقررة", "المقرر",
                    "المقبل", "المقبلة", "مقبل", "مقبلة", "محتمل", "محتملة", "المحتمل")
_AR_NEG = L._ar("لم", "ولم", "لن", "ولن", "لا", "ولا", "ما")
_AR_WHICH = L._ar("الذي", "التي", "والذي", "والتي")
_ENDS = frozenset({"،", ",", ".", "؛", ";", ":", "(", ")"})


_PLACE_TYPES = frozenset({"Location", "Country"})


def _noun_before(sr: Any, v: int) -> int | None:
    """The meeting noun before the verb at *v*, past up to three adjective words or a place
    named («قمة ثلاثية بأسمرة جمعته»، «لقاء في القاهرة جمعه»), else None; "اجتماع «الترويكا»
    الذي ضمّ": past الذي / التي and a short name of the meeting."""
    if sr.key(v - 1) in _AR_WHICH:
        return next((x for x in range(v - 2, max(sr.lo, v - 7) - 1, -1)
                     if sr.f(x) & _AR_NOUNS and not any(
                         sr.toks[y].text in _ENDS for y in range(x, v))), None)
    x, words = v - 1, 0
    while x >= sr.lo and words < 4:
        if sr.f(x) & _AR_NOUNS:
            return x
        tk = sr.toks[x]
        m = sr.mention_at.get(x)
        if m is not None and m.etype in _PLACE_TYPES:
            x, words = min(m.lo, title_start(m)) - 1, words + 1  # "قمة ثلاثية بأسمرة جمعته
            continue  # بـA وB": the place between, one word (session 64)
        if tk.punct or not tk.ar or m is not None:
            return None
        x, words = x - 1, words + 1
    return None


_AR_IN = L._ar("في", "وفي")
_AR_CONVENE = L._ar("عقد", "وعقد", "عقدت", "وعقدت", "ترأس", "وترأس", "ترأست", "أجرى", "وأجرى",
                    "اجرى", "واجرى")


def _noun_before_place(sr: Any, v: int, attended: bool) -> int | None:
    """Session 27 (meet27): the meeting noun before a place phrase that stands between it and
    the verb at *v*: "اجتماعاً طارئاً في قصر السلام ضمّ A وB"، "اجتماعاً في منزل B، حضره A
    وC" (the comma only before حضره); "في" at most eight words back, no punctuation past it."""
    j = v - 1
    if attended and j >= sr.lo and sr.toks[j].text in ("،", ","):
        j -= 1
    for x in range(j, max(sr.lo, j - 8) - 1, -1):
        tk = sr.toks[x]
        if tk.punct:
            return None
        if sr.key(x) in _AR_IN:
            return _noun_before(sr, x) if x > sr.lo else None
    return None


def _convener(sr: Any, t: int) -> Any:
    """"عقد X (، مساء الأحد،) اجتماعاً ... ضمّ A وB": the person after the convening verb
    before the meeting noun at *t*, not after ب / ل; else None."""
    v = next((x for x in range(t - 1, max(sr.lo, t - 14) - 1, -1)
              if sr.f(x) & _AR_CONVENE), None)
    if v is None:
        return None
    m = next((a for a in sr.args if a.etype == "Person" and v < title_start(a) and a.hi <= t),
             None)
    if m is None or title_start(m) != v + 1:
        return None
    return m


def _members(sr: Any, start: int, pron: bool) -> list[Any]:
    """The people listed from *start* (a place "في D" or a date may come first), with those
    after "، إضافة إلى"; the first after ب when the verb carries a pronoun."""
    first = sr.after(start, types=("Person",), maxgap=6)
    if first is None or any(sr.toks[x].text in _ENDS for x in range(start, title_start(first))):
        return []
    if pron and not first.prefix.lstrip("و").startswith("ب") and \
            not sr.key(title_start(first)).startswith("ب") and \
            not _dual_title_before(sr, start, title_start(first)):
        return []  # "جمعه بـY": the other side after ب
    return listed_with_more_ar(sr, first)


def _dual_title_before(sr: Any, start: int, first: int) -> bool:
    """A title with ب the mention leaves out between *start* and the first person named,
    followed at most by a nationality: «جمعته بالرئيسين المصري A والإريتري B»
    (session 64)."""
    return sr.key(start).startswith("ب") and first - start <= 2 and all(
        sr.key(x) in L.NATIONALITY for x in range(start + 1, first))


def joined_with_ar(sr: Any, last: Any) -> list[Any]:
    """The other side of "جمعت X بـA وB": the people listed from the first one after *last*
    whose name or title carries بـ, at most six words on (a place or a date between, no
    punctuation); [] when there is none."""
    nxt = sr.after(last.hi, types=("Person",), maxgap=6)
    if nxt is None or any(sr.toks[x].punct for x in range(last.hi, title_start(nxt))):
        return []
    if not (nxt.prefix.lstrip("و").startswith("ب") or sr.key(title_start(nxt)).startswith("ب")):
        return []
    return [m for m in listed_with_more_ar(sr, nxt) if m.eid != last.eid]


def listed_with_more_ar(sr: Any, first: Any) -> list[Any]:
    """*first*, the people joined to it by و (``listed_ar``) and those after "، إضافة إلى /
    إلى جانب / فضلاً عن"."""
    members = listed_ar(sr, first)
    while True:
        end = members[-1].hi
        if end >= sr.hi:
            break
        k = end + 1 if sr.toks[end].text in ("،", ",") else end
        if not (sr.key(k) in _AR_MORE_KEYS and (sr.key(k), sr.key(k + 1)) in _AR_MORE_PAIRS):
            break
        nxt = sr.after(k + 2, types=("Person",), maxgap=6)
        if nxt is None or any(sr.toks[x].text in _ENDS for x in range(k + 2, title_start(nxt))):
            break
        members += [m for m in listed_ar(sr, nxt) if m not in members]
    return members


_AR_CLAUSE = L._ar("الذي", "التي", "اللذين", "الذين", "حيث", "قبل", "بعد", "ثم") | L.AR_MEET


def listed_ar(sr: Any, first: Any) -> list[Any]:
    """*first* and the people joined to it by و: the chain, and past a title the mention
    leaves out ("ومنسق البيت الأبيض Y"): و on the word right after the member, no punctuation
    or clause word before the next person, at most seven words."""
    out = [_named_after(sr, m) for m in sr.people_chain(first)]
    while True:
        end = next((x for x in (out[-1].hi, out[-1].hi + 1) if x < sr.hi and
                    sr.toks[x].ar and waw_word(sr, x)), None)
        if end is None or out[-1].hi >= sr.hi or sr.toks[out[-1].hi].punct:
            return out  # (a name word the mention left out may come first: "آل ثاني")
        nxt = next((m for m in sr.args if m.lo >= end and m.etype == "Person"), None)
        if nxt is None or nxt.lo - end > 7 or any(
                sr.toks[x].punct or sr.f(x) & _AR_CLAUSE for x in range(end, nxt.lo)) or \
                nxt in out:
            return out
        out += [_named_after(sr, m) for m in sr.people_chain(nxt) if m not in out]


def waw_word(sr: Any, x: int) -> bool:
    """The Arabic word at *x* opens with the conjunction و ("ومنسق"، "والمبعوث"; not the
    first letter of "وزير"، "والي")."""
    k = sr.key(x)
    return k.startswith("و") and k not in _AR_W_WORDS


_AR_W_WORDS = L.AR_W_TITLE_WORDS | L._ar("وزراء", "وفد", "وزارة", "وسيط", "وريث")


def _named_after(sr: Any, m: Any) -> Any:
    """A description inside the next name's title stands for that name: "ومبعوث الرئيس
    المنتخب Y" (not the president), else *m*."""
    if m.kind in ("name", "ref"):  # (an honorific pronoun is its own person: "جمعت
        return m  # جلالته بالرئيس Y", session 71)
    nxt = next((c for c in sr.args if c.lo >= m.hi and c.etype == "Person"), None)
    if nxt is None or nxt.kind != "name" or nxt.lo - m.hi > 2 or any(
            sr.toks[x].punct or sr.key(x).startswith("و") for x in range(m.hi, nxt.lo + 1)):
        return m
    return nxt


def _antecedent(sr: Any, t: int, v: int) -> Any:
    """"X ... بعد اجتماع جمعه": the nearest person named before the noun at *t*, not the
    object of a preposition; else None. The verb's pronoun at *v* agrees with him (session
    68): "اقترحت الوزيرة X اسم Y، إثر لقاء جمعها بـZ" is X's meeting (a woman named so in
    the article), "جمعه" a man's (``her_pronoun_antecedent``)."""
    found = []
    for m in reversed(sr.args):
        if m.hi > t or m.etype != "Person":
            continue
        if m.prefix.lstrip("وف")[:1] in ("ب", "ل") or sr.key(title_start(m)).startswith(
                ("ب", "ل")) and not sr.key(title_start(m)).startswith("لي"):
            continue
        found.append(m)
    return agreeing_antecedent(sr, found, sr.key(v).endswith("ها"))


def _not_held(sr: Any, t: int, v: int) -> bool:
    """A planned or negated meeting ("اجتماع مرتقب يضم"، "لم يضم الاجتماع")."""
    lo = min(t, v)
    if any(sr.f(x) & _AR_PLANNED for x in range(lo, max(t, v) + 1)):
        return True
    for x in range(lo - 1, max(sr.lo, lo - 9) - 1, -1):  # "لم يعقد X اجتماعاً جمع"
        if sr.key(x) in _AR_NEG:
            return True
        if sr.toks[x].text in _ENDS:
            break
    return sr.blocked(v) or sr.hypothetical(v)


def _convened_noun(sr: Any, v: int) -> tuple[int | None, list[Any]]:
    """Session 29 (attend): "ترأس X اجتماعاً طارئاً للمجلس الوزاري للأمن الوطني، حضره A
    وB"، "عقد X جلسة محادثات مع نظيره Y، حضرها Z": the meeting noun a convening verb and its
    person opened, past a complement or "مع Y" (no other person, no punctuation) before the
    comma before the attendee verb at *v*, and the partners after مع; else (None, [])."""
    if sr.toks[v - 1].text not in ("،", ","):
        return None, []
    partners: list[Any] = []
    for x in range(v - 2, max(sr.lo, v - 12) - 1, -1):
        if sr.toks[x].punct:
            return None, []
        m = sr.mention_at.get(x)
        if m is not None and m.etype == "Person" and m.hi == x + 1:
            if sr.key(title_start(m) - 1) not in L.AR_WITH:
                return None, []
            partners.insert(0, m)
        if sr.f(x) & _AR_NOUNS and _any_convener(sr, x) is not None:
            return x, partners
    return None, []


_AR_QAD = L._ar("قد", "لقد")


def _any_convener(sr: Any, t: int) -> Any:
    """The convener of the meeting noun at *t*: after the verb (``_convener``) or named
    right before it, "بأن الكاظمي ترأس اجتماعاً"، "وكان عراقچي قد عقد ... جلسة"."""
    host = _convener(sr, t)
    if host is not None:
        return host
    v = next((x for x in range(t - 1, max(sr.lo, t - 8) - 1, -1)
              if sr.f(x) & _AR_CONVENE), None)
    if v is None or any(sr.toks[x].punct for x in range(v, t)):
        return None
    w = v - 1 if sr.key(v - 1) in _AR_QAD else v
    m = sr.mention_at.get(w - 1)
    return m if m is not None and m.etype == "Person" and m.hi == w else None


def comprised_meeting_ar(sr: Any) -> None:
    """Pair every two people of a meeting whose ضمّ / جمع lists them (module doc)."""
    for v in sr.triggers(AR_COMPRISED, EMPTY):
        took_part = bool(sr.f(v) & _AR_TOOK_PART)
        if took_part and not sr.f(v + 1) & _AR_IN_IT:
            continue
        attended = bool(sr.f(v) & _AR_ATTENDED) or took_part
        pron = bool(sr.f(v) & _AR_VERB_HIM) and not attended
        t = _noun_before(sr, v) if not took_part and (
            not attended or sr.key(v).startswith("و") or
            sr.toks[v - 1].text not in ("،", ",")) else None
        if t is None and not took_part:
            t = _noun_before_place(sr, v, attended)
        partners: list[Any] = []
        if t is None and attended:
            t, partners = _convened_noun(sr, v)
        if attended and t is None:
            continue
        start = v + 2 if took_part else v + 1
        if t is None and not pron and sr.f(v + 1) & _AR_DEF_NOUNS:
            t = v + 1  # "وضمّ الاجتماع، الذي عُقد ...، A وB"
            start = v + 2
            if start < sr.hi and sr.toks[start].text in ("،", ","):
                close = next((x for x in range(start + 1, min(sr.hi, start + 16))
                              if sr.toks[x].text in ("،", ",")), None)
                if close is None:
                    continue
                start = close + 1
        if t is None or _not_held(sr, t, v):
            continue
        people = _members(sr, start, pron)
        if not people:
            continue
        joined = [] if pron or attended else joined_with_ar(sr, people[-1])
        if joined:  # "القمة الثلاثية التي جمعت X في عمّان بـA وB" (session 71)
            ids = list(dict.fromkeys(m.eid for m in people + joined))
            few = sr.f(t + 1) & L.AR_FEW_PARTY or sr.f(t) & L.AR_FEW_PARTY
            for i, a in enumerate(ids if few else ids[:1]):
                for b in ids[i + 1:]:
                    sr.add("MET_WITH", a, b, "comprised_meeting_ar")
            continue
        if pron:
            x = _antecedent(sr, t, v)
            if x is None:
                continue
            people.insert(0, x)
        if not pron:  # "عقد X اجتماعاً ... ضمّ A وB": X took part
            host = _any_convener(sr, t) if partners or attended else _convener(sr, t)
            if host is not None:
                people[:0] = [host] + partners  # (and Y of "مع Y")
        ids = list(dict.fromkeys(m.eid for m in people))
        if len(ids) < 2:
            continue
        # "اجتماع جمعه بـA وB": X met each (the session 10 reading; A-B of a counted
        # meeting, "اجتماع ثلاثي جمعه بـA وB", is meeting_all_sides')
        paired = ids if not pron else ids[:1]
        for i, a in enumerate(paired):
            for b in ids[i + 1:]:
                sr.add("MET_WITH", a, b, "comprised_meeting_ar")
