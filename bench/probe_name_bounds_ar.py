"""Probe: where a new (unknown) Arabic name ends and begins (session 21, last round, ``nameend``).

Each case is an Arabic sentence written by the engineer (not taken from any text) with the
exact span expected of a new person's name. The name is put next to a boundary word a news
writer uses: a verb of news opening the sentence (انتخب، عيّن، أعلن، قال، أكد، التقى), a
predicate (شهيداً، قتيلاً، جريحاً), a preposition or adverb of place or time (قرب، شمال، أمس،
اليوم، مساء), a governing noun (بعد مقتل، إثر اغتيال). Printed: right / too long / too short /
not found over the cases. Run: ``python bench/probe_name_bounds_ar.py [-v]``.
"""

from __future__ import annotations

import sys

from loaders.extract.rules import RuleExtractor

NAMES = ["كريم الزبيدي", "سامر عبد الكريم الحلبي", "نادر فوزي الشمري", "وليد حسن الجبوري",
         "رافع سليم", "منصور داود العبيدي", "ماركوس هيلمان", "كلاوس بيرغر",
         "نزار المشهداني"]

FRAMES = [
    "انتخب {n} رئيساً للبرلمان أمس.",
    "عيّن الرئيس {n} وزيراً للدفاع.",
    "وانتخب {n} رئيساً للمجلس بالأغلبية.",
    "اختير {n} أميناً عاماً للحزب.",
    "كلف الرئيس {n} بتشكيل الحكومة.",
    "أعلن {n} استقالته من الحكومة.",
    "قال {n} إن المفاوضات ستستأنف.",
    "أكد {n} أن الحكومة ماضية في الإصلاح.",
    "التقى {n} وفداً من المعارضة في عمان.",
    "وسقط {n} شهيداً في غارة على المخيم.",
    "وسقط {n} قتيلاً في اشتباك مسلح.",
    "وأصيب {n} جريحاً في الانفجار.",
    "وسقط كريم الزبيدي و{n} شهيدين في غارة.",
    "وسقط كريم الزبيدي و{n} قتيلين في قصف.",
    "واغتيل العقيد {n} قرب الموصل.",
    "وقتل القيادي {n} شمال بغداد.",
    "وصل الوزير {n} أمس إلى القاهرة.",
    "استقبل الرئيس {n} اليوم في قصره.",
    "وتحدث المسؤول {n} مساء الأحد للصحفيين.",
    "وجاء ذلك بعد مقتل {n} في كمين.",
    "وتوترت الأوضاع إثر اغتيال {n} في العاصمة.",
    "لقي العقيد {n} مصرعه في هجوم.",
    "ولقي الضابط {n} حتفه في انفجار.",
]


def persons(doc: dict, text: str) -> list[str]:
    return [text[a:b] for e in doc["entities"] if e["type"] == "Person"
            for a, b in e.get("mentions") or []]


def main() -> None:
    verbose = "-v" in sys.argv
    ex = RuleExtractor()
    counts = {"right": 0, "too long": 0, "too short": 0, "not found": 0}
    for frame in FRAMES:
        for name in NAMES:
            text = frame.format(n=name)
            start = text.rindex(name)
            end = start + len(name)
            doc = ex.extract(text, lang="ar")
            spans = [(a, b) for e in doc["entities"] if e["type"] == "Person"
                     for a, b in e.get("mentions") or []]
            over = [(a, b) for a, b in spans if a < end and b > start]
            if (start, end) in spans:
                kind = "right"
            elif any(a <= start and b >= end for a, b in over):
                kind = "too long"
            elif over:
                kind = "too short"
            else:
                kind = "not found"
            counts[kind] += 1
            if verbose and kind != "right":
                print(f"{kind}: {text} -> {[text[a:b] for a, b in over]}")
    total = sum(counts.values())
    print("  ".join(f"{k} {v}/{total} = {v / total:.3f}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
