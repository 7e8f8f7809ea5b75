"""Session 65 (scorerfp65): vetoes on the learned scorer's false core pairs, read from its
false pairs on dev and on the new sets OA-OJ (the rules' output is unchanged).

- ``scorer_gates.taken_victims`` (gate "taken"): a victim the rules gave a killer in the
  sentence gets no country as another killer from the scorer ("killed by a U.S. drone strike
  on a safe house in downtown Kabul": not Afghanistan; "near Baghdad airport": not Iraq;
  "missiles fired by Iran's Islamic Revolutionary Guard Corps": the IRGC, not Iran).
- ``scorer_not_killer`` (gate "notkiller"): no killer named as the one who answered the
  killing ("which Tehran said came in response to the killing of Nasrallah", «رداً على
  اغتيال») or as the body behind the court trying it ("a UN-backed court").
- ``scorer_next_host`` (gate "nexthost"): a guest's host and his next host ("welcomed by A
  before a ceremony hosted by B", «استقبلها A ... ثم انتقلت إلى السراي ... مع B») did not meet
  each other.
- ``scorer_gates.negated_jussive``: no meeting across «ولم يلتق X Y» (the jussive has no cue
  bit), but one told in a clause of contrast naming one of them alone stays.
- ``scorer_indirect`` (gate "indirect"): the two sides of indirect talks ("with Albusaidi
  carrying messages between two rooms", «المحادثات غير المباشرة») did not meet; the
  go-between met each.
"""

from __future__ import annotations

import pytest

from loaders.extract import get_extractor
from loaders.extract.base import Extractor
from tests.extract_support import met_sorted, relation_pairs


@pytest.fixture(scope="module")
def scored() -> Extractor:
    """The default `rules+scorer` (the vetoes are the scorer's)."""
    return get_extractor("rules+scorer")


# --- a country as a second killer of a victim the rules gave one -------------------------

@pytest.mark.parametrize("text,victim,killer,country", [
    ("WASHINGTON (AP) — Al-Qaida leader Ayman al-Zawahri was killed by a U.S. drone strike on a "
     "safe house in downtown Kabul over the weekend, President Joe Biden announced Monday, in the "
     "biggest blow to the group since its founder, Osama bin Laden, was killed by Navy SEALs in "
     "Pakistan in 2011.", "person:ayman-al-zawahiri", "country:united-states",
     "country:afghanistan"),
    ("Ghaani, who took over the Quds Force after Qasem Soleimani was killed in a US drone strike "
     "near Baghdad airport in January 2020, has made several unannounced trips to Iraq.",
     "person:qasem-soleimani", "country:united-states", "country:iraq"),
    ("Kurdish businessman Peshraw Dizayee was killed late Monday when ballistic missiles fired by "
     "Iran's Islamic Revolutionary Guard Corps (IRGC) struck his home in Erbil.",
     "person:peshraw-dizayee", "organization:irgc", "country:iran"),
    ("ERBIL - Kurdish businessman Peshraw Dizayee was killed with members of his family late "
     "Monday when ballistic missiles fired by Iran's Islamic Revolutionary Guard Corps (IRGC) "
     "struck his home near the US consulate in Erbil.",
     "person:peshraw-dizayee", "organization:irgc", "country:iran"),
])
def test_no_country_beside_the_rules_killer(shipped, text, victim, killer, country) -> None:
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", "en")
    assert (victim, killer) in pairs
    assert (victim, country) not in pairs


@pytest.mark.parametrize("text,victim,killer", [
    ("Israel killed Hezbollah leader Hassan Nasrallah in a massive airstrike in September.",
     "person:hassan-nasrallah", "country:israel"),
    ("Hamas commander Saleh al-Arouri was killed by an Israeli drone strike in the Dahiyeh "
     "district of Beirut, Lebanon.", "person:saleh-al-arouri", "country:israel"),
    ("قُتل القيادي في حزب الله فؤاد شكر بغارة إسرائيلية على الضاحية الجنوبية لبيروت في لبنان.",
     "person:fuad-shukr", "country:israel"),
])
def test_the_country_that_killed_stays(shipped, text, victim, killer) -> None:
    lang = "ar" if "\u0600" <= text[0] <= "\u06ff" else "en"
    assert (victim, killer) in relation_pairs(shipped, text, "ASSASSINATED_BY", lang)


# --- the one who answered the killing; the body behind the court ---------------------------

