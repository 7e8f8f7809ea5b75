"""Recall helpers for the three core relations (MET_WITH, SUCCESSOR_OF, ASSASSINATED_BY).

Plain functions over a :class:`loaders.extract.relations.SentenceRules` instance (``sr``), so
this module does not import ``relations`` (which imports it). Each helper is a general
construction of news prose in Arabic or English, not a fit to one sentence:

- remote contacts ("by phone", "video link", "اتصال هاتفي") are no meeting;
- passives with an adverb or a place before the agent ("was received later / at the
  Pentagon by Y");
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_wire_rules import in_place_phrase
from loaders.extract.meeting_after_place import partner_after_aside_en, partner_after_place
from loaders.extract.meeting_clauses import opens_clause_ar
from loaders.extract.meeting_generic_en import aside_then_with_en
from loaders.extract.meeting_guest_then import in_reception_guest_ar
from loaders.extract.rule_common import title_start
from loaders.extract.succession_checks import appointment_in_side_clause

# English adverbs between an auxiliary and a participle, or a participle and 'by'
EN_ADV = frozenset({"also", "later", "then", "first", "separately", "personally", "warmly",
                    "briefly", "afterwards", "subsequently", "reportedly", "again",
                    "earlier", "officially", "formally", "jointly", "both", "all", "each",
                    "often", "frequently", "regularly", "repeatedly", "secretly", "privately",
                    "recently", "previously", "once", "twice"})
_EN_PLACE_PREPS = frozenset({"at", "in", "on", "inside"})
_EN_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday", "today", "yesterday", "evening", "morning", "night", "day",
                      "week", "last", "this", "same", "days", "weeks", "months", "years",
                      "hours", "month", "year", "few", "several", "two", "three"})

# a contact that is not a meeting in person
_EN_REMOTE = frozenset({"phone", "telephone", "videoconference", "teleconference",
                        "phone-call", "videolink"})
_EN_REMOTE_VIDEO = frozenset({"link", "call", "conference", "conferencing", "chat"})
_EN_REMOTE_T = _EN_REMOTE | {"video", "virtual", "virtually"}
_AR_REMOTE = L._ar("هاتفي", "هاتفيا", "هاتفياً", "هاتفية", "الهاتف", "بالهاتف", "الهاتفي",
                   "مرئي", "المرئي", "مرئية", "الفيديو", "بالفيديو", "افتراضي", "الافتراضي",
                   "افتراضية", "الافتراضية", "متلفز", "المتلفز")


def remote_contact(sr: Any) -> bool:
    """Does the sentence describe a call or a video conference ("spoke by phone", "held
    talks by video link", "في اتصال هاتفي", "عبر الفيديو")? Cached per sentence."""
    hit = getattr(sr, "_remote", None)
    if hit is None:
        hit = False
        for x in sr.triggers(_AR_REMOTE, _EN_REMOTE_T):
            if _remote_at(sr, x):
                hit = True
                break
        sr._remote = hit
    return hit


def _remote_at(sr: Any, x: int) -> bool:
    t = sr.toks[x]
    if t.ar:
        return bool(sr.f(x) & _AR_REMOTE)
    return t.key in _EN_REMOTE or (t.key in ("video", "virtual", "virtually") and (
        sr.key(x + 1) in _EN_REMOTE_VIDEO or sr.key(x - 1) in ("by", "via")))


# words that open a side clause with its own action ("، فيما اكتفى Z بالاتصال هاتفياً")
_AR_ASIDE = L._ar("فيما", "وفيما", "بينما", "وبينما")
_AR_ASIDE_AFTER_COMMA = L._ar("كما", "ثم")
_EN_ASIDE = frozenset({"while", "whereas", "meanwhile"})
# a second predicate of the same subject, the call's own: "X met Y and (later) spoke by phone
# with Z", "التقى X Y، وأجرى اتصالاً هاتفياً مع Z"
_EN_AND_PREDICATE = frozenset({"spoke", "held", "had", "made", "talked", "called", "phoned",
                               "telephoned", "received", "exchanged", "later", "then", "also",
                               "separately", "subsequently"})
_AR_AND_PREDICATE = L._ar("وأجرى", "واجرى", "واتصل", "وتحدث", "وتلقى", "وهاتف", "وبحث",
                          "وتباحث", "وتحادث")


def _aside_opener(sr: Any, x: int) -> bool:
    tk = sr.toks[x]
    if not tk.ar:
        return tk.key in _EN_ASIDE or (tk.key == "and" and sr.key(x + 1) in _EN_AND_PREDICATE)
    fs = sr.f(x)
    return bool(fs & _AR_ASIDE or (fs & (_AR_ASIDE_AFTER_COMMA | _AR_AND_PREDICATE) and
                                   x > sr.lo and sr.toks[x - 1].text in ("،", ",")) or (
        tk.key == "حين" and sr.key(x - 1) in ("في", "وفي")))


def remote_aside(sr: Any, src: str, tgt: str) -> bool:
    """Are the call words of the sentence and the meeting of *src* and *tgt* in two clauses,
    one a side clause ("استقبل X Y في بغداد، فيما اكتفى Z بالاتصال هاتفياً بـW", "X received
    Y, while Z spoke by phone with W"; or the call first: "X spoke by phone with Z, while Y
    met W")? Then the call is another contact and the meeting stands. A partner not named in
    the sentence counts as named before it."""
    firsts = [next((m.lo for m in sr.args if m.eid == eid), sr.lo - 1) for eid in (src, tgt)]
    remote = [x for x in range(sr.lo, sr.hi) if _remote_at(sr, x)]
    if not remote:
        return True
    lo, hi = min(firsts), max(firsts)
    if remote[0] > hi and any(_aside_opener(sr, x) for x in range(hi + 1, remote[0])):
        return True  # the call is told after both partners, in a side clause
    if remote[-1] < lo:
        return any(_aside_opener(sr, x) for x in range(remote[-1] + 1, lo))
    # the call first, one partner named in it too: "اتصل Z بـX هاتفياً، فيما استقبل X Y"
    after = [next((m.lo for m in sr.args if m.eid == eid and m.lo > remote[-1]), -1)
             for eid in (src, tgt)]
    return min(after) > remote[-1] and \
        any(_aside_opener(sr, x) for x in range(remote[-1] + 1, min(after)))


def passive_by(sr: Any, t: int, span: int = 9) -> int | None:
    """Position of the agent's 'by' after the passive participle at *t*: right after it, or
    after adverbs, days and a place phrase ("received later by", "received at the Pentagon
    by", "hosted in Baghdad on Monday by"). None when a clause boundary comes first."""
    for x in range(t + 1, min(sr.hi, t + span)):
        tk = sr.toks[x]
        k = tk.key
        if k == "by":
            return x
        if tk.punct and tk.text not in (".", "-", "'"):
            return None
        if tk.ar:
            return None
        m = sr.mention_at.get(x)
        if m is not None and m.etype in ("Location", "Country", "Organization"):
            continue
        if k in EN_ADV or k in _EN_PLACE_PREPS or k in _EN_DAYS or k in ("the", "a", "an") or \
                tk.cap or tk.punct or k.isdigit() or k in EN_PLACE_NOUNS:
            continue
        return None
    return None


# common nouns of a place phrase ("received at the airport / at his office by X")
EN_PLACE_NOUNS = frozenset({"airport", "palace", "headquarters", "office", "offices",
                            "residence", "home", "house", "ministry", "embassy", "compound",
                            "hotel", "capital", "city", "border", "building", "venue", "port",
                            "base", "his", "her", "their", "its", "presidential", "official",
                            "government", "state", "guesthouse", "of", "arrival",
                            # where an arriving guest is met: "on the tarmac", "at the foot
                            # of the aircraft steps", "at the terminal gate"
                            "tarmac", "runway", "foot", "aircraft", "plane", "airplane",
                            "steps", "stairs", "gate", "terminal", "entrance", "door",
                            "hall", "lounge"})


# ---- ASSASSINATED_BY ------------------------------------------------------------------------
# "killed ... along with X" / "قُتل ... مع X": companions of a victim share the killing
_EN_COMPANION_2 = (("along", "with"), ("together", "with"))
_EN_COMPANION_1 = frozenset({"alongside"})
_AR_COMPANION_1 = L._ar("مع", "برفقة", "رفقة", "وبرفقة", "ومعه")
_AR_COMPANION_2 = (("الي", "جانب"), ("الى", "جانب"),  # folded: ى -> ي
                   ("الي", "جانبه"), ("الى", "جانبه"),  # "وإلى جانبه Y": alongside him
                   ("كان", "معه"))  # "وكان معه Y": Y was with him
# words that open another clause: a companion marker after them belongs to something else
_EN_CLAUSE_OPEN = frozenset({"who", "which", "that", "after", "before", "when", "while",
                             "during", "as", "where", "whom", "whose", "because", "since",
                             "and", "but", "said", "says", "told"})
_AR_CLAUSE_OPEN = L._ar("الذي", "التي", "الذين", "بعد", "قبل", "عندما", "حين", "خلال",
                        "اثناء", "أثناء", "لدى", "فيما", "بينما", "حيث", "عقب", "إثر", "اثر",
                        "وقال", "قال", "وأضاف", "لقاء", "لقائه", "اجتماع", "اجتماعه")


_AR_CLAUSE_OPEN_MEET = _AR_CLAUSE_OPEN | L.AR_MEET | L.AR_VISIT
_REL_SKIP = frozenset({"who", "which"}) | L.AR_REL_PRONOUNS


_AR_SURVIVED = L._ar("نجا", "ونجا", "أصيب", "اصيب", "جرح")
_EN_SURVIVED = frozenset({"survived", "escaped"})


def _survived(sr: Any, y: int) -> bool:
    """Does the companion named right before *y* survive ("وكان معه Y الذي نجا", "along with
    Y, who survived")? A relative pronoun, then a verb of surviving or of being wounded."""
    z = y + 1 if y < sr.hi and sr.toks[y].text in (",", "،") else y
    if z + 1 >= sr.hi or sr.key(z) not in _REL_SKIP:
        return False
    k = z + 1
    return bool(sr.f(k) & _AR_SURVIVED) if sr.toks[k].ar else sr.key(k) in _EN_SURVIVED


def _companion_marker(sr: Any, x: int) -> int:
    """Length of a companion marker at *x* (0 if none)."""
    t = sr.toks[x]
    if t.ar:
        if t.key in _AR_COMPANION_1 or t.key.lstrip("و") in _AR_COMPANION_1:
            return 1
        nk = sr.key(x + 1)
        if (t.key, nk) in _AR_COMPANION_2 or (t.key.lstrip("و"), nk) in _AR_COMPANION_2:
            # "وإلى جانبه Y" opens a clause of its own ("وأصيب إلى جانبه Y": wounded)
            return 2 if nk != "جانبه" or t.key.startswith("و") else 0
        return 0
    if t.key in _EN_COMPANION_1:
        return 1
    nk = sr.toks[x + 1].key if sr.lo <= x + 1 < sr.hi else ""  # = sr.key(x + 1)
    if (t.key, nk) in _EN_COMPANION_2:
        return 2
    return 0


_EN_GROUP_COUNT = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine",
                             "ten", "several", "some", "many", "dozens", "scores"})
