"""The ministry or government an office-holder's title names, both scripts (session 27, ent27).

"Iranian Foreign Minister Abbas Araghchi" / "وزير الخارجية الإيراني عباس عراقجي" -> Araghchi
LEADS the Iranian Foreign Ministry; "Defense Secretary X" (a known person of the United
States) -> the US Department of Defense; "Prime Minister X" / "رئيس الوزراء العراقي X" -> the
Iraqi government. The body is the gazetteer's (looked up by its country and kind, built once per
gazetteer) or, when the gazetteer lacks it, a new organisation named by the demonym ("Yemeni
Foreign Ministry", the name ``arabic_bodies`` gives "وزارة الخارجية اليمنية"). The country is
the title's (a nationality word, "Iran's", "وزير خارجية عمان") or, for a person of the gazetteer,
the person's own. A deputy, an assistant, a spokesman or a former holder leads nothing.

Called from one place, ``LeadershipRules.leads_member``; no mention is added (the body enters
the output through the relation only), so no other rule sees it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.capitals_institutions import EN_NATIONALITY
from loaders.extract.dispatch import register_triggers
from loaders.extract.tokens import STEM
from loaders.textnorm import core_tokens

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention

# kind -> the English name of the body (also the new entity's name after the demonym)
KIND_NAMES = {"foreign": "Foreign Ministry", "defence": "Defence Ministry",
              "interior": "Interior Ministry", "finance": "Finance Ministry",
              "government": "Government"}

_ALIASES = {"foreign": ("{adj} Ministry of Foreign Affairs", "Ministry of Foreign Affairs of {country}"),
            "defence": ("{adj} Defense Ministry", "{adj} Ministry of Defence",
                        "{adj} Ministry of Defense"),
            "interior": ("{adj} Ministry of Interior", "{adj} Ministry of the Interior"),
            "finance": ("{adj} Ministry of Finance", "Ministry of Finance of {country}"),
            "government": ("Government of {country}", "{adj} government")}

_EN_KIND_WORDS = {"foreign": "foreign", "defence": "defence", "defense": "defence",
                  "interior": "interior", "finance": "finance"}
EN_PORTFOLIO_HOLDERS = frozenset({"minister", "secretary"})  # "foreign minister"
_EN_NOT_HOLDER = frozenset({"deputy", "assistant", "vice", "former", "ex", "spokesman",
                            "spokeswoman", "spokesperson", "adviser", "advisor", "shadow",
                            "undersecretary", "under", "then", "late", "junior"})
_AR_KIND_WORDS = {w: k for k, ws in {
    "foreign": ("خارجية",), "defence": ("دفاع",), "interior": ("داخلية",),
    "finance": ("مالية",)}.items()
    for w in L._ar(*ws)}
_AR_MINISTER = L._ar("وزير", "وزيرة")
_AR_HEAD = L._ar("رئيس", "رئيسة")
_AR_CABINET = L._ar("وزراء", "حكومة")
_AR_COUNCIL = L._ar("مجلس")
# a title holds the head of a body only with one of these words (a gate per sentence, then
# per title)
BODY_GATE_EN = frozenset({"minister", "secretary", "premier"})
BODY_GATE_AR = _AR_MINISTER | _AR_HEAD
register_triggers(BODY_GATE_AR, BODY_GATE_EN)  # (title_body looks them up in the trigger index)
_AR_NOT_HOLDER = L._ar("نائب", "نائبا", "نائبي", "مساعد", "سابق", "سابقة", "أسبق", "متحدث", "متحدثة", "مستشار",
                       "مستشارة", "وكيل", "راحل", "باسم")

# names of a country's body in the gazetteer, by kind
_BODY_NAMES = {
    "foreign": re.compile(r"\b(foreign ministry|ministry of foreign affairs|foreign office|"
                          r"state department|department of state|foreign affairs ministry)\b"),
    "defence": re.compile(r"\b(defen[cs]e ministry|ministry of (national )?defen[cs]e|"
                          r"department of defen[cs]e)\b"),
    "interior": re.compile(r"\b(interior ministry|ministry of (the )?interior)\b"),
    "finance": re.compile(r"\b(finance ministry|ministry of finance)\b"),
    "government": re.compile(r"^(government of [a-z ]+|[a-z]+ government)$"),
}


def title_kind(toks, lo: int, hi: int) -> str | None:
    """The kind of body the title tokens ``toks[lo:hi]`` hold the head of ("foreign",
    "defence", "interior", "finance", "government"), or None."""
    if hi <= lo:
        return None
    if toks[lo].ar:
        if not any(toks[x].key in BODY_GATE_AR or any(st in BODY_GATE_AR for _o, st in toks[x].stems)
                   for x in range(lo, hi)):
            return None  # (most titles: no minister, no head of a cabinet)
        words = [{toks[x].key, *(st for _o, st in toks[x].stems)} for x in range(lo, hi)]
        if any(not w.isdisjoint(_AR_NOT_HOLDER) for w in words):
            return None
        for i in range(len(words) - 1):
            if not words[i].isdisjoint(_AR_MINISTER):
                kind = next((_AR_KIND_WORDS[x] for x in words[i + 1] if x in _AR_KIND_WORDS),
                            None)
                if kind is not None:
                    return kind  # "وزير الخارجية الإيراني X", "ووزير خارجية عمان X"
            elif not words[i].isdisjoint(_AR_HEAD):
                j = i + 2 if not words[i + 1].isdisjoint(_AR_COUNCIL) else i + 1
                if j < len(words) and not words[j].isdisjoint(_AR_CABINET):
                    return "government"  # "رئيس (مجلس) الوزراء العراقي X", "رئيس الحكومة X"
        return None
    keys = [toks[x].key for x in range(lo, hi)]
    if BODY_GATE_EN.isdisjoint(keys) or any(k in _EN_NOT_HOLDER for k in keys):
        return None
    for i, k in enumerate(keys):
        if k == "prime" and i + 1 < len(keys) and keys[i + 1] == "minister":
            return "government" if i + 2 == len(keys) or keys[i + 2] in (",", "of") else None
        if k == "premier" and i + 1 == len(keys):
            return "government"
        if k in EN_PORTFOLIO_HOLDERS and i >= 1 and keys[i - 1] in _EN_KIND_WORDS:
            return _EN_KIND_WORDS[keys[i - 1]]  # "Foreign Minister", "Defense Secretary"
        if k in EN_PORTFOLIO_HOLDERS and keys[i + 1:i + 3] == ["of", "state"] and k == "secretary":
            return "foreign"  # "Secretary of State X"
        if k == "minister" and i + 2 < len(keys) and keys[i + 1] == "of":
            word = keys[i + 3] if keys[i + 2] == "the" and i + 3 < len(keys) else keys[i + 2]
            if word in _EN_KIND_WORDS:
                return _EN_KIND_WORDS[word]  # "Minister of Foreign Affairs X"
    return None


def bodies_index(gaz) -> dict[tuple[str, str], list[str]]:
    """(country id, kind) -> the gazetteer's organisations of that kind for the country (built
    once per gazetteer, by ``RuleExtractor.__init__``)."""
    got = getattr(gaz, "_ent27_bodies", None)
    if got is not None:
        return got
    got = {}
    for e in gaz.entries.values():
        if e.type != "Organization" or not e.country:
            continue
        for n in (e.name, *e.aliases):
            low = n.lower()
            for kind, pat in _BODY_NAMES.items():
                if pat.search(low):
                    ids = got.setdefault((e.country, kind), [])
                    if e.id not in ids:
                        ids.append(e.id)
    gaz._ent27_bodies = got
    return got


def body_of(doc, country: str, kind: str) -> str | None:
    """The id of *country*'s body of *kind*: the gazetteer's when it has one (the one whose
    id the demonym spells, when it has several), else a new organisation of the document."""
    adj = EN_NATIONALITY.get(country) or L.DEMONYM_EN.get(country)
    if adj is None:
        return None
    name = f"{adj} {KIND_NAMES[kind]}"
    slug = "organization:" + "-".join(name.lower().split())  # (= each word lower-cased)
    found = bodies_index(doc.gaz).get((country, kind), ())
    if slug in found or (kind == "government" and slug in doc.gaz.entries):
        return slug
    if len(found) == 1:
        return found[0]
    if found:
        return None  # (several and none the plain one: "Kurdistan Regional Government")
    eid = doc.new_entity("Organization", name, core_tokens(name))
    ce = doc.gaz.get(country)
    for alias in _ALIASES.get(kind, ()):  # the other spellings annotators and writers use
        doc._add_alias(eid, alias.format(adj=adj, country=ce.name if ce else adj))
    return eid


def title_body(sr, m: Mention) -> str | None:
    """The body the title before the named person *m* makes him the head of, or None."""
    if m.tlo < 0 or m.kind != "name" or (BODY_GATE_AR not in sr.present_sets
                                         and BODY_GATE_EN not in sr.present_sets):
        return None  # (no minister or head word in the sentence: most sentences)
    toks = sr.toks
    kind = _title_kind_cached(sr.doc, m.tlo, m.lo)
    if kind is None or (m.tlo > 0 and _not_holder_before(toks[m.tlo - 1])):
        return None  # "مساعد وزير الخارجية X", "Deputy Foreign Minister X"
    doc = sr.doc
    org, nat = m.role_org, m.role_nat
    if org and doc.etype(org) != "Country":
        if org in doc.gaz.entries:
            return None  # "Kurdistan Region Prime Minister X": a region's body, not the state's
        org = None  # "رئيس مجلس الوزراء العراقي X": the council the title names is the body
        nat = nat or next((L.NATIONALITY[toks[x].key] for x in range(m.tlo, m.lo)
                           if toks[x].key in L.NATIONALITY), None)
    country = nat or org
    if country == "country:mali" and kind == "finance" and sr.toks[m.tlo].ar:
        country = None  # "وزير المالية X": the kind word, not "Malian"
    if country is None:
        e = doc.gaz.get(m.eid)  # a known person's own country, unless he is known to lead
        if e is None or any(doc.etype(o) != "Country" for o in e.leads):  # another body
            return None
        country = e.country
    if not country:
        return None
    return body_of(doc, country, kind)


# (the script of the title's first token, the title's token texts) -> title_kind: a token's
# key and stems follow from its text, and only the first token's script is read (a figure
# or a mark opening an Arabic live-blog line is made Arabic after tokenizing, live_leads_ar)
_KINDS: dict[tuple[bool, tuple[str, ...]], str | None] = {}
_UNSEEN = object()


def _title_kind_cached(doc, lo: int, hi: int) -> str | None:
    """``title_kind(doc.toks, lo, hi)``, kept per title text (the same titles recur: a
    per-token scan and a set per word made once, not at each of the title's mentions)."""
    key = (hi > lo and doc.toks[lo].ar, tuple(doc.texts[lo:hi]))
    kind = _KINDS.get(key, _UNSEEN)
    if kind is _UNSEEN:
        if len(_KINDS) > 100_000:
            _KINDS.clear()
        kind = _KINDS[key] = title_kind(doc.toks, lo, hi)
    return kind  # type: ignore[return-value]


def _not_holder_before(t) -> bool:
    """The word before a title makes its holder a deputy or aide ("مساعد", "ونائب",
    "deputy")."""
    if t.ar:
        return t.key in _AR_NOT_HOLDER or not _AR_NOT_HOLDER.isdisjoint(map(STEM, t.stems))
    return t.key in _EN_NOT_HOLDER
