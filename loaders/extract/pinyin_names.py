"""Chinese names written in pinyin ("Han Zheng", "Cui Wei", "Zheng Shanjie").

``latin_ids.canonical_latin`` respells the words of a new person's Latin name as Arabic
transliteration would write them, so that Arabic and English articles give one id. Pinyin
words are no Arabic words: respelt, "Han Zheng" became "Han Deng" and "Cui Wei" "Cui VI"
(session 52), a new person under someone else's name. A name that opens with a common
Chinese family name and whose other words are made of pinyin syllables is kept as written.
"""

from __future__ import annotations

import re

# the most common Chinese family names (pinyin, lower case)
_FAMILY = frozenset("""
wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song
zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia
ding wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao
kong bai cui kang mao qiu qin gu hou shao meng long wan duan lei qian yin yi chang qiao lai
gong wen geng zhai niu mu bi ji hong xing shang ouyang
""".split())
# one pinyin syllable: an initial, then a final (tone marks left out)
_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
             r"(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|"
             r"un|er|ia|ie|iu|ua|uo|ui|a|e|i|o|u|v)")
_PINYIN_WORD = re.compile(rf"(?:{_SYLLABLE}){{1,2}}")


def pinyin_name(name: str) -> bool:
    """Is *name* a Chinese name in pinyin: two or three words, the first a common Chinese
    family name, each other word one or two pinyin syllables ("Zheng Shanjie", "Wang
    Wenbin")?"""
    words = name.lower().replace("-", " ").split()
    return 2 <= len(words) <= 3 and words[0] in _FAMILY and all(
        _PINYIN_WORD.fullmatch(w) for w in words[1:])
