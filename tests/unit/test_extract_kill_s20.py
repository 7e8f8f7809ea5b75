"""Session 20 (ASSASSINATED_BY): the side that claims a strike or a killing told without an
agent, in the same sentence ("a strike ... killed X; the Israeli army said it had carried
out the strike", "X and Y were among those killed; the IDF said it had 'eliminated' both",
"Israel says X died in its air strike")."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

AQIL = "person:ibrahim-aqil"
SHUKR = "person:fuad-shukr"
IDF = "organization:israel-defense-forces"
ISRAEL = "country:israel"
IRAN = "country:iran"
HEZBOLLAH = "organization:hezbollah"

# ---- a strike told without its agent, claimed after a semicolon (kill_targeted.py) ----------
CLAIMED = [
    # the strike is the subject of "killed"
    ("Two days earlier an air strike on a car near Tyre killed Hezbollah commander Ibrahim "
     "Aqil; the Israeli army said it had carried out the strike.", "en",
     [AB(AQIL, IDF)], []),
    # what the speaker carried out is no strike: no claim
    ("An air strike on a car near Tyre killed Hezbollah commander Ibrahim Aqil; Iran said it "
     "carried out a missile test.", "en",
     [], [AB(AQIL, IRAN)]),
    # "among those killed": the whole list, its first member past an apposition
    ("Senior commander Fuad Shukr, the head of the group's strategic unit, and Ibrahim Aqil "
     "were among those killed, Hezbollah said; the IDF said it had 'eliminated' both.", "en",
     [AB(SHUKR, IDF), AB(AQIL, IDF)], [AB(SHUKR, HEZBOLLAH)]),
    # a claim negated is none
    ("Fuad Shukr and Ibrahim Aqil were among those killed, Hezbollah said; Israel said it had "
     "not carried out the strike.", "en",
     [], [AB(SHUKR, ISRAEL), AB(AQIL, ISRAEL)]),
]

# ---- "Y says X was killed in its strike" (kill_targeted.its_strike_en) ---------------------
ITS_STRIKE = [
    ("Israel says Hezbollah commander Ibrahim Aqil died in its air strike on Beirut.", "en",
     [AB(AQIL, ISRAEL)], []),
    ("The Israeli army said on Friday that Fuad Shukr was killed in its June 2 drone strike.",
     "en", [AB(SHUKR, IDF)], []),
    # another side's strike, or the claim denied: nothing
    ("Israel says Hezbollah commander Ibrahim Aqil was killed in its ally's raid on Beirut.",
     "en", [], [AB(AQIL, ISRAEL)]),
    ("Israel denied that Ibrahim Aqil was killed in its air strike on Beirut.", "en",
     [], [AB(AQIL, ISRAEL)]),
]


# ---- "X، <apposition>، (قد) قُتل في غارة Y" (kill_apposed_ar.py); a semicolon ends the
# agent's search ------------------------------------------------------------------------------
HAMZA = "person:hamza-bin-laden"
OSAMA = "person:osama-bin-laden"
US = "country:united-states"

APPOSED = [
    ("أعلن البيت الأبيض أن حمزة بن لادن، نجل المؤسس، قُتل في عملية أميركية في أفغانستان.",
     "ar", [AB(HAMZA, US)], []),
    ("إبراهيم عقيل، القيادي البارز في الحزب، قد قُتل بغارة إسرائيلية على الضاحية.", "ar",
     [AB(AQIL, ISRAEL)], []),
    ("Hamza bin Laden, the founder's son and heir, was killed in a US counter-terrorism "
     "operation.", "en", [AB(HAMZA, US)], []),
    # the apposition names another person: no victim read past it
    ("حمزة بن لادن، نجل أسامة بن لادن، قُتل في عملية أميركية.", "ar", [], [AB(OSAMA, US)]),
    # "العملية" after the semicolon is the operation a newspaper attributes, not the US one
    # told in the sentence before
    ("قُتل حمزة بن لادن في عملية أميركية في أفغانستان. وبعد عام قُتل إبراهيم عقيل، القيادي "
     "في الحزب، في بيروت؛ ونسبت صحيفة أميركية العملية إلى عملاء أجانب.", "ar",
     [AB(HAMZA, US)], [AB(AQIL, US)]),
]


# ---- "مقتل <title in construct> في <body> X بغارة Y": the title need not open with ال ----------
AFIF = "person:mohammad-afif"
AROURI = "person:saleh-al-arouri"

TITLED_NOUN = [
    ("وجاءت المحادثات بعد يومين من مقتل مسؤول العلاقات الإعلامية في حزب الله محمد عفيف بغارة "
     "إسرائيلية على مبنى في بيروت.", "ar", [AB(AFIF, ISRAEL)], [AB(AFIF, HEZBOLLAH)]),
    ("عقب اغتيال مسؤول الملف الأمني في الحركة صالح العاروري بضربة إسرائيلية في الضاحية.", "ar",
     [AB(AROURI, ISRAEL)], []),
    ("The talks came two days after the killing of Hezbollah's media relations chief "
     "Mohammad Afif in an Israeli strike on Beirut.", "en", [AB(AFIF, ISRAEL)],
     [AB(AFIF, HEZBOLLAH)]),
    # the title's holder is unnamed; the man named in the next clause is no victim
    ("بعد مقتل مسؤول العلاقات الخارجية في حماس بغارة إسرائيلية، التقى محمد عفيف السفير.", "ar",
     [], [AB(AFIF, ISRAEL)]),
]


# ---- "Y said it had killed a senior commander ... . The commander, named / identified by Y as
# X, ..." (kill_ledes._lede_victim_en); ";" ends the English agent search too -----------------
KARAYILAN = "person:murat-karayilan"
BAYIK = "person:cemil-bayik"
MIT = "organization:turkish-national-intelligence-organization"
_LEDE = ("ANKARA, May 2 (Reuters) - Turkish intelligence said on Friday it had killed a senior "
         "commander of the PKK in a drone strike in northern Iraq. ")

LEDE_IDENTIFIED = [
    (_LEDE + "The commander, named by the agency as Murat Karayilan, was hit in his car near "
     "Sulaimaniyah.", "en", [AB(KARAYILAN, MIT)], []),
    # named as something else than the victim, opening the sentence: not the lede's victim
    (_LEDE + "Murat Karayilan, named by the agency as its new target, was not in the car.", "en",
     [], [AB(KARAYILAN, MIT)]),
    # a later death whose attack nobody claimed takes no agent across the semicolon
    ("ANKARA, May 2 (Reuters) - Turkish intelligence said on Friday it had killed Cemil Bayik "
     "in a drone strike in northern Iraq. Hours later, Murat Karayilan died when a bomb hit his "
     "office in Qandil; no group claimed that attack.", "en",
     [AB(BAYIK, MIT)], [AB(KARAYILAN, MIT)]),
]


# ---- a killing noun as the means, with the body that carried it out ("باغتيال نفّذه Y"); a
# nom de guerre in quotes after the name stands for that man ---------------------------------
KILLING_DONE_BY = [
    ("قُتل إبراهيم عقيل باغتيال نفّذه العدو الإسرائيلي على مبنى سكني في الضاحية الجنوبية.", "ar",
     [AB(AQIL, ISRAEL)], []),
    ("أعلن الحزب أن القيادي فؤاد شكر «السيد محسن»، الذي ارتقى مع اثنين من مرافقيه باغتيال نفّذه "
     "العدو الإسرائيلي، سيشيّع غداً.", "ar", [AB(SHUKR, ISRAEL)], []),
    ("Hezbollah commander Ibrahim Aqil was killed in an assassination carried out by Israel on "
     "a residential building.", "en", [AB(AQIL, ISRAEL)], []),
    # a killing that only dates another event, or a verb قضى that is no death
    ("قُتل إبراهيم عقيل في الضاحية، بعد اغتيال نفذته إسرائيل في صور قبل شهر.", "ar",
     [], [AB(AQIL, ISRAEL)]),
    ("قضى فؤاد شكر عشرين عاماً في قيادة الوحدة قبل اغتيال نفذته إسرائيل.", "ar",
     [], [AB(SHUKR, ISRAEL)]),
]


# ---- "- X: ...، قُتل في ... ؛ وقالت الوزارة إن غارة أميركية قتلته": the pronoun far from the name
# is the man the sentence said was killed (kill_apposed_ar.killed_earlier_here) -------------
ADNANI = "person:abu-muhammad-al-adnani"
RUSSIA = "country:russia"

KILLED_HIM_FAR = [
    ("- أبو محمد العدناني: المتحدث باسم التنظيم منذ سنوات طويلة، قُتل في صيف 2016 قرب بلدة الباب "
     "شمال حلب؛ وأكد البنتاغون أن ضربة أميركية قتلته، فيما قالت موسكو إن قاذفة روسية قتلته.", "ar",
     [AB(ADNANI, US), AB(ADNANI, RUSSIA)], []),
    ("- Abu Muhammad al-Adnani: the group's official spokesman, killed in August 2016 near the "
     "town of al-Bab; the Pentagon said a US strike killed him, while Russia's defence ministry "
     "said a Russian jet had killed him.", "en", [AB(ADNANI, US), AB(ADNANI, RUSSIA)], []),
    # no killing of him told before the pronoun: nobody
    ("- أبو محمد العدناني: المتحدث باسم التنظيم منذ سنوات طويلة جداً، أقام في بلدة الباب شمال حلب "
     "قبل أعوام عديدة مع عائلته؛ وأكد البنتاغون أن ضربة أميركية قتلته.", "ar",
     [], [AB(ADNANI, US)]),
]


# ---- "قوات عراقية وأميركية" (both sides); the means after the last apposition of a victim list;
# "قائد القوات الأميركية" in a speaker's title turns no US agent into the forces -------------
ABU_OMAR = "person:abu-omar-al-baghdadi"
ABU_BAKR = "person:abu-bakr-al-baghdadi"
MASRI = "person:abu-ayyub-al-masri"
ISF = "organization:iraqi-security-forces"
US_FORCES = "organization:us-armed-forces"

JOINT = [
    ("قُتل أبو عمر البغدادي قرب تكريت في عملية نفذتها قوات عراقية وأميركية فجر الأحد.", "ar",
     [AB(ABU_OMAR, ISF), AB(ABU_OMAR, US)], []),
    ("قُتل أبو عمر البغدادي في عملية نفذتها قوات عراقية وسط تكريت فجر الأحد.", "ar",
     [AB(ABU_OMAR, ISF)], [AB(ABU_OMAR, US)]),
    ("بغداد — قُتل أبو بكر البغدادي، زعيم ما يسمى «الدولة الإسلامية»، وأبو أيوب المصري، الذي "
     "يوصف بأنه الناطق باسم التنظيم، في عملية خاصة نفذتها قوات عراقية وأميركية قرب تكريت.", "ar",
     [AB(ABU_BAKR, ISF), AB(ABU_BAKR, US), AB(MASRI, ISF), AB(MASRI, US)], []),
    ("بغداد — قُتل أبو عمر البغدادي، زعيم التنظيم، وأبو أيوب المصري، الذي يوصف بأنه وزير الحرب "
     "فيه، في عملية مشتركة نفذتها قوات عراقية وأميركية قرب تكريت. وقال الجنرال راي أوديرنو، قائد "
     "القوات الأميركية في العراق، إن مقتل الرجلين «ربما يكون الضربة الأهم» للتنظيم.", "ar",
     [AB(ABU_OMAR, US), AB(MASRI, US)], [AB(ABU_OMAR, US_FORCES), AB(MASRI, US_FORCES)]),
    # a list item followed by its own verb is no victim
    ("قُتل أبو بكر البغدادي، زعيم التنظيم، وأعلن أبو أيوب المصري الحداد في بيان بعد الغارة "
     "الأميركية.", "ar", [], [AB(MASRI, US)]),
]


# ---- "the army / military said it had killed X": the army of the country named just before
# (kill_said_it.bare_army) -------------------------------------------------------------------
TALEB = "person:taleb-abdallah"
ZARQAWI = "person:abu-musab-al-zarqawi"

BARE_ARMY = [
    ("Israel, which had not yet taken to claiming such strikes, said nothing at first. By June "
     "the army said it had killed Talib Abdullah in Jouya.", "en", [AB(TALEB, IDF)], []),
    ("Washington kept silent for a week. Then the military said it had killed Abu Musab "
     "al-Zarqawi near Baquba.", "en", [AB(ZARQAWI, US_FORCES)], []),
    # the country named last has no army the gazetteer knows, or none is named: nobody
    ("Israel struck the south again. Lebanon protested on Monday. The army said it had killed "
     "Talib Abdullah in Jouya.", "en", [], [AB(TALEB, IDF)]),
    ("The army said it had killed Talib Abdullah in Jouya.", "en", [], [AB(TALEB, IDF)]),
    ("لم تعلّق إسرائيل على الغارة الأولى. وفي حزيران قال الجيش إنه قتل طالب عبد الله في جويا.", "ar",
     [AB(TALEB, IDF)], []),
    ("احتج لبنان على الغارات. وقال الجيش إنه قتل طالب عبد الله في جويا.", "ar",
     [], [AB(TALEB, IDF)]),
]


# ---- a leader's quoted "we killed X": the side he speaks for, never he in person ------------
SINWAR = "person:mohammed-sinwar"
DEIF = "person:mohammed-deif"
NETANYAHU = "person:benjamin-netanyahu"
HANIYEH = "person:ismail-haniyeh"
HAMAS = "organization:hamas"
FARHAT = "person:hassan-farhat"

WE_KILLED = [
    ('"We have eliminated Mohammed Sinwar," Benjamin Netanyahu told lawmakers on Wednesday.',
     "en", [AB(SINWAR, ISRAEL)], [AB(SINWAR, NETANYAHU), AB(NETANYAHU, ISRAEL)]),
    ("11:40 - نتنياهو في كلمة أمام الكنيست: «قضينا على محمد السنوار»، قائد الجناح العسكري للحركة.",
     "ar", [AB(SINWAR, ISRAEL)], [AB(SINWAR, NETANYAHU)]),
    ("«اغتلنا محمد الضيف»، قال إسماعيل هنية في كلمة متلفزة.", "ar", [AB(DEIF, HAMAS)],
     [AB(DEIF, HANIYEH)]),
    # a speaker who leads nothing the gazetteer knows: no side, and not he in person
    ("قال حسن فرحات: «قتلنا محمد الضيف».", "ar", [], [AB(DEIF, FARHAT)]),
]


# ---- "Turkey said its intelligence service killed X": the service (kill_said_it.INTEL_OF) -----
HUSSEINI = "person:abu-al-hussein-al-husseini-al-qurashi"
TURKEY = "country:turkey"
INTEL = [
    ("Ankara said on Sunday that its intelligence agency had killed Abu al-Hussein al-Husseini "
     "al-Qurashi in Jindires.", "en", [AB(HUSSEINI, MIT)], [AB(HUSSEINI, TURKEY)]),
    # its army, or a country with no service the gazetteer knows: the country as before
    ("Turkey said its army killed Abu al-Hussein al-Husseini al-Qurashi in Jindires.", "en",
     [AB(HUSSEINI, TURKEY)], [AB(HUSSEINI, MIT)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"),
                         CLAIMED + ITS_STRIKE + APPOSED + TITLED_NOUN + LEDE_IDENTIFIED +
                         KILLING_DONE_BY + KILLED_HIM_FAR + JOINT + BARE_ARMY + WE_KILLED + INTEL)
def test_kill_s20(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
