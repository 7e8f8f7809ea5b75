"""SUCCESSOR_OF and names (session 71, helper ``blind71d``). Our own sentences, other names
than the blind set TS-TT; negatives for each reading.

- "X, appointed by hard-line / newly elected President K to replace Y": lower-case words
  between "by" and K's title leave K the appointer (``succession_hedged_en.by_before_title_en``),
  also when X is the object of a meeting before the comma ("P received X, appointed by K to
  replace Y": X, not P);
- "(sources said) X would be named minister for ..., replacing Y": the participle is as unreal
  as the modal clause before it (``succession_hedged_en.would_be_named_en``);
- "K ... as X takes over from Y": the finite verb's own subject X, not K
  (``wire_succession_en.successor_en``);
- "X, the head of the Atomic Energy Organization of Iran, told reporters after a meeting with
  Y": the speaker X past a long apposition (``meetings._met_his_noun``; Arabic already so);
- "X handed her post as EU foreign policy chief to Y": the "as" phrase of the post
  (``succession_handover._to_after_post``);
- Arabic: و + a kin noun with a pronoun after a name ("أرملته X ووالديه", "X ووالدته") is no
  name word (``name_stops_ar.ends_name_word``);
- gazetteer: Enrique Mora's and Mikhail Ulyanov's bare family names after the full name, in
  both scripts; "Ali-Mohammadi" / "Ali Mohammadi" after "Masoud Ali-Mohammadi".
"""

import pytest

from tests.extract_support import AB, MW, SO, assert_relations

HADDAD, FAYAD, MIKATI, AOUN = ("person:karim-haddad", "person:walid-fayad", "person:najib-mikati",
                               "person:michel-aoun")
SALLOUM, NASSER = "person:samir-salloum", "person:adel-nasser"
JOSEPH_AOUN, KAHWAJI = "person:joseph-aoun", "person:jean-kahwaji"
MORA, MALLEY, ULYANOV = "person:enrique-mora", "person:robert-malley", "person:mikhail-ulyanov"
BAGHERI, BORRELL = "person:ali-bagheri-kani", "person:josep-borrell"
ALIMOHAMMADI, KARIMI = "person:masoud-alimohammadi", "person:reza-karimi"

