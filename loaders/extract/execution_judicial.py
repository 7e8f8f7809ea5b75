"""An execution by a state is no assassination (session 67, call67).

The dev gold never pairs a judicial execution: "When Riyadh executed the Shia cleric Nimr
al-Nimr ...", «عقب إعدام الشيخ نمر النمر» (dev ft, fr), «بعد إعدام الرياض 81 شخصاً» (hi),
"detainees were executed under Assad" (ja), a death sentence (ka: the verdict pairs the
murder it punishes, not the hanging). A sentence whose only killing word is one of execution
("executed", "execution", "hanged", "put X to death", «أعدم / أعدمت / إعدام / شنقاً»,
«تنفيذ حكم الإعدام») tells a judicial execution when it names a court, a sentence or a
hanging, the government, the authorities or the regime, or when the agent is a country:
then no ASSASSINATED_BY, from the rules (``sentence_base.SentenceCore.add``) or the scorer
(``scored.ScoredExtractor``, gate "notkiller"). An execution by an armed group ("The Islamic
State executed the pilot X", «أعدم تنظيم الدولة الطيار X») stays a killing by it, and
"an execution-style killing", "sentenced to death for killing Y" name a killing besides.
"""

from __future__ import annotations

from loaders.extract import lexicon as L
from loaders.extract.rule_common import forms
from loaders.extract.tokens import Tok

EN_EXECUTION = frozenset({"executed", "execution", "executions", "execute", "executes",
                          "executing", "hanged", "hanging", "hangings", "gallows"})
AR_EXECUTION = L.AR_EXECUTED | L._ar("أعدمتهم", "أعدمهم", "يعدم", "تعدم", "إعدام", "الإعدام",
                                     "إعدامه", "إعدامها", "إعدامهم", "الإعدامات", "إعدامات",
                                     "شنق", "شنقا", "شنقاً", "أعدما")
# a court, a sentence, a hanging, the state: the execution is judicial
_EN_JUDICIAL = frozenset({"court", "courts", "sentence", "sentenced", "verdict", "convicted",
                          "conviction", "death-row", "hanged", "hanging", "gallows",
                          "judiciary", "tribunal", "trial", "government", "authorities",
                          "regime",
                          # a prisoner of the state (session 68)
                          "prison", "prisoner", "prisoners", "jail", "jailed", "detainee",
                          "detainees", "inmate", "inmates", "custody", "imprisoned"})
_AR_JUDICIAL = L._ar("محكمة", "المحكمة", "حكم", "حكما", "حكماً", "الحكم", "القضاء", "القضائية",
                     "شنق", "شنقا", "شنقاً", "الحكومة", "السلطات",
                     "النظام", "إدانته", "بتهمة", "بتهم",
                     # a prisoner of the state (session 68)
                     "سجن", "السجن", "سجونها", "سجين", "السجين", "المعتقل", "معتقل",
                     "اعتقاله", "المحكوم")
# a verdict right before another killing word: "convicted of the assassination of Y", "found
# guilty of killing Y", «بتهمة اغتيال», «المدان باغتيال»: the crime the executed one was
# condemned for, no killing by the executing state (session 71)
_EN_VERDICT = frozenset({"convicted", "sentenced", "guilty", "condemned"})
_AR_VERDICT = L._ar("بتهمة", "بتهم", "المدان", "المدانين", "المدانون", "إدانته", "لإدانته",
                    "بإدانته", "أدين", "أدينوا", "المحكوم", "المتهم", "والمدان")
_VERDICT_REACH = 6
# the other killing words: the sentence tells a killing besides the execution
_OTHER_KILL = (L.EN_KILL | L.EN_KILL_NOUNS | L.AR_KILL | L.AR_KILL_STRONG | L.AR_DEATH_OF) - (
    EN_EXECUTION | AR_EXECUTION | frozenset({"death"}))


def _put_to_death(toks: list[Tok], k: int, lo: int) -> bool:
    """Is the "death" at *k* the one of "put X to death"?"""
    return toks[k].key == "death" and k - 1 >= lo and toks[k - 1].key == "to" and any(
        toks[y].key == "put" for y in range(max(lo, k - 7), k - 1))


def _verdict_before(toks: list[Tok], k: int, lo: int) -> bool:
    """Is the killing word at *k* the crime of a verdict named a few words before it, with
    no punctuation between ("convicted of the assassination", «بتهمة اغتيال»)?"""
    for y in range(k - 1, max(lo, k - _VERDICT_REACH) - 1, -1):
        t = toks[y]
        if t.punct:
            return False
        if (forms(t) & _AR_VERDICT) if t.ar else (t.key in _EN_VERDICT):
            return True
    return False


def execution_kind(toks: list[Tok], lo: int, hi: int) -> str:
    """"" when the sentence lo..hi tells no execution or a killing besides; "judicial" when
    its execution names a court, a sentence, a hanging or the state; "verdict" when its other
    killing is the crime of a verdict ("executed X, convicted of the assassination of Y":
    no killing by a state); else "execution" (a judicial one if its agent is a country)."""
    execution = judicial = verdict = False
    for k in range(lo, hi):
        t = toks[k]
        if t.punct:
            continue
        fs = forms(t)
        if t.ar:
            if fs & AR_EXECUTION:
                execution = True
            elif fs & _OTHER_KILL:
                if not _verdict_before(toks, k, lo):
                    return ""
                verdict = True
            if fs & _AR_JUDICIAL:
                judicial = True
        else:
            key = t.key
            if key in EN_EXECUTION or _put_to_death(toks, k, lo):
                execution = True
            elif key in _OTHER_KILL:
                if not _verdict_before(toks, k, lo):
                    return ""
                verdict = True
            if key in _EN_JUDICIAL or key == "row" and k > lo and toks[k - 1].key == "death":
                judicial = True
    if not execution:
        return ""
    if verdict:
        return "verdict"
    return "judicial" if judicial else "execution"


def judicial_execution(kind: str, agent_type: str, agent: str = "",
                       victim_country: str | None = None) -> bool:
    """Is a killing by the agent *agent* of *agent_type* in a sentence of *kind*
    (:func:`execution_kind`) a judicial execution, no assassination? With no court, sentence
    or prison named, a state executes its own (the victim's country is the agent, or unknown:
    "Saudi Arabia executed the Shia cleric Nimr al-Nimr"); a state that "executes" a leader
    of another country kills him (session 68: «أعدمت إسرائيل إسماعيل هنية في طهران», Israel
    assassinated Haniyeh)."""
    if kind == "verdict":  # "Egypt executed X, convicted of killing Y": Y's killer stays
        return agent_type == "Country"
    return kind == "judicial" or (kind == "execution" and agent_type == "Country" and (
        victim_country is None or victim_country == agent))