@pytest.mark.parametrize("text,lang,victim,agent", [
    ("The tour comes a week after the Iranian missile attack on Israel, which Tehran said came "
     "in response to the killing of Hezbollah leader Hassan Nasrallah.", "en",
     "person:hassan-nasrallah", "country:iran"),
    ("Iran fired missiles at Israel in retaliation for the assassination of Hamas leader Ismail "
     "Haniyeh.", "en", "person:ismail-haniyeh", "country:iran"),
    ("وتأتي الجولة بعد أسبوع من الهجوم الصاروخي الإيراني على إسرائيل، الذي قالت طهران إنه جاء "
     "رداً على اغتيال الأمين العام لحزب الله حسن نصر الله.", "ar", "person:hassan-nasrallah",
     "country:iran"),
    ("وقالت إيران إن هجومها الصاروخي جاء رداً على اغتيال رئيس المكتب السياسي لحركة حماس إسماعيل "
     "هنية في طهران.", "ar", "person:ismail-haniyeh", "country:iran"),
    ("His father, former premier Rafic Hariri, was killed in a 2005 Beirut truck bombing; four "
     "Hezbollah members are being tried in absentia over the attack by a UN-backed court, and the "
     "movement denies any role.", "en", "person:rafik-hariri", "organization:united-nations"),
    ("Rafik Hariri was killed in a 2005 truck bombing in Beirut; a UN-backed court later "
     "convicted Hezbollah member Salim Ayyash.", "en", "person:rafik-hariri",
     "organization:united-nations"),
    ("اغتيل رفيق الحريري عام 2005، وأدانت المحكمة الدولية المدعومة من الأمم المتحدة عنصراً في "
     "حزب الله بقتله.", "ar", "person:rafik-hariri", "organization:united-nations"),
])
def test_no_killer_who_answered_or_tried_it(shipped, text, lang, victim, agent) -> None:
    assert (victim, agent) not in relation_pairs(shipped, text, "ASSASSINATED_BY", lang)


def test_the_killer_after_the_answer_stays(shipped) -> None:
    """The answer word stands between the answering agent and the killing, not before the
    killer ("in response to the killing of X by Israel": Israel killed X)."""
    text = ("Iran fired missiles on Tuesday in response to the killing of Hezbollah leader Hassan "
            "Nasrallah by Israel in Beirut.")
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", "en")
    assert ("person:hassan-nasrallah", "country:iran") not in pairs


# --- a guest's host and his next host ----------------------------------------------------------

@pytest.mark.parametrize("text,lang,guest,host1,host2", [
    ("وصلت المبعوثة الأميركية مورغان أورتاغوس إلى بيروت أمس. فقد استقبلها رئيس الجمهورية العماد "
     "جوزيف عون في قصر بعبدا في حضور السفيرة الأميركية ليزا جونسون، ثم انتقلت إلى السراي حيث "
     "التقت رئيس الحكومة نواف سلام، واختتمت جولتها في عين التينة مع رئيس مجلس النواب نبيه بري.",
     "ar", "person:morgan-ortagus", "person:joseph-aoun", "person:nabih-berri"),
    ("Oman's Sultan Haitham bin Tarik arrived in Tehran on Sunday. His Majesty was welcomed at "
     "Mehrabad Airport by Iran's Minister of Petroleum Javad Owji before an official reception "
     "ceremony at Saadabad Palace hosted by President Raisi.", "en",
     "person:haitham-bin-tariq", "person:javad-owji", "person:ebrahim-raisi"),
    ("Saudi Foreign Minister Faisal bin Farhan arrived in Damascus. He was received at the "
     "airport by Foreign Minister Asaad al-Shaibani, then at the People's Palace by President "
     "Ahmed al-Sharaa.", "en", "person:faisal-bin-farhan", "person:asaad-al-shaibani",
     "person:ahmed-al-sharaa"),
])
def test_the_two_hosts_did_not_meet(shipped, text, lang, guest, host1, host2) -> None:
    pairs = met_sorted(shipped, text, lang)
    assert tuple(sorted((guest, host1))) in pairs
    assert tuple(sorted((host1, host2))) not in pairs


def test_two_hosts_at_once_met(scored) -> None:
    """No word of sequence between the two: they received him together."""
    text = ("Iranian Foreign Minister Abbas Araghchi arrived in Beirut on Friday. Lebanese Foreign "
            "Minister Abdallah Bou Habib and Speaker Nabih Berri received him at the airport.")
    assert ("person:abdallah-bou-habib", "person:nabih-berri") in met_sorted(scored, text)