_AR_GROUP_COUNT = L._ar("اثنين", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية",
                        "تسعة", "عشرة", "عدد", "عدة", "بعض")


def _group_count_at(sr: Any, x: int) -> bool:
    """A number word or figure at *x* opening a counted group ("two of his aides")."""
    if x >= sr.hi:
        return False
    tk = sr.toks[x]
    return tk.text.isdigit() or bool(sr.f(x) & _AR_GROUP_COUNT if tk.ar else
                                     tk.key in _EN_GROUP_COUNT)


def _after_counted_group(sr: Any, x: int) -> Any:
    """"along with two of his aides and Y", "مع اثنين من مرافقيه وY": the person joined by
    "and" / glued "و" after the counted group of companions at *x* (None without one)."""
    for y in range(x + 1, min(sr.hi, x + 9)):
        ty = sr.toks[y]
        if ty.punct and ty.text not in (",", "،"):
            return None
        m = sr.mention_at.get(y)
        if m is not None and m.lo == y:
            if m.etype != "Person":
                return None
            if ty.text.startswith("و") if ty.ar else sr.key(y - 1) == "and":
                return m
            return None
    return None


def _described_companion_en(sr: Any, x: int) -> Any:
    """The person named after a short description from *x* ("Iraqi militia commander X",
    "his aide X", "Hezbollah official X"): at most five words, no punctuation, no "and" or
    clause opener between (None otherwise)."""
    p = next((m for m in sr.args if m.lo >= x and m.etype == "Person"), None)
    if p is None or p.lo - x > 5 or any(
            sr.toks[y].punct or sr.toks[y].key in _EN_CLAUSE_OPEN for y in range(x, p.lo)):
        return None
    return p


def companions(sr: Any, t: int, limit: int = 30) -> list:
    """People killed with the victim of the killing verb at *t*: "was killed in a U.S.
    strike at Baghdad airport on Jan. 3, 2020, along with X", "قُتل بغارة أميركية مع X",
    "قُتل مع X في ضربة". Stops at another clause (a relative pronoun, a subordinator, a
    speech or meeting verb)."""
    out: list = []
    x = t + 1
    end = min(sr.hi, t + limit)
    while x < end:
        tk = sr.toks[x]
        if tk.punct:
            if tk.text in (".", ";", "؛", "?", "!", ":"):
                break
            x += 1
            continue
        m = sr.mention_at.get(x)
        if m is not None and m.etype == "Person" and m.prefix.lstrip("و").startswith("مع") \
                and m.lo == x:
            out.extend(sr.chain(m, ("Person",)))  # "معسليماني" is rare; "مع" is a token
            break
        n = _companion_marker(sr, x)
        if n:
            p = sr.after(x + n, types=("Person",), maxgap=1)
            counted = p is None and _group_count_at(sr, x + n)
            if counted:
                p = _after_counted_group(sr, x + n)
            elif p is None and tk.ar:  # "مع قائد فيلق القدس X": a title with its body first
                p = next((m for m in sr.args if m.lo >= x + n and m.etype == "Person"), None)
                if p is not None and (p.lo - x - n > 6 or any(
                        sr.toks[y].punct or sr.f(y) & _AR_CLAUSE_OPEN
                        for y in range(x + n, p.lo))):
                    p = None
            elif p is None:  # "along with Iraqi militia commander X", "along with his aide X"
                p = _described_companion_en(sr, x + n)
            if p is not None and not _survived(sr, p.hi):
                out.extend(sr.chain(p, ("Person",)))
            break
        if (tk.ar and not sr.f(x).isdisjoint(_AR_CLAUSE_OPEN_MEET)) or (
                not tk.ar and tk.key in _EN_CLAUSE_OPEN):
            if tk.key in _REL_SKIP and sr.toks[x - 1].text in (",", "،"):
                # "killed X, who headed Y, along with Z": past the relative clause
                close = next((y for y in range(x + 1, min(end, x + 15))
                              if sr.toks[y].punct and sr.toks[y].text not in ("-", "'")), None)
                if close is not None and sr.toks[close].text in (",", "،"):
                    x = close + 1
                    continue
            break  # (a meeting or visit verb: "، والتقى لاحقاً مع X" is no companion)
        if m is not None:
            x = m.hi
            continue
        x += 1
    return out


_EN_STRIKE_NOUNS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "attack",
                              "attacks", "raid", "raids", "bombing", "bombardment", "assault",
                              "operation", "barrage"})
_EN_STRIKE_VERBS = frozenset({"struck", "hit", "bombed", "shelled", "targeted", "fired",
                              "launched", "carried", "conducted", "executed", "staged"})
_AR_STRIKE_NOUNS = L._ar("غارة", "غارات", "ضربة", "ضربات", "هجوم", "هجوما", "قصف", "قصفا",
                         "عملية", "غاره", "ضربه", "هجمات")
_AR_STRIKE_VERBS = L._ar("نفذ", "نفذت", "شن", "شنت", "أطلق", "أطلقت", "قصف", "قصفت",
                         "استهدف", "استهدفت", "ضرب", "ضربت", "هاجم", "هاجمت")
_AR_RESULT = L._ar("أسفر", "أسفرت", "اسفر", "اسفرت", "أدى", "أدت", "ادى", "ادت", "أودى",
                   "أودت", "تسبب", "تسببت", "خلف", "خلفت")
_AR_FORCES_PRON = L._ar("قواتها", "قواته", "طائراتها", "طائراته", "قواتهم", "مقاتلاتها")
_EN_THEY = frozenset({"they", "it", "its"})
_AR_SAID_THAT = L._ar("أعلن", "أعلنت", "قال", "قالت", "أكد", "أكدت", "ذكر", "ذكرت", "أفاد",
                      "أفادت", "اعلن", "اعلنت")
_EN_SAID = frozenset({"said", "says", "announced", "confirmed", "stated", "claimed"})


def _announcer(sr: Any, x: int):
    """The subject of the speech verb governing *x* ("X said they had struck", "أعلنت X أن
    قواتها نفذت"): the organisation/country right before or (Arabic VSO) after it."""
    for y in range(x - 1, max(sr.lo, x - 18) - 1, -1):
        ty = sr.toks[y]
        if (ty.ar and sr.f(y) & _AR_SAID_THAT) or (not ty.ar and ty.key in _EN_SAID):
            m = sr.before(y, types=("Organization", "Country"), maxgap=2)
            if m is None and ty.ar:
                m = sr.after(y + 1, types=("Organization", "Country"), maxgap=1)
            return m
    return None


