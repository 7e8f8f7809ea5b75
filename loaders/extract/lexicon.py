"""Word lists the rules use (folded with :mod:`loaders.textnorm`: Arabic via ``fold_ar``,
English lower-cased).  Edit here to teach the extractor new cues."""

from __future__ import annotations

from pathlib import Path

import yaml

from loaders.textnorm import fold_ar


def ar_key(word: str) -> str:
    """The token key of the Arabic word *word* (folded, «اا» as one alif), as ``_ar`` gives it."""
    return fold_ar(word).replace("اا", "ا")


def _ar(*words: str) -> frozenset[str]:
    return frozenset(ar_key(w) for w in words)


def _en(*words: str) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def en_keys(*words: str) -> frozenset[str]:
    """*words* and their token keys: a key drops the period and the apostrophe ("didn't" ->
    "didnt", "U.S." -> "us"; session 50: sets written with them never met a key)."""
    return _en(*words) | frozenset(w.lower().replace(".", "").replace("'", "") for w in words)


# ---- person titles --------------------------------------------------------------------------
# role -> kind: 'lead' (heads something), 'member' (belongs to it), 'head_state', 'plain'
EN_TITLES: dict[str, str] = {
    "president": "head_state", "prime minister": "head_state", "premier": "head_state",
    "pm": "head_state", "king": "head_state", "emir": "head_state", "crown prince": "plain",
    "supreme leader": "head_state", "chancellor": "head_state",
    # "interim head of state X", "head of government X" (Tunisia's title; session 64)
    "head of state": "head_state", "head of government": "head_state",
    "commander": "lead", "leader": "lead", "head": "lead", "chief": "lead", "chairman": "lead",
    "secretary-general": "lead", "secretary general": "lead", "director": "lead",
    "boss": "lead", "founder": "lead", "spokesman": "member", "spokesperson": "member",
    "deputy": "member", "deputy commander": "member", "deputy head": "member",
    "deputy leader": "member", "deputy chief": "member", "member": "member",
    # "Deputy Chairman of the PLO Executive Committee Hussein al-Sheikh", "Deputy Director X":
    # the second word is part of the title, not a name (session 68)
    "deputy chairman": "member", "deputy chairwoman": "member", "deputy chair": "member",
    "deputy director": "member",
    "official": "member", "senior official": "member", "envoy": "plain",
    "minister": "plain", "foreign minister": "plain", "defense minister": "plain",
    "defence minister": "plain", "interior minister": "plain", "secretary of state": "plain",
    "defense secretary": "plain", "general": "plain", "gen": "plain", "brigadier general": "plain",
    "brig gen": "plain", "major general": "plain", "maj gen": "plain", "lieutenant general": "plain",
    "lt gen": "plain", "colonel": "plain", "col": "plain", "ayatollah": "plain",
    "grand ayatollah": "plain", "sheikh": "plain", "cleric": "plain", "mr": "plain",
    "mullah": "plain",  # "Mullah Yaqoob met ..." (a style before one name, as "Sheikh X")
    # South Asian religious styles (session 23), as "المولوي X" / "الملا X" in Arabic
    "mufti": "plain", "mawlawi": "plain", "maulvi": "plain", "moulvi": "plain", "mawlvi": "plain",
    "molvi": "plain", "mawlavi": "plain",
    "maulana": "plain", "mawlana": "plain",
    # Christian, Jewish and Quranic styles before a name (session 45: "Cardinal Pietro Parolin
    # met ..." was a person "Cardinal Pietro Parolin"); not "bishop" (Julie Bishop), not "imam"
    # (the Imam Ali Mosque, Imam Khomeini Airport)
    "cardinal": "plain", "archbishop": "plain", "pastor": "plain", "rabbi": "plain",
    "reverend": "plain",
    "mrs": "plain", "ms": "plain", "dr": "plain", "sayyed": "plain", "speaker": "lead",
    "ambassador": "plain", "mp": "plain", "lawmaker": "plain", "vice president": "member",
    "commander-in-chief": "lead", "militia leader": "lead", "strongman": "plain",
    "counterpart": "plain", "opposite number": "plain", "top commander": "lead",
    "adviser": "plain", "advisor": "plain", "national security adviser": "plain",
    "governor": "plain", "judge": "plain", "chief of staff": "lead", "army chief": "lead",
    "secretary": "plain", "undersecretary": "plain", "analyst": "plain", "chairwoman": "lead",
    "principal secretary": "plain",  # Kenya: "Interior Principal Secretary X" (session 65)
    "prince": "plain", "princess": "plain", "sheikha": "plain", "queen": "head_state",
    "speaker of parliament": "plain", "parliament speaker": "plain",
    "president-elect": "plain", "vice-president": "member", "senator": "plain",
    "press secretary": "member", "spokeswoman": "member", "deputy spokesman": "member",
    "deputy prime minister": "member", "deputy premier": "member",
    "deputy secretary-general": "member", "deputy secretary general": "member",
    "predecessor": "plain", "grand cleric": "plain",
    # descriptions that stand for a person named before ("the Iranian diplomat met ...")
    "diplomat": "plain", "top diplomat": "plain", "chief negotiator": "plain",
    "negotiator": "plain", "coordinator": "member", "high representative": "member",
    # ranks below general ("The army named the dead as Sergeant X and Staff Sergeant Y")
    "sergeant": "plain", "sgt": "plain", "staff sergeant": "plain", "staff sgt": "plain",
    "master sergeant": "plain", "first sergeant": "plain", "sergeant major": "plain",
    "corporal": "plain", "cpl": "plain", "lance corporal": "plain", "lieutenant": "plain",
    "lt": "plain", "first lieutenant": "plain", "second lieutenant": "plain",
    "lieutenant colonel": "plain", "lt col": "plain", "captain": "plain", "capt": "plain",
    "major": "plain", "maj": "plain", "admiral": "plain", "rear admiral": "plain",
    "vice admiral": "plain", "warrant officer": "plain", "adm": "plain", "rear adm": "plain",
    "vice adm": "plain",  # "CENTCOM chief Adm. X" (session 20)
    # the IDF's rank abbreviations (session 36): "Chief of the General Staff LTG X", "Head of
    # the Southern Command MG Y", "Commander of the 162nd Division BG Z"
    "ltg": "plain", "mg": "plain", "bg": "plain",
    # offices and ranks of the region's news (session 12): "Deputy Speaker X" is no speaker
    "deputy speaker": "member", "first deputy speaker": "member",
    "second deputy speaker": "member", "minister of state": "plain", "state minister": "plain",
    "mayor": "plain", "chief justice": "plain", "brigadier": "plain", "commodore": "plain",
    "air marshal": "plain", "field marshal": "plain",
    # the wires' short form of a foreign minister in headlines and text (session 30 ent30):
    # "FM Fidan", "FM Al-Zindani" (a title, not the first word of a name)
    "fm": "plain",
    # a US House member's title (session 30 ent30): "Senators A and B and Representative C"
    "representative": "plain",
    # its abbreviation ("led by Rep. Cory Mills") and a company head's ("Tesla CEO Elon Musk")
    # (session 54)
    "rep": "plain", "ceo": "plain", "chief executive": "plain",
    # a member of an armed group, as "the militant had met Y" stands for the one named
    # before ("Hamas militant X", "Hezbollah fighter Y"; session 57)
    "militant": "member", "fighter": "member", "operative": "member",
    # the wires' words for an intelligence chief or a broker of deals ("met Egypt's
    # spymaster X", "Iraqi powerbroker Y"; session 62)
    "spymaster": "plain", "spy master": "plain", "powerbroker": "plain",
    "power broker": "plain",
    # shared leaderships ("PUK co-leader Bafel Talabani", "Hamas co-founder X", "HDP co-chair
    # Y"; session 64): the hyphen is skipped when a title is read, so "co leader"
    # (a co-founder belongs to the body: "PKK co-founder X" is a member, as the dev gold reads)
    "co leader": "lead", "co founder": "member", "co chair": "lead", "co chairman": "lead",
    "co chairwoman": "lead", "co president": "lead",
}
# cabinet portfolios: "<portfolio> minister" is a title like "foreign minister", so that "the
# Iraqi oil minister" alone stands for the oil minister named before (session 10)
EN_PORTFOLIOS = ("oil", "finance", "health", "electricity", "planning", "trade", "transport",
                 "justice", "education", "water resources", "higher education", "labour", "labor",
                 "culture", "agriculture", "industry", "communications", "housing")
# two portfolios joined by "and": four-word titles ("the displacement and migration minister")
EN_JOINT_PORTFOLIOS = ("displacement and migration", "migration and displacement",
                       "youth and sports", "housing and reconstruction",
                       "construction and housing", "higher education and scientific research")
EN_TITLES.update({f"{p} minister": "plain" for p in EN_PORTFOLIOS + EN_JOINT_PORTFOLIOS
                  if len(p.split()) <= 3})
# an aide before a name ("Russian presidential aide Yuri Ushakov", "Kremlin aide X"; session 48)
EN_TITLES.update({t: "plain" for t in ("aide", "presidential aide", "senior aide", "top aide",
                                       "foreign policy aide")})
# an adviser of a kind before a name, in a list ("... and presidential adviser Bouthaina
# Shaaban", "diplomatic adviser Emmanuel Bonne"; session 66)
EN_TITLES.update({f"{k} {a}": "plain" for k in ("presidential", "senior", "political",
                                                "diplomatic", "media", "military")
                  for a in ("adviser", "advisor")})
# the Gulf agencies' long form of a minister ("HE Minister of Foreign Affairs of the Arab
# Republic of Egypt Dr. X", "Minister of Defense of Egypt X"; session 58): a title like
# "foreign minister", so that the country after it qualifies it and the name follows it
EN_TITLES.update({f"minister of {p}": "plain" for p in (
    "foreign affairs", "defense", "defence", "interior", "the interior")})
EN_TITLE_FIRST = {t.split()[0] for t in EN_TITLES}
# titles read only as a description ("the sultan", "the new sultan", "HM the Sultan"): before a
# name the word is a given name as often ("Sultan al-Barakani", "Sultan Al Jaber"), and the
# rulers' names carry it in the gazetteer ("Sultan Qaboos"), so it is no title there (session 66;
# ``title_phrase._title_at``)
EN_DESCRIPTION_TITLES: dict[str, str] = {"sultan": "head_state"}
# every word of a title, a lower-case one in a title run too ("Intelligence chief, A")
EN_TITLE_WORDS = frozenset(w for t in EN_TITLES for w in t.split())

# occupations written before a name like a title (session 23)
_OCCUPATIONS_23 = ("الاقتصادي", "المحامي", "المحامية", "المحاضر", "المحاضرة",
                   "المحاضرة الجامعية", "المحاضر الجامعي", "الأكاديمي", "الأكاديمية",
                   "الباحثة", "الخبيرة", "المحللة", "الناشطة", "الكاتبة", "الدكتورة", "الطبيب",
                   "الطبيبة")
