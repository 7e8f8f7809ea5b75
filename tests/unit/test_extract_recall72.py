"""Session 72 (recall72): claims of a killing that fresh writers put further from it.

- English: the claim two or three sentences after the killing, past sentences that tell the
  attack again without naming anyone killed ("X was killed in a blast. A police spokesman said a
  bomber had set off his vest. Islamic State claimed responsibility for the attack").
- Arabic: a claimer set off by a short apposition ("وأعلنت جماعة Y، المرتبطة بتنظيم Z،
  مسؤوليتها عن الهجوم").

Must-not cases: a sentence between that tells another deed or claim, a negated claim, a
claim reported by a speaker inside the apposition. Our own sentences and names.
"""

import pytest

AB = "ASSASSINATED_BY"


def _killed_by(doc, surname, agent_id):
    names = {e["id"]: e["name"] for e in doc["entities"]}
    return any(r["type"] == AB and agent_id in r["target"] and
               surname.lower() in names.get(r["source"], "").lower()
               for r in doc["relations"])


@pytest.mark.parametrize("text,surname,agent", [
    ("Provincial governor killed\n"
     "Kunduz Governor Abdul Qadir Zarbandi was killed in an explosion at his office on "
     "Tuesday, officials said.\n"
     "A police spokesman said a suicide bomber had detonated his vest near the gate.\n"
     "Islamic State claimed responsibility for the attack.\n",
     "Zarbandi", "organization:islamic-state"),
    ("Judge shot dead\n"
     "Judge Samir Haddadin was killed outside his home in Mogadishu on Sunday, police said.\n"
     "Two of his guards were also wounded in the shooting.\n"
     "Al-Shabab claimed responsibility for the killing.\n",
     "Haddadin", "organization:al-shabaab"),
    # three sentences back, past the attack told again and a wounded man
    ("Minister killed\n"
     "A car bomb exploded outside a ministry in the capital on Monday, killing Interior "
     "Minister Karim Belhadj, officials said.\n"
     "The blast tore through the ministry's gate during a meeting of senior officers.\n"
     "Deputy Minister Faisal Ounissi was wounded, state television said.\n"
     "Islamic State claimed responsibility for the attack in a statement.\n",
     "Belhadj", "organization:islamic-state"),
])
def test_claim_two_sentences_after_en(shipped, text, surname, agent):
    assert _killed_by(shipped.extract(text, lang="en"), surname, agent)


@pytest.mark.parametrize("text,surname,agent", [
    # another deed told between: the claim may be of it
    ("Provincial governor killed\n"
     "Kunduz Governor Abdul Qadir Zarbandi was killed in an explosion at his office on "
     "Tuesday, officials said.\n"
     "In a separate attack, a bomb wounded five soldiers in Baghlan.\n"
     "Islamic State claimed responsibility for the attack.\n",
     "Zarbandi", "organization:islamic-state"),
    # a negated claim
    ("Judge shot dead\n"
     "Judge Samir Haddadin was shot dead outside his home in Mogadishu on Sunday, police said.\n"
     "Two of his guards were also wounded in the shooting.\n"
     "Al-Shabab has not claimed responsibility for the killing.\n",
     "Haddadin", "organization:al-shabaab"),
    # the killing has its own agent
    ("Judge shot dead\n"
     "Judge Samir Haddadin was shot dead by police outside his home in Mogadishu on Sunday.\n"
     "Two of his guards were also wounded in the shooting.\n"
     "Al-Shabab claimed responsibility for the attack.\n",
     "Haddadin", "organization:al-shabaab"),
    # four sentences back: too far
    ("Minister killed\n"
     "A car bomb exploded outside a ministry in the capital on Monday, killing Interior "
     "Minister Karim Belhadj, officials said.\n"
     "The blast tore through the ministry's gate during a meeting of senior officers.\n"
     "Deputy Minister Faisal Ounissi was wounded, state television said.\n"
     "The government declared three days of mourning.\n"
     "Islamic State claimed responsibility for the attack in a statement.\n",
     "Belhadj", "organization:islamic-state"),
    # a wounded man is no victim
    ("Minister wounded\n"
     "Interior Minister Karim Belhadj was wounded when a car bomb exploded outside his "
     "ministry on Monday, officials said.\n"
     "The blast tore through the ministry's gate during a meeting of senior officers.\n"
     "Islamic State claimed responsibility for the attack in a statement.\n",
     "Belhadj", "organization:islamic-state"),
])
def test_claim_two_sentences_after_en_not(shipped, text, surname, agent):
    assert not _killed_by(shipped.extract(text, lang="en"), surname, agent)


@pytest.mark.parametrize("text,surname,agent", [
    ("مقتل قائد عسكري\n"
     "قُتل قائد المنطقة الشرقية اللواء ناصر عبد ربه الحميري في انفجار استهدف موكبه أمس.\n"
     "وأعلنت جماعة أنصار الشريعة، المرتبطة بتنظيم القاعدة، مسؤوليتها عن الهجوم في بيان.\n",
     "Hamiri", "ansar-al-sharia"),
    ("مقتل قائد عسكري\n"
     "قُتل قائد المنطقة الشرقية اللواء ناصر عبد ربه الحميري في انفجار استهدف موكبه أمس، "
     "وأعلنت جماعة أنصار الشريعة، فرع التنظيم في اليمن، مسؤوليتها عنه.\n",
     "Hamiri", "ansar-al-sharia"),
])
def test_claimer_with_apposition_ar(shipped, text, surname, agent):
    assert _killed_by(shipped.extract(text, lang="ar"), surname, agent)


@pytest.mark.parametrize("text,surname,agent", [
    # a negated claim
    ("مقتل قائد عسكري\n"
     "قُتل قائد المنطقة الشرقية اللواء ناصر عبد ربه الحميري في انفجار استهدف موكبه أمس.\n"
     "ولم تعلن جماعة أنصار الشريعة، المرتبطة بتنظيم القاعدة، مسؤوليتها عن الهجوم.\n",
     "Hamiri", "ansar-al-sharia"),
    # a speaker inside the commas: a report of the claim
    ("مقتل قائد عسكري\n"
     "قُتل قائد المنطقة الشرقية اللواء ناصر عبد ربه الحميري في انفجار استهدف موكبه أمس.\n"
     "وأعلنت جماعة أنصار الشريعة، كما قال مسؤول أمني، مسؤوليتها عن الهجوم.\n",
     "Hamiri", "ansar-al-sharia"),
    # a claim of another deed
    ("مقتل قائد عسكري\n"
     "قُتل قائد المنطقة الشرقية اللواء ناصر عبد ربه الحميري في انفجار استهدف موكبه أمس.\n"
     "وأعلنت جماعة أنصار الشريعة، المرتبطة بتنظيم القاعدة، مسؤوليتها عن الهجوم على قاعدة "
     "العند.\n",
     "Hamiri", "ansar-al-sharia"),
])
def test_claimer_with_apposition_ar_not(shipped, text, surname, agent):
    assert not _killed_by(shipped.extract(text, lang="ar"), surname, agent)