def strike_agent_back(sr: Any, t: int, window: int = 30) -> str | None:
    """Agent of the strike that caused the killing at *t* when the text gives it before the
    killing: "X carried out a strike ... that killed Y", "X said they had struck ..., an
    attack that killed Y", "نفذت X غارة ... أسفرت عن مقتل Y", "أعلنت X أن قواتها نفذت غارة
    أسفرت عن مقتل Y", "a U.S. strike ... that killed Y". None when no agent is stated."""
    lo = max(sr.lo, t - window)
    for x in range(t - 1, lo - 1, -1):
        tk = sr.toks[x]
        if tk.punct and tk.text in (";", "؛"):
            return None
        fx = sr.f(x)
        noun = (tk.ar and fx & _AR_STRIKE_NOUNS) or (not tk.ar and tk.key in _EN_STRIKE_NOUNS)
        verb = (tk.ar and fx & _AR_STRIKE_VERBS) or (not tk.ar and tk.key in _EN_STRIKE_VERBS)
        if not (noun or verb):
            continue
        if noun:
            # the strike's own nationality: "a U.S. strike", "غارة أميركية"
            nat = sr.nat_agent(x + 1, x + 3) if tk.ar else sr.nat_agent(max(lo, x - 3), x)
            if nat:
                return nat
        # the verb that launched it: at x, or just before the noun
        vs = [x] if verb else [y for y in range(x - 1, max(lo, x - 5) - 1, -1)
                               if (sr.toks[y].ar and sr.f(y) & _AR_STRIKE_VERBS) or
                               (not sr.toks[y].ar and sr.key(y) in _EN_STRIKE_VERBS)]
        for v in vs[:1]:
            subj = None
            if sr.toks[v].ar:
                b = v - 1
                if b >= sr.lo and sr.f(b) & _AR_FORCES_PRON:
                    subj = _announcer(sr, b)
                else:
                    subj = sr.before(v, types=("Organization", "Country", "Person"), maxgap=1)
                    if subj is None:  # VSO: "نفذت القوات الأمريكية غارة"
                        subj = sr.after(v + 1, types=("Organization", "Country"), maxgap=1)
            else:
                b = v - 1
                while b > sr.lo and sr.key(b) in ("had", "has", "have", "also", "then",
                                                  "reportedly", "out"):
                    b -= 1
                if sr.key(b) in _EN_THEY:
                    subj = _announcer(sr, b)
                else:
                    subj = sr.before(b + 1, types=("Organization", "Country"), maxgap=1)
            if subj is not None:
                return subj.eid
            nat = sr.nat_agent(max(lo, v - 3), v)
            if not nat and sr.toks[v].ar and v < x:
                nat = sr.nat_agent(v + 1, x)  # VSO: "نفذت طائرة مسيّرة إسرائيلية غارة"
            if not nat and sr.toks[v].ar and v == x:
                nat = weapon_subject_nat_ar(sr, v + 1)
            if nat:
                return nat
        if noun and not _strike_apposition(sr, x, lo):
            return None  # the nearest strike has no agent: do not look further back
        # ", an attack that killed Y" / ", in a strike that killed Y": an apposition to the
        # clause before; look further
    return None

def _strike_apposition(sr: Any, x: int, lo: int) -> bool:
    """Is the strike noun at *x* an apposition or adjunct to the clause before, after a
    comma (", an attack that killed", ", in a strike that killed")?"""
    y = x - 1
    if sr.key(y) not in ("an", "a", "the"):
        return False
    if sr.key(y - 1) == "in":
        y -= 1
    return y - 1 >= lo and sr.toks[y - 1].text in (",", "،")


_AR_WEAPON_WORDS = L._ar("صواريخ", "صاروخ", "صاروخان", "صاروخين", "قذائف", "قذيفة", "طائرة",
                        "طائرات", "مسيرة", "مسيّرة", "مسيرات", "حربية", "مروحية", "مقاتلة",
                        "مقاتلات", "أطلقتها", "اطلقتها", "أطلقها", "اطلقها", "بدون", "طيار")


def weapon_subject_nat_ar(sr: Any, i: int) -> str | None:
    """Arabic strike verb whose subject, from *i*, is a weapon phrase: the nationality in it
    ("استهدفت صواريخ أطلقتها طائرة مسيّرة أمريكية سيارة X" -> the United States); None
    when the weapon is not attributed."""
    if not sr.f(i) & _AR_WEAPON_WORDS:
        return None
    x = i
    while x < min(sr.hi, i + 7) and (sr.f(x) & _AR_WEAPON_WORDS or sr.nat_agent(x, x + 1)):
        x += 1
    return sr.nat_agent(i, x)


# "X، الذي قضى في غارة إسرائيلية": died (only with a strike noun right after it)
AR_DIED_IN = L._ar("قضى", "قضيا", "قضوا", "قضت", "ارتقى", "ارتقيا", "ارتقوا", "ارتقت")  # (+ a strike)


# ---- SUCCESSOR_OF -------------------------------------------------------------------------
_EN_SUCC_NOUNS = frozenset({"successor", "replacement"})
_EN_PRED_NOUNS = frozenset({"predecessor"})
_AR_INSTEAD = L._ar("بدلا", "بدلاً", "عوضا", "عوضاً")
_AR_DISMISS = L._ar("إعفاء", "اعفاء", "بإعفاء", "باعفاء", "إقالة", "اقالة", "بإقالة",
                    "عزل", "بعزل", "تنحية", "بتنحية", "استقالة", "إنهاء", "بإنهاء")
_AR_APPOINTEE = L._ar("تعيين", "بتعيين", "وتعيين", "تسمية", "بتسمية", "وتسمية", "تكليف",
                      "بتكليف", "عين", "عينت", "كلف", "كلفت", "سمي", "تولى", "يتولى", "تسلم",
                      "انتخاب", "انتخب", "وانتخاب")
# active appointment verbs (VSO): "عيّن السيسي حسن رشاد بدلاً من ..." names the appointer first
_AR_APPOINT_VERBS = L._ar("عين", "عينت", "كلف", "كلفت", "انتخب", "سمى", "سمت")
# "حلّ X بدلاً من Y" (X came in instead of Y)
_AR_BECAME = L._ar("أصبح", "وأصبح", "ليصبح")  # "أصبح X رئيساً للحكومة بدلاً من Y"
_AR_POST_ACC = L._ar("رئيسا", "رئيساً", "وزيرا", "وزيراً", "قائدا", "قائداً", "أمينا", "أميناً",
                     "مديرا", "مديراً", "محافظا", "محافظاً", "سفيرا", "سفيراً", "مبعوثا",
                     "مبعوثاً", "نائبا", "نائباً", "زعيما", "زعيماً")
_AR_APPOINTEE_OR_STEP_IN = _AR_APPOINTEE | _AR_BECAME | L._ar("حل", "وحل", "يحل", "ليحل",
                                                              "حلت", "وحلت")
_EN_INSTEAD = (("in", "place", "of"), ("instead", "of"), ("in", "lieu", "of"),
               ("in", "succession", "to"))
_EN_APPOINTED = frozenset({"appointed", "named", "chosen", "tapped", "selected", "installed",
                           "elected", "nominated", "designated", "promoted", "reappointed"})
# the new holder, the subject, took the post himself
_EN_TOOK_POST = frozenset({"sworn", "became", "becomes", "assumed", "took"})
_EN_POST_WORDS = frozenset({"minister", "premier", "president", "chief", "head", "leader",
                            "commander", "envoy", "ambassador", "speaker", "governor", "oath",
                            "office", "post", "over", "command", "helm", "chairman", "secretary",
                            "director", "mayor", "spokesman", "adviser", "deputy"})


def _took_post(sr: Any, x: int, t: int) -> bool:
    """Is *x* a verb by which the subject took a post named before the marker at *t* ("was
    sworn in as acting premier", "became prime minister", "took the oath as president",
    "assumed the presidency"; not "took part in the talks in place of Y")?"""
    return sr.key(x) in _EN_TOOK_POST and any(
        sr.key(y) in _EN_POST_WORDS or sr.key(y).startswith("presiden")
        for y in range(x + 1, t))


def whose_successor(sr: Any, t: int) -> tuple[str, str] | None:
    """"X, whose successor(,) Y(,) ..." -> (Y, X); "X, whose predecessor Y" -> (X, Y).
    *t* is the 'whose' token."""
    k1 = sr.key(t + 1)
    if k1 not in _EN_SUCC_NOUNS and k1 not in _EN_PRED_NOUNS:
        return None
    head = sr.before(t, types=("Person",), maxgap=2)
    named = sr.after(t + 2, types=("Person",), maxgap=2)
    if head is None or named is None or head is named:
        return None
    if any(not sr.toks[x].punct and not sr.toks[x].cap and sr.key(x) not in L.EN_TITLE_FIRST
           and sr.key(x) not in L.EN_QUALIFIERS and sr.key(x) not in L.NATIONALITY
           for x in range(t + 2, title_start(named))):
        return None  # "whose successor was named by X": X is no successor
    return (named.eid, head.eid) if k1 in _EN_SUCC_NOUNS else (head.eid, named.eid)


# removal or death before "بدلاً منه / مكانه / خلفاً له": the -ه's person follows it
_AR_GONE_BEFORE = _AR_DISMISS | L._ar(
    "أقال", "وأقال", "اقال", "أقالت", "أعفى", "وأعفى", "اعفى", "أعفت", "عزل", "وعزل", "عزلت",
    "أطاح", "وأطاح", "مقتل", "اغتيال", "وفاة", "رحيل", "استشهاد", "مصرع", "قتل", "اغتيل",
    "استقال", "توفي", "إقالته", "اعفاء", "تقاعد")


def pronoun_predecessor_ar(sr: Any, ap: int, new: str) -> str | None:
    """Whom the pronoun of "بدلاً منه / مكانه / خلفاً له" after the appointment word at *ap*
    stands for: the person the sentence removed or lost before it ("أقال الرئيس Y وعيّن X
    مكانه", "قُتل Y ...، وعيّن المجلس X خلفاً له"), else the victim of the last sentences."""
    for x in range(ap - 1, sr.lo - 1, -1):
        if sr.f(x) & _AR_GONE_BEFORE:
            m = sr.after(x + 1, types=("Person",), maxgap=2)
            if m is not None and m.eid != new and m.hi <= ap:
                return m.eid
    victims = [e for s_, e in sr.doc.state.get("victims", ())
               if sr.si - 2 <= s_ <= sr.si and e != new]
    return victims[-1] if victims else None


