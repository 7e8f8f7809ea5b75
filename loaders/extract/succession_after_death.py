"""SUCCESSOR_OF: a fronted death and an acting holder after it.

Reads "After X was assassinated, Hamas chose Y to lead the group" / "وبعد اغتيال X، انتخب مجلس
الشورى Y أميناً عاماً", "With Y dead, X took the helm", and an acting holder: "X, who had been
acting foreign minister since Y died", "X، الذي أدار الوزارة بالوكالة بعد وفاة Y".
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.desc_new_ruler import EN_RULER
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.succession_acting import left_post_after, named_acting_object
from loaders.extract.succession_acting_dead_ar import (
    acting_in_dead_post_ar,
    tasked_acting_dead_post_ar,
)
from loaders.extract.succession_acting_removal import (
    ended_before_en,
    ended_membership_ar,
    ended_membership_en,
)
from loaders.extract.succession_listed_dead_en import EN_POST_QUAL, dead_of_the_post_en
from loaders.extract.succession_post_after_death_en import (
    _EN_DEATH_NEAR,
    EN_POST_BECOME,
    _gone_after,
)
from loaders.extract.succession_the_new_chief import _EN_NEW
from loaders.extract.succession_took_over_en import _taker_before
from loaders.extract.succession_words import _AR_AFTER, _AR_DEATH, _C7, _EN_AFTER, _SO

_EN_DEATH = frozenset({"killing", "death", "assassination", "killed", "assassinated", "died",
                       "slain", "slaying", "ouster", "ousted", "resignation", "resigned",
                       "dismissal", "dismissed"})
_EN_APPOINTING = frozenset({"picked", "chose", "named", "elected", "appointed", "selected",
                            "tapped", "installed", "promoted", "chosen"})
_EN_BECAME = frozenset({"became", "took", "assumed", "succeeded"})
_AR_APPOINTING = L._ar("انتخب", "انتخبت", "اختار", "اختارت", "عين", "عينت", "سمى", "سمت",
                       "كلف", "كلفت", "نصب", "نصبت", "رقى", "اعلن", "اعلنت")
_AR_BECAME = L._ar("تولى", "تسلم", "اصبح", "بات", "صار", "استلم")
# the post taken, after "تسلّم/تولى X" when no comma closes the fronted death
_AR_POST_TAKEN = L._ar("الدفة", "دفة", "القيادة", "قيادة", "زمام", "المنصب", "منصب", "الرئاسة",
                       "رئاسة", "الامانة", "امانة", "الزعامة", "زعامة", "مهامه", "المهام",
                       "الحكم", "السلطة")
_AR_ROLE_ACC = L._ar("امينا", "رئيسا", "قائدا", "زعيما", "خليفه", "خليفة", "مرشدا", "قائدا",
                     "امينا", "تعيين", "قياده", "رئاسه", "زعامه", "امانه")


def _past_brackets(sr: Any, x: int) -> int:
    """*x*, or the "(" of a bracketed aside right before it ("X (Abu Fadak) became": the
    name before the nickname; session 55)."""
    if sr.key(x - 1) != ")":
        return x
    return next((y for y in range(x - 2, max(sr.lo, x - 8) - 1, -1) if sr.key(y) == "("), x)


def fronted_after_death(sr: Any) -> None:
    """"After X was assassinated, Hamas chose Y to lead the group" / "Following X's killing,
    Hezbollah picked Y as its leader" / "وبعد اغتيال X، انتخب مجلس الشورى Y أميناً عاماً":
    a sentence that opens with the death or removal of X and names who was given the lead."""
    ar = sr.toks[sr.lo].ar
    lo = sr.lo
    while lo < sr.hi and (sr.key(lo) in ("and", "but", "days", "weeks", "months", "hours",
                                         "shortly", "soon", "only", "just") or
                          sr.toks[lo].punct):
        lo += 1
    if lo >= sr.hi or lo - sr.lo > 3:
        return
    if ar:
        if not sr.f(lo) & _AR_AFTER:
            return
    elif sr.key(lo) not in _EN_AFTER and sr.key(lo) != "with":
        return
    comma = next((x for x in range(lo + 1, min(sr.hi, lo + 20))
                  if sr.toks[x].text in (",", "،")), None)
    if comma is None and ar:
        # "وبعد رحيل Y تسلّم X الدفة": no comma, the taking verb opens the main clause
        comma = next((x - 1 for x in range(lo + 2, min(sr.hi, lo + 12))
                      if sr.f(x) & (_AR_BECAME | _AR_APPOINTING)), None)
    if comma is None:
        return
    if sr.key(lo) == "with":
        # "With Y dead, X took the helm": the opener is a death only with "dead"
        if sr.key(comma - 1) != "dead":
            return
    elif not any((sr.f(x) & _AR_DEATH) if ar else (sr.key(x) in _EN_DEATH)
                 for x in range(lo + 1, comma)):
        return
    olds = [m for m in sr.args if m.etype == "Person" and lo < m.lo and m.hi <= comma + (
        not sr.toks[comma].punct)]
    if len(olds) != 1:
        return
    old = olds[0]
    new = None
    verb = None
    for x in range(comma + 1, min(sr.hi, comma + 14)):  # (14: "X al-Y (Abu Z) became")
        fx = sr.f(x)
        if ar and fx & _AR_APPOINTING:
            new = sr.after(x + 1, types=("Person",), maxgap=4)
            if new is not None and not (sr.f(new.hi) & _AR_ROLE_ACC):
                new = None
            verb = x
            break
        if ar and fx & _AR_BECAME:
            new = sr.after(x + 1, types=("Person",), maxgap=1)
            if new is not None and not sr.toks[comma].punct and not (
                    sr.f(new.hi) & (_AR_POST_TAKEN | _AR_ROLE_ACC)):
                new = None  # "وبعد رحيل Y تسلّم X رسالة": no post taken
            verb = x
            break
        if not ar and sr.key(x) in _EN_APPOINTING:
            if sr.key(x - 1) in ("was", "were", "been", "is"):
                new = sr.before(x - 1, types=("Person",), maxgap=2)
            else:
                new = sr.after(x + 1, types=("Person",), maxgap=3)
            verb = x
            break
        if not ar and sr.key(x) in _EN_BECAME:
            new = sr.before(_past_brackets(sr, x), types=("Person",), maxgap=1)
            verb = x
            break
    if new is None or verb is None or new.eid == old.eid or new.lo <= comma:
        return
    if not ar and not any(sr.key(y) in EN_POST_BECOME
                          for y in range(verb, min(sr.hi, new.hi + 8))):
        return  # (a ruler too: "IS named X as its new caliph", "X became emir")
    if any(r.type == _SO and r.target == old.eid for r in sr.out):
        return
    if sr.blocked(verb, new) or sr._irrealis(verb):
        return
    sr.add(_SO, new.eid, old.eid, "fronted_after_death")


_AR_ACTING = L.AR_ACTING_ADVERBS
_EN_ACTING = frozenset({"acting", "interim", "caretaker"})
_AR_RAN = L.AR_TAKEOVER | L._ar("ادار", "أدار", "يدير", "شغل", "يشغل", "تسلم", "قاد", "يقود",
                                "تولت", "تسلمت", "ادارت", "أدارت", "شغلت", "قادت")  # (a woman)
_AR_SINCE_AFTER = _AR_AFTER | L._ar("منذ")
# his / her leaving as a noun with its pronoun: "منذ استقالته", "بعد وفاتها"
_AR_GONE_HIS = L._ar("استقالته", "استقالتها", "وفاته", "وفاتها", "مقتله", "مقتلها", "اغتياله",
                     "اغتيالها", "رحيله", "رحيلها", "إقالته", "اقالته", "إقالتها", "اقالتها",
                     "استشهاده", "مصرعه", "تنحيه", "تنحيها", "إعفائه", "اعفائه", "عزله")
_EN_SINCE_AFTER = _EN_AFTER | frozenset({"since"})
_EN_BE_ACTING = frozenset({"been", "was", "is", "as", "became", "become", "becomes", "run", "ran",
                           "led", "headed", "served"})


def _acting_after_removal_ar(sr: Any, t: int, verb: int | None) -> None:
    """"تولى X الرئاسة بالنيابة" (acting word at *t*, verb at *verb*, else looked for up to
    twelve words back) in a sentence that ended Y's membership or mandate before it
    (``succession_acting_removal``): X succeeded Y."""
    if verb is None:
        verb = next((y for y in range(t - 1, max(sr.lo, t - 12) - 1, -1)
                     if sr.f(y) & _AR_RAN or sr.toks[y].punct), None)
        if verb is None or sr.toks[verb].punct:
            return
    x = verb + 1
    if sr.key(x) in ("خلالها", "فيها", "خلاله", "فيه"):
        x += 1  # "مدة تولى خلالها X": the relative's adverb
    # "تولى النائب الأول لرئيس المجلس X": the name, not the office in its title
    new = next((m for m in sr.args if m.etype == "Person" and m.kind == "name" and
                x <= m.lo <= x + 6 and m.hi <= t), None)
    if new is None or new.lo > t:
        return
    old = ended_membership_ar(sr, verb, new)
    if old is None or sr.blocked(verb, new) or sr._irrealis(verb):
        return
    sr.add(_SO, new.eid, old.eid, "acting_after_removal_ar")


def _kana_subject(sr: Any, verb: int) -> Any:
    """"وكان(ت) X (، نائب(ة) Y،) قد تولى ...": X, the name right after كان (not Y)."""
    if sr.key(verb - 1) != "قد":
        return None
    kana = next((x for x in range(verb - 2, max(sr.lo, verb - 14) - 1, -1)
                 if sr.f(x) & L.AR_KANA), None)
    m = sr.after(kana + 1, types=("Person",), maxgap=0) if kana is not None else None
    return m if m is not None and m.kind == "name" else None


# the words of a time span before "after": "X was sworn in as interim president, (just) hours
# after Y died" (session 66)
_EN_TIME_BEFORE_AFTER = frozenset({"hours", "days", "weeks", "minutes", "moments", "shortly",
                                   "just", "only", "a", "day", "hour", "soon", "two", "three",
                                   "few", "immediately"})


def _comma_before_time_after_en(sr: Any, x: int) -> bool:
    """Is the token at *x* a comma before "(hours / days / shortly) after" (at most three
    words of a time span, then "after")?"""
    if sr.toks[x].text != ",":
        return False
    for y in range(x + 1, min(sr.hi, x + 5)):
        if sr.key(y) in _EN_SINCE_AFTER:
            return sr.key(y) == "after"
        if sr.key(y) not in _EN_TIME_BEFORE_AFTER:
            return False
    return False


def _same_post_en(sr: Any, lo: int, hi: int, old: Any) -> bool:
    """Does a word of the acting post lo..hi ("interim President of the Republic") stand in
    the title of the one gone, *old* ("President Beji Caid Essebsi")?"""
    post = {sr.key(x) for x in range(lo, hi)} - {"of", "the", "and", "for"}
    return any(sr.key(x) in post for x in range(title_start(old), old.lo))


def acting_after_death(sr: Any) -> None:
    """An acting holder after a death or removal: "X, who had been acting foreign minister
    since Y died" / "X was interim leader after Y's killing" / "X، الذي أدار الوزارة بالوكالة
    بعد مصرع Y" / "وكان X قد تولى الوزارة بالوكالة منذ استشهاد Y": X succeeded Y (the
    "acting" word must stand in the taker's own clause, after a being/taking verb)."""
    ar = sr.toks[sr.lo].ar
    for t in sr.triggers(_AR_ACTING, _EN_ACTING):
        verb = None
        for y in range(t - 1, max(sr.lo, t - (9 if ar else 5)) - 1, -1):
            if sr.toks[y].punct:
                break
            if (sr.f(y) & _AR_RAN) if ar else (sr.key(y) in _EN_BE_ACTING):
                verb = y
                break
        if verb is None and not ar:
            acting_in_dead_post_en(sr, t)  # "X would take over the presidency in an interim role"
        if verb is None:
            if ar:  # "وهي مدة تولى خلالها النائب الأول لرئيس المجلس X الرئاسة بالنيابة"
                _acting_after_removal_ar(sr, t, None)
                tasked_acting_dead_post_ar(sr, t)  # «كلّف X بتولي مهام الرئاسة مؤقتاً»
            continue
        aft, comma = None, None
        for x in range(t + 1, min(sr.hi, t + (4 if ar else 10))):
            if not ar and _comma_before_time_after_en(sr, x):
                comma = x  # "X was sworn in as interim President, hours after Y's death"
                continue
            if sr.toks[x].punct and sr.toks[x].text not in ("-", "'"):
                break
            if not ar and x >= t + 7 and sr.key(x) not in _EN_SINCE_AFTER and \
                    sr.key(x) not in _EN_TIME_BEFORE_AFTER:
                break
            if (sr.f(x) & _AR_SINCE_AFTER) if ar else (sr.key(x) in _EN_SINCE_AFTER):
                aft = x
                break
        if aft is None:
            if not ar:  # "X was named acting president" after "President Y died in a crash"
                acting_in_dead_post_en(sr, t)
            else:  # "إنهاء عضوية Y ...، وهي مدة تولى خلالها X الرئاسة بالنيابة"
                _acting_after_removal_ar(sr, t, verb)
                acting_in_dead_post_ar(sr, t, verb)  # "وتولى X مهام الرئاسة بالوكالة"
            continue
        if ar:
            y = aft + 1
            while y < sr.hi and sr.f(y) & _C7:
                y += 1
            if y == aft + 1 and not sr.f(aft + 1) & _AR_GONE_HIS:
                continue  # "منذ أيار" / "بعد Y": no death or removal named
            old = sr.after(aft + 1, types=("Person",), maxgap=y - aft + 2)
            if sr.key(verb - 1) in ("الذي", "التي"):
                new = sr.before(verb - 1, types=("Person",), maxgap=2)
            else:  # "وتولى X الوزارة بالوكالة" / "وكان X قد تولى ..."
                new = _kana_subject(sr, verb) or \
                    sr.after(verb + 1, types=("Person",), maxgap=1) or \
                    sr.before(verb, types=("Person",), maxgap=4) or \
                    sr.after(verb + 1, types=("Person",), maxgap=3)  # "وأدار نائب الوزير X"
            if old is None and new is not None and sr.f(aft + 1) & _AR_GONE_HIS:
                # "X، نائبة المبعوث Y، قد تولت المهمة بالإنابة منذ استقالته": Y
                old = next((m for m in reversed(sr.args) if m.etype == "Person" and
                            m.hi <= verb and m.eid != new.eid), None)
        else:
            old = _gone_after(sr, aft)
            if old is not None:  # "since the crash that killed President Y and Z": which one
                old = dead_of_the_post_en(sr, old, verb + 1, aft)  # held the post (s65)
                if old is None:
                    continue
            old = old or left_post_after(sr, aft) or ended_membership_en(sr, aft) or \
                ended_before_en(sr, aft)  # "since then" after "... ended the membership of Y"
            new = _taker_before(sr, verb - 1 if sr.key(verb - 1) in ("had", "has", "have")
                                else verb)
            if new is None and sr.key(verb) == "as":
                new = sr.before(verb, types=("Person",), maxgap=5)
        if old is None or new is None or new.eid == old.eid or new.lo > t:
            continue
        if comma is not None and not _same_post_en(sr, t + 1, comma, old):
            continue  # (past the comma: "named X caretaker prime minister, two days after
            # rebels toppled President Y": another post)
        if any(r.type == _SO and r.source == new.eid and r.target == old.eid for r in sr.out):
            continue
        if sr.blocked(verb, new) or sr.blocked(t, new) or sr._irrealis(verb):
            continue
        sr.add(_SO, new.eid, old.eid, "acting_after_death")


