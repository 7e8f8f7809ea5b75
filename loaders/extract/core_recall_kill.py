"""ASSASSINATED_BY recall helpers: companions of a victim and the strike's agent told before.

Reads the companions killed with a victim ("killed X along with two of his aides and Y",
"قتلت إسرائيل X مع اثنين من مرافقيه وY"; not "and wounded Y", not one who survived), the agent
of a strike clause before the killing ("<agent> fired missiles at ..., in a strike that killed
X", ``strike_agent_back``), the nationality of the weapon's subject ("صواريخ أمريكية") and the
verbs of dying in a strike (``AR_DIED_IN``: "قضى / ارتقى X في غارة").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.strike_verb_reach import verb_reach

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


# the first words of all the markers (a superset of what _companion_marker reads first: a
# token whose key, without a و, is none of them opens no marker; companions() tests it
# before the call)
_MARKER_FIRSTS = _AR_COMPANION_1 | _EN_COMPANION_1 | frozenset(
    a for a, _b in (*_AR_COMPANION_2, *_EN_COMPANION_2))


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


_EN_TITLE_HEADS = frozenset(t.split()[-1] for t in L.EN_TITLES)
_EN_DETERMINERS = frozenset({"the", "his", "its", "their", "her"})


def _apposed_companion_en(sr: Any, x: int) -> Any:
    """"along with the commander of the Khan Younis Brigade, Y": the person named right after
    the comma that closes a description from *x* opened by the / his / its and holding a title
    word (at most ten words, no other punctuation, person or clause opener in it) (session
    58); None otherwise. (``kill_apposed_victim_en.apposed_title_victim_en`` reads the
    victim's apposition after the killing verb itself: there a body's possessive may open
    the title, a body's name inside it is passed over and the name may carry a title of its
    own, reaching 14 tokens; a companion's description is shorter and opened only by a
    determiner, so the two scans stay apart.)"""
    if sr.key(x) not in _EN_DETERMINERS:
        return None
    for y in range(x + 1, min(sr.hi - 1, x + 11)):
        tk = sr.toks[y]
        if tk.punct:
            if tk.text != "," or y == x + 1:
                return None
            p = sr.mention_at.get(y + 1)
            titled = any(sr.key(z) in _EN_TITLE_HEADS for z in range(x + 1, y))
            return p if titled and p is not None and p.etype == "Person" and \
                p.lo == y + 1 else None
        m = sr.mention_at.get(y)
        if tk.key in _EN_CLAUSE_OPEN or m is not None and m.etype == "Person":
            return None
    return None


def _bodies_joined_en(sr: Any, x: int) -> bool:
    """The "and" at *x* joins two bodies of one strike ("in a joint IDF and Shin Bet strike,
    together with Y"), no new clause."""
    a, b = sr.mention_at.get(x - 1), sr.mention_at.get(x + 1)
    return sr.key(x) == "and" and a is not None and b is not None and \
        a.etype in ("Organization", "Country") and b.etype in ("Organization", "Country")


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
        kt = tk.key
        n = _companion_marker(sr, x) if (
            kt in _MARKER_FIRSTS or kt.lstrip("و") in _MARKER_FIRSTS) else 0
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
                p = _described_companion_en(sr, x + n) or _apposed_companion_en(sr, x + n)
            if p is not None and not _survived(sr, p.hi):
                out.extend(sr.chain(p, ("Person",)))
            break
        if (tk.ar and not sr.f(x).isdisjoint(_AR_CLAUSE_OPEN_MEET)) or (
                not tk.ar and tk.key in _EN_CLAUSE_OPEN and not _bodies_joined_en(sr, x)):
            past = _past_clause(sr, x, end)
            if past is None:
                break  # (a meeting or visit verb: "، والتقى لاحقاً مع X" is no companion)
            x, end = past
            continue
        if m is not None:
            x = m.hi
            continue
        x += 1
    return out


_WHEN = frozenset({"when"})
_AR_WHEN = L._ar("عندما", "حين", "حينما")


def _past_clause(sr: Any, x: int, end: int) -> tuple[int, int] | None:
    """Where ``companions`` goes on past the clause opening at *x* (and its new *end*), or
    None when the clause ends the search: a relative clause set off by commas ("killed X, who
    headed Y, along with Z") or a "when" clause telling the strike ("was killed when a US
    drone struck his car in ..., along with Z", «قُتل X عندما استهدفت مسيّرة ...، مع Z»,
    session 61: ``_when_strike_close``)."""
    tk = sr.toks[x]
    if tk.key in _REL_SKIP and sr.toks[x - 1].text in (",", "،"):
        close = next((y for y in range(x + 1, min(end, x + 15))
                      if sr.toks[y].punct and sr.toks[y].text not in ("-", "'")), None)
        if close is not None and sr.toks[close].text in (",", "،"):
            return close + 1, end
    if tk.key in _WHEN or sr.f(x) & _AR_WHEN:
        close = _when_strike_close(sr, x, end)
        if close:
            return close + 1, min(sr.hi, max(end, close + 8))
    return None


def _when_strike_close(sr: Any, x: int, end: int) -> int:
    """The comma closing a "when" clause at *x* that tells the strike ("when a US drone struck
    his car in the Mashtal district", «عندما استهدفت مسيّرة إسرائيلية شقة»), a companion
    marker right after it; else 0. No person, speech or meeting word inside the clause."""
    strike = False
    for y in range(x + 1, min(sr.hi, x + 25)):
        tk = sr.toks[y]
        if tk.punct:
            if tk.text in (",", "،") and strike and _companion_marker(sr, y + 1):
                return y
            return 0
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person" and not m.poss:
            return 0
        if tk.ar:
            if sr.f(y) & _AR_STRIKE_WORDS:
                strike = True
            elif not sr.f(y).isdisjoint(_AR_CLAUSE_OPEN_MEET):
                return 0
        elif tk.key in _EN_STRIKE_VERBS or tk.key in _EN_STRIKE_NOUNS:
            strike = True
        elif tk.key in _EN_CLAUSE_OPEN:
            return 0
    return 0


_EN_STRIKE_NOUNS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "attack",
                              "attacks", "raid", "raids", "bombing", "bombardment", "assault",
                              "operation", "barrage"})