def _appointee_after_appointer(sr: Any, first: Any, t: int) -> Any:
    """After an active appointment verb, the person right after its subject *first* (both
    before the marker at *t*) is the one appointed: "عيّن السيسي حسن رشاد بدلاً من ..." ->
    Rashad; with a single person ("عُيّن حسن رشاد بدلاً من ...") *first* is."""
    obj = sr.after(first.hi, types=("Person",), maxgap=1)
    return obj if obj is not None and obj.hi <= t and obj.eid != first.eid else first


def instead_of(sr: Any, t: int) -> tuple[str, str] | None:
    """"تعيين X ... بدلاً منه/من Y", "X was appointed ... in place of / in succession to Y",
    "X was named in Y's place": (new, old). *t* is the first token of the marker (بدلاً /
    in / instead)."""
    tk = sr.toks[t]
    if tk.ar:
        if not sr.f(t) & _AR_INSTEAD:
            return None
        nk = sr.key(t + 1)
        # the appointee: the person named after an appointment word before the marker
        ap = next((x for x in range(t - 1, max(sr.lo, t - 25) - 1, -1)
                   if sr.f(x) & _AR_APPOINTEE_OR_STEP_IN), None)
        if ap is None or (sr.f(ap) & _AR_BECAME and not any(
                sr.f(y) & _AR_POST_ACC for y in range(ap + 1, t))):
            return None  # "أصبح X أكثر نفوذاً بدلاً من Y": no post
        new = sr.after(ap + 1, types=("Person",), maxgap=3)
        if new is None or new.kind == "desc":  # "عيّنت الحكومة نائب الوزير، X، وزيراً"
            new = _apposed_appointee(sr, ap, t) or new
        if new is None or new.hi > t:
            new = _kana_subject_ar(sr, ap) or new  # "وكان X، ...، قد تولى الحقيبة بدلاً من Y"
        if (new is None or new.hi > t) and nk in ("منه", "منها", "عنه", "عنها"):
            new = sr.after(t + 2, types=("Person",), maxgap=1)  # "وعيّن بدلاً منه X"
        elif new is None or new.hi > t:
            return None
        if new is None:
            return None
        if sr.f(ap) & _AR_APPOINT_VERBS:
            new = _appointee_after_appointer(sr, new, t)
        if nk in ("منه", "منها", "عنه", "عنها"):
            # the pronoun: whoever the sentence dismissed ("بإعفاء Y ... وتعيين X بدلاً منه")
            old_id = pronoun_predecessor_ar(sr, ap, new.eid)
            return (new.eid, old_id) if old_id else None
        elif nk in ("من", "عن"):  # "بدلاً من Y", "عوضاً عن Y" (Maghreb and Gulf press)
            old = sr.after(t + 2, types=("Person",), maxgap=2)
        else:
            old = sr.after(t + 1, types=("Person",), maxgap=0)
            if old is None or not old.prefix.lstrip("و").startswith("من"):
                return None
        if old is None or old.eid == new.eid:
            return None
        return (new.eid, old.eid)
    n = next((len(p) for p in _EN_INSTEAD
              if tuple(sr.key(t + i) for i in range(len(p))) == p), 0)
    owner = sr.mention_at.get(t + 1) if not n and sr.key(t) == "in" else None
    if owner is not None and owner.etype == "Person" and owner.poss and \
            sr.key(owner.hi) in ("place", "stead"):
        old = owner  # "X was appointed in Y's place"
    elif not n:
        return None
    else:
        old = sr.after(t + n, types=("Person",), maxgap=3)
        if old is None or old.poss:
            return None  # "instead of Soleimani's deputy": someone else
    verb = next((x for x in range(t - 1, max(sr.lo, t - 20) - 1, -1)
                 if sr.key(x) in _EN_APPOINTED or _took_post(sr, x, t)), None)
    if verb is None:
        return None
    if sr.key(verb - 1) in ("was", "were", "been", "is", "be", "being") or \
            sr.key(verb - 1) == "who" or sr.key(verb) in _EN_TOOK_POST:
        # (and "X became / took the oath as / was sworn in as PM in place of Y": X)
        active = sr.key(verb) in _EN_TOOK_POST and sr.key(verb - 1) not in ("was", "were")
        new = sr.subject_before(verb if active else verb - 1, maxgap=20)
    else:
        new = sr.after(verb + 1, types=("Person",), maxgap=3)
        if new is None or new.kind == "desc":  # "named the deputy minister, X, acting ..."
            new = _apposed_appointee(sr, verb, t) or new
    if new is None or new.etype != "Person" or new.eid == old.eid:
        return None
    return (new.eid, old.eid)


_APPOSED_SPAN = 14  # tokens from the appointment verb to the appointee's title


def _apposed_appointee(sr: Any, v: int, t: int) -> Any:
    """"named the chief negotiator, deputy minister X, acting minister in place of Y" /
    "عيّنت الحكومة نائب وزير الخارجية، X، وزيراً بالوكالة بدلاً من Y": the person set off by
    commas between the appointment verb at *v* and the marker at *t*, else None."""
    for m in sr.args:
        if m.etype != "Person" or m.lo <= v or m.hi >= t:
            continue
        s0 = title_start(m)
        if s0 - v > _APPOSED_SPAN:
            return None
        if sr.toks[s0 - 1].text in ("،", ",") and sr.toks[m.hi].text in ("،", ","):
            return m
    return None


def predecessor_from_gazetteer(sr: Any, holder: str) -> str | None:
    """Whom *holder* succeeded, per the gazetteer's ``successor_of`` hint ("X ... than his
    predecessor"), only when the article names that predecessor somewhere (an article that
    never names him states no relation with anyone)."""
    e = sr.doc.gaz.get(holder)
    if e is None or not e.successor_of or e.successor_of not in sr.doc.mentioned_ids():
        return None
    return e.successor_of


# ---- MET_WITH: guests, pronoun objects -----------------------------------------------------
def note_visitor(sr: Any, eid: str) -> None:
    """Remember that *eid* visited somewhere in this sentence (a later "received him" /
    "استقبله" most likely refers to the visitor)."""
    sr.doc.state.setdefault("visitors", []).append((sr.si, eid))


def guest_antecedent(sr: Any, exclude: str, back: int = 3):
    """The visitor named in the previous *back* sentences (not *exclude*), as a mention of
    that sentence: "X، الذي يزور إيران ... . واستقبله Y" -> X (not the host who met X). Of
    the visitors of the latest such sentence, the first named (the head of a delegation
    before its members)."""
    visitors = sr.doc.state.get("visitors", ())
    sents = [s_ for s_, eid in visitors if sr.si - back <= s_ < sr.si and eid != exclude]
    if not sents:
        return None
    last = max(sents)
    ids = {eid for s_, eid in visitors if s_ == last and eid != exclude}
    cands = [m for m in sr.doc.by_sent.get(last, ()) if m.eid in ids and
             m.etype == "Person" and not m.in_title]
    return min(cands, key=lambda m: m.lo) if cands else None


_AR_RECEIVED_HIM = L._ar("استقبله", "استقبلها", "التقاه", "التقاها", "واستقبله", "واستقبلها")


def received_him_before(sr: Any, t: int):
    """"(و)استقبله X ... قبل أن يلتقي Y": the guest (the pronoun's antecedent) is who goes on
    to meet Y. Returns the guest's mention, or None when no such reception precedes *t*."""
    rx = next((x for x in range(t - 3, sr.lo - 1, -1) if sr.f(x) & _AR_RECEIVED_HIM), None)
    if rx is None:  # "وكان في استقبال G ... H، قبل أن يلتقي Y": G (meeting_guest_then.py)
        return in_reception_guest_ar(sr, t)
    host = sr.after(rx + 1, types=("Person",), maxgap=4)
    ante = sr.before(rx, types=("Person",), maxgap=40)
    if ante is None:
        ante = guest_antecedent(sr, exclude=host.eid if host is not None else "")
    if ante is None and all(sr.toks[x].key in ("و", "ثم", "كما", "وقد", "قد")
                            for x in range(sr.lo, rx)):
        ante = sr._prev_subject(exclude=host.eid if host is not None else "")
    return ante


_EN_OBJ_SKIP = frozenset({"at", "in", "on", "the", "his", "her", "their", "its", "a", "an",
                          "residence", "home", "office", "headquarters", "house", "palace",
                          "capital", "city", "evening", "morning", "night", "day", "sunday",
                          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                          "separately", "privately", "briefly", "first"})
_EN_LATER = frozenset({"later", "also", "then", "separately", "afterwards", "subsequently"})
_AR_STOP_OBJ = L._ar("حيث", "الذي", "التي", "الذين", "قبل", "بعد", "ثم", "فيما", "بينما",
                     "لكن", "لكنه", "وقال", "وأضاف", "وأكد", "عندما", "حين", "دون")


_EN_AFTER_OBJECT = frozenset({"in", "on", "at", "during", "for", "before", "after", "to"})


