"""SUCCESSOR_OF base rules in English (``SuccessionRulesEn``), a base of ``SuccessionRules``.

Reads the nouns ("X, Soleimani's successor", "successor to X", "his predecessor"), the verbs
("Qaani succeeded Soleimani", "X was succeeded (in 2025) by his deputy Y", "X replaced Y",
"replacing the late Y") and appointments after a death ("X was appointed ... after the killing
of Y", "K named X as commander, hours after Y was killed").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from loaders.extract import lexicon as L
from loaders.extract.appointer_subject import appointer_successor
from loaders.extract.core_context import predecessor_pronoun_en
from loaders.extract.core_recall import passive_by
from loaders.extract.core_recall_succession import predecessor_from_gazetteer
from loaders.extract.kill_clause_helpers import companion_named
from loaders.extract.rule_common import (
    _EN_LED,
    EN_PASSIVE_AUX,
    EN_PREDICATES,
    killed_right_after,
    title_start,
)
from loaders.extract.succession_after_clause_en import (
    chosen_to_succeed_en,
    main_subject_past_clause_en,
)
from loaders.extract.succession_apposed_en import apposed_infinitive_subject_en
from loaders.extract.succession_apposed_head_en import apposed_head_en
from loaders.extract.succession_apposed_possessor_en import apposed_possessor_head_en
from loaders.extract.succession_by_kin_en import past_kin_phrase
from loaders.extract.succession_clause_his import clause_subject_his_en
from loaders.extract.succession_errand_en import errand_infinitive_en
from loaders.extract.succession_hedged_en import by_before_title_en, would_be_named_en
from loaders.extract.succession_helpers import (
    EN_SUCC_PRED,
    copula_subject_en,
    copula_the_subject_en,
    predecessor_by_office,
)
from loaders.extract.succession_his_apposed_en import apposed_his_successor_en
from loaders.extract.succession_his_death_en import (
    death_announcers_en,
    mourned_object_en,
    victim_after_en,
)
from loaders.extract.succession_kin_genitive_en import kin_genitives_en
from loaders.extract.succession_kin_possessor import kin_possessor, possessed_named
from loaders.extract.succession_kin_pred_en import apposed_kin_en, kin_predecessor_en
from loaders.extract.succession_named_him_en import named_him_successor_en
from loaders.extract.succession_nominated import nominated_to_succeed, positioned_to_succeed
from loaders.extract.succession_noun_pp_en import made_him_en, named_past_post_phrase
from loaders.extract.succession_oath import holder_en as oath_holder_en
from loaders.extract.succession_participle_en import (
    fronted_participle_holder_en,
    participle_holder_en,
)
from loaders.extract.succession_passive_by_en import appointer_subject_en, passive_by_subject_en
from loaders.extract.succession_poss_ante_en import opening_possessor_en, opens_sentence
from loaders.extract.succession_post_after_death_en import EN_POST_BECOME
from loaders.extract.succession_rel_heads import (
    apposition_head_of_titled,
    generic_who_head,
    possessor_pick_en,
)
from loaders.extract.succession_relative_he_en import relative_he_head_en
from loaders.extract.succession_removed_apposed_en import apposed_replaced_en
from loaders.extract.succession_removed_object_en import removed_object_en
from loaders.extract.succession_replaced_with_en import (
    with_after_apposition,
    with_after_post,
    with_new_en,
)
from loaders.extract.succession_rivals import beaten_rival_winner
from loaders.extract.succession_since_he import since_he_en, since_he_unsure
from loaders.extract.succession_took_office_en import took_office_as_en
from loaders.extract.succession_unsettled import hedged_noun_en, successor_unsettled_en
from loaders.extract.succession_whom_his import whom_clause_possessor, whom_infinitive_head
from loaders.extract.succession_with_named_en import (
    named_as_successor_en,
    named_him_head_en,
    picked_him_to_succeed_en,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore
else:
    SentenceCore = object

# a word between the passive auxiliary and "succeeded / replaced" ("Y was himself / later
# succeeded as X in 2020 by Z", session 16)
_EN_AUX_ASIDE = frozenset({"himself", "herself", "later", "subsequently", "eventually", "then",
                           "also", "soon", "quickly"})
# the words _appointed_en's scan after the verb stops at (every check of its loop reads one)
_EN_APPOINT_SCAN = frozenset({"who", "whom", "succeed", "succeeding", "replace", "after",
                              "following", "replacing", "from", "over", "when"})
_EN_IS_WAS = frozenset({"is", "was"})  # "His successor is X": the copula before the name
_EN_APPOS_DET = frozenset({"a", "an", "the", "his", "her", "their", "its"})
# before "successor to / of Y": a prospect, not a holder ("eventual", "future" may be told after)
_EN_MAYBE_NOUN = frozenset({"likely", "possible", "potential", "probable", "presumptive",
                            "presumed", "expected", "rumoured", "rumored", "would-be"})
# a succession only hoped for or contested: "a candidate / rivals / tipped to succeed Y"
_REPLACE_EN = frozenset({"replaced", "replaces", "replace", "replacing"})
_AND_THEN = frozenset({"and", "then", "later", "swiftly", "quickly"})
_EN_PROSPECT = frozenset({"candidate", "candidates", "rival", "rivals", "contender",
                          "contenders", "frontrunner", "front-runner", "favourite", "favorite",
                          "tipped", "bid", "race", "vying", "hopes", "hoping", "seeks",
                          "seeking", "wants", "poised", "likely", "expected", "battle",
                          "campaign", "running", "jockeying", "struggle", "fight"})

# "unlike / like his predecessor, X ...": a comparison whose X is the main subject
_EN_COMPARED = frozenset({"unlike", "like"})


# "X received / met / welcomed his successor": X is the one succeeded, not the successor
_EN_MET_HOLDER = frozenset({"received", "receives", "met", "meets", "hosted", "hosts",
                            "welcomed", "welcomes", "congratulated", "congratulates", "briefed",
                            "briefs", "greeted", "greets", "praised", "praises"})


# kin and office words between "after the killing of his" and the predecessor's name
_EN_KIN_PRED = frozenset({"brother", "father", "uncle", "cousin", "son", "husband",
                          "predecessor", "half-brother", "mentor",
                          "deputy", "protege", "protégé", "son-in-law", "nephew"})
# ("Y's successor and deputy, X": X, his deputy before; session 56)
_EN_KIN_QUAL = frozenset({"longtime", "long-time", "former", "first", "close", "younger",
                          "elder", "older"})


_EN_DEATH_WORDS = frozenset({"the", "a", "killing", "death", "assassination", "ouster",
                             "resignation", "departure", "dismissal", "of", "from", "late",
                             "slain", "former", "removal", "sacking"})
_EN_ANNOUNCED = frozenset({"announced", "confirmed", "reported"})
_EN_ANNOUNCERS = frozenset({"government", "group", "army", "movement", "militia", "ministry",
                            "military", "council", "presidency", "rebels", "houthis"})


_EN_NAMING = frozenset({"naming", "appointing", "choosing", "installing",
                        "chose", "picked"})  # ("later chose X as his successor": session 54)
# "K sacked X and named Z as his replacement": the one removed is the -his (session 54)
_EN_REMOVING = frozenset({"sacked", "fired", "dismissed", "removed", "ousted", "relieved",
                          "sacking", "firing", "dismissing", "removing", "ousting",
                          "relieving"})


def _removed_before(sr: Any, verb: int, succ_m: Any) -> str | None:
    """The person a removal verb in the same clause before the naming verb *verb* took as
    its object ("K sacked Interior Minister X (on Sunday) and named / , naming Z as his
    replacement": X); None when there is none."""
    for x in range(verb - 1, max(sr.lo, verb - 12) - 1, -1):
        if sr.toks[x].text in (";", ":") or sr.key(x) in ("after", "when", "who", "which"):
            return None
        if sr.key(x) in _EN_REMOVING and sr.key(x - 1) not in EN_PASSIVE_AUX:
            obj = sr.after(x + 1, types=("Person",), maxgap=3)
            return obj.eid if obj is not None and obj is not succ_m and obj.hi <= verb \
                else None
    return None


def _death_of(sr: SentenceCore, m: Mention) -> bool:
    """Is *m* the object of "the death / killing of" (its title between: "the death of
    their military chief of staff Y")?"""
    for y in range(title_start(m) - 1, max(sr.lo, m.lo - 8), -1):
        if sr.toks[y].punct:
            return False
        if sr.key(y) == "of" and sr.key(y - 1) in ("death", "killing", "assassination"):
            return True
    return False


def _past_death_words(sr: SentenceCore, y: int) -> int:
    """The first token from *y* past the words of a death or removal ("the killing of")."""
    while y < sr.hi and sr.key(y) in _EN_DEATH_WORDS:
        y += 1
    return y


def _announcer_end(sr: SentenceCore, y: int) -> int | None:
    """After "after the" at *y*: the token past "<body> announced / confirmed" when a death
    follows ("the government announced the death of Y"), else None."""
    m = sr.mention_at.get(y)
    if m is not None and m.etype in ("Organization", "Country"):
        y = m.hi
    elif sr.key(y) in _EN_ANNOUNCERS:
        y += 1
    else:
        return None
    if sr.key(y) not in _EN_ANNOUNCED or sr.key(y + 1) != "the" or \
            sr.key(y + 2) not in ("death", "killing", "assassination"):
        return None
    return y + 1


def appointed_past_apposition_en(sr: SentenceCore, t: int) -> int | None:
    """English "K named X, <apposition>, as his successor / replacement" (the noun at *t*):
    the appointing verb right before X, when an apposition closed by a comma stands between
    X and "as his" ("named Maj. Gen. Y, a longtime front commander, as his replacement",
    "appointed Z, the force's deputy commander since 1997, as his successor"); None else (no
    verb, another person or a verb inside the apposition)."""
    if sr.key(t - 2) != "as" or sr.toks[t - 3].text != ",":
        return None
    for c in range(t - 4, max(sr.lo, t - 20), -1):
        m = sr.mention_at.get(c)
        if m is not None and m.etype == "Person":
            if sr.toks[m.hi].text != "," or any(
                    sr.f(y) & EN_PREDICATES for y in range(m.hi + 1, t - 3)) or any(
                    (o := sr.mention_at.get(y)) is not None and o.etype == "Person"
                    for y in range(m.hi + 1, t - 3)):
                return None
            v = title_start(m) - 1
            key = sr.key(v)
            return v if key in L.EN_APPOINT or key in _EN_NAMING else None
    return None


def appointee_past_apposition_en(sr: SentenceCore, as_at: int) -> Any:
    """English "K named X, <apposition>, as Y's successor" (*as_at*: the "as" before Y): X, the
    object of the appointing verb, whose apposition closes with the comma before "as", even
    when it names another person ("named Beji Caid Essebsi, a former foreign minister under
    Habib Bourguiba, as Ghannouchi's successor": not Bourguiba; session 66); None else (no
    comma before "as", no appointing verb with its object right before the apposition)."""
    if sr.key(as_at) != "as" or sr.toks[as_at - 1].text != ",":
        return None
    for v in range(as_at - 2, max(sr.lo, as_at - 25) - 1, -1):
        if sr.toks[v].text in (".", ";", ":"):
            return None
        if sr.key(v) in L.EN_APPOINT or sr.key(v) in _EN_NAMING:
            obj = sr.after(v + 1, types=("Person",), maxgap=2)
            if obj is None or obj.hi >= as_at - 1 or sr.toks[obj.hi].text != ",":
                return None
            return obj
    return None


def lone_antecedent_en(sr: SentenceCore, verb: int, pred: str, others: set[str]) -> bool:
    """Is *pred* the only person (besides *others*) named in the sentence before and in this
    one before *verb*? ("... the same raid that killed Y. The statement named Z, a veteran
    commander, as his replacement": the profile's X or Y, unsure; session 61)"""
    named = {m.eid for si in (sr.si - 1, sr.si) for m in sr.doc.by_sent.get(si, ())
             if m.etype == "Person" and m.kind == "name" and (si < sr.si or m.hi <= verb)}
    return named - others == {pred}


def _who_head_en(sr: SentenceCore, t: int) -> Any:
    """The person heading a "who" clause that holds the noun at *t* ("X, who was sworn in on
    July 30 as successor to Y": X; session 57), else None: no comma nor other person between
    "who" and the noun, at most twelve words."""
    for w in range(t - 1, max(sr.lo, t - 12) - 1, -1):
        if sr.toks[w].punct or sr.mention_at.get(w) is not None:
            return None
        if sr.key(w) == "who":
            head = sr.before(w, types=("Person",), maxgap=1)
            return head if head is not None and not head.poss else None
    return None


class SuccessionRulesEn(SentenceCore):
    """SUCCESSOR_OF base rules in English, run by ``SuccessionRules.successor``: the nouns
    ("X, Soleimani's successor", "successor to X", "his predecessor"), the verbs ("Qaani
    succeeded Soleimani", "X was succeeded by Y", "X replaced Y") and appointments ("X was
    appointed ... after the killing of Y", "replacing the late Y")."""

    def _successor_nouns_en(self) -> None:
        """English nouns: "X, Y's successor", "successor to Y", "his predecessor"."""
        # English nouns: successor / predecessor
        for t in self._by_en.get(EN_SUCC_PRED, ()):  # (= self.triggers(EMPTY, ...): in @needs)
            if hedged_noun_en(self, t):
                continue  # "X, Y's likely successor": a prospect
            is_succ = self.key(t) in L.EN_SUCCESSOR
            poss = None
            p = self.before(t, types=("Person",), maxgap=2)
            if p is not None and p.poss:
                poss = p
            nxt = t + 1
            if self.key(nxt) in ("to", "of"):
                if self.key(t - 1) in _EN_MAYBE_NOUN or self.key(t - 2) in _EN_MAYBE_NOUN:
                    continue  # "X, the likely / a potential successor to Y": a prospect
                tgt = self.after(nxt + 1, types=("Person",), maxgap=2)
                other = self.before(t, types=("Person",), maxgap=6) or \
                    copula_the_subject_en(self, t) or \
                    named_as_successor_en(self, t) or \
                    _who_head_en(self, t)  # "X had been named in 2022 as successor"
                if other is None or other is tgt:
                    other = self.after(tgt.hi if tgt else nxt + 1, types=("Person",), maxgap=3)
                    if other is not None and any(self.f(x) & EN_PREDICATES for x in range(
                            tgt.hi if tgt else nxt + 1, title_start(other))):
                        other = None  # "X, who was sworn in on <day> as successor to Y,
                        # met Z": Z is the object of the main verb, no successor (session 57)
                if tgt and other and not self.blocked(t):
                    if is_succ:
                        self.add("SUCCESSOR_OF", other.eid, tgt.eid, "successor_to_en")
                    else:
                        self.add("SUCCESSOR_OF", tgt.eid, other.eid, "predecessor_of_en")
                continue
            # "Y's predecessor and brother, X": the kin noun ends the phrase (session 56)
            u = t + 2 if self.key(t + 1) == "and" and self.key(t + 2) in _EN_KIN_PRED else t
            if u == t and self.key(t + 1) == "and" and self.key(t + 2) in _EN_KIN_QUAL and \
                    self.key(t + 3) in _EN_KIN_PRED:
                u = t + 3  # "Y's successor and longtime deputy, X"
            named = self.after(u + 1, types=("Person",), maxgap=2)
            cop = u + 1 if self.key(u + 1) in _EN_IS_WAS and (
                poss is not None or self.key(t - 1) in ("his", "her")) else u
            if named is not None and any(  # ("His successor is General X": the copula)
                    not self.toks[x].punct and not self.toks[x].cap and
                    self.key(x) not in L.EN_TITLE_FIRST for x in range(cop + 1, named.tlo)):
                named = None  # "Soleimani's successor met Kadhimi": Kadhimi is the object
            if named is None:
                named = named_past_post_phrase(self, t)  # "his successor at the ministry, X,"
            if poss is not None:
                if named is None and is_succ:  # "named X, a minister under Z, as Y's
                    named = appointee_past_apposition_en(self, title_start(poss) - 1)  # successor"
                if named is None:
                    ap = self.before(title_start(poss),
                                     types=("Person",), maxgap=2)
                    if ap is not None and not any(
                            self.toks[x].text in (",", "—", "(", "،")
                            for x in range(ap.hi, title_start(poss))):
                        ap = None  # "X met Soleimani's successor": X is no apposition
                    named = ap
                if named is None and is_succ:  # "X took office in August as Y's successor"
                    named = took_office_as_en(self, title_start(poss) - 1)
                if named is None:
                    named = copula_subject_en(self, poss)  # "X became Y's successor"
                if named is None:
                    named = made_him_en(self, title_start(poss))  # "elected X, making him
                    # Y's successor"
                if named is None and is_succ:
                    named_id = None if successor_unsettled_en(self, t) else \
                        self._successor_of(poss.eid, t)
                else:
                    named_id = named.eid if named else None
                if named_id and not self.blocked(t):
                    if is_succ:
                        self.add("SUCCESSOR_OF", named_id, poss.eid, "poss_successor_en")
                        if named is None:
                            self._desc_mention(poss.lo, t + 1, named_id)
                        self.dependent.add(id(poss))
                    else:
                        self.add("SUCCESSOR_OF", poss.eid, named_id, "poss_predecessor_en")
                continue
            apposed = apposed_his_successor_en(self, t) if is_succ and named is None else None
            if apposed is not None:  # "X, his successor, oversaw ...": X -> the one before X
                ante = self.before(title_start(apposed), types=("Person",), maxgap=40)
                ante_id = ante.eid if ante is not None else \
                    self._antecedent(t - 1, exclude={apposed.eid})
                if ante_id and ante_id != apposed.eid and not self.blocked(t):
                    self.add("SUCCESSOR_OF", apposed.eid, ante_id, "his_successor_apposed_en")
                continue
            if self.key(t - 1) in ("his", "her") and is_succ and named is None and \
                    self.key(t - 2) in _EN_MET_HOLDER:
                continue  # "X received his successor": X is the predecessor, the other unnamed
            if self.key(t - 1) in ("his", "her") and is_succ and named is None:
                # "X was named as his successor" / "Khamenei named X as his replacement"
                verb = next((x for x in range(t - 2, max(self.lo, t - 14), -1)
                             if self.key(x) in L.EN_APPOINT or self.key(x) in _EN_LED or
                             self.key(x) in _EN_NAMING), None)  # ("..., naming X as his
                # successor": session 53)
                apposed = verb is None
                if verb is None:  # "named X, a longtime front commander, as his
                    verb = appointed_past_apposition_en(self, t)  # replacement" (s61)
                if verb is not None:
                    obj = self.after(verb + 1, types=("Person",), maxgap=2)
                    him = named_him_successor_en(self, verb, t) if obj is None else None
                    if him is not None:  # "... in which Y named him as his successor": the
                        if not self.blocked(t):  # one "him" stands for -> Y (session 71)
                            self.add("SUCCESSOR_OF", him[0], him[1], "named_him_successor_en")
                        continue
                    succ_m = obj if obj is not None else self.before(verb, ("Person",), 12)
                    if obj is None and self.key(verb - 1) in EN_PASSIVE_AUX:
                        # "X, who had served as Y's deputy, was named his successor": X
                        sb = self.subject_before(verb - 1, maxgap=20)
                        if sb is not None and sb.etype == "Person":
                            succ_m = sb
                    if obj is None and self.key(verb) in _EN_LED:
                        # "X, Y's deputy, now leads Z as his successor": the subject X
                        succ_m = self.subject_before(verb, maxgap=14)
                        if succ_m is not None and succ_m.etype != "Person":
                            succ_m = None
                    if succ_m is not None:
                        namer = self.before(verb, ("Person",), 6) if obj is not None else None
                        if namer is not None and (killed_right_after(self.toks, namer) or
                                                  _death_of(self, namer) or
                                                  mourned_object_en(self, namer)):
                            namer = None  # "said Y had been killed, and named X as his
                            # successor": the one killed named nobody; "announced the death
                            # of Y and named X as his successor" (session 53); "mourned Y
                            # and named X as his successor" (session 54)
                        pred = _removed_before(self, verb, succ_m) or self._antecedent(
                            t - 1, exclude={succ_m.eid} | (
                                {namer.eid} if namer is not None else set()) |
                            death_announcers_en(self, t) | kin_genitives_en(self))  # ("Y, a son
                        # of the late King Z": not Z; s72) "X announced his death, and Z
                        # was named his successor": not X (succession_his_death_en)
                        pred = victim_after_en(self, t, succ_m.eid) or pred  # "..., after
                        # Chief of Staff Y was killed" (session 54)
                        if apposed and pred and not lone_antecedent_en(
                                self, verb, pred, {succ_m.eid} | (
                                    {namer.eid} if namer is not None else set())):
                            pred = None  # (past an apposition: only the one person before)
                        if pred and not self.blocked(t):
                            self.add("SUCCESSOR_OF", succ_m.eid, pred, "his_successor_en")
                continue
            if self.key(t - 1) in ("his", "her") and is_succ and named is not None:
                # "X handed command to / praised his successor, Y": Y succeeded X
                ante = self.before(t - 1, types=("Person",), maxgap=40)
                subj = clause_subject_his_en(self, t - 1)  # "X hailed Y's death, and his
                if subj is not None and subj.eid != named.eid:  # successor, Z, ...": X
                    ante = subj  # (session 59)
                in_whom, ante = whom_clause_possessor(self, t - 1, ante)  # "Z, whom his ..."
                if in_whom and ante is None:
                    continue
                ante_id = ante.eid if ante is not None else \
                    self._antecedent(t - 1, exclude={named.eid})  # "... . His successor, Y,"
                if ante is None and opens_sentence(self, t - 1):
                    # "X was killed in a strike ordered by Z. His successor, Y,": X, not Z;
                    # "Her successor" only of a woman (session 57)
                    ante_id = opening_possessor_en(self, t - 1, named.eid, ante_id)
                if ante_id and ante_id != named.eid and not self.blocked(t):
                    self.add("SUCCESSOR_OF", named.eid, ante_id, "his_successor_named_en")
            if self.key(t - 1) in ("his", "her") and not is_succ and named is not None and \
                    self.key(t - 2) in _EN_COMPARED and self.toks[t + 1].text == ",":
                continue  # "Unlike his predecessor, X speaks little Arabic": X is the
                # subject, the one compared, not the predecessor named (session 58)
            if self.key(t - 1) in ("his", "her") and not is_succ and named is not None:
                ante = self.before(t - 1, types=("Person",), maxgap=40)
                if ante is not None:  # "X was named P by K, after his predecessor, Y, ...": X
                    ante = appointer_subject_en(self, ante) or ante
                in_whom, ante = whom_clause_possessor(self, t - 1, ante)  # "Z, whom his ..."
                ante_id = ante.eid if ante is not None else None if in_whom else \
                    self._antecedent(t - 1, exclude={named.eid})  # "... . His predecessor,
                # Y, was killed" (the one before, as for "His successor, Y": session 27)
                if ante_id and ante_id != named.eid and not self.blocked(t):
                    self.add("SUCCESSOR_OF", ante_id, named.eid, "his_predecessor_en")
            elif self.key(t - 1) in ("his", "her") and not is_succ:
                # "X is less fluent than his predecessor": the predecessor the gazetteer knows
                ante = self.before(t - 1, types=("Person",), maxgap=40)
                pred = (predecessor_from_gazetteer(self, ante.eid) or
                        predecessor_by_office(self, ante)) if ante is not None else None
                if pred and pred != ante.eid and not self.blocked(t):
                    self.add("SUCCESSOR_OF", ante.eid, pred, "his_predecessor_known_en")

    def _succeeded_en(self) -> None:
        """English verbs: "X succeeded Y", "Y was succeeded by X", "X replaced Y"."""
        # English verbs: succeeded / replaced
        for t in self._by_en.get(L.EN_SUCCEED, ()):  # (= self.triggers(EMPTY, ...): in @needs)
            if self.key(t - 1) == "to" and (self.key(t - 2) in _EN_PROSPECT or
                                             nominated_to_succeed(self, t) or
                                             positioned_to_succeed(self, t)) or \
                    self.key(t + 1) == "in" and self.key(t + 2).endswith("ing"):
                continue  # "a candidate / nominated to succeed Y", "X succeeded in persuading Y"
            passive = self.key(t - 1) in EN_PASSIVE_AUX or self.key(t + 1) == "by" or (
                self.key(t - 1) in _EN_AUX_ASIDE and self.key(t - 2) in EN_PASSIVE_AUX)
            if self.key(t - 1) == "and" and self.key(t + 1) in ("by", "with") and \
                    self.key(t) == "replaced":
                # "Y was dismissed (last week) and replaced by / with X"
                new = self.after(t + 2, types=("Person",), maxgap=3)
                old = self.before(t, types=("Person",), maxgap=15)
                if old is not None and self.key(title_start(old) - 1) == "by":
                    # "Y was dismissed by K and replaced by X": Y, not the dismisser K
                    old = self.before(title_start(old) - 1, types=("Person",), maxgap=15)
                if new and old and new.eid != old.eid and old.hi < t and \
                        not self.blocked(t, new):
                    self.add("SUCCESSOR_OF", new.eid, old.eid, "replaced_by_en")
                continue
            if passive:
                by = next((x for x in range(t, min(self.hi, t + 3)) if self.key(x) == "by"), None)
                if by is None:
                    by = passive_by(self, t)  # "was succeeded in 2025 by his deputy X"
                if by is None and self.key(t + 1) in ("as", "at", "on"):
                    # "Y was replaced as national security adviser last July by X" / "Y was
                    # succeeded at the central bank by X" / "replaced on the Lebanon file by X"
                    by = next((x for x in range(t + 2, min(self.hi, t + 12))
                               if self.key(x) == "by" or self.toks[x].punct), None)
                    if by is not None and self.key(by) != "by":
                        by = None
                if by is None:
                    continue
                new = self.after(past_kin_phrase(self, by + 1), types=("Person",), maxgap=3)
                old = self.subject_before(t - 1, maxgap=25)  # skips ", who ...,"
                if old is not None and old.etype != "Person":
                    old = self.before(t, types=("Person",), maxgap=12)
            else:
                new = self.before(t, types=("Person",), maxgap=20)
                if self.key(t - 1) in ("who",):
                    new = generic_who_head(self, t - 1, self.before(
                        t - 1, types=("Person",), maxgap=20))  # "the man who succeeded Y, Z"
                    new = apposition_head_of_titled(self, t - 1, new)  # "X, the envoy
                    # of the UN secretary-general, who succeeded Y": X
                elif self.key(t - 1) != "to":
                    sb = self.subject_before(t, maxgap=25)  # "R, a protege of K, succeeded"
                    if self.key(t - 1) in ("he", "she") and self.key(t - 2) == "since":
                        sb = since_he_en(self, t - 1) or sb  # "X's first visit since he"
                    if self.key(t - 1) in ("he", "she"):  # "X took over from Y, who had
                        sb = relative_he_head_en(self, t - 1) or sb  # led it since he"
                    if sb is not None and sb.etype == "Person":
                        new = sb
                    # "..., a day after S was named president, replacing Y": S, not T
                    new = participle_holder_en(self, t) or new
                    new = fronted_participle_holder_en(self, t) or new  # "Replacing Y, X
                    # took command" (session 57)
                    new = named_him_head_en(self, t, new)  # "X ..., when K named him
                    # secretary, replacing Y" (session 61)
                    new = main_subject_past_clause_en(self, t, new)  # "X became P after K
                    # was shot dead by Z, and succeeded Y": X (session 71)
                if self.key(t - 1) == "to":
                    # "X, <apposition>, was elected by K to succeed Y": X, the passive's subject
                    new = passive_by_subject_en(self, t - 1) or new
                    new = oath_holder_en(self, t, new)  # "received Y after taking the oath to"
                    new = whom_infinitive_head(self, t - 1, new)  # "Z, whom K named to"
                    new = picked_him_to_succeed_en(self, t, new)  # "X ..., when K picked him to"
                    new = apposed_infinitive_subject_en(self, t - 1, new)  # "X, <app.>, to"
                    new = possessor_pick_en(self, t - 1, new)  # "K's pick to replace Y, X"
                    new = apposed_possessor_head_en(self, t - 1, new)  # "X, the candidate of
                    # K's movement, won ... to replace Y": X (s68)
                if new is not None:  # "X defeated Y to succeed Z": X (succession_rivals.py)
                    new = beaten_rival_winner(self, new) or new
                by_k = by_before_title_en(self, new) if new is not None and \
                    self.key(t - 1) == "to" else None  # ("by hard-line President K": s71)
                if by_k is not None:
                    # "X was appointed by K to replace S": X replaces S, K appoints
                    by = by_k
                    new = self.subject_before(by - 1, maxgap=20) if by - 1 > self.lo else None
                    if self.key(by - 2) not in EN_PASSIVE_AUX and not self.toks[by - 2].punct:
                        # "Z, an official appointed by K to replace S": the reduced
                        # relative's head Z, not the sentence's subject
                        new = self.before(by - 1, types=("Person",), maxgap=8)
                    elif self.toks[by - 2].text == ",":  # "K met X, appointed by P to replace
                        new = next((m for m in self.args if m.etype == "Person" and  # S": X
                                    m.hi == by - 2), new)  # (session 71)
                    if new is not None and new.etype != "Person":
                        new = None
                old = self.after(t + 1, types=("Person",), maxgap=3) if self.key(
                    t + 1) not in ("him", "her", "with") else None  # ("replaced him under
                # K": not K; "Y, whom K replaced with X": X is no one replaced, session 53)
                if old is not None and old.poss:  # "replacing Y's prime minister Z": Z
                    old = possessed_named(self, old)
                if old is None and self.key(t + 1) not in ("him", "her", "with"):
                    # "replacing the late hard-liner Y": descriptors before the name
                    o2 = self.after(t + 1, types=("Person",), maxgap=6)
                    if o2 is not None and all(
                            (not self.toks[x].punct or self.toks[x].text == "-") and
                            not self.f(x) & EN_PREDICATES and
                            self.key(x) not in ("and", "or")  # ("replaced all his chiefs
                            for x in range(t + 1, title_start(o2))):  # and named Y": s49)
                        old = o2
                if old is None and (self.key(t) == "replacing" or
                                    self.key(t) == "replace" and self.key(t - 1) == "to"):
                    old = apposed_replaced_en(self, t)  # "to replace the chief of staff, Gen. Y"
                if old is not None and self.key(old.hi) == "with" and \
                        self.key(t) in ("replaced", "replaces", "replace", "replacing"):
                    # "K replaced Y with X": X is the new one, K only decided
                    new = with_new_en(self, old.hi + 1)  # (also "with his deputy, X")
                elif old is not None and self.key(t) in ("replaced", "replaces", "replace",
                                                         "replacing"):
                    new = with_after_post(self, old) or with_after_apposition(self, old) or \
                        new  # "K replaced Y as P with X", "K replaced Y, <description>, with X"
            if old is None and not passive and new is not None and \
                    self.key(t + 1) in ("his", "her") and (
                        self.key(t - 1) != "to" or chosen_to_succeed_en(self, t)):
                # ("X was elected on Saturday to succeed his half-brother": session 71)
                kin = kin_predecessor_en(self, t + 1, new, False)  # "X succeeded his father"
                if kin and not self._blocked_unless_decided(t, new):
                    self.add("SUCCESSOR_OF", new.eid, kin, "succeeded_kin_en")
            if old is None and not passive and self.key(t + 1) in ("him", "her") and \
                    self.key(t + 2) == "with" and self.key(t) in _REPLACE_EN:
                # "K fired Y and replaced him with X" (session 53): X took Y's place, not K
                # nor Y's; Y, the object coordinated right before, else the pronoun's
                with_new = self.after(t + 3, types=("Person",), maxgap=2)
                y = self.before(t, types=("Person",), maxgap=3)
                y_id = y.eid if y is not None and self.key(y.hi) == "and" and all(
                    self.key(x) in _AND_THEN for x in range(y.hi, t)) else None
                if with_new is not None:
                    y_id = y_id or predecessor_pronoun_en(self, t, with_new)
                if with_new is not None and y_id and y_id != with_new.eid and \
                        not self._blocked_unless_decided(t, with_new):
                    self.add("SUCCESSOR_OF", with_new.eid, y_id, "replaced_him_with_en")
                continue
            if old is None and not passive and self.key(t + 1) in ("him", "her") and \
                    self.key(t - 1) != "to":
                old_id = predecessor_pronoun_en(self, t, new)  # "X succeeded him"
                if old_id and new is not None and not self._blocked_unless_decided(t, new):
                    # ("X will replace him, the group announced": decided, as for a name)
                    self.add("SUCCESSOR_OF", new.eid, old_id, "succeeded_him_en")
            if new is not None and new.hi < t and appointer_successor(
                    new, self.toks, self.hi, self.doc.by_sent.get(self.si, [])):
                continue  # "Alimi names bin Mubarak PM, replacing Y": Alimi appointed him
            if new and old and not self._blocked_unless_decided(t, new) and not (
                    since_he_unsure(self, t) and since_he_en(self, t - 1) is None) and not (
                    self.key(t) in ("replacing", "succeeding") and would_be_named_en(self, t)):
                # ("first ... since he" about someone since_he_en cannot name: nobody)
                self.add("SUCCESSOR_OF", new.eid, old.eid, "succeeded_en")

    def _appointed_en(self) -> None:
        """English appointments: "X was appointed ... after the killing of Y", "replacing Y"."""
        # English: appointed / took over ... after the killing of X, "replacing X"
        for t in self._by_en.get(L.EN_APPOINT, ()):  # (= self.triggers(EMPTY, ...): in @needs)
            if self.key(t) == "took" and self.key(t + 1) != "over":
                continue
            if self.key(t) == "picked" and self.key(t + 1) in ("up", "out", "off", "apart"):
                continue  # "picked up the phone after Y was killed": no post
            if errand_infinitive_en(self.toks, t, self.hi):
                continue  # "chosen to lead the delegation after Y's killing": no post (s58)
            if self.key(t) == "took" and t > self.lo and self.toks[t - 1].text == ",":
                # "His brother, X, took over (the leadership)": X's kin named before
                taker = self.before(t - 1, types=("Person",), maxgap=0)
                kin = apposed_kin_en(self, taker)
                if kin is not None and not self.blocked(t, taker):
                    self.add("SUCCESSOR_OF", taker.eid, kin, "took_over_from_kin_en")
                    continue
            if self.key(t) == "became" and not any(
                    self.key(y) in EN_POST_BECOME or
                    self.key(y) == "crown" and self.key(y + 1) == "prince"
                    for y in range(t + 1, min(self.hi, t + 8))):  # ("became emir": s58)
                continue  # "X became angry after Y was killed": no post
            for x in range(t + 1, min(self.hi, t + 24)):
                kx = self.toks[x].key  # (= self.key(x): t < x < hi)
                if kx not in _EN_APPOINT_SCAN:
                    continue  # (one test for the words the checks below read; session 71)
                if kx in ("who", "whom") and self.toks[x - 1].text == ",":
                    break  # "... named X in place of Z, who took over from Y": Z's clause
                if kx in ("succeed", "succeeding") and self.after(
                        x + 1, types=("Person",), maxgap=2) is not None:
                    break  # "elected to succeed Y after the killing of Z": Y (succeeded_en)
                if kx in ("succeed", "replace") and self.key(x + 1) in ("him", "her"):
                    break  # "named X to succeed him, in a message from the spokesman, Z":
                    # the one "him" stands for (replace_him_en), not Z (session 71)
                if kx in ("after", "following", "replacing", "replace", "from") or (
                        kx == "over" and self.key(x + 1) == "from") or kx == "when":
                    rest = _past_death_words(self, x + 1)
                    if kx == "when" and self.key(rest) in ("his", "her"):
                        k = rest + 3 if self.key(rest + 1) in ("half", "step") and \
                            self.key(rest + 2) == "-" else rest + 1  # ("his half-brother")
                        if self.key(k) in _EN_KIN_PRED:
                            rest = k + 1  # "X became emir when his father Y abdicated" (s58)
                    if kx in ("after", "following"):
                        said = _announcer_end(self, rest)  # "a day after the government
                        if said is not None:  # announced the death of Y" (session 53)
                            rest = _past_death_words(self, said)
                    kin = rest + 3 if self.key(rest + 1) in ("half", "step") and \
                        self.key(rest + 2) == "-" else rest + 1  # ("his half-brother")
                    if kx in ("after", "following") and self.key(rest) in ("his", "her") \
                            and self.key(kin) in _EN_KIN_PRED and rest > x + 1:
                        rest = kin + 1  # "after the killing of his brother Yahya" (session
                        if self.key(rest) == ",":  # 52); "of his half-brother, Y" (s53)
                            rest += 1
                    old = self.after(rest, types=("Person",), maxgap=1)
                    if kx in ("after", "following"):  # "after K fired Y": Y, not K
                        old = removed_object_en(self, rest) or old
                    if old is not None and old.poss and kx in ("from", "over", "replacing",
                                                               "replace"):
                        # "from Assad's last premier, W": W (not "after Y's death")
                        old = possessed_named(self, old)
                    if old is None and kx in ("from", "over"):
                        old = companion_named(self, rest, 6)  # "from his brother, Crown
                        # Prince Y": the person named after the role noun
                    if old is None and self.key(t) == "took" and kx in (
                            "from", "over", "after", "following"):
                        # "X took over from his father" / "after his brother's death"
                        taker = self.before(t, types=("Person",), maxgap=20)
                        if taker is not None and self.key(t - 1) == ",":
                            # "X, the brother of Y, took over after his brother's killing":
                            # X, the subject before the apposition (session 53)
                            sb = self.subject_before(t, maxgap=20)
                            taker = sb if sb is not None and sb.etype == "Person" else taker
                        if self.key(t - 1) == "who":
                            taker = generic_who_head(self, t - 1, taker)
                        kin = kin_predecessor_en(self, rest, taker,
                                                 kx in ("after", "following"))
                        if kin is not None and not self.blocked(t, taker):
                            self.add("SUCCESSOR_OF", taker.eid, kin, "took_over_from_kin_en")
                            break
                    if old is None and kx in ("after", "following") and self.key(rest) in (
                            "his", "her") and self.key(rest + 1) in (
                            "killing", "death", "assassination"):
                        # "X, Soleimani's deputy, took over after his death": his = the
                        # person named before, not the one who took over
                        subj_m = self.subject_before(t, maxgap=20)
                        ante = self._antecedent(t, exclude={subj_m.eid} if subj_m else set())
                        if subj_m is not None and subj_m.etype == "Person" and ante and \
                                not self.blocked(t, subj_m):
                            self.add("SUCCESSOR_OF", subj_m.eid, ante, "took_over_after_his_en")
                        break
                    if old is None:
                        continue
                    deathish = kx in ("replacing", "replace", "from", "over") or any(
                        self.key(y) in ("killing", "death", "assassination", "ouster",
                                        "resignation", "departure", "dismissal", "killed",
                                        "died", "assassinated", "ousted", "resigned",
                                        "dismissed", "sacked", "removal", "sacking",
                                        "fired",
                                        "retired", "retirement", "quit", "stepped",
                                        "abdicated", "abdication")
                        for y in range(x if kx != "when" else old.hi, min(self.hi, old.hi + 4)))
                    new = self.before(t, types=("Person",), maxgap=20)
                    if new is not None and self.key(t - 1) in ("he", "she") and any(
                            self.key(y) in ("his", "her") for y in range(new.hi, t - 1)):
                        # "X was received by K, in the presence of Z, on his first visit
                        # since he took over the file from Y": X, whom "his ... he" stands
                        # for, not Z named last (s71; "on the general's first visit since
                        # he ...": the general named last, as before)
                        new = self._he_at(t - 1)
                    if self.key(t - 1) == "who":
                        new = generic_who_head(self, t - 1, new)  # "the man who took over"
                    if kin_possessor(self, new):
                        new = None  # "X's daughter took over from Y": not X
                    nearest = new
                    if new is not None and new.hi + 1 == t and self.toks[new.hi].text == ",":
                        # "X, a cousin of Z, took over from Y": the head X of the
                        # apposition, not Z inside it
                        st = title_start(new)
                        c = next((y for y in range(st - 1, max(self.lo, st - 8) - 1, -1)
                                  if self.toks[y].text == ","), None)
                        if c is not None and self.key(c + 1) in _EN_APPOS_DET:
                            head = self.before(c, types=("Person",), maxgap=0)
                            if head is not None:
                                new = head
                    if new is not None and new is nearest and self.toks[t - 1].text == "," \
                            and self.key(t + 1) != "by":  # ("K received X, appointed by P to
                        # replace Y": X, s71)
                        new = apposed_head_en(self, t, new)  # "X, a career diplomat who
                        # served as Washington's envoy ..., took over from Y": X (s67)
                    new = apposed_possessor_head_en(self, t, new)  # "X, the nominee of K's
                    # coalition, was elected to replace Y": X (s68)
                    obj = self.after(t + 1, types=("Person",), maxgap=4)
                    active = self.key(t) in ("appointed", "named", "chosen", "tapped",
                                             "selected", "installed", "promoted", "elected",
                                             "reappointed", "picked") and \
                        self.key(t - 1) not in EN_PASSIVE_AUX and self.key(t - 1) != "who" and \
                        not (obj is not None and by_before_title_en(self, obj) is not None)
                    # ("an official appointed by K to replace Y": K is the agent)
                    if new is None or (active and obj is not None and obj.hi <= x):
                        new = obj  # "K named X as commander, hours after Y was killed"
                    elif active and self.key(t + 1) in ("him", "her"):
                        new = named_him_head_en(self, x, new)  # "X ..., after K named him
                        # to replace Y" (session 61)
                    elif active:
                        new = whom_infinitive_head(self, t, new)  # "X, whom K appointed to"
                    if deathish and new and new is not old and not self.blocked(t, new):
                        self.add("SUCCESSOR_OF", new.eid, old.eid, "appointed_after_en")
                    break