AR_TITLES: dict[str, str] = {fold_ar(k).replace("اا", "ا"): v for k, v in {
    "الرئيس": "head_state", "رئيس": "lead", "رئيس الوزراء": "head_state",
    "رئيس الحكومة": "head_state", "رئيس الجمهورية": "head_state", "الملك": "head_state",
    "ملك": "head_state", "الأمير": "head_state", "أمير": "head_state", "ولي العهد": "plain",
    # the monarch ("العاهل الأردني الملك X", "X عاهل الأردن، وY"; session 69)
    "العاهل": "head_state", "عاهل": "head_state",
    "المرشد": "head_state", "المرشد الأعلى": "head_state",
    "قائد": "lead", "القائد": "lead", "زعيم": "lead", "الزعيم": "lead",
    "الأمين العام": "lead", "أمين عام": "lead", "مدير": "lead", "المدير": "lead",
    "آمر": "lead", "نائب رئيس": "member", "نائب قائد": "member", "نائب": "member",
    "النائب": "plain", "عضو": "member", "القيادي": "member", "قيادي": "member",
    "المتحدث باسم": "member", "المتحدث": "member", "الناطق باسم": "member",
    "مسؤول": "member", "المسؤول": "member",
    # the acting head of a body ("القائم بأعمال وزارة الخارجية X"), a chargé d'affaires
    "القائم بأعمال": "lead", "القائم بالأعمال": "plain",
    "الجنرال": "plain", "جنرال": "plain", "العميد": "plain", "عميد": "plain",
    "اللواء": "plain", "الفريق": "plain", "الفريق أول": "plain", "العقيد": "plain",
    "وزير": "plain", "وزير الخارجية": "plain", "وزير الدفاع": "plain",
    "وزير الداخلية": "plain", "الوزير": "plain", "السفير": "plain", "المبعوث": "plain",
    "الشيخ": "plain", "السيد": "plain", "آية الله": "plain", "الحاج": "plain",
    # the official press's "brother" before a name or title (Yemeni and Palestinian agencies:
    # "فخامة الأخ المشير الركن X", "استشهاد رئيس الحكومة الأخ X", "استقبل الأخ أبو مازن";
    # session 67): an honorific like السيد
    "الأخ": "plain", "الأخ الرئيس": "head_state",
    # the Druze spiritual leaders ("شيخ العقل يوسف جربوع": a title, no "شيخ" told before;
    # session 53)
    "شيخ العقل": "plain", "شيخا العقل": "plain",
    "الدكتور": "plain", "رجل الدين": "plain", "الزعيم الجديد": "lead",
    # Afghan and South Asian honorifics (session 20): "الملا X"، "المولوي X"، "خواجة X"
    "الملا": "plain", "ملا": "plain", "المولوي": "plain", "مولوي": "plain",
    "المولانا": "plain", "مولانا": "plain",
    "نظير": "plain", "نظيره": "plain", "نظيرها": "plain", "نظيرهم": "plain",
    # a title with the portfolio of the one named before ("X ووزير خارجيته Y"، "ورئيس وزرائه
    # Y"; session 23): the title, not a name word "خارجيته"
    "وزير خارجيته": "plain", "وزير خارجيتها": "plain", "وزيرة خارجيته": "plain",
    "وزيرة خارجيتها": "plain", "وزير دفاعه": "plain", "وزير دفاعها": "plain",
    "وزير داخليته": "plain", "وزير داخليتها": "plain", "رئيس وزرائه": "plain",
    "رئيس وزرائها": "plain", "رئيسة وزرائه": "plain", "رئيس أركانه": "plain",
    "رئيس أركانها": "plain",
    # the dual, plural and feminine counterparts (session 23): they end the name before them
    # ("استقبل الجنرال X Y نظيريه المالي Z"، "نظراءه A (مالي) وB") as نظيره does
    "نظيريه": "plain", "نظيراه": "plain", "نظيريها": "plain", "نظيرته": "plain",
    "نظيرتها": "plain", "نظراءه": "plain", "نظرائه": "plain", "نظراؤه": "plain",
    "قائدا": "lead", "قائداً": "lead", "زعيما": "lead", "رئيسا": "lead", "نائبا": "member",
    "مسؤولا": "member", "عضوا": "member", "أمينا عاما": "lead",
    # US senators (session 17b): "السيناتورين الجمهوري X والديموقراطية Y"
    "السيناتور": "plain", "سيناتور": "plain", "السيناتورة": "plain", "السيناتورين": "plain",
    "السيناتوران": "plain",
    "مستشار": "plain", "المستشار": "plain", "مستشار الأمن الوطني": "plain", "محافظ": "plain",
    "مستشار الأمن القومي": "plain",
    # a commissioner ("مفوض المنطقة X", a Somali district's head; "المفوض السامي"; session 50)
    "مفوض": "plain", "المفوض": "plain", "مفوضة": "plain", "المفوضة": "plain",
    # more heads of a construct the name follows ("والي غرب دارفور X", "مندوب المنظمة X",
    # "عمدة المدينة X", "مراسل القناة X"): an unknown head cut a three-word name to two
    # (session 50; not ممثل: "الممثل الخاص للأمين العام X" then read the Secretary-General)
    "والي": "plain", "عمدة": "plain", "مندوب": "plain", "المندوب": "plain", "مندوبة": "plain",
    "مراسل": "plain", "مراسلة": "plain",
    "حاكم": "lead",  # "حاكم دبي الشيخ X", "حاكم مصرف لبنان X": the ruler / governor (session 12)
    "المحافظ": "plain", "القاضي": "plain", "رئيس البرلمان": "lead",
    "رئيس مجلس النواب": "lead", "نائب الرئيس": "member", "رئيس أركان": "lead",
    "رئيس الأركان": "lead", "قائد عمليات": "lead", "وكيل وزارة": "member", "سفير": "plain",
    "الناطق": "member", "الناطق العسكري": "member", "المتحدث العسكري": "member",
    "أمين": "lead", "رئيس المكتب السياسي": "lead", "سلفه": "plain", "سلفها": "plain",
    "المرجع": "plain", "المرجع الأعلى": "plain",
    "المرجع الديني": "plain",
    # feminine forms (a title also ends the name before it: "X نائبة الرئيس")
    "نائبة": "member", "نائبة الرئيس": "member", "نائبة رئيس": "member", "رئيسة": "lead",
    "الرئيسة": "head_state", "وزيرة": "plain", "الوزيرة": "plain", "وزيرة الخارجية": "plain",
    "السفيرة": "plain", "سفيرة": "plain", "المتحدثة باسم": "member", "المتحدثة": "member",
    "الناطقة باسم": "member", "مستشارة": "plain", "المبعوثة": "plain",
    # his / her deputy or assistant, a woman (session 42: "ترافقه نائبته X", as مساعده)
    "نائبته": "plain", "نائبتها": "plain", "مساعدته": "plain", "مساعدتها": "plain",
    # "الموفد / الموفدة" is the Levant's word for an envoy (session 29: "التقى الموفد الأميركي
    # قائد الجيش" after "الموفد الأميركي آموس هوكستين")
    "الموفد": "plain", "الموفدة": "plain",
    # descriptions that stand for a person named before ("والتقى الدبلوماسي الإيراني ...")
    "الدبلوماسي": "plain", "دبلوماسي": "plain", "كبير المفاوضين": "plain",
    # the chief negotiator of a body named in the construct ("كبير مفاوضي الحوثيين X", "كبير
    # مفاوضي حماس X"; session 67): X, a member of it, not the body met
    "كبير مفاوضي": "member", "كبيرة مفاوضي": "member",
    "الضيف": "plain",  # "كما التقى الضيف الفلسطيني Y": the visitor named before (session 23)
    "المفاوض": "plain", "رئيس الدبلوماسية": "plain", "منسق": "member", "المنسق": "member",
    "منسقة": "member", "الممثل الأعلى": "member",
    "نائب الأمين العام": "member", "نائب القائد": "member", "أحد قادة": "member",
    # the commander's assistant, as his deputy ("عضو مجلس السيادة مساعد القائد العام X": a
    # second title of X, not the given name Musaed; session 68)
    "مساعد القائد": "member", "مساعد قائد": "member", "معاون القائد": "member",
    "معاون قائد": "member",
    "أحد قياديي": "member", "أحد أعضاء": "member", "أحد مسؤولي": "member",
    "أحد أبرز قادة": "member", "الفريق الركن": "plain", "اللواء الركن": "plain",
    "العميد الركن": "plain", "الفريق أول ركن": "plain", "العقيد الركن": "plain",
    # "ركن" (staff) written without the article after the rank ("العميد ركن X")
    "العميد ركن": "plain", "اللواء ركن": "plain", "الفريق ركن": "plain", "العقيد ركن": "plain",
    # session 53: the full general's rank with the article ("الفريق أول الركن X", Iraqi style)
    "الفريق أول الركن": "plain", "المشير الركن": "plain", "المقدم الركن": "plain",
    # occupations that introduce a name like a title ("الباحث هشام ...")
    "الباحث": "plain", "الخبير": "plain", "المحلل": "plain", "الصحفي": "plain",
    "الناشط": "plain", "الكاتب": "plain", "رجل الأعمال": "plain",
    # more occupations and their feminine forms (session 23: "عُيّن الاقتصادي X حاكماً للبنك
    # المركزي"، "اختار المحاضرة الجامعية X رئيسةً للوزراء"، "عيّن المحامي X وزيراً أول")
    # (only before a name: AR_NAME_ONLY_TITLES; "اقتصادي"، "محاضرة" alone are an adjective and
    # a lecture)
    **{w: "plain" for w in _OCCUPATIONS_23},
    # more ranks and posts ("العماد" is a full general in Syria and Lebanon)
    "العماد": "plain", "الأدميرال": "plain", "الأميرال": "plain", "المشير": "plain",
    "الملازم": "plain", "الملازم أول": "plain", "القنصل": "plain", "قنصل": "plain",
    "القنصلة": "plain",  # (not الرائد / النقيب: رائد and نقيب are given names too)
    # Western ranks as Arabic writes them, and the courtesy "السيدة" before a name
    # (session 20: "اللفتنانت كولونيل X"، "السيدة X")
    "الكولونيل": "plain", "كولونيل": "plain", "اللفتنانت كولونيل": "plain",
    "اللفتنانت": "plain", "الكابتن": "plain", "الميجور": "plain", "الميجر": "plain",
    "السيدة": "plain",
    # the Kurdish courtesy "كاك" (brother, Mr) before a given name, as the Kurdistan press
    # writes it ("هنأ السفير كاك مسرور": Masrour Barzani; session 68, retrain68b; not "كاكه",
    # a family name: "آمانج كاكه")
    "كاك": "plain",
    "السلطان": "head_state",
    # duals and plurals before a list of names ("القياديين في الحركة X وY", "الصحافيان X وY")
    "القياديين": "member", "القياديان": "member", "القائدين": "lead", "القائدان": "lead",
    "الصحافيين": "plain", "الصحافيان": "plain", "الصحفيين": "plain", "الصحفيان": "plain",
    "الناشطين": "plain", "الناشطان": "plain", "الضابطين": "plain", "الضابطان": "plain",
    # envoys two by two (session 23: "المبعوثان الخاصان التركي X والأرميني Y")
    "المبعوثان": "plain", "المبعوثين": "plain", "المبعوثان الخاصان": "plain",
    "المبعوثين الخاصين": "plain",
    # consuls two by two (session 52: "القنصلين العامين الأميركي X والفرنسي Y")
    "القنصلين": "plain", "القنصلان": "plain", "القنصلين العامين": "plain",
    "القنصلان العامان": "plain",
    # a relative or aide of the person named before ("وقُتل معه مرافقه X", "نجله X")
    "مرافقه": "plain", "مرافقها": "plain", "نجله": "plain", "نجلها": "plain",
    "شقيقه": "plain", "شقيقها": "plain", "مساعده": "plain", "مساعدها": "plain",
    "صهره": "plain", "حارسه": "plain",
}.items()}
# more generic posts before a name (session 37, names: "ممثل حكومة الإقليم في طهران X"،
# "سكرتير مجلس الوزراء X"، "مقرر المجلس X"، "قائممقام سنجار X"، "مبعوث الرئيس X")
for _t in ("سكرتير", "السكرتير", "مقرر", "المقرر", "قائممقام",
           "قائمقام", "القائممقام", "مبعوث", "مبعوثة"):
    AR_TITLES.setdefault(fold_ar(_t), "plain")
