"""Session 21, second round (orgs): the world's armed groups, forces, services and parties
(``gazetteer_orgs.yaml``, written by hand, loaded after the world gazetteer). Our own
sentences, not taken from any dev set.

- A group as the agent of a killing in both scripts: "Boko Haram gunmen killed X",
  "قتل مسلحو بوكو حرام X", "ISIS-K", "قوات الدعم السريع".
- Abbreviations that are also words or other bodies' abbreviations ("PTI" the news agency,
  "RSF" Reporters Without Borders, "RAW", "KIA") are matched only once the body is named
  otherwise in the article; "الشباب" alone (youth) is no al-Shabaab.
- The file adds no name an earlier gazetteer has, and no id of it is a person.
"""

import pytest

from loaders.extract.gazetteer import (
    DEFAULT_GAZETTEER,
    DOMAIN_GAZETTEER,
    ORGS_GAZETTEER,
    WORLD_GAZETTEER,
    alias_tokens,
    read_entries,
)

ORG = "organization:"


def _ids(doc: dict) -> set[str]:
    return {e["id"] for e in doc["entities"]}


def _killed_by(doc: dict) -> set[tuple[str, str]]:
    return {(r["source"], r["target"]) for r in doc["relations"] if r["type"] == "ASSASSINATED_BY"}


@pytest.mark.parametrize("lang, text, body", [
    ("en", "Boko Haram gunmen killed village head Musa Garba in Borno on Sunday.", "boko-haram"),
    ("en", "ISIS-K claimed responsibility for killing cleric Rahimullah Noorzai in Kabul.",
     "islamic-state-khorasan"),
    ("en", "Rapid Support Forces fighters killed governor Khamis Abdallah Abakar in El Geneina.",
     "rapid-support-forces"),
    ("ar", "قتل مسلحو بوكو حرام رئيس القرية موسى غاربا في بورنو.", "boko-haram"),
    ("ar", "قتلت قوات الدعم السريع والي غرب دارفور خميس عبد الله أبكر.", "rapid-support-forces"),
    ("ar", "قتلت حركة طالبان باكستان قائد الشرطة أنور خطك.", "ttp"),
    ("en", "AQIM leader Abdelmalek Droukdel was killed by French forces near Tessalit.",
     "french-armed-forces"),
    ("en", "Pakistani forces killed BLA commander Aslam Baloch in Kandahar.", "pakistan-army"),
])
def test_group_is_the_killer(ex, lang: str, text: str, body: str) -> None:
    doc = ex.extract(text, lang=lang)
    assert ORG + body in _ids(doc)
    assert any(t == ORG + body for _, t in _killed_by(doc))


@pytest.mark.parametrize("lang, text, body", [
    ("en", "FSB director Alexander Bortnikov met the head of the GRU, Igor Kostyukov.", "gru"),
    ("en", "ANC leader Cyril Ramaphosa met Emmerson Mnangagwa of ZANU-PF in Pretoria.", "zanu-pf"),
    ("ar", "التقى الرئيس النيجيري بولا تينوبو قائد مجموعة فاغنر إيفان ماسلوف.", "wagner-group"),
    ("ar", "أعلن جيش أراكان سيطرته على بلدة مونغدو.", "arakan-army"),
])
def test_body_found(ex, lang: str, text: str, body: str) -> None:
    assert ORG + body in _ids(ex.extract(text, lang=lang))


@pytest.mark.parametrize("lang, text, body", [
    ("en", "The PTI news agency reported that the minister met his counterpart.", "pti"),
    ("en", "The RSF press-freedom index ranked the country lower this year.", "rapid-support-forces"),
    ("en", "Analysts said the RAW data showed no change.", "raw"),
    ("ar", "شارك الشباب في المسابقة الرياضية.", "al-shabaab"),
    ("en", "Russian warships sailed into the Sea of Azov on Monday.", "azov"),
    ("en", "The Turkish-backed SNA fighters clashed with the SDF near Manbij.",
     "somali-national-army"),
    ("en", "The plane's ETA was delayed; the Fano village is quiet.", "eta"),
    ("en", "The plane's ETA was delayed; the Fano village is quiet.", "fano"),
])
def test_ambiguous_short_name_alone_is_no_body(ex, lang: str, text: str, body: str) -> None:
    assert ORG + body not in _ids(ex.extract(text, lang=lang))


def test_ambiguous_short_name_after_full_name(ex) -> None:
    doc = ex.extract("Pakistan Tehreek-e-Insaf said it would appeal. PTI workers protested in "
                     "Lahore.", lang="en")
    ent = next(e for e in doc["entities"] if e["id"] == ORG + "pti")
    assert len(ent.get("mentions") or []) == 2


def test_file_only_adds_new_names() -> None:
    def key(n: str) -> str:
        return " ".join(alias_tokens(n)[0])

    earlier = {key(n) for p in (DEFAULT_GAZETTEER, DOMAIN_GAZETTEER, WORLD_GAZETTEER)
               for e in read_entries(p) for n in e.all_names()}
    mine = read_entries(ORGS_GAZETTEER)
    assert len({e.id for e in mine}) == len(mine)
    assert all(e.type == "Organization" and e.id.startswith(ORG) for e in mine)
    assert not [n for e in mine for n in e.all_names() if key(n) in earlier]