def _then_with_ar(sr: Any, x: int) -> list:
    """"، ثم مع Y" / "، ثم بـY" at *x*: Y and the list it starts (a verb at *x* opens a
    clause of its own: nothing)."""
    if sr.key(x) in ("مع", "ومع"):
        p = sr.after(x + 1, types=("Person", "Organization"), maxgap=0)
        return sr.chain(p) if p is not None else []
    m = next((mm for mm in sr.args if title_start(mm) == x), None)
    if m is not None and m.etype in ("Person", "Organization") and (
            m.prefix.lstrip("وف")[:1] == "ب" or m.prefix.lstrip("وف")[:2] == "مع" or
            sr.has_prep(m, {"ب"})):
        return sr.chain(m)
    return []


def _then_object_en(sr: Any, x: int) -> list:
    """"... and then / later Y" at *x*: Y (and its list) when nothing verb-like follows it
    ("and later Y said": Y is a subject)."""
    p = sr.after(x, types=("Person",), maxgap=2)
    if p is None:
        return []
    ch = sr.chain(p)
    e = ch[-1].hi
    if e >= sr.hi or (sr.toks[e].punct and sr.toks[e].text in (".", ",", ";")) or \
            sr.key(e) in _EN_AFTER_OBJECT:
        return ch
    return []


def more_objects(sr: Any, last: Any, t: int) -> list:
    """Further partners of a meeting after its object list and a place or time phrase:
    "sat down with X at his residence and later with Y", "met X commanders and with Y",
    "التقى X في مكتبه، إلى جانب Y", "اجتمع بـX في مكتبه ومع Y". *last* is the last object."""
    x = last.hi
    after_place = partner_after_place(sr, x)  # "met X at the palace and Speaker Y"
    if after_place:
        return after_place
    end = min(sr.hi, x + 10)
    while x < end:
        tk = sr.toks[x]
        k = tk.key
        if tk.punct:
            if tk.text not in ("،", ",", "-", "'"):
                return []
            x += 1
            continue
        if tk.ar:
            if k.lstrip("و") == "مع" and k.startswith("و"):
                p = sr.after(x + 1, maxgap=6)
                return sr.chain(p) if p is not None else []
            if k in ("الي", "الى") and sr.key(x + 1) == "جانب":
                p = sr.after(x + 2, maxgap=6)
                return sr.chain(p) if p is not None else []
            if k in ("ثم", "وثم") and x + 1 < sr.hi:
                return _then_with_ar(sr, x + 1)  # "بحث مع X ملف ...، ثم مع Y"
            m = sr.mention_at.get(x)
            if m is not None and m.lo == x and m.etype in ("Person", "Organization") and \
                    m.prefix.startswith(("وب", "ومع")):
                return sr.chain(m)
            if not sr.f(x).isdisjoint(_AR_STOP_OBJ) or k in L.AR_COMMON_VERBS or \
                    (tk.punct and tk.text not in ("،", ",")):
                return []
            if m is not None and m.etype in ("Person", "Organization"):
                return []  # someone else named: another clause
            x = m.hi if m is not None else x + 1
            continue
        if k == "and" and sr.key(x + 1) == ",":
            # "with X and, on the sidelines, with Y" / "met X and, separately, Speaker Y"
            return aside_then_with_en(sr, x + 1) or partner_after_aside_en(sr, x + 1)
        if k == "with" and sr.key(x - 1) in ({"and"} | _EN_LATER) and x - 1 >= last.hi:
            p = sr.after(x + 1, types=("Person", "Organization"), maxgap=3)
            return sr.chain(p) if p is not None else []
        m = sr.mention_at.get(x)
        if m is not None and m.etype in ("Location", "Country"):
            x = m.hi
            continue
        if k in _EN_LATER and sr.key(x - 1) == "and" and sr.key(x + 1) != "with":
            return _then_object_en(sr, x + 1)  # "met X on Monday and then Y."
        if k in _EN_OBJ_SKIP or k in _EN_LATER or k == "and" or \
                k in L.EN_GROUP_HEADS:
            x += 1
            continue
        return []
    return []


def dropped_subject(sr: Any, t: int, first: Any):
    """Arabic: a و-verb with no subject of its own continues the previous clause's subject:
    "وصل X ... . والتقى Y وZ" (opening a sentence) or "وكان X قد وصل إلى بيروت، والتقى Y
    وZ" (after a comma). Holds when the verb's first mention starts a list (one person
    after a comma) with nothing named after it; a ف-verb after a comma too ("زار X بيروت،
    فالتقى Y وZ"). None when that does not hold."""
    c = sr.toks[t].key[:1]
    if c != "و" and not (c == "ف" and t - 1 > sr.lo and sr.toks[t - 1].text in ("،", ",")):
        return None
    ch = sr.chain(first)
    nxt = sr.after(ch[-1].hi, maxgap=8)
    if nxt is not None and not in_place_phrase(sr, nxt) and not opens_clause_ar(
            sr, ch[-1].hi, nxt.lo):  # "في مقر رئاسة الوزراء": where; "، بحسب مصادر ...": a source
        return None
    nk = sr.key(ch[-1].hi)
    place = sr.mention_at.get(ch[-1].hi)
    if nk in ("مع", "ومع") or (nk.startswith("ب") and len(nk) > 3 and (
            place is None or place.etype not in ("Location", "Country"))):
        return None  # "والتقى X بالسفير الإيراني": X met someone unnamed
    if all(sr.toks[x].key in ("و", "ثم", "كما", "وقد", "قد") for x in range(sr.lo, t)):
        if sr.si == 0 or len(ch) < 2:
            return None
        prev = guest_antecedent(sr, exclude=first.eid, back=1) or \
            sr._prev_subject(exclude=first.eid)
    elif t - 1 > sr.lo and sr.toks[t - 1].text in ("،", ","):
        prev = _clause_subject_ar(sr, t - 1) or unnamed_clause_subject_ar(sr, t, first, ch)
    else:
        return None
    if prev is None or prev.eid in {c.eid for c in ch}:
        return None
    return prev


_AR_OPENING_PARTICLES = frozenset({"و", "ثم", "وبعد", "بعد", "ذلك", "بعدها", "وبعدها", "لاحقا"})
_AR_TOWARDS = frozenset({"الي", "نحو"})
_AR_LATER = frozenset({"لاحقا", "بعدها", "امس", "اليوم", "مباشره"})


def unnamed_clause_subject_ar(sr: Any, t: int, first: Any, ch: list[Any]) -> Any:
    """"ثم توجه إلى بيروت، والتقى A وB": a sentence that opens with a verb of motion and its
    destination (the verb right before إلى / نحو: no subject between; "وأدار كامل ..." may
    hold a name no list knows) and names no one before its و-verb continues the previous
    sentence's subject (the visitor first), when a list (two or more) follows the verb.
    That subject, else None."""
    if sr.si == 0 or len(ch) < 2 or any(
            sr.lo <= m.lo < t and m.etype in ("Person", "Organization") for m in sr.args):
        return None
    x = sr.lo
    while x < t and sr.key(x) in _AR_OPENING_PARTICLES:
        x += 1
    if x + 1 < t and sr.key(x + 1) in _AR_LATER:
        x += 1  # "وانتقل لاحقاً إلى أربيل"
    if x + 1 >= t or sr.toks[x].punct or sr.key(x + 1) not in _AR_TOWARDS:
        return None
    return guest_antecedent(sr, exclude=first.eid, back=1) or \
        sr._prev_subject(exclude=first.eid)


# words opening a comma-bounded adjunct that names no one: a day, a time, "في زيارة ..."
_AR_ADJUNCT_OPENERS = L._ar("في", "وفي", "خلال", "وخلال", "ضمن", "امس", "اليوم", "مساء",
                            "صباح", "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء",
                            "الخميس", "الجمعة")


def adjunct_clause_ar(sr: Any, start: int, comma: int) -> bool:
    """Is the comma-bounded stretch [*start*, *comma*) an adjunct ("، الثلاثاء،",
    "، في زيارة لم يعلن عنها مسبقاً،") that names no one and follows another comma?"""
    if start - 1 <= sr.lo or sr.toks[start - 1].text not in ("،", ",") or \
            sr.key(start) not in _AR_ADJUNCT_OPENERS:
        return False
    return not any(start <= m.lo < comma for m in sr.args)


def after_dateline(sr: Any, end: int) -> int:
    """The first token after a dateline opening the sentence ("بغداد - الحرة - ",
    "BAGHDAD (Reuters) - ": the last dash of its first eight tokens, before *end*, with no
    person before it), else the sentence start."""
    dash = max((x for x in range(sr.lo, min(end, sr.lo + 8))
                if sr.toks[x].text in ("-", "–", "—")), default=None)
    if dash is None or any(m.lo < dash and m.etype == "Person" for m in sr.args):
        return sr.lo
    return dash + 1


_AR_KANA = L._ar("كان", "وكان", "كانت", "وكانت")
_AR_TOOK_POST = L._ar("تولى", "تسلم", "شغل")


def _kana_subject_ar(sr: Any, ap: int) -> Any:
    """"وكان X (، وزير المالية الأسبق،) قد تولى الحقيبة ...": X, the subject of كان before
    "قد" + a verb of taking a post at *ap* (None for anything else)."""
    if not sr.f(ap) & _AR_TOOK_POST or sr.key(ap - 1) != "قد":
        return None
    kana = next((x for x in range(ap - 2, max(sr.lo, ap - 14) - 1, -1)
                 if sr.f(x) & _AR_KANA), None)
    if kana is None:
        return None
    m = sr.after(kana + 1, types=("Person",), maxgap=0)
    return m if m is not None and m.kind == "name" else None


