"""Precision probe: general causes of false core relations, both languages.

    python bench/probe_precision.py [--misses] [--only CAUSE]

Each case is a short sentence or mini-article with the core relations a reader would draw
from it (often none). Every core relation the extractor emits that is not among them is a
false positive, charged to the case's cause; every expected relation it misses is a miss. The
causes: (1) a succession not yet made; (2) an unnamed office after a name; (3) a description
resolved to the other participant; (4) phone calls, letters, invitations, planned, postponed,
cancelled or denied meetings; (5) killings with no agent or only a third party's accusation.
The positives in the same shapes show a fix that kills true relations. Written before reading
any development error; the names are of the author's choosing.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.extract.rules import RuleExtractor  # noqa: E402

CORE = ("MET_WITH", "SUCCESSOR_OF", "ASSASSINATED_BY")
M, S, K = CORE

# (cause, lang, text, expected [(rel, source key, target key)]); keys are surface substrings
# (or id slugs for groups).
CASES: list[tuple[str, str, str, list[tuple[str, str, str]]]] = [
    # ---- 1. succession not yet made ---------------------------------------------------------
    ("succ", "en", "Hezbollah leader Tariq Mansour died on Monday. His successor has not been "
     "named, and deputy leader Khalil Daher chaired the council meeting.", []),
    ("succ", "en", "Army chief General Peter Otieno retired on Friday. Otieno's successor could "
     "be General Samuel Wekesa, officials said.", []),
    ("succ", "en", "Army chief General Peter Otieno retired on Friday. Otieno's successor has "
     "not yet been named; General Samuel Wekesa chaired the meeting.", []),
    ("succ", "en", "Army chief General Peter Otieno retired on Friday. Otieno's successor is "
     "expected to be General Samuel Wekesa.", []),
    ("succ", "en", "Army chief General Peter Otieno retired on Friday. Otieno's successor, "
     "General Samuel Wekesa, took office on Monday.", [(S, "Wekesa", "Otieno")]),
    ("succ", "en", "General Samuel Wekesa is tipped to succeed General Peter Otieno as army "
     "chief.", []),
    ("succ", "en", "Deputy Foreign Minister Leila Karimova is expected to succeed Foreign "
     "Minister Rustam Alimov, who resigned on Tuesday.", []),
    ("succ", "en", "Finance Minister Jonas Berg is likely to succeed Prime Minister Erik Lund "
     "when he steps down in June.", []),
    ("succ", "en", "The race to succeed Prime Minister Erik Lund has begun, with Finance "
     "Minister Jonas Berg and Defence Minister Ola Strand among the contenders.", []),
    ("succ", "en", "Prime Minister Erik Lund resigned on Monday. Finance Minister Jonas Berg "
     "is seen as the front-runner to replace him.", []),
    ("succ", "en", "General Samuel Wekesa succeeded General Peter Otieno as army chief on "
     "Friday.", [(S, "Wekesa", "Otieno")]),
    ("succ", "en", "Jonas Berg was sworn in as prime minister on Monday, replacing Erik Lund, "
     "who resigned last month.", [(S, "Berg", "Lund")]),
    ("succ", "ar", "توفي الأمين العام للحزب طارق منصور يوم الاثنين، ولم يُعلن بعد خليفة "
     "منصور، فيما ترأس نائبه خليل ضاهر اجتماع المجلس.", []),
    ("succ", "ar", "يعد الوزير سامر الخطيب مرشحا لخلافة رئيس الوزراء فؤاد النعيمي.", []),
    ("succ", "ar", "يُتوقع أن يخلف وزير المالية سامر الخطيب رئيس الوزراء فؤاد النعيمي بعد "
     "استقالته.", []),
    ("succ", "ar", "قد يخلف اللواء حسن البياتي الفريق أول عادل الربيعي في رئاسة الأركان.", []),
    ("succ", "ar", "بدأ السباق لخلافة رئيس الوزراء فؤاد النعيمي، ويبرز اسم وزير المالية سامر "
     "الخطيب.", []),
    ("succ", "ar", "خلف وزير المالية سامر الخطيب رئيس الوزراء فؤاد النعيمي الذي استقال "
     "الأسبوع الماضي.", [(S, "الخطيب", "النعيمي")]),
    ("succ", "ar", "عُيّن اللواء حسن البياتي رئيسا للأركان خلفا للفريق أول عادل الربيعي.",
     [(S, "البياتي", "الربيعي")]),
    # ---- 2. unnamed office after a name -----------------------------------------------------
    ("office", "ar", "والتقى المحمداوي السفير التركي في بغداد لبحث ملف المياه.", []),
    ("office", "ar", "استقبل وزير الخارجية العراقي فالح الزيدي السفير الإيراني في بغداد.", []),
    ("office", "ar", "التقى رئيس الوزراء عادل الساعدي رئيس المخابرات المصرية في القاهرة.", []),
    ("office", "ar", "التقى رئيس الوزراء عادل الساعدي رئيس المخابرات المصرية اللواء حسن "
     "بدران في القاهرة.", [(M, "الساعدي", "بدران")]),
    ("office", "en", "Prime Minister Adel al-Saadi met the head of Egyptian intelligence in "
     "Cairo on Monday.", []),
    ("office", "en", "Prime Minister Adel al-Saadi met Hassan Badran, the head of Egyptian "
     "intelligence, in Cairo on Monday.", [(M, "Saadi", "Badran")]),
    ("office", "en", "Foreign Minister Falih al-Zaidi received the Turkish ambassador in "
     "Baghdad on Sunday.", []),
    ("office", "en", "Al-Muhammadawi also met the Turkish ambassador to discuss water "
     "shares.", []),
    ("office", "en", "Al-Muhammadawi met the Turkish ambassador, Kemal Yildirim, to discuss "
     "water shares.", [(M, "Muhammadawi", "Yildirim")]),
    # ---- 3. description resolved to the other participant -----------------------------------
    ("backref", "en", "Foreign Minister Anna Kowalczyk arrived in Rome on Monday. The minister "
     "met Italian Defence Minister Marco Bellini on Tuesday.", [(M, "Kowalczyk", "Bellini")]),
    ("backref", "en", "Tariq Hamdan, the Jordanian interior minister, flew to Baghdad. The "
     "minister met Iraqi Interior Minister Qasim Nouri.", [(M, "Hamdan", "Nouri")]),
    ("backref", "en", "The minister met Finance Minister Tomas Novak on Monday to discuss the "
     "budget.", []),
    ("backref", "en", "The president received Prime Minister Viktor Hallas at the palace.", []),
    ("backref", "ar", "وصل وزير الخارجية الأردني طارق حمدان إلى بغداد. والتقى الوزير وزير "
     "الداخلية العراقي قاسم النوري.", [(M, "حمدان", "النوري")]),
    ("backref", "ar", "التقى الوزير وزير المالية توماس نوفاك يوم الاثنين.", []),
    ("backref", "ar", "استقبل الرئيس رئيس الوزراء فيكتور هالاس في القصر.", []),
    # ---- 4. calls, letters, invitations, planned / postponed / denied meetings --------------
    ("call", "en", "Prime Minister Adel al-Saadi and Jordanian King Abdullah II spoke by "
     "phone on Monday about the border.", []),
    ("call", "en", "In a phone call with Foreign Minister Anna Kowalczyk, Foreign Minister "
     "Falih al-Zaidi discussed the crisis.", []),
    ("call", "en", "President Joseph Haddad held a video call with Chancellor Greta Baum on "
     "Tuesday.", []),
    ("call", "en", "Foreign Minister Falih al-Zaidi received a letter from Foreign Minister "
     "Anna Kowalczyk inviting him to Warsaw.", []),
    ("call", "en", "President Joseph Haddad sent a message to Chancellor Greta Baum on "
     "Tuesday.", []),
    ("call", "en", "President Joseph Haddad invited Chancellor Greta Baum to visit Beirut.",
     []),
    ("call", "en", "President Joseph Haddad is scheduled to meet Chancellor Greta Baum in "
     "Berlin next week.", []),
    ("call", "en", "A meeting between President Joseph Haddad and Chancellor Greta Baum was "
     "postponed.", []),
    ("call", "en", "The planned meeting between President Joseph Haddad and Chancellor Greta "
     "Baum was cancelled after the attack.", []),
    ("call", "en", "The ministry denied that Foreign Minister Falih al-Zaidi had met Foreign "
     "Minister Anna Kowalczyk.", []),
    ("call", "en", "President Joseph Haddad will meet Chancellor Greta Baum on Friday.", []),
    ("call", "en", "President Joseph Haddad met Chancellor Greta Baum in Berlin on Monday.",
     [(M, "Haddad", "Baum")]),
    ("call", "en", "President Joseph Haddad met Chancellor Greta Baum after speaking by phone "
     "with Prime Minister Adel al-Saadi.", [(M, "Haddad", "Baum")]),
    ("call", "ar", "أجرى رئيس الوزراء عادل الساعدي اتصالا هاتفيا مع الملك عبدالله الثاني.",
     []),
    ("call", "ar", "بحث رئيس الوزراء عادل الساعدي هاتفياً مع وزير الخارجية الأردني طارق حمدان "
     "تطورات المنطقة.", []),
    ("call", "ar", "عقد الرئيس جوزيف حداد اجتماعا عبر الفيديو مع المستشارة غريتا باوم.", []),
    ("call", "ar", "وجّه الرئيس جوزيف حداد دعوة إلى المستشارة غريتا باوم لزيارة بيروت.", []),
    ("call", "ar", "تلقى وزير الخارجية فالح الزيدي رسالة من وزيرة الخارجية آنا كوالتشيك.",
     []),
    ("call", "ar", "من المقرر أن يلتقي الرئيس جوزيف حداد المستشارة غريتا باوم الأسبوع "
     "المقبل.", []),
    ("call", "ar", "أُرجئ اللقاء بين الرئيس جوزيف حداد والمستشارة غريتا باوم إلى موعد لاحق.",
     []),
    ("call", "ar", "نفت الوزارة أن يكون الوزير فالح الزيدي قد التقى وزيرة الخارجية آنا "
     "كوالتشيك.", []),
    ("call", "ar", "سيلتقي الرئيس جوزيف حداد المستشارة غريتا باوم يوم الجمعة.", []),
    ("call", "ar", "التقى الرئيس جوزيف حداد المستشارة غريتا باوم في برلين يوم الاثنين.",
     [(M, "حداد", "باوم")]),
    # ---- 5. killings with no agent / only an accusation ------------------------------------
    ("kill", "en", "Hamas blamed Israel for the killing of commander Samir Awad in Gaza.", []),
    ("kill", "en", "Iran accused Israel of assassinating nuclear scientist Reza Tavakoli near "
     "Tehran.", []),
    ("kill", "en", "Commander Samir Awad was killed in a drone strike on Tuesday; no group "
     "claimed responsibility.", []),
    ("kill", "en", "Colonel Omar Saleh was shot dead by unknown gunmen in Basra.", []),
    ("kill", "en", "It was not clear who killed Colonel Omar Saleh; some residents blamed "
     "the Islamic State.", []),
    ("kill", "en", "Israeli forces killed commander Samir Awad in Gaza, the army said.",
     [(K, "Awad", "israel")]),
    ("kill", "ar", "حمّلت حماس إسرائيل مسؤولية اغتيال القيادي سمير عوض في غزة.", []),
    ("kill", "ar", "اتهمت إيران إسرائيل باغتيال العالم النووي رضا توكلي قرب طهران.", []),
    ("kill", "ar", "قُتل القيادي سمير عوض بغارة لطائرة مسيرة ولم تتبنَّ أي جهة الهجوم.", []),
    ("kill", "ar", "اغتيل العقيد عمر صالح على يد مسلحين مجهولين في البصرة.", []),
    ("kill", "ar", "اغتالت إسرائيل القيادي سمير عوض في غزة.", [(K, "عوض", "israel")]),
    # ---- more shapes (second pass, still before any dev error) ------------------------------
    ("office", "ar", "وبحث السوداني مع السفير الأمريكي في بغداد العلاقات الثنائية.", []),
    ("office", "ar", "استقبل عراقجي سفير المملكة العربية السعودية لدى طهران.", []),
    ("office", "ar", "التقى عراقجي سفير السعودية عبد الله العنزي في طهران.",
     [(M, "عراقجي", "العنزي")]),
    ("office", "en", "Araghchi received the Saudi ambassador to Tehran on Sunday.", []),
    ("office", "en", "Sudani met the commander of the Popular Mobilization Forces in Baghdad.",
     []),
    ("office", "en", "Sudani met the spokesman of the Coordination Framework on Monday.", []),
    ("office", "en", "Sudani met the director of the Central Intelligence Agency on Monday.", []),
    ("backref", "en", "Iranian Foreign Minister Abbas Araghchi arrived in Muscat on Sunday. The "
     "foreign minister met Omani Foreign Minister Badr Albusaidi.",
     [(M, "Araghchi", "Albusaidi")]),
    ("backref", "en", "The foreign minister met Omani Foreign Minister Badr Albusaidi in "
     "Muscat.", []),
    ("backref", "en", "The prime minister received Iraqi Prime Minister Mohammed Shia al-Sudani "
     "in Ankara.", []),
    ("backref", "ar", "والتقى وزير الخارجية نظيره العماني بدر البوسعيدي في مسقط.", []),
    ("backref", "ar", "استقبل رئيس الوزراء رئيس الوزراء العراقي محمد شياع السوداني في أنقرة.",
     []),
    ("call", "en", "Sudani received a phone call from Iranian President Masoud Pezeshkian on "
     "Monday.", []),
    ("call", "en", "Sudani phoned Iranian President Masoud Pezeshkian to discuss the border.",
     []),
    ("call", "en", "Araghchi and Albusaidi discussed the talks by telephone.", []),
    ("call", "en", "Araghchi is due to meet Albusaidi in Muscat on Sunday.", []),
    ("call", "en", "Araghchi will travel to Muscat to meet Albusaidi.", []),
    ("call", "en", "Araghchi refused to meet Albusaidi during the visit.", []),
    ("call", "en", "Araghchi did not meet Albusaidi, the ministry said.", []),
    ("call", "en", "Sudani wrote to Iranian President Masoud Pezeshkian about the water "
     "crisis.", []),
    ("call", "en", "Sudani and Pezeshkian held a videoconference on Monday.", []),
    ("call", "ar", "تلقى السوداني اتصالا هاتفيا من الرئيس الإيراني مسعود بزشكيان.", []),
    ("call", "ar", "اتصل السوداني هاتفيا بالرئيس الإيراني مسعود بزشكيان.", []),
    ("call", "ar", "بعث السوداني برسالة إلى الرئيس الإيراني مسعود بزشكيان.", []),
    ("call", "ar", "ألغى عراقجي لقاءه مع البوسعيدي في مسقط.", []),
    ("call", "ar", "رفض عراقجي لقاء البوسعيدي خلال الزيارة.", []),
    ("call", "ar", "ومن المنتظر أن يلتقي عراقجي البوسعيدي في مسقط.", []),
    ("call", "ar", "نفى مكتب السوداني أن يكون قد التقى بزشكيان.", []),
    ("call", "ar", "التقى عراقجي البوسعيدي في مسقط بعد اتصال هاتفي مع السوداني.",
     [(M, "عراقجي", "البوسعيدي")]),
    ("call", "en", "President Joseph Haddad spoke by phone with Chancellor Greta Baum after "
     "meeting Prime Minister Adel al-Saadi in Beirut.", [(M, "Haddad", "Saadi")]),
    ("call", "en", "President Joseph Haddad and Chancellor Greta Baum spoke by phone after the "
     "summit was postponed.", []),
    ("call", "ar", "أجرى الرئيس جوزيف حداد اتصالا هاتفيا مع المستشارة غريتا باوم بعد لقائه "
     "رئيس الوزراء عادل الساعدي.", [(M, "حداد", "الساعدي")]),
    ("succ", "en", "Qaani, who is widely seen as Soleimani's likely successor, met Sudani.",
     [(M, "Qaani", "Sudani")]),
    ("succ", "en", "Brigadier Karim Nasser is the likely successor to Colonel Omar Saleh.", []),
    ("succ", "ar", "ويُنظر إلى قاآني على أنه الخليفة المحتمل لسليماني.", []),
    ("succ", "en", "Khamenei named Qaani as Soleimani's successor hours after the strike.",
     [(S, "Qaani", "Soleimani")]),
    ("kill", "en", "Hezbollah accused Israel of killing its commander Fouad Haidar.", []),
    ("kill", "en", "Iraqi officials blamed Islamic State for the assassination of "
     "tribal leader Khalaf al-Jubouri.", []),
    ("kill", "en", "Fouad Haidar was assassinated in Beirut; Hezbollah blamed Israel.", []),
    ("kill", "en", "Tribal leader Khalaf al-Jubouri was found dead in Mosul.", []),
    ("kill", "en", "Unidentified gunmen killed tribal leader Khalaf al-Jubouri in Mosul.", []),
    ("kill", "ar", "اتهم حزب الله إسرائيل بقتل القيادي فؤاد حيدر.", []),
    ("kill", "ar", "قُتل القيادي فؤاد حيدر في غارة على بيروت، وحمّل حزب الله إسرائيل "
     "المسؤولية.", []),
    ("kill", "ar", "عُثر على جثة الشيخ خلف الجبوري في الموصل.", []),
    ("kill", "ar", "قتل مسلحون مجهولون الشيخ خلف الجبوري في الموصل.", []),
    ("succ", "en", "Pezeshkian's successor will be chosen in an election next year.", []),
    ("succ", "en", "Who will succeed Sudani remains unclear; Nouri al-Maliki denied he was a "
     "candidate.", []),
    ("succ", "ar", "لم يحسم الإطار التنسيقي اسم خليفة السوداني، ويتداول اسم نوري المالكي.", []),
    ("succ", "ar", "من أبرز المرشحين لخلافة السوداني نوري المالكي.", []),
]


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def _key_of(doc: dict, text: str, eid: str) -> str:
    for e in doc["entities"]:
        if e["id"] == eid:
            surf = " ".join(text[a:b] for a, b in e.get("mentions") or [])
            return eid + " " + surf + " " + str(e.get("name", ""))
    return eid


def _match(got: tuple[str, str, str], want: tuple[str, str, str]) -> bool:
    rel, s, t = got
    wr, ws, wt = want
    if rel != wr:
        return False
    ok = (ws in s or _slug(ws) in s) and (wt in t or _slug(wt) in t)
    if rel == M and not ok:
        ok = (ws in t or _slug(ws) in t) and (wt in s or _slug(wt) in s)
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print each missed / false relation")
    ap.add_argument("--only", default="", help="only this cause")
    args = ap.parse_args()
    ex = RuleExtractor()
    st: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp, pos, fp, cases
    for cause, lang, text, want in CASES:
        if args.only and args.only != cause:
            continue
        doc = ex.extract(text, lang=lang)
        got = [(r["type"], _key_of(doc, text, r["source"]), _key_of(doc, text, r["target"]))
               for r in doc["relations"] if r["type"] in CORE]
        row = st[cause]
        row[3] += 1
        for w in want:
            row[1] += 1
            if any(_match(g, w) for g in got):
                row[0] += 1
            elif args.misses:
                print(f"  MISS [{cause}/{lang}] {w}  {text}")
        for g in got:
            if not any(_match(g, w) for w in want):
                row[2] += 1
                if args.misses:
                    print(f"  FP   [{cause}/{lang}] {g[0]} {g[1].split()[0]} -> "
                          f"{g[2].split()[0]}  {text}")
    tot = [0, 0, 0, 0]
    for cause, row in st.items():
        tot = [a + b for a, b in zip(tot, row, strict=True)]
        print(f"{cause:8} cases {row[3]:3}  recall {row[0]}/{row[1]}  false positives {row[2]}")
    print(f"{'all':8} cases {tot[3]:3}  recall {tot[0]}/{tot[1]}  false positives {tot[2]}")


if __name__ == "__main__":
    main()
