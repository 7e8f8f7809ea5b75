"""Probe: new people introduced by a title or office, then named by surname (session 21, ``title``).

Mini-articles of 2-3 sentences, written for this probe (not taken from any dev set), with people
the gazetteers do not know, from many naming cultures. Each person is introduced once by a title
shape (office + country adjective + name, possessive office + apposition, long apposition, rank
abbreviation, MP of a bloc, spokesman for a group, nom de guerre, title + surname only), in English
and in Arabic; a later sentence names them by surname alone ("al-Gharawi met ...", "والتقى
الغراوي ...") in a MET_WITH or SUCCESSOR_OF relation. Negatives: a title with no name, capitalised
common words after a title, a title followed by a place.

Prints, per language and overall: the people found (one entity whose mentions cover the
introduction's name span and the surname span), the relations found, and false-positive people
(a Person entity whose mentions match no expected person).

    /work/main/.venv/bin/python bench/probe_titles.py [-v]
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.extract.rules import RuleExtractor  # noqa: E402


@dataclass
class Person:
    full: str          # the name as introduced (the span an entity must cover)
    short: str         # the surname or "al-X" used later


@dataclass
class Case:
    lang: str
    text: str
    people: list[Person]
    relations: list[tuple[str, int, int]]   # (type, index of source person, index of target)
    negative_words: list[str] = field(default_factory=list)


# ---- English ------------------------------------------------------------------------------
EN_PEOPLE = [
    Person("Abu Sajjad al-Gharawi", "al-Gharawi"),
    Person("Mehrdad Kazemzadeh", "Kazemzadeh"),
    Person("Sirwan Hamakarim", "Hamakarim"),
    Person("Yusuf Kemal Ozdemirci", "Ozdemirci"),
    Person("Gul Agha Zadran", "Zadran"),
    Person("Abdiwali Hirsi Warsame", "Warsame"),
    Person("Musa Danladi Yakasai", "Yakasai"),
    Person("Ernesto Villalobos Ruiz", "Villalobos"),   # Spanish: paternal + maternal surname
    Person("Dmitri Voloshenko", "Voloshenko"),
    Person("Rajesh Kumar Vaidya", "Vaidya"),
    Person("Takeshi Morimoto", "Morimoto"),
    Person("Falih Jabbar al-Darraji", "al-Darraji"),
    Person("Hamid Naji al-Mahdawi", "al-Mahdawi"),
    Person("Abu Zainab al-Salihi", "al-Salihi"),
    Person("Ibrahim Sheikh Nur", "Nur"),
    Person("Karim Rasoul al-Kaabi", "al-Kaabi"),
    Person("Julio Cesar Arriaga Mendez", "Arriaga"),
    Person("Nguyen Van Thanh", "Thanh"),
    Person("Sardor Tursunovich Yuldashev", "Yuldashev"),
    # two first words that name a known person, then another family name: someone else
    Person("Karim Nouri al-Issawi", "al-Issawi"),
    Person("Yahya Saree al-Mutawakkil", "al-Mutawakkil"),
]

# Introductions: {n} is the full name. Each is a sentence opener or a clause.
EN_INTROS = [
    "Iraqi Interior Minister {n} said on Sunday that the border crossings would reopen.",
    "Iraq's national security adviser, {n}, arrived in the capital on Monday.",
    "The head of the Popular Mobilisation Forces' security directorate, {n}, toured the "
    "checkpoints.",
    "Lt. Gen. {n}, the commander of Baghdad Operations, inspected the new units.",
    "Brig. Gen. {n} told reporters the operation was over.",
    "Maj. Gen. {n} returned from leave on Tuesday.",
    "Col. {n} said two suspects had been detained.",
    "MP {n} of the Fatah Alliance called for a vote on the budget.",
    "A spokesman for Kataib Hezbollah, {n}, denied any role in the attack.",
    "Somali Foreign Minister {n} flew to Nairobi on Wednesday.",
    "Kano State Governor {n} opened the new hospital.",
    "Army chief of staff General {n} addressed the graduating cadets.",
    "Deputy Prime Minister {n} chaired the cabinet session.",
    "Pakistan's ambassador to Kabul, {n}, presented his credentials.",
    "Turkish Defence Minister {n} visited the troops near the border.",
    "The newly appointed police chief of Nineveh, {n}, promised reforms.",
    "{n}, Iraq's deputy interior minister, said the checkpoints would stay.",
    "Iraqi lawmaker {n} criticised the draft budget.",
    "Houthi military spokesman Brig. Gen. {n} claimed the attack.",
]

EN_RELATIONS = [
    ("MET_WITH", "{a} met {b} at the ministry on Thursday to discuss security."),
    ("MET_WITH", "{A} later held talks with {b} in Baghdad."),
    ("MET_WITH", "On Friday {a} received {b} at his office."),
    ("SUCCESSOR_OF", "{A} succeeded {b}, who retired in March."),
    ("MET_WITH", "{A} and {b} met behind closed doors for two hours."),
    ("SUCCESSOR_OF", "{A} replaced {b} in the post last year."),
]

EN_TITLE_SURNAME = [   # a person named only by title + surname
    ("Colonel Goita", "Goita"), ("General Burhan", "Burhan"), ("Commander Haftarov", "Haftarov"),
    ("Minister Okonkwo", "Okonkwo"), ("Governor Zulum", "Zulum"), ("Sheikh Albu Risha", "Albu Risha"),
]

EN_NEGATIVES = [
    "The minister said on Tuesday that the border would reopen within a week.",
    "A spokesman for the Foreign Ministry declined to comment on the talks.",
    "The Deputy Minister For Planning Affairs attended the session on Monday.",
    "The Governor Of Nineveh Province announced a curfew after the attack.",
    "Interior Minister Monday Statement: the checkpoints stay open.",
    "The Defence Minister Of Iraq met the Chief Of Staff in Baghdad.",
    "Brig. Gen. Baghdad Operations Command said the roads were closed.",
    "The Commander Of Ground Forces and the Army Chief Of Staff toured Mosul.",
    "Prime Minister Basra visit was postponed, the office said.",
    "MP For Kirkuk Province said the vote had been delayed.",
    "The National Security Adviser met the ambassador in Erbil.",
    "General Secretariat Of The Council Of Ministers issued a statement.",
]

# ---- Arabic -------------------------------------------------------------------------------
AR_PEOPLE = [
    Person("أبو سجاد الغراوي", "الغراوي"),
    Person("مهرداد كاظم زاده", "كاظم زاده"),
    Person("سيروان حمه كريم", "حمه كريم"),
    Person("يوسف كمال أوزدميرجي", "أوزدميرجي"),
    Person("فالح جبار الدراجي", "الدراجي"),
    Person("حامد ناجي المهداوي", "المهداوي"),
    Person("عبد الولي حرسي ورسمه", "ورسمه"),
    Person("دميتري فولوشينكو", "فولوشينكو"),
    Person("أبو زينب الصالحي", "الصالحي"),
    Person("كريم رسول الكعبي", "الكعبي"),
    Person("ستار عبد الحسين الشويلي", "الشويلي"),
    Person("إرنستو فيلالوبوس", "فيلالوبوس"),
    Person("موسى دانلادي ياكاساي", "ياكاساي"),
    Person("نوري حسن الفرطوسي", "الفرطوسي"),
    Person("قاري فصيح الدين فطرت", "فطرت"),       # a compound given name, then the family name
    Person("محمد نجم الدين الكاكائي", "الكاكائي"),
]

AR_INTROS = [
    "قال وزير الداخلية العراقي {n} يوم الأحد إن المنافذ الحدودية ستفتح.",
    "ووصل مستشار الأمن الوطني {n} إلى العاصمة يوم الاثنين.",
    "وتفقد قائد عمليات بغداد الفريق الركن {n} الوحدات الجديدة.",
    "ودعا النائب عن تحالف الفتح {n} إلى التصويت على الموازنة.",
    "ونفى المتحدث باسم كتائب حزب الله {n} أي دور في الهجوم.",
    "وقال العقيد {n} إن مشتبهين اثنين اعتقلا.",
    "وأعلن اللواء {n} انتهاء العملية.",
    "وصرح رئيس أركان الجيش الفريق أول {n} بأن الحدود آمنة.",
    "ووصل وزير الخارجية الصومالي {n} إلى نيروبي.",
    "وأكد محافظ نينوى الجديد {n} أنه سيجري إصلاحات.",
    "وقال العميد {n} للصحفيين إن الطرق أغلقت.",
    "وترأس نائب رئيس الوزراء {n} جلسة مجلس الوزراء.",
    "وقدم سفير باكستان لدى كابول {n} أوراق اعتماده.",
    "وزار وزير الدفاع التركي {n} القوات قرب الحدود.",
    "واستقبل قائد قوات البيشمركة اللواء {n} وفدا من التحالف.",
    "وأصدر المتحدث باسم الحركة {n} بيانا أكد فيه موقفها.",
]

AR_RELATIONS = [
    ("MET_WITH", "والتقى {a} {b} في مقر الوزارة يوم الخميس لبحث الأوضاع الأمنية."),
    ("MET_WITH", "وبحث {a} مع {b} في بغداد سبل التعاون."),
    ("MET_WITH", "واستقبل {a} {b} في مكتبه يوم الجمعة."),
    ("SUCCESSOR_OF", "وخلف {a} {b} الذي أحيل على التقاعد في آذار."),
    ("MET_WITH", "واجتمع {a} و{b} خلف أبواب مغلقة لساعتين."),
    ("SUCCESSOR_OF", "وحل {a} محل {b} في المنصب العام الماضي."),
]

AR_TITLE_SURNAME = [
    ("العقيد غويتا", "غويتا"), ("الفريق البرهان", "البرهان"), ("اللواء الحداثي", "الحداثي"),
    ("الشيخ أبو ريشة", "أبو ريشة"),
]

AR_NEGATIVES = [
    "وقال الوزير إن المحادثات ستستمر الأسبوع المقبل.",
    "وقال المتحدث باسم وزارة الخارجية إن الوفد وصل إلى بغداد.",
    "وأعلن قائد عمليات بغداد فرض حظر التجوال.",
    "وقال النائب عن محافظة البصرة إن التصويت تأجل.",
    "وأكد وزير الداخلية العراقي أن المنافذ ستفتح.",
    "وقال العقيد في شرطة كركوك إن مشتبهين اعتقلا.",
    "والتقى مستشار الأمن الوطني السفير في أربيل.",
    "وقال المتحدث باسم الحكومة العراقية إن الاجتماع تأجل.",
    "وأعلن اللواء الثامن في الجيش انتهاء العملية.",
    "وترأس رئيس الوزراء جلسة مجلس الوزراء الأسبوعية.",
]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def build_cases() -> list[Case]:
    """Pair people two by two, each with its own introduction, and a relation sentence."""
    cases: list[Case] = []
    for lang, people, intros, rels in (("en", EN_PEOPLE, EN_INTROS, EN_RELATIONS),
                                       ("ar", AR_PEOPLE, AR_INTROS, AR_RELATIONS)):
        n = len(people)
        for i in range(n):
            a, b = people[i], people[(i + 5) % n]
            ia, ib = intros[i % len(intros)], intros[(i + 7) % len(intros)]
            typ, rel = rels[i % len(rels)]
            s3 = rel.format(a=a.short, b=b.short, A=_cap(a.short))
            if lang == "en" and s3.startswith("al-"):
                s3 = _cap(s3)
            text = " ".join((_cap(ia.format(n=a.full)), _cap(ib.format(n=b.full)), s3))
            cases.append(Case(lang, text, [a, b], [(typ, 0, 1)]))
    # title + surname only
    for (ta, sa), (tb, sb), k in zip(EN_TITLE_SURNAME, EN_TITLE_SURNAME[1:] + EN_TITLE_SURNAME[:1],
                                      itertools.count()):
        typ, rel = EN_RELATIONS[k % len(EN_RELATIONS)]
        text = (f"{ta} told state television the transition would last two years. "
                f"{tb} rejected the timetable. " + rel.format(a=sa, b=sb, A=sa))
        cases.append(Case("en", text, [Person(sa, sa), Person(sb, sb)], [(typ, 0, 1)]))
    for (ta, sa), (tb, sb), k in zip(AR_TITLE_SURNAME, AR_TITLE_SURNAME[1:] + AR_TITLE_SURNAME[:1],
                                      itertools.count()):
        typ, rel = AR_RELATIONS[k % len(AR_RELATIONS)]
        text = (f"وقال {ta} للتلفزيون الرسمي إن المرحلة الانتقالية ستستمر عامين. "
                f"ورفض {tb} الجدول الزمني. " + rel.format(a=sa, b=sb))
        cases.append(Case("ar", text, [Person(sa, sa), Person(sb, sb)], [(typ, 0, 1)]))
    for text in EN_NEGATIVES:
        cases.append(Case("en", text, [], []))
    for text in AR_NEGATIVES:
        cases.append(Case("ar", text, [], []))
    return cases


def _spans(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def score(ex: RuleExtractor, case: Case, verbose: bool) -> dict[str, int]:
    doc = ex.extract(case.text, lang=case.lang)
    persons = [e for e in doc["entities"] if e["type"] == "Person"]
    ment = {e["id"]: {tuple(m) for m in e.get("mentions") or []} for e in persons}
    found_ids: list[str | None] = []
    res = {"people": len(case.people), "people_ok": 0, "rels": len(case.relations),
           "rels_ok": 0, "fp_people": 0, "fp_rels": 0}
    for p in case.people:
        full = _spans(case.text, p.full)[:1]
        short = [s for s in _spans(case.text, p.short) if not any(
            f[0] <= s[0] and s[1] <= f[1] for f in full)]
        pid = None
        for eid, ms in ment.items():
            if full and full[0] in ms and all(s in ms for s in short):
                pid = eid
        found_ids.append(pid)
        res["people_ok"] += pid is not None
        if verbose and pid is None:
            print(f"  MISSED person {p.full!r} / {p.short!r}: "
                  f"{ {eid: [case.text[a:b] for a, b in ms] for eid, ms in ment.items()} }")
    used = set()
    for typ, si, ti in case.relations:
        s, t = found_ids[si], found_ids[ti]
        hit = any(r["type"] == typ and (
            (r["source"], r["target"]) == (s, t) or
            (typ == "MET_WITH" and (r["source"], r["target"]) == (t, s)))
            for r in doc["relations"]) if s and t else False
        res["rels_ok"] += hit
        if verbose and not hit:
            print(f"  MISSED {typ} {case.people[si].short} -> {case.people[ti].short}")
    used = set(found_ids)
    all_spans = {sp for p in case.people for sp in _spans(case.text, p.full)
                 + _spans(case.text, p.short)}
    for eid, ms in ment.items():
        if eid in used:
            continue
        if not any(any(a <= m[0] and m[1] <= b for a, b in all_spans) for m in ms):
            res["fp_people"] += 1
            if verbose:
                print(f"  FP person {eid}: {[case.text[a:b] for a, b in ms]}")
    core = [r for r in doc["relations"] if r["type"] in ("MET_WITH", "SUCCESSOR_OF",
                                                         "ASSASSINATED_BY")]
    res["fp_rels"] = max(0, len(core) - res["rels_ok"])
    return res


def main() -> None:
    verbose = "-v" in sys.argv
    ex = RuleExtractor()
    tot: dict[str, dict[str, int]] = {}
    for case in build_cases():
        if verbose:
            print(f"[{case.lang}] {case.text}")
        r = score(ex, case, verbose)
        for key in (case.lang, "all"):
            agg = tot.setdefault(key, {})
            for k, v in r.items():
                agg[k] = agg.get(k, 0) + v
    for key in ("en", "ar", "all"):
        a = tot[key]
        print(f"{key}: people {a['people_ok']}/{a['people']}  relations {a['rels_ok']}/{a['rels']}"
              f"  FP people {a['fp_people']}  FP core relations {a['fp_rels']}")


if __name__ == "__main__":
    main()
