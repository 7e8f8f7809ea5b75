""""Ras X" / "رأس X" is a town of its own, not X ("Ras Baalbek" is not Baalbek); and a meeting
in the possessor's capital says the other one came ("Erdogan's meeting with Sudani in Ankara":
Sudani visited Turkey, Erdogan did not). Our own sentences, not taken from any dev set.
"""

import pytest

ERDOGAN, SUDANI = "person:recep-tayyip-erdogan", "person:mohammed-shia-al-sudani"


def _place_ids(doc: dict, text: str) -> dict[str, str]:
    return {text[a:b]: e["id"] for e in doc["entities"] if e["type"] == "Location"
            for a, b in e.get("mentions") or []}


# (name, text, lang, surface, id)
PLACES = [
 ("en_ras_baalbek", "The drone struck a house in Ras Baalbek on Monday.", "en", "Ras Baalbek",
  "location:ras-baalbek"),
 ("ar_ras_baalbek", "سقطت مسيّرة على منزل في رأس بعلبك.", "ar", "رأس بعلبك",
  "location:ras-baalbek"),
 ("en_ras_al_ain", "Turkish-backed fighters entered Ras al-Ain.", "en", "Ras al-Ain",
  "location:ras-al-ain"),
 ("ar_ras_al_ain", "دخلت الفصائل مدينة رأس العين.", "ar", "رأس العين", "location:ras-al-ain"),
 # negatives: the city itself stays Baalbek
 ("en_baalbek", "The strike hit Baalbek on Monday.", "en", "Baalbek", "location:baalbek"),
 ("ar_baalbek", "وقصفت الطائرات بعلبك.", "ar", "بعلبك", "location:baalbek"),
]


@pytest.mark.parametrize("name,text,lang,surface,eid", PLACES, ids=[c[0] for c in PLACES])
def test_ras_town_is_its_own_place(ex, name, text, lang, surface, eid):
    got = _place_ids(ex.extract(text, lang=lang), text)
    assert got.get(surface) == eid, f"{name}: {got}"


@pytest.mark.parametrize("text,lang", [
    ("Erdogan's meeting with Sudani in Ankara focused on water.", "en"),
    ("لقاء أردوغان مع السوداني في أنقرة تناول ملف المياه.", "ar"),
])
def test_meeting_in_possessor_capital_guest_visits(ex, text, lang):
    rel = {(r["type"], r["source"], r["target"]) for r in ex.extract(text, lang=lang)["relations"]}
    assert ("VISITED", SUDANI, "location:ankara") in rel  # (the city: session 27, ent27)
    assert ("VISITED", ERDOGAN, "location:ankara") not in rel