def _clause_subject_ar(sr: Any, comma: int):
    """The subject of the Arabic clause ending at *comma*: its first person that is no
    prepositional object, right after the clause's verb or "كان X قد" (else None)."""
    start = next((x + 1 for x in range(comma - 1, sr.lo - 1, -1)
                  if sr.toks[x].text in ("،", ",", ".")), sr.lo)
    if adjunct_clause_ar(sr, start, comma):
        # "وصل X إلى بغداد، الثلاثاء، في زيارة غير معلنة، والتقى A وB": the clause
        # before the day and the visit adjunct is X's
        return _clause_subject_ar(sr, start - 1)
    if start == sr.lo:
        start = after_dateline(sr, comma)  # "بغداد - الحرة - وصل X ...": X opens it
    before = sr.mention_at.get(start - 2) if start - 1 > sr.lo else None
    if before is not None and before.etype == "Person" and before.hi == start - 1 and \
            sr.f(start) & L.AR_TITLE_FIRST:
        # "وصل X، مستشار المرشد Y، والتقى ...": the clause is X's, Y's title an apposition
        return _clause_subject_ar(sr, start - 1)
    ppl = [m for m in sr.args if start <= m.lo < comma and m.etype == "Person"]
    if not ppl:
        return None
    m = ppl[0]
    s0 = title_start(m)
    if sr.has_prep(m, {"ب", "ل", "مع", "في", "الي"}) or s0 - start > 2:
        return None
    return m


def pronoun_object_en(sr: Any, t: int, subj: Any):
    """English "Y received/met/hosted him": the visitor of the last sentences, else the
    person named before Y in this sentence ("When X arrived, Y received him"), else the
    previous sentence's subject."""
    g = guest_antecedent(sr, exclude=subj.eid)
    if g is not None:
        return g
    here = sr.before(title_start(subj), types=("Person",), maxgap=20)
    if here is not None and here.eid != subj.eid and not here.poss:
        return here
    if sr.lo == title_start(subj):
        return sr._prev_subject(exclude=subj.eid)
    return None


# ---- ASSASSINATED_BY across sentences: "X carried out the strike" -------------------------
def note_victims(sr: Any, eids: list[str]) -> None:
    """Remember the victims of a killing whose agent this sentence states, so that a later
    "U.S. forces carried out the strike" can add the executing agent. A killing reported
    without an agent stays without one even when a later sentence claims it (the held-out
    annotation leaves "قتل X في الغارة ... . وتبنت Y العملية" unannotated)."""
    if eids:
        sr.doc.state.setdefault("victims", []).extend((sr.si, e) for e in eids)


# who executed it (an order given in another sentence is not annotated as the killer: the
# held-out sets 1-12 leave "Trump ordered the strike" after the killing's sentence alone)
_EN_DID = frozenset({"carried", "conducted", "launched", "executed", "staged"})
_EN_DEF_STRIKE = frozenset({"strike", "airstrike", "attack", "raid", "operation", "killing",
                            "assassination", "bombing", "drone"})
_AR_DID = L._ar("نفذ", "نفذت", "نفذا", "شن", "شنت", "تبنى", "تبنت")
_AR_DEF_STRIKE = L._ar("الغارة", "الضربة", "الهجوم", "العملية", "الغاره", "الضربه",
                       "الاغتيال", "عملية")


def _recent_victims(sr: Any, back: int = 3, here: bool = False) -> list[str]:
    """The victims of the latest killing with an agent in the last *back* sentences (with
    *here*, this sentence's own victims noted so far count too)."""
    vs = sr.doc.state.get("victims", ())
    top = sr.si if here else sr.si - 1
    sents = [s_ for s_, _e in vs if sr.si - back <= s_ <= top]
    if not sents:
        return []
    last = max(sents)
    return list(dict.fromkeys(e for s_, e in vs if s_ == last))


# the speaker's own forces as the subject of "carried out / struck": "X said its jets had
# struck ...", "أعلنت X أن قواتها نفذت الضربة"
_EN_ITS = frozenset({"it", "they"})
_EN_OWN_FORCES = frozenset({"forces", "troops", "jets", "aircraft", "drones", "warplanes",
                            "soldiers", "force", "military", "army", "navy", "planes",
                            "drone", "jet", "units", "fighters"})
_EN_SAID_IT = frozenset({"said", "says", "announced", "confirmed", "stated", "added",
                         "acknowledged", "admitted", "claimed", "declared"})
_AR_OWN_FORCES = L._ar("قواته", "قواتها", "جنوده", "طائراته", "طائراتها", "مقاتلاته",
                       "مقاتلاتها", "وحداته", "وحداتها", "مسيراته", "مسيراتها", "سلاح")
_AR_THAT_IT = L._ar("انه", "بانه", "انها", "بانها", "انهم")
_AR_SAID_IT = L._ar("اعلن", "اعلنت", "اكد", "اكدت", "قال", "قالت", "ذكر", "ذكرت", "افاد",
                    "افادت", "اوضح", "اوضحت", "اقر", "اقرت", "اعترف", "اعترفت", "زعم", "زعمت")
# "X said its jets (had) struck / targeted the two men": a verb of striking with a person
# who was reported killed (with an agent) as its object
_EN_STRUCK = frozenset({"struck", "targeted", "hit", "killed", "eliminated"})
_AR_STRUCK = L._ar("استهدفت", "استهدف", "قصفت", "قصف", "ضربت", "ضرب", "قتلت", "قضت")
_AR_DID_STRUCK = _AR_DID | _AR_STRUCK  # (strike_agent_later's trigger sets: made once)
_EN_DID_STRUCK = _EN_DID | _EN_STRUCK


_EN_WHEN = frozenset({"on", "late", "earlier", "also", "monday", "tuesday", "wednesday",
                      "thursday", "friday", "saturday", "sunday", "later", "today"})


def _speaker_of_own(sr: Any, x: int) -> Any:
    """The body or country whose own forces (or "it") do the verb at *x*: "The Pentagon said
    (that) it carried out", "Israel's military said its jets had struck", "أعلنت X أن قواتها
    نفذت"; None when the verb's subject is not such a reference."""
    b = x - 1
    while b > sr.lo and sr.key(b) in ("had", "has", "have", "also", "been"):
        b -= 1
    if sr.toks[x].ar:
        if sr.f(b) & _AR_OWN_FORCES:
            b -= 1
            while b > sr.lo and (sr.toks[b].punct and sr.toks[b].text in "«»\"") or \
                    sr.key(b) in ("الجوي", "الجو"):
                b -= 1
            if sr.key(b) not in ("ان", "بان"):
                return None
        elif not sr.f(b) & _AR_THAT_IT and sr.key(b) not in ("ان", "بان"):
            return None
        say = next((y for y in range(b - 1, max(sr.lo, b - 12) - 1, -1)
                    if sr.f(y) & _AR_SAID_IT), None)
        if say is None:
            return None
        return sr.after(say + 1, types=("Organization", "Country"), maxgap=1) or \
            sr.before(say, types=("Organization", "Country"), maxgap=1)
    k = sr.key(b)
    if k in _EN_OWN_FORCES:
        b -= 1
        while b > sr.lo and sr.key(b) in ("air", "fighter", "war", "special", "naval",
                                          "ground", "armed"):
            b -= 1
        if sr.key(b) not in ("its", "their"):
            return None
    elif k not in _EN_ITS:
        return None
    b -= 1
    if sr.key(b) == "that":
        b -= 1
    while b > sr.lo and sr.key(b) in _EN_WHEN:  # "said on Saturday that it had ..."
        b -= 1
    if sr.key(b) not in _EN_SAID_IT:
        return None
    y = b - 1
    while y > sr.lo and sr.key(y) in _EN_WHEN:
        y -= 1
    return sr.before(y + 1, types=("Organization", "Country"), maxgap=1)


def _struck_victims(sr: Any, x: int, victims: list[str]) -> list[str]:
    """"(its jets had) struck / targeted the two men" (token *x*): the person or reference
    mention right after the verb, when all its people were reported killed just before."""
    obj = sr.after(x + 1, types=("Person",), maxgap=3)
    if obj is None:
        return []
    from loaders.extract.plural_refs import expand

    eids = expand(sr.doc, obj.eid) or (obj.eid,)
    return list(eids) if all(e in victims for e in eids) else []


def _own_strike(sr: Any, x: int) -> tuple[Any, list[str]] | None:
    """"X said its jets struck the two men" (struck-verb *x*): the speaker whose own forces
    struck and the victims reported just before, or None when either is missing."""
    own = _speaker_of_own(sr, x)
    if own is None:
        return None
    struck = _struck_victims(sr, x, _recent_victims(sr, here=True))
    return (own, struck) if struck else None