_EN_TAKE_OVER = frozenset({"take", "took", "takes", "taking", "taken"})
_EN_NAMED_ACTING = frozenset({"named", "appointed", "designated", "became", "become",
                              "becomes", "was", "is", "as", "installed", "sworn", "proclaimed"})
_EN_POST_OF = {"presidency": "president", "premiership": "prime", "presidential": "president",
               "amir": "emir"}  # (one spelling: "was proclaimed Amir" after "the late Emir
# Y"; a title's "Amir" may be keyed "emir"; session 69)


# intransitive (and "crash"): their subject goes, never a person named after them
_EN_OWN_GOING = frozenset({"died", "resigned", "retired", "quit", "crash"})


# a loss told before a name besides the death words ("on the passing of the late Amir Y";
# session 69)
_EN_LOSS_BEFORE = frozenset({"passing", "late", "funeral"})


def _death_near(toks: Any, lo: int, hi: int, people: frozenset[int] = frozenset()) -> bool:
    """A death word within 15 tokens before or 20 after [lo, hi), in the same sentence; before
    it, not one whose subject goes ("Y died in a crash after inaugurating a dam with Z": not
    Z); after it, no other person between but the next of a list ("X's predecessor, Y,
    died": not X; "Y, Foreign Minister Z and seven others were killed": Y) (session 54)."""
    for y in range(lo - 1, max(-1, lo - 16), -1):
        if toks[y].text in (".", "!", "?"):
            break
        if toks[y].key in _EN_DEATH_NEAR and toks[y].key not in _EN_OWN_GOING or \
                toks[y].key in _EN_LOSS_BEFORE:
            return True  # ("the crash that killed Y", "the death of Y"; not "died ... Y")
    listed = True  # only list joints and capitalised title words since the last person
    for y in range(hi, min(len(toks), hi + 20)):
        if toks[y].text in (".", "!", "?") or y in people and not listed:
            break
        if toks[y].key in _EN_DEATH_NEAR:
            return True
        listed = y in people or listed and (toks[y].text == "," or toks[y].key == "and" or
                                            toks[y].cap)
    return False


