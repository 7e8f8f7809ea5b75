"""Where a sentence of news text ends (session 21, `segment`): the decisions of
``tokens._sentences`` at each possible end.

A full stop, question or exclamation mark, ellipsis, a dotted acronym or a newline may end a
sentence. It does not:

- before a lower-case English word ("forget ... and we will", '"Who ordered this?" asked one
  official', "at 4 p.m. local time"), other than a name particle ("al-", "bin"), or a comma
  or semicolon ("Rep. Adam Kline, D-Calif., and ...");
- after a title ("Lt. Gen.", "Dr.", "Sen.", "د. أحمد", "أ. د."), always;
- after another abbreviation, an initial or a dotted acronym ("Jan. 15", "No. 2", "George W.
  Bush", "Kennedy Jr.,", "U.S. officials", "St. Louis", "9 a.m."), unless the next word is a
  capitalised word that opens sentences ("... by the U.S. The Iraqi government", "Washington
  Inc. The company", "9 a.m. The minister");
- after the number of a list item at the start of a sentence ("1. The first round");
- at a line break inside a sentence: before a lower-case English word, and in hard-wrapped
  text (lines of at most ~100 characters, most of them near the width) after any line that
  ends without a final mark (``soft_newlines``). A blank line always ends a sentence.

Marks glued to the next word ("1.5 billion", "10.30", "www.mofa.gov.iq", "press@un.org") and
runs of marks and closing quotes ('now."', "!».", "...") are resolved in ``tokens._scan_chunk``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.tokens import Tok

# abbreviations of titles: a sentence never ends on one ("Gen. He Weidong", "Dr. Ali")
TITLE_ABBREV = frozenset(
    "gen gens brig lt col maj sgt cpl pvt mr mrs ms messrs dr rep reps sen sens gov govs adm "
    "capt cmdr prof rev hon amb supt insp pres".split())
# other abbreviations (and single letters, dotted acronyms): an end only before a word that
# opens sentences
ABBREV = frozenset(
    "st jr sr no nos vs inc co corp ltd bros dept jan feb aug sept sep oct nov dec mt ft "
    "ave blvd etc approx est".split())
# Arabic abbreviations of titles: "د." (doctor), "أ." (professor, "أ. د.")
TITLE_ABBREV_AR = frozenset({"د", "أ"})
# capitalised words that open sentences (keys): after an abbreviation, one of them starts a
# new sentence ("by the U.S. The Iraqi government"); a name does not ("U.S. Central Command")
OPENERS = frozenset(
    "the a an he she it they we i you his her its their our this that these those there "
    "in on at by for from with after before during since under when while as if but and or "
    "so yet meanwhile however also earlier later according last both some many most "
    "several such other another one two three four five".split())
# name particles written in lower case at the start of a sentence ("al-Sadr met ...")
PARTICLES = frozenset(
    "al el ad ash as at az bin ibn abu abd van von de da di du der den le la ben".split())
# closing quotes and brackets: after a final mark they stay in the sentence ('now."')
CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", "\u00bb", "\u203a", ")", "]"})
# what ends a line for good ("said.", "Timeline:", 'over."')
_LINE_END = frozenset({".", "!", "?", "\u061f", "\u2026", ":", "\u06d4"})
# marks that open a list item ("- ", "• "): the sentence is in the language of what follows
BULLETS = frozenset({"-", "\u2013", "\u2022", "*"})
# punctuation that never opens a sentence: a mark before it was not final
_GOES_ON = frozenset({",", ";", "\u060c", "\u061b"})


def ends_here(toks: list[Tok], k: int, lo: int) -> bool:
    """Does the sentence that began at token *lo* end after token *k* (a final mark, a
    closing quote after one, or a dotted acronym), with a token after it?"""
    nxt = toks[k + 1]
    c = nxt.text[:1]
    if "a" <= c <= "z" and nxt.key not in PARTICLES:
        return False  # "... and we", '?" asked', "p.m. local time"
    if c in _GOES_ON:
        return False  # "Rep. Adam Kline, D-Calif., and ...": a comma goes on
    t = toks[k]
    if not t.punct:  # a dotted acronym: "U.S."
        return (nxt.cap and nxt.key in OPENERS) or nxt.ar
    if t.text != "." or not k:
        return True
    prev = toks[k - 1]
    if prev.end != t.start or prev.punct:
        return True
    if prev.ar:
        return prev.text.lstrip("\u0648\u0628\u0644") not in TITLE_ABBREV_AR  # ("وأ. د.", "لد.")
    key = prev.key
    if key in TITLE_ABBREV:
        return False
    if key in ABBREV or (len(key) == 1 and key.isalpha()):  # "Jan. 15", "W. Bush", "a.m. on"
        return (nxt.cap and nxt.key in OPENERS) or nxt.ar  # (or Arabic: "في X. وقالت")
    if k == lo + 1 and prev.text.isdigit():
        return False  # "1. The first round ..."
    return True


def _wrapped(text: str) -> tuple[int, bool]:
    """The width of the longest line of *text*, and whether the text is hard-wrapped: lines of
    at most 100 characters, at least two of them near the width without a final mark."""
    lines = text.split("\n")
    width = max(map(len, lines))
    if width > 100 or len(lines) < 3:
        return width, False
    near = sum(1 for a, b in zip(lines, lines[1:], strict=False)
               if len(a) >= 0.6 * width and b.strip() and a.rstrip()[-1:] not in _LINE_END)
    return width, near >= 2


def soft_newlines(text: str, toks: list[Tok], newlines: set[int]) -> set[int]:
    """The tokens among *newlines* whose line break is inside a sentence (see the module
    docstring): one newline, no final mark before it, no list item after it, and a lower-case
    English word after it or hard-wrapped text."""
    n = len(toks)
    width = 0
    wrapped = False
    soft: set[int] = set()
    for k in newlines:
        if k < 0 or k + 1 >= n:
            continue
        t, nxt = toks[k], toks[k + 1]
        if t.punct and (t.text in _LINE_END or (t.text in CLOSERS and k and
                                                toks[k - 1].text in _LINE_END)):
            continue  # (most line breaks: after a final mark)
        if text.count("\n", t.end, nxt.start) != 1:
            continue  # a blank line: a paragraph ends
        if not width:  # (measured once, at the first line break that may be soft)
            after = text.find("\n", nxt.start)
            if (after if after >= 0 else len(text)) - nxt.start > 100:
                width = 101  # the next line is longer than a wrapped one (a body after a headline)
            else:
                width, wrapped = _wrapped(text)
        if nxt.punct and nxt.text in BULLETS:
            continue
        if nxt.text.isdigit() and k + 2 < n and toks[k + 2].text in (":", ".", ")"):
            continue  # "2019: ...", "1. ..."
        c = nxt.text[:1]
        if "a" <= c <= "z":
            soft.add(k)
        elif wrapped and t.end - text.rfind("\n", 0, t.end) - 1 >= 0.6 * width:
            soft.add(k)
    return soft
