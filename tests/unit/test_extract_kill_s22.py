"""ASSASSINATED_BY, relation step and agents (session 22, ``kill``). Our own sentences, not
taken from any dev set; a negative case for each rule.

- "قُتل X ...، وأعلنت Y مسؤوليتها عنها"، "...، وتبنّى Y الهجوم"، "في عملية أعلن Y تنفيذها"،
  "بغارة أعلن Y أنه نفّذها" (``kill_claim_next_ar.claimed_next_ar``); English tells the same
  with "..., and Y claimed responsibility" (``kill_claim_next_en``, session 21).
- an army, a military command or an intelligence service says the strike killed X: "AFRICOM
  later said one strike killed X", "The Pentagon said the strike killed X"
  (``kill_claims.said_strike_killed_en``, bodies by ``kill_bodies.armed_body``), "وقال المتحدث
  باسم الجيش الإسرائيلي Z إن الغارة قتلت أيضاً X"، "أن الضربة أدت إلى مقتل X"
  (``kill_speaker_strike.said_strike_killed_ar``); not a party, a group or a ministry speaking,
  not a negated killing, not a strike with its own agent.
- a person who killed, in a relative clause: "X, the Russian who shot dead Y", "X, a former
  sailor who killed Y", "X، الروسي الذي قتل المعارض Y" (``kill_person_killer``; the
  nationality of the apposition is no agent); not "X, who was accused of killing Y", "X, who
  tried to kill Y", "X، الذي قُتل مع Y".
- the orderer in an apposition to the strike, far from the killing verb: "X and Y died in a US
  drone strike outside the airport on January 3, 2020, an attack Trump himself ordered"
  (``orders.order_phrase_at``, read by ``kill_orderers.far_orderers``); Arabic "، وهي ضربة أمر
  بها ترامب شخصياً" was read; not "an attack Trump himself condemned".
- the killer's own word quoted in the passive: 'X was "neutralised by French forces"', "was
  'eliminated by Y'" (``kill_reduced_en.quoted_participle``); not the victim's side's words
  ('had been "martyred by the Zionist regime"', '"killed by the enemy"': an accusation), not
  'X was "neutralised", Macron said' (no agent; was read reversed).
- a body named after its possessive country is the agent, not the country: "missiles fired by
  Iran's Islamic Revolutionary Guard Corps (IRGC)" (``kill_bodies.owned_body``, in
  ``KillingAgents._take_agent``); not "missiles fired from Iran" (Iran). Arabic names the
  body without the country; its masculine means "بصاروخ (باليستي) أطلقه Y" is now read as
  "بصواريخ أطلقها Y" was (``kill_clause_helpers.AR_EXECUTED_IT``); not "أطلقه مسلحون مجهولون".
"""

import pytest

from tests.extract_support import AB, assert_relations

OBEIDI = "person:khaled-al-obeidi"
OBEIDI_EN = "person:khaled-al-obeidi"
USA = "country:united-states"
RUSSIA = "country:russia"
TRUMP, NETANYAHU = "person:donald-trump", "person:benjamin-netanyahu"
HADDAD = "person:karim-haddad"
SOKOLOV, DUDAYEV = "person:dmitry-sokolov", "person:aslan-dudayev"
SOKOLOV_AR, DUDAYEV_AR = "person:dmitri-sokolov", "person:aslan-dudayev"
WARSAME = "person:ahmed-warsame"
AFRICOM, CENTCOM = "organization:us-africa-command", "organization:us-central-command"
PENTAGON, FRENCH = "organization:us-department-of-defense", "organization:french-armed-forces"
IDF, HAMAS, HEZBOLLAH = ("organization:israel-defense-forces", "organization:hamas",
                         "organization:hezbollah")
SHABAAB, ISIS = "organization:al-shabaab", "organization:islamic-state"
SBU, US_FORCES = "organization:sbu", "organization:us-armed-forces"