# dual and plural titles: they introduce a list of names, never a description of one person
AR_PLURAL_TITLES = frozenset(fold_ar(w) for w in (
    "القياديين", "القياديان", "القائدين", "القائدان", "الصحافيين", "الصحافيان", "الصحفيين",
    "الصحفيان", "الناشطين", "الناشطان", "الضابطين", "الضابطان", "السيناتورين",
    "السيناتوران", "المبعوثان", "المبعوثين", "المبعوثان الخاصان", "المبعوثين الخاصين",
    "القنصلين", "القنصلان", "القنصلين العامين", "القنصلان العامان"))
# titles that name a person only with a name after them (never a description on their own)
AR_NAME_ONLY_TITLES = AR_PLURAL_TITLES | frozenset(fold_ar(w) for w in (
    "مرافقه", "مرافقها", "نجله", "نجلها", "شقيقه", "شقيقها", "مساعده", "مساعدها", "صهره",
    "حارسه", *_OCCUPATIONS_23,
    # "ومن المقرر أن يتوجه ...": it is scheduled, no rapporteur named before (session 53)
    "مقرر", "المقرر"))
# feminine forms of titles ("المسؤولة في وزارة الخارجية X", "النائبة X"): the role of the
# masculine form
# (not the bare forms nor those that are common adjectives: "الجهة المسؤولة" needs the
# article, "مقابلة صحفية", "المناصب القيادية" are no titles)
for _m in ("المسؤول", "النائب", "المستشار", "المنسق"):
    AR_TITLES.setdefault(fold_ar(_m + "ة"), AR_TITLES[fold_ar(_m)])
# a woman named after her title (session 29, names: "بينهم القيادية بسي هوزات"، "بحضور سعادة
# الشيخة علياء ..."): "القيادية" only with its own article and not after a definite noun it
# qualifies ("المناصب القيادية": leading; ``title_phrase._title_at`` checks)
AR_FEMININE_TITLE_ADJ = fold_ar("القيادية")
for _m in ("القيادي", "الشيخ"):
    AR_TITLES.setdefault(fold_ar(_m + "ة"), AR_TITLES[fold_ar(_m)])
# session 48: the feminine of a head's title ("المديرة الإقليمية لليونيسف X"، "القائدة العامة
# لوحدات حماية المرأة X") and clerics' titles ("المطران إلياس عودة"، "الكاردينال X"، "الحاخام
# X"; not "الممثل": "الممثل الخاص للأمين العام X" is read by ``titles``)
for _m in ("المدير", "مدير", "القائد", "قائد"):
    AR_TITLES.setdefault(fold_ar(_m + "ة"), AR_TITLES[fold_ar(_m)])
for _t in ("الأمينة العامة", "أمينة عامة"):
    AR_TITLES.setdefault(fold_ar(_t), "lead")
# the head of a body named before, by a possessive ("أعلنت الحركة مقتل رئيسها X"، "زعيمه X"،
# "أمينها العام X"; "رئيسه" is already the key of "رئيسة")
for _t in ("رئيسها", "زعيمه", "زعيمها", "قائدها", "مديرها", "آمره", "آمرها", "أمينه العام",
           "أمينها العام"):
    AR_TITLES.setdefault(fold_ar(_t), "lead")
for _t in ("المطران", "البطريرك", "الكاردينال", "الحاخام", "الأسقف", "رئيس الأساقفة", "القس"):
    AR_TITLES.setdefault(fold_ar(_t), "plain")
# a state's envoy to the UN after her or his name ("... آل ثاني المندوب الدائم لدولة قطر")
for _t in ("المندوب", "المندوبة", "المندوب الدائم", "المندوبة الدائمة"):
    AR_TITLES.setdefault(fold_ar(_t), "plain")
# the Maghreb's names of the two heads (session 64, desc64): Algeria's "first minister"
# heads the government («واستقبل الرئيس تبون الوزير الأول الجديد»: the one just appointed) and
# Tunisia's and Algeria's agencies call the president «رئيس الدولة» («واستقبل رئيس الدولة،
# إثر ذلك، رئيس الحكومة الجديد»)
for _t in ("الوزير الأول", "رئيس الدولة"):
    AR_TITLES.setdefault(fold_ar(_t), "head_state")
AR_TITLE_MAXLEN = max(len(t.split()) for t in AR_TITLES)
# ranks without their article that are usual given names: "العماد جوزاف عون" is a rank,
# but "وكيل وزارة النفط عماد الخير الله" is a man named Imad (as رائد and نقيب are)
_AR_RANKS_ALSO_GIVEN = frozenset({fold_ar("عماد"), fold_ar("مشير")})
AR_TITLE_FIRST = frozenset({t.split()[0] for t in AR_TITLES} |
                           {t.split()[0][2:] for t in AR_TITLES if t.startswith("ال")} -
                           _AR_RANKS_ALSO_GIVEN)
# title words whose first letter و is no conjunction ("ووزير" is "and minister", "وزير" is not)
AR_W_TITLE_WORDS = _ar("وزير", "وزيرة", "وكيل", "والي")

# descriptors that may sit between a title and a name, or qualify a description
EN_QUALIFIERS = _en("new", "former", "late", "slain", "top", "senior", "powerful", "influential",
                    "current", "then", "acting", "interim", "elite", "veteran", "prominent",
                    "military", "incoming", "outgoing", "powerful", "political", "spiritual",
                    "longtime", "veteran", "retired", "caretaker", "outgoing", "deposed",
                    "managing")  # "IMF managing director X" (session 57)
AR_QUALIFIERS = _ar("الجديد", "السابق", "الأسبق", "البارز", "النافذ", "الراحل", "الحالي",
                    "العسكري", "الكبير", "الأعلى", "المقتول", "القتيل", "الشهير", "القوي",
                    "المؤقت", "العام", "الأول", "الميداني", "الرفيع", "المخضرم", "الجديدة",
                    "السابقة", "الأمني", "السياسي", "الإقليمي", "المستقيل", "كبير", "بارز",
                    "رفيع", "سابق", "جديد", "أعلى", "عسكري", "أمني", "سياسي", "مقرب",
                    "رفيع المستوى", "كبيرا", "بارزا", "سابقا", "الأممي", "الأممية", "الدولي",
                    "الخاص", "الرئاسي", "آنذاك", "حينها", "حينذاك", "وقتها", "يومها")
# feminine forms after a feminine title ("المسؤولة الرفيعة", "السفيرة البارزة")
AR_QUALIFIERS = AR_QUALIFIERS | _ar("الرفيعة", "البارزة", "الحالية", "الأسبق", "الراحلة",
                                    "المخضرمة", "المستقيلة", "النافذة",
                                    # "ونظيره الإريتري الزائر X" (session 49)
                                    "الزائر", "الزائرة")
# an appointment not yet in force between a title and a name ("رئيس الوزراء المكلف X",
# "الوزير بالوكالة X", session 19)
AR_QUALIFIERS = AR_QUALIFIERS | _ar("المكلف", "المكلفة", "المعين", "المعينة", "بالوكالة",
                                    "بالإنابة")
# a religious figure's sect between his title and his name ("المرجع الشيعي علي السيستاني",
# "الزعيم الشيعي مقتدى الصدر", "رجل الدين السني X")
AR_QUALIFIERS = AR_QUALIFIERS | _ar("الشيعي", "السني", "الشيعية", "السنية", "الديني")
# a US party between a title and a name ("السيناتور الجمهوري X", session 17b)
AR_QUALIFIERS = AR_QUALIFIERS | _ar("الجمهوري", "الجمهورية", "الديموقراطي", "الديموقراطية",
                                    "الديمقراطي", "الديمقراطية")
# a removal between a title and a name ("الرئيس المخلوع بشار الأسد", "the ousted president")
AR_REMOVED_QUALIFIERS = _ar("المخلوع", "المعزول", "المقال", "المخلوعة", "المعزولة", "المقالة")
AR_QUALIFIERS = AR_QUALIFIERS | AR_REMOVED_QUALIFIERS
# "personal" after an office ("المبعوث الشخصي X", "مسؤول أمنه الشخصي X", "مرافقه الشخصي X";
# session 38b): a qualifier, never a family name ("أمنه" is also the given name Amna)
AR_QUALIFIERS = AR_QUALIFIERS | _ar("الشخصي", "الشخصية")
# a person after the verbal noun of an arrival or visit is its genitive ("قبل أيام من وصول
# X، والتقى Y"): not the subject a later و-verb carries on
AR_EVENT_OF = _ar("وصول", "قدوم", "زيارة", "مغادرة", "عودة")
NEW_WORDS = _en("new", "current", "incoming", "designated", "designate") | _ar("الجديد", "الحالي", "الجديدة")
OLD_WORDS = _en("former", "late", "slain", "then", "outgoing", "killed", "assassinated",
                "ousted", "deposed", "toppled") | _ar(
    "السابق", "الأسبق", "الراحل", "المقتول", "القتيل", "المغتال", "السابقة") | \
    AR_REMOVED_QUALIFIERS

# nationality adjectives -> country id (both scripts; Arabic masc./fem. folded)
NATIONALITY: dict[str, str] = {}
for _ids, _words in {
    "country:united-states": ["american", "us", "u.s.", "usa", "أمريكي", "أميركي", "أمريكية",
                              "أميركية", "الأمريكي", "الأميركي", "الأمريكية", "الأميركية",
                              "امريكي", "اميركي", "الامريكي", "الاميركي", "washington's"],
    "country:iran": ["iranian", "إيراني", "إيرانية", "الإيراني", "الإيرانية", "tehran's"],
    "country:iraq": ["iraqi", "عراقي", "عراقية", "العراقي", "العراقية"],
    "country:israel": ["israeli", "إسرائيلي", "إسرائيلية", "الإسرائيلي", "الإسرائيلية",
                       # the adjective of Iranian and "resistance" media ("a Zionist airstrike",
                       # "غارة صهيونية"): the same state
                       "zionist", "صهيوني", "صهيونية", "الصهيوني", "الصهيونية"],
    "country:syria": ["syrian", "سوري", "سورية", "السوري", "السورية"],
    "country:lebanon": ["lebanese", "لبناني", "لبنانية", "اللبناني", "اللبنانية"],
    "country:saudi-arabia": ["saudi", "سعودي", "سعودية", "السعودي"],
    "country:turkey": ["turkish", "تركي", "تركية", "التركي", "التركية"],
    "country:russia": ["russian", "روسي", "روسية", "الروسي", "الروسية"],
    "country:united-kingdom": ["british", "بريطاني", "بريطانية", "البريطاني", "البريطانية"],
    "country:france": ["french", "فرنسي", "فرنسية", "الفرنسي", "الفرنسية"],
    "country:germany": ["german", "ألماني", "ألمانية", "الألماني", "الألمانية"],
    "country:china": ["chinese", "صيني", "صينية", "الصيني", "الصينية"],
    "country:yemen": ["yemeni", "يمني", "يمنية", "اليمني", "اليمنية"],
    "country:jordan": ["jordanian", "أردني", "الأردني", "الأردنية"],
    "country:egypt": ["egyptian", "مصري", "المصري", "المصرية"],
    "country:qatar": ["qatari", "قطري", "القطري", "القطرية"],
    "country:oman": ["omani", "عماني", "العماني", "العمانية"],
    "country:bahrain": ["bahraini", "بحريني", "البحريني", "البحرينية"],
    "country:kuwait": ["kuwaiti", "كويتي", "الكويتي", "الكويتية"],
    "country:united-arab-emirates": ["emirati", "إماراتي", "الإماراتي", "الإماراتية"],
    "country:palestine": ["palestinian", "فلسطيني", "الفلسطيني", "الفلسطينية"],
    "country:afghanistan": ["afghan", "أفغاني", "الأفغاني", "الأفغانية"],
    "country:pakistan": ["pakistani", "باكستاني", "الباكستاني", "الباكستانية"],
}.items():
    for _w in _words:
        NATIONALITY[fold_ar(_w).replace("اا", "ا").lower().replace(".", "")] = _ids
