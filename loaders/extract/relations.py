"""Relation patterns in Arabic and English over tokens and mentions of one sentence.

Each rule adds :class:`Rel` objects with the direction of the vocabulary (SUCCESSOR_OF
successor -> predecessor, ASSASSINATED_BY victim -> perpetrator, ...). Negated or hypothetical
statements ("did not meet", "لم يلتق", "will visit", "سيزور") produce nothing, and neither
does a killing whose agent the text does not name.

This module holds the shared machinery: :class:`Rel`; :class:`SentenceCore`, the state of
one sentence (its mentions, the positions of its trigger words: ``_index_triggers``,
``triggers``) and the helpers every rule uses (``before``/``after``/``subject_before``,
``chain`` for lists, ``negated``/``hypothetical``/``blocked``, ``has_prep``, ``add``); and
:class:`SentenceRules`, whose ``run()`` is the ordered list of the rule families. The rules
live in one module per relation they recognise (each lists its constructions):

- ``successions.py`` SUCCESSOR_OF, ``meetings.py`` MET_WITH, ``killings.py`` ASSASSINATED_BY,
  ``leadership.py`` LEADS / MEMBER_OF / PART_OF, ``places.py`` VISITED / LOCATED_IN,
  ``support.py`` SUPPORTS, ``withdrawals.py`` WITHDREW_FROM, ``reports.py`` REPORTED_BY,
  ``attacks.py`` ATTACKED: mixin classes (methods of ``SentenceRules``): their methods read
  the sentence's state and call the helpers of ``SentenceCore`` (``triggers``, ``before``,
  ``after``, ``chain``, ``blocked``, ``add`` ...); ``SentenceRules.run`` calls their entry
  points in order, and a rule decorated with ``@needs`` (:mod:`loaders.extract.dispatch`) runs
  only on sentences holding one of its cue words or entity types;
- ``core_recall.py``, ``core_context.py``, ``core_wire_rules.py`` and the second half of
  ``killings.py``: plain functions over a ``SentenceRules`` instance (``sr``) for rarer
  constructions and partners named outside the clause;
- ``rule_common.py``: word sets and token forms shared by several of these modules;
  ``dispatch.py``: ``@needs`` (skip a rule on sentences without its cue words).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from operator import attrgetter
from typing import Any, NamedTuple

from loaders.extract import lexicon as L
from loaders.extract.attacks import AttackRules
from loaders.extract.core_context import (
    _DECEASED,
    apposed_subject_en,
    context_rules,
    counterfactual_en,
    deceased_antecedent,
    killing_context_rules,
    planned_ar,
    quote_speaker,
)
from loaders.extract.core_recall import EN_ADV as _EN_ADV
from loaders.extract.core_recall import (
    HOOK_AR,
    HOOK_EN,
    note_victims,
    note_visitor,
    remote_aside,
    remote_contact,
)
from loaders.extract.core_wire_rules import RULE_CUES as _WIRE_RULE_CUES
from loaders.extract.core_wire_rules import (
    WIRE_CUES,
    group_members_met,
    guest_subject_met,
    inverted_killed_en,
    killed_when_struck_ar,
    meeting_object,
    more_kills_en,
    named_to_succeed_en,
    org_roles_en,
    pair_during_meeting_en,
    result_killing_ar,
    told_visiting_en,
    visited_more,
    wire_successor,
)
from loaders.extract.dispatch import _DISPATCH
from loaders.extract.dispatch import AR_TRIGGER_SETS as _AR_TRIGGER_SETS
from loaders.extract.dispatch import AR_WORD_SETS as _AR_WORD_SETS
from loaders.extract.dispatch import EN_TRIGGER_SETS as _EN_TRIGGER_SETS
from loaders.extract.dispatch import EN_WORD_SETS as _EN_WORD_SETS
from loaders.extract.dispatch import FORM_TEXTS as _FORM_TEXTS
from loaders.extract.dispatch import TEXT_FORMS as _TEXT_FORMS
from loaders.extract.dispatch import TRIGGER_CATS as _TRIGGER_CATS
from loaders.extract.dispatch import register_triggers as _register_triggers
from loaders.extract.killings import KillingRules, more_killings, strike_killed_him_ar
from loaders.extract.leadership import LeadershipRules
from loaders.extract.meeting_attended import CUE_SETS as _ATTEND_CUES
from loaders.extract.meeting_attended import attended_meeting
from loaders.extract.meeting_checks import CUE_SETS as _UNMET_CUES
from loaders.extract.meeting_checks import unmet_partners
from loaders.extract.meeting_clauses import genitive_of_ar, new_clause_after_comma_and
from loaders.extract.meeting_fallback import complete_meeting_lists, meeting_fallback
from loaders.extract.meeting_host import CUE_SETS as _HOST_CUES
from loaders.extract.meeting_host import hosted_meeting
from loaders.extract.meeting_modality import CUE_SETS as _MODALITY_CUES
from loaders.extract.meeting_modality import unreal_meeting
from loaders.extract.meeting_phrases import apposed_peer_gap_en
from loaders.extract.meeting_press import dual_subject_met_ar
from loaders.extract.meeting_pronoun_co import opens_with_pronoun_and, pronoun_co_subject
from loaders.extract.meeting_respectively import CUE_SETS as _RESP_CUES
from loaders.extract.meeting_respectively import respectively_pairs
from loaders.extract.meeting_tour import moved_on_before_where_ar
from loaders.extract.meeting_visitor import visitor_meetings
from loaders.extract.meetings import MeetingRules
from loaders.extract.meetings_ar import meetings_ar
from loaders.extract.meetings_en import meetings_en, unreal_meeting_en
from loaders.extract.mentions import AGENT_TYPES, QUOTES, Doc, Mention
from loaders.extract.negative_any import ANY_ABOUT as _ANY_ABOUT
from loaders.extract.negative_any import any_under_negation
from loaders.extract.places import PlaceRules
from loaders.extract.plural_refs import AR_CUES as _REF_AR
from loaders.extract.plural_refs import EN_CUES as _REF_EN
from loaders.extract.plural_refs import GROUP_PREFIX, add_refs, expand
from loaders.extract.reports import ReportRules
from loaders.extract.rule_common import (
    _AR_GROUP_HEADS,
    _EMPTY,
    _EN_PREDICATES,
    _FORMS,
    _LATTER,
    _PREPS_WITH_TO,
    EN_PASSIVE_AUX,
    forms,
)
from loaders.extract.strike_refs import among_the_dead, named_the_dead, note_strike_agents
from loaders.extract.succession_checks import deputy_of_office_ar
from loaders.extract.successions import SuccessionRules, more_successions
from loaders.extract.support import SupportRules
from loaders.extract.tokens import Tok
from loaders.extract.withdrawals import WithdrawalRules


class Rel(NamedTuple):
    """One extracted relation with its sentence index and rule name (immutable; a named
    tuple is several times cheaper to create than a frozen dataclass)."""

    type: str
    source: str
    target: str
    sent: int
    rule: str
    confidence: float = 0.8


_C0 = L._en("denied", "denies", "deny", "refuted", "dismissed")
_C1 = L._ar("نفى", "نفت", "ينفي", "تنفي", "نفي", "كذب", "كذبت")
_AR_COMPANIONS = L._ar("رفيقه", "مرافقه", "نائبه", "زميله", "مساعده", "رفيقيه", "مرافقيه",
                      # kin: "بافل طالباني وشقيقه قوباد" (session 13)
                      "شقيقها", "نجلها", "ابنها", "صهره") | L.AR_KIN_HIS
# titles whose first letter is و, no conjunction: "X وزير الخارجية Y" (session 13)
_AR_W_TITLES = L._ar("وزير", "وزيرة", "وكيل", "والي", "وزراء")
# kin before a list member: "X and his brother Y" (session 13)
_EN_KIN = frozenset({"brother", "son", "nephew", "cousin", "father", "uncle", "brother-in-law",
                     "son-in-law", "daughter", "sister", "wife", "husband", "sons", "brothers"})
_EN_IRREALIS = frozenset({"vowed", "vows", "vow", "pledged", "pledges", "warned", "warns",
                          "urged", "urges", "demanded", "demands", "called", "calls",
                          "blamed", "blames", "suspected", "suspects", "denied", "denies",
                          "deny", "considering", "considered", "weighing", "mulling", "asked",
                          "threatening", "ready", "prepared", "preparing", "could", "can"})
_AR_IRREALIS = L._ar("هدد", "يهدد", "تهدد", "هددت", "توعد", "توعدت", "يتوعد", "دعا", "يدعو",
                     "دعت", "تدعو", "طالب", "يطالب", "طالبت", "تطالب", "اتهم", "يتهم", "اتهمت",
                     "تتهم", "اتهام", "اتهامات", "متهمة", "المتهمة", "حمل", "حملت", "يحمل",
                     "تحمل", "يشتبه", "المشتبه", "تستعد", "يستعد", "نفى", "نفت", "تنفي",
                     "ينفي", "تلويح", "لوح", "لوحت")
_EN_DENIED_AFTER = _C0 | {"rejected", "false", "untrue", "baseless", "unfounded", "incorrect",
                         "fabricated", "inaccurate", "wrong"}
_AR_PREPS = {"ب", "ل", "مع", "الي", "علي", "من", "عن"}
_NOT_MEETERS = frozenset({"Country", "Location", "Event", "Agreement", "Outlet"})
_AR_MVK = L.AR_MEET | L.AR_VISIT | L.AR_KILL
_AR_MVKL = _AR_MVK | L.AR_LEAD_VERBS
_C01 = _C0 | _C1
_AR_CONTRAST = L._ar("لكن", "لكنه", "لكنها", "ولكن", "ولكنه", "ولكنها", "بينما", "غير ان",
                     "الا ان", "إلا أن", "لكنهم")
_EN_CONTRAST = frozenset({"but", "however", "while", "whereas", "although", "though", "yet"})
_LIST_QUALIFIERS = frozenset({"former", "late", "acting", "outgoing", "caretaker", "then",
                              "veteran", "senior", "top"})
CONNECTORS = frozenset({",", "،", "and", "&", "as", "well", "both", "و", "along", "with",
                        "plus"})
# a descriptor noun before a list member's title: "X and Iraqi militia commander Y"
_TITLE_PREMODIFIERS = frozenset({"militia", "paramilitary", "army", "military", "security",
                                 "intelligence", "police", "rebel", "opposition", "tribal",
                                 "nuclear", "party", "faction", "group"})


def trigger_sets(t: Tok) -> tuple[frozenset[str], ...]:
    """The registered trigger word sets (of the token's script) one of *t*'s forms is in."""
    cats = _TRIGGER_CATS.get(t.text)
    if cats is None:
        index = _AR_WORD_SETS if t.ar else _EN_WORD_SETS
        fs = forms(t)
        # the sets holding one of the forms, each once (their order does not matter)
        cats = tuple(dict.fromkeys(ws for fm in fs for ws in index.get(fm, ())))
        if len(_TRIGGER_CATS) > 200_000:
            _TRIGGER_CATS.clear()
            _TEXT_FORMS.clear()
            _FORM_TEXTS.clear()
        text = t.text
        _TRIGGER_CATS[text] = cats
        _TEXT_FORMS[text] = (t.ar, fs)  # for sets registered later (dispatch.py)
        for fm in fs:
            have = _FORM_TEXTS.get(fm)
            if have is None:
                _FORM_TEXTS[fm] = [text]
            else:
                have.append(text)
    return cats


_AR_QAD = frozenset({"قد", "وقد", "فقد", "لقد"})
_AR_QAD_KAN = _AR_QAD | frozenset({"كان", "وكان", "كانت", "وكانت"})
_BY_LO = attrgetter("lo")
_register_triggers(HOOK_AR, HOOK_EN)  # SentenceRules._hooks looks them up directly
_register_triggers(_REF_AR, _REF_EN)  # SentenceCore.__init__ looks them up directly
_WHO = frozenset({"who"})
# prepositions that open an aside between an English subject and its verb ("X, on his
# first visit since ..., met Y"; subject_before)
_EN_ASIDE_PREPS = frozenset({"on", "in", "during", "since", "after", "before", "despite",
                             "amid", "following", "upon"})
_register_triggers(_EMPTY, _WHO)  # subject_before looks it up directly
_HE_SHE = frozenset({"he", "she"})
_register_triggers(_EMPTY, _HE_SHE)  # subject_before: a "he" before the verb (_pronoun_after)
_AR_PRESENT = frozenset({"بحضور", "وبحضور", "حضور"})
_FATHA = ("\u064e", "\u064b")


def _first(m: Mention) -> int:
    """The first token of *m* with its title."""
    return m.tlo if 0 <= m.tlo < m.lo else m.lo


# ---- per-token-text cue flags for negated() / hypothetical() --------------------------
_CF_NEG = 1  # a negation word (Arabic: AR_NEG, also after و/ف; English: EN_NEG, "-n't")
_CF_GHAIR = 2  # غير
_CF_CONTRAST = 4  # "but", "لكن", "،", ";", "؛": another clause starts after it
_CF_C01 = 8  # a denial word (_C01)
_CF_AUX = 16  # a passive auxiliary
_CF_DENIED = 32  # a denial adjective/verb after an auxiliary (_EN_DENIED_AFTER)
_CF_COMMA = 64  # "،", ",", ";", "؛"
_CF_QAD = 128  # Arabic قد (also after و/ف)
_CF_MODAL = 256  # Arabic AR_MODAL (not قد), English EN_MODAL (not the month "May")
_CF_CAN = 512  # English "can" / "could" (not the month)
_CF_DUE = 1024  # English "due" (not the month)
_CF_HYP = _CF_QAD | _CF_MODAL | _CF_CAN | _CF_DUE
_EN_BE = frozenset({"is", "are", "was", "were", "'s"})
_EN_DUE_AT = frozenset({"in", "at", "back", "for"})  # "is due in X" (not "due to the ...")
_CUE_FLAGS: dict[str, int] = {}  # token text -> its flags (a function of the text)


def _cue_flags(t: Tok) -> int:
    """The _CF_* flags of token *t* (what negated() and hypothetical() test per token)."""
    key, text = t.key, t.text
    fs = _FORMS.get(text)
    if fs is None:
        fs = forms(t)
    f = 0
    bare = key[1:] if key[:1] in "وف" else key
    if t.ar:
        if key in L.AR_NEG or (key[:1] in "وف" and key[1:] in L.AR_NEG):
            f |= _CF_NEG
        if key in _AR_QAD or bare in _AR_QAD:
            f |= _CF_QAD
        elif key in L.AR_MODAL or bare in L.AR_MODAL:
            f |= _CF_MODAL
    else:
        if not fs.isdisjoint(L.EN_NEG) or text.lower().endswith("n't"):
            f |= _CF_NEG
        if not (t.cap and key == "may"):  # the month
            if not fs.isdisjoint(L.EN_MODAL):
                f |= _CF_MODAL
            if key in ("can", "could"):
                f |= _CF_CAN
            if key == "due":
                f |= _CF_DUE
    if key == "غير":
        f |= _CF_GHAIR
    if key in _AR_CONTRAST or key in _EN_CONTRAST or text in ("،", ";", "؛"):
        f |= _CF_CONTRAST
    if text in ("،", ",", ";", "؛"):
        f |= _CF_COMMA
    if not fs.isdisjoint(_C01):
        f |= _CF_C01
    if key in EN_PASSIVE_AUX:
        f |= _CF_AUX
    if not fs.isdisjoint(_EN_DENIED_AFTER):
        f |= _CF_DENIED
    return f


class _Cues:
    """An article's cue tokens for negated() / hypothetical(): the flags of each token and
    the positions (ascending) of the rarer kinds."""

    __slots__ = ("flags", "neg", "c01", "aux_denied", "hyp")

    def __init__(self, flags: list[int]):
        self.flags = flags
        self.neg: list[int] = []
        self.c01: list[int] = []
        self.aux_denied: list[int] = []  # x: an auxiliary at x and a denial word at x + 1
        self.hyp: list[int] = []


_CF_RARE = _CF_NEG | _CF_C01 | _CF_AUX | _CF_HYP  # (not the frequent comma kinds)


# a subordinate clause's opener: its subject is no antecedent while the main clause has one
_EN_SUBORDINATOR = frozenset({"after", "before", "when", "while", "since", "until", "once",
                              "because", "although", "though"})

_AR_SUBORDINATOR = L._ar("بعدما", "وبعدما", "عندما", "وعندما", "حين", "وحين", "حينما",
                         "وحينما", "لما", "ولما", "فور", "وفور", "اثر", "وإثر", "إثر", "منذ")


def _article_cues(doc: Doc) -> _Cues:
    """The cue tokens of the whole article (for a negated()/hypothetical() test at a token
    outside the asking sentence; made once per article)."""
    c = doc.state.get("_rel_cues")
    if c is None:
        c = doc.state["_rel_cues"] = _range_cues(doc, 0, len(doc.texts))
    return c


def _range_cues(doc: Doc, lo: int, hi: int) -> _Cues:
    """The cue tokens of tokens [lo, hi): ``flags`` is indexed by token position (0 before
    *lo*, but the token before it, which the "was dismissed" test reads); per token text the
    flags are cached. ``SentenceCore`` makes them for its own sentence on its first
    negated()/hypothetical() test: most sentences of an article never ask (real text: about
    two in three), so their tokens are not scanned."""
    known = _CUE_FLAGS
    get = known.get
    toks = doc.toks
    texts = doc.texts
    if lo:
        flags = [0] * (lo - 1)
        f = get(texts[lo - 1])
        if f is None:
            if len(known) > 200_000:
                known.clear()
            f = known[texts[lo - 1]] = _cue_flags(toks[lo - 1])
        flags.append(f)
    else:
        flags = []
    neg: list[int] = []
    c01: list[int] = []
    aux: list[int] = []
    hyp: list[int] = []
    for p, text in enumerate(texts[lo:hi], lo):  # (a loop: map() over the texts costs more)
        f = get(text)
        if f is None:
            if len(known) > 200_000:
                known.clear()
            f = known[text] = _cue_flags(toks[p])
        flags.append(f)
        if f & _CF_RARE:
            removal = p and flags[p - 1] & _CF_AUX and text.lower() == "dismissed"
            # ("Y was dismissed and replaced by X": a removal, no denial)
            if f & _CF_NEG and not removal:
                neg.append(p)
            if f & _CF_C01 and not removal:
                c01.append(p)
            if f & _CF_AUX:
                aux.append(p)
            if f & _CF_HYP:
                hyp.append(p)
    c = _Cues(flags)
    c.neg, c.c01, c.hyp = neg, c01, hyp
    c.aux_denied = [p for p in aux if p + 1 < len(flags) and flags[p + 1] & _CF_DENIED]
    return c


# "the funeral / burial / body of X": X is the one mourned ("he" said to be killed is X)
_EN_MOURNED = frozenset({"funeral", "burial", "body", "coffin", "memorial", "mourning",
                         "remains", "funerals"})
_EN_DEAD_VERBS = frozenset({"killed", "martyred", "assassinated", "slain", "died", "murdered"})
_EN_MEET_VERBS = L.EN_MEET - L.EN_MEET_NOUNS  # (made once, not per _object_marked call)
_TOK_KEY = attrgetter("key")


class SentenceCore:
    """One sentence's state and the helpers the rule families share."""

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
        self._cues: _Cues | None = None  # the sentence's negation/modal cues (negated())
        self._intitle: set[int] | None = None
        self._key_set: frozenset[str] | None = None  # (key_set(), made on first use)
        # the first argument over each token (written last, in reverse order: no setdefault)
        self.mention_at = mat = {}
        for m in reversed(args):
            for k in range(m.lo, m.hi):
                mat[k] = m
        self._names_at = mat  # as before refresh(): names are never triggers
        self._index_triggers()
        # "the two men", "القائدان", "killed him": people named before (plural_refs.py)
        self._refs: list[Mention] = []
        if _REF_AR in self._by_ar or _REF_EN in self._by_en:
            self._refs = add_refs(self)
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
        self.mention_types.add("Person")

    def _index_triggers(self) -> None:
        """Positions of the trigger tokens of each word set (tokens inside names are never
        triggers)."""
        self._by_ar = by_ar = {}
        self._by_en = by_en = {}
        lo, hi = self.lo, self.hi
        toks, mat, known = self.toks, self._names_at, _TRIGGER_CATS
        # (a loop over the token texts: map()/compress() over them cost more instructions)
        get = known.get
        for k, text in enumerate(self.doc.texts[lo:hi], lo):
            cats = get(text)
            if cats is None:  # a text not seen before
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
            return _EMPTY  # past the end of the text (a rule looking one token ahead)
        fs = _FORMS.get(t.text)
        return fs if fs is not None else forms(t)

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
        a form in *en*."""
        if ar not in _AR_TRIGGER_SETS or en not in _EN_TRIGGER_SETS:
            _register_triggers(ar, en)  # first use of these word sets
            self._index_triggers()
        hit_ar = self._by_ar.get(ar)
        hit_en = self._by_en.get(en)
        if hit_ar is None:
            return list(hit_en) if hit_en is not None else []
        if hit_en is None:
            return list(hit_ar)
        return sorted(hit_ar + hit_en)  # disjoint: a token is Arabic or not

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
        self.out.append(Rel(rtype, src, tgt, self.si, rule, conf))
        if rtype == "LEADS":
            led = self.doc.state.setdefault("led_by", {})
            led.setdefault(src, []).append(tgt)
        if rtype == "ASSASSINATED_BY":
            self.doc.kill_agents.append((self.si, tgt))
            note_victims(self, [src])
        if rtype == "VISITED":
            note_visitor(self, src)
        if rtype == "ASSASSINATED_BY" and self._agents and tgt == self._agents[0]:
            for other in self._agents[1:]:
                if other != src:
                    self.out.append(Rel(rtype, src, other, self.si, rule, conf))

    def before(self, k: int, types: Iterable[str] = AGENT_TYPES, maxgap: int = 30,
               person_first: bool = False, indep: bool = False) -> Mention | None:
        cands = []  # (a loop and no key function below: fewer Python calls, same result)
        for m in self.args:
            if m.hi <= k and m.etype in types and k - m.hi <= maxgap:
                cands.append(m)
        if indep:
            cands = [m for m in cands if id(m) not in self.dependent] or cands
            rel = self._relative_head(k, cands)
            if rel is not None:
                return rel
        if not cands:
            if "Person" in types:
                return self._pronoun(k, maxgap)
            return None
        # the first candidate with the greatest (hi, is a name), as max() with that key
        best = None
        best_key = (0, False)
        if person_first:
            for m in cands:
                if m.etype == "Person":
                    mk = (m.hi, m.kind == "name")
                    if best is None or mk > best_key:
                        best, best_key = m, mk
            if best is not None:
                return best
        for m in cands:
            mk = (m.hi, m.kind == "name")
            if best is None or mk > best_key:
                best, best_key = m, mk
        return best

    def subject_before(self, k: int, maxgap: int = 25) -> Mention | None:
        """English subject of the verb at *k*: the nearest person (else agent) before it,
        skipping people inside a ", who/which ... ," relative clause or apposition."""
        w = k - 1
        lo, hi, toks = self.lo, self.hi, self.toks  # (toks[w].key = self.key(w), lo <= w < hi)
        while w > lo and (toks[w].key if w < hi else "") in _EN_ADV:
            w -= 1
        if lo < w < hi and toks[w].key == "who" and not toks[w].ar:
            # "X, the Iranian general who (often) met Y": the relative clause's head
            head = self.before(w, types=("Person",), maxgap=8)
            if head is not None and not head.poss:
                return head
        if _WHO in self._by_en:
            head = self._who_clause_head(w)  # "X, who took office after replacing Y": X
            if head is not None:
                return head
        named = apposed_subject_en(self, k)  # "his predecessor, X, met": X
        if named is not None:
            return named
        lo = k
        mat = self.mention_at
        for x in range(k - 1, max(self.lo, k - maxgap) - 1, -1):
            m = mat.get(x)  # (one look-up per token)
            if m is not None and m.etype in AGENT_TYPES:
                break  # someone named between the comma and the verb is the subject
            if toks[x].text == "," and x > self.lo:
                # find an opening ", who" / ", the" that this comma closes
                for y in range(x - 1, max(self.lo - 1, x - 32), -1):
                    if self.toks[y].text == "," and (self.key(y + 1) in (
                            "who", "which", "whose", "whom", "the", "a", "an", "its", "his",
                            "her", "their") or self._appositive_start(y + 1, x) or
                            self._subject_aside(y, x, k)):
                        lo = y
                        break
                break
        m = self.before(lo, maxgap=maxgap, person_first=True)
        if m is None and lo == k:
            m = self.before(k, maxgap=maxgap, person_first=True)
        elif m is None:  # "X, a Hezbollah official, met": not Hezbollah when X is unknown
            m = self.before(k, types=("Person",), maxgap=maxgap)
        if m is not None and m.etype == "Person" and self._object_marked(m):
            # "X met Y, then flew to Riyadh to meet Z": Y is an object, X the subject
            for c in sorted((c for c in self.args if c.hi <= m.lo and c.etype == "Person"
                             and m.lo - c.hi <= maxgap), key=lambda c: -c.hi):
                if not self._object_marked(c) and not c.poss:
                    return c
        if m is not None and k - m.hi > 1 and _HE_SHE in self._by_en and m.kind != "pron" \
                and m.etype == "Person":
            he = self._pronoun_after(m.hi, k)
            if he is not None:
                return he  # "he was received by X; later he held talks with Y": not X
        return m

    def _pronoun_after(self, a: int, k: int) -> Mention | None:
        """English "he"/"she" between *a* and the verb at *k* (at most 8 words before it,
        no person or group named between): the subject the pronoun stands for, else None."""
        mat = self.mention_at
        for x in range(k - 1, max(a, k - 8) - 1, -1):
            m = mat.get(x)
            if m is not None and m.etype in ("Person", "Organization"):
                return None
            if self.toks[x].key in ("he", "she"):
                return self._he_at(x)
        return None

    def _he_at(self, x: int) -> Mention | None:
        """The person "he"/"she" at *x* stands for, as a mention at *x* (else None)."""
        eid = self._subject_antecedent(x)
        if eid is None:
            eid = self._antecedent(self.lo, exclude=set())
        if eid is None:
            return None
        t = self.toks[x]
        return Mention(x, x + 1, t.start, t.end, eid, "Person", self.si, kind="pron", tlo=x)

    def _who_clause_head(self, w: int) -> Mention | None:
        """English: the head of a "who" clause that the verb ending at *w* belongs to, when
        nothing but words stand between ("X, who took office in 2022 after replacing Y": X
        for "replacing"); None at a comma, another name or after 12 words."""
        for x in range(w, max(self.lo, w - 12), -1):
            t = self.toks[x]
            if t.ar or t.punct:
                return None
            m = self.mention_at.get(x)
            if m is not None and m.etype in AGENT_TYPES:
                return None  # "X, who said Y replaced Z": Y
            if t.key == "who" and x < w:
                head = self.before(x, types=("Person",), maxgap=2)
                if head is not None and not head.poss and all(
                        self.toks[y].text == "," for y in range(head.hi, x)):
                    return head
                return self.apposed_head(x)  # "X, head of Y, who had met Z": X
            if t.key in ("that", "which", "whom", "whose"):
                return None
        return None

    def apposed_head(self, x: int) -> Mention | None:
        """English: the person before an apposition that ends in a comma right before *x*
        ("X, the foreign minister, who ..." / "X, head of Iraq's intelligence service, with
        whom ..."): X; None if a person is named inside the apposition or it has a verb."""
        if x - 1 <= self.lo or self.toks[x - 1].text != ",":
            return None
        for y in range(x - 2, max(self.lo, x - 12), -1):
            if self.toks[y].ar:
                return None
            m = self.mention_at.get(y)
            if m is not None and m.etype == "Person":
                return None
            if self.toks[y].text == ",":
                t = self.toks[y + 1]
                if not (t.key in ("the", "a", "an", "his", "her", "its", "their") or t.poss or
                        t.key in L.EN_TITLE_FIRST or t.key in L.EN_QUALIFIERS or
                        t.key in L.NATIONALITY) or any(
                            self.f(z) & _EN_PREDICATES for z in range(y + 2, x - 1)):
                    return None  # not an apposition ("X, said Y, who ...")
                head = self.before(y, types=("Person",), maxgap=0)
                return head if head is not None and not head.poss else None
        return None

    def _object_marked(self, m: Mention) -> bool:
        """English: the mention is the object of a verb or preposition right before it."""
        b = (m.tlo if m.tlo >= 0 else m.lo) - 1
        if b > self.lo and self.toks[b].cap and self.mention_at.get(b) is None and \
                not self.toks[b].ar:
            b -= 1  # "with Armenian Prime Minister X": one adjective before the title
        lo, hi, toks = self.lo, self.hi, self.toks  # (toks[b].key = self.key(b), lo <= b < hi)
        while b >= lo and ((toks[b].key if b < hi else "") in ("the", "a", "an", "his", "her",
                                                                "their", "its") or
                           toks[b].key in L.EN_QUALIFIERS):
            b -= 1  # "with former prime minister X" (session 16)
        if b < lo or toks[b].ar:
            return False
        kb = toks[b].key if b < hi else ""
        return kb in ("with", "by", "to", "from", "of", "for", "received", "hosted",
                      "welcomed", "greeted", "succeeded", "replaced", "visited", "killed",
                      "met", "meet", "meets") or not self.f(b).isdisjoint(_EN_MEET_VERBS)

    def _subject_aside(self, y: int, x: int, k: int) -> bool:
        """English: the comma at *y* follows a person and opens a prepositional aside that
        the comma at *x* closes right before the verb at *k* ("X, on his first visit since
        he replaced Y, (also) met Z"; "X, in his first trip since Y was killed, met Z"): X
        is the subject, not the Y inside."""
        if self.key(y + 1) not in _EN_ASIDE_PREPS or y - 1 < self.lo or \
                any(self.key(z) not in _EN_ADV for z in range(x + 1, k)):
            return False
        m = self.mention_at.get(y - 1)
        return m is not None and m.etype == "Person"

    def _inside_apposition_en(self, m: Mention) -> bool:
        """English: *m* cannot head a clause: a possessive ("Masjedi's deputy") or a name a
        preposition governs ("deputy in the Quds Force"), e.g. inside ", for years Masjedi's
        deputy at the embassy,"."""
        if m.poss:
            return True
        b = (m.tlo if 0 <= m.tlo < m.lo else m.lo) - 1
        if b < self.lo:
            return False
        toks = self.toks
        if toks[b].key == "the":
            b -= 1
        return b >= self.lo and toks[b].key in _EN_GOVERNING_PREPS

    def _appositive_start(self, y: int, x: int) -> bool:
        """", Soleimani's successor," / ", Iran's envoy," / ", deputy head of X,": the
        segment [y, x) starts like an apposition (a possessive name or a title word) and has
        no verb of its own; a time adverbial may open it (", for years Masjedi's deputy,",
        ", long Soleimani's deputy,")."""
        while y < x and self.key(y) in _EN_APPOSITION_TIME:
            y += 1
        if y >= x:
            return False
        t = self.toks[y]
        if not (t.poss or t.key in L.EN_TITLE_FIRST or t.key in L.EN_QUALIFIERS or
                t.key in L.NATIONALITY):
            m = self.mention_at.get(y)  # ", Hassan Nasrallah's successor,": a possessive name
            if m is None or m.lo != y or not m.poss:
                return False
        return not any(self.f(z) & _EN_PREDICATES for z in range(y, x))

    def after(self, k: int, types: Iterable[str] = AGENT_TYPES, maxgap: int = 12,
              skip: set[int] | None = None) -> Mention | None:
        skip = skip | self.dependent if skip else self.dependent
        for m in self.args:
            if m.lo < k:
                continue
            tlo = m.tlo  # (the start of its title, if one comes first: min(lo, tlo))
            lo = tlo if 0 <= tlo < m.lo else m.lo
            if lo - k <= maxgap and m.etype in types and (skip is None or id(m) not in skip):
                return m
        return None

    def _plural_people(self, t: int) -> list[Mention]:
        """"The two men were killed ..." / "Both men were killed": the last two people named
        together (joined by 'and') in the previous sentence."""
        keys = [self.key(x) for x in range(self.lo, t)]
        if not (("two" in keys and any(k in ("men", "leaders", "commanders", "officials")
                                       for k in keys)) or keys[:2] == ["both", "men"]):
            return []
        if self.si == 0:
            return []
        prev = sorted((m for m in self.doc.by_sent.get(self.si - 1, ()) if
                       m.etype == "Person" and not m.in_title), key=lambda m: m.lo)
        for i in range(len(prev) - 1, 0, -1):
            a, b = prev[i - 1], prev[i]
            between = {self.doc.toks[x].key for x in range(a.hi, b.tlo if b.tlo >= 0 else b.lo)}
            if "and" in between or "و" in between:
                return [a, b]
        return []

    def _in_title_tokens(self) -> set[int]:
        """Tokens of organisations/countries that only qualify a title ("Badr chief X")."""
        if self._intitle is None:
            self._intitle = {x for m in self.ments if m.in_title for x in range(m.lo, m.hi)}
        return self._intitle

    def chain(self, m: Mention, types: Iterable[str] = AGENT_TYPES) -> list[Mention]:
        """*m* and the mentions joined to it by 'and', commas or Arabic و."""
        out = [m]
        cur = m
        while True:
            nxt = None
            for c in self.args:
                if c.lo >= cur.hi and c is not cur and c.lo > cur.lo:
                    nxt = c
                    break
            qual = -1
            if nxt is not None and nxt.etype == "Country" and "Person" in types and \
                    self.toks[nxt.hi - 1].text.endswith(("'s", "\u2019s")):
                # "met Britain's X, France's Y and Germany's Z": the country qualifies Y
                pc = next((c for c in self.args if c.lo >= nxt.hi and c is not nxt), None)
                if pc is not None and pc.etype == "Person" and (
                        pc.tlo if 0 <= pc.tlo < pc.lo else pc.lo) == nxt.hi:
                    qual, nxt = nxt.lo, pc
            if nxt is None or nxt.etype not in types:
                break
            if nxt.poss and nxt.hi < self.hi and not self.toks[nxt.hi].punct and \
                    self.toks[nxt.hi].key not in ("and", "or"):
                break  # "X, Soleimani's successor": a possessor, not a list member
            start = qual if qual >= 0 else nxt.tlo if nxt.tlo >= 0 else nxt.lo
            intitle = self._in_title_tokens()
            gap = [self.toks[x] for x in range(cur.hi, start)
                   if not (self.toks[x].punct and self.toks[x].text in QUOTES) and
                   x not in intitle and not (  # "and the deputy commander ..., Y": a title's
                       x >= start - 3 and self.toks[x].key in ("the", "his", "her", "their",
                                                               "its") and 0 <= nxt.tlo < nxt.lo
                   ) and not (  # "..., and Asaib Ahl al-Haq leader Qais"
                       # "and Energy Secretary X": a portfolio before the title word
                       self.toks[x].cap and not self.toks[x].ar and
                       self.key(x + 1) in ("secretary", "minister") and x + 1 >= start - 1)]
            gap_keys = [t.key for t in gap]
            if len(gap_keys) > 1 and gap_keys[1] == "and" and gap_keys[0] == "," and \
                    len(out) == 1 and new_clause_after_comma_and(self, gap_keys, cur, nxt):
                break  # "A was received by B, and C met D": not "B and C"
            first_tok = self.toks[start]
            waw = first_tok.ar and first_tok.key.startswith("و") and (
                nxt.prefix.startswith("و") or (
                    start != nxt.lo and first_tok.key not in _AR_W_TITLES))
            if gap and all(g in CONNECTORS or g in L.NATIONALITY or g in L.EN_GROUP_HEADS or
                           g in _LIST_QUALIFIERS or  # "... and former Prime Minister Y"
                           (g in _TITLE_PREMODIFIERS and 0 <= nxt.tlo < nxt.lo)
                           for g in gap_keys) and any(
                    g in (",", "،", "and", "&", "و", "well", "plus") for g in gap_keys) and (
                    gap_keys[0] in L.EN_GROUP_HEADS or not any(
                        g in L.EN_GROUP_HEADS for g in gap_keys)):
                out.append(nxt)
                cur = nxt
                continue
            if not gap and (waw or nxt.prefix.startswith("و")):
                out.append(nxt)
                cur = nxt
                continue
            if 3 <= len(gap_keys) <= 4 and gap_keys[-1] in _EN_KIN and \
                    gap_keys[-2] in ("his", "her", "their") and gap_keys[-3] == "and" and \
                    (len(gap_keys) == 3 or gap_keys[0] == ","):
                out.append(nxt)  # "X and his brother Y"
                cur = nxt
                continue
            if apposed_peer_gap_en(gap_keys):
                out.append(nxt)  # "X and his Turkish counterpart, Y, held talks"
                cur = nxt
                continue
            if len(gap) == 1 and gap[0].ar and gap[0].key.startswith("و") and (
                    gap[0].key[1:] in _AR_GROUP_HEADS or gap[0].key[1:] in _AR_COMPANIONS):
                # "سليماني ورفيقه أبو مهدي المهندس": X and his companion / deputy Y
                out.append(nxt)  # "الكاظمي وقادة الفصائل": X and the leaders of Y
                cur = nxt
                continue
            break
        return out

    def negated(self, k: int, subj_lo: int | None = None) -> bool:
        # (the sentence's negation, contrast, denial and clause-mark tokens are listed once per
        # sentence, _range_cues: most sentences have none near *k*, and nothing is scanned;
        # a *k* outside the sentence reads the whole article's, _article_cues)
        c = self._cues if self.lo <= k <= self.hi else _article_cues(self.doc)
        if c is None:  # (the sentence's cues: the tests below read tokens lo..k, k..hi)
            c = self._cues = _range_cues(self.doc, self.lo, self.hi)
        neg = c.neg
        if neg:
            lo = max(self.lo, (subj_lo if subj_lo is not None else k) - 1, k - 5)
            lo = min(lo, max(self.lo, k - 4))
            fl = c.flags
            for p in neg[bisect_left(neg, lo):bisect_left(neg, k)]:  # "did not meet X"
                if p + 1 < k and fl[p] & _CF_GHAIR:
                    continue  # "غير معلنة" (unannounced): a negated adjective
                for q in range(p, k):  # "لم ... لكنه" / "في زيارة غير معلنة، التقى خلالها X"
                    if fl[q] & _CF_CONTRAST:
                        break  # another clause
                else:
                    return True
        toks = self.toks
        t = toks[k]
        if t.ar:
            if any(fm.startswith(("لم", "لن")) and len(fm) > 4 and fm[2:] in _AR_MVK
                   for fm in self.f(k)):
                return True
            if neg and k > self.lo and toks[k - 1].key in _ANY_ABOUT and \
                    any_under_negation(self, k, neg, c.flags, _CF_CONTRAST):
                return True  # "لم يُدرج ... أي لقاء مع Y"
            # "نفى X، في تصريح ...، أن يكون Y قد عقد ...": the denied proposition (the
            # tokens y below lie in the sentence: toks[y].key = self.key(y))
            lo = self.lo
            for y in range(max(lo + 1, k - 6), k):
                if toks[y].key in ("يكون", "تكون") and toks[y - 1].key in ("ان", "بان"):
                    for z in range(lo, k):
                        tz = toks[z]
                        fz = _FORMS.get(tz.text)
                        if (fz if fz is not None else forms(tz)) & _C01 or \
                                tz.key.lstrip("و") in ("نفى", "نفت", "ينفي"):
                            return True
                    break
        # "reports that X met Y were denied (by ...)"
        aux = c.aux_denied  # (x: a passive auxiliary, x + 1: a denial word)
        if aux:
            i = bisect_right(aux, k)
            if i < len(aux) and aux[i] < self.hi - 1:
                return True
        # "denied meeting", "نفى ... لقاء" earlier in the same clause
        c01 = c.c01
        if c01:
            fl = c.flags
            for p in c01[bisect_left(c01, self.lo):bisect_left(c01, k)]:
                for q in range(p, k):
                    if fl[q] & _CF_COMMA:
                        break
                else:
                    return True
        return False

    def hypothetical(self, k: int) -> bool:
        c = self._cues if self.lo <= k <= self.hi else _article_cues(self.doc)
        if c is None:
            c = self._cues = _range_cues(self.doc, self.lo, self.hi)
        hyp = c.hyp
        if hyp:
            fl = c.flags
            for x in hyp[bisect_left(hyp, max(self.lo, k - 5)):bisect_left(hyp, k)]:
                fx = fl[x]  # "is expected to be named to succeed"
                if fx & _CF_QAD:
                    kk = self.toks[k].key
                    if kk.lstrip("وف")[:1] in "يتن" and not kk.startswith(("تول", "تسل")):
                        return True  # قد + imperfect = "may"; قد + past = "had"
                elif fx & _CF_MODAL:
                    return True
                elif fx & _CF_CAN and x == k - 1:
                    return True  # "a pick that needs approval before he can succeed Y"
                elif fx & _CF_DUE and self.key(x + 1) == "to" and self.key(x + 2) not in (
                        "the", "a", "an", "his", "her", "its", "their", "security", "health"):
                    return True  # "was due to meet X" (not "due to the crisis")
                elif fx & _CF_DUE and self.key(x - 1) in _EN_BE and self.key(x + 1) in _EN_DUE_AT:
                    return True  # "is due in Washington for talks with X": scheduled
            for x in hyp[bisect_left(hyp, max(self.lo, k - 9)):bisect_left(hyp, k - 5)]:
                if fl[x] & _CF_DUE and self.key(x - 1) in _EN_BE and \
                        self.key(x + 1) in _EN_DUE_AT and not any(
                            self.toks[y].text in (",", ";") for y in range(x, k)):
                    return True  # "is due in Washington next week for talks with X"
        t = self.toks[k]
        if t.ar:
            for fm in self.f(k):
                if fm.startswith("س") and len(fm) > 3 and fm[1] in "يتن" and fm[1:] in _AR_MVKL:
                    return True
            if k - 2 >= self.lo and self.toks[k - 1].key in ("ان", "أن") and \
                    planned_ar(self, k):  # "على أن يلتقي X": the plan, not the meeting
                return True  # (its first test made here without a call)
            if k - 3 >= self.lo and self.toks[k - 2].key in ("ان", "أن") and \
                    planned_ar(self, k - 1):  # "على أن يعقد اجتماعاً مع X" (session 16)
                return True
        elif self.lo < self.hi and self.toks[self.lo].key in ("had", "were", "should") and \
                counterfactual_en(self, k):
            return True  # "Had the U.S. killed X, Iran would have ..."
        return False

    def blocked(self, k: int, subj: Mention | None = None) -> bool:
        return self.negated(k, subj.lo if subj else None) or self.hypothetical(k) or \
            unreal_meeting_en(self, k) or \
            (not _MODALITY_CUES.isdisjoint(self.present_sets) and
             unreal_meeting(self, k))  # meeting_modality.py: "called for a meeting with Y"

    def _ar_relative_subject(self, t: int) -> Mention | None:
        """"X، الذي ...، (كان) (قد) اجتمع ..." : X is the subject of the verb after the
        clause."""
        p = t - 1
        if p >= self.lo and self.toks[p].key in _AR_QAD_KAN:
            p -= 1  # "X، الذي ...، قد استقبل Y"
            if p >= self.lo and self.toks[p].key in _AR_QAD_KAN:
                p -= 1  # "...، كان قد استقبل"
        if p < self.lo or self.toks[p].text not in ("،", ","):
            return None
        for y in range(p - 1, max(self.lo, p - 15), -1):
            if self.key(y) in ("الذي", "التي") and y - 1 >= self.lo and \
                    self.toks[y - 1].text in ("،", ","):
                return self.before(y - 1, types=("Person", "Organization"), maxgap=1)
        return None

    def _prev_subject(self, exclude: str) -> Mention | None:
        """The subject of the previous sentence: its first person not governed by a
        preposition (Arabic drops a repeated subject: "وصل X ... . والتقى Y")."""
        if self.si == 0:
            return None
        prev = sorted((m for m in self.doc.by_sent.get(self.si - 1, ()) if
                       m.etype == "Person" and not m.in_title and m.eid != exclude),
                      key=lambda m: m.lo)
        subordinate = None  # "وبعدما قُتل Z، وصل X ... . والتقى Y": X, not Z
        for m in prev:
            if m.prefix.lstrip("وف")[:1] not in ("ب", "ل") and \
                    self.doc.toks[(m.tlo if m.tlo >= 0 else m.lo) - 1].key not in ("مع", "ب"):
                if subordinate is None and self._in_subordinate_ar(m):
                    subordinate = m
                    continue
                return m
        return subordinate

    def _in_subordinate_ar(self, m: Mention) -> bool:
        """*m* stands in a subordinate clause ("بعدما / عندما / حين ... X ،") opened earlier
        in its sentence and not yet closed by a comma."""
        toks = self.doc.toks
        lo = self.doc.sents[m.sent].lo
        for x in range((m.tlo if m.tlo >= 0 else m.lo) - 1, max(lo, m.lo - 12) - 1, -1):
            tx = toks[x]
            if tx.text in ("،", ","):
                return False
            if tx.key in _AR_SUBORDINATOR:
                return True
        return False

    def _past_relative(self, k: int) -> int:
        """"X، الذي ...، Y" / "X, who ..., Y": the position after the relative clause that
        opens at *k* (k itself when none opens there)."""
        if k + 1 < self.hi and self.toks[k].text in ("،", ",") and \
                self.key(k + 1) in ("الذي", "التي", "الذين", "who", "which"):
            for x in range(k + 2, min(self.hi, k + 20)):
                if self.toks[x].text in ("،", ","):
                    return x + 1
        return k

    def _free_person_before(self, t: int, maxgap: int) -> Mention | None:
        """Nearest person before *t* not governed by a preposition (بـ/لـ/إلى/على/من/مع),
        e.g. the new holder in "سلّم X أوراقه إلى Y، خلفاً لـZ" is X, not Y."""
        cands = [m for m in self.args if m.hi <= t and m.etype == "Person" and
                 t - m.hi <= maxgap]
        free = [m for m in cands if not self.has_prep(m, _AR_PREPS) or
                deputy_of_office_ar(self, m)]  # ("النائب الأول لرئيس الوزراء X": X is free)
        return max(free, key=lambda m: (m.hi, m.kind == "name")) if free else None

    def _carried_subject(self, t: int) -> Mention | None:
        """Arabic: the subject carried into a clause without one of its own: the nearest
        person before *t* that is not a prepositional object (بـ / لـ / مع)."""
        cands = [m for m in self.args if m.hi <= t and m.etype == "Person" and t - m.hi <= 40]
        free = [m for m in cands if not self.has_prep(m, _PREPS_WITH_TO)]
        if len(free) > 1 and self.toks[t].ar:
            # "وصل X، الذي خلف Z ...، إلى بغداد، والتقى Y": not Z of the relative clause
            free = [m for m in free if not self._in_closed_relative(m, t)] or free
            # "...، بحضور السفير Z، والتقى أيضاً Y": not someone only present, nor an object
            # the writer marked with the accusative fatha ("التقى ... ووزيرَ النفط Z")
            free = [m for m in free if self.key(_first(m) - 1) not in _AR_PRESENT and
                    self.key(_first(m) - 1) not in L.AR_EVENT_OF and
                    not genitive_of_ar(self, m) and  # "بعد سقوط نظام Z، إذ التقى Y"
                    self.toks[_first(m)].text[-1:] not in _FATHA] or free
        if len(free) > 1 and self.key(t - 1) in ("حيث", "وحيث") and \
                moved_on_before_where_ar(self, t):
            # "التقى X Y ...، ثم انتقل إلى عين التينة حيث استقبله W": the traveller X, the
            # sentence's first subject, not Y whom he met before moving on
            return min(free, key=lambda m: m.lo)
        if (self.key(t - 1) in ("كما", "ثم") or self.key(t + 1) == "ايضا") and len(free) > 1:
            # "X التقى Y، كما اجتمع بـZ": X, not the object Y of the first meeting
            free = [m for m in free if not meeting_object(self, m, L.AR_MEET)] or free
        if free:
            return max(free, key=lambda m: (m.hi, m.kind == "name"))
        return self.before(t, types=("Person",), maxgap=40)

    def _in_closed_relative(self, m: Mention, t: int) -> bool:
        """Arabic: *m* is named inside a relative clause "، الذي ... ،" that ends before *t*."""
        for y in range(m.lo - 1, max(self.lo, m.lo - 15) - 1, -1):
            tx = self.toks[y].text
            if tx in ("،", ",", ".", "؛"):
                return False
            if self.toks[y].key in ("الذي", "التي", "الذين") and y - 1 >= self.lo and \
                    self.toks[y - 1].text in ("،", ","):
                return any(self.toks[x].text in ("،", ",") for x in range(m.hi, t))
        return False

    def _close_object(self, t: int, m: Mention) -> bool:
        """English object right after the verb: only 'with', articles, possessives, titles,
        nationalities and capitalised words in between ('met with Iraqi PM X', not 'met on
        Sunday to discuss ... X')."""
        start = m.tlo if m.tlo >= 0 else m.lo
        for x in range(t + 1, start):
            tk = self.toks[x]
            k = tk.key
            if tk.punct and tk.text not in ("'", "-", "."):
                return False
            if (len(k) > 4 and k.endswith("ly") and k not in ("only", "early", "family")) or \
                    tk.cap or k in ("with", "the", "a", "an", "his", "her", "their", "its", "down",
                               "talks", "held", "separate", "also", "both", "in", "at",
                               "on", "al", "el") or \
                    k in L.NATIONALITY or k in L.EN_TITLE_FIRST or k in L.EN_QUALIFIERS or \
                    k in L.EN_GROUP_HEADS or k in L.EN_ORG_HEADS or tk.punct or \
                    k in ("of", "counterpart", "including", "such", "as", "iraqi", "senior",
                          "top", "several", "two", "three", "both", "armed", "other", "backed",
                          "aligned", "allied", "linked", "affiliated", "loyal", "pro",
                          "shiite", "shia", "powerful", "rival", "intelligence", "security",
                          "defense", "defence", "foreign", "interior", "military", "army") or \
                    (k == "for" and self.toks[x + 1].cap):  # "Minister for Foreign Affairs X"
                continue
            return False
        return True

    def _relative_head(self, k: int, cands: list[Mention]) -> Mention | None:
        """"X الذي خلف Y زار ..." / "X, who replaced Y, visited": the head X, not Y."""
        if not cands:
            return None
        near = max(cands, key=lambda m: m.hi)
        for m in cands:
            if m is near or m.etype != "Person":
                continue
            j = m.hi
            while j < near.lo and self.toks[j].text in (",", "،"):
                j += 1
            if j < near.lo and self.key(j) in ("الذي", "التي", "who", "whom"):
                return m
        return None

    def _pronoun(self, k: int, maxgap: int) -> Mention | None:
        """He/She (or his/her) before *k* with no person named: the last person named in the
        previous sentences."""
        toks, hi = self.toks, self.hi
        for x in range(max(self.lo, k - maxgap), k):
            kx = toks[x].key if x < hi else ""  # = self.key(x) (x >= lo), without a call
            if kx in ("i", "we"):  # `"I met him," X said`: the speaker
                sp = quote_speaker(self, x)
                if sp is not None:
                    return sp
            # "وكان الراحل قد التقى X" (deceased_antecedent is None unless kx is such a word)
            dead = deceased_antecedent(self, x) if kx in _DECEASED else None
            if dead is not None:
                t = self.toks[x]
                return Mention(x, x + 1, t.start, t.end, dead, "Person", self.si, kind="pron",
                               tlo=x)
            if kx in _LATTER:  # "الأخير" / "the latter": the last person named
                eid = self._antecedent(x, exclude=set())
                if eid is None:
                    return None
                t = self.toks[x]
                return Mention(x, x + 1, t.start, t.end, eid, "Person", self.si, kind="pron",
                               tlo=x)
            if kx in ("he", "she"):
                return self._he_at(x)
        return None

    def _subject_antecedent(self, x: int) -> str | None:
        """'he' at *x*: the first person named as a subject in this sentence before it, else
        in the previous sentence (not a possessor, not the object of a verb or preposition):
        "Sudani, 52, was nominated by ... Hadi al-Amiri's bloc. He replaces ..." -> Sudani."""
        for si in (self.si, self.si - 1):
            if si < 0:
                break
            # (in the previous sentence a description counts: "The Iranian minister told
            # reporters he had ... to the crown prince. He also met Y": the minister)
            ms = sorted((m for m in self.doc.by_sent.get(si, ()) if m.etype == "Person" and
                         not m.in_title and (m.kind == "name" or (
                             m.kind == "desc" and si < self.si)) and (si < self.si or m.hi <= x)),
                        key=lambda m: m.lo)
            subordinate = None  # "A week after X was killed, Y landed ... He ...": Y
            for m in ms:
                if m.poss:
                    continue
                b = (m.tlo if m.tlo >= 0 else m.lo) - 1
                while b >= 0 and self.doc.toks[b].key in ("the", "a", "an"):
                    b -= 1
                kb = self.doc.toks[b].key if b >= 0 else ""
                if kb in ("by", "with", "of", "to", "from", "for", "and") or \
                        kb in L.EN_MEET or kb in L.EN_KILL or kb in L.EN_SUCCEED:
                    if kb == "of" and b > 0 and self.doc.toks[b - 1].key in _EN_MOURNED and \
                            self._dead_pronoun(x):
                        return m.eid  # "the funeral of X, ... after he was killed": X
                    continue
                if kb in _EN_SUBORDINATOR and si < self.si:
                    subordinate = subordinate or m.eid
                    continue
                return m.eid
            if subordinate is not None:
                return subordinate
            if si == self.si and ms:
                return None  # people named here, none a subject: unsure
        return None

    def _dead_pronoun(self, x: int) -> bool:
        """'he' at *x* is said to be killed or to have died: "he was killed / martyred",
        "he died"."""
        y = x + 1
        while self.key(y) in ("was", "were", "had", "been", "reportedly"):
            y += 1
        return self.key(y) in _EN_DEAD_VERBS

    def _counterpart(self, m: Mention) -> bool:
        """The mention is introduced by 'نظيره' / 'his counterpart' (so it is an object)."""
        start = m.tlo if m.tlo >= 0 else m.lo
        for x in range(max(self.lo, start - 1), min(m.lo, start + 2)):
            if self.toks[x].key == "counterpart" or any(  # (lo <= x < m.lo: = self.key(x))
                    f.startswith("نظير") for f in self.f(x)):
                return True
        return False

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
            for fm in self.f(x):
                if fm in L.NATIONALITY:
                    return L.NATIONALITY[fm]
                if ("ال" + fm) in L.NATIONALITY:
                    return L.NATIONALITY["ال" + fm]
        return None

    def _irrealis(self, k: int, window: int = 8) -> bool:
        """A threat, demand, accusation or claim governs the verb at *k* ("threatened to pull
        out", "accuses X of firing", "طالب بالانسحاب", "اتهم ... باستهداف"): not a fact."""
        for x in range(max(self.lo, k - window), k):
            t = self.toks[x]
            if t.ar:
                if self.f(x) & _AR_IRREALIS:
                    return True
            elif t.key in _EN_IRREALIS or t.key.startswith(("accus", "threat", "alleg")):
                return True
        return False

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

    def _antecedent(self, k: int, exclude: set[str]) -> str | None:
        """Nearest person before token *k* (this or earlier sentences) not in *exclude*;
        possessive mentions ("Soleimani's deputy") count."""
        for m in sorted((m for m in self.doc.ments if m.etype == "Person" and (
                m.sent < self.si or (m.sent == self.si and m.hi <= k))),
                key=lambda m: (m.sent, m.hi), reverse=True):
            if m.eid not in exclude:
                return m.eid
        return None


# prepositions whose object is no subject; time words that may open an apposition
_EN_GOVERNING_PREPS = frozenset({"in", "at", "of", "for", "from", "with", "to", "by", "under"})
_EN_APPOSITION_TIME = frozenset({"for", "years", "decades", "long", "once", "formerly",
                                 "previously", "until", "recently", "then", "a", "decade",
                                 "many", "several", "two", "three"})


class SentenceRules(SuccessionRules, MeetingRules, KillingRules, LeadershipRules, PlaceRules,
                    SupportRules, WithdrawalRules, ReportRules, AttackRules, SentenceCore):
    """Applies all rules to one sentence: the rule families (one module each, see the module
    doc) over the shared state and helpers of :class:`SentenceCore`."""

    def run(self) -> list[Rel]:
        """The rule families in order (the order matters: a later rule reads what an earlier
        one noted, e.g. the victims and visitors of the sentence, or the description mention
        that ``successor()`` adds).

        The ``@needs`` rules are called through their gate tuples (``_G_*``, built below the
        class from each rule's declaration): the test ``dispatch.needs`` makes in its wrapper,
        written out here so that a skipped rule costs no Python call (speed); which gates
        are open is looked up once per sentence (``_open_gates``)."""
        if _DISPATCH.on:
            gates = _open_gates(self.present_sets, self.mention_types)
        else:
            gates = _ALL_OPEN  # all_rules_run(): every rule runs
        if not self.ments:
            if gates[_ASSASSINATED]:  # only "The two men were killed ..." can relate here
                _G_ASSASSINATED[0](self)
            if gates[_MEETINGS_EN]:  # or "The three leaders then held talks"
                _G_MEETINGS_EN[0](self)
            if self.toks[self.lo].ar:
                strike_killed_him_ar(self)  # or "وقال مسؤول إن طائرة أميركية اغتالته"
                if self._refs:
                    dual_subject_met_ar(self)  # or "وبحث الجانبان ..." (meeting_press.py)
            if gates[_STRIKE_AGENTS]:
                _G_STRIKE_AGENTS[0](self)  # "Israeli jets pounded the area overnight."
            return self.out
        # core_wire_rules.py: one trigger lookup for all of its rules
        wire = _WIRE_AR in self._by_ar or _WIRE_EN in self._by_en  # wire_rules_triggered
        en = not self.toks[self.lo].ar

        # SUCCESSOR_OF: successions.py, core_wire_rules.wire_successor
        if gates[_SUCCESSOR]:
            _G_SUCCESSOR[0](self)
        more_successions(self)  # "took over X from Y", "whom X succeeded", "تسلّم ... من Y"
        if wire:
            wire_successor(self)
        if len(self.doc.by_sent.get(self.si, ())) != len(self.ments):
            self.refresh()  # successor() added a description mention
            if gates is not _ALL_OPEN:  # (the gates with entity types may open now)
                gates = _open_gates(self.present_sets, self.mention_types)

        # MET_WITH: meetings.py, core_wire_rules
        n_met = len(self.out)
        if gates[_MET_WITH]:
            _G_MET_WITH[0](self)
        if wire:  # (each rule of core_wire_rules behind its own cue words: _wire_gate)
            if gates[_W_GROUP_MEMBERS]:
                group_members_met(self, L.AR_MEET, L.EN_MEET)
            if gates[_W_GUEST_SUBJECT]:
                guest_subject_met(self)
            if en and gates[_W_PAIR_DURING]:
                pair_during_meeting_en(self)
            if en and gates[_W_TOLD_VISITING]:
                told_visiting_en(self)
        if gates[_MEETINGS_EN]:  # meetings_en.py: delegations, hosted summits, "the two leaders"
            _G_MEETINGS_EN[0](self)

        # ASSASSINATED_BY: killings.py (KillingRules), core_context, core_wire_rules
        n_out = len(self.out)
        if gates[_ASSASSINATED]:
            _G_ASSASSINATED[0](self)
        if self.doc.kill_agents:  # (it relates only after a killing with an agent)
            killing_context_rules(self)  # "وقُتل معه X", "Also killed was X"
        if wire and en:
            inverted_killed_en(self)
            if gates[_W_MORE_KILLS]:
                more_kills_en(self)
            if gates[_W_NAMED_TO_SUCCEED]:
                named_to_succeed_en(self)  # (SUCCESSOR_OF)
        elif wire:
            if gates[_W_RESULT_KILLING]:
                result_killing_ar(self)
            if gates[_W_KILLED_WHEN_STRUCK]:
                killed_when_struck_ar(self)

        # partners not named in the clause, of any type: core_context.py
        if gates[_CONTEXT]:  # pronoun partners, quotation speakers
            _G_CONTEXT[0](self)
        if gates[_MEETINGS_AR]:  # Arabic delegations, late subjects, ثم-lists (meetings_ar.py)
            _G_MEETINGS_AR[0](self)
        if len(self.out) > n_met:
            complete_meeting_lists(self, n_met)  # "met X and the army chief of staff, Y"
            if opens_with_pronoun_and(self):  # "He and Y then met Z" (meeting_pronoun_co)
                pronoun_co_subject(self, n_met)
        if gates[_FALLBACK]:  # a meeting sentence no rule read (meeting_fallback.py)
            _G_FALLBACK[0](self)
        if gates[_VISITOR]:  # "وصل X ...، حيث استقبله Y، ثم التقى Z": X met Z
            _G_VISITOR[0](self)
        if gates[_UNMET] and self.out:  # (it only drops MET_WITH pairs)
            unmet_partners(self)  # "a meeting with X did not take place", "مبعوث الرئيس X"
        if not _ATTEND_CUES.isdisjoint(self.present_sets):  # (its @needs, without a call)
            _attended_meeting(self)  # "كما حضر الاجتماع X", "X also attended" (meeting_attended)
        if not _HOST_CUES.isdisjoint(self.present_sets):
            hosted_meeting(self)  # "في لقاء ترأسه H", "H, who hosted the meeting" (meeting_host)
        if not _RESP_CUES.isdisjoint(self.present_sets) and len(self.out) > n_met:
            respectively_pairs(self)  # "A1 and A2 met B1 and B2, respectively"
        if len(self.out) > n_met:  # this sentence's meeting, for the next one's attendees
            state = self.doc.state  # (and the one before: "the two" in plural_refs)
            state["met_prev"] = state.get("met_out", (-9, ()))
            state["met_out"] = (self.si, self.out)
        if gates[_MORE_KILLINGS]:  # killings.py: lists, orderers, the same strike
            _G_MORE_KILLINGS[0](self, n_out)
        if self.doc.kill_agents or "strike_agents" in self.doc.state:
            if gates[_AMONG_DEAD]:  # "Among the dead was X": the strike told before
                _G_AMONG_DEAD[0](self)
            if gates[_NAMED_DEAD]:  # "The military named the dead as X and Y"
                _G_NAMED_DEAD[0](self)
        if gates[_STRIKE_AGENTS]:  # strike_refs.py: "A U.S. drone struck the convoy."
            _G_STRIKE_AGENTS[0](self)

        # LEADS / MEMBER_OF / PART_OF: leadership.py, core_wire_rules.org_roles_en
        if gates[_LEADS_MEMBER]:
            _G_LEADS_MEMBER[0](self)
        if wire and en and gates[_W_ORG_ROLES]:
            org_roles_en(self)
        if gates[_LEAD_VERBS]:
            _G_LEAD_VERBS[0](self)
        if gates[_GROUP_HE_LED]:
            _G_GROUP_HE_LED[0](self)
        if gates[_WHOSE_GROUP]:
            _G_WHOSE_GROUP[0](self)
        if gates[_WHOSE_ORG]:
            _G_WHOSE_ORG[0](self)
        if gates[_PART_OF]:
            _G_PART_OF[0](self)

        # VISITED: places.py, core_wire_rules.visited_more
        self.visited()
        if wire and gates[_W_VISITED_MORE]:
            visited_more(self)

        # SUPPORTS: support.py; WITHDREW_FROM: withdrawals.py; LOCATED_IN: places.py;
        # REPORTED_BY: reports.py; ATTACKED: attacks.py
        for g, open_ in zip(_G_LAST, gates[_LAST:], strict=True):
            if open_:
                g[0](self)
        return self.out


def _gate(rule: Any, kinds: bool = False) -> tuple[Any, frozenset, frozenset]:
    """(undecorated rule, word sets, entity types) of a ``@needs`` rule for ``run``; a rule
    without the declaration gets sets and types that make ``run`` call it always (its check
    reads ``not _DISPATCH.on`` last, so an ever-present set is not needed: an empty word set
    and the whole set of types a mention can have)."""
    spec = getattr(rule, "needs", None)
    if spec is None:
        return rule, _ALWAYS, _ALWAYS
    if spec.types and not kinds:
        raise TypeError(f"{rule.__name__} declares entity types: gate it with kinds=True")
    return rule.__wrapped__, spec.word_sets, spec.types


class _Always(frozenset):
    """A word/type set that meets every set (``isdisjoint`` is always False)."""

    def isdisjoint(self, other: Any) -> bool:  # noqa: ARG002
        return False


_ALWAYS = _Always()
_G_SUCCESSOR = _gate(SentenceRules.successor)
_G_MET_WITH = _gate(SentenceRules.met_with)
_G_MEETINGS_EN = _gate(meetings_en)
_G_ASSASSINATED = _gate(SentenceRules.assassinated)
_G_CONTEXT = _gate(context_rules)
_G_MEETINGS_AR = _gate(meetings_ar)
_G_MORE_KILLINGS = _gate(more_killings, kinds=True)
_G_LEADS_MEMBER = _gate(SentenceRules.leads_member, kinds=True)
_G_LEAD_VERBS = _gate(SentenceRules.lead_verbs)
_G_GROUP_HE_LED = _gate(SentenceRules._group_he_led, kinds=True)
_G_WHOSE_GROUP = _gate(SentenceRules._whose_group)
_G_WHOSE_ORG = _gate(SentenceRules._whose_org, kinds=True)
_G_PART_OF = _gate(SentenceRules.part_of, kinds=True)
_G_FALLBACK = _gate(meeting_fallback)
_G_VISITOR = _gate(visitor_meetings)
_WIRE_AR, _WIRE_EN = WIRE_CUES
_G_LAST = tuple(_gate(r, kinds=True) for r in (
    SentenceRules.supports, SentenceRules.withdrew, SentenceRules.located_in,
    SentenceRules.reported_by, SentenceRules.attacked))
_G_UNMET = (unmet_partners, _UNMET_CUES, frozenset())  # (meeting_checks.py: no @needs)
_G_STRIKE_AGENTS = _gate(note_strike_agents)  # strike_refs.py
_G_AMONG_DEAD = _gate(among_the_dead)
_G_NAMED_DEAD = _gate(named_the_dead)
_attended_meeting = attended_meeting.__wrapped__  # (gated in run by _ATTEND_CUES)


def _wire_gate(rule: Any) -> tuple[Any, frozenset, frozenset]:
    """The gate tuple of a rule of core_wire_rules from its cue words (``RULE_CUES``)."""
    ar, en = _WIRE_RULE_CUES[rule]
    return rule, frozenset(ws for ws in (ar, en) if ws), frozenset()


_G_WIRE = tuple(_wire_gate(r) for r in (
    group_members_met, guest_subject_met, pair_during_meeting_en, told_visiting_en,
    more_kills_en, named_to_succeed_en, result_killing_ar, killed_when_struck_ar,
    org_roles_en, visited_more))

# ---- run()'s gates, decided once per sentence --------------------------------------------
# Every gate's outcome depends only on the sentence's trigger word sets (present_sets) and
# entity types (mention_types), so one cached look-up per sentence replaces ~30
# ``isdisjoint`` tests (a sentence's present_sets only grows by a word set registered on
# first use in ``triggers()``, never one of these gates' sets, registered at import).
_RUN_GATES = (_G_SUCCESSOR, _G_MET_WITH, _G_MEETINGS_EN, _G_ASSASSINATED, _G_CONTEXT,
              _G_MEETINGS_AR, _G_FALLBACK, _G_VISITOR, _G_UNMET, _G_MORE_KILLINGS,
              _G_LEADS_MEMBER, _G_LEAD_VERBS, _G_GROUP_HE_LED, _G_WHOSE_GROUP, _G_WHOSE_ORG,
              _G_PART_OF, _G_STRIKE_AGENTS, _G_AMONG_DEAD, _G_NAMED_DEAD, *_G_WIRE, *_G_LAST)
(_SUCCESSOR, _MET_WITH, _MEETINGS_EN, _ASSASSINATED, _CONTEXT, _MEETINGS_AR, _FALLBACK,
 _VISITOR, _UNMET, _MORE_KILLINGS, _LEADS_MEMBER, _LEAD_VERBS, _GROUP_HE_LED, _WHOSE_GROUP,
 _WHOSE_ORG, _PART_OF, _STRIKE_AGENTS, _AMONG_DEAD, _NAMED_DEAD,
 _W_GROUP_MEMBERS, _W_GUEST_SUBJECT, _W_PAIR_DURING, _W_TOLD_VISITING, _W_MORE_KILLS,
 _W_NAMED_TO_SUCCEED, _W_RESULT_KILLING, _W_KILLED_WHEN_STRUCK, _W_ORG_ROLES, _W_VISITED_MORE,
 _LAST) = range(30)  # (positions in _RUN_GATES; _G_WIRE in its order; _G_LAST from _LAST)
_ALL_OPEN = (True,) * len(_RUN_GATES)
_OPEN_GATES: dict[tuple[frozenset, frozenset], tuple[bool, ...]] = {}


def _open_gates(present: Any, types: Any) -> tuple[bool, ...]:
    """Which of ``_RUN_GATES`` let their rule run on a sentence with these trigger word sets
    and entity types (cached per combination; the cache is emptied past 4,096 entries)."""
    key = (frozenset(present), frozenset(types))
    gates = _OPEN_GATES.get(key)
    if gates is None:
        if len(_OPEN_GATES) >= 4096:
            _OPEN_GATES.clear()
        gates = _OPEN_GATES[key] = tuple(
            not g[1].isdisjoint(present) or not g[2].isdisjoint(types) for g in _RUN_GATES)
    return gates