# (name, lang, text, must, must_not)
CASES = [
 # ---- the claim in a later clause (Arabic) ----
 ("claim_coordinated_ar", "ar", "قُتل القيادي في الحشد خالد العبيدي، مساء الجمعة، بضربة بطائرة "
  "مسيّرة قرب منزله، وأعلنت الولايات المتحدة مسؤوليتها عنها.", [AB(OBEIDI, USA)], []),
 ("claim_adopted_ar", "ar", "لقي الوزير خالد العبيدي مصرعه في تفجير انتحاري داخل مقر الوزارة، "
  "وتبنى تنظيم داعش الهجوم.", [AB(OBEIDI, ISIS)], []),
 ("claim_relative_doing_ar", "ar", "اغتيل العميد خالد العبيدي بعبوة ناسفة أمام منزله، في عملية "
  "أعلن جهاز الأمن الأوكراني تنفيذها.", [AB(OBEIDI, SBU)], []),
 ("claim_relative_that_ar", "ar", "أما خالد العبيدي فقُتل بغارة في ريف إدلب أعلن الجيش الأميركي "
  "أنه نفذها.", [AB(OBEIDI, US_FORCES)], []),
 ("claim_later_statement_ar", "ar", "قُتل الشيخ خالد العبيدي في انفجار، وأعلنت حركة الشباب "
  "لاحقاً مسؤوليتها عن التفجير في بيان.", [AB(OBEIDI, SHABAAB)], []),
 ("claim_negated_ar", "ar", "قُتل الشيخ خالد العبيدي في انفجار، ولم تعلن حركة الشباب "
  "مسؤوليتها عن التفجير.", [], [AB(OBEIDI, SHABAAB)]),
 ("claim_denied_ar", "ar", "قُتل الشيخ خالد العبيدي في انفجار، ونفت حركة الشباب مسؤوليتها عن "
  "التفجير.", [], [AB(OBEIDI, SHABAAB)]),
 ("claim_other_target_ar", "ar", "قُتل الشيخ خالد العبيدي في انفجار، وأعلنت حركة الشباب "
  "مسؤوليتها عن الهجوم على قاعدة عسكرية في كيسمايو.", [], [AB(OBEIDI, SHABAAB)]),
 ("death_announced_ar", "ar", "قُتل الشيخ خالد العبيدي في انفجار، وأعلن الجيش الأميركي مقتله.",
  [], [AB(OBEIDI, US_FORCES)]),
 ("accused_ar", "ar", "قُتل الشيخ خالد العبيدي في انفجار، واتهمت الحكومة حركة الشباب بتنفيذه.",
  [], [AB(OBEIDI, SHABAAB)]),
 # (read since session 70, as the blind writers pair it: kill_claim_opening_ar)
 ("claim_next_sentence_ar", "ar", "قُتل الشيخ خالد العبيدي في انفجار. وتبنت حركة الشباب "
  "العملية.", [AB(OBEIDI, SHABAAB)], []),
 ("no_killing_ar", "ar", "التقى الشيخ خالد العبيدي وفداً، وأعلنت حركة الشباب مسؤوليتها عن "
  "الهجوم.", [], [AB(OBEIDI, SHABAAB)]),
 ("claim_coordinated_en", "en", "Sheikh Khaled al-Obeidi was killed in a blast in Kismayo, and "
  "al-Shabaab claimed responsibility.", [AB(OBEIDI_EN, SHABAAB)], []),
 # ---- the armed body says its strike killed X ----
 ("africom_said_en", "en", "AFRICOM later said one strike killed Ahmed Warsame, a senior "
  "Islamic State recruiter.", [AB(WARSAME, AFRICOM)], []),
 ("pentagon_said_en", "en", "The Pentagon said the strike killed Ahmed Warsame.",
  [AB(WARSAME, PENTAGON)], []),
 ("french_army_said_en", "en", "The French army said a drone strike killed Ahmed Warsame in "
  "central Mali.", [AB(WARSAME, FRENCH)], []),
 ("group_said_en", "en", "Hamas said the strike killed Ahmed Warsame.", [],
  [AB(WARSAME, HAMAS)]),
 ("ministry_said_en", "en", "Iran's Ministry of Defence said the strike killed Ahmed "
  "Warsame.", [], [AB(WARSAME, "organization:iranian-defence-ministry")]),
 ("not_killed_en", "en", "The Israeli military said the strike did not kill Ahmed Warsame.",
  [], [AB(WARSAME, IDF)]),
 ("spokesman_said_ar", "ar", "وقال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي إن الغارة قتلت "
  "أيضاً قائد الجبهة في الحزب خالد العبيدي.", [AB(OBEIDI, IDF)], []),
 ("command_said_ar", "ar", "وقالت القيادة الأميركية في أفريقيا (أفريكوم) إن الضربة قتلت "
  "القيادي أحمد ورسمه.", [AB(WARSAME, AFRICOM)], []),
 ("led_to_death_ar", "ar", "وذكرت القيادة المركزية الأميركية أن الضربة أدت إلى مقتل القيادي في "
  "داعش خالد العبيدي.", [AB(OBEIDI, CENTCOM)], []),
 ("party_said_ar", "ar", "وقال حزب الله إن الغارة قتلت القيادي خالد العبيدي.", [],
  [AB(OBEIDI, HEZBOLLAH)]),
 ("not_killed_ar", "ar", "وقال الجيش الإسرائيلي إن الغارة لم تقتل القيادي خالد العبيدي.", [],
  [AB(OBEIDI, IDF)]),
 ("denied_ar", "ar", "ونفى الجيش الإسرائيلي أن تكون الغارة قتلت القيادي خالد العبيدي.", [],
  [AB(OBEIDI, IDF)]),
 ("others_strike_ar", "ar", "وقال الجيش الإسرائيلي إن غارة لحزب الله قتلت الجندي خالد العبيدي.",
  [], [AB(OBEIDI, IDF)]),
 # ---- a person who killed ----
 ("who_shot_dead_en", "en", "Dmitry Sokolov, the Russian who shot dead Georgian-born exile "
  "Aslan Dudayev in a Vienna park, was flown home on Thursday.", [AB(DUDAYEV, SOKOLOV)],
  [AB(DUDAYEV, RUSSIA)]),
 ("who_killed_appos_en", "en", "Dmitry Sokolov, a Russian national who murdered Aslan "
  "Dudayev, was freed.", [AB(DUDAYEV, SOKOLOV)], [AB(DUDAYEV, RUSSIA)]),
 ("who_shot_dead_bare_en", "en", "Dmitry Sokolov, who shot dead Aslan Dudayev in 2019, was "
  "freed.", [AB(DUDAYEV, SOKOLOV)], []),
 ("who_accused_en", "en", "Dmitry Sokolov, who was accused of killing Aslan Dudayev, was "
  "freed.", [], [AB(DUDAYEV, SOKOLOV)]),
 ("who_tried_en", "en", "Dmitry Sokolov, who tried to kill Aslan Dudayev, was freed.", [],
  [AB(DUDAYEV, SOKOLOV)]),
 ("who_shot_wounded_en", "en", "Dmitry Sokolov, who shot Aslan Dudayev in the leg, was "
  "freed.", [], [AB(DUDAYEV, SOKOLOV)]),
 ("who_killed_ar", "ar", "ونُقل دميتري سوكولوف، الروسي الذي قتل المعارض الشيشاني أصلان دودايف "
  "في فيينا عام 2019، إلى موسكو.", [AB(DUDAYEV_AR, SOKOLOV_AR)], [AB(DUDAYEV_AR, RUSSIA)]),
 ("who_assassinated_ar", "ar", "ونُقل دميتري سوكولوف الذي اغتال أصلان دودايف إلى موسكو.",
  [AB(DUDAYEV_AR, SOKOLOV_AR)], []),
 ("who_killed_with_ar", "ar", "وشيّع أنصاره دميتري سوكولوف، الذي قتل مع أصلان دودايف في "
  "الغارة.", [], [AB(DUDAYEV_AR, SOKOLOV_AR)]),
 ("who_accused_ar", "ar", "ونُقل دميتري سوكولوف، الذي يتهم بقتل أصلان دودايف، إلى موسكو.", [],
  [AB(DUDAYEV_AR, SOKOLOV_AR)]),
 ("who_not_ar", "ar", "ونُقل دميتري سوكولوف، الذي لم يقتل أصلان دودايف، إلى موسكو.", [],
  [AB(DUDAYEV_AR, SOKOLOV_AR)]),
 # ---- the orderer in an apposition to the strike ----
 ("apposed_order_far_en", "en", "Aslan Dudayev, a senior commander, died alongside Karim "
  "Haddad in a US drone strike outside Baghdad airport on January 3, 2020, an attack Trump "
  "himself ordered.", [AB(DUDAYEV, TRUMP), AB(HADDAD, TRUMP), AB(DUDAYEV, USA)], []),
 ("apposed_order_personally_en", "en", "Aslan Dudayev was killed in a drone strike in Beirut, "
  "an operation Netanyahu personally approved.", [AB(DUDAYEV, NETANYAHU)], []),
 ("apposed_condemned_en", "en", "Aslan Dudayev was killed in a drone strike in Beirut, an "
  "attack Netanyahu himself condemned.", [], [AB(DUDAYEV, NETANYAHU)]),
 ("apposed_denied_en", "en", "Aslan Dudayev was killed in a US drone strike, an attack Trump "
  "denied ordering.", [], [AB(DUDAYEV, TRUMP)]),
 ("apposed_order_ar", "ar", "قُتل القيادي خالد العبيدي بغارة أميركية قرب مطار بغداد في 3 يناير "
  "2020، وهي ضربة أمر بها ترامب شخصياً.", [AB(OBEIDI, TRUMP), AB(OBEIDI, USA)], []),
 ("apposed_condemned_ar", "ar", "قُتل القيادي خالد العبيدي بغارة أميركية قرب مطار بغداد، في "
  "عملية ندد بها ترامب.", [], [AB(OBEIDI, TRUMP)]),
 # ---- the killer's word quoted ----
 ("quoted_neutralised_en", "en", "Macron said Ahmed Warsame, leader of the Islamic State in the "
  "Greater Sahara, was \"neutralised by French forces\".", [AB(WARSAME, FRENCH)], []),
 ("quoted_eliminated_en", "en", "Ahmed Warsame was \u201celiminated by French forces\u201d, "
  "Macron said.", [AB(WARSAME, FRENCH)], []),
 ("quoted_no_agent_en", "en", "Ahmed Warsame was \"neutralised\", Macron said.", [],
  [AB(WARSAME, "person:emmanuel-macron"), AB("person:emmanuel-macron", WARSAME)]),
 ("quoted_martyred_en", "en", "The Guards said Ahmed Warsame had been \"martyred by the "
  "usurping Zionist regime\".", [], [AB(WARSAME, "country:israel")]),
 ("quoted_negated_en", "en", "Ahmed Warsame was not \"neutralised by French forces\", the army "
  "said.", [], [AB(WARSAME, FRENCH)]),
 # ---- the body of a possessive country ----
 ("owned_body_en", "en", "Kurdish businessman Karwan Sherzad was killed late Monday when ballistic "
  "missiles fired by Iran's Islamic Revolutionary Guard Corps (IRGC) struck his home.",
  [AB("person:karwan-sherzad", "organization:irgc")],
  [AB("person:karwan-sherzad", "country:iran")]),
 ("owned_body_by_en", "en", "Karwan Sherzad was killed by Iran's Revolutionary Guards.",
  [AB("person:karwan-sherzad", "organization:irgc")], []),
 ("country_from_en", "en", "Karwan Sherzad was killed by missiles fired from Iran.",
  [AB("person:karwan-sherzad", "country:iran")], []),
 ("missile_fired_ar", "ar", "قُتل القيادي خالد العبيدي بصاروخ باليستي أطلقه الحرس الثوري "
  "الإيراني.", [AB(OBEIDI, "organization:irgc")], []),
 ("missile_unknown_ar", "ar", "قُتل القيادي خالد العبيدي بصاروخ أطلقه مسلحون مجهولون قرب "
  "مقر الحرس الثوري الإيراني.", [], [AB(OBEIDI, "organization:irgc")]),
]


@pytest.mark.parametrize(("name", "lang", "text", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_kill_s22(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
