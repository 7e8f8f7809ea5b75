"""MET_WITH: Arabic credentials, the envoy's side and the receiver's side (session 18).

- "قدّم سفير خادم الحرمين الشريفين X أوراق اعتماده إلى Y": the envoy is the last person named
  before "أوراق اعتماده" (not the sovereign in his title); "وكان(ت) X، (الذي ...،) قد قدّم /
  سلّمت (نسخة من) أوراق اعتماده إلى Y": the subject of كان (:func:`envoy_ar`, used by
  ``meetings_ar._credentials``);
- "تسلّم X (في مقر الوزارة) نسخة من أوراق اعتماد (السفير) Y": the receiver X met the envoy Y
  (:func:`credentials_received_ar`). Not "أوراق اعتماد" after another verb ("أعلن ...
  قبول أوراق اعتماد Y": nobody is said to have received them in person).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import EMPTY, title_start

AR_CREDENTIALS_OF = L._ar("اعتماد")
_PAPERS = L._ar("أوراق", "اوراق")
_RECEIVED = L._ar("تسلم", "وتسلم", "تسلمت", "وتسلمت", "يتسلم", "تتسلم", "استلم", "واستلم",
                  "استلمت", "واستلمت", "تسلّم", "وتسلّم")
_REACH = 20  # words between the verb and "اعتماد"


def _last_person(sr: Any, lo: int, hi: int) -> Any:
    """The last person named (title included) between tokens *lo* and *hi*, else None."""
    found = None
    for m in sr.args:
        if m.etype == "Person" and not m.in_title and title_start(m) >= lo and m.hi <= hi:
            found = m
    return found


def envoy_ar(sr: Any, v: int, c: int) -> Any:
    """The envoy of "قدّم / سلّم (at *v*) ... أوراق اعتماده (at *c*)" (module doc), else None."""
    m = _last_person(sr, v + 1, c)
    if m is not None:
        return m
    return kana_subject_ar(sr, v)


def kana_subject_ar(sr: Any, v: int, maxgap: int = 2) -> Any:
    """"وكان(ت) X، (الذي ...، / رئيس ...،) قد <verb at *v*>": X, the subject of كان opening the
    sentence, else None (*maxgap*: the words of a title the mention did not take between كان
    and X: "وكان الأمين العام للحزب X قد خلفه Y")."""
    if sr.key(v - 1) != "قد":
        return None
    was = next((x for x in range(sr.lo, min(sr.lo + 2, v)) if sr.f(x) & L.AR_KANA), None)
    if was is None:
        return None
    m = sr.after(was + 1, types=("Person",), maxgap=maxgap)
    return m if m is not None and m.hi < v else None


def credentials_received_ar(sr: Any, blocked: Any) -> None:
    """"تسلّم X نسخة من أوراق اعتماد Y": X met Y (module doc); *blocked* is the caller's
    negation / modality check ``(sr, verb, mention) -> bool``."""
    for c in sr.triggers(AR_CREDENTIALS_OF, EMPTY):
        if not sr.f(c - 1) & _PAPERS:
            continue
        v = next((x for x in range(c - 2, max(sr.lo, c - _REACH) - 1, -1)
                  if sr.f(x) & _RECEIVED), None)
        if v is None:
            continue
        host = _last_person(sr, v + 1, c)
        envoy = sr.after(c + 1, types=("Person",), maxgap=10)
        if host is None or envoy is None or envoy.eid == host.eid or \
                any(sr.toks[x].punct for x in range(c + 1, envoy.lo)) or blocked(sr, v, host):
            continue
        sr.add("MET_WITH", host.eid, envoy.eid, "credentials_received_ar")
