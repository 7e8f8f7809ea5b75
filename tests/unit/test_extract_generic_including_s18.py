"""A generic object with a body complement before "including" (session 18,
``meeting_generic_en``). Our own sentences, not taken from any dev set.

- "X met K and later leaders of the <body>, including A of <body> and <body> chief B": X met
  K, A and B; also "leaders of Iran-aligned factions, including A".
- "X told K that ..., and later met leaders of <body>, including A": X, not K, met A.
- Negative: a generic noun that nobody met ("X criticised leaders of the <body>, including
  A").
- "X met A for the first time, as well as B and C" (``as_well_as_en``): X met B and C too;
  not when nobody met A ("X praised A for his role, as well as B").
- "X held talks with A and with the caretaker prime minister, B" (``and_with_title_en``): X
  met B; not when nobody met A ("X spoke about A and with the press officer, B" has no
  meeting with A).
- "..., during which he held talks with Y and was received by (the Leader,) Z"
  (``pronoun_before_with_object``): he, not Y, was received by Z.
- "X met Y. The Amir, who was accompanied by C, also met Z" (``described_head_past_relative``):
  the description opening the sentence (the previous subject X) met Z, not C; a named head
  ("X, who was accompanied by C, met Z") is read as before.
"""

import pytest

from tests.extract_support import MW, assert_relations

RAISI, SISI, ASSAD = ("person:ebrahim-raisi", "person:abdel-fattah-al-sisi",
                     "person:bashar-al-assad")
TAMIM = "person:tamim-bin-hamad-al-thani"
GHALIBAF, BERRI, MIKATI = ("person:mohammad-bagher-ghalibaf", "person:nabih-berri",
                          "person:najib-mikati")
HAITHAM, KHAMENEI = "person:haitham-bin-tariq", "person:ali-khamenei"
ROUHANI, MBAR = "person:hassan-rouhani", "person:mohammed-bin-abdulrahman-al-thani"
QAANI, KADHIMI = "person:esmail-qaani", "person:mustafa-al-kadhimi"
AMIRI, KHAZALI, FAYYADH = ("person:hadi-al-amiri", "person:qais-al-khazali",
                           "person:falih-al-fayyadh")

# (name, text, lang, must, must_not)
CASES = [
 ("en_first_object_then_generic", "In Baghdad Esmail Qaani met Mustafa al-Kadhimi and later "
  "leaders of the Coordination Framework, including Hadi al-Amiri of the Badr Organization "
  "and Asaib Ahl al-Haq chief Qais al-Khazali.", "en",
  [MW(QAANI, KADHIMI), MW(QAANI, AMIRI), MW(QAANI, KHAZALI)], [MW(KADHIMI, AMIRI)]),
 ("en_plain_complement", "Esmail Qaani later met leaders of Iran-aligned factions, including "
  "Falih al-Fayyadh, in Baghdad.", "en", [MW(QAANI, FAYYADH)], []),
 ("en_teller_subject", "Esmail Qaani told Mustafa al-Kadhimi that Tehran had no hand in it, "
  "and later met leaders of the armed factions, including Qais al-Khazali of Asaib Ahl al-Haq "
  "and Falih al-Fayyadh.", "en", [MW(QAANI, KHAZALI), MW(QAANI, FAYYADH)],
  [MW(KADHIMI, KHAZALI), MW(KADHIMI, FAYYADH)]),
 ("en_not_met", "Esmail Qaani criticised leaders of the Coordination Framework, including "
  "Hadi al-Amiri.", "en", [], [MW(QAANI, AMIRI)]),
 ("en_as_well_as_after_adjunct", "In Riyadh Ebrahim Raisi also met Abdel Fattah al-Sisi for "
  "the first time, as well as Bashar al-Assad and Tamim bin Hamad Al Thani.", "en",
  [MW(RAISI, SISI), MW(RAISI, ASSAD), MW(RAISI, TAMIM)], [MW(SISI, ASSAD)]),
 ("en_as_well_as_not_met", "Ebrahim Raisi praised Abdel Fattah al-Sisi for his role, as well "
  "as Bashar al-Assad.", "en", [], [MW(RAISI, ASSAD)]),
 ("en_and_with_title", "On Monday Mohammad Bagher Ghalibaf held talks with Nabih Berri and "
  "with the caretaker prime minister, Najib Mikati.", "en",
  [MW(GHALIBAF, BERRI), MW(GHALIBAF, MIKATI)], [MW(BERRI, MIKATI)]),
 ("en_and_with_not_met", "Mohammad Bagher Ghalibaf spoke about Nabih Berri and with the "
  "prime minister's spokesman, Najib Mikati.", "en", [], [MW(GHALIBAF, MIKATI)]),
 ("en_he_then_passive", "Sultan Haitham bin Tariq flew home after a visit to Iran, during "
  "which he held talks with President Ebrahim Raisi and was received by Ayatollah Ali "
  "Khamenei.", "en", [MW(HAITHAM, RAISI), MW(HAITHAM, KHAMENEI)], [MW(RAISI, KHAMENEI)]),
 ("en_description_past_relative", "Tamim bin Hamad Al Thani held talks with Hassan Rouhani "
  "in Tehran. The Amir, who was accompanied by Foreign Minister Mohammed bin Abdulrahman "
  "Al Thani, also met Ali Khamenei.", "en",
  # (session 45: "The Amir" is now read as Tamim (titles), and the companion of the subject met
  # the other side too (compdeleg, the newest dev writers' convention; older ER3 does not pair it)
  [MW(TAMIM, ROUHANI), MW(TAMIM, KHAMENEI), MW(MBAR, KHAMENEI)], []),
 ("en_named_head_relative", "Tamim bin Hamad Al Thani, who was accompanied by Mohammed bin "
  "Abdulrahman Al Thani, met Ali Khamenei.", "en",
  # (session 45, compdeleg: the companion of a named subject met the other side too, as the
  # newest dev writers pair it: JI1, KO6, LB2; the older BS5 did not)
  [MW(TAMIM, KHAMENEI), MW(MBAR, KHAMENEI), MW(MBAR, TAMIM)], []),
 ("en_he_then_passive_apposed", "Sultan Haitham bin Tariq flew home after a visit, during "
  "which he held talks with President Ebrahim Raisi and was received by the Supreme Leader, "
  "Ali Khamenei.", "en", [MW(HAITHAM, KHAMENEI)], [MW(RAISI, KHAMENEI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_generic_including(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
