"""ASSASSINATED_BY: the words every killing module shares.

The relation's name ``AB``, the cue words of ``killings.more_killings`` (a sentence with none of
them, such as "Y met X in Tehran" or "التقى X بـY", skips the killing rules) and the one-word
trigger sets ("killed", "killed"/"assassinated") several rules start from.
"""

from __future__ import annotations

from loaders.extract import lexicon as L
from loaders.extract.kill_subjunctive_ar import AR_KILLED_SUBJUNCTIVE

AB = "ASSASSINATED_BY"
_AGENTS = ("Person", "Country", "Organization")

# cue words: a sentence with none of them skips this module
_EN_CUES = frozenset({"killed", "killing", "assassinated", "martyred", "ordered", "orders",
                      "admitted", "acknowledged", "claimed", "claims", "claiming",
                      "order", "direction", "behest", "died", "responsibility", "slain",
                      "murdered", "kill", "assassinate", "murder", "murdering", "sentenced",
                      "convicted", "guilty", "shot", "burned", "burnt", "beaten", "stabbed",
                      "stoned", "hacked", "lynched", "gunned", "took", "struck", "taken",
                      "shoots", "guns", "death", "elimination", "perished", "succumbed",
                      # "Israel was behind the assassination of X" (session 58)
                      "assassination",
                      # "X gave the final approval / green light for the strike" (session 65)
                      "approval", "green", "go-ahead"})
_AR_CUES = L._ar("قضينا", "قتلنا", "اغتلنا", "صفينا", "قتل", "قتلا", "قتلوا", "اغتيل", "اغتيلا", "استشهد", "استشهدا", "استشهدوا",
                 "قضى", "قضيا", "قضوا", "بامر", "باوامر", "امر", "اوامر", "بتوجيه", "مقتل",
                 "اغتيال", "قتلت", "اغتالت", "قتلوا", "اغتالوا", "صفت", "اغتالته", "قتلته",
                 "اغتالتهم", "قتلتهم", "اغتالتهما", "قتلتهما", "اودت", "استشهاد", "اغتال",
                 "صفى", "حتفهما", "مصرعهما", "اقرت", "اقر", "اعترف", "اعترفت", "توفي",
                 "توفيت", "مقتله", "مقتلهما", "مصرعه", "ارتقى", "ارتقيا", "ارتقوا", "ارتقت",
                 "فارداه", "فاردوه", "فاردته", "فارداها", "تصفية", "قتله", "اغتاله",
                 "اردى", "اردت", "اردوا", "قضت",
                 # "سقط X برصاص Y" (by_fire_of_ar): the fire word is the cue, not سقط (a
                 # common verb: "سقط صاروخ", +0.8% instructions as a cue of its own)
                 "بنيران", "برصاص",
                 # «أعطى X الضوء الأخضر للضربة» (kill_approved_strike, session 65)
                 "الضوء",
                 # "سقط X شهيداً بغارة Y" (kill_martyr_ar): the martyr predicate, rare elsewhere
                 "شهيدا", "شهيدين", "شهيدان", "حتفه", "حتفها", "مصرعها",
                 # 'أعلن Y أنه «حيّد» X' (kill_claims_verdicts: the claim's euphemism)
                 "حيد", "حيدت",
                 # 'أعلن الجيش تحييد X' (kill_claims), 'حيّدت القوات X' (kill_neutralised_ar)
                 "تحييد", "حيدوا",
                 # the result nouns of "ما أدى إلى استشهاده" (kill_death_causes.result_killed_
                 # him_ar) had no cue of their own but مقتله and مصرعه (session 51)
                 "استشهاده", "استشهادهما", "اغتيالهما", "مقتلها", "مقتلهم", "مصرعهم",
                 "اغتياله",
                 # words of the kill steps' own trigger sets that were no sentence cue, so
                 # a sentence with only them never ran the steps (session 51): "اغتيلوا" (they
                 # were killed), "لقوا حتفهم", "سقط قتيلاً", "أعلنت أنها قتلتها / اغتالهما",
                 # "اللذان قتلاه", "مات متأثراً بجروحه", "أمرت بالغارة"
                 "اغتيلوا", "حتفهم", "قتيلا", "قتيلين", "اغتالتها", "اغتالها", "اغتالهما",
                 "قتلتها", "قتلها", "قتلهما", "صفاه", "صفته", "قتلاه", "اغتالاه", "مات",
                 "ماتت", "امرت",
                 # "طالت يد إسرائيل X" (kill_hand_ar, session 57)
                 "يد") | \
    AR_KILLED_SUBJUNCTIVE

# one-word trigger sets and cue words of the rules below (built once, not per call)
_EN_KILLED = frozenset({"killed"})
_EN_KILLED_ASSASSINATED = frozenset({"killed", "assassinated"})
