"""Session 28 (prec): false MET_WITH of writers never seen. A tour told in one sentence ("A
received X, then X went on to B, where he met B in the presence of Z"): Z attended the later
stop, not A's reception. The scorer's meetings (``scorer_gates.unreal_meeting``): one expected,
planned, put off or denied is no meeting; a denial far from the meeting leaves it. Cases of
our own, both languages, and the relations that must stay."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

AOUN = "person:joseph-aoun"
BERRI = "person:nabih-berri"
SALAM = "person:nawaf-salam"
JABER = "person:yassine-jaber"
ABDELATTY = "person:badr-abdelatty"
MUSA = "person:alaa-musa"
BAERBOCK = "person:annalena-baerbock"
ARAGHCHI = "person:abbas-araghchi"
AMANI = "person:mojtaba-amani"

# ---- a tour's later stop: its attendee did not meet the first host --------------------------
TOUR_NEXT_STOP = [
    ("ar", "عبد العاطي في بيروت\nوصل وزير الخارجية المصري بدر عبد العاطي إلى بيروت أمس.\nفقد "
     "استقبله رئيس الجمهورية جوزاف عون في بعبدا، ثم انتقل عبد العاطي إلى عين التينة حيث التقى "
     "رئيس مجلس النواب نبيه بري في حضور السفير المصري علاء موسى.",
     [MW(ABDELATTY, AOUN), MW(ABDELATTY, BERRI), MW(MUSA, BERRI), MW(MUSA, ABDELATTY)],
     [MW(MUSA, AOUN)]),
    ("ar", "بيربوك في بيروت\nاستهلّت وزيرة الخارجية الألمانية أنالينا بيربوك جولتها في قصر بعبدا "
     "حيث استقبلها رئيس الجمهورية جوزاف عون، ثم التقت في السراي الحكومي رئيس الحكومة نواف سلام "
     "في حضور وزير المال ياسين جابر.",
     [MW(BAERBOCK, AOUN), MW(BAERBOCK, JABER)], [MW(AOUN, JABER)]),
    ("en", "Araghchi in Beirut\nBEIRUT - Iranian Foreign Minister Abbas Araghchi was received by "
     "President Joseph Aoun at Baabda, then went to Ain el-Tineh, where he met Speaker Nabih "
     "Berri in the presence of Iranian ambassador Mojtaba Amani.",
     [MW(ARAGHCHI, AOUN), MW(ARAGHCHI, BERRI)], [MW(AOUN, AMANI)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", TOUR_NEXT_STOP)
def test_prec_s28(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- the scorer's meetings: one expected, planned, put off or denied is no meeting ----------
UNREAL_MEETINGS = [
    ("en", "Egyptian Foreign Minister Badr Abdelatty is expected in Amman next week for talks "
     "with Jordanian Foreign Minister Ayman Safadi, a diplomat said.", ABDELATTY,
     "person:ayman-safadi"),
    ("en", "The group's media office denied that Abbas Araghchi and Naim Qassem held talks in "
     "Beirut, as Iranian media had said.", ARAGHCHI, "person:naim-qassem"),
    ("ar", "ويُتوقع أن يلتقي وزير الخارجية المصري بدر عبد العاطي نظيره الأردني أيمن الصفدي في "
     "عمّان الأسبوع المقبل، بحسب مصادر دبلوماسية.", ABDELATTY, "person:ayman-safadi"),
    ("ar", "وكان يُفترض أن يلتقي عباس عراقجي نعيم قاسم في بيروت، لكن اللقاء أُرجئ من دون "
     "تفسير.", ARAGHCHI, "person:naim-qassem"),
]


def _pass_all_meetings():
    """The shipped weights with the meeting class's bias raised: every pair passes MET_WITH."""
    import json

    from loaders.extract.relation_scorer import WEIGHTS_FILE, RelationScorer

    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    data["classes"]["MET"]["bias"] = 40.0
    return RelationScorer(data)


@pytest.fixture(scope="module")
def scored(ex):
    from loaders.extract.scored import ScoredExtractor

    return ScoredExtractor(gazetteer=ex.gaz, scorer=_pass_all_meetings())


@pytest.mark.parametrize("lang,text,a,b", UNREAL_MEETINGS)
def test_the_scorer_adds_no_meeting_expected_or_denied(scored, monkeypatch, lang, text, a, b):
    from loaders.extract import scored as scored_module

    def met(gates) -> bool:
        monkeypatch.setattr(scored_module, "GATES", frozenset(gates))
        out = scored.extract(text, lang=lang)
        return any(r["type"] == "MET_WITH" and {r["source"], r["target"]} == {a, b}
                   for r in out["relations"])

    assert met(())  # (the weights pass every pair: the veto alone keeps it out)
    assert not met({"unreal"})


@pytest.mark.parametrize("lang,text,a,b", [
    ("en", "Abbas Araghchi met Naim Qassem in Beirut on Monday, and the two discussed the "
     "truce, while Western governments accuse Tehran of arming the group, which it has always "
     "denied.", ARAGHCHI, "person:naim-qassem"),
    ("ar", "والتقى عباس عراقجي نعيم قاسم في بيروت يوم الاثنين وبحثا الهدنة، فيما تتهم حكومات "
     "غربية طهران بتسليح الحزب، وهو ما تنفيه دائماً.", ARAGHCHI, "person:naim-qassem"),
])
def test_a_denial_far_from_the_meeting_does_not_undo_it(scored, lang, text, a, b):
    out = scored.extract(text, lang=lang)
    assert any(r["type"] == "MET_WITH" and {r["source"], r["target"]} == {a, b}
               for r in out["relations"])