def test_the_guest_meets_his_next_host(shipped) -> None:
    """"G was received first by A, then by B": G met B (the first of the pair is the guest)."""
    text = ("Barrot was received first by caretaker Prime Minister Najib Mikati, then at Ain "
            "el-Tine by Speaker Nabih Berry, in the presence of the French ambassador, Herve Magro.")
    pairs = met_sorted(shipped, text)
    assert ("person:najib-mikati", "person:nabih-berri") not in pairs
    assert ("person:nabih-berri", "person:najib-mikati") not in pairs


# --- a negated jussive -------------------------------------------------------------------------

def test_no_meeting_across_a_negated_jussive(shipped) -> None:
    text = ("وصل الرئيس السوري أحمد الشرع إلى واشنطن. ولم يلتقِ الشرع خلال وجوده في واشنطن قائد "
            "\"قسد\" مظلوم عبدي، خلافاً لتقارير تحدثت عن لقاء ثلاثي يجمعهما مع المبعوث الأميركي "
            "توم براك.")
    assert ("person:ahmed-al-sharaa", "person:mazloum-abdi") not in met_sorted(shipped, text, "ar")


def test_the_contrast_clause_meeting_stays(scored) -> None:
    """«بينما استقبله أردوغان»: the clause of contrast names Erdogan alone; he received al-Sharaa."""
    text = ("وصل الرئيس السوري أحمد الشرع إلى أنقرة. ولم يلتق الشرع خلال زيارته رئيس البرلمان "
            "نعمان قورتولموش، بينما استقبله الرئيس رجب طيب أردوغان في القصر الرئاسي.")
    pairs = met_sorted(scored, text, "ar")
    assert ("person:ahmed-al-sharaa", "person:recep-tayyip-erdogan") in pairs


# --- the two sides of indirect talks ------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("MUSCAT - Iran's Foreign Minister Abbas Araqchi and US Middle East envoy Steve Witkoff held a "
     "first round of talks on Tehran's nuclear programme in the Omani capital Muscat on Saturday, "
     "with Oman's Foreign Minister Badr Albusaidi carrying messages between two rooms.", "en"),
    ("اختُتمت في العاصمة العُمانية مسقط، مساء السبت، الجولة الأولى من المحادثات غير المباشرة بين "
     "إيران والولايات المتحدة، بمشاركة وزير الخارجية عباس عراقجي والمبعوث الأميركي الخاص إلى الشرق "
     "الأوسط ستيف ويتكوف.", "ar"),
    ("Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff held indirect talks in "
     "Muscat on Saturday.", "en"),
    ("وعقد وزير الخارجية الإيراني عباس عراقجي والمبعوث الأميركي ستيف ويتكوف جولة محادثات غير "
     "مباشرة في مسقط، وتولى وزير الخارجية العماني بدر البوسعيدي نقل الرسائل بين الجانبين.", "ar"),
])
def test_the_two_sides_of_indirect_talks_did_not_meet(shipped, text, lang) -> None:
    assert ("person:abbas-araghchi", "person:steve-witkoff") not in met_sorted(shipped, text, lang)


def test_the_go_between_met_each_side(scored) -> None:
    """"Albusaidi again carrying messages between X and Y": the go-between met each."""
    text = ("ROME - The second round of talks between Iran and the United States ended on Saturday "
            "at the Omani embassy in Rome after four hours, with Omani Foreign Minister Badr "
            "Albusaidi again carrying messages between Iranian Foreign Minister Abbas Araghchi and "
            "US envoy Steve Witkoff, who sat in separate rooms.")
    pairs = met_sorted(scored, text)
    assert ("person:abbas-araghchi", "person:badr-albusaidi") in pairs
    assert ("person:badr-albusaidi", "person:steve-witkoff") in pairs
    assert ("person:abbas-araghchi", "person:steve-witkoff") not in pairs


def test_the_shuttling_envoy_met_whom_he_met(scored) -> None:
    """Every person named just before the shuttling word is a go-between (the envoy, past his
    apposed title "then Joe Biden's envoy")."""
    text = ("The truce itself was negotiated by Amos Hochstein, then Joe Biden's envoy, who shuttled "
            "between Beirut, where he met Nabih Berri several times, and Jerusalem.")
    assert ("person:amos-hochstein", "person:nabih-berri") in met_sorted(scored, text)


@pytest.mark.parametrize("text", [
    "Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff held direct talks in Muscat "
    "on Saturday.",
    "Iranian Foreign Minister Abbas Araghchi met US envoy Steve Witkoff in Muscat on Saturday.",
])
def test_direct_talks_stay(shipped, text) -> None:
    assert ("person:abbas-araghchi", "person:steve-witkoff") in met_sorted(shipped, text)
