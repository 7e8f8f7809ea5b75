"""Who hosted or chaired a meeting met both of its sides ("H, who hosted the meeting",
"the talks, hosted by H", "في لقاء ترأسه H", "وترأس H الاجتماع"), the meeting being the one
told in this sentence or the one before (session 16, meeting_host.py). Our own sentences."""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, FUAD, SUDANI = "person:abbas-araghchi", "person:fuad-hussein", \
    "person:mohammed-shia-al-sudani"
SHAIBANI, DERMER, BARRACK = "person:asaad-al-shaibani", "person:ron-dermer", "person:tom-barrack"
TRUMP, SHARAA, MBS = "person:donald-trump", "person:ahmed-al-sharaa", "person:mohammed-bin-salman"


@pytest.mark.parametrize("text,host,sides", [
    ("Asaad al-Shaibani met Ron Dermer in Paris on Thursday. U.S. envoy Tom Barrack, who hosted "
     "the meeting, said the aim was de-escalation.", BARRACK, (SHAIBANI, DERMER)),
    ("Donald Trump met Ahmed al-Sharaa in Riyadh. The meeting, hosted by Crown Prince Mohammed "
     "bin Salman, lasted half an hour.", MBS, (TRUMP, SHARAA)),
    ("Abbas Araghchi held talks with Fuad Hussein on Monday. Mohammed Shia al-Sudani hosted the "
     "talks at his office.", SUDANI, (ARAGHCHI, FUAD)),
    ("التقى عراقجي فؤاد حسين في بغداد. وترأس السوداني الاجتماع الذي استمر ساعتين.",
     SUDANI, (ARAGHCHI, FUAD)),
    ("واجتمع عراقجي وفؤاد حسين، الاثنين، في بغداد، في لقاء ترأسه رئيس الوزراء محمد شياع "
     "السوداني.", SUDANI, (ARAGHCHI, FUAD)),
    ("التقى وزير الخارجية أسعد الشيباني رون ديرمر في باريس، في اجتماع استضافه المبعوث الأميركي "
     "توم باراك.", BARRACK, (SHAIBANI, DERMER)),
])
def test_host_met_both_sides(ex, text, host, sides):
    lang = "en" if text[0].isascii() else "ar"
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, text, [MW(sides[0], sides[1]), MW(host, sides[0]),
                                 MW(host, sides[1])], [])


@pytest.mark.parametrize("text,not_pair", [
    ("Abbas Araghchi held talks with Fuad Hussein on Monday. Mohammed Shia al-Sudani would host "
     "the talks next time.", MW(SUDANI, ARAGHCHI)),
    ("Abbas Araghchi held talks with Fuad Hussein on Monday. Mohammed Shia al-Sudani hosted a "
     "dinner for journalists.", MW(SUDANI, ARAGHCHI)),
    ("التقى عراقجي فؤاد حسين في بغداد. وترأس السوداني وفداً إلى طهران.", MW(SUDANI, ARAGHCHI)),
    ("Abbas Araghchi held talks with Fuad Hussein. Separately, Tom Barrack met Ron Dermer. "
     "Mohammed Shia al-Sudani hosted the meeting.", MW(SUDANI, ARAGHCHI)),
])
def test_no_host_of_that_meeting(ex, text, not_pair):
    lang = "en" if text[0].isascii() else "ar"
    assert_relations(ex.extract(text, lang=lang), text, [], [not_pair])