# the words opening a description apposed to a name ("its prime minister, Y", "Y, the
# Houthi prime minister,")
_EN_APPOSITION_OPEN = frozenset({"the", "its", "his", "her", "their"})


def _title_words(toks: Any, m: Any) -> set[str]:
    """The words of the title before the name *m* ("President Y"), or of a description
    apposed right before it ("its prime minister, Ahmed al-Rahawi, had been killed": up to
    four lower-case words opened by "its", "his", "her", "their" or "the")."""
    if 0 <= m.tlo < m.lo:
        return {toks[y].key for y in range(m.tlo, m.lo)}
    c = m.lo - 1
    if c < 1 or toks[c].text != ",":
        return _apposed_after(toks, m)
    for y in range(c - 1, max(-1, c - 5), -1):
        if toks[y].key in _EN_APPOSITION_OPEN:
            return {toks[z].key for z in range(y + 1, c)}
        if toks[y].punct or toks[y].cap:
            return set()
    return set()


_EN_APPOSITION_END = frozenset({"of", "who", "which", "in", "for", "and", "since", "from"})


def _apposed_after(toks: Any, m: Any) -> set[str]:
    """The words of a description apposed right after the name *m* (session 59): "Ahmed
    al-Rahawi, the prime minister of the Houthi government, was killed", "Ebrahim Raisi,
    Iran's president, died", "X, the Houthi prime minister,": up to four words after "the" /
    "its" / "his" / "her" / "their" or a possessive state, to "of" / "who" / a comma. Not past
    another possessive ("X, the president's adviser,": the adviser is no president)."""
    c = m.hi
    if c + 2 >= len(toks) or toks[c].text != ",":
        return set()
    first = toks[c + 1]
    if first.key not in _EN_APPOSITION_OPEN and not (first.poss and first.cap):
        return set()
    out: set[str] = set()
    for y in range(c + 2, min(len(toks), c + 6)):
        t = toks[y]
        if t.punct or t.ar or t.key in _EN_APPOSITION_END:
            break
        if t.poss or t.text in ("'s", "’s"):
            return set()
        out.add(t.key)
    return out