# the world's nationality words (bench/make_world_gazetteer.py: English demonyms, Arabic
# nisbas, masculine singular), below the table above: "Kenyan", "كيني" -> country:kenya
_WORLD_NAT = Path(__file__).with_name("nationality_world.yaml")
for _ids, _words in (yaml.load(_WORLD_NAT.read_text(encoding="utf-8"),
                               Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}).items():
    for _w in _words:
        _forms = [_w] if _w.isascii() else [_w, "ال" + _w, _w + "ة", "ال" + _w + "ة"]
        for _f in _forms:
            NATIONALITY.setdefault(fold_ar(_f).replace("اا", "ا").lower().replace(".", ""), _ids)
# feminine nisbas of states whose masculine nisba is a common family name (السوداني،
# الليبي، التونسي، الجزائري، المغربي، الهندي: left out above): "غارة جوية سودانية", "القوات
# الليبية" (session 54)
for _ids, _words in {
    "country:sudan": ["سودانية", "السودانية"], "country:libya": ["ليبية", "الليبية"],
    "country:tunisia": ["تونسية", "التونسية"], "country:algeria": ["جزائرية", "الجزائرية"],
    "country:morocco": ["مغربية", "المغربية"], "country:india": ["هندية", "الهندية"],
}.items():
    for _w in _words:
        NATIONALITY.setdefault(fold_ar(_w), _ids)
# Arabic duals and plurals of the adjectives ("غارتين إسرائيليتين", "مروحيات إسرائيلية" is the
# singular feminine already, "الأميركيون" = the Americans, "قوات أمريكيين")
for _k, _ids in list(NATIONALITY.items()):
    if not _k.isascii() and _k.endswith("ي"):
        for _suf in ("ان", "ين", "ون", "تان", "تين", "ات"):
            NATIONALITY.setdefault(_k + _suf, _ids)

# English nationality adjectives of countries outside the region (session 17), from one table
# "adjective country-slug" (the adjective alone when the slug is the adjective minus a suffix
# rule would not give it): "the Swedish diplomat" is no Iranian named last. Arabic nisbas of
# them are left out (السويدي، الهولندي are family names too).
_MORE_DEMONYMS = """
swedish sweden; norwegian norway; danish denmark; finnish finland; dutch netherlands;
belgian belgium; swiss switzerland; austrian austria; italian italy; spanish spain;
portuguese portugal; greek greece; polish poland; czech czech-republic; hungarian hungary;
romanian romania; bulgarian bulgaria; serbian serbia; croatian croatia; ukrainian ukraine;
belarusian belarus; canadian canada; australian australia; japanese japan; chinese china;
indian india; brazilian brazil; mexican mexico; irish ireland; korean south-korea;
indonesian indonesia; malaysian malaysia; algerian algeria; moroccan morocco;
tunisian tunisia; libyan libya; sudanese sudan; somali somalia; ethiopian ethiopia;
kenyan kenya; nigerian nigeria; venezuelan venezuela; argentine argentina;
argentinian argentina; azerbaijani azerbaijan; armenian armenia; georgian georgia;
kazakh kazakhstan; uzbek uzbekistan; cypriot cyprus; maltese malta; slovak slovakia;
slovenian slovenia; estonian estonia; latvian latvia; lithuanian lithuania;
icelandic iceland; mauritanian mauritania; djiboutian djibouti; eritrean eritrea;
chadian chad; malian mali; nigerien niger; senegalese senegal; south-african south-africa;
filipino philippines; thai thailand; vietnamese vietnam; bangladeshi bangladesh;
sri-lankan sri-lanka; tajik tajikistan; turkmen turkmenistan; kyrgyz kyrgyzstan;
new-zealand new-zealand; chilean chile; colombian colombia; peruvian peru; cuban cuba
"""
for _pair in _MORE_DEMONYMS.replace("\n", " ").split(";"):
    _adj, _slug = _pair.split()
    NATIONALITY.setdefault(_adj.replace("-", " "), "country:" + _slug)
# country id -> its English adjective ("country:somalia" -> "Somali"), the first English
# nationality word listed for it: names a body the Arabic text calls by its nisba
# ("وزارة الخارجية الصومالية" -> Somali Foreign Ministry) where the bodies' own tables lack it
DEMONYM_EN: dict[str, str] = {}
for _k, _ids in NATIONALITY.items():
    if _k.isascii() and _k.replace(" ", "").isalpha() and len(_k) > 3:
        DEMONYM_EN.setdefault(_ids, " ".join(w.capitalize() for w in _k.split()))

# ---- relation triggers ----------------------------------------------------------------------
# English: lemma-ish surface forms (lower case).
EN_MEET = _en("met", "meet", "meets", "meeting", "meetings", "talks", "hosted", "hosts", "host", "received",
              "receives", "conferred", "huddled", "sat", "discussed", "greeted", "welcomed",
              "welcomes",
              # the present of headlines and timelines (session 20)
              "confers", "huddles", "sits", "greets", "session", "dialogue",
              # "held discussions / consultations with Y", as "held talks with Y" (s69)
              "discussions", "consultations")
EN_MEET_NOUNS = _en("meeting", "talks", "meetings", "summit", "encounter", "session",
                    "dialogue")
# the modifiers of a meeting noun: "at the closed-door meeting", "during the trilateral talks"
# (``meeting_sides_en.were_present``, session 65)
# (a hyphenated one, "closed-door", is read by ``hyphen_modifiers_en``)
EN_MEETING_MODS = _en("private", "bilateral", "trilateral", "expanded", "brief", "restricted",
                      "tripartite", "lengthy")
# the words of a meeting held beside an event: "on the sidelines / margins / fringes of the
# summit", «على هامش القمة» (``meeting_host.beside_event`` for the rules,
# ``scorer_beside`` for the scorer; session 56)
EN_BESIDE = _en("sidelines", "sideline", "margins", "margin", "fringes", "fringe")
AR_BESIDE = _ar("هامش", "وهامش", "بهامش")
EN_SUCCEED = _en("succeeded", "succeeds", "succeed", "replaced", "replaces", "replace",
                 "replacing", "succeeding")
EN_SUCCESSOR = _en("successor", "replacement")
EN_PREDECESSOR = _en("predecessor")
EN_APPOINT = _en("appointed", "named", "chosen", "tapped", "selected", "installed", "promoted",
                 "reappointed", "elevated",
                 "took", "assumed", "became", "elected",
                 # "X was picked to head the group after Israel killed Y" (session 58)
                 "picked")
EN_KILL = _en("assassinated", "killed", "murdered", "eliminated", "slew", "assassinate", "kill",
              "neutralised", "neutralized",
              "killing", "assassination", "murder", "slaying", "targeted", "died", "slain",
              "gunned", "executed", "beheaded",  # ("militants beheaded X": session 54)
              # the present of headlines and timelines ("Israeli strike kills X", "2019 - US
              # forces kill X"; session 20)
              "kills", "assassinates", "murders", "dies",
              "perished",  # ("X perished in an Israeli strike": as "died", session 57)
              # "X succumbed to wounds sustained in an Israeli strike": as "died" (session 63)
              "succumbed")
EN_KILL_NOUNS = _en("assassination", "killing", "murder", "slaying", "death", "elimination")
# the base forms, read as an infinitive after "to" or a modal ("to kill Y", "would assassinate Y")
EN_KILL_BASE = _en("kill", "assassinate", "murder", "eliminate")
# words after a strike noun that open its place, not its nationality ("غارة شرقي سوريا", "غارة
# في لبنان": no Syrian or Lebanese strike)
AR_STRIKE_PLACE_PREPS = _ar("في", "على", "قرب", "داخل", "ضد", "من", "الى", "إلى", "شمال", "جنوب",
                            "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "بمدينة", "بلدة",
                            "مدينة")
EN_STRIKE = _en("strike", "airstrike", "air", "drone", "raid", "attack", "bombing", "missile",
                "operation", "ambush", "strikes", "airstrikes", "drones", "missiles", "forces",
                "troops", "jets", "warplanes", "aircraft", "raids", "attacks", "aggression",
                "assault", "bombardment", "shelling")
EN_VISIT = _en("visited", "visit", "visits", "visiting", "arrived", "arrives", "arrival", "trip",
               "travelled", "traveled", "landed", "toured", "tour", "flew")
EN_LEAD_VERBS = _en("leads", "led", "heads", "headed", "commands", "commanded", "runs", "ran",
                    "chairs", "chaired", "lead", "head", "command")
EN_SUPPORT = _en("backed", "supported", "sponsored", "funded", "armed", "aligned", "allied")
EN_WITHDRAW = _en("withdrew", "withdrawn", "withdraw", "withdrawal", "pulled", "quit", "exited")
EN_ATTACK = _en("attacked", "targeted", "struck", "shelled", "bombed", "hit", "stormed")
EN_NEG = _en("not", "never", "no", "n't", "didn't", "did't", "without", "neither", "nor",
             "denied", "denies", "deny", "refused", "refuses", "cancelled", "canceled",
             "postponed", "rejected", "dismissed", "false", "won't", "wasn't", "hasn't",
             "hadn't", "haven't", "isn't", "doesn't", "don't", "failed", "weren't", "aren't",
             "couldn't", "wouldn't", "can't", "cannot")
# a token's key drops the apostrophe ("didn't" -> "didnt"): the forms rules and the scorer
# meet (session 50: the scorer's negation never saw "didn't meet", and paired the two)
EN_NEG = EN_NEG | frozenset(w.replace("'", "") for w in EN_NEG if "'" in w)
# those keys alone: "didnt", "hasnt", "wont" ... (an auxiliary's negation, not "no" or "failed")
EN_NOT_CONTRACTED = frozenset(w.replace("'", "") for w in EN_NEG if w.endswith("n't") and
                              len(w) > 3)
EN_MODAL = _en("will", "would", "could", "may", "might", "plans", "planned", "plan", "expected",
               "scheduled", "set", "hopes", "hoped", "wants", "wanted", "intends", "shall",
               "should", "possible", "possibly", "allegedly", "rumored", "rumoured", "if",
               "upcoming", "proposed", "seeks", "yet")
EN_PRONOUN_SUBJ = _en("he", "she", "his", "her", "him")