_EN_STRIKE_VERBS = frozenset({"struck", "hit", "bombed", "shelled", "targeted", "fired",
                              "launched", "carried", "conducted", "executed", "staged"})
AR_STRIKE_NOUNS = L._ar("غارة", "غارات", "ضربة", "ضربات", "هجوم", "هجوما", "قصف", "قصفا",
                         "عملية", "غاره", "ضربه", "هجمات",
                         # a bombing, as English "bombing" ("تبنى Y تفجيراً قتل X", s65)
                         "تفجير", "تفجيرا",
                         # "العدوان الصهيوني الذي ... وأدى إلى استشهاد X" (session 38)
                         "عدوان", "اعتداء")
# the strike done by the speaker ("أعلن الجيش أن غارة نفذها ... أسفرت عن مقتل X": the army)
AR_DID_IT_PRON = L._ar("نفذها", "نفذه", "نفذته", "نفذتها", "شنها", "شنه", "شنته", "شنتها")
_AR_STRIKE_VERBS = L._ar("نفذ", "نفذت", "شن", "شنت", "أطلق", "أطلقت", "قصف", "قصفت",
                         "استهدف", "استهدفت", "ضرب", "ضربت", "هاجم", "هاجمت",
                         # the claimer of the strike: "تبنّى الحرس الثوري قصفاً ... أدى إلى مقتله"
                         "تبنى", "تبنت",
                         # two or more said they struck: "أعلن X وY أنهما استهدفا" (session 52)
                         "استهدفا", "استهدفوا", "نفذا", "نفذوا", "شنا", "شنوا", "قصفا", "قصفوا"
                         ) | AR_DID_IT_PRON
_AR_STRIKE_WORDS = _AR_STRIKE_VERBS | AR_STRIKE_NOUNS  # (a strike told in a "when" clause)
_AR_RESULT = L._ar("أسفر", "أسفرت", "اسفر", "اسفرت", "أدى", "أدت", "ادى", "ادت", "أودى",
                   "أودت", "تسبب", "تسببت", "خلف", "خلفت")
_AR_FORCES_PRON = L._ar("قواتها", "قواته", "طائراتها", "طائراته", "قواتهم", "مقاتلاتها",
                        "أنهما", "انهما", "إنهما", "أنهم", "انهم", "إنهم")  # ("أعلن X وY أنهما")
_EN_THEY = frozenset({"they", "it", "its"})
_AR_SAID_THAT = L._ar("أعلن", "أعلنت", "قال", "قالت", "أكد", "أكدت", "ذكر", "ذكرت", "أفاد",
                      "أفادت", "اعلن", "اعلنت")
