"""A list never runs across ", and" into a new clause: "A was received by B, and C met D" gives
A-B and C-D only, never A-C or B-D (session 16). Our own sentences."""

import pytest

from tests.extract_support import MW, assert_relations

FIDAN, SHAIBANI = "person:hakan-fidan", "person:asaad-al-shaibani"
FUAD, ARAGHCHI = "person:fuad-hussein", "person:abbas-araghchi"
ERDOGAN, SUDANI = "person:recep-tayyip-erdogan", "person:mohammed-shia-al-sudani"
BARZANI, NECHIRVAN = "person:masoud-barzani", "person:nechirvan-barzani"
PEZESHKIAN, MBS = "person:masoud-pezeshkian", "person:mohammed-bin-salman"
FAISAL = "person:faisal-bin-farhan"


@pytest.mark.parametrize("text,lang,a,b,c,d", [
    ("Asaad al-Shaibani was received by Hakan Fidan, and Fuad Hussein met Abbas Araghchi.",
     "en", SHAIBANI, FIDAN, FUAD, ARAGHCHI),
    ("Asaad al-Shaibani was received by Turkish President Recep Tayyip Erdogan, and Iraqi Prime "
     "Minister Mohammed Shia al-Sudani met Masoud Barzani in Erbil.", "en",
     SHAIBANI, ERDOGAN, SUDANI, BARZANI),
    ("Mohammed Shia al-Sudani met Recep Tayyip Erdogan, and Hakan Fidan met Asaad al-Shaibani.",
     "en", SUDANI, ERDOGAN, FIDAN, SHAIBANI),
    ("Masoud Pezeshkian was hosted by Mohammed bin Salman, and Abbas Araghchi later held talks "
     "with Faisal bin Farhan.", "en", PEZESHKIAN, MBS, ARAGHCHI, FAISAL),
    ("استقبل الرئيس التركي رجب طيب أردوغان وزير الخارجية السوري أسعد الشيباني، والتقى رئيس "
     "الوزراء محمد شياع السوداني برئيس الإقليم نيجيرفان بارزاني.", "ar",
     SHAIBANI, ERDOGAN, SUDANI, NECHIRVAN),
])
def test_two_clauses_two_pairs(ex, text, lang, a, b, c, d):
    assert_relations(ex.extract(text, lang=lang), text[:40], [MW(a, b), MW(c, d)],
                     [MW(a, c), MW(b, d), MW(a, d), MW(b, c)])


@pytest.mark.parametrize("text,must", [
    ("Hakan Fidan, Asaad al-Shaibani, and Fuad Hussein met in Baghdad.",
     [MW(FIDAN, SHAIBANI), MW(FIDAN, FUAD), MW(SHAIBANI, FUAD)]),
    ("Fuad Hussein was received by Abbas Araghchi and Masoud Pezeshkian.",
     [MW(FUAD, ARAGHCHI), MW(FUAD, PEZESHKIAN)]),
])
def test_real_lists_stay(ex, text, must):
    assert_relations(ex.extract(text, lang="en"), text[:40], must, [])