# Arabic (folded; matched on clitic-stripped stems)
# adjectives of a meeting still to come or called off ("لقائهما المرتقب"، "الاجتماع المؤجل")
AR_PLANNED_ADJ = _ar("مرتقب", "مرتقبا", "مرتقبة", "المرتقب", "المرتقبة", "مزمع", "المزمع",
                     "المزمعة", "مقرر", "المقرر", "المقررة", "المنتظر", "المنتظرة", "منتظر",
                     "محتمل", "المحتمل", "المحتملة", "مقترح", "المقترح", "المقترحة", "مؤجل",
                     "المؤجل", "ملغى", "الملغى", "المقبل", "المقبلة", "قادم", "القادم")
AR_MEET = _ar("التقى", "التقي", "يلتقي", "تلتقي", "التقت", "اجتمع", "يجتمع", "اجتمعت", "تجتمع",
              "لقاء", "اللقاء", "اجتماع", "الاجتماع", "لقائه", "اجتماعه", "استقبل", "يستقبل",
              "استقبلت", "بحث", "يبحث", "بحثت", "ناقش", "يناقش", "ناقشت", "التقاه", "التقاهم",
              "التقيا", "اجتمعا", "التقوا", "اجتمعوا", "محادثات", "مباحثات", "لقائهم",
              "لقائها", "اجتماعا", "لقاءا", "لقاءات", "اجتماعات", "استقبله", "يلتقيان",
              "استقبلها", "التقاها",  # a woman visitor: "فاستقبلها Y", "والتقاها Y"
              "استقباله", "استقبالها", "استقبالهم", "مباحثاته", "محادثاته", "مباحثاتها",
              "محادثاتها", "لقاءه", "لقاءها",
              # "وتباحث X مع Y"، "تشاور X وY"، "استضاف X Y" (hosted)
              "تباحث", "يتباحث", "تباحثا", "تباحثت", "تشاور", "يتشاور", "تشاورا", "تشاورت",
              # "عقد / أجرى X مشاورات مع Y وZ" (consultations held, as محادثات; session 63)
              "مشاورات",
              "استضاف", "استضافت", "استضافه",
              # "بعد يوم من استضافته X", "استعاد لقاءاته بـX": the clitic is the host / meeter
              "استضافته", "استضافتها", "لقاءاته", "اجتماعاته", "لقاءاتها", "اجتماعاتها",
              # Maghreb wire style: "تحادث X مع Y" (held talks with), "تحادثا" (the two)
              "تحادث", "يتحادث", "تحادثا", "تحادثت", "تتحادث",
              # the imperfect with an object pronoun: "قبل أن يستقبله Y" (session 22)
              "يستقبله", "يستقبلها", "يلتقيه", "يلتقيها", "تستقبله", "تستقبلها",
              # the host's present (timeline and headline style): "X يستضيف في Y نظيريه A وB"
              # (not the feminine تستضيف: a city, a country or a base hosts more often than a woman)
              "يستضيف", "يستضيفان",
              # Lebanese press: "عقد X خلوة مع Y" (a private meeting; session 58)
              "خلوة")
# a meeting word as a manner adverbial, "سيعلن الحكومة بالتشاور مع Y" (in consultation with Y):
# no meeting (session 70)
AR_MEET_MANNER = _ar("بالتشاور", "وبالتشاور", "فبالتشاور")
AR_SUCCESSOR = _ar("خليفة", "خليفه", "خلف", "يخلف", "خلفا", "خلفاً", "خلفه", "خلفته")
# «خلفاً لـY», in place of Y ("تولى X المنصب خلفاً لـY")
AR_KHALAFAN = _ar("خلفا", "خلفاً")
AR_PREDECESSOR = _ar("سلف", "سلفه", "سلفها")
AR_TAKEOVER = _ar("تولى", "يتولى", "تسلم", "يتسلم", "استلم", "عين", "تعيين", "عينت", "تولي",
                  "توليه", "تعيينه", "خلفه")
# the feminine forms of the taking verbs: "وتولّت / تتولى X قيادة البعثة ... بعد استقالة Y" (a
# woman taking a post: UN envoys, ministers; session 68, blind68l)
AR_TAKEOVER_FEMININE = _ar("تولت", "وتولت", "تتولى", "وتتولى", "تسلمت", "وتسلمت", "استلمت",
                           "واستلمت", "تتسلم", "وتتسلم")
AR_KILL = _ar("اغتال", "اغتالت", "اغتالته", "اغتالتها", "اغتالوا", "يغتال", "تغتال", "اغتيال",
              "اغتيل", "قتل", "قتلت", "قتلته", "مقتل", "يقتل", "تقتل", "صفى", "صفت", "تصفية",
              "استهدف", "استهدفت", "اغتياله", "مقتله", "قتلوا", "قتله", "أعدم", "اعدام")
AR_DEATH_OF = _ar("حتفه", "مصرعه", "حتفهم", "مصرعهم", "حتفها", "مصرعها", "حتفهما", "مصرعهما")
# an execution by a stated side: "أعدم تنظيم الدولة الطيار X" (a state's is no assassination:
# execution_judicial)
AR_EXECUTED = _ar("أعدم", "أعدمت", "أعدمه", "أعدمته", "أعدموا", "أعدمها")
AR_KILL_STRONG = _ar("حتفه", "مصرعه", "حتفهم", "مصرعهم", "حتفهما", "مصرعهما", "اغتاله", "اغتالهما", "اغتال", "اغتالت", "اغتالته", "اغتالتها", "اغتالوا", "يغتال", "تغتال",
                     "اغتيال", "اغتيل", "اغتياله", "قتل", "قتلت", "قتلته", "مقتل", "مقتله",
                     "قتله", "قتلوا", "صفى", "صفت", "تصفية", "استشهد", "استشهدا",
                     "استشهدوا", "استشهاد", "قتلا", "اغتيلا", "اغتيلوا",
                     # a dual or plural object: "X وY اللذين اغتالتهما Z"
                     "اغتالتهما", "اغتالتهم", "اغتالهم", "قتلتهما", "قتلتهم", "قتلهما", "قتلهم"
                     ) | AR_EXECUTED
AR_STRIKE = _ar("غارة", "غارات", "ضربة", "ضربات", "هجوم", "هجمات", "قصف", "عملية", "طائرة", "صاروخ",
                "غاره", "ضربه", "بغارة", "بضربة", "غارتين", "غارتان", "ضربتين", "ضربتان",
                "طائرات", "صواريخ", "مسيرة", "مسيرات", "مسيّرة", "مروحية", "مروحيات", "مقاتلات",
                "طيران",
                # "استشهد X بعدوان صهيوني": an aggression is a strike (English "aggression")
                "عدوان", "بعدوان", "اعتداء",  # ("في الاعتداء الصهيوني": session 38)
                # a shell, as a missile: "قُتل X بقذيفة أطلقها Y" (session 22, second round)
                "قذيفة", "قذائف",
                # a bombing, as English "bombing": "قُتل X في التفجير الذي نفّذته Y" (session
                # 69, blind69f; not انفجار, an explosion: "قُتل X في انفجار، وأعلنت Y مسؤوليتها
                # عن الهجوم على قاعدة" names no killer)
                "تفجير", "تفجيرات")
AR_BY_HAND = _ar("يد", "أيدي")  # على يد / على أيدي (by the hand(s) of)
# a deed attributed to an agent, as "blamed on": "an airstrike attributed to Israel killed X",
# «غارة نُسبت / منسوبة إلى إسرائيل» (session 69: kill_filters, scorer_hedged)
EN_ATTRIBUTED = _en("attributed", "attributes", "attributing")
AR_ATTRIBUTED = _ar("نسبت", "تنسب", "ينسب", "منسوبة", "المنسوبة")
# a host receiving a guest ("استقبل K Y"), and the guest's visit as a noun ("في أول زيارة له")
AR_RECEIVE_VERBS = _ar("استقبل", "واستقبل", "يستقبل", "ويستقبل", "استضاف", "واستضاف")
AR_VISIT_NOUNS = _ar("زيارة", "الزيارة", "زيارته", "زيارتها")
AR_REL_PRONOUNS = _ar("الذي", "التي")  # who / which
# a building a meeting is held in, after «في» ("في مقر / قصر / مكتب X"; wire_meetings,
# appositive_names)
AR_PLACE_NOUNS = _ar("مقر", "مبنى", "قصر", "مكتب", "منزل", "دار", "مقار", "مقرات", "ديوان",
                     "سفارة", "قنصلية", "مطار", "المقر", "القصر", "المكتب", "مجمع")
# an office held as acting or interim, after the title or its predicate ("رئيساً بالوكالة",
# "رئيساً مؤقتاً"; succession_after_death, desc_acting_holder)
AR_ACTING_ADVERBS = _ar("بالوكالة", "بالإنابة", "بالانابة", "بالنيابة", "مؤقتا", "مؤقتاً")
# words that make no name of their own: the first half of a spaced compound ("عبد الله"),
# the links of a chain ("بن"), the kunya's "أبو" (folded keys)
# (ولد / أغ: the Mauritanian and Tuareg "son of", as بن: "محمد ولد الشيخ X"، "إياد أغ X")
COMMAS = frozenset({",", "،"})  # the Latin and the Arabic comma, as token texts (session 71;
# older modules keep private copies)
AR_NAME_JOINERS = frozenset({"ابو", "بن", "ابن", "عبد", "ام", "بنت", "ال", "ابي", "ولد", "اغ"})
# a verb of saying before a name and "إن / أن" ("قال سردار الكعبي إن ..."، "وأضاف شوان
# الداودي أن ..."): the speaker (arabic_name_cues, foreign_family_ar)
AR_SAID = _ar("قال", "وقال", "أضاف", "وأضاف", "أكد", "وأكد", "أوضح", "وأوضح", "صرح",
              "وصرح", "ذكر", "وذكر", "أشار", "وأشار", "كشف", "وكشف", "اعتبر", "واعتبر")
# the Mauritanian and Tuareg "son of" alone (also "was born": read only before a name word)
AR_SON_OF = frozenset({"ولد", "اغ"})
AR_ALSO = _ar("أيضا", "ايضا", "أيضاً", "كذلك")  # also / as well
# title words that are the second word of a given name after عبد ("عبد الأمير", "عبد الملك")
AR_ABD_TITLES = _ar("الأمير", "الملك", "السلطان")
# "his brother / son": kin words that name a relative of the person named before them
AR_KIN_HIS = _ar("شقيقه", "نجله", "ابنه", "أخوه", "أخيه", "نجلاه", "نجليه")
AR_VISIT = _ar("زار", "يزور", "زارت", "تزور", "زيارة", "الزيارة", "زيارته", "زيارتها", "وصل",
               "يصل", "وصلت", "وصوله", "وصولها", "وصول", "جولة", "زياره", "حط", "توجه",
               "زيارات", "قدم")
AR_LEAD_VERBS = _ar("يقود", "قاد", "تقود", "يترأس", "ترأس", "يرأس", "رأس", "يتزعم", "تزعم")
AR_LEADER_NOUNS = _ar("قائد", "زعيم", "رئيس", "قادة", "زعماء", "رؤساء", "آمر", "أمين", "مسؤولي",
                      "قيادات", "القائد", "الزعيم", "زعامة", "قيادة", "رئاسة", "ممثلي",
                      "ممثلين", "مسؤولين", "قياديين", "وفد")
EN_GROUP_HEADS = _en("leaders", "commanders", "heads", "officials", "representatives", "chiefs",
                     "members", "delegation", "envoys", "figures")