# (name, lang, text, must, must_not)
CASES = [
 # ---- "appointed by <adjective> <title> K to replace Y" ----
 ("by_adjective_title", "en", "Karim Haddad, appointed by newly elected Prime Minister Najib Mikati "
  "to replace Walid Fayad, visited Damascus on Monday.", [SO(HADDAD, FAYAD)], [SO(MIKATI, FAYAD)]),
 ("by_hyphen_adjective", "en", "Samir Salloum was appointed by hard-line Prime Minister Najib Mikati "
  "on Monday to replace Adel Nasser at the central bank.", [SO(SALLOUM, NASSER)],
  [SO(MIKATI, NASSER)]),
 ("by_object_of_meeting", "en", "Najib Mikati received Karim Haddad, appointed by President Michel "
  "Aoun to replace Walid Fayad at the ministry.", [SO(HADDAD, FAYAD), MW(MIKATI, HADDAD)],
  [SO(MIKATI, FAYAD), SO(AOUN, FAYAD)]),
 ("by_adjective_object_of_meeting", "en", "The envoy met Karim Haddad, appointed by veteran "
  "pro-Western President Michel Aoun in May to replace Walid Fayad as governor.",
  [SO(HADDAD, FAYAD)], [SO(AOUN, FAYAD)]),
 ("by_plain_unchanged", "en", "Karim Haddad was appointed by Prime Minister Najib Mikati to replace "
  "Walid Fayad.", [SO(HADDAD, FAYAD)], [SO(MIKATI, FAYAD)]),
 # ---- "would be named ..., replacing Y": not done ----
 ("would_be_named_long_post", "en", "Lebanese media reported that Karim Haddad, a banker who served "
  "as Mikati's adviser, would be named minister of state for economic affairs, replacing Walid Fayad.",
  [], [SO(HADDAD, FAYAD)]),
 ("could_be_appointed", "en", "Sources said Samir Salloum could be appointed governor of the central "
  "bank in the new cabinet, replacing Adel Nasser.", [], [SO(SALLOUM, NASSER)]),
 ("was_named_long_post_kept", "en", "Karim Haddad was named minister of state for economic affairs "
  "on Monday, replacing Walid Fayad.", [SO(HADDAD, FAYAD)], []),
 ("would_not_cross_sentence_clause", "en", "Samir Salloum, who many said would be named governor, "
  "was sworn in on Monday; Karim Haddad was named minister of state, replacing Walid Fayad.",
  [SO(HADDAD, FAYAD)], []),
 # ---- "K ... as X takes over from Y" ----
 ("takes_over_own_subject", "en", "Mikati praised the army as General Joseph Aoun takes over from "
  "Jean Kahwaji.", [SO(JOSEPH_AOUN, KAHWAJI)], [SO(MIKATI, KAHWAJI)]),
 ("takes_over_headline", "en", "Mikati names new cabinet as Samir Salloum takes over from Adel Nasser",
  [SO(SALLOUM, NASSER)], [SO(MIKATI, NASSER)]),
 ("taking_over_participle_kept", "en", "General Joseph Aoun was sworn in on Monday, taking over from "
  "Jean Kahwaji.", [SO(JOSEPH_AOUN, KAHWAJI)], []),
 # ---- names: Mora, Ulyanov, Ali-Mohammadi ----
 ("mora_bare_ar", "ar", "اجتمع الممثل الأعلى جوزيب بوريل مع منسق المحادثات إنريكي مورا في بروكسل، ثم "
  "توجه مورا إلى الدوحة حيث التقى المبعوث الأميركي روبرت مالي.", [MW(MORA, MALLEY)],
  [MW(BORRELL, MALLEY)]),
 ("mora_bare_en", "en", "Josep Borrell spoke with Enrique Mora in Brussels. Later Mora met U.S. envoy "
  "Robert Malley in Doha.", [MW(MORA, MALLEY)], [MW(BORRELL, MALLEY)]),
 ("ulyanov_ar", "ar", "والتقى علي باقري كني المندوب الروسي ميخائيل أوليانوف في فيينا.",
  [MW(BAGHERI, ULYANOV)], []),
 ("ulyanov_en", "en", "Russian envoy Mikhail Ulyanov met Ali Bagheri Kani in Vienna on Friday.",
  [MW(BAGHERI, ULYANOV)], []),
 # ---- "X, <long apposition>, told reporters after a meeting with Y" ----
 ("after_meeting_long_apposition", "en", "Karim Haddad, the head of the Atomic Energy Organization "
  "of Iran, told reporters after a meeting with Prime Minister Najib Mikati that the talks went well.",
  [MW(HADDAD, MIKATI)], []),
 ("after_meeting_apposition_ar", "ar", "وقال كريم حداد، حاكم مصرف لبنان المركزي ورئيس هيئة التحقيق "
  "الخاصة، للصحفيين بعد لقائه رئيس الحكومة نجيب ميقاتي إن المحادثات كانت إيجابية.",
  [MW(HADDAD, MIKATI)], []),
 # ---- "handed her post as <post> to Y" ----
 ("handed_post_as", "en", "Adel Nasser, who handed his post as governor of the central bank to "
  "Samir Salloum in May, joined the cabinet.", [SO(SALLOUM, NASSER)], [SO(NASSER, SALLOUM)]),
 ("handed_post_as_person_between", "en", "Adel Nasser handed his post as Mikati's adviser to the "
  "council on Monday.", [], [SO(MIKATI, NASSER)]),
 # ---- Arabic: kin nouns after the guest's name ----
 ("kin_parents_ar", "ar", "استقبل الرئيس اللبناني ميشال عون أمس أرملته سعاد حداد ووالديه.",
  [MW(AOUN, "person:suad-haddad")], [MW(AOUN, "person:suad-haddad-wualdih")]),
 ("kin_mother_ar", "ar", "واستقبل رئيس الحكومة نجيب ميقاتي في السراي سمير سلوم ووالدته.",
  [MW(MIKATI, SALLOUM)], [MW(MIKATI, "person:samir-salloum-wualdath")]),
 ("kin_wife_ar", "ar", "والتقى الرئيس ميشال عون في بعبدا عادل ناصر وزوجته.",
  [MW(AOUN, NASSER)], [MW(AOUN, "person:adel-nasser-wzujth")]),
 ("ali_mohammadi_later", "en", "Professor Masoud Ali-Mohammadi was killed in January 2010. The court "
  "said Reza Karimi had planted the bomb that killed Ali-Mohammadi.",
  [AB(ALIMOHAMMADI, KARIMI)], [AB("person:ali-mohammadi", KARIMI)]),
]


@pytest.mark.parametrize(("name", "lang", "text", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_blind71d(shipped, name, lang, text, must, must_not) -> None:
    assert_relations(shipped.extract(text, lang=lang), name, must, must_not)
