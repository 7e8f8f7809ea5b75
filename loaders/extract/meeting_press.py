"""MET_WITH: meetings told by a place phrase or a joint press conference.

- a place between the meeting noun and its partner: "During talks in Baghdad with Y, X
  said", "وفي اجتماع في بغداد مع Y، أكد X" (:func:`with_after_place`, used by
  ``meetings._met_his_noun`` and ``meetings_ar._meeting_phrase_first``); a body as the venue,
  "held talks at the Pentagon with Y" (:func:`venue_before_with_en`, ``meetings._met_svo``);
- two people who discussed something together: "X and Y discussed border security", "He and Y
  reviewed ties" (he = the person named before; :func:`pair_discussed_en`; not by phone,
  negated or planned: "will discuss");
- "the two sides / the two men" as the subject after an Arabic meeting verb ("وبحث الجانبان
  ...", "والتقى الرجلان"): the only two people the sentence before names met
  (:func:`dual_subject_met_ar`; not after a call, nor "الجانبان / الطرفان" for two people of
  one country; the reference is resolved by ``plural_refs``);
- a title with no name after بـ/مع ("ثم التقى Z بالسفير التركي") leaves Z the subject
  (:func:`unnamed_prep_object_ar`, used by ``meetings._met_svo``);
- a meeting noun with a pronoun that was not held: "يتطلع إلى لقائه مع X", "إن لقاءه مع X لم
  يعقد" (:func:`unheld_meeting_ar`);
- a joint press conference is held in person by both sides: "X and Y held a joint press
  conference", "X told a joint news conference with Y", "At a joint press conference with Y,
  X said", "عقد X وY مؤتمراً صحفياً مشتركاً", "وقال X في مؤتمر صحفي مشترك مع Y"
  (:func:`joint_press_conference`; not a virtual one, nor one planned: "will hold"); in
  English also without "joint" when "with / alongside Y" follows ("Speaking at a news
  conference alongside Y in Baghdad, X said", "X told a press conference with Y", session 56).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_calls import call_before_en
from loaders.extract.meeting_gathered_ar import AR_HELD_TOGETHER
from loaders.extract.meeting_noun_sides import held_by_dual_before_ar
from loaders.extract.meeting_present_more import AR_TWO_SIDES
from loaders.extract.rule_common import EMPTY, forms, title_start

MW = "MET_WITH"
_IN = frozenset({"in", "at"}) | L._ar("في", "فى")
_PLACES = ("Location", "Country")


def with_after_place(sr: Any, t: int, withs: tuple[str, ...]) -> int | None:
    """Position of the partner's preposition (*withs*) right after the meeting noun at *t*,
    or after a place phrase that follows it ("talks in Baghdad with", "اجتماع في بغداد مع");
    None otherwise."""
    x = t + 1
    if sr.key(x) in _IN:
        m = sr.mention_at.get(x + 1)
        if m is None or m.etype not in _PLACES or m.lo != x + 1:
            return None
        x = m.hi
    return x if sr.key(x) in withs else None


def venue_before_with_en(sr: Any, m: Any) -> bool:
    """Is the body *m* only where a meeting took place: "held talks at the Pentagon with X",
    "met at the State Department with X" (session 19), "X and Y held talks at the Afghan
    foreign ministry, joined by Z" (session 44: a body after "at / in (the)" is a place,
    with or without a partner after it)?"""
    if m.etype != "Organization" or m.poss:
        return False
    b = title_start(m) - 1
    b -= sr.key(b) == "the"
    return sr.key(b) in ("at", "in")


def unnamed_prep_object_ar(sr: Any, x: int) -> bool:
    """A title without a name as the prepositional object at *x* ("بالسفير التركي", "مع
    السفير التركي"): the meeting's partner is unnamed, so the person before it is the
    subject, not an object whose subject was dropped."""
    if x >= sr.hi or not sr.toks[x].ar or x in sr.mention_at:
        return False
    if sr.key(x) in ("مع", "ومع"):
        x += 1
        return x < sr.hi and x not in sr.mention_at and bool(sr.f(x) & L.AR_TITLE_FIRST)
    if sr.key(x).startswith("ال") and sr.key(x) in L.AR_TITLE_FIRST:
        return True  # "واستقبل X المحافظ الجديد": a description no one was found for
    return sr.toks[x].text.lstrip("و")[:1] == "ب" and bool(sr.f(x) & L.AR_TITLE_FIRST)


_AR_NOT_YET = L._ar("لم", "لن")
_AR_TAKE_PLACE = L._ar("يعقد", "يتم", "يحصل", "يحدث", "يجر", "يجري", "ينعقد")
_AR_BESIDES = L._ar("إضافة", "بالإضافة", "اضافة", "بالاضافة")  # "إضافة إلى لقائه": held


def unheld_meeting_ar(sr: Any, t: int, end: int) -> bool:
    """The meeting noun at *t* (its partner ending at *end*) is one not held: looked forward
    to ("يتطلع / دعا إلى لقائه مع X") or denied right after ("إن لقاءه مع X لم يعقد")."""
    return bool(sr.f(t - 1) & L.AR_TO) and not sr.f(t - 2) & _AR_BESIDES or any(
        sr.f(y) & _AR_NOT_YET and sr.f(y + 1) & _AR_TAKE_PLACE
        for y in range(end, min(sr.hi, end + 3)))


# ---- joint press conferences ------------------------------------------------------------
EN_JOINT = frozenset({"joint"})
AR_JOINT = L._ar("مشترك", "مشتركا", "مشتركاً", "المشترك")
_EN_CONF = frozenset({"conference", "briefing", "presser"})
_EN_PRESS = EN_PRESS = frozenset({"press", "news"})
_AR_CONF = L._ar("مؤتمر", "مؤتمرا", "المؤتمر", "مؤتمراً")
_AR_PRESS = L._ar("صحفي", "صحفيا", "الصحفي", "صحافي", "صحافيا", "الصحافي", "صحفياً", "صحافياً")
_EN_HELD = frozenset({"held", "gave", "addressed", "told", "hold", "holding", "gives"})
_AR_HELD = L._ar("عقد", "عقدا", "وعقد", "عقدت", "عقدتا", "يعقد", "يعقدان", "تعقد")
_REMOTE = frozenset({"virtual", "video", "online", "remote", "telephone"}) | \
    L._ar("افتراضي", "افتراضيا", "عبر", "الفيديو", "المرئي")
_WITH = frozenset({"with"}) | L._ar("مع")
_EN_OPEN = frozenset({"at", "in", "during", "speaking", "addressing", "after", "following"})
_AR_OPEN = L._ar("في", "وفي", "خلال", "وخلال", "عقب", "وعقب", "بعد", "وبعد")


def _conference_span(sr: Any, j: int) -> tuple[int, int] | None:
    """(first, last) token of "joint press conference" / "مؤتمر صحفي مشترك" around the
    "joint" word at *j*; None when no conference noun is there."""
    if sr.toks[j].ar:
        c = j - 1
        if sr.f(c) & _AR_PRESS:
            c -= 1
        return (c, j) if sr.f(c) & _AR_CONF else None
    c = j + 1
    if sr.key(c) in _EN_PRESS:
        c += 1
    return (j, c) if sr.key(c) in _EN_CONF else None


def people_before(sr: Any, k: int) -> list[Any]:
    """The people of the and-list that ends right before token *k* ("X and Y held")."""
    last = sr.before(k, types=("Person",), maxgap=1)
    if last is None or last.hi < k - 1:
        return []
    for m in sr.args:
        if m.etype == "Person" and m.hi <= last.lo and last in sr.chain(m, ("Person",)):
            return [c for c in sr.chain(m, ("Person",)) if c.hi <= k]
    return [last]


def _future_ar(sr: Any, y: int) -> bool:
    """"سيعقد" / "ستعقد": the future of a verb of holding at *y*."""
    return any(fm[:1] == "س" and fm[1:] in _AR_HELD for fm in sr.f(y)) if sr.toks[y].ar \
        else False


def remote_en(sr: Any) -> bool:
    """A word of a call or a video link anywhere in the English sentence (a message or
    letter handed over is none: "Y, who delivered a message from the king": in person)."""
    return any(sr.key(y) in _EN_REMOTE_ANY and not (
        sr.key(y) in _EN_LETTERS and any(sr.key(z) in _EN_HANDED
                                         for z in range(max(sr.lo, y - 3), y)))
        for y in range(sr.lo, sr.hi))


_EN_LETTERS = frozenset({"letter", "message", "messages"})
_EN_HANDED = frozenset({"delivered", "delivering", "handed", "handing", "conveyed",
                        "conveying", "carried", "carrying", "passed", "brought", "bearing"})


def each_pair_met(sr: Any, people: list[Any], rule: str) -> None:
    """Every two of *people* (mentions of two people) met."""
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            if a.eid != b.eid:
                sr.add(MW, a.eid, b.eid, rule)


def _press_with_en(sr: Any) -> list[int]:
    """English "news / press conference (briefing) with / alongside Y" with no "joint"
    before it (session 56: "Speaking at a news conference alongside Y in Baghdad, X said"):
    the positions of the press word, read as the "joint" word of the span."""
    return [y for y in sr.triggers(EMPTY, _EN_PRESS)
            if sr.key(y + 1) in _EN_CONF and sr.key(y + 2) in _EN_ALONGSIDE and
            sr.key(y - 1) not in EN_JOINT]


_EN_ALONGSIDE = frozenset({"with", "alongside"})


def joint_press_conference(sr: Any) -> None:
    """A joint press conference: those who held it met (see the module docstring)."""
    plain = _press_with_en(sr)
    for j in sr.triggers(AR_JOINT, EN_JOINT) + plain:
        span = (j, j + 1) if j in plain else _conference_span(sr, j)
        if span is None:
            continue
        c0, c1 = span
        ar = sr.toks[j].ar
        if any(sr.f(y) & _REMOTE if ar else sr.key(y) in _REMOTE for y in range(sr.lo, sr.hi)):
            continue  # "a joint virtual press conference", "by video link"
        w = c1 + 1
        partner = sr.after(w + 1, types=("Person",), maxgap=2) if sr.key(w) in _WITH or \
            sr.key(w) == "alongside" or ar and sr.key(w).startswith("مع") else None
        if partner is None and ar and sr.key(w) == "مع":
            # "مع وزير داخلية الإقليم Y", "مع وزير خارجية إيران Y": a construct title the
            # title reader leaves off the name (session 19); no comma before Y
            partner = sr.after(w + 1, types=("Person",), maxgap=5)
            if partner is not None and any(sr.toks[y].punct for y in range(w + 1, partner.lo)):
                partner = None
        if partner is not None:
            first = c0 - 1 if not ar and sr.key(c0 - 1) in ("a", "the", "their") else c0
            opener = sr.key(sr.lo) in (_AR_OPEN if ar else _EN_OPEN) and first - sr.lo <= 3
            if opener:  # "At a joint press conference with Y, X said"
                comma = next((y for y in range(partner.hi, min(sr.hi, partner.hi + 8))
                              if sr.toks[y].text in (",", "،")), None)
                subj = sr.after(comma + 1, types=("Person",), maxgap=2) \
                    if comma is not None else None
            else:  # "X said at / told a joint news conference with Y"
                subj = sr.before(first, types=("Person",), maxgap=8)
            if subj is None or subj.eid == partner.eid or sr.blocked(j, subj) or \
                    sr.blocked(c0 - 1, subj) or _future_ar(sr, c0 - 1):
                continue
            hosts = [subj] if opener else (people_before(sr, subj.hi) or [subj])
            for h in hosts:  # ("X and Z held a joint press conference with Y")
                for p in sr.chain(partner, ("Person",)):
                    if h.eid != p.eid:
                        sr.add(MW, h.eid, p.eid, "joint_press_conference")
            continue
        if j in plain:
            continue  # (a press conference of its own, with no partner: no meeting)
        # no "with": those who held it ("X and Y held", "عقد X وY مؤتمراً")
        v = next((y for y in range(c0 - 1, max(sr.lo, c0 - 12) - 1, -1)
                  if (sr.f(y) & _AR_HELD if ar else sr.key(y) in _EN_HELD)), None)
        if v is None or _future_ar(sr, v):
            continue
        if ar and (first := sr.after(v + 1, types=("Person",), maxgap=2)) is not None and \
                first.hi <= c0:
            people = [m for m in sr.chain(first, ("Person",)) if m.hi <= c0]
        else:
            people = people_before(sr, v)
        if len(people) >= 2 and not sr.blocked(v, people[0]):
            each_pair_met(sr, people, "joint_press_conference")


# ---- "X and Y discussed ..." ------------------------------------------------------------
EN_DISCUSSED = frozenset({"discussed", "reviewed", "exchanged"})
_EN_ADV = frozenset({"also", "later", "then", "jointly", "reportedly", "briefly", "had", "have"})


def people_before_verb_en(sr: Any, t: int) -> tuple[int, list[Any]]:
    """The people of the and-list before the verb at *t*, past the adverbs between ("X and Y
    (also / later / jointly) signed"), and where that list ends (the first adverb, else *t*)."""
    v = t
    while v - 1 > sr.lo and sr.key(v - 1) in _EN_ADV:
        v -= 1
    return v, people_before(sr, v)
_EN_PREPS = frozenset({"of", "about", "for", "with", "to", "by", "from", "between"})
EN_REMOTE_ANY = _EN_REMOTE_ANY = frozenset({"phone", "telephone", "call", "video", "virtual", "videoconference",
                            "letter", "message", "messages", "phoned", "online"})


def pair_discussed_en(sr: Any) -> None:
    """"X and Y (also) discussed / reviewed / exchanged views on ...": the subjects met."""
    for t in sr.triggers(EMPTY, EN_DISCUSSED):
        if sr.key(t) == "exchanged" and sr.key(t + 1) != "views":
            continue
        people = people_before_verb_en(sr, t)[1]
        if len(people) == 1 and sr.key(people[0].lo - 1) == "and" and \
                sr.key(people[0].lo - 2) in ("he", "she") and people[0].lo - 2 == sr.lo:
            he = sr._pronoun(people[0].lo - 1, 2)  # "He and Y discussed ..."
            people = [he] + people if he is not None and he.etype == "Person" else []
        if len(people) < 2 or remote_en(sr) \
                or call_before_en(sr):  # "X phoned Y. He and Y discussed ..." (meeting_calls)
            continue
        s0 = title_start(people[0])
        if sr.key(s0 - 1) in _EN_PREPS or any(m.poss for m in people):
            continue  # "The ministers of X and Y discussed", "X and Y's envoys discussed"
        if not sr.blocked(t, people[0]):
            each_pair_met(sr, people, "pair_discussed_en")


def discussed_with_en(sr: Any) -> None:
    """"X discussed <topic> (there) with Y (and Z)": X met them, unless the sentence tells a
    call, a video link or a letter (or the sentence before a call: ``call_before_en``), or
    names another person in the topic ("discussed Y's plan with Z" keeps Y out of it)."""
    for t in sr.triggers(EMPTY, EN_DISCUSSED):
        if sr.key(t) != "discussed":
            continue
        w = next((y for y in range(t + 1, min(sr.hi, t + 14)) if sr.key(y) == "with"), None)
        if w is None or any(m.etype == "Person" and not m.poss and t < m.lo < w
                            for m in sr.args):
            continue
        first = sr.after(w + 1, types=("Person",), maxgap=4)
        if first is None or first.poss or not sr._close_object(w, first):
            continue
        if remote_en(sr) or call_before_en(sr):
            return
        subj = sr.subject_before(t)
        if subj is None or subj.etype != "Person" or subj.poss or sr.blocked(t, subj):
            continue
        for o in sr.chain(first, ("Person",)):
            if o.eid != subj.eid:
                sr.add("MET_WITH", subj.eid, o.eid, "discussed_with_en")


# ---- "وبحث الجانبان ...": the two named before met ------------------------------------------
_AR_MEET_VERBS = L._ar("التقى", "اجتمع", "بحث", "ناقش", "تباحث", "تشاور", "التقيا", "اجتمعا",
                       "بحثا", "ناقشا", "تباحثا", "تحادث", "تحادثا")


_AR_REMOTE = L._ar("هاتفيا", "هاتفياً", "هاتفي", "اتصالا", "اتصالاً", "اتصال", "اتصل", "اتصلت",
                   "مكالمة", "مكالمه", "هاتفية", "الهاتف", "الفيديو", "افتراضي", "رسالة")


def _remote_before(sr: Any) -> bool:
    """This sentence or the one before tells a call or a message ("اتصل X هاتفياً بـY"):
    "the two sides" then talked at a distance."""
    toks = sr.doc.toks
    lo = sr.doc.sents[sr.si - 1].lo if sr.si > 0 else sr.lo
    return any(toks[y].ar and forms(toks[y]) & _AR_REMOTE for y in range(lo, sr.hi))


_AR_TALKS = L._ar("محادثات", "مباحثات", "جلسة", "اجتماعا", "اجتماعاً", "لقاء", "قمة")


def dual_subject_met_ar(sr: Any) -> None:
    """"وبحث الجانبان العلاقات" / "والتقى الرجلان": a dual reference right after a meeting verb
    is its subject; its members (``plural_refs``) met each other. Also "عقد الجانبان (الرئيسان)
    محادثات" (عقد, the dual, a talks noun)."""
    for t in sr.triggers(AR_HELD_TOGETHER, EMPTY):  # (the two named here, not a reference)
        if sr.f(t + 2) & _AR_TALKS:  # "افتتح X مع الرئيس Y ...، حيث عقد الرئيسان محادثات"
            _held_by_two_here(sr, t)
            if not _remote_before(sr):  # "(... X ... Y.) وعقد الزعيمان اجتماعاً" (meeting_noun_sides)
                held_by_dual_before_ar(sr, t)
    for t in sr.triggers(L.AR_MEET, EMPTY):
        if not sr.f(t) & _AR_MEET_VERBS:
            continue
        ref = sr.mention_at.get(t + 1)
        if ref is None or ref.kind != "ref" or ref.lo != t + 1 or ref.prefix not in ("", "ال"):
            continue
        from loaders.extract.plural_refs import expand  # noqa: PLC0415 (only on a dual ref)

        members = expand(sr.doc, ref.eid) or ()
        prev = {m.eid for m in sr.doc.by_sent.get(sr.si - 1, ()) if m.etype == "Person" and
                m.kind == "name" and not m.in_title}
        if len(members) != 2 or set(members) != prev or sr.blocked(t, ref) or \
                _remote_before(sr):
            continue  # only the two people the sentence before names (no third one)
        if _two_here_before(sr, t, members):
            continue  # "اجتمع C بالوزير B، وبحث الجانبان": the two sides are C and B
        if sr.key(t + 1) in AR_TWO_SIDES and _one_country(sr, members):
            continue  # "والتقى نظيره التركي Y، كما اجتمع بالرئيس Z. وبحث الجانبان": two
            # sides are two countries, never Y and Z of one (the visitor dropped; session 57)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                sr.add(MW, a, b, "dual_subject_met_ar")


def _two_here_before(sr: Any, t: int, members: Any) -> bool:
    """Does this sentence name, before the verb at *t*, two people other than the pair
    *members* of the sentence before ("وحضر المراسم A وB. وعلى هامش المراسم، اجتمع C بالوزير
    B، وبحث الجانبان"): the dual then stands for the two of its own clause (session 65)."""
    here = {m.eid for m in sr.args if m.etype == "Person" and m.kind == "name" and
            not m.in_title and m.hi <= t}
    return len(here) >= 2 and here != set(members)


def _one_country(sr: Any, members: Any) -> bool:
    """Are the two people *members* known to be of one country?"""
    a, b = list(members)
    ca = sr.doc.country_of(a)
    return ca is not None and ca == sr.doc.country_of(b)


def _held_by_two_here(sr: Any, t: int) -> None:
    """"افتتح X مع الرئيس Y سداً، حيث عقد الرئيسان محادثات": the dual after عقد stands for the two
    people this sentence names before it, when it names exactly two, joined by مع and not of
    one country, and no partner follows the talks noun."""
    from loaders.extract.plural_refs import AR_CUES  # noqa: PLC0415 (import cycle; rare)

    if not sr.f(t + 1) & AR_CUES:  # (a dual: الرئيسان، الجانبان، ...)
        return
    here = [m for m in sr.args if m.etype == "Person" and m.kind == "name" and not m.in_title
            and m.hi <= t]
    if len({m.eid for m in here}) != 2 or sr.key(title_start(here[-1]) - 1) != "مع":
        return  # (the two joined by مع: "وكانت في استقباله X، ثم استقبله Y": not X and Y)
    a, b = here[0].eid, here[-1].eid
    if sr.doc.country_of(a) is not None and sr.doc.country_of(a) == sr.doc.country_of(b):
        return  # "وصل X مع نائبه Y، وعقد الجانبان اجتماعاً": one side, travelling together
    if "مع" in (sr.key(t + 3), sr.key(t + 4)):
        return  # "عقد الجانبان اجتماعاً مع ...": they met a third party
    if not sr.blocked(t) and not _remote_before(sr):
        sr.add(MW, a, b, "dual_held_talks_ar")