# the words of a parliament's chambers (session 23): an office's end before a name ("Speaker of
# the House of Representatives X"), never a name word
EN_CHAMBERS = _en("house", "representatives", "commons", "lords", "deputies", "assembly",
                  "senate", "parliament", "councillors")
AR_SUPPORT = _ar("مدعومة", "المدعومة", "مدعوم", "المدعوم", "تدعمها", "يدعمها", "الموالية",
                 "موالية", "موال", "الموالي", "الموالين", "مواليه", "التابعة")
AR_WITHDRAW = _ar("انسحب", "انسحبت", "انسحاب", "ينسحب", "تنسحب", "الانسحاب", "انسحابها",
                  "انسحابه")
AR_ATTACK = _ar("استهدف", "استهدفت", "هاجم", "هاجمت", "قصف", "قصفت", "ضرب", "ضربت",
                "يستهدف", "تستهدف")
AR_NEG = _ar("لم", "لن", "لا", "ما", "ليس", "غير", "دون", "نفى", "نفت", "ينفي", "تنفي",
             "نفي", "ألغى", "ألغت", "أرجأ", "أجل", "رفض", "رفضت", "يرفض", "بدون", "نافيا",
             "نافية", "كذب", "ينفى")
AR_MODAL = _ar("سوف", "المقرر", "المتوقع", "المرتقب", "المزمع", "يعتزم", "تعتزم", "يخطط",
               "المفترض", "يفترض", "المنتظر", "المأمول",
               "قد", "ربما", "يرجح", "المحتمل", "إذا", "لو", "ينوي", "تنوي", "المنتظر",
               "يأمل", "تأمل", "مقررا", "مقرراً", "متوقعا", "متوقعاً", "مرتقبا", "مزمعا",
               "مفترضا", "يرتقب", "يتوقع", "ينتظر",  # ("يُنتظر أن يلتقي X": expected)
               # "رجّحت مصادر أن يستقبل X Y": expected, not held (not توقع: also "she signs")
               "رجح", "رجحت", "ترجح", "المرجح", "مرجحا", "رجحوا", "توقعت", "تتوقع", "توقعوا")
AR_SUFFIX_PRON = ("ه", "ها", "هم", "هما")

# ---- organisations ------------------------------------------------------------------------
EN_ORG_HEADS = _en("force", "forces", "brigades", "brigade", "party", "ministry", "council",
                   "corps", "army", "movement", "front", "committee", "agency", "organization",
                   "organisation", "office", "department", "units", "unit", "group", "militia",
                   "hezbollah", "hizbollah", "kataib", "kata'ib", "asaib", "harakat",
                   "saraya", "alliance", "coalition", "guard", "guards", "bureau",
                   "parliament", "government", "administration", "mobilization",
                   "mobilisation", "battalion", "battalions", "league", "union", "company",
                   "bank", "command", "navy", "pentagon", "cia", "mossad", "taliban", "isis",
                   "hamas", "houthis", "nujaba", "badr",
                   # transliterated Arabic heads of armed groups (session 20): "Jama'at Nusrat
                   # al-Islam", "Katiba Macina", "Jaish al-Adl", "Liwa Fatemiyoun"
                   "jaish", "jabhat", "katiba", "katibat", "liwa", "jamaat", "jama'at",
                   "tanzim", "hay'at", "shabaab", "shabab")
EN_OUTLET_HEADS = _en("news", "times", "post", "tv", "press", "herald", "journal", "gazette",
                      "telegraph", "tribune", "television", "radio", "channel", "reuters",
                      "associated", "afp", "bbc", "cnn", "aljazeera", "jazeera")
AR_ORG_HEADS = _ar("كتائب", "عصائب", "حركة", "حزب", "سرايا", "تنظيم", "جماعة", "فيلق", "لواء",
                   "منظمة", "تحالف", "ائتلاف", "ميليشيا", "مليشيا", "هيئة", "قوات", "جبهة",
                   "مجلس", "وزارة", "جيش", "فصيل", "تيار", "منظمه", "عصبة", "رابطة",
                   "مجموعة", "كتيبة", "صندوق")  # ("صندوق التنمية ...": a fund; session 62)
AR_OUTLET_HEADS = _ar("وكالة", "صحيفة", "قناة", "موقع", "شبكة", "إذاعة", "مجلة")