_EN_SAID = frozenset({"said", "says", "announced", "confirmed", "stated", "claimed"})


def announcer(sr: Any, x: int):
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


def _nationality_end_ar(sr: Any, x: int) -> int:
    """Where the nationality of the Arabic strike noun at *x* may stand: the two words after
    it, up to a word that opens its place («غارة أمريكية»; «غارة في سوريا»: no Syrian strike,
    session 68)."""
    for y in range(x + 1, x + 3):
        if y < sr.hi and sr.f(y) & L.AR_STRIKE_PLACE_PREPS:
            return y
    return x + 3


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
        noun = (tk.ar and fx & AR_STRIKE_NOUNS) or (not tk.ar and tk.key in _EN_STRIKE_NOUNS)
        verb = (tk.ar and fx & _AR_STRIKE_VERBS) or (not tk.ar and tk.key in _EN_STRIKE_VERBS)
        if not (noun or verb):
            continue
        if noun:
            # the strike's own nationality: "a U.S. strike", "غارة أميركية"
            nat = sr.nat_agent(x + 1, _nationality_end_ar(sr, x)) if tk.ar else \
                sr.nat_agent(max(lo, x - 3), x)
            if nat:
                return nat
        # the verb that launched it: at x, or just before the noun (its own reach, not cut by
        # the window: «تبنت Y، فرع ...، عملية تفجير ... مساء الخميس، والتي أسفرت عن مقتل X»)
        vs = [x] if verb else [y for y in range(x - 1, verb_reach(sr, x, sr.lo) - 1, -1)
                               if (sr.toks[y].ar and sr.f(y) & _AR_STRIKE_VERBS) or
                               (not sr.toks[y].ar and sr.key(y) in _EN_STRIKE_VERBS)]
        for v in vs[:1]:
            subj = None
            if sr.toks[v].ar:
                b = v - 1
                if b >= sr.lo and sr.f(b) & _AR_FORCES_PRON:
                    subj = announcer(sr, b)
                elif sr.f(v) & AR_DID_IT_PRON:
                    subj = announcer(sr, v) or _relative_subject_ar(sr, v)
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
                    subj = announcer(sr, b)
                else:
                    subj = sr.before(b + 1, types=("Organization", "Country"), maxgap=1)
            if subj is not None:
                return subj.eid
            nat = sr.nat_agent(max(lo, v - 3), v, skip_bodies=True)  # (not "الحرس الثوري
            # الإيراني قصفاً استهدف": the body's own adjective)
            if not nat and sr.toks[v].ar and v < x:
                nat = sr.nat_agent(v + 1, x)  # VSO: "نفذت طائرة مسيّرة إسرائيلية غارة"
            if not nat and sr.toks[v].ar and v == x:
                nat = weapon_subject_nat_ar(sr, v + 1)
            if not nat and sr.toks[v].ar and sr.f(v) & AR_DID_IT_PRON and v + 1 < sr.hi:
                nat = sr.nat_agent(v + 1, min(sr.hi, v + 3))  # "التي شنها الطيران
                # الإسرائيلي": the force's nationality after the verb (session 56)
            if nat:
                return nat
        if noun and not _strike_apposition(sr, x, lo):
            return None  # the nearest strike has no agent: do not look further back
        # ", an attack that killed Y" / ", in a strike that killed Y": an apposition to the
        # clause before; look further
    return None

def _relative_subject_ar(sr: Any, v: int) -> Any:
    """The subject after "نفذتها / شنها" in a relative clause on the strike ("الضربة التي
    نفذتها القوات الأمريكية أسفرت عن مقتل X", "غارة شنها الطيران الإسرائيلي"): the body or
    country right after the verb (session 56); None when no agent follows."""
    if v + 1 >= sr.hi:
        return None
    return sr.after(v + 1, types=("Organization", "Country"), maxgap=1)


def _strike_apposition(sr: Any, x: int, lo: int) -> bool:
    """Is the strike noun at *x* an apposition or adjunct to the clause before, after a
    comma (", an attack that killed", ", in a strike that killed"; Arabic "، في غارة أسفرت
    عن مقتل"، "، بغارة أسفرت": session 52)?"""
    if sr.toks[x].ar:
        y = x - 1 if sr.key(x - 1) in ("في", "فى") else x
        return y - 1 >= lo and sr.toks[y - 1].text in (",", "،")
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