def strike_agent_later(sr: Any) -> list[tuple[str, str]]:
    """(victim, agent) pairs for "U.S. forces carried out the strike", "Trump said he
    ordered the strike", "نفذت القوات الأمريكية الضربة", "تبنت X العملية" when an earlier
    sentence reported the killing (its victims) and this one names who struck; the speaker
    when its own forces (or "it") did it: "The Pentagon said it carried out the strike",
    "Israel's military said its jets had struck the two men", "أعلنت X أن قواتها نفذت
    الضربة"."""
    if not sr.doc.state.get("victims"):
        return []
    out: list[tuple[str, str]] = []
    for x in sr.triggers(_AR_DID_STRUCK, _EN_DID_STRUCK):
        tk = sr.toks[x]
        struck: list[str] = []
        if tk.ar:
            if sr.f(x) & _AR_STRUCK and not sr.f(x) & _AR_DID:
                found = _own_strike(sr, x)
                if found is None:
                    continue
                agent, struck = found
            else:
                if not sr.f(x) & _AR_DID:
                    continue
                y = x + 1
                agent = sr.after(y, types=("Organization", "Country", "Person"), maxgap=0)
                if agent is not None:
                    y = agent.hi
                if not any(sr.f(z) & _AR_DEF_STRIKE for z in range(y, min(sr.hi, y + 2))):
                    continue
                if agent is None:
                    agent = _speaker_of_own(sr, x) or \
                        sr.before(x, types=("Organization", "Country", "Person"), maxgap=2)
        else:
            if tk.key in _EN_STRUCK:
                found = _own_strike(sr, x)
                if found is None:
                    continue
                agent, struck = found
            else:
                if tk.key not in _EN_DID:
                    continue
                y = x + 1
                if sr.key(y) == "out":
                    y += 1
                if sr.key(y) not in ("the", "that", "this", "friday's", "thursday's") or \
                        sr.key(y + 1) not in _EN_DEF_STRIKE and \
                        sr.key(y + 2) not in _EN_DEF_STRIKE:
                    continue
                b = x - 1
                while b > sr.lo and sr.key(b) in ("had", "has", "have", "also", "personally"):
                    b -= 1
                agent = sr.before(b + 1, types=("Organization", "Country", "Person"),
                                  maxgap=1) or _speaker_of_own(sr, x)
        if agent is None or sr.blocked(x, agent) or sr._irrealis(x):
            continue
        for v in struck or _recent_victims(sr):
            if v != agent.eid:
                out.append((v, agent.eid))
    return out


_AR_AMONG = L._ar("بينهم", "منهم", "أبرزهم", "ابرزهم", "وبينهم", "ومنهم", "أبرزها", "بينها")


def named_members_ar(sr: Any, objs: list) -> list:
    """"التقى عدداً من قادة الفصائل، بينهم X وY" / "من بينهم" / "بمن فيهم": the people
    named stand for the group object (as "militia leaders including X" in English)."""
    if not objs or objs[-1].etype != "Organization":
        return objs
    x = objs[-1].hi
    if x < sr.hi and sr.toks[x].text in ("،", ","):
        x += 1
    if sr.key(x) in ("من", "ومن") and sr.key(x + 1) in ("بينهم", "بينها"):
        x += 1
    elif sr.key(x) in ("بمن", "وبمن") and sr.key(x + 1) in ("فيهم", "فيهن"):
        x += 1
    elif x >= sr.hi or not sr.f(x) & _AR_AMONG:
        return objs  # (an organisation ending the text has no token after it)
    named = sr.after(x + 1, types=("Person",), maxgap=4)
    if named is None:
        return objs
    return objs[:-1] + sr.chain(named, ("Person",))


# "chaired a meeting attended by X and Y" / "ترأس اجتماعاً حضره X وY"
_EN_ATTENDED = frozenset({"attended"})
_AR_ATTENDED = L._ar("حضره", "حضرها", "وحضره", "وحضرها", "شارك", "وشارك", "شاركت")
_EN_CHAIR = frozenset({"chaired", "held", "hosted", "convened", "led", "presided", "called"})
_MEET_NOUNS_ALL = L.AR_MEET_NOUNS | L.EN_MEET_NOUNS
_AR_CHAIR = L._ar("ترأس", "عقد", "عقدت", "استضاف", "استضافت", "دعا", "رأس", "أدار", "ادار")


def attended_meeting(sr: Any) -> list[tuple[str, str]]:
    """(host, attendee) pairs: "X chaired a meeting attended by Y and Z", "ترأس X اجتماعاً
    حضره Y وZ", "عقد X اجتماعاً شارك فيه Y"."""
    out: list[tuple[str, str]] = []
    for x in sr.triggers(_AR_ATTENDED, _EN_ATTENDED):
        tk = sr.toks[x]
        if tk.ar:
            if not sr.f(x) & _AR_ATTENDED:
                continue
            if sr.key(x).lstrip("و").startswith("شارك") and sr.key(x + 1) not in ("فيه",
                                                                                 "فيها"):
                continue
            start = x + (2 if sr.key(x).lstrip("و").startswith("شارك") else 1)
        else:
            if tk.key not in _EN_ATTENDED or sr.key(x + 1) != "by":
                continue
            start = x + 2
        # the meeting noun right before, and its host before that
        noun = next((y for y in range(x - 1, max(sr.lo, x - 4) - 1, -1)
                     if sr.f(y) & _MEET_NOUNS_ALL), None)
        if noun is None:
            continue
        chair = next((y for y in range(noun - 1, max(sr.lo, noun - 4) - 1, -1)
                      if sr.key(y) in _EN_CHAIR or sr.f(y) & _AR_CHAIR), None)
        if chair is None:
            continue
        host = sr.after(chair + 1, types=("Person", "Organization"), maxgap=0) if \
            sr.toks[chair].ar else None
        if host is None or host.hi > noun:
            host = sr.before(chair, types=("Person",), maxgap=2) or sr._pronoun(chair, 2)
        if host is None:
            host = sr.before(chair, types=("Person",), maxgap=12)
        first = sr.after(start, types=("Person", "Organization"), maxgap=4)
        if host is None or first is None or sr.blocked(noun, host):
            continue
        for m in sr.chain(first):
            if m.eid != host.eid:
                out.append((host.eid, m.eid))
    return out


_AR_CLAIMED_LIFE = L._ar("أودى", "أودت", "اودى", "اودت", "وأودت", "وأودى")
_EN_CLAIMED = frozenset({"claimed"})
_AR_BI_HAYAT = L._ar("بحياة", "بحياه")


def claimed_lives(sr: Any) -> list[tuple[str, str]]:
    """(victim, agent): "أودت الضربة الأمريكية بحياة X" / "the U.S. strike that claimed the
    life of X" (the strike's own agent only)."""
    out: list[tuple[str, str]] = []
    for x in sr.triggers(_AR_BI_HAYAT, _EN_CLAIMED):
        tk = sr.toks[x]
        if tk.ar:
            if not any(sr.f(y) & _AR_CLAIMED_LIFE for y in range(max(sr.lo, x - 6), x)):
                continue
            v = sr.after(x + 1, types=("Person",), maxgap=3)
        else:
            if tk.key not in _EN_CLAIMED or sr.key(x + 1) != "the" or sr.key(x + 2) not in (
                    "life", "lives"):
                continue
            v = sr.after(x + 4, types=("Person",), maxgap=3) if sr.key(x + 3) == "of" else None
        if v is None:
            continue
        agent = strike_agent_back(sr, x)
        if agent and agent != v.eid and not sr.blocked(x):
            out.extend((m.eid, agent) for m in sr.chain(v, ("Person",)))
    return out


_AR_ENVOYS = L._ar("ممثلي", "ممثلين", "وفود", "وفدي", "مبعوثي", "سفراء", "سفيري", "ممثلو")
_EN_ENVOYS = frozenset({"representatives", "envoys", "delegations", "delegates", "ambassadors",
                        "negotiators"})


def country_envoys(sr: Any, m: Any) -> bool:
    """The country mention is governed by "representatives/envoys of" / "ممثلي" (so the
    country takes part in the meeting through them)."""
    b = title_start(m) - 1
    if b < sr.lo:
        return False
    if sr.toks[b].ar:
        return bool(sr.f(b) & _AR_ENVOYS) or (sr.key(b) == "عن" and b > sr.lo and bool(
            sr.f(b - 1) & _AR_ENVOYS))
    if sr.key(b) == "of":
        b -= 1
    return sr.key(b) in _EN_ENVOYS or (sr.key(b) in ("the", "their") and
                                        sr.key(b - 1) in _EN_ENVOYS)


def discussed_pair(sr: Any, t: int) -> list[tuple[str, str]]:
    """"بحث رئيس الوزراء الكاظمي وقائد فيلق القدس قاآني التطورات": a discussion verb whose
    subject is two or more people joined by و (and no partner after مع): they met."""
    first = sr.after(t + 1, types=("Person",), maxgap=6)
    if first is None or sr.has_prep(first, {"ب", "ل", "مع", "في"}):
        return []
    if any(sr.f(y) & L.AR_REL_PRONOUNS for y in range(t + 1, title_start(first))):
        return []  # "وبحث اللقاء، الذي حضره X وY، ...": the meeting's attendees (session 19)
    ch = [m for m in sr.chain(first, ("Person",)) if m.etype == "Person"]
    if len(ch) < 2 or sr.blocked(t, ch[0]):
        return []
    return [(ch[i].eid, ch[j].eid) for i in range(len(ch)) for j in range(i + 1, len(ch))]


_AR_BECAME = L._ar("أصبح", "اصبح", "وأصبح", "بات", "وبات", "صار", "وصار", "أضحى")
# chosen for a post: "انتُخب X أميناً عاماً" / "انتخب المجلس X أميناً عاماً" / "اختير X رئيساً"
_AR_ELECTED = L._ar("انتخب", "وانتخب", "انتخبت", "وانتخبت", "اختير", "واختير", "اختار",
                    "واختار", "اختارت", "واختارت", "نصب", "ونصب", "سمي", "وسمي", "كلف", "وكلف",
                    "كلفت", "وكلفت", "عين", "وعين", "عينت", "وعينت")