# ---- general stop words (never start/continue a name) ---------------------------------------
# English month names (time words in "said in March that ...", "on 3 January")
EN_MONTHS = _en("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
EN_WEEKDAYS = _en("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

EN_STOP = _en(
    "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "as", "after", "before", "during", "since", "while", "when", "where", "who",
    "whom", "which", "that", "this", "these", "those", "it", "its", "he", "she", "they",
    "his", "her", "their", "we", "our", "i", "you", "was", "were", "is", "are", "be", "been",
    "has", "have", "had", "said", "says", "told", "according", "also", "however", "meanwhile",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "today", "yesterday", "last", "next", "now", "then", "there",
    "here", "both", "all", "some", "several", "many", "most", "other", "another", "such",
    "new", "former", "top", "senior", "earlier", "later", "read", "more", "breaking",
    "update", "reporting", "editing", "photo", "file", "exclusive", "analysis", "opinion",
    "not", "no", "if", "than", "into", "over", "under", "about", "between", "against",
    # a question's first word glued to a name ("Fact check: Did Sudani meet ...?", session 56)
    "did", "does", "what", "why", "how",
)
# the first words of the Hijri months that are no personal names, as the Gulf agencies'
# datelines write them ("Riyadh, Jumada II 5, 1436, March 25, 2015, SPA --", "Shawwal 12, 1440";
# session 66: no person "Jumada Ii"); Ramadan, Rajab, Safar, Shaban and Rabi are also names
# ("Taha Yassin Ramadan"), left out
EN_HIJRI_MONTH_WORDS = _en("jumada", "muharram", "shawwal", "dhul")
EN_STOP = EN_STOP | EN_HIJRI_MONTH_WORDS
# the two-word Hijri months, in Latin spellings: a head that is a given name or a particle
# ("Rabi", "Dhu") and a tail after "al-" ("Rabi al-Awwal", "Jumada al-Akhirah", "Dhu al-Hijja",
# "Dhul-Qadah"): read by ``hijri_months`` (session 67)
EN_HIJRI_MONTH_HEADS = _en("rabi", "rabia", "rabie", "rabee", "jumada", "jumadah", "jamada",
                           "jumad", "dhu", "dhul", "dhi", "thul", "zul", "zil", "dul")
EN_HIJRI_MONTH_TAILS = _en("awwal", "awal", "awwel", "ula", "oula", "uula", "ulaa", "thani",
                           "thaani", "sani", "akhir", "akhar", "akhira", "akhirah", "akhireh",
                           "akhera", "qadah", "qadeh", "qaadah", "qaada", "qada", "qidah",
                           "hijja", "hijjah", "hijah", "hijjeh", "hajj",
                           "hajja", "hijaa")
# «كان» before its subject: "وكان X قد <verb>" (the pluperfect), "وكان في استقباله Y"
AR_KANA = _ar("كان", "وكان", "كانت", "وكانت")
# the oath sworn ("أدى X اليمين (الدستورية) أمام Y", "أقسم ... القسم")
AR_OATH = _ar("اليمين", "القسم")
# the days of the week ("الأربعاء"; folded: "الإثنين" is "الاثنين")
AR_WEEKDAYS = _ar("السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")
# the months, Levantine and Egyptian names ("في مارس (آذار) 2023", "في 6 تشرين الأول")
AR_MONTHS = _ar("كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
                "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس",
                "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
AR_STOP = _ar(
    "في", "من", "إلى", "الى", "على", "عن", "مع", "بعد", "قبل", "خلال", "منذ", "حتى", "عند",
    "لدى", "بين", "أن", "إن", "أنه", "إنه", "أنها", "إنها", "كان", "كانت", "يكون", "تكون",
    "الذي", "التي", "الذين", "اللذين", "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "كما",
    "و", "أو", "ثم", "لكن", "بل", "قد", "لقد", "لم", "لن", "لا", "ما", "يوم", "اليوم",
    "أمس", "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "عام",
    "العام", "شهر", "الماضي", "المقبل", "الحالي", "وقال", "قال", "قالت", "أكد", "أضاف",
    "أفاد", "أوضح", "بحسب", "وفق", "وفقا", "حسب", "نحو", "حول", "عبر", "ضد", "لدى", "أي",
    "كل", "بعض", "جميع", "أيضا", "فقط", "غير", "سوى", "إذ", "إذا", "حيث", "بينما", "فيما",
    "كذلك", "ذاته", "ذاتها", "نفسه", "نفسها", "وسط", "داخل", "خارج", "فور", "عقب", "إثر",
    "اثر", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
    "أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز",
    "آب", "أيلول", "تشرين", "الأول", "الثاني", "بشأن", "لأن", "كي", "لكي", "عليه", "إليه",
    "منه", "له", "لها", "به", "بها", "فيه", "فيها", "عنه", "عنها", "معه", "معها", "أمام",
    "ليس", "هناك", "هنا", "الآن", "بعدما", "قبيل", "لدي", "وذلك", "وهو", "وهي", "الذى",
    "يشار", "ويشار", "رئيس", "وزير", "زيارة", "اللقاء", "مسؤول", "مصدر", "سياسي", "مصادر",
    "جانب", "الجانب", "بحضور", "حضور", "شخصيات", "صحيفة", "وكالة", "قوات", "عملية", "غارة",
    "محل", "مكان",  # "حلّ X محلّ Y" (took the place of)
    "عندما", "حينما", "كلما", "ريثما",
    "أما", "وأما", "إما",  # "أما خطاب، القيادي ...، فتولى": as for, no first name
    "آنذاك", "حينذاك", "وقتذاك", "حينها", "وقتها",  # "الرئيس الأميركي آنذاك دونالد ترامب"
    # session 22 (names): "that they", a part of the month and the jussive "was" after a new
    # name ("قال الوزير X Y إنهم ..."، "التقى نظيره X Y مطلع الشهر"، "لم تكن X Y تتوقع")
    "إنهم", "أنهم", "إنهما", "أنهما", "مطلع", "منتصف", "أواخر", "أوائل", "مستهل", "تكن", "يكن",
    "أول",  # "رئيس مجلس السيادة الفريق أول X": the rank's "first", never a name's first word
    # session 48: prepositions of attitude ("أبدى الوزير حسن نية تجاه المبادرة": no name)
    "تجاه", "إزاء", "حيال",
)
AR_VERB_PREFIX_HINTS = ("ي", "ت", "ن")  # an imperfect verb's prefix (after the future's س: "سيلتقي")

# words in English capitalised spans that are never person names
EN_NOT_NAME = _en(
    "president", "minister", "prime", "general", "gen", "brig", "commander", "leader", "head",
    "chief", "the", "a", "an", "iraqi", "iranian", "american", "us", "u.s.", "state",
    "department", "said", "force", "forces", "news", "agency", "ministry", "senior", "former",
    "deputy", "official", "officials", "foreign", "defense", "secretary", "supreme", "mr",
    "mrs", "dr", "sheikh", "ayatollah", "in", "on", "at", "of", "and", "but", "when", "after",
    "while", "before", "during", "since", "although", "though", "because", "if", "as", "his",
    "her", "their", "its", "it", "he", "she", "they", "we", "there", "this", "that", "these",
    "those", "according", "meanwhile", "however", "sources", "source", "witnesses",
    "lt", "col", "maj", "brig", "sgt", "capt", "adm", "gov", "sen", "rep", "prof", "rear",
    "ltg", "mg", "bg",  # (IDF ranks, session 36)
    "having", "being", "upon",  # "Having met X, Y ..." opens a participial clause
    "democrat",  # "the senators, Republican X and Democrat Y" (session 17b)
    # the honorifics of state news agencies (session 25, protocol): "His Royal Highness",
    # "His Excellency Sheikh X", "the Custodian of the Two Holy Mosques" (their headline
    # verbs, "Foreign Minister Receives UN Envoy", are headline_verbs_en's)
    "highness", "majesty", "excellency", "custodian", "holy", "mosques",
)
# the plural of a one-word title is no name word either (session 30 ent30): "Generals
# Mohammad Reza Zahidi and ...", "Colonels Ehsan Karbalaipour and ...", "Ministers Sayed
# and Hani" (a headline), "Senators Lindsey Graham and ..."
EN_TITLE_PLURALS = frozenset(t + "s" for t in EN_TITLES
                             if t.isalpha() and not t.endswith("s") and len(t) > 3)
EN_NOT_NAME = EN_NOT_NAME | EN_TITLE_PLURALS
# words of time and number that capitals at a sentence's or a headline's start made people
# (session 50: "Christmas Day", "Two Months", "Thousands of Iraqis", "Two Israeli", "Replaced
# Whom", "GMT - Both")
EN_NOT_NAME = EN_NOT_NAME | _en("day", "days", "week", "weeks", "month", "months", "years",
                                "two", "three", "four", "five", "thousands", "hundreds",
                                "dozens", "both", "whom", "indirect")
# a party's colour before a surname in a headline ("King names Islamist Benkirane prime
# minister", "Leftist Mujica wins"): no name word (session 72)
EN_NOT_NAME = EN_NOT_NAME | _en("islamist", "jihadist", "leftist", "royalist", "centrist")

# verbs of mourning or burying someone: his death is told ("نعت الحركة Y"، "شيّعت Y"); read
# on each token's forms, so "ونعت" is among them (kill_ledes, core_recall_succession)
AR_MOURNED = _ar("نعى", "نعت", "تنعى", "ينعى", "شيع", "شيعت")

# "known as" after a name, its nickname or kunya next ("X، المكنى أبو Y"، "المعروف بـ«Z»"):
# no name word of its own (kill_apposed_ar, kill_aka_object_ar, arabic_name_words)
AR_KNOWN_AS = _ar("المعروف", "الملقب", "المكنى", "المعروفة", "الملقبة")

# honorifics of address before a name ("معالي كريستالينا غورغييفا", "فخامة الرئيس"): never
# the name's first word (foreign_names_ar, arabic_names._ar_name_before)
AR_HONORIFIC_WORDS = _ar("معالي", "ومعالي", "فخامة", "وفخامة", "سماحة", "وسماحة", "سمو",
                         "سعادة", "وسعادة", "دولة", "جلالة", "حضرة", "فضيلة",
                         # with و (session 61: "الملك سلمان وسمو ولي العهد": no "Samu")
                         "وسمو", "وجلالة", "وحضرة", "وفضيلة",
                         # a prime minister's style ("، ودولة رئيس الحكومة Y", session 70)
                         "ودولة")

# frequent verbs (past/imperfect) that must never be taken as a name after a title
AR_COMMON_VERBS = _ar(
    "قام", "يقوم", "قامت", "أعلن", "يعلن", "أعلنت", "أكد", "يؤكد", "أكدت", "قال", "يقول",
    "قالت", "أضاف", "يضيف", "أشار", "يشير", "أشارت", "وصل", "يصل", "زار", "يزور", "دعا",
    "يدعو", "طالب", "يطالب", "حذر", "يحذر", "كشف", "يكشف", "أوضح", "يوضح", "بين", "رأى",
    "يرى", "اعتبر", "يعتبر", "شدد", "يشدد", "التقى", "يلتقي", "استقبل", "يستقبل", "توجه",
    "غادر", "يغادر", "عاد", "يعود", "ترأس", "اجتمع", "بحث", "أجرى", "يجري", "تلقى", "أبلغ",
    "نقل", "هدد", "يهدد", "وقع", "يوقع", "أمر", "يأمر", "رفض", "يرفض", "نفى", "ينفي", "أصدر",
    "شارك", "يشارك", "حضر", "يحضر", "ألقى", "أجرت", "أفاد", "يفيد", "ذكر", "يذكر", "صرح",
    "يصرح", "لفت", "تابع", "أعرب", "يعرب", "جدد", "يجدد", "اتهم", "يتهم", "وصف", "يصف",
    "أدى", "يؤدي", "أدت", "تؤدي",  # "وأدى X اليمين"
    "أدان", "يدين", "قتل", "اغتال", "أصيب", "لقي", "تولى", "يتولى", "عين", "خلف", "انسحب",
    "يملك", "يريد", "يواجه", "استهدف", "حث", "يحث", "أكدت", "سافر", "يسافر",
    # verbs of choosing, appointing and dismissing that open a sentence before a new name
    # ("انتخب نزار X رئيساً"; session 21, last round): never a name's first word
    "انتخب", "انتخبت", "ينتخب", "اختير", "اختيرت", "اختار", "اختارت", "يختار", "رشح",
    "رشحت", "يرشح", "كلف", "كلفت", "أقال", "أقالت", "يقيل", "أعفى", "أعفت", "عزل",
    "عزلت", "فاز", "فازت", "يفوز", "عينت", "يعين", "أدانت", "نعى", "هنأ", "هنأت", "سقط",
    "سقطت", "يسقط",  # "وسقط X شهيداً" (not "يكلف": "الرئيس X يكلّف Y" is read by the timeline rules)
    "تقبل", "يتقبل", "تقبلت", "تتقبل",  # "السلطان يتقبل التعازي من X" (session 68)
    # feminine verbs after a meeting noun ("محادثات مع X تناولت ...", "لقاء مع X استمر")
    "تناولت", "تناول", "تطرقت", "تطرق", "تركزت", "تركز", "شملت", "جرت", "جرى", "استمرت",
    "استمر", "تضمنت", "تمحورت", "دارت", "ركزت", "تخللها", "تخلله", "حضرها", "حضره",
    # verbs of a visitor's programme after "والتقى X وY" ("... وتفقد المنافذ الحدودية")
    "تفقد", "يتفقد", "تفقدت", "تفقدا", "جال", "يجول", "جالت", "تجول", "يتجول", "تفقّد",
    "اطلع", "يطلع", "استعرض", "يستعرض", "افتتح", "يفتتح", "دشن", "يدشن", "تسلم", "يتسلم",
    "تعهد", "يتعهد", "تعهدت", "توعد", "يتوعد", "توعدت", "تحدث", "يتحدث", "تحدثت", "تباحث",
    "تباحثا", "يتباحث", "تبادل", "تبادلا", "يتبادل", "أشاد", "يشيد", "أشادت", "ناقش",
    "يناقش", "ناقشت", "ناقشا", "أبدى", "يبدي", "أبدت", "تمنى", "يتمنى", "أثنى", "يثني",
    # (xrel) "رافق"، "ثمن"، "عقد"، "ودع" ... after a name
    "رافق", "يرافق", "ثمن", "يثمن", "عقد", "يعقد", "عقدت", "ودع", "يودع", "أطلع", "زارت",
    # a host's verb after his new name ("الوزير X Y Z يستضيف في إسلام آباد نظيريه"; session 22)
    "يستضيف", "تستضيف", "يستقبلان", "يستضيفان",
    # headline presents of ending a post after a name ("الرئيس X ينهي مهام Y"; session 23)
    "ينهي", "يعفي",
    # session 48: past verbs after a new two-word name ("إن العميد X Y توفي / استقال / نجا"),
    # none a usual given name nor a name's suffix (not أشرف، عمل، ظهر، فر)
    "توفي", "رحل", "نوه", "نجا", "هرب", "اعتقل", "استقال", "أقيل", "انتقل", "اختفى",
    "أفرج", "أدار",
    # session 53: a death told right after a new name ("المسؤول العسكري أبو حمزة ارتقى شهيداً")
    "ارتقى", "ارتقت", "استشهد", "استشهدت", "اغتيل", "اغتيلت", "قضى", "قضت",
    # session 55: a verdict's passive opening the sentence ("أُدين X بقتل Y")
    "أدين", "أدينت",
    # and present ones ("الوزير X Y يتوجه / يشغل / يقيم ...")
    "يتوجه", "يستقيل", "يشغل", "يقيم", "يمثل", "يعمل", "يلقي", "يحل", "يدير",
)

# a spokesman or spokeswoman, before «باسم» and the one spoken for ("المتحدث باسم الجيش")
AR_SPOKESMAN_NOUNS = _ar("المتحدث", "الناطق", "المتحدثة", "الناطقة", "متحدث", "ناطق", "متحدثة",
                         "ناطقة")
AR_IN_THE_NAME_OF = _ar("باسم", "بإسم")  # «باسم»: "in the name of", "spokesman of X"
# common nouns that can follow a title but are not (part of) a personal name
AR_COMMON_NOUNS = _ar(
    "العاصمة", "عاصمة", "المدينة", "مدينة", "أركان", "الأركان", "الجيش", "جيش", "العمليات",
    "عمليات", "الأمن", "الاستخبارات", "المخابرات", "الشرطة", "الدفاع", "الخارجية",
    "الداخلية", "المالية", "النفط", "البرلمان", "النواب", "الحكومة", "حكومة", "الوزراء",
    "الجمهورية", "الدولة", "دولة", "المحافظة", "محافظة", "الإقليم", "إقليم", "الهيئة",
    "القيادة", "قيادة", "الحرس", "الأمنية", "العسكرية", "المشتركة", "الوطني", "الوطنية",
    "الأعلى", "العليا", "العام", "العامة", "البلاد", "المنطقة", "منطقة", "السفارة", "سفارة",
    "مكتبه", "مكتب", "المكتب", "المجلس", "مجلس", "للأمن", "القومي", "السياسي", "الأمن", "القصر", "قصر", "مطار", "المطار", "القاعدة", "قاعدة", "الملف",
    "الشأن", "الجانب", "المصدر", "الصحيفة", "الوكالة", "الموقع", "القناة", "البيان", "بيان",
    "جهاز", "الجهاز", "دائرة", "مديرية", "لجنة", "اللجنة",
    "مقر", "المقر", "استخبارات",  # "قائد مقر استخبارات الحزب": a post, not a name
    # session 44 (coref): a portfolio's "affairs" and a conference are no name's first word
    # ("وزير الدولة لشؤون الخليج X", "رئيس مؤتمر كوب 28 X": only X is a person)
    "شؤون", "لشؤون", "الشؤون", "مؤتمر", "المؤتمر", "لمؤتمر",
    # plurals and collectives of honorific epithets and base names, no family names ("سيد
    # شهداء الأمة" is Nasrallah's epithet, "مقر خاتم الأنبياء" a headquarters)
    "الأمة", "الامة", "شهداء", "الشهداء", "الأنبياء", "الانبياء",
    "وحدة", "الوحدة", "الارتباط", "التنسيق", "والتنسيق",  # "مسؤول وحدة الارتباط والتنسيق"
    # condolences, never a name word ("السلطان يتقبل التعازي", "X ويقدم تعازي إيران"; session 68)
    "التعازي", "تعازي", "تعازيه", "تعازيها", "تعازيهم", "العزاء", "عزاء", "التعزية", "تعزية",
    # objects of the verbs after a title ("عقد الوزير الإيراني جلسة", "نقل إليه X رسالة")
    "أمن", "أهمية", "ضرورة", "جلسة", "جلسات", "رسالة", "رسائل", "برقية", "مذكرة", "دعوة", "مكالمة", "كلمة", "خطابا",
    "أوراق", "نسخة", "اعتماده",  # "قدم السفير X (نسخة من) أوراق اعتماده"
    # session 66: "the level", never a family name ("الآلية الأفريقية رفيعة المستوى ثابو امبيكي":
    # no person "Rafia al-Mustawa"; "وفد رفيع المستوى"، "على مستوى الوزراء")
    "المستوى", "مستوى",
    # adjectives of an event ("في مؤتمر صحفي مشترك الإجابة عن ...")
    "مشترك", "مشتركا", "صحفي", "الصحفي", "موسع", "طارئ", "مغلق",
    # the object or topic right after a partner's name ("استقبل X Y الوفدَ", "بحث X مع Y
    # آليات / سبل / ملف / تطورات ...", "أثار إبعاده غضب المحتجين"): never a name word
    "الوفد", "وفد", "الوفود", "وفود", "وفدا", "وفداً", "آليات", "سبل", "ملف", "الملف", "ملفات", "قضية",
    "القضية", "قضايا", "تطورات", "التطورات", "مستجدات", "العلاقات", "علاقات", "التعاون",
    "غضب", "تحيات",
    # the anniversary commemorated ("الحشد يحيي الذكرى الخامسة": the verb يحيي, no Yahya; s58)
    "الذكرى", "بالذكرى",  # (not ذكرى: "ذكرى سليماني" keeps its name)
    # a topic of talks ("بحث X مع المبعوث الأمريكي رفع العقوبات": no "Rafa al-Aqubat"; s57)
    "رفع", "العقوبات", "عقوبات",
    # the object of an exchange or a talk ("تبادل X وY وجهات النظر", "وجهة نظر بلاده")
    "وجهات", "وجهة", "جهات", "جهة", "النظر", "الآراء", "آراء",
    # a death or removal noun before a predecessor ("بعد وفاة / تنحي / إقصاء Y"): no first name
    "وفاة", "وفاته", "وفاتها", "رحيل", "رحيله", "استقالة", "استقالته", "إقالة", "إقالته",
    "تنحي", "تنحيه", "إقصاء", "إقصائه", "عزل", "عزله", "إعفاء", "إعفائه", "مصرع", "إبعاد",
    # what a titled person announces right after the title ("أعلن قائد عمليات بغداد فرض
    # حظر التجوال", "أعلن اللواء انتهاء / بدء / تعليق العملية"; session 21)
    "فرض", "حظر", "التجوال", "التجول", "الطوارئ", "انتهاء", "بدء", "انطلاق", "استئناف",
    "تعليق",
    # the bodies a title names before a name, read as the name (session 40: "أمين لجنة حقوق
    # الإنسان X"، "وزير ديوان البلاط السلطاني X"، "المدير العام لقوى الأمن الداخلي")
    "حقوق", "ديوان", "قوى",
    # a portfolio in construct ("أول وزير خارجية عربي يلتقي الشرع": no person "Kharjia
    # Elaraby"; session 58)
    "خارجية", "داخلية", "دفاع", "مالية",
    # the nouns of «على هامش / خلفية / صعيد X»: "on the sidelines of / against the background
    # of / at the level of" ("وانغ يي، على هامش الحوار، رئيس وفد ...": no person; session 66)
    "خلفية", "صعيد",
    # a topic after a clause of talks ("تناولت التعاون الاقتصادي ومشاريع التعدين": no person
    # "Mishari"; session 66)
    "مشاريع", "مشروع", "المشاريع",
    # ceremonies and receptions held for a title's holder ("وأقيمت للرئيس الإيراني مراسم
    # استقبال رسمية"، "أقام للوزير مأدبة غداء"، "حفل تكريم": no name after the title; session 67)
    "مراسم", "مراسيم", "مأدبة", "حفل",
) | AR_BESIDE

# the compass points, and their adjectives ("North Waziristan", "northern Syria")
EN_COMPASS = _en("north", "south", "east", "west")
EN_COMPASS_ADJ = _en("northern", "southern", "eastern", "western")
# «مع / ومع»: "with" before a meeting's other side
AR_WITH = _ar("مع", "ومع")
# «إلى / الى»: "to" (a visit's place, a message's recipient, a post handed over)
AR_TO = _ar("إلى", "الى")
# «جمعهما / جمعتهما»: "(a meeting) that brought the two together" after a meeting noun
AR_BROUGHT_DUAL = _ar("جمعتهما", "جمعهما")
# the nouns of a meeting held ("the talks with", "after the meeting")
EN_TALKS_NOUNS = _en("meeting", "meetings", "talks", "session", "discussions", "consultations")
# "a delegation headed / led / chaired by Y"
EN_HEADED = _en("headed", "led", "chaired")
# "brought together", "bringing the two sides"
EN_BRING = _en("bring", "brings", "bringing", "brought")
# "in the presence of" / "with the participation of" before a meeting's attendees
AR_IN_PRESENCE = _ar("بحضور", "وبحضور", "بمشاركة", "وبمشاركة")
AR_MEET_NOUNS = _ar("لقاء", "اللقاء", "اجتماع", "الاجتماع", "لقاءات", "اجتماعات", "محادثات",
                    "مباحثات", "لقاءا", "اجتماعا", "مشاورات", "خلوة")
# a summit of a few named leaders: «قمة ثلاثية»، «القمة الثنائية» (``meeting_attended_ar``:
# "وحضر القمة X" after it, session 65)
AR_SUMMIT = _ar("قمة", "القمة")
AR_FEW_PARTY = _ar("ثنائية", "ثلاثية", "رباعية", "الثنائية", "الثلاثية", "الرباعية")
# verbs asking for, proposing or turning down a meeting, not holding it (session 64): «ستطلب
# لقاءً مع X»، «وطلب X عقد لقاء مع Y»، «واقترح X إجراء محادثات»، «ورفض X لقاءً مع Y»
AR_MEETING_ASKED = _ar("طلب", "يطلب", "تطلب", "نطلب", "طلبت", "سيطلب", "ستطلب", "اقترح",
                       "يقترح", "تقترح", "اقترحت", "رفض", "يرفض", "ترفض", "رفضت", "التمس",
                       "يلتمس", "تلتمس")

# ---- places, outlets and bodies named in the text (typing of new names) -----------------
# the last word of an English capitalised name that makes it a place, not a person
EN_PLACE_HEADS = _en("palace", "airport", "base", "airbase", "embassy", "consulate", "square",
                     "street", "avenue", "road", "highway", "hospital", "hotel", "university",
                     "mosque", "shrine", "bridge", "camp", "compound", "prison", "province",
                     "governorate", "district", "region", "zone", "city", "town", "village",
                     "valley", "mountains", "desert", "resort", "island", "port", "crossing",
                     "house", "east", "gulf", "sea", "river", "strait", "building", "tower",
                     "stadium", "refinery", "field", "fields", "dam", "complex", "barracks",
                     "africa", "asia", "europe", "caucasus", "levant",  # "North Africa"
                     "diwan",  # "the Amiri Diwan" (a ruler's court)
                     # session 20: landforms and residences ("Pankisi Gorge", "Villa Somalia")
                     "villa", "gorge", "canyon", "plateau", "peninsula", "heights", "coast",
                     "corridor", "oasis", "basin", "highlands", "lowlands", "steppe",
                     "residence",
                     # session 50: "the Western Wall" (was the person "Western Wael")
                     "wall", "gate", "monument", "memorial", "cemetery", "cathedral", "church",
                     # session 66: "consultations at Johannesberg Castle" (was a person)
                     "castle", "fortress", "citadel", "manor", "chateau")
# "son of" linking a given name to the father's in a Latin-written Arabic name ("Mohammed bin
# Salman", "Ahmed Obeid bin Dagher"; token keys); the Arabic «بن / ابن» are ``arabic_name_span.AR_BIN``
EN_BIN = _en("bin", "ibn")
# lower-case particles inside a name of other cultures, the name going on after them: a
# Turkic patronymic ("Ilham Heydar oglu Aliyev", "Aida Nurlan kyzy"), a Tuareg or Moorish
# "son of" ("Iyad ag Ghaly", "Mohamed ould Abdelaziz"), a Maghreb "ben", a Portuguese "da / dos"
EN_NAME_PARTICLES = _en("oglu", "oğlu", "ogly", "ogli", "qizi", "gizi", "kyzy", "kizi", "uly",
                        "uulu", "ag", "ould", "ben", "da", "dos", "das")
# lower-case links inside Romance / Dutch / German family names ("Kyelem de Tambela", "Lula da
# Silva", "van der Leyen"): no name word of their own when a long name's words are counted
EN_NAME_LINKS = _en("de", "da", "dos", "das", "do", "del", "della", "di", "du", "van", "von",
                    "der", "den", "ter")
# the first word of a Levantine place name ("Ain al-Tineh", "Kafr Kila", "Deir ez-Zor",
# "عين التينة", "وادي خالد"): spring, cape, hill, monastery, gate, house, village, mountain,
# valley; a name opened by one is a place, never a person
EN_PLACE_FIRST = _en("ain", "ein", "ras", "tell", "tel", "deir", "dayr", "bab", "beit", "bayt",
                     "kafr", "kfar", "jabal", "jebel", "wadi",
                     # session 20: "Greater Sahara", "Lower Shabelle", "Lake Chad", "Mount
                     # Elgon", "Port Sudan": a region or landform, never a person
                     "greater", "upper", "lower", "middle", "lake", "mount", "cape",
                     # a residence or base named after it ("Villa Somalia", "Camp Lemonnier")
                     "villa", "camp", "fort",
                     # a palace in transliterated Arabic ("Qasr Al Shati", "Qasr al-Watan",
                     # session 50: was a person)
                     "qasr",
                     # "Rio de Janeiro", "Rio Grande" (session 55: a person who "met" Y)
                     "rio")
# a side clause opening ("، فيما خلفه Y", "فيما ترأس الجانب الآخر Z")
AR_WHILE = _ar("فيما", "وفيما", "بينما", "وبينما")
AR_PLACE_FIRST = _ar("عين", "رأس", "تل", "دير", "باب", "بيت", "كفر", "جبل", "وادي")
EN_MORE_ORG_HEADS = _en("service", "services", "authority", "directorate", "commission",
                        "secretariat", "cabinet", "senate", "congress", "treasury",
                        "framework", "resistance", "bloc", "coalition", "assembly",
                        # army units ("the army's 6th Infantry Division"; session 62)
                        "division", "divisions", "regiment")
EN_MORE_OUTLET_HEADS = _en("monitor", "observer", "daily", "magazine", "newspaper", "wire",
                           "online", "tele",  # "Garowe Online", "Tele Sahel"
                           "weekly", "chronicle", "courier",  # "The Arab Weekly" (s56)
                           "newsletter", "digest", "brief")  # "Morning Brief:" (s56)


# what is received from afar, no meeting: "received messages / cables of condolence from world
# leaders, including Y" (session 55: meeting_frames_en, meeting_fallback)
EN_SENT_NOUNS = frozenset({"message", "messages", "cable", "cables", "letter", "letters",
                           "telegram", "telegrams", "condolences", "congratulations",
                           "greetings", "calls", "call", "phone", "invitations"})