def new_in_dead_post_en(sr: Any) -> None:
    """"X was named the new emir" / "X was sworn in as the new sultan" / "The cabinet named
    Crown Prince X as the new Emir" after "Kuwait's emir Y has died" (this or the last five
    sentences), and a ruler's title with no "new": "X was sworn in as sultan", "named X as
    emir": X succeeded Y, read as the acting holder is (``acting_in_dead_post_en``; the one
    reading of a dead holder's post given to another, sessions 55-56). Not without the
    death ("X was sworn in as king" alone), nor for another title than the dead one's."""
    for t in sr.triggers(EMPTY, _EN_NEW):
        if sr.key(t - 1) == "the":
            acting_in_dead_post_en(sr, t)


# verbs right before a bare ruler's title: "X was proclaimed king", "X became emir"
_EN_MADE_RULER = frozenset({"named", "proclaimed", "crowned", "became", "becomes", "appointed",
                            "installed"})


def ruler_as_in_dead_post_en(sr: Any) -> None:
    """"X was sworn in as sultan" / "named X as emir" after the ruler's death: the "as" path
    of ``new_in_dead_post_en`` (its own trigger, a ruler's title: ``RULER_AS_CUES``); and the
    title right after a verb of making ("King Y died on Friday. X was proclaimed / named king",
    "X became emir", session 57)."""
    for t in sr.triggers(EMPTY, EN_RULER):
        if sr.key(t - 1) == "as":
            acting_in_dead_post_en(sr, t - 1)
        elif sr.key(t - 1) in _EN_MADE_RULER:
            acting_in_dead_post_en(sr, t)


