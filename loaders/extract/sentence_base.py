"""The state of one sentence and the basic helpers every rule uses: :class:`SentenceBase`.

A sentence's mentions (``ments``, ``args`` in token order, ``mention_at``), the positions of
its trigger words per word set (``_index_triggers``, ``triggers``; ``present_sets`` for the
``@needs`` gates), token access (``f``, ``key``, ``key_set``), ``add`` (records a
:class:`~loaders.extract.rel.Rel`, with the checks every relation goes through),
``has_prep``, ``nat_agent`` and ``refresh``. The helpers that find subjects, lists and
modality are mixins over this class (``subjects.py``, ``chains.py``, ``modality.py``),
composed in ``relations.SentenceCore``.
"""

from __future__ import annotations

from operator import attrgetter

from loaders.extract import lexicon as L
from loaders.extract.capitals_institutions import CAPITALS
from loaders.extract.core_recall import remote_aside, remote_contact
from loaders.extract.core_recall_hooks import HOOK_AR, HOOK_EN
from loaders.extract.core_recall_objects import note_visitor
from loaders.extract.core_recall_strike_later import note_victims
from loaders.extract.dispatch import AR_TRIGGER_SETS as _AR_TRIGGER_SETS
from loaders.extract.dispatch import EN_TRIGGER_SETS as _EN_TRIGGER_SETS
from loaders.extract.dispatch import TRIGGER_CATS as _TRIGGER_CATS
from loaders.extract.dispatch import register_triggers as _register_triggers
from loaders.extract.execution_judicial import execution_kind, judicial_execution
from loaders.extract.honorific_refs import AR_CUES as _HON_AR
from loaders.extract.honorific_refs import EN_CUES as _HON_EN
from loaders.extract.honorific_refs import honorific_refs, honorific_refs_en
from loaders.extract.kill_army_unit_en import army_of_unit, is_unit_id
from loaders.extract.mentions import QUOTES, Doc, Mention
from loaders.extract.occupation_refs import AR_CUES as _OCC_AR
from loaders.extract.occupation_refs import EN_CUES as _OCC_EN
from loaders.extract.occupation_refs import occupation_refs
from loaders.extract.plural_refs import AR_CUES as _REF_AR
from loaders.extract.plural_refs import EN_CUES as _REF_EN
from loaders.extract.plural_refs import GROUP_PREFIX, add_refs, expand
from loaders.extract.pronoun_refs import EN_CUES as _HE_EN
from loaders.extract.pronoun_refs import he_refs
from loaders.extract.rel import Rel, trigger_sets
from loaders.extract.rule_common import _FORMS, EMPTY, forms
from loaders.extract.sentence_cues import _Cues
from loaders.extract.successor_owner import (
    named_successor,
    object_after_successor,
    only_successor_owner,
    successor_noun_here,
)
from loaders.extract.visited_capital import city_visited

_NOT_MEETERS = frozenset({"Country", "Location", "Event", "Agreement", "Outlet"})
_BY_LO = attrgetter("lo")
_TOK_KEY = attrgetter("key")
# Rel(...) of a named tuple runs its Python __new__ (a lambda around tuple.__new__): the
# relation of add() is made by tuple.__new__ itself (the same object, one call fewer)
_NEW_TUPLE = tuple.__new__
_register_triggers(HOOK_AR, HOOK_EN)  # SentenceRules._hooks looks them up directly
_register_triggers(_REF_AR, _REF_EN)  # SentenceBase.__init__ looks them up directly
_register_triggers(_HON_AR, _HON_EN)  # (the same: "سموه", "معاليه" in honorific_refs)
_register_triggers(frozenset(), _HE_EN)  # (and "He" / "She": pronoun_refs)
_register_triggers(_OCC_AR, _OCC_EN)  # (and "الاحتلال" / "the occupation": occupation_refs)
# the word sets of the reference steps of __init__: none present, none runs
_REF_CUES = frozenset({_REF_AR, _REF_EN, _HON_AR, _HON_EN, _HE_EN, _OCC_AR, _OCC_EN})


