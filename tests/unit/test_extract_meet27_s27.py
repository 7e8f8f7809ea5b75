"""Session 27 (meet27): MET_WITH recall on new writers, by construction in both languages.

A meeting held at one person's home is one meeting and its owner takes part ("met A and B at
A's home", "في منزل الأخير", "احتضن منزل B اجتماعاً ضمّ A وC"); a meeting noun whose ضمّ / حضره
lists its people past a place ("اجتماعاً طارئاً في قصر X ضمّ A وB"، "اجتماعاً في منزل B، حضره
A وC") and with its convener ("عقد X اجتماعاً ... ضمّ A وB"); the attendee of such a meeting
told in the next sentence met all of them; the partners of one meeting verb told as one
meeting ("التقى X A وB، إضافة إلى D، في اجتماع", "held talks with A and B, together with D")
met each other; two attendees of one meeting met each other ("بحضور A وB"); agency English
"X received today at P in C the Special Envoy of ..., Mr. Y"; a list member's capitalised title
the mention left out ("attended by A and Minister of Foreign Affairs Prince B")."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

QAANI = "person:esmail-qaani"
AMIRI = "person:hadi-al-amiri"
MALIKI = "person:nouri-al-maliki"
KHAZALI = "person:qais-al-khazali"
HAKIM = "person:ammar-al-hakim"
FAYYADH = "person:falih-al-fayyadh"
SUDANI = "person:mohammed-shia-al-sudani"
SALIH = "person:barham-salih"
KADHIMI = "person:mustafa-al-kadhimi"
HALBOUSI = "person:mohammed-al-halbousi"
MUHANDIS = "person:abu-mahdi-al-muhandis"

HOME = [
    ("en", "Esmail Qaani sat down with Ammar al-Hakim and Nouri al-Maliki at Maliki's home in "
     "Baghdad on Sunday, two officials said.",
     [MW(QAANI, HAKIM), MW(QAANI, MALIKI), MW(HAKIM, MALIKI)], []),
    ("en", "Esmail Qaani met Hadi al-Amiri and Nouri al-Maliki at the home of Qais al-Khazali "
     "on Sunday.", [MW(AMIRI, MALIKI), MW(KHAZALI, AMIRI), MW(KHAZALI, QAANI)], []),
    ("ar", "وأفادت المصادر بأن قاآني التقى زعيم تيار الحكمة عمار الحكيم ورئيس ائتلاف دولة "
     "القانون نوري المالكي في منزل الأخير ببغداد.", [MW(HAKIM, MALIKI), MW(QAANI, HAKIM)], []),
    ("ar", "واحتضن منزل الأمين العام لعصائب أهل الحق قيس الخزعلي، مساء السبت، اجتماعاً ضم رئيس "
     "الوزراء محمد شياع السوداني ورئيس تحالف الفتح هادي العامري.",
     [MW(SUDANI, AMIRI), MW(KHAZALI, SUDANI), MW(KHAZALI, AMIRI)], []),
    # two meetings, the home of the second: the first partner did not meet the second
    ("en", "Esmail Qaani met Hadi al-Amiri at the Badr headquarters on Sunday, and on Monday he "
     "met Nouri al-Maliki at the latter's home.", [MW(QAANI, AMIRI)], [MW(AMIRI, MALIKI)]),
    # the home of a dead man visited, no meeting there
    ("ar", "والتقى قاآني هادي العامري، ثم زار منزل الشهيد أبو مهدي المهندس في البصرة.",
     [MW(QAANI, AMIRI)], [MW(AMIRI, MUHANDIS), MW(QAANI, MUHANDIS)]),
    ("en", "Esmail Qaani met Hadi al-Amiri and later visited the home of the late Abu Mahdi "
     "al-Muhandis in Basra.", [MW(QAANI, AMIRI)], [MW(AMIRI, MUHANDIS), MW(QAANI, MUHANDIS)]),
]

COMPRISED = [
    # the convener and the members, a place between the noun and the verb
    ("ar", "وعقد رئيس الوزراء مصطفى الكاظمي، مساء الاثنين، اجتماعاً موسعاً في القصر الحكومي ضمّ "
     "رئيس الجمهورية برهم صالح ورئيس مجلس النواب محمد الحلبوسي.",
     [MW(KADHIMI, SALIH), MW(KADHIMI, HALBOUSI), MW(SALIH, HALBOUSI)], []),
    # the attendees of a meeting held at a home
    ("ar", "وعقدت قوى الإطار التنسيقي ليل الأحد اجتماعاً في منزل رئيس تحالف الفتح هادي العامري، "
     "حضره نوري المالكي وقيس الخزعلي.",
     [MW(MALIKI, KHAZALI), MW(AMIRI, MALIKI), MW(AMIRI, KHAZALI)], []),
    # planned: no pair
    ("ar", "ومن المقرر أن يعقد رئيس الوزراء مصطفى الكاظمي اجتماعاً مرتقباً في القصر الحكومي يضم "
     "رئيس الجمهورية برهم صالح ورئيس مجلس النواب محمد الحلبوسي.",
     [], [MW(SALIH, HALBOUSI), MW(KADHIMI, SALIH)]),
    # a ceremony attended: not a meeting noun
    ("ar", "وأقيم حفل في بغداد حضره رئيس الجمهورية برهم صالح ورئيس مجلس النواب محمد الحلبوسي.",
     [], [MW(SALIH, HALBOUSI)]),
    # the attendee told in the next sentence met every member of a one-table meeting
    ("ar", "واجتمع قاآني في منزل نوري المالكي بكلٍّ من المالكي وهادي العامري وقيس الخزعلي. "
     "وحضر الاجتماع أيضاً رئيس هيئة الحشد الشعبي فالح الفياض.",
     [MW(FAYYADH, QAANI), MW(FAYYADH, AMIRI), MW(FAYYADH, KHAZALI), MW(AMIRI, KHAZALI)], []),
]

FIDAN = "person:hakan-fidan"
LAVROV = "person:sergei-lavrov"
WANG = "person:wang-yi"
ARAGHCHI = "person:abbas-araghchi"
BERRI = "person:nabih-berri"
QASSEM = "person:naim-qassem"
LARIJANI = "person:ali-larijani"
ONE_MEETING = [
    ("ar", "واستقبل وزير الخارجية التركي هاكان فيدان، أمس في أنقرة، وزير الخارجية الروسي سيرغي "
     "لافروف ونظيره الصيني وانغ يي، في اجتماع دام ساعتين.",
     [MW(FIDAN, LAVROV), MW(FIDAN, WANG), MW(LAVROV, WANG)], []),
    ("ar", "والتقى وزير الخارجية التركي هاكان فيدان وزير الخارجية الروسي سيرغي لافروف، إضافة إلى "
     "وزير الخارجية الإيراني عباس عراقجي، في لقاء ثلاثي بموسكو.",
     [MW(FIDAN, LAVROV), MW(FIDAN, ARAGHCHI), MW(LAVROV, ARAGHCHI)], []),
    ("en", "Turkish Foreign Minister Hakan Fidan held talks with Russia's Sergei Lavrov and "
     "China's Wang Yi, together with Iranian Foreign Minister Abbas Araghchi.",
     [MW(FIDAN, ARAGHCHI), MW(LAVROV, WANG), MW(WANG, ARAGHCHI)], []),
    ("en", "Hakan Fidan met Sergei Lavrov and Wang Yi in a joint meeting in Ankara on Monday.",
     [MW(FIDAN, LAVROV), MW(LAVROV, WANG)], []),
    # a bare list, a separate meeting, a meeting with another partner: no pair of the list
    ("en", "Hakan Fidan met Sergei Lavrov and Wang Yi in Ankara on Monday.",
     [MW(FIDAN, LAVROV), MW(FIDAN, WANG)], [MW(LAVROV, WANG)]),
    ("ar", "ثم التقى علي لاريجاني رئيس مجلس النواب نبيه بري، والأمين العام لحزب الله نعيم قاسم في "
     "لقاء منفصل.", [MW(LARIJANI, BERRI), MW(LARIJANI, QASSEM)], [MW(BERRI, QASSEM)]),
    ("en", "Hakan Fidan met Sergei Lavrov and Wang Yi in Ankara, before a meeting with Abbas "
     "Araghchi.", [MW(FIDAN, LAVROV)], [MW(LAVROV, WANG)]),
    # planned
    ("en", "Hakan Fidan will meet Sergei Lavrov and Wang Yi in a joint meeting next week.",
     [], [MW(LAVROV, WANG), MW(FIDAN, LAVROV)]),
]

HUSSEIN = "person:fuad-hussein"
ARAJI = "person:qassim-al-araji"
PENCE = "person:mike-pence"
ERDOGAN = "person:recep-tayyip-erdogan"
POMPEO = "person:mike-pompeo"
OBRIEN = "person:robert-obrien"
JEFFREY = "person:james-jeffrey"
CO_ATTENDEES = [
    ("ar", "واستقبل رئيس الوزراء محمد شياع السوداني وزير الخارجية الإيراني عباس عراقجي، بحضور "
     "وزير الخارجية فؤاد حسين ومستشار الأمن القومي قاسم الأعرجي.",
     [MW(HUSSEIN, ARAJI), MW(HUSSEIN, ARAGHCHI), MW(ARAJI, SUDANI)], []),
    ("en", "Vice President Mike Pence met Turkish President Recep Tayyip Erdogan in Ankara on "
     "Thursday. Secretary of State Mike Pompeo, National Security Adviser Robert O'Brien and "
     "envoy James Jeffrey were also present, according to the White House.",
     [MW(POMPEO, OBRIEN), MW(OBRIEN, JEFFREY), MW(POMPEO, ERDOGAN)], []),
    # a phone call in the presence of two: no meeting
    ("ar", "وأجرى رئيس الوزراء محمد شياع السوداني اتصالاً هاتفياً بوزير الخارجية الإيراني عباس "
     "عراقجي، بحضور وزير الخارجية فؤاد حسين ومستشار الأمن القومي قاسم الأعرجي.",
     [], [MW(HUSSEIN, ARAJI), MW(SUDANI, ARAGHCHI)]),
]

MBS = "person:mohammed-bin-salman"
PUTIN = "person:vladimir-putin"
GRUNDBERG = "person:hans-grundberg"
ALIMI = "person:rashad-al-alimi"
AGENCY_EN = [
    ("en", "Riyadh (SPA) - Crown Prince Mohammed bin Salman received today at Al-Yamamah Palace "
     "in Riyadh the Special Envoy of the Secretary-General of the United Nations for Yemen, "
     "Mr. Hans Grundberg.", [MW(MBS, GRUNDBERG)], []),
    ("en", "Aden (Saba) - The Chairman of the Presidential Leadership Council, Dr. Rashad "
     "Al-Alimi, met on Sunday in the interim capital Aden, where he arrived from Riyadh, the "
     "Special Envoy of the Secretary-General for Yemen, Mr. Hans Grundberg.",
     [MW(ALIMI, GRUNDBERG)], []),
    # the envoy of someone is not that someone
    ("en", "Crown Prince Mohammed bin Salman received today at Al-Yamamah Palace in Riyadh the "
     "envoy of President Vladimir Putin.", [], [MW(MBS, PUTIN)]),
]

KHALID = "person:khalid-bin-salman"
FAISAL = "person:faisal-bin-farhan"
TITLED_LIST_EN = [
    # a capitalised title the second member's mention leaves out does not break the list
    ("en", "Crown Prince Mohammed bin Salman received Russian Foreign Minister Sergei Lavrov in "
     "Riyadh. The talks were attended by Minister of Defense Prince Khalid bin Salman and "
     "Minister of Foreign Affairs Prince Faisal bin Farhan, SPA said.",
     [MW(FAISAL, LAVROV), MW(FAISAL, KHALID), MW(KHALID, LAVROV)], []),
]

CASES = HOME + COMPRISED + ONE_MEETING + CO_ATTENDEES + AGENCY_EN + TITLED_LIST_EN


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_meet27(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