RULER_AS_CUES = frozenset({EN_RULER})
register_triggers(EMPTY, EN_RULER)


def acting_in_dead_post_en(sr: Any, t: int) -> None:
    """An acting holder of a dead person's post with no "after" in the clause: "X was named
    acting president" / "X would take over the presidency in an interim role" after "President
    Y died in a helicopter crash" (this or the last five sentences): X succeeded Y, the dead
    one whose title holds a word of the post (acting holders after a death are successors).
    *t* is the "acting" word, or the "new" of "named the new emir" or the "as" of "sworn in as
    sultan" (``new_in_dead_post_en``)."""
    verb = post_lo = post_hi = None
    named = named_acting_object(sr, t)  # active "K named (First Vice President) X acting ..."
    if named is not None:
        verb, post_lo, post_hi = t - 1, t + 1, min(sr.hi, t + 4)
    b = t - 1 if sr.key(t - 1) == "the" else t + 1 if sr.key(t) == "as" else t
    bare = sr.key(t) in EN_RULER  # ("was proclaimed king": *t* is the post itself)
    # ("was named the new emir", "was sworn in as sultan")
    for y in range(t - 1, max(sr.lo, t - 9) - 1, -1) if named is None else ():
        if sr.toks[y].punct:
            break
        if sr.key(y) in _EN_TAKE_OVER and sr.key(y + 1) == "over":
            verb, post_lo, post_hi = y, y + 2, t  # "take over the presidency in an interim"
            break
        if y == b - 1 or y == b - 2 and sr.key(b - 1) == "as" or \
                y == b - 3 and (sr.key(b - 2), sr.key(b - 1)) == ("in", "as"):
            if sr.key(y) in (_EN_MADE_RULER if bare else _EN_NAMED_ACTING):
                # ("was sworn in as the new sultan")
                verb, post_lo, post_hi = y, t + (not bare), min(sr.hi, t + 4)
                break
    if verb is None:
        return
    post = set()
    for y in range(post_lo, post_hi):
        if sr.toks[y].punct or sr.key(y) in ("in", "for", "after", "until", "and"):
            break
        post.add(_EN_POST_OF.get(sr.key(y), sr.key(y)))
    qual = post & EN_POST_QUAL  # ("acting defence minister": no dead prime minister's post)
    post -= {"the", "as", "acting", "interim", "caretaker", "an", "a", "its", "his", "her"}
    post -= EN_POST_QUAL
    if not post:
        return
    new = named or _taker_before(sr, verb) or sr.before(verb, types=("Person",), maxgap=4)
    if new is None or new.hi > verb + 1:
        return
    toks = sr.doc.toks
    titled, best = set(), None  # (a title and the death may be told in different sentences)
    people = frozenset(title_start(m) for m in sr.doc.ments if m.etype == "Person")
    for m in sr.doc.ments:
        if m.etype != "Person" or m.eid == new.eid or not sr.si - 8 <= m.sent <= sr.si or \
                m.lo >= title_start(new):
            continue
        words = _title_words(toks, m)
        words |= {toks[y].key for y in range(m.lo, m.hi - 1)} & post
        if "amir" in words:
            words.add("emir")
        # (a name led by its title: "Sultan Qaboos bin Said", "Saudi Arabia's King Abdullah")
        if words & post and words & EN_POST_QUAL == qual:
            titled.add(m.eid)
        if m.sent >= sr.si - 5 and _death_near(toks, title_start(m), m.hi, people):
            best = m if best is None or m.eid in titled or best.eid not in titled else best
    if best is None or best.eid not in titled or \
            any(r.type == _SO and r.source in (new.eid, best.eid) for r in sr.out):
        return  # (nor one the sentence says succeeded someone: "X became minister,
        # succeeding Y, who died ...; Z had served as acting minister": X is no dead holder)
    if sr.key(verb - 1) == "would":  # "confirmed that X would take over ...": the settled
        if sr.negated(verb, new.lo) or sr._irrealis(verb - 1):  # interim, not a plan
            return
    elif sr.blocked(verb if named is None else title_start(new) - 1, new) or \
            sr._irrealis(verb):
        return
    sr.add(_SO, new.eid, best.eid, "acting_in_dead_post_en")