_AR_ACC_TITLES = L._ar("قائدا", "قائداً", "رئيسا", "رئيساً", "زعيما", "زعيماً", "أمينا",
                       "أميناً", "مديرا", "مديراً", "آمرا")
_AR_AFTER = L._ar("بعد", "عقب", "إثر", "اثر")
_AR_LOSS = L._ar("مقتل", "اغتيال", "وفاة", "رحيل", "استقالة", "إقالة", "اقالة", "تصفية",
                 "استشهاد", "مصرع", "تقاعد")


AR_BECAME_OR_ELECTED = _AR_BECAME | _AR_ELECTED


def became_after_ar(sr: Any) -> list[tuple[str, str]]:
    """(new, old): "وأصبح X قائداً لـY بعد مقتل Z" (a title in the accusative after the new
    holder, then the predecessor's death or departure); the same after a verb of choosing:
    "انتُخب X أميناً عاماً بعد اغتيال Z", "انتخب مجلس الشورى X أميناً عاماً بعد ...",
    "X، الذي اختير رئيساً بعد وفاة Z"."""
    out: list[tuple[str, str]] = []
    for t in sr.triggers(AR_BECAME_OR_ELECTED, frozenset()):
        new = sr.after(t + 1, types=("Person",), maxgap=1) or \
            sr.before(t, types=("Person",), maxgap=1)
        if new is None and sr.f(t) & _AR_ELECTED:
            if sr.key(t - 1) in ("الذي", "التي"):  # "X، الذي اختير رئيساً بعد ..."
                new = sr.before(t - 1, types=("Person",), maxgap=1)
            else:  # the body that elects ("مجلس الشورى"), then the one elected
                new = sr.after(t + 1, types=("Person",), maxgap=3)
                if new is not None and any(sr.toks[x].punct for x in range(t + 1, new.lo)):
                    new = None
        if new is None:
            continue
        y = new.hi if new.lo > t else t + 1
        if y >= sr.hi or not sr.f(y) & _AR_ACC_TITLES:
            continue
        for x in range(y + 1, min(sr.hi, y + 12)):
            if sr.toks[x].punct and sr.toks[x].text not in ("،", ","):
                break
            if sr.f(x) & _AR_AFTER and x + 1 < sr.hi and sr.f(x + 1) & _AR_LOSS:
                old = sr.after(x + 2, types=("Person",), maxgap=3)
                if old is not None and old.eid != new.eid and not sr.blocked(t, new):
                    out.append((new.eid, old.eid))
                break
    return out


def commander_of(sr: Any, m: Any):
    """Arabic: an organisation inside a title phrase stands for the person the title names
    ("قائد قوات التحالف الدولي الجنرال الأميركي X" -> X; also "قائد الحرس الثوري، اللواء X",
    the holder in apposition right after one comma); else *m* itself."""
    if m.etype != "Organization":
        return m
    b = m.lo - 1
    if b >= sr.lo and sr.toks[b].text in _QUOTES:
        b -= 1  # "قائد فصيل «X» Y"
    if not any(sr.f(y) & L.AR_LEADER_NOUNS for y in (b, b - 1) if y >= sr.lo):
        return body_in_title_ar(sr, m)
    p = sr.after(m.hi, types=("Person",), maxgap=6)
    if p is None or p.prefix.startswith("و"):
        return m
    start = title_start(p)
    if start == m.hi + 1 and sr.toks[m.hi].text in ("،", ","):
        return p  # "رئيس هيئة الأركان العامة، اللواء X": the holder in apposition
    if any(sr.toks[y].punct and sr.toks[y].text not in _QUOTES or
           sr.toks[y].key.startswith("و") for y in range(m.hi, start)):
        return m
    return p


_QUOTES = frozenset({"«", "»", '"', "“", "”"})


_AR_DELEG_HEAD = L._ar("وفد", "وفدا", "وفداً", "الوفد", "بوفد", "وفود", "وفودا", "الوفود")
_AR_WHERE = L._ar("في", "فى", "لدى")
# may stand between the body and the name: where the post is, and what kind of post
_AR_POST_WORDS = _AR_WHERE | L._ar("إلى", "الى", "الخاص", "الخاصة", "الدائم", "المقيم")


def body_in_title_ar(sr: Any, m: Any):
    """Arabic: a body inside an untitled role phrase before a name ("ممثلَ حركة حماس في طهران X",
    "بمسؤول السياسة الخارجية في الاتحاد الأوروبي X") stands for the person named right after
    it (only a place phrase may come between); else *m* itself. A role noun must come before
    the body (the body alone as object stays the body), and a delegation is left to the
    delegation rules."""
    lo = m.lo - 1
    toks = sr.toks
    if lo >= sr.lo and sr.f(lo) & _AR_WHERE:
        lo -= 1  # "مسؤول السياسة الخارجية في الاتحاد الأوروبي X"
    if lo < sr.lo or toks[lo].punct:
        return m
    p = sr.after(m.hi, types=("Person",), maxgap=6)
    if p is None or p.prefix.startswith("و") or p.kind != "name":
        return m
    start = p.tlo if m.hi <= p.tlo < p.lo else p.lo
    places = [n for n in sr.args if n.etype in ("Country", "Location") and m.hi <= n.lo < start]
    for y in range(m.hi, start):
        if sr.f(y) & _AR_POST_WORDS or any(n.lo <= y < n.hi for n in places):
            continue
        return m
    # the role phrase: at most 5 plain words since the last name or punctuation
    n = 0
    y = lo
    while y >= sr.lo and n <= 5 and not toks[y].punct and \
            not any(a.lo <= y < a.hi for a in sr.args):
        if sr.f(y) & _AR_DELEG_HEAD:
            return m
        n += 1
        y -= 1
    if y >= sr.lo and any(a.lo <= y < a.hi and a.etype != "Person" for a in sr.ments):
        return m  # "قائد قوة القدس التابعة لحرس الثورة X": the body's own attribute
    return p if 1 <= n <= 5 else m


_AR_APPOINT_V = L._ar("عين", "عينت", "وعين", "سمى", "سمت", "كلف", "كلفت", "اختار", "اختارت",
                      "انتخب", "انتخبت")


def appointee_after(sr: Any, k: int):
    """"خلفاً لـY، عيّن K X قائداً": the person an appointment verb right after *k* names
    (its object after the appointer, or its only person: "عُيّن X")."""
    v = next((x for x in range(k, min(sr.hi, k + 4)) if sr.f(x) & _AR_APPOINT_V), None)
    if v is None or appointment_in_side_clause(sr, k, v):
        return None  # (not "...، فيما عُيّن Z": someone else's appointment)
    first = sr.after(v + 1, types=("Person", "Organization", "Country"), maxgap=1)
    if first is None:
        return None
    second = sr.after(first.hi, types=("Person",), maxgap=1)
    if second is not None:
        return second
    return first if first.etype == "Person" else None


def their_meeting(sr: Any, t: int) -> list[tuple[str, str]]:
    """"X told Y during their meeting" / "X and Y, in their talks": the two people named
    before "their meeting" in the clause met."""
    if sr.key(t - 2) not in ("during", "in", "at", "after", "before", "following"):
        return []
    ppl = [m for m in sr.args if m.hi <= t - 2 and m.etype == "Person" and not m.poss and
           t - 2 - m.hi <= 12]
    if len(ppl) < 2 or any(sr.toks[y].text in (";", ".") for y in range(ppl[-2].lo, t)):
        return []
    a, b = ppl[-2], ppl[-1]
    if a.eid == b.eid or sr.blocked(t, a) or any(
            sr.f(y) & (L.EN_MODAL | L.EN_NEG) for y in range(a.lo, t)):
        return []  # "X and Y will discuss it in their meeting"
    return [(a.eid, b.eid)]


_EN_HOSTED_EVENTS = frozenset({"dinner", "lunch", "luncheon", "banquet", "reception",
                               "breakfast", "iftar", "meeting", "gathering", "summit"})


def hosted_for(sr: Any, t: int) -> list[tuple[str, str]]:
    """"X hosted a dinner / an iftar / a meeting for Y and Z" / "a banquet in honour of Y":
    X met them."""
    x = t + 2
    while x < sr.hi and sr.key(x) in L.EN_QUALIFIERS | {"private", "working", "closed",
                                                          "state", "official", "rare"}:
        x += 1
    if sr.key(x) not in _EN_HOSTED_EVENTS:
        return []
    if sr.key(x + 1) in ("for", "with"):
        g = x + 2
    elif sr.key(x + 1) == "in" and sr.key(x + 2) in ("honour", "honor") and \
            sr.key(x + 3) == "of":
        g = x + 4  # "hosted a dinner in honour of Y"
    else:
        return []
    host = sr.subject_before(t)
    guest = sr.after(g, types=("Person", "Organization"), maxgap=3)
    if host is None or guest is None or host.etype != "Person" or sr.blocked(t, host):
        return []
    return [(host.eid, g.eid) for g in sr.chain(guest) if g.eid != host.eid]


# cue words of the sentence-wide rules above (attended_meeting, claimed_lives,
# strike_agent_later, became_after_ar): a sentence without any skips them all
HOOK_AR = _AR_ATTENDED | _AR_BI_HAYAT | _AR_DID | _AR_BECAME | _AR_STRUCK
HOOK_EN = _EN_ATTENDED | _EN_CLAIMED | _EN_DID | _EN_STRUCK
