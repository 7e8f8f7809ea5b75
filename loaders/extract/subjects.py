"""Who does what in a sentence: the subject and object helpers of :class:`SubjectHelpers`.

The nearest agent before / after a word (``before``, ``after``), the English subject of a
verb (``subject_before``: relative clauses, appositions and asides skipped; ``apposed_head``,
``_who_clause_head``, ``_object_marked``, ``_close_object``), the Arabic carried and relative
subjects (``_carried_subject``, ``_ar_relative_subject``, ``_prev_subject``,
``_free_person_before``), and pronouns and their antecedents (``_pronoun``, ``_he_at``,
``_subject_antecedent``, ``_antecedent``). A mixin over
:class:`~loaders.extract.sentence_base.SentenceBase`, composed in ``relations.SentenceCore``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, cast

from loaders.extract import lexicon as L
from loaders.extract.aside_span_ar import past_aside_ar
from loaders.extract.context_words import _EN_SAYING
from loaders.extract.core_context import (
    _DECEASED,
    apposed_subject_en,
    deceased_antecedent,
    quote_speaker,
)
from loaders.extract.core_recall import EN_ADV as _EN_ADV
from loaders.extract.desc_qualified import close_description_en
from loaders.extract.dispatch import register_triggers as _register_triggers
from loaders.extract.latter_subject import latter_mention_en
from loaders.extract.meeting_aside_en import after_aside_en
from loaders.extract.meeting_call_sender_ar import call_sender_ar
from loaders.extract.meeting_chain import before_that_subject_ar, guest_he_en, listed_object_en
from loaders.extract.meeting_clauses import genitive_of_ar, met_in_noun_ar
from loaders.extract.meeting_clauses_en import unnamed_who_head_en
from loaders.extract.meeting_passive_agent import prep_object_en
from loaders.extract.meeting_side_subjects import AR_COMPRISED, not_delegation_members
from loaders.extract.meeting_tour import moved_on_before_where_ar
from loaders.extract.meeting_tour_guest_ar import received_traveller_ar
from loaders.extract.mentions import AGENT_TYPES, Mention
from loaders.extract.pronoun_cataphora_en import cataphoric_subject_en
from loaders.extract.pronoun_chain_en import chained_subject_en, relative_object_head_en
from loaders.extract.pronoun_coordinated_en import pronoun_before_object
from loaders.extract.pronoun_gender_en import gender_clash_en
from loaders.extract.pronoun_possessor_en import possessor_antecedent_en, possessor_start
from loaders.extract.pronoun_relative_head_en import relative_head_en
from loaders.extract.pronoun_role_subject_en import unnamed_role_subject_en
from loaders.extract.pronoun_topic import prev_with_person, topic_antecedent
from loaders.extract.relative_who_en import BEFORE_VERB as WHO_BEFORE_VERB
from loaders.extract.relative_who_en import who_across_time
from loaders.extract.rule_common import (
    _LATTER,
    EMPTY,
    EN_PREDICATES,
    PREPS_WITH_TO,
    title_start,
)
from loaders.extract.sentence_base import SentenceBase
from loaders.extract.sentence_cues import _AR_QAD
from loaders.extract.succession_checks import deputy_of_office_ar
from loaders.extract.successor_owner import owner_ar
from loaders.extract.time_apposition_en import day_after_today_en
from loaders.extract.title_joiners_en import title_joiner_en
from loaders.extract.wire_meetings import subjectless_object_ar, verb_object_ar

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore

_AR_PREPS = {"ب", "ل", "مع", "الي", "علي", "من", "عن"}
_AR_QAD_KAN = _AR_QAD | frozenset({"كان", "وكان", "كانت", "وكانت"})
_WHO = frozenset({"who"})
_HE_AFTER_TYPES = frozenset({"Person", "Country", "Location"})
# people who act for a person named in the possessive before them: "Khamenei's representative
# met Y" is no meeting of Khamenei's (subject_before; session 57)
_EN_STAND_INS = frozenset({"representative", "envoy", "emissary", "adviser", "advisor", "aide",
                           "aides", "delegation", "delegate", "spokesman", "spokeswoman",
                           "spokesperson", "messenger", "son", "brother", "wife", "daughter",
                           "nephew", "secretary"})
# prepositions that open an aside between an English subject and its verb ("X, on his
# first visit since ..., met Y"; subject_before)
_EN_ASIDE_PREPS = frozenset({"on", "in", "during", "since", "after", "before", "despite",
                             "amid", "following", "upon"})
# the words between the aside's closing comma and a meeting noun: adverbs, a light verb and an
# article ("X, on his first visit since Y took office, (earlier) held talks / had a meeting
# with Z": session 65)
_EN_ASIDE_BEFORE_NOUN = _EN_ADV | frozenset({"held", "holds", "hold", "had", "has", "conducted",
                                             "a", "an"})
# past participles opening a reduced relative clause after a person ("X, appointed in May to
# replace Y, held talks with Z": X, not Y, held them; "X, killed on Trump's orders in 2020,
# was replaced by Z": X was replaced, session 56)
_EN_ASIDE_PARTICIPLES = frozenset({"appointed", "named", "elected", "chosen", "sworn",
                                   "installed", "tapped", "picked", "promoted", "reappointed",
                                   "re-elected", "nominated", "designated", "killed",
                                   "assassinated", "slain", "ousted", "deposed", "dismissed",
                                   "sacked", "fired", "removed", "toppled", "overthrown"})
_EN_CALL = frozenset({"called", "calls", "call", "calling"})  # ("X called on A and met B")
_register_triggers(EMPTY, _WHO)  # subject_before looks it up directly
_HE_SHE = frozenset({"he", "she"})
_AR_HE = L._ar("هو", "وهو", "هي", "وهي")  # a pronoun subject opening a sentence
_AR_HE_NOT = L._ar("ما", "الذي", "التي", "امر", "أمر")  # "وهو ما أكده Y": a fact, no person
_register_triggers(EMPTY, _HE_SHE)  # subject_before: a "he" before the verb (_pronoun_after)
_AR_PRESENT = frozenset({"بحضور", "وبحضور", "حضور"})
_FATHA = ("\u064e", "\u064b")
# a subordinate clause's opener: its subject is no antecedent while the main clause has one
_EN_SUBORDINATOR = frozenset({"after", "before", "when", "while", "since", "until", "once",
                              "because", "although", "though"})

_AR_SUBORDINATOR = L._ar("بعدما", "وبعدما", "عندما", "وعندما", "حين", "وحين", "حينما",
                         "وحينما", "لما", "ولما", "فور", "وفور", "اثر", "وإثر", "إثر", "منذ")
# "the funeral / burial / body of X": X is the one mourned ("he" said to be killed is X)
_EN_MOURNED = frozenset({"funeral", "burial", "body", "coffin", "memorial", "mourning",
                         "remains", "funerals"})
_EN_DEAD_VERBS = frozenset({"killed", "martyred", "assassinated", "slain", "died", "murdered"})
_EN_MEET_VERBS = L.EN_MEET - L.EN_MEET_NOUNS  # (made once, not per _object_marked call)
# prepositions whose object is no subject; time words that may open an apposition
_EN_GOVERNING_PREPS = frozenset({"in", "at", "of", "for", "from", "with", "to", "by", "under"})
_EN_APPOSITION_TIME = frozenset({"for", "years", "decades", "long", "once", "formerly",
                                 "previously", "until", "recently", "then", "a", "decade",
                                 "many", "several", "two", "three"})


# the words of a short time phrase opening a sentence before its subject (session 63)
_EN_TIME_OPENER = frozenset({
    "last", "next", "this", "that", "week", "month", "year", "weekend", "day", "days", "weeks",
    "earlier", "later", "on", "in", "the", "a", ",", "then", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "morning", "evening", "afternoon", "overnight",
    "meanwhile", "yesterday", "today"})

class SubjectHelpers(SentenceBase):
    """Subjects, objects, pronouns and antecedents of one sentence."""

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

    def after(self, k: int, types: Iterable[str] = AGENT_TYPES, maxgap: int = 12,
              skip: set[int] | None = None) -> Mention | None:
        skip = skip | self.dependent if skip else self.dependent
        for m in self.args:
            if m.lo < k:
                continue
            # (the start of its title, if one comes first, is at most m.lo: title_start is
            # called only when m.lo itself lies past maxgap)
            if (m.lo - k <= maxgap or (  # (= title_start(m), without the call)
                    m.tlo if 0 <= m.tlo < m.lo else m.lo) - k <= maxgap) and m.etype in types and \
                    (skip is None or id(m) not in skip):
                return m
        return None

    def subject_before(self, k: int, maxgap: int = 25) -> Mention | None:
        """English subject of the verb at *k*: the nearest person (else agent) before it,
        skipping people inside a ", who/which ... ," relative clause or apposition."""
        w = k - 1
        lo, hi, toks = self.lo, self.hi, self.toks  # (toks[w].key = self.key(w), lo <= w < hi)
        while w > lo and (toks[w].key if w < hi else "") in _EN_ADV:
            w -= 1
        if toks[w].key == "latter" if lo < w < hi else False:
            latter = latter_mention_en(self, w)  # "A met B; the latter then met C": B
            if latter is not None:
                return latter
        if lo < w < hi and toks[w].key == "who" and not toks[w].ar:
            # "X, the Iranian general who (often) met Y": the relative clause's head
            head = self.before(w, types=("Person",), maxgap=8)
            if head is not None and not head.poss:
                return head
        elif lo < w < hi and (toks[w].key in WHO_BEFORE_VERB or toks[w].key.isdigit()):
            who = who_across_time(self, w)  # "X, a general who last month succeeded Y"
            if who is not None and not (_WHO in self._by_en and unnamed_who_head_en(self, k)):
                # (not "killed several militants who had met Y": no one named heads it)
                head = self.before(who, types=("Person",), maxgap=8)
                if head is not None and not head.poss:
                    return head
        if _WHO in self._by_en:
            if unnamed_who_head_en(self, k):
                return None  # "... killed other commanders who were meeting with Y"
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
                own = mat.get(x - 1)
                if lo < k and own is not None and own.etype == "Person" and own.hi == x and \
                        self.lo <= title_start(own) < lo and self._title_opens(own):
                    # "The Commander of the Quds Force, Brigadier General X, received": the
                    # commas are inside X's own title, which opens the clause: X is the subject
                    return own
                break
        m = self.before(lo, maxgap=maxgap, person_first=True)
        if m is None and lo == k:
            m = self.before(k, maxgap=maxgap, person_first=True)
        elif m is None and self.key(lo + 1) not in ("who", "whom", "whose", "which"):
            # "X, a Hezbollah official, met": not Hezbollah when X is unknown (nor someone
            # inside a relative clause: "Qassem, who took over after Y was killed, met Z",
            # Qassem unread, is no meeting of Y's; session 54)
            m = self.before(k, types=("Person",), maxgap=maxgap)
        if m is not None and m.etype == "Person" and (self._object_marked(m) or
                                                      listed_object_en(self, m)):
            # "X met Y, then flew to Riyadh to meet Z": Y is an object, X the subject
            # ("X met Y and W, then met with Z": W too, session 30b `precmeet`)
            head = relative_object_head_en(self, m, k)
            if head is not None:  # "X, a minister who replaced Y and has since met Z": X
                return head
            px = pronoun_before_object(self, m, k, maxgap)
            he = self._he_at(px) if px is not None else None
            if he is not None:  # "he attended the swearing-in of P and met Y": he
                return he
            for c in sorted((c for c in self.args if c.hi <= m.lo and c.etype == "Person"
                             and m.lo - c.hi <= maxgap), key=lambda c: -c.hi):
                if any(self.key(x) in _EN_SAYING for x in range(c.hi, m.lo)):
                    break  # "X said the delegation, led by Z, had met Y": not X (s57)
                if not self._object_marked(c) and not c.poss and \
                        not listed_object_en(self, c):
                    return c
        if m is not None and k > m.hi and _HE_SHE in self._by_en and m.kind != "pron" \
                and (m.etype in _HE_AFTER_TYPES or m.etype == "Organization" and
                     prep_object_en(self, m)):
            # (a place: "flew to Israel, where he met Y"; a building: "At the White House,
            # he held talks with Y", session 57; also with "he" alone between, no comma: "At
            # the Kremlin he was received by Y", session 60)
            he = self._pronoun_after(m.hi, k)
            if he is not None:
                return he  # "he was received by X; later he held talks with Y": not X
        if m is not None and m.poss and m.etype == "Person" and \
                any(self.key(x) in _EN_STAND_INS for x in range(m.hi, min(k, m.hi + 3))) and \
                not (m.hi == k - 1 and self.key(m.hi) == "delegation"):
            return None  # "Khamenei's (personal) representative met Y": someone unnamed;
            # "Hayyeh's delegation met Y": its head met Y (session 69)
        return m

    def _title_opens(self, m: Mention) -> bool:
        """Does the title of *m* (with "the") open the sentence or a clause after a
        dateline dash or colon ("TEHRAN -- The Commander of ..., General X")?"""
        b = title_start(m)
        c = b - 1  # "BAMAKO, Mali — Mali's (junta) leader, Gen. X, received" (session 50)
        while c > max(self.lo, b - 3) and not self.toks[c].poss and not self.toks[c].cap and \
                not self.toks[c].punct:
            c -= 1
        if c > self.lo and self.toks[c].poss:
            b = c
        if self.key(b - 1) == "the":
            b -= 1
        return b == self.lo or (b > self.lo and self.toks[b - 1].text in ("-", "--", "—", "–",
                                                                           ":"))

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
        if self.toks[x].text == "HE" and x + 1 < self.hi and self.toks[x + 1].cap:
            return None  # "HE Prime Minister Sheikh X": the Gulf agencies' "His Excellency"
        if unnamed_role_subject_en(self, x):
            return None  # "His successor ..., but he met Y": not the person of "his"
        # "When he met Y, the prime minister said ...": the main clause's subject
        eid = cataphoric_subject_en(self, x) or guest_he_en(self, x) or \
            relative_head_en(self, x) or possessor_antecedent_en(self, x) or \
            self._subject_antecedent(x)  # "Y received him, and he met Z": the guest
        if eid is None:  # (meeting_chain); else the piece's subject
            eid = topic_antecedent(self, x) or self._antecedent(self.lo, exclude=set())
        if eid is None or gender_clash_en(self, x, eid):
            return None  # ("he" for a woman the article called "she": no one)
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
                            self.f(z) & EN_PREDICATES for z in range(y + 2, x - 1)):
                    return None  # not an apposition ("X, said Y, who ...")
                head = self.before(y, types=("Person",), maxgap=0)
                return head if head is not None and not head.poss else None
        return None

    def _object_marked(self, m: Mention) -> bool:
        """English: the mention is the object of a verb or preposition right before it."""
        b = (m.tlo if m.tlo >= 0 else m.lo) - 1
        for _ in range(3):  # "with Armenian Prime Minister X": one adjective before the
            if not (b > self.lo and self.toks[b].cap and  # title; "met Polisario Front
                    self.mention_at.get(b) is None and not self.toks[b].ar):  # leader X":
                break  # the body named inside the title (session 64)
            b -= 1
        lo, hi, toks = self.lo, self.hi, self.toks  # (toks[b].key = self.key(b), lo <= b < hi)
        while b >= lo and ((toks[b].key if b < hi else "") in ("the", "a", "an", "his", "her",
                                                                "their", "its", "counterpart") or
                           toks[b].key in L.EN_QUALIFIERS):
            b -= 1  # "with former prime minister X" (session 16)
        if b < lo or toks[b].ar:
            return False
        kb = toks[b].key if b < hi else ""
        if kb == "of" and b - 1 > lo and toks[b - 1].cap and toks[b - 1].key in L.EN_TITLE_FIRST \
                and self.mention_at.get(b - 1) is None:
            # "Chief of the General Staff X": the "of" is inside X's own title; X is an object
            # only if that title's head is one ("with the Chief of ... X"), not in ", and Chief
            # of the General Staff X takes over" (session 71)
            b -= 2
            while b >= lo and ((toks[b].key if b < hi else "") in ("the", "a", "an", "his", "her",
                                                                    "their", "its") or
                               toks[b].key in L.EN_QUALIFIERS):
                b -= 1
            if b < lo or toks[b].ar:
                return False
            kb = toks[b].key if b < hi else ""
        return kb in ("with", "by", "to", "from", "of", "for", "received", "hosted",
                      "welcomed", "greeted", "succeeded", "replaced", "visited", "killed",
                      "met", "meet", "meets", "succeeds", "replaces", "receives", "hosts",
                      "welcomes") or not self.f(b).isdisjoint(_EN_MEET_VERBS) or (
            kb == "on" and b - 1 >= lo and toks[b - 1].key in _EN_CALL)  # "called on X"

    def _subject_aside(self, y: int, x: int, k: int) -> bool:
        """English: the comma at *y* follows a person and opens a prepositional aside that
        the comma at *x* closes right before the verb at *k* ("X, on his first visit since
        he replaced Y, (also) met Z"; "X, in his first trip since Y was killed, met Z"; k a
        meeting noun: "..., earlier held talks with Z", session 65), or a reduced relative
        clause ("X, appointed in May to replace Y, held talks"): X is the subject, not the Y
        inside."""
        if self.key(y + 1) in _EN_ASIDE_PARTICIPLES and y - 1 >= self.lo:
            m = self.mention_at.get(y - 1)  # (the verb may be "held talks": k is "talks")
            return m is not None and m.etype == "Person"
        between = _EN_ASIDE_BEFORE_NOUN if self.toks[k].key in L.EN_MEET_NOUNS else _EN_ADV
        if self.key(y + 1) not in _EN_ASIDE_PREPS or y - 1 < self.lo or \
                any(self.key(z) not in between for z in range(x + 1, k)):
            return False
        m = self.mention_at.get(y - 1)
        return m is not None and m.etype == "Person"

    def _inside_apposition_en(self, m: Mention) -> bool:
        """English: *m* cannot head a clause: a possessive ("Masjedi's deputy") or a name a
        preposition governs ("deputy in the Quds Force"), e.g. inside ", for years Masjedi's
        deputy at the embassy,"."""
        if m.poss:
            return True
        b = title_start(m) - 1
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
        return not any(self.f(z) & EN_PREDICATES for z in range(y, x))

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

    def _close_object(self, t: int, m: Mention) -> bool:
        """English object right after the verb: only 'with', articles, possessives, titles,
        nationalities and capitalised words in between ('met with Iraqi PM X', not 'met on
        Sunday to discuss ... X'); before a description, lower-case words after "the" ('met
        the junta leader', ``close_description_en``)."""
        start = close_description_en(self.toks, t, m)
        for x in range(after_aside_en(self, t), start):  # ("received, in separate meetings,")
            tk = self.toks[x]
            k = tk.key
            if tk.punct and tk.text not in ("'", "-", ".") and not (
                    tk.text == "," and x == start - 1 and x > t + 1 and not tk.ar and (
                        self.toks[x - 1].key == "counterpart" or
                        self.toks[x - 1].key in L.EN_TITLE_FIRST)) and not (
                    # "convened his first security meeting, with A, B and C" (session 49)
                    tk.text == "," and self.key(x + 1) == "with" and
                    self.key(x - 1) in ("meeting", "meetings", "talks")) and \
                    not day_after_today_en(self, x):  # ("received today, Sunday, the ...")
                return False  # (a comma after a description: "met his counterpart, X")
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
                          "defense", "defence", "foreign", "interior", "military", "army",
                          "morning", "afternoon", "evening", "night", "capital", "audience",
                          # the guest ("with visiting Jordanian Foreign Minister X"; s48)
                          "visiting",
                          # "sat down together with X" (session 49)
                          "together",
                          # the dateline's city: "held talks here on Friday with X" (s71)
                          "here") or \
                    k in L.EN_COMPASS_ADJ or (  # "met eastern commander X" (session 65)
                        k == "based" and self.key(x - 1) == "-") or \
                    (k in ("today", "yesterday") and self.key(x + 1) not in (
                        "in", "at", "on")) or \
                    (k == "for" and (self.toks[x + 1].cap or  # "Minister for Foreign Affairs X",
                                     # "Minister for the Middle East X" (session 53)
                                     self.toks[x + 1].key == "the" and self.toks[x + 2].cap and
                                     self.toks[x - 1].cap)) or (
                        k == "de" and self.key(x + 1) == "facto") or (
                        k == "facto" and self.key(x - 1) == "de"):  # "Syria's de facto leader X"
                # ("received today X", not "met today in the capital with X": a place first;
                # "met yesterday with X" since session 39, the "H E" of enJT6 no person now)
                continue
            if title_joiner_en(self, x):  # "met Iran's Minister of Economic Affairs and
                continue  # Finance X" (title_joiners_en)
            if k in _EN_PRIVATE_WORDS and _in_private_phrase_en(self.toks, x):
                continue  # "held talks behind closed doors with X" (session 71)
            return False
        return True

    def _counterpart(self, m: Mention) -> bool:
        """The mention is introduced by 'نظيره' / 'his counterpart' (so it is an object)."""
        start = m.tlo if m.tlo >= 0 else m.lo
        for x in range(max(self.lo, start - 1), min(m.lo, start + 2)):
            if self.toks[x].key == "counterpart" or any(  # (lo <= x < m.lo: = self.key(x))
                    f.startswith("نظير") for f in self.f(x)):
                return True
        return False

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

    def _past_relative(self, k: int) -> int:
        """"X، الذي ...، Y" / "X, who ..., Y": the position after the relative clause that
        opens at *k* (k itself when none opens there)."""
        if k + 1 < self.hi and self.toks[k].text in ("،", ",") and \
                self.key(k + 1) in ("الذي", "التي", "الذين", "who", "which"):
            for x in range(k + 2, min(self.hi, k + 20)):
                if self.toks[x].text in ("،", ","):
                    return x + 1
        if k + 1 < self.hi and self.toks[k + 1].ar:
            # "X، وهو ...، Y" / "X، بحسب بيان، Y" / "X - ... - Y" / "X (...) Y" (session 55)
            return past_aside_ar(self, k)
        return k

    def _free_person_before(self, t: int, maxgap: int) -> Mention | None:
        """Nearest person before *t* not governed by a preposition (بـ/لـ/إلى/على/من/مع),
        e.g. the new holder in "سلّم X أوراقه إلى Y، خلفاً لـZ" is X, not Y."""
        cands = [m for m in self.args if m.hi <= t and m.etype == "Person" and
                 t - m.hi <= maxgap]
        # ("النائب الأول لرئيس الوزراء X": X is free)
        free = [m for m in cands if not self.has_prep(m, _AR_PREPS) or
                deputy_of_office_ar(cast("SentenceCore", self), m)]
        return max(free, key=lambda m: (m.hi, m.kind == "name")) if free else None

    def _carried_subject(self, t: int) -> Mention | None:
        """Arabic: the subject carried into a clause without one of its own: the nearest
        person before *t* that is not a prepositional object (بـ / لـ / مع)."""
        cands = [m for m in self.args if m.hi <= t and m.etype == "Person" and t - m.hi <= 40]
        free = [m for m in cands if not self.has_prep(m, PREPS_WITH_TO)]
        if len(free) > 1 and self.toks[t].ar:
            # "تلقى X اتصالاً من Z، ثم استقبل Y": not the caller Z (session 52)
            free = [m for m in free if not call_sender_ar(self, m)] or free
            # "وصل X، الذي خلف Z ...، إلى بغداد، والتقى Y": not Z of the relative clause
            free = [m for m in free if not self._in_closed_relative(m, t)] or free
            # "...، بحضور السفير Z، والتقى أيضاً Y": not someone only present, nor an object
            # the writer marked with the accusative fatha ("التقى ... ووزيرَ النفط Z")
            free = [m for m in free if self.key(title_start(m) - 1) not in _AR_PRESENT and
                    self.key(title_start(m) - 1) not in L.AR_EVENT_OF and
                    not genitive_of_ar(self, m) and  # "بعد سقوط نظام Z، إذ التقى Y"
                    not met_in_noun_ar(self, m) and  # "بعد لقاء Z إلى السراي حيث التقى Y"
                    self.toks[title_start(m)].text[-1:] not in _FATHA] or free
            if not AR_COMPRISED.isdisjoint(self.key_set()):
                free = not_delegation_members(self, free) or free
        # "التقى X Y، ثم انتقل إلى السراي واجتمع بـZ": the traveller X (session 67)
        moved_and = len(free) > 1 and self.toks[t].text.startswith("و") and \
            moved_on_before_where_ar(self, t + 1)
        if free and (self.key(t - 1) in ("حيث", "وحيث") and moved_on_before_where_ar(self, t) or
                     self.toks[t].text.startswith("ف") and moved_on_before_where_ar(self, t + 1) or
                     moved_and):
            guest = received_traveller_ar(self, min(free, key=lambda m: m.lo), t)
            if guest is not None:  # "استقبلها H ...، ثم انتقلت إلى السراي حيث التقت Y": the
                return guest  # guest moved on, not H (meeting_tour_guest_ar, s39; also
                # "ثم انتقل إلى السراي فالتقى Y")
        if len(free) > 1 and (moved_and or self.key(t - 1) in ("حيث", "وحيث") and
                              moved_on_before_where_ar(self, t)):
            # "التقى X Y ...، ثم انتقل إلى عين التينة حيث استقبله W": the traveller X, the
            # sentence's first subject, not Y whom he met before moving on
            return min(free, key=lambda m: m.lo)
        carried = before_that_subject_ar(self, t, free)  # "التقى X Y، قبل أن يجتمع بـZ": X
        if carried is not None:
            return carried
        if (self.key(t - 1) in ("كما", "ثم") or self.key(t - 1) in L.AR_WHILE or
                self.key(t + 1) == "ايضا" or
                (self.toks[t].key.startswith("و") and self.toks[t - 1].text in ("،", ","))) \
                and len(free) > 1 and self.key(t - 1) not in ("الذي", "التي"):
            # "X التقى Y، كما اجتمع بـZ" / "التقى X Y، وزار Z": X, not the object Y of the
            # first meeting, nor one listed with it ("X التقى A وB، فيما اجتمع بـZ": X)
            listed: set[int] = set()
            for m in free:
                chain = self.chain(m)
                if id(m) not in listed and any(verb_object_ar(self, o) for o in chain):
                    listed.update(id(o) for o in chain)
            free = [m for m in free if id(m) not in listed] or free
        elif len(free) == 1 and self.toks[t].ar and subjectless_object_ar(self, free[0]):
            # "(وصل X إلى بيروت.) ثم زار Y في عين التينة، والتقى Z": the sentence names no
            # subject, its one person is the first verb's object: the previous sentence's
            prev = self._prev_subject(exclude=free[0].eid)
            if prev is not None:
                return prev
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
                    self.doc.toks[(m.tlo if m.tlo >= 0 else m.lo) - 1].key not in ("مع", "ب") \
                    and not owner_ar(self.doc, m):  # "وتولى خليفة X Y": Y, not X
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
            if kx in _AR_HE and x == self.lo and self.key(x + 1) not in _AR_HE_NOT:
                # "وهو يخلف Y" opening its sentence (not "وهو ما ..."): the
                prev = self._prev_subject(exclude="")  # previous sentence's subject
                if prev is not None:  # (session 21)
                    t = self.toks[x]
                    return Mention(x, x + 1, t.start, t.end, prev.eid, "Person", self.si,
                                   kind="pron", tlo=x)
        return None

    def _subject_antecedent(self, x: int) -> str | None:
        """'he' at *x*: the first person named as a subject in this sentence before it, else
        in the previous sentence (not a possessor, not the object of a verb or preposition):
        "Sudani, 52, was nominated by ... Hadi al-Amiri's bloc. He replaces ..." -> Sudani."""
        for si in (self.si, prev_with_person(self.doc, self.si)):
            if si < 0:
                break
            if si < self.si:  # "X ... . In 2019 he became ... Y. In 2020 he met Z": X
                chained = chained_subject_en(self.doc, self.si, x)
                if chained is not None:
                    return chained
            # (in the previous sentence a description counts: "The Iranian minister told
            # reporters he had ... to the crown prince. He also met Y": the minister)
            ms = sorted((m for m in self.doc.by_sent.get(si, ()) if m.etype == "Person" and
                         not m.in_title and (m.kind == "name" or (
                             m.kind == "desc" and (si < self.si or self._opens_sentence(m, x))))
                         and (si < self.si or m.hi <= x)),
                        key=lambda m: m.lo)
            subordinate = None  # "A week after X was killed, Y landed ... He ...": Y
            for m in ms:
                if m.poss:
                    continue
                b = (m.tlo if m.tlo >= 0 else m.lo) - 1
                while b >= 0 and (self.doc.toks[b].key in ("the", "a", "an") or
                                  self.doc.toks[b].key in L.NATIONALITY):
                    b -= 1  # ("talks with Emirati President X": X is an object; s57)
                b = possessor_start(self.doc, si, b)  # "in place of Assad's X": "of" (s61)
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

    def _opens_sentence(self, m: Mention, x: int) -> bool:
        """Description *m* opens this sentence, led only by an article, a nationality or
        "former", and no other person is named between it and 'he' at *x*: "The Palestinian
        leader then travelled to Amman, where he was received by Y" -> the leader (s57; not
        "The premier said Kadhimi had told him that he met Y")."""
        if any(o.etype == "Person" and m.hi <= o.lo and o.hi <= x
               for o in self.doc.by_sent.get(self.si, ())):
            return False
        b = (m.tlo if m.tlo >= 0 else m.lo) - 1
        while b >= self.lo and (self.key(b) in ("the", "a", "an", "former", "visiting") or
                                self.key(b) in L.NATIONALITY):
            b -= 1
        # (session 63) or led by a short time opener: "Last week the UN envoy was in Tripoli,
        # where she discussed ... with Y", "On Monday the envoy travelled to D, where ..."
        return b < self.lo or b - self.lo < 4 and all(
            self.key(y) in _EN_TIME_OPENER for y in range(self.lo, b + 1))

    def _dead_pronoun(self, x: int) -> bool:
        """'he' at *x* is said to be killed or to have died: "he was killed / martyred",
        "he died"."""
        y = x + 1
        while self.key(y) in ("was", "were", "had", "been", "reportedly"):
            y += 1
        return self.key(y) in _EN_DEAD_VERBS

    def _antecedent(self, k: int, exclude: set[str]) -> str | None:
        """Nearest person before token *k* (this or earlier sentences) not in *exclude*;
        possessive mentions ("Soleimani's deputy") count."""
        for m in sorted((m for m in self.doc.ments if m.etype == "Person" and (
                m.sent < self.si or (m.sent == self.si and m.hi <= k))),
                key=lambda m: (m.sent, m.hi), reverse=True):
            if m.eid not in exclude:
                return m.eid
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


# "behind closed doors" / "in private" between a meeting verb and its object (session 71)
_EN_PRIVATE_PHRASES = (("behind", "closed", "doors"), ("in", "private"))
_EN_PRIVATE_WORDS = frozenset(w for ph in _EN_PRIVATE_PHRASES for w in ph)


def _in_private_phrase_en(toks: list, x: int) -> bool:
    """Is the token at *x* part of "behind closed doors" or "in private"?"""
    for ph in _EN_PRIVATE_PHRASES:
        for i, w in enumerate(ph):
            if toks[x].key == w and x - i >= 0 and x - i + len(ph) <= len(toks) and all(
                    toks[x - i + j].key == ph[j] for j in range(len(ph))):
                return True
    return False
