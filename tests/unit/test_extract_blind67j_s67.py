"""Session 67 (blind67j): a fix after the first contact of blind set QA-QB (Turkey, the Kurds and
northern Syria 2016-2024, written blind: Erdogan, Putin, Rouhani and Raisi, Mazloum Abdi and the US
envoys, the Turkish ministers and intelligence chiefs succeeding each other).

- Successions, English: "X will take over (the ministry) from Y" is read as "X will succeed Y" is:
  a future stated as decided (the sentence or the one before it says the cabinet was named or the
  move announced; ``succession_helpers.decided_future``) is a succession; a hedged one ("could",
  "is expected to") or a negated one is not (``succession_took_over_en._blocked_unless_decided``).
"""

import pytest

from tests.extract_support import relation_pairs

GULER, AKAR = "person:yasar-guler", "person:hulusi-akar"
FIDAN, CAVUSOGLU, KALIN = "person:hakan-fidan", "person:mevlut-cavusoglu", "person:ibrahim-kalin"
SAAR, KATZ = "person:gideon-saar", "person:israel-katz"
GIBRIL, HEBA = "person:gibril-ibrahim", "person:heba-mohammed-ali"


@pytest.mark.parametrize("text, new, old", [
    ("Erdogan named his new Cabinet on Saturday. Chief of General Staff Gen. Yasar Guler will take over "
     "the Defense Ministry from Hulusi Akar.", GULER, AKAR),
    ("Erdogan announced on Saturday that Hakan Fidan will take over the Foreign Ministry from Mevlut "
     "Cavusoglu.", FIDAN, CAVUSOGLU),
    ("Ibrahim Kalin will take over the intelligence agency from Hakan Fidan, the presidency announced "
     "in a decree.", KALIN, FIDAN),
    ("Gideon Saar will take over from Israel Katz at the Foreign Ministry, Netanyahu's office "
     "announced.", SAAR, KATZ),
    ("Sudan's ruling council named a new cabinet on Monday. Gibril Ibrahim will take over the finance "
     "ministry from Heba Mohamed Ali.", GIBRIL, HEBA),
])
def test_a_decided_future_taking_over_from_is_a_succession(shipped, text, new, old):
    assert (new, old) in relation_pairs(shipped, text, "SUCCESSOR_OF", "en")


@pytest.mark.parametrize("text, new, old", [
    ("Erdogan named his new Cabinet on Saturday. Hakan Fidan could take over the Foreign Ministry from "
     "Mevlut Cavusoglu.", FIDAN, CAVUSOGLU),
    ("Erdogan named his new Cabinet on Saturday. Hakan Fidan will not take over the Foreign Ministry "
     "from Mevlut Cavusoglu.", FIDAN, CAVUSOGLU),
    ("Hakan Fidan is expected to take over the Foreign Ministry from Mevlut Cavusoglu, officials "
     "said.", FIDAN, CAVUSOGLU),
    ("Yasar Guler will take over the Defense Ministry from Hulusi Akar if parliament approves the "
     "cabinet, the presidency announced.", GULER, AKAR),
])
def test_a_hedged_or_negated_taking_over_from_is_not(shipped, text, new, old):
    assert (new, old) not in relation_pairs(shipped, text, "SUCCESSOR_OF", "en")