class SentenceBase:
    """One sentence's state and the basic helpers (the mixins of ``SentenceCore`` add the
    subject, list and modality helpers)."""

    def __init__(self, doc: Doc, si: int):
        self.doc = doc
        self.si = si
        s = doc.sents[si]
        self.lo, self.hi = s.lo, s.hi
        self.toks = doc.toks
        self.ments = ments = list(doc.by_sent.get(si, ()))
        # the arguments in the order of (lo, kind != "name") (names before descriptions at the
        # same token; ties in mention order): a stable partition, then a stable sort by lo
        # (no key function called per mention); the entity types for @needs (dispatch.py)
        args: list[Mention] = []
        later: list[Mention] = []
        types = set()
        for m in ments:
            types.add(m.etype)
            if not m.in_title:
                if m.kind == "name":
                    args.append(m)
                else:
                    later.append(m)
        if later:
            args += later
        args.sort(key=_BY_LO)
        self.args = args
        self.mention_types = types
        self.out: list[Rel] = []
        self.dependent: set[int] = set()  # mentions inside "X's successor" / "خليفة X"
        self._agents: list[str] = []
        self._remote: bool | None = None  # core_recall.remote_contact, per sentence
        self._execution: str | None = None  # execution_judicial.execution_kind, per sentence
        self.owner_met = False  # a meeting read, dropped for a successor noun's owner
        self._cues: _Cues | None = None  # the sentence's negation/modal cues (negated())
        self._intitle: set[int] | None = None
        self._key_set: frozenset[str] | None = None  # (key_set(), made on first use)
        self._succ_noun: bool | None = None  # (successor_noun_here(), on the first meeting)
        # the first argument over each token (written last, in reverse order: no setdefault)
        mat: dict[int, Mention] = {}
        self.mention_at = mat
        for m in reversed(args):
            for k in range(m.lo, m.hi):
                mat[k] = m
        self._names_at = mat  # as before refresh(): names are never triggers
        self._index_triggers()
        # "the two men", "القائدان", "killed him": people named before (plural_refs.py)
        self._refs: list[Mention] = []
        if not _REF_CUES.isdisjoint(self.present_sets):  # (most sentences: one test)
            if _REF_AR in self._by_ar or _REF_EN in self._by_en:
                self._refs = add_refs(self)
            hon = self._by_ar.get(_HON_AR)
            if hon:  # "كما التقى سموه Y": the prince named before (honorific_refs.py)
                self._refs += honorific_refs(self, hon)
            hon = self._by_en.get(_HON_EN)
            if hon:  # "His Majesty was welcomed by Y": the sultan named before
                self._refs += honorific_refs_en(self, hon)  # (honorific_refs.py)
            he = self._by_en.get(_HE_EN)
            if he:  # "X lived in Beirut. He was killed by an Israeli strike" (pronoun_refs.py)
                self._refs += he_refs(self, he)
            occ = self._by_ar.get(_OCC_AR) or self._by_en.get(_OCC_EN)
            if occ:  # "X، الذي اغتاله الاحتلال": Israel, named so before (occupation_refs.py)
                self._refs += occupation_refs(self, occ, not self.toks[occ[0]].ar)
            if self._refs:
                self._with_refs()
        # one look-up for the sentence-wide core_recall rules (most sentences have no cue;
        # the hook words are registered at import)
        self._hooks = HOOK_AR in self._by_ar or HOOK_EN in self._by_en

    def _with_refs(self) -> None:
        """Put the reference mentions among the sentence's arguments."""
        self.args = sorted(self.args + self._refs, key=lambda m: (m.lo, m.kind != "name"))
        for m in self._refs:
            for k in range(m.lo, m.hi):
                self.mention_at.setdefault(k, m)
        self.mention_types.update(m.etype for m in self._refs)

    def _index_triggers(self) -> None:
        """Positions of the trigger tokens of each word set (tokens inside names are never
        triggers)."""
        by_ar: dict[frozenset[str], list[int]] = {}
        by_en: dict[frozenset[str], list[int]] = {}
        self._by_ar, self._by_en = by_ar, by_en
        lo, hi = self.lo, self.hi
        toks, mat, known = self.toks, self._names_at, _TRIGGER_CATS
        # (a loop over the token texts: map()/compress() over them cost more instructions;
        # a subscript costs less than a .get() call, and a text not seen before is rare)
        for k, text in enumerate(self.doc.texts[lo:hi], lo):
            try:
                cats = known[text]
            except KeyError:  # a text not seen before
                t = toks[k]
                if t.punct:  # (punctuation is never a trigger: its text maps to none)
                    known[text] = ()
                    continue
                cats = trigger_sets(t)
            if not cats:
                continue
            t = toks[k]
            if t.punct:
                continue
            m = mat.get(k)
            if m is not None and m.kind == "name":
                continue
            by = by_ar if t.ar else by_en
            for ws in cats:
                if ws in by:
                    by[ws].append(k)
                else:
                    by[ws] = [k]
        # the word sets with a trigger here, of either script (for @needs, dispatch.py)
        self.present_sets = by_ar.keys() | by_en.keys()

    # ---- helpers ---------------------------------------------------------------------
    def f(self, k: int) -> frozenset[str]:
        try:
            t = self.toks[k]
        except IndexError:
            return EMPTY  # past the end of the text (a rule looking one token ahead)
        fs = _FORMS.get(t.text)
        return fs if fs is not None else forms(t)

    def with_forms(self, words: frozenset[str], lo: int, hi: int) -> list[int]:
        """Positions *k* in lo..hi-1 (inside the text) with ``f(k) & words``, in order.

        One call for a rule's scan of the sentence for a cue (``for t in range(lo, hi): if
        sr.f(t) & words``): the forms are read from the cache inline, without a call of
        ``f`` per token (speed64b: the scans of the synthetic articles' meeting rules)."""
        toks, cache, out = self.toks, _FORMS, []
        for k in range(max(lo, 0), min(hi, len(toks))):
            t = toks[k]
            fs = cache.get(t.text)
            if fs is None:
                fs = forms(t)
            if not fs.isdisjoint(words):
                out.append(k)
        return out

    def key(self, k: int) -> str:
        return self.toks[k].key if self.lo <= k < self.hi else ""

    def key_set(self) -> frozenset[str]:
        """The keys of all the sentence's tokens, names included (made once per sentence):
        a rule that scans the tokens for a few keys can first test whether any is here."""
        ks = self._key_set
        if ks is None:
            ks = self._key_set = frozenset(map(_TOK_KEY, self.toks[self.lo:self.hi]))
        return ks

    def triggers(self, ar: frozenset[str], en: frozenset[str]) -> list[int]:
        """Positions, in order, of Arabic tokens with a form in *ar* and of other tokens with
        a form in *en*.

        Read-only: with hits of one script only, the list returned is the sentence's own
        index list (no copy per call; no caller changes it; ``_index_triggers`` makes new
        lists when it runs again, so a list already returned never changes either)."""
        if ar not in _AR_TRIGGER_SETS or en not in _EN_TRIGGER_SETS:
            _register_triggers(ar, en)  # first use of these word sets
            self._index_triggers()
        # (``in`` and a subscript, not .get() calls: most word sets have no hit here)
        by_ar, by_en = self._by_ar, self._by_en
        if ar not in by_ar:
            return by_en[en] if en in by_en else []
        if en not in by_en:
            return by_ar[ar]
        return sorted(by_ar[ar] + by_en[en])  # disjoint: a token is Arabic or not

    def add(self, rtype: str, src: str | None, tgt: str | None, rule: str,
            conf: float = 0.8, envoys: bool = False) -> None:
        if not src or not tgt or src == tgt:
            return
        if src.startswith(GROUP_PREFIX) or tgt.startswith(GROUP_PREFIX):
            # "The two men were killed by ...": one relation per member (plural_refs.py)
            for s in expand(self.doc, src) or (src,):
                for t in expand(self.doc, tgt) or (tgt,):
                    self.add(rtype, s, t, rule, conf, envoys)
            return
        if rtype == "MET_WITH":
            et = self.doc.etype  # (each type looked up once)
            ts, tt = et(src), et(tgt)
            if (ts in _NOT_MEETERS or tt in _NOT_MEETERS) and not (
                    envoys and ts != "Location" and tt != "Location"):
                # people and groups meet; a country or a place does not ("Iran-backed"),
                # except through its envoys ("التقى ممثلي روسيا والصين", "met representatives
                # of China")
                return
            if (self._remote if self._remote is not None else remote_contact(self)) and \
                    not remote_aside(self, src, tgt):
                return  # "held talks by video link", "في اتصال هاتفي": not a meeting in person
            succ = self._succ_noun
            if succ is None:
                succ = self._succ_noun = successor_noun_here(self)
            if succ and (only_successor_owner(self, src) or only_successor_owner(self, tgt)):
                # "التقى خليفة X(،) Z Y": Z, the successor named right after (session 57)
                alt = named_successor(self, src) if only_successor_owner(self, src) else \
                    named_successor(self, tgt)
                other = tgt if only_successor_owner(self, src) else src
                if alt is not None and alt != other and not only_successor_owner(self, other):
                    self.add(rtype, alt, other, rule, conf, envoys)
                    return
                met = object_after_successor(self, src if only_successor_owner(self, src)
                                             else tgt) if alt == other else None
                if met is not None:  # "التقى خليفة X Z Y" (no comma): Z met Y
                    self.add(rtype, alt, met, rule, conf, envoys)
                    return
                self.owner_met = True  # (read: no fallback pairs others instead)
                return  # "التقى خليفة X بـY", "X's successor met Y": not X (successor_owner.py)
        if rtype == "ASSASSINATED_BY" and is_unit_id(tgt):
            tgt = army_of_unit(self, tgt) or tgt  # "the army's 6th Infantry Division killed
            # X": the army (kill_army_unit_en)
        if rtype == "ASSASSINATED_BY":
            kind = self._execution
            if kind is None:
                kind = self._execution = execution_kind(self.toks, self.lo, self.hi)
            if kind and judicial_execution(kind, self.doc.etype(tgt), tgt,
                                           self.doc.country_of(src)):
                return  # "Saudi Arabia executed X", «أعدمت الحكومة X شنقاً»: a state's
                # execution, no assassination (execution_judicial)
        if rtype == "VISITED" and tgt in CAPITALS:
            tgt = city_visited(self, tgt)  # "arrived in Moscow": the city, not Russia
        self.out.append(_NEW_TUPLE(Rel, (rtype, src, tgt, self.si, rule, conf)))
        if rtype == "LEADS":
            led = self.doc.state.setdefault("led_by", {})
            led.setdefault(src, []).append(tgt)
        if rtype == "ASSASSINATED_BY":
            self.doc.kill_agents.append((self.si, tgt))
            self.doc.kill_pairs.append((self.si, src, tgt))
            note_victims(self, [src])
        if rtype == "VISITED":
            note_visitor(self, src)
        if rtype == "ASSASSINATED_BY" and self._agents and tgt == self._agents[0]:
            for other in self._agents[1:]:
                if other != src:
                    self.out.append(Rel(rtype, src, other, self.si, rule, conf))

    def has_prep(self, m: Mention, preps: set[str] | frozenset[str]) -> bool:
        """Arabic: the mention carries one of the prepositional proclitics, or a standalone
        preposition token precedes it."""
        start = m.tlo if m.tlo >= 0 else m.lo
        if m.prefix:
            p = m.prefix.lstrip("وف")
            if p[:1] in preps:
                return True
        tk = self.toks[start]
        if start < m.lo and tk.ar and tk.stems:
            # the title carries it: "واجتمع بالرئيس السوري X", "مع/لـ رئيس ..."
            p = tk.key[: len(tk.key) - len(tk.stems[-1][1])].lstrip("وف")
            if p[:1] in preps and p[:1] != "":
                return True
        b = start - 1
        while b >= self.lo and self.toks[b].punct and self.toks[b].text in QUOTES:
            b -= 1
        if b >= self.lo:
            kb = self.toks[b].key
            if kb in preps or kb.lstrip("وف") in preps:
                return True
            # a nationality adjective carries it right before the name: "خلفاً للألماني
            # مارتن كوبلر"، "بالأمريكي X" (session 67)
            kb = kb.lstrip("وف")
            if kb[:1] in preps and kb.startswith(("لل", "بال")) and self.toks[b].ar and \
                    self.nat_agent(b, b + 1) is not None:
                return True
        return False

    def nat_agent(self, lo: int, hi: int, skip_bodies: bool = False) -> str | None:
        """A country named by an adjective or mention in tokens [lo, hi) (with
        *skip_bodies*, not an adjective inside an organisation's name)."""
        for x in range(max(lo, self.lo), min(hi, self.hi)):
            m = self.mention_at.get(x)
            if m is not None and m.etype in ("Country",):
                return m.eid
            if skip_bodies and m is not None and m.etype == "Organization" and \
                    m.kind == "name":
                continue  # "a Saudi-led coalition strike": the body, not the country
            t = self.toks[x]  # (= self.f(x): x < hi, without the call)
            fs = _FORMS.get(t.text)
            for fm in fs if fs is not None else forms(t):
                if fm in L.NATIONALITY:
                    return L.NATIONALITY[fm]
                if ("ال" + fm) in L.NATIONALITY:
                    return L.NATIONALITY["ال" + fm]
        return None

    def _is_head(self, eid: str) -> bool:
        """Is *eid* called a head of state or government in this article (so far)?"""
        return self.doc.first_head_sentence(eid) <= self.si

    def refresh(self) -> None:
        self._intitle = None
        self.ments = list(self.doc.by_sent.get(self.si, ()))
        self.mention_types = {m.etype for m in self.ments}
        self.args = sorted([m for m in self.ments if not m.in_title],
                           key=lambda m: (m.lo, m.kind != "name"))
        self.mention_at = {}
        for m in self.args:
            for k in range(m.lo, m.hi):
                self.mention_at.setdefault(k, m)
        if self._refs:
            self._with_refs()
