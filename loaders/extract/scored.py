"""``rules+scorer``: the rule extractor plus a learned scorer for the core relations the
rules miss (:mod:`loaders.extract.relation_scorer`).

Every relation of the rules is kept as it is. The scorer looks only at sentences holding a
core cue word and only at pairs of mentions the rules did not relate by a core type; a pair
whose probability passes the threshold of its type gets the relation with
``method: "scorer"`` and a confidence below the rules' (0.7 x probability; rules give 0.8).
Select it with ``--extractor rules+scorer`` or ``$NEWSGRAPH_EXTRACTOR=rules+scorer``.

Session 28: no MET_WITH from the scorer in a sentence telling a meeting expected, planned,
put off or denied (``scorer_gates.unreal_meeting``; ``$SCORER_GATES`` without "unreal" to
measure without it). Session 29 (scorerprec): no ASSASSINATED_BY from the scorer giving an
agent another victim in a sentence where the rules already made it someone's killer
(``scorer_gates.taken_agents``; "taken"; session 64: the same for a predecessor the rules
gave a successor, ``taken_posts``). Session 30 (scorerold): nothing from the scorer
for an Arabic pair with a resolved description ("ولي العهد", ``scorer_gates.described_ar``;
"desc"). Session 31 (scorerprec): nothing from the scorer for a pair with a person named as
the one another acts for ("the envoy of President X", "مبعوث الرئيس X",
``scorer_gates.principal``; "principal"), nor for one with a new person whose name has
no name's shape ("H E", "Abdel -", "In al-Arish", ``scorer_gates.unshaped_new``;
"unshaped"). Session 46: no ASSASSINATED_BY from the scorer whose agent is the person telling
of the killing ("spokesman X said the strike killed Y", ``scorer_speaker``; "speaker"), none
near a call, a plan, a nominee or a denial (``scorer_hedged``; "hedged"), no MET_WITH across
a relative clause's meeting ("X attended the funeral of H, who met Y", ``scorer_relative``;
"relative"). Session 53: no MET_WITH with one named only beside the meeting (", spokesman X
said", "since the fall of X", "..., where X waited outside", ``scorer_bystander``;
"bystander"). Session 54: more of those (``scorer_aside``: a companion with his own
meeting, an apposed spokesman, one fallen or mourned, a meeting negated or asked about), and
nothing for a new person whose name holds a place's or a body's noun ("Administrative
Capital", «ملعب كاساراني»; with "unshaped"). Session 56: no MET_WITH for an attendee of
another meeting (``scorer_attend_gate``; "attendee"), none with the host of the event a
meeting was held beside ("on the sidelines of the summit hosted by H", ``scorer_beside``;
with "bystander"). Session 64: no ASSASSINATED_BY whose agent is named only as the one a strike
was carried out for ("a U.S. strike carried out at the request of the Somali government",
``scorer_requester``; "requester"). Session 65: no country as a second killer of a victim the
rules gave one in the sentence (``scorer_gates.taken_victims``; "taken"); no killer named as
the one who answered the killing or backs the court trying it ("came in response to the
killing of X", "a UN-backed court", ``scorer_not_killer``; "notkiller").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from loaders.extract.appointer_subject import appointee_named, appointer_successor
from loaders.extract.base import register
from loaders.extract.execution_judicial import execution_kind, judicial_execution
from loaders.extract.funeral_flashback import flashback_of_dead
from loaders.extract.gazetteer import Gazetteer
from loaders.extract.kill_army_unit_en import owned_unit
from loaders.extract.mention_base import Mention
from loaders.extract.mentions import Doc
from loaders.extract.principal_named import side_of
from loaders.extract.rel import Rel
from loaders.extract.relation_scorer import RelationScorer
from loaders.extract.rules import RuleExtractor
from loaders.extract.scorer_aside import placelike_new
from loaders.extract.scorer_attend_gate import by_sentence, other_meeting
from loaders.extract.scorer_bound import ScoreBound
from loaders.extract.scorer_bystander import bystander_pair
from loaders.extract.scorer_candidates import doc_candidates
from loaders.extract.scorer_funeral import buried_by_sentence
from loaders.extract.scorer_gates import (
    GATES,
    described_ar,
    negated_jussive,
    place_agent,
    principal,
    taken_agents,
    taken_posts,
    taken_victims,
    unreal_meeting,
    unshaped_new,
)
from loaders.extract.scorer_hedged import hedged
from loaders.extract.scorer_indirect import indirect_sides, indirect_talks
from loaders.extract.scorer_next_host import next_host
from loaders.extract.scorer_not_killer import answering_agent, court_agent
from loaders.extract.scorer_relative import relative_aside, relative_meeting
from loaders.extract.scorer_requester import requester_agent
from loaders.extract.scorer_speaker import body_speaker, speaker, trailing_teller

SCORER_CONFIDENCE = 0.7  # x probability: always below a rule's 0.8


@register("rules+scorer")
class ScoredExtractor(RuleExtractor):
    """Rules, then the learned scorer on the pairs they left unrelated."""

    name = "rules+scorer"

    def __init__(self, gazetteer: Gazetteer | None = None,
                 gazetteer_files: list[str | Path] | None = None,
                 scorer: RelationScorer | None = None, weights: str | Path | None = None):
        super().__init__(gazetteer, gazetteer_files)
        self.scorer = scorer or RelationScorer.load(weights)
        self.use_bound = True  # drop the pairs that cannot pass before their features
        self._bound: ScoreBound | None = None  # (made for self.scorer when first needed)

    def more_relations(self, doc: Doc, rels: list, lang: str) -> list:
        gate = self.scorer.gate_bits
        if not gate:  # every type switched off: the rules' output as it is
            return rels
        bound = None
        if self.use_bound:
            bound = self._bound
            if bound is None or bound.scorer is not self.scorer:
                bound = self._bound = ScoreBound(self.scorer)
        more = []
        done: set[tuple[str, str, str]] = set()
        unreal: dict[int, bool] = {}  # sentence -> tells a meeting not held (scorer_gates)
        buried: dict[str, int] | None = None  # dead -> their funeral's sentence (scorer_funeral)
        indirect: dict[int, frozenset[str] | None] = {}  # sentence -> its go-betweens, if it
        # tells indirect talks (scorer_indirect)
        taken: dict[tuple[int, str], set[str]] | None = None  # (sentence, killer) -> victims
        killed: dict[tuple[int, str], set[str]] | None = None  # (sentence, victim) -> killers
        posts: dict[tuple[int, str], set[str]] | None = None  # (sentence, old) -> successors
        by_sent: dict[int, list[tuple[str, str, str]]] | None = None  # the rules' per sentence
        desc_gate = "desc" in GATES and lang == "ar"
        principal_gate = "principal" in GATES
        unshaped_gate = "unshaped" in GATES
        principals: dict[int, bool] = {}  # id(mention) -> named as someone's principal
        sides: dict[int, bool] = {}  # id(mention) -> named as the one whose ally, camp or
        # supported government is meant (principal_named.side_of)
        unshaped: dict[int, bool] = {}  # id(mention) -> a new person without a name's shape
        for si, cand in doc_candidates(doc, rels, lang, gate_bits=gate, bound=bound):
            if desc_gate and described_ar(cand.a, cand.b, lang):
                continue  # an Arabic description resolved to a person (scorer_gates)
            decided = self.scorer.decide(cand)
            if not decided:
                continue
            # (the vetoes below read the pair only when the scorer gives it something)
            if principal_gate and self._either_side(cand, principals, lambda m, s=si: principal(
                    m, doc.toks, doc.sents[s].lo, doc.by_sent.get(s, []))):
                continue  # one named as the one another acts for (scorer_gates)
            if unshaped_gate and self._either_side(cand, unshaped, lambda m, s=si: unshaped_new(
                    m, doc.toks, doc.sents[s].lo, doc.gaz.entries) or placelike_new(
                    m, doc.toks, doc.gaz.entries)):
                continue  # a new person whose name has no name's shape (scorer_gates) or
                # holds a place's or a body's noun (scorer_aside)
            sent = doc.sents[si]
            for typ, src, tgt, p in decided:
                if "hedged" in GATES and hedged(typ, cand.a, cand.b, doc.toks, sent.lo,
                                                 sent.hi):
                    continue  # a call, a plan, a nominee, a denial ... (scorer_hedged)
                if typ == "MET_WITH" and "attendee" in GATES:
                    if by_sent is None:
                        by_sent = by_sentence(rels)
                    if other_meeting(cand, si, doc, by_sent):
                        continue  # an attendee of another meeting (scorer_attend_gate)
                if typ == "MET_WITH" and principal_gate and self._either_side(
                        cand, sides, lambda m, s=si: side_of(m, doc.toks, doc.sents[s].lo)):
                    continue  # one whose ally or government is meant (principal_named)
                if typ == "MET_WITH" and "nexthost" in GATES:
                    if by_sent is None:
                        by_sent = by_sentence(rels)
                    if next_host(cand.a, cand.b, doc.toks, sent.hi, doc.by_sent.get(si, []),
                                 by_sent.get(si, [])):
                        continue  # the guest's next host (scorer_next_host)
                if typ == "MET_WITH" and "indirect" in GATES:
                    if si not in indirect:
                        indirect[si] = indirect_talks(doc.toks, sent.lo, sent.hi,
                                                      doc.by_sent.get(si, []))
                    if indirect_sides(cand.a, cand.b, indirect[si]):
                        continue  # the two sides of indirect talks (scorer_indirect)
                if typ == "MET_WITH" and "relative" in GATES:
                    if relative_meeting(cand.a, cand.b, doc.toks, sent.lo, sent.hi):
                        continue  # a meeting of a relative clause's head (scorer_relative)
                if typ == "MET_WITH" and "relaside" in GATES and relative_aside(
                        cand.a, cand.b, doc.toks, sent.lo, sent.hi):
                    continue  # one named only in an aside that tells no meeting (s72)
                if typ == "MET_WITH" and "unreal" in GATES:
                    no = unreal.get(si)
                    if no is None:
                        no = unreal[si] = unreal_meeting(doc.toks, sent.lo, sent.hi)
                    if no or negated_jussive(cand.a, cand.b, doc.toks, sent.lo, sent.hi,
                                                doc.by_sent.get(si, [])):
                        continue  # (session 65: «ولم يلتق X Y», scorer_gates)
                    if "bystander" in GATES and bystander_pair(cand.a, cand.b, doc.toks,
                                                               sent.lo, sent.hi,
                                                               doc.by_sent.get(si, [])):
                        continue  # a spokesman, a name aside (scorer_bystander)
                    if "funeral" in GATES:
                        if buried is None:
                            buried = buried_by_sentence(doc)
                        if buried and any(
                                buried.get(m.eid, si + 1) <= si and not flashback_of_dead(
                                    m, si, doc.toks, sent.lo, sent.hi)
                                for m in (cand.a, cand.b)):
                            continue  # the dead at his funeral, or after it (scorer_funeral),
                            # not a meeting he had held alive (funeral_flashback, s68)
                elif typ == "SUCCESSOR_OF":
                    if "taken" in GATES:
                        if posts is None:
                            posts = taken_posts(rels)
                        successors = posts.get((si, tgt))
                        if successors and src not in successors:
                            continue  # the rules gave this predecessor his successor here
                    succ = cand.a if cand.a.eid == src else cand.b
                    if "appointer" in GATES and appointer_successor(
                            succ, doc.toks, sent.hi, doc.by_sent.get(si, [])):
                        continue  # he made the appointment (appointer_subject)
                    pred = cand.b if succ is cand.a else cand.a
                    if "appointer" in GATES and succ.hi <= pred.lo and not \
                            doc.toks[pred.lo].ar and appointee_named(succ, pred, doc.toks):
                        continue  # "K ..., naming his nephew Y as ...": K appointed Y
                elif typ == "ASSASSINATED_BY":
                    if "taken" in GATES:
                        if taken is None:
                            taken = taken_agents(rels)
                        victims = taken.get((si, tgt))
                        if victims and src not in victims:
                            continue  # the rules gave this killer his victim here
                    agent, victim = (cand.a, cand.b) if cand.a.eid == tgt else (cand.b, cand.a)
                    if "taken" in GATES and agent.etype == "Country":
                        if killed is None:
                            killed = taken_victims(rels)
                        if killed.get((si, src)):
                            continue  # the rules gave this victim his killer here (s65)
                    if "notkiller" in GATES and (
                            answering_agent(agent, victim, doc.toks, sent.hi)
                            or court_agent(agent, doc.toks, sent.lo)):
                        continue  # it answered the killing, or backs the court (s65)
                    if "notkiller" in GATES and judicial_execution(
                            execution_kind(doc.toks, sent.lo, sent.hi), agent.etype):
                        continue  # a state's execution (execution_judicial, s67; the scorer's
                        # agent may be a state named aside: any state's, s68)
                    if "speaker" in GATES and speaker(agent, doc.toks, sent.lo, sent.hi):
                        continue  # he tells of the killing (scorer_speaker)
                    if "speaker" in GATES and body_speaker(agent, doc.toks, sent.lo, sent.hi,
                                                           doc.by_sent.get(si, [])):
                        continue  # "the IRGC said Israel was behind it" (scorer_speaker)
                    if "speaker" in GATES and trailing_teller(agent, doc.toks, sent.lo, sent.hi,
                                                              doc.by_sent.get(si, [])):
                        continue  # "..., the IDF and the Shin Bet announced" (s67)
                    if "place" in GATES and place_agent(agent, doc.toks, sent.lo,
                                                        doc.by_sent.get(si, [])):
                        continue  # where the killing was, not who (scorer_gates)
                    if "requester" in GATES and requester_agent(agent, doc.toks, sent.lo,
                                                                doc.by_sent.get(si, [])):
                        continue  # the strike was only asked for by it (scorer_requester)
                    if "unit" in GATES and owned_unit(agent, doc.toks, sent.lo):
                        continue  # "the army's 6th Infantry Division": the army, which the
                        # rules give (kill_army_unit_en)
                key = (typ, src, tgt) if typ != "MET_WITH" else (typ, *sorted((src, tgt)))
                if key in done:
                    continue
                done.add(key)
                more.append(Rel(typ, src, tgt, si, "scorer",
                                round(SCORER_CONFIDENCE * p, 3)))
        return rels + more if more else rels

    @staticmethod
    def _either_side(cand: object, seen: dict[int, bool], veto: Callable[[Mention], bool]) -> bool:
        """Does *veto* hold for one of the pair's mentions (*seen*: the mentions judged so far,
        by id)? The vetoes: ``scorer_gates.principal`` (named as someone's principal),
        ``principal_named.side_of`` (named as the one whose ally or government is meant),
        ``scorer_gates.unshaped_new`` (a new person whose name has no name's shape)."""
        for m in (cand.a, cand.b):  # type: ignore[attr-defined]
            x = seen.get(id(m))
            if x is None:
                x = seen[id(m)] = veto(m)
            if x:
                return True
        return False
